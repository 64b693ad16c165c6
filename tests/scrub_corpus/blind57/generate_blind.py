#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind57): bereavement and life events.

Usage: python3 generate_blind.py --seed 20261255
"""
import argparse
import collections
import json
import os
import random

import engine as E
import pools as P
import values as V
from tpl_en import EN, EN_WRAP
from tpl_fr import FR, FR_WRAP
from tpl_nl import NL, NL_WRAP, VL, VL_WRAP

HERE = os.path.dirname(os.path.abspath(__file__))
N_PER_HALF = 950
PREFIX = "b57"
TREES = {"NL": NL, "VL": VL, "FR": FR, "EN": EN}
WRAPS = {"NL": NL_WRAP, "VL": VL_WRAP, "FR": FR_WRAP, "EN": EN_WRAP}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 30), ("agent_reply", 14), ("x_public", 9), ("facebook_comment", 6), ("instagram_comment", 4), ("x_dm", 6),
            ("instagram_dm", 4), ("messenger", 7), ("whatsapp", 16), ("telegram", 4)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}


def wchoice(r, items):
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def deal_tree(tree, half):
    out = {}
    for kind, sits in tree.items():
        out[kind] = {}
        for sit, lst in sits.items():
            assert len(lst) >= 2, (kind, sit)
            out[kind][sit] = [(i, t) for i, t in enumerate(lst) if i % 2 == half]
    return out


def deal_wrap(w, half):
    out = {}
    for k, lst in w.items():
        assert len(lst) >= 2, k
        out[k] = [(i, t) for i, t in enumerate(lst) if i % 2 == half]
    return out


class Gen:
    def __init__(self, seed, half):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.pools = {name: P.deal(getattr(P, name), half) for name in ("FIRST", "LAST", "STREET", "CITY", "BRAND", "AGENT", "MENTION", "HASHTAG", "URL", "MODEL", "SSID", "NOTARY", "FUNERAL")}
        self.trees = {k: deal_tree(v, half) for k, v in TREES.items()}
        self.wraps = {k: deal_wrap(v, half) for k, v in WRAPS.items()}
        self.type_templates = collections.defaultdict(set)

    def piece(self, b, tid, tpl, prefix=None):
        if prefix is None:
            n0 = len(b.spans)
            b.render(tpl)
            new = b.spans[n0:]
        else:
            sub = E.Builder(b.ctx, b.typo_rate)
            sub.render(tpl)
            new = sub.spans
            b.append(sub, prefix)
        for s in new:
            self.type_templates[s["type"]].add(tid)

    def pick(self, treekey, kind):
        tree = self.trees[treekey][kind]
        sit = self.r.choice(sorted(tree))
        i, t = self.r.choice(tree[sit])
        return "%s/%s/%s/%d" % (treekey, kind, sit, i), t

    def pickw(self, wk, key):
        i, t = self.r.choice(self.wraps[wk][key])
        return "%s/wrap/%s/%d" % (wk, key, i), t

    def message(self, idx):
        r = self.r
        lang = wchoice(r, LANGS)
        if lang.startswith("en") and False:
            pass
        ch = wchoice(r, CHANNELS)
        treekey = {"nl": "NL", "fr-be": "FR", "en-gb": "EN", "en-us": "EN"}.get(lang)
        if lang == "nl-be":
            treekey = "VL" if r.random() < 0.55 else "NL"
        wk = "VL" if lang == "nl-be" else treekey
        ctx = E.Ctx(r, lang, self.pools, self.half)
        if ch == "email":
            b = E.Builder(ctx, 0.04)
        elif ch == "agent_reply":
            b = E.Builder(ctx, 0.015)
        else:
            b = E.Builder(ctx, 0.14)
        if ch in PUBLIC:
            tid, t = self.pick(treekey, "pub")
            if ch != "x_public" and r.random() < 0.3:
                t = t.replace("{ment} ", "", 1)
            self.piece(b, tid, t)
        elif ch == "agent_reply":
            tid, t = self.pick(treekey, "agent")
            if r.random() < 0.35:
                b.render("{ment} ")
            self.piece(b, tid, t)
            if r.random() < 0.25:
                self.piece(b, *self.pickw(wk, "asig"))
        elif ch == "email":
            if r.random() < 0.1:
                self.piece(b, *self.pickw(wk, "fwd"))
            kind = "mail" if r.random() < 0.7 else "chat"
            tid, t = self.pick(treekey, kind)
            if kind == "chat":
                self.piece(b, *self.pickw(wk, "greet"))
            self.piece(b, tid, t)
            if tid.split("/")[2] not in ("death_notary", "notary", "executor", "funeral"):
                self.piece(b, *self.pickw(wk, "close"))
                self.piece(b, *self.pickw(wk, "sig"))
            if r.random() < 0.4:
                self.piece(b, *self.pickw(wk, "quote"))
                atid, at = self.pick(treekey, "agent")
                if r.random() < 0.5:
                    at = at + self.pickw(wk, "asig")[1]
                self.piece(b, atid, at, prefix=r.choice(["> ", "> ", ">", ""]))
            if r.random() < 0.25:
                self.piece(b, *self.pickw(wk, "disc"))
        else:
            if ch == "whatsapp" and r.random() < 0.15:
                b.render("[{date} {time}] {rfirst}: ")
            if r.random() < 0.15:
                b.lower = True
            tid, t = self.pick(treekey, "chat")
            self.piece(b, tid, t)
            if r.random() < 0.12:
                extra = {"NL": [" Alvast bedankt!", " Groetjes {rfirst}", " Hoor graag snel iets."], "VL": [" Merci!", " Mvg {rfirst}"],
                         "FR": [" Merci d'avance.", " Bonne journée, {rfirst}"], "EN": [" Thanks in advance.", " Cheers, {rfirst}", " x"]}[treekey]
                b.render(r.choice(extra))
        return {"id": "%s-%s-%05d" % (PREFIX, "dev" if self.half == 0 else "heldout", idx), "channel": ch, "lang": lang,
                "visibility": "public" if ch in PUBLIC else "private", "text": b.text,
                "spans": sorted(b.spans, key=lambda s: s["start"]), "negatives": sorted(b.negs, key=lambda s: s["start"])}


# ------------------------------------------------------------------ self-check
def check(msg):
    text = msg["text"]
    items = [("span", s) for s in msg["spans"]] + [("neg", n) for n in msg["negatives"]]
    for kind, it in items:
        a, b = it["start"], it["end"]
        assert 0 <= a < b <= len(text), (msg["id"], it)
        v = text[a:b]
        assert v == v.strip(), (msg["id"], repr(v))
        assert v[-1] not in ",;:" or kind == "neg", (msg["id"], v)
    spans = sorted(msg["spans"], key=lambda s: s["start"])
    allr = sorted([(s["start"], s["end"]) for s in msg["spans"] + msg["negatives"]])
    for s in spans:
        for n in msg["negatives"]:
            assert s["end"] <= n["start"] or n["end"] <= s["start"], (msg["id"], s, n)
    for x, y in zip(spans, spans[1:]):
        assert x["end"] <= y["start"], (msg["id"], x, y)
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


# ------------------------------------------------------------------ readme
def table(counter, head):
    rows = ["| %s | count |" % head, "|---|---|"] + ["| %s | %d |" % (k, v) for k, v in sorted(counter.items())]
    return "\n".join(rows)


def readme(seed, stats):
    out = []
    out.append("# Scrub corpus blind57: bereavement and life events (written blind)\n")
    out.append("This corpus was written blind: while writing it I did not open, list, grep or run anything under `functions/`, "
               "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other corpus, scorer or generator under `tests/scrub_corpus/`, "
               "and did not read the git history. No scrubber or scorer was run. Only `tests/scrub_corpus/BRIEF.md` was read.\n")
    out.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    out.append("## Emphasis\n\nLife events and bereavement: relatives, executors, notaries and funeral directors contacting a bank, telecom, "
               "energy supplier, insurer or streaming service to close or transfer the accounts of a deceased customer; divorce and "
               "separation (splitting joint accounts, changing the account holder), marriage and name changes, moving in together, a new "
               "baby added to a policy. Formal notary/executor letters, rambling emotional e-mails, agents replying with condolences, "
               "the deceased's and the relative's details side by side.\n")
    out.append("## Generation\n\n```\ncd tests/scrub_corpus/blind57\npython3 generate_blind.py --seed %d\n```\n\nPython 3.11 standard library only. "
               "Modules: `values.py` (value generators and checksum validators), `pools.py` (filler pools), `engine.py` (renderer with span "
               "bookkeeping), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates and e-mail wrappers per language).\n" % seed)
    out.append("## Split rule\n\nTemplates are written in groups (template tree NL / VL / FR / EN, kind pub/chat/mail/agent, situation). "
               "Within every group, members with an even index go to dev and odd ones to heldout; e-mail greetings, closings, signatures, "
               "quote headers, forward headers, disclaimers and agent signatures are dealt the same way, as is every filler pool (first and last names, "
               "streets, cities, brands, agents, mentions, hashtags, URLs, model numbers, SSIDs, notaries, funeral directors). Each half uses its own "
               "`random.Random(seed * 2 + half)` (half 0 = dev, 1 = heldout). Typos are injected only into literal template text, never into values.\n")
    out.append("## Labelling conventions and judgement calls\n\n"
               "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in quoted agent replies.\n"
               "- The deceased's data is labelled exactly like a living customer's (IBAN, BSN / Belgian national register number, date of birth, address, phone, e-mail, customer/policy/contract/EAN numbers).\n"
               "- Belgian national register numbers (rijksregisternummer, NISS/INSZ) are labelled `bsn`.\n"
               "- Policy, contract, EAN/MPAN connection, member, subscription and account numbers are `customer_number`.\n"
               "- Judgement call: dates of death, funeral dates, wedding dates, key hand-over and contract end dates are `date` negatives (only birth dates are personal in the type list).\n"
               "- A newborn's birth date (\"geboren op\", \"born on\", \"né le\") is `date_of_birth`, like the adults' dates of birth.\n"
               "- Death certificate / civil deed numbers (aktenummer, DYE 123456, n° d'acte) are left unlabelled (neither span nor negative): they are not in the type list.\n"
               "- Notary, solicitor and lawyer file references (ons kenmerk, réf. étude, our reference) are `ticket_number` negatives.\n"
               "- Company e-mail addresses are avoided; quote headers name the brand without an address. Named notaries' and funeral directors' office numbers appear as `company_phone` negatives only where they are the organisation's line.\n"
               "- Masked values (****1234, NL** **** **** **12 34, j***@domain) are `masked_value` negatives.\n"
               "- Meter readings are `meter_reading` negatives; licence plates, SSIDs, personal names and cities are unlabelled.\n"
               "- OTPs are sometimes dictated as words (\"vier acht ...\", \"quatre huit ...\", \"four eight ...\"); the span covers the whole word sequence.\n"
               "- Addresses include street + number and postcode/city when written; multi-line addresses are one span including the newline.\n")
    out.append("## Known limitations\n\n- Template-based: sentence frames repeat within a half, values are synthetic (valid checksums, random otherwise).\n"
               "- Fictitious brands; no real organisation data. Phone numbers are syntactically plausible but random.\n"
               "- nl-be messages partly reuse the NL template tree with Belgian values and cue words, so some phrasing is more Dutch than Flemish.\n"
               "- Few api_key/token examples, given the emphasis.\n")
    for half in ("dev", "heldout"):
        st = stats[half]
        out.append("## Counts: %s\n" % half)
        out.append("Messages: %d\n" % st["n"])
        rows = ["| span type | spans | distinct templates |", "|---|---|---|"] + ["| %s | %d | %d |" % (k, v, st["tt"][k]) for k, v in sorted(st["spans"].items())]
        out.append("\n".join(rows) + "\n")
        out.append(table(st["negs"], "negative kind") + "\n")
        out.append(table(st["ch"], "channel") + "\n")
        out.append(table(st["lang"], "lang") + "\n")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261255)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        g = Gen(a.seed, half)
        msgs = [g.message(i) for i in range(N_PER_HALF)]
        for m in msgs:
            check(m)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[name] = {"n": len(msgs), "spans": collections.Counter(s["type"] for m in msgs for s in m["spans"]),
                       "negs": collections.Counter(n["kind"] for m in msgs for n in m["negatives"]),
                       "ch": collections.Counter(m["channel"] for m in msgs), "lang": collections.Counter(m["lang"] for m in msgs),
                       "tt": {k: len(v) for k, v in g.type_templates.items()}}
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, stats))
    print({k: v["n"] for k, v in stats.items()})


if __name__ == "__main__":
    main()
