#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind93). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261291
"""
import argparse
import json
import random
from collections import Counter, defaultdict

import engine as E
import values as V
import frames as FR
import templates_nl as TNL
import templates_be as TBE
import templates_en as TEN

LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KINDS = [("chat", 40), ("email", 30), ("public", 13), ("agent", 17)]
CHAT_CH = ["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm", "whatsapp", "messenger"]
PUB_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
N_PER_HALF = 950

TEMPLATES = {
    "nl": {"chat": TNL.CHAT, "public": TNL.PUBLIC, "email": TNL.EMAIL, "agent": TNL.AGENT},
    "nl-be": {"chat": TBE.CHAT_NLBE, "public": TBE.PUBLIC_NLBE, "email": TBE.EMAIL_NLBE, "agent": TBE.AGENT_NLBE},
    "fr-be": {"chat": TBE.CHAT_FRBE, "public": TBE.PUBLIC_FRBE, "email": TBE.EMAIL_FRBE, "agent": TBE.AGENT_FRBE},
    "en": {"chat": TEN.CHAT, "public": TEN.PUBLIC, "email": TEN.EMAIL, "agent": TEN.AGENT},
}
FRAME_FAM = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}


def tfam(lang):
    return "en" if lang.startswith("en") else lang


def dealt_templates(lang, kind, half):
    """Flatten groups, dealing each group's members alternately (even -> dev, odd -> heldout)."""
    out = []
    for gi, group in enumerate(TEMPLATES[tfam(lang)][kind]):
        for ti, t in enumerate(group):
            if ti % 2 == half:
                out.append((f"{tfam(lang)}/{kind}/g{gi}/t{ti}", t))
    return out


def dealt_frames(lang, part, half):
    fam = FRAME_FAM[lang]
    return [(f"frame/{fam}/{part}/{i}", t) for i, t in enumerate(FR.F[fam][part]) if i % 2 == half]


def dealt_extra(lang, half):
    fam = FRAME_FAM[lang]
    return [(f"frame/{fam}/extra/{i}", t) for i, t in enumerate(FR.EXTRA[fam]) if i % 2 == half]


def balanced(rng, items, n):
    tot = sum(w for _, w in items)
    out = []
    for k, w in items:
        out += [k] * round(n * w / tot)
    while len(out) < n:
        out.append(items[0][0])
    out = out[:n]
    rng.shuffle(out)
    return out


class Builder:
    def __init__(self, ctx, tids):
        self.ctx, self.segs, self.tids, self.binds = ctx, [], tids, {}

    def make(self, tid, tpl):
        segs = E.render(tpl, self.ctx, self.binds)
        for s in segs:
            if s[1]:
                self.tids[(s[1], s[2])].add(tid)
        return segs

    def part(self, tid, tpl, quoted=False):
        segs = E.render(tpl, self.ctx, self.binds)
        for s in segs:
            if s[1]:
                self.tids[(s[1], s[2])].add(tid)
        if quoted:
            segs = E.quote(segs)
        self.segs.extend(segs)
        return segs

    def lit(self, text):
        self.segs.extend(E.lit(text))


def pick(rng, lst):
    return lst[rng.randrange(len(lst))]


def make_message(rng, half, idx, tids, prefix, lang, kind):
    ctx = E.Ctx(rng, lang, half)
    b = Builder(ctx, tids)
    fr = lambda part: pick(rng, dealt_frames(lang, part, half))
    if kind == "chat":
        channel = pick(rng, CHAT_CH)
        b.part(*pick(rng, dealt_templates(lang, "chat", half)))
        if rng.random() < 0.2:
            E.lower_literal(b.segs)
    elif kind == "public":
        channel = pick(rng, PUB_CH)
        b.part(*pick(rng, dealt_templates(lang, "public", half)))
    elif kind == "agent":
        channel = "agent_reply"
        b.part(*pick(rng, dealt_templates(lang, "agent", half)))
    else:
        channel = "email"
        mode = rng.choices(["cust", "agent", "fwd"], [55, 30, 15])[0]
        if rng.random() < 0.5:
            b.part(*fr("subject"))
            b.lit("\n\n")
        if mode == "cust":
            b.part(*fr("greet"))
            b.lit("\n\n")
            src = "email" if rng.random() < 0.55 else "chat"
            b.part(*pick(rng, dealt_templates(lang, src, half)))
            if src == "chat" or rng.random() < 0.4:
                b.lit("\n\n")
                b.part(*pick(rng, dealt_extra(lang, half)))
            b.lit("\n\n")
            b.part(*fr("signoff"))
            b.lit("\n")
            b.part(*fr("csig"))
            if rng.random() < 0.75:
                b.lit("\n\n")
                b.part(*fr("ahdr"))
                b.lit("\n")
                tid, t = pick(rng, dealt_templates(lang, "agent", half))
                b.part(tid, t, quoted=True)
        elif mode == "agent":
            b.part(*fr("agreet"))
            b.lit("\n\n")
            b.part(*pick(rng, dealt_templates(lang, "agent", half)))
            b.lit("\n\n")
            b.part(*fr("signoff"))
            b.lit("\n")
            b.part(*fr("asig"))
            if rng.random() < 0.5:
                b.lit("\n\n")
                b.part(*fr("disc"))
            b.lit("\n\n")
            b.part(*fr("qhdr"))
            b.lit("\n")
            src = "email" if rng.random() < 0.5 else "chat"
            b.part(*pick(rng, dealt_templates(lang, src, half)), quoted=True)
        else:
            b.part(*fr("fwdnote"))
            b.lit("\n\n")
            b.part(*fr("fwd"))
            b.lit("\n\n")
            b.part(*fr("greet"))
            b.lit("\n")
            b.part(*pick(rng, dealt_templates(lang, "email", half)))
            b.lit("\n\n")
            b.part(*fr("signoff"))
            b.lit("\n")
            b.part(*fr("csig"))
    if channel == "email":
        tries = 0
        while len(E.join(b.segs)[0].encode()) < 520 and tries < 3:
            tries += 1
            b.lit("\n\n")
            if rng.random() < 0.5:
                b.part(*fr("qhdr"))
                b.lit("\n")
                b.part(*pick(rng, dealt_templates(lang, "chat", half)), quoted=True)
            else:
                b.part(*fr("ahdr"))
                b.lit("\n")
                b.part(*pick(rng, dealt_templates(lang, "agent", half)), quoted=True)
        if rng.random() < 0.25:
            b.lit("\n\n")
            b.part(*fr("ahdr"))
            b.lit("\n")
            inner = b.make(*pick(rng, dealt_templates(lang, "agent", half)))
            inner += E.lit("\n\n")
            inner += b.make(*fr("qhdr"))
            inner += E.lit("\n")
            inner += E.quote(b.make(*pick(rng, dealt_templates(lang, "email", half))))
            b.segs.extend(E.quote(inner))
        if len(E.join(b.segs)[0].encode()) < 700 and rng.random() < 0.5:
            b.lit("\n\n")
            b.part(*fr("disc"))
    if rng.random() < (0.45 if kind in ("chat", "public") else 0.15):
        E.typo(b.segs, rng, rng.choice([1, 1, 2, 3]))
    text, spans, negs = E.join(b.segs)
    return {"id": f"{prefix}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC_CH else "private", "text": text, "spans": spans, "negatives": negs}


def check(msg):
    t = msg["text"]
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC_CH else "private")
    items = [(s["start"], s["end"], "span", s["type"]) for s in msg["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in msg["negatives"]]
    for a, b_, k, ty in items:
        assert 0 <= a < b_ <= len(t), (msg["id"], a, b_)
        v = t[a:b_]
        assert v == v.strip(), (msg["id"], ty, repr(v))
        if k == "span":
            d = "".join(c for c in v if c.isdigit())
            if ty == "card":
                assert V.luhn_ok(d) and 13 <= len(d) <= 19, (msg["id"], v)
            elif ty == "iban":
                assert V.iban_ok(v), (msg["id"], v)
            elif ty == "bsn":
                assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)
    items.sort()
    for (a1, b1, *_), (a2, b2, *_) in zip(items, items[1:]):
        assert b1 <= a2, (msg["id"], "overlap", t[a1:b1], t[a2:b2])


def table(counter, header):
    lines = [f"| {header} | count |", "|---|---|"]
    for k, v in sorted(counter.items()):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(args.seed * 2 + half)
        tids = defaultdict(set)
        langs = balanced(rng, LANGS, N_PER_HALF)
        kinds = balanced(rng, KINDS, N_PER_HALF)
        msgs = [make_message(rng, half, i, tids, "b93", langs[i], kinds[i]) for i in range(N_PER_HALF)]
        for m in msgs:
            check(m)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for m in msgs:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[name] = (msgs, tids)
    write_readme(args.seed, stats)


def write_readme(seed, stats):
    out = ["# Scrub corpus blind93 — energy installers, home/elderly care, real estate & VvE/syndic/HOA", "",
           "Written **blind**: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, "
           "`docs/`, `infra/`, any other corpus directory under `tests/scrub_corpus/`, nor git history. Only the brief was read. "
           "No scrubber or scorer was run.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Energy installers (solar panels/inverters, heat pumps, EV charging points, insulation and subsidies), home care and "
           "elderly care organisations (care alarms with key safes and SIM-based units, district nursing, relatives writing for a "
           "parent), and real estate / letting agents / home-owners' associations (VvE, syndic/VME, service charges, deposits, HOA dues). "
           "Customers from the Netherlands, Belgium (Dutch and French), the UK and the US.", "",
           "## Generation", "", f"`python3 generate_blind.py --seed {seed}` (run inside this directory) writes `dev.jsonl`, `heldout.jsonl` and this README.", "",
           "Modules: `values.py` (value generators, check-digit logic, filler pools), `engine.py` (template rendering, quoting, typos, "
           "offsets), `templates_nl.py`, `templates_be.py`, `templates_en.py` (message templates in groups per language/kind/situation), "
           "`frames.py` (e-mail subjects, greetings, sign-offs, signatures, quote and forward headers, disclaimers).", "",
           "## Split rule", "",
           "Templates are written in groups (language, kind, situation). Within every group, members with an even index go to dev and "
           "odd ones to heldout, so no template, frame, greeting, signature, quote header or disclaimer is shared. Every filler pool "
           "(first/last names, streets, cities, postcodes, e-mail domains, brands, agents, mentions, hashtags, URLs, model numbers, SSIDs, "
           "plates) is dealt alternately in the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only "
           "into literal text (cue words, prose, names), never into labelled or negative values.", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only, never the cue word; every occurrence is labelled, also inside `> ` quoted history.",
           "- Multi-line addresses (street line + postcode/city line) are one `address` span; when quoted, the span includes the inner `> ` quote prefix.",
           "- A street + house number without postcode/city is still an `address`.",
           "- Belgian national register numbers (rijksregisternummer / NISS) are labelled `bsn`.",
           "- EAN connection codes (871…/5414…), UK MPANs, client/tenancy/lot/owner/policy numbers are `customer_number`.",
           "- Door codes, key-safe / lockbox codes, charger admin PINs and SIM PINs are `pin`. A trailing ` #` after a door code is not part of the value.",
           "- OTPs dictated as words (\"vier acht ...\", \"four eight ...\") are one `otp` span covering all words.",
           "- A router admin password is `password`; the Wi-Fi network key is `wifi_key`; SSIDs are not labelled.",
           "- Old and new passwords are both labelled. A login name given alongside a password or for a login is `username`.",
           "- AWS access key ids and secrets are both `api_key`; bearer/OAuth/hex tokens are `token`.",
           "- `ip:port` is split: IP is `ip_address`, port is a `port` negative.",
           "- Customer e-mail addresses in quote/forward headers are labelled `email`. Organisation addresses are never written as e-mail addresses (only display names), to avoid ambiguity.",
           "- Masked values (`****1234`, `NL** **** **** 1234 56`, `06-****5678`) are `masked_value` negatives.",
           "- Company service numbers in agent text/signatures are `company_phone`; KvK/BTW/VAT/ondernemingsnummer/EIN/licence are `company_registration`.",
           "- Names, cities alone, SSIDs, licence plates and agent initials (`^JB`) are unlabelled.",
           "- Ticket-like `#123456` values are `ticket_number` negatives (deliberately OTP-shaped).", "",
           "## Known limitations", "",
           "- Template-based: phrasing variety is bounded by the templates (~4-5 variants per situation, dealt across halves).",
           "- Phone numbers use plausible but fictional ranges; US numbers are not validated against NANP rules beyond shape.",
           "- Dates of birth and event dates share formats; only context distinguishes them.",
           "- Typos are simple (swap/drop/double/replace one letter).",
           "- nl-be and fr-be messages use their own template sets; occasional code-switching only appears in disclaimers.", ""]
    for name, (msgs, tids) in stats.items():
        out.append(f"## Counts: {name}")
        out.append("")
        out.append(f"Messages: {len(msgs)}")
        out.append("")
        sc = Counter(s["type"] for m in msgs for s in m["spans"])
        out.append("| span type | count | distinct templates |")
        out.append("|---|---|---|")
        for k in sorted(sc):
            out.append(f"| {k} | {sc[k]} | {len(tids[('span', k)])} |")
        out.append("")
        out.append(table(Counter(n["kind"] for m in msgs for n in m["negatives"]), "negative kind"))
        out.append("")
        out.append(table(Counter(m["channel"] for m in msgs), "channel"))
        out.append("")
        out.append(table(Counter(m["lang"] for m in msgs), "lang"))
        out.append("")
        em = [len(m["text"].encode()) for m in msgs if m["channel"] == "email"]
        out.append(f"E-mails: {len(em)}; within 0.5–2 KB: {sum(500 <= x <= 2048 for x in em)}")
        out.append("")
    with open("README.md", "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
