#!/usr/bin/env python3
"""Blind webcare corpus generator (blind75): government and public services.
Usage: python3 generate_blind.py --seed 20261273   (run inside this directory)"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
import pools as P  # noqa: E402
import templates_nl as TNL  # noqa: E402
import templates_fr as TFR  # noqa: E402
import templates_en as TEN  # noqa: E402

PREFIX = "b75"
N_PER_HALF = 950
TMOD = {"nl": TNL, "fr": TFR, "en": TEN}
LOCS = ["nl", "nl", "nl-be", "fr-be", "en-gb", "en-us"]
CHANNELS = [("email", 28), ("agent_reply", 12), ("x_public", 14), ("x_dm", 7), ("facebook_comment", 8),
            ("instagram_comment", 5), ("instagram_dm", 5), ("messenger", 7), ("whatsapp", 9), ("telegram", 5)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LABELS = {"password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi_key": "wifi_key",
          "username": "username", "api_key": "api_key", "aws_secret": "api_key", "token": "token", "card": "card",
          "cvv": "cvv", "iban": "iban", "bsn": "bsn", "email": "email", "phone": "phone", "address": "address",
          "dob": "date_of_birth", "custno": "customer_number", "ean": "customer_number", "utr": "customer_number",
          "expiry": "card_expiry", "ip": "ip_address"}
NEGS = {"date": "date", "time": "time", "amount": "amount", "quantity": "quantity", "pct": "percentage",
        "year": "year", "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number",
        "tracking": "tracking_number", "reqid": "request_id", "errcode": "error_code", "version": "version_string",
        "model": "model_number", "product": "product_code", "flight": "flight_number", "cphone": "company_phone",
        "creg": "company_registration", "url": "url", "mention": "mention", "hashtag": "hashtag",
        "masked": "masked_value", "meter": "meter_reading", "port": "port", "checksum": "checksum"}
GROUP_ORG = {"login": ["tax", "muni", "benefit"], "otp": ["tax", "muni"], "tax": ["tax"], "benefit": ["benefit"],
             "parking": ["muni"], "waste": ["waste", "muni"], "passport": ["muni", "benefit"], "housing": ["housing"],
             "tech": ["muni"], "contact": ["tax", "muni", "benefit", "housing"], "puk": ["tax", "muni"],
             "none": ["tax", "muni", "benefit", "housing", "waste"]}
PASTE_INTRO = {"nl": ["Kreeg dit binnen:\n", "zie sms:\n", "Dit kreeg ik net: ", "screenshot tekst → "],
               "fr": ["J'ai reçu ça :\n", "voir SMS :\n", "Reçu à l'instant : ", "texte du SMS → "],
               "en": ["Got this:\n", "see text:\n", "Just received: ", "copied from my phone → "]}
PH = re.compile(r"\{(\w+)(?::(\w+))?\}")
LOCTAG = re.compile(r"^\[([a-z\-,]+)\] ")
CREG_RX = re.compile(r"(?<![A-Za-z])(?:(?:NL|BE|GB|SC) ?)?\d[\d .\-]*[\dA-Z]*")


def lang3(loc):
    return P.lang3(loc)


def deal(seq, half):
    out = list(seq)[half::2]
    assert out, "empty dealt pool"
    return out


def tagged(tpl):
    m = LOCTAG.match(tpl)
    if m:
        return set(m.group(1).split(",")), tpl[m.end():]
    return None, tpl


def fits(tpl, loc):
    tags, _ = tagged(tpl)
    return tags is None or loc in tags


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.t = {}
        for L, mod in TMOD.items():
            d = {"groups": {g: deal([(i, t) for i, t in enumerate(lst)], half) for g, lst in mod.GROUPS.items()}}
            for name in ["AGENT", "SMS", "GREET", "SIGNOFF", "CSIG", "QUOTE", "QUOTED_BODY", "FWD", "DISC", "AGSIG", "QTY", "FILL"]:
                d[name] = deal([(i, t) for i, t in enumerate(getattr(mod, name))], half)
            d["PASTE"] = deal(PASTE_INTRO[L], half)
            self.t[L] = d
        self.p = {}
        for loc in P.FIRST:
            self.p[loc] = {
                "first": deal(P.FIRST[loc], half), "last": deal(P.LAST[loc], half), "agents": deal(P.AGENTS[loc], half),
                "orgs": {c: deal(v, half) for c, v in P.ORGS[loc].items()}, "creg": deal(P.COMPANY_REG[loc], half),
                "hashtag": deal(P.HASHTAGS[loc], half), "login": deal(P.LOGIN[loc], half),
                "idcue": deal(P.IDCUE.get(loc, ["ID"] * 2), half), "streets": deal(P.STREETS[loc], half),
                "cities": deal(P.CITIES[loc], half)}
        self.ssid, self.plates, self.models = deal(P.SSIDS, half), deal(P.PLATES, half), deal(P.MODELS, half)


class Msg:
    """Per-message context: locale, person, org, value cache."""

    def __init__(self, H, loc, group):
        self.H, self.r, self.loc, self.L = H, H.r, loc, lang3(loc)
        pp = H.p[loc]
        self.pp = pp
        self.first, self.last = self.r.choice(pp["first"]), self.r.choice(pp["last"])
        cat = self.r.choice(GROUP_ORG.get(group, ["muni"]))
        self.org = self.r.choice(pp["orgs"][cat])
        self.agent = self.r.choice(pp["agents"])
        self.cache = {}
        self.casual = self.r.random() < 0.12

    def label_value(self, name, key):
        ck = (name, key)
        if ck in self.cache:
            return self.cache[ck]
        r, loc = self.r, self.loc
        if name == "password":
            v = V.password(r)
        elif name == "pin":
            v = V.pin(r)
        elif name == "puk":
            v = V.puk(r)
        elif name == "otp":
            v = V.otp(r)
        elif name == "otpw":
            v = V.otp_words(r, self.L)
        elif name == "wifi_key":
            v = V.wifi_key(r)
        elif name == "username":
            v = V.username(r, self.first, self.last)
        elif name == "api_key":
            v = V.api_key(r)
        elif name == "aws_secret":
            v = V.aws_secret(r)
        elif name == "token":
            v = V.token(r)
        elif name == "card":
            v = V.card(r)
        elif name == "cvv":
            v = V.cvv(r)
        elif name == "iban":
            c = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB"}.get(loc)
            if c is None or r.random() < 0.1:
                c = r.choice({"nl": ["DE", "BE"], "nl-be": ["NL", "LU"], "fr-be": ["FR", "LU"], "en-gb": ["DE", "NL"],
                              "en-us": ["DE", "GB", "NL"]}[loc])
            v = V.iban(r, c)
        elif name == "bsn":
            v = V.bsn(r) if loc == "nl" else V.nrn(r)
        elif name == "email":
            f = self.first if key is None else r.choice(self.pp["first"])
            v = P.email(r, loc, f, self.last)
        elif name == "phone":
            v = P.phone(r, loc)
        elif name == "address":
            v = P.address(r, loc, self.pp["streets"], self.pp["cities"])
        elif name == "dob":
            v = P.dob(r, loc)
        elif name == "custno":
            v = P.custno(r, loc)
        elif name == "ean":
            v = V.rd(r, 13) if loc == "en-gb" else P.ean(r)
        elif name == "utr":
            v = P.utr(r)
        elif name == "expiry":
            v = V.expiry(r)
        elif name == "ip":
            v = V.ip(r)
        else:
            raise KeyError(name)
        self.cache[ck] = v
        return v

    def neg_value(self, name, key):
        ck = ("neg", name, key)
        if ck in self.cache:
            return self.cache[ck]
        r, loc, H = self.r, self.loc, self.H
        f = {
            "date": lambda: P.neg_date(r, loc), "time": lambda: P.neg_time(r, loc),
            "amount": lambda: P.neg_amount(r, loc), "quantity": lambda: r.choice(H.t[self.L]["QTY"])[1],
            "pct": lambda: r.choice(["21%", "4,5%", "9 %", "3,1%", "12%", "6%"]) if self.L != "en" else r.choice(["20%", "4.5%", "9 %", "3.1%", "12%"]),
            "year": lambda: str(r.randint(2019, 2026)), "order": lambda: P.neg_order(r),
            "ticket": lambda: P.neg_ticket(r, loc), "invoice": lambda: P.neg_invoice(r),
            "tracking": lambda: P.neg_tracking(r), "reqid": lambda: P.neg_reqid(r),
            "errcode": lambda: P.neg_error(r), "version": lambda: P.neg_version(r),
            "model": lambda: r.choice(H.models), "product": lambda: P.neg_product(r, loc),
            "flight": lambda: r.choice(["KL", "HV", "SN", "TB", "FR", "BA", "U2", "AA", "DL", "UA"]) + r.choice(["", " "]) + str(r.randint(100, 2999)),
            "cphone": lambda: self.org[2], "creg": lambda: r.choice(self.pp["creg"]), "url": lambda: self.org[3],
            "mention": lambda: self.org[1], "hashtag": lambda: r.choice(self.pp["hashtag"]),
            "masked": lambda: P.neg_masked(r, loc),
            "meter": lambda: r.choice([f"{V.rd(r, 5)} kWh", f"{r.randint(100, 9999)} m³", f"{V.rd(r, 6)}", f"{r.randint(100, 9999)} m3"]),
            "port": lambda: r.choice(["8080", "443", "3389", "8443", "22", "5060"]), "checksum": lambda: P.neg_checksum(r),
        }[name]
        v = f()
        self.cache[ck] = v
        return v

    def filler(self, name, key):
        r = self.r
        if name == "name":
            return f"{self.first} {self.last}"
        if name == "first":
            return self.first
        if name == "last":
            return self.last
        if name == "agent":
            return self.agent[0]
        if name == "ag":
            return self.agent[1]
        if name == "org":
            return self.org[0]
        if name == "login":
            ck = ("login",)
            if ck not in self.cache:
                self.cache[ck] = r.choice(self.pp["login"])
            return self.cache[ck]
        if name == "idcue":
            return r.choice(self.pp["idcue"])
        if name == "ssid":
            return r.choice(self.H.ssid)
        if name == "plate":
            return r.choice(self.H.plates)
        raise KeyError(name)


def typo(s, r):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
    if not words:
        return s
    m = r.choice(words)
    w = m.group(0)
    i = r.randint(1, len(w) - 2)
    op = r.randint(0, 2)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def render(tpl, M, tid):
    """Return list of segments (text, kind, type, tid); kind in lit/span/neg."""
    _, body = tagged(tpl)
    segs = []
    pos = 0
    for m in PH.finditer(body):
        lit = body[pos:m.start()]
        if lit:
            segs.append([lit, "lit", None, tid])
        name, key = m.group(1), m.group(2)
        if name in LABELS:
            segs.append([M.label_value(name, key), "span", LABELS[name], tid])
        elif name in NEGS:
            v = M.neg_value(name, key)
            if name == "creg":
                mm = CREG_RX.search(v)
                segs.append([v[:mm.start()], "lit", None, tid])
                segs.append([v[mm.start():mm.end()].rstrip(" .-"), "neg", "company_registration", tid])
                rest = v[mm.start():][len(v[mm.start():mm.end()].rstrip(" .-")):]
                if rest:
                    segs.append([rest, "lit", None, tid])
            else:
                segs.append([v, "neg", NEGS[name], tid])
        else:
            segs.append([M.filler(name, key), "lit", None, tid])
        pos = m.end()
    if body[pos:]:
        segs.append([body[pos:], "lit", None, tid])
    return segs


def lit(s):
    return [[s, "lit", None, None]]


def quote_segs(segs, prefix="> "):
    out = [[prefix, "lit", None, None]]
    for s in segs:
        if s[1] == "lit" and "\n" in s[0]:
            out.append([s[0].replace("\n", "\n" + prefix), "lit", None, s[3]])
        else:
            out.append(list(s))
    return out


def pick_body(H, loc, r, exclude=()):
    L = lang3(loc)
    groups = [g for g in H.t[L]["groups"] if g not in exclude]
    while True:
        g = r.choice(groups + ["none"] * 0)
        cands = [(i, t) for i, t in H.t[L]["groups"][g] if fits(t, loc)]
        if cands:
            i, t = r.choice(cands)
            return g, f"{L}:{g}:{i}", t


def pick(H, L, name, loc, r):
    cands = [(i, t) for i, t in H.t[L][name] if fits(t, loc)]
    i, t = r.choice(cands)
    return f"{L}:{name}:{i}", t


def make_message(H, loc, channel):
    r = H.r
    L = lang3(loc)
    g, tid, tpl = pick_body(H, loc, r)
    M = Msg(H, loc, g)
    body = render(tpl, M, tid)
    segs = []
    if channel == "agent_reply":
        atid, atpl = pick(H, L, "AGENT", loc, r)
        segs += render(atpl, M, atid)
        stid, stpl = pick(H, L, "AGSIG", loc, r)
        if r.random() < 0.5 and not atpl.rstrip().endswith("}"):
            segs += lit("\n\n") + render(stpl, M, stid)
        if r.random() < 0.35:  # agent quotes the customer's message (values repeated)
            segs += lit("\n\n") + quote_segs(body)
    elif channel == "email":
        if r.random() < 0.12:
            ftid, ftpl = pick(H, L, "FWD", loc, r)
            segs += render(ftpl, M, ftid) + lit("\n\n")
        gtid, gtpl = pick(H, L, "GREET", loc, r)
        segs += render(gtpl, M, gtid) + lit("\n\n")
        fills = [t for _, t in H.t[L]["FILL"]]
        r.shuffle(fills)
        nf = r.choice([1, 1, 2, 2, 3])
        if nf and r.random() < 0.5:
            segs += lit(fills.pop() + " ")
            nf -= 1
        segs += body
        if r.random() < 0.6:
            g2, tid2, tpl2 = pick_body(H, loc, r, exclude=(g,))
            segs += lit("\n\n" if r.random() < 0.6 else " ") + render(tpl2, M, tid2)
        if r.random() < 0.15:
            smtid, smtpl = pick(H, L, "SMS", loc, r)
            segs += lit("\n\n" + r.choice(H.t[L]["PASTE"])) + render(smtpl, M, smtid)
        if nf:
            segs += lit("\n\n" + " ".join(fills[:nf]))
        sotid, sotpl = pick(H, L, "SIGNOFF", loc, r)
        cstid, cstpl = pick(H, L, "CSIG", loc, r)
        segs += lit("\n\n") + render(sotpl, M, sotid) + lit("\n") + render(cstpl, M, cstid)
        if r.random() < 0.75:
            qtid, qtpl = pick(H, L, "QUOTE", loc, r)
            qbtid, qbtpl = pick(H, L, "QUOTED_BODY", loc, r)
            segs += lit("\n\n") + render(qtpl, M, qtid) + lit("\n") + quote_segs(render(qbtpl, M, qbtid))
        if r.random() < 0.45:
            dtid, dtpl = pick(H, L, "DISC", loc, r)
            segs += lit("\n\n") + render(dtpl, M, dtid)
    else:
        if channel in ("whatsapp", "telegram", "x_dm", "messenger", "instagram_dm") and r.random() < 0.15:
            smtid, smtpl = pick(H, L, "SMS", loc, r)
            segs += lit(r.choice(H.t[L]["PASTE"])) + render(smtpl, M, smtid) + lit("\n")
        if channel in PUBLIC and r.random() < 0.75:
            segs += render("{mention} ", M, "wrap:mention")
        segs += body
        if channel in PUBLIC and r.random() < 0.3:
            segs += render(" {hashtag}", M, "wrap:hashtag")
    # casual / typo treatment of literal text only
    for s in segs:
        if s[1] == "lit" and len(s[0]) >= 8:
            if r.random() < 0.1:
                s[0] = typo(s[0], r)
            if M.casual and channel != "email" and channel != "agent_reply":
                s[0] = s[0].lower()
    return assemble(segs)


def assemble(segs):
    text, spans, negs = "", [], []
    for t, kind, typ, tid in segs:
        s = len(text)
        text += t
        if kind == "span":
            spans.append({"type": typ, "start": s, "end": len(text), "_tid": tid})
        elif kind == "neg":
            negs.append({"kind": typ, "start": s, "end": len(text)})
    return text, spans, negs


def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for a, b, k, t in items:
        assert 0 <= a < b <= len(text), (rec["id"], a, b, t)
        v = text[a:b]
        assert v == v.strip(), (rec["id"], t, repr(v))
    items.sort()
    for x, y in zip(items, items[1:]):
        assert x[1] <= y[0], (rec["id"], "overlap", x, y)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.nrn_ok(v)), (rec["id"], v)


def choose_channel(r):
    tot = sum(w for _, w in CHANNELS)
    x = r.uniform(0, tot)
    for c, w in CHANNELS:
        x -= w
        if x <= 0:
            return c
    return CHANNELS[-1][0]


def build_half(seed, half):
    H = Half(seed, half)
    name = ["dev", "heldout"][half]
    recs, tids = [], defaultdict(set)
    for i in range(N_PER_HALF):
        loc = H.r.choice(LOCS)
        ch = choose_channel(H.r)
        text, spans, negs = make_message(H, loc, ch)
        for s in spans:
            tids[s["type"]].add(s.pop("_tid"))
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": ch, "lang": loc,
               "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
    return recs, tids


def table(title, counter, extra=None):
    out = [f"\n**{title}**\n", "| key | dev | heldout |" + (" templates dev | templates heldout |" if extra else ""),
           "|---|---|---|" + ("---|---|" if extra else "")]
    keys = sorted(set(counter[0]) | set(counter[1]))
    for k in keys:
        row = f"| {k} | {counter[0].get(k, 0)} | {counter[1].get(k, 0)} |"
        if extra:
            row += f" {len(extra[0].get(k, ()))} | {len(extra[1].get(k, ()))} |"
        out.append(row)
    return "\n".join(out)


def write_readme(seed, halves, tids):
    msgs = [len(h) for h in halves]
    sp = [Counter(s["type"] for r in h for s in r["spans"]) for h in halves]
    ng = [Counter(n["kind"] for r in h for n in r["negatives"]) for h in halves]
    ch = [Counter(r["channel"] for r in h) for h in halves]
    lg = [Counter(r["lang"] for r in h) for h in halves]
    em = [[len(r["text"]) for r in h if r["channel"] == "email"] for h in halves]
    txt = f"""# Blind scrub corpus blind75: government and public services

Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`,
`docs/`, `infra/`, the other corpora / scorers / generators under `tests/scrub_corpus/`, nor the git history.
Only the brief (`tests/scrub_corpus/BRIEF.md`) was read. No scrubber or scorer was run.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis
Government and public services: municipalities (gemeente, stad, commune, council, city 311), tax offices
(Belastingdienst, Toeslagen, FOD Financiën / SPF Finances / MyMinfin, HMRC, IRS), benefits and allowances
(toeslagen, Groeipakket, allocations familiales, Universal Credit, SNAP), parking permits and fines, waste
collection, passports / ID cards / eID PIN, DigiD / itsme / GOV.UK One Login / ID.me logins, social housing.
Dutch, Belgian (Dutch and French), UK and US customers; public tweets and comments, private DMs and e-mails,
agent replies and signatures.

## Generation
`python3 generate_blind.py --seed {seed}` (inside this directory) writes `dev.jsonl`, `heldout.jsonl` and this
README. Python 3.11 standard library only. Modules: `values.py` (secrets, cards, IBAN, BSN/NRN), `pools.py`
(filler pools, locale formats, negative generators), `templates_nl.py`, `templates_fr.py`, `templates_en.py`.

## Split rule
Every template group (per language: body groups login/otp/tax/benefit/parking/waste/passport/housing/tech/
contact/puk/none, and the agent replies, SMS pastes, greetings, sign-offs, customer signatures, quote headers,
quoted bodies, forward headers, disclaimers, agent signatures, quantity phrases, paste intros) is dealt
alternately: even index to dev, odd index to heldout. Every filler pool (first/last names, agents, organisations
with their handle/service number/URL, company registrations, hashtags, login product names, ID cue words, streets,
cities, SSIDs, plates, device models) is dealt the same way. Each half uses its own `random.Random(seed*2+half)`.
Typos (swap/drop/double letter) and lower-casing are applied only to literal template text, never to values.

## Labelling conventions and judgement calls
- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in agent
  replies and in `> ` quoted history (values are shared within a message).
- `bsn`: Dutch BSN (11-proof) for nl; Belgian national register number (rijksregisternummer / numéro national /
  NISS, valid mod-97 incl. post-2000 rule) for nl-be and fr-be. No US SSN or UK NI numbers are included
  (no type exists for them), so en messages carry no `bsn`.
- `customer_number`: customer/client/account/dossier/case-file numbers that identify a person (benefit dossier,
  tenancy ref, housing register application no., parking permit account, council tax account, tip/container pass,
  EAN / MPAN connection codes) and the HMRC UTR. Pure case/complaint/fine references (zaaknummer, PCN,
  CP2000 notice, kenmerk) are `ticket_number` negatives.
- `pin`: eID PIN, key-safe / keybox, door and gate codes, SIM PIN, phone unlock code and the IRS IP PIN. In
  "Gate code is 1234#" the `#` is not part of the span.
- `otp`: SMS/app/e-mail codes, also dictated as number words (whole phrase is one span).
- `api_key`: vendor keys, 32-hex keys after "api key", AWS access key id and AWS secret.
- `token`: bearer/JWT/GitHub/OAuth tokens and hex/alnum tokens after "token".
- `username`: login names next to passwords or in login trouble; never @handles.
- `address`: street + number with bus/boîte/flat/apt when written, plus postcode/city when written directly with it.
- Company registrations: only the number (with BE/NL/GB country prefix) is the negative, not the cue word.
- Organisation phone numbers (also short numbers such as 14 030, 1700, 311) are `company_phone` negatives.
- `meter_reading` negatives include the unit when written. `masked_value` covers the whole masked string.
- Names, cities alone, SSIDs, licence plates, agent initials (^XY) are not labelled.

## Known limitations
- Template-based: phrasing variety is bounded by roughly 230 hand-written templates; agent repeats are verbatim.
- US customers have no IBAN in most templates; when an en-us template does contain one, a foreign IBAN is used.
- Quoted agent bodies in e-mails are not always consistent with the customer's question.
- Public posts are not length-limited to platform maxima.
- Because templates are dealt alternately, some types/kinds are unevenly spread over the halves (e.g. tracking_number,
  flight_number, year, bsn, iban); see the count tables.
- Emails are mostly 0.4–1.5 KB (dev mean {sum(em[0]) // max(1, len(em[0]))} chars, heldout mean {sum(em[1]) // max(1, len(em[1]))} chars).

## Counts
Messages: dev {msgs[0]}, heldout {msgs[1]}.
{table("Spans per type (with number of distinct templates producing that type)", sp, tids)}
{table("Negatives per kind", ng)}
{table("Channels", ch)}
{table("Languages", lg)}
"""
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves, tids = [], []
    for half, name in enumerate(["dev", "heldout"]):
        recs, t = build_half(a.seed, half)
        halves.append(recs)
        tids.append(t)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme(a.seed, halves, tids)
    print("dev", len(halves[0]), "heldout", len(halves[1]))


if __name__ == "__main__":
    main()
