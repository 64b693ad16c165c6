#!/usr/bin/env python3
"""Blind scrub corpus generator blind21 (standard library only).

Usage: python3 generate_blind.py --seed 20261219
Writes dev.jsonl and heldout.jsonl next to this file, or nothing (exit 1) if a check fails.
"""
import argparse
import json
import os
import re
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import core  # noqa: E402
from core import HIGH, OTHER, NEG_KINDS, VALUE, SPAN_TYPE, n_value, grp  # noqa: E402
from phrases import PHR, POOLS, BRANDS, STREETS, CITIES  # noqa: E402
from templates import T  # noqa: E402

PREFIX = "b21"
SLOT = re.compile(r"\{([@!~]?)([a-z_]+)\}")
LANGS = [("nl", 45), ("nl-be", 15), ("fr-be", 15), ("en-gb", 13), ("en-us", 12)]
TLANG = {"nl": ["nl"], "nl-be": ["be"], "fr-be": ["fr"], "en-gb": ["gb", "en"], "en-us": ["us", "en"]}
CHANNELS = {
    "chat": ["whatsapp", "whatsapp", "whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"],
    "public": ["x_public", "x_public", "facebook_comment", "instagram_comment"],
    "mail": ["email"],
    "agent": ["agent_reply"],
}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
BRAND_ALIAS = {"hospital": "hosp"}


def deal(seq):
    """Alternate items into two halves (independent of the seed)."""
    return [seq[0::2], seq[1::2]]


def build_halves():
    halves = [dict(pools={}, phr={}, tpl=[]) for _ in range(2)]
    for k, v in POOLS.items():
        for h, part in enumerate(deal(v)):
            halves[h]["pools"][k] = part
    for k, v in BRANDS.items():
        for h, part in enumerate(deal(v)):
            halves[h]["pools"]["brand_" + k] = part
    for name, src in (("street", STREETS), ("city", CITIES)):
        for h in range(2):
            halves[h]["pools"][name] = {}
        for lang, v in src.items():
            for h, part in enumerate(deal(v)):
                halves[h]["pools"][name][lang] = part
    for typ, bylang in PHR.items():
        for g, v in bylang.items():
            for h, part in enumerate(deal(v)):
                halves[h]["phr"].setdefault(typ, {})[g] = part
    # templates: grouped by language, then family/register, dealt alternately within language
    bylang = defaultdict(list)
    for i, t in enumerate(T):
        bylang[t[0]].append((t[1], t[2], i, t))
    for lang in sorted(bylang):
        items = sorted(bylang[lang])
        for h, part in enumerate(deal(items)):
            halves[h]["tpl"].extend((x[2], x[3]) for x in part)
    return halves


def template_types(text, phr):
    types = set()
    for m in SLOT.finditer(text):
        pre, name = m.groups()
        if pre == "@":
            for g in phr.get(name, {}).values():
                for p in g:
                    types |= template_types(p, {})
            if name in ("login",):
                types |= {"username", "password"}
            else:
                types.add(name)
        elif pre == "":
            types.add(SPAN_TYPE.get(name, name))
    return types


class Renderer:
    def __init__(self, half, r):
        self.h = half
        self.r = r
        self.phr_used = Counter()
        self.ctx_used = Counter()

    def fill(self, name, lang):
        P = self.h["pools"]
        r = self.r
        if name.startswith("brand_"):
            key = "brand_" + BRAND_ALIAS.get(name[6:], name[6:])
            return r.choice(P[key])
        return r.choice(P[name])

    def expand(self, text, lang):
        g = grp(lang)
        for _ in range(5):
            m = re.search(r"\{@([a-z_]+)\}", text)
            if not m:
                break
            typ = m.group(1)
            opts = self.h["phr"][typ].get(g) or self.h["phr"][typ]["nl"]
            p = self.r.choice(opts)
            self.phr_used[(typ, p)] += 1
            text = text[:m.start()] + p + text[m.end():]
        return text

    def render(self, text, lang, values=None):
        """Return text, spans, negatives for a template piece."""
        text = self.expand(text, lang)
        out, spans, negs, pos = [], [], [], 0
        last = 0
        P = dict(self.h["pools"])
        P["street"] = self.h["pools"]["street"]
        P["city"] = self.h["pools"]["city"]
        for m in SLOT.finditer(text):
            out.append(text[last:m.start()])
            pos += m.start() - last
            pre, name = m.groups()
            if pre == "~":
                val = self.fill(name, lang)
            elif pre == "!":
                val = n_value(name, self.r, P, lang)
                negs.append({"kind": core.NEG_ALIAS.get(name, name), "start": pos, "end": pos + len(val)})
            else:
                val = VALUE[name](self.r, P, lang)
                left = text[:m.start()].split("\n")[-1][-28:]
                right = text[m.end():].split("\n")[0][:12]
                ctx = SLOT.sub(lambda z: "<" + z.group(2) + ">", left + "|" + right)
                self.ctx_used[(SPAN_TYPE.get(name, name), ctx)] += 1
                spans.append({"type": SPAN_TYPE.get(name, name), "start": pos, "end": pos + len(val)})
            out.append(val)
            pos += len(val)
            last = m.end()
        out.append(text[last:])
        return "".join(out), spans, negs


def join(parts):
    text, spans, negs = "", [], []
    for t, s, n in parts:
        off = len(text)
        spans += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in s]
        negs += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in n]
        text += t
    return text, spans, negs


MAIL = {
    "nl": dict(subj=["Onderwerp: vraag namens mijn moeder", "Onderwerp: inloggen lukt niet", "Onderwerp: Re: uw brief van {!date}",
                     "Onderwerp: declaratie vader", "Onderwerp: dringend", "Onderwerp: wijziging gegevens"],
               greet=["Geachte heer/mevrouw,", "Beste medewerker,", "Goedemiddag,", "Geachte klantenservice,", "Hallo,"],
               filler=["Excuses voor de lange mail, ik ben niet zo handig met computers.",
                       "Ik heb al twee keer gebeld maar werd steeds doorverbonden.",
                       "Alvast hartelijk dank voor de moeite.", "Ik hoop dat u mij hiermee kunt helpen."],
               close=["Met vriendelijke groet,", "Met vriendelijke groeten,", "Hartelijke groet,", "Mvg,"],
               quote=["Op {!date} om {!time} schreef Klantenservice:\n> Beste klant,\n> Wij hebben uw vraag ontvangen onder nummer {!ticket_number}.\n> Bel ons op {!company_phone} als u nog vragen heeft.", "Op {!date} om {!time} schreef {~first} {~last} <{email}>:\n> Goedemiddag, ik heb nog steeds niets gehoord over mijn vraag ({!ticket_number}).\n> Mijn moeder belt mij elke dag hierover.",
                      "Van: {~first} {~last} <{email}>\nVerzonden: {!date} {!time}\nAan: Klantenservice\nOnderwerp: vraag\n\nIk wacht nog steeds op antwoord over factuur {!invoice_number}.",
                      "-----Oorspronkelijk bericht-----\nVan: Klantenservice\nVerzonden: {!date}\n\nGeachte heer/mevrouw, uw klantnummer is {customer_number}. Met vriendelijke groet, {~agent}"]),
    "be": dict(subj=["Onderwerp: vraag voor mijn moeder", "Onderwerp: terugbetaling", "Onderwerp: probleem met aanmelden"],
               greet=["Beste,", "Geachte,", "Dag mevrouw, meneer,"],
               filler=["Alvast bedankt.", "Ik hoop op een snel antwoord.", "Mijn moeder is 87 en geraakt er zelf niet meer aan uit."],
               close=["Met vriendelijke groeten,", "Vriendelijke groeten,", "Mvg"],
               quote=["Op {!date} om {!time} schreef {~first} {~last} <{email}>:\n> Ik stuur de bijlage opnieuw, dossier {!ticket_number}.", "Op {!date} schreef de klantendienst:\n> Dossier {!ticket_number} werd aangemaakt.\n> Bel {!company_phone} voor dringende vragen.",
                      "Van: {~first} {~last} <{email}>\nVerzonden: {!date}\nAan: info\n\nIk heb nog geen antwoord gekregen."]),
    "fr": dict(subj=["Objet : demande pour ma mère", "Objet : remboursement", "Objet : problème de connexion"],
               greet=["Madame, Monsieur,", "Bonjour,", "Chère Madame,"],
               filler=["Merci d'avance pour votre aide.", "J'ai déjà appelé deux fois sans succès.", "Ma mère a 86 ans et ne se débrouille plus avec internet."],
               close=["Bien à vous,", "Cordialement,", "Salutations distinguées,"],
               quote=["Le {!date} à {!time}, {~first} {~last} <{email}> a écrit :\n> Je renvoie ma demande, dossier {!ticket_number}.", "Le {!date}, le service clients a écrit :\n> Votre dossier {!ticket_number} est en cours.",
                      "De : {~first} {~last} <{email}>\nEnvoyé : {!date}\nÀ : service clients\n\nJe n'ai toujours pas de réponse."]),
    "en": dict(subj=["Subject: query on behalf of my mum", "Subject: Re: your letter dated {!date}", "Subject: can't log in",
                     "Subject: urgent - my father's account", "Subject: change of details"],
               greet=["Dear Sir or Madam,", "Hello,", "Hi there,", "To whom it may concern,", "Good afternoon,"],
               filler=["Apologies for the long email.", "I have been on hold for over an hour twice now.",
                       "Many thanks in advance.", "I would be grateful for a quick reply as she is very worried."],
               close=["Kind regards,", "Many thanks,", "Best wishes,", "Yours faithfully,", "Thanks,"],
               quote=["On {!date} at {!time}, Customer Care wrote:\n> Hello,\n> Your reference is {!ticket_number}.\n> Call {!company_phone} if anything changes.", "On {!date} at {!time}, {~first} {~last} <{email}> wrote:\n> Hi, just chasing this again - reference {!ticket_number}.\n> Mum is getting quite anxious about it.",
                      "-----Original Message-----\nFrom: {~first} {~last} <{email}>\nSent: {!date} {!time}\nTo: Customer Care\nSubject: refund\n\nStill waiting on invoice {!invoice_number}."]),
}


def mail_key(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(lang, "en")


def wrap(rd, lang, reg, chan, body, clean):
    r = rd.r
    if reg == "mail":
        M = MAIL[mail_key(lang)]
        parts = []
        if r.random() < 0.7:
            parts.append(rd.render(r.choice(M["subj"]) + "\n\n", lang))
        parts.append(rd.render(r.choice(M["greet"]) + "\n\n", lang))
        parts.append(body)
        if r.random() < 0.6:
            parts.append(rd.render("\n\n" + r.choice(M["filler"]), lang))
        sig = "\n\n" + r.choice(M["close"]) + "\n{~first} {~last}"
        if not clean or r.random() < 0.35:
            sig += r.choice(["\n{address_ml}\n{phone}\n{email}", "\n{address_ml}", "\n{phone}", "\nTel: {phone}\nE-mail: {email}", "\n{email}", ""])
        parts.append(rd.render(sig, lang))
        if (not clean or r.random() < 0.3) and r.random() < 0.45:
            parts.append(rd.render("\n\n" + r.choice(M["quote"]), lang))
        return join(parts)
    if chan in PUBLIC and r.random() < 0.5 and not body[0].startswith("@"):
        handle = "{!mention} "
        return join([rd.render(handle, lang), body])
    return body


def make_record(rd, lang, t, idx):
    _, fam, reg, text = t
    r = rd.r
    chan = r.choice(CHANNELS[reg])
    body = rd.render(text, lang)
    clean = fam.startswith("neg")
    txt, spans, negs = wrap(rd, lang, reg, chan, body, clean)
    return {"channel": chan, "lang": lang, "visibility": "public" if chan in PUBLIC else "private",
            "text": txt, "spans": spans, "negatives": negs, "_tpl": idx, "_fam": fam}


def gen_half(h, half, seed, n_target):
    r = random.Random(seed * 2 + h)
    rd = Renderer(half, r)
    by_lang = defaultdict(list)
    for idx, t in half["tpl"]:
        by_lang[t[0]].append((idx, t))
    types_of = {idx: template_types(t[3], PHR) for idx, t in half["tpl"]}
    recs = []

    def pick(lang, want=None):
        opts = [x for tl in TLANG[lang] for x in by_lang.get(tl, [])]
        if want and want.startswith("!"):
            opts = [x for x in opts if "{" + want + "}" in x[1][3]]
            if not opts:
                return None
        elif want:
            opts = [x for x in opts if want in types_of[x[0]]]
            if not opts:
                return None
        hr = [x for x in opts if types_of[x[0]] & set(HIGH)]
        neg = [x for x in opts if x[1][1].startswith("neg")]
        rest = [x for x in opts if x not in hr and x not in neg]
        u = r.random()
        pool = hr if (u < 0.52 and hr) else neg if (u < 0.87 and neg) else (rest or opts)
        return r.choice(pool)

    langs, weights = zip(*LANGS)
    for _ in range(n_target):
        lang = r.choices(langs, weights)[0]
        idx, t = pick(lang)
        recs.append(make_record(rd, lang, t, idx))
    # top up so that every high-risk type has >= 44 spans and every other type/negative >= 6
    for _ in range(2000):
        c = Counter(s["type"] for x in recs for s in x["spans"])
        nk = Counter(n["kind"] for x in recs for n in x["negatives"])
        need = [k for k in HIGH if c[k] < 44] + [k for k in OTHER if c[k] < 6] + ["!" + k for k in NEG_KINDS if nk[k] < 20]
        if not need:
            break
        want = need[0]
        for _ in range(50):
            lang = r.choices(langs, weights)[0]
            got = pick(lang, want)
            if got:
                break
        if not got:
            break
        idx, t = got
        recs.append(make_record(rd, lang, t, idx))
    for i, x in enumerate(recs):
        x["id"] = "%s-%s-%05d" % (PREFIX, "dev" if h == 0 else "heldout", i)
    return recs, rd.ctx_used


VALIDATE = {
    "card": lambda v: core.luhn_ok(v) and len([c for c in v if c.isdigit()]) in (15, 16, 19),
    "iban": core.iban_ok,
    "bsn": core.bsn_ok,
}


def check(halves_recs, halves):
    errs = []
    for h, recs in enumerate(halves_recs):
        for x in recs:
            t = x["text"]
            if SLOT.search(t) or "{" in t or "}" in t:
                errs.append((x["id"], "placeholder"))
            items = sorted([(s["start"], s["end"], "S", s["type"]) for s in x["spans"]] +
                           [(n["start"], n["end"], "N", n["kind"]) for n in x["negatives"]])
            for a, b in zip(items, items[1:]):
                if b[0] < a[1]:
                    errs.append((x["id"], "overlap", a, b))
            for s, e, k, typ in items:
                if not (0 <= s < e <= len(t)):
                    errs.append((x["id"], "offsets"))
                    continue
                v = t[s:e]
                if v != v.strip():
                    errs.append((x["id"], "whitespace", typ, v))
                if k == "S" and typ in VALIDATE and not VALIDATE[typ](v):
                    errs.append((x["id"], "checksum", typ, v))
                if k == "S" and typ in ("password", "wifi_key", "api_key", "token", "username") and (" " in v or v[-1] in ".,!?;:"):
                    errs.append((x["id"], "secret shape", typ, v))
            if (x["visibility"] == "public") != (x["channel"] in PUBLIC):
                errs.append((x["id"], "visibility"))
        c = Counter(s["type"] for x in recs for s in x["spans"])
        nk = Counter(n["kind"] for x in recs for n in x["negatives"])
        for k in HIGH:
            if c[k] < 40:
                errs.append(("half%d" % h, "too few", k, c[k]))
        for k in OTHER:
            if c[k] == 0:
                errs.append(("half%d" % h, "missing type", k))
        for k in NEG_KINDS:
            if nk[k] == 0:
                errs.append(("half%d" % h, "missing negative", k))
        n = len(recs)
        if sum(1 for x in recs if not x["spans"]) < 0.25 * n:
            errs.append(("half%d" % h, "<25% without spans"))
        if sum(1 for x in recs if any(s["type"] in HIGH for s in x["spans"])) < 0.45 * n:
            errs.append(("half%d" % h, "<45% high risk"))
        if sum(1 for x in recs if x["negatives"]) < 0.30 * n:
            errs.append(("half%d" % h, "<30% with negatives"))
    a = {x["_tpl"] for x in halves_recs[0]}
    b = {x["_tpl"] for x in halves_recs[1]}
    if a & b:
        errs.append(("template in both halves", sorted(a & b)))
    for k, v in halves[0]["pools"].items():
        w = halves[1]["pools"][k]
        pairs = [(v[l], w[l]) for l in v] if isinstance(v, dict) else [(v, w)]
        for a0, b0 in pairs:
            if set(a0) & set(b0):
                errs.append(("pool shared", k))
    return errs


def phrasing_counts(used):
    """Distinct textual phrasings (cue + surrounding words, values masked) per high-risk type."""
    return {k: len({c for (t, c) in used if t == k}) for k in HIGH}


README_HEAD = """# blind21 - blind labelled scrub corpus

Record id prefix `b21`. Files: `dev.jsonl`, `heldout.jsonl` (one JSON message per line), `generate_blind.py`
(entry point) with its data modules `core.py` (value generators, Luhn/mod-97/11-proof, negatives),
`phrases.py` (cue phrasings and name/street/brand pools) and `templates.py` (message templates), and
`stats.json` (the same counts as below, machine readable).

Regenerate: `python3 generate_blind.py --seed {seed}` (seed **{seed}**; standard library only, Python 3.11).
The generator checks every record before writing and exits 1 without writing anything if a check fails.

## How it was written (blind)

Written from the task brief only, plus general knowledge of how customers of Dutch, Belgian, UK and US
insurers, health insurers, hospitals, pharmacies, pension funds, municipalities/tax offices, housing
corporations, utilities, telcos, banks, web shops, airlines and API platforms write to customer care.
I did NOT open, read, grep or run anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/`
(other than this directory), `bench/`, `docs/scrubbing.md`, or any other corpus or generator in the
repository, and I did not run the scrubber or any scorer on this data. The only things I read were my
task brief and the files in this directory. The companies written to, people, streets,
e-mail domains (`*.example`) and values are fictional; cards pass Luhn, IBANs pass mod-97, BSNs pass the
11-proof, phones use fictional ranges (NL 06-1.../020, BE 04xx, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx).

Emphasis: older customers and relatives writing on their behalf ("namens mijn vader", "pour ma mère",
"for my mum"), long polite e-mails (subject, greeting, filler, sign-off, signature with multi-line address,
quoted history with Outlook/"Op ... schreef"/"On ... wrote" headers that contain the customer's e-mail)
and short WhatsApp bursts; hand-typed forms, pasted letters, answers to an agent's numbered questions,
voice-dictated values (spelled-out digits "vier zeven een negen", split digits "4 7 1 9"), DigiD/itsme-like
and insurer portal logins (username + password + SMS code), card/phone PINs and PUKs, home wifi keys,
and many nearby non-sensitive numbers (hard negatives).

Labelling decisions worth knowing: policy, patient, member, relation, contract and tenant numbers of
the customer are `customer_number`; claim/case/dossier/reference numbers of the company are
`ticket_number` negatives; spoken or split PINs/OTPs are one span covering all words/groups; OTPs with
a letter prefix ("G-482913") include the prefix; multi-line signature addresses are one span; personal
names, SSIDs, cities alone and agent names are not labelled. US/UK "IBAN" values are foreign IBANs.
Device models (Fritz!Box 7590, iPhone 15 Pro, H369A ...) and public schemes (DigiD, itsme, Bancontact)
are named as customers name them; every company the customer writes to is fictional.
Public-channel messages include some accidental leaks of secrets; agent replies both ask for data
(numbered questions, never a value) and sometimes repeat it (temporary passwords, IBAN, address).
"Distinct phrasings" below counts the distinct textual contexts (the line-local 28 characters before
and 12 after the value, with values masked) in which each high-risk type occurs.

## Split rule

Templates are grouped by language; within each language they are sorted by (family, register,
template index) and dealt alternately to dev and heldout (independent of the seed), so no template
appears in both halves. Cue phrasings (per type and language group) and the pools of first names,
surnames, password words, e-mail domains, brands (per sector), streets, cities, hashtags, handles,
sites, SSIDs and agent names are dealt alternately the same way, so the halves share none of them.
Random values come from one `random.Random` per half (seed*2 and seed*2+1). After the base 850
messages per half, messages are topped up from templates that contain a type still below its quota
(>= 44 spans for every high-risk type, >= 6 for other types, >= 20 for every negative kind).

Checks (exit 1 on failure): offsets inside the text, spans/negatives never start or end with
whitespace, Luhn / mod-97 / 11-proof, secret shapes (no spaces / trailing punctuation for passwords,
usernames, wifi keys, keys and tokens), no overlapping spans, no negative overlapping a span, no
unrendered placeholder, every label type and negative kind in both halves, >= 40 spans and >= 12
distinct phrasings (textual contexts of the value, values masked) per high-risk type per half,
>= 25 % of messages without spans, >= 45 % with a high-risk span, >= 30 % with negatives, no
template in both halves, no shared name/brand pools.

## Heldout

**Detector authors must never open `heldout.jsonl` or the generator (or its data modules); they may
only run a scorer over it and report numbers.** `dev.jsonl` may be read and used for debugging.

## Counts per half
"""


def write_readme(stats, seed):
    out = [README_HEAD.replace("{seed}", str(seed))]
    halves = list(stats)
    def table(title, key):
        keys = sorted(set().union(*(stats[h][key] for h in halves)))
        out.append("\n### " + title + "\n\n| " + title.lower() + " | " + " | ".join(halves) + " |\n|---|" + "---|" * len(halves))
        for k in keys:
            out.append("| " + k + " | " + " | ".join(str(stats[h][key].get(k, 0)) for h in halves) + " |")
    out.append("| | " + " | ".join(halves) + " |\n|---|" + "---|" * len(halves))
    for k in ("messages", "no_span", "high_risk_msgs", "with_negatives", "templates"):
        out.append("| " + k + " | " + " | ".join(str(stats[h][k]) for h in halves) + " |")
    table("Span types", "spans")
    table("Negative kinds", "negatives")
    table("Channels", "channels")
    table("Languages", "langs")
    table("Distinct phrasings per high-risk type", "cue_phrasings_used")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261219)
    ap.add_argument("--per-half", type=int, default=850)
    a = ap.parse_args()
    halves = build_halves()
    results = [gen_half(h, halves[h], a.seed, a.per_half) for h in range(2)]
    recs = [x[0] for x in results]
    errs = check(recs, halves)
    for h in range(2):
        for k, v in phrasing_counts(results[h][1]).items():
            if v < 12:
                errs.append(("half%d" % h, "fewer than 12 phrasings", k, v))
    if errs:
        for e in errs[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    stats = {}
    for h, name in enumerate(("dev", "heldout")):
        rs = recs[h]
        stats[name] = dict(
            messages=len(rs),
            spans=dict(sorted(Counter(s["type"] for x in rs for s in x["spans"]).items())),
            negatives=dict(sorted(Counter(n["kind"] for x in rs for n in x["negatives"]).items())),
            channels=dict(sorted(Counter(x["channel"] for x in rs).items())),
            langs=dict(sorted(Counter(x["lang"] for x in rs).items())),
            no_span=sum(1 for x in rs if not x["spans"]),
            high_risk_msgs=sum(1 for x in rs if any(s["type"] in HIGH for s in x["spans"])),
            with_negatives=sum(1 for x in rs if x["negatives"]),
            templates=len({x["_tpl"] for x in rs}),
            cue_phrasings_used=phrasing_counts(results[h][1]),
        )
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for x in rs:
                o = {k: x[k] for k in ("id", "channel", "lang", "visibility", "text", "spans", "negatives")}
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1, ensure_ascii=False)
    write_readme(stats, a.seed)
    print(json.dumps(stats, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
