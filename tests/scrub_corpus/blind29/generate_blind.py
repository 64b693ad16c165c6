#!/usr/bin/env python3
"""Deterministic generator for the blind29 scrub corpus.

    python3 generate_blind.py --seed 20261227

writes dev.jsonl and heldout.jsonl beside this file. Standard library only.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import core
import phrases
import templates_be
import templates_en
import templates_fr
import templates_nl

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b29"
FAMS = {"nl": templates_nl, "be": templates_be, "fr": templates_fr, "en": templates_en}
LANG_FAM = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
CATS = ["PLAIN", "CRED", "PAY", "PII", "ANSWER", "AGENT", "PUBLIC", "GREET", "CLOSE", "SIGN", "QHEAD", "EXTRA"]
LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
CHAN_W = [("whatsapp", 15), ("messenger", 8), ("telegram", 4), ("instagram_dm", 6), ("x_dm", 8),
          ("instagram_comment", 5), ("x_public", 10), ("facebook_comment", 6), ("email", 26), ("agent_reply", 12)]
PUBLIC_CH = {"x_public", "instagram_comment", "facebook_comment"}
CHAT_OPEN = {
    "nl": ["Hoi", "Hallo", "Goedemiddag", "hey", "Hoi daar", "Goedenavond", "Beste", "Hallo {brand}"],
    "be": ["Dag", "Hallo", "Goeiemorgen", "Hey", "Goeienavond", "Beste"],
    "fr": ["Bonjour", "Bonsoir", "Salut", "Hello", "Bjr", "Bonjour {brand}"],
    "en": ["Hi", "Hello", "Hey", "Morning", "Hiya", "Evening", "Hi {brand}", "Good afternoon"],
}
CHAT_CLOSE = {
    "nl": ["Alvast bedankt", "thx", "Groetjes", "gr", "dank je", "😕", "🙏"],
    "be": ["Merci", "Alvast bedankt", "mvg", "Groetjes", "🙏"],
    "fr": ["Merci", "Merci d'avance", "Bonne journée", "mrc", "🙏"],
    "en": ["Thanks", "thx", "Cheers", "ta", "TIA", "🙏", "x"],
}


PH = re.compile(r"\{([a-z.]+)")
TYPE_FREQ = Counter()


def type_key(item):
    """The rarest labelled type a frame carries: frames are grouped by it before dealing."""
    text = item[1] if isinstance(item, tuple) else item
    names = {core.ALIASES.get(n, n) for n in PH.findall(text)}
    names = [n for n in names if n in core.SPAN_TYPES or n.startswith("n.")]
    if not names:
        return "none"
    return min(names, key=lambda n: (TYPE_FREQ[n], n))


def deal(items, key, seed):
    """Group a list by the rarest type its members carry, shuffle each group deterministically and
    deal the members alternately to the halves (the alternation runs on across groups)."""
    rng = random.Random(f"{seed}|{key}")
    groups = defaultdict(list)
    for it in items:
        groups[type_key(it)].append(it)
    out, k = [[], []], rng.randrange(2)
    for g in sorted(groups):
        members = groups[g]
        rng.shuffle(members)
        for it in members:
            out[k].append(it)
            k ^= 1
    return out


def build_halves(seed):
    for mod in FAMS.values():
        for cat in CATS:
            for t in getattr(mod, cat):
                for n in set(PH.findall(t)):
                    TYPE_FREQ[core.ALIASES.get(n, n)] += 1
    halves = [dict(t={}, fill={}) for _ in range(2)]
    for fam, mod in FAMS.items():
        for cat in CATS:
            lst = getattr(mod, cat)
            # keep original index for phrasing ids
            idx = [(f"{fam}.{cat}.{i}", x) for i, x in enumerate(lst)]
            d = deal(idx, f"{fam}.{cat}", seed)
            for h in range(2):
                halves[h]["t"][(fam, cat)] = d[h]
        d = deal([(f"{fam}.OPEN.{i}", x) for i, x in enumerate(CHAT_OPEN[fam])], f"{fam}.open", seed)
        e = deal([(f"{fam}.END.{i}", x) for i, x in enumerate(CHAT_CLOSE[fam])], f"{fam}.close", seed)
        for h in range(2):
            halves[h]["t"][(fam, "OPEN")] = d[h]
            halves[h]["t"][(fam, "END")] = e[h]
    for h in range(2):
        hd = halves[h]["fill"]
        hd["brands"] = {org: phrases.BRANDS[org][h] for org in phrases.BRANDS}
        hd["names"] = {lang: {"first": deal(phrases.FIRST[lang], "f" + lang, seed)[h],
                              "last": deal(phrases.LAST[lang], "l" + lang, seed)[h]} for lang in phrases.FIRST}
        hd["agents"] = {f: deal(phrases.AGENTS[f], "a" + f, seed)[h] for f in phrases.AGENTS}
        hd["streets"] = {c: deal(phrases.STREETS[c], "s" + c, seed)[h] for c in phrases.STREETS}
        hd["cities"] = {c: deal(phrases.CITIES[c], "c" + c, seed)[h] for c in phrases.CITIES}
        hd["products"] = {o: deal(phrases.PRODUCTS[o], "p" + o, seed)[h] for o in phrases.PRODUCTS}
        hd["ssids"] = deal(phrases.SSIDS, "ssid", seed)[h]
    return halves


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def split_org(entry):
    org, _, text = entry.partition("|")
    return org, text


class Builder:
    def __init__(self, rng, lang, H):
        self.rng, self.lang, self.H = rng, lang, H
        self.fam = LANG_FAM[lang]
        self.ctx = None
        self.segs = []

    def pick(self, cat, org=None):
        lst = self.H["t"][(self.fam, cat)]
        if org and cat not in ("GREET", "CLOSE", "SIGN", "QHEAD", "EXTRA", "OPEN", "END"):
            cand = [x for x in lst if split_org(x[1])[0] in (org, "*")]
            if cand:
                lst = cand
        return self.rng.choice(lst)

    def start(self, entry):
        org, _ = split_org(entry[1])
        if org == "*":
            org = self.rng.choice("tebs")
        self.ctx = core.Ctx(self.rng, self.lang, org, self.H["fill"], entry[0])
        return org

    def add(self, tid_text, plain_text=None):
        if plain_text is not None:
            self.segs += core.render(plain_text, self.ctx, tid_text)
        else:
            tid, t = tid_text
            if "|" in t[:2]:
                t = split_org(t)[1]
            self.segs += core.render(t, self.ctx, tid)

    def lit(self, s):
        self.segs.append((s, None))


def noisy(segs, rng, channel):
    """Sloppy writing applied to unlabelled text only: lower case, caps, typos, dropped punctuation."""
    if channel in ("email", "agent_reply"):
        mode = "typo" if rng.random() < 0.15 else None
    else:
        r = rng.random()
        mode = "lower" if r < 0.2 else "caps" if r < 0.24 else "typo" if r < 0.45 else "nopunct" if r < 0.55 else None
    if not mode:
        return segs
    out = []
    typo_done = False
    for s, lab in segs:
        if lab is None:
            if mode == "lower":
                s = s.lower()
            elif mode == "caps":
                s = s.upper()
            elif mode == "nopunct":
                s = re.sub(r"[.,;!?](?=\s|$)", "", s)
            elif mode == "typo" and not typo_done:
                words = [m for m in re.finditer(r"[A-Za-zéèàç]{5,}", s)]
                if words:
                    m = rng.choice(words)
                    w = m.group(0)
                    i = rng.randrange(1, len(w) - 2)
                    kind = rng.random()
                    if kind < 0.4:
                        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                    elif kind < 0.7:
                        w2 = w[:i] + w[i + 1:]
                    else:
                        w2 = w[:i] + w[i] + w[i:]
                    s = s[:m.start()] + w2 + s[m.end():]
                    typo_done = True
        out.append((s, lab))
    return out


def make_message(rng, H, channel, lang):
    b = Builder(rng, lang, H)
    fam = b.fam
    if channel in PUBLIC_CH:
        e = b.pick("PUBLIC") if rng.random() < 0.8 else b.pick("PLAIN")
        b.start(e)
        if e[0].split(".")[1] == "PLAIN":
            b.segs.extend(core.render("{n.mention} ", b.ctx, e[0]))
        b.add(e)
        if rng.random() < 0.25 and "#" not in "".join(s for s, _ in b.segs):
            b.lit(" ")
            b.segs.extend(core.render("{n.hashtag}", b.ctx, e[0]))
    elif channel == "agent_reply":
        e = b.pick("AGENT")
        b.start(e)
        b.add(e)
    elif channel == "email":
        cat = wpick(rng, [("PLAIN", 50), ("CRED", 16), ("PAY", 14), ("PII", 20)])
        e = b.pick(cat)
        org = b.start(e)
        b.add(b.pick("GREET"))
        b.lit("\n\n")
        b.add(e)
        extras = list(H["t"][(fam, "EXTRA")])
        rng.shuffle(extras)
        target = rng.randint(600, 1500)
        used_plain = 0
        quote = rng.random() < 0.4

        def cur():
            return sum(len(s) for s, _ in b.segs) + (120 if quote else 0) + 50
        while cur() < target and (extras or used_plain < 3):
            if extras and (rng.random() < 0.65 or used_plain >= 3):
                b.lit("\n\n" if rng.random() < 0.6 else " ")
                b.add(extras.pop())
            else:
                b.lit("\n\n")
                b.add(b.pick(rng.choice(["PLAIN", "PLAIN", "PII"]), org))
                used_plain += 1
        b.lit("\n\n")
        b.add(b.pick("CLOSE"))
        b.lit("\n")
        b.add(b.pick("SIGN"))
        if quote:
            b.lit("\n\n")
            b.add(b.pick("QHEAD"))
            b.lit("\n")
            a = b.pick("AGENT", org)
            qsegs = core.render(split_org(a[1])[1], b.ctx, a[0])
            b.segs += core.quote_segs(qsegs)
    else:
        cat = wpick(rng, [("PLAIN", 46), ("CRED", 18), ("PAY", 9), ("PII", 16), ("ANSWER", 11)])
        e = b.pick(cat)
        org = b.start(e)
        if cat != "ANSWER" and rng.random() < 0.45:
            b.add(b.pick("OPEN"))
            b.lit(rng.choice([", ", " ", "!\n", "\n", ". "]))
        b.add(e)
        if cat != "ANSWER" and rng.random() < 0.12:
            b.lit("\n")
            b.add(b.pick(rng.choice(["PLAIN", "PII", "CRED"]), org))
        if cat != "ANSWER" and rng.random() < 0.3:
            b.lit(rng.choice([" ", "\n", ". "]))
            b.add(b.pick("END"))
    segs = noisy(b.segs, rng, channel)
    return core.assemble(segs)


def generate(seed):
    H2 = build_halves(seed)
    out = {}
    for h, name in enumerate(["dev", "heldout"]):
        rng = random.Random(seed * 2 + h)
        n = 940 + rng.randint(0, 40)
        recs = []
        for i in range(n):
            lang = wpick(rng, LANG_W)
            channel = wpick(rng, CHAN_W)
            text, spans, negs = make_message(rng, H2[h], channel, lang)
            rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC_CH else "private", "text": text,
                   "spans": spans, "negatives": negs}
            core.self_check(rec)
            recs.append(rec)
        out[name] = recs
    return out


def strip(rec):
    r = dict(rec)
    r["spans"] = [{k: s[k] for k in ("type", "start", "end")} for s in rec["spans"]]
    r["negatives"] = [{k: s[k] for k in ("kind", "start", "end")} for s in rec["negatives"]]
    return r


def stats(recs):
    st = {"messages": len(recs), "no_span": 0, "high_risk": 0, "hard_neg": 0}
    sp, phr, ng, ch, lg = Counter(), defaultdict(set), Counter(), Counter(), Counter()
    for r in recs:
        st["no_span"] += not r["spans"]
        st["high_risk"] += any(s["type"] in core.HIGH_RISK for s in r["spans"])
        st["hard_neg"] += bool(r["negatives"])
        for s in r["spans"]:
            sp[s["type"]] += 1
            phr[s["type"]].add(s["_tid"])
        for x in r["negatives"]:
            ng[x["kind"]] += 1
        ch[r["channel"]] += 1
        lg[r["lang"]] += 1
    return st, sp, {k: len(v) for k, v in phr.items()}, ng, ch, lg


def tables(out):
    S = {n: stats(r) for n, r in out.items()}
    L = []

    def tab(title, head, rows):
        L.append(f"\n### {title}\n")
        L.append("| " + " | ".join(head) + " |")
        L.append("|" + "---|" * len(head))
        for row in rows:
            L.append("| " + " | ".join(str(x) for x in row) + " |")
    d, h = S["dev"], S["heldout"]
    tab("Messages", ["", "dev", "heldout"], [[k, d[0][k], h[0][k]] for k in ("messages", "no_span", "high_risk", "hard_neg")])
    types = sorted(set(d[1]) | set(h[1]))
    tab("Spans per type (count / distinct phrasings)", ["type", "dev", "heldout"],
        [[t, f"{d[1][t]} / {d[2].get(t, 0)}", f"{h[1][t]} / {h[2].get(t, 0)}"] for t in types])
    kinds = sorted(set(d[3]) | set(h[3]))
    tab("Negatives per kind", ["kind", "dev", "heldout"], [[k, d[3][k], h[3][k]] for k in kinds])
    tab("Channels", ["channel", "dev", "heldout"], [[c, d[4][c], h[4][c]] for c in sorted(set(d[4]) | set(h[4]))])
    tab("Languages", ["lang", "dev", "heldout"], [[c, d[5][c], h[5][c]] for c in sorted(set(d[5]) | set(h[5]))])
    return "\n".join(L)


def check_disjoint(out):
    """No phrasing id shared by the halves."""
    ids = [set(), set()]
    for h, name in enumerate(["dev", "heldout"]):
        for r in out[name]:
            for s in r["spans"] + r["negatives"]:
                ids[h].add(s["_tid"])
    both = ids[0] & ids[1]
    if both:
        raise SystemExit(f"phrasing shared by both halves: {sorted(both)[:5]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261227)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--tables", action="store_true", help="print the README count tables")
    a = ap.parse_args()
    out = generate(a.seed)
    check_disjoint(out)
    for name, recs in out.items():
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(strip(r), ensure_ascii=False) + "\n")
    if a.tables:
        print(tables(out))
    if a.stats:
        for name, recs in out.items():
            st, sp, phr, ng, ch, lg = stats(recs)
            print(f"## {name}")
            print(st)
            print({k: (sp[k], phr[k]) for k in sorted(sp)})
            print(dict(sorted(ng.items())))
            print(dict(sorted(ch.items())))
            print(dict(sorted(lg.items())))


if __name__ == "__main__":
    main()
