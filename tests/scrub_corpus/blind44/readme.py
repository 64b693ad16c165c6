"""Writes README.md with counts."""
import collections


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def write(seed, stats):
    L = ["# Scrub corpus blind44 — e-mail and helpdesk traffic with many parties", "",
         "Written blind: the author did not open, read, grep or run anything under `functions/`, `tests/unit/`, `bench/`, "
         "`docs/`, `infra/`, or any other directory of `tests/scrub_corpus/` (other corpora, scorers, generators), and did not read git history. "
         "No scrubber or scorer was run.", "",
         "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
         "## Emphasis",
         "E-mail and helpdesk traffic: customers forwarding mails from other companies (full From/Sent/To/Subject headers), replies on quoted "
         "chains (`> `) sometimes in another language, agent replies with signatures (names, direct lines, switchboards, KvK/BTW/VAT/"
         "ondernemingsnummer, disclaimers), out-of-office auto-replies, helpdesk notification mails, internal handover notes quoting the "
         "customer, and customers writing on behalf of a colleague, parent or partner. Plus short chats, public posts and agent DMs.", "",
         "## Generation", f"`python3 generate_blind.py --seed {seed}` (run inside this directory; Python 3.11 stdlib only).", "",
         "## Split rule",
         "Templates live in groups per language and kind (greet, body, behalf, close, csig, agentbody, asig, disc, ooo, notif, fwdintro, "
         "fwdhdr, third, quotehdr, agent, handover, chat, public). Each group is dealt alternately: even index to dev, odd to heldout. "
         "Filler pools (first/last names, companies, cities, streets, SSIDs, hashtags, model numbers, URL patterns) are dealt the same way. "
         "Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal template text.", "",
         "## Labelling conventions and judgement calls",
         "- Spans cover the value only, never the cue word; every occurrence is labelled, including in quoted history.",
         "- All e-mail addresses are labelled `email`, including role mailboxes (noreply@, klantenservice@) in headers, because they sit in "
         "header lines next to personal ones.",
         "- Phone numbers: an agent's or third party's *direct line / mobile* is a person's phone (`phone`); the organisation's switchboard, "
         "service and 0800/0900/078 numbers are `company_phone` negatives.",
         "- Belgian national register numbers use type `bsn`.",
         "- EAN connection codes, MPANs, policy, member and contract numbers are `customer_number`.",
         "- Door, gate, key-safe and alarm codes are `pin`. OTPs may be dictated as words (one span over the whole word sequence).",
         "- Company registration (KvK, BTW/VAT, ondernemingsnummer, EIN) numbers are negatives; the cue word is outside the negative.",
         "- Error codes include the word when it is part of the code (`error 500`, `code 403`).",
         "- Names, cities alone, SSIDs and agent initials are not labelled.", "",
         "## Known limitations",
         "- Template-driven; sentence variety per language is limited (roughly 3–12 members per group), so each half sees only half.",
         "- Addresses are always on one line; no multi-line postal blocks.",
         "- Dates of birth and ordinary dates share formats; only the cue distinguishes them.",
         "- No HTML mails, no attachments, no base64 bodies.", ""]
    for name, (msgs, used) in stats.items():
        sp = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        ng = collections.Counter(n["kind"] for m in msgs for n in m["negatives"])
        ch = collections.Counter(m["channel"] for m in msgs)
        lg = collections.Counter(m["lang"] for m in msgs)
        L += [f"## Counts: {name}", "", f"Messages: {len(msgs)}", "",
              table([(k, v, len(used[k])) for k, v in sorted(sp.items())], ["span type", "count", "distinct templates"]), "",
              table(sorted(ng.items()), ["negative kind", "count"]), "",
              table(sorted(ch.items()), ["channel", "messages"]), "",
              table(sorted(lg.items()), ["lang", "messages"]), ""]
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))
