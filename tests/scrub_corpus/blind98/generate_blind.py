#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind98). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261296
"""
import argparse
import collections
import json
import random
import re

import values as V
import pools as P
import frames as F
import cues as C
import tpl_nl
import tpl_be
import tpl_en

PREFIX = "b98"
N_PER_HALF = 950
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
DOMAINS = ["gov", "shop", "bank", "move"]
CHANNELS = ["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp", "telegram", "email"]
CHANNEL_W = [11, 7, 9, 5, 5, 9, 13, 5, 36]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

LABEL = {"pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username",
         "apikey": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn",
         "rrn": "bsn", "email": "email", "phone": "phone", "addr": "address", "dob": "date_of_birth",
         "cust": "customer_number", "exp": "card_expiry", "ip": "ip_address"}
NEG = {"date": "date", "time": "time", "amount": "amount", "qty": "quantity", "pct": "percentage", "year": "year",
       "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "track": "tracking_number",
       "reqid": "request_id", "err": "error_code", "ver": "version_string", "model": "model_number",
       "prod": "product_code", "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration",
       "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value", "meter": "meter_reading",
       "port": "port", "checksum": "checksum"}
FILL = {"first", "last", "name", "org", "city", "agent", "ssid", "plate"}
SLOT = re.compile(r"\{([a-z]+)(?:\.([a-z0-9_]+))?(?::(\d+))?\}")


# ------------------------------------------------------------------ templates, grouped
def template_groups():
    g = {}
    for d in DOMAINS:
        g[("nl", d)] = tpl_nl.T[d]
        g[("nl-be", d)] = tpl_be.NLBE[d]
        g[("fr-be", d)] = tpl_be.FRBE[d]
    g[("en-gb", "gov")] = tpl_en.GB["gov"]
    g[("en-us", "gov")] = tpl_en.US["gov"]
    for d in ("shop", "bank", "move"):
        g[("en", d)] = tpl_en.EN[d]
    for l in LANGS:
        for nm, src in [("greet", F.GREET), ("close", F.CLOSE), ("sig", F.SIG), ("qhdr", F.QUOTE_HDR),
                        ("discl", F.DISCL), ("subj", F.SUBJ), ("agent", F.AGENT), ("story", F.STORY)]:
            g[(l, nm)] = src[l]
    for cl, cd in C.CUES.items():
        for k, v in cd.items():
            g[("cue", cl, k)] = v
    return g


def deal_groups(groups, half):
    out = {}
    for k, v in groups.items():
        assert len(v) >= 2, k
        out[k] = [(f"{'/'.join(k)}#{i}", t) for i, t in enumerate(v) if i % 2 == half]
    return out


# ------------------------------------------------------------------ typos
def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.65:
        return w[:i] + w[i + 1:]
    if op < 0.85:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeinorst") + w[i + 1:]


def typo_literal(s, rng, rate):
    if rate <= 0:
        return s
    parts = re.split(r"(\s+)", s)
    for j, p in enumerate(parts):
        if len(p) >= 4 and p.isalpha() and rng.random() < rate:
            parts[j] = typo_word(p, rng)
    return "".join(parts)


# ------------------------------------------------------------------ message context
class Ctx:
    def __init__(self, rng, lang, domain, pools):
        self.rng, self.lang, self.domain, self.pools = rng, lang, domain, pools
        self.cache = {}
        L = lang
        self.first = rng.choice(pools["first"][L])
        self.last = rng.choice(pools["last"][L])
        self.typo = 0.0
        self.lower = False

    @property
    def vlang(self):
        return self.lang

    def org(self):
        return self.rng.choice(self.pools["orgs"][(self.lang, self.domain)])

    def address(self, sub):
        rng, L, p = self.rng, self.lang, self.pools
        street = rng.choice(p["streets"][L])
        city, pc = rng.choice(p["cities"][L])
        if L == "nl":
            num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-II", " bis", "B", "-3"])
            st = f"{street} {num}"
            post = f"{pc}{rng.randint(10, 99)}{rng.choice(['', ' '])}{V.rs(rng, 'ABCEGHJKLMNPRSTVWXZ', 2)}"
            cityline = f"{post} {city.upper() if rng.random() < 0.2 else city}"
        elif L == "nl-be":
            num = str(rng.randint(1, 180)) + rng.choice(["", "", f" bus {rng.randint(1, 12)}", "/3", "A"])
            st = f"{street} {num}"
            cityline = f"{pc} {city}"
        elif L == "fr-be":
            num = str(rng.randint(1, 180)) + rng.choice(["", "", f" bte {rng.randint(1, 12)}", "/2", " boîte 4"])
            st = f"{street} {num}" if rng.random() < 0.7 else f"{num.split()[0]}, {street}"
            cityline = f"{pc} {city}"
        elif L == "en-gb":
            st = rng.choice([f"{rng.randint(1, 220)} {street}", f"Flat {rng.randint(1, 30)}, {rng.randint(1, 120)} {street}", f"{rng.randint(1, 99)}{rng.choice('AB')} {street}"])
            pcd = f"{pc}{rng.randint(1, 28)} {rng.randint(1, 9)}{V.rs(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
            cityline = f"{city} {pcd}" if rng.random() < 0.6 else f"{city}, {pcd}"
        else:
            st = f"{rng.randint(100, 9899)} {street}" + rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B'])}", f", Unit {rng.randint(1, 300)}", f" #{rng.randint(2, 90)}"])
            cityline = f"{city} {pc}{rng.randint(10, 99)}"
        if sub == "street":
            return st
        if sub == "multi":
            return st + "\n" + cityline
        if sub == "full" or rng.random() < 0.72:
            return st + ", " + cityline if L not in ("nl", "nl-be", "fr-be") or rng.random() < 0.8 else st + " " + cityline
        return st

    def value(self, slot, sub):
        rng, L = self.rng, self.lang
        if slot == "first":
            return self.first
        if slot == "last":
            return self.last
        if slot == "name":
            return f"{self.first} {self.last}"
        if slot == "org":
            return self.org()
        if slot == "agent":
            a = rng.choice(self.pools["agents"][L])
            return a if rng.random() < 0.5 else a[:2].upper() if rng.random() < 0.5 else a
        if slot == "ssid":
            return rng.choice(self.pools["ssids"])
        if slot == "plate":
            return rng.choice(self.pools["plates"])
        if slot == "city":
            return rng.choice(self.pools["cities"][L])[0]
        if slot == "pw":
            return V.password(rng, L, self.pools)
        if slot == "pin":
            return V.pin(rng, L, sub)
        if slot == "puk":
            return V.puk(rng, L)
        if slot == "otp":
            return V.otp(rng, L, sub)
        if slot == "wifi":
            return V.wifi(rng, L)
        if slot == "user":
            return V.username(rng, L, self.first, self.last)
        if slot == "apikey":
            return V.api_key(rng, L, sub)
        if slot == "token":
            return V.token(rng, L, sub)
        if slot == "card":
            return V.card(rng, L)
        if slot == "cvv":
            return V.cvv(rng, L)
        if slot == "iban":
            return V.iban(rng, L)
        if slot == "bsn":
            return V.bsn(rng, L)
        if slot == "rrn":
            return V.rrn(rng, L)
        if slot == "email":
            return V.email(rng, L, self.first, self.last)
        if slot == "phone":
            return V.phone(rng, L, sub)
        if slot == "addr":
            return self.address(sub)
        if slot == "dob":
            return V.dob(rng, L)
        if slot == "cust":
            return V.customer_number(rng, L, sub)
        if slot == "exp":
            return V.expiry(rng, L)
        if slot == "ip":
            return V.ip(rng, L)
        if slot == "date":
            return V.neg_date(rng, L)
        if slot == "time":
            return V.neg_time(rng, L)
        if slot == "amount":
            return V.neg_amount(rng, L)
        if slot == "qty":
            return V.qty(rng, L)
        if slot == "pct":
            return V.neg_pct(rng, L)
        if slot == "year":
            return V.year(rng, L)
        if slot == "order":
            return V.order_number(rng, L)
        if slot == "ticket":
            return V.ticket(rng, L)
        if slot == "invoice":
            return V.invoice(rng, L)
        if slot == "track":
            return V.tracking(rng, L)
        if slot == "reqid":
            return V.request_id(rng, L)
        if slot == "err":
            return V.error_code(rng, L)
        if slot == "ver":
            return V.version(rng, L)
        if slot == "model":
            return rng.choice(self.pools["models"])
        if slot == "prod":
            return V.product_code(rng, L)
        if slot == "flight":
            return V.flight(rng, L)
        if slot == "cphone":
            return V.company_phone(rng, L)
        if slot == "kvk":
            return V.kvk(rng, L)
        if slot == "url":
            return rng.choice(self.pools["urls"][(L, self.domain)])
        if slot == "mention":
            return rng.choice(self.pools["mentions"][(L, self.domain)])
        if slot == "hashtag":
            return rng.choice(self.pools["hashtags"][L])
        if slot == "masked":
            return V.masked(rng, L, sub)
        if slot == "meter":
            return V.meter(rng, L)
        if slot == "port":
            return V.port(rng, L)
        if slot == "checksum":
            return V.checksum(rng, L)
        raise KeyError(slot)

    def get(self, slot, sub, inst):
        key = (slot, sub, inst)
        if key not in self.cache:
            self.cache[key] = self.value(slot, sub)
        return self.cache[key]


def render(tpl, ctx):
    """Render a template; returns text, spans, negatives. Typos/lower-casing touch literal text only."""
    out, spans, negs = [], [], []
    pos, cur = 0, 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        lit = typo_literal(lit, ctx.rng, ctx.typo)
        if ctx.lower:
            lit = lit.lower()
        out.append(lit)
        cur += len(lit)
        slot, sub, inst = m.group(1), m.group(2), m.group(3) or "1"
        val = ctx.get(slot, sub, inst)
        out.append(val)
        if slot in LABEL:
            spans.append({"type": LABEL[slot], "start": cur, "end": cur + len(val)})
        elif slot in NEG:
            negs.append({"kind": NEG[slot], "start": cur, "end": cur + len(val)})
        elif slot not in FILL:
            raise KeyError(slot)
        cur += len(val)
        pos = m.end()
    lit = typo_literal(tpl[pos:], ctx.rng, ctx.typo)
    if ctx.lower:
        lit = lit.lower()
    out.append(lit)
    return "".join(out), spans, negs


# ------------------------------------------------------------------ message builders
def cue_lang(lang):
    return "en" if lang.startswith("en") else lang


DOMAIN_KINDS = {
    "gov": ["pw", "user", "otp", "bsn", "phone", "email", "addr", "dob", "iban", "cust"],
    "shop": ["apikey", "token", "user", "pw", "otp", "iban", "email", "addr", "phone", "ip", "cust"],
    "bank": ["card", "exp", "cvv", "pin", "iban", "otp", "user", "pw", "dob", "addr", "phone", "cust", "puk"],
    "move": ["pin", "wifi", "addr", "phone", "email", "iban", "cust", "puk"],
}


def cue_fragment_template(rng, G, lang, used, domain="gov"):
    cl = cue_lang(lang)
    kinds = [k for k in DOMAIN_KINDS[domain] if k in C.CUES[cl]]
    pick = rng.sample(kinds, rng.randint(2, 4))
    frags = []
    for k in pick:
        tid, t = rng.choice(G[("cue", cl, k)])
        used.append(tid)
        frags.append(t)
    if rng.random() < 0.7:
        tid, t = rng.choice(G[("cue", cl, "neg")])
        used.append(tid)
        frags.insert(rng.randrange(len(frags) + 1), t)
    sep = rng.choice([", ", "\n", " / ", " - ", "; ", " en " if cl in ("nl", "nl-be") else " et " if cl == "fr-be" else " and "])
    body = sep.join(frags)
    if rng.random() < 0.45:
        tid, t = rng.choice(G[("cue", cl, "intro")])
        used.append(tid)
        body = t + ("\n" if sep == "\n" or rng.random() < 0.5 else " ") + body
    return body


def body_template(rng, G, lang, domain, used):
    if rng.random() < 0.24:
        return cue_fragment_template(rng, G, lang, used, domain)
    key = (lang, domain) if (lang, domain) in G else ("en", domain)
    tid, t = rng.choice(G[key])
    used.append(tid)
    if rng.random() < 0.12:
        tid2, t2 = rng.choice(G[key])
        if tid2 != tid:
            used.append(tid2)
            t = t + rng.choice(["\n", " ", "\n\n", ". Oh en ", " PS "]) .replace("Oh en", "Oh en" if lang.startswith("nl") else "Also") + t2
    return t


def quoteify(t):
    return "\n".join("> " + ln if ln else ">" for ln in t.split("\n"))


def pick(rng, G, key, used):
    tid, t = rng.choice(G[key])
    used.append(tid)
    return t


def email_template(rng, G, lang, domain, used):
    parts = []
    if rng.random() < 0.5:
        parts.append(pick(rng, G, (lang, "subj"), used))
    parts.append(pick(rng, G, (lang, "greet"), used))
    stories = [t for _, t in G[(lang, "story")]]
    rng.shuffle(stories)
    ns = rng.choice([1, 2, 2, 3, 3])
    if ns:
        parts.append(" ".join(stories[:1]))
    parts.append(body_template(rng, G, lang, domain, used))
    if ns > 1:
        parts.append(" ".join(stories[1:ns]))
    if rng.random() < 0.35:
        parts.append(cue_fragment_template(rng, G, lang, used, domain))
    sig = pick(rng, G, (lang, "sig"), used)
    parts.append(pick(rng, G, (lang, "close"), used) + "\n" + sig)
    r = rng.random()
    if r < 0.85:
        hdr = pick(rng, G, (lang, "qhdr"), used)
        q = pick(rng, G, (lang, "agent"), used)
        if rng.random() < 0.45:
            # earlier customer message quoted inside the agent reply (two levels of history)
            q = q + "\n\n" + pick(rng, G, (lang, "qhdr"), used) + "\n" + quoteify(body_template(rng, G, lang, domain, used) + "\n\n" + sig)
        if rng.random() < 0.6:
            parts.append(hdr + "\n" + quoteify(q))
        else:
            parts.append(hdr + "\n\n" + q)
    if rng.random() < 0.3:
        parts.append("--\n" + pick(rng, G, (lang, "discl"), used))
    return "\n\n".join(parts)


def agent_template(rng, G, lang, domain, used):
    t = pick(rng, G, (lang, "agent"), used)
    if rng.random() < 0.3:
        q = body_template(rng, G, lang, domain, used)
        t = t + "\n\n" + rng.choice(["---", "Uw bericht:" if lang.startswith("nl") else "Votre message :" if lang == "fr-be" else "Your message:"]) + "\n" + quoteify(q)
    return t


def chat_template(rng, G, lang, domain, channel, used):
    t = body_template(rng, G, lang, domain, used)
    if channel in PUBLIC:
        if "{mention}" not in t and rng.random() < 0.7:
            t = "{mention} " + t
        if "{hashtag}" not in t and rng.random() < 0.3:
            t = t + " {hashtag:2}"
    return t


# ------------------------------------------------------------------ self check
def check(msg):
    text = msg["text"]
    items = [("s", s["start"], s["end"], s["type"]) for s in msg["spans"]] + [("n", n["start"], n["end"], n["kind"]) for n in msg["negatives"]]
    for _, a, b, _t in items:
        assert 0 <= a < b <= len(text), (msg["id"], a, b)
        v = text[a:b]
        assert v == v.strip(), (msg["id"], v)
    items.sort(key=lambda x: (x[1], x[2]))
    for x, y in zip(items, items[1:]):
        assert x[2] <= y[1], (msg["id"], x, y, text[x[1]:x[2]], text[y[1]:y[2]])
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            assert V.bsn_ok(v), (msg["id"], v)
    assert (msg["visibility"] == "public") == (msg["channel"] in PUBLIC)


# ------------------------------------------------------------------ build halves
def build_half(seed, half, groups):
    rng = random.Random(seed * 2 + half)
    pools = P.deal(half)
    G = deal_groups(groups, half)
    name = "dev" if half == 0 else "heldout"
    msgs, tmpl_by_type = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        lang = rng.choices(LANGS, LANG_W)[0]
        domain = rng.choice(DOMAINS)
        channel = "agent_reply" if rng.random() < 0.12 else rng.choices(CHANNELS, CHANNEL_W)[0]
        ctx = Ctx(rng, lang, domain, pools)
        used = []
        if channel == "email":
            t = email_template(rng, G, lang, domain, used)
            ctx.typo = rng.choice([0, 0, 0.02, 0.05])
        elif channel == "agent_reply":
            t = agent_template(rng, G, lang, domain, used)
            ctx.typo = rng.choice([0, 0, 0, 0.02])
        else:
            t = chat_template(rng, G, lang, domain, channel, used)
            ctx.typo = rng.choice([0, 0.03, 0.06, 0.1])
            ctx.lower = rng.random() < 0.15
        text, spans, negs = render(t, ctx)
        msg = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text,
               "spans": spans, "negatives": negs}
        check(msg)
        for s in spans:
            for tid in used:
                tmpl_by_type[s["type"]].add(tid)
        msgs.append(msg)
    return msgs, tmpl_by_type


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(seed, halves):
    L = []
    L.append("# Scrub corpus blind98: government services, marketplace sellers, banks/mortgages, moving & self-storage\n")
    L.append("This corpus was **written blind**: its author did not open, read, grep, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), and did not read git history. No scrubber or scorer was run.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nGovernment services (tax office, municipality portals, DigiD / itsme / GOV.UK One Login / Login.gov, "
             "benefits and allowances), e-commerce returns and marketplace sellers (seller accounts, payouts, API keys and tokens "
             "for shop integrations), mortgages and banks (loan applications, card blocks, online banking codes), and moving "
             "companies and self-storage (unit numbers, gate/keybox/alarm codes, inventories, meter readings). Dutch, Flemish, "
             "Belgian French, UK and US customers; all channels; typos in cue words; e-mail signatures, quoted history, "
             "forwarded headers and disclaimers; agent replies that repeat customer values.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind98\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Modules: `values.py` (value generators and checks), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, "
             "`tpl_en.py` (customer templates per language and situation), `frames.py` (e-mail frames, signatures, quote headers, "
             "disclaimers, agent replies), `cues.py` (cue fragments for list-style/pasted messages).\n")
    L.append("## Split rule\n\nEvery template group (language × situation, each frame list, each cue list) is dealt alternately: "
             "even index → dev, odd index → heldout, so no template, greeting, signature, quote header, disclaimer or cue "
             "fragment is shared. Every filler pool (first/last names, streets, cities, organisations, agents, mentions, "
             "hashtags, URLs, model numbers, SSIDs, password words, plates) is dealt the same way. Each half uses its own "
             "`random.Random(seed * 2 + half)`. Typos are injected only into literal text (cue words), never into values.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled, including agent repeats and quoted history.\n"
             "- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn` and pass the mod-97 check (incl. post-2000 rule).\n"
             "- UK National Insurance numbers, UTRs, US SSNs, Dutch tax assessment numbers (aanslagnummer) and Toeslagen relatienummers are labelled `customer_number` (they identify the person but are not BSNs).\n"
             "- Self-storage unit numbers (e.g. `B-214`, `2.17`) are labelled `customer_number`: together with the site they identify the renter.\n"
             "- Gate, keybox, alarm, app and phone unlock codes are `pin`; itsme / DigiD app PINs are `pin`; card-reader / digipass responses and SMS codes are `otp` (also dictated as words).\n"
             "- E-mail addresses are always `email`, also when used as a login name. Usernames are only labelled next to a password or login context.\n"
             "- Stripe / WooCommerce / AWS / Google / bol client ids and secrets are `api_key`; Shopify `shpat_`, GitHub `ghp_`, bearer JWTs, Amazon refresh tokens and OAuth access tokens are `token`.\n"
             "- A multi-line signature address is one `address` span including the inner newline.\n"
             "- Bank sort codes and routing numbers were deliberately not used. Names, cities alone, SSIDs, plates and agent initials are unlabelled.\n"
             "- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`, `***-**-6789`) are `masked_value` negatives.\n"
             "- Quantities include their unit (`12 verhuisdozen`); meter readings include the unit when written (`4521 kWh`).\n"
             "- Company registration numbers are labelled without their cue (`KvK`, `BCE`, `company no.`); a `BE` prefix is part of the value.\n")
    L.append("## Known limitations\n\n"
             "- Template-driven: about 100 customer templates per half plus combinatorial cue fragments; phrasing is varied but finite.\n"
             "- Values are synthetic; phone numbers and postcodes follow national formats but are not validated against numbering plans.\n"
             "- Typos are simple (swap, drop, double, substitute) and hit only literal words of four letters or more.\n"
             "- English shop/bank/moving templates are shared between en-gb and en-us (values are localised).\n"
             "- Some otherwise-unlabelled text may coincidentally look like a number pattern (e.g. the digit-only value inside a filler).\n")
    L.append("## Counts\n")
    for name, (msgs, tbt) in halves.items():
        L.append(f"### {name} ({len(msgs)} messages)\n")
        sc = collections.Counter(s["type"] for m in msgs for s in m["spans"])
        L.append(table([(k, sc[k], len(tbt[k])) for k in sorted(sc)], ["span type", "count", "distinct templates"]) + "\n")
        nc = collections.Counter(n["kind"] for m in msgs for n in m["negatives"])
        L.append(table(sorted(nc.items()), ["negative kind", "count"]) + "\n")
        cc = collections.Counter(m["channel"] for m in msgs)
        L.append(table(sorted(cc.items()), ["channel", "messages"]) + "\n")
        lc = collections.Counter(m["lang"] for m in msgs)
        L.append(table(sorted(lc.items()), ["lang", "messages"]) + "\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261296)
    a = ap.parse_args()
    groups = template_groups()
    halves = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        msgs, tbt = build_half(a.seed, half, groups)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        halves[name] = (msgs, tbt)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    for name, (msgs, _) in halves.items():
        print(name, len(msgs), "messages,", sum(len(m["spans"]) for m in msgs), "spans,", sum(len(m["negatives"]) for m in msgs), "negatives")


if __name__ == "__main__":
    main()
