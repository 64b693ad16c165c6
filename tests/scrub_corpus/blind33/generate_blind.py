#!/usr/bin/env python3
"""Deterministic generator for the blind33 scrub corpus. Usage: python3 generate_blind.py --seed 20261231"""
import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phrases  # noqa: E402
import pools  # noqa: E402
from core import fam, iban_ok, luhn_ok, natid_ok, pick  # noqa: E402
from templates_a import T as TA  # noqa: E402
from templates_b import T as TB  # noqa: E402
from templates_c import T as TC  # noqa: E402
from values import NEG_GEN, SPAN_GEN  # noqa: E402

PREFIX = "b33"
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = {}
for d in (TA, TB, TC):
    TEMPLATES.update(d)

HIGH = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"}
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}
LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
GROUP_W = {"pin": 8, "puk": 3, "otp": 8, "password": 8, "wifi_key": 4, "username": 4, "api_key": 2, "token": 2, "card": 4, "iban": 6,
           "bsn": 4, "email": 5, "phone": 6, "address": 5, "date_of_birth": 4, "ip_address": 2, "customer_number": 7, "agent": 9,
           "ocr": 6, "bare": 5, "multi": 4, "neg": 13}
CHAT_CH = [("whatsapp", 26), ("messenger", 14), ("telegram", 6), ("instagram_dm", 8), ("x_dm", 12), ("x_public", 14),
           ("facebook_comment", 12), ("instagram_comment", 8)]
SLOT = re.compile(r"\{([SNF]):([^}/]+)(?:/([^}]+))?\}")


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def deal(lst, half):
    return [(i, x) for i, x in enumerate(lst) if i % 2 == half]


class Half:
    def __init__(self, half):
        self.half = half
        self.tpl = {}
        for g, byfam in TEMPLATES.items():
            for f, lst in byfam.items():
                self.tpl[(g, f)] = ["%s.%s.%d" % (g, f, i) for i, _ in deal(lst, half)], [x for _, x in deal(lst, half)]
        self.first = {k: pools.half_of(v, half) for k, v in pools.FIRST.items()}
        self.last = {k: pools.half_of(v, half) for k, v in pools.LAST.items()}
        self.streets = {k: pools.half_of(v, half) for k, v in pools.STREETS.items()}
        self.cities = {k: pools.half_of(v, half) for k, v in pools.CITIES.items()}
        self.brands = {bk: {s: pools.half_of(v, half) for s, v in secs.items()} for bk, secs in pools.BRANDS.items()}
        self.agents = pools.half_of(pools.AGENTS, half)
        self.ssid = pools.half_of(phrases.SSID, half)
        self.ph = {name: {f: pools.half_of(v, half) for f, v in getattr(phrases, name).items()}
                   for name in ("GREET", "CLOSE", "SIG", "QUOTE_HEAD", "QUOTE_BODY", "FILLER")}
        self.emoji = pools.half_of(phrases.EMOJI, half)


class Ctx:
    def __init__(self, rng, half, lang):
        self.rng, self.h, self.lang = rng, half, lang
        self.sector = pick(rng, pools.SECTORS)
        self.brand_pick = {}
        self.last = {}
        self.who = (pick(rng, half.first[lang]), pick(rng, half.last[lang]))

    def person(self):
        return self.who if self.rng.random() < 0.7 else (pick(self.rng, self.h.first[self.lang]), pick(self.rng, self.h.last[self.lang]))

    def street(self):
        return pick(self.rng, self.h.streets[self.lang])

    def city(self):
        return pick(self.rng, self.h.cities[self.lang])

    def brand(self, sector=None):
        sector = sector or self.sector
        if sector not in self.brand_pick:
            self.brand_pick[sector] = pick(self.rng, self.h.brands[pools.brand_key(self.lang)][sector])
        return self.brand_pick[sector]

    def company_phone(self):
        return self.brand()[3]

    def brand_url(self):
        return self.brand()[2]

    def handle(self):
        return self.brand()[1]


def swap_value(v):
    d = list(v)
    idx = [i for i, c in enumerate(d) if c.isdigit()]
    if len(idx) >= 2:
        a, b = idx[-2], idx[-1]
        if d[a] == d[b]:
            d[b] = str((int(d[b]) + 3) % 10)
        else:
            d[a], d[b] = d[b], d[a]
    return "".join(d)


def render(ctx, tpl, tid=None):
    """Return a list of segments (text, kind, label) where kind in lit/S/N; span labels carry the phrasing id."""
    tid = tid or "wrap:" + tpl[:40]
    segs = []
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], "lit", None])
        k, name, fmt = m.group(1), m.group(2), m.group(3) or ""
        if k == "S":
            if fmt == "swap":
                val = swap_value(ctx.last[name])
            else:
                val = SPAN_GEN[name](ctx, fmt)
            ctx.last[name] = val
            segs.append([val, "S", (name, tid)])
        elif k == "N":
            segs.append([NEG_GEN[name](ctx, fmt), "N", name])
        else:
            segs.append([fill(ctx, name), "lit", None])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], "lit", None])
    return segs


def fill(ctx, name):
    r = ctx.rng
    if name in pools.SECTORS:
        ctx.sector = name
        return ctx.brand(name)[0]
    if name == "brand":
        return ctx.brand()[0]
    if name == "name":
        return "%s %s" % ctx.person()
    if name == "first":
        return ctx.who[0]
    if name == "agent":
        return pick(r, ctx.h.agents)
    if name == "city":
        return ctx.city()
    if name == "ssid":
        return pick(r, ctx.h.ssid)
    raise KeyError(name)


def typo(rng, s):
    words = [m for m in re.finditer(r"[A-Za-zéèà]{5,}", s)]
    if not words:
        return s
    w = pick(rng, words)
    i = rng.randrange(w.start(), w.end() - 1)
    k = rng.randint(0, 2)
    if k == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k == 1:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def chatify(rng, segs, h):
    mode = rng.random()
    for sg in segs:
        if sg[1] != "lit":
            continue
        if mode < 0.22:
            sg[0] = sg[0].lower()
        elif mode < 0.25:
            sg[0] = sg[0].upper()
    lits = [sg for sg in segs if sg[1] == "lit" and len(sg[0]) > 6]
    if lits and rng.random() < 0.25:
        sg = pick(rng, lits)
        sg[0] = typo(rng, sg[0])
    if rng.random() < 0.2:
        segs.append([" " + pick(rng, h.emoji), "lit", None])
    return segs


def prefix_quote(segs):
    out = [["> ", "lit", None]]
    for sg in segs:
        if sg[1] == "lit":
            out.append([sg[0].replace("\n", "\n> "), "lit", None])
        else:
            out.append(sg)
    return out


def seglen(segs):
    return sum(len(s[0]) for s in segs)


def wrap_email(ctx, segs, reg="m"):
    r, h, f = ctx.rng, ctx.h, fam(ctx.lang)
    out = render(ctx, pick(r, h.ph["GREET"][f])) + [["\n\n", "lit", None]]
    fillers = list(h.ph["FILLER"][f])
    r.shuffle(fillers)
    out += render(ctx, fillers.pop()) + [["\n\n" if reg == "o" or r.random() < 0.6 else " ", "lit", None]]
    out += segs
    body_then = [["\n\n", "lit", None]]
    while seglen(out) + seglen(body_then) < 380 and fillers:
        body_then += render(ctx, fillers.pop()) + [["\n\n", "lit", None]]
    out += body_then
    out += render(ctx, pick(r, h.ph["CLOSE"][f])) + [["\n%s %s" % ctx.who, "lit", None]]
    sig = pick(r, h.ph["SIG"][f])
    if sig:
        out += [["\n", "lit", None]] + render(ctx, sig)
    if r.random() < 0.5 or seglen(out) < 500:
        q = render(ctx, pick(r, h.ph["QUOTE_HEAD"][f])) + [["\n", "lit", None]] + render(ctx, pick(r, h.ph["QUOTE_BODY"][f]))
        if seglen(out) + seglen(q) < 2000:
            out += [["\n\n", "lit", None]] + prefix_quote(q)
    while seglen(out) < 500 and fillers:
        out = out[:2] + render(ctx, fillers.pop()) + [["\n\n", "lit", None]] + out[2:]
    return out


def make_message(rng, h, idx, used):
    lang = wchoice(rng, LANG_W)
    f = fam(lang)
    while True:
        g = wchoice(rng, list(GROUP_W.items()))
        ids, lst = h.tpl.get((g, f), ([], []))
        if lang == "nl-be" and (g, "vl") in h.tpl:
            vi, vl = h.tpl[(g, "vl")]
            ids, lst = ids + vi * 2, lst + vl * 2
        if lst:
            break
    j = rng.randrange(len(lst))
    tid, raw = ids[j], lst[j]
    reg, text = raw.split("|", 1)
    ctx = Ctx(rng, h, lang)
    segs = render(ctx, text, tid)
    if reg == "c":
        channel = "email" if rng.random() < 0.12 else wchoice(rng, CHAT_CH)
    elif reg == "m":
        channel = "email"
    elif reg == "a":
        channel = "agent_reply"
    else:
        channel = "email" if rng.random() < 0.55 else pick(rng, ["whatsapp", "messenger", "telegram", "x_dm"])
    if channel == "email" and reg != "a":
        segs = wrap_email(ctx, segs, reg)
    elif reg == "a":
        if rng.random() < 0.4:
            segs = [["%s %s, " % (pick(rng, {"nl": ["Hoi", "Beste", "Dag"], "fr": ["Bonjour", "Chère", "Cher"], "en": ["Hi", "Hello", "Dear"]}[f]), ctx.who[0]), "lit", None]] + segs
        if rng.random() < 0.4:
            segs.append([" ^%s" % pick(rng, h.agents)[:2].upper(), "lit", None])
    else:
        if reg == "c":
            segs = chatify(rng, segs, h)
        if channel in PUBLIC and rng.random() < 0.6 and not any(sg[2] == "mention" for sg in segs):
            segs = [[NEG_GEN["mention"](ctx, ""), "N", "mention"], [" ", "lit", None]] + segs
    text, spans, negs, phr = "", [], [], []
    for s, k, lab in segs:
        if k == "S":
            spans.append({"type": lab[0], "start": len(text), "end": len(text) + len(s)})
            phr.append((lab[0], lab[1]))
        elif k == "N":
            negs.append({"kind": lab, "start": len(text), "end": len(text) + len(s)})
        text += s
    used[tid] += 1
    rec = {"id": "%s-%s-%05d" % (PREFIX, ["dev", "heldout"][h.half], idx), "channel": channel, "lang": lang,
           "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    return rec, phr


def check(rec):
    t = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for kind, lab, a, b in items:
        assert 0 <= a < b <= len(t), (rec["id"], lab, a, b)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], lab, repr(v))
        if kind == "span" and lab == "card":
            d = re.sub(r"\D", "", v)
            assert 13 <= len(d) <= 19 and luhn_ok(d), (rec["id"], v)
        if kind == "span" and lab == "iban":
            assert iban_ok(v), (rec["id"], v)
        if kind == "span" and lab == "bsn":
            assert natid_ok(v), (rec["id"], v)
    items.sort(key=lambda x: x[2])
    for x, y in zip(items, items[1:]):
        assert x[3] <= y[2], (rec["id"], "overlap", x, y)
    assert rec["channel"] in {"whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment", "x_dm", "x_public",
                              "facebook_comment", "email", "agent_reply"}
    assert (rec["visibility"] == "public") == (rec["channel"] in PUBLIC)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261231)
    ap.add_argument("--per-half", type=int, default=950)
    args = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(args.seed * 2 + half)
        h = Half(half)
        used = Counter()
        recs, tids = [], []
        for i in range(args.per_half):
            rec, tid = make_message(rng, h, i, used)
            check(rec)
            recs.append(rec)
            tids.append(tid)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats[name] = summarize(recs, tids)
    # the halves must share no template id
    print(json.dumps(stats, ensure_ascii=False, indent=1))


def summarize(recs, tids):
    s = {"messages": len(recs), "no_span": 0, "high_risk": 0, "hard_negative": 0, "email_0.5_2kb": 0,
         "spans": Counter(), "phrasings": defaultdict(set), "negatives": Counter(), "channels": Counter(), "langs": Counter()}
    for rec, tid in zip(recs, tids):
        s["no_span"] += not rec["spans"]
        s["high_risk"] += any(x["type"] in HIGH for x in rec["spans"])
        s["hard_negative"] += bool(rec["negatives"])
        s["email_0.5_2kb"] += rec["channel"] == "email" and 500 <= len(rec["text"].encode("utf-8")) <= 2048
        for x in rec["spans"]:
            s["spans"][x["type"]] += 1
        for typ, p in tid:
            s["phrasings"][typ].add(p)
        for x in rec["negatives"]:
            s["negatives"][x["kind"]] += 1
        s["channels"][rec["channel"]] += 1
        s["langs"][rec["lang"]] += 1
    s["phrasings"] = {k: len(v) for k, v in sorted(s["phrasings"].items())}
    for k in ("spans", "negatives", "channels", "langs"):
        s[k] = dict(sorted(s[k].items()))
    return s


if __name__ == "__main__":
    main()
