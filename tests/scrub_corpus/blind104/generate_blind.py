#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind104). Standard library only.

Usage: python3 generate_blind.py --seed 20261302
"""
import argparse
import collections
import json
import random
import re
import sys

import pools
import values as V
import t_nl
import t_nlbe
import t_frbe
import t_en

PREFIX = "b104"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 30), ("agent_reply", 12), ("x_public", 9), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 12), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
FAMS = {"nl": ("nl", t_nl.G), "nl-be": ("nlbe", t_nlbe.G), "fr-be": ("frbe", t_frbe.G), "en-gb": ("en", t_en.G), "en-us": ("en", t_en.G)}

LABEL = {"password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key",
         "username": "username", "apikey": "api_key", "awsid": "api_key", "awssecret": "api_key", "token": "token",
         "card": "card", "cvv": "cvv", "iban": "iban", "ibanx": "iban", "bsn": "bsn", "rrn": "bsn", "email": "email",
         "phone": "phone", "address": "address", "street": "address", "dob": "date_of_birth", "custno": "customer_number",
         "ean": "customer_number", "expiry": "card_expiry", "ip": "ip_address"}
NEG = {"date": "date", "time": "time", "amount": "amount", "qty": "quantity", "dur": "quantity", "pct": "percentage", "year": "year",
       "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "tracking": "tracking_number",
       "reqid": "request_id", "error": "error_code", "version": "version_string", "model": "model_number",
       "product": "product_code", "flight": "flight_number", "cphone": "company_phone", "creg": "company_registration",
       "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value", "meter": "meter_reading",
       "port": "port", "checksum": "checksum"}

URLS = ["https://www.rijdnu.nl/voorwaarden", "www.taalkamer.nl/inschrijven", "https://bit.ly/3xKq9Zt",
        "https://help.biztel.com/sip-trunk", "linguapunt.be/fr/cours", "https://www.immoverbeke.be/aanbod",
        "https://status.zakelijknet.nl", "https://keystonelettings.co.uk/tenants/faq", "http://goshare.be/nl/tarieven",
        "https://www.taxease.com/deadlines", "https://mijn.cijferwerk.nl/login", "www.brickkeyrealty.com/listings",
        "https://support.voiplanet.eu/kb/4012", "https://tinyurl.com/y7h2kq9p", "https://fibredesk.co.uk/status",
        "https://www.speakwise.co.uk/terms"]
USER_HANDLES = ["@jvdberg85", "@lotte_b", "@sannemaes", "@pieterpan_be", "@juju_lx", "@mike_t_uk", "@kaylaaa_j",
                "@wouterdev", "@cedric.b", "@harry_ldn", "@noor.k", "@ashleygrace"]
REGPOOL = {"nl": "nl", "be": "be", "fr": "fr", "gb": "en", "us": "en"}

PH = re.compile(r"\{([!@]?)([a-z]+[0-9]?)(?:=(\d+))?\}")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def deal(lst, half):
    return lst[half::2]


def build_pools(half):
    P = {}
    for reg in ("nl", "be", "fr", "gb", "us"):
        P[reg] = {
            "first": deal(pools.FIRST[REGPOOL[reg]], half), "last": deal(pools.LAST[REGPOOL[reg]], half),
            "agents": deal(pools.AGENTS[REGPOOL[reg]], half), "streets": deal(pools.STREETS[reg], half),
            "cities": deal(pools.CITIES[reg], half), "company": deal(pools.COMPANIES, half),
        }
    P["brands"] = {k: deal(v, half) for k, v in pools.BRANDS.items()}
    for k, lst in (("handles", pools.HANDLES), ("hashtags", pools.HASHTAGS), ("ssids", pools.SSIDS), ("plates", pools.PLATES),
                   ("vehicles", pools.VEHICLES), ("companies", pools.COMPANIES), ("courses", pools.COURSES),
                   ("urls", URLS), ("userhandles", USER_HANDLES)):
        P[k] = deal(lst, half)
    return P


def build_groups(half):
    out = {}
    for lang, (fam, G) in FAMS.items():
        if fam in out:
            continue
        out[fam] = {}
        for kind, lst in G.items():
            assert len(lst) >= 2, (fam, kind)
            out[fam][kind] = [("%s:%s:%d" % (fam, kind, i), t) for i, t in enumerate(lst) if i % 2 == half]
    return out


class Ctx:
    def __init__(self, rng, lang, P):
        self.rng = rng
        self.lang = lang
        self.reg = V.region(lang)
        self.P = P
        self.RP = P[self.reg]
        self.cache = {}
        self.seen = {}
        self.reuse = False


def gen_labelled(name, c):
    r, rng, RP = c.reg, c.rng, c.RP
    if name == "email":
        return V.email(rng, r, RP, c.cache.get("@full"))
    if name == "username":
        return V.username(rng, r, RP)
    if name == "address":
        return V.address(rng, r, RP)
    if name == "street":
        return V.address(rng, r, RP, short=True)
    if name == "phone":
        return V.phone(rng, r)
    if name == "iban":
        return V.iban(rng, r)
    if name == "ibanx":
        return V.iban(rng, r, foreign=True)
    if name == "otpw":
        return V.otp_words(rng, r)
    if name == "bsn" and r != "nl":
        return V.rrn(rng, r)
    if name == "rrn" and r == "nl":
        return V.bsn(rng, r)
    return getattr(V, name)(rng, r)


def gen_neg(name, c):
    rng, P = c.rng, c.P
    if name == "url":
        return rng.choice(P["urls"])
    if name == "mention":
        return rng.choice(P["handles"] if rng.random() < 0.8 else P["userhandles"])
    if name == "hashtag":
        return rng.choice(P["hashtags"])
    return getattr(V, "n_" + name)(rng, c.reg)


def gen_filler(name, c):
    rng, RP, P = c.rng, c.RP, c.P
    base = name.rstrip("0123456789")
    if base == "name":
        if name == "name" and "@full" in c.cache:
            return c.cache["@full"].split(" ")[0]
        return rng.choice(RP["first"])
    if base == "full":
        first = c.cache["@name"] if "@name" in c.cache else rng.choice(RP["first"])
        return first + " " + rng.choice(RP["last"])
    if base == "agent":
        return rng.choice(RP["agents"])
    if base.startswith("b") and base[1:] in P["brands"]:
        return rng.choice(P["brands"][base[1:]])
    if base == "city":
        return rng.choice(RP["cities"])[0]
    m = {"ssid": "ssids", "plate": "plates", "vehicle": "vehicles", "company": "companies", "course": "courses"}
    return rng.choice(P[m[base]])


def render(tpl, tid, c):
    """Returns list of segments: (text, label, neg, tid)."""
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, None, tid])
        sig, name, slot = m.group(1), m.group(2), m.group(3)
        if sig == "@":
            if "@" + name not in c.cache:
                c.cache["@" + name] = gen_filler(name, c)
            segs.append([c.cache["@" + name], None, None, tid])
        elif sig == "!":
            segs.append([gen_neg(name, c), None, NEG[name], tid])
        else:
            lab = LABEL[name]
            key = name + "=" + slot if slot else None
            if key and key in c.cache:
                v = c.cache[key]
            elif c.reuse and name in c.seen and c.rng.random() < 0.7:
                v = c.seen[name]
            else:
                v = gen_labelled(name, c)
            if key:
                c.cache[key] = v
            c.seen[name] = v
            segs.append([v, lab, None, tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, None, tid])
    return segs


def lit(text, tid="lit"):
    return [[text, None, None, tid]]


def quote(segs, prefix="> "):
    out = [[prefix, None, None, "lit"]]
    for s in segs:
        if s[1] is None and s[2] is None:
            out.append([s[0].replace("\n", "\n" + prefix), None, None, s[3]])
        else:
            assert "\n" not in s[0]
            out.append(s)
    return out


def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiourstn") + w[i + 1:]


def inject_typos(segs, rng, channel):
    p = 0.45 if channel not in ("email", "agent_reply") else 0.2
    if rng.random() < p:
        lits = [s for s in segs if s[1] is None and s[2] is None and s[3] != "lit" and WORD.search(s[0])]
        for _ in range(rng.randint(1, 3)):
            if not lits:
                break
            s = rng.choice(lits)
            ws = [m for m in WORD.finditer(s[0]) if "[[" not in s[0][max(0, m.start() - 2):m.start()]]
            if not ws:
                continue
            m = rng.choice(ws)
            s[0] = s[0][:m.start()] + typo_word(m.group(0), rng) + s[0][m.end():]
    if channel not in ("email", "agent_reply") and rng.random() < 0.12:
        for s in segs:
            if s[1] is None and s[2] is None:
                s[0] = s[0].lower()
    for s in segs:
        if s[1] is None and s[2] is None:
            s[0] = s[0].replace("[[", "{").replace("]]", "}")
    return segs


def pick(groups, fam, kind, rng):
    return rng.choice(groups[fam][kind])


def r(groups, fam, kind, c):
    tid, t = pick(groups, fam, kind, c.rng)
    return render(t, tid, c)


def build_email(groups, fam, c):
    rng = c.rng
    segs = []
    if rng.random() < 0.4:
        segs += r(groups, fam, "subj", c) + lit("\n\n")
    fwd = rng.random() < 0.12
    if fwd:
        segs += r(groups, fam, "fwdintro", c) + lit("\n\n")
        segs += r(groups, fam, "fwd", c) + lit("\n")
    segs += r(groups, fam, "greet", c) + lit("\n\n")
    if rng.random() < 0.55:
        segs += r(groups, fam, "pad", c) + lit("\n\n")
    body_kind = "ebody" if rng.random() < 0.65 else "chat"
    segs += r(groups, fam, body_kind, c)
    if rng.random() < 0.5:
        segs += lit("\n\n") + r(groups, fam, "pad", c)
    if rng.random() < 0.3:
        segs += lit("\n\n") + r(groups, fam, "chat", c)
    segs += lit("\n\n") + r(groups, fam, "close", c) + lit("\n") + r(groups, fam, "sigc", c)
    if rng.random() < 0.7:
        c.reuse = True
        segs += lit("\n\n") + r(groups, fam, "qhdr", c) + lit("\n")
        segs += quote(r(groups, fam, "agent", c))
        if rng.random() < 0.35:
            segs += lit("\n>\n") + quote(r(groups, fam, "qhdrc", c) + lit("\n") + quote(r(groups, fam, "chat", c)))
        c.reuse = False
    if rng.random() < 0.25:
        segs += lit("\n\n") + r(groups, fam, "disc", c)
    return segs


def build_agent(groups, fam, c, channel_public):
    rng = c.rng
    segs = []
    style = rng.random()
    if style < 0.25:
        segs += [[rng.choice(c.P["userhandles"]), None, "mention", "lit"], [" ", None, None, "lit"]]
        segs += r(groups, fam, "agent", c)
    elif style < 0.55:
        segs += r(groups, fam, "agent", c) + lit("\n\n") + r(groups, fam, "siga", c)
        c.reuse = True
        segs += lit("\n\n") + r(groups, fam, "qhdrc", c) + lit("\n") + quote(r(groups, fam, "chat", c))
        c.reuse = False
    else:
        # customer message first in the thread, agent reply repeats values
        cust = r(groups, fam, "chat", c)
        c.reuse = True
        segs += r(groups, fam, "agent", c)
        c.reuse = False
        if rng.random() < 0.4:
            segs += lit("\n\n") + r(groups, fam, "siga", c)
        if rng.random() < 0.5:
            segs += lit("\n\n---\n") + cust
    return segs


def make_message(groups, P, rng, half, idx):
    lang = rng.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
    channel = rng.choices([ch for ch, _ in CHANNELS], [w for _, w in CHANNELS])[0]
    fam = FAMS[lang][0]
    c = Ctx(rng, lang, P)
    if channel == "email":
        segs = build_email(groups, fam, c)
    elif channel == "agent_reply":
        segs = build_agent(groups, fam, c, False)
    elif channel in PUBLIC:
        segs = r(groups, fam, "public" if rng.random() < 0.7 else "chat", c)
        if channel == "x_public" and not segs[0][0].startswith("@") and rng.random() < 0.6:
            segs = [[rng.choice(P["handles"]), None, "mention", "lit"], [" ", None, None, "lit"]] + segs
    else:
        segs = r(groups, fam, "chat", c)
        if rng.random() < 0.2:
            segs += lit(rng.choice(deal(["\n", "\n\n", " ... ", "\n\nPS ", " // ", {"en": "\n\nalso: ", "frbe": "\n\nautre chose : "}.get(fam, "\n\nen nog iets: ")], half))) + r(groups, fam, "chat", c)
    segs = inject_typos(segs, rng, channel)
    text = ""
    spans, negs, tids = [], [], []
    for s, lab, neg, tid in segs:
        st = len(text)
        text += s
        if lab:
            spans.append({"type": lab, "start": st, "end": len(text)})
            tids.append((lab, tid))
        elif neg:
            negs.append({"kind": neg, "start": st, "end": len(text)})
    rec = {"id": "%s-%s-%05d" % (PREFIX, ["dev", "heldout"][half], idx), "channel": channel, "lang": lang,
           "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    return rec, tids


def check(rec):
    t = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for st, en, what, k in items:
        if not (0 <= st < en <= len(t)):
            raise SystemExit("range error %s %s" % (rec["id"], k))
        if t[st].isspace() or t[en - 1].isspace():
            raise SystemExit("whitespace error %s %s %r" % (rec["id"], k, t[st:en]))
    items.sort()
    for a, b in zip(items, items[1:]):
        if b[0] < a[1]:
            raise SystemExit("overlap %s %s %s" % (rec["id"], a, b))
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card" and not V.luhn_ok(v):
            raise SystemExit("luhn %s %s" % (rec["id"], v))
        if s["type"] == "iban" and not V.iban_ok(v):
            raise SystemExit("iban %s %s" % (rec["id"], v))
        if s["type"] == "bsn":
            d = "".join(ch for ch in v if ch.isdigit())
            ok = V.bsn_ok(v) if len(d) == 9 else V.rrn_ok(v) if len(d) == 11 else False
            if not ok:
                raise SystemExit("bsn/rrn %s %s" % (rec["id"], v))


def run_half(seed, half):
    rng = random.Random(seed * 2 + half)
    groups = build_groups(half)
    P = build_pools(half)
    recs, stats = [], {"span_t": collections.defaultdict(set)}
    for i in range(N_PER_HALF):
        rec, tids = make_message(groups, P, rng, half, i)
        check(rec)
        recs.append(rec)
        for lab, tid in tids:
            stats["span_t"][lab].add(tid)
    return recs, stats


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


FRAMES = ", ".join("%s %d" % (fam, (len(G["chat"]) + 1) // 2) for fam, G in (("nl", t_nl.G), ("nl-be", t_nlbe.G), ("fr-be", t_frbe.G), ("en", t_en.G)))


def readme(seed, halves):
    L = []
    L.append("# Scrub corpus blind104: rental cars & car sharing, language schools, estate agents, tax advisers, B2B telecom\n")
    L.append("This corpus was written **blind**: its author did not open, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus, scorer or generator under `tests/scrub_corpus/`, "
             "and did not read git history. It is based only on the brief and public knowledge of how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nRental cars and car sharing (deposits, lockbox/keybox codes, app logins, damage claims), language schools "
             "(enrolment, student numbers, refunds), real estate and letting agents (viewings, key safes, tenancy details, national IDs), "
             "tax advisers and accountants (BSN / rijksregisternummer, IBANs, portal logins, zip passwords), and telecom for business "
             "customers (PUK/PIN, SIP trunks, API keys, tokens, static IPs, router admin logins, office wifi keys). Dutch, Flemish, "
             "Belgian French, UK and US customers on all channels; typos, signatures, quoted history, forwarded mail, agent replies.\n")
    L.append("## Generation\n\n```\npython3 generate_blind.py --seed %d\n```\n\nWrites `dev.jsonl`, `heldout.jsonl` (%d messages each) and this README. "
             "Python 3.11 standard library only. Modules: `values.py` (value generators and validators), `pools.py` (filler pools), "
             "`t_nl.py`, `t_nlbe.py`, `t_frbe.py`, `t_en.py` (template groups per language).\n" % (seed, N_PER_HALF))
    L.append("## Split rule\n\nEvery template group (language family x kind: chat, public, agent, e-mail body, greeting, closing, "
             "customer signature, agent signature, padding paragraph, quote header, customer quote header, forward header, forward intro, disclaimer, subject; also the separators between chained chat messages) is dealt "
             "alternately: even index to dev, odd index to heldout. Every filler pool (first and last names, agents, streets, cities, "
             "brands per sector, handles, hashtags, SSIDs, plates, vehicles, companies, courses, URLs) is dealt the same way. "
             "No template, frame, greeting, signature or quote block is shared between halves. Each half uses its own "
             "`random.Random(seed * 2 + half)`. Value generators (formats of phone numbers, IBANs, etc.) are shared; values are random.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover only the value, never the cue word; every occurrence is labelled, including values repeated by an agent or inside `> ` quoted history.\n"
             "- Belgian national register numbers are labelled `bsn` (valid check digits, 19xx and 20xx births).\n"
             "- Keybox / lockbox / key-safe / gate / alarm codes and SIM PINs are `pin`; codes from SMS or letters (including tax-portal activation codes) are `otp`; OTPs dictated as words (\"vier zeven ...\", \"oh two ...\") are one `otp` span covering all words.\n"
             "- Customer, member, student, contract, subscriber, tenancy numbers and EAN/meter-point numbers are `customer_number`.\n"
             "- Router admin logins such as `admin` next to a password are labelled `username`.\n"
             "- AWS access key id and secret are two separate `api_key` spans; bearer/JWT, GitHub PAT, Slack and session tokens are `token`.\n"
             "- Customer e-mail addresses in forward/quote headers are labelled `email`; the customer's phone and address in their own signature are labelled. "
             "Company registration numbers in a customer's business signature (KvK, BTW/VAT, ondernemingsnummer, company no.) are negatives.\n"
             "- Agent/organisation service numbers (088, 0800, 0900, 078, 0345, 1-800) are `company_phone` negatives; the organisation's own mail addresses are not written at all.\n"
             "- Public @handles of customers and brands are `mention` negatives, never `username`.\n"
             "- Macro placeholders such as `{first_name}` are plain text (not labelled, not negatives). Names, cities alone, SSIDs, licence plates and vehicle models are unlabelled.\n"
             "- Masked values (`****1234`, `NL** **** **** 1234 56`, `j***@gmail.com`, `06-******78`) are `masked_value` negatives.\n"
             "- Kilometre/odometer readings and energy meter readings are `meter_reading`.\n")
    L.append("## Known limitations\n\n"
             "- Template-based: sentence frames recur within a half (%s customer chat frames per half, by family). Values are random and not drawn from real people.\n" % FRAMES +
             "- UK and US share one English template family; only values (phones, addresses, dates) differ by locale.\n"
             "- Typos are injected only in literal text (including cue words), never inside values; a few messages are fully lower-cased.\n"
             "- UK meter-point numbers and US account numbers are synthetic shapes, not validated formats. Foreign IBANs only have a valid mod-97.\n"
             "- `HTTP 503` / `SIP/2.0 486` style error codes are one `error_code` negative including the protocol word.\n"
             "- No private (RFC 1918) IP addresses are used, to avoid the question whether they are personal data.\n")
    for half, (recs, stats) in enumerate(halves):
        name = ["dev", "heldout"][half]
        L.append("## Counts: %s\n\nMessages: %d\n" % (name, len(recs)))
        sc = collections.Counter(s["type"] for r_ in recs for s in r_["spans"])
        L.append("### Spans per type\n\n" + table([(k, sc[k], len(stats["span_t"][k])) for k in sorted(sc)], ["type", "spans", "distinct templates"]) + "\n")
        nc = collections.Counter(n["kind"] for r_ in recs for n in r_["negatives"])
        L.append("### Negatives per kind\n\n" + table(sorted(nc.items()), ["kind", "count"]) + "\n")
        cc = collections.Counter(r_["channel"] for r_ in recs)
        L.append("### Channels\n\n" + table(sorted(cc.items()), ["channel", "messages"]) + "\n")
        lc = collections.Counter(r_["lang"] for r_ in recs)
        L.append("### Languages\n\n" + table(sorted(lc.items()), ["lang", "messages"]) + "\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = [run_half(a.seed, 0), run_half(a.seed, 1)]
    for half, (recs, _) in enumerate(halves):
        with open(["dev.jsonl", "heldout.jsonl"][half], "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("ok", [len(h[0]) for h in halves])


if __name__ == "__main__":
    sys.exit(main())
