#!/usr/bin/env python3
"""Blind webcare PII corpus generator (blind125). Stdlib only.

python3 generate_blind.py --seed 20261323
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import engine as E
import pools as P
import values as V
import tpl_nl, tpl_vl, tpl_fr, tpl_en

PREFIX = "b125"
DIR = "blind125"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
REGION = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}
LW = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
CHANNELS = [("email", 30), ("agent_reply", 12), ("x_public", 8), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 6), ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 12), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TLD = {"nl": ".nl", "be": ".be", "uk": ".co.uk", "us": ".com"}
TAG = re.compile(r"^\[(\w+)\]")
SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"]


def deal(x, half):
    """Even index -> dev (half 0), odd index -> heldout (half 1)."""
    if isinstance(x, dict):
        return {k: deal(v, half) for k, v in x.items()}
    if isinstance(x, list):
        return x[half::2]
    return x


def module_for(mod, half):
    names = ["BODY", "PUBLIC", "AGENT", "GREET", "CLOSE", "SIGN", "SUBJECT", "QUOTE_HDR", "QUOTED_AGENT", "DISCLAIMER", "AGENT_SIGN", "CHAT_OPEN", "FILL"]
    return {n: deal(getattr(mod, n), half) for n in names}


def pools_for(half):
    p = {}
    for reg in ("nl", "be", "uk", "us"):
        p["first_" + reg] = deal(P.FIRST[reg], half)
        p["last_" + reg] = deal(P.LAST[reg], half)
        p["street_" + reg] = deal(P.STREET[reg], half)
        p["city_" + reg] = deal(P.CITY[reg], half)
    for s in P.SECTORS:
        p["brand_" + s] = deal(P.BRANDS[s], half)
    p["agents"] = deal(P.AGENTS, half)
    p["pets"] = deal(P.PETS, half)
    p["kids"] = deal(P.KIDS, half)
    p["mentions"] = deal(P.MENTIONS, half)
    for lw in ("nl", "fr", "en"):
        p["hashtags_" + lw] = deal(P.HASHTAGS[lw], half)
    return p


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


class Builder:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = pools_for(half)
        self.mods = {"nl": module_for(tpl_nl, half), "vl": module_for(tpl_vl, half), "fr": module_for(tpl_fr, half), "en": module_for(tpl_en, half)}
        self.tpl_by_type = defaultdict(set)

    def R(self, tpl, ctx):
        tpl = TAG.sub("", tpl)
        part = E.render(self.rng, tpl, ctx)
        for t, _, _ in part[1]:
            self.tpl_by_type[t].add(tpl)
        return part

    def mod(self, lang):
        if lang == "nl":
            return self.mods["nl"]
        if lang == "nl-be":
            return self.mods["vl"] if self.rng.random() < 0.55 else self.mods["nl"]
        return self.mods["fr" if lang == "fr-be" else "en"]

    def body_tpl(self, m):
        sit = self.rng.choice(sorted(m["BODY"]))
        return self.rng.choice(m["BODY"][sit])

    def set_sector(self, ctx, tpl):
        mt = TAG.match(tpl)
        sec = mt.group(1) if mt else self.rng.choice(P.SECTORS)
        ctx["sector"] = sec
        ctx["brand"] = self.rng.choice(self.pools["brand_" + sec])
        base = re.sub(r"[^a-z0-9]", "", ctx["brand"].lower().replace("û", "u"))
        ctx["domain"] = base + TLD[ctx["region"]]
        ctx["handle"] = re.sub(r"[^A-Za-z0-9_]", "", ctx["brand"]) + self.rng.choice(["", "_" + ctx["region"].upper(), "_help", "Care", "NL" if ctx["region"] == "nl" else "BE"])

    def message(self):
        rng = self.rng
        lang = wchoice(rng, LANGS)
        reg = REGION[lang]
        chan = wchoice(rng, CHANNELS)
        ctx = {"lang": lang, "region": reg, "lw": LW[lang], "pools": self.pools, "cache": {},
               "first": rng.choice(self.pools["first_" + reg]), "last": rng.choice(self.pools["last_" + reg]),
               "agent": rng.choice(self.pools["agents"])}
        ctx["typo_rate"] = 0 if rng.random() < 0.6 else rng.choice([0.03, 0.05, 0.08])
        m = self.mod(lang)
        d = E.Doc()
        if chan == "email":
            body = self.body_tpl(m)
            self.set_sector(ctx, body)
            if rng.random() < 0.5:
                d.add(self.R(rng.choice(m["SUBJECT"]), ctx))
            d.add(self.R(rng.choice(m["GREET"]), ctx))
            fills = list(m["FILL"])
            rng.shuffle(fills)
            if rng.random() < 0.6:
                d.add(self.R(fills.pop(), ctx)).lit("\n\n")
            d.add(self.R(body, ctx))
            if rng.random() < 0.65:
                d.lit("\n\n")
                d.add(self.R(self.body_tpl(m), ctx))
            if rng.random() < 0.6 and fills:
                d.lit("\n\n").add(self.R(fills.pop(), ctx))
            d.add(self.R(rng.choice(m["CLOSE"]), ctx))
            d.add(self.R(rng.choice(m["SIGN"]), ctx))
            if rng.random() < 0.7:
                d.add(self.R(rng.choice(m["QUOTE_HDR"]), ctx))
                inner = E.Doc()
                if rng.random() < 0.6:
                    inner.add(self.R(rng.choice(m["QUOTED_AGENT"]), ctx))
                else:
                    inner.add(self.R(rng.choice(m["GREET"]), ctx)).add(self.R(self.body_tpl(m), ctx)).add(self.R(rng.choice(m["CLOSE"]), ctx)).lit(ctx["first"])
                d.add(E.quote(inner.get(), rng.choice(["> ", "> ", ">"])))
            if rng.random() < 0.3:
                d.add(self.R(rng.choice(m["DISCLAIMER"]), ctx))
        elif chan == "agent_reply":
            t = rng.choice(m["AGENT"])
            self.set_sector(ctx, t)
            if rng.random() < 0.25:
                ctx["typo_rate"] = 0
                d.add(E.quote(self.R(self.body_tpl(m), ctx)))
                d.lit("\n\n")
            d.add(self.R(t, ctx))
            if rng.random() < 0.5:
                d.add(self.R(rng.choice(m["AGENT_SIGN"]), ctx))
        elif chan in PUBLIC:
            if rng.random() < 0.55:
                t = rng.choice(m["PUBLIC"])
                self.set_sector(ctx, t)
                d.add(self.R(t, ctx))
            else:
                t = self.body_tpl(m)
                self.set_sector(ctx, t)
                d.add(self.R("{!mention} ", ctx)).add(self.R(t, ctx))
                if rng.random() < 0.5:
                    d.add(self.R(" {!hashtag}", ctx))
        else:
            t = self.body_tpl(m)
            self.set_sector(ctx, t)
            if rng.random() < 0.15:
                ctx["lower"] = True
            d.add(self.R(rng.choice(m["CHAT_OPEN"]), ctx)).add(self.R(t, ctx))
            if rng.random() < 0.35:
                d.lit(rng.choice(["\n", "\n\n", " "]))
                d.add(self.R(self.body_tpl(m), ctx))
        text, spans, negs = d.get()
        return {"channel": chan, "lang": lang, "visibility": "public" if chan in PUBLIC else "private", "text": text,
                "spans": [{"type": t, "start": a, "end": b} for t, a, b in spans],
                "negatives": [{"kind": k, "start": a, "end": b} for k, a, b in negs]}


def check(msg):
    t = msg["text"]
    iv = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (msg["id"], s)
        v = t[a:b]
        assert v == v.strip(), (msg["id"], s, v)
        iv.append((a, b, s))
    iv.sort(key=lambda x: x[0])
    for (a1, b1, s1), (a2, b2, s2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", msg["id"], s1, s2)
    for s in msg["spans"]:
        assert s["type"] in SPAN_TYPES, s
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        if s["type"] == "bsn":
            digits = re.sub(r"\D", "", v)
            assert (len(digits) == 9 and V.bsn_ok(digits)) or (len(digits) == 11 and V.rrn_ok(digits)), (msg["id"], v)


def readme(seed, stats):
    L = []
    L.append("# Blind webcare PII corpus `%s` (seed %d)\n" % (DIR, seed))
    L.append("Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, "
             "`infra/` or any other directory of `tests/scrub_corpus/` (other corpora, scorers, generators), did not read git history, "
             "and did not run any scrubber or scorer. Everything here comes from public knowledge of how people write to customer care.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nCrowdfunding and charity donations, babysitting and childcare platforms, food-delivery couriers, pet insurance, "
             "home security and alarm companies, opticians. Dutch, Belgian (Flemish and French), UK and US customers; all channels; "
             "typos in cue words; e-mail signatures, quoted history, forwarded headers, disclaimers; agent replies repeating values.\n")
    L.append("## Generation\n\n```\ncd tests/scrub_corpus/%s\npython3 generate_blind.py --seed %d\n```\n\nModules: `values.py` (PII value "
             "generators with checksums), `negs.py` (hard-negative values), `pools.py` (filler pools), `tpl_nl.py`, `tpl_vl.py`, `tpl_fr.py`, "
             "`tpl_en.py` (templates per language), `engine.py` (renderer), `generate_blind.py` (composition, self-check, README).\n" % (DIR, seed))
    L.append("## Split rule\n\nEvery template group (language x situation: body situations, public posts, agent replies, greetings, closings, "
             "signatures, subjects, quote headers, quoted agent blocks, disclaimers, agent signatures, chat openers) and every filler pool "
             "(first/last names, streets, cities, brands per sector, agents, pets, kids, mentions, hashtags) is dealt alternately: even index "
             "to dev, odd index to heldout. No template, frame, greeting, signature or quote block is shared between the halves. Each half uses "
             "its own `random.Random(seed * 2 + half)`. Typos are injected only into literal template text, never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled (agent repeats, quoted history, signatures).\n"
             "- Belgian national register numbers (rijksregisternummer / INSZ / NN) are labelled `bsn`, like Dutch BSNs.\n"
             "- AWS secret access keys are labelled `api_key` (as the brief asks); GitHub/Slack/OAuth/JWT/session/hex tokens are `token`.\n"
             "- OTPs dictated as number words (\"vier acht twee ...\") are one `otp` span from first to last word.\n"
             "- Door, gate, key-safe, alarm and duress codes are `pin`; a trailing `#` after a gate code is not part of the value.\n"
             "- EAN connection codes and all donor, family, rider/courier, policy, subscriber, member and customer numbers are `customer_number`; "
             "a rider ID identifies the courier who is the customer writing in.\n"
             "- Router-admin passwords are `password`; Wi-Fi network keys are `wifi_key`; SSIDs are not labelled.\n"
             "- Addresses are single-line: street + number (+ bus/flat/apt) with postcode/city when written; an address without a street is never produced.\n"
             "- Personal e-mail addresses in forwarded/quoted headers are labelled `email`; the company's own service addresses "
             "(e.g. service@brand.nl) are neither labelled nor marked as negatives.\n"
             "- Negatives: amounts include the currency sign/word; mentions include `@`, hashtags include `#`; URLs include the scheme when written; "
             "quantities include their unit; `HTTP 502`/`iOS 17.2`/`Android 14`/`build 1234` are one negative each. Company service numbers "
             "(088/0800/0900/078/0345/1-800 etc.) are `company_phone`.\n"
             "- Macro placeholders (`{first_name}`, `<ticket>`, `[REF]`) and names/cities/pets/kids are not labelled and not negatives.\n")
    L.append("## Known limitations\n\n- Template-driven: sentence frames repeat within a half; values are synthetic (random but checksum-valid).\n"
             "- UK/US customers share the English template groups; the region changes only phone/address/date/currency formats.\n"
             "- nl-be draws from both Flemish and Netherlands-Dutch groups.\n"
             "- Phone numbers are random and may not all be valid allocations; UK numbers partly use Ofcom drama ranges.\n"
             "- Some negatives (e.g. plain 8-digit KvK numbers, 5-digit meter readings) are only distinguishable by their cue words.\n")
    L.append("## Counts\n")
    for name, st in stats:
        L.append("### %s\n\nMessages: %d\n\n| span type | count | distinct templates |\n|---|---|---|" % (name, st["n"]))
        for t in SPAN_TYPES:
            L.append("| %s | %d | %d |" % (t, st["spans"][t], st["tpls"].get(t, 0)))
        L.append("\n| negative kind | count |\n|---|---|")
        for k, v in sorted(st["negs"].items()):
            L.append("| %s | %d |" % (k, v))
        L.append("\n| channel | count |\n|---|---|")
        for k, v in sorted(st["chan"].items()):
            L.append("| %s | %d |" % (k, v))
        L.append("\n| lang | count |\n|---|---|")
        for k, v in sorted(st["lang"].items()):
            L.append("| %s | %d |" % (k, v))
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261323)
    args = ap.parse_args()
    stats = []
    for half, name in ((0, "dev"), (1, "heldout")):
        b = Builder(half, args.seed)
        msgs = []
        for i in range(N_PER_HALF):
            msg = b.message()
            msg = {"id": "%s-%s-%05d" % (PREFIX, name, i), **msg}
            check(msg)
            msgs.append(msg)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for msg in msgs:
                f.write(json.dumps(msg, ensure_ascii=False) + "\n")
        st = {"n": len(msgs), "spans": Counter(s["type"] for m in msgs for s in m["spans"]),
              "negs": Counter(s["kind"] for m in msgs for s in m["negatives"]),
              "chan": Counter(m["channel"] for m in msgs), "lang": Counter(m["lang"] for m in msgs),
              "tpls": {t: len(v) for t, v in b.tpl_by_type.items()}}
        stats.append((name, st))
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(args.seed, stats))
    print("ok", [(n, s["n"]) for n, s in stats])


if __name__ == "__main__":
    main()
