"""README text; generate_blind.py --readme fills in the seed and the count tables."""

TEXT = """# Scrub corpus blind24 (written blind)

Labelled test corpus of social customer-care traffic for the scrubber. It was written **blind**:
from the brief, from public knowledge of how platforms and mail clients format messages and from
how people write. The author did not open, read, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/` or any other corpus, scorer or generator under `tests/scrub_corpus/`
(only the names of the sibling directories were seen once when listing the parent folder), did not
read git history, and did not run any scrubber or scorer on this data.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Small-business customers and long threads: shop owners with payment terminals (merchant ids, terminal
admin codes, error codes, firmware versions), webshop admins (shop-platform logins, payment-provider API
keys, webhook signing secrets, access tokens), accountants and bookkeepers writing on behalf of clients
(BSN / rijksregisternummer, dates of birth, tax-portal logins forwarded by clients), landlords and
property managers (tenant IBANs, key-safe / alarm / gate codes, guest wifi keys, meter readings),
freelancers. E-mail threads carry quoted history up to three levels deep (`> `, `>`, `> > `, and
Outlook-style `-----Original Message-----` / `Van:` / `De :` blocks without prefixes), forwarded
messages, pasted forms (`Naam: ... / Klantnummer: ...`), ticket exports, CSV / semicolon / markdown
table lines, out-of-office replies, agent internal notes and handovers, and threads that switch between
Dutch, French and English (a Flemish customer quoted by a French-speaking agent, an English expat
answered in Dutch). About a third of the messages carry no span at all, and hard negatives (ticket,
order and invoice numbers, error codes, meter readings, masked values, company phone numbers, KvK / VAT
numbers, request ids, checksums, ports, versions) are put next to credential talk.

## Files

- `generate_blind.py` - entry point; `python3 generate_blind.py --seed {SEED}` writes `dev.jsonl` and
  `heldout.jsonl` beside itself (`--readme` also rewrites this file's tables). Standard library only.
- `core.py` - segments with offsets, quoting, template rendering, checksums and the self-check.
- `values.py` - value generators (span values and hard-negative values) and the per-message persona.
- `phrases.py` - filler pools (names, streets, cities, businesses, brands).
- `templates.py`, `t_nl.py`, `t_nlbe.py`, `t_fr.py`, `t_en.py` - templates per language and the dealer.
- `dev.jsonl` (965 messages) and `heldout.jsonl` (955 messages), seed {SEED}.

Record format: `{"id": "b24-dev-00000", "channel", "lang", "visibility", "text", "spans": [{"type",
"start", "end"}], "negatives": [{"kind", "start", "end"}]}`; offsets are Python string indices, end
exclusive.

## Generation and split rule

Each half uses its own `random.Random(seed * 2 + half)` (dev = 0, heldout = 1). Messages are composed
from templates with typed placeholders; every placeholder records its offsets when rendered, and the
e-mail quoter remaps offsets when it prefixes lines.

The halves share no template: every template list (per language group and category: chat, public post,
agent reply, internal note, customer mail body, agent mail body, greeting, closing, signature, quote
header, forward header, forward body, out-of-office, pasted form, table/export, context paragraph, chat
opener ...) is grouped by its first labelled type (or "none") and its en-gb / en-us restriction, and the
members of each group are dealt alternately to dev and heldout. All filler pools are dealt the same way:
first and last names, streets, cities, customer businesses, the service companies written to (and their
social handles), payment providers, shop platforms, terminal brands and models, telcos, banks,
accounting packages, energy suppliers, government portals, e-mail domains, devices, messaging apps,
payment schemes. Vendor-specific key shapes follow the brand, so e.g. `sk_live_` / `whsec_` keys only
occur in the half that holds Stripe and `shpat_` / `shpss_` only in the half that holds Shopify. The
self-check fails if a template id, a filler value or a listed brand word occurs in both halves.

Realism: typing noise (lower case, ALL CAPS, letter swaps / drops / doubles, stripped punctuation,
emoji) is applied to the literal text of chat, public and some mail templates, never inside a value,
so cue words get misspelt as well. Values appear glued to punctuation, before their cue, on the next
line, without any cue (a bare answer), spelled out in words ("vier zes twee een", "zéro quatre..."),
dictated digit by digit, and as corrections ("de pincode is 4821 niet 4812").

## Labelling conventions

- Spans cover the value only, never the cue word; every occurrence is labelled, also in quoted history,
  headers and signatures, and also when an agent echoes it.
- `password`: any password/passphrase, old, new or temporary, router admin passwords, passwords of
  kassa apps, portals and shop dashboards. `pin`: card/SIM/app PINs, numeric terminal admin codes,
  key-safe, door, gate and alarm codes. `otp`: SMS / 2FA / verification / activation codes sent to the
  customer, including alphanumeric activation codes and `G-123456` shapes (the whole code).
- `api_key`: API keys and API / app secrets, including webhook signing secrets (`whsec_...` and plain hex
  or base64 webhook secrets), Shopify `shpss_` secrets, WooCommerce `ck_` / `cs_`, AWS access key id and
  secret key (two spans). `token`: bearer / session / access tokens, JWTs, Shopify `shpat_` and Magento
  integration access tokens, `ghp_`, `glpat-`, `xoxb-`, session cookies.
- `username`: login names and user ids; an e-mail address used as login is `email`.
- `bsn`: Dutch BSN (11-proof) or Belgian rijksregisternummer (checksum valid, also for births from 2000).
- `customer_number`: customer, account, contract, merchant (MID) and membership numbers, and the
  employee / payroll number a client quotes to their bookkeeper.
- `email`: every address of a person, customer or agent, including the customer's business mailbox
  (`info@shop...`) and obfuscated forms (`jan . de . vries @ gmail . com`, `x[at]y[dot]nl`); the
  whole obfuscated string is one span.
- `phone`: personal numbers in any national or international format, also dictated digit by digit or
  spelled in words. The company's own service numbers are `company_phone` negatives.
- `address`: street and number with postcode and city when written; a multi-line address is one span
  (inside quoted history the span includes the quote prefixes of its continuation lines). A city alone
  is not labelled.
- `ip_address`: the customer's IPs, including LAN addresses of the customer's own till or terminal.
- When a customer corrects a value both the wrong and the right value are labelled.
- Not labelled: names, agent initials (`^JV`), SSIDs, cities, brands, macro placeholders
  (`{klantnaam}`, `[CODE]`, `{first_name}`), pure masks.
- Negatives cover the value only (`KvK 12345678` -> `12345678`); meter readings include an attached
  unit; the customer's own KvK / VAT / ondernemingsnummer / EIN are `company_registration`; masked card,
  IBAN, phone, e-mail and key forms are `masked_value`; dates in quote headers are `date` negatives while
  a date of birth is a span.

## Known limitations

- Threads are stitched from independent bodies, so a quoted agent reply does not always answer the
  message it quotes, and a chat that merges two bubbles can switch topic.
- All values are synthetic (checksums are valid; addresses, postcodes and phone ranges only look
  plausible). English-language customers sometimes carry Dutch or Belgian values (expats), US customers
  only get an IBAN in that case.
- Generic key shapes (`SG.`, `AIza`, `xkeysib-`, `sk-proj-`, plain hex) occur in both halves; only the
  brand-specific shapes follow the brand split. Negative values such as error codes and ticket numbers
  are drawn from shared shape lists.
- `email` and `phone` spans dominate the counts because of quote headers and signatures.
- Time ranges, VAT rates and hashtags are random within plausible sets, so some combinations are odd.
- No voice transcripts, attachments or HTML mail; e-mails are plain text.

## Counts (seed {SEED})

{TABLES}"""
