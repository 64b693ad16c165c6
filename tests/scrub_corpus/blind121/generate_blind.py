#!/usr/bin/env python3
"""Blind webcare scrub corpus generator (blind121). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261319
"""
import argparse
import collections
import json
import os
import re
import random

import pools
import values
from tpl_nl import TEXT as T_NL
from tpl_be import TEXT_NLBE, TEXT_FRBE
from tpl_en import TEXT_GB, TEXT_US

DIR = "blind121"
PREFIX = "b121"
N_PER_HALF = 950
HALVES = ("dev", "heldout")
LANGS = ["nl", "nl", "nl-be", "fr-be", "en-gb", "en-us"]
CHANNELS = (["email"] * 30 + ["agent_reply"] * 10 + ["x_public"] * 8 + ["facebook_comment"] * 7 + ["instagram_comment"] * 5
            + ["x_dm"] * 7 + ["instagram_dm"] * 6 + ["messenger"] * 9 + ["whatsapp"] * 12 + ["telegram"] * 6)
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TOKEN = re.compile(r"\{\{(.*?)\}\}|\{([^{}]+)\}")


def parse(text, lang):
    groups = collections.OrderedDict()
    for block in text.split("\n@@ ")[1:]:
        head, _, body = block.partition("\n")
        members = [m.strip("\n") for m in body.split("\n~~\n")]
        members = [m for m in members if m.strip()]
        groups[(lang, head.strip())] = members
    return groups


ALL_GROUPS = collections.OrderedDict()
for _t, _l in ((T_NL, "nl"), (TEXT_NLBE, "nl-be"), (TEXT_FRBE, "fr-be"), (TEXT_GB, "en-gb"), (TEXT_US, "en-us")):
    ALL_GROUPS.update(parse(_t, _l))

# small per-language chat openers / closers (also dealt alternately)
OPENERS = {
    "nl": ["", "Hoi, ", "Hallo! ", "", "Goedemorgen, ", "Hey ", "Dag, ", "Hallo, ", "", "Yo, "],
    "nl-be": ["", "Dag, ", "Hallo, ", "", "Goeiemiddag, ", "Hey, ", "", "Allo, "],
    "fr-be": ["", "Bonjour, ", "Slt, ", "", "Bonsoir, ", "Hello, ", "", "Coucou, "],
    "en-gb": ["", "Hi, ", "Hiya, ", "", "Morning, ", "Hello, ", "", "Evening all, "],
    "en-us": ["", "Hi, ", "Hey, ", "", "Hello, ", "Hi there, ", "", "Yo, "],
}
CLOSERS = {
    "nl": ["", " Alvast bedankt!", " groet", "", " ??", " Dank!", "", " Mvg"],
    "nl-be": ["", " Merci!", " Mvg", "", " Alvast bedankt", " ?", "", " Groetjes"],
    "fr-be": ["", " Merci d'avance", " Bàv", "", " Merci !", " ???", "", " Cdt"],
    "en-gb": ["", " Cheers", " Thanks!", "", " ta", " ??", "", " Many thanks"],
    "en-us": ["", " Thanks!", " thx", "", " Appreciate it", " ??", "", " TIA"],
}


class Ctx:
    def __init__(self, rng, lang, pool):
        self.rng, self.lang, self._pool = rng, lang, pool

    def pool(self, name):
        return self._pool[name]

    def lkey(self):
        return "fr" if self.lang == "fr-be" else "nl" if self.lang.startswith("nl") else "en"


class Piece:
    def __init__(self):
        self.text, self.spans, self.negs = "", [], []

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]
        return self

    def lit(self, s):
        self.text += s
        return self


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.choice(["swap", "drop", "dup", "near"])
    if k == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == "drop":
        return word[:i] + word[i + 1:]
    if k == "dup":
        return word[:i] + word[i] + word[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "l": "k", "u": "y"}
    return word[:i] + near.get(word[i], word[i]) + word[i + 1:]


def typo_text(s, rng, rate):
    if rate <= 0:
        return s
    return re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: typo(m.group(0), rng) if rng.random() < rate else m.group(0), s)


def render(tpl, tid, ctx, cache, rate):
    p = Piece()
    pos = 0
    for m in TOKEN.finditer(tpl):
        p.lit(typo_text(tpl[pos:m.start()], ctx.rng, rate))
        pos = m.end()
        if m.group(1) is not None:
            p.lit("{" + m.group(1) + "}")
            continue
        tok = m.group(2)
        name, _, style = tok.partition(":")
        if name.startswith("F."):
            if tok not in cache:
                cache[tok] = ctx.rng.choice(ctx.pool(name[2:]))
            p.lit(cache[tok])
            continue
        neg = name.startswith("N.")
        kind = re.sub(r"\d+$", "", name[2:] if neg else name)
        if tok not in cache:
            gen = values.NEG_GEN[kind] if neg else values.SPAN_GEN[kind]
            cache[tok] = gen(ctx, style or None)
        v = cache[tok]
        s = len(p.text)
        p.lit(v)
        if neg:
            p.negs.append((kind, s, s + len(v)))
        else:
            p.spans.append((kind, s, s + len(v), tid))
    p.lit(typo_text(tpl[pos:], ctx.rng, rate))
    return p


def quote(piece):
    """Prefix every line with '> ' and shift offsets."""
    lines = piece.text.split("\n")
    starts, o = [], 0
    for ln in lines:
        starts.append(o)
        o += len(ln) + 1

    def shift(x):
        n = sum(1 for st in starts if st <= x) if x > 0 else 1
        return x + 2 * n

    q = Piece()
    q.text = "\n".join("> " + ln for ln in lines)
    q.spans = [(t, shift(s), shift(s) + (e - s), tid) for t, s, e, tid in piece.spans]
    q.negs = [(k, shift(s), shift(s) + (e - s)) for k, s, e in piece.negs]
    for t, s, e, _ in piece.spans:
        assert "\n" not in piece.text[s:e], "multi-line span in quote"
    for k, s, e in piece.negs:
        assert "\n" not in piece.text[s:e]
    return q


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pool = pools.deal(half)
        self.groups = {k: v[half::2] for k, v in ALL_GROUPS.items()}
        for k, v in self.groups.items():
            assert v, f"group {k} empty in half {half}"
        self.openers = {k: v[half::2] for k, v in OPENERS.items()}
        self.closers = {k: v[half::2] for k, v in CLOSERS.items()}

    def pick(self, lang, reg):
        keys = [k for k in self.groups if k[0] == lang and (k[1] == reg or k[1].startswith(reg + ":"))]
        key = self.rng.choice(keys)
        i = self.rng.randrange(len(self.groups[key]))
        return self.groups[key][i], f"{key[0]}|{key[1]}|{i}"

    def chat_piece(self, ctx, cache, rate, with_fringe=True):
        tpl, tid = self.pick(ctx.lang, "chat")
        body = render(tpl, tid, ctx, cache, rate)
        if not with_fringe:
            return body
        p = Piece()
        op = self.rng.choice(self.openers[ctx.lang])
        if op and body.text[:1].isupper() and not body.text.startswith(("Hoi", "Hi", "Hey", "Hallo", "Bonjour", "Dag", "Goe")):
            p.lit(typo_text(op, self.rng, rate))
            if len(body.text) > 1 and body.text[1].islower() and all(x[1] > 0 for x in body.spans + [(0,) + n[1:] for n in body.negs]):
                body.text = body.text[0].lower() + body.text[1:]
        p.add(body)
        p.lit(self.rng.choice(self.closers[ctx.lang]))
        return p

    def message(self, idx):
        r = self.rng
        lang = r.choice(LANGS)
        channel = r.choice(CHANNELS)
        ctx = Ctx(r, lang, self.pool)
        cache = {}
        rate = r.choice([0, 0, 0.03, 0.06]) if channel != "agent_reply" else 0
        p = Piece()
        if channel in PUBLIC:
            tpl, tid = self.pick(lang, "public")
            p.add(render(tpl, tid, ctx, cache, rate))
        elif channel == "agent_reply":
            if r.random() < .35:
                tpl, tid = self.pick(lang, "chat")
                cust = render(tpl, tid, ctx, cache, r.choice([0, .04]))
                tpl2, tid2 = self.pick(lang, "agent")
                p.add(render(tpl2, tid2, ctx, cache, 0)).lit("\n\n")
                p.add(quote(cust))
            else:
                tpl, tid = self.pick(lang, "agent")
                p.add(render(tpl, tid, ctx, cache, 0))
        elif channel == "email":
            if r.random() < .6:
                tpl, tid = self.pick(lang, "subject")
                p.add(render(tpl, tid, ctx, cache, 0)).lit("\n\n")
            tpl, tid = self.pick(lang, "greet")
            p.add(render(tpl, tid, ctx, cache, rate)).lit("\n\n")
            if r.random() < .55:
                tpl, tid = self.pick(lang, "story")
                p.add(render(tpl, tid, ctx, cache, rate)).lit("\n\n")
            p.add(self.chat_piece(ctx, cache, rate, with_fringe=False))
            if r.random() < .7:
                p.lit(r.choice(["\n\n", "\n", "\n\nPS: ", "\n\nOok: " if lang.startswith("nl") else "\n\nAussi : " if lang == "fr-be" else "\n\nAlso: "]))
                p.add(self.chat_piece(ctx, cache, rate, with_fringe=False))
            if r.random() < .35:
                p.lit("\n\n")
                tpl, tid = self.pick(lang, "story")
                p.add(render(tpl, tid, ctx, cache, rate))
            p.lit("\n\n")
            tpl, tid = self.pick(lang, "sign")
            p.add(render(tpl, tid, ctx, cache, 0))
            if r.random() < .75:
                p.lit("\n\n")
                tpl, tid = self.pick(lang, "quotehdr")
                hdr = render(tpl, tid, ctx, cache, 0)
                tpl, tid = self.pick(lang, "agent")
                body = render(tpl, tid, ctx, cache, 0)
                if "Doorgestuurd" in hdr.text or "Forwarded" in hdr.text or "transféré" in hdr.text:
                    p.add(hdr).lit("\n\n").add(body)
                else:
                    p.add(hdr).lit("\n").add(quote(body))
            if r.random() < .45:
                p.lit("\n\n")
                tpl, tid = self.pick(lang, "disc")
                p.add(render(tpl, tid, ctx, cache, 0))
        else:
            n = 1 if r.random() < .7 else 2
            for j in range(n):
                if j:
                    p.lit("\n")
                if channel == "whatsapp" and r.random() < .5:
                    d = values.n_date(ctx)
                    t = values.n_time(Ctx(r, "nl", self.pool))
                    name = r.choice(self.pool["first_names"])
                    p.lit("[")
                    s = len(p.text)
                    p.lit(t)
                    p.negs.append(("time", s, s + len(t)))
                    p.lit(", ")
                    s = len(p.text)
                    p.lit(d)
                    p.negs.append(("date", s, s + len(d)))
                    p.lit(f"] {name}: ")
                p.add(self.chat_piece(ctx, cache, rate, with_fringe=(j == 0)))
        vis = "public" if channel in PUBLIC else "private"
        return {
            "id": f"{PREFIX}-{HALVES[self.half]}-{idx:05d}", "channel": channel, "lang": lang, "visibility": vis,
            "text": p.text,
            "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(p.spans, key=lambda x: x[1])],
            "negatives": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(p.negs, key=lambda x: x[1])],
        }, [(t, tid) for t, _, _, tid in p.spans]


def check(msg):
    text = msg["text"]
    items = [(x["start"], x["end"], "S:" + x["type"]) for x in msg["spans"]] + \
            [(x["start"], x["end"], "N:" + x["kind"]) for x in msg["negatives"]]
    for s, e, lab in items:
        assert 0 <= s < e <= len(text), (msg["id"], lab)
        v = text[s:e]
        assert v == v.strip() and v.strip(".,;:!?") != "", (msg["id"], lab, v)
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (msg["id"], a, b, text[a[0]:a[1]], text[b[0]:b[1]])
    for x in msg["spans"]:
        v = text[x["start"]:x["end"]]
        if x["type"] == "card":
            assert values.luhn_ok(v), (msg["id"], v)
        if x["type"] == "iban":
            assert values.iban_ok(v), (msg["id"], v)
        if x["type"] == "bsn":
            d = "".join(ch for ch in v if ch.isdigit())
            assert (len(d) == 9 and values.bsn_ok(d)) or (len(d) == 11 and values.rrn_ok(d)), (msg["id"], v)
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261319)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half in (0, 1):
        h = Half(half, args.seed)
        msgs, tids = [], collections.defaultdict(set)
        for i in range(N_PER_HALF):
            m, st = h.message(i)
            check(m)
            msgs.append(m)
            for t, tid in st:
                tids[t].add(tid)
        with open(os.path.join(here, f"{HALVES[half]}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[HALVES[half]] = (msgs, tids)
    # no template shared between halves (by construction; double-check on texts of groups)
    for k, v in ALL_GROUPS.items():
        assert not set(v[0::2]) & set(v[1::2]), k
    write_readme(here, args.seed, stats)
    for name, (msgs, _) in stats.items():
        print(name, len(msgs), "messages,", sum(len(m["spans"]) for m in msgs), "spans,", sum(len(m["negatives"]) for m in msgs), "negatives")


def table(title, head, rows):
    out = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def write_readme(here, seed, stats):
    parts = [f"# Scrub corpus {DIR} (written blind, seed {seed})\n",
             "This corpus was written blind: its author did not open, read, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus, scorer or generator under `tests/scrub_corpus/`, "
             "and did not read git history. Nothing was run against a scrubber or scorer.\n",
             "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n",
             "## Emphasis\n",
             "Sports equipment rental (skis, boards, SUPs, deposits, key boxes), driving lessons and traffic fines (CJIB, GAS, PCN, US tickets), "
             "solar panel and heat-pump installers (inverters on wifi, monitoring portals and API keys, EAN codes, meter readings, firmware), "
             "cinemas and theatres (tickets, subscriptions, 2FA codes), home insurance claims (policy vs claim numbers, payout IBANs, "
             "alarm codes for the loss adjuster), bike shops (repairs, lock codes, lease contracts, deliveries). Dutch, Belgian (Flemish and "
             "French), UK and US customers; all ten channels; typos in literal text; e-mail signatures, quoted and forwarded history; agent replies.\n",
             "## Generation\n", f"```\ncd tests/scrub_corpus/{DIR}\npython3 generate_blind.py --seed {seed}\n```\n",
             "Modules: `values.py` (value generators with checksums, hard-negative generators), `pools.py` (filler pools), "
             "`tpl_nl.py`, `tpl_be.py`, `tpl_en.py` (templates per language), `generate_blind.py` (assembly, self-check, README).\n",
             "## Split rule\n",
             "Templates are written in groups keyed by (language, register:situation), e.g. `(nl, chat:solar)`, `(fr-be, sign)`. "
             "Within every group even-indexed members go to dev and odd-indexed to heldout, so no template, greeting, signature, "
             "quote header or disclaimer is shared. Every filler pool (names, streets, cities, brands, agents, mentions, hashtags, URLs, "
             "model numbers, SSIDs, plates, company phone numbers) and the chat opener/closer pools are dealt the same way. "
             "Each half uses its own `random.Random(seed * 2 + half)`.\n",
             "## Labelling conventions and judgement calls\n",
             "- Spans cover the value only, never the cue word; every occurrence is labelled, also repeats in agent replies and quoted history.\n"
             "- Belgian national register numbers (rijksregisternummer / numéro national) use type `bsn`; Dutch BSNs are 11-proof.\n"
             "- Door/gate/keybox/alarm/bike-lock combination codes and SIM PINs are `pin`.\n"
             "- OTPs may be dictated as number words (\"vier twee ...\"); the whole word sequence is one span.\n"
             "- Pupil/student numbers at driving schools, member/subscription card numbers, lease contract numbers, policy numbers, "
             "EAN connection codes and utility account numbers are `customer_number`.\n"
             "- Traffic-fine references (CJIB kenmerk, GAS, PCN, ticket no.) and insurance claim/dossier numbers are hard negatives of kind "
             "`ticket_number` (they identify a case, not the person). Licence plates are plain unlabelled text.\n"
             "- Addresses include postcode and city where written; in signatures an address may span two lines (NL) but never in quoted text.\n"
             "- Agent macro placeholders (`{first_name}`, `<code>`, `[CODE]`) are unlabelled. Quote headers never contain company e-mail addresses; "
             "the customer's own address in `To:` / `Aan:` lines is labelled `email`.\n"
             "- WhatsApp export prefixes `[time, date] Name:` have the time and date marked as negatives.\n"
             "- The cue word itself may carry a typo (e.g. `wachtwoord` -> `wachtwoodr`), values never do.\n",
             "## Known limitations\n",
             "- Template-based: sentence frames repeat within a half; value formats are drawn from a finite set of styles.\n"
             "- Brands are fictional; company phone numbers are invented. US phones use 555-style exchanges only occasionally.\n"
             "- Some combinations are odd in real life (e.g. an IBAN given by a US customer); no PII appears in public posts other than phone, e-mail and customer number.\n"
             "- Quoted history is always an agent reply; customer-quoted-by-agent appears in agent_reply messages.\n",
             "## Counts\n"]
    for name, (msgs, tids) in stats.items():
        parts.append(f"## {name}.jsonl\n\nMessages: {len(msgs)}\n")
        sc = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        parts.append(table("Spans per type", ["type", "spans", "distinct templates"], [(t, sc[t], len(tids[t])) for t in sorted(sc)]))
        nc = collections.Counter(n["kind"] for m in msgs for n in m["negatives"])
        parts.append(table("Negatives per kind", ["kind", "count"], sorted(nc.items())))
        cc = collections.Counter(m["channel"] for m in msgs)
        parts.append(table("Channels", ["channel", "messages"], sorted(cc.items())))
        lc = collections.Counter(m["lang"] for m in msgs)
        parts.append(table("Languages", ["lang", "messages"], sorted(lc.items())))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
