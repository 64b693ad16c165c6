#!/usr/bin/env python3
"""Blind labelled webcare corpus generator: moving house and its paperwork.

Usage: python3 generate_blind.py --seed 20261265
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Standard library only.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import pools as P
import values as V
import wrappers as WR
import templates_nl, templates_fr, templates_en

PREFIX = "b67"
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = {"nl": templates_nl.GROUPS, "fr": templates_fr.GROUPS, "en": templates_en.GROUPS}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
RESTRICT = {"NL": {"nl"}, "BE": {"nl-be"}, "GB": {"en-gb"}, "US": {"en-us"}}
CHAT_CH = ["whatsapp", "messenger", "x_dm", "instagram_dm", "telegram", "whatsapp", "messenger"]
PUB_CH = ["x_public", "facebook_comment", "instagram_comment", "x_public"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TOK = re.compile(r"\{\{[^{}]*\}\}|\{([!@]?)([a-z_]+)(?::([a-z_]+))?(?:\.(\d))?\}|\{body\}")


def fam(lang):
    return V.fam(lang)


class Ctx:
    def __init__(self, rng, lang, pools):
        self.rng, self.lang, self.pools = rng, lang, pools
        self.cache = {}
        names = pools["name_" + lang]
        self.person = rng.choice(names)

    def filler(self, name, idx):
        key = ("@", name, idx)
        if key in self.cache:
            return self.cache[key]
        rng, lang, p = self.rng, self.lang, self.pools
        if name in ("name", "first", "last"):
            who = self.person if idx is None else rng.choice(p["name_" + lang])
            v = {"name": f"{who[0]} {who[1]}", "first": who[0], "last": who[1]}[name]
        elif name in ("mover", "util", "bank", "city"):
            v = rng.choice(p[f"{name}_{lang}"])
        elif name == "agent":
            v = rng.choice(p["agent"])
        elif name == "ssid":
            v = rng.choice(p["ssid"])
        elif name == "storage":
            v = rng.choice(p["storage_all"])
        else:
            raise KeyError(name)
        self.cache[key] = v
        return v

    def span(self, typ, variant, idx):
        key = ("s", typ, variant, idx)
        if key in self.cache:
            return self.cache[key]
        rng, lang = self.rng, self.lang
        f, l = self.person
        out_type = typ
        if typ == "email":
            v = V.email(rng, lang, f, l) if idx is None else V.email(rng, lang, *rng.choice(self.pools["name_" + lang]))
        elif typ == "username":
            v = V.username(rng, lang, f, l)
        elif typ == "address":
            v = V.address(rng, lang, self.pools)
        elif typ == "bsn":
            v = V.national_id(rng, lang)
        elif typ == "aws_secret":
            v, out_type = V.aws_secret(rng, lang), "api_key"
        elif typ == "customer_number":
            v = V.customer_number(rng, lang, variant)
        else:
            v = getattr(V, typ)(rng, lang)
        used = {c[1] for k, c in self.cache.items() if k[0] == "s"}
        tries = 0
        while v in used and tries < 20 and typ not in ("email", "username", "address", "bsn", "aws_secret", "customer_number"):
            v = getattr(V, typ)(rng, lang)
            tries += 1
        self.cache[key] = (out_type, v)
        return out_type, v

    def negv(self, kind, idx):
        key = ("n", kind, idx)
        if key not in self.cache:
            self.cache[key] = V.neg(kind, self.rng, self.lang, self.pools)
        return self.cache[key]


def render(tpl, ctx, body=None):
    """Return list of pieces (text, span_type, neg_kind)."""
    out, pos = [], 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None, None))
        pos = m.end()
        tok = m.group(0)
        if tok.startswith("{{"):
            out.append((tok[1:-1], None, None))
            continue
        if tok == "{body}":
            out.extend(body)
            continue
        pre, name, variant, idx = m.group(1), m.group(2), m.group(3), m.group(4)
        if pre == "@":
            out.append((ctx.filler(name, idx), None, None))
        elif pre == "!":
            out.append((ctx.negv(name, idx), None, name))
        else:
            t, v = ctx.span(name, variant, idx)
            out.append((v, t, None))
    if pos < len(tpl):
        out.append((tpl[pos:], None, None))
    return out


def lit(s):
    return [(s, None, None)]


def quote(pieces):
    res = [("> ", None, None)]
    for t, s, n in pieces:
        if s is None and n is None:
            res.append((t.replace("\n", "\n> "), None, None))
        else:
            assert "\n" not in t
            res.append((t, s, n))
    return res


def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiounrst") + w[i + 1:]


def add_typos(pieces, rng, n):
    idxs = [i for i, p in enumerate(pieces) if p[1] is None and p[2] is None and re.search(r"[A-Za-zéèà]{4,}", p[0])]
    for _ in range(n):
        if not idxs:
            break
        i = rng.choice(idxs)
        t = pieces[i][0]
        words = [m for m in re.finditer(r"(?<![{<\[@#/.\w])[A-Za-zéèàç]{4,}(?![}>\]\w])", t)]
        if not words:
            continue
        m = rng.choice(words)
        t = t[:m.start()] + typo_word(m.group(0), rng) + t[m.end():]
        pieces[i] = (t, None, None)


def assemble(pieces):
    text, spans, negs = [], [], []
    pos = 0
    for t, s, n in pieces:
        if s:
            spans.append({"type": s, "start": pos, "end": pos + len(t)})
        elif n:
            negs.append({"kind": n, "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = P.dealt(half)
        self.groups = defaultdict(list)  # (fam, kind) -> [(gid, [(tid, tpl)])]
        for f, groups in FAMS.items():
            for kind, gname, tpls in groups:
                mine = [(f"{f}/{gname}/{i}", t) for i, t in enumerate(tpls) if i % 2 == half]
                self.groups[(f, kind)].append((f"{f}/{gname}", mine))
        self.wr = {f: {k: v[half::2] for k, v in d.items()} for f, d in WR.W.items()}

    def pick_tpl(self, f, kind, lang):
        rng = self.rng
        for _ in range(100):
            gid, mine = rng.choice(self.groups[(f, kind)])
            tid, t = rng.choice(mine)
            if "|" in t[:3]:
                tag, t = t.split("|", 1)
                if lang not in RESTRICT[tag]:
                    continue
            return tid, t
        raise RuntimeError("no template")

    def message(self, i):
        rng = self.rng
        lang = rng.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        f = fam(lang)
        ctx = Ctx(rng, lang, self.pools)
        wr = self.wr[f]
        r = rng.random()
        tids = []
        if r < 0.30:
            kind = "email"
            channel = "email"
            if rng.random() < 0.65:
                tid, t = self.pick_tpl(f, "email", lang)
            else:
                tid, t = self.pick_tpl(f, "chat", lang)
            tids.append(tid)
            body = render(t, ctx)
            pieces = []
            if rng.random() < 0.35:
                pieces += render(rng.choice(wr["subject"]), ctx) + lit("\n\n")
            pieces += render(rng.choice(wr["greet"]), ctx) + lit("\n\n") + body + lit("\n\n")
            pieces += render(rng.choice(wr["close"]), ctx) + lit("\n") + render(rng.choice(wr["sig"]), ctx)
            q = rng.random()
            if q < 0.55:
                tid2, t2 = self.pick_tpl(f, "agent", lang)
                tids.append(tid2)
                prev = render(t2, ctx) + lit("\n\n") + render(rng.choice(wr["agent_sig"]), ctx)
                if rng.random() < 0.4:
                    tid3, t3 = self.pick_tpl(f, "chat", lang)
                    tids.append(tid3)
                    prev = prev + lit("\n\n") + render(rng.choice(wr["quote_cust"]), ctx) + lit("\n") + quote(render(t3, ctx))
                pieces += lit("\n\n") + render(rng.choice(wr["quote_hdr"]), ctx) + lit("\n") + quote(prev)
            elif q < 0.7:
                pieces = render(rng.choice(wr["fwd"]), ctx) + lit("\n\n") + pieces
            if rng.random() < 0.4:
                pieces += lit("\n\n" + rng.choice(["", "--\n", "________________________________\n"])) + render(rng.choice(wr["disc"]), ctx)
        elif r < 0.70:
            kind = "chat"
            channel = rng.choice(CHAT_CH)
            tid, t = self.pick_tpl(f, "chat", lang)
            tids.append(tid)
            body = render(t, ctx)
            if rng.random() < 0.2:
                tid2, t2 = self.pick_tpl(f, "chat", lang)
                tids.append(tid2)
                body = body + lit(rng.choice(["\n", "\n\n", " ", "\nook: " if f == "nl" else "\naussi: " if f == "fr" else "\nalso: "])) + render(t2, ctx)
            pieces = render(rng.choice(wr["chat_frame"]), ctx, body=body)
        elif r < 0.84:
            kind = "public"
            channel = rng.choice(PUB_CH)
            tid, t = self.pick_tpl(f, "public", lang)
            tids.append(tid)
            pieces = render(t, ctx)
        else:
            kind = "agent"
            channel = "agent_reply"
            tid, t = self.pick_tpl(f, "agent", lang)
            tids.append(tid)
            pieces = render(t, ctx)
            if rng.random() < 0.3:
                pieces += lit("\n\n") + render(rng.choice(wr["agent_sig"]), ctx)
        if rng.random() < 0.4:
            add_typos(pieces, rng, rng.randint(1, 3))
        if kind in ("chat", "public") and rng.random() < 0.2:
            pieces = [(t.lower(), None, None) if s is None and n is None and not t.startswith("@") else (t, s, n) for t, s, n in pieces]
        text, spans, negs = assemble(pieces)
        split = "dev" if self.half == 0 else "heldout"
        rec = {"id": f"{PREFIX}-{split}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        return rec, tids


def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "s:" + s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "n:" + n["kind"]) for n in rec["negatives"]]
    for a, b, k in items:
        assert 0 <= a < b <= len(text), (rec["id"], k)
        v = text[a:b]
        assert v == v.strip(), (rec["id"], k, v)
        if k[2:] in ("email", "phone", "address", "iban", "card", "bsn", "date_of_birth", "ip_address", "otp", "cvv", "card_expiry"):
            assert v.strip(".,;:!?()") == v or v.endswith(")") is False, (rec["id"], k, v)
    items.sort()
    for x, y in zip(items, items[1:]):
        assert x[1] <= y[0], (rec["id"], "overlap", x, y)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19, (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
        assert "\n" not in v


def readme(seed, stats):
    L = []
    L.append("# Scrub corpus blind67: moving house and the paperwork around it\n")
    L.append("Written blind: the author did not open, list or run anything under `functions/`, `tests/unit/`, `bench/`, "
             "`docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
             "and did not read git history. No scrubber or scorer was run. Only `tests/scrub_corpus/BRIEF.md` was read.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nMoving house: removal firms, change-of-address with banks, energy, water, internet and municipalities, "
             "meter readings at handover, deposits and rent guarantees (huurwaarborg / garantie locative), storage units (gate, alarm, "
             "keybox codes), mail forwarding (verhuisservice, doorzending, réexpédition, Royal Mail redirection, USPS change of address). "
             "Customers from NL, BE, UK and US writing in Dutch, French and English with typos, quoted e-mail history, forwarded headers, "
             "signatures and disclaimers; agent replies that repeat values.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind67 && python3 generate_blind.py --seed {seed}\n```\n\n"
             "Modules: `values.py` (value generators with validity checks), `pools.py` (filler pools), `templates_nl.py`, "
             "`templates_fr.py`, `templates_en.py` (message templates in groups), `wrappers.py` (greetings, closings, signatures, "
             "quote headers, forward headers, disclaimers, chat frames, subjects).\n")
    L.append("## Split rule\n\nTemplates are written in groups (language family x kind x situation). Within each group, templates with an "
             "even index go to dev and odd to heldout; every wrapper list (greetings, closings, signatures, agent signatures, quote headers, "
             "forward headers, disclaimers, chat frames, subjects) and every filler pool (names, streets, cities, movers, utilities, banks, "
             "agents, SSIDs, model numbers, URLs, mentions, hashtags) is dealt the same way. Each half draws from its own "
             "`random.Random(seed * 2 + half)` (dev = half 0, heldout = half 1).\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled (including repeats in agent text and quoted history).\n"
             "- `bsn` covers both Dutch BSN (11-proof) and Belgian national register numbers (valid check digits, pre- and post-2000 rule).\n"
             "- `customer_number` includes customer/account/contract/subscriber/member/policy numbers, EAN connection codes (NL 871…, BE 5414…) and UK MPANs.\n"
             "- AWS secret access keys are labelled `api_key` (like the key id).\n"
             "- OTPs dictated as words (\"vier acht twee …\") are labelled as one span across the words.\n"
             "- Door/keybox/gate/alarm codes are `pin`, including a trailing `#` when typed as part of the code.\n"
             "- Addresses are labelled as one span from street (or flat/number) through postcode/city when written on the same line; "
             "a city mentioned alone is not labelled. Person names, SSIDs and agent names are not labelled.\n"
             "- Meter readings are negatives covering the number only; units (kWh, m³) stay outside.\n"
             "- Organisation service numbers (0800/088/078/0345/1-800) are `company_phone` negatives; masked values (****1234, NL** …) are `masked_value` negatives.\n"
             "- Quote headers name the organisation without an e-mail address (`<klantenservice>`), so no organisation e-mail is present; "
             "customer e-mails in quote/forward headers are labelled `email`.\n"
             "- Ticket/case/claim numbers are negatives even when they look like customer numbers; context (cue words) decides.\n"
             "- Macro placeholders (`{{voornaam}}` rendered as `{voornaam}`, `<datum>`, `[DATE]`) are not labelled.\n")
    L.append("## Known limitations\n\n- Template-based: sentence frames repeat within a half; values are synthetic (random digits with valid checksums). "
             "- Typos are injected only into literal text (1–3 per message in ~40% of messages), never into values. "
             "- US customers' IBANs are mostly Dutch (expats), no US routing/account number type exists. "
             "- Some negative values (dates, years) overlap in shape with dates of birth; only context distinguishes them. "
             "- Lower-casing of whole chat messages never touches values.\n")
    for split in ("dev", "heldout"):
        st = stats[split]
        L.append(f"## Counts: {split}\n\nMessages: {st['n']}\n")
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for t, c in sorted(st["spans"].items()):
            L.append(f"| {t} | {c} | {len(st['span_tpl'][t])} |")
        L.append("\n| negative kind | count |\n|---|---|")
        for t, c in sorted(st["negs"].items()):
            L.append(f"| {t} | {c} |")
        L.append("\n| channel | count |\n|---|---|")
        for t, c in sorted(st["chan"].items()):
            L.append(f"| {t} | {c} |")
        L.append("\n| lang | count |\n|---|---|")
        for t, c in sorted(st["lang"].items()):
            L.append(f"| {t} | {c} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=950)
    a = ap.parse_args()
    stats = {}
    for half, split in ((0, "dev"), (1, "heldout")):
        h = Half(a.seed, half)
        st = {"n": 0, "spans": Counter(), "negs": Counter(), "chan": Counter(), "lang": Counter(), "span_tpl": defaultdict(set)}
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as fh:
            for i in range(a.n):
                rec, tids = h.message(i)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                st["n"] += 1
                st["chan"][rec["channel"]] += 1
                st["lang"][rec["lang"]] += 1
                for s in rec["spans"]:
                    st["spans"][s["type"]] += 1
                    st["span_tpl"][s["type"]].update(tids)
                for n in rec["negatives"]:
                    st["negs"][n["kind"]] += 1
        stats[split] = st
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(a.seed, stats))
    print({k: v["n"] for k, v in stats.items()})


if __name__ == "__main__":
    main()
