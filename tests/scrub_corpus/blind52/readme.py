"""Writes README.md with count tables."""
import collections


def table(title, counter, extra=None):
    lines = [f"\n**{title}**\n", "| key | dev | heldout |" + (" templates dev | templates heldout |" if extra else ""),
             "|---|---|---|" + ("---|---|" if extra else "")]
    keys = sorted(set(counter[0]) | set(counter[1]))
    for k in keys:
        row = f"| {k} | {counter[0].get(k, 0)} | {counter[1].get(k, 0)} |"
        if extra:
            row += f" {len(extra[0].get(k, ()))} | {len(extra[1].get(k, ()))} |"
        lines.append(row)
    return "\n".join(lines)


def write(seed, stats):
    halves = [stats["dev.jsonl"], stats["heldout.jsonl"]]
    c = {k: [collections.Counter(), collections.Counter()] for k in ("spans", "negs", "chan", "lang")}
    tids = [h[1] for h in halves]
    for i, (msgs, _) in enumerate(halves):
        for m in msgs:
            c["chan"][i][m["channel"]] += 1
            c["lang"][i][m["lang"]] += 1
            for s in m["spans"]:
                c["spans"][i][s["type"]] += 1
            for n in m["negatives"]:
                c["negs"][i][n["kind"]] += 1
    email_sizes = [len(m["text"]) for msgs, _ in halves for m in msgs if m["channel"] == "email"]
    out = f"""# Scrub corpus blind52 — non-native writers and border regions

This corpus was written **blind**: its author did not open, read, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/`, nor the git
history. It was written from public knowledge of how people write to customer care.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Non-native writers and border regions: German, Polish, Turkish, Moroccan-Dutch, Portuguese and English-speaking
expat customers writing Dutch or English with grammar mistakes and their own word order; French-speaking Belgians
and Luxembourgers; foreign phone numbers (+49, +48, +90, +212, +351, +352, +33, +44, +1 in many notations), foreign
IBANs (DE, PL, TR, PT, LU, FR, GB, ES, IT, AT as well as NL/BE), foreign postcodes and addresses (D-, 00-590, L-1611,
1100-053, Turkish "No: D:" and Moroccan "n°" styles), foreign dates (DD.MM.YYYY, months written out in German,
Polish, Turkish, Portuguese, French, Luxembourgish, English) and messages mixing two languages. E-mail frames use
mail clients in the writer's language (German/Polish/Turkish/Portuguese quote and forward headers, disclaimers).

## Generation

```
python3 generate_blind.py --seed {seed}
```

Python 3.11 standard library only. Modules: `values.py` (PII value generators and validators), `negs.py`
(hard-negative generators), `pools.py` (filler pools), `templates.py` (message templates per language and
situation), `frames.py` (e-mail frames), `readme.py`.

## Split rule

Templates are written in groups (language key × situation: account, payment, identity, contact, tech, delivery,
mixed, public, agent; e-mail subject/greeting/closing/signature per language; shared quote headers, forward headers,
disclaimers). Each group is dealt alternately: even index to dev, odd index to heldout. Every filler pool (names per
origin, streets and cities per country, brands, agents, mentions, hashtags, URL paths, model numbers, SSIDs, company
phone numbers, plates) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are
injected only into literal template text, never into labelled values.

## Labelling conventions and judgement calls

- Spans cover the value only (no cue word, no surrounding punctuation). Every occurrence is labelled, including
  values repeated by an agent or inside quoted history (`> `).
- Belgian national register numbers are labelled `bsn` (valid check digits, also post-2000 rule).
- Door, gate, key-safe and alarm codes are `pin` (sometimes with a trailing `#`/`*`, included in the span).
- OTPs may be dictated as words (Dutch/English/French/German digit words); the whole word sequence is one span.
- `G-123456` style codes: the prefix is part of the OTP span.
- Router admin passwords are `password`; the user name "admin" is not labelled.
- A `Bearer`/JWT token: span is the token only.
- EAN connection numbers (18 digits, 871...) are `customer_number`; 13-digit product EANs are `product_code` negatives.
- Addresses: street + number with postcode/city where written, one line; the Belgian `bus`/`boîte` and the Polish
  `/4`, `m. 4`, Portuguese `2º Esq.`, Turkish `No: D:` are inside the span. A city alone is not labelled.
- The organisation's own e-mail addresses in quote/forward headers (`klantenservice@brand.nl`) are neither span nor
  negative (not personal data, no negative kind exists for them).
- Names, cities, SSIDs, licence plates, agent initials (`^AB`) and macro placeholders (`{{first_name}}`, `[NAAM]`) are unlabelled.
- Masked values (`****1234`, `NL** **** **** **12 3456`, `j***@gmail.com`) are `masked_value` negatives.
- Company phone numbers (also in agent messages and disclaimers) are `company_phone`; KvK, BTW, Belgian enterprise
  numbers, RCS Luxembourg, HRB and UK company numbers are `company_registration`.
- Dates of birth vs. other dates: only a date given as birth date is `date_of_birth`; appointment, delivery and
  quote-header dates are `date` negatives.

## Known limitations

- Template text is hand-written but values are random; some combinations are unlikely (e.g. a Turkish address in a
  Dutch utility context). Moroccan phone and address formats are approximations.
- Luxembourgish and Polish/Turkish inserts are short phrases written from general knowledge, not by native speakers.
- Addresses are always on one line; multi-line postal blocks are not covered.
- US writers have no IBAN of their own; they are given Dutch accounts.
- E-mail sizes: min {min(email_sizes)}, median {sorted(email_sizes)[len(email_sizes) // 2]}, max {max(email_sizes)} characters.

## Counts

Messages: dev {len(halves[0][0])}, heldout {len(halves[1][0])}.
"""
    out += table("Spans per type (with number of distinct templates producing them)", c["spans"], tids)
    out += "\n" + table("Negatives per kind", c["negs"])
    out += "\n" + table("Channels", c["chan"])
    out += "\n" + table("Languages", c["lang"]) + "\n"
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(out)
