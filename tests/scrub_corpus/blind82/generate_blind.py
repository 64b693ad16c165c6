#!/usr/bin/env python3
"""Blind webcare PII corpus generator (blind82). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261280
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import engine as E  # noqa: E402
import pools as P  # noqa: E402
import templates_be as TB  # noqa: E402
import templates_en as TE  # noqa: E402
import templates_nl as TN  # noqa: E402
import values as V  # noqa: E402

PREFIX = "b82"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 29), ("agent_reply", 15), ("x_public", 7), ("facebook_comment", 7), ("instagram_comment", 4),
            ("x_dm", 6), ("instagram_dm", 4), ("messenger", 9), ("whatsapp", 14), ("telegram", 5)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHAT = {"x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"}


def lang_templates(lang):
    """Return {group: [(template_id, template), ...]} for a language (undealt)."""
    if lang == "nl":
        fam, src = "nl", TN.T
    elif lang == "nl-be":
        fam, src = "nl-be", TB.NLBE
    elif lang == "fr-be":
        fam, src = "fr-be", TB.FRBE
    else:
        fam, src = "en", TE.merged(lang)
    out = {}
    for g, lst in src.items():
        f = lang if g.endswith("_x") else fam
        out[g] = [("%s:%s:%d" % (f, g, i), t) for i, t in enumerate(lst)]
    return out


def dealt_templates(lang, half):
    return {g: P.deal(lst, half) for g, lst in lang_templates(lang).items()}


class Builder:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.T = {l: dealt_templates(l, half) for l, _ in LANGS}
        self.pools = {l: P.pools_for(l, half) for l, _ in LANGS}
        for l in self.T:
            for g, lst in self.T[l].items():
                assert lst, (l, g, half)

    def pick(self, lang, group):
        rng = self.rng
        T = self.T[lang]
        if group + "_x" in T and rng.random() < 0.2:
            group = group + "_x"
        return T[group][rng.randrange(len(T[group]))]

    def r(self, ctx, lang, group, typos=True):
        tid, tpl = self.pick(lang, group)
        return E.render(ctx, tpl, tid, typos=typos)

    # ------------------------------------------------------------ message kinds
    def chat(self, ctx, lang, channel):
        rng = self.rng
        seg = E.Seg()
        op = self.r(ctx, lang, "open")
        sep = rng.choice([" ", "\n", " ", "\n\n"]) if channel != "whatsapp" else rng.choice(["\n", " "])
        if op.text:
            seg.add(op).lit(sep)
        seg.add(self.r(ctx, lang, "chat"))
        if rng.random() < 0.15:
            seg.lit(rng.choice(["\n", " ", "\n\n"])).add(self.r(ctx, lang, "chat"))
        cl = self.r(ctx, lang, "close")
        if cl.text:
            seg.lit(rng.choice([" ", "\n", "\n", ". "])).add(cl)
        return seg

    def public(self, ctx, lang):
        rng = self.rng
        if rng.random() < 0.2:
            seg = E.render(ctx, "{mention} ", "pub-mention", typos=False)
            return seg.add(self.r(ctx, lang, "chat"))
        return self.r(ctx, lang, "public")

    def agent(self, ctx, lang):
        rng = self.rng
        seg = self.r(ctx, lang, "agent")
        x = rng.random()
        if x < 0.3:
            seg.lit("\n\n").add(self.r(ctx, lang, "agent_sig"))
        if rng.random() < 0.22:
            hdr = self.r(ctx, lang, "quote_hdr")
            q = self.chat(ctx, lang, "messenger")
            seg.lit("\n\n").add(hdr).lit("\n").add(E.quote(q))
        return seg

    def email(self, ctx, lang):
        rng = self.rng
        seg = E.Seg()
        seg.add(self.r(ctx, lang, "greet")).lit("\n\n")
        if rng.random() < 0.8:
            tid, tpl = self.pick(lang, "email_body")
        else:
            tid, tpl = self.pick(lang, "chat")
        ctx.record = []
        body = E.render(ctx, tpl, tid)
        recorded, ctx.record = ctx.record, None
        seg.add(body)
        paras = self.T[lang]["para"]
        k = rng.choice([1, 1, 2, 2, 3]) if len(body.text) < 420 else rng.choice([0, 1, 1, 2])
        for tid_p, tpl_p in rng.sample(paras, min(k, len(paras))):
            seg.lit(rng.choice(["\n\n", " "])).add(E.render(ctx, tpl_p, tid_p))
        seg.lit("\n\n").add(self.r(ctx, lang, "signoff")).lit("\n").add(self.r(ctx, lang, "sig"))
        x = rng.random()
        if x < 0.45:
            # quoted reply from the organisation
            seg.lit("\n\n").add(self.r(ctx, lang, "quote_hdr")).lit("\n")
            q = self.r(ctx, lang, "agent")
            q.lit("\n\n").add(self.r(ctx, lang, "agent_sig"))
            seg.add(E.quote(q))
        elif x < 0.68:
            # quoting own earlier mail: same values, repeated
            seg.lit("\n\n").add(self.r(ctx, lang, "self_hdr")).lit("\n")
            ctx.replay = list(recorded)
            again = E.render(ctx, tpl, tid, typos=False)
            ctx.replay = None
            seg.add(E.quote(again))
        if rng.random() < 0.3:
            seg.lit("\n\n").add(self.r(ctx, lang, "disclaimer"))
        return seg

    def message(self, idx):
        rng = self.rng
        lang = rng.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        typo_rate = rng.choice([0.0, 0.0, 0.0, 0.02, 0.04, 0.07])
        ctx = E.Ctx(rng, lang, self.pools[lang], typo_rate)
        if channel == "email":
            seg = self.email(ctx, lang)
        elif channel == "agent_reply":
            seg = self.agent(ctx, lang)
        elif channel in PUBLIC:
            seg = self.public(ctx, lang)
        else:
            seg = self.chat(ctx, lang, channel)
        # strip outer whitespace safely
        lead = len(seg.text) - len(seg.text.lstrip())
        if lead:
            seg.text = seg.text[lead:]
            seg.spans = [(t, s - lead, e - lead, tid) for t, s, e, tid in seg.spans]
            seg.negs = [(k, s - lead, e - lead) for k, s, e in seg.negs]
        seg.text = seg.text.rstrip()
        half = "dev" if self.half == 0 else "heldout"
        rec = {
            "id": "%s-%s-%05d" % (PREFIX, half, idx),
            "channel": channel,
            "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private",
            "text": seg.text,
            "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(seg.spans, key=lambda x: x[1])],
            "negatives": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(seg.negs, key=lambda x: x[1])],
        }
        check(rec)
        return rec, [(t, tid) for t, _, _, tid in seg.spans]


# ---------------------------------------------------------------- self-check
def check(rec):
    text = rec["text"]
    ivs = []
    for sp in rec["spans"]:
        ivs.append((sp["start"], sp["end"], "span:" + sp["type"]))
    for ng in rec["negatives"]:
        ivs.append((ng["start"], ng["end"], "neg:" + ng["kind"]))
    for s, e, what in ivs:
        if not (0 <= s < e <= len(text)):
            raise AssertionError("%s: %s out of range" % (rec["id"], what))
        v = text[s:e]
        if v != v.strip():
            raise AssertionError("%s: %s has surrounding whitespace %r" % (rec["id"], what, v))
    ivs.sort()
    for a, b in zip(ivs, ivs[1:]):
        if b[0] < a[1]:
            raise AssertionError("%s: overlap %r %r" % (rec["id"], a, b))
    for sp in rec["spans"]:
        v = text[sp["start"]:sp["end"]]
        digits = "".join(c for c in v if c.isdigit())
        if sp["type"] == "card" and not V.luhn_ok(v):
            raise AssertionError("%s: bad Luhn %r" % (rec["id"], v))
        if sp["type"] == "iban" and not V.iban_ok(v):
            raise AssertionError("%s: bad IBAN %r" % (rec["id"], v))
        if sp["type"] == "bsn":
            ok = V.bsn_ok(v) if len(digits) == 9 else V.rrn_ok(v)
            if not ok:
                raise AssertionError("%s: bad BSN/RRN %r" % (rec["id"], v))


# ---------------------------------------------------------------- README
def table(title, counter, extra=None):
    lines = ["", "| %s | dev | heldout |" % title, "|---|---|---|"]
    keys = sorted(set(counter[0]) | set(counter[1]))
    for k in keys:
        if extra:
            lines.append("| %s | %d (%d tpl) | %d (%d tpl) |" % (k, counter[0][k], len(extra[0][k]), counter[1][k], len(extra[1][k])))
        else:
            lines.append("| %s | %d | %d |" % (k, counter[0][k], counter[1][k]))
    return lines


def write_readme(path, seed, stats):
    L = []
    L.append("# Scrub corpus blind82 - healthcare, pharmacies, pensions and insurance claims")
    L.append("")
    L.append("Written blind: the author did not open, read, list or run anything under `functions/`, `tests/unit/`, `bench/`, "
             "`docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, scorers, generators), nor the "
             "git history. No scrubber or scorer was run. Everything was written from public knowledge of how platforms format "
             "messages and how people write.")
    L.append("")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**")
    L.append("")
    L.append("## Emphasis")
    L.append("")
    L.append("Patients writing to GP practices, hospitals, pharmacies and health insurers (repeat prescriptions, patient portals "
             "and their logins, member/policy numbers, reimbursement IBANs), pension funds and annuity providers, and car/home "
             "insurance claims after accidents and burglaries (alarm and keysafe codes, claim numbers). Writers are Dutch, "
             "Belgian (Dutch and French), UK and US; agent replies, agent signatures, e-mail signatures and quoted history included.")
    L.append("")
    L.append("## Generation")
    L.append("")
    L.append("```\ncd tests/scrub_corpus/blind82\npython3 generate_blind.py --seed %d\n```" % seed)
    L.append("")
    L.append("Modules: `values.py` (value generators with Luhn / mod-97 / 11-proof / Belgian national-number checks), "
             "`pools.py` (filler pools), `templates_nl.py`, `templates_be.py`, `templates_en.py` (templates per language), "
             "`engine.py` (renderer), `generate_blind.py` (composition, self-check, README).")
    L.append("")
    L.append("## Split rule")
    L.append("")
    L.append("Templates are written in groups (language x kind: openers, chat cores, e-mail bodies, extra paragraphs, "
             "greetings, sign-offs, customer signatures, quote headers, disclaimers, public posts, agent replies, agent "
             "signatures; English GB/US extras are their own groups). Each group is dealt alternately: even index to dev, odd "
             "to heldout. Every filler pool (first/last names, streets, cities, brands per category, drugs, agents, mentions, "
             "hashtags, URLs, device models) is dealt the same way. Half h uses `random.Random(seed * 2 + h)`. Typos are "
             "injected only into literal template text, never into labelled or negative values.")
    L.append("")
    L.append("## Labelling conventions and judgement calls")
    L.append("")
    for s in [
        "Spans cover the value only, never the cue word; every occurrence is labelled, including repeats by agents and in quoted history (`> `).",
        "Belgian national register numbers (rijksregisternummer / INSZ / NISS) are labelled `bsn`, formats with and without dots/dashes.",
        "Policy numbers, member/affiliation numbers (ziekenfonds, mutualité, US member ID), patient numbers, pension plan/participant numbers, UK NHS numbers (valid mod-11) and US Medicare MBIs are `customer_number`.",
        "Claim numbers, schadenummers, police report numbers (PV/proces-verbaal) and dossier/case numbers are `ticket_number` negatives; declaration/claim refs are never labelled as spans.",
        "Alarm codes, keysafe/sleutelkluis codes, prescription-locker PINs and SIM PINs are `pin`.",
        "One-time codes dictated as words (\"vier acht twee ...\") are `otp`, the span covers the words.",
        "AWS secret access keys are `api_key` (like the key id). Password-reset link tokens and session tokens are `token`.",
        "Multi-line signature addresses do not occur: addresses are single-line values; an address written as street only is still `address`.",
        "Company service numbers (0800/088/0900, 078, 0345, 1-800...) are `company_phone` negatives; personal phone numbers in public posts are still spans.",
        "Masked values (****1234, NL** ... 34 56, j****@...) are `masked_value` negatives. Medication doses and pack sizes are `quantity` negatives.",
        "Dates of birth are labelled; appointment, claim and incident dates are `date` negatives (same formats, recent years).",
        "Personal names, cities alone, SSIDs (e.g. 'Zorg-Gast'), agent names/initials are not labelled.",
    ]:
        L.append("- " + s)
    L.append("")
    L.append("## Known limitations")
    L.append("")
    for s in [
        "Synthetic template text: phrasing variety is bounded by the number of templates (see counts below), although openers, closers, paragraphs, signatures and quote blocks are combined freely.",
        "Values are random and may be implausible in detail (e.g. postcode/city pairs, area codes); check digits are valid where the brief requires.",
        "English core templates are shared between en-gb and en-us (value formats differ by language); only small GB/US-specific groups exist.",
        "Organisation e-mail addresses are avoided entirely, so the corpus says nothing about them.",
        "No images, attachments or HTML e-mail; e-mails are plain text.",
    ]:
        L.append("- " + s)
    L.append("")
    L.append("## Counts")
    L += table("messages", stats["n"])
    L += table("span type", stats["spans"], stats["span_tpl"])
    L += table("negative kind", stats["negs"])
    L += table("channel", stats["chan"])
    L += table("language", stats["lang"])
    L.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=N_PER_HALF)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {k: [collections.Counter(), collections.Counter()] for k in ("n", "spans", "negs", "chan", "lang")}
    stats["span_tpl"] = [collections.defaultdict(set), collections.defaultdict(set)]
    for half, name in ((0, "dev.jsonl"), (1, "heldout.jsonl")):
        b = Builder(half, args.seed)
        with open(os.path.join(here, name), "w", encoding="utf-8") as fh:
            for i in range(args.n):
                rec, tids = b.message(i)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                stats["n"][half]["messages"] += 1
                stats["chan"][half][rec["channel"]] += 1
                stats["lang"][half][rec["lang"]] += 1
                for sp in rec["spans"]:
                    stats["spans"][half][sp["type"]] += 1
                for ng in rec["negatives"]:
                    stats["negs"][half][ng["kind"]] += 1
                for t, tid in tids:
                    stats["span_tpl"][half][t].add(tid)
    write_readme(os.path.join(here, "README.md"), args.seed, stats)
    print("ok", dict(stats["n"][0]), dict(stats["n"][1]))


if __name__ == "__main__":
    main()
