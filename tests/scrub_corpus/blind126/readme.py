"""Writes README.md for the blind126 corpus."""
import collections


def _table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(path, seed, stats):
    L = []
    L.append("# Scrub corpus blind126 — garages, student housing, energy switching, libraries, dating apps, lost luggage\n")
    L.append("This corpus was **written blind**: its author did not open, list, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), did not read git history, and did not run any scrubber or scorer. "
             "Only `tests/scrub_corpus/BRIEF.md` was read. Messages were written from public knowledge of how platforms "
             "format messages and how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Car dealers and garages (servicing, APK/MOT/keuring, recalls, OBD fault codes, keybox codes, odometer readings), "
             "student housing (kot, tenancy references, deposits, door/bike-store codes, house wifi), energy comparison and "
             "switching sites (EAN/MPAN connection numbers, meter readings, direct debits, doorstep-seller scams), public "
             "libraries (library card numbers, kiosk PINs, fines), dating apps (account takeover, OTP scams, refunds) and "
             "airline lost luggage (WorldTracer file references, flight numbers, lock codes, refunds). Customers are Dutch, "
             "Belgian (Flemish and French-speaking), British and American; all ten channels; typos, e-mail signatures, "
             "forwarded headers, disclaimers, quoted history and agent replies that repeat values.\n")
    L.append("## Generation\n")
    L.append("```\ncd tests/scrub_corpus/blind126\npython3 generate_blind.py --seed %d\n```\n" % seed)
    L.append("Modules: `values.py` (value generators with check digits), `pools.py` (filler pools), `slots.py` "
             "(placeholder → span / negative / filler), `tpl_nl.py`, `tpl_be.py` (Flemish + Belgian French), `tpl_en.py` "
             "(UK + US, `GB|`/`US|` prefixes restrict a template to one locale), `tpl_wrap.py` (greetings, closings, "
             "signatures, quote headers, forwarded headers, subjects, disclaimers, agent signatures, chat prefixes), "
             "`generate_blind.py` (assembly, typos, self-check), `readme.py`.\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language family × domain × kind: customer / public / agent; wrappers per "
             "language family × wrapper kind). Every group is dealt alternately: even index → dev, odd → heldout, so no "
             "template, greeting, signature, quote header or disclaimer is shared between the halves. Every filler pool "
             "(first and last names, streets, cities, brands, agents, handles, hashtags, URLs, SSIDs, plates, cars, model "
             "and part numbers, airport and airline codes) is dealt the same way. Each half uses its own "
             "`random.Random(seed * 2 + half)`. The generator asserts that no span-bearing template id occurs in both halves.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word; every occurrence is labelled, also when an agent repeats it or it appears in a `> ` quoted block.
- Multi-line addresses (signatures) are one `address` span including the internal newline; inside quoted blocks the newline is rendered as `, `.
- `address` is street + house number (+ bus/bte/flat/apt) with postcode and city when written; street + number alone is also an address. A city alone is not labelled.
- Key-box, lock (suitcase combination), door, bike-store and alarm codes are `pin`; SIM PIN and card PIN are `pin`; the PUK is `puk`.
- OTPs dictated as number words ("vier zeven twee ...", "zéro un deux ...") are one `otp` span over all words.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn` and carry valid check digits (pre- and post-2000 variants).
- `customer_number` covers customer, contract, tenancy, library card/reader, dating-profile ID, frequent-flyer number, EAN/MPAN connection numbers and policy numbers.
- WorldTracer file references (e.g. station + airline + 5 digits), claim, case, booking and repair-job references are `ticket_number` negatives, not customer numbers.
- OBD fault codes (P0420 etc.) and app error codes are `error_code` negatives; odometer (kilometre/mileage) readings are `meter_reading` negatives, like energy meter readings.
- Licence plates, SSIDs, personal names, agent initials (`^AB`) and macro placeholders (`{first_name}`, `[NAAM]`, `<code>`) are not labelled at all.
- Public @handles of customers and brands are `mention` negatives, not usernames. Masked values (`****1234`, `j****@gmail.com`, `NL** **** **** 1234 56`) are `masked_value` negatives.
- Company service numbers (also in agent signatures and disclaimers) are `company_phone`; KvK, BTW/VAT, ondernemingsnummer/BCE and UK company numbers are `company_registration` (value only, without the cue).
- An AWS access key id and its secret are both `api_key`; bearer/JWT/OAuth/`ghp_` tokens and bare hex tokens are `token`.
- Typos are injected only into literal text and cue words (swap, drop, double, neighbouring key); labelled values are never altered. Some chat messages are lower-cased in their literal text only.
""")
    L.append("## Known limitations\n")
    L.append("""- Template-based: sentence frames repeat within a half (each template is used many times with fresh values).
- Values within one message are cached per placeholder, so a value repeated by an agent or a quote is character-identical (real agents sometimes reformat).
- Phone numbers and IBANs are syntactically plausible and checksum-valid where required, but not verified against real numbering plans or bank codes.
- Belgian French and Flemish template pools are smaller than the Dutch and English ones; 25% of Flemish customer messages use Netherlands-Dutch templates.
- Quoted history is at most one level deep; no HTML e-mail.
""")
    L.append("## Counts per half\n")
    for name, (recs, tidmap) in stats.items():
        L.append("### %s\n" % name)
        L.append("Messages: %d; e-mails: %d (median length %d chars)\n" % (
            len(recs), sum(r["channel"] == "email" for r in recs),
            sorted(len(r["text"]) for r in recs if r["channel"] == "email")[sum(r["channel"] == "email" for r in recs) // 2]))
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        L.append(_table(["span type", "count", "distinct templates"], [(k, sc[k], len(tidmap[k])) for k in sorted(sc)]) + "\n")
        nc = collections.Counter(s["kind"] for r in recs for s in r["negatives"])
        L.append(_table(["negative kind", "count"], sorted(nc.items())) + "\n")
        cc = collections.Counter(r["channel"] for r in recs)
        L.append(_table(["channel", "messages"], sorted(cc.items())) + "\n")
        lc = collections.Counter(r["lang"] for r in recs)
        L.append(_table(["lang", "messages"], sorted(lc.items())) + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))
