#!/usr/bin/env python3
"""Blind labelled webcare corpus blind91 (health care + public transport).

Usage: python3 generate_blind.py --seed 20261289
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import engine  # noqa: E402
import pools as P  # noqa: E402
import tpl_en  # noqa: E402
import tpl_fr  # noqa: E402
import tpl_nl  # noqa: E402
import tpl_nlbe  # noqa: E402
import values as V  # noqa: E402

PREFIX = "b91"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 30), ("x_public", 10), ("x_dm", 6), ("facebook_comment", 7), ("instagram_comment", 5),
            ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 12), ("telegram", 4), ("agent_reply", 13)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
MOD = {"nl": tpl_nl, "nl-be": tpl_nlbe, "fr-be": tpl_fr, "en-gb": tpl_en, "en-us": tpl_en}
HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"]


def deal(xs, half):
    out = xs[half::2]
    assert out, "group too small to deal"
    return out


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


class Half:
    """All templates and pools dealt to one half; each entry keeps its template id."""

    def __init__(self, half):
        self.half = half
        self.g = {}
        self.pools = {}
        for lang, mod in MOD.items():
            sfx = "_GB" if lang == "en-gb" else ("_US" if lang == "en-us" else "")
            mk = "en" if lang.startswith("en") else lang
            for grp in ["HEALTH", "TRANSIT"]:
                xs = getattr(mod, grp + sfx)
                self.g[(lang, grp)] = deal([(f"{lang}/{grp}/{i}", t) for i, t in enumerate(xs)], half)
            for grp in ["AGENT_H", "AGENT_T", "OPEN_H", "OPEN_T", "CLOSE", "GREET", "SIGNOFF", "SIG", "QHEAD",
                        "FWD", "DISCL", "CONTEXT", "AGENT_SIG"]:
                xs = getattr(mod, grp)
                self.g[(lang, grp)] = deal([(f"{mk}/{grp}/{i}", t) for i, t in enumerate(xs)], half)
            for typ, xs in mod.SNIP.items():
                self.g[(lang, "SNIP", typ)] = deal([(f"{mk}/snip/{typ}/{i}", t) for i, t in enumerate(xs)], half)
            names = deal(P.NAMES[lang], half)
            agents = deal(P.AGENTS[lang], half)
            self.pools[lang] = {
                "name": names, "first": [n.split()[0] for n in names],
                "agent": [a[0] for a in agents], "agent_init": [a[1] for a in agents],
                "hashtag": deal(P.HASHTAGS[lang], half),
            }
            for dom in ["health", "transit"]:
                self.pools[(lang, dom)] = deal(P.BRANDS[(lang, dom)], half)


def render_into(ctx, frag, item):
    tid, tpl = item
    before = len(frag.spans)
    ctx.render(tpl, frag)
    for s in frag.spans[before:]:
        s.setdefault("_tid", tid)


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


TYPE_W = {"api_key": 0.3, "token": 0.3, "ip_address": 0.4, "wifi_key": 0.6, "puk": 0.6}


def composed_body(rng, H, lang, dom, ctx, frag, opener=True):
    if opener:
        render_into(ctx, frag, pick(rng, H.g[(lang, "OPEN_H" if dom == "health" else "OPEN_T")]))
        frag.lit(rng.choice([" ", "\n", " ", "\n\n"]))
    types = [t for t in MOD[lang].SNIP if t != "_neg"]
    k = rng.choice([1, 1, 2, 2, 3])
    chosen = []
    for _ in range(k):
        hr = [t for t in types if t in HIGH_RISK]
        cand = hr if (rng.random() < 0.55 and hr) else types
        t = wchoice(rng, [(x, TYPE_W.get(x, 1.0)) for x in cand])
        chosen.append(t)
    for dep, need in (("cvv", "card"), ("card_expiry", "card"), ("password", "username")):
        if dep in chosen and need in types and need not in chosen and (need == "card" or rng.random() < 0.5):
            chosen.insert(chosen.index(dep), need)
    if rng.random() < 0.65:
        chosen.insert(rng.randrange(len(chosen) + 1), "_neg")
    seps = {"nl": [", ", ". ", "\n", " en ", " - ", "; "], "nl-be": [", ", ". ", "\n", " en ", " - "],
            "fr-be": [", ", ". ", "\n", " et ", " - "], "en-gb": [", ", ". ", "\n", " and ", " - "],
            "en-us": [", ", ". ", "\n", " and ", " — "]}[lang]
    for i, t in enumerate(chosen):
        if i:
            frag.lit(rng.choice(seps))
        render_into(ctx, frag, pick(rng, H.g[(lang, "SNIP", t)]))
    if frag.text[-1:].isalnum():
        frag.lit(rng.choice([". ", " ", "\n", "! "]))
    else:
        frag.lit(rng.choice([" ", "\n"]))
    render_into(ctx, frag, pick(rng, H.g[(lang, "CLOSE")]))


def body(rng, H, lang, dom, ctx, frag, opener=True):
    if rng.random() < 0.5:
        render_into(ctx, frag, pick(rng, H.g[(lang, "HEALTH" if dom == "health" else "TRANSIT")]))
    else:
        composed_body(rng, H, lang, dom, ctx, frag, opener)


def build_email(rng, H, lang, dom, ctx):
    f = engine.Frag()
    if rng.random() < 0.15:
        render_into(ctx, f, pick(rng, H.g[(lang, "FWD")]))
        f.lit("\n\n")
    render_into(ctx, f, pick(rng, H.g[(lang, "GREET")]))
    f.lit("\n\n")
    body(rng, H, lang, dom, ctx, f, opener=False)
    short = rng.random() < 0.15
    target = rng.randint(480, 1400)
    ctxs = list(H.g[(lang, "CONTEXT")])
    rng.shuffle(ctxs)
    if not short:
        f.lit("\n\n")
        for j, c in enumerate(ctxs):
            if j:
                f.lit(" ")
            render_into(ctx, f, c)
            if f.n > target * 0.6:
                break
        if rng.random() < 0.5:
            f.lit("\n\n")
            composed_body(rng, H, lang, dom, ctx, f, opener=False)
    f.lit("\n\n")
    render_into(ctx, f, pick(rng, H.g[(lang, "SIGNOFF")]))
    f.lit("\n")
    render_into(ctx, f, pick(rng, H.g[(lang, "SIG")]))
    if rng.random() < 0.3:
        f.lit("\n\n")
        render_into(ctx, f, pick(rng, H.g[(lang, "DISCL")]))
    if not short and (f.n < target or rng.random() < 0.35):
        f.lit("\n\n")
        render_into(ctx, f, pick(rng, H.g[(lang, "QHEAD")]))
        f.lit("\n")
        q = engine.Frag()
        ctx2_lower, ctx.lower = ctx.lower, False
        render_into(ctx, q, pick(rng, H.g[(lang, "AGENT_H" if dom == "health" else "AGENT_T")]))
        q.lit("\n\n")
        render_into(ctx, q, pick(rng, H.g[(lang, "AGENT_SIG")]))
        ctx.lower = ctx2_lower
        f.extend(q.quoted(rng.choice(["> ", ">", "> "])))
    return f


def build(rng, H, idx, split):
    lang = wchoice(rng, LANGS)
    if lang == "en-gb" or lang == "en-us":
        pass
    channel = wchoice(rng, CHANNELS)
    dom = rng.choice(["health", "health", "transit"]) if rng.random() < 0.5 else rng.choice(["health", "transit"])
    brand = pick(rng, H.pools[(lang, dom)])
    typo_rate = 0.05 if rng.random() < 0.4 else 0.0
    lower = channel not in ("email", "agent_reply") and rng.random() < 0.15
    ctx = engine.Ctx(rng, lang, H.pools[lang], brand, typo_rate, lower)
    if channel == "email":
        f = build_email(rng, H, lang, dom, ctx)
    elif channel == "agent_reply":
        ctx.typo_rate = 0.0 if rng.random() < 0.7 else 0.02
        f = engine.Frag()
        render_into(ctx, f, pick(rng, H.g[(lang, "AGENT_H" if dom == "health" else "AGENT_T")]))
        if rng.random() < 0.3:
            f.lit("\n\n")
            render_into(ctx, f, pick(rng, H.g[(lang, "AGENT_SIG")]))
    else:
        f = engine.Frag()
        if channel in PUBLIC and rng.random() < 0.8:
            f.neg("mention", brand["handle"])
            f.lit(" ")
        body(rng, H, lang, dom, ctx, f)
        if channel in PUBLIC and rng.random() < 0.5:
            f.lit(" ")
            tags = list(H.pools[lang]["hashtag"])
            rng.shuffle(tags)
            for j, t in enumerate(tags[:rng.randint(1, 2)]):
                if j:
                    f.lit(" ")
                f.neg("hashtag", t)
    return {
        "id": f"{PREFIX}-{split}-{idx:05d}", "channel": channel, "lang": lang,
        "visibility": "public" if channel in PUBLIC else "private",
        "text": f.text, "spans": f.spans, "negatives": f.negs,
    }


def check(msg):
    t = msg["text"]
    allr = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (msg["id"], s)
        v = t[a:b]
        assert v == v.strip(), (msg["id"], s, v)
        assert "\n" not in v, (msg["id"], v)
        allr.append((a, b, s.get("type") or s.get("kind")))
        if s.get("type") == "card":
            assert V.luhn_ok(v), v
        if s.get("type") == "iban":
            assert V.iban_ok(v), v
        if s.get("type") == "bsn":
            assert V.bsn_ok(v), v
    allr.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(allr, allr[1:]):
        assert b1 <= a2, (msg["id"], k1, k2, t[a1:b1], t[a2:b2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261289)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, split in [(0, "dev"), (1, "heldout")]:
        rng = random.Random(args.seed * 2 + half)
        H = Half(half)
        msgs = [build(rng, H, i, split) for i in range(N_PER_HALF)]
        st = {"msgs": len(msgs), "span": collections.Counter(), "tids": collections.defaultdict(set),
              "neg": collections.Counter(), "chan": collections.Counter(), "lang": collections.Counter(),
              "email_sizes": []}
        with open(os.path.join(here, f"{split}.jsonl"), "w", encoding="utf-8") as fh:
            for m in msgs:
                check(m)
                for s in m["spans"]:
                    st["span"][s["type"]] += 1
                    st["tids"][s["type"]].add(s.pop("_tid", "?"))
                for n in m["negatives"]:
                    st["neg"][n["kind"]] += 1
                st["chan"][m["channel"]] += 1
                st["lang"][m["lang"]] += 1
                if m["channel"] == "email":
                    st["email_sizes"].append(len(m["text"].encode("utf-8")))
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[split] = st
    write_readme(here, args.seed, stats)
    for split, st in stats.items():
        print(split, st["msgs"], "messages,", sum(st["span"].values()), "spans,", sum(st["neg"].values()), "negatives")


def table(title, rows, head):
    out = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out) + "\n"


def write_readme(here, seed, stats):
    d, h = stats["dev"], stats["heldout"]
    L = []
    L.append("# Scrub corpus blind91 — health care and public transport webcare (written blind)\n")
    L.append("This corpus was written blind: its author did not open, read, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and did not read git history. No scrubber or scorer was run while writing it. "
             "All values are synthetic and generated from public knowledge of formats.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nHospitals, GP practices and appointment systems, pharmacies and prescription apps, health "
             "insurers' / mutualities' member portals (NL, BE, UK, US), plus public transport: season tickets, transit "
             "cards (OV-chipkaart, MOBIB, Oyster, Clipper/OMNY-style), fines / penalty fares, refund and delay-repay "
             "requests. Messages mix customer posts, DMs, long e-mails with quoted history, and agent replies.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind91\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Python 3.11 standard library only. Modules: `values.py` (value generators and check-digit code), "
             "`pools.py` (brands, names, agents, hashtags), `tpl_nl.py`, `tpl_nlbe.py`, `tpl_fr.py`, `tpl_en.py` "
             "(templates per language), `engine.py` (markup renderer, offsets, quoting), `generate_blind.py`.\n")
    L.append("## Split rule\n\nTemplates are written in groups per language and kind (full health messages, full transit "
             "messages, agent replies, openers, closers, per-type snippets, e-mail greetings, sign-offs, signatures, "
             "quote headers, forward headers, disclaimers, context sentences, agent signatures). Every group is dealt "
             "alternately: even index to dev, odd index to heldout, so no template, frame, greeting, signature or quote "
             "block is shared between halves. Filler pools (brands incl. their handles/phones/URLs, names, agents, "
             "hashtags) are dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos "
             "(swap/drop/double a letter, 5% of words in ~40% of messages) and all-lowercase writing are applied only "
             "to literal template text, never to labelled values. Note that en-gb and en-us share snippet/frame "
             "groups (dealt once), and the generic value generators (formats of phones, IBANs, dates) are shared "
             "by both halves — only the surrounding phrasing is split.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue (`wachtwoord:`, `IBAN`, `DOB`), and every repeat is labelled.\n"
             "- `customer_number` covers patient numbers, insurer member/relation numbers, policy numbers, subscription/"
             "account numbers and transit card numbers (OV-chipkaart, MOBIB, Oyster, Clipper-style), because they "
             "identify the traveller. The UK NHS number is labelled `customer_number` (it is not a Dutch BSN / Belgian "
             "national number, which are the only `bsn` values). Belgian INSZ/NISS/rijksregisternummer are `bsn`.\n"
             "- Door, key-safe, gate and alarm codes (incl. trailing `#` or leading `*`) are `pin`.\n"
             "- OTPs dictated as words (`vier twee ...`, `quatre sept ...`) are one `otp` span covering all words.\n"
             "- AWS secret keys next to an access key id are `api_key`; bearer/session/OAuth/PAT tokens are `token`.\n"
             "- Fine / penalty-fare / PV numbers, case, claim and dossier numbers are `ticket_number` negatives; "
             "refund-request references are `request_id`; repeat-prescription and pharmacy order references are "
             "`order_number`.\n"
             "- Organisation service numbers (also in agent signatures) are `company_phone`; the brand's handle is a "
             "`mention`; addresses of hospitals/organisations are never written, only customers' addresses.\n"
             "- Personal names, cities alone, agent initials (`^SV`) and brand names are not labelled.\n"
             "- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.\n"
             "- A bare US street address without city (`1234 Oak Street`) and a Dutch street + number without "
             "postcode are still labelled `address`.\n"
             "- `error_code` negatives may include a cue word (`code 503`, `HTTP 502`); `amount` negatives include the "
             "currency sign/word.\n")
    L.append("## Known limitations\n\n- Template-based: sentence frames repeat within a half (each half has roughly half "
             "the templates listed in the count tables).\n- Personal names inside text are unlabelled by design, so a "
             "scrubber that removes names is not penalised here beyond over-scrubbing of negatives.\n- IPv6 and API keys "
             "are rare; nl-be has no api_key/token snippets; transit card numbers follow plausible but not official "
             "formats (OV-chipkaart numbers start 3528 and are not Luhn-checked).\n- Negatives are only marked where the "
             "generator inserted them; incidental digits in literal text (e.g. `5 werkdagen`) are not marked.\n"
             "- Some templates contain typos intentionally in cue words.\n")
    L.append("## Counts\n")
    L.append(table("Messages", [["dev", d["msgs"]], ["heldout", h["msgs"]]], ["half", "messages"]))
    types = sorted(set(d["span"]) | set(h["span"]))
    L.append(table("Spans per type (distinct templates/snippets producing them)",
                   [[t, d["span"][t], len(d["tids"][t]), h["span"][t], len(h["tids"][t])] for t in types],
                   ["type", "dev", "dev templates", "heldout", "heldout templates"]))
    kinds = sorted(set(d["neg"]) | set(h["neg"]))
    L.append(table("Negatives per kind", [[k, d["neg"][k], h["neg"][k]] for k in kinds], ["kind", "dev", "heldout"]))
    chans = sorted(set(d["chan"]) | set(h["chan"]))
    L.append(table("Channels", [[c, d["chan"][c], h["chan"][c]] for c in chans], ["channel", "dev", "heldout"]))
    langs = sorted(set(d["lang"]) | set(h["lang"]))
    L.append(table("Languages", [[x, d["lang"][x], h["lang"][x]] for x in langs], ["lang", "dev", "heldout"]))

    def sz(st):
        xs = sorted(st["email_sizes"])
        inr = sum(1 for x in xs if 500 <= x <= 2048)
        return [len(xs), xs[len(xs) // 2] if xs else 0, f"{inr}/{len(xs)}"]
    L.append(table("E-mail sizes (bytes)", [["dev"] + sz(d), ["heldout"] + sz(h)],
                   ["half", "e-mails", "median", "in 0.5–2 KB"]))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
