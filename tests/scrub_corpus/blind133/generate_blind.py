#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind133). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261333
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import re

import pools
import values
import tpl_nl
import tpl_vl
import tpl_fr
import tpl_en

PREFIX = "b133"
DIRNAME = "blind133"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
MODS = {"nl": tpl_nl, "nl-be": tpl_vl, "fr-be": tpl_fr, "en-gb": tpl_en, "en-us": tpl_en}
KINDS = [("email", 33), ("chat", 35), ("public", 19), ("agent", 13)]
GROUPS = ["CHAT", "PUBLIC", "EMAIL_BODY", "AGENT", "GREET", "CLOSE", "SIG", "QUOTE_HDR", "FWD_HDR", "DISCLAIMER", "SUBJECT", "AGENT_SIGN", "EXTRA"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PRIVATE_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]

# Chat frames (pasted exports / forwarded), dealt alternately like every other group.
CHAT_FRAMES = [
    "[{time}, {date}] {fname}: {BODY}",
    "{BODY}\n\nsent from my phone",
    "Doorgestuurd / forwarded:\n{BODY}",
    "{BODY} !!",
    "{fname} ({time}): {BODY}",
    "{BODY}\n\n-- {fname}",
]

BRAND_LEVEL = {"mention", "url", "cphone", "kvk", "vat"}
SLOT = re.compile(r"\{\{|\}\}|\{([a-z0-9_]+)(#\d+)?\}")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(s, rng, rate):
    if rate <= 0:
        return s

    def f(m):
        w = m.group(0)
        if rng.random() >= rate:
            return w
        i = rng.randrange(1, len(w) - 1)
        op = rng.randrange(4)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        if op == 2:
            return w[:i] + w[i] + w[i:]
        return w[:i] + rng.choice("aeiounrst") + w[i + 1:]
    return WORD.sub(f, s)


class Msg:
    def __init__(self, rng, P, lang, domain):
        self.rng, self.lang, self.domain = rng, lang, domain
        self.pools = dict(P, first=P["first_all"][lang])
        self.person = (rng.choice(P["first_all"][lang]), rng.choice(P["last_all"][lang]))
        self.brand = rng.choice(P["brands"][domain])
        self.agent = rng.choice(P["agents_all"][lang])
        self.parts, self.pos = [], 0
        self.spans, self.negs = [], []
        self.cache = {}
        self.quote = False
        self.rate = rng.choice([0.04, 0.07, 0.1]) if rng.random() < 0.4 else 0.0
        self.lower = False
        self.stats = []  # (category, type, template id)

    def add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def lit(self, s):
        s = typo(s, self.rng, self.rate)
        if self.lower:
            s = s.lower()
        if self.quote:
            s = s.replace("\n", "\n> ")
        self.add(s)

    def filler(self, base):
        r = self.rng
        if base == "co":
            return self.brand[0]
        if base == "domain":
            return self.brand[2]
        if base == "name":
            return f"{self.person[0]} {self.person[1]}"
        if base == "fname":
            return self.person[0]
        if base == "lname":
            return self.person[1]
        if base == "agent":
            return self.agent
        if base == "ini":
            return self.agent[:2].upper() if r.random() < 0.5 else self.agent[0] + self.person[1][:1].upper()
        if base == "ssid":
            return r.choice(self.pools["ssids"])
        if base == "plate":
            return r.choice(self.pools["plates"])
        raise KeyError(base)

    def slot(self, base, suffix, tid):
        key = base + (suffix or "")
        if base in values.NEG and base not in BRAND_LEVEL:
            key = tid + ":" + key  # negatives are per piece; labelled values repeat across the message
        if key not in self.cache:
            if base in values.LABEL:
                typ, fn = values.LABEL[base]
                self.cache[key] = ("L", typ, fn(self))
            elif base in values.NEG:
                typ, fn = values.NEG[base]
                self.cache[key] = ("N", typ, fn(self))
            else:
                self.cache[key] = ("F", base, self.filler(base))
        cat, typ, val = self.cache[key]
        start = self.pos
        self.add(val)
        if cat == "L":
            self.spans.append({"type": typ, "start": start, "end": self.pos})
            self.stats.append(("L", typ, tid))
        elif cat == "N":
            self.negs.append({"kind": typ, "start": start, "end": self.pos})
            self.stats.append(("N", typ, tid))

    def render(self, tpl, tid):
        p = 0
        for m in SLOT.finditer(tpl):
            self.lit(tpl[p:m.start()])
            g = m.group(0)
            if g == "{{":
                self.add("{")
            elif g == "}}":
                self.add("}")
            else:
                self.slot(m.group(1), m.group(2), tid)
            p = m.end()
        self.lit(tpl[p:])

    def text(self):
        return "".join(self.parts)


def deal(lst, half):
    return [(i, x) for i, x in enumerate(lst)][half::2]


class Half:
    def __init__(self, seed, half):
        import random
        self.rng = random.Random(seed * 2 + half)
        self.half = half
        self.P = pools.pools_for(half)
        self.groups = {}
        for modname, mod in (("nl", tpl_nl), ("vl", tpl_vl), ("fr", tpl_fr), ("en", tpl_en)):
            for g in GROUPS:
                items = deal(getattr(mod, g), half)
                assert items, (modname, g)
                self.groups[(mod, g)] = [(f"{modname}.{g}.{i}", x) for i, x in items]
        self.frames = [(f"frame.{i}", x) for i, x in deal(CHAT_FRAMES, half)]
        self.rot = {}

    def pick(self, mod, g):
        key = (mod, g)
        q = self.rot.get(key)
        if not q:
            q = list(self.groups[key])
            self.rng.shuffle(q)
            self.rot[key] = q
        return q.pop()

    def any(self, mod, g):
        return self.rng.choice(self.groups[(mod, g)])

    def weighted(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.rng.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def make(self, idx, split):
        rng = self.rng
        lang = self.weighted(LANGS)
        mod = MODS[lang]
        kind = self.weighted(KINDS)
        if kind == "email":
            tid, (domain, body) = self.pick(mod, "EMAIL_BODY")
            channel = "email"
        elif kind == "chat":
            tid, (domain, body) = self.pick(mod, "CHAT")
            channel = rng.choice(PRIVATE_CH + ["whatsapp", "messenger"])
        elif kind == "public":
            tid, (domain, body) = self.pick(mod, "PUBLIC")
            channel = rng.choice(PUBLIC_CH)
        else:
            tid, (domain, body) = self.pick(mod, "AGENT")
            channel = "agent_reply"
        m = Msg(rng, self.P, lang, domain)
        if kind == "email":
            if rng.random() < 0.2:
                t, s = self.any(mod, "FWD_HDR"); m.render(s, t); m.add("\n\n")
            if rng.random() < 0.35:
                t, s = self.any(mod, "SUBJECT"); m.render(s, t); m.add("\n\n")
            t, s = self.any(mod, "GREET"); m.render(s, t); m.add("\n\n")
            m.render(body, tid)
            if rng.random() < 0.7:
                m.add("\n\n"); t, s = self.any(mod, "EXTRA"); m.render(s, t)
            m.add("\n\n")
            t, s = self.any(mod, "CLOSE"); m.render(s, t); m.add("\n")
            t, s = self.any(mod, "SIG"); m.render(s, t)
            if rng.random() < 0.4:
                m.add("\n\n"); t, s = self.any(mod, "DISCLAIMER"); m.render(s, t)
            if rng.random() < 0.6:
                m.add("\n\n"); t, s = self.any(mod, "QUOTE_HDR"); m.render(s, t); m.add("\n")
                m.quote = True
                m.add("> ")
                qg = "AGENT" if rng.random() < 0.7 else "CHAT"
                cands = [x for x in self.groups[(mod, qg)] if x[1][0] in (domain, "gen")] or self.groups[(mod, qg)]
                t, (_, q) = rng.choice(cands)
                m.render(q, t)
                if rng.random() < 0.5:
                    m.add("\n"); t, s = self.any(mod, "AGENT_SIGN"); m.render(s, t)
                m.quote = False
        elif kind == "agent":
            m.render(body, tid)
            m.add(rng.choice(["\n\n", " ", "\n"]))
            t, s = self.any(mod, "AGENT_SIGN"); m.render(s, t)
        elif kind == "chat":
            m.lower = rng.random() < 0.15
            if rng.random() < 0.15:
                ft, frame = rng.choice(self.frames)
                pre, post = frame.split("{BODY}")
                m.render(pre, ft); m.render(body, tid); m.render(post, ft)
            else:
                m.render(body, tid)
        else:
            m.lower = rng.random() < 0.1
            m.render(body, tid)
        vis = "public" if channel in PUBLIC_CH else "private"
        rec = {"id": f"{PREFIX}-{split}-{idx:05d}", "channel": channel, "lang": lang, "visibility": vis,
               "text": m.text(), "spans": m.spans, "negatives": m.negs}
        return rec, m.stats


def check(rec):
    t = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for cat, typ, a, b in items:
        assert 0 <= a < b <= len(t), (rec["id"], typ, a, b)
        v = t[a:b]
        assert v == v.strip() and v.strip(), (rec["id"], typ, repr(v))
    iv = sorted((a, b, typ) for _, typ, a, b in items)
    for (a1, b1, t1), (a2, b2, t2) in zip(iv, iv[1:]):
        assert b1 <= a2, (rec["id"], t1, t2, a1, b1, a2, b2)
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            d = re.sub(r"\D", "", v)
            assert 13 <= len(d) <= 19 and values.luhn_ok(d), (rec["id"], v)
        elif s["type"] == "iban":
            assert values.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and values.bsn_ok(d)) or (len(d) == 11 and values.rrn_ok(d)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_CH else "private")


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    summary = {}
    for half, split in ((0, "dev"), (1, "heldout")):
        H = Half(args.seed, half)
        recs, stats = [], []
        for i in range(N_PER_HALF):
            rec, st = H.make(i, split)
            check(rec)
            recs.append(rec)
            stats.extend(st)
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        span_c = collections.Counter(t for c, t, _ in stats if c == "L")
        span_t = collections.defaultdict(set)
        for c, t, tid in stats:
            if c == "L":
                span_t[t].add(tid)
        neg_c = collections.Counter(t for c, t, _ in stats if c == "N")
        emails = [len(r["text"].encode("utf-8")) for r in recs if r["channel"] == "email"]
        summary[split] = dict(n=len(recs), spans=span_c, span_t=span_t, negs=neg_c,
                              ch=collections.Counter(r["channel"] for r in recs), lang=collections.Counter(r["lang"] for r in recs),
                              email_sizes=(min(emails), sorted(emails)[len(emails) // 2], max(emails),
                                           sum(1 for e in emails if 500 <= e <= 2048), len(emails)))
    all_types = {t for t, _ in values.LABEL.values()}
    all_kinds = {t for t, _ in values.NEG.values()}
    for split, s in summary.items():
        missing = (all_types - set(s["spans"])) | (all_kinds - set(s["negs"]))
        assert not missing, (split, sorted(missing))
    write_readme(args.seed, summary)
    for split, s in summary.items():
        print(split, s["n"], "messages", sum(s["spans"].values()), "spans", sum(s["negs"].values()), "negatives", "email sizes", s["email_sizes"])


def write_readme(seed, summary):
    out = [f"# Scrub corpus {DIRNAME}: moving/removals, cruises, driving schools, dentists/opticians, home security, newspaper subscriptions",
           "",
           "This corpus was written **blind**: its author did not open, list or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, "
           "`infra/`, nor any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), did not read git history, "
           "and did not run any scrubber or scorer. Values and phrasings come from public knowledge of how customers and agents write.",
           "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**",
           "",
           "## Emphasis",
           "",
           "Moving and removal companies (key-safe codes, old/new addresses, meter readings at handover, deposits), cruise lines and river cruises "
           "(booking references, flights, dates of birth for manifests, card payments, onboard wifi), driving schools (BSN / Belgian national register "
           "number for exam registration, lesson rescheduling, app codes), dentists and opticians (patient numbers, invoices, lens subscriptions, "
           "frame model numbers), home security and alarm companies (alarm/door codes, SIM PIN/PUK of the panel, camera IPs and ports, API keys, tokens, "
           "firmware checksums), newspaper and magazine subscriptions (subscriber numbers, direct debits, e-paper logins). Dutch, Belgian (Flemish and "
           "French), UK and US customers; all channels; typos in literal text; e-mail signatures, forwarded headers, disclaimers and quoted history; agent replies.",
           "",
           "## Generation",
           "",
           "```",
           f"cd tests/scrub_corpus/{DIRNAME} && python3 generate_blind.py --seed {seed}",
           "```",
           "",
           "Modules: `values.py` (value generators with Luhn / mod-97 / 11-proof / national-register checks), `pools.py` (filler pools), "
           "`tpl_nl.py`, `tpl_vl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language), `generate_blind.py` (assembly, self-check, README).",
           "",
           "## Split rule",
           "",
           "Templates are written in groups per language and kind (chat, public, e-mail body, agent reply, greeting, closing, signature, quote header, "
           "forward header, disclaimer, subject, agent sign-off, extra paragraph, chat frame). Each group's members are dealt alternately: even index to "
           "dev, odd index to heldout, so no template, frame, greeting, signature or quote block is shared between the halves. Every filler pool "
           "(names, agents, streets, cities, brands with their handles and web domains, friend handles, hashtags, URL paths, SSIDs, model numbers) "
           "is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal text (including cue words), never into values.",
           "",
           "## Labelling conventions and judgement calls",
           "",
           "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats by an agent or inside quoted history (`> `).",
           "- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`, like Dutch BSNs.",
           "- Cruise booking references, removal job/quote numbers and optician order/collection numbers are treated as `order_number` negatives; "
           "loyalty/club, patient, student, subscriber, contract and account numbers are `customer_number`.",
           "- Door, key-safe, lockbox and alarm codes and SIM PINs are `pin`; onboard wifi vouchers and router network keys are `wifi_key`; SSIDs are not labelled.",
           "- AWS access key ids and secret keys are both `api_key`; bearer/session tokens (the token only, not `Bearer`) are `token`.",
           "- An e-mail address used as login is labelled `email`; `username` only for non-e-mail login names.",
           "- OTPs dictated as words (\"vier acht twee ...\") are one `otp` span covering the word sequence.",
           "- Dates of birth are `date_of_birth`; all other dates (appointments, departures, header dates) are `date` negatives.",
           "- Company service numbers (including in agent sign-offs) are `company_phone` negatives; KvK / ondernemingsnummer / company numbers and VAT numbers are `company_registration`.",
           "- Meter readings at a moving handover are `meter_reading` negatives; firmware hashes are `checksum` negatives.",
           "- In UK/US e-mail disclaimers the `company number` may be a US-style EIN for US messages; it is still a `company_registration` negative.",
           "- Personal names, cities alone, agent initials, macro placeholders (`{first_name}`, `<code>`, `[CODE]`) are not labelled.",
           "",
           "## Known limitations",
           "",
           "- Template-based: sentence structures repeat within a half (each template is reused many times with different values).",
           "- One brand per message; brands and people are fictional. Masked values are synthetic and do not correspond to other values in the message.",
           "- Typos are word-level edits (swap, drop, double, replace); no phonetic misspellings. Some typo'd cue words become hard to read.",
           "- English templates are shared between en-gb and en-us; country-specific parts are the values (phones, addresses, IBAN/amounts).",
           "- Quoted history uses `> ` prefixes; there is no HTML e-mail, and no line wrapping inside values.",
           "",
           "## Counts",
           ""]
    for split, s in summary.items():
        out += [f"### {split}", "", f"Messages: {s['n']}", "",
                f"E-mail sizes in bytes (min / median / max): {s['email_sizes'][0]} / {s['email_sizes'][1]} / {s['email_sizes'][2]}; "
                f"{s['email_sizes'][3]} of {s['email_sizes'][4]} e-mails are 0.5–2 KB.", "",
                "| span type | spans | distinct templates |", "|---|---|---|"]
        for k, v in sorted(s["spans"].items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"| {k} | {v} | {len(s['span_t'][k])} |")
        out += ["", table(s["negs"], "negative kind"), "", table(s["ch"], "channel"), "", table(s["lang"], "lang"), ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
