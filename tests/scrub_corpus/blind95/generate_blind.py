#!/usr/bin/env python3
"""Blind webcare corpus generator (blind95). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261293
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import negs
import values as V
from pools import POOLS
import templates_nl
import templates_be
import templates_en
import readme

PREFIX = "b95"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

SPAN_SLOTS = {
    "pw": ("password", V.password), "pin": ("pin", V.pin), "puk": ("puk", V.puk), "otp": ("otp", V.otp),
    "otpw": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi_key), "user": ("username", V.username),
    "api": ("api_key", V.api_key), "tok": ("token", V.token), "card": ("card", V.card), "cvv": ("cvv", V.cvv),
    "exp": ("card_expiry", V.card_expiry), "iban": ("iban", V.iban), "bsn": ("bsn", V.bsn), "rrn": ("bsn", V.rrn),
    "email": ("email", V.email), "phone": ("phone", V.phone), "addr": ("address", V.address), "dob": ("date_of_birth", V.dob),
    "cust": ("customer_number", V.customer_number), "ip": ("ip_address", V.ip_address),
}
NEG_SLOTS = {
    "date": ("date", negs.date), "time": ("time", negs.time), "amt": ("amount", negs.amount), "qty": ("quantity", negs.quantity),
    "pct": ("percentage", negs.percentage), "year": ("year", negs.year), "order": ("order_number", negs.order_number),
    "ticket": ("ticket_number", negs.ticket_number), "inv": ("invoice_number", negs.invoice_number),
    "track": ("tracking_number", negs.tracking_number), "reqid": ("request_id", negs.request_id), "err": ("error_code", negs.error_code),
    "ver": ("version_string", negs.version_string), "prod": ("product_code", negs.product_code), "flight": ("flight_number", negs.flight_number),
    "cphone": ("company_phone", negs.company_phone), "kvk": ("company_registration", negs.company_registration),
    "masked": ("masked_value", negs.masked), "meter": ("meter_reading", negs.meter_reading), "port": ("port", negs.port),
    "hash": ("checksum", negs.checksum),
}
VARIANT_FUNCS = {"api", "tok", "cust", "email"}
SLOT_RE = re.compile(r"\{(\w+)(?:\|(\w+))?(?::(\w+))?\}")
LANG_KEY = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en-gb": "en", "en-us": "en"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit(f"pool/group too small to deal: {lst!r}")
    return out


class Ctx:
    def __init__(self, rng, lang, half, pools):
        self.rng, self.lang, self.half, self.pools = rng, lang, half, pools
        self.reg = V.region(lang)
        self.cache = {}
        self.brands = {}
        self.domain = None
        self.amex = False
        pk = {"nl": "nl", "be": "be" if lang == "nl-be" else "befr", "gb": "gb", "us": "us"}[self.reg]
        self.pk = pk
        self.persona = {"first": rng.choice(pools["first_" + pk]), "last": rng.choice(pools["last_" + pk]),
                        "company": rng.choice(pools["company_" + pk])}
        self.deceased = {"first": rng.choice(pools["first_" + pk]), "last": self.persona["last"] if rng.random() < 0.6 else rng.choice(pools["last_" + pk])}

    def brand(self, dom):
        dom = dom or self.domain or "tel"
        if self.domain is None:
            self.domain = dom
        if dom not in self.brands:
            key = "brand_cloud" if dom == "cloud" else f"brand_{dom}_{'be' if self.reg == 'be' else self.reg}"
            self.brands[dom] = self.rng.choice(self.pools[key])
        return self.brands[dom]


def fill_value(name, variant, ctx):
    rng, p = ctx.rng, ctx.pools
    if name == "fn":
        return ctx.persona["first"]
    if name == "ln":
        return ctx.persona["last"]
    if name == "name":
        return f"{ctx.persona['first']} {ctx.persona['last']}"
    if name == "company":
        return ctx.persona["company"]
    if name == "dfn":
        return ctx.deceased["first"]
    if name == "dname":
        return f"{ctx.deceased['first']} {ctx.deceased['last']}"
    if name == "brand":
        return ctx.brand(variant)[0]
    if name == "agent":
        return rng.choice(p["agent_" + ("en" if ctx.reg in ("gb", "us") else ctx.pk)])
    if name == "city":
        return rng.choice(p["town_any"])
    if name == "ssid":
        return rng.choice(p["ssid"])
    if name == "plate":
        return rng.choice(p["plate"])
    if name == "ph":
        return rng.choice(p["placeholder"])
    if name == "other":
        return rng.choice(p["first_" + ctx.pk])
    raise KeyError(name)


def slot_segments(name, variant, key, ctx):
    """Return list of (text, cat, label)."""
    ck = (name, variant, key)
    if ck in ctx.cache:
        return ctx.cache[ck]
    rng = ctx.rng
    if name in SPAN_SLOTS:
        label, fn = SPAN_SLOTS[name]
        val = fn(rng, ctx, variant) if (name in VARIANT_FUNCS and variant) else fn(rng, ctx)
        segs = [(val, "span", label)]
    elif name in NEG_SLOTS:
        label, fn = NEG_SLOTS[name]
        segs = [(fn(rng, ctx), "neg", label)]
    elif name == "model":
        b, m = rng.choice(ctx.pools["model"])
        segs = [(b + " ", "fill", None), (m, "neg", "model_number")]
    elif name == "modelonly":
        b, m = rng.choice(ctx.pools["model"])
        segs = [(m, "neg", "model_number")]
    elif name == "url":
        segs = [(rng.choice(ctx.pools["url_" + (variant or ctx.domain or "tel")]), "neg", "url")]
    elif name == "mention":
        if variant == "user":
            segs = [(rng.choice(ctx.pools["usermention"]), "neg", "mention")]
        else:
            segs = [(ctx.brand(variant)[1], "neg", "mention")]
    elif name == "hashtag":
        hk = "hashtag_" + {"nl": "nl", "be": "be"}.get(ctx.reg, "en")
        segs = [(rng.choice(ctx.pools[hk]), "neg", "hashtag")]
    else:
        segs = [(fill_value(name, variant, ctx), "fill", None)]
    ctx.cache[ck] = segs
    return segs


def render(tpl, ctx, tid):
    out, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], "lit", None, tid))
        for t, c, l in slot_segments(m.group(1), m.group(2), m.group(3), ctx):
            out.append((t, c, l, tid))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], "lit", None, tid))
    return out


def quote(segs):
    res = [("> ", "lit", None, None)]
    for t, c, l, tid in segs:
        if c == "span" or c == "neg":
            res.append((t.replace("\n", ", "), c, l, tid))
        else:
            res.append((t.replace("\n", "\n> "), c, l, tid))
    return res


WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(word, rng):
    i = rng.randrange(1, len(word) - 1)
    k = rng.randrange(4)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    if k == 2:
        return word[:i] + word[i] + word[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "u": "y", "l": "k"}
    c = word[i].lower()
    return word[:i] + near.get(c, c) + word[i + 1:]


def add_typos(segs, rng, n):
    lit_idx = [i for i, s in enumerate(segs) if s[1] == "lit" and WORD_RE.search(s[0])]
    for _ in range(n):
        if not lit_idx:
            return
        i = rng.choice(lit_idx)
        t, c, l, tid = segs[i]
        ms = list(WORD_RE.finditer(t))
        if not ms:
            continue
        m = rng.choice(ms)
        segs[i] = (t[:m.start()] + typo(m.group(0), rng) + t[m.end():], c, l, tid)


def pick(T, lk, kind, rng):
    lst = T[lk][kind]
    i = rng.randrange(len(lst))
    return lst[i]


CHANNELS = [("email", 28), ("agent_reply", 12), ("x_public", 10), ("facebook_comment", 8), ("instagram_comment", 5),
            ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 12), ("telegram", 6)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]


def wpick(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def build_message(T, pools, rng, half):
    lang = wpick(rng, LANGS)
    lk = LANG_KEY[lang]
    channel = wpick(rng, CHANNELS)
    ctx = Ctx(rng, lang, half, pools)
    J = lambda s: [(s, "lit", None, None)]
    if channel in PUBLIC:
        tid, tpl = pick(T, lk, "pub", rng)
        segs = render(tpl, ctx, tid)
    elif channel == "agent_reply":
        tid, tpl = pick(T, lk, "agent", rng)
        segs = render(tpl, ctx, tid)
        if rng.random() < 0.55:
            sid, stpl = pick(T, lk, "asign", rng)
            segs += J("\n\n") + render(stpl, ctx, sid)
    elif channel == "email":
        kind = "mail" if rng.random() < 0.75 else "dm"
        tid, tpl = pick(T, lk, kind, rng)
        body = render(tpl, ctx, tid)
        gid, gtpl = pick(T, lk, "greet", rng)
        sid, stpl = pick(T, lk, "sign", rng)
        segs = render(gtpl, ctx, gid) + J("\n\n") + body + J("\n\n") + render(stpl, ctx, sid)
        r = rng.random()
        if r < 0.5:
            aid, atpl = pick(T, lk, "agent", rng)
            qa = render(atpl, ctx, aid)
            asid, astpl = pick(T, lk, "asign", rng)
            qa += J("\n\n") + render(astpl, ctx, asid)
            qid, qtpl = pick(T, lk, "qhdr", rng)
            segs += J("\n\n") + render(qtpl, ctx, qid) + J("\n") + quote(qa)
        elif r < 0.62:
            fid, ftpl = pick(T, lk, "fwd", rng)
            did, dtpl = pick(T, lk, "dm", rng)
            segs = render(gtpl, ctx, gid) + J("\n\n") + body + J("\n\n") + render(stpl, ctx, sid) + J("\n\n") + render(ftpl, ctx, fid) + J("\n\n") + render(dtpl, ctx, did)
        if rng.random() < 0.3:
            xid, xtpl = pick(T, lk, "disc", rng)
            segs += J("\n\n") + render(xtpl, ctx, xid)
    else:
        tid, tpl = pick(T, lk, "dm", rng)
        segs = render(tpl, ctx, tid)
        if rng.random() < 0.15:
            segs = [(t.lower(), c, l, i) if c == "lit" else (t, c, l, i) for t, c, l, i in segs]
    if rng.random() < 0.4:
        add_typos(segs, rng, rng.choice([1, 1, 2, 3]))
    return lang, channel, segs


LINT_DIGITS = re.compile(r"\d{3,}")


def assemble(segs, mid, lang, channel):
    text, spans, negatives, tids = "", [], [], []
    for t, c, l, tid in segs:
        s = len(text)
        text += t
        if c == "span":
            spans.append({"type": l, "start": s, "end": len(text)})
            tids.append((l, tid))
        elif c == "neg":
            negatives.append({"kind": l, "start": s, "end": len(text)})
        else:
            bad = LINT_DIGITS.findall(t.replace("365", ""))
            if bad or "@" in t or "http" in t or "www." in t:
                raise SystemExit(f"lint: unlabelled PII-like text {t!r} in template {tid}")
    rec = {"id": mid, "channel": channel, "lang": lang, "visibility": "public" if channel in PUBLIC else "private",
           "text": text, "spans": spans, "negatives": negatives}
    return rec, tids


def check(rec):
    text = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (rec["id"], s)
        v = text[a:b]
        assert v == v.strip() and v.strip(".,;:!?") == v or s.get("type") == "password" or s.get("kind") in ("amount", "company_registration"), (rec["id"], s, v)
        assert not v[0].isspace() and not v[-1].isspace(), (rec["id"], v)
        iv.append((a, b, s.get("type") or s.get("kind")))
    iv.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(iv, iv[1:]):
        assert b1 <= a2, (rec["id"], "overlap", k1, k2)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        d = re.sub(r"\D", "", v)
        if s["type"] == "card":
            assert V.luhn_ok(d) and 13 <= len(d) <= 19, (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    groups = {"nl": templates_nl.GROUPS, "nl-be": templates_be.GROUPS_NL, "fr-be": templates_be.GROUPS_FR, "en": templates_en.GROUPS}
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(args.seed * 2 + half)
        pools = {k: deal(v, half) for k, v in POOLS.items()}
        T = {lk: {kind: [(f"{lk}/{kind}/{i}", t) for i, t in enumerate(lst)][half::2] for kind, lst in g.items()} for lk, g in groups.items()}
        for lk in T:
            for kind in T[lk]:
                assert T[lk][kind], (lk, kind)
        recs, tidmap = [], collections.defaultdict(set)
        for i in range(N_PER_HALF):
            lang, channel, segs = build_message(T, pools, rng, half)
            rec, tids = assemble(segs, f"{PREFIX}-{name}-{i:05d}", lang, channel)
            check(rec)
            for l, tid in tids:
                tidmap[l].add(tid)
            recs.append(rec)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[name] = (recs, tidmap)
    # the split must not share templates
    dev_t = {t for s in stats["dev"][1].values() for t in s}
    held_t = {t for s in stats["heldout"][1].values() for t in s}
    assert not (dev_t & held_t), "template shared between halves"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.make(args.seed, stats, groups))
    for name, (recs, _) in stats.items():
        print(name, len(recs), "messages", sum(len(r["spans"]) for r in recs), "spans", sum(len(r["negatives"]) for r in recs), "negatives")


if __name__ == "__main__":
    main()
