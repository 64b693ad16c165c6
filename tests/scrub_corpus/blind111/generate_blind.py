#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind111). Standard library only.

Usage: python3 generate_blind.py --seed 20261309
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import pools as P
import values as V
from templates_en import T as T_EN
from templates_fr import T as T_FR
from templates_nl import T as T_NL

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b111"
N_PER_HALF = 950

TEMPLATES = {}
for _t in (T_NL, T_FR, T_EN):
    for k, v in _t.items():
        assert k not in TEMPLATES
        assert len(v) >= 2, k
        TEMPLATES[k] = v

CHAT_OPEN = {
    "nl": ["Hoi", "Hallo", "Goedemiddag", "hey", "Dag", "Hoi daar", "Goeiemorgen", "Hallo team"],
    "vl": ["Dag", "Hallo", "Goeiedag", "Hey", "Goeiemorgen", "Hallo daar"],
    "fr": ["Bonjour", "Bonsoir", "Salut", "Bjr", "Hello", "Bonjour à vous"],
    "en": ["Hi", "Hello", "Hey there", "Morning", "hiya", "Good afternoon", "Hi team", "Yo"],
}
CHAT_CLOSE = {
    "nl": ["Alvast bedankt", "thx", "Groetjes", "dank!", "Hoor graag snel iets", "gr"],
    "vl": ["Merci", "Alvast bedankt", "mvg", "Thx e", "Groetjes"],
    "fr": ["Merci", "Merci d'avance", "Bonne journée", "mrc", "Cdlt"],
    "en": ["Thanks", "cheers", "ta", "Thanks in advance", "thx", "Appreciate it"],
}

LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
FAM = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
COUNTRY = {"nl": "NL", "nl-be": "BE", "fr-be": "BEFR", "en-gb": "GB", "en-us": "US"}
CHANNELS = [("email", 29), ("agent_reply", 12), ("whatsapp", 11), ("messenger", 8), ("x_public", 8), ("facebook_comment", 7),
            ("instagram_comment", 6), ("instagram_dm", 6), ("x_dm", 7), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

SPAN_SLOTS = {"pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key", "user": "username",
              "api": "api_key", "tok": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn", "nrn": "bsn",
              "email": "email", "phone": "phone", "addr": "address", "dob": "date_of_birth", "cust": "customer_number",
              "exp": "card_expiry", "ip": "ip_address"}
NEG_SLOTS = {"date": "date", "time": "time", "amount": "amount", "qty": "quantity", "pct": "percentage", "year": "year",
             "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "track": "tracking_number",
             "reqid": "request_id", "error": "error_code", "version": "version_string", "model": "model_number",
             "product": "product_code", "flight": "flight_number", "cphone": "company_phone", "creg": "company_registration",
             "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value", "meter": "meter_reading",
             "port": "port", "checksum": "checksum", "umention": "mention"}
SLOT_RE = re.compile(r"\[\[(!?)([a-z]+)(\*?)(?::([A-Za-z0-9]+))?(?:\|([^\]]+))?\]\]")
NEG_KINDS = sorted(set(NEG_SLOTS.values()))


def deal(lst, half):
    out = lst[half::2]
    assert out, lst
    return out


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.name = ["dev", "heldout"][half]
        self.rng = random.Random(seed * 2 + half)
        self.T = {k: deal(v, half) for k, v in TEMPLATES.items()}
        self.tid = {}
        for k, v in TEMPLATES.items():
            for i, t in enumerate(v):
                if i % 2 == half:
                    self.tid[t] = f"{k[0]}/{k[1]}/{k[2]}#{i}"
        self.first = {f: deal(v, half) for f, v in P.FIRST.items()}
        self.last = {f: deal(v, half) for f, v in P.LAST.items()}
        self.child = {f: deal(v, half) for f, v in P.CHILD.items()}
        self.agents = {f: deal(v, half) for f, v in P.AGENTS.items()}
        self.streets = {c: deal(v, half) for c, v in P.STREETS.items()}
        self.cities = {c: deal(v, half) for c, v in P.CITIES.items()}
        self.orgs = {f: {s: deal(v, half) for s, v in d.items()} for f, d in P.ORGS.items()}
        self.items = {f: {s: deal(v, half) for s, v in d.items()} for f, d in P.ITEMS.items()}
        self.ssids = deal(P.SSIDS, half)
        self.mentions = {f: deal(v, half) for f, v in P.MENTIONS.items()}
        self.hashtags = {f: deal(v, half) for f, v in P.HASHTAGS.items()}
        self.urls = {f: deal(v, half) for f, v in P.URLS.items()}
        self.models = deal(P.MODEL_PREFIX, half)
        self.chat_open = {f: deal(v, half) for f, v in CHAT_OPEN.items()}
        self.chat_close = {f: deal(v, half) for f, v in CHAT_CLOSE.items()}
        self.span_tpls = defaultdict(set)


# ---------------------------------------------------------------- typos
KEYB = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "e", "l": "k", "u": "y"}
WORD_RE = re.compile(r"(?<![\w<{@#/\[.-])[a-zà-ÿ]{4,}(?![\w>}\]])")


def typo(rng, text):
    words = list(WORD_RE.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    elif op == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w[:i] + KEYB.get(w[i], w[i]) + w[i + 1:]
    return text[:m.start()] + w2 + text[m.end():]


# ---------------------------------------------------------------- message context
class Msg:
    def __init__(self, H, lang, channel):
        self.H, self.rng, self.lang, self.channel = H, H.rng, lang, channel
        self.fam = FAM[lang]
        self.country = COUNTRY[lang]
        self.us = lang == "en-us"
        r = self.rng
        self.first = r.choice(H.first[self.fam])
        self.last = r.choice(H.last[self.fam])
        self.mem = {}
        self.typos = r.random() < 0.35
        self.lower = channel not in ("email", "agent_reply") and r.random() < 0.15
        self.tpls = []

    # -- value generators
    def address(self, ml):
        r, H, c = self.rng, self.H, self.country
        st = r.choice(H.streets[c])
        if c == "NL":
            num = f"{r.randrange(1, 240)}{r.choice(['', '', '', 'a', 'B', '-2', ' bis', ' III'])}"
            pc = f"{r.randrange(1000, 9999)}{r.choice([' ', ' ', ''])}{r.choice('ABCEGHJKLMNPRTVWXZ')}{r.choice('ABCEGHJKLMNPRTVWXZ')}"
            if r.random() < 0.15:
                pc = pc.lower()
            city = r.choice(H.cities[c])
            first = f"{st} {num}"
            if r.random() < 0.15 and not ml:
                return first
            return f"{first}\n{pc} {city}" if ml else f"{first}{r.choice([', ', ' ', ', '])}{pc} {city if r.random() < 0.9 else city.upper()}"
        if c in ("BE", "BEFR"):
            pc, city = r.choice(H.cities[c])
            num = str(r.randrange(1, 200))
            if r.random() < 0.3:
                num += r.choice([" bus 3", " bus 12", "/2", " b1", " boîte 4" if c == "BEFR" else " bus 101"])
            first = f"{st} {num}" if (c == "BE" or r.random() < 0.7) else f"{num}, {st}"
            if r.random() < 0.12 and not ml:
                return first
            return f"{first}\n{pc} {city}" if ml else f"{first}, {pc} {city}"
        if c == "GB":
            city, out = r.choice(H.cities[c])
            pc = f"{out} {r.randrange(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            num = str(r.randrange(1, 180))
            first = f"{r.choice(['Flat ' + str(r.randrange(1, 20)) + ', ', '', '', ''])}{num} {st}"
            return f"{first}\n{city}\n{pc}" if ml else f"{first}, {city} {pc}" if r.random() < 0.7 else f"{first}, {city}, {pc}"
        city, stt, z = r.choice(H.cities[c])
        zip_ = z + f"{r.randrange(0, 99):02d}"
        first = f"{r.randrange(10, 9999)} {st}{r.choice(['', '', ', Apt ' + str(r.randrange(1, 30)) + r.choice(['', 'B']), ' #' + str(r.randrange(100, 999))])}"
        return f"{first}\n{city}, {stt} {zip_}" if ml else f"{first}, {city}, {stt} {zip_}"

    def value(self, name, var, lit):
        r, H, fam = self.rng, self.H, self.fam
        pf = fam
        if name in SPAN_SLOTS:
            t = SPAN_SLOTS[name]
            if name == "pw":
                v = V.password(r)
            elif name == "pin":
                v = V.pin(r, var)
            elif name == "puk":
                v = V.puk(r)
            elif name == "otp":
                v = V.otp(r, var)
            elif name == "otpw":
                v = V.otp_words(r, fam)
            elif name == "wifi":
                v = V.wifi_key(r)
            elif name == "user":
                v = V.username(r, self.first, self.last)
            elif name == "api":
                v = V.api_key(r, var)
            elif name == "tok":
                v = V.token(r, var)
            elif name == "card":
                v = V.card(r)
            elif name == "cvv":
                v = V.cvv(r, var)
            elif name == "iban":
                v = V.iban(r, var, fam if r.random() < 0.85 or var else "nl")
            elif name == "bsn":
                v = V.bsn(r)
            elif name == "nrn":
                v = V.nrn(r)
            elif name == "email":
                v = V.email(r, self.first, self.last, fam, var)
            elif name == "phone":
                cc = {"BEFR": "BE"}.get(self.country, self.country)
                v = V.phone(r, cc, var)
            elif name == "addr":
                v = self.address(var == "ml")
            elif name == "dob":
                v = V.dob(r, fam, self.us, var == "child")
            elif name == "cust":
                v = V.customer_number(r, var)
            elif name == "exp":
                v = V.expiry(r)
            else:
                v = V.ip(r, var)
            return v, ("s", t)
        if name in NEG_SLOTS:
            k = NEG_SLOTS[name]
            if lit:
                return lit, ("n", k)
            if name == "date":
                v = V.n_date(r, fam, self.us)
            elif name == "time":
                v = V.n_time(r)
                if fam == "en" and r.random() < 0.4:
                    v = f"{r.randrange(1, 12)}{r.choice(['am', 'pm', ':30pm', ' AM', ':15 PM'])}"
            elif name == "amount":
                v = V.n_amount(r, fam)
            elif name == "qty":
                v = str(r.randrange(2, 15)) if var == "x" else V.n_qty(r, fam)
            elif name == "pct":
                v = V.n_pct(r)
            elif name == "year":
                v = V.n_year(r)
            elif name == "order":
                v = V.n_order(r)
            elif name == "ticket":
                v = V.n_ticket(r)
            elif name == "invoice":
                v = V.n_invoice(r)
            elif name == "track":
                v = V.n_tracking(r)
            elif name == "reqid":
                v = V.n_reqid(r)
            elif name == "error":
                v = V.n_error(r)
            elif name == "version":
                v = V.n_version(r)
            elif name == "model":
                v = V.n_model(r, r.choice(H.models))
            elif name == "product":
                v = V.n_product(r)
            elif name == "flight":
                v = V.n_flight(r)
            elif name == "cphone":
                v = V.n_cphone(r, fam, self.us)
            elif name == "creg":
                v = V.n_creg(r, fam, self.us)
            elif name == "url":
                v = r.choice(H.urls[fam])
            elif name == "mention":
                v = r.choice(H.mentions[fam])
            elif name == "umention":
                v = "@" + V.ascii_fold(self.first).lower() + r.choice(["", "_", "."]) + V.ascii_fold(self.last).lower().replace(" ", "")[:5] + str(r.randrange(1, 99))
            elif name == "hashtag":
                v = r.choice(H.hashtags[fam])
            elif name == "masked":
                v = V.n_masked(r, fam)
            elif name == "meter":
                v = V.n_meter(r, fam)
            elif name == "port":
                v = V.n_port(r)
            else:
                v = V.n_checksum(r)
            return v, ("n", k)
        # fillers
        if name == "name":
            return f"{self.first} {self.last}", None
        if name == "first":
            return self.first, None
        if name == "last":
            return self.last, None
        if name == "agent":
            return r.choice(H.agents[fam]), None
        if name == "child":
            return r.choice(H.child[fam]), None
        if name == "ssid":
            return r.choice(H.ssids), None
        if name in ("hosp", "gp", "pharm", "pension", "kita", "school", "diy", "fashion"):
            return r.choice(H.orgs[pf][name]), None
        if name in ("itemdiy", "itemfash", "med"):
            return r.choice(H.items[pf][{"itemdiy": "diy", "itemfash": "fashion", "med": "med"}[name]]), None
        raise KeyError(name)

    def render(self, tpl, tid=None):
        """Return list of (text, label) segments."""
        self.tpls.append(tid or self.H.tid.get(tpl, "?"))
        segs, pos = [], 0
        for m in SLOT_RE.finditer(tpl):
            self._lit(segs, tpl[pos:m.start()])
            bang, name, rep, var, lit = m.groups()
            key = (name, var)
            if rep and key in self.mem:
                v, lab = self.mem[key]
            else:
                v, lab = self.value(name, var, lit)
                if lab and lab[0] == "s":
                    self.mem[key] = (v, lab)
            if lab and lab[0] == "s":
                self.H.span_tpls[lab[1]].add(self.tpls[-1])
            segs.append((v, lab))
            pos = m.end()
        self._lit(segs, tpl[pos:])
        return segs

    def _lit(self, segs, text):
        if not text:
            return
        assert "[[" not in text and "]]" not in text, text
        if self.typos and self.rng.random() < 0.3:
            text = typo(self.rng, text)
        if self.lower:
            text = text.lower()
        segs.append((text, None))

    def lit(self, text):
        return [(text, None)]

    def pick(self, kind, sit=None, fam=None):
        fam = fam or self.fam
        keys = [k for k in self.H.T if k[0] == fam and k[1] == kind and (sit is None or k[2] == sit)]
        k = self.rng.choice(keys)
        return self.rng.choice(self.H.T[k])

    def pick_body(self):
        if self.fam == "vl" and self.rng.random() < 0.4:
            for _ in range(20):
                t = self.pick("body", fam="nl")
                if not re.search(r"bsn|digid|sofi|burgerservice|kvk|postnl", t, re.I):
                    return t
        return self.pick("body")


def quote(segs):
    out = [("> ", None)]
    for text, lab in segs:
        if lab:
            out.append((text.replace("\n", ", "), lab))
        else:
            out.append((text.replace("\n", "\n> "), None))
    return out


def join(*parts):
    out = []
    for p in parts:
        out.extend(p)
    return out


def build(H, idx):
    r = H.rng
    lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
    channel = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
    M = Msg(H, lang, channel)
    fam = M.fam
    NL = [("\n", None)]
    if channel in PUBLIC:
        segs = M.render(M.pick("public"))
        if channel != "x_public" and r.random() < 0.3:
            segs = join(segs, M.lit(" "), M.render(r.choice(["[[umention]] ", "[[hashtag]]"]), "inline"))
    elif channel == "agent_reply":
        segs = M.render(M.pick("agent"))
        if r.random() < 0.2:
            segs = join(M.render("[[umention]] ", "inline"), segs)
        elif r.random() < 0.25:
            segs = join(segs, M.lit("\n\n"), quote(M.render(M.pick_body())))
    elif channel == "email":
        parts = []
        if r.random() < 0.5:
            parts += [M.render(M.pick("subj")), M.lit("\n\n")]
        if r.random() < 0.12:
            parts += [M.render(M.pick("fwd")), M.lit("\n\n"), M.render(M.pick_body()), M.lit("\n\n" + "-" * 20 + "\n\n")]
        parts += [M.render(M.pick("greet")), M.lit("\n\n")]
        nb = r.choice([2, 2, 3])
        for i in range(nb):
            parts += [M.render(M.pick_body()), M.lit("\n\n")]
        parts += [M.render(M.pick("close"))]
        if r.random() < 0.75:
            parts += [M.lit("\n\n"), M.render(M.pick("sig"))]
        if r.random() < 0.3:
            parts += [M.lit("\n\n"), M.render(M.pick("disc"))]
        if r.random() < 0.7:
            parts += [M.lit("\n\n"), M.render(M.pick("qhead")), M.lit("\n"), quote(M.render(M.pick("agent")))]
            if r.random() < 0.6:
                parts += [M.lit("\n> \n"), quote(M.render(M.pick_body()))]
        segs = join(*parts)
    else:
        body = M.render(M.pick_body())
        if r.random() < 0.3:
            body = join(body, M.lit(r.choice(["\n", " ", "\n\n"])), M.render(M.pick_body()))
        if r.random() < 0.4:
            body = join(M.lit(r.choice(H.chat_open[fam]) + r.choice([", ", " ", "!\n", "\n"])), body)
        if r.random() < 0.3:
            body = join(body, M.lit(r.choice([" ", "\n", ". "]) + r.choice(H.chat_close[fam])))
        if channel == "whatsapp" and r.random() < 0.3:
            hdr = M.render("[[[date]] [[time]]] [[first]]: ", "wa-header")
            segs = join(hdr, body)
        else:
            segs = body
    # assemble
    text, spans, negs, pos = "", [], [], 0
    for t, lab in segs:
        if lab:
            (spans if lab[0] == "s" else negs).append({"type" if lab[0] == "s" else "kind": lab[1], "start": pos, "end": pos + len(t)})
        text += t
        pos += len(t)
    vis = "public" if channel in PUBLIC else "private"
    return {"id": f"{PREFIX}-{H.name}-{idx:05d}", "channel": channel, "lang": lang, "visibility": vis,
            "text": text, "spans": spans, "negatives": negs}


# ---------------------------------------------------------------- self-check
def check(msg):
    t = msg["text"]
    allr = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (msg["id"], s)
        v = t[a:b]
        assert not v[0].isspace() and not v[-1].isspace(), (msg["id"], repr(v))
        allr.append((a, b, s))
    allr.sort(key=lambda x: x[0])
    for (a1, b1, s1), (a2, b2, s2) in zip(allr, allr[1:]):
        assert b1 <= a2, ("overlap", msg["id"], s1, s2)
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.nrn_ok(d)), (msg["id"], v)
        if s["type"] in ("address",):
            assert not v.endswith(","), v


def readme(seed, halves, stats):
    L = []
    L.append("# Scrub corpus blind111: hospitals, GP practices, pharmacies, pension funds, childcare/schools, DIY and fashion webshops\n")
    L.append("This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, "
             "generators), and did not read git history. No scrubber or scorer was run. Only `tests/scrub_corpus/BRIEF.md` was read.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nHospitals and GP practices (patient portals, appointments, NHS/patient numbers, BSN/rijksregisternummer), "
             "pharmacies (repeat prescriptions, pickup-locker codes), pension funds (participant numbers, IBAN changes), childcare and "
             "schools (parent portals, gate codes, child dates of birth, direct debits), hardware/DIY stores and fashion webshops "
             "(orders, returns, refunds, card payments, webshop API keys). Languages: Dutch, Belgian Dutch, Belgian French, UK and US English; "
             "all ten channels; typos, lower-cased chat, e-mail signatures, disclaimers, forwarded headers and quoted history, agent replies.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind111\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Modules: `values.py` (value generators and checksums), `pools.py` (filler pools), `templates_nl.py`, `templates_fr.py`, "
             "`templates_en.py` (templates per language, grouped by (language, kind, situation)).\n")
    L.append("## Split rule\n\nEvery template group (language, kind, situation) is dealt alternately: even index to dev, odd index to heldout, "
             "so no template, greeting, closing, signature, disclaimer, quote header or forward header is shared between the halves. "
             "Every filler pool (first/last names, child names, agent names, streets, cities, organisations, items, SSIDs, mentions, "
             "hashtags, URLs, model-number prefixes, chat openers/closers) is dealt the same way. Each half uses its own "
             "`random.Random(seed * 2 + half)`. Typos are injected only into literal template text (including cue words), never into values.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only: never the cue word, surrounding white space or sentence punctuation.\n"
             "- Every occurrence is labelled, including values repeated by agents and values inside `> ` quoted history.\n"
             "- Multi-line addresses (signatures, detail blocks) are one `address` span including the line break(s); inside quoted history the line breaks are flattened to `, `.\n"
             "- A street + number without postcode/city is still an `address`.\n"
             "- Belgian rijksregisternummer / INSZ / NISS is labelled `bsn` (as the brief specifies).\n"
             "- UK NHS numbers, US insurance member IDs and hospital MRNs/patient numbers are labelled `customer_number` (identifiers of the person).\n"
             "- OTPs dictated as words (\"vier acht twee ...\") are one `otp` span over the whole word sequence.\n"
             "- Passwords chosen for child pick-up and router admin passwords are `password`; keybox, gate, alarm, pickup-locker and phone-unlock codes are `pin`.\n"
             "- AWS key id and AWS secret are both `api_key`; bearer JWTs, GitHub/GitLab personal access tokens and hex session tokens are `token`.\n"
             "- A child's date of birth is `date_of_birth`.\n"
             "- The customer's own e-mail address is `email` also inside forwarded headers (`From: Name <addr>`). Organisation sender names ('noreply') carry no address.\n"
             "- Organisation service numbers (in agent signatures and 'call us on' phrasing, and the *general* number in a customer's work signature) are `company_phone` negatives; "
             "the person's mobile/direct number next to it is `phone`.\n"
             "- Public brand handles and `@user` replies are `mention` negatives; masked values (`****1234`, `NL** **** **** 1234 56`, `j***@gmail.com`, `06-****5678`) are `masked_value` negatives.\n"
             "- Router IP addresses in home set-ups and server IPs in integration questions are `ip_address`; the port is a `port` negative.\n"
             "- Product EAN-13 codes, Z-index/PZN numbers and SKUs are `product_code`; a US insurance *group number* is rendered with the product-code generator and labelled `product_code` (a known oddity).\n"
             "- Personal names, cities alone, SSIDs, agent initials, BIC codes, macro placeholders (`{first_name}`, `<code>`, `[CODE]`) are not labelled.\n")
    L.append("## Known limitations\n\n"
             "- Template count is moderate (roughly 250 templates across four language families), so each template recurs many times per half.\n"
             "- Organisation names are fictional or '-like/-style' variants; some are slightly unnatural.\n"
             "- Belgian Dutch messages reuse neutral Dutch body templates (those without BSN/DigiD/KvK) about 40% of the time; values (phones, IBANs, addresses) follow Belgian formats.\n"
             "- Phone numbers, IBANs, cards and national numbers are synthetic but checksum-valid; some phone numbers (e.g. 555 ranges, 07700 900xxx) are fictional ranges.\n"
             "- US SSNs are not included (no label type for them in the brief).\n"
             "- Negatives are only marked where generated from slots; a few incidental numbers in literal text (durations like '10 minuten', '5 working days') are not marked.\n")
    L.append("## Counts\n")
    for h, st in zip(("dev", "heldout"), stats):
        L.append(f"### {h}\n\nMessages: {st['n']}\n")
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k, (c, nt) in sorted(st["spans"].items()):
            L.append(f"| {k} | {c} | {nt} |")
        L.append("\n| negative kind | count |\n|---|---|")
        for k, c in sorted(st["negs"].items()):
            L.append(f"| {k} | {c} |")
        L.append("\n| channel | count |\n|---|---|")
        for k, c in sorted(st["channels"].items()):
            L.append(f"| {k} | {c} |")
        L.append("\n| lang | count |\n|---|---|")
        for k, c in sorted(st["langs"].items()):
            L.append(f"| {k} | {c} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats, halves = [], []
    for half in (0, 1):
        H = Half(a.seed, half)
        msgs = [build(H, i) for i in range(N_PER_HALF)]
        for m in msgs:
            check(m)
        fn = os.path.join(HERE, ["dev.jsonl", "heldout.jsonl"][half])
        with open(fn, "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        sc = Counter(s["type"] for m in msgs for s in m["spans"])
        st = {"n": len(msgs), "spans": {k: (c, len(H.span_tpls[k])) for k, c in sc.items()},
              "negs": Counter(n["kind"] for m in msgs for n in m["negatives"]),
              "channels": Counter(m["channel"] for m in msgs), "langs": Counter(m["lang"] for m in msgs)}
        stats.append(st)
        halves.append(msgs)
    # no template text shared between halves (sanity)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves, stats))
    for h, st in zip(("dev", "heldout"), stats):
        print(h, st["n"], dict(sorted((k, v[0]) for k, v in st["spans"].items())))


if __name__ == "__main__":
    main()
