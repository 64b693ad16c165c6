#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind97). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261295
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import values as V
import pools as P
import tpl_nl
import tpl_be
import tpl_en

PREFIX = "b97"
N_PER_HALF = 950

TPL = {
    "nl": tpl_nl.__dict__, "nl-be": tpl_be.NLBE, "fr-be": tpl_be.FRBE,
    "en-gb": tpl_en.__dict__, "en-us": tpl_en.__dict__,
}
TPL_GROUP = {"nl": "nl", "nl-be": "nlbe", "fr-be": "frbe", "en-gb": "en", "en-us": "en"}
DOMAINS = ["legal", "hotel", "gym", "broadband", "app"]
DOMAIN_W = [24, 24, 20, 24, 8]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PRIVATE_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]

SPAN_GEN = {
    "password": "password", "pin": "pin", "code": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key",
    "user": "username", "apikey": "api_key", "awssecret": "api_key", "token": "token", "card": "card",
    "cvv": "cvv", "exp": "card_expiry", "iban": "iban", "bsn": "bsn", "rrn": "bsn", "email": "email",
    "phone": "phone", "addr": "address", "dob": "date_of_birth", "cust": "customer_number",
    "member": "customer_number", "ean": "customer_number", "client": "customer_number",
    "sub": "customer_number", "guest": "customer_number", "ip": "ip_address",
}
NEG_GEN = {
    "date": "date", "time": "time", "amount": "amount", "qty": "quantity", "nights": "quantity", "persons": "quantity", "days": "quantity",
    "minutes": "quantity", "speed": "quantity", "pct": "percentage", "year": "year",
    "order": "order_number", "booking": "order_number", "ticket": "ticket_number", "dossier": "ticket_number",
    "invoice": "invoice_number", "tracking": "tracking_number", "reqid": "request_id", "err": "error_code",
    "ver": "version_string", "model": "model_number", "sku": "product_code", "product": "product_code",
    "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration", "url": "url",
    "mention": "mention", "handle": "mention", "hashtag": "hashtag", "masked": "masked_value",
    "meter": "meter_reading", "port": "port", "checksum": "checksum",
}
TOKEN = re.compile(r"\{([~@]?)([a-z_]+?)(\d*)\}")
URL_PATHS = ["klantenservice", "storing", "mijn-account", "contact", "faq/wifi", "booking/manage", "help/wachtwoord", "status", "aide", "support/reset"]


def deal(lst, half):
    out = list(lst[half::2])
    if not out:
        raise SystemExit("pool too small to deal: %r" % (lst,))
    return out


class Seg:
    def __init__(self, text="", spans=None, negs=None):
        self.text, self.spans, self.negs = text, spans or [], negs or []

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]
        return self

    def lit(self, s):
        self.text += s
        return self


def quote(seg, prefix="> "):
    """Prefix every line with '> ' and remap offsets."""
    out, mp = [prefix], []
    for ch in seg.text:
        mp.append(sum(len(x) for x in out))
        out.append(ch)
        if ch == "\n":
            out.append(prefix)
    mp.append(sum(len(x) for x in out))
    return Seg("".join(out), [(t, mp[s], mp[e - 1] + 1, tid) for t, s, e, tid in seg.spans],
               [(k, mp[s], mp[e - 1] + 1) for k, s, e in seg.negs])


class Ctx:
    def __init__(self, r, half, lang, domain):
        self.r, self.half, self.lang, self.domain = r, half, lang, domain
        self.first = r.choice(deal(P.FIRST[lang], half))
        self.last = r.choice(deal(P.LAST[lang], half))
        self.brand = r.choice(deal(P.BRAND[domain if domain != "app" else r.choice(["hotel", "gym", "broadband"])], half))
        self.cache = {}
        self.typo_rate = r.choice([0.0, 0.0, 0.02, 0.05, 0.1])

    def typo(self, s):
        if not self.typo_rate:
            return s
        r = self.r

        def fix(m):
            w = m.group(0)
            if len(w) < 4 or r.random() > self.typo_rate:
                return w
            i = r.randrange(1, len(w) - 1)
            k = r.random()
            if k < 0.4:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if k < 0.7:
                return w[:i] + w[i + 1:]
            if k < 0.85:
                return w[:i] + w[i] + w[i:]
            return w.lower()
        return re.sub(r"[A-Za-zéèëïà]+", fix, s)

    def val(self, sig, name, idx):
        key = sig + name + idx
        if key in self.cache:
            return self.cache[key]
        r, lang, h = self.r, self.lang, self.half
        if sig == "@":
            v = {
                "first": lambda: self.first if not idx else r.choice(deal(P.FIRST[lang], h)),
                "last": lambda: self.last if not idx else r.choice(deal(P.LAST[lang], h)),
                "agent": lambda: r.choice(deal(P.AGENT, h)),
                "brand": lambda: self.brand[0],
                "web": lambda: self.brand[2],
                "ssid": lambda: r.choice(deal(P.SSID, h)),
                "serial": lambda: r.choice(deal(P.SERIAL, h)),
                "room": lambda: r.choice(deal(P.ROOM, h)),
            }[name]()
        elif sig == "~":
            if name == "mention":
                v = "@" + (self.brand[1] if not idx else r.choice(deal(P.BRAND[r.choice(DOMAINS[:4])], h))[1])
            elif name == "handle":
                v = "@" + V._slug(self.first) + r.choice(["_", "", "."]) + V._slug(self.last)[:4] + r.choice(["", str(r.randint(1, 99))])
            elif name == "hashtag":
                v = r.choice(deal(P.HASHTAG[lang], h))
            elif name == "url":
                v = r.choice(["https://www.", "https://", "www.", "http://"]) + self.brand[2] + r.choice(["", "/" + r.choice(deal(URL_PATHS, h))])
            elif name in V.QTY_T:
                v = V.quantity(r, lang, name)
            else:
                fn = {"date": V.date_neg, "time": V.time_neg, "amount": V.amount, "qty": V.quantity, "pct": V.percentage,
                      "year": V.year, "order": V.order_number, "booking": V.booking_ref, "ticket": V.ticket_number,
                      "dossier": V.dossier, "invoice": V.invoice_number, "tracking": V.tracking_number,
                      "reqid": V.request_id, "err": V.error_code, "ver": V.version_string,
                      "model": lambda r_, l_: r_.choice(deal(V.MODELS, h)), "sku": V.product_code,
                      "product": V.product_code, "flight": V.flight_number, "cphone": V.company_phone,
                      "kvk": V.company_reg, "masked": V.masked, "meter": V.meter_reading, "port": V.port,
                      "checksum": V.checksum}[name]
                v = fn(r, lang)
        else:
            if name == "email":
                v = V.email(r, lang, self.first, self.last) if not idx else V.email(r, lang, r.choice(deal(P.FIRST[lang], h)), self.last)
            elif name == "user":
                v = V.username(r, lang, self.first, self.last) if r.random() < 0.8 else r.choice(["admin", "Admin", "beheerder", "root", "user"])
            elif name == "addr":
                v = V.address(r, lang, r.choice(deal(P.STREET[lang], h)), r.choice(deal(P.CITY[lang], h)))
            elif name in ("cust", "member", "ean", "client", "sub", "guest"):
                v = V.customer_number(r, lang, name)
            else:
                fn = {"password": V.password, "pin": V.pin, "code": V.pin, "puk": V.puk, "otp": V.otp, "wifi": V.wifi_key,
                      "apikey": V.api_key, "awssecret": V.aws_secret, "token": V.token, "card": V.card, "cvv": V.cvv,
                      "exp": V.card_expiry, "iban": V.iban, "bsn": V.bsn, "rrn": V.rrn, "phone": V.phone,
                      "dob": V.dob, "ip": V.ip}[name]
                v = fn(r, lang)
        self.cache[key] = v
        return v

    def render(self, tpl, tid):
        seg, last = Seg(), 0
        for m in TOKEN.finditer(tpl):
            seg.lit(self.typo(tpl[last:m.start()]))
            sig, name, idx = m.groups()
            v = self.val(sig, name, idx)
            s = len(seg.text)
            seg.lit(v)
            if sig == "~":
                seg.negs.append((NEG_GEN[name], s, s + len(v)))
            elif sig == "":
                seg.spans.append((SPAN_GEN[name], s, s + len(v), tid))
            last = m.end()
        seg.lit(self.typo(tpl[last:]))
        return seg


def pick(ctx, part, domain=None):
    T = TPL[ctx.lang]
    lst = T[part][domain] if domain else T[part]
    mine = deal(lst, ctx.half)
    i = ctx.r.randrange(len(mine))
    tid = "%s/%s/%s/%d" % (TPL_GROUP[ctx.lang], part, domain or "-", i * 2 + ctx.half)
    return ctx.render(mine[i], tid)


CHAT_PRE = {
    "nl": ["", "", "", "Hoi, ", "hallo?? ", "Goedemiddag. ", "Even een vraagje: ", "Dringend: "],
    "nl-be": ["", "", "Dag, ", "Hallo, ", "Dringend!! ", "Goeiemorgen, "],
    "fr-be": ["", "", "Bonjour, ", "Salut, ", "Urgent !! ", "Bonsoir "],
    "en-gb": ["", "", "Hi, ", "hiya ", "URGENT: ", "Morning, "],
    "en-us": ["", "", "Hey, ", "Hi there, ", "URGENT!! ", "hello? "],
}
CHAT_POST = {
    "nl": ["", "", "", " Alvast bedankt!", " gr", " Graag snel reactie.", " 🙏"],
    "nl-be": ["", "", " Merci!", " Dank u", " Mvg"],
    "fr-be": ["", "", " Merci d'avance", " Bonne journée", " merci !"],
    "en-gb": ["", "", " Cheers", " Ta", " Thanks in advance x"],
    "en-us": ["", "", " Thanks!", " thx", " Appreciate it 🙏"],
}


def chat_msg(ctx, channel):
    r = ctx.r
    seg = Seg()
    if channel == "whatsapp" and r.random() < 0.3:
        seg.add(ctx.render("[{~date}, {~time}] {@first}: ", "frame/wa"))
    dom = ctx.domain
    seg.add(ctx.render(r.choice(deal(CHAT_PRE[ctx.lang], ctx.half)), "frame/pre"))
    seg.add(pick(ctx, "BODY", dom))
    if r.random() < 0.25:
        seg.lit(r.choice(["\n", " ", "\n\n"]))
        seg.add(pick(ctx, "BODY", dom))
    seg.add(ctx.render(r.choice(deal(CHAT_POST[ctx.lang], ctx.half)), "frame/post"))
    return seg


def public_msg(ctx):
    r = ctx.r
    seg = Seg()
    if r.random() < 0.2:
        seg.add(ctx.render("{~mention2} ", "frame/mention"))
    seg.add(pick(ctx, "PUBLIC"))
    return seg


def agent_msg(ctx):
    r = ctx.r
    seg = Seg()
    if r.random() < 0.3:
        seg.add(ctx.render("{~handle} ", "frame/handle"))
    seg.add(pick(ctx, "AGENT"))
    if r.random() < 0.2:
        seg.lit("\n\n")
        seg.add(quote(pick(ctx, "BODY", ctx.domain)))
    return seg


def email_msg(ctx):
    r = ctx.r
    seg = Seg()
    if r.random() < 0.35:
        subj = {"nl": "Onderwerp: ", "nl-be": "Onderwerp: ", "fr-be": "Objet : ", "en-gb": "Subject: ", "en-us": "Subject: "}[ctx.lang]
        seg.add(ctx.render(subj + r.choice(["Re: ", "RE: ", "Fwd: ", ""]) + "{~ticket}\n\n", "frame/subj"))
    seg.add(pick(ctx, "GREET")).lit("\n\n")
    seg.add(pick(ctx, "BODY", ctx.domain))
    n_extra = r.choice([0, 1, 1, 2])
    for _ in range(n_extra):
        seg.lit("\n\n")
        seg.add(pick(ctx, "BODY", ctx.domain))
    seg.lit("\n\n").add(pick(ctx, "CLOSE")).lit("\n").add(pick(ctx, "SIG"))
    if r.random() < 0.35:
        seg.lit("\n\n").add(pick(ctx, "DISCLAIMER"))
    if r.random() < 0.6 or len(seg.text) < 500:
        q = pick(ctx, "QUOTED")
        if r.random() < 0.4:
            q.lit("\n\n").add(pick(ctx, "BODY", ctx.domain))
        seg.lit("\n\n").add(pick(ctx, "QUOTE")).lit("\n").add(quote(q))
    return seg


def make_message(r, half, idx):
    lang = r.choices(["nl", "nl-be", "fr-be", "en-gb", "en-us"], [2, 1, 1, 1, 1])[0]
    domain = r.choices(DOMAINS, DOMAIN_W)[0]
    ctx = Ctx(r, half, lang, domain)
    k = r.random()
    if k < 0.30:
        channel, seg = "email", email_msg(ctx)
    elif k < 0.42:
        channel, seg = "agent_reply", agent_msg(ctx)
    elif k < 0.60:
        channel = r.choice(PUBLIC_CH)
        seg = public_msg(ctx)
    else:
        channel = r.choice(PRIVATE_CH)
        seg = chat_msg(ctx, channel)
    vis = "public" if channel in PUBLIC_CH else "private"
    name = "dev" if half == 0 else "heldout"
    rec = {"id": "%s-%s-%05d" % (PREFIX, name, idx), "channel": channel, "lang": lang, "visibility": vis,
           "text": seg.text,
           "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(seg.spans, key=lambda x: x[1])],
           "negatives": [{"kind": k_, "start": s, "end": e} for k_, s, e in sorted(seg.negs, key=lambda x: x[1])]}
    return rec, [(t, tid) for t, _, _, tid in seg.spans]


def check(rec):
    text = rec["text"]
    items = [("span", x["type"], x["start"], x["end"]) for x in rec["spans"]] + \
            [("neg", x["kind"], x["start"], x["end"]) for x in rec["negatives"]]
    for kind, t, s, e in items:
        assert 0 <= s < e <= len(text), (rec["id"], t, s, e)
        v = text[s:e]
        assert v and v == v.strip(), (rec["id"], t, repr(v))
        if t in ("email", "phone", "iban", "card", "bsn", "date_of_birth", "customer_number", "ip_address", "address", "url", "mention"):
            assert v[-1] not in ".,;:!?" and v[0] not in ".,;:!?", (rec["id"], t, repr(v))
    spans = sorted((s, e, t) for k, t, s, e in items if k == "span")
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (rec["id"], "span overlap", a, b)
    for k, t, s, e in items:
        if k != "neg":
            continue
        for s2, e2, t2 in spans:
            assert e <= s2 or e2 <= s, (rec["id"], "neg/span overlap", t, t2, text[s:e], text[s2:e2])
    for x in rec["spans"]:
        v = text[x["start"]:x["end"]]
        if x["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif x["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif x["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def build(seed, half):
    r = random.Random(seed * 2 + half)
    recs, tids = [], defaultdict(set)
    for i in range(N_PER_HALF):
        rec, st = make_message(r, half, i)
        check(rec)
        recs.append(rec)
        for t, tid in st:
            tids[t].add(tid)
    return recs, tids


def table(title, counter, extra=None):
    lines = ["", "| %s | count%s |" % (title, " | distinct templates" if extra else ""),
             "|---|---%s|" % ("|---" if extra else "")]
    for k, v in sorted(counter.items()):
        lines.append("| %s | %d%s |" % (k, v, " | %d" % len(extra[k]) if extra else ""))
    return lines


def readme(seed, stats):
    L = ["# Scrub corpus blind97 — legal aid & notaries, hotels & holiday parks, gyms & sports clubs, broadband & fibre rollout", "",
         "This corpus was written **blind**: its author did not open, read, list or run anything under `functions/`, "
         "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory under `tests/scrub_corpus/` (other corpora, "
         "scorers, generators), and did not look at git history. No scrubber or scorer was run while writing it. "
         "The only input was `tests/scrub_corpus/BRIEF.md` and public knowledge of how people write to customer care.", "",
         "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
         "## Emphasis", "",
         "Legal aid and notaries (estates, property transfers, key handovers with meter readings, power of attorney), hotels and holiday "
         "parks (bookings, key cards, keybox/gate/door codes, wifi), gyms and sports clubs (memberships, access badges, app logins, "
         "direct debits), broadband installers and fibre rollout (installation appointments, modem/ONT serials, router logins, "
         "port forwarding), plus a smaller share of app/integration messages (API keys, tokens, PUK/PIN, cards). Languages: Dutch, "
         "Belgian Dutch, Belgian French, UK and US English; all ten channels; typos in cue words; e-mail greetings, signatures, "
         "disclaimers and quoted/forwarded history; agent replies that repeat values.", "",
         "## Generation", "", "```", "python3 generate_blind.py --seed %d" % seed, "```", "",
         "Modules: `values.py` (value generators and validity checks), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, `tpl_en.py` "
         "(templates per language, grouped by domain and kind), `generate_blind.py` (rendering, framing, self-check, README).", "",
         "## Split rule", "",
         "Every template group (language × kind × domain: bodies, public posts, agent replies, greetings, closings, signatures, quote "
         "headers, quoted history, disclaimers, chat prefixes/suffixes) and every filler pool (names, streets, cities, brands, agents, "
         "hashtags, SSIDs, serials, rooms, URL paths, modem models) is dealt alternately: even index to dev, odd index to heldout. "
         "So no template, frame, greeting, signature or quote block is shared between the halves. Half h uses "
         "`random.Random(seed * 2 + h)`. Typos are injected only into literal template text, never into labelled values or negatives.", "",
         "## Labelling conventions and judgement calls", "",
         "- Spans cover only the value, never the cue word; every occurrence is labelled, including repeats in signatures, quoted "
         "history and agent replies (a value is reused within one message when the same placeholder recurs).",
         "- Door, gate, keybox and locker codes are `pin`. Wifi keys are `wifi_key`; the SSID is never labelled.",
         "- Router logins: the login name (also generic ones such as `admin`) next to a password is `username`.",
         "- Belgian national register numbers (rijksregisternummer / NISS / NN) are labelled `bsn`, like Dutch BSNs.",
         "- Member, client, guest-profile, subscriber, contract and account numbers are `customer_number`.",
         "- Booking/reservation references are `order_number` negatives; notary dossier numbers and case refs are `ticket_number` negatives.",
         "- AWS secret access keys are labelled `api_key` (as is the key id).",
         "- Dictated OTPs (digits written as words) are one `otp` span covering all words.",
         "- Modem/ONT serial numbers, room numbers, SSIDs, personal names, agent initials and company e-mail addresses in quote headers "
         "(e.g. `info@brand.nl`) are left unlabelled (neither span nor negative). Modem models are `model_number` negatives.",
         "- A customer's own @handle in an agent reply is a `mention` negative. Ondernemingsnummer/KvK/BTW/VAT/company numbers are `company_registration`.",
         "- Meter readings at property or chalet handover are `meter_reading` negatives (number only, unit outside).",
         "- Addresses may span two lines (street line + postcode/city line) in signatures.", "",
         "## Known limitations", "",
         "- Template-based: about 130 body templates plus framing; phrasing variety comes from composition, channels and typos, "
         "but real messages are messier (emoji runs, voice-to-text, mixed-language sentences inside one message).",
         "- en-gb and en-us share one English template pool; locale shows in values (phones, addresses, dates, amounts).",
         "- Values are synthetic: random but check-digit valid cards/IBANs/BSNs/national numbers; other numbers have no real checksum.",
         "- Quantities include their unit (`3 nachten`, `500 Mbps`); times and dates follow local conventions.", ""]
    for name, st in stats:
        L += ["## Counts: %s" % name, "", "Messages: %d" % st["n"]]
        L += table("span type", st["spans"], st["tids"])
        L += table("negative kind", st["negs"])
        L += table("channel", st["channels"])
        L += table("language", st["langs"])
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats = []
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, tids = build(a.seed, half)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats.append((name, {"n": len(recs),
                             "spans": Counter(s["type"] for x in recs for s in x["spans"]),
                             "negs": Counter(s["kind"] for x in recs for s in x["negatives"]),
                             "channels": Counter(x["channel"] for x in recs),
                             "langs": Counter(x["lang"] for x in recs),
                             "tids": tids}))
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, stats))
    print("ok", [(n, s["n"]) for n, s in stats])


if __name__ == "__main__":
    main()
