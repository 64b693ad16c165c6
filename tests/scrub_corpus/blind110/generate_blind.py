#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind110). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261308
"""
import argparse
import collections
import json
import random

import engine as E
import tpl_nl, tpl_be, tpl_bef, tpl_en

PREFIX = "b110"
N_PER_HALF = 950
TPL = {"nl": tpl_nl.G, "be": tpl_be.G, "bef": tpl_bef.G, "en": tpl_en.G}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 30), ("agent_reply", 13), ("x_public", 10), ("facebook_comment", 6), ("instagram_comment", 4),
            ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 13), ("telegram", 5)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
NL = "\n"


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


def pick(ctx, key, kind):
    lst = E.deal(TPL[key][kind], ctx.half)
    i = ctx.rng.randrange(len(lst))
    return lst[i], f"{key}/{kind}/{i * 2 + ctx.half}"


def r(ctx, key, kind, body=None):
    t, src = pick(ctx, key, kind)
    return E.render(t, ctx, body=body, src=src), src


def lit(s):
    return [(s, None, None, None)]


def make_message(rng, half, idx):
    lang = wchoice(rng, LANGS)
    key = E.LANG_KEY[lang]
    ch = wchoice(rng, CHANNELS)
    ctx = E.Ctx(rng, lang, half, None)
    srcs = []
    if ch == "email":
        if rng.random() < 0.15:  # agent e-mail quoting the customer
            body, s1 = r(ctx, key, "agent")
            sig, s2 = r(ctx, key, "agentsig")
            q, s3 = r(ctx, key, rng.choice(["email", "cust"]))
            hdr, s4 = r(ctx, key, "quotehdr")
            segs = body + lit("\n\n") + sig + lit("\n\n") + hdr + lit("\n") + E.quote(q)
            srcs += [s1, s2, s3, s4]
        else:
            g, s1 = r(ctx, key, "greet")
            from_cust = rng.random() >= 0.75
            b, s2 = r(ctx, key, "cust" if from_cust else "email")
            c, s3 = r(ctx, key, "close")
            sg, s4 = r(ctx, key, "sig")
            segs = g + lit("\n\n") + b + lit("\n\n") + c + lit("\n") + sg
            srcs += [s1, s2, s3, s4]
            x = rng.random() * (0.8 if from_cust else 1.0)
            if x < 0.6:
                hdr, s5 = r(ctx, key, "quotehdr")
                qa, s6 = r(ctx, key, "agent")
                qs, s7 = r(ctx, key, "agentsig")
                inner = qa + lit("\n\n") + qs
                if rng.random() < 0.3:  # two levels deep
                    qc, s8 = r(ctx, key, "cust")
                    inner = inner + lit("\n\n") + E.quote(qc)
                    srcs.append(s8)
                segs = segs + lit("\n\n") + hdr + lit("\n") + E.quote(inner)
                srcs += [s5, s6, s7]
            elif x < 0.8:
                hdr, s5 = r(ctx, key, "fwdhdr")
                fb, s6 = r(ctx, key, "cust")
                segs = segs + lit("\n\n") + hdr + lit("\n\n") + fb
                srcs += [s5, s6]
            if rng.random() < 0.35:
                dsc, s9 = r(ctx, key, "disclaimer")
                segs = segs + lit("\n\n--\n") + dsc
                srcs.append(s9)
        ntypo = rng.choice([0, 0, 1, 2])
    elif ch == "agent_reply":
        segs, s1 = r(ctx, key, "agent")
        srcs.append(s1)
        if rng.random() < 0.15:
            sg, s2 = r(ctx, key, "agentsig")
            segs = segs + lit("\n\n") + sg
            srcs.append(s2)
        ntypo = 1 if rng.random() < 0.1 else 0
    elif ch in PUBLIC:
        if rng.random() < 0.55:
            segs, s1 = r(ctx, key, "public")
            srcs.append(s1)
        else:
            b, s1 = r(ctx, key, "cust")
            segs, s2 = r(ctx, key, "pubwrap", body=b)
            srcs += [s1, s2]
        ntypo = rng.choice([0, 0, 1, 1, 2, 3])
    else:
        b, s1 = r(ctx, key, "cust")
        segs, s2 = r(ctx, key, "chatwrap", body=b)
        srcs += [s1, s2]
        if rng.random() < 0.2:
            segs = [(t.lower() if c is None else t, c, l, s) for t, c, l, s in segs]
        ntypo = rng.choice([0, 0, 1, 1, 2, 3])
    if ntypo:
        segs = E.typo(segs, rng, ntypo)
    text, spans, negs = E.assemble(segs)
    # trim outer whitespace while keeping offsets right
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    for x in spans + negs:
        x["start"] -= lead
        x["end"] -= lead
    rec = {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": ch, "lang": lang,
           "visibility": "public" if ch in PUBLIC else "private", "text": text2,
           "spans": spans, "negatives": negs}
    return rec


def build(seed, half):
    rng = random.Random(seed * 2 + half)
    out = []
    for i in range(N_PER_HALF):
        rec = make_message(rng, half, i)
        E.check(rec)
        out.append(rec)
    return out


def strip_private(rec):
    r2 = dict(rec)
    r2["spans"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in rec["spans"]]
    r2["negatives"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in rec["negatives"]]
    return r2


def table(title, counter, extra=None):
    lines = [f"| {title} | count |" + (" distinct templates |" if extra else ""), "|---|---:|" + ("---:|" if extra else "")]
    for k in sorted(counter):
        lines.append(f"| {k} | {counter[k]} |" + (f" {len(extra[k])} |" if extra else ""))
    return "\n".join(lines)


def stats(recs):
    sp, sp_src, ng, chn, lg = collections.Counter(), collections.defaultdict(set), collections.Counter(), collections.Counter(), collections.Counter()
    nbytes = []
    for r in recs:
        chn[r["channel"]] += 1
        lg[r["lang"]] += 1
        if r["channel"] == "email":
            nbytes.append(len(r["text"].encode()))
        for s in r["spans"]:
            sp[s["type"]] += 1
            sp_src[s["type"]].add(s["_src"])
        for n in r["negatives"]:
            ng[n["kind"]] += 1
    return sp, sp_src, ng, chn, lg, nbytes


README = """# Scrub corpus blind110 (written blind)

This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory under `tests/scrub_corpus/` (other corpora,
scorers, generators), and did not read git history. No scrubber or scorer was run. Everything here comes from
public knowledge of how customers, agents and platforms format messages.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Opticians and dentists, parking apps and parking permits, electricity and gas switching sites and energy
suppliers, the tax authority (Belastingdienst, SPF Finances / FOD Financiën, HMRC, IRS), public libraries,
wedding planners and venues. Dutch, Belgian (Flemish and French), UK and US customers on every channel, with
typos, e-mail signatures, quoted and forwarded history, and agent replies.

## Generation

```
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (value generators and checksums), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`,
`tpl_bef.py`, `tpl_en.py` (templates per language), `engine.py` (renderer, offset tracking, typos, self-check).

## Split rule

Templates are written in groups per language and kind (customer chat, customer e-mail body, public post, agent
reply, greeting, closing, signature, agent signature, quote header, forward header, disclaimer, chat wrapper,
public wrapper). Each group's members are dealt alternately: even index to `dev.jsonl`, odd index to
`heldout.jsonl`, so no template, frame, greeting, signature or quote block is shared between halves. Every filler
pool (names, surnames, streets, cities, brands, agents, agent initials, mentions, hashtags, URLs, model numbers,
product codes, company service numbers, SSIDs, licence plates) is dealt alternately the same way. Half *h* uses
its own `random.Random(seed * 2 + h)`. Typos are injected only into literal text (cue words included), never into
labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; every occurrence is labelled (quotes and agent repeats too).
- Multi-line addresses (street line + postcode/city line) are one span including the inner newline; inside a
  `> ` quote block an address is split into one span per line because the quote prefix sits between them.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`.
- UK UTR numbers, MPANs, Dutch/Belgian EAN connection codes, library card numbers, parking permit numbers,
  patient numbers, insurance policy and health-fund member numbers are `customer_number`.
- The HMRC Government Gateway user ID is `username`. The IRS Identity Protection PIN and eID card PIN are `pin`;
  door, alarm and keybox codes are `pin`. A Belastingdienst *machtigingscode* (activation code by post) is `otp`.
- Library/venue Wi-Fi passwords are `wifi_key` even when they belong to an organisation; SSIDs are not labelled.
- Tokens after "Bearer"/"token" are `token`; vendor API keys (`sk_live_`, `AKIA…`, `AIza…`, `SG.`) are `api_key`.
- Organisation service numbers are `company_phone` negatives; customer phones are always `phone` spans.
- Meter readings are `meter_reading` negatives, sometimes with the unit included (`12345 kWh`). Amounts include
  the currency sign/word. Quantities include their unit (`120 gasten`). Dates include recent dates that look like
  birth dates; dates of birth are only labelled when the text says so.
- Booking/order references are `order_number` negatives; case/dossier numbers are `ticket_number`;
  structured communications and payment references are `invoice_number`.
- Personal names, cities alone, licence plates, agent initials and SSIDs are neither spans nor negatives.
- Lower-casing of whole chat messages (20% of chats) affects literal text only; values keep their case.

## Known limitations

- Template-based: ~{ntpl} templates in all, values from generators; sentence variety is lower than real traffic.
- No US Social Security numbers or UK National Insurance numbers (no label type for them).
- Some negatives (zone numbers, optical prescriptions) are left unmarked rather than forced into a kind.
- Quote headers pair a customer address with quoted agent text without strict thread consistency.
- Typos are simple (swap, drop, duplicate, neighbour key) and never touch values.

## Counts

{tables}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261308)
    a = ap.parse_args()
    halves = [build(a.seed, 0), build(a.seed, 1)]
    for name, recs in zip(["dev.jsonl", "heldout.jsonl"], halves):
        with open(name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(strip_private(r), ensure_ascii=False) + "\n")
    parts = []
    for hname, recs in zip(["dev", "heldout"], halves):
        sp, sp_src, ng, chn, lg, nb = stats(recs)
        nb.sort()
        parts.append(f"### {hname}\n\nMessages: {len(recs)}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}; "
                     f"e-mail median size: {nb[len(nb) // 2]} bytes (min {nb[0]}, max {nb[-1]})\n\n"
                     + table("span type", sp, sp_src) + "\n\n" + table("negative kind", ng) + "\n\n"
                     + table("channel", chn) + "\n\n" + table("language", lg))
    ntpl = sum(len(v) for g in TPL.values() for v in g.values())
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(README.replace("{seed}", str(a.seed)).replace("{ntpl}", str(ntpl)).replace("{tables}", "\n\n".join(parts)))
    print("ok", [len(h) for h in halves])


if __name__ == "__main__":
    main()
