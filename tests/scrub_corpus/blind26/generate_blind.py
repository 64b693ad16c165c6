#!/usr/bin/env python3
"""Blind corpus generator for tests/scrub_corpus/blind26.

    python3 generate_blind.py --seed 20261224          # writes dev.jsonl + heldout.jsonl
    python3 generate_blind.py --seed 20261224 --stats  # also prints the README count tables

Standard library only.  See README.md for conventions.
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

import values as V  # noqa: E402
from core import Engine, Seg, assemble, quote, typo, recase, self_check  # noqa: E402
from phrases import POOLS  # noqa: E402
import tpl_nl  # noqa: E402
import tpl_fr  # noqa: E402
import tpl_en  # noqa: E402

PREFIX = "B26"
N_PER_HALF = 960
LANG_W = {"nl": 30, "nl-be": 15, "fr-be": 20, "en-gb": 17.5, "en-us": 17.5}
PUBLIC = ("x_public", "instagram_comment", "facebook_comment")
CHANNEL_W = {"whatsapp": 14, "messenger": 9, "telegram": 6, "instagram_dm": 10, "x_dm": 9,
             "x_public": 8, "instagram_comment": 5, "facebook_comment": 5, "agent_reply": 9, "email": 25}
TOPIC_W = {"pw": 12, "otp": 10, "notifw": 7, "pin": 10, "puk": 5, "wifi": 6, "router": 4, "user": 7, "dev": 5,
           "card": 9, "iban": 6, "id": 7, "contact": 8, "ip": 3, "klant": 6, "dump": 6, "neg": 12, "none": 6,
           "bare": 5}
TOPIC_SECTOR = {"pw": "s", "otp": "w", "notifw": "w", "pin": "t", "puk": "t", "wifi": "t", "router": "t",
                "user": "g", "dev": "w", "card": "w", "iban": "t", "id": "t", "contact": "d", "ip": "g",
                "klant": "t", "dump": "s", "neg": "d", "none": "t", "bare": "t",
                "money": "w", "formal_neg": "d"}
FORMAL_TOPICS = {"pw": 3, "otp": 3, "money": 3, "contact": 3, "id": 2, "wifi": 2, "neg": 3, "dev": 1}
BE_ONLY = {"id"}   # nl-be never uses the Dutch BSN templates


# ---------------------------------------------------------------- extra template groups (all families)

EXTRA = {}
EXTRA["nl:chat:bare"] = r"""
{otp}
{pin}
oke {klant}
{dob}
dit: {pw}
{otp} 👍
hier {puk}
{mail}
"""
EXTRA["vl:chat:bare"] = r"""
{otp}
{pin} merci
ja {klant}
{dob}
"""
EXTRA["fr:chat:bare"] = r"""
{otp}
voilà {pin}
{klant}
{dob} voilà
ok {puk}
{pw}
"""
EXTRA["en:chat:bare"] = r"""
{otp}
{pin}
ok {klant}
{dob}
here: {pw}
{otp} 👍
it's {puk}
{mail}
"""
EXTRA["nl:sig"] = r"""
{name}
{name}\n{adr_ml}\n{tel}
{name}\nTel: {tel}\n{mail}
{fn}\n\nVerstuurd vanaf mijn iPhone
-- \n{name}\nMobiel: {tel}
{name}\n{adr_ml}
"""
EXTRA["vl:sig"] = r"""
{name}
{name}\n{adr_ml}\nGSM: {tel}
{name}\n{mail}
{fn}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone
"""
EXTRA["fr:sig"] = r"""
{name}
{name}\n{adr_ml}\nGSM : {tel}
{name}\nTél. {tel}\n{mail}
{fn}\n\nEnvoyé de mon iPhone
-- \n{name}\n{tel}
{name}\n{adr_ml}
"""
EXTRA["en:sig"] = r"""
{name}
{name}\n{adr_ml}\n{tel}
{name}\nMob: {tel}\n{mail}
{fn}\n\nSent from my iPhone
-- \n{name}\n{tel}
{name}\n{adr_ml}
"""

DUMP_INTRO = {
    "nl": ["mijn gegevens:", "hier alles:", "account info", "gegevens van mijn account 👇", "zie hieronder", "copy paste uit mn notities:"],
    "vl": ["mijn gegevens:", "alles hieronder", "hier mijn info:", "voila:"],
    "fr": ["mes infos:", "voilà tout:", "infos du compte 👇", "copié de mes notes:", "mes coordonnées :", "ci-dessous"],
    "en": ["my details:", "here's everything:", "account info", "details below 👇", "copied from my notes app:", "info:"],
}
DUMP_LABELS = {
    "user": {"nl": ["Gebruikersnaam", "username", "user", "Inlognaam", "login", "gamertag"], "vl": ["Gebruikersnaam", "login", "user", "Username"],
             "fr": ["pseudo", "identifiant", "Login", "Nom d'utilisateur", "ID"], "en": ["Username", "user", "gamertag", "Login", "ID", "handle"]},
    "pw": {"nl": ["Wachtwoord", "ww", "pw", "wachtwrd", "passw", "Password"], "vl": ["paswoord", "Paswoord", "pw", "ww"],
           "fr": ["mdp", "Mot de passe", "MDP", "pw", "password"], "en": ["Password", "pw", "pwd", "pass", "passw", "PW"]},
    "mail": {"nl": ["E-mail", "mail", "e-mailadres", "Email"], "vl": ["E-mail", "mail", "Mailadres"],
             "fr": ["Adresse mail", "mail", "E-mail", "courriel"], "en": ["Email", "email address", "Mail", "e-mail"]},
    "tel": {"nl": ["Tel", "Telefoon", "Mobiel", "tel nr"], "vl": ["GSM", "gsm nr", "Tel"],
            "fr": ["Tél", "GSM", "Numéro", "portable"], "en": ["Phone", "mobile", "Mob", "tel"]},
    "adr": {"nl": ["Adres", "adres", "Woonadres", "Bezorgadres"], "vl": ["Adres", "Domicilie", "adres"],
            "fr": ["Adresse", "adresse", "Domicile", "Adresse de livraison"], "en": ["Address", "Home address", "addr", "Delivery address"]},
    "dob": {"nl": ["Geboortedatum", "geb. datum", "Geb datum", "DOB"], "vl": ["Geboortedatum", "geboren", "geb."],
            "fr": ["Date de naissance", "né le", "DDN", "naissance"], "en": ["DOB", "Birthday", "date of birth", "D.O.B."]},
    "klant": {"nl": ["Klantnummer", "klantnr", "lidnummer", "Abonnementsnr"], "vl": ["Klantennummer", "klantnr", "Klant nr"],
              "fr": ["N° client", "numéro client", "Client", "n° abonné"], "en": ["Account no", "Customer number", "acct", "Member ID"]},
    "pin": {"nl": ["PIN", "pincode", "sim pin", "Pin"], "vl": ["Pincode", "pinkode", "PIN"],
            "fr": ["code pin", "Code PIN", "PIN", "code"], "en": ["PIN", "pin code", "Pin", "sim pin"]},
    "iban": {"nl": ["IBAN", "Rekeningnummer", "rek nr", "Bank"], "vl": ["IBAN", "Rekeningnr", "rekening"],
             "fr": ["IBAN", "Compte", "N° de compte", "compte bancaire"], "en": ["IBAN", "Bank", "Bank account", "iban"]},
    "otp": {"nl": ["2FA", "Code", "vcode", "sms code"], "vl": ["Code", "sms-code", "2FA"],
            "fr": ["code de vérif", "Code", "OTP", "code sms"], "en": ["2FA", "Code", "OTP", "backup code"]},
    "order": {"nl": ["Bestelnummer", "Ordernr", "Order"], "vl": ["Bestelnummer", "Bestelling", "Order nr"],
              "fr": ["Commande", "N° de commande", "Order"], "en": ["Order", "order no", "Order #"]},
}
DUMP_FIELD = {"user": ("user", "username"), "pw": ("pw", "password"), "mail": ("mail", "email"), "tel": ("tel", "phone"),
              "adr": ("adr", "address"), "dob": ("dob", "date_of_birth"), "klant": ("klant", "customer_number"),
              "pin": ("pin", "pin"), "iban": ("iban", "iban"), "otp": ("otp", "otp"), "order": ("n_order", None)}
BULLETS = ["- ", "• ", "* ", "", "▪️ ", "> ", "-", "→ "]
SEPS = [": ", ":", " - ", " = ", " : ", ":  "]

ROUTER_INTRO = {
    "nl": ["dit staat op de sticker van mn router:", "achterkant modem:", "overgetypt van het kastje:", "van de sticker onder de router 👇"],
    "vl": ["dit staat op de sticker van de modem:", "achteraan op het kastje staat:", "van de sticker:", "overgetypt van de modem:"],
    "fr": ["voilà ce qui est écrit sous la box :", "sur l'étiquette du modem:", "recopié de l'autocollant:", "derrière le routeur ça dit :"],
    "en": ["this is what's on the back of the router:", "sticker on the hub says:", "copied off the router label:", "from the sticker underneath 👇"],
}
ROUTER_OUTRO = {
    "nl": ["maar de wifi doet het niet", "klopt dit?", "internet doet niks", "wat moet ik invullen?"],
    "vl": ["en het werkt nie", "is da juist?", "wa nu?", "nog altijd geen internet"],
    "fr": ["mais ça marche pas", "c'est bon ça?", "toujours pas de wifi", "je mets quoi?"],
    "en": ["still no wifi", "is that right?", "what do i put in?", "nothing works"],
}
ROUTER_LABELS = {
    "ssid": ["SSID", "Network name", "Netwerknaam", "Nom du réseau (SSID)", "WiFi-naam", "Wi-Fi Name", "SSID 2.4G", "Network"],
    "key": ["WPA key", "Wireless key", "Netwerksleutel", "Clé WPA", "Wi-Fi Key", "WLAN key", "Key", "Wifi password", "Sleutel", "Clé de sécurité"],
    "admin": ["Admin password", "Router password", "Mot de passe admin", "Admin pw", "Wachtwoord beheer", "Device password", "Admin key", "Password (admin)"],
    "serial": ["S/N", "Serial No.", "SN", "Serienummer", "N° de série", "Serial"],
    "mac": ["MAC", "MAC address", "WAN MAC", "Adresse MAC", "HW addr", "MAC-adres"],
    "model": ["Model", "Type", "Modèle", "Model No.", "Product", "Modelnummer"],
    "url": ["Gateway", "Web interface", "Config", "Login at", "Beheer", "Interface"],
}


def parse_groups():
    groups = {}
    for mod in (tpl_nl.T, tpl_fr.T, tpl_en.T, EXTRA):
        for name, block in mod.items():
            lines = [ln for ln in block.strip("\n").split("\n") if ln.strip()]
            assert len(lines) >= 2, name
            assert name not in groups, name
            groups[name] = [ln.replace("\\n", "\n") for ln in lines]
    return groups


def deal(seed):
    """Deal every group and pool alternately into two halves.  Returns (tpl_halves, pool_halves)."""
    rnd = random.Random(seed)
    groups = parse_groups()
    th = [{}, {}]
    for name in sorted(groups):
        items = list(enumerate(groups[name]))
        rnd.shuffle(items)
        for h in (0, 1):
            th[h][name] = [(name + "#%d" % i, t) for i, t in items[h::2]]
    owner = {}
    ph = [{}, {}]
    pools = dict(POOLS)
    for fam, lst in DUMP_INTRO.items():
        pools["dump_intro_" + fam] = lst
    for fam, lst in ROUTER_INTRO.items():
        pools["router_intro_" + fam] = lst
    for fam, lst in ROUTER_OUTRO.items():
        pools["router_outro_" + fam] = lst
    for k, d in DUMP_LABELS.items():
        pools["dumplab_" + k] = sorted({x for lst in d.values() for x in lst})
    for k, lst in ROUTER_LABELS.items():
        pools["routerlab_" + k] = lst
    pools["bullets"] = BULLETS
    pools["seps"] = SEPS
    for name in sorted(pools):
        items = list(pools[name])
        rnd.shuffle(items)
        out = ([], [])
        turn = 0
        for it in items:
            key = repr(it)
            if key in owner:
                out[owner[key]].append(it)
                continue
            owner[key] = turn
            out[turn].append(it)
            turn = 1 - turn
        for h in (0, 1):
            assert out[h], (name, h)
            ph[h][name] = out[h]
    return th, ph


# ---------------------------------------------------------------- fillers

def _plain(fn):
    return (None, fn)


def _brand(sector):
    def f(c):
        if c.memo.get("_brand_sector") == sector:
            return c.memo["_brand"]
        mk = "brand_%s_%s" % (sector, "nl" if c.lang == "nl" else "be" if c.be else "gb" if c.lang == "en-gb" else "us")
        b = c.pick(mk if mk in c.P else "brand_" + sector)
        if "_brand" not in c.memo:
            c.memo["_brand"] = b
            c.memo["_brand_sector"] = sector
        return b
    return f


def _any_brand(c):
    return _brand(c.sector or "t")(c)


def _ssid(c):
    r = c.rng
    if r.random() < 0.7:
        return c.pick("ssid_pre") + V.rs(r, "0123456789ABCDEF", r.choice([4, 5, 6]))
    return c.pick("ssid_custom")


def _name(c):
    if "fn" not in c.memo:
        c.memo["fn"] = c.pick("fn_" + c.fam)
    return c.memo["fn"] + " " + c.pick("ln_" + c.fam)


def _fn(c):
    return c.pick("fn_" + c.fam)


def _agent(c):
    return c.pick("agent_" + c.fam)


def _ini(c):
    a = c.memo.get("agent") or _agent(c)
    return a[0].upper() + c.rng.choice("BDKLMRSTVW")


@V.fresh
def _emo(c):
    return c.pick("emo")


def _cue(kind):
    return lambda c: c.pick("c_%s_%s" % (kind, c.fam))


FILLERS = {
    "pw": (("span", "password"), V.password), "pw2": (("span", "password"), V.password),
    "pin": (("span", "pin"), V.pin), "pin2": (("span", "pin"), V.pin), "pin_sp": (("span", "pin"), V.pin_spelled),
    "pin_swap": (("span", "pin"), V.pin_swap), "puk": (("span", "puk"), V.puk),
    "otp": (("span", "otp"), V.otp), "otp2": (("span", "otp"), V.otp), "otp_sp": (("span", "otp"), V.otp_spelled),
    "wifi": (("span", "wifi_key"), V.wifi_key), "user": (("span", "username"), V.username),
    "user2": (("span", "username"), V.username), "api": (("span", "api_key"), V.api_key),
    "aws": (("span", "api_key"), V.aws_key), "awssec": (("span", "api_key"), V.aws_secret),
    "tok": (("span", "token"), V.token), "jwt": (("span", "token"), V.jwt),
    "card": (("span", "card"), V.card), "cvv": (("span", "cvv"), V.cvv), "exp": (("span", "card_expiry"), V.expiry),
    "iban": (("span", "iban"), V.iban), "bsn": (("span", "bsn"), V.natid), "dob": (("span", "date_of_birth"), V.dob),
    "mail": (("span", "email"), V.email), "mail_obf": (("span", "email"), V.email_obf),
    "tel": (("span", "phone"), V.phone), "tel_sp": (("span", "phone"), V.phone_spelled),
    "adr": (("span", "address"), V.address), "adr_ml": (("span", "address"), V.address_ml),
    "ip": (("span", "ip_address"), V.ip), "klant": (("span", "customer_number"), V.custnr),
    "n_amt": (("neg", "amount"), V.amount), "n_cphone": (("neg", "company_phone"), V.company_phone),
    "n_kvk": (("neg", "company_registration"), V.company_reg), "n_date": (("neg", "date"), V.date),
    "n_time": (("neg", "time"), V.time_), "n_year": (("neg", "year"), V.year),
    "n_err": (("neg", "error_code"), V.error_code), "n_flight": (("neg", "flight_number"), V.flight),
    "n_tag": (("neg", "hashtag"), V.hashtag), "n_at": (("neg", "mention"), V.mention),
    "n_inv": (("neg", "invoice_number"), V.invoice), "n_order": (("neg", "order_number"), V.order),
    "n_ticket": (("neg", "ticket_number"), V.ticket), "n_track": (("neg", "tracking_number"), V.tracking),
    "n_req": (("neg", "request_id"), V.request_id), "n_meter": (("neg", "meter_reading"), V.meter),
    "n_model": (("neg", "model_number"), V.model), "n_prod": (("neg", "product_code"), V.product),
    "n_ver": (("neg", "version_string"), V.version), "n_pct": (("neg", "percentage"), V.percentage),
    "n_qty": (("neg", "quantity"), V.quantity), "n_pcs": (("neg", "quantity"), V.pieces),
    "n_url": (("neg", "url"), V.url), "n_mask": (("neg", "masked_value"), V.masked),
    "n_maski": (("neg", "masked_value"), V.masked_iban), "n_maskm": (("neg", "masked_value"), V.masked_contact),
    "n_port": (("neg", "port"), V.port), "n_sum": (("neg", "checksum"), V.checksum),
    "name": _plain(_name), "fn": _plain(_fn), "agent": _plain(_agent), "ini": _plain(_ini),
    "brand_t": _plain(_brand("t")), "brand_s": _plain(_brand("s")), "brand_g": _plain(_brand("g")),
    "brand_w": _plain(_brand("w")), "brand_d": _plain(_brand("d")), "brand": _plain(_any_brand),
    "city": _plain(lambda c: (lambda x: x if isinstance(x, str) else x[0])(c.pick(
        {"nl": "city_nl", "vl": "city_be", "fr": "city_fr", "en": "city_gb" if c.lang == "en-gb" else "city_us"}[c.fam]))),
    "ssid": _plain(_ssid), "emo": _plain(_emo),
    "c_pw": _plain(_cue("pw")), "c_otp": _plain(_cue("otp")), "c_pin": _plain(_cue("pin")),
    "c_user": _plain(_cue("user")), "c_wifi": _plain(_cue("wifi")),
}


# ---------------------------------------------------------------- composition

class Half:
    def __init__(self, h, seed, th, ph):
        self.h = h
        self.rng = random.Random(seed * 2 + h)
        self.T = th[h]
        self.P = ph[h]
        self.engine = Engine(dict(FILLERS, notif=(None, self.notif)))
        self.used_tids = set()

    # -- template lookup
    def families(self, lang):
        return {"nl": ["nl"], "nl-be": ["vl", "nl"], "fr-be": ["fr"], "en-gb": ["en"], "en-us": ["en"]}[lang]

    def group(self, c, reg):
        fams = self.families(c.lang)
        topic = reg.split(":")[-1]
        opts = [f + ":" + reg for f in fams if (f + ":" + reg) in self.T]
        if c.lang == "nl-be" and topic in BE_ONLY and reg.startswith(("chat:", "formal:")):
            opts = [o for o in opts if o.startswith("vl:")]
        if not opts:
            return None
        if len(opts) > 1 and self.rng.random() < 0.45:
            return opts[1]
        return opts[0]

    def render(self, c, reg):
        g = self.group(c, reg)
        if g is None:
            return None
        tid, tpl = self.rng.choice(self.T[g])
        self.used_tids.add(tid)
        if c.sector is None or reg.split(":")[0] in ("chat", "formal", "public", "agent"):
            m = re.search(r"\{brand_([tsgwd])\}", tpl)
            if m and "_brand" not in c.memo:
                c.sector = m.group(1)
        return self.engine.render(tpl, tid, c)

    def notif(self, c):
        return self.render(c, "notif")

    # -- programmatic bodies
    def dump(self, c):
        r = self.rng
        tid = "dump"
        fields = ["user", "pw"] if r.random() < 0.7 else ["mail", "pw"]
        extra = ["mail", "tel", "adr", "dob", "klant", "pin", "iban", "otp", "order"]
        r.shuffle(extra)
        fields += [f for f in extra if f not in fields][:r.randint(1, 4)]
        r.shuffle(fields)
        bullet = r.choice(self.P["bullets"])
        sep = r.choice(self.P["seps"])
        intro = r.choice(self.P["dump_intro_" + c.fam])
        segs = [Seg(intro + r.choice(["\n", "\n\n", " "]))]
        for i, f in enumerate(fields):
            labs = self.P["dumplab_" + f]
            lab = r.choice([x for x in labs if x in DUMP_LABELS[f][c.fam]] or labs)
            slot, _ = DUMP_FIELD[f]
            if i:
                segs.append(Seg("\n"))
            segs.append(Seg(bullet + lab + sep, protected=True))
            segs.extend(self.engine.fill(slot, "dump:" + f + ":" + lab, c))
        self.used_tids.add("dump:" + intro)
        return segs

    def router(self, c):
        r = self.rng
        lab = lambda k: r.choice(self.P["routerlab_" + k])  # noqa: E731
        sep = r.choice([": ", ":", " "])
        lines = []
        order = ["model", "ssid", "key", "admin", "serial", "mac", "url"]
        keep = [k for k in order if k in ("ssid", "key") or r.random() < 0.55]
        segs = [Seg(r.choice(self.P["router_intro_" + c.fam]) + "\n")]
        for i, k in enumerate(keep):
            if i:
                segs.append(Seg("\n"))
            name = lab(k)
            tid = "router:" + k + ":" + name
            segs.append(Seg(name + sep, protected=True))
            if k == "ssid":
                segs.append(Seg(_ssid(c), protected=True))
            elif k == "key":
                segs.extend(self.engine.fill("wifi", tid, c))
            elif k == "admin":
                segs.extend(self.engine.fill("pw", tid, c))
            elif k == "serial":
                segs.append(Seg(V.rs(r, V.UP + V.DG, r.choice([12, 14, 16])), protected=True))
            elif k == "mac":
                segs.append(Seg(":".join(V.rs(r, "0123456789ABCDEF", 2) for _ in range(6)), protected=True))
            elif k == "model":
                segs.extend(self.engine.fill("n_model", tid, c))
            else:
                segs.append(Seg(r.choice(["http://", ""]), protected=True))
                segs.append(Seg("192.168." + r.choice(["1.1", "0.1", "178.1", "1.254"]), "neg", "url", tid))
        if r.random() < 0.6:
            segs.append(Seg("\n" + r.choice(self.P["router_outro_" + c.fam])))
        self.used_tids.add("router:" + segs[0].text.strip())
        return segs

    def chat_core(self, c, topic):
        if topic == "dump":
            return self.dump(c)
        if topic == "router":
            return self.router(c)
        segs = self.render(c, "chat:" + topic)
        if segs is None:
            segs = self.render(c, "chat:neg")
        return segs

    def pick_topic(self, exclude=()):
        ks = [k for k in TOPIC_W if k not in exclude]
        return self.rng.choices(ks, [TOPIC_W[k] for k in ks])[0]

    # -- messages
    def chat(self, c, channel):
        r = self.rng
        if channel in PUBLIC:
            segs = self.render(c, "public") if r.random() < 0.8 else self.chat_core(c, r.choice(["neg", "none", "otp", "contact"]))
            return segs
        if channel == "agent_reply":
            return self.render(c, "agent")
        topic = self.pick_topic()
        c.sector = TOPIC_SECTOR.get(topic)
        segs = self.chat_core(c, topic)
        if topic != "bare":
            if r.random() < 0.35:
                op = self.render(c, "open")
                segs = op + [Seg(r.choice([", ", " ", "\n", "! ", " - "]))] + segs
            if r.random() < 0.18:
                t2 = self.pick_topic(exclude=(topic, "bare", "dump", "router"))
                segs = segs + [Seg(r.choice(["\n", " ", "\n\n"]))] + self.chat_core(c, t2)
            if r.random() < 0.3:
                end = segs[-1].text[-1:] if segs and segs[-1].text else ""
                joins = [" ", "\n"] if end in ".?!" or not end.isalnum() else [" ", "\n", ". ", ", "]
                segs = segs + [Seg(r.choice(joins))] + self.render(c, "close")
            if r.random() < 0.12:
                segs = segs + [Seg(" " + c.pick("emo"))]
        return segs

    def email(self, c):
        r = self.rng
        c.sector = r.choice("tsgwd")
        parts = []
        if r.random() < 0.5:
            parts.append(self.render(c, "subj") + [Seg("\n\n")])
        parts.append(self.render(c, "greet") + [Seg("\n\n")])
        topics = []
        pool = dict(FORMAL_TOPICS)
        while pool:
            t = r.choices(list(pool), list(pool.values()))[0]
            topics.append(t)
            del pool[t]
        body = []
        n = r.choice([1, 2, 2, 3])
        for t in topics[:n]:
            body.append(self.render(c, "formal:" + t))
        if r.random() < 0.25:
            body.append(self.chat_core(c, self.pick_topic(exclude=("bare",))))
        tail = [Seg("\n\n")] + self.render(c, "bye") + [Seg("\n")] + self.render(c, "sig")
        extra = []
        x = r.random()
        if x < 0.45:
            qi = self.render(c, "qintro")
            ag = self.render(c, "agent")
            extra = [Seg("\n\n")] + quote(qi + [Seg("\n\n")] + ag)
        elif x < 0.6:
            extra = [Seg("\n\n")] + self.render(c, "fwd") + [Seg("\n\n")] + self.render(c, "notif")

        def total():
            return sum(len(s.text) for p in parts + body for s in p) + 2 * len(body) + \
                sum(len(s.text) for s in tail + extra)
        k = n
        while total() < 520 and k < len(topics):
            body.append(self.render(c, "formal:" + topics[k]))
            k += 1
        if total() > 2000 and extra:
            extra = []
        while total() > 2000 and len(body) > 1:
            body.pop()
        segs = []
        for p in parts:
            segs += p
        for i, b in enumerate(body):
            if i:
                segs.append(Seg("\n\n"))
            segs += b
        return segs + tail + extra

    def message(self, idx):
        r = self.rng
        lang = r.choices(list(LANG_W), list(LANG_W.values()))[0]
        channel = r.choices(list(CHANNEL_W), list(CHANNEL_W.values()))[0]
        c = V.Ctx(r, lang, self.P)
        c.memo["agent"] = _agent(c)
        if channel == "email":
            segs = self.email(c)
        else:
            segs = self.chat(c, channel)
            if channel not in ("agent_reply",):
                if r.random() < 0.10:
                    recase(segs, "lower")
                elif r.random() < 0.03:
                    recase(segs, "upper")
        if r.random() < (0.3 if channel != "agent_reply" else 0.05):
            typo(segs, r, r.choice([1, 1, 2]))
        text, spans, negs = assemble(segs)
        # strip outer white space (shift offsets)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        for lst in (spans, negs):
            for s in lst:
                s["start"] -= lead
                s["end"] -= lead
        return {
            "id": "%s-%s-%05d" % (PREFIX, "dev" if self.h == 0 else "heldout", idx),
            "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs,
        }


def build(seed):
    th, ph = deal(seed)
    halves = []
    tids = []
    for h in (0, 1):
        H = Half(h, seed, th, ph)
        recs = [H.message(i) for i in range(N_PER_HALF)]
        halves.append(recs)
        tids.append({t for r in recs for t in [s["_tid"] for s in r["spans"] + r["negatives"]] if t} | H.used_tids)
    self_check(halves[0] + halves[1], tids)
    return halves


def strip_private(r):
    out = dict(r)
    out["spans"] = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in r["spans"]]
    out["negatives"] = [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in r["negatives"]]
    return out


HIGH = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"}


def stats(recs, title):
    L = ["### " + title, ""]
    n = len(recs)
    nospan = sum(1 for r in recs if not r["spans"])
    high = sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"]))
    neg = sum(1 for r in recs if r["negatives"])
    emails = [r for r in recs if r["channel"] == "email"]
    L += ["| messages | without spans | with a high-risk span | with a hard negative | e-mails (500-2000 chars) |",
          "|---|---|---|---|---|",
          "| %d | %d | %d | %d | %d (%d) |" % (n, nospan, high, neg, len(emails), sum(1 for r in emails if 500 <= len(r["text"]) <= 2000)), ""]
    sc, sp = Counter(), defaultdict(set)
    for r in recs:
        for s in r["spans"]:
            sc[s["type"]] += 1
            sp[s["type"]].add(s["_tid"])
    L += ["| span type | count | distinct phrasings |", "|---|---|---|"]
    for t in sorted(sc, key=lambda k: -sc[k]):
        L.append("| %s | %d | %d |" % (t, sc[t], len(sp[t])))
    nc = Counter(x["kind"] for r in recs for x in r["negatives"])
    L += ["", "| negative kind | count |", "|---|---|"]
    for k in sorted(nc, key=lambda k: -nc[k]):
        L.append("| %s | %d |" % (k, nc[k]))
    cc = Counter(r["channel"] for r in recs)
    lc = Counter(r["lang"] for r in recs)
    L += ["", "| channel | count |", "|---|---|"] + ["| %s | %d |" % (k, v) for k, v in cc.most_common()]
    L += ["", "| language | count |", "|---|---|"] + ["| %s | %d |" % (k, v) for k, v in lc.most_common()]
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261224)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    dev, held = build(a.seed)
    for name, recs in (("dev.jsonl", dev), ("heldout.jsonl", held)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(strip_private(r), ensure_ascii=False) + "\n")
    print("wrote %d + %d messages" % (len(dev), len(held)))
    if a.stats:
        print(stats(dev, "dev.jsonl"))
        print(stats(held, "heldout.jsonl"))


if __name__ == "__main__":
    main()
