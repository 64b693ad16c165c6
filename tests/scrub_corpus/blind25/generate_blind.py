#!/usr/bin/env python3
"""Deterministic generator for the blind25 scrub corpus.

    python3 generate_blind.py --seed 20261223

writes dev.jsonl, heldout.jsonl and README.md beside this file. Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import core  # noqa: E402
import phrases_en  # noqa: E402
import phrases_fr  # noqa: E402
import phrases_nl  # noqa: E402
import world  # noqa: E402
from readme import write_readme  # noqa: E402

PREFIX = "B25"
N_PER_HALF = 950
HALVES = ["dev", "heldout"]

# ------------------------------------------------------------------------------------------
# extra per-family phrasings that live here (signatures, subject lines, list intros)

SIG = {
    "nl": {
        "sig": [
            "{fullname}\n{address|lines}\nTel. {phone}",
            "{fullname}\n{address}\n{phone}\n{email}",
            "{fullname}\nKlantnummer {customer_number}\nTelefoon: {phone}",
            "{first}\n\nVerstuurd vanaf mijn telefoon",
            "{fullname}\n{address|lines}\nE-mail: {email}\nGeboortedatum: {date_of_birth}",
            "Mevr. {fullname}\n{address|lines}",
            "{fullname} (namens {rel_short})\nmob. {phone}",
            "Dhr. {fullname}\n{address}\ntelefoon {phone} (na 10 uur)",
        ],
        "subj": ["Onderwerp: {topic}", "Onderwerp: RE: {topic}", "Onderwerp: vraag over {topic}", "Onderwerp: DRINGEND {topic}"],
        "list_intro": ["Mijn gegevens:", "Hieronder de gegevens die u vroeg:", "De gegevens op een rij:", "Voor de volledigheid:"],
        "qgreet": ["Beste {cust},", "Geachte {cust},", "Hallo {cust},", "Goedendag {cust},"],
        "qsig": ["Met vriendelijke groet,\n{agent}\nKlantenservice {brand}", "Groet,\n{agent} | {brand}",
                 "Met vriendelijke groet,\n\n{agent}\nTeam Klantcontact", "Vriendelijke groeten,\n{agent} ({brand})"],
    },
    "nlbe": {
        "sig": ["{fullname}\n{address}\nGSM {phone}", "{fullname}\n{address|lines}\ngsm: {phone}\n{email}"],
    },
    "fr": {
        "sig": [
            "{fullname}\n{address|lines}\nTél. {phone}",
            "{fullname}\n{address}\nGSM : {phone}\n{email}",
            "{fullname}\nN° client : {customer_number}\nTél : {phone}",
            "{first}\n\nEnvoyé de mon téléphone",
            "Mme {fullname}\n{address|lines}\nNée le {date_of_birth}",
            "{fullname} (pour {rel_short})\nGSM {phone}",
            "M. {fullname}\n{address|lines}\n{email}",
        ],
        "subj": ["Objet : {topic}", "Objet : RE: {topic}", "Objet : question concernant {topic}", "Objet : URGENT {topic}"],
        "list_intro": ["Mes coordonnées :", "Voici les données demandées :", "Pour rappel :", "Les informations :"],
        "qgreet": ["Bonjour {cust},", "Chère cliente, cher client,", "Madame, Monsieur,", "Bonjour,"],
        "qsig": ["Bien à vous,\n{agent}\nService clientèle {brand}", "Cordialement,\n{agent} | {brand}",
                 "Meilleures salutations,\n\n{agent}\nÉquipe Relations clients", "Bien cordialement,\n{agent} ({brand})"],
    },
    "en": {
        "sig": [
            "{fullname}\n{address|lines}\nTel: {phone}",
            "{fullname}\n{address}\nMobile {phone}\n{email}",
            "{fullname}\nAccount no. {customer_number}\nPhone: {phone}",
            "{first}\n\nSent from my phone",
            "Mrs {fullname}\n{address|lines}\nDOB: {date_of_birth}",
            "{fullname} (on behalf of {rel_short})\n{phone}",
            "Mr {fullname}\n{address|lines}\nhome: {phone}",
        ],
        "subj": ["Subject: {topic}", "Subject: RE: {topic}", "Subject: question about {topic}", "Subject: URGENT - {topic}"],
        "list_intro": ["My details:", "Here are the details you asked for:", "For your records:", "Details below:"],
        "qgreet": ["Dear {cust},", "Hi {cust},", "Hello {cust},", "Good morning {cust},"],
        "qsig": ["Kind regards,\n{agent}\n{brand} Customer Care", "Thanks,\n{agent} | {brand}",
                 "Best regards,\n\n{agent}\nCustomer Relations Team", "Many thanks,\n{agent} ({brand})"],
    },
}

SOURCES = {
    "nl": [("NL", phrases_nl.NL), ("NLNL", phrases_nl.NLNL), ("SIGNL", SIG["nl"])],
    "nl-be": [("NL", phrases_nl.NL), ("NLBE", phrases_nl.NLBE), ("SIGNL", SIG["nl"]), ("SIGBE", SIG["nlbe"])],
    "fr-be": [("FR", phrases_fr.FR), ("SIGFR", SIG["fr"])],
    "en-gb": [("EN", phrases_en.EN), ("ENGB", phrases_en.ENGB), ("SIGEN", SIG["en"])],
    "en-us": [("EN", phrases_en.EN), ("ENUS", phrases_en.ENUS), ("SIGEN", SIG["en"])],
}

# ------------------------------------------------------------------------------------------
# dealing: every group's members go alternately to dev / heldout; a string already dealt
# somewhere else (same brand, street, name, template in two lists) keeps its half.


class Dealer:
    def __init__(self):
        self.reg = {}
        self.cache = {}

    def deal(self, cache_key, items, keys_fn=lambda x: [x if isinstance(x, str) else repr(x)]):
        if cache_key in self.cache:
            return self.cache[cache_key]
        out = ([], [])
        toggle = 0
        for idx, it in enumerate(items):
            keys = keys_fn(it)
            h = next((self.reg[k] for k in keys if k in self.reg), None)
            if h is None:
                h = toggle
                toggle ^= 1
            for k in keys:
                self.reg.setdefault(k, h)
            out[h].append((idx, it))
        self.cache[cache_key] = out
        return out


BRAND_NAMES = sorted({b[0] for lang in world.BRANDS for items in world.BRANDS[lang].values() for b in items}, key=len,
                     reverse=True)


def ssid_keys(prefix):
    """An SSID prefix that contains a brand name follows that brand's half."""
    low = re.sub(r"[^a-z]", "", prefix.lower())
    keys = [b for b in BRAND_NAMES if len(re.sub(r"[^a-z]", "", b.lower())) >= 2 and re.sub(r"[^a-z]", "", b.lower()) in low]
    return keys[:1] + [prefix]


CITY_NAMES = {c[0] for lang in world.CITIES for c in world.CITIES[lang]}


def brand_keys(b):
    """A brand claims its name, domain and handle, and the city in a municipality's name."""
    keys = [b[0], b[1], b[2]]
    keys += [c for c in CITY_NAMES if re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", b[0])]
    return keys


def build_pools():
    d = Dealer()
    W = [defaultdict(dict), defaultdict(dict)]
    # brands first so that their names and domains claim a half before anything else
    for lang in core.LANGS:
        for sector, items in world.BRANDS[lang].items():
            parts = d.deal(("brand", lang, sector), items, brand_keys)
            for h in (0, 1):
                W[h][lang].setdefault("brand", {})[sector] = [it for _, it in parts[h]]
    tables = {"first": world.FIRST, "last": world.LAST, "agent": world.AGENTS, "streets": world.STREETS,
              "cities": world.CITIES, "mail_domains": world.MAIL_DOMAINS, "ssid": world.SSID_PREFIX}
    for name, table in tables.items():
        for lang in core.LANGS:
            keyf = (lambda c: [c[0]]) if name == "cities" else (lambda x: [x])
            if name == "ssid":
                keyf = ssid_keys
            parts = d.deal((name, lang), table[lang], keyf)
            for h in (0, 1):
                W[h][lang][name] = [it for _, it in parts[h]]
    parts = d.deal(("models",), world.MODELS)
    for h in (0, 1):
        for lang in core.LANGS:
            W[h][lang]["models"] = [it for _, it in parts[h]]
    # phrasings
    P = [defaultdict(lambda: defaultdict(list)), defaultdict(lambda: defaultdict(list))]
    for lang in core.LANGS:
        for sname, src in SOURCES[lang]:
            for key, items in src.items():
                parts = d.deal((sname, key), items)
                for h in (0, 1):
                    for idx, it in parts[h]:
                        P[h][lang][key].append(("%s.%s.%d" % (sname, key, idx), it))
    # no template text may sit in both halves
    seen = [set(), set()]
    for h in (0, 1):
        for lang in P[h]:
            for key, items in P[h][lang].items():
                for tid, text in items:
                    seen[h].add(text)
    both = seen[0] & seen[1]
    if both:
        raise SystemExit("SELF-CHECK FAILED: phrasings in both halves: %r" % sorted(both)[:5])
    return P, W


# ------------------------------------------------------------------------------------------
# weights

LANG_W = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 17.5), ("en-us", 17.5)]
CHANNEL_W = [("email", 25), ("agent_reply", 13), ("whatsapp", 16), ("messenger", 9), ("telegram", 5), ("instagram_dm", 6),
             ("x_dm", 6), ("x_public", 8), ("facebook_comment", 7), ("instagram_comment", 5)]
SECTOR_W = [("bank", 27), ("insurer", 13), ("energy", 18), ("water", 10), ("municipality", 12), ("telecom", 20)]
SECTOR_TYPES = {
    "bank": {"pin": 6, "otp": 4, "card": 3.5, "cvv": 2, "card_expiry": 2.5, "iban": 3, "username": 2, "password": 3,
             "customer_number": 2, "phone": 1, "email": 1, "address": 1, "date_of_birth": 1, "ip_address": 0.6, "token": 0.4,
             "bsn": 0.5},
    "insurer": {"customer_number": 5, "iban": 2.5, "date_of_birth": 3, "address": 2, "phone": 2, "email": 2, "bsn": 2,
                "password": 1, "username": 1, "card": 0.5},
    "energy": {"customer_number": 5, "iban": 2.5, "address": 2, "api_key": 2.5, "token": 2, "password": 2, "username": 2,
               "email": 2, "phone": 1, "otp": 1, "ip_address": 0.5},
    "water": {"customer_number": 5, "iban": 2.5, "address": 2, "phone": 1.5, "email": 1.5, "password": 1, "date_of_birth": 1},
    "municipality": {"bsn": 4, "date_of_birth": 3, "address": 3, "otp": 2, "phone": 2, "email": 2, "password": 1.5,
                     "username": 1.5, "iban": 1},
    "telecom": {"puk": 4, "pin": 3, "wifi_key": 4, "password": 3, "username": 2, "ip_address": 2, "customer_number": 2,
                "otp": 2, "token": 0.7, "api_key": 0.7, "email": 1, "phone": 1},
}
BASE_NEG = {"date": 3, "time": 2, "year": 1.5, "ticket_number": 3, "invoice_number": 2, "company_phone": 2, "amount": 3,
            "url": 1.5, "error_code": 2, "masked_value": 1.5, "hashtag": 0.3, "mention": 0.3}
SECTOR_NEG = {
    "bank": {"amount": 3, "masked_value": 3, "error_code": 2, "tracking_number": 1.5, "order_number": 1, "flight_number": 1.5,
             "request_id": 1, "version_string": 1, "company_registration": 0.6, "percentage": 0.5, "checksum": 0.2},
    "insurer": {"amount": 2, "year": 2, "date": 1, "company_registration": 1, "percentage": 1, "quantity": 0.5,
                "flight_number": 0.5},
    "energy": {"meter_reading": 8, "amount": 2, "percentage": 2, "quantity": 1.5, "model_number": 1, "version_string": 1,
               "port": 0.8, "checksum": 0.6, "request_id": 0.7, "product_code": 1, "order_number": 1},
    "water": {"meter_reading": 8, "amount": 2, "quantity": 1, "percentage": 1},
    "municipality": {"date": 2, "request_id": 1, "url": 1, "time": 1, "amount": 1, "company_registration": 0.3},
    "telecom": {"model_number": 3, "version_string": 2, "port": 1.5, "error_code": 3, "checksum": 1, "request_id": 1,
                "product_code": 1, "order_number": 1.5, "tracking_number": 1, "quantity": 1, "percentage": 0.5},
}
URL_PATHS = {"nl": ["/inloggen", "/storingen", "/meterstand-doorgeven", "/klantenservice", "/mijn", "/app"],
             "fr": ["/connexion", "/pannes", "/index", "/contact", "/mon-espace", "/app"],
             "en": ["/login", "/status", "/meter-reading", "/help", "/my-account", "/app"]}
SCAM_TLDS = ["-veilig.com", "-verify.info", "-support.net", "-check.eu"]


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def wsample(rng, weights, n):
    pool = dict(weights)
    out = []
    for _ in range(min(n, len(pool))):
        k = wchoice(rng, list(pool.items()))
        out.append(k)
        del pool[k]
    return out


# ------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, half, seed, P, W):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.P = P[half]
        self.W = W[half]

    # -- context and fillers -------------------------------------------------------------
    def new_ctx(self, lang, sector):
        rng, W = self.rng, self.W[lang]
        f = core.fam(lang)
        brand = rng.choice(W["brand"][sector])
        dom = brand[1]
        paths = URL_PATHS[f]
        urls = ["https://www." + dom + rng.choice(paths), "www." + dom, dom + rng.choice(paths),
                "https://" + dom + rng.choice(paths) + "?ref=app"]
        slug = re.sub(r"[^a-z]", "", dom.split(".")[0].lower())
        scam = ["https://" + slug + rng.choice(SCAM_TLDS) + "/" + core.rand_from(rng, core.LOWER_ALNUM, 6),
                "bit.ly/" + core.rand_from(rng, core.ALNUM, 7), "http://" + slug + "-" + rng.choice(["pas", "carte", "card", "id"]) + ".info/?id=" + core.rand_digits(rng, 5)]
        ctx = {
            "lang": lang, "sector": sector, "first": rng.choice(W["first"]), "last": rng.choice(W["last"]),
            "agent": rng.choice(W["agent"]), "brand": brand[0], "handle": brand[2], "urls": urls, "scam_urls": scam,
            "streets": W["streets"], "cities": W["cities"], "mail_domains": W["mail_domains"], "models": W["models"],
            "pw_words": [t for _, t in self.P[lang]["pw_words"]],
            "company_phones": [t for _, t in self.P[lang]["company_phones"]],
            "hashtags": [t for _, t in self.P[lang]["hashtags"]],
        }
        if brand[0] in ("ING",):
            ctx["nl_bankcodes"] = ["INGB"]
        elif brand[0] == "Rabobank":
            ctx["nl_bankcodes"] = ["RABO"]
        return ctx

    def fill(self, ctx):
        rng, lang = self.rng, ctx["lang"]
        f = core.fam(lang)

        def fn(name):
            if name == "brand":
                return ctx["brand"]
            if name == "city":
                c = rng.choice(ctx["cities"])[0]
                return c
            if name == "age":
                return str(rng.randint(71, 94))
            if name == "topic":
                if "topic" not in ctx:
                    ctx["topic"] = rng.choice(self.P[lang]["topic"])[1]
                return ctx["topic"]
            if name in ("rel", "rel_short"):
                return rng.choice(self.P[lang][name])[1]
            if name == "first":
                return ctx["first"]
            if name == "last":
                return ctx["last"]
            if name == "fullname":
                return ctx["first"] + " " + ctx["last"]
            if name == "agent":
                return ctx["agent"]
            if name == "initials":
                return ctx["agent"][0] + rng.choice("ABCDEFGHJKLMNPRSTVW")
            if name == "cust":
                forms = {"nl": ["mevrouw " + ctx["last"], "meneer " + ctx["last"], ctx["first"]],
                         "fr": ["Madame " + ctx["last"], "Monsieur " + ctx["last"], ctx["first"]],
                         "en": ["Mrs " + ctx["last"], "Mr " + ctx["last"], ctx["first"]]}[f]
                return rng.choice(forms)
            if name == "ssid":
                return rng.choice(self.W[lang]["ssid"]) + core.rand_from(rng, "0123456789ABCDEF", rng.choice([4, 6]))
            raise KeyError("unknown filler " + name)
        return fn

    def pick(self, lang, key):
        items = self.P[lang].get(key)
        if not items:
            return None
        return self.rng.choice(items)

    def put(self, m, ctx, lang, key, sep=None):
        it = self.pick(lang, key)
        if it is None:
            return False
        if sep is not None and m.segs:
            m.text(sep)
        m.add(it[1], it[0], self.fill(ctx))
        return True

    def neg_kinds(self, sector, n):
        w = dict(BASE_NEG)
        for k, v in SECTOR_NEG[sector].items():
            w[k] = w.get(k, 0) + v
        # rare kinds get a floor so every half sees them
        for k in core.NEG_KINDS:
            w.setdefault(k, 0.25)
        return wsample(self.rng, list(w.items()), n)

    # -- message kinds -------------------------------------------------------------------
    def chat(self, lang, channel, sector, ctx):
        rng = self.rng
        m = core.Msg(rng, ctx)
        burst = channel in ("whatsapp", "telegram", "messenger") and rng.random() < 0.45
        sep = (lambda: rng.choice(["\n", "\n", " "])) if burst else (lambda: rng.choice([" ", " ", " ", "\n"]))
        r = rng.random()
        if r < 0.17:
            if rng.random() < 0.5:
                self.put(m, ctx, lang, "greet")
            self.put(m, ctx, lang, "nospan", sep() if m.segs else None)
            for k in self.neg_kinds(sector, rng.choice([0, 1, 1, 2])):
                self.put(m, ctx, lang, "n." + k, sep())
            if rng.random() < 0.5:
                self.put(m, ctx, lang, "close", sep())
        elif r < 0.33:
            self.answer(m, lang, ctx, sector)
        else:
            if rng.random() < 0.45:
                self.put(m, ctx, lang, "greet")
            if rng.random() < 0.8:
                self.put(m, ctx, lang, "open." + sector, sep() if m.segs else None)
            types = wsample(rng, list(SECTOR_TYPES[sector].items()), rng.choice([1, 1, 1, 2, 2, 3]))
            negs = self.neg_kinds(sector, rng.choice([0, 1, 1, 2, 2, 3]))
            items = [("f." + t) for t in types] + [("n." + k) for k in negs]
            rng.shuffle(items)
            for key in items:
                self.put(m, ctx, lang, key, sep() if m.segs else None)
            if rng.random() < 0.5:
                self.put(m, ctx, lang, "close", sep())
        self.roughen(m, lang, heavy=True)
        return m

    def answer(self, m, lang, ctx, sector):
        """Customer answers an agent's question; the question is quoted above (or not at all)."""
        rng = self.rng
        q = rng.choice(["pin", "otp", "customer_number", "customer_number", "date_of_birth", "iban", "phone", "address",
                        "username", "email", "meter", "meter"])
        if q == "customer_number" and sector in ("municipality",):
            ctx["sector"] = "energy"
        it = self.pick(lang, "q." + q)
        quoted = rng.random() < 0.8
        if quoted:
            who = rng.choice(["", "", ctx["agent"] + ": ", "[" + ctx["brand"] + "] "])
            m.text("> " + who)
            m.add(it[1], it[0], self.fill(ctx))
            m.text("\n")
        pre = self.pick(lang, "ans_pre")
        if pre[1]:
            m.add(pre[1], pre[0], self.fill(ctx))
        if q == "meter":
            m.add("{meter_reading}", it[0], self.fill(ctx))
            if rng.random() < 0.5:
                m.text(rng.choice([" / ", "\n", " en ", " - "]))
                m.add("{meter_reading}", it[0], self.fill(ctx))
            if rng.random() < 0.4:
                self.put(m, ctx, lang, "f.customer_number", "\n")
        else:
            m.add("{%s}" % q, it[0], self.fill(ctx))
            if q in ("pin", "otp", "customer_number") and rng.random() < 0.15:
                m.text(rng.choice(["\n", " "]) + rng.choice(["*", "sorry ", "oops ", "nee ", "non "]))
                m.add("{%s~}" % q, it[0], self.fill(ctx))
        if rng.random() < 0.35:
            k = self.neg_kinds(sector, 1)[0]
            self.put(m, ctx, lang, "n." + k, rng.choice(["\n", " "]))

    def public(self, lang, channel, sector, ctx):
        rng = self.rng
        for _ in range(20):
            m = core.Msg(rng, ctx)
            key = "pub_leak" if rng.random() < 0.3 else "pub"
            it = self.pick(lang, key)
            if re.search(r"meter|index", it[1]) and sector not in ("energy", "water"):
                sector = rng.choice(["energy", "water"])
                keep = {k: ctx[k] for k in ("first", "last")}
                ctx = self.new_ctx(lang, sector)
                ctx.update(keep)
                m = core.Msg(rng, ctx)
            m.add(it[1], it[0], self.fill(ctx))
            if rng.random() < 0.35:
                k = self.neg_kinds(sector, 1)[0]
                if k not in ("mention",):
                    self.put(m, ctx, lang, "n." + k, " ")
            if rng.random() < 0.2:
                m.text(rng.choice([" 😡", " 🙄", " !!", " 😢", ""]))
            self.roughen(m, lang, heavy=False)
            if channel != "x_public" or len(m.render()[0]) <= 280:
                return m
        return m

    def agent(self, lang, channel, sector, ctx):
        rng = self.rng
        m = core.Msg(rng, ctx)
        key = "agent_echo" if rng.random() < 0.3 else "agent"
        self.put(m, ctx, lang, key)
        return m

    def email(self, lang, channel, sector, ctx):
        rng = self.rng
        f = core.fam(lang)
        n_para = rng.choice([0, 1, 1, 2])
        for attempt in range(12):
            ctx2 = dict(ctx)
            m = core.Msg(rng, ctx2)
            has_subj = rng.random() < 0.4
            if has_subj:
                self.put(m, ctx2, lang, "subj")
                m.text("\n\n")
            forwarded = rng.random() < 0.12
            if forwarded:
                self.put(m, ctx2, lang, "fwd_intro")
                m.text("\n\n")
                self.put(m, ctx2, lang, "fwd_hdr")
                m.text("\n\n")
            if rng.random() < 0.5:
                refs = [it for it in self.P[lang]["refs"]
                        if not (has_subj and re.match(r"(Onderwerp|Objet|Subject)", it[1]))]
                if refs:
                    it = rng.choice(refs)
                    m.add(it[1], it[0], self.fill(ctx2))
                    m.text("\n\n")
            self.put(m, ctx2, lang, "sal")
            m.text("\n\n")
            self.put(m, ctx2, lang, "open." + sector)
            paras = [("para", None)] * n_para
            nospan = rng.random() < 0.12
            types = [] if nospan else wsample(rng, list(SECTOR_TYPES[sector].items()), rng.choice([1, 2, 2, 3, 3, 4]))
            negs = self.neg_kinds(sector, rng.choice([1, 1, 2, 2, 3]))
            as_list = len(types) >= 2 and rng.random() < 0.4
            if nospan:
                m.text("\n\n")
                self.put(m, ctx2, lang, "nospan")
            body = [("n." + k) for k in negs]
            if not as_list:
                body += [("f." + t) for t in types]
            rng.shuffle(body)
            for key in body:
                m.text(rng.choice([" ", " ", "\n\n", "\n"]))
                self.put(m, ctx2, lang, key)
            for it in rng.sample(self.P[lang]["para"], min(n_para, len(self.P[lang]["para"]))):
                m.text("\n\n")
                m.add(it[1], it[0], self.fill(ctx2))
            if as_list:
                m.text("\n\n")
                self.put(m, ctx2, lang, "list_intro")
                for t in types:
                    m.text("\n" + rng.choice(["- ", "* ", "", "• "]))
                    self.put(m, ctx2, lang, "f." + t)
            m.text("\n\n")
            self.put(m, ctx2, lang, "signoff")
            m.text("\n")
            self.put(m, ctx2, lang, "sig")
            if not forwarded and rng.random() < 0.3:
                self.quote_history(m, lang, ctx2, sector)
            text = m.render()[0]
            if len(text) < 500:
                n_para += 1
                continue
            if len(text) > 2000:
                n_para = max(0, n_para - 1)
                continue
            break
        return m

    def quote_history(self, m, lang, ctx, sector):
        """Quoted earlier agent message under the e-mail, lines prefixed with '> '."""
        rng = self.rng
        sub = core.Msg(rng, ctx)
        self.put(sub, ctx, lang, "quote_hdr")
        hdr_end = len(sub.segs)
        sub.text("\n")
        q = rng.choice(["pin", "otp", "customer_number", "date_of_birth", "iban", "phone", "address", "username", "email", "meter"])
        self.put(sub, ctx, lang, "qgreet")
        sub.text("\n\n")
        self.put(sub, ctx, lang, "q." + q)
        sub.text("\n\n")
        self.put(sub, ctx, lang, "qsig")
        m.text("\n\n")
        first = True
        for i, (s, lab) in enumerate(sub.segs):
            if i < hdr_end:
                m.segs.append([s, lab])
                continue
            if first:
                m.text("\n> ")
                first = False
            if lab is None:
                m.text(s.replace("\n", "\n> "))
            else:
                m.segs.append([s.replace("\n", " "), lab])

    # -- surface noise -------------------------------------------------------------------
    def roughen(self, m, lang, heavy):
        rng = self.rng
        r = rng.random()
        if r < 0.11:
            m.transform_text(str.lower)
        elif r < 0.14:
            m.transform_text(str.upper)
        if rng.random() < (0.3 if heavy else 0.2):
            n = rng.choice([1, 1, 2, 3])
            cand = [i for i, s in enumerate(m.segs) if s[1] is None and re.search(r"[A-Za-zéèà]{4,}", s[0])]
            for _ in range(n):
                if not cand:
                    break
                i = rng.choice(cand)
                m.segs[i][0] = typo(rng, m.segs[i][0])
        if rng.random() < 0.12:
            # drop the final full stop / add emoji, as on a phone
            m.text(rng.choice([" 🙏", " 😊", "??", " 👍", "!!", " ..."]))

    # -- one message ---------------------------------------------------------------------
    def message(self):
        rng = self.rng
        lang = wchoice(rng, LANG_W)
        channel = wchoice(rng, CHANNEL_W)
        sector = wchoice(rng, SECTOR_W)
        ctx = self.new_ctx(lang, sector)
        if channel == "email":
            m = self.email(lang, channel, sector, ctx)
        elif channel == "agent_reply":
            m = self.agent(lang, channel, sector, ctx)
        elif channel in core.PUBLIC:
            m = self.public(lang, channel, sector, ctx)
        else:
            m = self.chat(lang, channel, sector, ctx)
        text, spans, negs, meta = m.render()
        rec = {"channel": channel, "lang": lang, "visibility": "public" if channel in core.PUBLIC else "private",
               "text": text, "spans": spans, "negatives": negs}
        return rec, meta


def typo(rng, s):
    words = [mm for mm in re.finditer(r"[A-Za-zéèà]{4,}", s)]
    if not words:
        return s
    w = rng.choice(words)
    a, b = w.span()
    word = s[a:b]
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "drop", "double", "swap"])
    if op == "swap":
        nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    elif op == "drop":
        nw = word[:i] + word[i + 1:]
    else:
        nw = word[:i] + word[i] + word[i:]
    return s[:a] + nw + s[b:]


# ------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261223)
    args = ap.parse_args()
    P, W = build_pools()
    stats = {}
    errors = []
    for h, name in enumerate(HALVES):
        g = Gen(h, args.seed, P, W)
        recs, metas = [], []
        seen_text = set()
        while len(recs) < N_PER_HALF:
            rec, meta = g.message()
            if rec["text"] in seen_text:
                continue
            seen_text.add(rec["text"])
            rec = {"id": "%s-%s-%05d" % (PREFIX, name, len(recs)), **rec}
            for e in core.check_record(rec):
                errors.append("%s: %s" % (rec["id"], e))
            recs.append(rec)
            metas.append(meta)
        # coverage: every span type and negative kind in every half
        have_t = {s["type"] for r in recs for s in r["spans"]}
        have_k = {n["kind"] for r in recs for n in r["negatives"]}
        for t in core.SPAN_TYPES:
            if t not in have_t:
                errors.append("%s: span type %s missing" % (name, t))
        for k in core.NEG_KINDS:
            if k not in have_k:
                errors.append("%s: negative kind %s missing" % (name, k))
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[name] = (recs, metas)
    if errors:
        for e in errors[:50]:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        raise SystemExit("self-check failed with %d error(s)" % len(errors))
    write_readme(os.path.join(HERE, "README.md"), stats, args.seed)
    for name in HALVES:
        print(name, len(stats[name][0]))


if __name__ == "__main__":
    main()
