#!/usr/bin/env python3
"""Blind labelled webcare corpus blind96 (childcare, water/waste utilities, pet and travel insurance).

Usage: python3 generate_blind.py --seed 20261294
"""
import argparse
import json
import random
from collections import Counter, defaultdict

import values as V
from engine import Seg, render, quote
from pools import split_pools
import tpl_nl
import tpl_be
import tpl_en

PREFIX = "b96"
DIR = "blind96"
N_PER_HALF = 950

LANG_T = {
    "nl": dict(CHAT=tpl_nl.CHAT, OPENER=tpl_nl.OPENER, CLOSER=tpl_nl.CLOSER, PUBLIC=tpl_nl.PUBLIC, AGENT=tpl_nl.AGENT,
               EMAIL_BODY=tpl_nl.EMAIL_BODY, GREET=tpl_nl.GREET, CLOSE=tpl_nl.CLOSE, SIG=tpl_nl.SIG,
               QUOTE_HEAD=tpl_nl.QUOTE_HEAD, DISCLAIMER=tpl_nl.DISCLAIMER, AGENT_SIG=tpl_nl.AGENT_SIG),
    "nl-be": tpl_be.NLBE, "fr-be": tpl_be.FRBE, "en-gb": tpl_en.ENGB, "en-us": tpl_en.ENUS,
}
CONFIRM = {
    "nl": ["Ter controle, het gaat om {=x}?", "Ik heb {=x} genoteerd in je dossier.", "Klopt {=x}?", "We hebben {=x} gevonden in ons systeem."],
    "nl-be": ["Even checken: {=x}, klopt dat?", "We hebben {=x} genoteerd.", "Gaat het over {=x}?", "{=x} is aangepast in ons systeem."],
    "fr-be": ["Pour vérification : {=x}, c'est bien cela ?", "Nous avons noté {=x}.", "S'agit-il de {=x} ?", "{=x} a été mis à jour."],
    "en-gb": ["Just to confirm, that's {=x}?", "I've noted {=x} on your file.", "Is it {=x}?", "We've updated {=x} on our system."],
    "en-us": ["Just confirming: {=x}, correct?", "I've added {=x} to your case.", "Is that {=x}?", "{=x} has been updated in our system."],
}
SMS_PASTE = {
    "nl": ["[SMS] Uw verificatiecode is {$otp}. Deel deze code met niemand.", "Bericht van {%water}: je code is {$otp}", "Code: {$otp} (10 min geldig)", "{$otp} is je inlogcode voor {%portal}"],
    "nl-be": ["SMS: Uw code is {$otp}", "Je eenmalige code: {$otp}", "Code {$otp} - niet delen", "{$otp} is uw bevestigingscode"],
    "fr-be": ["SMS : Votre code est {$otp}", "Code de sécurité : {$otp}", "Votre code unique {$otp} expire dans 10 min", "{$otp} est votre code"],
    "en-gb": ["Text: Your verification code is {$otp}. Don't share it.", "Your code: {$otp}", "{$otp} is your login code", "Code {$otp} expires in 10 mins"],
    "en-us": ["SMS: Your code is {$otp}. Msg&data rates may apply", "Your one-time passcode: {$otp}", "{$otp} is your verification code", "Code: {$otp}"],
}
EXTRA_AGENT = {
    "nl": ["Hoi {%first}, het pakket met de nieuwe pas is verzonden, track & trace {!tracking}. Artikel {!product}. Betaald met {!masked}, {!pct} korting, checksum bon {!checksum}, poort {!port}. ^{%initials}",
           "Dag {%first}, we hebben {!pct} korting verwerkt. De download van de app (checksum {!checksum}) en poort {!port} staan in {!url}. Zending {!tracking}, artikel {!product}. Groet, {%agent}"],
    "nl-be": ["Dag {%first}, de nieuwe toegangskaart is onderweg, zending {!tracking}, artikel {!product}. Betaald met {!masked}, {!pct} korting (checksum {!checksum}, poort {!port}). {%agent}",
              "Hallo {%first}, er is {!pct} korting toegepast. Firmware van de slimme meter: checksum {!checksum}, poort {!port}. Zending {!tracking}, artikel {!product}. {%agent}"],
    "fr-be": ["Bonjour {%first}, la nouvelle carte est envoyée, suivi {!tracking}, article {!product}. Payé avec {!masked}, remise {!pct}, somme de contrôle {!checksum}, port {!port}. {%agent}",
              "Bonjour {%first}, une réduction de {!pct} a été appliquée. Somme de contrôle du fichier : {!checksum}, port {!port}. Suivi {!tracking}, article {!product}. {%agent}"],
    "en-gb": ["Hi {%first}, your new permit is on its way, tracking {!tracking}, item {!product}. Paid with {!masked}, {!pct} off, checksum {!checksum}, port {!port}. {%agent}",
              "Hi {%first}, we've applied a {!pct} discount. Firmware checksum {!checksum}, port {!port}. Tracking {!tracking}, item {!product}. {%agent}"],
    "en-us": ["Hi {%first}, your new cart tag shipped, tracking {!tracking}, item {!product}. Charged to {!masked}, {!pct} off, checksum {!checksum}, port {!port}. {%agent}",
              "Hi {%first}, a {!pct} credit was applied. File checksum {!checksum}, port {!port}. Tracking {!tracking}, item {!product}. {%agent}"],
}
EXTRA_ACCOUNT = {
    "nl": ["Wifi op de opvang: netwerk KDV-Ouders, sleutel {$wifi}. En mijn inlognaam voor het portaal is {$user}",
           "Wachtwoord ouderportaal: {$password}, gebruikersnaam {$user}. Wifi-sleutel thuis voor de oppas {$wifi}"],
    "nl-be": ["Netwerksleutel wifi van de opvang: {$wifi}, login ouderportaal {$user}",
              "Gebruikersnaam {$user} en paswoord {$password} voor het recyclagepark-portaal, wifi {$wifi}"],
    "fr-be": ["Clé wifi de la crèche : {$wifi}, identifiant portail {$user}",
              "Identifiant {$user}, mot de passe {$password}, et la clé wifi {$wifi}"],
    "en-gb": ["Username for the bin permit portal is {$user}, password {$password}",
              "login {$user} pw {$password}, and the nursery wifi key is {$wifi}"],
    "en-us": ["Brightwheel username {$user}, password {$password}",
              "username: {$user} / password: {$password} / home wifi for the sitter: {$wifi}"],
}
for _l, _T in LANG_T.items():
    _T["AGENT"] = list(_T["AGENT"]) + EXTRA_AGENT[_l]
    _T["CHAT"] = dict(_T["CHAT"])
    _T["CHAT"]["account"] = list(_T["CHAT"]["account"]) + EXTRA_ACCOUNT[_l]
LANG_W = [("nl", 0.333), ("nl-be", 0.167), ("fr-be", 0.167), ("en-gb", 0.167), ("en-us", 0.166)]
PRIVATE_CHAT = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]


def deal(lst, half):
    part = lst[half::2]
    if not part:
        raise SystemExit("group too small to deal: %r" % (lst,))
    return part


def half_templates(half):
    out = {}
    for lang, T in LANG_T.items():
        d = {}
        for k, v in T.items():
            if k == "CHAT":
                d[k] = {sit: [(lang + ":chat:" + sit + ":" + str(i * 2 + half), t) for i, t in enumerate(deal(lst, half))]
                        for sit, lst in v.items()}
            else:
                d[k] = [(lang + ":" + k + ":" + str(i * 2 + half), t) for i, t in enumerate(deal(v, half))]
        d["CONFIRM"] = [(lang + ":confirm:" + str(i * 2 + half), t) for i, t in enumerate(deal(CONFIRM[lang], half))]
        d["SMS"] = [(lang + ":sms:" + str(i * 2 + half), t) for i, t in enumerate(deal(SMS_PASTE[lang], half))]
        out[lang] = d
    return out


class Builder:
    def __init__(self, rng, ctx):
        self.rng = rng
        self.ctx = ctx
        self.typemap = defaultdict(set)

    def r(self, item, typo=0.0, bound=None):
        tid, tpl = item
        seg = render(tpl, self.rng, self.ctx, typo, bound)
        for sp in seg.spans:
            self.typemap[sp["type"]].add(tid)
        return seg

    def pick(self, lst):
        return self.rng.choice(lst)


def chat_body(b, T, typo):
    rng = b.rng
    sit = rng.choice(list(T["CHAT"].keys()))
    seg = Seg()
    if rng.random() < 0.35:
        seg.add(b.r(b.pick(T["OPENER"]), typo)).add(rng.choice([" ", "\n", " "]))
    main = b.r(b.pick(T["CHAT"][sit]), typo)
    seg.add(main)
    if rng.random() < 0.12:
        seg.add(rng.choice(["\n\n", "\n", " -- "])).add(b.r(b.pick(T["SMS"])))
    if rng.random() < 0.3:
        seg.add(rng.choice([" ", "\n", ". "])).add(b.r(b.pick(T["CLOSER"]), typo))
    return seg, sit


def agent_block(b, T, cust_seg=None):
    rng = b.rng
    seg = Seg()
    body = b.r(b.pick(T["AGENT"]))
    seg.add(body)
    if cust_seg is not None:
        cands = [s for s in cust_seg.spans if s["type"] not in ("password", "pin", "puk", "otp", "cvv", "wifi_key", "token", "api_key")]
        if cands and rng.random() < 0.8:
            s = rng.choice(cands)
            val = cust_seg.text[s["start"]:s["end"]]
            seg.add(" ").add(b.r(b.pick(T["CONFIRM"]), bound={"x": (val, s["type"], "span")}))
    return seg


def make_email(b, T, lang, typo):
    rng = b.rng
    seg = Seg()
    fwd = rng.random() < 0.12
    if fwd:
        seg.add(b.r(b.pick(T["QUOTE_HEAD"]))).add("\n\n")
    seg.add(b.r(b.pick(T["GREET"]), typo)).add("\n\n")
    if rng.random() < 0.6:
        body = b.r(b.pick(T["EMAIL_BODY"]), typo)
    else:
        body, _ = chat_body(b, T, typo)
        if rng.random() < 0.5:
            body.add("\n\n").add(chat_body(b, T, typo)[0])
    seg.add(body).add("\n\n").add(b.r(b.pick(T["CLOSE"]), typo)).add("\n").add(b.r(b.pick(T["SIG"])))
    if rng.random() < 0.8:
        hist = Seg()
        hist.add(b.r(b.pick(T["GREET"]))).add("\n\n").add(agent_block(b, T, body)).add("\n\n").add(b.r(b.pick(T["AGENT_SIG"])))
        if rng.random() < 0.4:
            inner = Seg().add(b.r(b.pick(T["QUOTE_HEAD"]))).add("\n").add(quote(chat_body(b, T, 0)[0]))
            hist.add("\n\n").add(inner)
        seg.add("\n\n").add(b.r(b.pick(T["QUOTE_HEAD"]))).add("\n").add(quote(hist))
    if rng.random() < 0.7:
        seg.add("\n\n").add(b.r(b.pick(T["DISCLAIMER"])))
    return seg


def make_message(b, T, lang):
    rng = b.rng
    typo = 0.25
    x = rng.random()
    if x < 0.30:
        return "email", make_email(b, T, lang, typo)
    if x < 0.48:
        seg = b.r(b.pick(T["PUBLIC"]), typo)
        return rng.choice(PUBLIC_CH), seg
    if x < 0.64:
        cust, _ = chat_body(b, T, 0)
        seg = agent_block(b, T, cust)
        if rng.random() < 0.35:
            seg.add("\n\n").add(b.r(b.pick(T["AGENT_SIG"])))
        if rng.random() < 0.3:
            seg.add("\n\n").add(quote(cust))
        return "agent_reply", seg
    seg, _ = chat_body(b, T, typo)
    if rng.random() < 0.15:
        seg.add("\n").add(chat_body(b, T, typo)[0])
    return rng.choice(PRIVATE_CHAT), seg


# ---------------------------------------------------------------- checks
def check(msg):
    t = msg["text"]
    occ = []
    for s in msg["spans"] + msg["negatives"]:
        a, e = s["start"], s["end"]
        assert 0 <= a < e <= len(t), (msg["id"], s)
        v = t[a:e]
        assert v == v.strip() and v.strip(",;:") == v and not v.endswith("."), (msg["id"], s, v)
        occ.append((a, e, s))
    occ.sort(key=lambda z: z[0])
    for (a1, e1, s1), (a2, e2, s2) in zip(occ, occ[1:]):
        assert e1 <= a2, ("overlap", msg["id"], s1, s2)
    for s in msg["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (msg["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (msg["id"], v)
        elif s["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.nrn_ok(v)), (msg["id"], v)
    assert msg["visibility"] == ("public" if msg["channel"] in PUBLIC_CH else "private")


def gen_half(seed, half):
    rng = random.Random(seed * 2 + half)
    T = half_templates(half)
    name = ["dev", "heldout"][half]
    msgs = []
    tmpl_by_type = defaultdict(set)
    langs = [l for l, _ in LANG_W]
    weights = [w for _, w in LANG_W]
    for i in range(N_PER_HALF):
        lang = rng.choices(langs, weights)[0]
        ctx = {"lang": lang, "pools": split_pools(lang, half)}
        b = Builder(rng, ctx)
        ch, seg = make_message(b, T[lang], lang)
        msg = {"id": "%s-%s-%05d" % (PREFIX, name, i), "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC_CH else "private", "text": seg.text,
               "spans": sorted(({"type": s["type"], "start": s["start"], "end": s["end"]} for s in seg.spans), key=lambda s: s["start"]),
               "negatives": sorted(({"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in seg.negs), key=lambda n: n["start"])}
        check(msg)
        for k, v in b.typemap.items():
            tmpl_by_type[k] |= v
        msgs.append(msg)
    return msgs, tmpl_by_type, T


def table(counter, head):
    lines = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda z: (-z[1], z[0])):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def readme(seed, halves):
    out = ["# Scrub corpus blind96: childcare, water & waste utilities, pet and travel insurance", "",
           "Written blind: the author did not open, read, list or run anything under `functions/`, `tests/unit/`, `bench/`, "
           "`docs/`, `infra/`, any other corpus directory under `tests/scrub_corpus/` (no other corpora, scorers or generators), "
           "and did not read git history. No scrubber or scorer was run. Values and phrasings come from public knowledge of "
           "how customers and agents write on these channels.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Childcare and daycare (parents' portal logins, child's details and national numbers, subsidy/benefit references: "
           "Dutch kinderopvangtoeslag, Flemish Groeipakket, Walloon allocations familiales, UK Tax-Free Childcare / 30 hours codes, "
           "US childcare assistance case numbers), water utilities and municipal waste collection (container RFID chips, "
           "recycling-park access passes, meter numbers and EAN codes), pet insurance and vets (policy numbers, microchips), "
           "travel insurance claims (policy numbers, booking references, foreign phone numbers and addresses abroad). Dutch, "
           "Belgian (Flemish and French), UK and US customers; all ten channels; typos; e-mail signatures, quoted history, "
           "forwarded headers, disclaimers; agent replies that repeat customer values.", "",
           "## Generation", "", "```", "python3 generate_blind.py --seed %d" % seed, "```", "",
           "Python 3.11 standard library only. Modules: `values.py` (labelled value generators + validators), `negs.py` "
           "(hard-negative generators), `pools.py` (filler pools), `tpl_nl.py`, `tpl_be.py`, `tpl_en.py` (templates), "
           "`engine.py` (rendering with offset tracking, quoting, typos).", "",
           "## Split rule", "",
           "Every template group (per language and kind: chat situation, opener, closer, public post, agent reply, e-mail body, "
           "greeting, closing, signature, quote header, disclaimer, agent signature, confirmation line, pasted SMS) is dealt "
           "alternately: even index to dev, odd to heldout. Every filler pool (names, streets, cities, brands, agents, mentions, "
           "hashtags, URLs, model numbers, company phones, pet names, destinations) is dealt the same way. Each half uses its own "
           "`random.Random(seed * 2 + half)`. Typos are injected only into literal template text, never into values.", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only (no cue word, no trailing punctuation). Every occurrence is labelled, including agent "
           "repeats and quoted history (`> ` prefixes shift offsets; a multi-line address inside a quote contains `\\n> `).",
           "- Container RFID chip numbers, recycling-park / tip / dump permit numbers, water meter serials, EAN connection codes, "
           "policy numbers, membership numbers, child/family IDs at the daycare, subsidy/benefit references (Groeipakket dossier, "
           "Tax-Free Childcare reference, 30-hours code, US subsidy case number) and pet microchip numbers are all labelled "
           "`customer_number` (they identify a customer or household).",
           "- Belgian national register numbers (also children's) are labelled `bsn`; check digits are valid (2000+ births use the '2' prefix rule).",
           "- Travel booking references / PNRs / confirmation codes are hard negatives of kind `order_number`; insurance claim "
           "and damage-file numbers are `ticket_number` negatives.",
           "- OTPs dictated as words (\"vier acht twee ...\", \"quatre ...\", \"four ...\") are labelled `otp` over the whole word run.",
           "- An e-mail address used as a login is labelled `email`, not `username`.",
           "- A pet's birth date is a `date` negative, not `date_of_birth`; children's birth dates are `date_of_birth`.",
           "- Company e-mail addresses in quote headers (example.* domains) are left unlabelled; organisation phone numbers "
           "are `company_phone` negatives; agent initials (`^AB`) and personal names are unlabelled.",
           "- Door/gate codes are labelled `pin`.", "",
           "## Known limitations", "",
           "- Template-based: sentence frames repeat within a half with different values; the number of frames per half is "
           "modest (see table).",
           "- Quoted history sometimes contains an agent reply that is unrelated to the customer's text above it.",
           "- Phone numbers and postcodes are synthetic and may not exist; UK postcodes are outward code + random inward code.",
           "- Dates in `dd-mm` versus `mm/dd` order follow the message language; some generated dates are implausible for context.",
           ""]
    for name, (msgs, tbt, T) in halves.items():
        out.append("## Counts: %s" % name)
        out.append("")
        out.append("Messages: %d" % len(msgs))
        out.append("")
        sc = Counter(s["type"] for m in msgs for s in m["spans"])
        lines = ["| span type | count | distinct templates |", "|---|---|---|"]
        for k, v in sorted(sc.items(), key=lambda z: (-z[1], z[0])):
            lines.append("| %s | %d | %d |" % (k, v, len(tbt[k])))
        out.append("\n".join(lines))
        out.append("")
        out.append(table(Counter(n["kind"] for m in msgs for n in m["negatives"]), "negative kind"))
        out.append("")
        out.append(table(Counter(m["channel"] for m in msgs), "channel"))
        out.append("")
        out.append(table(Counter(m["lang"] for m in msgs), "lang"))
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    halves = {}
    for half, name in enumerate(["dev", "heldout"]):
        msgs, tbt, T = gen_half(a.seed, half)
        with open(name + ".jsonl", "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        halves[name] = (msgs, tbt, T)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("wrote dev.jsonl (%d), heldout.jsonl (%d), README.md" % (len(halves["dev"][0]), len(halves["heldout"][0])))


if __name__ == "__main__":
    main()
