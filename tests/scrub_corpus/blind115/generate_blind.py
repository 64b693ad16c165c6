#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind115). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261313
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import values as V
from pools import POOLS, deal
from templates_nl import NL, NL_FRAMES, NL_ECHO, NL_MISC
from templates_be import NLBE, NLBE_FRAMES, NLBE_ECHO, NLBE_MISC, FRBE, FRBE_FRAMES, FRBE_ECHO, FRBE_MISC
from templates_en import EN, EN_FRAMES, EN_ECHO, EN_MISC

PREFIX = "b115"
N_PER_HALF = 950
TOKEN = re.compile(r"\{([snfe]):([a-z_]+)(?:#(\d+))?\}")
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 30), ("agent_reply", 12), ("whatsapp", 12), ("messenger", 8), ("x_public", 8), ("facebook_comment", 7),
            ("telegram", 6), ("x_dm", 6), ("instagram_dm", 5), ("instagram_comment", 6)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
BODY_GROUPS = ["account", "payment", "identity", "contact", "codes", "tech", "noisy", "misc"]


def parse(block):
    groups = {}
    cur = None
    for line in block.strip("\n").split("\n"):
        if line.startswith("== "):
            cur = line[3:].strip()
            groups[cur] = []
        elif line.strip():
            groups[cur].append(line.replace("\\n", "\n"))
    return groups


def tkey(lang):
    return "en" if lang.startswith("en") else lang


RAW = {}
for key, blocks in {"nl": (NL, NL_FRAMES, NL_ECHO, NL_MISC), "nl-be": (NLBE, NLBE_FRAMES, NLBE_ECHO, NLBE_MISC),
                    "fr-be": (FRBE, FRBE_FRAMES, FRBE_ECHO, FRBE_MISC), "en": (EN, EN_FRAMES, EN_ECHO, EN_MISC)}.items():
    g = {}
    for b in blocks:
        g.update(parse(b))
    RAW[key] = g


# ------------------------------------------------------------------ message builder
class Msg:
    def __init__(self):
        self.parts = []  # (text, kind, label) kind: lit/span/neg

    def lit(self, t):
        if t:
            self.parts.append([t, "lit", None])
        return self

    def add(self, t, kind, label):
        assert t == t.strip() and t, (t, label)
        self.parts.append([t, kind, label])
        return self

    def extend(self, other):
        self.parts.extend([list(p) for p in other.parts])
        return self

    def quoted(self, prefix="> "):
        out = Msg()
        out.lit(prefix)
        for t, k, l in self.parts:
            if k == "lit":
                out.lit(t.replace("\n", "\n" + prefix))
            else:
                out.parts.append([t, k, l])
        return out

    def build(self):
        text, spans, negs = "", [], []
        for t, k, l in self.parts:
            s = len(text)
            text += t
            if k == "span":
                spans.append({"type": l, "start": s, "end": len(text)})
            elif k == "neg":
                negs.append({"kind": l, "start": s, "end": len(text)})
        return text, spans, negs


# ------------------------------------------------------------------ rendering
SPAN_GEN = {"card": V.card, "cvv": V.cvv, "card_expiry": V.card_expiry, "iban": V.iban, "bsn": V.bsn, "password": V.password,
            "pin": V.pin, "puk": V.puk, "otp": V.otp, "wifi_key": V.wifi_key, "api_key": V.api_key, "token": V.token,
            "ip_address": V.ip_address, "phone": V.phone, "date_of_birth": V.date_of_birth, "customer_number": V.customer_number}
NEG_GEN = {k[4:]: getattr(V, k) for k in dir(V) if k.startswith("neg_")}
SECRET = {"password", "wifi_key", "api_key", "token", "pin"}
POOLED_NEG = {"model_number", "url", "mention", "hashtag"}


class Ctx:
    def __init__(self, rng, lang, pools, templates, template_ids):
        self.rng, self.lang, self.pools, self.T, self.tids = rng, lang, pools, templates, template_ids
        self.half = pools["_half"]
        fam = {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(lang, "en")
        self.persona = {"first": rng.choice(pools["first_" + fam]), "last": rng.choice(pools["last_" + fam])}
        self.cache = {}
        self.echo = None
        self.used = []  # (type, template id)

    def span_value(self, typ):
        r, loc = self.rng, self.lang
        if typ == "email":
            return V.email(r, loc, self.persona)
        if typ == "username":
            return V.username(r, loc, self.persona)
        if typ == "address":
            return V.address(r, loc, self.persona, self.pools)
        return SPAN_GEN[typ](r, loc)

    def neg_value(self, kind):
        if kind in POOLED_NEG:
            return NEG_GEN[kind](self.rng, self.lang, self.pools)
        return NEG_GEN[kind](self.rng, self.lang)

    def filler(self, name):
        p = self.persona
        if name == "name":
            return f"{p['first']} {p['last']}"
        if name == "first":
            return p["first"]
        return self.rng.choice(self.pools[name])

    def render(self, tpl, tid):
        m = Msg()
        pos = 0
        for mt in TOKEN.finditer(tpl):
            m.lit(tpl[pos:mt.start()])
            pos = mt.end()
            kind, name, ref = mt.group(1), mt.group(2), mt.group(3)
            if kind == "s":
                key = (name, ref)
                if ref and key in self.cache:
                    v = self.cache[key]
                else:
                    v = self.span_value(name)
                    if ref:
                        self.cache[key] = v
                m.add(v, "span", name)
                self.used.append((name, tid))
            elif kind == "n":
                if name == "model_number":
                    pass
                m.add(self.neg_value(name), "neg", name)
            elif kind == "e":
                v, t = self.echo
                m.add(v, "span", t)
                self.used.append((t, tid))
            else:
                if name == "model":
                    m.add(self.rng.choice(self.pools["model"]), "neg", "model_number")
                else:
                    m.lit(self.filler(name))
        m.lit(tpl[pos:])
        return m

    def pick(self, group):
        lst = self.T[tkey(self.lang)][group]
        i = self.rng.randrange(len(lst))
        return self.render(lst[i], self.tids[(tkey(self.lang), group, i)])


# ------------------------------------------------------------------ typos (literal text only)
def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiourstn") + w[i + 1:]


def inject_typos(rng, msg, n):
    for _ in range(n):
        cands = [p for p in msg.parts if p[1] == "lit" and re.search(r"[A-Za-zà-ÿ]{4,}", p[0])]
        if not cands:
            return
        p = rng.choice(cands)
        words = list(re.finditer(r"[A-Za-zà-ÿ]{4,}", p[0]))
        w = rng.choice(words)
        p[0] = p[0][:w.start()] + typo_word(rng, w.group()) + p[0][w.end():]


# ------------------------------------------------------------------ composition per channel
CHAT_PREFIX = {
    "nl": ["", "", "Hoi, ", "Hallo! ", "goedemiddag, ", "Sorry dat ik stoor maar ", "Vraagje: ", "Hey "],
    "nl-be": ["", "", "Dag, ", "Hallo, ", "Hey, ", "Goeiedag, ", "Vraagske: "],
    "fr-be": ["", "", "Bonjour, ", "Salut, ", "Bonsoir ", "Petite question : ", "Re-bonjour, "],
    "en": ["", "", "Hi, ", "Hey ", "hello - ", "Quick one: ", "Sorry to bother you but ", "Morning! "],
}
CHAT_SUFFIX = {
    "nl": ["", "", " Alvast bedankt!", " Groetjes", " 🙏", " Graag snel reactie.", " thx"],
    "nl-be": ["", "", " Merci!", " Groetjes", " Alvast bedankt", " 👍"],
    "fr-be": ["", "", " Merci !", " Bonne journée", " Merci d'avance", " 🙏"],
    "en": ["", "", " Thanks!", " cheers", " ta", " 🙏", " Please help."],
}
QUOTE_CUSTOMER = {"nl": ["{name} schreef:", "Bericht van {name}:"], "nl-be": ["{name} schreef:", "Origineel bericht van {name}:"],
                  "fr-be": ["{name} a écrit :", "Message de {name} :"], "en": ["{name} wrote:", "Original message from {name}:"]}
FWD_INTRO = {"nl": ["Zie hieronder, graag actie.", "Ter info doorgestuurd"], "nl-be": ["Zie onderstaande mail aub.", "Ter info"],
             "fr-be": ["Voir ci-dessous svp.", "Pour info"], "en": ["See below please.", "FYI"]}
WHATSAPP_PASTE = {"nl": "Hierbij de sms die ik kreeg:", "nl-be": "Dit is de sms:", "fr-be": "Voici le SMS reçu :", "en": "Here's the text I got:"}


def start_piece(ctx, msg):
    """Unlabelled chat opener; each is part of the literal text."""
    k = tkey(ctx.lang)
    msg.lit(ctx.rng.choice(CHAT_PREFIX[k][ctx.half::2]))


def make_chat(ctx, channel):
    rng = ctx.rng
    m = Msg()
    if channel in PUBLIC:
        if rng.random() < 0.7:
            return ctx.pick("public")
        m.add(ctx.neg_value("mention"), "neg", "mention").lit(" ")
        m.extend(ctx.pick(rng.choice(BODY_GROUPS)))
        if rng.random() < 0.5:
            m.lit(" ").add(ctx.neg_value("hashtag"), "neg", "hashtag")
        return m
    if channel == "whatsapp" and rng.random() < 0.25:
        # pasted chat export line with timestamp
        d, t = ctx.neg_value("date"), ctx.neg_value("time")
        m.lit("[").add(t, "neg", "time").lit(", ").add(d, "neg", "date").lit("] " + ctx.persona["first"] + ": ")
    else:
        start_piece(ctx, m)
    m.extend(ctx.pick(rng.choice(BODY_GROUPS)))
    if rng.random() < 0.3:
        m.lit(rng.choice([["\n", "\nOh en ", "\nPS "], ["\n\n", " ", "\nEn verder: "]][ctx.half] if tkey(ctx.lang) in ("nl", "nl-be") else [["\n", "\nPS "], ["\n\n", " ", "\nAlso: "]][ctx.half]))
        m.extend(ctx.pick(rng.choice(BODY_GROUPS)))
    m.lit(rng.choice(CHAT_SUFFIX[tkey(ctx.lang)][ctx.half::2]))
    return m


def make_agent(ctx):
    rng = ctx.rng
    if rng.random() < 0.35:
        cust = ctx.pick(rng.choice(["account", "payment", "identity", "contact", "codes"]))
        sp = [p for p in cust.parts if p[1] == "span"]
        if sp:
            p = rng.choice(sp)
            ctx.echo = (p[0], p[2])
            m = ctx.pick("echo")
            m.lit("\n\n" + QUOTE_CUSTOMER[tkey(ctx.lang)][ctx.half].format(name=ctx.persona["first"]) + "\n")
            m.extend(cust.quoted())
            return m
    m = ctx.pick("agent")
    if rng.random() < 0.4:
        m.extend(ctx.pick("agent_sig"))
    elif rng.random() < 0.3:
        m.lit(rng.choice([" ", "\n"]) + ctx.filler("initials"))
    return m


def make_email(ctx):
    rng = ctx.rng
    m = Msg()
    fwd = rng.random() < 0.15
    if fwd:
        m.lit(FWD_INTRO[tkey(ctx.lang)][ctx.half] + "\n\n")
        m.extend(ctx.pick("forward")).lit("\n\n")
    m.extend(ctx.pick("greeting")).lit("\n\n")
    m.extend(ctx.pick(rng.choice(BODY_GROUPS)))
    nb = rng.choice([1, 1, 2, 2, 3])
    for _ in range(nb):
        m.lit("\n\n")
        m.extend(ctx.pick(rng.choice(BODY_GROUPS)))
    m.lit("\n\n").extend(ctx.pick("closing")).lit("\n").extend(ctx.pick("sig"))
    if rng.random() < 0.85:
        m.lit("\n\n").extend(ctx.pick("quote_hdr")).lit("\n")
        m.extend(ctx.pick("quote_body").quoted())
        if rng.random() < 0.4:
            q2 = Msg().extend(ctx.pick("quote_hdr")).lit("\n").extend(ctx.pick(rng.choice(BODY_GROUPS)).quoted())
            m.lit("\n> \n").extend(q2.quoted())
    if rng.random() < 0.5:
        m.lit("\n\n").extend(ctx.pick("disclaimer"))
    return m


# ------------------------------------------------------------------ self-check
def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for s, e, k, l in items:
        assert 0 <= s < e <= len(text), (rec["id"], s, e)
        v = text[s:e]
        assert v == v.strip(), (rec["id"], l, repr(v))
        if l not in SECRET:
            assert v[-1] not in ".,;:", (rec["id"], l, repr(v))
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (rec["id"], a, b, "overlap")
    for sp in rec["spans"]:
        v = text[sp["start"]:sp["end"]]
        d = re.sub(r"\D", "", v)
        if sp["type"] == "card":
            assert V.luhn_ok(d) and 13 <= len(d) <= 19, (rec["id"], v)
        elif sp["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif sp["type"] == "bsn":
            assert V.bsn_ok(d) or V.rrn_ok(d), (rec["id"], v)


def make_half(seed, half, templates, tids):
    rng = random.Random(seed * 2 + half)
    pools = deal(POOLS, half)
    pools["_half"] = half
    T = {k: {g: lst[half::2] for g, lst in groups.items()} for k, groups in templates.items()}
    htids = {}
    for (k, g, i), t in tids.items():
        if i % 2 == half:
            htids[(k, g, i // 2)] = t
    recs, used = [], defaultdict(set)
    name = ["dev", "heldout"][half]
    for n in range(N_PER_HALF):
        lang = rng.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        ctx = Ctx(rng, lang, pools, T, htids)
        if channel == "email":
            m = make_email(ctx)
        elif channel == "agent_reply":
            m = make_agent(ctx)
        else:
            m = make_chat(ctx, channel)
        if rng.random() < 0.35:
            inject_typos(rng, m, rng.choice([1, 1, 2, 3]))
        text, spans, negs = m.build()
        rec = {"id": f"{PREFIX}-{name}-{n:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        for t, tid in ctx.used:
            used[t].add(tid)
        recs.append(rec)
    return recs, used


def table(rows, head):
    out = [f"| {head[0]} | {head[1]} |" if len(head) == 2 else "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def readme(seed, halves):
    L = []
    L.append("# Scrub corpus blind115: childcare, vets & pet insurance, movers & storage, language/driving schools, funerals, gyms\n")
    L.append("This corpus was **written blind**: its author did not open, read, grep or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/`, any other corpus/scorer/generator directory under `tests/scrub_corpus/`, and did not read git "
             "history. No scrubber or scorer was run. All templates were written from public knowledge of how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nChildcare apps and daycare centres (parent portals, gate codes, BSN/rijksregisternummer for enrolment), veterinary "
             "clinics and pet insurance (claims, IBAN refunds, policy numbers), moving companies and self-storage units (addresses, keybox "
             "codes, meter readings, deposits), language schools and driving schools (logins, enrolment forms, lesson bookings), funeral "
             "services (deceased's data, funeral plans, delivery addresses), gyms with personal trainers (member numbers, card payments, "
             "wifi). Languages nl, nl-be, fr-be, en-gb, en-us; all ten channels; typos, signatures, quoted and forwarded history, agent replies "
             "that echo customer values.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind115\npython3 generate_blind.py --seed {seed}\n```\n\nModules: `values.py` "
             "(value and hard-negative generators, checksums), `pools.py` (filler pools), `templates_nl.py`, `templates_be.py`, `templates_en.py` "
             "(templates per language), `generate_blind.py` (composition, split, self-check, README).\n")
    L.append("## Split rule\n\nTemplates are written in groups per language and situation (account, payment, identity, contact, codes, tech, "
             "noisy, misc, public, agent, echo, agent_sig, greeting, closing, sig, quote_hdr, quote_body, disclaimer, forward). Within each group, members at "
             "even index go to dev and odd index to heldout, so no template, frame, greeting, signature, quote block or disclaimer is shared "
             "between halves. Every filler pool (names, streets, cities, brands, agents, initials, mentions, hashtags, URLs, model numbers, "
             "SSIDs) is dealt the same way, as are chat openers/closers, quote-attribution lines and forward intros. English templates are shared by en-gb and en-us within a half (values are localised). Each half "
             "uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal template text, never into labelled values "
             "or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled, also when an agent echoes it or it sits in quoted history.\n"
             "- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`, with valid mod-97 check (both pre- and post-2000 rule).\n"
             "- E-mail addresses written as `name [at] domain` or `name(at)domain` are labelled `email`.\n"
             "- OTPs dictated as number words (`vier acht ...`, `quatre-huit ...`) are one `otp` span.\n"
             "- Addresses may be just street + number, or full with postcode/city; Belgian `bus`/`bte`/`/n` box numbers are inside the span.\n"
             "- Door, gate, keybox, alarm, storage-unit access codes and SIM/card PINs are `pin`; a trailing `#` on a keypad code is part of the value.\n"
             "- Meter-point EAN numbers (18 digits, 8716.../5414...), member, policy, contract, pupil and plan numbers are `customer_number`.\n"
             "- Funeral/claim/complaint dossier references are `ticket_number` negatives (they identify a case, not a person).\n"
             "- Product barcodes (871...) are `product_code` negatives even though they look like numbers; file hashes after 'checksum' are `checksum` negatives.\n"
             "- Model names of devices (`Nanit Pro`, `Technogym Run 700`) are `model_number` negatives.\n"
             "- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.\n"
             "- Organisation service numbers in agent replies, disclaimers and quote blocks are `company_phone` negatives; KvK/BTW/ondernemingsnummer/company no./EIN are `company_registration`.\n"
             "- Personal names, child and pet names, cities alone, SSIDs and agent initials are not labelled.\n"
             "- Company e-mail addresses are avoided entirely (quote headers name the organisation, not an address).\n")
    L.append("## Known limitations\n\n- Template-based: sentence structure repeats within a half; values are random and not semantically tied to the persona except e-mail/username.\n"
             "- Phone/customer-number formats come from one generator shared by both halves (only templates and pools are split).\n"
             "- Forwarded headers reuse the persona's name for both sender and recipient.\n"
             "- Typos are simple character edits; no autocorrect-style word substitutions.\n"
             "- Some negatives (e.g. a bare 3-digit error code, a 12-digit tracking number) are intentionally indistinguishable from PII without context.\n")
    L.append("## Counts\n")
    for name, (recs, used) in halves.items():
        L.append(f"### {name}\n\nMessages: {len(recs)}\n")
        sc = Counter(s["type"] for r in recs for s in r["spans"])
        L.append(table([(t, sc[t], len(used[t])) for t in sorted(sc)], ["span type", "count", "distinct templates"]) + "\n")
        nc = Counter(n["kind"] for r in recs for n in r["negatives"])
        L.append(table([(k, nc[k]) for k in sorted(nc)], ["negative kind", "count"]) + "\n")
        cc = Counter(r["channel"] for r in recs)
        L.append(table([(k, cc[k]) for k in sorted(cc)], ["channel", "messages"]) + "\n")
        lc = Counter(r["lang"] for r in recs)
        L.append(table([(k, lc[k]) for k in sorted(lc)], ["language", "messages"]) + "\n")
        el = [len(r["text"].encode()) for r in recs if r["channel"] == "email"]
        if el:
            L.append(f"E-mail sizes (bytes): min {min(el)}, median {sorted(el)[len(el) // 2]}, max {max(el)}; "
                     f"{sum(1 for x in el if 500 <= x <= 2048)} of {len(el)} between 0.5 and 2 KB.\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    tids = {}
    for k, groups in RAW.items():
        for g, lst in groups.items():
            assert len(lst) >= 2, (k, g)
            for i in range(len(lst)):
                tids[(k, g, i)] = f"{k}/{g}/{i}"
    halves = {}
    for half, name in enumerate(["dev", "heldout"]):
        recs, used = make_half(a.seed, half, RAW, tids)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves[name] = (recs, used)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print({k: len(v[0]) for k, v in halves.items()})


if __name__ == "__main__":
    main()
