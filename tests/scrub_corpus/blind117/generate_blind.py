#!/usr/bin/env python3
"""Blind webcare PII corpus generator (blind117). Stdlib only.

Usage: python3 generate_blind.py --seed 20261315
"""
import argparse
import collections
import json
import random
import re
import sys

import tpl_en
import tpl_fr
import tpl_nl
import values
from values import Ctx, bsn_ok, iban_ok, luhn_ok, rrn_ok

PREFIX = "b117"
N_PER_HALF = 950
TOK = re.compile(r"\[\[([!@=]?)([a-z_]+)\]\]")
VALUE_TYPE = {"otp_words": "otp", "rrn": "bsn", "aws_secret": "api_key", "iban_foreign": "iban", "aws_id": "api_key",
              "address_full": "address"}
NEG_KIND = {"pnr": "order_number"}
SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv",
              "iban", "bsn", "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry",
              "ip_address"]
TYPE_W = {"password": 8, "pin": 7, "puk": 2, "otp": 7, "wifi_key": 3, "username": 4, "api_key": 2, "token": 2,
          "card": 5, "cvv": 2, "iban": 7, "bsn": 5, "email": 8, "phone": 10, "address": 8, "date_of_birth": 5,
          "customer_number": 9, "card_expiry": 1, "ip_address": 2}
CHANNELS = [("email", 29), ("agent_reply", 12), ("x_public", 9), ("facebook_comment", 7),
            ("instagram_comment", 5), ("x_dm", 6), ("instagram_dm", 5), ("messenger", 9), ("whatsapp", 12),
            ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]


def lines(block):
    return [l.replace("\\n", "\n") for l in block.strip("\n").split("\n") if l.strip()]


def soft_deal(lst, half):
    return list(lst)[half::2]


class Lib:
    """All template groups for one half, dealt alternately."""

    def __init__(self, half):
        self.half = half
        self.g = {}  # (lang, group) -> list of (tid, template)
        for lang in ("nl", "nl-be", "fr-be", "en-gb", "en-us"):
            for grp, main, extra in self.sources(lang):
                items = []
                for src_name, block in main:
                    ls = lines(block) if isinstance(block, str) else block
                    dealt = values.deal(ls, half)
                    items += [("%s:%d" % (src_name, ls.index(t)), t) for t in dealt]
                for src_name, block in extra:
                    ls = lines(block)
                    items += [("%s:%d" % (src_name, ls.index(t)), t) for t in soft_deal(ls, half)]
                if "quote" in grp:
                    items = [(tid, t.replace("[[email]]", "[[=email]]")) for tid, t in items]
                self.g[(lang, grp)] = items

    @staticmethod
    def sources(lang):
        out = []
        if lang in ("nl", "nl-be"):
            M = tpl_nl
            vl = lang == "nl-be"
            fam = "vl" if vl else "nl"

            def pair(name_nl, name_vl):
                a = getattr(M, name_nl)
                b = getattr(M, name_vl, None)
                if vl:
                    # Flemish frames first-class, Dutch generic templates as supplement
                    return [("vl." + name_vl, b)], [("nl." + name_nl, a)]
                return [("nl." + name_nl, a)], []

            for t in SPAN_TYPES:
                a = M.CLAUSES_NL.get(t)
                b = M.CLAUSES_VL.get(t)
                if vl:
                    main = [("nl.cl." + t, a)]
                    extra = [("vl.cl." + t, b)] if b else []
                else:
                    main, extra = [("nl.cl." + t, a)], []
                out.append(("clause:" + t, main, extra))
            for s in ("optician", "car", "homecare", "airline", "university", "pharmacy"):
                if vl:
                    out.append(("situ:" + s, [("vl.situ." + s, M.SITU_VL[s])], [("nl.situ." + s, M.SITU_NL[s])]))
                else:
                    out.append(("situ:" + s, [("nl.situ." + s, M.SITU_NL[s])], []))
            for grp, n in (("negc", "NEGC"), ("open", "OPEN"), ("close", "CLOSE"), ("greet", "EMAIL_GREET"),
                           ("eclose", "EMAIL_CLOSE"), ("sig", "SIG"), ("quote", "QUOTE"), ("qbody", "QBODY"),
                           ("disc", "DISC"), ("agent", "AGENT"), ("public", "PUBLIC")):
                if vl:
                    vb = lines(getattr(M, n + "_VL"))
                    if len(vb) >= 2:
                        out.append((grp, [("vl." + n, getattr(M, n + "_VL"))], []))
                    else:
                        out.append((grp, [("nl." + n, getattr(M, n + "_NL"))], [("vl." + n, getattr(M, n + "_VL"))]))
                else:
                    out.append((grp, [("nl." + n, getattr(M, n + "_NL"))], []))
            return out
        M = tpl_fr if lang == "fr-be" else tpl_en
        p = "fr" if lang == "fr-be" else "en"
        for t in SPAN_TYPES:
            out.append(("clause:" + t, [("%s.cl.%s" % (p, t), M.CLAUSES[t])], []))
        for s in ("optician", "car", "homecare", "airline", "university", "pharmacy"):
            out.append(("situ:" + s, [("%s.situ.%s" % (p, s), M.SITU[s])], []))
        for grp, n in (("negc", "NEGC"), ("open", "OPEN"), ("close", "CLOSE"), ("greet", "EMAIL_GREET"),
                       ("eclose", "EMAIL_CLOSE"), ("sig", "SIG"), ("quote", "QUOTE"), ("qbody", "QBODY"),
                       ("disc", "DISC"), ("agent", "AGENT"), ("public", "PUBLIC")):
            out.append((grp, [("%s.%s" % (p, n), getattr(M, n))], []))
        return out

    def pick(self, rng, lang, grp):
        return rng.choice(self.g[(lang, grp)])


class Seg:
    __slots__ = ("text", "kind", "label", "tid")

    def __init__(self, text, kind, label=None, tid=None):
        self.text, self.kind, self.label, self.tid = text, kind, label, tid


def render(tpl, tid, ctx):
    segs = []
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append(Seg(tpl[pos:m.start()], "lit"))
        pre, name = m.group(1), m.group(2)
        if pre == "":
            t = VALUE_TYPE.get(name, name)
            v = ctx.value(name)
            ctx.mem[t] = v
            segs.append(Seg(v, "span", t, tid))
        elif pre == "=":
            v = ctx.mem.get(name) or ctx.value(name)
            ctx.mem[name] = v
            segs.append(Seg(v, "span", name, tid))
        elif pre == "!":
            segs.append(Seg(ctx.neg(name), "neg", NEG_KIND.get(name, name), tid))
        else:
            segs.append(Seg(ctx.fill(name), "fill"))
        pos = m.end()
    if pos < len(tpl):
        segs.append(Seg(tpl[pos:], "lit"))
    return segs


def lit(s):
    return [Seg(s, "lit")]


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(rng, segs, n):
    cands = [s for s in segs if s.kind == "lit" and WORD.search(s.text)]
    for _ in range(n):
        if not cands:
            return
        cands = [c for c in cands if WORD.search(c.text)]
        if not cands:
            return
        s = rng.choice(cands)
        ws = list(WORD.finditer(s.text))
        w = rng.choice(ws)
        word = w.group(0)
        i = rng.randint(1, len(word) - 2)
        op = rng.randrange(4)
        if op == 0:
            nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == 1:
            nw = word[:i] + word[i + 1:]
        elif op == 2:
            nw = word[:i] + word[i] + word[i:]
        else:
            nw = word[:i] + rng.choice("aeiounrst") + word[i + 1:]
        s.text = s.text[:w.start()] + nw + s.text[w.end():]


def cap_first(segs):
    for s in segs:
        if s.text:
            if s.kind == "lit" and s.text[0].isalpha():
                s.text = s.text[0].upper() + s.text[1:]
            return


def quote_segs(segs):
    out = [Seg("> ", "lit")]
    for s in segs:
        if s.kind == "lit":
            out.append(Seg(s.text.replace("\n", "\n> "), "lit"))
        elif "\n" in s.text:
            out.append(Seg(s.text.replace("\n", ", "), s.kind, s.label, s.tid))
        else:
            out.append(s)
    return out


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def pick_types(rng, k):
    ts = []
    pairs = list(TYPE_W.items())
    while len(ts) < k:
        t = wchoice(rng, pairs)
        if t not in ts:
            ts.append(t)
    return ts


def clauses(rng, lib, ctx, lang, k):
    out = []
    for t in pick_types(rng, k):
        tid, tpl = lib.pick(rng, lang, "clause:" + t)
        out.append(render(tpl, tid, ctx))
    return out


def join(parts, seps):
    segs = []
    for i, p in enumerate(parts):
        if i:
            segs += lit(seps[i - 1] if isinstance(seps, list) else seps)
        segs += p
    return segs


def build(rng, lib, ctx):
    lang = wchoice(rng, LANGS)
    sector = rng.choice(values.pools.SECTORS)
    channel = wchoice(rng, CHANNELS)
    ctx.new_message(lang, sector)
    def P(grp):
        return _r(lib, rng, lang, grp, ctx)
    if channel == "email":
        parts = []
        parts.append(P("greet"))
        body = [P("situ:" + sector)]
        if rng.random() < 0.6:
            body.append(P("situ:" + sector))
        nk = rng.choice([0, 1, 1, 2, 2, 3, 3])
        cl = clauses(rng, lib, ctx, lang, nk)
        if cl and rng.random() < 0.3:
            listed = []
            for c in cl:
                cap_first(c)
                listed.append(lit(rng.choice(["- ", "* ", "• "])) + c)
            body_segs = join(body, "") + lit("\n\n") + join(listed, "\n")
        else:
            for c in cl:
                cap_first(c)
            body_segs = join(body + cl, [rng.choice([" ", ". ", "\n", "\n\n"]) for _ in range(len(body + cl))])
            if cl:
                body_segs += lit(rng.choice([".", "", "."]))
        if rng.random() < 0.7:
            body_segs += lit(rng.choice(["\n\n", " "])) + P("negc") + lit(".")
        segs = parts[0] + lit("\n\n") + body_segs + lit("\n\n") + P("close") + lit("\n\n") + P("eclose") + \
            lit("\n") + P("sig")
        if rng.random() < 0.75:
            segs += lit("\n\n") + P("quote") + lit("\n") + quote_segs(P("qbody"))
        if rng.random() < 0.45:
            segs += lit("\n\n") + P("disc")
        return lang, channel, segs
    if channel == "agent_reply":
        segs = P("agent")
        if rng.random() < 0.3:
            c = clauses(rng, lib, ctx, lang, 1)[0]
            segs = quote_segs(c) + lit("\n\n") + segs
        return lang, channel, segs
    if channel in PUBLIC:
        segs = P("public")
        if rng.random() < 0.5:
            segs = segs + lit(" ") + P("situ:" + sector)
        if rng.random() < 0.55:
            c = clauses(rng, lib, ctx, lang, 1)[0]
            segs = segs + lit(rng.choice([" ", " - ", "\n"])) + c
        if channel != "x_public" and rng.random() < 0.5:
            # comments usually do not start with a mention
            if segs and segs[0].kind == "neg" and segs[0].label == "mention":
                segs = segs[1:]
                while segs and segs[0].kind == "lit" and segs[0].text.startswith(" "):
                    segs[0].text = segs[0].text.lstrip()
                    if not segs[0].text:
                        segs = segs[1:]
                cap_first(segs)
        return lang, channel, segs
    # private chat
    parts = []
    if rng.random() < 0.45:
        parts.append(P("open"))
    if rng.random() < 0.7:
        parts.append(P("situ:" + sector))
    cl = clauses(rng, lib, ctx, lang, rng.choice([1, 1, 2, 2, 3, 0]))
    parts += cl
    if rng.random() < 0.3:
        parts.append(P("negc"))
    if rng.random() < 0.45:
        parts.append(P("close"))
    if not parts:
        parts.append(P("negc"))
    seps = [rng.choice([" ", "\n", ". ", "\n\n", " "]) for _ in parts]
    if len(parts) > 1 and parts[0][-1].kind == "lit" and parts[0][-1].text.rstrip().endswith(","):
        seps[0] = rng.choice(["\n", " "])
    segs = join(parts, seps)
    if channel in ("whatsapp", "telegram") and rng.random() < 0.25:
        hdr = [Seg("[", "lit"), Seg(ctx.neg("date"), "neg", "date"), Seg(", ", "lit"),
               Seg(ctx.neg("time"), "neg", "time"), Seg("] " + ctx.fill("fullname") + ": ", "lit")]
        segs = hdr + segs
    if rng.random() < 0.2:
        for s in segs:
            if s.kind == "lit":
                s.text = s.text.lower()
    return lang, channel, segs


def _r(lib, rng, lang, grp, ctx):
    tid, tpl = lib.pick(rng, lang, grp)
    return render(tpl, tid, ctx)


def finish(rng, segs):
    if rng.random() < 0.3:
        typo(rng, segs, rng.choice([1, 1, 2, 3]))
    text = ""
    spans, negs, tids = [], [], []
    for s in segs:
        st = len(text)
        text += s.text
        if s.kind == "span":
            spans.append({"type": s.label, "start": st, "end": len(text)})
            tids.append((s.label, s.tid))
        elif s.kind == "neg":
            negs.append({"kind": s.label, "start": st, "end": len(text)})
    # trim outer whitespace while keeping offsets valid
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for x in spans + negs:
        x["start"] -= lead
        x["end"] -= lead
    return text, spans, negs, tids


def check(rec):
    text = rec["text"]
    iv = []
    for x in rec["spans"] + rec["negatives"]:
        a, b = x["start"], x["end"]
        assert 0 <= a < b <= len(text), (rec["id"], x)
        v = text[a:b]
        assert v == v.strip() and not v[0].isspace() and not v[-1].isspace(), (rec["id"], x, v)
        iv.append((a, b, x))
    iv.sort(key=lambda t: t[0])
    for (a1, b1, x1), (a2, b2, x2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"], x1, x2)
    for x in rec["spans"]:
        v = text[x["start"]:x["end"]]
        d = re.sub(r"[ \-]", "", v)
        if x["type"] == "card":
            assert d.isdigit() and luhn_ok(d), (rec["id"], v)
        elif x["type"] == "iban":
            assert iban_ok(v), (rec["id"], v)
        elif x["type"] == "bsn":
            dd = re.sub(r"\D", "", v)
            assert (len(dd) == 9 and bsn_ok(dd)) or (len(dd) == 11 and rrn_ok(dd)), (rec["id"], v)


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    lib = Lib(half)
    ctx = Ctx(rng, half)
    name = "dev" if half == 0 else "heldout"
    recs, tidmap = [], collections.defaultdict(set)
    for i in range(N_PER_HALF):
        lang, channel, segs = build(rng, lib, ctx)
        text, spans, negs, tids = finish(rng, segs)
        rec = {"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text,
               "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
        for t, tid in tids:
            tidmap[t].add(tid)
    return recs, tidmap


def table(title, counter, extra=None):
    out = ["", "| %s | count |%s" % (title, " templates |" if extra else ""), "|---|---|%s" % ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |%s" % (k, v, " %d |" % len(extra.get(k, ())) if extra else ""))
    return "\n".join(out)


def readme(seed, halves):
    L = ["# Scrub corpus blind117 (written blind)", "",
         "Labelled webcare messages for testing a PII scrubber. This corpus was written **blind**: its author "
         "did not open, read, grep or run anything under `functions/`, `tests/unit/`, `bench/`, `docs/`, "
         "`infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), and "
         "did not read git history. Only `tests/scrub_corpus/BRIEF.md` was read.", "",
         "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over "
         "`heldout.jsonl`.**", "",
         "## Emphasis", "",
         "Opticians and hearing-aid shops, car dealers and garages (MOT/APK, lease cars), home care and nursing "
         "services, airlines' lost luggage and compensation desks, universities and student housing, pharmacies "
         "(including abroad). Dutch, Belgian (Flemish and French), UK and US customers over all channels, with "
         "typos, e-mail signatures, quoted history and agent replies.", "",
         "## Generation", "", "```", "python3 generate_blind.py --seed %d" % seed, "```", "",
         "Python 3.11 standard library only. Modules: `values.py` (value generators, checksums), `pools.py` "
         "(filler pools), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language).", "",
         "## Split rule", "",
         "Every template group (language x kind x situation: clauses per span type, sector situations, openers, "
         "closers, e-mail greetings, sign-offs, signatures, quote headers, quoted agent bodies, disclaimers, agent "
         "replies, public posts) and every filler pool (names, streets, cities, mail domains, brands, agents, "
         "handles, domains, hashtags, model numbers, product codes) is dealt alternately: even index to dev, odd "
         "to heldout. No template, frame, greeting, signature or quote block is shared between the halves. Each "
         "half uses its own `random.Random(seed * 2 + half)`. Flemish (nl-be) messages use the Flemish groups "
         "plus the Dutch groups, each dealt separately. Typos are injected only into literal text (cue words), "
         "never into values.", "",
         "## Labelling conventions and judgement calls", "",
         "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in "
         "agent replies and quoted history (`> `).",
         "- Belgian national register numbers are labelled `bsn` (valid check digits, pre- and post-2000).",
         "- Customer-identifying numbers (customer, lease contract, client, student, frequent-flyer, member, "
         "health-insurance policy, NHS, mutualité affiliation numbers) are `customer_number`. Student e-mail "
         "addresses such as `s1234567@...` are `email` only.",
         "- Booking references (PNR, 6 characters) are treated as `order_number` negatives; baggage file "
         "references (e.g. AMSKL12345) and case numbers are `ticket_number` negatives.",
         "- An AWS secret access key is labelled `api_key` like its key id. JWTs after `Bearer` are `token`; the "
         "word `Bearer` is not included.",
         "- Private router IP addresses (192.168.x.x, 10.x) are labelled `ip_address` like public ones.",
         "- A door code followed by `#` (`4711#`) labels only the digits.",
         "- Multi-line signature addresses form one `address` span including the inner newline; in quoted "
         "history the newline becomes `, `.",
         "- OTPs dictated as words (`vier twee negen ...`, `quatre deux ...`) are `otp` spans.",
         "- Company service numbers (also in agent signatures), KvK/BTW/ondernemingsnummer/company numbers, "
         "URLs, mentions, hashtags, masked values, odometer readings (`meter_reading`), OBD fault codes "
         "(`error_code`), flight numbers, model and product codes (including PZN/CNK/NDC/PIP codes) are "
         "negatives.",
         "- Names, cities alone, SSIDs, licence plates, agent initials and macro placeholders (`{first_name}`) "
         "are not labelled.", "",
         "## Known limitations", "",
         "- Template-based: sentence frames repeat within a half; values are synthetic (random digits, valid "
         "checksums) rather than drawn from real distributions.",
         "- Customer-number formats are sector-based but invented; some look like order numbers by design.",
         "- Names appear unlabelled in text and signatures; brands in `Beste [[brand]]` are not mentions.",
         "- Typos are simple character operations; no phonetic misspellings or autocorrect artefacts.",
         "- English templates are shared between en-gb and en-us; only values (phones, addresses, dates, "
         "currencies) differ.", ""]
    for name, (recs, tidmap) in halves.items():
        L.append("## Counts: %s" % name)
        L.append("")
        L.append("Messages: %d" % len(recs))
        sp = collections.Counter(s["type"] for r in recs for s in r["spans"])
        ng = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
        L.append(table("span type", sp, tidmap))
        L.append(table("negative kind", ng))
        L.append(table("channel", collections.Counter(r["channel"] for r in recs)))
        L.append(table("lang", collections.Counter(r["lang"] for r in recs)))
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, tidmap = gen_half(a.seed, half)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        halves[name] = (recs, tidmap)
    # disjointness of texts between halves
    dt = {r["text"] for r in halves["dev"][0]}
    dup = sum(1 for r in halves["heldout"][0] if r["text"] in dt)
    if dup:
        print("warning: %d identical texts across halves" % dup, file=sys.stderr)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("dev=%d heldout=%d" % (len(halves["dev"][0]), len(halves["heldout"][0])))


if __name__ == "__main__":
    main()
