"""Dealing of pools to halves, the per-message context and the renderer."""
import string

import core
from core import SPAN_TYPES, NEG_KINDS, CorpusError
import lexicon as LX

MARKET = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}
PACK_OF = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
SHARED_DOMAINS = {"gmail.com", "hotmail.com", "outlook.com"}

PLAIN_SLOTS = {"name", "fullname", "surname", "agent", "brand", "city", "ssid", "weekday", "n", "relname",
               "what", "v", "w", "vm", "qname", "handle", "site", "agentfull", "signoff",
               "parent", "parentref"}

SPOKEN_OK = {"password", "pin", "puk", "otp", "wifi_key", "username", "card", "cvv", "iban", "bsn",
             "email", "phone", "customer_number"}


# --------------------------------------------------------------------------
# dealing
# --------------------------------------------------------------------------

class Dealer:
    """Deals every list alternately to half 0 / half 1.  A string that was
    already dealt (in another list) keeps its half, so no string is in both."""

    def __init__(self):
        self.assign = {}

    def deal(self, items, label, key=None):
        out = ([], [])
        fresh = []
        for i, it in enumerate(items):
            keyv = key(it) if key else (it if isinstance(it, str) else repr(it))
            if keyv == "{v}":
                # a bare answer carries no phrasing; both halves need it
                out[0].append((i, it))
                out[1].append((i, it))
            elif keyv in self.assign:
                out[self.assign[keyv]].append((i, it))
            else:
                fresh.append((i, it, keyv))
        nxt = 0
        for i, it, keyv in fresh:
            if len(out[0]) != len(out[1]):
                h = 0 if len(out[0]) < len(out[1]) else 1
            else:
                h = nxt
                nxt = 1 - nxt
            self.assign[keyv] = h
            out[h].append((i, it))
        if not out[0] or not out[1]:
            raise CorpusError("pool %s cannot be dealt to both halves (%d items)" % (label, len(items)))
        out[0].sort()
        out[1].sort()
        return out


class World:
    """Everything one half may use."""

    def __init__(self, half, packs):
        self.half = half
        d = Dealer()
        self.pools = {}        # (pack, key) -> [(pid, text)]
        for pname in sorted(packs):
            P = packs[pname]
            for key in sorted(P):
                items = P[key]
                if isinstance(items, dict):
                    continue
                dealt = d.deal(items, "%s:%s" % (pname, key))
                self.pools[(pname, key)] = [("%s:%s:%d" % (pname, key, i), t) for i, t in dealt[half]]
        self.nouns = {}
        for pname in sorted(packs):
            for typ, items in sorted(packs[pname].get("NOUNS", {}).items()):
                dealt = d.deal(items, "%s:noun:%s" % (pname, typ))
                self.nouns[(pname, typ)] = [t for _, t in dealt[half]]
        self.first = {l: [x for _, x in d.deal(LX.FIRST[l], "first" + l)[half]] for l in core.LANGS}
        self.last = {l: [x for _, x in d.deal(LX.LAST[l], "last" + l)[half]] for l in core.LANGS}
        self.agents = {l: [x for _, x in d.deal(LX.AGENTS[l], "agent" + l)[half]] for l in core.LANGS}
        self.streets = {l: [x for _, x in d.deal(LX.STREETS[l], "street" + l)[half]] for l in core.LANGS}
        self.cities = {l: [x for _, x in d.deal(LX.CITIES[l], "city" + l, key=lambda c: c[0])[half]] for l in core.LANGS}
        self.brands = {}
        for m in sorted(LX.BRANDS):
            for cat in sorted(LX.BRANDS[m]):
                self.brands[(m, cat)] = [x for _, x in d.deal(LX.BRANDS[m][cat], "brand" + m + cat, key=lambda b: b[0])[half]]
        self.domains = {}
        for l in core.LANGS:
            rest = [x for x in LX.DOMAINS[l] if x not in SHARED_DOMAINS]
            self.domains[l] = sorted(SHARED_DOMAINS & set(LX.DOMAINS[l])) + [x for _, x in d.deal(rest, "dom" + l)[half]]
        self.hashtags = {l: [x for _, x in d.deal(LX.HASHTAGS[l], "tag" + l)[half]] for l in core.LANGS}
        self.ssids = [x for _, x in d.deal(LX.SSIDS, "ssid")[half]]
        self.packs = packs
        import compose
        self.formats = {}
        for fam in sorted(compose.FORMATS):
            self.formats[fam] = [x for _, x in d.deal(compose.FORMATS[fam], "fmt" + fam)[half]]
        self.agent_display = [x for _, x in d.deal(compose.AGENT_DISPLAY, "agentdisplay")[half]]


# --------------------------------------------------------------------------
# per-message context
# --------------------------------------------------------------------------

class Ctx:
    def __init__(self, world, rng, lang, cat="shop"):
        self.w = world
        self.rng = rng
        self.lang = lang
        self.pack = PACK_OF[lang]
        self.cat = cat
        self.ents = {}
        self.negvals = {}
        self.brandsel = {}
        self.cur = None
        self.dictate = False
        self.first = rng.choice(world.first[lang])
        self.lastn = rng.choice(world.last[lang])
        self.agent = rng.choice(world.agents[lang])
        self.agent_last = rng.choice(world.last[lang])
        self.relname = rng.choice([x for x in world.first[lang] if x != self.first])
        self.used = []
        self.owner_first = None
        self.parent = ("", "", "")
        self.qdate = None

    # ---------------- pools
    def pool(self, key):
        w, rng = self.w, self.rng
        if self.pack == "nlbe":
            own = w.pools.get(("nlbe", key))
            alt = w.pools.get(("nl", key))
            if own and (not alt or rng.random() < 0.78):
                return own
            if alt:
                return alt
            raise CorpusError("no pool %s for nl-be" % key)
        if self.pack == "en":
            sub = "gb" if self.lang == "en-gb" else "us"
            spec = w.pools.get(("en", key + "@" + sub))
            gen = w.pools.get(("en", key))
            if spec and (not gen or rng.random() < 0.6):
                return spec
            if gen:
                return gen
            raise CorpusError("no pool %s for %s" % (key, self.lang))
        p = w.pools.get((self.pack, key))
        if not p:
            raise CorpusError("no pool %s for %s" % (key, self.lang))
        return p

    def has(self, key):
        if self.pack == "nlbe":
            return ("nlbe", key) in self.w.pools or ("nl", key) in self.w.pools
        if self.pack == "en":
            return any(("en", k) in self.w.pools for k in (key, key + "@gb", key + "@us"))
        return (self.pack, key) in self.w.pools

    def pick(self, key):
        if key == "hashtags":
            return self.w.hashtags[self.lang]
        p = self.pool(key)
        # avoid repeating the same line inside one message when possible
        fresh = [x for x in p if x[0] not in self.used]
        it = self.rng.choice(fresh or p)
        self.used.append(it[0])
        return it

    def noun(self, typ):
        ns = None
        if self.pack == "nlbe" and ("nlbe", typ) in self.w.nouns and self.rng.random() < .75:
            ns = self.w.nouns[("nlbe", typ)]
        if ns is None:
            ns = self.w.nouns[("nl" if self.pack == "nlbe" else self.pack, typ)]
        return self.rng.choice(ns)

    def r(self, key, vtype=None, vkey="", **kw):
        pid, text = self.pick(key)
        return self.render(pid, text, vtype=vtype, vkey=vkey, **kw)

    # ---------------- brands / misc
    def brand_t(self, cat=None):
        cat = cat or self.cat
        if cat not in self.brandsel:
            m = "DEV" if cat == "dev" else MARKET[self.lang]
            self.brandsel[cat] = self.rng.choice(self.w.brands[(m, cat)])
        return self.brandsel[cat]

    def handle(self):
        return self.brand_t()[1]

    def url(self):
        name, handle, dom = self.brand_t()
        b = core.base_lang(self.lang)
        paths = {"nl": ["/inloggen", "/klantenservice", "/mijn-account", "/wachtwoord-vergeten", "/storingen", "/contact", "/retourneren", "/service/pincode"],
                 "fr": ["/aide", "/mon-compte", "/connexion", "/mot-de-passe-oublie", "/pannes", "/contact", "/retours", "/fr/support"],
                 "en": ["/help", "/account", "/login", "/reset-password", "/service-status", "/contact-us", "/returns", "/support/2fa"]}[b]
        if self.lang in ("nl-be",) and self.rng.random() < .3:
            paths = ["/nl/support", "/nl/mijn-account", "/nl/klantendienst"]
        k = self.rng.random()
        if k < .45:
            return "https://www.%s%s" % (dom, self.rng.choice(paths))
        if k < .7:
            return "%s%s" % (dom, self.rng.choice(paths))
        if k < .85:
            return "https://%s/%s" % (dom, self.rng.choice(["s/", "r/", "t/", "go/"]) + core.rand_alnum(self.rng, 6))
        return "www.%s" % dom

    # ---------------- entities
    def ent(self, typ, key=""):
        k = (typ, key)
        if k in self.ents:
            return self.ents[k]
        if key.endswith("_w"):
            base = self.ent(typ, key[:-2])
            e = self.wrong(typ, base)
        elif typ == "email" and key == "agent":
            e = {"local": core.slug(self.agent) + "." + core.slug(self.agent_last), "domain": self.brand_t()[2].replace("www.", "")}
        else:
            e = self.make(typ)
        self.ents[k] = e
        return e

    def make(self, typ):
        rng, lang = self.rng, self.lang
        if typ == "password":
            return core.gen_password(rng, lang, self.w.half)
        if typ == "pin":
            n = rng.choice([4] * 16 + [5] + [6] * 3)
            return core.rand_digits(rng, n, False)
        if typ == "puk":
            return core.rand_digits(rng, 8, False)
        if typ == "otp":
            k = rng.random()
            if k < .68:
                return core.rand_digits(rng, 6, False)
            if k < .76:
                return core.rand_digits(rng, 4, False)
            if k < .83:
                return core.rand_digits(rng, 8, False)
            if k < .88:
                return core.rand_digits(rng, 5, False)
            return core.rand_alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if typ == "wifi_key":
            return core.gen_wifi(rng)
        if typ == "username":
            return core.gen_username(rng, self.owner_first or self.first, self.lastn)
        if typ == "api_key":
            return core.gen_api_key(rng)
        if typ == "token":
            return core.gen_token(rng)
        if typ == "card":
            if self.lang in ("nl-be", "fr-be") and rng.random() < .22:
                return core.gen_card(rng, "bancontact")
            return core.gen_card(rng)
        if typ == "cvv":
            card = self.ents.get(("card", ""))
            n = 4 if card and card["brand"] == "amex" else 3
            return core.rand_digits(rng, n, False)
        if typ == "card_expiry":
            return {"m": rng.randint(1, 12), "y": rng.randint(2025, 2031)}
        if typ == "iban":
            cc = {"nl": ["NL"] * 9 + ["BE"], "nl-be": ["BE"] * 9 + ["NL"], "fr-be": ["BE"] * 8 + ["FR", "LU"],
                  "en-gb": ["GB"] * 7 + ["NL", "DE", "BE"], "en-us": ["DE", "NL", "FR", "GB", "BE"]}[lang]
            return core.gen_iban(rng, rng.choice(cc))
        if typ == "bsn":
            if lang == "nl" or (lang.startswith("en") and rng.random() < .5):
                return {"kind": "bsn", "num": core.gen_bsn(rng)}
            dob = self.ents.get(("date_of_birth", ""))
            if dob:
                return {"kind": "rrn", "num": core.gen_rrn(rng, dob["y"], dob["m"], dob["d"])}
            return {"kind": "rrn", "num": core.gen_rrn(rng)}
        if typ == "email":
            return self.make_email(self.owner_first or self.first, self.lastn)
        if typ == "phone":
            return core.gen_phone(rng, lang)
        if typ == "address":
            return core.gen_address(rng, lang, {"streets": self.w.streets, "cities": self.w.cities})
        if typ == "date_of_birth":
            return {"y": rng.choice([rng.randint(1936, 1960), rng.randint(1955, 2006), rng.randint(1970, 2000)]),
                    "m": rng.randint(1, 12), "d": rng.randint(1, 28)}
        if typ == "ip_address":
            return core.gen_ip(rng)
        if typ == "customer_number":
            return core.gen_customer_number(rng, lang)
        raise CorpusError(typ)

    def make_email(self, first, last):
        rng = self.rng
        f, l = core.slug(first), core.slug(last)
        k = rng.choice(["f.l", "fl", "f.l", "fl_n", "f_l", "fi.l", "nick", "lf", "f.ln", "f-l"])
        n = str(rng.choice([rng.randint(1, 99), rng.randint(1950, 2008)]))
        local = {"f.l": f + "." + l, "fl": f + l, "fl_n": f + l + n, "f_l": f + "_" + l, "fi.l": f[0] + "." + l,
                 "nick": f + n, "lf": l + "." + f, "f.ln": f + "." + l + n, "f-l": f + "-" + l}[k]
        return {"local": local, "domain": rng.choice(self.w.domains[self.lang])}

    def wrong(self, typ, base):
        rng = self.rng
        def swap(s):
            idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
            if not idx:
                return s[:-1] + ("1" if s[-1] != "1" else "2")
            i = rng.choice(idx)
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if typ in ("card", "iban", "bsn", "otp", "api_key", "token"):
            return self.make(typ)
        if typ in ("pin", "puk", "cvv", "customer_number"):
            return swap(base)
        if typ == "password":
            if any(c.isalpha() for c in base):
                i = next(i for i, c in enumerate(base) if c.isalpha())
                return base[:i] + base[i].swapcase() + base[i + 1:]
            return swap(base)
        if typ in ("wifi_key", "username"):
            if len(base) > 6:
                i = rng.randrange(1, len(base) - 1)
                return base[:i] + base[i + 1:]
            return base + "1"
        if typ == "email":
            d = base["domain"]
            typo = {"gmail.com": "gmial.com", "hotmail.com": "hotmal.com", "outlook.com": "outlok.com"}.get(d, d.replace(".", "", 1) if d.count(".") > 1 else d[:-1])
            return {"local": base["local"], "domain": typo}
        if typ == "phone":
            return {"cc": base["cc"], "nat": base["nat"][0] + swap(base["nat"][1:])}
        if typ == "address":
            e = dict(base)
            e["nr"] = str(int("".join(c for c in base["nr"] if c.isdigit()) or "1") + rng.choice([1, 2, 10]))
            return e
        if typ == "date_of_birth":
            return {"y": base["y"], "m": base["d"] if base["d"] <= 12 else base["m"], "d": base["m"] if base["d"] <= 12 else base["d"] - 1}
        if typ == "card_expiry":
            return {"m": base["m"] % 12 + 1, "y": base["y"]}
        if typ == "ip_address":
            parts = base.split(".")
            if len(parts) == 4:
                parts[-1] = str((int(parts[-1]) + 7) % 254 + 1)
                return ".".join(parts)
            return base[:-1] + "f"
        return self.make(typ)

    # ---------------- formatting
    def fmt(self, typ, e, style):
        rng, lang = self.rng, self.lang
        if style is None and self.dictate and typ in SPOKEN_OK and rng.random() < .85:
            style = "spoken"
        if typ in ("password", "wifi_key", "username"):
            if style == "spoken":
                return core.dictate_string(e, lang, rng)
            return e
        if typ in ("api_key", "token", "ip_address"):
            return e
        if typ in ("pin", "puk", "cvv", "otp"):
            if style == "spoken":
                if e.isdigit():
                    return core.spell_digits(e, lang, rng)
                return core.dictate_string(e, lang, rng)
            if style == "spaced":
                return " ".join(e)
            if style == "plain":
                return e
            r = rng.random()
            if typ == "otp" and e.isdigit() and len(e) == 6 and r < .25:
                return rng.choice(["%s %s", "%s-%s", "%s %s"]) % (e[:3], e[3:])
            if typ == "otp" and e.isdigit() and r > .96:
                return rng.choice(["G-", "T-"]) + e
            if typ == "puk" and r < .3:
                return e[:4] + " " + e[4:]
            if typ == "pin" and r < .05:
                return " ".join(e)
            return e
        if typ == "card":
            if style == "spoken":
                n = e["num"]
                return ", ".join(core.spell_digits(n[i:i + 4], lang, rng).replace(",", "") for i in range(0, len(n), 4))
            return core.fmt_card(e, rng, style)
        if typ == "iban":
            if style == "spoken":
                return "%s %s %s" % (e[0], e[1], core.spell_digits(e[2:4], lang, rng)) + " " + " ".join(
                    (ch if ch.isalpha() else core.DIGIT_WORDS[core.base_lang(lang)][int(ch)]) for ch in e[4:])
            return core.fmt_iban(e, rng, style)
        if typ == "bsn":
            if style == "spoken":
                return core.spell_digits(e["num"], lang, rng)
            return core.fmt_bsn(e, rng, style)
        if typ == "card_expiry":
            return core.fmt_expiry(e, lang, rng, style)
        if typ == "email":
            return core.fmt_email(e, lang, rng, style)
        if typ == "phone":
            return core.fmt_phone(e, lang, rng, style)
        if typ == "address":
            return core.fmt_address(e, lang, rng, style)
        if typ == "date_of_birth":
            d = (e["y"], e["m"], e["d"])
            if style == "words":
                b = core.base_lang(lang)
                if lang == "en-us":
                    return "%s %d, %d" % (core.MONTHS["en"][e["m"] - 1], e["d"], e["y"])
                return "%d %s %d" % (e["d"], core.MONTHS[b][e["m"] - 1], e["y"])
            return core.fmt_date(d, lang, rng, style)
        if typ == "customer_number":
            if style == "spoken" and e.isdigit():
                return core.spell_digits(e, lang, rng)
            if style == "spaced" and e.isdigit():
                return core.group(e, [3, 3, 3, 3] if len(e) % 3 == 0 else [4, 4, 4])
            return e
        raise CorpusError(typ)

    def mask(self, typ, e):
        """Returns (text, is_partial)."""
        rng = self.rng
        if typ == "card":
            n = e["num"]
            return rng.choice(["**** **** **** %s", "XXXX-XXXX-XXXX-%s", "•••• %s", "****%s", "**** %s"]) % n[-4:], True
        if typ == "iban":
            return rng.choice([e[:2] + "** **** **** **" + e[-2:], e[:4] + " **** **** " + e[-4:], e[:2] + "**" + "*" * 8 + e[-4:],
                               "%s•• •••• •••• %s" % (e[:2], e[-4:])]), True
        if typ == "phone":
            return core.mask_phone(e, rng), True
        if typ == "email":
            return core.mask_email(e, rng), True
        if typ == "customer_number":
            return "*" * (len(e) - 3) + e[-3:], True
        if typ == "bsn":
            return "*****" + e["num"][-4:], True
        if typ in ("api_key", "token"):
            return e[:8] + "…" + e[-4:] if len(e) > 20 else "****", len(e) > 20
        if typ == "card_expiry":
            return "**/**", False
        if typ == "address":
            return "%s ***" % e["street"], True
        if typ == "date_of_birth":
            return "**-**-%d" % e["y"], True
        return rng.choice(["****", "******", "••••••", "********"]), False

    # ---------------- rendering
    def render(self, pid, text, vtype=None, vkey="", **kw):
        segs = []
        pos = 0
        for m in core.SLOT.finditer(text):
            if m.start() > pos:
                segs.append((text[pos:m.start()], None))
            pos = m.end()
            tok = m.group(0)
            if tok == "{{":
                segs.append(("{", None))
                continue
            if tok == "}}":
                segs.append(("}", None))
                continue
            name, style, key = m.group(1), m.group(2), m.group(3) or ""
            if name in ("v", "w", "vm"):
                if vtype is None:
                    raise CorpusError("%s: {%s} without value type" % (pid, name))
                typ = vtype
                k = vkey + key
                if name == "w":
                    k = k + "_w"
                if name == "vm":
                    style = "mask"
                name = typ
                key = k
            if name in SPAN_TYPES:
                e = self.ent(name, key)
                if style in ("mask", "last4"):
                    if style == "last4":
                        txt, partial = (e["num"][-4:] if name == "card" else self.mask(name, e)[0]), True
                    else:
                        txt, partial = self.mask(name, e)
                    if partial:
                        segs.append((txt, ("neg", "masked_value", pid)))
                    else:
                        segs.append((txt, None))
                    continue
                txt = self.fmt(name, e, style)
                if "\n" in txt:
                    segs.append((txt, ("span", name, pid)))
                else:
                    segs.append((txt, ("span", name, pid)))
                continue
            if name in NEG_KINDS:
                nk = (name, key, style)
                if nk not in self.negvals:
                    if name == "date" and style == "full":
                        q = self.quote_date()
                        self.negvals[nk] = core.fmt_date((q.year, q.month, q.day), self.lang, self.rng)
                    elif name == "time" and style == "hm":
                        h, mi = self.rng.randint(7, 22), self.rng.randint(0, 59)
                        if self.lang == "en-us":
                            self.negvals[nk] = "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "PM" if h >= 12 else "AM")
                        else:
                            self.negvals[nk] = "%02d:%02d" % (h, mi)
                    elif name == "time" and style in ("open", "close"):
                        h = self.rng.choice([8, 8, 9, 7]) if style == "open" else self.rng.choice([17, 18, 20, 21, 22])
                        mi = self.rng.choice([0, 0, 0, 30])
                        if self.lang == "en-us":
                            self.negvals[nk] = "%d%s%s" % ((h - 1) % 12 + 1, (":%02d" % mi) if mi else "", "am" if h < 12 else "pm")
                        elif self.lang == "nl-be":
                            self.negvals[nk] = self.rng.choice(["%du" % h if not mi else "%du%02d" % (h, mi), "%02d:%02d" % (h, mi)])
                        elif self.lang == "fr-be":
                            self.negvals[nk] = "%dh" % h if not mi else "%dh%02d" % (h, mi)
                        else:
                            self.negvals[nk] = "%d:%02d" % (h, mi)
                    else:
                        self.negvals[nk] = core.gen_neg(name, self.lang, self.rng, self)
                segs.append((self.negvals[nk], ("neg", name, pid)))
                continue
            if name in PLAIN_SLOTS:
                txt = self.plain_fill(name, style, kw)
                if m.start() == 0 and txt:
                    txt = txt[0].upper() + txt[1:]
                segs.append((txt, None))
                continue
            raise CorpusError("%s: unknown slot {%s}" % (pid, name))
        if pos < len(text):
            segs.append((text[pos:], None))
        return segs

    def quote_date(self):
        if self.qdate is None:
            import datetime
            self.qdate = datetime.date(self.rng.choice([2024, 2025]), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return self.qdate

    def plain_fill(self, name, style, kw):
        rng = self.rng
        if name in kw:
            return kw[name]
        if name == "name":
            return self.first
        if name == "fullname":
            return "%s %s" % (self.first, self.lastn)
        if name == "surname":
            return self.lastn
        if name == "agent":
            return self.agent
        if name == "agentfull":
            return "%s %s" % (self.agent, self.agent_last)
        if name == "brand":
            return self.brand_t(style)[0]
        if name == "handle":
            return self.brand_t(style)[1]
        if name == "site":
            return self.brand_t(style)[2]
        if name == "city":
            return rng.choice(self.w.cities[self.lang])[0]
        if name == "ssid":
            return rng.choice(self.w.ssids)
        if name == "weekday":
            return core.WEEKDAYS[core.base_lang(self.lang)][self.quote_date().weekday()]
        if name == "parent":
            return self.parent[1]
        if name == "parentref":
            return self.parent[2]
        if name == "n":
            return str(rng.randint(2, 6))
        if name == "relname":
            return self.relname
        if name == "what":
            return self.noun(kw.get("_type") or "password")
        if name == "qname":
            return self.agent
        if name == "signoff":
            return self.first
        raise CorpusError("plain slot " + name)


# --------------------------------------------------------------------------
# register transforms on plain text (never on values)
# --------------------------------------------------------------------------

NEIGH = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                              ["wa", "qe", "wr", "et", "ry", "tu", "yi", "uo", "ip", "o", "qs", "ad", "sf", "dg", "fh",
                               "gj", "hk", "jl", "k", "zx", "xc", "cv", "vb", "bn", "nm", "m"])}


def typo_word(w, rng):
    if len(w) < 4 or not w.isalpha():
        return w
    k = rng.random()
    i = rng.randrange(1, len(w) - 1)
    if k < .3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k < .55:
        return w[:i] + w[i + 1:]
    if k < .75:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in NEIGH:
        return w[:i] + rng.choice(NEIGH[c]) + w[i + 1:]
    return w


AUTOCORRECT = {
    "nl": {"wachtwoord": "wachtwoorden", "inloggen": "in loggen", "klantnummer": "klant nummer", "pincode": "pincodes",
           "gebruikersnaam": "gebruikers naam", "modem": "modern", "code": "coda", "mail": "mal", "gsm": "gem", "puk": "pak"},
    "fr": {"code": "côte", "modem": "moderne", "compte": "conte", "mail": "mai", "identifiant": "identifiants", "gsm": "gms",
           "colis": "coli", "facture": "fracture"},
    "en": {"password": "passport", "wifi": "wife", "code": "cod", "puk": "puck", "router": "rooter", "account": "accounts",
           "login": "logon", "parcel": "parcels", "sim": "Sim"},
}


def add_typos(text, rng, rate, lang=None):
    ac = AUTOCORRECT.get(core.base_lang(lang), {}) if lang else {}
    out = []
    for tok in text.split(" "):
        low = tok.lower()
        if low in ac and rng.random() < .3:
            tok = ac[low]
        elif rate > 0 and rng.random() < rate:
            tok = typo_word(tok, rng)
        out.append(tok)
    return " ".join(out)


def strip_punct(text):
    return text.replace(". ", " ").replace(", ", " ").replace("?", "").rstrip(".")


def register(segs, rng, style, lang=None):
    """style: None | 'typos' | 'lower' | 'upper' | 'sloppy' """
    if style is None:
        return segs
    if style == "typos":
        return core.transform_plain(segs, lambda t: add_typos(t, rng, .07, lang))
    if style == "lower":
        return core.transform_plain(segs, lambda t: add_typos(t.lower(), rng, .04, lang))
    if style == "sloppy":
        return core.transform_plain(segs, lambda t: add_typos(strip_punct(t.lower()), rng, .09, lang))
    if style == "upper":
        out = []
        for t, lab in segs:
            if lab is None:
                out.append((t.upper(), None))
            elif lab[0] == "span" and lab[1] in ("email", "address") and "ß" not in t:
                out.append((t.upper(), lab))
            else:
                out.append((t, lab))
        return out
    raise CorpusError(style)
