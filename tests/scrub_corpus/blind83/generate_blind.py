#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind83). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261281
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import pools as P
import values as V
import templates_nl as TNL
import templates_be as TBE
import templates_en as TEN

PREFIX = "b83"
N_PER_HALF = 950
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]


def tdict(lang):
    if lang == "nl":
        return {k: getattr(TNL, k) for k in ["CHAT", "PUBLIC", "AGENT", "EMAIL", "GREET", "CLOSE", "SIG", "QUOTE", "FWD", "DISCLAIMER", "SUBJECT", "TRANSCRIPT", "TRANSCRIPT_AGENT", "ECHO", "TECH"]}
    return {"nl-be": TBE.NLBE, "fr-be": TBE.FRBE, "en-gb": TEN.ENGB, "en-us": TEN.ENUS}[lang]


def deal(seq, half):
    return list(seq[half::2])


SPAN_KEYS = {
    "pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key",
    "user": "username", "apikey": "api_key", "awssec": "api_key", "token": "token", "card": "card",
    "cvv": "cvv", "exp": "card_expiry", "iban": "iban", "bsn": "bsn", "rrn": "bsn", "email": "email",
    "phone": "phone", "addr": "address", "dob": "date_of_birth", "ip": "ip_address",
    "client": "customer_number", "ov": "customer_number", "mobib": "customer_number", "oyster": "customer_number",
    "permit": "customer_number", "passport": "customer_number", "idcard": "customer_number", "nino": "customer_number",
    "utr": "customer_number", "ssn": "customer_number", "ean": "customer_number", "aanslag": "customer_number",
    "dl": "customer_number", "acct": "customer_number", "transit": "customer_number",
}
NEG_KEYS = {
    "n_date": "date", "n_time": "time", "n_amount": "amount", "n_qty": "quantity", "n_pct": "percentage",
    "n_year": "year", "n_order": "order_number", "n_ticket": "ticket_number", "n_invoice": "invoice_number",
    "n_track": "tracking_number", "n_req": "request_id", "n_err": "error_code", "n_ver": "version_string",
    "n_model": "model_number", "n_prod": "product_code", "n_flight": "flight_number", "n_cphone": "company_phone",
    "n_creg": "company_registration", "n_url": "url", "n_mention": "mention", "n_tag": "hashtag",
    "n_mask": "masked_value", "n_meter": "meter_reading", "n_port": "port", "n_sum": "checksum",
}

QTY = {
    "nl": ["3 weken", "45 minuten", "2 keer", "10 werkdagen", "5 dagen", "20 min", "3e keer", "2 uur"],
    "nl-be": ["3 weken", "40 minuten", "2 keer", "10 werkdagen", "5 dagen", "een uur"],
    "fr-be": ["3 semaines", "45 minutes", "2 fois", "10 jours ouvrables", "5 jours", "une heure"],
    "en-gb": ["3 weeks", "45 minutes", "2 times", "10 working days", "5 days", "an hour"],
    "en-us": ["3 weeks", "45 minutes", "2 times", "10 business days", "5 days", "an hour"],
}


FILLER = {
    "nl": ["Ik heb al meerdere keren gebeld, maar elke keer word ik doorverbonden en uiteindelijk valt de verbinding weg. Op de website kan ik ook niets vinden over mijn situatie.",
           "Eerlijk gezegd ben ik het een beetje zat. Ik betaal altijd netjes op tijd en nu moet ik weer achter mijn eigen geld aan. Ik hoop dat u dit snel kunt oplossen.",
           "Ik heb de brief van {n_date} bijgevoegd als pdf. Mocht u nog iets nodig hebben, dan hoor ik het graag. Ik ben overdag meestal bereikbaar, behalve op woensdag.",
           "Het formulier op {n_url} gaf bij het versturen alleen een witte pagina, dus ik weet niet of mijn aanvraag is aangekomen. Daarom stuur ik het ook nog even per mail."],
    "nl-be": ["Ik heb al verschillende keren gebeld maar ik kom telkens in de wachtrij terecht en na een half uur wordt de lijn verbroken.",
              "Ik vind het eerlijk gezegd niet normaal dat ik voor zoiets eenvoudigs drie keer naar het loket moet komen. Alvast bedankt om dit op te volgen.",
              "In bijlage vindt u de brief van {n_date} en een scan van het betalingsbewijs. Laat gerust iets weten als er nog iets ontbreekt."],
    "fr-be": ["J'ai déjà appelé plusieurs fois mais je tombe toujours sur la file d'attente et après une demi-heure la ligne coupe.",
              "Franchement je trouve anormal de devoir me déplacer trois fois au guichet pour une démarche aussi simple. Merci d'avance pour votre suivi.",
              "Vous trouverez en pièce jointe le courrier du {n_date} et la preuve de paiement. N'hésitez pas à me recontacter s'il manque quelque chose."],
    "en-gb": ["I've rung several times but I'm always put in a queue and after half an hour the line just drops. There's nothing on the website about this either.",
              "To be honest I'm fed up. I always pay on time and now I'm chasing my own money again. I'd appreciate it if this could be sorted quickly.",
              "I've attached your letter dated {n_date} as a PDF. Let me know if you need anything else; I'm usually free during the day except Wednesdays.",
              "The form at {n_url} just showed a blank page when I submitted it, so I don't know whether it went through. That's why I'm emailing as well."],
    "en-us": ["I've called several times but I get put on hold and after thirty minutes the call drops. The website doesn't cover my situation at all.",
              "Honestly I'm frustrated. I always pay on time and now I have to chase my own refund. Please resolve this as soon as possible.",
              "I attached your letter dated {n_date} as a PDF. Let me know if you need anything else, I'm reachable most weekdays.",
              "The online form at {n_url} showed a blank page after I hit submit, so I'm not sure it went through. Sending by email to be safe."],
}


class Ctx:
    def __init__(self, rng, lang, half):
        self.rng, self.lang, self.half = rng, lang, half
        L = lang
        self.first = rng.choice(deal(P.FIRST[L], half))
        self.last = rng.choice(deal(P.LAST[L], half))
        self.org = rng.choice(deal(P.ORGS[L], half))
        self.agent = rng.choice(deal(P.AGENTS[L], half))
        self.memo = {}
        self.spans_made = []  # (key, value) for echo

    # ------------------------------------------------------------ values
    def value(self, key):
        r, L, h = self.rng, self.lang, self.half
        if key == "pw":
            return V.password(r, L)
        if key == "pin":
            return V.pin(r)
        if key == "puk":
            return V.puk(r)
        if key == "otp":
            return V.otp(r)
        if key == "otpw":
            return V.otp_words(r, L)
        if key == "wifi":
            return V.wifi_key(r)
        if key == "user":
            return V.username(r, self.first, self.last)
        if key == "apikey":
            return V.api_key(r)
        if key == "awssec":
            return V.aws_secret(r)
        if key == "token":
            return V.token(r)
        if key == "card":
            return V.card(r)
        if key == "cvv":
            return V.cvv(r)
        if key == "exp":
            return V.card_expiry(r)
        if key == "iban":
            cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": None}[L]
            if r.random() < 0.2:
                cc = None
            return V.iban(r, cc)
        if key == "bsn":
            return V.bsn(r)
        if key == "rrn":
            return V.rrn(r)
        if key == "email":
            dom = r.choice(deal(["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.nl", "telenet.be", "skynet.be", "yahoo.co.uk", "kpnmail.nl", "proton.me", "ziggo.nl", "btinternet.com"], h))
            f = V.username(r, self.first, self.last).lower()
            return r.choice([f, f + str(r.randint(1, 99))]) + "@" + dom
        if key == "phone":
            return V.phone(r, L)
        if key == "addr":
            return self.address()
        if key == "dob":
            return V.dob(r, L)
        if key == "ip":
            return V.ip(r)
        if key == "client":
            return r.choice([V.digits(r, 8, True), V.digits(r, 10, True), V.digits(r, 7, True), V.digits(r, 3, True) + "." + V.digits(r, 3) + "." + V.digits(r, 3)])
        if key == "ov":
            n = "3528" + V.digits(r, 12)
            return r.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, n[:4] + " " + n[4:]])
        if key == "mobib":
            n = V.digits(r, 16)
            return r.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, n[:6] + " " + n[6:]])
        if key == "oyster":
            n = V.digits(r, 12, True)
            return r.choice([n, " ".join(n[i:i + 4] for i in range(0, 12, 4))])
        if key == "transit":
            n = V.digits(r, 10, True)
            return r.choice([n, n[:4] + " " + n[4:7] + " " + n[7:]])
        if key == "permit":
            if L == "en-gb":
                return r.choice(["RP" + V.digits(r, 6), "LBL" + V.digits(r, 7), V.digits(r, 8, True)])
            if L == "en-us":
                return r.choice(["RPP-" + V.digits(r, 6), V.digits(r, 7, True)])
            return r.choice([V.digits(r, 7, True), "PV" + V.digits(r, 8), V.digits(r, 4) + "-" + V.digits(r, 5)])
        if key == "passport":
            ab = "ABCDEFGHJKLMNPRSTUVWXYZ"
            if L == "nl":
                return V.rstr(r, ab, 2) + V.rstr(r, ab + "0123456789", 6) + V.digits(r, 1)
            if L in ("nl-be", "fr-be"):
                return V.rstr(r, ab, 2) + V.digits(r, 6)
            if L == "en-gb":
                return V.digits(r, 9, True)
            return r.choice(["A", "C", ""]) + V.digits(r, 8, True)
        if key == "idcard":
            if L == "nl":
                return V.rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + V.rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + V.digits(r, 1)
            return f"{V.digits(r, 3, True)}-{V.digits(r, 7)}-{V.digits(r, 2)}"
        if key == "nino":
            a = V.rstr(r, "ABCEGHJKLMNPRSTWXYZ", 2)
            d = V.digits(r, 6)
            s = r.choice("ABCD")
            return r.choice([f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{a}{d}{s}", f"{a.lower()}{d}{s.lower()}"])
        if key == "utr":
            d = V.digits(r, 10, True)
            return r.choice([d, d[:5] + " " + d[5:]])
        if key == "ssn":
            a = r.randint(1, 665)
            return r.choice([f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}", f"{a:03d} {r.randint(1, 99):02d} {r.randint(1, 9999):04d}", f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"])
        if key == "ean":
            return "871" + V.digits(r, 15)
        if key == "aanslag":
            b = V.bsn(r).replace(".", "").replace(" ", "")
            return r.choice([f"{b[:4]}.{b[4:6]}.{b[6:]}.H.{r.randint(20, 25)}.01", f"{b}H{r.randint(20, 25)}01", f"{b[:4]} {b[4:6]} {b[6:]} A {r.randint(20, 25)}"])
        if key == "dl":
            if L == "en-gb":
                return V.rstr(r, "ABCDEFGHIJKLMNOPRSTUVWY", 5) + V.digits(r, 6) + V.rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + V.digits(r, 1) + V.rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2)
            return r.choice(["D", "F", "Y", "S"]) + V.digits(r, 7)
        if key == "acct":
            return V.digits(r, 8) if L == "en-gb" else V.digits(r, r.choice([9, 10, 12]), True)
        if key == "sortcode":
            return f"{V.digits(r, 2)}-{V.digits(r, 2)}-{V.digits(r, 2)}"
        if key == "routing":
            return r.choice(["021000021", "026009593", "121000358", "322271627", "011000138"])
        # ---- negatives
        if key == "n_date":
            return V.neg_date(r, L)
        if key == "n_time":
            return V.neg_time(r, L)
        if key == "n_amount":
            return V.amount(r, L)
        if key == "n_qty":
            return r.choice(deal(QTY[L], h) or QTY[L])
        if key == "n_pct":
            return r.choice(["21%", "15 %", "6,5%" if not L.startswith("en") else "6.5%", "10%", "3 procent" if L.startswith("nl") else "12%", "100%"])
        if key == "n_year":
            return str(r.choice([2023, 2024, 2025, 2026]))
        if key == "n_order":
            return r.choice([f"ORD-{r.randint(2024, 2026)}-{V.digits(r, 6)}", f"AV{V.digits(r, 8)}", f"{r.randint(2024, 2026)}/{V.digits(r, 5)}", f"#{V.digits(r, 7, True)}", f"W{V.digits(r, 9)}"])
        if key == "n_ticket":
            return r.choice([f"Z-{r.randint(2024, 2026)}-{V.digits(r, 6)}", f"{r.randint(2024, 2026)}-{V.digits(r, 7)}", f"CAS-{V.digits(r, 6)}-{V.rstr(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 4)}", f"#{V.digits(r, 8, True)}", f"{V.rstr(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 2)}{V.digits(r, 8)}", f"INC{V.digits(r, 7)}"])
        if key == "n_invoice":
            return r.choice([f"F{r.randint(2024, 2026)}-{V.digits(r, 5)}", f"INV-{V.digits(r, 6)}", f"{r.randint(2024, 2026)}{V.digits(r, 6)}"])
        if key == "n_track":
            return r.choice([f"3S{V.rstr(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 4)}{V.digits(r, 9)}", f"{V.rstr(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 2)}{V.digits(r, 9)}GB", f"9400 1{V.digits(r, 3)} {V.digits(r, 4)} {V.digits(r, 4)} {V.digits(r, 4)} {V.digits(r, 2)}", f"1Z{V.rstr(r, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789', 16)}"])
        if key == "n_req":
            return r.choice([V.rstr(r, "0123456789abcdef", 8) + "-" + V.rstr(r, "0123456789abcdef", 4) + "-4" + V.rstr(r, "0123456789abcdef", 3) + "-a" + V.rstr(r, "0123456789abcdef", 3) + "-" + V.rstr(r, "0123456789abcdef", 12), f"req_{V.rstr(r, V.ALNUM, 14)}", f"REQ-{V.digits(r, 9)}"])
        if key == "n_err":
            return r.choice([f"E{V.digits(r, 4)}", f"ERR_{r.choice(['AUTH', 'TIMEOUT', 'SESSION'])}_{V.digits(r, 3)}", f"{r.choice([401, 403, 500, 502, 503])}", f"DGD-{V.digits(r, 3)}", f"0x{V.rstr(r, '0123456789ABCDEF', 8)}"])
        if key == "n_ver":
            return r.choice(deal(P.VERSIONS, h))
        if key == "n_model":
            return r.choice(deal(P.MODELS, h))
        if key == "n_prod":
            return f"{V.rstr(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 3)}-{V.digits(r, 4)}"
        if key == "n_flight":
            return r.choice(["KL", "HV", "SN", "BA", "U2", "FR", "UA", "DL", "TB"]) + " " * r.randint(0, 1) + str(r.randint(100, 2999))
        if key == "n_cphone":
            return self.org[2]
        if key == "n_creg":
            return self.org[4]
        if key == "n_url":
            u = self.org[3]
            return r.choice([u, "https://www." + u, "www." + u, "https://" + u + "?ref=sms"])
        if key == "n_mention":
            if r.random() < 0.75:
                return self.org[1]
            return r.choice(deal([o[1] for o in P.ORGS[L]], h))
        if key == "n_tag":
            return r.choice(deal(P.HASHTAGS[L], h))
        if key == "n_mask":
            return r.choice(["****" + V.digits(r, 4), "**** **** **** " + V.digits(r, 4), f"NL** **** **** {V.digits(r, 4)} {V.digits(r, 2)}", "xxxx-" + V.digits(r, 4), "06-****" + V.digits(r, 4), f"BE** **** **** {V.digits(r, 2)}{V.digits(r, 2)}", f"{self.first[0].lower()}***@gmail.com", "***-**-" + V.digits(r, 4)])
        if key == "n_meter":
            return V.meter_reading(r, L)
        if key == "n_port":
            return str(r.choice([443, 8443, 8080, 22, 3389, 5432, 9090]))
        if key == "n_sum":
            return V.rstr(r, "0123456789abcdef", 64)
        # ---- fillers
        if key == "name":
            return f"{self.first} {self.last}"
        if key == "first":
            return self.first
        if key == "last":
            return self.last
        if key == "agent":
            return self.agent
        if key == "org":
            return self.org[0]
        if key == "ini":
            return self.agent[:2].upper() if r.random() < 0.5 else self.agent[0]
        if key == "city":
            return r.choice(deal(P.CITIES[L], h))[0]
        if key == "plate":
            return r.choice(deal(P.PLATES[L], h))
        if key == "ssid":
            return r.choice(deal(P.SSIDS, h))
        if key == "subject":
            return r.choice(deal(tdict(L)["SUBJECT"], h))
        raise KeyError(key)

    def address(self):
        r, L, h = self.rng, self.lang, self.half
        st = r.choice(deal(P.STREETS[L], h))
        city, pc = r.choice(deal(P.CITIES[L], h))
        no = r.randint(1, 240)
        if L == "nl":
            pcode = f"{pc}{V.digits(r, 2)} {V.rstr(r, 'ABCDEFGHJKLMNPRSTVWXZ', 2)}"
            hs = r.choice(["", "", "", "A", "-2", " hs", "bis"])
            return r.choice([f"{st} {no}{hs}, {pcode} {city}", f"{st} {no}{hs} {pcode} {city}", f"{st} {no}{hs}", f"{st} {no}{hs}, {city}", f"{pcode.replace(' ', '')} {no}"])
        if L in ("nl-be", "fr-be"):
            bus = r.choice(["", "", f" bus {r.randint(1, 20)}" if L == "nl-be" else f" bte {r.randint(1, 20)}", f"/{r.randint(1, 9)}"])
            return r.choice([f"{st} {no}{bus}, {pc} {city}", f"{st} {no}{bus} {pc} {city}", f"{st} {no}{bus}"])
        if L == "en-gb":
            pcode = f"{pc} {r.randint(1, 9)}{V.rstr(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
            flat = r.choice(["", "", f"Flat {r.randint(1, 30)}, ", f"{r.randint(1, 9)}B "])
            if flat.endswith("B "):
                return f"{no}B {st}, {city} {pcode}"
            return r.choice([f"{flat}{no} {st}, {city} {pcode}", f"{flat}{no} {st}, {pcode}", f"{no} {st}"])
        apt = r.choice(["", "", f" Apt {r.randint(1, 40)}", f" #{r.randint(1, 40)}"])
        return r.choice([f"{no * 10 + r.randint(0, 9)} {st}{apt}, {city} {pc}", f"{no * 10} {st}{apt}", f"{no * 10 + 7} {st}{apt}, {city}"])


PH = re.compile(r"\{([a-z_]+)(?:#(\w+))?\}")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def typo(rng, s):
    ms = list(WORD.finditer(s))
    if not ms:
        return s
    m = rng.choice(ms)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    k = rng.randint(0, 2)
    if k == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def render(ctx, tpl, typo_p=0.0, lower=False, tid="misc"):
    """Return list of (text, label) segments; label = ('span'|'neg', type, key) or None."""
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit:
            segs.append([lit, None])
        key, tag = m.group(1), m.group(2)
        if key == "echo":
            if ctx.spans_made:
                k2, v = ctx.rng.choice(ctx.spans_made)
                segs.append([v, ("span", SPAN_KEYS[k2], k2, tid)])
            else:
                segs.append([ctx.value("n_ticket"), ("neg", "ticket_number", "n_ticket", tid)])
            pos = m.end()
            continue
        mk = (key, tag)
        if tag and mk in ctx.memo:
            v = ctx.memo[mk]
        else:
            v = ctx.value(key)
            if tag:
                ctx.memo[mk] = v
        if key in SPAN_KEYS:
            lab = ("span", SPAN_KEYS[key], key, tid)
            ctx.spans_made.append((key, v))
        elif key in NEG_KEYS:
            lab = ("neg", NEG_KEYS[key], key, tid)
            if key == "n_creg":
                mm = re.search(r"(?<![A-Za-z])((?:[A-Z]{2} ?)?\d[\dA-Z .\-]*)$", v)
                segs.append([v[:mm.start(1)], None])
                v = v[mm.start(1):]
        else:
            lab = None
        segs.append([v, lab])
        pos = m.end()
    if tpl[pos:]:
        segs.append([tpl[pos:], None])
    for s in segs:
        if s[1] is None:
            if lower:
                s[0] = s[0].lower()
            if typo_p and ctx.rng.random() < typo_p:
                s[0] = typo(ctx.rng, s[0])
    return segs


def quote_segs(segs, prefix="> "):
    out = [[prefix, None]]
    for t, lab in segs:
        if lab is None and "\n" in t:
            out.append([t.replace("\n", "\n" + prefix), None])
        else:
            out.append([t, lab])
    return out


def lit(t):
    return [[t, None]]


class Builder:
    def __init__(self, half, rng):
        self.half, self.rng = half, rng
        self.groups = {}
        for L in LANGS:
            T = tdict(L)
            self.groups[L] = {k: list(enumerate(T[k]))[half::2] for k in T}

    def pick(self, L, group):
        i, t = self.rng.choice(self.groups[L][group])
        return f"{L}:{group}:{i}", t

    def message(self):
        r = self.rng
        L = r.choices(LANGS, LANG_W)[0]
        ctx = Ctx(r, L, self.half)
        kind = r.choices(["email", "chat", "public", "agent", "transcript"], [30, 30, 17, 13, 10])[0]
        tids = []
        segs = []
        typo_p = 0.35 if r.random() < 0.5 else 0.0

        def add(group, **kw):
            tid, t = self.pick(L, group)
            tids.append(tid)
            return render(ctx, t, typo_p=kw.get("typo", typo_p), lower=kw.get("lower", False), tid=tid)

        if kind == "public":
            channel = r.choice(PUBLIC_CH)
            segs += add("PUBLIC", lower=r.random() < 0.2)
        elif kind == "agent":
            channel = "agent_reply"
            segs += add("AGENT", typo=0.0)
        elif kind == "chat":
            channel = r.choice(CHAT_CH)
            low = r.random() < 0.2
            segs += add("TECH" if r.random() < 0.3 else "CHAT", lower=low)
            if r.random() < 0.3:
                segs += lit(r.choice(["\n", "\n\n", " ", "\n-- \n"]))
                segs += add("CHAT", lower=low)
        elif kind == "transcript":
            channel = r.choice(["whatsapp", "telegram", "messenger", "instagram_dm", "x_dm"])
            segs += add("TRANSCRIPT", typo=0.0)
            segs += add("TECH" if r.random() < 0.25 else "CHAT")
            segs += lit("\n")
            segs += add("TRANSCRIPT_AGENT", typo=0.0)
            segs += add("ECHO", typo=0.0)
            if r.random() < 0.4:
                segs += lit("\n")
                segs += add("TRANSCRIPT", typo=0.0)
                segs += render(ctx, r.choice(["{echo} 👍", "ja klopt, {echo}" if L.startswith("nl") else "oui, {echo}" if L == "fr-be" else "yes {echo}", "{echo}"]))
        else:
            channel = "email"
            if r.random() < 0.3:
                segs += render(ctx, ("Onderwerp: " if L.startswith("nl") else "Objet : " if L == "fr-be" else "Subject: ") + "{subject}\n\n")
            if r.random() < 0.15:
                segs += add("FWD", typo=0.0)
                segs += lit("\n\n")
            segs += add("GREET", typo=0.0)
            segs += lit("\n\n")
            if r.random() < 0.5:
                i, t = r.choice(list(enumerate(FILLER[L]))[self.half::2])
                segs += render(ctx, t, typo_p=typo_p, tid=f"{L}:FILLER:{i}")
                segs += lit("\n\n")
            segs += add("EMAIL")
            if r.random() < 0.5:
                segs += lit("\n\n")
                segs += add("TECH" if r.random() < 0.5 else "CHAT")
            segs += lit("\n\n")
            segs += add("CLOSE", typo=0.0)
            segs += lit(r.choice(["\n", "\n\n"]))
            segs += add("SIG", typo=0.0)
            if r.random() < 0.6:
                segs += lit("\n\n")
                segs += add("QUOTE", typo=0.0)
                segs += lit("\n")
                tid, t = self.pick(L, "AGENT")
                tids.append(tid)
                segs += quote_segs(render(ctx, t, tid=tid))
            if r.random() < 0.45:
                segs += lit("\n\n" + r.choice(["", "--\n", "____________________\n"]))
                segs += add("DISCLAIMER", typo=0.0)
        return L, channel, segs, tids


def assemble(segs):
    text = ""
    spans, negs, stids = [], [], []
    for t, lab in segs:
        st = len(text)
        text += t
        if lab:
            d = {"type" if lab[0] == "span" else "kind": lab[1], "start": st, "end": len(text)}
            (spans if lab[0] == "span" else negs).append(d)
            if lab[0] == "span":
                stids.append(lab[3])
    return text, spans, negs, stids


def digits_of(s):
    return "".join(c for c in s if c.isdigit())


def check(rec):
    text = rec["text"]
    allv = [("s", s) for s in rec["spans"]] + [("n", n) for n in rec["negatives"]]
    for _, x in allv:
        assert 0 <= x["start"] < x["end"] <= len(text), rec
        v = text[x["start"]:x["end"]]
        assert v == v.strip(), (rec["id"], v)
    iv = sorted((x["start"], x["end"]) for _, x in allv)
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], ("overlap", rec["id"], a, b)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            d = digits_of(v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_CH else "private")


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    b = Builder(half, rng)
    name = ["dev", "heldout"][half]
    out, meta = [], []
    n_email = 0
    while len(out) < N_PER_HALF:
        L, ch, segs, tids = b.message()
        text, spans, negs, stids = assemble(segs)
        if ch == "email":
            n_email += 1
        rec = {"id": f"{PREFIX}-{name}-{len(out):05d}", "channel": ch, "lang": L,
               "visibility": "public" if ch in PUBLIC_CH else "private",
               "text": text, "spans": spans, "negatives": negs}
        check(rec)
        out.append(rec)
        # template attribution per span type
        meta.append(stids)
    return out, meta


def stats(recs, meta):
    st = {"messages": len(recs), "spans": Counter(), "tpl": defaultdict(set), "neg": Counter(),
          "channels": Counter(), "langs": Counter(), "email_sizes": []}
    for r, tids in zip(recs, meta):
        st["channels"][r["channel"]] += 1
        st["langs"][r["lang"]] += 1
        if r["channel"] == "email":
            st["email_sizes"].append(len(r["text"].encode()))
        for s, tid in zip(r["spans"], tids):
            st["spans"][s["type"]] += 1
            st["tpl"][s["type"]].add(tid)
        for n in r["negatives"]:
            st["neg"][n["kind"]] += 1
    return st


def readme(seed, sts):
    L = []
    L.append("# Scrub corpus blind83 — government and public services (written blind)\n")
    L.append("This corpus was written blind: its author did not open, read, grep, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus, scorer or generator under "
             "`tests/scrub_corpus/`, and did not read git history. It was written from public knowledge of how "
             "platforms format messages and how people write to public services.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Government and public services: tax offices and tax returns (Belastingdienst, FOD Financiën/SPF Finances, HMRC, IRS), "
             "municipalities and council services (parking permits, waste collection, civil registry, eID/passport renewal), "
             "benefits agencies (UWV, SVB, DUO, DWP, Social Security), public transport cards and season tickets "
             "(OV-chipkaart, MOBIB, Oyster, Clipper), vehicle registration and fines (RDW, CJIB, DVLA, DMV, PCNs), and IT "
             "contractors of these services (test credentials, API keys, tokens).\n")
    L.append("## Generation\n")
    L.append(f"```\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Writes `dev.jsonl`, `heldout.jsonl` and this README. Python 3.11 standard library only. Modules: "
             "`values.py` (value generators, validators), `pools.py` (filler pools), `templates_nl.py`, `templates_be.py`, "
             "`templates_en.py` (templates per language), `generate_blind.py` (renderer, split, self-check, README).\n")
    L.append("## Split rule\n")
    L.append("Every template group (per language and kind: chat, public, agent reply, e-mail body, greeting, closing, "
             "signature, quote header, forward header, disclaimer, subject, transcript prefix, agent echo) is dealt "
             "alternately: even index to dev, odd to heldout. Every filler pool (first/last names, streets, cities, "
             "organisations with their handles, service numbers, URLs and registrations, agents, hashtags, plates, SSIDs, "
             "versions, models, e-mail domains, quantity phrases) is dealt the same way. Half h uses "
             "`random.Random(seed * 2 + h)`. Typos are injected only into literal template text, never into values.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only; cue words (`wachtwoord:`, `IBAN`, `BSN`) are never included. Every occurrence is labelled, including agent echoes and quoted history.
- `bsn` covers the Dutch BSN (11-proof) and the Belgian national register number (rijksregisternummer / numéro national, mod-97 check, 2000+ births handled).
- `customer_number` (judgement): besides customer/relation/account numbers it covers identifiers that point at one person: OV-chipkaart, MOBIB, Oyster and Clipper card numbers, parking permit numbers, passport and ID card document numbers, UK National Insurance numbers, UK UTRs, US SSNs, driving licence numbers, Dutch aanslagnummers (they embed the BSN, labelled as a whole), EAN connection codes, UK/US bank account numbers.
- UK sort codes and US routing numbers are bank identifiers and are left unlabelled (neither span nor negative).
- Fine, PCN, CJIB payment references, case/dossier/complaint/objection references and police report numbers are `ticket_number` negatives; passport application references and web-shop style order references are `order_number` negatives.
- OTPs dictated as words (`vier twee negen ...`) are one `otp` span from first to last word.
- Company registrations: only the number (with country prefix such as `NL`, `BE`, `GB`) is the negative, not the cue (`KvK`, `BTW`, `EIN`).
- Organisation mentions (`@Belastingdienst`) are `mention` negatives; the organisation's own phone numbers are `company_phone` negatives; masked values (`****1234`, `NL** **** **** 1234 56`, `***-**-6789`, `j***@gmail.com`) are `masked_value` negatives.
- Gate, keysafe, padlock and container-park codes are `pin`. eID PIN/PUK letters are `pin`/`puk`.
- Personal names, cities alone, licence plates, SSIDs, agent initials and the organisations' names are not labelled.
- Addresses: street + number with postcode/city where written; a Dutch `postcode huisnummer` pair is also an address.
""")
    L.append("## Known limitations\n")
    L.append("- Template-generated: sentence frames repeat within a half (each template is used several times with different values).\n"
             "- Organisation e-mail addresses are avoided entirely (forward headers show only the sender, a private person).\n"
             "- Service phone numbers are realistic-looking but not verified; personal numbers are random and may collide with real ones.\n"
             "- Belgian French and Belgian Dutch template sets are smaller than the Dutch and English sets.\n"
             "- Masked values are never partial real values from the same message.\n")
    L.append("## Counts per half\n")
    for name, st in sts:
        L.append(f"### {name}\n")
        L.append(f"Messages: {st['messages']}  \nE-mails: {st['channels']['email']} (median size {sorted(st['email_sizes'])[len(st['email_sizes']) // 2]} bytes)\n")
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k, v in sorted(st["spans"].items()):
            L.append(f"| {k} | {v} | {len(st['tpl'][k])} |")
        L.append("\n| negative kind | count |\n|---|---|")
        for k, v in sorted(st["neg"].items()):
            L.append(f"| {k} | {v} |")
        L.append("\n| channel | count |\n|---|---|")
        for k, v in sorted(st["channels"].items()):
            L.append(f"| {k} | {v} |")
        L.append("\n| lang | count |\n|---|---|")
        for k, v in sorted(st["langs"].items()):
            L.append(f"| {k} | {v} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    sts = []
    for half, name in enumerate(["dev", "heldout"]):
        recs, meta = gen_half(a.seed, half)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        sts.append((name, stats(recs, meta)))
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, sts))
    for name, st in sts:
        print(name, st["messages"], dict(st["spans"]))


if __name__ == "__main__":
    main()
