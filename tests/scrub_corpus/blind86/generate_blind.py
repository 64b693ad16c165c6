#!/usr/bin/env python3
"""Blind webcare PII corpus generator (travel / sports / food emphasis). Stdlib only.

Usage: python3 generate_blind.py --seed 20261284
"""
import argparse
import collections
import json
import random
import re

import frags_en
import frags_fr
import frags_nl
import pools
import values as V

PREFIX = "b86"
N_PER_HALF = 950
FAMS = {"nl": frags_nl, "fr": frags_fr, "en": frags_en}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 32), ("agent_reply", 12), ("x_public", 9), ("x_dm", 7), ("facebook_comment", 6), ("instagram_comment", 5),
            ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 12), ("telegram", 6)]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
DOMAIN_THEMES = {
    "travel": ["form", "form"] + ["travel_booking"] * 3 + ["travel_passport"] * 3 + ["travel_refund"] * 3 + ["travel_luggage"] * 3 +
              ["login", "otp", "otp", "pin_code", "puk", "wifi", "card", "card", "contact", "neutral", "neutral", "ip", "api", "token"],
    "gym": ["form", "form"] + ["membership"] * 5 + ["iban"] * 3 + ["pin_code", "pin_code", "wifi", "wifi", "login", "login", "otp", "card", "contact",
                                               "neutral", "neutral", "api", "token", "ip", "puk"],
    "food": ["form"] + ["food_order"] * 4 + ["food_allergy"] * 3 + ["voucher"] * 3 + ["card", "card", "login", "login", "otp", "contact", "neutral",
                                                                         "neutral", "api", "api", "token", "ip", "iban"],
}
SLOT = re.compile(r"\{(=?)([a-z_]+)(?::([a-z0-9]+))?\}")
FILLERS = {"first", "last", "agent", "city", "travel", "airline", "gym", "food", "brand", "domain", "ssid", "dish", "dest"}
POOL_NEG = {"url": pools.URLS, "mention": pools.MENTIONS, "hashtag": pools.HASHTAGS}


def fam(loc):
    return V.fam(loc)


def deal(lst, half):
    return lst[half::2]


class Half:
    """Everything one half may use: its dealt templates and filler pools."""

    def __init__(self, half):
        self.half = half
        self.fr = {}
        for f, mod in FAMS.items():
            d = {"BODY": {k: self._tag(f, "body_" + k, v) for k, v in mod.BODY.items()}}
            for name in ("PUBLIC", "GREET", "CLOSE", "SIG", "AGENT", "AGENT_SIG", "QUOTE_HDR", "FWD_HDR", "DISCLAIMER", "SUBJECT"):
                d[name] = self._tag(f, name.lower(), getattr(mod, name))
            self.fr[f] = d
        self.pool = {}
        for loc in ("nl", "nl-be", "fr-be", "en-gb", "en-us"):
            self.pool[("first", loc)] = deal(pools.FIRST_NAMES[loc], half)
            self.pool[("last", loc)] = deal(pools.LAST_NAMES[loc], half)
            self.pool[("agent", loc)] = deal(pools.AGENTS[loc], half)
            self.pool[("city", loc)] = deal(pools.CITY[loc], half)
        for k, lst in (("travel", pools.TRAVEL), ("airline", pools.AIRLINES), ("gym", pools.GYMS), ("food", pools.FOOD),
                       ("ssid", pools.SSIDS), ("dish", pools.DISHES), ("dest", pools.DEST), ("url", pools.URLS),
                       ("mention", pools.MENTIONS), ("hashtag", pools.HASHTAGS)):
            self.pool[(k, None)] = deal(lst, half)

    def _tag(self, f, group, lst):
        # deal alternately, remember global index as template id
        return [(f"{f}/{group}/{i}", t) for i, t in enumerate(lst) if i % 2 == self.half]

    def pick(self, rng, lst, loc):
        ok = []
        for tid, t in lst:
            m = re.match(r"^(BE|NL|GB|US)\|", t)
            if m:
                tag = m.group(1)
                want = {"BE": ("nl-be",), "NL": ("nl",), "GB": ("en-gb",), "US": ("en-us",)}[tag]
                if loc not in want:
                    continue
                t = t[3:]
            ok.append((tid, t))
        if not ok:
            ok = [(tid, re.sub(r"^(BE|NL|GB|US)\|", "", t)) for tid, t in lst]
        return rng.choice(ok)


TYPO_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(rng, text, p):
    def one(m):
        w = m.group(0)
        if rng.random() >= p:
            return w
        i = rng.randrange(1, len(w) - 1)
        k = rng.random()
        if k < .35:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k < .65:
            return w[:i] + w[i + 1:]
        if k < .85:
            return w[:i] + w[i] + w[i:]
        return w.lower() if w != w.lower() else w.capitalize()
    return TYPO_WORD.sub(one, text)


class Ctx:
    def __init__(self, rng, hd, loc, domain, channel):
        self.rng, self.hd, self.loc, self.domain, self.channel = rng, hd, loc, domain, channel
        self.vals = collections.defaultdict(list)
        self.first = rng.choice(hd.pool[("first", loc)])
        self.last = rng.choice(hd.pool[("last", loc)])
        self.agent = rng.choice(hd.pool[("agent", loc)])
        key = {"travel": rng.choice(["airline", "travel"]), "gym": "gym", "food": "food"}[domain]
        self.brand = rng.choice(hd.pool[(key, None)])
        self.used = set()
        self.neutral_only = rng.random() < .08
        self.typo_p = rng.choice([0, 0, .02, .04, .08])
        self.lower = channel not in ("email", "agent_reply") and rng.random() < .2

    def filler(self, name):
        r = self.rng
        if name == "first":
            return self.first
        if name == "last":
            return self.last
        if name == "agent":
            return self.agent
        if name == "brand":
            return self.brand
        if name == "domain":
            return re.sub(r"[^a-z0-9]", "", self.brand.lower()) + r.choice([".com", ".nl", ".be", ".co.uk"])
        if name == "city":
            return r.choice(self.hd.pool[("city", self.loc)])
        return r.choice(self.hd.pool[(name, None)])


def render(ctx, tid, tpl, agent=False):
    """Return list of parts (text, label) where label is None or (cls, type, tid)."""
    parts = []
    pos = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit:
            parts.append((lit, None))
        pos = m.end()
        reuse, name, sub = m.group(1), m.group(2), m.group(3)
        if name in FILLERS:
            parts.append((ctx.filler(name), "filler"))
        elif name in V.SPAN_GEN and name in V.SPAN_TYPES:
            if reuse and ctx.vals[name]:
                val = ctx.rng.choice(ctx.vals[name])
            else:
                val = V.SPAN_GEN[name](ctx.rng, ctx.loc, sub)
                ctx.vals[name].append(val)
            parts.append((val, ("span", name, tid)))
        elif name in POOL_NEG:
            parts.append((ctx.rng.choice(ctx.hd.pool[(name, None)]), ("neg", name, tid)))
        elif name in V.NEG_GEN:
            parts.append((V.NEG_GEN[name](ctx.rng, ctx.loc, sub), ("neg", name, tid)))
        else:
            raise ValueError(f"unknown slot {name} in {tid}")
    if pos < len(tpl):
        parts.append((tpl[pos:], None))
    out = []
    for text, lab in parts:
        if lab is None:
            text = typo(ctx.rng, text, ctx.typo_p)
            if ctx.lower:
                text = text.lower()
        out.append((text, None if lab == "filler" else lab))
    return out


def T(text):
    return [(text, None)]


def join(*chunks, sep="\n"):
    out = []
    first = True
    for c in chunks:
        if not c:
            continue
        if not first:
            out.append((sep, None))
        out.extend(c)
        first = False
    return out


def quote(parts):
    out = [("> ", None)]
    for text, lab in parts:
        if lab is None:
            text = text.replace("\n", "\n> ")
        out.append((text, lab))
    return out


def body(ctx, n):
    d = ctx.hd.fr[fam(ctx.loc)]
    chunks = []
    used = ctx.used
    for _ in range(n):
        theme = "neutral" if ctx.neutral_only else ctx.rng.choice(DOMAIN_THEMES[ctx.domain])
        tid, t = ctx.hd.pick(ctx.rng, d["BODY"][theme], ctx.loc)
        if tid in used:
            continue
        used.add(tid)
        chunks.append(render(ctx, tid, t))
    return chunks


def pick_render(ctx, name, brand=None):
    d = ctx.hd.fr[fam(ctx.loc)]
    lst = d[name]
    if brand is not None:
        lst = [x for x in lst if ("{brand}" in x[1]) == brand] or lst
    tid, t = ctx.hd.pick(ctx.rng, lst, ctx.loc)
    return render(ctx, tid, t)


def make_email(ctx):
    r = ctx.rng
    head = pick_render(ctx, "SUBJECT") if r.random() < .35 else None
    greet = pick_render(ctx, "GREET")
    target = r.choice([500, 600, 800, 1000, 1300, 1700])
    paras = body(ctx, r.randint(1, 3))
    tries = 0
    while sum(len(t) for p in paras for t, _ in p) < target - 300 and tries < 10:
        paras += body(ctx, 1)
        tries += 1
    close = pick_render(ctx, "CLOSE")
    sig = pick_render(ctx, "SIG")
    msg = join(head, greet, T(""), join(*paras, sep="\n\n"), T(""), close, sig)
    k = r.random()
    if k < .45:
        agent = join(pick_render(ctx, "AGENT"), pick_render(ctx, "AGENT_SIG"), sep="\n\n")
        msg = join(msg, T(""), pick_render(ctx, "QUOTE_HDR", brand=True), quote(agent))
    elif k < .65:
        fwd = join(pick_render(ctx, "FWD_HDR"), T(""), *body(ctx, 1))
        msg = join(msg, T(""), fwd)
    if r.random() < .3:
        msg = join(msg, T(""), T("--"), pick_render(ctx, "DISCLAIMER"))
    if len("".join(t for t, _ in msg)) < 500:
        msg = join(msg, T(""), T(r.choice(["PS", "P.S.", "ps:", "PS."])), *body(ctx, 1), sep="\n")
    return msg


def make_chat(ctx):
    r = ctx.rng
    greet = pick_render(ctx, "GREET") if r.random() < .5 else None
    paras = body(ctx, r.choice([1, 1, 2, 2, 3]))
    sep = r.choice([" ", "\n", "\n\n"])
    msg = join(greet, join(*paras, sep=sep), sep=r.choice([" ", "\n"]))
    if r.random() < .25:
        msg = join(msg, pick_render(ctx, "CLOSE"), T(ctx.first), sep=r.choice(["\n", " "]))
    if ctx.channel in ("messenger", "telegram", "instagram_dm") and r.random() < .25:
        who = ctx.first
        msg = join(T(who + ": "), msg, T("\n" + ctx.brand + ": "), pick_render(ctx, "AGENT"), T("\n" + who + ": "),
                   *body(ctx, 1), sep="")
    if ctx.channel == "whatsapp" and r.random() < .35:
        stamp = render(ctx, "chat/stamp", "[{time}, {date}] {first}: ")
        msg = stamp + msg
    return msg


def make_public(ctx):
    msg = pick_render(ctx, "PUBLIC")
    if ctx.channel != "x_public" and ctx.rng.random() < .4:
        # comments often drop the leading mention
        if msg and msg[0][1] and msg[0][1][1] == "mention":
            msg = msg[1:]
            msg[0] = (msg[0][0].lstrip(), msg[0][1]) if msg[0][1] is None else msg[0]
    return msg


def make_agent(ctx):
    r = ctx.rng
    cust = join(*body(ctx, r.randint(1, 2)), sep=" ")
    agent = pick_render(ctx, "AGENT")
    if r.random() < .5:
        agent = join(agent, pick_render(ctx, "AGENT_SIG"), sep="\n\n")
    if r.random() < .45:
        return join(agent, T(""), pick_render(ctx, "QUOTE_HDR", brand=False), quote(cust))
    return agent


def assemble(parts):
    text, spans, negs = "", [], []
    for t, lab in parts:
        if lab:
            s, e = len(text), len(text) + len(t)
            (spans if lab[0] == "span" else negs).append({"type" if lab[0] == "span" else "kind": lab[1], "start": s, "end": e, "_tid": lab[2]})
        text += t
    return text, spans, negs


def wpick(rng, items):
    return rng.choices([a for a, _ in items], [w for _, w in items])[0]


def check(rec):
    text = rec["text"]
    allr = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for s, e, c, t in allr:
        assert 0 <= s < e <= len(text), (rec["id"], s, e)
        v = text[s:e]
        assert v == v.strip() and v.strip(".,;:") == v or t in ("password", "wifi_key", "api_key", "token", "amount", "url", "address") and v == v.strip(), (rec["id"], t, repr(v))
    allr.sort()
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (rec["id"], "overlap", a, b, text[a[0]:a[1]], text[b[0]:b[1]])
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_CH else "private")


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    V.HALF = half
    hd = Half(half)
    name = "dev" if half == 0 else "heldout"
    recs, tids = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        loc = wpick(rng, LANG_W)
        ch = wpick(rng, CHANNELS)
        dom = rng.choice(["travel", "travel", "gym", "food"])
        ctx = Ctx(rng, hd, loc, dom, ch)
        if ch == "email":
            parts = make_email(ctx)
        elif ch == "agent_reply":
            parts = make_agent(ctx)
        elif ch in PUBLIC_CH:
            parts = make_public(ctx)
        else:
            parts = make_chat(ctx)
        text, spans, negs = assemble(parts)
        # drop empty leading/trailing whitespace by shifting offsets
        lead = len(text) - len(text.lstrip())
        text2 = text.strip()
        for x in spans + negs:
            x["start"] -= lead
            x["end"] -= lead
        for s in spans:
            tids[s["type"]].add(s.pop("_tid"))
        for n in negs:
            n.pop("_tid")
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": ch, "lang": loc,
               "visibility": "public" if ch in PUBLIC_CH else "private", "text": text2, "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
    return recs, tids


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(seed, halves):
    L = ["# Scrub corpus blind86: travel, sports and food webcare (written blind)", "",
         "Synthetic labelled webcare messages for testing a PII scrubber. This corpus was written **blind**: the author did not "
         "open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus, scorer "
         "or generator under `tests/scrub_corpus/`, and did not read git history. It is based only on the brief and on public "
         "knowledge of how customers and agents write.", "",
         "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
         "## Emphasis", "",
         "Travel, sports and food: airlines and travel agencies (bookings, frequent-flyer numbers, passport details for check-in, "
         "refunds, lost luggage), gyms and sports clubs (memberships, access badges, direct debits, club apps), food delivery and "
         "meal boxes (orders, couriers, allergy complaints, vouchers, account logins). Dutch, Belgian (Dutch and French) and UK/US "
         "customers, with agent replies, e-mail signatures, quoted history, forwarded headers, disclaimers and typos.", "",
         "## Generation", "", f"```\npython3 generate_blind.py --seed {seed}\n```", "",
         "Modules: `values.py` (value generators + validators), `pools.py` (filler pools), `frags_nl.py`, `frags_fr.py`, "
         "`frags_en.py` (templates per language family), `generate_blind.py` (composition, split, self-check, this README).", "",
         "## Split rule", "",
         "Every template group (language family x group: body theme, public post, greeting, closing, signature, agent reply, agent "
         "signature, quote header, forward header, disclaimer, subject) is dealt alternately: even index to dev, odd index to heldout. "
         "All filler pools (first/last names, agents, cities, brands, SSIDs, dishes, mentions, hashtags, URLs, and the street, city and name lists used inside address and e-mail values) are dealt the same way. "
         "Each half uses its own `random.Random(seed * 2 + half)`. Locale-restricted templates (`BE|`, `NL|`, `GB|`, `US|`) are "
         "filtered after dealing. Typos are injected only into literal template text (cue words), never into labelled values.", "",
         "## Labelling conventions and judgement calls", "",
         "- Spans cover the value only, never the cue word, quotes or trailing punctuation. Every occurrence is labelled, including "
         "agent repeats and values inside quoted (`> `) history.",
         "- Passport numbers, Belgian eID card numbers, US known-traveller numbers, frequent-flyer numbers, gym member numbers, access "
         "badge/fob numbers, SEPA mandate references and travel-insurance policy numbers are labelled `customer_number` (they identify "
         "the person; there is no separate passport type).",
         "- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn` with valid check digits.",
         "- Airline booking references (PNR) and e-ticket numbers are negatives of kind `order_number`; WorldTracer-style lost-luggage "
         "file references are `ticket_number`; bag tag numbers are `tracking_number`.",
         "- Public promo codes (WELKOM10, SUMMER20) are negatives of kind `product_code`. Gift-card PINs are `pin`.",
         "- Door, keybox, locker, alarm and gate codes are `pin` (a trailing `#`/`*` typed after the code is not part of the span).",
         "- OTPs dictated as words (\"vier twee ...\", \"deux neuf ...\") are one `otp` span covering all words.",
         "- Old and new passwords are both labelled. A username that is an e-mail address is labelled `email`.",
         "- Vendor API keys (sk_live_, AKIA, AIza, SG., key-) and AWS secrets are `api_key`; bearer/JWT/ghp_/ya29./hex session tokens are `token`.",
         "- Organisation service numbers (also in agent signatures) are `company_phone` negatives; KvK/BTW/ondernemingsnummer/VAT/"
         "company numbers are `company_registration`. Masked values (****1234, NL** ...) are `masked_value` negatives.",
         "- Names, cities, SSIDs, brands and agent names are not labelled at all.", "",
         "## Known limitations", "",
         "- Templates are compositional: the same body sentence can appear in several channels within one half.",
         "- Dates of birth and negative dates share formats; only context distinguishes them.",
         "- Value formats are synthetic (random but checksum-valid); some phone number ranges may not be in service.",
         "- Belgian Dutch and Dutch share most templates; a few are locale-restricted.",
         "- Company phone numbers are drawn from a small fixed list per locale and are shared by both halves (they are negatives, not filler).",
        "- Password words and e-mail domains are shared value vocabularies, not dealt per half.", ""]
    for name, (recs, tids) in halves.items():
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        nc = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        L += [f"## Counts: {name}", "", f"Messages: {len(recs)}", "",
              table([(t, sc[t], len(tids[t])) for t in V.SPAN_TYPES], ["span type", "count", "distinct templates"]), "",
              table(sorted(nc.items()), ["negative kind", "count"]), "",
              table(sorted(collections.Counter(r["channel"] for r in recs).items()), ["channel", "messages"]), "",
              table(sorted(collections.Counter(r["lang"] for r in recs).items()), ["lang", "messages"]), ""]
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, tids = gen_half(a.seed, half)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves[name] = (recs, tids)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    for name, (recs, _) in halves.items():
        print(name, len(recs), "messages", sum(len(r["spans"]) for r in recs), "spans", sum(len(r["negatives"]) for r in recs), "negatives")


if __name__ == "__main__":
    main()
