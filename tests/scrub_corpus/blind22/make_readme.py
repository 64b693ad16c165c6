#!/usr/bin/env python3
"""Writes README.md for blind22 from counts.json (run after generate_blind.py)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(HERE, "counts.json"), encoding="utf-8"))


def table(key):
    keys = sorted(set(d["dev"][key]) | set(d["heldout"][key]))
    rows = ["| %s | dev | heldout |" % key, "|---|---:|---:|"]
    rows += ["| %s | %d | %d |" % (k, d["dev"][key].get(k, 0), d["heldout"][key].get(k, 0)) for k in keys]
    return "\n".join(rows)


summary = ["| metric | dev | heldout |", "|---|---:|---:|"]
for k in ("messages", "no_span", "high_risk_msgs", "neg_cue_msgs"):
    summary.append("| %s | %d | %d |" % (k, d["dev"][k], d["heldout"][k]))

TEXT = f"""# blind22 — blind labelled scrub corpus (online life)

Record id prefix `b22`. Seed **{d['seed']}** (`python3 generate_blind.py --seed {d['seed']}`; default is the same seed).
Files: `generate_blind.py` (generator + self-check), `values.py` (value generators, pools), `phrases.py`
(templates), `make_readme.py` (this README from `counts.json`), `dev.jsonl`, `heldout.jsonl`, `counts.json`.
Standard library only, Python 3.11, deterministic for a given seed.

## How it was written (blind)

Written only from the brief (`/tmp/briefs/writerV.md`), general knowledge of how customers of Dutch,
Belgian, UK and US companies write to care teams, and public platform conventions. I did **not** open, read,
grep or run anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this directory),
`bench/`, `docs/scrubbing.md`, or any other corpus/generator; I did not run the scrubber or any scorer on this
data. Nothing was tuned against a detector.

Emphasis: second-hand marketplaces and their scams (fake payment links, "buyers" asking for codes), buy-now-pay-later,
streaming/gaming subscriptions, app stores, banking apps/neobanks, crypto-curious customers, parcel lockers,
e-scooter/bike-share, dating apps, ticketing, plus telco (SIM PIN/PUK, wifi sticker), energy (meter readings),
developers (API keys, tokens) and BSN requests. Messages include pasted SMS texts / 2FA prompts / error dialogs,
chat bursts, self-corrections ("sorry typo, it's …"), values sent alone after a quoted agent question
("> Kun je de code uit de sms sturen?"), code-switching, e-mails with subject, greeting, signature
(multi-line address = one span), and quoted history (`On … wrote:`, `Op … schreef …:`, Outlook `Van:/Verzonden:/Aan:`,
`-----Original Message-----`, `> ` lines) that itself carries data; agent replies echo data back.

Label conventions follow the brief: spans cover only the value; grouped OTPs/cards/IBANs cover all groups;
high-risk secrets never end in punctuation; cards pass Luhn (Visa, Mastercard, Amex 4-6-5, Maestro), IBANs pass
mod-97 (NL, BE, DE, FR, GB, ES, LU, IE; grouped, plain, lower case, `NL 24 KNAB …`), BSNs pass the 11-proof;
phones use fictional ranges (NL 06-1…/020-555…, BE 04xx, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx);
brands are fictional. Names, SSIDs, cities alone are not labelled. Ambiguous values (voucher-like codes,
bare 4-digit numbers without context, booking references) are left out. Notes on negative kinds:
marketplace listing ids are `order_number`; payment transaction ids are `invoice_number`; event-ticket
numbers are `ticket_number` (seat numbers such as "14C"/"place 23" are left unlabelled); crypto amounts are `amount`.

## Split rule

Every template list (sentence phrasings per label type and language group, hard-negative sentences,
context/greeting/closing/subject/quote-header/agent lines, agent questions) and every pool (names, streets,
postcodes/cities, brands, password words, e-mail domains, SSIDs) is dealt by list index: even → dev,
odd → heldout. This is independent of the seed, so no template, name, street or brand occurs in both halves
(the self-check verifies template ids are disjoint). Each half has its own `random.Random` (seeded from seed + half
name). Language groups: en (en-gb, en-us), nl, vl (nl-be; falls back to the nl list of the same half when
the Flemish list for that half is empty), fr (fr-be).

Self-check (exit 1 and nothing written on failure): offsets inside text; spans never start/end with whitespace;
high-risk spans end alphanumerically; Luhn / mod-97 / 11-proof; no overlapping spans; no negative overlapping a
span; no unrendered placeholder; every label type and negative kind in both halves; ≥40 spans of each
high-risk type per half; ≥12 distinct phrasings (templates) per high-risk type per half; ≥25 % of messages
without spans; ≥45 % with a high-risk value; no template in both halves.

## Held-out half

**Detector authors must never open `heldout.jsonl`, `generate_blind.py`, `phrases.py` or `values.py`;
they may only run a scorer over `heldout.jsonl` and report the numbers.** `dev.jsonl` may be read.

## Per-half counts

{chr(10).join(summary)}

`neg_cue_msgs` = messages containing a hard-negative sentence written next to cue words
(code, pin, wachtwoord, wifi, …).

### Distinct phrasings per high-risk type

{table('phrasings_per_high_risk_type')}

### Label types (spans)

{table('spans')}

### Hard-negative kinds

{table('negatives')}

### Channels

{table('channels')}

### Languages

{table('langs')}
"""
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(TEXT)
print("wrote README.md")
