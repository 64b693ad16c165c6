#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind127). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261325
"""
import argparse
import json
import os
import re
from collections import Counter, defaultdict
import random

import values as V
import pools as P
import wrappers as WR
import templates_nl, templates_be, templates_fr, templates_en

PREFIX = "b127"
N_PER_HALF = 950
TPL = {"nl": templates_nl.G, "be": templates_be.G, "fr": templates_fr.G, "en": templates_en.G}
LANG_OF = {"nl": "nl", "be": "nl-be", "fr": "fr-be", "gb": "en-gb", "us": "en-us"}
GROUP_OF = {"nl": "nl", "be": "be", "fr": "fr", "gb": "en", "us": "en"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
SECTORS = ["wedding", "tax", "parking", "micromobility", "cleaning", "repair"]
PH = re.compile(r"\{([pnf]):([a-z_]+)(?:=(\w+))?\}")
SPAN_TYPES = set(V.SPAN_GEN)
NEG_KINDS = set(V.NEG_GEN)


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def half_templates(half):
    out = defaultdict(list)  # (group, kind) -> [(src, sector, text)]
    for g, groups in TPL.items():
        for gi, (sector, kind, lst) in enumerate(groups):
            assert len(lst) >= 2, (g, sector, kind)
            for i, t in enumerate(lst):
                if i % 2 == half:
                    out[(g, kind)].append((f"{g}/{sector}/{kind}/{gi}.{i}", sector, t))
    return out


def half_wrappers(half):
    return {g: {k: [(f"wrap/{g}/{k}/{i}", t) for i, t in enumerate(v) if i % 2 == half] for k, v in d.items()} for g, d in WR.W.items()}


class Msg:
    def __init__(self, rng, loc, pools, sector):
        self.rng, self.loc, self.pools = rng, loc, pools
        self.first, self.last = rng.choice(pools["name_" + loc])
        self.sector = sector
        self.brand = rng.choice(pools["brand_" + sector])
        self.agent = rng.choice(pools["agent_" + loc])
        self.cache = {}
        self.ctx = {"first": self.first, "last": self.last, "pools": pools, "handle": self.brand[1], "domain": self.brand[2], "sector": sector}

    def render(self, tpl, src):
        segs, pos = [], 0
        for m in PH.finditer(tpl):
            if m.start() > pos:
                segs.append([tpl[pos:m.start()], "lit", None, src])
            cat, name, hint = m.group(1), m.group(2), m.group(3) or ""
            if cat == "f":
                segs.append([self.filler(name), "lit", None, src])
            else:
                key = (cat, name, hint)
                if key not in self.cache:
                    if cat == "p":
                        assert name in SPAN_TYPES, name
                        self.cache[key] = V.SPAN_GEN[name](self.rng, self.loc, hint, self.ctx)
                    else:
                        assert name in NEG_KINDS, name
                        self.cache[key] = V.NEG_GEN[name](self.rng, self.loc, hint, self.ctx)
                segs.append([self.cache[key], "span" if cat == "p" else "neg", name, src])
            pos = m.end()
        if pos < len(tpl):
            segs.append([tpl[pos:], "lit", None, src])
        return segs

    def filler(self, name):
        return {"name": f"{self.first} {self.last}", "first": self.first, "last": self.last,
                "brand": self.brand[0], "agent": self.agent}[name]


def lit(t):
    return [t, "lit", None, None]


def quote(segs):
    out = [lit("> ")]
    for s in segs:
        if s[1] == "lit":
            out.append([s[0].replace("\n", "\n> "), "lit", None, s[3]])
        else:
            out.append(list(s))
    return out


WORD = re.compile(r"(?<![{<\[@#/.\w])([a-zà-ÿ]{4,})(?![}>\]\w@])")


def typo(rng, segs, n):
    cands = [(i, m) for i, s in enumerate(segs) if s[1] == "lit" for m in WORD.finditer(s[0])]
    for i, m in rng.sample(cands, min(n, len(cands))):
        w = m.group(1)
        k = rng.randrange(1, len(w) - 1)
        op = rng.choice(["swap", "drop", "dup", "near"])
        if op == "swap":
            nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == "drop":
            nw = w[:k] + w[k + 1:]
        elif op == "dup":
            nw = w[:k] + w[k] + w[k:]
        else:
            near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "l": "k", "d": "f"}
            nw = w[:k] + near.get(w[k], w[k]) + w[k + 1:]
        t = segs[i][0]
        # locate again (earlier typo in same seg may have shifted offsets)
        j = t.find(w)
        if j >= 0:
            segs[i][0] = t[:j] + nw + t[j + len(w):]
    return segs


def compose(segs):
    text, spans, negs = "", [], []
    for t, cat, label, src in segs:
        st = len(text)
        text += t
        if cat == "span":
            spans.append({"type": label, "start": st, "end": len(text), "_src": src})
        elif cat == "neg":
            negs.append({"kind": label, "start": st, "end": len(text), "_src": src})
    return text, spans, negs


def build(rng, half, tpls, wraps, pools):
    r = rng.random()
    loc = "nl" if r < 1 / 3 else "be" if r < 0.5 else "fr" if r < 2 / 3 else ("gb" if rng.random() < 0.5 else "us")
    g = GROUP_OF[loc]
    k = rng.random()
    kind = "pub" if k < 0.14 else "chat" if k < 0.56 else "mail" if k < 0.76 else "agent"
    src, sector, tpl = rng.choice(tpls[(g, kind)])
    if sector == "any":
        sector = rng.choice(SECTORS)
    m = Msg(rng, loc, pools, sector)
    wr = wraps[g]
    body = m.render(tpl, src)
    if kind == "pub":
        channel = rng.choice(["x_public", "facebook_comment", "instagram_comment"])
        segs = body
        if rng.random() < 0.35:
            tag = rng.choice(pools["hashtags_by_sector"][sector])
            segs = segs + [lit(" "), ["#" + tag, "neg", "hashtag", "wrap/hashtag"]]
    elif kind == "agent":
        channel = "agent_reply"
        segs = body
        if rng.random() < 0.3:
            segs = m.render("{n:mention=user} ", "wrap/agent_mention") + segs
        if "{f:agent}" not in tpl and rng.random() < 0.8:
            s, t = rng.choice(wr["agent_sig"])
            segs = segs + [lit("\n\n")] + m.render(t, s)
    else:
        channel = "email" if kind == "mail" or rng.random() < 0.22 else rng.choice(CHAT)
        if channel == "email":
            segs = email_wrap(rng, m, wr, body, tpls, g)
        else:
            segs = body
            if channel in ("whatsapp", "telegram", "messenger") and rng.random() < 0.3:
                s, t = rng.choice(wr["chatpre"])
                segs = [lit(t + rng.choice(["\n", " ", "... ", "!\n"]))] + segs
            if channel == "whatsapp" and rng.random() < 0.2:
                segs = m.render("[{n:date} {n:time}] {f:first}: ", "wrap/wa_export") + segs
    if rng.random() < 0.35:
        segs = typo(rng, segs, rng.randint(1, 3))
    text, spans, negs = compose(segs)
    return {"channel": channel, "lang": LANG_OF[loc], "visibility": "public" if channel in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs, "_tpl": src}


def email_wrap(rng, m, wr, body, tpls, g):
    segs = []
    if rng.random() < 0.6:
        s, t = rng.choice(wr["subject"])
        segs += m.render(t, s) + [lit("\n\n")]
    first_line = "".join(x[0] for x in body).split("\n")[0]
    if not first_line.rstrip().endswith((",", ":")) or len(first_line) > 60:
        s, t = rng.choice(wr["greeting"])
        segs += m.render(t, s) + [lit("\n\n")]
    segs += body + [lit("\n\n")]
    s, t = rng.choice(wr["closing"])
    segs += m.render(t, s) + [lit("\n")]
    s, t = rng.choice(wr["sig"])
    segs += m.render(t, s)
    if rng.random() < 0.2:
        s, t = rng.choice(wr["mobile"])
        segs += [lit("\n\n"), [t, "lit", None, s]]
    q = rng.random()
    if q < 0.55:
        # quoted earlier agent reply (same half, same language group)
        s, t = rng.choice(wr["quote_agent"])
        asrc, _, atpl = rng.choice(tpls[(g, "agent")])
        prev = m.render(atpl, asrc)
        if "{f:agent}" not in atpl:
            s2, t2 = rng.choice(wr["agent_sig"])
            prev += [lit("\n\n")] + m.render(t2, s2)
        segs += [lit("\n\n")] + m.render(t, s) + [lit("\n")] + quote(prev)
    elif q < 0.85:
        s, t = rng.choice(wr["quote_self"])
        csrc, _, ctpl = rng.choice(tpls[(g, "chat")])
        prev = m.render(ctpl, csrc)
        segs += [lit("\n\n")] + m.render(t, s) + [lit("\n")] + quote(prev)
    if rng.random() < 0.45:
        s, t = rng.choice(wr["disclaimer"])
        segs += [lit("\n\n" + rng.choice(["", "--\n", "______________________\n"]))] + m.render(t, s)
    return segs


# ---------------------------------------------------------------- self-check
def check(msg):
    t = msg["text"]
    allr = [(s["start"], s["end"], "S", s["type"]) for s in msg["spans"]] + [(n["start"], n["end"], "N", n["kind"]) for n in msg["negatives"]]
    for a, b, c, lab in allr:
        assert 0 <= a < b <= len(t), (msg["id"], lab)
        v = t[a:b]
        assert v == v.strip() and v.strip(" ,.;:") == v or lab in ("password", "wifi_key", "api_key", "token", "pin"), (msg["id"], lab, v)
        assert not v[0].isspace() and not v[-1].isspace(), (msg["id"], lab, repr(v))
    allr.sort()
    for (a1, b1, *_), (a2, b2, *_) in zip(allr, allr[1:]):
        assert b1 <= a2, (msg["id"], "overlap", t[a1:b1], t[a2:b2])
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)
    assert msg["channel"] in ["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp", "telegram", "email", "agent_reply"]
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(a.seed * 2 + half)
        tpls, wraps, pools = half_templates(half), half_wrappers(half), P.half_pools(half)
        msgs = []
        for i in range(N_PER_HALF):
            m = build(rng, half, tpls, wraps, pools)
            m["id"] = f"{PREFIX}-{name}-{i:05d}"
            check(m)
            msgs.append(m)
        st = {"messages": len(msgs), "span": Counter(), "span_tpl": defaultdict(set), "neg": Counter(), "channel": Counter(),
              "lang": Counter(), "emails_bytes": [], "templates": len({m["_tpl"] for m in msgs})}
        with open(os.path.join(here, name + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                for s in m["spans"]:
                    st["span"][s["type"]] += 1
                    st["span_tpl"][s["type"]].add(s.pop("_src"))
                for n in m["negatives"]:
                    st["neg"][n["kind"]] += 1
                    n.pop("_src")
                st["channel"][m["channel"]] += 1
                st["lang"][m["lang"]] += 1
                if m["channel"] == "email":
                    st["emails_bytes"].append(len(m["text"].encode()))
                m.pop("_tpl")
                out = {k: m[k] for k in ("id", "channel", "lang", "visibility", "text", "spans", "negatives")}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
        stats[name] = st
    write_readme(here, a.seed, stats)


def table(title, keys, stats, fn):
    lines = [f"| {title} | dev | heldout |", "|---|---:|---:|"]
    for k in keys:
        lines.append(f"| {k} | {fn(stats['dev'], k)} | {fn(stats['heldout'], k)} |")
    return "\n".join(lines)


def write_readme(here, seed, stats):
    span_keys = sorted(set(stats["dev"]["span"]) | set(stats["heldout"]["span"]))
    neg_keys = sorted(set(stats["dev"]["neg"]) | set(stats["heldout"]["neg"]))
    ch_keys = sorted(set(stats["dev"]["channel"]) | set(stats["heldout"]["channel"]))
    lg_keys = sorted(set(stats["dev"]["lang"]) | set(stats["heldout"]["lang"]))

    def eb(s):
        b = s["emails_bytes"]
        return f"{len(b)} e-mails, {sum(1 for x in b if 500 <= x <= 2000)} within 0.5–2 KB, median {sorted(b)[len(b)//2]} B"
    doc = f"""# Scrub corpus blind127 — weddings, tax advisers, parking, e-scooters, cleaning, repair shops

This corpus was **written blind**: its author did not open, list, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (other corpora,
scorers, generators), did not read git history, and did not run any scrubber or scorer. Everything here comes
from the brief and from public knowledge of how customers and agents write on social/webcare channels.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Wedding planners and venues, tax advisers and accountants, parking apps, e-scooter and bike sharing, home cleaning
services (incl. Belgian dienstencheques/titres-services), IT and phone repair shops. Dutch, Belgian (Flemish and
French), UK and US customers; all ten channels; typos, e-mail greetings, signatures, quoted history, forwarded headers,
disclaimers; agent replies (with macro placeholders such as `{{first_name}}`, `<code>`, `[CODE]`, which are not labelled).

## Generation

```
cd tests/scrub_corpus/blind127
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (value generators and check-digit validators), `pools.py` (filler pools), `templates_nl.py`,
`templates_be.py`, `templates_fr.py`, `templates_en.py` (message templates), `wrappers.py` (e-mail/channel frames).

## Split rule

Templates are written in groups (language group × sector × kind, where kind is chat, mail, public post or agent reply).
Within every group, members with an even index go to dev and odd ones to heldout. The same dealing is applied to every
wrapper list (subject lines, greetings, closings, signatures, quote headers, disclaimers, agent signatures, chat openers)
and to every filler pool (names, streets, cities, brands with handles and domains, agent names, hashtags, device models).
So no template, frame, signature or quote block is shared between halves. Each half uses its own
`random.Random(seed * 2 + half)`. Typos (swap/drop/double/neighbour key) are injected only into literal text, never into
labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord:", "IBAN", "mdp"). Every occurrence is labelled, including
  values repeated in quoted history (`> ` lines) and in agent replies/quotes of agent replies.
- `bsn` covers both the Dutch BSN (11-proof) and the Belgian rijksregisternummer / numéro de registre national
  (check digits valid, including the post-2000 "2" prefix rule), in the common groupings (85.07.30-033.61 etc.).
- `pin` covers card/phone/SIM PINs and door, gate, key-safe and alarm codes (some door codes carry a trailing `#`
  or leading `*`, which is part of the value as typed on the keypad).
- `otp` includes codes dictated as words ("vier zeven een ...", "quatre-sept-...", "four seven one ...").
- `username` is labelled only as a login name (next to a password or asked for a login). Apple ID / account
  e-mail addresses are labelled as `email`, not `username`.
- `api_key` includes AWS access key id and secret; `token` covers JWTs, GitHub PATs, OAuth `ya29.` tokens and hex
  tokens. A TeamViewer-like session/partner ID is treated as `request_id` (negative), its password as `password`.
- `customer_number` covers customer, client, member, subscription, dienstencheques user and relation numbers and
  EAN-like connection numbers. Booking/repair references are `order_number` negatives; case/dossier/PCN numbers are
  `ticket_number` negatives.
- `address`: street + number with postcode/city where written; a bare street + number is also labelled.
  Cities alone, personal names, brand names, SSIDs and agent initials (`^Sanne`) are not labelled.
- The customer's own e-mail in quote headers ("On ... Jan <jan@...> wrote:") is labelled `email`. Company e-mail
  addresses are avoided altogether (quote headers from the company show only a name or `<noreply>`), so no unlabelled
  address occurs.
- A work e-mail of a person (first.last@company) is labelled `email`.
- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`, `+31 6 ***** 123`) are `masked_value` negatives.
- Customer @handles in public replies ("@Sanne_12") and brand @handles are `mention` negatives.
- Company service numbers in agent text, signatures and complaints ("on hold on 0800-...") are `company_phone`
  negatives; KvK / BTW / ondernemingsnummer / company number are `company_registration` negatives.
- Private IPs (192.168.x.x router addresses) are labelled `ip_address` like public ones.

## Known limitations

- Template-based: ~{stats['dev']['templates']} (dev) / {stats['heldout']['templates']} (heldout) distinct body templates;
  wrappers and values vary a lot but sentence frames repeat within a half.
- English templates are shared between en-gb and en-us (the values follow the locale: phone, address, dates, amounts).
- Values are synthetic; phone numbers follow national formats but are random, US numbers avoid the 555 block only loosely.
- Some negatives (dates inside DOB-like formats, 8-digit KvK numbers next to 8-digit customer numbers) are deliberately
  hard; a few realistic ambiguities (e.g. a 4-digit PIN vs a 4-digit year) depend on the cue only.
- E-mail lengths: dev {eb(stats['dev'])}; heldout {eb(stats['heldout'])}.

## Counts

{table('messages', ['messages'], stats, lambda s, k: s['messages'])}

### Spans per type (count / distinct templates incl. wrapper frames)

{table('span type', span_keys, stats, lambda s, k: f"{s['span'][k]} / {len(s['span_tpl'][k])}")}

### Negatives per kind

{table('negative kind', neg_keys, stats, lambda s, k: s['neg'][k])}

### Channels

{table('channel', ch_keys, stats, lambda s, k: s['channel'][k])}

### Languages

{table('lang', lg_keys, stats, lambda s, k: s['lang'][k])}
"""
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
