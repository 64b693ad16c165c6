#!/usr/bin/env python3
"""Blind webcare scrub corpus generator (blind64): care providers' administration.

Usage: python3 generate_blind.py --seed 20261262
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

import frames
import pools
import templates_en
import templates_fr
import templates_nl
import values as V

PREFIX = "b64"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 29), ("agent_reply", 11), ("x_public", 9), ("facebook_comment", 6), ("instagram_comment", 4),
            ("x_dm", 7), ("instagram_dm", 5), ("messenger", 9), ("whatsapp", 14), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

TOK = re.compile(r"\{([snf]):([a-z_]+)(?:\.(\w+))?\}")
ALT = re.compile(r"<<([^<>]*)>>")


def fam(lang):
    return V.fam(lang)


def wpick(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for k, w in items:
        x -= w
        if x < 0:
            return k
    return items[-1][0]


# ------------------------------------------------------------------ typos
def typo_word(w, rng):
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.65:
        return w[:i] + w[i + 1:]
    if op < 0.85:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("asdfghjklertyuio") + w[i + 1:]


def typo_text(text, rng, rate):
    if rate <= 0:
        return text
    def rep(m):
        return typo_word(m.group(0), rng) if rng.random() < rate else m.group(0)
    return re.sub(r"[A-Za-zéèëïàç]{4,}", rep, text)


# ------------------------------------------------------------------ rendering
class Msg:
    def __init__(self, rng, lang, P, typo_rate, casing):
        self.rng, self.lang, self.P = rng, lang, P
        self.parts = []  # (text, kind, type)
        self.cache = {}
        self.typo_rate = typo_rate
        self.casing = casing
        self.tpl_ids = []

    def lit(self, s):
        if not s:
            return
        s = typo_text(s, self.rng, self.typo_rate)
        if self.casing == "lower":
            s = s.lower()
        self.parts.append((s, None, None))

    def filler(self, name):
        P, rng = self.P, self.rng
        if name == "fullname":
            return rng.choice(P["first"]) + " " + rng.choice(P["last"])
        if name == "subject":
            return rng.choice(frames.FR[fam(self.lang)]["subjects"])
        return rng.choice(P[name])

    def render(self, tpl, tid=None):
        if tid:
            self.tpl_ids.append(tid)
        tpl = ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), tpl)
        pos = 0
        for m in TOK.finditer(tpl):
            self.lit(tpl[pos:m.start()])
            kind, typ, key = m.group(1), m.group(2), m.group(3)
            if kind == "f":
                self.parts.append((self.filler(typ), None, None))
            elif kind == "s":
                ck = (typ, key) if key else None
                if ck and ck in self.cache:
                    v = self.cache[ck]
                else:
                    v = V.SPAN_GEN[typ](self.rng, self.lang, self.P)
                    if ck:
                        self.cache[ck] = v
                self.parts.append((v, "span", (typ, tid)))
            else:
                self.P["_variant"] = key
                v = V.NEG_GEN[typ](self.rng, self.lang, self.P)
                if "|" in v:
                    cue, v = v.split("|", 1)
                    self.parts.append((cue, None, None))
                self.parts.append((v, "neg", (typ, tid)))
            pos = m.end()
        self.lit(tpl[pos:])

    def quote_from(self, start_index, prefix="> "):
        """Prefix lines of parts[start_index:] with '> '."""
        out = []
        first = True
        for text, kind, typ in self.parts[start_index:]:
            if kind is None:
                if first:
                    text = prefix + text
                text = text.replace("\n", "\n" + prefix)
            elif first:
                out.append((prefix, None, None))
            first = False
            out.append((text, kind, typ))
        self.parts[start_index:] = out

    def build(self):
        text, spans, negs = "", [], []
        for t, kind, info in self.parts:
            s = len(text)
            text += t
            if kind == "span":
                spans.append({"type": info[0], "start": s, "end": len(text), "_tid": info[1]})
            elif kind == "neg":
                negs.append({"kind": info[0], "start": s, "end": len(text), "_tid": info[1]})
        return text, spans, negs


# ------------------------------------------------------------------ template groups and dealing
def all_groups():
    groups = {}
    for mod in (templates_nl, templates_en, templates_fr):
        for k, v in mod.G.items():
            groups[k] = v
    groups["nl_agent"] = templates_nl.AGENT
    groups["en_agent"] = templates_en.AGENT
    groups["fr_agent"] = templates_fr.AGENT
    for f, fr in frames.FR.items():
        for k, v in fr.items():
            if k not in ("subjects",):
                groups["frame_%s_%s" % (f, k)] = v
    return groups


def deal_groups(half):
    out = {}
    for k, v in all_groups().items():
        sub = [(k + "#" + str(i), t) for i, t in enumerate(v) if i % 2 == half]
        assert sub, k
        out[k] = sub
    return out


def body_groups(groups, lang, public):
    f = fam(lang)
    if public:
        names = [f + "_public"]
        if lang == "nl-be":
            names = ["nl_public", "vl_extra"]
        return names
    names = [k for k in groups if k.startswith(f + "_") and not k.endswith("_public") and not k.endswith("_agent")]
    if lang == "nl-be":
        names = names + ["vl_extra"] * 2
    return names


def pick_tpl(groups, rng, gnames):
    """Weighted pick over all templates of the candidate groups (IT groups down-weighted)."""
    items = []
    for g in gnames:
        w = 0.3 if g.endswith("_it") else 1.0
        for tid, t in groups[g]:
            items.append(((tid, t), w))
    return wpick(rng, items)


# ------------------------------------------------------------------ message construction
def make_message(rng, half, idx, groups):
    lang = wpick(rng, LANGS)
    f = fam(lang)
    P = pools.pools_for(half, lang)
    P["subjects"] = frames.FR[f]["subjects"]
    ch = wpick(rng, CHANNELS)
    public = ch in PUBLIC
    typo_rate = rng.choice([0, 0, 0.02, 0.04, 0.08]) if ch != "agent_reply" else rng.choice([0, 0, 0.01])
    casing = "lower" if ch in ("whatsapp", "telegram", "x_dm", "messenger") and rng.random() < 0.15 else None
    m = Msg(rng, lang, P, typo_rate, casing)
    fg = lambda k: groups["frame_%s_%s" % (f, k)]

    def tpl(gname_list):
        tid, t = pick_tpl(groups, rng, gname_list)
        m.render(t, tid)

    def ftpl(k):
        tid, t = rng.choice(fg(k))
        m.render(t, tid)

    bodies = body_groups(groups, lang, public)
    if ch == "email":
        if rng.random() < 0.3:
            ftpl("subj"); m.lit("\n\n")
        ftpl("greet"); m.lit("\n\n")
        tpl(bodies)
        if rng.random() < 0.75:
            m.lit("\n\n"); tpl(bodies)
        if rng.random() < 0.7:
            m.lit("\n\n"); ftpl("chat")
        m.lit("\n\n"); ftpl("close"); m.lit("\n"); ftpl("sig")
        r = rng.random()
        if r < 0.6:
            m.lit("\n\n"); ftpl("qhead"); m.lit("\n")
            start = len(m.parts)
            tpl([f + "_agent"]); m.lit("\n\n"); ftpl("asig")
            if rng.random() < 0.5:
                m.lit("\n\n"); ftpl("qhead"); m.lit("\n")
                tpl(bodies)
            m.quote_from(start)
        elif r < 0.8:
            m.lit("\n\n"); ftpl("fwd"); m.lit("\n\n"); tpl(bodies)
        if rng.random() < 0.45:
            m.lit("\n\n"); ftpl("disc")
    elif ch == "agent_reply":
        if rng.random() < 0.3:
            # e-mail style agent reply with signature and quoted customer message
            tpl([f + "_agent"]); m.lit("\n\n"); ftpl("asig")
            if rng.random() < 0.6:
                m.lit("\n\n"); ftpl("qhead"); m.lit("\n")
                start = len(m.parts)
                tpl(bodies)
                m.quote_from(start)
        else:
            tpl([f + "_agent"])
    else:
        tpl(bodies)
        if not public and rng.random() < 0.2:
            m.lit(rng.choice(["\n", " ", "\n\n"]))
            tpl(bodies)
        if public and rng.random() < 0.25:
            m.lit(" ")
            m.render("{n:hashtag}")
    text, spans, negs = m.build()
    return {
        "id": "%s-%s-%05d" % (PREFIX, ["dev", "heldout"][half], idx),
        "channel": ch, "lang": lang, "visibility": "public" if public else "private",
        "text": text, "spans": spans, "negatives": negs,
    }


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    items = [("s", s) for s in rec["spans"]] + [("n", n) for n in rec["negatives"]]
    for k, it in items:
        a, b = it["start"], it["end"]
        assert 0 <= a < b <= len(t), (rec["id"], it)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], repr(v))
    iv = sorted((it["start"], it["end"]) for _, it in items)
    for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"], t[a1:b1], t[a2:b2])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(args.seed * 2 + half)
        groups = deal_groups(half)
        recs = []
        for i in range(N_PER_HALF):
            r = make_message(rng, half, i, groups)
            check(r)
            recs.append(r)
        st = {"messages": len(recs), "spans": collections.Counter(), "tpl": collections.defaultdict(set),
              "negs": collections.Counter(), "channels": collections.Counter(), "langs": collections.Counter()}
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                for s in r["spans"]:
                    st["spans"][s["type"]] += 1
                    st["tpl"][s["type"]].add(s.pop("_tid"))
                for n in r["negatives"]:
                    st["negs"][n["kind"]] += 1
                    n.pop("_tid")
                st["channels"][r["channel"]] += 1
                st["langs"][r["lang"]] += 1
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[name] = st
    write_readme(args.seed, stats)


def table(title, keys, stats, fn):
    lines = ["### " + title, "", "| key | dev | heldout |", "|---|---|---|"]
    for k in keys:
        lines.append("| %s | %s | %s |" % (k, fn(stats["dev"], k), fn(stats["heldout"], k)))
    return "\n".join(lines) + "\n"


def write_readme(seed, stats):
    sk = sorted(set(stats["dev"]["spans"]) | set(stats["heldout"]["spans"]))
    nk = sorted(set(stats["dev"]["negs"]) | set(stats["heldout"]["negs"]))
    ck = sorted(set(stats["dev"]["channels"]) | set(stats["heldout"]["channels"]))
    lk = sorted(set(stats["dev"]["langs"]) | set(stats["heldout"]["langs"]))
    txt = """# Blind scrub corpus blind64: care providers' administration

This corpus was written **blind**: its author did not open, list, grep or run anything under
`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/`
(other corpora, scorers, generators; only one `ls tests/scrub_corpus/` was run to check that `blind64/`
did not exist yet), did not run any scrubber or scorer, and did not read git history. It was written from public
knowledge of how people write to care providers and how platforms format messages.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Care providers' administration: patients and relatives writing to pharmacies, dentists, GP practice
portals, opticians, physiotherapists, hospital billing desks, home-care organisations and health
insurers / Belgian mutualities about prescriptions, appointments, claims, invoices, refunds, portal
logins, key-safe codes and direct debits. Dutch (NL), Belgian Dutch, Belgian French, UK and US English;
typos, quoted history, forwarded headers, e-mail signatures, disclaimers and agent replies.

## Generation

    python3 generate_blind.py --seed %d

Python 3.11 standard library only. Modules: `values.py` (value generators and check digits),
`pools.py` (filler pools), `templates_nl.py`, `templates_en.py`, `templates_fr.py` (body and agent
templates per language and situation), `frames.py` (e-mail greetings, closings, signatures, quote and
forward headers, filler sentences, disclaimers, agent signatures).

## Split rule

Every template group (language x situation, and every e-mail frame group) is dealt alternately:
even index -> dev, odd index -> heldout, so no body template, greeting, signature, quote header or
disclaimer is shared between the halves. Every filler pool (first/last names, streets, cities, care
provider brands, agents, doctors, medicines, device model numbers, mentions, hashtags, URLs) is dealt
the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into
literal template text (cue words included), never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; every occurrence is labelled, also in quoted
  history, forwarded headers and agent replies.
- `bsn` covers Dutch BSNs (11-proof) and Belgian national register numbers / NISS (valid mod-97,
  including the post-2000 "2" prefix rule), in several groupings.
- UK NHS numbers (valid mod-11) are labelled `customer_number` (they identify the patient; there is
  no separate national-ID type). Patient, member, policy, affiliation, client-file and subscription
  numbers are `customer_number`.
- `pin` includes card/eID PINs, phone unlock PINs, pharmacy pickup-locker codes, key-safe, gate,
  door and alarm codes, and patient parking barrier codes given in a letter.
- A login that is an e-mail address is labelled `email`, not `username`.
- The Wi-Fi key of a patient's own hotspot / home network is `wifi_key`; SSIDs are not labelled.
- Company service numbers in signatures and posts are `company_phone` negatives; company registration
  negatives (KvK, BTW/VAT, KBO/BCE, AGB code, Company No., EIN/NPI) cover the number only, not the cue.
- Product codes (CNK, Z-index, RVG, PIP, NDC) cover the number only. Masked values such as
  `****1234` or `NL** **** **** 1234 56` are `masked_value` negatives.
- Appointment, invoice and claim dates are `date` negatives; only birth dates are `date_of_birth`.
- Meter readings appear in home-dialysis energy compensation requests.
- Names, cities on their own, doctors, agents and brands are not labelled.

## Known limitations

- UK sort code + account number pairs and US SSNs are not generated (no matching label type).
- Templates are hand-written and fairly regular in structure; values are synthetic and drawn from
  fixed format lists; phone numbers are not validated against numbering plans.
- Some combinations are semantically loose (e.g. a dental template quoting an insurer's reply).
- Typos are simple character edits; no OCR noise, emoji-heavy text or right-to-left scripts.

## Counts

""" % seed
    txt += table("Messages", ["messages"], stats, lambda s, k: s["messages"])
    txt += "\n" + table("Spans per type (count / distinct templates)", sk, stats, lambda s, k: "%d / %d" % (s["spans"][k], len(s["tpl"][k])))
    txt += "\n" + table("Negatives per kind", nk, stats, lambda s, k: s["negs"][k])
    txt += "\n" + table("Channels", ck, stats, lambda s, k: s["channels"][k])
    txt += "\n" + table("Languages", lk, stats, lambda s, k: s["langs"][k])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
