#!/usr/bin/env python3
"""Blind labelled webcare corpus blind46: older customers, dictated / typed with difficulty.

Usage: python3 generate_blind.py --seed 20261244   (run inside this directory)
Writes dev.jsonl, heldout.jsonl and README.md. Standard library only.
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
from pools import P, MODELS  # noqa: E402
from templates_nl import NL, BE  # noqa: E402
from templates_fr_en import FR, EN, GB, US  # noqa: E402
from wrappers import WRAP, MISC  # noqa: E402

PREFIX = "b46"
N_PER_HALF = 950
LANGS = [("nl", "nl", "nl", 2), ("nl-be", "be", "be", 1), ("fr-be", "fr", "fr", 1), ("en-gb", "en", "gb", 1), ("en-us", "en", "us", 1)]
CHAT_CH = ["whatsapp", "whatsapp", "messenger", "x_dm", "instagram_dm", "telegram", "messenger", "whatsapp"]
VOICE_CH = ["whatsapp", "whatsapp", "messenger", "telegram", "instagram_dm"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment", "facebook_comment"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SLOT = re.compile(r"\{([a-z_]+?)(\d*)\}")
NO_CASE = {"password", "username", "wifi_key", "api_key", "token"}


PARITY = {"nl": 0, "be": 1, "fr": 0, "en": 1, "gb": 0, "us": 1}


def deal(lst, half, offset=0):
    """Alternate dealing; offset flips which half gets index 0 (per language key, so that a value type
    written at the same position in every language still lands in both halves)."""
    return [x for i, x in enumerate(lst) if (i + offset) % 2 == half]


def build_groups(half):
    """Returns {tkey: [(group_name, mode, [(tid, template)])]} for the half."""
    src = {"nl": dict(NL), "be": dict(BE), "fr": dict(FR), "en": dict(EN), "gb": dict(GB), "us": dict(US)}
    for k, (mode, lst) in MISC.items():
        src[k]["misc"] = (mode, lst)
    out = {}
    for tkey, groups in src.items():
        out[tkey] = []
        for g, (mode, lst) in groups.items():
            assert len(lst) >= 2, (tkey, g)
            items = [(f"{tkey}/{g}/{i}", t) for i, t in enumerate(lst)]
            out[tkey].append((g, mode, deal(items, half, PARITY[tkey])))
    return out


def build_wrap(half):
    return {k: {part: deal(lst, half, PARITY[k]) for part, lst in d.items()} for k, d in WRAP.items()}


def build_pools(half):
    out = {}
    for loc, d in P.items():
        out[loc] = {k: deal(v, half) for k, v in d.items()}
        out[loc]["model"] = deal(MODELS, half)
        out[loc]["last"] = [x.replace("_", " ") for x in out[loc]["last"]]
    return out


class Ctx:
    def __init__(self, rng, lang, loc, pools):
        self.rng, self.lang, self.loc, self._pools = rng, lang, loc, pools
        self.voice = False
        self.cache = {}
        self.person = (rng.choice(pools["first"]), rng.choice(pools["last"]))

    def pool(self, key):
        return self._pools[key]


def fill(tpl, ctx, tid, voice):
    """Return list of pieces (text, label, canon, is_literal)."""
    ctx.voice = voice
    pieces = []
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            pieces.append((tpl[pos:m.start()], None, None, True))
        base, suf = m.group(1), m.group(2)
        key = base + suf
        if key in ctx.cache:
            val = ctx.cache[key]
        else:
            if base == "first" and suf:
                val = (ctx.rng.choice(ctx.pool("first")), None, None)
            elif base == "brandname":
                val = (ctx.rng.choice(ctx.pool(ctx.rng.choice(["bank", "insurer", "telco", "pension", "pharmacy"]))), None, None)
            elif base == "name" and suf:
                val = (f"{ctx.rng.choice(ctx.pool('first'))} {ctx.person[1]}", None, None)
            else:
                if base not in V.GEN:
                    raise KeyError(f"unknown slot {base} in {tid}")
                val = V.GEN[base](ctx)
            ctx.cache[key] = val
        pieces.append((val[0], val[1], val[2], False))
        pos = m.end()
    if pos < len(tpl):
        pieces.append((tpl[pos:], None, None, True))
    return pieces


def typo_word(w, rng):
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 3)
    op = rng.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def add_typos(pieces, rng, n):
    idx = [i for i, p in enumerate(pieces) if p[3] and re.search(r"[A-Za-zÀ-ÿ]{4,}", p[0])]
    for _ in range(n):
        if not idx:
            return pieces
        i = rng.choice(idx)
        t = pieces[i][0]
        words = list(re.finditer(r"[A-Za-zÀ-ÿ]{4,}", t))
        if not words:
            continue
        w = rng.choice(words)
        t = t[:w.start()] + typo_word(w.group(0), rng) + t[w.end():]
        pieces[i] = (t, None, None, True)
    return pieces


def transform_case(pieces, mode):
    out = []
    for t, lab, canon, lit in pieces:
        if mode == "upper" and (lit or (lab and lab[1] not in NO_CASE)):
            t = t.upper()
        elif mode == "lower" and lit:
            t = t.lower()
        out.append((t, lab, canon, lit))
    return out


def join(pieces):
    text = []
    spans, negs = [], []
    pos = 0
    for t, lab, canon, lit in pieces:
        if lab:
            rec = {"start": pos, "end": pos + len(t)}
            if lab[0] == "s":
                rec = {"type": lab[1], **rec}
                spans.append((rec, canon))
            else:
                negs.append({"kind": lab[1], **rec})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs


def email_pieces(body_pieces, ctx, wrap, rng, tidset):
    P_ = lambda s: [(s, None, None, True)]
    parts = []
    if rng.random() < 0.15:
        parts += fill(rng.choice(wrap["fwd"]), ctx, "fwd", False) + P_("\n")
    if rng.random() < 0.3:
        subj = {"nl": "Onderwerp: ", "be": "Onderwerp: ", "fr": "Objet : ", "en": "Subject: "}[ctx.tkey]
        subj += rng.choice({"nl": ["mijn pas", "vraag", "AOW", "recept", "adreswijziging", "klacht"],
                            "be": ["kaart", "vraag", "pensioen", "terugbetaling", "klacht"],
                            "fr": ["ma carte", "question", "pension", "remboursement", "réclamation"],
                            "en": ["my card", "query", "pension", "prescription", "change of address", "complaint"]}[ctx.tkey])
        parts += P_(subj + "\n\n")
    parts += P_(rng.choice(wrap["greet"]) + "\n\n")
    parts += body_pieces
    if rng.random() < 0.9:
        for ex in rng.sample(wrap["extra"], rng.choice([1, 2, 2])):
            parts += P_("\n\n") + fill(ex, ctx, "extra", False)
    parts += P_("\n\n" + rng.choice(wrap["close"]) + "\n")
    parts += fill(rng.choice(wrap["sig"]), ctx, "sig", False)
    if rng.random() < 0.55:
        parts += P_("\n\n" + rng.choice(wrap["discl"]))
    if rng.random() < 0.85:
        parts += P_("\n\n") + fill(rng.choice(wrap["quote"]), ctx, "quote", False)
    return parts


def make_message(rng, half, i, groups, wraps, pools):
    lang, tkey, loc, _ = rng.choices(LANGS, weights=[w for *_, w in LANGS])[0]
    cands = list(groups[tkey])
    if loc in ("gb", "us"):
        cands += groups[loc]
    gname, mode, items = rng.choice(cands)
    tid, tpl = rng.choice(items)
    ctx = Ctx(rng, lang, loc, pools[loc])
    ctx.tkey = tkey
    voice = tpl.startswith("V|")
    if voice:
        tpl = tpl[2:]
    body = fill(tpl, ctx, tid, voice)
    if mode != "agent" and not voice:
        r = rng.random()
        if r < 0.07:
            body = transform_case(body, "upper")
        elif r < 0.17:
            body = transform_case(body, "lower")
    if mode != "agent" and rng.random() < 0.4:
        body = add_typos(body, rng, rng.choice([1, 1, 2, 3]))
    if mode == "public":
        channel = rng.choice(PUBLIC_CH)
    elif mode == "agent":
        channel = "agent_reply"
    elif mode == "email" or (mode == "chat" and rng.random() < (0.2 if voice else 0.3)):
        channel = "email"
    else:
        channel = rng.choice(VOICE_CH if voice else CHAT_CH)
    if channel == "email":
        pieces = email_pieces(body, ctx, wraps[tkey], rng, None)
    else:
        pieces = body
    text, spans, negs = join(pieces)
    return {
        "id": f"{PREFIX}-{'dev' if half == 0 else 'heldout'}-{i:05d}",
        "channel": channel, "lang": lang, "visibility": "public" if channel in PUBLIC else "private",
        "text": text, "spans": spans, "negatives": negs, "_tid": tid, "_voice": voice,
    }


def check(msg):
    text = msg["text"]
    allr = []
    for rec, canon in msg["spans"]:
        allr.append((rec["start"], rec["end"], rec["type"]))
        v = text[rec["start"]:rec["end"]]
        t = rec["type"]
        if t in ("card", "iban", "bsn"):
            dec = V.decode_spoken(v)
            assert dec is not None and canon is not None and dec == canon.upper(), (msg["id"], t, v, dec, canon)
            if t == "card":
                assert V.luhn_ok(canon), (msg["id"], v)
            elif t == "iban":
                assert V.iban_ok(canon), (msg["id"], v)
            else:
                assert V.bsn_ok(canon) if len(canon) == 9 else V.rrn_ok(canon), (msg["id"], v)
    for n in msg["negatives"]:
        allr.append((n["start"], n["end"], n["kind"]))
    for s, e, k in allr:
        assert 0 <= s < e <= len(text), (msg["id"], k, s, e)
        seg = text[s:e]
        assert seg == seg.strip(), (msg["id"], k, repr(seg))
        if k not in ("password", "wifi_key", "token", "api_key"):
            assert seg[-1] not in ",;:" and seg[0] not in ",;:", (msg["id"], k, repr(seg))
    allr.sort()
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (msg["id"], "overlap", a, b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261244)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(args.seed * 2 + half)
        groups, wraps, pools = build_groups(half), build_wrap(half), build_pools(half)
        msgs = [make_message(rng, half, i, groups, wraps, pools) for i in range(N_PER_HALF)]
        st = dict(spans=collections.Counter(), tpl=collections.defaultdict(set), negs=collections.Counter(),
                  ch=collections.Counter(), lang=collections.Counter(), n=len(msgs), voice=0, tids=set(),
                  email_len=[])
        with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                check(m)
                tid = m.pop("_tid")
                st["voice"] += m.pop("_voice")
                st["tids"].add(tid)
                m["spans"] = [rec for rec, _ in m["spans"]]
                for s in m["spans"]:
                    st["spans"][s["type"]] += 1
                    st["tpl"][s["type"]].add(tid)
                for n in m["negatives"]:
                    st["negs"][n["kind"]] += 1
                st["ch"][m["channel"]] += 1
                st["lang"][m["lang"]] += 1
                if m["channel"] == "email":
                    st["email_len"].append(len(m["text"].encode("utf-8")))
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[name] = st
    dev_t, held_t = stats["dev"]["tids"], stats["heldout"]["tids"]
    assert not (dev_t & held_t), "template shared between halves"
    write_readme(here, args.seed, stats)
    for name, st in stats.items():
        print(name, st["n"], "messages,", sum(st["spans"].values()), "spans,", sum(st["negs"].values()), "negatives")


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(here, seed, stats):
    d, h = stats["dev"], stats["heldout"]
    types = sorted(set(d["spans"]) | set(h["spans"]))
    kinds = sorted(set(d["negs"]) | set(h["negs"]))
    chans = sorted(set(d["ch"]) | set(h["ch"]))
    langs = sorted(set(d["lang"]) | set(h["lang"]))
    el = lambda s: (f"{sum(s['email_len']) // max(1, len(s['email_len']))} B mean, "
                    f"{sum(1 for x in s['email_len'] if 500 <= x <= 2000)}/{len(s['email_len'])} in 0.5–2 KB")
    txt = f"""# Scrub corpus blind46 — older customers, dictated and typed with difficulty

Written blind: the author did not open, read, grep, list or run anything under `functions/`, `tests/unit/`,
`bench/`, `docs/`, `infra/`, any other corpus, scorer or generator under `tests/scrub_corpus/`, nor the git
history. No scrubber or scorer was run. Values and phrasing come from public knowledge of how platforms format
messages and how people write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Older customers and people who dictate or type with difficulty: speech-to-text messages (no punctuation,
spoken "komma"/"punt"/"comma"/"virgule"/"question mark", numbers as words or half as words, "double five",
e-mail addresses as "jan punt jansen apenstaartje ziggo punt nl" / "at sign" / "arobase", misheard
"hot mail"/"g mail"), run-on sentences, caps lock, grandchildren and neighbours typing on someone's behalf.
Pension funds, health insurers and mutualities, pharmacies, GP and hospital portals, phone banking and card
readers, landlines with care alarms, senior transport passes. Many harmless numbers around the PII: ages,
amounts, appointment dates and times, medicine doses, prescription references, the company's own phone numbers.

## Generation

    python3 generate_blind.py --seed {seed}

Modules: `values.py` (value generators, number words nl/en/fr, checksums), `pools.py` (fillers per locale),
`templates_nl.py`, `templates_fr_en.py` (templates per language and situation), `wrappers.py` (e-mail
greetings/closings/signatures/quoted history/forwards/disclaimers and misc groups).

## Split rule

Templates are written in groups (language key x situation). Each group's members are dealt alternately: even
index to dev, odd to heldout; so are all e-mail wrapper parts and every filler pool (names, streets, cities,
brands, agents, mentions, URLs, hashtags, company phones, model numbers, SSIDs). Each half uses its own
`random.Random(seed * 2 + half)`. The generator asserts that no template id occurs in both halves.
Typos, caps lock and lower-casing are applied only to literal text (caps lock also upper-cases case-insensitive
values such as e-mails and addresses, never passwords, usernames, keys or tokens).

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue; spoken values are labelled as spoken ("zes twaalf vierendertig ...",
  "jan dot peeters at sign telenet dot be"), including internal words like "double" or spoken "dot"/"at".
- Every occurrence is labelled, also when a quoted history or an agent repeats it.
- Belgian national register numbers and Dutch BSNs are `bsn`. UK National Insurance and NHS numbers and US
  Medicare numbers are labelled `customer_number` (no dedicated type; they identify the person to the organisation).
- Transit passes (OV-chipkaart, MOBIB, Freedom Pass, senior cards) are `customer_number`, not `card`.
- Policy numbers (insurance, pension) and EAN connection codes are `customer_number`; prescription references
  are negatives of kind `order_number` (they identify a prescription, not the person).
- Ages, medicine doses and counts ("3 keer", "20 minutes") are negatives of kind `quantity`.
- The company's own service numbers (also in quoted agent text) are `company_phone` negatives; a customer's
  landline is `phone`.
- Door, key-safe and SIM codes are `pin`; the SIM PUK is `puk`; DigiD/itsme/SMS codes are `otp`.
- Router admin passwords are `password`; a public IP of the customer's line is `ip_address`; ports are negatives.
- Dictated dates of appointments are `date` negatives, dictated birth dates `date_of_birth` spans.
- Names, cities on their own, SSIDs and agent names are not labelled.

## Known limitations

- Template variety per group is small (3–7); the variety comes from value renderings, wrappers, typos and casing.
- Spoken checksum values (card, IBAN, BSN) are only dictated digit by digit or in digit groups so that the
  self-check can decode them; phones, PINs and customer numbers are also dictated in pairs ("twaalf vierendertig").
- Voice templates keep standard spelling of the literal words (real STT mishears more).
- Technical secrets (API keys, tokens) are rare, fitting the emphasis.
- Literal numbers inside template words such as "65+" are not marked as negatives.

## Counts

| | dev | heldout |
|---|---|---|
| messages | {d['n']} | {h['n']} |
| dictated (voice) messages | {d['voice']} | {h['voice']} |
| distinct templates | {len(d['tids'])} | {len(h['tids'])} |
| e-mail size | {el(d)} | {el(h)} |

### Spans per type (count / distinct templates)

{table([(t, f"{d['spans'][t]} / {len(d['tpl'][t])}", f"{h['spans'][t]} / {len(h['tpl'][t])}") for t in types], ["type", "dev", "heldout"])}

### Negatives per kind

{table([(k, d['negs'][k], h['negs'][k]) for k in kinds], ["kind", "dev", "heldout"])}

### Channels

{table([(c, d['ch'][c], h['ch'][c]) for c in chans], ["channel", "dev", "heldout"])}

### Languages

{table([(l, d['lang'][l], h['lang'][l]) for l in langs], ["lang", "dev", "heldout"])}
"""
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
