#!/usr/bin/env python3
"""Seeded generator for blind webcare scrub corpus blind109 (stdlib only).

Usage: python3 generate_blind.py --seed 20261307
"""
import argparse
import collections
import json
import random
import re

import values as V
import pools as P
import templates_nl
import templates_be
import templates_en
import templates_cues

PREFIX = "b109"
PER_HALF = 950
SLOT_RE = re.compile(r"\{\{(\w+)(?:@(\w+))?\}\}")

LABEL = {
    "pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key", "user": "username",
    "apikey": "api_key", "awssecret": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban",
    "bsn": "bsn", "rrn": "bsn", "email": "email", "phone": "phone", "addr": "address", "addrs": "address", "dob": "date_of_birth",
    "cust": "customer_number", "ff": "customer_number", "ov": "customer_number", "mobib": "customer_number",
    "oyster": "customer_number", "stud": "customer_number", "ean": "customer_number", "gameid": "customer_number",
    "leasenr": "customer_number", "exp": "card_expiry", "ip": "ip_address",
}
NEG = {
    "date": "date", "time": "time", "amount": "amount", "qty": "quantity", "pct": "percentage", "year": "year",
    "order": "order_number", "pnr": "order_number", "eticket": "order_number", "ticket": "ticket_number", "claim": "ticket_number",
    "invoice": "invoice_number", "tracking": "tracking_number", "reqid": "request_id", "err": "error_code", "ver": "version_string",
    "model": "model_number", "prod": "product_code", "flight": "flight_number", "cphone": "company_phone",
    "creg": "company_registration", "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value",
    "meter": "meter_reading", "port": "port", "checksum": "checksum",
}
SECTOR_BRAND = {"air": ["airline", "airport"], "transit": ["transit"], "uni": ["uni", "finance"], "game": ["game"],
                "solar": ["solar"], "garage": ["garage", "lease"], "general": ["airline", "transit", "game", "solar", "garage", "finance"]}
FLIGHT_PREFIX = ["KL", "HV", "SN", "FR", "U2", "BA", "UA", "VY", "TB", "LH", "DL", "LS", "AF", "OR"]

LANG_SETS = {"nl": templates_nl.__dict__, "nl-be": templates_be.NLBE, "fr-be": templates_be.FRBE,
             "en-gb": templates_en.EN, "en-us": templates_en.EN}
GROUPS = ["OPENERS", "CLOSERS", "PUBLIC", "SUBJECTS", "GREETINGS", "SIGNOFFS", "SIGNATURES", "QUOTE_HEADERS", "FORWARD",
          "DISCLAIMERS", "AGENT", "AGENT_SIGS"]
CHANNELS = [("email", 29), ("agent_reply", 10), ("x_public", 8), ("facebook_comment", 6), ("instagram_comment", 5), ("x_dm", 7),
            ("instagram_dm", 6), ("messenger", 9), ("whatsapp", 12), ("telegram", 8)]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
SET_KEY = {"nl": "nl", "nl-be": "nlbe", "fr-be": "frbe", "en-gb": "en", "en-us": "en"}


def deal(half):
    """Deal every template group alternately: even index -> dev (0), odd -> heldout (1)."""
    out = {}
    for lang, src in LANG_SETS.items():
        d = {}
        for g in GROUPS:
            d[g] = [(f"{SET_KEY[lang]}:{g}:{i}", t) for i, t in enumerate(src[g]) if i % 2 == half]
        d["BODIES"] = {s: [(f"{SET_KEY[lang]}:body:{s}:{i}", t) for i, t in enumerate(lst) if i % 2 == half]
                       for s, lst in src["BODIES"].items()}
        cues = templates_cues.CUES[SET_KEY[lang]]
        d["CUES"] = {k: [(f"{SET_KEY[lang]}:cue:{k}:{i}", t) for i, t in enumerate(v.split("|")) if i % 2 == half]
                     for k, v in cues.items()}
        out[lang] = d
    return out


# ------------------------------------------------------------------ builder
class Builder:
    def __init__(self):
        self.pieces = []  # (text, kind, type, tpl)

    def lit(self, s):
        if s:
            self.pieces.append((s, "lit", None, None))
        return self

    def add(self, other):
        self.pieces.extend(other.pieces)
        return self

    def quoted(self, prefix="> "):
        b = Builder()
        b.pieces.append((prefix, "lit", None, None))
        for text, kind, typ, tpl in self.pieces:
            if kind == "lit":
                text = text.replace("\n", "\n" + prefix)
            b.pieces.append((text, kind, typ, tpl))
        return b

    def finish(self):
        text, spans, negs, pos = [], [], [], 0
        for t, kind, typ, tpl in self.pieces:
            if kind == "span":
                spans.append({"type": typ, "start": pos, "end": pos + len(t), "_tpl": tpl})
            elif kind == "neg":
                negs.append({"kind": typ, "start": pos, "end": pos + len(t)})
            text.append(t)
            pos += len(t)
        return "".join(text), spans, negs


TYPO_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(s, r):
    ms = [m for m in TYPO_WORD.finditer(s)
          if not (m.start() > 0 and s[m.start() - 1] in "{<[_@#/.") and not (m.end() < len(s) and s[m.end()] in "}>]_")]
    if not ms:
        return s
    m = r.choice(ms)
    w = m.group()
    i = r.randint(1, len(w) - 2)
    op = r.randint(0, 3)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    elif op == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w[:i] + r.choice("aeinorst") + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


class Ctx:
    def __init__(self, r, lang, pools, sets, sector):
        self.r, self.lang, self.pools, self.sets, self.sector = r, lang, pools, sets, sector
        b = V.base(lang)
        key = {"nl": ("first_nl", "last_nl"), "fr": ("first_fr", "last_fr")}.get(b)
        if lang == "nl-be":
            key = ("first_be", "last_be")
        if lang == "en-gb":
            key = ("first_gb", "last_gb")
        if lang == "en-us":
            key = ("first_us", "last_us")
        self.first = r.choice(pools[key[0]])
        self.last = r.choice(pools[key[1]])
        self.company = r.choice(pools[r.choice(SECTOR_BRAND[sector])])
        tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[lang]
        self.domain = re.sub(r"[^a-z0-9]", "", self.company.lower()) + tld
        self.cache = {}
        self.typo_rate = r.choice([0.0, 0.0, 0.04, 0.08, 0.15])
        self.used = set()
        self.lower = r.random() < 0.12
        self.person_email = None

    def iban_country(self):
        r = self.r
        if r.random() < 0.12:
            return r.choice(["DE", "FR", "NL", "BE", "GB"])
        return {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[self.lang]

    def value(self, slot):
        r, lang, pools = self.r, self.lang, self.pools
        f = {
            "pw": lambda: V.password(r), "pin": lambda: V.pin(r), "puk": lambda: V.puk(r), "otp": lambda: V.otp(r, lang),
            "otpw": lambda: V.otp(r, lang, words=True), "wifi": lambda: V.wifi_key(r), "user": lambda: V.username(r, self.first, self.last),
            "apikey": lambda: V.api_key(r), "awssecret": lambda: V.aws_secret(r), "token": lambda: V.token(r), "card": lambda: V.card(r),
            "cvv": lambda: V.cvv(r), "iban": lambda: V.iban(r, self.iban_country()),
            "bsn": lambda: V.bsn(r), "rrn": lambda: V.rrn(r), "email": lambda: self.email(), "phone": lambda: V.phone(r, lang),
            "addr": lambda: V.address(r, lang, pools), "addrs": lambda: V.address(r, lang, pools, full=False), "dob": lambda: V.dob(r, lang),
            "cust": lambda: V.customer_number(r), "ff": lambda: V.customer_number(r, "ff"), "ov": lambda: V.customer_number(r, "ov"),
            "mobib": lambda: V.customer_number(r, "mobib"), "oyster": lambda: V.customer_number(r, "oyster"),
            "stud": lambda: V.customer_number(r, "stud"), "ean": lambda: V.customer_number(r, "ean"),
            "gameid": lambda: V.customer_number(r, "game"), "leasenr": lambda: V.customer_number(r, "lease"),
            "exp": lambda: V.expiry(r), "ip": lambda: V.ip(r),
            "date": lambda: V.date(r, lang), "time": lambda: V.time_(r, lang), "amount": lambda: V.amount(r, lang),
            "qty": lambda: V.quantity(r, lang), "pct": lambda: V.percentage(r, lang), "year": lambda: V.year(r),
            "order": lambda: V.order_number(r), "pnr": lambda: V.pnr(r), "eticket": lambda: V.eticket(r), "ticket": lambda: V.ticket_number(r),
            "claim": lambda: V.claim_ref(r), "invoice": lambda: V.invoice_number(r), "tracking": lambda: V.tracking(r),
            "reqid": lambda: V.request_id(r), "err": lambda: V.error_code(r), "ver": lambda: V.version(r),
            "model": lambda: r.choice(pools["model"]), "prod": lambda: V.product_code(r),
            "flight": lambda: f"{r.choice(FLIGHT_PREFIX)}{r.choice(['', ' '])}{r.randint(11, 9899)}",
            "cphone": lambda: V.company_phone(r, lang), "url": lambda: r.choice(pools["url"]), "mention": lambda: r.choice(pools["mention"]),
            "hashtag": lambda: r.choice(pools["hashtag"]), "masked": lambda: V.masked(r, lang), "meter": lambda: V.meter(r, lang),
            "port": lambda: V.port(r), "checksum": lambda: V.checksum(r),
        }[slot]
        return f()

    def email(self):
        if self.person_email is None or self.r.random() < 0.2:
            e = V.email(self.r, self.first, self.last, self.pools)
            if self.person_email is None:
                self.person_email = e
            return e
        return self.person_email


FILLERS = {"name", "first", "last", "city", "airline", "airport", "transit", "tcard", "uni", "fin", "game", "solar", "garage", "lease",
           "car", "plate", "agent", "ssid", "initials", "company", "domain", "subject"}


def filler(ctx, slot):
    r, p = ctx.r, ctx.pools
    if slot == "name":
        return f"{ctx.first} {ctx.last}"
    if slot == "first":
        return ctx.first
    if slot == "last":
        return ctx.last
    if slot == "company":
        return ctx.company
    if slot == "domain":
        return ctx.domain
    if slot == "city":
        return r.choice(p[{"nl": "city_nl"}.get(ctx.lang, "city_nl")]) if ctx.lang == "nl" else r.choice(
            [c for _, c in p["pc_be"]] if ctx.lang in ("nl-be", "fr-be") else [t for t, _ in p["town_gb"]] + [c for c, _, _ in p["city_us"]])
    m = {"tcard": "transit_card", "fin": "finance"}
    return r.choice(p[m.get(slot, slot)])


def render(ctx, tpl, tpl_id):
    b = Builder()
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        lit_text(ctx, b, tpl[pos:m.start()])
        slot, key = m.group(1), m.group(2)
        pos = m.end()
        if slot == "subject":
            sid, st = ctx.r.choice(ctx.sets["SUBJECTS"])
            b.add(render(ctx, st, sid))
            continue
        if slot == "creg":
            cue, val = V.company_reg(ctx.r, ctx.lang)
            b.lit(cue + " ")
            b.pieces.append((val, "neg", "company_registration", tpl_id))
            continue
        if slot in FILLERS:
            b.lit(filler(ctx, slot))
            continue
        ck = (slot, key)
        if key is not None and ck in ctx.cache:
            val = ctx.cache[ck]
        else:
            val = ctx.value(slot)
            if key is not None:
                ctx.cache[ck] = val
        if slot in LABEL:
            b.pieces.append((val, "span", LABEL[slot], tpl_id))
        elif slot in NEG:
            b.pieces.append((val, "neg", NEG[slot], tpl_id))
        else:
            raise KeyError(slot)
    lit_text(ctx, b, tpl[pos:])
    return b


def lit_text(ctx, b, s):
    if not s:
        return
    if ctx.typo_rate and ctx.r.random() < ctx.typo_rate:
        s = typo(s, ctx.r)
    if ctx.lower:
        s = re.sub(r"(?<![{<\[])\b[A-Z][a-z]", lambda m: m.group().lower(), s)
    b.lit(s)


# ------------------------------------------------------------------ message kinds
def pick_body(ctx):
    bodies = ctx.sets["BODIES"]
    if ctx.sector not in bodies or not bodies[ctx.sector]:
        ctx.sector = "general"
    for _ in range(20):
        pick = ctx.r.choice(bodies[ctx.sector] if ctx.r.random() < 0.8 else bodies["general"])
        if pick[0] not in ctx.used:
            break
    ctx.used.add(pick[0])
    return pick


CUE_SEPS = [", ", ". ", "\n", " / ", " - ", "; ", " en ", "\n\n", " | "]


def body_b(ctx):
    r = ctx.r
    if r.random() < 0.65:
        tid, t = pick_body(ctx)
        return render(ctx, t, tid)
    cues = ctx.sets["CUES"]
    keys = [k for k in cues if k != "neg"]
    chosen = r.sample(keys, r.choice([1, 2, 2, 3, 4]))
    if r.random() < 0.6:
        chosen.insert(r.randint(0, len(chosen)), "neg")
    b = Builder()
    sep = r.choice(CUE_SEPS)
    if sep == " en " and V.base(ctx.lang) != "nl":
        sep = ", "
    for i, k in enumerate(chosen):
        fid, f = r.choice(cues[k])
        if i:
            b.lit(sep)
        b.add(render(ctx, f, fid))
    return b


def chat(ctx, channel):
    r = ctx.r
    S = ctx.sets
    b = Builder()
    n = 1 if r.random() < 0.65 else 2
    wa_export = channel == "whatsapp" and r.random() < 0.3
    for i in range(n):
        part = Builder()
        if i == 0 and r.random() < 0.6:
            oid, o = r.choice(S["OPENERS"])
            part.add(render(ctx, o, oid)).lit(r.choice([", ", "! ", "\n", " ", ",\n"]))
        part.add(body_b(ctx))
        if wa_export:
            hdr = render(ctx, "[{{time}}, {{date}}] {{first}}: " if r.random() < 0.5 else "{{date}} {{time}} - {{first}}: ", "wa:hdr")
            b.add(hdr).add(part).lit("\n")
        else:
            b.add(part)
            if i < n - 1:
                b.lit(r.choice(["\n", "\n\n", " ", "\n…\n"]))
    if r.random() < 0.5:
        cid, c = r.choice(S["CLOSERS"])
        b.lit(r.choice([" ", "\n", ". "])).add(render(ctx, c, cid))
    return b


def public(ctx, channel):
    r = ctx.r
    S = ctx.sets
    pid, p = r.choice(S["PUBLIC"])
    b = render(ctx, p, pid)
    if r.random() < 0.3:
        b.lit(r.choice([" ", "\n", " — "])).add(body_b(ctx))
    if channel != "x_public" and r.random() < 0.3:
        b.lit(" ").add(render(ctx, "{{hashtag}}", "pub:tag"))
    return b


def agent(ctx):
    r = ctx.r
    S = ctx.sets
    aid, a = r.choice(S["AGENT"])
    b = render(ctx, a, aid)
    if r.random() < 0.45:
        sid, s = r.choice(S["AGENT_SIGS"])
        b.lit("\n\n").add(render(ctx, s, sid))
    if r.random() < 0.2:
        b.lit("\n\n").add(body_b(ctx).quoted("> " if r.random() < 0.6 else ""))
    return b


def email(ctx):
    r = ctx.r
    S = ctx.sets
    b = Builder()
    if r.random() < 0.5:
        sid, s = r.choice(S["SUBJECTS"])
        b.lit({"nl": "Onderwerp: ", "fr": "Objet : "}.get(V.base(ctx.lang), "Subject: ")).add(render(ctx, s, sid)).lit("\n\n")
    fwd_first = r.random() < 0.15
    gid, g = r.choice(S["GREETINGS"])
    b.add(render(ctx, g, gid)).lit("\n\n")
    for i in range(r.choice([2, 2, 3, 3, 4])):
        b.add(body_b(ctx)).lit("\n\n")
    if r.random() < 0.6:
        cid, c = r.choice(S["CLOSERS"])
        b.add(render(ctx, c, cid)).lit("\n\n")
    oid, o = r.choice(S["SIGNOFFS"])
    b.add(render(ctx, o, oid)).lit("\n")
    sgid, sg = r.choice(S["SIGNATURES"])
    b.add(render(ctx, sg, sgid))
    if fwd_first or r.random() < 0.1:
        fid, f = r.choice(S["FORWARD"])
        b.lit("\n\n").add(render(ctx, f, fid)).lit("\n\n").add(body_b(ctx))
    if r.random() < 0.7:
        qid, q = r.choice(S["QUOTE_HEADERS"])
        aid, a = r.choice(S["AGENT"])
        inner = render(ctx, a, aid)
        if r.random() < 0.5:
            sid, s = r.choice(S["AGENT_SIGS"])
            inner.lit("\n\n").add(render(ctx, s, sid))
        if r.random() < 0.5:
            inner.lit("\n\n").add(body_b(ctx).quoted("> "))
        b.lit("\n\n").add(render(ctx, q, qid)).lit("\n").add(inner.quoted("> ") if r.random() < 0.7 else inner)
    if r.random() < 0.5:
        did, d = r.choice(S["DISCLAIMERS"])
        b.lit("\n\n" + r.choice(["", "--\n", "________________________________\n"])).add(render(ctx, d, did))
    return b


# ------------------------------------------------------------------ checks
def check(msg):
    text = msg["text"]
    allr = []
    for s in msg["spans"]:
        allr.append((s["start"], s["end"], "span", s["type"]))
    for n in msg["negatives"]:
        allr.append((n["start"], n["end"], "neg", n["kind"]))
    for a, e, k, t in allr:
        assert 0 <= a < e <= len(text), (msg["id"], a, e)
        v = text[a:e]
        assert v == v.strip() and v.strip(" .,;:") == v or t in ("password", "wifi_key", "api_key", "token", "url", "amount"), (msg["id"], t, repr(v))
        assert v == v.strip(), (msg["id"], t, repr(v))
    allr.sort()
    for x, y in zip(allr, allr[1:]):
        assert x[1] <= y[0], (msg["id"], x, y)
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), v
        elif s["type"] == "iban":
            assert V.iban_ok(v), v
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), v


def generate(seed, half):
    r = random.Random(seed * 2 + half)
    pools = P.split_pools(half)
    sets = deal(half)
    name = ["dev", "heldout"][half]
    out = []
    sectors = ["air", "air", "transit", "uni", "game", "solar", "garage", "general"]
    tpl_types = collections.defaultdict(set)
    for i in range(PER_HALF):
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        channel = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        ctx = Ctx(r, lang, pools, sets[lang], r.choice(sectors))
        if channel == "email":
            b = email(ctx)
        elif channel == "agent_reply":
            b = agent(ctx)
        elif channel in PUBLIC_CH:
            b = public(ctx, channel)
        else:
            b = chat(ctx, channel)
        text, spans, negs = b.finish()
        for s in spans:
            tpl_types[s["type"]].add(s.pop("_tpl"))
        msg = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC_CH else "private", "text": text, "spans": spans, "negatives": negs}
        check(msg)
        out.append(msg)
    return out, tpl_types


def table(title, counter, extra=None):
    lines = [f"| {title} | count |" + (" templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(lines)


def readme(seed, results):
    parts = [f"""# Scrub corpus blind109 — blind labelled webcare messages

Written **blind**: the author did not open, list or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`,
`infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did not read git
history. No scrubber or scorer was run. Everything here comes from public knowledge of how customers and agents write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Airlines and airports (bookings, lost luggage / PIR files, refunds, EU261, parking), public transport cards and season
tickets (OV-chipkaart, MOBIB, Oyster, OMNY, railcards), universities and student finance (DUO, Student Finance,
studietoelagen, tuition, portals), gaming platforms and game stores (PSN, Steam, Xbox, refunds, hacked accounts, API
keys), solar panel installers (inverters, monitoring, wifi, meter points, key safes), car dealers and garages (APK/MOT,
keuring, lease cars, key boxes). Languages nl, nl-be, fr-be, en-gb, en-us; channels x_public, x_dm, facebook_comment,
instagram_comment, instagram_dm, messenger, whatsapp (incl. chat-export style), telegram, email (subject lines,
greetings, signatures, quoted history with `>`, Outlook headers, forwarded blocks, disclaimers), agent_reply.

## Generation

    python3 generate_blind.py --seed {seed}

Modules: `values.py` (value generators + validators), `pools.py` (filler pools), `templates_nl.py`, `templates_be.py`
(nl-be, fr-be), `templates_en.py` (en-gb/en-us share templates; values are localised), `generate_blind.py`.

## Split rule

Every template group (per language set and kind: bodies per sector, openers, closers, public posts, subjects,
greetings, sign-offs, signatures, quote headers, forward headers, disclaimers, agent replies, agent signatures) is dealt
alternately: even index → dev, odd → heldout. Every filler pool (names, streets, cities, postcodes, mail domains,
brands, agents, initials, mentions, hashtags, URLs, model numbers, SSIDs, plates) is dealt the same way. Each half uses
its own `random.Random(seed * 2 + half)`. Typos (swap/drop/double/replace one letter) are injected only into literal
template text, never into labelled values or negatives; some chat messages are lower-cased (literal text only).

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; every occurrence is labelled (agent repeats, quoted history).
- Belgian national register numbers (rijksregisternummer / NISS) are labelled `bsn`, with valid mod-97 check digits
  (including the 2000+ rule).
- OTPs dictated as words ("vier twee zeven …", "trois un …") are one `otp` span from first to last word.
- AWS key id and secret are both `api_key`; vendor keys (sk_live_, AIza, 32-hex Steam/monitoring keys) are `api_key`;
  JWTs, ghp_ tokens, hex/alnum session tokens are `token`.
- Frequent-flyer numbers, OV-chipkaart / MOBIB / Oyster card numbers, student numbers, EAN meter-point codes, Steam/
  account IDs, lease contract numbers and MPAN/CRN references are `customer_number`.
- Booking references (PNR) and e-ticket numbers are treated as `order_number` negatives (they identify a purchase, not
  the person); baggage file / PIR references (e.g. AMSKL12345) are `ticket_number` negatives.
- Partial street addresses without postcode ("first line of address") are still `address`.
- A door/gate/parking barrier/key-safe/alarm/TSA-lock/parental-control code is `pin`; wifi keys are `wifi_key`, SSIDs unlabelled.
- Personal names, cities alone, licence plates, agent initials and macro placeholders (`{{first_name}}`, `<code>`, `[CODE]`)
  are neither spans nor negatives. Company e-mail addresses in quote headers (service@brand) are not labelled.
- Company registration negatives cover the number only (cue "KvK", "BTW", "Company No." is outside).
- Usernames may look like handles; they are labelled only where given as a login name.

## Known limitations

- Templates are hand written and limited in number per sector; values are synthetic (random digits with valid checksums),
  so phone numbers and postcodes are not guaranteed to exist.
- en-gb and en-us share template text; only values (phones, addresses, dates, amounts) differ.
- Multi-line addresses inside `>`-quoted blocks keep their continuation lines unprefixed.
- Public @mentions in public posts are always organisation handles (negatives); no private-user handle cases.
"""]
    for name, (msgs, tpl) in results.items():
        sp, ng, ch, lg = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
        for m in msgs:
            sp.update(s["type"] for s in m["spans"])
            ng.update(n["kind"] for n in m["negatives"])
            ch[m["channel"]] += 1
            lg[m["lang"]] += 1
        em = [len(m["text"].encode()) for m in msgs if m["channel"] == "email"]
        parts.append(f"## Counts: {name}.jsonl\n\nMessages: {len(msgs)}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}; "
                     f"e-mails median size {sorted(em)[len(em) // 2]} bytes.\n\n"
                     + table("span type", sp, tpl) + "\n\n" + table("negative kind", ng) + "\n\n" + table("channel", ch)
                     + "\n\n" + table("lang", lg) + "\n")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261307)
    a = ap.parse_args()
    results = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        msgs, tpl = generate(a.seed, half)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        results[name] = (msgs, tpl)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, results))
    print({k: len(v[0]) for k, v in results.items()})


if __name__ == "__main__":
    main()
