#!/usr/bin/env python3
"""Deterministic generator of the blind27 scrub corpus (conversations, chat exports, e-mail threads).

    python3 generate_blind.py --seed 20261225

writes dev.jsonl and heldout.jsonl beside this file and prints count tables.
Standard library only.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core  # noqa: E402
import render  # noqa: E402
import values as V  # noqa: E402

PREFIX = "B27"
PER_HALF = 950
LANGS = {"nl": 30, "nl-be": 15, "fr-be": 20, "en-gb": 17.5, "en-us": 17.5}
CHANNELS = {"whatsapp": 17, "messenger": 9, "telegram": 6, "instagram_dm": 7, "x_dm": 8, "email": 25,
            "agent_reply": 10, "x_public": 7, "instagram_comment": 5, "facebook_comment": 6}
SECTORS = {"telecom": 32, "energy": 19, "banking": 22, "webshop": 20, "dev": 7}
PUBLIC = ("x_public", "instagram_comment", "facebook_comment")
HIGH = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"}
ALL_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
             "card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code", "flight_number",
             "hashtag", "mention", "invoice_number", "order_number", "ticket_number", "tracking_number", "request_id",
             "meter_reading", "model_number", "product_code", "version_string", "percentage", "quantity", "url",
             "masked_value", "port", "checksum"]


def w(rng, d):
    ks = list(d)
    return rng.choices(ks, weights=[d[k] for k in ks])[0]


def to_record(segs):
    text, spans, negs, pos = [], [], [], 0
    # trim leading / trailing white space of the whole message
    while segs and segs[0][1] is None and segs[0][0] != segs[0][0].lstrip():
        t = segs[0][0].lstrip()
        segs = ([(t, None)] if t else []) + segs[1:]
    while segs and segs[-1][1] is None and segs[-1][0] != segs[-1][0].rstrip():
        t = segs[-1][0].rstrip()
        segs = segs[:-1] + ([(t, None)] if t else [])
    phs = []
    for t, l in segs:
        if l is not None and l[0] == "s":
            spans.append({"type": l[1], "start": pos, "end": pos + len(t)})
            phs.append(l[2])
        elif l is not None:
            negs.append({"kind": l[1], "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs, phs


def company_reg_line(ctx):
    lab = {"nl": ["KvK ", "KvK-nummer: "], "nl-be": ["Ondernemingsnr. ", "BTW "], "fr-be": ["N° d'entreprise ", "TVA "],
           "en-gb": ["Company No. ", "Registered in England no. "], "en-us": ["EIN ", "Tax ID "]}[ctx.lang][ctx.half]
    return [("\n", None), (ctx.brand + " · " + lab, None), (core.NG.company_registration(ctx.rng, ctx.lang), ("n", "company_registration"))]


def make_message(rng, half, idx):
    lang = w(rng, LANGS)
    channel = w(rng, CHANNELS)
    sector = w(rng, SECTORS)
    nospan = rng.random() < 0.12
    ctx = core.Ctx(rng, half, lang, sector, nospan)
    ctx.typo_p = 0.1
    x = rng.random()
    ctx.case_mode = "lower" if x < 0.14 else ("upper" if x < 0.18 else None)
    kind = channel
    if channel in PUBLIC:
        segs = render.render_public(ctx, channel)
    elif channel == "email":
        ctx.note_p = 0.18
        best = None
        for attempt in range(6):
            conv = core.build_conversation(ctx, n_ex=min(4, 1 + attempt // 2 + rng.randint(0, 1)))
            segs = render.render_email(ctx, conv)
            if rng.random() < 0.25 and ctx.fam != "fr" or (ctx.fam == "fr" and rng.random() < 0.25):
                segs = segs + [("\n", None)] + company_reg_line(ctx)
            n = sum(len(t) for t, _ in segs)
            best = segs
            if 500 <= n <= 2100:
                break
        segs = best
    elif channel == "agent_reply":
        ctx.note_p = 0.6
        conv = core.build_conversation(ctx)
        segs = render.render_agent_reply(ctx, conv)
    else:
        ctx.note_p = 0.2
        conv = core.build_conversation(ctx)
        segs, kind = render.render_chat(ctx, conv, channel)
    text, spans, negs, phs = to_record(segs)
    rec = {"id": "%s-%s-%05d" % (PREFIX, "dev" if half == 0 else "heldout", idx), "channel": channel, "lang": lang,
           "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    return rec, phs


def self_check(rec):
    text = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for k, t, a, b in items:
        assert 0 <= a < b <= len(text), (rec["id"], k, t, a, b)
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], k, t, repr(v))
        if k == "span":
            assert t in ALL_TYPES, t
            if t == "card":
                d = "".join(c for c in v if c.isdigit())
                assert 13 <= len(d) <= 19 and V.luhn_ok(d) and not any(c.isalpha() for c in v), (rec["id"], v)
            if t == "iban":
                assert V.iban_ok(v), (rec["id"], v)
            if t == "bsn":
                assert V.bsn_ok(v), (rec["id"], v)
        else:
            assert t in NEG_KINDS, t
    s = sorted(items, key=lambda x: x[2])
    for i in range(1, len(s)):
        assert s[i][2] >= s[i - 1][3], (rec["id"], "overlap", s[i - 1], s[i])
    assert rec["channel"] in CHANNELS and rec["lang"] in LANGS
    assert (rec["visibility"] == "public") == (rec["channel"] in PUBLIC)


def generate(seed):
    out = {}
    for half in (0, 1):
        rng = random.Random(seed * 2 + half)
        recs = []
        for i in range(PER_HALF):
            rec, phs = make_message(rng, half, i)
            self_check(rec)
            recs.append((rec, phs))
        out[half] = recs
    return out


def stats(recs):
    st = {"messages": len(recs), "no_span": 0, "high": 0, "hardneg": 0, "email_0.5_2kb": 0}
    types, phr, kinds, chans, langs = collections.Counter(), collections.defaultdict(set), collections.Counter(), collections.Counter(), collections.Counter()
    for rec, phs in recs:
        if not rec["spans"]:
            st["no_span"] += 1
        if any(s["type"] in HIGH for s in rec["spans"]):
            st["high"] += 1
        if rec["negatives"]:
            st["hardneg"] += 1
        if rec["channel"] == "email" and 500 <= len(rec["text"]) <= 2048:
            st["email_0.5_2kb"] += 1
        for s, p in zip(rec["spans"], phs):
            types[s["type"]] += 1
            phr[s["type"]].add(p)
        for n in rec["negatives"]:
            kinds[n["kind"]] += 1
        chans[rec["channel"]] += 1
        langs[rec["lang"]] += 1
    return st, types, {k: len(v) for k, v in phr.items()}, kinds, chans, langs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261225)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    data = generate(args.seed)
    for half, name in ((0, "dev.jsonl"), (1, "heldout.jsonl")):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for rec, _ in data[half]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    report = {name: stats(data[h]) for h, name in ((0, "dev"), (1, "heldout"))}
    md = tables(report)
    print(md)
    readme = os.path.join(here, "README.md")
    if os.path.exists(readme):
        txt = open(readme, encoding="utf-8").read()
        a, b = "<!-- COUNTS -->", "<!-- /COUNTS -->"
        if a in txt and b in txt:
            txt = txt[:txt.index(a) + len(a)] + "\n" + md + "\n" + txt[txt.index(b):]
            with open(readme, "w", encoding="utf-8") as f:
                f.write(txt)


def tables(report):
    d, h = report["dev"], report["heldout"]
    L = ["| | dev | heldout |", "|---|---:|---:|"]
    for k, lab in (("messages", "messages"), ("no_span", "messages without spans"), ("high", "messages with a high-risk span"),
                   ("hardneg", "messages with a hard negative"), ("email_0.5_2kb", "e-mails of 0.5-2 KB")):
        L.append("| %s | %d | %d |" % (lab, d[0][k], h[0][k]))
    L += ["", "Spans per type (distinct phrasings carrying the type = distinct template/cue+answer combinations):", "",
          "| type | dev spans | dev phrasings | heldout spans | heldout phrasings |", "|---|---:|---:|---:|---:|"]
    for t in ALL_TYPES:
        L.append("| %s | %d | %d | %d | %d |" % (t, d[1][t], d[2].get(t, 0), h[1][t], h[2].get(t, 0)))
    L.append("| **total** | %d | | %d | |" % (sum(d[1].values()), sum(h[1].values())))
    L += ["", "Negatives per kind:", "", "| kind | dev | heldout |", "|---|---:|---:|"]
    for k in NEG_KINDS:
        L.append("| %s | %d | %d |" % (k, d[3][k], h[3][k]))
    L.append("| **total** | %d | %d |" % (sum(d[3].values()), sum(h[3].values())))
    L += ["", "Channels:", "", "| channel | dev | heldout |", "|---|---:|---:|"]
    for k in CHANNELS:
        L.append("| %s | %d | %d |" % (k, d[4][k], h[4][k]))
    L += ["", "Languages:", "", "| lang | dev | heldout |", "|---|---:|---:|"]
    for k in LANGS:
        L.append("| %s | %d | %d |" % (k, d[5][k], h[5][k]))
    return "\n".join(L)


if __name__ == "__main__":
    main()
