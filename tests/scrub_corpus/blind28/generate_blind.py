#!/usr/bin/env python3
"""Blind corpus generator for blind28 (cross-border customers).

    python3 generate_blind.py --seed 20261226

writes dev.jsonl and heldout.jsonl beside this file and refreshes the count
tables in README.md. Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core  # noqa: E402
import fillers as F  # noqa: E402
import templates_en  # noqa: E402
import templates_fr  # noqa: E402
import templates_nl  # noqa: E402
import templates_nlbe  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "B28"
HALVES = ("dev", "heldout")
PER_HALF = 950

LANG_W = {"nl": 30, "nl-be": 15, "fr-be": 20, "en-gb": 18, "en-us": 17}
REG_W = {"chat": 50, "public": 13, "agent": 12, "email": 25}
CHAT_CH = ["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
CHAT_CH_W = [34, 20, 10, 18, 18]
PUB_CH = ["x_public", "instagram_comment", "facebook_comment"]
EMOJI = ["🙏", "😡", "😩", "🙄", "😭", "👍", "‼️", "🤬", "😅", "✈️", "🇧🇪", "🇳🇱", "💳", "📱"]

# ---------------------------------------------------------------- templates


def all_templates():
    """Returns {lang: [(register, text)]} and {lang: frames}."""
    tpl = collections.defaultdict(list)
    frames = {}
    for reg, text in templates_nl.T:
        tpl["nl"].append((reg, text))
    for reg, text in templates_nlbe.T:
        tpl["nl-be"].append((reg, text))
    for reg, text in templates_fr.T:
        tpl["fr-be"].append((reg, text))
    for reg, var, text in templates_en.T:
        tpl["en-" + var].append((reg, text))
    for lang, mod in (("nl", templates_nl), ("nl-be", templates_nlbe), ("fr-be", templates_fr)):
        frames[lang] = {k: getattr(mod, k) for k in ("GREET", "CLOSE", "SIGN", "QHEAD", "QBODY")}
    for var in ("gb", "us"):
        frames["en-" + var] = {k: getattr(templates_en, k)[var] for k in ("GREET", "CLOSE", "SIGN", "QHEAD", "QBODY")}
    return tpl, frames


def literal_text(tpl, frames):
    """All template prose with placeholders removed (used to keep filler pools apart from it)."""
    parts = [t for v in tpl.values() for _, t in v]
    parts += [t for fr in frames.values() for v in fr.values() for t in v]
    return core.PH.sub(" | ", "\n".join(parts))


def primary(text):
    for m in core.PH.finditer(text):
        spec = m.group(1).split("@")[0].split(":")[0]
        if spec in core.SPAN_TYPES:
            return spec
    return "none"


def deal(tpl, frames):
    """Deal each group's members alternately to the halves.
    Group = (language, register, primary span type); frames grouped by (language, frame kind)."""
    halves = [collections.defaultdict(list), collections.defaultdict(list)]
    fr_halves = [collections.defaultdict(dict), collections.defaultdict(dict)]
    groups = collections.OrderedDict()
    for lang in sorted(tpl):
        for reg, text in tpl[lang]:
            groups.setdefault((lang, reg, primary(text)), []).append(text)
    flip = 0
    for key, members in groups.items():
        lang, reg, _ = key
        for i, text in enumerate(members):
            h = (i + flip) % 2
            halves[h][(lang, reg)].append(text)
        flip ^= len(members) % 2  # keep singletons balanced
    for lang in sorted(frames):
        for kind, members in frames[lang].items():
            for h in (0, 1):
                fr_halves[h][lang][kind] = members[h::2] or members[:1]
    # no template text may be shared between halves
    s0 = {t for v in halves[0].values() for t in v}
    s1 = {t for v in halves[1].values() for t in v}
    assert not (s0 & s1), "template shared between halves"
    for lang in frames:
        for kind in frames[lang]:
            a, b = set(fr_halves[0][lang][kind]), set(fr_halves[1][lang][kind])
            if len(frames[lang][kind]) > 1:
                assert not (a & b), (lang, kind)
    return halves, fr_halves

# ---------------------------------------------------------------- fillers

PASSPORT = {
    "nl": lambda r: core.alnum(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + core.alnum(r, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + core.digits(r, 1),
    "de": lambda r: core.alnum(r, 9, "CFGHJKLMNPRTVWXYZ0123456789"),
    "uk": lambda r: core.digits(r, 9, True),
    "us": lambda r: r.choice(["", "A", "C"]) + core.digits(r, 8 if r.random() < 0.5 else 9, True),
    "fr": lambda r: core.digits(r, 2) + core.alnum(r, 2, string.ascii_uppercase) + core.digits(r, 5),
    "pl": lambda r: core.alnum(r, 2, string.ascii_uppercase) + core.digits(r, 7),
    "be": lambda r: core.alnum(r, 2, string.ascii_uppercase) + core.digits(r, 6),
    "es": lambda r: core.digits(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
}


def make_fillers(rng, pools, lang, ident=None):
    fam = core.lang_family(lang)
    abroad = {"nl": F.ABROAD, "fr": F.ABROAD_FR, "en": F.ABROAD_EN}[fam]

    def fill(name, style):
        b = pools["brands"]
        if ident and name in ident:
            return ident[name]
        if name == "name":
            return rng.choice(pools["first"])
        if name == "last":
            return rng.choice(pools["last"])
        if name == "fullname":
            return rng.choice(pools["first"]) + " " + rng.choice(pools["last"])
        if name == "agent":
            return rng.choice(pools["agent"])
        if name == "abroad":
            return abroad[rng.choice(pools["abroad"])]
        if name == "ssid":
            return rng.choice(pools["ssids"])
        if name == "passport":
            return PASSPORT[style or "nl"](rng)
        if name == "hotel":
            return rng.choice(pools["hotels"])
        if name == "domain":
            brand = rng.choice(b["bank"] + b["telco"] + b["energy"])
            return re.sub(r"[^a-z]", "", brand.lower()) + rng.choice([".nl", ".be", ".com", ".eu"])
        if name in b:
            return rng.choice(b[name])
        raise KeyError(name)
    return fill

# ---------------------------------------------------------------- building


class Builder:
    def __init__(self, half, seed, literal):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = F.pools_for(half, literal)
        self.gen = core.Gen(self.rng, self.pools)
        self.phrasings = collections.defaultdict(set)  # span type -> template ids
        self.uses = collections.Counter()

    def pick(self, cands, k=1):
        """Pick k distinct templates, preferring the least used ones (keeps usage even)."""
        order = sorted(cands, key=lambda t: (self.uses[t], self.rng.random()))
        out = order[:k]
        for t in out:
            self.uses[t] += 1
        return out

    def render(self, tid, text, lang, ident=None):
        m = core.render(text, self.gen, lang, make_fillers(self.rng, self.pools, lang, ident))
        for k, _, lab in m.segs:
            if k == "span":
                self.phrasings[lab].add(tid)
        return m

    def noise(self, m, reg, lang):
        r = self.rng
        if reg in ("chat", "public"):
            x = r.random()
            if x < 0.28:
                core.map_lits(m, str.lower)
            elif x < 0.32:
                core.map_lits(m, str.upper, fills=False)
            n = r.choices([0, 1, 2], [50, 35, 15])[0]
            core.add_typos(r, m, n)
            if r.random() < 0.2 and m.segs and m.segs[-1][0] == "lit":
                k, s, l = m.segs[-1]
                s2 = s.rstrip(".!?")
                if s2.strip():
                    m.segs[-1] = (k, s2, l)
            if r.random() < 0.15:
                m.lit(" " + r.choice(EMOJI) * r.choice([1, 1, 2, 3]))
        elif reg == "email":
            core.add_typos(r, m, r.choices([0, 1, 2], [65, 28, 7])[0])
        elif reg == "agent" and r.random() < 0.05:
            core.add_typos(r, m, 1)

    def email(self, lang, pool, frames):
        r = self.rng
        bodies = pool.get((lang, "ebody"), [])
        ctxs = pool.get((lang, "ectx"), [])
        fr = frames[lang]
        for _attempt in range(30):
            first, last = r.choice(self.pools["first"]), r.choice(self.pools["last"])
            ident = {"name": first, "last": last, "fullname": f"{first} {last}"}
            m = core.Msg()
            parts = []
            parts.append(("G", r.choice(fr["GREET"])))
            body_opts = list(reversed(self.pick(bodies, 2)))
            ctx_opts = list(reversed(self.pick(ctxs, 2))) if ctxs else []
            if ctx_opts and r.random() < 0.35:
                parts.append(("C", ctx_opts.pop()))
            parts.append(("B", body_opts.pop()))
            if ctx_opts and r.random() < 0.6:
                parts.append(("C", ctx_opts.pop()))
            parts.append(("E", r.choice(fr["CLOSE"]) + "\n" + r.choice(fr["SIGN"])))
            pieces = []
            for i, (kind, text) in enumerate(parts):
                if kind == "E":
                    close, sign = text.split("\n", 1)
                    pieces.append((core.Msg().lit(close + "\n"), None))
                    pieces.append((self.render(("SIGN", lang, sign), sign, lang, ident), None))
                else:
                    pieces.append((self.render((kind, lang, text), text, lang, ident), "\n\n"))
            for pm, sep in pieces:
                m.extend(pm)
                if sep:
                    m.lit(sep)
            self.noise(m, "email", lang)
            if r.random() < 0.35:
                qh = r.choice(fr["QHEAD"])
                qb = r.choice(fr["QBODY"])
                m.lit("\n\n")
                m.extend(self.render(("QHEAD", lang, qh), qh, lang))
                m.lit("\n")
                m.extend(core.quote(self.render(("QBODY", lang, qb), qb, lang, ident)))
            elif len(body_opts) > 0 and r.random() < 0.25:
                # second body paragraph (another issue in the same mail)
                t = body_opts.pop()
                extra = self.render(("B", lang, t), t, lang, ident)
                idx = len(pieces[0][0].segs) + 1
                m.segs[idx:idx] = extra.segs + [("lit", "\n\n", None)]
            text, _, _ = m.text_and_labels()
            if 500 <= len(text.encode("utf-8")) <= 2048:
                return m
        return m

    def message(self, idx, pool, frames):
        r = self.rng
        lang = r.choices(list(LANG_W), list(LANG_W.values()))[0]
        reg = r.choices(list(REG_W), list(REG_W.values()))[0]
        if reg == "email":
            m = self.email(lang, pool, frames)
            ch = "email"
        else:
            cands = pool.get((lang, reg)) or pool[(lang, "chat")]
            if not pool.get((lang, reg)):
                reg = "chat"
            text = self.pick(cands)[0]
            m = self.render((reg, lang, text), text, lang)
            self.noise(m, reg, lang)
            if reg == "chat":
                ch = r.choices(CHAT_CH, CHAT_CH_W)[0]
            elif reg == "public":
                ch = r.choice(PUB_CH)
            else:
                ch = "agent_reply"
        text, spans, negs = m.text_and_labels()
        rec = {"id": f"{PREFIX}-{HALVES[self.half]}-{idx:05d}", "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUB_CH else "private", "text": text,
               "spans": spans, "negatives": negs}
        core.check_record(rec)
        return rec

# ---------------------------------------------------------------- stats


def stats(recs, phrasings):
    st = {}
    st["messages"] = len(recs)
    st["no_span"] = sum(1 for r in recs if not r["spans"])
    st["high_risk"] = sum(1 for r in recs if any(s["type"] in core.HIGH_RISK for s in r["spans"]))
    st["hard_neg"] = sum(1 for r in recs if r["negatives"])
    st["email_500_2k"] = sum(1 for r in recs if r["channel"] == "email" and 500 <= len(r["text"].encode()) <= 2048)
    st["spans"] = collections.Counter(s["type"] for r in recs for s in r["spans"])
    st["phr"] = {k: len(v) for k, v in phrasings.items()}
    st["negs"] = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
    st["channels"] = collections.Counter(r["channel"] for r in recs)
    st["langs"] = collections.Counter(r["lang"] for r in recs)
    return st


def stats_md(sts):
    d, h = sts
    out = ["| | dev | heldout |", "|---|---:|---:|"]
    for k, lab in (("messages", "messages"), ("no_span", "messages without spans"),
                   ("high_risk", "messages with a high-risk span"), ("hard_neg", "messages with a hard negative"),
                   ("email_500_2k", "e-mails of 0.5-2 KB")):
        out.append(f"| {lab} | {d[k]} | {h[k]} |")
    out += ["", "Spans per type (count / distinct phrasings carrying the type):", "",
            "| type | dev | dev phrasings | heldout | heldout phrasings |", "|---|---:|---:|---:|---:|"]
    for t in sorted(core.SPAN_TYPES, key=lambda t: (t not in core.HIGH_RISK, t)):
        out.append(f"| {t} | {d['spans'][t]} | {d['phr'].get(t, 0)} | {h['spans'][t]} | {h['phr'].get(t, 0)} |")
    out += ["", "Negatives per kind:", "", "| kind | dev | heldout |", "|---|---:|---:|"]
    for k in sorted(core.NEG_KINDS):
        out.append(f"| {k} | {d['negs'][k]} | {h['negs'][k]} |")
    out += ["", "Channels:", "", "| channel | dev | heldout |", "|---|---:|---:|"]
    for k in sorted(set(d["channels"]) | set(h["channels"])):
        out.append(f"| {k} | {d['channels'][k]} | {h['channels'][k]} |")
    out += ["", "Languages:", "", "| lang | dev | heldout |", "|---|---:|---:|"]
    for k in LANG_W:
        out.append(f"| {k} | {d['langs'][k]} | {h['langs'][k]} |")
    return "\n".join(out)

# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261226)
    args = ap.parse_args()
    tpl, frames = all_templates()
    pools, fr_halves = deal(tpl, frames)
    literal = literal_text(tpl, frames)
    sts = []
    texts = []
    for half in (0, 1):
        b = Builder(half, args.seed, literal)
        recs = [b.message(i, pools[half], fr_halves[half]) for i in range(PER_HALF)]
        st = stats(recs, b.phrasings)
        missing_t = core.SPAN_TYPES - set(st["spans"])
        missing_n = core.NEG_KINDS - set(st["negs"])
        if missing_t or missing_n:
            raise SystemExit(f"{HALVES[half]}: missing span types {missing_t} / negative kinds {missing_n}")
        with open(os.path.join(HERE, f"{HALVES[half]}.jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        sts.append(st)
        texts.append(recs)
    # fillers must not cross halves
    p0, p1 = F.pools_for(0, literal), F.pools_for(1, literal)
    for k in ("first", "last", "agent", "handles", "hashtags", "hotels", "ssids"):
        assert not (set(p0[k]) & set(p1[k])), k
    for k in p0["streets"]:
        assert not (set(p0["streets"][k]) & set(p1["streets"][k])), k
    for k in p0["brands"]:
        assert not (set(p0["brands"][k]) & set(p1["brands"][k])), k
    md = stats_md(sts)
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        s = open(readme, encoding="utf-8").read()
        s = re.sub(r"(<!-- STATS -->\n).*?(<!-- /STATS -->)", lambda m: m.group(1) + md + "\n" + m.group(2), s, flags=re.S)
        open(readme, "w", encoding="utf-8").write(s)
    print(md)


if __name__ == "__main__":
    main()
