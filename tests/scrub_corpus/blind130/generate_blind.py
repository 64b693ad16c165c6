#!/usr/bin/env python3
"""Blind webcare scrub corpus generator (blind130). Stdlib only.

Usage: python3 generate_blind.py --seed 20261328
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import pools as P
import values as V
import templates_nl
import templates_vl
import templates_fr
import templates_en

PREFIX = "b130"
N_PER_HALF = 950
TPL_MOD = {"nl": templates_nl, "nl-be": templates_vl, "fr-be": templates_fr, "en-gb": templates_en, "en-us": templates_en}
MODNAME = {templates_nl: "nl", templates_vl: "vl", templates_fr: "fr", templates_en: "en"}
LANGS = [("nl", 6), ("nl-be", 3), ("fr-be", 3), ("en-gb", 3), ("en-us", 3)]
CHANNELS = [("email", 29), ("agent_reply", 12), ("x_public", 10), ("facebook_comment", 7), ("instagram_comment", 5), ("x_dm", 6),
            ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 11), ("telegram", 7)]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
SPAN_ALIAS = {"custnum": "customer_number", "bsn_nl": "bsn", "bsn_be": "bsn", "epp": "password", "aws_secret": "api_key", "aws_key_id": "api_key"}
SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn", "email", "phone",
              "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"}
TOKEN_RE = re.compile(r"\{([pnf]):([a-z_]+)\}|\{BODY\}")
FRAME_KEYS = ["AGENT_SIG", "AGENT", "GREET", "CLOSE", "SIG", "QUOTE_HDR", "FWD_HDR", "DISCLAIMER", "SUBJECT", "PUBLIC", "CHAT"]
QUOTE_INTRO = {"nl": "--- Uw bericht ---", "vl": "--- Uw bericht ---", "fr": "--- Votre message ---", "en": "--- Your message ---"}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.tpl = {}
        for mod in {templates_nl, templates_vl, templates_fr, templates_en}:
            m = MODNAME[mod]
            d = {}
            for sec, lst in mod.BODY.items():
                d[("BODY", sec)] = [(f"{m}.body.{sec}.{i}", t) for i, t in list(enumerate(lst))[half::2]]
            for j, pair in enumerate(getattr(mod, "BODY_PAIRS", [])):
                d[("BODY", pair[0])].append((f"{m}.pair.{j}.{half}", pair[1 + half]))
            for k in FRAME_KEYS:
                d[(k, None)] = [(f"{m}.{k.lower()}.{i}", t) for i, t in list(enumerate(getattr(mod, k)))[half::2]]
            self.tpl[m] = d
        self.first = {l: P.deal(v, half) for l, v in P.FIRST.items()}
        self.last = {l: P.deal(v, half) for l, v in P.LAST.items()}
        self.streets = {l: P.deal(v, half) for l, v in P.STREETS.items()}
        self.cities = {l: P.deal(v, half) for l, v in P.CITIES.items()}
        self.agents = P.deal(P.AGENTS, half)
        self.brands = {s: P.deal(v, half) for s, v in P.BRANDS.items()}
        self.models = {s: P.deal(v, half) for s, v in P.MODELS.items()}
        self.ssids = P.deal(P.SSIDS, half)
        self.plates = P.deal(P.PLATES, half)
        self.domains = P.deal(P.DOMAINS, half)
        self.hashtags = P.deal(P.HASHTAGS, half)
        self.games = P.deal(P.GAMES, half)
        self.appl = {l: P.deal(v, half) for l, v in P.APPLIANCES.items()}
        self.paths = P.deal(P.PATHS, half)


class Ctx:
    def __init__(self, H, lang, sector):
        r = H.rng
        self.H, self.rng, self.lang, self.sector = H, r, lang, sector
        self.first = r.choice(H.first[lang])
        self.last = r.choice(H.last[lang])
        self.brand = r.choice(H.brands[sector])
        self.agent = r.choice(H.agents)
        self.mod = MODNAME[TPL_MOD[lang]]

    def span(self, name):
        r, l = self.rng, self.lang
        if name == "email":
            return V.email(r, l, self.first, self.last)
        if name == "username":
            return V.username(r, l, self.first, self.last)
        if name == "address":
            return V.address(r, l, self.H.streets[l], self.H.cities[l])
        if name == "custnum":
            return V.customer_number(r, l, self.sector)
        if name == "bsn_nl":
            return V.bsn_nl(r)
        if name == "bsn_be":
            return V.bsn_be(r)
        return getattr(V, name)(r, l)

    def neg(self, kind):
        r, l = self.rng, self.lang
        if kind == "domain":
            return "url", r.choice(self.H.domains)
        if kind == "mention":
            if r.random() < 0.8:
                return "mention", "@" + self.brand[1]
            return "mention", "@" + self.first.lower().replace(" ", "") + str(r.randint(1, 99))
        if kind == "url":
            d = self.brand[2]
            return "url", r.choice([f"https://www.{d}{r.choice(self.H.paths)}", f"www.{d}{r.choice(self.H.paths)}", f"{d}{r.choice(self.H.paths)}", f"https://{d}"])
        if kind == "model_number":
            return "model_number", r.choice(self.H.models[self.sector] + self.H.models["appl" if self.sector == "host" else self.sector])
        if kind == "brandtag":
            return "hashtag", "#" + self.brand[1]
        if kind == "hashtag":
            return "hashtag", r.choice(self.H.hashtags)
        return kind, V.NEG[kind](r, l)

    def filler(self, name):
        r = self.rng
        return {"name": lambda: f"{self.first} {self.last}", "first": lambda: self.first, "last": lambda: self.last,
                "agent": lambda: self.agent, "brand": lambda: self.brand[0], "city": lambda: r.choice(self.H.cities[self.lang]),
                "ssid": lambda: r.choice(self.H.ssids), "plate": lambda: r.choice(self.H.plates), "game": lambda: r.choice(self.H.games),
                "appliance": lambda: r.choice(self.H.appl[self.lang]), "brand_tag": lambda: self.brand[1]}[name]()


def render(ctx, tid, tpl, used, body=None):
    """Return list of segments: (text, kind, label, tid) with kind in lit/span/neg."""
    segs, pos = [], 0
    for m in TOKEN_RE.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], "lit", None, tid])
        if m.group(0) == "{BODY}":
            segs.extend(body)
        else:
            k, name = m.group(1), m.group(2)
            if k == "p":
                label = SPAN_ALIAS.get(name, name)
                assert label in SPAN_TYPES, name
                segs.append([ctx.span(name), "span", label, tid])
            elif k == "n":
                kind, val = ctx.neg(name)
                segs.append([val, "neg", kind, tid])
            else:
                segs.append([ctx.filler(name), "lit", None, tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], "lit", None, tid])
    used.add(tid)
    return segs


def lit(text):
    return [[text, "lit", None, None]]


def quote(segs):
    out = [["> ", "lit", None, None]]
    for s in segs:
        if s[1] == "lit":
            out.append([s[0].replace("\n", "\n> "), "lit", None, s[3]])
        else:
            out.append(list(s))
    return out


def pick(ctx, key, sec=None):
    return ctx.rng.choice(ctx.H.tpl[ctx.mod][(key, sec)])


def body_unit(ctx, used, sector=None):
    sec = sector or ctx.sector
    pool = ctx.H.tpl[ctx.mod][("BODY", sec)]
    fresh = [x for x in pool if x[0] not in used] or pool
    tid, t = ctx.rng.choice(fresh)
    keep = ctx.sector
    ctx.sector = sec
    try:
        return render(ctx, tid, t, used)
    finally:
        ctx.sector = keep


def r_frame(ctx, key, used, body=None):
    tid, t = pick(ctx, key)
    return render(ctx, tid, t, used, body)


KEYS = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(w, rng):
    if len(w) < 4:
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.choice(["swap", "drop", "double", "near"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "double":
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYS:
        j = KEYS.index(c)
        return w[:i] + KEYS[max(0, min(len(KEYS) - 1, j + rng.choice([-1, 1])))] + w[i + 1:]
    return w


def add_typos(segs, rng):
    lits = [s for s in segs if s[1] == "lit" and re.search(r"[A-Za-z]{4,}", s[0])]
    for _ in range(rng.choice([1, 1, 2, 3])):
        if not lits:
            return
        s = rng.choice(lits)
        words = list(re.finditer(r"[A-Za-z]{4,}", s[0]))
        if not words:
            continue
        m = rng.choice(words)
        s[0] = s[0][:m.start()] + typo_word(m.group(0), rng) + s[0][m.end():]


def style(segs, rng):
    r = rng.random()
    if r < 0.12:
        for s in segs:
            if s[1] == "lit":
                s[0] = s[0].lower()
    elif r < 0.16:
        for s in segs:
            if s[1] == "lit":
                s[0] = s[0].replace(". ", " ").replace(",", "")


def build_message(H, lang, channel, used):
    rng = H.rng
    sector = rng.choice(P.SECTORS)
    ctx = Ctx(H, lang, sector)
    segs = []
    if channel == "email":
        if rng.random() < 0.5:
            segs += r_frame(ctx, "SUBJECT", used) + lit("\n\n")
        fwd = rng.random() < 0.15
        if fwd:
            segs += lit(rng.choice(["FYI, zie onder.", "See below.", "Voir ci-dessous.", "Zie hieronder"]) + "\n\n") + r_frame(ctx, "FWD_HDR", used) + lit("\n\n")
        segs += r_frame(ctx, "GREET", used) + lit("\n\n")
        n = rng.choice([2, 3, 3, 4])
        sectors = [sector] + [rng.choice(P.SECTORS) if rng.random() < 0.15 else sector for _ in range(n - 1)]
        for i, sec in enumerate(sectors):
            segs += body_unit(ctx, used, sec)
            segs += lit(rng.choice(["\n\n", "\n", " ", "\n\n"]) if i < n - 1 else "\n\n")
        segs += r_frame(ctx, "CLOSE", used) + lit("\n") + r_frame(ctx, "SIG", used)
        if rng.random() < 0.5:
            segs += lit("\n\n") + r_frame(ctx, "DISCLAIMER", used)
        if rng.random() < 0.7 and not fwd:
            hdr = r_frame(ctx, "QUOTE_HDR", used)
            q = r_frame(ctx, "AGENT", used) + lit("\n\n") + r_frame(ctx, "AGENT_SIG", used)
            if rng.random() < 0.4:
                q += lit("\n\n") + quote(body_unit(ctx, used))
            segs += lit("\n\n") + hdr + lit("\n") + quote(q)
    elif channel == "agent_reply":
        if rng.random() < 0.3:
            segs += [["@" + ctx.first.lower().replace(" ", "") + str(rng.randint(1, 999)), "neg", "mention", None]] + lit(" ")
        segs += r_frame(ctx, "AGENT", used)
        if rng.random() < 0.4:
            segs += lit("\n\n") + r_frame(ctx, "AGENT_SIG", used)
        if rng.random() < 0.3:
            segs += lit("\n\n" + QUOTE_INTRO[ctx.mod] + "\n") + quote(body_unit(ctx, used))
    elif channel in PUBLIC_CH:
        segs += r_frame(ctx, "PUBLIC", used, body_unit(ctx, used))
    else:
        b = body_unit(ctx, used)
        if rng.random() < 0.3:
            b += lit("\n") + body_unit(ctx, used)
        segs += r_frame(ctx, "CHAT", used, b)
    if rng.random() < 0.35:
        add_typos(segs, rng)
    style(segs, rng)
    return segs


def assemble(segs):
    text, spans, negs, pos = "", [], [], 0
    for t, kind, label, tid in segs:
        if kind == "span":
            spans.append({"type": label, "start": pos, "end": pos + len(t), "_tid": tid})
        elif kind == "neg":
            negs.append({"kind": label, "start": pos, "end": pos + len(t)})
        text += t
        pos += len(t)
    return text, spans, negs


def check(msg):
    text = msg["text"]
    ivs = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (msg["id"], s)
        v = text[a:b]
        assert v == v.strip(), (msg["id"], s, v)
        ivs.append((a, b, s.get("type", s.get("kind"))))
    ivs.sort()
    for x, y in zip(ivs, ivs[1:]):
        assert x[1] <= y[0], (msg["id"], x, y)
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        if s["type"] == "bsn":
            assert V.bsn_ok(v) or V.rrn_ok(v), (msg["id"], v)


def gen_half(seed, half, name):
    H = Half(seed, half)
    msgs, tids = [], defaultdict(set)
    for i in range(N_PER_HALF):
        lang = wchoice(H.rng, LANGS)
        channel = wchoice(H.rng, CHANNELS)
        used = set()
        segs = build_message(H, lang, channel, used)
        text, spans, negs = assemble(segs)
        for s in spans:
            tids[s["type"]].add(s.pop("_tid"))
        m = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
             "visibility": "public" if channel in PUBLIC_CH else "private", "text": text, "spans": spans, "negatives": negs}
        check(m)
        msgs.append(m)
    with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
        for m in msgs:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return msgs, tids


def table(counter, head, extra=None):
    rows = [f"| {head} | count |" + (" templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        rows.append(f"| {k} | {v} |" + (f" {len(extra[k])} |" if extra else ""))
    return "\n".join(rows)


def readme(seed, res):
    out = [f"# Scrub corpus blind130 — webcare messages written blind (seed {seed})", "",
           "This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, "
           "`infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did not read git history. "
           "No scrubber or scorer was run on it.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Domain and web-hosting providers, insurance brokers/insurers, car washes and car rental/car sharing, pawn shops and second-hand marketplaces, "
           "video game stores and online game accounts, home appliance repair. Dutch, Belgian (Flemish and French), UK and US customers over all channels, "
           "with typos, e-mail signatures, forwarded headers, quoted history and agent replies.", "",
           "## Generation", "", "```", f"python3 generate_blind.py --seed {seed}", "```", "",
           "Modules: `values.py` (value generators and validators), `pools.py` (filler pools), `templates_nl.py`, `templates_vl.py`, `templates_fr.py`, "
           "`templates_en.py` (templates per language), `generate_blind.py` (engine, self-check, README).", "",
           "## Split rule", "",
           "Templates are written in groups (language x sector body templates, agent replies, greetings, closings, signatures, quote headers, forward headers, "
           "disclaimers, subjects, public frames, chat frames, agent signatures, and two-member `BODY_PAIRS` groups written with the same coverage in different words). Each group's members are dealt alternately: even index to dev, odd to heldout, so no "
           "template, frame, greeting, signature or quote block is shared between halves. Every filler pool (first/last names, streets, cities, brands, "
           "agents, models, SSIDs, plates, customer domains, hashtags, games, appliances, URL paths) is dealt the same way. Half h uses "
           "`random.Random(seed * 2 + h)` (dev h=0, heldout h=1). Typos are injected only into literal text, never into labelled values.", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only, never the cue word; every occurrence is labelled, including in quoted history (`> `) and agent replies.",
           "- Domain transfer / EPP / auth codes are labelled `password` (a persistent shared secret, not a session token).",
           "- AWS access key ids and AWS secret keys are both labelled `api_key`; bearer/PAT/JWT/session/hex-after-token values are `token`.",
           "- Car-wash receipt codes that open the wash gate, key-box codes, gate/door codes and phone unlock passcodes are labelled `pin`.",
           "- Steam Guard style 5-character codes, `G-123456` codes and digits dictated as words are `otp`.",
           "- Policy, member, loyalty-card, pawn-loan contract, service-contract and EAN connection numbers are `customer_number`.",
           "- Server IP addresses given by a hosting customer are labelled `ip_address` (IPv4 and some IPv6).",
           "- Booking/reservation references are `order_number` negatives; claim/case/repair numbers are `ticket_number` negatives; marketplace listing ids "
           "and SKUs are `product_code`; odometer readings are `meter_reading`; appliance/console/car model names are `model_number`.",
           "- A customer's own website domain (e.g. `bakkerijjansen.nl`) is marked as a `url` negative, not labelled.",
           "- Company phone numbers in agent text and company registration numbers in disclaimers are negatives; masked card/IBAN/e-mail values are `masked_value`.",
           "- Names, cities alone, SSIDs, licence plates, agent names/initials and macro placeholders are not labelled. Amounts/dates/times inside quote headers are negatives.",
           "", "## Known limitations", "",
           "- Template-based: sentence structures repeat within a half; variation comes from values, frames, typos and lower-casing.",
           "- Values are synthetic (random digits with valid check digits); phone number ranges and postcodes are plausible but not validated against numbering plans.",
           "- Quantities and some negatives are generic and may read slightly oddly in context. Email bodies sometimes mix two sectors.",
           "- Typos are drawn from literal text, which includes unlabelled fillers (names, brands, SSIDs), so those may be misspelt too.",
           "- Customer numbers can be quoted in an agent reply from a different sector than the customer message (mixed-sector e-mail threads).",
           "- Company e-mail addresses are avoided (headers name the team instead), so organisation mailboxes are not tested.", ""]
    for name, (msgs, tids) in res.items():
        sp, ng, ch, lg = Counter(), Counter(), Counter(), Counter()
        for m in msgs:
            sp.update(s["type"] for s in m["spans"])
            ng.update(n["kind"] for n in m["negatives"])
            ch[m["channel"]] += 1
            lg[m["lang"]] += 1
        emails = [len(m["text"]) for m in msgs if m["channel"] == "email"]
        out += [f"## Counts: {name}", "", f"Messages: {len(msgs)} (emails: {len(emails)}, median email length {sorted(emails)[len(emails) // 2]} chars)", "",
                "### Spans per type", "", table(sp, "type", tids), "", "### Negatives per kind", "", table(ng, "kind"), "",
                "### Channels", "", table(ch, "channel"), "", "### Languages", "", table(lg, "lang"), ""]
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    res = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        res[name] = gen_half(a.seed, half, name)
    readme(a.seed, res)
    for name, (msgs, _) in res.items():
        print(name, len(msgs), "messages", sum(len(m["spans"]) for m in msgs), "spans", sum(len(m["negatives"]) for m in msgs), "negatives")


if __name__ == "__main__":
    main()
