#!/usr/bin/env python3
"""Seeded generator for the blind105 webcare scrub corpus (Python 3.11 stdlib only).

Usage (inside this directory):  python3 generate_blind.py --seed 20261303
"""
import argparse
import collections
import json
import os
import re

import values as V
from frames import FRAMES
from pools import pools_for, deal
from templates_be import GROUPS as G_BE
from templates_en import GROUPS as G_EN
from templates_nl import GROUPS as G_NL
from templates_extra import GROUPS as G_EXTRA
from templates_pairs import GROUPS as G_PAIRS
from templates_more import GROUPS as G_MORE

PREFIX = "b105"
N_PER_HALF = 950
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
KIND_W = [("email", 30), ("chat", 36), ("public", 14), ("agent", 20)]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC = set(PUBLIC_CH)
DOMAINS = ["funeral", "hotel", "print", "waste", "driving"]
GREET_RE = re.compile(r"(Hi|Hoi|Hallo|Hello|Dag|Bonjour|Hey|Goedemiddag|Goedenavond)\b")
TOKEN_RE = re.compile(r"\{([!@]?)([a-z_]+)(?::(\w+))?\}")

ALL_GROUPS = {}
for g in (G_NL, G_BE, G_EN, G_EXTRA, G_PAIRS, G_MORE):
    for k, v in g.items():
        assert k not in ALL_GROUPS, k
        assert len(v) >= 2, k
        ALL_GROUPS[k] = v


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for x, w in items:
        r -= w
        if r <= 0:
            return x
    return items[-1][0]


# ------------------------------------------------------------------ typos
def typo_word(rng, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiounrst") + w[i + 1:]


def typo_text(rng, text, rate):
    parts = re.split(r"(\s+)", text)
    return "".join(typo_word(rng, p) if (not p.isspace() and rng.random() < rate) else p for p in parts)


# ------------------------------------------------------------------ message builder
class Msg:
    def __init__(self, rng, lang, pools, domain):
        self.rng, self.lang, self.pools, self.domain = rng, lang, pools, domain
        self.cache = {}
        self.span_tids = []

    def fill(self, name):
        if name == "brand":
            return self.rng.choice(self.pools[self.domain])
        return self.rng.choice(self.pools[name])

    def render(self, template, tid=None):
        """Return a list of segments (text, kind, label)."""
        segs, pos = [], 0
        for m in TOKEN_RE.finditer(template):
            if m.start() > pos:
                segs.append((template[pos:m.start()], "lit", None))
            sigil, name, tag = m.group(1), m.group(2), m.group(3) or ""
            key = (sigil, name, tag)
            if key not in self.cache:
                if sigil == "@":
                    self.cache[key] = self.fill(name)
                elif sigil == "!":
                    if name in ("url", "mention", "hashtag"):
                        self.cache[key] = self.rng.choice(self.pools[name])
                    else:
                        self.cache[key] = V.NEG_GEN[name](self.rng, self.lang)
                else:
                    self.cache[key] = V.SPAN_GEN[name](self.rng, self.lang)
            kind = {"@": "fill", "!": "neg", "": "span"}[sigil]
            if kind == "span":
                self.span_tids.append((name, tid))
            segs.append((self.cache[key], kind, V.neg_kind(name) if kind == "neg" else name))
            pos = m.end()
        if pos < len(template):
            segs.append((template[pos:], "lit", None))
        return segs


def lit(t):
    return [(t, "lit", None)]


def quote(segs):
    out = [("> ", "lit", None)]
    for t, k, lab in segs:
        if k == "lit":
            t = t.replace("\n", "\n> ")
        else:
            assert "\n" not in t
        out.append((t, k, lab))
    return out


def apply_typos(rng, segs, rate, lower):
    out = []
    for t, k, lab in segs:
        if k == "lit":
            t = typo_text(rng, t, rate)
            if lower:
                t = t.lower()
        out.append((t, k, lab))
    return out


def finish(segs):
    text, spans, negs = "", [], []
    for t, k, lab in segs:
        s = len(text)
        text += t
        if k == "span":
            spans.append({"type": lab, "start": s, "end": len(text)})
        elif k == "neg":
            negs.append({"kind": lab, "start": s, "end": len(text)})
    return text, spans, negs


# ------------------------------------------------------------------ corpus
class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = __import__("random").Random(seed * 2 + half)
        self.pools = pools_for(half)
        self.groups = {k: deal(v, half) for k, v in ALL_GROUPS.items()}
        self.frames = {lang: {p: deal(v, half) for p, v in parts.items()} for lang, parts in FRAMES.items()}
        self.tpl_types = collections.defaultdict(set)

    def pick(self, lang, kind):
        keys = sorted(k for k in self.groups if k.startswith(f"{lang}|{kind}|"))
        key = self.rng.choice(keys)
        idx = self.rng.randrange(len(self.groups[key]))
        return key, idx, self.groups[key][idx]

    def frame(self, lang, part):
        lst = self.frames[lang][part]
        i = self.rng.randrange(len(lst))
        return f"frame:{lang}:{part}:{i}", lst[i]

    def domain_of(self, key):
        sit = key.split("|")[2]
        return sit if sit in DOMAINS else self.rng.choice(DOMAINS)

    def body(self, msg, lang, kind, used):
        key, idx, tpl = self.pick(lang, kind)
        used.append(f"{key}#{idx}")
        return msg.render(tpl, f"{key}#{idx}")

    def make(self):
        rng = self.rng
        lang = wchoice(rng, LANG_W)
        kind = wchoice(rng, KIND_W)
        key, idx, tpl = self.pick(lang, kind)
        used = [f"{key}#{idx}"]
        msg = Msg(rng, lang, self.pools, self.domain_of(key))
        main = msg.render(tpl, f"{key}#{idx}")
        typo_rate = rng.choice([0, 0, 0.03, 0.06, 0.1])
        if kind == "chat":
            channel = rng.choice(CHAT_CH)
            segs = apply_typos(rng, main, typo_rate, rng.random() < 0.15)
            if rng.random() < 0.18:
                segs = segs + lit(rng.choice(["\n", "\n\n", " ... ", "\n+ "])) + apply_typos(rng, self.body(msg, lang, "chat", used), typo_rate, False)
        elif kind == "public":
            channel = rng.choice(PUBLIC_CH)
            segs = apply_typos(rng, main, typo_rate, rng.random() < 0.2)
        elif kind == "email":
            channel = "email"
            segs = []
            r = rng.random()
            if rng.random() < 0.5 and not (0.6 <= r < 0.75):
                fid, f = self.frame(lang, "subject"); used.append(fid)
                segs += msg.render(f, fid) + lit("\n\n")
            fid, f = self.frame(lang, "greeting"); used.append(fid)
            segs += msg.render(f, fid) + lit("\n\n")
            if rng.random() < 0.8:
                fid, f = self.frame(lang, "context"); used.append(fid)
                segs += apply_typos(rng, msg.render(f, fid), typo_rate, False) + lit(rng.choice(["\n\n", " "]))
            segs += apply_typos(rng, main, typo_rate, False)
            if rng.random() < 0.5:
                fid, f = self.frame(lang, "context"); used.append(fid)
                segs += lit("\n\n") + apply_typos(rng, msg.render(f, fid), typo_rate, False)
            if rng.random() < 0.35:
                segs += lit("\n\n") + apply_typos(rng, self.body(msg, lang, "chat", used), typo_rate, False)
            fid, f = self.frame(lang, "closing"); used.append(fid)
            segs += lit("\n\n") + msg.render(f, fid) + lit("\n")
            fid, f = self.frame(lang, "signature"); used.append(fid)
            segs += msg.render(f, fid)
            if r < 0.6:
                fid, f = self.frame(lang, "quote_header"); used.append(fid)
                q = self.body(msg, lang, "agent", used)
                if rng.random() < 0.6:
                    fo, fo_t = self.frame(lang, "agent_open"); used.append(fo)
                    fs, fs_t = self.frame(lang, "agent_sig"); used.append(fs)
                    q = msg.render(fo_t, fo) + lit("\n\n") + q + lit("\n\n") + msg.render(fs_t, fs)
                segs += lit("\n\n") + msg.render(f, fid) + lit("\n") + quote(q)
            elif r < 0.75:
                fid, f = self.frame(lang, "forward"); used.append(fid)
                segs = msg.render(f, fid) + lit("\n") + segs
            if rng.random() < 0.3:
                fid, f = self.frame(lang, "disclaimer"); used.append(fid)
                segs += lit("\n\n" + rng.choice(["", "--\n", "________________________________\n"])) + msg.render(f, fid)
        else:
            channel = "agent_reply"
            if rng.random() < 0.45 and not GREET_RE.match(tpl):
                segs = []
                fid, f = self.frame(lang, "agent_open"); used.append(fid)
                segs += msg.render(f, fid) + lit("\n\n") + main
                fid, f = self.frame(lang, "agent_sig"); used.append(fid)
                segs += lit("\n\n") + msg.render(f, fid)
                if rng.random() < 0.5:
                    fid, f = self.frame(lang, "agent_quote"); used.append(fid)
                    segs += lit("\n\n") + msg.render(f, fid) + lit("\n") + quote(self.body(msg, lang, "chat", used))
            else:
                segs = main
        text, spans, negs = finish(segs)
        for name, tid in msg.span_tids:
            self.tpl_types[name].add(tid)
        return channel, lang, text, spans, negs

    def build(self, n, split):
        out = []
        for i in range(n):
            channel, lang, text, spans, negs = self.make()
            rec = {"id": f"{PREFIX}-{split}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC else "private",
                   "text": text, "spans": spans, "negatives": negs}
            check(rec)
            out.append(rec)
        return out


# ------------------------------------------------------------------ self-check
def check(rec):
    text = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + \
            [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for s, e, k, lab in items:
        if not (0 <= s < e <= len(text)):
            raise SystemExit(f"{rec['id']}: out of range {lab}")
        v = text[s:e]
        if v != v.strip() or v.strip(".,;:") == "":
            raise SystemExit(f"{rec['id']}: whitespace around {lab}: {v!r}")
        if k == "span":
            if lab == "card" and not V.luhn_ok(v):
                raise SystemExit(f"{rec['id']}: bad Luhn {v}")
            if lab == "iban" and not V.iban_ok(v.replace("-", "")):
                raise SystemExit(f"{rec['id']}: bad IBAN {v}")
            if lab == "bsn":
                ok = V.rrn_ok(v) if rec["lang"] in ("nl-be", "fr-be") else V.bsn_ok(v)
                if not ok:
                    raise SystemExit(f"{rec['id']}: bad BSN/RRN {v}")
    items.sort()
    for a, b in zip(items, items[1:]):
        if b[0] < a[1]:
            raise SystemExit(f"{rec['id']}: overlap {a} {b}")


# ------------------------------------------------------------------ README
def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def half_stats(name, recs, half):
    spans = collections.Counter(s["type"] for r in recs for s in r["spans"])
    negs = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
    ch = collections.Counter(r["channel"] for r in recs)
    lg = collections.Counter(r["lang"] for r in recs)
    body_tpls = {t: len(us) for t, us in half.tpl_types.items()}
    sl = ["| span type | count | distinct templates (body + frame) |", "|---|---|---|"]
    for k, v in sorted(spans.items(), key=lambda x: (-x[1], x[0])):
        sl.append(f"| {k} | {v} | {body_tpls.get(k, 0)} |")
    emails = [r for r in recs if r["channel"] == "email"]
    avg = sum(len(r["text"]) for r in emails) / max(1, len(emails))
    return "\n\n".join([
        f"### {name}", f"Messages: {len(recs)} (e-mails: {len(emails)}, mean e-mail length {avg:.0f} chars); "
        f"spans: {sum(spans.values())}; negatives: {sum(negs.values())}",
        "\n".join(sl), table(negs, "negative kind"), table(ch, "channel"), table(lg, "language")])


def readme(seed, dev, held, hdev, hheld):
    return f"""# Scrub corpus blind105 — funeral, hospitality, printing, municipal waste, driving schools

Written **blind**: the author did not open, list or run anything under `functions/`, `tests/unit/`, `bench/`,
`docs/`, `infra/` or any other corpus directory under `tests/scrub_corpus/`, and did not read git history.
Values, phrasings and labelling decisions come only from the brief and public knowledge.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Funeral services and funeral/final-expense insurers (policy numbers, deaths reported by relatives, DOB, BSN /
rijksregisternummer, payout IBANs); hotels and holiday-home hosts on booking platforms (key-safe and door codes,
Wi-Fi keys, host logins, payout accounts, double card charges, channel-manager API keys); printing and photo
shops (orders, tracking, logins, canvas/photo-book product codes, print API keys); municipal waste collection
and city services (missed collections, bin/container passes, waste-tax objections, city app codes); driving
schools (sign-up with DOB and national numbers, pick-up addresses, lesson rescheduling). Dutch, Flemish,
Belgian French, UK and US customers; chat, public posts, e-mails with signatures/quoted history/forwards, and
agent replies.

## Generation

```
python3 generate_blind.py --seed {seed}
```

Writes `dev.jsonl`, `heldout.jsonl` ({N_PER_HALF} messages each) and this README. Python 3.11 standard library only.
Modules: `values.py` (value generators + checksums), `pools.py` (filler pools), `templates_nl.py`,
`templates_be.py`, `templates_en.py`, `templates_extra.py`, `templates_pairs.py`, `templates_more.py` (body templates per language/kind/situation), `frames.py` (e-mail and
agent frames: subjects, greetings, closings, signatures, quote headers, forward headers, disclaimers).

## Split rule

Every template group (language × kind × situation) and every frame list is dealt alternately: even index to
dev, odd index to heldout, so no body template, greeting, signature, quote header or disclaimer is shared
between halves. Every filler pool (names, agents, brands per sector, SSIDs, mentions, hashtags, URLs, cities)
is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)` (dev = 0, heldout = 1).
Typos (swap/drop/double/substitute a letter, occasional all-lowercase) are injected only into literal
template text, never into labelled values or negatives.

## Labelling conventions and judgement calls

- Spans cover the value only: never the cue ("wachtwoord", "IBAN", "code", "Bearer"), never trailing punctuation.
- Every occurrence is labelled, including values repeated by agents and values inside quoted history (`> `).
- `bsn` is used for the Dutch BSN (11-proof) and for the Belgian rijksregisternummer / numéro de registre
  national (valid mod-97 check, 2000+ births handled) in nl-be / fr-be messages.
- `pin` covers key-safe / key-box / door codes and phone unlock PINs; `wifi_key` the network key (SSID unlabelled).
- `otp` includes codes dictated as words ("vier twee zeven ...", "four two seven ...").
- `customer_number` covers policy, plan, member, contract, pupil/leerling, CBR candidate, council-tax /
  utility account, waste-pass and EAN connection numbers. Booking/reservation numbers are `order_number` negatives
  (they identify a transaction, not the customer); claim/case/dossier numbers are `ticket_number` negatives;
  waste-tax assessment numbers are `invoice_number` negatives.
- `username` is only labelled when it is a login name (next to a password or asked for a login); a username
  that is an e-mail address is labelled `email`.
- `address` is one span for street + number (+ postcode/city when written on the same line); cities alone unlabelled.
- A personal phone number in a customer signature is labelled `phone`; the organisation's numbers in agent
  signatures and texts are `company_phone` negatives.
- Personal names, agent names/initials, SSIDs, licence plates and brand names are not labelled.
- Masked values (`****1234`, `NL** **** **** 1234 56`, `j***@gmail.com`) are `masked_value` negatives.
- Hex strings after "checksum" are `checksum` negatives; hex after "token" / "API key" are spans.

## Known limitations

- Templated: sentence frames repeat within a half (values differ). 398 body templates in 78 groups
  (nl 132, nl-be 65, fr-be 65, en-gb 68, en-us 68), about half in each split; e-mails may combine a body with
  a second chat body, context sentences and a quoted agent reply, so one e-mail can pair unrelated situations.
- Dealing is per group, so the type mix differs somewhat between halves (see the tables).
- Addresses are single-line; multi-line postal blocks are not represented.
- Company e-mail addresses are avoided (quote headers show names, not addresses), so no judgement on them is tested.
- No US SSNs, no Belgian IBANs in BBAN-only legacy format, no IPv6 beyond one simple shape.
- Typo injection is synthetic (character-level), not real misspellings of cue words.

## Counts

{half_stats("dev", dev, hdev)}

{half_stats("heldout", held, hheld)}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    halves, data = [], []
    for half, split in ((0, "dev"), (1, "heldout")):
        h = Half(args.seed, half)
        recs = h.build(N_PER_HALF, split)
        halves.append(h)
        data.append(recs)
        with open(os.path.join(here, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(args.seed, data[0], data[1], halves[0], halves[1]))
    print(f"dev={len(data[0])} heldout={len(data[1])}")


if __name__ == "__main__":
    main()
