#!/usr/bin/env python3
"""Seeded generator for the blind71 scrub corpus (travel & travel insurance webcare).

python3 generate_blind.py --seed 20261269   -> dev.jsonl, heldout.jsonl, README.md
Standard library only.
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import negs
import values as V
from pools import pools_for
import templates_nl as TNL
import templates_fr as TFR
import templates_en as TEN

PREFIX = "b71"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

# placeholder name -> (label type, generator)
SPAN = {
    "password": ("password", V.password), "pin": ("pin", V.pin), "puk": ("puk", V.puk),
    "otp": ("otp", V.otp), "otpw": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi_key),
    "user": ("username", V.username), "apikey": ("api_key", V.api_key), "awssecret": ("api_key", V.aws_secret),
    "token": ("token", V.token), "card": ("card", V.card), "cvv": ("cvv", V.cvv), "iban": ("iban", V.iban),
    "bsn": ("bsn", V.bsn), "nrn": ("bsn", V.nrn), "natid": ("bsn", V.natid), "email": ("email", V.email),
    "phone": ("phone", V.phone), "phonef": ("phone", V.phone_foreign), "phoneh": ("phone", V.phone_home),
    "addr": ("address", None), "dob": ("date_of_birth", V.dob), "cust": ("customer_number", V.custno),
    "ff": ("customer_number", V.ffnum), "exp": ("card_expiry", V.expiry), "ip": ("ip_address", V.ip),
}
MEMO_TYPES = {"cust", "email", "iban", "phone"}

CHANNELS_CHAT = ["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

# template groups: name -> list; dealt alternately per half
GROUPS = {}
for mod, tag in ((TNL, None), (TFR, None), (TEN, None)):
    for k, v in vars(mod).items():
        if k.isupper() and isinstance(v, list):
            GROUPS[k] = v


def deal_groups(half):
    return {k: [(f"{k}[{i}]", t) for i, t in enumerate(v) if i % 2 == half] for k, v in GROUPS.items()}


PAT = re.compile(r"\{(n:|f:)?([a-z_]+)(?:#(\d+))?\}")

TYPO_WORD = re.compile(r"[A-Za-zéèàç]{4,}")


def typo(rng, s):
    ms = list(TYPO_WORD.finditer(s))
    if not ms:
        return s
    m = rng.choice(ms)
    w = m.group(0)
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.35:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.65:
        w2 = w[:i] + w[i + 1:]
    elif op < 0.85:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w[:i] + rng.choice("qwertyuiopasdfghjklzxcvbnm") + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


class Msg:
    def __init__(self, rng, lang, half_pools, ctx):
        self.rng, self.lang, self.P, self.ctx = rng, lang, half_pools, ctx
        self.pieces = []  # (text, kind, label, tpl_id)
        self.memo = {}

    def lit(self, s, tid=None):
        if s:
            self.pieces.append((s, "lit", None, tid))

    def render(self, tpl, tid, lang=None):
        lang = lang or self.lang
        out = []
        pos = 0
        for m in PAT.finditer(tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], "lit", None, tid))
            pre, name, key = m.group(1), m.group(2), m.group(3)
            if pre == "n:":
                out.append((negs.GEN[name](self.rng, lang, self.ctx), "neg", negs.ALIAS.get(name, name), tid))
            elif pre == "f:":
                out.append((self.filler(name), "fill", None, tid))
            else:
                label, gen = SPAN[name]
                mk = (name, key) if key else ((name, "m") if name in MEMO_TYPES and self.rng.random() < 0.75 else None)
                if mk and mk in self.memo:
                    v = self.memo[mk]
                else:
                    v = V.address(self.rng, lang, self.ctx, self.P) if name == "addr" else gen(self.rng, lang, self.ctx)
                    if mk:
                        self.memo[mk] = v
                out.append((v, "span", label, tid))
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], "lit", None, tid))
        return out

    def filler(self, name):
        c = self.ctx
        if name in ("first", "last", "agent"):
            return c[name]
        if name == "city":
            return self.rng.choice(self.P["places"][V.lang_key(self.lang)])
        if name == "urls":
            return self.rng.choice(self.P["urls"])
        return self.rng.choice(self.P[name])

    def add(self, pieces):
        self.pieces.extend(pieces)

    def finish(self, typo_rate, lower=False):
        rng = self.rng
        lits = [i for i, p in enumerate(self.pieces) if p[1] == "lit" and TYPO_WORD.search(p[0])]
        if lits and rng.random() < typo_rate:
            for _ in range(rng.randint(1, 3)):
                i = rng.choice(lits)
                t, k, l, tid = self.pieces[i]
                self.pieces[i] = (typo(rng, t), k, l, tid)
        if lower:
            self.pieces = [(p[0].lower(), *p[1:]) if p[1] in ("lit", "fill") else p for p in self.pieces]
        text, spans, negatives, tids = "", [], [], []
        for t, k, l, tid in self.pieces:
            s = len(text)
            text += t
            if k == "fill":
                pass
            elif k == "span":
                spans.append({"type": l, "start": s, "end": len(text)})
                tids.append((l, tid))
            elif k == "neg":
                negatives.append({"kind": l, "start": s, "end": len(text)})
        return text, spans, negatives, tids


def quote(pieces, rng):
    """prefix every line of a rendered block with '> ' (values contain no newlines)."""
    out = [("> ", "lit", None, None)]
    for t, k, l, tid in pieces:
        if k in ("lit", "fill"):
            t = t.replace("\n", "\n> ")
        out.append((t, k, l, tid))
    return out


def lang_groups(lang, rng):
    if lang == "nl":
        return "NL"
    if lang == "nl-be":
        return "BE" if rng.random() < 0.6 else "NL"
    if lang == "fr-be":
        return "FR"
    return "EN"


def pick(rng, G, name):
    return rng.choice(G[name])


def grp(G, kind, g):
    """fall back to NL lists for BE where a BE list does not exist."""
    name = f"{kind}_{g}"
    return name if name in G and G[name] else f"{kind}_NL"


EMOJI = [" 😡", " 🙏", " 😭", "!!", " 😤", " ✈️", " 🧳", "", "", "", " 🙄"]


def make_message(rng, half, G, P, idx):
    r = rng.random()
    lang = "nl" if r < 1 / 3 else "nl-be" if r < 0.5 else "fr-be" if r < 2 / 3 else "en-gb" if r < 5 / 6 else "en-us"
    lk = V.lang_key(lang)
    ctx = {"first": rng.choice(P["first"][lk]), "last": rng.choice(P["last"][lk]), "agent": rng.choice(P["agent"]),
           "urls": P["urls"], "handles": P["handles"], "tags": P["tags"]}
    m = Msg(rng, lang, P, ctx)
    g = lang_groups(lang, rng)
    c = rng.random()
    channel = "email" if c < 0.3 else "agent_reply" if c < 0.43 else rng.choice(CHANNELS_CHAT)
    lower = False
    if channel == "email":
        if rng.random() < 0.5:
            sid, st = pick(rng, G, grp(G, "SUBJ", g))
            m.lit({"NL": "Onderwerp: ", "BE": "Onderwerp: ", "FR": "Objet : ", "EN": "Subject: "}[g], sid)
            m.add(m.render(st, sid))
            m.lit("\n\n")
        gid, gt = pick(rng, G, grp(G, "GREET", g))
        m.add(m.render(gt, gid))
        m.lit("\n\n")
        bid, bt = pick(rng, G, grp(G, "EMAIL", g))
        m.add(m.render(bt, bid))
        m.lit("\n\n")
        cid, ct = pick(rng, G, grp(G, "CLOSE", g))
        m.add(m.render(ct, cid))
        m.lit("\n")
        sgid, sg = pick(rng, G, grp(G, "SIG", g))
        m.add(m.render(sg, sgid))
        if rng.random() < 0.78:
            m.lit("\n\n")
            qid, qh = pick(rng, G, grp(G, "QUOTE", g))
            hdr = m.render(qh, qid)
            qbid, qb = pick(rng, G, grp(G, "QBODY", g))
            body = m.render(qb, qbid)
            if qh.startswith("-") or qh.startswith("Van:") or qh.startswith("From:") or qh.startswith("De :"):
                m.add(hdr)
                m.lit("\n\n")
                m.add(body if rng.random() < 0.5 else quote(body, rng))
            else:
                m.add(hdr)
                m.lit("\n")
                m.add(quote(body, rng))
            if rng.random() < 0.45:
                # older message of the customer, quoted one level deeper
                oq = {"NL": "Op {n:date} schreef {f:first} {f:last}:", "BE": "Op {n:date} om {n:time} schreef {f:first} {f:last}:",
                      "FR": "Le {n:date}, {f:first} {f:last} a écrit :", "EN": "On {n:date}, {f:first} {f:last} wrote:"}[g]
                oid, ot = pick(rng, G, grp(G, rng.choice(["EMAIL", "CHAT"]), g))
                older = m.render(oq, None) + [("\n", "lit", None, None)] + m.render(ot, oid)
                m.lit("\n>\n")
                m.add(quote(quote(older, rng), rng))
        if rng.random() < 0.45:
            did, dt = pick(rng, G, grp(G, "DISC", g))
            m.lit("\n\n" + rng.choice(["", "--\n", "________________________________\n"]))
            m.add(m.render(dt, did))
        typo_rate = 0.3
    elif channel == "agent_reply":
        aid, at = pick(rng, G, grp(G, "AGENT", g))
        pieces = m.render(at, aid)
        if rng.random() < 0.3:
            m.add([("@" + ctx["first"].lower().replace(" ", "") + str(rng.randint(1, 99)), "neg", "mention", None), (" ", "lit", None, None)])
        m.add(pieces)
        typo_rate = 0.08
    else:
        tid, tt = pick(rng, G, grp(G, "CHAT", g))
        pieces = m.render(tt, tid)
        has_mention = any(p[2] == "mention" for p in pieces)
        if channel in PUBLIC and not has_mention and rng.random() < 0.7:
            m.add([(negs.mention(rng, lang, ctx), "neg", "mention", None), (" ", "lit", None, None)])
        if channel in ("whatsapp", "telegram") and rng.random() < 0.2:
            m.lit("[")
            m.add([(negs.time(rng, "en-gb", ctx), "neg", "time", None), (", ", "lit", None, None),
                   (negs.date(rng, "en-gb", ctx), "neg", "date", None), ("] " + ctx["first"] + ": ", "lit", None, None)])
        m.add(pieces)
        m.lit(rng.choice(EMOJI))
        if channel in PUBLIC and rng.random() < 0.4:
            m.lit(" ")
            m.add([(negs.hashtag(rng, lang, ctx), "neg", "hashtag", None)])
        lower = rng.random() < 0.2
        typo_rate = 0.45
    text, spans, negatives, tids = m.finish(typo_rate, lower)
    rec = {"id": f"{PREFIX}-{['dev', 'heldout'][half]}-{idx:05d}", "channel": channel, "lang": lang,
           "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negatives}
    return rec, tids


# ---------------------------------------------------------------- self-check
def check(rec):
    t = rec["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for s, e, k, l in items:
        assert 0 <= s < e <= len(t), (rec["id"], s, e)
        v = t[s:e]
        assert v == v.strip() and v.strip(".,;:") == v or l in ("password", "wifi_key", "amount", "date", "api_key", "token"), (rec["id"], l, repr(v))
        assert not v[0].isspace() and not v[-1].isspace(), (rec["id"], l, repr(v))
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (rec["id"], a, b)
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            d = "".join(ch for ch in v if ch.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.nrn_ok(d)), (rec["id"], v)


def write_readme(seed, stats):
    L = []
    L.append("# Scrub corpus blind71 — travel and travel insurance (written blind)\n")
    L.append("This corpus was written blind: its author did not open, list, grep or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other corpus, scorer or generator under `tests/scrub_corpus/`, "
             "and did not read git history. It was written only from public knowledge of how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Travel and travel insurance webcare: claims filed from abroad, lost/damaged luggage (file references, bag tags), cancelled "
             "flights and hotels, rental cars abroad (odometer readings, damage charges), medical costs abroad, booking references and "
             "policy numbers; customers writing in Dutch, Flemish, Belgian French and English with Spanish/German fragments, phone "
             "typos, e-mail replies with quoted history, forwarded headers, signatures and disclaimers; agent replies.\n")
    L.append("## Generation\n")
    L.append(f"```\ncd tests/scrub_corpus/blind71\npython3 generate_blind.py --seed {seed}\n```\n")
    L.append("Modules: `values.py` (PII value generators with checksums), `negs.py` (hard-negative generators), `pools.py` (filler pools), "
             "`templates_nl.py`, `templates_fr.py`, `templates_en.py` (template groups), `generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n")
    L.append("Every template group (chat bodies, e-mail bodies, agent replies, greetings, closings, signatures, quote headers, quoted bodies, "
             "disclaimers, subjects; per language) and every filler pool (first names, surnames, streets, places, destinations, airlines, "
             "hotels, rental firms, insurers, agents, handles, hashtags, URL domains, SSIDs) is dealt alternately: even index to dev, odd to "
             "heldout. No template or filler item is shared between halves. Each half uses `random.Random(seed * 2 + half)`. Value "
             "generators (formats of phones, IBANs, dates ...) are shared code, but the values drawn differ.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover the value only, never the cue; every occurrence is labelled (also when repeated in quotes or agent replies).\n"
             "- Policy numbers, customer/contract/member numbers and frequent-flyer / loyalty numbers are `customer_number`.\n"
             "- Airline booking references (PNR), hotel confirmation numbers, tour-operator and rental-agreement numbers are `order_number` negatives (they identify a booking, not the person).\n"
             "- Claim / dossier / case numbers are `ticket_number` negatives; lost-baggage file references (e.g. AMSKL12345) and bag-tag numbers are `tracking_number` negatives.\n"
             "- Rental-car odometer readings are `meter_reading` negatives.\n"
             "- Belgian national register numbers are labelled `bsn` (with valid check digits, also for people born after 2000).\n"
             "- Foreign mobile numbers of the traveller (Spanish, French, ...) are `phone`; the insurer's alarm centre / service numbers are `company_phone` negatives.\n"
             "- Addresses: one span for street + number (+ postcode/city when written on the same line). Hotel addresses are never written.\n"
             "- Organisation mailboxes are not written; only customers' e-mail addresses appear (including in quoted `To:` headers).\n"
             "- Key-safe, gate, alarm and SIM codes are `pin`; OTPs dictated as words are one `otp` span.\n"
             "- AWS secret access keys are `api_key` (like the key id). Bearer / JWT / OAuth / PAT / hex session tokens are `token`.\n"
             "- A mention prefixed by the agent to address the customer (@name12) is a `mention` negative.\n"
             "- Typos are injected only into literal text (cue words included), never into values; some chats are lower-cased (literal text only).\n")
    L.append("## Known limitations\n")
    L.append("- Template-based: sentence frames repeat within a half; values are synthetic (checksums valid, numbers fictitious).\n"
             "- Flemish messages partly reuse the Dutch template groups (then using Belgian value formats), so a few say BSN with a Dutch number.\n"
             "- Brands, hotels and domains are fictitious; URLs use `.example` style domains.\n"
             "- No multi-line addresses; no images/attachments; emoji only at message end.\n"
             "- Some rare types (token, ip_address, api_key) come from few templates.\n")
    L.append("## Counts\n")
    for half in ("dev", "heldout"):
        s = stats[half]
        L.append(f"### {half}.jsonl — {s['n']} messages\n")
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k in sorted(s["spans"]):
            L.append(f"| {k} | {s['spans'][k]} | {len(s['tpl'][k])} |")
        L.append("\n| negative kind | count |\n|---|---|")
        for k in sorted(s["negs"]):
            L.append(f"| {k} | {s['negs'][k]} |")
        L.append("\n| channel | count |\n|---|---|")
        for k in sorted(s["channels"]):
            L.append(f"| {k} | {s['channels'][k]} |")
        L.append("\n| lang | count |\n|---|---|")
        for k in sorted(s["langs"]):
            L.append(f"| {k} | {s['langs'][k]} |")
        L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        rng = random.Random(a.seed * 2 + half)
        G = deal_groups(half)
        P = pools_for(half)
        recs = []
        st = {"n": 0, "spans": Counter(), "tpl": defaultdict(set), "negs": Counter(), "channels": Counter(), "langs": Counter()}
        for i in range(N_PER_HALF):
            rec, tids = make_message(rng, half, G, P, i)
            check(rec)
            recs.append(rec)
            st["n"] += 1
            for s in rec["spans"]:
                st["spans"][s["type"]] += 1
            for l, tid in tids:
                st["tpl"][l].add(tid)
            for n in rec["negatives"]:
                st["negs"][n["kind"]] += 1
            st["channels"][rec["channel"]] += 1
            st["langs"][rec["lang"]] += 1
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[name] = st
    # every type present in both halves, and template sets disjoint
    for k in set(stats["dev"]["tpl"]) | set(stats["heldout"]["tpl"]):
        assert not (stats["dev"]["tpl"][k] & stats["heldout"]["tpl"][k]), k
    write_readme(a.seed, stats)
    for name in ("dev", "heldout"):
        print(name, stats[name]["n"], dict(stats[name]["spans"]))


if __name__ == "__main__":
    main()
