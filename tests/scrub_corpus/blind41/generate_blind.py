#!/usr/bin/env python3
"""Deterministic generator for the blind41 scrub corpus (mobility and transport).

python3 generate_blind.py --seed 20261239  -> writes dev.jsonl, heldout.jsonl and README.md beside itself.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import core  # noqa: E402
from pools import POOLS  # noqa: E402
import templates_nl  # noqa: E402
import templates_fr_en  # noqa: E402

PREFIX = "b41"
N_PER_HALF = 950
LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 17.5), ("en-us", 17.5)]
KIND_W = [("chat", 50), ("email", 29), ("agent", 9), ("public", 12)]
CHAT_CH = ["whatsapp", "whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
PUB_CH = ["x_public", "x_public", "instagram_comment", "facebook_comment"]
EMOJI = [" 🙏", " 😡", " 😩", "!!", " 🤷‍♂️", " 🚆", " 🚗", " ⚡", " 😤", " ??", " 🙄", " 😂"]


def parse_templates():
    groups = {}
    for src in (templates_nl.T, templates_fr_en.T):
        key = None
        for line in src.splitlines():
            if not line.strip():
                continue
            if line.startswith("## "):
                key = tuple(line[3:].split())
                assert key not in groups, key
                groups[key] = []
                continue
            groups[key].append(line.replace("\\n", "\n"))
    return groups


def split_groups(groups):
    """Deal each group's members alternately: even index -> dev (0), odd -> heldout (1)."""
    halves = [defaultdict(list), defaultdict(list)]
    for key, members in groups.items():
        assert len(members) >= 2, ("group needs >= 2 members", key)
        lang, kind, sit = key
        for i, t in enumerate(members):
            tid = "%s/%s/%s/%d" % (lang, kind, sit, i)
            halves[i % 2][(lang, kind)].append((tid, sit, t))
    return halves


def split_pools():
    out = [{}, {}]
    for k, v in POOLS.items():
        assert len(v) >= 2, k
        out[0][k] = v[0::2]
        out[1][k] = v[1::2]
    return out


def tlang(lang):
    return "en" if lang.startswith("en") else lang


def typo(r, segs):
    lits = [i for i, (s, lab) in enumerate(segs) if lab is None and re.search(r"[A-Za-zéèà]{5,}", s)]
    if not lits:
        return
    i = r.choice(lits)
    s = segs[i][0]
    words = list(re.finditer(r"[A-Za-zéèà]{5,}", s))
    w = r.choice(words)
    a, b = w.start(), w.end()
    word = s[a:b]
    k = r.randint(1, len(word) - 2)
    op = r.randint(0, 2)
    if op == 0:
        word = word[:k] + word[k + 1] + word[k] + word[k + 2:]
    elif op == 1:
        word = word[:k] + word[k + 1:]
    else:
        word = word[:k] + word[k] + word[k:]
    segs[i][0] = s[:a] + word + s[b:]


def pick(r, pool, lang, kind, exclude=()):
    c = [x for x in pool[(tlang(lang), kind)] if x[1] not in exclude]
    if lang in ("en-gb", "en-us"):
        c = c + [x for x in pool.get((lang, kind), []) if x[1] not in exclude]
    return r.choice(c)


def make_message(r, pool, pools, lang, kind):
    used = []
    if kind in ("chat", "public", "agent"):
        tid, sit, t = pick(r, pool, lang, kind)
        used.append(tid)
        segs = [[s, lab + (tid,) if lab else None] for s, lab in core.render(t, core.Ctx(r, lang, pools))]
        if kind != "agent":
            if r.random() < 0.3:
                segs = [[s.lower() if lab is None else s, lab] for s, lab in segs]
            elif r.random() < 0.05:
                segs = [[s.upper() if lab is None else s, lab] for s, lab in segs]
            if r.random() < 0.3:
                typo(r, segs)
            if r.random() < 0.2:
                segs.append([r.choice(EMOJI), None])
        ch = {"chat": None, "public": r.choice(PUB_CH), "agent": "agent_reply"}[kind] or r.choice(CHAT_CH)
        return segs, ch, used
    # e-mail: greeting, one or two bodies, closing, signature, optional quoted history
    segs = []
    g = pick(r, pool, lang, "greet")
    b1 = pick(r, pool, lang, "email")
    parts = [g]
    if r.random() < 0.75:
        parts.append(pick(r, pool, lang, "intro"))
    parts.append(b1)
    if r.random() < 0.6:
        cands = [x for x in pool[(tlang(lang), "email")] if x[0] != b1[0]]
        if cands:
            parts.append(r.choice(cands))
    parts.append(pick(r, pool, lang, "close"))
    parts.append(pick(r, pool, lang, "sig"))
    if r.random() < 0.4:
        parts.append(pick(r, pool, lang, "quote"))
    seps = ["\n\n"] * (len(parts) - 1)
    if parts[-1][1] == "q" and len(parts) >= 2:
        pass
    body_ctx = core.Ctx(r, lang, pools)
    for i, (tid, sit, t) in enumerate(parts):
        used.append(tid)
        ctx = body_ctx if sit not in ("s", "q") else core.Ctx(r, lang, pools)
        part = core.render(t, ctx)
        segs.extend([[s, lab + (tid,) if lab else None] for s, lab in part])
        if i < len(parts) - 1:
            nxt = parts[i + 1][1]
            segs.append(["\n" if nxt == "s" else "\n\n", None])
    if r.random() < 0.12:
        typo(r, segs)
    return segs, "email", used


def build_half(half, seed, groups_half, pools):
    r = random.Random(seed * 2 + half)
    out = []
    seen = set()
    name = ["dev", "heldout"][half]
    langs, lw = zip(*LANG_W)
    kinds, kw = zip(*KIND_W)
    tries = 0
    while len(out) < N_PER_HALF:
        tries += 1
        assert tries < N_PER_HALF * 20
        lang = r.choices(langs, lw)[0]
        kind = r.choices(kinds, kw)[0]
        segs, ch, used = make_message(r, groups_half, pools, lang, kind)
        text, spans, negs = core.assemble(segs)
        if text in seen:
            continue
        seen.add(text)
        rec = {"id": "%s-%s-%05d" % (PREFIX, name, len(out)), "channel": ch, "lang": lang,
               "visibility": "public" if ch in ("x_public", "instagram_comment", "facebook_comment") else "private",
               "text": text, "spans": spans, "negatives": negs}
        core.check_record(rec)
        rec["_tids"] = used
        out.append(rec)
    return out


def stats(recs):
    st = {"messages": len(recs), "no_span": 0, "high_risk": 0, "hard_neg": 0}
    spans, phr, negs, chans, langs = Counter(), defaultdict(set), Counter(), Counter(), Counter()
    emails = Counter()
    for rec in recs:
        chans[rec["channel"]] += 1
        langs[rec["lang"]] += 1
        if not rec["spans"]:
            st["no_span"] += 1
        if any(s["type"] in core.HIGH_RISK for s in rec["spans"]):
            st["high_risk"] += 1
        if rec["negatives"]:
            st["hard_neg"] += 1
        for s in rec["spans"]:
            spans[s["type"]] += 1
            phr[s["type"]].add(s["_tid"])
        for n in rec["negatives"]:
            negs[n["kind"]] += 1
        if rec["channel"] == "email":
            emails["n"] += 1
            if 500 <= len(rec["text"]) <= 2048:
                emails["0.5-2KB"] += 1
    return st, spans, phr, negs, chans, langs, emails


def table(title, rows, hdr):
    out = ["| %s | %s |" % (hdr[0], " | ".join(hdr[1:])), "|" + "---|" * len(hdr)]
    out += ["| %s |" % " | ".join(str(c) for c in row) for row in rows]
    return "**%s**\n\n" % title + "\n".join(out) + "\n"


def write_readme(seed, res):
    S = [stats(res[0]), stats(res[1])]
    L = []
    L.append("""# Scrub corpus blind41: mobility and transport (written blind)

This corpus was written **blind**: from the shared brief only, from public knowledge of how platforms
format messages and how people write. I did not open, read, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, nor any other corpus, scorer or generator under `tests/scrub_corpus/`,
and did not read git history. No scrubber or scorer was run on this data.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Mobility and transport customer care: public transport (OV-chipkaart, NS/GVB/RET and regional operators,
NMBS/SNCB, De Lijn, STIB/MIVB, TEC and MOBIB cards, UK rail and Oyster, US transit cards and apps), lease
companies and fleet managers writing for their drivers (several drivers' details in one e-mail), fuel
and charging cards, home chargers on the driver's wifi, parking apps and garages, fines and appeals,
ride-hailing and taxis, car and scooter sharing, car rental, roadside assistance, car insurers and damage
claims, driving schools. Licence plates, VINs, reservation codes and fine references sit next to
personal data and credentials.

## Generation

`python3 generate_blind.py --seed %d` writes `dev.jsonl`, `heldout.jsonl` and this README. Standard library
only. Files: `core.py` (value generators with valid checksums, rendering, self-check), `pools.py`
(names, streets, cities, brands, stations), `templates_nl.py` (nl, nl-be), `templates_fr_en.py` (fr-be,
en-gb/en-us). Each half uses its own `random.Random(seed * 2 + half)`. The self-check fails loudly if a
span or negative is out of range, has surrounding white space, overlaps another, if a card fails Luhn,
an IBAN fails mod-97 or a BSN / Belgian national register number fails its check.

## Split rule

Templates are written in groups `(language, kind, situation)` (kind: chat, public, email body, agent
reply, greeting, closing, signature, quoted history). Within each group members are dealt alternately:
even index to dev, odd index to heldout, so no template, frame, greeting, signature or quote block is
shared. Every filler pool (first and last names, agent names, streets, cities with postcodes, operator
and company brands, transit card product names, stations, car models, and the mention / hashtag / URL /
model-number lists used as negatives) is dealt alternately the same way. English groups are shared
between en-gb and en-us but still split by template.

## Labelling conventions

* Spans cover the value only, never the cue word. Every occurrence is labelled, also when an agent echoes it.
* Passwords: account, app, portal passwords, old and new. Home-charger wifi keys are `wifi_key` (SSID not labelled).
* Fuel card, charging card, keybox and scooter unlock PINs are `pin`; SMS/app codes are `otp` (also dictated as words).
* `customer_number` covers lease contract numbers, transit card numbers (OV-chipkaart, MOBIB, Oyster),
  charging card / contract IDs, membership numbers (roadside, car sharing, parking subscription),
  insurance policy numbers and customer numbers.
* `bsn` covers Dutch BSNs (11-proof) and Belgian national register numbers (valid check digits).
* Not labelled at all: licence plates, VINs, personal names, cities alone, SSIDs, car models written as
  plain fillers, agent initials, macro placeholders (`{voornaam}`, `<code>`, `[CODE]`, `<OTP>`).
* Negatives: reservation and booking codes are `order_number`; fine / penalty charge / invoice references
  (CJIB, PCN, perception immédiate) are `invoice_number`; claim and case numbers `ticket_number`; odometer
  readings and kWh amounts `meter_reading`; charger and car type names from the model list `model_number`;
  the company's service numbers `company_phone`; masked cards/IBANs/phones `masked_value`.

## Known limitations

* Template based: sentence frames repeat inside a half with different values; typos are injected only into
  cue/literal text, never into values. Values are synthetic (valid checksums, otherwise random).
* Generic product words (e.g. "MOBIB", "OV-chipkaart", "Oyster") can appear literally in templates of both halves;
  operator and company brands come from split pools.
* Some e-mails are shorter than 500 characters; agent replies are short.
* Rare types (api_key, token, puk, ip_address, wifi_key) come from few templates, so one half may have few or none of them.
* A fine reference or reservation code is a judgement call; they are negatives here, plates and VINs are unlabelled.
""" % seed)
    for h, name in enumerate(["dev", "heldout"]):
        st, spans, phr, negs, chans, langs, emails = S[h]
        L.append("## Counts: %s\n" % name)
        L.append(table("Messages", [("total", st["messages"]), ("without spans", st["no_span"]),
                                    ("with a high-risk span", st["high_risk"]), ("with a hard negative", st["hard_neg"]),
                                    ("e-mails", emails["n"]), ("e-mails of 0.5-2 KB", emails["0.5-2KB"])], ["", "count"]))
        L.append(table("Spans per type", [(t, spans[t], len(phr[t])) for t in sorted(spans)], ["type", "spans", "distinct phrasings (templates)"]))
        L.append(table("Negatives per kind", sorted(negs.items()), ["kind", "count"]))
        L.append(table("Channels", sorted(chans.items()), ["channel", "count"]))
        L.append(table("Languages", sorted(langs.items()), ["lang", "count"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    return S


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261239)
    a = ap.parse_args()
    groups = parse_templates()
    halves = split_groups(groups)
    pools = split_pools()
    # no template text shared between halves
    t0 = {t for v in halves[0].values() for _, _, t in v}
    t1 = {t for v in halves[1].values() for _, _, t in v}
    assert not (t0 & t1), t0 & t1
    for h in (0, 1):
        for lang in ("nl", "nl-be", "fr-be", "en"):
            for kind in ("chat", "public", "email", "agent", "greet", "close", "sig", "intro", "quote"):
                assert halves[h].get((lang, kind)), (h, lang, kind)
    res = [build_half(h, a.seed, halves[h], pools[h]) for h in (0, 1)]
    for h, name in enumerate(["dev", "heldout"]):
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in res[h]:
                rec = {k: v for k, v in rec.items() if k != "_tids"}
                rec["spans"] = [{k: v for k, v in s.items() if k != "_tid"} for s in rec["spans"]]
                rec["negatives"] = [{k: v for k, v in s.items() if k != "_tid"} for s in rec["negatives"]]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    S = write_readme(a.seed, res)
    for h in (0, 1):
        print(["dev", "heldout"][h], S[h][0], dict(S[h][6]))


if __name__ == "__main__":
    main()
