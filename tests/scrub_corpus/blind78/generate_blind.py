#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind78): marketplaces and gig platforms.

Usage: python3 generate_blind.py --seed 20261276
Writes dev.jsonl, heldout.jsonl and README.md next to this file. Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re

import pools as P
import templates_be
import templates_en
import templates_fr
import templates_nl
import values as V

PREFIX = "b78"
HERE = os.path.dirname(os.path.abspath(__file__))
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
MODS = {"nl": templates_nl, "nl-be": templates_be, "fr-be": templates_fr, "en-gb": templates_en, "en-us": templates_en}
MODNAME = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
PUBLIC = ["x_public", "facebook_comment", "instagram_comment"]
CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
TYPE_ALIAS = {"rrn": "bsn"}
SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"}
SLOT = re.compile(r"<<([~@]?)([a-z_]+?)(\d*)(?::([a-z_]+))?>>")
WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def deal_groups(groups, half, prefix):
    """groups: situation -> list of templates. Returns list of (template_id, text) for this half."""
    out = []
    for sit, lst in groups.items():
        for i, t in enumerate(lst):
            if i % 2 == half:
                out.append((f"{prefix}-{sit}-{i}", t))
    return out


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.name = ["dev", "heldout"][half]
        self.r = random.Random(seed * 2 + half)
        self.pools = P.deal(P.POOLS, half)
        self.vals = V.Values(self.r, self.pools)
        self.t = {}
        for m in set(MODNAME.values()):
            mod = {"nl": templates_nl, "be": templates_be, "fr": templates_fr, "en": templates_en}[m]
            d = {"msg": deal_groups(mod.MSG, half, f"{m}-msg"), "pub": deal_groups(mod.PUB, half, f"{m}-pub"),
                 "agent": deal_groups(mod.AGENT, half, f"{m}-agent")}
            for k, lst in mod.FRAMES.items():
                d[k] = [(f"{m}-frame-{k}-{i}", t) for i, t in enumerate(lst) if i % 2 == half]
            for k, lst in d.items():
                assert lst, (m, k, half)
            self.t[m] = d

    # ---- fillers ----
    def filler(self, name, lang):
        r, p = self.r, self.pools
        fam = MODNAME[lang]
        if name == "name":
            return f"{r.choice(p['fnames'])} {r.choice(p['lnames'])}"
        if name == "fname":
            return r.choice(p["fnames"])
        if name == "agent":
            return r.choice(p["agents"])
        if name == "brand":
            return r.choice(p["brands_" + fam])
        if name == "item":
            return r.choice(p["items_" + ("nl" if fam in ("nl", "be") else fam)])
        if name == "pet":
            return r.choice(p["pets"])
        if name == "city":
            key = {"nl": "cities_nl", "nl-be": "cities_be_nl", "fr-be": "cities_be_fr", "en-gb": "cities_gb", "en-us": "cities_us"}[lang]
            c = r.choice(p[key])
            return c[0] if isinstance(c, tuple) else c
        raise KeyError(name)

    # ---- rendering ----
    def render(self, tid, text, lang, cache):
        pieces = []
        pos = 0
        for m in SLOT.finditer(text):
            if m.start() > pos:
                pieces.append([text[pos:m.start()], None])
            pre, name, num, var = m.groups()
            key = (pre, name, num)
            if key not in cache:
                if pre == "@":
                    cache[key] = (self.filler(name, lang), ("fill",))
                elif pre == "~":
                    cache[key] = (self.vals.neg(name, lang, var), ("neg", name, tid))
                else:
                    typ = TYPE_ALIAS.get(name, name)
                    assert typ in SPAN_TYPES, name
                    cache[key] = (getattr(self.vals, name)(lang, var), ("span", typ, tid))
            val, ann = cache[key]
            pieces.append([val, ann])
            pos = m.end()
        if pos < len(text):
            pieces.append([text[pos:], None])
        return pieces

    def pick(self, lst):
        return self.r.choice(lst)

    def quote(self, pieces):
        out = []
        bol = True
        for txt, ann in pieces:
            if ann is None:
                buf = []
                for ch in txt:
                    if bol:
                        buf.append("> ")
                        bol = False
                    buf.append(ch)
                    if ch == "\n":
                        bol = True
                out.append(["".join(buf), None])
            else:
                assert "\n" not in txt
                if bol:
                    out.append(["> ", None])
                    bol = False
                out.append([txt, ann])
        return out

    def typos(self, pieces):
        r = self.r
        lit = [p for p in pieces if p[1] is None and WORD.search(p[0])]
        for _ in range(r.choice([1, 1, 2])):
            if not lit:
                return
            p = r.choice(lit)
            words = list(WORD.finditer(p[0]))
            if not words:
                continue
            w = r.choice(words)
            s, e = w.span()
            word = w.group()
            i = r.randint(1, len(word) - 3)
            k = r.randrange(3)
            if k == 0:
                nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            elif k == 1:
                nw = word[:i] + word[i + 1:]
            else:
                nw = word[:i] + word[i] + word[i:]
            p[0] = p[0][:s] + nw + p[0][e:]

    def message(self, idx):
        r = self.r
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        fam = MODNAME[lang]
        T = self.t[fam]
        cat = r.choices(["email", "chat", "public", "agent"], [30, 33, 20, 17])[0]
        cache = {}
        tids = []

        def R(pair):
            tids.append(pair[0])
            return self.render(pair[0], pair[1], lang, cache)

        if cat == "public":
            channel = r.choice(PUBLIC)
            pieces = R(self.pick(T["pub"]))
        elif cat == "agent":
            channel = "agent_reply"
            pieces = R(self.pick(T["agent"]))
            if r.random() < 0.3:
                q = R(self.pick(T["msg"]))
                pieces = pieces + [["\n\n", None]] + self.quote(q)
            if r.random() < 0.3:
                pieces += R(self.pick(T["agent_sig"]))
        elif cat == "chat":
            channel = r.choice(CHAT)
            pieces = R(self.pick(T["msg"]))
            if r.random() < 0.15:
                pieces = R((f"{fam}-chat-hi", self.pick({"nl": ["hoi ", "hallo, ", "hey "], "be": ["dag ", "hallo ", "hey "], "fr": ["bonjour ", "salut ", "coucou "], "en": ["hi ", "hey ", "hello "]}[fam]))) + pieces
        else:
            channel = "email"
            pieces = []
            fwd = r.random() < 0.12
            if fwd:
                pieces += R(self.pick(T["fwd"]))
            pieces += R(self.pick(T["greet"]))
            pieces += R(self.pick(T["msg"]))
            if r.random() < 0.85:
                ex = list(T["extra"])
                r.shuffle(ex)
                for e in ex[:r.choice([1, 1, 2])]:
                    pieces += R(e)
            pieces += R(self.pick(T["close"]))
            if r.random() < 0.8:
                q = R(self.pick(T["quote_head"]))
                body = R(self.pick(T["agent"])) + R(self.pick(T["agent_sig"]))
                if q[-1][0].endswith(":\n") and not q[0][0].lstrip("\n").startswith(">"):
                    pieces += q + self.quote(body)
                elif "> " in "".join(t for t, _ in q):
                    pieces += q + self.quote(body)
                else:
                    pieces += q + body
            if r.random() < 0.45:
                pieces += R(self.pick(T["disclaimer"]))
        if r.random() < 0.3:
            self.typos(pieces)
        if cat in ("chat", "public") and r.random() < 0.12:
            for p in pieces:
                if p[1] is None:
                    p[0] = p[0].lower()
        text = ""
        spans, negs = [], []
        for txt, ann in pieces:
            s = len(text)
            text += txt
            if ann and ann[0] != "fill":
                if ann[0] == "span":
                    spans.append({"type": ann[1], "start": s, "end": len(text), "_tid": ann[2]})
                else:
                    negs.append({"kind": ann[1], "start": s, "end": len(text), "_tid": ann[2]})
        # trim outer whitespace of the message, shifting offsets
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        for a in spans + negs:
            a["start"] -= lead
            a["end"] -= lead
        vis = "public" if channel in PUBLIC else "private"
        return {"id": f"{PREFIX}-{self.name}-{idx:05d}", "channel": channel, "lang": lang, "visibility": vis,
                "text": text, "spans": spans, "negatives": negs, "_tids": tids}


def check(msg):
    t = msg["text"]
    allr = []
    for a in msg["spans"] + msg["negatives"]:
        s, e = a["start"], a["end"]
        assert 0 <= s < e <= len(t), (msg["id"], a)
        v = t[s:e]
        assert v == v.strip() and v, (msg["id"], a, v)
        allr.append((s, e, a.get("type") or a.get("kind")))
    allr.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(allr, allr[1:]):
        assert e1 <= s2, (msg["id"], k1, k2)
    for a in msg["spans"]:
        v = t[a["start"]:a["end"]]
        if a["type"] == "card":
            d = "".join(c for c in v if c.isdigit())
            assert 13 <= len(d) <= 19 and V.luhn_ok(d), (msg["id"], v)
        elif a["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif a["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)
        elif a["type"] == "email":
            assert "@" in v and " " not in v
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC else "private")


def stats(msgs):
    st = {"n": len(msgs), "spans": collections.Counter(), "span_tpl": collections.defaultdict(set), "negs": collections.Counter(),
          "channels": collections.Counter(), "langs": collections.Counter(), "email_sizes": []}
    for m in msgs:
        st["channels"][m["channel"]] += 1
        st["langs"][m["lang"]] += 1
        if m["channel"] == "email":
            st["email_sizes"].append(len(m["text"].encode("utf-8")))
        for a in m["spans"]:
            st["spans"][a["type"]] += 1
            st["span_tpl"][a["type"]].add(a["_tid"])
        for a in m["negatives"]:
            st["negs"][a["kind"]] += 1
    return st


def table(title, head, rows):
    out = [f"**{title}**", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def readme(seed, sts):
    d, h = sts
    L = []
    L.append("# Scrub corpus blind78 — online marketplaces and gig platforms (written blind)\n")
    L.append("This corpus was written blind: its author did not open, list, grep or run anything under `functions/`, `tests/unit/`, "
             "`bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), "
             "and did not read git history. No scrubber or scorer was run. Values and phrasings come from public knowledge of how "
             "platforms format data and how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nOnline marketplaces and gig platforms: second-hand sellers and buyers (listings, payouts, shipping labels, "
             "disputes), couriers and ride/delivery drivers, freelancers on job platforms, pet sitters and vets booked through apps, "
             "shop/API integrations of sellers, and support replies from those platforms. Languages nl, nl-be, fr-be, en-gb, en-us; "
             "channels e-mail (with greetings, signatures, quoted agent replies, forwarded headers, disclaimers), chat/DM, public "
             "posts with mentions and hashtags, and agent replies.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind78\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Python 3.11 standard library only. Modules: `values.py` (value generators with check digits), `pools.py` (filler "
             "pools), `templates_nl.py`, `templates_be.py`, `templates_fr.py`, `templates_en.py` (templates and e-mail frames per "
             "language), `generate_blind.py` (rendering, split, self-check, README).\n")
    L.append("## Split rule\n\nTemplates are written in groups (language family x kind [customer message, public post, agent reply, "
             "e-mail frame: greeting, closing/signature, extra paragraph, quote header, forward header, disclaimer, agent signature] "
             "x situation). Within each group members are dealt alternately: even index to dev, odd index to heldout, so no template, "
             "frame, greeting, signature or quote block is shared between the halves. Every filler pool (first/last names, streets, "
             "cities, platform brands, agents, pets, items, mentions, hashtags, URLs, model numbers, company phone numbers, password "
             "words, mail domains) is dealt alternately the same way. Each half draws from its own `random.Random(seed * 2 + half)` "
             "(dev = half 0, heldout = half 1). Typos (letter swap, drop or doubling in words of 5+ letters) and occasional "
             "lower-casing are applied only to literal text, never to labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, without cue words, quotes or trailing punctuation. Every occurrence is labelled, also when "
             "an agent reply or quoted history repeats it (a value reused inside one message is the same string).\n"
             "- Belgian national register numbers (rijksregisternummer / numéro de registre national) are labelled `bsn`.\n"
             "- Old and new passwords are both `password`; SIM PIN, keybox, alarm and gate codes are `pin` (gate codes may carry a "
             "leading/trailing `#` or `*`, which is part of the typed code and inside the span).\n"
             "- OTPs dictated as words (\"vier acht drie ...\") are one `otp` span covering the whole word sequence.\n"
             "- AWS access key id and secret are both `api_key`; Stripe/Mollie/Google/SendGrid keys and bare 32-hex keys after "
             "\"API key\" are `api_key`; JWT bearer tokens, GitHub/GitLab PATs, Slack bot tokens, Shopify access tokens, session ids "
             "and hex tokens after \"token\" are `token`.\n"
             "- Seller IDs, courier/rider/driver/Dasher IDs, freelancer profile IDs, vet clinic client numbers and platform account "
             "numbers are `customer_number`: they identify the person. Order, trip and transaction numbers are `order_number` "
             "negatives.\n"
             "- An e-mail address in a forwarded header (`From: Name <address>`) is an `email` span; the angle brackets are outside.\n"
             "- A phone number or address in the customer's signature is labelled; the platform's own numbers (in agent signatures "
             "and texts) are `company_phone` negatives.\n"
             "- Addresses are single-line (street + number, optionally bus/boîte/flat/apt, postcode and city) and the whole string "
             "is one span; a city alone, names, SSIDs (e.g. `KPN_Bello`), agent initials and pets are not labelled.\n"
             "- Negatives: dates/times/amounts/quantities (e.g. `3 pakketten`)/percentages/years, order/ticket/invoice/tracking "
             "numbers, request ids, error codes (incl. `HTTP 503`), versions (incl. `iOS 17.4.1`), phone model numbers, product "
             "codes, flight numbers, company phones and registrations (KvK, BTW/VAT, ondernemingsnummer, company no.), URLs, "
             "mentions, hashtags, masked card/IBAN/e-mail/phone values, odometer readings (`meter_reading`), ports and checksums. "
             "A masked value such as `ending 1234` includes the word `ending` inside the negative.\n")
    L.append("## Known limitations\n\n"
             "- Template-based: about 20-30 customer templates per language family and half; values vary per message but "
             "sentence frames repeat within a half.\n"
             "- Literal numbers inside template text (e.g. `3-5 werkdagen`, `3x`) are not marked as negatives.\n"
             "- Addresses never span several lines; names are never labelled (by design of the label set).\n"
             "- Platform brand names are real public names used only as filler; all values are random and synthetic.\n"
             "- en-gb and en-us share the English templates; locale differs in phones, addresses, dates and currencies.\n")
    L.append("## Counts\n")
    for name, st in (("dev", d), ("heldout", h)):
        sz = sorted(st["email_sizes"])
        L.append(f"### {name}\n\nMessages: {st['n']}. E-mails: {len(sz)} (median {sz[len(sz) // 2]} bytes, "
                 f"{sum(1 for x in sz if 500 <= x <= 2048)} between 0.5 and 2 KB).\n")
        L.append(table("Spans per type", ["type", "spans", "distinct templates"], [(k, st["spans"][k], len(st["span_tpl"][k])) for k in sorted(st["spans"])]))
        L.append(table("Negatives per kind", ["kind", "count"], sorted(st["negs"].items())))
        L.append(table("Channels", ["channel", "messages"], sorted(st["channels"].items())))
        L.append(table("Languages", ["lang", "messages"], sorted(st["langs"].items())))
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    sts = []
    for half in (0, 1):
        H = Half(a.seed, half)
        msgs = [H.message(i) for i in range(N_PER_HALF)]
        for m in msgs:
            check(m)
        sts.append(stats(msgs))
        with open(os.path.join(HERE, ["dev", "heldout"][half] + ".jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                m.pop("_tids")
                for x in m["spans"] + m["negatives"]:
                    x.pop("_tid")
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # split rule self-check: no template id shared
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, sts))
    print("dev", sts[0]["n"], "heldout", sts[1]["n"])


if __name__ == "__main__":
    main()
