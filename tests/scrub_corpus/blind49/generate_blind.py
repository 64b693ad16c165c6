#!/usr/bin/env python3
"""Blind webcare PII corpus blind49: customers in crisis and in a hurry.

Usage: python3 generate_blind.py --seed 20261247
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine as E  # noqa: E402
import pools as P  # noqa: E402
import tpl_en  # noqa: E402
import tpl_fr  # noqa: E402
import tpl_nl  # noqa: E402
import values as V  # noqa: E402

PREFIX = "b49"
N_PER_HALF = 950
HALVES = ["dev", "heldout"]
LANGS = [("nl", "nl", 2), ("nl-be", "be", 1), ("fr-be", "be", 1), ("en-gb", "gb", 1), ("en-us", "us", 1)]
TPL = {"nl": tpl_nl, "fr": tpl_fr, "en": tpl_en}
DM_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUB_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC = set(PUB_CH)


def deal(seq, half):
    return list(seq[half::2])


def deal_tree(x, half):
    if isinstance(x, dict):
        return {k: deal_tree(v, half) for k, v in x.items()}
    return deal(x, half)


def fillers(half):
    return {"NAMES": deal_tree(P.NAMES, half), "STREETS": deal_tree(P.STREETS, half), "CITIES": deal_tree(P.CITIES, half),
            "BRANDS": deal_tree(P.BRANDS, half), "AGENTS": deal_tree(P.AGENTS, half), "MENTIONS": deal_tree(P.MENTIONS, half),
            "HASHTAGS": deal_tree(P.HASHTAGS, half), "URLS": deal_tree(P.URLS, half), "SSIDS": deal(P.SSIDS, half),
            "PLATES": deal(P.PLATES, half), "SPLITSEP": {tl: deal(TPL[tl].SPLITSEP, half) for tl in TPL}}


def templates(half):
    """(tl) -> kind -> list of (tid, loc_restriction, text). Each group dealt alternately."""
    out = {}
    for tl, mod in TPL.items():
        kinds = collections.defaultdict(list)
        for (kind, sit), lst in mod.T.items():
            for i, t in enumerate(lst):
                if i % 2 != half:
                    continue
                restr = None
                if len(t) > 3 and t[2] == "|" and t[:2] in ("NL", "BE", "GB", "US"):
                    restr, t = t[:2].lower(), t[3:]
                kinds[kind].append((f"{tl}:{kind}:{sit}:{i}", restr, t))
        em = {k: [(f"{tl}:email:{k}:{i}", None, t) for i, t in enumerate(v) if i % 2 == half] for k, v in mod.EMAIL.items()}
        out[tl] = {"kinds": kinds, "email": em}
    return out


def pick(r, lst, loc):
    ok = [x for x in lst if x[1] is None or x[1] == loc]
    return r.choice(ok)


def hurry(c, r, strong=False):
    c.typo_rate = r.choice([0.0, 0.02, 0.04, 0.07] + ([0.1] if strong else []))
    c.lower = r.random() < (0.4 if strong else 0.15)
    c.nopunct = r.random() < (0.45 if strong else 0.15)
    c.glue = r.choice([0.0, 0.0, 0.02, 0.05])


def calm(c):
    c.typo_rate, c.lower, c.nopunct, c.glue = 0.0, False, False, 0.0


def rend(t, c, b=None):
    c.tid = t[0]
    return E.render(t[2], c, b)


def make_dm(c, r, T, loc, channel):
    b = E.Builder()
    hurry(c, r, strong=True)
    n = r.choice([1, 1, 1, 2, 2, 3])
    export = channel in ("whatsapp", "telegram") and n > 1 and r.random() < .5
    for i in range(n):
        t = pick(r, T["kinds"]["dm"], loc)
        if export:
            calm(c)
            c.tid = t[0]
            E.render(r.choice(["[{n_time}, {n_date}] {ME}: ", "{n_time} - {ME}: ", "[{n_time}] {MEF}: "]), c, b)
            hurry(c, r, strong=True)
        rend(t, c, b)
        if i < n - 1:
            b.lit(r.choice(["\n", "\n\n", "\n", " "]) if not export else "\n")
    return b


def make_email(c, r, T, loc, tl):
    em = T["email"]
    b = E.Builder()
    calm(c)
    if r.random() < .6:
        rend(r.choice(em["subject"]), c, b)
        b.lit("\n\n")
    if r.random() < .2:
        rend(r.choice(em["fwd"]), c, b)
        b.lit("\n\n")
    rend(r.choice(em["greet"]), c, b)
    b.lit("\n\n")
    hurry(c, r)
    for i in range(r.choice([2, 2, 3, 3])):
        rend(pick(r, T["kinds"]["dm"], loc), c, b)
        b.lit(r.choice(["\n\n", "\n", " "]))
    calm(c)
    b.lit("\n")
    rend(r.choice(em["close"]), c, b)
    b.lit("\n")
    rend(r.choice(em["sig"]), c, b)
    if r.random() < .8:
        q = E.Builder()
        rend(r.choice(em["qhdr"]), c, q)
        q.lit("\n\n")
        rend(pick(r, T["kinds"]["agent"], loc), c, q)
        q.lit("\n\n")
        rend(r.choice(em["agentsig"]), c, q)
        b.lit("\n\n")
        if r.random() < .7:
            b.extend(q.quoted("> "))
        else:
            b.extend(q)
    if r.random() < .5:
        b.lit("\n\n" + r.choice(["--\n", "__________\n", ""]))
        rend(r.choice(em["disc"]), c, b)
    return b


def make_agent(c, r, T, loc):
    b = E.Builder()
    calm(c)
    if r.random() < .3:
        # agent reply that quotes the customer's DM first
        sub = E.Builder()
        hurry(c, r, strong=True)
        rend(pick(r, T["kinds"]["dm"], loc), c, sub)
        calm(c)
        b.extend(sub.quoted("> "))
        b.lit("\n\n")
    rend(pick(r, T["kinds"]["agent"], loc), c, b)
    if r.random() < .35:
        b.lit("\n\n")
        rend(r.choice(T["email"]["agentsig"]), c, b)
    return b


def make_pub(c, r, T, loc):
    b = E.Builder()
    hurry(c, r, strong=True)
    rend(pick(r, T["kinds"]["pub"], loc), c, b)
    if r.random() < .15:
        b.lit(" ")
        rend(pick(r, T["kinds"]["pub"], loc), c, b)
    return b


def check(rec):
    text = rec["text"]
    occ = []
    for j, s in enumerate(rec["spans"]):
        a, z = s["start"], s["end"]
        assert 0 <= a < z <= len(text), rec["id"]
        v = text[a:z]
        assert v == v.strip() and v, (rec["id"], v)
        if s.get("_part") == 1:
            nx = rec["spans"][j + 1]
            assert nx["_part"] == 2 and nx["type"] == s["type"]
            v = v + " " + text[nx["start"]:nx["end"]]
        elif s.get("_part") == 2:
            v = text[rec["spans"][j - 1]["start"]:rec["spans"][j - 1]["end"]] + " " + v
        assert v == v.strip(), (rec["id"], v)
        t = s["type"]
        if t == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if t == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if t == "bsn":
            assert V.bsn_ok(v) if len([ch for ch in v if ch.isdigit()]) == 9 else V.rrn_ok(v), (rec["id"], v)
        occ.append((a, z))
    for n in rec["negatives"]:
        a, z = n["start"], n["end"]
        assert 0 <= a < z <= len(text), rec["id"]
        assert text[a:z] == text[a:z].strip(), rec["id"]
        occ.append((a, z))
    occ.sort()
    for (a1, z1), (a2, z2) in zip(occ, occ[1:]):
        assert z1 <= a2, (rec["id"], text[a1:z1], text[a2:z2])


def gen_half(seed, half):
    r = random.Random(seed * 2 + half)
    F = fillers(half)
    TT = templates(half)
    recs, tids = [], collections.defaultdict(set)
    wl = [w for _, _, w in LANGS]
    for i in range(N_PER_HALF):
        lang, loc, _ = r.choices(LANGS, weights=wl)[0]
        c = E.Ctx(r, lang, loc, F, half)
        T = TT[c.tl]
        k = r.choices(["email", "pub", "dm", "agent"], weights=[0.3, 0.2, 0.35, 0.15])[0]
        if k == "email":
            ch, b = "email", make_email(c, r, T, loc, c.tl)
        elif k == "pub":
            ch = r.choice(PUB_CH)
            b = make_pub(c, r, T, loc)
        elif k == "dm":
            ch = r.choice(DM_CH)
            b = make_dm(c, r, T, loc, ch)
        else:
            ch, b = "agent_reply", make_agent(c, r, T, loc)
        text, spans, negs = b.finish()
        for s in spans:
            tids[s["type"]].add(s.pop("_tid"))
        rec = {"id": f"{PREFIX}-{HALVES[half]}-{i:05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        for s in spans:
            s.pop("_part")
        recs.append(rec)
    return recs, tids


README_HEAD = """# Scrub corpus blind49 — customers in crisis and in a hurry

This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (no other corpora,
scorers or generators), did not read git history, and did not run any scrubber or scorer.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Customers in crisis and in a hurry across many sectors (banks, telecom, energy, insurers, social platforms, parcel
and retail): a lost or stolen phone, wallet or card reported at night, a hacked social account, a bank account
blocked after suspected fraud, an urgent move, a bereavement (settling a deceased relative's contracts). Written
fast on a phone: typos and autocorrect slips in cue words, lower-case, missing punctuation, run-together words,
numbers split over two messages, details repeated with a correction ("sorry typo, it's ..."), WhatsApp/Telegram
exports with timestamps, e-mails with quoted history, forwarded headers, signatures and disclaimers. Look-alikes:
case/ticket numbers, times, amounts, tracking numbers, masked card numbers, the company's own emergency line.

## Generation

    python3 generate_blind.py --seed {seed}

Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` (filler
pools), `engine.py` (renderer, typo injection), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language).

## Split rule

Templates are written in groups (language x kind x situation; e-mail parts: greetings, subjects, closings,
signatures, disclaimers, quote headers, forward headers, agent signatures, split separators). Within every group
even-indexed members go to dev and odd-indexed members to heldout, so no template, frame, greeting, signature or
quote block is shared. Every filler pool (names, streets, cities, brands per sector, agents, mentions, hashtags,
URLs, SSIDs, plates) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`.
Typos are injected only into literal text, never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; every occurrence is labelled (agent repeats, quoted history).
- A value split over two chat messages ("06 12" / "345678") is labelled as two spans of the same type, one per fragment;
  the separator between them is not labelled.
- A value repeated with a correction: both the mistyped and the corrected value are labelled (both are personal data).
- Belgian national register numbers are labelled `bsn`. EAN/meter-point connection codes, policy numbers and account
  numbers are `customer_number`.
- `{phone}` of a second person (a friend, a daughter) is still `phone`; the organisation's own numbers (service lines,
  fraud lines, Card Stop) are `company_phone` negatives, also in agent signatures.
- Dictated one-time codes ("vier acht twee ...", "oh four two ...") are one `otp` span over all words.
- Door, alarm and key-safe codes (including `#`/`*`) are `pin`; a phone unlock passcode is `pin`.
- Old and new passwords are both labelled; router admin passwords are `password`; wifi keys are `wifi_key`; SSIDs unlabelled.
- Company registration values are negatives without their cue (`KvK`, `TVA`, `Company no.` stay outside the negative).
- Company functional e-mail addresses are avoided; names, cities alone, agent names, macro placeholders
  (`{first_name}`, `{prénom}`) are neither spans nor negatives.
- An address span covers street + number and postcode/city when written in the same run.
- Date negatives are event dates (death date, moving date, transaction date); dates of birth are `date_of_birth`.

## Known limitations

- Templates are hand-written but values are synthetic; IBAN bank codes and BBAN structures are plausible but not all
  national check schemes are implemented (only the IBAN mod-97 is guaranteed; Belgian BBAN check digits are valid).
- Dutch templates serve both nl and nl-be (some restricted to one locale); English templates serve en-gb and en-us.
- Phone numbers, postcodes and names are random and may coincide with real ones by chance.
- No IMEI numbers, licence plates are present only in pools; no non-Latin scripts.

"""


def table(title, cnt, extra=None):
    lines = [f"| {title} | dev | heldout |" + (" templates dev | templates heldout |" if extra else ""), "|---|---|---|" + ("---|---|" if extra else "")]
    keys = sorted(set(cnt[0]) | set(cnt[1]))
    for k in keys:
        row = f"| {k} | {cnt[0].get(k, 0)} | {cnt[1].get(k, 0)} |"
        if extra:
            row += f" {len(extra[0].get(k, ()))} | {len(extra[1].get(k, ()))} |"
        lines.append(row)
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261247)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = []
    for half in (0, 1):
        recs, tids = gen_half(a.seed, half)
        with open(os.path.join(here, f"{HALVES[half]}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats.append((recs, tids))
    md = README_HEAD.replace("{seed}", str(a.seed))
    md += "## Counts\n\n"
    md += f"Messages: dev {len(stats[0][0])}, heldout {len(stats[1][0])}.\n\n"
    sp = [collections.Counter(s["type"] for r in st[0] for s in r["spans"]) for st in stats]
    md += "### Spans per type (with number of distinct templates producing them)\n\n" + table("type", sp, [st[1] for st in stats]) + "\n"
    ng = [collections.Counter(n["kind"] for r in st[0] for n in r["negatives"]) for st in stats]
    md += "### Negatives per kind\n\n" + table("kind", ng) + "\n"
    ch = [collections.Counter(r["channel"] for r in st[0]) for st in stats]
    md += "### Channels\n\n" + table("channel", ch) + "\n"
    lg = [collections.Counter(r["lang"] for r in st[0]) for st in stats]
    md += "### Languages\n\n" + table("lang", lg)
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(md)
    print("ok", [len(s[0]) for s in stats])


if __name__ == "__main__":
    main()
