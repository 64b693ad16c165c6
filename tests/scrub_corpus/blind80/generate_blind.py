#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind80): hospitality, travel and leisure.

Usage: python3 generate_blind.py --seed 20261278
Writes dev.jsonl, heldout.jsonl and README.md next to this file.  Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re

import values as V
from pools import split_pools
from templates_en import EN
from templates_fr import FR
from templates_nl import NL, NLBE
from templates_extra import merge as merge_extra

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b80"
PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KINDS = [("email", 30), ("chat", 38), ("public", 14), ("agent", 18)]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
TEMPLATE_SETS = {"NL": NL, "NLBE": NLBE, "FR": FR, "EN": EN}
merge_extra(TEMPLATE_SETS)

PH = re.compile(r"\{\{[^{}]*\}\}|\{([~=]?)([a-z_]+)(?::([A-Za-z0-9_]+))?(?:@(\w+))?\}")


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def split_templates(half):
    """Deal every template group alternately: even index -> dev (half 0), odd -> heldout (half 1)."""
    out = {}
    for setname, groups in TEMPLATE_SETS.items():
        out[setname] = {g: [(f"{setname}.{g}.{i}", t) for i, t in enumerate(lst) if i % 2 == half]
                        for g, lst in groups.items()}
    return out


class Ctx:
    def __init__(self, rng, lang, P):
        self.rng, self.lang, self.P, self.cache = rng, lang, P, {}


def filler(ctx, name):
    rng, lang, P = ctx.rng, ctx.lang, ctx.P
    if name == "city":
        key = {"nl": "city_nl", "nl-be": "city_be_nl", "fr-be": "city_be_fr", "en-gb": "city_gb", "en-us": "city_us"}[lang]
        c = rng.choice(P[key])
        return c[0] if isinstance(c, tuple) else c
    if name in ("first", "last") and ("name_" + name) in ctx.cache:
        return ctx.cache["name_" + name]
    v = rng.choice(P[name])
    if name in ("first", "last"):
        ctx.cache["name_" + name] = v
    return v


def render(tpl, ctx, tid):
    """Return a list of pieces (text, kind, label, template_id); kind in None/'span'/'neg'."""
    pieces = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            pieces.append((tpl[pos:m.start()], None, None, tid))
        tok = m.group(0)
        if tok.startswith("{{"):
            pieces.append((tok[1:-1], "macro", None, tid))
        else:
            sig, name, fmt, key = m.group(1), m.group(2), m.group(3), m.group(4)
            if sig == "=":
                pieces.append((filler(ctx, name), None, None, tid))
            elif sig == "~":
                kind, fn = V.NEG_GEN[name]
                pieces.append((fn(ctx.rng, ctx.lang, ctx.P, fmt), "neg", kind, tid))
            else:
                typ, fn = V.SPAN_GEN[name]
                ck = (name, fmt, key)
                if key and ck in ctx.cache:
                    val = ctx.cache[ck]
                else:
                    val = fn(ctx.rng, ctx.lang, ctx.P, fmt)
                    if key:
                        ctx.cache[ck] = val
                pieces.append((val, "span", typ, tid))
        pos = m.end()
    if pos < len(tpl):
        pieces.append((tpl[pos:], None, None, tid))
    return pieces


def lit(text, tid="frame"):
    return [(text, None, None, tid)]


def quote(pieces):
    out = [("> ", None, None, "frame")]
    for t, k, l, tid in pieces:
        if k is None:
            out.append((t.replace("\n", "\n> "), None, None, tid))
        else:
            out.append((t, k, l, tid))
    return out


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    k = rng.randrange(4)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiosnrt") + w[i + 1:]


def add_typos(rng, pieces, n):
    idx = [i for i, p in enumerate(pieces) if p[1] is None and WORD.search(p[0])]
    for _ in range(n):
        if not idx:
            return pieces
        i = rng.choice(idx)
        t = pieces[i][0]
        cands = [m for m in WORD.finditer(t)
                 if (m.start() == 0 or t[m.start() - 1] not in "{_<[@#/.")
                 and (m.end() == len(t) or t[m.end()] not in "}_>]")]
        if not cands:
            continue
        m = rng.choice(cands)
        t = t[:m.start()] + typo_word(rng, m.group(0)) + t[m.end():]
        pieces[i] = (t,) + pieces[i][1:]
    return pieces


def lower_literals(pieces):
    return [(t.lower(), k, l, tid) if k is None else (t, k, l, tid) for t, k, l, tid in pieces]


def pick(rng, T, lang, group):
    if lang == "nl":
        sets = ["NL"]
    elif lang == "nl-be":
        sets = ["NLBE", "NL"] if rng.random() < 0.55 else ["NL"]
    elif lang == "fr-be":
        sets = ["FR"]
    else:
        sets = ["EN"]
    for s in sets:
        if T[s].get(group):
            return rng.choice(T[s][group])
    raise KeyError(group)


def build_message(rng, T, P, lang, kind):
    ctx = Ctx(rng, lang, P)
    pieces = []
    if kind == "chat":
        if rng.random() < 0.35:
            tid, t = pick(rng, T, lang, "opener")
            pieces += render(t, ctx, tid) + lit(rng.choice([" ", "\n", ", "]) if not t.endswith(",") else rng.choice([" ", "\n"]))
        tid, t = pick(rng, T, lang, "chat")
        pieces += render(t, ctx, tid)
        if rng.random() < 0.2:
            tid2, t2 = pick(rng, T, lang, "chat")
            if tid2 != tid:
                pieces += lit(rng.choice(["\n", "\n\n", " ... ", ". Oh en ook: " if V.base(lang) == "nl" else ". Also: " if V.base(lang) == "en" else ". Et aussi : "]))
                pieces += render(t2, ctx, tid2)
        if rng.random() < 0.3:
            tid, t = pick(rng, T, lang, "closer")
            pieces += lit(rng.choice([" ", "\n", ". "])) + render(t, ctx, tid)
        channel = rng.choice(CHAT_CH)
    elif kind == "public":
        tid, t = pick(rng, T, lang, "public")
        pieces += render(t, ctx, tid)
        channel = rng.choice(PUBLIC_CH)
    elif kind == "agent":
        if rng.random() < 0.3:
            pieces += render("{~mention} ", ctx, "frame")
        tid, t = pick(rng, T, lang, "agent")
        pieces += render(t, ctx, tid)
        if rng.random() < 0.4:
            tid, t = pick(rng, T, lang, "footer")
            pieces += lit(rng.choice(["\n", "\n\n", "\n--\n"])) + render(t, ctx, tid)
        channel = "agent_reply"
    else:
        channel = "email"
        if rng.random() < 0.2:
            tid, t = pick(rng, T, lang, "fwd")
            pieces += render(t, ctx, tid) + lit("\n\n")
        tid, t = pick(rng, T, lang, "greet")
        pieces += render(t, ctx, tid) + lit("\n\n")
        tid, t = pick(rng, T, lang, "email")
        body = render(t, ctx, tid)
        pieces += body
        if rng.random() < 0.3:
            tid2, t2 = pick(rng, T, lang, "chat")
            pieces += lit("\n\n" + {"nl": "PS: ", "fr": "PS : ", "en": "P.S. "}[V.base(lang)]) + render(t2, ctx, tid2)
        tid, t = pick(rng, T, lang, "close")
        pieces += lit("\n\n") + render(t, ctx, tid)
        if rng.random() < 0.6:
            tid, t = pick(rng, T, lang, "sig")
            pieces += lit("\n") + render(t, ctx, tid)
        if rng.random() < 0.35:
            tid, t = pick(rng, T, lang, "disclaimer")
            pieces += lit("\n\n") + render(t, ctx, tid)
        if rng.random() < 0.55:
            tid, t = pick(rng, T, lang, "quote")
            pieces += lit("\n\n") + render(t, ctx, tid) + lit("\n")
            if rng.random() < 0.3:
                pieces += quote(body)  # follow-up quoting the customer's own earlier mail: values repeat
            else:
                tid2, t2 = pick(rng, T, lang, rng.choice(["agent", "agent", "chat", "email"]))
                pieces += quote(render(t2, ctx, tid2))
    if kind in ("chat", "public") and rng.random() < 0.3:
        pieces = add_typos(rng, pieces, rng.randint(1, 2))
    elif rng.random() < 0.15:
        pieces = add_typos(rng, pieces, 1)
    if kind in ("chat", "public") and rng.random() < 0.12:
        pieces = lower_literals(pieces)
    return channel, pieces


def assemble(pieces):
    text, spans, negs, tids = "", [], [], collections.defaultdict(set)
    for t, k, l, tid in pieces:
        s = len(text)
        text += t
        if k == "span":
            spans.append({"type": l, "start": s, "end": len(text)})
            tids[("span", l)].add(tid)
        elif k == "neg":
            negs.append({"kind": l, "start": s, "end": len(text)})
            tids[("neg", l)].add(tid)
    return text, spans, negs, tids


def check(msg):
    text = msg["text"]
    ivs = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (msg["id"], s)
        v = text[a:b]
        assert v == v.strip() and v, (msg["id"], s, v)
        ivs.append((a, b))
    ivs.sort()
    for (a1, b1), (a2, b2) in zip(ivs, ivs[1:]):
        assert b1 <= a2, (msg["id"], "overlap", a1, b1, a2, b2)
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)
    vis = "public" if msg["channel"] in PUBLIC_CH else "private"
    assert msg["visibility"] == vis


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    P = split_pools(half)
    T = split_templates(half)
    name = ["dev", "heldout"][half]
    msgs, stats = [], collections.defaultdict(set)
    for i in range(PER_HALF):
        lang = wchoice(rng, LANGS)
        kind = wchoice(rng, KINDS)
        channel, pieces = build_message(rng, T, P, lang, kind)
        text, spans, negs, tids = assemble(pieces)
        msg = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC_CH else "private",
               "text": text, "spans": spans, "negatives": negs}
        check(msg)
        msgs.append(msg)
        for k, v in tids.items():
            stats[k] |= v
    return msgs, stats


def table(counter, extra=None, head=("value", "count")):
    rows = [f"| {head[0]} | {head[1]} |" + (" distinct templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        rows.append(f"| {k} | {v} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(rows)


def readme(seed, halves):
    parts = [f"""# Scrub corpus blind80: hospitality, travel and leisure (written blind)

This corpus was written **blind**: its author did not open, read, list or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora,
scorers, generators), and did not read the git history. No scrubber or scorer was run against it. All phrasing
comes from public knowledge of how customers and care agents write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Hospitality, travel and leisure: hotels and hotel loyalty numbers, holiday parks (key safes, gate and alarm codes,
chalet wifi, deposits, meter readings), airline loyalty schemes (miles numbers, flight numbers, PNRs), event tickets
(resale, wristband delivery, double charges), gyms and sports clubs (member numbers, locker codes, cancellations),
online gaming and betting accounts (KYC with BSN / Belgian national register number, withdrawals to IBAN, 2FA codes,
suspicious-login IP addresses), plus the care teams' replies and integration keys of small hospitality businesses.

## Generation

```
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (value and negative generators with checksums), `pools.py` (filler pools),
`templates_nl.py` (nl + nl-be), `templates_fr.py` (fr-be), `templates_en.py` (en-gb + en-us), `templates_extra.py` (paired templates, company footers),
`generate_blind.py` (assembly, self-check, README).

## Split rule

Templates are written in groups per language set and kind (chat, public, agent, email body, greeting, closing,
signature, disclaimer, quote header, forward header, opener, closer, company footer). Each group is dealt alternately: even index
to dev, odd index to heldout, so no template, frame, greeting, signature or quote block is shared between the halves.
Every filler pool (first/last names, streets, cities, hotel/park/airline/ticket/gym/betting brands, events, agent
sign-offs, SSIDs, plates, model numbers, URLs, mentions, hashtags, company phone numbers, mail domains) is dealt the
same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos (letter swap/drop/double/replace) and
occasional lower-casing are applied only to literal text, never to labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; no surrounding white space or punctuation.
- Every occurrence is labelled, including values repeated in quoted history and in agent replies.
- Loyalty numbers (airline miles, hotel rewards), gym member numbers, player/account IDs of betting sites, park
  guest numbers and ticket-shop customer numbers are `customer_number`.
- Booking/reservation references, confirmation numbers and airline PNRs are `order_number` negatives (they identify a
  transaction, not the person); complaint/case/dossier numbers are `ticket_number`.
- Key safe, gate, alarm, locker and door codes are `pin`, as are card PINs. A trailing `#` after a door code is not part of the span.
- One-time codes dictated as words (e.g. "vier acht ...", "six two oh ...") are `otp`; the whole word sequence is the span.
- An AWS secret access key is labelled `api_key` (as the brief says: key id and secret).
- Belgian national register numbers are labelled `bsn` (all formats: `85.07.30-033.61`, plain, spaced).
- A router admin password is `password`; the printed wifi key is `wifi_key`; SSIDs are not labelled.
- Company service numbers (also in agent replies) are `company_phone` negatives; a customer's own number is `phone`.
- Masked card/IBAN/phone/e-mail fragments (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value`.
- Quantities are number + unit ("3 nachten", "2 billets"); meter readings include the unit.
- Error codes include their cue where it is part of the code ("error 503", "code 429").
- Company e-mail addresses are avoided entirely (quote headers name the team without an address) to keep `email`
  unambiguous. Personal names, cities alone, plates, SSIDs and macro placeholders (`{{first_name}}`, `<code>`, `[CODE]`)
  are unlabelled and not negatives.

## Known limitations

- Templates are finite (about {sum(len(v) for s in TEMPLATE_SETS.values() for v in s.values())} across all groups, split in halves), so
  sentence frames repeat within a half with different values.
- Typos never touch values; real customers also mistype values (a digit missing), which this corpus does not model.
- Addresses are single-line; multi-line postal blocks only appear as street line + separate lines for name/phone.
- No HTML e-mail, no emoji-heavy posts, no images/OCR text; IPv6 addresses are rare.
- Belgian bank account numbers pass the IBAN mod-97 and the Belgian internal mod-97; French RIB keys are not modelled.
"""]
    for name, (msgs, stats) in halves.items():
        sp = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        ng = collections.Counter(s["kind"] for m in msgs for s in m["negatives"])
        ch = collections.Counter(m["channel"] for m in msgs)
        lg = collections.Counter(m["lang"] for m in msgs)
        em = [len(m["text"]) for m in msgs if m["channel"] == "email"]
        sp_t = {k[1]: v for k, v in stats.items() if k[0] == "span"}
        ng_t = {k[1]: v for k, v in stats.items() if k[0] == "neg"}
        parts.append(f"""
## Counts: {name}.jsonl

Messages: {len(msgs)} (e-mails: {len(em)}, median e-mail length {sorted(em)[len(em) // 2] if em else 0} characters)

### Spans per type

{table(sp, sp_t, ("type", "spans"))}

### Negatives per kind

{table(ng, ng_t, ("kind", "negatives"))}

### Channels

{table(ch, None, ("channel", "messages"))}

### Languages

{table(lg, None, ("lang", "messages"))}
""")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in enumerate(["dev", "heldout"]):
        msgs, stats = gen_half(a.seed, half)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        halves[name] = (msgs, stats)
    # no template text shared between halves
    d, h = split_templates(0), split_templates(1)
    dt = {t for s in d.values() for g in s.values() for _, t in g}
    ht = {t for s in h.values() for g in s.values() for _, t in g}
    assert not (dt & ht), dt & ht
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print({k: len(v[0]) for k, v in halves.items()})


if __name__ == "__main__":
    main()
