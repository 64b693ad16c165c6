#!/usr/bin/env python3
"""Deterministic generator for scrub corpus blind34 (written blind). Usage: python3 generate_blind.py --seed 20261232"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core  # noqa: E402
import templates_en  # noqa: E402
import templates_fr  # noqa: E402
import templates_nl  # noqa: E402
import wrappers as W  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b34"
N_PER_HALF = 950
SLOT = re.compile(r"\[\[([^\]]+)\]\]")
FAMS = {"nl": templates_nl.T, "vl": templates_nl.VL, "fr": templates_fr.T, "en": templates_en.T}
CAT_W = {"hack": 18, "otp": 14, "sim": 12, "card": 12, "refund": 5, "wifi": 4, "travel": 8, "food": 7, "shop": 6,
         "dev": 4, "clean": 12, "chat": 6}
LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
CH_W = [("email", 25), ("agent_reply", 12), ("x_public", 5), ("instagram_comment", 4), ("facebook_comment", 5),
        ("whatsapp", 14), ("messenger", 9), ("telegram", 7), ("instagram_dm", 10), ("x_dm", 9)]
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}
EMOJI = ["😭", "🙏", "😡", "🤬", "💀", "😤", "🙄", "😩", "‼️", "🥲", "😂", "🤡", "🔥", "👀"]


def deal(lst, half, seed, key):
    """Shuffle a group deterministically (same order for both halves) and deal members alternately."""
    order = list(lst)
    random.Random(f"{seed}:{key}").shuffle(order)
    return [x for i, x in enumerate(order) if i % 2 == half]


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        d = lambda lst, key: deal(lst, half, seed, key)  # noqa: E731
        self.tpl = {}
        for fk, tt in FAMS.items():
            for cat, lst in tt.items():
                self.tpl[(fk, cat)] = d(lst, f"tpl:{fk}:{cat}")
        self.w = {}
        for name in ["GREET", "INTRO", "FILLER", "CLOSE", "QHEAD", "SIG", "VOICE", "FIRST", "LAST"]:
            self.w[name] = {f: d(v, f"{name}:{f}") for f, v in getattr(W, name).items()}
        self.agent = d(W.AGENT, "agent")
        self.brands = {k: d(v, f"brand:{k}") for k, v in W.BRANDS.items()}
        self.handles = d(W.HANDLES, "handles")
        self.streets = {k: d(v, f"street:{k}") for k, v in W.STREETS.items()}
        self.cities = {k: d(v, f"city:{k}") for k, v in W.CITIES.items()}
        self.phrasings = collections.defaultdict(set)

    # ------------------------------------------------------------------ values
    def address(self, lang, ml=False):
        r = self.r
        st, (city, pc) = r.choice(self.streets[lang]), r.choice(self.cities[lang])
        n = r.randint(1, 240)
        sep = "\n" if ml else r.choice([", ", " ", ", "])
        if lang == "nl":
            code = f"{pc}{r.randint(10, 99)} {core.rs(r, 'ABCDEFGHJKLMNPRSTVWXZ', 2)}"
            num = f"{n}" + r.choice(["", "", "a", "-2", " bis"])
            return f"{st} {num}{sep}{code} {city}" if r.random() < 0.85 or ml else f"{st} {num}"
        if lang == "nl-be":
            return f"{st} {n}{r.choice(['', '', '/2', ' bus 3'])}{sep}{pc} {city}"
        if lang == "fr-be":
            return f"{st} {n}{r.choice(['', '', '/4', ' bte 2'])}{sep}{pc} {city}"
        if lang == "en-gb":
            return f"{r.choice(['', 'Flat 2, ', 'Flat 11, '])}{n} {st}{sep}{city} {pc} {r.randint(1, 9)}{core.rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        return f"{n} {st}{r.choice(['', ', Apt 3B', ' #12'])}{sep}{city} {pc}"

    def masked(self, lang, ctx):
        r = self.r
        last = ctx.get("prev", {})
        k = r.randrange(6)
        if k == 0 or "card" in last:
            d4 = re.sub(r"\D", "", last.get("card", "")) [-4:] or core.rs(r, core.DIG, 4)
            return r.choice([f"**** {d4}", f"**** **** **** {d4}", f"•••• {d4}", f"xxxx-xxxx-xxxx-{d4}", f"XXXX{d4}"])
        if k == 1:
            return r.choice(["+31 6 ** ** ** ", "04** ** ** ", "07*** ***", "+32 4** ** ** "]) + core.rs(r, core.DIG, 2)
        if k == 2:
            first = ctx["first"].lower()[0]
            return f"{first}***@{r.choice(['gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com'])}"
        if k == 3:
            return r.choice(["NL** **** **** ", "BE** **** **** ", "GB** **** **** "]) + core.rs(r, core.DIG, 4)
        if k == 4:
            return "•" * r.randint(6, 10)
        return r.choice(["****", "***-***", "******"]) + core.rs(r, core.DIG, 2)

    # ------------------------------------------------------------------ rendering
    def style(self, s, st):
        r = self.r
        if not s:
            return s
        if st.get("lower"):
            s = s.lower()
        if st.get("caps"):
            s = s.upper()
        if st.get("typo") and r.random() < 0.35:
            words = [m for m in re.finditer(r"[A-Za-zéèà]{4,}", s)]
            if words:
                m = r.choice(words)
                w = m.group(0)
                i = r.randrange(len(w) - 1)
                k = r.randrange(3)
                if k == 0:
                    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                elif k == 1:
                    w2 = w[:i] + w[i + 1:]
                else:
                    w2 = w[:i] + w[i] + w[i:]
                s = s[:m.start()] + w2 + s[m.end():]
        if st.get("nopunct"):
            s = re.sub(r"[,.!?;:]", "", s)
        return s

    def render(self, b, tpl, lang, ctx, st=None, tag=None):
        st = st or {}
        r = self.r
        pos = 0
        for m in SLOT.finditer(tpl):
            b.lit(self.style(tpl[pos:m.start()], st))
            pos = m.end()
            slot = m.group(1)
            name, _, var = slot.partition(":")
            var = var or None
            if name.startswith("@"):
                f = name[1:]
                if f == "me":
                    b.lit(ctx["first"])
                elif f == "agent":
                    b.lit(ctx["agent"])
                elif f == "agentinit":
                    ctx.setdefault("init", ctx["agent"][0] + r.choice("ABDKLMSTVW"))
                    b.lit(ctx["init"])
                else:
                    b.lit(r.choice(self.brands[f]))
            elif name.startswith("~"):
                k = name[1:]
                if k == "mention":
                    v = r.choice(self.handles)
                elif k == "masked_value":
                    v = self.masked(lang, ctx)
                else:
                    v = core.NEG[k](r, lang, var)
                b.neg(k, v)
            else:
                if name == "address":
                    v = self.address(lang, ml=(var == "ml"))
                elif name == "email":
                    if ctx.get("emails_used", 0) and r.random() < 0.6:
                        v = core.v_email(r, lang, var, r.choice(self.w["FIRST"][core.fam(lang)]), r.choice(self.w["LAST"][core.fam(lang)]))
                    else:
                        v = core.v_email(r, lang, var if var else ("obf" if r.random() < 0.1 else None), ctx["first"], ctx["last"])
                    ctx["emails_used"] = ctx.get("emails_used", 0) + 1
                elif name == "cvv":
                    v = core.v_cvv(r, lang, "amex" if len(re.sub(r"\D", "", ctx.get("prev", {}).get("card", ""))) == 15 else None)
                elif name in ("pin", "otp", "phone") and var is None and st.get("voice") and r.random() < 0.6:
                    v = core.GEN[name](r, lang, "spelled")
                else:
                    v = core.GEN[name](r, lang, var)
                ctx.setdefault("prev", {})[name] = v
                b.span(name, v)
                self.phrasings[name].add(tag or tpl)
        b.lit(self.style(tpl[pos:], st))

    # ------------------------------------------------------------------ messages
    def pick_frag(self, fk_list, cat=None, used=None):
        r = self.r
        used = used if used is not None else set()
        for _ in range(60):
            c = cat or wpick(r, list(CAT_W.items()))
            fk = r.choice(fk_list)
            lst = [t for t in self.tpl.get((fk, c), []) if t not in used]
            if lst:
                t = r.choice(lst)
                used.add(t)
                return t, c
            cat = None
        return r.choice(self.tpl[(fk_list[0], "chat")]), "chat"

    def chat_style(self):
        r = self.r
        st = {}
        x = r.random()
        if x < 0.3:
            st["lower"] = True
        elif x < 0.35:
            st["caps"] = True
        if r.random() < 0.4:
            st["typo"] = True
        return st

    def message(self):
        r = self.r
        lang = wpick(r, LANG_W)
        f = core.fam(lang)
        fks = {"nl": ["nl"], "nl-be": ["nl", "vl", "vl"], "fr-be": ["fr"], "en-gb": ["en"], "en-us": ["en"]}[lang]
        ch = wpick(r, CH_W)
        ctx = {"first": r.choice(self.w["FIRST"][f]), "last": r.choice(self.w["LAST"][f]),
               "agent": r.choice(self.agent)}
        b = core.Builder()
        if ch in PUBLIC:
            if r.random() < 0.7:
                tpl, _ = self.pick_frag(fks, "public")
            else:
                tpl, _ = self.pick_frag(fks, r.choice(["clean", "hack", "otp", "sim", "card", "travel", "food", "shop", "chat"]))
                if r.random() < 0.6:
                    b.neg("mention", r.choice(self.handles))
                    b.lit(" ")
            self.render(b, tpl, lang, ctx, self.chat_style())
            if r.random() < 0.4:
                b.lit(" " + r.choice(EMOJI))
        elif ch == "agent_reply":
            n = 1 if r.random() < 0.75 else 2
            for i in range(n):
                if i:
                    b.lit(r.choice([" ", "\n\n"]))
                tpl, _ = self.pick_frag(fks, "agent")
                self.render(b, tpl, lang, ctx)
        elif ch == "email":
            self.email(b, lang, fks, ctx)
        else:
            st = self.chat_style()
            voice = r.random() < 0.1
            if voice:
                st = {"lower": True, "nopunct": r.random() < 0.5, "voice": True}
                b.lit(r.choice(self.w["VOICE"][f]).replace("{S}", f"{r.randint(5, 59):02d}"))
            n = r.choice([1, 1, 1, 2, 2, 3])
            main = wpick(r, list(CAT_W.items()))
            used = set()
            for i in range(n):
                if i:
                    b.lit(r.choice(["\n", "\n", " ", "\n\n", " ... ", "\n"]))
                cat = main if r.random() < 0.65 else None
                if i == 0 and r.random() < 0.1:
                    cat = "chat"
                tpl, _ = self.pick_frag(fks, cat, used)
                self.render(b, tpl, lang, ctx, st)
            if r.random() < 0.25 and not voice:
                b.lit(" " + r.choice(EMOJI) * r.randint(1, 3))
        text, spans, negs = b.render()
        return {"channel": ch, "lang": lang, "visibility": "public" if ch in PUBLIC else "private",
                "text": text, "spans": spans, "negatives": negs}

    def email(self, b, lang, fks, ctx):
        r = self.r
        f = core.fam(lang)
        W_ = self.w
        b.lit(r.choice(W_["GREET"][f]) + "\n\n")
        b.lit(r.choice(W_["INTRO"][f]) + " ")
        n = r.choice([3, 3, 4, 4, 5])
        main = wpick(r, [(k, w) for k, w in CAT_W.items() if k != "chat"])
        used, fill = set(), list(W_["FILLER"][f])
        r.shuffle(fill)
        for i in range(n):
            tpl, cat = self.pick_frag(fks, main if r.random() < 0.6 else None, used)
            while cat == "chat":
                tpl, cat = self.pick_frag(fks, None, used)
            if i and fill and r.random() < 0.6:
                b.lit(fill.pop() + " ")
            self.render(b, tpl, lang, ctx, {"typo": r.random() < 0.2})
            b.lit(r.choice([".\n\n", "\n\n", ". ", "\n", ". "]))
        b.lit((fill.pop() if fill else "") + "\n\n")
        b.lit(r.choice(W_["CLOSE"][f]) + "\n")
        raw = r.choice(W_["SIG"][f])
        sig = raw.replace("{N}", f"{ctx['first']} {ctx['last']}")
        self.render(b, sig, lang, ctx, tag=f"sig:{f}:" + raw)
        if r.random() < 0.65:
            b.lit("\n\n")
            brand = r.choice(self.brands["company"])
            head = r.choice(W_["QHEAD"][f]).replace("{B}", brand)
            self.render(b, head, lang, ctx)
            b.lit("\n")
            for j in range(r.choice([1, 2, 2])):
                if j:
                    b.lit("\n>\n")
                tpl, _ = self.pick_frag(fks, "agent", used)
                qt = "> " + tpl.replace("\n", "\n> ")
                self.render(b, qt, lang, ctx, tag=tpl)


def stats(recs):
    c = collections.Counter()
    types, kinds, chans, langs = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for x in recs:
        c["messages"] += 1
        if not x["spans"]:
            c["without spans"] += 1
        if any(s["type"] in core.HIGH_RISK for s in x["spans"]):
            c["with a high-risk span"] += 1
        if x["negatives"]:
            c["with a hard negative"] += 1
        if x["channel"] == "email":
            c["e-mails"] += 1
        for s in x["spans"]:
            types[s["type"]] += 1
        for n in x["negatives"]:
            kinds[n["kind"]] += 1
        chans[x["channel"]] += 1
        langs[x["lang"]] += 1
    return c, types, kinds, chans, langs


def table(title, rows, headers):
    out = [f"**{title}**", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in rows:
        out.append("| " + " | ".join(str(x) for x in row) + " |")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261232)
    a = ap.parse_args()
    halves, phr = [], []
    for half, name in ((0, "dev"), (1, "heldout")):
        h = Half(a.seed, half)
        recs = []
        while len(recs) < N_PER_HALF:
            m = h.message()
            rec = {"id": f"{PREFIX}-{name}-{len(recs):05d}", **m}
            core.check_record(rec)
            recs.append(rec)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        halves.append(recs)
        phr.append(h.phrasings)
    # template disjointness check
    t0 = set().union(*[set(v) for v in phr[0].values()])
    t1 = set().union(*[set(v) for v in phr[1].values()])
    assert not (t0 & t1), "template shared between halves"
    write_readme(a.seed, halves, phr)
    print("dev", len(halves[0]), "heldout", len(halves[1]))


def write_readme(seed, halves, phr):
    S = [stats(h) for h in halves]
    body = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read().replace("{SEED}", str(seed))
    parts = [body, "\n## Counts per half\n"]
    keys = ["messages", "e-mails", "without spans", "with a high-risk span", "with a hard negative"]
    parts.append(table("Messages", [[k, S[0][0][k], S[1][0][k]] for k in keys], ["", "dev", "heldout"]))
    ts = sorted(core.SPAN_TYPES)
    parts.append(table("Spans per type (count / distinct phrasings carrying the type)",
                       [[t, f"{S[0][1][t]} / {len(phr[0][t])}", f"{S[1][1][t]} / {len(phr[1][t])}"] for t in ts],
                       ["type", "dev", "heldout"]))
    ks = sorted(set(S[0][2]) | set(S[1][2]))
    parts.append(table("Negatives per kind", [[k, S[0][2][k], S[1][2][k]] for k in ks], ["kind", "dev", "heldout"]))
    cs = sorted(set(S[0][3]) | set(S[1][3]))
    parts.append(table("Channels", [[k, S[0][3][k], S[1][3][k]] for k in cs], ["channel", "dev", "heldout"]))
    ls = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
    parts.append(table("Languages", [[k, S[0][4][k], S[1][4][k]] for k in ls], ["lang", "dev", "heldout"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))


if __name__ == "__main__":
    main()
