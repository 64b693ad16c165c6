#!/usr/bin/env python3
"""Blind webcare PII corpus generator (blind107). Standard library only.

Usage: python3 generate_blind.py --seed 20261305
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import values as V
from pools import POOLS, SECTORS, split_pools
import templates_nl, templates_vl, templates_fr, templates_en

PREFIX = "b107"
N_PER_HALF = 950
MODS = {"nl": templates_nl, "vl": templates_vl, "fr": templates_fr, "en": templates_en}

SPAN = {  # placeholder -> (generator, label)
    "password": (V.password, "password"), "pin": (V.pin, "pin"), "puk": (V.puk, "puk"), "otp": (V.otp, "otp"),
    "otpw": (V.otp_words, "otp"), "wifi": (V.wifi_key, "wifi_key"), "user": (V.username, "username"),
    "apikey": (V.api_key, "api_key"), "token": (V.token, "token"), "card": (V.card, "card"), "cvv": (V.cvv, "cvv"),
    "iban": (V.iban, "iban"), "bsn": (V.bsn, "bsn"), "rrn": (V.rrn, "bsn"), "phone": (V.phone, "phone"),
    "dob": (V.dob, "date_of_birth"), "cust": (V.customer_number, "customer_number"), "exp": (V.card_expiry, "card_expiry"),
    "ip": (V.ip_address, "ip_address"),
}
NEG = {
    "n_date": (V.n_date, "date"), "n_time": (V.n_time, "time"), "n_amount": (V.n_amount, "amount"),
    "n_qty": (V.n_quantity, "quantity"), "n_pct": (V.n_percentage, "percentage"), "n_year": (V.n_year, "year"),
    "n_order": (V.n_order, "order_number"), "n_ticket": (V.n_ticket, "ticket_number"), "n_invoice": (V.n_invoice, "invoice_number"),
    "n_track": (V.n_tracking, "tracking_number"), "n_req": (V.n_request, "request_id"), "n_error": (V.n_error, "error_code"),
    "n_version": (V.n_version, "version_string"), "n_product": (V.n_product, "product_code"), "n_flight": (V.n_flight, "flight_number"),
    "n_cphone": (V.n_company_phone, "company_phone"), "n_reg": (V.n_registration, "company_registration"),
    "n_masked": (V.n_masked, "masked_value"), "n_meter": (V.n_meter, "meter_reading"), "n_port": (V.n_port, "port"),
    "n_checksum": (V.n_checksum, "checksum"),
}
TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_]+)(?:\.(\w+))?\}")
CHANNELS = [("email", 30), ("agent_reply", 12), ("x_public", 7), ("facebook_comment", 7), ("instagram_comment", 5),
            ("x_dm", 5), ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 12), ("telegram", 4)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KEYS = "qwertyuiopasdfghjklzxcvbnm"


def slug(s):
    return re.sub(r"[^A-Za-z0-9]", "", s)


class Ctx:
    def __init__(self, rng, lang, pools, sector, typo):
        self.rng, self.lang, self.pools, self.sector, self.typo = rng, lang, pools, sector, typo
        self.memo = {}
        self.first = {}
        self.brand = rng.choice(pools["brand_" + sector])

    # ---- typos only on literal text
    def typo_text(self, s):
        if not self.typo:
            return s
        def fix(m):
            w = m.group(0)
            if self.rng.random() > self.typo:
                return w
            i = self.rng.randrange(1, len(w) - 1)
            op = self.rng.randrange(4)
            if op == 0:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if op == 1:
                return w[:i] + w[i + 1:]
            if op == 2:
                return w[:i] + w[i] + w[i:]
            return w[:i] + self.rng.choice(KEYS) + w[i + 1:]
        return re.sub(r"[A-Za-zÀ-ÿ]{4,}", fix, s)

    def filler(self, name):
        r, p = self.rng, self.pools
        if name == "f_name":
            return r.choice(p["first"]) + " " + r.choice(p["last"])
        if name == "f_first":
            return r.choice(p["first"])
        if name == "f_last":
            return r.choice(p["last"])
        if name == "f_brand":
            return self.brand
        if name == "f_city":
            return r.choice(p["city"])
        if name in ("f_agent", "f_init", "f_ssid", "f_pet", "f_plate"):
            return r.choice(p[name[2:]])
        raise KeyError(name)

    def neg(self, name):
        r = self.rng
        if name == "n_mention":
            b = self.brand if r.random() < 0.7 else r.choice(self.pools["brand_" + r.choice(SECTORS)])
            return "@" + slug(b), "mention"
        if name == "n_hashtag":
            return r.choice(self.pools["hashtag"]), "hashtag"
        if name == "n_url":
            return r.choice(self.pools["url"]).replace("{b}", slug(self.brand).lower()), "url"
        if name == "n_model":
            sec = self.sector if self.sector in SECTORS else "phone"
            return r.choice(self.pools["model_" + sec]), "model_number"
        fn, kind = NEG[name]
        return fn(r, self.lang), kind

    def span(self, name):
        if name == "email":
            return V.email(self.rng, self.lang, self.pools), "email"
        if name == "addr":
            return V.address(self.rng, self.lang, self.pools), "address"
        fn, label = SPAN[name]
        return fn(self.rng, self.lang), label


def render(tpl, ctx, tid, echo=False):
    out, spans, negs, last = [], [], [], 0
    pos = 0

    def emit(s):
        nonlocal pos
        out.append(s)
        pos += len(s)

    for m in TOKEN.finditer(tpl):
        emit(ctx.typo_text(tpl[last:m.start()]))
        last = m.end()
        tok = m.group(0)
        if tok == "{{":
            emit("{")
            continue
        if tok == "}}":
            emit("}")
            continue
        name, key = m.group(1), m.group(2)
        mk = (name, key)
        if key is not None and mk in ctx.memo:
            val, kind, cls = ctx.memo[mk]
        elif key is None and echo and name in ctx.first:
            val, kind, cls = ctx.first[name]
        else:
            if name.startswith("f_"):
                val, kind, cls = ctx.filler(name), None, "f"
            elif name.startswith("n_"):
                val, kind = ctx.neg(name)
                cls = "n"
            else:
                val, kind = ctx.span(name)
                cls = "s"
            if key is not None:
                ctx.memo[mk] = (val, kind, cls)
            ctx.first.setdefault(name, (val, kind, cls))
        start = pos
        emit(val)
        if cls == "s":
            spans.append({"type": kind, "start": start, "end": pos, "tpl": tid})
        elif cls == "n":
            negs.append({"kind": kind, "start": start, "end": pos, "tpl": tid})
    emit(ctx.typo_text(tpl[last:]))
    return "".join(out), spans, negs


def join(pieces):
    text, spans, negs = "", [], []
    for p in pieces:
        if isinstance(p, str):
            text += p
            continue
        t, s, n = p
        off = len(text)
        text += t
        spans += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in s]
        negs += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in n]
    return text, spans, negs


def quote(piece, prefix="> "):
    t, s, n = piece
    lines = t.split("\n")
    starts, acc = [], 0
    for ln in lines:
        starts.append(acc)
        acc += len(ln) + 1

    def mp(o):
        li = 0
        while li + 1 < len(starts) and starts[li + 1] <= o:
            li += 1
        return o + len(prefix) * (li + 1)
    nt = "\n".join(prefix + ln for ln in lines)
    return nt, [dict(x, start=mp(x["start"]), end=mp(x["end"] - 1) + 1) for x in s], \
        [dict(x, start=mp(x["start"]), end=mp(x["end"] - 1) + 1) for x in n]


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.name = ["dev", "heldout"][half]
        self.rng = random.Random(seed * 2 + half)
        self.pools = split_pools(half)
        self.T = {}   # (mod, kind, sector) -> [(tid, tpl)]
        self.E = {}   # (mod, part) -> [(tid, tpl)]
        for mname, mod in MODS.items():
            for (kind, sector), lst in mod.T.items():
                self.T[mname, kind, sector] = [(f"{mname}:{kind}:{sector}:{i}", t) for i, t in enumerate(lst) if i % 2 == half]
            for part, lst in mod.EMAIL.items():
                self.E[mname, part] = [(f"{mname}:email-{part}:{i}", t) for i, t in enumerate(lst) if i % 2 == half]

    def mod_for(self, lang):
        r = self.rng
        return {"nl": "nl", "nl-be": "vl" if r.random() < 0.7 else "nl", "fr-be": "fr"}.get(lang, "en")

    def pick(self, ctx, mod, kind, sector=None):
        r = self.rng
        if sector is None:
            sector = ctx.sector if (mod, kind, ctx.sector) in self.T and r.random() < 0.78 else \
                r.choice(["tech", "otp", "mixed", "mixed"])
        if (mod, kind, sector) not in self.T:
            sector = "any"
        tid, tpl = r.choice(self.T[mod, kind, sector])
        return tid, tpl

    def part(self, ctx, lang, part, echo=False):
        emod = {"nl": "nl", "nl-be": "vl", "fr-be": "fr"}.get(lang, "en")
        tid, tpl = self.rng.choice(self.E[emod, part])
        return render(tpl, ctx, tid, echo)

    def message(self, idx):
        r = self.rng
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        channel = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        sector = r.choice(SECTORS)
        typo = 0.0 if r.random() < 0.6 else r.choice([0.03, 0.06, 0.1])
        if channel in ("email", "agent_reply"):
            typo = min(typo, 0.03)
        ctx = Ctx(r, lang, self.pools, sector, typo)
        mod = self.mod_for(lang)

        def chat():
            tid, tpl = self.pick(ctx, mod, "chat")
            return render(tpl, ctx, tid)

        if channel in PUBLIC:
            if r.random() < 0.8:
                tid, tpl = self.pick(ctx, mod, "public", "any")
                pieces = [render(tpl, ctx, tid)]
            else:
                t = chat()
                pieces = [render("{n_mention} ", ctx, "frame:mention"), t]
        elif channel == "agent_reply":
            tid, tpl = self.pick(ctx, mod, "agent", "any")
            pieces = []
            if r.random() < 0.3:
                c = chat()
                pieces = [quote(c), "\n\n"]
            pieces.append(render(tpl, ctx, tid, echo=True))
            if r.random() < 0.3:
                pieces += ["\n\n", self.part(ctx, lang, "agentsig")]
        elif channel == "email":
            pieces = [self.part(ctx, lang, "greet"), "\n\n"]
            if r.random() < 0.7:
                pieces += [self.part(ctx, lang, "intro"), " "]
            pieces.append(chat())
            if r.random() < 0.7:
                pieces += ["\n\n", chat()]
            pieces += ["\n\n", self.part(ctx, lang, "close"), "\n", self.part(ctx, lang, "sig")]
            roll = r.random()
            if roll < 0.6:
                tid, tpl = self.pick(ctx, mod, "agent", "any")
                hist = join([render(tpl, ctx, tid, echo=True), "\n\n", self.part(ctx, lang, "agentsig")])
                pieces += ["\n\n", self.part(ctx, lang, "quote"), "\n", quote(hist)]
            elif roll < 0.8:
                pieces += ["\n\n", self.part(ctx, lang, "fwd"), "\n\n", chat()]
            if r.random() < 0.55:
                pieces += ["\n\n", self.part(ctx, lang, "disc")]
        else:
            pieces = []
            if channel in ("whatsapp", "telegram") and r.random() < 0.25:
                pieces.append(render("[{n_time}, {n_date}] {f_first}: ", ctx, "frame:paste"))
            pieces.append(chat())
            if r.random() < 0.2:
                pieces += ["\n" if r.random() < 0.5 else " ", chat()]
        text, spans, negs = join(pieces)
        return {"id": f"{PREFIX}-{self.name}-{idx:05d}", "channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private",
                "text": text, "spans": spans, "negatives": negs}


# ------------------------------------------------------------------ checks
def check(msg):
    t = msg["text"]
    items = [("s", x) for x in msg["spans"]] + [("n", x) for x in msg["negatives"]]
    for _, x in items:
        assert 0 <= x["start"] < x["end"] <= len(t), (msg["id"], x)
        v = t[x["start"]:x["end"]]
        assert not v[0].isspace() and not v[-1].isspace(), (msg["id"], v)
    iv = sorted((x["start"], x["end"]) for _, x in items)
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], (msg["id"], a, b)
    for x in msg["spans"]:
        v = t[x["start"]:x["end"]]
        if x["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        if x["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        if x["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (msg["id"], v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261305)
    a = ap.parse_args()
    stats = {}
    for half in (0, 1):
        h = Half(a.seed, half)
        msgs = [h.message(i) for i in range(N_PER_HALF)]
        st = {"n": len(msgs), "spans": Counter(), "span_tpl": defaultdict(set), "negs": Counter(),
              "chan": Counter(), "lang": Counter(), "email_sizes": []}
        with open(f"{h.name}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                check(m)
                for x in m["spans"]:
                    st["spans"][x["type"]] += 1
                    st["span_tpl"][x["type"]].add(x.pop("tpl"))
                for x in m["negatives"]:
                    st["negs"][x["kind"]] += 1
                    x.pop("tpl")
                st["chan"][m["channel"]] += 1
                st["lang"][m["lang"]] += 1
                if m["channel"] == "email":
                    st["email_sizes"].append(len(m["text"].encode()))
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        stats[h.name] = st
    write_readme(a.seed, stats)


def table(title, key, stats, extra=None):
    keys = sorted(set(stats["dev"][key]) | set(stats["heldout"][key]))
    head = f"| {title} | dev | heldout |" + (" dev templates | heldout templates |" if extra else "")
    lines = [head, "|" + "---|" * (5 if extra else 3)]
    for k in keys:
        row = f"| {k} | {stats['dev'][key][k]} | {stats['heldout'][key][k]} |"
        if extra:
            row += f" {len(stats['dev'][extra][k])} | {len(stats['heldout'][extra][k])} |"
        lines.append(row)
    return "\n".join(lines)


def write_readme(seed, stats):
    es = {k: sorted(v["email_sizes"]) for k, v in stats.items()}
    med = {k: v[len(v) // 2] if v else 0 for k, v in es.items()}
    txt = f"""# Scrub corpus blind107 — sports clubs/gyms, vets, bicycle shops & lease bikes, movers, plumbers/heating, phone shops

Written **blind**: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`, `bench/`,
`docs/`, `infra/`, any other corpus, scorer or generator under `tests/scrub_corpus/`, and did not read git history.
Only `tests/scrub_corpus/BRIEF.md` was read. No scrubber or scorer was run.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis
Sports clubs and gyms (memberships, lockers, gate codes, club apps, member registration), veterinary clinics
(appointments, pet passports, portal logins, payments), bicycle shops and lease bikes (contracts, lock PINs, theft
claims, deposits), moving companies (key safes, lift codes, quotes, damage claims, parking permits needing BSN /
national register number), plumbers and heating installers (boiler fault codes, thermostats on wifi, meter readings,
EAN connection codes, alarm/gate codes), mobile phone shops (SIM PIN/PUK, passcodes handed over for repair, porting
codes, upgrades). Dutch, Flemish, Belgian French, UK and US customers on all channels, with typos, signatures,
quoted history, forwarded headers, disclaimers and agent replies.

## Generation
```
python3 generate_blind.py --seed {seed}
```
Modules: `values.py` (value generators + checksum validators), `pools.py` (filler pools),
`templates_nl.py`, `templates_vl.py`, `templates_fr.py`, `templates_en.py` (templates per language, grouped by
(kind, sector)), `generate_blind.py` (rendering, e-mail assembly, split, self-check, README).

## Split rule
Every template group (module, kind, sector) and every e-mail frame part (greeting, closing, signature, quote header,
forward header, disclaimer, agent signature) is dealt alternately: even index to dev, odd index to heldout. Every
filler pool (first/last names, agents, initials, streets, cities, brands, SSIDs, pets, hashtags, URL patterns, model
numbers) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Value *formats* (phone,
IBAN, date layouts) are generator code and are shared by both halves. Typos are injected only into literal
template text (cue words included), never into labelled values or negatives.

## Labelling conventions and judgement calls
- Spans cover the value only: never the cue ("PUK:", "IBAN", "ww"), never surrounding punctuation/space.
- Every occurrence is labelled, including values an agent echoes back or that appear in quoted history (`> `).
  A span in quoted text may therefore contain an inner `> ` when the value (e.g. a multi-line address) spans lines.
- Belgian national register numbers are labelled `bsn`. Dictated OTPs ("vier acht twee ...") are `otp`.
- Door, locker, key-safe, gate, alarm, lift, bike-lock codes and phone passcodes are `pin` (a trailing `#` stays outside).
- Router admin passwords and Apple/Google account passwords handed over for repair are `password`.
- Gym member numbers, vet client numbers, lease/cycle-to-work agreement numbers, policy numbers, tenancy refs,
  EAN/MPRN connection codes, employee IDs used to identify the customer are `customer_number`.
- Theft report / police (PV) numbers and crime refs are `ticket_number` negatives; quotes/offers are `invoice_number`.
- Organisation service lines (088, 0800, 0900, 078, 0345, 1-800 …) are `company_phone` negatives; the customer's own
  phones are `phone`, even when posted publicly. Company e-mail addresses are avoided entirely.
- AWS secret-like keys are labelled `api_key`; JWTs, `ghp_` tokens and bearer/hex tokens are `token`.
- Firmware/download hashes are `checksum` negatives; webhook ports are `port`; boiler fault codes (F28, E119 …) are
  `error_code`; bike/boiler/phone models are `model_number`; battery/part SKUs and EAN-13 barcodes are `product_code`.
- Names, pets, brands, cities alone, SSIDs, agent initials and macro placeholders (`{{voornaam}}`, `[CODE]`,
  `<CODE>`) are left unlabelled. Masked card/IBAN/phone fragments are `masked_value` negatives.

## Known limitations
- Template-based: sentence frames repeat within a half; values are synthetic (phone numbers may fall in real ranges).
- Some value combinations are slightly implausible (e.g. a foreign IBAN for a US customer, random DOB years).
- Typo injection is character-level only; no autocorrect artefacts or emoji-splitting.
- Quoted agent text in e-mails echoes the customer's own values where the same placeholder type appears.
- `tech` (API keys, tokens, IPs) and dictated-OTP groups are shared across sectors and comparatively small.
- E-mail size: median {med['dev']} B (dev) / {med['heldout']} B (heldout); min {es['dev'][0] if es['dev'] else 0} / max {es['dev'][-1] if es['dev'] else 0} B (dev).

## Counts
Messages: dev {stats['dev']['n']}, heldout {stats['heldout']['n']}.

### Spans per type (with number of distinct templates contributing)
{table('type', 'spans', stats, 'span_tpl')}

### Negatives per kind
{table('kind', 'negs', stats)}

### Channels
{table('channel', 'chan', stats)}

### Languages
{table('lang', 'lang', stats)}
"""
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
