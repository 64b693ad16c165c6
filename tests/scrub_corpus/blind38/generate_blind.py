#!/usr/bin/env python3
"""Deterministic generator for the blind38 scrub corpus.

python3 generate_blind.py --seed 20261236   -> writes dev.jsonl, heldout.jsonl and README.md beside itself.
"""
import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import Ctx, render, shift, check, HIGH_RISK, SPAN_TYPES, NEG_KINDS  # noqa: E402
from pools import Pools  # noqa: E402
from templates_nl import T as NL  # noqa: E402
from templates_be import VL, FR  # noqa: E402
from templates_en import EN  # noqa: E402
from wrappers import W, CHAT  # noqa: E402

PREFIX = "b38"
PER_HALF = 950
LANGS = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
FAMOF = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
TPL = {"nl": NL, "vl": VL, "fr": FR, "en": EN}
REGS = [("chat", 46), ("email", 28), ("public", 13), ("agent", 13)]
CHANNELS = {"chat": [("whatsapp", 30), ("messenger", 18), ("telegram", 10), ("instagram_dm", 14), ("x_dm", 14)],
            "public": [("x_public", 45), ("facebook_comment", 35), ("instagram_comment", 20)],
            "agent": [("agent_reply", 1)], "email": [("email", 1)]}
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def deal(lst, half):
    """Members of one group alternate between the halves."""
    return [(i, t) for i, t in enumerate(lst) if i % 2 == half]


def build_pools(half):
    tpl = {}
    for fam, regs in TPL.items():
        for reg, topics in regs.items():
            items = []
            for topic, lst in topics.items():
                for i, t in deal(lst, half):
                    items.append(("%s.%s.%s.%d" % (fam, reg, topic, i), t))
            tpl[(fam, reg)] = items
    wrap = {fam: {k: deal(v, half) for k, v in parts.items()} for fam, parts in W.items()}
    chat = {fam: {k: deal(v, half) for k, v in parts.items()} for fam, parts in CHAT.items()}
    return tpl, wrap, chat


# ----------------------------------------------------------------- literal transforms
def make_transform(r, reg):
    if reg not in ("chat", "public"):
        return None
    mode = wchoice(r, [("none", 50), ("lower", 25), ("caps", 4), ("nopunct", 14), ("typo", 12)])

    def typo(s):
        words = s.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if cand and r.random() < 0.5:
            i = r.choice(cand)
            w = words[i]
            k = r.randint(1, len(w) - 2)
            words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:] if r.random() < 0.6 else w[:k] + w[k + 1:]
        return " ".join(words)

    def f(s):
        s = s.replace("⏎", "\n")
        if mode == "lower":
            return s.lower()
        if mode == "caps":
            return s.upper()
        if mode == "nopunct":
            return s.replace(", ", " ").replace(". ", " ").replace("?", "").rstrip(".")
        if mode == "typo":
            return typo(s)
        return s
    f.lower_fills = mode == "lower" and r.random() < 0.5
    return f


def nl_lines(s):
    return s.replace("⏎", "\n")


class Msg:
    def __init__(self):
        self.text = ""
        self.spans, self.negs, self.tids = [], [], []

    def add(self, piece, sep=""):
        text, spans, negs, tid = piece
        if self.text:
            self.text += sep
        k = len(self.text)
        self.text += text
        self.spans += shift(spans, k)
        self.negs += shift(negs, k)
        for s in spans:
            self.tids.append((s["type"], tid))


def piece(tid, tpl, ctx, tf=None):
    t, s, n = render(tpl, ctx, tf or nl_lines)
    return t, s, n, tid


def quote_block(tid, tpl, ctx):
    def q(s):
        return s.replace("⏎", "\n").replace("\n", "\n> ")
    t, s, n = render(tpl, ctx, q)
    return "> " + t, shift(s, 2), shift(n, 2), tid


def make_message(r, half, lang, reg, pools, counters):
    tplpools, wrap, chat = pools
    fam = FAMOF[lang]
    ctx = Ctx(r, lang, half, POOLS[half])
    items = tplpools[(fam, reg)]
    # least-used-first sampling keeps every template in play
    lo = min(counters[i[0]] for i in items)
    cands = [i for i in items if counters[i[0]] <= lo + 1]
    tid, tpl = r.choice(cands)
    counters[tid] += 1
    m = Msg()
    if reg in ("chat", "public"):
        tf = make_transform(r, reg)
        cp = chat[fam]
        short = len(tpl) < 25 and tpl.startswith("«")
        if not short and r.random() < 0.25:
            i, p = r.choice(cp["pre"])
            m.add(("%s" % (p.lower() if tf and getattr(tf, "lower_fills", False) else p), [], [], "pre"))
            m.add(piece(tid, tpl, ctx, tf), sep=r.choice([" ", "\n", " "]))
        else:
            m.add(piece(tid, tpl, ctx, tf))
        if not short and r.random() < 0.2:
            i, p = r.choice(cp["post"])
            m.add((p, [], [], "post"), sep=r.choice([" ", "\n", ". "]))
        return m
    if reg == "agent":
        m.add(piece(tid, tpl, ctx))
        return m
    # e-mail
    wp = wrap[fam]
    if r.random() < 0.45:
        i, p = r.choice(wp["subject"])
        m.add(piece("%s.subject.%d" % (fam, i), p, ctx), sep="")
        m.add(("", [], [], "x"), sep="\n\n")
    i, p = r.choice(wp["greet"])
    m.add((p, [], [], "g"), sep="")
    m.add(piece(tid, tpl, ctx), sep="\n\n")
    pads = list(wp["pad"])
    r.shuffle(pads)
    target = r.randint(520, 1500)
    for i, p in pads:
        if len(m.text) > target:
            break
        m.add(piece("%s.pad.%d" % (fam, i), p, ctx), sep=r.choice(["\n\n", " "]))
    i, p = r.choice(wp["close"])
    m.add((p, [], [], "c"), sep="\n\n")
    i, p = r.choice(wp["sig"])
    m.add(piece("%s.sig.%d" % (fam, i), p, ctx), sep="\n")
    if len(m.text) < 900 and r.random() < 0.6:
        i, h = r.choice(wp["quote"])
        m.add(piece("%s.quote.%d" % (fam, i), h, ctx), sep="\n\n")
        atid, atpl = r.choice(tplpools[(fam, "agent")])
        m.add(quote_block(atid, atpl, ctx), sep="\n")
    return m


POOLS = {0: Pools(0), 1: Pools(1)}


def gen_half(seed, half):
    r = random.Random(seed * 2 + half)
    pools = build_pools(half)
    counters = Counter()
    name = ["dev", "heldout"][half]
    recs, tids = [], defaultdict(set)
    for k in range(PER_HALF):
        lang = wchoice(r, LANGS)
        reg = wchoice(r, REGS)
        ch = wchoice(r, CHANNELS[reg])
        m = make_message(r, half, lang, reg, pools, counters)
        rec = {"id": "%s-%s-%05d" % (PREFIX, name, k), "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC else "private", "text": m.text,
               "spans": sorted(m.spans, key=lambda s: s["start"]),
               "negatives": sorted(m.negs, key=lambda s: s["start"])}
        check(rec)
        for typ, tid in m.tids:
            tids[typ].add(tid)
        recs.append(rec)
    return recs, tids


def stats(recs, tids):
    st = {"n": len(recs), "nospan": sum(1 for x in recs if not x["spans"]),
          "high": sum(1 for x in recs if any(s["type"] in HIGH_RISK for s in x["spans"])),
          "neg": sum(1 for x in recs if x["negatives"]),
          "email_long": sum(1 for x in recs if x["channel"] == "email" and 500 <= len(x["text"].encode()) <= 2048)}
    st["types"] = Counter(s["type"] for x in recs for s in x["spans"])
    st["kinds"] = Counter(n["kind"] for x in recs for n in x["negatives"])
    st["channels"] = Counter(x["channel"] for x in recs)
    st["langs"] = Counter(x["lang"] for x in recs)
    st["phr"] = {t: len(v) for t, v in tids.items()}
    return st


README_HEAD = """# Scrub corpus blind38 (written blind)

Labelled test corpus of customer-care traffic for the scrubber. Written **blind**: from the brief, public
knowledge of message formats and of how people write. While writing it I did not open, list, grep or run
anything under `functions/`, `tests/unit/`, `bench/`, `docs/` or any other directory of `tests/scrub_corpus/`
(no other corpus, scorer or generator), did not read git history, and did not run any scrubber or scorer.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Government and public services: municipalities, tax and benefit offices, healthcare insurers / Belgian
mutualities, pension funds, universities, housing corporations, utilities and debt collection (bailiffs,
collection agencies). The writers are citizens sending BSNs / Belgian national register numbers, policy,
member, student and tenant numbers, PINs and login trouble with the national login app, parents writing for
children or elderly parents, sole traders with KvK / VAT / ondernemingsnummer next to their IBAN, people
copying numbers from letters (dots, spaces, dashes, numbers broken across lines), long e-mails with
signatures and quoted threads, messages that are only a number, and the hard negatives such a desk sees
every day: case/file numbers, letter reference codes, dates, amounts, office phone numbers, meter readings.
Languages: Dutch, Flemish, Belgian French, British and American English. All organisations are invented
(except generic public bodies named in the templates' fills).

## Generation

`python3 generate_blind.py --seed 20261236` writes `dev.jsonl`, `heldout.jsonl` and this README. Only the
standard library is used. Modules: `core.py` (value makers, checksums, renderer, self-check), `pools.py`
(names, streets, cities, organisations), `templates_nl.py`, `templates_be.py`, `templates_en.py`,
`wrappers.py` (e-mail subjects, greetings, padding paragraphs, closings, signatures, quote headers, chat
openers). Each half uses its own `random.Random(seed * 2 + half)`. The self-check fails loudly when a span
or negative is out of range, empty, has surrounding white space, overlaps another one, or when a card fails
Luhn, an IBAN fails mod-97 or a BSN fails the 11-proof (Belgian national numbers: mod-97 check, also the
post-2000 variant).

## Split rule

Every list of templates is a group (language family x register x topic, e.g. Dutch chat / PIN); its members
are dealt alternately to dev (even index) and heldout (odd index). The same is done for every e-mail
wrapper list (subject, greeting, padding, closing, signature, quote header), chat openers/closers, and every
pool of first names, surnames, streets, cities, organisations, children's names, SSIDs and agent names.
So no template, frame, name, street or organisation occurs in both halves. Generic value shapes (IBAN,
phone formats) naturally recur.

## Labelling conventions

- Spans cover the value only, never the cue word; every occurrence is labelled, also in quoted e-mail
  history and in agent replies that echo a value by mistake. Masked echoes are `masked_value` negatives.
- `bsn` covers Dutch BSNs and Belgian national register numbers (rijksregisternummer / numéro national).
- `customer_number` covers customer, account, relation, policy, mutuality member, pension participant,
  student and tenant numbers: numbers that identify the person to the organisation.
- Case / file / dossier / repair numbers are `ticket_number` negatives; letter reference codes ("kenmerk",
  "réf.", "ref") and API request ids are `request_id` negatives.
- KvK numbers, VAT ids, Belgian ondernemingsnummers, UK company numbers and US EINs are
  `company_registration`; the organisation's own service numbers (0800/088/14 0xx, 078, 0300, 1-800, 311)
  are `company_phone`.
- `address` is one span over street, number, postcode and city, also across signature lines.
- Spoken PINs/OTPs ("vier zes twee een") are labelled over the whole spoken sequence. Corrections
  ("… sorry, it's X") label both values.
- Not labelled: names, agent initials, SSIDs, cities, organisations, macro placeholders (`{…}`, `<…>`,
  `[…]`), postbox lines.

## Known limitations

- Template-based: sentence frames repeat within a half (each is used several times with fresh values).
- Typos and case changes are applied to the literal text only; values keep their shapes.
- Only one main situation per message plus e-mail padding; few genuinely multi-topic threads.
- English messages mostly concern UK/US bodies; Dutch BSNs appear in English only in a few frames.
- Postcodes appear only inside addresses; stand-alone postcodes are not labelled or used as negatives.

"""


def table(title, a, b, keys=None):
    keys = keys or sorted(set(a) | set(b))
    out = ["| %s | dev | heldout |" % title, "|---|---:|---:|"]
    for k in keys:
        out.append("| %s | %s | %s |" % (k, a.get(k, 0), b.get(k, 0)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261236)
    a = ap.parse_args()
    res = []
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, tids = gen_half(a.seed, half)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for x in recs:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
        res.append(stats(recs, tids))
    d, h = res
    lines = [README_HEAD.replace("20261236", str(a.seed)), "## Counts\n"]
    lines.append(table("messages", {"total": d["n"], "without spans": d["nospan"], "with a high-risk span": d["high"],
                                    "with a hard negative": d["neg"], "e-mails of 0.5-2 KB": d["email_long"]},
                       {"total": h["n"], "without spans": h["nospan"], "with a high-risk span": h["high"],
                        "with a hard negative": h["neg"], "e-mails of 0.5-2 KB": h["email_long"]},
                       ["total", "without spans", "with a high-risk span", "with a hard negative", "e-mails of 0.5-2 KB"]))
    lines.append("\n### Spans per type (distinct phrasings carrying the type in brackets)\n")
    out = ["| type | dev | heldout |", "|---|---:|---:|"]
    for t in SPAN_TYPES:
        out.append("| %s | %d (%d) | %d (%d) |" % (t, d["types"].get(t, 0), d["phr"].get(t, 0), h["types"].get(t, 0), h["phr"].get(t, 0)))
    lines.append("\n".join(out))
    lines.append("\n### Negatives per kind\n")
    lines.append(table("kind", d["kinds"], h["kinds"], [k for k in NEG_KINDS if d["kinds"].get(k) or h["kinds"].get(k)]))
    lines.append("\n### Channels\n")
    lines.append(table("channel", d["channels"], h["channels"]))
    lines.append("\n### Languages\n")
    lines.append(table("lang", d["langs"], h["langs"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("dev", d["n"], "heldout", h["n"])


if __name__ == "__main__":
    main()
