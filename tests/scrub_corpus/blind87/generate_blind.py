#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind87). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261285
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import values as V
from frames import FRAMES
from pools import POOLS, deal
from tpl_fr_en import EN, FRBE
from tpl_nl import NL, NLBE

PREFIX = "b87"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

GROUPS = {"nl": NL, "nlbe": NLBE, "frbe": FRBE, "en": EN}
LANG_GROUP = {"nl": "nl", "nl-be": "nlbe", "fr-be": "frbe", "en-gb": "en", "en-us": "en"}

SPAN_GEN = {
    "password": ("password", V.password), "pin": ("pin", V.pin), "pin_spaced": ("pin", V.pin_spaced),
    "puk": ("puk", V.puk), "otp": ("otp", V.otp), "otp_words": ("otp", V.otp_words),
    "wifi_key": ("wifi_key", V.wifi_key), "username": ("username", V.username), "api_key": ("api_key", V.api_key),
    "aws_secret": ("api_key", V.aws_secret), "token": ("token", V.token), "card": ("card", V.card),
    "cvv": ("cvv", V.cvv), "iban": ("iban", V.iban), "bsn": ("bsn", V.bsn), "rrn": ("bsn", V.rrn),
    "email": ("email", V.email), "phone": ("phone", V.phone), "address": ("address", V.address),
    "date_of_birth": ("date_of_birth", V.date_of_birth), "customer_number": ("customer_number", V.customer_number),
    "card_expiry": ("card_expiry", V.card_expiry), "ip_address": ("ip_address", V.ip_address),
}
NEG_POOL = {"url": "url", "mention": "mention", "hashtag": "hashtag", "model_number": "model"}
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number",
             "invoice_number", "tracking_number", "request_id", "error_code", "version_string", "model_number",
             "product_code", "flight_number", "company_phone", "company_registration", "url", "mention", "hashtag",
             "masked_value", "meter_reading", "port", "checksum"]

PH = re.compile(r"\{([~@=]?)([A-Za-z_]+)(?::([a-z0-9]+))?\}")

PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 29), ("agent_reply", 12), ("x_public", 7), ("facebook_comment", 6), ("instagram_comment", 5),
            ("x_dm", 5), ("instagram_dm", 5), ("messenger", 9), ("whatsapp", 15), ("telegram", 7)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]

# Extra stand-alone snippets that add rarer negatives/positives; dealt like templates.
EXTRA = {
    "nl": [
        "PS de reservesleutels zijn per post verstuurd (track & trace {~tracking_number}) en de concept-akte had bij het downloaden checksum {~checksum}.",
        "PS: het getekende document gaf hash {~checksum}. De zending met de sleutelset heeft barcode {~tracking_number}, nog niks ontvangen.",
        "Verder: het extra bed ({~product_code}) staat nog op de nota, de watermeter stond op {~meter_reading} en de fout in de app had ID {~request_id}. Woning is van {~year}.",
        "Nog iets: bouwjaar {~year}, meterstand gas {~meter_reading}, artikel {~product_code} graag crediteren. Referentie van de storing: {~request_id}.",
    ],
    "nlbe": [
        "PS: de sleutels zijn aangetekend verstuurd, zending {~tracking_number}. Het document had hash {~checksum}.",
        "Ter info: bouwjaar {~year}, meterstand {~meter_reading}, fout-ID {~request_id}, artikel {~product_code}.",
        "PS de vingerafdruk van de akte was {~checksum}, pakje met badge: {~tracking_number}.",
        "Nog dit: meterstand elektriciteit {~meter_reading} op {~date}, woning uit {~year}, request {~request_id}.",
    ],
    "frbe": [
        "PS: les clés ont été envoyées par recommandé, envoi {~tracking_number}. L'empreinte du document signé est {~checksum}.",
        "Pour info: compteur {~meter_reading}, maison de {~year}, identifiant d'erreur {~request_id}, article {~product_code}.",
        "PS le hash du compromis est {~checksum} et le colis avec les badges a le numéro {~tracking_number}.",
        "Relevé du compteur d'eau à la sortie: {~meter_reading}. Construction {~year}. Réf. technique {~request_id}.",
    ],
    "en": [
        "PS the spare keys were sent recorded delivery, tracking {~tracking_number}, and the signed PDF had SHA-256 {~checksum}.",
        "FYI the contract download showed checksum {~checksum}; the parcel with the fobs is {~tracking_number}.",
        "Also the cot ({~product_code}) is still on the bill, final meter reading was {~meter_reading}, and the app error had request ID {~request_id}. House built {~year}.",
        "One more thing: built in {~year}, gas meter {~meter_reading}, please credit item {~product_code}. Trace id {~request_id}.",
    ],
}


class Ctx:
    def __init__(self, rng, lang, half, pools):
        self.rng, self.lang, self.half, self.pools = rng, lang, half, pools
        self.cache = {}


def neg_value(ctx, kind):
    if kind == "duration":
        return V.n_duration(ctx.rng, ctx.lang)
    if kind in NEG_POOL:
        return ctx.rng.choice(ctx.pools[NEG_POOL[kind]])
    return getattr(V, "n_" + kind)(ctx.rng, ctx.lang)


def render(tpl, ctx, src):
    """Return a list of segments (text, tag, src); tag None for literal, ('span', t) or ('neg', k)."""
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None, src))
        sig, name, key = m.group(1), m.group(2), m.group(3) or ""
        if sig == "=":
            segs.append(("{" + name + "}", ("lit",), src))
        elif sig == "@":
            if name == "model":
                ck = ("neg", "model_number", key)
                if ck not in ctx.cache:
                    ctx.cache[ck] = ctx.rng.choice(ctx.pools["model"])
                segs.append((ctx.cache[ck], ("neg", "model_number"), src))
            else:
                ck = ("fill", name, key)
                if ck not in ctx.cache:
                    ctx.cache[ck] = ctx.rng.choice(ctx.pools[name])
                segs.append((ctx.cache[ck], None, src))
        elif sig == "~":
            assert name in NEG_KINDS or name == "duration", name
            ck = ("neg", name, key)
            if ck not in ctx.cache:
                ctx.cache[ck] = neg_value(ctx, name)
            segs.append((ctx.cache[ck], ("neg", "quantity" if name == "duration" else name), src))
        else:
            typ, fn = SPAN_GEN[name]
            ck = ("span", name, key)
            if ck not in ctx.cache:
                ctx.cache[ck] = fn(ctx.rng, ctx.lang)
            segs.append((ctx.cache[ck], ("span", typ), src))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None, src))
    return segs


def lit(text):
    return [(text, None, "frame")]


def quote_segs(segs):
    out = [("> ", None, "frame")]
    for t, tag, src in segs:
        if tag is None:
            t = t.replace("\n", "\n> ")
        out.append((t, tag, src))
    return out


WORD = re.compile(r"[A-Za-zéèàç]{5,}")


def typo_word(w, rng):
    i = rng.randint(1, len(w) - 2)
    k = rng.randint(0, 2)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def add_typos(segs, rng, n):
    idx = [i for i, (t, tag, _) in enumerate(segs) if tag is None and WORD.search(t)]
    for _ in range(n):
        if not idx:
            break
        i = rng.choice(idx)
        t, tag, src = segs[i]
        ms = list(WORD.finditer(t))
        if not ms:
            continue
        m = rng.choice(ms)
        segs[i] = (t[:m.start()] + typo_word(m.group(0), rng) + t[m.end():], tag, src)
    return segs


def pick(rng, weighted):
    tot = sum(w for _, w in weighted)
    r = rng.uniform(0, tot)
    for v, w in weighted:
        r -= w
        if r <= 0:
            return v
    return weighted[-1][0]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = {k: deal(v, half) for k, v in POOLS.items()}
        self.tpl = {}
        for g, kinds in GROUPS.items():
            for kind, sits in kinds.items():
                for sit, items in sits.items():
                    for i, t in enumerate(items):
                        if i % 2 == half:
                            self.tpl.setdefault((g, kind), {}).setdefault(sit, []).append(("%s.%s.%s.%d" % (g, kind, sit, i), t))
        self.frames = {g: {k: [("%s.%s.%d" % (g, k, i), t) for i, t in enumerate(v) if i % 2 == half]
                           for k, v in fr.items()} for g, fr in FRAMES.items()}
        self.extra = {g: [("%s.extra.%d" % (g, i), t) for i, t in enumerate(v) if i % 2 == half] for g, v in EXTRA.items()}

    def template(self, g, kind, avoid=None):
        sits = self.tpl[(g, kind)]
        names = [s for s in sorted(sits) if s != avoid] or sorted(sits)
        sit = self.rng.choice(names)
        src, t = self.rng.choice(sits[sit])
        return sit, src, t

    def frame(self, g, k):
        return self.rng.choice(self.frames[g][k])

    def rf(self, ctx, g, k):
        src, t = self.frame(g, k)
        return render(t, ctx, src)

    def message(self, idx):
        rng = self.rng
        channel = pick(rng, CHANNELS)
        lang = pick(rng, LANGS)
        g = LANG_GROUP[lang]
        ctx = Ctx(rng, lang, self.half, self.pools)
        segs = []
        if channel == "email":
            segs += self.rf(ctx, g, "greet") + lit("\n\n")
            if rng.random() < 0.6:
                segs += self.rf(ctx, g, "para") + lit(" ")
            sit, src, t = self.template(g, "cust")
            segs += render(t, ctx, src)
            if rng.random() < 0.45:
                _, src2, t2 = self.template(g, "cust", avoid=sit)
                segs += lit("\n\n") + render(t2, ctx, src2)
            if rng.random() < 0.3 and self.extra[g]:
                src3, t3 = rng.choice(self.extra[g])
                segs += lit("\n\n") + render(t3, ctx, src3)
            if rng.random() < 0.75:
                segs += lit("\n\n") + self.rf(ctx, g, "para")
            segs += lit("\n\n") + self.rf(ctx, g, "close") + lit("\n") + self.rf(ctx, g, "sig")
            r = rng.random()
            if r < 0.45:
                # quoted agent reply (often repeating the same values via the shared cache)
                _, asrc, at = self.template(g, "agent")
                block = render(at, ctx, asrc) + lit("\n\n") + self.rf(ctx, g, "agent_sig")
                segs += lit("\n\n") + self.rf(ctx, g, "quote") + lit("\n")
                segs += quote_segs(block) if rng.random() < 0.7 else block
            elif r < 0.65:
                _, fsrc, ft = self.template(g, "cust")
                segs += lit("\n\n") + self.rf(ctx, g, "fwd") + lit("\n\n") + render(ft, ctx, fsrc)
            if rng.random() < 0.3:
                segs += lit("\n\n--\n") + self.rf(ctx, g, "disc")
        elif channel == "agent_reply":
            _, src, t = self.template(g, "agent")
            segs += render(t, ctx, src)
            if rng.random() < 0.3:
                segs += lit("\n\n") + self.rf(ctx, g, "agent_sig")
        elif channel in PUBLIC:
            if rng.random() < 0.6:
                _, src, t = self.template(g, "pub")
                segs += render(t, ctx, src)
            else:
                _, src, t = self.template(g, "cust")
                segs += render("{~mention} ", ctx, "frame") + render(t, ctx, src)
                if rng.random() < 0.5:
                    segs += render(" {~hashtag}", ctx, "frame")
        else:
            if rng.random() < 0.4:
                segs += self.rf(ctx, g, "chat_pre")
            _, src, t = self.template(g, "cust")
            body = render(t, ctx, src)
            if channel in ("whatsapp", "telegram") and rng.random() < 0.3:
                # split into several chat bubbles pasted together
                body = [(s[0].replace(". ", ".\n"), s[1], s[2]) if s[1] is None else s for s in body]
            segs += body
            if rng.random() < 0.15 and self.extra[g]:
                src3, t3 = rng.choice(self.extra[g])
                segs += lit("\n") + render(t3, ctx, src3)
            if rng.random() < 0.35:
                segs += self.rf(ctx, g, "chat_post")
            if rng.random() < 0.2:
                segs = [(s[0].lower(), s[1], s[2]) if s[1] is None else s for s in segs]
        if rng.random() < 0.3:
            segs = add_typos(segs, rng, rng.randint(1, 2))
        return channel, lang, segs

    def build(self, n, split):
        out, srcs = [], collections.defaultdict(set)
        for i in range(n):
            channel, lang, segs = self.message(i)
            text, spans, negs = "", [], []
            for t, tag, src in segs:
                s = len(text)
                text += t
                if tag and tag[0] == "span":
                    spans.append({"type": tag[1], "start": s, "end": len(text)})
                    srcs[tag[1]].add(src)
                elif tag and tag[0] == "neg":
                    negs.append({"kind": tag[1], "start": s, "end": len(text)})
            out.append({"id": "%s-%s-%05d" % (PREFIX, split, i), "channel": channel, "lang": lang,
                        "visibility": "public" if channel in PUBLIC else "private",
                        "text": text, "spans": spans, "negatives": negs})
        return out, srcs


# ------------------------------------------------------------------ self-check
def check(msgs):
    for m in msgs:
        t = m["text"]
        items = [(s["start"], s["end"], "span", s["type"]) for s in m["spans"]] + \
                [(n["start"], n["end"], "neg", n["kind"]) for n in m["negatives"]]
        for a, b, what, typ in items:
            assert 0 <= a < b <= len(t), (m["id"], a, b)
            v = t[a:b]
            assert v == v.strip() and v, (m["id"], typ, repr(v))
            if typ == "card":
                assert V.luhn_ok(v), (m["id"], v)
            if typ == "iban":
                assert V.iban_ok(v), (m["id"], v)
            if typ == "bsn":
                digits = "".join(c for c in v if c.isdigit())
                assert (len(digits) == 9 and V.bsn_ok(v)) or (len(digits) == 11 and V.rrn_ok(v)), (m["id"], v)
        items.sort()
        for (a1, b1, *_), (a2, b2, *_) in zip(items, items[1:]):
            assert b1 <= a2, (m["id"], "overlap", a1, b1, a2, b2)
        assert m["visibility"] == ("public" if m["channel"] in PUBLIC else "private")


def table(counter, head):
    rows = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items()):
        rows.append("| %s | %d |" % (k, v))
    return "\n".join(rows)


def readme(seed, halves):
    L = []
    L.append("# Scrub corpus blind87: legal & property, letting, mortgages and hospitality (written blind)\n")
    L.append("This corpus was written **blind**: the author did not open, read, grep or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory in `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), and did not read git history. No scrubber or scorer was run.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Legal and property: notaries and law firms' client desks (deeds, completion, ID checks, escrow/deposits), "
             "real estate agents and letting agencies (viewings, key handovers, key-safe and alarm codes), mortgage "
             "brokers and servicers (loan numbers, overpayments, portal logins, OTPs), tenants and landlords (deposits, "
             "rent arrears, payment plans, meter readings) and hospitality (hotels, holiday parks, B&Bs: bookings, room "
             "door codes, guest wifi, deposits, card payments, invoices). Languages: Dutch, Belgian Dutch, Belgian French, "
             "UK and US English.\n")
    L.append("## Generation\n")
    L.append("```\ncd tests/scrub_corpus/blind87\npython3 generate_blind.py --seed %d\n```\n" % seed)
    L.append("Modules: `values.py` (value generators and validators), `pools.py` (filler pools), `tpl_nl.py` and "
             "`tpl_fr_en.py` (templates per language, kind and situation), `frames.py` (e-mail greetings, paragraphs, "
             "closings, signatures, quote/forward headers, disclaimers, chat openers).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language group x kind x situation). Within each group, members with an even "
             "index go to dev and odd ones to heldout; the same holds for every frame list (greetings, signatures, quote "
             "headers, disclaimers...) and every filler pool (names, agents, cities, firms, hotels, mentions, hashtags, URLs, "
             "SSIDs, model numbers, platforms). So no template, frame or filler string is shared between the halves. "
             "Each half uses its own `random.Random(seed * 2 + half)` (dev = half 0, heldout = half 1). Value generators "
             "(formats of phone numbers, IBANs, dates...) are shared code, but values are drawn independently.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("\n".join([
        "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in agent replies, quoted history and signatures.",
        "- Door, room, gate/barrier, alarm, key-safe/lockbox codes are `pin` (also when spaced digit by digit or with a trailing `#` inside the generated value, or a letter prefix like `C1234`).",
        "- OTPs dictated as words (\"vier zeven twee ...\", \"deux, neuf ...\") are `otp`, the whole word sequence is one span.",
        "- Belgian national register numbers (rijksregisternummer / numéro de registre national) are labelled `bsn`.",
        "- AWS secret access keys are labelled `api_key` (like the access key id). 32-hex strings can be `api_key` (after 'API key') or `token` (after 'token').",
        "- Tenant/tenancy references, deposit protection IDs, mortgage loan numbers, guest/loyalty numbers, EAN codes, policy numbers are `customer_number`.",
        "- Hotel/booking confirmation numbers (booking via a platform, reservation numbers) are treated as `order_number` negatives, not customer numbers.",
        "- Case/dossier/matter references of notaries and law firms are `ticket_number` negatives.",
        "- Property addresses (the house being sold, viewed or let) are labelled `address` like home addresses, since they identify a person's home.",
        "- Dates of birth are `date_of_birth`; all other dates (completion, viewing, check-in, payment) are `date` negatives.",
        "- Smart-lock/alarm/router models (from a pool) are `model_number` negatives; SSIDs, names, cities, firm and hotel names are not labelled.",
        "- Masked values (`****1234`, `NL** **** ...`, `j***@gmail.com`) are `masked_value` negatives.",
        "- Public @handles are `mention` negatives; the customer's login name is `username`.",
        "- Organisation registration and licence numbers (KvK, BTW/VAT, BCE/TVA, Company No., EIN, NMLS, DRE) are `company_registration`.",
        "- Passwords may end with symbols like `!` or `#`; the symbol is part of the value.",
        "- Macro placeholders like `{first_name}` are plain text.",
        "- A `#` typed after an alarm code in the text (\"met 1234#\") is left outside the span; a `#` produced as part of the generated code is inside.",
        "- An IP address followed by `:port` is labelled `ip_address` for the address and `port` (negative) for the port.",
        "- Quantities and durations (\"3 nachten\", \"6 weeks\") are `quantity` negatives.",
    ]) + "\n")
    L.append("## Known limitations\n")
    L.append("\n".join([
        "- Template-based: sentence structures repeat within a half; values are drawn from finite generators (e.g. a fixed set of username stems).",
        "- Typos are injected only into literal text (possibly cue words), never into values; lowercasing of chat messages also only affects literal text.",
        "- IBANs outside NL/BE/GB/DE use simplified BBANs with correct mod-97 check digits but not necessarily valid national checks.",
        "- Phone numbers are plausible formats, not verified as allocated; US numbers do not use the reserved 555-01xx range.",
        "- No images, attachments or HTML mail; e-mails are plain text.",
    ]) + "\n")
    L.append("## Counts\n")
    for name, msgs, srcs in halves:
        L.append("### %s\n" % name)
        L.append("Messages: %d\n" % len(msgs))
        st = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        rows = ["| span type | count | distinct templates |", "|---|---|---|"]
        for k in sorted(st):
            rows.append("| %s | %d | %d |" % (k, st[k], len(srcs[k])))
        L.append("\n".join(rows) + "\n")
        L.append(table(collections.Counter(n["kind"] for m in msgs for n in m["negatives"]), "negative kind") + "\n")
        L.append(table(collections.Counter(m["channel"] for m in msgs), "channel") + "\n")
        L.append(table(collections.Counter(m["lang"] for m in msgs), "lang") + "\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = []
    for half, split, fname in ((0, "dev", "dev.jsonl"), (1, "heldout", "heldout.jsonl")):
        h = Half(a.seed, half)
        msgs, srcs = h.build(N_PER_HALF, split)
        check(msgs)
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        halves.append((split, msgs, srcs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("ok", [(n, len(m)) for n, m, _ in halves])


if __name__ == "__main__":
    main()
