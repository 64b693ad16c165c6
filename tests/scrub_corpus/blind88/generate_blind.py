#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind88).

Emphasis: subscriptions and utilities -- streaming/gaming accounts, water and (district) heat utilities,
university student administration. Python 3.11 standard library only.

    python3 generate_blind.py --seed 20261286
"""
import argparse
import collections
import json
import random
import re
import sys

import pools
import values as V
import templates_en
import templates_fr
import templates_nl
import templates_pairs
import templates_wrap as W

PREFIX = "b88"
N_PER_HALF = 950

LOCALES = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LOC_W = [2, 1, 1, 1, 1]
CHANNELS = ["x_public", "facebook_comment", "instagram_comment", "x_dm", "instagram_dm", "messenger", "whatsapp",
            "telegram", "email", "agent_reply"]
CHAN_W = [8, 6, 4, 7, 5, 8, 12, 4, 30, 14]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}

SIT_CAT = {
    "takeover": ["stream", "game"], "twofa": ["stream", "game", "uni"], "gift": ["game", "stream"],
    "parental": ["stream", "game"], "console": ["game"], "billing": ["stream", "game"], "sim": ["stream", "uni"],
    "meter": ["water", "heat"], "move": ["water", "heat"], "payplan": ["water", "heat"], "debit": ["water", "heat", "uni"],
    "heat_outage": ["heat"], "uportal": ["uni"], "tuition": ["uni"], "enrol": ["uni"], "exam": ["uni"],
    "wifi": ["stream", "uni", "heat"], "dev": ["uni", "heat", "stream"],
}
POOL_KEY = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}
DIGIT_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
CONNECT = {
    "nl": ["Verder nog iets:", "Daarnaast:", "Oh en nog een vraag.", "PS", "Ander punt:", "Ook nog:"],
    "fr": ["Autre chose:", "Par ailleurs,", "PS:", "Et aussi:"],
    "en": ["Also,", "One more thing:", "P.S.", "Separately:", "And another thing,", "On top of that:"],
}
SUBJ_CUE = {"nl": "Onderwerp: ", "vl": "Onderwerp: ", "fr": "Objet : ", "en": "Subject: "}
WA_NAME_SEP = {"nl": "", "fr": "", "en": ""}


def tlang(loc):
    return {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[loc]


def wget(d, lang):
    if lang in d:
        return d[lang]
    return d["nl"] if lang == "vl" else d["en"]


class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []  # (type, start, end, template_id)
        self.negs = []   # (kind, start, end)

    def lit(self, s):
        self.text += s

    def span(self, typ, val, tid):
        st = len(self.text)
        self.text += val
        self.spans.append((typ, st, len(self.text), tid))

    def neg(self, kind, val):
        st = len(self.text)
        self.text += val
        self.negs.append((kind, st, len(self.text)))

    def add(self, other, prefix=""):
        base = len(self.text)
        if not prefix:
            self.text += other.text
            self.spans += [(t, s + base, e + base, i) for t, s, e, i in other.spans]
            self.negs += [(k, s + base, e + base) for k, s, e in other.negs]
            return
        src = other.text
        nl_before = [0] * (len(src) + 1)
        c = 0
        for i, ch in enumerate(src):
            nl_before[i] = c
            if ch == "\n":
                c += 1
        nl_before[len(src)] = c
        mp = lambda i: base + len(prefix) * (1 + nl_before[i]) + i
        self.text += prefix + src.replace("\n", "\n" + prefix)
        self.spans += [(t, mp(s), mp(e), i) for t, s, e, i in other.spans]
        self.negs += [(k, mp(s), mp(e)) for k, s, e in other.negs]


TOK = re.compile(r"\[\[(.+?)\]\]")
ALT = re.compile(r"\(\(([^()]*?)\)\)")


class Ctx:
    def __init__(self, rng, half, loc, cat, P):
        self.rng, self.half, self.loc, self.cat, self.P = rng, half, loc, cat, P
        pk = POOL_KEY[loc]
        self.first = rng.choice(P["first"][pk])
        self.last = rng.choice(P["last"][pk])
        self.brand = rng.choice(P["brand"][cat])
        self.agent = rng.choice(P["agent"])
        self.store = {}
        self.typo_rate = rng.choice([0.0, 0.0, 0.0, 0.05, 0.1, 0.2])

    # ---- value generation
    def span_value(self, typ):
        r, loc = self.rng, self.loc
        if typ == "email":
            return "email", V.email(r, loc, self.first, self.last.replace(" ", ""))
        if typ == "student_email":
            return "email", V.student_email(r, loc, self.first, self.last.replace(" ", ""))
        if typ == "username":
            return "username", V.username(r, loc, self.first, self.last.replace(" ", ""))
        if typ == "address":
            return "address", V.address(r, loc, r.choice(self.P["street"][POOL_KEY[loc]]), r.choice(self.P["city"][POOL_KEY[loc]]))
        if typ == "otp_words":
            lang = tlang(loc) if tlang(loc) != "vl" else "nl"
            return "otp", " ".join(DIGIT_WORDS[lang][int(c)] for c in V._d(r, 6))
        if typ in V.SPAN_GENS:
            return typ, V.SPAN_GENS[typ](r, loc)
        if typ in V.ALIAS:
            t, g = V.ALIAS[typ]
            return t, g(r, loc)
        raise KeyError(typ)

    def neg_value(self, kind):
        r, loc = self.rng, self.loc
        if kind == "mention":
            slug = re.sub(r"[^A-Za-z0-9]", "", self.brand.replace("é", "e"))[:12]
            suf = {"nl": ["NL", "", "_helpt", "Webcare"], "nl-be": ["BE", "_VL", ""], "fr-be": ["BE", "_FR", ""],
                   "en-gb": ["UK", "Help", ""], "en-us": ["Support", "US", "Help"]}[loc]
            return "mention", "@" + slug + r.choice(suf)
        if kind == "hashtag":
            return "hashtag", r.choice(self.P["hashtag"][tlang(loc) if tlang(loc) in ("fr", "en") else "nl"])
        if kind == "url":
            slug = re.sub(r"[^a-z0-9]", "", self.brand.lower().replace("é", "e"))
            tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[loc]
            return "url", r.choice(["https://www.", "https://", "www.", "https://mijn."]) + slug + tld + r.choice(self.P["urlpath"])
        if kind in V.NEG_GENS:
            return V.NEG_KIND.get(kind, kind), V.NEG_GENS[kind](r, loc)
        raise KeyError(kind)

    def filler(self, name):
        r = self.rng
        return {"first": self.first, "last": self.last, "name": f"{self.first} {self.last}", "brand": self.brand,
                "agent": self.agent, "city": r.choice(self.P["city"][POOL_KEY[self.loc]]), "ssid": r.choice(self.P["ssid"]),
                "team": r.choice(self.P["team"])}[name]


def typo(rng, s):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    elif op == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.lower() if w[0].isupper() else w[:i] + rng.choice("aeiouwrtnm") + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


def render(tpl, ctx, tid, b=None):
    b = b or Builder()
    r = ctx.rng
    tpl = ALT.sub(lambda m: r.choice(m.group(1).split("|")), tpl)
    pos = 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit and ctx.typo_rate and r.random() < ctx.typo_rate:
            lit = typo(r, lit)
        b.lit(lit)
        key = m.group(1)
        if key.startswith("@"):
            b.lit(ctx.filler(key[1:]))
        elif key.startswith("~"):
            k = key[1:]
            if k in ctx.store:
                kind, val = ctx.store[k]
            else:
                kind, val = ctx.neg_value(k.split("=")[0])
                if "=" in k:
                    ctx.store[k] = (kind, val)
            b.neg(kind, val)
        else:
            if key in ctx.store:
                typ, val = ctx.store[key]
            else:
                typ, val = ctx.span_value(key.split("=")[0])
                if "=" in key:
                    ctx.store[key] = (typ, val)
            b.span(typ, val, tid)
        pos = m.end()
    lit = tpl[pos:]
    if lit and ctx.typo_rate and r.random() < ctx.typo_rate:
        lit = typo(r, lit)
    b.lit(lit)
    return b


def deal_groups(half):
    """Returns {group_id: [(template_id, template), ...]} for this half."""
    G = {}

    def put(gid, lst):
        assert len(lst) >= 2, f"group {gid} needs >=2 members"
        G[gid] = [(f"{gid}#{i}", t) for i, t in enumerate(lst) if i % 2 == half]

    for lang, mod in (("nl", templates_nl.BODIES), ("vl", templates_nl.VL), ("fr", templates_fr.BODIES), ("en", templates_en.BODIES)):
        for sit, lst in mod.items():
            put(f"body/{lang}/{sit}", lst)
    for name in ("CHAT_OPEN", "CHAT_CLOSE", "SUBJECT", "EMAIL_GREET", "EMAIL_CLOSE", "SIGNATURE", "QUOTE_HEAD", "QUOTE_BODY",
                 "FORWARD", "DISCLAIMER", "PUBLIC", "AGENT"):
        for lang, lst in getattr(W, name).items():
            put(f"{name.lower()}/{lang}", lst)
    for lang, lst in CONNECT.items():
        put(f"connect/{lang}", lst)
    for lang, lst in templates_pairs.EMAIL_EXTRA.items():
        put(f"email_extra/{lang}", lst)
    for (lang, sit), prs in templates_pairs.PAIRS.items():
        gid = f"body/{lang}/{sit}"
        G.setdefault(gid, [])
        G[gid] += [(f"pair/{lang}/{sit}#{k}.{half}", p[half]) for k, p in enumerate(prs)]
    return G


def deal_pools(half):
    d = pools.deal
    return {
        "first": {k: d(v, half) for k, v in pools.FIRST.items()},
        "last": {k: d(v, half) for k, v in pools.LAST.items()},
        "street": {k: d(v, half) for k, v in pools.STREET.items()},
        "city": {k: d(v, half) for k, v in pools.CITY.items()},
        "brand": {k: d(v, half) for k, v in pools.BRANDS.items()},
        "agent": d(pools.AGENTS, half), "ssid": d(pools.SSID, half), "team": d(pools.TEAMS, half),
        "hashtag": {k: d(v, half) for k, v in pools.HASHTAGS.items()}, "urlpath": d(pools.URL_PATHS, half),
    }


def gkey(G, kind, lang):
    k = f"{kind}/{lang}"
    if k in G:
        return k
    return f"{kind}/nl" if lang == "vl" else f"{kind}/en"


def pick(G, ctx, kind, lang):
    return ctx.rng.choice(G[gkey(G, kind, lang)])


def body_group(G, ctx, lang, sit):
    if lang == "vl":
        if f"body/vl/{sit}" in G and ctx.rng.random() < 0.45:
            return f"body/vl/{sit}"
        return f"body/nl/{sit}"
    return f"body/{lang}/{sit}"


def make_message(G, P, rng, half, idx):
    loc = rng.choices(LOCALES, LOC_W)[0]
    ch = rng.choices(CHANNELS, CHAN_W)[0]
    lang = tlang(loc)
    sit = rng.choice(sorted(SIT_CAT))
    cat = rng.choice(SIT_CAT[sit])
    ctx = Ctx(rng, half, loc, cat, P)
    b = Builder()

    def part(kind, sep_after=""):
        tid, t = pick(G, ctx, kind, lang)
        render(t, ctx, tid, b)
        b.lit(sep_after)

    def body():
        gid = body_group(G, ctx, lang, sit)
        tid, t = rng.choice(G[gid])
        render(t, ctx, tid, b)

    if ch in PUBLIC_CH:
        if rng.random() < 0.7:
            part("public")
        else:
            tid, t = pick(G, ctx, "public", lang)
            render(t, ctx, tid, b)
            b.lit(" ")
            body()
    elif ch == "agent_reply":
        part("agent")
    elif ch == "email":
        if rng.random() < 0.45:
            b.lit(SUBJ_CUE[lang])
            part("subject", "\n\n")
        fwd = rng.random() < 0.12
        part("email_greet", "\n\n")
        body()
        if rng.random() < 0.5:
            b.lit("\n\n")
            part("connect", " ")
            sub_sit = rng.choice([s for s in SIT_CAT if cat in SIT_CAT[s]])
            tid, t = rng.choice(G[body_group(G, ctx, lang, sub_sit)])
            render(t, ctx, tid, b)
        if rng.random() < 0.55:
            b.lit("\n\n")
            part("email_extra")
        b.lit("\n\n")
        part("email_close")
        if rng.random() < 0.6:
            b.lit("\n" + rng.choice(["", "--\n", "\n"]))
            part("signature")
        if rng.random() < 0.2:
            b.lit("\n\n")
            part("disclaimer")
        r = rng.random()
        if r < 0.6 or fwd:
            b.lit("\n\n")
            if fwd:
                part("forward", "\n\n")
            else:
                part("quote_head", "\n")
            sub = Builder()
            tid, t = pick(G, ctx, "quote_body", lang)
            render(t, ctx, tid, sub)
            b.add(sub, prefix="" if fwd else "> ")
    else:
        o = pick(G, ctx, "chat_open", lang)
        if ch == "whatsapp" and rng.random() < 0.25:
            b.lit("[")
            b.neg("date", V.n_date(rng, loc) if loc != "nl" else f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{rng.choice([2024, 2025])}")
            b.lit(", ")
            b.neg("time", f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}")
            b.lit(f"] {ctx.first}: ")
        render(o[1], ctx, o[0], b)
        if b.text and not b.text.endswith(" "):
            b.lit(rng.choice([" ", "\n", "\n\n"]))
        body()
        c = pick(G, ctx, "chat_close", lang)
        if c[1]:
            b.lit(rng.choice([" ", "\n", "\n\n"]))
            render(c[1], ctx, c[0], b)
    text = b.text
    # tidy: collapse leading whitespace; rebase offsets
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    spans = [(t, s - lead, e - lead, i) for t, s, e, i in b.spans]
    negs = [(k, s - lead, e - lead) for k, s, e in b.negs]
    vis = "public" if ch in PUBLIC_CH else "private"
    msg = {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": ch, "lang": loc, "visibility": vis,
           "text": text,
           "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(spans, key=lambda x: x[1])],
           "negatives": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(negs, key=lambda x: x[1])]}
    return msg, [(t, i) for t, s, e, i in spans]


def check(msg):
    text = msg["text"]
    items = [(x["start"], x["end"], "S:" + x["type"]) for x in msg["spans"]] + \
            [(x["start"], x["end"], "N:" + x["kind"]) for x in msg["negatives"]]
    for s, e, what in items:
        assert 0 <= s < e <= len(text), (msg["id"], what, s, e)
        v = text[s:e]
        assert v == v.strip(), (msg["id"], what, repr(v))
    items.sort()
    for a, bb in zip(items, items[1:]):
        assert a[1] <= bb[0], (msg["id"], "overlap", a, bb, text[a[0]:a[1]], text[bb[0]:bb[1]])
    for x in msg["spans"]:
        v = text[x["start"]:x["end"]]
        digits = "".join(c for c in v if c.isdigit())
        if x["type"] == "card":
            assert V.luhn_ok(v) and 13 <= len(digits) <= 19, (msg["id"], v)
        elif x["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif x["type"] == "bsn":
            assert (len(digits) == 9 and V.bsn_ok(digits)) or (len(digits) == 11 and V.rrn_ok(digits)), (msg["id"], v)
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC_CH else "private")


def generate(seed):
    halves = []
    for half in (0, 1):
        rng = random.Random(seed * 2 + half)
        G = deal_groups(half)
        P = deal_pools(half)
        msgs, tstats = [], collections.defaultdict(set)
        for i in range(N_PER_HALF):
            m, tids = make_message(G, P, rng, half, i)
            check(m)
            msgs.append(m)
            for t, tid in tids:
                tstats[t].add(tid)
        halves.append((msgs, tstats, G))
    # the split must not share any template between halves
    d_ids = set(t for _, lst in halves[0][2].items() for t, _ in lst)
    h_ids = set(t for _, lst in halves[1][2].items() for t, _ in lst)
    assert not (d_ids & h_ids)
    d_txt = set(t for _, lst in halves[0][2].items() for _, t in lst)
    h_txt = set(t for _, lst in halves[1][2].items() for _, t in lst)
    shared = (d_txt & h_txt) - {""}
    assert not shared, shared
    return halves


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


README_HEAD = """# Scrub corpus blind88: subscriptions and utilities (written blind)

This corpus was written **blind**: its author did not open, read, list or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers,
generators), and did not read git history. No scrubber or scorer was run on it. Everything here comes from public
knowledge of how webcare messages, e-mails and platform posts look.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Subscriptions and utilities: streaming and gaming accounts (account takeovers, 2FA backup codes, gift cards and
redeem codes, parental PINs, console serials), water, heat and district-heating utilities (meter numbers, meter
readings, EAN connection ids, payment plans, direct debits and mandates), and university student administration
(student numbers, enrolment, tuition fees, portal logins, exam-result disputes). Customers write in Dutch (nl),
Belgian Dutch (nl-be), Belgian French (fr-be), British and American English.

## Generation

    cd tests/scrub_corpus/blind88
    python3 generate_blind.py --seed {seed}

Writes `dev.jsonl`, `heldout.jsonl` ({n} messages each) and this README. Modules: `values.py` (value generators and
check-digit checks), `pools.py` (filler pools), `templates_nl.py`, `templates_fr.py`, `templates_en.py` (message
bodies per language and situation), `templates_wrap.py` (openers, closers, e-mail greetings/closings, signatures,
quoted-history heads and bodies, forwarded headers, disclaimers, public posts, agent replies).

## Split rule

Templates are written in groups (kind x language x situation, e.g. `body/nl/meter`, `signature/fr`, `agent/en`).
Each group is dealt alternately: even index -> dev, odd index -> heldout, so no body, frame, greeting, signature,
quote block, public post or agent reply is shared between the halves (the generator asserts this). All filler pools
(first and last names, streets, cities, brands and the mentions/URLs derived from them, agent names, SSIDs, team names,
hashtags, URL paths) are dealt alternately the same way. Each half uses its own `random.Random(seed * 2 + half)`.
Typos are injected only into literal template text, never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only: never the cue word ("wachtwoord:", "IBAN", "Bearer", "S/N"), never surrounding
  white space or punctuation. Every occurrence is labelled, also when a quoted agent mail repeats a value.
- `customer_number` covers customer/account/contract numbers, subscription ids, **student numbers**, **water and
  heat meter numbers**, **EAN / supply-point connection ids** (18 digits, 8716.../5414...), **direct-debit mandate
  references**, and **console serial numbers** (a device serial registered to an account identifies its owner).
- Gift-card / redeem codes are labelled `token` (bearer secrets: whoever holds them can spend them); a gift-card
  PIN is labelled `pin`. Parental-control PINs, SIM PINs, door, key-safe and portico codes are `pin`.
- 2FA backup / recovery codes are labelled `otp` (single-use codes), as are SMS codes and codes dictated as words.
- A student login such as `s1234567` is `username` when used as a login name, `customer_number` when given as
  the student number. A student e-mail used as login is `email`.
- AWS key id and secret are both `api_key`; bearer/JWT/hex/GitHub tokens are `token`.
- The Belgian national register number (rijksregisternummer / numéro de registre national) is labelled `bsn`.
- `ip_address` includes IPs of suspicious logins (the scrubber cannot know whose IP it is).
- Addresses include postcode and city when written next to the street; multi-line addresses are one span.
- Negatives: meter readings (`meter_reading`), grades (`quantity`), course codes and plan codes (`product_code`),
  SEPA creditor ids (`company_registration`), case/dossier/appeal numbers (`ticket_number`), masked card/IBAN/phone/
  e-mail values (`masked_value`), brand @handles (`mention`), organisation service numbers (`company_phone`), file
  checksums (`checksum`), UUID request ids (`request_id`).
- Not labelled: personal names, cities alone, SSIDs, agent initials/names, brand names, the sender name in
  forwarded headers.

## Known limitations

- Values are synthetic; phone numbers use plausible prefixes (UK 07700, US 555) rather than live ranges.
- Bodies are template-based; variety comes from alternations, value formats, wrappers and typos, not from free text.
- WhatsApp export prefixes and some e-mail headers use a simple fixed format.
- The Flemish variety is mostly carried by openers/closers and a few Flemish-only bodies; the rest reuse Dutch bodies
  with Belgian values.
- Fictional brands are not tied to the customer's country, so a Dutch-named university may get a .co.uk URL.
- Company e-mail addresses are deliberately absent (only display names appear in headers).
"""


def write_readme(halves, seed):
    out = [README_HEAD.replace("{seed}", str(seed)).replace("{n}", str(N_PER_HALF))]
    out.append("## Counts per half\n")
    for half, (msgs, tstats, _) in enumerate(halves):
        name = ["dev", "heldout"][half]
        sp = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        ng = collections.Counter(n["kind"] for m in msgs for n in m["negatives"])
        chs = collections.Counter(m["channel"] for m in msgs)
        lg = collections.Counter(m["lang"] for m in msgs)
        email_sizes = [len(m["text"]) for m in msgs if m["channel"] == "email"]
        out.append(f"### {name}.jsonl\n")
        out.append(f"Messages: {len(msgs)}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}; "
                   f"e-mails: {len(email_sizes)} (median {sorted(email_sizes)[len(email_sizes) // 2]} chars).\n")
        rows = ["| span type | count | distinct templates |", "|---|---|---|"]
        rows += [f"| {k} | {v} | {len(tstats[k])} |" for k, v in sorted(sp.items(), key=lambda kv: (-kv[1], kv[0]))]
        out.append("\n".join(rows) + "\n")
        out.append(table(ng, "negative kind") + "\n")
        out.append(table(chs, "channel") + "\n")
        out.append(table(lg, "language") + "\n")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261286)
    a = ap.parse_args()
    halves = generate(a.seed)
    for half, (msgs, _, _) in enumerate(halves):
        with open(["dev.jsonl", "heldout.jsonl"][half], "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(write_readme(halves, a.seed))
    print(f"dev.jsonl {len(halves[0][0])}, heldout.jsonl {len(halves[1][0])}", file=sys.stderr)


if __name__ == "__main__":
    main()
