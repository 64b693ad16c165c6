#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind114). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261312
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import json
import os
import random
import re
import unicodedata
from collections import Counter, defaultdict

import pools as P
import values as V
import tpl_nl
import tpl_vl
import tpl_fr
import tpl_en

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b114"
N_PER_HALF = 950
TPL = {"nl": tpl_nl.T, "vl": tpl_vl.T, "fr": tpl_fr.T, "en": tpl_en.T}
LG = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHAN_W = [("email", 29), ("agent_reply", 10), ("x_public", 8), ("facebook_comment", 7), ("instagram_comment", 5),
          ("x_dm", 6), ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 13), ("telegram", 8)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"]
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
             "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit(f"pool too small to deal: {lst!r}")
    return out


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.first = {k: deal(v, half) for k, v in P.FIRST.items()}
        self.last = {k: deal(v, half) for k, v in P.LAST.items()}
        self.street = {k: deal(v, half) for k, v in P.STREET.items()}
        self.city = {k: deal(v, half) for k, v in P.CITY.items()}
        self.brands = {k: deal(v, half) for k, v in P.BRANDS.items()}
        self.agents = deal(P.AGENTS, half)
        self.hashtag = {k: deal(v, half) for k, v in P.HASHTAG.items()}
        self.models = deal(P.MODELS, half)
        self.ssids = deal(P.SSIDS, half)
        self.countries = {k: deal(v, half) for k, v in P.COUNTRIES.items()}
        self.maildom = {k: deal(v, half) for k, v in P.MAILDOM.items()}
        self.plates = deal(P.PLATES, half)
        self.tpl = {}
        for lg, T in TPL.items():
            d = {}
            for key, val in T.items():
                if isinstance(val, dict):
                    d[key] = {s: [(f"{lg}/{key}/{s}/{i}", t) for i, t in enumerate(lst)][half::2] for s, lst in val.items()}
                    for s, lst in d[key].items():
                        if not lst:
                            raise SystemExit(f"template group {lg}/{key}/{s} too small")
                else:
                    d[key] = [(f"{lg}/{key}/{i}", t) for i, t in enumerate(val)][half::2]
                    if not d[key]:
                        raise SystemExit(f"template group {lg}/{key} too small")
            self.tpl[lg] = d
        self.type_tpls = defaultdict(set)


# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, H, lang, sector):
        r = H.rng
        self.H, self.r, self.lang, self.sector = H, r, lang, sector
        self.lg = LG[lang]
        self.first = r.choice(H.first[lang])
        self.last = r.choice(H.last[lang])
        self.brand = r.choice(H.brands[sector])
        self.agent = r.choice(H.agents)
        self.memo = {}

    # ---- person-based values
    def email(self, other=False):
        r = self.r
        f = strip_acc(self.first).lower().replace(" ", "").replace("'", "").replace("-", "")
        l = strip_acc(self.last).lower().replace(" ", "").replace("'", "")
        if other:
            f = strip_acc(r.choice(self.H.first[self.lang])).lower().replace("-", "")
        dom = r.choice(self.H.maildom[self.lang])
        loc = r.choice([f"{f}.{l}", f"{f}{l}{V.digits(r, 2)}", f"{f[0]}.{l}", f"{f}_{l}", f"{f}{r.randint(70, 99)}", f"{l}.{f}", f"{f}.{l}{r.randint(1, 9)}", f"{f}+{self.brand[0].split()[0].lower()}"])
        e = f"{loc}@{dom}"
        return e.upper() if r.random() < 0.02 else e

    def address(self, short=False):
        r, lang = self.r, self.lang
        st = r.choice(self.H.street[lang])
        city, pc = r.choice(self.H.city[lang])
        n = r.randint(1, 240)
        U = "ABCDEFGHJKLMNPRTVWXZ"
        if lang == "nl":
            num = f"{n}{r.choice(['', '', '', 'a', 'B', '-2', ' hs', '-III', ' bis'])}"
            if short:
                return f"{st} {num}"
            p = f"{pc}{V.digits(r, 2)}"
            l2 = r.choice(U) + r.choice(U)
            return r.choice([f"{st} {num}, {p} {l2} {city}", f"{st} {num} {p}{l2} {city}", f"{st} {num}, {p}{l2}, {city}", f"{st} {num} te {city}", f"{st} {num}, {city.upper()}", f"{p} {l2}, {st} {num}"])
        if lang == "nl-be":
            num = f"{n}{r.choice(['', '', f' bus {r.randint(1, 12)}', f'/{r.randint(1, 5)}', 'A', f' bus 0{r.randint(1, 3)}'])}"
            if short:
                return f"{st} {num}"
            return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}, B-{pc} {city}", f"{st} {num} - {pc} {city}"])
        if lang == "fr-be":
            num = f"{n}{r.choice(['', '', f' bte {r.randint(1, 12)}', f' boîte {r.randint(1, 9)}', f'/{r.randint(1, 5)}', 'B'])}"
            if short:
                return r.choice([f"{st} {num}", f"{n}, {st.lower()}"])
            return r.choice([f"{st} {num}, {pc} {city}", f"{n}, {st.lower()}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num} à {pc} {city}"])
        if lang == "en-gb":
            num = r.choice([f"{n}", f"{n}a", f"Flat {r.randint(1, 9)}, {n}", f"{n}"])
            if short:
                return f"{num} {st}"
            post = f"{pc} {r.randint(1, 9)}{r.choice(U)}{r.choice(U)}"
            return r.choice([f"{num} {st}, {city} {post}", f"{num} {st}, {city}, {post}", f"{num} {st} {city} {post.lower() if r.random() < 0.3 else post}", f"{num} {st}, {post}"])
        num = str(r.randint(12, 9800))
        apt = r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 20)}"])
        if short:
            return f"{num} {st}{apt}"
        z = f"{pc}{V.digits(r, 2)}"
        return r.choice([f"{num} {st}{apt}, {city} {z}", f"{num} {st}{apt}, {city}, {z}", f"{num} {st}{apt} {city.replace(',', '')} {z}"])

    def phone_other(self):
        return V.phone(self.r, self.r.choice(["nl", "nl-be", "en-gb", "en-us", "fr-be"]))

    def mention2(self):
        r = self.r
        f = strip_acc(r.choice(self.H.first[self.lang])).lower().replace("-", "")
        return "@" + r.choice([f"{f}{r.randint(1, 99)}", f"{f}_{strip_acc(self.last).lower().replace(' ', '')[:4]}", f"its{f}", f"{f}.x"])


def _gen(ctx):
    r, lang, H = ctx.r, ctx.lang, ctx.H
    b = ctx.brand
    return {
        # spans: key -> (type, fn)
        "password": ("span", "password", lambda: V.password(r, lang)),
        "newpw": ("span", "password", lambda: V.password(r, lang)),
        "pin": ("span", "pin", lambda: V.pin(r, lang)),
        "pin4": ("span", "pin", lambda: V.pin4(r, lang)),
        "puk": ("span", "puk", lambda: V.puk(r, lang)),
        "otp": ("span", "otp", lambda: V.otp(r, lang)),
        "otpw": ("span", "otp", lambda: V.otp_words(r, lang)),
        "wifi": ("span", "wifi_key", lambda: V.wifi_key(r, lang)),
        "user": ("span", "username", lambda: V.username(r, lang, strip_acc(ctx.first).replace(" ", "").replace("-", ""), strip_acc(ctx.last))),
        "apikey": ("span", "api_key", lambda: V.api_key(r, lang)),
        "apisecret": ("span", "api_key", lambda: V.api_secret(r, lang)),
        "awskey": ("span", "api_key", lambda: "AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))),
        "awssecret": ("span", "api_key", lambda: V.aws_secret(r, lang)),
        "token": ("span", "token", lambda: V.token(r, lang)),
        "card": ("span", "card", lambda: V.card(r, lang)),
        "cvv": ("span", "cvv", lambda: V.cvv(r, lang)),
        "expiry": ("span", "card_expiry", lambda: V.card_expiry(r, lang)),
        "iban": ("span", "iban", lambda: V.iban(r, lang)),
        "ibanx": ("span", "iban", lambda: V.iban(r, lang, r.choice(["DE", "FR", "LU", "ES", "LT", "GB", "NL", "BE"]))),
        "bsn": ("span", "bsn", lambda: V.bsn(r, lang)),
        "rrn": ("span", "bsn", lambda: V.rrn(r, lang)),
        "email": ("span", "email", lambda: ctx.email()),
        "email2": ("span", "email", lambda: ctx.email(other=True)),
        "phone": ("span", "phone", lambda: V.phone(r, lang)),
        "phonex": ("span", "phone", lambda: ctx.phone_other()),
        "address": ("span", "address", lambda: ctx.address()),
        "street": ("span", "address", lambda: ctx.address(short=True)),
        "dob": ("span", "date_of_birth", lambda: V.dob(r, lang)),
        "cust": ("span", "customer_number", lambda: V.customer_number(r, lang)),
        "ean": ("span", "customer_number", lambda: V.ean(r, lang)),
        "ip": ("span", "ip_address", lambda: V.ip_address(r, lang)),
        # negatives
        "date": ("neg", "date", lambda: V.date(r, lang)),
        "time": ("neg", "time", lambda: V.time_(r, lang)),
        "amount": ("neg", "amount", lambda: V.amount(r, lang)),
        "crypto": ("neg", "amount", lambda: V.crypto_amount(r, lang)),
        "qty": ("neg", "quantity", lambda: V.quantity(r, lang)),
        "pct": ("neg", "percentage", lambda: V.percentage(r, lang)),
        "year": ("neg", "year", lambda: V.year(r, lang)),
        "order": ("neg", "order_number", lambda: V.order_number(r, lang)),
        "ticket": ("neg", "ticket_number", lambda: V.ticket_number(r, lang)),
        "invoice": ("neg", "invoice_number", lambda: V.invoice_number(r, lang)),
        "track": ("neg", "tracking_number", lambda: V.tracking_number(r, lang)),
        "reqid": ("neg", "request_id", lambda: V.request_id(r, lang)),
        "txid": ("neg", "request_id", lambda: V.txid(r, lang)),
        "err": ("neg", "error_code", lambda: V.error_code(r, lang)),
        "ver": ("neg", "version_string", lambda: V.version_string(r, lang)),
        "model": ("neg", "model_number", lambda: r.choice(H.models)),
        "prod": ("neg", "product_code", lambda: V.product_code(r, lang)),
        "flight": ("neg", "flight_number", lambda: V.flight_number(r, lang)),
        "cphone": ("neg", "company_phone", lambda: b[2]),
        "kvk": ("neg", "company_registration", lambda: V.company_registration(r, lang)),
        "url": ("neg", "url", lambda: b[3] if r.random() < 0.7 else r.choice(["https://bit.ly/", "https://t.co/", "https://tinyurl.com/"]) + "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(7))),
        "mention": ("neg", "mention", lambda: b[1]),
        "mention2": ("neg", "mention", lambda: ctx.mention2()),
        "hashtag": ("neg", "hashtag", lambda: r.choice(H.hashtag[lang])),
        "masked": ("neg", "masked_value", lambda: V.masked_value(r, lang)),
        "meter": ("neg", "meter_reading", lambda: V.meter_reading(r, lang)),
        "port": ("neg", "port", lambda: V.port(r, lang)),
        "checksum": ("neg", "checksum", lambda: V.checksum(r, lang)),
        # fillers (never labelled)
        "name": ("fill", None, lambda: f"{ctx.first} {ctx.last}"),
        "first": ("fill", None, lambda: ctx.first),
        "last": ("fill", None, lambda: ctx.last),
        "other": ("fill", None, lambda: r.choice(H.first[lang])),
        "agent": ("fill", None, lambda: ctx.agent),
        "ai": ("fill", None, lambda: ctx.agent[0] + r.choice("ABCDEFGHJKLMNPRSTVW")),
        "brand": ("fill", None, lambda: b[0]),
        "city": ("fill", None, lambda: r.choice(H.city[lang])[0]),
        "ssid": ("fill", None, lambda: r.choice(H.ssids)),
        "plate": ("fill", None, lambda: r.choice(H.plates)),
        "country": ("fill", None, lambda: r.choice(H.countries[lang])),
        "weekday": ("fill", None, lambda: r.choice(P.WEEKDAY[V._mlang(lang)])),
    }


PH = re.compile(r"\{([a-z0-9]+)(?:#(\d+))?\}")


def render(ctx, tpl, tid):
    gens = ctx.gens
    t = tpl.replace("{{", "\x01").replace("}}", "\x02")
    segs, pos = [], 0
    for m in PH.finditer(t):
        if m.start() > pos:
            segs.append(["lit", None, t[pos:m.start()]])
        key, idx = m.group(1), m.group(2)
        if key not in gens:
            raise SystemExit(f"unknown placeholder {key} in {tid}")
        kind, typ, fn = gens[key]
        if idx is not None:
            mk = (key, idx)
            if mk not in ctx.memo:
                ctx.memo[mk] = fn()
            val = ctx.memo[mk]
        else:
            val = fn()
        segs.append([kind, typ, val])
        if kind == "span":
            ctx.H.type_tpls[typ].add(tid)
        pos = m.end()
    if pos < len(t):
        segs.append(["lit", None, t[pos:]])
    for s in segs:
        if s[0] == "lit":
            s[2] = s[2].replace("\x01", "{").replace("\x02", "}")
    return segs


def lit(text):
    return [["lit", None, text]]


def quote(segs, prefix="> "):
    out = [["lit", None, prefix]]
    for kind, typ, text in segs:
        if kind in ("lit", "fill") and "\n" in text:
            parts = text.split("\n")
            for i, p in enumerate(parts):
                if i:
                    out.append(["lit", None, "\n" + prefix])
                if p:
                    out.append([kind, typ, p])
        else:
            out.append([kind, typ, text])
    return out


# ------------------------------------------------------------------ typos
KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(r, w):
    i = r.randint(1, len(w) - 2)
    op = r.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    k = KEYB.find(w[i].lower())
    rep = KEYB[(k + 1) % len(KEYB)] if k >= 0 else w[i]
    return w[:i] + rep + w[i + 1:]


WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def add_typos(r, segs, n):
    for _ in range(n):
        lits = [s for s in segs if s[0] == "lit" and WORD.search(s[2])]
        if not lits:
            return
        s = r.choice(lits)
        ms = list(WORD.finditer(s[2]))
        m = r.choice(ms)
        s[2] = s[2][:m.start()] + typo_word(r, m.group(0)) + s[2][m.end():]


# ------------------------------------------------------------------ composition
def pick(ctx, key, sector=None):
    T = ctx.H.tpl[ctx.lg][key]
    if isinstance(T, dict):
        return ctx.r.choice(T[sector or ctx.sector])
    return ctx.r.choice(T)


def R(ctx, key, sector=None):
    tid, t = pick(ctx, key, sector)
    return render(ctx, t, tid)


def chat_body(ctx):
    r = ctx.r
    segs = R(ctx, "chat")
    if r.random() < 0.18:
        segs += lit(r.choice(["\n", " ", "\n\n"])) + R(ctx, "chat", r.choice(["gen", ctx.sector]))
    return segs


def compose(ctx, channel):
    r = ctx.r
    if channel == "email":
        segs = []
        if r.random() < 0.12:
            segs += R(ctx, "fwd") + lit("\n\n")
        segs += R(ctx, "greet") + lit("\n\n") + chat_body(ctx)
        if r.random() < 0.45:
            segs += lit("\n\n") + R(ctx, "chat")
        if r.random() < 0.55:
            segs += lit("\n\n") + R(ctx, "chat", "gen")
        segs += lit("\n\n") + R(ctx, "close") + lit("\n") + R(ctx, "sig")
        if r.random() < 0.35:
            segs += lit("\n\n") + R(ctx, "disc")
        if r.random() < 0.75:
            inner = R(ctx, "agent") + lit("\n") + R(ctx, "asig")
            if r.random() < 0.5:
                inner += lit("\n\n") + R(ctx, "qhead_c") + lit("\n") + quote(R(ctx, "chat"))
            segs += lit("\n\n") + R(ctx, "qhead") + lit("\n") + quote(inner)
        return segs
    if channel == "agent_reply":
        segs = R(ctx, "agent")
        if r.random() < 0.5:
            segs += lit("\n") + R(ctx, "asig")
        if r.random() < 0.25:
            segs += lit("\n\n") + R(ctx, "qhead_c") + lit("\n") + quote(R(ctx, "chat"))
        return segs
    if channel in PUBLIC:
        segs = R(ctx, "public") if r.random() < 0.78 else R(ctx, "chat")
        if r.random() < 0.35 and not any(s[1] == "mention" for s in segs):
            segs = render(ctx, "{mention} ", "-") + segs
        if r.random() < 0.3:
            segs += render(ctx, " {hashtag}", "-")
        return segs
    # private chats
    segs = []
    if channel in ("whatsapp", "telegram") and r.random() < 0.15:
        segs += render(ctx, "[{date}, {time}] {name}: ", "-")
    segs += chat_body(ctx)
    if r.random() < 0.22:
        segs += lit(r.choice(["\n\n", "\n", " "])) + R(ctx, "paste")
    if r.random() < 0.1:
        segs = R(ctx, "greet") + lit("\n") + segs
    return segs


def finalize(segs):
    text, spans, negs = "", [], []
    for kind, typ, val in segs:
        start = len(text)
        text += val
        if kind == "span":
            spans.append({"type": typ, "start": start, "end": len(text)})
        elif kind == "neg":
            negs.append({"kind": typ, "start": start, "end": len(text)})
    return text, spans, negs


def check(rec):
    text = rec["text"]
    ivs = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), rec["id"]
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], v)
        ivs.append((a, b))
    ivs.sort()
    for (a1, b1), (a2, b2) in zip(ivs, ivs[1:]):
        assert b1 <= a2, (rec["id"], "overlap", text[a1:b1], text[a2:b2])
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        assert s["type"] in SPAN_TYPES
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.rrn_ok(v)), (rec["id"], v)
    for n in rec["negatives"]:
        assert n["kind"] in NEG_KINDS


def weighted(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def build_half(seed, half):
    H = Half(seed, half)
    r = H.rng
    name = ["dev", "heldout"][half]
    recs = []
    for i in range(N_PER_HALF):
        lang = weighted(r, LANG_W)
        channel = weighted(r, CHAN_W)
        sector = r.choice(P.SECTORS)
        ctx = Ctx(H, lang, sector)
        ctx.gens = _gen(ctx)
        segs = compose(ctx, channel)
        if r.random() < 0.4:
            add_typos(r, segs, r.choice([1, 1, 2, 3]))
        if channel not in ("email", "agent_reply") and r.random() < 0.12:
            for s in segs:
                if s[0] == "lit":
                    s[2] = s[2].lower()
        text, spans, negs = finalize(segs)
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
    return recs, H


def table(counter, extra=None):
    rows = ["| key | count |" + (" templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(rows)


def readme(seed, halves):
    import readme_text
    parts = [readme_text.HEAD.format(seed=seed)]
    for name, (recs, H) in halves.items():
        sp = Counter(s["type"] for r in recs for s in r["spans"])
        ng = Counter(n["kind"] for r in recs for n in r["negatives"])
        ch = Counter(r["channel"] for r in recs)
        lg = Counter(r["lang"] for r in recs)
        sizes = [len(r["text"].encode("utf-8")) for r in recs if r["channel"] == "email"]
        parts.append(f"\n## Counts: {name}.jsonl\n\nMessages: {len(recs)}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}; "
                     f"messages without any span: {sum(1 for r in recs if not r['spans'])}; e-mails: {len(sizes)} "
                     f"(median {sorted(sizes)[len(sizes) // 2]} bytes, {sum(1 for s in sizes if 500 <= s <= 2048)} between 0.5 and 2 KB).\n")
        parts.append("\n### Spans per type (templates = distinct templates that produced the type)\n\n" + table(sp, H.type_tpls))
        parts.append("\n\n### Negatives per kind\n\n" + table(ng))
        parts.append("\n\n### Channels\n\n" + table(ch))
        parts.append("\n\n### Languages\n\n" + table(lg) + "\n")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in enumerate(["dev", "heldout"]):
        recs, H = build_half(a.seed, half)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        halves[name] = (recs, H)
    # templates must not be shared between halves
    shared = set().union(*halves["dev"][1].type_tpls.values()) & set().union(*halves["heldout"][1].type_tpls.values())
    assert not shared, shared
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print({k: len(v[0]) for k, v in halves.items()})


if __name__ == "__main__":
    main()
