#!/usr/bin/env python3
"""Blind scrub corpus "blind6" generator (record prefix b6).

Standard library only, Python 3.11.  Deterministic for a given --seed.
Writes dev.jsonl, heldout.jsonl and README.md next to this file.

Emphasis: fragments and messy typing (values given alone as the answer to an
agent question, values split over two lines/turns, missing spaces around cues,
typos in cue words, dictated digits, values written twice, public posts with
accidental private data, Telegram/WhatsApp exports, short agent replies) with
dense hard negatives next to cue words.

Written blind: only the task brief was used (see README.md).
"""
import argparse
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

DEFAULT_SEED = 20261204
PREFIX = "b6"
HERE = os.path.dirname(os.path.abspath(__file__))
N_PER_HALF = 1040
HALVES = ("dev", "heldout")

HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"]
OTHER_TYPES = ["card_expiry", "email", "phone", "address", "date_of_birth",
               "ip_address", "customer_number"]
ALL_TYPES = HIGH_RISK + OTHER_TYPES
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm",
            "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"]


def deal(seq):
    """Deal a list alternately to (dev, heldout); independent of the seed."""
    seq = list(seq)
    return {"dev": seq[0::2], "heldout": seq[1::2]}


# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------

def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod97(iban):
    s = re.sub(r"\s", "", iban).upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def make_iban(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s.upper())
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def bsn_ok(bsn):
    d = [int(c) for c in bsn if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0 and s != 0


# ----------------------------------------------------------------------------
# value generators (labelled)
# ----------------------------------------------------------------------------

def rdig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_password(ctx, style):
    rng = ctx.rng
    w = rng.choice(ctx.pool("pwwords"))
    w2 = rng.choice(ctx.pool("pwwords"))
    yr = str(rng.randint(1975, 2025))
    sym = rng.choice("!#$@%&*?")
    s = style or rng.choice(["wordyear", "wordyear", "wordnum", "mixed", "leet", "random",
                             "phrase", "dots", "lower", "camel", "under", "symfirst"])
    if s == "wordyear":
        return w.capitalize() + yr + sym
    if s == "wordnum":
        return w.lower() + rdig(rng, rng.choice([2, 3, 4]))
    if s == "mixed":
        return w.capitalize() + sym + rdig(rng, 2) + w2.capitalize()
    if s == "leet":
        t = w.capitalize().replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return t + rdig(rng, 2) + rng.choice(["", "x", "!", "_"]) + rng.choice("kqzXZ")
    if s == "random":
        base = ralnum(rng, rng.randint(9, 13))
        i = rng.randint(1, len(base) - 2)
        return base[:i] + sym + base[i:]
    if s == "phrase":
        return "-".join([w.lower(), w2.lower(), rng.choice(ctx.pool("pwwords")).lower(), rdig(rng, 1)])
    if s == "dots":
        return w.capitalize() + "." + w2.capitalize() + "." + rdig(rng, 2)
    if s == "lower":
        return w.lower() + yr[-2:] + w2.lower()
    if s == "camel":
        return w.capitalize() + w2.capitalize() + rdig(rng, 3)
    if s == "under":
        return w.lower() + "_" + rdig(rng, 4) + "_" + sym
    if s == "symfirst":
        return sym + w.capitalize() + yr
    raise ValueError(s)


def gen_username(ctx, style):
    rng = ctx.rng
    f = ctx.cust_first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ï", "i")
    l = ctx.cust_last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ë", "e")
    y = str(rng.randint(1960, 2004))
    s = style or rng.choice(["fl_y", "f.l", "f_l", "l.f", "fy", "fl2", "nick", "f-l", "lf", "caps"])
    if s == "fl_y":
        return f[0] + l + y[-2:]
    if s == "f.l":
        return f + "." + l
    if s == "f_l":
        return f + "_" + l[:3]
    if s == "l.f":
        return l + "." + f[0]
    if s == "fy":
        return f + y
    if s == "fl2":
        return f + l[0] + rdig(rng, 3)
    if s == "nick":
        return rng.choice(ctx.pool("pwwords")).lower() + rng.choice(["_", "", "."]) + rng.choice(["fan", "king", "x", "girl", "boy", "nl", "be", "77"]) + rdig(rng, 2)
    if s == "f-l":
        return f + "-" + l
    if s == "lf":
        return l + f[:2] + rdig(rng, 2)
    if s == "caps":
        return f.capitalize() + l.capitalize()[:4] + y[-2:]
    raise ValueError(s)


def fmt_digits(d, style, rng):
    if style == "dash":
        return "-".join(d)
    if style == "space":
        return " ".join(d)
    if style == "dot":
        h = len(d) // 2
        return d[:h] + "." + d[h:]
    return d


def gen_pin(ctx, style):
    rng = ctx.rng
    n = rng.choice([4, 4, 4, 4, 4, 5, 6])
    d = rdig(rng, n)
    while d[0] == "0" and rng.random() < 0.5:
        d = rdig(rng, n)
    s = style or rng.choice(["plain"] * 6 + ["dash", "space", "dot"])
    if s == "four":
        return rdig(rng, 4)
    return fmt_digits(d, s, rng)


def gen_puk(ctx, style):
    rng = ctx.rng
    d = rdig(rng, 8)
    s = style or rng.choice(["plain", "plain", "plain", "g4", "g4dash", "g2"])
    if s == "g4":
        return d[:4] + " " + d[4:]
    if s == "g4dash":
        return d[:4] + "-" + d[4:]
    if s == "g2":
        return " ".join(d[i:i + 2] for i in range(0, 8, 2))
    return d


def gen_otp(ctx, style):
    rng = ctx.rng
    s = style or rng.choice(["plain"] * 5 + ["sp", "dash", "prefix", "eight", "spaced", "five", "four"])
    d = rdig(rng, 6)
    if s == "plain":
        return d
    if s == "sp":
        return d[:3] + " " + d[3:]
    if s == "dash":
        return d[:3] + "-" + d[3:]
    if s == "prefix":
        return rng.choice("GTKMA") + "-" + d
    if s == "eight":
        return rdig(rng, 8)
    if s == "spaced":
        return " ".join(d)
    if s == "five":
        return rdig(rng, 5)
    if s == "four":
        return rdig(rng, 4)
    raise ValueError(s)


def gen_wifi(ctx, style):
    rng = ctx.rng
    s = style or rng.choice(["sticker", "sticker", "grouped", "hexish", "phrase", "mixed", "lowerdig"])
    if s == "sticker":
        return ralnum(rng, rng.choice([12, 13, 16]), string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789")
    if s == "grouped":
        return "-".join(ralnum(rng, 4) for _ in range(rng.choice([3, 4])))
    if s == "hexish":
        return ralnum(rng, 16, "abcdef0123456789")
    if s == "phrase":
        return rng.choice(ctx.pool("pwwords")).capitalize() + rng.choice(ctx.pool("pwwords")).capitalize() + rdig(rng, 4)
    if s == "mixed":
        return ralnum(rng, rng.randint(10, 14))
    if s == "lowerdig":
        return ralnum(rng, 10, string.ascii_lowercase + string.digits)
    raise ValueError(s)


B64 = string.ascii_letters + string.digits


def gen_api_key(ctx, style):
    rng = ctx.rng
    s = style or rng.choice(["sk", "pk", "rk", "ck", "cs", "api", "akia", "awssecret", "aiza", "sg", "hex32", "sk"])
    if s == "sk":
        return "sk_live_" + ralnum(rng, 24)
    if s == "pk":
        return "pk_live_" + ralnum(rng, 24)
    if s == "rk":
        return "rk_live_" + ralnum(rng, 24)
    if s == "ck":
        return "ck_" + ralnum(rng, 40, "0123456789abcdef")
    if s == "cs":
        return "cs_" + ralnum(rng, 40, "0123456789abcdef")
    if s == "api":
        return "api_" + ralnum(rng, 32)
    if s == "akia":
        return "AKIA" + ralnum(rng, 16, string.ascii_uppercase + "234567")
    if s == "awssecret":
        return ralnum(rng, 40, B64 + "/+")
    if s == "aiza":
        return "AIza" + ralnum(rng, 35, B64 + "-_")
    if s == "sg":
        return "SG." + ralnum(rng, 22, B64 + "-_") + "." + ralnum(rng, 43, B64 + "-_")
    if s == "hex32":
        return ralnum(rng, 32, "0123456789abcdef")
    raise ValueError(s)


def gen_token(ctx, style):
    rng = ctx.rng
    s = style or rng.choice(["jwt", "jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40", "opaque"])
    if s == "jwt":
        head = rng.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                           "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"])
        return head + ".eyJ" + ralnum(rng, rng.randint(30, 60), B64) + "." + ralnum(rng, 43, B64 + "-_")
    if s == "ghp":
        return "ghp_" + ralnum(rng, 36)
    if s == "pat":
        return "github_pat_" + ralnum(rng, 22) + "_" + ralnum(rng, 59)
    if s == "xoxb":
        return "xoxb-" + rdig(rng, 12) + "-" + rdig(rng, 13) + "-" + ralnum(rng, 24)
    if s == "xoxp":
        return "xoxp-" + rdig(rng, 12) + "-" + rdig(rng, 12) + "-" + rdig(rng, 13) + "-" + ralnum(rng, 32, "0123456789abcdef")
    if s == "glpat":
        return "glpat-" + ralnum(rng, 20, B64 + "-_")
    if s == "hex40":
        return ralnum(rng, 40, "0123456789abcdef")
    if s == "opaque":
        return ralnum(rng, rng.choice([32, 40, 48]), B64)
    raise ValueError(s)


def gen_card(ctx, style):
    rng = ctx.rng
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if style == "amex":
        kind = "amex"
    if kind == "visa":
        num = luhn_complete("4", 16, rng)
    elif kind == "mc":
        num = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        num = luhn_complete(rng.choice(["6759", "6761", "5018"]), rng.choice([16, 19]), rng)
    f = rng.choice(["sp", "sp", "sp", "dsp", "dash", "none"])
    if kind == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    if f == "sp":
        return " ".join(groups)
    if f == "dsp":
        return "  ".join(groups)
    if f == "dash":
        return "-".join(groups)
    return num


def gen_cvv(ctx, style):
    return rdig(ctx.rng, 3) if style != "four" else rdig(ctx.rng, 4)


def gen_expiry(ctx, style):
    rng = ctx.rng
    m = "%02d" % rng.randint(1, 12)
    y = rng.randint(26, 32)
    s = style or rng.choice(["slash", "slash", "dashfull", "mmyy", "slashfull", "spaced", "dot"])
    if s == "slash":
        return "%s/%02d" % (m, y)
    if s == "dashfull":
        return "%s-20%02d" % (m, y)
    if s == "mmyy":
        return "%s%02d" % (m, y)
    if s == "slashfull":
        return "%s/20%02d" % (m, y)
    if s == "spaced":
        return "%s / %02d" % (m, y)
    if s == "dot":
        return "%s.%02d" % (m, y)
    raise ValueError(s)


IBAN_SPECS = {
    "NL": lambda r: r.choice(["KNAB", "ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ"]) + rdig(r, 10),
    "BE": lambda r: rdig(r, 12),
    "DE": lambda r: rdig(r, 18),
    "FR": lambda r: rdig(r, 23),
    "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + rdig(r, 14),
    "ES": lambda r: rdig(r, 20),
    "LU": lambda r: rdig(r, 3) + rdig(r, 13),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + rdig(r, 14),
}


def gen_iban(ctx, style):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        c = rng.choice(["NL"] * 8 + ["BE", "DE"])
    elif lang in ("nl-be", "fr-be"):
        c = rng.choice(["BE"] * 7 + ["NL", "FR", "LU"])
    elif lang == "en-gb":
        c = rng.choice(["GB"] * 4 + ["IE", "NL", "ES", "DE"])
    else:
        c = rng.choice(["NL", "BE", "DE", "GB", "ES", "FR", "IE"])
    iban = make_iban(c, IBAN_SPECS[c](rng))
    s = style or rng.choice(["grp", "grp", "grp", "none", "lower", "spc2", "grplower"])
    grp = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if s == "grp":
        return grp
    if s == "none":
        return iban
    if s == "lower":
        return iban.lower()
    if s == "grplower":
        return grp.lower()
    if s == "spc2":
        return iban[:2] + " " + iban[2:4] + " " + " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))
    raise ValueError(s)


def gen_bsn(ctx, style):
    rng = ctx.rng
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last == 10:
            continue
        b = "".join(map(str, d)) + str(last)
        if bsn_ok(b):
            break
    f = style or rng.choice(["plain", "plain", "plain", "dots", "spaces"])
    if f == "dots":
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if f == "spaces":
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def lg(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def gen_dob(ctx, style):
    rng = ctx.rng
    y = rng.randint(1941, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    g = lg(ctx.lang)
    s = style or rng.choice(["dmy", "dmy", "words", "short", "iso", "slash"])
    if ctx.lang == "en-us" and s in ("dmy", "slash", "short"):
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS["en"][m - 1], d, y)])
    if s == "dmy":
        return "%02d-%02d-%d" % (d, m, y)
    if s == "words":
        if g == "en":
            return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
        return "%d %s %d" % (d, MONTHS[g][m - 1], y)
    if s == "short":
        return "%d-%d-%02d" % (d, m, y % 100)
    if s == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if s == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    raise ValueError(s)


def gen_email(ctx, style):
    rng = ctx.rng
    f = ctx.cust_first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ç", "c")
    l = ctx.cust_last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ë", "e")
    local = rng.choice([f + "." + l, f[0] + l, f + l[0] + rdig(rng, 2), l + "." + f, f + "_" + l + rdig(rng, 2), f + rdig(rng, 4)])
    dom = rng.choice(ctx.pool("domains_" + lg(ctx.lang)))
    s = style or rng.choice(["plain"] * 7 + ["spaced", "at", "paren"])
    if s == "spaced":
        return local + " @ " + dom
    if s == "at":
        name, tld = dom.rsplit(".", 1)
        dotw = {"nl": "punt", "fr": "point", "en": "dot"}[lg(ctx.lang)]
        return local + " at " + name.replace(".", " " + dotw + " ") + " " + dotw + " " + tld
    if s == "paren":
        return local + "(at)" + dom
    return local + "@" + dom


def gen_phone(ctx, style):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        d = "1" + rdig(rng, 7)
        return rng.choice([
            "06-" + d, "06 " + " ".join([d[0:2], d[2:4], d[4:6], d[6:8]]), "06" + d, "+31 6 " + d[:4] + " " + d[4:],
            "06 - " + d, "+316" + d, "020-" + "7" + rdig(rng, 6), "(020) 7" + rdig(rng, 2) + " " + rdig(rng, 4), "0031 6 " + d])
    if lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        a, b, c = rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)
        return rng.choice(["0" + p + "/" + a + "." + b + "." + c, "0" + p + " " + a + " " + b + " " + c,
                           "+32 " + p + " " + a + " " + b + " " + c, "0" + p + a + b + c, "0" + p + "/" + a + b + c,
                           "+32" + p + a + b + c, "0032 " + p + " " + a + b + c])
    if lang == "en-gb":
        x = rdig(rng, 3)
        return rng.choice(["07700 900" + x, "+44 7700 900" + x, "07700900" + x, "020 7946 0" + x, "+44 20 7946 0" + x, "(020) 7946 0" + x, "07700 900 " + x])
    x = "01" + rdig(rng, 2)
    area = rng.choice(["212", "312", "415", "617", "202", "305", "512", "614"])
    return rng.choice(["(%s) 555-%s" % (area, x), "%s.555.%s" % (area, x), "%s-555-%s" % (area, x), "+1 %s-555-%s" % (area, x), "+1 (%s) 555-%s" % (area, x), "1-%s-555-%s" % (area, x)])


def gen_address(ctx, style):
    rng = ctx.rng
    lang = ctx.lang
    multi = style == "multi"
    street = rng.choice(ctx.pool("streets_" + lang if lang != "en-us" else "streets_en-us"))
    city = rng.choice(ctx.pool("cities_" + lang))
    nr = str(rng.randint(1, 180))
    if rng.random() < 0.15:
        nr += rng.choice(["a", "B", "-2", " bus 3", "-hs"] if lang in ("nl", "nl-be") else ["b", "A", "/2"])
    if lang == "nl":
        pc = "%d %s" % (rng.randint(1011, 9999), ralnum(rng, 2, "ABCEGHJKLNPRSTVWXZ"))
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        a, b = "%s %s" % (street, nr), "%s %s" % (pc, city.upper() if rng.random() < 0.15 else city)
    elif lang in ("nl-be", "fr-be"):
        pc, cname = city
        if lang == "fr-be":
            a = rng.choice(["%s %s" % (street, nr), "%s, %s" % (street, nr)])
        else:
            a = "%s %s" % (street, nr)
        b = "%s %s" % (pc, cname)
        if rng.random() < 0.2:
            b = "B-" + b
    elif lang == "en-gb":
        cname, pc = city
        a = "%s %s" % (nr.replace(" bus 3", ""), street)
        b = "%s %s" % (cname, pc)
    else:
        cname, st, z = city
        a = "%s %s" % (rng.randint(10, 9800), street)
        b = "%s, %s %s" % (cname, st, z)
    if style == "street":
        return a
    if multi:
        return a + "\n" + b
    return a + rng.choice([", ", " ", ", "]) + b


def gen_ip(ctx, style):
    rng = ctx.rng
    if rng.random() < 0.2:
        return "2a02:%s:%s:%s::%s" % (ralnum(rng, 4, "0123456789abcdef"), ralnum(rng, 3, "0123456789abcdef"), ralnum(rng, 4, "0123456789abcdef"), ralnum(rng, 3, "0123456789abcdef"))
    return "%d.%d.%d.%d" % (rng.choice([31, 37, 46, 62, 77, 80, 81, 84, 86, 89, 94, 145, 178, 188, 213, 217]), rng.randint(1, 254), rng.randint(0, 254), rng.randint(2, 254))


def gen_custnr(ctx, style):
    rng = ctx.rng
    s = style or rng.choice(["d10", "d8", "d9", "pref", "dash", "d7"])
    if s == "d10":
        return rng.choice(["10", "20", "30", "40"]) + rdig(rng, 8)
    if s == "d8":
        return rdig(rng, 8)
    if s == "d9":
        return rng.choice("123456789") + rdig(rng, 8)
    if s == "pref":
        return rng.choice(["C", "K", "KL", "CL", "M", "UK", "ACC"]) + rdig(rng, rng.choice([6, 7, 8]))
    if s == "dash":
        return rdig(rng, 4) + "-" + rdig(rng, 3) + "-" + rdig(rng, 2)
    if s == "d7":
        return rng.choice("123456789") + rdig(rng, 6)
    raise ValueError(s)


GEN = {
    "password": gen_password, "username": gen_username, "pin": gen_pin, "puk": gen_puk,
    "otp": gen_otp, "wifi_key": gen_wifi, "api_key": gen_api_key, "token": gen_token,
    "card": gen_card, "cvv": gen_cvv, "card_expiry": gen_expiry, "iban": gen_iban, "bsn": gen_bsn,
    "date_of_birth": gen_dob, "email": gen_email, "phone": gen_phone, "address": gen_address,
    "ip_address": gen_ip, "customer_number": gen_custnr,
}


# ----------------------------------------------------------------------------
# hard-negative generators
# ----------------------------------------------------------------------------

def neg_amount(ctx, hint):
    rng = ctx.rng
    e, c = rng.randint(3, 240), rng.randint(0, 99)
    if ctx.lang in ("nl", "nl-be", "fr-be"):
        return rng.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "€%d" % e, "EUR %d,%02d" % (e, c), "%d,%02d €" % (e, c), "%d euro" % e])
    if ctx.lang == "en-gb":
        return rng.choice(["£%d.%02d" % (e, c), "£%d" % e, "%d quid" % e, "£ %d.%02d" % (e, c)])
    return rng.choice(["$%d.%02d" % (e, c), "$%d" % e, "%d bucks" % e, "USD %d.%02d" % (e, c)])


def neg_company_phone(ctx, hint):
    rng = ctx.rng
    if ctx.lang == "nl":
        return rng.choice(["0800-0" + rdig(rng, 3), "0900 " + rdig(rng, 4), "088 " + rdig(rng, 3) + " " + rdig(rng, 4), "0900-" + rdig(rng, 4), "0800 " + rdig(rng, 4)])
    if ctx.lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + rdig(rng, 2) + " " + rdig(rng, 2) + " " + rdig(rng, 2), "0800 " + rdig(rng, 2) + " " + rdig(rng, 3), "070/" + rdig(rng, 2) + "." + rdig(rng, 2) + "." + rdig(rng, 2), "078/" + rdig(rng, 6)])
    if ctx.lang == "en-gb":
        return rng.choice(["0345 " + rdig(rng, 3) + " " + rdig(rng, 4), "03457 " + rdig(rng, 6), "0800 " + rdig(rng, 3) + " " + rdig(rng, 4), "0333 " + rdig(rng, 3) + " " + rdig(rng, 4)])
    return rng.choice(["1-800-555-01" + rdig(rng, 2), "1-888-555-01" + rdig(rng, 2), "(800) 555-01" + rdig(rng, 2)])


def neg_company_registration(ctx, hint):
    rng = ctx.rng
    if hint == "kvk":
        return rdig(rng, 8)
    if hint == "btw":
        return "NL" + rdig(rng, 9) + "B0" + str(rng.randint(1, 3))
    if hint == "kbo":
        d = "0" + rdig(rng, 9)
        return d[:4] + "." + d[4:7] + "." + d[7:]
    if ctx.lang == "nl":
        return rng.choice([rdig(rng, 8), "NL" + rdig(rng, 9) + "B01", "NL" + rdig(rng, 9) + "B0" + str(rng.randint(1, 9))])
    if ctx.lang in ("nl-be", "fr-be"):
        d = "0" + rdig(rng, 9)
        return rng.choice(["BE " + d[:4] + "." + d[4:7] + "." + d[7:], d[:4] + "." + d[4:7] + "." + d[7:], "BE" + d])
    if ctx.lang == "en-gb":
        return rng.choice(["0" + rdig(rng, 7), "GB " + rdig(rng, 3) + " " + rdig(rng, 4) + " " + rdig(rng, 2), "SC" + rdig(rng, 6)])
    return rng.choice(["%s-%s" % (rdig(rng, 2), rdig(rng, 7))])


def neg_date(ctx, hint):
    rng = ctx.rng
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025, 2026])
    g = lg(ctx.lang)
    if ctx.lang == "en-us":
        return rng.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d/%d" % (m, d, y), "%s %dth" % (MONTHS["en"][m - 1][:3], d if d > 3 else 4)])
    if g == "en":
        return rng.choice(["%d %s" % (d, MONTHS["en"][m - 1]), "%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS["en"][m - 1][:3])])
    return rng.choice(["%d-%d-%d" % (d, m, y), "%d %s" % (d, MONTHS[g][m - 1]), "%02d/%02d" % (d, m), "%d %s %d" % (d, MONTHS[g][m - 1], y), "%d/%d" % (d, m)])


def neg_time(ctx, hint):
    rng = ctx.rng
    h, mi = rng.randint(7, 23), rng.choice([0, 5, 10, 15, 20, 30, 45, 50, 12, 37])
    if hint == "clock":
        return "%02d:%02d" % (h, mi)
    if ctx.lang == "nl-be":
        return rng.choice(["%du%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
    if ctx.lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi)])
    if ctx.lang == "en-us":
        return rng.choice(["%d:%02d pm" % (h % 12 or 12, mi), "%dpm" % (h % 12 or 12), "%d:%02d" % (h, mi)])
    if ctx.lang == "en-gb":
        return rng.choice(["%d:%02d" % (h, mi), "%d.%02dpm" % (h % 12 or 12, mi), "%dam" % rng.randint(7, 11)])
    return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d uur" % (h, mi)])


def neg_year(ctx, hint):
    return str(ctx.rng.choice([2015, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]))


def neg_error_code(ctx, hint):
    rng = ctx.rng
    return rng.choice([
        "E-" + rdig(rng, 4), "0x8007" + ralnum(rng, 4, "0123456789ABCDEF"), "ERR-" + rdig(rng, 4),
        "AUTH-" + rng.choice(["401", "403", "419"]), "ERR_" + rdig(rng, 4), rng.choice("EFSZ") + "-" + rdig(rng, 3) + rng.choice("ABCX"),
        "S" + rdig(rng, 4), "LOGIN_FAILED_" + rdig(rng, 2), "CODE_" + ralnum(rng, 2, string.ascii_uppercase) + rdig(rng, 3),
        "E" + rdig(rng, 2), "NW-" + rdig(rng, 1) + "-" + rdig(rng, 2), "PIN-" + rdig(rng, 3), "W" + rdig(rng, 3) + ralnum(rng, 1, "ABCDEF"),
        "F" + ralnum(rng, 2, "0123456789ABCDEF") + "-" + rdig(rng, 4), str(rng.choice([403, 404, 500, 502, 503])), "TX-" + ralnum(rng, 6, "0123456789ABCDEF")])


def neg_flight(ctx, hint):
    rng = ctx.rng
    return rng.choice(["KL", "HV", "SN", "BA", "FR", "U2", "TB", "LH", "AF", "UA", "DL", "EZY"]) + rng.choice(["", " "]) + str(rng.randint(100, 8999))


HASHTAGS = {
    "nl": {"_": ["#klantenservice", "#fail", "#boos", "#zucht", "#nogsteeds", "#geduld", "#slechteservice"],
           "telco": ["#storing", "#wifi", "#internet", "#simkaart", "#thuiswerken", "#pincode"], "bank": ["#pinnen", "#pincode", "#bank", "#2fa"],
           "parcel": ["#pakket", "#bezorging"], "shop": ["#bestelling", "#retour"], "energy": ["#energierekening", "#meterstand"],
           "transport": ["#ov", "#reizen"], "streaming": ["#streaming", "#inloggen"], "dev": ["#api", "#devops"], "insurer": ["#zorgverzekering"],
           "municipality": ["#gemeente", "#digid"]},
    "fr": {"_": ["#serviceclient", "#ras_le_bol", "#arnaque", "#nul"], "telco": ["#panne", "#wifi", "#internet", "#code"], "bank": ["#banque", "#code"],
           "parcel": ["#colis"], "shop": ["#commande"], "energy": ["#facture"], "transport": ["#stib", "#train"], "streaming": ["#streaming"],
           "dev": ["#api"], "insurer": ["#mutuelle"], "municipality": ["#commune"]},
    "en": {"_": ["#fail", "#customerservice", "#helpme", "#stillwaiting", "#nothappy", "#rant"], "telco": ["#outage", "#wifi", "#broadband", "#PIN"],
           "bank": ["#banking", "#PIN", "#2FA", "#password"], "parcel": ["#parcel", "#delivery"], "shop": ["#refund"], "energy": ["#energybills"],
           "transport": ["#commute"], "streaming": ["#streaming"], "dev": ["#api", "#devops"], "insurer": ["#insurance"], "municipality": ["#council"]},
}


def neg_hashtag(ctx, hint):
    d = HASHTAGS[lg(ctx.lang)]
    return ctx.rng.choice(d["_"] + d.get(ctx.sector, []) * 2)


def neg_mention(ctx, hint):
    return "@" + ctx.handle


def neg_invoice(ctx, hint):
    rng = ctx.rng
    return rng.choice(["2024-" + rdig(rng, 6), "F2024-" + rdig(rng, 5), "INV-" + rdig(rng, 5), "%d/%s" % (rng.choice([2024, 2025]), rdig(rng, 4)), "FA" + rdig(rng, 8), rdig(rng, 10), "NF-" + ralnum(rng, 2, "ABCDEFGHJK") + rdig(rng, 6)])


def neg_order(ctx, hint):
    rng = ctx.rng
    return rng.choice(["#" + ralnum(rng, 9, string.ascii_letters + string.digits), rng.choice(["BE", "NL", "UK"]) + "-" + rdig(rng, 4) + "-" + rdig(rng, 4), "1000" + rdig(rng, 6),
                       "ORD-" + ralnum(rng, 4, string.ascii_uppercase + string.digits) + "-" + ralnum(rng, 2, string.ascii_uppercase), "#" + rdig(rng, 7), ralnum(rng, 3, string.ascii_uppercase) + rdig(rng, 7), "W" + rdig(rng, 9)])


def neg_ticket(ctx, hint):
    rng = ctx.rng
    return rng.choice(["#CS-" + rdig(rng, 6), "INC" + rdig(rng, 7), "Z-2024-" + rdig(rng, 5), rdig(rng, 2) + "-" + rdig(rng, 4) + "-" + rng.choice("ABCD"), rdig(rng, 8), "CAS-" + rdig(rng, 5) + "-" + ralnum(rng, 4, string.ascii_uppercase + string.digits), "#" + rdig(rng, 6), "SR" + rdig(rng, 8), "T" + rdig(rng, 7)])


def neg_tracking(ctx, hint):
    rng = ctx.rng
    return rng.choice(["3S" + ralnum(rng, 4, string.ascii_uppercase) + rdig(rng, 7), "JVGL" + rdig(rng, 16), "1Z" + ralnum(rng, 6, string.ascii_uppercase + string.digits) + rdig(rng, 10),
                       "CD" + rdig(rng, 9) + "BE", "LX" + rdig(rng, 9) + "NL", "00" + rdig(rng, 16), "GX" + ralnum(rng, 12, string.ascii_uppercase + string.digits), "94" + rdig(rng, 20)])


def neg_meter(ctx, hint):
    rng = ctx.rng
    if hint == "gas":
        return rng.choice(["%05d,%03d" % (rng.randint(100, 99999), rng.randint(0, 999)), "%05d" % rng.randint(100, 99999)])
    return rng.choice(["%06d" % rng.randint(1000, 999999), "%05d" % rng.randint(1000, 99999), "%d,%d" % (rng.randint(1000, 99999), rng.randint(0, 9))])


def neg_model(ctx, hint):
    rng = ctx.rng
    if hint == "phone":
        return rng.choice(["Galaxy A54", "iPhone 15 Pro", "iPhone 12 mini", "Pixel 8a", "Redmi Note 12", "Galaxy S23", "Moto G84", "Fairphone 5", "OnePlus Nord 3", "Xperia 10 V", "iPhone SE"])
    if hint == "modem":
        return rng.choice(["H369A", "Fritz!Box 7590", "Fritz!Box 7530 AX", "TP-Link Archer C6", "Connect Box", "Experia Box v10", "Archer AX55", "Sagemcom F@st 5866", "Homebox 4", "Deco X20", "Smart Hub 2", "Nokia G-240W-F"])
    return rng.choice(["Galaxy A54", "iPhone 15 Pro", "iPhone 12 mini", "Pixel 8a", "Redmi Note 12", "Galaxy S23", "Moto G84", "Fairphone 5", "OnePlus Nord 3", "Xperia 10 V", "iPad Air", "Galaxy Tab A8", "Apple TV 4K", "Chromecast", "Fire TV Stick 4K", "Galaxy Watch 6"])


def neg_product(ctx, hint):
    rng = ctx.rng
    ean = luhn_like_ean(rng)
    return rng.choice([ean, "KK-" + rdig(rng, 4) + "-" + ralnum(rng, 2, string.ascii_uppercase), rdig(rng, 7), "SKU" + rdig(rng, 6), ralnum(rng, 3, string.ascii_uppercase) + "-" + rdig(rng, 5) + ralnum(rng, 1, string.ascii_uppercase)])


def luhn_like_ean(rng):
    d = "87" + rdig(rng, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def neg_version(ctx, hint):
    rng = ctx.rng
    if hint == "bare":
        return "%d.%d.%d" % (rng.randint(3, 14), rng.randint(0, 30), rng.randint(0, 9))
    if hint == "fw":
        return rng.choice(["%d.%02d-%s" % (rng.randint(6, 8), rng.randint(0, 80), ralnum(rng, 7, "0123456789abcdef")), ralnum(rng, 8, "0123456789abcdef"), "v%d.%d.%d-%s" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 20), ralnum(rng, 6, "0123456789abcdef")), "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 99), rng.randint(100, 9999))])
    return rng.choice(["iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(1, 3)), "Android %d" % rng.randint(11, 15), "%d.%d.%d" % (rng.randint(3, 14), rng.randint(0, 30), rng.randint(0, 9)),
                       "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 20)), "%d.%d.%d (%d)" % (rng.randint(3, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 9999)), "Windows 11 23H2", "macOS 14.4", "%d.%d.%d-beta" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9))])


def neg_percentage(ctx, hint):
    rng = ctx.rng
    return rng.choice(["%d%%" % rng.randint(2, 90), "%d %%" % rng.randint(2, 90), "%d,%d%%" % (rng.randint(1, 20), rng.randint(1, 9)) if ctx.lang != "en-us" else "%d.%d%%" % (rng.randint(1, 20), rng.randint(1, 9))])


def neg_quantity(ctx, hint):
    rng = ctx.rng
    if hint == "data":
        return rng.choice(["%d GB" % rng.choice([5, 10, 20, 40, 100]), "%dGB" % rng.choice([2, 8, 15, 50]), "%d Mbps" % rng.choice([50, 100, 200, 500, 1000]), "%d Mbit" % rng.choice([100, 400, 1000]), "%d MB" % rng.choice([300, 500, 800])])
    if hint == "energy":
        return rng.choice(["%d kWh" % rng.randint(900, 5200), "%d m³" % rng.randint(300, 2200), "%dkWh" % rng.randint(10, 99), "%d m3" % rng.randint(300, 2200)])
    return rng.choice(["%d GB" % rng.choice([5, 10, 20, 40, 100]), "%d Mbps" % rng.choice([50, 100, 200, 500, 1000]), "%d kWh" % rng.randint(900, 5200), "%d m³" % rng.randint(300, 2200), "%d minuten" % rng.randint(20, 90) if lg(ctx.lang) == "nl" else "%d min" % rng.randint(20, 90)])


def neg_url(ctx, hint):
    rng = ctx.rng
    b = ctx.brand_slug
    tld = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "co.uk", "en-us": "com"}[ctx.lang]
    return rng.choice(["https://www.%s.%s/%s" % (b, tld, rng.choice(["help", "inloggen", "status", "retour", "storing", "support/login", "mijn"])), "%s.%s/%s" % (b, tld, rng.choice(["help", "reset", "app", "contact"])),
                       "https://bit.ly/" + ralnum(rng, 7), "https://status.%s.%s" % (b, tld), "www.%s.%s" % (b, tld), "https://%s.%s/r/%s" % (b, tld, ralnum(rng, 10))])


def neg_masked(ctx, hint):
    rng = ctx.rng
    if hint == "iban":
        return rng.choice(["NL** **** **** **" + rdig(rng, 2), "BE** **** **** " + rdig(rng, 4), "**** **** **** " + rdig(rng, 2), "NL**INGB******" + rdig(rng, 4), "••••" + rdig(rng, 4)])
    if hint == "phone":
        return rng.choice(["06-****" + rdig(rng, 4), "+31 6 ****" + rdig(rng, 4), "04** ** ** " + rdig(rng, 2), "+32 4** ** ** " + rdig(rng, 2), "07*** ***" + rdig(rng, 3), "***-***-" + rdig(rng, 4), "******" + rdig(rng, 2)])
    if hint == "card":
        return rng.choice(["**** **** **** " + rdig(rng, 4), "•••• " + rdig(rng, 4), "xxxx-xxxx-xxxx-" + rdig(rng, 4), "XXXXXX" + rdig(rng, 4), "****" + rdig(rng, 4), "**** " + rdig(rng, 4)])
    return rng.choice(["********", "**** **** **** " + rdig(rng, 4), "NL** **** **** **" + rdig(rng, 2), "•••• " + rdig(rng, 4), "xxxx-xxxx-xxxx-" + rdig(rng, 4), "****" + rdig(rng, 2), "XXXXXX" + rdig(rng, 4), "j***@g****.com", "•••••••"])


NEG = {
    "amount": neg_amount, "company_phone": neg_company_phone, "company_registration": neg_company_registration,
    "date": neg_date, "time": neg_time, "year": neg_year, "error_code": neg_error_code, "flight_number": neg_flight,
    "hashtag": neg_hashtag, "mention": neg_mention, "invoice_number": neg_invoice, "order_number": neg_order,
    "ticket_number": neg_ticket, "tracking_number": neg_tracking, "meter_reading": neg_meter, "model_number": neg_model,
    "product_code": neg_product, "version_string": neg_version, "percentage": neg_percentage, "quantity": neg_quantity,
    "url": neg_url, "masked_value": neg_masked,
}


# ----------------------------------------------------------------------------
# pools (dealt alternately to the halves: the halves share no names, streets,
# cities, brands, password words or e-mail domains)
# ----------------------------------------------------------------------------

RAW_POOLS = {
    "first_nl": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Joris", "Eva", "Thijs", "Noor", "Ruben", "Anouk", "Stijn", "Iris", "Jeroen", "Marloes", "Wouter", "Femke", "Hidde", "Esther", "Koen", "Mirjam", "Gerrit", "Yvonne", "Mehmet", "Fatima", "Sem", "Ilse", "Bas"],
    "last_nl": ["de Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Dekker", "van Dijk", "Hendriks", "Kok", "Verhoeven", "Brouwer", "van Leeuwen", "Postma", "Kuipers", "Yilmaz", "el Amrani", "Schouten", "Vermeulen"],
    "first_vl": ["Lien", "Pieter", "Jolien", "Wout", "Elke", "Tom", "Griet", "Jens", "Kaat", "Bert", "Ann", "Jelle", "Sofie", "Koen", "Hanne", "Dries", "Leen", "Stijn", "Nele", "Thibault", "Katrien", "Robbe", "Inge", "Senne"],
    "last_vl": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Goossens", "Willems", "Vermeersch", "Mertens", "Van den Broeck", "Dubois", "Jacobs", "Hermans", "Verstraete", "Van Damme", "De Backer", "Lambrechts", "Cools", "Vandenberghe", "Desmet", "Pauwels"],
    "first_fr": ["Julie", "Nicolas", "Camille", "Maxime", "Manon", "Antoine", "Chloé", "Olivier", "Sarah", "Laurent", "Pauline", "Mathieu", "Élodie", "Quentin", "Aurélie", "Damien", "Nathalie", "Kevin", "Amélie", "Youssef", "Céline", "Arnaud"],
    "last_fr": ["Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Lejeune", "Renard", "Collard", "Denis", "Lemaire", "Mathieu", "Henrard", "Gilson", "Noël", "Warnier", "Charlier", "Delvaux", "Bodart", "Hubert"],
    "first_en": ["James", "Emily", "Oliver", "Sophie", "Jack", "Chloe", "Harry", "Megan", "Tyler", "Ashley", "Ryan", "Jessica", "Liam", "Hannah", "Connor", "Amy", "Dylan", "Lauren", "Marcus", "Priya", "Aaron", "Keisha", "Owen", "Rachel"],
    "last_en": ["Smith", "Jones", "Taylor", "Brown", "Walker", "Wright", "Robinson", "Thompson", "Hughes", "Edwards", "Miller", "Davis", "Garcia", "Johnson", "Clarke", "Patel", "Murphy", "Reed", "Coleman", "Foster", "Bennett", "Hayes"],
    "streets_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Kerkplein", "Achter de Hoven", "Stationsweg", "Burgemeester Visserlaan", "Prinsengracht", "Oude Gracht", "Zuiderdiep", "Voorstraat", "Hoogeind", "Kastanjelaan", "Marktveld", "Beukenhof", "Wilhelminastraat", "Het Hoogeland", "Schoolstraat", "Lange Nieuwstraat", "Tolhuis", "Klaprooslaan", "Julianaweg", "De Ruyterkade"],
    "streets_nl-be": ["Stationsstraat", "Kerkstraat", "Dorpsstraat", "Nieuwstraat", "Molenstraat", "Grote Markt", "Kapelleveld", "Heirweg", "Steenweg op Aalst", "Hoogstraat", "Lindelei", "Kouter", "Veldstraat", "Ter Heide", "Brugse Poort", "Kasteeldreef", "Beekstraat", "Sint-Jansplein", "Processieweg", "Meirbrug"],
    "streets_fr-be": ["Rue de la Station", "Rue Haute", "Avenue Louise", "Chaussée de Waterloo", "Rue du Moulin", "Place Saint-Lambert", "Rue des Écoles", "Rue de l'Église", "Boulevard d'Avroy", "Clos des Lilas", "Rue Grande", "Avenue des Tilleuls", "Rue du Pont", "Quai de Rome", "Rue Saint-Gilles", "Rue aux Laines"],
    "streets_en-gb": ["Baker Road", "Church Lane", "Mill Street", "Victoria Road", "Station Approach", "Park View", "Queens Crescent", "The Green", "High Street", "Orchard Close", "Albert Terrace", "Kings Avenue", "Mayfield Gardens", "Holly Walk", "Canal Side", "Elm Grove"],
    "streets_en-us": ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Pine Ridge Rd", "Lakeview Dr", "Sunset Blvd", "Cedar Ln", "Hillcrest Ave", "Main St", "Birch Court", "Willow Way", "Park Pl", "Harbor Rd", "Chestnut St", "Meadowbrook Dr"],
    "cities_nl": ["Amsterdam", "Utrecht", "Zwolle", "Groningen", "Den Haag", "Haarlem", "Leeuwarden", "Tilburg", "Arnhem", "Breda", "Almere", "Enschede", "Maastricht", "Delft", "Apeldoorn", "Nijmegen", "Hoorn", "Dordrecht", "Assen", "Venlo"],
    "cities_nl-be": [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout"), ("9100", "Sint-Niklaas"), ("8400", "Oostende"), ("3600", "Genk"), ("2500", "Lier"), ("9200", "Dendermonde"), ("1800", "Vilvoorde"), ("8800", "Roeselare")],
    "cities_fr-be": [("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("6700", "Arlon"), ("7500", "Tournai"), ("1050", "Ixelles"), ("1190", "Forest"), ("4800", "Verviers"), ("5100", "Jambes"), ("1400", "Nivelles"), ("6900", "Marche-en-Famenne")],
    "cities_en-gb": [("London", "SW1A 2AA"), ("Manchester", "M4 6FE"), ("Leeds", "LS6 2QT"), ("Bristol", "BS8 1TH"), ("Sheffield", "S10 2HF"), ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 4PD"), ("Cardiff", "CF24 4HQ"), ("York", "YO10 5DD"), ("Leicester", "LE1 7RH"), ("Brighton", "BN1 3XE"), ("Reading", "RG1 8DJ"), ("Nottingham", "NG7 2RD"), ("Exeter", "EX4 4QJ")],
    "cities_en-us": [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"), ("Portland", "OR", "97205"), ("Madison", "WI", "53703"), ("Raleigh", "NC", "27601"), ("Denver", "CO", "80205"), ("Boise", "ID", "83702"), ("Albany", "NY", "12203"), ("Tucson", "AZ", "85719"), ("Richmond", "VA", "23220"), ("Omaha", "NE", "68102"), ("Savannah", "GA", "31401"), ("Trenton", "NJ", "08608")],
    "pwwords": ["zomer", "winter", "tulpen", "fiets", "molen", "kaasje", "haring", "oranje", "duinen", "polder", "gracht", "klompen", "drop", "hagelslag", "regenboog", "kievit", "merel", "soleil", "chocolat", "papillon", "lapin", "moules", "sunshine", "dragon", "monkey", "football", "summer", "pancake", "rocket", "biscuit", "tijger", "panda", "koffie", "vakantie", "lente", "ajax", "voetbal", "paard", "bloem", "snoopy", "bonjour", "liberte", "maison", "printemps", "kitten", "shadow", "falcon", "cricket", "bubbles", "pepper", "strand", "sneeuw", "appel", "konijn", "citroen", "banaan", "frieten", "wafel", "tintin", "smurf", "biker", "ranger"],
    "domains_nl": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "telenet.be", "skynet.be", "icloud.com", "proton.me", "hetnet.nl", "scarlet.be", "xs4all.nl", "yahoo.com"],
    "domains_fr": ["gmail.com", "hotmail.com", "skynet.be", "telenet.be", "outlook.be", "voo.be", "yahoo.fr", "orange.fr", "live.be", "icloud.com", "proximus.be", "gmx.net"],
    "domains_en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "aol.com", "hotmail.co.uk", "comcast.net", "sky.com", "proton.me", "verizon.net", "virginmedia.com"],
    "agents": ["Noor", "Tim", "Lisa", "Mo", "Sophie", "Kevin", "Inge", "Jasper", "Sara", "Ahmed", "Laura", "Niels", "Carla", "Ben", "Kim", "Dirk", "Mia", "Yusuf", "Ellen", "Rik"],
    "brand_telco": ["Telvia", "Ziptel", "Mobiro", "Netvonk", "Kabelnoord", "Belfon", "Orbiq Mobile", "Proxinet"],
    "brand_bank": ["Kroonbank", "Lindebank", "Spaarlijn", "Brabo Bank", "Banque Lumière", "Northgate Bank", "Harbor Federal", "Munthuis"],
    "brand_insurer": ["ZorgAnker", "Gezondplus", "Mutualité Horizon", "Zorgkring", "Helix Health", "VitaMut", "CareShield", "Zilverlinde Zorg"],
    "brand_insurer_nl": ["ZorgAnker", "Gezondplus", "Zorgkring", "Zilverlinde Zorg"],
    "brand_insurer_vl": ["VitaMut", "Ziekenfonds Leiedal", "Zorgpunt Kempen", "Mutualiteit Noorderzon"],
    "brand_insurer_fr": ["Mutualité Horizon", "Mutualité Sambre", "Solimut", "Mutuelle des Fagnes"],
    "brand_insurer_en": ["Helix Health", "CareShield", "Northway Health", "BlueHarbor Insurance"],
    "brand_municipality_nl": ["gemeente Lindewaarde", "gemeente Waterveld", "gemeente Ooststeyn", "gemeente Heerenmaar"],
    "brand_municipality_vl": ["Stad Scheldeoord", "Stad Leiemonde", "Gemeente Kempenhout", "Stad Denderveld"],
    "brand_municipality_fr": ["Commune de Vielsart", "Ville de Hautrive", "Commune d'Ourthemont", "Ville de Sambreval"],
    "brand_municipality_en": ["Lindford Council", "Marsh Hollow County", "Eastbrook Borough Council", "City of Fairhaven"],
    "brand_energy": ["Vonkstroom", "Windkracht Energie", "Energio", "Lumigaz", "BrightGrid", "Polderstroom", "Zonneveld Energie", "Voltera"],
    "brand_transport": ["ReisPas", "RailNoord", "MetroKaart", "NoordLijn", "TransBelge", "CityRider", "Harbourline", "StadsTram"],
    "brand_municipality": ["gemeente Lindewaarde", "gemeente Waterveld", "Stad Scheldeoord", "Stad Leiemonde", "Commune de Vielsart", "Ville de Hautrive", "Lindford Council", "Marsh Hollow County"],
    "brand_shop": ["Koopklik", "Pakjesplein", "ShopLoods", "Boutique Nova", "Kastje", "Bazaar Noord", "Cartwell", "Shopnest"],
    "brand_parcel": ["SnelPak", "DeliVlaams", "Colibri Express", "ParcelHop", "PostBolt", "Pakkie", "SwiftCrate", "Bezorgbaas"],
    "brand_streaming": ["Flixo", "Kijkbox", "StreamVeld", "Cinéplus", "Beeldbuis", "Wavely", "Nachtfilm", "Reelhouse"],
    "brand_dev": ["Paylane", "Kassaflow", "Betaalbrug", "Stackmint", "Webhookr", "Cloudnest", "Checkoutly", "Routepay"],
}
POOLS = {k: deal(v) for k, v in RAW_POOLS.items()}
SECTORS = ["telco", "bank", "insurer", "energy", "transport", "municipality", "shop", "parcel", "streaming", "dev"]


# ----------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
PUNCT = set(".,!?;:)'\"")


class Ctx:
    def __init__(self, half, rng, lang, sector):
        self.half = half
        self.rng = rng
        self.lang = lang
        self.sector = sector
        bgrp = {"nl": "nl", "nl-be": "vl", "fr-be": "fr"}.get(lang, "en")
        bkey = "brand_%s_%s" % (sector, bgrp)
        self.brand = rng.choice(self.pool(bkey if bkey in POOLS else "brand_" + sector))
        self.brand_slug = re.sub(r"[^a-z0-9]", "", self.brand.lower().replace("gemeente ", "").replace("stad ", "").replace("commune de ", "").replace("commune d'", "").replace("ville de ", "").replace("city of ", "").replace("gemeente ", "").replace("é", "e"))
        self.handle = re.sub(r"[^A-Za-z0-9]", "", self.brand.replace("gemeente ", "Gem").replace("Gemeente ", "Gem").replace("Commune d'", "")) + rng.choice(
            {"nl": ["", "_NL", "Helpt", "Care", "_Webcare"], "nl-be": ["", "_BE", "Helpt", "BE"], "fr-be": ["", "_BE", "_FR", "Aide"],
             "en-gb": ["", "UK", "Help", "_UK", "Care"], "en-us": ["", "Help", "Support", "Cares"]}[lang])
        grp = {"nl": "nl", "nl-be": "vl", "fr-be": "fr"}.get(lang, "en")
        self.cust_first = rng.choice(self.pool("first_" + grp))
        self.cust_last = rng.choice(self.pool("last_" + grp))
        self.agent = rng.choice(self.pool("agents"))
        self.bind = {}
        self.buf = []
        self.pos = 0
        self.spans = []
        self.negs = []

    def pool(self, name):
        return POOLS[name][self.half]

    # --- low level writers ---
    def add(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def add_span(self, s, typ, key, part=None):
        self.spans.append({"type": typ, "start": self.pos, "end": self.pos + len(s), "key": key, "part": part})
        self.add(s)

    def add_neg(self, s, kind):
        self.negs.append({"kind": kind, "start": self.pos, "end": self.pos + len(s)})
        self.add(s)

    def text(self):
        return "".join(self.buf)

    def last_char(self):
        for part in reversed(self.buf):
            if part:
                return part[-1]
        return ""


def typo_of(v, rng):
    idx = [i for i, c in enumerate(v) if c.isalnum()]
    for _ in range(20):
        i = rng.choice(idx)
        c = v[i]
        if c.isdigit():
            n = str((int(c) + rng.randint(1, 9)) % 10)
        elif c.isupper():
            n = rng.choice(string.ascii_uppercase.replace(c, ""))
        else:
            n = rng.choice(string.ascii_lowercase.replace(c, ""))
        if rng.random() < 0.4 and i + 1 < len(v) and v[i + 1].isalnum() and v[i + 1] != c:
            w = v[:i] + v[i + 1] + c + v[i + 2:]
        else:
            w = v[:i] + n + v[i + 1:]
        if w != v:
            return w
    return v + "1"


def split_value(v):
    seps = [i for i, c in enumerate(v) if c in " -"]
    if seps:
        i = seps[len(seps) // 2]
        return v[:i].rstrip(" -"), v[i + 1:].lstrip(" -")
    k = len(v) // 2
    return v[:k], v[k:]


FILL = {}


def render(ctx, tpl, key):
    """Render template text into ctx, recording spans and negatives."""
    i = 0
    slot = 0
    for m in PLACEHOLDER.finditer(tpl):
        ctx.add(tpl[i:m.start()])
        nxt = tpl[m.end():m.end() + 1]
        body = m.group(1)
        slot += 1
        if body.startswith("!"):
            kind, _, hint = body[1:].partition(":")
            ctx.add_neg(NEG[kind](ctx, hint or None), kind)
        elif body.startswith("~"):
            what, _, arg = body[1:].partition(":")
            ctx.add(FILL[what](ctx, arg or None))
        elif body.startswith("@"):
            typ = body[1:]
            pid, ptxt = pick_phrase(ctx, typ)
            render(ctx, ptxt, pid)
        elif body in ("lb", "rb"):
            ctx.add("{" if body == "lb" else "}")
        else:
            spec, _, mod = body.partition(":")
            typ, _, var = spec.partition("=")
            typ = ALIAS.get(typ, typ)
            if typ not in GEN:
                raise KeyError("bad placeholder %r in %s" % (body, key))
            prev = ctx.last_char()
            mods = mod.split(",") if mod else []
            style = None
            part = None
            for md in mods:
                if md in ("typo", "head", "tail", "same"):
                    part = md
                else:
                    style = md
            if var and var in ctx.bind and part in (None, "head", "tail", "same"):
                val = ctx.bind[var]
            else:
                for _ in range(60):
                    val = GEN[typ](ctx, style)
                    if val[-1] in PUNCT and (nxt in PUNCT or nxt == "" or var):
                        continue
                    if not val[0].isalnum() and prev and not prev.isspace():
                        continue
                    break
                if var and part != "typo":
                    ctx.bind[var] = val
            if part == "typo":
                if var and var not in ctx.bind:
                    ctx.bind[var] = val
                val = typo_of(ctx.bind.get(var, val), ctx.rng)
            if part in ("head", "tail"):
                h, t = split_value(val)
                val = h if part == "head" else t
            ctx.add_span(val, typ, "%s#%d" % (key, slot), part)
        i = m.end()
    ctx.add(tpl[i:])


ALIAS = {"pw": "password", "user": "username", "wifi": "wifi_key", "dob": "date_of_birth", "ip": "ip_address",
         "custnr": "customer_number", "exp": "card_expiry", "api": "api_key"}


def fill_name(ctx, arg):
    return ctx.cust_first + " " + ctx.cust_last


FILL.update({
    "name": fill_name,
    "first": lambda ctx, a: ctx.cust_first,
    "last": lambda ctx, a: ctx.cust_last,
    "brand": lambda ctx, a: ctx.brand,
    "agent": lambda ctx, a: ctx.agent,
    "ag": lambda ctx, a: ctx.agent[0] + ctx.rng.choice("BDKMSVW"),
    "city": lambda ctx, a: (lambda c: c if isinstance(c, str) else (c[1] if ctx.lang in ("nl-be", "fr-be") else c[0]))(ctx.rng.choice(ctx.pool("cities_" + ctx.lang))),
    "ssid": lambda ctx, a: ctx.brand_slug.capitalize()[:8] + ctx.rng.choice(["-5G-", "_", "-", "-2.4G-"]) + ralnum(ctx.rng, 5, string.ascii_uppercase + string.digits),
    "emo": lambda ctx, a: ctx.rng.choice(["😡", "🙄", "😤", "🤬", "😩", "🙏", "😭", "🤷‍♀️", "😅", "👍", "😠", "🥲", "", "", ""]),
    "hi": lambda ctx, a: ctx.rng.choice({"nl": ["Hoi", "Hallo", "Hey", "Goedemiddag", "Hoi hoi", "Hallo daar", "Dag"], "nl-be": ["Dag", "Hallo", "Hey", "Goeiemiddag", "Hallo daar", "Hoi"],
                                         "fr-be": ["Bonjour", "Bonsoir", "Salut", "Bjr", "Hello"], "en-gb": ["Hi", "Hello", "Hiya", "Morning", "Hey"], "en-us": ["Hi", "Hey", "Hello", "Hey there"]}[ctx.lang]),
})


PHRASES = {}   # (group, type) -> list of (id, text)


def add_phrases(group, typ, items):
    lst = PHRASES.setdefault((group, typ), [])
    for t in items:
        lst.append(("P:%s:%s:%d" % (group, typ, len(lst)), t))


def phrase_groups(lang):
    return {"nl": ["nl"], "nl-be": ["vl", "vl", "nl"], "fr-be": ["fr"], "en-gb": ["en"], "en-us": ["en"]}[lang]


def pick_phrase(ctx, typ):
    grp = ctx.rng.choice(phrase_groups(ctx.lang))
    lst = HALF_PHRASES[ctx.half].get((grp, typ)) or HALF_PHRASES[ctx.half].get(("nl", typ))
    return ctx.rng.choice(lst)


# ----------------------------------------------------------------------------
# phrase slots: how a value is introduced (cue shapes, typos, missing spaces)
# ----------------------------------------------------------------------------

add_phrases("nl", "password", ["wachtwoord: {pw}", "ww={pw}", "wachtwoort is {pw}", "{pw} is mijn ww", "wachtwoord:{pw}", "passwoord {pw}",
                               "wacthwoord ({pw})", "ik gebruik altijd {pw} als wachtwoord", "mijn wachtwood is gewoon {pw}", "pw {pw}",
                               "nieuw wachtwoord {pw} (net aangemaakt)", "zelfde als altijd: {pw}", "ww {pw} werkt niet", "WW: {pw}"])
add_phrases("vl", "password", ["paswoord: {pw}", "mijn paswoord is {pw}", "paswrd={pw}", "'t paswoord is normaal {pw}", "paswoord {pw} werkt ni meer",
                               "ww is {pw} hé", "{pw} is het paswoord, al 3x geprobeerd", "pasword:{pw}", "paswoord = {pw}", "mijn pw {pw}"])
add_phrases("fr", "password", ["mot de passe : {pw}", "mdp: {pw}", "mot de pase {pw}", "mon mdp c'est {pw}", "mdp={pw}", "{pw} c'est mon mot de passe",
                               "le mot de passe est bien {pw}", "mot de pass:{pw}", "MDP {pw}", "motdepasse {pw}"])
add_phrases("en", "password", ["password: {pw}", "passwrod is {pw}", "pw={pw}", "my pass is {pw}", "{pw} is the password", "pwd {pw}",
                               "passphrase: {pw}", "using {pw} as password", "pasword {pw}", "PW:{pw}", "password is literally {pw}"])

add_phrases("nl", "login", ["inloggen met {user} en ww {pw}", "gebruikersnaam: {user}\nwachtwoord: {pw}", "gebruikesnaam {user} wachtwoord {pw}",
                            "inlog {user} pw={pw}", "{user} / {pw}", "credentials: {user}:{pw}", "user: {user} pass: {pw}",
                            "mijn login is {user}, wachtwoord {pw}", "{user} {pw} klopt toch??", "gebr.naam {user} ww {pw}",
                            "inlognaam={user} wachtwoord={pw}", "account {user} met wachtwoord {pw}"])
add_phrases("vl", "login", ["login: {user} paswoord: {pw}", "gebruikersnaam is {user} en paswoord {pw}", "ik log in met {user} en {pw}",
                            "login={user} / paswoord={pw}", "mijn login {user}, paswoord {pw}", "gebruiker {user}\npaswoord {pw}",
                            "{user} met paswoord {pw}", "login {user} pw {pw}"])
add_phrases("fr", "login", ["identifiant : {user} mot de passe : {pw}", "identifiant {user} / mdp {pw}", "login {user} mdp={pw}",
                            "je me connecte avec {user} et {pw}", "utilisateur: {user}\nmot de passe: {pw}", "mon identifiant c'est {user} et le mdp {pw}",
                            "id {user} mdp {pw}", "identifiant:{user} mdp:{pw}"])
add_phrases("en", "login", ["username: {user}\npassword: {pw}", "login {user} pw {pw}", "user={user} pass={pw}", "{user}:{pw}",
                            "logging in as {user} with {pw}", "my login is {user} and the password is {pw}", "usr {user} / pwd {pw}",
                            "user name {user}, passwrd {pw}", "un: {user} pw: {pw}", "{user} and {pw}"])

add_phrases("nl", "username", ["gebruikersnaam: {user}", "gebruikersnaam is {user}", "mijn inlognaam {user}", "login: {user}", "gebruikesnaam={user}",
                               "ik log in als {user}", "gebruikersnaam:{user}", "inlognaam is {user}"])
add_phrases("vl", "username", ["mijn login is {user}", "gebruikersnaam {user}", "login={user}", "mijn gebruikersnaam is {user} normaal"])
add_phrases("fr", "username", ["identifiant: {user}", "mon identifiant est {user}", "nom d'utilisateur {user}", "login:{user}", "identifiant={user}"])
add_phrases("en", "username", ["username: {user}", "user name is {user}", "my login is {user}", "usrname {user}", "I log in as {user}", "username={user}"])

add_phrases("nl", "pin", ["pincode {pin}", "pin:{pin}", "pincdoe is {pin}", "mijn pin is {pin}", "pinkode {pin}", "pin code: {pin}", "{pin} is mijn pincode",
                          "pin={pin}", "pincode:{pin}", "de pin is {pin}"])
add_phrases("vl", "pin", ["pincode is {pin}", "mijn pin {pin}", "pin={pin}", "de pincode van mijn bankkaart is {pin}", "pinkode {pin} hé", "pincode: {pin}"])
add_phrases("fr", "pin", ["code pin {pin}", "mon code secret est {pin}", "code secret: {pin}", "pin:{pin}", "le code PIN c'est {pin}", "code pin de la carte {pin}", "code {pin} (le pin)"])
add_phrases("en", "pin", ["PIN {pin}", "pin number is {pin}", "my pin: {pin}", "PIN code {pin}", "pin={pin}", "{pin} is my pin", "passcode {pin}", "PIN:{pin}"])

add_phrases("nl", "puk", ["pukcode {puk}", "PUK: {puk}", "puk code is {puk}", "puk={puk}", "pukkode {puk}", "de puk {puk}", "PUK-code:{puk}"])
add_phrases("vl", "puk", ["PUK-code {puk}", "mijn puk is {puk}", "pukcode:{puk}", "de puk van de sim {puk}"])
add_phrases("fr", "puk", ["code PUK {puk}", "le PUK c'est {puk}", "puk: {puk}", "code puk={puk}", "code PUK:{puk}"])
add_phrases("en", "puk", ["PUK {puk}", "PUK code: {puk}", "puk is {puk}", "the PUK number {puk}", "puk={puk}"])

add_phrases("nl", "otp", ["sms-code {otp}", "verificatie kode {otp}", "verificatiecdoe: {otp}", "code uit de sms: {otp}", "inlogcode {otp}", "beveiligingscode {otp}",
                          "toegangscode {otp}", "de code is {otp}", "2fa code {otp}", "{otp} is de code die ik kreeg", "smscode:{otp}", "eenmalige code {otp}"])
add_phrases("vl", "otp", ["sms code {otp}", "de code van de sms is {otp}", "verificatiecode:{otp}", "activatiecode {otp}", "ik kreeg code {otp}", "de code via sms: {otp}"])
add_phrases("fr", "otp", ["code de vérification {otp}", "le code reçu par sms : {otp}", "code sms {otp}", "code de confirmation {otp}", "code à usage unique {otp}", "code:{otp}"])
add_phrases("en", "otp", ["verification code {otp}", "the code is {otp}", "OTP: {otp}", "2FA code {otp}", "one-time code {otp}", "code from the text {otp}",
                          "code they texted me: {otp}", "otp={otp}", "auth code {otp}"])

add_phrases("nl", "wifi_key", ["wifi wachtwoord {wifi}", "wifi-sleutel: {wifi}", "netwerksleutel {wifi}", "WPA-sleutel {wifi}", "de code op de sticker is {wifi}",
                               "wifi ww={wifi}", "wifi key {wifi}", "wifiwachtwoord:{wifi}", "sleutel van het netwerk: {wifi}"])
add_phrases("vl", "wifi_key", ["wifi paswoord {wifi}", "het wifi paswoord is {wifi}", "de sleutel van de wifi: {wifi}", "netwerksleutel={wifi}", "wifi-code {wifi}"])
add_phrases("fr", "wifi_key", ["clé wifi {wifi}", "mot de passe wifi: {wifi}", "la clé WPA {wifi}", "clé de sécurité réseau {wifi}", "code wifi:{wifi}", "mdp wifi {wifi}"])
add_phrases("en", "wifi_key", ["wifi password {wifi}", "WPA key: {wifi}", "network key {wifi}", "the key on the sticker is {wifi}", "wifi pw={wifi}", "WPA2 passphrase {wifi}", "wifi key:{wifi}"])

add_phrases("nl", "api_key", ["API key: {api}", "onze api sleutel is {api}", "live key {api}", "apikey={api}", "met deze key: {api}", "de secret key {api}"])
add_phrases("vl", "api_key", ["de api-sleutel {api}", "API key={api}", "onze key is {api}"])
add_phrases("fr", "api_key", ["clé API : {api}", "notre clé api {api}", "api key={api}", "clé secrète {api}"])
add_phrases("en", "api_key", ["API key: {api}", "our key is {api}", "secret key {api}", "X-Api-Key: {api}", "apiKey: \"{api}\"", "key={api}", "api_key={api}"])

add_phrases("nl", "token", ["token: {token}", "access token {token}", "Authorization: Bearer {token}", "bearer {token}", "sessie token={token}", "refresh token {token}"])
add_phrases("vl", "token", ["het token is {token}", "token={token}", "access token: {token}"])
add_phrases("fr", "token", ["jeton d'accès : {token}", "token {token}", "Bearer {token}", "le jeton {token}"])
add_phrases("en", "token", ["token: {token}", "access_token={token}", "Authorization: Bearer {token}", "session token {token}", "personal access token {token}", "refresh token {token}", "tok {token}"])

add_phrases("nl", "card", ["kaartnummer {card}", "creditcard {card}", "kaart: {card} ({exp})", "mijn creditcardnummer is {card}, geldig tot {exp}",
                           "{card} exp {exp} code achterop {cvv}", "cc nr {card}", "nummer op de kaart {card}", "creditcardnr:{card}"])
add_phrases("vl", "card", ["kaartnummer {card}, vervaldatum {exp}", "mijn kredietkaart {card}", "visa {card} {exp}", "nummer van de kaart: {card}", "kredietkaartnummer {card}"])
add_phrases("fr", "card", ["numéro de carte {card}", "carte {card} exp {exp}", "ma carte de crédit {card}, date d'expiration {exp}", "n° carte: {card}", "carte visa {card}"])
add_phrases("en", "card", ["card number {card}", "card: {card}, exp {exp}", "long number {card}", "{card} {exp} {cvv}", "card no. {card} expiring {exp}", "cc {card}", "card#{card}"])

add_phrases("nl", "cvv", ["code achterop {cvv}", "cvc {cvv}", "3 cijfers achterop: {cvv}", "cvv:{cvv}", "beveiligingscode {cvv}", "cvc-code={cvv}"])
add_phrases("vl", "cvv", ["de 3 cijfers achteraan {cvv}", "cvc-code {cvv}", "controlecode {cvv}"])
add_phrases("fr", "cvv", ["cryptogramme {cvv}", "les 3 chiffres au dos {cvv}", "CVV: {cvv}", "code de sécurité {cvv}"])
add_phrases("en", "cvv", ["CVV {cvv}", "security code {cvv}", "cvc:{cvv}", "3 digits on the back {cvv}", "CVV2 {cvv}", "cvv is {cvv}"])

add_phrases("nl", "iban", ["IBAN {iban}", "rekeningnummer {iban}", "op rekening {iban}", "mijn iban is {iban}", "rek.nr. {iban}", "iban:{iban}", "terugstorten naar {iban} graag", "rekeningnr {iban}"])
add_phrases("vl", "iban", ["rekeningnummer {iban}", "op mijn rekening {iban} aub", "IBAN: {iban}", "bankrekening {iban}", "rekeningnr.{iban}"])
add_phrases("fr", "iban", ["IBAN {iban}", "mon numéro de compte {iban}", "compte: {iban}", "sur le compte {iban} svp", "n° de compte {iban}"])
add_phrases("en", "iban", ["IBAN {iban}", "account {iban}", "bank details: {iban}", "refund to {iban}", "iban={iban}", "my IBAN is {iban}"])

add_phrases("nl", "bsn", ["BSN {bsn}", "burgerservicenummer {bsn}", "bsn:{bsn}", "mijn bsn is {bsn}", "sofinummer {bsn}", "bsn nr {bsn}", "BSN-nummer: {bsn}", "burgerservicenr {bsn}"])
add_phrases("vl", "bsn", ["mijn BSN (Nederlands nummer) is {bsn}", "burgerservicenummer {bsn}", "BSN={bsn}"])
add_phrases("fr", "bsn", ["mon BSN néerlandais {bsn}", "numéro BSN: {bsn}", "BSN {bsn}"])
add_phrases("en", "bsn", ["BSN {bsn}", "my BSN number is {bsn}", "citizen service number {bsn}", "BSN:{bsn}", "burgerservicenummer (BSN) {bsn}"])

add_phrases("nl", "token", ["het token {token} werkt niet", "X-Auth-Token: {token}", "Bearer-token:{token}"])
add_phrases("vl", "token", ["sessietoken {token}", "bearer token={token}"])
add_phrases("fr", "token", ["token d'accès={token}", "jeton: {token}"])
add_phrases("en", "token", ["Bearer token: {token}", "gh token {token}", "the token is {token}"])
add_phrases("nl", "cvv", ["de code achter op de kaart is {cvv}", "verificatiecode van de kaart {cvv}", "cvc:{cvv}"])
add_phrases("vl", "cvv", ["cvv {cvv}", "code achteraan op de kaart: {cvv}"])
add_phrases("fr", "cvv", ["cvc {cvv}", "code au verso: {cvv}"])
add_phrases("en", "cvv", ["CVC code {cvv}", "the 3 digit code is {cvv}", "sec code:{cvv}"])

add_phrases("nl", "dob", ["geboortedatum {dob}", "geb datum {dob}", "ik ben van {dob}", "geboren op {dob}", "geb. {dob}", "gebdat:{dob}"])
add_phrases("vl", "dob", ["geboren op {dob}", "geboortedatum: {dob}", "ik ben geboren {dob}"])
add_phrases("fr", "dob", ["date de naissance {dob}", "né le {dob}", "née le {dob}", "DDN: {dob}"])
add_phrases("en", "dob", ["DOB {dob}", "date of birth {dob}", "born {dob}", "d.o.b.: {dob}", "birthday is {dob}"])

add_phrases("nl", "phone", ["bel me op {phone}", "mijn nummer is {phone}", "tel: {phone}", "mobiel {phone}", "06 nummer: {phone}", "bereikbaar op {phone}"])
add_phrases("vl", "phone", ["mijn gsm is {phone}", "gsm-nummer {phone}", "bel maar op {phone}", "gsm:{phone}"])
add_phrases("fr", "phone", ["mon gsm {phone}", "rappelez-moi au {phone}", "tél: {phone}", "mon numéro {phone}"])
add_phrases("en", "phone", ["call me on {phone}", "my number is {phone}", "mobile: {phone}", "cell {phone}", "tel {phone}", "reach me at {phone}"])

add_phrases("nl", "email", ["mijn mail is {email}", "e-mail: {email}", "mail naar {email}", "mailadres {email}"])
add_phrases("vl", "email", ["mijn mailadres is {email}", "mail: {email}", "stuur het naar {email}"])
add_phrases("fr", "email", ["mon adresse mail {email}", "email: {email}", "envoyez à {email}"])
add_phrases("en", "email", ["my email is {email}", "email: {email}", "send it to {email}", "e-mail {email}"])

add_phrases("nl", "address", ["adres: {address}", "ik woon op {address}", "bezorgadres {address}", "nieuw adres is {address}"])
add_phrases("vl", "address", ["mijn adres is {address}", "adres: {address}", "ik woon nu in de {address}"])
add_phrases("fr", "address", ["mon adresse: {address}", "j'habite {address}", "adresse de livraison {address}"])
add_phrases("en", "address", ["address: {address}", "I live at {address}", "delivery address {address}", "new address is {address}"])

add_phrases("nl", "custnr", ["klantnummer {custnr}", "klantnr:{custnr}", "klant nr {custnr}", "mijn klantnummer is {custnr}", "contractnummer {custnr}"])
add_phrases("vl", "custnr", ["klantennummer {custnr}", "klantnummer: {custnr}", "mijn klantnr {custnr}"])
add_phrases("fr", "custnr", ["numéro client {custnr}", "n° client: {custnr}", "mon numéro de client est {custnr}", "réf client {custnr}"])
add_phrases("en", "custnr", ["account number {custnr}", "customer no. {custnr}", "acct {custnr}", "my customer number is {custnr}", "membership number {custnr}"])

add_phrases("nl", "ip", ["mijn ip is {ip}", "IP-adres {ip}", "ip:{ip}"])
add_phrases("vl", "ip", ["mijn IP is {ip}", "ip-adres: {ip}"])
add_phrases("fr", "ip", ["mon adresse IP {ip}", "IP: {ip}"])
add_phrases("en", "ip", ["my IP is {ip}", "IP address {ip}", "public ip {ip}"])

HALF_PHRASES = {"dev": {}, "heldout": {}}
for _k, _lst in PHRASES.items():
    _d = deal(_lst)
    for _h in HALVES:
        HALF_PHRASES[_h][_k] = _d[_h]


# ----------------------------------------------------------------------------
# body templates
#   group: pub (public post), dm (one private message), chat (export with agent
#   turns "A>" and customer turns "C>"), mail (e-mail body, optional "S>" subject
#   line), agent (agent reply).
# ----------------------------------------------------------------------------

TEMPLATES = []


def T(fam, lang, grp, sector, *texts):
    for t in texts:
        TEMPLATES.append({"fam": fam, "lang": lang, "grp": grp, "sector": sector, "text": t})


ANY = "any"

# ============================== Dutch (NL) ==================================
T("login", "nl", "dm", ANY,
  "{~hi}, ik kom niet in de app van {~brand}. {@login} en dan krijg ik foutcode {!error_code}. Wat doe ik fout?",
  "kan niet inloggen sinds update {!version_string}\n{@login}",
  "kan niet inloggen, {user} {pw} klopt toch?? {~emo}",
  "inlog:{user}\nww:{pw}\nsnap er niks van",
  "Mijn zoon heeft mijn account aangemaakt. Gebruikersnaam {user} en ww {pw}. Hij zegt dat het goed is maar ik krijg steeds 'onjuiste gegevens'",
  "{pw=a:typo} is mijn ww maar hij zegt fout, o wacht het is {pw=a}. Gebruikersnaam {user}. Nog steeds fout",
  "Mijn {~brand} werkt niet op de {!model_number}. {@login}. Op de laptop gaat het wel goed",
  "inloggen lukt niet\n{user}\n{pw}\nwat nu")
T("login", "nl", "chat", ANY,
  "A> Hoi! Om je te helpen: wat is je gebruikersnaam?\nC> {user}\nC> en ww is {pw} maar die werkt dus niet\nA> Dank je. Deel je wachtwoord nooit met ons, ook niet hier. Ik stuur je een resetlink.",
  "A> Met welke gebruikersnaam log je in?\nC> {user}\nA> En welke foutmelding zie je?\nC> {!error_code}\nC> al sinds {!date}",
  "C> hallo ik kan niet inloggen\nA> Vervelend! Welke inlognaam gebruik je?\nC> zelfde als altijd: {user}\nC> ww {pw}\nA> Dank, je account was tijdelijk geblokkeerd. Probeer het nu nog eens.",
  "A> Welke gebruikersnaam staat er in de app?\nC> {user=u:typo}\nC> nee {user=u}\nA> Die zie ik, ik heb de blokkade opgeheven.")
T("login", "nl", "mail", ANY,
  "S> Inloggen lukt niet\nIk heb vorige week een nieuw account aangemaakt op {!url}, maar ik kan niet meer inloggen. Mijn gegevens:\n{@login}\nIk krijg de melding {!error_code}. Graag hulp.",
  "S> account geblokkeerd?\nSinds {!date} kan ik niet meer bij Mijn {~brand}. Ik log altijd in met {@username} en mijn wachtwoord is {pw}. Ik heb {!model_number} met {!version_string}. Wat kan ik doen?")
T("login", "nl", "pub", ANY,
  "{~brand} app doet het weer niet. {@login} en gewoon {!error_code} {~emo}",
  "Zit al een uur te proberen, gebruikersnaam {user} ww {pw} en jullie site zegt 'onbekend' {~emo} {!hashtag}")
T("login", "nl", "agent", ANY,
  "Hoi {~first}, ik zie dat je inlogt met gebruikersnaam {user}. Ik heb een tijdelijk wachtwoord ingesteld: {pw}. Wijzig dit na het inloggen. ^{~ag}",
  "Dank voor je bericht! Je gebruikersnaam is {user}. Je wachtwoord kunnen wij niet inzien, reset het via {!url}. Groet, {~agent}")

T("pw", "nl", "dm", ANY,
  "ik heb mijn ww gewijzigd naar {pw} maar de app accepteert het niet (versie {!version_string:bare})",
  "{~hi} mijn wachtwoord was {pw=a:typo}, nee sorry {pw=a}. Kunnen jullie kijken waarom ik geblokkeerd ben? Foutcode {!error_code}",
  "nieuw wachtwoord\n{pw}\nwerkt niet",
  "{@password} en toch 'ongeldig wachtwoord'. Sinds {!date} al")
T("pw", "nl", "chat", ANY,
  "A> Welk wachtwoord heb je geprobeerd? Stuur liever niet je echte wachtwoord.\nC> dat is {pw}\nA> Dank je, ik adviseer je dit wachtwoord direct te wijzigen.",
  "C> wachtwoord vergeten\nA> Geen probleem! Je ontvangt een resetmail. Heb je die?\nC> ja, nieuw ww ingesteld: {pw}\nC> maar nu zegt ie {!error_code}\nA> Dat is een bekende fout in versie {!version_string}, update de app.")
T("pw", "nl", "pub", ANY,
  "Waarom accepteert jullie site mijn wachtwoord {pw} niet?! Voldoet aan alle eisen {~emo} {!hashtag}")
T("pw", "nl", "mail", ANY,
  "S> wachtwoord reset werkt niet\nDe resetlink uit jullie mail van {!date} werkt niet. Ik heb toen als nieuw wachtwoord {pw} ingevuld maar daarna kon ik nog steeds niet inloggen. Ik gebruik een {!model_number} met {!version_string}.")
T("pw", "nl", "agent", ANY,
  "Ik heb je tijdelijke wachtwoord opnieuw verstuurd per sms: {pw}. Na het inloggen vragen we je een nieuw wachtwoord te kiezen.")

T("sim", "nl", "dm", "telco",
  "Mijn telefoon vraagt om een pukcode. Ik heb 3x de verkeerde pincode ingetoetst ({pin=p:typo} ipv {pin=p}). Kunnen jullie de PUK sturen?",
  "Mijn sim is geblokkeerd na update naar {!version_string}. pin:{pin}",
  "simkaart vraagt puk\n{@puk}\nklopt niet zegt ie",
  "{@pin} werkt niet meer op mijn nieuwe {!model_number}, is de simkaart kapot?")
T("sim", "nl", "chat", "telco",
  "A> Wat is je 06-nummer? Dan zoek ik de PUK op.\nC> {phone}\nA> Dank! De PUK-code is {puk}. Je kunt daarna een nieuwe pincode kiezen.\nC> top, gelukt. nieuwe pin {pin}\nA> Fijn! Deel je pincode verder met niemand.",
  "C> sim geblokkeerd\nC> {@puk}\nC> klopt dat?\nA> Ik kan niet zien of die klopt, maar je kunt hem invoeren. Na 10 foute pogingen is de simkaart definitief geblokkeerd.",
  "A> Heb je de PUK-code bij de hand? Die staat op het plastic kaartje van je simkaart.\nC> ja\nC> {puk=k:head}\nC> {puk=k:tail}\nA> Top, vul die in.")
T("sim", "nl", "pub", "telco",
  "Top {~brand}, 3 dagen geen bereik en nu vraagt mijn {!model_number} om een PUK. {@puk} ingevoerd, werkt niet {~emo} {!hashtag}",
  "sim pin werkt niet meer sinds ik mijn {!model_number} heb geüpdatet naar {!version_string}. Iemand anders dit ook? {!hashtag}")
T("sim", "nl", "mail", "telco",
  "S> SIM geblokkeerd\nMijn moeder heeft per ongeluk haar simkaart geblokkeerd. Haar nummer is {phone}. De pincode was {pin}, maar ze weet niet meer of dat klopt. Kunnen jullie de pukcode naar mij mailen? Haar klantnummer is {custnr}.")
T("sim", "nl", "agent", "telco",
  "Hoi {~first}, de PUK van je simkaart eindigend op {!masked_value:phone} is {puk}. Na het invoeren kies je zelf een nieuwe pincode.",
  "De PUK-code kun je zelf vinden in Mijn {~brand}. Lukt inloggen niet? Bel ons gratis op {!company_phone}.")

T("wifi", "nl", "dm", "telco",
  "wifi valt steeds weg, modem {!model_number:modem}. {@wifi_key}. moet ik die veranderen?",
  "Mijn {!model_number:modem} staat op firmware {!version_string:fw}, wifi wachtwoord staat op de sticker maar werkt niet meer na reset",
  "nieuwe netwerksleutel ingesteld: {wifi} maar laptop pakt hem niet. netwerk {~ssid}",
  "wifi {~ssid} valt weg sinds {!date}, sleutel is {wifi}, modem al 3x herstart")
T("wifi", "nl", "chat", "telco",
  "A> Wat is de netwerknaam die je ziet?\nC> {~ssid}\nA> En welke wifi-sleutel vul je in?\nC> die van de sticker\nC> {wifi}\nA> Die lijkt te kloppen, zet de modem 30 seconden uit.",
  "C> wifi doet raar\nA> Wat voor snelheid meet je? Je abonnement is {!quantity:data}.\nC> maar {!quantity:data} ofzo\nC> modem {!model_number:modem}\nA> Er is een storing in je wijk, ticket {!ticket_number}.")
T("wifi", "nl", "pub", "telco",
  "{~brand} wifi {~ssid} valt weg sinds {!date}, en ik betaal voor {!quantity:data} {~emo} {!hashtag}",
  "Gasten hier: wifi wachtwoord is {wifi} 😂 oh wacht dit is openbaar")
T("wifi", "nl", "mail", "telco",
  "S> Wifi werkt niet na verhuizing\nNa de verhuizing naar {address} werkt de wifi niet meer. Ik heb de modem ({!model_number:modem}) gereset en de sleutel van de sticker ingevoerd: {wifi}. Mijn {!model_number} en laptop maken geen verbinding. Mijn klantnummer is {custnr}.")
T("wifi", "nl", "agent", "telco",
  "Dank je! Ik heb de wifi-sleutel van je modem gewijzigd naar {wifi}. Het kan tot 5 minuten duren voordat dit actief is. ^{~ag}")

T("card", "nl", "dm", "bank",
  "Mijn pas is ingeslikt bij de automaat ({!error_code} op het scherm). {@pin}, moet ik die veranderen?",
  "creditcard {card}\n{exp}\n{cvv}\nwaarom werkt dit niet bij het afrekenen?",
  "Pinpas geblokkeerd na 3x verkeerde pincode. Ik dacht {pin=p:typo} maar het is {pin=p} denk ik",
  "pincode:{pin} sinds gisteren, bij de kassa zegt ie 'PIN onjuist' {~emo}")
T("card", "nl", "dm", "shop",
  "Ik wil bestelling {!order_number} betalen maar mijn creditcard wordt geweigerd. {@card}, cvc {cvv}.")
T("card", "nl", "chat", "bank",
  "A> Om je kaart te blokkeren heb ik alleen de laatste 4 cijfers nodig.\nC> {card}\nC> oeps dat is het hele nummer sorry\nA> Geen probleem, ik verwijder het bericht. Je kaart is geblokkeerd, referentie {!ticket_number}.",
  "C> kaart kwijt!!\nA> Vervelend! Om welke kaart gaat het?\nC> debitcard, pincode {pin}\nA> Stuur nooit je pincode, ook niet naar ons. Ik blokkeer de kaart nu.",
  "A> Wat is de vervaldatum van de kaart?\nC> {exp}\nA> En de 3 cijfers achterop heb ik NIET nodig hoor\nC> te laat haha {cvv}")
T("card", "nl", "pub", "bank",
  "{~brand} pinnen lukt weer niet, foutcode {!error_code} bij de kassa. pincode werkt prima bij de andere automaat {~emo} {!hashtag}")
T("card", "nl", "pub", "shop",
  "Waarom wordt mijn kaart {card} geweigerd op jullie site?? Bestelling {!order_number} {~emo}")
T("card", "nl", "mail", "shop",
  "S> Dubbele afschrijving\nOp {!date} is {!amount} twee keer afgeschreven van mijn creditcard ({!masked_value:card}). Bestelnummer {!order_number}. Voor de terugbetaling: kaart {card}, vervaldatum {exp}. Graag terugstorten.")
T("card", "nl", "agent", "bank",
  "Je betaling met de kaart eindigend op {!masked_value:card} is om {!time} geweigerd met code {!error_code}. Controleer je limiet in de app.",
  "Hoi {~first}, je stuurde ons je kaartnummer {card} en vervaldatum {exp}. Dat mag je nooit delen, verwijder je bericht aub. De code {cvv} hebben wij niet opgeslagen.")

T("otp", "nl", "dm", ANY,
  "ik krijg steeds een sms-code maar die wordt niet geaccepteerd. laatste was {otp}. app versie {!version_string:bare}",
  "code {otp=o:typo} werkt niet... o nee het was {otp=o}. nog steeds {!error_code}",
  "{@otp} maar de app zegt verlopen?",
  "verificatie kode:{otp}")
T("otp", "nl", "chat", ANY,
  "A> We sturen je een verificatiecode per sms. Wil je die hier doorgeven?\nC> {otp}\nA> Dank je, je account is geverifieerd.",
  "A> Wat is de code die je via sms kreeg?\nC> ok hier: {otp}\nC> of moest het de nieuwe zijn\nC> {otp}\nA> De laatste is geldig, dank!",
  "C> hoi ik krijg geen sms-code\nA> Klopt je nummer nog? Ik zie {!masked_value:phone}.\nC> ja\nC> nu wel, {otp} staat erin\nA> Top! Vul die in de app in, niet bij ons 🙂",
  "A> Welke code zie je in de app?\nC> {otp=o:head}\nC> {otp=o:tail}\nC> sorry te snel verstuurd")
T("otp", "nl", "pub", ANY,
  "{~brand} waarom duurt het 10 min voordat de sms-code binnen is, en dan is ie verlopen {~emo} code {otp} dus al dood. {!hashtag}",
  "toegangscode werkt niet sinds update {!version_string} {!hashtag}")
T("otp", "nl", "mail", ANY,
  "S> verificatie\nIk probeer mijn account te activeren. De beveiligingscode die ik op {!date} om {!time} kreeg was {otp}, maar de site ({!url}) zegt dat die ongeldig is.")
T("otp", "nl", "agent", ANY,
  "Je eenmalige code is {otp}. Deze is 10 minuten geldig. Deel deze code met niemand die je belt.",
  "Wij vragen nooit om een sms-code via WhatsApp of telefoon. Word je gebeld vanaf {!company_phone}? Dat is ons nummer; andere nummers niet.")

T("iban", "nl", "dm", ANY,
  "Kunnen jullie het bedrag van {!amount} terugstorten? {@iban} t.n.v. {~name}",
  "nieuw rekeningnr {iban} voor de automatische incasso vanaf {!date}",
  "IBAN:{iban}\nvoor de retour van order {!order_number}")
T("iban", "nl", "chat", ANY,
  "A> Op welk rekeningnummer wil je het geld ontvangen?\nC> {iban}\nA> Dank je, de terugbetaling van {!amount} staat gepland voor {!date}.",
  "A> Klopt je IBAN nog? Ik zie {!masked_value:iban}.\nC> nee nieuwe\nC> {iban=i:head}\nC> {iban=i:tail}\nA> Aangepast!")
T("iban", "nl", "pub", "shop",
  "Al 3 weken wachten op mijn terugbetaling van {!amount}, order {!order_number}. Rekening {iban} staat gewoon goed {~emo} {!hashtag}")
T("iban", "nl", "mail", ANY,
  "S> Wijziging rekeningnummer\nGraag wil ik mijn rekeningnummer wijzigen. Oud: {iban}. Nieuw: {iban}. Mijn klantnummer is {custnr}. Het termijnbedrag van {!amount} mag vanaf {!date} van de nieuwe rekening.")
T("iban", "nl", "agent", ANY,
  "Dank je wel! We hebben IBAN {iban} gekoppeld aan klantnummer {custnr}. De eerste afschrijving is op {!date}.")

T("bsn", "nl", "dm", "municipality",
  "Ik moet voor de aanvraag mijn BSN doorgeven? {@bsn}",
  "bsn {bsn}\ngeboren {dob}\nvoor de afspraak van {!date} om {!time}")
T("bsn", "nl", "chat", "municipality",
  "A> Voor de aanvraag hebben we je BSN nodig. Je kunt dit ook via DigiD doen.\nC> {bsn}\nC> en geboortedatum {dob}\nA> Dank je, de aanvraag staat onder zaaknummer {!ticket_number}.")
T("bsn", "nl", "chat", "insurer",
  "A> Wat is je burgerservicenummer? Dan zoek ik je polis op.\nC> dat is {bsn}\nA> Gevonden! Je eigen risico van {!amount} is voor {!percentage} verbruikt.")
T("bsn", "nl", "mail", "municipality",
  "S> Aanvraag parkeervergunning\nHierbij vraag ik een parkeervergunning aan. Gegevens: {~name} {dob} {bsn}. Adres: {address}. Kenteken volgt.")
T("bsn", "nl", "pub", "municipality",
  "Moet ik echt mijn BSN ({bsn}) via dit formulier sturen {~brand}?? Voelt niet veilig {~emo}")
T("bsn", "nl", "agent", "municipality",
  "Je hoeft je BSN niet via WhatsApp te sturen. Log in met DigiD op {!url}. Zaaknummer: {!ticket_number}.",
  "We hebben je gegevens gevonden: BSN {bsn}, geboren {dob}. Je afspraak is op {!date} om {!time}.")

T("dev", "nl", "mail", "dev",
  "S> Webhook 401\nOnze webshop krijgt sinds {!date} een {!error_code} van jullie API. We gebruiken {@api_key} en de webhook secret staat goed. Versie van de plugin: {!version_string}.",
  "S> Koppeling werkt niet\nBij het aanroepen van het /v2/payments endpoint krijgen we 'invalid token'. Request:\ncurl -H \"Authorization: Bearer {token}\" -X POST ...\nWat doen we fout? KvK {!company_registration:kvk}")
T("dev", "nl", "dm", "dev",
  "API geeft 401 terug. {@token}, is die verlopen?",
  "AWS keys voor de export naar jullie bucket:\naccess key {api:akia}\nsecret {api:awssecret}",
  "{@api_key}\n{@token}\nbeide geven {!error_code}")
T("dev", "nl", "chat", "dev",
  "A> Welke key gebruik je in de header?\nC> {api}\nA> Dat is een live secret key! Rol die direct om in je dashboard.\nC> oei, gedaan",
  "C> token verlopen?\nC> {token=t:head}\nC> {token=t:tail}\nC> (ging over 2 regels)\nA> Stuur nooit tokens via chat. Ik heb hem ingetrokken.")
T("dev", "nl", "pub", "dev",
  "Is de API van {~brand} down? Krijg {!error_code} op elke call sinds {!time} {!hashtag}")
T("dev", "nl", "agent", "dev",
  "We hebben de gelekte sleutel {api} ingetrokken. Je nieuwe key vind je in het dashboard. Ticket {!ticket_number}.")

T("contact", "nl", "dm", ANY,
  "Mijn telefoonnummer is gewijzigd: {phone}. Klantnummer {custnr}.",
  "kunnen jullie me terugbellen? {@phone} na {!time}",
  "ip adres {ip} wordt geblokkeerd door jullie site, foutcode {!error_code}",
  "{@email}\n{@custnr}\ngraag de factuur van {!date} opnieuw sturen")
T("contact", "nl", "chat", ANY,
  "A> Wat is je postcode en huisnummer?\nC> {address}\nA> Dank! En je geboortedatum?\nC> {dob}\nA> Top, ik heb je gevonden.",
  "A> Wat is je klantnummer? Dat staat op je factuur.\nC> klantnummer? staat op factuur {!invoice_number}\nC> oh wacht hier: {custnr}\nA> Dank je!")
T("contact", "nl", "mail", "energy",
  "S> Verhuizing doorgeven\nPer {!date} verhuis ik naar {address}. Graag de levering overzetten. Klantnummer {custnr}, meterstand bij vertrek: {!meter_reading} (normaal) en {!meter_reading} (dal).")
T("contact", "nl", "pub", "parcel",
  "Jullie bezorger staat alweer bij het verkeerde huis! Ik woon op {address}, niet ernaast {~emo} {!hashtag}")
T("contact", "nl", "agent", ANY,
  "Dank je {~first}, we bellen je terug op {phone} tussen {!time} en {!time}.")

T("neg", "nl", "pub", ANY,
  "{~brand} storing in {~city}? Geen internet sinds {!time} {!hashtag}",
  "pincode werkt niet sinds update {!version_string}. wie nog meer? {!hashtag}",
  "{~brand} jullie app {!version_string:bare} crasht bij het openen van mijn pas {!hashtag}",
  "Mijn termijnbedrag gaat van {!amount} naar {!amount}, dat is {!percentage} meer?! {~emo}",
  "Ik sta al drie kwartier in de wacht bij {!company_phone} {!hashtag}")
T("neg", "nl", "dm", ANY,
  "klantnummer? staat op factuur {!invoice_number} maar daar vind ik het niet",
  "Bestelling {!order_number} (art.nr. {!product_code}) nooit ontvangen",
  "inlogcode komt niet binnen, foutmelding {!error_code} in app {!version_string:bare}",
  "Verificatiecode aangevraagd om {!time}, om {!time} nog niks. Nummer eindigt op {!masked_value:card}",
  "wachtwoord vergeten link gaat naar {!url} en die geeft {!error_code}",
  "Pinautomaat gaf {!error_code} en heeft {!amount} afgeschreven maar niks uitgegeven. Om {!time} in {~city}.",
  "Is de code op het pakketje ({!tracking_number}) de ophaalcode? Of krijg ik nog een sms-code?")
T("neg", "nl", "dm", "parcel",
  "Pakket {!tracking_number} staat al 3 dagen op 'in sorteercentrum' {~emo}")
T("neg", "nl", "dm", "energy",
  "Meterstanden: normaal {!meter_reading}, dal {!meter_reading}, gas {!meter_reading:gas}. Klopt het voorschot van {!amount} dan nog?",
  "Factuur {!invoice_number} klopt niet: {!quantity:energy} verbruik is onmogelijk voor een appartement")
T("neg", "nl", "dm", "transport",
  "Kaart geweigerd bij de poort, saldo {!amount}, foutcode {!error_code}. Kaartnummer {!masked_value:card}",
  "Mijn vlucht {!flight_number} op {!date} is geannuleerd, wanneer krijg ik mijn {!amount} terug?")
T("neg", "nl", "dm", "streaming",
  "{~brand} geeft {!error_code} op mijn {!model_number}, app {!version_string:bare}. Abonnement {!amount} per maand en het werkt niet.")
T("neg", "nl", "chat", ANY,
  "A> Heb je het ordernummer?\nC> {!order_number}\nA> Dank! Je pakket is onderweg: {!tracking_number}.\nC> top",
  "A> Welke foutcode zie je?\nC> {!error_code}\nC> bij het invoeren van mijn pincode\nA> Die code betekent dat de terminal offline is. Probeer het later nog eens.",
  "C> wifi wachtwoord vergeten\nA> Die staat op de sticker onderop je {!model_number:modem}. Wijzigen kan via {!url}.\nC> oké gevonden dank",
  "A> Wat is je klantnummer?\nC> weet ik niet, factuurnummer is {!invoice_number}\nA> Dat is genoeg, ik zoek het op.",
  "C> code {!error_code} bij inloggen\nC> app {!version_string:bare}\nA> We werken eraan, verwachte oplossing {!date}.")
T("neg", "nl", "mail", ANY,
  "S> Re: uw vraag [{!ticket_number}]\nDank voor uw antwoord. De storing is nog niet opgelost. Ik heb een {!model_number:modem} met firmware {!version_string:fw}. Sinds {!date} haal ik maar {!quantity:data} in plaats van {!quantity:data}.",
  "S> Bezwaar\nIk maak bezwaar tegen de beschikking met kenmerk {!ticket_number} van {!date}. De waarde is {!percentage} gestegen ten opzichte van {!year}.",
  "S> factuur {!invoice_number}\nIn de factuur staat een bedrag van {!amount}, terwijl in de bevestiging (bestelling {!order_number}) {!amount} stond. Productcode {!product_code}.")
T("neg", "nl", "agent", ANY,
  "Sorry voor het wachten! Je storing is bekend onder nummer {!ticket_number}. Check {!url} voor updates.",
  "Deel nooit je pincode, wachtwoord of sms-code met ons. Wij vragen daar nooit om. Twijfel je? Bel {!company_phone}.",
  "Je bestelling {!order_number} is om {!time} afgeleverd. Track & trace: {!tracking_number}. ^{~ag}")

# ============================== Flemish (nl-BE) =============================
T("login", "nl-be", "dm", ANY,
  "{~hi}, ik geraak niet binnen in de app van {~brand}. {@login}, en dan krijg ik {!error_code}. Wat is er mis?",
  "allez, al de hele avond proberen. {@login} {~emo}",
  "ik geraak ni ingelogd\nlogin {user}\npaswoord {pw}\nkunt ge eens kijken?",
  "Mijn dochter heeft dat account gemaakt, login is {user} en paswoord {pw=a:typo}... neen wacht {pw=a}. Werkt nog altijd niet.",
  "sinds de update naar {!version_string} kan ik niet meer inloggen. {user} {pw} is toch juist?")
T("login", "nl-be", "chat", ANY,
  "A> Dag! Wat is uw login?\nC> {user}\nC> paswoord is {pw} als ge dat nodig hebt\nA> Dank u, maar uw paswoord moogt ge nooit doorsturen. Ik stuur u een link om het te resetten.",
  "C> geraak er ni in\nA> Vervelend! Met welke gebruikersnaam probeert ge in te loggen?\nC> {user}\nA> Ik zie dat uw account geblokkeerd was na 5 pogingen. Nu is het terug in orde.",
  "A> Wat is uw gebruikersnaam?\nC> {user}\nA> En welke melding krijgt ge?\nC> {!error_code} op mijn {!model_number}")
T("login", "nl-be", "mail", ANY,
  "S> Kan niet inloggen\nIk probeer al sinds {!date} in te loggen op {!url} maar dat lukt niet. Mijn gegevens:\n{@login}\nKunt ge dit nakijken aub?")
T("login", "nl-be", "pub", ANY,
  "Amai {~brand}, app werkt weer niet. Login {user} paswoord {pw}, en toch 'ongeldige gegevens' {~emo} {!hashtag}")
T("login", "nl-be", "agent", ANY,
  "Dag {~first}, uw login is {user}. Ik heb een tijdelijk paswoord aangemaakt: {pw}. Gelieve dit bij de eerste aanmelding te wijzigen. Groetjes, {~agent}")

T("pw", "nl-be", "dm", ANY,
  "ik heb mijn paswoord veranderd naar {pw} en nu kan ik niet meer binnen. app versie {!version_string:bare}",
  "{@password}\nen toch foutmelding {!error_code}",
  "paswoord vergeten, nieuw gezet: {pw}. Werkt niet op de {!model_number}")
T("pw", "nl-be", "chat", ANY,
  "A> Welk paswoord hebt ge geprobeerd? (Liever niet uw echte sturen hé)\nC> da is {pw}\nA> Oei, dan raad ik aan om dat meteen te veranderen.",
  "C> resetmail gekregen\nC> nieuw paswoord: {pw}\nC> maar hij zegt {!error_code}\nA> Dat is een gekende fout, probeer over een kwartiertje opnieuw.")
T("pw", "nl-be", "pub", ANY,
  "Waarom aanvaardt jullie site mijn paswoord {pw} niet?? {~emo} {!hashtag}")
T("pw", "nl-be", "mail", ANY,
  "S> paswoord\nDe link uit uw mail van {!date} werkt niet. Ik heb als nieuw paswoord {pw} gekozen, maar nu krijg ik de melding {!error_code}.")

T("sim", "nl-be", "dm", "telco",
  "Mijn gsm vraagt een PUK-code. Drie keer de verkeerde pincode ingegeven, {pin=p:typo} in plaats van {pin=p}. Kunt ge de PUK sturen?",
  "sim geblokkeerd sinds gisteren\n{@puk}\nwerkt ni",
  "{@pin} werkt niet meer sinds ik een nieuwe {!model_number} heb. Simkaart kapot?")
T("sim", "nl-be", "chat", "telco",
  "A> Wat is uw gsm-nummer? Dan zoek ik de PUK op.\nC> {phone}\nA> De PUK-code is {puk}. Daarna kiest ge een nieuwe pincode.\nC> merci, gelukt",
  "A> Hebt ge de PUK bij de hand? Die staat op de kaart waar uw sim in zat.\nC> {puk=k:head}\nC> {puk=k:tail}\nA> Perfect, geef die maar in.",
  "C> pincode vergeten van mijn sim\nA> Geen probleem, na 3 foute pogingen hebt ge de PUK nodig. Hebt ge die?\nC> {@puk}\nA> Top!")
T("sim", "nl-be", "pub", "telco",
  "Al 2 dagen geen bereik en nu vraagt mijn {!model_number} een PUK {~emo} {@puk} ingegeven en niks {!hashtag}",
  "pincode van de sim wordt niet aanvaard sinds update {!version_string}. Iemand hetzelfde? {!hashtag}")
T("sim", "nl-be", "mail", "telco",
  "S> simkaart geblokkeerd\nMijn vader ({phone}) heeft zijn simkaart geblokkeerd. Zijn pincode was {pin}. Kunt ge mij de PUK-code bezorgen? Klantennummer {custnr}.")
T("sim", "nl-be", "agent", "telco",
  "Dag {~first}, de PUK van uw simkaart met nummer {!masked_value:phone} is {puk}. Groetjes, {~agent}")

T("wifi", "nl-be", "dm", "telco",
  "wifi valt voortdurend uit, modem is een {!model_number:modem}. {@wifi_key}. Moet ik die veranderen?",
  "mijn {!model_number:modem} staat op {!version_string:fw} en het wifi paswoord op de sticker werkt ni meer na een reset",
  "{@wifi_key}\nnetwerk {~ssid}\nmijn laptop wil ni verbinden")
T("wifi", "nl-be", "chat", "telco",
  "A> Welke netwerknaam ziet ge staan?\nC> {~ssid}\nA> En welk paswoord geeft ge in?\nC> dat van de sticker\nC> {wifi}\nA> Dat klopt. Probeer de modem eens 30 seconden uit te trekken.",
  "C> internet traag\nA> Welke snelheid meet ge? Uw abonnement is {!quantity:data}.\nC> {!quantity:data} amper\nA> Er is een storing in uw buurt, ticket {!ticket_number}.")
T("wifi", "nl-be", "pub", "telco",
  "{~brand} al sinds {!date} valt de wifi weg, betaal voor {!quantity:data} {~emo} {!hashtag}",
  "Voor de bezoekers van het feestje: wifi paswoord is {wifi} 🎉")
T("wifi", "nl-be", "mail", "telco",
  "S> wifi na verhuis\nSinds de verhuis naar {address} werkt de wifi niet meer. Modem {!model_number:modem} gereset, sleutel van de sticker ingegeven ({wifi}), maar niks. Klantnummer {custnr}.")
T("wifi", "nl-be", "agent", "telco",
  "Ik heb het wifi-paswoord van uw modem aangepast naar {wifi}. Geef het een vijftal minuten. ^{~ag}")

T("card", "nl-be", "dm", "bank",
  "Mijn bankkaart is ingeslikt aan de automaat ({!error_code}). {@pin}, moet ik die laten veranderen?",
  "kredietkaart {card}\nvervalt {exp}\ncvc {cvv}\nwordt altijd geweigerd bij het afrekenen",
  "Bankkaart geblokkeerd na 3x foute pincode. Ik dacht {pin=p:typo} maar het is {pin=p} denk ik")
T("card", "nl-be", "dm", "shop",
  "Betaling voor bestelling {!order_number} mislukt met mijn kredietkaart. {@card}, {@cvv}.")
T("card", "nl-be", "chat", "bank",
  "A> Om uw kaart te blokkeren heb ik enkel de laatste 4 cijfers nodig.\nC> {card}\nC> oei dat is heel het nummer\nA> Geen probleem, ik verwijder het bericht. Kaart geblokkeerd, referentie {!ticket_number}.",
  "C> bankkaart kwijt!\nA> Oei! Welke kaart?\nC> debetkaart, pincode {pin}\nA> Uw pincode moogt ge nooit doorgeven, ook niet aan ons. Ik blokkeer de kaart nu.",
  "A> Wat is de vervaldatum?\nC> {exp}\nA> De code achteraan heb ik NIET nodig hé\nC> te laat, {cvv} 🙈")
T("card", "nl-be", "pub", "bank",
  "{~brand} betalen met bankkaart lukt weer niet, foutcode {!error_code}. pincode is juist hoor {~emo} {!hashtag}")
T("card", "nl-be", "pub", "shop",
  "Mijn kaart {card} wordt geweigerd op jullie webshop, bestelling {!order_number}, wat is dat hier?")
T("card", "nl-be", "mail", "shop",
  "S> Dubbel aangerekend\nOp {!date} is {!amount} twee keer aangerekend op mijn kredietkaart ({!masked_value:card}). Bestelnummer {!order_number}. Terugbetalen op kaart {card} vervaldatum {exp} aub.")
T("card", "nl-be", "agent", "bank",
  "Dag {~first}, ge stuurde ons uw kaartnummer {card} met vervaldatum {exp}. Gelieve dat nooit te delen en uw bericht te verwijderen.")

T("otp", "nl-be", "dm", ANY,
  "ik krijg wel een sms code maar die wordt niet aanvaard. laatste was {otp}. app versie {!version_string:bare}",
  "code {otp=o:typo} werkt niet... ah nee het was {otp=o}. nog altijd {!error_code}",
  "{@otp}\nmaar hij zegt vervallen?")
T("otp", "nl-be", "chat", ANY,
  "A> We sturen u een verificatiecode via sms. Kunt ge die hier doorgeven?\nC> {otp}\nA> Merci, uw account is geverifieerd.",
  "A> Welke code hebt ge ontvangen?\nC> allez hier: {otp}\nA> Dank u!",
  "C> krijg geen sms code\nA> Klopt uw nummer nog? Ik zie {!masked_value:phone}.\nC> ja\nC> ah nu wel, {otp}\nA> Top, geef die in de app in.")
T("otp", "nl-be", "pub", ANY,
  "{~brand} sms code komt pas na 10 minuten binnen en is dan vervallen {~emo} code {otp} dus al dood {!hashtag}",
  "activatiecode werkt niet sinds update {!version_string} {!hashtag}")
T("otp", "nl-be", "mail", ANY,
  "S> activatie account\nDe code die ik op {!date} om {!time} kreeg ({otp}) wordt op {!url} als ongeldig aangeduid.")
T("otp", "nl-be", "agent", ANY,
  "Uw eenmalige code is {otp}. Deze is 10 minuten geldig.",
  "Wij vragen nooit een sms code via WhatsApp. Twijfelt ge? Bel ons op {!company_phone}.")

T("iban", "nl-be", "dm", ANY,
  "Kunt ge de {!amount} terugstorten? {@iban} op naam van {~name}",
  "nieuw rekeningnummer {iban} voor de domiciliëring vanaf {!date}",
  "rekeningnummer:{iban}\nvoor de retour van bestelling {!order_number}")
T("iban", "nl-be", "chat", ANY,
  "A> Op welk rekeningnummer mogen we het bedrag terugstorten?\nC> {iban}\nA> Dank u, de terugbetaling van {!amount} gebeurt op {!date}.",
  "A> Klopt uw rekeningnummer nog? Ik zie {!masked_value:iban}.\nC> neen nieuw\nC> {iban=i:head}\nC> {iban=i:tail}\nA> Aangepast!")
T("iban", "nl-be", "pub", "shop",
  "3 weken wachten op terugbetaling {!amount}, bestelling {!order_number}. Rekening {iban} staat nochtans juist {~emo}")
T("iban", "nl-be", "mail", ANY,
  "S> wijziging rekeningnummer\nGraag wijzig ik mijn rekeningnummer van {iban} naar {iban}. Klantennummer {custnr}. Het voorschot van {!amount} mag vanaf {!date} van de nieuwe rekening.")
T("iban", "nl-be", "agent", ANY,
  "Merci! We hebben rekeningnummer {iban} gekoppeld aan klantnummer {custnr}.")

T("bsn", "nl-be", "dm", "insurer",
  "Ik werk in Nederland als grensarbeider, {@bsn}. Moet ik dat bij jullie doorgeven?",
  "bsn {bsn}, geboren {dob}, voor mijn Nederlandse zorgverzekering")
T("bsn", "nl-be", "chat", "insurer",
  "A> Voor uw Nederlandse polis hebben we uw BSN nodig.\nC> {bsn}\nA> Dank u, dossier {!ticket_number}.")
T("bsn", "nl-be", "mail", "municipality",
  "S> Inschrijving\nIk verhuis naar Nederland. Gegevens: {~name} {dob} BSN {bsn}. Huidig adres: {address}.")
T("bsn", "nl-be", "agent", "insurer",
  "Dag {~first}, we hebben uw BSN {bsn} aan uw dossier toegevoegd. Geboortedatum {dob} klopt ook.")

T("dev", "nl-be", "mail", "dev",
  "S> API fout\nOnze webshop krijgt sinds {!date} een {!error_code} terug van jullie API. We gebruiken {@api_key}. Plugin versie {!version_string:bare}. Ondernemingsnummer {!company_registration:kbo}.",
  "S> token\nOns access token {token} geeft 401. Is dat vervallen?")
T("dev", "nl-be", "dm", "dev",
  "{@token}\nen de api key {api}\nbeide geven {!error_code}",
  "API sleutel: {api}\nklopt die nog?")
T("dev", "nl-be", "chat", "dev",
  "A> Welke key gebruikt ge?\nC> {api}\nA> Dat is een live key! Gelieve die meteen te vernieuwen in het dashboard.",
  "C> token gaat over twee lijnen sorry\nC> {token=t:head}\nC> {token=t:tail}\nA> Ik heb het token ingetrokken, maak een nieuw aan.")
T("dev", "nl-be", "agent", "dev",
  "We hebben de gelekte key {api} ingetrokken. Ticket {!ticket_number}.")

T("contact", "nl-be", "dm", ANY,
  "Mijn gsm-nummer is veranderd: {phone}. Klantennummer {custnr}.",
  "kunt ge mij terugbellen? {@phone} na {!time}",
  "{@email}\n{@custnr}\nfactuur van {!date} aub opnieuw sturen",
  "jullie site blokkeert mijn ip {ip}, foutcode {!error_code}")
T("contact", "nl-be", "chat", ANY,
  "A> Wat is uw adres?\nC> {address}\nA> En uw geboortedatum?\nC> {dob}\nA> Gevonden!",
  "A> Wat is uw klantnummer?\nC> klantnummer? staat op factuur {!invoice_number}\nC> ah hier: {custnr}\nA> Merci!")
T("contact", "nl-be", "mail", "energy",
  "S> Verhuis\nVanaf {!date} woon ik op {address}. Klantnummer {custnr}. Meterstanden: dag {!meter_reading}, nacht {!meter_reading}.")
T("contact", "nl-be", "pub", "parcel",
  "Jullie koerier heeft mijn pakje weer bij de buren gelegd. Ik woon op {address}! {~emo}")
T("contact", "nl-be", "agent", ANY,
  "Dank u {~first}, we bellen u terug op {phone} tussen {!time} en {!time}.")

T("neg", "nl-be", "pub", ANY,
  "{~brand} panne in {~city}? Geen internet sinds {!time} {!hashtag}",
  "pincode werkt ni meer sinds update {!version_string}, iemand anders ook? {!hashtag}",
  "Mijn voorschot gaat van {!amount} naar {!amount}, dat is {!percentage} meer! {~emo}",
  "Al 40 minuten in de wacht op {!company_phone} {!hashtag}")
T("neg", "nl-be", "dm", ANY,
  "klantnummer? staat op factuur {!invoice_number} maar ik vind het ni",
  "Bestelling {!order_number} (artikel {!product_code}) nooit toegekomen",
  "activatiecode komt ni binnen, foutmelding {!error_code} in app {!version_string:bare}",
  "Bankautomaat gaf {!error_code} en heeft {!amount} afgehouden zonder iets te geven, om {!time}",
  "is {!tracking_number} de code om mijn pakje af te halen of krijg ik nog een sms code?")
T("neg", "nl-be", "dm", "parcel",
  "Pakje {!tracking_number} staat al 4 dagen op 'in sorteercentrum'")
T("neg", "nl-be", "dm", "energy",
  "Meterstanden: dag {!meter_reading}, nacht {!meter_reading}, gas {!meter_reading:gas}. Is het voorschot van {!amount} dan juist?",
  "Eindafrekening {!invoice_number}: {!quantity:energy} verbruik, onmogelijk voor een studio")
T("neg", "nl-be", "dm", "transport",
  "Mijn abonnementskaart ({!masked_value:card}) wordt geweigerd aan de poort, foutcode {!error_code}. Saldo {!amount}",
  "Vlucht {!flight_number} op {!date} geannuleerd, wanneer krijg ik mijn {!amount} terug?")
T("neg", "nl-be", "dm", "streaming",
  "{~brand} geeft {!error_code} op mijn {!model_number} met app {!version_string:bare}.")
T("neg", "nl-be", "chat", ANY,
  "A> Hebt ge het bestelnummer?\nC> {!order_number}\nA> Uw pakje is onderweg: {!tracking_number}.\nC> merci",
  "A> Welke foutcode ziet ge?\nC> {!error_code}\nC> bij het ingeven van de pincode\nA> Dat betekent dat de terminal offline is.",
  "C> wifi paswoord kwijt\nA> Dat staat op de sticker onderaan uw {!model_number:modem}. Wijzigen kan via {!url}.\nC> gevonden, merci")
T("neg", "nl-be", "mail", ANY,
  "S> Re: uw vraag [{!ticket_number}]\nDe storing is nog niet opgelost. Modem {!model_number:modem}, firmware {!version_string:fw}. Sinds {!date} maar {!quantity:data}.",
  "S> factuur {!invoice_number}\nOp de factuur staat {!amount}, in de bevestiging van bestelling {!order_number} stond {!amount}. Ondernemingsnummer van jullie op de factuur: {!company_registration:kbo}.")
T("neg", "nl-be", "agent", ANY,
  "Sorry voor het wachten! Uw melding is gekend onder nummer {!ticket_number}. Volg het op via {!url}.",
  "Geef nooit uw pincode, paswoord of sms code door. Wij vragen daar nooit naar. Bel bij twijfel {!company_phone}.")

# ============================== Belgian French (fr-BE) ======================
T("login", "fr-be", "dm", ANY,
  "{~hi}, impossible de me connecter à l'app {~brand}. {@login} et j'ai l'erreur {!error_code}. Une idée ?",
  "je n'arrive pas à me connecter\nidentifiant {user}\nmdp {pw}\nvous pouvez vérifier svp",
  "{user} {pw} c'est bien ça non?? {~emo}",
  "Mon fils a créé le compte, identifiant {user} et mot de passe {pw=a:typo}... non pardon {pw=a}. Toujours refusé.")
T("login", "fr-be", "chat", ANY,
  "A> Bonjour ! Quel est votre identifiant ?\nC> {user}\nC> et le mdp c'est {pw}\nA> Merci, mais ne communiquez jamais votre mot de passe. Je vous envoie un lien de réinitialisation.",
  "A> Avec quel identifiant essayez-vous de vous connecter ?\nC> {user}\nA> Et quel message d'erreur ?\nC> {!error_code} sur mon {!model_number}")
T("login", "fr-be", "mail", ANY,
  "S> Problème de connexion\nDepuis le {!date}, je ne parviens plus à me connecter sur {!url}. Mes données :\n{@login}\nMerci de vérifier.")
T("login", "fr-be", "pub", ANY,
  "{~brand} votre appli plante encore. {@login} et rien {~emo} {!hashtag}")
T("login", "fr-be", "agent", ANY,
  "Bonjour {~first}, votre identifiant est {user}. J'ai créé un mot de passe provisoire : {pw}. Merci de le modifier à la première connexion. {~agent}")

T("pw", "fr-be", "dm", ANY,
  "j'ai changé mon mdp en {pw} mais l'appli le refuse (version {!version_string:bare})",
  "{@password}\net toujours erreur {!error_code}")
T("pw", "fr-be", "chat", ANY,
  "A> Quel mot de passe avez-vous essayé ? (Idéalement, ne l'envoyez pas)\nC> c'est {pw}\nA> Je vous conseille de le changer immédiatement.",
  "C> mot de passe oublié\nA> Vous avez reçu le mail de réinitialisation ?\nC> oui nouveau mdp {pw}\nC> mais erreur {!error_code}")
T("pw", "fr-be", "pub", ANY,
  "Pourquoi votre site refuse mon mot de passe {pw} ??? {~emo} {!hashtag}")
T("pw", "fr-be", "mail", ANY,
  "S> réinitialisation\nLe lien reçu le {!date} ne fonctionne pas. J'ai choisi {pw} comme nouveau mot de passe mais j'obtiens l'erreur {!error_code}.")

T("sim", "fr-be", "dm", "telco",
  "Mon gsm demande le code PUK. J'ai tapé 3x le mauvais code pin ({pin=p:typo} au lieu de {pin=p}). Vous pouvez m'envoyer le PUK ?",
  "carte sim bloquée\n{@puk}\nça ne marche pas",
  "{@pin} ne fonctionne plus sur mon nouveau {!model_number}, la carte SIM est morte ?")
T("sim", "fr-be", "chat", "telco",
  "A> Quel est votre numéro de gsm ? Je cherche le PUK.\nC> {phone}\nA> Le code PUK est {puk}. Ensuite vous choisissez un nouveau code pin.\nC> merci ça marche",
  "A> Avez-vous le code PUK sous la main ?\nC> {puk=k:head}\nC> {puk=k:tail}\nA> Parfait, introduisez-le.")
T("sim", "fr-be", "pub", "telco",
  "{~brand} plus de réseau depuis 2 jours et mon {!model_number} demande le PUK. {@puk} et rien {~emo} {!hashtag}",
  "le code pin de ma sim n'est plus accepté depuis la mise à jour {!version_string} {!hashtag}")
T("sim", "fr-be", "mail", "telco",
  "S> SIM bloquée\nMa mère ({phone}) a bloqué sa carte SIM. Son code pin était {pin}. Pouvez-vous m'envoyer le code PUK ? Numéro client {custnr}.")
T("sim", "fr-be", "agent", "telco",
  "Bonjour {~first}, le code PUK de votre carte SIM ({!masked_value:phone}) est {puk}. Bonne journée, {~agent}")

T("wifi", "fr-be", "dm", "telco",
  "le wifi coupe tout le temps, modem {!model_number:modem}. {@wifi_key}. Je dois la changer ?",
  "mon {!model_number:modem} est en firmware {!version_string:fw}, le mot de passe wifi sur l'autocollant ne marche plus après reset",
  "{@wifi_key}\nréseau {~ssid}\nmon pc refuse de se connecter")
T("wifi", "fr-be", "chat", "telco",
  "A> Quel nom de réseau voyez-vous ?\nC> {~ssid}\nA> Et quelle clé introduisez-vous ?\nC> celle de l'autocollant\nC> {wifi}\nA> C'est correct. Débranchez le modem 30 secondes.",
  "C> internet lent\nA> Quel débit mesurez-vous ? Votre abonnement est de {!quantity:data}.\nC> à peine {!quantity:data}\nA> Il y a une panne dans votre quartier, ticket {!ticket_number}.")
T("wifi", "fr-be", "pub", "telco",
  "Pour les invités de ce soir : le wifi c'est {wifi} 😉",
  "{~brand} wifi {~ssid} qui coupe depuis le {!date}, je paie pour {!quantity:data} {~emo} {!hashtag}")
T("wifi", "fr-be", "mail", "telco",
  "S> wifi après déménagement\nDepuis mon déménagement ({address}), le wifi ne fonctionne plus. Modem {!model_number:modem} réinitialisé, clé de l'autocollant introduite ({wifi}). Numéro client {custnr}.")
T("wifi", "fr-be", "agent", "telco",
  "J'ai modifié la clé wifi de votre modem : {wifi}. Comptez 5 minutes. {~agent}")

T("card", "fr-be", "dm", "bank",
  "Ma carte a été avalée par le distributeur ({!error_code}). {@pin}, je dois le changer ?",
  "carte {card}\nexp {exp}\ncvv {cvv}\npourquoi le paiement est refusé ?",
  "Carte bloquée après 3 codes erronés. Je pensais {pin=p:typo} mais c'est {pin=p}")
T("card", "fr-be", "dm", "shop",
  "Paiement refusé pour la commande {!order_number}. {@card}, {@cvv}.")
T("card", "fr-be", "chat", "bank",
  "A> Pour bloquer la carte, j'ai seulement besoin des 4 derniers chiffres.\nC> {card}\nC> oups c'est tout le numéro\nA> Pas de souci, je supprime le message. Carte bloquée, référence {!ticket_number}.",
  "C> carte perdue !\nA> Quelle carte ?\nC> carte de débit, code pin {pin}\nA> Ne communiquez jamais votre code, même à nous. Je bloque la carte.")
T("card", "fr-be", "pub", "bank",
  "{~brand} paiement refusé encore, code erreur {!error_code} au terminal. Mon code pin est correct {~emo} {!hashtag}")
T("card", "fr-be", "pub", "shop",
  "Ma carte {card} refusée sur votre site, commande {!order_number} {~emo}")
T("card", "fr-be", "mail", "shop",
  "S> Double débit\nLe {!date}, {!amount} a été débité deux fois de ma carte ({!masked_value:card}). Commande {!order_number}. Remboursement sur la carte {card}, expiration {exp} svp.")
T("card", "fr-be", "agent", "bank",
  "Bonjour {~first}, vous nous avez envoyé le numéro de carte {card} (exp. {exp}). Ne partagez jamais ces données et supprimez votre message svp.")

T("otp", "fr-be", "dm", ANY,
  "je reçois un code sms mais il est refusé. le dernier était {otp}. appli version {!version_string:bare}",
  "code {otp=o:typo} refusé... ah non c'était {otp=o}. toujours {!error_code}",
  "{@otp}\nmais il dit expiré ?")
T("otp", "fr-be", "chat", ANY,
  "A> Nous vous envoyons un code de vérification par sms. Pouvez-vous nous le communiquer ?\nC> {otp}\nA> Merci, votre compte est vérifié.",
  "A> Quel code avez-vous reçu ?\nC> ok voilà: {otp}\nA> Merci !",
  "C> je reçois pas le code\nA> Votre numéro est-il correct ? Je vois {!masked_value:phone}.\nC> oui\nC> ah si, {otp}")
T("otp", "fr-be", "pub", ANY,
  "{~brand} le code sms arrive après 10 min et il est déjà expiré {~emo} code {otp} donc mort {!hashtag}",
  "code de confirmation ne marche plus depuis la mise à jour {!version_string} {!hashtag}")
T("otp", "fr-be", "mail", ANY,
  "S> activation\nLe code reçu le {!date} à {!time} ({otp}) est refusé sur {!url}.")
T("otp", "fr-be", "agent", ANY,
  "Votre code à usage unique est {otp}. Il est valable 10 minutes.",
  "Nous ne demandons jamais de code sms par WhatsApp. En cas de doute, appelez le {!company_phone}.")

T("iban", "fr-be", "dm", ANY,
  "Pouvez-vous rembourser les {!amount} ? {@iban} au nom de {~name}",
  "nouveau compte {iban} pour la domiciliation à partir du {!date}")
T("iban", "fr-be", "chat", ANY,
  "A> Sur quel compte souhaitez-vous le remboursement ?\nC> {iban}\nA> Merci, le remboursement de {!amount} sera effectué le {!date}.",
  "A> Votre IBAN est-il toujours {!masked_value:iban} ?\nC> non nouveau\nC> {iban=i:head}\nC> {iban=i:tail}\nA> C'est modifié !")
T("iban", "fr-be", "pub", "shop",
  "3 semaines que j'attends mon remboursement de {!amount}, commande {!order_number}. Compte {iban} pourtant correct {~emo}")
T("iban", "fr-be", "mail", ANY,
  "S> changement de compte\nMerci de remplacer mon compte {iban} par {iban}. Numéro client {custnr}. L'acompte de {!amount} peut être prélevé dès le {!date}.")
T("iban", "fr-be", "agent", ANY,
  "Merci ! Le compte {iban} est lié au numéro client {custnr}.")

T("bsn", "fr-be", "dm", "insurer",
  "Je travaille aux Pays-Bas, {@bsn}. Je dois vous le communiquer ?")
T("bsn", "fr-be", "chat", "insurer",
  "A> Pour votre police néerlandaise, il nous faut votre BSN.\nC> {bsn}\nC> né le {dob}\nA> Merci, dossier {!ticket_number}.")
T("bsn", "fr-be", "mail", "insurer",
  "S> travailleur frontalier\nVoici mes données : {~name}, {dob}, BSN {bsn}. Adresse : {address}.")
T("bsn", "fr-be", "agent", "insurer",
  "Bonjour {~first}, votre BSN {bsn} a été ajouté à votre dossier.")

T("dev", "fr-be", "mail", "dev",
  "S> Erreur API\nNotre boutique reçoit une erreur {!error_code} depuis le {!date}. Nous utilisons {@api_key}. Version du plugin {!version_string:bare}. N° d'entreprise {!company_registration:kbo}.",
  "S> jeton expiré ?\nNotre {@token} renvoie 401 depuis ce matin.")
T("dev", "fr-be", "dm", "dev",
  "{@api_key}\n{@token}\nles deux donnent {!error_code}")
T("dev", "fr-be", "chat", "dev",
  "A> Quelle clé utilisez-vous ?\nC> {api}\nA> C'est une clé live ! Régénérez-la immédiatement.",
  "C> le token est sur deux lignes désolé\nC> {token=t:head}\nC> {token=t:tail}\nA> Je l'ai révoqué, créez-en un nouveau.")
T("dev", "fr-be", "agent", "dev",
  "Nous avons révoqué la clé exposée {api}. Ticket {!ticket_number}.")

T("contact", "fr-be", "dm", ANY,
  "Mon numéro de gsm a changé : {phone}. Numéro client {custnr}.",
  "pouvez-vous me rappeler ? {@phone} après {!time}",
  "{@email}\n{@custnr}\nrenvoyez la facture du {!date} svp",
  "votre site bloque mon ip {ip}, erreur {!error_code}")
T("contact", "fr-be", "chat", ANY,
  "A> Quelle est votre adresse ?\nC> {address}\nA> Et votre date de naissance ?\nC> {dob}\nA> Trouvé !",
  "A> Votre numéro client ?\nC> numéro client? sur la facture {!invoice_number} je vois rien\nC> ah voilà: {custnr}\nA> Merci !")
T("contact", "fr-be", "mail", "energy",
  "S> Déménagement\nÀ partir du {!date}, j'habite {address}. Numéro client {custnr}. Index compteur : jour {!meter_reading}, nuit {!meter_reading}.")
T("contact", "fr-be", "pub", "parcel",
  "Votre livreur a encore déposé mon colis chez le voisin. J'habite {address} ! {~emo}")
T("contact", "fr-be", "agent", ANY,
  "Merci {~first}, nous vous rappelons au {phone} entre {!time} et {!time}.")

T("neg", "fr-be", "pub", ANY,
  "{~brand} panne à {~city} ? Plus d'internet depuis {!time} {!hashtag}",
  "le code pin ne marche plus depuis la mise à jour {!version_string} {!hashtag}",
  "Mon acompte passe de {!amount} à {!amount}, soit {!percentage} de plus ! {~emo}")
T("neg", "fr-be", "dm", ANY,
  "numéro client ? sur la facture {!invoice_number} je ne le trouve pas",
  "Commande {!order_number} (réf. {!product_code}) jamais reçue",
  "code sms jamais reçu, erreur {!error_code} dans l'appli {!version_string:bare}",
  "Le distributeur a affiché {!error_code} et a débité {!amount} sans rien donner, à {!time}",
  "le code {!tracking_number} c'est pour retirer le colis ou je reçois encore un code sms ?")
T("neg", "fr-be", "dm", "energy",
  "Index : jour {!meter_reading}, nuit {!meter_reading}, gaz {!meter_reading:gas}. L'acompte de {!amount} est correct ?")
T("neg", "fr-be", "dm", "transport",
  "Ma carte ({!masked_value:card}) est refusée au portique, erreur {!error_code}",
  "Vol {!flight_number} du {!date} annulé, quand suis-je remboursé de {!amount} ?")
T("neg", "fr-be", "chat", ANY,
  "A> Avez-vous le numéro de commande ?\nC> {!order_number}\nA> Votre colis est en route : {!tracking_number}.\nC> merci",
  "A> Quel code d'erreur voyez-vous ?\nC> {!error_code}\nC> quand je tape mon code pin\nA> Le terminal est hors ligne, réessayez plus tard.")
T("neg", "fr-be", "mail", ANY,
  "S> Re: votre demande [{!ticket_number}]\nLa panne n'est pas résolue. Modem {!model_number:modem}, firmware {!version_string:fw}. Depuis le {!date}, seulement {!quantity:data}.",
  "S> facture {!invoice_number}\nLa facture indique {!amount} alors que la confirmation de commande {!order_number} indiquait {!amount}.")
T("neg", "fr-be", "agent", ANY,
  "Désolé pour l'attente ! Votre signalement porte le numéro {!ticket_number}. Suivi sur {!url}.",
  "Ne communiquez jamais votre code pin, mot de passe ou code sms. En cas de doute : {!company_phone}.")

# ============================== English (UK/US) =============================
T("login", "en", "dm", ANY,
  "{~hi}, can't log into the {~brand} app. {@login} and it just says {!error_code}. Any ideas?",
  "cant login since the {!version_string} update\n{@login}",
  "locked out again. {user} {pw} is right isn't it?? {~emo}",
  "My son set the account up, username {user} and password {pw=a:typo}... sorry no, {pw=a}. Still rejected.",
  "login not working\n{user}\n{pw}\nhelp")
T("login", "en", "chat", ANY,
  "A> Hi! What's your username?\nC> {user}\nC> and pw is {pw} if you need it\nA> Thanks, please never share your password with us. I'll send a reset link.",
  "A> Which username are you using?\nC> same as always: {user}\nA> And what error do you see?\nC> {!error_code} on my {!model_number}",
  "A> Can you confirm the username on the account?\nC> {user=u:typo}\nC> sorry, {user=u}\nA> Found it, I've unlocked the account.")
T("login", "en", "mail", ANY,
  "S> Can't sign in\nSince {!date} I haven't been able to sign in at {!url}. My details:\n{@login}\nPlease can you look into it.")
T("login", "en", "pub", ANY,
  "{~brand} your app is broken again. {@login} and nothing {~emo} {!hashtag}")
T("login", "en", "agent", ANY,
  "Hi {~first}, your username is {user}. I've set a temporary password: {pw}. You'll be asked to change it when you sign in. ^{~ag}")

T("pw", "en", "dm", ANY,
  "changed my password to {pw} and now the app won't accept it (version {!version_string:bare})",
  "{@password}\nand still {!error_code}",
  "new password {pw} doesn't work on the {!model_number}")
T("pw", "en", "chat", ANY,
  "A> What password did you try? (Best not to send the real one)\nC> it's {pw}\nA> I'd recommend changing that straight away.",
  "C> forgot password\nA> Did you get the reset email?\nC> yes set new one: {pw}\nC> now it says {!error_code}")
T("pw", "en", "pub", ANY,
  "Why won't your site take my password {pw}??? ticks every box {~emo} {!hashtag}")
T("pw", "en", "mail", ANY,
  "S> Password reset\nThe link from your email on {!date} doesn't work. I set {pw} as the new password but get error {!error_code}.")

T("sim", "en", "dm", "telco",
  "Phone's asking for a PUK. Typed the wrong PIN 3 times ({pin=p:typo} instead of {pin=p}). Can you send the PUK?",
  "sim locked\n{@puk}\nnot working",
  "{@pin} doesn't work on my new {!model_number}, is the SIM dead?")
T("sim", "en", "chat", "telco",
  "A> What's your mobile number? I'll look up the PUK.\nC> {phone}\nA> Your PUK code is {puk}. You'll then choose a new PIN.\nC> cheers that worked",
  "A> Have you got the PUK handy? It's on the card your SIM came in.\nC> {puk=k:head}\nC> {puk=k:tail}\nA> Perfect, enter that.")
T("sim", "en", "pub", "telco",
  "{~brand} no signal for 2 days and now my {!model_number} wants a PUK. {@puk} and nothing {~emo} {!hashtag}",
  "sim pin stopped working after updating to {!version_string}. anyone else? {!hashtag}")
T("sim", "en", "mail", "telco",
  "S> SIM locked\nMy mum ({phone}) has locked her SIM. Her PIN was {pin}. Could you send me the PUK code? Account number {custnr}.")
T("sim", "en", "agent", "telco",
  "Hi {~first}, the PUK for your SIM ending {!masked_value:phone} is {puk}. ^{~ag}")

T("wifi", "en", "dm", "telco",
  "wifi keeps dropping, router is a {!model_number:modem}. {@wifi_key}. should I change it?",
  "my {!model_number:modem} is on firmware {!version_string:fw} and the wifi password on the sticker stopped working after a reset",
  "{@wifi_key}\nnetwork {~ssid}\nlaptop won't connect")
T("wifi", "en", "chat", "telco",
  "A> What network name can you see?\nC> {~ssid}\nA> And which key are you entering?\nC> the one on the sticker\nC> {wifi}\nA> That's right. Turn the router off for 30 seconds.",
  "C> broadband slow\nA> What speed are you getting? Your package is {!quantity:data}.\nC> barely {!quantity:data}\nA> There's a fault in your area, ref {!ticket_number}.")
T("wifi", "en", "pub", "telco",
  "for everyone coming tonight the wifi password is {wifi} 🍕",
  "{~brand} wifi {~ssid} dropping since {!date}, paying for {!quantity:data} {~emo} {!hashtag}")
T("wifi", "en", "mail", "telco",
  "S> wifi after moving\nSince moving to {address} the wifi has stopped working. Router {!model_number:modem} reset, key from the sticker entered ({wifi}). Account {custnr}.")
T("wifi", "en", "agent", "telco",
  "I've changed your router's wifi key to {wifi}. Give it 5 minutes. ^{~ag}")

T("card", "en", "dm", "bank",
  "Cash machine swallowed my card ({!error_code} on screen). {@pin}, do I need to change it?",
  "card {card}\nexp {exp}\ncvv {cvv}\nwhy does checkout keep failing?",
  "Card blocked after 3 wrong PINs. Thought it was {pin=p:typo} but it's {pin=p}")
T("card", "en", "dm", "shop",
  "Payment failed for order {!order_number}. {@card}, {@cvv}.")
T("card", "en", "chat", "bank",
  "A> To block the card I only need the last 4 digits.\nC> {card}\nC> oops that's the whole number\nA> No problem, I'll delete the message. Card blocked, ref {!ticket_number}.",
  "C> lost my card!\nA> Which card is it?\nC> debit card, pin {pin}\nA> Please never share your PIN, even with us. Blocking it now.",
  "A> What's the expiry date on the card?\nC> {exp}\nA> I do NOT need the 3 digits on the back\nC> too late lol {cvv}")
T("card", "en", "pub", "bank",
  "{~brand} card declined AGAIN, error {!error_code} at the till. PIN is definitely right {~emo} {!hashtag}")
T("card", "en", "pub", "shop",
  "Why is my card {card} being declined on your site?? order {!order_number} {~emo}")
T("card", "en", "mail", "shop",
  "S> Charged twice\nOn {!date} I was charged {!amount} twice on my card ({!masked_value:card}). Order {!order_number}. Please refund to card {card}, expiry {exp}.")
T("card", "en", "agent", "bank",
  "Hi {~first}, you sent us your card number {card} and expiry {exp}. Please never share these and delete your message.")

T("otp", "en", "dm", ANY,
  "i get a text code but it's rejected. last one was {otp}. app version {!version_string:bare}",
  "code {otp=o:typo} not working... oh wait it was {otp=o}. still {!error_code}",
  "{@otp}\nbut it says expired?")
T("otp", "en", "chat", ANY,
  "A> We've sent you a verification code by text. Could you share it here?\nC> {otp}\nA> Thanks, your account is verified.",
  "A> What code did you get?\nC> ok here: {otp}\nA> Thank you!",
  "C> not getting the code\nA> Is your number still {!masked_value:phone}?\nC> yes\nC> oh it's come through, {otp}")
T("otp", "en", "pub", ANY,
  "{~brand} text code takes 10 mins to arrive and it's expired by then {~emo} code {otp} already dead {!hashtag}",
  "2FA code not working since the {!version_string} update {!hashtag}")
T("otp", "en", "mail", ANY,
  "S> verification\nThe code I got on {!date} at {!time} ({otp}) is rejected on {!url}.")
T("otp", "en", "agent", ANY,
  "Your one-time code is {otp}. It's valid for 10 minutes.",
  "We never ask for a text code over WhatsApp. If in doubt, call {!company_phone}.")

T("iban", "en", "dm", ANY,
  "Can you refund the {!amount}? {@iban} in the name of {~name}",
  "new account {iban} for the direct debit from {!date}")
T("iban", "en", "chat", ANY,
  "A> Which account should we refund to?\nC> {iban}\nA> Thanks, the refund of {!amount} will go out on {!date}.",
  "A> Is your IBAN still {!masked_value:iban}?\nC> no new one\nC> {iban=i:head}\nC> {iban=i:tail}\nA> Updated!")
T("iban", "en", "pub", "shop",
  "3 weeks waiting for my {!amount} refund, order {!order_number}. Account {iban} is correct {~emo}")
T("iban", "en", "mail", ANY,
  "S> change of bank details\nPlease replace {iban} with {iban}. Account number {custnr}. The {!amount} payment can come from the new account from {!date}.")
T("iban", "en", "agent", ANY,
  "Thanks! IBAN {iban} is now linked to account {custnr}.")

T("bsn", "en", "dm", "municipality",
  "Just moved to the Netherlands, {@bsn}. Do you need it for the registration?",
  "BSN {bsn}\nDOB {dob}\nfor the appointment on {!date} at {!time}")
T("bsn", "en", "chat", "insurer",
  "A> For your Dutch policy we need your BSN.\nC> {bsn}\nC> born {dob}\nA> Thanks, case {!ticket_number}.")
T("bsn", "en", "mail", "municipality",
  "S> Registration\nMy details: {~name}, {dob}, BSN {bsn}. Address: {address}.")
T("bsn", "en", "pub", "municipality",
  "Do I really have to send my BSN {bsn} through this form {~brand}?? feels dodgy {~emo}")
T("bsn", "en", "agent", "insurer",
  "Hi {~first}, we've added BSN {bsn} to your file.")

T("dev", "en", "mail", "dev",
  "S> API 401\nOur store has been getting {!error_code} from your API since {!date}. We're using {@api_key}. Plugin version {!version_string:bare}.",
  "S> token expired?\nOur {@token} returns 401 since this morning. Company no. {!company_registration}",
  "S> webhook signature failing\nRequest we send:\ncurl -H \"Authorization: Bearer {token}\" -H \"X-Api-Key: {api}\" ...\nResponse: {!error_code}")
T("dev", "en", "dm", "dev",
  "{@api_key}\n{@token}\nboth give {!error_code}",
  "AWS creds for the bucket export:\naccess key id {api:akia}\nsecret {api:awssecret}",
  "config is {lb}\"apiKey\": \"{api}\", \"env\": \"live\"{rb} and it still 401s")
T("dev", "en", "chat", "dev",
  "A> Which key are you using?\nC> {api}\nA> That's a live secret key! Please roll it in the dashboard now.",
  "C> token's split over two lines sorry\nC> {token=t:head}\nC> {token=t:tail}\nA> I've revoked it, please create a new one.")
T("dev", "en", "pub", "dev",
  "is the {~brand} API down? getting {!error_code} on every call since {!time} {!hashtag}")
T("dev", "en", "agent", "dev",
  "We've revoked the exposed key {api}. Ticket {!ticket_number}.")

T("contact", "en", "dm", ANY,
  "My number has changed: {phone}. Account {custnr}.",
  "can you call me back? {@phone} after {!time}",
  "{@email}\n{@custnr}\nplease resend the bill from {!date}",
  "your site is blocking my IP {ip}, error {!error_code}")
T("contact", "en", "chat", ANY,
  "A> What's your address?\nC> {address}\nA> And your date of birth?\nC> {dob}\nA> Found you!",
  "A> What's your account number?\nC> account number? on bill {!invoice_number} can't see it\nC> oh here: {custnr}\nA> Thanks!")
T("contact", "en", "mail", "energy",
  "S> Moving home\nFrom {!date} I'll be at {address}. Account {custnr}. Meter readings: {!meter_reading} (day) and {!meter_reading} (night).")
T("contact", "en", "pub", "parcel",
  "Your driver left my parcel at the wrong house AGAIN. I live at {address} {~emo}")
T("contact", "en", "agent", ANY,
  "Thanks {~first}, we'll call you back on {phone} between {!time} and {!time}.")

T("neg", "en", "pub", ANY,
  "{~brand} outage in {~city}? no internet since {!time} {!hashtag}",
  "PIN not working since the {!version_string} update. anyone else? {!hashtag}",
  "My bill went from {!amount} to {!amount}, that's {!percentage} more! {~emo}",
  "on hold at {!company_phone} for 40 mins now {!hashtag}")
T("neg", "en", "dm", ANY,
  "account number? says see bill {!invoice_number} but it's not there",
  "Order {!order_number} (SKU {!product_code}) never arrived",
  "text code never arrives, error {!error_code} in app {!version_string:bare}",
  "ATM showed {!error_code} and took {!amount} without giving me anything, at {!time}",
  "is {!tracking_number} the collection code or will I get another text code?")
T("neg", "en", "dm", "energy",
  "Meter readings: day {!meter_reading}, night {!meter_reading}, gas {!meter_reading:gas}. Is the {!amount} monthly payment right?")
T("neg", "en", "dm", "transport",
  "My travel card ({!masked_value:card}) gets rejected at the barrier, error {!error_code}",
  "Flight {!flight_number} on {!date} cancelled, when do I get my {!amount} back?")
T("neg", "en", "chat", ANY,
  "A> Have you got the order number?\nC> {!order_number}\nA> It's on its way: {!tracking_number}.\nC> thanks",
  "A> What error code do you see?\nC> {!error_code}\nC> when I type my PIN\nA> That means the terminal is offline, try again later.",
  "C> forgot wifi password\nA> It's on the sticker under your {!model_number:modem}. You can change it at {!url}.\nC> found it cheers")
T("neg", "en", "mail", ANY,
  "S> Re: your query [{!ticket_number}]\nThe fault still isn't fixed. Router {!model_number:modem}, firmware {!version_string:fw}. Since {!date} only {!quantity:data}.",
  "S> invoice {!invoice_number}\nThe invoice says {!amount} but the confirmation for order {!order_number} said {!amount}.")
T("neg", "en", "agent", ANY,
  "Sorry for the wait! Your report is logged under {!ticket_number}. Updates at {!url}.",
  "Never share your PIN, password or text codes. We will never ask. If in doubt call {!company_phone}.")


# ============================== extra shapes (all languages) ================
T("neg", "nl", "dm", "shop",
  "Ik heb artikel {!product_code} besteld (EAN {!product_code}), maar kreeg iets anders. Bestelling {!order_number}.",
  "wachtwoord sinds {!year} niet veranderd en nu ineens 'onjuist'? app {!version_string:bare}")
T("neg", "nl", "pub", "telco",
  "Klant sinds {!year} en nu {!percentage} prijsverhoging op mijn abonnement {~emo} {!hashtag}")
T("neg", "nl", "mail", ANY,
  "S> Zakelijke klant\nNamens ons bedrijf (KvK {!company_registration:kvk}, btw {!company_registration:btw}) wil ik factuur {!invoice_number} laten corrigeren. Het btw-percentage moet {!percentage} zijn, niet {!percentage}.",
  "S> bagage kwijt\nMijn koffer is niet aangekomen met vlucht {!flight_number} van {!date}. Het labelnummer is {!tracking_number}. De pincode van het kofferslot is gewoon het standaard fabriekslot, dus dat doet er niet toe.")
T("contact", "nl", "dm", ANY,
  "jullie firewall blokkeert {@ip} sinds {!time}, foutcode {!error_code}",
  "Mijn IP {ip} staat op jullie blocklist sinds {!year}? Ik heb een vast IP bij mijn provider.")
T("card", "nl", "chat", "shop",
  "A> De betaling is mislukt. Wil je het opnieuw proberen via de betaallink?\nC> ik stuur het wel hier\nC> {card}\nC> {exp}\nC> {@cvv}\nA> Dat kan helaas niet via de chat, gebruik de link.",
  "C> wat is de cvc eigenlijk\nA> Dat zijn de 3 cijfers achterop je kaart. Deel die nooit met ons.\nC> oh dus {cvv} moet ik niet sturen 😅")
T("dev", "nl", "dm", "dev",
  "na het roteren werkt het nieuwe token nog steeds niet: {token}. Oude was {token}.",
  "webhook secret en api key door elkaar gehaald? {@api_key} / whsec staat goed. Plugin {!version_string:bare}")

T("neg", "nl-be", "dm", "shop",
  "Ik heb artikel {!product_code} besteld, maar een ander product gekregen. Bestelling {!order_number}.",
  "paswoord sinds {!year} hetzelfde en nu plots fout? app {!version_string:bare}")
T("neg", "nl-be", "pub", "energy",
  "Klant sinds {!year} en nu {!percentage} duurder {~emo} {!hashtag}")
T("neg", "nl-be", "mail", ANY,
  "S> factuur firma\nOnze firma (ondernemingsnummer {!company_registration:kbo}) kreeg factuur {!invoice_number} met {!percentage} btw in plaats van {!percentage}.")
T("contact", "nl-be", "dm", ANY,
  "jullie site blokkeert mijn {@ip} sinds {!time}",
  "ip-adres {ip} geblokkeerd? ik zit al sinds {!year} bij dezelfde provider")
T("card", "nl-be", "chat", "shop",
  "A> De betaling is mislukt. Probeert ge opnieuw via de link?\nC> ik stuur het hier wel\nC> {card}\nC> {exp}\nC> {@cvv}\nA> Dat kan niet via de chat, gebruik de link aub.")
T("dev", "nl-be", "dm", "dev",
  "nieuw token na rotatie werkt nog altijd niet: {token}",
  "{@token} geeft {!error_code} sinds {!time}")

T("neg", "fr-be", "dm", "shop",
  "J'ai commandé l'article {!product_code} et reçu autre chose. Commande {!order_number}.",
  "mot de passe inchangé depuis {!year} et tout à coup refusé ? appli {!version_string:bare}")
T("neg", "fr-be", "pub", "telco",
  "Client depuis {!year} et maintenant {!percentage} d'augmentation {~emo} {!hashtag}")
T("neg", "fr-be", "mail", ANY,
  "S> facture société\nNotre société (n° d'entreprise {!company_registration:kbo}) a reçu la facture {!invoice_number} avec {!percentage} de TVA au lieu de {!percentage}.")
T("contact", "fr-be", "dm", ANY,
  "votre pare-feu bloque {@ip} depuis {!time}",
  "mon IP {ip} est bloquée ? même fournisseur depuis {!year}")
T("card", "fr-be", "chat", "shop",
  "A> Le paiement a échoué. Pouvez-vous réessayer via le lien ?\nC> je vous l'envoie ici\nC> {card}\nC> {exp}\nC> {@cvv}\nA> Ce n'est pas possible par chat, utilisez le lien svp.")
T("dev", "fr-be", "dm", "dev",
  "le nouveau token après rotation ne marche toujours pas : {token}",
  "{@token} renvoie {!error_code} depuis {!time}")

T("neg", "en", "dm", "shop",
  "Ordered item {!product_code} and got something else. Order {!order_number}.",
  "password unchanged since {!year} and suddenly 'incorrect'? app {!version_string:bare}")
T("neg", "en", "pub", "telco",
  "customer since {!year} and now a {!percentage} price rise {~emo} {!hashtag}")
T("neg", "en", "mail", ANY,
  "S> business account\nOur company (reg. no. {!company_registration}) received invoice {!invoice_number} with {!percentage} VAT instead of {!percentage}.",
  "S> lost luggage\nMy case didn't arrive on flight {!flight_number} on {!date}. Bag tag {!tracking_number}.")
T("contact", "en", "dm", ANY,
  "your firewall is blocking {@ip} since {!time}",
  "is my IP {ip} on a blocklist? same ISP since {!year}")
T("card", "en", "chat", "shop",
  "A> The payment failed. Could you retry via the payment link?\nC> I'll just send it here\nC> {card}\nC> {exp}\nC> {@cvv}\nA> We can't take card details over chat, please use the link.")
T("dev", "en", "mail", "dev",
  "S> GitHub Action failing\nOur deploy step uses GITHUB_TOKEN={token:ghp} and SLACK_BOT_TOKEN={token:xoxb}; since {!date} it fails with {!error_code}.")
T("dev", "en", "chat", "dev",
  "A> Can you paste the header you send (redact the secret)?\nC> Authorization: Bearer {token:jwt}\nC> oh oops forgot to redact\nA> No worries, that token expired on {!date} anyway but please revoke it.")


T("card", "nl", "dm", "shop",
  "betaling mislukt, kaart {card} geldig t/m {exp} en cvc-code {cvv} klopt echt",
  "{~brand} 3x geprobeerd met cvc {cvv} en elke keer 'ongeldige kaart', foutcode {!error_code}")
T("card", "nl-be", "dm", "shop",
  "vervaldatum {exp} / code {cvv} / kaart eindigt op {!masked_value:card}, toch geweigerd",
  "kaart {card}\ncontrolegetal {cvv}\nwaarom lukt dat ni")
T("card", "fr-be", "dm", "shop",
  "la carte se termine par {!masked_value:card}, exp {exp}, crypto {cvv}, toujours refusée",
  "carte {card} et les chiffres derrière {cvv}, paiement refusé {!error_code}")
T("card", "en", "dm", "shop",
  "card ending {!masked_value:card}, exp {exp}, CVV2/CVC {cvv}, still declined",
  "tried cvc {cvv} three times and it says invalid card, order {!order_number}")


# ----------------------------------------------------------------------------
# channel wrappers
# ----------------------------------------------------------------------------

W = {
    "subject_kw": {"nl": "Onderwerp: ", "nl-be": "Onderwerp: ", "fr-be": "Objet : ", "en-gb": "Subject: ", "en-us": "Subject: "},
    "subjects": {
        "nl": ["Vraag", "Probleem", "Klacht", "(geen onderwerp)", "dringend!!", "Re: uw vraag [{!ticket_number}]", "Fwd: factuur {!invoice_number}", "hulp nodig", "RE: storing", "Mijn account"],
        "nl-be": ["Vraag", "Probleem", "Klacht", "dringend", "Re: uw melding {!ticket_number}", "factuur {!invoice_number}", "hulp aub", "Mijn account"],
        "fr-be": ["Question", "Problème", "Réclamation", "urgent", "Re: votre demande {!ticket_number}", "facture {!invoice_number}", "aide svp", "Mon compte"],
        "en-gb": ["Query", "Problem", "Complaint", "urgent", "Re: your ref {!ticket_number}", "Fwd: invoice {!invoice_number}", "help please", "My account"],
        "en-us": ["Question", "Issue with my account", "Complaint", "URGENT", "Re: case {!ticket_number}", "Fw: invoice {!invoice_number}", "need help"],
    },
    "greet": {"nl": ["Goedemiddag,", "Beste klantenservice,", "Hallo,", "Geachte heer/mevrouw,", "Hoi,", "Goedemorgen,", "Beste {~brand},"],
              "nl-be": ["Dag,", "Beste,", "Hallo,", "Goeiedag,", "Geachte,", "Beste {~brand},"],
              "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour Madame, Monsieur,"],
              "en-gb": ["Hi,", "Hello,", "Dear Sir/Madam,", "Hi there,", "Dear {~brand},"],
              "en-us": ["Hi,", "Hello,", "Hi team,", "To whom it may concern,"]},
    "signoff": {"nl": ["Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt,", "Gr."],
                "nl-be": ["Met vriendelijke groeten,", "Groetjes,", "Mvg", "Alvast bedankt!", "Vriendelijke groeten,"],
                "fr-be": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,"],
                "en-gb": ["Kind regards,", "Thanks,", "Best wishes,", "Cheers,", "Regards,"],
                "en-us": ["Thanks,", "Best,", "Thank you,", "Sincerely,"]},
    "filler": {"nl": ["Ik heb al twee keer gebeld maar kom steeds in de wachtrij terecht.", "Ik hoop dat jullie me snel kunnen helpen, ik heb het nodig voor mijn werk.",
                      "Eerlijk gezegd ben ik het een beetje zat.", "Ik ben al jaren klant en dit heb ik nog nooit meegemaakt.", "Jullie chat was gisteren niet bereikbaar."],
               "nl-be": ["Ik heb al twee keer gebeld maar ik kom altijd in de wachtrij.", "Ik hoop dat ge mij snel kunt helpen.", "Eerlijk gezegd ben ik het beu.", "Ik ben al jaren klant bij jullie."],
               "fr-be": ["J'ai déjà appelé deux fois sans succès.", "J'espère une réponse rapide, j'en ai besoin pour le travail.", "Franchement, je commence à en avoir marre.", "Je suis client depuis des années."],
               "en-gb": ["I've rung twice already and been stuck in the queue both times.", "I'd appreciate a quick reply as I need this for work.", "Honestly I'm getting fed up.", "I've been a customer for years."],
               "en-us": ["I've called twice and been on hold forever.", "I need this fixed asap for work.", "Honestly this is super frustrating.", "I've been a customer for years."]},
    "sent": {"nl": "Verzonden vanaf mijn {!model_number:phone}", "nl-be": "Verzonden vanaf mijn {!model_number:phone}", "fr-be": "Envoyé de mon {!model_number:phone}", "en-gb": "Sent from my {!model_number:phone}", "en-us": "Sent from my {!model_number:phone}"},
    "quote_hdr": {"nl": ["Op {!date} om {!time:clock} schreef {~brand} Klantenservice:", "Op {!date} om {!time:clock} schreef {~name} <{email=m:plain}>:"],
                  "nl-be": ["Op {!date} om {!time:clock} schreef {~brand}:", "Op {!date} om {!time:clock} schreef {~name} <{email=m:plain}>:"],
                  "fr-be": ["Le {!date} à {!time:clock}, {~brand} a écrit :", "Le {!date} à {!time:clock}, {~name} <{email=m:plain}> a écrit :"],
                  "en-gb": ["On {!date}, at {!time:clock}, {~brand} Customer Care wrote:", "On {!date} at {!time:clock}, {~name} <{email=m:plain}> wrote:"],
                  "en-us": ["On {!date}, at {!time:clock}, {~brand} Support wrote:", "On {!date} at {!time:clock}, {~name} <{email=m:plain}> wrote:"]},
    "outlook": {"nl": "-----Oorspronkelijk bericht-----\nVan: {~name} <{email=m:plain}>\nVerzonden: {!date} {!time:clock}\nAan: Klantenservice {~brand}\nOnderwerp: ",
                "nl-be": "Van: {~name} <{email=m:plain}>\nVerzonden: {!date} {!time:clock}\nAan: {~brand} Klantendienst\nOnderwerp: ",
                "fr-be": "-----Message d'origine-----\nDe : {~name} <{email=m:plain}>\nEnvoyé : {!date} {!time:clock}\nÀ : Service clientèle {~brand}\nObjet : ",
                "en-gb": "-----Original Message-----\nFrom: {~name} <{email=m:plain}>\nSent: {!date} {!time:clock}\nTo: {~brand} Customer Services\nSubject: ",
                "en-us": "-----Original Message-----\nFrom: {~name} <{email=m:plain}>\nSent: {!date} {!time:clock}\nTo: {~brand} Support\nSubject: "},
    "quote_agent": {"nl": ["> Beste {~first},\n> Bedankt voor uw bericht. Uw vraag is geregistreerd onder nummer {!ticket_number}.\n> Met vriendelijke groet,\n> {~agent}",
                           "> Hoi {~first}, kun je je klantnummer en postcode sturen? Deel nooit je wachtwoord.\n> Groet, {~agent}",
                           "> Wij hebben uw klantnummer {custnr} gevonden. Het openstaande bedrag is {!amount}."],
                    "nl-be": ["> Dag {~first},\n> Bedankt voor uw bericht. Uw vraag heeft nummer {!ticket_number}.\n> Vriendelijke groeten,\n> {~agent}",
                              "> Kunt ge uw klantnummer bezorgen? Geef nooit uw paswoord door.",
                              "> Uw klantnummer {custnr} is gekoppeld aan adres {address}."],
                    "fr-be": ["> Bonjour {~first},\n> Merci pour votre message. Votre demande porte la référence {!ticket_number}.\n> Cordialement,\n> {~agent}",
                              "> Pourriez-vous nous communiquer votre numéro client ? Ne partagez jamais votre mot de passe.",
                              "> Votre numéro client {custnr} est bien enregistré."],
                    "en-gb": ["> Dear {~first},\n> Thank you for your email. Your reference is {!ticket_number}.\n> Kind regards,\n> {~agent}",
                              "> Could you send your account number and postcode? Never share your password.",
                              "> We've found account {custnr}; the balance is {!amount}."],
                    "en-us": ["> Hi {~first},\n> Thanks for reaching out. Your case number is {!ticket_number}.\n> Best,\n> {~agent}",
                              "> Can you send your account number and ZIP code? Never share your password.",
                              "> We located account {custnr} with a balance of {!amount}."]},
    "quote_self": {"nl": ["> Mijn klantnummer is {custnr}, zie ook factuur {!invoice_number}.", "> Ik heb al eerder gemaild over dit probleem.", "> Graag terugbellen op {phone}."],
                   "nl-be": ["> Mijn klantnummer is {custnr}.", "> Ik heb hier al over gemaild.", "> Bel mij aub op {phone}."],
                   "fr-be": ["> Mon numéro client est {custnr}.", "> J'ai déjà écrit à ce sujet.", "> Rappelez-moi au {phone} svp."],
                   "en-gb": ["> My account number is {custnr}.", "> I've emailed about this before.", "> Please ring me on {phone}."],
                   "en-us": ["> My account number is {custnr}.", "> I already emailed about this.", "> Please call me at {phone}."]},
}


def wrap_mail(ctx, tid, body_lines, data_ok):
    rng = ctx.rng
    lang = ctx.lang
    subj = None
    if body_lines and body_lines[0].startswith("S> "):
        subj = body_lines[0][3:]
        body_lines = body_lines[1:]
    if subj is None:
        subj = rng.choice(W["subjects"][lang])
    if data_ok and rng.random() < 0.2:
        render(ctx, {"nl": "Van: ", "nl-be": "Van: ", "fr-be": "De : "}.get(lang, "From: ") + "{~name} <{email=m:plain}>\n", "W:from")
    ctx.add(W["subject_kw"][lang])
    render(ctx, subj, tid + ":S")
    ctx.add("\n\n")
    render(ctx, rng.choice(W["greet"][lang]), "W:greet")
    ctx.add("\n\n")
    for j, ln in enumerate(body_lines):
        if j == 0:
            ln = re.sub(r"^\{~hi\},? ", "", ln)
            ln = ln[:1].upper() + ln[1:] if ln[:1] != "{" else ln
        render(ctx, ln, "%s:L%d" % (tid, j))
        ctx.add("\n")
    if rng.random() < 0.45:
        ctx.add("\n" + rng.choice(W["filler"][lang]) + "\n")
    ctx.add("\n" + rng.choice(W["signoff"][lang]) + "\n")
    render(ctx, rng.choice(["{~name}", "{~first}", "{~name}", "{~first} {~last}"]), "W:name")
    if data_ok:
        if rng.random() < 0.4:
            ctx.add("\n")
            render(ctx, "{address:multi}", "W:sig_addr")
        if rng.random() < 0.45:
            ctx.add("\n")
            render(ctx, rng.choice(["{phone}", "Tel: {phone}", "M: {phone}", "{phone} (mobiel)" if lg(lang) == "nl" else "{phone}"]), "W:sig_phone")
        if rng.random() < 0.3:
            ctx.add("\n")
            render(ctx, "{email=m:plain}", "W:sig_mail")
    if rng.random() < 0.2:
        ctx.add("\n\n")
        render(ctx, W["sent"][lang], "W:sent")
    r = rng.random()
    if r < 0.4:
        ctx.add("\n\n")
        if rng.random() < 0.5:
            render(ctx, W["quote_hdr"][lang][0], "W:qh")
            ctx.add("\n")
            q = rng.choice(W["quote_agent"][lang])
            if not data_ok:
                q = W["quote_agent"][lang][0]
            render(ctx, q, "W:qa")
        elif data_ok:
            render(ctx, W["quote_hdr"][lang][1], "W:qh2")
            ctx.add("\n")
            render(ctx, rng.choice(W["quote_self"][lang]), "W:qs")
        else:
            render(ctx, W["quote_hdr"][lang][0], "W:qh")
            ctx.add("\n")
            render(ctx, W["quote_agent"][lang][0], "W:qa0")
    elif r < 0.55 and data_ok:
        ctx.add("\n\n")
        render(ctx, W["outlook"][lang], "W:ol")
        render(ctx, rng.choice(W["subjects"][lang]), "W:ols")
        ctx.add("\n\n")
        render(ctx, rng.choice(W["quote_self"][lang]).replace("> ", ""), "W:olb")


def wa_stamp(ctx, t):
    """WhatsApp export timestamp pieces: returns (date_str, time_str)."""
    d, m, y = ctx.chat_date
    if ctx.lang == "en-us":
        ds = "%d/%d/%02d" % (m, d, y % 100)
    elif ctx.lang == "en-gb":
        ds = "%02d/%02d/%d" % (d, m, y)
    else:
        ds = "%02d-%02d-%d" % (d, m, y)
    return ds, t


def chat_times(ctx, n):
    rng = ctx.rng
    h, mi = rng.randint(8, 21), rng.randint(0, 59)
    out = []
    for _ in range(n):
        out.append((h, mi, rng.randint(0, 59)))
        mi += rng.randint(0, 6)
        if mi >= 60:
            mi -= 60
            h = min(h + 1, 23)
    return out


def wrap_chat(ctx, tid, lines, channel):
    rng = ctx.rng
    ctx.chat_date = (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025]))
    # speaker labels
    cust_style = rng.random()
    if cust_style < 0.12:
        cust = ("phone", None)
    elif cust_style < 0.5:
        cust = ("text", ctx.cust_first + " " + ctx.cust_last)
    elif cust_style < 0.8:
        cust = ("text", ctx.cust_first)
    else:
        cust = ("text", {"nl": "Klant", "nl-be": "Klant", "fr-be": "Client"}.get(ctx.lang, "Customer"))
    ag = rng.choice([ctx.brand, "%s | %s" % (ctx.brand, ctx.agent), "%s (%s)" % (ctx.agent, ctx.brand), ctx.brand + " Support" if lg(ctx.lang) == "en" else ctx.brand + " Klantenservice" if lg(ctx.lang) == "nl" else ctx.brand + " Service client"])
    if cust[0] == "phone":
        cust = ("span", GEN["phone"](ctx, None))
    times = chat_times(ctx, len(lines))
    style = rng.choice(["ios", "android"]) if channel == "whatsapp" else channel
    if channel == "messenger" and rng.random() < 0.5:
        style = "messenger_plain"
    d, m, y = ctx.chat_date
    for j, ln in enumerate(lines):
        who, _, content = ln.partition("> ")
        h, mi, se = times[j]
        if j:
            ctx.add("\n")
        def speaker():
            if who == "A":
                ctx.add(ag)
            elif cust[0] == "span":
                ctx.add_span(cust[1], "phone", "W:chatphone")
            else:
                ctx.add(cust[1])
        if style == "ios":
            ds, _ = wa_stamp(ctx, None)
            ctx.add("[")
            ctx.add_neg(ds, "date")
            ctx.add(" ")
            ctx.add_neg("%02d:%02d:%02d" % (h, mi, se), "time")
            ctx.add("] ")
            speaker()
            ctx.add(": ")
        elif style == "android":
            ds, _ = wa_stamp(ctx, None)
            ctx.add_neg(ds, "date")
            ctx.add(", " if ctx.lang.startswith("en") else " ")
            ctx.add_neg("%02d:%02d" % (h, mi), "time")
            ctx.add(" - ")
            speaker()
            ctx.add(": ")
        elif style == "telegram":
            if j:
                ctx.add("\n")
            speaker()
            ctx.add(", [")
            ctx.add_neg("%02d.%02d.%02d" % (d, m, y % 100), "date")
            ctx.add(" ")
            ctx.add_neg("%02d:%02d" % (h, mi), "time")
            ctx.add("]\n")
        elif style == "messenger":
            if j:
                ctx.add("\n")
            speaker()
            ctx.add("\n")
        else:
            speaker()
            ctx.add(": ")
        render(ctx, content, "%s:L%d" % (tid, j))


def wrap_pub(ctx, tid, body, channel):
    rng = ctx.rng
    if channel == "x_public":
        if rng.random() < 0.75:
            ctx.add_neg("@" + ctx.handle, "mention")
            ctx.add(" ")
        render(ctx, body, tid)
        if "{!hashtag}" not in body and rng.random() < 0.35:
            ctx.add(" ")
            ctx.add_neg(NEG["hashtag"](ctx, None), "hashtag")
    elif channel == "instagram_comment":
        if rng.random() < 0.4:
            ctx.add_neg("@" + ctx.handle, "mention")
            ctx.add(" ")
        render(ctx, body, tid)
        if rng.random() < 0.4:
            ctx.add(" " + rng.choice(["🙄🙄", "😡", "💀", "😤", "🙏"]))
    else:
        if rng.random() < 0.3:
            ctx.add(ctx.brand + rng.choice([" ", ", ", ": "]))
        render(ctx, body, tid)


def wrap_dm(ctx, tid, body, channel):
    render(ctx, body, tid)


def wrap_agent(ctx, tid, body):
    rng = ctx.rng
    render(ctx, body, tid)
    if "{~ag}" not in body and "{~agent}" not in body and rng.random() < 0.4:
        ctx.add(rng.choice([" ^", " /", "\n– "]))
        render(ctx, rng.choice(["{~ag}", "{~agent}"]), "W:agsig")


# ----------------------------------------------------------------------------
# split, generation, checks
# ----------------------------------------------------------------------------

LANG_QUOTA = [("nl", 0.40), ("nl-be", 0.25), ("fr-be", 0.15), ("en-gb", 0.10), ("en-us", 0.10)]
FAM_WEIGHTS = {"login": 12, "pw": 5, "sim": 7, "wifi": 7, "card": 9, "otp": 8, "iban": 7, "bsn": 4,
               "dev": 6, "contact": 9, "neg": 30}
CONSUMER_SECTORS = ["telco", "bank", "insurer", "energy", "transport", "municipality", "shop", "parcel", "streaming"]


def tgroup(lang):
    return "en" if lang.startswith("en") else lang


def split_templates():
    for i, t in enumerate(TEMPLATES):
        t["id"] = "%s:%s:%s:%03d" % (t["fam"], t["lang"], t["grp"], i)
    groups = defaultdict(list)
    for t in TEMPLATES:
        groups[(t["fam"], t["lang"])].append(t)
    halves = {"dev": defaultdict(list), "heldout": defaultdict(list)}
    for gi, key in enumerate(sorted(groups)):
        lst = sorted(groups[key], key=lambda t: (t["grp"], t["id"]))
        d = deal(lst)
        if gi % 2:
            d = {"dev": d["heldout"], "heldout": d["dev"]}
        for h in HALVES:
            for t in d[h]:
                t["half"] = h
                halves[h][key].append(t)
    return halves


def pick_channel(rng, grp):
    if grp == "pub":
        return rng.choices(["x_public", "facebook_comment", "instagram_comment"], [5, 3, 2])[0]
    if grp == "chat":
        return rng.choices(["whatsapp", "telegram", "messenger"], [45, 30, 25])[0]
    if grp == "mail":
        return "email"
    if grp == "agent":
        return "agent_reply"
    return rng.choices(["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram", "email"], [18, 14, 14, 24, 16, 14])[0]


def build_message(half, rng, t, lang):
    sector = t["sector"] if t["sector"] != ANY else rng.choice(CONSUMER_SECTORS)
    ctx = Ctx(half, rng, lang, sector)
    grp = t["grp"]
    channel = pick_channel(rng, grp)
    text = t["text"]
    if grp == "chat":
        wrap_chat(ctx, t["id"], text.split("\n"), channel)
    elif channel == "email":
        data_ok = t["fam"] != "neg" or rng.random() < 0.25
        wrap_mail(ctx, t["id"], text.split("\n"), data_ok)
    elif grp == "pub":
        wrap_pub(ctx, t["id"], text, channel)
    elif grp == "agent":
        wrap_agent(ctx, t["id"], text)
    else:
        wrap_dm(ctx, t["id"], text, channel)
    return {
        "channel": channel, "lang": lang, "visibility": "public" if channel in PUBLIC else "private",
        "text": ctx.text(), "spans": ctx.spans, "negatives": ctx.negs, "_tid": t["id"], "_fam": t["fam"],
    }


def template_types(t):
    """Label types a template can produce (expanding phrase slots)."""
    out = set()
    for m in PLACEHOLDER.finditer(t["text"]):
        b = m.group(1)
        if b[0] in "!~" or b in ("lb", "rb"):
            continue
        if b[0] == "@":
            typ = b[1:]
            out |= {"login": {"username", "password"}, "card": {"card"}}.get(typ, {ALIAS.get(typ, typ)})
            continue
        out.add(ALIAS.get(b.split(":")[0].split("=")[0], b.split(":")[0].split("=")[0]))
    return out


def generate_half(half, seed, tpl_half):
    rng = random.Random("%s:%d" % (half, seed))
    msgs = []
    fams = list(FAM_WEIGHTS)
    for lang, share in LANG_QUOTA:
        n = round(N_PER_HALF * share)
        for _ in range(n):
            fam = rng.choices(fams, [FAM_WEIGHTS[f] * (1.6 if (f == "bsn" and lang == "nl") else 1) for f in fams])[0]
            cands = tpl_half.get((fam, tgroup(lang)))
            msgs.append(build_message(half, rng, rng.choice(cands), lang))
    # top-up: every high-risk type gets a comfortable margin over 45 spans per half
    for _ in range(400):
        cnt = Counter(s["type"] for m in msgs for s in m["spans"])
        low = [t for t in HIGH_RISK if cnt[t] < 60]
        if not low:
            break
        typ = low[0]
        cands = []
        while not cands:
            lang = rng.choices([l for l, _ in LANG_QUOTA], [s for _, s in LANG_QUOTA])[0]
            cands = [t for (f, l), lst in tpl_half.items() if l == tgroup(lang) for t in lst if typ in template_types(t)]
        msgs.append(build_message(half, rng, rng.choice(cands), lang))
    rng.shuffle(msgs)
    return msgs


CUE_RE = re.compile(r"(?i)(pin|code|kode|cdoe|wachtw|paswo|passw|pasw|\bww\b|\bpw|mdp|mot de pas|wifi|sleutel|clé|\bkey|token|login|inlog|identifiant|"
                    r"gebruikers|username|sms|puk|iban|rekening|compte|account|klant|client|nummer|numéro|number|\bnr|n°|bsn|cvv|cvc)")


def near_cue(m, dist=40):
    cues = [c.start() for c in CUE_RE.finditer(m["text"])]
    for n in m["negatives"]:
        for c in cues:
            if -dist <= n["start"] - c <= dist:
                return True
    return False


def check(halves_msgs, tpl_half):
    errs = []
    ph = re.compile(r"\{[~!@]?[a-z_]+(=[a-z])?(:[a-z0-9,]+)?\}")
    for half, msgs in halves_msgs.items():
        for i, m in enumerate(msgs):
            txt = m["text"]
            where = "%s[%d] %s" % (half, i, m["_tid"])
            if ph.search(txt) or re.search(r"(^|\n)[ACS]> ", txt):
                errs.append("unrendered placeholder: " + where)
            ss = sorted(m["spans"], key=lambda s: s["start"])
            for s in ss:
                if not (0 <= s["start"] < s["end"] <= len(txt)):
                    errs.append("offset out of range: " + where)
                    continue
                v = txt[s["start"]:s["end"]]
                if v != v.strip():
                    errs.append("span whitespace %r: %s" % (v, where))
                if s["type"] not in ALL_TYPES:
                    errs.append("bad type " + s["type"])
                if not s.get("part") and s["type"] == "card" and not luhn_ok(v):
                    errs.append("luhn %r %s" % (v, where))
                if not s.get("part") and s["type"] == "iban" and not iban_mod97(v):
                    errs.append("mod97 %r %s" % (v, where))
                if not s.get("part") and s["type"] == "bsn" and not bsn_ok(v):
                    errs.append("11-proof %r %s" % (v, where))
                if s["type"] in HIGH_RISK and v[-1] in PUNCT and s["end"] < len(txt) and txt[s["end"]] in PUNCT:
                    errs.append("ambiguous end %r %s" % (v, where))
                if s["type"] in HIGH_RISK and " " in v and s["type"] not in ("otp", "card", "iban", "puk", "pin", "bsn"):
                    errs.append("space in secret %r %s" % (v, where))
            for a, b in zip(ss, ss[1:]):
                if b["start"] < a["end"]:
                    errs.append("overlapping spans: " + where)
            for n in m["negatives"]:
                if not (0 <= n["start"] < n["end"] <= len(txt)):
                    errs.append("neg offset: " + where)
                if n["kind"] not in NEG_KINDS:
                    errs.append("bad neg kind " + n["kind"])
                for s in ss:
                    if n["start"] < s["end"] and s["start"] < n["end"]:
                        errs.append("negative overlaps span: " + where)
        types = Counter(s["type"] for m in msgs for s in m["spans"])
        for t in ALL_TYPES:
            if types[t] == 0:
                errs.append("%s: label type %s missing" % (half, t))
        for t in HIGH_RISK:
            if types[t] < 45:
                errs.append("%s: only %d %s spans" % (half, types[t], t))
        kinds = Counter(n["kind"] for m in msgs for n in m["negatives"])
        for k in NEG_KINDS:
            if kinds[k] == 0:
                errs.append("%s: negative kind %s missing" % (half, k))
        nospan = sum(1 for m in msgs if not m["spans"])
        if nospan < 0.25 * len(msgs):
            errs.append("%s: only %d/%d messages without spans" % (half, nospan, len(msgs)))
        hr = sum(1 for m in msgs if any(s["type"] in HIGH_RISK for s in m["spans"]))
        if hr < 0.45 * len(msgs):
            errs.append("%s: only %d/%d messages with high-risk values" % (half, hr, len(msgs)))
        nc = sum(1 for m in msgs if near_cue(m))
        if nc < 0.30 * len(msgs):
            errs.append("%s: only %d/%d messages with a negative near a cue" % (half, nc, len(msgs)))
        phr = phrasings(msgs)
        for t in HIGH_RISK:
            if len(phr[t]) < 12:
                errs.append("%s: only %d phrasings for %s" % (half, len(phr[t]), t))
    used = {h: {m["_tid"] for m in msgs} for h, msgs in halves_msgs.items()}
    if used["dev"] & used["heldout"]:
        errs.append("template used in both halves")
    tx = {h: {t["text"] for lst in tpl_half[h].values() for t in lst} for h in HALVES}
    if tx["dev"] & tx["heldout"]:
        errs.append("identical template text in both halves")
    for name, d in POOLS.items():
        if set(d["dev"]) & set(d["heldout"]):
            errs.append("pool %s shared between halves" % name)
    for h in HALVES:
        for (g, typ), lst in HALF_PHRASES[h].items():
            other = {x[1] for x in HALF_PHRASES["heldout" if h == "dev" else "dev"].get((g, typ), [])}
            if {x[1] for x in lst} & other:
                errs.append("phrase shared: %s %s" % (g, typ))
    return errs


def phrasings(msgs):
    out = defaultdict(set)
    for m in msgs:
        for s in m["spans"]:
            k = s["key"]
            k = re.sub(r":L\d+", "", k) if k.startswith("P:") else k
            out[s["type"]].add(k)
    return out


def stats(msgs):
    st = {
        "messages": len(msgs),
        "no_span": sum(1 for m in msgs if not m["spans"]),
        "high_risk": sum(1 for m in msgs if any(s["type"] in HIGH_RISK for s in m["spans"])),
        "neg_near_cue": sum(1 for m in msgs if near_cue(m)),
        "types": Counter(s["type"] for m in msgs for s in m["spans"]),
        "kinds": Counter(n["kind"] for m in msgs for n in m["negatives"]),
        "channels": Counter(m["channel"] for m in msgs),
        "langs": Counter(m["lang"] for m in msgs),
        "phrasings": {t: len(v) for t, v in phrasings(msgs).items()},
        "templates": len({m["_tid"] for m in msgs}),
    }
    return st


# ----------------------------------------------------------------------------
# output
# ----------------------------------------------------------------------------

def public_record(half, i, m):
    return {
        "id": "%s-%s-%05d" % (PREFIX, half, i), "channel": m["channel"], "lang": m["lang"], "visibility": m["visibility"],
        "text": m["text"],
        "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in sorted(m["spans"], key=lambda s: s["start"])],
        "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in sorted(m["negatives"], key=lambda n: n["start"])],
    }


def table(title, keys, sts):
    lines = ["| %s | dev | heldout |" % title, "|---|---:|---:|"]
    for k in keys:
        lines.append("| %s | %d | %d |" % (k, sts["dev"].get(k, 0), sts["heldout"].get(k, 0)))
    return "\n".join(lines)


README_HEAD = """# Blind scrub corpus `blind6` (record prefix `b6`)

Labelled corpus for measuring the webcare-bridge scrubber. Generated by
`generate_blind.py` (Python 3.11, standard library only):

    python3 tests/scrub_corpus/blind6/generate_blind.py --seed {seed}

**Seed: {seed}.** The generator is deterministic for a given `--seed`; it writes
`dev.jsonl`, `heldout.jsonl` and this README.

## How this corpus was written (blind)

Written from the task brief only, from general knowledge of how customers of
Dutch, Belgian, UK and US companies write to care teams, and from the public
conventions of the platforms (WhatsApp/Telegram chat-export layouts, tweet
@mentions and hashtags, Outlook/Apple Mail quote headers). Nothing under
`functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this directory),
`bench/` or `docs/scrubbing.md`, and no other corpus or generator, was opened,
read, grepped or run. The scrubber and any scorer were never run on this data.

Emphasis of this corpus: fragments and messy typing. Values given alone as the
answer to an agent question in the previous turn (chat exports include the agent
turn); values split over two turns (`head`/`tail` of one value, each part its own
span); missing spaces around cues (`ww:…`, `pin:…`, `mdp=…`); typos in cue words
in four languages (`wachtwoort`, `paswrd`, `mot de pase`, `passwrod`, `pincdoe`,
`pinkode`, `verificatie kode`, `gebruikesnaam`…); digits dictated with separators
(`1-2-3-4`, `1 2 3 4`, `12.34`, `4 8 2 9 1 3`); values written twice (wrong, then
corrected: both occurrences are labelled); public posts that leak data; short
agent replies that repeat or ask for a value; hard negatives placed right next to
cue words (error codes, firmware builds that look like hex, mixed-case order
references, masked values, tracking numbers).

Labelling conventions follow the brief: a span covers the value only, never the
cue; grouped OTP/card/IBAN/PUK/BSN/dictated PIN values are one span including
their separators; a multi-line signature address is one span including line
breaks; a WhatsApp export that shows the customer's phone number as the speaker
labels that number as `phone`; the company's own service numbers are
`company_phone` negatives; names, SSIDs, brands, agent initials and cities alone
are not labelled. Card numbers pass Luhn, IBANs pass mod-97, BSNs pass the
11-proof (checked for every complete value; the two halves of a value split over
two turns are each labelled with the value's type). Secrets never end in
punctuation where sentence punctuation follows. Brands are fictional; phone
numbers use fictional ranges.

After generation about 40 random rendered messages of each half were read by
hand; fixes made from that review: language-specific insurer/municipality brands,
masked values that match what is masked (card, IBAN, phone), bare app versions
after "app versie"/"version", phone models in "sent from my …" lines, one bound
plain e-mail address per sender in signatures and quote headers, sector-aware
hashtags, and no double greeting in e-mails.

## Split rule

Templates are grouped by family (what the message is about) and language; within
each group they are sorted (register, id) and dealt alternately to dev and
heldout, with the starting half alternating between groups. The deal does not
depend on the seed. Cue phrasings (the phrase slots), name/street/city/brand/
password-word/e-mail-domain/agent pools are dealt the same way, so the halves
share no template, phrasing, name, street, city, brand or password word. Values
are drawn from one `random.Random` per half (seeded with the half name and the
seed). Before writing, the generator checks every record (offsets, no
whitespace at span edges, Luhn/mod-97/11-proof, no overlapping spans, no negative
overlapping a span, no unrendered placeholder, every label type and negative kind
present in both halves, >= 25 % of messages without spans, >= 45 % with a
high-risk value, >= 45 spans and >= 12 phrasings per high-risk type per half,
>= 30 % with a negative within 40 characters of a cue word, no template in both
halves) and exits 1 without writing anything if a check fails.

## heldout.jsonl

`heldout.jsonl` is the held-out half. Detector authors must never open
`heldout.jsonl` or the generator (`generate_blind.py`); they may only run a
scorer over it and report numbers.
"""


def write_readme(seed, sts):
    parts = [README_HEAD.format(seed=seed), "## Per-half counts\n"]
    g = {h: {k: v for k, v in sts[h].items() if not isinstance(v, (dict, Counter))} for h in HALVES}
    parts.append(table("messages", ["messages", "no_span", "high_risk", "neg_near_cue", "templates"], g))
    parts.append("\n### Label types (spans)\n")
    parts.append(table("type", ALL_TYPES, {h: sts[h]["types"] for h in HALVES}))
    parts.append("\n### Distinct phrasings per high-risk type (template slot or phrase slot)\n")
    parts.append(table("type", HIGH_RISK, {h: sts[h]["phrasings"] for h in HALVES}))
    parts.append("\n### Hard-negative kinds\n")
    parts.append(table("kind", NEG_KINDS, {h: sts[h]["kinds"] for h in HALVES}))
    parts.append("\n### Channels\n")
    parts.append(table("channel", CHANNELS, {h: sts[h]["channels"] for h in HALVES}))
    parts.append("\n### Languages\n")
    parts.append(table("lang", ["nl", "nl-be", "fr-be", "en-gb", "en-us"], {h: sts[h]["langs"] for h in HALVES}))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    tpl_half = split_templates()
    msgs = {h: generate_half(h, args.seed, tpl_half[h]) for h in HALVES}
    errs = check(msgs, tpl_half)
    sts = {h: stats(msgs[h]) for h in HALVES}
    for h in HALVES:
        st = sts[h]
        print("== %s: %d messages, %d without spans, %d with high-risk values, %d with a negative near a cue, %d templates"
              % (h, st["messages"], st["no_span"], st["high_risk"], st["neg_near_cue"], st["templates"]))
        print("  spans:     " + ", ".join("%s=%d" % (t, st["types"][t]) for t in ALL_TYPES))
        print("  phrasings: " + ", ".join("%s=%d" % (t, st["phrasings"].get(t, 0)) for t in HIGH_RISK))
        print("  negatives: " + ", ".join("%s=%d" % (k, st["kinds"][k]) for k in NEG_KINDS))
        print("  channels:  " + ", ".join("%s=%d" % (c, st["channels"][c]) for c in CHANNELS))
        print("  langs:     " + ", ".join("%s=%d" % (l, st["langs"][l]) for l in ["nl", "nl-be", "fr-be", "en-gb", "en-us"]))
    if errs:
        for e in errs[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failures; nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    for h in HALVES:
        with open(os.path.join(HERE, "%s.jsonl" % h), "w", encoding="utf-8") as f:
            for i, m in enumerate(msgs[h]):
                f.write(json.dumps(public_record(h, i, m), ensure_ascii=False) + "\n")
    write_readme(args.seed, sts)
    print("wrote dev.jsonl, heldout.jsonl, README.md")


if __name__ == "__main__":
    main()
