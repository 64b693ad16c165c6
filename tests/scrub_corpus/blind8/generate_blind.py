#!/usr/bin/env python3
"""Blind scrub corpus "blind8" (record id prefix b8).

Standard library only, Python 3.11.  Deterministic for a given --seed.

Writes dev.jsonl and heldout.jsonl next to this file.  Every message is rendered from a small
template language:

    [a|b|c]            choose one alternative (nesting allowed)
    {gen}              an unlabelled generated value (names, brands, ...)
    {gen:type}         a generated value that is a labelled span of `type`
    {gen!kind}         a generated value that is a hard negative of `kind`
    {gen2.variant:t}   digits select the instance (person 2, second password ...),
                       .variant selects a written form

The renderer keeps the pieces apart, so offsets are computed, never counted by hand.
Templates and pools are dealt alternately to the two halves (independent of the seed);
each half draws its random values from its own random.Random.
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

PREFIX = "b8"
DEFAULT_SEED = 20261206
HERE = Path(__file__).resolve().parent

HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"]
OTHER_TYPES = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
               "customer_number"]
ALL_TYPES = HIGH_RISK + OTHER_TYPES
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number", "order_number",
             "ticket_number", "tracking_number", "meter_reading", "model_number", "product_code",
             "version_string", "percentage", "quantity", "url", "masked_value"]
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm",
            "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC_CHANNELS = {"x_public", "facebook_comment", "instagram_comment"}
CHANNEL_GROUPS = {
    "chat": ["whatsapp", "messenger", "instagram_dm", "telegram", "x_dm", "whatsapp"],
    "wa": ["whatsapp"],
    "dm": ["x_dm", "instagram_dm", "messenger"],
    "tg": ["telegram"],
    "xpub": ["x_public"],
    "fbig": ["facebook_comment", "instagram_comment"],
    "pub": ["x_public", "facebook_comment", "instagram_comment"],
    "mail": ["email"],
    "agent": ["agent_reply"],
}
LANG_GROUPS = {"nl": 0.45, "nl-be": 0.15, "en": 0.30, "fr-be": 0.10}
# secrets that must never contain whitespace (OTP, card, PUK and dictated PINs may be grouped)
NO_SPACE_TYPES = {"password", "wifi_key", "username", "api_key", "token", "cvv"}
SENTENCE_PUNCT = set(".,!?;:)")


# --------------------------------------------------------------------------------------------
# template language
# --------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"^([a-z_]+?)(\d*)(?:\.([a-z0-9_]+))?(?:([:!])([a-z_]+))?$")


class TemplateError(Exception):
    pass


def parse_template(src: str):
    pos = 0

    def seq(stops: str):
        nonlocal pos
        items, buf = [], []

        def flush():
            if buf:
                items.append(("text", "".join(buf)))
                buf.clear()

        while pos < len(src):
            c = src[pos]
            if c in stops:
                break
            if c == "[":
                flush()
                pos += 1
                alts = [seq("|]")]
                while pos < len(src) and src[pos] == "|":
                    pos += 1
                    alts.append(seq("|]"))
                if pos >= len(src) or src[pos] != "]":
                    raise TemplateError("unclosed [ in: " + src[:60])
                pos += 1
                items.append(("alt", alts))
            elif c == "{":
                flush()
                j = src.find("}", pos)
                if j < 0:
                    raise TemplateError("unclosed { in: " + src[:60])
                inner = src[pos + 1:j]
                m = SLOT_RE.match(inner)
                if not m:
                    raise TemplateError("bad slot {%s}" % inner)
                name, idx, variant, mode, label = m.groups()
                if name not in GENS:
                    raise TemplateError("unknown generator %r" % name)
                if mode == ":" and label not in ALL_TYPES:
                    raise TemplateError("unknown type %r" % label)
                if mode == "!" and label not in NEG_KINDS:
                    raise TemplateError("unknown negative kind %r" % label)
                items.append(("slot", (name, int(idx or 1), variant, mode, label)))
                pos = j + 1
            else:
                buf.append(c)
                pos += 1
        flush()
        return items

    out = seq("")
    if pos != len(src):
        raise TemplateError("stray ] or | in: " + src[:60])
    return out


def labels_in(ast, acc=None):
    acc = acc if acc is not None else {"span": set(), "neg": set()}
    for kind, val in ast:
        if kind == "alt":
            for a in val:
                labels_in(a, acc)
        elif kind == "slot":
            mode, label = val[3], val[4]
            if mode == ":":
                acc["span"].add(label)
            elif mode == "!":
                acc["neg"].add(label)
    return acc


class Template:
    def __init__(self, tid, lang, family, channels, text, reg="std", caps=False, senior=False):
        self.id, self.lang, self.family, self.reg = tid, lang, family, reg
        self.channels = []
        for c in channels.split("+"):
            self.channels.extend(CHANNEL_GROUPS[c] if c in CHANNEL_GROUPS else [c])
        for c in self.channels:
            if c not in CHANNELS:
                raise TemplateError("bad channel %r in %s" % (c, tid))
        self.text, self.caps, self.senior = text, caps, senior or caps or reg == "senior"
        self.ast = None
        self.labels = None

    def compile(self):
        self.ast = parse_template(self.text)
        self.labels = labels_in(self.ast)

    @property
    def high_risk(self):
        return bool(self.labels["span"] & set(HIGH_RISK))

    @property
    def no_span(self):
        return not self.labels["span"]


TEMPLATES: list[Template] = []


def T(tid, lang, family, channels, text, **kw):
    TEMPLATES.append(Template(tid, lang, family, channels, text, **kw))


# --------------------------------------------------------------------------------------------
# rendering context
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng: random.Random, pools: dict, lang: str, tpl: Template):
        self.rng, self.P, self.lang, self.tpl = rng, pools, lang, tpl
        self.cache: dict = {}
        self.people: dict = {}

    loc_override = None

    @property
    def loc(self):
        return self.loc_override or self.lang

    def person(self, i):
        if i not in self.people:
            r = self.rng
            used_fn = {p["fn"] for p in self.people.values()}
            fn = r.choice([f for f in self.P["first_" + self.loc] if f not in used_fn])
            ln = r.choice(self.P["last_" + self.loc])
            if i > 1 and r.random() < 0.35 and 1 in self.people:
                ln = self.people[1]["ln"]          # a relative
            if (self.tpl.senior and i == 1) or (i > 1 and self.tpl.family == "helper"):
                by = r.randint(1933, 1958)
            else:
                by = r.randint(1948, 2004)
            self.people[i] = {"fn": fn, "ln": ln, "by": by}
        return self.people[i]


GENS: dict = {}


def gen(*names):
    def deco(fn):
        for n in names:
            GENS[n] = fn
        return fn
    return deco


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rand_str(r, n, alphabet=B62):
    return "".join(r.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0 and len(ds) >= 12


def luhn_complete(prefix: str, length: int, r) -> str:
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban_make(country, bban):
    rearr = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearr)) % 97
    return "%s%02d%s" % (country, check, bban)


def bsn_ok(bsn: str) -> bool:
    ds = [int(c) for c in bsn if c.isdigit()]
    if len(ds) != 9:
        return False
    s = sum(d * w for d, w in zip(ds[:8], range(9, 1, -1))) - ds[8]
    return s % 11 == 0


def bsn_make(r):
    while True:
        first = str(r.randint(1, 6)) + digits(r, 7)
        s = sum(int(d) * w for d, w in zip(first, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return first + str(last)


def be_enterprise_number(r):
    base = "0" + digits(r, 7, first_nonzero=True)
    chk = 97 - int(base) % 97
    return base + "%02d" % chk


def ean13(r):
    body = digits(r, 12, first_nonzero=True)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# --------------------------------------------------------------------------------------------
# generators: people
# --------------------------------------------------------------------------------------------
def lg(ctx):
    """language group of the message for word pools"""
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[ctx.lang]


@gen("fn")
def g_fn(ctx, i, v):
    return ctx.person(i)["fn"]


@gen("ln")
def g_ln(ctx, i, v):
    ln = ctx.person(i)["ln"]
    if v == "cap":          # "Van den Berg" at the start of a sentence
        return ln[0].upper() + ln[1:]
    return ln


@gen("name")
def g_name(ctx, i, v):
    p = ctx.person(i)
    if v == "init":
        return "%s. %s" % (p["fn"][0], p["ln"])
    if v == "formal":
        if ctx.lang.startswith("nl"):
            pre = "mevr." if ctx.rng.random() < 0.5 else "dhr."
        elif ctx.lang == "fr-be":
            pre = pick(ctx.rng, ["Mme", "M."])
        else:
            pre = pick(ctx.rng, ["Mrs", "Mr", "Ms"])
        return "%s %s. %s" % (pre, p["fn"][0], p["ln"])
    return "%s %s" % (p["fn"], p["ln"])


def email_local(ctx, i):
    p, r = ctx.person(i), ctx.rng
    fn, ln, by = slug(p["fn"]), slug(p["ln"]), p["by"]
    forms = [f"{fn}.{ln}", f"{fn[0]}{ln}", f"{fn}{ln}{by % 100:02d}", f"{fn}_{ln}",
             f"{ln}.{fn[0]}", f"{fn}{by}", f"{fn}.{ln}{r.randint(1, 99)}", f"{fn[0]}.{ln}"]
    if ctx.tpl.senior:
        forms += [f"{fn}{ln}{by}", f"fam{ln}", f"{fn}en{slug(pick(r, ctx.P['first_' + ctx.loc]))}"]
    return pick(r, forms)


@gen("email")
def g_email(ctx, i, v):
    key = ("email_base", i)
    if key not in ctx.cache:
        ctx.cache[key] = (email_local(ctx, i), pick(ctx.rng, ctx.P["domain_" + ctx.loc]))
    local, dom = ctx.cache[key]
    if v == "biz":
        tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[ctx.lang]
        return pick(ctx.rng, [slug(ctx.person(i)["fn"]), local]) + "@" + slug(g_biz(ctx, 1, None)) + tld
    if v == "spaced":
        return "%s @ %s" % (local, dom)
    if v == "spoken":
        at = " at "
        dot = {"nl": " punt ", "fr": " point ", "en": " dot "}[lg(ctx)]
        if lg(ctx) == "fr" and ctx.rng.random() < 0.5:
            at = " arobase "
        return local.replace(".", dot) + at + dom.replace(".", dot)
    if v == "caps":
        return (local + "@" + dom).upper()
    return local + "@" + dom


@gen("user")
def g_user(ctx, i, v):
    p, r = ctx.person(i), ctx.rng
    fn, ln, by = slug(p["fn"]), slug(p["ln"]), p["by"]
    forms = [f"{fn}.{ln}{by}", f"{fn[0]}{ln}{by % 100:02d}", f"{fn}{ln}", f"{ln}_{fn}",
             f"{fn}{r.randint(2, 99)}", f"{p['fn'][:1].upper()}{ln}{r.randint(1, 9)}",
             f"{fn}_{ln[:3]}{by % 100:02d}", f"{ln}{fn[0]}", f"{fn}.{ln}", f"{fn}{by}"]
    if ctx.tpl.senior:
        forms += [f"oma{fn}", f"opa{fn}", f"{fn}{ln}{by}", f"{ln}{by}"] if lg(ctx) == "nl" else \
                 [f"{fn}{ln}{by}", f"{ln}{by}", f"grandma{fn}" if lg(ctx) == "en" else f"mamie{fn}"]
    return pick(r, forms)


@gen("ag")
def g_agent(ctx, i, v):
    """agent sign-off: a first name or initials (not labelled)"""
    r = ctx.rng
    n = pick(r, ctx.P["agent"])
    if v == "init":
        return "^" + n[:2].upper()
    return n


# --------------------------------------------------------------------------------------------
# generators: secrets
# --------------------------------------------------------------------------------------------
SYMS = "!#?@$*&%+"


@gen("pw")
def g_pw(ctx, i, v):
    r = ctx.rng
    w = pick(r, ctx.P["pwword_" + lg(ctx)])
    W = w[0].upper() + w[1:]
    p = ctx.person(i)
    n2 = "%02d" % r.randint(1, 99)
    yr = str(r.randint(1950, 2025))
    s = pick(r, SYMS)
    forms = [W + n2 + s, w + yr, W + s + n2, slug(p["fn"]).capitalize() + str(p["by"]),
             W + pick(r, ["Kat", "Hond", "Boot", "Zon"] if lg(ctx) == "nl" else
                      ["Cat", "Dog", "Boat", "Sun"] if lg(ctx) == "en" else
                      ["Chat", "Chien", "Lune", "Mer"]) + str(r.randint(1, 9)),
             w.upper() + n2, W + "_" + n2 + s, w + n2 + w[:2].upper() if r.random() < 0.3 else w + n2,
             w.replace("o", "0").replace("e", "3").capitalize() + s + n2,
             rand_str(r, 4, string.ascii_uppercase) + s + rand_str(r, 5, B62) + str(r.randint(0, 9)),
             W + "." + yr, W + n2 + pick(r, ctx.P["pwword_" + lg(ctx)]), w + "-" + n2 + s]
    if v == "simple":
        forms = [W + n2, w + yr, W + yr, w.upper() + n2]
    if v == "sym":
        forms = [W + n2 + s, W + s + n2, W + "_" + n2 + s]
    return pick(r, forms)


@gen("pin")
def g_pin(ctx, i, v):
    r = ctx.rng
    while True:
        p = digits(r, 4)
        if len(set(p)) > 1 and not p.startswith(("19", "20")):
            break
    if v == "sp":
        return " ".join(p)
    if v == "dash":
        return "-".join(p)
    if v == "dot":
        return ".".join(p)
    return p


@gen("apppin")
def g_apppin(ctx, i, v):
    r = ctx.rng
    return digits(r, 5 if v != "six" else 6, first_nonzero=True)


@gen("puk")
def g_puk(ctx, i, v):
    p = digits(ctx.rng, 8, first_nonzero=True)
    if v == "sp":
        return p[:4] + " " + p[4:]
    return p


@gen("otp")
def g_otp(ctx, i, v):
    r = ctx.rng
    n = digits(r, 6, first_nonzero=True)
    if v == "sp":
        return n[:3] + " " + n[3:]
    if v == "dash":
        return n[:3] + "-" + n[3:]
    if v == "pre":
        return pick(r, ["G-", "A-", "K-", "T-"]) + n
    if v == "four":
        return digits(r, 4, first_nonzero=True)
    if v == "eight":
        return digits(r, 8, first_nonzero=True)
    if v == "any":
        return pick(r, [n, n, n[:3] + " " + n[3:], n[:3] + "-" + n[3:]])
    return n


@gen("wifi")
def g_wifi(ctx, i, v):
    r = ctx.rng
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    forms = [rand_str(r, 16, up), rand_str(r, 12, up),
             "-".join(rand_str(r, 4, B62) for _ in range(3)),
             rand_str(r, 12, "abcdefghjkmnpqrstuvwxyz23456789"),
             "".join(w.capitalize() for w in r.sample(ctx.P["pwword_" + lg(ctx)], 2)) + str(r.randint(100, 999)),
             rand_str(r, 10, B62), rand_str(r, 20, "0123456789"), rand_str(r, 26, HEX)]
    return pick(r, forms)


def card_digits(ctx, brand=None):
    r = ctx.rng
    brand = brand or pick(r, ["visa", "visa", "mc", "mc", "amex", "maestro"])
    if brand == "visa":
        return luhn_complete("4" + str(r.randint(0, 9)), 16, r)
    if brand == "mc":
        return luhn_complete(pick(r, ["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16, r)
    if brand == "amex":
        return luhn_complete(pick(r, ["34", "37"]), 15, r)
    if brand == "bancontact":
        return luhn_complete("6703", 17, r)
    return luhn_complete(pick(r, ["6759", "6761", "5018", "6304"]), pick(r, [16, 19]), r)


def group_card(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


@gen("card")
def g_card(ctx, i, v):
    r = ctx.rng
    brand = v if v in ("visa", "mc", "amex", "maestro", "bancontact") else None
    num = card_digits(ctx, brand)
    if v == "split":
        g = group_card(num)
        parts = g.split(" ")
        k = len(parts) // 2
        return " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    if v == "none":
        return num
    if v == "dash":
        return group_card(num, "-")
    fmt = pick(r, ["sp", "sp", "sp", "dsp", "dash", "none"])
    return {"sp": group_card(num), "dsp": group_card(num, "  "), "dash": group_card(num, "-"),
            "none": num}[fmt]


@gen("cvv")
def g_cvv(ctx, i, v):
    return digits(ctx.rng, 4 if v == "four" else 3, first_nonzero=True)


@gen("exp")
def g_exp(ctx, i, v):
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(26, 31)
    forms = {"slash": "%02d/%02d" % (m, y), "dash4": "%02d-20%02d" % (m, y), "mmyy": "%02d%02d" % (m, y),
             "slash4": "%02d/20%02d" % (m, y), "spaced": "%02d / %02d" % (m, y), "short": "%d/%02d" % (m, y)}
    if v in forms:
        return forms[v]
    return pick(r, list(forms.values()) + [forms["slash"]] * 2)


NL_BANKS = ["ABNA", "INGB", "RABO", "KNAB", "SNSB", "ASNB", "TRIO", "BUNQ", "RBRB"]


def nl_account(r):
    while True:
        a = digits(r, 10)
        if sum(int(c) * w for c, w in zip(a, range(10, 0, -1))) % 11 == 0 and a[0] != "0":
            return a


def fr_bban(r):
    bank, branch, acct = digits(r, 5, True), digits(r, 5), digits(r, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + "%02d" % key


def es_bban(r):
    bank, branch, acct = digits(r, 4, True), digits(r, 4), digits(r, 10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        d = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct


def be_bban(r):
    b = digits(r, 10, True)
    chk = int(b) % 97 or 97
    return b + "%02d" % chk


def iban_raw(r, country):
    if country == "NL":
        return iban_make("NL", pick(r, NL_BANKS) + nl_account(r))
    if country == "BE":
        return iban_make("BE", be_bban(r))
    if country == "DE":
        return iban_make("DE", digits(r, 8, True) + digits(r, 10))
    if country == "FR":
        return iban_make("FR", fr_bban(r))
    if country == "ES":
        return iban_make("ES", es_bban(r))
    if country == "GB":
        return iban_make("GB", pick(r, ["NWBK", "BARC", "MIDL", "LOYD", "MONZ"]) + digits(r, 14))
    if country == "IE":
        return iban_make("IE", pick(r, ["AIBK", "BOFI"]) + digits(r, 14))
    if country == "LU":
        return iban_make("LU", digits(r, 3) + digits(r, 13))
    raise ValueError(country)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


@gen("iban")
def g_iban(ctx, i, v):
    r = ctx.rng
    home = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "IE"}[ctx.lang]
    country = home
    if v in ("de", "fr", "es", "lu", "ie", "nl", "be", "gb"):
        country = v.upper()
    elif v == "foreign":
        country = pick(r, [c for c in ["DE", "FR", "ES", "LU", "IE", "BE", "NL"] if c != home])
    raw = iban_raw(r, country)
    if v == "plain":
        return raw
    if v == "split":
        g = group4(raw).split(" ")
        return " ".join(g[:2]) + "\n" + " ".join(g[2:])
    fmt = pick(r, ["grp", "grp", "grp", "plain", "lower", "lowergrp", "cc"])
    if v in ("grp", "lower", "lowergrp", "cc"):
        fmt = v
    if fmt == "grp":
        return group4(raw)
    if fmt == "plain":
        return raw
    if fmt == "lower":
        return raw.lower()
    if fmt == "lowergrp":
        return group4(raw).lower()
    return raw[:2] + " " + raw[2:4] + " " + group4(raw[4:])


@gen("bsn")
def g_bsn(ctx, i, v):
    b = bsn_make(ctx.rng)
    if v == "dot" or (v is None and ctx.rng.random() < 0.2):
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if v == "sp" or (v is None and ctx.rng.random() < 0.2):
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b


@gen("apikey")
def g_apikey(ctx, i, v):
    r = ctx.rng
    vendors = {
        "sk": lambda: "sk_live_" + rand_str(r, 24),
        "pk": lambda: "pk_live_" + rand_str(r, 24),
        "rk": lambda: "rk_live_" + rand_str(r, 24),
        "ck": lambda: "ck_" + rand_str(r, 40, HEX),
        "cs": lambda: "cs_" + rand_str(r, 40, HEX),
        "api": lambda: "api_" + rand_str(r, 32),
        "akia": lambda: "AKIA" + rand_str(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "awssecret": lambda: rand_str(r, 40, B62 + "/+"),
        "aiza": lambda: "AIza" + rand_str(r, 35, B62 + "_-"),
        "sg": lambda: "SG." + rand_str(r, 22, B62 + "_-") + "." + rand_str(r, 43, B62 + "_-"),
        "hex32": lambda: rand_str(r, 32, HEX),
        "mg": lambda: "key-" + rand_str(r, 32, HEX),
        "vendor": lambda: pick(r, ["bb_live_", "mv_prod_", "fx_live_", "kh_sk_"]) + rand_str(r, 28),
    }
    if v in vendors:
        out = vendors[v]()
    else:
        out = vendors[pick(r, ["sk", "sk", "api", "hex32", "vendor", "aiza", "sg", "mg", "rk", "pk"])]()
    while out[-1] in "_-/+.":          # never end a key in punctuation
        out = out[:-1] + pick(r, B62)
    return out


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


@gen("token")
def g_token(ctx, i, v):
    r = ctx.rng

    def jwt():
        head = b64url(json.dumps({"alg": pick(r, ["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        payload = {"sub": str(r.randint(10000, 999999)), "iat": r.randint(1735000000, 1780000000),
                   "scope": pick(r, ["orders:read", "shop", "api", "admin"])}
        body = b64url(json.dumps(payload, separators=(",", ":")).encode())
        return head + "." + body + "." + rand_str(r, 43, B62 + "_-").rstrip("_-") + pick(r, B62)

    kinds = {
        "jwt": jwt,
        "ghp": lambda: "ghp_" + rand_str(r, 36),
        "pat": lambda: "github_pat_" + rand_str(r, 22) + "_" + rand_str(r, 59),
        "xoxb": lambda: "xoxb-%s-%s-%s" % (digits(r, 12, True), digits(r, 13, True), rand_str(r, 24)),
        "xoxp": lambda: "xoxp-%s-%s-%s-%s" % (digits(r, 11, True), digits(r, 12, True), digits(r, 13, True), rand_str(r, 32, HEX)),
        "glpat": lambda: "glpat-" + rand_str(r, 20, B62 + "_-").rstrip("_-") + pick(r, B62),
        "hex40": lambda: rand_str(r, 40, HEX),
        "hex64": lambda: rand_str(r, 64, HEX),
        "bearer": lambda: rand_str(r, 40, B62),
        "eaa": lambda: "EAAG" + rand_str(r, 60),
    }
    if v in kinds:
        return kinds[v]()
    return kinds[pick(r, ["jwt", "jwt", "ghp", "hex40", "bearer", "glpat", "xoxb"])]()


# --------------------------------------------------------------------------------------------
# generators: other personal data
# --------------------------------------------------------------------------------------------
@gen("phone")
def g_phone(ctx, i, v):
    r = ctx.rng
    loc = ctx.lang
    if v in ("nl", "be", "gb", "us"):
        loc = {"nl": "nl", "be": "nl-be", "gb": "en-gb", "us": "en-us"}[v]
    if loc == "nl":
        if v == "land":
            n = digits(r, 7, True)
            return pick(r, ["020-%s" % n, "020 %s %s" % (n[:3], n[3:]), "(020) %s %s %s" % (n[:3], n[3:5], n[5:]),
                            "+31 20 %s %s" % (n[:3], n[3:])])
        n = "1" + digits(r, 7)
        return pick(r, ["06-" + n, "06" + n, "06 " + n, "06 - " + n,
                        "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), "+31 6 " + n, "+316" + n,
                        "0031 6 %s %s" % (n[:4], n[4:]), "06-%s %s" % (n[:4], n[4:])])
    if loc in ("nl-be", "fr-be"):
        p = "4" + pick(r, ["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88", "89",
                            "91", "92", "93", "94", "95", "96", "97", "98", "99"])
        a, b, c = digits(r, 2), digits(r, 2), digits(r, 2)
        return pick(r, ["0%s/%s.%s.%s" % (p, a, b, c), "0%s %s %s %s" % (p, a, b, c), "0%s%s%s%s" % (p, a, b, c),
                        "+32 %s %s %s %s" % (p, a, b, c), "+32 (0)%s %s.%s.%s" % (p, a, b, c),
                        "0032%s%s%s%s" % (p, a, b, c), "0%s/%s%s%s" % (p, a, b, c)])
    if loc == "en-gb":
        t = digits(r, 3)
        if v == "land" or (v is None and r.random() < 0.25):
            return pick(r, ["020 7946 0%s" % t, "(020) 7946 0%s" % t, "+44 20 7946 0%s" % t])
        return pick(r, ["07700 900%s" % t, "07700900%s" % t, "+44 7700 900%s" % t, "+44 (0)7700 900 %s" % t,
                        "07700 900 %s" % t])
    area = pick(r, ["212", "312", "415", "617", "503", "206", "404", "512", "614", "720"])
    t = "01" + digits(r, 2)
    return pick(r, ["(%s) 555-%s" % (area, t), "%s.555.%s" % (area, t), "%s-555-%s" % (area, t),
                    "+1 %s 555 %s" % (area, t), "1-%s-555-%s" % (area, t), "(%s)555-%s" % (area, t)])


def nl_postcode(r):
    while True:
        l = rand_str(r, 2, "ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            return "%d %s" % (r.randint(1011, 9999), l)


@gen("street")
def g_street(ctx, i, v):
    key = ("street", i)
    if key not in ctx.cache:
        r = ctx.rng
        s = pick(r, ctx.P["street_" + ctx.loc])
        nr = str(r.randint(1, 180))
        if r.random() < 0.15 and ctx.loc in ("nl", "nl-be"):
            nr += pick(r, ["a", "b", "-2", " A", "bis" if ctx.loc == "nl-be" else "-hs"])
        if ctx.loc == "fr-be" and r.random() < 0.15:
            nr += pick(r, ["/2", " bte 3", "A"])
        if ctx.loc in ("en-gb", "en-us"):
            ctx.cache[key] = "%s %s" % (nr if ctx.loc == "en-gb" else str(r.randint(100, 9899)), s)
        elif ctx.loc == "fr-be" and r.random() < 0.7:
            ctx.cache[key] = "%s %s" % (s, nr) if r.random() < 0.7 else "%s, %s" % (nr, s)
        else:
            ctx.cache[key] = "%s %s" % (s, nr)
    return ctx.cache[key]


@gen("city")
def g_city(ctx, i, v):
    key = ("city", i)
    if key not in ctx.cache:
        ctx.cache[key] = pick(ctx.rng, ctx.P["city_" + ctx.loc])
    c = ctx.cache[key]
    return c[1] if isinstance(c, tuple) else c


def postal_line(ctx, i):
    r = ctx.rng
    g_city(ctx, i, None)
    c = ctx.cache[("city", i)]
    key = ("pc", i)
    if ctx.loc == "nl":
        if key not in ctx.cache:
            ctx.cache[key] = nl_postcode(r)
        pc = ctx.cache[key]
        if r.random() < 0.15:
            pc = pc.replace(" ", "")
        return "%s %s" % (pc, c) if r.random() < 0.85 else "%s  %s" % (pc, c.upper())
    if ctx.loc in ("nl-be", "fr-be"):
        return "%s %s" % (c[0], c[1])
    if ctx.loc == "en-gb":
        return "%s %s" % (c[1], c[0])
    return "%s, %s %s" % (c[1], c[0], c[2])


@gen("addr")
def g_addr(ctx, i, v):
    if v == "nl":
        ctx.loc_override = "nl"
        try:
            return g_street(ctx, i, None) + ", " + postal_line(ctx, i)
        finally:
            ctx.loc_override = None
    street = g_street(ctx, i, None)
    line2 = postal_line(ctx, i)
    if v == "ml":
        return street + "\n" + line2
    if v == "nocomma":
        return street + " " + line2
    return street + ", " + line2


@gen("dob")
def g_dob(ctx, i, v):
    r = ctx.rng
    p = ctx.person(i)
    y, m, d = p["by"], r.randint(1, 12), r.randint(1, 28)
    months = {
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"],
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"],
    }[lg(ctx)]
    if ctx.lang == "en-us":
        forms = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (months[m - 1], d, y),
                 "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (m, d, y)]
    elif ctx.lang == "en-gb":
        forms = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, months[m - 1], y), "%02d.%02d.%02d" % (d, m, y % 100),
                 "%d/%d/%d" % (d, m, y), "%d%s %s %d" % (d, "th" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], months[m - 1], y)]
    elif lg(ctx) == "fr":
        forms = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, months[m - 1], y), "%02d-%02d-%d" % (d, m, y),
                 "%02d.%02d.%d" % (d, m, y)]
    else:
        forms = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y),
                 "%d %s %d" % (d, months[m - 1], y), "%d-%d-%02d" % (d, m, y % 100), "%d %s %d" % (d, months[m - 1][:3], y),
                 "%02d%02d%d" % (d, m, y)]
    if v == "written":
        return "%d %s %d" % (d, months[m - 1], y) if ctx.lang != "en-us" else "%s %d, %d" % (months[m - 1], d, y)
    if v == "short":
        return "%d-%d-%02d" % (d, m, y % 100) if ctx.lang != "en-us" else "%d/%d/%02d" % (m, d, y % 100)
    return pick(r, forms)


@gen("ip")
def g_ip(ctx, i, v):
    r = ctx.rng
    if v == "v6":
        return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))
    return pick(r, ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(2, 254)


@gen("custnr")
def g_custnr(ctx, i, v):
    r = ctx.rng
    forms = [digits(r, 8, True), digits(r, 9, True), digits(r, 10, True), "%s-%s" % (digits(r, 3, True), digits(r, 5)),
             "%s.%s.%s" % (digits(r, 1, True), digits(r, 4), digits(r, 3)), "K" + digits(r, 7, True),
             "C" + digits(r, 8, True), "%s %s %s" % (digits(r, 3, True), digits(r, 3), digits(r, 3))]
    if v == "digits":
        return digits(r, r.choice([8, 9, 10]), True)
    return pick(r, forms)


# --------------------------------------------------------------------------------------------
# generators: brands and harmless context (unlabelled)
# --------------------------------------------------------------------------------------------
SECTORS = ["tel", "bank", "energy", "insurer", "shop", "carrier", "gemeente", "pension", "lottery",
           "stream", "platform", "airline"]


def brand(ctx, sector):
    key = ("brand", sector)
    if key not in ctx.cache:
        ctx.cache[key] = pick(ctx.rng, ctx.P["brand_" + sector])
    return ctx.cache[key]


for _s in SECTORS:
    GENS[_s] = (lambda s: (lambda ctx, i, v: brand(ctx, s)))(_s)


def brand_slug(name):
    return re.sub(r"[^A-Za-z0-9]", "", ascii_fold(name))


@gen("at")
def g_at(ctx, i, v):
    b = brand_slug(brand(ctx, v or "tel"))
    key = ("at", v)
    if key not in ctx.cache:
        suf = {"nl": ["", "NL", "_NL", "Webcare"], "nl-be": ["", "BE", "_BE", "Vlaanderen"],
               "fr-be": ["", "BE", "_FR", "Belgique"], "en-gb": ["", "UK", "_UK", "Help"],
               "en-us": ["", "US", "Support", "Help"]}[ctx.lang]
        ctx.cache[key] = "@" + b + pick(ctx.rng, suf)
    return ctx.cache[key]


@gen("url")
def g_url(ctx, i, v):
    r = ctx.rng
    sector = v if v in SECTORS else "tel"
    b = brand_slug(brand(ctx, sector)).lower()
    tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[ctx.lang]
    paths = {"nl": ["/storing", "/inloggen", "/mijn", "/klantenservice", "/veelgestelde-vragen", "/wachtwoord-vergeten"],
             "fr": ["/panne", "/connexion", "/mon-compte", "/aide", "/mot-de-passe"],
             "en": ["/help", "/login", "/account", "/reset-password", "/status", "/contact"]}[lg(ctx)]
    if v == "api":
        return "https://api.%s%s/v%d/%s" % (slug(brand(ctx, "platform")), tld, r.randint(1, 3), pick(r, ["orders", "invoices", "payments", "customers"]))
    base = pick(r, ["https://www.", "www.", "https://mijn." if lg(ctx) == "nl" else "https://my.", ""])
    return base + b + tld + (pick(r, paths) if r.random() < 0.7 else "")


@gen("site")
def g_site(ctx, i, v):
    """a small business's own website (for signatures)"""
    key = ("biz", i)
    b = g_biz(ctx, i, None)
    tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[ctx.lang]
    return pick(ctx.rng, ["www.", "https://www.", ""]) + slug(b) + tld


@gen("biz")
def g_biz(ctx, i, v):
    key = ("biz", i)
    if key not in ctx.cache:
        r = ctx.rng
        ln = ctx.person(1)["ln"]
        trade = pick(r, ctx.P["trade_" + lg(ctx)])
        ctx.cache[key] = pick(r, [trade % (ln[0].upper() + ln[1:]), trade % ctx.person(1)["fn"]])
    return ctx.cache[key]


@gen("ssid")
def g_ssid(ctx, i, v):
    r = ctx.rng
    return brand_slug(brand(ctx, "tel")) + pick(r, ["-", "_", ""]) + rand_str(r, 4, "ABCDEF0123456789")


@gen("wordy")
def g_wordy(ctx, i, v):
    """a spelled-out (voice-to-text) password: deliberately NOT labelled"""
    r = ctx.rng
    w = pick(r, ctx.P["pwword_" + lg(ctx)])
    n = " ".join(str(r.randint(1, 9)) for _ in range(2))
    if lg(ctx) == "nl":
        return pick(r, ["hoofdletter %s %s %s uitroepteken" % (w[0].upper(), w, n),
                        "%s met een hoofdletter en dan %s en een hekje" % (w, n.replace(" ", "")),
                        "grote letter %s dan %s dan %s" % (w[0].upper(), w[1:], n)])
    if lg(ctx) == "fr":
        return "majuscule %s %s %s point d'exclamation" % (w[0].upper(), w, n)
    return "capital %s %s %s exclamation mark" % (w[0].upper(), w, n)


# --------------------------------------------------------------------------------------------
# generators: hard negatives
# --------------------------------------------------------------------------------------------
@gen("amount")
def g_amount(ctx, i, v):
    r = ctx.rng
    e, c = (r.randint(4, 25), pick(r, [99, 49, 95, 0, 50])) if v == "small" else (r.randint(2, 480), r.randint(0, 99))
    if ctx.lang == "en-gb":
        return pick(r, ["£%d.%02d" % (e, c), "£%d" % e, "£ %d.%02d" % (e, c)])
    if ctx.lang == "en-us":
        return pick(r, ["$%d.%02d" % (e, c), "$%d" % e, "USD %d.%02d" % (e, c)])
    if ctx.lang == "fr-be":
        return pick(r, ["%d,%02d €" % (e, c), "%d €" % e, "€%d,%02d" % (e, c), "%d,%02d EUR" % (e, c)])
    return pick(r, ["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "EUR %d,%02d" % (e, c),
                    "€ %d,-" % e, "%d euro" % e])


@gen("cphone")
def g_cphone(ctx, i, v):
    r = ctx.rng
    if ctx.lang == "nl":
        return pick(r, ["0800-%s" % digits(r, 4), "0900-%s" % digits(r, 7, True), "088 %s %s" % (digits(r, 3), digits(r, 4)),
                        "085-%s" % digits(r, 7, True), "0800 %s" % digits(r, 4)])
    if ctx.lang in ("nl-be", "fr-be"):
        return pick(r, ["078 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2)), "0800 %s %s" % (digits(r, 2), digits(r, 3)),
                        "070 %s %s" % (digits(r, 3), digits(r, 3)), "078/%s.%s.%s" % (digits(r, 2), digits(r, 2), digits(r, 2))])
    if ctx.lang == "en-gb":
        return pick(r, ["0345 %s %s" % (digits(r, 3), digits(r, 4)), "03457 %s %s" % (digits(r, 3), digits(r, 3)),
                        "0800 %s %s" % (digits(r, 3), digits(r, 4)), "0300 %s %s" % (digits(r, 3), digits(r, 4))])
    return pick(r, ["1-800-555-01%s" % digits(r, 2), "1 (800) 555-01%s" % digits(r, 2), "(888) 555-01%s" % digits(r, 2),
                    "1-877-555-01%s" % digits(r, 2)])


@gen("kvk")
def g_kvk(ctx, i, v):
    return digits(ctx.rng, 8, True)


@gen("btw")
def g_btw(ctx, i, v):
    r = ctx.rng
    if ctx.lang in ("nl-be", "fr-be") or v == "be":
        n = be_enterprise_number(r)
        return pick(r, ["BE " + n[:4] + "." + n[4:7] + "." + n[7:], "BE" + n, n[:4] + "." + n[4:7] + "." + n[7:]])
    if ctx.lang == "en-gb" or v == "gb":
        return "GB %s %s %s" % (digits(r, 3, True), digits(r, 4), digits(r, 2))
    if ctx.lang == "en-us":
        return "%s-%s" % (digits(r, 2, True), digits(r, 7))          # EIN
    return "NL%sB%02d" % (digits(r, 9, True), r.randint(1, 99))


@gen("compno")
def g_compno(ctx, i, v):
    return "%s" % digits(ctx.rng, 8, True) if ctx.rng.random() < 0.6 else "SC%s" % digits(ctx.rng, 6, True)


MONTHS_SHORT = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
                "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
                "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}
MONTHS_LONG = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                      "oktober", "november", "december"],
               "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                      "octobre", "novembre", "décembre"],
               "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]}


@gen("date")
def g_date(ctx, i, v):
    r = ctx.rng
    y, m, d = r.choice([2024, 2025, 2025]), r.randint(1, 12), r.randint(1, 28)
    L = lg(ctx)
    if v == "quote":      # quote header dates
        if L == "nl":
            mo = MONTHS_SHORT["nl"][m - 1]
            return "%d %s %d" % (d, mo if mo == "mei" else mo + ".", y)
        if L == "fr":
            return "%d %s %d" % (d, MONTHS_SHORT["fr"][m - 1], y)
        return pick(r, ["%s, %d %s %d" % (pick(r, ["Mon", "Tue", "Wed", "Thu", "Fri"]), d, MONTHS_SHORT["en"][m - 1], y),
                        "%s %d, %d" % (MONTHS_SHORT["en"][m - 1], d, y)])
    if v == "outlook":
        if L == "nl":
            return "%s %d %s %d" % (pick(r, ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]), d, MONTHS_LONG["nl"][m - 1], y)
        if L == "fr":
            return "%s %d %s %d" % (pick(r, ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]), d, MONTHS_LONG["fr"][m - 1], y)
        return "%s, %s %d, %d" % (pick(r, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]), MONTHS_LONG["en"][m - 1], d, y)
    if v == "short":
        return "%d %s" % (d, MONTHS_LONG[L][m - 1]) if ctx.lang != "en-us" else "%s %d" % (MONTHS_LONG["en"][m - 1], d)
    if ctx.lang == "en-us":
        return pick(r, ["%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS_LONG["en"][m - 1], d), "%02d/%02d" % (m, d)])
    if ctx.lang == "en-gb":
        return pick(r, ["%d/%d/%d" % (d, m, y), "%d %s" % (d, MONTHS_LONG["en"][m - 1]), "%02d/%02d/%d" % (d, m, y)])
    return pick(r, ["%d-%d-%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s" % (d, MONTHS_LONG[L][m - 1]),
                    "%d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y)])


@gen("time")
def g_time(ctx, i, v):
    r = ctx.rng
    h, mi = r.randint(6, 21), pick(r, [0, 5, 10, 15, 20, 30, 40, 45, 50, 12, 37])
    if i == 1:
        ctx.cache[("hour", 1)] = h
    elif ("hour", 1) in ctx.cache:
        h = min(23, ctx.cache[("hour", 1)] + r.randint(1, 2))
    if ctx.lang == "en-us" and r.random() < 0.6:
        return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am")
    if lg(ctx) == "fr" and r.random() < 0.5:
        return "%dh%02d" % (h, mi)
    return pick(r, ["%02d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d" % (h, mi)])


@gen("year")
def g_year(ctx, i, v):
    return str(ctx.rng.randint(2009, 2024))


@gen("err")
def g_err(ctx, i, v):
    r = ctx.rng
    if v == "http":
        return str(r.choice([401, 403, 422, 429, 500, 503]))
    return pick(r, ["E-%d" % r.randint(1000, 9999), "0x8007%04X" % r.randint(0, 0xffff),
                    "ERR_%d" % r.choice([401, 403, 429, 500, 502, 504]), "F0%d" % r.randint(10, 99),
                    "E%d" % r.randint(100, 999), "S-%d" % r.randint(1000, 4999), "AUTH-%d" % r.randint(100, 999),
                    "PX-%03d" % r.randint(1, 999), "NW-%d" % r.randint(10, 99)])


@gen("flight")
def g_flight(ctx, i, v):
    r = ctx.rng
    code = pick(r, ctx.P["airline_code"])
    return pick(r, ["%s%d" % (code, r.randint(100, 9999)), "%s %d" % (code, r.randint(100, 9999))])


@gen("tag")
def g_tag(ctx, i, v):
    r = ctx.rng
    L = lg(ctx)
    general = {"nl": ["#klantenservice", "#nietblij", "#help", "#boos", "#fail", "#webcare", "#zucht", "#ouderen", "#digibeet", "#schandalig"],
               "fr": ["#serviceclient", "#help", "#ras_le_bol", "#inadmissible", "#clients"],
               "en": ["#fail", "#customerservice", "#help", "#notimpressed", "#seniors", "#shambles", "#disgraceful"]}[L]
    sector = {"tel": {"nl": ["#storing", "#internet", "#wifi", "#glasvezel"], "fr": ["#panne", "#internet", "#wifi"],
                      "en": ["#outage", "#broadband", "#wifi"]},
              "bank": {"nl": ["#bank", "#pinnen", "#oplichting"], "fr": ["#banque", "#arnaque"], "en": ["#banking", "#scam"]},
              "parcel": {"nl": ["#pakket", "#bezorging"], "fr": ["#colis", "#livraison"], "en": ["#parcel", "#delivery"]}}
    if v in sector:
        return pick(r, sector[v][L] + general[:2])
    return pick(r, general)


@gen("inv")
def g_inv(ctx, i, v):
    r = ctx.rng
    return pick(r, ["F%d-%06d" % (r.choice([2025, 2026]), r.randint(1, 999999)), "INV-%d" % r.randint(100000, 999999),
                    "73%s" % digits(r, 8), "FAC/%d/%04d" % (r.choice([2025, 2026]), r.randint(1, 9999)),
                    "%d%s" % (r.randint(1, 9), digits(r, 9))])


@gen("order")
def g_order(ctx, i, v):
    r = ctx.rng
    return pick(r, ["#%d" % r.randint(100000, 999999), "%d-%06d" % (r.choice([2025, 2026]), r.randint(1, 999999)),
                    "WS-%d" % r.randint(1000000, 9999999), "%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                    "BST%s" % digits(r, 8), "%s" % digits(r, 9, True)])


@gen("ticket")
def g_ticket(ctx, i, v):
    r = ctx.rng
    return pick(r, ["#%d" % r.randint(10000, 999999), "CS-%d-%05d" % (r.choice([2025, 2026]), r.randint(1, 99999)),
                    "%s" % digits(r, 8, True), "SR %s" % digits(r, 7, True), "REF-%s" % rand_str(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                    "INC%s" % digits(r, 7)])


@gen("track")
def g_track(ctx, i, v):
    r = ctx.rng
    return pick(r, ["3S%s%s" % (rand_str(r, 4, string.ascii_uppercase), digits(r, 9)), "JVGL%s" % digits(r, 14),
                    "1Z%s%s" % (rand_str(r, 6, string.ascii_uppercase + string.digits), digits(r, 10)),
                    "CX%s%s" % (digits(r, 9), pick(r, ["NL", "BE", "DE", "GB"])), "%s" % digits(r, 14, True),
                    "LX %s %s %s NL" % (digits(r, 3), digits(r, 3), digits(r, 3))])


@gen("meter")
def g_meter(ctx, i, v):
    r = ctx.rng
    n = r.randint(1200, 98000)
    if lg(ctx) == "en":
        return pick(r, [str(n), "%05d" % (n % 100000), "%d.%d" % (n, r.randint(0, 9)), "%06d" % n])
    return pick(r, [str(n), "%05d" % (n % 100000), "%d,%d" % (n, r.randint(0, 9)), "%06d" % n, "%d.%03d" % (n // 1000, n % 1000)])


@gen("model")
def g_model(ctx, i, v):
    r = ctx.rng
    pools = {
        "modem": ["H369A", "Fritz!Box 7590", "Fritz!Box 7530", "TP-Link Archer C6", "Experiabox v10", "Connect Box",
                  "Sagemcom F@st 5670", "Archer AX55", "Deco M5", "Huawei B535", "Technicolor TG789", "Zyxel VMG8825"],
        "phone": ["Galaxy A54", "iPhone 15 Pro", "iPhone 12", "Galaxy S23", "Redmi Note 12", "Pixel 8", "Moto G84",
                  "Nokia G22", "iPhone SE", "Galaxy A14", "Doro 8100", "OPPO A78"],
        "device": ["Chromecast", "Apple TV 4K", "Samsung UE55CU7000", "Roku Express", "iPad 9", "Smart TV LG 43UR78",
                   "Fire TV Stick 4K", "Sonos Era 100"],
    }
    key = v if v in pools else pick(r, list(pools))
    return pick(r, pools[key])


@gen("sku")
def g_sku(ctx, i, v):
    r = ctx.rng
    if v == "ean":
        return ean13(r)
    return pick(r, [ean13(r), ean13(r), "SKU-%d-%s-%d" % (r.randint(1000, 9999), pick(r, ["BL", "ZW", "WT", "RD"]), r.randint(36, 46)),
                    "%d.%03d.%02d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 99))])


@gen("ver")
def g_ver(ctx, i, v):
    r = ctx.rng
    if v == "os":
        model = ctx.cache.get(("model", 1, "phone"), "")
        ios = "iOS %d.%d%s" % (r.randint(15, 18), r.randint(0, 6), pick(r, ["", ".1", ".2"]))
        android = "Android %d" % r.randint(11, 15)
        if model.startswith("iPhone"):
            return ios
        if model:
            return android
        return pick(r, [ios, android])
    if v == "sw":
        return pick(r, ["%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 40)),
                        "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9))])
    if v == "app":
        n = "%d.%d.%d" % (r.randint(3, 12), r.randint(0, 30), r.randint(0, 9))
        return pick(r, [n, "v" + n, ("versie " if lg(ctx) == "nl" else "version ") + n])
    if v == "fw":
        return pick(r, ["%d.%02d" % (r.randint(6, 8), r.randint(10, 90)), "v%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20)),
                        "%d.%d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9), r.randint(100, 999))])
    return pick(r, ["iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(11, 15),
                    "%d.%d.%d" % (r.randint(3, 12), r.randint(0, 30), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 40)),
                    "versie %d.%d" % (r.randint(1, 9), r.randint(0, 99)) if lg(ctx) == "nl" else "version %d.%d" % (r.randint(1, 9), r.randint(0, 99)),
                    "iOS %d.%d" % (r.randint(15, 18), r.randint(0, 6))])


@gen("pct")
def g_pct(ctx, i, v):
    r = ctx.rng
    n = r.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 80, 90, 100])
    if lg(ctx) == "nl":
        return pick(r, ["%d%%" % n, "%d procent" % n, "%d %%" % n, "%d,5%%" % (n // 5)])
    if lg(ctx) == "fr":
        return pick(r, ["%d %%" % n, "%d%%" % n, "%d pour cent" % n])
    return pick(r, ["%d%%" % n, "%d percent" % n])


@gen("qty")
def g_qty(ctx, i, v):
    r = ctx.rng
    L = lg(ctx)
    times = {"nl": ["%dx" % r.randint(2, 6), "%d keer" % r.randint(2, 6)], "fr": ["%d fois" % r.randint(2, 6), "%dx" % r.randint(2, 6)],
             "en": ["%d times" % r.randint(2, 6), "%dx" % r.randint(2, 6)]}[L]
    pools = {
        "data": ["%d GB" % r.choice([5, 10, 20, 50, 100]), "%dGB" % r.choice([8, 15, 30]), "%d MB" % r.choice([500, 250])],
        "speed": ["%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d Mbit" % r.choice([100, 400]), "%d Mb/s" % r.choice([2, 8, 30])],
        "ghz": ghz_pair(ctx, r, i, L),
        "tries": {"nl": ["%d pogingen" % r.randint(3, 6)], "fr": ["%d essais" % r.randint(3, 6)], "en": ["%d attempts" % r.randint(3, 6), "%d tries" % r.randint(3, 6)]}[L],
        "hours": {"nl": ["%d uur" % r.randint(2, 9)], "fr": ["%d heures" % r.randint(2, 9)], "en": ["%d hours" % r.randint(2, 9)]}[L],
        "minutes": {"nl": ["%d minuten" % r.randint(10, 45)], "fr": ["%d minutes" % r.randint(10, 45)], "en": ["%d minutes" % r.randint(10, 45)]}[L],
        "energy": ["%d kWh" % r.randint(150, 4800), "%d m³" % r.randint(40, 2200), "%d m3" % r.randint(40, 2200)],
        "times": times,
        "items": {"nl": ["%d stuks" % r.randint(2, 12), "%d stuks" % r.randint(2, 4)],
                  "fr": ["%d pièces" % r.randint(2, 12), "%d exemplaires" % r.randint(2, 4)],
                  "en": ["%d units" % r.randint(2, 12), "%d pcs" % r.randint(2, 4)]}[L],
        "days": {"nl": ["%d dagen" % r.randint(2, 14), "%d weken" % r.randint(2, 6)], "fr": ["%d jours" % r.randint(2, 14), "%d semaines" % r.randint(2, 6)],
                 "en": ["%d days" % r.randint(2, 14), "%d weeks" % r.randint(2, 6)]}[L],
    }
    key = v if v in pools else pick(r, ["data", "speed", "energy", "times", "items", "days"])
    return pick(r, pools[key])


def ghz_pair(ctx, r, i, L):
    five = ["5 GHz", "5GHz", "5 Ghz"]
    two = ["2,4 GHz", "2.4GHz", "2,4Ghz"] if L != "en" else ["2.4 GHz", "2.4GHz", "2.4Ghz"]
    if i == 1:
        ctx.cache[("band", 1)] = r.random() < 0.5
        return five if ctx.cache[("band", 1)] else two
    return two if ctx.cache.get(("band", 1), False) else five


@gen("masked")
def g_masked(ctx, i, v):
    r = ctx.rng
    last4 = digits(r, 4)
    forms = {"card": ["**** **** **** %s" % last4, "xxxx-xxxx-xxxx-%s" % last4, "•••• %s" % last4, "************%s" % last4,
                      "XXXX XXXX XXXX %s" % last4],
             "pw": ["********", "●●●●●●●●", "*******", "xxxxxxxx"],
             "iban": ["NL** **** **** **%s" % last4[:2], "BE** **** **** %s" % last4, "GB** **** **** **** %s" % last4[:2],
                      "****%s" % last4, "NL**RABO******%s" % last4],
             "phone": {"nl": ["06-****%s" % last4, "+31 6 ***** %s" % last4[:2], "06******%s" % last4[:2]],
                       "nl-be": ["04** ** %s" % last4[:2], "+32 4** ** ** %s" % last4[:2]],
                       "fr-be": ["04** ** %s" % last4[:2], "+32 4** ** ** %s" % last4[:2]],
                       "en-gb": ["07*** ***%s" % last4[:3], "*******%s" % last4[:3]],
                       "en-us": ["***-***-%s" % last4, "(***) ***-%s" % last4]}[ctx.lang],
             "mail": ["j***@%s" % pick(r, ["gmail.com", "hotmail.com", "ziggo.nl"]), "m******s@h*****.com"]}
    key = v if v in forms else pick(r, ["card", "pw", "iban", "phone"])
    return pick(r, forms[key])


@gen("err_json")
def g_err_json(ctx, i, v):
    r = ctx.rng
    return pick(r, ['{"error":"invalid_api_key","status":401}', '{"message":"Unauthorized","code":401}',
                    '{"error":{"type":"authentication_error"}}', '{"status":"error","reason":"token expired"}'])


# --------------------------------------------------------------------------------------------
# pools (dealt alternately: even positions -> dev, odd positions -> heldout)
# --------------------------------------------------------------------------------------------
POOLS = {
    "first_nl": ["Jan", "Truus", "Gerrit", "Willemien", "Henk", "Ria", "Kees", "Joke", "Piet", "Annie", "Sandra",
                 "Mark", "Bas", "Lotte", "Fleur", "Daan", "Ingrid", "Marja", "Ton", "Wim", "Greet", "Anouk",
                 "Mohammed", "Fatima", "Yusuf", "Priya", "Emre", "Sanne", "Roel", "Tineke", "Harm", "Jolanda",
                 "Bert", "Corrie", "Nico", "Ruud", "Esther", "Femke", "Thijs", "Gerda"],
    "last_nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
                "de Graaf", "van der Meer", "van der Linden", "Kok", "de Haan", "van den Heuvel", "van der Veen",
                "van Dijk", "Yilmaz", "El Amrani", "Kaya", "Hoekstra", "Postma", "Kuipers", "Prins", "Blom",
                "Schouten", "Verhoeven"],
    "first_nl-be": ["Jef", "Marleen", "Luc", "Griet", "Koen", "Els", "Dirk", "Hilde", "Wouter", "An", "Rik",
                    "Veerle", "Bart", "Lieve", "Stijn", "Nele", "Geert", "Mieke", "Jens", "Ine", "Frans",
                    "Godelieve", "Pieter-Jan", "Katrien", "Wannes", "Sofie"],
    "last_nl-be": ["Peeters", "Janssens", "Maes", "Mertens", "Claes", "Goossens", "De Smet", "Van Damme",
                   "De Backer", "Desmet", "Lambrechts", "Van de Velde", "Verstraete", "Cools", "Hermans",
                   "Michiels", "Aerts", "Claeys", "De Clercq", "Vandenbroucke", "Wuyts", "Segers"],
    "first_fr-be": ["Jean-Marc", "Sophie", "Michel", "Nathalie", "Philippe", "Isabelle", "Marc", "Françoise",
                    "Didier", "Véronique", "Olivier", "Christine", "Thierry", "Martine", "Julien", "Camille",
                    "Nicolas", "Aurélie", "Benoît", "Géraldine", "Jacqueline", "Pierre"],
    "last_fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lejeune", "Renard", "Simon", "Laurent",
                   "Delvaux", "Collignon", "Hubert", "Piron", "Denis", "Lemaire", "Gilson", "Charlier", "Dumont",
                   "Fontaine", "Masson"],
    "first_en-gb": ["Margaret", "David", "Susan", "Graham", "Pauline", "Trevor", "Janet", "Keith", "Sarah", "James",
                    "Emma", "Oliver", "Chloe", "Harry", "Amelia", "Gareth", "Siobhan", "Rhys", "Aisha", "Raj",
                    "Brenda", "Colin"],
    "last_en-gb": ["Thompson", "Walker", "Hughes", "Edwards", "Green", "Wood", "Harris", "Clarke", "Patel", "Wright",
                   "Roberts", "Evans", "Turner", "Hall", "Cooper", "Ward", "Morris", "Khan", "Jenkins", "Barnes"],
    "first_en-us": ["Linda", "Robert", "Patricia", "Michael", "Barbara", "Richard", "Donna", "Gary", "Jennifer",
                    "Kevin", "Ashley", "Tyler", "Brittany", "Carlos", "Maria", "DeShawn", "Kimberly", "Brian",
                    "Nancy", "Jose", "Dorothy", "Frank"],
    "last_en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Taylor", "Moore",
                   "Jackson", "White", "Lopez", "Lee", "Gonzalez", "Perez", "Sanders", "Brooks", "Kelly", "Reyes",
                   "Howard"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Julianastraat", "Beatrixlaan",
                  "Kastanjelaan", "Schoolstraat", "Stationsweg", "Nieuwstraat", "Kerkplein", "Achter de Hoven",
                  "Burgemeester Visserlaan", "Eikenlaan", "Vlierstraat", "Zonnebloemstraat", "Oranjestraat",
                  "Het Want", "De Gaard", "Hoefslag", "Wilhelminapark", "Koningsweg", "Parallelweg", "Zuiderdiep",
                  "Hoofdstraat", "Rozengaarde", "Mr. Kesperweg", "Lange Nieuwstraat", "Weverstede", "Boterdiep"],
    "street_nl-be": ["Statiestraat", "Dorpsplein", "Steenweg op Gent", "Molenstraat", "Kapelstraat", "Veldstraat",
                     "Nieuwe Steenweg", "Bosstraat", "Grote Markt", "Beekstraat", "Lindestraat", "Hoogstraat",
                     "Kouter", "Brugsesteenweg", "Kasteeldreef", "Vaartstraat", "Pastoor Deckersstraat",
                     "Lange Lozanastraat", "Pijlstraat", "Heirbaan"],
    "street_fr-be": ["Rue de la Station", "Rue du Moulin", "Avenue des Tilleuls", "Chaussée de Bruxelles",
                     "Rue de l'Église", "Place Saint-Lambert", "Rue des Écoles", "Avenue Albert Ier", "Rue Haute",
                     "Clos des Lilas", "Rue du Centre", "Chemin des Dames", "Rue Saint-Gilles", "Avenue de la Gare",
                     "Rue des Prés", "Allée des Hêtres"],
    "street_en-gb": ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "Park Avenue", "The Crescent",
                     "Manor Close", "Queensway", "Oakfield Drive", "Beech Grove", "Albert Terrace", "Kings Road",
                     "Willow Way", "Orchard Rise", "Meadow View", "Chapel Street"],
    "street_en-us": ["Oak Street", "Maple Avenue", "Elm Drive", "Cedar Lane", "Lakeview Road", "W 4th Street",
                     "Pine Ridge Court", "Highland Ave", "Walnut St", "Sycamore Blvd", "Birch Hollow Rd",
                     "N Main St", "Magnolia Way", "Chestnut Ct", "Hillcrest Dr", "S Washington Ave"],
    "city_nl": ["Amersfoort", "Zwolle", "Leeuwarden", "Apeldoorn", "Tilburg", "Breda", "Haarlem", "Almere",
                "Deventer", "Gouda", "Assen", "Emmen", "Hoorn", "Delft", "Venlo", "Helmond", "Zaandam",
                "Roermond", "Schiedam", "Dordrecht", "Meppel", "Veenendaal"],
    "city_nl-be": [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"),
                   ("3500", "Hasselt"), ("2800", "Mechelen"), ("9300", "Aalst"), ("8500", "Kortrijk"),
                   ("2300", "Turnhout"), ("3600", "Genk"), ("9100", "Sint-Niklaas"), ("8800", "Roeselare"),
                   ("2440", "Geel"), ("9200", "Dendermonde")],
    "city_fr-be": [("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"),
                   ("1400", "Nivelles"), ("7500", "Tournai"), ("6700", "Arlon"), ("1348", "Louvain-la-Neuve"),
                   ("4800", "Verviers"), ("1180", "Uccle"), ("5100", "Jambes"), ("6900", "Marche-en-Famenne"),
                   ("1410", "Waterloo")],
    "city_en-gb": [("LS6 2AB", "Leeds"), ("BS7 8QE", "Bristol"), ("M20 4TF", "Manchester"), ("NR2 3HL", "Norwich"),
                   ("CF14 3NB", "Cardiff"), ("EH10 5QD", "Edinburgh"), ("B15 2TT", "Birmingham"),
                   ("YO31 7JJ", "York"), ("EX4 6PX", "Exeter"), ("NG7 1FD", "Nottingham"), ("S11 8YA", "Sheffield"),
                   ("BN2 1TW", "Brighton"), ("PL4 8AA", "Plymouth"), ("G12 8QQ", "Glasgow")],
    "city_en-us": [("IL", "Springfield", "62704"), ("OH", "Columbus", "43215"), ("TX", "Austin", "78701"),
                   ("WA", "Tacoma", "98402"), ("OH", "Dayton", "45402"), ("WI", "Madison", "53703"),
                   ("AZ", "Tucson", "85701"), ("NC", "Raleigh", "27601"), ("MN", "Duluth", "55802"),
                   ("PA", "Allentown", "18101"), ("FL", "Tampa", "33602"), ("OR", "Eugene", "97401"),
                   ("MI", "Lansing", "48933"), ("GA", "Savannah", "31401")],
    "domain_nl": ["postvak.nl", "mijnmail.nl", "kpost.nl", "hetnetmail.nl", "zonnet-post.nl", "lijnmail.nl",
                  "casema-post.nl", "webpost.nl"],
    "domain_nl-be": ["telemail.be", "skynetpost.be", "lijnpost.be", "mailbox-vl.be", "proxipost.be", "vlamail.be"],
    "domain_fr-be": ["courrier.be", "voomail.be", "boitepost.be", "wallomail.be", "netcourriel.be", "mailfr.be"],
    "domain_en-gb": ["freemailer.co.uk", "btpost.co.uk", "postbox.uk", "inboxmail.co.uk", "letterbox.co.uk",
                     "skymailer.co.uk"],
    "domain_en-us": ["inboxly.com", "mailhaven.com", "postnet.us", "quickmail.com", "homemail.net", "yahoomail.net"],
    "pwword_nl": ["tulp", "zomer", "fietsbel", "kaasschaaf", "hondje", "poesje", "bello", "kerstboom", "oranje",
                  "molen", "zonnetje", "appeltaart", "knuffel", "vogeltje", "dropje", "klompen", "sneeuw", "bloemkool",
                  "duinroos", "stroopwafel", "lente", "haring", "paddestoel", "kabouter", "zeilboot", "tijger"],
    "pwword_en": ["sunshine", "daisy", "biscuit", "rover", "garden", "summer", "liverpool", "buttercup", "shadow",
                  "teacup", "pumpkin", "sailor", "bluebell", "muffin", "thunder", "rosebud", "cricket", "penguin",
                  "cheddar", "maple"],
    "pwword_fr": ["soleil", "chaton", "printemps", "mamie", "papillon", "frites", "tartine", "gaufre", "moules",
                  "noisette", "pigeon", "cerise", "fromage", "lavande", "chocolat", "lapin"],
    "agent": ["Noor", "Mehmet", "Lisa", "Tom", "Eva", "Kevin", "Nora", "Joris", "Dewi", "Milan", "Iris", "Sven",
              "Laura", "Rachid", "Emma", "Jules", "Chantal", "Ruben"],
    "trade_nl": ["Bakkerij %s", "Kapsalon %s", "Loodgietersbedrijf %s", "%s Schilderwerken", "Fietsenmaker %s",
                 "Bloemenhuis %s", "%s Installatietechniek", "Hoveniersbedrijf %s", "Slagerij %s", "%s Administratie",
                 "Garage %s", "%s Klussenbedrijf", "Taxi %s", "%s Webshop"],
    "trade_fr": ["Boulangerie %s", "Salon %s", "Plomberie %s", "%s Rénovation", "Fleurs %s", "Carrosserie %s",
                 "%s Comptabilité", "Boucherie %s", "%s Jardins", "Épicerie %s"],
    "trade_en": ["%s Plumbing", "%s & Sons Bakery", "%s Hair Studio", "%s Joinery", "%s Bookkeeping", "%s Garden Care",
                 "%s Auto Repairs", "%s Cleaning Services", "%s Florist", "%s Electrical", "%s Crafts", "%s Catering"],
    "airline_code": ["VD", "NW", "AW", "ZB", "QX", "TJ"],
    "brand_tel": ["Telvanda", "Mobilaan", "Netvizier", "Belcomo", "Orbilink", "Kabelvast", "Voxa Mobile",
                  "Skylane", "Proxiva", "Lumatel", "Draadloos", "Fibrenet"],
    "brand_bank": ["Spaarwijk Bank", "Noordbank", "Kroonbank", "Valutabank", "Brixbank", "Meridian Direct",
                   "Harbour Bank", "Banque Solène", "Ardenta", "Keystone Savings"],
    "brand_energy": ["Windkracht Energie", "Groenstroom Direct", "Enerva", "Voltéo", "Brightwatt", "Pinecrest Power",
                     "Stroomtij", "Helios Energie"],
    "brand_insurer": ["Zorgzaam", "Vitaalpolis", "Mutualis", "Carewell", "Gezondhuys", "Medivera", "Verzekerd Thuis",
                      "Solidaria"],
    "brand_shop": ["Koopjeshoek", "Pakjesplein", "Huisenhaard", "Shopmaatje", "Gadgetgrot", "Bazaarly", "Cartwell",
                   "Maison Clair", "Tuinplezier", "Kidsmarkt"],
    "brand_carrier": ["Snelpost", "Pakketpunt", "ParcelPoint", "Routix", "Colisso", "Bezorgbaas", "Swiftbox", "Vrachtje"],
    "brand_gemeente": ["gemeente Dalwijk", "gemeente Zeeweerd", "gemeente Oosterburen", "gemeente Hulstdam",
                       "gemeente Brakelveen", "gemeente Lindeloo"],
    "brand_pension": ["Pensioenfonds Bouwzorg", "PF Horizon", "Pensioenfonds Zorgwerk", "Stichting Pensioen Transport",
                      "PF Metaalwerk", "Pensioenfonds Detailhuis"],
    "brand_lottery": ["Staatsgeluk", "Goedgeluk Loterij", "Lucky Lane", "Loterie Étoile", "Postcodegeluk", "Jackpotje"],
    "brand_stream": ["Flixa", "Kijkbox", "StreamHuis", "Tunely", "Vidora", "Luistervink", "Seriedag", "Playvio"],
    "brand_platform": ["Betaalbrug", "Shopvloer", "Mailvonk", "Factuurly", "Koppelhub", "Stackpay", "Boekhoudmaat",
                       "Routeplan Pro"],
    "brand_airline": ["Vlieg Direct", "Northsea Air", "Atlantic Wing", "Zonbird", "Quickjet", "Tulip Air"],
}


def pools_for_half(half: str) -> dict:
    k = 0 if half == "dev" else 1
    return {name: items[k::2] for name, items in POOLS.items()}


# ============================================================================================
# TEMPLATES: Dutch (nl)
# ============================================================================================
# --- login / password -------------------------------------------------------------------------
T("nl_login_nocue_a", "nl", "login", "chat",
  "[kan niet inloggen|kan niet meer inloggen|inloggen lukt niet|ik kom er niet in]. {user:username} {pw:password} "
  "[wat doe ik fout|klopt dat niet dan|wat is er mis|waarom werkt het niet]", reg="senior")
T("nl_login_nocue_b", "nl", "login", "chat+dm",
  "[hoi|hallo|goedemiddag]\n[ik probeer in te loggen in de app|de app doet raar|de app zegt steeds onjuiste gegevens]\n"
  "{user:username}\n{pw:password}\n[dit heb ik ingevuld|zo heb ik het ingetypt|dat is toch goed?]", reg="phone")
T("nl_login_pair", "nl", "login", "chat",
  "[inloggen met|ik log in met|ik probeer het met] {user:username} en [ww|wachtwoord|wachtw.|pw] {pw:password} "
  "[lukt niet|werkt niet meer|geeft een foutmelding|maar ik krijg een rood scherm]")
T("nl_login_shapes", "nl", "login", "chat+mail",
  "[Mijn gegevens|Inloggegevens|Dit zijn mijn inloggegevens|Inlog]: [{user:username} / {pw:password}|{user:username}:{pw:password}"
  "|inlog {user:username} pw={pw:password}|gebruiker {user:username} ww {pw:password}]\n"
  "[Kunnen jullie kijken wat er mis is?|Graag hulp want ik moet mijn factuur downloaden.|Het account is van mijn zaak, dus het is dringend.]")
T("nl_login_twolines", "nl", "login", "mail+chat",
  "[gebruikersnaam|gebruikesnaam|gebruikers naam|inlognaam|user]: {user:username}\n"
  "[wachtwoord|wachtwoort|ww|password|paswoord]: {pw:password}\n\n"
  "[dit werkt dus niet|ik krijg steeds de melding dat mijn gegevens onjuist zijn|sinds de update van de app kom ik er niet meer in]")
T("nl_pw_before_cue", "nl", "login", "chat",
  "{pw:password} [dat is het wachtwoord toch|is mijn ww|is wat ik intyp|is mijn wachtwoord en dat werkt niet]\n"
  "[ik heb het zelf opgeschreven|staat zo in mijn boekje|mijn zoon heeft het ingesteld]", reg="senior")
T("nl_pw_cue_later", "nl", "login", "wa",
  "[Goedemorgen|Hoi|Hallo daar]\n[Over mijn wachtwoord|Dat wachtwoord waar u om vroeg|Het wachtwoord van de app]\n"
  "[even zoeken hoor|ik heb het op een briefje|moment]\n[het staat hier|gevonden|ja hier]\n{pw:password}\n"
  "[maar die doet het niet|dat typ ik in|zo staat het op het briefje]", reg="senior")
T("nl_pw_caps", "nl", "login", "chat+messenger",
  "[IK KAN NIET INLOGGEN|INLOGGEN GAAT NIET|DE APP WIL NIET] [MIJN WACHTWOORD IS|WACHTWORD IS|WW IS] {pw:password} "
  "[EN HET WERKT NIET|HET KLOPT ECHT|WAT NU]\n[GR|GROETJES|MVG] {name}", caps=True)
T("nl_pw_voice_unlab", "nl", "login", "wa+messenger",
  "[ik heb een nieuw wachtwoord gemaakt|mijn kleinzoon heeft het wachtwoord veranderd|het wachtwoord is veranderd] "
  "[wachtwoord|het is] {wordy} [en dan zegt hij fout|maar het werkt niet punt|klopt dat vraagteken]", reg="voice")
T("nl_pw_voice_lab", "nl", "login", "wa",
  "[wachtwoord is|het wachtwoord is|mijn wachtwoord is] {pw.sym:password} met hoofdletter "
  "[en ik kom er nog steeds niet in|maar de app zegt fout punt|komma wat moet ik doen]", reg="voice")
T("nl_pw_typos", "nl", "login", "chat",
  "[mijn wachtwood|m'n paswrd|mn wachtwoort|het wachwoord|mijn wagtwoord|mijn wachtwrd] [is|=|was] {pw:password} "
  "[en hij zegt steeds fout|maar ik kom er niet in|en nu zit ik vast|kan iemand helpen]")
T("nl_login_email", "nl", "login", "chat+mail",
  "[Ik log in met mijn mailadres|Inloggen doe ik met mijn e-mail] {email:email} en [wachtwoord|het wachtwoord] {pw:password}"
  "[ maar ik krijg {err!error_code}| en dan blijft het scherm wit|, sinds {date!date} lukt het niet meer]")
T("nl_pw_neg", "nl", "login", "chat+xpub",
  "[wachtwoord|ww|wachtwoord van de app] {qty.times!quantity} fout [ingevoerd|getypt] en nu [geblokkeerd tot|moet ik wachten tot] {time!time}. "
  "[Reset code|Foutcode|Melding] {err!error_code}. [Ik heb een {model.phone!model_number}.|Via {url.tel!url} lukt het ook niet.]")
T("nl_pw_neg_masked", "nl", "login", "chat+pub",
  "[In de app staat bij wachtwoord alleen|Bij wachtwoord zie ik] {masked.pw!masked_value} [en ik weet niet meer wat het is|hoe kan ik dat zien]. "
  "[Ik heb {ver.os!version_string}|Mijn telefoon is een {model.phone!model_number}]")
T("nl_mail_quoted_login", "nl", "login", "mail",
  "Onderwerp: RE: [Uw vraag over inloggen|Ticket {ticket!ticket_number}]\n\n[Hallo|Beste] {ag},\n\n"
  "[Het werkt nog steeds niet.|Ik heb gedaan wat u zei maar het lukt niet.] [Ik heb het nieuwe wachtwoord|Nieuw wachtwoord] "
  "{pw:password} [ingesteld|gemaakt] [maar de app zegt nog steeds fout.|en toch kom ik er niet in.]\n\n[Groet|Mvg],\n{name}\n\n"
  "-----Oorspronkelijk bericht-----\nVan: {name} <{email:email}>\nVerzonden: {date.outlook!date} {time!time}\n"
  "Aan: Klantenservice {tel}\nOnderwerp: Inloggen\n\nIk kan niet inloggen met {user:username}. [Mijn oude wachtwoord was|Oud ww:] {pw2:password}")
T("nl_login_reply_alone", "nl", "login", "wa",
  "> [Wat is uw gebruikersnaam?|Met welke gebruikersnaam logt u in?]\n{user:username}\n> [En het wachtwoord dat u probeert?|Welk wachtwoord heeft u geprobeerd?]\n{pw:password}")

# --- SIM PIN / PUK -----------------------------------------------------------------------------
T("nl_sim_puk_card", "nl", "sim", "chat",
  "[mijn telefoon vraagt om de puk|telefoon zegt SIM geblokkeerd voer PUK in|ik heb {qty.times!quantity} de verkeerde pincode ingetoetst], "
  "[op het plastic kaartje staat|op de simkaart houder staat|PUK staat op het kaartje:|op het pasje van de sim staat] {puk:puk} "
  "[maar die werkt niet|mag ik die gebruiken?|klopt dat?]", reg="senior")
T("nl_sim_new_pins", "nl", "sim", "chat+mail",
  "Nieuwe simkaart [ontvangen|gekregen] voor mijn {model.phone!model_number}. [Pincode|PIN|pin] {pin:pin}, [PUK|puk-code|pukcode] {puk:puk}. "
  "[Toestel blijft zeggen 'geen simkaart'.|Hij belt wel maar mobiel internet doet niks.|Moet ik nog iets activeren?]")
T("nl_sim_neg", "nl", "sim", "chat+pub",
  "[PIN|pincode|sim pin] {qty.times!quantity} fout [ingevoerd|ingetoetst], nu vraagt hij om PUK. "
  "[Waar vind ik die?|Die heb ik niet meer.|Het kaartje ben ik kwijt.] [Toestel is een|Telefoon:] {model.phone!model_number}")
T("nl_sim_agent_puk", "nl", "sim", "agent",
  "Hoi {fn}, [de PUK-code van je simkaart|je PUK] [voor het nummer|bij nummer] {masked.phone!masked_value} is {puk:puk}. "
  "[Toets deze in en kies daarna een nieuwe pincode.|Daarna kun je zelf een nieuwe pincode kiezen.] [Lukt het niet? Laat het ons weten.|Succes!] ^{ag}")
T("nl_sim_puk_typo", "nl", "sim", "chat",
  "[pukcdoe|puk kode|de pukkode|pak code] [is|=] {puk.sp:puk} [en mijn oude pin was|oude pincdoe] {pin:pin} [maar nu doet hij niks meer|hij zegt nog steeds geblokkeerd]",
  reg="phone")
T("nl_sim_pin_after", "nl", "sim", "wa",
  "[Mijn man heeft een nieuwe telefoon|Nieuwe telefoon gekocht, een {model.phone!model_number}]\n[simkaart erin gedaan|sim overgezet]\n"
  "{pin:pin} [is de pin die op de brief stond|dat is de pincode van de brief|stond op de brief bij de sim]\n[maar hij zegt fout|werkt niet]", reg="senior")

# --- wifi ---------------------------------------------------------------------------------------
T("nl_wifi_sticker", "nl", "wifi", "chat+mail",
  "[Op de sticker|Op de sticker onderop het modem|Achterop de router|Op het kaartje bij het modem] staat [WPA2:|WPA-sleutel:|wifi-sleutel|netwerksleutel] "
  "{wifi:wifi_key} [maar mijn laptop accepteert hem niet.|maar de tablet zegt wachtwoord onjuist.|en toch geen verbinding.] "
  "[Modem is de|Het is een] {model.modem!model_number}.")
T("nl_wifi_net", "nl", "wifi", "chat",
  "[netwerk|wifi naam] {ssid} [sleutel|ww|code] {wifi:wifi_key} [werkt alleen op|doet het niet op|geeft geen verbinding op] {qty.ghz!quantity}")
T("nl_wifi_changed", "nl", "wifi", "chat+mail",
  "[Ik heb|Mijn zoon heeft|We hebben] het wifi wachtwoord veranderd [naar|in] {wifi:wifi_key} en nu "
  "[doet de tv het niet meer|kan de printer niet meer verbinden|werkt de slimme thermostaat niet meer]. "
  "[Moet ik de {model.device!model_number} opnieuw instellen?|Hoe los ik dat op?]")
T("nl_wifi_neg", "nl", "wifi", "chat+pub",
  "[modem|router|kastje] {model.modem!model_number}, [wifi wachtwoord|het wachtwoord van de wifi|de wifi code] staat op de sticker maar "
  "[die is onleesbaar|ik kan het niet lezen|de sticker is eraf]. [Kunnen jullie een nieuwe sturen?|Kan het anders?] "
  "[Internet is maar|Ik haal maar] {qty.speed!quantity}")
T("nl_wifi_nocue", "nl", "wifi", "wa",
  "[Nieuwe modem aangesloten|Modem is vervangen|Monteur is geweest]\n[Netwerk|Naam] {ssid}\n{wifi:wifi_key}\n"
  "[Telefoon ziet hem wel maar verbindt niet|Laptop zegt verkeerd wachtwoord|Wat doe ik fout]")
T("nl_wifi_typo", "nl", "wifi", "chat",
  "[wifi wachtwrd|wifi code|wiffi sleutel|netwerk sleutel] {wifi:wifi_key} [doet het niet|klopt niet zegt de tv|kan iemand helpen] "
  "[mijn kleinkinderen komen morgen|ik heb al {qty.times!quantity} opnieuw opgestart]", reg="senior")

# --- bank card, PIN, CVV -------------------------------------------------------------------------
T("nl_card_lost", "nl", "bank", "chat+mail",
  "[Mijn pas is gestolen|Ik ben mijn bankpas kwijt|Pas kwijt in de bus], [kaartnummer|pasnummer|nummer van de pas] {card.maestro:card} "
  "[geldig tot|verloopt|vervaldatum] {exp:card_expiry}. [Graag blokkeren!|Kunnen jullie hem direct blokkeren?] "
  "[Mijn pincode was|Pin is|pincode] {pin:pin} [dus die moet ook gewijzigd.|voor de zekerheid.]", reg="senior")
T("nl_card_back_cvv", "nl", "bank", "chat",
  "[achterop de pas staat|op de achterkant staan 3 cijfers|code achterop|de 3 cijfers achterop zijn] {cvv:cvv} "
  "[moet ik die invullen bij|vul ik in bij|is dat wat ze willen bij] {shop}[? de kaart is {card:card}|?]")
T("nl_card_webshop", "nl", "payment", "chat+mail",
  "[Betaling mislukt|De betaling gaat steeds fout|Ik kan niet afrekenen] bij [bestelling|order] {order!order_number}. "
  "[Creditcard|Kaart|Visa] {card:card}[ ({exp:card_expiry})|, {exp:card_expiry}| geldig t/m {exp:card_expiry}| exp {exp.mmyy:card_expiry}], "
  "[cvc|code achterop|beveiligingscode|CVC-code] {cvv:cvv}. [Bedrag|Totaal] {amount!amount}.")
T("nl_card_neg", "nl", "bank", "chat+pub",
  "[pin werkt niet sinds {year!year}|mijn pas is {qty.times!quantity} geweigerd bij de kassa|pinnen ging {qty.times!quantity} mis], "
  "[foutcode|melding|code] {err!error_code} [bij het pinnen|op het scherm|op de automaat]. [Pas eindigt op|Kaart] {masked.card!masked_value}. "
  "[Wat nu?|Ik sta hier met een volle kar.|Ik heb nu geen geld.]")
T("nl_pin_forgot", "nl", "bank", "chat",
  "[ik weet mijn pincode niet meer|pincode vergeten|ben de pin kwijt], is het {pin:pin} of {pin2:pin}? "
  "[ik heb het al {qty.times!quantity} geprobeerd|de automaat slikte bijna mijn pas]", reg="senior")
T("nl_app_pin", "nl", "bank", "chat",
  "[De app vraagt om mijn 5-cijferige code|De bankapp wil mijn inlogcode|App vraagt pincode na update], "
  "[ik gebruik altijd|die is|ik tik] {apppin:pin} [maar hij zegt onjuist.|en dan sluit de app af.] "
  "[Telefoon:|Op mijn] {model.phone!model_number}, {ver.os!version_string}")
T("nl_pin_voice", "nl", "bank", "wa",
  "[mijn pin code is|pincode is|de pin is] {pin.sp:pin} punt [de pas doet het niet|hij is geblokkeerd|wat moet ik doen vraagteken]", reg="voice")
T("nl_pin_dashes", "nl", "bank", "chat",
  "[PINCODE|pincode van de nieuwe pas|de pin uit de brief] [is|was] {pin.dash:pin}[ of {pin2.dot:pin}|] [dat weet ik niet meer zeker|staat op de brief die ik weggegooid heb]",
  reg="senior")
T("nl_card_split_wa", "nl", "payment", "wa",
  "[kaartnummer|creditcard|kaartnr]\n{card.split:card}\n[exp|geldig tot|vervalt] {exp:card_expiry}\n[cvc|code achter] {cvv:cvv}\n"
  "[lukt het zo?|graag afschrijven voor de rekening van {amount!amount}]")
T("nl_card_caps", "nl", "bank", "chat",
  "[NIEUWE PAS WERKT NIET|PAS GEBLOKKEERD] PINCODE {pin:pin} [KLOPT|IS GOED] [KAART|PASNR] {card:card} [GRAAG BELLEN|BEL MIJ] {phone:phone}", caps=True)
T("nl_card_helper", "nl", "helper", "chat",
  "[Ik help mijn buurvrouw|Ik schrijf namens mijn buurvrouw van 87], ze [kan niet meer pinnen|is haar pas kwijt]. "
  "Haar [pincode|pin] is {pin:pin} en [het pasnummer|de kaart] {card:card}. [Zelf ben ik bereikbaar op|Mijn nummer:] {phone:phone}")

# --- one-time codes ----------------------------------------------------------------------------
T("nl_otp_invalid", "nl", "otp", "chat+dm",
  "[ik krijg code|de sms code is|sms-code|verificatiecode|verificatiecdoe|de code uit de sms] {otp.any:otp} "
  "[maar de app zegt ongeldig|en dan staat er verlopen|maar die wordt niet geaccepteerd|en nu?]")
T("nl_otp_prefix", "nl", "otp", "chat",
  "[Ik kreeg een sms met|In de sms staat|Code ontvangen:] {otp.pre:otp}[, moet ik die letter ook intypen?| maar het vakje accepteert alleen cijfers.| is dat de goede?]")
T("nl_otp_neg", "nl", "otp", "chat+pub",
  "[De sms-code komt pas na een kwartier binnen|Ik krijg geen verificatiecode|De inlogcode komt niet], "
  "[ik heb het {qty.times!quantity} geprobeerd|al sinds {date!date}]. [Telefoon is een|Toestel:] {model.phone!model_number}. "
  "[Nummer eindigt op|Mijn nummer] {masked.phone!masked_value}")
T("nl_otp_reply", "nl", "otp", "wa",
  "> [Kunt u de code noemen die u per sms heeft ontvangen?|Wat is de code die u net kreeg?|Stuur de 6 cijfers maar]\n{otp:otp}")
T("nl_otp_letter", "nl", "letter", "mail+chat",
  "[Op de brief staat activatiecode|De activeringscode in de brief is|In de brief van de {gemeente} staat code|Activatie code van de brief:] "
  "{otp.eight:otp} [maar de site zegt dat hij verlopen is|maar ik krijg foutmelding {err!error_code}|en die werkt niet]. "
  "[De brief is van|Gedateerd] {date!date}.")
T("nl_otp_two", "nl", "otp", "chat",
  "[eerst kreeg ik code|ik had de code] {otp:otp} en [daarna|nu] {otp2.any:otp}[, welke moet ik hebben| welke geldt nou|?] "
  "[ik heb {qty.times!quantity} op opnieuw versturen gedrukt|het duurt steeds {qty.minutes!quantity}]")
T("nl_otp_code46", "nl", "otp", "chat",
  "[code 4 van de 6 werkt|van de 6 vakjes vult hij er maar 4 in] [en de rest niet|de laatste 2 niet], [sms kwam om|ontvangen om] {time!time}. "
  "[app|versie] {ver.os!version_string}")

# --- IBAN ---------------------------------------------------------------------------------------
T("nl_iban_refund", "nl", "iban", "chat+mail",
  "[Graag het geld terugstorten op|Kunt u het terugbetalen op|Mijn rekeningnummer is|Rekeningnr:|IBAN:] {iban:iban} [t.n.v.|op naam van] {name}. "
  "[Het gaat om|Betreft] [factuur {inv!invoice_number}|bestelling {order!order_number}] [van|ad] {amount!amount}.")
T("nl_iban_cc", "nl", "iban", "chat",
  "[rekening|reknr|rekeningnummer|rek nr] {iban.cc:iban} [is van mij|klopt dit|hier moet het op]")
T("nl_iban_machtiging", "nl", "energy", "mail",
  "Onderwerp: Wijziging rekeningnummer\n\nGoedendag,\n\nVanaf [volgende maand|{date.short!date}] wil ik het voorschot van {amount!amount} "
  "laten afschrijven van [mijn nieuwe rekening|een andere rekening]: {iban:iban}.\nMijn klantnummer is {custnr:customer_number}.\n\n"
  "[Met vriendelijke groet|Vriendelijke groeten|Groet],\n{name}\n{addr.ml:address}")
T("nl_iban_masked", "nl", "iban", "chat+pub",
  "[In de app staat mijn rekening als|Ik zie alleen] {masked.iban!masked_value}[ maar ik heb een andere rekening.|, klopt dat wel?] "
  "[Afschrijving van|Bedrag] {amount!amount} op {date!date}.")
T("nl_iban_foreign", "nl", "iban", "mail+chat",
  "[Ik woon sinds kort in Duitsland, mijn nieuwe rekening is {iban.de:iban}|Ik ben verhuisd naar Spanje, nieuwe rekening: {iban.es:iban}"
  "|Mijn rekening staat nu in Luxemburg: {iban.lu:iban}|Sinds de emigratie heb ik een Franse rekening {iban.fr:iban}]. "
  "[Kan de uitkering daarheen?|Graag wijzigen voor de premie.|Kunnen jullie dat aanpassen?]")
T("nl_iban_split", "nl", "iban", "wa+mail",
  "[Rekeningnummer voor de terugbetaling|Mijn IBAN|rekeningnummer]:\n{iban.split:iban}\n[t.n.v. {name}|graag voor {date!date}]")
T("nl_iban_op_schreef", "nl", "iban", "mail",
  "[Hallo|Goedemorgen],\n\n[Zie hieronder, ik had het al gestuurd.|Ik stuur het nog een keer.] [Graag snel terugbetalen.|Ik wacht al {qty.days!quantity}.]\n\n{fn}\n\n"
  "Op {date.quote!date} om {time!time} schreef {name} <{email:email}>:\n> Mijn rekeningnummer is {iban:iban}\n>\n"
  "> Op {date2.quote!date} schreef Klantenservice {shop}:\n>> Wilt u uw rekeningnummer sturen zodat wij {amount!amount} kunnen terugbetalen?")

# --- BSN ----------------------------------------------------------------------------------------
T("nl_bsn_gemeente", "nl", "bsn", "chat+mail",
  "[Mijn BSN is|BSN:|Burgerservicenummer|bsn nr] {bsn:bsn}, [ik wil een afspraak voor een nieuw paspoort|ik heb een brief van de {gemeente} gekregen over de afvalstoffenheffing"
  "|mijn adres is niet goed doorgegeven].")
T("nl_bsn_details", "nl", "bsn", "mail+chat",
  "[Gegevens|Mijn gegevens|Voor de controle]: {name} {dob:date_of_birth} {bsn:bsn}\n[Ik heb een vraag over de eigen bijdrage.|Graag terugbellen.]")
T("nl_bsn_sofi", "nl", "bsn", "chat",
  "[mijn sofinummer|sofi nummer|mijn sofi-nummer] [is|=] {bsn:bsn} [dat vroegen jullie toch|staat ook op de brief]", reg="senior")
T("nl_bsn_zorg", "nl", "bsn", "mail",
  "Onderwerp: [Declaratie tandarts|Machtiging fysiotherapie|Premie {date.short!date}]\n\nBeste {insurer},\n\n"
  "[De declaratie van {amount!amount} is afgewezen|Ik heb een brief gekregen dat ik {amount!amount} moet bijbetalen], maar volgens mij ben ik aanvullend verzekerd.\n\n"
  "[Polisnummer|Relatienummer]: {custnr:customer_number}\n[BSN|Burgerservicenummer]: {bsn:bsn}\nGeboortedatum: {dob:date_of_birth}\n\n"
  "[Vriendelijke groet|Met vriendelijke groeten],\n{name}")
T("nl_bsn_pension", "nl", "bsn", "mail",
  "Geachte heer, mevrouw,\n\nIk ben sinds {year!year} met pensioen maar ik heb deze maand niets ontvangen van {pension}. [Mijn burgerservicenummer is|BSN] {bsn:bsn} "
  "en ik ben geboren op {dob:date_of_birth}. [Mijn adres is|Ik woon op] {addr:address}.\n\nHoogachtend,\n{name.formal}", reg="senior")
T("nl_bsn_helper", "nl", "helper", "chat+mail",
  "Ik regel de zaken voor mijn [vader|schoonvader|opa] {name2}. [Zijn BSN is|BSN van hem:] {bsn2:bsn}, geboren {dob2:date_of_birth}. "
  "[Mijn eigen BSN|En die van mij] {bsn:bsn} [voor de machtiging|als dat nodig is].")
T("nl_bsn_typo", "nl", "bsn", "chat",
  "[bns|bsnummer|burgerservice nr|BSN-nummer] {bsn:bsn} [van mij|van mijn dochter] [voor de toeslag|zorgtoeslag is stopgezet|inschrijving]")
T("nl_bsn_neg", "nl", "bsn", "chat+pub",
  "[Op de brief staat alleen een deel van mijn BSN|In mijn account staat BSN] {masked.pw!masked_value}. [Is dat normaal?|Zaaknummer {ticket!ticket_number}.] "
  "[Brief van|Gedateerd] {date!date}")

# --- API / tokens (small businesses) -------------------------------------------------------------
T("nl_api_woo", "nl", "api", "mail+chat",
  "[Mijn webshop koppeling met {platform} werkt niet meer|Sinds vanochtend komen er geen bestellingen meer door].\n"
  "Consumer key: {apikey.ck:api_key}\nConsumer secret: {apikey.cs:api_key}\n[Foutmelding|Melding|Ik krijg] {err!error_code}. "
  "[Plugin versie|WooCommerce] {ver.sw!version_string}.")
T("nl_api_live", "nl", "api", "chat+mail",
  "[Hoi|Goedemiddag], ik heb een [kleine webshop|eenmanszaak met webshop] en de betalingen via {platform} werken niet. "
  "[Mijn sleutel is|Deze key heb ik ingevuld:|API key:|Secret key] {apikey.sk:api_key} [klopt die?|is dat de goede?|moet dat een andere zijn?]")
T("nl_api_bearer", "nl", "api", "mail",
  "Onderwerp: 401 bij koppeling {platform}\n\nHoi,\n\nOnze kassa-koppeling geeft sinds {date!date} een foutmelding. Dit is wat de log laat zien:\n\n"
  "GET /v2/orders\nAuthorization: Bearer {token.jwt:token}\n\nAntwoord: {err_json}\n\n[Wat moeten we doen?|Kunnen jullie meekijken?]\n\n{name}\n{biz}")
T("nl_api_aws", "nl", "api", "mail+chat",
  "[Onze boekhouder|Mijn neef] heeft de back-up naar de cloud ingesteld, [access key|key id] {apikey.akia:api_key} en [secret|de geheime sleutel] "
  "{apikey.awssecret:api_key}. [Sinds {date!date} faalt de back-up.|Nu krijg ik AccessDenied.]")
T("nl_api_github", "nl", "api", "chat",
  "[token|mijn token|GitHub token] {token.ghp:token} [werkt niet meer na {date!date}|is verlopen denk ik|geeft {err!error_code}]")
T("nl_api_neg", "nl", "api", "chat+mail",
  "[De API geeft|Koppeling geeft] {err!error_code} [sinds update naar|na de update naar] {ver.sw!version_string}. "
  "[Onze API key is niet veranderd|Ik heb de sleutel niet aangepast|Token heb ik net vernieuwd]. [Bestelling|Order] {order!order_number} [kwam wel door|staat nog open].")
T("nl_api_mailing", "nl", "api", "mail",
  "Hallo,\n\nMijn nieuwsbrief via {platform} wordt niet verstuurd. Ik heb de [sleutel|API-sleutel|key] uit het oude account gekopieerd: {apikey.sg:api_key}\n"
  "[Is dat fout?|Moet ik een nieuwe aanmaken?] Ik ben niet zo technisch.\n\nGroet,\n{fn}")
T("nl_api_slack", "nl", "api", "chat",
  "[de bot in ons kanaal doet niks meer|onze melding-bot werkt niet], [token|bot token] is {token.xoxb:token} [sinds gisteren|na {time!time}]")

# --- everything at once ------------------------------------------------------------------------
T("nl_dump_list", "nl", "dump", "mail+chat",
  "[Hierbij al mijn gegevens|Mijn gegevens|Alles wat u nodig heeft]:\nNaam: {name}\n[Geboortedatum|Geb. datum|geb datum]: {dob:date_of_birth}\n"
  "Adres: {addr:address}\n[Telefoon|Tel|Mobiel]: {phone:phone}\n[E-mail|Email|mail]: {email:email}\n[Klantnummer|Klantnr]: {custnr:customer_number}\n"
  "IBAN: {iban:iban}\n[Wachtwoord|Ww]: {pw:password}", reg="senior")
T("nl_dump_sentence", "nl", "dump", "chat+mail",
  "ik ben {name} geboren {dob:date_of_birth} ik woon [op|aan de] {addr:address} mijn nummer is {phone:phone} en mail {email:email} "
  "mijn klantnummer {custnr:customer_number} en rekening {iban:iban} en mijn wachtwoord is {pw:password} [nu weet u alles|kunt u nu helpen|ik hoop dat dit genoeg is]",
  reg="senior")
T("nl_dump_lines", "nl", "dump", "wa",
  "{name}\n{dob:date_of_birth}\n{addr.ml:address}\n{phone:phone}\n{email:email}\n{custnr.digits:customer_number}\n{iban:iban}\n{pw:password}\n"
  "[dit zijn mijn gegevens|alles klopt|graag bellen]", reg="senior")
T("nl_dump_bsn", "nl", "dump", "mail",
  "Goedemiddag,\n\nVoor de aanvraag van de [huurtoeslag|kwijtschelding|parkeervergunning]:\n\n{name}, {dob:date_of_birth}\nBSN {bsn:bsn}\n"
  "{addr:address}\n{phone:phone} / {email:email}\nRekening {iban:iban}\n\n[Met vriendelijke groet|Groet],\n{fn}")

# --- small business e-mail with signature -------------------------------------------------------
T("nl_biz_sig", "nl", "biz", "mail",
  "[Onderwerp: Dubbele afschrijving\n\n[Beste|Geachte heer/mevrouw|Goedemiddag],\n\nVorige maand is er twee keer {amount!amount} afgeschreven voor ons zakelijke abonnement. "
  "Wilt u het teveel betaalde terugstorten op|Onderwerp: Wijziging bankrekening\n\n[Beste|Geachte heer/mevrouw|Goedemiddag],\n\n"
  "Wij willen graag de rekening van ons bedrijf wijzigen. Het nieuwe rekeningnummer is|Onderwerp: Vraag over factuur {inv!invoice_number}\n\n[Beste|Geachte heer/mevrouw|Goedemiddag],\n\n"
  "Op deze factuur staat een verkeerd btw-bedrag, we hebben {amount!amount} te veel betaald. Graag terugbetalen op] {iban:iban}.\n\n"
  "[Met vriendelijke groet|Met vriendelijke groeten|Mvg],\n\n{name}\n{biz}\n{addr.ml:address}\nT {cphone!company_phone} | M {phone:phone}\n{email.biz:email}\n{site!url}\n"
  "KvK {kvk!company_registration} | BTW {btw!company_registration}")
T("nl_biz_sig_nohr", "nl", "biz", "mail",
  "Onderwerp: Internet valt steeds weg\n\nGoedemorgen,\n\nSinds {date!date} valt ons internet een paar keer per dag weg, de pinautomaat in de winkel doet het dan ook niet. "
  "Modem is de {model.modem!model_number}, foutcode {err!error_code}. Klantnummer {custnr:customer_number}.\n\nGraag snel contact, liefst op mijn mobiel.\n\n"
  "Met vriendelijke groet,\n{name}\n{biz}\n{addr:address}\nTel. {cphone!company_phone}\nMobiel {phone:phone}\n{site!url}\nKvK-nummer {kvk!company_registration}")
T("nl_biz_api_sig", "nl", "biz", "mail",
  "Onderwerp: koppeling kassa -> {platform}\n\nHallo,\n\nIk heb een bakkerij en geen verstand van computers. De man van de kassa zei dat ik dit moest sturen:\n\n"
  "[api key|API-key|sleutel]: {apikey.api:api_key}\n[token|access token]: {token.hex40:token}\n\nSinds {date!date} worden de verkopen niet meer doorgestuurd.\n\n"
  "Groet,\n{name}\n{biz}\n{cphone!company_phone}\nBTW {btw!company_registration}")

# --- typed over from letters, cards and stickers -------------------------------------------------
T("nl_letter_pas", "nl", "letter", "chat",
  "[achterop de pas staat|op de achterkant van de kaart staat|op de nieuwe creditcard staat] {card:card} en [geldig tot|vervaldatum] {exp:card_expiry} "
  "[en daaronder|en op de achterkant|de code achterop is] {cvv:cvv}. [Moet ik die activeren?|Hij doet het nog niet.]", reg="senior")
T("nl_letter_pin_brief", "nl", "letter", "chat+mail",
  "[In de pincode-brief staat|De pinbrief zegt|Op de brief met de pincode staat] {pin:pin} [maar de automaat zegt onjuist|en die werkt niet]. "
  "[De brief kwam op|Ontvangen op] {date!date}.", reg="senior")
T("nl_letter_inlogcode", "nl", "letter", "chat",
  "[op de brief staat inlogcode|in de welkomstbrief staat als wachtwoord|tijdelijk wachtwoord uit de brief:] {pw:password} "
  "[en mijn klantnummer|en klantnr] {custnr:customer_number} [maar het lukt niet|wat moet ik nu doen]")

# --- public posts and agent replies --------------------------------------------------------------
T("nl_pub_pw", "nl", "public", "xpub",
  "{at.tel!mention} [ik kan al {qty.days!quantity} niet inloggen|jullie app is echt waardeloos|inloggen lukt niet], [gebruiker|login|inlog] {user:username} "
  "[ww|wachtwoord] {pw:password} [wat is er mis??|regel het nou eens|{tag!hashtag}]")
T("nl_pub_iban", "nl", "public", "fbig+xpub",
  "[Ik wacht nog steeds op mijn geld!|Waar blijft mijn terugbetaling?] [{amount!amount} terug naar|Storten op] {iban:iban} "
  "[zoals al {qty.times!quantity} gevraagd|niet zo moeilijk toch] {tag!hashtag}")
T("nl_pub_card", "nl", "public", "fbig",
  "[Ik heb een creditcard aangevraagd maar nog niks gehad|Mijn nieuwe kaart werkt niet] {card:card}[ en {exp:card_expiry}|] [help!!|waarom duurt dit zo lang] {tag!hashtag}")
T("nl_pub_puk", "nl", "public", "xpub",
  "{at.tel!mention} [telefoon op slot|simkaart geblokkeerd], [puk|pukcode] {puk:puk} [doet niks|werkt niet] {tag.tel!hashtag}")
T("nl_agent_delete", "nl", "agent", "agent",
  "[Hoi {fn}, je hebt je [wachtwoord|inloggegevens] openbaar gedeeld. Verwijder dat bericht alsjeblieft en wijzig je wachtwoord via {url.tel!url}. "
  "We helpen je verder via DM."
  "|Beste {name.formal}, u heeft uw [wachtwoord|inloggegevens] openbaar gedeeld. Verwijdert u dat bericht a.u.b. direct en wijzig uw wachtwoord op {url.tel!url}."
  "|Hoi {fn}, in je tweet staat je [rekeningnummer|pincode|klantnummer met je geboortedatum]. Haal die tweet even weg? Dan kijken we via DM verder, "
  "meer info op {url.tel!url}.] {ag.init}")
T("nl_agent_ask", "nl", "agent", "agent",
  "[Hoi|Hallo] {fn}, [vervelend dat het niet lukt|sorry voor het wachten]! [Wil je|Kun je] ons via DM je "
  "[klantnummer en postcode|klantnummer en geboortedatum|e-mailadres en huisnummer] sturen? [Stuur nooit je wachtwoord of pincode mee.|Je wachtwoord hebben we niet nodig.] "
  "[Je ticket is|Referentie] {ticket!ticket_number}. [Gr.|Groet,] {ag}")
T("nl_agent_repeat", "nl", "agent", "agent",
  "[Bedankt {fn}|Dank je {fn}|Dank u {name.formal}]. [Ik heb je e-mailadres|We hebben het e-mailadres] {email:email} "
  "[gekoppeld aan klantnummer|aangepast bij klantnummer] {custnr:customer_number}. "
  "[Je ontvangt binnen {qty.days!quantity} een bevestiging.|Het wijzigen is doorgevoerd op {date!date}.] {ag}")
T("nl_agent_repeat_iban", "nl", "agent", "agent",
  "Dag {fn}, [we storten {amount!amount} terug op|het bedrag van {amount!amount} wordt teruggestort op] {iban:iban}[ t.n.v. {name}|]. "
  "[Dat kan {qty.days!quantity} duren.|Je ziet het binnen {qty.days!quantity} op je rekening.] [Groet, {ag}|{ag.init}]")
T("nl_agent_otp_warn", "nl", "agent", "agent",
  "[Je ontvangt zo een sms met een code.|We sturen je een verificatiecode.] [Deel die code nooit, ook niet met ons.|Die code hoef je niet aan ons te geven.] "
  "[Komt de sms niet binnen na {qty.days!quantity}?|Geen sms ontvangen?] Bel dan {cphone!company_phone}. ^{ag}")
T("nl_agent_wifi", "nl", "agent", "agent",
  "[Hoi {fn}, ik heb het wifi-wachtwoord van je modem gereset.|Je nieuwe wifi-sleutel is ingesteld.] [De nieuwe sleutel is|Wifi-sleutel:] {wifi:wifi_key}. "
  "[Netwerknaam blijft|Je netwerk heet nog steeds] {ssid}. {ag}")

# --- no personal data: hard negatives ------------------------------------------------------------
T("nl_neg_outage", "nl", "outage", "xpub+fbig",
  "{at.tel!mention} [alweer storing|internet ligt er weer uit|geen tv en geen internet] sinds {time!time} [in|hier in] {city} {tag.tel!hashtag} "
  "[modem {model.modem!model_number} knippert rood|lampje knippert oranje|{qty.speed!quantity} betalen en niks krijgen]")
T("nl_neg_parcel", "nl", "parcel", "chat+xpub",
  "[Pakket|Mijn pakket|Bestelling] {order!order_number} [staat al {qty.days!quantity} op|blijft hangen op] 'onderweg'. "
  "[Track & trace|T&T|Trackingnummer] {track!tracking_number}. [Bezorger zou komen op|Verwacht op] {date!date}[ tussen {time!time} en {time2!time}|].")
T("nl_neg_invoice", "nl", "invoice", "mail+chat",
  "[Factuur|Factuurnummer] {inv!invoice_number} [is|klopt niet, het is] {amount!amount} [terwijl ik|maar ik heb] {pct!percentage} korting [zou krijgen|had]. "
  "[Ticket|Zaaknummer|Referentie] {ticket!ticket_number}.")
T("nl_neg_meter", "nl", "energy", "chat+mail",
  "[Meterstand|Meterstanden] [doorgeven|van vandaag]: [normaal|T1] {meter!meter_reading}, [dal|T2] {meter2!meter_reading}, gas {meter3!meter_reading}. "
  "[Verbruik vorig jaar|Jaarverbruik] {qty.energy!quantity}. [Klopt het voorschot van|Het voorschot is] {amount!amount}?")
T("nl_neg_stream", "nl", "stream", "chat+pub",
  "{stream} [werkt niet op mijn|hapert op de] {model.device!model_number} [sinds de update naar|met app] {ver.app!version_string}, [foutcode|code] {err!error_code}. "
  "[Abonnement kost|Ik betaal] {amount.small!amount} per maand!")
T("nl_neg_flight", "nl", "travel", "chat+mail",
  "Vlucht {flight!flight_number} op {date!date} [om|van] {time!time} is [geannuleerd|{qty.hours!quantity} verschoven]. "
  "[Ik wil mijn {amount!amount} terug.|Krijg ik {pct!percentage} compensatie?][ Zie ook {url.airline!url}|]")
T("nl_neg_lottery", "nl", "lottery", "chat+fbig",
  "[Ik speel al sinds {year!year} mee met|Al jaren lid van] {lottery} en [nog nooit iets gewonnen|nu staat er dat ik {amount!amount} heb gewonnen], "
  "[klopt dat|is dat echt]? [Ik kreeg een sms om {time!time}|Er stond een link in: {url.lottery!url}]")
T("nl_neg_product", "nl", "shop", "chat+mail",
  "Ik heb {qty.items!quantity} van artikel {sku!product_code} besteld ({order!order_number}) maar [er zat er maar één in|de verkeerde maat gekregen]. "
  "[Retour via|Label gemaakt met] {track!tracking_number}.")
T("nl_neg_bankapp", "nl", "bank", "xpub",
  "{at.bank!mention} [app|versie] {ver.app!version_string} [crasht bij inloggen|laat mijn saldo niet zien], [pincode invoeren|inloggen met pincode] "
  "[gaat|lukt] niet [sinds {date!date}|na {time!time}] {tag.bank!hashtag}")
T("nl_neg_energy_bill", "nl", "energy", "mail",
  "Onderwerp: Jaarafrekening\n\nGeachte {energy},\n\nIn de jaarafrekening ({inv!invoice_number}) staat een verbruik van {qty.energy!quantity}. "
  "Mijn meter gaf op {date!date} echter {meter!meter_reading} aan. Het voorschot gaat van {amount!amount} naar {amount2!amount}, dat is {pct!percentage} meer.\n\n"
  "Kunt u dit nakijken? Mijn zaaknummer is {ticket!ticket_number}.\n\nMet vriendelijke groet,\n{name}")
T("nl_neg_wifi_ghz", "nl", "wifi", "chat",
  "[wifi {qty.ghz!quantity} doet het wel|alleen {qty.ghz!quantity} werkt], [de andere niet|maar {qty2.ghz!quantity} niet]. [Modem|Router] {model.modem!model_number}, "
  "[firmware|software] {ver.fw!version_string}. [wachtwoord heb ik niet veranderd|wifi wachtwoord is nog hetzelfde]")
T("nl_neg_reset", "nl", "misc", "chat+pub",
  "[Na de reset|Na het resetten] krijg ik [code|reset code|foutmelding] {err!error_code} op [mijn|de] {model!model_number}. "
  "[Ik heb {qty.times!quantity} de resetknop ingedrukt.|Het lampje brandt al {qty.days!quantity}.] {tag.tel!hashtag}")
T("nl_neg_sms_time", "nl", "otp", "chat",
  "[de sms komt pas om {time!time} binnen|ik kreeg om {time!time} een sms en toen om {time2!time} nog een], [dan is de code al verlopen|dus die code is al ongeldig]. "
  "[Is er een storing?|Ik heb een {model.phone!model_number}.]")
T("nl_neg_pension", "nl", "pension", "mail",
  "Geachte heer/mevrouw,\n\nIn het Uniform Pensioenoverzicht van {year!year} staat dat ik vanaf {date!date} {amount!amount} bruto per maand krijg. "
  "Dat is {pct!percentage} minder dan vorig jaar. Hoe kan dat?\n\nMet vriendelijke groet,\n{name}", reg="senior")

# --- other personal data -----------------------------------------------------------------------
T("nl_addr_change", "nl", "contact", "chat+mail",
  "[Per {date!date} ben ik verhuisd naar|Mijn nieuwe adres is|Nieuw adres:] {addr:address}. [Klantnummer|Klantnr.|Contractnummer] {custnr:customer_number}.")
T("nl_contact_update", "nl", "contact", "chat",
  "[Mijn nieuwe nummer is|Nieuw telefoonnummer:|bereikbaar op] {phone:phone} [en mail|en mijn mailadres is|mail nu:] {email.spaced:email}")
T("nl_contact_spoken", "nl", "contact", "wa",
  "[mijn email is|mail adres] {email.spoken:email} [en telefoon|tel] {phone:phone}", reg="voice")
T("nl_dob_verify", "nl", "contact", "chat",
  "[ik ben van|geboren op|mijn geboortedatum is|geb.] {dob:date_of_birth}, [dat vroeg u toch|voor de controle|klopt dat met jullie gegevens]")
T("nl_ip_blocked", "nl", "security", "mail+chat",
  "[Ik word geblokkeerd op jullie site|Mijn account is vergrendeld wegens verdachte inlogpogingen]. "
  "[Mijn IP-adres is|Ik zit op IP|Het IP van ons kantoor is] {ip:ip_address}. [Ik gebruik geen VPN.|Melding: {err!error_code}]")
T("nl_custnr_reply", "nl", "contact", "wa",
  "> [Wat is uw klantnummer?|Mag ik uw klantnummer?]\n{custnr:customer_number}\n[postcode weet ik niet uit mijn hoofd, ik woon in {city}|dat staat op de brief]")
T("nl_phone_old_new", "nl", "contact", "chat+mail",
  "[Mijn oude nummer|Oud nummer] {phone:phone} [is opgezegd|werkt niet meer], [voortaan|nieuw nummer] {phone2:phone}. "
  "[Ook voor mijn moeder:|Het nummer van mijn moeder is] {phone3.land:phone}")
T("nl_ip_router", "nl", "security", "chat",
  "[In het modem zie ik extern IP|Mijn publieke IP is|IP adres volgens de site:] {ip:ip_address}[, maar poort 80 is dicht.|, kan ik een vast IP krijgen?|, is dat van mij?] "
  "[Modem|Router] {model.modem!model_number}")


# ============================================================================================
# TEMPLATES: Flemish (nl-be)
# ============================================================================================
T("be_login_nocue", "nl-be", "login", "chat",
  "['k kan ni inloggen op mijn account|kan nie meer inloggen|inloggen lukt al heel de week ni]. {user:username} {pw:password} "
  "[wa is er mis|wat doe ik verkeerd|allee zeg]", reg="senior")
T("be_login_paswoord", "nl-be", "login", "chat+mail",
  "[Mijn paswoord is|Mijn paswoord was|Paswoord:|paswoord =] {pw:password} [en 't werkt ni|maar de app zegt dat het verkeerd is|en ik krijg een foutmelding {err!error_code}]. "
  "[Amai, da's al de derde keer.|Kunnen jullie iets doen?|Merci alvast.]")
T("be_login_pair", "nl-be", "login", "chat",
  "[login|gebruikersnaam|gebruikersnaam op de site] {user:username} [paswoord|pasw|paswrd] {pw:password} [klopt da?|werkt ni meer sinds {date!date}|help aub]")
T("be_pw_before", "nl-be", "login", "chat",
  "{pw:password} [is mijn paswoord, da heb ik zelf gekozen|da's toch het juiste paswoord|is wat ik ingeef], [waarom werkt da ni|wat moet ik doen]")
T("be_pw_caps", "nl-be", "login", "chat",
  "[IK GERAAK NIET IN MIJN ACCOUNT|KAN NIET INLOGGEN] [PASWOORD|PASWORD|MIJN PASWOORD IS] {pw:password} [GEBRUIKER|LOGIN] {user:username} [DRINGEND|ALSTUBLIEFT HELP]",
  caps=True)
T("be_login_twolines", "nl-be", "login", "wa+mail",
  "[Gebruikersnaam|Gebruiker|Login]: {user:username}\n[Paswoord|Wachtwoord]: {pw:password}\n[Dit is voor de account van ons moeder.|Voor de webshop van de zaak.|Sinds de nieuwe app lukt het ni meer.]")
T("be_helper_moeder", "nl-be", "helper", "chat+mail",
  "[Ik help ons moeder met haar bankzaken|Ons moeke van 86 kan ni meer inloggen, ik doe het voor haar]. Haar [login|gebruikersnaam] is {user2:username} "
  "en haar paswoord {pw2:password}. [Mijn gsm-nummer is|U kunt mij bereiken op] {phone:phone}.")
T("be_sim_puk", "nl-be", "sim", "chat",
  "[mijn gsm vraagt een PUK code|gsm zegt simkaart geblokkeerd|'k heb de pincode {qty.times!quantity} verkeerd ingegeven], "
  "[op de kaart staat|op het kaartje van de simkaart staat|PUK:] {puk:puk} [maar dat werkt ni|is da de juiste?|wa nu?]", reg="senior")
T("be_sim_pin", "nl-be", "sim", "chat",
  "[De pincode van mijn gsm|Pin van de nieuwe simkaart|Mijn simpin] is {pin:pin} [en de PUK|puk] {puk:puk}. [Toestel: {model.phone!model_number}|Ik heb ne {model.phone!model_number}]")
T("be_sim_neg", "nl-be", "sim", "chat+pub",
  "[Simkaart geblokkeerd na {qty.times!quantity} verkeerde pincode|Gsm vraagt PUK en ik heb da kaartje ni meer]. [Bel ik dan naar|Moet ik bellen naar] {cphone!company_phone}? "
  "[Klantennummer heb ik ni bij de hand.|Toestel is een {model.phone!model_number}.]")
T("be_wifi_sticker", "nl-be", "wifi", "chat+mail",
  "[Op de modem staat wifi-code|Onder de modem staat netwerksleutel|Op het stickerke staat WPA-sleutel] {wifi:wifi_key} [maar de tv aanvaardt die ni|en da werkt ni op de laptop|maar de tablet zegt fout]. "
  "[Modem:|Het is de] {model.modem!model_number}")
T("be_wifi_changed", "nl-be", "wifi", "chat",
  "[wifi paswoord veranderd naar|nieuwe wifi code is|wifi-sleutel nu] {wifi:wifi_key} [en nu werkt de printer ni meer|sindsdien geen internet op de tablet]")
T("be_wifi_neg", "nl-be", "wifi", "chat+pub",
  "[Wifi valt altijd weg|Internet zeer traag], [ik heb maar|speedtest geeft] {qty.speed!quantity} [in plaats van|terwijl ik betaal voor] {qty2.speed!quantity}. "
  "[Modem|Decoder] {model.modem!model_number}, [wifi-code staat op de sticker|paswoord van de wifi heb ik niet veranderd]. {tag.tel!hashtag}")
T("be_card_bancontact", "nl-be", "bank", "chat+mail",
  "[Mijn bankkaart is gestolen|Ik ben mijn bankkaart kwijt|Bankkaart ingeslikt door de automaat], [kaartnummer|nummer van de kaart] {card.bancontact:card} "
  "[vervalt|geldig tot] {exp:card_expiry}. [Mijn pincode is|Pincode] {pin:pin}[, gelieve alles te blokkeren|, wat moet ik doen].", reg="senior")
T("be_card_credit", "nl-be", "payment", "chat+mail",
  "[Betaling met kredietkaart lukt ni|Kredietkaart geweigerd op de webshop]: {card:card}[, {exp:card_expiry}| ({exp:card_expiry})| vervaldatum {exp.slash4:card_expiry}], "
  "[cvc|controlecode|de 3 cijfers achteraan] {cvv:cvv}. [Bestelling|Order] {order!order_number}.")
T("be_digipass", "nl-be", "otp", "chat",
  "[De kaartlezer geeft|Mijn digipass geeft|Responscode van de kaartlezer:] {otp.eight:otp} [maar de site zegt ongeldig|en dan staat er sessie verlopen|is da juist?]")
T("be_itsme", "nl-be", "bank", "chat",
  "[Ik ben mijn itsme code vergeten, was het niet {apppin:pin}?|Mijn itsme-code is {apppin:pin} maar het werkt ni.|Mijn code van de app is {apppin:pin} en de app blokkeert.]")
T("be_otp_sms", "nl-be", "otp", "chat+dm",
  "[Ik kreeg een sms met code|De bevestigingscode is|Code gekregen:|sms-code] {otp.any:otp} [maar ik geraak er ni in|wat moet ik daarmee|die is al vervallen zegt hij]")
T("be_otp_neg", "nl-be", "otp", "chat+pub",
  "[Ik krijg de sms-code ni|Geen sms ontvangen] [na {qty.times!quantity} proberen|sinds {date!date}], [mijn gsm is|ik heb een] {model.phone!model_number} [met|op] {ver.os!version_string}. "
  "[Nummer eindigt op|Gsm] {masked.phone!masked_value}")
T("be_iban_refund", "nl-be", "iban", "chat+mail",
  "[Gelieve het bedrag terug te storten op|Mijn rekeningnummer is|Terugbetaling graag op] {iban:iban} [op naam van|t.n.v.] {name}. "
  "[Factuur|Factuurnummer] {inv!invoice_number}, {amount!amount}.")
T("be_iban_cc", "nl-be", "iban", "chat",
  "[rekeningnummer|reknr|mijn rekening] {iban.cc:iban} [is de juiste|is van mijn vrouw en mij|hier mag het op]")
T("be_iban_domicil", "nl-be", "energy", "mail",
  "Onderwerp: domiciliëring\n\nGoeiendag,\n\nGraag de domiciliëring voor mijn voorschot van {amount!amount} laten lopen via {iban:iban}. "
  "Mijn klantennummer is {custnr:customer_number}.\n\nMet vriendelijke groeten,\n{name}\n{addr.ml:address}")
T("be_dump", "nl-be", "dump", "mail+chat",
  "[Hier zijn al mijn gegevens|Mijn gegevens voor de aanvraag]:\n{name}\n[geboren|Geboortedatum] {dob:date_of_birth}\n{addr:address}\n[gsm|GSM] {phone:phone}\n"
  "{email:email}\n[klantennummer|klantnr] {custnr:customer_number}\n{iban:iban}\n[paswoord|pasw] {pw:password}", reg="senior")
T("be_dump_sentence", "nl-be", "dump", "chat",
  "ik ben {name} en ik woon [in de|op] {addr:address} mijn gsm is {phone:phone} en mijn mail {email:email} [geboren|geb] {dob:date_of_birth} "
  "mijn rekening is {iban:iban} [allee nu hebt ge alles|is da genoeg]", reg="senior")
T("be_biz_sig", "nl-be", "biz", "mail",
  "[Onderwerp: Dubbele factuur\n\nGoeiemiddag,\n\nWe kregen twee keer dezelfde factuur ({inv!invoice_number}) van {amount!amount}. Gelieve het teveel betaalde terug te storten op"
  "|Onderwerp: Nieuwe rekening voor de domiciliëring\n\nGoeiemiddag,\n\nOnze zaak heeft een nieuwe bank. Gelieve de domiciliëring vanaf {date!date} te laten lopen via] {iban:iban}.\n\nMet vriendelijke groeten,\n\n{name}\nZaakvoerder {biz}\n{addr.ml:address}\n"
  "T {cphone!company_phone} - GSM {phone:phone}\n{email.biz:email}\nOndernemingsnummer {btw!company_registration}\n{site!url}")
T("be_api", "nl-be", "api", "mail+chat",
  "[Onze webshop is gekoppeld aan {platform} maar de betalingen komen ni door|Sinds {date!date} geen bestellingen meer in de kassa]. "
  "[De key die ik gebruik is|API-sleutel:|Live key] {apikey:api_key} [en het secret|en de secret key] {apikey2.sk:api_key}. [Wa moet ik doen?|Foutmelding {err!error_code}.]")
T("be_token", "nl-be", "api", "chat",
  "[de koppeling vraagt een token, ik heb deze:|access token|ons token voor de boekhouding] {token:token} [is da nog geldig?|werkt ni meer]")
T("be_pub_mistake", "nl-be", "public", "xpub+fbig",
  "{at.tel!mention} [al {qty.days!quantity} geen internet|ik geraak ni in mijn account], [login|gebruiker] {user:username} paswoord {pw:password}, [doe er iets aan|schandalig] {tag!hashtag}")
T("be_pub_iban", "nl-be", "public", "fbig",
  "[Nog altijd niks teruggekregen!|Waar blijft mijn geld?] {amount!amount} [terug op|naar] {iban:iban} [aub|alstublieft] {tag!hashtag}")
T("be_agent_delete", "nl-be", "agent", "agent",
  "Dag {fn}, [u heeft uw [paswoord|rekeningnummer|pincode] publiek gedeeld. Gelieve dat bericht te verwijderen"
  "|je hebt je [paswoord|rekeningnummer|pincode] publiek gedeeld. Verwijder dat bericht zeker]. "
  "[Meer info: {url.tel!url}.|Tips over veilig inloggen: {url.tel!url}.] [Stuur ons een privébericht.|We helpen verder in een privébericht.] {ag}")
T("be_agent_ask", "nl-be", "agent", "agent",
  "Dag {fn}, [dat is vervelend|sorry voor het ongemak]. [Mag ik uw klantennummer en uw adres?|Kunt u uw klantennummer en geboortedatum sturen in een privébericht?] "
  "[Uw paswoord of pincode hebben we nooit nodig.|Stuur nooit uw paswoord mee.] Dossiernummer {ticket!ticket_number}. {ag}")
T("be_agent_repeat", "nl-be", "agent", "agent",
  "[Merci {fn}|Bedankt {fn}]. [Ik heb uw gsm-nummer|Het gsm-nummer] {phone:phone} [toegevoegd aan|gekoppeld aan] klantennummer {custnr:customer_number}. "
  "[U krijgt een bevestiging binnen {qty.days!quantity}.|Dat is in orde.] {ag}")
T("be_neg_outage", "nl-be", "outage", "xpub+fbig",
  "{at.tel!mention} [weer panne|storing] [in|hier in] {city} sinds {time!time}, [decoder|modem] {model.modem!model_number} [geeft|toont] {err!error_code}. {tag.tel!hashtag}")
T("be_neg_parcel", "nl-be", "parcel", "chat",
  "[Mijn pakje|Pakket] [met trackingnummer|met barcode] {track!tracking_number} [staat al|ligt al] {qty.days!quantity} in het depot. "
  "[Bestelling|Order] {order!order_number} van {shop}, [leverdatum was|beloofd tegen] {date!date}.")
T("be_neg_meter", "nl-be", "energy", "chat+mail",
  "[Meterstanden|Meterstand] [dag|dagteller] {meter!meter_reading} [nacht|nachtteller] {meter2!meter_reading}, [opgenomen op|datum] {date!date}. "
  "[Mijn voorschot is|Voorschot] {amount!amount}, [dat is|da's] {pct!percentage} te veel denk ik.")
T("be_neg_invoice", "nl-be", "invoice", "mail+chat",
  "[Factuur|Factuurnummer] {inv!invoice_number} van {date!date}: [{amount!amount} in plaats van {amount2!amount}|{qty.data!quantity} extra aangerekend]. "
  "[Dossier|Referentie] {ticket!ticket_number}. [Mijn klantennummer staat op de factuur.|Graag rechtzetten.]")
T("be_neg_stream", "nl-be", "stream", "chat+pub",
  "{stream} [op de|via de] {model.device!model_number} [geeft foutcode|toont] {err!error_code} [sinds|na] {ver.app!version_string}. [Ik betaal {amount.small!amount} per maand hoor.|{tag!hashtag}]")
T("be_neg_card", "nl-be", "bank", "chat+pub",
  "[Bankkaart {qty.times!quantity} geweigerd|Betaling {qty.times!quantity} mislukt] [aan de kassa|in de supermarkt], [code|melding] {err!error_code}. "
  "[Kaart|Mijn kaart] {masked.card!masked_value}, [pincode is wel juist|ik heb de pincode zeker juist ingegeven].")
T("be_addr_change", "nl-be", "contact", "chat+mail",
  "[Ik ben verhuisd naar|Nieuw adres vanaf {date!date}:|Gelieve mijn adres te wijzigen naar] {addr:address}. [Klantennummer|Klantnr] {custnr:customer_number}.")
T("be_contact", "nl-be", "contact", "chat",
  "[mijn nieuw gsm-nummer|nieuwe gsm] {phone:phone} [en mail|mailadres] {email:email}[, geboren {dob:date_of_birth}|]")
T("be_ip", "nl-be", "security", "chat+mail",
  "[Mijn account is geblokkeerd|Ik kan ni meer aan de site]. [Mijn IP-adres is|IP:] {ip:ip_address}[, is da geblokkeerd?| zegt de helpdesk van ons werk.]")

# ============================================================================================
# TEMPLATES: Belgian French (fr-be)
# ============================================================================================
T("fr_login_nocue", "fr-be", "login", "chat",
  "[je n'arrive pas à me connecter|impossible de me connecter|ça ne marche pas]. {user:username} {pw:password} [qu'est-ce qui ne va pas|je fais quoi de mal|aidez moi svp]",
  reg="senior")
T("fr_login_mdp", "fr-be", "login", "chat+mail",
  "[Mon mot de passe est|Mot de passe :|mdp :|Mon mdp c'est] {pw:password} [et ça ne fonctionne pas|mais l'appli dit incorrect|mais je reçois l'erreur {err!error_code}]. "
  "[Merci d'avance.|Pouvez-vous m'aider ?|C'est urgent.]")
T("fr_login_pair", "fr-be", "login", "chat",
  "[identifiant|login|nom d'utilisateur] {user:username} [mdp|mot de passe|pass] {pw:password} [ça ne passe pas|bloqué depuis {date!date}|c'est bon ça ?]")
T("fr_pw_before", "fr-be", "login", "chat",
  "{pw:password} [c'est bien mon mot de passe non|c'est le mot de passe que j'ai noté|c'est ce que je tape] [pourquoi ça ne marche pas|je ne comprends pas]", reg="senior")
T("fr_login_twolines", "fr-be", "login", "mail+wa",
  "[Identifiant|Utilisateur|Login] : {user:username}\n[Mot de passe|Mdp] : {pw:password}\n[C'est pour le compte de ma mère.|Depuis la mise à jour je suis bloqué.]")
T("fr_pw_voice", "fr-be", "login", "wa",
  "[mon mot de passe c'est|le mot de passe] {wordy} [ça ne marche pas|virgule je ne comprends pas]", reg="voice")
T("fr_helper", "fr-be", "helper", "chat+mail",
  "[J'aide ma mère pour son compte|Je m'occupe des papiers de mon père de 88 ans]. [Son identifiant est|Son login :] {user2:username} et son mot de passe {pw2:password}. "
  "[Mon GSM :|Vous pouvez me joindre au] {phone:phone}")
T("fr_sim_puk", "fr-be", "sim", "chat",
  "[mon GSM demande le code PUK|ma carte SIM est bloquée], [sur la carte il y a|le code PUK sur le support en plastique est|PUK :] {puk:puk} "
  "[mais ça ne marche pas|c'est le bon ?|et maintenant ?]", reg="senior")
T("fr_sim_pin", "fr-be", "sim", "chat",
  "[Le code PIN de ma nouvelle SIM est|Code PIN :|mon code pin c'est] {pin:pin} [et le PUK|PUK] {puk:puk}, [GSM|téléphone] {model.phone!model_number}. [Pas de réseau.|Ça ne capte pas.]")
T("fr_sim_neg", "fr-be", "sim", "chat+pub",
  "[Code PIN faux {qty.times!quantity}, maintenant il veut le PUK|SIM bloquée après {qty.tries!quantity}]. [J'ai appelé le {cphone!company_phone} sans réponse.|Le GSM est un {model.phone!model_number}.]")
T("fr_wifi_sticker", "fr-be", "wifi", "chat+mail",
  "[Sur l'autocollant du modem|Derrière le modem|Sur l'étiquette] [il y a|c'est écrit] [clé WPA :|clé wifi|mot de passe wifi] {wifi:wifi_key} "
  "[mais la télé ne se connecte pas|mais ça ne marche pas sur la tablette]. [Modem|Box] {model.modem!model_number}.")
T("fr_wifi_neg", "fr-be", "wifi", "chat+pub",
  "[Le wifi coupe tout le temps|Internet très lent], [seulement|à peine] {qty.speed!quantity} [et le|sur le] {qty.ghz!quantity}. "
  "[La clé wifi est sur l'autocollant|Je n'ai pas changé le mot de passe wifi]. Modem {model.modem!model_number}.")
T("fr_card", "fr-be", "payment", "chat+mail",
  "[Paiement refusé avec ma carte|Ma carte de crédit ne passe pas] {card:card} [exp|expire le|valable jusqu'au] {exp:card_expiry} "
  "[cryptogramme|code CVC|les 3 chiffres au dos] {cvv:cvv}. [Commande|N° de commande] {order!order_number}.")
T("fr_card_lost", "fr-be", "bank", "chat+mail",
  "[J'ai perdu ma carte bancaire|On m'a volé ma carte], [numéro|n° de carte] {card.bancontact:card}, [code secret|mon code PIN] {pin:pin}. "
  "[Bloquez-la svp !|Que dois-je faire ?]", reg="senior")
T("fr_card_neg", "fr-be", "bank", "chat+pub",
  "[Carte refusée {qty.times!quantity} au magasin|Paiement refusé {qty.times!quantity}], [erreur|code] {err!error_code}, "
  "[carte|ma carte] {masked.card!masked_value}. [Le code PIN est pourtant correct.|Mon code secret est bon.]")
T("fr_otp", "fr-be", "otp", "chat+dm",
  "[J'ai reçu le code|Code reçu par SMS :|Le code de vérification est|code de confirmation] {otp.any:otp} [mais il est refusé|mais l'appli dit expiré|c'est normal ?]")
T("fr_digipass", "fr-be", "otp", "chat",
  "[Le lecteur de carte donne|Code de réponse du digipass :] {otp.eight:otp} [mais le site dit erreur|et rien ne se passe]")
T("fr_otp_neg", "fr-be", "otp", "chat+pub",
  "[Je ne reçois pas le code SMS|Toujours pas de code de vérification] [depuis {date!date}|après {qty.tries!quantity}]. [Mon numéro finit par|GSM] {masked.phone!masked_value}.")
T("fr_iban", "fr-be", "iban", "chat+mail",
  "[Merci de rembourser sur le compte|Mon numéro de compte est|Compte :] {iban:iban} [au nom de|titulaire] {name}. [Facture|Fact.] {inv!invoice_number}, {amount!amount}.")
T("fr_iban_cc", "fr-be", "iban", "chat",
  "[mon compte|numero de compte|IBAN] {iban.cc:iban} [c'est le bon|vous pouvez verser dessus]")
T("fr_dump", "fr-be", "dump", "mail+chat",
  "[Voici toutes mes données|Mes coordonnées] :\n{name}\n[Date de naissance :|date de naissance|naissance :] {dob:date_of_birth}\n{addr:address}\n[GSM|Tél.] {phone:phone}\n"
  "{email:email}\n[N° client|Numéro client] {custnr:customer_number}\nIBAN {iban:iban}\n[Mot de passe|mdp] {pw:password}", reg="senior")
T("fr_biz_sig", "fr-be", "biz", "mail",
  "[Objet : Facture en double\n\nBonjour,\n\nNous avons reçu deux fois la facture {inv!invoice_number} de {amount!amount}. Merci de rembourser sur"
  "|Objet : Changement de compte\n\nBonjour,\n\nNotre société a changé de banque. Pour la domiciliation, notre nouveau compte est le] {iban:iban}.\n\nCordialement,\n\n{name}\n{biz}\n{addr.ml:address}\nTél. {cphone!company_phone} - GSM {phone:phone}\n"
  "{email.biz:email}\nTVA {btw!company_registration}\n{site!url}")
T("fr_api", "fr-be", "api", "mail+chat",
  "[Notre boutique en ligne ne reçoit plus les paiements via {platform}|Le module de paiement ne marche plus]. "
  "[La clé API est|Clé secrète :|J'ai mis la clé] {apikey:api_key}. [Erreur {err!error_code}.|Je ne suis pas informaticien, que faire ?]")
T("fr_token", "fr-be", "api", "chat+mail",
  "[Le jeton d'accès|Le token|Notre token] {token:token} [ne fonctionne plus depuis {date!date}|est refusé|a expiré je pense]")
T("fr_pub", "fr-be", "public", "xpub+fbig",
  "{at.tel!mention} [pas d'internet depuis {qty.days!quantity}|impossible de me connecter], [login|identifiant] {user:username} [mdp|mot de passe] {pw:password} [c'est inadmissible|{tag!hashtag}]")
T("fr_agent_delete", "fr-be", "agent", "agent",
  "Bonjour {fn}, [vous avez publié votre mot de passe. Merci de supprimer ce message et de modifier votre mot de passe sur {url.tel!url}"
  "|vous avez partagé publiquement [votre numéro de compte|votre code PIN]. Supprimez ce message svp, plus d'infos sur {url.tel!url}]. "
  "[Écrivez-nous en privé.|Nous continuons en message privé.] {ag}")
T("fr_agent_ask", "fr-be", "agent", "agent",
  "Bonjour {fn}, [désolé pour ce désagrément|merci pour votre patience]. [Pouvez-vous nous envoyer votre numéro client et votre date de naissance en privé ?|Envoyez-nous votre numéro client en message privé.] "
  "[Ne communiquez jamais votre code PIN ou mot de passe.|Nous n'avons pas besoin de votre mot de passe.] Dossier {ticket!ticket_number}. {ag}")
T("fr_agent_repeat", "fr-be", "agent", "agent",
  "Merci {fn}. [Nous avons enregistré votre adresse|Votre nouvelle adresse] {addr:address} [pour le contrat|pour le numéro client] {custnr:customer_number}. "
  "[Vous recevrez une confirmation d'ici {qty.days!quantity}.|C'est en ordre depuis le {date!date}.] {ag}")
T("fr_neg_outage", "fr-be", "outage", "xpub+fbig",
  "{at.tel!mention} [encore une panne|plus de télé ni d'internet] à {city} depuis {time!time}, [décodeur|modem] {model.modem!model_number} [affiche|indique] {err!error_code} {tag.tel!hashtag}")
T("fr_neg_parcel", "fr-be", "parcel", "chat",
  "[Mon colis|Colis] {track!tracking_number} [est bloqué depuis|n'a pas bougé depuis] {qty.days!quantity}. [Commande|N° de commande] {order!order_number}, [livraison prévue le|prévu pour le] {date!date}.")
T("fr_neg_invoice", "fr-be", "invoice", "mail+chat",
  "[La facture|Facture] {inv!invoice_number} [est de|indique] {amount!amount} [au lieu de|alors que j'avais] {amount2!amount}[, soit {pct!percentage} de plus|]. Dossier {ticket!ticket_number}.")
T("fr_neg_meter", "fr-be", "energy", "chat+mail",
  "[Relevé du compteur|Index compteur] : jour {meter!meter_reading}, nuit {meter2!meter_reading}, [relevé le|le] {date!date}. [Consommation annuelle|Conso] {qty.energy!quantity}.")
T("fr_neg_flight", "fr-be", "travel", "chat+mail",
  "[Le vol|Vol] {flight!flight_number} du {date!date} à {time!time} [a été annulé|est retardé de {qty.hours!quantity}]. [Je demande le remboursement de {amount!amount}.|Infos sur {url.airline!url} ?]")
T("fr_addr", "fr-be", "contact", "chat+mail",
  "[J'ai déménagé au|Nouvelle adresse :|Mon adresse a changé :] {addr:address}. [N° client|Numéro de client] {custnr:customer_number}.")
T("fr_contact", "fr-be", "contact", "chat",
  "[mon nouveau GSM|nouveau numéro] {phone:phone} [et mon mail|e-mail] {email.spoken:email}[, date de naissance {dob:date_of_birth}|]", reg="voice")
T("fr_ip", "fr-be", "security", "chat+mail",
  "[Mon compte est bloqué|Accès refusé au site]. [Mon adresse IP est|IP :] {ip:ip_address}[, c'est bloqué chez vous ?| d'après le technicien.]")


# ============================================================================================
# TEMPLATES: English (en-gb / en-us; "en" picks one per message)
# ============================================================================================
T("en_login_nocue", "en", "login", "chat",
  "[cant log in|can't get into my account|login not working]. {user:username} {pw:password} [what am i doing wrong|is that not right|please help]", reg="senior")
T("en_login_nocue_lines", "en", "login", "chat+dm",
  "[hi|hello|hiya]\n[trying to log in on the app|your app keeps saying incorrect details|been locked out since this morning]\n{user:username}\n{pw:password}\n"
  "[thats what i typed|is that not correct?|what now]", reg="phone")
T("en_login_userpass", "en", "login", "mail+chat",
  "[user|username|Username|login]: {user:username}\n[pass|password|Password|pwd]: {pw:password}\n\n[This is what I have written down.|Still getting the error {err!error_code}.|Can someone please look into this?]")
T("en_login_shapes", "en", "login", "chat",
  "[credentials: {user:username}:{pw:password}|login {user:username} / {pw:password}|{user:username} pw {pw:password}|signing in as {user:username} with {pw:password}] "
  "[and it just spins|and nothing happens|and it says account locked]")
T("en_pw_before", "en", "login", "chat",
  "{pw:password} [is my password isn't it|that's the password I always use|is what I put in] [so why won't it work|my grandson set it up]", reg="senior")
T("en_pw_cue_later", "en", "login", "wa",
  "[Morning|Hi there|Hello]\n[about the password you asked for|re the password]\n[hang on|let me find it|it's in my little book]\n[here it is|found it|ok]\n{pw:password}\n"
  "[but it says wrong|that's what I type in]", reg="senior")
T("en_pw_caps", "en", "login", "chat+messenger",
  "[I CANNOT LOG IN|LOCKED OUT AGAIN|YOUR WEBSITE IS NOT WORKING] [MY PASSWORD IS|PASSWORD|PASSWRD] {pw:password} [AND IT SAYS WRONG|I HAVE NOT CHANGED IT|PLEASE SORT THIS OUT]\n{name}", caps=True)
T("en_pw_voice_unlab", "en", "login", "wa",
  "[new password is|the password my son set is|password] {wordy} [and it still won't work|full stop is that right|question mark]", reg="voice")
T("en_pw_voice_lab", "en", "login", "wa",
  "[the password is|my password is|password is] {pw.sym:password} with a capital [and it still says wrong|full stop what do I do|comma can you reset it]", reg="voice")
T("en_pw_typos", "en", "login", "chat",
  "[my pasword|my passwrd|pswd|my pass word|my password] [is|=|was] {pw:password} [and it keeps saying incorrect|still cant get in|pls help|whats going on]")
T("en_login_email", "en", "login", "chat+mail",
  "[I sign in with my email|My login is my email address] {email:email} and [password|the password] {pw:password}[ but get error {err!error_code}| and it just goes back to the start page|, been like this since {date!date}]")
T("en_login_mum", "en", "helper", "chat+mail",
  "[I'm helping my mum with her account|Writing on behalf of my mum who is 89|My nan can't get into her account]. [The login for her account is|Her username is] {user2:username} "
  "and her password [is|was] {pw2:password}. [You can reach me on|My number is] {phone:phone}.")
T("en_login_dad", "en", "helper", "chat",
  "[this is for my dad's account|dads account not mine], his [login|username] {user2:username} [and his password|pw] {pw2:password} [he is 91 so go easy|he set it up years ago]")
T("en_pw_neg", "en", "login", "chat+xpub",
  "[password entered wrong|typed my password wrong] {qty.times!quantity}, now [locked until|it says try again at] {time!time}. [Error|Reset code|Code] {err!error_code}. "
  "[Using my {model.phone!model_number}|On {ver.os!version_string}]")
T("en_pw_neg_masked", "en", "login", "chat+pub",
  "[The password field just shows|All I can see under password is] {masked.pw!masked_value} [and I don't remember it|how do I see what it is]. [Phone:|Using my] {model.phone!model_number}")
T("en_mail_quoted", "en", "login", "mail",
  "Subject: RE: [Your login issue|Case {ticket!ticket_number}]\n\n[Hi|Hello] {ag},\n\n[Still not working I'm afraid.|Did what you said, no luck.] [I've set the new password to|New password is] {pw:password} "
  "[but the app still says incorrect.|and I'm still locked out.]\n\n[Thanks|Regards],\n{name}\n\n-----Original Message-----\nFrom: {name} <{email:email}>\n"
  "Sent: {date.outlook!date} {time!time}\nTo: {tel} Customer Care\nSubject: Can't log in\n\nI can't log in with {user:username}. [My old password was|Old pw:] {pw2:password}")
T("en_login_reply_alone", "en", "login", "wa",
  "> [What username are you using?|Which username do you log in with?]\n{user:username}\n> [And the password you're trying?|What password did you try?]\n{pw:password}")

T("en_sim_puk", "en", "sim", "chat",
  "[phone says SIM locked enter PUK|my phone wants a PUK code|put the wrong PIN in {qty.times!quantity}], [the PUK on the plastic card is|on the card it came on it says|PUK:] {puk:puk} "
  "[but it doesn't work|is that the one?|what now]", reg="senior")
T("en_sim_pins", "en", "sim", "chat+mail",
  "New SIM for my {model.phone!model_number}. [SIM PIN|PIN|pin] {pin:pin}, [PUK|PUK code] {puk:puk}. [No signal at all.|Calls work but no data.|Do I need to activate it?]")
T("en_sim_neg", "en", "sim", "chat+pub",
  "[SIM PIN wrong {qty.times!quantity}|locked my SIM after {qty.tries!quantity}], now it wants a PUK. [Where do I find it?|Lost the card it came on.] "
  "[Phone is a|Handset:] {model.phone!model_number}")
T("en_sim_agent", "en", "sim", "agent",
  "Hi {fn}, the PUK for the SIM on {masked.phone!masked_value} is {puk:puk}. [Enter it and then choose a new PIN.|Once entered you can set a new PIN.] [Shout if you get stuck!|Hope that helps.] {ag}")
T("en_sim_puk_split", "en", "sim", "wa",
  "[PUK|puk code]\n[from the card|on the sim holder]\n[is|it says]\n{puk.sp:puk}\n[phone still locked|still says locked]", reg="phone")

T("en_wifi_sticker", "en", "wifi", "chat+mail",
  "[The sticker on the router says|On the back of the router it says|The card that came with the hub says] [WPA2 key|network key|wifi password|WPA key:] {wifi:wifi_key} "
  "[but my laptop won't accept it.|but the telly says wrong password.|and still no connection.] [Router is a|It's the] {model.modem!model_number}.")
T("en_wifi_changed", "en", "wifi", "chat",
  "[changed the wifi password to|new wifi key is|I set the wifi to] {wifi:wifi_key} [and now the printer won't connect|and the smart meter display lost signal|and the kids' tablets don't work]")
T("en_wifi_nocue", "en", "wifi", "wa",
  "[New router plugged in|Engineer swapped the hub]\n[Network|Name] {ssid}\n{wifi:wifi_key}\n[Phone sees it but won't join|Laptop says wrong key]")
T("en_wifi_neg", "en", "wifi", "chat+pub",
  "[Router|Hub] {model.modem!model_number}, [wifi password is on the sticker but|the wifi key on the card] [it's worn off|I can't read it]. "
  "[Only getting|Speed test says] {qty.speed!quantity} on {qty.ghz!quantity}.")

T("en_card_checkout", "en", "payment", "chat+mail",
  "[Payment keeps failing|Checkout won't take my card|Card declined] on order {order!order_number}. [Card|Long card number|Visa] {card:card}"
  "[ ({exp:card_expiry})|, {exp:card_expiry}| exp {exp.mmyy:card_expiry}| expiry {exp:card_expiry}], [security code|CVV|the 3 digits on the back|cvc] {cvv:cvv}. [Total|Amount] {amount!amount}.")
T("en_card_amex", "en", "payment", "chat+mail",
  "[Trying to pay with Amex|My American Express card won't go through]: {card.amex:card}, [exp|expires] {exp:card_expiry}, [4 digit code on the front|CID] {cvv.four:cvv}. "
  "[Subscription is {amount!amount} a month.|Booking total {amount!amount}.]")
T("en_card_lost", "en", "bank", "chat+mail",
  "[My card has been stolen|Lost my debit card|Card left in the cash machine], [card number|number on the card] {card:card} [expires|exp] {exp:card_expiry}. "
  "[My PIN is|PIN] {pin:pin} [so please block it|in case you need it].", reg="senior")
T("en_card_neg", "en", "bank", "chat+pub",
  "[Card declined {qty.times!quantity} at the till|Contactless failed {qty.times!quantity}], [error|code] {err!error_code}. [Card ending|Card] {masked.card!masked_value}. "
  "[PIN hasn't worked since {year!year}?|My PIN is definitely right.]")
T("en_pin_forgot", "en", "bank", "chat",
  "[forgot my PIN|can't remember my PIN number], is it {pin:pin} or {pin2:pin}? [tried {qty.times!quantity} already|the machine nearly kept my card]", reg="senior")
T("en_card_split", "en", "payment", "wa",
  "[card number|long number on the card]\n{card.split:card}\n[exp|expiry] {exp:card_expiry}\n[cvv|security code] {cvv:cvv}", reg="phone")
T("en_card_back", "en", "letter", "chat",
  "[on the back of the card it says|the 3 numbers on the back are|security code on the back] {cvv:cvv} [and the front says|card number] {card:card} [valid thru|good thru|expiry] {exp:card_expiry}. "
  "[Is this what you need?|Do I need to activate it first?]", reg="senior")
T("en_pin_letter", "en", "letter", "chat+mail",
  "[The PIN letter says|The PIN in the letter is|PIN from the reminder letter:] {pin:pin} [but the machine says incorrect.|and it's been rejected.] [Letter dated|Got it on] {date!date}.", reg="senior")
T("en_app_passcode", "en", "bank", "chat",
  "[The app wants my 5 digit passcode|The banking app keeps asking for my passcode], [I always use|it's|I type] {apppin:pin} [and it says wrong|then it crashes]. "
  "[Phone|Device] {model.phone!model_number}, {ver.os!version_string}")

T("en_otp_invalid", "en", "otp", "chat+dm",
  "[got the code|the text says|verification code|one-time passcode|2FA code|the 6 digit code is] {otp.any:otp} [but it says invalid|and then it says expired|still not accepted|what now]")
T("en_otp_prefix", "en", "otp", "chat",
  "[The text says|I got a message with|Code received:] {otp.pre:otp}[ - do I type the letter too?| but the box only takes numbers.| is that it?]")
T("en_otp_reply", "en", "otp", "wa",
  "> [Can you tell me the code you just received by text?|What's the code in the SMS?]\n{otp:otp}")
T("en_otp_neg", "en", "otp", "chat+pub",
  "[Verification code never arrives|Not getting the one-time code], [tried {qty.times!quantity}|since {date!date}]. [Phone number ends|Number] {masked.phone!masked_value}. "
  "[Text came at {time!time} and had already expired.|Phone is the {model.phone!model_number}.]")
T("en_otp_two", "en", "otp", "chat",
  "[first text said code|first I got code] {otp:otp} [then|and then] {otp2.any:otp}[, which one?| which is right??] [pressed resend {qty.times!quantity}|each one takes ages]")

T("en_iban_refund", "en", "iban", "chat+mail",
  "[Please refund to|My IBAN is|Account for the refund:|IBAN:] {iban:iban} [in the name of|account holder] {name}. [Invoice {inv!invoice_number}|Order {order!order_number}], {amount!amount}.")
T("en_iban_foreign", "en", "iban", "mail+chat",
  "[I live in Germany now, my account is {iban.de:iban}|Moved to Spain, new account {iban.es:iban}|My bank is in Ireland: {iban.ie:iban}|Use my Dutch account please: {iban.nl:iban}]. "
  "[Can the refund go there?|Please update it for the direct debit.]")
T("en_iban_quoted", "en", "iban", "mail",
  "[Hi|Hello again],\n\n[See below, I already sent this.|Sending it again as nothing has happened.]\n\n{fn}\n\nOn {date.quote!date} at {time!time}, {name} <{email:email}> wrote:\n"
  "> Refund to {iban:iban} please\n>\n> On {date2.quote!date}, {shop} Support wrote:\n>> Could you send us your IBAN so we can refund {amount!amount}?")
T("en_bsn_expat", "en", "bsn", "chat+mail",
  "[I'm new in the Netherlands and|I moved to Amsterdam last year and] [the insurer needs my BSN|my health insurance asks for my BSN], [it's|which is] {bsn:bsn}. "
  "[Date of birth|DOB] {dob:date_of_birth}.")
T("en_bsn_gemeente", "en", "bsn", "mail",
  "Subject: Registration at {gemeente}\n\nHello,\n\nI registered at the town hall on {date!date} but never received a letter. My citizen service number (BSN) is {bsn:bsn} "
  "and I live at {addr.nl:address}.\n\nKind regards,\n{name}")

T("en_api_stripe", "en", "api", "chat+mail",
  "[I run a small online shop|We're a tiny bakery with a web shop] and payments via {platform} stopped. [My secret key is|Key I'm using:|Live key] {apikey.sk:api_key}"
  "[ - is that right?|, do I need a new one?| and publishable {apikey2.pk:api_key}]")
T("en_api_aws", "en", "api", "mail+chat",
  "[Our IT guy left and the backups stopped.|Backup to the cloud failing since {date!date}.] Access key id {apikey.akia:api_key}, secret {apikey.awssecret:api_key}. "
  "[Error says AccessDenied.|Got {err!error_code}.]")
T("en_api_google", "en", "api", "chat",
  "[the map on our contact page broke|store locator map shows an error], [api key|key] {apikey.aiza:api_key} [since {date!date}|after renewing the card]")
T("en_api_sendgrid", "en", "api", "mail",
  "Hi,\n\nOur newsletter isn't sending. I copied the key from the old account: {apikey.sg:api_key}\nNot very techy, sorry!\n\n{fn}\n{biz}")
T("en_token_bearer", "en", "api", "mail",
  "Subject: 401 on orders endpoint\n\nHi team,\n\nSince {date!date} our till integration fails. Log says:\n\nGET /v1/orders\nAuthorization: Bearer [{token.jwt:token}|{token.bearer:token}|{token.hex40:token}]\n\n"
  "Response: {err_json}\n\nThanks,\n{name}\n{biz}")
T("en_token_github", "en", "api", "chat",
  "[my github token|the token for our site deploy|personal access token] {token.pat:token} [stopped working|says bad credentials|expired?]")
T("en_token_slack", "en", "api", "chat+mail",
  "[Our order bot in Slack went quiet|The bot stopped posting orders], [token is|using token] {token.xoxb:token}. [Did something change on {date!date}?|Version {ver.sw!version_string}.]")
T("en_api_neg", "en", "api", "chat+mail",
  "[API returns|Integration gives] {err!error_code} [since upgrading to|after the update to] {ver.sw!version_string}. [API key hasn't changed.|I just rotated the token.|Key is the same as before.] "
  "[Order|Ref] {order!order_number} [did go through|is stuck].")
T("en_api_woo", "en", "api", "mail",
  "Hi,\n\nMy WooCommerce shop stopped syncing with {platform}.\nconsumer key {apikey.ck:api_key}\nconsumer secret {apikey.cs:api_key}\n\nPlugin {ver.sw!version_string}. Any ideas?\n\n{name}")

T("en_dump_list", "en", "dump", "mail+chat",
  "[Here are all my details|My details]:\nName: {name}\n[DOB|Date of birth]: {dob:date_of_birth}\nAddress: {addr:address}\n[Phone|Mobile|Tel]: {phone:phone}\n"
  "Email: {email:email}\n[Account number|Customer no]: {custnr:customer_number}\n[Password|pw]: {pw:password}", reg="senior")
T("en_dump_sentence", "en", "dump", "chat",
  "my name is {name} born {dob:date_of_birth} i live at {addr:address} my number is {phone:phone} email {email:email} my account number {custnr:customer_number} "
  "and my password is {pw:password} [now you have everything|please call me|hope thats enough]", reg="senior")
T("en_dump_lines", "en", "dump", "wa",
  "{name}\n{dob:date_of_birth}\n{addr.ml:address}\n{phone:phone}\n{email:email}\n{card:card}\n{exp:card_expiry}\n[that's everything|all my details]", reg="senior")

T("en_biz_sig_uk", "en-gb", "biz", "mail",
  "[Subject: Double charge on invoice {inv!invoice_number}\n\n[Hello|Dear Sir/Madam],\n\nWe were charged {amount!amount} twice last month. Please refund to|"
  "Subject: Change of bank details\n\n[Hello|Dear Sir/Madam],\n\nPlease update our bank details for the direct debit. Our new account is] {iban:iban}.\n\n[Kind regards|Many thanks],\n\n{name}\n{biz}\n{addr.ml:address}\nT: {cphone!company_phone}  M: {phone:phone}\n{email.biz:email}\n{site!url}\n"
  "Registered in England No. {compno!company_registration} | VAT No. {btw!company_registration}")
T("en_biz_sig_us", "en-us", "biz", "mail",
  "Subject: Service down at our store\n\nHi,\n\nOur internet has been dropping since {date!date} and the card terminal goes offline with it. Router {model.modem!model_number}, error {err!error_code}. "
  "Account {custnr:customer_number}.\n\nPlease call my cell.\n\nThanks,\n{name}\nOwner, {biz}\n{addr.ml:address}\nOffice {cphone!company_phone} | Cell {phone:phone}\n{email.biz:email}\n{site!url}\nEIN {btw!company_registration}")

T("en_pub_pw", "en", "public", "xpub",
  "{at.tel!mention} [locked out for {qty.days!quantity}|your app is useless|still can't log in], [user|login] {user:username} [pw|password] {pw:password} [sort it out|{tag!hashtag}]")
T("en_pub_card", "en", "public", "fbig",
  "[Ordered {qty.days!quantity} ago and still nothing!|Charged but no order!] [Paid with|Card] {card:card}[ exp {exp:card_expiry}|] {tag!hashtag}")
T("en_agent_delete", "en", "agent", "agent",
  "[Hi {fn}|Hey {fn}], [you've shared your password publicly. Please delete it now and change your password at {url.tel!url}"
  "|your tweet shows your login. Please remove that post asap and reset your password via {url.tel!url}"
  "|your post includes your card details. Please delete it and freeze the card in the app, see {url.bank!url}]. "
  "[Then DM us and we'll help.|We'll pick this up in DM.] {ag}")
T("en_agent_ask", "en", "agent", "agent",
  "[Hi {fn}, sorry to hear that|Hey {fn}, thanks for waiting]. [Could you DM us your account number and postcode?|Please send your account number and date of birth by DM.] "
  "[Never send us your password or PIN.|We'll never need your password.] [Ref|Case] {ticket!ticket_number}. {ag}")
T("en_agent_repeat", "en", "agent", "agent",
  "Thanks {fn}. [I've updated the email on account {custnr:customer_number} to|The email address for account {custnr:customer_number} is now] {email:email}. "
  "[You'll get a confirmation within {qty.days!quantity}.|That change was made on {date!date}.] {ag}")
T("en_agent_address", "en", "agent", "agent",
  "Thanks {fn}, [I can confirm we'll send the new router to|the replacement card will go to] {addr:address}. [It should arrive by {date!date}.|Allow {qty.days!quantity}.] {ag}")
T("en_agent_otp_warn", "en", "agent", "agent",
  "[You'll get a text with a code shortly.|We've sent a verification code to the number ending {masked.phone!masked_value}.] [Please don't share it with anyone, including us.|We will never ask you for that code.] "
  "[No text after {qty.days!quantity}? Call {cphone!company_phone}.|Any issues call {cphone!company_phone}.] {ag}")

T("en_neg_outage", "en", "outage", "xpub+fbig",
  "{at.tel!mention} [broadband down again|no internet or TV] since {time!time} [in|here in] {city} {tag.tel!hashtag} [hub {model.modem!model_number} flashing orange|paying for {qty.speed!quantity} for this]")
T("en_neg_parcel", "en", "parcel", "chat+xpub",
  "[Parcel|My order] {order!order_number} [stuck on 'in transit' for|hasn't moved in] {qty.days!quantity}. [Tracking|Tracking number] {track!tracking_number}. "
  "[Was due|Delivery window was] {date!date}[ between {time!time} and {time2!time}|].")
T("en_neg_invoice", "en", "invoice", "mail+chat",
  "[Invoice|Bill] {inv!invoice_number} [says|shows] {amount!amount} but I [was promised|had] {pct!percentage} off. [Case|Ref] {ticket!ticket_number}.")
T("en_neg_meter", "en-gb", "energy", "chat+mail",
  "[Meter reading|Readings] for today: [electric|elec] {meter!meter_reading}, gas {meter2!meter_reading}. [Usage last year|Annual usage] {qty.energy!quantity}. "
  "[Direct debit went up to|Why is my DD] {amount!amount}?")
T("en_neg_flight", "en", "travel", "chat+mail",
  "Flight {flight!flight_number} on {date!date} at {time!time} [was cancelled|got delayed {qty.hours!quantity}]. [I want my {amount!amount} back.|Do I get {pct!percentage} compensation?][ See {url.airline!url}|]")
T("en_neg_stream", "en", "stream", "chat+pub",
  "{stream} [won't load on my|keeps freezing on the] {model.device!model_number} [since the|after updating to] {ver.app!version_string}, [error|code] {err!error_code}. "
  "[Paying {amount.small!amount} a month for this.|{tag!hashtag}]")
T("en_neg_lottery", "en-gb", "lottery", "chat+fbig",
  "[Been playing {lottery} since {year!year}|Had a text from {lottery}] [and it says I won {amount!amount}|and never won a penny], [is it real?|scam?] [Text came at {time!time}.|Link was {url.lottery!url}]")
T("en_neg_product", "en", "shop", "chat+mail",
  "Ordered {qty.items!quantity} of item {sku!product_code} ({order!order_number}) but [only one came|got the wrong size]. [Return label|Sent back with] {track!tracking_number}.")
T("en_neg_wifi", "en", "wifi", "chat",
  "[only the {qty.ghz!quantity} network works|{qty.ghz!quantity} is fine], [the other one drops|{qty2.ghz!quantity} keeps dropping]. [Router|Hub] {model.modem!model_number} [firmware|software] {ver.fw!version_string}. "
  "[haven't changed the wifi password|wifi password still the same]")
T("en_neg_pension", "en-gb", "pension", "mail",
  "Dear Sir or Madam,\n\nMy annual statement for {year!year} says I will get {amount!amount} a month from {date!date}, which is {pct!percentage} less than last year's statement. "
  "Could you explain why?\n\nYours faithfully,\n{name}", reg="senior")
T("en_neg_energy_bill", "en-us", "energy", "mail",
  "Subject: High bill\n\nHi,\n\nMy bill {inv!invoice_number} shows {qty.energy!quantity} but the meter read {meter!meter_reading} on {date!date}. The amount went from {amount!amount} to {amount2!amount}, "
  "about {pct!percentage} more. Call center ({cphone!company_phone}) told me to email.\n\nThanks,\n{name}")

T("en_addr_change", "en", "contact", "chat+mail",
  "[I've moved to|New address:|Please update my address to] {addr:address}[ from {date!date}|]. [Account number|Customer number|Account no.] {custnr:customer_number}.")
T("en_contact", "en", "contact", "chat",
  "[new number|my new mobile] {phone:phone} [and email|email is] {email.spaced:email}")
T("en_contact_spoken", "en", "contact", "wa",
  "[my email is|email address] {email.spoken:email} [and my phone|phone number] {phone:phone}", reg="voice")
T("en_dob", "en", "contact", "chat",
  "[DOB|date of birth|I was born on|born] {dob:date_of_birth}[ if that helps| for security|]")
T("en_ip", "en", "security", "mail+chat",
  "[Your site keeps blocking me|My account was locked for suspicious logins]. [My IP address is|I'm on IP|Our office IP is] {ip:ip_address}. [No VPN.|Message says {err!error_code}.]")
T("en_ip_v6", "en", "security", "chat",
  "[whitelist request for our shop server|please allow our server], [IPv6|ip] {ip.v6:ip_address} [and v4|plus] {ip2:ip_address}[, account {custnr:customer_number}|]")
T("en_custnr_reply", "en", "contact", "wa",
  "> [What's your account number?|Can I take your membership number?]\n{custnr:customer_number}\n[it's on the letter|hope that's right]")
T("en_phone_relative", "en", "helper", "chat+mail",
  "[Please call my daughter instead, her number is|Best to ring my son, his number is] {phone2:phone}. [Mine is|My landline is] {phone.land:phone} [but I'm hard of hearing|but I'm often out].", reg="senior")


# ============================================================================================
# MORE TEMPLATES (tokens, keys, rarer secrets, more negatives) in all languages
# ============================================================================================
# --- nl -------------------------------------------------------------------------------------------
T("nl_token_session", "nl", "api", "chat+mail",
  "[Jullie collega vroeg om de sessie-id uit de browser|Mijn neef zei dat ik dit moest sturen], [sessietoken|session token|de cookie waarde]: {token.hex64:token}. "
  "[Ik zie steeds foutmelding {err!error_code}.|Sinds {date!date} word ik steeds uitgelogd.]")
T("nl_token_gitlab", "nl", "api", "mail",
  "Hallo,\n\nDe man die onze website heeft gebouwd is gestopt. In zijn overdracht staat: [GitLab token|deploy token|toegangstoken] {token.glpat:token}\n"
  "Kan ik die gewoon in het veld bij jullie plakken? De site draait op {ver.sw!version_string}.\n\nGroet,\n{name}\n{biz}")
T("nl_token_fb", "nl", "api", "chat",
  "[de koppeling met facebook van mijn webshop|de shop-koppeling met instagram] [verloopt steeds|doet het niet], [toegangstoken|access token|de token] {token.eaa:token} "
  "[werkte tot {date!date}|is gisteren nog vernieuwd]")
T("nl_token_curl", "nl", "api", "mail",
  "Onderwerp: Facturen ophalen werkt niet\n\nHoi,\n\nIk probeer dit (voorbeeld van jullie site):\n\ncurl -H \"Authorization: Bearer {token.bearer:token}\" {url.api!url}\n\n"
  "en krijg {err.http!error_code} terug. Onze administratie loopt vast. Ons ticket was {ticket!ticket_number}.\n\n{fn}")
T("nl_token_refresh", "nl", "api", "chat",
  "[refresh token|het vernieuw-token] {token.hex40:token} [wordt geweigerd|geeft invalid_grant] [sinds {time!time}|na de update naar {ver.sw!version_string}], [de API key zelf|onze api sleutel] is niet veranderd")
T("nl_api_google", "nl", "api", "chat+mail",
  "[Het kaartje op onze contactpagina doet het niet meer|De routekaart op mijn website is grijs]. [Sleutel|API key|Google sleutel] {apikey.aiza:api_key} "
  "[had ik van mijn neef gekregen|staat in de instellingen van de site].")
T("nl_api_hex", "nl", "api", "chat+mail",
  "[In het dashboard van {platform} staat mijn API-sleutel|Mijn api key uit het klantportaal] {apikey.hex32:api_key}[, maar de boekhouding pakt hem niet| en de koppeling met de kassa geeft {err!error_code}]. "
  "[Klantnummer|Klantnr.] {custnr:customer_number}.")
T("nl_api_vendor", "nl", "api", "wa",
  "[goedemiddag|hoi]\n[ik heb de betaalmodule opnieuw geïnstalleerd|de plugin is bijgewerkt naar {ver.sw!version_string}]\n[welke key moet erin|deze sleutel staat erin]\n{apikey.vendor:api_key}\n[klopt dat?|nu werkt iDEAL niet meer]")
T("nl_bsn_paspoort", "nl", "letter", "chat",
  "[achterop mijn paspoort staat|op mijn rijbewijs staat|op de zorgpas staat] {bsn:bsn}[, is dat mijn BSN?| dat is toch het burgerservicenummer?][ Ik ben geboren {dob:date_of_birth}.|]", reg="senior")
T("nl_bsn_zoon", "nl", "helper", "chat+mail",
  "[Mijn zoon|Mijn dochter] [is net 18 geworden|studeert in Groningen] en [moet zich aanmelden|heeft een brief gekregen]. [Het BSN is|BSN:] {bsn:bsn}. "
  "[Mijn eigen nummer:|Bel mij gerust op] {phone:phone}")
T("nl_bsn_caps", "nl", "bsn", "chat",
  "[BSN|BURGERSERVICENUMMER] {bsn:bsn} [GEBOREN|GEB] {dob:date_of_birth} [GRAAG TERUGBELLEN|IK WACHT AL {qty.days!quantity}]", caps=True)
T("nl_puk_esim", "nl", "sim", "chat+mail",
  "[Bij de eSIM staat in de app als PUK|In Mijn {tel} staat bij PUK|De app toont als PUK-code] {puk:puk}[ maar mijn {model.phone!model_number} vraagt om een andere code| en die wordt niet geaccepteerd]. "
  "Versie {ver.os!version_string}")
T("nl_puk_caps", "nl", "sim", "chat",
  "[TELEFOON OP SLOT|SIM GEBLOKKEERD] [PUK|PUKCODE] {puk:puk} [WERKT NIET|ZEGT FOUT] [PIN WAS|OUDE PIN] {pin:pin}", caps=True)
T("nl_cvv_masked", "nl", "payment", "chat",
  "[Mijn creditcard eindigt op|Kaart] {masked.card!masked_value} [en de code achterop is|cvc] {cvv:cvv}[, is dat genoeg om de betaling te controleren?| wat wilt u nog meer?]")
T("nl_cvv_typo", "nl", "payment", "chat",
  "[cvv code|ccv|de veiligheidscode|beveiligings code] [is|=] {cvv:cvv} [en vervaldatum|geldig tot] {exp.mmyy:card_expiry} [maar hij zegt gegevens onjuist|waarom wordt hij geweigerd]")
T("nl_wifi_guest", "nl", "wifi", "chat",
  "[gastnetwerk wachtwoord|wachtwoord van het gastnetwerk|gasten wifi] {wifi:wifi_key} [werkt niet voor de bezoekers|doet het niet op {qty.ghz!quantity}]")
T("nl_wifi_boxkey", "nl", "letter", "mail+chat",
  "[In de doos van de {model.modem!model_number} zat een kaartje met|Op het kaartje van de monteur staat] [netwerksleutel|wifi-wachtwoord|WPA-key] {wifi:wifi_key}. "
  "[Dat is toch iets anders dan wat op de sticker staat?|Welke moet ik gebruiken?]")
T("nl_otp_mail", "nl", "otp", "chat",
  "[de bevestigingscode uit de mail|code uit de e-mail|inlogcode] [is|was] {otp:otp} [maar die mail kwam pas om {time!time}|en de site zegt te laat]")
T("nl_otp_caps", "nl", "otp", "chat",
  "[CODE UIT SMS|SMS CODE|DE CODE IS] {otp.any:otp} [WERKT NIET|ZEGT ONGELDIG]", caps=True)
T("nl_neg_receipt", "nl", "shop", "chat+mail",
  "[Op de bon staat artikelnummer {sku!product_code}|EAN op de doos: {sku.ean!product_code}|Artikel {sku!product_code}], [gekocht op|besteld op] {date!date} voor {amount!amount}. "
  "[Garantie is {qty.days!quantity}?|Retourlabel {track!tracking_number} werkt niet.]")
T("nl_neg_travel", "nl", "travel", "chat+xpub",
  "[{at.airline!mention} vlucht|Vlucht] {flight!flight_number} [van|op] {date!date} [vertrok|landde] pas om {time!time}. [Ik vlieg al sinds {year!year} met jullie.|{tag!hashtag}]")
T("nl_neg_meter2", "nl", "energy", "wa",
  "[meterstand|stand van de meter]\n{meter!meter_reading}\n[en gas|gasmeter] {meter2!meter_reading}\n[foto komt eraan|is dat goed zo]\n[vorig jaar {year!year} was het veel minder|{pct!percentage} hoger dan vorig jaar]")
T("nl_neg_retour", "nl", "parcel", "chat",
  "[Retour verstuurd met|Pakket teruggestuurd,] [barcode|code] {track!tracking_number} op {date!date}, [bestelnummer|order] {order!order_number}. "
  "[Nog geen {amount!amount} terug gekregen.|Wanneer krijg ik mijn geld?]")

# --- nl-be ---------------------------------------------------------------------------------------
T("be_token2", "nl-be", "api", "mail",
  "Goeiendag,\n\nOnze boekhoudsoftware vraagt een token voor de koppeling met {platform}. Ik heb deze gekopieerd: {token.jwt:token}\n"
  "Maar ik krijg {err!error_code}. Wat doe ik verkeerd?\n\nMvg,\n{name}\n{biz}\nBTW {btw!company_registration}")
T("be_api_woo", "nl-be", "api", "mail+chat",
  "[Webshop synchroniseert ni meer met {platform}|De stock van de webshop klopt ni meer]:\nkey {apikey.ck:api_key}\nsecret {apikey.cs:api_key}\n[plugin|versie] {ver.sw!version_string}")
T("be_cvv", "nl-be", "payment", "chat",
  "[de controlecode achterop|de 3 cijferkes op de achterkant|cvc-code] [is|zijn] {cvv:cvv}, [kaart vervalt|vervaldatum] {exp:card_expiry}. [Bestelling|Order] {order!order_number} [gaat ni door|blijft hangen]")
T("be_puk_letter", "nl-be", "letter", "chat",
  "[In de brief van {tel} staat PUK|Op de brief bij mijn nieuwe simkaart staat] {puk:puk} [en pincode|en de pin] {pin:pin}. [Moet ik die nog veranderen?|Mijn gsm vraagt nu iets anders.]", reg="senior")
T("be_wifi_caps", "nl-be", "wifi", "chat",
  "[WIFI CODE|WIFI PASWOORD] {wifi:wifi_key} [WERKT NI|NIET GOED] [MODEM|DECODER] {model.modem!model_number}", caps=True)
T("be_neg_product", "nl-be", "shop", "chat+mail",
  "[Artikelnummer|Referentie artikel] {sku!product_code} [besteld in|gekocht in] {year!year}, [garantie loopt nog|herstelling geweigerd]. [Ticket|Dossier] {ticket!ticket_number}. {pct!percentage} korting beloofd.")
T("be_neg_flight", "nl-be", "travel", "chat+mail",
  "[Onze vlucht|Vlucht] {flight!flight_number} op {date!date} [is geschrapt|heeft {qty.hours!quantity} vertraging]. [Wij betaalden|Ticket kostte] {amount!amount}.")
T("be_otp_mail", "nl-be", "otp", "chat",
  "[de code in de mail|bevestigingscode per mail|de verificatiecode] [is|was] {otp:otp} [maar die is vervallen|maar da gaat ni]")

# --- fr-be ---------------------------------------------------------------------------------------
T("fr_token2", "fr-be", "api", "mail",
  "Bonjour,\n\nNotre logiciel de caisse demande un jeton d'accès. [On m'a donné celui-ci|Voici celui de l'ancien compte] : {token.jwt:token}\n"
  "Mais j'ai l'erreur {err!error_code}. Je ne m'y connais pas en informatique.\n\nCordialement,\n{name}\n{biz}")
T("fr_token_git", "fr-be", "api", "chat",
  "[le token GitHub de notre site|mon token d'accès personnel] {token.ghp:token} [ne marche plus|est refusé depuis {date!date}]")
T("fr_api_aws", "fr-be", "api", "mail+chat",
  "[Les sauvegardes de notre cabinet ne passent plus|Backup en échec depuis {date!date}]. [Clé d'accès|Access key] {apikey.akia:api_key} et [clé secrète|secret] {apikey.awssecret:api_key}.")
T("fr_cvv", "fr-be", "payment", "chat",
  "[le code au dos|les 3 chiffres derrière la carte|le cryptogramme] c'est {cvv:cvv}, [expiration|date d'expiration] {exp:card_expiry}. [Paiement {order!order_number} refusé|Commande {order!order_number} bloquée]")
T("fr_puk_letter", "fr-be", "letter", "chat+mail",
  "[Sur la lettre avec la carte SIM il y a PUK|Le code PUK indiqué sur le courrier est] {puk:puk}[ et le code PIN {pin:pin}|]. [Le GSM refuse.|Ça ne marche pas.]", reg="senior")
T("fr_wifi_key2", "fr-be", "wifi", "chat",
  "[clé de sécurité réseau|mot de passe du wifi|clé wifi] {wifi:wifi_key} [ça ne passe pas sur l'imprimante|refusé par la télé]")
T("fr_otp_mail", "fr-be", "otp", "chat",
  "[le code reçu par mail|code de confirmation par e-mail|code de sécurité] {otp:otp} [a expiré|ne fonctionne pas]")
T("fr_neg_product", "fr-be", "shop", "chat+mail",
  "[Article|Référence] {sku!product_code}, [commandé le|acheté le] {date!date} pour {amount!amount}, [toujours pas reçu|défectueux]. [Suivi|Colis] {track!tracking_number}.")
T("fr_neg_year", "fr-be", "bank", "chat+pub",
  "[Client depuis {year!year}|Je suis chez vous depuis {year!year}] et [ma carte est refusée {qty.times!quantity}|l'appli {ver.app!version_string} plante], [code|erreur] {err!error_code}. {pct!percentage} de frais en plus, non merci.")

# --- en --------------------------------------------------------------------------------------------
T("en_token_refresh", "en", "api", "chat",
  "[our refresh token|refresh_token] {token.hex40:token} [gets invalid_grant|is rejected] [since {time!time}|after the {ver.sw!version_string} update], [API key itself|our api key] hasn't changed")
T("en_token_glpat", "en", "api", "mail",
  "Hi,\n\nThe freelancer who built our site left us this: [GitLab token|deploy token] {token.glpat:token}\nDo I paste that into your settings page? Sorry, not a techie.\n\n{name}\n{biz}")
T("en_token_session", "en", "api", "chat+mail",
  "[Support asked for my session id from the browser|Your colleague said to send the session token]: {token.hex64:token}. [I keep getting logged out.|Error {err!error_code}.]")
T("en_token_fb", "en", "api", "chat",
  "[the facebook shop sync|instagram shop link] [keeps expiring|stopped working], [access token|page token] {token.eaa:token} [worked until {date!date}|was renewed yesterday]")
T("en_token_curl", "en", "api", "mail",
  "Subject: Can't pull invoices\n\nHello,\n\nTrying the example from your docs:\n\ncurl -H \"Authorization: Bearer {token.bearer:token}\" {url.api!url}\n\n"
  "returns {err.http!error_code}. Our bookkeeping is stuck. Ticket {ticket!ticket_number}.\n\n{fn}")
T("en_api_hex", "en", "api", "chat+mail",
  "[The API key from my dashboard is|My api key from the portal:] {apikey.hex32:api_key}[ but the till won't accept it| and the sync says {err!error_code}]. [Account|Customer no.] {custnr:customer_number}.")
T("en_api_mailgun", "en", "api", "chat",
  "[emails from our booking page stopped|contact form emails not arriving], [mail api key|key] {apikey.mg:api_key} [in the plugin settings|hasn't changed]")
T("en_puk_caps", "en", "sim", "chat",
  "[PHONE LOCKED|SIM BLOCKED] [PUK|PUK CODE] {puk:puk} [NOT WORKING|SAYS WRONG] [OLD PIN|PIN WAS] {pin:pin}", caps=True)
T("en_puk_esim", "en", "sim", "chat+mail",
  "[The app shows the eSIM PUK as|Under my account it says PUK] {puk:puk}[ but my {model.phone!model_number} asks for a different code| and it's rejected]. On {ver!version_string}.")
T("en_cvv_masked", "en", "payment", "chat",
  "[my card ending|card] {masked.card!masked_value} [and the security code is|cvv] {cvv:cvv}[ - enough to check the payment?| what else do you need?]")
T("en_cvv_typo", "en", "payment", "chat",
  "[cvv number|ccv|sec code|security no.] [is|=] {cvv:cvv} [expiry|exp date] {exp.mmyy:card_expiry} [but it says details incorrect|why is it declined]")
T("en_wifi_guest", "en", "wifi", "chat",
  "[guest network password|the guest wifi key] {wifi:wifi_key} [doesn't work for visitors|won't connect on {qty.ghz!quantity}]")
T("en_otp_mail", "en", "otp", "chat",
  "[code from the email|the confirmation code|the login code] [is|was] {otp:otp} [but the email only came at {time!time}|and the site says too late]")
T("en_neg_flight2", "en", "travel", "chat+xpub",
  "[{at.airline!mention} flight|Flight] {flight!flight_number} [on|from] {date!date} [only left at|landed at] {time!time}. [Flying with you since {year!year}, never again.|{tag!hashtag}]")
T("en_neg_product2", "en", "shop", "chat+mail",
  "[Receipt shows item {sku!product_code}|Barcode on the box: {sku.ean!product_code}|Product code {sku!product_code}], [bought on|ordered] {date!date} for {amount!amount}. [Warranty is {qty.days!quantity}?|Return label {track!tracking_number} doesn't scan.]")
T("en_neg_meter_us", "en-us", "energy", "chat+mail",
  "[Meter read|Reading] today {meter!meter_reading}, [last month|previous] {meter2!meter_reading}. [Usage in {year!year} was lower|Up {pct!percentage} on last year]. [Bill {inv!invoice_number}|Invoice {inv!invoice_number}].")


# ============================================================================================
# dealing, rendering, checking, writing
# ============================================================================================
def lang_group(lang):
    return "en" if lang.startswith("en") else lang


def deal_templates(templates):
    """Whole templates alternately to dev / heldout, ordered by (family, language group, register,
    id).  Independent of the seed."""
    halves = {"dev": [], "heldout": []}
    for g in sorted(LANG_GROUPS):
        order = sorted((t for t in templates if lang_group(t.lang) == g), key=lambda t: (t.family, t.reg, t.id))
        for k, t in enumerate(order):
            halves["dev" if k % 2 == 0 else "heldout"].append(t)
    return halves


def walk(ast, ctx, out):
    for kind, val in ast:
        if kind == "text":
            out.append((val, None))
        elif kind == "alt":
            walk(val[ctx.rng.randrange(len(val))], ctx, out)
        else:
            name, idx, variant, mode, label = val
            key = (name, idx, variant)
            if key not in ctx.cache:
                ctx.cache[key] = GENS[name](ctx, idx, variant)
            v = ctx.cache[key]
            if mode == ":":
                out.append((v, ("span", label)))
            elif mode == "!":
                out.append((v, ("neg", label)))
            else:
                out.append((v, ("val", name)))


CAPS_VALS = {"fn", "ln", "name", "city", "tel", "bank", "shop", "energy", "insurer", "carrier", "stream",
             "platform", "biz", "gemeente", "pension", "lottery", "airline", "ag"}


def mask_context(segs, upto):
    parts = []
    for text, meta in segs[:upto]:
        parts.append(text if meta is None else " <v> ")
    s = "".join(parts)[-40:].lower()
    s = re.sub(r"\d", "0", s)
    toks = s.replace("\n", " \\n ").split()
    return " ".join(toks[-3:])


class SoftFail(Exception):
    pass


def render(tpl, rng, pools, lang):
    ctx = Ctx(rng, pools, lang, tpl)
    segs = []
    walk(tpl.ast, ctx, segs)
    if tpl.caps:
        new = []
        for text, meta in segs:
            if meta is None or (meta[0] == "val" and meta[1] in CAPS_VALS):
                up = text.upper()
                if len(up) == len(text):
                    text = up
            new.append((text, meta))
        segs = new
    text, pos = "", 0
    spans, negs, phr = [], [], []
    for k, (t, meta) in enumerate(segs):
        if meta is not None and meta[0] in ("span", "neg"):
            item = {"type" if meta[0] == "span" else "kind": meta[1], "start": pos, "end": pos + len(t)}
            if meta[0] == "span":
                spans.append(item)
                phr.append((meta[1], mask_context(segs, k)))
            else:
                negs.append(item)
        text += t
        pos += len(t)
    # soft checks -> re-render with new random values
    for s in spans + negs:
        v = text[s["start"]:s["end"]]
        after = text[s["end"]:s["end"] + 1]
        before = text[s["start"] - 1:s["start"]] if s["start"] else ""
        if "type" in s and s["type"] in HIGH_RISK and not v[-1].isalnum() and after in SENTENCE_PUNCT:
            raise SoftFail("secret ends in punctuation before sentence punctuation")
        if (after and (after.isalnum() or after == "_")) or (before and (before.isalnum() or before == "_")):
            raise SoftFail("value glued to text: %r in %r" % (v, text[max(0, s['start'] - 10):s['end'] + 10]))
    return text, spans, negs, phr


def render_ok(tpl, rng, pools, lang):
    last = None
    for _ in range(40):
        try:
            return render(tpl, rng, pools, lang)
        except SoftFail as e:
            last = e
    raise SystemExit("template %s keeps failing: %s" % (tpl.id, last))


PHONE_OK = [re.compile(p) for p in [
    r"^(0031|\+31|0)61\d{7}$", r"^(0031|\+31|0)20\d{7}$",                       # NL mobile 06-1..., 020-...
    r"^(0032|\+32|0)4\d{8}$", r"^\+320?4\d{8}$",                               # BE 04xx
    r"^(0044|\+44|0)7700900\d{3}$", r"^\+4407700900\d{3}$", r"^(\+44|0)2079460\d{3}$",  # UK drama ranges
    r"^(\+?1)?\d{3}55501\d{2}$",                                              # US 555-01xx
]]


def phone_ok(v):
    d = re.sub(r"[\s\-./()]", "", v)
    return any(p.match(d) for p in PHONE_OK)


def check_record(rec, errors):
    t = rec["text"]
    rid = rec["id"]
    if re.search(r"\{[a-z_]+\d*(\.[a-z0-9_]+)?([:!][a-z_]+)?\}", t) or "[" in t or "]" in t:
        errors.append("%s: unrendered placeholder" % rid)
    if rec["visibility"] != ("public" if rec["channel"] in PUBLIC_CHANNELS else "private"):
        errors.append("%s: visibility" % rid)
    items = sorted(rec["spans"], key=lambda s: s["start"])
    for s in rec["spans"] + rec["negatives"]:
        if not (0 <= s["start"] < s["end"] <= len(t)):
            errors.append("%s: offsets out of range" % rid)
            continue
        v = t[s["start"]:s["end"]]
        if v != v.strip():
            errors.append("%s: whitespace at span edge %r" % (rid, v))
    for a, b in zip(items, items[1:]):
        if b["start"] < a["end"]:
            errors.append("%s: overlapping spans" % rid)
    for n in rec["negatives"]:
        for s in rec["spans"]:
            if n["start"] < s["end"] and s["start"] < n["end"]:
                errors.append("%s: negative overlaps span" % rid)
    negs = sorted(rec["negatives"], key=lambda s: s["start"])
    for a, b in zip(negs, negs[1:]):
        if b["start"] < a["end"]:
            errors.append("%s: overlapping negatives" % rid)
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        ty = s["type"]
        if ty == "card" and not luhn_ok(v):
            errors.append("%s: card fails Luhn %r" % (rid, v))
        if ty == "iban" and not iban_ok(v):
            errors.append("%s: iban fails mod-97 %r" % (rid, v))
        if ty == "bsn" and not bsn_ok(v):
            errors.append("%s: bsn fails 11-proof %r" % (rid, v))
        if ty == "phone" and not phone_ok(v):
            errors.append("%s: phone not in a fictional range %r" % (rid, v))
        if ty in NO_SPACE_TYPES and re.search(r"\s", v):
            errors.append("%s: %s contains whitespace %r" % (rid, ty, v))


def build_half(half, seed, templates, n_target):
    pools = pools_for_half(half)
    rng = random.Random(seed * 10 + (1 if half == "dev" else 2))
    by_lang = defaultdict(list)
    for t in templates:
        by_lang[lang_group(t.lang)].append(t)
    recs, phrasings, used = [], defaultdict(set), Counter()
    types, kinds, langs = Counter(), Counter(), Counter()
    nospan = hr = 0
    TARGET_HR, TARGET_OTHER, TARGET_NEG = 46, 10, 8
    while True:
        n = len(recs)
        done = (n >= n_target and all(types[x] >= TARGET_HR for x in HIGH_RISK)
                and all(types[x] >= TARGET_OTHER for x in OTHER_TYPES)
                and all(kinds[k] >= TARGET_NEG for k in NEG_KINDS)
                and nospan >= 0.26 * n and hr >= 0.47 * n)
        if done:
            break
        if n >= n_target + 500:
            break
        if n == n_target + 1:
            print("   (%s: continuing past %d messages until these targets are met: %s)" % (half, n_target, ", ".join(
                [x for x in HIGH_RISK if types[x] < TARGET_HR] + [x for x in OTHER_TYPES if types[x] < TARGET_OTHER]
                + [k for k in NEG_KINDS if kinds[k] < TARGET_NEG]
                + (["nospan"] if nospan < 0.26 * n else []) + (["highrisk"] if hr < 0.47 * n else []))))
        g = max(LANG_GROUPS, key=lambda x: LANG_GROUPS[x] * (n + 1) - langs[x])
        cands = by_lang[g]
        weights = []
        for t in cands:
            w = 1.0 / (1 + used[t.id]) ** 1.5
            short = [x for x in t.labels["span"] if (x in HIGH_RISK and types[x] < TARGET_HR)
                     or (x in OTHER_TYPES and types[x] < TARGET_OTHER)]
            if short:
                w *= 1 + 3 * len(short)
            if t.no_span and nospan < 0.29 * (n + 1):
                w *= 3
            if t.high_risk and hr < 0.5 * (n + 1):
                w *= 2
            if any(kinds[k] < TARGET_NEG for k in t.labels["neg"]):
                w *= 2
            weights.append(w)
        t = rng.choices(cands, weights)[0]
        lang = t.lang if t.lang != "en" else rng.choice(["en-gb", "en-us"])
        text, spans, negs, phr = render_ok(t, rng, pools, lang)
        channel = rng.choice(t.channels)
        rec = {"id": "%s-%s-%05d" % (PREFIX, half, n), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC_CHANNELS else "private",
               "text": text, "spans": spans, "negatives": negs}
        recs.append((rec, t.id))
        used[t.id] += 1
        langs[g] += 1
        for s in spans:
            types[s["type"]] += 1
        for x in negs:
            kinds[x["kind"]] += 1
        for ty, p in phr:
            phrasings[ty].add(p)
        if not spans:
            nospan += 1
        if any(s["type"] in HIGH_RISK for s in spans):
            hr += 1
    return recs, phrasings


def stats(recs):
    st = {"messages": len(recs), "types": Counter(), "kinds": Counter(), "channels": Counter(), "langs": Counter(),
          "nospan": 0, "highrisk": 0, "type_msgs": Counter()}
    for rec, _ in recs:
        st["channels"][rec["channel"]] += 1
        st["langs"][rec["lang"]] += 1
        for s in rec["spans"]:
            st["types"][s["type"]] += 1
        for ty in {s["type"] for s in rec["spans"]}:
            st["type_msgs"][ty] += 1
        for x in rec["negatives"]:
            st["kinds"][x["kind"]] += 1
        if not rec["spans"]:
            st["nospan"] += 1
        if any(s["type"] in HIGH_RISK for s in rec["spans"]):
            st["highrisk"] += 1
    return st


def pool_overlap():
    dev, held = set(), set()
    for name, items in POOLS.items():
        for k, it in enumerate(items):
            vals = it if isinstance(it, tuple) else (it,)
            for v in vals:
                if re.fullmatch(r"[A-Z]{2}|\d{4,5}", str(v)):      # US state codes, postcodes are not names
                    continue
                (dev if k % 2 == 0 else held).add(str(v))
    return dev & held


def write_readme(path, seed, halves_templates, st, phr, n_templates):
    L = []
    a = L.append
    a("# Scrub corpus `blind8` (record id prefix `b8`)\n")
    a("Labelled, **blind** test corpus for the webcare-bridge scrubber. Emphasis: people who are not good with computers "
      "(older customers, phone typing, ALL CAPS, no punctuation, voice-to-text, misspelled cues), and the places data hides "
      "(no cue at all, value before the cue, cue several lines above the value, values split over lines, everything-at-once "
      "dumps, helpers writing for a parent or neighbour, small-business signatures, data typed over from letters, cards and "
      "stickers, public posts with data posted by mistake, agent replies, quoted e-mail history), plus many hard negatives "
      "placed right next to cue words.\n")
    a("## How it was written\n")
    a("- Written blind from the brief only (`/tmp/briefs/writerH.md`), general knowledge of how customers of Dutch, "
      "Belgian, UK and US companies write to customer care, and the platforms' public conventions.")
    a("- **Not** opened, read, grepped or run: anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/` other than "
      "this directory, `bench/`, `docs/scrubbing.md`, or any other corpus or generator. The scrubber and any scorer were "
      "never run on this data.")
    a("- `generate_blind.py` (standard library only, Python 3.11) renders every message from a small template language; "
      "span offsets are computed by the renderer, never counted by hand. All values are fake but well formed: cards pass "
      "Luhn (Visa, Mastercard, Amex 15, Maestro, Bancontact), IBANs pass mod-97 (NL with a valid account elfproef, BE with "
      "its national check, FR RIB key, ES control digits, DE, GB, IE, LU), BSNs pass the 11-proof, phone numbers use "
      "fictional ranges (NL 06-1.../020-..., BE 04xx, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx), IPs come from the "
      "documentation ranges. Brands, municipalities and e-mail domains are invented.")
    a("- Seed: `%d` (`python3.11 generate_blind.py --seed %d`). Output is deterministic for a given seed.\n" % (seed, seed))
    a("## Split rule\n")
    a("- %d templates; within each language group (nl, nl-be, en, fr-be) they are sorted by (family, register, id) and dealt alternately to dev and heldout "
      "(independent of the seed): a template never appears in both halves (dev %d templates, heldout %d)."
      % (n_templates, len(halves_templates["dev"]), len(halves_templates["heldout"])))
    a("- Every pool (first and last names per language, streets, cities, e-mail domains, password words, agent names, "
      "trade names, airline codes and the brand pools per sector) is dealt the same way: even positions to dev, odd to "
      "heldout, so the halves share no names, streets, cities or brands.")
    a("- Each half draws its random values from its own `random.Random`.")
    a("- Before writing, every record is checked (offsets, no whitespace at span edges, Luhn / mod-97 / 11-proof, "
      "fictional phone ranges, no overlapping spans, no negative overlapping a span, no unrendered placeholder, no secret "
      "ending in punctuation before sentence punctuation, no value glued to surrounding letters), and each half must have "
      "every label type and negative kind, >= 25 % messages without spans, >= 45 % with a high-risk value, and >= 40 spans "
      "in >= 12 distinct phrasings (the three masked words before the value) for every high-risk type. Any failure: exit 1, "
      "nothing written.\n")
    a("## heldout.jsonl\n")
    a("**Detector authors must never open `heldout.jsonl` or `generate_blind.py`.** They may only run a scorer over "
      "`heldout.jsonl` and report the numbers. `dev.jsonl` may be read.\n")
    a("## Labelling decisions\n")
    a("- A span covers only the value, never the cue. OTP codes, card numbers, PUKs written as `1234 5678`, IBANs and "
      "dictated PINs (`4 4 1 7`, `4-4-1-7`, `4.4.1.7`) may contain separators; the span covers all groups. A value split "
      "over two lines (IBAN, card) is one span including the line break, as is a multi-line signature address.")
    a("- A password spelled out by voice-to-text (`hoofdletter T tulp 8 8 uitroepteken`) is **not** labelled; "
      "`wachtwoord is Tulp88! met hoofdletter` is.")
    a("- Small-business signatures: the person's mobile and e-mail and the street address are labelled; the business "
      "line (085/088/078/0345/1-800 numbers) is a `company_phone` negative; KvK/BTW/VAT/company no./ondernemingsnummer/EIN are "
      "`company_registration`; the website is `url`. Company and personal names, SSIDs, cities alone and agent names "
      "are never labelled.")
    a("- An agent giving a PUK or a new wifi key, or repeating an IBAN, e-mail or address, is labelled like a customer's.")
    a("- `activatiecode` / activation codes from letters, Digipass response codes and bank-app SMS codes are `otp`; "
      "bank-app and itsme passcodes are `pin`.\n")
    a("## Counts per half\n")
    keys = ["dev", "heldout"]
    a("| | dev | heldout |\n|---|---:|---:|")
    a("| messages | %d | %d |" % tuple(st[k]["messages"] for k in keys))
    a("| messages without any span | %d (%.1f %%) | %d (%.1f %%) |" % tuple(
        x for k in keys for x in (st[k]["nospan"], 100.0 * st[k]["nospan"] / st[k]["messages"])))
    a("| messages with a high-risk value | %d (%.1f %%) | %d (%.1f %%) |" % tuple(
        x for k in keys for x in (st[k]["highrisk"], 100.0 * st[k]["highrisk"] / st[k]["messages"])))
    a("\n### Label types (spans; distinct phrasings in parentheses for high-risk types)\n")
    a("| type | dev | heldout |\n|---|---:|---:|")
    for ty in ALL_TYPES:
        if ty in HIGH_RISK:
            a("| %s | %d (%d) | %d (%d) |" % (ty, st["dev"]["types"][ty], len(phr["dev"][ty]),
                                            st["heldout"]["types"][ty], len(phr["heldout"][ty])))
        else:
            a("| %s | %d | %d |" % (ty, st["dev"]["types"][ty], st["heldout"]["types"][ty]))
    a("\n### Hard-negative kinds\n")
    a("| kind | dev | heldout |\n|---|---:|---:|")
    for k in NEG_KINDS:
        a("| %s | %d | %d |" % (k, st["dev"]["kinds"][k], st["heldout"]["kinds"][k]))
    a("\n### Channels\n")
    a("| channel | dev | heldout |\n|---|---:|---:|")
    for c in CHANNELS:
        a("| %s | %d | %d |" % (c, st["dev"]["channels"][c], st["heldout"]["channels"][c]))
    a("\n### Languages\n")
    a("| lang | dev | heldout |\n|---|---:|---:|")
    for lg_ in ["nl", "nl-be", "en-gb", "en-us", "fr-be"]:
        a("| %s | %d | %d |" % (lg_, st["dev"]["langs"][lg_], st["heldout"]["langs"][lg_]))
    a("")
    path.write_text("\n".join(L), encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--per-half", type=int, default=870)
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)

    for t in TEMPLATES:
        t.compile()
    ids = [t.id for t in TEMPLATES]
    errors = []
    if len(ids) != len(set(ids)):
        errors.append("duplicate template ids")
    halves_t = deal_templates(TEMPLATES)
    if set(t.id for t in halves_t["dev"]) & set(t.id for t in halves_t["heldout"]):
        errors.append("template in both halves")
    ov = pool_overlap()
    if ov:
        errors.append("pool values in both halves: %s" % sorted(ov))

    out = {}
    phr = {}
    st = {}
    for half in ("dev", "heldout"):
        recs, phrasings = build_half(half, args.seed, halves_t[half], args.per_half)
        out[half], phr[half] = recs, phrasings
        for rec, _ in recs:
            check_record(rec, errors)
        st[half] = s = stats(recs)
        n = s["messages"]
        if s["nospan"] < 0.25 * n:
            errors.append("%s: only %d of %d messages without spans" % (half, s["nospan"], n))
        if s["highrisk"] < 0.45 * n:
            errors.append("%s: only %d of %d messages with a high-risk value" % (half, s["highrisk"], n))
        for ty in ALL_TYPES:
            if s["types"][ty] == 0:
                errors.append("%s: label type %s missing" % (half, ty))
        for ty in HIGH_RISK:
            if s["types"][ty] < 40:
                errors.append("%s: %s has only %d spans" % (half, ty, s["types"][ty]))
            if len(phrasings[ty]) < 12:
                errors.append("%s: %s has only %d phrasings" % (half, ty, len(phrasings[ty])))
        for k in NEG_KINDS:
            if s["kinds"][k] == 0:
                errors.append("%s: negative kind %s missing" % (half, k))
    used_dev = {tid for _, tid in out["dev"]}
    used_held = {tid for _, tid in out["heldout"]}
    if used_dev & used_held:
        errors.append("a template rendered in both halves")
    # texts must not repeat across halves
    if {r["text"] for r, _ in out["dev"]} & {r["text"] for r, _ in out["heldout"]}:
        errors.append("identical text in both halves")

    for half in ("dev", "heldout"):
        s = st[half]
        print("== %s: %d messages, %d without spans (%.1f%%), %d with high-risk values (%.1f%%), templates used %d"
              % (half, s["messages"], s["nospan"], 100.0 * s["nospan"] / s["messages"], s["highrisk"],
                 100.0 * s["highrisk"] / s["messages"], len({tid for _, tid in out[half]})))
        print("   types:    " + ", ".join("%s=%d" % (ty, s["types"][ty]) for ty in ALL_TYPES))
        print("   phrasings:" + ", ".join("%s=%d" % (ty, len(phr[half][ty])) for ty in HIGH_RISK))
        print("   negatives:" + ", ".join("%s=%d" % (k, s["kinds"][k]) for k in NEG_KINDS))
        print("   channels: " + ", ".join("%s=%d" % (c, s["channels"][c]) for c in CHANNELS))
        print("   langs:    " + ", ".join("%s=%d" % (l_, s["langs"][l_]) for l_ in ["nl", "nl-be", "en-gb", "en-us", "fr-be"]))
    if errors:
        for e in errors[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failures; nothing written" % len(errors), file=sys.stderr)
        return 1
    outdir = Path(args.out)
    for half in ("dev", "heldout"):
        with open(outdir / ("%s.jsonl" % half), "w", encoding="utf-8") as fh:
            for rec, _ in out[half]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme(outdir / "README.md", args.seed, halves_t, st, phr, len(TEMPLATES))
    print("written to %s" % outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
