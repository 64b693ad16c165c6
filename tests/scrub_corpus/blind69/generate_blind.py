#!/usr/bin/env python3
"""blind69 corpus generator: home energy installations and the smart home.

Usage: python3 generate_blind.py --seed 20261267
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import pools as P
import values as V
import tpl_en
import tpl_frbe
import tpl_nl
import tpl_nlbe

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b69"
N_PER_HALF = 950
MODS = {"nl": tpl_nl, "nl-be": tpl_nlbe, "fr-be": tpl_frbe, "en-gb": tpl_en, "en-us": tpl_en}
LANG_W = [("nl", 0.333), ("nl-be", 0.167), ("fr-be", 0.167), ("en-gb", 0.2), ("en-us", 0.133)]
CHAN_W = [("email", 0.30), ("agent_reply", 0.13), ("x_public", 0.09), ("facebook_comment", 0.07),
          ("instagram_comment", 0.05), ("x_dm", 0.06), ("instagram_dm", 0.05), ("messenger", 0.08),
          ("whatsapp", 0.12), ("telegram", 0.05)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

SPAN_SLOTS = {
    "password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi_key": "wifi_key",
    "username": "username", "api_key": "api_key", "aws_secret": "api_key", "token": "token", "card": "card",
    "cvv": "cvv", "iban": "iban", "bsn": "bsn", "rrn": "bsn", "email": "email", "phone": "phone",
    "address": "address", "street": "address", "dob": "date_of_birth", "cust": "customer_number",
    "ean": "customer_number", "mpan": "customer_number", "expiry": "card_expiry", "ip": "ip_address",
    "lanip": "ip_address",
}
NEG_SLOTS = {
    "n_date": "date", "n_time": "time", "n_amount": "amount", "n_qty": "quantity", "n_pct": "percentage",
    "n_year": "year", "n_order": "order_number", "n_ticket": "ticket_number", "n_invoice": "invoice_number",
    "n_tracking": "tracking_number", "n_reqid": "request_id", "n_error": "error_code",
    "n_version": "version_string", "n_model": "model_number", "n_product": "product_code",
    "n_flight": "flight_number", "n_cphone": "company_phone", "n_creg": "company_registration", "n_url": "url",
    "n_mention": "mention", "n_hashtag": "hashtag", "n_masked": "masked_value", "n_meter": "meter_reading",
    "n_port": "port", "n_checksum": "checksum",
}
SLOT = re.compile(r"<<([A-Za-z_]+)(?::(\w+))?>>")
# negatives whose generator emits a cue word first: split cue (literal) from value
CUE_SPLIT = re.compile(r"^((?:KvK-nummer: |KvK |BTW |TVA |Company No\. |VAT |registered in England and Wales no\. |EIN |CSLB Lic\. #|SKU |art\.nr\. |P/N |EAN-code |ref\. ))(.+)$")


class HalfPools:
    def __init__(self, half):
        self.half = half
        d = lambda pool: P.deal(pool, half)
        self.first = {k: d(v) for k, v in P.FIRST.items()}
        self.last = {k: d(v) for k, v in P.LAST.items()}
        self.streets = {k: d(v) for k, v in P.STREETS.items()}
        self.cities = {k: d(v) for k, v in P.CITIES.items()}
        self.agents = {k: d(v) for k, v in P.AGENTS.items()}
        self.brands = {k: d(v) for k, v in P.BRANDS.items()}
        self.hashtags = {k: d(v) for k, v in P.HASHTAGS.items()}
        self.models = d(P.MODELS)
        self.ssids = d(P.SSIDS)
        self.plates = d(P.PLATES)
        self.tpl = {}
        for lang, mod in MODS.items():
            name = mod.__name__
            t = {"body": {g: [(f"{name}:{g}:{i}", s) for i, s in enumerate(lst)][half::2] for g, lst in mod.BODY.items()}}
            for part in ("AGENT", "GREET", "SIGN", "QUOTE_HDR", "FWD", "DISC", "PUBLIC_TAIL", "CUST_HDR"):
                t[part] = [(f"{name}:{part}:{i}", s) for i, s in enumerate(getattr(mod, part))][half::2]
            self.tpl[lang] = t


def pk(lang):
    return "en" if lang.startswith("en") else lang


class Msg:
    """Per-message context: keeps values consistent when a slot repeats."""

    def __init__(self, r, lang, hp):
        self.r, self.lang, self.hp = r, lang, hp
        self.first = r.choice(hp.first[lang])
        self.last = r.choice(hp.last[lang])
        self.brand = r.choice(hp.brands[pk(lang)])
        self.agent = r.choice(hp.agents[lang])
        self.cache = {}

    def gen_span(self, name):
        r, lang = self.r, self.lang
        if name == "password": return V.password(r)
        if name == "pin": return V.pin(r)
        if name == "puk": return V.puk(r)
        if name == "otp": return V.otp(r)
        if name == "otpw": return V.otp_words(r, lang)
        if name == "wifi_key": return V.wifi_key(r)
        if name == "username": return V.username(r, self.first, self.last if r.random() < 0.7 else r.choice(self.hp.last[lang]))
        if name == "api_key": return V.api_key(r)
        if name == "aws_secret": return V.aws_secret(r)
        if name == "token": return V.token(r)
        if name == "card": return V.card(r)
        if name == "cvv": return V.cvv(r)
        if name == "expiry": return V.expiry(r)
        if name == "iban": return V.iban(r, lang)
        if name == "bsn": return V.bsn(r)
        if name == "rrn": return V.rrn(r)
        if name == "email": return V.email(r, lang, self.first, self.last)
        if name == "phone": return V.phone(r, lang)
        if name == "address": return P.address(r, lang, self.hp.streets[lang], self.hp.cities[lang], True)
        if name == "street": return P.address(r, lang, self.hp.streets[lang], self.hp.cities[lang], False)
        if name == "dob": return P.dob(r, lang)
        if name == "cust": return P.customer_number(r, lang)
        if name in ("ean", "mpan"): return P.ean(r, lang)
        if name == "ip": return V.ip(r)
        if name == "lanip": return V.lan_ip(r)
        raise KeyError(name)

    def gen_neg(self, name):
        r, lang = self.r, self.lang
        if name == "n_model": return r.choice(self.hp.models)
        if name == "n_url": return self.brand[2] if r.random() < 0.7 else r.choice(self.hp.brands[pk(lang)])[2]
        if name == "n_mention": return self.brand[1]
        if name == "n_hashtag": return r.choice(self.hp.hashtags[pk(lang)])
        return getattr(P, name)(r, lang)

    def filler(self, name):
        r = self.r
        return {"FIRST": lambda: self.first, "LAST": lambda: self.last, "FULL": lambda: f"{self.first} {self.last}",
                "BRAND": lambda: self.brand[0], "AGENT": lambda: self.agent, "SSID": lambda: r.choice(self.hp.ssids),
                "PLATE": lambda: r.choice(self.hp.plates), "CITY": lambda: r.choice(self.hp.cities[self.lang])[0]}[name]()

    def render(self, tid, tpl):
        """Return a list of segments (text, label|None); label = (cls, type, tid)."""
        segs, pos = [], 0
        for m in SLOT.finditer(tpl):
            if m.start() > pos:
                segs.append([tpl[pos:m.start()], None])
            name, key = m.group(1), m.group(2) or ""
            ck = (name, key)
            if name in SPAN_SLOTS:
                if ck not in self.cache:
                    self.cache[ck] = self.gen_span(name)
                segs.append([self.cache[ck], ("span", SPAN_SLOTS[name], tid)])
            elif name in NEG_SLOTS:
                if ck not in self.cache or not key:
                    self.cache[ck] = self.gen_neg(name)
                v = self.cache[ck]
                mm = CUE_SPLIT.match(v)
                if mm:
                    segs.append([mm.group(1), None])
                    v = mm.group(2)
                segs.append([v, ("neg", NEG_SLOTS[name], tid)])
            else:
                if ck not in self.cache:
                    self.cache[ck] = self.filler(name)
                segs.append([self.cache[ck], ("fill", name, tid)])
            pos = m.end()
        if pos < len(tpl):
            segs.append([tpl[pos:], None])
        return segs


def lit(s):
    return [[s, None]]


def quote(segs):
    out = [["> ", None]]
    for text, lab in segs:
        if lab is None:
            out.append([text.replace("\n", "\n> "), None])
        else:
            out.append([text.replace("\n", ", "), lab])
    return out


TYPO_WORD = re.compile(r"[A-Za-zéèàç]{5,}")


def inject_typos(segs, r):
    n = r.choice([0, 0, 0, 1, 1, 2])
    for _ in range(n):
        cands = [s for s in segs if s[1] is None and TYPO_WORD.search(s[0])]
        if not cands:
            return
        s = r.choice(cands)
        words = list(TYPO_WORD.finditer(s[0]))
        w = r.choice(words)
        i = r.randint(w.start() + 1, w.end() - 3)
        t = s[0]
        k = r.randrange(3)
        if k == 0:
            t = t[:i] + t[i + 1] + t[i] + t[i + 2:]
        elif k == 1:
            t = t[:i] + t[i + 1:]
        else:
            t = t[:i] + t[i] + t[i:]
        s[0] = t


def pick(r, lst):
    return r.choice(lst)


def body_tpl(r, t):
    g = r.choice(sorted(t["body"]))
    return r.choice(t["body"][g])


def build(r, lang, channel, hp):
    m = Msg(r, lang, hp)
    t = hp.tpl[lang]
    segs = []
    if channel == "email":
        if r.random() < 0.15:
            segs += m.render(*pick(r, t["FWD"])) + lit("\n\n")
        segs += m.render(*pick(r, t["GREET"])) + lit("\n\n")
        segs += m.render(*body_tpl(r, t))
        if r.random() < 0.8:
            segs += lit("\n\n") + m.render(*body_tpl(r, t))
        segs += lit("\n\n") + m.render(*pick(r, t["SIGN"]))
        if r.random() < 0.9:
            q = m.render(*pick(r, t["AGENT"]))
            if r.random() < 0.75:
                q += lit("\n\n") + m.render(*pick(r, t["DISC"]))
            if r.random() < 0.5:
                q += lit("\n\n") + m.render(*pick(r, t["CUST_HDR"])) + lit("\n") + quote(m.render(*body_tpl(r, t)))
            segs += lit("\n\n") + m.render(*pick(r, t["QUOTE_HDR"])) + lit("\n") + quote(q)
    elif channel == "agent_reply":
        if r.random() < 0.3:
            segs += lit("@" + (m.first.lower() + str(r.randint(1, 99))) + " ")
        segs += m.render(*pick(r, t["AGENT"]))
        if r.random() < 0.25:
            segs += lit("\n\n") + m.render(*pick(r, t["DISC"]))
    elif channel in PUBLIC:
        if channel == "x_public" or r.random() < 0.4:
            segs += m.render("public:mention", "<<n_mention>> ")
        segs += m.render(*body_tpl(r, t))
        segs += m.render(*pick(r, t["PUBLIC_TAIL"]))
        for _ in range(r.choice([0, 1, 1, 2])):
            segs += lit(" ") + m.render("public:hashtag", "<<n_hashtag>>")
    else:
        if channel == "whatsapp" and r.random() < 0.3:
            segs += lit("[") + m.render("wa:stamp", "<<n_time>>, <<n_date>>") + lit("] " + m.first + ": ")
        segs += m.render(*body_tpl(r, t))
        if r.random() < 0.25:
            segs += lit("\n") + m.render(*body_tpl(r, t))
    inject_typos(segs, r)
    text, spans, negs, pos = "", [], [], 0
    for s, lab in segs:
        if lab and lab[0] != "fill":
            rec = {"start": pos, "end": pos + len(s)}
            if lab[0] == "span":
                spans.append(({"type": lab[1], **rec}, lab[2]))
            else:
                negs.append({"kind": lab[1], **rec})
        text += s
        pos += len(s)
    return m, text, spans, negs


def check(rec):
    text = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), rec["id"]
        v = text[a:b]
        assert v == v.strip() and not v.endswith((",", ";", ":", ".")), (rec["id"], v)
        iv.append((a, b, s.get("type") or s.get("kind")))
    iv.sort()
    for x, y in zip(iv, iv[1:]):
        assert x[1] <= y[0], (rec["id"], x, y)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            dg = "".join(c for c in v if c.isdigit())
            assert (len(dg) == 9 and V.bsn_ok(v)) or (len(dg) == 11 and V.rrn_ok(v)), (rec["id"], v)


def wchoice(r, pairs):
    x, acc = r.random() * sum(w for _, w in pairs), 0
    for k, w in pairs:
        acc += w
        if x <= acc:
            return k
    return pairs[-1][0]


def make_half(seed, half):
    r = random.Random(seed * 2 + half)
    hp = HalfPools(half)
    name = ["dev", "heldout"][half]
    out, tids = [], collections.defaultdict(set)
    seen = set()
    while len(out) < N_PER_HALF:
        lang = wchoice(r, LANG_W)
        ch = wchoice(r, CHAN_W)
        m, text, spans, negs = build(r, lang, ch, hp)
        if text in seen:
            continue
        seen.add(text)
        rec = {"id": f"{PREFIX}-{name}-{len(out):05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC else "private", "text": text,
               "spans": [s for s, _ in spans], "negatives": negs}
        check(rec)
        for s, tid in spans:
            tids[s["type"]].add(tid)
        out.append(rec)
    return out, tids


def table(title, counter, extra=None):
    lines = [f"| {title} | count |" + (" distinct templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k in sorted(counter):
        lines.append(f"| {k} | {counter[k]} |" + (f" {len(extra[k])} |" if extra else ""))
    return "\n".join(lines)


def readme(seed, halves):
    parts = [f"""# Scrub corpus blind69: home energy installations and the smart home

Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`,
`bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (one `ls` of that folder only, to check the name was free),
nor the git history.
No scrubber or scorer was run. All values are synthetic.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Solar panels and the monitoring portals / wifi dongles of their inverters, heat pumps, home batteries,
home EV chargers, smart meters (EAN / MPAN, P1 port), thermostats, alarm systems and key safes, smart
locks and video doorbells, installers' quotes and invoices, subsidies (ISDE, Mijn VerbouwPremie, primes
Habitation, Boiler Upgrade Scheme), warranty claims. Customers in the Netherlands, Flanders, Wallonia,
the UK (and some US) write to installers, manufacturers, energy suppliers and grid operators in e-mails,
chats and public posts; agents reply.

## Generation

    python3 generate_blind.py --seed {seed}

Python 3.11 standard library only. Modules: `values.py` (value generators and checksums), `pools.py`
(filler pools, addresses, dates, negatives), `tpl_nl.py`, `tpl_nlbe.py`, `tpl_frbe.py`, `tpl_en.py`
(templates per language, grouped by situation), `generate_blind.py` (assembly, self-check, README).

## Split rule

Templates are written in groups (language x situation, plus per-language agent replies, greetings,
signatures, agent and customer quote headers, forward headers, disclaimers and public-post tails). Each group's members are
dealt alternately: even index to dev, odd index to heldout. Every filler pool (first and last names,
streets, cities, brands with their mentions and URLs, agents, hashtags, model numbers, SSIDs) is dealt the
same way. en-gb and en-us share the English template file but are dealt identically, so no template
crosses halves. Each half uses its own `random.Random(seed * 2 + half)`. Typos (swap, drop, double
a letter) are injected only into literal text, never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue ("wachtwoord", "IBAN", "EAN", "code"). Every occurrence is
  labelled, including values repeated by agents and values inside quoted history (`> `).
- Addresses are labelled as one span from street to city/postcode when written together, including a
  line break between street line and postcode line; in quoted history that break becomes ", ".
- Customer-identifying numbers (customer, contract, account numbers, EAN connection codes, UK MPAN,
  US utility account numbers) are `customer_number`.
- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`.
- OTPs dictated as words ("vier acht twee ...") are one `otp` span.
- AWS secret access keys are `api_key` (as is the key id). Bearer / long-lived / hex tokens are `token`.
- Local LAN addresses of devices (192.168.x.x, 10.0.x.x) are labelled `ip_address`, like public IPs;
  the port after a colon is a `port` negative.
- A gate code followed by `#` labels only the digits.
- Company registration negatives and product codes cover the number, not the cue ("KvK ", "SKU ").
- Names, SSIDs, agent names and macro placeholders ({{first_name}}, <code>, [CODE]) are not labelled and not
  marked as negatives. A user's own @handle in agent replies is not labelled.
- Meter readings, company service numbers, ticket/case numbers, invoice and quote numbers, order
  numbers, masked values, model numbers, firmware versions, kWp/kWh quantities are hard negatives.

## Known limitations

- Templated: values are inserted into a limited set of frames (see counts); phrasing variety comes from
  the number of frames, wrappers and value formats, not from a language model.
- e-mail length varies with the number of body parts and quoted history; a few are below 500 characters.
- US messages reuse the English frames (some UK-specific scheme names appear in them).
- No serial numbers of devices are included (deliberately, as their status is ambiguous).
"""]
    for name, (recs, tids) in halves.items():
        sp = collections.Counter(s["type"] for r in recs for s in r["spans"])
        ng = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        ch = collections.Counter(r["channel"] for r in recs)
        lg = collections.Counter(r["lang"] for r in recs)
        em = [len(r["text"]) for r in recs if r["channel"] == "email"]
        parts.append(f"## Counts: {name}.jsonl\n\nMessages: {len(recs)}; spans: {sum(sp.values())}; "
                     f"negatives: {sum(ng.values())}; e-mails: {len(em)} (median length "
                     f"{sorted(em)[len(em) // 2]} chars)\n\n"
                     + table("span type", sp, tids) + "\n\n" + table("negative kind", ng) + "\n\n"
                     + table("channel", ch) + "\n\n" + table("language", lg) + "\n")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in enumerate(["dev", "heldout"]):
        recs, tids = make_half(a.seed, half)
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        halves[name] = (recs, tids)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    for name, (recs, _) in halves.items():
        print(name, len(recs), sum(len(r["spans"]) for r in recs), sum(len(r["negatives"]) for r in recs))


if __name__ == "__main__":
    main()
