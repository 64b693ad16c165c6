#!/usr/bin/env python3
"""blind20 corpus generator (standard library only, Python 3.11).

    python3 generate_blind.py --seed 20261218

Writes dev.jsonl, heldout.jsonl and README.md next to this file. Exits 1 and
writes nothing when a self-check fails.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_values as V  # noqa: E402
import gen_negs as N  # noqa: E402
import gen_content as C  # noqa: E402

PREFIX = "b20"
HALVES = ["dev", "heldout"]
LANG_W = [("nl", 40), ("nl-be", 10), ("en-gb", 20), ("en-us", 20), ("fr-be", 10)]
CHAN_W = [("x_public", 14), ("x_dm", 10), ("facebook_comment", 4), ("messenger", 9), ("instagram_dm", 7), ("instagram_comment", 3),
          ("whatsapp", 22), ("telegram", 5), ("email", 18)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TOKEN = re.compile(r"\{([a-zA-Z]+)(?::([a-z_]+)(?:=([a-z]+))?)?\}")
N_FOCUS = 44
N_CONTACT = 110
N_CLEAN = 320
N_AGENT = 60


def lg_of(lang):
    return {"nl": "nl", "nl-be": "nl", "en-gb": "en", "en-us": "en", "fr-be": "fr"}[lang]


def deal(lst, h):
    """Alternate dealing: element i belongs to half i % 2."""
    return [(i, x) for i, x in enumerate(lst) if i % 2 == h]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


class Half:
    def __init__(self, h, seed):
        self.h = h
        self.name = HALVES[h]
        self.rng = random.Random("%s-%d" % (self.name, seed))
        d = lambda lst: [x for _, x in deal(lst, h)]
        self.first = d(C.FIRST)
        self.last = d(C.LAST)
        self.streets_nl = d(C.STREETS_NL)
        self.cities_nl = d(C.CITIES_NL)
        self.streets_be = d(C.STREETS_BE)
        self.cities_be = d(C.CITIES_BE)
        self.streets_uk = d(C.STREETS_UK)
        self.cities_uk = d(C.CITIES_UK)
        self.streets_us = d(C.STREETS_US)
        self.cities_us = d(C.CITIES_US)
        self.pwwords = d(C.PWWORDS)
        self.domains = d(C.DOMAINS)
        self.ssids = d(C.SSIDS)
        self.agents = d(C.AGENTS)
        self.brands = {k: d(v) for k, v in C.BRANDS.items()}
        self.all_brands = sorted({b for v in self.brands.values() for b in v})


class Msg:
    def __init__(self, half, lang, sector, focus=None):
        self.half = half
        self.rng = half.rng
        self.lang = lang
        self.lg = lg_of(lang)
        self.sector = sector
        self.focus = focus
        self.cache = {}
        self.templates = []  # template ids used
        self.phrases = collections.defaultdict(set)  # type -> phrase ids used
        if lang == "nl":
            self.region = "nl"
        elif lang in ("nl-be", "fr-be"):
            self.region = "be"
        else:
            self.region = "nl" if self.rng.random() < 0.25 else ("gb" if lang == "en-gb" else "us")

    # ------------------------------------------------------------ picking
    def pick(self, table, key, lst_name, ok=None):
        """Pick a template from table[key] dealt to this half; falls back to parent language group."""
        lst = table.get(key) or []
        opts = [(i, t) for i, t in deal(lst, self.half.h) if ok is None or ok(t)]
        if not opts and key == "nl-be":
            return self.pick(table, "nl", lst_name, ok)
        i, t = self.rng.choice(opts)
        self.templates.append("%s/%s/%d" % (lst_name, key, i))
        return t

    def phrase(self, typ):
        lst = C.P[typ][self.lg]
        opts = deal(lst, self.half.h)
        i, t = self.rng.choice(opts)
        self.phrases[typ].add("%s/%d" % (self.lg, i))
        self.templates.append("P/%s/%s/%d" % (typ, self.lg, i))
        return t

    # ------------------------------------------------------------ values
    def name(self):
        return self.rng.choice(self.half.first) + " " + self.rng.choice(self.half.last)

    def brand(self):
        if "brand" not in self.cache:
            self.cache["brand"] = self.rng.choice(self.half.brands[self.sector])
        return self.cache["brand"]

    def address(self, multiline=False):
        r, H = self.rng, self.half
        sep = "\n" if multiline else r.choice([", ", ", ", " "])
        if self.region == "nl":
            s = "%s %d%s" % (r.choice(H.streets_nl), r.randrange(1, 240), r.choice(["", "", "", "a", "-2", " bis", " II"]))
            pc = V.nl_postcode(r)
            if r.random() < 0.2 and not multiline:
                return "%s, %s" % (s, pc.replace(" ", ""))
            city = r.choice(H.cities_nl)
            if r.random() < 0.15:
                city = city.upper()
            return s + sep + pc + ("  " if multiline and r.random() < 0.3 else " ") + city
        if self.region == "be":
            pc, city = r.choice(H.cities_be)
            st = r.choice(H.streets_be)
            if st.startswith(("Rue", "Avenue", "Place", "Chaussée")):
                s = "%s %d" % (st, r.randrange(1, 200)) if r.random() < 0.5 else "%d %s" % (r.randrange(1, 200), st)
            else:
                s = "%s %d%s" % (st, r.randrange(1, 200), r.choice(["", "", " bus 3", "/2"]))
            return s + sep + pc + " " + city
        if self.region == "gb":
            s = "%s%d %s" % (r.choice(["", "", "Flat 2, ", "Flat 4B, "]), r.randrange(1, 200), r.choice(H.streets_uk))
            return s + sep + r.choice(H.cities_uk) + (" " if not multiline else "\n") + V.uk_postcode(r)
        city, z = r.choice(H.cities_us)
        s = "%d %s%s" % (r.randrange(10, 9999), r.choice(H.streets_us), r.choice(["", "", " Apt 4", " #12"]))
        return s + sep + city + " " + z

    def value(self, typ, variant=None):
        r, H = self.rng, self.half
        if typ == "password":
            return V.password(r, H.pwwords)
        if typ == "username":
            return V.username(r, H.first, H.last)
        if typ == "pin":
            if variant == "four":
                return V.rs(r, "123456789", 1) + V.rs(r, V.DIG, 3)
            return V.pin(r)
        if typ == "puk":
            return V.puk(r)
        if typ == "otp":
            return V.otp(r)
        if typ == "wifi_key":
            return V.wifi_key(r, H.pwwords)
        if typ == "api_key":
            if variant == "akia":
                return "AKIA" + V.rs(r, V.UP + "234567", 16)
            if variant == "awssecret":
                return V.aws_secret(r)
            return V.api_key(r)
        if typ == "token":
            return V.token(r)
        if typ == "card":
            if variant == "amex":
                n, _ = V.card_number(r, "amex")
                return n[:4] + " " + n[4:10] + " " + n[10:] if r.random() < 0.6 else n
            return V.card(r)
        if typ == "cvv":
            return V.cvv(r)
        if typ == "iban":
            cc = {"nl": "NL", "be": "BE", "gb": "GB", "us": None}[self.region]
            if cc and r.random() < 0.75:
                return V.iban(r, cc)
            return V.iban(r)
        if typ == "bsn":
            return V.bsn(r)
        if typ == "card_expiry":
            return V.card_expiry(r)
        if typ == "email":
            return V.email(r, H.first, H.last, H.domains)
        if typ == "phone":
            return V.phone(r, self.region)
        if typ == "address":
            return self.address(multiline=(variant == "ml"))
        if typ == "date_of_birth":
            return V.date_of_birth(r, self.lang)
        if typ == "ip_address":
            return V.ip_address(r)
        if typ == "customer_number":
            return V.customer_number(r)
        raise KeyError(typ)

    def neg(self, kind, variant=None):
        r = self.rng
        if kind == "mention":
            b = self.brand().replace(" ", "").replace(".", "")
            return "@" + r.choice([b, b + "_NL", b + "Care", b + "Help", b.lower()])
        if kind == "url":
            return N.url(r, self.lang, [self.brand()])
        if kind == "masked_value":
            return N.masked_value(r, self.lang, variant)
        if kind == "model_number":
            return N.model_number(r, self.lang, variant)
        if kind in ("company_registration", "time", "quantity"):
            return getattr(N, kind)(r, self.lang, variant)
        return getattr(N, kind)(r, self.lang)

    def filler(self, what):
        r = self.rng
        if what == "name":
            return self.name()
        if what == "first":
            return r.choice(self.half.first)
        if what == "brand":
            return self.brand()
        if what == "city":
            if self.region == "be":
                return r.choice(self.half.cities_be)[1]
            return r.choice({"nl": self.half.cities_nl, "gb": self.half.cities_uk, "us": [c.split(",")[0] for c, _ in self.half.cities_us]}[self.region])
        if what == "ssid":
            return r.choice(self.half.ssids)
        if what == "agent":
            return r.choice(self.half.agents)
        if what == "subject":
            return self.pick(C.SUBJECT, self.lg, "SUBJECT")
        raise KeyError(what)

    # ------------------------------------------------------------ rendering
    def render(self, tpl, depth=0):
        if depth > 6:
            raise RuntimeError("recursion")
        segs = []
        pos = 0
        for m in TOKEN.finditer(tpl):
            if m.start() > pos:
                segs.append((tpl[pos:m.start()], None))
            kind, arg, variant = m.group(1), m.group(2), m.group(3)
            if kind == "v":
                segs.append((self.value(arg, variant), ("s", arg)))
            elif kind == "n":
                segs.append((self.neg(arg, variant), ("n", arg)))
            elif kind == "f":
                segs.append((self.filler(arg), None))
            elif kind == "X":
                segs += self.render(self.phrase(self.focus), depth + 1)
            elif kind == "p":
                segs += self.render(self.phrase(arg), depth + 1)
            elif kind == "C":
                segs += self.render(self.phrase(self.rng.choice(C.CONTACT)), depth + 1)
            elif kind == "H":
                segs += self.render(self.pick(C.H, self.lg, "H"), depth + 1)
            else:
                raise KeyError(m.group(0))
            pos = m.end()
        if pos < len(tpl):
            segs.append((tpl[pos:], None))
        return segs


TAG = re.compile(r"^\[([a-z_,]+)\]")


def fits(t, focus):
    m = TAG.match(t)
    return not m or focus in m.group(1).split(",")


def strip_tag(t):
    return TAG.sub("", t)


def cap_first(segs):
    """Capitalise the first letter if the message starts with plain text."""
    if segs and segs[0][1] is None and segs[0][0][:1].islower():
        t = segs[0][0]
        segs[0] = (t[0].upper() + t[1:], None)
    return segs


def quote_prefix(segs, pfx):
    out = [(pfx, None)]
    for t, lab in segs:
        out.append((t.replace("\n", "\n" + pfx), lab))
    return out


def txt(s):
    return [(s, None)]


# ------------------------------------------------------------------ channel frames
EMOJI = ["😡", "🙏", "😤", "🤬", "😩", "👍", "🙄", "😭", "🤷", "‼️", "😅", "🙃"]


def body_template(m, kind):
    if kind == "focus":
        fams = [f for f, ts in C.FAM_TYPES.items() if m.focus in ts]
        lk = m.lang if m.lang == "nl-be" else m.lg
        fams = [f for f in fams if C.FOCUS[lk].get(f) and any(fits(t, m.focus) for _, t in deal(C.FOCUS[lk][f], m.half.h))] or ["gen"]
        weights = [(f, 1 if f == "gen" else 3) for f in fams]
        fam = wchoice(m.rng, weights)
        m.sector = C.SECTOR[fam] if fam != "gen" else m.sector
        table = {k: v.get(fam, []) for k, v in C.FOCUS.items()}
        return strip_tag(m.pick(table, lk, "FOCUS-" + fam, lambda t: fits(t, m.focus)))
    lk = m.lang if m.lang == "nl-be" else m.lg
    if kind == "contact":
        return m.pick(C.CONTACT_BODIES, lk, "CONTACT")
    if kind == "clean":
        return m.pick(C.CLEAN_BODIES, lk, "CLEAN")
    return m.pick(C.AGENT, lk, "AGENT")


def build(m, channel, kind):
    r = m.rng
    body_t = body_template(m, kind)
    if kind in ("focus", "contact") and "{H}" not in body_t and r.random() < 0.3:
        body_t = body_t + ("\n{H}" if r.random() < 0.4 else " {H}")
    if kind == "agent":
        return cap_first(m.render(body_t))
    if channel == "whatsapp":
        mode = r.randrange(3)
        lines_t = [x for x in re.split(r"(?<=[.?!])\s+(?=[A-Z{])", body_t) if x]
        if mode == 0:
            segs = []
            who = m.filler("first")
            d = m.neg("date")
            hh, mm = r.randrange(7, 22), r.randrange(0, 50)
            fmt = r.choice(["[%s %d:%02d] %s: ", "%s, %d:%02d - %s: ", "[%s, %02d:%02d] %s: "])
            for i, line in enumerate(lines_t):
                if i:
                    segs.append(("\n", None))
                tm = "%d:%02d" % (hh, mm) if not fmt.startswith("[%s, ") else "%02d:%02d" % (hh, mm)
                pre = fmt % (d, hh, mm, who)
                a = pre.index(d)
                b = pre.index(tm, a + len(d))
                segs += [(pre[:a], None), (d, ("n", "date")), (pre[a + len(d):b], None), (tm, ("n", "time")), (pre[b + len(tm):], None)]
                segs += cap_first(m.render(line))
                mm += r.randrange(0, 4)
            return segs
        segs = []
        if r.random() < 0.4:
            segs += txt(r.choice({"nl": ["Hallo", "Hoi", "Goedemorgen", "Hey"], "en": ["Hi", "Hello", "Hey", "Morning"], "fr": ["Bonjour", "Salut"]}[m.lg]) + "\n")
        for i, line in enumerate(lines_t):
            if i:
                segs.append(("\n", None))
            segs += cap_first(m.render(line)) if i == 0 or r.random() < 0.5 else m.render(line)
        if r.random() < 0.3:
            segs += txt("\n" + r.choice(["??", "🙏", "alvast bedankt" if m.lg == "nl" else "thanks", "...", "Sorry"]))
        return segs
    if channel == "email":
        return email_frame(m, body_t)
    segs = cap_first(m.render(body_t)) if r.random() < 0.7 else m.render(body_t)
    if channel == "x_public":
        pre = m.render("{n:mention} ")
        if r.random() < 0.2:
            handle = "@" + V.plain(m.filler("first")).lower() + r.choice(["", "_", "x"]) + str(r.randrange(1, 999))
            pre = [(handle, ("n", "mention")), (" ", None)] + pre
        post = []
        if r.random() < 0.5:
            post = m.render(" {n:hashtag}")
        if r.random() < 0.3:
            post += txt(" " + r.choice(EMOJI))
        return pre + segs + post
    if channel in ("facebook_comment", "instagram_comment"):
        if r.random() < 0.5:
            segs = m.render("{n:mention} ") + segs
        if r.random() < 0.4:
            segs += txt(" " + r.choice(EMOJI))
        return segs
    if channel in ("x_dm", "messenger", "instagram_dm", "telegram") and r.random() < 0.2:
        segs += txt(r.choice([" " + r.choice(EMOJI), "\n" + ("Sorry!" if m.lg == "en" else "Merci" if m.lg == "fr" else "Sorry!"), "\n" + r.choice(EMOJI)]))
    return segs


def signature(m):
    r = m.rng
    segs = txt(m.name())
    shape = r.randrange(5)
    if shape == 0:
        return segs
    if shape == 1:
        return segs + txt("\n") + m.render("{v:address=ml}") + txt("\n") + m.render(r.choice(["T: {v:phone}", "Tel. {v:phone}", "{v:phone}", "M {v:phone}"]))
    if shape == 2:
        return segs + txt("\n") + m.render(r.choice(["{v:phone}", "Mob: {v:phone}"])) + txt("\n") + m.render("{v:email}")
    if shape == 3:
        biz = r.choice(["Bakkerij", "Klusbedrijf", "Studio", "Fietsenmaker", "Atelier", "Consultancy"]) + " " + r.choice(m.half.last)
        reg = {"nl": "KvK {n:company_registration}", "en": "Company no. {n:company_registration}", "fr": "TVA {n:company_registration=vat}"}[m.lg]
        if m.lang == "nl-be":
            reg = r.choice(["Ondernemingsnr. {n:company_registration}", "BTW {n:company_registration=vat}"])
        return segs + txt("\n" + biz + "\n") + m.render("{v:address=ml}\n" + reg + " | {v:phone}")
    return segs + txt("\n") + m.render({"nl": "Verzonden vanaf mijn {n:model_number=phone}", "en": "Sent from my {n:model_number=phone}", "fr": "Envoyé de mon {n:model_number=phone}"}[m.lg])


DISC2 = {"nl": "Aan dit bericht kunnen geen rechten worden ontleend. Denk aan het milieu voordat u deze e-mail print.",
         "en": "Please consider the environment before printing this email. No contract is formed by this message.",
         "fr": "Pensez à l'environnement avant d'imprimer ce courriel."}


def email_frame(m, body_t):
    r = m.rng
    lg = m.lg
    segs = m.render({"nl": "Onderwerp: {f:subject}\n\n", "en": "Subject: {f:subject}\n\n", "fr": "Objet : {f:subject}\n\n"}[lg])
    segs += m.render(m.pick(C.GREET, lg, "GREET") + "\n\n")
    if r.random() < 0.5:
        segs += txt(m.pick(C.FILLER, lg, "FILLER") + " ")
    segs += cap_first(m.render(body_t))
    if r.random() < 0.4:
        f2 = m.pick(C.FILLER, lg, "FILLER")
        if f2 not in "".join(t for t, _ in segs):
            segs += txt("\n\n" + f2)
    segs += txt("\n\n" + m.pick(C.CLOSE, lg, "CLOSE") + "\n")
    segs += signature(m)
    if r.random() < 0.25:
        segs += txt("\n\n" + (C.DISCLAIMER[lg] if m.half.h == 0 else DISC2[lg]))
    depth = r.choice([0, 1, 1, 2])
    pfx = "> "
    for d in range(depth):
        if r.random() < 0.4:
            head = m.pick(C.QUOTE_HEAD_CO, lg, "QUOTE_HEAD_CO")
            qkind = "agent"
        else:
            head = m.pick(C.QUOTE_HEAD, lg, "QUOTE_HEAD")
            qkind = r.choice(["clean", "contact", "focus"]) if d == 0 else r.choice(["clean", "contact", "clean"])
        lk = m.lang if m.lang == "nl-be" else lg
        if qkind == "agent":
            qt = m.pick(C.AGENT, lk, "AGENT")
        elif qkind == "contact":
            qt = m.pick(C.CONTACT_BODIES, lk, "CONTACT")
        elif qkind == "clean":
            qt = m.pick(C.CLEAN_BODIES, lk, "CLEAN")
        else:
            old = m.focus
            m.focus = r.choice(C.HIGH)
            qt = m.pick({k: v.get("gen", []) for k, v in C.FOCUS.items()}, lk, "FOCUS-gen")
            q = cap_first(m.render(qt))
            m.focus = old
            qt = None
        if qt is not None:
            q = cap_first(m.render(qt))
        block = m.render(head) + txt("\n") + q
        segs += txt("\n\n" if d == 0 else "\n") + quote_prefix(block, pfx)
        pfx = ">" + pfx
    return segs


# ------------------------------------------------------------------ generation
def finalize(segs):
    text, spans, negs = "", [], []
    for t, lab in segs:
        if lab:
            st, en = len(text), len(text) + len(t)
            if lab[0] == "s":
                spans.append({"type": lab[1], "start": st, "end": en})
            else:
                negs.append({"kind": lab[1], "start": st, "end": en})
        text += t
    return text, spans, negs


def gen_half(h, seed):
    half = Half(h, seed)
    r = half.rng
    plan = []
    for t in C.HIGH:
        plan += [("focus", t)] * N_FOCUS
    plan += [("contact", None)] * N_CONTACT + [("clean", None)] * N_CLEAN + [("agent", None)] * N_AGENT
    r.shuffle(plan)
    recs = []
    for i, (kind, focus) in enumerate(plan):
        lang = wchoice(r, LANG_W)
        channel = "agent_reply" if kind == "agent" else wchoice(r, CHAN_W)
        m = Msg(half, lang, r.choice(list(C.BRANDS)), focus)
        segs = build(m, channel, kind)
        text, spans, negs = finalize(segs)
        recs.append({"id": "%s-%s-%05d" % (PREFIX, half.name, i), "channel": channel, "lang": lang,
                     "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs,
                     "_templates": m.templates, "_phrases": {k: sorted(v) for k, v in m.phrases.items()}, "_kind": kind})
    return recs


# ------------------------------------------------------------------ checks
ALL_TYPES = C.HIGH + C.CONTACT
ALL_NEG = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code", "flight_number", "hashtag", "mention",
           "invoice_number", "order_number", "ticket_number", "tracking_number", "meter_reading", "model_number", "product_code",
           "version_string", "percentage", "quantity", "url", "masked_value"]
CUE = re.compile(r"(?i)code|nummer|number|nr|pin|wachtwoord|password|wifi|ww|puk|sms|pas\b|card|kaart|key|token|login|numéro|carte|mot de passe|clé|sticker|iban|bsn")


def check(halves):
    errs = []
    tmpl = [set(), set()]
    for h, recs in enumerate(halves):
        for rec in recs:
            t = rec["text"]
            if "{" in t and re.search(r"\{[a-zA-Z]+(:[a-z_=]+)?\}", t):
                errs.append("placeholder %s" % rec["id"])
            sp = sorted(rec["spans"], key=lambda s: s["start"])
            for s in sp:
                v = t[s["start"]:s["end"]]
                if not (0 <= s["start"] < s["end"] <= len(t)):
                    errs.append("offset %s" % rec["id"])
                if v != v.strip():
                    errs.append("whitespace %s %r" % (rec["id"], v))
                if s["type"] == "card" and not V.luhn_ok(v):
                    errs.append("luhn %s %s" % (rec["id"], v))
                if s["type"] == "iban" and not V.iban_ok(v):
                    errs.append("iban %s %s" % (rec["id"], v))
                if s["type"] == "bsn" and not V.bsn_ok(v):
                    errs.append("bsn %s %s" % (rec["id"], v))
                if s["type"] in C.HIGH and s["type"] not in ("otp", "card") and " " in v and s["type"] not in ("iban", "bsn"):
                    errs.append("space in secret %s %r" % (rec["id"], v))
                end = s["end"]
                if s["type"] in C.HIGH and end < len(t) and t[end] in ".,!?;:" and not v[-1].isalnum():
                    errs.append("ambiguous end %s %r" % (rec["id"], v))
            for a, b in zip(sp, sp[1:]):
                if b["start"] < a["end"]:
                    errs.append("overlap %s" % rec["id"])
            for n in rec["negatives"]:
                for s in sp:
                    if n["start"] < s["end"] and s["start"] < n["end"]:
                        errs.append("neg overlaps span %s" % rec["id"])
                v = t[n["start"]:n["end"]]
                if v != v.strip() or not v:
                    errs.append("neg whitespace %s %r" % (rec["id"], v))
            tmpl[h].update(rec["_templates"])
        types = {s["type"] for r in recs for s in r["spans"]}
        kinds = {n["kind"] for r in recs for n in r["negatives"]}
        for t in ALL_TYPES:
            if t not in types:
                errs.append("%s: type %s missing" % (HALVES[h], t))
        for k in ALL_NEG:
            if k not in kinds:
                errs.append("%s: neg kind %s missing" % (HALVES[h], k))
        nospan = sum(1 for r in recs if not r["spans"]) / len(recs)
        if nospan < 0.25:
            errs.append("%s: only %.1f%% without spans" % (HALVES[h], 100 * nospan))
        hr = sum(1 for r in recs if any(s["type"] in C.HIGH for s in r["spans"])) / len(recs)
        if hr < 0.40:
            errs.append("%s: only %.1f%% with high-risk" % (HALVES[h], 100 * hr))
        cnt = collections.Counter(s["type"] for r in recs for s in r["spans"])
        phr = collections.defaultdict(set)
        for r in recs:
            for k, v in r["_phrases"].items():
                phr[k].update(v)
        stats_phr = stats(recs)["phrasings"]
        for t in C.HIGH:
            if cnt[t] < 40:
                errs.append("%s: %s has %d spans" % (HALVES[h], t, cnt[t]))
            n_phr = stats_phr[t]
            if n_phr < 12:
                errs.append("%s: %s only %d phrasings" % (HALVES[h], t, n_phr))
    both = tmpl[0] & tmpl[1]
    if both:
        errs.append("templates in both halves: %s" % sorted(both)[:5])
    return errs


def near_cue(rec):
    t = rec["text"]
    for n in rec["negatives"]:
        win = t[max(0, n["start"] - 40):n["end"] + 40]
        if CUE.search(win):
            return True
    return False


def stats(recs):
    st = {}
    st["messages"] = len(recs)
    st["spans"] = collections.Counter(s["type"] for r in recs for s in r["spans"])
    st["negatives"] = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
    st["channels"] = collections.Counter(r["channel"] for r in recs)
    st["langs"] = collections.Counter(r["lang"] for r in recs)
    st["no_span"] = sum(1 for r in recs if not r["spans"])
    st["high_risk_msgs"] = sum(1 for r in recs if any(s["type"] in C.HIGH for s in r["spans"]))
    st["neg_near_cue"] = sum(1 for r in recs if near_cue(r))
    phr = collections.defaultdict(set)
    for r in recs:
        for k, ps in r["_phrases"].items():
            for p in ps:
                lg, i = p.split("/")
                tpl = C.P[k][lg][int(i)]
                for t in C.HIGH:
                    if "{v:%s" % t in tpl or (k == t):
                        phr[t].add((k, p))
    st["phrasings"] = {t: len(phr[t]) for t in C.HIGH}
    return st


def table(title, counters, keys=None):
    keys = keys or sorted(set(counters[0]) | set(counters[1]))
    out = ["| %s | dev | heldout |" % title, "|---|---:|---:|"]
    for k in keys:
        out.append("| %s | %d | %d |" % (k, counters[0].get(k, 0), counters[1].get(k, 0)))
    return "\n".join(out)


def readme(seed, st):
    s0, s1 = st
    parts = [
        "# blind20 scrub corpus",
        "",
        "Labelled, blind test corpus for the webcare-bridge scrubber: plain daily social-care traffic of a Dutch telco, a retail bank, a webshop",
        "(plus energy, insurer, airline, government-like and API-platform traffic) on X (public and DM), Facebook/Instagram comments,",
        "Messenger, Instagram DMs, WhatsApp (chat lines and chat exports), Telegram, e-mails with quoted history (up to two levels, Outlook",
        "`Van:/Verzonden:` and `-----Original Message-----` headers, `Op ... schreef ...:` / `On ... wrote:`), disclaimers and signatures,",
        "and agent replies / macros.",
        "",
        "## How it was written",
        "",
        "Written blind from the task brief only, plus general knowledge of how customers of Dutch, Belgian, UK and US companies write to",
        "care teams and of the platforms' public conventions. The author did NOT open, read, grep or run anything under `functions/`,",
        "`tests/unit/`, `tests/scrub_corpus/` (other than this directory), `bench/`, `docs/scrubbing.md`, or any other corpus or",
        "generator in the repository, and did not run the scrubber or any scorer on this data.",
        "",
        "Files: `generate_blind.py` (entry point), `gen_values.py` (value generators: Luhn cards, mod-97 IBANs, 11-proof BSNs, fictional",
        "phone ranges...), `gen_negs.py` (hard-negative generators), `gen_hneg.py` (hard-negative sentences next to cue words), `gen_content.py` (phrasings, message bodies, frames, pools).",
        "Standard library only, Python 3.11. Regenerate with:",
        "",
        "    python3 tests/scrub_corpus/blind20/generate_blind.py --seed %d" % seed,
        "",
        "Seed: **%d**. One `random.Random` per half (seeded with `<half>-<seed>`)." % seed,
        "",
        "Target mix: Dutch (nl + nl-BE) about 50 %, UK/US English about 40 %, Belgian French about 10 % (drawn per message with",
        "weights 40/10/20/20/10); about a quarter of the English messages come from expats living in NL (Dutch phone numbers,",
        "addresses, IBANs). Message plan per half: 44 messages focused on each of the 12 high-risk types, 110 contact-data",
        "messages, 320 messages with no personal data (questions, complaints, hard-negative sentences) and 60 agent replies /",
        "macros; channel frames (tweet with @mentions/#hashtags/emoji, DM, WhatsApp lines or WhatsApp export lines with",
        "timestamps, e-mail with subject, greeting, filler, signature, optional disclaimer and 0-2 levels of quoted history)",
        "are drawn per message.",
        "",
        "Review: 40+ random rendered messages of each half were read by the author (`--preview N` prints a sample with",
        "labels) and unnatural or mislabelled shapes were fixed (device type matched to context, masked values matched to",
        "what they mask, agent macros without nonsense durations, card-expiry only with a card context, etc.).",
        "",
        "## Split rule",
        "",
        "Every list of templates (message bodies per family/language/register, span phrasings per type and language group,",
        "hard-negative sentences, agent macros, e-mail greetings/closings/fillers/subjects/quote headers) and every pool (first",
        "names, surnames, streets, cities, brands per sector, password words, e-mail domains, SSIDs, agent sign-offs) is dealt",
        "alternately: element i goes to dev when i is even and to heldout when i is odd. This is independent of the seed, so a",
        "template, name, street or brand never appears in both halves (the generator checks that no template id is used in both).",
        "Flemish (nl-BE) messages fall back to the Dutch lists of the same half when the Flemish list has nothing for that half.",
        "",
        "## Labels",
        "",
        "Spans cover exactly the value (never the cue word). Card numbers pass Luhn, IBANs pass mod-97, BSNs pass the 11-proof;",
        "phone numbers are in fictional ranges. Secrets never end in punctuation. A multi-line signature address is one span",
        "(also when it sits in a `> ` quoted block, where the quote markers are inside the span). Company service numbers,",
        "ticket/order/invoice numbers, versions, models, masked values etc. are labelled as `negatives`. Personal names, SSIDs,",
        "cities alone and agent initials are not labelled. Before writing, the generator checks offsets, whitespace at span",
        "edges, checksums, overlaps (span/span and negative/span), unrendered placeholders, presence of every label type and",
        "every negative kind in both halves, >=25 % messages without spans, >=40 % with a high-risk span, >=40 spans and",
        "distinct phrasings per high-risk type per half, and template disjointness; it exits 1 and writes nothing on failure.",
        "",
        "## Held-out half",
        "",
        "**Detector authors must never open `heldout.jsonl` or the generator (`generate_blind.py`, `gen_*.py`); they may only run",
        "a scorer over it and report numbers.**",
        "",
        "## Counts per half",
        "",
        "| | dev | heldout |",
        "|---|---:|---:|",
        "| messages | %d | %d |" % (s0["messages"], s1["messages"]),
        "| messages without spans | %d | %d |" % (s0["no_span"], s1["no_span"]),
        "| messages with a high-risk span | %d | %d |" % (s0["high_risk_msgs"], s1["high_risk_msgs"]),
        "| messages with a hard negative within 40 chars of a cue word | %d | %d |" % (s0["neg_near_cue"], s1["neg_near_cue"]),
        "",
        "Cue words for the last row: code, nummer/number/nr, pin, puk, wachtwoord/password, wifi, ww, sms, pas, card/kaart/carte,",
        "key/clé, token, login, numéro, mot de passe, sticker, iban, bsn. Distinct phrasings (below) count the distinct phrasing",
        "templates in which a value of the type occurs, in that half.",
        "",
        "### Span types",
        "",
        table("type", [s0["spans"], s1["spans"]], ALL_TYPES),
        "",
        "### Distinct phrasings per high-risk type",
        "",
        table("type", [s0["phrasings"], s1["phrasings"]], C.HIGH),
        "",
        "### Hard-negative kinds",
        "",
        table("kind", [s0["negatives"], s1["negatives"]], ALL_NEG),
        "",
        "### Channels",
        "",
        table("channel", [s0["channels"], s1["channels"]]),
        "",
        "### Languages",
        "",
        table("lang", [s0["langs"], s1["langs"]]),
        "",
    ]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261218)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--preview", type=int, default=0, help="print N random rendered messages per half and exit")
    a = ap.parse_args()
    halves = [gen_half(0, a.seed), gen_half(1, a.seed)]
    if a.preview:
        pr = random.Random(a.preview)
        for recs in halves:
            for r in pr.sample(recs, a.preview):
                print("-----", r["id"], r["channel"], r["lang"])
                print(r["text"])
                print("  S:", [(s["type"], r["text"][s["start"]:s["end"]]) for s in r["spans"]])
                print("  N:", [(n["kind"], r["text"][n["start"]:n["end"]]) for n in r["negatives"]])
        return
    errs = check(halves)
    st = [stats(h) for h in halves]
    for name, s in zip(HALVES, st):
        print("== %s: %d messages, %d without spans, %d high-risk, %d neg-near-cue" % (name, s["messages"], s["no_span"], s["high_risk_msgs"], s["neg_near_cue"]))
        print("   spans:", dict(sorted(s["spans"].items())))
        print("   phrasings:", s["phrasings"])
        print("   negatives:", dict(sorted(s["negatives"].items())))
        print("   channels:", dict(sorted(s["channels"].items())))
        print("   langs:", dict(sorted(s["langs"].items())))
    if errs:
        for e in errs[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failures; nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    for name, recs in zip(HALVES, halves):
        with open(os.path.join(a.out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, st))
    print("written")


if __name__ == "__main__":
    main()
