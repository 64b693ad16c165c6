#!/usr/bin/env python3
"""Blind webcare scrub corpus generator (blind106). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261304
"""
import argparse
import json
import os
import random
from collections import Counter, defaultdict

import pools
import values as V
from render import Ctx, Doc, render, mess, tlang
from templates_nl import G as G_NL
from templates_be import G as G_BE
from templates_en import G as G_EN

DIR = "blind106"
PREFIX = "b106"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 29), ("agent_reply", 12), ("whatsapp", 10), ("messenger", 8), ("x_dm", 6), ("instagram_dm", 5),
            ("telegram", 4), ("x_public", 9), ("facebook_comment", 10), ("instagram_comment", 7)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SUBJECT = {"nl": ["Onderwerp: vraag over {!order}", "Onderwerp: storing terminal", "Onderwerp: declaratie", "Onderwerp: klacht levering"],
           "nl-be": ["Onderwerp: terminal defect", "Onderwerp: terugbetaling", "Onderwerp: dossier {!ticket}"],
           "fr-be": ["Objet : terminal en panne", "Objet : remboursement", "Objet : commande {!order}"],
           "en": ["Subject: card reader fault", "Subject: Re: claim {!ticket}", "Subject: delivery {!order}", "Subject: urgent - account locked"]}

ALL = {}
for g in (G_NL, G_BE, G_EN):
    ALL.update(g)
for lg, subs in SUBJECT.items():
    ALL[(lg, "subject")] = subs


def wpick(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.P = pools.deal(half)
        self.T = {k: [(f"{k[0]}/{k[1]}/{i}", t) for i, t in enumerate(v)][half::2] for k, v in ALL.items()}
        for k, v in self.T.items():
            assert v, f"empty group {k} in half {half}"

    def tpl(self, ctx, kind):
        tid, t = self.rng.choice(self.T[(tlang(ctx.lang), kind)])
        return render(t, ctx, tid)

    def chat(self, ctx, ch):
        rng = self.rng
        d = Doc()
        if ch == "whatsapp" and rng.random() < 0.2:
            d.add("[", "fix").extend(render("{!time}, {!date}", ctx, "wa")).add("] " + ctx.filler("name") + ": ", "fix")
        d.extend(self.tpl(ctx, "cust"))
        if rng.random() < 0.25:
            d.add(rng.choice(["\n", "\n\n", " ", "\n..\n"]), "fix")
            d.extend(self.tpl(ctx, "cust"))
        return d

    def public(self, ctx):
        rng = self.rng
        if rng.random() < 0.25:
            d = render("{!mention} ", ctx, "pubpre")
            return d.extend(self.tpl(ctx, "cust"))
        return self.tpl(ctx, "public")

    def agent(self, ctx, ch_public=False):
        rng = self.rng
        d = Doc()
        if rng.random() < 0.3:
            h = "@" + ctx.filler("name").lower() + rng.choice(["_", "", "."]) + str(rng.randint(1, 99))
            d.add(h, "neg", "mention").add(" ", "fix")
        d.extend(self.tpl(ctx, "agent"))
        if rng.random() < 0.25:
            d.extend(render(rng.choice([" ^{~agent}", "\n\n{~agent} | {!cphone}", " /{~agent}"]), ctx, "agsig"))
        return d

    def email(self, ctx):
        rng = self.rng
        d = Doc()
        agent_side = rng.random() < 0.22
        if rng.random() < 0.3:
            d.extend(self.tpl(ctx, "subject")).add("\n\n", "fix")
        if agent_side:
            d.extend(self.tpl(ctx, "greet")).add("\n\n", "fix")
            d.extend(self.tpl(ctx, "agent"))
            d.add("\n\n", "fix").extend(self.tpl(ctx, "csig"))
            if rng.random() < 0.35:
                d.add("\n\n", "fix").extend(self.tpl(ctx, "disclaimer"))
            d.add("\n\n", "fix").extend(self.tpl(ctx, "quotehdr")).add("\n", "fix")
            q = self.tpl(ctx, "cust")
            if rng.random() < 0.5:
                q.add("\n\n", "fix").extend(self.tpl(ctx, "cust"))
            q.add("\n\n", "fix").extend(self.tpl(ctx, "close")).add("\n", "fix").extend(self.tpl(ctx, "sig"))
            d.extend(q.quoted())
            return d
        if rng.random() < 0.12:
            d.extend(self.tpl(ctx, "fwdhdr")).add("\n\n", "fix")
        d.extend(self.tpl(ctx, "greet")).add("\n\n", "fix")
        d.extend(self.tpl(ctx, "cust"))
        for _ in range(rng.choice([0, 1, 1, 2, 2])):
            d.add("\n\n", "fix").extend(self.tpl(ctx, "cust"))
        d.add("\n\n", "fix").extend(self.tpl(ctx, "close")).add("\n", "fix").extend(self.tpl(ctx, "sig"))
        if rng.random() < 0.2:
            d.add("\n\n", "fix").extend(self.tpl(ctx, "disclaimer"))
        if rng.random() < 0.62:
            d.add("\n\n", "fix").extend(self.tpl(ctx, "quotehdr")).add("\n", "fix")
            q = self.tpl(ctx, "agent")
            q.add("\n\n", "fix").extend(self.tpl(ctx, "csig"))
            if rng.random() < 0.4:
                q.add("\n\n", "fix").extend(self.tpl(ctx, "quotehdr")).add("\n", "fix")
                q2 = self.tpl(ctx, "cust")
                q.extend(q2.quoted())
            d.extend(q.quoted())
        return d

    def message(self, idx, name):
        rng = self.rng
        lang = wpick(rng, LANGS)
        ch = wpick(rng, CHANNELS)
        ctx = Ctx(rng, lang, self.P)
        if ch == "email":
            d = self.email(ctx)
        elif ch == "agent_reply":
            d = self.agent(ctx)
        elif ch in PUBLIC:
            d = self.public(ctx)
        else:
            d = self.chat(ctx, ch)
        rate = rng.choice([0, 0, 0.02, 0.04, 0.08]) if ch != "agent_reply" else rng.choice([0, 0, 0, 0.01])
        lower = ch not in ("email", "agent_reply") and rng.random() < 0.15
        d = mess(d, rng, rate, lower)
        text, spans, negs = d.render()
        return {"id": f"{PREFIX}-{name}-{idx:05d}", "channel": ch, "lang": lang,
                "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}


# ---------------------------------------------------------------- self-check
def check(msg):
    t = msg["text"]
    iv = []
    for s in msg["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(t), msg["id"]
        v = t[s["start"]:s["end"]]
        assert v == v.strip() and v.strip(" .,;:") == v or s["type"] in ("address",) and v == v.strip(), (msg["id"], v)
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        if s["type"] == "bsn":
            dg = "".join(c for c in v if c.isdigit())
            assert (len(dg) == 9 and V.bsn_ok(dg)) or (len(dg) == 11 and V.rrn_ok(dg)), (msg["id"], v)
        iv.append((s["start"], s["end"], "S"))
    for n in msg["negatives"]:
        assert 0 <= n["start"] < n["end"] <= len(t), msg["id"]
        v = t[n["start"]:n["end"]]
        assert v == v.strip(), (msg["id"], v)
        iv.append((n["start"], n["end"], "N"))
    iv.sort()
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], (msg["id"], a, b, t[a[0]:a[1]], t[b[0]:b[1]])
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        H = Half(half, a.seed)
        msgs = [H.message(i, name) for i in range(N_PER_HALF)]
        st = {"n": len(msgs), "spans": Counter(), "tids": defaultdict(set), "negs": Counter(), "ch": Counter(), "lang": Counter(),
              "email_len": []}
        with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                check(m)
                for s in m["spans"]:
                    st["spans"][s["type"]] += 1
                    st["tids"][s["type"]].add(s.pop("_tid"))
                st["negs"].update(n["kind"] for n in m["negatives"])
                st["ch"][m["channel"]] += 1
                st["lang"][m["lang"]] += 1
                if m["channel"] == "email":
                    st["email_len"].append(len(m["text"]))
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[name] = st
    write_readme(here, a.seed, stats)
    for name, st in stats.items():
        el = sorted(st["email_len"])
        print(name, st["n"], "msgs;", sum(st["spans"].values()), "spans;", sum(st["negs"].values()), "negatives;",
              "emails", len(el), "median len", el[len(el) // 2])


def write_readme(here, seed, stats):
    L = []
    L.append(f"# Scrub corpus {DIR} (blind, seed {seed})\n")
    L.append("This corpus was written **blind**: its author did not open, read, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and did not read git history. No scrubber or scorer was run. Templates and values come "
             "from public knowledge of how customers and agents write on each channel.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Business bank accounts and payment terminals for shops, furniture and kitchen stores, pet and veterinary insurance, "
             "cinemas and theatres, home care and nursing agencies, coworking spaces. Dutch, Belgian (Flemish and French), UK and US "
             "customers on all channels, with typos, e-mail signatures, quoted history, forwarded headers and agent replies.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/{DIR}\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Modules: `values.py` (value generators with Luhn/mod-97/11-proof/rijksregister checks), `pools.py` (filler pools), "
             "`templates_nl.py`, `templates_be.py`, `templates_en.py` (template groups), `render.py` (rendering, typos, quoting). "
             "The generator fails loudly (assert) if any span/negative is out of range, has surrounding white space, overlaps another "
             "span or negative, or if a card/IBAN/BSN/rijksregisternummer fails its checksum.\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups keyed by (language, kind): `cust` (customer message bodies), `public` (posts), `agent`, "
             "and e-mail frames `greet`, `close`, `sig`, `csig` (company signatures), `quotehdr`, `fwdhdr`, `disclaimer`, `subject`. "
             "Each group's members are dealt alternately: even index to dev, odd index to heldout, so no template, frame, greeting, "
             "signature or quote block is shared between halves. Every filler pool (names, streets, cities, brands, agents, mentions, "
             "hashtags, URLs, model numbers, product codes, company phones, SSIDs) is dealt the same way. Half h uses "
             "`random.Random(seed * 2 + h)`. en-gb and en-us share the English template groups (values are localised).\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover the value only, never the cue word; every occurrence is labelled, including agent repeats and quoted history.\n"
             "- Belgian national register numbers (rijksregisternummer / NISS) are labelled `bsn`.\n"
             "- OTPs dictated as words (\"vier twee ...\", \"seven one ...\") are one `otp` span from first to last word.\n"
             "- Door, gate, key-safe, alarm and badge-door codes are `pin`; a trailing `#` typed as part of a door code is inside the span.\n"
             "- AWS access key id and secret are both `api_key`; bearer/JWT/PAT/session tokens are `token` (the word `Bearer` is not in the span).\n"
             "- Merchant IDs, terminal IDs (MID/TID), policy, member, client, dossier and EAN connection numbers are `customer_number`.\n"
             "- Addresses: street + number, plus postcode/city when written on the same line; `bus`/`boîte`/`Flat` parts are inside. Cities alone are not labelled.\n"
             "- Customers' own e-mail addresses in quote headers (`On ... <x@y> wrote:`) are labelled `email`. No company e-mail addresses are written.\n"
             "- Customer @handles prefixed by agents, brand @mentions and hashtags are `mention`/`hashtag` negatives.\n"
             "- Error codes sometimes include their cue (`code 51`, `fout 1023`); quantities include their unit (`3 tickets`).\n"
             "- Company service numbers in signatures/replies are `company_phone`; KvK/BTW/ondernemingsnummer/Company No./EIN are `company_registration`.\n"
             "- Macro placeholders (`{first_name}`, `{voornaam}`, `{prénom}`), names, SSIDs and agent initials are not labelled.\n")
    L.append("## Known limitations\n")
    L.append("- Template-based: sentence frames repeat within a half; vocabulary is richer than a real sample but still limited.\n"
             "- Typos are only injected into literal text (never into values), so misspelt values are not represented.\n"
             "- Checksum values are random hex, like some tokens; context words are the only distinguishing cue.\n"
             "- US customers sometimes give IBANs (foreign accounts); no US routing/account numbers or SSNs are present.\n"
             "- Phone numbers in the US use the fictional 555-01xx range.\n")
    L.append("## Counts per half\n")
    for name, st in stats.items():
        L.append(f"### {name}\n")
        L.append(f"Messages: {st['n']}\n")
        L.append("| span type | spans | distinct templates |\n|---|---:|---:|")
        for k in sorted(st["spans"]):
            L.append(f"| {k} | {st['spans'][k]} | {len(st['tids'][k])} |")
        L.append("\n| negative kind | count |\n|---|---:|")
        for k in sorted(st["negs"]):
            L.append(f"| {k} | {st['negs'][k]} |")
        L.append("\n| channel | messages |\n|---|---:|")
        for k in sorted(st["ch"]):
            L.append(f"| {k} | {st['ch'][k]} |")
        L.append("\n| language | messages |\n|---|---:|")
        for k in sorted(st["lang"]):
            L.append(f"| {k} | {st['lang'][k]} |")
        L.append("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
