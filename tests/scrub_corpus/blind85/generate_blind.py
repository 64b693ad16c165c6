#!/usr/bin/env python3
"""Seeded generator for the blind85 scrub corpus (Python 3.11 stdlib only).

Usage (inside this directory): python3 generate_blind.py --seed 20261283
"""
import argparse
import json
import re
from collections import Counter, defaultdict

import frames
import pools
import tpl_fr_en
import tpl_nl
import values as V

DIR, PREFIX = "blind85", "b85"
N_PER_HALF = 950
TOKEN = re.compile(r"\{([tnf]):(\w+)(?:=(\w+))?\}")
LANGS = ["nl", "nl", "nl-be", "fr-be", "en-gb", "en-us"]
LGROUP = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
TPL = {"nl": tpl_nl.NL, "be": tpl_nl.BE, "fr": tpl_fr_en.FR, "en": tpl_fr_en.EN}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]


def deal(lst, half):
    return lst[half::2]


class Half:
    def __init__(self, seed, half):
        import random
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        p = {}
        p["first"] = deal(pools.FIRST, half)
        p["last"] = deal(pools.LAST, half)
        p["biz"] = deal(pools.BIZ, half)
        for k in ["STREET_NL", "CITY_NL", "STREET_BENL", "CITY_BENL", "STREET_FR", "CITY_FR", "STREET_UK", "CITY_UK",
                  "STREET_US", "CITY_US", "AGENTS", "MODELS", "URL_PATHS"]:
            p[k.lower()] = deal(getattr(pools, k), half)
        self.p = p
        self.tel = {k: deal(v, half) for k, v in pools.TEL.items()}
        self.post = {k: deal(v, half) for k, v in pools.POST.items()}
        self.tags = {k: deal(v, half) for k, v in pools.HASHTAGS.items()}
        self.tpl = {g: {k: [(f"{g}/{k}/{i}", t) for i, t in enumerate(v) if i % 2 == half] for k, v in d.items()}
                    for g, d in TPL.items()}
        self.frames = {g: {k: deal(v, half) for k, v in d.items()} for g, d in frames.FRAMES.items()}


class Ctx:
    def __init__(self, H, lang, domain):
        self.H, self.rng, self.lang = H, H.rng, lang
        key = "be" if lang in ("nl-be", "fr-be") else lang if lang.startswith("en") else "nl"
        self.brand = self.rng.choice((H.tel if domain == "tel" else H.post)[key])
        self.store = {}
        self.last = {}
        self.reuse = False
        self.biz = self.rng.choice(H.p["biz"])
        self.person = (self.rng.choice(H.p["first"]), self.rng.choice(H.p["last"]))

    def pool(self, name):
        r = self.rng
        if name == "first":
            return self.person[0] if r.random() < 0.7 else r.choice(self.H.p["first"])
        if name == "last":
            return self.person[1] if r.random() < 0.7 else r.choice(self.H.p["last"])
        if name == "bizslug":
            return self.biz[1]
        if name == "model":
            return r.choice(self.H.p["models"])
        return r.choice(self.H.p[name])


def neg_value(c, kind):
    r = c.rng
    b = c.brand
    if kind == "mention":
        return b[1]
    if kind == "company_phone":
        return b[2]
    if kind == "url":
        path = r.choice(c.H.p["url_paths"])
        return r.choice([f"https://www.{b[3]}{path}", f"www.{b[3]}{path}", f"{b[3]}{path}", f"https://{b[3]}{path}?ref=webcare"])
    if kind == "hashtag":
        g = "en" if c.lang.startswith("en") else ("be" if c.lang in ("nl-be", "fr-be") else "nl")
        return r.choice(c.H.tags[g]) if r.random() < 0.8 else "#" + b[4]
    kind = V.NEG_ALIAS.get(kind, kind)
    return V.NEG_GEN[kind](c)


def filler(c, name):
    r = c.rng
    if name == "first":
        return c.person[0]
    if name == "last":
        return c.person[1]
    if name == "fullname":
        return f"{c.person[0]} {c.person[1]}"
    if name == "biz":
        return c.biz[0]
    if name == "agent":
        return r.choice(c.H.p["agents"])
    if name == "brand":
        return c.brand[0]
    if name == "city":
        key = {"nl": "city_nl", "nl-be": "city_benl", "fr-be": "city_fr", "en-gb": "city_uk", "en-us": "city_us"}[c.lang]
        v = r.choice(c.H.p[key])
        return v if isinstance(v, str) else v[0]
    raise KeyError(name)


def render(c, tpl, tid):
    """Return list of segments: (kind, text, label, tid); kind in lit/fill/span/neg."""
    segs = []
    pos = 0
    if tid == "frame":
        tid = "frame:" + tpl[:40]
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            segs.append(("lit", tpl[pos:m.start()].replace("{{", "{").replace("}}", "}"), None, tid))
        k, name, key = m.groups()
        if k == "f":
            segs.append(("fill", filler(c, name), None, tid))
        else:
            sk = (k, name, key)
            if key and sk in c.store:
                val = c.store[sk]
            elif k == "t" and c.reuse and name in c.last and c.rng.random() < 0.6:
                val = c.last[name]
            elif k == "t":
                val = V.SPAN_GEN[name](c)
            else:
                val = neg_value(c, name)
            if key:
                c.store[sk] = val
            if k == "t":
                c.last[name] = val
                segs.append(("span", val, V.SPAN_TYPE.get(name, name), tid))
            else:
                segs.append(("neg", val, V.NEG_ALIAS.get(name, name), tid))
        pos = m.end()
    if pos < len(tpl):
        segs.append(("lit", tpl[pos:].replace("{{", "{").replace("}}", "}"), None, tid))
    return segs


def lit(text):
    return [("lit", text, None, None)]


def quote(segs):
    out = [("lit", "> ", None, None)]
    for s in segs:
        if s[0] in ("lit", "fill"):
            out.append((s[0], s[1].replace("\n", "\n> "), s[2], s[3]))
        else:
            out.append(s)
    return out


def typo_word(r, w):
    i = r.randrange(len(w) - 1)
    op = r.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.65:
        return w[:i] + w[i + 1:]
    if op < 0.85:
        return w[:i] + w[i] + w[i:]
    return w.lower() if w[0].isupper() else w


def add_typos(r, segs, rate):
    out = []
    for s in segs:
        if s[0] == "lit" and r.random() < rate:
            words = re.split(r"(\W+)", s[1])
            cand = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4]
            if cand:
                i = r.choice(cand)
                words[i] = typo_word(r, words[i])
                s = ("lit", "".join(words), None, s[3])
        out.append(s)
    return out


def pick(c, group, kind):
    g = c.H.tpl[group][kind]
    return c.rng.choice(g)


def frame(c, name):
    g = LGROUP[c.lang]
    return c.rng.choice(c.H.frames[g][name])


def build_message(H, idx):
    r = H.rng
    lang = r.choice(LANGS)
    x = r.random()
    if x < 0.3:
        channel = "email"
    elif x < 0.42:
        channel = "agent_reply"
    elif x < 0.6:
        channel = r.choice(sorted(PUBLIC))
    else:
        channel = r.choice(CHAT)
    domain = r.choice(["tel", "post"])
    c = Ctx(H, lang, domain)
    g = LGROUP[lang]
    tg = g
    if lang == "nl-be" and r.random() < 0.25:
        tg = "nl"
    segs = []
    if channel == "email":
        tid, t = pick(c, tg, f"{domain}_email")
        segs += render(c, frame(c, "greet"), "frame") + lit("\n\n")
        segs += render(c, t, tid)
        if r.random() < 0.45:
            tid2, t2 = pick(c, tg, f"{domain}_chat")
            segs += lit("\n\n" + {"nl": "PS: ", "be": "PS: ", "fr": "PS : ", "en": "PS "}[g]) + render(c, t2, tid2)
        segs += lit("\n\n") + render(c, frame(c, "close"), "frame") + lit("\n") + render(c, frame(c, "sig"), "frame")
        y = r.random()
        if y < 0.6:
            tq, tt = pick(c, tg, f"agent_{domain}")
            c.reuse = True
            q = render(c, tt, tq) + lit("\n\n") + render(c, frame(c, "agentsig"), "frame")
            segs += lit("\n\n") + render(c, frame(c, "quote"), "frame") + lit("\n") + quote(q)
        elif y < 0.8:
            tq, tt = pick(c, tg, f"{domain}_chat")
            segs += lit("\n\n") + render(c, frame(c, "fwd"), "frame") + lit("\n\n") + render(c, tt, tq)
        if r.random() < 0.55:
            segs += lit("\n\n") + render(c, frame(c, "disc"), "frame")
    elif channel == "agent_reply":
        tid, t = pick(c, tg, f"agent_{domain}")
        segs += render(c, t, tid)
        if r.random() < 0.2:
            segs += lit("\n\n") + render(c, frame(c, "agentsig"), "frame")
        if r.random() < 0.25:
            tq, tt = pick(c, tg, f"{domain}_chat")
            segs += lit("\n\n" + {"nl": "Jouw bericht:", "be": "Uw bericht:", "fr": "Votre message :", "en": "Your message:"}[g] + "\n") + quote(render(c, tt, tq))
    elif channel in PUBLIC:
        if r.random() < 0.7:
            tid, t = pick(c, tg, f"{domain}_public")
            segs += render(c, t, tid)
        else:
            tid, t = pick(c, tg, f"{domain}_chat")
            segs += render(c, "{n:mention} ", "frame") + render(c, t, tid)
    else:
        pre = frame(c, "chatpre")
        if pre:
            segs += render(c, pre, "frame") + lit(r.choice([" ", ", ", "\n", "! "]))
        tid, t = pick(c, tg, f"{domain}_chat")
        segs += render(c, t, tid)
        if r.random() < 0.25:
            tid2, t2 = pick(c, tg, f"{domain}_chat")
            segs += lit(r.choice(["\n", "\n\n", " ... ", "\nen nog iets: " if g in ("nl", "be") else "\nalso: "])) + render(c, t2, tid2)
        if r.random() < 0.15:
            segs += lit(r.choice([" thx", " 🙏", " !!", "\n" + c.person[0]]))
    segs = add_typos(r, segs, 0.12)
    # assemble
    text = ""
    spans, negs, tids = [], [], []
    for kind, s, label, tid in segs:
        st = len(text)
        text += s
        if kind == "span":
            spans.append({"type": label, "start": st, "end": len(text)})
            tids.append((label, tid))
        elif kind == "neg":
            negs.append({"kind": label, "start": st, "end": len(text)})
    half = "dev" if H.half == 0 else "heldout"
    msg = {"id": f"{PREFIX}-{half}-{idx:05d}", "channel": channel, "lang": lang,
           "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
    return msg, tids


def check(msg):
    t = msg["text"]
    allr = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (msg["id"], s)
        v = t[a:b]
        assert v == v.strip() and v, (msg["id"], s, v)
        allr.append((a, b, s.get("type") or s.get("kind")))
        if s.get("type") == "card":
            assert V.luhn_ok(v), v
        if s.get("type") == "iban":
            assert V.iban_ok(v), v
        if s.get("type") == "bsn":
            assert V.bsn_ok(v) or V.rrn_ok(v), v
        if s.get("kind") == "company_registration" and msg["lang"] in ("nl-be", "fr-be"):
            assert V.kbo_ok(v), v
    allr.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(allr, allr[1:]):
        assert b1 <= a2, (msg["id"], k1, k2)


def readme(seed, stats):
    L = []
    L.append(f"# Scrub corpus {DIR}: telecom business accounts and postal/parcel services (written blind)\n")
    L.append("This corpus was written blind: its author did not open, read, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), and did not read git history. No scrubber or scorer was run.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Telecom business accounts (small businesses with several mobile lines and SIMs, business broadband, invoices "
             "with business account numbers, number porting with PAC / Easy Switch / overstap codes, eSIM activation codes, "
             "PUKs, SIM PINs, portal logins, SMS-API keys) and postal/parcel services (parcel lockers and pickup codes, "
             "missed-delivery cards, customs/import charges, PO boxes, mail redirection, parcel claims). Dutch, Belgian "
             "(Dutch and French) and UK/US customers; chat, public posts, agent replies and e-mails with business "
             "signatures, company signatures, quoted history, forwarded headers, disclaimers and typos.\n")
    L.append("## Generation\n")
    L.append(f"`python3 generate_blind.py --seed {seed}` (inside this directory) writes `dev.jsonl`, `heldout.jsonl` and this README. "
             "Modules: `values.py` (value generators with check digits), `pools.py` (filler pools), `tpl_nl.py`, "
             "`tpl_fr_en.py` (body templates per language group and situation), `frames.py` (greetings, closings, "
             "signatures, quote/forward headers, disclaimers).\n")
    L.append("## Split rule\n")
    L.append("Every template group (language group x situation: tel_chat, post_chat, tel_public, post_public, agent_tel, "
             "agent_post, tel_email, post_email) and every frame list (greetings, closings, signatures, quote headers, "
             "forward headers, disclaimers, agent signatures, chat openers) is dealt alternately: even index to dev, odd "
             "index to heldout. Filler pools (first/last names, businesses, streets, cities, telecom and postal brands with "
             "their mentions/service numbers/domains, agents, model numbers, URL paths, hashtags) are dealt the same way. "
             "Half h uses `random.Random(seed * 2 + h)`. Typos are injected only into literal template text (cue words), "
             "never into labelled values, negatives or fillers.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word; every occurrence is labelled (repeats in quotes, agent replies).
- Parcel-locker / pickup / collection codes are labelled `otp` (single-use release codes).
- Number-porting codes (UK PAC/STAC, Belgian Easy Switch ID, Dutch overstapcode) are labelled `otp` (short-lived authorisation codes).
- eSIM activation codes (full `LPA:1$host$matching-id` string or the bare matching ID) are labelled `token`.
- SIM card numbers (ICCID) and broadband service/line IDs are labelled `customer_number` (they identify the subscriber).
- Door/gate/building codes given to drivers are labelled `pin`. Router admin passwords are `password`.
- AWS access key id and secret are both `api_key`. Dictated OTPs as words ("vier zeven ...") are `otp`.
- Belgian national register numbers are labelled `bsn`. A customer's PO box (Postbus/BP/PO Box + postcode/city) is `address`.
- Phone numbers and e-mail addresses of small-business customers (also generic ones like info@their-business) are labelled `phone`/`email`: they belong to the customer, not to the care organisation.
- The care organisation's own service numbers (brand numbers, also in agent signatures) are `company_phone` negatives; KvK, BTW/VAT, ondernemingsnummer (valid mod-97), UK company number and US EIN are `company_registration` negatives.
- Customs/import charges, fees and invoice totals are `amount`; tracking numbers (PostNL 3S, UPS 1Z, Royal Mail ..GB, USPS 94..) are `tracking_number`; claim and case numbers are `ticket_number`.
- Cards ending in digits / masked IBANs / masked phones are `masked_value` negatives. Counts of lines or parcels are `quantity`.
- Names, businesses, cities alone, SSIDs and agent names are not labelled. Company e-mail addresses do not occur (the organisation is referred to by URL).
- Not marked: numbers inside literal template text such as "3x", "30 sec.", "48 uur", "401", house numbers mentioned without a street ("nr 14").
""")
    L.append("## Known limitations\n")
    L.append("""- Templates are hand-written; per half there are roughly 6-7 body templates per language group and situation, so phrasing variety comes mostly from values, frames, fillers and typos.
- nl-be messages draw 25% of their bodies from the NL templates (with Belgian values).
- Values are synthetic; some formats (e.g. Dutch customer numbers) are plausible rather than real schemes. Phone numbers are random and may not be assigned ranges.
- Typos are simple (swap, drop, double, lower-case) and only in literal text.
- Company signatures use real brand names and service numbers as context; they are negatives, not personal data.
""")
    for half in ("dev", "heldout"):
        s = stats[half]
        L.append(f"## Counts: {half}\n")
        L.append(f"Messages: {s['n']}\n")
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k in sorted(s["spans"]):
            L.append(f"| {k} | {s['spans'][k]} | {len(s['tpl'][k])} |")
        L.append("\n| negative kind | count |\n|---|---|")
        for k in sorted(s["negs"]):
            L.append(f"| {k} | {s['negs'][k]} |")
        L.append("\n| channel | count |\n|---|---|")
        for k in sorted(s["chan"]):
            L.append(f"| {k} | {s['chan'][k]} |")
        L.append("\n| lang | count |\n|---|---|")
        for k in sorted(s["lang"]):
            L.append(f"| {k} | {s['lang'][k]} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        H = Half(a.seed, half)
        st = {"n": 0, "spans": Counter(), "negs": Counter(), "chan": Counter(), "lang": Counter(), "tpl": defaultdict(set)}
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                msg, tids = build_message(H, i)
                check(msg)
                f.write(json.dumps(msg, ensure_ascii=False) + "\n")
                st["n"] += 1
                st["chan"][msg["channel"]] += 1
                st["lang"][msg["lang"]] += 1
                for s in msg["spans"]:
                    st["spans"][s["type"]] += 1
                for s in msg["negatives"]:
                    st["negs"][s["kind"]] += 1
                for label, tid in tids:
                    st["tpl"][label].add(tid)
        stats[name] = st
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, stats))
    print({k: v["n"] for k, v in stats.items()})


if __name__ == "__main__":
    main()
