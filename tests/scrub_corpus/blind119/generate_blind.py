#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind119). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261317
"""
import argparse
import collections
import json
import random
import re
import sys

import pools as P
import values as V
import tpl_nl
import tpl_be
import tpl_fr
import tpl_en

PREFIX = "b119"
DIRNAME = "blind119"
N_PER_HALF = 950
TGROUPS = {"nl": tpl_nl, "be": tpl_be, "fr": tpl_fr, "en": tpl_en}
GROUPS = ["DM", "PUB", "MAIL", "AGENT", "GREET", "CLOSE", "SIG", "ASIG", "QHDR", "FWD", "DISC", "OPEN", "EXTRA"]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
DM_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUB_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC = set(PUB_CH)


def brand_key(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def deal(lst, half):
    out = list(lst)[half::2]
    if not out:
        raise SystemExit("empty dealt pool")
    return out


LAB = {
    "email": ("email", lambda c: V.email(c.rng, c.lang, c.first, c.last)),
    "phone": ("phone", lambda c: V.phone(c.rng, c.lang)),
    "address": ("address", lambda c: V.address(c.rng, c.lang, c.rng.choice(c.pools["street"]), c.rng.choice(c.pools["city"]))),
    "dob": ("date_of_birth", lambda c: V.date_of_birth(c.rng, c.lang)),
    "cust": ("customer_number", lambda c: V.ean(c.rng, c.lang) if (c.rng.random() < 0.07 and c.lang in ("nl", "nl-be")) else V.customer_number(c.rng, c.lang)),
    "iban": ("iban", lambda c: V.iban(c.rng, c.lang)),
    "card": ("card", lambda c: V.card(c.rng, c.lang)),
    "cvv": ("cvv", lambda c: V.cvv(c.rng, c.lang)),
    "exp": ("card_expiry", lambda c: V.card_expiry(c.rng, c.lang)),
    "bsn": ("bsn", lambda c: V.bsn_nl(c.rng, c.lang)),
    "rrn": ("bsn", lambda c: V.rrn_be(c.rng, c.lang)),
    "password": ("password", lambda c: V.password(c.rng, c.lang)),
    "pin": ("pin", lambda c: V.pin(c.rng, c.lang)),
    "puk": ("puk", lambda c: V.puk(c.rng, c.lang)),
    "otp": ("otp", lambda c: V.otp(c.rng, c.lang)),
    "otpw": ("otp", lambda c: V.otp_words(c.rng, c.lang)),
    "wifi": ("wifi_key", lambda c: V.wifi_key(c.rng, c.lang)),
    "user": ("username", lambda c: V.username(c.rng, c.lang, c.first, c.last)),
    "api": ("api_key", lambda c: V.api_key(c.rng, c.lang)),
    "awsid": ("api_key", lambda c: "AKIA" + "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))),
    "awss": ("api_key", lambda c: V.aws_secret(c.rng, c.lang)),
    "token": ("token", lambda c: V.token(c.rng, c.lang)),
    "ip": ("ip_address", lambda c: V.ip_address(c.rng, c.lang)),
}
NEG = {
    "date": ("date", V.neg_date), "time": ("time", V.neg_time), "amount": ("amount", V.neg_amount), "qty": ("quantity", V.neg_quantity),
    "pct": ("percentage", V.neg_percentage), "year": ("year", V.neg_year), "order": ("order_number", V.order_number),
    "ticket": ("ticket_number", V.ticket_number), "invoice": ("invoice_number", V.invoice_number), "track": ("tracking_number", V.tracking_number),
    "reqid": ("request_id", V.request_id), "err": ("error_code", V.error_code), "ver": ("version_string", V.version_string),
    "model": ("model_number", V.model_number), "prod": ("product_code", V.product_code), "flight": ("flight_number", V.flight_number),
    "cphone": ("company_phone", V.company_phone), "creg": ("company_registration", V.company_registration),
    "masked": ("masked_value", V.masked_value), "maskmail": ("masked_value", V.masked_email), "meter": ("meter_reading", V.meter_reading),
    "port": ("port", V.port), "checksum": ("checksum", V.checksum),
    "url": ("url", None), "mention": ("mention", None), "hashtag": ("hashtag", None),
}

PH = re.compile(r"\{\{(\w+)\}\}|\{([!~]?)(\w+)(?:\.(\d))?\}")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


class Piece:
    def __init__(self, text="", spans=None, negs=None):
        self.text = text
        self.spans = spans or []
        self.negs = negs or []

    def add(self, other, sep=""):
        off = len(self.text) + len(sep)
        self.text += sep + other.text
        self.spans += [dict(s, start=s["start"] + off, end=s["end"] + off) for s in other.spans]
        self.negs += [dict(n, start=n["start"] + off, end=n["end"] + off) for n in other.negs]
        return self

    def quoted(self, prefix="> "):
        t = self.text

        def mp(o):
            return o + len(prefix) * (1 + t.count("\n", 0, o))
        newt = prefix + t.replace("\n", "\n" + prefix)
        return Piece(newt, [dict(s, start=mp(s["start"]), end=mp(s["end"])) for s in self.spans],
                     [dict(n, start=mp(n["start"]), end=mp(n["end"])) for n in self.negs])


class Ctx:
    def __init__(self, rng, lang, half, pools, sector):
        self.rng, self.lang, self.half = rng, lang, half
        L = pools
        self.pools = {"street": L["street"][lang], "city": L["city"][lang]}
        self.gpools = L
        self.first = rng.choice(L["first"][lang])
        self.last = rng.choice(L["last"][lang])
        self.agent = rng.choice(L["agent"][lang])
        self.set_sector(sector)
        self.cache = {}
        self.typo_on = rng.random() < 0.4

    def set_sector(self, sector):
        self.sector = sector
        self.brand = self.rng.choice(self.gpools["brand"][sector][brand_key(self.lang)])

    def typo(self, s):
        if not self.typo_on:
            return s
        rng = self.rng

        def f(m):
            w = m.group(0)
            if rng.random() > 0.07:
                return w
            i = rng.randrange(1, len(w) - 1)
            op = rng.random()
            if op < 0.35:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if op < 0.65:
                return w[:i] + w[i + 1:]
            if op < 0.85:
                return w[:i] + w[i] + w[i:]
            return w.lower()
        return WORD.sub(f, s)

    def value(self, pre, name, key):
        if key in self.cache:
            return self.cache[key]
        prev = {v for k, v in self.cache.items() if k.startswith(pre + name)}
        for _ in range(50):
            if pre == "~":
                v = {"name": f"{self.first} {self.last}", "first": self.first, "last": self.last, "agent": self.agent,
                     "brand": self.brand, "city": self.rng.choice(self.pools["city"])}[name]
            elif pre == "!":
                kind, fn = NEG[name]
                if fn is None:
                    v = self.rng.choice(self.gpools[name])
                else:
                    v = fn(self.rng, self.lang)
            else:
                v = LAB[name][1](self)
            if v not in prev or pre == "~":
                break
        self.cache[key] = v
        return v


def render(tpl, ctx, tid, typo=True):
    text, spans, negs, last = [], [], [], 0
    pos = 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        if typo:
            lit = ctx.typo(lit)
        text.append(lit)
        pos += len(lit)
        if m.group(1):
            v = "{" + m.group(1) + "}"
        else:
            pre, name, suf = m.group(2), m.group(3), m.group(4) or ""
            v = ctx.value(pre, name, pre + name + suf)
            if pre == "!":
                negs.append({"kind": NEG[name][0], "start": pos, "end": pos + len(v)})
            elif pre == "":
                spans.append({"type": LAB[name][0], "start": pos, "end": pos + len(v), "tid": tid})
        text.append(v)
        pos += len(v)
        last = m.end()
    lit = tpl[last:]
    if typo:
        lit = ctx.typo(lit)
    text.append(lit)
    return Piece("".join(text), spans, negs)


class Half:
    def __init__(self, half):
        self.half = half
        self.tpl = {}
        for lg, mod in TGROUPS.items():
            for g in GROUPS:
                lst = list(enumerate(getattr(mod, g)))
                self.tpl[(lg, g)] = deal(lst, half)
        self.pools = {
            "first": {k: deal(v, half) for k, v in P.FIRST.items()},
            "last": {k: deal(v, half) for k, v in P.LAST.items()},
            "street": {k: deal(v, half) for k, v in P.STREET.items()},
            "city": {k: deal(v, half) for k, v in P.CITY.items()},
            "agent": {k: deal(v, half) for k, v in P.AGENT.items()},
            "brand": {s: {k: deal(v, half) for k, v in d.items()} for s, d in P.BRAND.items()},
            "mention": deal(P.MENTION, half), "hashtag": deal(P.HASHTAG, half), "url": deal(P.URL, half),
        }

    def pick(self, rng, lg, g):
        i, t = rng.choice(self.tpl[(lg, g)])
        sector, body = ("any", t)
        if "|" in t[:12]:
            sector, body = t.split("|", 1)
        return f"{lg}.{g}.{i}", sector, body


def build_message(h, rng, lang, kind):
    if lang == "nl":
        lg = "nl"
    elif lang == "nl-be":
        lg = "be" if rng.random() < 0.65 else "nl"
    elif lang == "fr-be":
        lg = "fr"
    else:
        lg = "en"
    ctx = Ctx(rng, lang, h.half, h.pools, rng.choice(P.SECTORS))

    def part(g, typo=True):
        tid, sector, body = h.pick(rng, lg, g)
        if sector != "any" and g in ("DM", "MAIL", "PUB", "AGENT") and not part.sector_set:
            ctx.set_sector(sector)
            part.sector_set = True
        return render(body, ctx, tid, typo)
    part.sector_set = False

    if kind == "email":
        channel = "email"
        main = part("MAIL") if rng.random() < 0.9 else part("DM")
        msg = Piece()
        fwd = rng.random() < 0.12
        if fwd:
            msg.add(render({"nl": "Zie hieronder, graag actie.", "be": "Zie hieronder, graag opvolging.", "fr": "Voir ci-dessous, merci de traiter.",
                            "en": "See below, please action."}[lg], ctx, "fwdnote"))
            msg.add(part("FWD"), "\n\n")
            msg.add(Piece(), "\n\n")
            msg.add(part("GREET"))
        else:
            msg.add(part("GREET"))
        msg.add(main, "\n\n")
        if rng.random() < 0.55:
            msg.add(part("EXTRA"), "\n\n")
        msg.add(part("CLOSE"), "\n\n")
        msg.add(part("SIG"), "\n")
        if rng.random() < 0.25:
            msg.add(part("DISC"), "\n\n")
        if rng.random() < 0.7:
            msg.add(part("QHDR"), "\n\n")
            q = part("AGENT")
            if rng.random() < 0.65:
                q.add(part("ASIG"), "\n\n")
            msg.add(q.quoted(), "\n")
            if rng.random() < 0.35:
                older = part("DM").quoted("> > ")
                msg.add(Piece(">"), "\n")
                msg.add(older, "\n")
    elif kind == "agent":
        channel = "agent_reply"
        msg = part("AGENT")
        r = rng.random()
        if r < 0.3:
            msg.add(part("ASIG"), "\n\n")
        elif r < 0.5:
            msg.add(Piece("^" + ctx.agent[0] + rng.choice("BDKLMSTV")), " ")
    elif kind == "public":
        channel = rng.choice(PUB_CH)
        if rng.random() < 0.7:
            msg = part("PUB")
        else:
            msg = render("{!mention}", ctx, "pubmention", False)
            msg.add(part("DM"), " ")
        if rng.random() < 0.25:
            msg.add(render("{!hashtag.9}", ctx, "tailtag", False), " ")
    else:
        channel = rng.choice(DM_CH)
        msg = Piece()
        if rng.random() < 0.35:
            msg.add(part("OPEN"))
            msg.add(part("DM"), rng.choice([" ", ", ", "! ", "\n"]))
        else:
            msg = part("DM")
        if rng.random() < 0.18:
            msg.add(part("DM"), rng.choice([" ", "\n", "\n\n", " ... "]))
    return channel, msg


def check(rec):
    t = rec["text"]
    items = [("s", s["start"], s["end"], s.get("type")) for s in rec["spans"]] + [("n", n["start"], n["end"], n.get("kind")) for n in rec["negatives"]]
    for k, a, b, typ in items:
        assert 0 <= a < b <= len(t), (rec["id"], k, a, b)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], repr(v))
    srt = sorted(items, key=lambda x: x[1])
    for x, y in zip(srt, srt[1:]):
        assert x[2] <= y[1], (rec["id"], "overlap", x, y, t[x[1]:x[2]], t[y[1]:y[2]])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    h = Half(half)
    split = ["dev", "heldout"][half]
    langs = [l for l, w in LANGS for _ in range(w)]
    out, tids = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        lang = rng.choice(langs)
        r = rng.random()
        kind = "email" if r < 0.3 else "agent" if r < 0.43 else "public" if r < 0.63 else "dm"
        channel, msg = build_message(h, rng, lang, kind)
        for s in msg.spans:
            tids[s["type"]].add(s.pop("tid"))
        rec = {"id": f"{PREFIX}-{split}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": msg.text,
               "spans": sorted(msg.spans, key=lambda s: s["start"]), "negatives": sorted(msg.negs, key=lambda n: n["start"])}
        check(rec)
        out.append(rec)
    return out, tids


def table(counter, head, extra=None):
    lines = [f"| {head} | count |" + (" distinct templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |" + (f" {len(extra[k])} |" if extra else ""))
    return "\n".join(lines)


def readme(seed, halves):
    parts = [f"# Scrub corpus {DIRNAME} (blind, seed {seed})", "",
             "This corpus was written blind: while writing it I did not open, read, grep, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
             "and I did not look at git history. No scrubber or scorer was run. Values are synthetic; names and brands are fictional.", "",
             "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
             "## Emphasis", "",
             "Dentists and physiotherapists (kine/kiné), ferries, trains and coach companies, festivals and event tickets, car-sharing and parking apps, "
             "cleaning and laundry/dry-cleaning services, pet shops. Dutch, Belgian (Flemish and French), UK and US customers over all channels, "
             "with typos, e-mail signatures, quoted history, forwarded headers, disclaimers and agent replies.", "",
             "## Generation", "", "```", f"cd tests/scrub_corpus/{DIRNAME}", f"python3 generate_blind.py --seed {seed}", "```", "",
             "Modules: `values.py` (value generators and validators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, `tpl_fr.py`, `tpl_en.py` "
             "(templates per language), `generate_blind.py` (assembly, self-check, README).", "",
             "## Split rule", "",
             "Every template group (language x kind: DM, public post, e-mail body, agent reply, greeting, closing, signature, agent signature, "
             "quote header, forward header, disclaimer, opener) is dealt alternately: even index to dev, odd index to heldout. All filler pools "
             "(first and last names, streets, cities, brands per sector and language, agents, mentions, hashtags, URLs) are dealt the same way. "
             "So no template, frame, greeting, signature or quote block is shared between halves. Half h uses `random.Random(seed * 2 + h)`. "
             "Typos are injected only into literal template text (cue words included), never into labelled values or negatives.", "",
             "## Labelling conventions and judgement calls", "",
             "- Spans cover the value only, never the cue word; no surrounding white space or punctuation. Every occurrence is labelled, including "
             "repeats in agent replies, signatures, forwarded headers and quoted history.",
             "- Belgian national register numbers (rijksregisternummer / numéro de registre national) are labelled `bsn`, as are Dutch BSNs.",
             "- OTPs dictated as words (\"vier acht twee ...\", \"four eight two ...\") are labelled `otp` over the whole word sequence.",
             "- AWS access key IDs and secret access keys are both labelled `api_key`. Bearer/OAuth/JWT/personal access tokens are `token` (the word \"Bearer\" is not in the template value).",
             "- Patient numbers, member numbers, policy numbers, season-ticket/subscription numbers, loyalty-card numbers, EAN connection codes and "
             "contract numbers are `customer_number`.",
             "- Booking references, reservation numbers and laundry/pressing tickets are treated as `order_number` negatives (they identify a "
             "transaction, not the person). Complaint/dossier/case references are `ticket_number`.",
             "- Car-sharing odometer readings are `meter_reading` negatives. Licence plates, SSIDs, personal names, cities alone and agent initials are not labelled.",
             "- A customer's old and new password, old and new e-mail/phone/address are all labelled. Door, alarm, key-safe, app PINs are `pin`.",
             "- Masked values (`****1234`, `j***@gmail.com`, `NL** **** **** 1234 56`) are `masked_value` negatives.",
             "- The organisation's own service numbers (also in agent signatures) are `company_phone`; KvK/BTW/VAT/BCE/SIREN/company numbers are `company_registration`.",
             "- Macro placeholders such as `{first_name}` in agent replies are left unlabelled.", "",
             "## Known limitations", "",
             "- Template-based: sentence frames repeat within a half (different values and fillers each time).",
             "- Brands are fictional; some are named 'X-achtig'/'X-like'. UK sort code + account numbers and US SSNs are not generated.",
             "- Dates/times in negatives are not guaranteed calendar-consistent with each other; some quantity units are generic.",
             "- Typos are simple (swap, drop, double letter, lower-case); no phonetic misspellings.", ""]
    for name, (recs, tids) in halves.items():
        sp = collections.Counter(s["type"] for r in recs for s in r["spans"])
        ng = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        ch = collections.Counter(r["channel"] for r in recs)
        lg = collections.Counter(r["lang"] for r in recs)
        em = [len(r["text"]) for r in recs if r["channel"] == "email"]
        parts += [f"## Counts: {name}", "", f"Messages: {len(recs)}. Spans: {sum(sp.values())}. Negatives: {sum(ng.values())}. "
                  f"E-mails: {len(em)} (median length {sorted(em)[len(em) // 2]} chars).", "",
                  table(sp, "span type", tids), "", table(ng, "negative kind"), "", table(ch, "channel"), "", table(lg, "language"), ""]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, tids = gen_half(a.seed, half)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves[name] = (recs, tids)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    for name, (recs, _) in halves.items():
        print(name, len(recs), "messages", sum(len(r["spans"]) for r in recs), "spans", sum(len(r["negatives"]) for r in recs), "negatives")


if __name__ == "__main__":
    sys.exit(main())
