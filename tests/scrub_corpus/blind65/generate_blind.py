#!/usr/bin/env python3
"""Blind labelled webcare corpus blind65 (subscriptions, streaming, shared household accounts).

Usage: python3 generate_blind.py --seed 20261263
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import random  # noqa: E402

import values as V  # noqa: E402
import pools as P  # noqa: E402
import tpl_nl  # noqa: E402
import tpl_fr  # noqa: E402
import tpl_en  # noqa: E402
import wrappers as W  # noqa: E402

PREFIX = "b65"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

TEMPLATES = {"nl": tpl_nl.NL, "nl-be": tpl_nl.BE, "fr-be": tpl_fr.FR, "en": tpl_en.EN}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 30), ("agent_reply", 12), ("x_public", 8), ("facebook_comment", 6), ("instagram_comment", 4),
            ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 14), ("telegram", 4)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

PH = re.compile(r"\{([a-z_]+)(?::([a-z0-9]+))?(?:#(\w+))?\}")
FILLERS = {"first", "last", "name", "myname", "mylast", "other", "city", "brand", "agent", "initials", "device", "ssid", "profile"}


def lgroup(lang):
    return "en" if lang.startswith("en") else lang


def expand(s, rng):
    out, i = [], 0
    while i < len(s):
        if s.startswith("{~", i):
            depth, j, parts, start = 0, i + 2, [], i + 2
            while True:
                c = s[j]
                if c == "{":
                    depth += 1
                elif c == "}":
                    if depth == 0:
                        parts.append(s[start:j])
                        break
                    depth -= 1
                elif c == "|" and depth == 0:
                    parts.append(s[start:j])
                    start = j + 1
                j += 1
            out.append(expand(rng.choice(parts), rng))
            i = j + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def typo(seg, rng):
    ws = list(WORD.finditer(seg))
    if not ws:
        return seg
    m = rng.choice(ws)
    w = m.group(0)
    k = rng.randint(1, len(w) - 2)
    op = rng.choice(["swap", "drop", "double", "lower"])
    if op == "swap":
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == "drop":
        nw = w[:k] + w[k + 1:]
    elif op == "double":
        nw = w[:k] + w[k] + w[k:]
    else:
        nw = w.lower() if w != w.lower() else w[:k] + w[k + 1:]
    return seg[:m.start()] + nw + seg[m.end():]


def filler(name, ctx, rng):
    p, pl = ctx["persona"], ctx["pools"]
    lk = ctx["lang"]
    if name == "myname":
        return p["first"]
    if name == "mylast":
        return p["last"]
    if name == "name":
        return p["first"] + " " + p["last"]
    if name == "first" or name == "other":
        return rng.choice(pl["first"][lk])
    if name == "last":
        return rng.choice(pl["last"][lk])
    if name == "city":
        c = rng.choice({"nl": pl["city_nl"], "nl-be": pl["city_be"], "fr-be": pl["city_be"], "en-gb": pl["city_uk"],
                        "en-us": [c for c, _ in pl["city_us"]]}[lk])
        return c
    if name == "brand":
        return ctx["brand"]
    if name == "agent":
        return ctx["agent"]
    if name == "initials":
        return rng.choice(pl["initials"])
    if name == "device":
        return rng.choice(pl["devices"])
    if name == "ssid":
        return rng.choice(pl["ssids"])
    if name == "profile":
        return rng.choice(pl["profiles"])
    raise KeyError(name)


def render(tpl, ctx, rng, typo_rate):
    s = expand(tpl, rng)
    text, spans, negs, cache = [], [], [], {}
    pos, last = 0, 0
    for m in PH.finditer(s):
        lit = s[last:m.start()]
        if lit and rng.random() < typo_rate:
            lit = typo(lit, rng)
        text.append(lit)
        pos += len(lit)
        name, variant, tag = m.group(1), m.group(2), m.group(3)
        key = m.group(0)
        if name in FILLERS:
            if key not in cache:
                cache[key] = filler(name, ctx, rng)
            val = cache[key]
        else:
            cat, label, fn = V.GEN[name]
            if key not in cache:
                cache[key] = fn(rng, ctx, variant)
            val = cache[key]
            (spans if cat == "span" else negs).append(({"type": label} if cat == "span" else {"kind": label}) | {"start": pos, "end": pos + len(val)})
        text.append(val)
        pos += len(val)
        last = m.end()
    lit = s[last:]
    if lit and rng.random() < typo_rate:
        lit = typo(lit, rng)
    text.append(lit)
    return "".join(text), spans, negs


def check(rec):
    t = rec["text"]
    allr = [(s["start"], s["end"], "S:" + s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "N:" + n["kind"]) for n in rec["negatives"]]
    for a, b, lab in allr:
        assert 0 <= a < b <= len(t), (rec["id"], lab)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], lab, v)
    allr.sort()
    for (a1, b1, l1), (a2, b2, l2) in zip(allr, allr[1:]):
        assert b1 <= a2, ("overlap", rec["id"], l1, l2, t[a1:b1], t[a2:b2])
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


def wchoice(rng, pairs):
    return rng.choices([a for a, _ in pairs], weights=[w for _, w in pairs])[0]


def build_email(lg, body, rng, wr):
    parts = []
    fwd = rng.random() < .15
    if fwd:
        parts.append(rng.choice(wr["forward"]))
    parts.append(rng.choice(wr["greet"]))
    ex = rng.sample(wr["extra"], rng.choice([1, 1, 2]))
    if rng.random() < .5:
        parts.append(ex.pop())
    parts.append(body)
    parts.extend(ex)
    parts.append(rng.choice(wr["close"]) + "\n" + rng.choice(wr["sig"]))
    if rng.random() < .45:
        parts.append(rng.choice(wr["disclaimer"]))
    if not fwd and rng.random() < .6:
        parts.append(rng.choice(wr["quote"]))
    return "\n\n".join(parts)


def make_half(seed, half):
    rng = random.Random(seed * 2 + half)
    pl = P.pools_for(half)
    tpls = {}
    for lg, d in TEMPLATES.items():
        tpls[lg] = {}
        for cls in ("pub", "dm", "mail", "agent"):
            base = [(f"{cls}/{i}", t) for i, t in enumerate(d[cls])][half::2]
            extra = [(f"{cls}_x/{i}", t) for i, t in enumerate(d.get(cls + "_x", []))][half::2]
            tpls[lg][cls] = base + extra
    wraps = {lg: {k: v[half::2] for k, v in d.items()} for lg, d in W.WRAP.items()}
    split = "dev" if half == 0 else "heldout"
    out = []
    for n in range(N_PER_HALF):
        lang = wchoice(rng, LANGS)
        ch = wchoice(rng, CHANNELS)
        lg = lgroup(lang)
        cls = "mail" if ch == "email" else "agent" if ch == "agent_reply" else "pub" if ch in PUBLIC else "dm"
        idx, tpl = rng.choice(tpls[lg][cls])
        tid = f"{lg}/{idx}"
        if cls == "mail":
            tpl = build_email(lg, tpl, rng, wraps[lg])
        brand = rng.choice(pl["brands"])
        slug = re.sub(r"[^a-z0-9]", "", brand.lower().replace("é", "e"))
        ctx = {"lang": lang, "pools": pl, "brand": brand, "brand_slug": slug,
               "brand_handle": re.sub(r"[^A-Za-z0-9]", "", brand.replace("é", "e")),
               "agent": rng.choice(pl["agents"]),
               "persona": {"first": rng.choice(pl["first"][lang]), "last": rng.choice(pl["last"][lang])}}
        typo_rate = 0.25 if rng.random() < .35 else 0.0
        text, spans, negs = render(tpl, ctx, rng, typo_rate)
        rec = {"id": f"{PREFIX}-{split}-{n:05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        rec["_tid"] = tid
        out.append(rec)
    return out


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counter.items())]
    return "\n".join(rows)


def stats(recs):
    st = {"spans": collections.Counter(), "span_tpl": collections.defaultdict(set), "negs": collections.Counter(),
          "channels": collections.Counter(), "langs": collections.Counter()}
    for r in recs:
        st["channels"][r["channel"]] += 1
        st["langs"][r["lang"]] += 1
        for s in r["spans"]:
            st["spans"][s["type"]] += 1
            st["span_tpl"][s["type"]].add(r["_tid"])
        for x in r["negatives"]:
            st["negs"][x["kind"]] += 1
    return st


def readme(seed, halves):
    L = [f"# Scrub corpus blind65: subscriptions, streaming and shared household accounts", "",
         "This corpus was **written blind**: its author did not open, list, grep or run anything under `functions/`, "
         "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other corpus, scorer or generator under `tests/scrub_corpus/`, "
         "and did not read git history. It was written from public knowledge of how platforms format messages and how people write.",
         "", "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
         "## Emphasis", "",
         "Subscriptions and streaming services and shared household accounts: family plans, account sharing between relatives and "
         "flatmates, failed renewals and payment-method changes, parental controls and profile PINs, gift subscriptions, "
         "cancellations and chargebacks, people logging in on TVs, consoles and set-top boxes. Dutch, Belgian Dutch, Belgian French, "
         "English (UK/US) and mixed-language messages.", "",
         "## Generation", "", "```", f"python3 generate_blind.py --seed {seed}", "```", "",
         "Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` (filler pools), "
         "`tpl_nl.py` / `tpl_fr.py` / `tpl_en.py` (message templates per language, grouped by channel class), `wrappers.py` "
         "(e-mail greetings, closings, signatures, disclaimers, quoted history, forward headers).", "",
         "## Split rule", "",
         "Templates are written in groups (language x channel class: public post, private chat, e-mail body, agent reply; within a "
         "group ordered by situation). Each group is dealt alternately: even index to dev, odd index to heldout. E-mail wrapper "
         "groups (greetings, closings, signatures, disclaimers, quote blocks, forward headers) and every filler pool (first/last "
         "names, streets, cities, brands, agents, agent initials, mention patterns, hashtags, devices, SSIDs, profile names) are "
         "dealt the same way, so no template, frame, greeting, signature or quote block is shared between the halves. "
         "Each half uses its own `random.Random(seed * 2 + half)`. Typos (swap/drop/double letter, lower-casing) are injected only "
         "into literal template text (cue words included), never into labelled values or negatives.", "",
         "## Labelling conventions and judgement calls", "",
         "- Spans cover the value only, never the cue word or surrounding punctuation; every occurrence is labelled, including "
         "repeats by agents and in quoted history.",
         "- Profile PINs, parental-control PINs, purchase PINs, TV/set-top-box adult-lock codes and door/keybox codes are `pin`.",
         "- Device-activation / TV pairing codes shown on screen (\"enter code ABCD-EFGH at .../activate\") are treated as one-time "
         "codes and labelled `otp`, as are verification codes sent by SMS or e-mail, including codes dictated as words.",
         "- Gift-subscription / voucher redemption codes (a bearer secret that grants value) are labelled `token`.",
         "- Set-top-box smartcard numbers, subscriber IDs, member numbers and account numbers are `customer_number`.",
         "- Private LAN IPs (192.168.x.x) of a customer's own TV or box are still labelled `ip_address`; the port after a colon "
         "is a `port` negative.",
         "- Belgian national register numbers are labelled with type `bsn` (per the brief).",
         "- The organisation's own service numbers are `company_phone` negatives; a customer's phone is `phone`.",
         "- Order, ticket/case/dispute, invoice numbers are negatives even when they look like customer numbers; chargeback "
         "dispute references are `ticket_number`.",
         "- Masked values (****1234, NL** **** **** 1234 56, j***@gmail.com, 06-****1234) are `masked_value` negatives.",
         "- Quantities cover number + unit (\"4 screens\"); amounts include the currency sign/word.",
         "- Names, cities alone, SSIDs, profile names, device names, agent initials and placeholders like `{first_name}`, `<code>`, "
         "`[CODE]` are not labelled. Company e-mail addresses are not written in the corpus.", "",
         "## Known limitations", "",
         "- Values are synthetic: random digits in realistic formats; check digits are valid where the brief requires it "
         "(Luhn, mod-97, 11-proof, Belgian RRN) but bank codes, area codes and postcodes are only plausible.",
         "- Typos are simple letter-level edits; no phonetic misspellings of values.",
         "- Language mixing is template-driven; `lang` records the dominant language.",
         "- Brands are mostly fictional; some templates are thin on certain types (see counts).", ""]
    for name, recs in halves:
        st = stats(recs)
        L += [f"## Counts: {name}", "", f"Messages: {len(recs)}", "", "| span type | count | distinct templates |", "|---|---|---|"]
        L += [f"| {k} | {v} | {len(st['span_tpl'][k])} |" for k, v in sorted(st["spans"].items())]
        L += ["", table(st["negs"], "negative kind"), "", table(st["channels"], "channel"), "", table(st["langs"], "lang"), ""]
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = []
    for half, name in ((0, "dev"), (1, "heldout")):
        recs = make_half(a.seed, half)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({k: v for k, v in r.items() if k != "_tid"}, ensure_ascii=False) + "\n")
        halves.append((name, recs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    for name, recs in halves:
        print(name, len(recs), "messages", sum(len(r["spans"]) for r in recs), "spans", sum(len(r["negatives"]) for r in recs), "negatives")


if __name__ == "__main__":
    main()
