#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind101). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261299
"""
import argparse
import collections
import json
import random
import re
import sys

import pools
import values as V
from templates_nl import T as T_NL
from templates_en import T as T_EN
from templates_be import T_NLBE, T_FRBE
from templates_extra import X

PREFIX = "b101"
DIR = "blind101"
LANGKEY = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en-gb": "en", "en-us": "en"}
TEXTS = {"nl": T_NL, "nl-be": T_NLBE, "fr-be": T_FRBE, "en": T_EN}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KIND_W = [("email", 30), ("chat", 33), ("public", 15), ("agent", 22)]
CHANNELS = {"chat": ["whatsapp", "telegram", "messenger", "x_dm", "instagram_dm", "whatsapp", "messenger"],
            "public": ["x_public", "facebook_comment", "instagram_comment"],
            "email": ["email"], "agent": ["agent_reply"]}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
ALIAS = {"dob": "date_of_birth", "cust": "customer_number", "exp": "card_expiry", "ip": "ip_address", "rrn": "bsn"}
SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"}
NEG_KINDS = {"date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
             "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"}
TOK = re.compile(r"\{([~$]?)([a-z_0-9]+)(?::([a-z0-9_]+))?(?:#(\w+))?\}")


def parse(text, langkey):
    groups = collections.OrderedDict()
    cur = None
    for block in re.split(r"^@@ ", text.strip(), flags=re.M):
        if not block.strip():
            continue
        head, _, body = block.partition("\n")
        kind, sit = head.split()
        items = [t.strip("\n") for t in re.split(r"^--$", body, flags=re.M)]
        items = [t for t in items if t.strip()]
        assert len(items) >= 2, (langkey, head)
        if langkey.split("+")[0] in ("en", "fr-be"):
            # English and Belgian French groups were written in parallel with the Dutch ones; rotating them by one
            # before dealing keeps the even/odd rule but balances value types between the halves.
            items = items[1:] + items[:1]
        groups[(kind, sit)] = [(f"{langkey}/{kind}/{sit}/{i}", t) for i, t in enumerate(items)]
    return groups


def deal(seq, half):
    return [x for i, x in enumerate(seq) if i % 2 == half]


# ------------------------------------------------------------------ typos
KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuiopoasdfghjklkzxcvbnmn")}


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    return w[:i] + KEYB.get(c, c) + w[i + 1:]


class Ctx:
    def __init__(self, rng, half, lang, P):
        self.rng, self.half, self.lang, self.P = rng, half, lang, P
        self.cache = {}
        self.typo_rate = rng.choice([0, 0, 0, 0.04, 0.08, 0.12])
        self.lower = False
        self.card_kind = None

    def lit(self, s):
        if self.lower:
            s = s.lower()
        if self.typo_rate:
            s = re.sub(r"[A-Za-zÀ-ÿ]{4,}", lambda m: typo_word(self.rng, m.group(0)) if self.rng.random() < self.typo_rate else m.group(0), s)
        return s

    def pick(self, pool):
        return self.rng.choice(pool)

    def filler(self, name):
        P, lang, rng = self.P, self.lang, self.rng
        if name == "first":
            return self.pick(P["first"][lang])
        if name == "last":
            return self.pick(P["last"][lang])
        if name == "agent":
            return self.pick(P["agent"])
        if name in P["brand"]:
            return self.pick(P["brand"][name])
        if name == "hall":
            return self.pick(P["hall"])
        if name == "band":
            return self.pick(P["band"])
        if name == "petname":
            return self.pick(P["pet"])
        if name == "food":
            return self.pick(P["food"])
        raise KeyError(name)

    def address(self, variant):
        rng, lang = self.rng, self.lang
        st = self.pick(self.P["street"][lang])
        city, pc = self.pick(self.P["city"][lang])
        num = rng.randint(1, 240)
        if lang == "nl":
            suf = rng.choice(["", "", "", "a", "-II", " hs", "B", " 3"])
            line1 = f"{st} {num}{suf}"
            pcs = f"{pc}{rng.randint(10, 99)}{rng.choice([' ', '', ' '])}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            line2 = f"{pcs} {city if rng.random() < .8 else city.upper()}"
        elif lang == "nl-be":
            line1 = f"{st} {num}" + rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 4)}"])
            line2 = f"{pc} {city}"
        elif lang == "fr-be":
            line1 = f"{st} {num}" + rng.choice(["", "", f"/{rng.randint(1, 9)}", f" bte {rng.randint(1, 9)}"])
            line1 = rng.choice([line1, line1, f"{st}, {num}"])
            line2 = f"{pc} {city}"
        elif lang == "en-gb":
            line1 = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, "]) + f"{num} {st}"
            line2 = f"{city} {pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        else:
            line1 = f"{rng.randint(10, 9999)} {st}" + rng.choice(["", "", f", Apt {rng.randint(1, 20)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}"])
            line2 = f"{city}, {pc}{rng.randint(10, 99)}"
        if variant == "street":
            return line1
        if variant == "ml":
            return line1 + "\n" + line2
        return line1 + rng.choice([", ", ", ", " ", " - "]) + line2

    def span_value(self, typ, var):
        rng, lang = self.rng, self.lang
        first = self.filler_cached("first")
        last = self.filler_cached("last")
        if typ == "password":
            return V.password(rng, lang)
        if typ == "pin":
            return V.pin(rng, var)
        if typ == "puk":
            return V.puk(rng)
        if typ == "otp":
            return V.otp(rng, lang, var)
        if typ == "wifi_key":
            return V.wifi_key(rng)
        if typ == "username":
            return V.username(rng, first, last)
        if typ == "api_key":
            return V.api_key(rng, var)
        if typ == "token":
            return V.token(rng, var)
        if typ == "card":
            v, k = V.card(rng)
            self.card_kind = k
            return v
        if typ == "cvv":
            return V.cvv(rng, self.card_kind == "amex")
        if typ == "iban":
            return V.iban(rng, lang, var == "foreign" or rng.random() < 0.08)
        if typ == "bsn":
            if lang in ("nl-be", "fr-be") or var == "rrn":
                return V.rrn(rng)
            return V.bsn(rng)
        if typ == "email":
            return V.email(rng, first, last, lang)
        if typ == "phone":
            return V.phone(rng, lang, var)
        if typ == "address":
            return self.address(var)
        if typ == "date_of_birth":
            return V.dob(rng, lang)
        if typ == "customer_number":
            return V.customer_number(rng, var)
        if typ == "card_expiry":
            return V.card_expiry(rng, lang)
        if typ == "ip_address":
            return V.ip(rng, var)
        raise KeyError(typ)

    def neg_value(self, kind, var):
        P = self.P
        if kind == "mention":
            return self.pick(P["mention"])
        if kind == "hashtag":
            return self.pick(P["hashtag"])
        if kind == "url":
            return self.pick(P["url"])
        if kind == "model_number":
            return self.pick(P["model"])
        return V.neg(self.rng, kind, self.lang, var)

    def filler_cached(self, name):
        k = "$" + name
        if k not in self.cache:
            self.cache[k] = self.filler(name)
        return self.cache[k]


def render(tpl, ctx, comp_id, oneline=False):
    out, spans, negs, pos, i = [], [], [], 0, 0
    for m in TOK.finditer(tpl):
        lit = ctx.lit(tpl[i:m.start()])
        out.append(lit)
        pos += len(lit)
        sig, name, var, key = m.groups()
        ck = m.group(0)
        if sig == "$":
            ck = "$" + name + ("#" + key if key else "")
            if ck not in ctx.cache:
                ctx.cache[ck] = ctx.filler(name)
            val = ctx.cache[ck]
            out.append(val)
            pos += len(val)
            i = m.end()
            continue
        if ck not in ctx.cache:
            if sig == "~":
                assert name in NEG_KINDS, name
                ctx.cache[ck] = ctx.neg_value(name, var)
            else:
                typ = ALIAS.get(name, name)
                assert typ in SPAN_TYPES, name
                ctx.cache[ck] = ctx.span_value(typ, var)
        val = ctx.cache[ck]
        if oneline:
            val = val.replace("\n", ", ")
        if sig == "~":
            negs.append({"kind": name, "start": pos, "end": pos + len(val)})
        else:
            spans.append({"type": ALIAS.get(name, name), "start": pos, "end": pos + len(val), "_tpl": comp_id})
        out.append(val)
        pos += len(val)
        i = m.end()
    out.append(ctx.lit(tpl[i:]))
    return "".join(out), spans, negs


class Builder:
    def __init__(self):
        self.text, self.spans, self.negs = "", [], []

    def add(self, part):
        t, s, n = part
        off = len(self.text)
        for x in s:
            self.spans.append(dict(x, start=x["start"] + off, end=x["end"] + off))
        for x in n:
            self.negs.append(dict(x, start=x["start"] + off, end=x["end"] + off))
        self.text += t

    def lit(self, s):
        self.text += s


def quote_part(tpl, ctx, comp_id):
    """Quoted history: header line stays, following lines get '> ' if header ends with ':'."""
    head, _, rest = tpl.partition("\n")
    if head.rstrip().endswith(":") and not head.startswith("-"):
        ht, hs, hn = render(head, ctx, comp_id, True)
        bt, bs, bn = render(rest, ctx, comp_id, True)
        lines = bt.split("\n")
        new_lines, mapping, p_old, p_new = [], [], 0, 0
        for ln in lines:
            pre = "> " if ln else ">"
            mapping.append((p_old, p_new + len(pre)))
            new_lines.append(pre + ln)
            p_old += len(ln) + 1
            p_new += len(pre) + len(ln) + 1
        qt = "\n".join(new_lines)
        def shift2(x):
            base_old, base_new = [mp for mp in mapping if mp[0] <= x["start"]][-1]
            d = base_new - base_old
            return dict(x, start=x["start"] + d, end=x["end"] + d)
        b = Builder()
        b.add((ht, hs, hn))
        b.lit("\n")
        b.add((qt, [shift2(x) for x in bs], [shift2(x) for x in bn]))
        return b.text, b.spans, b.negs
    return render(tpl, ctx, comp_id, True)


def build_half(seed, half):
    rng = random.Random(seed * 2 + half)
    P = {
        "first": {k: deal(v, half) for k, v in pools.FIRST.items()},
        "last": {k: deal(v, half) for k, v in pools.LAST.items()},
        "street": {k: deal(v, half) for k, v in pools.STREET.items()},
        "city": {k: deal(v, half) for k, v in pools.CITY.items()},
        "agent": deal(pools.AGENT, half),
        "brand": {k: deal(v, half) for k, v in pools.BRAND.items()},
        "hall": deal(pools.HALL, half), "band": deal(pools.BAND, half), "pet": deal(pools.PET, half),
        "food": deal(pools.FOOD, half), "mention": deal(pools.MENTION, half), "hashtag": deal(pools.HASHTAG, half),
        "url": deal(pools.URL, half), "model": deal(pools.MODEL, half),
    }
    G = {}
    for lk, txt in list(TEXTS.items()) + [(k + "+x", v) for k, v in X.items()]:
        for (kind, sit), items in parse(txt, lk).items():
            lk = lk.replace("+x", "")
            G.setdefault((lk, kind + ("x" if sit == "misc" and kind in ("chat", "email") else "")), []).extend(deal(items, half))
    langs = [l for l, w in LANG_W for _ in range(w)]
    kinds = [k for k, w in KIND_W for _ in range(w)]
    name = ["dev", "heldout"][half]
    msgs = []
    n_target = 950
    for n in range(n_target):
        lang = rng.choice(langs)
        lk = LANGKEY[lang]
        kind = rng.choice(kinds)
        channel = rng.choice(CHANNELS[kind])
        ctx = Ctx(rng, half, lang, P)
        if kind in ("chat", "public") and rng.random() < 0.25:
            ctx.lower = True
        b = Builder()
        pool = G[(lk, kind)]
        if kind in ("chat", "email") and rng.random() < 0.22:
            pool = G[(lk, kind + "x")]
        tid, tpl = rng.choice(pool)
        if kind == "email":
            gid, g = rng.choice(G[(lk, "greet")])
            b.add(render(g, ctx, gid))
            b.lit("\n\n")
            if rng.random() < 0.55:
                cid, c = rng.choice(G[(lk, "ctx")])
                b.add(render(c, ctx, cid))
                b.lit("\n\n")
            b.add(render(tpl, ctx, tid))
            b.lit("\n\n")
            sid, s = rng.choice(G[(lk, "sign")])
            b.add(render(s, ctx, sid))
            if rng.random() < 0.3:
                did, d = rng.choice(G[(lk, "disc")])
                b.lit("\n\n")
                b.add(render(d, ctx, did))
            if rng.random() < 0.75:
                qid, q = rng.choice(G[(lk, "quote")])
                b.lit("\n\n")
                b.add(quote_part(q, ctx, qid))
        else:
            b.add(render(tpl, ctx, tid))
            if kind == "chat" and rng.random() < 0.15:
                b.lit(rng.choice(["\n??", "\nhallo??", " 🙏", "\n...", " !!", "\nthx"]))
        msgs.append({"id": f"{PREFIX}-{name}-{n:05d}", "channel": channel, "lang": lang,
                     "visibility": "public" if channel in PUBLIC else "private",
                     "text": b.text, "spans": b.spans, "negatives": b.negs})
    return msgs


def check(msgs):
    for m in msgs:
        t = m["text"]
        items = [("s", x) for x in m["spans"]] + [("n", x) for x in m["negatives"]]
        for k, x in items:
            s, e = x["start"], x["end"]
            if not (0 <= s < e <= len(t)):
                raise SystemExit(f"range {m['id']} {x}")
            v = t[s:e]
            if v != v.strip() or v.strip(".,;:!?") != v and not (k == "s" and x["type"] in ("password", "wifi_key", "pin", "api_key", "token")) and not (k == "n" and x["kind"] in ("hashtag", "quantity", "date", "order_number", "ticket_number", "amount")):
                raise SystemExit(f"boundary {m['id']} {x} {v!r}")
            if k == "s":
                ty = x["type"]
                if ty == "card" and not V.luhn_ok(v):
                    raise SystemExit(f"luhn {m['id']} {v}")
                if ty == "iban" and not V.iban_ok(v):
                    raise SystemExit(f"iban {m['id']} {v}")
                if ty == "bsn":
                    d = "".join(c for c in v if c.isdigit())
                    if not ((len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d))):
                        raise SystemExit(f"bsn {m['id']} {v}")
        iv = sorted((x["start"], x["end"]) for _, x in items)
        for a, b in zip(iv, iv[1:]):
            if b[0] < a[1]:
                raise SystemExit(f"overlap {m['id']} {a} {b}")


def stats(msgs):
    st = {"n": len(msgs), "span": collections.Counter(), "tpl": collections.defaultdict(set),
          "neg": collections.Counter(), "chan": collections.Counter(), "lang": collections.Counter(),
          "email_len": []}
    for m in msgs:
        st["chan"][m["channel"]] += 1
        st["lang"][m["lang"]] += 1
        if m["channel"] == "email":
            st["email_len"].append(len(m["text"].encode()))
        for x in m["spans"]:
            st["span"][x["type"]] += 1
            st["tpl"][x["type"]].add(x["_tpl"])
        for x in m["negatives"]:
            st["neg"][x["kind"]] += 1
    return st


def readme(seed, S):
    L = []
    L.append(f"# Scrub corpus {DIR}: crypto, dentists/opticians, pets/vets, venues, ticketing (written blind)\n")
    L.append("This corpus was written **blind**: its author did not open, read, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, nor any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), and did not read git history. No scrubber or scorer was run. "
             "Everything here comes from public knowledge of how people write to webcare teams.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Crypto exchanges and brokers (logins, 2FA codes, API keys/secrets, withdrawals to IBAN, KYC with BSN / "
             "Belgian national register number), dentists and opticians (patient/policy/mutualiteit numbers, dates of "
             "birth, lens orders paid by card), pet shops and vets (orders, deliveries, lockbox codes, refunds), wedding "
             "and event venues (deposits, gate/key-safe codes, wifi keys, supplier phone numbers), ticketing and concerts "
             "(account logins, verification codes, double charges, resale payouts). Dutch, Flemish, Belgian French, UK "
             "and US customers; all channels; typos in literal text; e-mail greetings, signatures, disclaimers, quoted "
             "and forwarded history; agent replies.\n")
    L.append("## Generation\n")
    L.append(f"```\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Writes `dev.jsonl` and `heldout.jsonl` (950 messages each) and this README. Modules: `values.py` (value "
             "generators with Luhn / mod-97 / 11-proof / national-register checks), `pools.py` (filler pools), "
             "`templates_nl.py`, `templates_be.py`, `templates_en.py` (template groups per language, kind and situation).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language, kind, situation); within each group the even-indexed members "
             "go to dev and the odd-indexed to heldout. Greetings, sign-offs, disclaimers and quote/forward blocks are "
             "groups too and are dealt the same way. Every filler pool (first and last names, streets, cities, brands, "
             "concert halls, bands, pet names, pet food, agents, mentions, hashtags, URLs, model numbers) is dealt "
             "alternately as well. Each half draws from its own `random.Random(seed * 2 + half)`. Typos are injected "
             "only into literal text (cue words included), never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover the value only, never the cue word or trailing punctuation; every occurrence is labelled, "
             "including repeats in agent replies, signatures and quoted history.\n"
             "- Passwords may legitimately end in `!`, `#`, `?` etc.; door codes such as `4711#` or `*2580` are labelled "
             "`pin` including the `#`/`*`.\n"
             "- OTPs include prefixed forms (`G-123456`) and codes dictated as words (`vier acht twee ...`, "
             "`oh four two ...`); the whole dictated sequence is one span.\n"
             "- `bsn` covers both the Dutch BSN (11-proof) and the Belgian rijksregisternummer / numéro de registre "
             "national (mod-97 check, pre- and post-2000 variants), in all common groupings.\n"
             "- An address is one span from street to city, also when it spans two lines in a signature; in quoted "
             "history it is flattened to one line. A bare street + number is also an address.\n"
             "- Customer numbers include UIDs at exchanges, patient numbers, insurance policy / mutualiteit member "
             "numbers, client numbers at shops and vets.\n"
             "- A crypto transaction hash is marked as a `checksum` negative (it is a hash, not personal data). Wallet "
             "addresses were deliberately left out to avoid an ambiguous case.\n"
             "- A second phone number belonging to another private person (toastmaster, partner) is labelled `phone`; "
             "the organisation's own service numbers are `company_phone` negatives.\n"
             "- Private LAN IPs (192.168.x.x) would be labelled `ip_address` too; public IPv4 and IPv6 appear.\n"
             "- No organisation mailbox addresses appear, so every e-mail address in the corpus is a person's.\n"
             "- Names, cities on their own, SSIDs / network names, agent initials (`^Sanne`) are not labelled.\n")
    L.append("## Known limitations\n")
    L.append("- Template-based: within one half each template is reused roughly 10-15 times with different values.\n"
             "- English UK and US share the English template groups; only values (phones, addresses, dates, currency) "
             "are localised.\n"
             "- `puk`, `token`, `flight_number`, `year` are rare or absent in this emphasis (see tables).\n"
             "- Typos are synthetic (swap, drop, double, neighbour key).\n")
    for half, name in enumerate(["dev", "heldout"]):
        s = S[half]
        el = sorted(s["email_len"])
        L.append(f"## Counts: {name}\n")
        L.append(f"Messages: {s['n']}; e-mails: {len(el)} (median {el[len(el) // 2]} bytes, "
                 f"{sum(1 for x in el if 500 <= x <= 2048)} between 0.5 and 2 KB)\n")
        L.append("| span type | count | distinct templates |\n|---|---:|---:|")
        for t in sorted(SPAN_TYPES):
            L.append(f"| {t} | {s['span'][t]} | {len(s['tpl'][t])} |")
        L.append("\n| negative kind | count |\n|---|---:|")
        for k in sorted(NEG_KINDS):
            L.append(f"| {k} | {s['neg'][k]} |")
        L.append("\n| channel | count |\n|---|---:|")
        for k, v in sorted(s["chan"].items()):
            L.append(f"| {k} | {v} |")
        L.append("\n| lang | count |\n|---|---:|")
        for k, v in sorted(s["lang"].items()):
            L.append(f"| {k} | {v} |")
        L.append("")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    S = []
    for half, name in enumerate(["dev", "heldout"]):
        msgs = build_half(a.seed, half)
        check(msgs)
        S.append(stats(msgs))
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                m = dict(m, spans=[{k: v for k, v in x.items() if k != "_tpl"} for x in m["spans"]])
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, S))
    print("ok", [s["n"] for s in S])


if __name__ == "__main__":
    main()
