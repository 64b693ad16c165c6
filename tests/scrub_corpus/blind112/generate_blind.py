#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind112). Python 3.11 standard library only.

Usage (inside this directory): python3 generate_blind.py --seed 20261310
Writes dev.jsonl, heldout.jsonl and README.md.
"""
import argparse
import collections
import json
import os
import re

import templates_en
import templates_fr
import templates_nl
import values as V
from pools import POOLS

PREFIX = "b112"
N_PER_HALF = 950
FAMILY = {"nl": templates_nl, "nl-be": templates_nl, "fr-be": templates_fr, "en-gb": templates_en, "en-us": templates_en}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNEL_W = [("email", 30), ("agent_reply", 12), ("x_public", 7), ("facebook_comment", 7), ("instagram_comment", 5), ("x_dm", 5),
             ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 12), ("telegram", 8)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SECTORS = ["food", "ride", "fest", "parcel", "water", "housing"]
TYPE_W = {"password": 9, "pin": 8, "puk": 3, "otp": 8, "wifi_key": 5, "username": 5, "api_key": 3, "token": 3, "card": 6, "cvv": 1,
          "card_expiry": 1, "iban": 8, "bsn": 5, "email": 8, "phone": 9, "address": 8, "date_of_birth": 5, "customer_number": 9, "ip_address": 3}
LANG_TAG = {"@be ": {"nl-be"}, "@nl ": {"nl"}, "@gb ": {"en-gb"}, "@us ": {"en-us"}}
PH = re.compile(r"\{\{|\}\}|\{([a-z_.]+)(?::(\w+))?\}")
SPAN_TYPES = list(TYPE_W)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


# ------------------------------------------------------------------ dealing


def deal_list(items, half, gid):
    return [(f"{gid}#{i}", t) for i, t in enumerate(items) if i % 2 == half]


def build_half(half):
    T = {}
    for fam, mod in (("nl", templates_nl), ("fr", templates_fr), ("en", templates_en)):
        d = {}
        for name in ("NEGF", "OPEN_CHAT", "CLOSE_CHAT", "OPEN_MAIL", "CLOSE_MAIL", "SIG", "QHDR", "CUST_QHDR", "FWD", "DISCL", "AGENT", "PUBLIC", "FULL", "NEGX"):
            d[name] = deal_list(getattr(mod, name), half, f"{fam}.{name}")
        d["SCEN"] = {k: deal_list(v, half, f"{fam}.SCEN.{k}") for k, v in mod.SCEN.items()}
        d["FACT"] = {k: deal_list(v, half, f"{fam}.FACT.{k}") for k, v in mod.FACT.items()}
        T[fam] = d
    P = {k: v[half::2] for k, v in POOLS.items()}
    return T, P


def fam_of(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def pick(rng, lst, lang, used=None):
    ok = []
    for tid, t in lst:
        for tag, langs in LANG_TAG.items():
            if t.startswith(tag):
                if lang in langs:
                    ok.append((tid, t[len(tag):]))
                break
        else:
            ok.append((tid, t))
    if used is not None:
        fresh = [x for x in ok if x[0] not in used]
        ok = fresh or ok
    got = rng.choice(ok) if ok else None
    if got and used is not None:
        used.add(got[0])
    return got


# ------------------------------------------------------------------ rendering


class Ctx:
    def __init__(self, rng, lang, P, sector):
        self.rng, self.lang, self.P, self.sector = rng, lang, P, sector
        self.keyed, self.last = {}, {}
        self.first = rng.choice(P["first"])
        self.lastname = rng.choice(P["last"])
        self.brand = rng.choice(P["brand_" + sector])
        self.agent = rng.choice(P["agents"])
        self.used = set()


def filler(ctx, name):
    r = ctx.rng
    if name == "first":
        return ctx.first
    if name == "last":
        return ctx.lastname
    if name == "brand":
        return ctx.brand
    if name == "agent":
        return ctx.agent
    if name == "ssid":
        return r.choice(ctx.P["ssids"])
    if name == "city":
        key = {"nl": "city_nl", "nl-be": "city_nl-be", "fr-be": "city_fr-be", "en-gb": "city_gb", "en-us": "city_us"}[ctx.lang]
        c = r.choice(ctx.P[key])
        return c[0] if isinstance(c, tuple) else c
    raise KeyError(name)


def render(tpl, tid, ctx):
    """Return list of pieces: (text, None|'span'|'neg', label, tid)."""
    out, pos = [], 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None, None, tid))
        pos = m.end()
        tok = m.group(0)
        if tok == "{{":
            out.append(("{", None, None, tid))
            continue
        if tok == "}}":
            out.append(("}", None, None, tid))
            continue
        name, key = m.group(1), m.group(2)
        if name.startswith("f."):
            out.append((filler(ctx, name[2:]), None, None, tid))
        elif name.startswith("n."):
            kind = name[2:]
            k = ("n", kind, key)
            if key and k in ctx.keyed:
                v = ctx.keyed[k]
            else:
                v = V.NEGATIVE[kind](ctx.rng, ctx.lang, ctx.P)
                if key:
                    ctx.keyed[k] = v
            out.append((v, "neg", V.ALIAS.get(kind, kind), tid))
        else:
            label = "bsn" if name == "rrn" else name
            if key == "last" and label in ctx.last:
                v = ctx.last[label]
            elif key and key != "last" and ("s", name, key) in ctx.keyed:
                v = ctx.keyed[("s", name, key)]
            else:
                v = V.LABELLED[name](ctx.rng, ctx.lang, ctx.P)
                if key and key != "last":
                    ctx.keyed[("s", name, key)] = v
            ctx.last[label] = v
            out.append((v, "span", label, tid))
    if pos < len(tpl):
        out.append((tpl[pos:], None, None, tid))
    return out


def lit(s):
    return [(s, None, None, None)]


def quote(pieces, pre="> "):
    res = [(pre, None, None, None)]
    for text, kind, label, tid in pieces:
        if kind is None:
            res.append((text.replace("\n", "\n" + pre), None, None, tid))
        else:
            res.append((text.replace("\n", ", "), kind, label, tid))
    return res


KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.75:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYB:
        j = KEYB.index(c)
        return w[:i] + KEYB[max(0, min(len(KEYB) - 1, j + rng.choice([-1, 1])))] + w[i + 1:]
    return w


def add_typos(rng, pieces, n):
    for _ in range(n):
        idx = [i for i, p in enumerate(pieces) if p[1] is None and re.search(r"[A-Za-zéèà]{4,}", p[0])]
        if not idx:
            return pieces
        i = rng.choice(idx)
        text = pieces[i][0]
        words = [m for m in re.finditer(r"[A-Za-zéèà]{4,}", text)]
        m = rng.choice(words)
        nw = typo_word(rng, m.group(0))
        pieces[i] = (text[:m.start()] + nw + text[m.end():],) + pieces[i][1:]
    return pieces


def join(parts, seps, rng=None):
    res = []
    for i, p in enumerate(parts):
        if i:
            sep = seps if isinstance(seps, str) else seps[i - 1]
            if rng is not None and res and res[-1][1] is None and sep in (" ", "\n") and res[-1][0][-1:] not in ".!?:,)" and rng.random() < 0.7:
                sep = rng.choice([". ", ". ", ", ", "! ", ".\n"])
            elif rng is not None and res and res[-1][1] is not None and sep in (" ", "\n") and rng.random() < 0.7:
                sep = rng.choice([". ", ", ", " - ", ".\n"])
            res.extend(lit(sep))
        res.extend(p)
    return res


# ------------------------------------------------------------------ message builders


def choose_type(rng):
    return wchoice(rng, list(TYPE_W.items()))


def fact(ctx, T, t=None):
    for _ in range(20):
        ty = t or choose_type(ctx.rng)
        got = pick(ctx.rng, T["FACT"].get(ty, []), ctx.lang, ctx.used)
        if got:
            return render(got[1], got[0], ctx)
        t = None
    raise RuntimeError("no fact")


def part(ctx, lst):
    got = pick(ctx.rng, lst, ctx.lang, ctx.used)
    return render(got[1], got[0], ctx) if got else None


def sentences(ctx, T, nfacts, neg_p=0.4, full_p=0.1):
    r = ctx.rng
    s = [part(ctx, T["SCEN"][ctx.sector])]
    if r.random() < full_p:
        f = part(ctx, T["FULL"])
        if f:
            s.append(f)
    for _ in range(nfacts):
        s.append(fact(ctx, T))
    if r.random() < neg_p:
        s.append(part(ctx, T["NEGF"]))
    if r.random() < neg_p * 0.8:
        s.append(part(ctx, T["NEGX"]))
    s = [x for x in s if x]
    head, tail = s[:1], s[1:]
    r.shuffle(tail)
    return head + tail


def chat_msg(ctx, T):
    r = ctx.rng
    s = sentences(ctx, T, r.choice([1, 1, 2, 2, 3]), 0.35, 0.12)
    if r.random() < 0.55:
        o = part(ctx, T["OPEN_CHAT"])
        if o:
            s.insert(0, o)
    if r.random() < 0.45:
        c = part(ctx, T["CLOSE_CHAT"])
        if c:
            s.append(c)
    seps = [r.choice([" ", " ", "\n", "\n\n", " - "]) for _ in range(len(s))]
    return join(s, seps, r)


def public_msg(ctx, T):
    r = ctx.rng
    s = [part(ctx, T["PUBLIC"])]
    if r.random() < 0.35:
        s.append(fact(ctx, T, r.choice(["phone", "email", "customer_number", "address", "password", "otp", "iban"])))
    if r.random() < 0.2:
        s.append(part(ctx, T["NEGF"]))
    s = [x for x in s if x]
    return join(s, " ", r)


def email_msg(ctx, T):
    r = ctx.rng
    body = sentences(ctx, T, r.choice([2, 2, 3, 3, 4]), 0.7, 0.15)
    if r.random() < 0.5:
        body.insert(1, part(ctx, T["SCEN"][ctx.sector]))
    if r.random() < 0.4:
        body.append(part(ctx, T["NEGF"]))
    body = [b for b in body if b]
    paras, cur = [], []
    for b in body:
        cur.append(b)
        if r.random() < 0.45:
            paras.append(join(cur, " ", r))
            cur = []
    if cur:
        paras.append(join(cur, " ", r))
    msg = []
    g = part(ctx, T["OPEN_MAIL"])
    if g:
        msg.append(g)
    msg.extend(paras)
    c = part(ctx, T["CLOSE_MAIL"])
    tail = []
    if c:
        tail = c + lit("\n") + (part(ctx, T["SIG"]) or lit(ctx.first))
    else:
        tail = part(ctx, T["SIG"]) or lit(ctx.first)
    msg.append(tail)
    out = join(msg, "\n\n")
    x = r.random()
    if x < 0.45:
        hdr = part(ctx, T["QHDR"])
        q = part(ctx, T["AGENT"])
        if hdr and q:
            out = out + lit("\n\n") + hdr + lit("\n") + quote(q)
            if r.random() < 0.4:
                hdr2 = part(ctx, T["CUST_QHDR"])
                q2 = join(sentences(ctx, T, 1, 0.2, 0), " ", r)
                if hdr2:
                    out = out + lit("\n>\n") + quote(hdr2) + lit("\n") + quote(q2, ">> ")
    elif x < 0.6:
        fwd = part(ctx, T["FWD"])
        if fwd:
            orig = join(sentences(ctx, T, r.choice([1, 2]), 0.3, 0), "\n", r)
            out = out + lit("\n\n") + fwd + lit("\n\n") + orig
    if r.random() < 0.3:
        d = part(ctx, T["DISCL"])
        if d:
            out = out + lit("\n\n" + r.choice(["", "--\n", "________________________________\n"])) + d
    return out


def agent_msg(ctx, T):
    r = ctx.rng
    if r.random() < 0.35:
        cust = join(sentences(ctx, T, r.choice([1, 2]), 0.3, 0.1), " ", r)
        a = part(ctx, T["AGENT"])
        hdr = part(ctx, T["CUST_QHDR"])
        return a + lit("\n\n") + hdr + lit("\n") + quote(cust)
    if r.random() < 0.3:
        # warm-up customer values to be echoed (not in text): avoid; just agent text
        pass
    return part(ctx, T["AGENT"])


def build_message(rng, half, T, P, idx):
    lang = wchoice(rng, LANG_W)
    ch = wchoice(rng, CHANNEL_W)
    sector = rng.choice(SECTORS)
    ctx = Ctx(rng, lang, P, sector)
    TT = T[fam_of(lang)]
    if ch == "email":
        pieces = email_msg(ctx, TT)
    elif ch == "agent_reply":
        pieces = agent_msg(ctx, TT)
    elif ch in PUBLIC:
        pieces = public_msg(ctx, TT)
    else:
        pieces = chat_msg(ctx, TT)
    if ch not in ("email",) and rng.random() < 0.12:
        pieces = [(p[0].lower(),) + p[1:] if p[1] is None else p for p in pieces]
    if rng.random() < 0.45:
        pieces = add_typos(rng, pieces, rng.choice([1, 1, 2, 3]))
    text, spans, negs, tids = "", [], [], collections.defaultdict(set)
    for ptext, kind, label, tid in pieces:
        s = len(text)
        text += ptext
        if kind == "span":
            spans.append({"type": label, "start": s, "end": len(text)})
            tids[label].add(tid)
        elif kind == "neg":
            negs.append({"kind": label, "start": s, "end": len(text)})
    return {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": ch, "lang": lang,
            "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}, tids


# ------------------------------------------------------------------ checks


def check(msg):
    t = msg["text"]
    iv = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (msg["id"], s)
        assert not t[a].isspace() and not t[b - 1].isspace(), (msg["id"], s, t[a:b])
        iv.append((a, b, s.get("type") or s.get("kind")))
    iv.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", msg["id"], k1, k2)
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), v
        elif s["type"] == "iban":
            assert V.iban_ok(v), v
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.rrn_ok(v)), v


def every_occurrence_labelled(msg):
    t = msg["text"]
    covered = [(s["start"], s["end"]) for s in msg["spans"]]
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if len(v) < 4:
            continue
        for m in re.finditer(re.escape(v), t):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                return False
    return True


# ------------------------------------------------------------------ main


def gen_half(seed, half):
    rng = V_rng(seed * 2 + half)
    T, P = build_half(half)
    msgs, tidmap = [], collections.defaultdict(set)
    i = 0
    while len(msgs) < N_PER_HALF:
        m, tids = build_message(rng, half, T, P, len(msgs))
        i += 1
        if not every_occurrence_labelled(m):
            continue
        check(m)
        msgs.append(m)
        for k, v in tids.items():
            tidmap[k] |= v
    return msgs, tidmap


def V_rng(s):
    import random
    return random.Random(s)


def table(title, counter, extra=None):
    lines = [f"| {title} | dev | heldout |" + (" templates dev | templates heldout |" if extra else ""), "|---|---|---|" + ("---|---|" if extra else "")]
    keys = sorted(set(counter[0]) | set(counter[1]))
    for k in keys:
        row = f"| {k} | {counter[0].get(k, 0)} | {counter[1].get(k, 0)} |"
        if extra:
            row += f" {len(extra[0].get(k, ()))} | {len(extra[1].get(k, ()))} |"
        lines.append(row)
    return "\n".join(lines)


def write_readme(seed, halves, tidmaps):
    sp = [collections.Counter(s["type"] for m in h for s in m["spans"]) for h in halves]
    ng = [collections.Counter(s["kind"] for m in h for s in m["negatives"]) for h in halves]
    ch = [collections.Counter(m["channel"] for m in h) for h in halves]
    lg = [collections.Counter(m["lang"] for m in h) for h in halves]
    em = [[len(m["text"].encode()) for m in h if m["channel"] == "email"] for h in halves]
    readme = f"""# Scrub corpus blind112 (written blind)

Labelled webcare messages for evaluating a PII scrubber. This corpus was written **blind**: its author
did not open, read, grep, list or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`,
`infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did
not read git history. No scrubber or scorer was run. Everything was written from public knowledge of
how platforms format messages and how customers and agents write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Food delivery, ride hailing and taxis, festivals and ticketing, couriers and parcel lockers, water
companies, housing corporations. Dutch (nl), Belgian Dutch (nl-be), Belgian French (fr-be), UK and
US English customers on all channels, with typos, e-mail signatures, quoted history, forwarded
headers, disclaimers and agent replies. All brand names are fictional.

## Generation

```
python3 generate_blind.py --seed {seed}
```

Python 3.11 standard library only. Modules: `values.py` (value generators and validators),
`pools.py` (filler pools), `templates_nl.py`, `templates_fr.py`, `templates_en.py` (templates per
language family), `generate_blind.py` (dealing, rendering, self-check, README).

## Split rule

Templates are written in groups (language family x kind x situation, e.g. `nl.FACT.iban`,
`en.SCEN.parcel`, `fr.SIG`). Each group's members are dealt alternately: even index to dev, odd
index to heldout, so no template, frame, greeting, signature, quote header or disclaimer is shared
between the halves. Every filler pool (first/last names, streets, cities, brands per sector, agents,
mentions, hashtags, URLs, model numbers, SSIDs, password words, e-mail domains) is dealt the same
way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal
template text (cue words included), never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord:", "IBAN", "Bearer ", "GSM"), no surrounding
  white space or sentence punctuation. Every occurrence is labelled, including values repeated by an
  agent or inside quoted history (`> `). A generated message is discarded if a labelled value (4+
  characters) also occurs unlabelled elsewhere in its text.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`.
- `pin` covers card PINs, SIM PINs, phone unlock codes, key safe / gate / alarm / door codes; a `#`
  typed as part of a gate code is inside the span.
- `otp` includes pick-up/collection codes for parcel lockers and lockers sent by SMS, codes dictated
  as words ("vier twee ...", "four two ..."; the whole word sequence is one span) and `G-123456` style.
- Addresses span street + number and, when written, postcode and city as one span, also across a line
  break in signatures. In quoted history a line break inside an address is rendered as ", ".
- `customer_number` covers customer, account, tenancy/huurder, contract, member, policy, subscriber
  numbers and 18-digit EAN connection codes.
- Passwords include temporary passwords issued by an agent. `username` is only labelled next to a
  password or as a login name; public @handles are `mention` negatives.
- The SSID next to a Wi-Fi key is not labelled. Names, cities alone, agent initials (`^Kim`) and
  macro placeholders (`{{voornaam}}`, `{{first_name}}`) are not labelled.
- Company service numbers (0900/088/078/0800/1-800 numbers) are `company_phone` negatives; KvK/BTW/
  ondernemingsnummer/company number/EIN are `company_registration` negatives. Masked values
  (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.
- An 8-digit number labelled `ticket_number` (case/zaak number) can look exactly like a customer
  number; the cue word decides.

## Known limitations

- Sentences are composed from templates, so cross-sentence coherence is loose (a ride complaint can
  be followed by a Wi-Fi key for an engineer).
- IBANs outside NL/BE/GB only pass mod-97; national BBAN check digits (e.g. the French RIB key) are
  not modelled. Belgian BBAN check digits are modelled.
- Phone numbers are plausible formats, not guaranteed to be allocated ranges.
- No attachments, HTML mail or emoji-heavy messages; emoji are rare.
- Typos never touch values, so obfuscated values ("zes-één-twee") beyond dictated OTP words are absent.

## Counts

Messages: dev {len(halves[0])}, heldout {len(halves[1])}.
E-mail size (bytes): dev median {sorted(em[0])[len(em[0]) // 2]}, heldout median {sorted(em[1])[len(em[1]) // 2]}.

### Spans per type (with number of distinct templates that produced them)

{table("type", sp, tidmaps)}

### Negatives per kind

{table("kind", ng)}

### Channels

{table("channel", ch)}

### Languages

{table("lang", lg)}
"""
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261310)
    a = ap.parse_args()
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    halves, tidmaps = [], []
    for half, name in ((0, "dev"), (1, "heldout")):
        msgs, tm = gen_half(a.seed, half)
        halves.append(msgs)
        tidmaps.append(tm)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    write_readme(a.seed, halves, tidmaps)
    print("dev", len(halves[0]), "heldout", len(halves[1]))


if __name__ == "__main__":
    main()
