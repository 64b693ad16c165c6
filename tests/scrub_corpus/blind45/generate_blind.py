#!/usr/bin/env python3
"""Blind labelled webcare corpus blind45 (developers / IT admins / webshop owners vs. SaaS, hosting,
domain, cloud, payment and e-commerce support).  Python 3.11 standard library only.

    python3 generate_blind.py --seed 20261243
"""
import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
import random

import values as V
import pools as P
from codeblocks import CODE
from templates_nl import T as T_NL
from templates_vl import T as T_VL
from templates_fr import T as T_FR
from templates_en import T as T_EN

PREFIX = "b45"
N_PER_HALF = 950
HALVES = ("dev", "heldout")
FAMILY = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
TEMPLATES = {"nl": T_NL, "vl": T_VL, "fr": T_FR, "en": T_EN}
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
CHAT_CH = ["x_dm", "whatsapp", "messenger", "telegram", "instagram_dm"]
CHANNEL_W = [("email", 30), ("agent_reply", 14), ("x_public", 9), ("x_dm", 10), ("whatsapp", 9), ("messenger", 7),
             ("telegram", 5), ("instagram_dm", 4), ("facebook_comment", 7), ("instagram_comment", 5)]
LANG_W = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
SITU_W = [("leak", 14), ("login", 14), ("db", 7), ("twofa", 9), ("billing", 10), ("kyc", 6), ("webhook", 7),
          ("domain", 6), ("negonly", 14), ("office", 5), ("contact", 6)]
SITU_CODE = {"leak": ["env", "curl", "config"], "login": ["log", "config"], "db": ["env", "config", "trace"],
             "webhook": ["log", "trace", "curl"], "domain": ["dns"], "negonly": ["log", "trace", "build"]}
TOK = re.compile(r"\{\{([~!]?)([a-z_]+)(?::([a-z0-9_]+))?(?:#(\d+))?\}\}")


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def deal(lst, half):
    """Alternate dealing: even index -> dev (0), odd -> heldout (1)."""
    out = lst[half::2]
    if not out:
        raise SystemExit(f"pool too small to split: {lst!r}")
    return out


def split_everything(half):
    tpl = {}
    for fam, T in TEMPLATES.items():
        d = {}
        for key, val in T.items():
            if key == "cust":
                d["cust"] = {s: [(f"{fam}/cust/{s}/{i}", t) for i, t in enumerate(lst)][half::2] for s, lst in val.items()}
            else:
                d[key] = [(f"{fam}/{key}/{i}", t) for i, t in enumerate(val)][half::2]
        tpl[fam] = d
    code = {k: [(f"code/{k}/{i}", t) for i, t in enumerate(v)][half::2] for k, v in CODE.items()}
    pools = {k: deal(v, half) for k, v in P.POOLS.items()}
    pools["first"] = {k: deal(v, half) for k, v in P.FIRST.items()}
    pools["last"] = {k: deal(v, half) for k, v in P.LAST.items()}
    return tpl, code, pools


# ---------------------------------------------------------------- typos (literal text only)

def typo(rng, s):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.7:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


class Msg:
    def __init__(self, rng, loc, ctx, pools, typo_rate=0.0, lower=False):
        self.rng, self.loc, self.ctx, self.pools = rng, loc, ctx, pools
        self.parts, self.n = [], 0
        self.spans, self.negs = [], []
        self.typo_rate, self.lower = typo_rate, lower
        self.tids = set()
        self.oneline = False

    def lit(self, s, mutate=True):
        if mutate and s:
            if self.lower:
                s = s.lower()
            if self.rng.random() < self.typo_rate:
                s = typo(self.rng, s)
        self.parts.append(s)
        self.n += len(s)

    def value(self, kind, v, is_span, tid):
        if self.oneline:
            v = v.replace("\n", ", ")
        if v != v.strip() or not v:
            raise AssertionError(f"value with surrounding white space: {v!r}")
        (self.spans if is_span else self.negs).append(
            {("type" if is_span else "kind"): kind, "start": self.n, "end": self.n + len(v), "_tid": tid})
        self.parts.append(v)
        self.n += len(v)

    def gen_span(self, typ, var, k):
        ctx = self.ctx
        key = ("s", typ, var, k)
        if key in ctx:
            return ctx[key]
        if var is None and k is None:
            for kk, vv in ctx.items():
                if isinstance(kk, tuple) and kk[0] == "s" and kk[1] == typ:
                    return vv
        if typ == "address":
            v = V.address(self.rng, ctx, var, self.loc, self.pools)
        else:
            v = V.SPAN_GENS[typ](self.rng, ctx, var, self.loc)
        ctx[key] = v
        return v

    def gen_neg(self, kind, var, k):
        key = ("n", kind, var, k)
        if key not in self.ctx:
            self.ctx[key] = P.neg_value(kind, var, self.rng, self.ctx, self.loc, self.pools)
        return self.ctx[key]

    def filler(self, name):
        c = self.ctx
        table = {"first": c["_first"], "last": c["_last"], "name": c["_first"] + " " + c["_last"],
                 "agent": c["_agent"], "agentinit": c["_agent"][:2].upper(), "vendor": c["_vendor"],
                 "vendordomain": c["_vendordomain"], "shop": c["_shop"], "shopslug": c["_shopslug"],
                 "ssid": c["_ssid"], "city": c["_city"]}
        return table[name]

    def render(self, tid_tpl, mutate=True):
        tid, tpl = tid_tpl
        self.tids.add(tid)
        pos = 0
        for m in TOK.finditer(tpl):
            self.lit(tpl[pos:m.start()], mutate)
            pre, name, var, k = m.group(1), m.group(2), m.group(3), m.group(4)
            if pre == "!":
                self.lit(self.filler(name), mutate=False)
            elif pre == "~":
                if name not in P.NEG_KINDS:
                    raise KeyError(name)
                self.value(name, self.gen_neg(name, var, k), False, tid)
            else:
                if name not in V.SPAN_TYPES:
                    raise KeyError(name)
                self.value(name, self.gen_span(name, var, k), True, tid)
            pos = m.end()
        self.lit(tpl[pos:], mutate)

    def append_quoted(self, sub, prefix="> "):
        """Append sub-message with every line prefixed by `prefix`, shifting offsets."""
        text = "".join(sub.parts)
        base = self.n
        out, mapping, cur = [prefix], [], len(prefix)
        for i, ch in enumerate(text):
            mapping.append(cur)
            out.append(ch)
            cur += 1
            if ch == "\n":
                out.append(prefix)
                cur += len(prefix)
        mapping.append(cur)
        q = "".join(out)
        for lst_src, lst_dst in ((sub.spans, self.spans), (sub.negs, self.negs)):
            for s in lst_src:
                d = dict(s)
                d["start"] = base + mapping[s["start"]]
                d["end"] = base + mapping[s["end"] - 1] + 1
                lst_dst.append(d)
        self.tids |= sub.tids
        self.parts.append(q)
        self.n += len(q)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- composition

def new_ctx(rng, loc, pools):
    vendor = rng.choice(pools["vendor"])
    shop, dom = rng.choice(pools["shop"])
    vname = vendor[0]
    return {"_first": rng.choice(pools["first"][loc]), "_last": rng.choice(pools["last"][loc]),
            "_agent": rng.choice(pools["agent"]), "_vendor": vname,
            "_vendordomain": vname.lower().replace(" ", "") + ("" if "." in vname else rng.choice([".com", ".com", ".nl", ".be", ".io"])),
            "_handle": vendor[1], "_vendor_url": vendor[2], "_shop": shop, "_shopdomain": dom,
            "_shopslug": dom.split(".")[0], "_ssid": rng.choice(pools["ssid"]),
            "_city": rng.choice(pools["city_nl"])}


def build_message(rng, tpl, code, pools, half, idx):
    loc = wchoice(rng, LANG_W)
    fam = FAMILY[loc]
    T = tpl[fam]
    ch = wchoice(rng, CHANNEL_W)
    situ = wchoice(rng, SITU_W)
    ctx = new_ctx(rng, loc, pools)
    customer = ch != "agent_reply"
    chatty = ch in CHAT_CH or ch in PUBLIC_CH
    m = Msg(rng, loc, ctx, pools, typo_rate=(0.12 if customer else 0.02),
            lower=(chatty and rng.random() < 0.15))
    pick = lambda key: rng.choice(T[key])

    def code_block(p):
        kinds = SITU_CODE.get(situ)
        if kinds and rng.random() < p:
            m.lit("\n\n" if ch == "email" else "\n")
            m.render(pick("lead"))
            m.lit("\n")
            m.render(rng.choice(code[rng.choice(kinds)]), mutate=False)
            m.lit("\n" if ch == "email" else "")

    if ch == "email":
        if rng.random() < 0.6:
            m.render(pick("subject"))
            m.lit("\n\n")
        m.render(pick("greet"))
        m.lit("\n\n")
        m.render(rng.choice(T["cust"][situ]))
        code_block(0.7)
        if rng.random() < 0.6:
            situ2 = wchoice(rng, SITU_W)
            m.lit("\n\n" if rng.random() < 0.6 else " ")
            m.render(rng.choice(T["cust"][situ2]))
        if rng.random() < 0.15:
            m.lit("\n\nPS ")
            m.render(rng.choice(T["cust"][wchoice(rng, SITU_W)]))
        m.lit("\n\n")
        m.render(pick("close"))
        if rng.random() < 0.75:
            m.lit("\n" + rng.choice(["", "\n", "-- \n"]))
            m.render(pick("sig"))
        if rng.random() < 0.35:
            m.lit("\n\n")
            m.render(pick("disclaimer"))
        if rng.random() < 0.7:
            m.lit("\n\n")
            m.render(pick("quote_hdr"))
            m.lit("\n")
            sub = Msg(rng, loc, ctx, pools)
            sub.oneline = True
            sub.render(pick("agent"))
            sub.lit("\n\n")
            sub.render(pick("agent_sign"))
            if rng.random() < 0.4:
                sub.lit("\n\n")
                sub.render(pick("quote_cust"))
                sub.lit("\n")
                sub2 = Msg(rng, loc, ctx, pools, typo_rate=0.1)
                sub2.oneline = True
                sub2.render(rng.choice(T["cust"][situ]))
                sub.append_quoted(sub2)
            m.append_quoted(sub, rng.choice(["> ", ">", "> "]))
    elif ch == "agent_reply":
        m.render(pick("agent"))
        if rng.random() < 0.3:
            m.lit(rng.choice(["\n\n", "\n"]))
            m.render(pick("agent"))
        m.lit("\n\n" if rng.random() < 0.6 else " ")
        m.render(pick("agent_sign"))
        if rng.random() < 0.35:
            m.lit("\n\n")
            m.render(pick("quote_cust"))
            m.lit("\n")
            sub = Msg(rng, loc, ctx, pools, typo_rate=0.1)
            sub.oneline = True
            sub.render(rng.choice(T["cust"][situ]))
            m.append_quoted(sub)
    elif ch in PUBLIC_CH:
        m.render(pick("public"))
        if rng.random() < 0.2:
            m.lit(" ")
            m.render(rng.choice(T["cust"][rng.choice(["negonly", "negonly", "webhook", "leak"])]))
    else:
        if ch == "whatsapp" and rng.random() < 0.3:
            m.lit("[")
            m.value("date", m.gen_neg("date", None, "wa"), False, "frame/wa")
            m.lit(", ", mutate=False)
            m.value("time", m.gen_neg("time", None, "wa"), False, "frame/wa")
            m.lit("] " + ctx["_first"] + ": ", mutate=False)
        if rng.random() < 0.45:
            m.render(pick("chat_open"))
            m.lit(rng.choice([" ", "\n", ". ", "! "]))
        m.render(rng.choice(T["cust"][situ]))
        code_block(0.35 if ch in ("telegram", "whatsapp", "x_dm", "messenger") else 0.15)
        if rng.random() < 0.3:
            m.lit(rng.choice([" ", "\n", "\n\n"]))
            m.render(rng.choice(T["cust"][wchoice(rng, SITU_W)]))
    text = m.text().strip("\n")
    lead = len(m.text()) - len(m.text().lstrip("\n"))
    spans = [dict(s, start=s["start"] - lead, end=s["end"] - lead) for s in m.spans]
    negs = [dict(s, start=s["start"] - lead, end=s["end"] - lead) for s in m.negs]
    rec = {"id": f"{PREFIX}-{HALVES[half]}-{idx:05d}", "channel": ch, "lang": loc,
           "visibility": "public" if ch in PUBLIC_CH else "private", "text": text,
           "spans": sorted(spans, key=lambda s: s["start"]), "negatives": sorted(negs, key=lambda s: s["start"])}
    return rec, m.tids


# ---------------------------------------------------------------- self-check

def check(rec):
    t = rec["text"]
    spans, negs = rec["spans"], rec["negatives"]
    for s in spans + negs:
        if not (0 <= s["start"] < s["end"] <= len(t)):
            raise AssertionError(f"{rec['id']}: out of range {s}")
        v = t[s["start"]:s["end"]]
        if v != v.strip():
            raise AssertionError(f"{rec['id']}: white space around {v!r}")
    allr = sorted([(s["start"], s["end"], "s") for s in spans] + [(s["start"], s["end"], "n") for s in negs])
    for a, b in zip(allr, allr[1:]):
        if b[0] < a[1] and ("s" in (a[2], b[2])):
            raise AssertionError(f"{rec['id']}: overlap {a} {b} in {t!r}")
    for s in spans:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card" and not V.luhn_ok(v):
            raise AssertionError(f"{rec['id']}: Luhn {v}")
        if s["type"] == "iban" and not V.iban_ok(v):
            raise AssertionError(f"{rec['id']}: IBAN {v}")
        if s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            ok = V.bsn_ok(d) if len(d) == 9 else V.rrn_ok(d)
            if not ok:
                raise AssertionError(f"{rec['id']}: BSN/RRN {v}")


# ---------------------------------------------------------------- README

def table(counter, head):
    rows = [f"| {head} | count |", "|---|---:|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def readme(seed, stats):
    parts = [f"""# Scrub corpus blind45 — developers, IT admins and webshop owners vs. SaaS / hosting / payment support

Written **blind**: the author did not open, list, grep or run anything under `functions/`, `tests/unit/`,
`bench/`, `docs/`, `infra/`, any other directory of `tests/scrub_corpus/` (other corpora, scorers,
generators) and did not read git history. No scrubber or scorer was run.

**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**

## Emphasis

Developers, IT administrators and small webshop owners contacting SaaS, hosting, domain, cloud,
payment-provider and e-commerce-platform support over X, e-mail and chat. Pasted `.env` lines, curl
commands, configs, log excerpts and stack traces; vendor API keys and tokens (Stripe, Mollie, Adyen,
AWS, SendGrid, Mailgun, OpenAI, Anthropic, Google, WooCommerce, Shopify, GitHub, GitLab, Slack,
Twilio, DigitalOcean, Telegram, Brevo, Mailchimp, PayPal...), webhook secrets, SSH/FTP/DB logins,
2FA codes and backup codes, domain transfer codes; together with developer look-alikes that are NOT
secrets: commit hashes, checksums, SSH host-key fingerprints, request/trace/event ids, UUIDs, cf-ray
ids, version strings, build numbers, error codes, order/ticket/invoice numbers, ports, masked and
placeholder keys. Languages: Dutch (NL), Belgian Dutch, Belgian French, English (UK, US); customer
messages and agent replies.

## Generation

```
python3 generate_blind.py --seed {seed}
```

Writes `dev.jsonl`, `heldout.jsonl` ({N_PER_HALF} messages each) and this README. Modules: `values.py`
(value generators and validity checks), `pools.py` (filler pools, negative generators),
`codeblocks.py` (language-neutral pasted technical blocks), `templates_nl.py`, `templates_vl.py`,
`templates_fr.py`, `templates_en.py`.

## Split rule

Templates are written in groups (language family x kind x situation: greetings, closings,
signatures, disclaimers, quote headers, subjects, lead-ins, customer snippets per situation,
public posts, agent replies, agent sign-offs, code blocks per kind). Every group is dealt
alternately: even index to dev, odd index to heldout, so no template, frame, greeting, signature or
quote block is shared between halves. Every filler pool (first/last names per locale, streets,
cities, vendors with handles and URLs, agents, shops/domains, SSIDs, device models, plans,
hashtags) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`.
Typos are injected only into literal template text (never into labelled values or negatives).

## Labelling conventions and judgement calls

- Spans cover the value only, never the cue (`password:`, `STRIPE_SECRET_KEY=`, `Bearer `, `-u`).
- Every occurrence is labelled, including repeats in agent replies and `> ` quoted history.
- `api_key`: anything the vendor calls a key or secret: Stripe `sk_`/`rk_` (live and test), webhook
  signing secrets (`whsec_`), Mollie `live_`/`test_`, AWS access key id AND secret access key,
  SendGrid, Mailgun, OpenAI, Anthropic, Google `AIza`, WooCommerce consumer key/secret, Shopify API
  secret, Mailchimp, Brevo, PayPal client id and secret, Adyen API key, Cloudflare global key,
  Slack signing secret. Test-mode and already rotated/revoked keys are still labelled.
- `token`: GitHub/GitLab/npm personal access tokens, Slack bot/user tokens, JWT bearer tokens,
  Shopify access tokens, Twilio auth token, DigitalOcean token, Telegram bot token.
- `password`: also database/service passwords inside connection strings and config files, and domain
  transfer auth/EPP codes (treated as a password-like secret).
- `otp`: SMS/app/e-mail codes, also dictated as words, and 2FA backup/recovery codes.
- `username`: login names next to a password or in a login/config context (FTP, SSH, DB users,
  `DB_USERNAME=`), also in log lines such as `Failed password for admin` and `Access denied for user`.
  When the login is an e-mail address it is labelled `email`.
- `ip_address`: every IPv4/IPv6 address written (client IPs in logs, the customer's VPS/server IP,
  DNS records). Server IPs of a customer's own machines identify that customer, so they are labelled
  although they are not secrets.
- `customer_number`: customer/account/contract numbers, AWS account ids, Stripe `acct_` ids.
- Hard negatives: `checksum` covers git commit hashes (short and long), sha256/md5 sums and SSH
  host-key fingerprints; `request_id` covers UUID request ids, Stripe `req_`/`evt_`/`pi_`/`ch_` ids,
  Mollie `tr_` ids, cf-ray ids, trace ids; `version_string` covers versions and build numbers;
  `masked_value` covers masked keys (`sk_live_...4f2a`, `ghp_****abcd`), masked cards and IBANs and
  placeholders like `sk_test_xxxx`, `[REDACTED]`; `port` covers port numbers; `url` covers vendor and
  shop URLs and bare shop domains; `company_phone` and `company_registration` cover vendor service
  numbers and KvK/BTW/VAT/ondernemingsnummer/company numbers (also the customer's own company).
- Unlabelled: person names, agent names/initials, SSIDs, vendor support e-mail addresses in quote
  headers (organisation addresses), env-variable names, `localhost`, hostnames without scheme inside
  configs (e.g. `db01.internal`).

## Known limitations

- Template-based; sentence variety is bounded by the number of templates per group (2-5 per half
  for each situation and language family).
- Values are random and syntactically valid but not drawn from real distributions (e.g. vendor key
  lengths approximate). Luhn, mod-97, BSN 11-proof and Belgian national-number checks are enforced.
- Some code blocks are language-neutral and shared across the language families (but never across halves).
- Amounts/dates in negatives use locale formats loosely; an occasional en-US message uses a UK-style signature.
- The `x_public` messages that leak a key are deliberately rare but present.
"""]
    for h in HALVES:
        st = stats[h]
        parts.append(f"\n## Counts: {h}\n\nMessages: {st['n']}\n")
        rows = ["| span type | count | distinct templates |", "|---|---:|---:|"]
        for k, v in sorted(st["spans"].items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append(f"| {k} | {v} | {len(st['span_tids'][k])} |")
        parts.append("\n".join(rows) + "\n")
        parts.append(table(st["negs"], "negative kind") + "\n")
        parts.append(table(st["channels"], "channel") + "\n")
        parts.append(table(st["langs"], "lang") + "\n")
        parts.append(f"E-mails between 500 and 2000 characters: {st['email_mid']} of {st['channels'].get('email', 0)}\n")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261243)
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    stats = {}
    for half, name in enumerate(HALVES):
        rng = random.Random(args.seed * 2 + half)
        tpl, code, pools = split_everything(half)
        st = {"n": 0, "spans": Counter(), "span_tids": defaultdict(set), "negs": Counter(), "channels": Counter(),
              "langs": Counter(), "email_mid": 0}
        with open(here / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                rec, tids = build_message(rng, tpl, code, pools, half, i)
                check(rec)
                for s in rec["spans"]:
                    st["spans"][s["type"]] += 1
                    st["span_tids"][s["type"]].add(s.pop("_tid"))
                for s in rec["negatives"]:
                    st["negs"][s["kind"]] += 1
                    s.pop("_tid")
                st["n"] += 1
                st["channels"][rec["channel"]] += 1
                st["langs"][rec["lang"]] += 1
                if rec["channel"] == "email" and 500 <= len(rec["text"]) <= 2000:
                    st["email_mid"] += 1
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats[name] = st
    # halves must not share templates
    (here / "README.md").write_text(readme(args.seed, stats), encoding="utf-8")
    print({h: stats[h]["n"] for h in HALVES})


if __name__ == "__main__":
    main()
