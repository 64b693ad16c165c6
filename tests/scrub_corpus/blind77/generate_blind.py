#!/usr/bin/env python3
"""Blind labelled webcare corpus generator: banking fraud and scams (blind77).

Template token syntax (inside template strings):
  {type}            labelled span of `type` (value generated for the message language)
  {type:fmt}        same, with a format hint (e.g. {otp:words}, {bsn:nl}, {pin:door})
  {type=k}          reuse the value stored under key k within this message
  {!kind}           hard negative of `kind`;  {!kind|literal} fixed literal negative
  {@pool}           unlabelled filler from a dealt pool (names, banks, agents, cities)
  {?a|b|c}          literal alternatives
  {{ and }}         literal braces (macro placeholders such as {first_name})

Usage: python3 generate_blind.py --seed 20261275
"""
import argparse
import collections
import json
import random
import re
import sys

import values
from values import GEN, FAM
from negs import NEG
from pools import dealt
from frames import FRAMES
import tpl_nl
import tpl_fr
import tpl_en

PREFIX = "b77"
DIRNAME = "blind77"
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KIND_W = [("email", 30), ("chat", 37), ("public", 13), ("agent", 20)]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC_SET = set(PUBLIC_CH)
N_PER_HALF = 950

TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")


class Piece:
    def __init__(self):
        self.text = ""
        self.spans = []   # (type, start, end, tpl_id)
        self.negs = []    # (kind, start, end)

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]
        return self

    def lit(self, s):
        self.text += s
        return self


def typo_word(rng, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    return w.lower() if w[0].isupper() else w


def mangle(rng, s, ctx):
    if ctx["lower"]:
        s = s.lower()
    if ctx["typo"] <= 0:
        return s
    parts = re.split(r"(\W+)", s)
    return "".join(typo_word(rng, p) if rng.random() < ctx["typo"] else p for p in parts)


def render(tpl, ctx, tid):
    rng, lang = ctx["rng"], ctx["lang"]
    P = ctx["pools"][lang]
    out = Piece()
    pos = 0
    for m in TOKEN.finditer(tpl):
        out.lit(mangle(rng, tpl[pos:m.start()], ctx))
        pos = m.end()
        g = m.group(0)
        if g == "{{":
            out.lit("{")
            continue
        if g == "}}":
            out.lit("}")
            continue
        tok = m.group(1)
        if tok.startswith("?"):
            out.lit(mangle(rng, rng.choice(tok[1:].split("|")), ctx))
        elif tok.startswith("@"):
            out.lit(rng.choice(P[tok[1:]]))
        elif tok.startswith("!"):
            body = tok[1:]
            lit = None
            if "|" in body:
                body, lit = body.split("|", 1)
            key = None
            if "=" in body:
                body, key = body.split("=", 1)
            nf = None
            if ":" in body:
                body, nf = body.split(":", 1)
            if lit is None:
                if key and ("N" + key) in ctx["keys"]:
                    lit = ctx["keys"]["N" + key]
                else:
                    lit = NEG[body](rng, lang, P, nf) if nf else NEG[body](rng, lang, P)
                    if key:
                        ctx["keys"]["N" + key] = lit
            s = len(out.text)
            out.lit(lit)
            out.negs.append((body, s, len(out.text)))
        else:
            key = None
            if "=" in tok:
                tok, key = tok.split("=", 1)
            fmt = None
            if ":" in tok:
                tok, fmt = tok.split(":", 1)
            if key and (tok + key) in ctx["keys"]:
                val = ctx["keys"][tok + key]
            else:
                val = GEN[tok](rng, lang, fmt)
                if key:
                    ctx["keys"][tok + key] = val
            if ctx["flat"]:
                val = val.replace("\n", ", ")
            s = len(out.text)
            out.lit(val)
            out.spans.append((tok, s, len(out.text), tid))
    out.lit(mangle(rng, tpl[pos:], ctx))
    return out


def quoted(piece, prefix="> "):
    """Prefix every line with `prefix`, shifting offsets. Values never contain newlines here."""
    q = Piece()
    lines = piece.text.split("\n")
    mapping = []
    pos = 0
    newtext = []
    newpos = 0
    for i, line in enumerate(lines):
        pre = prefix if line else prefix.rstrip()
        mapping.append((pos, newpos + len(pre)))
        newtext.append(pre + line)
        newpos += len(pre) + len(line) + 1
        pos += len(line) + 1
    q.text = "\n".join(newtext)

    def shift(o):
        best = mapping[0]
        for a, b in mapping:
            if a <= o:
                best = (a, b)
            else:
                break
        return o - best[0] + best[1]
    for t, s, e, tid in piece.spans:
        assert "\n" not in piece.text[s:e]
        q.spans.append((t, shift(s), shift(e), tid))
    for k, s, e in piece.negs:
        q.negs.append((k, shift(s), shift(e)))
    return q


# ------------------------------------------------------------------ template pools
def build_templates(half):
    """Return {lang: {kind: [(tid, tpl)]}} with each group dealt alternately."""
    out = {l: collections.defaultdict(list) for l, _ in LANG_W}

    def deal(groups, langs, tag):
        for gname, kind, items in groups:
            for i, t in enumerate(items):
                if i % 2 == half:
                    for l in langs:
                        out[l][kind].append((f"{tag}:{gname}:{i}", t))
    deal(tpl_nl.GROUPS, tpl_nl.LANGS, "nl")
    deal(tpl_nl.BE_GROUPS, ["nl-be"], "be")
    deal(tpl_fr.GROUPS, tpl_fr.LANGS, "fr")
    deal(tpl_en.GROUPS, tpl_en.LANGS, "en")
    frames = {}
    for fam, d in FRAMES.items():
        frames[fam] = {k: [(f"frame:{fam}:{k}:{i}", t) for i, t in enumerate(v) if i % 2 == half] for k, v in d.items()}
    return out, frames


def wpick(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for x, w in items:
        r -= w
        if r <= 0:
            return x
    return items[-1][0]


def make_message(rng, half, lang, kind, T, F, pools):
    fam = FAM[lang]
    ctx = {"rng": rng, "lang": lang, "pools": pools, "keys": {}, "flat": False,
           "typo": 0.0, "lower": False}
    if kind != "agent" and rng.random() < 0.35:
        ctx["typo"] = rng.choice([0.02, 0.04, 0.07])
    fr = F[fam]

    def R(item, flat=False, lower=False, typo=None):
        old = (ctx["flat"], ctx["lower"], ctx["typo"])
        ctx["flat"], ctx["lower"] = flat, lower
        if typo is not None:
            ctx["typo"] = typo
        p = render(item[1], ctx, item[0])
        ctx["flat"], ctx["lower"], ctx["typo"] = old
        return p

    if kind == "chat":
        ch = rng.choice(CHAT_CH)
        msg = R(rng.choice(T[lang]["chat"]), lower=rng.random() < 0.15)
        if rng.random() < 0.12:  # a follow-up line in the same chat
            msg.lit(rng.choice(["\n", "\n\n", " … ", "\n-- "]))
            msg.add(R(rng.choice(T[lang]["chat"])))
        return ch, msg
    if kind == "public":
        return rng.choice(PUBLIC_CH), R(rng.choice(T[lang]["public"]), lower=rng.random() < 0.1)
    if kind == "agent":
        msg = R(rng.choice(T[lang]["agent"]), typo=0.0)
        if rng.random() < 0.2:
            msg.lit("\n\n")
            msg.add(R(rng.choice(T[lang]["agent"]), typo=0.0))
        return "agent_reply", msg
    # e-mail
    style = rng.random()
    msg = Piece()
    if rng.random() < 0.5:
        msg.add(R(rng.choice(fr["subject"]))).lit("\n\n")
    if style < 0.55:  # customer writes, maybe quoting an earlier agent reply
        msg.add(R(rng.choice(fr["greeting"]))).lit("\n\n")
        msg.add(R(rng.choice(T[lang]["email_body"])))
        if rng.random() < 0.2:
            msg.lit("\n\n").add(R(rng.choice(T[lang]["chat"])))
        msg.lit("\n\n").add(R(rng.choice(fr["signoff"]))).lit("\n")
        msg.add(R(rng.choice(fr["signature"])))
        if rng.random() < 0.5:
            msg.lit("\n\n").add(R(rng.choice(fr["quote_header"]), flat=True)).lit("\n")
            inner = R(rng.choice(T[lang]["agent"]), flat=True, typo=0.0)
            inner.lit("\n\n").add(R(rng.choice(fr["agent_sig"]), flat=True, typo=0.0))
            msg.add(quoted(inner))
    elif style < 0.8:  # fraud desk answers by e-mail, quoting the customer
        msg.add(R(rng.choice(fr["agent_greet"]), typo=0.0)).lit("\n\n")
        msg.add(R(rng.choice(T[lang]["agent"]), typo=0.0))
        if rng.random() < 0.5:
            msg.lit("\n\n").add(R(rng.choice(T[lang]["agent"]), typo=0.0))
        msg.lit("\n\n").add(R(rng.choice(fr["agent_sig"]), typo=0.0))
        if rng.random() < 0.6:
            msg.lit("\n\n").add(R(rng.choice(fr["disclaimer"]), typo=0.0))
        if rng.random() < 0.7:
            msg.lit("\n\n").add(R(rng.choice(fr["quote_header"]), flat=True, typo=0.0)).lit("\n")
            inner = R(rng.choice(T[lang]["email_body"]), flat=True)
            inner.lit("\n\n").add(R(rng.choice(fr["signature"]), flat=True))
            msg.add(quoted(inner))
    else:  # customer forwards a phishing mail
        msg.add(R(rng.choice(fr["greeting"]))).lit("\n\n")
        msg.add(R(rng.choice(fr["forward_note"]))).lit("\n\n")
        if rng.random() < 0.5:
            msg.add(R(rng.choice(T[lang]["chat"]))).lit("\n\n")
        msg.add(R(rng.choice(fr["signature"]))).lit("\n\n")
        msg.add(R(rng.choice(fr["forward"]))).lit("\n\n")
        msg.add(R(rng.choice(fr["phish"])))
    if rng.random() < 0.25 and style < 0.55:
        msg.lit("\n\n").add(R(rng.choice(fr["disclaimer"]), typo=0.0))
    return "email", msg


# ------------------------------------------------------------------ checks
def check(rec):
    t = rec["text"]
    items = [("S", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("N", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for tag, typ, s, e in items:
        assert 0 <= s < e <= len(t), (rec["id"], typ, s, e)
        v = t[s:e]
        assert v == v.strip() and v.strip(" .,;:") == v or typ in ("masked_value",), (rec["id"], typ, repr(v))
        if tag == "S":
            if typ == "card":
                d = re.sub(r"\D", "", v)
                assert 13 <= len(d) <= 19 and values.luhn_ok(d), (rec["id"], v)
            if typ == "iban":
                assert values.iban_ok(v), (rec["id"], v)
            if typ == "bsn":
                d = re.sub(r"\D", "", v)
                assert (len(d) == 9 and values.bsn_ok(d)) or (len(d) == 11 and values.rrn_ok(d)), (rec["id"], v)
    srt = sorted(items, key=lambda x: x[2])
    for a, b in zip(srt, srt[1:]):
        assert a[3] <= b[2], (rec["id"], "overlap", a, b, t[a[2]:a[3]], t[b[2]:b[3]])


def generate(seed, half):
    rng = random.Random(seed * 2 + half)
    T, F = build_templates(half)
    pools = dealt(half)
    name = ["dev", "heldout"][half]
    recs = []
    for i in range(N_PER_HALF):
        lang = wpick(rng, LANG_W)
        kind = wpick(rng, KIND_W)
        ch, p = make_message(rng, half, lang, kind, T, F, pools)
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC_SET else "private", "text": p.text,
               "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(p.spans, key=lambda x: x[1])],
               "negatives": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(p.negs, key=lambda x: x[1])]}
        check(rec)
        rec["_tids"] = [(t, tid) for t, _, _, tid in p.spans]
        recs.append(rec)
    return recs


# ------------------------------------------------------------------ README
def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def stats(recs):
    sp = collections.Counter()
    tids = collections.defaultdict(set)
    ng = collections.Counter()
    ch = collections.Counter(r["channel"] for r in recs)
    lg = collections.Counter(r["lang"] for r in recs)
    for r in recs:
        for s in r["spans"]:
            sp[s["type"]] += 1
        for t, tid in r["_tids"]:
            tids[t].add(tid)
        for n in r["negatives"]:
            ng[n["kind"]] += 1
    emails = [r for r in recs if r["channel"] == "email"]
    sizes = sorted(len(r["text"].encode()) for r in emails)
    return sp, tids, ng, ch, lg, len(emails), sizes


def readme(seed, halves):
    L = []
    L.append("# Blind scrub corpus `blind77`: banking fraud and scams\n")
    L.append("This corpus was written **blind**: its author did not open, read, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under "
             "`tests/scrub_corpus/` (other corpora, scorers, generators), did not read git history, and did "
             "not run any scrubber or scorer. Everything here comes from public knowledge of how customers and "
             "agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Banking fraud and scams in social customer care: customers of banks, card issuers and payment apps "
             "reporting phishing texts and e-mails, spoofed 'bank employee' and 'Card Stop' calls, courier scams, "
             "one-time codes and card-reader responses they were tricked into sharing (also dictated as words), "
             "blocked cards, disputed transactions and chargebacks, money mules, hacked accounts, SIM swaps, fake "
             "invoices (business e-mail compromise), leaked open-banking API keys/tokens; replies from fraud desks.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/{DIRNAME}\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Python 3.11 standard library only. Modules: `values.py` (labelled value generators with valid "
             "checksums), `negs.py` (hard negatives), `pools.py` (filler pools), `frames.py` (e-mail frames), "
             "`tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language, kind, situation). Within each group, members with an even "
             "index go to dev and odd ones to heldout, so no template, e-mail frame piece (subject, greeting, "
             "sign-off, signature, quote header, forward header, disclaimer, agent signature) is shared between the "
             "halves. Every filler pool (banks, names, agents, cities, company phone numbers, mentions, hashtags, "
             "URLs, device models, product names) is dealt the same way. Each half uses its own "
             "`random.Random(seed * 2 + half)` (dev = half 0, heldout = half 1). Dutch templates serve both `nl` and "
             "`nl-be` (values are localised: BE IBANs, +32 numbers, Belgian addresses, national register numbers), "
             "plus Belgian-only groups; English templates serve `en-gb` and `en-us`.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word, and every occurrence is labelled (also inside `> ` quoted history).
- `otp` includes SMS/app codes, card-reader (Digipass) responses and itsme confirmations, also when dictated as words ("vier twee zeven ..."); the whole word sequence is one span.
- `pin` includes card PINs, itsme codes, phone/SIM PINs and key-box/door codes; `puk` is the 8-digit SIM PUK.
- `bsn` covers Dutch BSNs (11-proof) and Belgian national register numbers (rijksregisternummer / numéro national), in dotted and plain forms.
- `customer_number` covers customer/client/relation numbers, UK 8-digit account numbers, business customer numbers and EAN-like contract ids.
- `address` includes postcode and city when written with the street; a street + number alone is still an address. Cities alone are not labelled.
- `password` includes old and new passwords and router admin passwords; `username` is a login name (never a public @handle).
- The fraudster's IBAN (money-mule account) is labelled `iban` like the customer's: it is still an account number of a natural person.
- Organisation e-mail addresses in headers (e.g. `noreply@bank-service.nl`) and phishing sender addresses are neither spans nor negatives (neutral).
- Hard negatives: bank service numbers (also in caller-ID spoofing stories and agent signatures) are `company_phone`; phishing links are `url`; "card ending 1234" style partial values and starred values are `masked_value`; police/fraud case references are `ticket_number`; SHA-256 sums of attachments are `checksum`.
- Macro placeholders (`{first_name}`, `{voornaam}`, `<customer_name>`) and agent initials (`^Lisa`) are not labelled.
- Typos are injected only into literal text (including cue words), never into labelled values or negatives.
""")
    L.append("## Known limitations\n")
    L.append("""- Template-based: sentence frames recur within a half (233 message templates and 156 e-mail frame pieces in all, roughly half of each per half).
- Values are synthetic; phone numbers follow national formats but are random; bank names are real brands used only as fillers.
- UK sort codes, US SSNs and routing numbers are deliberately absent (no label type for them).
- Some text in Belgian Dutch is close to Netherlands Dutch; slang and code-switching are limited.
- Company service numbers come from a small pool per language; the same service number can also appear inside a customer's story about a spoofed call.
""")
    for name, recs in halves:
        sp, tids, ng, ch, lg, ne, sizes = stats(recs)
        L.append(f"## Counts: {name}\n")
        L.append(f"Messages: {len(recs)}; e-mails: {ne} (median size {sizes[len(sizes) // 2]} bytes, "
                 f"{sum(1 for s in sizes if 500 <= s <= 2048)} between 0.5 and 2 KB).\n")
        L.append(table([(t, sp[t], len(tids[t])) for t in sorted(sp)], ["span type", "spans", "distinct templates"]) + "\n")
        L.append(table([(k, ng[k]) for k in sorted(ng)], ["negative kind", "count"]) + "\n")
        L.append(table([(k, ch[k]) for k in sorted(ch)], ["channel", "messages"]) + "\n")
        L.append(table([(k, lg[k]) for k in sorted(lg)], ["lang", "messages"]) + "\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = []
    for half, name in ((0, "dev"), (1, "heldout")):
        recs = generate(a.seed, half)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({k: v for k, v in r.items() if k != "_tids"}, ensure_ascii=False) + "\n")
        halves.append((name, recs))
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    for name, recs in halves:
        print(name, len(recs), "messages", sum(len(r["spans"]) for r in recs), "spans",
              sum(len(r["negatives"]) for r in recs), "negatives")


if __name__ == "__main__":
    sys.exit(main())
