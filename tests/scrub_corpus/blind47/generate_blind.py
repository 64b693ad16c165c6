#!/usr/bin/env python3
"""Blind webcare scrub corpus b47: informal social media / chat. Standard library only.

Usage: python3 generate_blind.py --seed 20261245
"""
import argparse
import collections
import json
import os
import random
import re

import pools as P
import templates_en
import templates_fr
import templates_nl
import values as V

PREFIX = "b47"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 28), ("x_public", 12), ("facebook_comment", 9), ("instagram_comment", 8), ("x_dm", 6),
            ("instagram_dm", 6), ("messenger", 7), ("whatsapp", 10), ("telegram", 6), ("agent_reply", 8)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

FILLER = {
    "nl": ["Ik hoop dat u dit snel kunt oplossen, want ik werk thuis en heb het internet echt nodig.",
           "Dit is inmiddels de derde keer dat ik contact opneem en ik word steeds van het kastje naar de muur gestuurd.",
           "Via de chat kreeg ik te horen dat ik moest mailen, dus bij deze.",
           "Ik heb al meerdere keren gebeld maar de wachttijd was telkens meer dan een half uur.",
           "Zou u zo vriendelijk willen zijn om dit met spoed op te pakken?",
           "Mijn buren hebben overigens hetzelfde probleem, dus misschien ligt het aan de wijk.",
           "Ik begrijp dat het druk is, maar dit duurt echt te lang.",
           "Graag een schriftelijke bevestiging zodra het is aangepast."],
    "fr": ["J'espère que vous pourrez régler ça rapidement car je télétravaille.",
           "C'est la troisième fois que je vous contacte et on me renvoie toujours ailleurs.",
           "Le chat m'a dit d'envoyer un mail, donc voilà.",
           "J'ai appelé plusieurs fois mais l'attente dépassait toujours la demi-heure.",
           "Pourriez-vous traiter ma demande en urgence?",
           "Mes voisins ont le même souci, c'est peut-être le quartier.",
           "Je comprends que vous êtes débordés mais ça dure vraiment trop.",
           "Merci de me confirmer par écrit une fois que c'est fait."],
    "en": ["I hope you can sort this quickly as I work from home and really need the connection.",
           "This is the third time I've been in touch and I keep getting passed around.",
           "The chat told me to send an email, so here we are.",
           "I've called several times but the wait was always over half an hour.",
           "Could you please treat this as urgent?",
           "My neighbours have the same problem, so it might be the area.",
           "I understand you're busy but this is taking far too long.",
           "Please confirm in writing once it's been changed."],
}

TOKEN = re.compile(r"\{([a-z_0-9#]+)\}")


def fam(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


class Ctx:
    def __init__(self, rng, lang, pools, brand):
        self.rng, self.lang, self.pools, self.brand = rng, lang, pools, brand
        self.cache = {}


def filler(c, name):
    r = c.rng
    p = c.pools
    if name == "name":
        return r.choice(p["first"]) + " " + r.choice(p["last"])
    if name in ("first", "agent", "city", "ssid", "emo", "plate"):
        key = {"city": "city_be" if c.lang in ("nl-be", "fr-be") else "city_nl"}.get(name, name)
        if name == "city" and c.lang.startswith("en"):
            return r.choice(["London", "Leeds", "Amsterdam", "Boston", "Brussels", "Utrecht"])
        return r.choice(p[key])
    if name == "brand":
        return c.brand["name"]
    if name == "score":
        return V.score(c)
    raise KeyError(name)


def render(tpl, c, tid):
    """Return list of segments (text, label, tid, literal?) where label is None | ('span', t) | ('neg', k)."""
    tpl = tpl.replace("#{brand}", "{brandtag}").replace("@{first}", "{fmention}")
    segs = []
    pos = 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, tid, True])
        tok = m.group(1)
        base = tok.split("#")[0]
        if tok in c.cache:
            val, lab = c.cache[tok]
        elif base in V.SPAN_GENS:
            t, g = V.SPAN_GENS[base]
            val, lab = g(c), ("span", t)
        elif base in V.NEG_GENS:
            k, g = V.NEG_GENS[base]
            val, lab = g(c), ("neg", k)
        elif base == "brandtag":
            val, lab = "#" + c.brand["name"].replace(" ", ""), ("neg", "hashtag")
        elif base == "fmention":
            val, lab = "@" + c.rng.choice(c.pools["first"]), ("neg", "mention")
        else:
            val, lab = filler(c, base), None
        if base not in ("emo", "name", "first", "score") or tok in c.cache:
            c.cache[tok] = (val, lab)
        segs.append([val, lab, tid, False])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, tid, True])
    return segs


def lit(text, tid="lit"):
    return [[text, None, tid, True]]


def typo_word(r, w):
    i = r.randrange(len(w) - 1)
    op = r.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def typos(segs, r, p):
    lits = [s for s in segs if s[3] and re.search(r"[A-Za-zéèà]{4,}", s[0])]
    if not lits or r.random() > p:
        return segs
    for s in r.sample(lits, min(len(lits), r.choice([1, 1, 1, 2]))):
        if True:
            words = list(re.finditer(r"[A-Za-zéèà]{4,}", s[0]))
            if words:
                m = r.choice(words)
                s[0] = s[0][:m.start()] + typo_word(r, m.group(0)) + s[0][m.end():]
    return segs


def quoted(segs, prefix="> "):
    out = [[prefix, None, "quote", True]]
    for t, lab, tid, isl in segs:
        if lab is not None:
            out.append([t.replace("\n", ", "), lab, tid, isl])
        else:
            out.append([t.replace("\n", "\n" + prefix), lab, tid, isl])
    return out


class Half:
    def __init__(self, seed, h):
        self.h = h
        self.rng = random.Random(seed * 2 + h)
        self.pools = P.half_pools(h)
        self.T = {}
        for famname, mod in (("nl", templates_nl), ("fr", templates_fr), ("en", templates_en)):
            for k, lst in mod.G.items():
                self.T[(famname, k)] = [("%s/%s/%d" % (famname, k, i), t) for i, t in enumerate(lst) if i % 2 == h]
        for k, lst in templates_nl.BE.items():
            self.T[("be", k)] = [("be/%s/%d" % (k, i), t) for i, t in enumerate(lst) if i % 2 == h]
        self.filler = {f: [("%s/filler/%d" % (f, i), t) for i, t in enumerate(l) if i % 2 == h] for f, l in FILLER.items()}

    def pick(self, c, kind):
        f = fam(c.lang)
        lst = list(self.T[(f, kind)])
        if c.lang == "nl-be" and ("be", kind) in self.T:
            lst += self.T[("be", kind)] * 2
        tid, t = self.rng.choice(lst)
        return render(t, c, tid)

    def chat_kind(self, channel):
        r = self.rng
        if channel in PUBLIC:
            w = [("paste", 30), ("neg", 30), ("secret", 9), ("pay", 8), ("screen", 8), ("ident", 6), ("tech", 5)]
        else:
            w = [("paste", 14), ("neg", 16), ("secret", 24), ("pay", 14), ("screen", 10), ("ident", 11), ("tech", 11)]
        return r.choices([k for k, _ in w], [x for _, x in w])[0]

    def message(self, idx):
        r = self.rng
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        channel = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        brand = r.choice(self.pools["brands"])
        c = Ctx(r, lang, self.pools, brand)
        if channel == "email":
            segs = self.email(c)
        elif channel == "agent_reply":
            segs = self.agent(c)
        elif channel in ("whatsapp", "telegram") and r.random() < 0.6:
            segs = self.burst(c, channel)
        else:
            segs = self.chat(c, channel)
        typos(segs, r, 0.45)
        text, spans, negs, tids = "", [], [], []
        for t, lab, tid, _ in segs:
            if lab:
                d = {"type": lab[1], "start": len(text), "end": len(text) + len(t)}
                if lab[0] == "span":
                    spans.append(d)
                    tids.append((lab[1], tid))
                else:
                    negs.append({"kind": lab[1], "start": d["start"], "end": d["end"]})
            text += t
        rec = {"id": "%s-%s-%05d" % (PREFIX, ("dev", "heldout")[self.h], idx), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        return rec, tids

    def chat(self, c, channel):
        r = self.rng
        segs = self.pick(c, self.chat_kind(channel))
        if channel in PUBLIC and r.random() < 0.35:
            segs = render(r.choice(["{mention} ", "{mention} {chandle} ", "{chandle} {mention} "]), c, "pre") + segs if "@" not in segs[0][0][:1] else segs
        if r.random() < 0.3:
            segs += lit(" ") + render(r.choice(["{emo}", "{emo}{emo}", "{hashtag}", "{emo} {hashtag}", "!!!", "??"]), c, "post")
        if r.random() < 0.06:
            for s in segs:
                if s[3]:
                    s[0] = s[0].upper()
        if channel not in PUBLIC and r.random() < 0.2:
            segs += lit("\n") + self.pick(c, r.choice(["burst", "neg", "paste"]))
        return segs

    def burst(self, c, channel):
        r = self.rng
        n = r.randint(2, 6)
        lines = []
        style = r.random()
        who = r.choice(self.pools["first"])
        for i in range(n):
            if r.random() < 0.25:
                part = self.pick(c, self.chat_kind(channel))
            else:
                part = self.pick(c, "burst")
            if style < 0.3:
                pre = render("[{date}, {time}] " if c.lang != "en-us" else "[{date} {time}] ", c, "wa") + lit(who + ": ")
            elif style < 0.45:
                pre = lit(who + ", ") + render("[{time}]\n", c, "tg")
            else:
                pre = []
            lines.append(pre + part)
        segs = []
        for i, l in enumerate(lines):
            if i:
                segs += lit("\n")
            segs += l
        return segs

    def agent(self, c):
        r = self.rng
        segs = []
        if r.random() < 0.5:
            segs += render("{chandle} ", c, "pre")
        if r.random() < 0.25:
            segs += quoted(self.pick(c, r.choice(["paste", "secret", "pay"]))) + lit("\n\n")
        segs += self.pick(c, "agent")
        if r.random() < 0.2:
            segs += lit("\n") + self.pick(c, "agent_sig")
        return segs

    def email(self, c):
        r = self.rng
        f = fam(c.lang)
        segs = []
        if r.random() < 0.5:
            segs += self.pick(c, "subject") + lit("\n\n")
        segs += self.pick(c, "greet") + lit("\n\n")
        nb = r.choice([1, 1, 2, 2])
        for i in range(nb):
            segs += self.pick(c, "email_body")
            if r.random() < 0.6:
                tid, t = r.choice(self.filler[f])
                segs += lit(" ") + render(t, c, tid)
            segs += lit("\n\n")
        if r.random() < 0.45:
            segs += self.pick(c, r.choice(["screen", "secret", "tech", "pay", "ident", "paste"])) + lit("\n\n")
        segs += self.pick(c, "close") + lit("\n") + self.pick(c, "sig")
        if r.random() < 0.55:
            segs += lit("\n\n") + self.pick(c, "quote_hdr") + lit("\n")
            inner = self.pick(c, "agent") + lit("\n\n") + self.pick(c, "agent_sig")
            if r.random() < 0.4:
                inner += lit("\n\n") + quoted(self.pick(c, r.choice(["paste", "email_body"])))
            segs += quoted(inner)
        if r.random() < 0.3:
            segs += lit("\n\n") + self.pick(c, "disclaimer")
        return segs


def check(rec):
    t = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), rec["id"]
        v = t[a:b]
        assert v == v.strip() and v.strip(".,;:") != "", (rec["id"], v)
        iv.append((a, b, s.get("type") or s.get("kind")))
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            assert V.bsn_ok(v) or V.rrn_ok(v), (rec["id"], v)
    iv.sort()
    for x, y in zip(iv, iv[1:]):
        assert x[1] <= y[0], (rec["id"], x, y)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261245)
    a = ap.parse_args()
    stats = {}
    for h, name in ((0, "dev"), (1, "heldout")):
        half = Half(a.seed, h)
        recs, span_tids = [], collections.defaultdict(set)
        for i in range(N_PER_HALF):
            rec, tids = half.message(i)
            check(rec)
            recs.append(rec)
            for t, tid in tids:
                span_tids[t].add(tid)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats[name] = (recs, span_tids)
    check_split(stats)
    write_readme(a.seed, stats)


def check_split(stats):
    dev_t = {r["text"] for r in stats["dev"][0]}
    held_t = {r["text"] for r in stats["heldout"][0]}
    assert not (dev_t & held_t), "identical texts in both halves"
    d = set().union(*stats["dev"][1].values())
    hh = set().union(*stats["heldout"][1].values())
    assert not (d & hh), "template shared between halves"


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(out)


def write_readme(seed, stats):
    L = []
    L.append("# Scrub corpus blind47 (b47): informal social media and chat\n")
    L.append("This corpus was written **blind**: its author did not open, read, grep, list or run anything under "
             "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory of `tests/scrub_corpus/` "
             "(other corpora, scorers, generators), nor the git history. No scrubber or scorer was run.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Public social media and chat at its most informal: very short tweets, Instagram/Facebook comments, "
             "WhatsApp/Telegram bursts split over several lines (with and without chat-export timestamps), emoji next to "
             "values, text-speak (ww, pw, mn, ff, plz, thx, stp, svp, mdr), Dutch/English/French code-switching, screens "
             "described in words, customers answering a request to move to DM by pasting their details in public, agent "
             "replies carrying the company's own numbers, and look-alikes (order/tracking numbers, prices, times, scores, "
             "versions, flight numbers, promo codes, event dates). About 28% e-mails with greetings, signatures, quoted "
             "history, forwarded headers and disclaimers.\n")
    L.append("## Generation\n\n```\ncd tests/scrub_corpus/blind47\npython3 generate_blind.py --seed %d\n```\n" % seed)
    L.append("Modules: `values.py` (value generators, validators), `pools.py` (filler pools), `templates_nl.py`, "
             "`templates_fr.py`, `templates_en.py` (template groups per language), `generate_blind.py` (assembly, self-check, README).\n")
    L.append("## Split rule\n")
    L.append("Every template group (language family x kind: paste-after-DM-request, secrets, payment, identity, tech, "
             "screen, look-alike-only, agent replies, burst lines, e-mail bodies, greetings, closings, signatures, quote "
             "headers, agent signatures, disclaimers, subjects, e-mail filler sentences, Flemish extras) is dealt "
             "alternately: even index to dev, odd to heldout. Every filler pool (brands with their handles/domains/service "
             "numbers, first and last names, streets, cities, handles, hashtags, model numbers, agent initials, SSIDs, emoji) "
             "is dealt the same way. Half h uses `random.Random(seed * 2 + h)`. The generator asserts that no template id "
             "contributes spans to both halves and that no text occurs in both. Typos are injected only into literal template text.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("- Spans cover the value only, never the cue word; every repetition (agent echo, quoted e-mail history) is labelled.\n"
             "- `bsn` holds both Dutch BSNs (11-proof) and Belgian national register numbers (mod-97 check, also post-2000 form).\n"
             "- `customer_number` includes customer, account, contract, member numbers and EAN connection codes (18 digits).\n"
             "- OTPs dictated as words (\"vier acht twee ...\", \"quatre huit ...\") are one `otp` span over the whole word sequence.\n"
             "- AWS access key ids and secrets, `sk_live_`/`AIza`/`SG.`/hex API keys are `api_key`; JWTs, `ghp_`, `glpat-`, `xoxb-`, `ya29.` and hex after \"token\"/\"bearer\" are `token` (the word Bearer is not in the span).\n"
             "- Door, gate, alarm, keybox and phone unlock codes are `pin`; router admin passwords are `password`; the SSID is not labelled.\n"
             "- Addresses may span a line break (signatures). In quoted history (\"> \") a multi-line address is flattened to one line.\n"
             "- Promo/discount codes and SKUs are negatives of kind `product_code`. Match scores (\"2-1\") and licence plates are left unlabelled.\n"
             "- The brand's own service numbers (also in agent signatures and short codes like 1200/5000) are `company_phone`. "
             "WhatsApp/Telegram export timestamps are `date`/`time` negatives. Brand hashtags (#Ziggo) and @mentions are negatives; "
             "customer @handles are `mention` negatives. Agent initials (^JV) and personal names are unlabelled.\n"
             "- Masked values (****1234, NL** ... 12 34, j***@gmail.com) are `masked_value` negatives.\n"
             "- Phone numbers are a customer's own (or given by the customer); company numbers never carry the `phone` label.\n")
    L.append("## Known limitations\n")
    L.append("- Templates are hand-written but finite (~%d per half); values are synthetic and formats may be tidier than real life.\n"
             "- Languages are chosen per message; code-switching lives inside templates, so a message's `lang` is its dominant language.\n"
             "- Value format follows `lang` (Belgian formats for nl-be/fr-be, UK/US for en-gb/en-us) with ~10%% foreign phone numbers.\n"
             "- Typos are injected into literal text only; values are never corrupted, so no \"almost valid\" IBAN/card look-alikes.\n"
             "- Only some e-mails reach 0.5-2 KB; short e-mails also occur.\n" % (sum(len(v) for v in Half(seed, 0).T.values())))
    L.append("## Counts per half\n")
    for name in ("dev", "heldout"):
        recs, tids = stats[name]
        L.append("### %s.jsonl\n" % name)
        L.append("Messages: %d\n" % len(recs))
        sc = collections.Counter(s["type"] for r in recs for s in r["spans"])
        L.append(table(["span type", "count", "distinct templates"], [(k, sc[k], len(tids[k])) for k in sorted(sc)]) + "\n")
        nc = collections.Counter(s["kind"] for r in recs for s in r["negatives"])
        L.append(table(["negative kind", "count"], sorted(nc.items())) + "\n")
        cc = collections.Counter(r["channel"] for r in recs)
        L.append(table(["channel", "messages"], sorted(cc.items())) + "\n")
        lc = collections.Counter(r["lang"] for r in recs)
        L.append(table(["lang", "messages"], sorted(lc.items())) + "\n")
        em = [len(r["text"].encode("utf-8")) for r in recs if r["channel"] == "email"]
        if em:
            L.append("E-mails: %d, median size %d bytes, %d between 500 and 2000 bytes.\n" % (
                len(em), sorted(em)[len(em) // 2], sum(500 <= x <= 2000 for x in em)))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
