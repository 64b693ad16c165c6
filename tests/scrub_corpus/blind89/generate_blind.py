#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind89). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261287
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import negatives as NEG
import pools as P
import values as V
import tpl_nl
import tpl_vl
import tpl_fr
import tpl_en

PREFIX = "b89"
N_PER_HALF = 950
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
TPL_MOD = {"nl": tpl_nl, "nl-be": tpl_vl, "fr-be": tpl_fr, "en-gb": tpl_en, "en-us": tpl_en}
KIND_W = {"chat": 0.38, "public": 0.16, "email": 0.30, "agent": 0.16}
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "whatsapp", "telegram", "messenger"]
PUB_CH = ["x_public", "x_public", "facebook_comment", "instagram_comment"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

SLOT = re.compile(r"\{\{|\}\}|\{([!@]?)([a-z_]+?)(\d*)\}")


def deal(seq, half):
    return [x for i, x in enumerate(seq) if i % 2 == half]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        d = lambda s: deal(s, half)
        self.first = {k: d(v) for k, v in P.FIRST.items()}
        self.last = {k: d(v) for k, v in P.LAST.items()}
        self.streets = {k: d(v) for k, v in P.STREETS.items()}
        self.cities = {k: d(v) for k, v in P.CITIES.items()}
        self.species = {k: d(v) for k, v in P.SPECIES.items()}
        self.pool = {name: d(getattr(P, attr)) for name, attr in [
            ("vet", "VET"), ("petins", "PETINS"), ("chipreg", "CHIPREG"), ("mover", "MOVER"), ("storage", "STORAGE"),
            ("library", "LIBRARY"), ("museum", "MUSEUM"), ("theatre", "THEATRE"), ("tickets", "TICKETS"), ("agent", "AGENTS"),
            ("pet", "PETS"), ("drug", "DRUGS"), ("show", "SHOWS"), ("exhib", "EXHIB"), ("ssid", "SSID"), ("plate", "PLATES"),
            ("mention", "MENTIONS"), ("hashtag", "HASHTAGS"), ("domain", "DOMAINS"), ("urlpath", "URLPATHS"),
            ("model_number", "MODELS"), ("product_code", "PRODUCTS")]}
        # templates: dealt alternately inside each (lang, kind, situation) group
        self.tpl = defaultdict(list)    # (langmod, kind) -> [(tid, text)]
        self.frames = {}                 # langmod -> {part: [(fid, text)]}
        for modname, mod in [("nl", tpl_nl), ("vl", tpl_vl), ("fr", tpl_fr), ("en", tpl_en)]:
            for kind, sit, items in mod.T:
                for i, t in enumerate(items):
                    if i % 2 == half:
                        self.tpl[(modname, kind)].append((f"{modname}/{kind}/{sit}/{i}", t))
            self.frames[modname] = {part: [(f"{modname}/frame/{part}/{i}", t) for i, t in enumerate(items) if i % 2 == half]
                                    for part, items in mod.F.items()}


MODNAME = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}

SPAN_SLOTS = {
    "password": "password", "pin": "pin", "gatecode": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key",
    "user": "username", "apikey": "api_key", "awssecret": "api_key", "token": "token", "card": "card", "cvv": "cvv",
    "iban": "iban", "bsn": "bsn", "rrn": "bsn", "natid": "bsn", "email": "email", "phone": "phone", "addr": "address",
    "dob": "date_of_birth", "cust": "customer_number", "chip": "customer_number", "policy": "customer_number",
    "libcard": "customer_number", "member": "customer_number", "contract": "customer_number", "ean": "customer_number",
    "patient": "customer_number", "expiry": "card_expiry", "ip": "ip_address",
}


class Msg:
    def __init__(self, h, lang):
        self.h, self.lang, self.r = h, lang, h.r
        self.vals = {}
        self.segs = []          # (text, type or None, 'span'|'neg'|None)
        self.tids = []
        r = self.r
        self.first = r.choice(h.first[lang])
        self.last = r.choice(h.last[lang])

    # value generation ----------------------------------------------------
    def span_value(self, base):
        r, lang = self.r, self.lang
        if base == "email":
            return V.email(r, lang, self.first, self.last)
        if base == "user":
            return V.username(r, lang, self.first, self.last)
        if base == "addr":
            return V.address(r, lang, self.h.streets[lang], self.h.cities[lang])
        fn = {"password": V.password, "pin": V.pin, "gatecode": V.gatecode, "puk": V.puk, "otp": V.otp, "otpw": V.otp_words,
              "wifi": V.wifi_key, "apikey": V.api_key, "awssecret": V.aws_secret, "token": V.token, "card": V.card_value,
              "cvv": V.cvv, "iban": V.iban, "bsn": V.bsn, "rrn": V.rrn, "natid": V.national_id, "phone": V.phone, "dob": V.dob,
              "cust": V.custno, "chip": V.chip, "policy": V.policy, "libcard": V.libcard, "member": V.member,
              "contract": V.storage_contract, "ean": V.ean, "patient": V.patient, "expiry": V.card_expiry, "ip": V.ip_address}[base]
        return fn(r, lang)

    def neg_value(self, base):
        r, lang, h = self.r, self.lang, self.h
        if base == "mention":
            return r.choice(h.pool["mention"])
        if base == "hashtag":
            return r.choice(h.pool["hashtag"])
        if base == "url":
            dom = r.choice(h.pool["domain"])
            return r.choice(["https://", "https://www.", "www.", "http://"]) + dom + r.choice(["", r.choice(h.pool["urlpath"])])
        if base in ("model_number", "product_code"):
            if base == "product_code" and r.random() < 0.3:
                return "EAN " + V.rd(r, 13) if False else V.rd(r, 13)
            return r.choice(h.pool[base])
        return NEG.GEN[base](r, lang)

    def filler(self, base):
        r, lang, h = self.r, self.lang, self.h
        if base == "first":
            return self.first
        if base == "last":
            return self.last
        if base == "name":
            return f"{self.first} {self.last}"
        if base == "other":
            return r.choice(h.first[lang])
        if base == "city":
            return r.choice(h.cities[lang])
        if base == "species":
            return r.choice(h.species[lang])
        return r.choice(h.pool[base])

    # rendering -----------------------------------------------------------
    def render(self, tid, text, prefix_lines=None):
        self.tids.append(tid)
        pos = 0
        for m in SLOT.finditer(text):
            if m.start() > pos:
                self.lit(text[pos:m.start()])
            pos = m.end()
            tok = m.group(0)
            if tok == "{{":
                self.lit("{")
                continue
            if tok == "}}":
                self.lit("}")
                continue
            sig, base, idx = m.group(1), m.group(2), m.group(3)
            key = sig + base + idx
            if sig == "@":
                if key not in self.vals:
                    self.vals[key] = self.filler(base)
                self.lit(self.vals[key])
            elif sig == "!":
                if base not in NEG.GEN and base not in ("mention", "hashtag", "url", "model_number", "product_code"):
                    raise ValueError(f"unknown negative {base} in {tid}")
                if key not in self.vals:
                    self.vals[key] = self.neg_value(base)
                self.segs.append((self.vals[key], base, "neg"))
            else:
                if base not in SPAN_SLOTS:
                    raise ValueError(f"unknown slot {base} in {tid}")
                if key not in self.vals:
                    self.vals[key] = self.span_value(base)
                self.segs.append((self.vals[key], SPAN_SLOTS[base], "span"))
        if pos < len(text):
            self.lit(text[pos:])

    def lit(self, s):
        self.segs.append((s, None, None))

    def quote_from(self, start_index, marker="> "):
        """Prefix every line of segments from start_index with marker."""
        out = [(marker, None, None)]
        for t, ty, k in self.segs[start_index:]:
            if ty is None:
                out.append((t.replace("\n", "\n" + marker), None, None))
            elif "\n" in t:
                # multi-line value (address): split into pieces, keep labelled parts
                parts = t.split("\n")
                for j, p in enumerate(parts):
                    if j:
                        out.append(("\n" + marker, None, None))
                    out.append((p, ty, k))
            else:
                out.append((t, ty, k))
        self.segs[start_index:] = out

    def typos(self):
        r = self.r
        if r.random() > 0.35:
            return
        cands = [i for i, (t, ty, k) in enumerate(self.segs) if ty is None and re.search(r"[A-Za-zéèà]{5,}", t)]
        for _ in range(r.choice([1, 1, 2])):
            if not cands:
                return
            i = r.choice(cands)
            t = self.segs[i][0]
            words = [m for m in re.finditer(r"(?<![{@#\w])[A-Za-zéèàç]{5,}(?![}\w])", t)]
            if not words:
                continue
            w = r.choice(words)
            s = w.group(0)
            j = r.randint(1, len(s) - 2)
            op = r.randint(0, 3)
            if op == 0:
                s2 = s[:j] + s[j + 1] + s[j] + s[j + 2:]
            elif op == 1:
                s2 = s[:j] + s[j + 1:]
            elif op == 2:
                s2 = s[:j] + s[j] + s[j:]
            else:
                s2 = s.lower() if s != s.lower() else s[:j] + s[j + 1:]
            self.segs[i] = (t[:w.start()] + s2 + t[w.end():], None, None)

    def finish(self):
        text, spans, negs = "", [], []
        for t, ty, k in self.segs:
            start = len(text)
            text += t
            if k == "span":
                spans.append({"type": ty, "start": start, "end": len(text)})
            elif k == "neg":
                negs.append({"kind": ty, "start": start, "end": len(text)})
        return text, spans, negs


def pick(r, lst):
    return lst[r.randrange(len(lst))]


def build_message(h, idx, lang, kind):
    r = h.r
    m = Msg(h, lang)
    mod = MODNAME[lang]
    fr = h.frames[mod]
    if kind == "email":
        channel = "email"
        if r.random() < 0.45:
            m.render(*pick(r, fr["subject"]))
            m.lit("\n\n")
        fwd = r.random() < 0.12
        if fwd:
            m.render(*pick(r, fr["fwdnote"]))
            m.lit("\n\n")
            m.render(*pick(r, fr["fwd"]))
            m.lit("\n\n")
        m.render(*pick(r, fr["greet"]))
        m.lit("\n\n")
        m.render(*pick(r, h.tpl[(mod, "email")]))
        m.lit("\n\n")
        m.render(*pick(r, fr["close"]))
        m.lit("\n")
        m.render(*pick(r, fr["sig"]))
        if r.random() < 0.2:
            m.lit("\n" + pick(r, fr["mobile"])[1])
            m.tids.append(f"{mod}/frame/mobile")
        if r.random() < 0.5 or len(m.finish()[0]) < 520:
            m.lit("\n\n")
            m.render(*pick(r, fr["quotehdr"]))
            m.lit("\n")
            start = len(m.segs)
            m.render(*pick(r, h.tpl[(mod, "agent")]))
            m.lit("\n")
            m.render(*pick(r, fr["agentsig"]))
            m.quote_from(start)
        if r.random() < 0.25:
            m.lit("\n\n")
            m.render(*pick(r, fr["disclaimer"]))
    elif kind == "agent":
        channel = "agent_reply"
        m.render(*pick(r, h.tpl[(mod, "agent")]))
        if r.random() < 0.6:
            m.lit(r.choice(["\n", " ", "\n\n"]))
            m.render(*pick(r, fr["agentsig"]))
    elif kind == "public":
        channel = pick(r, PUB_CH)
        m.render(*pick(r, h.tpl[(mod, "public")]))
        if r.random() < 0.3:
            m.lit(" ")
            m.render("hashtags", "{!hashtag}")
            m.tids.pop()
    else:
        channel = pick(r, CHAT_CH)
        if channel == "whatsapp" and r.random() < 0.2:
            m.lit("[")
            m.render("wa-prefix", "{!time}, {!date}] {@name}: ")
        m.render(*pick(r, h.tpl[(mod, "chat")]))
    m.typos()
    text, spans, negs = m.finish()
    return {"id": f"{PREFIX}-{['dev', 'heldout'][h.half]}-{idx:05d}", "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}, m.tids


# ------------------------------------------------------------------ self-check
def digits(s):
    return "".join(c for c in s if c.isdigit())


def check(msg):
    t = msg["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in msg["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in msg["negatives"]]
    for a, b, k, ty in items:
        assert 0 <= a < b <= len(t), (msg["id"], a, b, ty)
        v = t[a:b]
        assert v == v.strip(), (msg["id"], ty, repr(v))
        assert v.strip(".,;:") == v or ty in ("password", "api_key", "token", "wifi_key", "address", "amount", "masked_value", "url", "date_of_birth", "card_expiry", "mention", "hashtag", "quantity", "product_code", "company_registration", "otp"), (msg["id"], ty, repr(v))
    items.sort()
    for (a1, b1, *_), (a2, b2, *_) in zip(items, items[1:]):
        assert b1 <= a2, (msg["id"], "overlap", t[a1:b1], t[a2:b2])
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            assert V.bsn_ok(v) or V.rrn_ok(v), (msg["id"], v)
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    stats = {}
    for half, name in [(0, "dev"), (1, "heldout")]:
        h = Half(args.seed, half)
        r = h.r
        out = []
        st = {"spans": Counter(), "span_tpl": defaultdict(set), "negs": Counter(), "channels": Counter(), "langs": Counter(), "kinds": Counter(), "email_sizes": []}
        for i in range(N_PER_HALF):
            lang = r.choices(LANGS, LANG_W)[0]
            kind = r.choices(list(KIND_W), list(KIND_W.values()))[0]
            msg, tids = build_message(h, i, lang, kind)
            check(msg)
            out.append(msg)
            for s in msg["spans"]:
                st["spans"][s["type"]] += 1
            # attribute span types to the body/frame templates that produced them
            for tid in tids:
                st["_t"] = st.get("_t", 0)
            for s in msg["spans"]:
                for tid in tids:
                    st["span_tpl"][s["type"]].add(tid)
            for n in msg["negatives"]:
                st["negs"][n["kind"]] += 1
            st["channels"][msg["channel"]] += 1
            st["langs"][msg["lang"]] += 1
            if msg["channel"] == "email":
                st["email_sizes"].append(len(msg["text"].encode("utf-8")))
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for msg in out:
                f.write(json.dumps(msg, ensure_ascii=False) + "\n")
        st["n"] = len(out)
        stats[name] = (st, h)
    # exact per-type template counts: recompute by rendering attribution
    write_readme(args.seed, stats)
    for name, (st, h) in stats.items():
        print(name, st["n"], "messages;", sum(st["spans"].values()), "spans;", sum(st["negs"].values()), "negatives")


def template_type_counts(h):
    """For each span type, the number of distinct templates (bodies and frames) in this half that contain it."""
    res = defaultdict(set)
    allt = []
    for key, lst in h.tpl.items():
        allt += lst
    for mod, parts in h.frames.items():
        for part, lst in parts.items():
            allt += lst
    for tid, text in allt:
        for m in SLOT.finditer(text):
            if m.group(1) == "" and m.group(2) in SPAN_SLOTS:
                res[SPAN_SLOTS[m.group(2)]].add(tid)
    return res, len(allt)


def write_readme(seed, stats):
    from readme_text import README_HEAD, README_TAIL
    lines = [README_HEAD.format(seed=seed)]
    lines.append("## Counts per half\n")
    names = list(stats)
    def table(title, key_fn, keys, extra=None):
        lines.append(f"### {title}\n")
        hdr = "| key | " + " | ".join(names) + " |" if not extra else "| key | " + " | ".join(f"{n} | {n} templates" for n in names) + " |"
        lines.append(hdr)
        lines.append("|" + "---|" * (hdr.count("|") - 1))
        for k in keys:
            if extra:
                lines.append(f"| {k} | " + " | ".join(f"{key_fn(n, k)} | {extra(n, k)}" for n in names) + " |")
            else:
                lines.append(f"| {k} | " + " | ".join(str(key_fn(n, k)) for n in names) + " |")
        lines.append("")
    tt = {n: template_type_counts(stats[n][1]) for n in names}
    lines.append("| half | messages | spans | negatives | templates+frames in half | e-mails 0.5–2 KB |")
    lines.append("|---|---|---|---|---|---|")
    for n in names:
        st = stats[n][0]
        es = st["email_sizes"]
        inr = sum(1 for x in es if 500 <= x <= 2048)
        lines.append(f"| {n} | {st['n']} | {sum(st['spans'].values())} | {sum(st['negs'].values())} | {tt[n][1]} | {inr}/{len(es)} |")
    lines.append("")
    stypes = sorted(set().union(*[stats[n][0]["spans"] for n in names]))
    table("Spans per type (count, distinct templates containing the slot)", lambda n, k: stats[n][0]["spans"][k], stypes,
          extra=lambda n, k: len(tt[n][0].get(k, ())))
    nkinds = sorted(set().union(*[stats[n][0]["negs"] for n in names]))
    table("Negatives per kind", lambda n, k: stats[n][0]["negs"][k], nkinds)
    table("Channels", lambda n, k: stats[n][0]["channels"][k], sorted(set().union(*[stats[n][0]["channels"] for n in names])))
    table("Languages", lambda n, k: stats[n][0]["langs"][k], LANGS)
    lines.append(README_TAIL)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
