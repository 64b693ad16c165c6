#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (utilities & property emphasis). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261277
"""
import argparse
import collections
import json
import random
import re

import pools as P
import values as V
import frames as F
import tpl_nl
import tpl_nlbe
import tpl_fr
import tpl_en

PREFIX = "b79"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 29), ("agent_reply", 16), ("x_public", 8), ("facebook_comment", 5), ("instagram_comment", 4),
            ("whatsapp", 12), ("messenger", 8), ("x_dm", 7), ("instagram_dm", 6), ("telegram", 5)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"]
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
             "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]
POOL_NEG = {"model_number": "model", "url": "url", "mention": "mention", "hashtag": "hashtag"}

TEMPLATES = {}  # (lang, kind) -> list of template strings
for mod in (tpl_nl, tpl_nlbe, tpl_fr, tpl_en):
    for (lang, kind), lst in mod.groups().items():
        TEMPLATES.setdefault((lang, kind), []).extend(lst)

PH = re.compile(r"\{([!$]?)([a-z_]+)(?::([a-z0-9_-]+))?(?:#(\d))?\}")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


class Ctx:
    def __init__(self, rng, lang, half):
        self.rng, self.lang, self.half = rng, lang, half
        self.cache = {}

    def pool(self, name):
        return self.rng.choice(P.deal(P.POOLS[self.lang][name], self.half))

    def filler(self, name, inst):
        key = ("$", name, inst)
        if key not in self.cache:
            if name == "name":
                v = f"{self.filler('first', inst)} {self.filler('last', inst)}"
            else:
                v = self.pool(name)
            self.cache[key] = v
        return self.cache[key]

    def span(self, typ, style, inst):
        key = ("s", typ, style, inst)
        if key not in self.cache:
            if typ == "email":
                v = V.v_email(self.rng, self.lang, style, self.filler("first", inst), self.filler("last", inst).split()[-1])
                if self.rng.random() < 0.25:
                    v = V.v_email(self.rng, self.lang, style)
            elif typ == "address":
                v = V.v_address(self.rng, self.lang, style, self.filler("street", inst), self.filler("city", inst))
            else:
                v = V.SPAN_GEN[typ](self.rng, self.lang, style)
            self.cache[key] = v
        return self.cache[key]

    def neg(self, kind, style, inst):
        key = ("n", kind, style, inst)
        if key not in self.cache:
            if kind in POOL_NEG:
                v = self.pool(POOL_NEG[kind])
            else:
                v = V.NEG_GEN[kind](self.rng, self.lang, style)
            self.cache[key] = v
        return self.cache[key]


def render(tpl, ctx, tid):
    """Return list of pieces: (text, label, tid) where label is None | ('s', type) | ('n', kind)."""
    text = tpl
    while True:
        m = ALT.search(text)
        if not m:
            break
        text = text[:m.start()] + ctx.rng.choice(m.group(1).split("|")) + text[m.end():]
    pieces, pos = [], 0
    for m in PH.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], None, tid))
        sig, name, style, inst = m.group(1), m.group(2), m.group(3), m.group(4) or "1"
        if sig == "$":
            pieces.append((ctx.filler(name, inst), None, tid))
        elif sig == "!":
            if name not in NEG_KINDS:
                raise SystemExit(f"unknown negative kind {name} in {tid}")
            pieces.append((ctx.neg(name, style, inst), ("n", name), tid))
        else:
            if name not in V.SPAN_GEN:
                raise SystemExit(f"unknown span type {name} in {tid}")
            pieces.append((ctx.span(name, style, inst), ("s", V.SPAN_ALIAS.get(name, name)), tid))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None, tid))
    return pieces


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def add_typos(rng, pieces, rate):
    out = []
    budget = 3
    for t, lab, tid in pieces:
        if lab is None and budget > 0:
            def sub(m):
                nonlocal budget
                if budget > 0 and rng.random() < rate:
                    budget -= 1
                    return typo_word(rng, m.group(0))
                return m.group(0)
            t = re.sub(r"(?<![@#/\w.])[A-Za-zéèàç]{5,}(?![\w.]*[/@])", sub, t)
        out.append((t, lab, tid))
    return out


def quote(pieces, prefix="> "):
    out = [(prefix, None, pieces[0][2] if pieces else "q")]
    for t, lab, tid in pieces:
        if lab is None:
            t = t.replace("\n", "\n" + prefix)
        out.append((t, lab, tid))
    return out


def lit(t, tid="lit"):
    return [(t, None, tid)]


def weighted(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def pick(rng, lang, kind, half):
    lst = TEMPLATES[(lang, kind)]
    idx = [i for i in range(len(lst)) if i % 2 == half]
    i = rng.choice(idx)
    return lst[i], f"{lang}/{kind}/{i}"


def pick_frame(rng, lang, name, half):
    lst = F.FRAMES[lang][name]
    idx = [i for i in range(len(lst)) if i % 2 == half]
    i = rng.choice(idx)
    return lst[i], f"{lang}/frame-{name}/{i}"


def build_message(rng, half):
    lang = weighted(rng, LANGS)
    channel = weighted(rng, CHANNELS)
    ctx = Ctx(rng, lang, half)
    if channel == "email":
        body_kind = "email" if rng.random() < 0.65 else "chat"
        btpl, btid = pick(rng, lang, body_kind, half)
        body = render(btpl, ctx, btid)
        if body_kind == "email":
            body = add_typos(rng, body, 0.03)
        parts = []
        if rng.random() < 0.12:
            ft, fid = pick_frame(rng, lang, "forward", half)
            parts += render(ft, ctx, fid) + lit("\n\n")
        gt, gid = pick_frame(rng, lang, "greeting", half)
        parts += render(gt, ctx, gid) + lit("\n\n") + body + lit("\n\n")
        ct, cid = pick_frame(rng, lang, "closing", half)
        parts += render(ct, ctx, cid) + lit("\n")
        st, sid = pick_frame(rng, lang, "signature", half)
        parts += render(st, ctx, sid)
        if rng.random() < 0.75:
            qh, qid = pick_frame(rng, lang, "quote_header", half)
            at, aid = pick(rng, lang, "agent", half)
            qctx = Ctx(rng, lang, half)
            qctx.cache = {k: v for k, v in ctx.cache.items() if k[0] == "s"}  # quoted history may repeat the values
            parts += lit("\n\n") + render(qh, ctx, qid) + lit("\n") + quote(render(at, qctx, aid))
            if rng.random() < 0.5:
                ot, oid = pick(rng, lang, "chat", half)
                parts += lit("\n>\n") + quote(lit("-- ") + render(ot, qctx, oid), ">> ")
        if rng.random() < 0.45:
            dt, did = pick_frame(rng, lang, "disclaimer", half)
            parts += lit("\n\n") + render(dt, ctx, did)
        pieces = parts
    elif channel == "agent_reply":
        at, aid = pick(rng, lang, "agent", half)
        pieces = render(at, ctx, aid)
        if rng.random() < 0.15:
            pieces = add_typos(rng, pieces, 0.02)
    elif channel in PUBLIC:
        pt, pid = pick(rng, lang, "public", half)
        pieces = add_typos(rng, render(pt, ctx, pid), 0.06)
    else:
        kind = "chat" if rng.random() < 0.9 else "email"
        ct, cid = pick(rng, lang, kind, half)
        pieces = render(ct, ctx, cid)
        if rng.random() < 0.15:
            pieces = [(t.lower(), lab, tid) if lab is None else (t, lab, tid) for t, lab, tid in pieces]
        pieces = add_typos(rng, pieces, 0.06)
    return lang, channel, pieces


def assemble(pieces):
    text, spans, negs, tids = "", [], [], collections.defaultdict(set)
    for t, lab, tid in pieces:
        s = len(text)
        text += t
        if lab is None:
            continue
        if lab[0] == "s":
            spans.append({"type": lab[1], "start": s, "end": len(text)})
            tids[("s", lab[1])].add(tid)
        else:
            negs.append({"kind": lab[1], "start": s, "end": len(text)})
            tids[("n", lab[1])].add(tid)
    # strip outer whitespace of the whole message safely
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    if lead:
        for x in spans + negs:
            x["start"] -= lead
            x["end"] -= lead
    return text2, spans, negs, tids


def check(rec):
    t = rec["text"]
    allr = []
    for x in rec["spans"] + rec["negatives"]:
        s, e = x["start"], x["end"]
        assert 0 <= s < e <= len(t), (rec["id"], x)
        v = t[s:e]
        assert v == v.strip() and v[0] not in ",;:" and v[-1] not in ",;:", (rec["id"], x, v)
        allr.append((s, e, x))
    allr.sort(key=lambda a: a[0])
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (rec["id"], a, b, t[a[0]:a[1]], t[b[0]:b[1]])
    for x in rec["spans"]:
        v = t[x["start"]:x["end"]]
        if x["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif x["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif x["type"] == "bsn":
            assert V.bsn_ok(v) or V.rrn_ok(v), (rec["id"], v)
            if rec["lang"] == "nl":
                assert V.bsn_ok(v), (rec["id"], v)
            else:
                assert V.rrn_ok(v) or V.bsn_ok(v), (rec["id"], v)


def generate(seed):
    halves = {}
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(seed * 2 + half)
        recs = []
        st = {"spans": collections.Counter(), "negs": collections.Counter(), "chan": collections.Counter(), "lang": collections.Counter(),
              "tids": collections.defaultdict(set), "email_len": []}
        for i in range(N_PER_HALF):
            lang, channel, pieces = build_message(rng, half)
            text, spans, negs, tids = assemble(pieces)
            rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
            check(rec)
            recs.append(rec)
            for s in spans:
                st["spans"][s["type"]] += 1
            for n in negs:
                st["negs"][n["kind"]] += 1
            for k, v in tids.items():
                st["tids"][k] |= v
            st["chan"][channel] += 1
            st["lang"][lang] += 1
            if channel == "email":
                st["email_len"].append(len(text.encode("utf-8")))
        with open(f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves[name] = recs
        stats[name] = st
    # disjointness of templates between halves
    all_dev = set().union(*stats["dev"]["tids"].values())
    all_held = set().union(*stats["heldout"]["tids"].values())
    assert not (all_dev & all_held), all_dev & all_held
    write_readme(seed, stats)
    return stats


def table(title, header, rows):
    out = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def write_readme(seed, stats):
    d, h = stats["dev"], stats["heldout"]
    L = []
    L.append("# Blind scrub corpus blind79 — utilities & property webcare\n")
    L.append("This corpus was written **blind**: its author did not open, read, grep, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus / scorer / generator under `tests/scrub_corpus/`, "
             "and did not read git history. No scrubber or scorer was run. Values and phrasings come from public knowledge "
             "of how customers, landlords, suppliers and care agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nUtilities and property: energy, water and broadband suppliers (NL, BE, UK, US), meter readings and "
             "EAN / MPAN / MPRN connection numbers, router and Wi-Fi credentials, landlords, letting agents, property managers and "
             "housing associations, tenants reporting repairs (leaks, mould, boilers, lifts), key boxes and door codes, deposits "
             "and rent payments (IBANs, cards), and the care teams' replies.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind79\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Modules: `values.py` (value generators + validators), `pools.py` (filler pools), `frames.py` (e-mail greetings, "
             "closings, signatures, quote headers, forward headers, disclaimers), `tpl_nl.py`, `tpl_nlbe.py`, `tpl_fr.py`, `tpl_en.py` "
             "(templates per language and kind: chat, public, email, agent).\n")
    L.append("## Split rule\n\nTemplates are written in groups (language x kind: chat, public, email body, agent reply; frames per "
             "language x frame kind). Within every group, even-indexed members go to dev and odd-indexed members to heldout, so no "
             "template, greeting, signature, quote header, disclaimer or forward header is shared between halves (the generator "
             "asserts that the template-id sets are disjoint). Every filler pool (first/last names, streets, cities, brands, agents, "
             "mentions, hashtags, URLs, model numbers, SSIDs) is dealt the same way. Half h uses `random.Random(seed * 2 + h)`. "
             "Typos are injected only into literal text (including cue words), never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue (`IBAN`, `wachtwoord:`, `code`), and no surrounding punctuation. Every "
             "occurrence is labelled, including repeats by an agent or in quoted history (`> ` lines).\n"
             "- `bsn` covers the Dutch BSN (11-proof) and the Belgian rijksregisternummer / numéro national (check digits valid, "
             "pre- and post-2000 rule).\n"
             "- `customer_number` covers customer/account/contract numbers, EAN connection codes (871... NL, 5414... BE), UK MPAN and "
             "MPRN, tenant / tenancy reference numbers (huurdernummer), US utility account numbers.\n"
             "- `pin` includes key-box, door, gate, alarm, SIM and phone unlock codes. A router admin password is `password`; the "
             "Wi-Fi network key is `wifi_key`; SSIDs are not labelled.\n"
             "- AWS secret access keys are labelled `api_key` like the key id. A JWT after `Bearer` is `token` (the word `Bearer` is not).\n"
             "- OTPs dictated as words (`vier twee negen ...`) are one `otp` span from first to last word.\n"
             "- A login name that is an e-mail address is labelled `email`, not `username`.\n"
             "- Negatives: `amount` includes the currency sign/word; `quantity` includes its unit; `meter_reading` covers the number "
             "only (not `kWh`/`m3`); `company_registration` covers the number only (not `KvK`/`BTW`); `mention` includes the `@`, "
             "`hashtag` the `#`. Brand handles and customer @handles are both `mention` negatives. A router's LAN address such as "
             "`http://192.168.1.1` inside a URL is a `url` negative; public IP addresses of customers are `ip_address` spans.\n"
             "- Company service numbers (in agent signatures and customer text) are `company_phone` negatives; personal phone numbers "
             "are `phone` spans.\n"
             "- Names, cities alone, SSIDs, agent initials (`^SK`) and placeholders like `{voornaam}` / `[CODE]` are not labelled.\n")
    L.append("## Known limitations\n\n- Values are synthetic; IBAN/card/BSN/RRN check digits are valid but bank codes and BIN ranges are only "
             "plausible. NL bank account numbers do not follow the old 11-proof.\n- Template-based: sentence variety comes from alternates "
             "`[[a|b]]`, typos and frames, but structures repeat within a half.\n- Few IPv6 addresses and few dictated values other than OTPs.\n"
             "- US content has no SSNs (no label type for them).\n")
    L.append("## Counts per half\n")
    L.append(table("Messages", ["half", "messages", "emails", "median e-mail bytes"],
                   [(n, sum(s["chan"].values()), s["chan"]["email"], sorted(s["email_len"])[len(s["email_len"]) // 2] if s["email_len"] else 0) for n, s in (("dev", d), ("heldout", h))]))
    L.append(table("Spans per type (count / distinct templates)", ["type", "dev", "dev templates", "heldout", "heldout templates"],
                   [(t, d["spans"][t], len(d["tids"][("s", t)]), h["spans"][t], len(h["tids"][("s", t)])) for t in SPAN_TYPES]))
    L.append(table("Negatives per kind", ["kind", "dev", "heldout"], [(k, d["negs"][k], h["negs"][k]) for k in NEG_KINDS]))
    L.append(table("Channels", ["channel", "dev", "heldout"], [(c, d["chan"][c], h["chan"][c]) for c, _ in CHANNELS]))
    L.append(table("Languages", ["lang", "dev", "heldout"], [(l, d["lang"][l], h["lang"][l]) for l, _ in LANGS]))
    with open("README.md", "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    s = generate(a.seed)
    for n in ("dev", "heldout"):
        print(n, sum(s[n]["chan"].values()), "messages;", dict(s[n]["spans"]))
