"""README writer for the blind95 corpus."""
import collections


def _table(title, counter, extra=None):
    lines = [f"\n### {title}\n", "| key | dev | heldout |" + (" templates dev | templates heldout |" if extra else ""),
             "|---|---|---|" + ("---|---|" if extra else "")]
    keys = sorted(set(counter["dev"]) | set(counter["heldout"]))
    for k in keys:
        row = f"| {k} | {counter['dev'].get(k, 0)} | {counter['heldout'].get(k, 0)} |"
        if extra:
            row += f" {len(extra['dev'].get(k, ()))} | {len(extra['heldout'].get(k, ()))} |"
        lines.append(row)
    return "\n".join(lines) + "\n"


def make(seed, stats, groups):
    spans, negs, chans, langs, msgs = {}, {}, {}, {}, {}
    tmpl = {}
    for name, (recs, tidmap) in stats.items():
        msgs[name] = len(recs)
        spans[name] = collections.Counter(s["type"] for r in recs for s in r["spans"])
        negs[name] = collections.Counter(s["kind"] for r in recs for s in r["negatives"])
        chans[name] = collections.Counter(r["channel"] for r in recs)
        langs[name] = collections.Counter(r["lang"] for r in recs)
        tmpl[name] = tidmap
    ntpl = sum(len(lst) for g in groups.values() for lst in g.values())
    emails = {n: [r for r in stats[n][0] if r["channel"] == "email"] for n in stats}
    out = f"""# Scrub corpus blind95 — SME telecom/IT, freelancer accounting & payroll, funeral services & insurers

Labelled webcare messages for testing a PII scrubber. **This corpus was written blind**: its author did
not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any
other corpus, scorer or generator under `tests/scrub_corpus/`, and did not read git history. Only
`tests/scrub_corpus/BRIEF.md` was read. No scrubber or scorer was run.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

- Telecom for small businesses and SME IT support: business lines, number porting, hosted PBX/VoIP
  (SIP accounts, extensions, voicemail PINs), managed routers (admin passwords, Wi-Fi keys, fixed IPs),
  Microsoft 365 / Google Workspace admin logins and MFA codes, MSP helpdesks and remote support.
- Freelancers' accounting software (bank feeds, API keys, VAT returns) and payroll providers
  (employee IBANs, BSN / national register numbers, dates of birth, payslip portals).
- Funeral services and funeral/life insurers: next of kin writing about a deceased relative's policies,
  accounts, direct debits, phone contracts and mailboxes.
- Dutch, Belgian (Flemish and French), UK and US customers over all channels, with typos, e-mail
  signatures, quoted history, forwarded headers, disclaimers and agent replies.

## Generation

```
cd tests/scrub_corpus/blind95
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (value generators and validators), `negs.py` (hard negatives), `pools.py` (filler
pools), `templates_nl.py`, `templates_be.py` (nl-be and fr-be), `templates_en.py` (en-gb and en-us share
English templates; values are localised per language), `readme.py`, `generate_blind.py` (engine and
self-check). {ntpl} templates in total (bodies, greetings, signatures, quote headers, forward headers,
disclaimers, agent signatures).

## Split rule

Templates are written in groups per language key (nl, nl-be, fr-be, en) and kind (public post, direct
message, e-mail body, agent reply, greeting, signature, agent signature, quote header, forward header,
disclaimer). Each group is dealt alternately: even index to dev, odd index to heldout. Every filler pool
(names, companies, streets, cities, brands with handles, agents, URLs, models, SSIDs, hashtags, company
phone numbers, mail domains, placeholders) is dealt the same way. Each half uses its own
`random.Random(seed * 2 + half)`. The generator asserts that no template id contributes spans to both
halves. Typos are injected only into literal template text (cue words included), never into values.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord:", "IBAN", "PIN"), and every occurrence is
  labelled, also when an agent reply or quoted history repeats it. Quoted values that contained a line
  break (multi-line addresses) are re-flowed with ", " inside the quote.
- Login names that are e-mail addresses are labelled `email`, not `username`; `username` is used for
  non-e-mail login names (including `DOMAIN\\user` forms and portal IDs).
- Google-style SMS codes written as `G-123456`: only the digits are labelled `otp`. OTPs dictated as
  words ("vier acht een ...") are one `otp` span from first to last word.
- Voicemail PINs, SIP extension PINs, alarm/keybox/door codes and phone unlock codes are `pin`.
- SIP account passwords, router admin passwords and portal passwords are `password`; Wi-Fi network keys
  are `wifi_key` (the SSID is an unlabelled filler).
- AWS access key id and secret are two separate `api_key` spans. Bearer/JWT/OAuth/PAT/session values
  are `token` (the word "Bearer" is not included).
- Belgian national register numbers (rijksregisternummer / numéro de registre national) are `bsn`.
- Customer, account, contract, subscriber, member, policy numbers and EAN connection codes are
  `customer_number`. Order, ticket/case/claim, invoice numbers are negatives.
- Dates of death, funeral dates and appointment dates are `date` negatives; only dates of birth are
  `date_of_birth`.
- The organisation's own service numbers (including in agent signatures) are `company_phone`
  negatives; a person's numbers (customer, relative, freelancer in a signature) are `phone`.
- KvK, BTW/VAT, ondernemingsnummer, company numbers and US EINs are `company_registration` negatives,
  even for one-person businesses.
- Device models are `model_number` (only the model designation; the brand word is not part of it).
- All IP addresses that appear are public WAN / fixed IP addresses of the customer and are labelled
  `ip_address`.
- Names, cities alone, SSIDs, licence plates, agent names/initials and macro placeholders are never
  labelled.

## Known limitations

- Templated text: although phrasing varies a lot, a template is reused several times per half with
  different values, so the corpus has fewer distinct sentences than messages.
- English templates are shared by en-gb and en-us; only values (phones, addresses, dates, currency) are
  localised, so some US messages use British spelling.
- Values are synthetic: IBANs/cards/BSNs/national numbers are checksum-valid but random; phone numbers
  use realistic formats (US numbers use 555-01xx); company phone numbers and URLs are partly invented.
- Only digits-based OTPs; no QR/TOTP seeds. No IPv4 private (LAN) addresses appear.
- Typos are simple (swap, drop, double, neighbour key), at most three per message.

## Counts

Messages: dev {msgs['dev']}, heldout {msgs['heldout']}.
E-mails: dev {len(emails['dev'])} (median {sorted(len(r['text']) for r in emails['dev'])[len(emails['dev']) // 2]} chars),
heldout {len(emails['heldout'])} (median {sorted(len(r['text']) for r in emails['heldout'])[len(emails['heldout']) // 2]} chars).
"""
    out += _table("Spans per type (with number of distinct templates contributing)", spans, tmpl)
    out += _table("Negatives per kind", negs)
    out += _table("Channels", chans)
    out += _table("Languages", langs)
    return out
