#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (telecom emphasis). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261271
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import pools
import values as V
from templates_en import EN, GB, US
from templates_fr import FR
from templates_nl import BE, NL
import templates_extra  # noqa: F401  (appends paired templates)

PREFIX = "b73"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

SPAN = {"password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi_key": "wifi_key", "username": "username",
        "api_key": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn", "email": "email",
        "phone": "phone", "address": "address", "dob": "date_of_birth", "cust": "customer_number", "exp": "card_expiry",
        "ip": "ip_address"}
NEG = {"date": ("date", V.neg_date), "time": ("time", V.neg_time), "amount": ("amount", V.neg_amount), "qty": ("quantity", V.neg_qty),
       "pct": ("percentage", V.neg_pct), "year": ("year", V.neg_year), "order": ("order_number", V.neg_order),
       "ticket": ("ticket_number", V.neg_ticket), "invoice": ("invoice_number", V.neg_invoice), "track": ("tracking_number", V.neg_track),
       "reqid": ("request_id", V.neg_reqid), "err": ("error_code", V.neg_err), "ver": ("version_string", V.neg_ver),
       "model": ("model_number", V.neg_model), "prod": ("product_code", V.neg_prod), "flight": ("flight_number", V.neg_flight),
       "port": ("port", V.neg_port), "checksum": ("checksum", V.neg_checksum), "masked": ("masked_value", V.neg_masked),
       "meter": ("meter_reading", V.neg_meter)}
PH = re.compile(r"\{(N\.|F\.)?([a-z_]+)(?::([a-z0-9_]+))?(?:#(\w+))?\}")
CHANNELS = [("email", 29), ("agent_reply", 15), ("whatsapp", 12), ("x_public", 9), ("facebook_comment", 6), ("instagram_comment", 4),
            ("x_dm", 7), ("instagram_dm", 4), ("messenger", 9), ("telegram", 5)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = [("nl", 33), ("nl-be", 17), ("fr-be", 17), ("en-gb", 17), ("en-us", 16)]
OPENERS = {
    "nl": ["Hoi", "Hallo", "Goedemorgen", "Hee", "Dag", "Hoi daar", "Hallo {F.brand}", "Yo", "Beste", "Goeienavond"],
    "nl-be": ["Dag", "Hallo", "Hey", "Goeiemorgen", "Allee", "Hoi", "Beste", "Goeienavond"],
    "fr-be": ["Bonjour", "Salut", "Bonsoir", "Hello", "Re bonjour", "Coucou", "Bjr", "Bonjour à vous"],
    "en-gb": ["Hi", "Hello", "Hiya", "Morning", "Evening all", "Hey", "Alright", "Hi team"],
    "en-us": ["Hey", "Hi", "Hello", "Yo", "Hi there", "Good morning", "Hey guys", "Hello support"],
}
CHAT_TAILS = {
    "nl": ["", "", "Alvast bedankt!", "Groetjes", "Hoor graag van jullie", "thx", "Dank je"],
    "nl-be": ["", "", "Merci!", "Groetjes", "Bedankt alvast", "Mvg"],
    "fr-be": ["", "", "Merci d'avance", "Bonne journée", "merci", "Cdlt"],
    "en-gb": ["", "", "Cheers", "Thanks in advance", "ta", "Thanks!"],
    "en-us": ["", "", "Thanks!", "thx", "Appreciate it", "Thank you"],
}


def groups_for(lang):
    if lang == "nl":
        return {k: [(f"NL.{k}.{i}", t) for i, t in enumerate(v)] for k, v in NL.items()}
    if lang == "nl-be":
        return {k: [(f"BE.{k}.{i}", t) for i, t in enumerate(v)] for k, v in BE.items()}
    if lang == "fr-be":
        return {k: [(f"FR.{k}.{i}", t) for i, t in enumerate(v)] for k, v in FR.items()}
    loc, tag = (GB, "GB") if lang == "en-gb" else (US, "US")
    g = {k: [(f"{tag}.{k}.{i}", t) for i, t in enumerate(v)] for k, v in loc.items()}
    g["body"] = g["body"] + [(f"EN.body.{i}", t) for i, t in enumerate(EN["body"])]
    return g


def deal(lst, half):
    out = lst[half::2]
    assert out, "empty dealt pool"
    return out


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.tpl = {}
        for lang, _ in LANGS:
            g = groups_for(lang)
            # locale-specific and shared English bodies are dealt as separate groups
            dealt = {}
            for k, lst in g.items():
                if k == "body" and lang.startswith("en"):
                    loc = [x for x in lst if not x[0].startswith("EN.")]
                    sh = [x for x in lst if x[0].startswith("EN.")]
                    dealt[k] = deal(loc, half) + deal(sh, half)
                else:
                    dealt[k] = deal(lst, half)
            self.tpl[lang] = dealt
        self.p = {}
        for lang, _ in LANGS:
            self.p[lang] = {
                "first": deal(pools.FIRST[lang], half), "last": deal(pools.LAST[lang], half),
                "street": deal(pools.STREETS[lang], half), "city": deal(pools.CITIES[lang], half),
                "brand": deal(pools.BRANDS[lang], half), "agent": deal(pools.AGENTS[lang], half),
                "mention": deal(pools.MENTIONS[lang], half), "hashtag": deal(pools.HASHTAGS[lang], half),
                "url": deal(pools.URLS[lang], half), "cphone": deal(pools.CPHONES[lang], half),
                "company": deal(pools.COMPANIES[lang], half), "country": deal(pools.COUNTRIES[lang], half),
                "opener": deal(OPENERS[lang], half), "tail": CHAT_TAILS[lang][:2] + deal(CHAT_TAILS[lang][2:], half),
            }
        self.common = {"initials": deal(pools.INITIALS, half), "umention": deal(pools.USER_MENTIONS, half),
                       "ssid": deal(pools.SSIDS, half), "macro": deal(pools.MACROS, half), "codemacro": deal(pools.CODE_MACROS, half),
                       "plate": deal(pools.PLATES, half)}


def typo(r, s):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
    if not words:
        return s
    m = r.choice(words)
    w = m.group()
    i = r.randrange(1, len(w) - 1)
    op = r.choice(["swap", "drop", "double"])
    if op == "swap":
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == "drop":
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


class Msg:
    def __init__(self, H, lang, style):
        self.H, self.lang, self.r = H, lang, H.r
        self.P = H.p[lang]
        self.text = ""
        self.spans, self.negs = [], []
        self.refs = {}
        self.style = style  # dict: lower, typo_p
        self.person = (self.r.choice(self.P["first"]), self.r.choice(self.P["last"]))

    def lit(self, s):
        if s and self.r.random() < self.style["typo_p"]:
            s = typo(self.r, s)
        if self.style["lower"]:
            s = s.lower()
        self.text += s

    def raw(self, s):
        self.text += s

    def add(self, val, kind, label, tid):
        st = len(self.text)
        self.text += val
        if label == "span":
            self.spans.append({"type": kind, "start": st, "end": len(self.text), "_t": tid})
        elif label == "neg":
            self.negs.append({"kind": kind, "start": st, "end": len(self.text), "_t": tid})

    def gen_span(self, key, var):
        r, lang = self.r, self.lang
        f, l = self.person if r.random() < 0.7 else (r.choice(self.P["first"]), r.choice(self.P["last"]))
        if key == "password":
            return V.password(r, lang, var)
        if key == "pin":
            return V.pin(r, lang, var)
        if key == "puk":
            return V.puk(r, lang, var)
        if key == "otp":
            return V.otp(r, lang, var)
        if key == "wifi_key":
            return V.wifi_key(r, lang, var)
        if key == "username":
            return V.username(r, f, l, var)
        if key == "api_key":
            return V.api_key(r, var)
        if key == "token":
            return V.token(r, var)
        if key == "card":
            return V.card(r)
        if key == "cvv":
            return V.cvv(r)
        if key == "iban":
            pref = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": None}[lang]
            return V.iban(r, pref if (pref and r.random() < 0.7) else None)
        if key == "bsn":
            return V.bsn(r, var)
        if key == "email":
            return V.email(r, f, l)
        if key == "phone":
            return V.phone(r, lang, var)
        if key == "address":
            return V.address(r, lang, r.choice(self.P["street"]), r.choice(self.P["city"]), var)
        if key == "dob":
            return V.dob(r, lang, var)
        if key == "cust":
            return V.customer_number(r, lang, var)
        if key == "exp":
            return V.card_expiry(r, var)
        if key == "ip":
            return V.ip(r, var)
        raise KeyError(key)

    def gen_neg(self, key, var):
        r, lang, P = self.r, self.lang, self.P
        if key == "mention":
            return "mention", r.choice(P["mention"])
        if key == "umention":
            return "mention", r.choice(self.H.common["umention"])
        if key == "hashtag":
            return "hashtag", r.choice(P["hashtag"])
        if key == "url":
            return "url", r.choice(P["url"])
        if key == "cphone":
            return "company_phone", r.choice(P["cphone"])
        if key == "reg":
            return "company_registration", V.neg_reg(r, lang, var)
        kind, fn = NEG[key]
        if key == "qty":
            return kind, fn(r, lang, var)
        return kind, fn(r, lang)

    def filler(self, key):
        r, P = self.r, self.P
        if key == "name":
            return f"{self.person[0]} {self.person[1]}"
        if key == "first":
            return self.person[0]
        if key in ("city", "brand", "agent", "company", "country"):
            return r.choice(P[key])
        return r.choice(self.H.common[key])

    def render(self, tid, tpl, quote=False):
        if quote:
            tpl = "> " + tpl.replace("\n", "\n> ")
        pos = 0
        for m in PH.finditer(tpl):
            self.lit(tpl[pos:m.start()])
            pfx, key, var, ref = m.groups()
            if pfx == "F.":
                self.raw(self.filler(key))
            elif pfx == "N.":
                rk = ("N", key, var, ref)
                if ref and rk in self.refs:
                    kind, val = self.refs[rk]
                else:
                    kind, val = self.gen_neg(key, var)
                    if ref:
                        self.refs[rk] = (kind, val)
                self.add(val, kind, "neg", tid)
            else:
                rk = ("S", key, var, ref)
                if ref and rk in self.refs:
                    val = self.refs[rk]
                else:
                    val = self.gen_span(key, var)
                    if ref:
                        self.refs[rk] = val
                self.add(val, SPAN[key], "span", tid)
            pos = m.end()
        self.lit(tpl[pos:])

    def pick(self, group):
        return self.r.choice(self.H.tpl[self.lang][group])


def build(H, idx, name):
    r = H.r
    lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
    channel = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
    chat = channel in ("whatsapp", "telegram", "messenger", "x_dm", "instagram_dm")
    style = {"lower": chat and r.random() < 0.18, "typo_p": 0.12 if channel != "agent_reply" else 0.03}
    m = Msg(H, lang, style)
    if channel in PUBLIC:
        if r.random() < 0.2:
            m.render("umention", "{N.umention} ")
        m.render(*m.pick("public"))
    elif channel == "agent_reply":
        m.render(*m.pick("agent"))
        if r.random() < 0.25:
            m.raw("\n\n")
            m.render(*m.pick("agent"))
    elif chat:
        if channel == "whatsapp" and r.random() < 0.3:
            # pasted chat log
            m.raw("[")
            m.render("wa.ts", "{N.time}, {N.date}")
            m.raw(f"] {m.person[0]}: ")
            m.render(*m.pick("body"))
            m.raw("\n[")
            m.render("wa.ts", "{N.time}, {N.date}")
            m.raw(f"] {m.filler('brand')}: ")
            m.render(*m.pick("agent"))
        else:
            if r.random() < 0.6:
                op = r.choice(H.p[lang]["opener"])
                m.render("opener", op + r.choice([", ", "! ", " ", "\n"]))
            m.render(*m.pick("body"))
            if r.random() < 0.2:
                m.raw(r.choice(["\n", " ", "\n\n"]))
                m.render(*m.pick("body"))
            tail = r.choice(H.p[lang]["tail"])
            if tail:
                m.lit(r.choice([" ", "\n", ". "]) + tail)
    else:  # email
        if r.random() < 0.5:
            m.render(*m.pick("subject"))
            m.raw("\n\n")
        m.render(*m.pick("greet"))
        m.raw("\n\n")
        m.render(*m.pick("body"))
        for _ in range(r.choice([0, 1, 1, 1, 2, 2])):
            m.raw("\n\n")
            m.render(*m.pick("body"))
        m.raw("\n\n")
        m.render(*m.pick("close"))
        if r.random() < 0.75:
            m.raw("\n\n")
            m.render(*m.pick("sig"))
        if r.random() < 0.7:
            m.raw("\n\n")
            m.render(*m.pick("quotehdr"))
            m.raw("\n")
            src = "agent" if r.random() < 0.6 else "body"
            m.render(*m.pick(src), quote=True)
            if r.random() < 0.4:
                m.raw("\n>\n")
                m.render(*m.pick("quotehdr"), quote=True)
                m.raw("\n")
                m.render(*m.pick("body"), quote=True)
                m.text = m.text  # nested quote rendered with single '> ' prefix per line
        if r.random() < 0.45:
            m.raw("\n\n")
            m.render(*m.pick("disclaimer"))
    text = m.text
    # trim trailing whitespace safely (values never end the message with whitespace)
    stripped = text.rstrip()
    assert all(s["end"] <= len(stripped) for s in m.spans + m.negs)
    return {"id": f"{PREFIX}-{name}-{idx:05d}", "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private", "text": stripped,
            "spans": m.spans, "negatives": m.negs}


def check(rec):
    t = rec["text"]
    items = [("s", s) for s in rec["spans"]] + [("n", n) for n in rec["negatives"]]
    for _, it in items:
        a, b = it["start"], it["end"]
        assert 0 <= a < b <= len(t), (rec["id"], it)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], repr(v))
        if it.get("type") in ("email", "phone", "address", "iban", "card", "customer_number", "date_of_birth", "bsn", "ip_address"):
            assert v.strip(".,;:!?") == v, (rec["id"], repr(v))
    ivs = sorted((it["start"], it["end"], k) for k, it in items)
    for (a1, b1, k1), (a2, b2, k2) in zip(ivs, ivs[1:]):
        assert b1 <= a2, (rec["id"], "overlap", t[a1:b1], t[a2:b2])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def stats(recs):
    st = {"n": len(recs), "spans": Counter(), "stpl": defaultdict(set), "negs": Counter(), "ch": Counter(), "lang": Counter(), "email_len": []}
    for rec in recs:
        st["ch"][rec["channel"]] += 1
        st["lang"][rec["lang"]] += 1
        if rec["channel"] == "email":
            st["email_len"].append(len(rec["text"].encode()))
        for s in rec["spans"]:
            st["spans"][s["type"]] += 1
            st["stpl"][s["type"]].add(s["_t"])
        for n in rec["negatives"]:
            st["negs"][n["kind"]] += 1
    return st


README_HEAD = """# Scrub corpus blind73 — telecom webcare (written blind)

This corpus was written **blind**: its author did not open, read, grep, list or run anything under
`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory or file under
`tests/scrub_corpus/` (other corpora, scorers, generators), and did not read git history. No scrubber or
scorer was run against it. Everything was written from public knowledge of how telecom customers and
agents write on social channels and in e-mail.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Telecom customers: number porting between operators (nummerbehoud, nummeroverdracht, portabilité, UK PAC/STAC,
US port-out PINs), eSIM activation and QR/LPA activation codes, SIM swaps and SIM-swap fraud (SMS codes),
PIN/PUK, prepaid top-ups and vouchers, roaming bills, contract renewals and handset instalments,
business lines (portals, API keys, fixed IPs, SIP ports); Dutch, Belgian (NL/FR), UK and US customers and agents.

## Generation

    python3 generate_blind.py --seed {seed}

run inside this directory. Modules: `values.py` (value generators incl. checksums), `pools.py` (filler pools),
`templates_nl.py` (NL + Belgian Dutch), `templates_fr.py` (Belgian French), `templates_en.py` (shared English,
UK, US). Output: `dev.jsonl`, `heldout.jsonl`, this README. Spans/negatives carry only `type`/`kind`, `start`, `end`.

## Split rule

Templates are written in groups (language x kind: body, public, agent, greeting, closing, signature, quote
header, disclaimer, subject). Each group's members are dealt alternately: even index to dev, odd index to
heldout, so no template, frame, greeting, signature or quote block is shared between halves. Shared English
bodies and UK/US-specific bodies are dealt as separate groups. Every filler pool (first/last names, streets,
cities, brands, agents, company names, countries, operator mentions, user mentions, hashtags, URLs, company
service numbers, SSIDs, macro placeholders, agent initials, chat openers/closers) is dealt the same way. Each
half uses its own `random.Random(seed * 2 + half)` (dev = half 0, heldout = half 1). Typos are injected only
into literal template text (cue words and prose), never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only: never the cue word, never surrounding quotes/brackets/punctuation.
- Every occurrence is labelled, including values repeated by the customer, by the agent, or in quoted e-mail history (`> `).
- UK PAC and STAC codes (porting/switching authorisation codes received by SMS) are labelled `otp`.
- US port-out / number-transfer PINs and account PINs are labelled `pin`.
- Prepaid top-up voucher codes (herlaadcode, waardebon-code, code de recharge, refill PIN) are labelled `pin`:
  they are secrets that anyone can redeem.
- eSIM activation codes / matching IDs (also the part after the last `$` in an `LPA:1$host$CODE` string) are
  labelled `token`; the `LPA:1$host$` prefix is not labelled.
- ICCID (SIM serial), contract numbers and subscriber/line ids are labelled `customer_number`.
- Belgian national register numbers are labelled `bsn` (valid check digits, 19xx and 20xx births).
- A Dutch postcode + house number without street (`1234 AB 12`) is labelled `address`.
- Router admin passwords are `password`; the Wi-Fi network key is `wifi_key`; the SSID is not labelled.
- Company service numbers and short codes (e.g. `1200`, `150`, `611`, `65075`) are `company_phone` negatives.
- Masked values (`****1234`, `NL** **** **** **12 34`, `06-****1234`) are `masked_value` negatives.
- Personal names, cities alone, SSIDs, agent initials and macro placeholders (`{first_name}`, `<code>`, `[CODE]`)
  are not labelled and not negatives.
- Customer-facing dates (appointments, porting dates, invoice dates) are `date` negatives; birth dates are
  `date_of_birth` spans. Times in e-mail quote headers and WhatsApp log stamps are `time` negatives.

## Known limitations

- Template-based: sentence frames repeat within a half (values vary per message); ~150 body/public/agent
  templates in total, split over the halves.
- Values are synthetic; IBAN bank codes and BSNs are checksum-valid but not real. Dutch account numbers inside
  NL IBANs are random digits (mod-97 valid only).
- No IMEI numbers, no Dutch house-number-only addresses, few IPv6 addresses, no meter readings in practice.
- Typos are simple (swap/drop/double letter); some chat messages are lower-cased entirely (literal text only).
- Mixed language occurs only through English loanwords in Dutch/French templates.
"""


def table(title, counter, extra=None):
    lines = [f"\n### {title}\n", "| key | dev | heldout |" if extra is None else "| key | dev | dev templates | heldout | heldout templates |",
             "|---|---|---|" if extra is None else "|---|---|---|---|---|"]
    keys = sorted(set(counter[0]) | set(counter[1]))
    for k in keys:
        if extra is None:
            lines.append(f"| {k} | {counter[0].get(k, 0)} | {counter[1].get(k, 0)} |")
        else:
            lines.append(f"| {k} | {counter[0].get(k, 0)} | {len(extra[0].get(k, ()))} | {counter[1].get(k, 0)} | {len(extra[1].get(k, ()))} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    out_stats = []
    for half, name in ((0, "dev"), (1, "heldout")):
        H = Half(half, args.seed)
        recs = [build(H, i, name) for i in range(N_PER_HALF)]
        for rec in recs:
            check(rec)
        out_stats.append(stats(recs))
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                rec = dict(rec)
                rec["spans"] = [{k: v for k, v in s.items() if k != "_t"} for s in rec["spans"]]
                rec["negatives"] = [{k: v for k, v in s.items() if k != "_t"} for s in rec["negatives"]]
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    d, h = out_stats
    body = README_HEAD.replace("{seed}", str(args.seed))
    body += "\n## Counts per half\n"
    body += f"\n| | dev | heldout |\n|---|---|---|\n| messages | {d['n']} | {h['n']} |\n"
    el = [sorted(x["email_len"]) for x in (d, h)]
    body += f"| e-mails | {len(el[0])} | {len(el[1])} |\n| median e-mail bytes | {el[0][len(el[0])//2]} | {el[1][len(el[1])//2]} |\n"
    body += "\nSpans per type (with number of distinct templates containing that type):\n"
    body += table("Spans", [d["spans"], h["spans"]], [d["stpl"], h["stpl"]])
    body += table("Negatives per kind", [d["negs"], h["negs"]])
    body += table("Channels", [d["ch"], h["ch"]])
    body += table("Languages", [d["lang"], h["lang"]])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(body)
    print(f"dev={d['n']} heldout={h['n']}")


if __name__ == "__main__":
    main()
