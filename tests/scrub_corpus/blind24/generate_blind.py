#!/usr/bin/env python3
"""Deterministic generator for the blind24 scrub corpus.

    python3 generate_blind.py --seed 20261222 [--readme]

Writes dev.jsonl and heldout.jsonl beside this file (and README.md with --readme).
Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import templates  # noqa: E402
import values  # noqa: E402

LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
KIND_W = [("chat", 31), ("chat_form", 1), ("pub", 14), ("agent", 14), ("note", 3), ("email_thread", 21),
          ("email_fwd", 4), ("email_ooo", 3), ("email_form", 3), ("email_table", 3), ("agent_email", 4)]
CHAT_CH = {
    "nl": [("whatsapp", 40), ("messenger", 15), ("telegram", 5), ("instagram_dm", 20), ("x_dm", 20)],
    "nl-be": [("whatsapp", 30), ("messenger", 30), ("telegram", 5), ("instagram_dm", 20), ("x_dm", 15)],
    "fr-be": [("whatsapp", 30), ("messenger", 30), ("telegram", 10), ("instagram_dm", 15), ("x_dm", 15)],
    "en-gb": [("whatsapp", 30), ("messenger", 15), ("telegram", 10), ("instagram_dm", 15), ("x_dm", 30)],
    "en-us": [("whatsapp", 10), ("messenger", 25), ("telegram", 10), ("instagram_dm", 25), ("x_dm", 30)],
}
PUB_CH = [("x_public", 45), ("facebook_comment", 35), ("instagram_comment", 20)]
ALT_LANG = {"nl": [("en-gb", 0.1)], "nl-be": [("fr-be", 0.3)], "fr-be": [("nl-be", 0.3)],
            "en-gb": [("nl", 0.15)], "en-us": [("nl", 0.1)]}
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}
N_PER_HALF = {0: 965, 1: 955}


GREETWORDS = {"hoi", "hallo", "hi", "hey", "hiya", "hello", "bonjour", "bonsoir", "dag", "goedemiddag", "goedemorgen",
              "goeiemiddag", "goeiedag", "goeiemorgen", "salut", "bjr", "good", "yo"}
EMOJI = [" 🙏", " 😡", " 😅", " 🙄", "!!", " ??", " 😩", " 👍", " :(", " :)"]


def noisy(tpl, rng, p):
    """Typing noise on the literal parts of a template (never inside a value)."""
    if rng.random() >= p:
        return tpl
    parts = []
    pos = 0
    for m in core.PH.finditer(tpl):
        parts.append((True, tpl[pos:m.start()]))
        parts.append((False, m.group(0)))
        pos = m.end()
    parts.append((True, tpl[pos:]))
    op = rng.choice(["lower", "lower", "typo", "typo", "typo", "caps", "nopunct", "emoji"])
    lit = [i for i, (isl, t) in enumerate(parts) if isl and t]
    if op == "lower":
        parts = [(isl, t.lower() if isl else t) for isl, t in parts]
    elif op == "caps":
        parts = [(isl, t.upper() if isl else t) for isl, t in parts]
    elif op == "typo":
        cands = []
        for i in lit:
            for m in re.finditer(r"[^\W\d_]{5,}", parts[i][1]):
                cands.append((i, m.start(), m.end()))
        if cands:
            i, s, e = rng.choice(cands)
            w = parts[i][1][s:e]
            k = rng.randrange(1, len(w) - 2)
            kind = rng.choice(["swap", "drop", "double"])
            if kind == "swap":
                w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            elif kind == "drop":
                w2 = w[:k] + w[k + 1:]
            else:
                w2 = w[:k] + w[k] + w[k:]
            t = parts[i][1]
            parts[i] = (True, t[:s] + w2 + t[e:])
    elif op == "nopunct":
        parts = [(isl, re.sub(r"[.,?!;:]+(\s|$)", r"\1", t) if isl else t) for isl, t in parts]
    elif op == "emoji":
        if parts[-1][0]:
            parts[-1] = (True, parts[-1][1].rstrip(".") + rng.choice(EMOJI))
    return "".join(t for _, t in parts)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


class Gen:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = values.Pools(half)
        self.tpl = templates.build()[half]
        self.used = collections.Counter()

    def pick(self, ctx, cat):
        g = templates.LANG_GROUP[ctx.lang]
        lst = self.tpl.get((g, cat), [])
        ok = [t for t in lst if t[2] in (None, ctx.lang)]
        if not ok:
            ok = lst
        # prefer less used templates a little, for spread
        tid, tpl, _ = min(self.rng.sample(ok, min(2, len(ok))), key=lambda t: self.used[t[0]])
        self.used[tid] += 1
        p = {"CHAT": 0.3, "PUB": 0.25, "OPEN": 0.2, "MAIL": 0.06, "FWDBODY": 0.1, "NOTE": 0.15}.get(cat, 0.0)
        return core.render(noisy(tpl, self.rng, p), ctx, tid)

    def other_lang_ctx(self, ctx):
        for lang2, p in ALT_LANG[ctx.lang]:
            if self.rng.random() < p:
                c2 = values.Ctx.__new__(values.Ctx)
                c2.__dict__.update(ctx.__dict__)
                c2.lang = lang2
                c2.lb = values.lang_base(lang2)
                c2.loc = values.LOCALE_OF[lang2]
                return c2
        return ctx

    # ------------------------------------------------------------ builders
    def chat(self, ctx):
        r = self.rng.random()
        body = self.pick(ctx, "CHAT")
        if r < 0.08:
            body = core.cat(self.pick(ctx, "CHAT"), "\n", body)
        first = re.split(r"[\s,!]", body.text.lower(), 1)[0]
        if self.rng.random() < 0.25 and not body.text[:1].isupper() and first not in GREETWORDS:
            body = core.cat(self.pick(ctx, "OPEN"), body)
        return body

    def customer_mail(self, ctx, paras=None):
        paras = paras or (1 if self.rng.random() < 0.85 else 2)
        items = [self.pick(ctx, "MAIL") for _ in range(paras)]
        if self.rng.random() < 0.55:
            c = self.pick(ctx, "CONTEXT")
            if self.rng.random() < 0.5:
                items.insert(0, c)
            else:
                items.append(c)
        body = core.join(items, "\n\n")
        parts = [self.pick(ctx, "GREET"), "\n\n", body, "\n\n", self.pick(ctx, "CLOSE"), "\n", self.pick(ctx, "SIG")]
        return core.cat(*parts)

    def agent_mail(self, ctx):
        parts = [self.pick(ctx, "AGREET"), "\n\n", self.pick(ctx, "AMAIL")]
        if self.rng.random() < 0.6:
            parts += ["\n\n", self.pick(ctx, "AEXTRA")]
        return core.cat(*parts, "\n\n", self.pick(ctx, "ASIG"))

    def quoted(self, ctx, head_cat, inner):
        head = self.pick(ctx, head_cat)
        outlook = "\n" in head.text
        if outlook:
            return core.cat(head, "\n\n", inner)
        prefix = "> " if self.rng.random() < 0.8 else ">"
        return core.cat(head, "\n", core.quote(inner, prefix))

    def email_thread(self, ctx):
        depth = wchoice(self.rng, [(0, 12), (1, 42), (2, 33), (3, 13)])
        actx = self.other_lang_ctx(ctx)
        inner = None
        if depth >= 3:
            inner = self.customer_mail(ctx, 1)
        if depth >= 2:
            c = self.customer_mail(ctx, 1)
            if inner is not None:
                c = core.cat(c, "\n\n", self.quoted(actx, "QHEAD_AGENT", self.agent_mail(actx)))
            inner = c
        if depth >= 1:
            a = self.agent_mail(actx)
            if inner is not None:
                a = core.cat(a, "\n\n", self.quoted(actx, "QHEAD_CUST", inner))
            inner = a
        top = self.customer_mail(ctx)
        if inner is not None:
            top = core.cat(top, "\n\n", self.quoted(ctx, "QHEAD_AGENT", inner))
        return top

    def agent_email(self, ctx):
        a = self.agent_mail(ctx)
        if self.rng.random() < 0.7:
            a = core.cat(a, "\n\n", self.quoted(ctx, "QHEAD_CUST", self.customer_mail(ctx, 1)))
        return a

    def email_fwd(self, ctx):
        note = self.pick(ctx, "FWDNOTE")
        if self.rng.random() < 0.7:
            note = core.cat(note, " ", self.pick(ctx, "CONTEXT"))
        head = core.cat(self.pick(ctx, "GREET"), "\n\n", note, "\n\n",
                        self.pick(ctx, "CLOSE"), "\n", self.pick(ctx, "SIG"))
        return core.cat(head, "\n\n", self.pick(ctx, "FWD"), "\n\n", self.pick(ctx, "FWDBODY"))

    def email_ooo(self, ctx):
        o = self.pick(ctx, "OOO")
        if self.rng.random() < 0.5:
            o = core.cat(o, "\n\n", self.quoted(ctx, "QHEAD_AGENT", self.agent_mail(ctx)))
        return o

    def with_request(self, ctx, seg):
        """Append the agent e-mail that asked for the details, quoted."""
        if self.rng.random() < 0.65:
            return core.cat(seg, "\n\n", self.quoted(ctx, "QHEAD_AGENT", self.agent_mail(ctx)))
        return seg

    def email_form(self, ctx):
        return self.with_request(ctx, core.cat(
            self.pick(ctx, "GREET"), "\n\n", self.pick(ctx, "FORMNOTE"), "\n\n", self.pick(ctx, "FORM"),
            "\n\n", self.pick(ctx, "CLOSE"), "\n", self.pick(ctx, "SIG")))

    def chat_form(self, ctx):
        return self.pick(ctx, "FORM")

    def email_table(self, ctx):
        return self.with_request(ctx, core.cat(
            self.pick(ctx, "GREET"), "\n\n", self.pick(ctx, "TABLENOTE"), "\n\n", self.pick(ctx, "TABLE"),
            "\n\n", self.pick(ctx, "CLOSE"), "\n", self.pick(ctx, "SIG")))

    def one(self):
        rng = self.rng
        lang = wchoice(rng, LANG_W)
        kind = wchoice(rng, KIND_W)
        ctx = values.Ctx(rng, self.pools, lang)
        if kind in ("chat", "chat_form"):
            channel = wchoice(rng, CHAT_CH[lang])
        elif kind == "pub":
            channel = wchoice(rng, PUB_CH)
        elif kind in ("agent", "note", "agent_email"):
            channel = "agent_reply"
        else:
            channel = "email"
        seg = {"chat": self.chat, "chat_form": self.chat_form, "pub": lambda c: self.pick(c, "PUB"),
               "agent": lambda c: self.pick(c, "AGENT"), "note": lambda c: self.pick(c, "NOTE"),
               "email_thread": self.email_thread, "email_fwd": self.email_fwd, "email_ooo": self.email_ooo,
               "email_form": self.email_form, "email_table": self.email_table, "agent_email": self.agent_email}[kind](ctx)
        return kind, lang, channel, seg

    def run(self, n):
        out = []
        seen = set()
        while len(out) < n:
            kind, lang, channel, seg = self.one()
            if kind.startswith("email") and len(seg.text) > 2300:
                continue
            if seg.text in seen:
                continue
            seen.add(seg.text)
            out.append((kind, lang, channel, seg))
        self.rng.shuffle(out)
        return out


def to_record(prefix, name, i, lang, channel, seg):
    spans = sorted(seg.spans, key=lambda x: x[1])
    negs = sorted(seg.negs, key=lambda x: x[1])
    return {
        "id": "%s-%s-%05d" % (prefix, name, i),
        "channel": channel,
        "lang": lang,
        "visibility": "public" if channel in PUBLIC else "private",
        "text": seg.text,
        "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in spans],
        "negatives": [{"kind": k, "start": s, "end": e} for k, s, e, _ in negs],
    }


def self_check(records, tids):
    errs = []
    for r in records:
        for e in core.check_record(r):
            errs.append("%s: %s" % (r["id"], e))
    # the halves must share no template and no filler
    if tids[0] & tids[1]:
        errs.append("templates shared between halves: %s" % sorted(tids[0] & tids[1])[:5])
    shared = values.Pools(0).all_fillers() & values.Pools(1).all_fillers()
    if shared:
        errs.append("fillers shared between halves: %s" % sorted(shared)[:10])
    # brand words: none may occur in the templates or fillers of both halves
    import phrases
    src = {}
    for h in (0, 1):
        txt = [tpl for lst in templates.build()[h].values() for _, tpl, _ in lst]
        txt += sorted(values.Pools(h).all_fillers())
        src[h] = "\n".join(txt).lower()
    for b in phrases.BRANDS:
        if b.lower() in src[0] and b.lower() in src[1]:
            errs.append("brand %r occurs in both halves" % b)
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    if errs:
        for e in errs[:50]:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        raise SystemExit("self-check failed with %d errors" % len(errs))


def stats(records, srcs):
    st = collections.OrderedDict()
    st["messages"] = len(records)
    st["without spans"] = sum(1 for r in records if not r["spans"])
    st["with a high-risk span"] = sum(1 for r in records if any(s["type"] in core.HIGH_RISK for s in r["spans"]))
    st["with a hard negative"] = sum(1 for r in records if r["negatives"])
    st["e-mails of 0.5-2 KB"] = sum(1 for r in records if r["channel"] == "email" and 500 <= len(r["text"].encode()) <= 2048)
    st["messages of 0.5-2 KB (any channel)"] = sum(1 for r in records if 500 <= len(r["text"].encode()) <= 2048)
    span_n = collections.Counter(s["type"] for r in records for s in r["spans"])
    neg_n = collections.Counter(n["kind"] for r in records for n in r["negatives"])
    phr = {t: len(v) for t, v in srcs.items()}
    ch = collections.Counter(r["channel"] for r in records)
    lg = collections.Counter(r["lang"] for r in records)
    return st, span_n, phr, neg_n, ch, lg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261222)
    ap.add_argument("--prefix", default="b24")
    ap.add_argument("--readme", action="store_true", help="also rewrite README.md with the count tables")
    args = ap.parse_args()
    all_records = []
    tids = {0: set(), 1: set()}
    report = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        g = Gen(half, args.seed)
        msgs = g.run(N_PER_HALF[half])
        recs = []
        srcs = collections.defaultdict(set)
        for i, (kind, lang, channel, seg) in enumerate(msgs):
            recs.append(to_record(args.prefix, name, i, lang, channel, seg))
            for t, s, e, src in seg.spans:
                srcs[t].add(src)
                tids[half].add(src)
            for k, s, e, src in seg.negs:
                tids[half].add(src)
        tids[half].update(t for t, c in g.used.items() if c)
        all_records += recs
        report[name] = (recs, stats(recs, srcs))
    self_check(all_records, tids)
    for name, (recs, _) in report.items():
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    md = tables_md(report)
    if args.readme:
        import readme
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme.TEXT.replace("{SEED}", str(args.seed)).replace("{TABLES}", md))
    print(md)


def tables_md(report):
    names = list(report)
    out = []
    st = {n: report[n][1] for n in names}
    out.append("| | " + " | ".join(names) + " |")
    out.append("|---|" + "---:|" * len(names))
    for k in st[names[0]][0]:
        out.append("| %s | %s |" % (k, " | ".join(str(st[n][0][k]) for n in names)))
    out.append("")
    out.append("Spans per type (count / distinct phrasings carrying the type):")
    out.append("")
    out.append("| type | " + " | ".join(names) + " |")
    out.append("|---|" + "---:|" * len(names))
    for t in core.SPAN_TYPES:
        out.append("| %s | %s |" % (t, " | ".join("%d / %d" % (st[n][1][t], st[n][2].get(t, 0)) for n in names)))
    for title, idx, keys in (("Negatives per kind", 3, core.NEG_KINDS),
                             ("Channels", 4, ["whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment",
                                              "x_dm", "x_public", "facebook_comment", "email", "agent_reply"]),
                             ("Languages", 5, ["nl", "nl-be", "fr-be", "en-gb", "en-us"])):
        out.append("")
        out.append(title + ":")
        out.append("")
        out.append("| | " + " | ".join(names) + " |")
        out.append("|---|" + "---:|" * len(names))
        for k in keys:
            out.append("| %s | %s |" % (k, " | ".join(str(st[n][idx][k]) for n in names)))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
