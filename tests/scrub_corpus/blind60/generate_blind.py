#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind60). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261258
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import values as V
from pools import pools_for
import tpl_nl
import tpl_nlbe
import tpl_fr
import tpl_en

PREFIX = "b60"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

TPL = {"nl": tpl_nl.T, "nl-be": tpl_nlbe.T, "fr-be": tpl_fr.T, "en-gb": tpl_en.T, "en-us": tpl_en.T}
TPL_KEY = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUB_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC = set(PUB_CH)

TOK = re.compile(r"\{(=?)(@?)([a-z_]+)(?::(\w+))?\}")


class Ctx:
    def __init__(self, rng, lang, half, pools):
        self.rng, self.lang, self.half, self.pools = rng, lang, half, pools
        self.cache = {}
        self.used = set()
        self.T = TPL[lang]
        self.tk = TPL_KEY[lang]

    def pick(self, kind):
        groups = self.T[kind]
        for _ in range(20):
            gi = self.rng.randrange(len(groups))
            members = groups[gi][self.half::2]
            assert members, (self.lang, kind, gi)
            ti = self.rng.randrange(len(members))
            tid = f"{self.tk}/{kind}/{gi}/{ti * 2 + self.half}"
            if tid not in self.used:
                break
        self.used.add(tid)
        return members[ti], tid

    def val(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def filler(self, name):
        r, L, p = self.rng, self.lang, self.pools
        if name == "first":
            return self.val("first", lambda: r.choice(p["first"][L]))
        if name == "last":
            return self.val("last", lambda: r.choice(p["last"][L]))
        if name == "name":
            return self.filler("first") + " " + self.filler("last")
        if name == "afirst":
            return self.val("afirst", lambda: r.choice([x for x in p["first"][L] if x != self.cache.get("first")]))
        if name == "brand":
            return self.val("brand", lambda: r.choice(p["brands"][L]))
        if name == "city":
            return self.val("city", lambda: r.choice(p["cities"][L]))
        if name == "ssid":
            return self.val("ssid", lambda: r.choice(p["ssids"]))
        if name == "ini":
            return self.val("ini", lambda: r.choice(p["initials"]))
        raise KeyError(name)


def render(tpl, ctx, tid):
    """Return list of segments [text, label, tid]; label None (literal), ('fill',), ('span', type), ('neg', kind)."""
    segs = []
    pos = 0
    r, L = ctx.rng, ctx.lang
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, tid])
        neg, sub, name, key = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        if sub:
            t2, tid2 = ctx.pick(name)
            segs += render(t2, ctx, tid2)
        elif neg:
            kind, fn = V.NEG_GEN[name]
            if name == "model":
                fn = lambda rr, ll: rr.choice(ctx.pools["models"])
            elif name == "url":
                fn = lambda rr, ll: rr.choice(ctx.pools["urls"][ll])
            elif name == "mention":
                fn = lambda rr, ll: rr.choice(ctx.pools["mentions"][ll])
            elif name == "hashtag":
                fn = lambda rr, ll: rr.choice(ctx.pools["hashtags"][ll])
            if key or name in ("ticket", "invoice", "order"):
                v = ctx.val("n:" + name + ":" + key, lambda: fn(r, L))
            else:
                v = fn(r, L)
            segs.append([v, ("neg", kind), tid])
        elif name in V.SPAN_GEN:
            typ, fn = V.SPAN_GEN[name]
            if name == "address":
                fn = lambda rr, ll: V.address(rr, ll, ctx.pools)
            v = ctx.val("s:" + name + ":" + key, lambda: fn(r, L))
            segs.append([v, ("span", typ), tid])
        else:
            segs.append([ctx.filler(name), ("fill",), tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, tid])
    return segs


def lit(s, tid="glue"):
    return [[s, None, tid]]


def quote(segs, prefix="> "):
    out = [[prefix, None, "glue"]]
    for s in segs:
        if s[1] is None or s[1] == ("fill",):
            out.append([s[0].replace("\n", "\n" + prefix), s[1], s[2]])
        else:
            assert "\n" not in s[0]
            out.append(list(s))
    return out


# ------------------------------------------------------------------ noise on literal text only
def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "e", "l": "k", "d": "f"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def add_noise(segs, rng, style):
    p = {"chat": 0.06, "public": 0.05, "email": 0.015, "agent": 0.005}[style]
    lower = style in ("chat", "public") and rng.random() < 0.25
    for s in segs:
        if s[1] is not None:
            continue
        t = WORD.sub(lambda m: typo_word(rng, m.group(0)) if rng.random() < p else m.group(0), s[0])
        if lower:
            t = t.lower()
        s[0] = t
    return segs


# ------------------------------------------------------------------ message builders
def build_short(ctx, kind):
    t, tid = ctx.pick(kind)
    segs = render(t, ctx, tid)
    r = ctx.rng
    if kind == "chat" and r.random() < 0.25:
        # a follow-up line in the same chat bubble stream
        t2, tid2 = ctx.pick("chat")
        segs += lit(r.choice(["\n", "\n\n", " ... ", "\nen verder: " if ctx.tk.startswith("nl") else "\n"])) + render(t2, ctx, tid2)
    return segs


def build_email(ctx):
    r = ctx.rng
    segs = []
    if r.random() < 0.6:
        t, tid = ctx.pick("subj")
        segs += render(t, ctx, tid) + lit("\n\n")
    company = r.random() < 0.3
    if company:
        t, tid = ctx.pick("agreet")
        segs += render(t, ctx, tid) + lit("\n\n")
        for _ in range(r.choice([2, 2, 3])):
            t, tid = ctx.pick("abody")
            segs += render(t, ctx, tid) + lit("\n\n")
        t, tid = ctx.pick("asign")
        segs += render(t, ctx, tid)
        if r.random() < 0.6:
            t, tid = ctx.pick("disc")
            segs += lit("\n\n") + render(t, ctx, tid)
        if r.random() < 0.85:
            t, tid = ctx.pick("qhdr")
            segs += lit("\n\n") + render(t, ctx, tid) + lit("\n")
            t, tid = ctx.pick("body")
            q = render(t, ctx, tid)
            if r.random() < 0.5:
                t, tid = ctx.pick("body")
                q += lit("\n\n") + render(t, ctx, tid)
            t, tid = ctx.pick("close")
            q += lit("\n\n") + render(t, ctx, tid)
            segs += quote(q, r.choice(["> ", ">", "> "]))
        return segs
    t, tid = ctx.pick("greet")
    segs += render(t, ctx, tid) + lit("\n\n")
    for _ in range(r.choice([2, 2, 3])):
        t, tid = ctx.pick("body")
        segs += render(t, ctx, tid) + lit("\n\n")
    if r.random() < 0.2:
        t, tid = ctx.pick("letter")
        segs += render(t, ctx, tid) + lit("\n\n")
    t, tid = ctx.pick("close")
    segs += render(t, ctx, tid)
    x = r.random()
    if x < 0.4:
        t, tid = ctx.pick("qhdr")
        segs += lit("\n\n") + render(t, ctx, tid) + lit("\n")
        t, tid = ctx.pick("abody")
        q = render(t, ctx, tid)
        t, tid = ctx.pick("asign")
        q += lit("\n\n") + render(t, ctx, tid)
        segs += quote(q)
    elif x < 0.6:
        t, tid = ctx.pick("fwd")
        segs += lit("\n\n") + render(t, ctx, tid) + lit("\n\n")
        t, tid = ctx.pick("letter")
        segs += render(t, ctx, tid)
    return segs


def finalize(segs):
    text, spans, negs, tids = "", [], [], []
    for s, lab, tid in segs:
        st = len(text)
        text += s
        if lab and lab[0] == "span":
            spans.append({"type": lab[1], "start": st, "end": len(text)})
            tids.append(tid)
        elif lab and lab[0] == "neg":
            negs.append({"kind": lab[1], "start": st, "end": len(text)})
    return text, spans, negs, tids


def make_message(rng, half, pools, idx):
    lang = rng.choices([l for l, _ in LANG_W], [w for _, w in LANG_W])[0]
    ctx = Ctx(rng, lang, half, pools)
    x = rng.random()
    if x < 0.3:
        style, ch = "email", "email"
        segs = build_email(ctx)
    elif x < 0.6:
        style, ch = "chat", rng.choice(CHAT_CH)
        segs = build_short(ctx, "chat")
    elif x < 0.8:
        style, ch = "public", rng.choice(PUB_CH)
        segs = build_short(ctx, "public")
    else:
        style, ch = "agent", "agent_reply"
        segs = build_short(ctx, "agent")
    segs = add_noise(segs, rng, style)
    text, spans, negs, tids = finalize(segs)
    rec = {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": ch, "lang": lang,
           "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    return rec, tids


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    items = [("s", s["type"], s["start"], s["end"]) for s in rec["spans"]] + [("n", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for k, typ, a, b in items:
        assert 0 <= a < b <= len(t), (rec["id"], typ, a, b)
        v = t[a:b]
        assert v == v.strip() and v.strip(), (rec["id"], typ, repr(v))
        if k == "s":
            digs = "".join(c for c in v if c.isdigit())
            if typ == "card":
                assert V.luhn_ok(digs), (rec["id"], v)
            elif typ == "iban":
                assert V.iban_ok(v), (rec["id"], v)
            elif typ == "bsn":
                assert (len(digs) == 9 and V.bsn_ok(digs)) or (len(digs) == 11 and V.nrn_ok(digs)), (rec["id"], v)
    iv = sorted((a, b, k, typ) for k, typ, a, b in items)
    for (a1, b1, k1, t1), (a2, b2, k2, t2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"], t1, t2, t[a1:b1], t[a2:b2])


# ------------------------------------------------------------------ README
def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counter.items())]
    return "\n".join(rows)


def write_readme(seed, stats):
    L = []
    L.append("# Scrub corpus blind60: people in arrears (debt collection, payment arrangements, bailiffs, BNPL, overdue bills)\n")
    L.append("This corpus was written **blind**: its author did not open, read, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory under `tests/scrub_corpus/` (other corpora, scorers, "
             "generators), and did not read git history. No scrubber or scorer was run while writing it. Values and phrasings come "
             "from public knowledge of how customers, collectors and platforms write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nPeople in arrears: debt collection agencies and their dossiers, payment arrangements (betalingsregeling, "
             "afbetalingsplan, plan de paiement, repayment plan), bailiffs/deurwaarders/huissiers and wage garnishment, credit checks "
             "(BKR, Centrale voor Kredieten, credit reports), consumer loans and buy-now-pay-later, overdue energy, phone and internet bills, "
             "disputes about who owes what (identity fraud, ex-partners, already paid, statute-barred). Messages carry case and dossier "
             "numbers, amounts, bank details for repayments, logins to repayment portals, SMS codes, pasted letters and SMS, "
             "stressed or angry customers and agents/collectors replying.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind60\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Modules: `values.py` (value generators with checksums), `pools.py` (filler pools), `tpl_nl.py`, `tpl_nlbe.py`, `tpl_fr.py`, "
             "`tpl_en.py` (templates per language; en-gb and en-us share English templates but get locale-specific values).\n")
    L.append("## Split rule\n\nTemplates are written in groups (language x kind x situation: chat, public post, agent reply, e-mail body, "
             "company e-mail body, pasted letter, pasted SMS, greeting, closing/signature, agent signature, quote header, forward header, "
             "disclaimer, subject). Within every group, even-indexed members go to dev and odd-indexed members to heldout, so no template, "
             "frame, greeting, signature or quote block is shared between halves. Every filler pool (first and last names, streets, cities, "
             "organisations, mentions, hashtags, URLs, model numbers, SSIDs, agent initials) is dealt alternately the same way. "
             "Half h uses `random.Random(seed * 2 + h)` (dev h=0, heldout h=1). Typos and lower-casing are injected only into literal "
             "template text (including cue words), never into labelled values, fillers or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats by agents and in quoted history.\n"
             "- Collection-agency **dossier / case / zaak / exploot / file / reference numbers** for a debt case are treated as `ticket_number` "
             "negatives (case/claim numbers), while **debtor numbers, customer, contract, loan account, policy, subscriber and EAN numbers** are "
             "`customer_number` spans.\n"
             "- Payment references (betalingskenmerk, Belgian structured communication `+++123/4567/89012+++`, RF references) are `invoice_number` negatives.\n"
             "- **All IBANs are labelled `iban`**, including the creditor's/agency's own repayment account quoted in letters; the corpus has no company-IBAN negative.\n"
             "- Belgian national register numbers are labelled `bsn` (as the brief says), as are Dutch BSNs.\n"
             "- OTPs dictated as words (\"vier acht twee ...\") are labelled `otp` over the whole word sequence.\n"
             "- An AWS secret access key is labelled `api_key` like the key id. Hex after \"token\" is `token`; hex after \"sha256/checksum\" is a `checksum` negative.\n"
             "- Door, gate, keybox and alarm codes are `pin`. Router admin passwords are `password`; the Wi-Fi network key is `wifi_key`; the SSID is unlabelled.\n"
             "- Company service numbers (in signatures and \"call us on\") are `company_phone` negatives; a customer's own number is `phone`.\n"
             "- Company registration negatives cover the number only (\"KvK 12345678\" -> `12345678`).\n"
             "- Quantities cover number plus unit (\"6 termijnen\"); meter readings cover the reading plus unit when written.\n"
             "- Addresses are single-line spans (street + number, plus postcode/city when written on the same line).\n"
             "- Names, cities alone, SSIDs, agent initials and organisation names are not labelled and not negatives.\n")
    L.append("## Known limitations\n\n- Template-based: sentence frames repeat within a half (values vary). English templates are shared by en-gb and en-us.\n"
             "- Customer e-mail addresses are synthetic (first/last name patterns on common providers); organisation e-mail addresses are avoided entirely.\n"
             "- Masked values and company numbers are not checksum-valid in all cases. Typos are simple character edits.\n"
             "- Because templates are dealt alternately inside small groups, the mix of span types and negative kinds differs between dev and heldout (see the count tables); both halves contain every high-risk type.\n"
             "- Some negatives (e.g. bare 6-digit meter readings, 10-digit invoice numbers) are deliberately shaped like labelled values.\n")
    L.append("## Counts\n")
    for h, name in ((0, "dev"), (1, "heldout")):
        s = stats[h]
        L.append(f"### {name}.jsonl\n\nMessages: {s['n']}\n")
        rows = ["| span type | spans | distinct templates |", "|---|---|---|"]
        for k in sorted(s["spans"]):
            rows.append(f"| {k} | {s['spans'][k]} | {len(s['tpl'][k])} |")
        L.append("\n".join(rows) + "\n")
        L.append(table(s["negs"], "negative kind") + "\n")
        L.append(table(s["ch"], "channel") + "\n")
        L.append(table(s["lang"], "lang") + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(a.seed * 2 + half)
        pools = pools_for(half)
        st = {"n": 0, "spans": collections.Counter(), "tpl": collections.defaultdict(set), "negs": collections.Counter(),
              "ch": collections.Counter(), "lang": collections.Counter()}
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                rec, tids = make_message(rng, half, pools, i)
                check(rec)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                st["n"] += 1
                for s, tid in zip(rec["spans"], tids):
                    st["spans"][s["type"]] += 1
                    st["tpl"][s["type"]].add(tid)
                for n in rec["negatives"]:
                    st["negs"][n["kind"]] += 1
                st["ch"][rec["channel"]] += 1
                st["lang"][rec["lang"]] += 1
        stats[half] = st
    write_readme(a.seed, stats)
    print({h: stats[h]["n"] for h in stats})


if __name__ == "__main__":
    main()
