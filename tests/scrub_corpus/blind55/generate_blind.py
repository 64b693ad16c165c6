#!/usr/bin/env python3
"""Blind labelled corpus generator (blind55): fraud and scam victims in webcare.

Usage: python3 generate_blind.py --seed 20261253
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Python 3.11 stdlib only.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import values as V
import pools as P
import frames as FR
import tpl_nl
import tpl_be
import tpl_en

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b55"
N_PER_HALF = 950
LANGS = ["nl", "nl", "nl-be", "fr-be", "en-gb", "en-us"]
CHANNELS = [("email", 28), ("agent_reply", 15), ("x_public", 9), ("facebook_comment", 6), ("instagram_comment", 4),
            ("x_dm", 6), ("instagram_dm", 4), ("messenger", 8), ("whatsapp", 14), ("telegram", 6)]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}


def deal(lst, half):
    return list(enumerate(lst))[half::2]


# ------------------------------------------------------------------ template tables
def tables(half):
    """Return {lang: {group: [(tid, template)]}} for one half."""
    out = {}
    src = {
        "nl": {"SCAM": tpl_nl.SCAM, "CHAT": tpl_nl.CHAT, "PUBLIC": tpl_nl.PUBLIC, "EMAIL": tpl_nl.EMAIL, "AGENT": tpl_nl.AGENT},
        "nl-be": tpl_be.NLBE, "fr-be": tpl_be.FRBE,
    }
    for lang, groups in src.items():
        out[lang] = {g: [(f"{lang}.{g}.{i}", t) for i, t in deal(lst, half)] for g, lst in groups.items()}
    for lang, extra in (("en-gb", "GB"), ("en-us", "US")):
        d = {}
        for g in ("SCAM", "CHAT", "PUBLIC", "EMAIL", "AGENT"):
            items = [(f"en.{g}.{i}", t) for i, t in deal(getattr(tpl_en, g), half)]
            ex = getattr(tpl_en, f"{g}_{extra}", None)
            if ex:
                items += [(f"{lang}.{g}.{i}", t) for i, t in deal(ex, half)]
            d[g] = items
        out[lang] = d
    for lang in out:
        fk = "en" if lang.startswith("en") else lang
        for g, lst in FR.F[fk].items():
            out[lang][g] = [(f"{fk}.{g}.{i}", t) for i, t in deal(lst, half)]
        out[lang]["CHATPRE"] = [(f"{fk}.CHATPRE.{i}", t) for i, t in deal(FR.CHATPRE[fk], half)]
        out[lang]["AGSIG"] = [(f"{fk}.AGSIG.{i}", t) for i, t in deal(AGSIG[fk], half)]
        out[lang]["AGOPEN"] = [(f"{fk}.AGOPEN.{i}", t) for i, t in deal(AGOPEN[fk], half)]
    return out


AGSIG = {
    "nl": ["Met vriendelijke groet,\n{agent}\n{bank} Klantenservice | {cphone}", "Groet, {agent} ({bank} Webcare)\nBereikbaar via {cphone} of {burl}", "{agent}\nTeam Fraudepreventie {bank}\n{kvk}", "^{agent}"],
    "nl-be": ["Met vriendelijke groeten,\n{agent}\n{bank} Klantendienst - {cphone}", "{agent}, team Webcare {bank}\n{burl}", "Groetjes, {agent}\n{bank} | {kvk}"],
    "fr-be": ["Cordialement,\n{agent}\nService clientèle {bank} - {cphone}", "{agent}, équipe Webcare {bank}\n{burl}", "Bien à vous, {agent}\n{bank} | {kvk}"],
    "en": ["Kind regards,\n{agent}\n{bank} Customer Care | {cphone}", "Thanks, {agent} ({bank} Social Team)\nCall us on {cphone} or visit {burl}", "{agent}\n{bank} Fraud Prevention\n{kvk}", "^{agent}"],
}
AGOPEN = {
    "nl": ["", "", "In antwoord op je bericht: ", "Je schreef: \"ik heb mijn pincode {pin} gegeven\" - "],
    "nl-be": ["", "", "Als antwoord op uw vraag: "],
    "fr-be": ["", "", "En réponse à votre message : "],
    "en": ["", "", "Re your message: ", "You wrote \"they got my PIN {pin}\" - "],
}

KEYS = {
    # key: (cat, type/kind, fn)
    "card": ("span", "card", V.card), "cvv": ("span", "cvv", V.cvv), "exp": ("span", "card_expiry", V.card_expiry),
    "iban": ("span", "iban", V.iban), "ibanx": ("span", "iban", V.iban_foreign), "bsn": ("span", "bsn", V.bsn),
    "nrn": ("span", "bsn", V.nrn), "phone": ("span", "phone", V.phone), "sphone": ("span", "phone", V.phone_scammer),
    "dob": ("span", "date_of_birth", V.dob), "cust": ("span", "customer_number", V.customer_number),
    "ukacct": ("span", "customer_number", V.uk_account), "pwd": ("span", "password", V.password),
    "pin": ("span", "pin", V.pin), "puk": ("span", "puk", V.puk), "otp": ("span", "otp", V.otp),
    "otpw": ("span", "otp", V.otp_words), "ip": ("span", "ip_address", V.ip), "apikey": ("span", "api_key", V.api_key),
    "token": ("span", "token", V.token), "wifi": ("span", "wifi_key", V.wifi_key),
    "date": ("neg", "date", V.date), "time": ("neg", "time", V.time_), "amt": ("neg", "amount", V.amount),
    "ticket": ("neg", "ticket_number", V.ticket), "txref": ("neg", "request_id", V.txref), "sref": ("neg", "request_id", V.scamref),
    "order": ("neg", "order_number", V.order), "inv": ("neg", "invoice_number", V.invoice), "track": ("neg", "tracking_number", V.tracking),
    "err": ("neg", "error_code", V.error_code), "ver": ("neg", "version_string", V.version), "model": ("neg", "model_number", V.model),
    "kvk": ("neg", "company_registration", V.company_reg), "mask": ("neg", "masked_value", V.masked), "qty": ("neg", "quantity", V.qty),
    "flight": ("neg", "flight_number", V.flight), "pct": ("neg", "percentage", V.pct), "year": ("neg", "year", V.year),
}
PH = re.compile(r"\{([a-z]+)(\d?)\}")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


class Piece:
    def __init__(self, text="", marks=None):
        self.text = text
        self.marks = marks or []  # (cat, kind, start, end, tid)

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.marks += [(c, k, s + off, e + off, t) for c, k, s, e, t in other.marks]
        return self

    def lit(self, s):
        self.text += s
        return self


def quote(piece, prefix="> "):
    lines = piece.text.split("\n")
    starts, acc = [], 0
    for ln in lines:
        starts.append(acc)
        acc += len(ln) + 1
    text = "\n".join(prefix + ln for ln in lines)

    def mp(pos):
        n = sum(1 for s in starts if s <= pos)
        return pos + len(prefix) * n

    marks = [(c, k, mp(s), mp(e - 1) + 1, t) for c, k, s, e, t in piece.marks]
    return Piece(text, marks)


class Ctx:
    def __init__(self, rng, lang, half, tabs, pools, typo_p):
        self.rng, self.lang, self.half, self.tabs, self.pools, self.typo_p = rng, lang, half, tabs, pools, typo_p
        self.cache = {}
        pl = pools
        self.first = rng.choice(pl["FIRST"][lang])
        self.last = rng.choice(pl["LAST"][lang])
        self.bank = rng.choice(pl["BANKS"][lang])
        self.agent = rng.choice(pl["AGENTS"][lang])
        self.fline = rng.choice(pl["FRAUD_LINES"][lang])

    # ---- typos only in literal template text
    def typo(self, s):
        if self.typo_p <= 0:
            return s
        rng = self.rng

        def f(m):
            w = m.group(0)
            if rng.random() >= self.typo_p:
                return w
            i = rng.randint(1, len(w) - 2)
            r = rng.random()
            if r < 0.4:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if r < 0.7:
                return w[:i] + w[i + 1:]
            if r < 0.85:
                return w[:i] + w[i] + w[i:]
            return w.lower()
        return WORD.sub(f, s)

    def filler(self, key):
        rng, lang, pl = self.rng, self.lang, self.pools
        if key == "name":
            return self.first
        if key == "last":
            return self.last
        if key == "full":
            return f"{self.first} {self.last}"
        if key == "agent":
            return self.agent
        if key == "bank":
            return self.bank[0]
        if key == "shop":
            return rng.choice(pl["SHOPS"])
        if key == "app":
            return rng.choice(pl["APPS"])
        if key == "macro":
            return rng.choice(pl["MACROS"])
        if key == "flinename":
            return self.fline[0]
        return None

    def atomic(self, key):
        """Return (text, cat, kind) for a value key."""
        rng, lang, pl = self.rng, self.lang, self.pools
        if key in KEYS:
            cat, kind, fn = KEYS[key]
            return fn(rng, lang), cat, kind
        if key == "email":
            return V.email(rng, lang, self.first, self.last), "span", "email"
        if key == "semail":
            slug = self.bank[0].lower().replace(" ", "")
            return rng.choice([f"beveiliging@{slug}-verificatie.com", f"{slug}.helpdesk{rng.randint(1, 99)}@gmail.com", f"no-reply@{slug}-secure.info",
                               f"service@{slug}{rng.choice(P.TLDS)}", f"klantenservice.{slug}@outlook.com"]), "span", "email"
        if key == "user":
            return V.username(rng, lang, self.first.replace(" ", "").replace("-", ""), self.last), "span", "username"
        if key == "addr":
            return self.address(), "span", "address"
        if key == "cphone":
            return self.company_phone(), "neg", "company_phone"
        if key == "fline":
            return self.fline[1], "neg", "company_phone"
        if key == "mention":
            return self.bank[1], "neg", "mention"
        if key == "omention":
            return rng.choice(pl["OTHER_MENTIONS"][lang]), "neg", "mention"
        if key == "tag":
            return rng.choice(pl["HASHTAGS"][lang]), "neg", "hashtag"
        if key == "url":
            return self.scam_url(), "neg", "url"
        if key == "short":
            return rng.choice(["https://", ""]) + rng.choice(pl["SHORTENERS"]) + "/" + "".join(rng.choice(V.ALNUM) for _ in range(7)), "neg", "url"
        if key == "burl":
            d = self.bank[2]
            path = {"nl": ["/fraude", "/veilig-bankieren", "/klantenservice"], "nl-be": ["/fraude", "/veilig", "/contact"],
                    "fr-be": ["/fraude", "/securite", "/contact"]}.get(lang, ["/fraud", "/security", "/help/scams"])
            return rng.choice(["https://www.", "www.", "https://"]) + d + rng.choice(path), "neg", "url"
        raise KeyError(key)

    def address(self):
        rng, lang, pl = self.rng, self.lang, self.pools
        st = rng.choice(pl["STREETS"][lang])
        city, pc = rng.choice(pl["CITIES"][lang])
        n = rng.randint(1, 180)
        if lang == "nl":
            post = f"{pc}{rng.randint(10, 99)} {rng.choice(V.UP)}{rng.choice(V.UP)}"
            suf = rng.choice(["", "", "A", "-2", " bis", "B"])
            return rng.choice([f"{st} {n}{suf}, {post} {city}", f"{st} {n}{suf}\n{post} {city}", f"{st} {n}{suf} {post.replace(' ', '')} {city.upper()}", f"{st} {n}{suf}, {city}"])
        if lang in ("nl-be", "fr-be"):
            bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}" if lang == "nl-be" else f" bte {rng.randint(1, 12)}", "/3"])
            if lang == "fr-be":
                return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st}, {n}{bus}\n{pc} {city}", f"{n} {st}, {pc} {city}"])
            return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st} {n}{bus}\n{pc} {city}", f"{st} {n}{bus} te {city}"])
        if lang == "en-gb":
            pcfull = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            flat = rng.choice(["", "", f"Flat {rng.randint(1, 20)}, ", f"{rng.randint(1, 9)}a "])
            return rng.choice([f"{flat}{n} {st}, {city} {pcfull}", f"{flat}{n} {st}\n{city}\n{pcfull}", f"{n} {st}, {pcfull}"])
        zipc = f"{pc}{rng.randint(10, 99)}"
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}"])
        n = rng.randint(100, 9999)
        return rng.choice([f"{n} {st}{apt}, {city} {zipc}", f"{n} {st}{apt}\n{city} {zipc}"])

    def company_phone(self):
        rng, lang = self.rng, self.lang
        d = lambda k: V.rdigits(rng, k)
        if lang == "nl":
            return rng.choice([f"088 {d(3)} {d(2)} {d(2)}", f"020 {d(3)} {d(2)} {d(2)}", f"0900-{d(4)}", f"0800-{d(4)}", f"+31 20 {d(3)} {d(4)}", f"088-{d(7)}"])
        if lang in ("nl-be", "fr-be"):
            return rng.choice([f"02 {d(3)} {d(2)} {d(2)}", f"078 {d(2)} {d(2)} {d(2)}", f"02/{d(3)}.{d(2)}.{d(2)}", f"+32 2 {d(3)} {d(2)} {d(2)}", f"03 {d(3)} {d(2)} {d(2)}"])
        if lang == "en-gb":
            return rng.choice([f"0345 {d(3)} {d(4)}", f"0800 {d(3)} {d(4)}", f"03457 {d(6)}", f"+44 345 {d(3)} {d(4)}"])
        return rng.choice([f"1-800-{d(3)}-{d(4)}", f"(800) {d(3)}-{d(4)}", f"1-888-{d(3)}-{d(4)}", f"877.{d(3)}.{d(4)}"])

    def scam_url(self):
        rng = self.rng
        slug = self.bank[0].lower().replace(" ", "").replace("ë", "e")
        w = rng.choice(self.pools["SCAM_WORDS"][self.lang])
        host = rng.choice([f"{slug}-{w}", f"{w}-{slug}", f"{w}", f"mijn-{slug}" if self.lang.startswith("nl") else f"my-{slug}"]) + rng.choice(P.TLDS)
        path = rng.choice(["", "/login", "/verify", f"/?id={V.rdigits(rng, 5)}", "/nl/", "/auth/step1", f"/c/{V.rdigits(rng, 4)}"])
        return rng.choice(["https://", "http://", "", "https://www."]) + host + path

    def val(self, full, key, tid):
        if key in ("scam",):
            if full not in self.cache:
                t, tpl = self.rng.choice(self.tabs[self.lang]["SCAM"])
                self.cache[full] = render(tpl, self, t, typo=False)
            p = self.cache[full]
            return Piece(p.text, list(p.marks))
        f = self.filler(key)
        if f is not None:
            return Piece(f)
        if full not in self.cache:
            for _ in range(20):
                v = self.atomic(key)
                if v[0] not in {c[0] for c in self.cache.values() if isinstance(c, tuple)}:
                    break
            self.cache[full] = v
        text, cat, kind = self.cache[full]
        return Piece(text, [(cat, kind, 0, len(text), tid)])


def render(tpl, ctx, tid, typo=True):
    out = Piece()
    pos = 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.lit(ctx.typo(lit) if typo else lit)
        out.add(ctx.val(m.group(0), m.group(1), tid))
        pos = m.end()
    lit = tpl[pos:]
    out.lit(ctx.typo(lit) if typo else lit)
    return out


def pick(ctx, group):
    return ctx.rng.choice(ctx.tabs[ctx.lang][group])


def R(ctx, group, typo=True):
    tid, tpl = pick(ctx, group)
    return render(tpl, ctx, tid, typo)


# ------------------------------------------------------------------ message builders
def build(ctx, channel):
    rng = ctx.rng
    if channel == "agent_reply":
        ctx.typo_p = 0.0 if rng.random() < 0.8 else 0.01
        p = Piece()
        if rng.random() < 0.35:
            p.add(R(ctx, "AGOPEN"))
        p.add(R(ctx, "AGENT"))
        if rng.random() < 0.35:
            p.lit("\n\n").add(R(ctx, "AGSIG"))
        return p
    if channel == "email":
        p = Piece()
        if rng.random() < 0.4:
            p.add(R(ctx, "SUBJ")).lit("\n\n")
        p.add(R(ctx, "GREET")).lit("\n\n")
        p.add(R(ctx, "EMAIL" if rng.random() < 0.75 else "CHAT"))
        if rng.random() < 0.3:
            p.lit("\n\n" + ("PS " if rng.random() < 0.5 else "")).add(R(ctx, "CHAT"))
        p.lit("\n\n").add(R(ctx, "CLOSE")).lit("\n").add(R(ctx, "SIG"))
        r = rng.random()
        if r < 0.5:
            p.lit("\n\n").add(R(ctx, "QHDR")).lit("\n")
            sub = R(ctx, "AGENT", typo=False)
            p.add(quote(sub))
        elif r < 0.75:
            p.lit("\n\n").add(R(ctx, "FWD", typo=False)).lit("\n\n").add(ctx.val("{scam}", "scam", None))
        if rng.random() < 0.4:
            p.lit("\n\n").add(R(ctx, "DISC", typo=False))
        return p
    if channel in PUBLIC_CH:
        if rng.random() < 0.6:
            return R(ctx, "PUBLIC")
        p = Piece()
        if channel == "x_public" or rng.random() < 0.3:
            p.add(ctx.val("{mention}", "mention", "frame.mention")).lit(" ")
        p.add(R(ctx, "CHAT"))
        if rng.random() < 0.4:
            p.lit(" ").add(ctx.val("{tag}", "tag", "frame.tag"))
        return p
    p = Piece()
    p.add(R(ctx, "CHATPRE"))
    p.add(R(ctx, "CHAT"))
    return p


# ------------------------------------------------------------------ checks
def check(msg):
    text = msg["text"]
    allm = [("span", s["type"], s["start"], s["end"]) for s in msg["spans"]] + [("neg", n["kind"], n["start"], n["end"]) for n in msg["negatives"]]
    for cat, k, s, e in allm:
        assert 0 <= s < e <= len(text), (msg["id"], k, s, e)
        v = text[s:e]
        assert v == v.strip() and v.strip(".,;:") != "", (msg["id"], k, repr(v))
        if cat == "span":
            if k == "card":
                assert V.luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19, (msg["id"], v)
            if k == "iban":
                assert V.iban_ok(v), (msg["id"], v)
            if k == "bsn":
                dg = "".join(c for c in v if c.isdigit())
                assert (len(dg) == 9 and V.bsn_ok(v)) or (len(dg) == 11 and V.nrn_ok(v)), (msg["id"], v)
    srt = sorted(allm, key=lambda x: x[2])
    for a, b in zip(srt, srt[1:]):
        assert a[3] <= b[2], (msg["id"], "overlap", a, b, text[a[2]:a[3]], text[b[2]:b[3]])
    covered = [False] * len(text)
    for _, _, s, e in allm:
        for i in range(s, e):
            covered[i] = True
    for m in re.finditer(r"\d{3,}|@\w|#\w|https?:|www\.", text):
        if not all(covered[m.start():m.end()]):
            raise AssertionError((msg["id"], "uncovered", m.group(0), text[max(0, m.start() - 40):m.end() + 20]))


# ------------------------------------------------------------------ main
def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    tabs = tables(half)
    pools = {}
    for name in ("FIRST", "LAST", "STREETS", "CITIES", "BANKS", "FRAUD_LINES", "SCAM_WORDS", "HASHTAGS", "OTHER_MENTIONS", "AGENTS"):
        pools[name] = {lang: [x for _, x in deal(lst, half)] for lang, lst in getattr(P, name).items()}
    for name in ("SHORTENERS", "SHOPS", "APPS", "MACROS"):
        pools[name] = [x for _, x in deal(getattr(P, name), half)]
    chs, wts = zip(*CHANNELS)
    msgs, tidmap = [], defaultdict(set)
    hname = "dev" if half == 0 else "heldout"
    for i in range(N_PER_HALF):
        lang = rng.choice(LANGS)
        ch = rng.choices(chs, wts)[0]
        ctx = Ctx(rng, lang, half, tabs, pools, typo_p=rng.choice([0, 0, 0.02, 0.04, 0.07]))
        p = build(ctx, ch)
        text = p.text
        spans, negs = [], []
        for cat, kind, s, e, tid in sorted(p.marks, key=lambda x: x[2]):
            if cat == "span":
                spans.append({"type": kind, "start": s, "end": e})
                tidmap[kind].add(tid)
            else:
                negs.append({"kind": kind, "start": s, "end": e})
        msg = {"id": f"{PREFIX}-{hname}-{i:05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC_CH else "private", "text": text, "spans": spans, "negatives": negs}
        check(msg)
        msgs.append(msg)
    return msgs, tidmap


def table(title, counter, extra=None):
    lines = [f"| {title} | count |" + (" templates |" if extra else ""), "|---|---:|" + ("---:|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(lines)


def readme(seed, halves):
    parts = [f"""# Blind scrub corpus blind55 — fraud and scam victims

This corpus was **written blind**: its author did not open, read, grep or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` (other corpora,
scorers, generators), and did not read git history. No scrubber or scorer was run. Everything here comes from
public knowledge of how platforms format messages and how people write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Fraud and scam victims in social customer care for banks (NL, BE, UK, US): people who were phished or had an
account taken over, pasting the scam SMS / e-mail / WhatsApp (fraudster links, numbers, "reference codes"),
telling what they typed in or read out to a caller (SMS codes, card reader response codes, card numbers,
CVC, login, PIN, passwords), disputing transactions and chargebacks, SIM swaps (PUK), remote-access apps,
"safe account" and "Hi Mum" scams, and the agents answering them. Many look-alikes: case / police report /
chargeback numbers, transaction and mandate references, scam reference codes, masked card numbers, the
banks' and fraud helplines' public numbers, phishing URLs, amounts, dates and times.

## Generation

```
cd tests/scrub_corpus/blind55
python3 generate_blind.py --seed {seed}
```

Modules: `values.py` (value generators and validators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`,
`tpl_en.py` (templates per language, grouped by kind: SCAM, CHAT, PUBLIC, EMAIL, AGENT), `frames.py` (e-mail
subject / greeting / closing / signature / quote and forward headers / disclaimers, chat prefixes).

## Split rule

Every template group (per language and kind, including frames, agent signatures and chat prefixes) and every
filler pool (first and last names, streets, cities, banks with handles and domains, fraud helplines, scam
URL words, hashtags, mentions, agents, shops, remote-access apps, macro placeholders, URL shorteners) is
dealt alternately: even index to dev, odd index to heldout. No template, frame, greeting, signature or quote
block is shared between halves. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected
only into literal template text (cue words), never into labelled values. The generator fails loudly if a
span or negative is out of range, has surrounding white space, overlaps another, if a card fails Luhn, an
IBAN fails mod-97, a BSN fails the 11-proof or a Belgian national register number fails its check, or if a
run of 3+ digits, an `@`/`#` token or a URL is left neither labelled nor marked as a negative.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; every occurrence is labelled (quoted history, agent echoes,
  the same scam text pasted in the body and again in a forwarded block).
- **Fraudster data is labelled like any other personal data**: the scammer's phone number (`phone`), the mule /
  "safe account" IBAN (`iban`), the sender address of a phishing e-mail (`email`). They identify a person or
  account and a scrubber cannot know who owns them.
- The bank's own service lines and public fraud lines (Card Stop, Fraudehelpdesk, Action Fraud, 159, FTC)
  are `company_phone` negatives, also when the customer merely asks whether a number is genuine.
- Codes a victim read out or typed in are `otp` (SMS codes, card-reader response codes, codes dictated as
  words such as "vier acht twee ..."); the fraudster's "Ref:"/"Kenmerk"/"Dossier" codes inside scam texts are
  `request_id` negatives, as are transaction / mandate / end-to-end references and Dutch payment references
  (16 digits in groups of four, never Luhn-valid). Case, police report (PV), chargeback and dispute numbers are
  `ticket_number` negatives.
- itsme / app / card PINs are `pin`. Belgian national register numbers use type `bsn`. UK account numbers
  (given next to "sort code") are `customer_number`; the sort code itself is not present.
- "Card ending in ****1234" style masks are `masked_value` negatives. Phishing URLs, shortened links and the
  bank's URLs are `url` negatives; brand handles and third-party handles are `mention`.
- A leaked merchant payment API key is `api_key`; the merchant account number is `customer_number`.
- Names, cities, shops, remote-access app names and macro placeholders (`{{first_name}}`, `[CODE]`) are not labelled.
- Amount, date, time, quantity ("3 transacties") negatives are marked; small numbers of 1-2 digits in running
  text ("24 uur", "8 weeks") are left unmarked.

## Known limitations

- Template-based: sentence frames repeat within a half with different values; English templates are shared
  by en-gb and en-us (with a few locale-specific extras); values differ by locale.
- Few `token`, `wifi_key`, `api_key` examples (not typical of this emphasis); no `port`, `checksum`,
  `meter_reading`, `product_code` negatives.
- Addresses are synthetic combinations of real street names and cities; postcodes are plausible, not verified.
- Dates of birth use the same formats as other dates; only context distinguishes them.
"""]
    for half, (msgs, tidmap) in enumerate(halves):
        name = "dev" if half == 0 else "heldout"
        sp = Counter(s["type"] for m in msgs for s in m["spans"])
        ng = Counter(n["kind"] for m in msgs for n in m["negatives"])
        parts.append(f"\n## Counts: {name}.jsonl\n\nMessages: {len(msgs)}\n\n" + table("span type", sp, tidmap) + "\n\n" + table("negative kind", ng)
                     + "\n\n" + table("channel", Counter(m["channel"] for m in msgs)) + "\n\n" + table("lang", Counter(m["lang"] for m in msgs)) + "\n")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = [gen_half(a.seed, 0), gen_half(a.seed, 1)]
    for half, (msgs, _) in enumerate(halves):
        with open(os.path.join(HERE, "dev.jsonl" if half == 0 else "heldout.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("ok", [len(h[0]) for h in halves])


if __name__ == "__main__":
    main()
