#!/usr/bin/env python3
"""Seeded generator for the blind122 webcare PII-scrubbing corpus (stdlib only).

Usage (inside this directory):  python3 generate_blind.py --seed 20261320
Writes dev.jsonl, heldout.jsonl and README.md.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates_be as TB  # noqa: E402
import templates_en as TE  # noqa: E402
import templates_nl as TN  # noqa: E402
import templates_extra as TX  # noqa: E402
from negatives import NEG_GEN  # noqa: E402
from pools import POOLS  # noqa: E402
from values import SPAN_GEN, bsn_ok, iban_ok, luhn_ok, nrn_ok  # noqa: E402

DIR = "blind122"
PREFIX = "b122"
N_PER_HALF = 950
HALVES = ["dev", "heldout"]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 29), ("agent_reply", 12), ("x_public", 8), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 6), ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 12), ("telegram", 7)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]

SMS_NL = ["[sms] {~brand}: je verificatiecode is {otp}. Deel deze code met niemand.",
          "Dit kreeg ik net binnen: 'Uw eenmalige code is {otp}, geldig gedurende {!quantity:minuten}'",
          "screenshot van de sms: Code {otp} - niet delen!! Wie vraagt hierom?",
          "Gekopieerd uit de mail: Uw nieuwe pincode voor de sleutelkluis is {pin:door}."]
SMS_NLBE = ["SMS van {~brand}: uw bevestigingscode is {otp}. Geef deze nooit door.",
            "Ik kreeg dit: 'Uw code: {otp}' en daarna belde iemand om hem te vragen"]
SMS_FRBE = ["SMS reçu : Votre code de vérification {~brand} est {otp}. Ne le partagez pas.",
            "Copié du SMS : 'Code de sécurité : {otp}', quelqu'un m'a appelé pour le demander"]
SMS_EN = ["Text I got: '{~brand}: your verification code is {otp}. Never share this code.'",
          "copied from the email -> Your one-time passcode: {otp} (valid for {!quantity:minutes})",
          "They rang and asked me to read out the code, it was {otp:words}, then hung up",
          "Pasted from the app: Your new key safe code is {pin:door}"]
SMS_NL.append("Hij vroeg me de code voor te lezen, het was {otp:words}, en toen hing hij op")
SMS_FRBE.append("Au téléphone j'ai lu le code à voix haute : {otp:words}. Erreur ?")

TN.CHAT = TN.CHAT + TX.CHAT_NL
TN.EMAIL = TN.EMAIL + TX.EMAIL_NL
TN.AGENT = TN.AGENT + TX.AGENT_NL
TB.CHAT_NLBE = TB.CHAT_NLBE + TX.CHAT_NLBE
TB.EMAIL_NLBE = TB.EMAIL_NLBE + TX.EMAIL_NLBE
TB.AGENT_NLBE = TB.AGENT_NLBE + TX.AGENT_NLBE
TB.CHAT_FRBE = TB.CHAT_FRBE + TX.CHAT_FRBE
TB.EMAIL_FRBE = TB.EMAIL_FRBE + TX.EMAIL_FRBE
TB.AGENT_FRBE = TB.AGENT_FRBE + TX.AGENT_FRBE
TE.CHAT_EN = TE.CHAT_EN + TX.CHAT_EN
TE.EMAIL_EN = TE.EMAIL_EN + TX.EMAIL_EN
TE.AGENT_EN = TE.AGENT_EN + TX.AGENT_EN

# group registry: name -> list of templates.  Each group is dealt alternately between halves.
GROUPS = {
    "nl/chat": TN.CHAT, "nl/public": TN.PUBLIC, "nl/email": TN.EMAIL, "nl/agent": TN.AGENT, "nl/greet": TN.GREET,
    "nl/close": TN.CLOSE, "nl/sig": TN.SIG, "nl/qhdr": TN.QUOTE_HDR, "nl/disc": TN.DISCLAIMER, "nl/asig": TN.AGENT_SIG,
    "nl/sms": SMS_NL,
    "nl-be/chat": TB.CHAT_NLBE, "nl-be/public": TB.PUBLIC_NLBE, "nl-be/email": TB.EMAIL_NLBE, "nl-be/agent": TB.AGENT_NLBE,
    "nl-be/greet": TB.GREET_NLBE, "nl-be/close": TB.CLOSE_NLBE, "nl-be/sig": TB.SIG_NLBE, "nl-be/qhdr": TB.QUOTE_HDR_NLBE,
    "nl-be/disc": TB.DISCLAIMER_NLBE, "nl-be/asig": TB.AGENT_SIG_NLBE, "nl-be/sms": SMS_NLBE,
    "fr-be/chat": TB.CHAT_FRBE, "fr-be/public": TB.PUBLIC_FRBE, "fr-be/email": TB.EMAIL_FRBE, "fr-be/agent": TB.AGENT_FRBE,
    "fr-be/greet": TB.GREET_FRBE, "fr-be/close": TB.CLOSE_FRBE, "fr-be/sig": TB.SIG_FRBE, "fr-be/qhdr": TB.QUOTE_HDR_FRBE,
    "fr-be/disc": TB.DISCLAIMER_FRBE, "fr-be/asig": TB.AGENT_SIG_FRBE, "fr-be/sms": SMS_FRBE,
    "en/chat": TE.CHAT_EN, "en-gb/chat": TE.CHAT_GB, "en-us/chat": TE.CHAT_US, "en/public": TE.PUBLIC_EN,
    "en/email": TE.EMAIL_EN, "en-gb/email": TE.EMAIL_GB, "en-us/email": TE.EMAIL_US, "en/agent": TE.AGENT_EN,
    "en-gb/greet": TE.GREET_GB, "en-gb/close": TE.CLOSE_GB, "en-gb/sig": TE.SIG_GB, "en-us/greet": TE.GREET_US,
    "en-us/close": TE.CLOSE_US, "en-us/sig": TE.SIG_US, "en/qhdr": TE.QUOTE_HDR_EN, "en/disc": TE.DISCLAIMER_EN,
    "en-gb/asig": TE.AGENT_SIG_GB, "en-us/asig": TE.AGENT_SIG_US, "en/sms": SMS_EN,
}


def groups_for(lang, kind):
    if lang.startswith("en"):
        return [g for g in (f"en/{kind}", f"{lang}/{kind}") if g in GROUPS]
    return [f"{lang}/{kind}"]


SLOT = re.compile(r"\{([!~]?)([a-z_]+)(?::([a-z0-9_]+))?(?:#(\d))?\}")

# sanity: literal template text carries no digits (digits would be unlabelled look-alikes)
for _g, _lst in GROUPS.items():
    for _t in _lst:
        _lit = SLOT.sub("", _t)
        if re.search(r"\d", _lit):
            raise SystemExit(f"digit in literal text of {_g}: {_t!r}")
        for _m in SLOT.finditer(_t):
            s, n = _m.group(1), _m.group(2)
            if s == "!" and n not in NEG_GEN:
                raise SystemExit(f"unknown negative {n} in {_g}")
            if s == "" and n not in SPAN_GEN:
                raise SystemExit(f"unknown span {n} in {_g}")

NAMEPOOL = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "uk", "en-us": "us"}
AGENTPOOL = {"nl": "agent_nl", "nl-be": "agent_be", "fr-be": "agent_fr", "en-gb": "agent_en", "en-us": "agent_en"}
BRAND_POOLS = ["ski", "holiday", "trade", "paper", "club", "market", "ebike", "camp"]


class Ctx:
    def __init__(self, rng, half, lang, split_pools):
        self.rng, self.half, self.lang, self.P = rng, half, lang, split_pools
        self.pools = split_pools
        np = NAMEPOOL[lang]
        self.persona = (self.pick("first_" + np), self.pick("last_" + np))
        self.memo = {}
        self.typo_on = rng.random() < 0.35
        self.lower_on = rng.random() < 0.08

    def pick(self, pool):
        return self.rng.choice(self.P[pool])

    def fam(self):
        return "nl" if self.lang == "nl" else ("en" if self.lang.startswith("en") else "be")

    def fill(self, name):
        r = self.rng
        if name == "first":
            return self.persona[0]
        if name == "last":
            return self.persona[1]
        if name == "full":
            return f"{self.persona[0]} {self.persona[1]}"
        if name == "kid":
            return self.pick("first_" + NAMEPOOL[self.lang])
        if name == "agent":
            return self.pick(AGENTPOOL[self.lang])
        if name == "brand":
            return self.pick(r.choice(BRAND_POOLS))
        if name == "city":
            c = {"nl": "city_nl", "nl-be": "city_be", "fr-be": "city_fr", "en-gb": "city_uk", "en-us": "city_us"}[self.lang]
            v = self.pick(c)
            if isinstance(v, tuple):
                return v[0]
            head, _, tail = v.partition(" ")
            return tail if head.isdigit() else v
        return self.pick(name)

    def typo(self, text):
        if not self.typo_on or not text:
            return text.lower() if self.lower_on else text
        r = self.rng

        def mangle(m):
            w = m.group(0)
            if len(w) < 4 or r.random() > 0.07:
                return w
            i = r.randint(1, len(w) - 2)
            op = r.randint(0, 2)
            if op == 0:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if op == 1:
                return w[:i] + w[i + 1:]
            return w[:i] + w[i] + w[i:]
        out = re.sub(r"[A-Za-zÀ-ÿ]+", mangle, text)
        return out.lower() if self.lower_on else out


class Builder:
    def __init__(self):
        self.segs = []  # (text, kind, type, tid)

    def lit(self, t):
        if t:
            self.segs.append((t, None, None, None))

    def add(self, t, kind, typ, tid):
        self.segs.append((t, kind, typ, tid))

    def extend(self, other, quote=False):
        segs = other.segs
        if quote:
            out = [("> ", None, None, None)]
            for t, k, ty, tid in segs:
                if k is None:
                    t = t.replace("\n", "\n> ")
                out.append((t, k, ty, tid))
            segs = out
        self.segs.extend(segs)

    def finish(self):
        text, spans, negs, pos = [], [], [], 0
        for t, k, ty, tid in self.segs:
            if k == "span":
                spans.append({"type": ty, "start": pos, "end": pos + len(t), "_tid": tid})
            elif k == "neg":
                negs.append({"kind": ty, "start": pos, "end": pos + len(t), "_tid": tid})
            text.append(t)
            pos += len(t)
        return "".join(text), spans, negs


def render(tpl, tid, ctx, b):
    pos = 0
    for m in SLOT.finditer(tpl):
        b.lit(ctx.typo(tpl[pos:m.start()]))
        sig, name, var, ref = m.groups()
        if sig == "~":
            b.lit(ctx.fill(name))
        elif sig == "!":
            b.add(NEG_GEN[name](ctx.rng, ctx, var), "neg", name, tid)
        else:
            key = (name, var, ref)
            if ref and key in ctx.memo:
                v = ctx.memo[key]
            else:
                v = SPAN_GEN[name](ctx.rng, ctx, var)
                if ref:
                    ctx.memo[key] = v
            b.add(v, "span", name, tid)
        pos = m.end()
    b.lit(ctx.typo(tpl[pos:]))


def choose(ctx, tpls, kind):
    cands = []
    for g in groups_for(ctx.lang, kind):
        cands.extend(tpls[g])
    return ctx.rng.choice(cands)


def sub(ctx, tpls, kind):
    b = Builder()
    tid, t = choose(ctx, tpls, kind)
    render(t, tid, ctx, b)
    return b


def build(ctx, channel, tpls):
    r = ctx.rng
    b = Builder()
    if channel in PUBLIC_CH:
        if r.random() < 0.25 and channel != "x_public":
            b.lit(ctx.persona[0] + " ")
        b.extend(sub(ctx, tpls, "public"))
        if r.random() < 0.2:
            b.lit(r.choice([" ", "  ", " !! ", " ... "]))
            b.add(NEG_GEN["hashtag"](r, ctx), "neg", "hashtag", "extra/hashtag")
    elif channel == "agent_reply":
        b.extend(sub(ctx, tpls, "agent"))
        if r.random() < 0.3:
            b.lit("\n\n")
            b.extend(sub(ctx, tpls, "asig"))
        if r.random() < 0.25:
            b.lit("\n\n")
            b.extend(sub(ctx, tpls, "chat"), quote=True)
    elif channel == "email":
        b.extend(sub(ctx, tpls, "greet"))
        b.lit("\n\n")
        b.extend(sub(ctx, tpls, "email"))
        if r.random() < 0.45:
            b.lit("\n\n")
            b.extend(sub(ctx, tpls, r.choice(["chat", "sms", "chat"])))
        b.lit("\n\n")
        b.extend(sub(ctx, tpls, "close"))
        b.lit("\n")
        b.extend(sub(ctx, tpls, "sig"))
        if r.random() < 0.78:
            b.lit("\n\n")
            ikind = r.choice(["agent", "email", "chat"])
            want = "{~brand}" if ikind == "agent" else "{~full}"
            hb = Builder()
            hdrs = [x for g in groups_for(ctx.lang, "qhdr") for x in tpls[g] if want in x[1]]
            htid, ht = r.choice(hdrs)
            render(ht, htid, ctx, hb)
            b.extend(hb)
            b.lit("\n\n" if r.random() < 0.3 else "\n")
            inner = Builder()
            inner.extend(sub(ctx, tpls, ikind))
            if ikind == "agent" and r.random() < 0.5:
                inner.lit("\n\n")
                inner.extend(sub(ctx, tpls, "asig"))
            if r.random() < 0.3:
                inner.lit("\n\n")
                hb2 = Builder()
                htid, ht = r.choice([x for g in groups_for(ctx.lang, "qhdr") for x in tpls[g] if "{~full}" in x[1]])
                render(ht, htid, ctx, hb2)
                inner.extend(hb2)
                inner.lit("\n")
                inner.extend(sub(ctx, tpls, r.choice(["chat", "email"])), quote=True)
            b.extend(inner, quote=r.random() < 0.8)
        if r.random() < 0.4:
            b.lit("\n\n")
            b.extend(sub(ctx, tpls, "disc"))
    else:
        kind = "sms" if r.random() < 0.12 else "chat"
        b.extend(sub(ctx, tpls, kind))
        if r.random() < 0.25:
            b.lit(r.choice(["\n", " ", "\n\n", " - ", "\nPS "]))
            b.extend(sub(ctx, tpls, "chat"))
    return b


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def check(rec):
    text = rec["text"]
    items = [("span", s) for s in rec["spans"]] + [("neg", n) for n in rec["negatives"]]
    ivs = []
    for kind, s in items:
        a, e = s["start"], s["end"]
        assert 0 <= a < e <= len(text), (rec["id"], s)
        v = text[a:e]
        assert v == v.strip(), (rec["id"], repr(v))
        ivs.append((a, e, kind, v))
        if kind == "span":
            t = s["type"]
            if t == "card":
                assert luhn_ok(v), (rec["id"], v)
            elif t == "iban":
                assert iban_ok(v), (rec["id"], v)
            elif t == "bsn":
                dg = "".join(c for c in v if c.isdigit())
                assert (len(dg) == 9 and bsn_ok(v)) or (len(dg) == 11 and nrn_ok(v)), (rec["id"], v)
    ivs.sort()
    for x, y in zip(ivs, ivs[1:]):
        assert x[1] <= y[0], (rec["id"], x, y)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_CH else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, hname in enumerate(HALVES):
        rng = random.Random(args.seed * 2 + half)
        split_pools = {k: v[half::2] for k, v in POOLS.items()}
        tpls = {g: [(f"{g}/{i}", t) for i, t in enumerate(lst)][half::2] for g, lst in GROUPS.items()}
        recs = []
        st = {"spans": Counter(), "span_tids": defaultdict(set), "negs": Counter(), "ch": Counter(), "lang": Counter(),
              "tids": set(), "email_len": []}
        for i in range(N_PER_HALF):
            lang = wchoice(rng, LANGS)
            channel = wchoice(rng, CHANNELS)
            ctx = Ctx(rng, half, lang, split_pools)
            b = build(ctx, channel, tpls)
            text, spans, negs = b.finish()
            for s in spans:
                st["spans"][s["type"]] += 1
                st["span_tids"][s["type"]].add(s["_tid"])
                st["tids"].add(s["_tid"])
            for n in negs:
                st["negs"][n["kind"]] += 1
                if not n["_tid"].startswith("extra/"):
                    st["tids"].add(n["_tid"])
            st["ch"][channel] += 1
            st["lang"][lang] += 1
            if channel == "email":
                st["email_len"].append(len(text.encode("utf-8")))
            rec = {"id": f"{PREFIX}-{hname}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC_CH else "private", "text": text,
                   "spans": [{k: s[k] for k in ("type", "start", "end")} for s in spans],
                   "negatives": [{k: n[k] for k in ("kind", "start", "end")} for n in negs]}
            check(rec)
            recs.append(rec)
        with open(os.path.join(here, f"{hname}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats[hname] = (len(recs), st)
    # template disjointness check
    d, h = stats["dev"][1]["tids"], stats["heldout"][1]["tids"]
    assert not (d & h), "template shared between halves"
    write_readme(here, args.seed, stats)
    for hname, (n, st) in stats.items():
        print(hname, n, "messages,", sum(st["spans"].values()), "spans,", sum(st["negs"].values()), "negatives")


def write_readme(here, seed, stats):
    L = []
    L.append(f"# Scrub corpus {DIR} (written blind)\n")
    L.append("This corpus was written blind: its author did not open, list or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
             "and did not read git history. No scrubber or scorer was run on it.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Ski and holiday tour operators, plumbers and electricians, newspaper and magazine subscriptions, kids' sports clubs, "
             "online second-hand marketplaces (scam buyers asking for card data and SMS codes), e-bike leasing via employers, and camping "
             "sites (barrier codes, wifi keys). Dutch, Belgian (Flemish and French), UK and US customers over all channels, with typos, "
             "e-mail signatures, quoted history, forwarded headers, disclaimers, pasted SMS texts and agent replies.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/{DIR}\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Python 3.11 standard library only. Modules: `values.py` (labelled value generators and validators), `negatives.py` "
             "(hard-negative generators), `pools.py` (filler pools), `templates_nl.py`, `templates_be.py`, `templates_en.py` "
             "(templates per language and kind), `generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language x kind: chat, public, email body, agent reply, greeting, closing, signature, "
             "quote header, disclaimer, agent signature, pasted SMS). Within each group, template i goes to dev if i is even and to "
             "heldout if odd, so no template, frame, greeting, signature or quote block is shared. Every filler pool (names, streets, "
             "cities, brands, agents, mentions, URLs, hashtags, model numbers, SSIDs, plates) is dealt the same way. Half h uses "
             "`random.Random(seed * 2 + h)`. The generator asserts that no template id occurs in both halves. Typos are injected only "
             "into literal template text, never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    for s in [
        "Spans cover the value only, never the cue word; passwords keep trailing symbols that belong to them (e.g. `!`).",
        "Every occurrence is labelled, including values repeated in quoted history.",
        "Door/alarm/key-safe/barrier/gate codes and card PINs are `pin`; a trailing `#` or `*` typed as part of a door code is included.",
        "OTPs dictated as words (\"vier twee negen ...\", \"four two nine ...\") are one `otp` span over the word sequence.",
        "Subscriber, member, agreement, policy, reader, employee (for employer bike lease), ski-pass and EAN connection numbers are `customer_number`.",
        "Booking/reservation references (including PNR-style six-letter codes) are `order_number` negatives, not customer numbers.",
        "Marketplace advert ids and article numbers are `product_code` negatives. Police report numbers are `ticket_number` negatives.",
        "Belgian national register numbers (rijksregisternummer / numéro de registre national) are labelled `bsn`.",
        "Company service numbers (0900/088/078/0800/1-800 etc.) are `company_phone` negatives; KvK/BTW/ondernemingsnummer/EIN/company numbers are `company_registration`.",
        "Customer e-mail addresses in quote headers (`<...>`) are `email` spans. Organisation e-mail addresses are not used.",
        "Names, cities alone, SSIDs, licence plates and macro placeholders are not labelled. Masked values are `masked_value` negatives.",
        "The router admin IP address written by a customer is labelled `ip_address`; the port next to it is a `port` negative.",
        "Literal template text contains no digits (asserted), so every digit string in a message is either a span or a negative, except digits inside unlabelled fillers (SSIDs, licence plates, model names inside product names).",
    ]:
        L.append(f"- {s}")
    L.append("")
    L.append("## Known limitations\n")
    for s in [
        "Templated: sentence frames repeat within a half; variety comes from value formats, fillers, typos and composition.",
        "Addresses are single-line (no multi-line postal blocks) so that quoting with `> ` never splits a span.",
        "Negatives use generic generators; some (e.g. 8-digit ticket numbers, 14-digit tracking numbers) are deliberately digit-only look-alikes.",
        "Phone numbers and IBANs are synthetic but structurally valid; national phone numbering plans are only approximated.",
        "No passport numbers, licence numbers or health data; no right-to-left scripts or emoji-heavy text.",
    ]:
        L.append(f"- {s}")
    L.append("")
    L.append("## Counts\n")
    for hname, (n, st) in stats.items():
        el = sorted(st["email_len"])
        L.append(f"### {hname} ({n} messages)\n")
        if el:
            L.append(f"E-mail size (bytes): min {el[0]}, median {el[len(el) // 2]}, max {el[-1]}.\n")
        L.append("| span type | count | distinct templates |\n|---|---:|---:|")
        for t, c in sorted(st["spans"].items()):
            L.append(f"| {t} | {c} | {len(st['span_tids'][t])} |")
        L.append("\n| negative kind | count |\n|---|---:|")
        for t, c in sorted(st["negs"].items()):
            L.append(f"| {t} | {c} |")
        L.append("\n| channel | count |\n|---|---:|")
        for t, c in sorted(st["ch"].items()):
            L.append(f"| {t} | {c} |")
        L.append("\n| language | count |\n|---|---:|")
        for t, c in sorted(st["lang"].items()):
            L.append(f"| {t} | {c} |")
        L.append("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
