#!/usr/bin/env python3
"""Deterministic generator for the blind35 scrub corpus.

python3 generate_blind.py --seed 20261233  ->  dev.jsonl, heldout.jsonl, README.md (count tables)
"""
import argparse
import json
import os
import random
import sys
import zlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import Ctx, render, quote, finish, check  # noqa: E402
from frames_nl import NL, BE  # noqa: E402
from frames_fr_en import FR, EN  # noqa: E402
import pools  # noqa: E402
from frames_extra import EXTRA, EXTRA_AGENT  # noqa: E402

for _lk, _F in (("nl", NL), ("nl-be", BE), ("fr-be", FR), ("en", EN)):
    _F["chat"].update(EXTRA[_lk]["chat"])
    _F["email"]["body"] = _F["email"]["body"] + EXTRA[_lk]["email_body"]
    _F["agent"] = _F["agent"] + EXTRA_AGENT[_lk]

PREFIX = "b35"
LANG_FRAMES = {"nl": NL, "nl-be": BE, "fr-be": FR, "en-gb": EN, "en-us": EN}
LANG_W = [("nl", 25), ("nl-be", 18), ("fr-be", 22), ("en-gb", 25), ("en-us", 10)]
REG_W = [("chat", 40), ("sms", 9), ("public", 10), ("email", 25), ("agent", 16)]
CHAT_CH = ["whatsapp"] * 4 + ["messenger"] * 2 + ["telegram", "instagram_dm", "x_dm", "x_dm"]
PUB_CH = ["x_public", "x_public", "instagram_comment", "facebook_comment"]
HIGH = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"}

SIGS = {
    "nl": ["[[@full]]\n[[address:ml]]\n[[phone]]", "[[@full]]\nTel: [[phone]]", "[[@full]]\n[[address]]",
           "[[@full]]\n[[@biz]]\n[[address:ml]]\nT [[phone]] | KvK [[~company_registration]]", "[[@name]]\n\nVerzonden vanaf mijn iPhone", "[[@full]]\n\n--"],
    "be": ["[[@full]]\n[[address:ml]]\nGSM [[phone]]", "[[@full]]\n[[phone]]", "[[@full]]\n[[@biz]] - BTW [[~company_registration]]\n[[address:ml]]",
           "[[@full]] – [[address]]", "[[@name]]\n\nEnvoyé de mon iPhone", "-- \n[[@full]]"],
    "uk": ["[[@full]]\n[[address:ml]]\n\n[[phone]]", "[[@full]]\nMob: [[phone]]", "[[@full]]\n[[@biz]]\n[[address:ml]]\nCompany no. [[~company_registration]]",
           "[[@full]], [[address]]", "[[@name]]\n\nSent from my iPhone", "[[@full]] (via webmail)"],
    "us": ["[[@full]]\n[[address:ml]]\nPhone: [[phone]]", "[[@full]]\nCell: [[phone]]", "[[@full]]\n[[@biz]]\n[[address:ml]]",
           "[[@name]]\n\nSent from my iPhone (typos courtesy of autocorrect)", "- [[@full]]", "[[@full]] | [[phone]]"],
}


def deal(lst, key, half):
    off = zlib.crc32(key.encode()) % 2
    return [x for i, x in enumerate(lst) if (i + off) % 2 == half]


def half_frames(half):
    """Split every leaf list of frames between the halves."""
    out = {}
    for lk, F in (("nl", NL), ("nl-be", BE), ("fr-be", FR), ("en", EN)):
        d = {"chat": {}}
        for topic, lst in F["chat"].items():
            sub = deal(lst, lk + "/chat/" + topic, half)
            if sub:
                d["chat"][topic] = sub
        for reg in ("sms", "sms_wrap", "public", "agent", "open", "close"):
            d[reg] = deal(F[reg], lk + "/" + reg, half)
        d["email"] = {k: deal(v, lk + "/email/" + k, half) for k, v in F["email"].items()}
        out[lk] = d
    return out


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


class Gen:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.F = half_frames(half)
        self.brands = deal(pools.BRANDS, "brands", half)
        self.agents = deal(pools.AGENTS, "agents", half)
        self.people = {k: deal(v, "people/" + k, half) for k, v in pools.PEOPLE.items()}
        self.streets = {k: deal(v, "streets/" + k, half) for k, v in pools.STREETS.items()}
        self.cities = {k: deal(v, "cities/" + k, half) for k, v in pools.CITIES.items()}
        self.biz = {k: deal(v, "biz/" + k, half) for k, v in pools.BIZ.items()}
        self.sigs = {k: deal(v, "sigs/" + k, half) for k, v in SIGS.items()}
        self.phrasings = defaultdict(set)

    def ctx(self, lang):
        r = self.rng
        loc = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]
        ag = r.choice(self.agents)
        bz = r.choice(self.biz[loc])
        bs = [b for b in self.brands if b["mk"] in (loc, "eu")] or self.brands
        if r.random() < 0.1:
            bs = self.brands
        c = Ctx(r, lang, r.choice(bs), r.choice(self.people[loc]), ag[0], ag[1],
                r.choice(self.streets[loc]), r.choice(self.cities[loc]), bz[1])
        c.bizname = bz[0]
        return c

    def R(self, tpl, ctx, style=None):
        segs = render(tpl, ctx, style)
        for s in segs:
            if s[1] and s[1][0] == "s":
                self.phrasings[s[1][1]].add(tpl)
        return segs

    def chat_style(self):
        x = self.rng.random()
        return "lower" if x < 0.08 else "upper" if x < 0.11 else "typo" if x < 0.33 else None

    def message(self):
        r = self.rng
        lang = wpick(r, LANG_W)
        lk = "en" if lang.startswith("en") else lang
        F = self.F[lk]
        ctx = self.ctx(lang)
        reg = wpick(r, REG_W)
        segs = []
        if reg == "chat":
            ch = r.choice(CHAT_CH)
            st = self.chat_style()
            if r.random() < 0.35 and F["open"]:
                segs += self.R(r.choice(F["open"]), ctx, st) + [[r.choice([" ", ", ", "\n", "! "]), None]]
            topic = r.choice(list(F["chat"]))
            segs += self.R(r.choice(F["chat"][topic]), ctx, st)
            if r.random() < 0.18:
                t2 = r.choice(list(F["chat"]))
                segs += [[r.choice(["\n", " ", "\n\n", ". "]), None]] + self.R(r.choice(F["chat"][t2]), ctx, st)
            if r.random() < 0.3 and F["close"]:
                segs += [[r.choice([" ", "\n", ". "]), None]] + self.R(r.choice(F["close"]), ctx, st)
        elif reg == "sms":
            ch = r.choice(CHAT_CH)
            wrap = r.choice(F["sms_wrap"])
            a, b = wrap.split("[[SMS]]")
            segs += self.R(a, ctx, self.chat_style()) if a else []
            segs += self.R(r.choice(F["sms"]), ctx)
            segs += self.R(b, ctx) if b else []
        elif reg == "public":
            ch = r.choice(PUB_CH)
            segs += self.R(r.choice(F["public"]), ctx, self.chat_style())
        elif reg == "agent":
            ch = "agent_reply"
            picks = r.sample(F["agent"], 2 if r.random() < 0.3 and len(F["agent"]) > 1 else 1)
            for i, t in enumerate(picks):
                if i:
                    segs.append(["\n\n", None])
                segs += self.R(t, ctx)
        else:
            ch = "email"
            E = F["email"]
            segs += self.R(r.choice(E["greet"]), ctx) + [["\n\n", None]]
            bodies = r.sample(E["body"], min(len(E["body"]), r.choice([1, 2, 2, 2, 3])))
            if r.random() < 0.2 and F["sms"]:
                smsintro = {"nl": "Dit is de sms die ik kreeg:", "nl-be": "Dit is het bericht dat ik kreeg:",
                            "fr-be": "Voici le SMS reçu :", "en": "This is the text I received:"}[lk]
                segs += [[smsintro + "\n\n", None]] + self.R(r.choice(F["sms"]), ctx) + [["\n\n", None]]
            for i, t in enumerate(bodies):
                segs += self.R(t, ctx) + [["\n\n", None]]
            segs += self.R(r.choice(E["close"]), ctx) + [["\n", None]]
            segs += self.R(r.choice(self.sigs[ctx.locale]), ctx)
            if r.random() < 0.45 or sum(len(s[0]) for s in segs) < 520:
                segs += [["\n\n", None]] + self.R(r.choice(E["quotehead"]), ctx) + [["\n", None]]
                qs = r.sample(F["agent"], 2 if r.random() < 0.4 else 1)
                qsegs = []
                for i, t in enumerate(qs):
                    qsegs += ([["\n\n", None]] if i else []) + self.R(t, ctx)
                segs += quote(qsegs)
            if sum(len(s[0]) for s in segs) < 520:
                rest = [t for t in E["body"] if t not in bodies]
                segs += [["\n\n", None]] + quote(self.R(r.choice(rest), ctx), ">> ")
        text, spans, negs = finish(segs)
        return {"channel": ch, "lang": lang,
                "visibility": "public" if ch in PUB_CH else "private",
                "text": text, "spans": spans, "negatives": negs}


def stats(recs, phr):
    c = {"messages": len(recs), "no_span": 0, "high": 0, "hardneg": 0}
    st, nk, chn, lg = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        c["no_span"] += not r["spans"]
        c["high"] += any(s["type"] in HIGH for s in r["spans"])
        c["hardneg"] += bool(r["negatives"])
        st.update(s["type"] for s in r["spans"])
        nk.update(n["kind"] for n in r["negatives"])
        chn[r["channel"]] += 1
        lg[r["lang"]] += 1
    return c, st, {k: len(v) for k, v in phr.items()}, nk, chn, lg


README_HEAD = """# Scrub corpus blind35 (written blind)

Written blind, from the brief only: I did not open, read, list or run anything under `functions/`,
`tests/unit/`, `bench/`, `docs/`, or any other directory of `tests/scrub_corpus/` (other corpora, scorers,
generators), did not read git history, and did not run any scrubber or scorer on this data.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Banks, insurers, payment apps, fintech and buy-now-pay-later services. Customers in a hurry on a phone;
SMS / app-notification text (verification codes, bank alerts, temporary passwords) pasted or forwarded into
a chat or an e-mail; phone-banking style dictation of digits ("vier zes twee een", "oh seven seven double
four"); small-business owners with several accounts (business + private logins, KvK / BTW / company numbers
next to IBANs); more Belgian (nl-be, fr-be) and British customers than usual; agents who verify identity step
by step and write long macro replies with the company's own numbers, links, ticket references and masked values.
All brands are fictional.

## Generation

`python3 generate_blind.py --seed 20261233` writes `dev.jsonl`, `heldout.jsonl` and this README (tables
below). Modules: `values.py` (value shapes and checksums), `core.py` (rendering, hard negatives, self-check),
`pools.py` (names, streets, cities, brands, businesses), `frames_nl.py`, `frames_fr_en.py` (frames).
Each half uses its own `random.Random(seed * 2 + half)`. The self-check fails loudly if a span or negative is
out of range, has surrounding white space, overlaps anything, or a card / IBAN / BSN / rijksregisternummer
fails its checksum.

## Split rule

Every leaf list of frames (per language x register x topic: chat topics, SMS bodies, SMS wrappers, public
posts, e-mail greetings / bodies / closings / quote headers, agent macros, openers, closers) and every pool
(brands, agents, customer names per locale, streets, cities, businesses, signature layouts) is dealt
alternately to dev and heldout (start offset from a CRC of the list's key). No frame, phrasing, name, street,
brand or signature layout occurs in both halves; value *shapes* (formats of phones, IBANs, passwords ...)
are shared, the values themselves are random.

## Labelling conventions

- Value only, never the cue word. Dictated values ("nul zes een twee ...", "four double two ...") are one span
  over the dictated words.
- A correction ("it's 4821 not 4812") labels both numbers as `pin` (the wrong one is a near copy of the secret).
- Temporary passwords in SMS and in agent macros are `password`; an agent echoing a value is labelled.
- Policy, dossier, customer, membership and (UK) account numbers are `customer_number`; ticket / case
  references the company issues for a conversation are `ticket_number` negatives.
- Belgian rijksregisternummers are labelled `bsn` (valid mod-97 check, pre- and post-2000 rule).
- Addresses: street + number, with postcode and city when present, one span even across signature lines or
  `> ` quote prefixes. Cities alone, names, agent names, SSIDs are not labelled.
- The company's own service number is `company_phone`; the customer's number is `phone`. E-mail addresses of
  customers and named agents are `email`; obfuscated forms ("x [at] y [dot] be") are labelled whole.
- Masked values (`**** 1234`, `NL** **** **** 5678`, `j*****@gmail.com`) are `masked_value` negatives.
- Error codes, versions, model numbers, order / invoice / tracking numbers, request ids, ports, checksums,
  amounts, dates, times, percentages, quantities, URLs, hashtags and mentions are negatives.

## Known limitations

- Frame inventory is modest (a few hundred frames); messages reuse frames with different values and fills.
- Typos are injected only into literal text, never inside values; ALL CAPS / lower case transforms also
  touch only literal text, so value casing is always what the value generator produced.
- No sort codes, no BIC codes, no IPv6 beyond a simple shape.
- Value shapes are shared between the halves (by design); only phrasings, frames and fills are split.
- E-mails draw 1-3 body paragraphs from their language's pool and are padded to about 0.5 KB with quoted
  agent history, so paragraphs inside one e-mail are not always on one topic; some types are therefore
  unevenly distributed between the halves (see tables).
- Dictated digits (`pin`, `otp`, `puk`, `phone`, `customer_number`) are labelled over the spoken words;
  cards, IBANs and BSNs are never dictated (their checksums are verified on the digits).
- English frames are shared between en-gb and en-us (values, brands, addresses and phones follow the locale).
- Channels for agent macros are always `agent_reply`.
"""


def table(title, counter, extra=None):
    lines = ["", "| %s | count |%s" % (title, " distinct phrasings |" if extra is not None else ""),
             "|---|---|%s" % ("---|" if extra is not None else "")]
    for k in sorted(counter):
        lines.append("| %s | %d |%s" % (k, counter[k], " %d |" % extra.get(k, 0) if extra is not None else ""))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261233)
    a = ap.parse_args()
    readme = [README_HEAD, "## Counts (seed %d)" % a.seed]
    total = 0
    for half, name in ((0, "dev"), (1, "heldout")):
        g = Gen(a.seed, half)
        n = 920 + g.rng.randint(0, 60)
        recs = []
        for i in range(n):
            rec = g.message()
            rec = {"id": "%s-%s-%05d" % (PREFIX, name, i), **rec}
            check(rec)
            recs.append(rec)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        total += n
        c, st, ph, nk, chn, lg = stats(recs, g.phrasings)
        readme.append("\n### %s\n\n| messages | without spans | with a high-risk span | with a hard negative |\n|---|---|---|---|\n| %d | %d | %d | %d |"
                      % (name, c["messages"], c["no_span"], c["high"], c["hardneg"]))
        readme.append(table("span type", st, ph))
        readme.append(table("negative kind", nk))
        readme.append(table("channel", chn))
        readme.append(table("language", lg))
        emails = [r for r in recs if r["channel"] == "email"]
        readme.append("\nE-mails: %d, median length %d chars.\n" % (len(emails), sorted(len(r["text"]) for r in emails)[len(emails) // 2]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d messages" % total)


if __name__ == "__main__":
    main()
