#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind92). Standard library only.

Usage: python3 generate_blind.py --seed 20261290
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import negs
import pools as P
import t_be
import t_en
import t_nl
import values as V

N_PER_HALF = 950
PREFIX = "b92"
SITUATIONS = ["dealer", "lease", "roadside", "parking", "muni", "crypto", "bank"]
BRAND_POOL = {"dealer": "dealer", "lease": "lease", "roadside": "roadside", "parking": "park", "muni": "muni",
              "crypto": "crypto", "bank": "bank"}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 28), ("agent_reply", 13), ("x_public", 10), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 11), ("telegram", 7)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
PH = re.compile(r"\{([a-z_]+)(#\d)?\}")


def deal(lst, half, tag):
    return [(tag + "/%d" % i, x) for i, x in enumerate(lst) if i % 2 == half]


def build_tables(half):
    T = {}
    for fam, cust, agent, frames in [
        ("nl", t_nl.CUST, t_nl.AGENT, dict(greet=t_nl.GREET, close=t_nl.CLOSE, sign=t_nl.SIGN, quote=t_nl.QUOTE_HDR, fwd=t_nl.FWD,
                                          disc=t_nl.DISCLAIMER, pad=t_nl.PAD, wa=t_nl.WA, chat=t_nl.CHAT_OPEN)),
        ("nlbe", t_be.CUST_NLBE, t_be.AGENT_NLBE, dict(greet=t_be.GREET_NLBE, close=t_be.CLOSE_NLBE, sign=t_be.SIGN_NLBE, quote=t_be.QUOTE_NLBE,
                                                       fwd=None, disc=t_be.DISC_NLBE, pad=t_be.PAD_NLBE, wa=None, chat=t_be.CHAT_NLBE)),
        ("fr", t_be.CUST_FR, t_be.AGENT_FR, dict(greet=t_be.GREET_FR, close=t_be.CLOSE_FR, sign=t_be.SIGN_FR, quote=t_be.QUOTE_FR, fwd=t_be.FWD_FR,
                                                 disc=t_be.DISC_FR, pad=t_be.PAD_FR, wa=t_be.WA_FR, chat=t_be.CHAT_FR)),
        ("en", t_en.CUST, t_en.AGENT, dict(greet=t_en.GREET, close=t_en.CLOSE, sign=t_en.SIGN, quote=t_en.QUOTE_HDR, fwd=t_en.FWD,
                                          disc=t_en.DISCLAIMER, pad=t_en.PAD, wa=t_en.WA, chat=t_en.CHAT_OPEN)),
    ]:
        d = {"cust": {s: deal(cust[s], half, "%s/cust/%s" % (fam, s)) for s in SITUATIONS},
             "agent": deal(agent, half, "%s/agent" % fam)}
        for k, lst in frames.items():
            d[k] = deal(lst, half, "%s/%s" % (fam, k)) if lst else None
        T[fam] = d
    # nl-be borrows missing frames from nl
    for k in ("fwd", "wa"):
        T["nlbe"][k] = T["nl"][k]
    return T


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for x, w in items:
        r -= w
        if r <= 0:
            return x
    return items[-1][0]


class Msg:
    def __init__(self, rng, lang, situation, pools):
        self.rng, self.lang, self.sit, self.pools = rng, lang, situation, pools
        self.ctx = {"lang": lang, "pools": pools}
        self.vals = {}
        self.fill = {}
        self.first = rng.choice(pools["first"])
        self.last = rng.choice(pools["last"])

    def filler(self, key):
        if key in self.fill:
            return self.fill[key]
        rng, p = self.rng, self.pools
        if key == "first":
            v = self.first
        elif key == "last":
            v = self.last
        elif key == "brand":
            v = rng.choice(p[BRAND_POOL[self.sit]])
        elif key == "plate":
            v = P.plate(rng, self.lang)
        elif key in ("agent", "car", "ssid", "macro", "dealer", "park", "domain"):
            v = rng.choice(p[key])
        elif key == "city":
            v = rng.choice(p["city_nl"])
        else:
            raise KeyError(key)
        self.fill[key] = v
        return v

    def value(self, key, suffix):
        k = key + (suffix or "")
        if k not in self.vals:
            for _ in range(20):
                if key == "email":
                    v = V.email(self.rng, self.ctx, self.first, self.last) if self.rng.random() < 0.7 else V.email(self.rng, self.ctx)
                elif key in V.SPAN_GEN:
                    v = V.SPAN_GEN[key][1](self.rng, self.ctx)
                else:
                    v = negs.NEG_GEN[key][1](self.rng, self.ctx)
                if v not in self.vals.values():
                    break
            self.vals[k] = v
        return self.vals[k]

    def render(self, tid, tpl):
        """Return list of segments (text, cat, type, tid)."""
        segs = []
        pos = 0
        for m in PH.finditer(tpl):
            if m.start() > pos:
                segs.append([tpl[pos:m.start()], None, None, tid])
            key, suf = m.group(1), m.group(2)
            if key in V.SPAN_GEN:
                segs.append([self.value(key, suf), "span", V.SPAN_GEN[key][0], tid])
            elif key in negs.NEG_GEN:
                segs.append([self.value(key, suf), "neg", negs.NEG_GEN[key][0], tid])
            else:
                segs.append([self.filler(key), "fill", None, tid])
            pos = m.end()
        if pos < len(tpl):
            segs.append([tpl[pos:], None, None, tid])
        return segs


def lit(s):
    return [[s, None, None, None]]


def quote(segs):
    out = [["> ", None, None, None]]
    for t, c, ty, tid in segs:
        if c is None:
            out.append([t.replace("\n", "\n> "), c, ty, tid])
        else:
            assert "\n" not in t
            out.append([t, c, ty, tid])
    return out


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def inject_typos(rng, segs, n):
    lits = [s for s in segs if s[1] is None and s[3] is not None]
    for _ in range(n):
        if not lits:
            return
        s = rng.choice(lits)
        words = [m for m in re.finditer(r"[A-Za-zéèàç]{5,}", s[0])]
        if not words:
            continue
        m = rng.choice(words)
        s[0] = s[0][:m.start()] + typo_word(rng, m.group(0)) + s[0][m.end():]


def pick(rng, lst):
    return rng.choice(lst)


def make_message(rng, T, pools, idx, half_name):
    lang = wchoice(rng, LANGS)
    fam = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
    tfam = T[fam]
    if fam == "nlbe" and rng.random() < 0.35:
        ctab = T["nl"]
    else:
        ctab = tfam
    sit = rng.choice(SITUATIONS)
    ch = wchoice(rng, CHANNELS)
    M = Msg(rng, lang, sit, pools)
    segs = []

    def body(s=None):
        tid, tpl = pick(rng, ctab["cust"][s or sit])
        return M.render(tid, tpl)

    def fr(kind):
        tid, tpl = pick(rng, tfam[kind])
        return M.render(tid, tpl)

    if ch == "email":
        target = rng.randint(480, 1700)
        if rng.random() < 0.15:
            segs += fr("fwd") + lit("\n\n")
        segs += fr("greet") + lit("\n\n") + body()
        ln = lambda: sum(len(s[0]) for s in segs)
        guard = 0
        while ln() < target * 0.6 and guard < 6:
            guard += 1
            if rng.random() < 0.35:
                segs += lit("\n\n") + body(rng.choice(SITUATIONS) if rng.random() < 0.3 else sit)
            else:
                segs += lit(" ") + fr("pad")
        segs += lit("\n\n") + fr("close") + lit("\n") + fr("sign")
        if rng.random() < 0.45 or ln() < 480:
            q = fr("quote") + lit("\n")
            if rng.random() < 0.6:
                tid, tpl = pick(rng, tfam["agent"])
                q += M.render(tid, tpl)
            else:
                q += body()
            segs += lit("\n\n") + quote(q)
        if rng.random() < 0.3 or ln() < 480:
            segs += lit("\n\n") + fr("disc")
        if ln() < 480:
            segs += lit("\n\n") + fr("pad") + lit(" ") + fr("pad")
    elif ch == "agent_reply":
        tid, tpl = pick(rng, tfam["agent"])
        if rng.random() < 0.25:
            segs += M.render("mention", "{n_mention} ")
        segs += M.render(tid, tpl)
        if rng.random() < 0.2:
            tid2, tpl2 = pick(rng, tfam["agent"])
            if tid2 != tid:
                segs += lit("\n\n") + M.render(tid2, tpl2)
    else:
        if ch in PUBLIC and rng.random() < 0.7:
            segs += M.render("mention", "{n_mention} ")
            if rng.random() < 0.2:
                segs += M.render("mention", "{n_mention#2} ")
        if ch == "whatsapp" and rng.random() < 0.5:
            segs += fr("wa")
        segs += fr("chat") + body()
        if rng.random() < 0.25:
            segs += lit(rng.choice(["\n", "\n\n", " ", " ... "])) + body(sit)
        if ch in PUBLIC and rng.random() < 0.5:
            segs += M.render("hashtag", " {n_hashtag}")
            if rng.random() < 0.4:
                segs += M.render("hashtag", " {n_hashtag#2}")
        if rng.random() < 0.15:
            for s in segs:
                if s[1] is None:
                    s[0] = s[0].lower()
    if rng.random() < 0.35:
        inject_typos(rng, segs, rng.randint(1, 2))
    # merge & offsets
    text, spans, negatives, tids = "", [], [], []
    for t, c, ty, tid in segs:
        st = len(text)
        text += t
        if c == "span":
            spans.append({"type": ty, "start": st, "end": len(text)})
            tids.append(tid)
        elif c == "neg":
            negatives.append({"kind": ty, "start": st, "end": len(text)})
    return {"id": "%s-%s-%05d" % (PREFIX, half_name, idx), "channel": ch, "lang": lang,
            "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans,
            "negatives": negatives}, tids


def check(rec):
    text = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (rec["id"], s)
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], v)
        iv.append((a, b))
    iv.sort()
    for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"])
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.rrn_ok(v)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")


def generate(seed):
    out = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(seed * 2 + half)
        T = build_tables(half)
        pools = P.make_pools(half)
        recs, stats = [], {"tpl": defaultdict(set)}
        for i in range(N_PER_HALF):
            rec, tids = make_message(rng, T, pools, i, name)
            check(rec)
            for s, tid in zip(rec["spans"], tids):
                stats["tpl"][s["type"]].add(tid)
            recs.append(rec)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out[name] = (recs, stats)
    return out


def table(title, counters, extra=None):
    keys = sorted(set().union(*[set(c) for c in counters.values()]))
    hdr = "| %s | dev | heldout |" % title + (" templates dev | templates heldout |" if extra else "")
    lines = [hdr, "|" + "---|" * (3 + (2 if extra else 0))]
    for k in keys:
        row = "| %s | %d | %d |" % (k, counters["dev"].get(k, 0), counters["heldout"].get(k, 0))
        if extra:
            row += " %d | %d |" % (len(extra["dev"].get(k, ())), len(extra["heldout"].get(k, ())))
        lines.append(row)
    return "\n".join(lines)


def write_readme(seed, out):
    sp = {h: Counter(s["type"] for r in out[h][0] for s in r["spans"]) for h in out}
    ng = {h: Counter(s["kind"] for r in out[h][0] for s in r["negatives"]) for h in out}
    chs = {h: Counter(r["channel"] for r in out[h][0]) for h in out}
    lgs = {h: Counter(r["lang"] for r in out[h][0]) for h in out}
    tp = {h: out[h][1]["tpl"] for h in out}
    em = {h: [len(r["text"]) for r in out[h][0] if r["channel"] == "email"] for h in out}
    msgs = "| | dev | heldout |\n|---|---|---|\n| messages | %d | %d |\n| spans | %d | %d |\n| negatives | %d | %d |\n| e-mails (median chars) | %d (%d) | %d (%d) |" % (
        len(out["dev"][0]), len(out["heldout"][0]), sum(sp["dev"].values()), sum(sp["heldout"].values()),
        sum(ng["dev"].values()), sum(ng["heldout"].values()), len(em["dev"]), sorted(em["dev"])[len(em["dev"]) // 2],
        len(em["heldout"]), sorted(em["heldout"])[len(em["heldout"]) // 2])
    txt = f"""# Scrub corpus blind92 — car dealers, leasing, roadside, parking & municipal fines, crypto and neobanks

This corpus was written **blind**: its author did not open, read, grep, list or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus directory under `tests/scrub_corpus/`, or git history.
No scrubber or scorer was run. Everything here comes from public knowledge of how people and platforms write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Car dealers and garages (workshop bookings, key-safe codes, showroom wifi, dealer finance), car leasing / lease-plan
portals (fuel and charge cards, damage claims, driver changes, end-of-lease invoices), roadside assistance
(membership numbers, breakdown locations, tow-yard lockbox codes), parking apps and municipal parking permits / fines
(resident and visitor permits, PCNs, CJIB, Belgian retributies), crypto exchanges and fintech/neobank apps (account
recovery, lost 2FA, backup codes, hacked accounts, API keys and bearer tokens, SIM PUK lock-outs, stolen cards).

## Generation

```
python3 generate_blind.py --seed {seed}
```

writes `dev.jsonl`, `heldout.jsonl` ({N_PER_HALF} messages each) and this README. Modules: `values.py` (labelled value
generators with Luhn / mod-97 / 11-proof / Belgian national-register checks), `negs.py` (hard negatives), `pools.py`
(filler pools), `t_nl.py`, `t_be.py`, `t_en.py` (templates and frames per language).

## Split rule

Templates are written in groups (language family x situation for customer messages; per language family for agent
replies, greetings, closings, signatures, quote headers, forward headers, disclaimers, padding sentences, chat
openers and WhatsApp paste prefixes). Each group's members are dealt alternately: even index to dev, odd to heldout,
so no template or frame is shared between halves. Every filler pool (first/last names, streets, cities, brands per
sector, agents, mentions, hashtags, URL domains, SSIDs, car models, macro placeholders) is dealt the same way.
Half h uses `random.Random(seed * 2 + h)`. Typos are injected only into literal template text, never into values.

## Labelling conventions and judgement calls

- A span covers only the value, never the cue (`wachtwoord:`, `IBAN`, `code`), nor trailing sentence punctuation.
  A password that itself ends in `!` or `#` keeps that character.
- Every occurrence is labelled, also when a value is repeated in an agent reply or in quoted e-mail history.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`.
- OTPs dictated as words ("vier acht twee ...", "four eight two ...") are labelled `otp` over the whole word run.
- Backup/recovery codes for 2FA are labelled `otp`. Key-safe, lockbox, barrier, visitor-permit and gate codes are `pin`.
- A generic API secret next to an API key (exchange secret, AWS-style secret) is labelled `api_key`.
- Membership, lease contract, charge-card, policy, exchange UID and resident-permit numbers are `customer_number`.
- Parking fine / PCN / CJIB decision numbers and damage-claim numbers are `ticket_number` negatives (they identify a
  case, not a person); CJIB payment references and Belgian structured communications (`+++123/4567/89012+++`) are
  `invoice_number` negatives.
- Odometer readings are `meter_reading` negatives; transaction hashes are `checksum` negatives; UUID request ids are
  `request_id` negatives.
- The organisation's own service numbers (0800/088/078/0345/1-800...) are `company_phone` negatives.
- Personal names, cities alone, licence plates, SSIDs, agent names/initials and macro placeholders (`{{first_name}}`,
  `<code>`, `[CODE]`) are not labelled and not negatives. Organisation e-mail addresses were avoided entirely.
- Mentions (`@brand`) and hashtags are negatives; URLs are negatives.

## Known limitations

- Templates are hand-written but values are synthetic; IBAN BBANs other than BE are random digits (only the IBAN
  mod-97 check is guaranteed), NL bank codes are real-looking.
- Addresses never span multiple lines; phone numbers never contain line breaks.
- nl-be messages borrow Dutch (NL) customer templates about a third of the time (with Belgian values).
- English templates are shared between en-gb and en-us (values and formats differ per locale).
- Some negatives (masked values, version strings) follow a limited set of shapes.

## Counts

{msgs}

### Spans per type (with number of distinct templates producing that type)

{table("span type", sp, tp)}

### Negatives per kind

{table("negative kind", ng)}

### Channels

{table("channel", chs)}

### Languages

{table("lang", lgs)}
"""
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    out = generate(a.seed)
    write_readme(a.seed, out)
    for h in out:
        print(h, len(out[h][0]))


if __name__ == "__main__":
    main()
