#!/usr/bin/env python3
"""Blind labelled webcare corpus blind50 (structured / semi-structured pastes).

Usage: python3 generate_blind.py --seed 20261248
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import engine as E  # noqa: E402
import pools as P  # noqa: E402
import structured as S  # noqa: E402
import templates as T  # noqa: E402
import values as V  # noqa: E402

PREFIX = "b50"
N_PER_HALF = 950
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KINDS = [  # kind, weight, channels (weighted list)
    ("form", 15, ["email"] * 9 + ["agent_reply"]),
    ("csv", 8, ["email"] * 3 + ["whatsapp", "messenger", "telegram"] * 2 + ["agent_reply"]),
    ("json", 9, ["email"] * 2 + ["whatsapp", "messenger", "telegram", "x_dm", "instagram_dm"] * 2),
    ("invoice", 9, ["email"] * 4 + ["whatsapp", "messenger", "telegram"] * 2),
    ("ocr", 6, ["email"] * 5 + ["whatsapp"] * 4 + ["messenger"]),
    ("family", 7, ["email"] * 4 + ["whatsapp", "messenger", "telegram"] * 2),
    ("kv", 14, ["email"] * 2 + ["whatsapp", "messenger", "telegram", "x_dm", "instagram_dm"] * 2),
    ("chat", 14, ["email"] + ["whatsapp", "messenger", "telegram", "x_dm", "instagram_dm"] * 2),
    ("public", 9, ["x_public", "facebook_comment", "instagram_comment"]),
    ("agent", 9, ["agent_reply"]),
]


def tlang(lang, group):
    """Key into a template dict."""
    if lang in group:
        return lang
    return E.PLANG[lang]


def pick_tpl(ctx, group, kindname):
    key = tlang(ctx.lang, group)
    lst = group[key]
    idxs = list(range(ctx.half, len(lst), 2))
    i = ctx.rng.choice(idxs)
    return lst[i], f"{kindname}/{key}/{i}"


def body_for(kind, ctx):
    r = ctx.rng
    if kind == "form":
        d = S.web_form(ctx)
        return d, "form"
    if kind == "csv":
        return S.csv_block(ctx), "csv"
    if kind == "json":
        return S.json_block(ctx), "json"
    if kind == "invoice":
        return S.invoice_block(ctx), "invoice"
    if kind == "ocr":
        return S.ocr_letter(ctx), "ocr"
    if kind == "family":
        return S.family_list(ctx), "family"
    grp = {"kv": T.KV, "chat": T.CHAT, "public": T.PUBLIC, "agent": T.AGENT}[kind]
    if kind == "agent" and ctx.pl == "fr":
        grp = {"fr": T.AGENT["fr"], "nl": T.AGENT["nl"], "en": T.AGENT["en"]}
    tpl, tid = pick_tpl(ctx, grp, kind)
    tpl = E.typo_literal(tpl, r, 0.3)
    return E.render_template(tpl, ctx), tid


def furn(ctx, group):
    key = tlang(ctx.lang, group)
    return E.typo_literal(ctx.pick(group[key]), ctx.rng, 0.15)


def wrap_email(body, kind, ctx):
    r = ctx.rng
    d = E.Doc()
    if r.random() < 0.5:
        subj = ctx.pick(T.SUBJECTS[ctx.pl])
        lab = {"nl": "Onderwerp", "fr": "Objet", "en": "Subject"}[ctx.pl]
        d.lit(f"{lab}: ")
        E.render_template(subj, ctx, d)
        d.lit("\n\n")
    fwd = kind != "form" and r.random() < 0.25
    if kind == "form":
        if r.random() < 0.4:
            E.render_template(furn(ctx, T.GREET) + "\n\n", ctx, d)
            d.lit({"nl": "Doorgestuurd vanuit het formulier:\n\n", "fr": "Transféré depuis le formulaire :\n\n",
                   "en": "Forwarded from the web form:\n\n"}[ctx.pl])
        hdr = {"nl": "Van: Website {brand}\nAan: Klantenservice\nDatum: {date} {time}\nOnderwerp: Nieuw formulier ({reqid})\n\n",
               "fr": "De : Site web {brand}\nÀ : Service clientèle\nDate : {date} {time}\nObjet : Nouveau formulaire ({reqid})\n\n",
               "en": "From: {brand} Website\nTo: Customer Care\nDate: {date} {time}\nSubject: New form submission ({reqid})\n\n"}[ctx.pl]
        if r.random() < 0.7:
            E.render_template(hdr, ctx, d)
        d.add(body)
        if r.random() < 0.6:
            d.lit("\n\n")
            d.lit(ctx.pick(T.DISCLAIMERS[ctx.pl]))
        return d
    if fwd:
        d.lit({"nl": "Zie onderstaand, graag actie.\n\n", "fr": "Voir ci-dessous, merci de traiter.\n\n",
               "en": "See below, please action.\n\n"}[ctx.pl])
        hdr = ctx.pick(T.FWD_HEADERS[ctx.pl]).replace("{subj}", ctx.pick(T.SUBJECTS[ctx.pl]))
        E.render_template(hdr + "\n", ctx, d)
    E.render_template(furn(ctx, T.GREET) + "\n\n", ctx, d)
    d.add(body)
    d.lit("\n\n")
    E.render_template(furn(ctx, T.CLOSE) + "\n", ctx, d)
    E.render_template(ctx.pick(T.SIGS[ctx.pl]), ctx, d)
    if not fwd and (r.random() < 0.6 or len(d.text()) < 900):
        d.lit("\n\n")
        q = E.Doc()
        E.render_template(ctx.pick(T.QUOTE_HEADERS[ctx.pl]), ctx, q)
        d.add(q)
        d.lit("\n\n")
        inner = E.render_template(ctx.pick(T.QUOTED_AGENT[ctx.pl]), ctx)
        d.add(inner.quoted("> "))
    if r.random() < 0.3:
        d.lit("\n\n" + ctx.pick(T.DISCLAIMERS[ctx.pl]))
    return d


def make_message(rng, half, idx):
    lang = rng.choices([l for l, _ in LANG_W], [w for _, w in LANG_W])[0]
    kind, _, chans = rng.choices(KINDS, [k[1] for k in KINDS])[0]
    ctx = E.Ctx(rng, half, lang)
    ctx.brand = ctx.pick(P.BRANDS[ctx.lb])
    ctx.agent = ctx.pick(P.AGENTS)
    channel = rng.choice(chans)
    body, tid = body_for(kind, ctx)
    if channel == "email":
        doc = wrap_email(body, kind, ctx)
    elif channel == "agent_reply" and kind not in ("agent",):
        # agent relays / quotes a customer's paste internally or back to them
        doc = E.Doc()
        lead = {"nl": ["Hoi {first}, ik heb dit van je ontvangen:", "Ter controle, je stuurde ons:", "Intern doorgezet naar 2e lijn:"],
                "fr": ["Bonjour {first}, voici ce que nous avons reçu :", "Pour vérification, vous nous avez envoyé :", "Transmis en interne au 2e niveau :"],
                "en": ["Hi {first}, this is what we received from you:", "Just to check, you sent us:", "Escalated internally to 2nd line:"]}[ctx.pl]
        E.render_template(ctx.pick(lead) + "\n\n", ctx, doc)
        doc.add(body.quoted("> ") if rng.random() < 0.5 else body)
        doc.lit("\n\n")
        E.render_template({"nl": "Groet, {agent} | {brand} | {cphone}", "fr": "{agent} | {brand} | {cphone}",
                           "en": "Thanks, {agent} | {brand} | {cphone}"}[ctx.pl], ctx, doc)
    else:
        doc = body
        if channel in PUBLIC and kind != "public":
            channel = rng.choice(["whatsapp", "messenger"])
    text, spans, negs = doc.render()
    # trim outer whitespace consistently
    lead = len(text) - len(text.lstrip())
    if lead:
        text = text[lead:]
        for s in spans + negs:
            s["start"] -= lead
            s["end"] -= lead
    text = text.rstrip()
    rec = {"id": f"{PREFIX}-{'dev' if half == 0 else 'heldout'}-{idx:05d}", "channel": channel, "lang": lang,
           "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    return rec, tid


def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for a, b, k, t in items:
        assert 0 <= a < b <= len(text), (rec["id"], a, b, t)
        v = text[a:b]
        assert v == v.strip(), (rec["id"], t, repr(v))
        assert v.strip(".,;:!?") == v or t in ("username", "password", "wifi_key", "api_key", "token", "company_registration", "address") or v.endswith("."), (rec["id"], t, repr(v))
        if k == "span":
            assert t in E.LABELS
            if t == "card":
                assert V.luhn_ok(v), (rec["id"], v)
            if t == "iban":
                assert V.iban_ok(v), (rec["id"], v)
            if t == "bsn":
                assert V.nid_ok(v), (rec["id"], v)
        else:
            assert t in E.NEG_KINDS
    items.sort()
    for (a1, b1, *_), (a2, b2, *_) in zip(items, items[1:]):
        assert b1 <= a2, (rec["id"], text[a1:b1], text[a2:b2])


def build_half(seed, half):
    rng = random.Random(seed * 2 + half)
    recs, tids = [], []
    for i in range(N_PER_HALF):
        rec, tid = make_message(rng, half, i)
        check(rec)
        recs.append(rec)
        tids.append(tid)
    return recs, tids


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def stats(recs, tids):
    sp, sp_t, ng, ch, lg = collections.Counter(), collections.defaultdict(set), collections.Counter(), collections.Counter(), collections.Counter()
    for r, t in zip(recs, tids):
        ch[r["channel"]] += 1
        lg[r["lang"]] += 1
        for s in r["spans"]:
            sp[s["type"]] += 1
            sp_t[s["type"]].add(t)
        for n in r["negatives"]:
            ng[n["kind"]] += 1
    return sp, sp_t, ng, ch, lg


def readme(seed, halves):
    L = []
    L.append("# Scrub corpus blind50 — structured and semi-structured pastes (written blind)\n")
    L.append("This corpus was written blind: its author did not open, list, grep or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
             "did not read git history, and never ran the scrubber or a scorer. Labels come only from public knowledge of how "
             "these values look and how people paste them.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Structured and semi-structured text that customers and agents paste: web-form submissions relayed by e-mail "
             "(`Name: … / Phone: … / Account: …`) with field labels in many languages, orders and layouts (colon, `=`, bold "
             "markdown, stacked label/value, markdown tables, dotted padding, pipe-joined one-liners, tabs, `[Label]`), form "
             "metadata (submission date, IP address, user agent with version strings, form/submission ids, page URLs); CSV, "
             "semicolon- and tab-separated rows with and without headers or quotes; key: value blocks (credentials, card "
             "details, router stickers, `.env` snippets, SIM PIN/PUK); JSON from app error screens (pretty and compact, nested "
             "`details`); order confirmations and invoices pasted whole (SKUs, EAN-13 barcodes, quantities, amounts, VAT "
             "percentages, tracking numbers, masked cards, company registration numbers and service numbers); OCR'd letters with "
             "broken spacing (doubled/missing spaces, split words, `l`→`1`, joined lines, occasionally a stray space inside a "
             "value); bullet lists of several family members' details. Look-alikes are deliberately dense: order ids, ticket "
             "and invoice numbers, SKUs, request ids, checksums, version numbers, meter readings, masked values.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/blind50\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` (filler "
             "pools), `engine.py` (document builder, placeholder rendering, per-message value context), `structured.py` "
             "(form/CSV/JSON/invoice/OCR/family builders and their label pools), `templates.py` (key:value, chat, public, agent "
             "templates and e-mail furniture), `generate_blind.py` (composition, channels, self-check, this README).\n")
    L.append("## Split rule\n")
    L.append("Every template group (per kind and language) and every pool (field labels, layouts, intros, outros, CSV separators, "
             "bullet styles, family line formats, greetings, closings, signatures, quote headers, quoted agent texts, forward headers, "
             "disclaimers, names, streets, cities, mail domains, brands, agents, mentions, hashtags, URLs, model numbers, SSIDs, "
             "products) is dealt alternately: even index to dev, odd index to heldout. Each half uses its own "
             "`random.Random(seed * 2 + half)`. Typos are injected only into literal template text (cue words included), never "
             "into labelled values.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover the value only: never the cue word, field label, quotes around a JSON/CSV value, or `Bearer`.\n"
             "- Every occurrence is labelled, including repeats in agent replies and `> ` quoted history.\n"
             "- Addresses: a single-line address (street + number [+ bus/bte/Apt] [, postcode city]) is one span. When a form or letter "
             "splits the address, the street+number line is one span and a standalone postcode line/field is labelled `address` as "
             "well; a city on its own is never labelled.\n"
             "- Belgian national register numbers are labelled `bsn` (brief's convention), Dutch BSNs too.\n"
             "- EAN connection codes (18 digits, `871687…`/`5414…`) are `customer_number`; 13-digit EAN product barcodes in "
             "invoices are `product_code` negatives.\n"
             "- Router LAN addresses (`192.168.x.1`) are neither labelled nor negatives; public IPv4/IPv6 of customers "
             "(form metadata, JSON `clientIp`) are `ip_address`.\n"
             "- A router admin login name next to the password is `username`; SSIDs are unlabelled.\n"
             "- AWS access key id and secret are both `api_key`; JWTs, `ghp_`, `sess_`, `ya29.` and hex strings after a token cue "
             "are `token`. Hex strings after `SHA256`/`md5`-type cues would be `checksum` negatives.\n"
             "- OTPs dictated as words (\"vier zeven …\") are one `otp` span covering all words.\n"
             "- OCR noise may insert a space inside an IBAN/phone/customer number/card; the span still covers the whole value.\n"
             "- ISO timestamps in JSON (`2025-03-01T10:22:31Z`) are one `date` negative. User-agent `Chrome/…` strings are "
             "`version_string` negatives.\n"
             "- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.\n"
             "- Company service numbers (0900/0800/088/078/0345/1-800) are `company_phone`; KvK, BTW/VAT, ondernemingsnummer, "
             "Company No. are `company_registration`.\n"
             "- Personal names, cities, brands, agent initials (`^S.`) and SSIDs are unlabelled text.\n")
    L.append("## Known limitations\n")
    L.append("- Values are synthetic; checksums are valid (Luhn, mod-97, 11-proof, Belgian register check) but bank codes, "
             "postcodes and area codes are only plausible, not real.\n"
             "- Family members share the main person's e-mail pattern and surname.\n"
             "- Some combinations are semantically odd (e.g. a street from one pool with a postcode prefix of another city).\n"
             "- Typo injection is light (about one in four templates, one word).\n"
             "- The distinct-template counts below count the structured builders (form, csv, json, invoice, ocr, family) as one "
             "template each although their layouts and labels vary per message.\n")
    for name, (recs, tids) in halves.items():
        sp, sp_t, ng, ch, lg = stats(recs, tids)
        L.append(f"## Counts: {name}\n")
        L.append(f"Messages: {len(recs)}; e-mails: {ch['email']}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}\n")
        L.append(table([(t, sp[t], len(sp_t[t])) for t in E.LABELS], ["span type", "count", "distinct templates"]) + "\n")
        L.append(table([(k, ng[k]) for k in E.NEG_KINDS], ["negative kind", "count"]) + "\n")
        L.append(table(sorted(ch.items()), ["channel", "messages"]) + "\n")
        L.append(table(sorted(lg.items()), ["lang", "messages"]) + "\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261248)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    halves = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, tids = build_half(a.seed, half)
        halves[name] = (recs, tids)
        with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # no template text shared between halves for the template groups
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print({k: len(v[0]) for k, v in halves.items()})


if __name__ == "__main__":
    main()
