#!/usr/bin/env python3
"""Blind labelled webcare corpus: people writing on behalf of someone else.

Usage: python3 generate_blind.py --seed 20261251   (run inside this directory)
Writes dev.jsonl, heldout.jsonl and README.md. Python 3.11 standard library only.
"""
import argparse
import collections
import json
import os
import random

import engine as E
import pools as PL
import values as V
import tpl_nl
import tpl_nlbe
import tpl_fr
import tpl_en

PREFIX = "b53"
N_PER_HALF = 950
GROUPS = {"nl": tpl_nl, "nlbe": tpl_nlbe, "fr": tpl_fr, "en": tpl_en}
GROUP_W = [("nl", 2), ("nlbe", 1), ("fr", 1), ("en", 2)]
CLASS_W = [("E", 30), ("C", 34), ("P", 14), ("A", 22)]
CHANNELS = {"E": ["email"], "A": ["agent_reply"],
            "C": ["x_dm", "instagram_dm", "messenger", "whatsapp", "whatsapp", "telegram", "messenger"],
            "P": ["x_public", "x_public", "facebook_comment", "instagram_comment"]}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}


def wpick(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def half_pools(half, lang):
    d = lambda lst: lst[half::2]
    return {"first": d(PL.FIRST[lang]), "last": d(PL.LAST[lang]), "streets": d(PL.STREETS[lang]),
            "cities": d(PL.CITIES[lang]), "brands": d(PL.BRANDS[{"en-gb": "en", "en-us": "en"}.get(lang, lang)]),
            "agents": d(PL.AGENTS[{"en-gb": "en", "en-us": "en"}.get(lang, lang)]),
            "tags": d(PL.HASHTAGS[{"en-gb": "en", "en-us": "en"}.get(lang, lang)]),
            "paths": d(PL.URL_PATHS[{"en-gb": "en", "en-us": "en"}.get(lang, lang)]),
            "models": d(PL.MODELS), "products": d(PL.PRODUCTS), "pwwords": d(PL.PWWORDS), "ssids": d(PL.SSIDS),
            "plates": d(PL.PLATES)}


def build_message(rng, half):
    g = wpick(rng, GROUP_W)
    cls = wpick(rng, CLASS_W)
    mod = GROUPS[g]
    lang = {"nl": "nl", "nlbe": "nl-be", "fr": "fr-be"}.get(g) or rng.choice(["en-gb", "en-us"])
    members = mod.T[cls][half::2]
    ti = rng.randrange(len(members))
    tid = "%s/%s/%d" % (g, cls, ti * 2 + half)
    ctx = E.Ctx(rng, lang, half_pools(half, lang), half)
    b = E.Builder(ctx)
    W = {k: v[half::2] for k, v in mod.W.items()}
    if cls == "E":
        b.tpl(rng.choice(W["greet"]) + "\n\n")
        b.tpl(members[ti])
        b.tpl("\n\n" + rng.choice(W["close"]) + "\n" + rng.choice(W["sig"]))
        r = rng.random()
        if r < .22:
            b.tpl("\n\n" + rng.choice(W["fwd"]) + "\n\n")
            q = E.Builder(ctx)
            q.tpl(rng.choice(W["quote"]))
            b.merge(q)
        elif r < .65:
            b.tpl("\n\n" + rng.choice(W["qhead"]) + "\n")
            q = E.Builder(ctx)
            q.tpl(rng.choice(W["quote"]))
            b.merge(q, prefix="> ")
        if rng.random() < .3:
            b.tpl("\n\n" + rng.choice(["--", "____", "", "---"]) + "\n" + rng.choice(W["disc"]))
    else:
        b.tpl(members[ti])
    ch = rng.choice(CHANNELS[cls])
    return {"channel": ch, "lang": lang, "visibility": "public" if ch in PUBLIC else "private",
            "text": b.text, "spans": sorted(b.spans, key=lambda s: s["start"]),
            "negatives": sorted(b.negs, key=lambda s: s["start"])}, tid


STRIP_OK = {"password", "wifi_key", "api_key", "token"}


def check(msg):
    t = msg["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in msg["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in msg["negatives"]]
    for st, en, k, ty in items:
        assert 0 <= st < en <= len(t), (msg["id"], st, en)
        v = t[st:en]
        assert v == v.strip(), (msg["id"], ty, repr(v))
        assert "\n" not in v, (msg["id"], ty, repr(v))
        if k == "span" and ty not in STRIP_OK:
            assert v[-1] not in ".,;:!?" and v[0] not in ".,;:!?", (msg["id"], ty, v)
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (msg["id"], a, b, t[a[0]:a[1]], t[b[0]:b[1]])
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            d = "".join(c for c in v if c.isdigit())
            assert len(d) in (15, 16) and V.luhn_ok(d), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    name = ["dev", "heldout"][half]
    out, tids = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        msg, tid = build_message(rng, half)
        msg = {"id": "%s-%s-%05d" % (PREFIX, name, i), **msg}
        check(msg)
        out.append(msg)
        for s in msg["spans"]:
            tids[s["type"]].add(tid)
    return out, tids


def table(rows, head):
    s = "| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n"
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def stats(msgs, tids):
    sp = collections.Counter(s["type"] for m in msgs for s in m["spans"])
    ng = collections.Counter(n["kind"] for m in msgs for n in m["negatives"])
    ch = collections.Counter(m["channel"] for m in msgs)
    la = collections.Counter(m["lang"] for m in msgs)
    emails = [len(m["text"]) for m in msgs if m["channel"] == "email"]
    s = "Messages: %d (emails %d, median email length %d chars)\n\n" % (len(msgs), len(emails), sorted(emails)[len(emails) // 2])
    s += "Spans per type:\n\n" + table([(k, sp[k], len(tids[k])) for k in sorted(sp)], ["type", "spans", "distinct templates"])
    s += "\nNegatives per kind:\n\n" + table(sorted(ng.items()), ["kind", "count"])
    s += "\nChannels:\n\n" + table(sorted(ch.items()), ["channel", "messages"])
    s += "\nLanguages:\n\n" + table(sorted(la.items()), ["lang", "messages"])
    return s


README = """# Scrub corpus blind53 — writing on behalf of someone else

Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`,
`docs/`, `infra/`, or any other corpus/scorer/generator under `tests/scrub_corpus/`, and did not read git history.
No scrubber or scorer was run while writing it. Values, formats and phrasing come from public knowledge only.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

People writing on behalf of someone else: adult children for elderly parents, parents for children, informal carers
(mantelzorgers), neighbours, interpreters, court-appointed administrators (bewindvoerder, mentor, gerechtelijk
bewindvoerder, administrateur provisoire, UK deputy / Lasting Power of Attorney), executors, accountants and
bookkeepers for small firms. Messages therefore carry several people's details at once: household member lists with
dates of birth and BSN / national register numbers, a parent's and a child's phone numbers, "my mother's login",
"his PIN", forwarded headers from a relative's mailbox, power-of-attorney letters, and agent replies asking which
person is meant (two customers, two dates of birth, two customer numbers).

## Generation

    cd tests/scrub_corpus/blind53 && python3 generate_blind.py --seed {seed}

Modules: `values.py` (value generators and validity checks), `pools.py` (filler pools), `engine.py` (slot
rendering, typo injection, quoting), `tpl_nl.py`, `tpl_nlbe.py`, `tpl_fr.py`, `tpl_en.py` (templates and e-mail
wrappers per language), `generate_blind.py` (driver, self-check, README).

## Split rule

Templates are grouped by language (nl, nl-be, fr-be, en) and class (e-mail body, chat/DM, public post, agent reply).
Each group's members are dealt alternately: even index to dev, odd index to heldout. The e-mail wrappers (greetings,
closings, signatures, disclaimers, quote headers, quoted agent messages, forwarded headers) and every filler pool
(first and last names, streets, cities, brands, agents, hashtags, URL paths, device models, product codes, password
words, SSIDs) are dealt the same way, so no template, frame, greeting, signature or quote block is shared between the
halves. Each half draws from its own `random.Random(seed * 2 + half)`. Typos are injected only into literal text.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord", "IBAN", "DOB", "°"), and never contain a newline.
- Every occurrence is labelled, including repeats in agent replies and in "> " quoted history.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`, as the brief asks.
- A PUK that an agent sends back is labelled `puk`; a PIN someone guesses ("it might be 1234") is still `pin`.
- Door / building codes are labelled `pin`.
- OTPs read out as words ("four two seven ...") are one `otp` span covering the words.
- The email address in forwarded headers ("From: Name <x@y>") is labelled; the display name is not.
- Addresses: street + number, plus postcode and city when written on the same line, are one `address` span;
  a bare street + number (no city) is also `address`.
- Customer, contract, subscriber, policy, member and EAN connection numbers are `customer_number`.
- AWS access key id and secret are each an `api_key` span; a token after "token"/"jeton" is `token`.
- The organisation's own service numbers (also in agent signatures) are `company_phone` negatives; the
  administrator's / bewindvoerder's personal direct line is a `phone` span.
- Court order dates, death dates and appointment dates are `date` negatives; only birth dates are `date_of_birth`.
- KvK, BTW/VAT, ondernemingsnummer / n° d'entreprise and UK company numbers are `company_registration` negatives.
- Masked values (****1234, NL** **** **** **12 34, "…1234") are `masked_value` negatives; macro placeholders
  (`{{first_name}}`, `<klantnummer>`, `[ACCOUNT NUMBER]`) are neither spans nor negatives.
- Customer @handles of the brand are `mention` negatives. Names, cities alone, SSIDs are not labelled.
- Amount negatives include the currency sign/word; meter readings include the unit when written.
- A number of months/GB/SIM cards is a `quantity` negative.

## Known limitations

- Template-based: about {ntpl} body templates, with inline alternatives; phrasing variety within a template comes
  from alternatives, value formats and wrappers, not from free text.
- nl-be and fr-be groups are partly parallel in structure (translations kept on the same side of the split).
- Values are synthetic: IBANs, cards, BSNs and national numbers are checksum-valid but random; phone numbers follow
  national formats but are not checked against numbering plans; postcodes are plausible, not real.
- No IPv6 compressed forms beyond one pattern; no multi-line address spans.

## Counts

### dev.jsonl

{dev}

### heldout.jsonl

{held}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261251)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    res = []
    for half, name in ((0, "dev"), (1, "heldout")):
        msgs, tids = gen_half(a.seed, half)
        with open(os.path.join(here, name + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        res.append(stats(msgs, tids))
    ntpl = sum(len(v) for mod in GROUPS.values() for v in mod.T.values())
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.replace("{seed}", str(a.seed)).replace("{ntpl}", str(ntpl))
                .replace("{dev}", res[0]).replace("{held}", res[1]).replace("{{first_name}}", "{first_name}"))
    print("ok", ntpl, "templates")


if __name__ == "__main__":
    main()
