#!/usr/bin/env python3
"""Seeded generator for the blind116 webcare scrub corpus (Python 3.11 stdlib only).

Usage (inside this directory):  python3 generate_blind.py --seed 20261314
Writes dev.jsonl, heldout.jsonl and README.md.
"""
import argparse
import collections
import json
import os
import random
import re
import unicodedata

import frames as FRM
import negs as N
import pools as P
import values as V
from templates_fr_en import EN, FR
from templates_nl import NL, NLBE

PREFIX = "b116"
N_PER_HALF = 950
TPL = {"nl": NL, "nl-be": NLBE, "fr-be": FR, "en": EN}
TYPES = {"pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key",
         "user": "username", "api": "api_key", "tok": "token", "card": "card", "cvv": "cvv", "iban": "iban",
         "bsn": "bsn", "rrn": "bsn", "mail": "email", "tel": "phone", "addr": "address", "dob": "date_of_birth",
         "cust": "customer_number", "ean": "customer_number", "nino": "customer_number", "utr": "customer_number",
         "exp": "card_expiry", "ip": "ip_address"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 30), ("agent_reply", 12), ("x_public", 10), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 6), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 10), ("telegram", 7)]
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
SECTORS = [("dating", 9), ("subscription", 9), ("hotel", 9), ("holidaypark", 9), ("marina", 8), ("farmshop", 7),
           ("mealkit", 8), ("energy", 12), ("gov", 11), ("security", 6), ("neg", 10)]
PH = re.compile(r"<%(.+?)%>")
WORD = re.compile(r"(?<![\w{\[<@#/.])[A-Za-zÀ-ÿ]{4,}[,.!?:]?(?![\w}\]>@/])")


def lg(lang):
    return "en" if lang.startswith("en") else lang


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        d = lambda lst: lst[half::2]
        self.tpl = {g: {sec: [("%s:%s:%d" % (g, sec, i), t) for i, t in enumerate(lst) if i % 2 == half]
                        for sec, lst in secs.items()} for g, secs in TPL.items()}
        self.frm = {g: {k: [("%s:%s:%d" % (g, k, i), t) for i, t in enumerate(lst) if i % 2 == half]
                        for k, lst in fr.items()} for g, fr in FRM.F.items()}
        self.first = {k: d(v) for k, v in P.FIRST.items()}
        self.last = {k: d(v) for k, v in P.LAST.items()}
        self.street = {k: d(v) for k, v in P.STREET.items()}
        self.city = {k: d(v) for k, v in P.CITY.items()}
        self.brands = {k: d(v) for k, v in P.BRANDS.items()}
        self.agents = d(P.AGENTS)
        self.mentions = d(P.MENTIONS)
        self.urls = d(P.URLS)
        self.models = d(P.MODELS)
        self.ssids = d(P.SSIDS)
        self.hashtags = d(P.HASHTAGS)
        self.boats = d(P.BOATS)
        self.plates = d(P.PLATES)
        self.span_tpl = collections.defaultdict(set)

    # ------------------------------------------------------------ values
    def address(self, lang):
        r = self.rng
        st = r.choice(self.street[lang])
        pc, city = r.choice(self.city[lang])
        num = r.randint(1, 240)
        if lang == "nl":
            base = "%s %d%s" % (st, num, r.choice(["", "", "", "a", " B", "-2", "-II", " hs", "bis"]))
            pc2 = pc + r.choice([" ", ""]) + r.choice(["AB", "KL", "XT", "GH", "RS", "EP"])
            return r.choice([base, base + ", " + pc2 + " " + city, base + " " + pc2 + " " + city, base + ", " + city,
                             base + ", " + pc2 + " " + city.upper()])
        if lang in ("nl-be", "fr-be"):
            box = r.choice(["", "", " bus %d" % r.randint(1, 30), "/%d" % r.randint(1, 9)]) if lang == "nl-be" else \
                r.choice(["", "", " bte %d" % r.randint(1, 30), " boîte %d" % r.randint(1, 9)])
            base = "%s %d%s" % (st, num, box)
            return r.choice([base, base + ", " + pc + " " + city, base + " " + pc + " " + city, base + " - " + pc + " " + city])
        if lang == "en-gb":
            base = "%d %s" % (num, st)
            return r.choice([base, base + ", " + city + " " + pc, "Flat %d, %s, %s, %s" % (r.randint(1, 12), base, city, pc),
                             base + ", " + city + ", " + pc, base + " " + pc])
        base = "%d %s" % (num * 10 + r.randint(0, 9), st)
        return r.choice([base, base + ", " + city + ", " + pc, base + ", Apt %d%s, %s, %s" % (r.randint(1, 20), r.choice("ABCD"), city, pc),
                         base + " #%d, %s %s" % (r.randint(2, 900), city, pc)])

    def value(self, code, ctx):
        r, lang = self.rng, ctx["lang"]
        fa, la = ascii_(ctx["first"]), ascii_(ctx["last"])
        if code == "user":
            return V.username(r, lang, fa, la)
        if code == "mail":
            return V.email(r, lang, fa, la)
        if code == "addr":
            return self.address(lang)
        fn = {"pw": V.password, "pin": V.pin, "puk": V.puk, "otp": V.otp, "otpw": V.otp_words, "wifi": V.wifi_key,
              "api": V.api_key, "tok": V.token, "card": V.card, "cvv": V.cvv, "iban": V.iban, "bsn": V.bsn, "rrn": V.rrn,
              "tel": V.phone, "dob": V.date_of_birth, "cust": V.customer_number, "ean": V.ean, "nino": V.nino,
              "utr": V.utr, "exp": V.card_expiry, "ip": V.ip_address}[code]
        return fn(r, lang)

    def neg(self, kind, ctx):
        r = self.rng
        if kind == "model_number":
            return r.choice(self.models)
        if kind == "url":
            return r.choice(self.urls)
        if kind == "mention":
            return r.choice(self.mentions)
        if kind == "hashtag":
            return r.choice(self.hashtags)
        return N.GEN[kind](r, ctx["lang"])

    def filler(self, kind, ctx):
        r = self.rng
        return {"name": lambda: ctx["first"] + " " + ctx["last"], "first": lambda: ctx["first"],
                "brand": lambda: r.choice(self.brands[ctx["sector"] if ctx["sector"] in self.brands else r.choice(list(self.brands))]),
                "city": lambda: r.choice(self.city[ctx["lang"]])[1], "ssid": lambda: r.choice(self.ssids),
                "boat": lambda: r.choice(self.boats), "plate": lambda: r.choice(self.plates),
                "agent": lambda: r.choice(self.agents)}[kind]()

    # ------------------------------------------------------------ rendering
    def render(self, tid, tpl, ctx, typo=0.0):
        segs, pos = [], 0
        for m in PH.finditer(tpl):
            if m.start() > pos:
                segs.append(self.lit(tpl[pos:m.start()], typo))
            key = m.group(1)
            if key.startswith("n:"):
                kind, _, unit = key[2:].partition("|")
                v = ("%d %s" % (self.rng.choice([2, 3, 4, 5, 7, 10, 12, 14, 16, 24, 120, 350, 1250, 2840, 4100]), unit)) if unit else self.neg(kind, ctx)
                segs.append((v, "neg", kind, tid))
            elif key.startswith("f:"):
                segs.append((self.filler(key[2:], ctx), None, None, tid))
            else:
                code, _, ref = key.partition("@")
                seen, pend = ctx["seen"], ctx["pending"]
                if ref == "c":
                    if code in seen:
                        v = seen[code]
                    else:
                        v = self.value(code, ctx)
                        pend[code].append(v)
                        seen[code] = v
                elif ref:
                    k = (code, ref)
                    if k not in ctx["refs"]:
                        ctx["refs"][k] = self.value(code, ctx)
                    v = ctx["refs"][k]
                else:
                    v = pend[code].pop(0) if pend[code] else self.value(code, ctx)
                    seen[code] = v
                segs.append((v, "span", TYPES[code], tid))
            pos = m.end()
        if pos < len(tpl):
            segs.append(self.lit(tpl[pos:], typo))
        return segs

    def lit(self, text, typo):
        if typo <= 0:
            return (text, None, None, None)
        r = self.rng

        def mangle(m):
            w = m.group(0)
            if r.random() >= typo:
                return w
            core = w.rstrip(",.!?:")
            tail = w[len(core):]
            i = r.randrange(1, len(core) - 1)
            op = r.random()
            if op < 0.35:
                core = core[:i] + core[i + 1] + core[i] + core[i + 2:]
            elif op < 0.65:
                core = core[:i] + core[i + 1:]
            elif op < 0.85:
                core = core[:i] + core[i] + core[i:]
            else:
                core = core[:i] + r.choice("aeionrst") + core[i + 1:]
            return core + tail
        return (WORD.sub(mangle, text), None, None, None)

    @staticmethod
    def quote(segs):
        out = [("> ", None, None, None)]
        for t, a, b, c in segs:
            out.append((t.replace("\n", "\n> "), a, b, c))
        return out

    def pick(self, g, kind):
        return self.rng.choice(self.frm[g][kind])

    def body(self, g, sector, used=None):
        opts = [t for t in self.tpl[g][sector] if used is None or t[0] not in used]
        if not opts:
            opts = [t for t in self.tpl[g]["neg"] if used is None or t[0] not in used] or self.tpl[g]["neg"]
        t = self.rng.choice(opts)
        if used is not None:
            used.add(t[0])
        return t

    # ------------------------------------------------------------ messages
    def message(self, idx):
        r = self.rng
        lang = wpick(r, LANGS)
        g = lg(lang)
        channel = wpick(r, CHANNELS)
        sector = wpick(r, SECTORS)
        ctx = {"lang": lang, "sector": sector, "first": r.choice(self.first[lang]), "last": r.choice(self.last[lang]),
               "seen": {}, "pending": collections.defaultdict(list), "refs": {}}
        typo = r.choice([0.0, 0.0, 0.02, 0.04, 0.08])
        L = lambda s: (s, None, None, None)
        segs = []

        def add(tid_tpl, q=False):
            tid, t = tid_tpl
            s = self.render(tid, t, ctx, typo)
            segs.extend(self.quote(s) if q else s)

        if channel in PUBLIC:
            if channel == "x_public" or r.random() < 0.3:
                segs.append((self.neg("mention", ctx), "neg", "mention", None))
                segs.append(L(" "))
            if r.random() < 0.4:
                add(self.pick(g, "greet_chat"))
                segs.append(L(" "))
            add(self.body(g, sector))
            if r.random() < 0.5:
                for _ in range(r.randint(1, 2)):
                    segs.append(L(" "))
                    segs.append((self.neg("hashtag", ctx), "neg", "hashtag", None))
        elif channel == "email":
            used = set()

            def sep():
                last = segs[-1][0] if segs else ""
                return L(r.choice(["\n\n", "\n\n", " "]) if last[-1:] in ".!?" else r.choice([".\n\n", "\n\n", ". "]))
            add(self.pick(g, "greet_mail"))
            segs.append(L("\n\n"))
            if r.random() < 0.75:
                add(self.pick(g, "story"))
                segs.append(L(" "))
            add(self.body(g, sector, used))
            segs.append(sep())
            if r.random() < 0.6:
                add(self.pick(g, "story"))
                segs.append(L("\n\n"))
            add(self.pick(g, "link"))
            segs.append(L(" "))
            add(self.body(g, r.choice([sector, "neg", "security", wpick(r, SECTORS)]), used))
            if r.random() < 0.5:
                segs.append(sep())
                add(self.body(g, r.choice(["neg", sector]), used))
            segs.append(L("\n\n"))
            add(self.pick(g, "close_mail"))
            segs.append(L("\n"))
            add(self.pick(g, "sig"))
            if r.random() < 0.7:
                segs.append(L("\n\n"))
                add(self.pick(g, "qhead"))
                segs.append(L("\n"))
                src = self.pick(g, "agent") if r.random() < 0.6 else self.body(g, sector, used)
                add(src, q=True)
                if r.random() < 0.45:
                    segs.append(L("\n>\n"))
                    add(self.pick(g, "chead"), q=True)
                    segs.append(L("\n"))
                    inner = self.render(*self.body(g, sector, used), ctx, typo)
                    segs.extend(self.quote(self.quote(inner)))
            if r.random() < 0.35:
                segs.append(L("\n\n"))
                add(self.pick(g, "disc"))
        elif channel == "agent_reply":
            if r.random() < 0.35:
                h = "@" + ascii_(ctx["first"]).lower() + r.choice(["", "_", "."]) + ascii_(ctx["last"]).lower().replace(" ", "")[:5] + str(r.randint(1, 99))
                segs.append((h, "neg", "mention", None))
                segs.append(L(" "))
            add(self.pick(g, "agent"))
            if r.random() < 0.5:
                segs.append(L(r.choice(["\n\n", "\n\n---\n", "\n\n"])))
                segs.append(L({"nl": "Klant schreef:", "nl-be": "Bericht van de klant:", "fr-be": "Le client a écrit :",
                               "en": "Customer wrote:"}[g] + "\n"))
                add(self.body(g, sector), q=True)
        else:
            if r.random() < 0.6:
                add(self.pick(g, "greet_chat"))
                segs.append(L(r.choice([" ", "\n", ", "])))
            used = set()
            add(self.body(g, sector, used))
            if r.random() < 0.4:
                segs.append(L(r.choice(["\n", " ", "\n\n", ". "])))
                if r.random() < 0.5:
                    add(self.pick(g, "link"))
                    segs.append(L(" "))
                add(self.body(g, r.choice([sector, "neg", "security"]), used))
            if r.random() < 0.3:
                segs.append(L(r.choice([" 🙏", " ??", " thx", " !!", " 😡", "..."])))
        return self.assemble(idx, channel, lang, segs)

    def assemble(self, idx, channel, lang, segs):
        text, spans, negs = "", [], []
        for t, kind, typ, tid in segs:
            s = len(text)
            text += t
            if kind == "span":
                spans.append({"type": typ, "start": s, "end": len(text)})
                self.span_tpl[typ].add(tid)
            elif kind == "neg":
                negs.append({"kind": typ, "start": s, "end": len(text)})
        rec = {"id": "%s-%s-%05d" % (PREFIX, ["dev", "heldout"][self.half], idx), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        return rec


def check(rec):
    t = rec["text"]
    allr = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), rec
        v = t[a:b]
        assert v == v.strip() and v, (v, rec["id"])
        allr.append((a, b))
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, ("overlap", rec["id"])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        dg = "".join(c for c in v if c.isdigit())
        if s["type"] == "card":
            assert V.luhn_ok(v) and len(dg) >= 15, v
        elif s["type"] == "iban":
            assert V.iban_ok(v), v
        elif s["type"] == "bsn":
            assert (len(dg) == 9 and V.bsn_ok(v)) or (len(dg) == 11 and V.rrn_ok(v)), v


def table(counter, head):
    lines = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items()):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261314)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = []
    for half, name in ((0, "dev"), (1, "heldout")):
        h = Half(half, args.seed)
        recs = [h.message(i) for i in range(N_PER_HALF)]
        with open(os.path.join(here, name + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        st = {"messages": len(recs), "spans": collections.Counter(), "negs": collections.Counter(),
              "channels": collections.Counter(), "langs": collections.Counter(), "tpl": h.span_tpl,
              "email_sizes": [len(r["text"]) for r in recs if r["channel"] == "email"]}
        for rec in recs:
            st["channels"][rec["channel"]] += 1
            st["langs"][rec["lang"]] += 1
            for s in rec["spans"]:
                st["spans"][s["type"]] += 1
            for s in rec["negatives"]:
                st["negs"][s["kind"]] += 1
        stats.append((name, st))
    write_readme(here, args.seed, stats)


def write_readme(here, seed, stats):
    out = ["# Scrub corpus blind116 — dating & subscription apps, hotels/holiday parks, marinas, farm shops & meal kits, energy & solar, government",
           "",
           "This corpus was **written blind**: its author did not open, list or run anything under `functions/`, `tests/unit/`, "
           "`bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
           "did not read git history, and did not run any scrubber or scorer. Only `tests/scrub_corpus/BRIEF.md` was read.",
           "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**",
           "",
           "## Emphasis",
           "Dating apps and subscription apps; hotels' loyalty programmes and holiday parks (key safes, barrier codes, park Wi-Fi); "
           "marinas and boat rental (gate codes, berth numbers, deposits); farm shops and meal-kit boxes; energy suppliers' smart "
           "meters and solar panels (EAN codes, inverter Wi-Fi, monitoring API keys, P1 tokens, meter readings as negatives); "
           "government benefits and tax offices (BSN, Belgian national register number, UK NI number / UTR, DigiD/MyMinfin codes). "
           "Dutch, Belgian Dutch, Belgian French, UK and US customers across all channels, with typos, signatures, quoted history and agent replies.",
           "",
           "## Generation",
           "```",
           "cd tests/scrub_corpus/blind116 && python3 generate_blind.py --seed %d" % seed,
           "```",
           "Modules: `values.py` (PII value generators and checksums), `negs.py` (hard-negative generators), `pools.py` (filler pools), "
           "`templates_nl.py`, `templates_fr_en.py` (body templates per language and situation), `frames.py` (greetings, closings, "
           "signatures, quote headers, disclaimers, agent replies).",
           "",
           "## Split rule",
           "Templates are written in groups (language group × situation; frames per language group × kind). Within each group, even "
           "indices go to dev and odd indices to heldout, so no body template, greeting, closing, signature, quote header, disclaimer or "
           "agent reply is shared. Every filler pool (first/last names, streets, cities+postcodes, brands, agents, mentions, URLs, model "
           "numbers, SSIDs, hashtags, boat names, plates) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. "
           "Typos are injected only into literal template text (cue words included), never into labelled values or negatives.",
           "",
           "## Labelling conventions and judgement calls",
           "- Spans cover the value only, never the cue word; every occurrence is labelled, including agent echoes and `> ` quoted history.",
           "- When an agent reply echoes a customer value (address, IBAN, phone, customer number, EAN) the same string is used in both places and both are labelled.",
           "- EAN connection codes (18 digits, 871…), UK MPAN/supply numbers, berth-holder, loyalty and subscriber numbers are `customer_number`.",
           "- UK National Insurance numbers and UTRs are labelled `customer_number` (the brief's `bsn` type is reserved for Dutch BSN and Belgian national register numbers). No US SSNs are used.",
           "- Belgian national register numbers are labelled `bsn` and carry valid check digits (including the 2000+ rule).",
           "- Key-safe, barrier, pontoon-gate, locker, room-safe and door codes are `pin`; values such as `1234#` or `*1234#` include the `#`/`*`.",
           "- OTPs include dictated forms in words (\"vier twee negen …\", \"quatre deux …\") and Google-style `G-123456` (whole string labelled).",
           "- Inverter/monitoring API keys and AWS-style keys are `api_key`; Home Assistant long-lived tokens, P1 tokens, JWT bearer tokens, `ghp_`/`glpat-`/`xoxb-` strings are `token`.",
           "- A login e-mail used as username is labelled `email`, not `username`.",
           "- Addresses include the postcode and city when written on the same line; a street line without city is still labelled.",
           "- Hotel/park Wi-Fi keys are labelled `wifi_key` even though they are shared; SSIDs are fillers (unlabelled).",
           "- Negatives: amounts include the currency sign; meter readings are just the number; company registration negatives include the cue (`KvK 12345678`, `TVA BE 0…`), as the cue is part of the identifier string; error codes may include `HTTP `/`code ` prefix.",
           "- Company service numbers (0900-, 088, 078, 0800, 0345, 1-800) are `company_phone` negatives; personal phone numbers are `phone`.",
           "- Customer @handles in agent replies and company handles are `mention` negatives. Names, cities alone, SSIDs, plates, boat names, agent names/initials and macros (`{first_name}`, `[CODE]`, `<code>`) are not labelled.",
           "",
           "## Known limitations",
           "- Templates are sentence-level and composed; some combinations are semantically a little odd (e.g. a farm-shop e-mail with a security side remark).",
           "- Phone numbers, IBANs etc. are random and not checked against real numbering plans beyond format and checksums.",
           "- English templates are shared between en-gb and en-us (values, dates, phones and addresses are locale specific).",
           "- Some literal numbers in template text (room or lodge numbers, house numbers of neighbours) are not marked as negatives.",
           "- Typos can occasionally hit words next to a value, never the value itself.",
           ""]
    for name, st in stats:
        out.append("## Counts: %s" % name)
        out.append("")
        out.append("Messages: %d. E-mails: %d (median length %d chars)." % (st["messages"], len(st["email_sizes"]),
                                                                           sorted(st["email_sizes"])[len(st["email_sizes"]) // 2]))
        out.append("")
        lines = ["| span type | count | distinct templates |", "|---|---|---|"]
        for k, v in sorted(st["spans"].items()):
            lines.append("| %s | %d | %d |" % (k, v, len(st["tpl"][k])))
        out.append("\n".join(lines))
        out.append("")
        out.append(table(st["negs"], "negative kind"))
        out.append("")
        out.append(table(st["channels"], "channel"))
        out.append("")
        out.append(table(st["langs"], "lang"))
        out.append("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
