#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind48). Stdlib only.

Usage: python3 generate_blind.py --seed 20261246
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
import pools as P  # noqa: E402
import templates as T  # noqa: E402

PREFIX = "b48"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
LANGINFO = {  # lang -> (snippet groups, loc, ml, sig key, table key, names key, brand key)
    "nl": (["nl"], "nl", "nl", "nl", "nl", "nl", "nl"),
    "nl-be": (["nlbe", "nl*"], "be", "nl", "nlbe", "nlbe", "nlbe", "be"),
    "fr-be": (["fr"], "be", "fr", "fr", "fr", "fr", "fr"),
    "en-gb": (["en", "gb"], "gb", "en", "gb", "gb", "en", "gb"),
    "en-us": (["en", "us"], "us", "en", "us", "us", "en", "us"),
}
CHANNELS = [("email", 30), ("x_public", 9), ("facebook_comment", 7), ("instagram_comment", 4), ("x_dm", 6),
            ("instagram_dm", 4), ("messenger", 8), ("whatsapp", 12), ("telegram", 4), ("agent_reply", 16)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SLOT_RE = re.compile(r"\{(\w+)(?:=(\w+))?\}")
NL_ONLY = ("{bsn}", "{kvk}", "{btw}")


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit("pool too small to deal")
    return out


def deal_dict(d, half):
    return {k: deal(v, half) for k, v in d.items()}


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.snip = {}
        for k, v in T.SNIP.items():
            self.snip[k] = [(f"snip:{k}:{i}", s) for i, s in enumerate(v) if i % 2 == half]
        self.snip["nl*"] = [(i, s) for i, s in self.snip["nl"] if not any(x in s for x in NL_ONLY)]
        self.f = {}
        for name in ["TABLE_HEAD", "TABLE_INTRO", "OPEN", "CLOSE", "GREET", "SIGNOFF", "SIG", "SUBJ", "QUOTE_HEAD",
                     "QUOTED_AGENT", "FWD_HEAD", "FWD_NOTE", "ATTACH", "DISCLAIMER", "PUB_PREFIX", "AGENT"]:
            d = getattr(T, name)
            self.f[name] = {k: [(f"{name.lower()}:{k}:{i}", s) for i, s in enumerate(v) if i % 2 == half] for k, v in d.items()}
        self.first = deal_dict(P.FIRST, half)
        self.last = deal_dict(P.LAST, half)
        self.streets = deal_dict(P.STREETS, half)
        self.cities = deal_dict(P.CITIES, half)
        self.companies = deal_dict(P.COMPANIES, half)
        self.brands = deal_dict(P.BRANDS, half)
        self.mentions = deal_dict(P.MENTIONS, half)
        self.hashtags = deal_dict(P.HASHTAGS, half)
        self.urls = deal_dict(P.URLS, half)
        self.models = deal(P.MODELS, half)
        self.skus = deal(P.SKUS, half)
        self.flights = deal(P.FLIGHTS, half)
        self.cphones = deal_dict(P.CPHONES, half)
        self.agents = deal_dict(P.AGENTS, half)
        self.domains = deal_dict(P.DOMAINS, half)
        self.roles = deal_dict(P.ROLES, half)


class Msg:
    def __init__(self, H, lang):
        self.H, self.rng, self.lang = H, H.rng, lang
        (self.groups, self.loc, self.ml, self.sigk, self.tablek, self.namek, self.brandk) = LANGINFO[lang]
        self.segs = []  # (text, label, tid) label: None | ("s", type) | ("n", kind)
        self.cache = {}
        self.first_by_slot = {}
        self.reuse = False
        self.person = self._name()

    # ------------------------------------------------ fillers
    def _name(self):
        r = self.rng
        return r.choice(self.H.first[self.namek]) + " " + r.choice(self.H.last[self.namek])

    def _email(self):
        r = self.rng
        fn = r.choice(self.H.first[self.namek])
        ln = r.choice(self.H.last[self.namek])
        norm = lambda s: re.sub(r"[^a-z]", "", s.lower().replace("é", "e").replace("è", "e").replace("ï", "i").replace("ô", "o").replace("ë", "e"))
        dom = r.choice(self.H.domains[self.loc])
        if r.random() < 0.3:
            dom = norm(r.choice(self.H.companies[self.loc]))[:16] + {"nl": ".nl", "be": ".be", "gb": ".co.uk", "us": ".com"}[self.loc]
        local = r.choice([f"{norm(fn)}.{norm(ln)}", f"{norm(fn)[0]}.{norm(ln)}", f"{norm(fn)}{r.randint(1, 99)}", f"{norm(ln)}.{norm(fn)}",
                          f"{norm(fn)}_{norm(ln)[:4]}", f"{norm(fn)[0]}{norm(ln)}"])
        return f"{local}@{dom}"

    def _user(self):
        r = self.rng
        fn = re.sub(r"[^a-z]", "", r.choice(self.H.first[self.namek]).lower())
        ln = re.sub(r"[^a-z]", "", r.choice(self.H.last[self.namek]).lower())
        return r.choice([f"{fn[0]}{ln}", f"{fn}.{ln}", f"kassa{r.randint(1, 9):02d}", f"{ln}_admin", f"boekhouding{r.randint(1, 9)}" if self.ml == "nl" else f"compta{r.randint(1, 9)}" if self.ml == "fr" else f"accounts{r.randint(1, 9)}",
                         f"{fn}{r.randint(70, 99)}", f"{ln}{r.randint(100, 999)}", f"office.{ln}"])

    def _addr(self):
        r, loc = self.rng, self.loc
        st = r.choice(self.H.streets[loc])
        pc, city = r.choice(self.H.cities[loc])
        n = r.randint(1, 240)
        if loc == "nl":
            num = f"{n}" + r.choice(["", "", "", "A", "-II", " bis", "-3"])
            pcs = pc if r.random() < 0.7 else pc.replace(" ", "")
            return r.choice([f"{st} {num}, {pcs} {city}", f"{st} {num} {pcs} {city}", f"{st} {num}", f"{st} {num}, {city}", f"{st} {num}\n{pcs} {city}".replace("\n", ", ")])
        if loc == "be":
            bus = r.choice(["", "", f" bus {r.randint(1, 30)}", f" bte {r.randint(1, 12)}", f"/{r.randint(1, 9)}"])
            return r.choice([f"{st} {n}{bus}, {pc} {city}", f"{st} {n}{bus} {pc} {city}", f"{st} {n}{bus}", f"{st}, {n}{bus} - {pc} {city}"])
        if loc == "gb":
            flat = r.choice(["", "", f"Flat {r.randint(1, 20)}, ", f"Unit {r.randint(1, 9)}, "])
            return r.choice([f"{flat}{n} {st}, {city} {pc}", f"{flat}{n} {st}, {city}, {pc}", f"{n} {st}, {pc}", f"{flat}{n} {st}"])
        apt = r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABC')}", f" Suite {r.randint(100, 900)}", f" #{r.randint(2, 40)}"])
        return r.choice([f"{n * 7} {st}{apt}, {city}, {pc}", f"{n * 7} {st}{apt}, {city} {pc}", f"{n * 7} {st}{apt}"])

    def slot(self, name):
        r, H, L, loc = self.rng, self.H, self.lang, self.loc
        S = lambda t, f: (f(r, loc if t in ("loc",) else L), None)
        span = {
            "iban": ("iban", lambda: V.iban(r, loc)), "card": ("card", lambda: V.card(r, loc)), "cvv": ("cvv", lambda: V.cvv(r, L)),
            "exp": ("card_expiry", lambda: V.expiry(r, L)), "pw": ("password", lambda: V.password(r, L)),
            "pin": ("pin", lambda: V.pin(r, L)), "door": ("pin", lambda: V.doorcode(r, L)), "puk": ("puk", lambda: V.puk(r, L)),
            "otp": ("otp", lambda: V.otp(r, L)), "otpw": ("otp", lambda: V.otp_words(r, L)), "wifi": ("wifi_key", lambda: V.wifi(r, L)),
            "user": ("username", self._user), "apikey": ("api_key", lambda: V.api_key(r, L)), "awssecret": ("api_key", lambda: V.aws_secret(r, L)),
            "token": ("token", lambda: V.token(r, L)), "natid": ("bsn", lambda: V.natid(r, loc)), "bsn": ("bsn", lambda: V.bsn(r, "nl")),
            "email": ("email", self._email), "phone": ("phone", lambda: V.phone(r, loc)), "land": ("phone", lambda: V.landline(r, loc)),
            "addr": ("address", self._addr), "dob": ("date_of_birth", lambda: V.dob(r, L)), "cust": ("customer_number", lambda: V.custno(r, L)),
            "ean": ("customer_number", lambda: V.ean(r, L)), "mid": ("customer_number", lambda: V.merchant_id(r, L)),
            "tid": ("customer_number", lambda: V.terminal_id(r, L)), "ip": ("ip_address", lambda: V.ip(r, L)),
        }
        neg = {
            "date": ("date", lambda: V.date(r, L)), "time": ("time", lambda: V.time_(r, L)), "amt": ("amount", lambda: V.amount(r, L)),
            "sal": ("amount", lambda: V.salary(r, L)), "qty": ("quantity", lambda: V.qty(r, L)), "pct": ("percentage", lambda: V.pct(r, L)),
            "year": ("year", lambda: V.year(r, L)), "order": ("order_number", lambda: V.order_no(r, L)), "ticket": ("ticket_number", lambda: V.ticket(r, L)),
            "inv": ("invoice_number", lambda: V.invoice(r, L)), "track": ("tracking_number", lambda: V.tracking(r, L)),
            "req": ("request_id", lambda: V.reqid(r, L)), "err": ("error_code", lambda: V.errcode(r, L)), "ver": ("version_string", lambda: V.version(r, L)),
            "model": ("model_number", lambda: r.choice(H.models)), "sku": ("product_code", lambda: r.choice(H.skus)),
            "flight": ("flight_number", lambda: r.choice(H.flights)), "cphone": ("company_phone", lambda: r.choice(H.cphones[loc])),
            "creg": ("company_registration", lambda: V.creg(r, loc)), "kvk": ("company_registration", lambda: V.kvk(r, loc)),
            "btw": ("company_registration", lambda: V.btw_nl(r, loc)), "kbo": ("company_registration", lambda: V.kbo(r, loc)),
            "url": ("url", lambda: r.choice(H.urls[loc])), "mention": ("mention", lambda: r.choice(H.mentions[loc])),
            "hashtag": ("hashtag", lambda: r.choice(H.hashtags[self.ml])), "masked": ("masked_value", lambda: V.masked(r, L)),
            "meter": ("meter_reading", lambda: V.meter(r, L)), "port": ("port", lambda: V.port(r, L)), "checksum": ("checksum", lambda: V.checksum(r, L)),
        }
        fill = {
            "name": lambda: self._name(), "fname": lambda: self.person.split(" ")[0], "lname": lambda: r.choice(H.last[self.namek]),
            "company": lambda: r.choice(H.companies[loc]), "brand": lambda: r.choice(H.brands[self.brandk]), "agent": lambda: r.choice(H.agents[self.ml]),
            "ini": lambda: r.choice(["LB", "MK", "NvD", "TJ", "EH", "JS", "IP", "DW", "CR", "AM"]), "role": lambda: r.choice(H.roles[self.ml]),
            "month": lambda: r.choice(V.MONTHS[self.ml]) if self.ml != "en" or r.random() < 0.8 else r.choice(V.MONTHS["en"])[:3],
            "qtrn": lambda: str(r.randint(1, 4)), "city": lambda: r.choice(H.cities[loc])[1],
            "subjword": lambda: r.choice({"nl": ["bankgegevens", "factuur", "salaris", "machtiging"], "fr": ["coordonnées bancaires", "facture", "salaire", "mandat"], "en": ["bank details", "invoice", "wages", "authority"]}[self.ml]),
        }
        if name in span:
            t, f = span[name]
            return f(), ("s", t)
        if name in neg:
            t, f = neg[name]
            return f(), ("n", t)
        if name in fill:
            return fill[name](), None
        raise KeyError(name)

    def render(self, tpl, tid, typos=True):
        pos = 0
        for m in SLOT_RE.finditer(tpl):
            self.lit(tpl[pos:m.start()], tid, typos)
            name, key = m.group(1), m.group(2)
            if key and key in self.cache:
                val, lab = self.cache[key]
            elif self.reuse and name in self.first_by_slot and self.rng.random() < 0.7:
                val, lab = self.first_by_slot[name]
            else:
                val, lab = self.slot(name)
                if key:
                    self.cache[key] = (val, lab)
                if lab and not self.reuse and name not in self.first_by_slot:
                    self.first_by_slot[name] = (val, lab)
            self.segs.append((val, lab, tid))
            pos = m.end()
        self.lit(tpl[pos:], tid, typos)

    def lit(self, s, tid, typos=True):
        if not s:
            return
        if typos and self.rng.random() < self.typo_rate:
            s = typo(s, self.rng)
        self.segs.append((s, None, tid))

    def build(self):
        text, spans, negs = "", [], []
        for s, lab, tid in self.segs:
            if lab:
                a, b = len(text), len(text) + len(s)
                if lab[0] == "s":
                    spans.append({"type": lab[1], "start": a, "end": b, "_tid": tid})
                else:
                    negs.append({"kind": lab[1], "start": a, "end": b})
            text += s
        return text, spans, negs


def typo(s, rng):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.7:
        w2 = w[:i] + w[i + 1:]
    elif op < 0.85:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.lower() if w[0].isupper() else w.upper() if len(w) < 6 else w
    return s[:m.start()] + w2 + s[m.end():]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def pick_snip(m):
    r = m.rng
    g = r.choice(m.groups) if len(m.groups) == 1 or r.random() < 0.45 else m.groups[0]
    return r.choice(m.H.snip[g])


def fpick(m, name, key=None):
    d = m.H.f[name]
    k = key or m.ml
    if k not in d:
        k = m.ml
    return m.rng.choice(d[k])


def add_table(m):
    r = m.rng
    tid, head = fpick(m, "TABLE_HEAD", m.tablek)
    itid, intro = fpick(m, "TABLE_INTRO", m.tablek)
    m.render(intro, itid)
    m.lit("\n\n", tid, False)
    style = r.choice(["pipe", "tab", "csv", "list"])
    rows = r.randint(2, 5)
    if style == "pipe":
        m.lit(" | ".join(head) + "\n" + "-" * 60 + "\n", tid, False)
    elif style == "tab":
        m.lit("\t".join(head) + "\n", tid, False)
    elif style == "csv":
        m.lit(";".join(head) + "\n", tid, False)
    for i in range(rows):
        cells = ["{name}", "{dob}", "{natid}", "{iban}", "{sal}"]
        if style == "list":
            line = f"{i + 1}. " + ", ".join(f"{h}: {c}" if j else c for j, (h, c) in enumerate(zip(head, cells)))
        else:
            sep = {"pipe": " | ", "tab": "\t", "csv": ";"}[style]
            line = sep.join(cells)
        m.render(line + "\n", tid, typos=False)


def build_email(m):
    r = m.rng
    if r.random() < 0.5:
        m.render(fpick(m, "SUBJ")[1] + "\n\n", fpick(m, "SUBJ")[0])
    forward = r.random() < 0.25
    if forward:
        t, s = fpick(m, "GREET"); m.render(s + "\n\n", t)
        t, s = fpick(m, "FWD_NOTE"); m.render(s + "\n\n", t)
        if r.random() < 0.5:
            t, s = pick_snip(m); m.render(s + "\n\n", t)
        t, s = fpick(m, "SIGNOFF"); m.render(s + "\n", t)
        t, s = fpick(m, "SIG", m.sigk); m.render(s + "\n\n", t)
        t, s = fpick(m, "FWD_HEAD"); m.render(s + "\n\n", t)
        t, s = fpick(m, "GREET"); m.render(s + "\n\n", t)
        m.reuse = True
        for _ in range(r.randint(1, 2)):
            t, s = pick_snip(m); m.render(s + "\n\n", t)
        m.reuse = False
        m.render("{name}\n", "fwdname")
        if r.random() < 0.4:
            t, s = fpick(m, "ATTACH"); m.render("\n" + s, t)
        return
    t, s = fpick(m, "GREET"); m.render(s + "\n\n", t)
    n = r.randint(2, 3)
    for i in range(n):
        t, s = pick_snip(m); m.render(s + "\n\n", t)
    if r.random() < 0.3:
        add_table(m); m.lit("\n", "table", False)
    if r.random() < 0.35:
        t, s = fpick(m, "ATTACH"); m.render(s + "\n\n", t)
    t, s = fpick(m, "SIGNOFF"); m.render(s + "\n", t)
    t, s = fpick(m, "SIG", m.sigk); m.render(s, t)
    if r.random() < 0.3:
        t, s = fpick(m, "DISCLAIMER"); m.render("\n\n" + s, t, False)
    if r.random() < 0.6:
        m.lit("\n\n", "q", False)
        t, s = fpick(m, "QUOTE_HEAD"); m.render(s + "\n", t)
        start = len(m.segs)
        m.reuse = True
        if r.random() < 0.6:
            t, s = fpick(m, "QUOTED_AGENT"); m.render(s, t)
        else:
            t, s = pick_snip(m); m.render(s, t)
        m.reuse = False
        if r.random() < 0.7:
            quoted = [("> ", None, "q")]
            for txt, lab, tid in m.segs[start:]:
                quoted.append((txt.replace("\n", "\n> ") if lab is None else txt, lab, tid))
            m.segs[start:] = quoted


def build_chat(m, channel):
    r = m.rng
    sep = r.choice([" ", " ", "\n", "\n\n"])
    t, s = fpick(m, "OPEN")
    if s and r.random() < 0.6:
        m.render(s + sep, t)
    for i in range(1 if r.random() < 0.65 else 2):
        t, s = pick_snip(m); m.render(s + (sep if i == 0 else ""), t)
    if channel in ("whatsapp", "telegram") and r.random() < 0.2:
        m.lit(r.choice([" 🙏", " 😡", " ??", "!!", " 😩"]), "emo", False)
    t, s = fpick(m, "CLOSE")
    if r.random() < 0.5:
        m.render(sep + s, t)


def build_public(m):
    r = m.rng
    t, s = fpick(m, "PUB_PREFIX")
    m.render(s, t)
    t, s = pick_snip(m); m.render(s, t)
    for _ in range(r.choice([0, 1, 1, 2])):
        m.render(" {hashtag}", "hashtag")


def build_agent(m):
    r = m.rng
    t, s = fpick(m, "AGENT")
    m.render(s, t)


def make_msg(H, idx, split):
    r = H.rng
    lang = wchoice(r, LANGS)
    channel = wchoice(r, CHANNELS)
    m = Msg(H, lang)
    m.typo_rate = 0.0 if channel == "agent_reply" else r.choice([0.0, 0.03, 0.08, 0.15])
    if channel == "email":
        build_email(m)
    elif channel in PUBLIC:
        build_public(m)
    elif channel == "agent_reply":
        build_agent(m)
    else:
        build_chat(m, channel)
    # literal-only lowercasing for some chat messages
    if channel in ("whatsapp", "x_dm", "messenger", "instagram_dm", "telegram") and r.random() < 0.15:
        m.segs = [(t.lower() if lab is None else t, lab, tid) for t, lab, tid in m.segs]
    text, spans, negs = m.build()
    # trim trailing whitespace without touching labels
    stripped = text.rstrip()
    assert all(s["end"] <= len(stripped) for s in spans + negs)
    text = stripped
    return {"id": f"{PREFIX}-{split}-{idx:05d}", "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private", "text": text,
            "spans": spans, "negatives": negs}


NINO_RE = re.compile(r"^[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]$")
SSN_RE = re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$")


def check(rec):
    t = rec["text"]
    items = [(s["start"], s["end"], "s:" + s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "n:" + n["kind"]) for n in rec["negatives"]]
    for a, b, k in items:
        assert 0 <= a < b <= len(t), (rec["id"], k)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], k, v)
    items.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(items, items[1:]):
        assert b1 <= a2, ("overlap", rec["id"], k1, k2, t[a1:b1], t[a2:b2])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        d = re.sub(r"\D", "", v)
        if s["type"] == "card":
            assert 13 <= len(d) <= 19 and V.luhn_ok(d), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            if NINO_RE.match(v) or (SSN_RE.match(v) and rec["lang"] == "en-us"):
                continue
            if len(d) == 9:
                assert V.bsn_ok(d), (rec["id"], v)
            else:
                assert len(d) == 11 and V.rrn_ok(d), (rec["id"], v)


def readme(counts, seed):
    L = []
    L.append("# Scrub corpus blind48 — business customers and people acting for others\n")
    L.append("This corpus was **written blind**: its author did not open, read, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), nor the git history. No scrubber or scorer was run. Everything was written from public "
             "knowledge of message formats and of how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Business customers and people acting for others: bookkeepers, accountants and office managers writing for several "
             "clients; payroll/HR mails with employee lists (names, dates of birth, BSN / rijksregisternummer / National Insurance / "
             "SSN, IBANs, salaries) as pipe, tab, CSV and numbered-list tables; invoices and payment disputes with bank details; tax and VAT; "
             "company registration numbers (KvK, BTW, KBO/BCE, Companies House, UK VAT, EIN) as hard negatives; signatures with the "
             "firm's switchboard (negative) next to the person's own mobile (span); shared team logins; card terminals/POS (merchant "
             "and terminal ids); forwarded chains, quoted history and attachments described in words.\n")
    L.append("## Generation\n")
    L.append(f"```\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Modules: `values.py` (value generators and validators), `pools.py` (filler pools), `templates.py` (snippets, frames, "
             "signatures, quote/forward blocks, agent replies), `generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n")
    L.append("Every template list (body snippets per language group, table headers, openers, closers, greetings, sign-offs, signatures, "
             "subjects, quote headers, quoted agent texts, forward headers and notes, attachments, disclaimers, public prefixes, agent "
             "replies) and every filler pool (first/last names, streets, cities, companies, brands, mentions, hashtags, URLs, models, "
             "SKUs, service numbers, agents, mail domains, roles) is dealt alternately: even index to dev, odd to heldout. Each half "
             "uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal text, never into values.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in quoted or forwarded text.
- UK National Insurance numbers and US SSNs are labelled `bsn` (national identifier), alongside Dutch BSN and Belgian rijksregisternummer.
- Merchant ids, terminal ids (TID) and EAN connection codes are labelled `customer_number`: they identify the business customer's contract/account.
- The firm's own general/office line in a signature ("T", "kantoor", "Office", "Main") and brands' service numbers are `company_phone` negatives; the person's own mobile/direct line is a `phone` span.
- All street addresses written on the customer side are labelled `address`, including a small business's premises and registered office (for sole traders these are often home addresses).
- All e-mail addresses that appear are personal or work addresses of people and are labelled `email`. Brand/no-reply addresses are not written out.
- Company registration numbers (KvK, NL BTW, Belgian enterprise/VAT numbers with valid mod-97, Companies House, UK VAT, EIN) are `company_registration` negatives, even when a sole trader's.
- Salaries and other sums are `amount` negatives; "N employees/terminals" are `quantity` negatives.
- Door, alarm and key-safe codes are `pin`; authenticator backup codes and codes read out as words are `otp`; an AWS secret is labelled `api_key` like its key id.
- Person names, company names, cities alone, network names (SSIDs), agent initials and attachment file names are not labelled. Invoice numbers inside attachment names are negatives.
- Addresses are sometimes only street + number; postcode and city are included in the span when written in the same run.
""")
    L.append("## Known limitations\n")
    L.append("""- Messages are assembled from snippets, so a long e-mail can mix several situations (a payroll table and a terminal fault).
- nl-be messages sometimes borrow Dutch snippets (without BSN/KvK cues), so some Belgian messages sound Dutch.
- IBAN/national-id values are random valid numbers; bank codes are not checked against real banks.
- Typos are mild (one swapped, dropped, doubled letter or case change per literal segment); no OCR noise.
- Quoted agent texts sometimes repeat the customer's values (labelled), but never in a different format.
""")
    for split in ("dev", "heldout"):
        c = counts[split]
        L.append(f"## Counts: {split}\n")
        L.append(f"Messages: {c['n']}\n")
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k in sorted(c["spans"]):
            L.append(f"| {k} | {c['spans'][k]} | {len(c['tpl'][k])} |")
        L.append("\n| negative kind | count |\n|---|---|")
        for k in sorted(c["negs"]):
            L.append(f"| {k} | {c['negs'][k]} |")
        L.append("\n| channel | count |\n|---|---|")
        for k in sorted(c["chan"]):
            L.append(f"| {k} | {c['chan'][k]} |")
        L.append("\n| lang | count |\n|---|---|")
        for k in sorted(c["lang"]):
            L.append(f"| {k} | {c['lang'][k]} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261246)
    a = ap.parse_args()
    counts = {}
    for half, split in enumerate(("dev", "heldout")):
        H = Half(half, a.seed)
        c = {"n": 0, "spans": collections.Counter(), "negs": collections.Counter(), "chan": collections.Counter(),
             "lang": collections.Counter(), "tpl": collections.defaultdict(set)}
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                rec = make_msg(H, i, split)
                for s in rec["spans"]:
                    c["tpl"][s["type"]].add(s.pop("_tid"))
                check(rec)
                c["n"] += 1
                c["chan"][rec["channel"]] += 1
                c["lang"][rec["lang"]] += 1
                for s in rec["spans"]:
                    c["spans"][s["type"]] += 1
                for n in rec["negatives"]:
                    c["negs"][n["kind"]] += 1
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        counts[split] = c
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(counts, a.seed))
    for split in counts:
        print(split, counts[split]["n"], dict(counts[split]["spans"]))


if __name__ == "__main__":
    main()
