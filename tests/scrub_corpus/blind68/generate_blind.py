#!/usr/bin/env python3
"""Blind labelled webcare corpus blind68 (small online shops and their customers).

Usage: python3 generate_blind.py --seed 20261266
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re

import values as V
from pools import POOLS
from templates_nl import NL, NL_BE
from templates_en import EN, DE
from templates_fr import FR

PREFIX = "b68"
DIR = "blind68"
N_PER_HALF = 950
HALVES = ["dev", "heldout"]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
LOC = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHATS = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PH = re.compile(r"\{(n\.|f\.)?([a-z_]+)(?:=([a-z0-9_]+))?(?::(\d+))?\}")
WORD = re.compile(r"(?<![\[\w])([^\W\d_]{4,})(?![\]\w])")
KEYB = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "n": "bm", "r": "et", "t": "ry", "s": "ad", "l": "k", "d": "sf", "u": "yi", "m": "n"}


def deal(lst, half):
    return lst[half::2]


# ------------------------------------------------------------------ rendering
class Ctx:
    def __init__(self, rng, lang, pools):
        self.rng, self.lang, self.loc, self.pools = rng, lang, LOC[lang], pools
        self.cache = {}
        self.typo = rng.choice([0, 0, 0, 0.03, 0.06, 0.12])
        self.lower = rng.random() < 0.12


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    k = rng.randrange(4)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    return w[:i] + (KEYB[c][rng.randrange(len(KEYB[c]))] if c in KEYB else c) + w[i + 1:]


def mangle(ctx, text):
    """Typos and lower-casing for literal text only; [[macro]] placeholders are protected."""
    parts = re.split(r"(\[\[[a-z_]+\]\])", text)
    out = []
    for p in parts:
        if p.startswith("[["):
            out.append("{" + p[2:-2] + "}")
            continue
        if ctx.typo:
            p = WORD.sub(lambda m: typo_word(ctx.rng, m.group(1)) if ctx.rng.random() < ctx.typo else m.group(1), p)
        if ctx.lower:
            p = p.lower()
        out.append(p)
    return "".join(out)


def render(tpl, ctx, tid):
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append(["lit", mangle(ctx, tpl[pos:m.start()]), None, tid])
        kind, name, variant, idx = m.group(1), m.group(2), m.group(3), m.group(4) or "1"
        if kind == "f.":
            pool = ctx.pools[name] if name in ctx.pools else ctx.pools[name + "_" + ctx.loc]
            segs.append(["lit", ctx.rng.choice(pool), None, tid])
        elif kind == "n.":
            segs.append(["neg", V.NEG_GEN[name](ctx.rng, ctx.loc, ctx.pools, variant), name, tid])
        else:
            key = (name, variant if name in ("api_key", "token", "customer_number", "pin") else None, idx)
            if key not in ctx.cache:
                ctx.cache[key] = V.SPAN_GEN[name](ctx.rng, ctx.loc, ctx.pools, variant)
            segs.append(["span", ctx.cache[key], name, tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append(["lit", mangle(ctx, tpl[pos:]), None, tid])
    return segs


def lit(text):
    return [["lit", text, None, None]]


def quote(segs):
    out = [["lit", "> ", None, None]]
    for s in segs:
        s = list(s)
        s[1] = s[1].replace("\n", "\n> ")
        out.append(s)
    return out


def pick(ctx, groups, kind, tag):
    lst = groups.get(kind) or []
    i = ctx.rng.randrange(len(lst))
    return render(lst[i][1], ctx, f"{tag}/{kind}/{lst[i][0]}")


def seglen(segs):
    return sum(len(s[1]) for s in segs)


# ------------------------------------------------------------------ message builders
def build(ctx, groups, tag, channel):
    rng = ctx.rng
    G = groups
    j = lambda *xs: [s for x in xs for s in x]
    if channel in PUBLIC:
        body = pick(ctx, G, "public", tag)
        if rng.random() < 0.25:
            body = j(pick(ctx, G, "opener", tag), lit(" "), body)
        return body
    if channel == "agent_reply":
        a = pick(ctx, G, "agent", tag)
        if rng.random() < 0.25:
            q = pick(ctx, G, "chat", tag)
            a = j(quote(q), lit("\n\n"), a)
        return a
    if channel == "email":
        return build_email(ctx, G, tag)
    # private chat
    if rng.random() < 0.13:
        body = pick(ctx, G, "neg_only", tag)
    elif G.get("de_chat") and rng.random() < 0.05:
        body = pick(ctx, G, "de_chat", tag)
    else:
        body = pick(ctx, G, "chat", tag)
        if rng.random() < 0.3:
            body = j(body, lit(rng.choice(["\n", " ", "\n\n", ". ", " // "])), pick(ctx, G, "chat", tag))
    if rng.random() < 0.55:
        body = j(pick(ctx, G, "opener", tag), lit(rng.choice([" ", ", ", "!\n", "\n", " - "])), body)
    if rng.random() < 0.45:
        body = j(body, lit(rng.choice([" ", "\n", ". ", "! "])), pick(ctx, G, "closer", tag))
    return body


def build_email(ctx, G, tag):
    rng = ctx.rng
    segs = []
    if rng.random() < 0.15 and G.get("de_fwd"):
        fwd = pick(ctx, G, "de_fwd", tag)
    elif rng.random() < 0.25:
        fwd = pick(ctx, G, "fwd", tag)
    else:
        fwd = None
    segs += pick(ctx, G, "greet", tag) + lit("\n\n")
    segs += pick(ctx, G, "body", tag)
    while seglen(segs) < 380 or (rng.random() < 0.3 and seglen(segs) < 900):
        segs += lit("\n\n") + pick(ctx, G, rng.choice(["body", "body", "chat"]), tag)
    segs += lit("\n\n") + pick(ctx, G, "close", tag) + lit("\n") + pick(ctx, G, "sig", tag)
    if rng.random() < 0.2:
        segs += lit("\n\n") + pick(ctx, G, "disclaimer", tag)
    if fwd:
        segs += lit("\n\n") + fwd
    elif rng.random() < 0.45:
        q = pick(ctx, G, "quote_hdr", tag) + lit("\n") + quote(pick(ctx, G, rng.choice(["agent", "body"]), tag))
        if rng.random() < 0.3:
            q += lit("\n>\n") + quote(pick(ctx, G, "chat", tag))
        segs += lit("\n\n") + q
    return segs


# ------------------------------------------------------------------ assembly and checks
def finish(segs):
    text, spans, negs, tids = "", [], [], []
    for kind, val, label, tid in segs:
        start = len(text)
        text += val
        if kind == "span":
            spans.append({"type": label, "start": start, "end": len(text)})
            tids.append(tid)
        elif kind == "neg":
            negs.append({"kind": label, "start": start, "end": len(text)})
    return text, spans, negs, tids


def check(rec):
    t = rec["text"]
    items = [("s", s["type"], s["start"], s["end"]) for s in rec["spans"]] + [("n", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for k, typ, a, b in items:
        assert 0 <= a < b <= len(t), (rec["id"], typ, a, b)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], typ, repr(v))
        if typ not in ("password", "wifi_key", "api_key", "token", "masked_value", "amount"):
            assert v.strip(".,;:!?") == v, (rec["id"], typ, repr(v))
        if typ == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if typ == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if typ == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    iv = sorted((a, b, k) for k, _, a, b in items)
    for (a1, b1, _), (a2, b2, _) in zip(iv, iv[1:]):
        assert b1 <= a2, (rec["id"], "overlap", t[a1:b1], t[a2:b2])


def make_groups(half):
    def dd(d):
        return {k: [(f"{half}{i}", x) for i, x in list(enumerate(v))[half::2]] for k, v in d.items()}
    nl, nlbe, en, de, fr = dd(NL), dd(NL_BE), dd(EN), dd(DE), dd(FR)
    g = {}
    g["nl"] = dict(nl, de_fwd=de["fwd"], de_chat=de["chat"])
    merged = {k: nl.get(k, []) + nlbe.get(k, []) for k in set(nl) | set(nlbe)}
    g["nl-be"] = merged
    g["fr-be"] = fr
    g["en-gb"] = dict(en, de_fwd=de["fwd"], de_chat=de["chat"])
    g["en-us"] = dict(en)
    return g


def tag_of(lang, tid_kind):
    return lang


def generate(seed):
    out = {}
    stats = {}
    for half, hname in enumerate(HALVES):
        rng = random.Random(seed * 2 + half)
        pools = {k: deal(v, half) for k, v in POOLS.items()}
        groups = make_groups(half)
        recs = []
        tpl_by_type = collections.defaultdict(set)
        langs = [l for l, w in LANGS for _ in range(w)]
        for i in range(N_PER_HALF):
            lang = rng.choice(langs)
            r = rng.random()
            if r < 0.30:
                ch = "email"
            elif r < 0.42:
                ch = "agent_reply"
            elif r < 0.62:
                ch = rng.choice(sorted(PUBLIC))
            else:
                ch = rng.choice(CHATS)
            ctx = Ctx(rng, lang, pools)
            tagname = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
            segs = build(ctx, groups[lang], tagname, ch)
            text, spans, negs, tids = finish(segs)
            for s, tid in zip(spans, tids):
                tpl_by_type[s["type"]].add(tid)
            rec = {"id": f"{PREFIX}-{hname}-{i:05d}", "channel": ch, "lang": lang,
                   "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
            check(rec)
            recs.append(rec)
        out[hname] = recs
        stats[hname] = tpl_by_type
    return out, stats


def table(rows, head):
    s = "| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n"
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def readme(out, stats, seed):
    c = {h: {"types": collections.Counter(), "negs": collections.Counter(), "ch": collections.Counter(), "lang": collections.Counter()} for h in HALVES}
    for h in HALVES:
        for r in out[h]:
            c[h]["ch"][r["channel"]] += 1
            c[h]["lang"][r["lang"]] += 1
            for s in r["spans"]:
                c[h]["types"][s["type"]] += 1
            for n in r["negatives"]:
                c[h]["negs"][n["kind"]] += 1
    emails = {h: [r for r in out[h] if r["channel"] == "email"] for h in HALVES}
    md = f"""# Scrub corpus {DIR}: small online shops and their customers (written blind)

This corpus was written **blind**: its author did not open, read, grep, list or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory or file under `tests/scrub_corpus/` (other
corpora, scorers, generators), and did not read git history. No scrubber or scorer was run on it.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Small online shops and their customers: webshop platforms (Shopify, WooCommerce, Lightspeed, ...), payment
providers and chargebacks/disputes, seller accounts and identity verification, marketplace payouts, invoices and
VAT numbers, shop admin logins and API keys pasted to support, customers chasing refunds. Writers in Dutch
(NL and Flemish), Belgian French and English (UK/US), with German fragments (forwarded marketplace/PSP mails,
a few German chat lines), from phones and laptops: typos, lower-cased chats, pasted order confirmations,
quoted history, forwarded headers, signatures and disclaimers.

## Generation

```
cd tests/scrub_corpus/{DIR}
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (value generators with Luhn / mod-97 / 11-proof / Belgian national-register checks),
`pools.py` (filler pools), `templates_nl.py`, `templates_en.py` (also German blocks), `templates_fr.py`.
Each half uses its own `random.Random(seed * 2 + half)` (dev = 0, heldout = 1).

## Split rule

Every template group (language x kind: chat, public, email body, agent reply, greeting, closing, signature,
quote header, disclaimer, forwarded block, chat opener/closer, negatives-only) is dealt alternately: even index
to dev, odd index to heldout. Every filler pool (names, streets, cities, US states, shop names and domains,
platforms, marketplaces, PSPs, carriers, products, agents, model numbers, mentions, hashtags, company phone
numbers) is dealt the same way. So no template, frame, greeting, signature or quote block is shared between the
halves. Typos are injected only into literal text (cue words included), never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord:", "IBAN", "PUK"); every repetition is labelled (agent
  repeats, quoted history, forwarded mails reuse the same value within a message).
- A login that is an e-mail address is labelled `email` (not `username`).
- Stripe `cus_`/`acct_` ids, Mollie `org_` ids, marketplace seller/merchant ids, PayPal merchant ids, bol retailer
  ids, member/policy/contract numbers and 18-digit EAN connection codes are `customer_number`.
- Stripe `pk_live_` publishable keys, Mollie `test_` keys and Shopify `shpss_` shared secrets are labelled `api_key`
  (vendor-prefixed keys); JWT bearer tokens, GitHub/GitLab PATs, PayPal access tokens, session ids and hex session
  tokens are `token`.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`.
- OTPs dictated as words ("vier acht twee ...", "four eight two ...") are one `otp` span.
- Key-box, gate, alarm and card PINs are `pin`; SIM PUK is `puk`.
- Company VAT/KvK/ondernemingsnummer/USt-IdNr./company numbers are `company_registration` negatives even where
  they belong to a sole trader; Stripe `ch_`/`pi_`/`req_`/`txn_` ids, settlement ids and UUIDs are `request_id`
  negatives; Stripe `dp_` dispute ids and PSP case numbers are `ticket_number`; Stripe `in_` ids are `invoice_number`.
- 13-digit EAN product barcodes and bol `9200000...` product ids are `product_code` negatives (contrast: 18-digit
  EAN connection codes are customer numbers). Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`,
  `sk_live_...abcd`) are `masked_value` negatives.
- Shop and PSP service numbers (also in signatures of shops) are `company_phone` negatives; a shop owner's
  own mobile in a signature is `phone`. A shop's postal address in the owner's signature is labelled `address`
  (small shops are often run from home).
- Addresses written over two lines include the newline; inside "> " quoted history the quote marker inside a
  two-line address is part of the span.
- Not labelled: personal names, cities alone, SSIDs, agent initials (`^Sanne`), macro placeholders
  (`{{first_name}}`, `{{prenom}}`), shop names.

## Known limitations

- Language tags are one of nl, nl-be, fr-be, en-gb, en-us; German text appears inside nl / en-gb messages
  (forwarded blocks and a few German chat lines) and keeps the host message's tag.
- Values are synthetic: random digits with valid check digits; phone numbers follow national formats but are not
  checked against numbering plans; US ZIPs come from a small pool.
- Templates are combined (opener + one or two snippets + closer; e-mail greeting + paragraphs + signature +
  quote/forward), so some combinations read a little stiffly.
- Some negatives (ticket numbers of 8 digits, 10-digit bol order numbers) are deliberately look-alikes of
  customer numbers; the label follows the cue word in the template.

## Counts

"""
    for h in HALVES:
        recs = out[h]
        md += f"### {h}\n\nMessages: {len(recs)} (e-mails: {len(emails[h])}, median e-mail length "
        el = sorted(len(r['text']) for r in emails[h])
        md += f"{el[len(el) // 2] if el else 0} chars)\n\n"
        md += table([(t, n, len(stats[h][t])) for t, n in sorted(c[h]["types"].items())], ["span type", "spans", "distinct templates"]) + "\n"
        md += table(sorted(c[h]["negs"].items()), ["negative kind", "count"]) + "\n"
        md += table(sorted(c[h]["ch"].items()), ["channel", "messages"]) + "\n"
        md += table(sorted(c[h]["lang"].items()), ["lang", "messages"]) + "\n"
    return md


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    out, stats = generate(a.seed)
    for h in HALVES:
        with open(os.path.join(here, f"{h}.jsonl"), "w", encoding="utf-8") as f:
            for r in out[h]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(out, stats, a.seed))
    print({h: len(out[h]) for h in HALVES})


if __name__ == "__main__":
    main()
