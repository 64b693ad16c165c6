#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind63): KYC / identity verification.

Usage: python3 generate_blind.py --seed 20261261
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Standard library only.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
import engine as E  # noqa: E402
import tpl_nl, tpl_benl, tpl_fr, tpl_en  # noqa: E402

PREFIX = "b63"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = {"nl": tpl_nl, "benl": tpl_benl, "fr": tpl_fr, "en": tpl_en}
CHAT_CHANNELS = ["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

FILLERS = {
    "name": ["Jan", "Sanne", "Mohamed", "Lotte", "Kevin", "Fatima", "Thomas", "Ines", "Bram", "Julie", "Noah", "Emma",
             "Pieter", "Chloé", "Sam", "Lucas", "Mila", "Yusuf", "Anouk", "Dylan", "Olivia", "Ryan", "Marie", "Joris",
             "Priya", "Tom", "Élodie", "Wout", "Hannah", "Karim"],
    "surname": ["de Vries", "Jansen", "Peeters", "Dubois", "Smith", "Bakker", "Claes", "El Amrani", "Wouters", "Martin",
                "O'Brien", "Visser", "Maes", "Lambert", "Nguyen", "Dekker", "Janssens", "Johnson", "Mulder", "Lefèvre",
                "van den Berg", "Yilmaz"],
    "agent": ["Lisa", "Mark", "Sophie", "Daan", "Inge", "Youssef", "Karen", "Jeroen", "Amélie", "Niels", "Rachel",
              "Tim", "Nadia", "Bart", "Camille", "Rik", "Jess", "Olivier"],
    "city": ["Amsterdam", "Gent", "Liège", "Utrecht", "Antwerpen", "Namur", "Rotterdam", "Leuven", "Manchester", "Bruxelles",
             "Eindhoven", "Brugge", "Leeds", "Charleroi", "Zwolle", "Hasselt"],
    "ssid": ["Ziggo-5G-7731", "telenet-A1B2C", "KPN_Thuis", "Proximus-Home-4410", "VOO-882211", "BT-XK92QF", "Odido-2G-19",
             "Livebox-8F2A", "MaisonDupont", "NETGEAR42", "SKY4X7Q9", "Fam_Jansen"],
    "macro": ["{first_name}", "{{customer_name}}", "[NAAM]", "{naam}", "%FIRSTNAME%", "{{name}}"],
    "lt": ["<"], "gt": [">"],
    "brand": {
        "crypto": ["Bitvavo", "Coinbase", "Kraken", "Binance", "Bybit", "Bitpanda", "Crypto.com", "Finst", "BLOX", "Bitstamp"],
        "bank": ["bunq", "Revolut", "N26", "Monzo", "Wise", "Knab", "Keytrade", "Hello bank!", "Starling", "Chime", "ASN", "Crelan"],
        "bet": ["Unibet", "TOTO", "Holland Casino Online", "Bet365", "Napoleon Sports", "Circus", "Jacks.nl", "Betway", "Ladbrokes", "Ladbrokes.be"],
        "car": ["Sixt", "Hertz", "Europcar", "Greenwheels", "MyWheels", "Cambio", "Poppy", "Zipcar", "Getaround", "Turo", "SnappCar", "Enterprise"],
        "market": ["Marktplaats", "2dehands", "Vinted", "eBay", "Depop", "2ememain", "Facebook Marketplace", "Leboncoin", "Catawiki", "Gumtree"],
        "telecom": ["KPN", "Odido", "Proximus", "Orange", "Telenet", "Vodafone", "EE", "Base", "Verizon", "Three", "Simyo", "Ben"],
        "any": ["Bitvavo", "bunq", "Unibet", "Sixt", "Marktplaats", "KPN", "Proximus", "Revolut", "Coinbase", "Telenet", "Greenwheels", "Vinted"],
    },
}


def deal_fillers(half):
    out = {}
    for k, v in FILLERS.items():
        if isinstance(v, dict):
            out[k] = {s: lst[half::2] for s, lst in v.items()}
        elif len(v) > 1:
            out[k] = v[half::2]
        else:
            out[k] = v
    return out


def build_groups():
    """groups[(family, kind, sector)] = [(template_id, template_text), ...] for the whole pool."""
    groups = {}
    for fam, mod in FAMILIES.items():
        for kind in ("CHAT", "EMAIL_BODY", "AGENT", "FRAMES"):
            d = getattr(mod, kind, {})
            for sector, block in d.items():
                items = E.split_groups(block)
                groups[(fam, kind, sector)] = [(f"{fam}.{kind.lower()}.{sector}.{i}", t) for i, t in enumerate(items)]
    return groups


def deal_groups(groups, half):
    return {k: v[half::2] for k, v in groups.items() if v[half::2]}


class Gen:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.groups = deal_groups(build_groups(), half)
        self.fillers = deal_fillers(half)
        self.type_templates = collections.defaultdict(set)

    def g(self, fam, kind, sector=None):
        if sector is None:
            return self.groups.get((fam, kind, "any")) or self.groups.get((fam, kind, None))
        return self.groups.get((fam, kind, sector))

    def sectors(self, fam, kind):
        return [s for (f, k, s) in self.groups if f == fam and k == kind]

    def use(self, ctx, tid, tpl):
        pieces = E.render(tpl, ctx)
        for t, k, l in pieces:
            if k == "span":
                self.type_templates[l].add(tid)
        return pieces

    def frame(self, ctx, fam, name):
        for f in (fam, "nl" if fam == "benl" else fam):
            grp = self.groups.get((f, "FRAMES", name))
            if grp:
                tid, tpl = self.rng.choice(grp)
                return self.use(ctx, tid, tpl)
        return []

    def message(self, idx):
        rng = self.rng
        lang = rng.choices(["nl", "nl-be", "fr-be", "en-gb", "en-us"], [2, 1, 1, 1, 1])[0]
        fam = {"nl": "nl", "nl-be": "benl" if rng.random() < 0.6 else "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
        r = rng.random()
        kind = "email" if r < 0.3 else ("agent" if r < 0.43 else "chat")
        sector = rng.choice(self.sectors(fam, "CHAT"))
        ctx = E.Ctx(rng, lang, self.fillers, sector if kind != "agent" else "any")
        pieces = []
        if kind == "chat":
            channel = rng.choice(CHAT_CHANNELS)
            tid, tpl = rng.choice(self.g(fam, "CHAT", sector))
            body = self.use(ctx, tid, tpl)
            if rng.random() < 0.25:
                body = E.add_typos(rng, body, rng.choice([0.04, 0.08]))
            if channel in PUBLIC and not any(k == "neg" and l == "mention" for _, k, l in body) and rng.random() < 0.7:
                pieces += [(E.N.mention(rng, lang), "neg", "mention"), (" ", "lit", None)]
            pieces += body
            if channel in PUBLIC and rng.random() < 0.35:
                pieces += [(" ", "lit", None), (E.N.hashtag(rng, lang), "neg", "hashtag")]
        elif kind == "agent":
            channel = "agent_reply"
            tid, tpl = rng.choice(self.g(fam if fam != "benl" or rng.random() < 0.7 else "nl", "AGENT"))
            if rng.random() < 0.4:
                pieces += [(E.N.mention(rng, lang), "neg", "mention"), (" ", "lit", None)]
            pieces += self.use(ctx, tid, tpl)
        else:
            channel = "email"
            sub = self.frame(ctx, fam, "subject")
            if sub:
                pieces += sub + [("\n\n", "lit", None)]
            pieces += self.frame(ctx, fam, "greet") + [("\n\n", "lit", None)]
            bodies = self.g(fam, "EMAIL_BODY", sector)
            if bodies and rng.random() < 0.75:
                tid, tpl = rng.choice(bodies)
            else:
                tid, tpl = rng.choice(self.g(fam, "CHAT", sector))
            body = self.use(ctx, tid, tpl)
            if rng.random() < 0.15:
                body = E.add_typos(rng, body, 0.03)
            pieces += body
            if rng.random() < 0.6:
                tid2, tpl2 = rng.choice(self.g(fam, "CHAT", rng.choice(self.sectors(fam, "CHAT"))))
                pieces += [("\n\n", "lit", None)] + self.use(ctx, tid2, tpl2)
            if sum(len(t) for t, _, _ in pieces) < 380:
                tid2, tpl2 = rng.choice(self.g(fam, "CHAT", rng.choice(self.sectors(fam, "CHAT"))))
                pieces += [("\n\n", "lit", None)] + self.use(ctx, tid2, tpl2)
            pieces += [("\n\n", "lit", None)] + self.frame(ctx, fam, "close")
            if rng.random() < 0.3:
                pieces += [("\n\n", "lit", None)] + self.frame(ctx, fam, "disclaimer")
            if rng.random() < 0.75:
                qfam = fam
                head = self.frame(ctx, qfam, "quotehead")
                if not head:
                    head = self.frame(ctx, "nl", "quotehead")
                ag = self.g(fam, "AGENT") or self.g("nl", "AGENT")
                tid3, tpl3 = rng.choice(ag)
                pieces += [("\n\n", "lit", None)] + head + [("\n", "lit", None)] + E.quote(self.use(ctx, tid3, tpl3))
        text, spans, negs = E.compile_pieces(pieces)
        return {
            "id": f"{PREFIX}-{'dev' if self.half == 0 else 'heldout'}-{idx:05d}",
            "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs,
        }


# ------------------------------------------------------------------ self-check
def check(msg):
    t = msg["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in msg["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in msg["negatives"]]
    for a, b, k, l in items:
        assert 0 <= a < b <= len(t), (msg["id"], a, b)
        v = t[a:b]
        assert v == v.strip(), (msg["id"], l, repr(v))
        if k == "span":
            if l == "card":
                assert V.luhn_ok(v), (msg["id"], v)
            elif l == "iban":
                assert V.iban_ok(v), (msg["id"], v)
            elif l == "bsn":
                d = "".join(c for c in v if c.isdigit())
                assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)
    items.sort()
    for (a1, b1, *_), (a2, b2, *_) in zip(items, items[1:]):
        assert b1 <= a2, (msg["id"], "overlap", a1, b1, a2, b2)
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    stats = {}
    all_groups = build_groups()
    for half, name in ((0, "dev"), (1, "heldout")):
        V.HALF[0] = half
        gen = Gen(args.seed, half)
        msgs = [gen.message(i) for i in range(N_PER_HALF)]
        for m in msgs:
            check(m)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        st = {"messages": len(msgs),
              "spans": collections.Counter(s["type"] for m in msgs for s in m["spans"]),
              "negs": collections.Counter(n["kind"] for m in msgs for n in m["negatives"]),
              "channels": collections.Counter(m["channel"] for m in msgs),
              "langs": collections.Counter(m["lang"] for m in msgs),
              "tpl": {k: len(v) for k, v in gen.type_templates.items()},
              "email_sizes": sorted(len(m["text"]) for m in msgs if m["channel"] == "email")}
        stats[name] = st
    # templates must not be shared between halves
    n_templates = sum(len(v) for v in all_groups.values())
    write_readme(args.seed, stats, n_templates)
    for name, st in stats.items():
        print(name, st["messages"], "messages,", sum(st["spans"].values()), "spans,", sum(st["negs"].values()), "negatives")


def write_readme(seed, stats, n_templates):
    L = []
    L.append("# Scrub corpus blind63 — KYC / identity verification in webcare (written blind)\n")
    L.append("This corpus was written **blind**: its author did not open, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor open anything in any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators; one `ls tests/scrub_corpus/` only, to check this directory was new), did not read git history, and did not run any scrubber or scorer. "
             "Only `tests/scrub_corpus/BRIEF.md` was read.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Identity checks and know-your-customer verification: people opening or unblocking accounts at crypto exchanges, "
             "neobanks, betting/gaming sites, car rental and car sharing, second-hand marketplaces and telecom shops, asked for ID "
             "documents, selfies, proof of address and tax/national numbers (Dutch BSN, Belgian rijksregisternummer / numéro de "
             "registre national), pasting what they were asked for (or refusing to) over webcare channels and e-mail, in Dutch, "
             "Belgian Dutch, Belgian French and English (UK/US), with typos, quoted history and agent replies. German appears as "
             "snippets (German-speaking East Belgium customer, German quote headers and disclaimers) inside messages whose `lang` "
             "is one of the five allowed codes.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/blind63\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Modules: `values.py` (labelled value generators with Luhn / mod-97 / 11-proof / RRN checks), `negs.py` (hard-negative "
             "generators), `engine.py` (template markup, offsets, quoting, typo injection), `tpl_nl.py`, `tpl_benl.py`, `tpl_fr.py`, "
             "`tpl_en.py` (templates per language, grouped per kind and sector), `generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n")
    L.append(f"Templates are written in groups (language family × kind [chat, e-mail body, agent reply, e-mail frame: subject, "
             f"greeting, closing/signature, quote header, disclaimer] × sector). Within each group members are dealt alternately: "
             f"even index → dev, odd index → heldout, so no template, frame, greeting, signature or quote block is shared between "
             f"the halves ({n_templates} templates in total). Every filler pool (first names, surnames, agents, brands per sector, "
             f"cities, SSIDs, macros, streets, cities in addresses, e-mail first/last names and domains, mentions, hashtags, URLs, "
             f"model numbers) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected "
             f"only into literal text (cue words included), never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("\n".join([
        "- Spans cover the value only, never the cue word; every occurrence is labelled, including repetitions by agents and in quoted history (`> ` lines).",
        "- `bsn` covers Dutch BSN (11-proof) and the Belgian national register number (valid check digits, pre- and post-2000 rule), in plain, dotted, spaced and dashed forms.",
        "- Identity-document numbers (Dutch passport/ID card number, Belgian eID card number, UK passport number) are labelled `customer_number` (\"anything that identifies the customer\"); they occur in a few templates only. Masked document numbers (\"ends in ****12\") are `masked_value` negatives.",
        "- An e-mail address used as login is labelled `email`; a separate login name is `username`. Router admin logins are `username` + `password`.",
        "- OTPs are also written as words (\"vier twee ...\"), and in `123 456`/`123-456`/`G-123456` form. Phone numbers dictated as words are labelled `phone`.",
        "- Key-box / car-sharing key safe codes and SIM PINs are `pin`.",
        "- Exchange API key and secret are both `api_key`; a token inside a verification URL is labelled `token` and the URL around it is left unlabelled (not a negative).",
        "- Reservation / booking / listing numbers are `order_number` negatives; member / driver / subscriber / account numbers are `customer_number`.",
        "- The organisation's own numbers (service lines in agent signatures, KvK/BCE/VAT/company numbers, NMLS numbers) are negatives.",
        "- `quantity` negatives include durations (\"5 werkdagen\", \"48 hours\"), attempt counts (\"3x\", \"4 fois\") and document/photo counts.",
        "- A URL that carries a token is not marked as a `url` negative (only the token is labelled); stand-alone help URLs are `url` negatives.",
        "- Angle brackets around addresses in forwarded headers are not part of the `email` span.",
        "- Mentions are negatives even when they name the brand; personal names, cities, SSIDs and macro placeholders (`{first_name}`, `[NAAM]`, `%FIRSTNAME%`) are not labelled.",
        "- Document expiry dates and dates of upload are `date` negatives, dates of birth are `date_of_birth` spans.",
    ]) + "\n")
    L.append("## Known limitations\n")
    L.append("\n".join([
        "- Templates are hand-written and limited in number (roughly 5–8 per sector and language); values vary much more than frames.",
        "- German has no `lang` code of its own; German text appears only as snippets inside other languages' messages.",
        "- Typos are simple (swap, drop, double, neighbour key); no OCR-style noise, no emoji-heavy texts.",
        "- Some combinations are artificial (e.g. a random mention next to a brand named in the text; IBAN country mix).",
        "- No multi-line postal addresses (addresses are single-line so that quoting with `> ` keeps spans intact).",
        "- Public @handles are always negatives; no personal @handles of customers occur.",
    ]) + "\n")
    L.append("## Counts per half\n")
    for name, st in stats.items():
        es = st["email_sizes"]
        L.append(f"### {name}\n")
        L.append(f"Messages: {st['messages']} (e-mails: {len(es)}, median e-mail length {es[len(es) // 2] if es else 0} chars, "
                 f"{sum(1 for x in es if 500 <= x <= 2000)} between 0.5 and 2 KB)\n")
        lines = ["| span type | spans | distinct templates |", "|---|---|---|"]
        for k, v in sorted(st["spans"].items(), key=lambda x: (-x[1], x[0])):
            lines.append(f"| {k} | {v} | {st['tpl'].get(k, 0)} |")
        L.append("\n".join(lines) + "\n")
        L.append(table(st["negs"], "negative kind") + "\n")
        L.append(table(st["channels"], "channel") + "\n")
        L.append(table(st["langs"], "lang") + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
