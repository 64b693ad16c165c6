#!/usr/bin/env python3
"""Blind labelled webcare corpus generator: cars and mobility (blind76).

Usage: python3 generate_blind.py --seed 20261274
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import values as V  # noqa: E402
from engine import Doc, render  # noqa: E402
from templates_nl import NL, NLBE, FRAMES as FR_NL  # noqa: E402
from templates_fr import FRBE, FRAMES as FR_FR  # noqa: E402
from templates_en import EN, FRAMES as FR_EN  # noqa: E402

PREFIX = "b76"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

GROUPS = {"nl": NL, "nl-be": NLBE, "fr-be": FRBE, "en-gb": EN, "en-us": EN}
GROUP_NAME = {"nl": "nl", "nl-be": "nlbe", "fr-be": "frbe", "en-gb": "en", "en-us": "en"}
FRAMES = {**FR_NL, **FR_FR, **FR_EN}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KIND_W = [("pub", 22), ("dm", 33), ("mail", 30), ("agent", 15)]
CHANNELS = {"pub": ["x_public", "facebook_comment", "instagram_comment"],
            "dm": ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"],
            "mail": ["email"], "agent": ["agent_reply"]}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TYPO_P = 0.3


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


def dealt(lst, half):
    """(template id index, template) pairs for one half: even -> dev, odd -> heldout."""
    return [(i, t) for i, t in enumerate(lst) if i % 2 == half]


class Gen:
    def __init__(self, seed, half):
        self.rng = random.Random(seed * 2 + half)
        self.half = half
        self.tpl_by_type = collections.defaultdict(set)

    def r(self, tid, tpl, lang, cache, typo=True):
        used = set()
        d = render(tpl, self.rng, lang, self.half, cache, TYPO_P if typo else 0.0, used)
        for t in used:
            self.tpl_by_type[t].add(tid)
        return d

    def frame(self, lang, key):
        i, t = self.rng.choice(dealt(FRAMES[lang][key], self.half))
        return f"{lang}-{key}-{i}", t

    def body(self, lang, kind):
        lst = GROUPS[lang][kind]
        i, t = self.rng.choice(dealt(lst, self.half))
        return f"{GROUP_NAME[lang]}-{kind}-{i}", t

    def message(self, idx):
        rng = self.rng
        lang = wchoice(rng, LANG_W)
        kind = wchoice(rng, KIND_W)
        channel = rng.choice(CHANNELS[kind])
        cache = {}
        tid, tpl = self.body(lang, kind)
        doc = Doc()
        if kind == "mail":
            if rng.random() < 0.6:
                doc.extend(self.r(*self.frame(lang, "subj"), lang, cache))
                doc.lit("\n\n")
            if rng.random() < 0.85:
                doc.extend(self.r(*self.frame(lang, "greet"), lang, cache))
                doc.lit("\n\n")
            doc.extend(self.r(tid, tpl, lang, cache))
            doc.lit("\n\n")
            doc.extend(self.r(*self.frame(lang, "close"), lang, cache))
            doc.lit("\n")
            doc.extend(self.r(*self.frame(lang, "csig"), lang, cache))
            if rng.random() < 0.75:
                doc.lit("\n\n")
                doc.extend(self.r(*self.frame(lang, "qhead"), lang, cache))
                doc.lit("\n")
                q = Doc()
                qtid, qtpl = self.body(lang, "agent")
                q.extend(self.r(qtid, qtpl, lang, cache))
                if rng.random() < 0.7:
                    q.lit("\n\n")
                    q.extend(self.r(*self.frame(lang, "asig"), lang, cache))
                if rng.random() < 0.5:
                    # nested: the customer's earlier message quoted inside the agent reply
                    q.lit("\n\n")
                    q.extend(self.r(*self.frame(lang, "qhead"), lang, cache))
                    q.lit("\n")
                    q2 = Doc()
                    q2tid, q2tpl = self.body(lang, rng.choice(["dm", "mail"]))
                    q2.extend(self.r(q2tid, q2tpl, lang, cache))
                    q.extend(q2, prefix_lines="> ")
                doc.extend(q, prefix_lines="> ")
            if rng.random() < 0.35:
                doc.lit("\n\n")
                doc.extend(self.r(*self.frame(lang, "disc"), lang, cache))
        elif kind == "agent":
            doc.extend(self.r(tid, tpl, lang, cache))
            if rng.random() < 0.3:
                doc.lit("\n\n")
                doc.extend(self.r(*self.frame(lang, "asig"), lang, cache))
        else:
            doc.extend(self.r(tid, tpl, lang, cache))
        text = doc.text
        rec = {"id": f"{PREFIX}-{['dev', 'heldout'][self.half]}-{idx:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text,
               "spans": sorted(doc.spans, key=lambda s: s["start"]), "negatives": sorted(doc.negs, key=lambda s: s["start"])}
        check(rec)
        return rec


def check(rec):
    t = rec["text"]
    items = [("S", s["type"], s["start"], s["end"]) for s in rec["spans"]] + [("N", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for cat, typ, s, e in items:
        if not (0 <= s < e <= len(t)):
            raise AssertionError(f"{rec['id']}: out of range {typ} {s}-{e}")
        v = t[s:e]
        if v != v.strip() or "\n" in v:
            raise AssertionError(f"{rec['id']}: whitespace around {typ} {v!r}")
        if cat == "S":
            if typ == "card" and not V.luhn_ok(v):
                raise AssertionError(f"{rec['id']}: bad Luhn {v}")
            if typ == "iban" and not V.iban_ok(v):
                raise AssertionError(f"{rec['id']}: bad IBAN {v}")
            if typ == "bsn" and not (V.bsn_ok(v) or V.rrn_ok(v)):
                raise AssertionError(f"{rec['id']}: bad BSN/RRN {v}")
    items.sort(key=lambda x: x[2])
    for a, b in zip(items, items[1:]):
        if b[2] < a[3]:
            raise AssertionError(f"{rec['id']}: overlap {a} {b}")


def readme(seed, halves, gens):
    L = []
    L.append("# Blind scrub corpus blind76: cars and mobility\n")
    L.append("Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, "
             "`docs/`, `infra/`, any other corpus directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
             "and did not read git history. Only `tests/scrub_corpus/BRIEF.md` was read. No scrubber or scorer was run.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Cars and mobility: car dealers and garages (service appointments, APK / keuring / contrôle technique / MOT / state "
             "inspection, repairs, warranty claims), lease companies, EV charging cards, home chargers and apps, parking apps, "
             "roadside assistance, car sharing, licence plates and VINs. Dutch, Belgian (Dutch and French), UK and US customers; "
             "public posts, private DMs, e-mails with quoted history, and agent replies with signatures.\n")
    L.append("## Generation\n")
    L.append(f"`python3 generate_blind.py --seed {seed}` (run inside this directory; Python 3.11 standard library only). "
             "Modules: `values.py` (value generators and filler pools), `engine.py` (template rendering, span bookkeeping), "
             "`templates_nl.py`, `templates_fr.py`, `templates_en.py` (templates and e-mail frames per language).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language group x kind: pub, dm, mail, agent; plus e-mail frames: subject, greeting, "
             "closing, customer signature, agent signature, quote header, disclaimer). Within every group even-indexed members go "
             "to dev and odd-indexed members to heldout, so no template, frame, greeting, signature or quote block is shared. "
             "Filler pools (names, streets, cities, brands, agents, SSIDs, mentions, hashtags, URLs, model numbers) are dealt the "
             "same way. en-gb and en-us share the English template groups (dealt identically), with locale-specific values. "
             "Each half uses its own `random.Random(seed * 2 + half)`. Typos (swap/drop/double a letter, lower-casing) are "
             "injected in about 30% of rendered template pieces, only into literal text (cue words included), never into values.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover only the value, never the cue word; every occurrence is labelled, including repeats in agent replies and quoted history (`> ` prefixed lines).\n"
             "- Belgian national register numbers are labelled `bsn` (valid check digits, both pre-2000 and post-2000 rule).\n"
             "- `customer_number` covers customer/account numbers, lease contract numbers, charging card IDs (EMAID-like and RFID UIDs), "
             "roadside-assistance membership numbers, parking-app account numbers, insurance policy numbers, car-sharing subscription numbers and EAN connection codes.\n"
             "- Licence plates and VINs are personal-ish vehicle identifiers but are neither labelled nor marked as negatives "
             "(the brief lists plates as unlabelled; VINs are treated the same way).\n"
             "- Odometer readings (km / miles) are negatives of kind `meter_reading`.\n"
             "- Case, dossier, claim and incident numbers are `ticket_number`; workshop job cards, bookings and reservations are `order_number`.\n"
             "- OTPs dictated as words (`vier twee ...`, `four two ...`) are one `otp` span covering all words.\n"
             "- The AWS secret access key is labelled `api_key` like the key id. Session/bearer tokens appended to URLs are labelled `token`; the URL base is a `url` negative.\n"
             "- Company service numbers, KvK/BTW/ondernemingsnummer/VAT/EIN are negatives; the customer's own phone numbers are `phone`.\n"
             "- Card numbers given on a Bancontact/Maestro-style card use a 6703 prefix (valid Luhn).\n"
             "- Mentions like `@Name` built from a first name (reply to another user) are left unannotated; brand @handles are `mention` negatives.\n"
             "- Macro placeholders (`{first_name}`) and agent initials (`^Sanne`) are unannotated.\n")
    L.append("## Known limitations\n")
    L.append("- Template-based: phrasing variety is bounded by ~190 hand-written templates and frames; values are synthetic (random digits) and may not be realistic beyond the check digits.\n"
             "- Dutch bank account numbers inside NL IBANs do not satisfy the old Dutch 11-test; only IBAN mod-97 is guaranteed.\n"
             "- Typos are mechanical; real misspellings of cue words are richer.\n"
             "- Some fillers (brands, cities) are shared per half between Dutch and English templates, so a Dutch brand can appear in an English message.\n"
             "- Quoted history always uses `> ` prefixes; no HTML e-mail.\n")
    for h, recs in enumerate(halves):
        name = ["dev", "heldout"][h]
        L.append(f"## Counts: {name}.jsonl\n")
        L.append(f"Messages: {len(recs)}\n")
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k in sorted(sc):
            L.append(f"| {k} | {sc[k]} | {len(gens[h].tpl_by_type[k])} |")
        L.append("")
        nc = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        L.append("| negative kind | count |\n|---|---|")
        for k in sorted(nc):
            L.append(f"| {k} | {nc[k]} |")
        L.append("")
        cc = collections.Counter(r["channel"] for r in recs)
        L.append("| channel | count |\n|---|---|")
        for k in sorted(cc):
            L.append(f"| {k} | {cc[k]} |")
        L.append("")
        lc = collections.Counter(r["lang"] for r in recs)
        L.append("| lang | count |\n|---|---|")
        for k in sorted(lc):
            L.append(f"| {k} | {lc[k]} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves, gens = [], []
    for half in (0, 1):
        g = Gen(a.seed, half)
        recs = [g.message(i) for i in range(N_PER_HALF)]
        halves.append(recs)
        gens.append(g)
    for half, name in ((0, "dev.jsonl"), (1, "heldout.jsonl")):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in halves[half]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves, gens))
    print(f"wrote {len(halves[0])} dev, {len(halves[1])} heldout")


if __name__ == "__main__":
    main()
