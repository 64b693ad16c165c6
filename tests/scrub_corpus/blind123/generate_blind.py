#!/usr/bin/env python3
"""Seeded generator for the blind123 webcare scrub corpus (standard library only).

python3 generate_blind.py --seed 20261321   -> dev.jsonl, heldout.jsonl, README.md
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import values as V
from pools import split_pools, deal, ABROAD, COUNTRY_NAME
import templates_nl as TN
import templates_fr as TF
import templates_en as TE

DIR = "blind123"
PREFIX = "b123"
N_PER_HALF = 950

S, N, F = "span", "neg", "fill"


def _macro_first(rng, ctx):
    return rng.choice(["{first_name}", "{{voornaam}}", "[NAAM]", "{{ first_name }}", "<FIRSTNAME>", "{prénom}"])


def _macro_code(rng, ctx):
    return rng.choice(["<code>", "[CODE]", "{{otp}}", "{code}", "<OTP>", "%CODE%"])


def _bsn_slot(rng, ctx):
    if ctx["country"] == "BE" and rng.random() < 0.7:
        return V.rrn(rng, ctx)
    return V.bsn(rng, ctx)


def _country(rng, ctx):
    key = "fr" if ctx["lang"] == "fr-be" else "en" if ctx["lang"].startswith("en") else "nl"
    return COUNTRY_NAME[key][ctx["abroad"]]


def _pick(name):
    return lambda rng, ctx: rng.choice(ctx["pools"][name])


def _fullname(rng, ctx):
    return rng.choice(ctx["pools"]["first"]) + " " + rng.choice(ctx["pools"]["last"])


def _city(rng, ctx):
    return rng.choice(ctx["pools"]["city_any"])


def _brand(rng, ctx):
    return rng.choice(ctx["pools"]["brands"][ctx["domain"]])


SLOTS = {
    "pw": (S, "password", V.password), "pin": (S, "pin", V.pin), "puk": (S, "puk", V.puk), "otp": (S, "otp", V.otp),
    "otpw": (S, "otp", V.otp_words), "wifi": (S, "wifi_key", V.wifi_key), "user": (S, "username", V.username),
    "apikey": (S, "api_key", V.api_key), "awsid": (S, "api_key", V.aws_id), "awssecret": (S, "api_key", V.aws_secret),
    "token": (S, "token", V.token), "card": (S, "card", V.card), "cvv": (S, "cvv", V.cvv), "iban": (S, "iban", V.iban),
    "ibanx": (S, "iban", V.iban_x), "bsn": (S, "bsn", _bsn_slot), "rrn": (S, "bsn", V.rrn), "email": (S, "email", V.email),
    "phone": (S, "phone", V.phone), "phonex": (S, "phone", V.phone_x), "addr": (S, "address", V.address),
    "addrx": (S, "address", V.address_x), "dob": (S, "date_of_birth", V.dob), "cust": (S, "customer_number", V.customer_number),
    "polis": (S, "customer_number", V.policy_number), "member": (S, "customer_number", V.member_number),
    "ean": (S, "customer_number", V.ean), "exp": (S, "card_expiry", V.card_expiry), "ip": (S, "ip_address", V.ip),
    "date": (N, "date", V.date), "time": (N, "time", V.time_), "amount": (N, "amount", V.amount), "qty": (N, "quantity", V.quantity),
    "pct": (N, "percentage", V.percentage), "year": (N, "year", V.year), "order": (N, "order_number", V.order_number),
    "ticket": (N, "ticket_number", V.ticket_number), "invoice": (N, "invoice_number", V.invoice_number),
    "tracking": (N, "tracking_number", V.tracking_number), "reqid": (N, "request_id", V.request_id),
    "err": (N, "error_code", V.error_code), "version": (N, "version_string", V.version_string), "model": (N, "model_number", V.model_number),
    "product": (N, "product_code", V.product_code), "flight": (N, "flight_number", V.flight_number),
    "cphone": (N, "company_phone", V.company_phone), "kvk": (N, "company_registration", V.company_registration),
    "url": (N, "url", V.url), "mention": (N, "mention", V.mention), "hashtag": (N, "hashtag", V.hashtag),
    "masked": (N, "masked_value", V.masked_value), "meter": (N, "meter_reading", V.meter_reading), "port": (N, "port", V.port),
    "checksum": (N, "checksum", V.checksum),
    "name": (F, None, _fullname), "fname": (F, None, _pick("first")), "agent": (F, None, _pick("agent")),
    "agenti": (F, None, _pick("agent_init")), "city": (F, None, _city), "country": (F, None, _country), "ssid": (F, None, _pick("ssid")),
    "brand": (F, None, _brand), "macro_first": (F, None, _macro_first), "macro_code": (F, None, _macro_code),
}
SLOT_RE = re.compile(r"\{([a-z_]+)(?:\.(\d))?\}")

# extra literal filler sentences for e-mails (dealt per half like every other group)
FILL_NL = ["Ik hoor graag zo snel mogelijk van jullie, want dit duurt nu al veel te lang.", "Ik heb al eerder gebeld maar kreeg geen duidelijk antwoord.",
           "Eerlijk gezegd ben ik hier behoorlijk klaar mee na al die jaren klant te zijn geweest.", "Kunnen jullie mij een bevestiging sturen als het geregeld is?",
           "Het is voor mij lastig om overdag te bellen omdat ik in ploegendienst werk.", "Ik had dit graag voor het weekend opgelost gezien.",
           "Mocht u nog iets nodig hebben dan hoor ik het graag.", "Bij voorbaat dank voor de moeite."]
FILL_FR = ["J'attends votre retour rapidement, cela dure depuis trop longtemps.", "J'ai déjà appelé deux fois sans obtenir de réponse claire.",
           "Merci de me confirmer par écrit quand ce sera réglé.", "Je suis cliente depuis des années et je suis très déçue.",
           "Je reste à votre disposition pour toute information complémentaire.", "Je ne peux pas téléphoner en journée à cause de mon travail."]
FILL_EN = ["I'd appreciate a reply as soon as possible, this has been dragging on for weeks.", "I've already called twice and got nowhere.",
           "Please confirm in writing once this has been sorted.", "I've been a loyal customer for years and I'm honestly very disappointed.",
           "Let me know if you need anything else from me.", "I can't really phone during the day because of work, so email is best."]
SUBJ_NL = ["Onderwerp: {order}", "Onderwerp: klacht", "Onderwerp: Re: uw vraag", "Onderwerp: dringend!!", "Onderwerp: gegevens wijzigen"]
SUBJ_FR = ["Objet : réclamation", "Objet : RE: commande {order}", "Objet : urgent", "Objet : changement de coordonnées"]
SUBJ_EN = ["Subject: complaint", "Subject: RE: order {order}", "Subject: URGENT", "Subject: change of details", "Subject: Fwd: my account"]
WA_PREFIX = ["[{date}, {time}] {fname}: ", "{fname}, [{date} {time}]\n", "{time} - {fname}: "]


def family(lang):
    return "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"


def build_groups(half):
    """All template groups for one half: every group dealt alternately."""
    G = {}
    raw = {
        "body_nl": TN.BODY_NL, "body_be": TN.BODY_BE, "body_fr": TF.BODY_FR, "body_en": TE.BODY_EN, "body_gb": TE.BODY_GB, "body_us": TE.BODY_US,
        "agent_nl": TN.AGENT_NL, "agent_fr": TF.AGENT_FR, "agent_en": TE.AGENT_EN,
        "greet_nl": TN.GREET_NL, "greet_be": TN.GREET_BE, "greet_fr": TF.GREET_FR, "greet_en": TE.GREET_EN,
        "close_nl": TN.CLOSE_NL, "close_be": TN.CLOSE_BE, "close_fr": TF.CLOSE_FR, "close_en": TE.CLOSE_EN,
        "sig_nl": TN.SIG_NL, "sig_be": TN.SIG_BE, "sig_fr": TF.SIG_FR, "sig_en": TE.SIG_EN,
        "qhdr_nl": TN.QUOTE_HDR_NL, "qhdr_be": TN.QUOTE_HDR_BE, "qhdr_fr": TF.QUOTE_HDR_FR, "qhdr_en": TE.QUOTE_HDR_EN,
        "fwd_nl": TN.FWD_NL, "fwd_fr": TF.FWD_FR, "fwd_en": TE.FWD_EN,
        "disc_nl": TN.DISC_NL, "disc_be": TN.DISC_BE, "disc_fr": TF.DISC_FR, "disc_en": TE.DISC_EN,
        "asig_nl": TN.AGENT_SIG_NL, "asig_be": TN.AGENT_SIG_BE, "asig_fr": TF.AGENT_SIG_FR, "asig_en": TE.AGENT_SIG_EN,
        "popen_nl": TN.PUBLIC_OPEN_NL, "popen_fr": TF.PUBLIC_OPEN_FR, "popen_en": TE.PUBLIC_OPEN_EN,
        "ptail_nl": TN.PUBLIC_TAIL_NL, "ptail_fr": TF.PUBLIC_TAIL_FR, "ptail_en": TE.PUBLIC_TAIL_EN,
        "fill_nl": FILL_NL, "fill_fr": FILL_FR, "fill_en": FILL_EN, "subj_nl": SUBJ_NL, "subj_fr": SUBJ_FR, "subj_en": SUBJ_EN,
        "wa": WA_PREFIX,
    }
    for g, lst in raw.items():
        items = []
        for i, t in enumerate(lst):
            if i % 2 != half:
                continue
            dom, text = t if isinstance(t, tuple) else ("general", t)
            items.append((f"{g}:{i}", dom, text))
        assert items, g
        G[g] = items
    return G


def lang_groups(G, lang, kind):
    fam = family(lang)
    if kind == "body":
        if lang == "nl-be":
            return G["body_be"] * 2 + G["body_nl"]
        if lang == "en-gb":
            return G["body_en"] + G["body_gb"] * 2
        if lang == "en-us":
            return G["body_en"] + G["body_us"] * 2
        return G["body_" + fam]
    if lang == "nl-be" and kind in ("greet", "close", "sig", "qhdr", "disc", "asig"):
        return G[kind + "_be"] + G[kind + "_nl"]
    return G[kind + "_" + fam]


# ------------------------------------------------------------------ pieces
class Piece:
    def __init__(self, text="", spans=None, negs=None):
        self.text, self.spans, self.negs = text, spans or [], negs or []

    def __add__(self, other):
        if isinstance(other, str):
            other = Piece(other)
        o = len(self.text)
        return Piece(self.text + other.text, self.spans + [(t, s + o, e + o, tid) for t, s, e, tid in other.spans],
                     self.negs + [(t, s + o, e + o, tid) for t, s, e, tid in other.negs])

    def quoted(self, prefix="> "):
        out, mp, n = [prefix], [], len(prefix)
        for ch in self.text:
            mp.append(n)
            out.append(ch)
            n += 1
            if ch == "\n":
                out.append(prefix)
                n += len(prefix)
        txt = "".join(out)
        return Piece(txt, [(t, mp[s], mp[e - 1] + 1, tid) for t, s, e, tid in self.spans],
                     [(t, mp[s], mp[e - 1] + 1, tid) for t, s, e, tid in self.negs])


def typo(word, rng):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.randrange(4)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    if k == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeinorst") + word[i + 1:]


class Msg:
    def __init__(self, rng, lang, pools, typo_rate, lower):
        self.rng = rng
        self.ctx = {"lang": lang, "country": {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang],
                    "pools": pools, "abroad": rng.choice([a for a in ABROAD if a != {"en-gb": "GB", "en-us": "US"}.get(lang)]),
                    "cache": {}, "domain": "general"}
        self.typo_rate, self.lower = typo_rate, lower
        self.tids = []

    def lit(self, s):
        if self.lower:
            s = s.lower()
        if self.typo_rate:
            s = re.sub(r"[A-Za-zÀ-ÿ]{5,}", lambda m: typo(m.group(0), self.rng) if self.rng.random() < self.typo_rate else m.group(0), s)
        return s

    def render(self, item, ns="", domain=None):
        tid, dom, tpl = item
        if domain is None and dom != "general":
            self.ctx["domain"] = dom
        self.tids.append(tid)
        p = Piece()
        pos = 0
        for m in SLOT_RE.finditer(tpl):
            p = p + self.lit(tpl[pos:m.start()])
            name = m.group(1)
            cat, label, fn = SLOTS[name]
            key = (ns if cat != S else "") + m.group(0)
            if key not in self.ctx["cache"]:
                self.ctx["cache"][key] = fn(self.rng, self.ctx)
            val = self.ctx["cache"][key]
            if cat == S:
                p = p + Piece(val, [(label, 0, len(val), tid)])
            elif cat == N:
                p = p + Piece(val, [], [(label, 0, len(val), tid)])
            else:
                p = p + Piece(val)
            pos = m.end()
        return p + self.lit(tpl[pos:])


CHANNELS = ["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp", "telegram", "email", "agent_reply"]
CH_W = [9, 6, 7, 6, 6, 8, 10, 4, 30, 14]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]


def make_message(rng, G, pools, half, idx):
    lang = rng.choices(LANGS, LANG_W)[0]
    ch = rng.choices(CHANNELS, CH_W)[0]
    chat = ch in ("x_dm", "instagram_dm", "messenger", "whatsapp", "telegram", "x_public", "instagram_comment")
    m = Msg(rng, lang, pools, 0.07 if rng.random() < 0.35 else 0.0, chat and rng.random() < 0.15)
    pick = lambda kind: rng.choice(lang_groups(G, lang, kind))
    body = m.render(pick("body"))
    if ch == "agent_reply":
        p = m.render(pick("agent"))
        if rng.random() < 0.3:
            p = p + "\n\n" + m.render(pick("asig"), ns="s:")
        if rng.random() < 0.25:  # agent quoting the customer
            p = p + "\n\n" + m.render(pick("qhdr"), ns="h:") + "\n" + body.quoted()
        text = p
    elif ch == "email":
        parts = Piece()
        if rng.random() < 0.4:
            parts = parts + m.render(pick("subj"), ns="j:") + "\n\n"
        parts = parts + m.render(pick("greet"), ns="g:") + "\n\n" + body
        for _ in range(rng.choice([1, 1, 2, 3])):
            parts = parts + (" " if rng.random() < 0.5 else "\n\n") + m.render(pick("fill"))
        if rng.random() < 0.25:
            parts = parts + "\n\n" + m.render(pick("body"))
        parts = parts + "\n\n" + m.render(pick("close"), ns="c:") + "\n" + m.render(pick("sig"), ns="s:")
        r = rng.random()
        if r < 0.55:
            q = m.render(pick("agent")) + "\n\n" + m.render(pick("asig"), ns="as:")
            if rng.random() < 0.4:
                q = q + "\n\n" + m.render(pick("qhdr"), ns="h2:") + "\n" + m.render(pick("body")).quoted()
            parts = parts + "\n\n" + m.render(pick("qhdr"), ns="h:") + "\n" + q.quoted()
        elif r < 0.7:
            parts = parts + "\n\n" + m.render(pick("fwd"), ns="f:") + "\n\n" + m.render(pick("body"))
        if rng.random() < 0.35:
            parts = parts + "\n\n" + m.render(pick("disc"), ns="d:")
        text = parts
    elif ch in PUBLIC:
        text = m.render(pick("popen"), ns="o:") + body + m.render(pick("ptail"), ns="t:")
    else:
        text = body
        if ch in ("whatsapp", "telegram") and rng.random() < 0.3:
            text = m.render(rng.choice(G["wa"]), ns="w:") + text
        if rng.random() < 0.25:
            text = text + "\n" + m.render(pick("body"))
    vis = "public" if ch in PUBLIC else "private"
    rec = {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": ch, "lang": lang, "visibility": vis, "text": text.text,
           "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(text.spans, key=lambda x: x[1])],
           "negatives": [{"kind": k, "start": s, "end": e} for k, s, e, _ in sorted(text.negs, key=lambda x: x[1])]}
    return rec, text


# ------------------------------------------------------------------ checks
def check(rec):
    t = rec["text"]
    iv = []
    for sp in rec["spans"] + rec["negatives"]:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(t), (rec["id"], sp)
        v = t[s:e]
        assert v == v.strip(), (rec["id"], repr(v))
        iv.append((s, e, sp))
    iv.sort(key=lambda x: x[0])
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], (rec["id"], a, b)
    for sp in rec["spans"]:
        v = t[sp["start"]:sp["end"]]
        if sp["type"] == "card":
            d = re.sub(r"\D", "", v)
            assert V.luhn_ok(d) and len(d) in (15, 16), (rec["id"], v)
        if sp["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if sp["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def write_readme(path, seed, stats):
    L = []
    L.append("# Blind scrub corpus blind123: pharmacies, funeral & life insurance, photo printing, gyms, salons, movers\n")
    L.append("This corpus was written **blind**: its author did not open, list, grep or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (no other corpus, scorer or generator), "
             "and did not read git history. It was written only from public knowledge of how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nPharmacies (including customers living or travelling abroad ordering medicine, foreign addresses/phones/IBANs), "
             "funeral and life insurance (policy numbers, deceased relatives' BSN / Belgian national register numbers, payout IBANs), "
             "photo printing services (orders, tracking, API keys/tokens of studio integrations, checksums), gyms and personal trainers "
             "(member numbers, locker codes, guest wifi), hairdressers and beauty salons (bookings, vouchers, card payments), moving companies "
             "(old/new addresses, key safe/alarm/gate codes, meter readings, EAN codes, router passwords). Dutch, Flemish, Belgian French, UK and US "
             "customers; all channels; typos; e-mail signatures, quoted and forwarded history; agent replies.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/{DIR}\npython3 generate_blind.py --seed {seed}\n```\n\nModules: `values.py` (value generators "
             "with checksums), `pools.py` (filler pools), `templates_nl.py`, `templates_fr.py`, `templates_en.py` (templates per language), "
             "`generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n\nEvery template group (bodies per language/region, agent replies, greetings, closings, signatures, quote headers, "
             "forward headers, disclaimers, public openers/tails, e-mail filler sentences, subject lines, chat-paste prefixes) is dealt "
             "alternately: even index to dev, odd index to heldout. Every filler pool (first/last names, mail domains, streets, cities, brands, "
             "agents, agent initials, SSIDs, model numbers, mentions, hashtags, URLs) is dealt the same way. Each half uses its own "
             "`random.Random(seed * 2 + half)`. Value *formats* (how a phone or IBAN is grouped) are shared code, not templates. Typos are "
             "injected only into template literal text (cue words and prose), never into values or fillers.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only; cue words, quotes and trailing punctuation are outside.\n"
             "- Every occurrence is labelled, including repeats in agent replies and in `> ` quoted history (the quote prefix inside a "
             "multi-line value, e.g. an address broken over lines, stays inside the span).\n"
             "- Multi-line addresses (street line + postcode/city line) are one `address` span including the newline(s).\n"
             "- Policy, contract, member, patient, health-insurance (mutualiteit) and EAN connection numbers are `customer_number`.\n"
             "- Belgian national register numbers are labelled `bsn`; in Belgian messages a `bsn` slot is a national register number 70% of the time.\n"
             "- AWS access key id and secret are both `api_key`; JWT / `ghp_` / `ya29.` / bare hex after 'token' are `token`.\n"
             "- OTPs dictated as words (\"vier acht twee ...\") are one `otp` span from the first to last word.\n"
             "- Door, alarm, gate, garage, key safe, locker and parcel-locker codes are `pin`; SIM PIN also `pin`.\n"
             "- Router admin passwords are `password`; wifi network keys are `wifi_key`; SSIDs are not labelled.\n"
             "- Names, cities alone, countries, brands, agent names/initials and macro placeholders are not labelled and not negatives.\n"
             "- Masked values (`****1234`, `NL** ...`, `j***@gmail.com`, `06-****5678`) are `masked_value` negatives.\n"
             "- Company service numbers (0800/088/0900/078/1-800 ...) are `company_phone` negatives; KvK/BTW/BCE/Company No./EIN/SIREN are `company_registration`.\n"
             "- Quantities include packs of medicine, prints, sessions, boxes; percentages include VAT and premium increases.\n"
             "- Agent replies with a temporary password or wifi key are labelled like customer values.\n")
    L.append("## Known limitations\n\n- Template based: sentence frames repeat within a half (about 20-30 body frames per language per half), "
             "values vary.\n- Some value combinations are implausible (e.g. a Dutch BSN in an English message from an expat is intended, but "
             "foreign address formats are simplified).\n- Foreign (ES/FR/PT) IBANs pass mod-97 but national check digits are random.\n"
             "- Hex checksums, hex tokens and hex API keys share a shape; only the cue word differs.\n- No HTML e-mails, no emoji-heavy text.\n")
    L.append("## Counts\n")
    for half in ("dev", "heldout"):
        st = stats[half]
        L.append(f"### {half}\n\nMessages: {st['n']}\n\n| span type | count | distinct templates |\n|---|---:|---:|")
        for t, c in sorted(st["spans"].items()):
            L.append(f"| {t} | {c} | {len(st['span_tids'][t])} |")
        L.append("\n| negative kind | count |\n|---|---:|")
        for t, c in sorted(st["negs"].items()):
            L.append(f"| {t} | {c} |")
        L.append("\n| channel | count |\n|---|---:|")
        for t, c in sorted(st["ch"].items()):
            L.append(f"| {t} | {c} |")
        L.append("\n| lang | count |\n|---|---:|")
        for t, c in sorted(st["lang"].items()):
            L.append(f"| {t} | {c} |")
        L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261321)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(a.seed * 2 + half)
        G = build_groups(half)
        pools = split_pools(half)
        st = {"n": 0, "spans": Counter(), "span_tids": defaultdict(set), "negs": Counter(), "ch": Counter(), "lang": Counter()}
        with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                rec, piece = make_message(rng, G, pools, half, i)
                check(rec)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                st["n"] += 1
                st["ch"][rec["channel"]] += 1
                st["lang"][rec["lang"]] += 1
                for t, s, e, tid in piece.spans:
                    st["spans"][t] += 1
                    st["span_tids"][t].add(tid)
                for k, s, e, tid in piece.negs:
                    st["negs"][k] += 1
        stats[name] = st
    write_readme(os.path.join(here, "README.md"), a.seed, stats)
    print({k: v["n"] for k, v in stats.items()})


if __name__ == "__main__":
    main()
