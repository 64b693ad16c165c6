#!/usr/bin/env python3
"""Seeded generator for blind webcare scrub corpus blind134 (stdlib only).

Usage: python3 generate_blind.py --seed 20261334
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import frames
import pools
import tpl_be
import tpl_en
import tpl_nl
import values

PREFIX = "b134"
DIR = "blind134"
N_PER_HALF = 950
EMPHASIS = ("parcel lockers and pick-up points, cinemas and theatres, breweries and wine shops, car dealers and garages "
            "(servicing, MOT/APK, tyres), student housing and landlords, toy shops and kids' clubs")

LANGS = ["nl", "nl", "nl-be", "fr-be", "en-gb", "en-us"]
CHANNELS = [("email", 30), ("agent_reply", 12), ("whatsapp", 10), ("messenger", 8), ("x_dm", 7), ("x_public", 8),
            ("facebook_comment", 7), ("instagram_comment", 6), ("instagram_dm", 6), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
FRAMEKEY = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en-gb": "en", "en-us": "en"}

PAT = re.compile(r"\{([tnf]):([a-z_]+)(?:\.([a-z0-9_]+))?(?::(\w+))?\}")


# ------------------------------------------------------------------ template registry + split
def build_registry():
    """Return list of groups: (group_key, [templates]). Group key = (lang, kind, situation)."""
    groups = []
    for sit, lst in tpl_nl.CUST.items():
        groups.append((("nl", "cust", sit), lst))
    groups.append((("nl", "agent", "agent"), tpl_nl.AGENT))
    for sit, lst in tpl_be.CUST_NLBE.items():
        groups.append((("nl-be", "cust", sit), lst))
    for sit, lst in tpl_be.CUST_FRBE.items():
        groups.append((("fr-be", "cust", sit), lst))
    groups.append((("nl-be", "agent", "agent"), tpl_be.AGENT_NLBE))
    groups.append((("fr-be", "agent", "agent"), tpl_be.AGENT_FRBE))
    for sit, lst in tpl_en.CUST_EN.items():
        groups.append((("en", "cust", sit), lst))
    for sit, lst in tpl_en.CUST_GB.items():
        groups.append((("en-gb", "cust", sit), lst))
    for sit, lst in tpl_en.CUST_US.items():
        groups.append((("en-us", "cust", sit), lst))
    groups.append((("en", "agent", "agent"), tpl_en.AGENT_EN))
    for name in ["GREET", "SIGNOFF", "SIG", "QUOTE_HDR", "FWD_HDR", "DISCLAIMER", "SUBJECT", "COMPANY_SIG", "REPEAT"]:
        for fk, lst in getattr(frames, name).items():
            groups.append(((fk, "frame", name), lst))
    for ch, lst in frames.CHAT_PREFIX.items():
        groups.append((("any", "frame", "CHAT_" + ch), lst))
    return groups


def balanced_order(groups):
    """Deterministically reorder each group so that alternate dealing balances span types across halves.

    Greedy: keep global per-type counts for bin 0 (dev) and bin 1 (heldout); within a group place templates with
    the rarest types first into the bin that has fewer of them (bin sizes ceil(n/2) / floor(n/2)), then interleave
    bin0[0], bin1[0], bin0[1], ... so that even index -> dev, odd index -> heldout still holds.
    """
    glob = [Counter(), Counter()]
    total = Counter()
    for _, lst in groups:
        for t in lst:
            total.update(m.group(2) for m in PAT.finditer(t))
    out = []
    for key, lst in groups:
        n = len(lst)
        cap = [(n + 1) // 2, n // 2]
        bins = [[], []]
        feats = [[m.group(2) for m in PAT.finditer(t) if m.group(1) in "tn"] for t in lst]
        order = sorted(range(n), key=lambda i: (min([total[f] for f in feats[i]] or [10 ** 6]), i))
        for i in order:
            def score(b):
                return sum((glob[b][f] - glob[1 - b][f]) / total[f] for f in set(feats[i]))
            cand = [b for b in (0, 1) if len(bins[b]) < cap[b]]
            b = min(cand, key=lambda b: (score(b), len(bins[b]) - cap[b], b))
            bins[b].append(i)
            glob[b].update(set(feats[i]))
        bins[0].sort()
        bins[1].sort()
        new = []
        for j in range(cap[0]):
            new.append(lst[bins[0][j]])
            if j < len(bins[1]):
                new.append(lst[bins[1][j]])
        out.append((key, new))
    return out


def deal_templates(half):
    out = {}
    for key, lst in balanced_order(build_registry()):
        if len(lst) < 2:
            raise SystemExit(f"group {key} has fewer than 2 members; cannot deal")
        out[key] = [(f"{'/'.join(key)}/{i}", t) for i, t in enumerate(lst) if i % 2 == half]
    return out


# ------------------------------------------------------------------ rendering
class Ctx:
    def __init__(self, rng, lang, P, sector):
        self.rng, self.lang, self.pools, self.sector = rng, lang, P, sector
        self.memo = {}
        fk, lk = pools.NAMEKEYS[lang]
        self.memo_name = (rng.choice(P[fk]), rng.choice(P[lk]))
        self.mention = None
        self.agent = rng.choice(P[pools.AGENTKEY[lang]])
        self.brand = rng.choice(P[pools.SECTOR_BRAND.get(sector, "brand_generic")])


def fill(ctx, name):
    P, rng = ctx.pools, ctx.rng
    if name == "name":
        return ctx.memo_name[0]
    if name == "last":
        return ctx.memo_name[1]
    if name == "full":
        return f"{ctx.memo_name[0]} {ctx.memo_name[1]}"
    if name == "agent":
        return ctx.agent
    if name == "brand":
        return ctx.brand
    if name == "city":
        return rng.choice(P[pools.CITYKEY[ctx.lang]])
    key = {"locker": "lockers", "film": "films", "play": "plays", "club": "clubs", "plate": "plates", "ssid": "ssids"}[name]
    return rng.choice(P[key])


def render(tpl, ctx, tid, used):
    """Render template into segments: (text, cat, label) with cat in lit/span/neg."""
    segs, pos = [], 0
    for m in PAT.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "lit", None))
        cat, name, var, key = m.groups()
        if cat == "f":
            segs.append((fill(ctx, name), "fill", None))
        elif cat == "t":
            mk = (name, var, key)
            if key and mk in ctx.memo:
                val = ctx.memo[mk]
            else:
                val = values.SPAN_GEN[name](ctx, var)
                if key:
                    ctx.memo[mk] = val
            segs.append((val, "span", name))
            used[name].add(tid)
        else:
            segs.append((values.NEG_GEN[name](ctx, var), "neg", name))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "lit", None))
    return segs


def lit(s):
    return [(s, "lit", None)]


def quote(segs):
    out = [("> ", "lit", None)]
    for t, c, l in segs:
        if c in ("lit", "fill"):
            out.append((t.replace("\n", "\n> "), c, l))
        else:
            assert "\n" not in t
            out.append((t, c, l))
    return out


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(segs, rng, n):
    idx = [i for i, (t, c, l) in enumerate(segs) if c == "lit" and WORD.search(t)]
    for _ in range(n):
        if not idx:
            return segs
        i = rng.choice(idx)
        t = segs[i][0]
        words = list(WORD.finditer(t))
        if not words:
            continue
        w = rng.choice(words)
        s = w.group()
        k = rng.randrange(1, len(s) - 1)
        op = rng.random()
        if op < .4:
            ns = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        elif op < .7:
            ns = s[:k] + s[k + 1:]
        elif op < .85:
            ns = s[:k] + s[k] + s[k:]
        else:
            ns = s.lower() if s[0].isupper() else s
            ns = ns[:k] + ns[k:].upper() if rng.random() < .3 else ns
        segs[i] = (t[:w.start()] + ns + t[w.end():], "lit", None)
    return segs


def assemble(segs):
    text, spans, negs = "", [], []
    for t, c, l in segs:
        st = len(text)
        text += t
        if c == "span":
            spans.append({"type": l, "start": st, "end": len(text)})
        elif c == "neg":
            negs.append({"kind": l, "start": st, "end": len(text)})
    return text, spans, negs


# ------------------------------------------------------------------ message builder
def make_message(rng, T, P, half, idx, used_tpl, split):
    lang = rng.choice(LANGS)
    ch = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
    fk = FRAMEKEY[lang]
    tlang_keys = [fk] + ([lang] if lang in ("en-gb", "en-us") else [])
    cust_groups = [k for k in T if k[0] in tlang_keys and k[1] == "cust"]
    gk = rng.choice(cust_groups)
    sector = gk[2]
    ctx = Ctx(rng, lang, P, sector if sector != "account" else "generic")
    used = defaultdict(set)

    seen = set()

    def pick(key):
        opts = [x for x in T[key] if x[0] not in seen] or T[key]
        tid, t = rng.choice(opts)
        seen.add(tid)
        return tid, t

    def body_one(sector_key=None):
        k = sector_key or gk
        tid, t = pick(k)
        return render(t, ctx, tid, used)

    def frame(name, key=None):
        tid, t = pick((key or fk, "frame", name))
        return render(t, ctx, tid, used)

    segs = []
    if ch == "agent_reply":
        agent_key = (fk, "agent", "agent")
        segs = body_one(agent_key)
        if rng.random() < .35:
            handle = "@" + ctx.memo_name[0].lower() + rng.choice(["_", "", "."]) + ctx.memo_name[1].lower().replace(" ", "")[:5] + str(rng.randint(1, 99))
            segs = [(handle, "neg", "mention"), (" ", "lit", None)] + segs
        if rng.random() < .3:
            segs += lit("\n\n") + frame("COMPANY_SIG")
        if rng.random() < .2:
            prev = body_one()
            segs += lit("\n\n") + frame("QUOTE_HDR") + lit("\n") + quote(prev)
    elif ch == "email":
        parts = []
        if rng.random() < .3:
            parts += frame("SUBJECT") + lit("\n\n")
        fwd = rng.random() < .15
        if fwd:
            parts += lit(rng.choice(["FYI, zie hieronder.\n\n", "Zie onder.\n\n"] if fk.startswith("nl") else
                                    ["Voir ci-dessous.\n\n"] if fk == "fr-be" else ["See below, forwarding from my partner.\n\n"]))
            parts += frame("FWD_HDR") + lit("\n\n")
        parts += frame("GREET") + lit("\n\n") + body_one()
        for _ in range(rng.choice([0, 1, 1, 1, 2, 2])):
            other = [k for k in cust_groups if k != gk] if rng.random() < .35 else [gk]
            parts += lit(rng.choice(["\n\n", "\n\n", "\n", " ", "\n\nPS: ", "\n\n"])) + body_one(rng.choice(other))
        parts += lit("\n\n") + frame("SIGNOFF") + lit("\n") + frame("SIG")
        if rng.random() < .4:
            parts += lit("\n\n") + frame("DISCLAIMER")
        if rng.random() < .6:
            prev = body_one((fk, "agent", "agent"))
            parts += lit("\n\n") + frame("QUOTE_HDR") + lit("\n") + quote(prev)
            if rng.random() < .3:
                prev2 = body_one()
                parts += lit("\n>\n> ") + [(t.replace("\n", "\n> > "), c, l) for t, c, l in [("> ", "lit", None)] + prev2]
        segs = parts
    else:
        segs = body_one()
        if ch in PUBLIC:
            m = rng.choice(P["mentions"])
            ctx.mention = m
            segs = [(m, "neg", "mention"), (" ", "lit", None)] + segs
            if rng.random() < .55:
                segs += lit(" ") + [(rng.choice(P["hashtags"]), "neg", "hashtag")]
        elif ch in ("whatsapp", "telegram") and rng.random() < .4:
            segs = frame("CHAT_" + ch, "any") + segs
        if rng.random() < .12:
            segs += lit("\n") + body_one(rng.choice(cust_groups))
        sp = [s for s in segs if s[1] == "span"]
        if sp and rng.random() < .12:
            s = rng.choice(sp)
            segs += frame("REPEAT") + [s]
        if ch in ("x_public", "x_dm", "instagram_comment", "whatsapp") and rng.random() < .25:
            segs = [(t.lower() if c in ("lit",) else t, c, l) for t, c, l in segs]
    if rng.random() < .35:
        segs = typo(segs, rng, rng.choice([1, 1, 2, 3]))
    # merge & assemble
    text, spans, negs = assemble(segs)
    for k, v in used.items():
        used_tpl[k] |= v
    return {"id": f"{PREFIX}-{split}-{idx:05d}", "channel": ch, "lang": lang,
            "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    allr = [(s["start"], s["end"], "S") for s in rec["spans"]] + [(n["start"], n["end"], "N") for n in rec["negatives"]]
    for a, b, _ in allr:
        assert 0 <= a < b <= len(t), rec["id"]
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], v)
        assert v[-1] not in ".,;:" or v.endswith("::"), (rec["id"], v)
    allr.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(allr, allr[1:]):
        assert b1 <= a2, (rec["id"], t[a1:b1], t[a2:b2])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert values.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert values.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and values.bsn_ok(v)) or (len(d) == 11 and values.nrn_ok(v)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")


# ------------------------------------------------------------------ README
def table(title, counter, extra=None):
    lines = [f"**{title}**", "", "| key | count |" + (" templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k in sorted(counter):
        lines.append(f"| {k} | {counter[k]} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(lines) + "\n"


def readme(stats, seed):
    out = [f"# Scrub corpus {DIR} (blind, seed {seed})", "",
           "Written blind: the author did not open, read, grep, list or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, "
           "`infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), did not read git history, and did "
           "not run any scrubber or scorer. Everything here comes from public knowledge of how platforms format messages and how people write.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           f"## Emphasis\n\n{EMPHASIS}. Mixed Dutch, Belgian (Flemish and French), UK and US customers over all channels, with typos, "
           "e-mail signatures, forwarded headers, quoted history and agent replies.", "",
           f"## Generation\n\n```\ncd tests/scrub_corpus/{DIR}\npython3 generate_blind.py --seed {seed}\n```\n\n"
           "Python 3.11 standard library only. Modules: `values.py` (value generators and checksums), `pools.py` (filler pools), "
           "`tpl_nl.py`, `tpl_be.py`, `tpl_en.py` (templates per language), `frames.py` (greetings, sign-offs, signatures, quote/forward headers, "
           "disclaimers, chat prefixes).", "",
           "## Split rule\n\nTemplates are written in groups keyed by (language, kind, situation); frame pieces likewise. Each group's members are "
           "dealt alternately: even index to `dev`, odd index to `heldout`, so no template, frame, greeting, signature or quote block is shared "
           "between halves. Every filler pool (names, streets, cities, brands, agents, mentions, hashtags, URLs, model numbers, lockers, "
           "films, plates, SSIDs, password words) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. "
           "Typos are injected only into literal template text (cue words included), never into labelled values or negatives. "
           "Before dealing, each group's list is put in a fixed, deterministic order (`balanced_order`: a greedy pass that spreads rare "
           "span/negative types evenly over the two halves); dealing is still strictly by even/odd index of that ordered list.", "",
           "## Labelling conventions and judgement calls\n",
           "- Spans cover the value only, never the cue word; every occurrence is labelled (agent echoes, repeated values, quoted history).",
           "- Parcel-locker / pick-up-point / click-and-collect collection codes sent by SMS or e-mail are labelled `otp` (one-time codes). "
           "Codes dictated as words (`zeven drie een ...`, `oh four two ...`) are one `otp` span from first to last word.",
           "- Key-safe / lockbox codes (garages), building door codes, bike-shed codes, app PINs and itsme PINs are `pin`. A trailing `#` "
           "typed after a door code is left outside the span.",
           "- Google-style `G-123456` codes are labelled including the `G-` prefix.",
           "- Tenancy/contract references, loyalty cards, membership and cinema pass numbers, policy numbers and EAN connection codes are "
           "`customer_number`; booking/order references are `order_number` negatives, case/claim references `ticket_number`.",
           "- Belgian national register numbers are typed `bsn` (as the brief asks), in all common groupings.",
           "- Stripe/Mollie/Google/SendGrid/Mailchimp keys and AWS key id + secret are `api_key`; GitHub/GitLab PATs, JWT bearer, Slack, "
           "Google OAuth and hex session tokens are `token`.",
           "- Spoken or obfuscated e-mail addresses (`naam apenstaartje gmail punt com`, `x [at] y [dot] com`) are one `email` span.",
           "- A customer's public @handle in an agent reply is a `mention` negative; usernames are labelled only as login names.",
           "- Addresses include street + number (+ flat/bus/boîte) and postcode/city where written; a French-Belgian address may start with "
           "the house number. City alone is never labelled.",
           "- Only public IP addresses (v4 and v6) appear, labelled `ip_address`; no LAN gateway addresses.",
           "- Masked values (`****1234`, `NL** **** **** 1234 56`, `06-****5678`, `j***@gmail.com`) are `masked_value` negatives.",
           "- Company service numbers in agent replies/signatures are `company_phone`; KvK/BTW/ondernemingsnummer/company numbers are "
           "`company_registration`, including a KvK/BTW line in a private sender's business signature.",
           "- Mileage and kWh readings are `meter_reading`; tyre sizes and car/toy model designations are `model_number`.",
           "- Some error_code negatives include a short word (`HTTP 403`, `code 512`, `error 4410`); versions may include the OS name.",
           "", "## Known limitations\n",
           "- Template-based: sentence frames repeat within a half with different values; the language mix is approximate.",
           "- Quoted history is generated independently of the message above it, so quoted values rarely equal values in the new text.",
           "- Postcodes, phone numbers and street numbers are random and format-plausible, not real; US ZIPs do not match states.",
           "- Some Dutch-language templates are reused for messages outside their exact sector when an e-mail concatenates two bodies.",
           "- Lower-casing of some chat messages only touches literal text; values keep their case.",
           "- Public @mentions are drawn from one pool and are not always the brand the message is about.",
           "- Cue words are sometimes abbreviated (`ww`, `pw`, `nr`) or typo'd; a few values appear with no cue (signatures, lists).", ""]
    for split in ("dev", "heldout"):
        s = stats[split]
        out.append(f"## Counts: {split}\n")
        out.append(f"Messages: {s['n']}\n")
        out.append(table("Spans per type (templates = distinct templates/frames producing that type)", s["spans"], s["tpl"]))
        out.append(table("Negatives per kind", s["negs"]))
        out.append(table("Channels", s["chan"]))
        out.append(table("Languages", s["lang"]))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261334)
    a = ap.parse_args()
    stats = {}
    for half, split in ((0, "dev"), (1, "heldout")):
        rng = random.Random(a.seed * 2 + half)
        T = deal_templates(half)
        P = pools.deal(half)
        used_tpl = defaultdict(set)
        recs = []
        for i in range(N_PER_HALF):
            r = make_message(rng, T, P, half, i, used_tpl, split)
            check(r)
            recs.append(r)
        with open(f"{split}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[split] = {"n": len(recs), "spans": Counter(s["type"] for r in recs for s in r["spans"]),
                        "negs": Counter(n["kind"] for r in recs for n in r["negatives"]),
                        "chan": Counter(r["channel"] for r in recs), "lang": Counter(r["lang"] for r in recs),
                        "tpl": used_tpl}
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(stats, a.seed))
    print({k: v["n"] for k, v in stats.items()})


if __name__ == "__main__":
    main()
