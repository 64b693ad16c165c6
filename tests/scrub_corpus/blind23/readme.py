"""Writes README.md for the blind23 corpus (static text plus count tables)."""
import core

HEAD = """# Scrub corpus blind23 (written blind)

**Detector authors must never open `heldout.jsonl` or the generator (`generate_blind.py`, `core.py`,
`pools.py`, `t_*.py`, `readme.py`); they may only run a scorer over `heldout.jsonl`.**

## How it was written

This corpus was written blind, from the corpus brief, public knowledge of how the platforms format
messages and how people write to customer care. While writing it I did not open, read, grep, list or run
anything under `functions/`, `tests/unit/`, `bench/`, `docs/` or any other corpus, scorer or generator
under `tests/scrub_corpus/`, did not read git history, did not run any scrubber or scorer on the data
and did not search the web for the project. Only the Python standard library is used.

## Emphasis

Customers writing from a phone, in a hurry and in the middle of something: voice-to-text dictation
(numbers as words, "komma", "punt", "vraagteken", "arobase", "question mark" left in the text), forwarded
or pasted SMS and app notifications, text the customer copied off a screen ("op het scherm staat ...",
"the screen says ..."), people helping a parent or partner, home internet (router, modem, TV box / decoder,
wifi sticker, mesh), SIM swaps, PUK and eSIM activation, bank-card activation, cards blocked at a shop
till, parcel lockers and door / gate / key-safe codes, alarm systems, energy and water meters. About a
third of the messages carry no secret at all, and hard negatives (error codes, meter readings, masked
card numbers, order and tracking numbers, amounts, model numbers ...) sit right next to credential talk.

## Generation

    python3 generate_blind.py --seed {seed}

writes `dev.jsonl`, `heldout.jsonl` and this README beside the script. Everything is deterministic
for a given seed. Modules: `core.py` (value generators with checksums, renderer, noise, self-check),
`pools.py` (names, streets, cities, brands, cue phrasings, e-mail frames), `t_nl.py`, `t_nlbe.py`,
`t_frbe.py`, `t_en.py` (templates per language), `readme.py` (this file). Each half uses its own
`random.Random(seed * 2 + half)` (dev = 0, heldout = 1). {ntpl} templates and frames in total.

The generator runs a self-check before writing anything and exits with an error if a span or negative is
out of range, has surrounding white space, overlaps another span or negative, if a card number fails
Luhn, an IBAN fails mod-97, a BSN fails the 11-test or a Belgian national register number fails its
mod-97 check, or if any template, name, street, city, brand, domain, cue phrasing or frame ends up in
both halves.

## Split rule

Templates (chat lines, public posts, agent replies, e-mail bodies, signatures, quoted-history blocks,
subject lines, extra paragraphs) are grouped by (language, register, first span type; `none` when the
template has no span) and the members of each group are dealt alternately to dev and heldout; the
alternation carries on from one group to the next within a language and register, so single-member
groups alternate too, and a text that occurs in several languages (a bare-name signature) stays in one
half. Filler pools (first and last names, streets, cities, brands per sector and region, ISP mail domains, relatives
such as "mijn moeder", hashtags, chat openers and closers, e-mail greetings, closings and "sent from"
lines) are dealt alternately with a global de-duplication, so a string never occurs in both halves;
cue phrasings ("pincode", "clé wifi", "account no.") are dealt per (language, type). Only the big
webmail domains (gmail.com, hotmail.com, outlook.com, icloud.com, yahoo.com) and emoji are shared.
Values are random per message.

## Labelling conventions

- Offsets are Python string indices into `text`, end exclusive; a span covers the value only, never the
  cue word ("PUK", "wachtwoord", "code secret").
- Every occurrence is labelled, also when an agent echoes a value back by mistake and when a customer
  corrects a value ("it's 1670 not 1760": both labelled `pin`).
- Dictated values are labelled as written ("drie vier negen zeven", "jan punt devries at gmail punt com",
  "Zomer 2019 uitroepteken").
- `otp` covers SMS / verification / login / activation / confirmation codes, card-reader response codes,
  parcel-locker collection codes sent by SMS and eSIM manual activation (matching) codes.
- `pin` covers card PINs, SIM PINs, phone passcodes, TV parental PINs, voicemail PINs, alarm user /
  master / installer codes, itsme codes, door, gate and key-safe codes.
- A router or modem admin password is `password`; the wifi key is `wifi_key`; the SSID is not labelled.
- `bsn` is used for Dutch BSNs and Belgian national register numbers.
- `address` spans street and number plus postcode and city when written, one span even across the lines
  of a signature; a city alone is not labelled.
- `customer_number` covers customer, account, contract and account-ID numbers of the customer.
- An agent's personal e-mail address in a quoted header is labelled `email`; company service numbers are
  the negative `company_phone`; KvK, BTW/VAT, ondernemingsnummer, company number and EIN are
  `company_registration`.
- Partly masked values (`**** 1234`, `NL** **** 12 34`, `j***@gmail.com`, `06******78`) are the
  negative `masked_value`; macro placeholders (`{{order_number}}`, `[CODE]`, `<code>`) and personal names
  are not labelled at all.
- Negatives: amounts include the currency sign or word; quantities include the unit; meter readings are
  the number only (unit left outside); error codes are the code as shown on the screen.

## Known limitations

- Templated text: every phrasing is reused a few times per half with different values, fillers and noise
  (lower case, ALL CAPS, dropped punctuation, typos in literal words, never inside values).
- Noise never touches values, so a value is never split by a typo; casing noise never changes a value.
- Some gender agreement between a relative ("mijn man") and a pronoun in the template can be off.
- UK postcodes and US ZIP codes are well-formed but not tied to the city; phone numbers are well-formed
  but random.
- Public posts sometimes contain secrets (people do post PUKs and codes publicly), so `visibility` does not
  predict the absence of spans.
- Router LAN addresses only occur inside `http://` URLs (negative `url`); a customer's public IP is
  labelled `ip_address`.

"""


def table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out) + "\n"


def render(seed, sts, ntpl):
    dev, held = sts
    s = HEAD.replace("{seed}", str(seed)).replace("{ntpl}", str(ntpl))
    s += "## Counts\n\n"
    s += table(["", "dev", "heldout"], [
        ["messages", dev["n"], held["n"]],
        ["messages without spans", dev["nospan"], held["nospan"]],
        ["messages with a high-risk span", dev["high"], held["high"]],
        ["messages with a hard negative", dev["neg"], held["neg"]],
        ["e-mails (length range, chars)", f"{len(dev['email_len'])} ({min(dev['email_len'])}-{max(dev['email_len'])})",
         f"{len(held['email_len'])} ({min(held['email_len'])}-{max(held['email_len'])})"],
    ])
    s += "\n### Spans per type (spans / distinct phrasings carrying the type)\n\n"
    rows = []
    for t in core.SPAN_TYPES:
        rows.append([t, f"{dev['types'][t]} / {len(dev['phr'][t])}", f"{held['types'][t]} / {len(held['phr'][t])}"])
    rows.append(["total", sum(dev["types"].values()), sum(held["types"].values())])
    s += table(["type", "dev", "heldout"], rows)
    s += "\n### Negatives per kind\n\n"
    rows = [[k, dev["kinds"][k], held["kinds"][k]] for k in core.NEG_KINDS]
    rows.append(["total", sum(dev["kinds"].values()), sum(held["kinds"].values())])
    s += table(["kind", "dev", "heldout"], rows)
    s += "\n### Channels\n\n"
    chans = ["whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment", "x_dm", "x_public",
             "facebook_comment", "email", "agent_reply"]
    s += table(["channel", "dev", "heldout"], [[c, dev["channels"][c], held["channels"][c]] for c in chans])
    s += "\n### Languages\n\n"
    s += table(["lang", "dev", "heldout"], [[l, dev["langs"][l], held["langs"][l]] for l in
                                            ["nl", "nl-be", "fr-be", "en-gb", "en-us"]])
    return s
