README_HEAD = """# Scrub corpus blind89 — pets & vets, moving & self-storage, libraries, museums, theatres & ticketing

Written **blind**: the author did not open, read, grep, list or run anything under `functions/`, `tests/unit/`,
`bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (other corpora, scorers,
generators), did not look at git history, and did not run any scrubber or scorer. Everything here comes from
public knowledge of how platforms format messages and how people write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Pet owners and veterinary clinics (pet insurance claims and policies, microchip registrations and transfers,
repeat prescriptions, appointment portals), moving companies and self-storage (key-safe / gate / unit access
codes, alarm codes, inventories, old and new addresses, deposits, final meter readings), public libraries,
museums, theatres and concert ticketing (library cards and PINs, member logins, ticket transfers, e-tickets,
box-office refunds, box-office API integrations). Customers from the Netherlands, Belgium (Dutch and French),
the UK and the US; channels x_public, x_dm, facebook_comment, instagram_comment, instagram_dm, messenger,
whatsapp, telegram, email, agent_reply.

## Generation

```
python3 generate_blind.py --seed {seed}
```

Run inside this directory; writes `dev.jsonl`, `heldout.jsonl` and this README. Modules: `values.py`
(labelled-value generators with Luhn / mod-97 / 11-proof / Belgian national-register checks),
`negatives.py` (hard-negative generators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_vl.py`, `tpl_fr.py`,
`tpl_en.py` (templates and e-mail / agent frames per language).

## Split rule

Templates are written in groups (language module, kind, situation). Inside each group members are dealt
alternately: even index to dev, odd to heldout. E-mail frames (subject lines, greetings, closings,
signatures, quote headers, forward headers, agent signatures, disclaimers) are dealt the same way, as is every
filler pool (first/last names, streets, cities, vets, insurers, chip registries, movers, storage firms,
libraries, museums, theatres, ticket sellers, agents, pet names, drugs, shows, SSIDs, mentions, hashtags, URL
domains and paths, model numbers, product codes). So no template, frame, greeting, signature or quote block
is shared between the halves. Each half draws from its own `random.Random(seed * 2 + half)`. Typos are
injected only into literal text (cue words included), never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord:", "IBAN", "code"). Every occurrence is labelled,
  including repeats in agent replies and in quoted e-mail history.
- Gate codes, key-safe codes, alarm codes, storage-unit PINs and library-card PINs are `pin`. A gate code
  written as `*4821#` or `4821#` is labelled including the `*`/`#` since that is what is keyed in.
- Ticket-transfer codes, 2FA codes, SMS verification codes and codes read out as words ("four eight two ...")
  are `otp`.
- Microchip (transponder) numbers, pet-insurance policy numbers, vet client / patient numbers, library card
  numbers, museum / theatre membership numbers, storage contract numbers and energy connection numbers
  (EAN / MPAN / supply numbers) are `customer_number`: each identifies the customer.
- Storage unit labels (e.g. "unit 3-207"), pet names, people's names, cities alone, SSIDs and agent initials are
  not labelled. Macro placeholders (`{{first_name}}`, `{{voornaam}}`, `<CODE>`, `[CODE]`) are not labelled.
- Belgian national register numbers (rijksregisternummer / numéro national) use type `bsn`, as the brief says.
- Addresses include postcode and city when written on the same or the next line; a multi-line address
  quoted with "> " is split into one span per line (the quote marker is not part of the value).
- A username is labelled only as a login name; e-mail addresses used as logins are labelled `email`.
- AWS-style secret keys next to a key id are `api_key`; session / bearer / OAuth tokens are `token`.
- Negatives: the organisation's own service numbers (agent signatures, "call us on") are `company_phone`;
  KvK, BTW/VAT, ondernemingsnummer and UK company numbers are `company_registration`; card/IBAN/phone/e-mail
  fragments shown with asterisks or bullets are `masked_value`; meter readings at move-out are `meter_reading`;
  order / quote references, claim and case numbers, invoices, tracking numbers, request ids, error codes, app
  versions, device models, product codes, flight numbers, ports, checksums, dates, times, amounts, quantities,
  percentages, URLs, @mentions and hashtags are marked wherever they appear.
"""

README_TAIL = """
## Known limitations

- Template bodies are fewer than real traffic's variety; each template is reused with fresh values, frames and
  channels, so per-template phrasing repeats inside a half (never across halves).
- English templates are shared by en-gb and en-us; only the values (phones, addresses, dates of birth, IBAN
  countries) follow the locale.
- Typos are simple (swap, drop, double, lower-case) and hit at most two words per message.
- Some public posts contain secrets (people do this), which may be over-represented compared to real traffic.
- Company e-mail addresses are deliberately absent, so there is no negative for them.
- Column "templates" counts templates and frames in the half that contain a slot of that type (not only those
  actually drawn).
"""
