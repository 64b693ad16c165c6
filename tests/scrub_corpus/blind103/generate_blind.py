#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind103). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261301
"""
import argparse
import collections
import json
import random
import re
import sys

import pools as P
import values as V
from templates_en import EXTRA, T as T_EN
from templates_fr import T as T_FR
from templates_nl import T as T_NL
from wrappers import W

PREFIX = "b103"
N_PER_HALF = 950
FAM = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 29), ("agent_reply", 13), ("whatsapp", 10), ("messenger", 8), ("x_dm", 7), ("x_public", 8),
            ("facebook_comment", 7), ("instagram_comment", 5), ("instagram_dm", 5), ("telegram", 8)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
DOMAINS = ["child", "health", "water", "post", "repair"]

SPAN_SLOTS = {"pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key", "user": "username",
              "apikey": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn", "cbsn": "bsn",
              "email": "email", "phone": "phone", "addr": "address", "dob": "date_of_birth", "cdob": "date_of_birth",
              "cust": "customer_number", "nhs": "customer_number", "exp": "card_expiry", "ip": "ip_address"}
NEG_SLOTS = {"date": "date", "short_date": "date", "time": "time", "amount": "amount", "qty": "quantity", "pct": "percentage",
             "year": "year", "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number",
             "track": "tracking_number", "reqid": "request_id", "err": "error_code", "ver": "version_string",
             "model": "model_number", "prod": "product_code", "flight": "flight_number", "cphone": "company_phone",
             "kvk": "company_registration", "vat": "company_registration", "url": "url", "mention": "mention",
             "tag": "hashtag", "masked": "masked_value", "meter": "meter_reading", "port": "port", "checksum": "checksum"}
FILL_SLOTS = {"name", "fname", "lname", "child", "city", "brand", "agent", "ssid", "plate", "street", "ini"}
LOC = {
    "bsn": {"nl": "BSN", "nl-be": "rijksregisternummer", "fr-be": "numéro national", "en-gb": "NI number", "en-us": "SSN"},
    "kvkcue": {"nl": "KvK", "nl-be": "Ondernemingsnummer", "fr-be": "N° d'entreprise", "en-gb": "Company No.", "en-us": "EIN"},
}
SLOT_RE = re.compile(r"\{(@?[a-z_]+?)(\d*)\}")


def deal(lst, half):
    out = lst[half::2]
    assert out, "pool too small to deal: %r" % (lst,)
    return out


# ------------------------------------------------------------------ template registry
def build_groups():
    g = collections.defaultdict(list)
    for src in (T_NL, T_FR, T_EN):
        for k, v in src.items():
            g[k].extend(v)
    # extras form their own groups (dealt on their own)
    extra = {}
    for k, v in EXTRA.items():
        extra[k + ("x",)] = v
    return g, extra


class Ctx:
    def __init__(self, rng, half, lang, domain, channel):
        self.rng, self.half, self.lang, self.fam, self.domain, self.channel = rng, half, lang, FAM[lang], domain, channel
        self.mem = {}
        pl = "nl" if lang in ("nl", "nl-be") else self.fam
        self.first = rng.choice(deal(P.FIRST[self.fam], half))
        self.last = rng.choice(deal(P.LAST[self.fam if self.fam != "nl" else "nl"], half))
        self.pl = pl

    def pick(self, lst):
        return self.rng.choice(deal(lst, self.half))


def iban_country(ctx):
    r = ctx.rng.random()
    if ctx.lang == "nl":
        return "NL" if r < .9 else "DE"
    if ctx.lang in ("nl-be", "fr-be"):
        return "BE" if r < .85 else ("LU" if r < .93 else ("FR" if ctx.lang == "fr-be" else "NL"))
    return "GB" if r < .85 else "DE"


def cust_value(ctx):
    rng, d = ctx.rng, lambda n: V.digits(ctx.rng, n, True)
    dom, lang = ctx.domain, ctx.lang
    if dom == "child":
        return rng.choice([d(7), "C%s" % d(6), "%s-%s" % (d(4), d(4)), "PL%s" % d(6), d(8)])
    if dom == "health":
        if lang == "en-us":
            return rng.choice([d(8), "M%s" % d(7), "XEH%s" % d(9), "W%s" % d(8)])
        if lang == "en-gb":
            return rng.choice(["RX%s" % d(6), d(7), V.nhs(rng)])
        return rng.choice([d(7), "P%s" % d(8), d(9), "%s.%s" % (d(3), d(6))])
    if dom == "water":
        if lang == "nl":
            return rng.choice([d(9), d(10), "8716" + V.digits(rng, 14), "KL%s" % d(8)])
        if lang in ("nl-be", "fr-be"):
            return rng.choice([d(9), "5414" + V.digits(rng, 14), "%s/%s" % (d(3), d(6)), "%s-%s-%s" % (d(2), d(4), d(4))])
        if lang == "en-gb":
            return rng.choice(["%s %s %s" % (d(4), d(4), d(2)), d(10), "%s-%s" % (d(6), d(4))])
        return rng.choice(["%s-%s" % (d(6), d(6)), d(12), "%s-%s" % (d(7), d(3))])
    if dom == "post":
        return rng.choice([d(8), d(10), "%s%s" % (rng.choice(["CN", "KL", "B"]), d(7))])
    return rng.choice(["K%s" % d(5), d(6), "CUST-%s" % d(6)])


def tracking(rng, lang):
    d = lambda n: V.digits(rng, n)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if lang == "nl":
        return rng.choice(["3S%s%s" % (V.rnd(rng, L, 4), d(7)), "JVGL%s" % d(16), "CD%s%sNL" % (d(3), d(6)), "0%s" % d(13), "3SABCD%s" % d(9)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["3232%s" % d(20), "CD%sBE" % d(9), "JJD%s" % d(18), "%s" % d(14), "CE%sBE" % d(9)])
    if lang == "en-gb":
        return rng.choice(["%s%sGB" % (V.rnd(rng, L, 2), d(9)), "H%s%s" % (d(2), V.rnd(rng, L + "0123456789", 13)), "1Z%s%s" % (V.rnd(rng, L + "0123456789", 6), d(10))])
    return rng.choice(["9400 %s %s %s %s %s" % (d(4), d(4), d(4), d(4), d(2)), "1Z%s%s" % (V.rnd(rng, L + "0123456789", 6), d(10)), "%s" % d(12), "9205%s" % d(18)])


def neg_value(ctx, kind):
    rng, lang, fam = ctx.rng, ctx.lang, ctx.fam
    d = lambda n: V.digits(rng, n, True)
    if kind == "date":
        return V.a_date(rng, fam, lang, 2024, 2026)
    if kind == "short_date":
        return V.short_date(rng, fam, lang)
    if kind == "time":
        return V.a_time(rng, fam, lang)
    if kind == "amount":
        return V.amount(rng, lang)
    if kind == "qty":
        u = {"nl": ["%d dagen", "%d weken", "%d stuks", "%d uur", "%d minuten", "%d pakketten", "%d m³", "%d dagdelen"],
             "fr": ["%d jours", "%d semaines", "%d heures", "%d minutes", "%d colis", "%d m³", "%d demi-journées"],
             "en": ["%d days", "%d weeks", "%d hours", "%d minutes", "%d parcels", "%d cubic metres", "%d sessions", "%d months"]}[fam]
        return rng.choice(u) % rng.randint(2, 48)
    if kind == "pct":
        return rng.choice(["%d%%", "%d %%", "%d,5%%" if fam != "en" else "%d.5%%"]) % rng.randint(3, 40)
    if kind == "year":
        return str(rng.randint(2019, 2025))
    if kind == "order":
        return rng.choice(["#%s" % d(6), "ORD-%s" % d(7), d(9), "%s-%s" % (d(3), d(7)), "WEB%s" % d(6), "112-%s-%s" % (d(7), d(7))])
    if kind == "ticket":
        return rng.choice(["#%s" % d(7), "CAS-%s-%s" % (d(5), V.rnd(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6)), "%d-%s" % (rng.randint(2024, 2026), d(6)),
                           "INC%s" % d(7), "SR-%s" % d(6), "R%s" % d(5), "RMA-%s" % d(5)])
    if kind == "invoice":
        return rng.choice(["F%d-%s" % (rng.randint(2024, 2026), d(5)), "INV-%s" % d(6), d(10), "%d/%s" % (rng.randint(2024, 2026), d(5)), "FA%s" % d(8)])
    if kind == "track":
        return tracking(rng, lang)
    if kind == "reqid":
        h = V.rnd(rng, V.HEX, 32)
        return rng.choice(["%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[12:15], h[15:18], h[18:30]), "req_%s" % h[:20], h[:16].upper()])
    if kind == "err":
        return rng.choice(["E-%s" % d(3), "0x8007%s" % V.rnd(rng, "0123456789ABCDEF", 4), "ERR_CONNECTION_REFUSED", "error %d" % rng.choice([401, 403, 500, 502, 503]),
                           "code %s" % d(4), "AUTH_%s" % d(3), "E%s" % d(2), "HTTP 429"])
    if kind == "ver":
        return rng.choice(["iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)), "Android %d" % rng.randint(11, 15),
                           "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9)), "%d.%d.%d" % (rng.randint(2, 12), rng.randint(0, 40), rng.randint(0, 99)),
                           "build %d.%d (%s)" % (rng.randint(1, 9), rng.randint(0, 9), d(4))])
    if kind == "model":
        cat = "phone" if ctx.domain != "repair" or rng.random() < .6 else rng.choice(["laptop", "other"])
        return rng.choice(deal(P.MODEL[cat], ctx.half))
    if kind == "prod":
        return rng.choice(["661-%s" % d(5), "GH82-%s%s" % (d(5), rng.choice("ABC")), "ART-%s" % d(5), "SKU %s-%s" % (d(4), d(2)), "BAT-%s" % V.rnd(rng, "ABCDEFGHJK0123456789", 6)])
    if kind == "flight":
        return rng.choice(["KL%s" % d(4), "SN %s" % d(4), "BA%s" % d(3), "FR %s" % d(4), "UA %s" % d(3)])
    if kind == "cphone":
        return V.company_phone(rng, lang)
    if kind == "kvk":
        if lang == "nl":
            return d(8)
        if lang in ("nl-be", "fr-be"):
            return rng.choice(["0%s.%s.%s" % (d(3), d(3), d(3)), "BE 0%s.%s.%s" % (d(3), d(3), d(3)), "0%s%s%s" % (d(3), d(3), d(3))])
        if lang == "en-gb":
            return "0%s" % d(7)
        return "%s-%s" % (d(2), d(7))
    if kind == "vat":
        if lang == "nl":
            return "NL%sB01" % d(9)
        return "BE 0%s.%s.%s" % (d(3), d(3), d(3))
    if kind == "url":
        return rng.choice(deal(P.URL[(lang, ctx.domain)], ctx.half))
    if kind == "mention":
        return rng.choice(deal(P.MENTION[(lang, ctx.domain)], ctx.half))
    if kind == "tag":
        return rng.choice(deal(P.TAGS[lang], ctx.half))
    if kind == "masked":
        tail = V.digits(rng, 4)
        return rng.choice(["****%s" % tail, "**** **** **** %s" % tail, "XXXX-XXXX-XXXX-%s" % tail, "NL** **** **** **%s %s" % (tail[:2], tail[2:]),
                           "BE** **** **** %s" % tail, "+31 6 ** ** %s %s" % (tail[:2], tail[2:]), "06-****%s" % tail, "•••• %s" % tail,
                           "ending %s" % tail if ctx.fam == "en" else "***%s" % tail, "%s***@%s" % (ctx.first[0].lower(), rng.choice(["gmail.com", "hotmail.com"]))])
    if kind == "meter":
        return rng.choice(["%05d" % rng.randint(50, 9999), "%d,%03d" % (rng.randint(100, 3000), rng.randint(0, 999)), "%d m³" % rng.randint(100, 3000),
                           "%d.%d" % (rng.randint(100, 9000), rng.randint(0, 9)), "%06d" % rng.randint(1000, 99999)])
    if kind == "port":
        return rng.choice(["8080", "443", "3389", "5938", "22", "8443", "5900"])
    if kind == "checksum":
        return rng.choice([V.rnd(rng, V.HEX, 64), V.rnd(rng, V.HEX, 32), V.rnd(rng, V.HEX, 40)])
    raise KeyError(kind)


def span_value(ctx, kind):
    rng, lang = ctx.rng, ctx.lang
    if kind == "pw":
        return V.password(rng)
    if kind == "pin":
        return V.pin(rng)
    if kind == "puk":
        return V.puk(rng)
    if kind == "otp":
        return V.otp(rng) if rng.random() < .9 else V.otp_words(rng, ctx.fam)
    if kind == "otpw":
        return V.otp_words(rng, ctx.fam)
    if kind == "wifi":
        return V.wifi_key(rng)
    if kind == "user":
        return V.username(rng, ctx.first, ctx.last)
    if kind == "apikey":
        return V.api_key(rng)
    if kind == "token":
        return V.token(rng)
    if kind == "card":
        return V.card(rng)
    if kind == "cvv":
        return V.cvv(rng)
    if kind == "exp":
        return V.expiry(rng)
    if kind == "iban":
        return V.iban(rng, iban_country(ctx))
    if kind in ("bsn", "cbsn"):
        if lang == "nl":
            return V.bsn(rng)
        return V.rrn(rng, child=(kind == "cbsn"))
    if kind == "email":
        return V.email(rng, ctx.first, ctx.last, lang)
    if kind == "phone":
        return V.phone(rng, lang)
    if kind == "addr":
        return V.address(rng, lang, ctx.pick(P.STREET[lang]), ctx.pick(P.CITY[lang]))
    if kind == "dob":
        return V.a_date(rng, ctx.fam, lang, 1938, 2004)
    if kind == "cdob":
        return V.a_date(rng, ctx.fam, lang, 2020, 2025)
    if kind == "cust":
        return cust_value(ctx)
    if kind == "nhs":
        return V.nhs(rng) if lang == "en-gb" else cust_value(ctx)
    if kind == "ip":
        return V.ip(rng)
    raise KeyError(kind)


def fill_value(ctx, kind, idx):
    rng = ctx.rng
    if kind == "name":
        if idx:
            f2, l2 = ctx.mem.get(("_p", idx)) or (ctx.pick(P.FIRST[ctx.fam]), ctx.pick(P.LAST[ctx.fam]))
            ctx.mem[("_p", idx)] = (f2, l2)
            return "%s %s" % (f2, l2)
        return "%s %s" % (ctx.first, ctx.last)
    if kind == "fname":
        return ctx.first
    if kind == "lname":
        return ctx.last
    if kind == "child":
        return ctx.pick(P.CHILD[ctx.fam])
    if kind == "city":
        return ctx.pick(P.CITY[ctx.lang])
    if kind == "street":
        return ctx.pick(P.STREET[ctx.lang])
    if kind == "brand":
        return ctx.pick(P.BRAND[(ctx.lang, ctx.domain)])
    if kind == "agent":
        return ctx.pick(P.AGENT[ctx.lang])
    if kind == "ini":
        return ctx.pick(P.INITIALS)
    if kind == "ssid":
        return ctx.pick(P.SSID)
    if kind == "plate":
        return ctx.pick(P.PLATE)
    raise KeyError(kind)


# ------------------------------------------------------------------ rendering
def render(tpl, ctx, tid, prefix=""):
    """Return a token list [text, cls, label, tid]. cls in lit/span/neg/fill."""
    toks = []
    if prefix:
        toks.append([prefix, "lit", None, tid])
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            toks.append([tpl[pos:m.start()], "lit", None, tid])
        pos = m.end()
        kind, idx = m.group(1), m.group(2)
        key = (kind, idx)
        if kind.startswith("@"):
            toks.append([LOC[kind[1:]][ctx.lang], "lit", None, tid])
            continue
        if kind == "email" and idx:
            # second person's e-mail (forward headers), consistent with {name2}
            if key not in ctx.mem:
                f2, l2 = ctx.mem.get(("_p", idx)) or (ctx.pick(P.FIRST[ctx.fam]), ctx.pick(P.LAST[ctx.fam]))
                ctx.mem[("_p", idx)] = (f2, l2)
                ctx.mem[key] = V.email(ctx.rng, f2, l2, ctx.lang)
            toks.append([ctx.mem[key], "span", "email", tid])
            continue
        if kind in SPAN_SLOTS:
            if key not in ctx.mem:
                ctx.mem[key] = span_value(ctx, kind)
            toks.append([ctx.mem[key], "span", SPAN_SLOTS[kind], tid])
        elif kind in NEG_SLOTS:
            if key not in ctx.mem:
                ctx.mem[key] = neg_value(ctx, kind)
            toks.append([ctx.mem[key], "neg", NEG_SLOTS[kind], tid])
        elif kind in FILL_SLOTS:
            if key not in ctx.mem:
                ctx.mem[key] = fill_value(ctx, kind, idx)
            toks.append([ctx.mem[key], "fill", None, tid])
        else:
            raise KeyError("unknown slot %r in %r" % (kind, tid))
    if pos < len(tpl):
        toks.append([tpl[pos:], "lit", None, tid])
    for t in toks:
        if t[1] == "lit":
            t[0] = t[0].replace("[[", "{").replace("]]", "}")
    if prefix:
        for t in toks:
            if t[1] == "lit":
                t[0] = t[0].replace("\n", "\n" + prefix)
    return toks


WORD_RE = re.compile(r"(?<![\w{\[<_@#/.])([A-Za-zÀ-ÿ]{4,})(?![\w}\]>_])")


def typo(word, rng):
    i = rng.randint(1, len(word) - 2)
    op = rng.random()
    if op < .35:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op < .6:
        return word[:i] + word[i + 1:]
    if op < .8:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiountsrl") + word[i + 1:]


def add_typos(toks, rng, n):
    lits = [t for t in toks if t[1] == "lit" and WORD_RE.search(t[0])]
    for _ in range(n):
        if not lits:
            return
        t = rng.choice(lits)
        ms = list(WORD_RE.finditer(t[0]))
        if not ms:
            continue
        m = rng.choice(ms)
        t[0] = t[0][:m.start()] + typo(m.group(1), rng) + t[0][m.end():]


def assemble(toks):
    text, spans, negs, tids = "", [], [], []
    for s, cls, label, tid in toks:
        st = len(text)
        text += s
        if cls == "span":
            spans.append({"type": label, "start": st, "end": len(text)})
            tids.append((label, tid))
        elif cls == "neg":
            negs.append({"kind": label, "start": st, "end": len(text)})
    return text, spans, negs, tids


# ------------------------------------------------------------------ message composition
class Half:
    def __init__(self, half, groups, extra):
        self.half = half
        self.tpl = {}
        for k, v in list(groups.items()) + list(extra.items()):
            dealt = [(tuple(k) + (i,), t) for i, t in enumerate(v) if i % 2 == half]
            assert dealt, k
            self.tpl[k] = dealt
        self.wrap = {}
        for k, v in W.items():
            self.wrap[k] = [(("W",) + k + (i,), t) for i, t in enumerate(v) if i % 2 == half]
            assert self.wrap[k], k


def lang_ok(ctx, t):
    if "NHS" in t and ctx.lang != "en-gb":
        return False
    if ("{iban" in t or "Direct Debit" in t) and ctx.lang == "en-us":
        return False
    return True


def choose(ctx, cands):
    cands = [c for c in cands if lang_ok(ctx, c[1])]
    return ctx.rng.choice(cands)


def body_candidates(H, ctx, style):
    fam, dom = ctx.fam, ctx.domain
    c = list(H.tpl.get((fam, dom, style), []))
    if style == "dm":
        c += H.tpl.get((fam, dom, "dm", "x"), [])
        if ctx.rng.random() < .12:
            c = list(H.tpl[(fam, dom, "dm", "bal", "x")])
    if style == "agent":
        c += H.tpl[(fam, "gen", "agent")]
    return c


def wr(H, ctx, key):
    return choose(ctx, H.wrap[(ctx.fam, key)])


def compose(H, ctx):
    rng, ch = ctx.rng, ctx.channel
    toks = []
    if ch in PUBLIC:
        tid, t = choose(ctx, body_candidates(H, ctx, "pub"))
        toks = render(t, ctx, tid)
        if ch != "x_public" and rng.random() < .3:
            toks = [[t0, c, l, i] for t0, c, l, i in toks]
            if toks and toks[0][1] == "neg" and toks[0][2] == "mention":
                toks = toks[1:]
                toks[0][0] = toks[0][0].lstrip()
    elif ch == "agent_reply":
        tid, t = choose(ctx, body_candidates(H, ctx, "agent"))
        toks = render(t, ctx, tid)
        if rng.random() < .3:
            qtid, q = wr(H, ctx, "agentq")
            toks += render(q, ctx, qtid)
            btid, b = choose(ctx, body_candidates(H, ctx, "dm"))
            toks += render(b, ctx, btid, prefix="> ")
    elif ch == "email":
        parts = []
        if rng.random() < .35:
            stid, s = wr(H, ctx, "subj")
            parts.append(render(s, ctx, stid) + [["\n\n", "lit", None, stid]])
        if rng.random() < .12:
            ftid, f = wr(H, ctx, "fwd")
            parts.append(render(f, ctx, ftid) + [["\n\n", "lit", None, ftid]])
        gtid, g = wr(H, ctx, "greet")
        parts.append(render(g, ctx, gtid) + [["\n\n", "lit", None, gtid]])
        style = "mail" if rng.random() < .7 else "dm"
        btid, b = choose(ctx, body_candidates(H, ctx, style))
        parts.append(render(b, ctx, btid))
        if rng.random() < .4:
            b2tid, b2 = choose(ctx, [c for c in body_candidates(H, ctx, "dm") if c[0] != btid])
            parts.append([["\n\n", "lit", None, b2tid]] + render(b2, ctx, b2tid))
        otid, o = wr(H, ctx, "signoff")
        parts.append([["\n\n", "lit", None, otid]] + render(o, ctx, otid) + [["\n", "lit", None, otid]])
        sgtid, sg = wr(H, ctx, "sig")
        parts.append(render(sg, ctx, sgtid))
        if rng.random() < .35:
            dtid, dd = wr(H, ctx, "disc")
            parts.append([["\n\n", "lit", None, dtid]] + render(dd, ctx, dtid))
        if rng.random() < .65:
            qtid, q = wr(H, ctx, "qhead")
            parts.append([["\n\n", "lit", None, qtid]] + render(q, ctx, qtid) + [["\n", "lit", None, qtid]])
            atid, a = choose(ctx, body_candidates(H, ctx, "agent"))
            parts.append(render(a, ctx, atid, prefix="> "))
            if rng.random() < .5:
                q2tid, q2 = wr(H, ctx, "agentq")
                parts.append([["\n>\n", "lit", None, q2tid]] + render(q2.strip(), ctx, q2tid, prefix="> ") + [["\n", "lit", None, q2tid]])
                ctid, cb = choose(ctx, body_candidates(H, ctx, "dm"))
                parts.append(render(cb, ctx, ctid, prefix="> > "))
        for p in parts:
            toks += p
    else:
        if ch == "whatsapp" and rng.random() < .3:
            wtid, w = wr(H, ctx, "wa")
            toks += render(w, ctx, wtid)
        tid, t = choose(ctx, body_candidates(H, ctx, "dm"))
        toks += render(t, ctx, tid)
        if rng.random() < .15:
            ftid, f = wr(H, ctx, "follow")
            toks += render(f, ctx, ftid)
    # casual lower-casing of the first literal in chats
    if ch not in ("email", "agent_reply") and toks and toks[0][1] == "lit" and rng.random() < .2:
        toks[0][0] = toks[0][0][:1].lower() + toks[0][0][1:]
    if rng.random() < .35:
        add_typos(toks, rng, rng.choice([1, 1, 2]))
    return toks


def weighted(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


def generate_half(seed, half, groups, extra):
    rng = random.Random(seed * 2 + half)
    H = Half(half, groups, extra)
    name = ["dev", "heldout"][half]
    out, tidmap = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        lang = weighted(rng, LANGS)
        ch = weighted(rng, CHANNELS)
        dom = rng.choice(DOMAINS)
        ctx = Ctx(rng, half, lang, dom, ch)
        toks = compose(H, ctx)
        text, spans, negs, tids = assemble(toks)
        for lab, tid in tids:
            if "bal" in tid:  # shared balance group: count each template once, not per domain
                tid = (tid[0], "bal", tid[-1])
            tidmap[lab].add(tid)
        out.append({"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": ch, "lang": lang,
                    "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs})
    return out, tidmap


# ------------------------------------------------------------------ self-check
def check(msgs):
    for m in msgs:
        t = m["text"]
        items = [("s", s["start"], s["end"], s["type"]) for s in m["spans"]] + [("n", n["start"], n["end"], n["kind"]) for n in m["negatives"]]
        for c, a, b, lab in items:
            if not (0 <= a < b <= len(t)):
                raise SystemExit("range error %s %r" % (m["id"], (a, b, lab)))
            v = t[a:b]
            if v != v.strip():
                raise SystemExit("whitespace around value %s %r" % (m["id"], v))
            if c == "s":
                if lab == "card" and not V.luhn_ok(v):
                    raise SystemExit("luhn %s %r" % (m["id"], v))
                if lab == "iban" and not V.iban_ok(v):
                    raise SystemExit("iban %s %r" % (m["id"], v))
                if lab == "bsn":
                    dg = re.sub(r"\D", "", v)
                    ok = V.bsn_ok(dg) if len(dg) == 9 else V.rrn_ok(dg)
                    if not ok:
                        raise SystemExit("bsn/rrn %s %r" % (m["id"], v))
        spans = sorted((a, b) for c, a, b, _ in items if c == "s")
        allr = sorted((a, b, c) for c, a, b, _ in items)
        for (a1, b1, c1), (a2, b2, c2) in zip(allr, allr[1:]):
            if a2 < b1:
                raise SystemExit("overlap %s %r %r" % (m["id"], (a1, b1, c1), (a2, b2, c2)))
        assert m["visibility"] == ("public" if m["channel"] in PUBLIC else "private")
        del spans


# ------------------------------------------------------------------ README
def table(title, counter, extra=None):
    lines = ["", "### " + title, "", "| key | dev | heldout |" + (" templates dev | templates heldout |" if extra else ""),
             "|---|---|---|" + ("---|---|" if extra else "")]
    keys = sorted(set(counter[0]) | set(counter[1]))
    for k in keys:
        row = "| %s | %d | %d |" % (k, counter[0][k], counter[1][k])
        if extra:
            row += " %d | %d |" % (len(extra[0].get(k, ())), len(extra[1].get(k, ())))
        lines.append(row)
    return "\n".join(lines)


def readme(seed, halves, tidmaps):
    c = lambda f: [collections.Counter(x for m in h for x in f(m)) for h in halves]
    spans = c(lambda m: [s["type"] for s in m["spans"]])
    negs = c(lambda m: [n["kind"] for n in m["negatives"]])
    chans = c(lambda m: [m["channel"]])
    langs = c(lambda m: [m["lang"]])
    txt = """# Blind scrub corpus blind103

Written blind: the author did not open, list or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`,
`infra/`, any other corpus directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and did not read git
history. Values and phrasings come from public knowledge of how customers and agents write.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Childcare and nurseries (parent portals, door/keybox codes, child DOB + BSN/rijksregisternummer, fees), hospitals and GP
practices (patient numbers, NHS numbers, portal logins with SMS codes, DOB), water utilities (meter readings as negatives,
customer/connection numbers, direct debit IBANs, gate codes), post and parcel lockers (locker collection codes, tracking
numbers as negatives, shop API keys), electronics repair shops (device passcodes, SIM PIN/PUK, Apple ID passwords, Wi-Fi keys,
IP addresses, checksums as negatives). Dutch, Flemish, Belgian French, UK and US customers; all ten channels; e-mails
with subject lines, greetings, signatures, disclaimers, forwarded headers and quoted agent replies; agent replies that
repeat customer values.

## Generation

```
python3 generate_blind.py --seed %d
```

Python 3.11 standard library only. Modules: `values.py` (value generators and checksums), `pools.py` (filler pools),
`templates_nl.py`, `templates_fr.py`, `templates_en.py` (body templates per language family, domain and style),
`wrappers.py` (e-mail/chat wrappers).

## Split rule

Templates are written in groups keyed by (language family, domain, style); wrappers in groups keyed by (family, part).
Inside every group, even-indexed members go to dev and odd-indexed ones to heldout, so no template, greeting,
signature, disclaimer, quote header or subject line is shared between halves. Every filler pool (first/last names,
child names, streets, cities, brands, agents, initials, mentions, hashtags, URLs, SSIDs, device models) is dealt the
same way. Half h uses `random.Random(seed * 2 + h)`. Typos (swap/drop/double/replace a letter) are injected only into
literal template text, never into values, slots or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in agent replies and
  `> ` quoted history.
- Parcel-locker collection codes and portal SMS/e-mail codes are `otp` (single use); door, gate, keybox, letterbox
  padlock, device passcodes and SIM PINs are `pin`; a locker PIN chosen by the customer is `pin`.
- OTPs are occasionally dictated as words ("vier acht een ..."), the whole word sequence is one span.
- NHS numbers (valid mod-11), hospital/patient numbers, MRNs, insurer member/policy numbers, mutualité affiliation
  numbers, water connection EAN codes (871.../541...) and childcare contract numbers are `customer_number`.
- Belgian national register numbers (also of children, born 2000+ check variant) are `bsn`.
- A personal e-mail used as Apple ID login is labelled `email`, not `username`.
- Wi-Fi SSIDs, personal names, child names, cities alone, street names without a number, agent names/initials and macro
  placeholders (`{voornaam}`, `{first_name}`, `<klantnummer>`, `<account number>`) are not labelled.
- Organisation service numbers are `company_phone` negatives; KvK / ondernemingsnummer / company number / EIN / VAT
  numbers are `company_registration` negatives (value only, cue word outside).
- Meter readings (with unit when written), parcel tracking numbers (including long all-digit ones), order, ticket,
  invoice numbers, request ids (UUID), error codes, firmware checksums (32/40/64 hex, hard negatives against hex tokens),
  ports, version strings, device model names and part numbers are negatives. Masked values (`****1234`,
  `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.
- Amounts include the currency sign/word; quantities include their unit; dates include the month word.
- Personal landline and mobile numbers in signatures are `phone`; addresses written in signatures are `address`.

## Known limitations

- Templates are synthetic; value formats are randomised per slot, so the same template appears with several value
  formats. Passwords are generated from a small word list plus random strings.
- Public IPv4/IPv6 only; private router addresses are not used. No US SSNs or UK NI numbers are present.
- A few English templates are filtered by locale (NHS only for en-gb, IBAN/direct debit not for en-us).
- Typos are simple character edits; there is no phonetic misspelling or autocorrect simulation.
- Names are never labelled, so messages still contain personal names by design.
""" % seed
    txt += "\n## Counts\n"
    txt += table("Messages", [collections.Counter({"messages": len(h)}) for h in halves])
    txt += table("Spans per type (with number of distinct templates that produced the type)", spans, tidmaps)
    txt += table("Negatives per kind", negs)
    txt += table("Channels", chans)
    txt += table("Languages", langs)
    return txt + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    groups, extra = build_groups()
    halves, tidmaps = [], []
    for half, name in enumerate(["dev", "heldout"]):
        msgs, tm = generate_half(a.seed, half, groups, extra)
        check(msgs)
        halves.append(msgs)
        tidmaps.append(tm)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves, tidmaps))
    print("dev=%d heldout=%d" % tuple(len(h) for h in halves))


if __name__ == "__main__":
    main()
