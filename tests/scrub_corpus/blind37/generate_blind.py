#!/usr/bin/env python3
"""Blind corpus blind37 (retail, e-commerce, parcels, marketplaces, airlines, travel, loyalty, gift cards).

Usage: python3 generate_blind.py --seed 20261235
Writes dev.jsonl, heldout.jsonl and README.md beside this file. Standard library only.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import core
import pools
from phrases_nl import NL, BE
from phrases_fr_en import FR, EN, GB, US

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b37"
PER_HALF = 950
GROUPS = {"nl": NL, "be": BE, "fr": FR, "en": EN, "gb": GB, "us": US}
LANG_GROUPS = {"nl": [("nl", 1.0)], "nl-be": [("be", 0.55), ("nl", 1.0)], "fr-be": [("fr", 1.0)],
               "en-gb": [("gb", 0.25), ("en", 1.0)], "en-us": [("us", 0.25), ("en", 1.0)]}
LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
CHAN_W = [("email", 25), ("agent_reply", 10), ("whatsapp", 12), ("messenger", 8), ("telegram", 4), ("instagram_dm", 7),
          ("x_dm", 8), ("x_public", 10), ("instagram_comment", 7), ("facebook_comment", 9)]
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}
TYPE_W = [("password", 10), ("pin", 9), ("otp", 10), ("puk", 3), ("wifi_key", 3), ("username", 5), ("card", 7), ("iban", 7),
          ("bsn", 4), ("email", 6), ("phone", 6), ("address", 6), ("date_of_birth", 3), ("customer_number", 8),
          ("ip_address", 1.5), ("api_key", 1.5), ("token", 1.5)]


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def half_list(lst, half):
    return lst[half::2]


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.phrasings = defaultdict(set)  # type -> template ids
        self.pools = {}
        for lang in pools.STREET:
            self.pools["street_" + lang] = half_list(pools.STREET[lang], half)
            self.pools["city_" + lang] = half_list(pools.CITY[lang], half)

    # -- templates
    def frames(self, lang, key):
        """Return (group, index, template) candidates for this half, honouring group preference."""
        rng = self.rng
        for g, p in LANG_GROUPS[lang]:
            lst = GROUPS[g].get(key, [])
            cand = [(g, i, t) for i, t in enumerate(lst) if i % 2 == self.half]
            if cand and (rng.random() < p or p == 1.0):
                return cand
        return []

    def pick(self, lang, key, keep=None):
        c = self.frames(lang, key)
        if keep:
            c = [x for x in c if keep(x[2])]
        return self.rng.choice(c) if c else None

    # -- persona and fills
    def persona(self, lang):
        rng = self.rng
        first = rng.choice(half_list(pools.FIRST[lang], self.half))
        last = rng.choice(half_list(pools.LAST[lang], self.half))
        bkey = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "en", "en-us": "en"}[lang]
        if lang == "nl" and rng.random() < 0.1:
            bkey = "be"
        b = rng.choice(half_list(pools.BRANDS[bkey], self.half))
        lgk = core.lg(lang)
        ctx = {"first": first, "last": last, "brand": b[0], "brand_dom": b[1], "handle": b[2], "pools": self.pools, "half": self.half}
        fills = {
            "first": lambda: first,
            "last": lambda: last,
            "name": lambda: first + " " + last,
            "brand": lambda: b[0],
            "brand_dom": lambda: b[1],
            "agent": lambda: rng.choice(half_list(pools.AGENTS, self.half)),
            "city": lambda: rng.choice(self.pools["city_" + lang])[0],
            "item": lambda: rng.choice(half_list(pools.ITEMS[lgk], self.half)),
            "ssid": lambda: rng.choice(half_list(pools.SSID, self.half)),
            "market": lambda: rng.choice(half_list(pools.MARKET[{"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(lang, "en")], self.half)),
        }
        return ctx, fills

    def frame(self, lang, key, ctx, fills, keep=None):
        c = self.pick(lang, key, keep)
        if c is None:
            return None
        g, i, t = c
        m = core.fill(self.rng, lang, t, ctx, fills)
        for s, lab in m.parts:
            if lab and lab[0] == "span":
                self.phrasings[lab[1]].add("%s:%s:%d" % (g, key, i))
        return m


# ---------------------------------------------------------------- chat register noise
KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(rng, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    r = rng.random()
    if r < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if r < 0.6:
        return w[:i] + w[i + 1:]
    if r < 0.8:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice(KEYB) + w[i + 1:]


def noisy(rng, m, level):
    def typos(s):
        return re.sub(r"[A-Za-zÀ-ÿ]+", lambda mt: typo_word(rng, mt.group(0)) if rng.random() < level else mt.group(0), s)
    m.transform_literals(typos)


def strip_punct(s):
    return re.sub(r"[.,!?;]+(?=\s|$)", "", s)


def glue(rng, m):
    out = []
    for k, (s, lab) in enumerate(m.parts):
        if lab is None and k + 1 < len(m.parts) and m.parts[k + 1][1] and m.parts[k + 1][1][0] == "span" \
                and s.endswith(" ") and rng.random() < 0.25:
            s = s.rstrip(" ")
            if s.endswith(("is", "ww", "pin", "code", "mdp", "pw")) and rng.random() < 0.5:
                s = s + ":"
        out.append((s, lab))
    m.parts = out


def casefix(m, fn):
    new = []
    for s, lab in m.parts:
        if lab is None:
            t = fn(s)
            if len(t) != len(s):
                t = s
            new.append((t, lab))
        else:
            new.append((s, lab))
    m.parts = new


# ---------------------------------------------------------------- message builders
def join(rng, pieces, seps):
    m = core.Msg()
    for k, p in enumerate(pieces):
        if k:
            m.lit(rng.choice(seps))
        m.add(p)
    return m


def pick_types(rng, n):
    out = []
    while len(out) < n:
        t = wchoice(rng, TYPE_W)
        if t not in out:
            out.append(t)
    return out


BARE = re.compile(r"^[^A-Za-z]*\{[a-z_]+\}[^A-Za-z]*$")


def span_frames(H, lang, ctx, fills, n, bare=False):
    res = []
    for t in pick_types(H.rng, n):
        f = H.frame(lang, t, ctx, fills, keep=None if bare else (lambda x: not BARE.match(x)))
        if f is None:
            f = H.frame(lang, H.rng.choice(["password", "pin", "otp", "iban"]), ctx, fills)
        if f is not None:
            res.append(f)
        ctx.pop("amex", None)
    return res


def chat_message(H, lang, channel, ctx, fills):
    rng = H.rng
    public = channel in PUBLIC
    n = wchoice(rng, [(0, 55), (1, 40), (2, 5)] if public else [(0, 18), (1, 55), (2, 22), (3, 5)])
    pieces = []
    if channel == "x_public" or (public and rng.random() < 0.3):
        pieces.append(core.fill(rng, lang, "{mention}", ctx, fills))
    if rng.random() < 0.45:
        pieces.append(H.frame(lang, "open", ctx, fills))
    if n == 0:
        pieces.append(H.frame(lang, "nospan" if rng.random() < 0.6 else "sit", ctx, fills))
        if not public and rng.random() < 0.2:
            pieces.append(H.frame(lang, "paste", ctx, fills))
    elif n == 1 and not public and rng.random() < 0.15:
        pieces = [p for p in span_frames(H, lang, ctx, fills, 1, bare=True)]  # a reply to an agent's question
    else:
        if rng.random() < 0.7:
            pieces.append(H.frame(lang, "sit", ctx, fills))
        if not public and rng.random() < 0.12:
            pieces.append(H.frame(lang, "paste", ctx, fills))
        pieces.extend(span_frames(H, lang, ctx, fills, n))
    if rng.random() < 0.4:
        pieces.append(H.frame(lang, "close", ctx, fills))
    if public and rng.random() < 0.35:
        pieces.append(core.fill(rng, lang, "{hashtag}", ctx, fills))
    pieces = [p for p in pieces if p is not None]
    m = join(rng, pieces, [" ", " ", "\n", "  ", " - ", "\n\n"])
    r = rng.random()
    if r < 0.2:
        casefix(m, str.lower)
    elif r < 0.24:
        casefix(m, str.upper)
    if rng.random() < 0.2:
        m.transform_literals(strip_punct)
    if rng.random() < 0.3:
        noisy(rng, m, rng.choice([0.03, 0.06, 0.1]))
    if rng.random() < 0.3:
        glue(rng, m)
    if rng.random() < 0.15:
        m.lit(rng.choice([" 😡", " 🙏", " 😩", " 👍", " !!", " ??", " 😭😭", " 🤬"]))
    return m


def email_message(H, lang, ctx, fills):
    rng = H.rng
    for attempt in range(12):
        n = wchoice(rng, [(0, 20), (1, 45), (2, 30), (3, 5)])
        body = []
        if rng.random() < 0.2:
            body.append(H.frame(lang, "overexplain", ctx, fills))
        body.append(H.frame(lang, "sit", ctx, fills) if (n or rng.random() < 0.5) else H.frame(lang, "nospan", ctx, fills))
        body.extend(span_frames(H, lang, ctx, fills, n))
        body = [b for b in body if b is not None]
        m = core.Msg()
        m.add(H.frame(lang, "greet", ctx, fills))
        m.lit("\n\n")
        m.add(join(rng, body, [" ", "\n", "\n\n", " "]))
        if rng.random() < 0.45:
            p = H.frame(lang, "paste", ctx, fills)
            if p:
                m.lit(rng.choice(["\n\n", "\n\nHieronder de mail:\n\n" if core.lg(lang) == "nl" else "\n\n", "\n\n\n"]))
                m.add(p)
        m.lit("\n\n")
        cl = H.frame(lang, "close", ctx, fills, keep=lambda t: "{" not in t and "\n" not in t) if rng.random() < 0.3 else None
        if cl:
            m.add(cl)
            m.lit("\n\n")
        m.add(H.frame(lang, "eclose", ctx, fills))
        m.lit("\n")
        m.add(H.frame(lang, "sig", ctx, fills))
        text_len = len(m.render()[0])
        if text_len < 650 or rng.random() < 0.3:
            q = core.Msg()
            q.add(H.frame(lang, "quote_head", ctx, fills))
            if rng.random() < 0.5:
                inner = agent_message(H, lang, ctx, fills)
            else:
                inner = join(rng, [x for x in [H.frame(lang, "sit", ctx, fills)] + span_frames(H, lang, ctx, fills, rng.choice([0, 1])) if x], [" "])
            inner.prefix_lines("> ")
            q.lit("\n")
            q.add(inner)
            m.lit("\n\n")
            m.add(q)
        if 500 <= len(m.render()[0]) <= 2000:
            return m
    return m


def agent_message(H, lang, ctx, fills):
    rng = H.rng
    c = H.pick(lang, "agent")
    g, i, t = c
    if "{quote}" in t:
        a, b = t.split("{quote}", 1)
        m = core.fill(rng, lang, a, ctx, fills)
        inner = span_frames(H, lang, ctx, fills, 1)
        if not inner:
            inner = [core.fill(rng, lang, "{otp}", ctx, fills)]
        q = inner[0]
        q.parts = [(s.replace("\n", " "), lab) for s, lab in q.parts]
        m.add(q)
        m.add(core.fill(rng, lang, b, ctx, fills))
    else:
        m = core.fill(rng, lang, t, ctx, fills)
    return m


def build(H, idx):
    rng = H.rng
    lang = wchoice(rng, LANG_W)
    channel = wchoice(rng, CHAN_W)
    ctx, fills = H.persona(lang)
    if channel == "email":
        m = email_message(H, lang, ctx, fills)
    elif channel == "agent_reply":
        m = agent_message(H, lang, ctx, fills)
    else:
        m = chat_message(H, lang, channel, ctx, fills)
    text, spans, negs = m.render()
    name = ["dev", "heldout"][H.half]
    return {"id": "%s-%s-%05d" % (PREFIX, name, idx), "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}


# ---------------------------------------------------------------- self-check
def check(rec):
    t = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for kind, typ, a, b in items:
        assert 0 <= a < b <= len(t), (rec["id"], typ, a, b)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], typ, repr(v))
        if kind == "span":
            assert typ in core.SPAN_TYPES, typ
            if typ == "card":
                d = re.sub(r"[ .\-]", "", v)
                assert d.isdigit() and 13 <= len(d) <= 19 and core.luhn_ok(d), (rec["id"], v)
            if typ == "iban":
                assert core.iban_ok(v), (rec["id"], v)
            if typ == "bsn":
                d = re.sub(r"[ .\-]", "", v)
                assert d.isdigit() and (core.bsn_ok(d) or core.rrn_ok(d)), (rec["id"], v)
        else:
            assert typ in core.NEG_KINDS, typ
    spans = sorted((a, b) for k, _, a, b in items)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, (rec["id"], "overlap", a1, b1, a2, b2)
    assert rec["channel"] in dict(CHAN_W) and rec["lang"] in dict(LANG_W)
    assert not re.search(r"\{[a-z_]+\}", re.sub(r"\{order_number\}", "", t)), (rec["id"], t)


# ---------------------------------------------------------------- stats / README
def stats(recs, H):
    c = {}
    c["messages"] = len(recs)
    c["no_span"] = sum(1 for r in recs if not r["spans"])
    c["high_risk"] = sum(1 for r in recs if any(s["type"] in core.HIGH_RISK for s in r["spans"]))
    c["hard_neg"] = sum(1 for r in recs if r["negatives"])
    c["types"] = Counter(s["type"] for r in recs for s in r["spans"])
    c["phr"] = {k: len(v) for k, v in H.phrasings.items()}
    c["negs"] = Counter(n["kind"] for r in recs for n in r["negatives"])
    c["chan"] = Counter(r["channel"] for r in recs)
    c["lang"] = Counter(r["lang"] for r in recs)
    c["email_len"] = sum(1 for r in recs if r["channel"] == "email" and 500 <= len(r["text"]) <= 2000)
    return c


def table(title, keys, a, b, fmt=lambda d, k: str(d.get(k, 0))):
    out = ["| %s | dev | heldout |" % title, "|---|---:|---:|"]
    for k in keys:
        out.append("| %s | %s | %s |" % (k, fmt(a, k), fmt(b, k)))
    return "\n".join(out)


def readme(seed, sd, sh):
    types = sorted(set(sd["types"]) | set(sh["types"]))
    negs = sorted(set(sd["negs"]) | set(sh["negs"]))
    chans = sorted(set(sd["chan"]) | set(sh["chan"]))
    langs = sorted(set(sd["lang"]) | set(sh["lang"]))
    typ = ["| type | dev spans | dev phrasings | heldout spans | heldout phrasings |", "|---|---:|---:|---:|---:|"]
    for t in types:
        typ.append("| %s | %d | %d | %d | %d |" % (t, sd["types"].get(t, 0), sd["phr"].get(t, 0), sh["types"].get(t, 0), sh["phr"].get(t, 0)))
    overview = table("count", ["messages", "no_span", "high_risk", "hard_neg", "email_len"], sd, sh)
    return README_HEAD.replace("{seed}", str(seed)) + "\n\n## Counts\n\n" + overview + \
        "\n\n(no_span = messages without any span; high_risk = with at least one high-risk span; hard_neg = with at least one hard negative; email_len = e-mails of 0.5-2 KB.)\n\n### Spans per type (phrasings = distinct templates carrying the type)\n\n" + \
        "\n".join(typ) + "\n\n### Negatives per kind\n\n" + table("kind", negs, sd["negs"], sh["negs"]) + \
        "\n\n### Channels\n\n" + table("channel", chans, sd["chan"], sh["chan"]) + "\n\n### Languages\n\n" + table("lang", langs, sd["lang"], sh["lang"]) + "\n"


README_HEAD = """# Scrub corpus blind37 (written blind)

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Written blind

This corpus was written from the brief only, from public knowledge of how platforms, shops, carriers and airlines
format their messages, and from how customers write. The writer did not open, read, list or run anything under
`functions/`, `tests/unit/`, `bench/`, `docs/` or any other directory of `tests/scrub_corpus/`, did not read git
history, and did not run any scrubber or scorer on this data.

## Emphasis

Retail, e-commerce, parcel delivery, marketplaces, airlines and travel agencies, loyalty programmes and gift cards.
Public page comments and replies (x_public, facebook_comment, instagram_comment, often starting with the brand's
@mention and ending in a hashtag) as well as DMs, chat apps and e-mail. Customers paste order confirmations,
shipping and delivery notifications, booking confirmations and e-gift cards, which are full of order numbers,
tracking codes, booking references, e-ticket numbers, gift-card codes, invoice numbers, company registration
numbers and the company's own phone numbers: all of these are hard negatives. Hurried phone writing (no
punctuation, all lower case or ALL CAPS, typos also in cue words, values glued to their cue, spelled-out digits),
older customers who over-explain, Dutch, Flemish, Belgian French and British/American English, and agent replies
that quote the customer (an echoed value is labelled; a masked value is a `masked_value` negative; macro
placeholders such as `{order_number}` are not labelled).

## Generation

`python3 generate_blind.py --seed {seed}` (modules: `core.py` value generators, checksums and builder; `pools.py`
names/streets/brands; `phrases_nl.py`, `phrases_fr_en.py` frames). Each half uses its own
`random.Random(seed * 2 + half)` (dev = half 0, heldout = half 1). A self-check fails loudly when a span or
negative is out of range, has surrounding white space, overlaps another span or negative, or when a card (Luhn),
IBAN (mod 97) or BSN (11-proof) / Belgian national register number (mod 97) fails its checksum.

## Split rule

Every list of phrasings (openers, closers, situations, no-span bodies, pasted notifications, per-type frames,
agent replies, e-mail greetings/closings/signatures/quote headers) and every list of names, streets, cities,
brands, items, SSIDs and agent names is dealt by index parity: even members to dev, odd members to heldout.
So no frame, situation, cue phrasing, name, street or brand occurs in both halves. Value shapes (formats of
phones, IBANs, cards, codes) come from shared generators, as real systems issue them.

## Labelling conventions

- Spans cover the value only, never the cue word; corrections ("sorry it's X not Y") label both values.
- Spelled / dictated digits ("vier zes twee een", "four five ...") are labelled as the value they spell.
- Addresses are one span (street, number, postcode, city), also across lines of a signature, and also when an
  e-mail quote prefixes the second line with `> `. A city alone is not labelled.
- E-mail addresses of persons are `email` in any form (obfuscated with " at " / " apenstaartje " / spaces);
  shop no-reply and service addresses in pasted headers are left unlabelled (they are part of the template, not a person).
- Loyalty, frequent-flyer (Flying Blue, Avios, Miles & More), Clubcard/Bonuskaart and customer numbers are
  `customer_number`. Belgian rijksregisternummer is labelled `bsn`.
- Booking references / PNRs and return numbers are negatives of kind `order_number`; e-ticket numbers and case
  numbers are `ticket_number`; gift-card codes are negatives of kind `product_code` (they are redeemable codes the
  company issues and asks customers to quote; the brief lists them among values that must stay); EAN/SKU and
  marketplace listing ids are `product_code`.
- Company service numbers in pasted mails and complaints are `company_phone`; KvK / VAT / ondernemingsnummer are
  `company_registration`.
- Personal names, agent names, SSIDs, shop names and macro placeholders are never labelled.

## Known limitations

- Frames are template based; the variety comes from about 540 hand-written frames and bodies and noise (typos, case,
  punctuation stripping, glued values), not from real traffic.
- Typos are only injected in the literal text, never inside a value, so values are always well formed.
- Some negative kinds that are rare in retail (meter_reading, checksum) are absent or very rare; port appears
  only in integration questions.
- Flemish messages draw partly from the Dutch frames; English GB/US share most frames with small regional extras.
- A few cue-less frames consist only of the value (a reply to an agent's question); the label follows the frame type.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261235)
    a = ap.parse_args()
    halves, st = [], []
    for half, name in ((0, "dev"), (1, "heldout")):
        H = Half(half, a.seed)
        recs = [build(H, i) for i in range(PER_HALF)]
        for r in recs:
            check(r)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves.append(recs)
        st.append(stats(recs, H))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, st[0], st[1]))
    print("ok", [len(h) for h in halves])


if __name__ == "__main__":
    main()
