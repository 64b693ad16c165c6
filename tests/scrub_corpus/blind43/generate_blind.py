#!/usr/bin/env python3
"""Blind scrub corpus blind43: housing, home insurance and the energy transition.

python3 generate_blind.py --seed 20261241   -> dev.jsonl, heldout.jsonl, README.md
Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re

import pools as P
import values as V
from templates_en import T as T_EN
from templates_fr import T as T_FR
from templates_nl import T as T_NL
from wrappers import W
import extras

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b43"
N_PER_HALF = 950

TEMPLATES = {}
for d in (T_NL, T_FR, T_EN):
    TEMPLATES.update(d)
extras.apply(TEMPLATES)

LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
KINDS = ["chat", "public", "agent", "email"]
KIND_W = [40, 19, 12, 29]
PRIVATE_CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC = ["x_public", "facebook_comment", "instagram_comment"]


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit("pool/group too small to deal: %r" % (lst,))
    return out


# ------------------------------------------------------------------ context and registry
class Ctx:
    def __init__(self, rng, lang, half):
        self.rng, self.lang, self.half = rng, lang, half
        self.cache = {}

    def pool(self, lst):
        return self.rng.choice(deal(lst, self.half))

    def value(self, name, key=""):
        k = (name, key)
        if k not in self.cache:
            cat, typ, fn = REG[name]
            self.cache[k] = fn(self, key)
        return self.cache[k]


def _plain(fn):
    return lambda ctx, key: fn(ctx)


def _addr(fn):
    def g(ctx, key):
        sub = _SubCtx(ctx, key)
        return fn(sub)
    return g


class _SubCtx:
    """Lets an address generator pull street/city under its own key (so {addr@old} != {addr@new})."""
    def __init__(self, ctx, key):
        self._c, self._k = ctx, key
        self.rng, self.lang = ctx.rng, ctx.lang

    def value(self, name, key=""):
        return self._c.value(name, self._k if name in ("street", "citydata") else key)


def f_first(ctx, key):
    return ctx.pool(P.FIRST[ctx.lang])


def f_last(ctx, key):
    return ctx.pool(P.LAST[ctx.lang])


def f_name(ctx, key):
    return ctx.value("first", key) + " " + ctx.value("last", key)


def f_initials(ctx, key):
    return ctx.value("agent")[0] + ctx.rng.choice("ABDEHJKLMNPRSTVW")


REG = {
    # labelled spans
    "password": ("span", "password", _plain(V.password)),
    "pin": ("span", "pin", _plain(V.pin_any)),
    "door": ("span", "pin", _plain(V.doorcode)),
    "puk": ("span", "puk", _plain(V.puk)),
    "otp": ("span", "otp", _plain(V.otp)),
    "otpw": ("span", "otp", _plain(V.otp_words)),
    "wifi": ("span", "wifi_key", _plain(V.wifi)),
    "user": ("span", "username", _plain(V.username)),
    "apikey": ("span", "api_key", _plain(V.apikey)),
    "awsid": ("span", "api_key", _plain(V.aws_id)),
    "awssecret": ("span", "api_key", _plain(V.aws_secret)),
    "token": ("span", "token", _plain(V.token)),
    "jwt": ("span", "token", _plain(V.jwt)),
    "card": ("span", "card", _plain(V.card)),
    "cvv": ("span", "cvv", _plain(V.cvv)),
    "exp": ("span", "card_expiry", _plain(V.expiry)),
    "iban": ("span", "iban", _plain(V.iban)),
    "ibanf": ("span", "iban", _plain(V.iban_foreign)),
    "bsn": ("span", "bsn", _plain(V.bsn)),
    "rrn": ("span", "bsn", _plain(V.rrn)),
    "email": ("span", "email", _plain(V.email)),
    "phone": ("span", "phone", _plain(V.phone)),
    "land": ("span", "phone", _plain(V.landline)),
    "addr": ("span", "address", _addr(V.address)),
    "saddr": ("span", "address", _addr(V.street_addr)),
    "dob": ("span", "date_of_birth", _plain(V.dob)),
    "cust": ("span", "customer_number", _plain(V.custno)),
    "ean": ("span", "customer_number", _plain(V.ean)),
    "mprn": ("span", "customer_number", _plain(V.mprn)),
    "policy": ("span", "customer_number", _plain(V.policy)),
    "contract": ("span", "customer_number", _plain(V.contract)),
    "loan": ("span", "customer_number", _plain(V.loanno)),
    "site": ("span", "customer_number", _plain(V.siteid)),
    "meter": ("span", "customer_number", _plain(V.meterid)),
    "ip": ("span", "ip_address", _plain(V.ip)),
    # hard negatives
    "date": ("neg", "date", _plain(V.n_date)),
    "time": ("neg", "time", _plain(V.n_time)),
    "amount": ("neg", "amount", _plain(V.n_amount)),
    "qty": ("neg", "quantity", _plain(V.n_qty)),
    "pct": ("neg", "percentage", _plain(V.n_pct)),
    "year": ("neg", "year", _plain(V.n_year)),
    "order": ("neg", "order_number", _plain(V.n_order)),
    "ticket": ("neg", "ticket_number", _plain(V.n_ticket)),
    "claim": ("neg", "ticket_number", _plain(V.n_claim)),
    "invoice": ("neg", "invoice_number", _plain(V.n_invoice)),
    "track": ("neg", "tracking_number", _plain(V.n_tracking)),
    "reqid": ("neg", "request_id", _plain(V.n_reqid)),
    "err": ("neg", "error_code", _plain(V.n_error)),
    "ver": ("neg", "version_string", _plain(V.n_version)),
    "model": ("neg", "model_number", lambda ctx, key: ctx.pool(P.MODEL)),
    "prod": ("neg", "product_code", _plain(V.n_product)),
    "flight": ("neg", "flight_number", _plain(V.n_flight)),
    "cphone": ("neg", "company_phone", _plain(V.n_cphone)),
    "kvk": ("neg", "company_registration", _plain(V.n_kvk)),
    "vat": ("neg", "company_registration", _plain(V.n_vat)),
    "url": ("neg", "url", lambda ctx, key: ctx.pool(P.URL[ctx.lang])),
    "mention": ("neg", "mention", lambda ctx, key: ctx.pool(P.MENTION[ctx.lang])),
    "tag": ("neg", "hashtag", lambda ctx, key: ctx.pool(P.HASHTAG[ctx.lang])),
    "mask": ("neg", "masked_value", _plain(V.n_masked)),
    "maskiban": ("neg", "masked_value", _plain(V.n_masked_iban)),
    "maskmail": ("neg", "masked_value", _plain(V.n_masked_mail)),
    "maskphone": ("neg", "masked_value", _plain(V.n_masked_phone)),
    "reading": ("neg", "meter_reading", _plain(V.n_meter)),
    "port": ("neg", "port", _plain(V.n_port)),
    "hash": ("neg", "checksum", _plain(V.n_checksum)),
    # unlabelled fillers
    "first": ("fill", None, f_first),
    "last": ("fill", None, f_last),
    "name": ("fill", None, f_name),
    "agent": ("fill", None, lambda ctx, key: ctx.pool(P.AGENT[ctx.lang])),
    "initials": ("fill", None, f_initials),
    "landlord": ("fill", None, lambda ctx, key: ctx.pool(P.LANDLORD[ctx.lang])),
    "insurer": ("fill", None, lambda ctx, key: ctx.pool(P.INSURER[ctx.lang])),
    "installer": ("fill", None, lambda ctx, key: ctx.pool(P.INSTALLER[ctx.lang])),
    "energy": ("fill", None, lambda ctx, key: ctx.pool(P.ENERGY[ctx.lang])),
    "lender": ("fill", None, lambda ctx, key: ctx.pool(P.LENDER[ctx.lang])),
    "brand": ("fill", None, lambda ctx, key: ctx.pool(P.BRAND)),
    "ssid": ("fill", None, lambda ctx, key: ctx.pool(P.SSID)),
    "street": ("fill", None, lambda ctx, key: ctx.pool(P.STREET[ctx.lang])),
    "citydata": ("fill", None, lambda ctx, key: ctx.pool(P.CITY[ctx.lang])),
    "city": ("fill", None, lambda ctx, key: (lambda c: c if isinstance(c, str) else c[0])(ctx.value("citydata", key))),
}

SLOT_RE = re.compile(r"\{(\w+)(?:@(\w+))?\}")


def render(tpl, ctx, tid):
    tpl = tpl.replace("{{", "\x01").replace("}}", "\x02")
    segs, pos = [], 0

    def lit(s):
        if s:
            segs.append([s.replace("\x01", "{").replace("\x02", "}"), "lit", None, tid])

    for m in SLOT_RE.finditer(tpl):
        lit(tpl[pos:m.start()])
        name, key = m.group(1), m.group(2) or ""
        if name not in REG:
            raise SystemExit(f"unknown slot {name} in template {tid}")
        cat, typ, _ = REG[name]
        segs.append([ctx.value(name, key), cat, typ, tid])
        pos = m.end()
    lit(tpl[pos:])
    return segs


def quote(segs):
    out = [["> ", "lit", None, None]]
    for s in segs:
        if "\n" in s[0] and s[1] != "lit" and s[1] != "fill":
            raise SystemExit("value with newline cannot be quoted: %r" % s[0])
        out.append([s[0].replace("\n", "\n> "), s[1], s[2], s[3]])
    return out


# ------------------------------------------------------------------ typos
def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiounrst") + w[i + 1:]


def inject_typos(rng, segs, n):
    for _ in range(n):
        cands = [s for s in segs if s[1] == "lit" and re.search(r"[A-Za-zÀ-ÿ]{5,}", s[0])]
        if not cands:
            return
        s = rng.choice(cands)
        words = list(re.finditer(r"[A-Za-zÀ-ÿ]{5,}", s[0]))
        m = rng.choice(words)
        s[0] = s[0][:m.start()] + typo_word(rng, m.group()) + s[0][m.end():]


# ------------------------------------------------------------------ message builders
def pick(rng, half, lang, kind, used):
    grp = TEMPLATES[(lang, kind)]
    idxs = list(range(half, len(grp), 2))
    i = rng.choice(idxs)
    tid = f"{lang}/{kind}/{i}"
    used.append(tid)
    return grp[i], tid


def pick_wrap(rng, half, lang, part, used):
    grp = W[lang][part]
    idxs = list(range(half, len(grp), 2))
    if not idxs:
        raise SystemExit(f"wrapper group {lang}/{part} too small")
    i = rng.choice(idxs)
    tid = f"{lang}/wrap-{part}/{i}"
    used.append(tid)
    return grp[i], tid


def NL():
    return [["\n", "lit", None, None]]


def build(rng, half, lang, kind, ctx):
    used = []
    if kind == "chat":
        channel = rng.choice(PRIVATE_CHAT)
        t, tid = pick(rng, half, lang, "chat", used)
        segs = render(t, ctx, tid)
        if channel == "whatsapp" and rng.random() < 0.25:
            segs = render("[{time}, {date}] {first}: ", ctx, f"{lang}/wa-prefix") + segs
        elif rng.random() < 0.15:
            t2, tid2 = pick(rng, half, lang, "chat", used)
            segs = segs + NL() + render(t2, ctx, tid2)
    elif kind == "public":
        channel = rng.choice(PUBLIC)
        t, tid = pick(rng, half, lang, "public", used)
        segs = render(t, ctx, tid)
    elif kind == "agent":
        channel = "agent_reply"
        t, tid = pick(rng, half, lang, "agent", used)
        segs = render(t, ctx, tid)
        if rng.random() < 0.3:
            t2, tid2 = pick(rng, half, lang, "chat", used)
            segs = segs + NL() + NL() + quote(render(t2, ctx, tid2))
    else:
        channel = "email"
        segs = []
        if rng.random() < 0.6:
            t, tid = pick_wrap(rng, half, lang, "subject", used)
            segs += render(t, ctx, tid) + NL() + NL()
        t, tid = pick_wrap(rng, half, lang, "greet", used)
        segs += render(t, ctx, tid) + NL() + NL()
        t, tid = pick(rng, half, lang, "email", used)
        segs += render(t, ctx, tid)
        for _ in range(rng.choice([0, 1, 1, 2])):
            t, tid = pick(rng, half, lang, "chat", used)
            segs += NL() + NL() + render(t, ctx, tid)
        t, tid = pick_wrap(rng, half, lang, "sign", used)
        segs += NL() + NL() + render(t, ctx, tid)
        r = rng.random()
        if r < 0.55:
            t, tid = pick_wrap(rng, half, lang, "quote", used)
            q = render(t, ctx, tid)
            t2, tid2 = pick(rng, half, lang, "agent", used)
            segs += NL() + NL() + q + NL() + quote(render(t2, ctx, tid2))
        elif r < 0.75:
            t, tid = pick_wrap(rng, half, lang, "fwd", used)
            t2, tid2 = pick(rng, half, lang, "email", used)
            segs = render(t, ctx, tid) + NL() + NL() + render(t2, ctx, tid2) + NL() + NL() + segs if rng.random() < 0.3 else \
                segs + NL() + NL() + render(t, ctx, tid) + NL() + NL() + render(t2, ctx, tid2)
        if rng.random() < 0.35:
            t, tid = pick_wrap(rng, half, lang, "disc", used)
            segs += NL() + NL() + render(t, ctx, tid)
    return channel, segs


def finalize(rng, segs, kind):
    if kind in ("chat", "public") and rng.random() < 0.12:
        for s in segs:
            if s[1] == "lit":
                s[0] = s[0].lower()
    if rng.random() < 0.4:
        inject_typos(rng, segs, rng.choice([1, 1, 2, 3]))
    text, spans, negs, pos = "", [], [], 0
    stypes = []
    for s in segs:
        t, cat, typ, tid = s
        if cat in ("span", "neg"):
            if t != t.strip():
                raise SystemExit("value with surrounding white space: %r" % t)
            if cat == "span":
                spans.append({"type": typ, "start": pos, "end": pos + len(t)})
                stypes.append((typ, tid))
            else:
                negs.append({"kind": typ, "start": pos, "end": pos + len(t)})
        text += t
        pos += len(t)
    return text, spans, negs, stypes


# ------------------------------------------------------------------ self-check
def check(rec):
    text = rec["text"]
    iv = []
    for sp in rec["spans"]:
        a, b = sp["start"], sp["end"]
        assert 0 <= a < b <= len(text), rec["id"]
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], v)
        if sp["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if sp["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if sp["type"] == "bsn":
            assert V.bsn_ok(v), (rec["id"], v)
        iv.append((a, b, "s"))
    for ng in rec["negatives"]:
        a, b = ng["start"], ng["end"]
        assert 0 <= a < b <= len(text), rec["id"]
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], v)
        iv.append((a, b, "n"))
    iv.sort()
    for (a1, b1, _), (a2, b2, _) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"], text[a1:b1], text[a2:b2])
    vis = "public" if rec["channel"] in PUBLIC else "private"
    assert rec["visibility"] == vis


# ------------------------------------------------------------------ main
def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    name = ["dev", "heldout"][half]
    recs, stats = [], {"span_tpl": collections.defaultdict(set)}
    for i in range(N_PER_HALF):
        lang = rng.choices(LANGS, LANG_W)[0]
        kind = rng.choices(KINDS, KIND_W)[0]
        ctx = Ctx(rng, lang, half)
        channel, segs = build(rng, half, lang, kind, ctx)
        text, spans, negs, stypes = finalize(rng, segs, kind)
        for typ, tid in stypes:
            stats["span_tpl"][typ].add(tid)
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private",
               "text": text, "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
    return recs, stats


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(seed, halves):
    L = []
    L.append("# Scrub corpus blind43 — housing, home insurance and the energy transition\n")
    L.append("Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (other corpora, scorers, "
             "generators), did not read git history, and did not run any scrubber or scorer. Everything here comes from "
             "public knowledge of how customers, agents and platforms write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Tenants writing to housing corporations and landlords (repairs, rent, deposits, key safes and door codes), "
             "mortgage lenders, home and contents insurers and claims, solar panels, heat pumps, home batteries and smart "
             "meters with their installers' apps and portals (logins, inverter wifi, monitoring API keys, Home Assistant "
             "tokens), moving house (meter readings, new address, EAN/MPAN connection numbers). Dutch, Belgian (Dutch and "
             "French), UK and US customers.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/blind43\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` "
             "(filler pools), `templates_nl.py`, `templates_fr.py`, `templates_en.py` (message templates per language and "
             "kind), `extras.py` (templates added in dev/heldout pairs), `wrappers.py` (e-mail subjects, greetings, signatures, quote/forward headers, disclaimers).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language × kind: chat, public, agent, email body; and per-language e-mail "
             "wrapper groups). Within each group, members with an even index go to dev and odd ones to heldout, so no "
             "template, greeting, signature, quote header or disclaimer is shared between halves. Every filler pool "
             "(first and last names, streets, cities, landlords, insurers, installers, energy companies, lenders, brands, "
             "model numbers, SSIDs, agents, mentions, hashtags, URLs) is dealt the same way. Each half uses its own "
             "`random.Random(seed * 2 + half)`. Typos are injected only into literal template text, never into values.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word or trailing punctuation. Every occurrence is labelled, including values repeated by an agent or in quoted history.
- Door, key-safe (sleutelkluis/boîte à clé/lockbox), alarm, garage-keypad and letterbox codes are `pin`; codes may carry a trailing `#`, a leading letter or dashes (`1-9-7-3`), which are part of the value.
- OTPs dictated as words ("vier acht twee ...", "quatre huit ...") are one `otp` span from first to last word.
- Belgian rijksregisternummer / numéro de registre national is labelled `bsn` (as the brief says).
- `customer_number` covers customer/account numbers, tenancy/lease contract numbers, insurance policy numbers, mortgage loan numbers, EAN connection codes (NL 8716…, BE 5414…), UK MPAN and MPRN, US utility account numbers, smart-meter serial/equipment ids, and solar monitoring site/system ids (they identify one household's installation).
- Claim/schade/dossier/work-order numbers are `ticket_number` negatives, not customer numbers.
- IP addresses are labelled `ip_address` also when they are private LAN addresses of an inverter or gateway; the port next to them (`192.168.1.20:502`) is a `port` negative.
- Bearer/JWT, Home Assistant long-lived tokens, GitHub-style PATs and hex tokens are `token`; vendor keys (SolarEdge-style 32 chars, `sk_live_`, `AIza`, AWS key id and secret) are `api_key`.
- Login names next to passwords are `username`; logins that are e-mail addresses are labelled `email` instead (none are generated as such here).
- Names, organisation names, cities alone, SSIDs and agent initials are not labelled. Macro placeholders (`{first_name}`, `{voornaam}`, `{prenom}`, `{FirstName}`) are literal text.
- Meter readings (index, meterstand, T1/T2) are `meter_reading` negatives: the number only, without unit. Firmware checksums are `checksum` negatives (same alphabet as hex tokens on purpose).
- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@telenet.be`) are `masked_value` negatives.
- Quote headers name the organisation but never carry a company e-mail address, to avoid unlabelled organisation e-mails.
""")
    L.append("## Known limitations\n")
    L.append("""- Template-based: roughly 150 body templates plus e-mail wrappers; each half sees only its own half of them, reused with fresh values, so phrasing diversity per half is bounded.
- Values are synthetic (random but valid check digits); phone numbers are plausible formats, not allocated numbers. US zip codes use a real 3-digit prefix per city plus random digits.
- Typos are simple (swap/drop/double/substitute one letter) and only in cue words and literal text.
- Some combinations are semantically odd (e.g. an installer's e-mail quoting an insurer reply) because wrappers and bodies are combined at random within a language.
- No e-mail addresses used as usernames; no SSN / UK NI numbers; card holders' names are not labelled.
""")
    for name, (recs, stats) in zip(["dev", "heldout"], halves):
        L.append(f"## Counts: {name}.jsonl\n")
        L.append(f"Messages: {len(recs)}\n")
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        L.append(table([(t, sc[t], len(stats["span_tpl"][t])) for t in sorted(sc)], ["span type", "spans", "distinct templates"]) + "\n")
        nc = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        L.append(table(sorted(nc.items()), ["negative kind", "count"]) + "\n")
        cc = collections.Counter(r["channel"] for r in recs)
        L.append(table(sorted(cc.items()), ["channel", "messages"]) + "\n")
        lc = collections.Counter(r["lang"] for r in recs)
        L.append(table(sorted(lc.items()), ["lang", "messages"]) + "\n")
        em = [len(r["text"]) for r in recs if r["channel"] == "email"]
        if em:
            em.sort()
            L.append(f"E-mail length (chars): min {em[0]}, median {em[len(em)//2]}, max {em[-1]}; "
                     f"{sum(500 <= x <= 2000 for x in em)} of {len(em)} between 500 and 2000.\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261241)
    a = ap.parse_args()
    # every group must be dealable
    for k, g in TEMPLATES.items():
        if len(g) < 2:
            raise SystemExit(f"group {k} needs at least two templates")
    halves = [gen_half(a.seed, 0), gen_half(a.seed, 1)]
    for name, (recs, _) in zip(["dev", "heldout"], halves):
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("wrote", sum(len(h[0]) for h in halves), "messages")


if __name__ == "__main__":
    main()
