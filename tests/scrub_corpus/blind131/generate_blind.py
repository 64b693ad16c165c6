#!/usr/bin/env python3
"""Seeded generator for blind webcare scrub corpus blind131 (stdlib only).

Usage: python3 generate_blind.py --seed 20261329
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import negs
import pools
import tpl_en
import tpl_frbe
import tpl_nl
import tpl_nlbe
import values as V

PREFIX = "b131"
DIR = "blind131"
N_PER_HALF = 950

SPAN_TYPES = {
    "pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username", "api": "api_key",
    "tok": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn", "rrn": "bsn", "email": "email", "phone": "phone",
    "addr": "address", "dob": "date_of_birth", "cust": "customer_number", "exp": "card_expiry", "ip": "ip_address",
}
NEG_KINDS = {
    "date": "date", "time": "time", "amt": "amount", "qty": "quantity", "pct": "percentage", "year": "year", "order": "order_number",
    "ticket": "ticket_number", "inv": "invoice_number", "track": "tracking_number", "req": "request_id", "err": "error_code",
    "ver": "version_string", "model": "model_number", "prod": "product_code", "flight": "flight_number", "cphone": "company_phone",
    "kvk": "company_registration", "url": "url", "mention": "mention", "tag": "hashtag", "mask": "masked_value", "meter": "meter_reading",
    "port": "port", "sum": "checksum",
}
GROUPS = {"nl": tpl_nl, "nlbe": tpl_nlbe, "frbe": tpl_frbe, "en": tpl_en}
KINDS = ["CHAT", "PUBLIC", "AGENT", "EMAIL_BODY", "EXTRA", "GREET", "SIGN", "QUOTE", "DISCLAIMER", "SUBJECT"]
SECTORS = ["ph", "ls", "so", "ti", "pe", "fe"]

CHAT_PRE = {
    "nl": ["Hoi, ", "Hallo, ", "Goedemiddag! ", "Hey ", "Dag, ", "Hee, ", "Goedenavond, ", "Hallo daar. ", "Sorry dat ik stoor, ", "Hoi team, "],
    "nlbe": ["Dag, ", "Hallo, ", "Goeiemorgen, ", "Hey, ", "Hallo allemaal, ", "Goeiendag, ", "Salut, ", "Dag dag, "],
    "frbe": ["Bonjour, ", "Bonsoir, ", "Salut, ", "Bjr ", "Bonjour à vous, ", "Hello, ", "Re-bonjour, ", "Allô, "],
    "en": ["Hi, ", "Hello, ", "Hey ", "Hiya, ", "Good morning, ", "Hi there, ", "Evening all, ", "Howdy, ", "Hey guys, ", "Hi again, "],
}
CHAT_POST = {
    "nl": [" Alvast bedankt!", " thx", " groetjes", " Graag snel reactie.", " 🙏", " mvg", " Dank!", " ?", " Heel vervelend dit.", " Gr."],
    "nlbe": [" Merci!", " Alvast bedankt", " mvg", " 👍", " Dank u", " Groetjes", " merci hé", " Tot later"],
    "frbe": [" Merci !", " Merci d'avance", " cdlt", " bonne journée", " 🙏", " Bàv", " merci bcp", " svp"],
    "en": [" Thanks!", " cheers", " ta", " thx in advance", " 🙏", " Please help.", " Regards", " This is so frustrating.", " ty", " asap pls"],
}


def deal(lst, half):
    return [(i, x) for i, x in enumerate(lst) if i % 2 == half]


TOK = re.compile(r"\[\[(.*?)\]\]")


class Ctx:
    def __init__(self, r, lang, half, P):
        self.r, self.lang, self.half, self.P = r, lang, half, P
        self.loc = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}[lang]
        self.bloc = {"nl": "nl", "be": "be", "gb": "en", "us": "en"}[self.loc]
        self.lk = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en-gb": "en-gb", "en-us": "en-us"}[lang]
        self.first = r.choice(P["first"][lang])
        self.last = r.choice(P["last"][lang])
        self.cache = {}
        self.sector = r.choice(SECTORS)
        self.agent = r.choice(P["agents"])

    def brand(self):
        key = ("@brand", self.sector)
        if key not in self.cache:
            self.cache[key] = self.r.choice(self.P["brands"][self.sector][self.bloc])
        return self.cache[key]


def span_value(ctx, code, variant, key):
    r, loc, lang = ctx.r, ctx.loc, ctx.lang
    if code == "email" and key:  # second person
        f = r.choice(ctx.P["first"][lang])
        l = r.choice(ctx.P["last"][lang])
        return V.email(r, loc, f, l, variant)
    if code == "pw":
        return V.password(r)
    if code == "pin":
        return V.pin(r)
    if code == "puk":
        return V.puk(r)
    if code == "otp":
        return V.otp(r, lang, variant)
    if code == "wifi":
        return V.wifi_key(r)
    if code == "user":
        return V.username(r, ctx.first, ctx.last)
    if code == "api":
        return V.api_key(r, variant=variant)
    if code == "tok":
        return V.token(r, variant=variant)
    if code == "card":
        return V.card(r)
    if code == "cvv":
        return V.cvv(r)
    if code == "iban":
        return V.iban(r, loc, variant)
    if code == "bsn":
        return V.bsn(r) if loc == "nl" else V.rrn(r)
    if code == "rrn":
        return V.rrn(r)
    if code == "email":
        return V.email(r, loc, ctx.first, ctx.last, variant)
    if code == "phone":
        return V.phone(r, loc, variant)
    if code == "addr":
        return V.address(r, loc, ctx.P["streets"][loc], ctx.P["cities"][loc])
    if code == "dob":
        return V.dob(r, lang)
    if code == "cust":
        return V.customer_number(r, ctx.sector)
    if code == "exp":
        return V.card_expiry(r, lang)
    if code == "ip":
        return V.ip(r)
    raise KeyError(code)


def neg_value(ctx, code, variant):
    r, lang = ctx.r, ctx.lang
    if code == "mention":
        if variant == "person":
            return "@" + ctx.r.choice(ctx.P["first"][lang]).lower().replace("é", "e").replace("-", "") + r.choice(["_", "", "."]) + str(r.randint(1, 99))
        return "@" + re.sub(r"[^A-Za-z0-9_]", "", ctx.brand()) + r.choice(["", "", "_NL", "Care", "_help", "BE", "UK"])[: 8]
    if code == "tag":
        return r.choice(ctx.P["hashtags"][ctx.bloc])
    if code == "url":
        return negs.url(r, lang, brands=[ctx.brand()])
    fn = {"date": negs.date, "time": negs.time, "amt": negs.amount, "qty": negs.quantity, "pct": negs.percentage, "year": negs.year}.get(code)
    if fn:
        return fn(r, lang)
    fn = {"order": negs.order_number, "ticket": negs.ticket_number, "inv": negs.invoice_number, "track": negs.tracking_number,
          "req": negs.request_id, "err": negs.error_code, "ver": negs.version_string, "model": negs.model_number, "prod": negs.product_code,
          "flight": negs.flight_number, "cphone": negs.company_phone, "kvk": negs.company_registration, "mask": negs.masked_value,
          "meter": negs.meter_reading, "port": negs.port, "sum": negs.checksum}[code]
    return fn(r, lang, ctx.sector)


def filler(ctx, code):
    r = ctx.r
    if code == "name":
        return ctx.first
    if code == "last":
        return ctx.last
    if code == "full":
        return f"{ctx.first} {ctx.last}"
    if code == "city":
        c = r.choice(ctx.P["cities"][ctx.loc])
        return c[0] if isinstance(c, tuple) else c
    if code == "brand":
        return ctx.brand()
    if code == "agent":
        return ctx.agent
    if code == "ini":
        return ctx.agent[0] + r.choice("BDHKMRSTVW")
    if code == "ssid":
        return r.choice(ctx.P["ssids"])
    raise KeyError(code)


def render(ctx, tpl, tid):
    """Return list of segments (text, label, kind, tid); label in {None,'span','neg'}."""
    if len(tpl) > 3 and tpl[2] == "|" and tpl[:2] in SECTORS:
        if tpl[:2] != ctx.sector and ("@brand", ctx.sector) not in ctx.cache:
            ctx.sector = tpl[:2]
        tpl = tpl[3:]
    for k in [k for k in ctx.cache if k[0] == "neg"]:
        del ctx.cache[k]
    segs = []
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None, None, tid))
        body = m.group(1)
        key = ""
        if ":" in body:
            body, key = body.split(":", 1)
        variant = None
        if "/" in body:
            body, variant = body.split("/", 1)
        if body.startswith("@"):
            segs.append((filler(ctx, body[1:]), "fill", None, tid))
        elif body.startswith("~"):
            code = body[1:]
            ck = ("neg", code, variant, key)
            if ck not in ctx.cache:
                ctx.cache[ck] = neg_value(ctx, code, variant)
            segs.append((ctx.cache[ck], "neg", NEG_KINDS[code], tid))
        else:
            ck = ("span", "bsn" if body == "rrn" else body, variant, key)
            if ck not in ctx.cache:
                ctx.cache[ck] = span_value(ctx, body, variant, key)
            segs.append((ctx.cache[ck], "span", SPAN_TYPES[body], tid))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None, None, tid))
    return segs


def typo_word(r, w):
    i = r.randint(1, len(w) - 2)
    op = r.choice(["swap", "drop", "dup", "swap"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def inject_typos(r, segs, n):
    idx = [i for i, s in enumerate(segs) if s[1] is None and re.search(r"[A-Za-zéèà]{4,}", s[0])]
    for _ in range(n):
        if not idx:
            return
        i = r.choice(idx)
        text = segs[i][0]
        words = list(re.finditer(r"[A-Za-z]{4,}", text))
        if not words:
            continue
        w = r.choice(words)
        segs[i] = (text[:w.start()] + typo_word(r, w.group()) + text[w.end():],) + segs[i][1:]


def lit(t):
    return [(t, None, None, None)]


def assemble(segs):
    text, spans, negatives, used = "", [], [], []
    for t, lab, kind, tid in segs:
        s = len(text)
        text += t
        if lab == "span":
            spans.append({"type": kind, "start": s, "end": len(text)})
            used.append((kind, tid))
        elif lab == "neg":
            negatives.append({"kind": kind, "start": s, "end": len(text)})
    return text, spans, negatives, used


def sector_of(t):
    return t[:2] if len(t) > 3 and t[2] == "|" and t[:2] in SECTORS else None


def pick(r, T, group, kind, sector=None):
    items = T[group][kind]
    for _ in range(20):
        i, t = r.choice(items)
        if sector is None or sector_of(t) in (None, sector):
            break
    return f"{group}/{kind}/{i}", t


def build_message(r, half, P, T, lang, channel_kind):
    ctx = Ctx(r, lang, half, P)
    g = {"nl": "nl", "nl-be": "nlbe", "fr-be": "frbe", "en-gb": "en", "en-us": "en"}[lang]
    gb = ("nl" if r.random() < 0.4 else "nlbe") if g == "nlbe" else g   # nl-be borrows generic Dutch bodies
    segs = []
    if channel_kind == "chat":
        tid, t = pick(r, T, gb, "CHAT")
        ctx.sector = sector_of(t) or ctx.sector
        if r.random() < 0.45:
            segs += lit(r.choice(T["pre"][g]))
        segs += render(ctx, t, tid)
        if r.random() < 0.25:
            tid2, t2 = pick(r, T, gb, "CHAT", ctx.sector)
            if tid2 != tid:
                segs += lit(r.choice(["\n", "\n\n", " ... ", "\n-- ", " en ook: " if g.startswith("nl") else " et aussi : " if g == "frbe" else " also: "]))
                segs += render(ctx, t2, tid2)
        if r.random() < 0.4:
            segs += lit(r.choice(T["post"][g]))
        channel = r.choice(["x_dm", "instagram_dm", "messenger", "whatsapp", "whatsapp", "telegram", "messenger"])
    elif channel_kind == "public":
        tid, t = pick(r, T, gb, "PUBLIC")
        ctx.sector = sector_of(t) or ctx.sector
        segs += render(ctx, t, tid)
        channel = r.choice(["x_public", "facebook_comment", "instagram_comment", "x_public"])
    elif channel_kind == "agent":
        tid, t = pick(r, T, gb, "AGENT")
        ctx.sector = sector_of(t) or ctx.sector
        segs += render(ctx, t, tid)
        channel = "agent_reply"
    else:
        channel = "email"
        parts = []
        body = pick(r, T, gb, "EMAIL_BODY")
        ctx.sector = sector_of(body[1]) or ctx.sector
        if r.random() < 0.5:
            parts.append(pick(r, T, g, "SUBJECT"))
        parts.append(pick(r, T, g, "GREET"))
        parts.append(body)
        if r.random() < 0.6:
            parts.append(pick(r, T, g, "EXTRA"))
        if r.random() < 0.3:
            extra = pick(r, T, gb, "EMAIL_BODY", ctx.sector)
            if extra[0] != body[0] and sector_of(extra[1]) in (None, ctx.sector):
                parts.append(extra)
        parts.append(pick(r, T, g, "SIGN"))
        if r.random() < 0.8:
            parts.append(pick(r, T, g, "QUOTE"))
        if r.random() < 0.35:
            parts.append(pick(r, T, g, "DISCLAIMER"))
        for k, (tid, t) in enumerate(parts):
            if k:
                segs += lit("\n\n")
            segs += render(ctx, t, tid)
    if r.random() < 0.3:
        inject_typos(r, segs, r.choice([1, 1, 2, 3]))
    text, spans, negatives, used = assemble(segs)
    return channel, text, spans, negatives, used


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for s, e, lab, ty in items:
        assert 0 <= s < e <= len(t), (rec["id"], s, e)
        v = t[s:e]
        assert v == v.strip(), (rec["id"], ty, repr(v))
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (rec["id"], "overlap", a, b)
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    vis = "public" if rec["channel"] in ("x_public", "facebook_comment", "instagram_comment") else "private"
    assert rec["visibility"] == vis


def build_templates(half):
    T = {}
    for g, mod in GROUPS.items():
        T[g] = {k: deal(getattr(mod, k), half) for k in KINDS}
        for k in KINDS:
            assert T[g][k], (g, k)
    T["pre"] = {g: [x for _, x in deal(v, half)] for g, v in CHAT_PRE.items()}
    T["post"] = {g: [x for _, x in deal(v, half)] for g, v in CHAT_POST.items()}
    return T


def gen_half(seed, half):
    r = random.Random(seed * 2 + half)
    P = pools.pools_for_half(half)
    T = build_templates(half)
    negs.MODELS = {k: [x for _, x in deal(v, half)] for k, v in ORIG_MODELS.items()}
    negs.PRODUCTS = {k: [x for _, x in deal(v, half)] for k, v in ORIG_PRODUCTS.items()}
    name = "dev" if half == 0 else "heldout"
    recs, tmpl_use = [], defaultdict(set)
    langs = ["nl"] * 2 + ["nl-be", "fr-be", "en-gb", "en-us"]
    for i in range(N_PER_HALF):
        lang = r.choice(langs)
        ck = r.choices(["email", "chat", "public", "agent"], weights=[30, 40, 17, 13])[0]
        channel, text, spans, negatives, used = build_message(r, half, P, T, lang, ck)
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in ("x_public", "facebook_comment", "instagram_comment") else "private",
               "text": text, "spans": spans, "negatives": negatives}
        check(rec)
        for ty, tid in used:
            tmpl_use[ty].add(tid)
        recs.append(rec)
    with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return name, recs, tmpl_use


ORIG_MODELS = dict(negs.MODELS)
ORIG_PRODUCTS = dict(negs.PRODUCTS)


def table(title, counter, extra=None):
    lines = [f"| {title} | count |" + (" templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(lines)


def write_readme(seed, results):
    out = [f"# Scrub corpus {DIR} (blind, seed {seed})", "",
           "This corpus was written **blind**: its author did not open, read, grep or run anything under `functions/`, `tests/unit/`, "
           "`bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did not "
           "read git history. No scrubber or scorer was run. Values and phrasings come from public knowledge of how platforms format "
           "messages and how customers and agents write.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Pharmacies and online drugstores, language schools and tutoring, solar panel installers, concert and festival ticketing, "
           "pet shops and veterinary clinics, ferry and ship lines. Dutch, Belgian (Flemish and French), UK and US customers, all "
           "channels, typos, e-mail signatures and quoted history, agent replies.", "",
           "## Generation", "", "```", f"python3 generate_blind.py --seed {seed}", "```", "",
           "Writes `dev.jsonl`, `heldout.jsonl` and this README. Python 3.11 standard library only. Modules: `values.py` (labelled "
           "value generators and checksum helpers), `negs.py` (hard-negative generators), `pools.py` (filler pools), `tpl_nl.py`, "
           "`tpl_nlbe.py`, `tpl_frbe.py`, `tpl_en.py` (templates per language).", "",
           "## Split rule", "",
           "Templates are written in groups (language group x kind: chat, public post, agent reply, e-mail body, greeting, signature, "
           "quoted-history block, disclaimer, subject line, chat openers and closers). Each group's members are dealt alternately: even "
           "index to dev, odd index to heldout, so no template, frame, greeting, signature or quote block is shared between the halves. "
           "Filler pools (first and last names, streets, cities, brands per sector, agents, hashtags, SSIDs, device model numbers, "
           "product codes) are dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Belgian Dutch messages "
           "draw about 40% of their bodies from the generic Dutch groups (same half), with Belgian values. Typos are injected only "
           "into literal template text (never into labelled values, negatives or fillers).", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only, never the cue word; every occurrence is labelled (values repeat in signatures, quotes and agent replies).",
           "- `bsn` covers both the Dutch BSN (11-proof) and the Belgian national register number (rijksregisternummer / numéro de registre national, mod-97 check, pre- and post-2000). In nl-be/fr-be messages a `bsn` slot always renders a Belgian number.",
           "- `customer_number` includes pharmacy client numbers, student/pupil numbers, EAN connection codes (871... NL, 5414... BE), MPAN-style meter point numbers, ticketing account numbers, vet patient numbers, pet insurance policy numbers and ferry club membership numbers.",
           "- Booking references and reservation numbers (ferries, tickets, orders, quotes) are `order_number` negatives, not customer numbers. Dossier/case numbers are `ticket_number`.",
           "- OTPs dictated as words (\"vier zeven twee ...\", \"quatre ...\") are labelled as one `otp` span. E-mail addresses spelled out (\"jan dot smith at gmail dot com\") are labelled `email`.",
           "- In `Authorization: Bearer <token>` only the token is labelled. AWS access key ids and secrets are both `api_key`.",
           "- The person's own name, SSIDs, agent names/initials, brand names and macro placeholders (`{first_name}`, `<code>`, `[CODE]`) are not labelled.",
           "- Company service numbers (0900/088/078/0800/0345/1-800 style) are `company_phone` negatives; personal phone numbers in public posts are still labelled `phone`.",
           "- A `@handle` of another user in a public thread is a `mention` negative. Hex checksums (sha256/md5) are `checksum` negatives; hex strings after \"token\" are `token` spans.",
           "- Addresses are labelled as one span including postcode and city when written (possibly spanning a line break); a street and number alone is also an address.",
           "- Card PIN, SIM PIN, key-safe, gate, garage and alarm codes are all `pin`.", "",
           "## Known limitations", "",
           "- Template-based: sentence frames repeat within a half (different values each time).",
           "- Phone numbers use plausible but random digits; some could collide with real numbers' formats only.",
           "- Typos are simple letter swaps/drops/doubles; no autocorrect-style word substitutions.",
           "- IBAN/card/BSN values are synthetic but checksum-valid; addresses combine pooled streets with random numbers and postcodes.",
           "- Company registration numbers are random in format and not checksum-valid.", ""]
    for name, recs, tmpl_use in results:
        sp = Counter(s["type"] for r in recs for s in r["spans"])
        ng = Counter(n["kind"] for r in recs for n in r["negatives"])
        ch = Counter(r["channel"] for r in recs)
        lg = Counter(r["lang"] for r in recs)
        em = [len(r["text"].encode("utf-8")) for r in recs if r["channel"] == "email"]
        out += [f"## Counts: {name}.jsonl", "", f"Messages: {len(recs)}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}; "
                f"e-mails: {len(em)} (median {sorted(em)[len(em)//2]} bytes, {sum(1 for x in em if 500 <= x <= 2048)} within 0.5-2 KB)", "",
                table("span type", sp, tmpl_use), "", table("negative kind", ng), "", table("channel", ch), "", table("lang", lg), ""]
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    results = [gen_half(a.seed, 0), gen_half(a.seed, 1)]
    write_readme(a.seed, results)
    for name, recs, _ in results:
        print(name, len(recs), "messages")


if __name__ == "__main__":
    main()
