#!/usr/bin/env python3
"""Blind webcare PII corpus generator (blind113). Usage: python3 generate_blind.py --seed 20261311"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import frames as F
import templates_be
import templates_en
import templates_extra as X
import templates_nl
from values import (Ctx, NEG_GENS, SPAN_GENS, bsn_ok, filler, iban_ok, luhn_ok, rrn_ok)

PREFIX = "b113"
N_PER_HALF = 950
SECTORS = ["clean", "window", "roof", "claims", "isp", "rental", "muni"]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 28), ("agent_reply", 12), ("x_public", 9), ("facebook_comment", 8), ("instagram_comment", 5),
            ("x_dm", 7), ("messenger", 8), ("whatsapp", 12), ("telegram", 4), ("instagram_dm", 7)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
PH = re.compile(r"\{([~=]?)([a-z_]+)(?:@(\w+))?\}")


def lgroup(lang):
    return {"nl": "nl", "nl-be": "vl", "fr-be": "fr"}.get(lang, "en")


def bodies(lang):
    g = lgroup(lang)
    return {"nl": templates_nl.BODY, "vl": templates_be.BODY_VL, "fr": templates_be.BODY_FR, "en": templates_en.BODY}[g]


class Piece:
    def __init__(self, text="", spans=None, negs=None):
        self.text, self.spans, self.negs = text, spans or [], negs or []

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off, tid) for k, s, e, tid in other.negs]
        return self

    def prefix_lines(self, prefix):
        out, mapping = [], []
        pos = 0
        for i, ch in enumerate(self.text):
            if i == 0 or self.text[i - 1] == "\n":
                out.append(prefix); pos += len(prefix)
            mapping.append(pos); out.append(ch); pos += 1
        mapping.append(pos)
        self.text = "".join(out)
        self.spans = [(t, mapping[s], mapping[e - 1] + 1, tid) for t, s, e, tid in self.spans]
        self.negs = [(k, mapping[s], mapping[e - 1] + 1, tid) for k, s, e, tid in self.negs]
        return self


def typo(rng, word):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.randint(0, 3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiornst") + word[i + 1:]


def literal(ctx, s, style):
    rng = ctx.rng
    if style.get("lower"):
        s = s.lower()
    if style.get("typos") and rng.random() < 0.35:
        words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
        if words:
            m = rng.choice(words)
            s = s[:m.start()] + typo(rng, m.group()) + s[m.end():]
    return s


def render(tpl, ctx, tid, style):
    p = Piece()
    pos = 0
    for m in PH.finditer(tpl):
        p.add(Piece(literal(ctx, tpl[pos:m.start()], style)))
        mode, name, key = m.groups()
        if mode == "=":
            p.add(Piece(filler(ctx, name)))
        else:
            table = NEG_GENS if mode == "~" else SPAN_GENS
            label, gen = table[name]
            mk = (mode, name, key)
            if key and mk in ctx.memo:
                v = ctx.memo[mk]
            else:
                v = gen(ctx)
                if key:
                    ctx.memo[mk] = v
            if mode == "~":
                p.add(Piece(v, negs=[(label, 0, len(v), tid)]))
            else:
                p.add(Piece(v, spans=[(label, 0, len(v), tid)]))
        pos = m.end()
    p.add(Piece(literal(ctx, tpl[pos:], style)))
    return p


def render_frame(tpl, ctx, tid, style, slot, inner):
    a, b = tpl.split(slot, 1)
    return render(a, ctx, tid, style).add(inner).add(render(b, ctx, tid, style))


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)

    def deal(self, lst):
        return list(enumerate(lst))[self.half::2]

    def pick(self, lst, tag):
        i, t = self.rng.choice(self.deal(lst))
        return t, f"{tag}:{i}"

    def body(self, ctx, style, sector=None):
        sector = sector or ctx.sector
        g = lgroup(ctx.lang)
        if self.rng.random() < 0.25:
            tpl, tid = self.pick(X.EXTRA[g], f"extra:{g}")
            return render(tpl, ctx, tid, style)
        tpl, tid = self.pick(bodies(ctx.lang)[sector], f"body:{lgroup(ctx.lang)}:{sector}")
        return render(tpl, ctx, tid, style)

    def message(self, idx):
        r = self.rng
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        channel = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        sector = r.choice(SECTORS)
        ctx = Ctx(r, lang, self.half, sector)
        g = lgroup(lang)
        style = {"typos": r.random() < 0.4, "lower": channel not in ("email", "agent_reply") and r.random() < 0.1}
        if channel == "agent_reply":
            tpl, tid = self.pick(F.AGENT[g], f"agent:{g}")
            p = render(tpl, ctx, tid, {"typos": r.random() < 0.1})
            if r.random() < 0.25:
                q = self.body(ctx, style)
                p.add(Piece("\n\n")).add(q.prefix_lines("> "))
        elif channel in PUBLIC:
            tpl, tid = self.pick(F.PUBLIC[g], f"public:{g}")
            p = render_frame(tpl, ctx, tid, style, "{B}", self.body(ctx, style))
        elif channel == "email":
            p = self.email(ctx, style, g)
        else:
            tpl, tid = self.pick(F.CHAT[g], f"chat:{g}")
            inner = self.body(ctx, style)
            if r.random() < 0.15:
                inner.add(Piece("\n")).add(self.body(ctx, style))
            p = render_frame(tpl, ctx, tid, style, "{B}", inner)
        return {"id": f"{PREFIX}-{'dev' if self.half == 0 else 'heldout'}-{idx:05d}", "channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private", "_piece": p}

    def email(self, ctx, style, g):
        r = self.rng
        p = Piece()
        if r.random() < 0.5:
            st, stid = self.pick(F.SUBJECT_TEXT[g], f"subjtext:{g}")
            tpl, tid = self.pick(F.SUBJECT[g], f"subject:{g}")
            p.add(render_frame(tpl, ctx, tid, style, "{S}", render(st, ctx, stid, style))).add(Piece("\n\n"))
        fwd = r.random() < 0.12
        tpl, tid = self.pick(F.GREETING[g], f"greet:{g}")
        p.add(render(tpl, ctx, tid, style)).add(Piece("\n\n"))
        p.add(self.body(ctx, style))
        if r.random() < 0.75:
            tpl, tid = self.pick(X.PROSE[g], f"prose:{g}")
            p.add(Piece("\n\n")).add(render(tpl, ctx, tid, style))
        if r.random() < 0.8:
            p.add(Piece("\n\n")).add(self.body(ctx, style))
        tpl, tid = self.pick(F.CLOSING[g], f"closing:{g}")
        p.add(Piece("\n\n")).add(render(tpl, ctx, tid, style)).add(Piece("\n"))
        tpl, tid = self.pick(F.SIGNATURE[g], f"sig:{g}")
        p.add(render(tpl, ctx, tid, style))
        if fwd:
            tpl, tid = self.pick(F.FORWARD[g], f"fwd:{g}")
            p.add(Piece("\n\n")).add(render(tpl, ctx, tid, style)).add(Piece("\n")).add(self.body(ctx, style))
        elif r.random() < 0.8:
            tpl, tid = self.pick(F.QUOTE_HEAD[g], f"qhead:{g}")
            head = render(tpl, ctx, tid, style)
            qt, qtid = self.pick(F.QUOTE_BODY[g], f"qbody:{g}")
            qb = render(qt, ctx, qtid, style)
            if r.random() < 0.7:
                qb.prefix_lines(r.choice(["> ", ">"]))
            p.add(Piece("\n\n")).add(head).add(Piece("\n")).add(qb)
        if r.random() < 0.4:
            tpl, tid = self.pick(F.DISCLAIMER[g], f"disc:{g}")
            p.add(Piece("\n\n" + r.choice(["", "--\n", "________________________________\n"]))).add(render(tpl, ctx, tid, style))
        return p


def finalize(msg):
    p = msg.pop("_piece")
    msg["text"] = p.text
    msg["spans"] = [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(p.spans, key=lambda x: x[1])]
    msg["negatives"] = [{"kind": k, "start": s, "end": e} for k, s, e, _ in sorted(p.negs, key=lambda x: x[1])]
    return p


def check(msg):
    t = msg["text"]
    items = [(x["start"], x["end"], "S:" + x["type"]) for x in msg["spans"]] + [(x["start"], x["end"], "N:" + x["kind"]) for x in msg["negatives"]]
    for s, e, lab in items:
        assert 0 <= s < e <= len(t), (msg["id"], lab, s, e)
        v = t[s:e]
        assert v == v.strip() and not v[0].isspace(), (msg["id"], lab, repr(v))
        if lab == "S:card":
            assert luhn_ok(v), (msg["id"], v)
        if lab == "S:iban":
            assert iban_ok(v), (msg["id"], v)
        if lab == "S:bsn":
            d = "".join(ch for ch in v if ch.isdigit())
            assert (len(d) == 9 and bsn_ok(d)) or (len(d) == 11 and rrn_ok(d)), (msg["id"], v)
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (msg["id"], "overlap", a, b, t[a[0]:a[1]], t[b[0]:b[1]])
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        h = Half(half, a.seed)
        st = {"n": 0, "spans": Counter(), "tpl": defaultdict(set), "negs": Counter(), "chan": Counter(), "lang": Counter(), "email_len": []}
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                m = h.message(i)
                p = finalize(m)
                check(m)
                st["n"] += 1
                for t, s, e, tid in p.spans:
                    st["spans"][t] += 1
                    st["tpl"][t].add(tid)
                for k, *_ in p.negs:
                    st["negs"][k] += 1
                st["chan"][m["channel"]] += 1
                st["lang"][m["lang"]] += 1
                if m["channel"] == "email":
                    st["email_len"].append(len(m["text"].encode("utf-8")))
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[name] = st
    write_readme(a.seed, stats)


def write_readme(seed, stats):
    L = []
    w = L.append
    w("# Scrub corpus blind113 — written blind\n")
    w("This corpus was written blind: its author did not open, list, grep or run anything under `functions/`, `tests/unit/`, "
      "`bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
      "did not read git history, and did not run any scrubber or scorer. Everything here is written from public knowledge "
      "of how customers and agents write on social and e-mail channels.\n")
    w("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    w("## Emphasis\n")
    w("Cleaning services, window cleaners and roof contractors, insurers' claims desks, ISPs' business lines, car rental, "
      "municipalities' permits and parking permits. Dutch, Belgian (Flemish and French), UK and US customers on all channels, "
      "with typos, e-mail signatures, quoted history, forwarded headers, disclaimers and agent replies.\n")
    w("## Generation\n")
    w(f"```\ncd tests/scrub_corpus/blind113\npython3 generate_blind.py --seed {seed}\n```\n")
    w("Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` (filler pools), "
      "`templates_nl.py`, `templates_be.py`, `templates_en.py` (body templates per language and sector), `frames.py` "
      "(channel frames, e-mail parts, quote blocks, agent replies). Writes `dev.jsonl`, `heldout.jsonl` and this README. "
      "The generator asserts offsets, trimming, non-overlap, Luhn, IBAN mod-97, BSN 11-proof and Belgian national register check digits.\n")
    w("## Split rule\n")
    w("Every template group (language group × kind × sector: body templates, public/chat frames, greetings, closings, signatures, "
      "subjects, quote headers, quote bodies, forward headers, disclaimers, agent replies) is dealt alternately: even index to dev, "
      "odd index to heldout. Filler pools (names, streets, cities, companies, agents, agent initials, SSIDs, plates, hashtags, "
      "e-mail domains, model numbers, URL paths, macro placeholders) are dealt the same way. Each half uses its own "
      "`random.Random(seed * 2 + half)`. Typos (swap/drop/double/replace one letter) and occasional lower-casing are applied only to "
      "literal template text (cue words included), never to labelled values or negatives.\n")
    w("## Labelling conventions and judgement calls\n")
    for s in [
        "Spans cover the value only, never the cue word; every occurrence is labelled, including agent repeats and quoted history.",
        "`customer_number` covers customer/account numbers, contract and subscription numbers, policy numbers, EAN connection codes, loyalty/member numbers and parking/visitor/resident permit numbers (a permit number is tied to one resident, like a subscription).",
        "Claim, damage-file (schadenummer, dossier), application/zaak numbers, PCN/naheffing numbers are `ticket_number` or `invoice_number` negatives, not customer numbers. Rental reservation/booking references and quote numbers are `order_number` negatives.",
        "Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`, as the brief asks.",
        "Door, gate, keysafe, lockbox and alarm codes are `pin`. A trailing `#` after a gate code is left outside the span.",
        "OTPs dictated as words (\"vier acht twee ...\", \"quatre huit ...\") are one `otp` span over the whole word sequence.",
        "Router admin login names are `username`; SSIDs are not labelled. Vendor-style API keys and AWS-style ids/secrets are `api_key`; JWT, PAT, OAuth and hex tokens are `token`.",
        "Company service numbers (0800/088/0900, 078, 0345, 1-800) are `company_phone` negatives, including in agent and company signatures; a business customer's own mobile in their signature is a `phone` span.",
        "Company registration numbers of customers' own businesses (KvK, BTW, ondernemingsnummer, Company No., EIN) are `company_registration` negatives.",
        "Odometer (kilometerstand / mileage) readings at car return are `meter_reading` negatives.",
        "Personal names, cities on their own, licence plates, agent names/initials and macro placeholders are unlabelled plain text. Customer e-mail addresses in quote headers are labelled `email`.",
        "Durations and counts written with units (\"3 weken\", \"12 windows\", \"500 Mbit/s\") are `quantity` negatives.",
    ]:
        w(f"- {s}")
    w("")
    w("## Known limitations\n")
    for s in [
        "Template-based: sentences are recombined from a finite set of bodies and frames, so the same cue phrase repeats within a half.",
        "Bodies are chosen independently of the channel, so a public post may contain data a real customer would more rarely post publicly.",
        "Some quantities are awkward in context (e.g. a count of windows where a waiting time would be more natural).",
        "No images, attachments, or non-Latin scripts; IPv6 coverage is thin; no US SSN or UK NI numbers.",
        "Names of people are never labelled; a scrubber that removes them will not be penalised by spans but may hit nothing here either.",
    ]:
        w(f"- {s}")
    w("")
    w("## Counts\n")
    for name, st in stats.items():
        w(f"### {name}.jsonl\n")
        w(f"Messages: {st['n']}\n")
        el = sorted(st["email_len"])
        if el:
            inr = sum(1 for x in el if 500 <= x <= 2048)
            w(f"E-mails: {len(el)} (median {el[len(el) // 2]} bytes; {inr} between 0.5 and 2 KB)\n")
        w("| span type | count | distinct templates |\n|---|---|---|")
        for t, c in sorted(st["spans"].items()):
            w(f"| {t} | {c} | {len(st['tpl'][t])} |")
        w("\n| negative kind | count |\n|---|---|")
        for k, c in sorted(st["negs"].items()):
            w(f"| {k} | {c} |")
        w("\n| channel | count |\n|---|---|")
        for k, c in sorted(st["chan"].items()):
            w(f"| {k} | {c} |")
        w("\n| lang | count |\n|---|---|")
        for k, c in sorted(st["lang"].items()):
            w(f"| {k} | {c} |")
        w("")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
