#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind118). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261316
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import pools
import tpl_be
import tpl_en
import tpl_nl
import values as V

PREFIX = "b118"
N_PER_HALF = 950
HALVES = ("dev", "heldout")
PUBLIC_CH = ("x_public", "facebook_comment", "instagram_comment")
CHANNELS = [("email", 0.29), ("x_public", 0.08), ("x_dm", 0.06), ("facebook_comment", 0.07), ("instagram_comment", 0.05),
            ("instagram_dm", 0.05), ("messenger", 0.08), ("whatsapp", 0.11), ("telegram", 0.05), ("agent_reply", 0.16)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]

COMPANIES = {
    "nl": ["Bakkerij Verhoeven BV", "Tandartspraktijk De Molen", "Smit & Co Advocaten", "Installatiebedrijf Brouwer", "Kinderopvang Het Nest", "Hoveniersbedrijf Groen"],
    "be": ["Brouwerij De Klok bv", "Dierenartsenpraktijk Zuid", "Boekhoudkantoor Peeters", "Frituur 't Hoekske", "Architectenbureau Vanhove", "Garage Maes"],
    "fr": ["Boulangerie Renard sprl", "Cabinet Dentaire du Parc", "Fiduciaire Lambert", "Garage Dumont", "Atelier Fontaine", "Crèche Les Petits Pas"],
    "en": ["Harper & Lowe Solicitors", "Greenfield Dental", "Baxter Plumbing Ltd", "Riverside Vets", "Northside Bakery", "Atlas Logistics"],
}
INNER_HDR = {
    "nl": ["Op {n:date} om {n:time} schreef {f:name} <{p:email}>:", "{f:name} <{p:email}> schreef op {n:date}:"],
    "be": ["Op {n:date} om {n:time} schreef {f:name} <{p:email}>:", "Van: {f:name} <{p:email}>\nVerzonden: {n:date} {n:time}"],
    "fr": ["Le {n:date} à {n:time}, {f:name} <{p:email}> a écrit :", "De : {f:name} <{p:email}>\nEnvoyé : {n:date}"],
    "en": ["On {n:date} at {n:time}, {f:name} <{p:email}> wrote:", "From: {f:name} <{p:email}>\nSent: {n:date} {n:time}"],
}
SVC_LOCAL = ["klantenservice", "support", "info", "service", "noreply", "helpdesk", "contact"]
FWD_INTRO = {
    "nl": ["Zie hieronder, dit stuurde mijn partner eerder al.", "Ter info doorgestuurd.", "Graag jullie reactie op onderstaande."],
    "be": ["Zie hieronder, dit was de vorige mail.", "Ter info doorgestuurd.", "Gelieve hieronder te bekijken."],
    "fr": ["Voir ci-dessous, mon mari vous avait déjà écrit.", "Pour info.", "Merci de lire le message ci-dessous."],
    "en": ["See below, my partner already sent this.", "Forwarding for info.", "Please see the email below."],
}
FRAMES = {
    "nl": dict(BODY=tpl_nl.BODY, ADDON=tpl_nl.ADDON, PUBLIC=tpl_nl.PUBLIC, AGENT=tpl_nl.AGENT, GREET=tpl_nl.GREET,
               CLOSE=tpl_nl.CLOSE, SIG=tpl_nl.SIG, QUOTE_HDR=tpl_nl.QUOTE_HDR, DISCLAIMER=tpl_nl.DISCLAIMER,
               FWD=tpl_nl.FWD, CHAT_OPEN=tpl_nl.CHAT_OPEN, EMAIL_CTX=tpl_nl.EMAIL_CTX),
    "be": dict(BODY=tpl_be.BODY_NL, ADDON=tpl_be.ADDON_NL, PUBLIC=tpl_be.PUBLIC_NL, AGENT=tpl_be.AGENT_NL,
               GREET=tpl_be.GREET_NL, CLOSE=tpl_be.CLOSE_NL, SIG=tpl_be.SIG_NL, QUOTE_HDR=tpl_be.QUOTE_HDR_NL,
               DISCLAIMER=tpl_be.DISCLAIMER_NL, FWD=tpl_be.FWD_NL, CHAT_OPEN=tpl_be.CHAT_OPEN_NL, EMAIL_CTX=tpl_be.EMAIL_CTX_NL),
    "fr": dict(BODY=tpl_be.BODY_FR, ADDON=tpl_be.ADDON_FR, PUBLIC=tpl_be.PUBLIC_FR, AGENT=tpl_be.AGENT_FR,
               GREET=tpl_be.GREET_FR, CLOSE=tpl_be.CLOSE_FR, SIG=tpl_be.SIG_FR, QUOTE_HDR=tpl_be.QUOTE_HDR_FR,
               DISCLAIMER=tpl_be.DISCLAIMER_FR, FWD=tpl_be.FWD_FR, CHAT_OPEN=tpl_be.CHAT_OPEN_FR, EMAIL_CTX=tpl_be.EMAIL_CTX_FR),
    "en": dict(BODY=tpl_en.BODY, ADDON=tpl_en.ADDON, PUBLIC=tpl_en.PUBLIC, AGENT=tpl_en.AGENT, GREET=tpl_en.GREET,
               CLOSE=tpl_en.CLOSE, SIG=tpl_en.SIG, QUOTE_HDR=tpl_en.QUOTE_HDR, DISCLAIMER=tpl_en.DISCLAIMER,
               FWD=tpl_en.FWD, CHAT_OPEN=tpl_en.CHAT_OPEN, EMAIL_CTX=tpl_en.EMAIL_CTX),
}


def fam_of(loc):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(loc, "en")


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit(f"group too small to deal: {lst!r}")
    return out


# ------------------------------------------------------------------ split material per half

def build_half_material(half):
    """Every template group and filler pool is dealt alternately: even index -> dev, odd -> heldout."""
    mat = {"frames": {}, "pools": {}}
    for fam, fr in FRAMES.items():
        d = {}
        for k, v in fr.items():
            if k == "BODY":
                d[k] = {sec: [(f"{fam}/body/{sec}/{i}", t) for i, t in enumerate(lst)][half::2] for sec, lst in v.items()}
            else:
                d[k] = [(f"{fam}/{k.lower()}/{i}", t) for i, t in enumerate(v)][half::2]
        d["FWD_INTRO"] = deal(FWD_INTRO[fam], half)
        d["COMPANY"] = deal(COMPANIES[fam], half)
        d["INNER_HDR"] = [(f"{fam}/inner_hdr/{i}", t) for i, t in enumerate(INNER_HDR[fam])][half::2]
        mat["frames"][fam] = d
    p = mat["pools"]
    p["first"] = {l: deal(v, half) for l, v in pools.FIRST.items()}
    p["last"] = {l: deal(v, half) for l, v in pools.LAST.items()}
    p["city"] = {l: deal(v, half) for l, v in pools.CITY.items()}
    p["agent"] = {l: deal(v, half) for l, v in pools.AGENTS.items()}
    p["brand"] = {s: deal(v, half) for s, v in pools.BRANDS.items()}
    p["hashtag"] = {s: deal(v, half) for s, v in pools.HASHTAGS.items()}
    p["gen_hashtag"] = deal(pools.GEN_HASHTAGS, half)
    p["url_path"] = deal(pools.URL_PATHS, half)
    p["ssid"] = deal(pools.SSID, half)
    p["initials"] = deal(pools.INITIALS, half)
    p["svc"] = deal(SVC_LOCAL, half)
    return mat


# ------------------------------------------------------------------ builder

TOKEN_RE = re.compile(r"\{([pnf]):([a-z_]+)(?:#(\w+))?\}")
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
KEYB = "qwertyuiopasdfghjklzxcvbnm"


class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []

    def lit(self, s):
        self.text += s

    def span(self, typ, val, tid):
        s = len(self.text)
        self.text += val
        self.spans.append({"type": typ, "start": s, "end": len(self.text), "_tid": tid})

    def neg(self, kind, val):
        s = len(self.text)
        self.text += val
        self.negs.append({"kind": kind, "start": s, "end": len(self.text)})

    def extend(self, other, quote_prefix=None):
        """Append another builder; optionally prefix every line with quote_prefix (offsets remapped)."""
        base = len(self.text)
        if quote_prefix is None:
            mapping = list(range(len(other.text) + 1))
            new = other.text
        else:
            out = []
            mapping = []
            pos = 0
            at_line_start = True
            for ch in other.text:
                if at_line_start:
                    out.append(quote_prefix)
                    pos += len(quote_prefix)
                mapping.append(pos)
                out.append(ch)
                pos += 1
                at_line_start = ch == "\n"
            mapping.append(pos)
            new = "".join(out)
        self.text += new
        for sp in other.spans:
            self.spans.append(dict(sp, start=base + mapping[sp["start"]], end=base + mapping[sp["end"] - 1] + 1))
        for ng in other.negs:
            self.negs.append(dict(ng, start=base + mapping[ng["start"]], end=base + mapping[ng["end"] - 1] + 1))


class Message:
    def __init__(self, rng, half_mat, loc, sector):
        self.rng = rng
        self.loc = loc
        self.fam = fam_of(loc)
        self.sector = sector
        self.mat = half_mat
        P = half_mat["pools"]
        self.fr = half_mat["frames"][self.fam]
        self.first = rng.choice(P["first"][loc])
        self.last = rng.choice(P["last"][loc])
        self.brand = rng.choice(P["brand"][sector])
        self.fill = {
            "first": self.first, "last": self.last, "name": f"{self.first} {self.last}",
            "city": rng.choice(P["city"][loc]), "brand": self.brand[0], "company": rng.choice(self.fr["COMPANY"]),
            "ssid": rng.choice(P["ssid"]), "agent": rng.choice(P["agent"][loc]), "initials": rng.choice(P["initials"]),
            "svcmail": rng.choice(P["svc"]) + "@" + self.brand[2],
        }
        self.vals = {}
        self.typo_rate = 0.0
        self.lower = False

    # --- values
    def span_value(self, typ, key):
        k = ("p", typ, key)
        if k in self.vals:
            return self.vals[k]
        rng, loc = self.rng, self.loc
        used = {v for kk, v in self.vals.items() if kk[1] == typ}
        for _ in range(50):
            if typ == "email":
                v = V.email(rng, loc, self.first, self.last)
            elif typ == "username":
                v = V.username(rng, loc, self.first, self.last)
            elif typ == "api_key" and key == "aws_id":
                v = "AKIA" + V.ra(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
            elif typ == "api_key" and key == "aws_secret":
                v = V.ra(rng, 40, V.ALNUM + "/+")
            else:
                v = V.SPAN_GEN[typ](rng, loc)
            if v not in used:
                break
        self.vals[k] = v
        return v

    def neg_value(self, kind, key):
        k = ("n", kind, key)
        if k in self.vals:
            return self.vals[k]
        rng, P = self.rng, self.mat["pools"]
        if kind == "url":
            path = rng.choice(P["url_path"])
            v = rng.choice(["https://www.", "https://", "www.", ""]) + self.brand[2] + path
        elif kind == "mention":
            v = "@" + self.brand[1]
        elif kind == "hashtag":
            v = rng.choice(P["hashtag"][self.sector] + P["gen_hashtag"])
        else:
            v = V.NEG_GEN[kind](rng, self.loc)
        self.vals[k] = v
        return v

    # --- literal noise
    def noisy(self, s):
        if self.lower:
            s = s.lower()
        if self.typo_rate <= 0:
            return s
        rng = self.rng

        def typo(m):
            w = m.group(0)
            if rng.random() >= self.typo_rate:
                return w
            i = rng.randrange(1, len(w) - 1)
            k = rng.randrange(4)
            if k == 0:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if k == 1:
                return w[:i] + w[i + 1:]
            if k == 2:
                return w[:i] + w[i] + w[i:]
            return w[:i] + rng.choice(KEYB) + w[i + 1:]
        return WORD_RE.sub(typo, s)

    def render(self, tpl, tid, b=None):
        b = b or Builder()
        pos = 0
        for m in TOKEN_RE.finditer(tpl):
            if m.start() > pos:
                b.lit(self.noisy(tpl[pos:m.start()]))
            kind, name, key = m.group(1), m.group(2), m.group(3) or ""
            if kind == "p":
                b.span(name, self.span_value(name, key), tid)
            elif kind == "n":
                b.neg(name, self.neg_value(name, key))
            else:
                b.lit(self.fill[name])
            pos = m.end()
        if pos < len(tpl):
            b.lit(self.noisy(tpl[pos:]))
        return b

    def pick(self, group):
        return self.rng.choice(group)

    def body(self):
        tid, t = self.pick(self.fr["BODY"][self.sector])
        return self.render(t, tid)

    def addon(self):
        tid, t = self.pick(self.fr["ADDON"])
        return self.render(t, tid)


# ------------------------------------------------------------------ channel assembly

def build_email(m):
    rng, fr = m.rng, m.fr
    b = Builder()
    if rng.random() < 0.5:
        subj = {"nl": "Onderwerp: ", "be": "Onderwerp: ", "fr": "Objet : ", "en": "Subject: "}[m.fam]
        b.lit(subj)
        m.render(rng.choice(["{n:ticket_number}", "{f:brand}", "{n:order_number}", "vraag", "urgent", "?"]), "subj", b)
        b.lit("\n\n")
    tid, t = m.pick(fr["GREET"])
    m.render(t, tid, b)
    b.lit("\n\n")
    forward = rng.random() < 0.15
    ctx = rng.sample(fr["EMAIL_CTX"], rng.choice([0, 1, 1, 2]))
    for tid, t in ctx:
        m.render(t, tid, b)
        b.lit(rng.choice([" ", "\n"]))
    if forward:
        b.lit(m.noisy(rng.choice(fr["FWD_INTRO"])))
    else:
        b.extend(m.body())
        for _ in range(rng.choice([0, 1, 1, 2])):
            b.lit(rng.choice([" ", "\n\n", "\n"]))
            b.extend(m.addon())
    b.lit("\n\n")
    tid, t = m.pick(fr["CLOSE"])
    m.render(t, tid, b)
    b.lit("\n")
    tid, t = m.pick(fr["SIG"])
    m.render(t, tid, b)
    if rng.random() < 0.5:
        b.lit("\n\n")
        tid, t = m.pick(fr["DISCLAIMER"])
        m.render(t, tid, b)
    if forward:
        b.lit("\n\n")
        tid, t = m.pick(fr["FWD"])
        m.render(t, tid, b)
        b.lit("\n\n")
        b.extend(m.body())
    elif rng.random() < 0.85:
        b.lit("\n\n")
        tid, t = m.pick(fr["QUOTE_HDR"])
        m.render(re.sub(r"\{n:(\w+)\}", r"{n:\1#q1}", t), tid, b)
        b.lit("\n")
        q = Builder()
        tid, t = m.pick(fr["AGENT"])
        m.render(t, tid, q)
        if rng.random() < 0.55:
            q.lit("\n\n")
            tid, t = m.pick(fr["INNER_HDR"])
            inner_hdr = Builder()
            m.render(re.sub(r"\{n:(\w+)\}", r"{n:\1#q2}", t), tid, inner_hdr)
            q.extend(inner_hdr)
            q.lit("\n")
            q.extend(m.body(), quote_prefix="> ")
        b.extend(q, quote_prefix="> ")
    return b


def build_public(m, channel):
    rng, fr = m.rng, m.fr
    b = Builder()
    if channel == "x_public" or (channel == "instagram_comment" and rng.random() < 0.5):
        m.render("{n:mention} ", "pub", b)
    elif channel == "facebook_comment" and rng.random() < 0.4:
        b.lit(m.brand[0] + " ")
    if rng.random() < 0.35:
        tid, t = m.pick(fr["PUBLIC"])
        m.render(t, tid, b)
    else:
        b.extend(m.body())
        if rng.random() < 0.25:
            b.lit(" ")
            b.extend(m.addon())
    for i in range(rng.choice([0, 0, 1, 2])):
        b.lit(" ")
        m.render("{n:hashtag#%d}" % i, "pub", b)
    return b


def build_chat(m, channel):
    rng, fr = m.rng, m.fr
    b = Builder()
    if channel == "whatsapp" and rng.random() < 0.25:
        m.render("[{n:date} {n:time}] {f:first}: ", "chatlog", b)
        b.extend(m.body())
        b.lit("\n")
        m.render("[{n:date} {n:time#2}] {f:first}: ", "chatlog", b)
        b.extend(m.addon())
        return b
    if rng.random() < 0.5:
        b.lit(m.noisy(rng.choice(fr["CHAT_OPEN"])[1]))
        b.lit(rng.choice([" ", "\n", ", " if m.fam != "fr" else " "]))
    b.extend(m.body())
    if rng.random() < 0.4:
        b.lit(rng.choice(["\n", " ", "\n\n"]))
        b.extend(m.addon())
    return b


def build_agent(m):
    rng, fr = m.rng, m.fr
    b = Builder()
    if rng.random() < 0.3:
        b.lit("@" + m.first.lower().replace("é", "e").replace("-", "") + V.rd(rng, 2) + " ")
        b.negs.append({"kind": "mention", "start": 0, "end": len(b.text) - 1})
    tid, t = m.pick(fr["AGENT"])
    m.render(t, tid, b)
    return b


# ------------------------------------------------------------------ validation

def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for s, e, what, t in items:
        assert 0 <= s < e <= len(text), (rec["id"], what, t, s, e)
        v = text[s:e]
        assert v == v.strip(), (rec["id"], t, repr(v))
        assert v.strip(" .,;:") == v or t in ("password", "hashtag", "url") or v[-1] not in ",;:", (rec["id"], t, repr(v))
    items.sort()
    for a, c in zip(items, items[1:]):
        assert a[1] <= c[0], (rec["id"], "overlap", a, c)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            digits = "".join(c for c in v if c.isdigit())
            assert (len(digits) == 9 and V.bsn_ok(v)) or (len(digits) == 11 and V.rrn_ok(v)), (rec["id"], v)
    assert rec["channel"] in dict(CHANNELS)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_CH else "private")


# ------------------------------------------------------------------ main

def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def generate_half(seed, half):
    rng = random.Random(seed * 2 + half)
    mat = build_half_material(half)
    recs = []
    for i in range(N_PER_HALF):
        loc = weighted(rng, LANGS)
        channel = weighted(rng, CHANNELS)
        sector = rng.choice(pools.SECTORS)
        m = Message(rng, mat, loc, sector)
        if channel != "email" and rng.random() < 0.3:
            m.lower = True
        if rng.random() < 0.35:
            m.typo_rate = rng.choice([0.04, 0.07, 0.12])
        if channel == "email":
            b = build_email(m)
        elif channel in PUBLIC_CH:
            b = build_public(m, channel)
        elif channel == "agent_reply":
            b = build_agent(m)
        else:
            b = build_chat(m, channel)
        rec = {
            "id": f"{PREFIX}-{HALVES[half]}-{i:05d}", "channel": channel, "lang": loc,
            "visibility": "public" if channel in PUBLIC_CH else "private", "text": b.text,
            "spans": sorted(b.spans, key=lambda s: s["start"]),
            "negatives": sorted(b.negs, key=lambda n: n["start"]),
        }
        check({**rec, "spans": [{k: v for k, v in s.items()} for s in rec["spans"]]})
        recs.append(rec)
    return recs


def stats(recs):
    st = {"n": len(recs), "spans": Counter(), "tids": defaultdict(set), "negs": Counter(), "ch": Counter(), "lang": Counter(),
          "email_len": []}
    for r in recs:
        st["ch"][r["channel"]] += 1
        st["lang"][r["lang"]] += 1
        if r["channel"] == "email":
            st["email_len"].append(len(r["text"].encode("utf-8")))
        for s in r["spans"]:
            st["spans"][s["type"]] += 1
            st["tids"][s["type"]].add(s["_tid"])
        for n in r["negatives"]:
            st["negs"][n["kind"]] += 1
    return st


def table(title, rows, hdr):
    out = [f"### {title}", "", "| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def write_readme(seed, all_stats):
    L = []
    L.append("# Scrub corpus blind118 — charities, print/photo, IT MSPs, letting agents, recruitment, libraries & museum passes\n")
    L.append("This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and did not read git history. Templates come from public knowledge of how customers "
             "and agents write on each channel.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nCharities and donation platforms (direct debits, periodic gifts with BSN, tax attests), print shops "
             "and photo services (orders, logins, card payments), IT managed-service providers and their business customers "
             "(VPN/admin credentials, wifi keys, API keys, tokens, PUK/PIN, IPs), real-estate and letting agents (deposits, "
             "key-safe codes, BSN/national register numbers, meter readings), recruitment and temp agencies (payroll IBANs, "
             "BSN, candidate numbers, portal logins), libraries and museum passes (card numbers, PINs, renewals). Dutch, "
             "Flemish, Belgian French, UK and US customers; all ten channels; typos, lower-cased chat, e-mail signatures, "
             "quoted and forwarded history, agent replies.\n")
    L.append(f"## Generation\n\n```\npython3 generate_blind.py --seed {seed}\n```\n\nWrites `dev.jsonl`, `heldout.jsonl` "
             f"({N_PER_HALF} messages each) and this README. Python 3.11 standard library only. Modules: `values.py` "
             "(value generators and check-digit validators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, "
             "`tpl_en.py` (templates per language).\n")
    L.append("## Split rule\n\nEvery template group (language family × kind × sector: bodies, add-on sentences, public posts, "
             "agent replies, greetings, closings, signatures, quote headers, disclaimers, forward headers, chat openers, "
             "forward intros) and every filler pool (first/last names, cities, brands, agents, initials, SSIDs, URL paths, "
             "hashtags, companies, service-mailbox names) is dealt alternately: even index to dev, odd index to heldout. "
             "No template, frame, signature or quote block is shared between halves. Each half draws from its own "
             "`random.Random(seed * 2 + half)` (dev = 0, heldout = 1). Typos and lower-casing are applied only to literal "
             "template text, never to labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue (`wachtwoord:`, `IBAN`, `PUK`), nor surrounding punctuation. "
             "Every occurrence is labelled, including repeats inside quoted history (`> `) and in agent replies.\n"
             "- Belgian national register numbers (rijksregisternummer / numéro national) are labelled `bsn`; Belgian "
             "locales never contain Dutch BSNs.\n"
             "- Door, portiek, key-safe, alarm and badge codes and library/bank PINs are `pin`; SIM PUKs are `puk`.\n"
             "- School-photo \"access code\" / \"inlogcode\" printed on a proof card is labelled `password` (it is a login secret).\n"
             "- OTPs include `G-123456` (whole value labelled), space-split codes and codes dictated as words.\n"
             "- AWS access key IDs and secret keys are both `api_key`; GitHub/Slack/JWT/hex bearer values are `token`.\n"
             "- Donor, supporter, member, tenant, contract, candidate, payroll/worker, library card, museum pass numbers and "
             "EAN connection codes are `customer_number`.\n"
             "- Addresses: street + number, with postcode/city when written (multi-line addresses are one span including "
             "the newline). A street+number alone is still an address.\n"
             "- Organisation service mailboxes (e.g. `support@brand`) in quote headers are left **unlabelled** "
             "(neither span nor negative); the customer's own e-mail in `To:`/`Aan:` headers is labelled.\n"
             "- Public @handles of brands and customers are `mention` negatives; personal names, cities, SSIDs, agent "
             "names/initials and macro placeholders (`{first_name}`, `<code>`, `[CODE]`) are not marked at all.\n"
             "- Company registration negatives cover the number only (the `KvK`/`BTW`/`Company No.` cue is outside).\n"
             "- Masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.\n"
             "- Organisation phone numbers in text and signatures are `company_phone` negatives; a personal phone in a "
             "business signature is still a `phone` span.\n")
    L.append("## Known limitations\n\n- Templates are sentence-level; a given body template always carries the same set "
             "of PII types, only values, fillers, noise and framing vary.\n- en-gb and en-us share English templates "
             "(values, currency, phone and address formats differ by locale); spelling is mostly British.\n"
             "- Brand, agent and company names are fictional; some phone numbers use reserved fictional ranges.\n"
             "- Typos can land inside cue words, which is intended, but never in values.\n- Numbers with no label "
             "(e.g. '5 jaar', '3 werkdagen', '40 mins') are plain text, neither span nor negative.\n"
             "- Values are drawn independently, so a Belgian national register number does not encode the date of "
             "birth given in the same message, and dates in quoted history are not chronologically ordered.\n"
             "- Quote markers are always `> ` (nested `> > `); no HTML mail.\n")
    L.append("## Counts\n")
    for h, st in zip(HALVES, all_stats):
        L.append(f"### Half `{h}`: {st['n']} messages\n")
        el = sorted(st["email_len"])
        if el:
            L.append(f"E-mail size (bytes): min {el[0]}, median {el[len(el)//2]}, max {el[-1]}; "
                     f"{sum(1 for x in el if 500 <= x <= 2000)} of {len(el)} between 0.5 and 2 KB.\n")
        L.append(table(f"{h}: spans per type", [(t, c, len(st['tids'][t])) for t, c in sorted(st["spans"].items())],
                       ["type", "spans", "distinct templates"]))
        L.append(table(f"{h}: negatives per kind", sorted(st["negs"].items()), ["kind", "count"]))
        L.append(table(f"{h}: channels", sorted(st["ch"].items()), ["channel", "messages"]))
        L.append(table(f"{h}: languages", sorted(st["lang"].items()), ["lang", "messages"]))
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    all_stats = []
    for half, name in enumerate(HALVES):
        recs = generate_half(a.seed, half)
        all_stats.append(stats(recs))
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                r = dict(r, spans=[{k: v for k, v in s.items() if k != "_tid"} for s in r["spans"]])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(a.seed, all_stats)
    print("wrote dev.jsonl, heldout.jsonl, README.md:", [s["n"] for s in all_stats])


if __name__ == "__main__":
    main()
