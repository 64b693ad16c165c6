#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind94). Python 3.11 standard library only.

Usage: python3 generate_blind.py --seed 20261292
"""
import argparse
import json
import random
from collections import Counter, defaultdict

import engine as E
import pools
import values as V
import templates_nl, templates_be, templates_fr, templates_en

PREFIX = "b94"
N_PER_HALF = 950
MODS = {"nl": templates_nl, "be": templates_be, "fr": templates_fr, "en": templates_en}
LISTS = ["CHAT", "CHAT2", "PUBLIC", "AGENT", "AGENT2", "EMAIL_BODY", "GREET", "SIGNOFF", "SIG", "DISCLAIMER", "QUOTE_HDR", "FWD_HDR", "SUBJECT"]
LANGS = ["nl", "nl", "nl-be", "fr-be", "en-gb", "en-us"]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "whatsapp", "telegram"]
PUB_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC_CH = set(PUB_CH)

CHAT_OPEN = {
    "nl": ["", "", "", "Hoi, ", "Hallo, ", "Help! ", "Goedemiddag. ", "Yo ", "Sorry dat ik stoor maar ", "Vraagje: "],
    "be": ["", "", "Dag, ", "Hallo, ", "Allee ", "Goeiemorgen. ", "Hey, "],
    "fr": ["", "", "Bonjour, ", "Salut, ", "Bonsoir. ", "Svp ", "Urgent : "],
    "en": ["", "", "", "Hi, ", "Hello! ", "Help!! ", "Quick question: ", "hey, ", "Morning. ", "Sorry to bother you but "],
}
CHAT_CLOSE = {
    "nl": ["", "", "", " Alvast bedankt!", " Groetjes", " Dank je", " 🙏", " Gr {first}", " Hoor graag snel iets."],
    "be": ["", "", " Merci!", " Groetjes", " Alvast bedankt", " mvg {first}"],
    "fr": ["", "", " Merci !", " Merci d'avance", " Bonne journée", " Cdt {first}"],
    "en": ["", "", "", " Thanks!", " Cheers", " Thx", " 🙏", " - {first}", " Please help asap."],
}
WA_PREFIX = ["[{time}, {date}] {first}: ", "{date} {time} - {first}: "]


def deal(half):
    dealt = {}
    for key, mod in MODS.items():
        for ln in LISTS:
            full = getattr(mod, ln)
            dealt[(key, ln)] = [("%s.%s[%d]" % (key, ln, i), t) for i, t in enumerate(full) if i % 2 == half]
    for key, lst in (("open", CHAT_OPEN), ("close", CHAT_CLOSE)):
        for k, full in lst.items():
            dealt[(k, key)] = [("%s.%s[%d]" % (k, key, i), t) for i, t in enumerate(full) if i % 2 == half or t == ""]
    dealt[("all", "wa")] = [("wa[%d]" % i, t) for i, t in enumerate(WA_PREFIX) if i % 2 == half]
    return dealt


def tkey(lang, rng, wrapper=False):
    if lang == "nl":
        return "nl"
    if lang == "nl-be":
        return "be" if (wrapper or rng.random() < 0.6) else "nl"
    if lang == "fr-be":
        return "fr"
    return "en"


def make_message(rng, P, D, lang, used):
    ctx = E.Ctx(rng, P, lang)
    tids = []

    def R(key, ln):
        pool = D[(key, ln)]
        if ln in ("CHAT", "AGENT") and rng.random() < 0.3:
            pool = D[(key, ln + "2")]
        tid, t = rng.choice(pool)
        tids.append(tid)
        return E.render(t, ctx, tid, used)

    k = tkey(lang, rng)
    wk = tkey(lang, rng, wrapper=True)
    x = rng.random()
    segs = []
    if x < 0.30:
        channel = "email"
        if rng.random() < 0.4:
            segs += R(wk, "SUBJECT") + [("\n\n", "lit")]
        segs += R(wk, "GREET") + [("\n\n", "lit")]
        segs += R(k, "EMAIL_BODY")
        if rng.random() < 0.35:
            segs += [("\n\n", "lit")] + R(k, "CHAT")
        segs += [("\n\n", "lit")] + R(wk, "SIGNOFF") + [("\n", "lit")] + R(wk, "SIG")
        if rng.random() < 0.3:
            segs += [("\n\n--\n", "lit")] + R(wk, "DISCLAIMER")
        y = rng.random()
        if y < 0.55:
            segs += [("\n\n", "lit")] + R(wk, "QUOTE_HDR") + [("\n", "lit")] + E.quote(R(k, "AGENT"), rng.choice(["> ", ">", "> "]))
        elif y < 0.7:
            segs += [("\n\n", "lit")] + R(wk, "FWD_HDR") + [("\n\n", "lit")] + R(k, "CHAT")
    elif x < 0.66:
        channel = rng.choice(CHAT_CH)
        ok = "be" if lang == "nl-be" else k
        segs += R(ok, "open") + R(k, "CHAT") + R(ok, "close")
        if rng.random() < 0.12:
            segs += [("\n", "lit")] + R(k, "CHAT")
        if channel == "whatsapp" and rng.random() < 0.2:
            segs = R("all", "wa") + segs
        if rng.random() < 0.12:
            segs = [(t.lower(), "lit") if tag == "lit" else (t, tag) for t, tag in segs]
    elif x < 0.82:
        channel = rng.choice(PUB_CH)
        segs += R(k, "PUBLIC")
    else:
        channel = "agent_reply"
        if rng.random() < 0.15:
            segs += [(ctx.value("mention"), ("neg", "mention")), (" ", "lit")]
        segs += R(k, "AGENT")
    if rng.random() < 0.3:
        segs = E.typo(segs, rng, rng.randint(1, 2))
    text, spans, negs = E.assemble(segs)
    return channel, text, spans, negs, tids


def check(msg):
    t = msg["text"]
    items = [(s["start"], s["end"], "span", s["type"]) for s in msg["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in msg["negatives"]]
    for s, e, w, ty in items:
        assert 0 <= s < e <= len(t), (msg["id"], s, e)
        v = t[s:e]
        assert v == v.strip() and v.strip(".,;:") == v or ty in ("masked_value",) and v == v.strip(), (msg["id"], ty, repr(v))
        if w == "span":
            if ty == "card":
                assert V.luhn_ok(v), (msg["id"], v)
            if ty == "iban":
                assert V.iban_ok(v), (msg["id"], v)
            if ty == "bsn":
                dd = "".join(c for c in v if c.isdigit())
                assert (len(dd) == 9 and V.bsn_ok(dd)) or (len(dd) == 11 and V.rrn_ok(dd)), (msg["id"], v)
    items.sort()
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], ("overlap", msg["id"], a, b)
    assert (msg["visibility"] == "public") == (msg["channel"] in PUBLIC_CH)


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    P = pools.deal(half)
    D = deal(half)
    used = {}
    out = []
    name = ["dev", "heldout"][half]
    for i in range(N_PER_HALF):
        lang = rng.choice(LANGS)
        ch, text, spans, negs, tids = make_message(rng, P, D, lang, used)
        m = {"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": ch, "lang": lang,
             "visibility": "public" if ch in PUBLIC_CH else "private", "text": text, "spans": spans, "negatives": negs}
        check(m)
        out.append(m)
    return out, used


def table(title, counter, extra=None):
    lines = ["", "**%s**" % title, "", "| key | count |" + (" distinct templates |" if extra else ""),
             "|---|---|" + ("---|" if extra else "")]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v) + (" %d |" % len(extra.get(("span", k), ())) if extra else ""))
    return lines


def readme(seed, halves):
    L = ["# Scrub corpus blind94 — ticketing, resale, venues, dating/social account recovery, education",
         "",
         "This corpus was **written blind**: while writing it I did not open, read, list or run anything under `functions/`, "
         "`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, "
         "generators) and did not read git history. No scrubber or scorer was run. Formats come from public knowledge of how "
         "platforms and customers write.",
         "",
         "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**",
         "",
         "## Emphasis",
         "",
         "Event ticketing and ticket resale (orders, payouts, hacked ticket accounts, fake sellers), concert and festival venues "
         "(lockers, wristbands, venue wifi), dating apps and social media account recovery (hacked accounts, lost two-factor devices, "
         "unsolicited codes, phishing), and universities, schools and online learning platforms (student portals, exam systems, tuition "
         "payments). Customers from the Netherlands, Belgium (Dutch and French), the UK and the US.",
         "",
         "## Generation",
         "",
         "```\npython3 generate_blind.py --seed %d\n```" % seed,
         "",
         "Modules: `values.py` (value generators with Luhn / mod-97 / 11-proof / Belgian national number checks), `pools.py` "
         "(filler pools), `engine.py` (rendering, quoting, typos, offsets), `templates_nl.py`, `templates_be.py`, `templates_fr.py`, "
         "`templates_en.py`.",
         "",
         "## Split rule",
         "",
         "Every template group (language x kind: chat, public, agent, e-mail body, greeting, sign-off, signature, disclaimer, quote "
         "header, forward header, subject, chat opener/closer, WhatsApp export prefix) is dealt alternately: even index to dev, odd "
         "index to heldout. Every filler pool (first/last names, streets, cities, ticket companies, venues, festivals, artists, apps, "
         "schools, platforms, agents, mentions, hashtags, URL hosts) is dealt the same way. Each half uses its own "
         "`random.Random(seed * 2 + half)`. Empty chat openers/closers (no text) are shared. Value *formats* (phone groupings, date "
         "formats, IBAN grouping) come from shared generators, so formats are not split, only the surrounding text.",
         "",
         "## Labelling conventions and judgement calls",
         "",
         "- Spans cover only the value, never the cue word; every repetition (agent echo, quoted history, forwarded header) is labelled.",
         "- Belgian national register numbers (rijksregisternummer / registre national) are labelled `bsn`.",
         "- Student numbers, matricules, member/account/customer numbers and EAN connection codes are `customer_number`.",
         "- OTPs dictated as words (\"vier zeven twee ...\", \"oh four two ...\") are one `otp` span covering the whole word sequence.",
         "- A door/gate code written as `1234#` is labelled without the `#`.",
         "- Login names are `username` only when given as a login; public @handles are `mention` negatives.",
         "- AWS secret keys, Stripe/Google/SendGrid style keys and 32-hex integration keys are `api_key`; JWTs, GitHub PATs, OAuth "
         "`ya29.` tokens, session ids and hex tokens after \"token\"/\"Bearer\" are `token`.",
         "- Event order numbers and ticket purchase references are `order_number` negatives (they identify a purchase, not a person); "
         "case/complaint/police references are `ticket_number` negatives.",
         "- Company service numbers and company registrations (KvK, BTW/TVA, ondernemingsnummer, Company No., EIN, SIREN) are negatives.",
         "- Event dates, exam dates and payment dates are `date` negatives; only birth dates are `date_of_birth`.",
         "- Masked values (`****1234`, `NL** **** ...`, `j***`) are `masked_value` negatives; macro placeholders (`{first_name}`, "
         "`[PHONE]`, `{support_email}`) are left unlabelled, as are names, cities, SSIDs, agent initials and a literal BIC.",
         "- Quantities are marked with their unit (`2 tickets`); percentages with the sign.",
         "- Typos are injected only into literal text (30% of messages, 1-2 typos), never into values; some chats are lower-cased "
         "(literal text only).",
         "",
         "## Known limitations",
         "",
         "- Values are synthetic; US phone numbers use the 555-01xx fictional range; some combinations (e.g. an agent quoting a "
         "password) are rare in reality but kept as hard cases.",
         "- Template count is modest (~250 in total), so within a half the same frame recurs with different values.",
         "- Addresses sometimes come from the customer's country with a 10% chance of another country; no PO boxes.",
         "- Company e-mail addresses are not present; all e-mail addresses are personal and labelled.",
         "- Because templates are dealt (not sampled) per half, type and kind frequencies differ between dev and heldout "
         "(e.g. heldout has many more phone spans: its e-mail bodies, signatures and agent echoes carry more phone numbers).",
         "- A multi-line address inside a \"> \" quoted block is labelled as one address span per line (the quote prefix is not part "
         "of a span). E-mails are composed from independent frames, so a body and a quoted agent reply are not always on the same topic.",
         "",
         "## Counts per half"]
    for name, (msgs, used) in zip(["dev", "heldout"], halves):
        L += ["", "### %s.jsonl — %d messages" % (name, len(msgs))]
        sp = Counter(s["type"] for m in msgs for s in m["spans"])
        ng = Counter(n["kind"] for m in msgs for n in m["negatives"])
        L += table("Spans per type (with number of distinct templates producing the type)", sp, used)
        L += table("Negatives per kind", ng)
        L += table("Channels", Counter(m["channel"] for m in msgs))
        L += table("Languages", Counter(m["lang"] for m in msgs))
        em = [len(m["text"].encode()) for m in msgs if m["channel"] == "email"]
        L += ["", "E-mails: %d, median size %d bytes, %d between 0.5 and 2 KB." % (len(em), sorted(em)[len(em) // 2], sum(500 <= x <= 2048 for x in em))]
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261292)
    a = ap.parse_args()
    halves = []
    for half, name in enumerate(["dev", "heldout"]):
        msgs, used = gen_half(a.seed, half)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        halves.append((msgs, used))
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("wrote dev.jsonl (%d), heldout.jsonl (%d), README.md" % (len(halves[0][0]), len(halves[1][0])))


if __name__ == "__main__":
    main()
