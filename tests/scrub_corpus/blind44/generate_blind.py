#!/usr/bin/env python3
"""Blind labelled scrub corpus blind44: e-mail / helpdesk traffic with many parties.

python3 generate_blind.py --seed 20261242
"""
import argparse
import collections
import json
import random
import re
import string
import sys

import pools
import values as V
import templates_nl
import templates_fr
import templates_en

PREFIX = "b44"
DIR = "blind44"
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
REGION = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "UK", "en-us": "US"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]


def all_templates():
    t = {}
    t.update(templates_nl.T)
    t.update(templates_fr.T)
    t.update(templates_en.T)
    import templates_extra
    for lang, groups in templates_extra.T.items():
        for grp, lst in groups.items():
            t[lang][grp] = t[lang][grp] + lst
    return t


def deal(lst, half):
    out = [x for i, x in enumerate(lst) if i % 2 == half]
    if not out:
        raise SystemExit(f"pool too small to deal: {lst!r}")
    return out


# --------------------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts = []  # (text, cat, label) cat in None/'span'/'neg'

    def lit(self, s):
        if s:
            self.parts.append((s, None, None))

    def add(self, s, cat, label):
        self.parts.append((s, cat, label))

    def extend(self, other):
        self.parts.extend(other.parts)

    def quoted(self, other, prefix="> "):
        self.lit(prefix)
        for text, cat, label in other.parts:
            if cat is None:
                self.lit(text.replace("\n", "\n" + prefix))
            else:
                self.add(text, cat, label)

    def render(self):
        text, spans, negs, pos = [], [], [], 0
        for s, cat, label in self.parts:
            if cat == "span":
                spans.append({"type": label, "start": pos, "end": pos + len(s)})
            elif cat == "neg":
                negs.append({"kind": label, "start": pos, "end": pos + len(s)})
            text.append(s)
            pos += len(s)
        return "".join(text), spans, negs


# --------------------------------------------------------------------------- typos
def typo(rng, s, p):
    if rng.random() > p:
        return s
    words = [m for m in re.finditer(r"[A-Za-zéèàç]{4,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.7:
        w2 = w[:i] + w[i + 1:]
    elif op < 0.85:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.lower() if w[0].isupper() else w
    return s[:m.start()] + w2 + s[m.end():]


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, gen, lang):
        self.g = gen
        self.rng = gen.rng
        self.lang = lang
        self.region = REGION[lang]
        self.cache = {}
        self.company = self.rng.choice(gen.companies)
        self.other_company = self.rng.choice([c for c in gen.companies if c != self.company])
        pr = self.region if self.region != "BE" or lang == "nl-be" else "BE"
        self.first, self.last = gen.person(self.region)
        self.afirst, self.alast = gen.person(self.region)
        self.cfirst, self.clast = gen.person(self.region)
        self.typo_p = 0.05

    def person_email(self, first, last, domain=None):
        r = self.rng
        f = first.lower().replace("é", "e").replace("è", "e").replace("ï", "i").replace("î", "i")
        l = last.lower().replace(" ", "").replace("'", "").replace("é", "e")
        if domain is None:
            domain = r.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "telenet.be", "skynet.be", "kpnmail.nl",
                               "yahoo.co.uk", "icloud.com", "live.nl", "proton.me", "btinternet.com", "hotmail.be", "xs4all.nl"])
        local = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}", f"{f}{r.randint(70, 2005)}"])
        return f"{local}@{domain}"


class Gen:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.first = {k: deal(v, half) for k, v in pools.FIRST.items()}
        self.last = {k: deal(v, half) for k, v in pools.LAST.items()}
        self.companies = deal(pools.COMPANIES, half)
        self.cities = {k: deal(v, half) for k, v in pools.CITIES.items()}
        self.streets = {k: deal(v, half) for k, v in pools.STREETS.items()}
        self.ssids = deal(pools.SSIDS, half)
        self.hashtags = deal(pools.HASHTAGS, half)
        self.models = deal(pools.MODELS, half)
        self.urls = deal(pools.URLS, half)
        T = all_templates()
        self.T = {lang: {grp: deal(lst, half) for grp, lst in groups.items()} for lang, groups in T.items()}
        self.used = collections.defaultdict(set)  # span type -> template ids

    def person(self, region):
        return self.rng.choice(self.first[region]), self.rng.choice(self.last[region])

    def address(self, ctx):
        r, reg = self.rng, ctx.region
        if reg == "NL":
            sfx = r.choice(["", "", "", "A", "-2", " bis", "-III", "B"])
            return r.choice([
                f"{r.choice(self.streets['NL'])} {r.randint(1, 240)}{sfx}, {r.randint(1011, 9999)} {r.choice(V.UP)}{r.choice(V.UP)} {r.choice(self.cities['NL'])}",
                f"{r.choice(self.streets['NL'])} {r.randint(1, 240)}{sfx}, {r.randint(1011, 9999)}{r.choice(V.UP)}{r.choice(V.UP)} {r.choice(self.cities['NL']).upper()}",
                f"{r.choice(self.streets['NL'])} {r.randint(1, 240)}{sfx}",
                f"{r.choice(self.streets['NL'])} {r.randint(1, 240)} te {r.choice(self.cities['NL'])}",
            ])
        if reg == "BE":
            city = r.choice(self.cities["BE"])
            if ctx.lang == "fr-be":
                st = r.choice(self.streets["BEFR"])
                return r.choice([f"{st} {r.randint(1, 180)}, {r.randint(1000, 9990)} {city}",
                                 f"{r.randint(1, 180)}, {st}, {r.randint(1000, 9990)} {city}",
                                 f"{st} {r.randint(1, 180)} bte {r.randint(1, 12)}, {r.randint(1000, 9990)} {city}",
                                 f"{st[0].upper() + st[1:]} {r.randint(1, 180)}"])
            st = r.choice(self.streets["BE"])
            return r.choice([f"{st} {r.randint(1, 180)}, {r.randint(1000, 9990)} {city}",
                             f"{st} {r.randint(1, 180)} bus {r.randint(1, 12)}, {r.randint(1000, 9990)} {city}",
                             f"{st} {r.randint(1, 180)}/{r.randint(1, 4)}01, B-{r.randint(1000, 9990)} {city}",
                             f"{st} {r.randint(1, 180)}"])
        if reg == "UK":
            pc = f"{r.choice(['LS', 'M', 'BS', 'CF', 'G', 'S', 'BN', 'NR', 'YO', 'NG'])}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return r.choice([f"{r.randint(1, 212)} {r.choice(self.streets['UK'])}, {r.choice(self.cities['UK'])} {pc}",
                             f"Flat {r.randint(1, 30)}, {r.randint(1, 212)} {r.choice(self.streets['UK'])}, {r.choice(self.cities['UK'])}, {pc}",
                             f"{r.randint(1, 212)} {r.choice(self.streets['UK'])}, {pc}"])
        city, st = r.choice(self.cities["US"])
        z = r.randint(10000, 99950)
        return r.choice([f"{r.randint(10, 9999)} {r.choice(self.streets['US'])}, {city}, {st} {z}",
                         f"{r.randint(10, 9999)} {r.choice(self.streets['US'])} Apt {r.randint(1, 40)}{r.choice('ABC')}, {city}, {st} {z}",
                         f"{r.randint(10, 9999)} {r.choice(self.streets['US'])}, {city} {st} {z}-{V.rd(r, 4)}"])


# --------------------------------------------------------------------------- placeholder registry
def neg_order(r, c):
    return r.choice([f"ORD-{r.randint(2025, 2026)}-{V.rd(r, 6)}", f"{r.choice(['1', '2', '3'])}{V.rd(r, 8)}", f"NL{V.rd(r, 9)}",
                     f"#{V.rd(r, 7)}", f"BE-{V.rd(r, 7)}", f"{V.rd(r, 3)}-{V.rd(r, 7)}-{V.rd(r, 7)}", f"W{V.rd(r, 9)}"])


def neg_ticket(r, c):
    return r.choice([f"{r.randint(2025, 2026)}{V.rd(r, 12)}", f"INC{V.rd(r, 7)}", f"CS-{r.randint(2025, 2026)}-{V.rd(r, 6)}",
                     f"{V.rd(r, 7)}", f"SR-{V.rd(r, 8)}", f"CAS-{V.rd(r, 5)}-{V.ra(r, 6, V.UP + V.DIG)}", f"KL{V.rd(r, 6)}",
                     f"REF{V.rd(r, 8)}", f"C{V.rd(r, 9)}"])


def neg_invoice(r, c):
    return r.choice([f"F{r.randint(2025, 2026)}-{V.rd(r, 6)}", f"{V.rd(r, 10)}", f"INV-{V.rd(r, 7)}", f"FAC/{r.randint(2025, 2026)}/{V.rd(r, 5)}",
                     f"{r.randint(2025, 2026)}{V.rd(r, 6)}", f"VF{V.rd(r, 8)}"])


def neg_track(r, c):
    return r.choice([f"3S{V.ra(r, 4, V.UP)}{V.rd(r, 9)}", f"JVGL{V.rd(r, 16)}", f"1Z{V.ra(r, 6, V.UP + V.DIG)}{V.rd(r, 10)}",
                     f"CD{V.rd(r, 9)}BE", f"{V.rd(r, 24)}", f"LX{V.rd(r, 9)}NL", f"9400{V.rd(r, 18)}", f"RR{V.rd(r, 9)}GB"])


def neg_reqid(r, c):
    h = "0123456789abcdef"
    return r.choice([f"{V.ra(r, 8, h)}-{V.ra(r, 4, h)}-4{V.ra(r, 3, h)}-{r.choice('89ab')}{V.ra(r, 3, h)}-{V.ra(r, 12, h)}",
                     f"req_{V.ra(r, 20)}", f"{V.ra(r, 16, h).upper()}", f"trace-{V.ra(r, 12, h)}"])


def neg_err(r, c):
    return r.choice([f"E{V.rd(r, 3)}", f"0x{V.ra(r, 8, '0123456789ABCDEF')}", "ERR_CONNECTION_REFUSED", f"error {r.choice(['500', '502', '403', '404', '401'])}",
                     f"F{V.rd(r, 4)}", f"code {V.rd(r, 3)}", f"PAY-{V.rd(r, 3)}", "DNS_PROBE_FINISHED_NXDOMAIN", f"S{V.rd(r, 4)}-{V.rd(r, 2)}",
                     f"LOS {r.randint(1, 9)}", f"ERR-{V.rd(r, 4)}"])


def neg_ver(r, c):
    return r.choice([f"v{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                     f"Android {r.randint(11, 15)}", f"{r.randint(5, 9)}.{r.randint(0, 99)}.{r.randint(100, 999)}", f"build {r.randint(2025, 2026)}.{V.rd(r, 2)}.{V.rd(r, 3)}",
                     f"FRITZ!OS {r.randint(7, 8)}.{r.randint(10, 60)}", f"versie {r.randint(3, 12)}.{r.randint(0, 9)}"])


def neg_model(r, c):
    return r.choice(c.g.models)


def neg_prod(r, c):
    return r.choice([f"SKU-{V.ra(r, 2, V.UP)}-{V.rd(r, 5)}", f"art.nr. {V.rd(r, 7)}", f"{V.ra(r, 3, V.UP)}{V.rd(r, 4)}-{V.ra(r, 2, V.UP)}",
                     f"P{V.rd(r, 6)}", f"{V.rd(r, 3)}.{V.rd(r, 3)}.{V.rd(r, 2)}"])


def neg_flight(r, c):
    return r.choice(["KL", "SN", "HV", "FR", "BA", "U2", "TB", "LH", "AF", "UA", "DL"]) + r.choice(["", " "]) + str(r.randint(12, 9899))


def neg_url(r, c):
    return r.choice(c.g.urls).replace("{d}", c.company[1])


def neg_mention(r, c):
    return "@" + c.company[2]


def neg_mention2(r, c):
    return "@" + c.other_company[2]


def neg_hashtag(r, c):
    return r.choice(c.g.hashtags)


def neg_masked(r, c):
    return r.choice([f"****{V.rd(r, 4)}", f"**** **** **** {V.rd(r, 4)}", f"NL** **** **** **{V.rd(r, 2)} {V.rd(r, 2)}", f"xxxx-xxxx-xxxx-{V.rd(r, 4)}",
                     f"BE** **** **** {V.rd(r, 4)}", f"06-****{V.rd(r, 4)}", f"{r.choice('jmsk')}***@{r.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}",
                     f"XXXXXX{V.rd(r, 4)}", f"•••• {V.rd(r, 4)}", f"+32 4** ** ** {V.rd(r, 2)}", f"ending in {V.rd(r, 4)}"])


def neg_meter(r, c):
    return r.choice([f"{r.randint(1000, 99999)} kWh", f"{V.rd(r, 6)}", f"{r.randint(100, 9999)},{r.randint(0, 999)} m3", f"{r.randint(100, 9999)} m³",
                     f"{r.randint(1000, 60000)} kWh"])


def neg_port(r, c):
    return str(r.choice([8080, 443, 25, 587, 993, 3389, 22, 8443, 5060, 1194, 465, 110]))


def neg_checksum(r, c):
    h = "0123456789abcdef"
    return r.choice([V.ra(r, 64, h), V.ra(r, 32, h), V.ra(r, 40, h)])


def neg_pct(r, c):
    v = r.choice([str(r.randint(1, 100)), f"{r.randint(1, 30)},{r.randint(1, 9)}", f"{r.randint(1, 30)}.{r.randint(1, 9)}"])
    return v + r.choice(["%", " %"])


def neg_qty(r, c):
    return r.choice([f"{r.randint(2, 12)} stuks", f"{r.randint(2, 40)} GB", f"{r.randint(1, 5)}x", f"{r.randint(50, 1000)} Mbit/s",
                     f"{r.randint(2, 20)} pakketten", f"{r.randint(2, 9)} items", f"{r.randint(2, 30)} kg", f"{r.randint(3, 14)} dagen"])


def neg_year(r, c):
    return str(r.randint(2015, 2026))


def neg_creg_line(r, c, region=None):
    cue, num = V.company_reg(r, region or c.region)
    b = B()
    b.lit(cue + r.choice([" ", ": "]) if not cue.endswith(".") else cue + " ")
    b.add(num, "neg", "company_registration")
    return b


def email_person(r, c):
    return c.person_email(c.first, c.last)


def email_agent(r, c):
    a, l = c.afirst.lower().replace("é", "e").replace("è", "e"), c.alast.lower().replace(" ", "").replace("'", "")
    return r.choice([f"{a}.{l}@{c.company[1]}", f"{a[0]}.{l}@{c.company[1]}", f"{a}.{l}@{c.other_company[1]}"])


def email_role(r, c):
    return r.choice(["klantenservice", "service", "noreply", "support", "no-reply", "info", "facturatie", "helpdesk", "serviceclient",
                     "customercare", "notifications"]) + "@" + r.choice([c.company[1], c.other_company[1]])


def email_colleague(r, c):
    return c.person_email(c.cfirst, c.clast, r.choice([None, c.other_company[1]]))


def span(label, fn):
    return ("span", label, fn)


def neg(label, fn):
    return ("neg", label, fn)


REG = {
    # spans
    "pw": span("password", lambda r, c: V.password(r)),
    "pin": span("pin", lambda r, c: V.pin(r)),
    "puk": span("puk", lambda r, c: V.puk(r)),
    "otp": span("otp", lambda r, c: V.otp(r, c.lang)),
    "wifi": span("wifi_key", lambda r, c: V.wifi_key(r)),
    "user": span("username", lambda r, c: V.username(r, c.first, c.last)),
    "apikey": span("api_key", lambda r, c: V.api_key(r)),
    "token": span("token", lambda r, c: V.token(r)),
    "card": span("card", lambda r, c: V.card(r)[0]),
    "cvv": span("cvv", lambda r, c: V.cvv(r)),
    "iban": span("iban", lambda r, c: V.iban(r, r.choice([{"NL": "NL", "BE": "BE", "UK": "GB", "US": None}[c.region], None]))),
    "bsn": span("bsn", lambda r, c: V.bsn(r)),
    "rrn": span("bsn", lambda r, c: V.rrn(r)),
    "email": span("email", email_person),
    "aemail": span("email", email_agent),
    "remail": span("email", email_role),
    "cemail": span("email", email_colleague),
    "phone": span("phone", lambda r, c: V.phone(r, c.region)),
    "aphone": span("phone", lambda r, c: V.phone(r, c.region)),
    "colphone": span("phone", lambda r, c: V.phone(r, c.region)),
    "tphone": span("phone", lambda r, c: V.phone(r, c.region)),
    "fphone": span("phone", lambda r, c: V.phone(r, r.choice(["NL", "BE", "UK", "US"]))),
    "addr": span("address", lambda r, c: c.g.address(c)),
    "dob": span("date_of_birth", lambda r, c: V.dob(r, c.lang)),
    "cust": span("customer_number", lambda r, c: V.customer_number(r)),
    "exp": span("card_expiry", lambda r, c: V.expiry(r)),
    "ip": span("ip_address", lambda r, c: V.ip(r)),
    # negatives
    "date": neg("date", lambda r, c: V.date(r, c.lang)),
    "time": neg("time", lambda r, c: V.time_(r, c.lang)),
    "amount": neg("amount", lambda r, c: V.amount(r, c.lang)),
    "qty": neg("quantity", neg_qty),
    "pct": neg("percentage", neg_pct),
    "year": neg("year", neg_year),
    "order": neg("order_number", neg_order),
    "ticket": neg("ticket_number", neg_ticket),
    "invoice": neg("invoice_number", neg_invoice),
    "track": neg("tracking_number", neg_track),
    "reqid": neg("request_id", neg_reqid),
    "err": neg("error_code", neg_err),
    "ver": neg("version_string", neg_ver),
    "model": neg("model_number", neg_model),
    "prod": neg("product_code", neg_prod),
    "flight": neg("flight_number", neg_flight),
    "cphone": neg("company_phone", lambda r, c: V.company_phone(r, c.region)),
    "url": neg("url", neg_url),
    "mention": neg("mention", neg_mention),
    "mention2": neg("mention", neg_mention2),
    "hashtag": neg("hashtag", neg_hashtag),
    "masked": neg("masked_value", neg_masked),
    "meter": neg("meter_reading", neg_meter),
    "port": neg("port", neg_port),
    "checksum": neg("checksum", neg_checksum),
    # composite / filler
    "creg": ("comp", None, neg_creg_line),
    "first": ("fill", None, lambda r, c: c.first),
    "name": ("fill", None, lambda r, c: f"{c.first} {c.last}"),
    "last": ("fill", None, lambda r, c: c.last),
    "agent": ("fill", None, lambda r, c: f"{c.afirst} {c.alast}"),
    "afirst": ("fill", None, lambda r, c: c.afirst),
    "colleague": ("fill", None, lambda r, c: f"{c.cfirst} {c.clast}"),
    "cfirst": ("fill", None, lambda r, c: c.cfirst),
    "company": ("fill", None, lambda r, c: c.company[0]),
    "ocompany": ("fill", None, lambda r, c: c.other_company[0]),
    "city": ("fill", None, lambda r, c: r.choice(c.g.cities[c.region]) if c.region != "US" else r.choice(c.g.cities["US"])[0]),
    "ssid": ("fill", None, lambda r, c: r.choice(c.g.ssids)),
    "domain": ("fill", None, lambda r, c: c.company[1]),
    "initials": ("fill", None, lambda r, c: c.afirst[0] + c.alast.split()[-1][0]),
}

PH = re.compile(r"\{([a-z0-9]+)(#\d+)?\}")


def expand(tpl, ctx, tid=None):
    """Expand a template string into a builder; repeated keys reuse their value."""
    b = B()
    r = ctx.rng
    pos = 0
    for m in PH.finditer(tpl):
        b.lit(typo(r, tpl[pos:m.start()], ctx.typo_p))
        pos = m.end()
        key = m.group(1) + (m.group(2) or "")
        if m.group(1) not in REG:
            raise SystemExit(f"unknown placeholder {m.group(0)} in template: {tpl!r}")
        cat, label, fn = REG[m.group(1)]
        if cat == "comp":
            if key not in ctx.cache:
                ctx.cache[key] = fn(r, ctx)
            b.extend(ctx.cache[key])
            continue
        if key not in ctx.cache:
            ctx.cache[key] = fn(r, ctx)
        val = ctx.cache[key]
        if cat == "fill":
            b.lit(val)
        else:
            b.add(val, cat, label)
            if cat == "span" and tid is not None:
                ctx.g.used[label].add(tid)
    b.lit(typo(r, tpl[pos:], ctx.typo_p))
    return b


# --------------------------------------------------------------------------- message assembly
def pick(ctx, grp, lang=None):
    lang = lang or ctx.lang
    lst = ctx.g.T[lang][grp]
    i = ctx.rng.randrange(len(lst))
    return lst[i], f"{lang}/{grp}/{ctx.g.half}/{i}"


def ex(ctx, grp, lang=None):
    tpl, tid = pick(ctx, grp, lang)
    return expand(tpl, ctx, tid)


def other_lang(ctx):
    return ctx.rng.choice([l for l in LANGS if l != ctx.lang])


def sub_ctx(ctx, lang):
    """Context for a quoted part in another language, sharing the value cache."""
    c2 = Ctx(ctx.g, lang)
    c2.cache = ctx.cache
    c2.company, c2.other_company = ctx.company, ctx.other_company
    c2.first, c2.last, c2.afirst, c2.alast, c2.cfirst, c2.clast = ctx.first, ctx.last, ctx.afirst, ctx.alast, ctx.cfirst, ctx.clast
    return c2


def customer_mail_part(ctx, behalf=False):
    b = B()
    b.extend(ex(ctx, "greet"))
    b.lit("\n\n")
    b.extend(ex(ctx, "behalf" if behalf else "body"))
    if ctx.rng.random() < 0.45:
        b.lit("\n\n")
        b.extend(ex(ctx, "body"))
    b.lit("\n\n")
    b.extend(ex(ctx, "close"))
    b.lit("\n")
    b.extend(ex(ctx, "csig"))
    return b


def agent_mail_part(ctx):
    b = B()
    b.extend(ex(ctx, "agentbody"))
    b.lit("\n\n")
    b.extend(ex(ctx, "asig"))
    if ctx.rng.random() < 0.6:
        b.lit("\n\n")
        b.extend(ex(ctx, "disc"))
    return b


def build_email(ctx):
    r = ctx.rng
    kind = r.choices(["reply_chain", "forward", "ooo", "notif", "behalf", "agent_chain", "plain"], [5, 4, 2, 2, 2, 3, 2])[0]
    b = B()
    if kind == "ooo":
        b.extend(ex(ctx, "ooo"))
        if r.random() < 0.5:
            b.lit("\n\n")
            b.extend(ex(ctx, "quotehdr"))
            b.lit("\n")
            b.quoted(customer_mail_part(ctx))
        return b, "email"
    if kind == "notif":
        b.extend(ex(ctx, "notif"))
        return b, "email"
    if kind == "plain":
        return customer_mail_part(ctx), "email"
    if kind == "behalf":
        b.extend(customer_mail_part(ctx, behalf=True))
        if r.random() < 0.5:
            b.lit("\n\n")
            b.extend(ex(ctx, "quotehdr"))
            b.lit("\n")
            b.quoted(agent_mail_part(ctx))
        return b, "email"
    if kind == "forward":
        b.extend(ex(ctx, "fwdintro"))
        b.lit("\n\n")
        b.extend(ex(ctx, "fwdhdr"))
        b.lit("\n\n")
        qlang = ctx.lang if r.random() < 0.6 else other_lang(ctx)
        c2 = sub_ctx(ctx, qlang)
        b.extend(ex(c2, "third"))
        b.lit("\n\n")
        b.extend(ex(c2, "asig"))
        if r.random() < 0.5:
            b.lit("\n\n")
            b.extend(ex(c2, "disc"))
        return b, "email"
    if kind == "agent_chain":
        b.extend(agent_mail_part(ctx))
        b.lit("\n\n")
        b.extend(ex(ctx, "quotehdr"))
        b.lit("\n")
        b.quoted(customer_mail_part(ctx))
        return b, "agent_reply" if r.random() < 0.5 else "email"
    # reply_chain: customer replies above quoted agent reply, which quotes the original customer mail
    b.extend(customer_mail_part(ctx))
    b.lit("\n\n")
    qlang = ctx.lang if r.random() < 0.7 else other_lang(ctx)
    c2 = sub_ctx(ctx, qlang)
    b.extend(ex(c2, "quotehdr"))
    b.lit("\n")
    inner = agent_mail_part(c2)
    if r.random() < 0.5:
        inner.lit("\n\n")
        inner.extend(ex(c2, "quotehdr"))
        inner.lit("\n")
        inner.quoted(ex(c2, "body"))
    b.quoted(inner)
    return b, "email"


def build_message(g):
    r = g.rng
    lang = r.choices(LANGS, LANG_W)[0]
    ctx = Ctx(g, lang)
    kind = r.choices(["email", "agent", "handover", "chat", "public"], [44, 10, 7, 27, 12])[0]
    if kind == "email":
        b, channel = build_email(ctx)
    elif kind == "agent":
        b = ex(ctx, "agent")
        channel = "agent_reply"
    elif kind == "handover":
        b = ex(ctx, "handover")
        channel = "agent_reply"
    elif kind == "chat":
        b = ex(ctx, "chat")
        channel = r.choice(CHAT)
    else:
        b = ex(ctx, "public")
        channel = r.choice(sorted(PUBLIC))
    text, spans, negs = b.render()
    return {"channel": channel, "lang": lang, "visibility": "public" if channel in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs}


# --------------------------------------------------------------------------- checks
def check(msg):
    t = msg["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in msg["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in msg["negatives"]]
    for st, en, cat, lab in items:
        assert 0 <= st < en <= len(t), (msg["id"], st, en)
        v = t[st:en]
        assert v == v.strip() and v.strip(string.punctuation.replace("#", "").replace("*", "").replace("@", "")) != "", (msg["id"], lab, v)
        if cat == "span":
            if lab == "card":
                assert V.luhn_ok(v), (msg["id"], v)
            if lab == "iban":
                assert V.iban_ok(v), (msg["id"], v)
            if lab == "bsn":
                assert V.bsn_ok(v) or V.rrn_ok(v), (msg["id"], v)
    items.sort()
    for a, b2 in zip(items, items[1:]):
        assert a[1] <= b2[0], (msg["id"], "overlap", a, b2, t[a[0]:a[1]], t[b2[0]:b2[1]])
    if msg["channel"] in PUBLIC:
        assert msg["visibility"] == "public"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261242)
    ap.add_argument("--n", type=int, default=950)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        g = Gen(a.seed, half)
        msgs = []
        seen = set()
        while len(msgs) < a.n:
            m = build_message(g)
            if m["text"] in seen:
                continue
            seen.add(m["text"])
            m = {"id": f"{PREFIX}-{name}-{len(msgs):05d}", **m}
            check(m)
            msgs.append(m)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[name] = (msgs, g.used)
    import readme
    readme.write(a.seed, stats)
    print({k: len(v[0]) for k, v in stats.items()})


if __name__ == "__main__":
    main()
