#!/usr/bin/env python3
"""Blind labelled webcare corpus blind81: schools, childcare and education.

Usage (inside this directory):  python3 generate_blind.py --seed 20261279
Writes dev.jsonl, heldout.jsonl and README.md. Python 3.11 standard library only.
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import values as V
from pools import POOLS
from tpl_en import ENGB, ENUS
from tpl_fr import FRBE
from tpl_nl import NL, NLBE

DIR, PREFIX = "blind81", "b81"
PER_HALF = 950
TEMPLATES = {"nl": NL, "nl-be": NLBE, "fr-be": FRBE, "en-gb": ENGB, "en-us": ENUS}
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNEL_W = [("email", 30), ("agent_reply", 14), ("whatsapp", 9), ("messenger", 8), ("x_dm", 6), ("instagram_dm", 5),
             ("telegram", 4), ("x_public", 9), ("facebook_comment", 9), ("instagram_comment", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

SPAN_SLOTS = {
    "password": ("password", V.password), "pin": ("pin", V.pin), "puk": ("puk", V.puk), "otp": ("otp", V.otp),
    "otpw": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi_key), "user": ("username", V.username),
    "apikey": ("api_key", V.api_key), "awsid": ("api_key", V.aws_id), "awssecret": ("api_key", V.aws_secret),
    "token": ("token", V.token), "card": ("card", V.card), "cvv": ("cvv", V.cvv), "exp": ("card_expiry", V.card_expiry),
    "iban": ("iban", V.iban), "bsn": ("bsn", V.bsn), "nrn": ("bsn", V.nrn), "email": ("email", V.email),
    "phone": ("phone", V.phone), "addr": ("address", V.address), "dob": ("date_of_birth", V.dob),
    "cust": ("customer_number", V.customer_number), "snr": ("customer_number", V.student_number),
    "llnr": ("customer_number", V.pupil_number), "cand": ("customer_number", V.candidate_number),
    "uln": ("customer_number", V.uln), "ucas": ("customer_number", V.ucas_id), "crn": ("customer_number", V.crn),
    "mandate": ("customer_number", V.mandate), "ean": ("customer_number", V.ean), "hours": ("customer_number", V.hours_code),
    "kreg": ("customer_number", V.child_reg), "ip": ("ip_address", V.ip),
}
NEG_SLOTS = {
    "date": ("date", V.n_date), "time": ("time", V.n_time), "amount": ("amount", V.n_amount), "qty": ("quantity", V.n_qty),
    "pct": ("percentage", V.n_pct), "year": ("year", V.n_year), "order": ("order_number", V.n_order),
    "ticket": ("ticket_number", V.n_ticket), "invoice": ("invoice_number", V.n_invoice), "track": ("tracking_number", V.n_track),
    "req": ("request_id", V.n_req), "err": ("error_code", V.n_err), "ver": ("version_string", V.n_ver),
    "model": ("model_number", V.n_model), "prod": ("product_code", V.n_prod), "isbn": ("product_code", V.n_isbn),
    "flight": ("flight_number", V.n_flight), "cphone": ("company_phone", V.n_cphone), "kvk": ("company_registration", V.n_kvk),
    "url": ("url", None), "mention": ("mention", None), "hashtag": ("hashtag", None), "mask": ("masked_value", V.n_mask),
    "meter": ("meter_reading", V.n_meter), "port": ("port", V.n_port), "sum": ("checksum", V.n_sum),
}
FILL = {"name", "first", "last", "child", "school", "org", "agent", "ssid", "subject", "grp"}

# small literal frames, dealt alternately like every other group
CHAT_OPEN = {"nl": ["Hoi!", "Goedemorgen", "Hallo daar,", "Hey", "Sorry dat ik stoor,", "Even een vraagje:"],
             "nl-be": ["Dag!", "Hallo,", "Goeiemorgen", "Hey", "Sorry om te storen,", "Kort vraagje:"],
             "fr-be": ["Bonjour !", "Salut,", "Bonsoir", "Coucou", "Désolée de vous déranger,", "Petite question :"],
             "en-gb": ["Hiya!", "Morning,", "Hello there,", "Hey", "Sorry to bother you,", "Quick one:"],
             "en-us": ["Hi!", "Hey there,", "Good morning", "Hello", "Sorry to bug you,", "Quick question:"]}
MACRO_GREET = {"nl": ["Hoi {{first_name}},", "Beste {{voornaam}},", "Hallo [NAAM],", "Dag {{klantnaam}},"],
               "nl-be": ["Dag {{first_name}},", "Beste [NAAM],", "Hallo {{voornaam}},", "Beste <naam>,"],
               "fr-be": ["Bonjour {{first_name}},", "Bonjour [PRENOM],", "Chère/cher {{prenom}},", "Bonjour <nom>,"],
               "en-gb": ["Hi {{first_name}},", "Hello [NAME],", "Dear {{customer_name}},", "Hi <name>,"],
               "en-us": ["Hi {{first_name}},", "Hey [FIRST_NAME],", "Hello {{name}},", "Hi <customer>,"]}
MACRO_TAIL = {"nl": ["Je verificatiecode is <code>.", "Referentie: [CASE_ID]", "Je nieuwe code volgt via sms: {{otp}}"],
              "nl-be": ["Uw code: <code>", "Referentie: [DOSSIER]", "Code volgt per sms: {{code}}"],
              "fr-be": ["Votre code : <code>", "Référence : [DOSSIER]", "Code envoyé par sms : {{code}}"],
              "en-gb": ["Your code is <code>.", "Ref: [CASE_ID]", "We'll text you {{otp}} shortly."],
              "en-us": ["Your code is [CODE].", "Ref: <case_id>", "You'll get {{otp}} by text."]}
AQUOTE = {"nl": ["Op {date} om {time} schreef Klantenservice {org}:", "Van: {agent} | {org}\nVerzonden: {date} {time}\nAan: {name}\nOnderwerp: RE: {subject}",
                  "{agent} van {org} schreef op {date}:", "Op {date} heeft {org} het volgende geschreven:"],
          "nl-be": ["Op {date} om {time} schreef {org}:", "Van: {agent} - {org}\nVerzonden: {date} {time}\nOnderwerp: RE: {subject}",
                    "{agent} ({org}) schreef op {date}:", "Op {date} schreef het secretariaat van {school}:"],
          "fr-be": ["Le {date} à {time}, {org} a écrit :", "De : {agent} - {org}\nEnvoyé : {date} {time}\nObjet : RE: {subject}",
                    "{agent} ({org}) a écrit le {date} :", "Le {date}, le secrétariat de {school} a écrit :"],
          "en-gb": ["On {date}, at {time}, {org} wrote:", "From: {agent} | {org}\nSent: {date} {time}\nTo: {name}\nSubject: RE: {subject}",
                    "{agent} ({org}) wrote on {date}:", "On {date} the {school} office wrote:"],
          "en-us": ["On {date} at {time}, {org} wrote:", "From: {agent} - {org}\nSent: {date} {time}\nSubject: RE: {subject}",
                    "{agent} from {org} wrote on {date}:", "On {date}, {school} Front Office wrote:"]}
SUBJ = {"nl": "Onderwerp: ", "nl-be": "Onderwerp: ", "fr-be": "Objet : ", "en-gb": "Subject: ", "en-us": "Subject: "}
FWD_NOTE = {"nl": ["Zie onderstaand bericht, graag actie.", "Ik stuur dit even door, kunnen jullie hier naar kijken?"],
            "nl-be": ["Zie hieronder, gelieve dit op te volgen.", "Ik stuur dit even door naar jullie."],
            "fr-be": ["Voir ci-dessous, merci d'y donner suite.", "Je vous transfère ceci pour suivi."],
            "en-gb": ["See below, can someone pick this up?", "Forwarding this on as requested."],
            "en-us": ["See below - can someone take a look?", "Forwarding as discussed."]}

SLOT_RE = re.compile(r"\{\{(\w+)\}\}|\{(\w+)\}")
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


GROUP_W = {"short": 1.0, "email": 0.8, "agent": 0.5, "public": 0.3}


def slot_types(tpl):
    out = []
    for m in SLOT_RE.finditer(tpl):
        if m.group(2):
            base = re.sub(r"\d+$", "", m.group(2))
            if base in SPAN_SLOTS:
                out.append("S:" + SPAN_SLOTS[base][0])
            elif base in NEG_SLOTS:
                out.append("N:" + NEG_SLOTS[base][0])
    return out


def order_groups():
    """Fix the list order before dealing. Templates are written in parallel order across languages, so a theme
    (e.g. the stolen-phone PIN/PUK e-mail) tends to sit at the same index everywhere. To keep label types balanced
    between halves, the members of each adjacent pair (2k, 2k+1) may be swapped; the choice is made by a fixed,
    seed-independent greedy pass. Dealing stays strictly alternate on the resulting order (even -> dev, odd -> heldout)."""
    acc = {}
    ordered = {}
    for lang, T in TEMPLATES.items():
        lw = dict(LANG_W)[lang]
        ordered[lang] = {}
        for g, lst in T.items():
            items = [(f"{lang}/{g}/{i:02d}", t) for i, t in enumerate(lst)]
            w = lw * GROUP_W.get(g, 0.4) / max(1, len(lst) / 2)
            out = []
            for k in range(0, len(items), 2):
                pair = items[k:k + 2]
                if len(pair) == 2:
                    best = None
                    for cand in (pair, pair[::-1]):
                        trial = dict(acc)
                        for side, (_, t) in enumerate(cand):
                            for ty in slot_types(t):
                                trial[ty] = trial.get(ty, 0) + (w if side == 0 else -w)
                        score = sum(v * v for v in trial.values())
                        if best is None or score < best[0]:
                            best = (score, cand, trial)
                    pair, acc = best[1], best[2]
                else:
                    for _, t in pair:
                        for ty in slot_types(t):
                            acc[ty] = acc.get(ty, 0) + w
                out += pair
            ordered[lang][g] = out
    return ordered


ORDERED = order_groups()


class Ctx(dict):
    pass


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.tpl = {lang: {g: lst[half::2] for g, lst in T.items()} for lang, T in ORDERED.items()}
        self.pools = {lang: {k: v[half::2] for k, v in P.items()} for lang, P in POOLS.items()}
        self.small = {name: {lang: lst[half::2] for lang, lst in tbl.items()}
                      for name, tbl in (("open", CHAT_OPEN), ("mgreet", MACRO_GREET), ("mtail", MACRO_TAIL), ("fwdnote", FWD_NOTE), ("aquote", AQUOTE))}


def slot_value(key, lang, ctx, rng):
    if key in ctx["cache"]:
        return ctx["cache"][key]
    base = re.sub(r"\d+$", "", re.sub(r"_q\d+$", "", key))
    P = ctx["pools"]
    if base in SPAN_SLOTS:
        typ, fn = SPAN_SLOTS[base]
        out = (fn(rng, lang, ctx), "span", typ)
    elif base in NEG_SLOTS:
        typ, fn = NEG_SLOTS[base]
        val = rng.choice(P[base]) if fn is None else fn(rng, lang, ctx)
        out = (val, "neg", typ)
    elif base in FILL:
        if base == "name":
            val = f"{rng.choice(P['first'])} {rng.choice(P['last'])}"
        else:
            val = rng.choice(P[base])
        out = (val, None, None)
    else:
        raise KeyError(f"unknown slot {key}")
    ctx["cache"][key] = out
    return out


def render(tpl, tid, lang, ctx, rng, fresh=0):
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, None, tid])
        if m.group(1):
            segs.append(["{" + m.group(1) + "}", "macro", None, tid])
        else:
            key = m.group(2)
            if fresh and key in ("date", "time", "subject"):
                key = f"{key}_q{fresh}"
            val, cat, typ = slot_value(key, lang, ctx, rng)
            segs.append([val, cat if cat else "fill", typ, tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, None, tid])
    return segs


def lit(text, tid="frame"):
    return [[text, None, None, tid]]


def quote(segs):
    out = [["> ", None, None, "quote"]]
    for s in segs:
        if s[1] in (None, "macro"):
            out.append([s[0].replace("\n", "\n> "), s[1], s[2], s[3]])
        else:
            out.append(list(s))
    return out


KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo(word, rng):
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.35:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op < 0.6:
        return word[:i] + word[i + 1:]
    if op < 0.8:
        return word[:i] + word[i] + word[i:]
    c = word[i].lower()
    if c in KEYB:
        j = KEYB.index(c)
        return word[:i] + KEYB[max(0, min(len(KEYB) - 1, j + rng.choice([-1, 1])))] + word[i + 1:]
    return word


def add_typos(segs, rng, n):
    cands = [k for k, s in enumerate(segs) if s[1] is None and WORD_RE.search(s[0])]
    for _ in range(n):
        if not cands:
            return
        k = rng.choice(cands)
        words = list(WORD_RE.finditer(segs[k][0]))
        w = rng.choice(words)
        t = segs[k][0]
        segs[k][0] = t[:w.start()] + typo(w.group(0), rng) + t[w.end():]


def pick(H, lang, group):
    return H.rng.choice(H.tpl[lang][group])


def build(H, lang, channel):
    rng = H.rng
    ctx = Ctx(cache={}, pools=H.pools[lang])
    R = lambda tid_t: render(tid_t[1], tid_t[0], lang, ctx, rng)
    nq = iter(range(1, 99))
    RQ = lambda tid_t: render(tid_t[1], tid_t[0], lang, ctx, rng, fresh=next(nq))
    segs = []
    if channel == "email":
        if rng.random() < 0.3:
            segs += lit(SUBJ[lang]) + R(("subj", "{subject}")) + lit("\n\n")
        if rng.random() < 0.12:
            segs += lit(rng.choice(H.small["fwdnote"][lang]) + "\n\n") + R(pick(H, lang, "close")) + lit("\n\n")
            segs += RQ(pick(H, lang, "fwd")) + lit("\n\n")
        segs += R(pick(H, lang, "greet")) + lit("\n\n")
        if rng.random() < 0.7:
            segs += R(pick(H, lang, "intro")) + lit(rng.choice(["\n\n", " ", "\n"]))
        body = pick(H, lang, "email") if rng.random() < 0.85 else pick(H, lang, "short")
        segs += R(body) + lit("\n\n")
        if rng.random() < 0.6:
            segs += R(pick(H, lang, "outro")) + lit("\n\n")
        segs += R(pick(H, lang, "close"))
        if rng.random() < 0.35:
            segs += lit("\n\n") + R(pick(H, lang, "disc"))
        if rng.random() < 0.55:
            prev = R(pick(H, lang, "agent")) + lit("\n\n") + R(pick(H, lang, "agentsig"))
            if rng.random() < 0.35:
                older = RQ(pick(H, lang, "quote")) + lit("\n") + quote(R(pick(H, lang, "short")))
                prev += lit("\n\n") + older
            aq = rng.randrange(len(H.small["aquote"][lang]))
            aqt = (f"{lang}/aquote/{aq * 2 + H.half:02d}", H.small["aquote"][lang][aq])
            segs += lit("\n\n") + RQ(aqt) + lit("\n") + quote(prev)
    elif channel == "agent_reply":
        if rng.random() < 0.3:
            segs += lit(rng.choice(H.small["mgreet"][lang]) + " ")
        segs += R(pick(H, lang, "agent"))
        if rng.random() < 0.2:
            segs += lit(" " + rng.choice(H.small["mtail"][lang]))
        if rng.random() < 0.55:
            segs += lit("\n\n") + R(pick(H, lang, "agentsig"))
        if rng.random() < 0.22:
            segs += lit("\n\n") + RQ(pick(H, lang, "quote")) + lit("\n") + quote(R(pick(H, lang, "short")))
    elif channel in PUBLIC:
        if rng.random() < 0.55:
            segs += R(pick(H, lang, "public"))
        else:
            if rng.random() < 0.75:
                segs += R(("m", "{mention}")) + lit(" ")
            segs += R(pick(H, lang, "short"))
            if rng.random() < 0.45:
                segs += lit(" ") + R(("h", "{hashtag2}"))
    else:
        if rng.random() < 0.2:
            segs += lit(rng.choice(H.small["open"][lang]) + rng.choice([" ", "\n"]))
        segs += R(pick(H, lang, "short"))
        if rng.random() < 0.15:
            segs += lit(rng.choice(["\n", "\n\n", " "])) + R(pick(H, lang, "short"))
        if channel in ("whatsapp", "messenger", "instagram_dm", "telegram") and rng.random() < 0.25:
            for s in segs:
                if s[1] is None:
                    s[0] = s[0].lower()
    if rng.random() < 0.35:
        add_typos(segs, rng, rng.choice([1, 1, 2]))
    return segs


def assemble(segs):
    text, spans, negs, pos = [], [], [], 0
    for t, cat, typ, tid in segs:
        if cat == "span":
            spans.append({"type": typ, "start": pos, "end": pos + len(t), "_tid": tid})
        elif cat == "neg":
            negs.append({"kind": typ, "start": pos, "end": pos + len(t), "_tid": tid})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs


def check(rec):
    text = rec["text"]
    iv = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), rec["id"]
        v = text[a:b]
        assert v == v.strip() and v, (rec["id"], v)
        iv.append((a, b))
    iv.sort()
    for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
        assert b1 <= a2, (rec["id"], "overlap")
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            dg = "".join(c for c in v if c.isdigit())
            assert (len(dg) == 9 and V.bsn_ok(dg)) or (len(dg) == 11 and V.nrn_ok(dg)), (rec["id"], v)
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")


def gen_half(seed, half):
    H = Half(seed, half)
    name = ["dev", "heldout"][half]
    langs = [l for l, w in LANG_W for _ in range(w)]
    chans, cw = zip(*CHANNEL_W)
    out = []
    for i in range(PER_HALF):
        lang = H.rng.choice(langs)
        channel = H.rng.choices(chans, cw)[0]
        segs = build(H, lang, channel)
        text, spans, negs = assemble(segs)
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text, "spans": spans, "negatives": negs}
        check(rec)
        out.append(rec)
    return out


def stats(recs):
    st = {"messages": len(recs), "spans": Counter(), "span_tpl": defaultdict(set), "negs": Counter(),
          "channels": Counter(), "langs": Counter(), "email_len": []}
    for r in recs:
        st["channels"][r["channel"]] += 1
        st["langs"][r["lang"]] += 1
        if r["channel"] == "email":
            st["email_len"].append(len(r["text"].encode("utf-8")))
        for s in r["spans"]:
            st["spans"][s["type"]] += 1
            st["span_tpl"][s["type"]].add(s["_tid"])
        for n in r["negatives"]:
            st["negs"][n["kind"]] += 1
    return st


def table(title, rows, cols):
    lines = [f"| {title} | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def readme(seed, S):
    d, h = S
    span_types = sorted(set(d["spans"]) | set(h["spans"]))
    neg_kinds = sorted(set(d["negs"]) | set(h["negs"]))
    chans = sorted(set(d["channels"]) | set(h["channels"]))
    langs = sorted(set(d["langs"]) | set(h["langs"]))

    def emails(st):
        L = sorted(st["email_len"])
        inside = sum(1 for x in L if 500 <= x <= 2048)
        return f"{len(L)} e-mails, median {L[len(L) // 2]} bytes, {inside} between 0.5 and 2 KB"
    parts = [
        f"# Scrub corpus {DIR}: schools, childcare and education (written blind)",
        "",
        "This corpus was written blind: its author did not open, read, grep, list or run anything under `functions/`, "
        "`tests/unit/`, `bench/`, `docs/`, `infra/` or any other directory under `tests/scrub_corpus/` (other corpora, "
        "scorers, generators), did not read git history, and did not run any scrubber or scorer. Everything comes from "
        "public knowledge of how platforms format messages and how parents, students and staff write.",
        "",
        "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**",
        "",
        "## Emphasis",
        "Schools, childcare and education: parents writing to schools, creches, BSO/after-school care and childminders; "
        "student portals and learning platforms (Magister, SOMtoday, ParnasSys, Smartschool, Toledo/Moodle, ParentPay, "
        "Arbor, Tapestry, PowerSchool, Canvas, Brightwheel), DUO/Studielink/Student Finance/FAFSA style logins, exam boards "
        "(candidate numbers, ULN, UCAS ID), student and pupil numbers, tuition fees and direct debits (IBAN, mandate "
        "references), university admissions, driving schools and course providers. Writers are Dutch, Belgian (Dutch and "
        "French), UK and US; agent replies, e-mail signatures, disclaimers, forwarded headers and quoted history are included.",
        "",
        "## Generation",
        f"`python3 generate_blind.py --seed {seed}` (run inside `tests/scrub_corpus/{DIR}/`) writes `dev.jsonl`, "
        "`heldout.jsonl` and this README. Modules: `values.py` (value generators and validators), `pools.py` (filler "
        "pools), `tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language), `generate_blind.py` (assembly, self-check).",
        "",
        "## Split rule",
        "Templates are written in groups per language and kind (short chat, e-mail body, agent reply, public post, greeting, "
        "closing/signature, agent signature, quote header, forward header, disclaimer, chat openers, macro greetings/tails). "
        "Because the languages were written in parallel order, adjacent pairs (2k, 2k+1) of a group may be swapped once, by a "
        "fixed seed-independent greedy pass that balances label types between the halves (`order_groups`); then, "
        "within every group, even-indexed members go to dev and odd-indexed members to heldout, so no template, frame, "
        "greeting, signature or quote block is shared between the halves. Every filler pool (names, children, streets, "
        "cities, schools, organisations, agents, SSIDs, subjects, URLs, mentions, hashtags) is dealt the same way. Value "
        "generators (formats) are shared; each half draws from its own `random.Random(seed * 2 + half)`. Typos are "
        "injected only into literal template text (cue words included), never into labelled values or negatives.",
        "",
        "## Labelling conventions and judgement calls",
        "- Spans cover the value only (never the cue word, surrounding spaces or punctuation). Every occurrence is labelled, "
        "including repeats in agent replies and in quoted history (`> ` lines).",
        "- `customer_number` covers everything that identifies the customer/learner: student numbers (s1234567, KU Leuven "
        "r-numbers, ULB matricule, US student IDs), pupil numbers, exam candidate numbers (4 digits), ULN, UCAS Personal ID, "
        "Student Finance customer reference numbers, 30-hours childcare eligibility codes, childcare contract/dossier "
        "numbers, direct debit mandate references, customer/relation/account numbers.",
        "- `bsn` covers the Dutch BSN (11-proof) and the Belgian national register number (valid check digits, both the "
        "pre-2000 and post-2000 rule), for children and parents alike.",
        "- `pin` includes door, gate, keysafe, key box, daycare check-in and phone passcodes; `otp` includes codes dictated "
        "as words (`vier zeven ...`, `trois neuf ...`).",
        "- `username` is labelled only as a login name (next to a password or a login request); public @handles are "
        "`mention` negatives.",
        "- `api_key` includes vendor-prefixed keys and the AWS access key id and secret; `token` includes JWT/bearer, "
        "GitHub PATs, Google OAuth, Slack bot tokens and bare hex/alphanumeric session tokens.",
        "- Dates of birth are `date_of_birth`; all other dates (lessons, exams, payments, quote headers) are `date` negatives.",
        "- Payment references for tuition (Belgian gestructureerde mededeling / communication structurée, betalingskenmerk) "
        "are treated as `invoice_number` negatives; booking/confirmation numbers are `order_number`; police report and "
        "case numbers are `ticket_number`.",
        "- Organisation phone numbers in agent signatures are `company_phone`; KvK/BTW, Belgian enterprise numbers, UK "
        "company/VAT numbers and US EINs are `company_registration`. ISBNs of school books are `product_code`.",
        "- Masked values (`****1234`, `NL** **** **** 1234 56`, `j***@gmail.com`) are `masked_value` negatives.",
        "- Names, children's names, schools, cities alone, SSIDs and macro placeholders (`{first_name}` in agent macros, "
        "`[CODE]`, `<code>`) are not labelled.",
        "",
        "## Known limitations",
        "- Template-based: sentence frames repeat within a half with different values; no free-form long narratives.",
        "- Addresses are single-line; no multi-line address blocks spanning a line break.",
        "- No UK sort code/account pairs, National Insurance numbers or US SSNs/routing numbers (no label type for them).",
        "- Typos are simple (swap, drop, double, neighbouring key); code-switching between languages is rare.",
        "- Some 4-5 digit values (candidate numbers, pupil numbers, PINs) are only identifiable from their cue words.",
        "",
        "## Counts",
        "",
        table("half", [["messages", d["messages"], h["messages"]], ["e-mail sizes", emails(d), emails(h)]], ["dev", "heldout"]),
        "",
        table("span type", [[t, d["spans"][t], len(d["span_tpl"][t]), h["spans"][t], len(h["span_tpl"][t])] for t in span_types],
              ["dev spans", "dev templates", "heldout spans", "heldout templates"]),
        "",
        table("negative kind", [[k, d["negs"][k], h["negs"][k]] for k in neg_kinds], ["dev", "heldout"]),
        "",
        table("channel", [[c, d["channels"][c], h["channels"][c]] for c in chans], ["dev", "heldout"]),
        "",
        table("language", [[l, d["langs"][l], h["langs"][l]] for l in langs], ["dev", "heldout"]),
        "",
    ]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    S = []
    for half, name in ((0, "dev"), (1, "heldout")):
        recs = gen_half(a.seed, half)
        S.append(stats(recs))
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                r = dict(r, spans=[{k: v for k, v in s.items() if k != "_tid"} for s in r["spans"]],
                         negatives=[{k: v for k, v in n.items() if k != "_tid"} for n in r["negatives"]])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, S))
    print("ok", [s["messages"] for s in S])


if __name__ == "__main__":
    main()
