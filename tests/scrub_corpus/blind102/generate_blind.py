#!/usr/bin/env python3
"""Seeded generator for the blind102 webcare scrub corpus (stdlib only).

python3 generate_blind.py --seed 20261300   -> dev.jsonl, heldout.jsonl, README.md
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
from pools import POOLS, BRANDS  # noqa: E402
import tpl_nl  # noqa: E402
import tpl_fr  # noqa: E402
import tpl_en  # noqa: E402

PREFIX = "b102"
N_PER_HALF = 950
HALVES = ["dev", "heldout"]
LANGS = [("nl", 0.333), ("nl-be", 0.167), ("fr-be", 0.167), ("en-gb", 0.18), ("en-us", 0.153)]
CHANNELS = [("email", 0.29), ("agent_reply", 0.11), ("x_public", 0.09), ("facebook_comment", 0.08), ("instagram_comment", 0.06),
            ("x_dm", 0.06), ("instagram_dm", 0.05), ("messenger", 0.07), ("whatsapp", 0.12), ("telegram", 0.07)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
DOMAINS = ["food", "housing", "insurance", "jobs", "learning"]
FAM_T = {"nl": tpl_nl.T, "fr": tpl_fr.T, "en": tpl_en.T}
FLEMISH = tpl_nl.V

ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
TOK = re.compile(r"\[\[(\w+)(?::(\w+))?(=?)\]\]|<<(\w+)(?::(\w+))?>>|\{(\w+)\}")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def deal(lst, half):
    return lst[half::2]


class Half:
    def __init__(self, half):
        self.half = half
        self.pools = {k: deal(v, half) for k, v in POOLS.items()}
        self.brands = {k: deal(v, half) for k, v in BRANDS.items()}
        self.tpl = {}
        for fam, T in FAM_T.items():
            for grp, lst in T.items():
                self.tpl[(fam, grp)] = [(f"{fam}.{grp}.{i}", t) for i, t in list(enumerate(lst))[half::2]]
        for grp, lst in FLEMISH.items():
            self.tpl[("vl", grp)] = [(f"vl.{grp}.{i}", t) for i, t in list(enumerate(lst))[half::2]]
        for k, v in self.tpl.items():
            if not v:
                raise SystemExit(f"empty template group after dealing: {k}")


class Ctx:
    def __init__(self, rng, H, lang, domain):
        self.rng, self.H, self.lang, self.domain = rng, H, lang, domain
        self.fam = V.fam_of(lang)
        self.mem = {}
        self.last = {}
        self.used = set()
        key = {"nl": "nl", "nl-be": "fl", "fr-be": "fr", "en-gb": "uk", "en-us": "us"}[lang]
        self.key = key
        self.mem["first"] = rng.choice(H.pools["first_" + key])
        self.mem["last"] = rng.choice(H.pools["last_" + key])
        b = rng.choice(H.brands[domain])
        self.brand, self.brand_handle, self.brand_domain = b
        self.agent = rng.choice(H.pools["agent_" + ("en" if self.fam == "en" else self.fam)])

    def pick(self, name):
        if name == "first":
            return self.rng.choice(self.H.pools["first_" + self.key])
        if name == "last":
            return self.rng.choice(self.H.pools["last_" + self.key])
        return self.rng.choice(self.H.pools[name])

    def tpl(self, grp):
        """Pick (tid, template) from a group; nl-be mixes in Flemish-only templates."""
        for _ in range(8):
            if self.lang == "nl-be" and ("vl", grp) in self.H.tpl and self.rng.random() < 0.45:
                pick = self.rng.choice(self.H.tpl[("vl", grp)])
            else:
                pick = self.rng.choice(self.H.tpl[(self.fam, grp)])
            if pick[0] not in self.used:
                break
        self.used.add(pick[0])
        return pick


def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.6:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "e", "l": "k", "d": "f"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]


class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []

    def lit(self, s):
        self.text += s

    def extend(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [dict(s, start=s["start"] + off, end=s["end"] + off) for s in other.spans]
        self.negs += [dict(n, start=n["start"] + off, end=n["end"] + off) for n in other.negs]


def render(c, tid_tpl, style):
    tid, tpl = tid_tpl
    rng = c.rng
    tpl = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), tpl)
    b = Builder()
    pos = 0

    def literal(s):
        if style.get("lower"):
            s = s.lower()
        if style.get("typo", 0) > 0:
            s = WORD.sub(lambda m: typo_word(m.group(0), rng) if rng.random() < style["typo"] else m.group(0), s)
        b.lit(s)

    for m in TOK.finditer(tpl):
        literal(tpl[pos:m.start()])
        pos = m.end()
        if m.group(1):
            typ, var, rep = m.group(1), m.group(2), m.group(3)
            if typ not in V.SPAN_GEN:
                raise SystemExit(f"unknown span type {typ} in {tid}")
            key = typ
            if rep and key in c.last:
                val = c.last[key]
            else:
                val = V.SPAN_GEN[typ](c, var)
                c.last[key] = val
            s = len(b.text)
            b.lit(val)
            b.spans.append({"type": typ, "start": s, "end": len(b.text), "tid": tid})
        elif m.group(4):
            kind, var = m.group(4), m.group(5)
            if kind not in V.NEG_GEN:
                raise SystemExit(f"unknown negative kind {kind} in {tid}")
            val = V.NEG_GEN[kind](c, var)
            s = len(b.text)
            b.lit(val)
            b.negs.append({"kind": kind, "start": s, "end": len(b.text), "tid": tid})
        else:
            b.lit(filler(c, m.group(6), tid))
    literal(tpl[pos:])
    return b


def filler(c, name, tid):
    rng = c.rng
    if name == "name":
        return c.mem["first"]
    if name == "fullname":
        return f"{c.mem['first']} {c.mem['last']}"
    if name == "other":
        return f"{c.pick('first')} {c.pick('last')}"
    if name == "brand":
        return c.brand
    if name == "agent":
        return c.agent
    if name == "city":
        if c.lang == "nl":
            return c.pick("city_nl")
        if c.lang in ("nl-be", "fr-be"):
            return c.pick("city_be_" + ("fl" if c.lang == "nl-be" else "fr"))[1]
        return c.pick("city_uk") if c.lang == "en-gb" else rng.choice(V.US_STATES)[0]
    if name == "dish":
        return c.pick("dish")
    if name == "company":
        d = c.pick("workdomain").split(".")[0]
        return d.replace("-", " ").title()
    if name == "bsn_cue":
        if c.lang == "nl-be":
            return rng.choice(["rijksregisternummer", "rijksregisternr.", "INSZ-nummer", "RR-nummer"])
        return rng.choice(["BSN", "burgerservicenummer", "BSN-nummer", "bsn", "sofinummer"])
    if name == "subject":
        return c.tpl("subject")[1]
    raise SystemExit(f"unknown filler {name} in {tid}")


def quote_block(b, prefix="> "):
    out = Builder()
    mapping = []
    text = prefix
    for ch in b.text:
        mapping.append(len(text))
        text += ch
        if ch == "\n":
            text += prefix
    mapping.append(len(text))
    out.text = text
    out.spans = [dict(s, start=mapping[s["start"]], end=mapping[s["end"] - 1] + 1) for s in b.spans]
    out.negs = [dict(n, start=mapping[n["start"]], end=mapping[n["end"] - 1] + 1) for n in b.negs]
    return out


def style_for(rng, channel):
    st = {}
    if rng.random() < 0.35:
        st["typo"] = rng.choice([0.03, 0.06, 0.1])
    if channel not in ("email", "agent_reply") and rng.random() < 0.15:
        st["lower"] = True
    return st


def body_snippet(c, st):
    grp = "generic" if c.rng.random() < 0.17 else c.domain
    return render(c, c.tpl(grp), st)


def make_email(c):
    rng = c.rng
    st = style_for(rng, "email")
    b = Builder()
    if rng.random() < 0.12:
        fw = render(c, c.tpl("fwd_hdr"), {})
        b.extend(fw)
        b.lit("\n\n")
    b.extend(render(c, c.tpl("greet"), st))
    b.lit("\n\n")
    n = rng.choice([2, 2, 3, 3, 4])
    for i in range(n):
        b.extend(body_snippet(c, st))
        b.lit("\n\n" if rng.random() < 0.7 else " ")
    b.text = b.text.rstrip(" \n") + "\n\n"
    b.extend(render(c, c.tpl("close"), st))
    b.lit("\n")
    b.extend(render(c, c.tpl("sig"), {}))
    if rng.random() < 0.4:
        b.lit("\n\n" + rng.choice(["--", "__________", ""]) + "\n")
        b.extend(render(c, c.tpl("disclaimer"), {}))
    if rng.random() < 0.65:
        b.lit("\n\n")
        b.extend(render(c, c.tpl("quote_hdr"), {}))
        b.lit("\n")
        q = render(c, c.tpl("agent"), {})
        if rng.random() < 0.5:
            q.lit("\n\n")
            q.lit(f"{c.brand}\n")
            q.extend(render(c, (f"{c.fam}.cphone", "<<company_phone>> | <<url>>"), {}))
        if rng.random() < 0.5:
            # older customer message nested one level deeper
            q.lit("\n\n")
            q.extend(render(c, c.tpl("quote_hdr"), {}))
            q.lit("\n")
            q.extend(quote_block(body_snippet(c, {}), "> "))
        b.extend(quote_block(q, rng.choice(["> ", ">", "> "])))
    return b


def make_chat(c, channel):
    rng = c.rng
    st = style_for(rng, channel)
    b = Builder()
    wa = channel == "whatsapp" and rng.random() < 0.25
    if wa:
        b.extend(render(c, (f"{c.fam}.wa", "[<<time>>, <<date>>] {name}: "), {}))
    elif rng.random() < 0.6:
        b.extend(render(c, c.tpl("chat_open"), st))
        b.lit(rng.choice([", ", "! ", "\n", " ", ". "]))
    b.extend(body_snippet(c, st))
    if rng.random() < 0.3:
        b.lit("\n")
        if wa:
            b.extend(render(c, (f"{c.fam}.wa", "[<<time>>, <<date>>] {name}: "), {}))
        b.extend(body_snippet(c, st))
    return b


def make_public(c, channel):
    rng = c.rng
    st = style_for(rng, channel)
    b = render(c, c.tpl("public"), st)
    if channel == "facebook_comment" and rng.random() < 0.35:
        b.lit(" ")
        b.extend(body_snippet(c, st))
    return b


def make_agent(c):
    rng = c.rng
    b = Builder()
    if rng.random() < 0.25:
        # agent quotes the customer's DM before answering
        q = body_snippet(c, {})
        b.extend(quote_block(q, "> "))
        b.lit("\n\n")
    b.extend(render(c, c.tpl("agent"), {}))
    if rng.random() < 0.2:
        b.lit("\n" + c.brand + " | ")
        b.extend(render(c, (f"{c.fam}.cphone", "<<company_phone>>"), {}))
    return b


def wpick(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def check(msg):
    t = msg["text"]
    items = [("span", s) for s in msg["spans"]] + [("neg", n) for n in msg["negatives"]]
    for kind, s in items:
        if not (0 <= s["start"] < s["end"] <= len(t)):
            raise SystemExit(f"{msg['id']}: out of range {s}")
        v = t[s["start"]:s["end"]]
        if v != v.strip() or v.strip(".,;:") == "":
            raise SystemExit(f"{msg['id']}: whitespace/punct edge {v!r}")
    iv = sorted((s["start"], s["end"], k) for k, s in items)
    for a, b_ in zip(iv, iv[1:]):
        if b_[0] < a[1]:
            raise SystemExit(f"{msg['id']}: overlap {a} {b_} in {t!r}")
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        d = re.sub(r"\D", "", v)
        if s["type"] == "card" and not V.luhn_ok(d):
            raise SystemExit(f"{msg['id']}: bad Luhn {v}")
        if s["type"] == "iban" and not V.iban_ok(v):
            raise SystemExit(f"{msg['id']}: bad IBAN {v}")
        if s["type"] == "bsn":
            if not ((len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d))):
                raise SystemExit(f"{msg['id']}: bad BSN/RRN {v}")


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    H = Half(half)
    out = []
    tids = collections.defaultdict(set)
    for i in range(N_PER_HALF):
        lang = wpick(rng, LANGS)
        channel = wpick(rng, CHANNELS)
        domain = rng.choice(DOMAINS)
        c = Ctx(rng, H, lang, domain)
        if channel == "email":
            b = make_email(c)
        elif channel == "agent_reply":
            b = make_agent(c)
        elif channel in PUBLIC:
            b = make_public(c, channel)
        else:
            b = make_chat(c, channel)
        text = b.text
        # trim trailing whitespace safely (no span can end in whitespace)
        text = text.rstrip()
        spans = sorted(b.spans, key=lambda s: s["start"])
        negs = sorted(b.negs, key=lambda s: s["start"])
        for s in spans:
            tids[("span", s["type"])].add(s["tid"])
        for n in negs:
            tids[("neg", n["kind"])].add(n["tid"])
        msg = {"id": f"{PREFIX}-{HALVES[half]}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text,
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans],
               "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in negs]}
        check(msg)
        out.append(msg)
    return out, tids


def table(title, counter, tids=None, kind=None):
    lines = [f"| {title} | count |" + (" distinct templates |" if tids else ""), "|---|---|" + ("---|" if tids else "")]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        row = f"| {k} | {v} |"
        if tids:
            row += f" {len(tids.get((kind, k), ()))} |"
        lines.append(row)
    return "\n".join(lines)


def readme(seed, results):
    parts = [f"# Scrub corpus blind102 — webcare messages (written blind, seed {seed})", "",
             "This corpus was written **blind**: its author did not open, read, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and did not read git history. No scrubber or scorer was run on it.", "",
             "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
             "## Emphasis", "",
             "Food delivery and restaurants, housing associations and landlords, car and home insurance claims, job agencies "
             "and temp work, online learning platforms. Dutch, Belgian (Flemish and French), UK and US customers across all "
             "channels, with typos, e-mail signatures, quoted history, forwarded headers, disclaimers and agent replies.", "",
             "## Generation", "", "```", f"cd tests/scrub_corpus/blind102 && python3 generate_blind.py --seed {seed}", "```", "",
             "Files: `generate_blind.py` (assembly, rendering, self-check, README), `values.py` (value generators with "
             "Luhn / mod-97 / 11-proof / Belgian national register checks), `pools.py` (filler pools), `tpl_nl.py`, "
             "`tpl_fr.py`, `tpl_en.py` (templates per language, grouped by situation).", "",
             "## Split rule", "",
             "Templates are written in groups (language family x situation: food, housing, insurance, jobs, learning, "
             "generic security, public posts, agent replies, greetings, closings, signatures, quote headers, forward "
             "headers, disclaimers, subjects, chat openers; Flemish-only extras as their own groups). Within each group, "
             "even-indexed members go to dev and odd-indexed members to heldout, so no template, frame, greeting, signature "
             "or quote block is shared between halves. Every filler pool (first/last names, streets, cities, brands with "
             "their handles and URLs, agents, hashtags, model numbers, work domains, dishes) is dealt alternately the same "
             "way. Each half uses its own `random.Random(seed * 2 + half)`. Value *formats* (how a phone or IBAN is "
             "grouped) are shared code, but values are random per half.", "",
             "## Labelling conventions and judgement calls", "",
             "- Spans cover the value only: never the cue word, never surrounding quotes/brackets/punctuation.",
             "- Every occurrence is labelled, including agent repeats and `> ` quoted history. A multi-line signature "
             "address is one `address` span that contains newlines; quoted blocks never contain multi-line values.",
             "- `address` = street + number with postcode/city when written (Belgian `bus`/`bte`, UK flats, US apt). A street "
             "alone or a city alone is not labelled.",
             "- Belgian national register numbers (rijksregisternummer / INSZ / NISS) are labelled `bsn`.",
             "- Door, key-safe, alarm and gate codes and phone unlock codes are `pin`. Verification codes dictated as words "
             "(\"vier zeven ...\") are one `otp` span covering all words.",
             "- `username` is only used for login names given with a password or asked for login; e-mail addresses used "
             "as logins are labelled `email`.",
             "- Vendor-prefixed keys (`sk_live_`, `AKIA`, `AIza`, `SG.`, Mollie `live_`), AWS secrets and bare 32-hex API keys "
             "are `api_key`; bearer JWTs, `ghp_` personal access tokens, `xoxb-`, `ya29.` and session ids are `token`.",
             "- Insurance policy numbers, tenant/contract numbers, candidate/payroll numbers, student/learner/member ids and "
             "EAN connection codes are `customer_number`. Claim/dossier/case/repair references are `ticket_number` negatives.",
             "- The router admin login `admin` is not labelled (generic default); the password after it is.",
             "- Negatives: amounts include the currency sign/word; meter readings cover the number only (not `kWh`); "
             "`mention` includes `@`, `hashtag` includes `#`; company phone numbers in agent texts and signatures are "
             "`company_phone`; KvK/BTW/VAT/ondernemingsnummer are `company_registration`; masked values (`****1234`, "
             "`NL** **** ...`, `j***k@...`) are `masked_value`.",
             "- Personal names, SSIDs, cities, agent initials and brands are not labelled.",
             "- Typos are injected only into literal template text (cue words included), never into values or fillers.", "",
             "## Known limitations", "",
             "- Template-generated: sentence frames repeat within a half; value formats are shared code between halves.",
             "- Company e-mail addresses are deliberately absent (ambiguous labelling); all e-mail addresses are personal.",
             "- French templates are Belgian French only; US customers get IBANs only for foreign accounts (unusual but plausible).",
             "- IPv6 addresses are a simple synthetic shape; UK/US phone numbers use fictional ranges where known.",
             "- Some combinations (e.g. Flemish learning + generic security) are thin; counts below show coverage.", ""]
    for hname, (msgs, tids) in results.items():
        sp = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        ng = collections.Counter(n["kind"] for m in msgs for n in m["negatives"])
        ch = collections.Counter(m["channel"] for m in msgs)
        lg = collections.Counter(m["lang"] for m in msgs)
        em = [m for m in msgs if m["channel"] == "email"]
        avg = sum(len(m["text"]) for m in em) / max(1, len(em))
        parts += [f"## Counts: {hname}", "", f"Messages: {len(msgs)} (e-mails: {len(em)}, mean e-mail length {avg:.0f} chars)", "",
                  table("span type", sp, tids, "span"), "", table("negative kind", ng, tids, "neg"), "",
                  table("channel", ch), "", table("lang", lg), ""]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    results = {}
    for half in (0, 1):
        msgs, tids = gen_half(a.seed, half)
        results[HALVES[half]] = (msgs, tids)
        with open(os.path.join(here, f"{HALVES[half]}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # cross-half check: every span type present in both halves
    for t in V.SPAN_GEN:
        for h, (msgs, _) in results.items():
            if not any(s["type"] == t for m in msgs for s in m["spans"]):
                raise SystemExit(f"span type {t} missing from {h}")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, results))
    print({h: len(m) for h, (m, _) in results.items()})


if __name__ == "__main__":
    main()
