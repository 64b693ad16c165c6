#!/usr/bin/env python3
"""Seeded generator for the blind129 webcare scrub corpus (stdlib only).

Usage: python3 generate_blind.py --seed 20261327
"""
import argparse
import json
import random
import re
from collections import Counter, defaultdict

import pools as P
import templates_be as TB
import templates_en as TE
import templates_extra as TX
import templates_nl as TN
import values as V

PREFIX = "b129"
DIR = "blind129"
N_PER_HALF = 950
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_W = [2, 1, 1, 1, 1]
CHANNELS = ["email", "agent_reply", "x_public", "facebook_comment", "instagram_comment", "x_dm", "instagram_dm",
            "messenger", "whatsapp", "telegram"]
CHANNEL_W = [30, 12, 8, 6, 5, 6, 6, 8, 12, 7]
PUBLIC_CH = {"x_public", "facebook_comment", "instagram_comment"}
SECTORS = ["hotel", "venue", "print", "diy", "cowork", "recruit", "account"]
SECTOR_W = [16, 15, 15, 15, 15, 15, 9]
SECTOR_BIZ = {"hotel": P.HOTEL, "venue": P.VENUE, "print": P.PRINT, "diy": P.DIY, "cowork": P.COWORK,
              "recruit": P.RECRUIT, "account": P.DIY + P.COWORK}

OPENERS = {
    "nl": ["Hoi", "Hallo", "Goedemiddag", "Hey", "Hee", "Goedenavond", "Hallo daar", "Yo"],
    "nl-be": ["Dag", "Hallo", "Goeiedag", "Hey", "Hoi", "Goeienavond"],
    "fr-be": ["Bonjour", "Salut", "Bonsoir", "Hello", "Coucou", "Bjr"],
    "en": ["Hi", "Hello", "Hey", "Morning", "Hiya", "Evening all"],
}
SMS_LEAD = {
    "nl": ["hij zegt:", "dit krijg ik:", "kopie van de sms:", "zie hieronder"],
    "nl-be": ["ik kreeg dit:", "de sms:", "zie onder", "dit staat er:"],
    "fr-be": ["voici le SMS:", "j'ai reçu ça:", "copie du message:", "regardez:"],
    "en": ["this is what I got:", "copy of the text:", "see below", "screenshot says:"],
}


def bundle(lang):
    """Template groups for a language: dict group_name -> list."""
    return TX.add_all(_bundle(lang), "en" if lang.startswith("en") else lang)


def _bundle(lang):
    if lang == "nl":
        g = {f"body.{k}": v for k, v in TN.BODY.items()}
        g.update(public=TN.PUBLIC, agent=TN.AGENT, sms=TN.SMS, greet=TN.GREET, close=TN.CLOSE, sig=TN.SIG,
                 agent_sig=TN.AGENT_SIG, quote_hdr=TN.QUOTE_HDR, fwd_hdr=TN.FWD_HDR, disclaimer=TN.DISCLAIMER,
                 subject=TN.SUBJECT)
        return g
    if lang == "nl-be":
        g = {f"body.{k}": v for k, v in TB.BODY_NLBE.items()}
        g.update(public=TB.PUBLIC_NLBE, agent=TB.AGENT_NLBE, sms=TB.SMS_NLBE, greet=TB.GREET_NLBE,
                 close=TB.CLOSE_NLBE, sig=TB.SIG_NLBE, agent_sig=TB.AGENT_SIG_NLBE, quote_hdr=TB.QUOTE_HDR_NLBE,
                 fwd_hdr=TB.FWD_HDR_NLBE, disclaimer=TB.DISCLAIMER_NLBE, subject=TB.SUBJECT_NLBE)
        return g
    if lang == "fr-be":
        g = {f"body.{k}": v for k, v in TB.BODY_FRBE.items()}
        g.update(public=TB.PUBLIC_FRBE, agent=TB.AGENT_FRBE, sms=TB.SMS_FRBE, greet=TB.GREET_FRBE,
                 close=TB.CLOSE_FRBE, sig=TB.SIG_FRBE, agent_sig=TB.AGENT_SIG_FRBE, quote_hdr=TB.QUOTE_HDR_FRBE,
                 fwd_hdr=TB.FWD_HDR_FRBE, disclaimer=TB.DISCLAIMER_FRBE, subject=TB.SUBJECT_FRBE)
        return g
    g = {f"body.{k}": v for k, v in TE.BODY.items()}
    g.update(public=TE.PUBLIC, agent=TE.AGENT, sms=TE.SMS)
    g.update({k.lower(): v for k, v in TE.FRAMES[lang].items()})
    return g


def group_key(lang, name):
    shared = lang.startswith("en") and (name.startswith("body.") or name in ("public", "agent", "sms"))
    return ("en" if shared else lang) + ":" + name


def deal(lst, half):
    out = [x for i, x in enumerate(lst) if i % 2 == half]
    if not out:
        raise SystemExit(f"pool too small to deal: {lst!r}")
    return out


def deal_t(lst, half, gk):
    """Deal templates; keep a stable template id (group + original index)."""
    return [(f"{gk}#{i}", t) for i, t in enumerate(lst) if i % 2 == half]


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.t = {}
        for lang in LANGS:
            for name, lst in bundle(lang).items():
                gk = group_key(lang, name)
                self.t[(lang, name)] = deal_t(lst, half, gk)
        self.first = {l: deal(P.FIRST[l], half) for l in LANGS}
        self.last = {l: deal(P.LAST[l], half) for l in LANGS}
        self.street = {l: deal(P.STREET[l], half) for l in LANGS}
        self.city = {l: deal(P.CITY[l], half) for l in LANGS}
        self.svc = {l: deal(P.SERVICE_PHONE[l], half) for l in LANGS}
        self.biz = {k: deal(v, half) for k, v in SECTOR_BIZ.items()}
        self.biz["hotel_only"] = self.biz["hotel"]
        self.agent = deal(P.AGENT, half)
        self.ini = deal(P.AGENT_INI, half)
        self.mention = deal(P.MENTION, half)
        self.hashtag = deal(P.HASHTAG, half)
        self.url = deal(P.URL, half)
        self.model = deal(P.MODEL, half)
        self.ssid = deal(P.SSID, half)
        self.venue = deal(P.VENUE, half)
        self.openers = {k: deal(v, half) for k, v in OPENERS.items()}
        self.smslead = {k: deal(v, half) for k, v in SMS_LEAD.items()}


TOK = re.compile(r"\{\{|\}\}|\{([snf]):([a-z_]+)(?:/(\w+))?(?:=(\w+))?\}")


class Msg:
    def __init__(self, H, lang, sector):
        self.H, self.r, self.lang, self.sector = H, H.r, lang, sector
        r = self.r
        self.first = r.choice(H.first[lang])
        self.last = r.choice(H.last[lang])
        self.biz = r.choice(H.biz[sector])
        self.agent = r.choice(H.agent)
        self.mem = {}
        self.cur_sector = sector

    def tpl(self, name):
        tid, t = self.r.choice(self.H.t[(self.lang, name)])
        self.cur_sector = name[5:] if name.startswith("body.") else "dur"
        return self.render(t, tid)

    def span_value(self, typ, v):
        r, lang = self.r, self.lang
        if typ == "card":
            return V.card(r, v)
        if typ == "cvv":
            return V.cvv(r, v)
        if typ == "card_expiry":
            return V.card_expiry(r)
        if typ == "iban":
            return V.iban(r, v or ({"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(lang) if r.random() < 0.75 else None))
        if typ == "bsn":
            return V.rrn(r) if lang in ("nl-be", "fr-be") else V.bsn(r)
        if typ == "password":
            return V.password(r, v)
        if typ == "pin":
            return V.pin(r, v)
        if typ == "puk":
            return V.puk(r)
        if typ == "otp":
            return V.otp(r, v, lang)
        if typ == "wifi_key":
            return V.wifi_key(r)
        if typ == "username":
            return V.username(r, v, self.first, self.last)
        if typ == "api_key":
            return V.api_key(r, v)
        if typ == "token":
            return V.token(r, v)
        if typ == "ip_address":
            return V.ip_address(r)
        if typ == "date_of_birth":
            return V.date_of_birth(r, v, lang)
        if typ == "phone":
            return V.phone(r, v, lang)
        if typ == "email":
            return V.email(r, v, lang, self.first, self.last)
        if typ == "customer_number":
            return V.customer_number(r, v)
        if typ == "address":
            return V.address(r, v, lang, r.choice(self.H.street[lang]), r.choice(self.H.city[lang]))
        raise KeyError(typ)

    def neg_value(self, kind, v):
        r, lang, H = self.r, self.lang, self.H
        simple = {"year": V.year, "order_number": V.order_number, "ticket_number": V.ticket_number,
                  "invoice_number": V.invoice_number, "tracking_number": V.tracking_number,
                  "request_id": V.request_id, "error_code": V.error_code, "version_string": V.version_string,
                  "product_code": V.product_code, "flight_number": V.flight_number, "masked_value": V.masked_value,
                  "meter_reading": V.meter_reading, "port": V.port, "checksum": V.checksum}
        if kind in simple:
            return simple[kind](r, v)
        if kind in ("date", "time", "amount", "quantity", "percentage"):
            f = {"date": V.neg_date, "time": V.neg_time, "amount": V.amount, "quantity": V.quantity,
                 "percentage": V.percentage}[kind]
            if kind == "quantity" and not v:
                v = self.cur_sector
            return f(r, v, lang)
        if kind == "company_registration":
            return V.company_registration(r, v, lang)
        if kind == "company_phone":
            return r.choice(H.svc[lang])
        if kind == "mention":
            return r.choice(H.mention)
        if kind == "hashtag":
            return r.choice(H.hashtag)
        if kind == "url":
            return r.choice(H.url)
        if kind == "model_number":
            return r.choice(H.model)
        raise KeyError(kind)

    def fill(self, name):
        r, H = self.r, self.H
        return {"first": self.first, "last": self.last, "name": f"{self.first} {self.last}", "agent": self.agent,
                "ini": None, "biz": self.biz, "hotel": None, "ssid": None, "venue": None}.get(name) or {
            "ini": lambda: r.choice(H.ini), "hotel": lambda: r.choice(H.biz["hotel"]), "ssid": lambda: r.choice(H.ssid),
            "venue": lambda: r.choice(H.venue)}[name]()

    def render(self, t, tid):
        segs, pos = [], 0
        for m in TOK.finditer(t):
            if m.start() > pos:
                segs.append([t[pos:m.start()], None, None])
            pos = m.end()
            tok = m.group(0)
            if tok == "{{":
                segs.append(["{", None, None])
                continue
            if tok == "}}":
                segs.append(["}", None, None])
                continue
            kind, typ, var, key = m.groups()
            if kind == "f":
                segs.append([self.fill(typ), None, None])
                continue
            mk = (kind, typ, key)
            if key and mk in self.mem:
                val = self.mem[mk]
            else:
                val = self.span_value(typ, var) if kind == "s" else self.neg_value(typ, var)
                if key:
                    self.mem[mk] = val
            segs.append([val, kind, (typ, tid)])
        if pos < len(t):
            segs.append([t[pos:], None, None])
        return segs


def lit(s):
    return [[s, None, None]]


def quote(segs):
    out = [["> ", None, None]]
    for text, k, info in segs:
        if k is None:
            out.append([text.replace("\n", "\n> "), None, None])
        else:
            out.append([text.replace("\n", ", "), k, info])
    return out


TYPO_WORD = re.compile(r"[A-Za-zéèàç]{4,}")


def typo(r, segs):
    cand = [s for s in segs if s[1] is None and TYPO_WORD.search(s[0])]
    for _ in range(r.choice([1, 1, 2, 3])):
        if not cand:
            return
        s = r.choice(cand)
        words = list(TYPO_WORD.finditer(s[0]))
        if not words:
            continue
        w = r.choice(words)
        word = w.group(0)
        i = r.randrange(1, len(word) - 1)
        op = r.choice(["swap", "drop", "double", "lower", "near"])
        if op == "swap":
            nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == "drop":
            nw = word[:i] + word[i + 1:]
        elif op == "double":
            nw = word[:i] + word[i] + word[i:]
        elif op == "lower":
            nw = word.lower() if word != word.lower() else word.upper()
        else:
            near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "y", "s": "d", "r": "t", "l": "k"}
            c = word[i].lower()
            nw = word[:i] + near.get(c, c) + word[i + 1:]
        s[0] = s[0][:w.start()] + nw + s[0][w.end():]


def build(H, lang, channel):
    r = H.r
    sector = r.choices(SECTORS, SECTOR_W)[0]
    M = Msg(H, lang, sector)
    ol = "en" if lang.startswith("en") else lang
    segs = []
    body = lambda: M.tpl(f"body.{sector}")
    if channel in PUBLIC_CH:
        if r.random() < 0.6:
            segs = M.tpl("public")
        else:
            segs = M.render("{n:mention} ", "pub-prefix") + body()
            if r.random() < 0.6:
                segs += M.render(" {n:hashtag}", "pub-suffix")
        if channel == "facebook_comment" and r.random() < 0.3:
            segs = lit(M.first + " " + M.last + " ") + segs if r.random() < 0.2 else segs
    elif channel == "agent_reply":
        segs = M.tpl("agent")
        if r.random() < 0.45:
            segs += lit("\n\n") + M.tpl("agent_sig")
        if r.random() < 0.35:
            segs += lit("\n\n") + quote(body())
    elif channel == "email":
        if r.random() < 0.4:
            segs += M.tpl("subject") + lit("\n\n")
        if r.random() < 0.12:
            segs += M.tpl("fwd_hdr") + lit("\n\n")
        segs += M.tpl("greet") + lit("\n\n") + body()
        if r.random() < 0.8:
            sector2 = r.choice(SECTORS)
            segs += lit(r.choice(["\n\n", " ", "\n"])) + M.tpl(f"body.{sector2}")
        if r.random() < 0.2:
            segs += lit("\n\n" + r.choice(H.smslead[ol]) + "\n") + M.tpl("sms")
        segs += lit("\n\n") + M.tpl("close") + lit("\n") + M.tpl("sig")
        if r.random() < 0.7:
            q = M.tpl("agent") + lit("\n\n") + M.tpl("agent_sig")
            if r.random() < 0.55:
                q += lit("\n\n") + M.tpl("quote_hdr") + lit("\n") + quote(body())
            segs += lit("\n\n") + M.tpl("quote_hdr") + lit("\n") + quote(q)
        if r.random() < 0.35:
            segs += lit("\n\n") + M.tpl("disclaimer")
    else:
        wa_log = channel in ("whatsapp", "telegram") and r.random() < 0.3
        parts = [body()]
        if r.random() < 0.35:
            parts.append(M.tpl(f"body.{r.choice(SECTORS)}"))
        if r.random() < 0.2:
            parts.append(lit(r.choice(H.smslead[ol]) + " ") + M.tpl("sms"))
        if r.random() < 0.5:
            parts[0] = lit(r.choice(H.openers[ol]) + r.choice([", ", "! ", " ", "\n"])) + parts[0]
        if wa_log:
            for p in parts:
                segs += M.render("[{n:time}, {n:date}] ", "chat-ts") + lit(f"{M.first}: ") + p + lit("\n")
            segs = segs[:-1] + [[segs[-1][0].rstrip("\n"), None, None]] if segs[-1][1] is None else segs
        else:
            for i, p in enumerate(parts):
                segs += (lit(r.choice(["\n", " ", "\n\n"])) if i else []) + p
    if r.random() < 0.35:
        typo(r, segs)
    if r.random() < 0.08 and channel not in ("email", "agent_reply"):
        for s in segs:
            if s[1] is None:
                s[0] = s[0].lower()
    return segs


def assemble(segs):
    text, spans, negs, tids = "", [], [], []
    for t, k, info in segs:
        if t == "":
            continue
        if k == "s":
            spans.append({"type": info[0], "start": len(text), "end": len(text) + len(t)})
            tids.append((info[0], info[1]))
        elif k == "n":
            negs.append({"kind": info[0], "start": len(text), "end": len(text) + len(t)})
        text += t
    return text, spans, negs, tids


def check(rec):
    text = rec["text"]
    allr = [(s["start"], s["end"], "s", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "n", n["kind"]) for n in rec["negatives"]]
    for a, b, k, t in allr:
        assert 0 <= a < b <= len(text), (rec["id"], t)
        v = text[a:b]
        assert v == v.strip() and v.strip(".,;:!?") != "", (rec["id"], t, v)
    allr.sort()
    for x, y in zip(allr, allr[1:]):
        assert x[1] <= y[0], (rec["id"], x, y)
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        d = re.sub(r"\D", "", v)
        if s["type"] == "card":
            assert V.luhn_ok(d) and 13 <= len(d) <= 19, (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def make_half(half, seed):
    H = Half(half, seed)
    r = H.r
    name = ["dev", "heldout"][half]
    recs, tid_by_type = [], defaultdict(set)
    for i in range(N_PER_HALF):
        lang = r.choices(LANGS, LANG_W)[0]
        channel = r.choices(CHANNELS, CHANNEL_W)[0]
        text, spans, negs, tids = assemble(build(H, lang, channel))
        rec = {"id": f"{PREFIX}-{name}-{i:05d}", "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC_CH else "private", "text": text,
               "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
        for typ, tid in tids:
            tid_by_type[typ].add(tid)
    sp = Counter(s["type"] for r_ in recs for s in r_["spans"])
    ng = Counter(n["kind"] for r_ in recs for n in r_["negatives"])
    need_s = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn", "email",
              "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"]
    need_n = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
              "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
              "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]
    missing = [t for t in need_s if sp[t] < 8] + [k for k in need_n if ng[k] < 5]
    if missing:
        raise SystemExit(f"{name}: too few examples of {missing}")
    return recs, tid_by_type


def table(title, counter, extra=None):
    lines = [f"| {title} | count |" + (" distinct templates |" if extra else ""), "|---|---|" + ("---|" if extra else "")]
    for k, c in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {c} |" + (f" {len(extra.get(k, ()))} |" if extra else ""))
    return "\n".join(lines)


def readme(seed, stats):
    out = [f"# Scrub corpus {DIR}: hotels/B&Bs, museum & zoo tickets, print shops, DIY stores, coworking, recruitment (written blind)", "",
           "This corpus was written blind: while writing it, nothing under `functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`",
           "or any other directory of `tests/scrub_corpus/` was opened, and no git history was read. No scrubber or scorer was run.",
           "Everything here comes from public knowledge of how platforms format messages and how customers and agents write.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Hotels and B&Bs (key-safe/door codes, wifi keys, deposits, guest registration), museum and zoo tickets (annual passes,",
           "e-tickets, school trips), printing and copy shops (upload portals, web-to-print API keys, copy cards), DIY and hardware",
           "stores (deliveries, loyalty cards, returns, tool model numbers), coworking spaces (door codes, member IDs, printer IPs,",
           "calendar tokens, meter readings), recruitment and temp agencies (BSN / rijksregisternummer, salary IBANs, timesheet portals).",
           "Customers write in Dutch, Flemish, Belgian French, UK and US English, over all ten channels, with typos, signatures,",
           "quoted history, forwarded headers, pasted SMS codes, WhatsApp-style chat logs and agent replies.", "",
           "## Generation", "", "```", f"cd tests/scrub_corpus/{DIR}", f"python3 generate_blind.py --seed {seed}", "```", "",
           "Modules: `values.py` (value generators and checksums), `pools.py` (filler pools), `templates_nl.py`, `templates_be.py`,",
           "`templates_en.py` (templates per language), `generate_blind.py` (composition, self-check, README).", "",
           "## Split rule", "",
           "Templates are written in groups (language x kind/situation: body per sector, public post, agent reply, pasted SMS, greeting,",
           "closing, signature, agent signature, quote header, forward header, disclaimer, subject). Each group's members are dealt",
           "alternately: even index to dev, odd to heldout. The English body/public/agent/SMS groups are shared by en-gb and en-us",
           "(dealt once), the e-mail frames are separate per variety. All filler pools (names, streets, cities, businesses, agents,",
           "agent initials, mentions, hashtags, URLs, model numbers, SSIDs, service numbers, chat openers) are dealt the same way.",
           "Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal text, never into values.", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only, never the cue; every occurrence is labelled (agent repeats, quoted history, re-typed codes).",
           "- Belgian rijksregisternummer / numéro national is labelled `bsn` (valid check digits, pre- and post-2000 variants).",
           "- Door, key-safe, gate, printer and parking codes are `pin`; an OTP dictated as number words is one `otp` span over all words.",
           "- Login names are `username`; a login given as an e-mail address is labelled `email`.",
           "- Loyalty cards, annual passes, copy cards, member IDs, contract, candidate, employee and EAN connection numbers are `customer_number`.",
           "- All IP addresses a customer gives (public, LAN, IPv6) are `ip_address`; the port next to it is a `port` negative.",
           "- Booking/reservation references are `order_number` negatives; case, dossier, return and quote refs are `ticket_number`;",
           "  payslips are counted as `invoice_number`; vacancy references are `request_id`.",
           "- A customer's own work e-mail and phone in a signature are labelled; the organisation's service numbers are `company_phone`",
           "  negatives; KvK, BTW/VAT, ondernemingsnummer (valid mod-97), UK company numbers and US EIN are `company_registration`.",
           "- Personal names, cities on their own, SSIDs, agent names/initials, and macro placeholders (`{first_name}`, `[ORDER NUMBER]`) are not labelled.",
           "- Multi-line addresses are one span including the newline; inside quoted history they are flattened to one line.",
           "- Negatives carry the value only (e.g. the 8 digits after `KvK`), mentions and hashtags include `@`/`#`.", "",
           "## Known limitations", "",
           "- Template-based: sentence frames repeat within a half; values are synthetic (test IBAN banks, fictitious streets).",
           "- No organisation e-mail addresses appear (deliberately avoided to keep the labels unambiguous).",
           "- The English body templates are shared by en-gb and en-us, so spelling conventions are mostly UK-neutral.",
           "- Dates inside negatives can be implausible combinations (e.g. a weekday-free date next to a separate year).",
           "- Typos are simple character operations (swap, drop, double, case, neighbour key).", ""]
    for name, (recs, tids) in stats.items():
        sp = Counter(s["type"] for r in recs for s in r["spans"])
        ng = Counter(n["kind"] for r in recs for n in r["negatives"])
        ch = Counter(r["channel"] for r in recs)
        lg = Counter(r["lang"] for r in recs)
        sizes = [len(r["text"]) for r in recs if r["channel"] == "email"]
        out += [f"## Counts: {name}", "", f"Messages: {len(recs)}; spans: {sum(sp.values())}; negatives: {sum(ng.values())}; "
                f"e-mails: {len(sizes)} (median {sorted(sizes)[len(sizes) // 2]} chars)", "",
                table("span type", sp, tids), "", table("negative kind", ng), "", table("channel", ch), "", table("language", lg), ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    stats = {}
    for half, name in enumerate(["dev", "heldout"]):
        recs, tids = make_half(half, a.seed)
        with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        stats[name] = (recs, tids)
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme(a.seed, stats))
    print({k: len(v[0]) for k, v in stats.items()})


if __name__ == "__main__":
    main()
