#!/usr/bin/env python3
"""Deterministic generator for the blind39 scrub corpus (hospitality & leisure).

python3 generate_blind.py --seed 20261237  ->  dev.jsonl, heldout.jsonl, README.md (tables)
"""
import argparse
import collections
import json
import os
import random
import re

import core
import pools as P
import templates_en as TE
import templates_fr as TF
import templates_nl as TN

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b39"
N_PER_HALF = 950
LANGS = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
CATS = [("email", 26), ("chat", 38), ("confirm", 5), ("agent", 12), ("public", 10), ("clean", 5), ("bare", 4)]
CHAT_CH = ["whatsapp", "whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
PUBLIC_CH = ["x_public", "instagram_comment", "facebook_comment"]

TPL = {
    "nl": {"chat": TN.NL_CHAT, "public": TN.NL_PUBLIC, "agent": TN.NL_AGENT, "email": TN.NL_EMAIL,
           "clean": TN.NL_CLEAN, "bare": TN.NL_BARE},
    "nb": {"chat": TN.NB_CHAT, "public": TN.NB_PUBLIC, "agent": TN.NB_AGENT, "email": TN.NB_EMAIL,
           "clean": TN.NB_CLEAN, "bare": TN.NB_BARE},
    "fr": {"chat": TF.FR_CHAT, "public": TF.FR_PUBLIC, "agent": TF.FR_AGENT, "email": TF.FR_EMAIL,
           "clean": TF.FR_CLEAN, "bare": TF.FR_BARE},
    "en": {"chat": TE.EN_CHAT, "public": TE.EN_PUBLIC, "agent": TE.EN_AGENT, "email": TE.EN_EMAIL,
           "clean": TE.EN_CLEAN, "bare": TE.EN_BARE},
}


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def deal_tagged(lst, half, tag):
    return [("%s#%d" % (tag, i), x) for i, x in enumerate(lst) if i % 2 == half]


def wfam(lang):
    return "nl" if lang in ("nl", "nl-be") else "fr" if lang == "fr-be" else "en"


def build_half_pools(half):
    hp = {"tpl": {}, "names": {}, "streets": {}, "cities": {}}
    for fk, cats in TPL.items():
        for c, lst in cats.items():
            hp["tpl"][(fk, c)] = deal_tagged(lst, half, "%s/%s" % (fk, c))
    for k, v in P.NAMES.items():
        hp["names"][k] = deal(v, half)
    hp["agents"] = deal(P.AGENTS, half)
    hp["brands"] = deal(P.BRANDS, half)
    hp["ssids"] = deal(P.SSIDS, half)
    hp["hashtags"] = deal(P.HASHTAGS, half)
    hp["street"] = {k: deal(v, half) for k, v in P.STREETS.items()}
    hp["city"] = {k: deal(v, half) for k, v in P.CITIES.items()}
    for name in ("GREET", "CLOSE", "QHEAD", "QBODY", "FILLER", "SUBJECT", "SIGEXTRA", "CONFIRM", "CONFIRM_LEAD", "CONFIRM_TAIL"):
        src = getattr(P, name)
        hp[name] = {k: deal_tagged(v, half, "%s/%s" % (name, k)) for k, v in src.items()}
    return hp


def wk(d, lang):
    """pick the wrapper list for a language (nl-be has its own for some wrappers)."""
    if lang in d:
        return d[lang]
    return d[wfam(lang)]


class Builder:
    def __init__(self, r, lang, hp):
        self.r, self.lang, self.hp = r, lang, hp
        self.name = r.choice(hp["names"][lang])
        others = [n for n in hp["names"][lang] if n != self.name]
        self.other = r.choice(others)
        brand = r.choice(hp["brands"])
        self.ctx = {
            "name": self.name, "first": self.name.split()[0], "other": self.other,
            "agent": r.choice(hp["agents"]), "brand": brand[0], "handle": brand[1], "domain": brand[2],
            "brand_code": brand[3], "ssid": r.choice(hp["ssids"]), "hashtags": hp["hashtags"],
            "pools": {}}
        for k in hp["street"]:
            self.ctx["pools"]["street_" + k] = hp["street"][k]
            self.ctx["pools"]["city_" + k] = hp["city"][k]
        self.msg = core.Msg()
        self.src = []  # (start, end, type, piece id)

    def subst(self, tpl):
        return re.sub(r"(?<!\{)\{(name|first|other|agent|brand|ssid)\}(?!\})", lambda m: self.ctx[m.group(1)], tpl)

    def add(self, pid, tpl, style=None):
        m = core.render(self.r, self.subst(tpl), self.lang, self.ctx, style)
        off = self.msg.pos
        for s in m.spans:
            self.src.append((s["type"], pid))
        self.msg.extend(m)

    def lit(self, s):
        self.msg.lit(s)


def pick_style(r, cat):
    if cat in ("email", "agent", "confirm"):
        return "typo" if r.random() < 0.08 else None
    x = r.random()
    if x < 0.18:
        return "lower"
    if x < 0.32:
        return "typo"
    if x < 0.36:
        return "upper"
    return None


EMOJI = [" 🙏", " 😡", " 😅", " 👍", " 🙄", " 😭", " !!", " ??", " ...", " thx", ""]


def tpl_list(hp, lang, cat, r):
    fk = wfam(lang)
    if lang == "nl-be" and r.random() < 0.6:
        fk = "nb"
    return hp["tpl"][(fk, cat)]


def make_email(b, r, hp):
    lang = b.lang
    if r.random() < 0.35:
        pid, s = r.choice(wk(hp["SUBJECT"], lang))
        b.add(pid, s)
        b.lit("\n\n")
    pid, s = r.choice(wk(hp["GREET"], lang))
    b.add(pid, s)
    b.lit("\n\n")
    pid, body = r.choice(tpl_list(hp, lang, "email", r))
    b.add(pid, body, pick_style(r, "email"))
    b.lit("\n\n")
    fill = list(wk(hp["FILLER"], lang))
    r.shuffle(fill)
    for _ in range(r.randint(0, 2)):
        pid, s = fill.pop()
        b.add(pid, s)
        b.lit(" " if r.random() < 0.5 else "\n\n")
    if r.random() < 0.2:
        pid, conf = r.choice(wk(hp["CONFIRM"], lang))
        while b.msg.parts and b.msg.parts[-1].strip() == "":
            b.msg.parts.pop()
        b.lit("\n\n")
        b.add(pid, conf)
        b.lit("\n\n")
    target = r.choice([430, 520, 650])
    while b.msg.pos < target and fill:
        pid, s = fill.pop()
        b.add(pid, s)
        b.lit(" ")
    pid, s = r.choice(wk(hp["CLOSE"], lang))
    while b.msg.parts and b.msg.parts[-1].strip() == "":
        b.msg.parts.pop()
    b.lit("\n\n")
    b.add(pid, s)
    b.lit("\n" + b.name)
    extras = wk(hp["SIGEXTRA"], lang)
    for pid, s in r.sample(extras, min(len(extras), r.randint(0, 2))):
        b.lit("\n")
        b.add(pid, s)
    if r.random() < 0.6:
        b.lit("\n\n")
        pid, s = r.choice(wk(hp["QHEAD"], lang))
        b.add(pid, s)
        b.lit("\n")
        pid, s = r.choice(wk(hp["QBODY"], lang))
        b.add(pid, s)


def make_confirm(b, r, hp, style):
    lang = b.lang
    pid, s = r.choice(wk(hp["CONFIRM_LEAD"], lang))
    b.add(pid, s, style)
    b.lit("\n")
    pid, s = r.choice(wk(hp["CONFIRM"], lang))
    b.add(pid, s)
    if r.random() < 0.7:
        b.lit("\n")
        pid, s = r.choice(wk(hp["CONFIRM_TAIL"], lang))
        b.add(pid, s, style)


def make_half(seed, half):
    r = random.Random(seed * 2 + half)
    hp = build_half_pools(half)
    recs, srcs = [], []
    name = ["dev", "heldout"][half]
    for i in range(N_PER_HALF):
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        cat = r.choices([c for c, _ in CATS], [w for _, w in CATS])[0]
        b = Builder(r, lang, hp)
        style = pick_style(r, cat)
        if cat == "email":
            ch = "email"
            make_email(b, r, hp)
        elif cat == "confirm":
            ch = r.choice(CHAT_CH + ["email"])
            make_confirm(b, r, hp, style)
        else:
            pid, tpl = r.choice(tpl_list(hp, lang, cat, r))
            b.add(pid, tpl, style)
            if cat in ("chat", "public", "clean") and r.random() < 0.3:
                b.lit(r.choice(EMOJI))
            ch = {"agent": "agent_reply", "public": r.choice(PUBLIC_CH), "clean": r.choice(CHAT_CH + PUBLIC_CH),
                  "bare": r.choice(CHAT_CH), "chat": r.choice(CHAT_CH)}[cat]
            if cat == "chat" and "[[!mention]]" not in tpl and r.random() < 0.1 and ch == "x_dm":
                pass
        text = b.msg.text
        # trim accidental trailing white space without moving spans
        rec = {"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC_CH else "private", "text": text,
               "spans": b.msg.spans, "negatives": b.msg.negs}
        core.check_record(rec)
        recs.append(rec)
        srcs.append(b.src)
    return recs, srcs


def stats(recs, srcs):
    st = {"n": len(recs), "nospan": 0, "high": 0, "neg": 0, "types": collections.Counter(),
          "phr": collections.defaultdict(set), "negk": collections.Counter(), "ch": collections.Counter(),
          "lang": collections.Counter(), "email_len": []}
    for rec, src in zip(recs, srcs):
        if not rec["spans"]:
            st["nospan"] += 1
        if any(s["type"] in core.HIGH_RISK for s in rec["spans"]):
            st["high"] += 1
        if rec["negatives"]:
            st["neg"] += 1
        for s in rec["spans"]:
            st["types"][s["type"]] += 1
        for t, pid in src:
            st["phr"][t].add(pid)
        for n in rec["negatives"]:
            st["negk"][n["kind"]] += 1
        st["ch"][rec["channel"]] += 1
        st["lang"][rec["lang"]] += 1
        if rec["channel"] == "email":
            st["email_len"].append(len(rec["text"]))
    return st


README_HEAD = """# Scrub corpus blind39 — hospitality and leisure (written blind)

This corpus was **written blind**: from the brief alone, from public knowledge of how social and
e-mail customer care looks, and from how people write. I did not open, read, grep or run anything
under `functions/`, `tests/unit/`, `bench/`, `docs/` or any other directory of `tests/scrub_corpus/`
(no other corpus, scorer or generator), did not read git history, and did not run any scrubber or
scorer on this data.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Hospitality and leisure: holiday parks and hotels, car and bike rental, gyms and sports clubs,
ticketing and events, dating apps and food delivery. Customers in nl, nl-be, fr-be, en-gb and en-us
paste booking confirmations and membership cards, barrier/key-safe/door/locker/alarm codes, wifi
keys of chalets, app logins, card details for deposits, IBANs for refunds, national numbers asked at
sign-up, and long e-mails with subject lines, signatures (multi-line addresses) and quoted history.
Agent replies use macros, the company's own phone numbers, booking references, voucher codes and
masked card/IBAN values (hard negatives); some agent replies echo a code or temporary password
(labelled). Partner/integration traffic (channel managers, restaurant partners, gym chains) carries
API keys and tokens. All brands, names and streets are fictional or generic.

## Generation

`python3 generate_blind.py --seed 20261237` writes `dev.jsonl`, `heldout.jsonl` and this README.
Modules: `core.py` (value generators with valid Luhn / mod-97 / 11-proof / rijksregister checks,
renderer, self-check), `templates_nl.py`, `templates_fr.py`, `templates_en.py` (phrasings),
`pools.py` (names, streets, brands, e-mail wrappers, pasted confirmations). Stdlib only.
Each half uses its own `random.Random(seed * 2 + half)`; the self-check (`core.check_record`) fails
loudly on an out-of-range, white-space-padded or overlapping span/negative and on a card, IBAN or
BSN/rijksregisternummer that fails its checksum.

## Split rule

Every list of phrasings (chat, public, agent, e-mail body, clean, bare answers per language
group), every wrapper list (subjects, greetings, closings, fillers, signature lines, quote headers,
quoted bodies, pasted confirmations and their lead-ins) and every pool of names, agent names,
streets, cities, brands, SSIDs and hashtags is dealt alternately (index even -> dev, odd -> heldout).
So no template, frame, name, street or brand occurs in both halves. Values are drawn per message.

## Labelling conventions

- Spans cover the value only, never the cue word; every occurrence is labelled (also an old and a
  new password, a wrong and a corrected PIN, a value echoed by an agent).
- Door, gate/barrier, key-safe, locker, alarm and bike-lock codes are `pin` (door codes may carry a
  leading `*` or trailing `#`, which is part of the typed value). Membership and loyalty card
  numbers are `customer_number`. Belgian national register numbers are labelled `bsn`.
- Spelled-out codes ("quatre six deux un") are one span over the whole spelled sequence.
- An address is one span from street to city, also across the lines of a signature; a city alone is
  not labelled. US addresses include state and ZIP.
- Booking references are `order_number`, voucher/promo codes `product_code`, event ticket IDs and
  support case numbers `ticket_number`, service numbers of the company `company_phone`, masked card /
  IBAN / phone / e-mail values `masked_value`, mileage and kWh readings `meter_reading`.
- Not labelled: personal names, agent names, SSIDs, brand names, macro placeholders such as
  `{{code}}`, cities and countries alone.

## Known limitations

- Template-based: within a half, a phrasing recurs with different values and personas.
- Typos are injected only into literal text (cue words), never into the values; upper/lower-casing
  is likewise applied to literal text only.
- Few multi-turn transcripts; conversation context is represented by quoted e-mail history only.
- nl-be messages draw 40 % of their phrasings from the standard Dutch lists (same half).
- The value shapes are plausible, not sampled from real systems.
"""


def table(title, rows):
    out = ["", "### " + title, "", "| item | dev | heldout |", "|---|---:|---:|"]
    for row in rows:
        out.append("| %s | %s | %s |" % row)
    return "\n".join(out)


def write_readme(sd, sh):
    parts = [README_HEAD, "## Counts per half"]
    parts.append(table("Messages", [
        ("messages", sd["n"], sh["n"]), ("without spans", sd["nospan"], sh["nospan"]),
        ("with a high-risk span", sd["high"], sh["high"]), ("with a hard negative", sd["neg"], sh["neg"]),
        ("e-mails 500-2000 chars", sum(500 <= x <= 2000 for x in sd["email_len"]), sum(500 <= x <= 2000 for x in sh["email_len"]))]))
    parts.append(table("Spans per type (count / distinct phrasings carrying the type)", [
        (t, "%d / %d" % (sd["types"][t], len(sd["phr"][t])), "%d / %d" % (sh["types"][t], len(sh["phr"][t])))
        for t in core.SPAN_TYPES]))
    parts.append(table("Negatives per kind", [(k, sd["negk"][k], sh["negk"][k]) for k in core.NEG_KINDS]))
    chs = ["whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment", "x_dm", "x_public",
           "facebook_comment", "email", "agent_reply"]
    parts.append(table("Channels", [(c, sd["ch"][c], sh["ch"][c]) for c in chs]))
    parts.append(table("Languages", [(l, sd["lang"][l], sh["lang"][l]) for l, _ in LANGS]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261237)
    a = ap.parse_args()
    allst = []
    for half, name in enumerate(["dev", "heldout"]):
        recs, srcs = make_half(a.seed, half)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        allst.append(stats(recs, srcs))
    write_readme(*allst)
    print("dev %d heldout %d" % (allst[0]["n"], allst[1]["n"]))


if __name__ == "__main__":
    main()
