#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind128). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261326
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import values as V
import templates_nl
import templates_be
import templates_en

PREFIX = "b128"
EMPHASIS = ("mortgage brokers, hospital and clinic appointments, sports betting and lotteries, florists, "
            "furniture and kitchen stores, public transport travel cards")

TSETS = {"nl": ("nl", templates_nl.T), "nl-be": ("nlbe", templates_be.NLBE), "fr-be": ("frbe", templates_be.FRBE),
         "en-gb": ("en", templates_en.T), "en-us": ("en", templates_en.T)}
DOMAINS = ["mortgage", "hospital", "betting", "florist", "furniture", "transport", "account"]
DOM_W = [15, 15, 14, 14, 14, 15, 13]
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
CHANNELS = ["email", "agent_reply", "x_public", "facebook_comment", "instagram_comment", "x_dm", "instagram_dm",
            "messenger", "whatsapp", "telegram"]
CH_W = [29, 12, 8, 7, 5, 7, 6, 9, 11, 6]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

LABEL = {
    "card": "card", "cvv": "cvv", "exp": "card_expiry", "iban": "iban", "bsn": "bsn", "nrn": "bsn",
    "phone": "phone", "mob": "phone", "email": "email", "addr": "address", "addrm": "address",
    "dob": "date_of_birth", "cust": "customer_number", "ov": "customer_number", "patient": "customer_number",
    "loan": "customer_number", "member": "customer_number", "pw": "password", "pin": "pin", "puk": "puk",
    "otp": "otp", "otpw": "otp", "wifi": "wifi_key", "user": "username", "apikey": "api_key", "token": "token",
    "ip": "ip_address",
}
NEG = {
    "date": "date", "time": "time", "amount": "amount", "pct": "percentage", "year": "year", "qty": "quantity",
    "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "track": "tracking_number",
    "req": "request_id", "err": "error_code", "ver": "version_string", "model": "model_number",
    "prod": "product_code", "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration",
    "url": "url", "mention": "mention", "umention": "mention", "hashtag": "hashtag", "masked": "masked_value",
    "meter": "meter_reading", "port": "port", "checksum": "checksum",
}
FILL = {"name", "first", "agent", "brand", "brand_dom", "city", "ssid", "hosp"}
TLD = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}

# extra literal frames (dealt alternately too): SMS pastes and dictated codes, per language set
EXTRA = {
    "nl": [
        'Ik kreeg deze sms:\n"Uw verificatiecode is {otp}. Deel deze code met niemand. Geldig tot {time}."\nIs dat van jullie?',
        "Dit stond op het scherm: Foutcode {err} - Sessie {req}. Mijn klantnummer {cust}, postcode/huisnr {addr}",
        "Hoi, de nieuwe pincode van mijn pas is {pin} en mijn oude pas ({masked}) heb ik doorgeknipt. Klopt dat zo?",
        "Mijn wifi: {ssid} / {wifi} (router admin: gebruiker {user} ww {pw}, interface op {ip}:{port})",
    ],
    "nlbe": [
        'Sms ontvangen: "Uw code: {otp}. Nooit doorgeven aan derden." Is dit echt van jullie?',
        "Op mijn scherm: fout {err}, referentie {req}. Klantennr {cust}",
        "De alarmcode van het huis is {pin}, voor de levering van {date}. Voordeur aan de zijkant.",
        "Wifi voor de technieker: {ssid}, paswoord {wifi}",
    ],
    "frbe": [
        'SMS reçu : « Votre code de vérification est {otp}. Ne le communiquez jamais. » C\'est bien vous ?',
        "À l'écran : erreur {err}, référence {req}. N° client {cust}",
        "Le code de l'alarme est {pin}, pour la livraison du {date}. Merci de le garder pour vous.",
        "Wifi pour le technicien : {ssid}, clé {wifi}",
    ],
    "en": [
        'Got this text:\n"Your verification code is {otp}. Never share this code. Expires at {time}."\nIs that you guys?',
        "Screen says: error {err}, session {req}. My customer number is {cust}",
        "The alarm code is {pin} for the delivery on {date}. Side door, please don't share it.",
        "Wifi for the engineer: {ssid} / {wifi}. Router admin login {user} / {pw} at {ip}:{port}",
        "Flying back on {flight} on {date}, so please move my appointment. Release checksum they sent: {checksum}",
    ],
}

# balancing frames: even positions (dev) and odd positions (heldout) each carry the kinds the other frames lack
EXTRA["nl"] += [
    "Ticket {ticket} staat nog open. De app (versie {ver}) geeft bij inloggen {err}, request-id {req}.",
    "Inloggen met gebruikersnaam {user} lukt wel, maar de 2FA-code {otp} wordt afgewezen. Daarna nog eentje gekregen: {otp}",
    "Klacht {ticket}: artikel {prod} ontbreekt, factuurnummer {invoice}. Betaald met kaart {masked}.",
    "Pakket {track} met de kast {model} is nooit aangekomen. Login webshop: {user} / {pw}",
    "Referentie {ticket} - ik heb update {ver} geinstalleerd maar de melding (ID {req}) blijft. Factuur {invoice} klopt ook niet",
    "Terug van vakantie met vlucht {flight} en sindsdien komt de code niet binnen. Laatste was {otp}. Onze dev-key: {apikey} (sha {checksum})",
]
EXTRA["nlbe"] += [
    "Dossier {ticket} is nog altijd niet opgelost. App versie {ver}, fout {err}, referentie {req}.",
    "Ik log in als {user}, maar de code {otp} wordt geweigerd. Dan nog een: {otp}",
    "Klacht {ticket}: onderdeel {prod} ontbreekt, factuur {invoice}, betaald met {masked}.",
    "Zending {track} met de zetel {model} is nooit toegekomen. Login {user}, paswoord {pw}",
    "Referentie {ticket}: na update {ver} blijft de fout (ID {req}). Factuur {invoice} is dubbel.",
    "Na mijn vlucht {flight} krijg ik geen codes meer, de laatste was {otp}. API key {apikey}, checksum {checksum}",
]
EXTRA["frbe"] += [
    "Le dossier {ticket} n'est toujours pas résolu. Appli version {ver}, erreur {err}, référence {req}.",
    "Je me connecte avec l'identifiant {user} mais le code {otp} est refusé. Puis un autre : {otp}",
    "Plainte {ticket} : la pièce {prod} manque, facture {invoice}, payé avec {masked}.",
    "Le colis {track} avec le canapé {model} n'est jamais arrivé. Identifiant {user}, mot de passe {pw}",
    "Référence {ticket} : après la mise à jour {ver} l'erreur persiste (ID {req}). Facture {invoice} en double.",
    "Depuis mon vol {flight} je ne reçois plus les codes, le dernier était {otp}. Clé API {apikey}, checksum {checksum}",
]
EXTRA["en"] += [
    "Username {user} works but the 2FA code {otp} gets rejected. Then another one came in: {otp}",
    "Ticket {ticket} is still open. App version {ver} throws {err}, request id {req}.",
    "Parcel {track} with the wardrobe {model} never arrived. Shop login: {user} / {pw}",
    "Complaint {ticket}: part {prod} missing, invoice {invoice}. Paid with card {masked}.",
    "Since flying home on {flight} the codes don't arrive, last one was {otp}. Dev key {apikey}, file sha256 {checksum}",
    "Reference {ticket} - installed update {ver} but the error (ID {req}) persists. Invoice {invoice} is wrong too",
    "Tracking {track} says delivered but nothing here. My account login is {user}, the SMS code was {otp}",
]


def deal(lst, half):
    return [(i, x) for i, x in enumerate(lst) if i % 2 == half]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = {k: [x for _, x in deal(v, half)] for k, v in V.POOLS.items()}
        self.brands = {k: [x for _, x in deal(v, half)] for k, v in V.BRANDS.items()}
        self.tpl = {}
        for setname, groups in {"nl": templates_nl.T, "nlbe": templates_be.NLBE, "frbe": templates_be.FRBE,
                                "en": templates_en.T}.items():
            for g, lst in groups.items():
                self.tpl[(setname, g)] = [("%s:%s:%d" % (setname, g, i), t) for i, t in deal(lst, half)]
            self.tpl[(setname, "extra")] = [("%s:extra:%d" % (setname, i), t) for i, t in deal(EXTRA[setname], half)]


TOK = re.compile(r"\{\{|\}\}|\{([a-z_]+)\}")


class Msg:
    def __init__(self, h, lang, domain):
        self.h, self.rng, self.lang, self.domain = h, h.rng, lang, domain
        self.set = TSETS[lang][0]
        p = h.pools
        key = {"nl": "nl", "nlbe": "be", "frbe": "fr", "en": "en"}[self.set]
        self.first = self.rng.choice(p["first_" + key])
        self.last = self.rng.choice(p["last_" + key])
        self.agent = self.rng.choice(p["agent"])
        bd = domain if domain != "account" else self.rng.choice(DOMAINS[:-1])
        self.brand, self.handle = self.rng.choice(h.brands[bd])
        self.segs = []  # (text, kind, type, tid)

    # ------------------------------------------------------------ slot values
    def slot(self, k):
        r, lang = self.rng, self.lang
        if k == "card": return V.card(r, lang)
        if k == "cvv": return V.cvv(r, lang)
        if k == "exp": return V.expiry(r, lang)
        if k == "iban": return V.iban(r, lang)
        if k == "bsn": return V.bsn(r, lang)
        if k == "nrn": return V.nrn(r, lang)
        if k == "phone": return V.phone(r, lang, 0.55)
        if k == "mob": return V.phone(r, lang, 1.0)
        if k == "email": return V.email(r, lang, self.first, self.last)
        if k == "addr": return V.address(r, lang, self.h.pools)
        if k == "addrm": return V.address(r, lang, self.h.pools, True)
        if k == "dob": return V.dob(r, lang)
        if k == "cust": return V.custno(r, lang)
        if k == "ov": return V.custno(r, lang, "ovcard")
        if k == "patient": return V.custno(r, lang, "patient")
        if k == "loan": return V.custno(r, lang, "loan")
        if k == "member": return V.custno(r, lang, "member")
        if k == "pw": return V.password(r, lang)
        if k == "pin": return V.pin(r, lang)
        if k == "puk": return V.puk(r, lang)
        if k == "otp": return V.otp(r, lang)
        if k == "otpw": return V.otp_words(r, lang)
        if k == "wifi": return V.wifi_key(r, lang)
        if k == "user": return V.username(r, lang, self.first, self.last)
        if k == "apikey": return V.api_key(r, lang)
        if k == "token": return V.token(r, lang)
        if k == "ip": return V.ip(r, lang)
        # negatives
        if k == "date": return V.n_date(r, lang)
        if k == "time": return V.n_time(r, lang)
        if k == "amount": return V.n_amount(r, lang)
        if k == "pct": return V.n_pct(r, lang)
        if k == "year": return V.n_year(r, lang)
        if k == "qty": return V.n_qty(r, lang)
        if k == "order": return V.n_order(r, lang)
        if k == "ticket": return V.n_ticket(r, lang)
        if k == "invoice": return V.n_invoice(r, lang)
        if k == "track": return V.n_track(r, lang)
        if k == "req": return V.n_req(r, lang)
        if k == "err":
            v = V.n_err(r, lang)
            return ("code ", v[5:]) if v.startswith("code ") else v
        if k == "ver": return V.n_ver(r, lang)
        if k == "model": return r.choice(self.h.pools["model"])
        if k == "prod":
            return r.choice(["%03d.%03d.%02d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 99)),
                             "SKU-" + V.d(r, 6), "ART" + V.d(r, 7), V.d(r, 8)])
        if k == "flight": return V.n_flight(r, lang)
        if k == "cphone": return V.company_phone(r, lang)
        if k == "kvk":
            v = V.n_kvk(r, lang)
            for pre in ("KvK-nummer ", "KvK ", "Company No. ", "VAT ", "EIN "):
                if v.startswith(pre):
                    return (pre, v[len(pre):])
            return v
        if k == "url":
            path = r.choice(self.h.pools["urlpath"])
            return r.choice(["https://www.", "www.", "https://"]) + self.handle + TLD[lang] + path
        if k == "mention": return "@" + self.handle
        if k == "umention": return "@" + r.choice(self.h.pools["first_en" if self.set == "en" else "first_nl"]).lower() + r.choice(["", "_", "x"]) + V.d(r, r.choice([0, 2]))
        if k == "hashtag": return r.choice(self.h.pools["hashtag"])
        if k == "masked": return V.n_masked(r, lang)
        if k == "meter": return V.n_meter(r, lang)
        if k == "port": return V.n_port(r, lang)
        if k == "checksum": return V.n_checksum(r, lang)
        # fillers
        if k == "name": return self.first + " " + self.last
        if k == "first": return self.first
        if k == "agent": return self.agent
        if k == "brand": return self.brand
        if k == "brand_dom": return self.handle + TLD[lang]
        if k == "city": return r.choice(self.h.pools["city_nl"])
        if k == "ssid": return r.choice(self.h.pools["ssid"])
        if k == "hosp": return r.choice(self.h.pools["hospital"])
        raise KeyError(k)

    def render(self, tid, tpl):
        out = []
        pos = 0
        for m in TOK.finditer(tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], None, None, tid))
            tok = m.group(0)
            if tok == "{{":
                out.append(("{", None, None, tid))
            elif tok == "}}":
                out.append(("}", None, None, tid))
            else:
                k = m.group(1)
                v = self.slot(k)
                if isinstance(v, tuple):
                    out.append((v[0], None, None, tid))
                    v = v[1]
                if k in LABEL:
                    out.append((v, "span", LABEL[k], tid))
                elif k in NEG:
                    out.append((v, "neg", NEG[k], tid))
                else:
                    out.append((v, "fill", None, tid))
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], None, None, tid))
        return out

    def pick(self, group):
        lst = self.h.tpl[(self.set, group)]
        return self.rng.choice(lst)

    def body(self, group):
        return self.render(*self.pick(group))


def lit(t):
    return (t, None, None, None)


def quote(segs, prefix="> "):
    out = [lit(prefix)]
    for t, k, ty, tid in segs:
        if "\n" in t:
            assert k is None or k == "fill", "multi-line value in quote"
            t = t.replace("\n", "\n" + prefix)
        out.append((t, k, ty, tid))
    return out


TYPO_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice(TYPO_KEYS) + w[i + 1:]


def inject_typos(rng, segs, n):
    idx = [i for i, s in enumerate(segs) if s[1] is None and re.search(r"[A-Za-zÀ-ÿ]{4,}", s[0])]
    for _ in range(n):
        if not idx:
            return segs
        i = rng.choice(idx)
        t = segs[i][0]
        words = list(re.finditer(r"[A-Za-zÀ-ÿ]{4,}", t))
        if not words:
            continue
        m = rng.choice(words)
        nw = typo_word(rng, m.group(0))
        segs[i] = (t[:m.start()] + nw + t[m.end():],) + segs[i][1:]
    return segs


def lower_literals(segs):
    return [(s[0].lower(),) + s[1:] if s[1] is None else s for s in segs]


def build(h, idx):
    rng = h.rng
    lang = rng.choices(LANGS, LANG_W)[0]
    domain = rng.choices(DOMAINS, DOM_W)[0]
    ch = rng.choices(CHANNELS, CH_W)[0]
    m = Msg(h, lang, domain)
    dg = domain
    segs = []
    if ch in PUBLIC:
        if rng.random() < 0.7:
            segs = m.body("pub")
        else:
            segs = [(("@" + m.handle), "neg", "mention", None), lit(" ")] + m.body(dg)
        if ch != "x_public" and rng.random() < 0.3:
            segs = [lit(rng.choice(["Reactie op bericht: ", "", "Antwoord aan ", ""]) if m.set == "nl" else "")] + segs
    elif ch == "agent_reply":
        segs = m.body("agent")
        if rng.random() < 0.25:
            segs = segs + [lit("\n\n" if rng.random() < 0.5 else " ")] + m.body("agent")
        if rng.random() < 0.2:
            segs = [(m.slot("umention"), "neg", "mention", None), lit(" ")] + segs
    elif ch == "email":
        segs = m.body("greet") + [lit("\n\n")]
        segs += m.body(dg)
        if rng.random() < 0.6:
            segs += [lit("\n\n")] + m.body(rng.choice(["account", "extra", dg]))
        segs += [lit("\n\n")] + m.body("close") + [lit("\n")] + m.body("sig")
        pre_q = sum(len(x[0]) for x in segs)
        if rng.random() < 0.55 or (pre_q < 450 and rng.random() < 0.85):
            q = m.body("agent")
            if rng.random() < 0.4:
                q = q + [lit("\n\n")] + quote(m.body(rng.choice(DOMAINS)))
            segs += [lit("\n\n")] + m.body("qhdr") + [lit("\n")] + quote(q)
        if rng.random() < 0.35 or sum(len(x[0]) for x in segs) < 500:
            segs += [lit("\n\n")] + m.body("disc")
        if rng.random() < 0.3:
            subj = {"nl": "Onderwerp: ", "nlbe": "Onderwerp: ", "frbe": "Objet : ", "en": "Subject: "}[m.set]
            segs = [lit(subj + rng.choice(["Re: ", "Fwd: ", "", "RE: "]))] + [(m.slot("ticket"), "neg", "ticket_number", None)] + [lit("\n\n")] + segs
    else:
        r = rng.random()
        if r < 0.25:
            segs = m.body("extra")
        else:
            segs = m.body(dg)
        if rng.random() < 0.25:
            segs = m.body("greet") + [lit(rng.choice([" ", "\n"]))] + segs
        if rng.random() < 0.2:
            segs += [lit(rng.choice(["\n", " ", "\n\nPS "]))] + m.body(rng.choice(["account", "extra"]))
        if rng.random() < 0.2:
            segs = lower_literals(segs)
    if rng.random() < 0.4:
        segs = inject_typos(rng, segs, rng.choice([1, 1, 2, 3]))
    # assemble
    text, spans, negs = "", [], []
    for t, k, ty, tid in segs:
        st = len(text)
        text += t
        if k == "span":
            spans.append({"type": ty, "start": st, "end": len(text), "_tid": tid})
        elif k == "neg":
            negs.append({"kind": ty, "start": st, "end": len(text), "_tid": tid})
    rec = {"id": "%s-%s-%05d" % (PREFIX, "dev" if h.half == 0 else "heldout", idx), "channel": ch, "lang": lang,
           "visibility": "public" if ch in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    check(rec)
    return rec


def check(rec):
    t = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for st, en, k, ty in items:
        assert 0 <= st < en <= len(t), (rec["id"], st, en)
        v = t[st:en]
        assert v == v.strip(), (rec["id"], ty, repr(v))
        assert v[-1] not in ".,;:" or ty in ("masked_value",), (rec["id"], ty, v)
        if k == "span":
            digits = "".join(c for c in v if c.isdigit())
            if ty == "card":
                assert V.luhn_ok(digits) and 13 <= len(digits) <= 19, (rec["id"], v)
            if ty == "iban":
                assert V.iban_ok(v.replace("-", "")), (rec["id"], v)
            if ty == "bsn":
                assert (len(digits) == 9 and V.bsn_ok(digits)) or (len(digits) == 11 and V.nrn_ok(digits)), (rec["id"], v)
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (rec["id"], "overlap", a, b)


def write_readme(seed, stats):
    L = []
    L.append("# Scrub corpus blind128 — webcare messages (written blind)\n")
    L.append("This corpus was written **blind**: its author did not open, read, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), and did not read git history. No scrubber or scorer was run. "
             "Everything here comes from public knowledge of how platforms format messages and how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\n" + EMPHASIS + ". Dutch, Belgian (Flemish and French), UK and US customers over all channels, "
             "with typos, e-mail signatures, quoted history, forwarded headers, disclaimers and agent replies.\n")
    L.append("## Generation\n\n```\npython3 generate_blind.py --seed %d\n```\n\nFiles: `values.py` (value generators, "
             "checksums, filler pools), `templates_nl.py`, `templates_be.py`, `templates_en.py` (templates per language), "
             "`generate_blind.py` (engine, assembly, self-check, this README). Output: `dev.jsonl`, `heldout.jsonl`.\n" % seed)
    L.append("## Split rule\n\nTemplates are written in groups (language set x kind/situation: public post, one group per "
             "domain, account/security, SMS-paste extras, agent replies, greetings, closings, signatures, quote headers, "
             "disclaimers). Each group's members are dealt alternately: even index to dev, odd index to heldout, so no "
             "template, frame, greeting, signature or quote header is shared between the halves. Every filler pool "
             "(first/last names, agents, streets, cities, brands and their handles/URL domains, URL paths, hashtags, "
             "model numbers, SSIDs, hospitals) is dealt the same way. Half h uses `random.Random(seed * 2 + h)`. "
             "Typos are injected only into literal template text (including cue words), never into labelled values "
             "or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word (`wachtwoord`, `IBAN`, `code`), nor surrounding punctuation.\n"
             "- Every occurrence is labelled, including in quoted history (`> ` prefixed) and agent replies.\n"
             "- Belgian national register numbers (rijksregisternummer / numéro de registre national) are labelled `bsn`.\n"
             "- Public-transport card numbers (OV-chipkaart-like 3528…, MOBIB-like 17 digits, Oyster-like 12 digits), "
             "patient/hospital numbers (incl. NHS-style 10-digit numbers and US MRNs), mortgage loan/contract numbers and "
             "betting/lottery player or member numbers are labelled `customer_number`.\n"
             "- A recipient's address/phone given to a florist or for a delivery is labelled like the customer's own.\n"
             "- Addresses include postcode/city when written on the same line or on the following line(s) of a "
             "signature (one span across the line break). A bare street + number is also an address.\n"
             "- OTPs dictated as words (\"vier twee acht …\") are one `otp` span from first to last word.\n"
             "- The AWS secret key is labelled `api_key` like the key id; `Bearer` is not part of the token span.\n"
             "- Usernames are labelled only when they are login names; an e-mail used as a login is labelled `email`.\n"
             "- Router admin `ip:port`: the IP is `ip_address`, the port is a `port` negative.\n"
             "- Company registration negatives cover the number only where a cue (`KvK`, `Company No.`, `VAT`, `EIN`) "
             "precedes it; BTW/VAT numbers with the country prefix are kept whole. Error code negatives after `code ` "
             "cover only the number.\n"
             "- Mentions of the brand (`@handle`) and of other users are `mention` negatives; personal names are never labelled.\n"
             "- Masked values (`**** 1234`, `NL** …`, `j****@…`) are `masked_value` negatives.\n")
    L.append("## Known limitations\n\n- Values are synthetic; phone numbers are random digits in valid national shapes, "
             "not real allocations. Templates share a single sentence style per language set; en-gb and en-us share "
             "templates (values, dates, phones, addresses and amounts are localised). Some combinations are unusual "
             "(e.g. an IBAN from a US customer is generated as a foreign IBAN). Quoted history quotes agent templates and "
             "customer bodies, not full previous e-mails with signatures. Typos never touch values, so typo'd values are "
             "not represented.\n")
    for name, st in stats.items():
        L.append("## Counts: %s\n\nMessages: %d\n" % (name, st["n"]))
        L.append("| span type | count | distinct templates |\n|---|---:|---:|")
        for k in sorted(st["spans"]):
            L.append("| %s | %d | %d |" % (k, st["spans"][k], len(st["span_t"][k])))
        L.append("\n| negative kind | count |\n|---|---:|")
        for k in sorted(st["negs"]):
            L.append("| %s | %d |" % (k, st["negs"][k]))
        L.append("\n| channel | count |\n|---|---:|")
        for k in sorted(st["ch"]):
            L.append("| %s | %d |" % (k, st["ch"][k]))
        L.append("\n| lang | count |\n|---|---:|")
        for k in sorted(st["lang"]):
            L.append("| %s | %d |" % (k, st["lang"][k]))
        L.append("")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=950)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        h = Half(a.seed, half)
        st = {"n": 0, "spans": Counter(), "span_t": defaultdict(set), "negs": Counter(), "ch": Counter(), "lang": Counter()}
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for i in range(a.n):
                rec = build(h, i)
                for s in rec["spans"]:
                    st["spans"][s["type"]] += 1
                    st["span_t"][s["type"]].add(s.pop("_tid") or "frame")
                for n in rec["negatives"]:
                    st["negs"][n["kind"]] += 1
                    n.pop("_tid")
                st["n"] += 1
                st["ch"][rec["channel"]] += 1
                st["lang"][rec["lang"]] += 1
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats[name] = st
    write_readme(a.seed, stats)
    print({k: v["n"] for k, v in stats.items()})


if __name__ == "__main__":
    main()
