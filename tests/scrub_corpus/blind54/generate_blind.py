#!/usr/bin/env python3
"""Blind labelled webcare corpus blind54: speech- and image-to-text (voice transcripts, call summaries,
dictation, OCR of screenshots and scanned letters). Standard library only.

    python3 generate_blind.py --seed 20261252
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import pools
import tpl_en
import tpl_fr
import tpl_nl
from values import Values, bsn_ok, fam, iban_ok, luhn_ok, rrn_ok

PREFIX = "b54"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LABEL = {"password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username",
         "apikey": "api_key", "awssecret": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban",
         "bsn": "bsn", "rrn": "bsn", "natid": "bsn", "email": "email", "phone": "phone", "address": "address",
         "dob": "date_of_birth", "cust": "customer_number", "ean": "customer_number", "expiry": "card_expiry",
         "ip": "ip_address"}
NEG = {"date": "date", "time": "time", "dur": "time", "amount": "amount", "qty": "quantity", "days": "quantity", "pct": "percentage",
       "year": "year", "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number",
       "tracking": "tracking_number", "reqid": "request_id", "err": "error_code", "version": "version_string",
       "model": "model_number", "product": "product_code", "flight": "flight_number", "cphone": "company_phone",
       "kvk": "company_registration", "url": "url", "mention": "mention", "hashtag": "hashtag",
       "masked": "masked_value", "meter": "meter_reading", "port": "port", "checksum": "checksum"}
FILL = {"name", "fname", "agent", "brand", "city", "ssid", "plate", "natcue", "secs"}
SPEAKABLE = {"pin", "puk", "otp", "cvv", "card", "iban", "bsn", "rrn", "natid", "email", "phone", "dob", "cust",
             "ean", "expiry", "ip", "user", "password", "address"}

KINDS = {"voice": 0.18, "callsum": 0.09, "dictation": 0.12, "ocr_screen": 0.14, "ocr_letter": 0.09,
         "public": 0.09, "agent": 0.10, "negonly": 0.08, "secure": 0.11}
KIND_STYLE = {"voice": "voice", "callsum": "plain", "dictation": "dictation", "ocr_screen": "ocr",
              "ocr_letter": "ocr", "public": "plain", "agent": "plain", "negonly": "plain", "secure": "plain"}
CHANNELS = {
    "voice": {"whatsapp": 45, "messenger": 30, "telegram": 10, "instagram_dm": 15},
    "callsum": {"agent_reply": 50, "email": 50},
    "dictation": {"email": 50, "messenger": 20, "whatsapp": 15, "x_dm": 15},
    "ocr_screen": {"whatsapp": 30, "messenger": 20, "x_dm": 12, "instagram_dm": 10, "email": 22, "telegram": 6},
    "ocr_letter": {"email": 75, "messenger": 12, "whatsapp": 13},
    "public": {"x_public": 45, "facebook_comment": 35, "instagram_comment": 20},
    "agent": {"agent_reply": 50, "x_dm": 15, "messenger": 10, "email": 25},
    "secure": {"whatsapp": 25, "messenger": 20, "x_dm": 10, "email": 30, "telegram": 8, "instagram_dm": 7},
    "negonly": {"email": 30, "whatsapp": 20, "messenger": 15, "x_dm": 10, "x_public": 10, "facebook_comment": 10,
                "telegram": 5},
}
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = {"nl": 2, "nl-be": 1, "fr-be": 1, "en-gb": 1, "en-us": 1}
MODS = {"nl": tpl_nl, "fr": tpl_fr, "en": tpl_en}
KIND_ATTR = {"voice": "VOICE", "callsum": "CALLSUM", "dictation": "DICTATION", "ocr_screen": "OCR_SCREEN",
             "ocr_letter": "OCR_LETTER", "public": "PUBLIC", "agent": "AGENT", "negonly": "NEGONLY", "secure": "SECURE"}
RESTRICT = {"@BE": {"nl-be"}, "@NL": {"nl"}, "@GB": {"en-gb"}, "@US": {"en-us"}}
STYLE_PFX = {"%v": "voice", "%o": "ocr", "%d": "dictation"}
NATCUE = {"nl": ["BSN", "burgerservicenummer", "sofinummer", "bsn-nummer"],
          "nl-be": ["rijksregisternummer", "rijksregisternr", "INSZ-nummer", "nationaal nummer"]}
SLOT_RE = re.compile(r"\{\{|\}\}|\{([a-z]+\d*)(?::([a-z]+))?\}")
STRAY = ["|", "¦", "•", "~", "»", "_", "'", "‚"]
OCR_CONF = [("rn", "m"), ("l", "I"), ("cl", "d"), ("e", "c"), ("i", "í"), ("m", "rn"), ("u", "ü"), ("O", "Q")]


class Piece:
    __slots__ = ("text", "cat", "typ", "canon", "src")

    def __init__(self, text, cat="lit", typ=None, canon=None, src=None):
        self.text, self.cat, self.typ, self.canon, self.src = text, cat, typ, canon, src


def parse_tpl(t):
    langs, style = None, None
    while True:
        m = re.match(r"^(@[A-Z]{2}|%[vod]) ", t)
        if not m:
            break
        p = m.group(1)
        if p in RESTRICT:
            langs = RESTRICT[p]
        else:
            style = STYLE_PFX[p]
        t = t[m.end():]
    return t, langs, style


def deal(lst, half):
    return lst[half::2]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.name = ["dev", "heldout"][half]
        self.rng = random.Random(seed * 2 + half)
        p = {}
        for lang in LANGS:
            p["first_" + lang] = deal(pools.FIRST[lang], half)
            p["last_" + lang] = deal(pools.LAST[lang], half)
            p["streets_" + lang] = deal(pools.STREETS[lang], half)
            p["cities_" + lang] = deal(pools.CITIES[lang], half)
            p["cphone_" + lang] = deal(pools.CPHONE[lang], half)
        p["brands"] = deal(pools.BRANDS, half)
        p["models"] = deal(pools.MODELS, half)
        p["agents"] = deal(pools.AGENTS, half)
        p["ssids"] = deal(pools.SSIDS, half)
        p["plates"] = deal(pools.PLATES, half)
        ments = []
        for i, b in enumerate(p["brands"]):
            c = b.replace(" ", "").replace("+", "")
            ments.append(["@" + c, "@" + c + "_NL", "@" + c + "Care", "@" + c.lower() + "helpt", "@" + c + "BE",
                          "@" + c + "UK"][i % 6])
        p["mentions"] = ments
        self.p = p
        self.vals = Values(self.rng, p)
        # templates
        self.tpls = {}
        self.frames = {}
        for f, mod in MODS.items():
            for kind, attr in KIND_ATTR.items():
                lst = getattr(mod, attr)
                self.tpls[(f, kind)] = [("%s-%s-%02d" % (f, kind, i), lst[i]) for i in range(half, len(lst), 2)]
            for fk, lst in mod.FRAMES.items():
                self.frames[(f, fk)] = [("%s-frame-%s-%02d" % (f, fk, i), lst[i]) for i in range(half, len(lst), 2)]

    # ------------------------------------------------------------------ slots
    def fill(self, base, lang):
        r = self.rng
        if base == "name":
            return r.choice(self.p["first_" + lang]) + " " + r.choice(self.p["last_" + lang])
        if base == "fname":
            return r.choice(self.p["first_" + lang])
        if base == "agent":
            a = r.choice(self.p["agents"])
            return r.choice([a, a, a + " " + r.choice("BDHKMSV") + ".", a])
        if base == "brand":
            return r.choice(self.p["brands"])
        if base == "city":
            return r.choice(self.p["cities_" + lang])
        if base == "ssid":
            return r.choice(self.p["ssids"])
        if base == "plate":
            return r.choice(self.p["plates"])
        if base == "natcue":
            return r.choice(NATCUE.get(lang, ["BSN"]))
        if base == "secs":
            return "%02d" % r.randint(5, 59)
        raise KeyError(base)

    def slot(self, name, mode, lang, style, ctx, src):
        base = re.sub(r"\d+$", "", name)
        key = (name, mode)
        if name in ctx:
            pcs = ctx[name]
            return [Piece(x.text, x.cat, x.typ, x.canon, src) for x in pcs]
        r = self.rng
        if base in FILL:
            pcs = [Piece(self.fill(base, lang), "fill", src=src)]
        elif base in LABEL:
            if mode is None:
                if base in SPEAKABLE and style == "voice":
                    mode = "spoken" if r.random() < 0.65 else "plain"
                elif base in SPEAKABLE and style == "dictation":
                    mode = "spoken" if r.random() < 0.35 else "plain"
                elif style == "ocr":
                    mode = "ocr"
                else:
                    mode = "plain"
            if mode == "spoken" and base not in SPEAKABLE:
                mode = "plain"
            if base == "password" and style == "voice" and mode == "plain" and r.random() < 0.5:
                mode = "spoken"
            pre, val, canon = getattr(self.vals, base)(lang, mode)
            pcs = ([Piece(pre, "lit", src=src)] if pre else []) + [Piece(val, "span", LABEL[base], (base, canon, mode), src)]
        elif base in NEG:
            g = getattr(self.vals, "n_" + ("time" if base == "dur" else base))
            if base == "dur":
                v = "%d:%02d" % (r.randint(0, 2), r.randint(3, 59))
            else:
                v = g(lang)
            if isinstance(v, tuple):
                pcs = [Piece(v[0], "lit", src=src), Piece(v[1], "neg", NEG[base], src=src)]
            else:
                pcs = [Piece(v, "neg", NEG[base], src=src)]
        else:
            raise KeyError("unknown slot %s in %s" % (name, src))
        ctx[name] = pcs
        return pcs

    def render(self, tpl, lang, style, ctx, src, transform=True):
        out = []
        pos = 0
        for m in SLOT_RE.finditer(tpl):
            if m.start() > pos:
                out.append(Piece(tpl[pos:m.start()], "lit", src=src))
            if m.group(0) == "{{":
                out.append(Piece("{", "lit", src=src))
            elif m.group(0) == "}}":
                out.append(Piece("}", "lit", src=src))
            else:
                out.extend(self.slot(m.group(1), m.group(2), lang, style, ctx, src))
            pos = m.end()
        if pos < len(tpl):
            out.append(Piece(tpl[pos:], "lit", src=src))
        if transform:
            self.transform(out, lang, style)
        return out

    # ------------------------------------------------------------- literal noise
    def typo(self, text, p):
        r = self.rng

        def fix(m):
            w = m.group(0)
            if len(w) < 5 or r.random() > p:
                return w
            i = r.randint(1, len(w) - 3)
            k = r.randrange(3)
            if k == 0:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if k == 1:
                return w[:i] + w[i + 1:]
            return w[:i] + w[i] + w[i:]
        return re.sub(r"[A-Za-zÀ-ÿ]+", fix, text)

    def ocr_noise(self, text):
        r = self.rng
        chars = list(text)
        for i, c in enumerate(chars):
            if c == " " and 0 < i < len(chars) - 1:
                x = r.random()
                if x < 0.07:
                    chars[i] = "\n"
                elif x < 0.10:
                    chars[i] = " " + r.choice(STRAY) + " "
                elif x < 0.13:
                    chars[i] = "  "
        text = "".join(chars)

        def conf(m):
            w = m.group(0)
            if len(w) < 4 or r.random() > 0.12:
                return w
            a, b = r.choice(OCR_CONF)
            j = w.find(a, 1, len(w) - 1)
            if j <= 0 or j + len(a) >= len(w):
                return w
            return w[:j] + b + w[j + len(a):]
        return re.sub(r"[A-Za-zÀ-ÿ]+", conf, text)

    def transform(self, pcs, lang, style):
        r = self.rng
        prev = None
        for pc in pcs:
            if pc.cat == "lit":
                t = pc.text
                if style == "voice":
                    t = re.sub(r"[.,!?;:\"«»()]", "", t.lower())
                    t = self.typo(t, 0.02)
                elif style == "dictation":
                    t = re.sub(r"[,!?;:\"«»()]", "", t)
                    t = re.sub(r"\.(\s|$)", r"\1", t)
                    if prev in ("span", "neg") and t.startswith(" ") and r.random() < 0.18:
                        t = r.choice(self.frame_list(lang, "dict_end"))[1] + t
                elif style == "ocr":
                    t = self.ocr_noise(t)
                else:
                    t = self.typo(t, 0.03)
                pc.text = t
            prev = pc.cat

    def frame_list(self, lang, key):
        return self.frames[(fam(lang), key)]

    def frame(self, lang, key, ctx, style="plain"):
        fid, t = self.rng.choice(self.frame_list(lang, key))
        return self.render(t, lang, style, ctx, fid, transform=(style != "plain"))

    # ----------------------------------------------------------------- message
    def pick_template(self, lang, kind):
        cands = []
        for tid, t in self.tpls[(fam(lang), kind)]:
            body, langs, style = parse_tpl(t)
            if langs is None or lang in langs:
                cands.append((tid, body, style))
        assert cands, (lang, kind, self.name)
        return self.rng.choice(cands)

    def message(self, idx):
        r = self.rng
        lang = r.choices(list(LANGS), weights=list(LANGS.values()))[0]
        kind = r.choices(list(KINDS), weights=list(KINDS.values()))[0]
        self.p["first"], self.p["last"] = self.p["first_" + lang], self.p["last_" + lang]
        chs = CHANNELS[kind]
        channel = r.choices(list(chs), weights=list(chs.values()))[0]
        tid, body, tstyle = self.pick_template(lang, kind)
        style = tstyle or KIND_STYLE[kind]
        ctx = {}
        NL = lambda s="\n": [Piece(s)]
        main = self.render(body, lang, style, ctx, tid)
        parts = []
        if style == "voice" and r.random() < 0.6 and kind != "negonly":
            main = self.frame(lang, "voice_hdr", ctx) + NL() + main
        if kind == "ocr_screen" and r.random() < 0.6:
            h = self.frame(lang, "ocr_hdr", ctx)
            if "".join(p.text for p in h):
                main = h + NL() + main
        if channel == "email":
            if kind == "agent":
                parts += main + NL("\n\n") + self.frame(lang, "asig", ctx)
                parts += NL("\n\n") + self.quote(lang, ctx)
                if r.random() < 0.6:
                    parts += NL("\n\n") + self.frame(lang, "disc", ctx)
            elif kind == "callsum":
                parts += main
                parts += NL("\n\n") + self.quote(lang, ctx)
                if r.random() < 0.4:
                    parts += NL("\n\n") + self.quote(lang, ctx)
                parts += NL("\n\n") + self.frame(lang, "disc", ctx)
            else:
                parts += self.frame(lang, "greet", ctx) + NL("\n\n")
                if r.random() < 0.9:
                    parts += self.frame(lang, "intro", ctx) + NL("\n\n")
                parts += main + NL("\n\n")
                if r.random() < 0.65:
                    parts += self.frame(lang, "outro", ctx) + NL("\n\n")
                parts += self.frame(lang, "close", ctx) + NL() + self.frame(lang, "csig", ctx)
                if r.random() < 0.9:
                    parts += NL("\n\n") + self.quote(lang, ctx)
                if r.random() < 0.3:
                    parts += NL("\n\n") + self.quote(lang, ctx)
                if r.random() < 0.4:
                    parts += NL("\n\n") + self.frame(lang, "disc", ctx)
        else:
            parts += main
        return self.assemble(idx, lang, channel, kind, tid, parts)

    def quote(self, lang, ctx):
        hdr = self.frame(lang, "qhdr", ctx)
        used = ctx.setdefault("__qused", [])
        opts = [x for x in self.frame_list(lang, "qbody") if x[0] not in used] or self.frame_list(lang, "qbody")
        fid, t = self.rng.choice(opts)
        used.append(fid)
        qctx = {k: v for k, v in ctx.items() if k != "__qused" and not any("\n" in p.text for p in v if p.cat != "lit")}
        qb = self.render(t, lang, "plain", qctx, fid, transform=False)
        out = hdr + [Piece("\n> ")]
        for pc in qb:
            if pc.cat == "lit":
                pc.text = pc.text.replace("\n", "\n> ")
            assert pc.cat == "lit" or "\n" not in pc.text
            out.append(pc)
        return out

    def assemble(self, idx, lang, channel, kind, tid, parts):
        text, spans, negs, srcs = "", [], [], []
        for pc in parts:
            if pc.cat == "span":
                spans.append({"type": pc.typ, "start": len(text), "end": len(text) + len(pc.text)})
                srcs.append((pc.typ, pc.src, pc.canon, pc.text))
            elif pc.cat == "neg":
                negs.append({"kind": pc.typ, "start": len(text), "end": len(text) + len(pc.text)})
            text += pc.text
        rec = {"id": "%s-%s-%05d" % (PREFIX, self.name, idx), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC_CH else "private", "text": text,
               "spans": spans, "negatives": negs}
        check(rec, srcs)
        return rec, kind, tid, srcs


def check(rec, srcs):
    t = rec["text"]
    items = [(s["start"], s["end"], "span:" + s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg:" + n["kind"]) for n in rec["negatives"]]
    for a, b, what in items:
        assert 0 <= a < b <= len(t), (rec["id"], what)
        v = t[a:b]
        assert v == v.strip() and v.strip(".,;:") == v or what.startswith("neg:url") or what in ("span:password", "span:address"), (rec["id"], what, v)
        assert v == v.strip(), (rec["id"], what, repr(v))
    items.sort()
    for (a1, b1, w1), (a2, b2, w2) in zip(items, items[1:]):
        assert b1 <= a2, ("overlap", rec["id"], w1, w2)
    for typ, src, canon, shown in srcs:
        base, cv, mode = canon
        digits = re.sub(r"[^0-9A-Za-z]", "", shown).upper()
        if base == "card":
            assert luhn_ok(cv), cv
            if mode != "spoken":
                assert digits == cv, (shown, cv)
        if base == "iban":
            assert iban_ok(cv), cv
            if mode != "spoken":
                assert digits == cv, (shown, cv)
        if base in ("bsn", "rrn", "natid"):
            assert bsn_ok(cv) or rrn_ok(cv), cv
            if len(cv) == 9:
                assert bsn_ok(cv), cv
            else:
                assert rrn_ok(cv), cv
            if mode != "spoken":
                assert digits == cv, (shown, cv)


def write_readme(path, seed, stats):
    L = []
    L.append("# Scrub corpus blind54 — speech and images turned into text\n")
    L.append("Written blind: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, scorers, "
             "generators), did not read git history and did not run any scrubber or scorer. Everything here comes from "
             "public knowledge of how platforms, voice-to-text, dictation software and OCR format text.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("- WhatsApp/Messenger/Telegram voice-message transcripts: lower case, no punctuation, values dictated in odd "
             "groups, digits partly as words (`zes twee vierendertig`, `septante-deux`, `oh seven seven`), spoken separators "
             "(`punt`, `streepje`, `apenstaartje`, `at`, `dot`, `tiret`, `arobase`), transcript headers with durations.")
    L.append("- Automatic call summaries and voicemail-to-email transcripts (agent_reply / email), sometimes with a value "
             "quoted as the ASR heard it.")
    L.append("- Dictation-software output without punctuation, with dictation commands left in (`punt`, `komma`, `nieuwe regel`, "
             "`full stop`, `à la ligne`) sometimes directly after a value (never inside a span).")
    L.append("- Text pasted from screenshots and scanned letters via OCR: lines broken in odd places, labels and values on "
             "different lines, column headers flattened away from their values, stray characters (`|`, `¦`, `•`, `~`) and "
             "letter confusions (rn→m, l→I) in the literal text only. Labelled values are never corrupted; a multi-line "
             "address keeps its internal newline inside the span.")
    L.append("- Usual mix otherwise: e-mails with greetings, signatures, quoted history, forwards and disclaimers; public posts "
             "with mentions/hashtags; agent replies with service numbers, macros and masked values; negatives-only messages.\n")
    L.append("## Generation\n")
    L.append("```\ncd tests/scrub_corpus/blind54\npython3 generate_blind.py --seed %d\n```\n" % seed)
    L.append("Python 3.11 standard library only. Modules: `values.py` (value generators, check digits, spoken rendering), "
             "`pools.py` (filler pools), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates and frames per language family).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language family × kind: voice, callsum, dictation, ocr_screen, ocr_letter, public, "
             "agent, negonly, secure) and frames in groups (voice headers, OCR headers, greetings, closings, customer signatures, agent "
             "signatures, quote headers, quote bodies, disclaimers, e-mail intro and outro paragraphs, dictation commands). Each group's members are dealt "
             "alternately: even index → dev, odd index → heldout. Every filler pool (first names, surnames, streets, cities, "
             "brands and the mentions derived from them, agents, models, SSIDs, plates, company phone numbers) is dealt the "
             "same way. Each half draws from its own `random.Random(seed * 2 + half)`.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover the value only, never the cue; every occurrence is labelled (agent repeats, quoted history, forwards).")
    L.append("- A dictated value is labelled over its whole spoken form, including spoken separators and number words inside it "
             "(`jan punt peeters apenstaartje telenet punt be` is one `email` span; `zes twee 34 vijfenvijftig 12` one `phone`). "
             "Filler words around it (`eh`, `dus`) and dictation commands after it are outside the span.")
    L.append("- Spoken passwords are rendered as ASR would write them (lower case, digits glued: `tulpen1987`).")
    L.append("- Belgian national register numbers are labelled `bsn`. Customer, contract, policy, member, EAN connection and "
             "meter-point numbers are `customer_number`.")
    L.append("- The caller's number in a voicemail header (`Voicemail van +31 6…`) is a person's phone and labelled.")
    L.append("- The router's public WAN IP of a customer is `ip_address`. SSIDs, names, cities, licence plates, agent names and "
             "macro placeholders (`{first_name}`, `[ORDERNR]`, `<customer name>`) are not labelled.")
    L.append("- Negatives: voice-message durations (`0:42`) are marked `time`; order numbers written with `#` include the `#`; "
             "company registrations exclude their cue (`KvK`, `BTW BE`, `Company No.`); meter readings may include their unit; "
             "organisation service numbers in signatures and posts are `company_phone`; 32/40/64-hex firmware hashes are `checksum`.")
    L.append("- OCR noise and typos are applied to literal text only; stray characters are inserted only at spaces so they "
             "never touch a value.\n")
    L.append("## Known limitations\n")
    L.append("- Templated: sentence frames repeat within a half (by design they never cross halves).")
    L.append("- Spoken renderings are plausible but not exhaustive (no spelled alphabets such as `N als Nico`, no hundreds in words).")
    L.append("- nl and nl-be share most Dutch templates; only some are Flemish-specific. en-gb and en-us likewise.")
    L.append("- Values are synthetic; phone numbers and addresses are realistic in shape only.")
    L.append("- Company e-mail addresses are avoided altogether (no label decision taken for them).\n")
    L.append("## Counts\n")
    for name in ("dev", "heldout"):
        s = stats[name]
        L.append("### %s.jsonl — %d messages\n" % (name, s["n"]))
        L.append("| span type | spans | distinct templates |\n|---|---:|---:|")
        for t in sorted(s["spans"]):
            L.append("| %s | %d | %d |" % (t, s["spans"][t], len(s["span_tpl"][t])))
        L.append("\n| negative kind | count |\n|---|---:|")
        for k in sorted(s["negs"]):
            L.append("| %s | %d |" % (k, s["negs"][k]))
        L.append("\n| channel | messages |\n|---|---:|")
        for k in sorted(s["channels"]):
            L.append("| %s | %d |" % (k, s["channels"][k]))
        L.append("\n| language | messages |\n|---|---:|")
        for k in sorted(s["langs"]):
            L.append("| %s | %d |" % (k, s["langs"][k]))
        L.append("\n| kind | messages |\n|---|---:|")
        for k in sorted(s["kinds"]):
            L.append("| %s | %d |" % (k, s["kinds"][k]))
        L.append("\nE-mails: %d; e-mails 500–2,000 characters: %d; messages without any span: %d.\n"
                 % (s["emails"], s["emails_mid"], s["nospan"]))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261252)
    ap.add_argument("--n", type=int, default=N_PER_HALF)
    a = ap.parse_args()
    stats = {}
    used_tpl = {}
    for half in (0, 1):
        h = Half(a.seed, half)
        s = {"n": 0, "spans": Counter(), "span_tpl": defaultdict(set), "negs": Counter(), "channels": Counter(),
             "langs": Counter(), "kinds": Counter(), "emails": 0, "emails_mid": 0, "nospan": 0}
        tpls = set()
        with open(os.path.join(HERE, h.name + ".jsonl"), "w", encoding="utf-8") as fh:
            for i in range(a.n):
                rec, kind, tid, srcs = h.message(i)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                s["n"] += 1
                s["channels"][rec["channel"]] += 1
                s["langs"][rec["lang"]] += 1
                s["kinds"][kind] += 1
                tpls.add(tid)
                for typ, src, _, _ in srcs:
                    s["spans"][typ] += 1
                    s["span_tpl"][typ].add(src)
                for n in rec["negatives"]:
                    s["negs"][n["kind"]] += 1
                if rec["channel"] == "email":
                    s["emails"] += 1
                    if 500 <= len(rec["text"]) <= 2000:
                        s["emails_mid"] += 1
                if not rec["spans"]:
                    s["nospan"] += 1
        stats[h.name] = s
        used_tpl[h.name] = tpls
    assert not (used_tpl["dev"] & used_tpl["heldout"]), "template shared between halves"
    write_readme(os.path.join(HERE, "README.md"), a.seed, stats)
    for name in ("dev", "heldout"):
        print(name, stats[name]["n"], "messages,", sum(stats[name]["spans"].values()), "spans,",
              sum(stats[name]["negs"].values()), "negatives,", stats[name]["emails"], "emails")


if __name__ == "__main__":
    main()
