#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind58).

python3 generate_blind.py --seed 20261256
writes dev.jsonl, heldout.jsonl and README.md next to this file.
Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import values as V  # noqa: E402
from pools import POOLS  # noqa: E402
from templates_nl import G as NL  # noqa: E402
from templates_be import NLBE, FRBE  # noqa: E402
from templates_en import EN  # noqa: E402

PREFIX = "b58"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LANG_TPL = {"nl": ("nl", NL), "nl-be": ("nlbe", NLBE), "fr-be": ("frbe", FRBE), "en-gb": ("en", EN), "en-us": ("en", EN)}
LANG_WEIGHTS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
COUNTRY = {"nl": [("nl", 92), ("be", 4), ("fr", 4)], "nl-be": [("be", 100)], "fr-be": [("be", 72), ("fr", 28)],
           "en-gb": [("gb", 84), ("fr", 9), ("nl", 7)], "en-us": [("us", 90), ("fr", 10)]}
CLASS_W = [("pub", 20), ("dm", 42), ("mail", 28), ("agent", 10)]
CHANNELS = {"pub": ["x_public", "facebook_comment", "instagram_comment"],
            "dm": ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"],
            "mail": ["email"], "agent": ["agent_reply"]}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
FILL_SLOTS = {"first", "last", "city", "ticketing", "event", "artist", "venue", "gym", "club", "paper", "stream",
              "gaming", "lottery", "charity", "cinema", "theatre", "agent", "ssid"}

SLOT_RE = re.compile(r"\{\{(\w+)\}\}|\{(\w+)(?:#(\d+))?(?:@(\w\w))?\}")

# literal cue/connector pieces per language family (dealt alternately too)
LIT = {
    "nl": {"list_intro": ["Mijn gegevens:", "Hierbij de info:", "Ter info:", "Gegevens voor de controle:"],
           "wa_sep": [": ", " - "]},
    "nlbe": {"list_intro": ["Mijn gegevens:", "Hier de info:", "Ter info:", "Alle gegevens:"], "wa_sep": [": ", " - "]},
    "frbe": {"list_intro": ["Mes coordonnées :", "Voici les infos :", "Pour info :", "Mes données :"], "wa_sep": [": ", " - "]},
    "en": {"list_intro": ["My details:", "Here's the info:", "For reference:", "Details below:"], "wa_sep": [": ", " - "]},
}


def deal(lst, half):
    return lst[half::2]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


class Msg:
    """A message under construction: list of segments (text, cls, label, tid)."""

    def __init__(self):
        self.segs = []

    def lit(self, s):
        if s:
            self.segs.append([s, "lit", None, None])

    def extend(self, segs):
        self.segs.extend([list(x) for x in segs])


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = {k: deal(v, half) for k, v in POOLS.items()}
        self.tpl = {}
        for fam, d in [("nl", NL), ("nlbe", NLBE), ("frbe", FRBE), ("en", EN)]:
            self.tpl[fam] = {k: [(f"{fam}:{k[0]}:{k[1]}:{i * 2 + half}", t) for i, t in enumerate(deal(v, half))]
                             for k, v in d.items()}
        self.lit = {fam: {k: deal(v, half) for k, v in d.items()} for fam, d in LIT.items()}

    # ------------------------------------------------------------ rendering
    def render(self, tid, template, ctx):
        rng = self.rng
        out = []
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                out.append([template[pos:m.start()], "lit", None, tid])
            pos = m.end()
            if m.group(1):
                out.append(["{" + m.group(1) + "}", "lit", None, tid])
                continue
            slot, rep, cc = m.group(2), m.group(3), m.group(4)
            key = (slot, rep)
            if rep and key in ctx["memo"]:
                out.append(list(ctx["memo"][key]))
                continue
            c2 = dict(ctx)
            if cc:
                c2["country"] = cc
            if slot in FILL_SLOTS:
                if slot == "city":
                    v = rng.choice(self.pools["city_" + c2["country"]])
                    v = v[0] if isinstance(v, tuple) else v
                else:
                    v = rng.choice(self.pools[slot])
                seg = [v, "fill", None, tid]
            elif slot in V.SPAN_GENS:
                seg = [V.SPAN_GENS[slot](rng, c2), "span", V.SPAN_TYPE[slot], tid]
            elif slot in V.NEG_GENS:
                seg = [V.NEG_GENS[slot](rng, c2), "neg", V.NEG_KIND[slot], tid]
            else:
                raise SystemExit(f"unknown slot {slot!r} in {tid}")
            if rep:
                ctx["memo"][key] = seg
            out.append(seg)
        if pos < len(template):
            out.append([template[pos:], "lit", None, tid])
        return out

    def pick(self, fam, key_prefix, rng=None):
        rng = rng or self.rng
        cands = [x for k, v in self.tpl[fam].items() if k[0] == key_prefix for x in v]
        return rng.choice(cands)

    def pick_key(self, fam, key):
        return self.rng.choice(self.tpl[fam][key])

    # ------------------------------------------------------------ typos
    def typo(self, segs, p):
        rng = self.rng
        if rng.random() > p:
            return
        lits = [s for s in segs if s[1] == "lit" and re.search(r"[A-Za-zÀ-ÿ]{4,}", s[0])]
        if not lits:
            return
        for _ in range(rng.choice([1, 1, 2])):
            s = rng.choice(lits)
            words = [m for m in re.finditer(r"(?<![{\w])[A-Za-zÀ-ÿ]{4,}(?![\w}])", s[0])]
            if not words:
                continue
            w = rng.choice(words)
            t = w.group(0)
            i = rng.randint(1, len(t) - 2)
            op = rng.choice(["swap", "drop", "dup", "case"])
            if op == "swap":
                t2 = t[:i] + t[i + 1] + t[i] + t[i + 2:]
            elif op == "drop":
                t2 = t[:i] + t[i + 1:]
            elif op == "dup":
                t2 = t[:i] + t[i] + t[i:]
            else:
                t2 = t.lower() if t[0].isupper() else t.capitalize()
            s[0] = s[0][:w.start()] + t2 + s[0][w.end():]

    # ------------------------------------------------------------ message kinds
    def composed(self, fam, ctx, n):
        """open + n snippets + close, variously joined."""
        rng = self.rng
        segs = []
        o_tid, o = self.pick_key(fam, ("open", "chat"))
        c_tid, c = self.pick_key(fam, ("close", "chat"))
        cands = [x for k, v in self.tpl[fam].items() if k[0] == "snip" for x in v]
        snips = rng.sample(cands, min(n, len(cands)))
        style = rng.choice(["inline", "inline", "lines", "list"])
        if rng.random() < 0.8:
            segs += self.render(o_tid, o, ctx)
            segs.append([rng.choice([" ", "\n", " "]), "lit", None, None])
        if style == "list":
            segs.append([rng.choice(self.lit[fam]["list_intro"]) + "\n", "lit", None, None])
        for i, (tid, t) in enumerate(snips):
            if style == "inline":
                if i:
                    segs.append([rng.choice([", ", ". ", " / ", " en " if fam in ("nl", "nlbe") else " et " if fam == "frbe" else " and ", "; ", " | "]), "lit", None, None])
            elif style == "lines":
                if i:
                    segs.append(["\n", "lit", None, None])
            else:
                segs.append([("\n" if i else "") + rng.choice(["- ", "* ", "• ", ""]), "lit", None, None])
            segs += self.render(tid, t, ctx)
        if rng.random() < 0.7:
            segs.append([rng.choice([" ", "\n", ". ", "\n\n"]), "lit", None, None])
            segs += self.render(c_tid, c, ctx)
        return segs

    def quote(self, segs):
        out = [["> ", "lit", None, None]]
        for s in segs:
            if s[1] == "lit":
                out.append([s[0].replace("\n", "\n> "), "lit", None, s[3]])
            else:
                out.append(list(s))
        return out

    def make(self, idx):
        rng = self.rng
        lang = wchoice(rng, LANG_WEIGHTS)
        fam = LANG_TPL[lang][0]
        country = wchoice(rng, COUNTRY[lang])
        cls = wchoice(rng, CLASS_W)
        channel = rng.choice(CHANNELS[cls])
        ctx = {"lang": lang, "country": country, "pools": self.pools, "memo": {}}
        segs = []
        if cls == "pub":
            tid, t = self.pick(fam, "pub")
            segs = self.render(tid, t, ctx)
            self.typo(segs, 0.45)
        elif cls == "dm":
            if rng.random() < 0.62:
                tid, t = self.pick(fam, "dm")
                segs = self.render(tid, t, ctx)
                if rng.random() < 0.3:
                    o_tid, o = self.pick_key(fam, ("open", "chat"))
                    segs = self.render(o_tid, o, ctx) + [[rng.choice([" ", "\n"]), "lit", None, None]] + segs
            else:
                segs = self.composed(fam, ctx, rng.choice([1, 2, 2, 3, 4]))
            if rng.random() < 0.15:
                for s in segs:
                    if s[1] == "lit":
                        s[0] = s[0].lower()
            if channel == "whatsapp" and rng.random() < 0.3:
                head = self.render(None, "[{time}, {date}] {first}" + rng.choice(self.lit[fam]["wa_sep"]), ctx)
                segs = head + segs
            self.typo(segs, 0.5)
        elif cls == "agent":
            tid, t = self.pick(fam, "agent")
            segs = self.render(tid, t, ctx)
            self.typo(segs, 0.1)
            if rng.random() < 0.3:
                stid, st = self.pick(fam, "snip")
                segs = segs + [["\n\n", "lit", None, None]] + self.quote(self.render(stid, st, ctx))
        else:  # mail
            g_tid, g = self.pick_key(fam, ("frame", "greet"))
            s_tid, s = self.pick_key(fam, ("frame", "sign"))
            if rng.random() < 0.7:
                b_tid, b = self.pick(fam, "mail")
                body = self.render(b_tid, b, ctx)
            else:
                body = self.composed(fam, ctx, rng.choice([3, 4, 5]))
            for _ in range(rng.choice([0, 1, 1, 2])):
                p_tid, p = self.pick_key(fam, ("frame", "para"))
                para = self.render(p_tid, p, ctx)
                body = (para + [["\n\n", "lit", None, None]] + body) if rng.random() < 0.4 else (body + [["\n\n", "lit", None, None]] + para)
            self.typo(body, 0.3)
            segs = self.render(g_tid, g, ctx) + [["\n\n", "lit", None, None]] + body + [["\n\n", "lit", None, None]] + self.render(s_tid, s, ctx)
            r = rng.random()
            if r < 0.4 and ("frame", "agentmail") in self.tpl[fam]:
                # customer replies above a quoted agent mail, which itself quotes nothing
                q_tid, q = self.pick_key(fam, ("frame", "quote"))
                a_tid, a = self.pick_key(fam, ("frame", "agentmail"))
                segs += [["\n\n", "lit", None, None]] + self.render(q_tid, q, ctx) + [["\n", "lit", None, None]] + self.quote(self.render(a_tid, a, ctx))
            elif r < 0.7:
                # re-sent: earlier copy of the same body quoted below (values repeated -> labelled again)
                q_tid, q = self.pick_key(fam, ("frame", "quote"))
                segs += [["\n\n", "lit", None, None]] + self.render(q_tid, q, ctx) + [["\n", "lit", None, None]] + self.quote([list(x) for x in body])
            if rng.random() < 0.5:
                d_tid, d = self.pick_key(fam, ("frame", "disclaimer"))
                segs += [["\n\n", "lit", None, None]] + self.render(d_tid, d, ctx)
            if rng.random() < 0.4:
                subj = {"nl": "Onderwerp: ", "nlbe": "Onderwerp: ", "frbe": "Objet : ", "en": "Subject: "}[fam]
                subj += rng.choice({"nl": ["terugbetaling", "opzegging", "Re: uw vraag", "gehackt account", "klacht"],
                                    "nlbe": ["terugbetaling", "opzeg", "Re: uw vraag", "klacht"],
                                    "frbe": ["remboursement", "résiliation", "Re: votre demande", "piratage"],
                                    "en": ["Refund", "Cancellation", "Re: your enquiry", "Account hacked", "Complaint"]}[fam])
                segs = [[subj + "\n\n", "lit", None, None]] + segs
        return self.finish(idx, lang, channel, segs)

    def finish(self, idx, lang, channel, segs):
        text, spans, negs, tids = "", [], [], collections.defaultdict(set)
        for s, cls, label, tid in segs:
            st = len(text)
            text += s
            if cls == "span":
                spans.append({"type": label, "start": st, "end": len(text)})
                tids[label].add(tid)
            elif cls == "neg":
                negs.append({"kind": label, "start": st, "end": len(text)})
        name = "dev" if self.half == 0 else "heldout"
        rec = {"id": f"{PREFIX}-{name}-{idx:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        return rec, tids


def check(rec):
    t = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), (rec["id"], s)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], v)
        iv.append((a, b, s.get("type") or s.get("kind")))
    iv.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"], k1, k2)
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items()):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    stats = {}
    for half, name in [(0, "dev"), (1, "heldout")]:
        H = Half(args.seed, half)
        recs, span_c, neg_c, ch_c, lang_c = [], collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
        span_t = collections.defaultdict(set)
        for i in range(N_PER_HALF):
            rec, tids = H.make(i)
            recs.append(rec)
            for s in rec["spans"]:
                span_c[s["type"]] += 1
            for k, v in tids.items():
                span_t[k] |= v
            for n in rec["negatives"]:
                neg_c[n["kind"]] += 1
            ch_c[rec["channel"]] += 1
            lang_c[rec["lang"]] += 1
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[name] = (len(recs), span_c, {k: len(v) for k, v in span_t.items()}, neg_c, ch_c, lang_c)
        print(name, len(recs), "messages", sum(span_c.values()), "spans", sum(neg_c.values()), "negatives")
    write_readme(args.seed, stats)


def write_readme(seed, stats):
    L = []
    L.append("# Blind scrub corpus blind58 (prefix b58)\n")
    L.append("Written blind: while writing this corpus and its generator I did not open, list, grep or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` "
             "(other corpora, scorers, generators; apart from one `ls tests/scrub_corpus/` to check the directory name was free), did not read git history, and did not run any scrubber or scorer. "
             "Everything here comes from public knowledge of how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Tickets, events, memberships and subscriptions: concert and festival tickets (resale, name changes, barcodes, "
             "order numbers), sports clubs and gyms (membership numbers, direct-debit mandates, frozen memberships), newspapers "
             "and magazines, streaming and gaming subscriptions, lotteries and charities (donor numbers, cancelled direct debits), "
             "theatre and cinema bookings; account takeovers of ticketing and streaming accounts, shared family logins, gift cards "
             "and voucher codes, refunds for cancelled events. Short social posts, DMs and long e-mails (greetings, signatures, "
             "quoted history, forwarded headers, disclaimers); customers from the Netherlands, Belgium, the UK, the US and France.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/blind58\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Python 3.11 standard library only. Modules: `values.py` (value generators and check digits), `pools.py` "
             "(filler pools), `templates_nl.py`, `templates_be.py`, `templates_en.py` (templates per language), "
             "`generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups keyed by (language family, kind, situation) — public post, DM, e-mail body, "
             "agent reply, snippet, chat opener/closer, e-mail greeting/signature/quote header/disclaimer/agent mail. Every "
             "group is dealt alternately: even index to dev, odd to heldout, so no template, frame, greeting, signature or "
             "quote block is shared between the halves. Every filler pool (names, streets, cities, brands, events, artists, "
             "venues, agents, mentions, hashtags, URLs, model numbers, SSIDs, company phone numbers) is dealt the same way. "
             "Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal text (cue words, "
             "connectors), never into labelled values. en-gb and en-us share the English template family (dealt the same way).\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only: never the cue word, never surrounding punctuation or white space. Every occurrence is labelled, including repeats in quoted history (`> ` lines) and agent replies.
- `bsn` is used both for Dutch BSNs (11-proof) and Belgian national register numbers (rijksregisternummer / numéro national, valid mod-97 check, also for people born from 2000), in grouped and ungrouped forms.
- `customer_number` covers customer, account, member/membership, subscriber/abonnee, donor, lottery participant/lot numbers, loyalty (vriendenpas) numbers and direct-debit mandate references (machtigingskenmerk, mandaatreferentie, mandate ref) — all identify the customer.
- `pin` covers card PINs, profile / parental-control PINs of streaming services, gym and club door codes and gift-card scratch PINs.
- `otp` includes codes dictated as words ("vier twee negen ...", "deux sept ...", "oh four nine ...") and codes like `G-123456`.
- `username` is labelled only where it is a login (next to a password or given as login); public @handles are `mention` negatives.
- Ticket barcodes and ticket order numbers are treated as transaction identifiers: negatives of kind `order_number` (they identify a ticket/purchase, not a person). This is a judgement call; a stricter scrubber may want to remove barcodes.
- Gift-card and voucher codes themselves are not present as values (only their PINs, labelled `pin`); police report numbers (PV-nummer) are `ticket_number` negatives.
- Company phone numbers in posts, agent replies and disclaimers are `company_phone` negatives; durations such as "5 werkdagen" / "3 working days" are `quantity` negatives; masked values (`****1234`, `NL** **** **** **12 34`, `j***@gmail.com`) are `masked_value` negatives.
- Personal names, cities alone, SSIDs, brand names, agent initials (`^Tom`) and macro placeholders are not labelled at all. Some literal numbers inside template text (e.g. "40 min", "since 2019" written literally) are not marked either way.
- An IBAN may appear in lower case or with odd grouping; cards appear in 4-4-4-4, 4-6-5 (Amex), with dashes, dots, double spaces or ungrouped.
""")
    L.append("## Known limitations\n")
    L.append("""- Template-based: sentence frames repeat within a half (different values each time); heldout frames are different from dev frames but written by the same author, so style overlap remains.
- Company e-mail addresses are avoided (there is no negative kind for them); company web addresses appear as `url` negatives.
- Few `meter_reading`, `flight_number`, `checksum`, `port` negatives: they are rare in this domain.
- French customers are written in the fr-be language slot (there is no fr-fr lang code) or in English; their values (phones, IBANs, addresses) are French.
- Values are synthetic; check digits are valid but numbers are not real.
""")
    for name, (n, span_c, span_t, neg_c, ch_c, lang_c) in stats.items():
        L.append(f"## Counts: {name}\n")
        L.append(f"Messages: {n}\n")
        L.append("| span type | spans | distinct templates |\n|---|---|---|")
        for k in sorted(span_c):
            L.append(f"| {k} | {span_c[k]} | {span_t.get(k, 0)} |")
        L.append("")
        L.append(table(neg_c, "negative kind"))
        L.append("")
        L.append(table(ch_c, "channel"))
        L.append("")
        L.append(table(lang_c, "lang"))
        L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
