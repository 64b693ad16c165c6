#!/usr/bin/env python3
"""Blind corpus blind40: small-business / self-employed customers of telecom operators, banks,
web hosts, accounting SaaS and payment providers.

    python3 generate_blind.py --seed 20261238

writes dev.jsonl, heldout.jsonl and README.md beside this file. Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import render, check_record, slot_types, HIGH_RISK, SPAN_TYPES, NEG_KINDS  # noqa: E402
from values import Gen  # noqa: E402
from pools import pools_for  # noqa: E402
import templates_nl  # noqa: E402
import templates_fr_en  # noqa: E402
import frames  # noqa: E402

PREFIX = "b40"
N_PER_HALF = 950
LANGS = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
CHATS = ["whatsapp", "whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
PUBLIC = ["x_public", "instagram_comment", "facebook_comment"]
BODIES = {"nl": templates_nl.NL, "nl-be": templates_nl.NLBE, "fr-be": templates_fr_en.FR, "en": templates_fr_en.EN}
AUTOCORRECT = {
    "wachtwoord": "wacht woord", "pincode": "pinkode", "netwerksleutel": "netwerk sleutel", "paswoord": "pas woord",
    "mot de passe": "mot de pâte", "identifiant": "indentifiant", "password": "pass word", "verification": "verifaction",
    "klantnummer": "klant nummer", "wifi": "wife",
}


def lkey(lang):
    return "en" if lang.startswith("en") else lang


def deal_items(items, half):
    return [(i, x) for i, x in enumerate(items) if i % 2 == half]


class Library:
    """The templates of one half: every group's members dealt alternately."""

    def __init__(self, half):
        self.bodies = {}
        for k, groups in BODIES.items():
            self.bodies[k] = {g: [(f"{k}:body:{g}:{i}", t) for i, t in deal_items(lst, half)]
                              for g, lst in groups.items()}
        self.frames = {}
        for name in ("AGENT", "PUBLIC", "BARE", "OPEN", "CLOSE", "SALUT", "FILLER", "SIG", "QUOTE", "QUOTED_BODY"):
            d = getattr(frames, name)
            self.frames[name] = {k: [(f"{k}:{name}:{i}", t) for i, t in deal_items(lst, half)] for k, lst in d.items()}


class Maker:
    def __init__(self, half, seed):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.p = pools_for(half)
        self.g = Gen(self.r, self.p)
        self.lib = Library(half)

    # ---------------------------------------------------------------- filling
    def filler(self, lang, keyed, people):
        r, p, g = self.r, self.p, self.g

        def f(sig, name, var, key):
            if sig == "@":
                if name == "name":
                    return people["name"]
                if name == "first":
                    return people["first"]
                if name == "company":
                    return people["company"]
                if name == "city":
                    return r.choice(p["cities"][lang])[0]
                return r.choice(p[name])
            if sig == "!":
                return g.neg(name, lang, var)
            if key and key in keyed:
                return keyed[key]
            v = getattr(g, name)(lang, var)
            if key:
                keyed[key] = v
            return v
        return f

    def lit_fn(self, mode):
        r = self.r
        state = {"typos": mode.get("typos", 0)}

        def fn(s):
            if mode.get("autocorrect"):
                for a, b in AUTOCORRECT.items():
                    if a in s and r.random() < 0.5:
                        s = s.replace(a, b, 1)
                        break
            if state["typos"] > 0:
                words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
                if words and r.random() < 0.6:
                    m = r.choice(words)
                    w = m.group(0)
                    i = r.randrange(len(w) - 1)
                    kind = r.random()
                    if kind < 0.5:
                        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                    elif kind < 0.8:
                        w2 = w[:i] + w[i + 1:]
                    else:
                        w2 = w[:i] + w[i] + w[i:]
                    s = s[:m.start()] + w2 + s[m.end():]
                    state["typos"] -= 1
            if mode.get("lower"):
                s = s.lower()
            elif mode.get("upper"):
                s = s.upper()
            return s
        return fn

    def pick(self, lst):
        return self.r.choice(lst)

    # ---------------------------------------------------------------- message kinds
    def make(self, idx):
        r = self.r
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        k = lkey(lang)
        fr = self.lib.frames
        parts = []  # (component id, template)
        x = r.random()
        mode = {}
        if x < 0.10:
            kind, channel = "agent", "agent_reply"
            parts.append(self.pick(fr["AGENT"][k]))
            mode = {"typos": 1 if r.random() < 0.1 else 0}
        elif x < 0.20:
            kind, channel = "public", r.choice(PUBLIC)
            parts.append(self.pick(fr["PUBLIC"][k]))
        elif x < 0.27:
            kind, channel = "bare", r.choice(CHATS)
            parts.append(self.pick(fr["BARE"][k]))
        else:
            groups = self.lib.bodies[k]
            gname = r.choice(sorted(groups))
            body = self.pick(groups[gname])
            if r.random() < 0.36:
                kind, channel = "email", "email"
            else:
                kind, channel = "chat", r.choice(CHATS)
            parts.append(body)
        if kind in ("public", "bare", "chat"):
            mode = {"typos": r.choice([0, 0, 1, 1, 2]), "lower": r.random() < 0.25,
                    "autocorrect": r.random() < 0.12}
            if not mode["lower"] and r.random() < 0.04:
                mode["upper"] = True
        elif kind == "email":
            mode = {"typos": r.choice([0, 0, 1]), "autocorrect": r.random() < 0.05}

        tpl = parts[0][1]
        # values glued to their cue or on the next line
        if kind in ("chat", "email") and r.random() < 0.18:
            m = re.search(r" \{(pin|otp|password|puk|customer_number|wifi_key|username|iban|api_key)(:[a-z]+)?\}", tpl)
            if m:
                glue = r.choice([":", "", "\n", " :", "=", ": "])
                if glue == "" and m.group(1) in ("customer_number", "iban"):
                    glue = ":"
                tpl = tpl[:m.start()] + glue + tpl[m.start() + 1:]
        if kind == "chat":
            if r.random() < 0.45:
                o = self.pick(fr["OPEN"][k])
                parts.append(o)
                tpl = o[1] + r.choice([" ", "\n", " "]) + tpl
            if r.random() < 0.4:
                c = self.pick(fr["CLOSE"][k])
                parts.append(c)
                tpl = tpl + r.choice([" ", "\n", " ", "\n\n"]) + c[1]
            if mode.get("lower") or r.random() < 0.3:
                tpl = tpl.rstrip(".")
            if r.random() < 0.15:
                tpl += " " + r.choice(["😅", "🙄", "😡", "🤞", "😩", "🙏🏻", "!!", "..."])
        people = {"first": r.choice(self.p["first"])}
        people["name"] = people["first"] + " " + r.choice(self.p["last"])
        people["company"] = r.choice(self.p["company"])
        keyed = {}
        if kind == "email":
            target = r.randint(520, 1900)
            sal = self.pick(fr["SALUT"][k])
            sig = self.pick(fr["SIG"][k])
            parts += [sal, sig]
            fillers = r.sample(fr["FILLER"][k], len(fr["FILLER"][k]))
            quote = None
            if r.random() < 0.45:
                qh, qb = self.pick(fr["QUOTE"][k]), self.pick(fr["QUOTED_BODY"][k])
                parts += [qh, qb]
                quote = qh[1] + "\n" + "\n".join("> " + ln if ln else ">" for ln in qb[1].split("\n"))
            nf = 0
            while True:
                used = fillers[:nf]
                pieces = [sal[1], tpl] + [u[1] for u in used]
                r.shuffle(pieces[2:]) if False else None
                full = "\n\n".join(pieces) + "\n\n" + sig[1]
                if quote:
                    full += "\n\n" + quote
                keyed.clear()
                text, spans, negs = render(full, self.filler(lang, keyed, people), self.lit_fn(dict(mode)))
                if len(text) >= target or nf >= len(fillers):
                    break
                nf += 1
            parts += used
        else:
            text, spans, negs = render(tpl, self.filler(lang, keyed, people), self.lit_fn(mode))
        vis = "public" if channel in PUBLIC else "private"
        rec = {"id": f"{PREFIX}-{'dev' if self.half == 0 else 'heldout'}-{idx:05d}", "channel": channel,
               "lang": lang, "visibility": vis, "text": text, "spans": spans, "negatives": negs}
        check_record(rec)
        return rec, [pid for pid, _ in parts], [t for _, t in parts]


def stats(recs, comps):
    s = {"n": len(recs), "nospan": 0, "high": 0, "neg": 0, "email": 0, "types": Counter(), "kinds": Counter(),
         "chan": Counter(), "lang": Counter(), "phr": defaultdict(set), "bytes": 0}
    for rec, (ids, tpls) in zip(recs, comps):
        types = {sp["type"] for sp in rec["spans"]}
        s["nospan"] += not rec["spans"]
        s["high"] += bool(types & HIGH_RISK)
        s["neg"] += bool(rec["negatives"])
        s["chan"][rec["channel"]] += 1
        s["lang"][rec["lang"]] += 1
        if rec["channel"] == "email":
            s["email"] += 1
            s["bytes"] += len(rec["text"].encode())
        for sp in rec["spans"]:
            s["types"][sp["type"]] += 1
        for ng in rec["negatives"]:
            s["kinds"][ng["kind"]] += 1
        for pid, t in zip(ids, tpls):
            for ty in slot_types(t) & types:
                s["phr"][ty].add(pid)
    return s


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def write_readme(path, seed, sd, sh):
    types = sorted(SPAN_TYPES, key=lambda t: (t not in HIGH_RISK, t))
    kinds = sorted(NEG_KINDS)
    chans = sorted(set(sd["chan"]) | set(sh["chan"]))
    langs = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
    head = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read()
    body = [head.replace("{SEED}", str(seed)).rstrip(), "", "## Counts per half", ""]
    body.append(table([
        ["messages", sd["n"], sh["n"]],
        ["messages without spans", sd["nospan"], sh["nospan"]],
        ["messages with a high-risk span", sd["high"], sh["high"]],
        ["messages with a hard negative", sd["neg"], sh["neg"]],
        ["e-mails (mean bytes)", f"{sd['email']} ({sd['bytes'] // max(1, sd['email'])})", f"{sh['email']} ({sh['bytes'] // max(1, sh['email'])})"],
    ], ["", "dev", "heldout"]))
    body += ["", "### Spans per type (count / distinct phrasings carrying the type)", ""]
    body.append(table([[t + (" (high risk)" if t in HIGH_RISK else ""), sd["types"][t], len(sd["phr"][t]), sh["types"][t], len(sh["phr"][t])]
                       for t in types], ["type", "dev spans", "dev phrasings", "heldout spans", "heldout phrasings"]))
    body += ["", "### Negatives per kind", ""]
    body.append(table([[k, sd["kinds"][k], sh["kinds"][k]] for k in kinds], ["kind", "dev", "heldout"]))
    body += ["", "### Channels", ""]
    body.append(table([[c, sd["chan"][c], sh["chan"][c]] for c in chans], ["channel", "dev", "heldout"]))
    body += ["", "### Languages", ""]
    body.append(table([[l, sd["lang"][l], sh["lang"][l]] for l in langs], ["lang", "dev", "heldout"]))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(body) + "\n")


def split_check(comps_dev, comps_held):
    a = {pid for ids, _ in comps_dev for pid in ids}
    b = {pid for ids, _ in comps_held for pid in ids}
    if a & b:
        raise SystemExit(f"SELF-CHECK FAILED: templates shared between halves: {sorted(a & b)[:5]}")
    pd, ph = pools_for(0), pools_for(1)
    for key in pd:
        if isinstance(pd[key], dict):
            for sub in pd[key]:
                if set(map(str, pd[key][sub])) & set(map(str, ph[key][sub])):
                    raise SystemExit(f"SELF-CHECK FAILED: pool {key}/{sub} shared")
        elif set(pd[key]) & set(ph[key]):
            raise SystemExit(f"SELF-CHECK FAILED: pool {key} shared: {set(pd[key]) & set(ph[key])}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261238)
    args = ap.parse_args()
    out, allstats, allcomps = {}, [], []
    for half, name in ((0, "dev"), (1, "heldout")):
        m = Maker(half, args.seed)
        recs, comps = [], []
        seen = set()
        i = 0
        while len(recs) < N_PER_HALF:
            rec, ids, tpls = m.make(len(recs))
            i += 1
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            recs.append(rec)
            comps.append((ids, tpls))
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        allstats.append(stats(recs, comps))
        allcomps.append(comps)
    split_check(*allcomps)
    write_readme(os.path.join(HERE, "README.md"), args.seed, *allstats)
    for name, s in zip(("dev", "heldout"), allstats):
        print(f"{name}: {s['n']} messages, {s['nospan']} without spans, {s['high']} high-risk, {s['neg']} with negatives, {s['email']} e-mails")


if __name__ == "__main__":
    main()
