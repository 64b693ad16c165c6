HEAD = """# Scrub corpus blind114 — written blind

Labelled webcare messages for testing a PII scrubber. This corpus was **written blind**: while writing it the author
did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other
directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did not read git history. Only the
brief (`tests/scrub_corpus/BRIEF.md`) was read. No scrubber or scorer was run.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Sports clubs and sports ticketing, crypto exchanges and brokers, home security and alarm installers, bike sharing and
e-scooters, postal services, telecom shops abroad and roaming. Customers are Dutch, Belgian (Flemish and French),
UK and US; all ten channels; typos in cue words and literal text; e-mail signatures, quoted history ("Op ... schreef",
"Le ... a écrit", "On ... wrote:", "> " prefixes), forwarded headers, disclaimers; agent replies (which sometimes
repeat or leak values: temporary passwords, PUK codes, key-safe codes).

## Generation

    python3 generate_blind.py --seed {seed}

Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` (filler pools),
`tpl_nl.py`, `tpl_vl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language group), `readme_text.py`.

## Split rule

Templates are written in groups (language group x kind x sector: chat bodies per sector, public posts, agent replies,
greetings, closings, signatures, quote headers, disclaimers, pasted SMS texts, agent signatures, forward headers).
Within every group, members with an even index go to dev and odd to heldout, so no template, frame, greeting,
signature or quote block is shared between halves. Every filler pool (first/last names, streets, cities+postcode
prefixes, brands with their handles/service numbers/URLs, agents, hashtags, model numbers, SSIDs, countries, mail
domains) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. The generator asserts that no
template id that produced a span occurs in both halves. English templates are shared by en-gb and en-us (the language
label decides phone, address, date, amount and IBAN formats).

## Labelling conventions and judgement calls

* Spans cover the value only, never the cue ("wachtwoord", "IBAN", "PUK"); "#" typed after a gate code is outside the span.
* Every occurrence is labelled, including values repeated in quoted history, agent replies and signatures.
* `password` covers account, app, router admin passwords, temporary passwords given by agents, and the spoken
  passphrase/codeword agreed with an alarm monitoring centre.
* `pin` covers SIM PIN, phone unlock codes, alarm master/user codes, key-safe codes, gate and changing-room codes.
* `otp` covers SMS/app/e-mail codes, parcel-locker pick-up codes, bike unlock codes shown in an app, 2FA backup codes,
  eSIM activation codes (digits) and codes dictated as words ("vier acht ..."/"four eight ...").
* `api_key` covers API keys and API secrets (exchange API secret, AWS access key id and secret access key).
* `token` covers bearer/session/personal-access tokens.
* `bsn` is used for Dutch BSN (11-proof) and Belgian rijksregisternummer / numéro national (valid check digits); the
  US "SSN" template cue is followed by a date of birth only (no SSN value is generated).
* `address`: street + number, plus postcode/city where written. A street + number alone (neighbour's address for a
  parcel) is also labelled. A city alone is not.
* `customer_number`: customer/account/member/season-ticket/subscription/contract numbers.
* `phone`: any private person's number, including a neighbour/keyholder or relative. The brand's own numbers are
  `company_phone` negatives (also in agent signatures).
* Negatives: a crypto transaction hash/txid is a `request_id` negative (public blockchain reference, not personal);
  masked values (`****1234`, `NL** **** **** 1234 56`, `j***@gmail.com`, `06-****1234`) are `masked_value`;
  brand handles and other users' @handles are `mention`; quantities include units ("3 tickets", "20 GB", "5 werkdagen");
  crypto amounts ("0.0153 BTC") are `amount`.
* Not labelled: personal names, agent names and initials, cities, countries, SSIDs, weekday names, macro text.

## Known limitations

* Synthetic template text; brands are fictitious. Dutch/Flemish/French grammar around inserted fillers is sometimes
  slightly off (as in real hurried messages, but not deliberately).
* Typos are injected only in literal text (including cue words), never inside values or names.
* A whole message is sometimes lower-cased (literal text only; values keep their case).
* Agent-reply templates are not sector-specific, so a quoted agent reply may not match the customer's topic
  (e.g. a PUK code quoted under a parcel question). Time ranges in agent signatures are random.
* Only one level of nested quoting; no HTML e-mails; emoji are rare.
* Some hard negatives (ports, checksums, meter readings, product codes) are rare or absent given the emphasis.
"""
