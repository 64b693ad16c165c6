#!/usr/bin/env python3
"""Seeded generator for the blind90 scrub corpus (Python 3.11 standard library only).

Usage (inside this directory):  python3 generate_blind.py --seed 20261288
Writes dev.jsonl, heldout.jsonl and README.md.
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
import pools as P  # noqa: E402
from templates_nl import NL, NLBE  # noqa: E402
from templates_fr import FR  # noqa: E402
from templates_en import EN  # noqa: E402
from frames import FRAMES  # noqa: E402

PREFIX = "b90"
N_PER_HALF = 950
HALVES = ["dev", "heldout"]

LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
LOC = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}
FRAME_LANG = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
ITEM_LANG = {"nl": "nl", "be": "nl", "fr": "fr", "gb": "en", "us": "en"}

CHANNELS = [("email", 29), ("agent_reply", 12), ("x_public", 10), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 5), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 12), ("telegram", 7)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}


def n_coreg(rng, loc):
    if loc == "nl":
        return V.n_kvk(rng, loc)
    if loc in ("be", "fr"):
        return V.n_ent(rng, loc)
    if loc == "gb":
        return V.n_ukco(rng, loc)
    return f"{V.digits(rng, 2, True)}-{V.digits(rng, 7)}"


LABELS = {
    "password": ("password", V.password), "pin": ("pin", V.pin), "puk": ("puk", V.puk), "otp": ("otp", V.otp),
    "otp_words": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi), "apikey": ("api_key", V.apikey),
    "awsid": ("api_key", V.awsid), "awssecret": ("api_key", V.awssecret), "token": ("token", V.token),
    "jwt": ("token", V.jwt), "card": ("card", V.card), "cvv": ("cvv", V.cvv), "exp": ("card_expiry", V.expiry),
    "iban": ("iban", V.iban), "ibanf": ("iban", V.iban_foreign), "bsn": ("bsn", V.bsn), "rrn": ("bsn", V.rrn),
    "natid": ("bsn", V.natid), "phone": ("phone", V.phone), "phonef": ("phone", V.phone_foreign),
    "dob": ("date_of_birth", V.dob), "custno": ("customer_number", V.custno),
    "policy": ("customer_number", V.policy), "sellerid": ("customer_number", V.sellerid),
    "member": ("customer_number", V.member), "ean": ("customer_number", V.ean), "ip": ("ip_address", V.ip),
    "email": ("email", None), "username": ("username", None), "address": ("address", None),
}
NEGS = {
    "n_date": ("date", V.n_date), "n_time": ("time", V.n_time), "n_amount": ("amount", V.n_amount),
    "n_qty": ("quantity", V.n_qty), "n_pct": ("percentage", V.n_pct), "n_year": ("year", V.n_year),
    "n_order": ("order_number", V.n_order), "n_ticket": ("ticket_number", V.n_ticket),
    "n_claim": ("ticket_number", V.n_claim), "n_invoice": ("invoice_number", V.n_invoice),
    "n_track": ("tracking_number", V.n_track), "n_reqid": ("request_id", V.n_reqid),
    "n_error": ("error_code", V.n_error), "n_version": ("version_string", V.n_version),
    "n_model": ("model_number", V.n_model), "n_sku": ("product_code", V.n_sku),
    "n_voucher": ("product_code", V.n_voucher), "n_flight": ("flight_number", V.n_flight),
    "n_cphone": ("company_phone", V.n_cphone), "n_kvk": ("company_registration", V.n_kvk),
    "n_vat": ("company_registration", V.n_vat), "n_ent": ("company_registration", V.n_ent),
    "n_siren": ("company_registration", V.n_siren), "n_ukco": ("company_registration", V.n_ukco),
    "n_coreg": ("company_registration", n_coreg), "n_masked": ("masked_value", V.n_masked),
    "n_maskiban": ("masked_value", V.n_maskiban), "n_maskmail": ("masked_value", V.n_maskmail),
    "n_maskphone": ("masked_value", V.n_maskphone), "n_meter": ("meter_reading", V.n_meter),
    "n_port": ("port", V.n_port), "n_checksum": ("checksum", V.n_checksum),
    "n_url": ("url", None), "n_mention": ("mention", None), "n_hashtag": ("hashtag", None),
}
FILLERS = {"name", "fname", "agent", "agent_init", "brand", "insurer", "broker", "carrier", "item", "plate", "ssid",
           "shop", "bnpl", "natid_cue", "coreg_cue", "handle"}

PH = re.compile(r"\{([a-z_]+)(?:\.([a-z0-9]+))?\}")
DIGIT_OK = {"3D", "2dehands", "2ememain", "sha256", "SHA256"}


def deal(lst, half):
    return lst[half::2]


def deal_templates(group_name, styles, half):
    """Deal each (style, situation) group's members alternately."""
    out = {}
    for style, members in styles.items():
        seen = collections.Counter()
        chosen = []
        for idx, (sit, text) in enumerate(members):
            k = seen[sit]
            seen[sit] += 1
            if k % 2 == half:
                chosen.append((f"{group_name}-{style}-{sit}-{idx}", text))
        out[style] = chosen
    return out


def deal_frames(half):
    out = {}
    for lg, kinds in FRAMES.items():
        out[lg] = {k: [(f"frame-{lg}-{k}-{i}", t) for i, t in enumerate(v) if i % 2 == half] for k, v in kinds.items()}
    return out


class Piece:
    def __init__(self):
        self.text = ""
        self.spans = []   # (type, start, end, tid)
        self.negs = []    # (kind, start, end, tid)
        self.free = []    # (start, end) filler ranges, digits allowed

    def lit(self, s):
        self.text += s

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off, tid) for k, s, e, tid in other.negs]
        self.free += [(s + off, e + off) for s, e in other.free]


def quote_prefix(p, prefix="> "):
    old = p.text
    nl_before = [0] * (len(old) + 1)
    c = 0
    for i, ch in enumerate(old):
        nl_before[i] = c
        if ch == "\n":
            c += 1
    nl_before[len(old)] = c

    def m(i):
        return i + len(prefix) * (1 + nl_before[i])

    q = Piece()
    q.text = prefix + old.replace("\n", "\n" + prefix)
    q.spans = [(t, m(s), m(e), tid) for t, s, e, tid in p.spans]
    q.negs = [(k, m(s), m(e), tid) for k, s, e, tid in p.negs]
    q.free = [(m(s), m(e)) for s, e in p.free]
    return q


class Ctx:
    def __init__(self, half, rng, lang, pools):
        self.half, self.rng, self.lang, self.loc = half, rng, lang, LOC[lang]
        self.pools = pools
        self.vals = {}
        self.typos_left = 0
        loc = self.loc
        self.first = rng.choice(pools["first"][loc])
        self.last = rng.choice(pools["last"][loc])
        self.shop = rng.choice(pools["shops"][loc])

    # ------------------------------------------------------------ values
    def address(self):
        rng, loc, pl = self.rng, self.loc, self.pools
        street = rng.choice(pl["streets"][loc])
        city, pc = rng.choice(pl["cities"][loc])
        num = rng.randint(1, 240)
        r = rng.random()
        if loc == "nl":
            suf = rng.choice(["", "", "", "A", "-2", " bis", "-III", "b"])
            pcode = f"{pc}{rng.randint(10, 99)}{rng.choice([' ', ' ', ''])}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            base = f"{street} {num}{suf}"
            if r < 0.35:
                return base
            if r < 0.85:
                return f"{base}, {pcode} {city}"
            return f"{base} {pcode} {city.upper() if rng.random() < 0.5 else city}"
        if loc in ("be", "fr"):
            box = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}"]) if loc == "be" else \
                rng.choice(["", "", f" boîte {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}", " bte 2"])
            base = f"{street} {num}{box}"
            if r < 0.3:
                return base
            return f"{base}, {pc} {city}" if r < 0.85 else f"{base} - {pc} {city}"
        if loc == "gb":
            outward = pc
            inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            base = f"{num} {street}"
            if r < 0.15:
                base = f"Flat {rng.randint(1, 12)}, {base}"
            if r < 0.3:
                return base
            if r < 0.8:
                return f"{base}, {city} {outward} {inward}"
            return f"{base}, {city}, {outward} {inward}"
        base = f"{rng.randint(10, 9899)} {street}"
        if r < 0.25:
            base += rng.choice([", Apt 5B", " Apt 12", ", Unit 3", " #204"])
        if r < 0.35:
            return base
        return f"{base}, {city} {pc}{rng.randint(10, 99)}"

    def label_value(self, name):
        rng, loc = self.rng, self.loc
        if name == "email":
            return V.email(rng, loc, self.first, self.last, self.shop)
        if name == "username":
            return V.username(rng, loc, self.first, self.last)
        if name == "address":
            return self.address()
        return LABELS[name][1](rng, loc)

    def neg_value(self, name):
        rng, loc = self.rng, self.loc
        if name == "n_url":
            return rng.choice(self.pools["urls"][loc])
        if name == "n_mention":
            return rng.choice(self.pools["mentions"][loc])
        if name == "n_hashtag":
            return rng.choice(self.pools["hashtags"][loc])
        return NEGS[name][1](rng, loc)

    def filler(self, name):
        rng, loc, pl = self.rng, self.loc, self.pools
        if name == "name":
            return f"{self.first} {self.last}"
        if name == "fname":
            return self.first
        if name == "agent":
            return rng.choice(pl["agents"][loc])
        if name == "agent_init":
            return rng.choice("ABCDEFGHJKLMNPRSTVW") + rng.choice("ABCDEFGHJKLMNPRSTVW")
        if name == "handle":
            return None
        if name == "item":
            return rng.choice(pl["items"][ITEM_LANG[loc]])
        if name == "natid_cue":
            return rng.choice(["rijksregisternummer", "rijksregisternr", "RRN"]) if loc == "be" else \
                rng.choice(["BSN", "bsn", "burgerservicenummer", "BSN-nummer"])
        if name == "coreg_cue":
            return {"nl": rng.choice(["KvK", "KvK-nummer", "Kvk nr"]), "be": rng.choice(["Ondernemingsnr.", "KBO", "BTW"]),
                    "fr": "BCE", "gb": rng.choice(["Company No.", "Reg. no.", "Company number"]), "us": "EIN"}[loc]
        key = {"brand": "brands", "insurer": "insurers", "broker": "brokers", "carrier": "carriers", "plate": "plates",
               "shop": "shops", "bnpl": "bnpl"}.get(name)
        if name == "shop":
            return self.shop
        if name == "ssid":
            return rng.choice(pl["ssids"])
        return rng.choice(pl[key][loc])

    # ------------------------------------------------------------ typos
    def typo(self, s):
        if self.typos_left <= 0:
            return s
        rng = self.rng

        def sub(mo):
            w = mo.group(0)
            if self.typos_left <= 0 or rng.random() > 0.06:
                return w
            self.typos_left -= 1
            i = rng.randint(1, len(w) - 2)
            r = rng.random()
            if r < 0.4:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if r < 0.7:
                return w[:i] + w[i + 1:]
            return w[:i] + w[i] + w[i:]
        return re.sub(r"(?<![\w])[A-Za-zéèàç]{5,}(?![\w])", sub, s)

    # ------------------------------------------------------------ render
    def render(self, tpl, tid, typos=True):
        p = Piece()
        pos = 0
        for mo in PH.finditer(tpl):
            lit = tpl[pos:mo.start()]
            p.lit(self.typo(lit) if typos else lit)
            pos = mo.end()
            name, suf = mo.group(1), mo.group(2)
            key = name + "." + (suf or "")
            if name in LABELS:
                if key not in self.vals:
                    self.vals[key] = self.label_value(name)
                v = self.vals[key]
                s = len(p.text)
                p.lit(v)
                p.spans.append((LABELS[name][0], s, s + len(v), tid))
            elif name in NEGS:
                if key not in self.vals:
                    self.vals[key] = self.neg_value(name)
                v = self.vals[key]
                s = len(p.text)
                p.lit(v)
                p.negs.append((NEGS[name][0], s, s + len(v), tid))
            elif name in FILLERS:
                if key not in self.vals:
                    self.vals[key] = self.filler(name)
                v = self.vals[key]
                s = len(p.text)
                p.lit(v)
                p.free.append((s, s + len(v)))
            else:
                raise SystemExit(f"unknown placeholder {name} in {tid}")
        lit = tpl[pos:]
        p.lit(self.typo(lit) if typos else lit)
        return p


def pick_templates(lang, style, tpls, rng):
    if lang == "nl-be" and tpls["nlbe"].get(style) and rng.random() < 0.45:
        return rng.choice(tpls["nlbe"][style])
    grp = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
    return rng.choice(tpls[grp][style])


def build_message(ctx, channel, tpls, frames):
    rng, lang = ctx.rng, ctx.lang
    fr = frames[FRAME_LANG[lang]]
    doc = Piece()
    if channel == "email":
        ctx.typos_left = rng.choice([0, 0, 1, 2, 3])
        forwarded = rng.random() < 0.15
        if rng.random() < 0.45:
            doc.add(ctx.render(*reversed(rng.choice(fr["subject"])), typos=False))
            doc.lit("\n\n")
        if forwarded:
            doc.add(ctx.render(*reversed(rng.choice(fr["forwarded_intro"]))))
            doc.lit("\n\n")
            doc.add(ctx.render(*reversed(rng.choice(fr["forward"])), typos=False))
            doc.lit("\n\n")
        doc.add(ctx.render(*reversed(rng.choice(fr["greeting"]))))
        doc.lit("\n\n")
        tid, t = pick_templates(lang, "email", tpls, rng)
        doc.add(ctx.render(t, tid))
        if rng.random() < 0.3:
            doc.lit("\n\n")
            tid, t = pick_templates(lang, "chat", tpls, rng)
            doc.add(ctx.render(t[0].upper() + t[1:], tid))
        doc.lit("\n\n")
        doc.add(ctx.render(*reversed(rng.choice(fr["closing"]))))
        doc.lit("\n")
        doc.add(ctx.render(*reversed(rng.choice(fr["signature"])), typos=False))
        if rng.random() < 0.3:
            doc.lit("\n\n")
            doc.add(ctx.render(*reversed(rng.choice(fr["disclaimer"]))))
        if not forwarded and rng.random() < 0.5:
            doc.lit("\n\n")
            doc.add(ctx.render(*reversed(rng.choice(fr["quote"])), typos=False))
            doc.lit("\n")
            tid, t = pick_templates(lang, "agent", tpls, rng)
            q = ctx.render(t, tid, typos=False)
            doc.add(quote_prefix(q, rng.choice(["> ", "> ", ">"])) if rng.random() < 0.75 else q)
        return doc
    if channel == "agent_reply":
        ctx.typos_left = 1 if rng.random() < 0.1 else 0
        if rng.random() < 0.25:
            h = "@" + V.username(rng, ctx.loc, ctx.first, ctx.last).replace(".", "_").replace("-", "_")
            doc.lit(h)
            doc.negs.append(("mention", 0, len(h), "agent-handle"))
            doc.lit(" ")
        tid, t = pick_templates(lang, "agent", tpls, rng)
        doc.add(ctx.render(t, tid))
        return doc
    ctx.typos_left = rng.choice([0, 0, 1, 1, 2, 3])
    if channel in PUBLIC:
        tid, t = pick_templates(lang, "post", tpls, rng)
        doc.add(ctx.render(t, tid))
        return doc
    tid, t = pick_templates(lang, "chat", tpls, rng)
    p = ctx.render(t, tid)
    doc.add(p)
    if rng.random() < 0.22:
        doc.lit(rng.choice(["\n", " ", "\n\n", " ... "]))
        tid, t = pick_templates(lang, "chat", tpls, rng)
        doc.add(ctx.render(t, tid))
    if rng.random() < 0.1:
        doc.text = doc.text.lower() if not doc.spans and not doc.negs else doc.text
    return doc


# ---------------------------------------------------------------- self-check
def check(rec, free):
    text = rec["text"]
    ivs = []
    for s in rec["spans"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (rec["id"], s)
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], s, v)
        ivs.append((a, b, "span:" + s["type"]))
        t = s["type"]
        if t == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if t == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if t == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    for n in rec["negatives"]:
        a, b = n["start"], n["end"]
        assert 0 <= a < b <= len(text), (rec["id"], n)
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], n, v)
        ivs.append((a, b, "neg:" + n["kind"]))
    ivs.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(ivs, ivs[1:]):
        assert b1 <= a2, (rec["id"], "overlap", k1, k2, text[a1:b1], text[a2:b2])
    covered = [False] * len(text)
    for a, b, _ in ivs:
        for i in range(a, b):
            covered[i] = True
    for a, b in free:
        for i in range(a, b):
            covered[i] = True
    for mo in re.finditer(r"[A-Za-z0-9]*\d[A-Za-z0-9]*", text):
        if any(not covered[i] for i in range(mo.start(), mo.end())) and mo.group(0) not in DIGIT_OK:
            raise AssertionError((rec["id"], "uncovered digits", mo.group(0), text))
    # every occurrence of a labelled value is labelled
    spanset = {(s["start"], s["end"]) for s in rec["spans"]}
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if len(v) < 6:
            continue
        for mo in re.finditer(re.escape(v), text):
            inside = any(x["start"] <= mo.start() and mo.end() <= x["end"] for x in rec["spans"] + rec["negatives"])
            assert inside, (rec["id"], "unlabelled repeat", v)
    return spanset


def make_pools(half):
    def d(dct):
        return {k: deal(v, half) for k, v in dct.items()}
    first, last = d(P.FIRST), d(P.LAST)
    pools = {"first": first, "last": last, "streets": d(P.STREETS), "cities": d(P.CITIES), "brands": d(P.BRANDS),
             "mentions": d(P.MENTIONS), "hashtags": d(P.HASHTAGS), "urls": d(P.URLS), "agents": d(P.AGENTS),
             "insurers": d(P.INSURERS), "brokers": d(P.BROKERS), "carriers": d(P.CARRIERS), "items": d(P.ITEMS),
             "plates": d(P.PLATES), "ssids": deal(P.SSIDS, half), "shops": d(P.SHOPS), "bnpl": d(P.BNPL)}
    return pools


def generate(seed):
    results = {}
    for half, hname in enumerate(HALVES):
        rng = random.Random(seed * 2 + half)
        pools = make_pools(half)
        tpls = {"nl": deal_templates("nl", NL, half), "nlbe": deal_templates("nlbe", NLBE, half),
                "fr": deal_templates("fr", FR, half), "en": deal_templates("en", EN, half)}
        frames = deal_frames(half)
        recs = []
        tids = collections.defaultdict(set)
        for i in range(N_PER_HALF):
            lang = rng.choices(LANGS, LANG_W)[0]
            channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
            ctx = Ctx(half, rng, lang, pools)
            doc = build_message(ctx, channel, tpls, frames)
            rec = {"id": f"{PREFIX}-{hname}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC else "private", "text": doc.text,
                   "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(doc.spans, key=lambda x: x[1])],
                   "negatives": [{"kind": k, "start": s, "end": e} for k, s, e, _ in sorted(doc.negs, key=lambda x: x[1])]}
            check(rec, doc.free)
            for t, s, e, tid in doc.spans:
                tids[t].add(tid)
            recs.append(rec)
        results[hname] = (recs, tids)
    return results


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(seed, results):
    L = []
    L.append("# Scrub corpus blind90: online marketplaces, e-commerce and small-business insurance brokers\n")
    L.append("This corpus was written **blind**: its author did not open, read, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, or any other corpus, scorer or generator under "
             "`tests/scrub_corpus/`, did not read git history, and did not run any scrubber or scorer. Templates "
             "and values come from public knowledge of how platforms format messages and how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Buyers and sellers on second-hand and retail marketplaces (seller dashboards, payout accounts, hacked "
             "seller accounts, phishing 'buyers' asking for SMS codes), fashion returns and exchanges (return labels, "
             "drop-off/return codes), buy-now-pay-later instalments, chargebacks, store credit and vouchers; and "
             "small-business insurance brokers (liability and fleet policies, claims, broker portals). Dutch, "
             "Belgian (Dutch and French), UK and US customers, across all channels (public posts, DMs, chat apps, "
             "e-mail with signatures, quoted history, forwards and disclaimers, agent replies).\n")
    L.append("## Generation\n")
    L.append(f"```\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Python 3.11 standard library only. Modules: `values.py` (value generators and checksums), `pools.py` "
             "(filler pools), `templates_nl.py`, `templates_fr.py`, `templates_en.py` (message bodies), `frames.py` "
             "(e-mail subjects, greetings, closings, signatures, quote/forward headers, disclaimers).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language group, style = chat/post/agent/email, situation). Within each "
             "group the members are dealt alternately: even index to dev, odd to heldout, so no template, frame, "
             "greeting, signature, quote header or disclaimer is shared between the halves. Every filler pool (names, "
             "streets, cities, brands, agents, mentions, hashtags, URLs, brokers, insurers, carriers, items, plates, "
             "SSIDs, shops, BNPL providers) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. "
             "Typos are injected only into literal template text (cue words included), never into labelled values "
             "or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("\n".join([
        "- Spans cover only the value, never the cue word; every occurrence is labelled (agent repeats and quoted history included).",
        "- Seller IDs, shop IDs, policy numbers, relation/client references, customer numbers and account numbers are `customer_number`.",
        "- Claim numbers, dispute/chargeback case numbers and bank case numbers are negatives of kind `ticket_number`.",
        "- Return codes, drop-off codes printed on labels and parcel tracking codes are `tracking_number` negatives; a parcel-locker or gate code that opens something is a `pin`.",
        "- Gift-card PINs are `pin`; promotional/voucher codes (e.g. WELKOM10) are `product_code` negatives.",
        "- Belgian national register numbers (rijksregisternummer / registre national) are labelled `bsn`, as the brief says.",
        "- An e-mail address used as a login is labelled `email`, not `username`.",
        "- OTPs dictated as words are one `otp` span covering all the words and their separators.",
        "- AWS access key id and secret are two separate `api_key` spans; vendor-prefixed keys (sk_live_, AIza, SG., live_, key-) are `api_key`; ghp_, shpat_, ya29., JWT bearer and hex session tokens are `token`.",
        "- The customer's own (business) phone, address and e-mail in signatures are labelled; the organisation's service numbers are `company_phone` negatives; company registration (KvK, ondernemingsnummer/BCE, UK company number, US EIN, VAT) are `company_registration` negatives.",
        "- Public @handles (including the customer's handle an agent replies to) are `mention` negatives; names, cities alone, licence plates, SSIDs, agent names and initials are not labelled at all.",
        "- Masked card numbers, masked IBANs and masked e-mail/phone are `masked_value` negatives.",
        "- Odometer readings in fleet claims are `meter_reading` negatives; file hashes are `checksum`; small counts ('3 weeks') are `quantity`.",
        "- Dates of birth are `date_of_birth`; all other dates (delivery, claim, e-mail header dates) are `date` negatives.",
        "- Addresses include postcode and city when they are written contiguously with the street.",
    ]) + "\n")
    L.append("## Known limitations\n")
    L.append("\n".join([
        "- Template-based: sentence structures repeat within a half (each template is reused with fresh values).",
        "- Values are synthetic; IBANs/cards/BSNs/RRNs are checksum-valid but not real. US customers quoting an IBAN get a foreign IBAN.",
        "- Phone numbers are never written out in words; no non-Latin scripts; no attachments or HTML.",
        "- The generator guarantees that every digit sequence is inside a span, a negative or a filler (names, brands, plates, SSIDs), except the token '3D'.",
        "- An agent reply may start with the customer's public @handle, built like a username; it is a `mention` negative even when it equals the login name used elsewhere in the message.",
        "- Typos can occasionally hit a cue word so hard it is no longer recognisable; that is intended.",
    ]) + "\n")
    L.append("## Counts\n")
    for hname in HALVES:
        recs, tids = results[hname]
        L.append(f"### {hname} ({hname}.jsonl)\n")
        L.append(f"Messages: {len(recs)}\n")
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        L.append(table([(t, sc[t], len(tids[t])) for t in sorted(sc)], ["span type", "spans", "distinct templates"]) + "\n")
        nc = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        L.append(table(sorted(nc.items()), ["negative kind", "count"]) + "\n")
        cc = collections.Counter(r["channel"] for r in recs)
        L.append(table(sorted(cc.items()), ["channel", "messages"]) + "\n")
        lc = collections.Counter(r["lang"] for r in recs)
        L.append(table(sorted(lc.items()), ["lang", "messages"]) + "\n")
        em = [len(r["text"].encode()) for r in recs if r["channel"] == "email"]
        if em:
            L.append(f"E-mails: {len(em)}, median size {sorted(em)[len(em) // 2]} bytes, "
                     f"{sum(1 for x in em if 500 <= x <= 2048)} between 0.5 and 2 KB.\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    results = generate(a.seed)
    for hname in HALVES:
        with open(os.path.join(here, f"{hname}.jsonl"), "w", encoding="utf-8") as f:
            for r in results[hname][0]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(write_readme(a.seed, results))
    print({h: len(results[h][0]) for h in HALVES})


if __name__ == "__main__":
    main()
