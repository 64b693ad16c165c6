"""Rendering engine, hard-negative generators and self-check for blind35."""
import re
import string

from values import SPAN_GEN, digits, rs, HEX, MONTHS, iban_ok, luhn_ok, bsn_ok, UPNUM

SLOT_RE = re.compile(r"\[\[([~@]?)([a-z_]+)(?::([a-z0-9_]+))?\]\]")

CURRENCY = {"nl": "€", "be": "€", "uk": "£", "us": "$"}


def money(ctx):
    r = ctx.rng
    v = r.choice([r.randint(5, 99) + r.choice([0, 0.5, 0.95, 0.99, 0.25]), r.randint(100, 2500) + 0.0, r.randint(100, 999) + 0.49])
    loc = ctx.locale
    if loc in ("nl", "be"):
        s = ("%.2f" % v).replace(".", ",")
        if v >= 1000:
            s = s[:-6] + "." + s[-6:]
        return r.choice(["€ " + s, "€" + s, s + " EUR", "EUR " + s, s + " euro", "€" + s.replace(",00", ",-")])
    s = "%.2f" % v
    if v >= 1000 and r.random() < 0.5:
        s = s[:-6] + "," + s[-6:]
    c = CURRENCY[loc]
    return r.choice([c + s, c + s, s + (" GBP" if loc == "uk" else " USD")])


def neg_value(ctx, kind, arg):
    r = ctx.rng
    loc = ctx.locale
    b = ctx.brand
    if kind == "amount":
        return money(ctx)
    if kind == "company_phone":
        return b["phone"][loc]
    if kind == "company_registration":
        if loc == "be":
            v = "0" + digits(r, 9)
            return r.choice(["BE" + v, "BE " + v[:4] + "." + v[4:7] + "." + v[7:], v[:4] + "." + v[4:7] + "." + v[7:]])
        if loc == "nl":
            return r.choice([digits(r, 8, True), "NL" + digits(r, 9) + "B01"])
        if loc == "uk":
            return r.choice(["GB" + digits(r, 9), digits(r, 8, True), "SC" + digits(r, 6)])
        return digits(r, 2) + "-" + digits(r, 7)
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
        if ctx.lang.startswith("en"):
            return r.choice(["%d %s" % (d, MONTHS[ctx.lang][m - 1]), "%02d/%02d/%d" % ((m, d, y) if loc == "us" else (d, m, y)), "%s %d" % (MONTHS[ctx.lang][m - 1], d)])
        return r.choice(["%d %s" % (d, MONTHS[ctx.lang][m - 1]), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%02d.%02d.%d" % (d, m, y)])
    if kind == "time":
        h, mi = r.randint(7, 23), r.choice([0, 5, 12, 15, 30, 41, 45, 58])
        if loc == "us" and r.random() < 0.6:
            return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am")
        return r.choice(["%02d:%02d" % (h, mi), "%du%02d" % (h, mi) if loc in ("nl", "be") else "%d.%02d" % (h, mi), "%dh%02d" % (h, mi) if ctx.lang == "fr-be" else "%02d:%02d" % (h, mi)])
    if kind == "year":
        return str(r.randint(2015, 2026))
    if kind == "error_code":
        return r.choice(["E-" + digits(r, 4), "ERR_" + r.choice(["CARD_DECLINED", "AUTH_401", "SESSION_EXPIRED", "3DS_TIMEOUT"]),
                         "0x8007" + rs(r, "0123456789ABCDEF", 4), "code " + str(r.choice([51, 54, 55, 57, 61, 65, 91])),
                         r.choice(["AUTH", "PAY", "KYC", "SCA"]) + "-" + digits(r, 3), str(r.choice([401, 403, 500, 502, 429])), "F" + digits(r, 3)])
    if kind == "flight_number":
        return r.choice(["KL", "SN", "BA", "FR", "HV", "U2", "TB", "LH", "UA"]) + r.choice(["", " "]) + str(r.randint(100, 9999))
    if kind == "hashtag":
        return "#" + r.choice(["fail", "klantenservice", "bankdown", "storing", "help", "fintech", "nevermore", "onbereikbaar", "arnaque", "sansreponse", "customerservice", "annoyed"])
    if kind == "mention":
        return "@" + b["handle"]
    if kind == "invoice_number":
        return r.choice(["INV-", "F", "FAC-", "2026-", "INV"]) + digits(r, r.choice([5, 6, 7]))
    if kind == "order_number":
        return r.choice(["#", "ORD-", "", "BST-", "CMD-"]) + digits(r, r.choice([7, 8, 9]), True)
    if kind == "ticket_number":
        return r.choice(["#", "INC", "CS-", "T", "SR-"]) + digits(r, r.choice([6, 7, 8]), True)
    if kind == "tracking_number":
        return r.choice(["3S" + rs(r, UPNUM, 13), "JVGL" + digits(r, 16), "1Z" + rs(r, UPNUM, 16), "CD" + digits(r, 9) + "BE", "RR" + digits(r, 9) + "GB"])
    if kind == "request_id":
        h = rs(r, HEX, 32)
        return r.choice([h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], "req_" + rs(r, string.ascii_letters + string.digits, 20)])
    if kind == "meter_reading":
        return r.choice(["%05d" % r.randint(1000, 99999), "%d,%d" % (r.randint(1000, 80000), r.randint(0, 9)), "%d kWh" % r.randint(800, 9000), "%d m3" % r.randint(100, 3000)])
    if kind == "model_number" and arg == "router":
        return r.choice(["FRITZ!Box 7" + digits(r, 3), "H369A", "Sagemcom F@st 3890", "TP-Link Archer C" + str(r.randint(5, 80)), "BBox 3"])
    if kind == "model_number":
        return r.choice(["SM-S" + digits(r, 3) + "B", "iPhone 1" + str(r.randint(1, 6)), "Pixel " + str(r.randint(6, 9)), "A" + digits(r, 4), "Galaxy A" + str(r.randint(12, 55))])
    if kind == "product_code":
        return r.choice(["PRD-" + digits(r, 5), "SKU " + digits(r, 8), rs(r, string.ascii_uppercase, 3) + "-" + digits(r, 3)])
    if kind == "version_string":
        return r.choice(["%d.%d.%d" % (r.randint(4, 12), r.randint(0, 40), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 20)), "iOS 1%d.%d" % (r.randint(6, 8), r.randint(0, 5)), "Android 1%d" % r.randint(2, 5)])
    if kind == "percentage":
        return r.choice(["%d%%" % r.randint(1, 30), "%d,%d%%" % (r.randint(0, 14), r.randint(1, 9)), "%d.%d%%" % (r.randint(0, 14), r.randint(1, 9)), "%d %%" % r.randint(1, 20)])
    if kind == "quantity":
        return r.choice(["%d termijnen" % r.choice([3, 4, 6]) if ctx.lang in ("nl", "nl-be") else "%d x" % r.choice([3, 4, 6]),
                         "%d rekeningen" % r.randint(2, 5) if ctx.lang in ("nl", "nl-be") else "%d accounts" % r.randint(2, 5) if ctx.lang.startswith("en") else "%d comptes" % r.randint(2, 5),
                         "%d keer" % r.randint(2, 9) if ctx.lang in ("nl", "nl-be") else "%d times" % r.randint(2, 9) if ctx.lang.startswith("en") else "%d fois" % r.randint(2, 9)])
    if kind == "url":
        return r.choice(["https://www.", "https://", "www.", "https://help."]) + b["domain"] + r.choice(["", "/help", "/fraude", "/kaart-blokkeren", "/contact", "/app", "/security", "/faq/2fa", "/s/" + rs(r, string.ascii_letters, 6)])
    if kind == "masked_value":
        last4 = ctx.last.get("card", digits(r, 16))[-4:]
        if arg == "phone":
            return r.choice(["+31 6 ****" + digits(r, 4), "06-******" + digits(r, 2), "*** ** ** " + digits(r, 2), "07*** ***" + digits(r, 3), "+32 4** ** ** " + digits(r, 2)])
        if arg == "iban":
            return r.choice([r.choice(["NL", "BE", "GB"]) + "** **** **** " + digits(r, 4), "****" + digits(r, 4), "BE** **** **** " + digits(r, 2) + "**"])
        if arg == "email":
            return r.choice([ctx.person[0][0].lower() + "*****@" + r.choice(["gmail.com", "telenet.be", "hotmail.com"]), ctx.person[0][:2].lower() + "***" + "@***.com"])
        return r.choice(["**** " + last4, "**** **** **** " + last4, "xxxx-xxxx-xxxx-" + last4, "•••• " + last4, "XXXXXXXXXXXX" + last4, "************" + last4, "*" + last4])
    if kind == "port":
        return str(r.choice([443, 8080, 8443, 22, 3000, 5432]))
    if kind == "checksum":
        return r.choice(["sha256:" + rs(r, HEX, 64), rs(r, HEX, 32), "md5 " + rs(r, HEX, 32)]) if arg != "plain" else rs(r, HEX, 64)
    raise KeyError(kind)


class Ctx:
    def __init__(self, rng, lang, brand, person, agent, agent_last, street, city, bizdom):
        self.rng, self.lang, self.brand = rng, lang, brand
        self.locale = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]
        self.person, self.agent, self.agent_last = person, agent, agent_last
        self.street, self.city, self.bizdom = street, city, bizdom
        self.last = {}


def typo(rng, text):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{4,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    k = rng.random()
    if k < 0.4:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k < 0.7:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


def render(tpl, ctx, style=None):
    """Return list of segments (text, label) where label is None, ('s', type) or ('n', kind)."""
    r = ctx.rng
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None])
        pre, name, arg = m.groups()
        if pre == "@":
            segs.append([fill(ctx, name), None])
        elif pre == "~":
            segs.append([neg_value(ctx, name, arg), ("n", name)])
        else:
            segs.append([SPAN_GEN[name](ctx, arg), ("s", name)])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None])
    if style:
        for s in segs:
            if s[1] is None:
                if style == "lower":
                    s[0] = s[0].lower()
                elif style == "upper":
                    s[0] = s[0].upper()
        lits = [s for s in segs if s[1] is None and len(s[0]) > 6]
        if style == "typo" and lits:
            s = r.choice(lits)
            s[0] = typo(r, s[0])
    return segs


def fill(ctx, name):
    if name == "name":
        return ctx.person[0]
    if name == "full":
        return ctx.person[0] + " " + ctx.person[1]
    if name == "last":
        return ctx.person[1]
    if name == "agent":
        return ctx.agent
    if name == "brand":
        return ctx.brand["name"]
    if name == "city":
        return ctx.city[0]
    if name == "biz":
        return ctx.bizname
    raise KeyError(name)


def quote(segs, prefix="> "):
    out = [[prefix, None]]
    for t, lab in segs:
        if lab is None:
            out.append([t.replace("\n", "\n" + prefix), None])
        else:
            out.append([t.replace("\n", "\n" + prefix), lab])
    return out


def finish(segs):
    text = ""
    spans, negs = [], []
    for t, lab in segs:
        st = len(text)
        text += t
        if lab is None:
            continue
        if lab[0] == "s":
            spans.append({"type": lab[1], "start": st, "end": len(text)})
        else:
            negs.append({"kind": lab[1], "start": st, "end": len(text)})
    return text, spans, negs


def check(rec):
    text = rec["text"]
    allv = [("s", s) for s in rec["spans"]] + [("n", n) for n in rec["negatives"]]
    for k, s in allv:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (rec["id"], s)
        v = text[a:b]
        assert v == v.strip(), (rec["id"], s, v)
        if k == "s" and s["type"] == "card":
            assert luhn_ok(v) and 12 <= sum(c.isdigit() for c in v) <= 19, (rec["id"], v)
        if k == "s" and s["type"] == "iban":
            assert iban_ok(v), (rec["id"], v)
        if k == "s" and s["type"] == "bsn":
            assert bsn_ok(v), (rec["id"], v)
    ivs = sorted((s["start"], s["end"]) for _, s in allv)
    for (a1, b1), (a2, b2) in zip(ivs, ivs[1:]):
        assert b1 <= a2, (rec["id"], "overlap", (a1, b1), (a2, b2))
    assert rec["visibility"] == ("public" if rec["channel"] in ("x_public", "instagram_comment", "facebook_comment") else "private")
