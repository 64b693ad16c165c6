#!/usr/bin/env python3
"""blind56 generator: marketplaces, platforms and gig work. Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261254
"""
import argparse
import collections
import json
import random
import re
import string

import frames
import tmpl_en
import tmpl_fr
import tmpl_nl
import values as V

PREFIX = "b56"
N_PER_HALF = 950
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

# ---------------------------------------------------------------- filler pools (dealt alternately)
BRANDS = ["Koopjeshal", "RideNow", "Bezorgd", "StayLoft", "GigHub", "Verkoopplein", "ShopBridge", "Snelbezorgd",
          "Duinhuis Rentals", "Lokaalmarkt", "TaskBuddy", "FlexRit", "Tweedezaak", "CasaBreak", "Klusjesplein", "ParcelPal"]
SHOPS = ["Hollandse Wax", "Studio Noor", "Fietsenmaker Jansen", "Le Petit Atelier", "Bakker Vintage", "Green Leaf Goods",
         "Kado & Zo", "Brasserie Online", "MamaMade", "Retro Ruben", "Atelier Chloé", "Urban Threads", "De Zeepkist", "Tech Refurb NL"]
SSIDS = ["Zeezicht_5G", "Duinhuis-Guest", "Loft42", "VakantieHuis", "BELKIN-7F2A", "Ziggo8823411", "telenet-4A7C2", "Proximus-Home-91AD",
         "CasaGuest", "BT-Hub6-QX2P", "NETGEAR55", "Airbnb_Studio", "Gite_Ardennes", "Orange-7731"]
PATHS = ["/seller/payouts", "/help/account", "/partner/settings/bank", "/reset", "/developers/api-keys", "/support/ticket",
         "/host/calendar", "/rider/earnings", "/returns", "/tax/dac7", "/verify", "/orders"]
AGENTS = ["Sanne", "Mark", "Lies", "Jeroen | Partnerteam", "Aïcha", "Tom (webcare)", "Nina", "Bart", "Sophie", "Kevin", "Elise", "Jonas",
          "Fleur", "^MV", "Camille", "Sam"]


def deal(pool, half):
    return pool[half::2]


class Pools:
    def __init__(self, half):
        self.half = half
        names = [f"{f} {l}" for f, l in zip(V.FIRST * 2, V.LAST * 3)]
        self.names = deal(names, half)
        self.fnames = deal(V.FIRST, half)
        self.brands = deal(BRANDS, half)
        self.shops = deal(SHOPS, half)
        self.ssids = deal(SSIDS, half)
        self.paths = deal(PATHS, half)
        self.agents = deal(AGENTS, half)
        self.models = deal(V.MODELS, half)
        cities = [c for _, c in V.NL_CITIES] + [c for _, c in V.BE_CITIES] + [c for _, c in V.BE_CITIES_FR] + [c for c, _ in V.UK_CITIES]
        self.cities = deal(cities, half)


def lkey(lang):
    return {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr"}.get(lang, "en")


# ---------------------------------------------------------------- slots
class Ctx:
    def __init__(self, r, lang, pools):
        self.r, self.lang, self.p = r, lang, pools
        self.cache = {}
        self.produced = []
        self.brand = r.choice(pools.brands)
        self.name = r.choice(pools.names)


def _url(c):
    dom = re.sub(r"[^a-z]", "", c.brand.lower()) + c.r.choice([".nl", ".be", ".com", ".eu"])
    return c.r.choice(["https://", "https://www.", "", "https://partner."]) + dom + c.r.choice(c.p.paths)


def _mention(c):
    b = re.sub(r"[^A-Za-z]", "", c.brand)
    return "@" + b + c.r.choice(["", "Help", "_NL", "Care", "Support", "BE"])


def _tag(c):
    return c.r.choice(V_TAGS[c.p.half][lkey(c.lang)])


def _plate(c):
    r = c.r
    up = "BDFGHJKLNPRSTVXZ"
    if V.is_be(c.lang):
        return f"1-{''.join(r.choice(up) for _ in range(3))}-{V.digits(r, 3)}"
    if c.lang.startswith("en"):
        return f"{r.choice(up)}{r.choice(up)}{r.randint(10, 73)} {''.join(r.choice(up) for _ in range(3))}"
    return f"{r.choice(up)}{r.choice(up)}-{V.digits(r, 3)}-{r.choice(up)}"


SLOTS = {
    # labelled
    "pw": ("span", "password", lambda c: V.password(c.r)),
    "pin": ("span", "pin", lambda c: V.pin(c.r)),
    "puk": ("span", "puk", lambda c: V.puk(c.r)),
    "otp": ("span", "otp", lambda c: V.otp(c.r)),
    "otpw": ("span", "otp", lambda c: V.otp_words(c.r, c.lang)),
    "wifi": ("span", "wifi_key", lambda c: V.wifi(c.r)),
    "user": ("span", "username", lambda c: V.username(c.r)),
    "apikey": ("span", "api_key", lambda c: V.api_key(c.r)),
    "awsid": ("span", "api_key", lambda c: "AKIA" + "".join(c.r.choice(string.ascii_uppercase + "234567") for _ in range(16))),
    "awssecret": ("span", "api_key", lambda c: V.aws_secret(c.r)),
    "token": ("span", "token", lambda c: V.token(c.r)),
    "card": ("span", "card", lambda c: V.card(c.r)),
    "cvv": ("span", "cvv", lambda c: V.cvv(c.r)),
    "exp": ("span", "card_expiry", lambda c: V.expiry(c.r)),
    "iban": ("span", "iban", lambda c: V.iban(c.r, c.lang, foreign=c.r.random() < 0.08)),
    "bsn": ("span", "bsn", lambda c: V.rrn(c.r) if V.is_be(c.lang) else V.bsn(c.r)),
    "email": ("span", "email", lambda c: V.email(c.r, c.name)),
    "phone": ("span", "phone", lambda c: V.phone(c.r, c.lang)),
    "addr": ("span", "address", lambda c: V.address(c.r, c.lang)),
    "dob": ("span", "date_of_birth", lambda c: V.dob(c.r, c.lang)),
    "cust": ("span", "customer_number", lambda c: V.customer_number(c.r)),
    "ip": ("span", "ip_address", lambda c: V.ip(c.r)),
    # negatives
    "date": ("neg", "date", lambda c: V.date(c.r, c.lang)),
    "time": ("neg", "time", lambda c: V.time_(c.r, c.lang)),
    "amount": ("neg", "amount", lambda c: V.amount(c.r, c.lang)),
    "qty": ("neg", "quantity", lambda c: V.qty(c.r, c.lang)),
    "pct": ("neg", "percentage", lambda c: V.pct(c.r, c.lang)),
    "year": ("neg", "year", lambda c: V.year(c.r)),
    "order": ("neg", "order_number", lambda c: V.order_number(c.r)),
    "ticket": ("neg", "ticket_number", lambda c: V.ticket(c.r)),
    "invoice": ("neg", "invoice_number", lambda c: V.invoice(c.r)),
    "track": ("neg", "tracking_number", lambda c: V.tracking(c.r)),
    "payref": ("neg", "request_id", lambda c: V.payref(c.r)),
    "reqid": ("neg", "request_id", lambda c: V.reqid(c.r)),
    "err": ("neg", "error_code", lambda c: V.err(c.r)),
    "ver": ("neg", "version_string", lambda c: V.ver(c.r)),
    "model": ("neg", "model_number", lambda c: c.r.choice(c.p.models)),
    "sku": ("neg", "product_code", lambda c: V.sku(c.r)),
    "listing": ("neg", "product_code", lambda c: V.listing(c.r)),
    "flight": ("neg", "flight_number", lambda c: V.flight(c.r)),
    "cphone": ("neg", "company_phone", lambda c: V.company_phone(c.r, c.lang)),
    "kvk": ("neg", "company_registration", lambda c: V.kvk(c.r, c.lang)),
    "vat": ("neg", "company_registration", lambda c: V.vat(c.r, c.lang)),
    "url": ("neg", "url", _url),
    "mention": ("neg", "mention", _mention),
    "tag": ("neg", "hashtag", _tag),
    "masked": ("neg", "masked_value", lambda c: V.masked(c.r, c.lang)),
    "meter": ("neg", "meter_reading", lambda c: V.meter(c.r, c.lang)),
    "port": ("neg", "port", lambda c: V.port(c.r)),
    "sum": ("neg", "checksum", lambda c: V.checksum(c.r)),
    # filler, not labelled
    "name": ("fill", None, lambda c: c.name),
    "fname": ("fill", None, lambda c: c.name.split()[0] if c.r.random() < .6 else c.r.choice(c.p.fnames)),
    "city": ("fill", None, lambda c: c.r.choice(c.p.cities)),
    "brand": ("fill", None, lambda c: c.brand),
    "agent": ("fill", None, lambda c: c.r.choice(c.p.agents)),
    "ssid": ("fill", None, lambda c: c.r.choice(c.p.ssids)),
    "plate": ("fill", None, _plate),
    "shop": ("fill", None, lambda c: c.r.choice(c.p.shops)),
}
V_TAGS = {}
SLOT_RE = re.compile(r"\{([a-z]+)(#\d+)?\}")


def render(tpl, c, tid=None):
    """Return a list of segments (text, cat, label). Records (label, tid) of spans in c.produced."""
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "lit", None))
        base, suf = m.group(1), m.group(2) or ""
        cat, label, fn = SLOTS[base]
        key = base + suf
        if key not in c.cache:
            for _ in range(20):
                v = fn(c)
                if v not in c.cache.values() or cat == "fill":
                    break
            c.cache[key] = v
        segs.append((c.cache[key], cat, label))
        if cat == "span":
            c.produced.append((label, tid))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "lit", None))
    return segs


def lit(s):
    return [(s, "lit", None)]


def quote(segs):
    out = [("> ", "lit", None)]
    for t, cat, lab in segs:
        if cat == "lit":
            out.append((t.replace("\n", "\n> "), cat, lab))
        else:
            out.append((t, cat, lab))
    return out


# ---------------------------------------------------------------- typos (literal text only)
def typo_word(r, w):
    i = r.randrange(1, len(w) - 1)
    op = r.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.65:
        return w[:i] + w[i + 1:]
    if op < 0.85:
        return w[:i] + w[i] + w[i:]
    return w[:i] + r.choice("aeiostnr") + w[i + 1:]


def add_typos(r, segs, n):
    for _ in range(n):
        idx = [i for i, s in enumerate(segs) if s[1] == "lit" and re.search(r"[A-Za-zé]{4,}", s[0])]
        if not idx:
            return segs
        i = r.choice(idx)
        t = segs[i][0]
        words = list(re.finditer(r"[A-Za-zé]{4,}", t))
        m = r.choice(words)
        t = t[:m.start()] + typo_word(r, m.group(0)) + t[m.end():]
        segs[i] = (t, "lit", None)
    return segs


# ---------------------------------------------------------------- message builder
class Half:
    def __init__(self, half, seed):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.p = Pools(half)
        V_TAGS[half] = {k: deal(v, half) for k, v in frames.TAGS.items()}
        self.fr = {name: {k: deal(v, half) for k, v in getattr(frames, name).items()}
                   for name in ["GREET", "SIGNOFF", "QUOTEHDR", "FWD", "SUBJ", "DISCL", "AGENTSIG", "CHATPRE"]}
        self.groups = {}  # lang -> role -> list of (tid, tpl)
        for lang, _ in LANG_W:
            roles = collections.defaultdict(list)
            srcs = []
            if lang == "nl":
                srcs = [("nl", tmpl_nl.G, None)]
            elif lang == "nl-be":
                srcs = [("nlbe", tmpl_nl.GB, None), ("nl", tmpl_nl.G, "be")]
            elif lang == "fr-be":
                srcs = [("fr", tmpl_fr.G, None)]
            else:
                srcs = [("en", tmpl_en.G, None)]
            for fam, G, filt in srcs:
                for (role, sit), lst in G.items():
                    for i, t in enumerate(lst):
                        if i % 2 != half:
                            continue
                        if filt == "be" and re.search(r"BSN|\{bsn|KvK|ZZP|btw-nr|\{kvk|\{vat", t):
                            continue
                        w = 1 if filt is None else 0.35
                        roles[role].append((f"{fam}.{role}.{sit}.{i}", t, w))
            if lang == "en-us":
                for role in roles:
                    roles[role] = [x for x in roles[role] if "BSN" not in x[1] or self.r.random() < 0.3]
            self.groups[lang] = roles

    def pick(self, lang, role):
        lst = self.groups[lang][role]
        return self.r.choices(lst, weights=[w for _, _, w in lst])[0]

    def frame(self, name, lang, c, used):
        lst = self.fr[name][lkey(lang)]
        i = self.r.randrange(len(lst))
        tid = f"frame.{name}.{lkey(lang)}.{i * 2 + self.half}"
        used.append(tid)
        return render(lst[i], c, tid)

    def message(self, idx):
        r = self.r
        lang = r.choices([l for l, _ in LANG_W], weights=[w for _, w in LANG_W])[0]
        c = Ctx(r, lang, self.p)
        roll = r.random()
        used = []
        if roll < 0.2:
            kind = "pub"
        elif roll < 0.38:
            kind = "agent"
        elif roll < 0.68:
            kind = "chat"
        else:
            kind = "email"
        if kind == "pub":
            channel = r.choice(["x_public", "facebook_comment", "instagram_comment"])
            tid, t, _ = self.pick(lang, "pub")
            used.append(tid)
            segs = render(t, c, tid)
        elif kind == "agent":
            channel = "agent_reply"
            tid, t, _ = self.pick(lang, "agent")
            used.append(tid)
            segs = render(t, c, tid)
            if r.random() < 0.45:
                segs += self.frame("AGENTSIG", lang, c, used)
            if r.random() < 0.25:
                # agent quotes the customer's message
                tid2, t2, _ = self.pick(lang, "cust")
                used.append(tid2)
                segs += lit("\n\n") + quote(render(t2, c, tid2))
        elif kind == "chat":
            channel = r.choice(["x_dm", "instagram_dm", "messenger", "whatsapp", "whatsapp", "telegram", "messenger"])
            tid, t, _ = self.pick(lang, "cust")
            used.append(tid)
            segs = self.frame("CHATPRE", lang, c, used) + render(t, c, tid)
            if r.random() < 0.2:
                segs = [(s[0].lower(), s[1], s[2]) if s[1] == "lit" else s for s in segs]
            if r.random() < 0.15:
                tid2, t2, _ = self.pick(lang, "cust")
                used.append(tid2)
                segs += lit(r.choice(["\n", "\n\n", " // ", "\nooh en ook: " if lkey(lang) in ("nl", "nlbe") else "\nalso: "])) + render(t2, c, tid2)
        else:
            channel = "email"
            tid, t, _ = self.pick(lang, "cust")
            used.append(tid)
            segs = []
            if r.random() < 0.4:
                segs += self.frame("SUBJ", lang, c, used) + lit("\n\n")
            if r.random() < 0.15:
                segs += self.frame("FWD", lang, c, used) + lit("\n\n")
            segs += self.frame("GREET", lang, c, used) + lit("\n\n") + render(t, c, tid)
            if r.random() < 0.6:
                tid2, t2, _ = self.pick(lang, "cust")
                used.append(tid2)
                segs += lit("\n\n") + render(t2, c, tid2)
            segs += lit("\n\n") + self.frame("SIGNOFF", lang, c, used)
            if r.random() < 0.75:
                segs += lit("\n\n") + self.frame("QUOTEHDR", lang, c, used) + lit("\n")
                tid3, t3, _ = self.pick(lang, "agent")
                used.append(tid3)
                q = render(t3, c, tid3)
                if r.random() < 0.5:
                    q += self.frame("AGENTSIG", lang, c, used)
                segs += quote(q)
            if r.random() < 0.45:
                segs += lit("\n\n--\n") + self.frame("DISCL", lang, c, used)
        if r.random() < 0.3:
            segs = add_typos(r, segs, r.choice([1, 1, 2]))
        text, spans, negs = "", [], []
        for t, cat, lab in segs:
            if cat == "span":
                spans.append({"type": lab, "start": len(text), "end": len(text) + len(t)})
            elif cat == "neg":
                negs.append({"kind": lab, "start": len(text), "end": len(text) + len(t)})
            text += t
        name = "dev" if self.half == 0 else "heldout"
        msg = {"id": f"{PREFIX}-{name}-{idx:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        return msg, c.produced


# ---------------------------------------------------------------- checks
def check(msg):
    text = msg["text"]
    iv = []
    for s in msg["spans"] + msg["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (msg["id"], s)
        v = text[a:b]
        assert v == v.strip(), (msg["id"], repr(v))
        iv.append((a, b, s))
    iv.sort(key=lambda x: x[0])
    for (a1, b1, s1), (a2, b2, s2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", msg["id"], s1, s2)
    for s in msg["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261254)
    args = ap.parse_args()
    stats = {}
    for half, fname in [(0, "dev.jsonl"), (1, "heldout.jsonl")]:
        h = Half(half, args.seed)
        st = {"n": 0, "spans": collections.Counter(), "tpl": collections.defaultdict(set), "negs": collections.Counter(),
              "chan": collections.Counter(), "lang": collections.Counter(), "email_len": []}
        with open(fname, "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                msg, used = h.message(i)
                check(msg)
                f.write(json.dumps(msg, ensure_ascii=False) + "\n")
                st["n"] += 1
                st["chan"][msg["channel"]] += 1
                st["lang"][msg["lang"]] += 1
                if msg["channel"] == "email":
                    st["email_len"].append(len(msg["text"].encode("utf-8")))
                for s in msg["spans"]:
                    st["spans"][s["type"]] += 1
                for lab, tid in used:
                    st["tpl"][lab].add(tid)
                for s in msg["negatives"]:
                    st["negs"][s["kind"]] += 1
        stats[fname] = st
    write_readme(stats, args.seed)
    for k, st in stats.items():
        print(k, st["n"], "messages,", sum(st["spans"].values()), "spans,", sum(st["negs"].values()), "negatives")


def write_readme(stats, seed):
    d, h = stats["dev.jsonl"], stats["heldout.jsonl"]
    L = []
    L.append("# Scrub corpus blind56: marketplaces, platforms and gig work\n")
    L.append("This corpus was written **blind**: its author did not open, read, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, "
             "generators), and did not read git history. No scrubber or scorer was run. Everything is written from public knowledge "
             "of how platforms format messages and how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nMarketplace sellers, delivery riders, drivers, holiday-rental hosts and platform freelancers writing about payouts, "
             "changed bank accounts, identity verification (BSN / rijksregisternummer next to KvK, VAT, ondernemingsnummer, EIN), seller/partner "
             "logins, API keys and tokens for shop integrations, tax forms (DAC7, fiscale fiche, W-9); buyers writing about orders, returns and "
             "cards; and the platform's support agents replying. Order numbers, listing IDs, tracking codes, SKUs/EANs/ASINs, payout and "
             "request references, error codes and company numbers are placed as hard negatives next to the real personal data.\n")
    L.append(f"## Generation\n\n```\ncd tests/scrub_corpus/blind56\npython3 generate_blind.py --seed {seed}\n```\n\n"
             "Python 3.11 standard library only. Modules: `values.py` (value generators and check-digit functions), `frames.py` "
             "(e-mail/chat frames), `tmpl_nl.py`, `tmpl_fr.py`, `tmpl_en.py` (templates per language and situation).\n")
    L.append("## Split rule\n\nTemplates are written in groups keyed by (language family, role, situation). Within each group, even-index "
             "members go to dev and odd-index members to heldout, so no template is shared. The same alternate dealing is applied to every "
             "frame list (greetings, sign-offs, quote headers, forward headers, subjects, disclaimers, agent signatures, chat openers, "
             "hashtags) and every filler pool (names, first names, platform brands (and hence mentions and URL domains), shops, SSIDs, "
             "agents, device/model names, URL paths, cities). Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected "
             "only into literal text (cue words, prose), never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in agent replies and quoted history.\n"
             "- Seller ID, partner ID, host ID, rider/courier/driver ID, store/shop ID, customer and account numbers are `customer_number` "
             "(they identify the person behind the account).\n"
             "- Payout references (`PO-…`, `po_…`, `TRF…`, settlement/batch references) are negatives of kind `request_id`, like API request ids.\n"
             "- Listing IDs, SKUs, EAN/ASIN product codes are `product_code`; return (RMA) and dispute numbers are `ticket_number`.\n"
             "- KvK, btw/VAT, Belgian ondernemingsnummer/BCE, UK company number and US EIN are `company_registration` negatives, even for "
             "sole traders. BSN and Belgian rijksregisternummer are labelled `bsn`.\n"
             "- Door, gate, key-safe/lockbox, padlock and smart-lock codes are `pin`. Router admin passwords are `password`; the guest Wi-Fi key is `wifi_key`; SSIDs are not labelled.\n"
             "- WooCommerce consumer key and consumer secret, Stripe-style `sk_/pk_/rk_` keys, Mollie-style `live_/test_` keys, AWS key id and secret, "
             "and 32-hex keys after 'API key' are `api_key`. Bearer JWTs, `shpat_`, `ghp_`, `ya29.` and refresh tokens are `token`.\n"
             "- An OTP dictated as words (\"vier acht ...\", \"quatre huit ...\") is one `otp` span covering all the words.\n"
             "- Addresses may be street + number only or include postcode/city; a multi-line address is one span. Cities alone are not labelled.\n"
             "- Company service numbers in agent text and signatures are `company_phone` negatives; a customer's phone in a signature is `phone`.\n"
             "- Personal names, agent names/initials, licence plates, brand names and SSIDs are not labelled.\n"
             "- In e-mails the sender's address in a forwarded header is labelled `email`. Platform addresses are never used.\n")
    L.append("## Known limitations\n\n- Templates are re-used with different values, so each half has repeated sentence frames.\n"
             "- nl-be messages draw ~35% weight from the Netherlands Dutch groups (filtered to drop BSN/KvK wording), so some nl-be text is not distinctly Flemish.\n"
             "- en-gb and en-us share templates; only values (phones, addresses, dates, amounts, company numbers) are localised.\n"
             "- Passport/ID-card document numbers are deliberately absent (no label type for them).\n"
             "- Typos are simple character swaps/drops/duplications.\n"
             "- Some types come from few templates per half (token, card/cvv/expiry, ip_address); their variety is mostly in value formats.\n"
             "- Values are cached per message, so a negative such as a date or quantity may repeat between a body and its quoted history.\n")
    L.append("## Counts\n")
    L.append(table([["messages", d["n"], h["n"]],
                    ["e-mails", len(d["email_len"]), len(h["email_len"])],
                    ["median e-mail bytes", sorted(d["email_len"])[len(d["email_len"]) // 2], sorted(h["email_len"])[len(h["email_len"]) // 2]]],
                   ["", "dev", "heldout"]) + "\n")
    types = sorted(set(d["spans"]) | set(h["spans"]))
    L.append("### Spans per type (count / distinct templates incl. frames)\n")
    L.append(table([[t, d["spans"][t], len(d["tpl"][t]), h["spans"][t], len(h["tpl"][t])] for t in types],
                   ["type", "dev", "dev templates", "heldout", "heldout templates"]) + "\n")
    kinds = sorted(set(d["negs"]) | set(h["negs"]))
    L.append("### Negatives per kind\n")
    L.append(table([[k, d["negs"][k], h["negs"][k]] for k in kinds], ["kind", "dev", "heldout"]) + "\n")
    L.append("### Channels\n")
    L.append(table([[k, d["chan"][k], h["chan"][k]] for k in sorted(set(d["chan"]) | set(h["chan"]))], ["channel", "dev", "heldout"]) + "\n")
    L.append("### Languages\n")
    L.append(table([[k, d["lang"][k], h["lang"][k]] for k in sorted(set(d["lang"]) | set(h["lang"]))], ["lang", "dev", "heldout"]) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
