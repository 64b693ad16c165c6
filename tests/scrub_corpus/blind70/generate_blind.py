#!/usr/bin/env python3
"""blind70 corpus generator: charities, clubs, associations and lotteries (written blind).

python3 generate_blind.py --seed 20261268
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Stdlib only.
"""
import argparse
import collections
import json
import os
import re
import sys

import values as V
from pools import deal
import templates_nl
import templates_be
import templates_en

PREFIX = "b70"
HERE = os.path.dirname(os.path.abspath(__file__))

SPAN = {
    "iban": "iban", "iban_f": "iban", "card": "card", "cvv": "cvv", "exp": "card_expiry", "bsn": "bsn", "rrn": "bsn",
    "pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otp_words": "otp", "wifi": "wifi_key", "user": "username",
    "apikey": "api_key", "aws_id": "api_key", "aws_secret": "api_key", "token": "token", "bearer": "token", "email": "email",
    "phone": "phone", "addr": "address", "dob": "date_of_birth", "member": "customer_number", "donor": "customer_number",
    "mandate": "customer_number", "lot": "customer_number", "ean": "customer_number", "cust": "customer_number", "ip": "ip_address",
}
NEG = {
    "amount": "amount", "date": "date", "time": "time", "qty": "quantity", "pct": "percentage", "year": "year",
    "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "tracking": "tracking_number",
    "reqid": "request_id", "errcode": "error_code", "version": "version_string", "model": "model_number",
    "product": "product_code", "flight": "flight_number", "cphone": "company_phone", "creg": "company_registration",
    "url": "url", "mention": "mention", "uhandle": "mention", "hashtag": "hashtag", "masked": "masked_value",
    "meter": "meter_reading", "port": "port", "checksum": "checksum",
}
FILL = {"name", "first", "agent", "org", "club", "lottery", "platform", "city"}
SLOT_RE = re.compile(r"\{([a-z_]+)(?:\.(\d+))?\}")

LANG_T = {"nl": templates_nl.T, "nl-be": templates_be.NLBE, "fr-be": templates_be.FRBE,
          "en-gb": templates_en.T, "en-us": templates_en.T}
LANG_W = [("nl", 33), ("nl-be", 17), ("fr-be", 17), ("en-gb", 20), ("en-us", 13)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

INTRO = {
    "nl": ["Nieuwe inzending via het contactformulier:", "Onderstaand formulier kwam binnen via de website, graag verwerken.",
           "FYI, zie hieronder. Kunnen jullie dit oppakken?", "Doorgestuurd vanuit de ledenadministratie:"],
    "nl-be": ["Nieuwe inzending via het webformulier:", "Ter info, zie hieronder. Kunt ge dit opvolgen?", "Doorgestuurd door het secretariaat:"],
    "fr-be": ["Nouvelle soumission via le formulaire de contact :", "Pour info, voir ci-dessous. Vous pouvez traiter ?", "Transmis par le secrétariat :"],
    "en": ["New submission from the website contact form:", "FYI, see below. Could you pick this up?", "Forwarded from the membership secretary:",
           "Form relayed by our volunteer coordinator:"],
}
WA_NAME = {"nl": "Penningmeester", "nl-be": "Schatbewaarder", "fr-be": "Trésorier", "en-gb": "Treasurer", "en-us": "Treasurer"}


def lkey(lang):
    return "en" if lang.startswith("en") else lang


# ------------------------------------------------------------------ rendering
class Ctx:
    def __init__(self, rng, lang, P):
        self.rng, self.lang, self.P, self.cache = rng, lang, P, {}

    def fill(self, name):
        rng, lang, P = self.rng, self.lang, self.P
        suf = "nl" if lang == "nl" else "be" if lang in ("nl-be", "fr-be") else "en"
        if name == "name":
            return rng.choice(P["first"]) + " " + rng.choice(P["last"])
        if name == "first":
            return rng.choice(P["first"])
        if name == "agent":
            return rng.choice(P["agent"])
        if name in ("org", "club", "lottery"):
            return rng.choice(P[name + "_" + suf])
        if name == "platform":
            return rng.choice(P["platform"])
        if name == "city":
            c = rng.choice(P["city_" + ("gb" if lang == "en-gb" else "us" if lang == "en-us" else suf)])
            return c if isinstance(c, str) else (c[1] if suf == "be" else c[0])
        raise KeyError(name)

    def value(self, key):
        if key == "uhandle":
            f = V._clean(self.rng.choice(self.P["first"]))
            return "@" + f + self.rng.choice(["", "_", "."]) + str(self.rng.randint(1, 99))
        return getattr(V, key)(self.rng, self.lang, self.P)


def render(tpl, ctx, tid, ns=""):
    """Return list of pieces (text, cat, type, tid)."""
    out, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], "lit", None, tid))
        full, key = m.group(0), m.group(1)
        if key in FILL:
            if full not in ctx.cache:
                ctx.cache[full] = ctx.fill(key)
            out.append((ctx.cache[full], "fill", None, tid))
        elif key in SPAN or key in NEG:
            if key in NEG:
                full = full + ns
            if full not in ctx.cache:
                ctx.cache[full] = ctx.value(key)
            v = ctx.cache[full]
            pre = ""
            if isinstance(v, tuple):
                pre, v = v
            if pre:
                out.append((pre, "lit", None, tid))
            if key in SPAN:
                out.append((v, "span", SPAN[key], tid + "|" + key))
            else:
                out.append((v, "neg", NEG[key], tid))
        else:
            raise KeyError("unknown slot %s in %s" % (full, tid))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], "lit", None, tid))
    return out


def lit(s):
    return [(s, "lit", None, None)]


def quote(pieces):
    out = [("> ", "lit", None, None)]
    for t, c, ty, tid in pieces:
        if c == "lit":
            t = t.replace("\n", "\n> ")
        out.append((t, c, ty, tid))
    return out


def typo(rng, pieces):
    idx = [i for i, p in enumerate(pieces) if p[1] == "lit" and re.search(r"[A-Za-zéèà]{5,}", p[0])]
    if not idx:
        return pieces
    i = rng.choice(idx)
    t = pieces[i][0]
    words = list(re.finditer(r"[A-Za-zéèà]{5,}", t))
    w = rng.choice(words)
    s = w.group(0)
    j = rng.randint(1, len(s) - 2)
    op = rng.random()
    if op < 0.4:
        ns = s[:j] + s[j + 1] + s[j] + s[j + 2:]
    elif op < 0.7:
        ns = s[:j] + s[j + 1:]
    else:
        ns = s[:j] + s[j] + s[j:]
    pieces = list(pieces)
    pieces[i] = (t[:w.start()] + ns + t[w.end():],) + pieces[i][1:]
    return pieces


# ------------------------------------------------------------------ composition
class Half:
    def __init__(self, seed, half):
        import random
        self.rng = random.Random(seed * 2 + half)
        self.half = half
        self.P = deal(half)
        self.T = {}
        for lang, T in LANG_T.items():
            lk = lkey(lang)
            for k, lst in T.items():
                self.T[(lk, k)] = [(t, "%s/%s/%d" % (lk, k, i)) for i, t in enumerate(lst) if i % 2 == half]
        self.intro = {k: [(t, "%s/intro/%d" % (k, i)) for i, t in enumerate(v) if i % 2 == half] for k, v in INTRO.items()}

    def pick(self, lang, kind):
        return self.rng.choice(self.T[(lkey(lang), kind)])

    def r(self, lang, kind, ctx):
        t, tid = self.pick(lang, kind)
        ns = "" if kind in ("chat", "email", "form", "agent", "public") else "~" + kind
        return render(t, ctx, tid, ns)

    def email(self, lang, ctx):
        rng = self.rng
        body_kind = rng.choices(["email", "form", "chat"], [60, 25, 15])[0]
        if body_kind == "form":
            parts = []
            t, tid = rng.choice(self.intro[lkey(lang)])
            parts += render(t, ctx, tid) + lit("\n\n")
            parts += self.r(lang, "form", ctx)
            if rng.random() < 0.5:
                parts += lit("\n\n") + self.r(lang, "close", ctx) + lit("\n") + self.r(lang, "sig", ctx)
            if rng.random() < 0.5:
                parts += lit("\n\n--\n") + self.r(lang, "disclaimer", ctx)
            return parts
        core = self.r(lang, "greet", ctx) + lit("\n\n") + self.r(lang, body_kind, ctx)
        fl = self.T[(lkey(lang), "filler")]
        for j, (t, tid) in enumerate(rng.sample(fl, min(len(fl), rng.choice([1, 2, 2, 3])))):
            core += lit(rng.choice([" ", "\n\n"])) + render(t, ctx, tid, "~f%d" % j)
        core += lit("\n\n") + self.r(lang, "close", ctx) + lit("\n") + self.r(lang, "sig", ctx)
        roll = rng.random()
        if roll < 0.2:
            t, tid = rng.choice(self.intro[lkey(lang)])
            parts = render(t, ctx, tid) + lit("\n\n") + self.r(lang, "fwdhdr", ctx) + lit("\n\n") + core
        elif roll < 0.7:
            parts = core + lit("\n\n") + self.r(lang, "quotehdr", ctx) + lit("\n") + quote(self.r(lang, "agent", ctx))
        else:
            parts = core
        if rng.random() < 0.4:
            parts += lit("\n\n" + rng.choice(["--", "___", "", "-- "]) + "\n") + self.r(lang, "disclaimer", ctx)
        return parts

    def chat(self, lang, ctx, channel):
        rng = self.rng
        parts = self.r(lang, "chat", ctx)
        if channel in ("whatsapp", "telegram") and rng.random() < 0.35:
            hdr = "[{date} {time}] {first}: " if channel == "whatsapp" else "{first}, [{date} {time}]\n"
            parts = render(hdr, ctx, "wa-hdr/%d" % self.half) + parts
            if rng.random() < 0.5:
                parts += render("\n[{date} {time.2}] " + WA_NAME[lang] + ": ", ctx, "wa-hdr/%d" % self.half)
                parts += self.r(lang, "chat", ctx)
        elif rng.random() < 0.2:
            parts += lit("\n") + self.r(lang, "filler", ctx)
        if rng.random() < 0.12:
            parts = [(p[0].lower(), *p[1:]) if p[1] == "lit" else p for p in parts]
        return parts

    def agent(self, lang, ctx):
        rng = self.rng
        parts = self.r(lang, "agent", ctx)
        if rng.random() < 0.3:
            parts = render("{uhandle} ", ctx, "agent-hdr") + parts
        elif rng.random() < 0.3:
            cust = self.r(lang, "chat", ctx)
            parts = quote(cust) + lit("\n\n") + parts
        return parts

    def public(self, lang, ctx):
        parts = self.r(lang, "public", ctx)
        if self.rng.random() < 0.2:
            parts = render("{uhandle} ", ctx, "pub-hdr") + parts
        return parts

    def message(self, i, name):
        rng = self.rng
        lang = rng.choices([l for l, _ in LANG_W], [w for _, w in LANG_W])[0]
        ctx = Ctx(rng, lang, self.P)
        kind = rng.choices(["email", "chat", "public", "agent"], [30, 40, 15, 15])[0]
        if kind == "email":
            channel = "email"
            parts = self.email(lang, ctx)
        elif kind == "chat":
            channel = rng.choices(["whatsapp", "messenger", "x_dm", "instagram_dm", "telegram"], [40, 22, 15, 13, 10])[0]
            parts = self.chat(lang, ctx, channel)
        elif kind == "public":
            channel = rng.choices(["x_public", "facebook_comment", "instagram_comment"], [45, 35, 20])[0]
            parts = self.public(lang, ctx)
        else:
            channel = "agent_reply"
            parts = self.agent(lang, ctx)
        if rng.random() < 0.25:
            parts = typo(rng, parts)
        text, spans, negs, o = "", [], [], 0
        buf = []
        for t, c, ty, tid in parts:
            if c == "span":
                spans.append({"type": ty, "start": o, "end": o + len(t), "_tid": tid})
            elif c == "neg":
                negs.append({"kind": ty, "start": o, "end": o + len(t)})
            buf.append(t)
            o += len(t)
        text = "".join(buf)
        return {"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}


# ------------------------------------------------------------------ checks
def check(msg):
    t = msg["text"]
    iv = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (msg["id"], s)
        v = t[a:b]
        assert v == v.strip() and "\n" not in v, (msg["id"], s, v)
        iv.append((a, b))
    iv.sort()
    for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
        assert b1 <= a2, (msg["id"], "overlap", (a1, b1), (a2, b2))
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            assert V.bsn_ok(v) if s["_tid"].endswith("|bsn") else V.rrn_ok(v), (msg["id"], v)


def build(seed, half, name, n):
    H = Half(seed, half)
    out = []
    for i in range(n):
        m = H.message(i, name)
        check(m)
        out.append(m)
    return out


def stats(msgs):
    st = {"n": len(msgs), "span": collections.Counter(), "tpl": collections.defaultdict(set), "neg": collections.Counter(),
          "ch": collections.Counter(), "lang": collections.Counter(), "emails": 0, "elen": []}
    for m in msgs:
        st["ch"][m["channel"]] += 1
        st["lang"][m["lang"]] += 1
        if m["channel"] == "email":
            st["elen"].append(len(m["text"].encode("utf-8")))
        for s in m["spans"]:
            st["span"][s["type"]] += 1
            st["tpl"][s["type"]].add(s["_tid"].split("|")[0])
        for s in m["negatives"]:
            st["neg"][s["kind"]] += 1
    return st


README = """# Scrub corpus blind70 — charities, clubs, associations and lotteries

Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`,
`docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did
not read git history. Only `tests/scrub_corpus/BRIEF.md` was read. No scrubber or scorer was run.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Charities, clubs, associations and lotteries: donors changing or stopping direct debits / domiciliations and
mandates, members of sports clubs, choirs and unions, club treasurers/secretaries/volunteers writing on behalf of
the club (shared logins, key-safe and alarm codes, clubhouse wifi, payment-provider API keys), lottery subscribers
(and relatives closing a deceased player's account), fundraising and crowdfunding platforms, refunds and tax
receipts / Gift Aid / fiscaal attest for gifts. Dutch, Flemish, Belgian French and UK English (some US English),
in e-mails (with greetings, signatures, quoted history, forwarded headers, disclaimers), web forms relayed by
mail, WhatsApp/Telegram (sometimes as chat-export lines), DMs, public posts with mentions and hashtags, and agent
replies.

## Generation

```
cd tests/scrub_corpus/blind70
python3 generate_blind.py --seed {seed}
```

Python 3.11, standard library only. Modules: `values.py` (value generators and validity checks), `pools.py`
(filler pools), `templates_nl.py`, `templates_be.py` (nl-be, fr-be), `templates_en.py` (en-gb/en-us share
templates; currency, phone and address formats follow the language), `generate_blind.py` (composition,
self-check, README).

## Split rule

Every template list (per language and kind: chat, public, email body, form, agent reply, greeting, closing,
signature, quote header, forward header, disclaimer, filler sentence, form intro) is dealt alternately: even
index to dev, odd index to heldout. Every filler pool (first/last names, agents, organisations, clubs, lotteries,
platforms, streets, cities, e-mail domains, URLs, mentions, hashtags, router/device models) is dealt the same
way. en-gb and en-us draw from the same English lists, but each list is still dealt by index, so no template is
shared between halves. Each half uses its own `random.Random(seed * 2 + half)` (dev = half 0, heldout = half 1).
Typos are injected only into literal text (cue words and prose), never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("IBAN", "ww", "mot de passe:", "Bearer ").
- Every occurrence is labelled, including repeats by an agent and inside `> ` quoted history.
- `customer_number`: membership/lid/member numbers, donor/supporter numbers, lottery participant/player
  numbers, **direct-debit mandate references (machtigingskenmerk, mandaatreferentie, référence de mandat)**
  and generic customer/relation numbers. Mandate references identify one donor's mandate, so they are
  treated as customer identifiers (judgement call).
- `bsn`: Dutch BSN (11-proof) and Belgian rijksregisternummer / numéro de registre national (valid check digits).
- `pin`: card PINs, club-pass PINs, key-safe, door, alarm and gate codes.
- `api_key`: payment-provider style keys (`live_`, `sk_live_`, `SG.`, Mailchimp-style), 40-hex keys, and both the
  AWS access key id and secret. `token`: JWT after `Bearer` (the word Bearer is not included), GitHub PATs,
  Facebook-style `EAA…` tokens and hex tokens.
- `otp` also covers codes dictated as words ("vier acht drie …", "one two three …"); the whole word run is one span.
- `password` includes router admin passwords mentioned by club volunteers; `wifi_key` is the network key only.
- `username` only for login names given with a password or for a login; public @handles are `mention` negatives.
- `phone` is a private person's number (also a treasurer's mobile in a signature); organisation service numbers
  (0800/0900/088/078/0300/0345/1-800) are `company_phone` negatives.
- `address` includes street, number, box/flat and postcode/city when written on one line.
- `company_registration` negatives cover the number only (e.g. the digits after "KvK", "BE 0xxx.xxx.xxx" keeps the
  country prefix); charity numbers and EINs are treated as company registrations.
- `masked_value` negatives: card/IBAN/phone/e-mail masks such as `****1234`, `NL** **** **** **12 34`, `j***@gmail.com`.
- `quantity` negatives are counts with their noun ("3 loten", "4 tickets").
- Names, organisation names, cities alone, SSIDs and agent names/initials are not labelled.

## Known limitations

- UK sort code + account number pairs, National Insurance numbers and passport numbers are not generated (no
  matching label type); UK bank details always appear as IBANs.
- Values are synthetic: IBAN bank codes and card BINs are plausible, not real; BSN/RRN/IBAN/card pass checksums.
- Organisation names, URLs and handles are fictitious; some URLs use `.example` domains.
- WhatsApp export lines and quoted agent replies reuse values of the same message (realistic repetition).
- e-mail length is mostly 0.4–2 KB; some relayed forms are shorter.
- Lowercasing of whole chat messages (about 1 in 8 chats) only affects literal text; values keep their case.

## Counts
"""


def table(title, rows, head):
    s = "\n### %s\n\n| %s |\n|%s\n" % (title, " | ".join(head), "---|" * len(head))
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=950)
    a = ap.parse_args()
    halves = {"dev": build(a.seed, 0, "dev", a.n), "heldout": build(a.seed, 1, "heldout", a.n)}
    sts = {k: stats(v) for k, v in halves.items()}
    for k, msgs in halves.items():
        with open(os.path.join(HERE, k + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                m = dict(m)
                m["spans"] = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in m["spans"]]
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    d, h = sts["dev"], sts["heldout"]
    rd = README.replace("{seed}", str(a.seed))
    rd += table("Messages", [["messages", d["n"], h["n"]], ["e-mails", len(d["elen"]), len(h["elen"])],
                             ["median e-mail bytes", sorted(d["elen"])[len(d["elen"]) // 2], sorted(h["elen"])[len(h["elen"]) // 2]]],
                ["", "dev", "heldout"])
    types = sorted(set(d["span"]) | set(h["span"]))
    rd += table("Spans per type (count / distinct templates)",
                [[t, d["span"][t], len(d["tpl"][t]), h["span"][t], len(h["tpl"][t])] for t in types],
                ["type", "dev", "dev templates", "heldout", "heldout templates"])
    kinds = sorted(set(d["neg"]) | set(h["neg"]))
    rd += table("Negatives per kind", [[k, d["neg"][k], h["neg"][k]] for k in kinds], ["kind", "dev", "heldout"])
    chs = sorted(set(d["ch"]) | set(h["ch"]))
    rd += table("Channels", [[c, d["ch"][c], h["ch"][c]] for c in chs], ["channel", "dev", "heldout"])
    ls = sorted(set(d["lang"]) | set(h["lang"]))
    rd += table("Languages", [[l, d["lang"][l], h["lang"][l]] for l in ls], ["lang", "dev", "heldout"])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(rd)
    print("dev %d heldout %d" % (d["n"], h["n"]))


if __name__ == "__main__":
    main()
