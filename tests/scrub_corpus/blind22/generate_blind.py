#!/usr/bin/env python3
"""Blind labelled scrub corpus generator "blind22" (standard library only, Python 3.11).

Usage: python3 generate_blind.py --seed 20261220 [--per-half 860] [--dry-run]

Templates (sentence phrasings, frames, agent lines) and pools (names, streets, cities, brands,
password words, e-mail domains, SSIDs) are dealt alternately to dev (even index) and heldout
(odd index) independently of the seed, so no template or pool entry is shared by the halves.
"""
import argparse
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import random  # noqa: E402

import phrases as PH  # noqa: E402
import values as V  # noqa: E402

PREFIX = "b22"
HALVES = ["dev", "heldout"]
SPAN_TYPES = PH.HIGH + PH.OTHER
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
PLACE = re.compile(r"\{([a-z_]+)(?::([a-z0-9_]+))?\}")
LANGS = [("en-gb", 0.25), ("en-us", 0.20), ("nl", 0.30), ("nl-be", 0.10), ("fr-be", 0.15)]
CHANNELS = [("x_public", 12), ("x_dm", 8), ("facebook_comment", 5), ("messenger", 9), ("instagram_dm", 8),
            ("instagram_comment", 4), ("whatsapp", 18), ("telegram", 6), ("email", 20), ("agent_reply", 10)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}


def group_of(lang):
    return {"en-gb": "en", "en-us": "en", "nl": "nl", "nl-be": "vl", "fr-be": "fr"}[lang]


def region_of(lang):
    return {"en-gb": "uk", "en-us": "us", "nl": "nl", "nl-be": "vl", "fr-be": "fr"}[lang]


class Templates:
    """All templates with a stable id, dealt to halves by index parity."""

    def __init__(self, half):
        self.half = half
        self.by = {}  # (pool, key, group) -> list of (tid, text)
        for typ, langs in PH.P.items():
            for g, lst in langs.items():
                self._add("S", typ, g, lst)
        for typ, langs in (("neg", PH.NEG), ("ctx", PH.CTX), ("close", PH.CLOSE), ("greet", PH.GREET),
                           ("signoff", PH.SIGNOFF), ("subject", PH.SUBJECT), ("quote", PH.QUOTE),
                           ("agent", PH.AGENT), ("echo", PH.AGENT_ECHO)):
            for g, lst in langs.items():
                self._add("F", typ, g, lst)
        for g, d in PH.ASK.items():
            items = sorted(d.items())
            for i, (typ, q) in enumerate(items):
                if i % 2 == half:
                    self.by.setdefault(("A", typ, g), []).append(("A:%s:%s" % (g, typ), q + "\n{%s}" % typ))

    def _add(self, pool, key, g, lst):
        out = [("%s:%s:%s:%d" % (pool, key, g, i), t) for i, t in enumerate(lst) if i % 2 == self.half]
        if out:
            self.by[(pool, key, g)] = out

    def get(self, pool, key, g):
        lst = self.by.get((pool, key, g))
        if not lst and g == "vl":
            lst = self.by.get((pool, key, "nl"))
        return lst or []


class Builder:
    def __init__(self, gen, lang, brand, name):
        self.gen, self.lang, self.brand, self.name = gen, lang, brand, name
        self.text = ""
        self.spans, self.negs = [], []
        self.tids = []

    def add(self, s):
        self.text += s

    def sep(self, s):
        """Join separator; avoid '?.' or '..' after a sentence that already ends in punctuation."""
        if s.startswith(".") and self.text and self.text[-1] in ".?!:)\"'»":
            s = s[1:]
        self.text += s

    def render(self, tpl, tid=None, prefix_lines=""):
        if tid:
            self.tids.append(tid)
        if prefix_lines:
            tpl = prefix_lines + tpl.replace("\n", "\n" + prefix_lines)
        pos = 0
        for m in PLACE.finditer(tpl):
            self.text += tpl[pos:m.start()]
            pos = m.end()
            key, fmt = m.group(1), m.group(2)
            start = len(self.text)
            if key in SPAN_TYPES:
                if fmt is None:
                    if key == "phone":
                        fmt = {"uk": "uk", "us": "us", "vl": "be", "fr": "be", "nl": "nl"}[region_of(self.lang)]
                    elif key == "address":
                        fmt = region_of(self.lang)
                    elif key == "date_of_birth":
                        fmt = {"en": "en", "fr": "fr"}.get(group_of(self.lang), "nl")
                val = getattr(self.gen, key)(fmt)
                self.text += val
                self.spans.append({"type": key, "start": start, "end": len(self.text)})
            elif key.startswith("n_"):
                kind = key[2:]
                if fmt is None and kind in ("date", "time"):
                    fmt = group_of(self.lang)
                if kind in ("mention", "url"):
                    val = getattr(self.gen, key)(self.brand, fmt)
                else:
                    val = getattr(self.gen, key)(fmt)
                self.text += val
                self.negs.append({"kind": kind, "start": start, "end": len(self.text)})
            elif key == "brand":
                self.text += self.brand
            elif key == "name":
                self.text += self.name
            elif key == "ssid":
                self.text += self.gen.rng.choice(self.gen.ssids)
            else:
                raise ValueError("unknown placeholder " + key)
        self.text += tpl[pos:]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


class Corpus:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random("%d-%s" % (seed, HALVES[half]))
        self.gen = V.Gen(self.rng, half)
        self.T = Templates(half)
        self.type_count = collections.Counter()
        self.tpl_use = collections.Counter()

    def pick(self, pool, key, g):
        lst = self.T.get(pool, key, g)
        if not lst:
            return None
        least = min(self.tpl_use[t] for t, _ in lst)
        cands = [x for x in lst if self.tpl_use[x[0]] == least]
        tid, txt = self.rng.choice(cands)
        self.tpl_use[tid] += 1
        return tid, txt

    def sentence(self, b, typ, g, prefix=""):
        p = self.pick("S", typ, g)
        b.render(p[1], p[0], prefix)

    def frame(self, b, key, g, prefix=""):
        p = self.pick("F", key, g)
        if p:
            b.render(p[1], p[0], prefix)

    def message(self, idx):
        r = self.rng
        lang = wchoice(r, LANGS)
        g = group_of(lang)
        channel = wchoice(r, CHANNELS)
        brand = r.choice(self.gen.brands)
        name = r.choice(self.gen.names)
        b = Builder(self.gen, lang, brand, name)
        self.gen.cur_name = name
        u = r.random()
        cat = "high" if u < 0.62 else ("other" if u < 0.71 else "none")
        core = []  # list of ("S"/"neg"/"ask", key)
        if cat == "high":
            least = min(self.type_count[t] for t in PH.HIGH)
            typ = r.choice([t for t in PH.HIGH if self.type_count[t] <= least + 2])
            self.type_count[typ] += 1
            if channel in ("whatsapp", "telegram", "messenger", "x_dm", "instagram_dm") and r.random() < 0.15 \
                    and self.T.get("A", typ, g):
                core.append(("ask", typ))
            else:
                core.append(("S", typ))
            if r.random() < 0.3:
                core.append(("S", r.choice(PH.OTHER)))
        elif cat == "other":
            core.append(("S", r.choice(PH.OTHER)))
        if cat == "none" or r.random() < 0.55:
            core.insert(r.randrange(len(core) + 1), ("neg", None))
            if cat == "none" and r.random() < 0.4:
                core.append(("neg", None))

        def emit_core(sep, prefix=""):
            for i, (kind, key) in enumerate(core):
                if i:
                    b.sep(sep)
                if kind == "S":
                    self.sentence(b, key, g, prefix)
                elif kind == "neg":
                    self.frame(b, "neg", g, prefix)
                else:
                    p = self.pick("A", key, g)
                    b.render(p[1], p[0])

        spoken = [k for k, _ in core if k == "ask"]
        if channel == "x_public" or channel in ("facebook_comment", "instagram_comment"):
            if channel == "x_public" or r.random() < 0.5:
                b.render("{n_mention} ")
            if r.random() < 0.5 and not spoken:
                self.frame(b, "ctx", g)
                b.add(" ")
            emit_core(r.choice([" ", ". ", " - "]))
            if r.random() < 0.5:
                b.add(" ")
                b.render("{n_hashtag}")
            if r.random() < 0.3:
                b.add(r.choice([" 😡", " 🙏", " !!", " 🤬🤬"]))
        elif channel == "email":
            self.frame(b, "subject", g)
            b.add("\n\n")
            self.frame(b, "greet", g)
            b.add("\n\n")
            self.frame(b, "ctx", g)
            b.add(" ")
            emit_core(r.choice(["\n\n", ". ", "\n"]))
            b.add("\n\n")
            self.frame(b, "close", g)
            b.add("\n\n")
            self.frame(b, "signoff", g)
            b.add("\n" + name)
            if cat != "none":
                sig = r.random()
                if sig < 0.6:
                    b.add("\n")
                    b.render("{address:%s_m}" % region_of(lang))
                if sig < 0.8:
                    b.add("\n")
                    b.render(r.choice(["{phone}", "Tel. {phone}", "M: {phone}", "📱 {phone}"]))
                if r.random() < 0.5:
                    b.add("\n")
                    b.render("{email}")
                if r.random() < 0.35:
                    b.add("\n\n")
                    self.frame(b, "quote", g)
                    b.add("\n")
                    qt = r.choice(PH.OTHER + ["neg"])
                    if qt == "neg":
                        self.frame(b, "neg", g, "> ")
                    else:
                        self.sentence(b, qt if qt != "address" else "customer_number", g, "> ")
        elif channel == "agent_reply":
            self.frame(b, "agent", g)
            b.add(" ")
            if cat == "none":
                b.add({"en": "You mentioned: ", "nl": "Je schreef: ", "vl": "U schreef: ", "fr": "Vous avez écrit : "}[g])
                emit_core(" ")
            else:
                # agent quotes the customer's previous message, or echoes a value back
                if cat == "other" or r.random() < 0.35:
                    self.frame(b, "echo", g)
                    core[:] = [c for c in core if c[0] == "neg"]
                    if core:
                        b.add("\n")
                        emit_core(" ")
                else:
                    b.add({"en": "\n\nYour message:\n", "nl": "\n\nJouw bericht:\n", "vl": "\n\nUw bericht:\n",
                           "fr": "\n\nVotre message :\n"}[g])
                    emit_core("\n", "> ")
        else:
            sep = "\n" if channel in ("whatsapp", "telegram") else r.choice(["\n", " ", ". "])
            if channel == "whatsapp" and r.random() < 0.35 and not spoken:
                b.render("[{n_time:hm}] ")
            if r.random() < 0.6 and not spoken:
                self.frame(b, "ctx", g)
                b.sep(sep)
            emit_core(sep)
            if r.random() < 0.5:
                b.sep(sep)
                self.frame(b, "close", g)
        return {"id": "%s-%s-%05d" % (PREFIX, HALVES[self.half], idx), "channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private", "text": b.text,
                "spans": b.spans, "negatives": b.negs}, b.tids


# ------------------------------------------------------------------ validation
def value_ok(t, v):
    s = v.replace(" ", "").replace("-", "").replace(".", "")
    if t == "card":
        return s.isdigit() and V.luhn_ok(s) and len(s) in (15, 16)
    if t == "iban":
        return V.iban_ok(v.replace(" ", ""))
    if t == "bsn":
        return V.bsn_ok(s)
    return True


def validate(recs, tids_by_half):
    errs = []
    for half, rs in recs.items():
        nospan = 0
        for rec in rs:
            tx = rec["text"]
            if PLACE.search(tx):
                errs.append("placeholder in " + rec["id"])
            if rec["visibility"] != ("public" if rec["channel"] in PUBLIC else "private"):
                errs.append("visibility " + rec["id"])
            ivs = []
            for s in rec["spans"]:
                if not (0 <= s["start"] < s["end"] <= len(tx)):
                    errs.append("offset " + rec["id"])
                    continue
                v = tx[s["start"]:s["end"]]
                if v != v.strip():
                    errs.append("whitespace " + rec["id"])
                if s["type"] in PH.HIGH and not v[-1].isalnum():
                    errs.append("punct end %s %r" % (rec["id"], v))
                if not value_ok(s["type"], v):
                    errs.append("checksum %s %s %r" % (rec["id"], s["type"], v))
                ivs.append((s["start"], s["end"]))
            ivs.sort()
            for a, c in zip(ivs, ivs[1:]):
                if c[0] < a[1]:
                    errs.append("span overlap " + rec["id"])
            for n in rec["negatives"]:
                if not (0 <= n["start"] < n["end"] <= len(tx)):
                    errs.append("neg offset " + rec["id"])
                for a in ivs:
                    if n["start"] < a[1] and a[0] < n["end"]:
                        errs.append("neg overlaps span " + rec["id"])
            nospan += not rec["spans"]
        if nospan < 0.25 * len(rs):
            errs.append("%s: only %d messages without spans" % (half, nospan))
        types = collections.Counter(s["type"] for r in rs for s in r["spans"])
        kinds = collections.Counter(n["kind"] for r in rs for n in r["negatives"])
        for t in SPAN_TYPES:
            if not types[t]:
                errs.append("%s: no %s" % (half, t))
            if t in PH.HIGH and types[t] < 40:
                errs.append("%s: only %d %s" % (half, types[t], t))
        for k in NEG_KINDS:
            if not kinds[k]:
                errs.append("%s: no negative %s" % (half, k))
        hr = sum(any(s["type"] in PH.HIGH for s in r["spans"]) for r in rs)
        if hr < 0.45 * len(rs):
            errs.append("%s: only %d high-risk messages" % (half, hr))
    a, b = (set(x for ts in tids_by_half[h] for x in ts) for h in HALVES)
    if a & b:
        errs.append("templates in both halves: %s" % sorted(a & b)[:5])
    # distinct phrasings per high-risk type per half
    for h in HALVES:
        per = collections.defaultdict(set)
        for rec, ts in zip(recs[h], tids_by_half[h]):
            stypes = set(s["type"] for s in rec["spans"])
            for tid in ts:
                if tid.startswith(("S:", "A:", "F:echo")):
                    tpl_types = set(m.group(1) for m in PLACE.finditer(template_text(tid)))
                    for t in stypes & tpl_types & set(PH.HIGH):
                        per[t].add(tid)
        for t in PH.HIGH:
            if len(per[t]) < 12:
                errs.append("%s: only %d phrasings for %s" % (h, len(per[t]), t))
    return errs


_TT = {}


def template_text(tid):
    if not _TT:
        for half in (0, 1):
            for lst in Templates(half).by.values():
                for k, t in lst:
                    _TT[k] = t
    return _TT[tid]


def stats(rs, tids):
    c = {"messages": len(rs)}
    c["spans"] = dict(sorted(collections.Counter(s["type"] for r in rs for s in r["spans"]).items()))
    c["negatives"] = dict(sorted(collections.Counter(n["kind"] for r in rs for n in r["negatives"]).items()))
    c["channels"] = dict(sorted(collections.Counter(r["channel"] for r in rs).items()))
    c["langs"] = dict(sorted(collections.Counter(r["lang"] for r in rs).items()))
    c["no_span"] = sum(not r["spans"] for r in rs)
    c["high_risk_msgs"] = sum(any(s["type"] in PH.HIGH for s in r["spans"]) for r in rs)
    c["neg_cue_msgs"] = sum(any(t.startswith("F:neg:") for t in ts) for ts in tids)
    per = collections.defaultdict(set)
    for r, ts in zip(rs, tids):
        st = set(s["type"] for s in r["spans"])
        for tid in ts:
            if tid.startswith(("S:", "A:", "F:echo")):
                for t in st & set(m.group(1) for m in PLACE.finditer(template_text(tid))) & set(PH.HIGH):
                    per[t].add(tid)
    c["phrasings_per_high_risk_type"] = {t: len(per[t]) for t in PH.HIGH}
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261220)
    ap.add_argument("--per-half", type=int, default=900)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    recs, tids = {}, {}
    for half, hn in enumerate(HALVES):
        c = Corpus(half, a.seed)
        out = [c.message(i) for i in range(a.per_half)]
        recs[hn] = [o[0] for o in out]
        tids[hn] = [o[1] for o in out]
    errs = validate(recs, tids)
    st = {h: stats(recs[h], tids[h]) for h in HALVES}
    print(json.dumps(st, indent=1, ensure_ascii=False))
    if errs:
        print("VALIDATION FAILED (%d):" % len(errs), file=sys.stderr)
        for e in errs[:60]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    if a.dry_run:
        return
    for h in HALVES:
        with open(os.path.join(HERE, h + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs[h]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": a.seed, **st}, f, indent=1, ensure_ascii=False)
    print("wrote dev.jsonl, heldout.jsonl, counts.json")


if __name__ == "__main__":
    main()
