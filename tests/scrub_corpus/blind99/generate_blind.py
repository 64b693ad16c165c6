#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind99). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261297
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import values as V
import negs as N
import pools as P
import tpl_nl
import tpl_be
import tpl_en

PREFIX = "b99"
PER_HALF = 950
PH = re.compile(r"\{([~=\-]?)([a-z_]+)(?::(\w+))?\}")
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 30), ("agent_reply", 12), ("x_public", 8), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 5), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 14), ("telegram", 6)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
DOMAINS = ["transport", "health", "streaming", "travel"]
DOMAIN_TYPES = {
    "transport": {"customer_number": 5, "email": 3, "phone": 3, "address": 3, "iban": 3, "card": 2, "date_of_birth": 2, "password": 2, "username": 1, "otp": 1, "pin": 2, "bsn": 1, "api_key": 1, "card_expiry": 1},
    "health": {"customer_number": 5, "bsn": 3, "date_of_birth": 4, "address": 3, "iban": 3, "phone": 3, "email": 2, "password": 1, "otp": 2, "username": 1, "token": 1, "ip_address": 1},
    "streaming": {"email": 4, "password": 4, "username": 3, "otp": 3, "card": 2, "cvv": 1, "card_expiry": 1, "ip_address": 2, "customer_number": 2, "pin": 2, "wifi_key": 2, "token": 1, "api_key": 1, "phone": 1, "iban": 1, "date_of_birth": 1},
    "travel": {"email": 3, "phone": 3, "customer_number": 3, "iban": 3, "card": 3, "cvv": 1, "card_expiry": 1, "date_of_birth": 2, "address": 3, "otp": 1, "pin": 2, "puk": 2, "wifi_key": 1, "password": 1, "username": 1, "bsn": 1},
}
LANGMODS = {"nl": [tpl_nl.T], "nl-be": [tpl_be.NLBE, tpl_nl.T], "fr-be": [tpl_be.FRBE], "en-gb": [tpl_en.T], "en-us": [tpl_en.T]}
LANG_GROUP = {id(tpl_nl.T): "nl", id(tpl_be.NLBE): "nlbe", id(tpl_be.FRBE): "frbe", id(tpl_en.T): "en"}


def deal_templates(half):
    """For every template module and group, keep even (dev) or odd (heldout) members."""
    out = {}
    for mod in (tpl_nl.T, tpl_be.NLBE, tpl_be.FRBE, tpl_en.T):
        g = LANG_GROUP[id(mod)]
        d = {}
        for key, lst in mod.items():
            if key == "cue":
                d["cue"] = {ck: cl[half::2] for ck, cl in lst.items()}
            else:
                d[key] = [(f"{g}:{key}:{i}", t) for i, t in enumerate(lst) if i % 2 == half]
        out[g] = d
    return out


KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(w, rng):
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYB:
        j = KEYB.index(c)
        return w[:i] + KEYB[max(0, min(len(KEYB) - 1, j + rng.choice([-1, 1])))] + w[i + 1:]
    return w


class Msg:
    def __init__(self, rng, ctx):
        self.rng, self.ctx = rng, ctx
        self.text = ""
        self.spans, self.negs = [], []
        self.tids = []

    def lit(self, s, typo_p=0.0, lower=False):
        if lower:
            s = s.lower()
        if typo_p:
            s = re.sub(r"[A-Za-zÀ-ÿ]{4,}", lambda m: typo_word(m.group(0), self.rng) if self.rng.random() < typo_p else m.group(0), s)
        self.text += s

    def add(self, kind, typ, val, tid):
        st = len(self.text)
        self.text += val
        rec = {"type" if kind == "s" else "kind": typ, "start": st, "end": len(self.text)}
        (self.spans if kind == "s" else self.negs).append(rec)
        if kind == "s":
            self.tids.append((typ, tid))

    def value(self, sigil, name, key):
        ctx, rng = self.ctx, self.rng
        cache = ctx["cache"]
        ck = (sigil, name, key)
        if key is not None and ck in cache:
            return cache[ck]
        if sigil == "":
            v = V.GEN[name](rng, ctx)
            if key is None and ("", name, "1") not in cache:
                cache[("", name, "1")] = v
        elif sigil == "-":
            v = N.NEG[name](rng, ctx)
        elif sigil == "~":
            if name == "cust":
                name = "cust_" + ctx["domain"]
            lst = ctx["tpl"][ctx["lg"]]["cue"].get(name) or ctx["tpl"][ctx["lg2"]]["cue"][name]
            v = rng.choice(lst)
        else:
            v = self.filler(name)
        if key is not None:
            cache[ck] = v
        return v

    def filler(self, name):
        p, rng, ctx = self.ctx["pools"], self.rng, self.ctx
        c = ctx["cache"]
        if name == "brand":
            if "brand" not in c:
                c["brand"] = rng.choice(p[f"brand_{ctx['domain']}_{ctx['bfam']}"])
            return c["brand"]
        if name == "name":
            c.setdefault("name", rng.choice(p["first"]))
            return c["name"]
        if name == "fullname":
            c.setdefault("name", rng.choice(p["first"]))
            c.setdefault("last", rng.choice(p["last"]))
            return c["name"] + " " + c["last"]
        if name == "agent":
            c.setdefault("agent", rng.choice(p["agents"]))
            return c["agent"]
        if name == "initials":
            c.setdefault("agent", rng.choice(p["agents"]))
            return c["agent"][:2].upper() if rng.random() < 0.5 else c["agent"][0].upper()
        if name == "city":
            l = ctx["lang"]
            if l == "nl":
                return rng.choice(p["city_nl"])
            key = {"nl-be": "city_be_nl", "fr-be": "city_be_fr", "en-gb": "city_uk", "en-us": "city_us"}[l]
            return rng.choice(p[key])[0]
        if name == "other":
            return rng.choice(p["first"])
        return rng.choice(p[name])

    def render(self, tid, tpl, typo_p=0.0, lower=False):
        pos = 0
        for m in PH.finditer(tpl):
            self.lit(tpl[pos:m.start()], typo_p, lower)
            sigil, name, key = m.group(1), m.group(2), m.group(3)
            v = self.value(sigil, name, key)
            if sigil == "":
                self.add("s", name, v, tid)
            elif sigil == "-":
                self.add("n", name, v, tid)
            elif sigil == "~":
                self.lit(v, typo_p, lower)
            else:
                self.text += v
            pos = m.end()
        self.lit(tpl[pos:], typo_p, lower)

    def append(self, other, prefix=""):
        base = len(self.text)
        lines = other.text.split("\n")
        if prefix:
            new = "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in lines)
        else:
            new = other.text

        def mp(i):
            if not prefix:
                return base + i
            # count line index of position i
            li = other.text.count("\n", 0, i)
            # lines before: each got prefix (or stripped prefix if empty)
            shift = 0
            idx = 0
            for k, ln in enumerate(lines[:li + 1]):
                shift += len(prefix) if (ln or k == li) else len(prefix.rstrip())
            return base + i + shift

        for s in other.spans:
            self.spans.append({"type": s["type"], "start": mp(s["start"]), "end": mp(s["start"]) + (s["end"] - s["start"])})
        for n in other.negs:
            self.negs.append({"kind": n["kind"], "start": mp(n["start"]), "end": mp(n["start"]) + (n["end"] - n["start"])})
        self.tids.extend(other.tids)
        self.text += new


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for k, w in pairs:
        r -= w
        if r < 0:
            return k
    return pairs[-1][0]


def groups_for(ctx, name):
    out = []
    for g in ctx["lgs"]:
        out.extend(ctx["tpl"][g].get(name, []))
    return out


def pick(ctx, name):
    lst = groups_for(ctx, name)
    if not lst:
        raise KeyError(f"no templates for {name} in {ctx['lgs']}")
    return ctx["rng"].choice(lst)


def pick_facts(ctx, n):
    rng = ctx["rng"]
    w = DOMAIN_TYPES[ctx["domain"]]
    chosen = []
    tries = 0
    while len(chosen) < n and tries < 30:
        tries += 1
        t = wpick(rng, list(w.items()))
        if t in chosen:
            continue
        if groups_for(ctx, "fact_" + t):
            chosen.append(t)
    return [pick(ctx, "fact_" + t) for t in chosen]


def render_in(msg, ctx, name, typo_p=0.0, lower=False):
    tid, t = pick(ctx, name)
    msg.render(tid, t, typo_p, lower)


def build_body(msg, ctx, nfacts, sep, typo_p, lower=False, listy=False, nstory=0):
    rng = ctx["rng"]
    render_in(msg, ctx, "open_" + ctx["domain"], typo_p, lower)
    for tid, t in pick_facts(ctx, nfacts):
        if listy:
            msg.lit("\n- ")
        else:
            sp = rng.choice(sep)
            if sp == " " and msg.text[-1:].isalnum() and rng.random() < 0.6:
                sp = rng.choice([". ", ", ", " / ", "; "])
            msg.lit(sp)
        msg.render(tid, t, typo_p, lower)
    if rng.random() < 0.18:
        msg.lit(rng.choice(["\n\n", "\n", ":\n"]))
        render_in(msg, ctx, "form", typo_p, lower)
        msg.lit("\n")
    stories = groups_for(ctx, "story")
    for tid, t in rng.sample(stories, min(nstory, len(stories))):
        msg.lit(rng.choice(["\n\n", " ", "\n"]))
        msg.render(tid, t, typo_p, lower)
    if rng.random() < 0.6:
        msg.lit(rng.choice(sep) if not listy else "\n")
        render_in(msg, ctx, "close", typo_p, lower)


def make_email(ctx):
    rng = ctx["rng"]
    m = Msg(rng, ctx)
    typo_p = rng.choice([0, 0, 0.03, 0.06])
    fwd = rng.random() < 0.15
    if fwd:
        render_in(m, ctx, "fwd_note", typo_p)
        m.lit("\n\n")
        render_in(m, ctx, "fwd_hdr", 0)
        m.lit("\n\n")
    render_in(m, ctx, "greet", typo_p)
    m.lit("\n\n")
    build_body(m, ctx, rng.randint(1, 4), [" ", "\n", "\n\n", " "], typo_p, listy=rng.random() < 0.2,
               nstory=rng.choice([0, 1, 1, 2, 2, 3]))
    m.lit("\n\n")
    render_in(m, ctx, "signoff", typo_p)
    m.lit("\n")
    render_in(m, ctx, "sig", 0)
    if rng.random() < 0.4:
        m.lit("\n\n")
        render_in(m, ctx, "disclaimer", 0)
    if not fwd and rng.random() < 0.7:
        m.lit("\n\n")
        render_in(m, ctx, "quote_hdr", 0)
        m.lit("\n")
        q = Msg(rng, ctx)
        if rng.random() < 0.6:
            render_in(q, ctx, "agent", 0)
        else:
            render_in(q, ctx, "greet", 0)
            q.lit("\n")
            build_body(q, ctx, rng.randint(1, 2), [" ", "\n"], 0)
        m.append(q, prefix=rng.choice(["> ", "> ", ">", "| "]))
    return m


def make_chat(ctx):
    rng = ctx["rng"]
    m = Msg(rng, ctx)
    typo_p = rng.choice([0, 0.04, 0.08, 0.12])
    lower = rng.random() < 0.3
    if rng.random() < 0.3:
        render_in(m, ctx, "chat_hi", typo_p, lower)
        m.lit(rng.choice(["\n", " ", "\n"]))
    build_body(m, ctx, rng.choice([1, 1, 2, 2, 3]), [" ", "\n", ". ", " - ", "\n"], typo_p, lower)
    return m


def make_public(ctx):
    rng = ctx["rng"]
    m = Msg(rng, ctx)
    typo_p = rng.choice([0, 0.05, 0.1])
    if rng.random() < 0.8:
        render_in(m, ctx, "public_" + ctx["domain"], typo_p, rng.random() < 0.2)
    else:
        build_body(m, ctx, 1, [" "], typo_p)
        m.lit(" ")
        m.render("pub:tail", "{-mention} {-hashtag}", 0)
    return m


def make_agent(ctx):
    rng = ctx["rng"]
    m = Msg(rng, ctx)
    render_in(m, ctx, "agent", 0)
    return m


def build_half(half, seed, pools_half, tpl):
    rng = random.Random(seed * 2 + half)
    out = []
    tid_by_type = defaultdict(set)
    for i in range(PER_HALF):
        lang = wpick(rng, LANGS)
        ch = wpick(rng, CHANNELS)
        dom = rng.choice(DOMAINS)
        lgs = {"nl": ["nl"], "nl-be": ["nlbe", "nl"], "fr-be": ["frbe"], "en-gb": ["en"], "en-us": ["en"]}[lang]
        bfam = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
        ctx = {"rng": rng, "lang": lang, "pools": pools_half, "domain": dom, "cache": {}, "tpl": tpl, "lgs": lgs,
               "lg": lgs[0], "lg2": lgs[-1], "bfam": bfam}
        if ch == "email":
            m = make_email(ctx)
        elif ch == "agent_reply":
            m = make_agent(ctx)
        elif ch in PUBLIC:
            m = make_public(ctx)
        else:
            m = make_chat(ctx)
        text = m.text.strip()
        lead = len(m.text) - len(m.text.lstrip())
        spans = [{"type": s["type"], "start": s["start"] - lead, "end": s["end"] - lead} for s in m.spans]
        ngs = [{"kind": s["kind"], "start": s["start"] - lead, "end": s["end"] - lead} for s in m.negs]
        spans.sort(key=lambda s: s["start"])
        ngs.sort(key=lambda s: s["start"])
        rec = {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{i:05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": ngs}
        check(rec)
        for typ, tid in m.tids:
            tid_by_type[typ].add(tid)
        out.append(rec)
    return out, tid_by_type


def check(rec):
    t = rec["text"]
    allr = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (rec["id"], s)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], s, v)
        allr.append((a, b, s.get("type") or s.get("kind")))
    allr.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(allr, allr[1:]):
        assert b1 <= a2, (rec["id"], k1, k2, t[a1:b1], t[a2:b2])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            digs = "".join(c for c in v if c.isdigit())
            assert (len(digs) == 9 and V.bsn_ok(v)) or (len(digs) == 11 and V.rrn_ok(v)), (rec["id"], v)
        if s["type"] not in ("address",):
            assert "\n" not in v, (rec["id"], v)


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def readme(seed, halves):
    parts = [f"# Scrub corpus blind99 — webcare PII, written blind (seed {seed})", "",
             "This corpus was written blind: while writing it I did not open, list, grep or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), and I did not read git history. No scrubber or scorer was run.", "",
             "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
             "## Emphasis", "",
             "Public transport and parking (travel cards, fines, parking permits), pharmacies and health insurers "
             "(prescriptions, claims, member numbers), streaming and gaming subscriptions (hacked accounts, gift cards, family "
             "plans), airlines and travel agencies (bookings, refunds, lost luggage). Dutch, Belgian Dutch, Belgian French, UK "
             "and US customers; all channels; typos, e-mail signatures, quoted history, forwarded mails, agent replies.", "",
             "## Generation", "", f"    cd tests/scrub_corpus/blind99 && python3 generate_blind.py --seed {seed}", "",
             "Modules: `values.py` (labelled value generators with Luhn / mod-97 / 11-proof / Belgian RRN checks), `negs.py` "
             "(hard-negative generators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, `tpl_en.py` (templates per language).", "",
             "## Split rule", "",
             "Templates are written in groups (language family x kind: openers per domain, fact sentences per value type, "
             "closers, greetings, sign-offs, signatures, quote headers, forward headers, disclaimers, public posts, agent replies, "
             "and cue-word lists). Within every group, members with an even index go to dev and odd ones to heldout; the same "
             "alternate dealing applies to every filler pool (names, streets, cities, brands, agents, mentions, hashtags, URLs, "
             "model numbers, SSIDs, plates, medicines). Belgian Dutch messages also draw from the Dutch groups (dealt the same way). "
             "UK and US English share the English groups but get their own phone, address, date and currency formats. Each half uses "
             "`random.Random(seed * 2 + half)`. Typos are injected only in literal text and cue words, never in labelled values or negatives.", "",
             "## Labelling conventions and judgement calls", "",
             "- Spans cover the value only; cue words, `Bearer `, quotes and trailing punctuation are excluded. Every repetition is labelled (agent confirmations, quoted history).",
             "- Travel-card numbers (OV-chipkaart style 3528...), parking permit numbers, health-insurer member/relation/policy numbers, "
             "frequent-flyer numbers, streaming account IDs and subscriber numbers are `customer_number`.",
             "- Belgian national register numbers are labelled `bsn` (as the brief says); Dutch BSNs are 11-proof.",
             "- Google-style `G-123456` codes are labelled whole as `otp`; codes dictated as words (\"vier acht ...\") are one `otp` span.",
             "- Booking references (PNR), e-ticket numbers and order numbers are `order_number` negatives; luggage file references "
             "(e.g. AMSKL12345), fine/case/claim/complaint references are `ticket_number` negatives; bag tags and parcel codes are `tracking_number`.",
             "- Gift-card codes only appear masked (`XXXX-XXXX-AB12`) and are `masked_value` negatives; unmasked gift-card codes are avoided because their status is ambiguous.",
             "- Organisation service numbers (also in agent signatures) are `company_phone`; personal numbers in customer signatures are `phone`.",
             "- No organisation e-mail addresses appear, to avoid ambiguity. Names, cities alone, SSIDs, licence plates, agent initials and medicine names are not labelled.",
             "- Customer signatures may include an address on one line; street-only addresses are labelled too.", "",
             "## Known limitations", "",
             "- Template based: sentence frames repeat within a half; variation comes from cue lists, value formats, typos and composition.",
             "- Few messages mix languages within one sentence; English cue words do appear in Dutch/Flemish chats.",
             "- Values are synthetic; phone numbers follow national formats but are random. Belgian IBANs carry a valid national check as well.",
             "- Addresses in quoted history never span multiple lines.",
             "- Agent-reply templates are not domain specific, so a brand and the subject of a reply (or a quoted agent message) can mismatch; "
             "a value repeated by an agent is the customer's own value only when the same message already contains one of that type.",
             "- Some value/context combinations are implausible (a 4-digit CVV with a non-Amex card, a US customer quoting a Dutch BSN).",
             "- Structured travel documents (passport numbers) and unmasked gift-card codes are deliberately absent.", ""]
    for half, (recs, tids) in enumerate(halves):
        name = ["dev", "heldout"][half]
        sc, nc, cc, lc = Counter(), Counter(), Counter(), Counter()
        for r in recs:
            cc[r["channel"]] += 1
            lc[r["lang"]] += 1
            for s in r["spans"]:
                sc[s["type"]] += 1
            for n in r["negatives"]:
                nc[n["kind"]] += 1
        parts += [f"## Counts: {name}.jsonl", "", f"Messages: {len(recs)}", "",
                  "| span type | count | distinct templates |", "|---|---|---|"]
        for k, v in sorted(sc.items(), key=lambda x: (-x[1], x[0])):
            parts.append(f"| {k} | {v} | {len(tids.get(k, ()))} |")
        parts += ["", table(nc, "negative kind"), "", table(cc, "channel"), "", table(lc, "language"), ""]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    ph = P.deal()
    halves = []
    for half in (0, 1):
        tpl = deal_templates(half)
        recs, tids = build_half(half, a.seed, ph[half], tpl)
        halves.append((recs, tids))
        with open(["dev.jsonl", "heldout.jsonl"][half], "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("ok", [len(h[0]) for h in halves])


if __name__ == "__main__":
    main()
