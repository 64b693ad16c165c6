#!/usr/bin/env python3
"""Blind webcare scrub corpus generator (blind132). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261330
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import pools as P
import templates_be as TB
import templates_en as TE
import templates_nl as TN
import values as V

PREFIX = "b132"
SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban",
              "bsn", "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"}
NEG_KINDS = set(V.NEG_GEN) | {"mention", "hashtag", "url", "company_phone"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 0.29), ("agent_reply", 0.10), ("x_public", 0.09), ("x_dm", 0.07), ("facebook_comment", 0.07),
            ("instagram_comment", 0.06), ("instagram_dm", 0.06), ("messenger", 0.08), ("whatsapp", 0.11), ("telegram", 0.07)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
TOKEN_RE = re.compile(r"\{([~$?]?)([A-Za-z_][A-Za-z_/ 'éèà]*?)(?:\|([a-z_/ ]+))?(?::(\d))?\}")

CHAT_OPEN = {
    "nl": ["hoi", "Hallo!", "Goedemiddag,", "hey", "Hoi hoi,", "Beste,", "Hallo daar", "Yo"],
    "nl-be": ["Hallo", "Dag,", "Goeiemiddag", "hey", "Hallo allemaal,", "Hoi"],
    "fr-be": ["Bonjour", "Bjr,", "Salut,", "Bonsoir", "Hello", "Re-bonjour,"],
    "en-gb": ["Hi", "Hiya,", "Hello", "Morning,", "hey there", "Evening all,"],
    "en-us": ["Hi", "Hey,", "Hello", "Hi there!", "Good morning", "Yo,"],
}
CHAT_CLOSE = {
    "nl": ["Alvast bedankt", "dank!", "Gr", "thx", "Groetjes", "??", "Snel reageren aub"],
    "nl-be": ["Merci!", "Alvast bedankt", "mvg", "Groetjes", "Dank u"],
    "fr-be": ["Merci d'avance", "Merci !", "Bàv", "cdlt", "Svp répondez vite"],
    "en-gb": ["Cheers", "Ta", "Thanks!", "Many thanks", "asap please"],
    "en-us": ["Thanks!", "thx", "Appreciate it", "ASAP please", "Thank you"],
}
IDWORD = {"nl": ["BSN", "burgerservicenummer", "BSN-nummer", "bsn", "sofinummer"],
          "nl-be": ["rijksregisternummer", "rijksregisternr.", "INSZ-nummer", "RRN"]}
MENTION_SUFFIX = {"nl": ["", "NL", "_nl", "Webcare", "Helpt"], "nl-be": ["", "_be", "BE", "Vlaanderen"],
                  "fr-be": ["", "_be", "Belgique", "_fr"], "en-gb": ["", "UK", "Help", "_Care"],
                  "en-us": ["", "Help", "Cares", "_US"]}
TLD = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}


def lg(lang):
    return {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def deal(lst, half):
    return lst[half::2] if len(lst) > 1 else list(lst)


def deal_groups(groups, half, tag):
    out = []
    for name, dom, tpls in groups:
        mine = tpls[half::2]
        out.append((f"{tag}:{name}", dom, [(f"{tag}:{name}:{half + 2 * i}", t) for i, t in enumerate(mine)]))
    return out


def deal_frames(lst, half, tag):
    return [(f"{tag}:{half + 2 * i}", t) for i, t in enumerate(lst[half::2])]


def build_half(half):
    H = {"pools": P.pools_for_half(half)}
    H["body"] = {
        "nl": deal_groups(TN.BODY, half, "nl"),
        "vl": deal_groups(TB.BODY_VL, half, "vl"),
        "fr": deal_groups(TB.BODY_FR, half, "fr"),
        "en": deal_groups(TE.BODY, half, "en"),
        "gb": deal_groups(TE.BODY_GB, half, "gb"),
        "us": deal_groups(TE.BODY_US, half, "us"),
    }
    fr = {}
    for key, mod, sfx in (("nl", TN, ""), ("vl", TB, "_VL"), ("fr", TB, "_FR"), ("en", TE, "")):
        fr[key] = {name.lower(): deal_frames(getattr(mod, name + sfx), half, f"{key}-{name.lower()}")
                   for name in ("GREETING", "CLOSING", "SIGNATURE", "DISCLAIMER", "QUOTE_HEADER", "FORWARD", "AGENT", "AGENT_SIG")}
    H["frames"] = fr
    H["company_phone"] = {k: deal(v, half) for k, v in V.COMPANY_PHONES.items()}
    H["chat_open"] = {k: deal(v, half) for k, v in CHAT_OPEN.items()}
    H["chat_close"] = {k: deal(v, half) for k, v in CHAT_CLOSE.items()}
    H["idword"] = {k: deal(v, half) for k, v in IDWORD.items()}
    H["msuffix"] = {k: deal(v, half) for k, v in MENTION_SUFFIX.items()}
    return H


# ------------------------------------------------------------------ rendering
class Ctx:
    def __init__(self, r, lang, H, domain):
        self.r, self.lang, self.H, self.domain = r, lang, H, domain
        self.pool = H["pools"][lang]
        self.cache = {}
        self.first = r.choice(self.pool["first"])
        self.last = r.choice(self.pool["last"])
        self.brand = {}
        self.used_templates = []

    def brand_for(self, dom):
        if dom not in self.brand:
            self.brand[dom] = self.r.choice(self.pool[dom])
        return self.brand[dom]


def gen_span(ctx, typ, var):
    r, lang = ctx.r, ctx.lang
    if typ == "email":
        return V.email(r, lang, None, ctx.first, ctx.last.split()[-1])
    if typ == "username":
        return V.username(r, lang, None, ctx.first, ctx.last.split()[-1])
    if typ == "address":
        return V.address(r, lang, ctx.pool)
    return V.SPAN_GEN[typ](r, lang, var)


def gen_neg(ctx, kind, var):
    r, lang = ctx.r, ctx.lang
    if kind == "mention":
        b = V._slug(ctx.brand_for(ctx.domain)).capitalize()
        return "@" + b + r.choice(ctx.H["msuffix"][lang])
    if kind == "hashtag":
        return r.choice(ctx.pool["hashtag"])
    if kind == "url":
        slug = V._slug(ctx.brand_for(ctx.domain))
        path = r.choice(ctx.pool["urlpath"])
        return r.choice([f"https://www.{slug}{TLD[lang]}{path}", f"www.{slug}{TLD[lang]}{path}", f"{slug}{TLD[lang]}{path}",
                         f"https://{slug}{TLD[lang]}{path}?ref=social"])
    if kind == "company_phone":
        return r.choice(ctx.H["company_phone"][lang])
    return V.NEG_GEN[kind](r, lang, var)


def gen_filler(ctx, name):
    r = ctx.r
    if name == "first":
        return ctx.first
    if name == "last":
        return ctx.last
    if name == "full":
        return f"{ctx.first} {ctx.last}"
    if name == "agent":
        return r.choice(ctx.pool["agent"])
    if name == "city":
        return r.choice(ctx.pool["city"])
    if name == "street":
        return r.choice(ctx.pool["street"])
    if name == "ssid":
        return r.choice(ctx.pool["ssid"])
    if name == "brand":
        return ctx.brand_for(ctx.domain)
    if name == "idword":
        return r.choice(ctx.H["idword"].get(ctx.lang, ["ID"]))
    raise KeyError(name)


def render(ctx, tid, tpl):
    """Return list of segments (text, label); label None | ('span', type) | ('neg', kind)."""
    segs = []
    pos = 0
    ctx.used_templates.append((tid, tpl))
    for m in TOKEN_RE.finditer(tpl):
        pre, name, var, idx = m.group(1), m.group(2), m.group(3), m.group(4) or "1"
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        pos = m.end()
        if pre == "" and name in SPAN_TYPES:
            key = ("s", name, var, idx)
            if key not in ctx.cache:
                ctx.cache[key] = gen_span(ctx, name, var)
            segs.append((ctx.cache[key], ("span", name)))
        elif pre == "~" and name in NEG_KINDS:
            key = ("n", name, var, idx)
            if key not in ctx.cache:
                ctx.cache[key] = gen_neg(ctx, name, var)
            segs.append((ctx.cache[key], ("neg", name)))
        elif pre == "$":
            key = ("f", name, idx)
            if key not in ctx.cache:
                ctx.cache[key] = gen_filler(ctx, name)
            segs.append((ctx.cache[key], None))
        elif pre == "?":
            segs.append((ctx.r.choice(name.split("/")), None))
        else:  # macro placeholder such as {first_name}: literal, unlabelled
            segs.append((m.group(0), None))
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def typo_word(r, w):
    i = r.randrange(1, len(w) - 1)
    op = r.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.6:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "y", "s": "d", "r": "t", "l": "k", "d": "f"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]


def add_typos(r, segs, rate, lower=False):
    out = []
    for text, lab in segs:
        if lab is None and "{" not in text:
            def rep(m):
                w = m.group(0)
                return typo_word(r, w) if len(w) >= 4 and r.random() < rate else w
            text = re.sub(r"[A-Za-zéèëïáàç]+", rep, text)
            if lower:
                text = text.lower()
        out.append((text, lab))
    return out


def quote(segs, prefix="> "):
    out = [(prefix, None)]
    for text, lab in segs:
        if lab is None:
            out.append((text.replace("\n", "\n" + prefix), None))
        else:
            out.append((text.replace("\n", ", "), lab))
    return out


def lit(s):
    return [(s, None)]


# ------------------------------------------------------------------ message assembly
def pick_lang(r):
    return r.choices([l for l, _ in LANGS], weights=[w for _, w in LANGS])[0]


def pick_channel(r):
    return r.choices([c for c, _ in CHANNELS], weights=[w for _, w in CHANNELS])[0]


def body_groups(H, lang):
    b = H["body"]
    if lang == "nl":
        return [(g, 1.0) for g in b["nl"]]
    if lang == "nl-be":
        return [(g, 1.6) for g in b["vl"]] + [(g, 0.7) for g in b["nl"]]
    if lang == "fr-be":
        return [(g, 1.0) for g in b["fr"]]
    extra = b["gb"] if lang == "en-gb" else b["us"]
    return [(g, 1.0) for g in b["en"]] + [(g, 2.0) for g in extra]


def frame_key(lang):
    return {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def choose_body(r, H, lang, public_pref):
    groups = body_groups(H, lang)
    pub = [(g, w) for g, w in groups if "public" in g[0]]
    non = [(g, w) for g, w in groups if "public" not in g[0]]
    src = pub if (public_pref and pub and r.random() < 0.55) else non
    g = r.choices([x for x, _ in src], weights=[w for _, w in src])[0]
    name, dom, tpls = g
    tid, tpl = r.choice(tpls)
    return dom, tid, tpl


def frame(r, H, lang, name):
    key = frame_key(lang)
    lst = H["frames"][key][name]
    if lang == "nl-be" and name in ("agent",) and r.random() < 0.4:
        lst = H["frames"]["nl"][name]
    return r.choice(lst)


def make_message(r, H, lang, channel):
    public = channel in PUBLIC
    dom, tid, tpl = choose_body(r, H, lang, public)
    ctx = Ctx(r, lang, H, dom)
    segs = []
    rate = 0.03 if channel == "email" else 0.06
    if channel == "agent_reply":
        ctx.domain = r.choice(["bike", "grid", "waste", "photo", "lux", "baby", "muni"])
        atid, atpl = frame(r, H, lang, "agent")
        if r.random() < 0.2:
            handle = "@" + V._slug(ctx.first) + r.choice(["", "_", "."]) + V._slug(ctx.last)[:r.randint(1, 6)] + str(r.randint(1, 99))
            segs += [(handle, ("neg", "mention")), (" ", None)]
        segs += render(ctx, atid, atpl)
        if r.random() < 0.45:
            stid, stpl = frame(r, H, lang, "agent_sig")
            segs += lit("\n\n") + render(ctx, stid, stpl)
        if r.random() < 0.25:
            # agent quoting the customer's message
            segs += lit("\n\n") + quote(render(ctx, tid, tpl))
        return ctx, add_typos(r, segs, 0.01)
    if channel == "email":
        gtid, gtpl = frame(r, H, lang, "greeting")
        segs += render(ctx, gtid, gtpl) + lit("\n\n")
        if r.random() < 0.12:
            ftid, ftpl = frame(r, H, lang, "forward")
            segs = render(ctx, ftid, ftpl) + lit("\n") + segs
        segs += render(ctx, tid, tpl)
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            d2, t2, p2 = choose_body(r, H, lang, False)
            if t2 != tid:
                segs += lit(r.choice(["\n\n", "\n\nVerder: " if lang.startswith("nl") else ("\n\nAussi : " if lang == "fr-be" else "\n\nAlso: "), "\n\nPS "]))
                segs += render(ctx, t2, p2)
        ctid, ctpl = frame(r, H, lang, "closing")
        segs += lit("\n\n") + render(ctx, ctid, ctpl) + lit("\n")
        stid, stpl = frame(r, H, lang, "signature")
        segs += render(ctx, stid, stpl)
        if r.random() < 0.75:
            qtid, qtpl = frame(r, H, lang, "quote_header")
            atid, atpl = frame(r, H, lang, "agent")
            sgid, sgpl = frame(r, H, lang, "agent_sig")
            q = render(ctx, atid, atpl) + lit("\n\n") + render(ctx, sgid, sgpl)
            if r.random() < 0.4:
                # older customer message quoted two levels deep
                d3, t3, p3 = choose_body(r, H, lang, False)
                q += lit("\n\n") + quote(render(ctx, t3, p3))
            segs += lit("\n\n") + render(ctx, qtid, qtpl) + lit("\n") + quote(q)
        if r.random() < 0.35:
            dtid, dtpl = frame(r, H, lang, "disclaimer")
            segs += lit("\n\n" + r.choice(["--\n", "", "_____\n"])) + render(ctx, dtid, dtpl)
        return ctx, add_typos(r, segs, rate)
    # chats and public posts
    if public and "{~mention}" not in tpl and r.random() < 0.6:
        segs += render(ctx, "mention", "{~mention} ")
    elif not public and r.random() < 0.45:
        segs += lit(r.choice(H["chat_open"][lang]) + r.choice([" ", "\n", ", "]))
    segs += render(ctx, tid, tpl)
    if channel in ("whatsapp", "telegram", "messenger", "instagram_dm", "x_dm") and r.random() < 0.25:
        d2, t2, p2 = choose_body(r, H, lang, False)
        if t2 != tid:
            segs += lit(r.choice(["\n", "\n\n", " // ", "\n+ "])) + render(ctx, t2, p2)
    if public and r.random() < 0.3 and "{~hashtag}" not in tpl:
        segs += lit(" ") + render(ctx, "hashtag", "{~hashtag}")
    if r.random() < 0.3:
        segs += lit(r.choice([" ", "\n"]) + r.choice(H["chat_close"][lang]))
    return ctx, add_typos(r, segs, rate, lower=(r.random() < 0.15))


def finalize(segs):
    text = ""
    spans, negs = [], []
    for t, lab in segs:
        if lab is not None:
            s, e = len(text), len(text) + len(t)
            if lab[0] == "span":
                spans.append({"type": lab[1], "start": s, "end": e})
            else:
                negs.append({"kind": lab[1], "start": s, "end": e})
        text += t
    return text, spans, negs


def check(rec):
    t = rec["text"]
    items = [("s", x["type"], x["start"], x["end"]) for x in rec["spans"]] + \
            [("n", x["kind"], x["start"], x["end"]) for x in rec["negatives"]]
    for k, typ, s, e in items:
        assert 0 <= s < e <= len(t), (rec["id"], typ, s, e)
        v = t[s:e]
        assert v == v.strip() and v.strip(".,;:!?") != "", (rec["id"], typ, repr(v))
        if k == "s":
            assert typ in SPAN_TYPES
            if typ == "card":
                assert V.luhn_ok(v), (rec["id"], v)
            if typ == "iban":
                assert V.iban_ok(v), (rec["id"], v)
            if typ == "bsn":
                d = "".join(c for c in v if c.isdigit())
                assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
        else:
            assert typ in NEG_KINDS
    srt = sorted(items, key=lambda x: x[2])
    for a, b in zip(srt, srt[1:]):
        assert a[3] <= b[2], ("overlap", rec["id"], a, b)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")


def generate(seed):
    halves = {}
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        r = random.Random(seed * 2 + half)
        H = build_half(half)
        recs = []
        tmpl_by_type = collections.defaultdict(set)
        n = 950
        for i in range(n):
            lang = pick_lang(r)
            ch = pick_channel(r)
            ctx, segs = make_message(r, H, lang, ch)
            text, spans, negs = finalize(segs)
            rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": ch, "lang": lang,
                   "visibility": "public" if ch in PUBLIC else "private",
                   "text": text, "spans": spans, "negatives": negs}
            check(rec)
            for tid, tpl in ctx.used_templates:
                for m in TOKEN_RE.finditer(tpl):
                    if m.group(1) == "" and m.group(2) in SPAN_TYPES:
                        tmpl_by_type[m.group(2)].add(tid)
            recs.append(rec)
        halves[name] = recs
        stats[name] = tmpl_by_type
    # template ids must not be shared between halves
    all_dev = set().union(*stats["dev"].values())
    all_held = set().union(*stats["heldout"].values())
    assert not (all_dev & all_held), "template shared between halves"
    return halves, stats


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def write_readme(path, seed, halves, stats):
    L = []
    L.append("# Scrub corpus blind132 — bikes & lease, grid operators & meters, municipal & waste, photo, luxury & watch repair, baby & kids\n")
    L.append("This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and did not read git history. No scrubber or scorer was run. Only `BRIEF.md` was read.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nBike shops and bike lease (lease contract numbers, lock codes, app logins), electricity grid "
             "operators and meter readings (EAN codes as customer numbers, meter readings as negatives, P1 dongles with wifi "
             "keys/IPs/ports), municipal services and waste collection (BSN / Belgian national register numbers, waste pass "
             "numbers, DigiD/itsme codes), photographers and photo printing (gallery passwords, print-lab API keys and tokens, "
             "checksums as negatives), luxury goods and watch repair (model references as negatives, card+CVV payments, "
             "insured delivery addresses), baby and kids' products (registry numbers, children's dates of birth, hacked "
             "accounts). Dutch, Flemish, Belgian French, UK and US customers; all ten channels; typos; e-mail greetings, "
             "signatures, disclaimers, forwarded headers and quoted history; agent replies.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind132\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Modules: `values.py` (value and negative generators with Luhn / mod-97 / 11-proof / RRN checks), `pools.py` "
             "(filler pools), `templates_nl.py`, `templates_be.py`, `templates_en.py` (templates per language), "
             "`generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n\nTemplates are written in groups (language, kind, situation). Each group's members are dealt "
             "alternately: even index to dev, odd index to heldout. The same holds for every frame list (greetings, closings, "
             "signatures, disclaimers, quote headers, forward headers, agent replies, agent signatures, chat openers/closers) "
             "and every filler pool (first/last names, streets, cities, UK postcode areas, US states, brands per domain — from "
             "which mentions and URLs are derived —, URL paths, hashtags, agents, SSIDs, company phone numbers, ID words). "
             f"Each half uses its own `random.Random(seed * 2 + half)`. The generator asserts that no template id occurs in both "
             "halves. Value *formats* (e.g. phone groupings, IBAN grouping/case) are shared generators, not dealt.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in agent "
             "replies and quoted history (values inside quotes are identical to the original).\n"
             "- Addresses: street + number, plus postcode/city when written right after; a signature address over two lines "
             "is ONE span containing the line break. In quoted blocks multi-line addresses are rendered with \", \".\n"
             "- A street name without number, or a city alone, is not labelled.\n"
             "- Belgian national register numbers are labelled `bsn` (as the brief says).\n"
             "- EAN connection codes (18 digits, 8716…/5414…), UK MPANs, US utility account numbers, lease contracts, waste "
             "passes, baby-registry numbers, loyalty/member numbers and policy numbers are `customer_number`.\n"
             "- Bike lock combinations, key-safe, gate, door and alarm codes and phone unlock codes are `pin`; a gate code "
             "may end with `#` which is included as part of the code.\n"
             "- OTPs may be dictated as number words (\"four eight two ...\"); the whole word sequence is one span.\n"
             "- Usernames are labelled only when given as a login; e-mail addresses used as login are `email`.\n"
             "- Children's dates of birth are `date_of_birth`; expected due dates are negatives (`date`).\n"
             "- Bearer/JWT/PAT/OAuth tokens are `token`; vendor keys (sk_live_, AKIA…, AIza…, SG.…, phk_) and AWS secrets "
             "are `api_key`; 32/40 hex strings after \"token\" are `token`, while 32/64 hex after checksum/sha256 are "
             "negatives (`checksum`).\n"
             "- Meter readings (kWh, m³, register values with leading zeros) are negatives `meter_reading`; watch references, "
             "meter/bike/stroller/camera models are `model_number`.\n"
             "- Organisation service numbers (also in agent signatures) are `company_phone` negatives; KvK/BTW/VAT/"
             "ondernemingsnummer/company numbers in signatures are `company_registration`.\n"
             "- Masked values (****1234, NL** **** ...) are `masked_value` negatives.\n"
             "- Macro placeholders like `{first_name}` and `<code>` and personal names are unlabelled.\n"
             "- Typos are injected only into literal text (cue words included), never into values; some chat messages are "
             "lower-cased (literal text only).\n")
    L.append("## Known limitations\n\n"
             "- Template-based: sentence frames repeat within a half; values are synthetic (random digits with valid "
             "checksums, not real allocations; UK mobile numbers partly from the fictional 07700 900 range).\n"
             "- Brand names are real organisations used only as fillers; no real customer data.\n"
             "- Company e-mail addresses are deliberately absent (no negative kind exists for them).\n"
             "- Belgian IBANs have valid national check digits; Dutch IBANs only satisfy mod-97 (no legacy 11-proof).\n"
             "- Some unlabelled text may still look like PII to a detector (e.g. SSIDs, fictitious street names without numbers).\n"
             "- Order/ticket/invoice numbers are often pure digit strings that resemble customer numbers; they are "
             "negatives by cue word, which is intended to be hard.\n")
    L.append("## Counts\n")
    for name in ("dev", "heldout"):
        recs = halves[name]
        L.append(f"### {name} ({name}.jsonl): {len(recs)} messages\n")
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        L.append("| span type | spans | distinct templates |\n|---|---|---|")
        for k, v in sorted(sc.items(), key=lambda x: (-x[1], x[0])):
            L.append(f"| {k} | {v} | {len(stats[name][k])} |")
        L.append("")
        L.append(table(collections.Counter(s["kind"] for r in recs for s in r["negatives"]), "negative kind"))
        L.append("")
        L.append(table(collections.Counter(r["channel"] for r in recs), "channel"))
        L.append("")
        L.append(table(collections.Counter(r["lang"] for r in recs), "lang"))
        L.append("")
        em = [len(r["text"]) for r in recs if r["channel"] == "email"]
        L.append(f"E-mails: {len(em)}, median length {sorted(em)[len(em) // 2]} chars, "
                 f"{sum(1 for x in em if 500 <= x <= 2000)} between 0.5 and 2 KB.\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261330)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    halves, stats = generate(a.seed)
    for name, recs in halves.items():
        with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme(os.path.join(here, "README.md"), a.seed, halves, stats)
    print({k: len(v) for k, v in halves.items()})


if __name__ == "__main__":
    main()
