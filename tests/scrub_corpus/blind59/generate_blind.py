#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind59): work and money from work.

python3 generate_blind.py --seed 20261257   -> dev.jsonl, heldout.jsonl, README.md
Python 3.11 standard library only.
"""
import argparse
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict

import pools as P
import values as V
from tpl_en import EN, ENGB, ENUS
from tpl_fr import FR
from tpl_nl import NL, NLBE

PREFIX = "b59"
N_PER_HALF = 950
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
CHANNELS = ["email", "agent_reply", "x_public", "facebook_comment", "instagram_comment", "x_dm",
            "instagram_dm", "messenger", "whatsapp", "telegram"]
CHANNEL_W = [30, 12, 10, 7, 4, 6, 4, 8, 13, 6]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv",
              "iban", "bsn", "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry",
              "ip_address"]
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number",
             "invoice_number", "tracking_number", "request_id", "error_code", "version_string", "model_number",
             "product_code", "flight_number", "company_phone", "company_registration", "url", "mention",
             "hashtag", "masked_value", "meter_reading", "port", "checksum"]

TEMPLATE_SETS = {"NL": NL, "NLBE": NLBE, "FR": FR, "EN": EN, "ENGB": ENGB, "ENUS": ENUS}

# chat frames for pasted WhatsApp / Telegram exports (dealt like any other group)
FRAMES = ["[{time}, {date}] {fname}: ", "{date} {time} - {fname}: ", "{fname}, [{date} {time}]\n",
          "[{date} {time}] {name}: ", "{time} {fname}: ", "{date}, {time} - {name}: "]
AGENT_PREFIX = ["{uhandle} ", "@{fname} ", "{uhandle} Hi! ", ""]

POOL_NAMES = ["FIRST", "LAST", "ORGS", "MENTIONS", "HASHTAGS", "URLS", "AGENTS", "STREETS", "CITIES", "CPHONE"]


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def build_half_pools(half):
    pools = {}
    for name in POOL_NAMES:
        src = getattr(P, name)
        pools[name] = {k: deal(v, half) for k, v in src.items()}
    pools["SSIDS"] = deal(P.SSIDS, half)
    pools["PLATES"] = deal(P.PLATES, half)
    pools["MODELS"] = deal(V.MODELS, half)
    return pools


def build_half_templates(half):
    out = {}
    for setname, groups in TEMPLATE_SETS.items():
        for g, lst in groups.items():
            out["%s.%s" % (setname, g)] = [("%s.%s.%d" % (setname, g, i), t) for i, t in enumerate(lst) if i % 2 == half]
    out["FRAME"] = [("FRAME.%d" % i, t) for i, t in enumerate(FRAMES) if i % 2 == half]
    out["APREFIX"] = [("APREFIX.%d" % i, t) for i, t in enumerate(AGENT_PREFIX) if i % 2 == half]
    return out


# ------------------------------------------------------------------ segments
class Seg:
    def __init__(self, text="", spans=None, negs=None):
        self.text = text
        self.spans = spans or []
        self.negs = negs or []

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off, tid) for k, s, e, tid in other.negs]
        return self

    def lit(self, s):
        self.text += s
        return self


def join(segs, sep):
    out = Seg()
    for i, s in enumerate(segs):
        if i:
            out.lit(sep)
        out.add(s)
    return out


def quote(seg, prefix="> "):
    lines_start = [0] + [i + 1 for i, c in enumerate(seg.text) if c == "\n"]

    def line_of(i):
        lo = 0
        for k, st in enumerate(lines_start):
            if st <= i:
                lo = k
        return lo

    def mp(i):
        return i + len(prefix) * (line_of(i) + 1)

    for t, s, e, _ in seg.spans + seg.negs:
        if "\n" in seg.text[s:e]:
            raise AssertionError("multi-line value inside quoted block")
    text = "\n".join(prefix + ln for ln in seg.text.split("\n"))
    spans = [(t, mp(s), mp(e - 1) + 1, tid) for t, s, e, tid in seg.spans]
    negs = [(k, mp(s), mp(e - 1) + 1, tid) for k, s, e, tid in seg.negs]
    return Seg(text, spans, negs)


# ------------------------------------------------------------------ context / slots
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Ctx:
    def __init__(self, rng, lang, pools, typo_p, lower):
        self.rng = rng
        self.lang = lang
        self.fam = P.fam(lang)
        self.pkey = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
        self.pools = pools
        self.cache = {}
        self.typo_p = typo_p
        self.lower = lower
        self.first = rng.choice(pools["FIRST"][self.pkey])
        self.last = rng.choice(pools["LAST"][self.pkey])


DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be",
           "proximus.be", "yahoo.co.uk", "btinternet.com", "icloud.com", "live.nl", "yahoo.fr", "hotmail.be",
           "aol.com", "protonmail.com"]


def gen_email(c):
    r = c.rng
    f = strip_accents(c.first).lower().replace(" ", "")
    l = strip_accents(c.last).lower().replace(" ", "").replace("'", "")
    local = r.choice([f + "." + l, f[0] + l, f + "_" + l + str(r.randint(1, 99)), f + str(r.randint(1970, 2005)),
                      l + "." + f, f + "-" + l[:4], f.upper()[0] + "." + l.capitalize()])
    return local + "@" + r.choice(DOMAINS)


def gen_iban(c, kind):
    if kind == "any":
        kind = {"nl": ["nl"] * 8 + ["be", "de"], "nl-be": ["be"] * 8 + ["nl", "lu"], "fr-be": ["be"] * 8 + ["fr", "lu"],
                "en-gb": ["gb"] * 5 + ["nl", "de", "fr"], "en-us": ["gb", "de", "nl", "fr"]}[c.lang]
        kind = c.rng.choice(kind)
    if kind == "fx":
        kind = c.rng.choice(["de", "fr", "lu", "gb", "nl"])
    return V.iban(c.rng, kind)


def _uhandle(c):
    return "@" + strip_accents(c.first).lower() + c.rng.choice(["_", "", "."]) + strip_accents(c.last).lower().replace(" ", "")[:5] + str(c.rng.randint(1, 99))


SLOTS = {
    # spans
    "pwd": ("S", "password", lambda c: V.password(c.rng)),
    "pin": ("S", "pin", lambda c: V.pin(c.rng)),
    "puk": ("S", "puk", lambda c: V.puk(c.rng)),
    "otp": ("S", "otp", lambda c: V.otp(c.rng)),
    "otpw": ("S", "otp", lambda c: V.otp_words(c.rng, c.fam)),
    "wifi": ("S", "wifi_key", lambda c: V.wifi_key(c.rng)),
    "user": ("S", "username", lambda c: V.username(c.rng, strip_accents(c.first), strip_accents(c.last))),
    "apikey": ("S", "api_key", lambda c: V.api_key(c.rng)),
    "awsid": ("S", "api_key", lambda c: V.aws_id(c.rng)),
    "awssecret": ("S", "api_key", lambda c: V.aws_secret(c.rng)),
    "token": ("S", "token", lambda c: V.token(c.rng)),
    "card": ("S", "card", lambda c: V.card(c.rng)),
    "cvv": ("S", "cvv", lambda c: V.cvv(c.rng)),
    "iban": ("S", "iban", lambda c: gen_iban(c, "any")),
    "ibannl": ("S", "iban", lambda c: gen_iban(c, "nl")),
    "ibanbe": ("S", "iban", lambda c: gen_iban(c, "be")),
    "ibanfx": ("S", "iban", lambda c: gen_iban(c, "fx")),
    "bsn": ("S", "bsn", lambda c: V.bsn(c.rng)),
    "rrn": ("S", "bsn", lambda c: V.rrn(c.rng)),
    "email": ("S", "email", gen_email),
    "phone": ("S", "phone", lambda c: P.phone(c.rng, c.lang)),
    "addr": ("S", "address", lambda c: P.address(c.rng, c.lang, c.pools)),
    "addr_ml": ("S", "address", lambda c: P.address(c.rng, c.lang, c.pools, multiline=True)),
    "dob": ("S", "date_of_birth", lambda c: P.dob(c.rng, c.lang)),
    "pers": ("S", "customer_number", lambda c: V.personnel_no(c.rng)),
    "pens": ("S", "customer_number", lambda c: V.pension_no(c.rng)),
    "cand": ("S", "customer_number", lambda c: V.candidate_no(c.rng)),
    "member": ("S", "customer_number", lambda c: V.member_no(c.rng)),
    "payroll": ("S", "customer_number", lambda c: V.payroll_no(c.rng)),
    "contract": ("S", "customer_number", lambda c: V.contract_no(c.rng)),
    "client": ("S", "customer_number", lambda c: V.client_no(c.rng)),
    "exp": ("S", "card_expiry", lambda c: V.card_expiry(c.rng)),
    "ip": ("S", "ip_address", lambda c: V.ip(c.rng)),
    # negatives
    "date": ("N", "date", lambda c: P.date(c.rng, c.lang)),
    "time": ("N", "time", lambda c: P.time_(c.rng, c.lang)),
    "amt": ("N", "amount", lambda c: P.amount(c.rng, c.lang)),
    "qty": ("N", "quantity", lambda c: P.qty(c.rng, c.lang)),
    "pct": ("N", "percentage", lambda c: P.pct(c.rng, c.lang)),
    "year": ("N", "year", lambda c: P.year(c.rng)),
    "order": ("N", "order_number", lambda c: V.order(c.rng)),
    "ticket": ("N", "ticket_number", lambda c: V.ticket(c.rng)),
    "inv": ("N", "invoice_number", lambda c: V.invoice(c.rng)),
    "track": ("N", "tracking_number", lambda c: V.tracking(c.rng)),
    "reqid": ("N", "request_id", lambda c: V.request_id(c.rng)),
    "err": ("N", "error_code", lambda c: V.error_code(c.rng)),
    "ver": ("N", "version_string", lambda c: V.version(c.rng)),
    "model": ("N", "model_number", lambda c: c.rng.choice(c.pools["MODELS"])),
    "prod": ("N", "product_code", lambda c: V.product_code(c.rng)),
    "flight": ("N", "flight_number", lambda c: V.flight(c.rng)),
    "cphone": ("N", "company_phone", lambda c: c.rng.choice(
        [x for x in c.pools["CPHONE"][c.pkey] if c.lang != "en-us" or x[:1] in "(1" or x.startswith("+1")]
        or c.pools["CPHONE"][c.pkey])),
    "kvk": ("N", "company_registration", lambda c: P.company_reg(c.rng, c.lang)),
    "vat": ("N", "company_registration", lambda c: P.company_reg(c.rng, c.lang)),
    "url": ("N", "url", lambda c: c.rng.choice(c.pools["URLS"][c.pkey])),
    "mention": ("N", "mention", lambda c: c.rng.choice(c.pools["MENTIONS"][c.pkey])),
    "uhandle": ("N", "mention", _uhandle),
    "hashtag": ("N", "hashtag", lambda c: c.rng.choice(c.pools["HASHTAGS"][c.pkey])),
    "masked": ("N", "masked_value", lambda c: V.masked(c.rng)),
    "meter": ("N", "meter_reading", lambda c: P.meter(c.rng, c.lang)),
    "port": ("N", "port", lambda c: P.port(c.rng)),
    "checksum": ("N", "checksum", lambda c: V.checksum(c.rng)),
    # fillers (not labelled)
    "name": ("F", None, lambda c: c.first + " " + c.last),
    "fname": ("F", None, lambda c: c.first),
    "lname": ("F", None, lambda c: c.last),
    "agent": ("F", None, lambda c: c.rng.choice(c.pools["AGENTS"][c.pkey])),
    "org": ("F", None, lambda c: c.rng.choice(c.pools["ORGS"][c.pkey])),
    "city": ("F", None, lambda c: (lambda x: x[0] if isinstance(x, tuple) else x)(c.rng.choice(P.cities(c.pools, c.lang)))),
    "ssid": ("F", None, lambda c: c.rng.choice(c.pools["SSIDS"])),
    "plate": ("F", None, lambda c: c.rng.choice(c.pools["PLATES"])),
    "ini": ("F", None, lambda c: c.rng.choice("ABCDEFGHJKLMNPRSTVW") + c.rng.choice("ABCDEFGHJKLMNPRSTVW")),
    "week": ("F", None, lambda c: str(c.rng.randint(1, 52))),
    "month": ("F", None, lambda c: c.rng.choice(P.MONTHS[c.fam])),
}

SLOT_RE = re.compile(r"\{\{|\}\}|\{([a-z_]+?)(\d*)\}")
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
KEYB = {"a": "s", "s": "a", "e": "r", "r": "e", "o": "i", "i": "o", "n": "m", "m": "n", "t": "r", "l": "k", "d": "s", "w": "e"}


def typo(rng, s):
    words = list(WORD_RE.finditer(s))
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.3:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.55:
        w2 = w[:i] + w[i + 1:]
    elif op < 0.75:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w[:i] + KEYB.get(w[i].lower(), w[i]) + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


def render(tpl, c, tid):
    seg = Seg()
    pos = 0
    buf = []
    local = {}

    def flush():
        lit = "".join(buf)
        buf.clear()
        if lit and c.rng.random() < c.typo_p:
            lit = typo(c.rng, lit)
        if c.lower:
            lit = lit.lower()
        seg.lit(lit)

    for m in SLOT_RE.finditer(tpl):
        buf.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(0) == "{{":
            buf.append("{")
            continue
        if m.group(0) == "}}":
            buf.append("}")
            continue
        base, num = m.group(1), m.group(2)
        if base not in SLOTS:
            raise KeyError("unknown slot %s in %s" % (base, tid))
        cat, label, fn = SLOTS[base]
        key = base + num
        cache = local if cat == "N" else c.cache
        if key not in cache:
            cache[key] = fn(c)
        val = cache[key]
        flush()
        if cat == "F":
            seg.lit(val.lower() if c.lower and base in ("week", "month") else val)
            continue
        st = len(seg.text)
        seg.lit(val)
        if cat == "S":
            seg.spans.append((label, st, st + len(val), tid))
        else:
            seg.negs.append((label, st, st + len(val), tid))
    buf.append(tpl[pos:])
    flush()
    return seg


# ------------------------------------------------------------------ message builders
class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = build_half_pools(half)
        self.tpls = build_half_templates(half)
        self.decks = {}

    def draw(self, key):
        lst = self.tpls.get(key) or []
        if not lst:
            return None
        d = self.decks.get(key)
        if not d:
            d = list(lst)
            self.rng.shuffle(d)
            self.decks[key] = d
        return d.pop()

    def pick(self, c, group):
        """Resolve a body group for the message language, with fallbacks."""
        r = self.rng
        if c.lang == "nl":
            order = ["NL"]
        elif c.lang == "nl-be":
            order = ["NLBE", "NL"] if r.random() < 0.7 else ["NL"]
        elif c.lang == "fr-be":
            order = ["FR"]
        elif c.lang == "en-gb":
            order = ["ENGB", "EN"] if r.random() < 0.25 else ["EN"]
        else:
            order = ["ENUS", "EN"] if r.random() < 0.25 else ["EN"]
        for s in order:
            t = self.draw("%s.%s" % (s, group))
            if t:
                return t
        return None

    def wrap(self, c, group):
        fam = {"nl": "NL", "nl-be": "NL", "fr-be": "FR", "en-gb": "EN", "en-us": "EN"}[c.lang]
        if c.lang == "nl-be" and self.tpls.get("NLBE." + group) and self.rng.random() < 0.6:
            return self.draw("NLBE." + group)
        return self.draw("%s.%s" % (fam, group))

    def R(self, c, t):
        tid, tpl = t
        return render(tpl, c, tid)

    def chat(self, c, channel):
        r = self.rng
        n = 1 if r.random() < 0.75 else 2
        segs = [self.R(c, self.pick(c, "chat")) for _ in range(n)]
        if channel in ("whatsapp", "telegram") and r.random() < 0.3:
            fr = self.draw("FRAME")
            out = Seg()
            for i, s in enumerate(segs):
                if i:
                    out.lit("\n")
                out.add(self.R(c, fr)).add(s)
            return out
        return join(segs, r.choice(["\n", " ", "\n\n"]))

    def public(self, c, channel):
        r = self.rng
        s = self.R(c, self.pick(c, "public"))
        if channel != "x_public" and r.random() < 0.3:
            s.text = s.text  # comments keep the mention; nothing to strip safely
        if r.random() < 0.2:
            s.lit(" ").add(self.R(c, ("INLINE.hashtag", "{hashtag3}")))
        return s

    def agent(self, c):
        r = self.rng
        out = Seg()
        if r.random() < 0.35:
            p = self.draw("APREFIX")
            out.add(self.R(c, p))
        out.add(self.R(c, self.pick(c, "agent")))
        return out

    def email(self, c):
        r = self.rng
        parts = []
        if r.random() < 0.5:
            parts.append(self.R(c, self.wrap(c, "subj")))
        parts.append(self.R(c, self.wrap(c, "greet")))
        parts.append(self.R(c, self.pick(c, "email")))
        if r.random() < 0.45:
            parts.append(self.R(c, self.pick(c, "chat")))
        if r.random() < 0.2:
            parts.append(self.R(c, self.pick(c, "email")))
        parts.append(join([self.R(c, self.wrap(c, "signoff")), self.R(c, self.wrap(c, "csig"))], "\n"))
        body = join(parts, "\n\n")
        if r.random() < 0.45:
            q = join([self.R(c, self.pick(c, "agent")), self.R(c, self.wrap(c, "asig"))], "\n\n")
            body.lit("\n\n").add(self.R(c, self.wrap(c, "qhdr"))).lit("\n").add(quote(q, r.choice(["> ", "> ", ">"])))
        elif r.random() < 0.3:
            fw = join([self.R(c, self.wrap(c, "fwd")), self.R(c, self.pick(c, "chat"))], "\n")
            body.lit("\n\n").add(fw)
        if r.random() < 0.4:
            body.lit("\n\n").add(self.R(c, self.wrap(c, "disc")))
        k = 0
        while len(body.text) < 520 and k < 3:
            body.lit(r.choice(["\n\nPS: ", "\n\nP.S. ", "\n\n"])).add(self.R(c, self.pick(c, "chat")))
            k += 1
        return body

    def message(self, idx):
        r = self.rng
        lang = r.choices(LANGS, LANG_W)[0]
        channel = r.choices(CHANNELS, CHANNEL_W)[0]
        lower = channel not in ("email", "agent_reply") and r.random() < 0.15
        c = Ctx(r, lang, self.pools, 0.12 if channel != "agent_reply" else 0.03, lower)
        if channel == "email":
            seg = self.email(c)
        elif channel == "agent_reply":
            seg = self.agent(c)
        elif channel in PUBLIC:
            seg = self.public(c, channel) if r.random() < 0.8 else self.chat(c, channel)
        else:
            seg = self.chat(c, channel)
        name = "dev" if self.half == 0 else "heldout"
        rec = {"id": "%s-%s-%05d" % (PREFIX, name, idx), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": seg.text,
               "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(seg.spans, key=lambda x: x[1])],
               "negatives": [{"kind": k, "start": s, "end": e} for k, s, e, _ in sorted(seg.negs, key=lambda x: x[1])]}
        return rec, seg


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    items = [("S", x["type"], x["start"], x["end"]) for x in rec["spans"]] + \
            [("N", x["kind"], x["start"], x["end"]) for x in rec["negatives"]]
    for cat, lab, s, e in items:
        assert 0 <= s < e <= len(t), (rec["id"], lab, s, e)
        v = t[s:e]
        assert v == v.strip(), (rec["id"], lab, repr(v))
        if cat == "S":
            assert lab in SPAN_TYPES, lab
        else:
            assert lab in NEG_KINDS, lab
        if cat == "S" and lab == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if cat == "S" and lab == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if cat == "S" and lab == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    sp = sorted((s, e, lab) for cat, lab, s, e in items if cat == "S")
    allr = sorted((s, e, cat, lab) for cat, lab, s, e in items)
    for i in range(1, len(allr)):
        a, b = allr[i - 1], allr[i]
        if b[0] < a[1] and ("S" in (a[2], b[2])):
            raise AssertionError("overlap in %s: %r %r" % (rec["id"], a, b))
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")
    return sp


# ------------------------------------------------------------------ README
def table(title, counter, extra=None):
    lines = ["| %s | count |%s" % (title, " templates |" if extra else ""), "|---|---|%s" % ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append("| %s | %d |%s" % (k, v, " %d |" % len(extra[k]) if extra else ""))
    return "\n".join(lines)


def readme(seed, stats):
    out = ["# Scrub corpus blind59 — work and money from work (written blind)", "",
           "This corpus was written blind: while writing it I did not open, list, grep or run anything under "
           "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other corpus, scorer or generator under "
           "`tests/scrub_corpus/`, and I did not read git history. No scrubber or scorer was run.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Work and money from work: employees, temps, job seekers and pensioners writing to payroll providers, "
           "temp/interim agencies, HR service desks, social secretariats, pension funds and benefit offices — payslips "
           "(loonstrook / loonfiche / fiche de paie / P60 / W-2), contracts, timesheets, personnel/candidate/pension/"
           "payroll/claimant numbers, BSN and Belgian national register numbers, salary bank-account changes, employee "
           "portal logins and MFA codes, corporate cards, home-working VPN/RDP details, leaked payroll API keys, and "
           "agents replying (sometimes repeating the values).", "",
           "## Generation", "", "```", "cd tests/scrub_corpus/blind59", "python3 generate_blind.py --seed %d" % seed, "```", "",
           "Python 3.11 standard library only. Modules: `values.py` (value generators + validators), `pools.py` "
           "(filler pools, locale-specific phones/addresses/dates/amounts), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates).", "",
           "## Split rule", "",
           "Every template group (language set x kind: chat, public, agent, email body, greeting, sign-off, customer "
           "signature, agent signature, quote header, forward header, disclaimer, subject, chat-export frame, agent "
           "prefix) is dealt alternately: even index to dev, odd index to heldout. Every filler pool (first/last names, "
           "organisations, agents, mentions, hashtags, URLs, streets, cities, service numbers, SSIDs, plates, device "
           "models) is dealt the same way. Half h uses `random.Random(seed * 2 + h)`. Typos are only injected into "
           "literal template text (cue words included), never into values.", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only, never the cue (`wachtwoord:`, `IBAN`, `BSN`), and every occurrence is labelled, "
           "including repeats by agents and inside `> ` quoted history.",
           "- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`.",
           "- Personnel/employee IDs, payroll numbers, candidate/registration numbers at agencies, pension member "
           "numbers, contract numbers, 401(k)/member numbers, benefit claimant/client numbers are all `customer_number`.",
           "- Multi-line addresses in signatures are one `address` span including the newline.",
           "- OTPs dictated as words (`vier twee ...`) are one `otp` span covering all words and separators.",
           "- AWS access key id and secret are both `api_key`; bearer/OAuth/JWT/PAT/hex session values are `token`.",
           "- A date of birth used as a PDF password is labelled `date_of_birth` (not `password`).",
           "- The customer's own @handle in an agent reply is a `mention` negative; agent initials (`^AB`) and names are unlabelled.",
           "- The organisation's service numbers are `company_phone` negatives; KvK/BTW/ondernemingsnummer/BCE/company "
           "numbers/EIN are `company_registration` negatives (value only, without the cue word).",
           "- Odometer readings in mileage claims are `meter_reading` negatives; the RDP/VPN port after an IP is a `port` negative.",
           "- Dates of payslips, start dates etc. are `date` negatives even though they look like dates of birth.",
           "- Macro placeholders (`{first_name}`, `<code>`, `[CODE]`), names, cities alone, SSIDs, plates, week numbers and month names are unlabelled.",
           "- National Insurance numbers and US SSNs are deliberately not used (no label type for them).", "",
           "## Known limitations", "",
           "- Template-based: sentence frames repeat within a half; values are synthetic (valid checksums, random digits).",
           "- Some identifiers (personnel numbers, ticket numbers) are formally similar; the label depends on the cue in the template.",
           "- Addresses are synthetic combinations of real-looking streets and postcodes that need not exist.",
           "- Lower-casing of literals in ~15% of chat messages does not touch values (IBANs are lower-cased separately).",
           ""]
    for name in ("dev", "heldout"):
        st = stats[name]
        out += ["## Counts: %s" % name, "", "Messages: %d" % st["n"], "", table("span type", st["spans"], st["tpl"]), "",
                table("negative kind", st["negs"]), "", table("channel", st["channels"]), "", table("lang", st["langs"]), ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261257)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        h = Half(half, a.seed)
        st = {"n": 0, "spans": Counter(), "negs": Counter(), "channels": Counter(), "langs": Counter(),
              "tpl": defaultdict(set)}
        with open("%s.jsonl" % name, "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                rec, seg = h.message(i)
                check(rec)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                st["n"] += 1
                st["channels"][rec["channel"]] += 1
                st["langs"][rec["lang"]] += 1
                for t, s, e, tid in seg.spans:
                    st["spans"][t] += 1
                    st["tpl"][t].add(tid)
                for k, s, e, tid in seg.negs:
                    st["negs"][k] += 1
        missing = [t for t in SPAN_TYPES if not st["spans"][t]]
        if missing:
            raise SystemExit("half %s lacks span types %s" % (name, missing))
        stats[name] = st
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, stats))
    for name in ("dev", "heldout"):
        print(name, stats[name]["n"], dict(stats[name]["spans"]))


if __name__ == "__main__":
    main()
