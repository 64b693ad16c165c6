#!/usr/bin/env python3
"""Seeded generator for the blind124 webcare scrub corpus (standard library only).

Usage: python3 generate_blind.py --seed 20261322
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import values as V
import negs as N
import pools
import tpl_nl
import tpl_fr
import tpl_en

PREFIX = "b124"
DIR = "blind124"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

SPANGEN = {
    "password": ("password", V.gen_password), "pin": ("pin", V.gen_pin), "puk": ("puk", V.gen_puk),
    "otp": ("otp", V.gen_otp), "otpw": ("otp", V.gen_otp_words), "wifi_key": ("wifi_key", V.gen_wifi_key),
    "username": ("username", V.gen_username), "api_key": ("api_key", V.gen_api_key), "aws_id": ("api_key", V.gen_aws_id),
    "aws_secret": ("api_key", V.gen_aws_secret), "token": ("token", V.gen_token), "card": ("card", V.gen_card),
    "cvv": ("cvv", V.gen_cvv), "iban": ("iban", V.gen_iban), "bsn": ("bsn", V.gen_bsn), "rrn": ("bsn", V.gen_rrn),
    "phone": ("phone", V.gen_phone), "date_of_birth": ("date_of_birth", V.gen_dob),
    "customer_number": ("customer_number", V.gen_customer_number), "card_expiry": ("card_expiry", V.gen_expiry),
    "ip_address": ("ip_address", V.gen_ip), "email": ("email", None), "address": ("address", None),
}
DOMAINS = ["rental", "grocery", "music", "tickets", "school", "vet", "toll"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
CHANNEL_W = [("email", 30), ("agent_reply", 12), ("x_public", 8), ("facebook_comment", 7), ("instagram_comment", 5),
             ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 14), ("telegram", 5)]
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
TOK = re.compile(r"\{\{|\}\}|\{([~$]?)([a-z_0-9]+)(?::(\d+))?\}")


def fam_of(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ------------------------------------------------------------------ dealing
def deal_groups(groups, half, fam):
    """groups: {name: [templates]} -> {name: [(tid, text)]} with even index to dev, odd to heldout."""
    out = {}
    for name, items in groups.items():
        sel = [(f"{fam}:{name}:{i}", t) for i, t in enumerate(items) if i % 2 == half]
        if sel:
            out[name] = sel
    return out


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.P = pools.dealt_pools(half)
        d = lambda g, f: deal_groups(g, half, f)
        common = d(tpl_nl.COMMON, "nl")
        self.body = {
            "nl": {**common, **d(tpl_nl.NL_ONLY, "nl")},
            "nl-be": {**common, **d(tpl_nl.BE_ONLY, "nlbe")},
            "fr-be": d(tpl_fr.BODY, "fr"),
            "en-gb": d(tpl_en.BODY, "en"),
            "en-us": d(tpl_en.BODY, "en"),
        }
        ctx_nl = d({"context": tpl_nl.CONTEXT}, "nl")["context"]
        self.context = {"nl": ctx_nl, "nl-be": ctx_nl, "fr-be": d({"context": tpl_fr.CONTEXT}, "fr")["context"],
                        "en-gb": d({"context": tpl_en.CONTEXT}, "en")["context"], "en-us": d({"context": tpl_en.CONTEXT}, "en")["context"]}
        wnl, wbe = d(tpl_nl.WRAP, "nl"), d(tpl_nl.WRAP_BE, "nlbe")
        self.wrap = {"nl": wnl, "nl-be": {**wnl, **wbe}, "fr-be": d(tpl_fr.WRAP, "fr"),
                     "en-gb": d(tpl_en.WRAP, "en"), "en-us": d(tpl_en.WRAP, "en")}


# ------------------------------------------------------------------ rendering
class Ctx:
    def __init__(self, H, lang):
        self.H, self.rng, self.P, self.lang, self.fam = H, H.rng, H.P, lang, fam_of(lang)
        self.cache = {}
        self.brand = None
        self.first = self.rng.choice(self.P["first"][lang])
        self.last = self.rng.choice(self.P["last"][lang])

    def set_brand(self, dom):
        b = self.rng.choice(self.P["brand"][dom])
        if self.brand is None:
            self.brand = b
        return b

    def get_brand(self):
        if self.brand is None:
            self.set_brand(self.rng.choice(DOMAINS))
        return self.brand

    def filler(self, name, idx):
        key = f"${name}:{idx}"
        if key in self.cache:
            return self.cache[key]
        r, P, lang = self.rng, self.P, self.lang
        if name == "first":
            v = self.first if idx is None else r.choice(P["first"][lang])
        elif name == "last":
            v = self.last if idx is None else r.choice(P["last"][lang])
        elif name in DOMAINS:
            v = self.set_brand(name)[0]
        elif name == "brand":
            v = self.get_brand()[0]
        elif name == "agent":
            v = r.choice(P["agent"][lang])
        elif name == "initials":
            v = self.filler("agent", None)[0] + r.choice("BDHJKLMPRSTVW")
        elif name == "langtaught":
            v = r.choice(P["langtaught"][self.fam])
        elif name in ("city", "company"):
            v = r.choice(P[name][lang])
        else:
            v = r.choice(P[name])
        self.cache[key] = v
        return v

    def span_value(self, name, idx):
        key = f"{name}:{idx}"
        if key in self.cache:
            return self.cache[key]
        typ, gen = SPANGEN[name]
        r = self.rng
        if name == "email":
            if idx is None:
                v = V.gen_email(r, self.lang, self.first, self.last)
            else:
                v = V.gen_email(r, self.lang, r.choice(self.P["first"][self.lang]), r.choice(self.P["last"][self.lang]))
        elif name == "address":
            v = V.gen_address(r, self.lang, r.choice(self.P["street"][self.lang]), r.choice(self.P["city"][self.lang]))
        else:
            v = gen(r, self.lang)
        self.cache[key] = (typ, v)
        return self.cache[key]

    def neg_value(self, kind, idx):
        key = f"~{kind}:{idx}"
        if key in self.cache and kind in ("ticket_number", "order_number", "url", "mention"):
            return self.cache[key]
        r = self.rng
        if kind == "mention":
            name, slug, tld = self.get_brand() if idx is None else r.choice(self.P["brand"][r.choice(DOMAINS)])
            base = re.sub(r"[^A-Za-z0-9]", "", name)
            v = "@" + r.choice([base, base.lower(), slug, slug + "_" + tld.split(".")[-1].upper(), base + "Help"])[:15]
        elif kind == "hashtag":
            v = r.choice(self.P["hashtag"][self.fam])
        elif kind == "url":
            _, slug, tld = self.get_brand()
            v = N.n_url(r, self.lang, slug, tld)
        else:
            v = N.NEG[kind](r, self.lang)
        self.cache[key] = v
        return v


def render(ctx, text, tid):
    """Return list of segments (text, kind, label, tid); kind in lit/fill/span/neg."""
    segs, pos = [], 0
    for m in TOK.finditer(text):
        if m.start() > pos:
            segs.append((text[pos:m.start()], "lit", None, tid))
        tok = m.group(0)
        if tok in ("{{", "}}"):
            segs.append((tok[0], "lit", None, tid))
        else:
            sig, name, idx = m.group(1), m.group(2), m.group(3)
            if sig == "$":
                segs.append((ctx.filler(name, idx), "fill", None, tid))
            elif sig == "~":
                segs.append((ctx.neg_value(name, idx), "neg", name, tid))
            else:
                typ, v = ctx.span_value(name, idx)
                segs.append((v, "span", typ, tid))
        pos = m.end()
    if pos < len(text):
        segs.append((text[pos:], "lit", None, tid))
    return segs


def lit(s):
    return [(s, "lit", None, None)]


def quote(segs):
    out = [("> ", "lit", None, None)]
    for t, k, lab, tid in segs:
        if k in ("lit", "fill"):
            out.append((t.replace("\n", "\n> "), k, lab, tid))
        else:
            out.append((t.replace("\n", ", "), k, lab, tid))
    return out


# ------------------------------------------------------------------ typos
KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(rng, w):
    if len(w) < 4:
        return w
    i = rng.randrange(1, len(w) - 1)
    k = rng.randrange(4)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    j = KEYB.find(w[i].lower())
    if j < 0:
        return w
    return w[:i] + KEYB[(j + rng.choice([-1, 1])) % len(KEYB)] + w[i + 1:]


def add_noise(rng, segs, channel):
    do_typo = rng.random() < 0.4
    lower = channel in CHAT + list(PUBLIC) and rng.random() < 0.25
    out = []
    for t, k, lab, tid in segs:
        if k == "lit":
            if do_typo:
                t = re.sub(r"[A-Za-zÀ-ÿ]{4,}", lambda m: typo_word(rng, m.group(0)) if rng.random() < 0.04 else m.group(0), t)
            if lower:
                t = t.lower()
        out.append((t, k, lab, tid))
    return out


# ------------------------------------------------------------------ composition
def pick(H, ctx, group, lang=None):
    lst = H.wrap[lang or ctx.lang][group]
    return ctx.rng.choice(lst)


def pick_body(H, ctx):
    groups = H.body[ctx.lang]
    g = ctx.rng.choice(sorted(groups))
    return ctx.rng.choice(groups[g])


def compose(H, lang, channel):
    ctx = Ctx(H, lang)
    r = ctx.rng
    R = lambda pair: render(ctx, pair[1], pair[0])
    if channel == "agent_reply":
        return R(pick(H, ctx, "agent")) + R(pick(H, ctx, "agent_sign"))
    btid, btext = pick_body(H, ctx)
    body = render(ctx, btext, btid)
    if r.random() < 0.25 and channel != "email":
        # occasionally a second body in the same message (a list of details)
        body += lit("\n") + R(pick_body(H, ctx))
    extra = []
    if channel == "email" and r.random() < 0.75 or channel in CHAT and r.random() < 0.3:
        extra = R(r.choice(H.context[lang]))
    if channel == "email":
        def story(k):
            out = []
            for c in r.sample(H.context[lang], k):
                out += (lit(" ") if out else []) + R(c)
            return out
        main = R(pick(H, ctx, "greet_email")) + lit("\n\n")
        st = story(r.randint(1, 3)) if r.random() < 0.85 else []
        if st and r.random() < 0.5:
            main += st + lit(r.choice([" ", "\n\n"])) + body
        else:
            main += body + (lit("\n\n") + st if st else [])
        if r.random() < 0.25:
            main += lit("\n\n") + R(pick_body(H, ctx))
        if r.random() < 0.3:
            main += lit("\n\n") + story(1)
        main += lit("\n\n") + R(pick(H, ctx, "sign_email"))
        if r.random() < 0.2 and "fwd_head" in H.wrap[lang]:
            main = R(pick(H, ctx, "fwd_note")) + lit("\n\n") + R(pick(H, ctx, "fwd_head")) + lit("\n") + main
        if r.random() < 0.75:
            q = R(pick(H, ctx, "agent")) + R(pick(H, ctx, "agent_sign"))
            if r.random() < 0.5:
                earlier = body + lit("\n\n") + story(1) + lit("\n\n") + R(pick(H, ctx, "sign_email"))
                q += lit("\n\n") + R(pick(H, ctx, "quote_head_cust")) + lit("\n") + quote(earlier)
            main += lit("\n\n") + R(pick(H, ctx, "quote_head")) + lit("\n") + quote(q)
        if r.random() < 0.4:
            main += lit("\n\n") + R(pick(H, ctx, "disclaimer"))
        return main
    if channel in PUBLIC:
        pre = R(pick(H, ctx, "public_pre")) if (channel != "facebook_comment" or r.random() < 0.4) else []
        return pre + body + R(pick(H, ctx, "public_post"))
    out = []
    if r.random() < 0.5:
        out += R(pick(H, ctx, "chat_open")) + lit(r.choice([" ", "\n"]))
    out += body
    if extra:
        out += lit(r.choice([" ", "\n"])) + extra
    if r.random() < 0.4:
        out += lit(r.choice([" ", "\n", "\n\n"])) + R(pick(H, ctx, "chat_close"))
    return out


def assemble(segs):
    text, spans, negs, pos = [], [], [], 0
    tids = []
    for t, k, lab, tid in segs:
        if k == "span":
            spans.append({"type": lab, "start": pos, "end": pos + len(t)})
            tids.append((lab, tid))
        elif k == "neg":
            negs.append({"kind": lab, "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs, tids


# ------------------------------------------------------------------ self-check
def check(msg):
    text = msg["text"]
    items = [(s["start"], s["end"], "S", s["type"]) for s in msg["spans"]] + [(n["start"], n["end"], "N", n["kind"]) for n in msg["negatives"]]
    for a, b, w, lab in items:
        assert 0 <= a < b <= len(text), (msg["id"], lab)
        v = text[a:b]
        assert v == v.strip(), (msg["id"], lab, v)
    items.sort()
    for x, y in zip(items, items[1:]):
        assert x[1] <= y[0], ("overlap", msg["id"], x, y)
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            assert V.ssn_like_ok(v), (msg["id"], v)


def generate(seed):
    out = {}
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        H = Half(half, seed)
        rows = []
        st = {"types": collections.Counter(), "tids": collections.defaultdict(set), "negs": collections.Counter(),
              "channels": collections.Counter(), "langs": collections.Counter(), "email_sizes": []}
        for i in range(N_PER_HALF):
            lang = wchoice(H.rng, LANG_W)
            channel = wchoice(H.rng, CHANNEL_W)
            segs = add_noise(H.rng, compose(H, lang, channel), channel)
            text, spans, negs, tids = assemble(segs)
            msg = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
            check(msg)
            rows.append(msg)
            for lab, tid in tids:
                st["types"][lab] += 1
                st["tids"][lab].add(tid)
            for n in negs:
                st["negs"][n["kind"]] += 1
            st["channels"][channel] += 1
            st["langs"][lang] += 1
            if channel == "email":
                st["email_sizes"].append(len(text.encode("utf-8")))
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for m in rows:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        out[name] = rows
        stats[name] = st
    # both halves must share no template id
    all_t = [set().union(*stats[h]["tids"].values()) for h in ("dev", "heldout")]
    assert not (all_t[0] & all_t[1]), "template shared between halves"
    for key in ("types", "negs"):
        a, b = set(stats["dev"][key]), set(stats["heldout"][key])
        assert a == b, ("type/kind missing in one half", a ^ b)
    write_readme(seed, stats)
    return stats


def table(header, rows):
    s = "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def write_readme(seed, stats):
    d, h = stats["dev"], stats["heldout"]
    types = sorted(set(d["types"]) | set(h["types"]))
    kinds = sorted(set(d["negs"]) | set(h["negs"]))
    chans = [c for c, _ in CHANNEL_W]
    langs = [l for l, _ in LANG_W]
    es = lambda st: (min(st["email_sizes"]), sorted(st["email_sizes"])[len(st["email_sizes"]) // 2], max(st["email_sizes"]))
    md = f"""# Blind scrub corpus {DIR}

Labelled webcare messages for testing a PII scrubber. **Written blind**: the author did not open, list, grep or run
anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus, scorer or generator under
`tests/scrub_corpus/`, and did not read git history. Values, phrasing and labelling conventions come from public
knowledge of how platforms format messages and how people write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Car rental abroad (key boxes, deposits, hire-car SIMs, odometer readings, flights), online grocery delivery
(lockbox codes, missing items, refunds), music streaming and concert tickets (logins, OTPs, cancelled gigs),
language schools (student portals, classroom wifi, BSN/national-number questions), veterinary clinics
(gate/alarm codes for home visits, owners' details) and toll/vignette services (tags, fines, plates).
Customers from the Netherlands, Flanders, Wallonia/Brussels, the UK and the US, on all channels, with typos,
e-mail signatures, forwarded headers, quoted history and agent replies.

## Generation

```
cd tests/scrub_corpus/{DIR}
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (labelled value generators with Luhn / mod-97 / 11-proof / national-register checks),
`negs.py` (hard-negative generators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates
per language, grouped by situation). The generator fails loudly (assertion) if a span or negative is out of range,
has surrounding white space, overlaps another, or a card/IBAN/BSN/RRN fails its checksum, or a template id is shared
between halves.

## Split rule

Every template group (language family x situation: account, otp, codes, wifi, dev, payment, contact, identity,
complaint, context, and each wrapper kind: greetings, signatures, quote headers, forwarded headers, disclaimers,
chat openers/closers, public prefixes/suffixes, agent replies, agent signatures) is dealt alternately: even index to
dev, odd index to heldout. Every filler pool (first/last names, streets, cities, holiday destinations, brands and
therefore mentions and URLs, agents, hashtags, SSIDs, plates, pets, artists, companies, taught languages) is dealt
the same way. Each half uses its own `random.Random(seed * 2 + half)`. Value formats (how a phone number or IBAN is
grouped) are shared; the surrounding words are not. Typos are injected only into literal template text (cue words
included), never into labelled values, names or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only: never the cue ("wachtwoord:", "IBAN", "PIN"), quotes, brackets or trailing punctuation.
  Characters that belong to the value (a `!` at the end of a password) are included.
- Every occurrence is labelled, including repeats in quoted history and in agent replies.
- `otp` includes codes dictated as words ("vier zeven twee negen een nul", "four oh two ..."); the whole phrase is one span.
- `pin` covers card PINs, phone unlock codes, SIM PINs, key-box, gate, alarm and lockbox codes. A `#` typed after
  a code is outside the span.
- `api_key`: vendor-prefixed keys, generic keys, AWS access key ids and AWS secret keys (each its own span).
  `token`: bearer/JWT-like, hex session tokens, personal access tokens.
- `bsn` is used both for the Dutch BSN (11-proof) and the Belgian national register number (valid check digits,
  pre- and post-2000 rule), in all groupings.
- `customer_number` includes account, member, subscription, contract, policy and EAN connection codes.
- `address` includes postcode and city where written; multi-line addresses are one span (the newline is inside).
  In quoted history a multi-line address is written on one line (", ") so the "> " marker never falls inside a span.
- An e-mail address in a forwarded header ("From: Name <x@y>") is labelled; names are not. No company e-mail
  addresses appear (to avoid the judgement call).
- Negatives: amounts include the currency sign/word; times and dates are the value only; `company_phone` marks the
  organisation's service numbers (also in agent signatures); `company_registration` marks KvK, BTW/VAT, BCE/
  ondernemingsnummer and UK/US company numbers of small-business customers and of the service; `mention`,
  `hashtag`, `url` are marked in public posts, signatures and agent replies; `meter_reading` is used for
  odometer readings; `masked_value` for ****1234-style values.
- Not labelled at all: personal names, cities alone, SSIDs, licence plates, pet names, agent initials (^AB), macro
  placeholders (`{{first_name}}`, `<first name>`, `{{prenom}}`).

## Known limitations

- Template-based: sentence frames repeat within a half (values, fillers and typos vary).
- Value formats are shared between halves; only phrasing, wrappers and fillers are split.
- Some combinations are slightly artificial (a second unrelated request appended in one chat message).
- UK and US messages share English templates; locale shows in values (phones, addresses, dates, currency).
- Phone numbers use realistic formats but are random; a few fall in reserved/fictional ranges (555, 07700 900).
- E-mail sizes (bytes) min/median/max: dev {es(d)}, heldout {es(h)}.

## Counts

### Messages

{table(["half", "messages"], [["dev", sum(d["channels"].values())], ["heldout", sum(h["channels"].values())]])}
### Spans per type (count / distinct templates)

{table(["type", "dev", "dev templates", "heldout", "heldout templates"], [[t, d["types"][t], len(d["tids"][t]), h["types"][t], len(h["tids"][t])] for t in types])}
### Negatives per kind

{table(["kind", "dev", "heldout"], [[k, d["negs"][k], h["negs"][k]] for k in kinds])}
### Channels

{table(["channel", "dev", "heldout"], [[c, d["channels"][c], h["channels"][c]] for c in chans])}
### Languages

{table(["lang", "dev", "heldout"], [[l, d["langs"][l], h["langs"][l]] for l in langs])}"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(md)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261322)
    a = ap.parse_args()
    st = generate(a.seed)
    for h in ("dev", "heldout"):
        print(h, sum(st[h]["channels"].values()), "messages,", sum(st[h]["types"].values()), "spans,", sum(st[h]["negs"].values()), "negatives")


if __name__ == "__main__":
    main()
