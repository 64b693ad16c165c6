#!/usr/bin/env python3
"""Generator for the blind9 scrub corpus (account security and fraud).

Standard library only, Python 3.11. Deterministic for a given --seed.

    python3 generate_blind.py --seed 20261207

writes dev.jsonl, heldout.jsonl and README.md next to this file, after checking every
record. If any check fails it prints the failures, exits 1 and writes nothing.

Template syntax (templates live in b9_tpl_*.py):
    {slot}        a value; the slot table says whether it is a span, a hard negative or plain text
    {slot@k}      the same value again wherever {slot@k} occurs in the message (k: any key)
    {~name}       a phrasing taken from the phrase pool `name` of the template's language
    [[a|b|c]]     one alternative, chosen at random (may nest, may be empty)
    {{ and }}     literal braces
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b9_values as V  # noqa: E402
import b9_tpl_nl  # noqa: E402
import b9_tpl_vl  # noqa: E402
import b9_tpl_fr  # noqa: E402
import b9_tpl_en  # noqa: E402

PREFIX = "b9"
HALVES = ("dev", "heldout")
PER_HALF = 860
TOP_UP_TARGET = 50
SWAPS = {}
LANG_SHARE = {"nl": 0.40, "nl-be": 0.20, "fr-be": 0.15, "en": 0.25}
REGION_OF = {"nl": "nl", "nl-be": "bnl", "fr-be": "bfr", "en-gb": "uk", "en-us": "us"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = {"x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm", "instagram_comment",
            "whatsapp", "telegram", "email", "agent_reply"}
HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv",
             "iban", "bsn"]
OTHER_TYPES = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
ALL_TYPES = HIGH_RISK + OTHER_TYPES
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
SPACED_OK = {"otp", "card", "iban", "bsn", "address", "phone", "date_of_birth", "email", "customer_number",
             "card_expiry", "ip_address"}
PUNCT = set(".,;:!?)(]['\"»«“”’…")

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
DOTWORD = {"nl": "punt", "bnl": "punt", "bfr": "point", "uk": "dot", "us": "dot"}
TLD = {"nl": "nl", "bnl": "be", "bfr": "be", "uk": "co.uk", "us": "com"}
US_AREAS = ["212", "312", "415", "617", "503", "608", "919", "813", "208", "518", "559", "520", "402", "804"]


def split_pool(pool, half_index):
    return pool[half_index::2]

# ====================================================================== context


class Ctx:
    def __init__(self, gen, tpl):
        self.g = gen
        self.rng = gen.rng
        self.P = gen.pools
        self.tpl = tpl
        self.lang = tpl["lang"]
        self.region = tpl.get("region") or REGION_OF[self.lang]
        self.lfam = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[self.lang]
        self.sector = tpl["sector"]
        self.cache = {}
        self.clock = None
        self.tsfmt = None
        self.chat_date = None
        self.keysuffix = None  # set while a keyed slot {x@k} is generated: its internal sticky values are its own

    def sticky(self, key, fn):
        key = (key, self.keysuffix)
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    @property
    def mfam(self):
        return "fr" if self.region == "bfr" else ("en" if self.region in ("uk", "us") else "nl")

# ====================================================================== slot functions


def _first(c):
    return c.sticky("first", lambda: c.rng.choice(c.P["first"][c.region]))


def _last(c):
    return c.sticky("last", lambda: c.rng.choice(c.P["last"][c.region]))


def _full(c):
    return _first(c) + " " + _last(c)


def _brand_pool(c, sector):
    grp = "en" if c.region in ("uk", "us") else "eu"
    pool = c.P["brands"][sector][grp]
    if c.region == "nl":
        pool = [b for b in pool if b not in V.FRENCH_BRANDS] or pool
    elif c.region in ("bnl", "bfr"):
        pool = [b for b in pool if b not in V.DUTCH_ONLY_BRANDS] or pool
    return pool


def _brand(c):
    return c.sticky("brand", lambda: c.rng.choice(_brand_pool(c, c.sector)))


def _brand2(c, sector):
    return c.sticky("brand_" + sector, lambda: c.rng.choice(_brand_pool(c, sector)))


def _brandslug(c):
    return V.slug(_brand(c))


def _mention(c):
    def mk():
        b = "".join(ch for ch in V.strip_accents(_brand(c)) if ch.isalnum())
        suf = c.rng.choice(["", "", {"nl": "NL", "bnl": "BE", "bfr": "BE", "uk": "UK", "us": "US"}[c.region],
                            {"nl": "Helpt", "bnl": "Helpt", "bfr": "Aide", "uk": "Help", "us": "Support"}[c.region],
                            "_care", "Service"])
        return "@" + b + suf
    return c.sticky("mention", mk)


def _agent(c):
    return c.sticky("agent", lambda: c.rng.choice(c.P["agents"]))


def _city(c):
    return c.sticky("cityrec", lambda: c.rng.choice(c.P["cities"][c.region]))[0]


def _ssid(c):
    def mk():
        r = c.rng
        k = r.choice(["brand", "word", "name", "brand"])
        if k == "brand":
            tb = V.slug(_brand(c) if c.sector == "telco" else _brand2(c, "telco")).capitalize()
            return tb + "-" + V.rs(r, "0123456789ABCDEF", 4) + r.choice(["", "-5G", "_2.4G"])
        if k == "word":
            return r.choice(c.P["ssidw"]) + r.choice(["", "_5G", "-Boven", "2"])
        return "Familie" + V.slug(_last(c)).capitalize()
    return c.sticky("ssid", mk)


def _pw(c):
    return V.password(c.rng, c.P["pwwords"])


def _pwtmp(c):
    return V.temp_password(c.rng)


def _user(c):
    return c.sticky("user", lambda: V.username_for(c.rng, _first(c), _last(c)))


def _pin(c):
    return V.digits(c.rng, 4)


def _pin5(c):
    return V.digits(c.rng, 5)


def _pin6(c):
    return V.digits(c.rng, 6)


def _puk(c):
    return V.digits(c.rng, 8)


def _otp(c):
    return V.digits(c.rng, 6)


def _otpx(c):
    r = c.rng
    k = r.choice(["plain", "plain", "plain", "sp", "dash", "eight", "pref", "five", "plain", "each"])
    d = V.digits(r, 6)
    if k == "plain":
        return d
    if k == "each":
        return " ".join(d)
    if k == "sp":
        return d[:3] + " " + d[3:]
    if k == "dash":
        return d[:3] + "-" + d[3:]
    if k == "eight":
        return V.digits(r, 8)
    if k == "pref":
        return r.choice(["G-", "T-", "V-", "BK-"]) + d
    return V.digits(r, 5)


def _otpsp(c):
    d = V.digits(c.rng, 6)
    return d[:3] + c.rng.choice([" ", "-", " "]) + d[3:]


def _otpg(c):
    return c.rng.choice(["G-", "G-", "A-", "K-"]) + V.digits(c.rng, 6)


def _otp8(c):
    return V.digits(c.rng, 8)


def _otp4(c):
    return V.digits(c.rng, 4)


def _wifi(c):
    return V.wifi_key(c.rng, c.P["pwwords"])


def _card(c):
    return V.card_format(c.rng, V.card_number(c.rng)[0])


def _cardvisa(c):
    return V.card_format(c.rng, V.card_number(c.rng, "visa")[0])


def _cardmc(c):
    return V.card_format(c.rng, V.card_number(c.rng, "mc")[0])


def _amex(c):
    return V.card_format(c.rng, V.card_number(c.rng, "amex")[0])


def _cardflat(c):
    return V.card_number(c.rng)[0]


def _carddash(c):
    return V.card_format(c.rng, V.card_number(c.rng, c.rng.choice(["visa", "mc"]))[0], "-")


def _exp(c):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(26, 31)
    return r.choice(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%02d-20%02d" % (m, y), "%02d%02d" % (m, y),
                     "%02d/20%02d" % (m, y), "%02d / %02d" % (m, y), "%d/%02d" % (m, y)])


def _expslash(c):
    return "%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(26, 31))


def _cvv(c):
    return V.digits(c.rng, 3)


def _cvv4(c):
    return V.digits(c.rng, 4)


def _iban_country(c):
    return {"nl": "NL", "bnl": "BE", "bfr": "BE", "uk": "GB", "us": "DE"}[c.region]


def _iban(c):
    return V.iban_format(c.rng, V.iban_raw(c.rng, _iban_country(c)))


def _ibangrp(c):
    return V.iban_format(c.rng, V.iban_raw(c.rng, _iban_country(c)), "grp")


def _ibanflat(c):
    return V.iban_format(c.rng, V.iban_raw(c.rng, _iban_country(c)), "flat")


def _ibannl(c):
    return V.iban_format(c.rng, V.iban_raw(c.rng, "NL"))


def _ibanbe(c):
    return V.iban_format(c.rng, V.iban_raw(c.rng, "BE"))


def _ibanx(c):
    return V.iban_format(c.rng, V.iban_raw(c.rng, c.rng.choice(["DE", "FR", "ES", "LU", "IE", "GB", "DE", "FR"])),
                         c.rng.choice(["grp", "flat", "grp"]))


def _bsn(c):
    def mk():
        b = V.bsn_raw(c.rng)
        return c.rng.choice([b, b, b, b[:4] + "." + b[4:6] + "." + b[6:], b[:3] + " " + b[3:6] + " " + b[6:]])
    return c.sticky("bsn", mk)


def _bsnflat(c):
    return c.sticky("bsnflat", lambda: V.bsn_raw(c.rng))


def _email_parts(c):
    def mk():
        r = c.rng
        f, l = V.slug(_first(c)), V.slug(_last(c))
        k = r.choice(["f.l", "fl", "f_l", "l.f", "nick", "fyear", "f.l2"])
        local = {"f.l": f + "." + l, "fl": f[0] + l, "f_l": f + "_" + l, "l.f": l + "." + f,
                 "nick": r.choice(c.P["pwwords"]).lower() + f[:3] + V.digits(r, 2),
                 "fyear": f + str(r.randint(1955, 2008)), "f.l2": f + "." + l + V.digits(r, 2)}[k]
        doms = [d for d in c.P["domains"] if V.DOMAIN_REGION.get(d, c.region) == c.region
                or (c.region in ("bnl", "bfr") and V.DOMAIN_REGION.get(d) in ("bnl", "bfr"))]
        return local, r.choice(doms or c.P["domains"])
    return c.sticky("emailparts", mk)


def _email(c):
    lo, d = _email_parts(c)
    return lo + "@" + d


def _emailsp(c):
    lo, d = _email_parts(c)
    return lo + c.rng.choice([" @ ", " @", "@ "]) + d


def _emailat(c):
    lo, d = _email_parts(c)
    dw = DOTWORD[c.region]
    at = {"nl": "at", "bnl": "at", "bfr": "arobase", "uk": "at", "us": "at"}[c.region]
    return lo.replace(".", " %s " % dw) + " " + at + " " + d.replace(".", " %s " % dw)


def _phone_raw(c, key="phone", land=False):
    def mk():
        r = c.rng
        if c.region == "nl":
            if not land:
                return ("m", "61" + V.digits(r, 7))
            return ("l", "207" + V.digits(r, 6))
        if c.region in ("bnl", "bfr"):
            return ("m", "4" + str(r.randint(70, 99)) + V.digits(r, 6))
        if c.region == "uk":
            if not land:
                return ("m", "7700900" + V.digits(r, 3))
            return ("l", "2079460" + V.digits(r, 3))
        return ("m", r.choice(US_AREAS) + "55501" + V.digits(r, 2))
    return c.sticky(key + "_raw", mk)


def _phone_fmt(c, raw):
    r = c.rng
    kind, n = raw
    if c.region == "nl":
        if kind == "l":
            return r.choice(["0%s-%s" % (n[:2], n[2:]), "0%s %s %s" % (n[:2], n[2:5], n[5:]), "+31 %s %s" % (n[:2], n[2:])])
        return r.choice(["0%s" % n, "06-%s" % n[1:], "06 %s" % n[1:], "06 - %s" % n[1:],
                         "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:]), "+31 6 %s" % n[1:], "+31%s" % n,
                         "0031 6 %s %s" % (n[1:5], n[5:]), "06-%s %s" % (n[1:5], n[5:]), "+31 (0)6 %s" % n[1:]])
    if c.region in ("bnl", "bfr"):
        a, b = n[:3], n[3:]
        return r.choice(["0%s/%s.%s.%s" % (a, b[:2], b[2:4], b[4:]), "0%s %s %s %s" % (a, b[:2], b[2:4], b[4:]),
                         "0%s%s" % (a, b), "+32 %s %s %s %s" % (a, b[:2], b[2:4], b[4:]),
                         "+32(0)%s %s" % (a, b), "0%s-%s" % (a, b), "0032 %s %s %s" % (a, b[:3], b[3:]),
                         "0%s/%s" % (a, b)])
    if c.region == "uk":
        if kind == "l":
            return r.choice(["0%s %s %s" % (n[:2], n[2:6], n[6:]), "(0%s) %s %s" % (n[:2], n[2:6], n[6:]),
                             "+44 %s %s %s" % (n[:2], n[2:6], n[6:])])
        return r.choice(["0%s %s" % (n[:4], n[4:]), "0%s" % n, "+44 %s %s" % (n[:4], n[4:]),
                         "+44 (0)%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
    a, x, y = n[:3], n[3:6], n[6:]
    return r.choice(["(%s) %s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "%s-%s-%s" % (a, x, y),
                     "+1 %s %s %s" % (a, x, y), "1 (%s) %s-%s" % (a, x, y), "%s %s %s" % (a, x, y),
                     "+1 (%s) %s-%s" % (a, x, y)])


def _phone(c):
    return c.sticky("phone_fmt", lambda: _phone_fmt(c, _phone_raw(c)))


def _phone2(c):
    return c.sticky("phone2_fmt", lambda: _phone_fmt(c, _phone_raw(c, "phone2")))


def _addr_parts(c):
    def mk():
        r = c.rng
        street = r.choice(c.P["streets"][c.region])
        city, pc = r.choice(c.P["cities"][c.region])
        if c.region == "nl":
            num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " B", "-hs", " III"])
            letters = V.rs(r, "ABCEGHJKLMNPRTVWXZ", 2)
            pcs = pc + V.digits(r, 2) + r.choice([" ", " ", ""]) + letters
            return street, num, pcs, city
        if c.region in ("bnl", "bfr"):
            num = str(r.randint(1, 260)) + r.choice(["", "", "", "/3", " bus 2" if c.region == "bnl" else " bte 4",
                                                     "A"])
            return street, num, pc, city
        if c.region == "uk":
            num = str(r.randint(1, 180)) + r.choice(["", "", "a", ""])
            pcs = pc + " " + str(r.randint(1, 9)) + V.rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2)
            return street, num, pcs, city
        num = str(r.randint(10, 9800))
        zipc = pc + V.digits(r, 2)
        return street, num, zipc, city
    return c.sticky("addrparts", mk)


def _street_line(c):
    street, num, pc, city = _addr_parts(c)
    if c.region in ("uk", "us"):
        extra = ""
        if c.region == "us":
            extra = c.sticky("apt", lambda: c.rng.choice(["", "", "", " Apt 4B", " Unit 12", ", Apt 2"]))
        return num + " " + street + extra
    return street + " " + num


def _addr(c):
    street, num, pc, city = _addr_parts(c)
    line = _street_line(c)
    r = c.rng
    if c.region == "uk":
        return r.choice([line + ", " + city + " " + pc, line + ", " + city + ", " + pc, line + " " + pc])
    if c.region == "us":
        return line + ", " + city + " " + pc
    return r.choice([line + ", " + pc + " " + city, line + ", " + pc + " " + city, line + " " + pc + " " + city,
                     line + " te " + city if c.region == "nl" else line + ", " + pc + " " + city])


def _addrml(c):
    street, num, pc, city = _addr_parts(c)
    line = _street_line(c)
    if c.region == "uk":
        return line + "\n" + city + "\n" + pc
    if c.region == "us":
        return line + "\n" + city + " " + pc
    return line + "\n" + pc + c.rng.choice([" ", " ", "  "]) + (city.upper() if c.rng.random() < 0.2 else city)


def _street(c):
    return _street_line(c)


def _dob(c):
    def mk():
        r = c.rng
        y, m, d = r.randint(1941, 2008), r.randint(1, 12), r.randint(1, 28)
        fam = c.mfam
        if fam == "en" and c.region == "us":
            opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                    "%d-%02d-%02d" % (y, m, d)]
        elif fam == "en":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                    "%d%s %s %d" % (d, suf, MONTHS["en"][m - 1], y), "%02d.%02d.%02d" % (d, m, y % 100)]
        elif fam == "fr":
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y), "%02d.%02d.%d" % (d, m, y),
                    "%d %s %02d" % (d, MONTHS["fr"][m - 1], y % 100)]
        else:
            opts = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y),
                    "%02d/%02d/%d" % (d, m, y), "%02d-%02d-%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d),
                    "%02d.%02d.%d" % (d, m, y)]
        return r.choice(opts)
    return c.sticky("dob", mk)


def _cust(c):
    def mk():
        r = c.rng
        return r.choice([V.digits(r, 8, True), V.digits(r, 10, True), "C" + V.digits(r, 8),
                         V.rs(r, "ABCDEFGHKLMNPRSTVWXZ", 2) + "-" + V.digits(r, 7), V.digits(r, 7, True),
                         V.digits(r, 3, True) + "." + V.digits(r, 3) + "." + V.digits(r, 3),
                         "K" + V.digits(r, 6) + "-" + V.digits(r, 2), V.digits(r, 12, True)])
    return c.sticky("cust", mk)


def _ip(c):
    r = c.rng
    k = r.random()
    if k < 0.35:
        return "203.0.113.%d" % r.randint(2, 254)
    if k < 0.65:
        return "198.51.100.%d" % r.randint(2, 254)
    if k < 0.85:
        return "192.0.2.%d" % r.randint(2, 254)
    return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))


def _api(c):
    return V.api_key(c.rng)


def _apik(kind):
    return lambda c: V.api_key(c.rng, kind)


def _tok(c):
    return V.token(c.rng)


def _tokk(kind):
    return lambda c: V.token(c.rng, kind)

# ---------------------------------------------------------------- negatives


def _amt(c):
    r = c.rng
    euros = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 4999), r.randint(5, 60)])
    cents = r.choice([0, 0, 99, 50, r.randint(1, 99)])
    if c.region == "uk" or c.region == "us":
        sym = "£" if c.region == "uk" else "$"
        e = "{:,}".format(euros)
        return r.choice(["%s%s.%02d" % (sym, e, cents), "%s%s" % (sym, e), "%s%s.%02d" % (sym, e, cents)])
    e = "{:,}".format(euros).replace(",", ".")
    if c.region == "bfr":
        e2 = "{:,}".format(euros).replace(",", " ")
        return r.choice(["%s,%02d €" % (e2, cents), "%s €" % e2, "%s,%02d euros" % (e2, cents), "€%s,%02d" % (e, cents)])
    return r.choice(["€ %s,%02d" % (e, cents), "€%s,%02d" % (e, cents), "%s,%02d euro" % (e, cents), "EUR %s,%02d" % (e, cents),
                     "€ %s,-" % e, "€%s" % e])


def _amtsmall(c):
    r = c.rng
    if c.region in ("uk", "us"):
        return ("£" if c.region == "uk" else "$") + r.choice(["1.99", "2.49", "0.99", "3.10", "1.45"])
    if c.region == "bfr":
        return r.choice(["1,99 €", "2,49 €", "0,99 €", "1,45 €"])
    return r.choice(["€1,99", "€ 2,49", "€0,99", "1,45 euro", "€ 3,10"])


def _cph(c):
    r = c.rng
    if c.region == "nl":
        return r.choice(["0800-" + V.digits(r, 4), "0800 " + V.digits(r, 3) + " " + V.digits(r, 4),
                         "088-" + V.digits(r, 7), "088 " + V.digits(r, 3) + " " + V.digits(r, 4),
                         "0900-" + V.digits(r, 4), "0900 " + V.digits(r, 7), "+31 88 " + V.digits(r, 3) + " " + V.digits(r, 4)])
    if c.region in ("bnl", "bfr"):
        return r.choice(["078 " + V.digits(r, 2) + " " + V.digits(r, 2) + " " + V.digits(r, 2),
                         "078/" + V.digits(r, 2) + "." + V.digits(r, 2) + "." + V.digits(r, 2),
                         "070 " + V.digits(r, 2) + " " + V.digits(r, 2) + " " + V.digits(r, 2),
                         "0800 " + V.digits(r, 2) + " " + V.digits(r, 3), "+32 78 " + V.digits(r, 2) + " " + V.digits(r, 2) + " " + V.digits(r, 2)])
    if c.region == "uk":
        return r.choice(["0345 " + V.digits(r, 3) + " " + V.digits(r, 4), "03457 " + V.digits(r, 3) + " " + V.digits(r, 3),
                         "0800 " + V.digits(r, 3) + " " + V.digits(r, 4), "0333 " + V.digits(r, 3) + " " + V.digits(r, 4)])
    return r.choice(["1-800-555-0" + V.digits(r, 3), "1 (800) 555-0" + V.digits(r, 3), "1-888-555-01" + V.digits(r, 2),
                     "(800) 555-0" + V.digits(r, 3), "1-877-555-01" + V.digits(r, 2)])


def _kvk(c):
    r = c.rng
    if c.region == "nl":
        return r.choice([V.digits(r, 8, True), "NL" + V.digits(r, 9) + "B" + V.digits(r, 2)])
    if c.region in ("bnl", "bfr"):
        n = V.be_company_number(r)
        return r.choice([n[:4] + "." + n[4:7] + "." + n[7:], "BE " + n[:4] + "." + n[4:7] + "." + n[7:], "BE" + n, n])
    if c.region == "uk":
        return r.choice(["0" + V.digits(r, 7), "SC" + V.digits(r, 6), "GB" + V.digits(r, 9)])
    return V.digits(r, 2) + "-" + V.digits(r, 7)


def _date(c):
    r = c.rng
    y, m, d = r.choice([2024, 2025, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    if c.region == "us":
        return r.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d/%d" % (m, d, y),
                         "%s %d" % (MONTHS["en"][m - 1][:3], d)])
    if c.region == "uk":
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS["en"][m - 1]), "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                         "%d/%d" % (d, m)])
    if c.region == "bfr":
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS["fr"][m - 1]), "%02d/%02d" % (d, m),
                         "%d %s %d" % (d, MONTHS["fr"][m - 1], y)])
    return r.choice(["%02d-%02d-%d" % (d, m, y), "%d %s" % (d, MONTHS["nl"][m - 1]), "%d-%d" % (d, m),
                     "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)])


def _time(c):
    r = c.rng
    h, mi = (r.randint(7, 23) if r.random() < 0.9 else r.randint(0, 6)), r.randint(0, 59)
    if c.region == "us":
        hh = h % 12 or 12
        return r.choice(["%d:%02d %s" % (hh, mi, "PM" if h >= 12 else "AM"), "%d:%02d%s" % (hh, mi, "pm" if h >= 12 else "am")])
    if c.region == "uk":
        return r.choice(["%02d:%02d" % (h, mi), "%d:%02d%s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am"), "%d.%02d" % (h, mi)])
    if c.region == "bfr":
        return r.choice(["%02dh%02d" % (h, mi), "%dh%02d" % (h, mi), "%02d:%02d" % (h, mi)])
    if c.region == "bnl":
        return r.choice(["%02du%02d" % (h, mi), "%d:%02d" % (h, mi), "%02d.%02d" % (h, mi)])
    return r.choice(["%02d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%02d.%02d" % (h, mi)])


def _time_in(c, lo, hi):
    r = c.rng
    h, mi = r.randint(lo, hi), r.randint(0, 59)
    if c.region == "us":
        return "%d:%02d %s" % (h % 12 or 12, mi, "PM" if h >= 12 else "AM")
    if c.region == "bfr":
        return r.choice(["%02dh%02d" % (h, mi), "%dh%02d" % (h, mi)])
    if c.region == "bnl":
        return r.choice(["%02du%02d" % (h, mi), "%d:%02d" % (h, mi)])
    if c.region == "uk":
        return r.choice(["%02d:%02d" % (h, mi), "%d:%02d%s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am")])
    return r.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi)])


def _fyear(c):
    return str(c.rng.randint(2027, 2031))


def _amtr(c):
    r = c.rng
    n = r.choice([100, 150, 200, 250, 300, 500, 750, 1000])
    if c.region == "uk":
        return r.choice(["£%d" % n, "£%d.00" % n])
    if c.region == "us":
        return r.choice(["$%d" % n, "$%d.00" % n])
    if c.region == "bfr":
        return r.choice(["%d €" % n, "%d euros" % n])
    return r.choice(["€ %d" % n, "€%d" % n, "%d euro" % n, "€ %d,-" % n])


def _tnight(c):
    r = c.rng
    h, mi = r.choice([0, 1, 2, 3, 4]), r.randint(0, 59)
    if c.region == "us":
        return "%d:%02d AM" % (h or 12, mi)
    if c.region == "bfr":
        return "%dh%02d" % (h, mi)
    if c.region == "bnl":
        return "%du%02d" % (h, mi)
    if c.region == "uk":
        return r.choice(["%02d:%02d" % (h, mi), "%d:%02dam" % (h or 12, mi)])
    return "%d:%02d" % (h, mi)


def _tam(c):
    return _time_in(c, 7, 11)


def _tpm(c):
    return _time_in(c, 13, 22)


def _year(c):
    return str(c.rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2018, 2016]))


def _err(c):
    r = c.rng
    generic = ["E-" + V.digits(r, 4, True), "0x8007" + V.rs(r, "0123456789ABCDEF", 4), "E" + V.digits(r, 3, True),
               "ERR-" + V.digits(r, 3), "F-" + V.digits(r, 3, True)]
    by_sector = {
        "api": ["HTTP " + r.choice(["401", "403", "429", "500", "502"]), "ERR_AUTH_" + V.digits(r, 3),
                "AUTH-" + V.digits(r, 3, True), "invalid_api_key", "E-" + V.digits(r, 4, True)],
        "bank": ["PIN_BLOCKED_" + V.digits(r, 1), "CARD_DECLINED_" + V.digits(r, 2), "OTP-TIMEOUT-" + V.digits(r, 2),
                 "AUTH-" + V.digits(r, 3, True)],
        "card": ["CARD_DECLINED_" + V.digits(r, 2), "PIN_BLOCKED_" + V.digits(r, 1), "3DS-" + V.digits(r, 3)],
        "telco": ["SIM-" + V.digits(r, 2), "NW" + V.digits(r, 2) + "-" + V.rs(r, "ABCDEF", 1), "OTP-TIMEOUT-" + V.digits(r, 2)],
        "gov": ["OTP-TIMEOUT-" + V.digits(r, 2), "AUTH-" + V.digits(r, 3, True), "ERR_AUTH_" + V.digits(r, 3)],
        "stream": ["HTTP " + r.choice(["401", "403"]), "NW" + V.digits(r, 2) + "-" + V.rs(r, "ABCDEF", 1), "ERR_AUTH_" + V.digits(r, 3)],
    }
    return r.choice(generic + by_sector.get(c.sector, []) * 2)


def _errnum(c):
    return V.digits(c.rng, c.rng.choice([2, 3, 4]), True)


def _flight(c):
    r = c.rng
    return r.choice(V.FLIGHT_CODES) + r.choice(["", " "]) + str(r.randint(100, 8999))


FRAUD_FAMS = ("phish", "sim", "refund", "gov", "agent", "pasted")


def _tag(c):
    fraud = c.tpl["fam"].startswith(FRAUD_FAMS) or c.sector in ("bank", "card", "market", "insure")
    return c.rng.choice(c.P["tags" if fraud else "stags"][c.mfam])


def _inv(c):
    r = c.rng
    return r.choice(["F" + str(r.choice([2024, 2025])) + "-" + V.digits(r, 6), str(r.choice([2025, 2026])) + "-" + V.digits(r, 5),
                     "INV-" + V.digits(r, 8), V.digits(r, 10, True), "FA" + V.digits(r, 7), "VF/" + V.digits(r, 6)])


def _ord(c):
    r = c.rng
    return r.choice([V.digits(r, 10, True), V.rs(r, "ABCDEFGHKMNPRSTUVWXYZ", 2) + "-" + V.digits(r, 5) + "-NL",
                     V.digits(r, 3) + "-" + V.digits(r, 7) + "-" + V.digits(r, 7), "#" + V.digits(r, 9, True),
                     "ORD-" + V.digits(r, 4) + "-" + V.digits(r, 4), "B" + V.digits(r, 8)])


def _case(c):
    r = c.rng
    return r.choice([str(r.choice([2025, 2026])) + "-" + V.digits(r, 6), "CAS-" + V.digits(r, 5) + "-" + V.rs(r, V.UPPER_ALNUM, 5),
                     "#" + V.digits(r, 5, True), "SR-" + V.digits(r, 7), "INC" + V.digits(r, 7), "ZK-" + str(r.choice([2025, 2026])) + "-" + V.digits(r, 5),
                     "REF-" + V.digits(r, 4) + "-" + V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2), V.digits(r, 4) + "/" + V.digits(r, 3),
                     "FR-" + V.digits(r, 6), "DOS" + V.digits(r, 7)])


def _txid(c):
    r = c.rng
    return r.choice(["TX-" + V.digits(r, 8), "TRX" + V.rs(r, V.UPPER_ALNUM, 10), V.rs(r, "0123456789ABCDEF", 12),
                     "Ref " + V.rs(r, V.UPPER_ALNUM, 8), "AUT" + V.digits(r, 6), "TID-" + V.digits(r, 4) + "-" + V.digits(r, 4)])


def _smsref(c):
    r = c.rng
    return r.choice(["REF-" + V.rs(r, V.UPPER_ALNUM, 6), "Ref." + V.digits(r, 6) + "-" + V.rs(r, "ABCDEFGH", 2), "ID:" + V.rs(r, V.UPPER_ALNUM, 8),
                     "#" + V.rs(r, V.UPPER_ALNUM, 6)])


def _track(c):
    r = c.rng
    return r.choice(["3S" + V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + V.digits(r, 9), "1Z" + V.rs(r, V.UPPER_ALNUM, 6) + V.digits(r, 10),
                     "JVGL" + V.digits(r, 16), "CD" + V.digits(r, 9) + "NL", "RR" + V.digits(r, 9) + "BE", "00" + V.digits(r, 18),
                     "9400 " + " ".join(V.digits(r, 4) for _ in range(4)) + " " + V.digits(r, 2), "LX" + V.digits(r, 9) + "GB"])


def _meter(c):
    r = c.rng
    return r.choice([V.digits(r, 6), V.digits(r, 5), "%s,%d" % (V.digits(r, 5), r.randint(0, 9)), V.digits(r, 2, True) + "." + V.digits(r, 3)])


def _modem(c):
    return c.rng.choice(V.MODEMS)


def _device(c):
    return c.sticky("device", lambda: c.rng.choice(V.PHONE_MODELS))


def _pmodel(c):
    return _device(c)


def _term(c):
    return c.rng.choice(V.TERMINALS)


def _tid(c):
    r = c.rng
    return r.choice([V.digits(r, 8, True), "T" + V.digits(r, 7), V.digits(r, 4, True) + " " + V.digits(r, 4), "POS-" + V.digits(r, 5)])


def _ean(c):
    return V.ean13_complete(c.rng.choice(["871", "871", "540", "400", "500"]) + V.digits(c.rng, 9))


def _sku(c):
    r = c.rng
    return r.choice(["SKU-" + V.digits(r, 5) + "-" + V.rs(r, "ABCDEFGHKLMNPRSTVWXZ", 2), "art.nr. " + V.digits(r, 1, True) + "." + V.digits(r, 3) + "." + V.digits(r, 3),
                     V.rs(r, "ABCDEFGHKLMNPRSTVWXZ", 3) + "-" + V.digits(r, 4)])


def _ver(c):
    r = c.rng
    dev = _device(c)
    if dev.startswith("iPhone"):
        return r.choice(["iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)),
                         "iOS %d.%d" % (r.randint(16, 18), r.randint(0, 5))])
    if dev.startswith("Galaxy"):
        return r.choice(["Android %d" % r.randint(12, 15), "One UI %d.%d" % (r.randint(5, 6), r.randint(0, 1))])
    return "Android %d" % r.randint(11, 15)


def _appver(c):
    r = c.rng
    return r.choice(["%d.%d.%d" % (r.randint(3, 12), r.randint(0, 40), r.randint(0, 9)), "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                     "%d.%d" % (r.randint(2023, 2026), r.randint(1, 12))])


def _pct(c):
    r = c.rng
    v = r.choice([str(r.randint(2, 100)), "%d,%d" % (r.randint(1, 20), r.randint(1, 9))])
    if c.region in ("uk", "us"):
        v = v.replace(",", ".")
    return v + r.choice(["%", "%", " %"])


def _qty(c):
    r = c.rng
    data = ["%d GB" % r.choice([5, 10, 20, 50, 100, 200]), "%d Mbps" % r.choice([100, 250, 500, 1000]),
            "%d Mbit/s" % r.choice([200, 400]), "%dGB" % r.choice([4, 8, 12]), "1 Gbit", "%d MB" % r.choice([300, 500])]
    energy = ["%s kWh" % "{:,}".format(r.randint(800, 5200)).replace(",", "." if c.region not in ("uk", "us") else ","),
              "%d m³" % r.randint(300, 2400), "%d kWh" % r.randint(150, 900)]
    if c.sector in ("telco", "api", "stream"):
        return r.choice(data)
    if c.sector == "energy":
        return r.choice(energy)
    return r.choice(data + energy)


def _speed(c):
    r = c.rng
    return r.choice(["%d Mbps" % r.choice([50, 100, 250, 500, 1000]), "%d Mbit/s" % r.choice([100, 200, 400, 750]),
                     "1 Gbit", "%d Mb" % r.choice([30, 60, 120])])


def _data(c):
    r = c.rng
    return r.choice(["%d GB" % r.choice([5, 10, 20, 50, 100, 200]), "%dGB" % r.choice([4, 8, 12, 25]),
                     "%d MB" % r.choice([300, 500, 750])])


def _url(c):
    r = c.rng
    s = _brandslug(c)
    return r.choice(["https://www.%s.%s/veilig" % (s, TLD[c.region]), "www.%s.%s/fraude" % (s, TLD[c.region]),
                     "https://%s.%s/status" % (s, TLD[c.region]), "%s.%s/help/%s" % (s, TLD[c.region], r.choice(["sim", "pin", "login", "account"]))])


def _purl(c):
    r = c.rng
    s = _brandslug(c)
    return r.choice(["https://%s-verificatie.com/login" % s, "http://%s-veilig-%s.net" % (s, V.rs(r, "abcdefghkmnpqrstuvwxyz", 3)),
                     "https://secure-%s.help/id" % s, "bit.ly/%s" % V.rs(r, V.ALNUM, 7), "%s-klantportaal.online" % s,
                     "https://%s.pay-fee.%s.info/p/%s" % (s, V.rs(r, "abcdefghkmnpqrstuvwxyz", 4), V.digits(r, 5)),
                     "https://my-%s-account.support" % s, "tinyurl.com/%s" % V.rs(r, "abcdefghkmnpqrstuvwxyz0123456789", 8)])


def _mcard(c):
    r = c.rng
    l4 = V.digits(r, 4)
    return r.choice(["**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "•••• " + l4, "**" + l4, "xxxx xxxx xxxx " + l4,
                     "4*** **** **** " + l4, "************" + l4])


def _miban(c):
    r = c.rng
    cc = _iban_country(c)
    return r.choice(["%s** **** **** **%s" % (cc, V.digits(r, 2)), "%s**%s****%s" % (cc, V.rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4), V.digits(r, 4)),
                     "%s.. .... .... ..%s" % (cc, V.digits(r, 2)), "%sXX XXXX XXXX XX%s" % (cc, V.digits(r, 2))])


def _mstar(c):
    return c.rng.choice(["********", "******", "••••••••", "**********", "xxxxxx", "*****"])


def _memail(c):
    lo, d = _email_parts(c)
    return lo[0] + "***" + lo[-1] + "@" + d


def _mphone(c):
    r = c.rng
    if c.region == "nl":
        return "06-****" + V.digits(r, 4)
    if c.region in ("bnl", "bfr"):
        return "04** ** " + V.digits(r, 2) + " " + V.digits(r, 2)
    if c.region == "uk":
        return "07*** ***" + V.digits(r, 3)
    return "(***) ***-" + V.digits(r, 4)


def _mask(c):
    return c.rng.choice([_mcard, _miban, _mstar, _mphone])(c)


def _last4(c):
    return V.digits(c.rng, 4)

# ---------------------------------------------------------------- composites


def _ts(c):
    r = c.rng
    if c.tsfmt is None:
        c.tsfmt = r.choice(["ios", "android", "brk", "brk", "plain", "none"])
        c.clock = r.randint(7 * 3600, 22 * 3600)
        y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
        c.chat_date = (y, m, d)
    else:
        c.clock += r.choice([3, 10, 25, 40, 70, 95, 130, 200, 290])
    h, mi, sec = (c.clock // 3600) % 24, (c.clock // 60) % 60, c.clock % 60
    y, m, d = c.chat_date
    us = c.region == "us"
    if c.tsfmt == "none":
        return ("", [], [])
    if c.tsfmt == "ios":
        ds = "%d/%d/%02d" % (m, d, y % 100) if us else "%02d-%02d-%d" % (d, m, y)
        ts = "%02d:%02d:%02d" % (h, mi, sec)
        text = "[" + ds + " " + ts + "] "
        return (text, [], [("date", 1, 1 + len(ds)), ("time", 2 + len(ds), 2 + len(ds) + len(ts))])
    if c.tsfmt == "android":
        ds = "%d/%d/%02d" % (m, d, y % 100) if us else "%02d/%02d/%d" % (d, m, y)
        ts = "%d:%02d %s" % (h % 12 or 12, mi, "PM" if h >= 12 else "AM") if us else "%02d:%02d" % (h, mi)
        text = ds + ", " + ts + " - "
        return (text, [], [("date", 0, len(ds)), ("time", len(ds) + 2, len(ds) + 2 + len(ts))])
    ts = "%02d:%02d" % (h, mi)
    if c.tsfmt == "brk":
        return ("[" + ts + "] ", [], [("time", 1, 1 + len(ts))])
    return (ts + " ", [], [("time", 0, len(ts))])


def _sig(c):
    """Signature block: name, optional address (one span incl. line breaks), phone, e-mail."""
    r = c.rng
    parts = []  # (text, spans, negs)
    parts.append((_full(c), [], []))
    if r.random() < 0.7:
        a = _addrml(c) if r.random() < 0.75 else _addr(c)
        parts.append((a, [("address", 0, len(a))], []))
    lab = {"nl": ["Tel: ", "Mob. ", "M: ", "06: ", "Telefoon: ", ""], "bnl": ["GSM: ", "Tel. ", "gsm ", "M ", ""],
           "bfr": ["GSM : ", "Tél. : ", "Tél ", "Mobile : ", ""], "uk": ["Mob: ", "Tel: ", "M: ", "Mobile ", ""],
           "us": ["Cell: ", "Phone: ", "C: ", "Mobile ", ""]}[c.region]
    if r.random() < 0.75:
        l = r.choice(lab)
        if ("phone_fmt", c.keysuffix) not in c.cache and c.region in ("nl", "uk") and r.random() < 0.3:
            c.sticky("phone_fmt", lambda: _phone_fmt(c, _phone_raw(c, land=True)))
        p = _phone(c)
        parts.append((l + p, [("phone", len(l), len(l) + len(p))], []))
    if r.random() < 0.55:
        l = r.choice(["", "", "E: ", "Mail: ", "e-mail: " if c.mfam != "fr" else "Courriel : "])
        e = _email(c)
        parts.append((l + e, [("email", len(l), len(l) + len(e))], []))
    if len(parts) > 2 and r.random() < 0.25:
        # compact one-line signature
        sep = r.choice([" | ", " - ", ", "])
    else:
        sep = "\n"
    text, spans, negs = "", [], []
    for i, (t, sp, ng) in enumerate(parts):
        if i:
            text += sep
        off = len(text)
        text += t.replace("\n", ", ") if sep != "\n" else t
        # a compact signature flattens the address; recompute spans on the flattened text
        for (ty, s, e) in sp:
            if sep != "\n":
                flat = t.replace("\n", ", ")
                spans.append((ty, off + s, off + (e if ty != "address" else len(flat))))
            else:
                spans.append((ty, off + s, off + e))
        for (ty, s, e) in ng:
            negs.append((ty, off + s, off + e))
    return (text, spans, negs)


def _sigshort(c):
    return _first(c)


SLOTS = {
    # plain text, not labelled
    "first": (None, None, _first), "last": (None, None, _last), "full": (None, None, _full),
    "brand": (None, None, _brand), "agent": (None, None, _agent), "city": (None, None, _city),
    "ssid": (None, None, _ssid), "bslug": (None, None, _brandslug),
    "bank": (None, None, lambda c: _brand2(c, "bank")), "telco": (None, None, lambda c: _brand2(c, "telco")),
    "shop": (None, None, lambda c: _brand2(c, "shop")), "parcel": (None, None, lambda c: _brand2(c, "parcel")),
    "stream": (None, None, lambda c: _brand2(c, "stream")), "market": (None, None, lambda c: _brand2(c, "market")),
    "api": (None, None, lambda c: _brand2(c, "api")), "insure": (None, None, lambda c: _brand2(c, "insure")),
    "cardco": (None, None, lambda c: _brand2(c, "card")), "gov": (None, None, lambda c: _brand2(c, "gov")),
    "energy": (None, None, lambda c: _brand2(c, "energy")),
    # spans
    "pw": ("S", "password", _pw), "pwtmp": ("S", "password", _pwtmp), "user": ("S", "username", _user),
    "pin": ("S", "pin", _pin), "pin5": ("S", "pin", _pin5), "pin6": ("S", "pin", _pin6), "puk": ("S", "puk", _puk),
    "otp": ("S", "otp", _otp), "otpx": ("S", "otp", _otpx), "otpsp": ("S", "otp", _otpsp), "otpg": ("S", "otp", _otpg),
    "otp8": ("S", "otp", _otp8), "otp4": ("S", "otp", _otp4),
    "wifi": ("S", "wifi_key", _wifi),
    "card": ("S", "card", _card), "visa": ("S", "card", _cardvisa), "mc": ("S", "card", _cardmc), "amex": ("S", "card", _amex),
    "cardflat": ("S", "card", _cardflat), "carddash": ("S", "card", _carddash),
    "exp": ("S", "card_expiry", _exp), "expsl": ("S", "card_expiry", _expslash),
    "cvv": ("S", "cvv", _cvv), "cvv4": ("S", "cvv", _cvv4),
    "iban": ("S", "iban", _iban), "ibangrp": ("S", "iban", _ibangrp), "ibanflat": ("S", "iban", _ibanflat),
    "ibannl": ("S", "iban", _ibannl), "ibanbe": ("S", "iban", _ibanbe), "ibanx": ("S", "iban", _ibanx),
    "bsn": ("S", "bsn", _bsn), "bsnflat": ("S", "bsn", _bsnflat),
    "email": ("S", "email", _email), "emailsp": ("S", "email", _emailsp), "emailat": ("S", "email", _emailat),
    "phone": ("S", "phone", _phone), "phone2": ("S", "phone", _phone2),
    "addr": ("S", "address", _addr), "addrml": ("S", "address", _addrml), "street": ("S", "address", _street),
    "dob": ("S", "date_of_birth", _dob), "cust": ("S", "customer_number", _cust), "ip": ("S", "ip_address", _ip),
    "apikey": ("S", "api_key", _api), "sk": ("S", "api_key", _apik("sk")), "pk": ("S", "api_key", _apik("pk")),
    "rk": ("S", "api_key", _apik("rk")), "sktest": ("S", "api_key", _apik("sktest")), "ck": ("S", "api_key", _apik("ck")), "cs": ("S", "api_key", _apik("cs")),
    "apiu": ("S", "api_key", _apik("api")), "akia": ("S", "api_key", _apik("akia")), "awssec": ("S", "api_key", _apik("awssec")),
    "aiza": ("S", "api_key", _apik("aiza")), "sg": ("S", "api_key", _apik("sg")), "hex32": ("S", "api_key", _apik("hex32")),
    "keydash": ("S", "api_key", _apik("keydash")),
    "tok": ("S", "token", _tok), "jwt": ("S", "token", _tokk("jwt")), "ghp": ("S", "token", _tokk("ghp")),
    "ghpat": ("S", "token", _tokk("ghpat")), "xoxb": ("S", "token", _tokk("xoxb")), "xoxp": ("S", "token", _tokk("xoxp")),
    "glpat": ("S", "token", _tokk("glpat")), "hex40": ("S", "token", _tokk("hex40")), "sess": ("S", "token", _tokk("sess")),
    "b64tok": ("S", "token", _tokk("b64")),
    # hard negatives
    "amt": ("N", "amount", _amt), "amts": ("N", "amount", _amtsmall), "cph": ("N", "company_phone", _cph),
    "kvk": ("N", "company_registration", _kvk), "date": ("N", "date", _date), "time": ("N", "time", _time),
    "year": ("N", "year", _year), "tam": ("N", "time", _tam), "tnight": ("N", "time", _tnight), "fyear": ("N", "year", _fyear), "amtr": ("N", "amount", _amtr), "tpm": ("N", "time", _tpm), "err": ("N", "error_code", _err), "errnum": ("N", "error_code", _errnum),
    "flight": ("N", "flight_number", _flight), "tag": ("N", "hashtag", _tag), "at": ("N", "mention", _mention),
    "inv": ("N", "invoice_number", _inv), "ord": ("N", "order_number", _ord), "case": ("N", "ticket_number", _case),
    "txid": ("N", "ticket_number", _txid), "smsref": ("N", "ticket_number", _smsref),
    "track": ("N", "tracking_number", _track), "meter": ("N", "meter_reading", _meter),
    "modem": ("N", "model_number", _modem), "pmodel": ("N", "model_number", _pmodel), "term": ("N", "model_number", _term),
    "tid": ("N", "model_number", _tid), "ean": ("N", "product_code", _ean), "sku": ("N", "product_code", _sku),
    "ver": ("N", "version_string", _ver), "appver": ("N", "version_string", _appver), "pct": ("N", "percentage", _pct),
    "qty": ("N", "quantity", _qty), "speed": ("N", "quantity", _speed), "data": ("N", "quantity", _data), "url": ("N", "url", _url), "purl": ("N", "url", _purl),
    "mcard": ("N", "masked_value", _mcard), "miban": ("N", "masked_value", _miban), "mstar": ("N", "masked_value", _mstar),
    "memail": ("N", "masked_value", _memail), "mphone": ("N", "masked_value", _mphone), "mask": ("N", "masked_value", _mask),
    "last4": ("N", "masked_value", _last4),
    # composites
    "ts": ("C", None, _ts), "sig": ("C", None, _sig),
}
STICKY_BY_DEFAULT = {"first", "last", "full", "brand", "agent", "city", "ssid", "bslug", "bank", "telco", "shop", "parcel",
                     "stream", "market", "api", "insure", "cardco", "gov", "energy", "user", "email", "emailsp", "emailat",
                     "phone", "phone2", "addr", "addrml", "street", "dob", "cust", "bsn", "bsnflat", "at", "sig", "mstar"}

# ====================================================================== renderer


class TemplateError(Exception):
    pass


def _match_close(s, i):
    depth = 0
    j = i
    while j < len(s) - 1:
        if s.startswith("[[", j):
            depth += 1
            j += 2
            continue
        if s.startswith("]]", j):
            depth -= 1
            if depth == 0:
                return j
            j += 2
            continue
        j += 1
    raise TemplateError("unclosed [[ in %r" % s[i:i + 60])


def _split_top(s):
    parts, depth, cur, j = [], 0, [], 0
    while j < len(s):
        if s.startswith("[[", j):
            depth += 1
            cur.append("[[")
            j += 2
        elif s.startswith("]]", j):
            depth -= 1
            cur.append("]]")
            j += 2
        elif s[j] == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            j += 1
        else:
            cur.append(s[j])
            j += 1
    parts.append("".join(cur))
    return parts


def render(c, s, trace):
    out, spans, negs = [], [], []
    pos = 0

    def add(t, sp, ng):
        nonlocal pos
        for (ty, a, b) in sp:
            spans.append((ty, pos + a, pos + b))
        for (ty, a, b) in ng:
            negs.append((ty, pos + a, pos + b))
        out.append(t)
        pos += len(t)

    i = 0
    while i < len(s):
        if s.startswith("[[", i):
            j = _match_close(s, i)
            opt = c.rng.choice(_split_top(s[i + 2:j]))
            add(*render(c, opt, trace))
            i = j + 2
        elif s.startswith("{{", i):
            add("{", [], [])
            i += 2
        elif s.startswith("}}", i):
            add("}", [], [])
            i += 2
        elif s[i] == "{":
            j = s.index("}", i)
            add(*expand(c, s[i + 1:j], trace))
            i = j + 1
        else:
            j = i
            while j < len(s) and s[j] not in "{[}" :
                j += 1
            if j == i:
                j = i + 1
            add(s[i:j], [], [])
            i = j
    return "".join(out), spans, negs


def expand(c, name, trace):
    if name.startswith("~"):
        pool = c.g.phrases.get((c.lfam, name[1:]))
        if not pool:
            raise TemplateError("no phrase pool %s for %s" % (name, c.lfam))
        idx = c.rng.randrange(len(pool))
        trace.append("%s:%s" % (name[1:], pool[idx][0]))
        return render(c, pool[idx][1], trace)
    key = None
    if "@" in name:
        name, key = name.split("@", 1)
    if name not in SLOTS:
        raise TemplateError("unknown slot {%s}" % name)
    cls, label, fn = SLOTS[name]
    ckey = None
    if key is not None:
        ckey = ("slot", name, key)
    elif name in STICKY_BY_DEFAULT:
        ckey = ("slot", name, None)
    if ckey is not None and ckey in c.cache:
        return c.cache[ckey]
    prev = c.keysuffix
    if key is not None:
        c.keysuffix = key
    try:
        v = fn(c)
    finally:
        c.keysuffix = prev
    if cls == "C":
        res = v
    elif cls == "S":
        res = (v, [(label, 0, len(v))], [])
    elif cls == "N":
        res = (v, [], [(label, 0, len(v))])
    else:
        res = (v, [], [])
    if ckey is not None:
        c.cache[ckey] = res
    return res

# ====================================================================== templates and pools


def load_templates():
    mods = [b9_tpl_nl, b9_tpl_vl, b9_tpl_fr, b9_tpl_en]
    tpls, phrases = [], {}
    for m in mods:
        for n, t in enumerate(m.TEMPLATES):
            t = dict(t)
            t["id"] = "%s/%s/%03d" % (m.LFAM, t["fam"], n)
            tpls.append(t)
        for pname, plist in m.PHRASES.items():
            phrases[(m.LFAM, pname)] = plist
    return tpls, phrases


def register_of(t):
    ch = t["channels"]
    if ch == ["email"]:
        return "mail"
    if ch == ["agent_reply"]:
        return "agent"
    if all(x in PUBLIC for x in ch):
        return "public"
    return "chat"


def deal_templates(tpls):
    """Deal whole templates alternately to dev (0) and heldout (1), per family/language/register group.
    Independent of the seed: uses only the order in the template files."""
    groups = defaultdict(list)
    order = []
    for t in tpls:
        k = (t["fam"], t["lang"], register_of(t))
        if k not in groups:
            order.append(k)
        groups[k].append(t)
    halves = ([], [])
    for gi, k in enumerate(order):
        for ti, t in enumerate(groups[k]):
            h = (ti + gi) % 2
            t["half"] = HALVES[h]
            halves[h].append(t)
    return halves


def deal_phrases(phrases, h):
    out = {}
    for gi, (k, plist) in enumerate(sorted(phrases.items())):
        sel = [(("%s.%d" % (k[1], i)), p) for i, p in enumerate(plist) if (i + gi) % 2 == h]
        out[k] = sel
    return out


def half_pools(h):
    return {
        "first": {r: split_pool(v, h) for r, v in V.FIRST.items()},
        "last": {r: split_pool(v, h) for r, v in V.LAST.items()},
        "streets": {r: split_pool(v, h) for r, v in V.STREETS.items()},
        "cities": {r: split_pool(v, h) for r, v in V.CITIES.items()},
        "brands": {s: {g: split_pool(v, h) for g, v in d.items()} for s, d in V.BRANDS.items()},
        "pwwords": split_pool(V.PW_WORDS, h),
        "domains": split_pool(V.DOMAINS, h),
        "agents": split_pool(V.AGENTS, h),
        "tags": {k: split_pool(v, h) for k, v in V.HASHTAGS.items()},
        "stags": {k: split_pool(v, h) for k, v in V.HASHTAGS_SERVICE.items()},
        "ssidw": split_pool(V.SSID_WORDS, h),
    }

# ====================================================================== generation


class HalfGen:
    def __init__(self, seed, h, templates, phrases):
        self.h = h
        self.name = HALVES[h]
        self.rng = random.Random("%s:%s" % (seed, self.name))
        self.pools = half_pools(h)
        self.templates = templates
        self.phrases = deal_phrases(phrases, h)
        self.swaps = 0

    def render_one(self, t):
        last_err = None
        for attempt in range(60):
            c = Ctx(self, t)
            trace = []
            text, spans, negs = render(c, t["text"], trace)
            problem = local_problem(text, spans, negs)
            if problem is None:
                ch = self.rng.choice(t["channels"])
                return {"channel": ch, "lang": t["lang"], "visibility": "public" if ch in PUBLIC else "private",
                        "text": text, "spans": [{"type": a, "start": b, "end": e} for (a, b, e) in sorted(spans, key=lambda x: x[1])],
                        "negatives": [{"kind": a, "start": b, "end": e} for (a, b, e) in sorted(negs, key=lambda x: x[1])],
                        "_tpl": t["id"], "_trace": trace, "_fam": t["fam"]}
            last_err = problem
        raise TemplateError("template %s keeps failing: %s" % (t["id"], last_err))

    def run(self):
        by_lang = defaultdict(list)
        for t in self.templates:
            g = "en" if t["lang"].startswith("en") else t["lang"]
            by_lang[g].extend([t] * t.get("w", 1))
        recs = []
        for g in ("nl", "nl-be", "fr-be", "en"):
            quota = round(PER_HALF * LANG_SHARE[g])
            items = []
            while len(items) < quota:
                cyc = list(by_lang[g])
                self.rng.shuffle(cyc)
                items.extend(cyc)
            for t in items[:quota]:
                recs.append(self.render_one(t))
        self.top_up(recs)
        self.rng.shuffle(recs)
        for i, r in enumerate(recs):
            r["id"] = "%s-%s-%05d" % (PREFIX, self.name, i)
        return recs


    def top_up(self, recs, target=TOP_UP_TARGET):
        """Swap a few messages so that every high-risk type reaches `target` spans in this half.
        A message is only replaced by one of the same language group, and only if every high-risk
        type it carries stays comfortably above the target; the message count per language and the
        share of messages without spans are unchanged (victims always carry a high-risk span)."""
        tpl_by_id = {t["id"]: t for t in self.templates}

        def lg(lang):
            return "en" if lang.startswith("en") else lang
        for _ in range(600):
            cnt = Counter(s["type"] for r in recs for s in r["spans"])
            low = [ty for ty in HIGH_RISK if cnt[ty] < target]
            if not low:
                return
            ty = min(low, key=lambda x: (cnt[x], x))
            cand = sorted({r["_tpl"] for r in recs if any(s["type"] == ty for s in r["spans"])})
            if not cand:
                return
            t = tpl_by_id[self.rng.choice(cand)]
            use = Counter(r["_tpl"] for r in recs)
            victims = [i for i, r in enumerate(recs)
                       if lg(r["lang"]) == lg(t["lang"]) and use[r["_tpl"]] >= 3
                       and any(s["type"] in HIGH_RISK for s in r["spans"])
                       and all(s["type"] not in HIGH_RISK or cnt[s["type"]] > target + 8 for s in r["spans"])]
            if not victims:
                continue
            i = max(victims, key=lambda k: (use[recs[k]["_tpl"]], k))
            recs[i] = self.render_one(t)
            self.swaps += 1


def local_problem(text, spans, negs):
    for (ty, a, b) in spans:
        v = text[a:b]
        if not v or v != v.strip():
            return "span whitespace %r" % v
        if v[-1] in PUNCT and b < len(text) and text[b] in PUNCT:
            return "ambiguous end %r" % v
        if v[0] in PUNCT and a > 0 and text[a - 1] in PUNCT:
            return "ambiguous start %r" % v
        if b < len(text) and (text[b].isalnum()) and v[-1].isalnum():
            return "glued end %r" % text[a:b + 3]
        if a > 0 and text[a - 1].isalnum() and v[0].isalnum():
            return "glued start %r" % text[a - 3:b]
    allsp = sorted(spans, key=lambda x: x[1])
    for x, y in zip(allsp, allsp[1:]):
        if y[1] < x[2]:
            return "overlap"
    for (k, a, b) in negs:
        for (ty, s, e) in spans:
            if a < e and s < b:
                return "neg overlaps span"
    return None

# ====================================================================== checks


CUE_RE = re.compile(r"(?i)(code|codes|nummer|number|numéro|num[eé]ro|\bnr\b|pin|puk|wachtwo|\bww\b|password|passw|mot de passe|"
                    r"wifi|wi-fi|sleutel|\bkey\b|token|sms|otp|cvv|cvc|kaart|card|carte|iban|rekening|login|inlog|"
                    r"verificat|vérification|référence|referentie|reference|\bref\b|klantnummer|bsn|gebruikersnaam|"
                    r"username|identifiant|secret|geheim|terminal|pas\b|bankkaart|2fa|wachtw|paswoord)")
PLACEHOLDER_RE = re.compile(r"\{~?[a-z0-9_]+(@[a-z0-9_]+)?\}|\[\[|\]\]")


def neg_near_cue(rec, dist=30):
    text = rec["text"]
    cues = [(m.start(), m.end()) for m in CUE_RE.finditer(text)]
    for n in rec["negatives"]:
        for (a, b) in cues:
            if n["start"] - b <= dist and a - n["end"] <= dist and not (a >= n["start"] and b <= n["end"]):
                return True
    return False


def check_half(name, recs, tpl_half):
    errs = []
    seen_tpl = set()
    for r in recs:
        t = r["text"]
        if r["channel"] not in CHANNELS:
            errs.append("%s bad channel" % r["id"])
        if (r["visibility"] == "public") != (r["channel"] in PUBLIC):
            errs.append("%s bad visibility" % r["id"])
        if r["lang"] not in REGION_OF:
            errs.append("%s bad lang" % r["id"])
        if PLACEHOLDER_RE.search(t):
            errs.append("%s unrendered placeholder: %s" % (r["id"], PLACEHOLDER_RE.search(t).group(0)))
        if tpl_half[r["_tpl"]] != name:
            errs.append("%s template %s belongs to other half" % (r["id"], r["_tpl"]))
        seen_tpl.add(r["_tpl"])
        spans = sorted(r["spans"], key=lambda s: s["start"])
        for s in spans:
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s span offsets out of text" % r["id"])
                continue
            v = t[s["start"]:s["end"]]
            if v != v.strip():
                errs.append("%s span with whitespace at edge %r" % (r["id"], v))
            if s["type"] not in ALL_TYPES:
                errs.append("%s unknown type %s" % (r["id"], s["type"]))
            if s["type"] not in SPACED_OK and re.search(r"\s", v):
                errs.append("%s secret with space %r" % (r["id"], v))
            if s["type"] == "card" and not V.luhn_ok(v):
                errs.append("%s card fails Luhn %r" % (r["id"], v))
            if s["type"] == "card" and re.sub(r"[\s-]", "", v) != re.sub(r"\D", "", v):
                errs.append("%s card odd chars %r" % (r["id"], v))
            if s["type"] == "iban" and not V.iban_ok(v):
                errs.append("%s iban fails mod-97 %r" % (r["id"], v))
            if s["type"] == "bsn" and not V.bsn_ok(v):
                errs.append("%s bsn fails 11-proof %r" % (r["id"], v))
            if v[-1] in PUNCT and s["end"] < len(t) and t[s["end"]] in PUNCT:
                errs.append("%s ambiguous span end %r" % (r["id"], v))
        for x, y in zip(spans, spans[1:]):
            if y["start"] < x["end"]:
                errs.append("%s overlapping spans" % r["id"])
        for n in r["negatives"]:
            if not (0 <= n["start"] < n["end"] <= len(t)):
                errs.append("%s negative offsets out of text" % r["id"])
            if n["kind"] not in NEG_KINDS:
                errs.append("%s unknown negative kind %s" % (r["id"], n["kind"]))
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errs.append("%s negative overlaps span" % r["id"])
            v = t[n["start"]:n["end"]]
            if v != v.strip():
                errs.append("%s negative with whitespace at edge %r" % (r["id"], v))
    types = Counter(s["type"] for r in recs for s in r["spans"])
    kinds = Counter(n["kind"] for r in recs for n in r["negatives"])
    for ty in ALL_TYPES:
        if types[ty] == 0:
            errs.append("%s: label type %s missing" % (name, ty))
    for ty in HIGH_RISK:
        if types[ty] < 40:
            errs.append("%s: high-risk type %s has only %d spans" % (name, ty, types[ty]))
    for k in NEG_KINDS:
        if kinds[k] == 0:
            errs.append("%s: negative kind %s missing" % (name, k))
    n = len(recs)
    nospan = sum(1 for r in recs if not r["spans"])
    if nospan < 0.25 * n:
        errs.append("%s: only %d/%d messages without spans" % (name, nospan, n))
    hr = sum(1 for r in recs if any(s["type"] in HIGH_RISK for s in r["spans"]))
    if hr < 0.45 * n:
        errs.append("%s: only %d/%d messages with a high-risk value" % (name, hr, n))
    near = sum(1 for r in recs if neg_near_cue(r))
    if near < 0.30 * n:
        errs.append("%s: only %d/%d messages with a hard negative near a cue word" % (name, near, n))
    # distinct phrasings per high-risk type: templates that carry it
    per_type_tpl = defaultdict(set)
    for r in recs:
        for s in r["spans"]:
            per_type_tpl[s["type"]].add(r["_tpl"])
    for ty in HIGH_RISK:
        if len(per_type_tpl[ty]) < 12:
            errs.append("%s: high-risk type %s appears in only %d templates" % (name, ty, len(per_type_tpl[ty])))
    return errs


def phrasing_contexts(recs):
    """Distinct left contexts (up to 24 characters before the span, digits folded) per type."""
    out = defaultdict(set)
    for r in recs:
        t = r["text"]
        for s in r["spans"]:
            left = t[max(0, s["start"] - 24):s["start"]].lower()
            left = re.sub(r"\d", "0", left)
            left = left.split("\n")[-1]
            out[s["type"]].add(left.strip())
    return out


def stats(recs):
    st = {}
    st["n"] = len(recs)
    st["types"] = Counter(s["type"] for r in recs for s in r["spans"])
    st["kinds"] = Counter(n["kind"] for r in recs for n in r["negatives"])
    st["channels"] = Counter(r["channel"] for r in recs)
    st["langs"] = Counter(r["lang"] for r in recs)
    st["nospan"] = sum(1 for r in recs if not r["spans"])
    st["highrisk"] = sum(1 for r in recs if any(s["type"] in HIGH_RISK for s in r["spans"]))
    st["near"] = sum(1 for r in recs if neg_near_cue(r))
    st["withneg"] = sum(1 for r in recs if r["negatives"])
    tt = defaultdict(set)
    for r in recs:
        for s in r["spans"]:
            tt[s["type"]].add(r["_tpl"])
    st["tpl_per_type"] = {k: len(v) for k, v in tt.items()}
    st["ctx_per_type"] = {k: len(v) for k, v in phrasing_contexts(recs).items()}
    st["templates"] = len(set(r["_tpl"] for r in recs))
    st["families"] = Counter(r["_fam"] for r in recs)
    return st


def pool_overlap():
    dev, held = half_pools(0), half_pools(1)

    def flat(p):
        out = set()
        for k, v in p.items():
            if isinstance(v, dict):
                for vv in v.values():
                    if isinstance(vv, dict):
                        for x in vv.values():
                            out.update(str(i) for i in x)
                    else:
                        out.update(str(i) for i in vv)
            else:
                out.update(str(i) for i in v)
        return out
    return flat(dev) & flat(held)


def write_readme(path, seed, st, ntpl):
    L = []
    L.append("# blind9 — account security and fraud (blind scrub corpus)\n")
    L.append("Record id prefix `b9`. Seed **%d** (`python3 generate_blind.py --seed %d`). Generator: `generate_blind.py` "
             "with its modules `b9_values.py` (pools, checksums, value shapes) and `b9_tpl_nl.py`, `b9_tpl_vl.py`, "
             "`b9_tpl_fr.py`, `b9_tpl_en.py` (templates and phrase pools). Standard library only, Python 3.11, "
             "deterministic for a given seed.\n" % (seed, seed))
    L.append("## How it was written\n")
    L.append("Written blind from the task brief alone, plus general knowledge of how customers of Dutch, Belgian, UK and US "
             "banks, card issuers, telcos, web shops, parcel carriers, government-like services, energy companies, insurers, "
             "streaming services and marketplaces write to customer care, and of the public conventions of the platforms "
             "(X, Facebook, Messenger, Instagram, WhatsApp and Telegram chat exports, e-mail with quoted history). "
             "Nothing under `functions/`, `tests/unit/`, `bench/`, `docs/scrubbing.md`, any other corpus or generator under "
             "`tests/scrub_corpus/` was opened, read, grepped or run; the scrubber and the scorers were not run on this data.\n")
    L.append("Emphasis: account security and fraud — phished and scammed customers telling exactly what they typed or read "
             "out, lock-outs, blocked SIM cards, PIN letters, SIM swaps, PUK requests, late or duplicate 2FA codes, reset "
             "links and temporary passwords from the company, pasted SMS/e-mail notifications with the code inside, shared "
             "family accounts and wifi, small shops with a card terminal and web-shop API keys, multi-turn chat exports where "
             "the value comes turns after the question, and agent replies that warn after the customer already shared.\n")
    L.append("Labelling notes (choices the brief left open):\n")
    L.append("- A fraudster's IBAN or card number is labelled like the customer's (`iban`, `card`); a scammer's own phone "
             "number is never written (it would be neither the customer's `phone` nor a `company_phone`). A spoofed "
             "company number is `company_phone`.\n"
             "- Reset links: the token parameter is labelled `token`; the rest of that link is not labelled.\n"
             "- Transaction ids and reference codes inside bank/telco SMS texts are `ticket_number`; payment-terminal ids "
             "and terminal models are `model_number`; the bare last four digits of a card after \"eindigend op\"/"
             "\"ending in\"/\"se terminant par\" and masked values are `masked_value`.\n"
             "- Chat-export timestamps are labelled `date` and `time` negatives.\n"
             "- Logins are never e-mail addresses (an e-mail used as a login would be ambiguous between `username` and "
             "`email`), and Belgian national-register numbers, UK sort codes/account numbers and US SSNs are left out "
             "entirely (no label type).\n")
    L.append("Review: after the checks passed, random rendered messages of each half (40 per half, several rounds) were "
             "read by hand with their spans and negatives marked; what looked unnatural or mislabelled was fixed in the "
             "templates or value generators (for example phone models now match their OS, night/day times match the "
             "words around them, quantities match the sector, French-named brands are not used in messages from the "
             "Netherlands, keyed values such as two children's BSNs are distinct, client ids that could be read as "
             "credentials were reworded as account numbers, bare numeric error codes without a cue were dropped).\n")
    L.append("## Split rule\n")
    L.append("Templates are grouped by family (what the message is about), language and register (chat, public, mail, "
             "agent); inside each group whole templates are dealt alternately to dev and heldout, the starting half "
             "alternating from group to group. The deal uses only the order of the templates in the files, so it does not "
             "depend on the seed. Phrase pools (alternative phrasings of a value inside a template) and all value pools "
             "(first and last names, streets, cities, brands per sector, password words, e-mail domains, agent names, "
             "hashtags, SSID words) are dealt the same way (even index dev, odd index heldout): the halves share no "
             "template, phrasing, name, street, city, brand or e-mail domain. Each half draws all random choices from its "
             "own `random.Random`, seeded from the seed and the half's name. %d templates in total.\n" % ntpl)
    L.append("Message selection: per half the language quotas are fixed (nl 40 %%, nl-be 20 %%, fr-be 15 %%, English "
             "25 %% split over en-gb and en-us); inside a language the half's templates are used in shuffled rounds, so "
             "every template of the half appears and none dominates. A deterministic top-up then swaps a few messages "
             "(same language, only messages whose high-risk types stay well above the target, never a message without "
             "spans) so that every high-risk type has at least %d spans in the half; %s.\n"
             % (TOP_UP_TARGET, ", ".join("%s: %d swaps" % (h, n) for h, n in SWAPS.items())))
    L.append("Before writing, the generator checks every record (offsets inside the text, spans never start/end with "
             "whitespace, Luhn/mod-97/11-proof, no overlapping spans, no negative overlapping a span, no secret ending in "
             "punctuation before sentence punctuation, no unrendered placeholder, every label type and negative kind in "
             "both halves, at least 40 spans and 12 templates per high-risk type per half, >=25 % of messages without "
             "spans, >=45 % with a high-risk value, >=30 % with a hard negative within 30 characters of a cue word, no "
             "template and no pool value in both halves). If any check fails it exits 1 and writes nothing.\n")
    L.append("## Held-out half\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator (`generate_blind.py`, `b9_*.py`).** "
             "They may only run a scorer over `heldout.jsonl` and report the numbers. `dev.jsonl` may be read.\n")
    L.append("## Counts per half\n")
    halves = list(st.keys())

    def table(title, key, keys):
        L.append("### %s\n" % title)
        L.append("| %s | %s |" % (title.split(" ")[0], " | ".join(halves)))
        L.append("|---|%s|" % "|".join("---:" for _ in halves))
        for k in keys:
            L.append("| %s | %s |" % (k, " | ".join(str(st[h][key].get(k, 0)) for h in halves)))
        L.append("")
    L.append("| | %s |" % " | ".join(halves))
    L.append("|---|%s|" % "|".join("---:" for _ in halves))
    for lab, key in [("messages", "n"), ("messages without spans", "nospan"), ("messages with a high-risk value", "highrisk"),
                     ("messages with a hard negative", "withneg"), ("messages with a hard negative near a cue word", "near"),
                     ("templates used", "templates")]:
        L.append("| %s | %s |" % (lab, " | ".join("%d (%.1f %%)" % (st[h][key], 100.0 * st[h][key] / st[h]["n"]) if key not in ("n", "templates") else str(st[h][key]) for h in halves)))
    L.append("")
    table("Label type (spans)", "types", ALL_TYPES)
    L.append("### Distinct templates / distinct left contexts per high-risk type\n")
    L.append("| type | %s |" % " | ".join(halves))
    L.append("|---|%s|" % "|".join("---:" for _ in halves))
    for k in HIGH_RISK:
        L.append("| %s | %s |" % (k, " | ".join("%d / %d" % (st[h]["tpl_per_type"].get(k, 0), st[h]["ctx_per_type"].get(k, 0)) for h in halves)))
    L.append("")
    table("Negative kind", "kinds", NEG_KINDS)
    table("Channel", "channels", sorted(CHANNELS))
    table("Language", "langs", ["nl", "nl-be", "fr-be", "en-gb", "en-us"])
    fams = sorted(set(k for h in halves for k in st[h]["families"]))
    table("Family (template family)", "families", fams)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--dry", action="store_true", help="check only, write nothing")
    args = ap.parse_args()
    tpls, phrases = load_templates()
    halves_t = deal_templates(tpls)
    tpl_half = {t["id"]: t["half"] for t in tpls}
    errs = []
    ov = pool_overlap()
    if ov:
        errs.append("pool values in both halves: %s" % sorted(ov)[:20])
    allrecs, st = {}, {}
    for h in (0, 1):
        gen = HalfGen(args.seed, h, halves_t[h], phrases)
        try:
            recs = gen.run()
        except TemplateError as e:
            print("FAIL:", e)
            return 1
        SWAPS[HALVES[h]] = gen.swaps
        errs += check_half(HALVES[h], recs, tpl_half)
        allrecs[HALVES[h]] = recs
        st[HALVES[h]] = stats(recs)
    common = set(r["_tpl"] for r in allrecs["dev"]) & set(r["_tpl"] for r in allrecs["heldout"])
    if common:
        errs.append("templates in both halves: %s" % sorted(common)[:10])
    for h in HALVES:
        s = st[h]
        print("== %s: %d messages, %d without spans (%.1f%%), %d high-risk (%.1f%%), %d neg-near-cue (%.1f%%), %d templates"
              % (h, s["n"], s["nospan"], 100 * s["nospan"] / s["n"], s["highrisk"], 100 * s["highrisk"] / s["n"], s["near"],
                 100 * s["near"] / s["n"], s["templates"]))
        print("   types:", dict(sorted(s["types"].items())))
        print("   tpl/type:", {k: s["tpl_per_type"].get(k, 0) for k in HIGH_RISK})
        print("   ctx/type:", {k: s["ctx_per_type"].get(k, 0) for k in HIGH_RISK})
        print("   kinds:", dict(sorted(s["kinds"].items())))
        print("   channels:", dict(sorted(s["channels"].items())))
        print("   langs:", dict(sorted(s["langs"].items())))
    if errs:
        for e in errs[:80]:
            print("FAIL:", e)
        print("%d failures; nothing written" % len(errs))
        return 1
    if args.dry:
        print("checks passed (dry run, nothing written)")
        return 0
    for h in HALVES:
        with open(os.path.join(args.out, "%s.jsonl" % h), "w", encoding="utf-8") as f:
            for r in sorted(allrecs[h], key=lambda r: r["id"]):
                out = {k: r[k] for k in ("id", "channel", "lang", "visibility", "text", "spans", "negatives")}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
    write_readme(os.path.join(args.out, "README.md"), args.seed, st, len(tpls))
    print("checks passed; wrote dev.jsonl, heldout.jsonl, README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
