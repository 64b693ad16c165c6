#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind52). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261250
"""
import argparse
import collections
import json
import random
import re

import negs as N
import pools as P
import values as V
from frames import FRAMES, SHARED
from templates import TEMPLATES

SLOT_RE = re.compile(r"\{(\w+)(?::([\w-]+))?(?:@(\w+))?\}")

SPAN_SLOTS = {"pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username", "api": "api_key",
              "tok": "token", "card": "card", "cvv": "cvv", "exp": "card_expiry", "iban": "iban", "bsn": "bsn", "rrn": "bsn",
              "email": "email", "phone": "phone", "addr": "address", "dob": "date_of_birth", "cust": "customer_number", "ip": "ip_address"}
NEG_SLOTS = {"date": "date", "time": "time", "amt": "amount", "qty": "quantity", "pct": "percentage", "year": "year", "order": "order_number",
             "ticket": "ticket_number", "inv": "invoice_number", "track": "tracking_number", "req": "request_id", "err": "error_code",
             "ver": "version_string", "model": "model_number", "prod": "product_code", "flight": "flight_number", "cphone": "company_phone",
             "kvk": "company_registration", "url": "url", "ment": "mention", "tag": "hashtag", "mask": "masked_value", "meter": "meter_reading",
             "port": "port", "sha": "checksum"}

# origin -> names, phone country, iban country, address country, month language, e-mail domains
ORIGIN = {"de": ("de", "de", "de", "de", "de", "de"), "pl": ("pl", "pl", "pl", "pl", "pl", "pl"), "tr": ("tr", "tr", "tr", "tr", "tr", "tr"),
          "ma": ("ma", "ma", "nl", "ma", "fr", "ma"), "pt": ("pt", "pt", "pt", "pt", "pt", "pt"), "en": ("en", "uk", "uk", "uk", "en", "uk"),
          "us": ("us", "us", "nl", "us", "en", "us"), "fr": ("fr", "fr", "fr", "fr", "fr", "fr"), "bef": ("fr", "be", "be", "bef", "fr", "be"),
          "lu": ("lu", "lu", "lu", "lu", "lu", "lu"), "nl": ("nl", "nl", "nl", "nl", "nl", "nl"), "be": ("be", "be", "be", "be", "nl", "be")}
LANG_ORIGINS = {"nl": ["de", "pl", "tr", "ma", "pt", "en", "us", "nl"], "nl-be": ["be", "ma", "tr", "pl", "de", "fr", "lu"],
                "fr-be": ["bef", "lu", "ma", "pt", "tr", "de", "pl", "fr"], "en-gb": ["en", "pt", "pl", "de", "tr", "ma", "fr", "lu"],
                "en-us": ["us", "en", "pt", "pl", "de", "tr", "ma", "fr"]}
TKEY = {"nl": "nl", "nl-be": "nlbe", "fr-be": "frbe", "en-gb": "en", "en-us": "en"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = [("email", 30), ("whatsapp", 10), ("messenger", 8), ("x_dm", 7), ("instagram_dm", 5), ("telegram", 3),
            ("x_public", 10), ("facebook_comment", 8), ("instagram_comment", 5), ("agent_reply", 14)]


def deal(pool, half):
    return pool[half::2]


class Ctx:
    def __init__(self, rng, half, lang, origin):
        self.rng, self.half, self.lang, self.origin = rng, half, lang, origin
        nk, self.pcc, self.icc, self.acc, self.mlang, self.ekey = ORIGIN[origin]
        firsts, lasts = P.NAMES[nk]
        self.first, self.last = self.pick(firsts), self.pick(lasts)
        self.brand = self.pick(P.BRANDS)
        self.agent = self.pick(P.AGENTS)
        self.cache = {}
        self.tid = None

    def pick(self, pool):
        return self.rng.choice(deal(pool, self.half))

    def address(self, cc):
        r = self.rng
        st = self.pick(P.STREETS[cc])
        city, pc = self.pick(P.CITIES[cc])
        no = str(r.randint(1, 180))
        if cc == "nl":
            pcode = pc + V.digits(r, 2) + r.choice(["", " "]) + r.choice(["AB", "KL", "GT", "RS", "BX", "PM", "DC", "HW"])
            no += r.choice(["", "", "a", "-2", " B", " hs", "-III"])
            forms = [f"{st} {no}, {pcode} {city}", f"{st} {no} {pcode} {city.upper()}", f"{st} {no}", f"{st} {no}, {city}"]
        elif cc in ("be", "bef"):
            bus = r.choice(["", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 5)}", f" boîte {r.randint(1, 9)}" if cc == "bef" else ""])
            forms = [f"{st} {no}{bus}, {pc} {city}", f"{st} {no}{bus} {pc} {city}", f"{st} {no}{bus}"]
        elif cc == "de":
            st2 = st.replace("straße", r.choice(["straße", "str.", "strasse"]))
            forms = [f"{st2} {no}, {pc} {city}", f"{st2} {no}, D-{pc} {city}", f"{st2} {no}{r.choice(['a', 'b', ''])}"]
        elif cc == "pl":
            forms = [f"{st} {no}/{r.randint(1, 40)}, {pc} {city}", f"{st} {no} m. {r.randint(1, 40)}, {pc} {city}", f"{st} {no}, {pc} {city}"]
        elif cc == "tr":
            forms = [f"{st} No:{no} D:{r.randint(1, 20)}, {pc} {city}", f"{st} No: {no} Daire: {r.randint(1, 20)} {pc} {city}", f"{st} No:{no}, {city}"]
        elif cc == "ma":
            forms = [f"{no} {st}, {pc} {city}", f"{st} n° {no}, {city}", f"{no}, {st}, {pc} {city}"]
        elif cc == "pt":
            forms = [f"{st} {no}, {r.randint(1, 5)}º Esq., {pc} {city}", f"{st}, n.º {no}, {pc} {city}", f"{st} {no} {pc} {city}"]
        elif cc == "lu":
            forms = [f"{no}, {st}, {pc} {city}", f"{no} {st} {pc} {city}", f"{no}, {st}, {pc.replace('L-', 'L - ')} {city}"]
        elif cc == "fr":
            forms = [f"{no} {st}, {pc} {city}", f"{no} bis {st}, {pc} {city.upper()}", f"{no} {st} {pc} {city}"]
        elif cc == "uk":
            forms = [f"{no} {st}, {city} {pc}", f"Flat {r.randint(1, 9)}, {no} {st}, {city} {pc}", f"{no} {st}, {city}, {pc}"]
        else:
            forms = [f"{no}{V.digits(r, 2)} {st}, {city} {pc}", f"{no} {st}, Apt {r.randint(1, 20)}{r.choice('ABCD')}, {city} {pc}", f"{no}{V.digits(r, 1)} {st}"]
        return r.choice(forms)

    def url(self):
        r = self.rng
        b = self.brand.lower().replace(" ", "")
        path = self.pick(P.URL_PATHS).format(b=b)
        return r.choice(["https://", "https://", "", "http://"]) + path

    def slot(self, name, arg, key):
        if key and (name, key) in self.cache:
            return self.cache[(name, key)]
        out = self._slot(name, arg)
        if key:
            self.cache[(name, key)] = out
        return out

    def _slot(self, name, arg):
        r = self.rng
        if name in SPAN_SLOTS:
            t = SPAN_SLOTS[name]
            if name == "phone":
                cc = {"bef": "be", "en": "uk"}.get(arg, arg) if arg else self.pcc
                v = V.phone(r, cc)
            elif name == "iban":
                v = V.iban(r, {"bef": "be"}.get(arg, arg) if arg else self.icc)
            elif name == "addr":
                v = self.address(arg or self.acc)
            elif name == "dob":
                v = V.dob(r, arg or self.mlang)
            elif name == "email":
                v = V.email(r, self.first, self.last, arg or self.ekey)
            elif name == "user":
                v = V.username(r, self.first, self.last)
            elif name == "pin":
                v = V.pin(r, arg)
            elif name == "otp":
                v = V.otp(r, arg)
            elif name == "cust":
                v = V.customer_number(r, arg)
            else:
                v = {"pw": V.password, "puk": V.puk, "wifi": V.wifi_key, "api": V.api_key, "tok": V.token, "card": V.card, "cvv": V.cvv,
                     "exp": V.card_expiry, "bsn": V.bsn, "rrn": V.rrn, "ip": V.ip}[name](r, arg)
            return (v, "span", t)
        if name in NEG_SLOTS:
            t = NEG_SLOTS[name]
            if name == "date":
                v = N.date(r, arg or {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(self.lang, "en"))
            elif name == "model":
                v = self.pick(P.MODELS)
            elif name == "cphone":
                v = self.pick(P.COMPANY_PHONES)
            elif name == "url":
                v = self.url()
            elif name == "ment":
                v = "@" + self.brand.replace(" ", "") + r.choice(["", "_NL", "Care", "Helpt", "_BE"]) if arg == "brand" else self.pick(P.MENTIONS)
            elif name == "tag":
                v = self.pick(P.HASHTAGS)
            else:
                v = {"time": N.time_, "amt": N.amount, "qty": N.quantity, "pct": N.percentage, "year": N.year, "order": N.order, "ticket": N.ticket,
                     "inv": N.invoice, "track": N.tracking, "req": N.request_id, "err": N.error_code, "ver": N.version, "prod": N.product,
                     "flight": N.flight, "kvk": N.company_reg, "mask": N.masked, "meter": N.meter, "port": N.port, "sha": N.checksum}[name](r, arg)
            return (v, "neg", t)
        # fillers (unlabelled)
        if name == "name":
            v = f"{self.first} {self.last}"
        elif name == "first":
            v = self.first
        elif name == "last":
            v = self.last
        elif name == "agent":
            v = self.agent
        elif name == "ini":
            v = self.agent[:2].upper() if r.random() < 0.3 else self.agent[0] + r.choice("KMBVDS")
        elif name == "brand":
            v = self.brand
        elif name == "blow":
            v = self.brand.lower().replace(" ", "")
        elif name == "city":
            v = self.pick(P.CITIES[arg or self.acc])[0]
        elif name == "ssid":
            v = self.pick(P.SSIDS)
        elif name == "plate":
            v = self.pick(P.PLATES)
        elif name == "ph":
            v = "{" + arg + "}" if r.random() < 0.6 else "[" + arg.upper() + "]"
        elif name == "other":
            v = self.pick(P.NAMES[arg or ORIGIN[self.origin][0]][0])
        else:
            raise KeyError(name)
        return (v, None, None)


def typo_word(rng, w):
    if len(w) < 5 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 3)
    k = rng.random()
    if k < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def typo(rng, text, rate):
    if rate <= 0:
        return text
    return re.sub(r"[^\W\d_]{5,}", lambda m: typo_word(rng, m.group(0)) if rng.random() < rate else m.group(0), text)


def render(ctx, tpl, rate):
    m = re.match(r"<<(\w+)>>", tpl)
    if m:
        tpl = tpl[m.end():]
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit:
            segs.append((typo(ctx.rng, lit, rate), None, None, ctx.tid))
        v, c, t = ctx.slot(m.group(1), m.group(2), m.group(3))
        segs.append((v, c, t, ctx.tid))
        pos = m.end()
    if tpl[pos:]:
        segs.append((typo(ctx.rng, tpl[pos:], rate), None, None, ctx.tid))
    return segs


def origin_of(tpl):
    m = re.match(r"<<(\w+)>>", tpl)
    return m.group(1) if m else None


def quote(segs):
    out = [("> ", None, None, None)]
    for s in segs:
        if s[1] is None:
            out.append((s[0].replace("\n", "\n> "), None, None, s[3]))
        else:
            assert "\n" not in s[0]
            out.append(s)
    return out


def lit(t):
    return [(t, None, None, None)]


class Builder:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.T = {k: {g: deal(v, half) for g, v in d.items()} for k, d in TEMPLATES.items()}
        self.F = {k: {g: deal(v, half) for g, v in d.items()} for k, d in FRAMES.items()}
        self.S = {g: deal(v, half) for g, v in SHARED.items()}

    def pick_t(self, key, group):
        lst = self.T[key][group]
        i = self.rng.randrange(len(lst))
        return lst[i], f"{key}/{group}/{i * 2 + self.half}"

    def seg(self, ctx, tpl, tid, rate):
        ctx.tid = tid
        return render(ctx, tpl, rate)

    def message(self, idx):
        r = self.rng
        lang = r.choices(["nl", "nl-be", "fr-be", "en-gb", "en-us"], weights=[2, 1, 1, 1, 1])[0]
        key = TKEY[lang]
        channel = r.choices([c for c, _ in CHANNELS], weights=[w for _, w in CHANNELS])[0]
        rate = r.choice([0, 0, 0.02, 0.04, 0.08])
        body_groups = [g for g in self.T[key] if g not in ("public", "agent")]
        if channel in PUBLIC:
            group = "public" if r.random() < 0.75 else r.choice(body_groups)
        elif channel == "agent_reply":
            group = "agent"
        else:
            group = r.choice(body_groups)
        tpl, tid = self.pick_t(key, group)
        origin = origin_of(tpl) or r.choice(LANG_ORIGINS[lang])
        ctx = Ctx(r, self.half, lang, origin)
        segs = []
        if channel == "email":
            segs = self.email(ctx, key, tpl, tid, group, body_groups, rate)
        else:
            if channel in PUBLIC and group != "public" and r.random() < 0.6:
                ctx.tid = tid
                segs += [ctx.slot("ment", "brand", None) + (tid,), (" ", None, None, None)]
            segs += self.seg(ctx, tpl, tid, rate)
            if channel != "agent_reply" and r.random() < 0.25:
                t2, tid2 = self.pick_t(key, r.choice(body_groups) if group != "public" else "public")
                if t2 != tpl:
                    segs += lit(r.choice(["\n", " ", "\n\n", " ... "])) + self.seg(ctx, t2, tid2, rate)
            if channel in PUBLIC and r.random() < 0.35:
                ctx.tid = "tag"
                segs += lit(" ") + [ctx.slot("tag", None, None) + ("tag",)]
        text, spans, negatives, tids = "", [], [], []
        for v, c, t, td in segs:
            if c == "span":
                spans.append({"type": t, "start": len(text), "end": len(text) + len(v)})
                tids.append((t, td))
            elif c == "neg":
                negatives.append({"kind": t, "start": len(text), "end": len(text) + len(v)})
            text += v
        return {"id": f"b52-{'dev' if self.half == 0 else 'heldout'}-{idx:05d}", "channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negatives}, tids

    def frame(self, ctx, key, part, rate):
        lst = self.F[key][part]
        i = self.rng.randrange(len(lst))
        return self.seg(ctx, lst[i], f"frame/{key}/{part}/{i * 2 + self.half}", rate)

    def shared(self, ctx, part, rate=0):
        lst = self.S[part]
        i = self.rng.randrange(len(lst))
        return self.seg(ctx, lst[i], f"shared/{part}/{i * 2 + self.half}", rate)

    def email(self, ctx, key, tpl, tid, group, body_groups, rate):
        r = self.rng
        out = []
        if r.random() < 0.4:
            out += self.frame(ctx, key, "subject", 0) + lit("\n\n")
        out += self.frame(ctx, key, "greet", rate) + lit("\n\n")
        out += self.seg(ctx, tpl, tid, rate)
        used = {tpl}
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            t2, tid2 = self.pick_t(key, r.choice(body_groups))
            if t2 not in used:
                used.add(t2)
                out += lit(r.choice(["\n\n", "\n", " "])) + self.seg(ctx, t2, tid2, rate)
        out += lit("\n\n") + self.frame(ctx, key, "close", rate) + lit("\n") + self.frame(ctx, key, "sig", 0)
        if r.random() < 0.3:
            out += lit("\n" + r.choice(["Sent from my iPhone", "Von meinem iPhone gesendet", "Wysłane z iPhone'a", "Enviado do meu iPhone",
                                        "Verstuurd vanaf mijn iPad", "Envoyé de mon iPhone", "Get Outlook for Android", "iPhone'umdan gönderildi"]))
        k = r.random()
        if k < 0.65:
            at, atid = self.pick_t(key, "agent")
            hdr = self.shared(ctx, "quote_hdr")
            out += lit("\n\n") + hdr + lit("\n") + quote(self.seg(ctx, at, atid, 0))
        elif k < 0.85:
            fw = self.shared(ctx, "fwd")
            t3, tid3 = self.pick_t(key, r.choice(body_groups))
            out += lit("\n\n") + fw + lit("\n\n") + self.seg(ctx, t3, tid3, rate)
        if r.random() < 0.5:
            out += lit("\n\n") + self.shared(ctx, "disc")
        return out


def check(msg):
    text = msg["text"]
    items = [(s["start"], s["end"], "span:" + s["type"]) for s in msg["spans"]] + [(n["start"], n["end"], "neg:" + n["kind"]) for n in msg["negatives"]]
    for s, e, t in items:
        assert 0 <= s < e <= len(text), (msg["id"], t)
        v = text[s:e]
        assert v and v == v.strip(), (msg["id"], t, repr(v))
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (msg["id"], a, b, text[a[0]:b[1]])
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), v
        elif s["type"] == "iban":
            assert V.iban_ok(v), v
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261250)
    ap.add_argument("--n", type=int, default=950)
    a = ap.parse_args()
    stats = {}
    for half, fn in ((0, "dev.jsonl"), (1, "heldout.jsonl")):
        b = Builder(a.seed, half)
        msgs, tids = [], collections.defaultdict(set)
        for i in range(a.n):
            m, t = b.message(i)
            check(m)
            msgs.append(m)
            for ty, td in t:
                tids[ty].add(td)
        with open(fn, "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[fn] = (msgs, tids)
    import readme
    readme.write(a.seed, stats)


if __name__ == "__main__":
    main()
