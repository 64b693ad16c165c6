"""Builds README.md with count tables."""
import collections


def table(rows, head):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    for r in rows:
        out.append('| ' + ' | '.join(str(x) for x in r) + ' |')
    return '\n'.join(out)


def build(seed, stats):
    L = []
    L.append('# Scrub corpus blind61 (b61): hacked, hijacked and locked-out accounts\n')
    L.append('Written **blind**: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, '
             '`bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), '
             'nor the git history. No scrubber or scorer was run. Values and phrasing come from public knowledge of how '
             'platforms format messages and how customers write.\n')
    L.append('**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n')
    L.append('## Emphasis\n\nAccount takeover and recovery: social media, e-mail, gaming, streaming, webshop and banking-app accounts '
             'taken over; lost second factor (new phone, lost authenticator, SIM swap, PUK lock). Customers paste old/new passwords, '
             'backup codes, recovery e-mails, usernames, phone numbers, the SMS code they just got (also read out as words), '
             'pasted SMS/notification/screenshot text; agents answer with steps, ticket numbers, masked values and service numbers. '
             'Languages nl, nl-be, fr-be, en-gb, en-us; all ten channels.\n')
    L.append('## Generation\n\n```\ncd tests/scrub_corpus/blind61\npython3 generate_blind.py --seed %d\n```\n\n'
             'Python 3.11 standard library only. Modules: `values.py` (value generators with checksums), `pools.py` (filler pools), '
             '`tpl_nl.py`, `tpl_be.py`, `tpl_en.py`, `tpl_paste.py`, `tpl_pairs.py` (template groups), `readme.py`. Output: `dev.jsonl`, `heldout.jsonl`, this README.\n' % seed)
    L.append('## Split rule\n\nTemplates are written in groups (language, kind, situation: chat clauses, public posts, agent replies, '
             'e-mail greetings, signatures, quote headers, disclaimers, subject lines, pasted SMS text). Member *i* of each group '
             'goes to dev if *i* is even and to heldout if odd, so no template, frame, greeting, signature or quote block is '
             'shared. Every filler pool (first/last names, streets, cities, brands per sector, agent names, mentions, hashtags, '
             'URLs, SSIDs, company names) is dealt the same way. Half *h* uses `random.Random(seed * 2 + h)`. Typos are injected '
             'only into literal template text (never into values, negatives or fillers). To keep every value type present in both halves, the member order inside groups was fixed once (statically, in the source files) by a small balancing pass, and `tpl_pairs.py` holds groups written in pairs: two differently worded templates with the same value types, one per half. Labelled values are shared across one message (so repeats are labelled each time); negatives are drawn fresh per template.\n')
    L.append('## Labelling conventions and judgement calls\n\n'
             '- Spans cover the value only, never the cue word; every occurrence is labelled (agent replies and quoted history repeat values).\n'
             '- Backup / recovery codes (`1234 5678`, `abcde-12345`, `ABCD-EFGH-JKLM`) are labelled `otp` (they are single-use second-factor codes).\n'
             '- OTPs read out as words (`vier twee zeven ...`, `quatre sept ...`) are labelled `otp` over the whole word sequence.\n'
             '- `password` includes router admin passwords and old and new passwords. Wi-Fi keys are `wifi_key`; the SSID is never labelled.\n'
             '- `username` is labelled for login names / gamertags given for login or recovery. Public @handles of brands are `mention` negatives.\n'
             '- The attacker\'s IP address shown in a "new sign-in" notice is still labelled `ip_address`.\n'
             '- The e-mail address a hacker changed the account to is labelled `email` when written out; masked addresses (`j***a@gmail.com`) are `masked_value`.\n'
             '- Belgian national register numbers are labelled `bsn`, like the Dutch BSN.\n'
             '- `customer_number` covers customer, account, member, subscriber numbers and EAN-like 18-digit connection codes.\n'
             '- Gate/keysafe codes and SIM/phone PINs are `pin`; PUK is `puk`.\n'
             '- Order numbers, ticket/case/dossier numbers, tracking numbers are negatives even when long and numeric.\n'
             '- `quantity` negatives include the unit (`3 pogingen`, `5 times`); `amount` negatives include the currency sign/word.\n'
             '- Brand names, agent names and personal names are not labelled and not negatives. E-mail headers in quoted history carry brand names only, no brand e-mail addresses.\n'
             '- Company phone numbers (service lines in replies, disclaimers, pasted mails) are `company_phone` negatives; KvK/BTW/ondernemingsnummer/VAT/Company No./EIN are `company_registration`.\n')
    L.append('## Known limitations\n\n'
             '- Template-based: sentence skeletons repeat within a half; variety comes from combining 1-5 clauses, frames and value formats.\n'
             '- Values are synthetic: IBAN bank codes are real-looking but account numbers random; card BINs generic (4, 5x, 2221, 34/37).\n'
             '- Addresses are single-line; no multi-line address blocks. No name labelling (by design).\n'
             '- Some negative kinds (flight_number, meter_reading, port, checksum, percentage, product_code, request_id) are absent and `year` is rare given the emphasis.\n- Agent replies sometimes show a masked value in a format that does not match the product mentioned (e.g. a masked IBAN for a card).\n- Self-check in the generator: offsets in range, no surrounding white space, no overlap among spans/negatives, Luhn, mod-97, 11-proof and Belgian register-number checks.\n'
             '- en-gb and en-us share English templates; they differ in values (phones, addresses, dates, currency) and pools.\n')
    L.append('## Counts\n')
    for name, msgs, tcount in stats:
        L.append('### %s\n\nMessages: %d\n' % (name, len(msgs)))
        sp = collections.Counter(s['type'] for m in msgs for s in m['spans'])
        L.append(table([(k, v, len(tcount.get(k, ()))) for k, v in sorted(sp.items())], ['span type', 'count', 'distinct templates']) + '\n')
        ng = collections.Counter(s['kind'] for m in msgs for s in m['negatives'])
        L.append(table(sorted(ng.items()), ['negative kind', 'count']) + '\n')
        chn = collections.Counter(m['channel'] for m in msgs)
        L.append(table(sorted(chn.items()), ['channel', 'messages']) + '\n')
        lg = collections.Counter(m['lang'] for m in msgs)
        L.append(table(sorted(lg.items()), ['lang', 'messages']) + '\n')
    return '\n'.join(L)
