"""Writes README.md for the blind25 corpus (static text plus count tables computed from the data)."""
from collections import Counter, defaultdict

import core

STATIC = """# Scrub corpus blind25 (written blind)

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## How it was written

This corpus was written blind: only from the brief (`/tmp/briefs/common.md`), public knowledge of how
platforms and e-mail clients format messages, and how real customers write. While writing it I did not open,
read, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/` or any other directory
under `tests/scrub_corpus/`; I did not read git history, did not run any scrubber or scorer on this data and did
not search the web for the project. (The only thing seen outside this directory, besides the brief, is the list of
sibling directory names printed once when checking that `tests/scrub_corpus/` exists; none of them was opened.)
Only the Python standard library is used.

## Emphasis of this corpus

Customers of Dutch and Belgian banks, insurers, energy and water utilities, telecom providers and
municipalities (plus their British and American counterparts for the English share) who are older or not
digitally confident, and relatives (sons, daughters, grandchildren, in-laws) writing on their behalf.
Messages tell a story before the value comes ("I'm 84 and my grandson set up the app but he moved..."); values
are dictated or spelled out in words ("vier acht twee een", "P-i-e-t-1-9"), split over two lines (card numbers,
IBANs, addresses), retyped with a correction ("4812, sorry, 4821"), or written with unusual separators
(dots, slashes, spaces in odd places: `0470/12.34.56`, `48.03.12-123.45`, `NL 24 INGB ...`); "de code van mijn
vader", "my mother's PIN is ..."; formal letters pasted into an e-mail with a salutation, reference lines
("Uw kenmerk", "Betreft", "Notre référence", "Concerne", "Our ref") and a full signature block (name, address
over several lines, phone, e-mail, customer number, date of birth); answers to an agent's question where the
question is quoted above (`> Mag ik uw klantnummer?` then a bare value); meter readings, policy numbers,
case/reference numbers, dates and amounts next to credential talk. Every span type and every hard-negative
kind of the brief is covered in both halves, with languages in roughly nl 30 / nl-be 15 / fr-be 20 /
en (gb+us) 35 shares. About a quarter of the messages are e-mails of 0.5-2 KB.

## Generation

    python3 generate_blind.py --seed {seed}

writes `dev.jsonl`, `heldout.jsonl` and this README (the tables below are computed from the output). Modules:
`core.py` (value generators with checksums, message builder, self-check), `phrases_nl.py`, `phrases_fr.py`,
`phrases_en.py` (phrasings), `world.py` (names, streets, cities, brands), `readme.py`. Each half uses its own
`random.Random(seed * 2 + half)` (dev = 0, heldout = 1). The generator fails loudly if any span or negative is
out of range, has surrounding white space or overlaps another labelled range, if a card fails Luhn, an IBAN
fails mod-97, a BSN fails the 11-proof or a Belgian national register number fails its mod-97 check, if a
phrasing would land in both halves, or if a span type or negative kind is missing from a half.

## Split rule

Every list of phrasings (greetings, story openers per sector, value frames per span type, negative sentences
per kind, agent questions, agent macros, salutations, reference blocks, signatures, subject lines, closings,
public posts) and every list of world data (first names, surnames, agent names, streets, cities, e-mail
domains, brands per sector, router models, SSID prefixes, password words, relatives) is dealt alternately
to dev (even positions) and heldout (odd positions), per language family and register. A string that occurs in
more than one list (a brand name or domain in two languages, a street name used in both nl and nl-be, an
identical template) is given the half where it was first dealt, so no phrasing, template, frame, situation,
name, street or brand occurs in both halves; the generator checks that no template text is shared.

## Labelling conventions

* Spans cover the value only, never the cue word ("pincode", "IBAN:", "Bearer"). A value glued to a cue
  (`pin:4821`) is labelled from its first character. Values spelled in words ("vier acht twee een",
  "four-eight-two-one") or letter by letter ("P-i-e-t-1-9") are one span over the whole dictation.
* A value split over two lines (card number, IBAN, multi-line address) is one span that contains the newline.
* Corrections: both the wrong and the corrected value are labelled (both were written by the customer).
* Policy numbers, contract numbers, membership and customer numbers are `customer_number`. Dossier, case,
  complaint, "Uw kenmerk"/"Our ref"/"Notre référence" numbers are the negative `ticket_number`.
  Municipal tax assessment numbers are not used.
* Belgian national register numbers (rijksregisternummer / numéro national / INSZ / NISS) are `bsn`.
* A router/modem admin password is `password`; the wifi key is `wifi_key`; the SSID is not labelled.
* Company service numbers are the negative `company_phone`; company e-mail addresses are not used.
  Agent names and initials are never labelled. Macro placeholders (`{{code}}`, `[CODE]`, `<OTP>`) are
  neither spans nor negatives.
* Agent replies that echo a customer's value by mistake are labelled; masked values (`**** 1234`,
  `NL** **** **** ** 12 34`, `j****@gmail.com`, "ending in 1234") are the negative `masked_value`.
* Negatives: `amount` includes the currency sign/code; `meter_reading` is the number only (no unit);
  `quantity` is number plus unit word; `company_registration` is the number without "KvK"/"BTW"/"TVA";
  `hashtag` and `mention` include `#`/`@`; `url` is the whole URL including the router admin page
  `http://192.168.1.1` (a LAN gateway, not a customer's IP).
* `ip_address` is only used for a customer's public IPv4/IPv6 address.

## Known limitations

* Templated text: despite many phrasings per type and language, sentence shapes repeat within a half.
* Typos are injected only into unlabelled text; labelled values are never corrupted (a corrupted card number
  would fail its checksum). Lower/upper-casing of a message likewise leaves the values untouched.
* Dictated values in words are used for PINs, OTPs, CVVs, PUKs and phone numbers only; card numbers, IBANs
  and BSNs are always written in digits (with any separators) so their checksums can be verified.
* Belgian and Dutch English-language messages are few; en-us messages sometimes mention IBANs of
  European accounts (expats), which is plausible but less common.
* Passwords and keys are random and do not reflect any real issuing system beyond their visible shape.
* Brands, names and addresses are real-looking but the numbers are synthetic.

## Counts
"""


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write_readme(path, stats, seed):
    parts = [STATIC.replace("{seed}", str(seed))]
    names = list(stats)
    # overview
    rows = []
    for name in names:
        recs, _ = stats[name]
        no_span = sum(1 for r in recs if not r["spans"])
        high = sum(1 for r in recs if any(s["type"] in core.HIGH_RISK for s in r["spans"]))
        neg = sum(1 for r in recs if r["negatives"])
        emails = [r for r in recs if r["channel"] == "email"]
        rows.append([name, len(recs), no_span, high, neg, len(emails),
                     sum(1 for r in emails if 500 <= len(r["text"]) <= 2000)])
    parts.append("### Messages\n\n" + table(rows, ["half", "messages", "without spans", "with a high-risk span",
                                                  "with a hard negative", "e-mails", "e-mails of 0.5-2 KB"]))
    # spans per type
    rows = []
    per = {}
    for name in names:
        recs, metas = stats[name]
        cnt = Counter()
        phr = defaultdict(set)
        for meta in metas:
            for typ, tid in meta:
                cnt[typ] += 1
                phr[typ].add(tid)
        per[name] = (cnt, phr)
    for t in core.SPAN_TYPES:
        row = [t]
        for name in names:
            cnt, phr = per[name]
            row += [cnt[t], len(phr[t])]
        rows.append(row)
    hdr = ["type"]
    for name in names:
        hdr += [name + " spans", name + " distinct phrasings"]
    parts.append("### Spans per type\n\n" + table(rows, hdr))
    # negatives
    rows = []
    cnts = {name: Counter(n["kind"] for r in stats[name][0] for n in r["negatives"]) for name in names}
    for k in core.NEG_KINDS:
        rows.append([k] + [cnts[name][k] for name in names])
    parts.append("### Negatives per kind\n\n" + table(rows, ["kind"] + names))
    # channels / languages
    for label, key, order in (("Channels", "channel", core.CHANNELS), ("Languages", "lang", core.LANGS)):
        cnts = {name: Counter(r[key] for r in stats[name][0]) for name in names}
        rows = [[v] + [cnts[name][v] for name in names] for v in order]
        parts.append("### %s\n\n" % label + table(rows, [key] + names))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(parts) + "\n")
