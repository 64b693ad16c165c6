#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind74, healthcare emphasis).

Usage: python3 generate_blind.py --seed 20261272
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Standard library only.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
import pools as P  # noqa: E402
import tpl_nl  # noqa: E402
import tpl_fr  # noqa: E402
import tpl_en  # noqa: E402

PREFIX = "b74"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

SPAN_TYPES = {
    "pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username",
    "api": "api_key", "tok": "token", "card": "card", "cvv": "cvv", "exp": "card_expiry", "iban": "iban",
    "bsn": "bsn", "email": "email", "phone": "phone", "addr": "address", "dob": "date_of_birth",
    "cust": "customer_number", "ip": "ip_address",
}
NEG_KINDS = {
    "date": "date", "time": "time", "amount": "amount", "qty": "quantity", "pct": "percentage", "year": "year",
    "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "track": "tracking_number",
    "req": "request_id", "err": "error_code", "ver": "version_string", "model": "model_number",
    "prod": "product_code", "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration",
    "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value", "meter": "meter_reading",
    "port": "port", "checksum": "checksum",
}
CHANNELS = ["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp",
            "telegram", "email", "agent_reply"]
CH_WEIGHTS = [10, 6, 7, 5, 5, 8, 10, 4, 30, 15]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_WEIGHTS = [2, 1, 1, 1, 1]
GROUP_WEIGHT = {"login": 1, "otp": 1, "pin": 1, "puk": .4, "wifi": .5, "iban": 1, "card": .8, "bsn": .8,
                "contact": 1, "address": 1, "dob": .7, "cust": 1, "tech": .7, "neg": 1.6, "be_mix": 2.5,
                "nlo_mix": .8, "gb_mix": .9, "us_mix": .9}

SLOT = re.compile(r"\{([^{}]+)\}")


def tmod(lang):
    return tpl_fr if lang == "fr-be" else (tpl_en if lang.startswith("en") else tpl_nl)


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit("group too small to deal")
    return out


# ------------------------------------------------------------------ rendering
class Piece:
    def __init__(self):
        self.text = ""
        self.spans = []   # (type, start, end, tid)
        self.negs = []    # (kind, start, end)

    def add(self, other, sep=""):
        self.text += sep
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]
        return self


def quote_piece(p, prefix="> "):
    """Prefix every line of p with prefix; remap offsets."""
    lines_start = [0] + [i + 1 for i, c in enumerate(p.text) if c == "\n"]
    new = Piece()
    new.text = "\n".join(prefix + ln if ln else prefix.rstrip() for ln in p.text.split("\n"))

    def m(i):
        # count line starts <= i, each adds len(prefix) (empty lines add len(prefix.rstrip()))
        add = 0
        for ls in lines_start:
            if ls <= i:
                # empty line?
                end = p.text.find("\n", ls)
                end = len(p.text) if end == -1 else end
                add += len(prefix) if end > ls else len(prefix.rstrip())
            else:
                break
        return i + add

    new.spans = []
    for t, s, e, tid in p.spans:
        seg_start = s
        for seg in p.text[s:e].split("\n"):
            a = seg_start + (len(seg) - len(seg.lstrip()))
            b = seg_start + len(seg.rstrip())
            if b > a:
                new.spans.append((t, m(a), m(b - 1) + 1, tid))
            seg_start += len(seg) + 1
    new.negs = [(k, m(s), m(e - 1) + 1) for k, s, e in p.negs]
    return new


class Ctx:
    def __init__(self, rng, lang, pools, half):
        self.rng = rng
        self.lang = lang
        self.pools = pools
        self.half = half
        self.first = rng.choice(pools["first"])
        self.last = rng.choice(pools["last"])
        self.agent = rng.choice(pools["agent"])
        self.org = rng.choice(pools["org"])
        self.memo = {}
        self.first_of = {}
        self.typo = rng.random() < 0.35
        self.lower = rng.random() < 0.12


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.65:
        return w[:i] + w[i + 1:]
    if op < 0.85:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiorstn") + w[i + 1:]


def mangle_literal(ctx, s, allow_typo=True):
    if ctx.lower:
        s = s.lower()
    if ctx.typo and allow_typo and ctx.rng.random() < 0.2:
        words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{5,}", s)]
        if words:
            m = ctx.rng.choice(words)
            s = s[:m.start()] + typo_word(ctx.rng, m.group()) + s[m.end():]
    return s


def gen_span(ctx, short, flavor):
    rng, lang = ctx.rng, ctx.lang
    if short == "email":
        return V.email(rng, lang, flavor, ctx.first, ctx.last)
    if short == "user":
        return V.username(rng, lang, flavor, ctx.first, ctx.last)
    if short == "addr":
        return V.address(rng, lang, ctx.pools, flavor)
    fn = {"pw": V.password, "pin": V.pin, "puk": V.puk, "otp": V.otp, "wifi": V.wifi_key, "api": V.api_key,
          "tok": V.token, "card": V.card, "cvv": V.cvv, "exp": V.card_expiry, "iban": V.iban, "bsn": V.bsn,
          "phone": V.phone, "dob": V.dob, "cust": V.customer_number, "ip": V.ip_address}[short]
    return fn(rng, lang, flavor)


def gen_neg(ctx, short, flavor):
    rng, lang, pl = ctx.rng, ctx.lang, ctx.pools
    if short in ("mention", "hashtag", "url", "model", "cphone"):
        return rng.choice(pl[short])
    if short == "qty" and flavor == "n":
        return str(rng.randint(2, 14))
    if short == "prod":
        if lang == "nl":
            return rng.choice([V._d(rng, 8), "ZI " + V._d(rng, 8)]) if False else V._d(rng, 8)
        if lang in ("nl-be", "fr-be"):
            return rng.choice([f"{V._d(rng, 4)}-{V._d(rng, 3)}", V._d(rng, 7)])
        if lang == "en-gb":
            return f"{V._d(rng, 3)}-{V._d(rng, 4)}"
        return f"{V._d(rng, 5)}-{V._d(rng, 4)}-{V._d(rng, 2)}"
    if short == "flight":
        return rng.choice(["KL", "HV", "SN", "FR", "BA", "TB", "U2", "AA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))
    fn = {"date": V.neg_date, "time": V.neg_time, "amount": V.neg_amount, "qty": V.neg_qty, "pct": V.neg_pct,
          "year": V.neg_year, "order": V.neg_order, "ticket": V.neg_ticket, "invoice": V.neg_invoice,
          "track": V.neg_track, "req": V.neg_req, "err": V.neg_err, "ver": V.neg_ver, "port": V.neg_port,
          "checksum": V.neg_checksum, "meter": V.neg_meter, "masked": V.neg_masked, "kvk": V.neg_kvk}[short]
    return fn(rng, lang, flavor)


def render(ctx, tpl, tid, allow_typo=True):
    p = Piece()
    pos = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        p.text += mangle_literal(ctx, lit, allow_typo)
        pos = m.end()
        body = m.group(1)
        memo = None
        if "#" in body:
            body, memo = body.split("#", 1)
        parts = body.split(":")
        if parts[0] == "f":
            pool = parts[1]
            val = {"first": ctx.first, "last": ctx.last, "agent": ctx.agent, "org": ctx.org}.get(pool)
            if val is None:
                val = ctx.rng.choice(ctx.pools[pool])
            p.text += val
            continue
        if parts[0] == "n":
            short, flavor = parts[1], (parts[2] if len(parts) > 2 else None)
            key = ("n", short, memo)
            if memo and key in ctx.memo:
                val = ctx.memo[key]
            else:
                val = gen_neg(ctx, short, flavor)
                if memo:
                    ctx.memo[key] = val
            if "\x00" in val:
                cue, val = val.split("\x00", 1)
                p.text += cue
            s = len(p.text)
            p.text += val
            p.negs.append((NEG_KINDS[short], s, len(p.text)))
            continue
        short, flavor = parts[0], (parts[1] if len(parts) > 1 else None)
        if memo:
            key = (short, memo)
            if key in ctx.memo:
                val = ctx.memo[key]
            elif short in ctx.first_of:
                val = ctx.first_of[short]
                ctx.memo[key] = val
            else:
                val = gen_span(ctx, short, flavor)
                ctx.memo[key] = val
        else:
            val = gen_span(ctx, short, flavor)
        ctx.first_of.setdefault(short, val)
        s = len(p.text)
        p.text += val
        p.spans.append((SPAN_TYPES[short], s, len(p.text), tid))
    p.text += mangle_literal(ctx, tpl[pos:], allow_typo)
    return p


def lit(text):
    p = Piece()
    p.text = text
    return p


# ------------------------------------------------------------------ message assembly
def body_groups(lang):
    mod = tmod(lang)
    out = []
    for g in mod.BODIES:
        if g.startswith("be_") and lang != "nl-be":
            continue
        if g.startswith("nlo_") and lang != "nl":
            continue
        if g.startswith("gb_") and lang != "en-gb":
            continue
        if g.startswith("us_") and lang != "en-us":
            continue
        out.append(g)
    return out


def pick_body(ctx, need=None):
    mod = tmod(ctx.lang)
    groups = body_groups(ctx.lang)
    cands = []
    for g in groups:
        members = deal(mod.BODIES[g], ctx.half)
        for i, t in enumerate(members):
            if need is None or ("{" + need) in t:
                cands.append((g, i, t))
    if not cands:
        return pick_body(ctx, None)
    if need is None:
        g = ctx.rng.choices(groups, [GROUP_WEIGHT[x] for x in groups])[0]
        members = deal(mod.BODIES[g], ctx.half)
        i = ctx.rng.randrange(len(members))
        return g, i, members[i]
    return ctx.rng.choice(cands)


def tid_of(lang, g, i, half):
    fam = P.fam(lang)
    return f"{fam}.{g}.{half}.{i}"


def pick(ctx, lst):
    return ctx.rng.choice(deal(lst, ctx.half))


def build_message(ctx, channel):
    rng = ctx.rng
    mod = tmod(ctx.lang)
    msg = Piece()
    if channel == "agent_reply":
        build_agent(ctx, msg)
        return msg
    g, i, t = pick_body(ctx)
    tid = tid_of(ctx.lang, g, i, ctx.half)
    main = render(ctx, t, tid)
    if channel == "x_public":
        msg.add(render(ctx, "{n:mention}", "frame"))
        if rng.random() < 0.3:
            second = render(ctx, "{n:mention}", "frame")
            if second.text not in msg.text:
                msg.add(second, " ")
        msg.add(main, " ")
        if rng.random() < 0.5:
            msg.add(render(ctx, "{n:hashtag}", "frame"), " ")
    elif channel in ("facebook_comment", "instagram_comment"):
        if rng.random() < 0.4:
            msg.add(render(ctx, "{n:mention}", "frame"))
            msg.add(main, " ")
        else:
            msg.add(main)
        if rng.random() < 0.3:
            msg.add(render(ctx, "{n:hashtag}", "frame"), " ")
    elif channel == "whatsapp":
        if rng.random() < 0.4:
            name = pick(ctx, mod.WA_NAME)
            msg.add(render(ctx, "[{n:date}, {n:time}] " + name + ": ", "frame", False))
            msg.add(main)
            if rng.random() < 0.5:
                g2, i2, t2 = pick_body(ctx)
                msg.add(render(ctx, "\n[{n:date}, {n:time}] " + name + ": ", "frame", False))
                msg.add(render(ctx, t2, tid_of(ctx.lang, g2, i2, ctx.half)))
        else:
            msg.add(main)
    elif channel == "email":
        build_email(ctx, msg, main)
    elif channel == "agent_reply":
        build_agent(ctx, msg)
    else:  # dms, messenger, telegram
        msg.add(main)
        if rng.random() < 0.25:
            g2, i2, t2 = pick_body(ctx)
            msg.add(render(ctx, t2, tid_of(ctx.lang, g2, i2, ctx.half)), "\n")
    return msg


def build_email(ctx, msg, main):
    rng = ctx.rng
    mod = tmod(ctx.lang)
    if rng.random() < 0.4:
        subj = {"fr": "Objet : ", "en": "Subject: ", "nl": "Onderwerp: "}[P.fam(ctx.lang)]
        msg.add(lit(subj + {"fr": "Re: ma demande", "en": "RE: my prescription", "nl": "Re: mijn vraag"}[P.fam(ctx.lang)] + "\n\n"))
    msg.add(render(ctx, pick(ctx, mod.GREET), "frame"))
    if rng.random() < 0.6:
        msg.add(render(ctx, pick(ctx, mod.INTRO), "frame"), "\n\n")
    msg.add(main, "\n\n")
    if rng.random() < 0.6:
        g2, i2, t2 = pick_body(ctx)
        msg.add(render(ctx, t2, tid_of(ctx.lang, g2, i2, ctx.half)), "\n\n")
    msg.add(render(ctx, pick(ctx, mod.CLOSE), "frame"), "\n\n")
    msg.add(render(ctx, pick(ctx, mod.SIG), "sig"), "\n")
    if rng.random() < 0.85:
        hdr = render(ctx, pick(ctx, mod.QUOTE_HDR), "frame")
        qb = render(ctx, pick(ctx, mod.QUOTE_BODY), "quote")
        if rng.random() < 0.65:
            msg.add(hdr, "\n\n")
            msg.add(quote_piece(qb), "\n")
        else:
            msg.add(hdr, "\n\n")
            msg.add(qb, "\n\n")
    if rng.random() < 0.7:
        msg.add(render(ctx, pick(ctx, mod.DISC), "frame"), "\n\n")


def build_agent(ctx, msg):
    rng = ctx.rng
    mod = tmod(ctx.lang)
    fam = P.fam(ctx.lang)
    gname = "agent_confirm" if rng.random() < 0.65 else "agent_ask"
    members = deal(mod.AGENT[gname], ctx.half)
    ai = rng.randrange(len(members))
    at = members[ai]
    cust = None
    if gname == "agent_confirm":
        need = None
        m = re.search(r"\{([a-z]+)#1\}", at)
        if m:
            need = m.group(1)
        g, i, t = pick_body(ctx, need)
        cust = render(ctx, t, tid_of(ctx.lang, g, i, ctx.half))
    hello = {"nl": ["Hoi {f:first},", "Hallo {f:first}!", "Beste {f:first},", "Hi!"],
             "fr": ["Bonjour {f:first},", "Bonjour !", "Chère Madame, cher Monsieur,", "Salut {f:first} !"],
             "en": ["Hi {f:first},", "Hello {f:first}!", "Hey there,", "Dear {f:first},"]}[fam]
    if gname == "agent_confirm":
        msg.add(render(ctx, pick(ctx, hello) + " ", "frame"))
    msg.add(render(ctx, at, f"{fam}.{gname}.{ctx.half}.{ai}"))
    msg.add(render(ctx, pick(ctx, mod.AGENT_SIG), "frame"), rng.choice(["\n", " ", "\n\n"]))
    if cust is not None and rng.random() < 0.75:
        msg.add(quote_piece(cust, rng.choice(["> ", ">> "])), "\n\n")


# ------------------------------------------------------------------ checks
def self_check(rec):
    text = rec["text"]
    items = [("s", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("n", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for kind, typ, s, e in items:
        if not (0 <= s < e <= len(text)):
            raise AssertionError(f"{rec['id']}: out of range {typ} {s}-{e}")
        v = text[s:e]
        if v != v.strip() or not v.strip():
            raise AssertionError(f"{rec['id']}: whitespace around {typ} {v!r}")
    spans = sorted(items, key=lambda x: x[2])
    for a, b in zip(spans, spans[1:]):
        if b[2] < a[3]:
            raise AssertionError(f"{rec['id']}: overlap {a} {b}")
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card" and not V.luhn_ok(v):
            raise AssertionError(f"{rec['id']}: bad luhn {v}")
        if s["type"] == "iban" and not V.iban_ok(v):
            raise AssertionError(f"{rec['id']}: bad iban {v}")
        if s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            ok = V.bsn_ok(v) if len(d) == 9 else V.rrn_ok(v)
            if not ok:
                raise AssertionError(f"{rec['id']}: bad bsn/rrn {v}")


# ------------------------------------------------------------------ main
def generate_half(seed, half):
    rng = random.Random(seed * 2 + half)
    name = "dev" if half == 0 else "heldout"
    recs = []
    tids = defaultdict(set)
    for n in range(N_PER_HALF):
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        channel = rng.choices(CHANNELS, CH_WEIGHTS)[0]
        ctx = Ctx(rng, lang, P.pools_for(lang, half), half)
        msg = build_message(ctx, channel)
        # trim stray whitespace at ends, adjusting offsets
        lead = len(msg.text) - len(msg.text.lstrip())
        text = msg.text.strip()
        rec = {
            "id": f"{PREFIX}-{name}-{n:05d}", "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private", "text": text,
            "spans": [{"type": t, "start": s - lead, "end": e - lead} for t, s, e, _ in sorted(msg.spans, key=lambda x: x[1])],
            "negatives": [{"kind": k, "start": s - lead, "end": e - lead} for k, s, e in sorted(msg.negs, key=lambda x: x[1])],
        }
        for t, s, e, tid in msg.spans:
            tids[t].add(tid)
        self_check(rec)
        recs.append(rec)
    return name, recs, tids


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        rows.append(f"| {k} | {v} |")
    return "\n".join(rows)


def write_readme(seed, halves):
    L = []
    L.append("# Blind scrub corpus blind74 — healthcare webcare (pharmacies, insurers, patient portals)\n")
    L.append("This corpus was written **blind**: its author did not open, list, grep or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory of "
             "`tests/scrub_corpus/` (other corpora, scorers, generators), nor git history. It was written from "
             "public knowledge of how platforms format messages and how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Healthcare: pharmacies and online pharmacies, health insurers / mutualities and claims, GP and hospital "
             "appointment portals, patient apps, prescriptions and repeat-medication deliveries, dentists and opticians. "
             "Dutch, Belgian (nl/fr), UK and US customers and agents. Domain-specific hard negatives include pharmacy "
             "product codes (Z-Index, CNK, PIP, NDC), medicine quantities, CPAP/oxygen hour counters, claim numbers, "
             "insurer/pharmacy service numbers and company registrations in signatures.\n")
    L.append("## Generation\n")
    L.append(f"`python3 generate_blind.py --seed {seed}` (inside this directory, Python 3.11 standard library only). "
             "Modules: `values.py` (value generators and validators), `pools.py` (filler pools), `tpl_nl.py`, "
             "`tpl_fr.py`, `tpl_en.py` (templates per language).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language family × situation, plus greeting, closing, signature, "
             "quote-header, quoted-body, disclaimer, agent-signature and agent-reply groups). Each group's members are "
             "dealt alternately: even index → dev, odd index → heldout, so no template or frame is shared between the "
             "halves. Every filler pool (first/last names, streets, cities, organisations, agents, mentions, hashtags, "
             "URLs, device models, SSIDs, medicine names, company phone numbers) is dealt the same way. Each half uses "
             "its own `random.Random(seed * 2 + half)`. Typos and lower-casing are applied only to literal template text, "
             "never to labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word; every occurrence is labelled (agent repeats, quoted history).
- Belgian national register numbers (rijksregisternummer / NISS / INSZ) are labelled `bsn`, like the Dutch BSN.
- UK NHS numbers (valid mod-11), US member IDs and Medicare-style IDs, insurer policy / member / relation numbers,
  hospital patient numbers and pharmacy customer numbers are labelled `customer_number`.
- Key-safe, door, gate, alarm, locker and medicine-dispenser codes are `pin`. Pickup-locker codes are `pin` too.
- OTPs dictated as number words ("vier acht ...", "quatre ...", "four ...") are one `otp` span.
- Company registration negatives cover the number only (e.g. after "KvK", "BTW", "ondernemingsnummer", "Company No.").
- Organisation service numbers (in agent signatures, quoted replies, complaints) are `company_phone` negatives.
- Claim / declaration / dossier / case numbers are `ticket_number`; Z-Index, CNK, PIP and NDC codes are `product_code`.
- Device models (glucose sensors, CPAPs, phones) are `model_number`; CPAP/oxygen concentrator hour counters are `meter_reading`.
- WhatsApp paste prefixes "[date, time] Name:" carry date/time negatives; the sender name is not labelled.
- SSIDs, personal names, cities alone, BIC codes and medicine names are not labelled.
- Dates of birth are `date_of_birth`; other dates (appointments, deliveries) are `date` negatives.
""")
    L.append("## Known limitations\n")
    L.append("""- Template-based: sentence frames repeat within a half; values are random, not from real people.
- Some value/context combinations are implausible (e.g. a UK IBAN in an en-us message).
- Quoted history in e-mails is a single level; no HTML, no base64, no attachments.
- Public posts contain secrets more often than in reality (to exercise the detector on public channels).
- A bare quantity number ("binnen 5 werkdagen") is marked `quantity`.
""")
    L.append("## Counts\n")
    for name, recs, tids in halves:
        L.append(f"### {name}.jsonl\n")
        L.append(f"Messages: {len(recs)}\n")
        sc = Counter(s["type"] for r in recs for s in r["spans"])
        rows = ["| span type | count | distinct templates |", "|---|---|---|"]
        for k, v in sorted(sc.items(), key=lambda x: (-x[1], x[0])):
            rows.append(f"| {k} | {v} | {len(tids[k])} |")
        L.append("\n".join(rows) + "\n")
        L.append(table(Counter(n["kind"] for r in recs for n in r["negatives"]), "negative kind") + "\n")
        L.append(table(Counter(r["channel"] for r in recs), "channel") + "\n")
        L.append(table(Counter(r["lang"] for r in recs), "lang") + "\n")
        em = [len(r["text"].encode("utf-8")) for r in recs if r["channel"] == "email"]
        if em:
            inrange = sum(1 for x in em if 500 <= x <= 2048)
            L.append(f"E-mails: {len(em)}, of which {inrange} are 0.5–2 KB (median {sorted(em)[len(em)//2]} bytes).\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = []
    for half in (0, 1):
        name, recs, tids = generate_half(a.seed, half)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves.append((name, recs, tids))
    write_readme(a.seed, halves)
    print("ok", [(n, len(r)) for n, r, _ in halves])


if __name__ == "__main__":
    main()
