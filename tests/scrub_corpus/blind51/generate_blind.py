#!/usr/bin/env python3
"""Blind labelled webcare corpus blind51 (agent-side emphasis).

Usage: python3 generate_blind.py --seed 20261249
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import negvals
import pools
import values as V
import tpl_en
import tpl_fr
import tpl_nl

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b51"
N_PER_HALF = 950
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
FAMILY_T = {"nl": tpl_nl.T, "fr": tpl_fr.T, "en": tpl_en.T}

SLOT = re.compile(r"\[\[([SNF]):([a-z_]+)(?:\.([a-z0-9_]+))?(?:/([a-z0-9_]+))?\]\]")

LEX = {
    "nl": {"asks": ["Vraag klant:", "Klant schrijft:", "Oorspronkelijke vraag:"], "data": ["Gegevens:", "Wat ik heb:", "Info:"],
           "bot": ["Bot", "Virtuele assistent", "Chatbot", "Digitale assistent"], "cust": ["Klant", "Jij", "U", "Bezoeker"],
           "agent": ["Medewerker", "Agent", "Webcare"], "from": "Van", "to": "Aan", "date": "Datum",
           "teams": ["Fraudedesk", "2e lijn", "Buitendienst", "Team Betalingen", "Backoffice", "Privacy Office"],
           "quoted_cust": ["Bericht klant:", "Originele DM:", "Klant zei letterlijk:"]},
    "fr": {"asks": ["Question du client :", "Le client écrit :", "Demande d'origine :"], "data": ["Données :", "Ce que j'ai :", "Infos :"],
           "bot": ["Bot", "Assistant virtuel", "Chatbot"], "cust": ["Client", "Vous", "Visiteur"],
           "agent": ["Conseiller", "Agent", "Webcare"], "from": "De", "to": "À", "date": "Date",
           "teams": ["Cellule fraude", "2e ligne", "Service technique", "Équipe Paiements", "Back-office", "DPO"],
           "quoted_cust": ["Message client :", "MP d'origine :", "Texto du client :"]},
    "en": {"asks": ["Cust asks:", "Customer wrote:", "Original query:"], "data": ["Details:", "What I have:", "Info:"],
           "bot": ["Bot", "Virtual Assistant", "Chatbot", "Assistant"], "cust": ["Customer", "You", "Visitor"],
           "agent": ["Agent", "Advisor", "Social Care"], "from": "From", "to": "To", "date": "Date",
           "teams": ["Fraud Desk", "2nd Line", "Field Service", "Payments", "Back Office", "Privacy Team"],
           "quoted_cust": ["Customer msg:", "Original DM:", "Verbatim from cust:"]},
}


def deal(lst, half):
    return lst[half::2]


# ---------------------------------------------------------------- buffers

class Buf:
    def __init__(self):
        self.text = ""
        self.spans = []  # (type, start, end, tid)
        self.negs = []   # (kind, start, end, tid)

    def lit(self, s, ctx=None):
        if ctx is not None and ctx.typo_rate:
            s = ctx.typo(s)
        self.text += s

    def val(self, s, label=None, neg=None, tid=None):
        a = len(self.text)
        self.text += s
        if label:
            self.spans.append((label, a, len(self.text), tid))
        if neg:
            self.negs.append((neg, a, len(self.text), tid))

    def extend(self, other, prefix=None):
        base = len(self.text)
        if prefix is None:
            self.text += other.text
            self.spans += [(t, a + base, b + base, i) for t, a, b, i in other.spans]
            self.negs += [(t, a + base, b + base, i) for t, a, b, i in other.negs]
            return
        starts = [0] + [m.end() for m in re.finditer("\n", other.text)]
        out = []
        for k, st in enumerate(starts):
            en = starts[k + 1] if k + 1 < len(starts) else len(other.text)
            line = other.text[st:en]
            out.append((prefix.rstrip() if line.strip() == "" else prefix) + line)
        # map
        def mp(p, is_end):
            add = 0
            for st in starts:
                if st < p or (st == p and not is_end):
                    add += 1
            # compute length of prefix actually inserted before p
            tot = 0
            for k2, st in enumerate(starts):
                if st < p or (st == p and not is_end):
                    en = starts[k2 + 1] if k2 + 1 < len(starts) else len(other.text)
                    line = other.text[st:en]
                    tot += len(prefix.rstrip() if line.strip() == "" else prefix)
            return p + tot
        self.text += "".join(out)
        self.spans += [(t, mp(a, False) + base, mp(b, True) + base, i) for t, a, b, i in other.spans]
        self.negs += [(t, mp(a, False) + base, mp(b, True) + base, i) for t, a, b, i in other.negs]


class Ctx:
    def __init__(self, gen, rng, lang):
        self.g, self.rng, self.lang = gen, rng, lang
        self.fam = V.lang_family(lang)
        self.cc = V.COUNTRY[lang]
        self.vals = {}
        r = rng
        p = gen.p
        first, last = r.choice(p["first"][self.cc]), r.choice(p["last"][self.cc])
        brand = r.choice(p["brands"])
        self.fill = {
            "first": first, "last": last, "full": f"{first} {last}",
            "agent": r.choice(p["agents"]), "colleague": r.choice(p["colleagues"]),
            "brand": brand[0], "city": r.choice(p["city"][self.cc]), "ssid": r.choice(p["ssids"]),
            "channel_name": r.choice(p["channels"]),
        }
        a = self.fill["agent"]
        self.fill["ag_init"] = r.choice([a[0] + r.choice("ABDGHJKLMPRSTVW"), a, a[:2].upper()])
        self.brand = brand
        self.typo_rate = 0.0 if r.random() < 0.55 else r.choice([0.02, 0.04, 0.07])

    # -- typos only in literal text
    def typo(self, s):
        toks = re.split(r"(\s+)", s)
        out = []
        for t in toks:
            core = t.rstrip(".,!?:;")
            if len(core) >= 4 and core.isalpha() and self.rng.random() < self.typo_rate:
                i = self.rng.randrange(1, len(core) - 1)
                k = self.rng.randint(0, 2)
                if k == 0:
                    core2 = core[:i] + core[i + 1] + core[i] + core[i + 2:]
                elif k == 1:
                    core2 = core[:i] + core[i + 1:]
                else:
                    core2 = core[:i] + core[i] + core[i:]
                t = core2 + t[len(core):]
            out.append(t)
        return "".join(out)

    # -- brand-derived negatives
    def brand_neg(self, kind):
        r, lang = self.rng, self.lang
        name, handle, dom, _ = self.brand
        tld = pools.TLD[lang]
        if kind == "mention":
            sfx = {"nl": ["_NL", "NL", "", "_Webcare"], "nl-be": ["_BE", "BE", "Vlaanderen"], "fr-be": ["_BE", "Belgique", "_FR"],
                   "en-gb": ["_UK", "UK", "Help"], "en-us": ["", "Support", "_US"]}[lang]
            return "@" + handle + r.choice(sfx)
        if kind == "url":
            path = r.choice(self.g.p["paths"])
            return r.choice([f"https://www.{dom}.{tld}{path}", f"{dom}.{tld}{path}", f"www.{dom}.{tld}", f"https://{dom}.{tld}{path}?utm_source=social",
                             f"https://m.{dom}.{tld}{path}"])
        if kind == "hashtag":
            return r.choice(self.g.p["hashtags"][self.fam])
        if kind == "company_phone":
            d = V._digits
            return {"NL": lambda: r.choice([f"0800-{d(r, 4, False)}", f"088 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"0900-{d(r, 4)}",
                                              f"088-{d(r, 7)}", f"+31 88 {d(r, 3)} {d(r, 4)}", f"0800 {d(r, 2)} {d(r, 2)}"]),
                    "BE": lambda: r.choice([f"078 {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"0800 {d(r, 2)} {d(r, 3)}", f"+32 78 {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                                              f"070/{d(r, 2)}.{d(r, 2)}.{d(r, 2)}", f"02 {d(r, 3)} {d(r, 2)} {d(r, 2)}"]),
                    "GB": lambda: r.choice([f"0800 {d(r, 3)} {d(r, 3)}", f"0333 {d(r, 3)} {d(r, 4)}", f"0345 {d(r, 3)} {d(r, 4)}",
                                              f"+44 345 {d(r, 3)} {d(r, 4)}", f"0330 {d(r, 3)} {d(r, 4)}"]),
                    "US": lambda: r.choice([f"1-800-{d(r, 3)}-{d(r, 4)}", f"(888) {d(r, 3)}-{d(r, 4)}", f"1 (877) {d(r, 3)}-{d(r, 4)}",
                                              f"800.{d(r, 3)}.{d(r, 4)}", f"1-866-{d(r, 3)}-{d(r, 4)}"])}[self.cc]()
        if kind == "company_registration":
            d = V._digits
            return {"NL": lambda: r.choice([d(r, 8), f"NL{d(r, 9)}B01", f"NL {d(r, 9)} B0{r.randint(1, 3)}"]),
                    "BE": lambda: r.choice([f"0{d(r, 3)}.{d(r, 3)}.{d(r, 3)}", f"BE 0{d(r, 3)}.{d(r, 3)}.{d(r, 3)}", f"BE0{d(r, 9)}"]),
                    "GB": lambda: r.choice([f"0{d(r, 7)}", f"GB {d(r, 3)} {d(r, 4)} {d(r, 2)}", f"SC{d(r, 6)}"]),
                    "US": lambda: f"{d(r, 2)}-{d(r, 7)}"}[self.cc]()
        raise KeyError(kind)

    def value(self, kind, typ, key, hint):
        if typ == "pin" and hint:
            key = key + "/" + hint
        ck = (kind, typ, key)
        if kind == "N" and not key and typ not in ("mention", "url", "company_phone", "company_registration"):
            ck = (kind, typ, "#%d" % len(self.vals))
        if ck in self.vals:
            return self.vals[ck]
        r, lang = self.rng, self.lang
        for _ in range(20):
            if kind == "S":
                if typ == "address":
                    cc = self.cc
                    v = V.address(r, lang, hint, r.choice(self.g.p["street"][cc]), r.choice(self.g.p["city"][cc]))
                elif typ in ("email", "username"):
                    v = getattr(V, typ)(r, lang, hint, name=(self.fill["first"], self.fill["last"]))
                else:
                    v = getattr(V, typ)(r, lang, hint)
            else:
                if typ in ("mention", "url", "hashtag", "company_phone", "company_registration"):
                    v = self.brand_neg(typ)
                elif typ == "model_number":
                    v = r.choice(self.g.p["models"])
                else:
                    v = negvals.GEN[typ](r, lang, hint)
            if v not in [x for (k2, t2, _), x in self.vals.items() if t2 == typ]:
                break
        self.vals[ck] = v
        return v


def render(ctx, tpl, tid, buf=None):
    buf = buf or Buf()
    pos = 0
    for m in SLOT.finditer(tpl):
        buf.lit(tpl[pos:m.start()], ctx)
        kind, typ, key, hint = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        if kind == "F":
            buf.val(ctx.fill[typ])
        else:
            v = ctx.value(kind, typ, key, hint)
            if kind == "S":
                buf.val(v, label=typ, tid=tid)
            else:
                buf.val(v, neg=typ, tid=tid)
        pos = m.end()
    buf.lit(tpl[pos:], ctx)
    return buf


# ---------------------------------------------------------------- generator

class Gen:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        h = half
        self.p = {
            "first": {k: deal(v, h) for k, v in pools.FIRST.items()},
            "last": {k: deal(v, h) for k, v in pools.LAST.items()},
            "street": {k: deal(v, h) for k, v in pools.STREET.items()},
            "city": {k: deal(v, h) for k, v in pools.CITY.items()},
            "agents": deal(pools.AGENTS, h), "colleagues": deal(pools.COLLEAGUES, h),
            "ssids": deal(pools.SSIDS, h), "channels": deal(pools.CHANNEL_NAMES, h),
            "brands": deal(pools.BRANDS, h), "paths": deal(pools.URL_PATHS, h),
            "hashtags": {k: deal(v, h) for k, v in pools.HASHTAGS.items()},
            "models": deal(negvals.MODELS, h),
        }
        # templates: dealt per (family, group); keep original index for ids
        self.T = {}
        for fam, T in FAMILY_T.items():
            for grp, lst in T.items():
                self.T[(fam, grp)] = [(f"{fam}/{grp}/{i}", t) for i, t in enumerate(lst) if i % 2 == h]
        self.lex = {fam: {k: (deal(v, h) if isinstance(v, list) else v) for k, v in d.items()} for fam, d in LEX.items()}

    def pick(self, ctx, grp):
        cands = []
        for tid, t in self.T[(ctx.fam, grp)]:
            m = re.match(r"§([a-z-]+)§", t)
            if m:
                if m.group(1) != ctx.lang:
                    continue
                t = t[m.end():]
            cands.append((tid, t))
        return ctx.rng.choice(cands)

    def r(self, ctx, grp, buf=None):
        tid, t = self.pick(ctx, grp)
        return render(ctx, t, tid, buf)

    def lx(self, ctx, key):
        v = self.lex[ctx.fam][key]
        return ctx.rng.choice(v) if isinstance(v, list) else v

    # ---- pieces
    def bullets(self, ctx, n, buf):
        r = ctx.rng
        style = r.choice(["- ", "* ", "• ", "", "num", "> "])
        used = set()
        for i in range(n):
            for _ in range(10):
                tid, t = self.pick(ctx, "note_line")
                if tid not in used:
                    break
            used.add(tid)
            b = "%d. " % (i + 1) if style == "num" else style
            buf.lit(b)
            render(ctx, t, tid, buf)
            buf.lit("\n")

    def cust_msg(self, ctx, email=False):
        b = Buf()
        if email:
            self.r(ctx, "cust_email", b)
            b.lit("\n\n")
            self.r(ctx, "cust_sig", b)
        else:
            self.r(ctx, "cust_dm", b)
        return b

    def inline_quote(self, ctx, buf, sub):
        tid, t = self.pick(ctx, "inline_quote")
        pre, post = t.split("{Q}")
        if pre.endswith("> "):
            render(ctx, pre[:-2], tid, buf)
            buf.extend(sub, prefix="> ")
        else:
            render(ctx, pre, tid, buf)
            buf.extend(sub)
        render(ctx, post, tid, buf)

    # ---- message kinds
    def k_note(self, ctx):
        b = Buf()
        self.r(ctx, "note_head", b)
        b.lit("\n")
        self.bullets(ctx, ctx.rng.randint(2, 6), b)
        if ctx.rng.random() < 0.5:
            b.lit(ctx.rng.choice(["/", "- ", "~", "gr ", ""]) + ctx.fill["ag_init"])
        return "agent_reply", b

    def k_handover(self, ctx):
        b = Buf()
        self.r(ctx, "note_head", b)
        b.lit("\n" + self.lx(ctx, "asks") + " ")
        self.inline_quote(ctx, b, self.cust_msg(ctx))
        b.lit("\n" + self.lx(ctx, "data") + "\n")
        self.bullets(ctx, ctx.rng.randint(2, 5), b)
        return "agent_reply", b

    def k_comments(self, ctx):
        b = Buf()
        for i in range(ctx.rng.randint(1, 3)):
            if i:
                b.lit("\n")
            self.r(ctx, "comment_head", b)
            b.lit("\n")
            n = ctx.rng.randint(1, 3)
            for _ in range(n):
                self.r(ctx, "note_line", b)
                b.lit(ctx.rng.choice([". ", "\n", " | ", "; "]) if _ < n - 1 else "\n")
        return "agent_reply", b

    def k_escalation(self, ctx):
        b, r = Buf(), ctx.rng
        L = LEX[ctx.fam]
        if r.random() < 0.6:
            b.lit(f"{L['from']}: {ctx.fill['agent']} (Webcare {ctx.fill['brand']})\n{L['to']}: {self.lx(ctx, 'teams')}\n{L['date']}: ")
            render(ctx, "[[N:date]] [[N:time]]", "common/hdr", b)
            b.lit("\n")
        self.r(ctx, "escal_open", b)
        b.lit("\n\n" + self.lx(ctx, "data") + "\n")
        self.bullets(ctx, r.randint(3, 6), b)
        if r.random() < 0.6:
            b.lit("\n")
            self.r(ctx, "fwd_hdr", b)
            b.lit("\n")
            b.extend(self.cust_msg(ctx, email=r.random() < 0.5), prefix=r.choice([None, "> "]))
            b.lit("\n")
        b.lit("\n")
        self.r(ctx, "escal_ask", b)
        b.lit("\n\n")
        self.r(ctx, "sig_agent", b)
        if r.random() < 0.6:
            b.lit("\n\n")
            self.r(ctx, "disclaimer", b)
        return "email", b

    def k_reply_quote(self, ctx):
        b, r = Buf(), ctx.rng
        email = r.random() < 0.6
        self.r(ctx, "reply_open", b)
        b.lit("\n\n" if email else " ")
        for _ in range(r.randint(1, 3)):
            self.r(ctx, "reply_line", b)
            b.lit("\n" if email else " ")
        if email:
            b.lit("\n")
        self.r(ctx, "reply_close", b)
        if email:
            b.lit("\n\n")
            self.r(ctx, "sig_agent", b)
            b.lit("\n\n")
            self.r(ctx, "quote_hdr", b)
            b.lit("\n")
            sub = self.cust_msg(ctx, email=True)
            if r.random() < 0.25:
                # nested earlier agent reply inside customer's mail
                inner = Buf()
                self.r(ctx, "reply_open", inner)
                inner.lit("\n")
                self.r(ctx, "reply_line", inner)
                sub.lit("\n\n")
                self.r(ctx, "quote_hdr", sub)
                sub.lit("\n")
                sub.extend(inner, prefix="> ")
            b.extend(sub, prefix=r.choice(["> ", "> ", ">", None]))
            if r.random() < 0.4:
                b.lit("\n\n")
                self.r(ctx, "disclaimer", b)
            return "email", b
        b.lit("\n\n")
        self.inline_quote(ctx, b, self.cust_msg(ctx))
        return r.choice(["messenger", "whatsapp", "x_dm", "instagram_dm", "telegram", "agent_reply"]), b

    def k_macro(self, ctx):
        b = Buf()
        self.r(ctx, "macro", b)
        ch = ctx.rng.choice(["agent_reply", "agent_reply", "x_dm", "messenger", "whatsapp", "instagram_dm", "telegram", "email"])
        if ch == "email":
            b.lit("\n\n")
            self.r(ctx, "sig_agent", b)
        return ch, b

    def k_bot(self, ctx):
        b, r = Buf(), ctx.rng
        style = r.randint(0, 3)
        labels = {"B": self.lx(ctx, "bot"), "C": r.choice([self.lx(ctx, "cust"), ctx.fill["first"]]),
                  "A": r.choice([self.lx(ctx, "agent"), ctx.fill["agent"]])}

        clock = [r.randint(7 * 60, 22 * 60)]

        def stamp():
            clock[0] += r.choice([0, 0, 1, 1, 2, 3])
            h, m = divmod(clock[0] % 1440, 60)
            fmt = r.choice(["%02d:%02d", "%d:%02d"]) if style != 1 else "%02d:%02d"
            b.val(fmt % (h, m), neg="time", tid="common/bot")

        def turn(line, tid):
            role, body = line[0], line[3:]
            lab = labels[role]
            if style == 0:
                b.lit(f"{lab}: ")
            elif style == 1:
                b.lit("[")
                stamp()
                b.lit(f"] {lab}: ")
            elif style == 2:
                b.lit(f"{lab} (")
                stamp()
                b.lit("): ")
            else:
                stamp()
                b.lit(f" - {lab} - ")
            render(ctx, body, tid, b)
            b.lit("\n")

        used = set()
        for _ in range(r.randint(2, 4)):
            tid, t = self.pick(ctx, "bot")
            if tid in used:
                continue
            used.add(tid)
            for line in t.split("\n"):
                turn(line, tid)
        self.r(ctx, "bot_handover", b)
        b.lit("\n")
        for _ in range(r.randint(1, 2)):
            tid, t = self.pick(ctx, "bot_agent")
            turn(t, tid)
        if r.random() < 0.4:
            tid, t = self.pick(ctx, "cust_dm")
            turn("C> " + t, tid)
        return r.choice(["whatsapp", "messenger", "telegram", "instagram_dm", "whatsapp"]), b

    def k_cust_dm(self, ctx):
        b = self.cust_msg(ctx)
        return ctx.rng.choice(["x_dm", "messenger", "whatsapp", "instagram_dm", "telegram"]), b

    def k_cust_public(self, ctx):
        b = Buf()
        self.r(ctx, "cust_public", b)
        return ctx.rng.choice(["x_public", "facebook_comment", "instagram_comment"]), b

    def k_cust_email(self, ctx):
        b, r = Buf(), ctx.rng
        sub = self.cust_msg(ctx, email=True)
        b.extend(sub)
        if r.random() < 0.45:
            b.lit("\n\n")
            self.r(ctx, "quote_hdr", b)  # header of earlier agent mail (uses cust email as sender in some forms)
            inner = Buf()
            self.r(ctx, "reply_open", inner)
            inner.lit("\n\n")
            self.r(ctx, "reply_line", inner)
            inner.lit("\n\n")
            self.r(ctx, "sig_agent", inner)
            b.lit("\n")
            b.extend(inner, prefix="> ")
        return "email", b

    def k_public_reply(self, ctx):
        b = Buf()
        self.r(ctx, "public_reply", b)
        if ctx.rng.random() < 0.5:
            b.lit("\n\n")
            b.lit(ctx.rng.choice(["↪ ", "Replying to: ", "QT: ", "| "]))
            self.r(ctx, "cust_public", b)
        return ctx.rng.choice(["x_public", "facebook_comment", "instagram_comment"]), b

    KINDS = [("note", 13), ("handover", 8), ("comments", 9), ("escalation", 14), ("reply_quote", 14), ("macro", 9),
             ("bot", 11), ("cust_dm", 10), ("cust_public", 5), ("cust_email", 5), ("public_reply", 2)]

    def make(self, idx, name):
        rng = self.rng
        lang = rng.choices(LANGS, LANG_W)[0]
        kind = rng.choices([k for k, _ in self.KINDS], [w for _, w in self.KINDS])[0]
        ctx = Ctx(self, rng, lang)
        ch, b = getattr(self, "k_" + kind)(ctx)
        text = b.text.rstrip()
        # strip trailing whitespace only, spans cannot reach it
        rec = {
            "id": f"{PREFIX}-{name}-{idx:05d}", "channel": ch, "lang": lang,
            "visibility": "public" if ch in PUBLIC else "private", "text": text,
            "spans": [{"type": t, "start": a, "end": e} for t, a, e, _ in sorted(b.spans, key=lambda x: x[1])],
            "negatives": [{"kind": t, "start": a, "end": e} for t, a, e, _ in sorted(b.negs, key=lambda x: x[1])],
        }
        check(rec)
        return rec, kind, b


# ---------------------------------------------------------------- self-check

def check(rec):
    t = rec["text"]
    items = [("S", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("N", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for k, typ, a, e in items:
        if not (0 <= a < e <= len(t)):
            raise AssertionError(f"{rec['id']}: out of range {typ} {a}-{e}")
        v = t[a:e]
        if v != v.strip():
            raise AssertionError(f"{rec['id']}: whitespace around {typ} {v!r}")
        if k == "S":
            if typ == "card" and not V.luhn_ok(v):
                raise AssertionError(f"{rec['id']}: bad card {v}")
            if typ == "iban" and not V.iban_ok(v):
                raise AssertionError(f"{rec['id']}: bad iban {v}")
            if typ == "bsn" and not (V.bsn_ok(v) or V.rrn_ok(v)):
                raise AssertionError(f"{rec['id']}: bad bsn/rrn {v}")
    items.sort(key=lambda x: x[2])
    for x, y in zip(items, items[1:]):
        if y[2] < x[3]:
            raise AssertionError(f"{rec['id']}: overlap {x} {y}")
    if rec["visibility"] != ("public" if rec["channel"] in PUBLIC else "private"):
        raise AssertionError("visibility")


# ---------------------------------------------------------------- main

def build(seed):
    out = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        g = Gen(half, seed)
        recs, stats = [], {"kinds": Counter(), "tids": defaultdict(set), "email_len": []}
        for i in range(N_PER_HALF):
            rec, kind, b = g.make(i, name)
            recs.append(rec)
            stats["kinds"][kind] += 1
            for t, a, e, tid in b.spans:
                stats["tids"][t].add(tid)
            if rec["channel"] == "email":
                stats["email_len"].append(len(rec["text"].encode("utf-8")))
        out[name] = (recs, stats)
    return out


def table(rows, head):
    s = "| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n"
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def readme(seed, out):
    dev, hel = out["dev"], out["heldout"]
    def cnt(recs, f):
        c = Counter()
        for r in recs:
            for x in f(r):
                c[x] += 1
        return c
    md = ["# Scrub corpus blind51 — the agent side of webcare\n"]
    md.append("Written blind: while writing this corpus and its generator the author did not open, list, grep or run "
              "anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under "
              "`tests/scrub_corpus/` (other corpora, scorers, generators), nor the git history. No scrubber or scorer was run.\n")
    md.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    md.append("## Emphasis\n\nThe agent side of social customer care: internal notes and handover summaries written by care agents "
              "about a customer (abbreviations like klnr, cust#, DOB, ww, pw, mdp, DDN), escalation e-mails between teams "
              "(2nd line, fraud desk, field service, payments, privacy), agent replies that quote the customer's earlier message "
              "(\"> \" e-mail quoting, Outlook headers, inline \"You wrote:\"), filled-in reply macros (sometimes with leftover "
              "placeholders such as `{first_name}`, `[PUK]`, `<PUK>`), chatbot-to-human handover transcripts, and ticket comments; "
              "mixed with the customers' own DMs, public posts and e-mails. Agent text is full of the company's own numbers "
              "(service lines in signatures, KvK/BTW/ondernemingsnummer/Company No., case/ticket/request ids, URLs, @handles) "
              "which are hard negatives.\n")
    md.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind51\npython3 generate_blind.py --seed {seed}\n```\n\n"
              "Python 3.11 standard library only. Modules: `values.py` (PII value generators + validators), `negvals.py` "
              "(hard-negative generators), `pools.py` (filler pools), `tpl_nl.py` / `tpl_fr.py` / `tpl_en.py` (templates per "
              "language family; nl and nl-be share the Dutch family, en-gb and en-us the English one, with `§lang§`-restricted "
              "lines for locale specifics), `generate_blind.py` (composition, split, self-check, README).\n")
    md.append("## Split rule\n\nEvery template group (language family × group: note heads, note lines, comment heads, escalation "
              "openings, asks, greetings, agent signatures, disclaimers, customer DMs/posts/e-mails/signatures, reply openings/lines/"
              "closings, quote headers, inline-quote frames, forward headers, macros, bot turns, handover lines, agent turns, public "
              "replies) is dealt alternately: even index → dev, odd index → heldout. Every filler pool (first/last names, streets, "
              "cities, agents, colleagues, SSIDs, channel names, brands and therefore @handles/domains, URL paths, hashtags, model "
              "numbers, role labels) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are "
              "injected only into literal text (alphabetic words), never into labelled values or negatives.\n")
    md.append("## Labelling conventions and judgement calls\n\n"
              "- Spans cover the value only, never the cue (`ww:`, `IBAN`, `DOB`, `klnr`); every repeat (agent echo, quoted history, "
              "Outlook header) is labelled again.\n"
              "- A value repeated inside a `> ` quote stays one span even though it is preceded by the quote marker; multi-line "
              "addresses are one span including the internal newline (and, inside a quote, the internal `> `).\n"
              "- Passwords are labelled as written including trailing symbols such as `!` or `#` when they are part of the value.\n"
              "- Door/alarm/key-safe codes are `pin` (may contain `#` or `*`). OTPs dictated as words (`vier twee zeven…`) are `otp` "
              "covering the word run; `G-123456` is one `otp`.\n"
              "- E-mail addresses used as a login are labelled `email`, not `username`. Customer e-mails in quote/forward headers "
              "(`<…>`) are labelled.\n"
              "- EAN/MPAN connection codes, contract, policy, member and account numbers are `customer_number`; case, ticket, "
              "complaint and appointment references are `ticket_number` negatives.\n"
              "- Belgian national register numbers and Dutch BSNs are both `bsn`. A UK sort code + account converted to IBAN is `iban`.\n"
              "- AWS key id and AWS secret are both `api_key`; JWT/GitHub/GitLab/hex/session tokens are `token` (the `Bearer` word is "
              "never part of a span).\n"
              "- A customer's company registration (KvK, ondernemingsnummer, EIN, Company No.) is a `company_registration` negative, "
              "as the brief says for all registration numbers.\n"
              "- Company service numbers, also agent \"Direct:\" lines in signatures, are `company_phone` negatives. Masked values "
              "(`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`, `06-****1234`) are `masked_value` negatives.\n"
              "- Names, cities alone, SSIDs, agent initials (`^MK`), team names and macro placeholders are not labelled. A "
              "person's own @handle written as `@Firstname` in a public reply is left unlabelled and unmarked.\n"
              "- Bare meter readings like `04521` are `meter_reading` negatives; IP:port is split into `ip_address` span + `port` negative.\n")
    md.append("## Known limitations\n\n- Template-based: sentence frames repeat within a half (each template is used many times with "
              "fresh values). Values are synthetic and checksum-valid but not real-world-allocated (e.g. NL bank codes are real, "
              "account numbers random).\n- nl and nl-be share most Dutch templates; en-gb and en-us share English templates, "
              "differing mainly by value formats (phones, addresses, dates) and a few locale-restricted lines.\n"
              "- Typos are light (swap/drop/double one letter) and only in literal words of ≥4 letters.\n"
              "- No unlabelled PII is intended; bot transcript timestamps and dates are negatives.\n")
    md.append("## Counts\n")
    for name, (recs, st) in (("dev", dev), ("heldout", hel)):
        md.append(f"### {name}.jsonl\n\nMessages: **{len(recs)}**; e-mails {sum(1 for r in recs if r['channel']=='email')} "
                  f"(median {sorted(st['email_len'])[len(st['email_len'])//2]} bytes).\n")
        sc = cnt(recs, lambda r: [s["type"] for s in r["spans"]])
        md.append(table([(k, sc[k], len(st["tids"][k])) for k in sorted(sc)], ["span type", "spans", "distinct templates"]))
        nc = cnt(recs, lambda r: [s["kind"] for s in r["negatives"]])
        md.append("\n" + table(sorted(nc.items()), ["negative kind", "count"]))
        cc = cnt(recs, lambda r: [r["channel"]])
        md.append("\n" + table(sorted(cc.items()), ["channel", "messages"]))
        lc = cnt(recs, lambda r: [r["lang"]])
        md.append("\n" + table(sorted(lc.items()), ["lang", "messages"]))
        md.append("\n" + table(sorted(st["kinds"].items()), ["message kind", "messages"]) + "\n")
    return "\n".join(md)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261249)
    a = ap.parse_args()
    out = build(a.seed)
    for name, (recs, _) in out.items():
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, out))
    print({k: len(v[0]) for k, v in out.items()})


if __name__ == "__main__":
    main()
