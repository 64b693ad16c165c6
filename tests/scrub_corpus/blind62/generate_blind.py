#!/usr/bin/env python3
"""Blind labelled webcare corpus generator: parcels, couriers and returns (blind62).

python3 generate_blind.py --seed 20261260   -> dev.jsonl, heldout.jsonl, README.md
Python 3.11 standard library only.
"""
import argparse
import collections
import json
import random
import re
import unicodedata

import pools as P
import values as V
import tpl_nl
import tpl_be
import tpl_en

PREFIX = "b62"
N_PER_HALF = 950
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KIND_W = [("email", 28), ("chat", 34), ("public", 18), ("agent", 20)]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC_SET = set(PUBLIC_CH)

TPL = {"nl": tpl_nl.__dict__, "nl-be": tpl_be.NLBE, "fr-be": tpl_be.FRBE, "en": tpl_en.__dict__}
KIND_KEY = {"chat": "CHAT", "public": "PUBLIC", "email": "EMAIL_BODY", "agent": "AGENT"}


def tgroup(lang):
    return "en" if lang.startswith("en") else lang


def deal(seq, half):
    out = list(seq)[half::2]
    assert out, "empty pool after dealing"
    return out


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, r, lang, half):
        self.r, self.lang, self.half = r, lang, half
        self.first = r.choice(deal(P.FIRST[lang], half))
        self.last = r.choice(deal(P.LAST[lang], half))
        self.nb = r.choice(deal(P.FIRST[lang], half)) + " " + r.choice(deal(P.LAST[lang], half))
        self.carrier = r.choice(deal(P.CARRIERS[lang], half))
        self.shop = r.choice(deal(P.SHOPS[lang], half))
        self.agent = r.choice(deal(P.AGENTS[lang], half))
        self.city = r.choice(deal(P.CITIES[lang], half))
        self.cache = {}


def pc_nl(r, ctx, city):
    return city[1] + V.digits(r, 2) + " " + r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")


def gb_pc(r, pre):
    return pre + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")


def street_only(ctx):
    r, lang, h = ctx.r, ctx.lang, ctx.half
    st = r.choice(deal(P.STREETS[lang], h))
    n = r.randint(1, 240)
    if lang == "nl":
        return r.choice(["%s %d" % (st, n), "%s %d%s" % (st, n, r.choice("abcABC")), "%s %d-%d" % (st, n, r.randint(1, 4)), "%s %d hs" % (st, n), "%s %d-II" % (st, n), "%s %d" % (st.replace("straat", "str."), n) if "straat" in st else "%s %d" % (st, n)])
    if lang == "nl-be":
        return r.choice(["%s %d" % (st, n), "%s %d bus %d" % (st, n, r.randint(1, 12)), "%s %d/%d" % (st, n, r.randint(1, 9)), "%s %d%s" % (st, n, r.choice("AB"))])
    if lang == "fr-be":
        return r.choice(["%s %d" % (st, n), "%s, %d" % (st, n), "%s %d bte %d" % (st, n, r.randint(1, 9)), "%d %s" % (n, st), "%s %d/%d" % (st, n, r.randint(1, 9))])
    if lang == "en-gb":
        return r.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (r.randint(1, 12), n, st), "%d%s %s" % (n, r.choice("ab"), st)])
    return r.choice(["%d %s" % (n * 7 + 100, st), "%d %s Apt %d%s" % (n * 7 + 100, st, r.randint(1, 9), r.choice("ABCD")), "%d %s #%d" % (n * 7 + 100, st, r.randint(2, 40))])


def full_addr(ctx, multiline=False):
    r, lang = ctx.r, ctx.lang
    city = r.choice(deal(P.CITIES[lang], ctx.half))
    s = street_only(ctx)
    sep = "\n" if multiline else r.choice([", ", ", ", " ", " - "]) if lang != "en-us" else ", "
    if lang == "nl":
        pc = pc_nl(r, ctx, city)
        if r.random() < 0.2:
            pc = pc.replace(" ", "")
        tail = pc + " " + (city[0].upper() if r.random() < 0.15 else city[0])
        if not multiline and r.random() < 0.2:
            return s + ", " + city[0]
    elif lang in ("nl-be", "fr-be"):
        tail = city[1] + " " + city[0]
        if not multiline and r.random() < 0.15:
            tail = "B-" + tail
    elif lang == "en-gb":
        tail = city[0] + " " + gb_pc(r, city[1]) if not multiline else city[0] + "\n" + gb_pc(r, city[1])
        if not multiline and r.random() < 0.3:
            tail = city[0] + ", " + gb_pc(r, city[1])
    else:
        z = V.digits(r, 5, True)
        tail = city[0] + ", " + city[1] + " " + z if not multiline else city[0] + ", " + city[1] + " " + z
    return s + sep + tail


def pchn(ctx):
    r = ctx.r
    if ctx.lang != "nl":
        return full_addr(ctx)
    city = r.choice(deal(P.CITIES["nl"], ctx.half))
    pc = pc_nl(r, ctx, city)
    n = r.randint(1, 240)
    return r.choice(["%s %d" % (pc, n), "%s%d" % (pc.replace(" ", ""), n), "%s %d-%d" % (pc, n, r.randint(1, 3)), "%s %d%s" % (pc.replace(" ", ""), n, r.choice("ab")), "%s, %d" % (pc, n)])


DOMAINS = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "icloud.com"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com"]}


def email(ctx):
    r = ctx.r
    f = strip_acc(ctx.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = strip_acc(ctx.last).lower().replace(" ", "").replace("'", "")
    if r.random() < 0.3:
        f = strip_acc(r.choice(deal(P.FIRST[ctx.lang], ctx.half))).lower().replace("-", "")
    loc = r.choice([f + "." + l, f + l + str(r.randint(1, 99)), f[0] + "." + l, f + "_" + l, l + "." + f, f + str(r.randint(1975, 2004)), f + "-" + l[:4]])
    return loc + "@" + r.choice(DOMAINS[ctx.lang])


def custno(ctx):
    r = ctx.r
    return r.choice([V.digits(r, 8, True), V.digits(r, 10, True), "K" + V.digits(r, 7), V.digits(r, 3, True) + " " + V.digits(r, 3) + " " + V.digits(r, 3),
                     "C-" + V.digits(r, 8), V.digits(r, 7, True), "CUS" + V.digits(r, 6), V.digits(r, 4, True) + "-" + V.digits(r, 4)])


def initials(ctx):
    return ctx.agent[0].upper() + ctx.r.choice("ABDEHJKLMNPRSTVW")


S, N, F = "span", "neg", "fill"
KEYS = {
    # spans
    "phone": (S, "phone", lambda c: V.phone(c.r, c.lang)),
    "email": (S, "email", email),
    "addr": (S, "address", lambda c: full_addr(c)),
    "addr2": (S, "address", lambda c: full_addr(c, True)),
    "street": (S, "address", street_only),
    "pchn": (S, "address", pchn),
    "dob": (S, "date_of_birth", lambda c: V.dob(c.r, c.lang)),
    "custno": (S, "customer_number", custno),
    "iban": (S, "iban", lambda c: V.iban(c.r, {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB"}.get(c.lang) if c.r.random() < 0.75 else None)),
    "card": (S, "card", lambda c: V.card(c.r)),
    "cvv": (S, "cvv", lambda c: V.cvv(c.r)),
    "exp": (S, "card_expiry", lambda c: V.expiry(c.r)),
    "bsn": (S, "bsn", lambda c: V.bsn(c.r)),
    "rrn": (S, "bsn", lambda c: V.rrn(c.r)),
    "pw": (S, "password", lambda c: V.password(c.r)),
    "user": (S, "username", lambda c: V.username(c.r, strip_acc(c.first).replace("-", ""), strip_acc(c.last).replace("'", ""))),
    "otp": (S, "otp", lambda c: V.otp(c.r)),
    "code": (S, "otp", lambda c: V.pickup_code(c.r)),
    "pin": (S, "pin", lambda c: V.pin(c.r)),
    "puk": (S, "puk", lambda c: V.puk(c.r)),
    "wifi": (S, "wifi_key", lambda c: V.wifi(c.r)),
    "apikey": (S, "api_key", lambda c: V.api_key(c.r)),
    "awskey": (S, "api_key", lambda c: "AKIA" + "".join(c.r.choice(V.UP + V.DIG) for _ in range(16))),
    "awssecret": (S, "api_key", lambda c: V.aws_secret(c.r)),
    "token": (S, "token", lambda c: V.token(c.r)),
    "ip": (S, "ip_address", lambda c: V.ip(c.r)),
    # negatives
    "trk": (N, "tracking_number", lambda c: V.tracking(c.r, c.carrier)),
    "order": (N, "order_number", lambda c: V.order_number(c.r, c.shop)),
    "case": (N, "ticket_number", lambda c: V.case_number(c.r)),
    "inv": (N, "invoice_number", lambda c: V.invoice_number(c.r)),
    "amt": (N, "amount", lambda c: V.amount(c.r, c.lang)),
    "date": (N, "date", lambda c: V.date(c.r, c.lang)),
    "time": (N, "time", lambda c: V.time_(c.r, c.lang)),
    "qty": (N, "quantity", lambda c: V.quantity(c.r, c.lang)),
    "pct": (N, "percentage", lambda c: V.percentage(c.r)),
    "cphone": (N, "company_phone", lambda c: c.r.choice(deal(V.COMPANY_PHONES[c.lang], c.half))),
    "kvk": (N, "company_registration", lambda c: V.company_reg(c.r, c.lang)),
    "url": (N, "url", lambda c: c.r.choice(deal(P.URLS[c.lang], c.half))),
    "furl": (N, "url", lambda c: c.r.choice(deal(P.FAKE_URLS[c.lang], c.half))),
    "mention": (N, "mention", lambda c: P.HANDLES[c.carrier][c.half]),
    "smention": (N, "mention", lambda c: P.SHOP_HANDLES[c.shop]),
    "hashtag": (N, "hashtag", lambda c: c.r.choice(deal(P.HASHTAGS[c.lang], c.half))),
    "masked": (N, "masked_value", lambda c: V.masked(c.r, c.lang)),
    "reqid": (N, "request_id", lambda c: V.request_id(c.r)),
    "err": (N, "error_code", lambda c: V.error_code(c.r)),
    "ver": (N, "version_string", lambda c: V.version(c.r)),
    "model": (N, "model_number", lambda c: V.model(c.r)),
    "sku": (N, "product_code", lambda c: V.product_code(c.r)),
    "flight": (N, "flight_number", lambda c: V.flight(c.r)),
    "port": (N, "port", lambda c: str(c.r.choice([8443, 8080, 3000, 443, 5000, 9090]))),
    "checksum": (N, "checksum", lambda c: V.checksum(c.r)),
    # unlabelled fillers
    "name": (F, None, lambda c: c.first + " " + c.last),
    "fname": (F, None, lambda c: c.first),
    "lname": (F, None, lambda c: c.last),
    "nb": (F, None, lambda c: c.nb),
    "agent": (F, None, lambda c: c.agent),
    "ag": (F, None, initials),
    "carrier": (F, None, lambda c: c.carrier),
    "shop": (F, None, lambda c: c.shop),
    "city": (F, None, lambda c: c.city[0]),
    "ssid": (F, None, lambda c: c.r.choice(deal(P.SSIDS, c.half))),
    "item": (F, None, lambda c: c.r.choice(deal(P.ITEMS[c.lang], c.half))),
}
PH = re.compile(r"\{(\w+)(?::(\w+))?\}")


def render(tpl, ctx, tid):
    """Template -> list of segments [text, kind, type, tid]."""
    segs, pos = [], 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], "lit", None, tid])
        key, tag = m.group(1), m.group(2)
        kind, typ, fn = KEYS[key]
        ck = (key, tag)
        if tag and ck in ctx.cache:
            val = ctx.cache[ck]
        else:
            val = fn(ctx)
            if tag:
                ctx.cache[ck] = val
        if isinstance(val, tuple):
            pre, val = val
            if pre:
                segs.append([pre, "lit", None, tid])
        segs.append([val, kind, typ, tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], "lit", None, tid])
    return segs


def lit(t, tid="frame"):
    return [[t, "lit", None, tid]]


def quote_gt(segs):
    out = [["> ", "lit", None, "frame"]]
    for t, k, ty, tid in segs:
        if k in ("span", "neg"):
            assert "\n" not in t
            out.append([t, k, ty, tid])
        else:
            out.append([t.replace("\n", "\n> "), k, ty, tid])
    return out


def typo_word(r, w):
    i = r.randint(1, len(w) - 2)
    op = r.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def inject_typos(r, segs, n):
    for _ in range(n):
        cands = [s for s in segs if s[1] == "lit" and re.search(r"[A-Za-z]{4,}", s[0])]
        if not cands:
            return
        s = r.choice(cands)
        words = list(re.finditer(r"[A-Za-z]{4,}", s[0]))
        m = r.choice(words)
        s[0] = s[0][:m.start()] + typo_word(r, m.group(0)) + s[0][m.end():]


def pick(cycles, key, lst, r):
    q = cycles.get(key)
    if not q:
        q = list(range(len(lst)))
        r.shuffle(q)
        cycles[key] = q
    return q.pop()


def build_email(ctx, T, g, cycles, r):
    segs = []
    part = lambda name: (lambda lst: (lst, name))(deal(T[name], ctx.half))
    def one(name):
        lst = deal(T[name], ctx.half)
        i = pick(cycles, (g, name, ctx.half), lst, r)
        return lst[i], "%s/%s/%d" % (g, name, i * 2 + ctx.half)
    body, btid = one("EMAIL_BODY")
    if r.random() < 0.35:
        t, tid = one("SUBJ")
        segs += render(t, ctx, tid) + lit("\n\n")
    t, tid = one("GREET")
    segs += render(t, ctx, tid) + lit("\n\n")
    segs += render(body, ctx, btid)
    t, tid = one("CLOSE")
    segs += lit("\n\n") + render(t, ctx, tid) + lit("\n")
    t, tid = one("SIG")
    segs += render(t, ctx, tid)
    if r.random() < 0.7 or sum(len(s[0]) for s in segs) < 480:
        (hdr, style, qb), tid = one("QUOTE")
        segs += lit("\n\n") + render(hdr, ctx, tid) + lit("\n\n" if style == "plain" else "\n")
        qs = render(qb, ctx, tid)
        segs += quote_gt(qs) if style == "gt" else qs
    if r.random() < 0.35:
        t, tid = one("DISCL")
        segs += lit("\n\n") + render(t, ctx, tid)
    return segs, btid


def assemble(segs):
    text, spans, negs = "", [], []
    for t, k, ty, tid in segs:
        s = len(text)
        text += t
        if k == "span":
            spans.append({"type": ty, "start": s, "end": len(text), "_tid": tid})
        elif k == "neg":
            negs.append({"kind": ty, "start": s, "end": len(text), "_tid": tid})
    return text, spans, negs


def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "S:" + s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "N:" + n["kind"]) for n in rec["negatives"]]
    for a, b, lab in items:
        v = text[a:b]
        assert 0 <= a < b <= len(text), (rec["id"], lab)
        assert v == v.strip() and v, (rec["id"], lab, v)
        assert v[-1] not in ".,;:", (rec["id"], lab, v)
    items.sort()
    for (a1, b1, l1), (a2, b2, l2) in zip(items, items[1:]):
        assert b1 <= a2, ("overlap", rec["id"], l1, l2)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_SET else "private")


def weighted(r, pairs):
    x = r.uniform(0, sum(w for _, w in pairs))
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def gen_half(seed, half):
    r = random.Random(seed * 2 + half)
    cycles, out = {}, []
    name = ["dev", "heldout"][half]
    for i in range(N_PER_HALF):
        lang = weighted(r, LANG_W)
        kind = weighted(r, KIND_W)
        g = tgroup(lang)
        T = TPL[g]
        ctx = Ctx(r, lang, half)
        if kind == "email":
            segs, tid = build_email(ctx, T, g, cycles, r)
            channel = "email"
        else:
            lst = deal(T[KIND_KEY[kind]], half)
            j = pick(cycles, (g, kind, half), lst, r)
            tid = "%s/%s/%d" % (g, KIND_KEY[kind], j * 2 + half)
            segs = render(lst[j], ctx, tid)
            if kind == "chat":
                channel = r.choice(CHAT_CH)
                if r.random() < 0.15:
                    for s in segs:
                        if s[1] == "lit":
                            s[0] = s[0].lower()
            elif kind == "public":
                channel = r.choice(PUBLIC_CH)
                if channel != "x_public" and segs and segs[0][2] == "mention" and r.random() < 0.5:
                    segs = segs[1:]
                    segs[0][0] = segs[0][0].lstrip()
                    if not segs[0][0]:
                        segs = segs[1:]
            else:
                channel = "agent_reply"
        if r.random() < 0.35:
            inject_typos(r, segs, r.choice([1, 1, 2, 3]))
        text, spans, negs = assemble(segs)
        rec = {"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC_SET else "private",
               "text": text, "spans": spans, "negatives": negs, "_tpl": tid}
        check(rec)
        out.append(rec)
    return out


def strip_private(rec):
    return {"id": rec["id"], "channel": rec["channel"], "lang": rec["lang"], "visibility": rec["visibility"], "text": rec["text"],
            "spans": [{k: v for k, v in s.items() if not k.startswith("_")} for s in rec["spans"]],
            "negatives": [{k: v for k, v in n.items() if not k.startswith("_")} for n in rec["negatives"]]}


def stats(recs):
    st = {"n": len(recs), "spans": collections.Counter(), "span_tpl": collections.defaultdict(set), "negs": collections.Counter(),
          "ch": collections.Counter(), "lang": collections.Counter(), "email_len": []}
    for r in recs:
        st["ch"][r["channel"]] += 1
        st["lang"][r["lang"]] += 1
        if r["channel"] == "email":
            st["email_len"].append(len(r["text"].encode("utf-8")))
        for s in r["spans"]:
            st["spans"][s["type"]] += 1
            st["span_tpl"][s["type"]].add(s["_tid"])
        for n in r["negatives"]:
            st["negs"][n["kind"]] += 1
    return st


def readme(seed, sd, sh):
    L = []
    a = L.append
    a("# Scrub corpus blind62: parcels, couriers and returns (written blind)\n")
    a("This corpus was written blind: while writing it I did not open, read, list or run anything under `functions/`, "
      "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus/scorer/generator directory under `tests/scrub_corpus/`, "
      "nor the git history. No scrubber or scorer was run. Values and phrasing come from public knowledge of how carriers, "
      "postal services, webshops and their customers write.\n")
    a("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    a("## Emphasis\n")
    a("People writing to parcel carriers (PostNL, DHL, DPD, GLS, bpost, Royal Mail, Evri, USPS, UPS, FedEx, ...), and webshops "
      "about deliveries that went wrong: left with a neighbour, wrong address, damaged, stolen from the doorstep, customs/import "
      "charges, pick-up points, parcel lockers with collection codes, returns and refunds, smishing (fake 'pay the fee' texts), "
      "hijacked shop accounts, business shippers with API problems, bank-card/SIM letters delivered opened. Agents answer with "
      "case numbers and repeat values. Languages: nl, nl-be, fr-be, en-gb, en-us; all channels.\n")
    a("## Generation\n")
    a("```\ncd tests/scrub_corpus/blind62\npython3 generate_blind.py --seed %d\n```\n" % seed)
    a("Modules: `values.py` (value generators + check digits), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, "
      "`tpl_en.py` (templates per language), `generate_blind.py` (engine, self-check, README).\n")
    a("## Split rule\n")
    a("Templates are written in groups (language group x kind: chat, public, email body, agent reply; and for e-mails also "
      "subject lines, greetings, closings, signatures, quoted/forwarded blocks, disclaimers). Each group is dealt alternately: "
      "even index to dev, odd to heldout, so no template, frame, greeting, signature or quote block is shared. Every filler pool "
      "(first/last names, streets, cities, carriers, shops, agents, carrier handles, hashtags, URLs, company service numbers, SSIDs, "
      "items) is dealt the same way. Half h uses `random.Random(seed * 2 + h)`. Typos are injected only into literal template text "
      "(including cue words), never into labelled values or fillers. en-gb and en-us share the English template group (values, "
      "addresses, phones, service numbers and carriers follow the locale).\n")
    a("## Labelling conventions and judgement calls\n")
    for x in [
        "Spans cover the value only, never the cue word; every occurrence is labelled, also when an agent or quoted block repeats it.",
        "Parcel-locker / pick-up-point collection codes (ophaalcode, afhaalcode, code de retrait, collection code) are labelled `otp`: they are one-time secrets that release the parcel.",
        "Door, portiek, gate, keybox, shed-padlock codes and the PIN printed in a bank-card or SIM letter are `pin`; the SIM PUK is `puk`.",
        "Belgian national register numbers (rijksregisternummer / registre national) are labelled `bsn`, as the brief asks; they pass the mod-97 check (also the post-2000 variant).",
        "Addresses: street + number alone is `address` (e.g. the neighbour's address), as is street + number + postcode + city. A Dutch 'postcode + huisnummer' (e.g. `3512 AB 14`) is `address`. In a few e-mail signatures the address spans two lines and is one span including the newline. A bare house number ('number 12') or a city alone is not labelled.",
        "AWS access key id and secret, vendor-prefixed keys (sk_live_, SG., pk_) and plain hex API keys are `api_key`; JWT bearer tokens, ghp_/shpat_ tokens and hex tokens are `token`.",
        "Customer, account, business-account and 'klantnummer/klantennummer/numéro client' values are `customer_number`; order, tracking, case/dossier/reference and invoice numbers are negatives.",
        "Company registration negatives cover the number only, not the 'KvK'/'BTW'/'Company No.' cue. Product code negatives likewise exclude 'EAN'/'SKU'/'ASIN'.",
        "Carrier and shop @handles are `mention` negatives; names of customers, neighbours and agents, agent initials (^SK), cities, SSIDs are not labelled.",
        "Service numbers of carriers/shops are `company_phone` negatives; the phone of a driver, neighbour or customer is `phone`.",
        "Masked values (****1234, NL** **** **** **12 34, j***@gmail.com) are `masked_value` negatives.",
    ]:
        a("- " + x)
    a("")
    a("## Known limitations\n")
    for x in [
        "Template-based: phrasing variety is limited to the written templates (~%d per half) plus random fillers and typos." % 0,
        "Values inside a message rarely change format when repeated (repeats are verbatim).",
        "No values are split across lines or obfuscated by spelling them out; few emojis; no non-Latin scripts.",
        "Customs/registration numbers and service phone numbers are plausible but not verified real numbers.",
        "Dates of birth and generic dates share formats; only context distinguishes them.",
    ]:
        a("- " + x)
    a("")
    a("## Counts\n")
    for nm, st in (("dev", sd), ("heldout", sh)):
        el = sorted(st["email_len"])
        a("### %s\n" % nm)
        a("Messages: %d. E-mails: %d (median %d bytes, %d%% between 500 and 2000 bytes).\n" % (
            st["n"], len(el), el[len(el) // 2] if el else 0, 100 * sum(500 <= x <= 2000 for x in el) // max(1, len(el))))
        a("| span type | count | distinct templates |\n|---|---|---|")
        for k in sorted(st["spans"]):
            a("| %s | %d | %d |" % (k, st["spans"][k], len(st["span_tpl"][k])))
        a("\n| negative kind | count |\n|---|---|")
        for k in sorted(st["negs"]):
            a("| %s | %d |" % (k, st["negs"][k]))
        a("\n| channel | count |\n|---|---|")
        for k in sorted(st["ch"]):
            a("| %s | %d |" % (k, st["ch"][k]))
        a("\n| lang | count |\n|---|---|")
        for k in sorted(st["lang"]):
            a("| %s | %d |" % (k, st["lang"][k]))
        a("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    halves = [gen_half(args.seed, h) for h in (0, 1)]
    # split check: no template id shared between halves
    t0 = {s["_tid"] for r in halves[0] for s in r["spans"] + r["negatives"]}
    t1 = {s["_tid"] for r in halves[1] for s in r["spans"] + r["negatives"]}
    assert not (t0 & t1), "template shared between halves"
    for nm, recs in zip(("dev", "heldout"), halves):
        with open(nm + ".jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(strip_private(r), ensure_ascii=False) + "\n")
    ntpl = len({r["_tpl"] for r in halves[0]})
    txt = readme(args.seed, stats(halves[0]), stats(halves[1])).replace("(~0 per half)", "(~%d main templates per half)" % ntpl)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(txt)
    print("dev %d, heldout %d" % tuple(len(h) for h in halves))


if __name__ == "__main__":
    main()
