#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind108). Python 3.11 standard library only.
Usage: python3 generate_blind.py --seed 20261306"""
import argparse
import collections
import json
import random
import re

import pools as P
import values as V
from templates_nl import NL, BE
from templates_fr_en import FR, EN
from wrappers import W

PREFIX = "b108"
N_PER_HALF = 950
TSETS = {"nl": NL, "nl-be": BE, "fr-be": FR, "en-gb": EN, "en-us": EN}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 29), ("agent_reply", 11), ("whatsapp", 11), ("messenger", 8), ("x_dm", 6), ("x_public", 9),
            ("facebook_comment", 8), ("instagram_comment", 6), ("instagram_dm", 6), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SLOT = re.compile(r"\{([~@]?)(\w+)(?::(\w+))?(?:#(\d+))?\}")
SPANMAP = {"cust": "customer_number", "dob": "date_of_birth", "expiry": "card_expiry", "ip": "ip_address"}


def wpick(rng, items):
    return rng.choices([x for x, _ in items], [w for _, w in items])[0]


class Msg:
    def __init__(self):
        self.segs = []  # (text, span_type or None, neg_kind or None)

    def add(self, text, span=None, neg=None):
        if text:
            self.segs.append((text, span, neg))

    def extend(self, other):
        self.segs.extend(other.segs)

    def quoted(self, prefix="> "):
        q = Msg()
        q.add(prefix)
        for t, s, n in self.segs:
            if s is None and n is None:
                t = t.replace("\n", "\n" + prefix)
            q.add(t, s, n)
        return q

    def build(self):
        text, spans, negs = "", [], []
        for t, s, n in self.segs:
            a = len(text)
            text += t
            if s:
                spans.append({"type": s, "start": a, "end": len(text)})
            elif n:
                negs.append({"kind": n, "start": a, "end": len(text)})
        return text, spans, negs


class Ctx:
    def __init__(self, rng, half, lang):
        self.rng, self.half, self.lang = rng, half, lang
        self.first = rng.choice(P.deal(P.FIRST[lang], half))
        self.last = rng.choice(P.deal(P.LAST[lang], half))
        self.sector = rng.choice(P.SECTORS)
        self.cache = {}
        self.used_ids = []
        self.span_tids = []
        self.cur_tid = None

    def brand(self):
        return self.rng.choice(P.deal(P.BRANDS[self.sector][P.brand_key(self.lang)], self.half))


def typo(rng, s, rate):
    if rng.random() > rate:
        return s
    words = [m for m in re.finditer(r"[A-Za-zéèà]{5,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    k = rng.randrange(4)
    if k == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == 1:
        w2 = w[:i] + w[i + 1:]
    elif k == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.lower() if w[0].isupper() else w
        w2 = w2[:i] + rng.choice("aeiosnrt") + w2[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


def address(ctx, variant):
    rng, half, reg = ctx.rng, ctx.half, P.region(ctx.lang)
    st = rng.choice(P.deal(P.STREETS[reg], half))
    pc, city = rng.choice(P.deal(P.CITIES[reg], half))
    n = rng.randint(1, 240)
    if reg == "nl":
        base = f"{st} {n}{rng.choice(['', '', 'A', 'B', '-2', ' hs', '-III'])}"
        if rng.random() < 0.3:
            pc = pc.replace(" ", "")
        tail = rng.choice([f", {pc} {city}", f" {pc} {city}", f", {pc}  {city}".replace("  ", " "), f", {city}"])
    elif reg == "be":
        base = f"{st} {n}{rng.choice(['', '', ' bus 3', ' bus 12', '/0101'])}"
        tail = rng.choice([f", {pc} {city}", f" {pc} {city}", f", B-{pc} {city}"])
    elif reg == "fr":
        base = f"{st} {n}{rng.choice(['', '', ' bte 4', '/2', ' boîte 11'])}"
        tail = rng.choice([f", {pc} {city}", f" - {pc} {city}", f", B-{pc} {city}"])
    elif reg == "uk":
        base = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"Room {rng.randint(1, 40)}, "]) + f"{n} {st}"
        tail = rng.choice([f", {city} {pc}", f", {city}, {pc}", f" {pc}"])
    else:
        base = f"{n * 7} {st}" + rng.choice(["", "", f", Apt {rng.randint(1, 20)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}"])
        tail = rng.choice([f", {city}, {pc}", f", {city} {pc}"])
    if variant == "street" or rng.random() < 0.15:
        return base
    return base + tail


def span_value(ctx, name, variant):
    rng, lang = ctx.rng, ctx.lang
    reg = P.region(lang)
    if name == "password":
        return V.password(rng, lang)
    if name == "pin":
        return V.pin(rng, variant or "")
    if name == "puk":
        return V.puk(rng)
    if name == "otp":
        return V.otp(rng, lang, variant or "")
    if name == "wifi_key":
        return V.wifi_key(rng)
    if name == "username":
        return V.username(rng, ctx.first, ctx.last)
    if name == "api_key":
        return V.api_key(rng)
    if name == "token":
        return V.token(rng)
    if name == "card":
        return V.card(rng, "bancontact" if lang in ("nl-be", "fr-be") and rng.random() < 0.3 else "")
    if name == "cvv":
        return V.cvv(rng)
    if name == "iban":
        cc = variant or {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB"}.get(lang, "DE")
        if rng.random() < 0.12:
            cc = rng.choice(["DE", "FR", "LU", "NL", "BE", "GB"])
        return V.iban(rng, cc)
    if name == "bsn":
        v = variant or ("nl" if lang == "nl" else "be")
        return V.bsn(rng) if v == "nl" else V.rrn(rng)
    if name == "email":
        return V.email(rng, lang, ctx.first, ctx.last)
    if name == "phone":
        return V.phone(rng, {"nl": "nl", "be": "be", "fr": "be", "uk": "uk", "us": "us"}[reg], variant or "")
    if name == "address":
        return address(ctx, variant)
    if name == "dob":
        return V.dob(rng, lang)
    if name == "cust":
        return V.customer_number(rng, variant or "")
    if name == "expiry":
        return V.card_expiry(rng, lang)
    if name == "ip":
        return V.ip_address(rng)
    raise KeyError(name)


def neg_value(ctx, kind, variant):
    rng, half, lang = ctx.rng, ctx.half, ctx.lang
    if kind == "mention":
        b = ctx.brand()
        return "@" + re.sub(r"[^A-Za-z0-9_]", "", V.ascii_fold(b))[:15]
    if kind == "hashtag":
        return rng.choice(P.deal(P.HASHTAGS[lang], half))
    if kind == "url":
        return rng.choice(P.deal(P.URLS[lang], half))
    if kind == "model_number":
        return rng.choice(P.deal(P.DEVICES, half))
    return V.neg(rng, kind, lang, variant or "")


def filler(ctx, name):
    rng, half = ctx.rng, ctx.half
    if name == "first":
        return ctx.first
    if name == "last":
        return ctx.last
    if name == "name":
        return f"{ctx.first} {ctx.last}"
    if name == "brand":
        return ctx.brand()
    if name == "agent":
        return rng.choice(P.deal(P.AGENTS[ctx.lang], half))
    if name == "ssid":
        return rng.choice(P.deal(P.SSIDS, half))
    if name == "city":
        return rng.choice(P.deal(P.CITIES[P.region(ctx.lang)], half))[1]
    raise KeyError(name)


def render(ctx, tpl, typo_rate=0.0, tid=None):
    m = Msg()
    pos = 0
    for mt in SLOT.finditer(tpl):
        lit = tpl[pos:mt.start()]
        m.add(typo(ctx.rng, lit, typo_rate).replace("<<", "{").replace(">>", "}"))
        sig, name, variant, rep = mt.groups()
        key = (sig, name, variant, rep)
        if rep and key in ctx.cache:
            val = ctx.cache[key]
        else:
            val = filler(ctx, name) if sig == "@" else neg_value(ctx, name, variant) if sig == "~" else span_value(ctx, name, variant)
            if rep:
                ctx.cache[key] = val
        if sig == "@":
            m.add(val)
        elif sig == "~":
            m.add(val, neg=name)
        else:
            m.add(val, span=SPANMAP.get(name, name))
            ctx.span_tids.append((SPANMAP.get(name, name), tid or ctx.cur_tid))
        pos = mt.end()
    m.add(typo(ctx.rng, tpl[pos:], typo_rate).replace("<<", "{").replace(">>", "}"))
    return m


def pick(ctx, group_id, lst):
    sub = P.deal(lst, ctx.half)
    i = ctx.rng.randrange(len(sub))
    idx = i * 2 + ctx.half
    tid = f"{group_id}:{idx}"
    ctx.used_ids.append(tid)
    ctx.cur_tid = tid
    return sub[i], tid


def body_template(ctx, agent=False):
    tset = TSETS[ctx.lang]
    tname = "EN" if ctx.lang.startswith("en") else {"nl": "NL", "nl-be": "BE", "fr-be": "FR"}[ctx.lang]
    if agent:
        sit = "agent"
    else:
        sits = [s for s in tset if s != "agent"]
        sect = [s for s in sits if s.startswith(ctx.sector)]
        tech = [s for s in sits if s.endswith("_misc")]
        if tech and ctx.rng.random() < 0.08:
            sit = ctx.rng.choice(tech)
        else:
            sit = ctx.rng.choice(sect) if sect and ctx.rng.random() < 0.85 else ctx.rng.choice(sits)
        for s in P.SECTORS:
            if sit.startswith(s):
                ctx.sector = s
    tpl, tid = pick(ctx, f"{tname}.{sit}", tset[sit])
    return tpl, tid


def wrap(ctx, part):
    tpl, _ = pick(ctx, f"W.{ctx.lang}.{part}", W[ctx.lang][part])
    return render(ctx, tpl, 0.1)


def lit(text):
    m = Msg()
    m.add(text)
    return m


def make_message(ctx, channel, typo_rate):
    rng = ctx.rng
    m = Msg()
    if channel == "agent_reply":
        tpl, tid = body_template(ctx, agent=True)
        if rng.random() < 0.4:
            m.add(neg_value(ctx, "mention", ""), neg="mention")
            m.add(" ")
        m.extend(render(ctx, tpl, typo_rate * 0.3))
        return m, tid
    if channel == "email" and rng.random() < 0.25:
        # agent e-mail answering a quoted customer e-mail
        tpl, tid = body_template(ctx, agent=True)
        m.extend(wrap(ctx, "greet") if rng.random() < 0.3 else lit(""))
        if m.segs:
            m.add("\n\n")
        m.extend(render(ctx, tpl, 0.02))
        m.add("\n\n")
        m.extend(wrap(ctx, "agentsig"))
        m.add("\n\n")
        m.extend(wrap(ctx, "aquote"))
        m.add("\n")
        ctpl, _ = body_template(ctx)
        cust = wrap(ctx, "greet")
        cust.add("\n\n")
        cust.extend(render(ctx, ctpl, typo_rate))
        if rng.random() < 0.6:
            cust.add("\n\n")
            cust.extend(render(ctx, body_template(ctx)[0], typo_rate))
        cust.add("\n\n")
        cust.extend(wrap(ctx, "close"))
        cust.add("\n")
        cust.extend(wrap(ctx, "sig"))
        m.extend(cust.quoted())
        return m, tid
    tpl, tid = body_template(ctx)
    body = render(ctx, tpl, typo_rate)
    if channel == "email":
        if rng.random() < 0.15:
            m.extend(wrap(ctx, "fwd"))
            m.add("\n")
        m.extend(wrap(ctx, "greet"))
        m.add("\n\n")
        m.extend(body)
        if rng.random() < 0.9:
            t2, tid2 = body_template(ctx)
            for _ in range(6):
                if tid2 != tid:
                    break
                t2, tid2 = body_template(ctx)
            m.add("\n\n" + rng.choice(["", "PS ", "Verder: " if ctx.lang.startswith("nl") else "Also, " if ctx.lang.startswith("en") else "Aussi: "]))
            m.extend(render(ctx, t2, typo_rate))
        m.add("\n\n")
        m.extend(wrap(ctx, "close"))
        m.add("\n")
        m.extend(wrap(ctx, "sig"))
        if rng.random() < 0.4:
            m.add("\n\n")
            m.extend(wrap(ctx, "disc"))
        if rng.random() < 0.85:
            m.add("\n\n")
            m.extend(wrap(ctx, "qhead"))
            m.add("\n")
            m.extend(wrap(ctx, "quoted").quoted())
        return m, tid
    if channel in PUBLIC:
        if rng.random() < 0.5 and not (body.segs and body.segs[0][2] == "mention"):
            m.add(neg_value(ctx, "mention", ""), neg="mention")
            m.add(" ")
        m.extend(body)
        if rng.random() < 0.45:
            m.add(" ")
            m.add(neg_value(ctx, "hashtag", ""), neg="hashtag")
            if rng.random() < 0.3:
                m.add(" ")
                m.add(neg_value(ctx, "hashtag", ""), neg="hashtag")
        return m, tid
    # private chat
    if channel == "whatsapp" and rng.random() < 0.3:
        m.add("[")
        m.add(neg_value(ctx, "time", ""), neg="time")
        m.add(", ")
        m.add(neg_value(ctx, "date", ""), neg="date")
        m.add(f"] {ctx.first}: ")
    elif rng.random() < 0.5:
        g, _ = pick(ctx, f"W.{ctx.lang}.chatgreet", W[ctx.lang]["chatgreet"])
        m.add(typo(rng, g, typo_rate) + rng.choice([", ", " ", "! ", "\n"]))
    if rng.random() < 0.5 and not (m.segs or [("", 0, 0)])[-1][0].endswith("\n"):
        first = body.segs[0][0] if body.segs else ""
        if body.segs and body.segs[0][1] is None and body.segs[0][2] is None and first[:1].isupper() and rng.random() < 0.5:
            body.segs[0] = (first[0].lower() + first[1:], None, None)
    m.extend(body)
    if rng.random() < 0.3:
        m.add("\n" + (rng.choice(["", "", "Oh en ", "en ", "+ "]) if ctx.lang.startswith("nl") else rng.choice(["", "", "+ ", "PS "])))
        t2, tid2 = body_template(ctx)
        for _ in range(6):
            if tid2 != tid:
                break
            t2, tid2 = body_template(ctx)
        m.extend(render(ctx, t2, typo_rate))
    if rng.random() < 0.4:
        c, _ = pick(ctx, f"W.{ctx.lang}.chatclose", W[ctx.lang]["chatclose"])
        m.add(rng.choice([" ", "\n", ". "]) + typo(rng, c, typo_rate))
    return m, tid


def normalise(m):
    """Merge adjacent literal segments."""
    out = Msg()
    for t, s, n in m.segs:
        if out.segs and s is None and n is None and out.segs[-1][1] is None and out.segs[-1][2] is None:
            out.segs[-1] = (out.segs[-1][0] + t, None, None)
        else:
            out.segs.append((t, s, n))
    return out


def check(rec):
    text = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), rec["id"]
        assert not text[a].isspace() and not text[b - 1].isspace(), (rec["id"], text[a:b])
        iv.append((a, b, "type" in s))
    iv.sort()
    for (a1, b1, s1), (a2, b2, s2) in zip(iv, iv[1:]):
        assert b1 <= a2, (rec["id"], text[a1:b1], text[a2:b2])
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    name = ["dev", "heldout"][half]
    recs, tids = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        lang = wpick(rng, LANGS)
        channel = wpick(rng, CHANNELS)
        ctx = Ctx(rng, half, lang)
        typo_rate = rng.choice([0.0, 0.15, 0.35, 0.6])
        m, tid = make_message(ctx, channel, typo_rate)
        m = normalise(m)
        # strip leading/trailing whitespace of literal edges
        text, spans, negs = m.build()
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        for typ, t in ctx.span_tids:
            tids[typ].add(t)
        recs.append(rec)
    return recs, tids


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items())]
    return "\n".join(rows)


def readme(seed, halves):
    parts = [f"# Scrub corpus blind108 (written blind, seed {seed})", "",
             "This corpus was written blind: while writing it I did not open, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and I did not read git history. No scrubber or scorer was run.", "",
             "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
             "## Emphasis", "",
             "Supermarket loyalty apps, student housing (kot/kamer/halls), notaries, dating apps, lotteries, museums and "
             "recruitment agencies for nurses. Dutch, Belgian (Flemish and French), UK and US customers; all channels; typos in "
             "cue words; e-mail greetings, signatures, disclaimers, forwarded headers and quoted history; agent replies.", "",
             "## Generation", "", "```", f"python3 generate_blind.py --seed {seed}", "```", "",
             "Modules: `values.py` (value generators with checksums), `pools.py` (filler pools), `templates_nl.py`, "
             "`templates_fr_en.py` (body templates per language and situation), `wrappers.py` (greetings, closings, signatures, "
             "quote headers, quoted agent mails, disclaimers, agent signatures, chat frames).", "",
             "## Split rule", "",
             "Every template group (language set x situation, and every wrapper list per language) is dealt alternately: even "
             "index to dev, odd index to heldout. Filler pools (names, streets, cities, brands, agents, hashtags, URLs, device "
             "models, SSIDs) are dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. English templates "
             "are shared by en-gb and en-us within a half (values, addresses, phones and wrappers differ by locale).", "",
             "## Labelling conventions and judgement calls", "",
             "- Spans cover the value only, never the cue word; every occurrence is labelled, also inside `> ` quoted history and forwarded headers.",
             "- Belgian national register numbers (rijksregisternummer / NISS) use type `bsn`; Dutch BSNs are 11-proof.",
             "- Door, keysafe, gate and alarm codes are `pin` (including a trailing `#` or leading `*` typed on the keypad).",
             "- OTPs dictated as words (\"vier twee zeven ...\", \"quatre deux ...\") are one `otp` span.",
             "- Loyalty card numbers (13 digits starting 26), member IDs, tenancy/contract numbers, player numbers, museum card "
             "numbers, candidate numbers, Dutch BIG registration numbers and UK NMC PINs are `customer_number` (they identify a person). "
             "The NMC PIN is deliberately not a `pin`.",
             "- A notary's dossier/file reference is a `ticket_number` negative (it identifies a case, not the person).",
             "- AWS access key id and secret are both `api_key`; bearer/JWT/PAT/session/hex tokens after a token cue are `token`; "
             "hex checksums and request ids are negatives.",
             "- Personal names, SSIDs, brands, agent names and macro placeholders such as `{first_name}` are not labelled. "
             "Organisation e-mail addresses are avoided altogether.",
             "- Addresses include unit (bus/bte/Flat/Apt) and postcode/city when written; sometimes only street + number.",
             "- Masked values (`****1234`, `NL** ...`, `j***@gmail.com`) are `masked_value` negatives.",
             "- The WhatsApp export prefix `[time, date] Name:` contributes time/date negatives.", "",
             "## Known limitations", "",
             "- Template-based: about 200 body templates plus wrappers; phrasing variety is bounded by them.",
             "- Typos are injected only into literal text (cue words included), never into values.",
             "- Some combinations are semantically odd (random sector/brand in wrappers, random values in quoted history).",
             "- en-us IBANs are foreign (DE/FR/...) since the US has no IBAN.", ""]
    for name, (recs, tids) in halves.items():
        sc, nc, cc, lc = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
        for r in recs:
            cc[r["channel"]] += 1
            lc[r["lang"]] += 1
            for s in r["spans"]:
                sc[s["type"]] += 1
            for n in r["negatives"]:
                nc[n["kind"]] += 1
        parts += [f"## Counts: {name}", "", f"Messages: {len(recs)}", "",
                  "| span type | count | distinct templates |", "|---|---|---|"]
        parts += [f"| {k} | {v} | {len(tids[k])} |" for k, v in sorted(sc.items())]
        parts += ["", table(nc, "negative kind"), "", table(cc, "channel"), "", table(lc, "language"), ""]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in enumerate(["dev", "heldout"]):
        recs, tids = gen_half(a.seed, half)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves[name] = (recs, tids)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print({k: len(v[0]) for k, v in halves.items()})


if __name__ == "__main__":
    main()
