#!/usr/bin/env python3
"""Seeded generator for the blind84 scrub corpus (cars & mobility, charities).

Usage: python3 generate_blind.py --seed 20261282
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import values as V  # noqa: E402
import pools  # noqa: E402
import templates_nl  # noqa: E402
import templates_fr  # noqa: E402
import templates_en  # noqa: E402

PREFIX = "b84"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHAN_W = [("email", 28), ("agent_reply", 10), ("x_public", 10), ("facebook_comment", 8), ("instagram_comment", 5),
          ("x_dm", 7), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 14), ("telegram", 5)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TMOD = {"nl": templates_nl, "fr": templates_fr, "en": templates_en}

FILLER = {
    "nl": ["Ik heb al drie keer gebeld maar kom steeds in de wacht.", "Excuses voor de lange mail, maar ik wil het goed uitleggen.",
           "Vorige keer werd ik ook al van het kastje naar de muur gestuurd.", "Het is echt dringend want ik heb de auto nodig voor mijn werk.",
           "Zie ook de foto in de bijlage.", "Ik hoop dat jullie dit snel kunnen oplossen."],
    "fr": ["J'ai déjà appelé trois fois sans succès.", "Désolé pour le long message mais je veux être clair.",
           "La dernière fois on m'a aussi renvoyé d'un service à l'autre.", "C'est urgent, j'ai besoin de la voiture pour le travail.",
           "Voir photo en pièce jointe.", "J'espère une solution rapide."],
    "en": ["I've already rung three times and got stuck on hold.", "Sorry for the long email but I want to explain properly.",
           "Last time I was passed from pillar to post as well.", "It's urgent as I need the car for work.",
           "Photo attached.", "Hoping you can sort this quickly."],
}

TOKEN_RE = re.compile(r"\{([!=]?)([a-z_]+)(?::(\w+))?\}")
AUTO_TAG = {"customer_number": "c", "iban": "i", "phone": "p"}


def tl_of(lang):
    return "nl" if lang in ("nl", "nl-be") else ("fr" if lang == "fr-be" else "en")


class Piece:
    def __init__(self, text="", spans=None, negs=None):
        self.text = text
        self.spans = spans or []   # (type, start, end, tid)
        self.negs = negs or []     # (kind, start, end)

    def add(self, other):
        off = len(self.text)
        if isinstance(other, str):
            self.text += other
            return self
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]
        return self


def quote(piece, prefix="> "):
    out, mapping = [], []
    at_line_start = True
    for ch in piece.text:
        if at_line_start:
            out.append(prefix)
        mapping.append(sum(len(x) for x in out))
        out.append(ch)
        at_line_start = ch == "\n"
    text = "".join(out)
    mapping.append(len(text))

    def m(i):
        return mapping[i]
    # an offset exactly at end-of-piece maps to len
    return Piece(text, [(t, m(s), m(e - 1) + 1, tid) for t, s, e, tid in piece.spans],
                 [(k, m(s), m(e - 1) + 1) for k, s, e in piece.negs])


def typo_word(rng, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def typo_text(rng, text, rate):
    if rate <= 0:
        return text
    parts = re.split(r"(\W+)", text)
    return "".join(typo_word(rng, p) if rng.random() < rate else p for p in parts)


class Gen:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.P = {k: v[half::2] for k, v in pools.POOLS.items()}
        self.P["loc"] = lambda lang: pools.LOC[lang]
        self.T = {}
        for tl, mod in TMOD.items():
            d = {"bodies": {g: lst[half::2] for g, lst in mod.BODIES.items()}}
            for name in ("AGENT", "GREET", "CLOSE", "SIG", "QHEAD", "DISCLAIM", "AGENT_SIG", "CHAT_OPEN", "CHAT_TAIL"):
                d[name] = getattr(mod, name)[half::2]
            d["FILLER"] = FILLER[tl][half::2]
            self.T[tl] = d
        self.extra = {"nl-be": {g: l[half::2] for g, l in templates_nl.VL_BODIES.items()},
                      "en-us": {g: l[half::2] for g, l in templates_en.US_BODIES.items()}}

    # ---------------------------------------------------------- rendering
    def new_ctx(self, lang):
        r = self.rng
        first, last = r.choice(self.P["first"]), r.choice(self.P["last"])
        brand = r.choice(self.P["brands"])
        tld = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "co.uk", "en-us": "com"}[lang]
        loc = pools.LOC[lang]
        if loc == "nl":
            plate = r.choice(["%s-%02d-%s", "%02d-%s-%d"])
            plate = (plate % ("".join(r.choice("GHJKLNPRSTXZ") for _ in range(2)), r.randint(1, 99), "".join(r.choice("BDFGHJKLNPRSTXZ") for _ in range(2)))
                     if plate.startswith("%s") else plate % (r.randint(1, 99), "".join(r.choice("GHJKLNPRSTXZ") for _ in range(3)), r.randint(1, 9)))
        elif loc in ("vl", "wa"):
            plate = "%d-%s-%03d" % (r.randint(1, 2), "".join(r.choice(string.ascii_uppercase) for _ in range(3)), r.randint(0, 999))
        elif loc == "uk":
            plate = "%s%02d %s" % ("".join(r.choice("ABDEFGHKLMNPRSVWY") for _ in range(2)), r.randint(10, 74), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))
        else:
            plate = "%d%s%03d" % (r.randint(1, 9), "".join(r.choice(string.ascii_uppercase) for _ in range(3)), r.randint(0, 999))
        return {
            "vals": {}, "lang": lang,
            "fill": {
                "first": first, "last": last, "name": first + " " + last, "brand": brand,
                "org": r.choice(self.P["orgs"]), "car": r.choice(self.P["cars"]), "agent": r.choice(self.P["agents"]),
                "city": r.choice(self.P["city_" + loc]), "ssid": r.choice(self.P["ssids"]), "app": r.choice(self.P["apps"]),
                "plate": plate, "initials": "".join(r.choice("ABDEGJKLMNRSTW") for _ in range(2)),
                "macro": r.choice(["{first_name}", "<naam>", "[NAME]", "{{klant.voornaam}}", "%FIRSTNAME%", "{voornaam}"]),
                "bsn_cue": (r.choice(["rijksregisternummer", "rijksregisternr", "RRN", "INSZ-nummer"]) if lang == "nl-be"
                            else r.choice(["BSN", "burgerservicenummer", "bsn-nummer", "BSN nr"])),
                "domain": brand.lower().replace(" ", "") + "." + tld,
            },
        }

    def render(self, tpl, ctx, tid, typo_rate):
        r = self.rng
        p = Piece()
        pos = 0
        for m in TOKEN_RE.finditer(tpl):
            lit = tpl[pos:m.start()]
            p.add(typo_text(r, lit, typo_rate))
            pos = m.end()
            sigil, name, tag = m.group(1), m.group(2), m.group(3)
            if sigil == "=":
                p.add(ctx["fill"][name])
            elif sigil == "!":
                v = V.NEG_GEN[name](r, ctx["lang"], self.P)
                s = len(p.text)
                p.add(v)
                p.negs.append((V.NEG_ALIAS.get(name, name), s, s + len(v)))
            else:
                if tag and tag in ctx["vals"].get(name, {}):
                    v = ctx["vals"][name][tag]
                else:
                    v = V.SPAN_GEN[name](r, ctx["lang"], self.P)
                    t = tag or AUTO_TAG.get(name)
                    if t:
                        ctx["vals"].setdefault(name, {}).setdefault(t, v)
                s = len(p.text)
                p.add(v)
                p.spans.append((name, s, s + len(v), tid))
        p.add(typo_text(r, tpl[pos:], typo_rate))
        return p

    def pick(self, lst, label):
        i = self.rng.randrange(len(lst))
        return lst[i], "%s#%d" % (label, i)

    def body(self, lang, ctx, typo, public=False):
        r = self.rng
        tl = tl_of(lang)
        groups = self.T[tl]["bodies"]
        if lang in self.extra and r.random() < (0.35 if lang == "nl-be" else 0.2):
            g = r.choice(sorted(self.extra[lang]))
            tpl, tid = self.pick(self.extra[lang][g], lang + "/" + g)
        else:
            if public and r.random() < 0.55:
                g = "public"
            else:
                g = r.choice([x for x in sorted(groups) if x != "public"])
            tpl, tid = self.pick(groups[g], tl + "/" + g)
        return self.render(tpl, ctx, tid, typo), g

    def part(self, lang, name, ctx, typo):
        tl = tl_of(lang)
        tpl, tid = self.pick(self.T[tl][name], tl + "/" + name)
        return self.render(tpl, ctx, tid, typo)

    # ---------------------------------------------------------- messages
    def message(self, idx):
        r = self.rng
        lang = r.choices([l for l, _ in LANG_W], [w for _, w in LANG_W])[0]
        chan = r.choices([c for c, _ in CHAN_W], [w for _, w in CHAN_W])[0]
        ctx = self.new_ctx(lang)
        typo = 0 if r.random() < 0.6 else r.choice([0.04, 0.08, 0.12])
        tl = tl_of(lang)
        T = self.T[tl]
        p = Piece()
        if chan == "email":
            if r.random() < 0.3:
                subj = {"nl": ["Onderwerp: ", "Betreft: ", "Re: "], "fr": ["Objet : ", "Concerne : ", "RE: "], "en": ["Subject: ", "Re: ", "Fwd: "]}[tl]
                p.add(r.choice(subj) + r.choice(["Vraag", "Question", "Urgent", "Melding", "Dossier", "Account", "Refund"]) + "\n\n")
            p.add(self.part(lang, "GREET", ctx, typo)).add("\n\n")
            p.add(self.body(lang, ctx, typo)[0])
            for fl in r.sample(T["FILLER"], r.choice([1, 1, 2])):
                p.add(" " + typo_text(r, fl, typo))
            if r.random() < 0.6:
                p.add("\n\n").add(self.body(lang, ctx, typo)[0])
            p.add("\n\n").add(self.part(lang, "CLOSE", ctx, typo)).add("\n").add(self.part(lang, "SIG", ctx, typo))
            if r.random() < 0.8:
                q = self.part(lang, "QHEAD", ctx, typo)
                q.add("\n")
                inner = self.part(lang, "AGENT", ctx, typo)
                inner.add("\n\n").add(self.part(lang, "AGENT_SIG", ctx, typo))
                if r.random() < 0.5:
                    inner.add("\n\n").add(self.part(lang, "DISCLAIM", ctx, typo))
                if r.random() < 0.45:
                    inner.add("\n\n").add(self.part(lang, "QHEAD", ctx, typo)).add("\n")
                    orig = self.body(lang, ctx, typo)[0]
                    orig.add("\n\n").add(self.part(lang, "SIG", ctx, typo))
                    inner.add(quote(orig, "> "))
                p.add("\n\n").add(q).add(quote(inner, r.choice(["> ", ">", "> "])))
            elif r.random() < 0.6:
                p.add("\n\n--\n").add(self.part(lang, "DISCLAIM", ctx, typo))
        elif chan == "agent_reply":
            p.add(self.part(lang, "AGENT", ctx, typo))
            if r.random() < 0.35:
                p.add("\n\n").add(self.part(lang, "AGENT_SIG", ctx, typo))
        else:
            public = chan in PUBLIC
            if chan == "whatsapp" and r.random() < 0.25:
                pre = Piece()
                pre.add("[")
                for kind in ("time", "date"):
                    v = V.NEG_GEN[kind](r, lang, self.P)
                    s = len(pre.text)
                    pre.add(v)
                    pre.negs.append((kind, s, s + len(v)))
                    pre.add(", " if kind == "time" else "] ")
                pre.add(ctx["fill"]["first"] + ": ")
                p.add(pre)
            elif not public and r.random() < 0.4:
                p.add(self.part(lang, "CHAT_OPEN", ctx, typo))
            b, g = self.body(lang, ctx, typo, public=public)
            if public and g != "public" and r.random() < 0.75:
                v = V.NEG_GEN["mention"](r, lang, self.P)
                p.negs.append(("mention", len(p.text), len(p.text) + len(v)))
                p.add(v + " ")
            p.add(b)
            if not public and r.random() < 0.2:
                p.add("\n").add(self.body(lang, ctx, typo)[0])
            if not public and r.random() < 0.3:
                p.add(self.part(lang, "CHAT_TAIL", ctx, typo))
            if public and r.random() < 0.3:
                v = V.NEG_GEN["hashtag"](r, lang, self.P)
                p.add(" ")
                p.negs.append(("hashtag", len(p.text), len(p.text) + len(v)))
                p.add(v)
        return {
            "id": "%s-%s-%05d" % (PREFIX, "dev" if self.half == 0 else "heldout", idx),
            "channel": chan, "lang": lang, "visibility": "public" if chan in PUBLIC else "private",
            "text": p.text,
            "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(p.spans, key=lambda x: x[1])],
            "negatives": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(p.negs, key=lambda x: x[1])],
            "_tids": [(t, tid) for t, _, _, tid in p.spans],
        }


# -------------------------------------------------------------- self-check
def check(msg):
    text = msg["text"]
    items = [("span", d["type"], d["start"], d["end"]) for d in msg["spans"]] + \
            [("neg", d["kind"], d["start"], d["end"]) for d in msg["negatives"]]
    for what, kind, s, e in items:
        assert 0 <= s < e <= len(text), (msg["id"], kind, s, e)
        v = text[s:e]
        assert v == v.strip(), (msg["id"], kind, repr(v))
        assert v.strip(" .,;:") == v or kind in ("password", "wifi_key", "amount", "api_key", "token"), (msg["id"], kind, repr(v))
    items.sort(key=lambda x: (x[2], x[3]))
    for a, b in zip(items, items[1:]):
        assert a[3] <= b[2], (msg["id"], "overlap", a, b, text[a[2]:b[3]])
    for d in msg["spans"]:
        v = text[d["start"]:d["end"]]
        if d["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif d["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif d["type"] == "bsn":
            dg = "".join(c for c in v if c.isdigit())
            assert (len(dg) == 9 and V.bsn_ok(v)) or (len(dg) == 11 and V.rrn_ok(v)), (msg["id"], v)
    allowed_ch = {c for c, _ in CHAN_W}
    assert msg["channel"] in allowed_ch
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def build(seed, half):
    g = Gen(seed, half)
    msgs = []
    for i in range(N_PER_HALF):
        m = g.message(i)
        check(m)
        msgs.append(m)
    return msgs


def stats(msgs):
    st = {"n": len(msgs), "spans": collections.Counter(), "tids": collections.defaultdict(set),
          "negs": collections.Counter(), "chan": collections.Counter(), "lang": collections.Counter(), "email_sizes": []}
    for m in msgs:
        st["chan"][m["channel"]] += 1
        st["lang"][m["lang"]] += 1
        for d in m["spans"]:
            st["spans"][d["type"]] += 1
        for t, tid in m["_tids"]:
            st["tids"][t].add(tid)
        for d in m["negatives"]:
            st["negs"][d["kind"]] += 1
        if m["channel"] == "email":
            st["email_sizes"].append(len(m["text"].encode("utf-8")))
    return st


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(seed, sd, sh):
    L = []
    L.append("# Scrub corpus blind84 — cars & mobility, charities (written blind)\n")
    L.append("This corpus was written blind: its author did not open, read, grep, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), did not read git history, and did not run any scrubber or scorer. "
             "It was written from public knowledge of how platforms format messages and how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Cars and mobility plus charities: car dealers and garages (service appointments, APK/MOT, repairs, warranty), "
             "car leasing and lease contracts, roadside assistance / breakdown cover, EV charging cards, apps and home chargers, "
             "car sharing and scooter rental, and charities (recurring gifts, donor numbers, tax receipts / fiscal attests, "
             "Gift Aid, fundraising pages). Languages: Dutch (NL), Belgian Dutch, Belgian French, UK and US English.\n")
    L.append("## Generation\n")
    L.append("```\npython3 generate_blind.py --seed %d\n```\n" % seed)
    L.append("Python 3.11 standard library only. Modules: `values.py` (value generators, checksums), `pools.py` (filler pools), "
             "`templates_nl.py`, `templates_fr.py`, `templates_en.py` (templates per language and situation), `generate_blind.py` "
             "(engine, self-check, README). The generator fails loudly (assert) if a span/negative is out of range, has surrounding "
             "white space, overlaps another span or negative, or a card/IBAN/BSN/RRN fails its checksum.\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language x situation: garage, warranty, lease, roadside, ev, sharing, charity, "
             "fundraise, security, wallbox, payment, public; plus agent replies, greetings, closings, signatures, quote headers, "
             "disclaimers, agent signatures, chat openers/tails, e-mail filler sentences, Flemish-only and US-only groups). "
             "Each group's members are dealt alternately: even index to dev, odd index to heldout. Every filler pool (names, "
             "streets, cities, brands, charities, cars, agents, mentions, hashtags, URLs, model numbers, company phones and "
             "registrations, SSIDs, mail domains) is dealt the same way, so no template, frame, greeting, signature, quote "
             "block or filler value is shared. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only "
             "into literal template text (cue words included), never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("\n".join("- " + x for x in [
        "Span covers the value only, never the cue word; every occurrence is labelled, including values an agent or a quoted "
        "e-mail repeats (customer number, IBAN and phone are reused inside a message on purpose).",
        "Charge-card numbers, lease contract numbers, roadside membership numbers, donor/supporter numbers, car-sharing "
        "account IDs, EAN connection codes and MPAN-style supply numbers are `customer_number`.",
        "Belgian national register numbers (rijksregisternummer / numéro national) are `bsn`, with valid check digits "
        "(including the 2000+ rule).",
        "Charger EVSE IDs (NL*ALL*E…), part numbers and SKUs are `product_code` negatives; charger/scanner/scooter models are "
        "`model_number`; odometer and charger kWh meter readings are `meter_reading`; kWh, km, minutes are `quantity`.",
        "Waiting times and durations (`45 minuten`, `2 hours`) are `quantity` negatives, like kWh and km.",
        "Roadside case numbers, warranty claims, damage reports and complaint references are `ticket_number`.",
        "Charity registration numbers, ANBI RSIN (which passes the 11-proof like a BSN), EIN, KvK, BTW/TVA, "
        "ondernemingsnummer are `company_registration` negatives, including the cue text where it is part of the identifier "
        "string (e.g. `KvK 34187654`).",
        "Licence plates, personal names, cities, SSIDs, agent initials and macro placeholders are not labelled and not negatives.",
        "The time/date prefix of a pasted WhatsApp line (`[14:02, 12-3]`) is marked as `time` and `date` negatives.",
        "OTPs dictated as number words are a single `otp` span covering all words.",
        "A password value may end in punctuation (`!`, `#`) which belongs to the value.",
        "AWS access key ids and secrets are both `api_key`; JWT, GitHub, OAuth and bare hex tokens are `token`. "
        "Firmware checksums (bare hex) are `checksum` negatives: a deliberate look-alike of hex tokens.",
    ]) + "\n")
    L.append("## Known limitations\n")
    L.append("\n".join("- " + x for x in [
        "Template-based: sentence frames repeat within a half (values and fillers vary).",
        "Address, phone and date formats are generated from a finite set of patterns per locale.",
        "Some combinations are semantically odd (a random body group may be paired with an unrelated quoted agent reply).",
        "No VINs, UK National Insurance numbers or US SSNs are included (no label type for them).",
        "Company phone numbers come from a small fixed pool; a detector could memorise them, which the split limits.",
    ]) + "\n")
    L.append("## Counts\n")
    for name, st in (("dev", sd), ("heldout", sh)):
        L.append("### %s\n" % name)
        es = sorted(st["email_sizes"])
        L.append("Messages: %d (e-mails: %d, median e-mail size %d bytes)\n" % (st["n"], len(es), es[len(es) // 2] if es else 0))
        L.append(table([(t, c, len(st["tids"][t])) for t, c in sorted(st["spans"].items())], ["span type", "count", "distinct templates"]) + "\n")
        L.append(table(sorted(st["negs"].items()), ["negative kind", "count"]) + "\n")
        L.append(table(sorted(st["chan"].items()), ["channel", "count"]) + "\n")
        L.append(table(sorted(st["lang"].items()), ["lang", "count"]) + "\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = [build(a.seed, 0), build(a.seed, 1)]
    sts = [stats(h) for h in halves]
    for name, msgs in zip(("dev", "heldout"), halves):
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                m = {k: v for k, v in m.items() if not k.startswith("_")}
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, sts[0], sts[1]))
    print("dev %d, heldout %d" % (len(halves[0]), len(halves[1])))


if __name__ == "__main__":
    main()
