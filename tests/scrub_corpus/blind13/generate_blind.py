#!/usr/bin/env python3
"""Blind scrub corpus blind13 generator (Belgian emphasis).

Standard library only. Deterministic for a given --seed.
Writes dev.jsonl, heldout.jsonl and README.md next to this file, but only
when every self-check passes (otherwise exit 1 and nothing is written).
"""
import argparse
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b13"
DEFAULT_SEED = 20261211

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
CHANNELS = {"X": "x_public", "XD": "x_dm", "FB": "facebook_comment", "M": "messenger",
            "IG": "instagram_dm", "IGC": "instagram_comment", "WA": "whatsapp",
            "TG": "telegram", "E": "email", "A": "agent_reply"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
SECRET_TYPES = set(HIGH_RISK)
PUNCT_AFTER = set(".,!?;:)'\"")

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0 and len(d) >= 12


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and iban_mod(s) == 1


def make_iban(cc, bban):
    tmp = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in tmp)) % 97
    return cc + "%02d" % (98 - n) + bban


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(w * x for w, x in zip([9, 8, 7, 6, 5, 4, 3, 2, -1], d))
    return tot % 11 == 0 and d[0] != 0


def make_bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(w * x for w, x in zip([9, 8, 7, 6, 5, 4, 3, 2], d))
        last = tot % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


# ---------------------------------------------------------------------------
# pools (split alternately between halves: index even -> dev, odd -> heldout)
# ---------------------------------------------------------------------------

POOLS_RAW = {
    "first_vl": "Jens Lotte Wout Sien Pieter Nele Bram Fien Stijn Lien Jonas Hanne Thomas Elke Arne Ine Koen Evi Dries Marieke Tuur Jolien Seppe Liesbeth Ward Griet Robbe Anouk Matthias Kato Sander Febe Jef Mieke Lowie Tine",
    "last_vl": "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters DeSmet VanDamme Verstraeten Hermans Michiels Verhoeven Cools Aerts Vermeulen Lemmens Pauwels Smets VanAcker Declercq Vandenberghe Bogaert Verbeke Wuyts Geerts Boeckx Segers",
    "first_fr": "Sophie Julien Camille Nicolas Amandine Maxime Aurélie Thibault Céline Quentin Élodie Mathieu Laetitia Sébastien Manon Olivier Noémie François Chloé Grégory Pauline Damien Justine Cédric Mélanie Arnaud Hélène Benoît Valérie Romain",
    "last_fr": "Dubois Lambert Dupont Martin Simon Laurent Leclercq Renard Lejeune Collard Delvaux Dumont Gilson Henrard Jacquet Lemaire Massart Piron Remacle Thiry Wauters Marchal Goffin Denis Noël Hubert Mathieu Servais Lecomte Delhaye",
    "first_nl": "Daan Sanne Ruben Eva Tim Lisa Bas Fleur Niels Anouk Joost Marloes Sem Iris Thijs Femke Wouter Esther Jeroen Lieke Martijn Ilse Sjoerd Noor Gijs Roos",
    "last_nl": "deVries Jansen Bakker Visser Smit Meijer deBoer Mulder deGroot Bos Vos Peters Hendriks vanDijk Dekker Brouwer deWit Dijkstra Smits deGraaf vanderMeer Kok Jacobs vanLeeuwen",
    "first_en": "James Emily Oliver Sophie Harry Chloe Jack Megan Thomas Hannah Daniel Laura Ryan Jessica Michael Ashley Tyler Brittany Kevin Amanda Connor Lauren Ethan Rachel",
    "last_en": "Smith Jones Taylor Brown Williams Wilson Evans Thomas Johnson Roberts Miller Davis Garcia Moore Anderson Clark Lewis Walker Hall Young",
    "street_vl": "Kerkstraat|Stationsstraat|Molenstraat|Dorpsstraat|Kapelstraat|Nieuwstraat|Beekstraat|Schoolstraat|Veldstraat|Kouter|Kasteeldreef|Bosstraat|Heirweg|Lindenlaan|Smeedstraat|Oude Baan|Pastorijstraat|Meersstraat|Hoogstraat|Vaartstraat|Brugsesteenweg|Hof ter Linden",
    "street_fr": "Rue de la Station|Rue du Moulin|Avenue des Tilleuls|Chaussée de Bruxelles|Rue de l'Église|Place communale|Clos des Lilas|Rue Haute|Rue des Écoles|Avenue Reine Astrid|Rue du Château|Chemin des Aulnes|Rue de Namur|Rue Saint-Roch|Avenue de la Gare|Rue des Combattants|Sentier du Bois|Rue Grande|Rue de Fléron|Quai de la Dyle",
    "street_nl": "Achter de Hoven|Kerkplein|Lindelaan|Dorpsweg|Julianastraat|Oranjegracht|Molenweg|Beatrixlaan|Zuiderpark|Wilhelminastraat|Prinsengracht|Esdoornlaan|Havenkade|De Gaarde|Boterstraat|Klaverweide",
    "street_en": "Mill Lane|Church Road|Station Road|Victoria Street|Park Avenue|High Street|Maple Avenue|Oak Street|Elm Drive|Kingsway|Cedar Court|Riverside Walk|Queens Road|Pine Street",
    "city_vl": "9000 Gent|2000 Antwerpen|3000 Leuven|8000 Brugge|2800 Mechelen|3500 Hasselt|8500 Kortrijk|9300 Aalst|2300 Turnhout|9100 Sint-Niklaas|8400 Oostende|3200 Aarschot|9200 Dendermonde|2500 Lier|3600 Genk|8800 Roeselare|1800 Vilvoorde|2440 Geel|9700 Oudenaarde|3290 Diest",
    "city_fr": "1300 Wavre|4000 Liège|5000 Namur|1348 Louvain-la-Neuve|6000 Charleroi|7000 Mons|1070 Anderlecht|1200 Woluwe-Saint-Lambert|1420 Braine-l'Alleud|4800 Verviers|6700 Arlon|7500 Tournai|1400 Nivelles|5100 Jambes|4020 Liège|6900 Marche-en-Famenne|1040 Etterbeek|7100 La Louvière|4500 Huy|1370 Jodoigne",
    "city_nl": "1012 AB Amsterdam|3511 LK Utrecht|5611 AZ Eindhoven|4811 XJ Breda|6211 CS Maastricht|2011 HR Haarlem|9711 LM Groningen|3011 BD Rotterdam|6511 PA Nijmegen|8011 NT Zwolle|4331 KD Middelburg|7511 HB Enschede",
    "city_uk": "London SW1A 2AA|Manchester M1 4BT|Leeds LS1 5DL|Bristol BS1 6QF|Glasgow G2 8DL|Cardiff CF10 1EP|Norwich NR2 1NH|York YO1 7HH|Brighton BN1 1GE|Reading RG1 1LZ",
    "city_us": "Springfield, IL 62704|Austin, TX 78701|Portland, OR 97205|Columbus, OH 43215|Denver, CO 80202|Raleigh, NC 27601|Madison, WI 53703|Tucson, AZ 85701|Albany, NY 12207|Boise, ID 83702",
    "bank": "Belfinbank|Crelanza|Argenbank|Keytrust|Bank Vanbreda|Fintro Plus|Axelbank|Beobank Direct|Nagelbank|Triobel",
    "telco": "ProxiBel|Orangina Mobile|Telonet|Scarlo|VOObox|Mobilex|BaseTel|EdpNet|Hey Mobile|Zapnet",
    "energy": "Engivo|Luminus Plus|EnergieBel|Ecopower Gent|Mega Energie|Bolt Stroom|TotalGaz|Wattenberg",
    "shop": "Koopjeshuis|Bol&Co|Vanden Borre Direct|ColisMarket|Fnacky|Kruidvat Plus|ShopBelgica|MediaPlaneet|Zalandra|Brico Verde",
    "post": "bpack Express|ColiBel|PakketPunt|Parcelio|DPDelta|PostBel|GLSX|Sendcloudy",
    "mutual": "Solidaris Zuid|MutBel|Christelijke Zorgkas|Partenamut Plus|Helan Zorg|Mutualité Neutre|LM Vlaanderen|OZ Zorg",
    "air": "Brussels Wings:BW|SkyFlan:SF|TUIfly Nord:TN|Air Meuse:AM|NordJet:NJ|Sabena Nova:SV",
    "insurer": "AG Zeker|Ethias Plus|Baloise Bel|Vivium Direct|P&V Zorg|Allianz Nord",
    "api": "Paylio|StripeBel|Mollix|Ingenico Cloud|ApiGateX|Sendwave|Datapulse|Webhookr",
    "gov": "Belastingdienst NL|DUO|Toeslagen|UWV|Zorgverzekeraar NL|SVB",
    "word_nl": "Zomer Winter Kasteel Fiets Tulp Schelde Leeuw Voetbal Frieten Molen Konijn Appel Sneeuw Bever Regen Eekhoorn Zwaluw Kers Haring Duin Boterham Kabouter Wafel Speculoos",
    "word_fr": "Soleil Chocolat Moules Printemps Gaufre Papillon Liberte Vacances Ardennes Bonheur Meuse Lapin Etoile Montagne Jardin Cerise Orage Tartine Boulette Hirondelle",
    "word_en": "Sunshine Football Dragon Monkey Pancake Thunder Liverpool Summer Rainbow Falcon Biscuit Marmalade Pirate Tiger Harbour Maple",
    "domain": "gmail.com|hotmail.com|telenetmail.be|skynetmail.be|outlook.be|proximusmail.be|live.be|yahoo.fr|icloud.com|mail.be|voomail.be|scarlet-mail.be|ziggomail.nl|kpnmail.nl|hetnet-mail.nl|btinternetmail.co.uk|mailbox.org|gmx.net|protonmail.com|aol.com",
    "modem": "H369A|Fritz!Box 7590|TP-Link Archer C6|Sagemcom F@st 3890|Technicolor TG799vac|Huawei B535|Internet Box 3|b-box 4|Wi-Fi Booster V2|Fritz!Box 7530 AX|Zyxel VMG8825|Connect Box CH7465|Deco M5|Netgear Nighthawk R7000|Huawei HG8245H|Home Hub 6",
    "device": "Galaxy A54|iPhone 15 Pro|iPhone 12 mini|Pixel 8|Galaxy S23|Xiaomi Redmi Note 12|Oppo A78|iPhone SE|Moto G84|Nokia G42|Galaxy A14|iPad Air",
    "decoder": "decoder V7|UHD 4K decoder|TV-box 3|decoder Pace 500|Android TV box X2|Digicorder HD|EOS-box|decoder V6",
    "reader": "Digipass 760|kaartlezer Readr 3|Digipass 270|card reader CR-50|lecteur Digipass 870|Readr Mini",
}


def split_pool(items):
    return items[0::2], items[1::2]


def build_pools(half):
    idx = 0 if half == "dev" else 1
    out = {}
    for k, v in POOLS_RAW.items():
        items = v.split("|") if "|" in v else v.split()
        out[k] = split_pool(items)[idx]
    return out


def camel_name(s):
    # 'DeSmet' -> 'De Smet', 'vanderMeer' -> 'van der Meer'
    s = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", s)
    s = s.replace("vander ", "van der ")
    return s


# ---------------------------------------------------------------------------
# message context and value generators
# ---------------------------------------------------------------------------

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
DAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def lg(lang):
    if lang.startswith("fr"):
        return "fr"
    if lang.startswith("en"):
        return "en"
    return "nl"


class Ctx:
    def __init__(self, rng, pools, lang, half):
        self.rng = rng
        self.p = pools
        self.lang = lang
        self.half = half
        self.cache = {}

    def pick(self, key):
        return self.rng.choice(self.p[key])

    def person(self, slot=""):
        key = "person" + slot
        if key not in self.cache:
            l = lg(self.lang)
            if self.lang == "nl-be":
                grp = self.rng.choice(["vl", "vl", "vl", "fr"])
            elif self.lang == "fr-be":
                grp = self.rng.choice(["fr", "fr", "fr", "vl"])
            elif self.lang == "nl":
                grp = "nl"
            else:
                grp = "en"
            f = self.pick("first_" + grp)
            la = camel_name(self.pick("last_" + grp))
            if slot and self.cache.get("person") and self.cache["person"][0] == f:
                f = self.pick("first_" + grp)
            self.cache[key] = (f, la)
        return self.cache[key]


R = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(rng, n, alphabet=R):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ascii_fold(s):
    tr = str.maketrans("éèêëàâäçîïôöûüùÉ", "eeeeaaaciioouuuE")
    return s.translate(tr)


def g_password(c):
    r = c.rng
    l = lg(c.lang)
    w = ascii_fold(c.pick("word_" + l))
    w2 = ascii_fold(c.pick("word_" + r.choice(["nl", "fr", "en"])))
    y = str(r.choice([r.randint(1975, 2025), r.randint(10, 99)]))
    sym = r.choice("!#@$*?&%")
    pats = [
        lambda: f"{w}{y}{sym}",
        lambda: f"{w}{sym}{y}",
        lambda: f"{w.lower()}{w2}{r.randint(1, 99)}",
        lambda: f"{w}_{w2.lower()}{r.randint(1, 9)}",
        lambda: w.replace("a", "@").replace("o", "0").replace("e", "3") + str(r.randint(10, 99)),
        lambda: rs(r, 3) + sym + rs(r, 4) + str(r.randint(0, 9)) + rs(r, 2),
        lambda: f"{w.lower()}.{w2.lower()}.{r.randint(10, 99)}",
        lambda: f"{c.person()[0].lower()}{r.randint(1960, 2015)}{sym}",
        lambda: f"{w.upper()}{sym}{w2.lower()}{r.randint(1, 9)}",
        lambda: f"{r.randint(10, 99)}{w}{sym}{w2[:3].lower()}",
        lambda: f"{w}{w2}{sym}{sym}{r.randint(1, 9)}",
        lambda: rs(r, 10) + str(r.randint(0, 9)),
    ]
    return r.choice(pats)()


def g_username(c):
    r = c.rng
    f, la = c.person()
    f = ascii_fold(f).lower()
    la = ascii_fold(la).lower().replace(" ", "")
    pats = [
        lambda: f"{f}{la}{r.randint(1, 99)}",
        lambda: f"{f[0]}{la}",
        lambda: f"{f}.{la}",
        lambda: f"{f}_{la}{r.randint(60, 99)}",
        lambda: f"{la}{f[0]}",
        lambda: f"{ascii_fold(c.pick('word_nl')).lower()}{f}{r.randint(1, 999)}",
        lambda: f"{f[0]}.{la}{r.randint(1, 9)}",
        lambda: f"{la}.{f}",
        lambda: f"{f.capitalize()}{la.capitalize()}",
        lambda: f"{f}{r.randint(1970, 2010)}",
        lambda: f"{la}_{r.randint(100, 9999)}",
    ]
    return r.choice(pats)()


def g_pin(c):
    while True:
        v = "%04d" % c.rng.randint(0, 9999)
        if v[:2] not in ("19", "20") and len(set(v)) > 1 and v not in ("1234",):
            return v


def g_pin5(c):
    while True:
        v = "%05d" % c.rng.randint(0, 99999)
        if len(set(v)) > 2:
            return v


def g_pin6(c):
    return "%06d" % c.rng.randint(0, 999999)


def g_puk(c):
    return "%08d" % c.rng.randint(10000000, 99999999)


def g_otp(c):
    r = c.rng
    d = "%06d" % r.randint(0, 999999)
    f = r.choice([0, 0, 0, 1, 2, 3, 4])
    if f == 1:
        return d[:3] + " " + d[3:]
    if f == 2:
        return d[:3] + "-" + d[3:]
    if f == 3:
        return r.choice("GTAB") + "-" + d
    if f == 4:
        return "%05d" % r.randint(10000, 99999) if r.random() < .5 else "%08d" % r.randint(0, 99999999)
    return d


def g_otp6(c):
    return "%06d" % c.rng.randint(0, 999999)


def g_resp(c):
    # card-reader response code (8 digits, sometimes grouped 4 4)
    d = "%08d" % c.rng.randint(0, 99999999)
    f = c.rng.randint(0, 3)
    if f == 1:
        return d[:4] + " " + d[4:]
    if f == 2:
        return d[:4] + "-" + d[4:]
    return d


def g_wifi(c):
    r = c.rng
    pats = [
        lambda: rs(r, 12),
        lambda: "-".join(rs(r, 4, string.ascii_uppercase + string.digits) for _ in range(3)),
        lambda: rs(r, 10, "0123456789ABCDEF"),
        lambda: ascii_fold(c.pick("word_nl")) + ascii_fold(c.pick("word_en")) + str(r.randint(10, 99)) + ascii_fold(c.pick("word_fr")),
        lambda: rs(r, 8, "abcdefghjkmnpqrstuvwxyz23456789") + rs(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: rs(r, 16, string.ascii_lowercase + string.digits),
        lambda: f"{ascii_fold(c.pick('word_fr')).lower()}{r.randint(1000, 9999)}{rs(r, 3, string.ascii_uppercase)}",
        lambda: rs(r, 5) + "#" + rs(r, 6) + str(r.randint(0, 9)),
    ]
    return r.choice(pats)()


def g_ssid(c):
    r = c.rng
    b = c.cache.setdefault("brand_tel", c.pick("telco")).split()[0]
    return r.choice([f"{b}-{rs(r, 4, '0123456789ABCDEF')}", f"{b}_{r.randint(100, 999)}_5G",
                     f"{b.upper()}-{rs(r, 6, '0123456789ABCDEF')}", f"WiFi-{b}-{r.randint(10, 99)}"])


def g_apikey(c):
    r = c.rng
    pats = [
        lambda: "sk_live_" + rs(r, 24),
        lambda: "pk_live_" + rs(r, 24),
        lambda: "rk_live_" + rs(r, 28),
        lambda: "ck_" + rs(r, 40, HEX),
        lambda: "cs_" + rs(r, 40, HEX),
        lambda: "api_" + rs(r, 32),
        lambda: "AKIA" + rs(r, 16, string.ascii_uppercase + "234567"),
        lambda: "AIza" + rs(r, 34, R + "_-") + rs(r, 1),
        lambda: "SG." + rs(r, 22, R + "_-") + "." + rs(r, 42, R + "_-") + rs(r, 1),
        lambda: rs(r, 32, HEX),
        lambda: "live_" + rs(r, 30, R),
        lambda: "key-" + rs(r, 32, HEX),
    ]
    return r.choice(pats)()


def g_awssecret(c):
    r = c.rng
    return rs(r, 39, R + "/+") + rs(r, 1)


def g_aws_id(c):
    return "AKIA" + rs(c.rng, 16, string.ascii_uppercase + "234567")


def b64u(rng, n):
    return rs(rng, n, R + "_-")[:-1] + rs(rng, 1)


def g_token(c):
    r = c.rng
    pats = [
        lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + b64u(r, r.randint(40, 90)) + "." + b64u(r, 43),
        lambda: "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + b64u(r, 20) + ".eyJ" + b64u(r, 60) + "." + b64u(r, 50),
        lambda: "ghp_" + rs(r, 36),
        lambda: "github_pat_11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59),
        lambda: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 11, 10 ** 12), rs(r, 24)),
        lambda: "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 11, 10 ** 12), rs(r, 32, HEX)),
        lambda: "glpat-" + rs(r, 20, R + "_-")[:-1] + rs(r, 1),
        lambda: rs(r, 40, HEX),
        lambda: rs(r, 64, HEX),
        lambda: "sess_" + rs(r, 32),
    ]
    return r.choice(pats)()


def g_hex40(c):
    return rs(c.rng, 40, HEX)


def g_jwt(c):
    r = c.rng
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + b64u(r, r.randint(40, 90)) + "." + b64u(r, 43)


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(x for x in out if x)


def g_card(c):
    r = c.rng
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + str(r.randint(0, 9)), 16, r)
    elif kind == "mc":
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        c.cache["amex"] = True
        return r.choice([group(n, [4, 6, 5], " "), group(n, [4, 6, 5], "-"), n])
    else:
        n = luhn_complete("6703", 17, r)
        return r.choice([group(n, [4, 4, 4, 4], " "), n])
    f = r.randint(0, 5)
    if f == 0:
        return n
    if f == 1:
        return group(n, [4, 4, 4, 4], " ")
    if f == 2:
        return group(n, [4, 4, 4, 4], "-")
    if f == 3:
        return group(n, [4, 4, 4, 4], "  ")
    if f == 4:
        return group(n, [4, 4, 4, 4], " ")
    return group(n, [4, 4, 4, 4], ".")


def g_bancontact(c):
    n = luhn_complete("6703", 17, c.rng)
    return c.rng.choice([group(n, [4, 4, 4, 4], " "), n, group(n, [4, 4, 4, 4], "-")])


def g_cvv(c):
    if c.cache.get("amex"):
        return "%04d" % c.rng.randint(0, 9999)
    return "%03d" % c.rng.randint(0, 999)


def g_expiry(c):
    r = c.rng
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}{y}", f"{m:02d}/20{y}",
                     f"{m:02d} / {y}", f"{m}/{y}", f"{m:02d}.{y}"])


def iban_value(c, cc):
    r = c.rng
    if cc == "BE":
        first10 = "%010d" % r.randint(10 ** 8, 10 ** 10 - 1)
        chk = int(first10) % 97 or 97
        raw = make_iban("BE", first10 + "%02d" % chk)
    elif cc == "NL":
        raw = make_iban("NL", r.choice(["RABO", "INGB", "ABNA", "KNAB", "TRIO", "BUNQ", "SNSB", "ASNB"]) + rs(r, 10, string.digits))
    elif cc == "DE":
        raw = make_iban("DE", rs(r, 18, string.digits))
    elif cc == "FR":
        raw = make_iban("FR", rs(r, 10, string.digits) + rs(r, 11, string.digits + "ABCDEFGHJK") + rs(r, 2, string.digits))
    elif cc == "LU":
        raw = make_iban("LU", rs(r, 3, string.digits) + rs(r, 13, string.digits + "ABCDEFGHJK"))
    elif cc == "GB":
        raw = make_iban("GB", r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + rs(r, 14, string.digits))
    elif cc == "ES":
        raw = make_iban("ES", rs(r, 20, string.digits))
    else:
        raw = make_iban("IE", r.choice(["AIBK", "BOFI"]) + rs(r, 14, string.digits))
    f = r.randint(0, 6)
    if f <= 2:
        return group(raw, [4] * 9, " ")
    if f == 3:
        return raw
    if f == 4:
        return group(raw, [4] * 9, " ").lower() if r.random() < .5 else raw.lower()
    if f == 5:
        return raw[:2] + " " + raw[2:4] + " " + group(raw[4:], [4] * 8, " ")
    return group(raw, [4] * 9, "-") if r.random() < .3 else group(raw, [4] * 9, " ")


def g_iban(c):
    cc = c.rng.choice(["BE"] * 6 + ["NL"] * 2 + ["FR", "DE", "LU", "GB", "ES", "IE"])
    return iban_value(c, cc)


def g_iban_be(c):
    return iban_value(c, "BE")


def g_iban_nl(c):
    return iban_value(c, "NL")


def g_bsn(c):
    b = make_bsn(c.rng)
    f = c.rng.randint(0, 4)
    if f == 1:
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if f == 2:
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b


def g_email(c):
    r = c.rng
    f, la = c.person()
    f = ascii_fold(f).lower()
    la = ascii_fold(la).lower().replace(" ", "")
    d = c.pick("domain")
    local = r.choice([f"{f}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{f[0]}{la}", f"{f}_{la}",
                      f"{la}.{f}", f"{f}{r.randint(1970, 2005)}"])
    k = r.random()
    if k < .06:
        return f"{local} @ {d}"
    if k < .1:
        dn, _, tld = d.rpartition(".")
        if lg(c.lang) == "fr":
            return f"{local} arobase {dn} point {tld}"
        if lg(c.lang) == "en":
            return f"{local} at {dn} dot {tld}"
        return f"{local} at {dn} punt {tld}"
    return f"{local}@{d}"


def g_phone_be(c):
    r = c.rng
    p = "4" + str(r.choice([7, 8, 9])) + str(r.randint(0, 9))
    a, b, d = r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)
    return r.choice([f"0{p}/{a}.{b}.{d}", f"0{p} {a} {b} {d}", f"+32 {p} {a} {b} {d}", f"+32{p}{a}{b}{d}",
                     f"0032 {p}/{a}.{b}.{d}", f"0{p}{a}{b}{d}", f"0{p}/{a}{b}{d}", f"+32 (0){p} {a}.{b}.{d}",
                     f"0{p}-{a}{b}{d}"])


def g_phone_be_land(c):
    r = c.rng
    z = r.choice(["2", "3", "9", "10", "50", "16", "4", "81", "71", "65"])
    if len(z) == 1:
        a, b, d = r.randint(200, 899), r.randint(10, 99), r.randint(10, 99)
        return r.choice([f"0{z}/{a}.{b}.{d}", f"0{z} {a} {b} {d}", f"+32 {z} {a} {b} {d}"])
    a, b, d = r.randint(20, 89), r.randint(10, 99), r.randint(10, 99)
    return r.choice([f"0{z}/{a}.{b}.{d}", f"0{z} {a} {b} {d}", f"+32 {z} {a} {b} {d}"])


def g_phone_nl(c):
    r = c.rng
    n = "1" + "%07d" % r.randint(0, 9999999)
    return r.choice([f"06-{n}", f"06 - {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}",
                     f"+316{n}", f"06{n}", f"020-{r.randint(5000000, 7999999)}", f"(020) {r.randint(500, 799)} {r.randint(1000, 9999)}"])


def g_phone_uk(c):
    r = c.rng
    n = r.randint(100, 999)
    return r.choice([f"07700 900{n}", f"+44 7700 900{n}", f"020 7946 0{n}", f"+44 (0)20 7946 0{n}", f"07700900{n}"])


def g_phone_us(c):
    r = c.rng
    a = r.choice(["212", "312", "415", "617", "512", "303"])
    n = r.randint(100, 199)
    return r.choice([f"({a}) 555-0{n}", f"{a}.555.0{n}", f"+1 {a} 555 0{n}", f"{a}-555-0{n}", f"1-{a}-555-0{n}"])


def g_phone(c):
    return {"nl-be": g_phone_be, "fr-be": g_phone_be, "nl": g_phone_nl,
            "en-gb": g_phone_uk, "en-us": g_phone_us}.get(c.lang, g_phone_be)(c)


def _addr_parts(c, region):
    r = c.rng
    st = c.pick("street_" + region)
    no = r.randint(1, 180)
    return st, no


def g_addr_be(c, multiline=False):
    r = c.rng
    region = "fr" if (c.lang == "fr-be" and r.random() < .85) or (c.lang != "fr-be" and r.random() < .1) else "vl"
    st, no = _addr_parts(c, region)
    city = c.pick("city_" + region)
    if region == "fr":
        box = r.choice(["", "", f" bte {r.randint(1, 12)}", f" boîte {r.randint(1, 9)}", f"/{r.randint(1, 9)}", f" bt {r.randint(1, 5)}"])
        line = r.choice([f"{st} {no}{box}", f"{st}, {no}{box}", f"{st} n°{no}"])
    else:
        box = r.choice(["", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 9)}", f" b{r.randint(1, 5)}", f"{r.choice('ABC')}"])
        line = f"{st} {no}{box}"
    if multiline:
        return f"{line}\n{city}"
    return r.choice([f"{line}, {city}", f"{line} {city}", f"{line} te {city}" if region == "vl" else f"{line} à {city}", f"{line}, {city}", line])


def g_addr_nl(c, multiline=False):
    r = c.rng
    st, no = _addr_parts(c, "nl")
    city = c.pick("city_nl")
    line = f"{st} {no}" + r.choice(["", "", "-2", " A", "bis"])
    if multiline:
        return f"{line}\n{city}"
    return r.choice([f"{line}, {city}", f"{line} {city}", line])


def g_addr_uk(c, multiline=False):
    r = c.rng
    st, no = _addr_parts(c, "en")
    city = c.pick("city_uk")
    line = r.choice([f"{no} {st}", f"Flat {r.randint(1, 30)}, {no} {st}"])
    if multiline:
        town, _, pc = city.partition(" ")
        return f"{line}\n{town}\n{pc}"
    return f"{line}, {city}"


def g_addr_us(c, multiline=False):
    r = c.rng
    st, no = _addr_parts(c, "en")
    city = c.pick("city_us")
    line = r.choice([f"{no * 10 + r.randint(0, 9)} {st}", f"{no * 10} {st}, Apt {r.randint(1, 30)}{r.choice('ABCD')}"])
    if multiline:
        return f"{line}\n{city}"
    return f"{line}, {city}"


def g_addr(c):
    return {"nl": g_addr_nl, "en-gb": g_addr_uk, "en-us": g_addr_us}.get(c.lang, g_addr_be)(c)


def g_addr_ml(c):
    return {"nl": g_addr_nl, "en-gb": g_addr_uk, "en-us": g_addr_us}.get(c.lang, g_addr_be)(c, True)


def g_dob(c):
    r = c.rng
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2004)
    l = lg(c.lang)
    opts = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[l][m - 1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}"]
    if l == "en":
        opts += [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}" if c.lang == "en-us" else f"{d} {MONTHS['en'][m - 1][:3]} {y}"]
    if l == "fr":
        opts += [f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"]
    return r.choice(opts)


def g_ip(c):
    r = c.rng
    if r.random() < .2:
        return "2a02:%x:%x:%x::%x" % (r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xff))
    return "%d.%d.%d.%d" % (r.choice([81, 84, 91, 94, 109, 178, 188, 193, 212, 213]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


def g_custno(c):
    r = c.rng
    return r.choice([
        str(r.randint(100000000, 999999999)),
        str(r.randint(1000000000, 3999999999)),
        str(r.randint(1000000, 9999999)),
        "KL" + str(r.randint(10000000, 99999999)),
        "C-" + str(r.randint(1000000, 9999999)),
        "%d-%07d" % (r.randint(10, 99), r.randint(0, 9999999)),
        str(r.randint(50000000, 59999999)),
    ])


# ---------------------------------------------------------------------------
# hard-negative generators
# ---------------------------------------------------------------------------

def n_amount(c):
    r = c.rng
    e, ct = r.randint(3, 480), r.randint(0, 99)
    l = lg(c.lang)
    if c.lang == "en-gb":
        return r.choice([f"£{e}.{ct:02d}", f"£{e}"])
    if c.lang == "en-us":
        return r.choice([f"${e}.{ct:02d}", f"${e}"])
    return r.choice([f"€ {e},{ct:02d}", f"{e},{ct:02d} EUR", f"€{e}", f"{e} euro", f"{e},{ct:02d}€", f"{e} €", f"EUR {e},{ct:02d}"])


def n_cphone(c):
    r = c.rng
    return r.choice(["0800 %02d %03d" % (r.randint(10, 99), r.randint(100, 999)), "078 %02d %02d %02d" % (r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)),
                     "0900 %04d" % r.randint(1000, 9999), "088 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
                     "078/%02d.%02d.%02d" % (r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)),
                     "0345 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)), "03457 %06d" % r.randint(0, 999999),
                     "1-800-555-0%03d" % r.randint(100, 199), "0800-%04d" % r.randint(1000, 9999)])


def n_kbo(c):
    r = c.rng
    d = "0" + "%09d" % r.randint(200000000, 999999999)
    return r.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}", f"{d[:4]} {d[4:7]} {d[7:]}"])


def n_kvk(c):
    return str(c.rng.randint(10000000, 99999999))


def n_vat(c):
    r = c.rng
    return r.choice([f"NL{r.randint(100000000, 999999999)}B0{r.randint(1, 9)}", f"GB{r.randint(100000000, 999999999)}", f"0{r.randint(1000000, 9999999)}"])


def n_date(c):
    r = c.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    l = lg(c.lang)
    y = r.choice([2024, 2025, 2026])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[l][m - 1]}", f"{d}/{m}", f"{d:02d}-{m:02d}-{y}",
                     f"{DAYS[l][r.randint(0, 6)]} {d} {MONTHS[l][m - 1]}", f"{d} {MONTHS[l][m - 1]} {y}"])


def n_datelong(c):
    r = c.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    l = lg(c.lang)
    y = r.choice([2025, 2026])
    if l == "en":
        return r.choice([f"{DAYS['en'][r.randint(0, 6)][:3]}, {d} {MONTHS['en'][m - 1][:3]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}"])
    return r.choice([f"{DAYS[l][r.randint(0, 6)]} {d} {MONTHS[l][m - 1]} {y}", f"{d} {MONTHS[l][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])


def n_time(c):
    r = c.rng
    h, m = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 45, 50, 12, 37])
    if lg(c.lang) == "fr":
        return r.choice([f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}h"])
    if c.lang == "nl-be":
        return r.choice([f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}u"])
    if lg(c.lang) == "en":
        return r.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"])
    return r.choice([f"{h}:{m:02d}", f"{h}.{m:02d} uur"])


def n_year(c):
    return str(c.rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


def n_err(c):
    r = c.rng
    return r.choice([f"E-{r.randint(100, 9999)}", f"0x{rs(r, 4, '0123456789ABCDEF')}", f"{r.randint(400, 599)}",
                     f"ERR_{r.choice(['CONN', 'AUTH', 'TIMEOUT', 'SIM'])}_{r.randint(10, 99)}", f"E{r.randint(10, 99)}",
                     f"{r.choice(['NC', 'PX', 'BC'])}{r.randint(100, 999)}", f"S{r.randint(1000, 9999)}"])


def n_flight(c):
    r = c.rng
    code = c.cache.get("air_code") or c.pick("air").split(":")[1]
    return r.choice([f"{code} {r.randint(100, 3999)}", f"{code}{r.randint(100, 3999)}"])


def n_hashtag(c):
    l = lg(c.lang)
    tags = {"nl": ["#panne", "#storing", "#klantendienst", "#internet", "#nietcontent", "#wifi", "#factuur", "#amai", "#bpost", "#allez"],
            "fr": ["#panne", "#service", "#internet", "#inadmissible", "#colis", "#facture", "#marreee", "#wifi", "#belgique"],
            "en": ["#fail", "#customerservice", "#outage", "#wifi", "#delivery", "#refund", "#help"]}[l]
    return c.rng.choice(tags)


def _handle(name):
    return "@" + re.sub(r"[^A-Za-z0-9]", "", name)


def n_mention(c):
    key = c.rng.choice(["brand_tel", "brand_bank", "brand_shop", "brand_post", "brand_energy"])
    return _handle(FILLERS[key](c)) + c.rng.choice(["", "", "_BE", "Help", "_Care"])


def n_mention_tel(c):
    return _handle(FILLERS["brand_tel"](c)) + c.rng.choice(["", "", "_BE", "Help"])


def n_mention_bank(c):
    return _handle(FILLERS["brand_bank"](c)) + c.rng.choice(["", "", "_BE", "Help"])


def n_mention_shop(c):
    return _handle(FILLERS["brand_shop"](c)) + c.rng.choice(["", "", "_BE", "Help"])


def n_mention_post(c):
    return _handle(FILLERS["brand_post"](c)) + c.rng.choice(["", "", "_BE"])


def n_mention_energy(c):
    return _handle(FILLERS["brand_energy"](c)) + c.rng.choice(["", "", "_BE"])


def n_invoice(c):
    r = c.rng
    return r.choice([f"{r.randint(2024, 2026)}-{r.randint(100000, 999999)}", f"F{r.randint(2024, 2026)}/{r.randint(10000, 99999)}",
                     f"INV-{r.randint(10000000, 99999999)}", f"{r.randint(600000000, 699999999)}", f"FA{r.randint(1000000, 9999999)}"])


def n_order(c):
    r = c.rng
    return r.choice([f"{r.randint(1000000000, 4999999999)}", f"#{r.randint(100000, 999999)}", f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}",
                     f"BE-{r.randint(1000000, 9999999)}", f"CMD{r.randint(100000, 999999)}", f"ORD-{r.randint(2024, 2026)}-{r.randint(10000, 99999)}"])


def n_ticket(c):
    r = c.rng
    return r.choice([f"{r.randint(2024, 2026)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"CS-{r.randint(100000, 999999)}",
                     f"#{r.randint(1000000, 9999999)}", f"SR{r.randint(10000000, 99999999)}", f"INC{r.randint(100000, 999999)}",
                     f"DOS/{r.randint(10000, 99999)}"])


def n_track(c):
    r = c.rng
    return r.choice([f"3S{rs(r, 4, string.ascii_uppercase)}{r.randint(100000000, 999999999)}", f"CD{r.randint(100000000, 999999999)}BE",
                     f"JVGL{r.randint(10 ** 15, 10 ** 16 - 1)}", f"1Z{rs(r, 6, string.ascii_uppercase + string.digits)}{r.randint(10 ** 9, 10 ** 10 - 1)}",
                     f"{r.randint(10 ** 13, 10 ** 14 - 1)}", f"323{r.randint(10 ** 20, 10 ** 21 - 1)}", f"LX{r.randint(100000000, 999999999)}NL"])


def n_meter(c):
    r = c.rng
    return r.choice(["%06d" % r.randint(1000, 99999), "%05d" % r.randint(1000, 99999), "%d,%d" % (r.randint(1000, 60000), r.randint(0, 9)), "%05d.%03d" % (r.randint(100, 9999), r.randint(0, 999))])


def n_model(c):
    return c.pick("modem") if c.rng.random() < .5 else c.pick("device")


def n_modem(c):
    return c.cache.setdefault("modem", c.pick("modem"))


def n_device(c):
    return c.pick("device")


def n_decoder(c):
    return c.pick("decoder")


def n_reader(c):
    return c.pick("reader")


def n_ean(c):
    r = c.rng
    v = "5414" + "%014d" % r.randint(0, 10 ** 14 - 1)
    return r.choice([v, v, f"{v[:6]} {v[6:12]} {v[12:]}", "EAN" + v if False else v])


def n_sku(c):
    r = c.rng
    return r.choice([f"{r.choice(['87', '54', '40', '50'])}{r.randint(10 ** 10, 10 ** 11 - 1)}", f"SKU-{rs(r, 3, string.ascii_uppercase)}-{r.randint(1000, 9999)}",
                     f"{r.randint(1000000, 9999999)}", f"{rs(r, 2, string.ascii_uppercase)}{r.randint(10000, 99999)}"])


def n_version(c):
    r = c.rng
    return r.choice([f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(11, 15)}", f"{r.randint(4, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                     f"v{r.randint(1, 9)}.{r.randint(0, 20)}", f"{r.randint(20, 26)}.{r.randint(1, 12)}.{r.randint(0, 9)}", f"firmware {r.randint(6, 8)}.{r.randint(0, 9)}.{r.randint(10, 99)}"[9:]])


def n_pct(c):
    r = c.rng
    return r.choice([f"{r.randint(2, 99)}%", f"{r.randint(2, 99)} %", f"{r.randint(1, 30)},{r.randint(1, 9)}%"])


def n_qty(c):
    r = c.rng
    return r.choice([f"{r.choice([50, 100, 150, 300, 500])} Mbps", f"{r.choice([1, 2])} Gbps", f"{r.randint(1, 120)} GB",
                     f"{r.randint(2, 9)},{r.randint(1, 9)} GB", f"{r.randint(2, 90)} Mb/s", f"{r.randint(200, 900)} MB"])


def n_qtye(c):
    r = c.rng
    return r.choice([f"{r.randint(150, 5200)} kWh", f"{r.randint(100, 3000)} m³", f"{r.randint(1, 9)}.{r.randint(100, 999)} kWh"])


def n_url(c):
    r = c.rng
    b = re.sub(r"[^a-z0-9]", "", FILLERS[r.choice(["brand_tel", "brand_bank", "brand_shop", "brand_energy"])](c).lower())
    tld = "nl" if c.lang == "nl" else ("co.uk" if c.lang == "en-gb" else ("com" if c.lang == "en-us" else "be"))
    path = r.choice(["/support", "/aide/facture", "/nl/hulp/wifi", "/fr/contact", "/mijn-account", "/status", "/help/sim", "/track"])
    return r.choice([f"https://www.{b}.{tld}{path}", f"www.{b}.{tld}", f"{b}.{tld}{path}", f"https://{b}.{tld}/s/{rs(r, 6)}"])


def n_mask(c):
    r = c.rng
    return r.choice(["********", "**** **** **** %04d" % r.randint(0, 9999), "BE** **** **** %04d" % r.randint(0, 9999),
                     "NL** **** **** **%02d" % r.randint(0, 99), "XXXX-XXXX-XXXX-%04d" % r.randint(0, 9999), "04** ** ** %02d" % r.randint(10, 99),
                     "•••• %04d" % r.randint(0, 9999), "j***@****.be", "******%02d" % r.randint(0, 99)])


def n_maskcard(c):
    return c.rng.choice(["**** **** **** %04d", "XXXX XXXX XXXX %04d", "•••• %04d", "*%04d"]) % c.rng.randint(0, 9999)


# ---------------------------------------------------------------------------
# unlabelled fillers (cached per message)
# ---------------------------------------------------------------------------

def _cached(key, fn):
    def f(c):
        if key not in c.cache:
            c.cache[key] = fn(c)
        return c.cache[key]
    return f


def _city(c):
    key = {"nl-be": "city_vl", "fr-be": "city_fr", "nl": "city_nl", "en-gb": "city_uk", "en-us": "city_us"}[c.lang]
    v = c.pick(key)
    if c.lang in ("nl-be", "fr-be"):
        return v.split(" ", 1)[1]
    if c.lang == "nl":
        return v.split(" ")[-1]
    return v.split(" ")[0].rstrip(",")


def n_timeseq(c):
    h, m = c.cache.get("tseq", (c.rng.randint(8, 21), c.rng.randint(0, 50)))
    m += c.rng.choice([0, 0, 1, 1, 2, 4])
    if m >= 60:
        h, m = h + 1, m - 60
    c.cache["tseq"] = (h, m)
    return "%02d:%02d" % (h, m)


def _air(c):
    if "air" not in c.cache:
        name, code = c.pick("air").split(":")
        c.cache["air"] = name
        c.cache["air_code"] = code
    return c.cache["air"]


FILLERS = {
    "first": lambda c: c.person()[0],
    "last": lambda c: c.person()[1],
    "name": lambda c: " ".join(c.person()),
    "first2": lambda c: c.person("2")[0],
    "name2": lambda c: " ".join(c.person("2")),
    "agent": _cached("agent", lambda c: c.rng.choice(["Sarah", "Kevin", "Ellen", "Yannick", "Nathalie", "Bart", "Inge", "Mehdi", "Lore", "Karim", "Jo", "Emma"])),
    "ini": _cached("ini", lambda c: "^" + c.rng.choice(["SV", "KD", "EL", "YM", "NB", "BD", "IV", "MA", "LR", "JO"])),
    "brand_bank": _cached("brand_bank", lambda c: c.pick("bank")),
    "brand_tel": _cached("brand_tel", lambda c: c.pick("telco")),
    "brand_energy": _cached("brand_energy", lambda c: c.pick("energy")),
    "brand_shop": _cached("brand_shop", lambda c: c.pick("shop")),
    "brand_post": _cached("brand_post", lambda c: c.pick("post")),
    "brand_mut": _cached("brand_mut", lambda c: c.pick("mutual")),
    "brand_air": _air,
    "brand_ins": _cached("brand_ins", lambda c: c.pick("insurer")),
    "brand_api": _cached("brand_api", lambda c: c.pick("api")),
    "brand_gov": _cached("brand_gov", lambda c: c.pick("gov")),
    "city": _cached("city", _city),
    "ssid": _cached("ssid", g_ssid),
    "wd": lambda c: DAYS[lg(c.lang)][c.rng.randint(0, 4)],
    "n": lambda c: str(c.rng.randint(2, 9)),
    "nn": lambda c: str(c.rng.randint(10, 40)),
}

# placeholder -> (label type or None, negative kind or None, generator)
GEN = {
    "password": ("password", g_password), "username": ("username", g_username),
    "pin": ("pin", g_pin), "pin5": ("pin", g_pin5), "pin6": ("pin", g_pin6), "puk": ("puk", g_puk),
    "otp": ("otp", g_otp), "otp6": ("otp", g_otp6), "resp": ("otp", g_resp),
    "wifi": ("wifi_key", g_wifi), "apikey": ("api_key", g_apikey), "awsid": ("api_key", g_aws_id),
    "awssecret": ("api_key", g_awssecret), "token": ("token", g_token), "jwt": ("token", g_jwt),
    "hex40": ("token", g_hex40), "card": ("card", g_card), "bancontact": ("card", g_bancontact),
    "cvv": ("cvv", g_cvv), "iban": ("iban", g_iban), "iban_be": ("iban", g_iban_be),
    "iban_nl": ("iban", g_iban_nl), "bsn": ("bsn", g_bsn), "exp": ("card_expiry", g_expiry),
    "email": ("email", g_email), "phone": ("phone", g_phone), "phone_be": ("phone", g_phone_be),
    "phone_land": ("phone", g_phone_be_land), "phone_nl": ("phone", g_phone_nl),
    "addr": ("address", g_addr), "addr_ml": ("address", g_addr_ml), "addr_be": ("address", g_addr_be),
    "addr_nl": ("address", g_addr_nl),
    "dob": ("date_of_birth", g_dob), "ip": ("ip_address", g_ip), "custno": ("customer_number", g_custno),
}
NEGGEN = {
    "n_amount": ("amount", n_amount), "n_cphone": ("company_phone", n_cphone), "n_kbo": ("company_registration", n_kbo),
    "n_kvk": ("company_registration", n_kvk), "n_vat": ("company_registration", n_vat), "n_date": ("date", n_date),
    "n_datelong": ("date", n_datelong), "n_time": ("time", n_time), "n_ts": ("time", n_timeseq), "n_year": ("year", n_year), "n_err": ("error_code", n_err),
    "n_flight": ("flight_number", n_flight), "n_hashtag": ("hashtag", n_hashtag), "n_mention": ("mention", n_mention),
    "n_mtel": ("mention", n_mention_tel), "n_mbank": ("mention", n_mention_bank), "n_mshop": ("mention", n_mention_shop),
    "n_mpost": ("mention", n_mention_post), "n_menergy": ("mention", n_mention_energy),
    "n_invoice": ("invoice_number", n_invoice), "n_order": ("order_number", n_order), "n_ticket": ("ticket_number", n_ticket),
    "n_track": ("tracking_number", n_track), "n_meter": ("meter_reading", n_meter), "n_model": ("model_number", n_model),
    "n_modem": ("model_number", n_modem), "n_device": ("model_number", n_device), "n_decoder": ("model_number", n_decoder),
    "n_reader": ("model_number", n_reader), "n_ean": ("product_code", n_ean), "n_sku": ("product_code", n_sku),
    "n_version": ("version_string", n_version), "n_pct": ("percentage", n_pct), "n_qty": ("quantity", n_qty), "n_qtye": ("quantity", n_qtye),
    "n_url": ("url", n_url), "n_mask": ("masked_value", n_mask), "n_maskcard": ("masked_value", n_maskcard),
}


# ---------------------------------------------------------------------------
# rendering engine
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\[\[(\w+)\]\]|\{(\w+)(?:#(\w+))?\}")


class Out:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []   # (type, start, end, src)
        self.negs = []    # (kind, start, end)
        self.srcs = set()

    def add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def text(self):
        return "".join(self.parts)


def snip_keys(lang):
    if lang == "nl-be":
        return ["vl", "nl"]
    return [lg(lang)]


def pick_snippet(ctx, typ):
    cands = []
    for k in snip_keys(ctx.lang):
        cands += ctx.snips.get((typ, k), [])
    if not cands:
        raise KeyError((typ, ctx.lang))
    low = min(ctx.snip_use[s[0]] for s in cands)
    best = [s for s in cands if ctx.snip_use[s[0]] == low]
    s = ctx.rng.choice(best)
    ctx.snip_use[s[0]] += 1
    return s


def render(tmpl, src, ctx, out):
    out.srcs.add(src)
    i = 0
    for m in PH_RE.finditer(tmpl):
        out.add(tmpl[i:m.start()])
        i = m.end()
        if m.group(1):
            sid, stext = pick_snippet(ctx, m.group(1))
            before = "".join(out.parts).rstrip(" ")
            if (before and before[-1] not in ".!?\n:" and len(stext) > 1 and stext[0].isupper()
                    and not stext[1].isupper() and not stext.startswith(("I ", "I'"))):
                stext = stext[0].lower() + stext[1:]
            render(stext, sid, ctx, out)
            continue
        name, key = m.group(2), m.group(3)
        if name in GEN:
            typ, fn = GEN[name]
            ck = "k:" + name + "#" + (key or "")
            if key and ck in ctx.cache:
                val = ctx.cache[ck]
            else:
                val = fn(ctx)
                if key:
                    ctx.cache[ck] = val
            st = out.pos
            out.add(val)
            out.spans.append((typ, st, out.pos, src))
        elif name in NEGGEN:
            kind, fn = NEGGEN[name]
            ck = "k:" + name + "#" + (key or "")
            if key and ck in ctx.cache:
                val = ctx.cache[ck]
            else:
                val = fn(ctx)
                if key:
                    ctx.cache[ck] = val
            st = out.pos
            out.add(val)
            out.negs.append((kind, st, out.pos))
        elif name in FILLERS:
            out.add(FILLERS[name](ctx))
        else:
            raise KeyError("unknown placeholder %s in %s" % (name, src))
    out.add(tmpl[i:])


def quote_block(sub_text, sub_spans, sub_negs, prefix="> "):
    """prefix every line of a rendered sub message; remap offsets."""
    lines = sub_text.split("\n")
    new_lines, starts_old, starts_new = [], [], []
    o = n = 0
    for ln in lines:
        starts_old.append(o)
        starts_new.append(n)
        p = prefix if ln.strip() else prefix.rstrip()
        new_lines.append(p + ln)
        o += len(ln) + 1
        n += len(p) + len(ln) + 1

    def mp(x, is_end=False):
        # line index of x
        li = 0
        for k, so in enumerate(starts_old):
            if so <= x - (1 if is_end else 0):
                li = k
        p = prefix if lines[li].strip() else prefix.rstrip()
        return starts_new[li] + len(p) + (x - starts_old[li])

    spans = []
    for (t, s, e, src) in sub_spans:
        if "\n" in sub_text[s:e]:
            return None
        spans.append((t, mp(s), mp(e, True), src))
    negs = [(k, mp(s), mp(e, True)) for (k, s, e) in sub_negs]
    return "\n".join(new_lines), spans, negs


# ---------------------------------------------------------------------------
# phrasing snippets for high-risk values ("⏎" = line break inside a snippet)
# keys: nl (Dutch, used by nl and nl-be), vl (Flemish only), fr, en
# ---------------------------------------------------------------------------

SNIPS_SRC = {
"password": {
"nl": """Mijn wachtwoord is {password}
Ww: {password}
{password} is mijn ww
Ik heb als wachtwood {password} ingesteld
Paswoord {password} werkt niet meer
Nieuw wachtwoord gekozen: {password}
Het oude wachtwoord was {password}, het nieuwe weet ik niet meer
pw = {password}""",
"vl": """Ge moogt inloggen met mijn paswoord, da's {password}
Mijn paswrd is {password} allez dat denk ik toch
Ik heb da paswoord al 3x getypt: {password}
Passwoord {password} (met hoofdletter)
't Wachtwoord is {password} hé
Paswoord is gewoon {password}""",
"fr": """Mon mot de passe c'est {password}
Mdp : {password}
mot de pass {password}
{password} c'est mon mdp
J'ai mis comme mot de passe {password}
Le mot de passe que j'utilise : {password}
mdp= {password}
Mot de passe actuel {password} s'il vous plaît""",
"en": """My password is {password}
pwd: {password}
Password {password} doesn't work anymore
I set the new password to {password}
passwrd is {password}
{password} is what I've been using as password
pass: {password}""",
},
"username": {
"nl": """Inloggen met {username} en ww {password}
Gebruikersnaam: {username}⏎Wachtwoord: {password}
inlog {username} pw={password}
Mijn gebruikesnaam is {username}
{username} / {password}
Login: {username}
Account {username}, wachtwoord {password}""",
"vl": """Ik log in met {username} en da paswoord {password}
Mijne login is {username}
user {username} pas {password}
{username} {password} klopt toch
Gebruikersnaam is {username} maar ge kunt ook mijn mail proberen
login {username}, paswoord {password}""",
"fr": """Identifiant : {username}⏎Mot de passe : {password}
Mon login c'est {username} et le mdp {password}
credentials: {username}:{password}
Nom d'utilisateur {username}
user : {username} / pass : {password}
je me connecte avec {username} et {password}
Identifiant {username} s'il vous plaît
Mon identifiant est {username}""",
"en": """Username: {username}⏎Password: {password}
login is {username} and pw {password}
{username}:{password}
user name {username}
Account name {username}, pass {password}
I log in as {username}
credentials {username} / {password}""",
},
"pin": {
"nl": """Mijn pincode is {pin}
pin {pin}
De pincdoe is {pin}
Ik heb {pin} ingetikt als pincode
Ik dacht dat {pin} de juiste pin was
pincode: {pin}
{pin} is de pincode""",
"vl": """Mijne pincode is {pin} da weet ik zeker
Ik heb {pin} getypt als pin
Amai, de pin is toch {pin}
pin = {pin}
De pincode die ik altijd gebruik is {pin}
'k heb {pin} als pin""",
"fr": """Mon code pin c'est {pin}
code secret {pin}
J'ai tapé {pin}, c'est bien mon code pin
Le PIN est {pin}
code confidentiel {pin}
le pin c est {pin} je suis sure
mon code PIN : {pin}
code pin= {pin}""",
"en": """My PIN is {pin}
pin number {pin}
PIN: {pin}
I typed {pin}, that's my PIN
the pin is {pin}
pin = {pin}
{pin} is my PIN""",
},
"puk": {
"nl": """PUK-code {puk}
De PUK is {puk}
pukcode: {puk}
Ik heb PUK {puk} geprobeerd
Op de kaart staat PUK {puk}
puk {puk} werkt ook niet
PUK1 {puk}""",
"vl": """De puk van mijn simkaart is {puk}
Ik heb de PUK gevonden: {puk}
pukcdoe {puk} (van den houder)
{puk} is de puk denk ik
Mijn zoon zijne PUK is {puk}
PUK staat op het kaartje: {puk}""",
"fr": """Code PUK : {puk}
le PUK c'est {puk}
J'ai essayé le code puk {puk}
Mon PUK {puk}
{puk} c'est le code PUK sur le support de la carte
code de déblocage PUK {puk}
puk= {puk}
le code PUK de ma fille : {puk}""",
"en": """PUK code {puk}
The PUK is {puk}
puk: {puk}
I entered PUK {puk}
{puk} is the PUK from the SIM holder
unblock code (PUK) {puk}""",
},
"otp": {
"nl": """De code die ik kreeg is {otp}
Verificatiecode: {otp}
sms-code {otp}
Ik kreeg {otp} per sms
verificatiecdoe {otp} werkt niet
Eenmalige code {otp}
Bevestigingscode is {otp6}""",
"vl": """Ge vroeg de code uit de sms, 't is {otp}
Den sms-code is {otp}
Ik kreeg juist een code: {otp}
'k heb {otp} ingegeven als code
code van de sms {otp}""",
"fr": """code reçu par SMS : {otp}
Code de vérification {otp}
le code a usage unique c'est {otp}
code de confirmation {otp6}
Code OTP {otp}
j'ai reçu le code {otp}
le code du SMS : {otp}""",
"en": """The code I got is {otp}
verification code: {otp}
2FA code {otp}
OTP {otp}
one-time code {otp}
Got {otp} by text
security code from the SMS: {otp6}""",
},
"resp": {
"nl": """Responscode: {resp}
De kaartlezer geeft {resp}
ik tik {resp} in als responscode
antwoordcode van de lezer {resp}""",
"vl": """De responscode van mijn kaartlezer is {resp}
Mijne digipass geeft {resp}
Ik heb {resp} ingegeven als responscode
Code van de kaartlezer: {resp}
Mijn responscdoe {resp} wordt geweigerd
den digipass zegt {resp}""",
"fr": """Le code de réponse est {resp}
Ma digipass affiche {resp}
J'ai encodé {resp} comme code de réponse
code réponse du lecteur : {resp}
le lecteur me donne {resp}
code de reponse {resp}
la digipass indique {resp}""",
},
"wifi_key": {
"nl": """Wifi wachtwoord: {wifi}
De netwerksleutel is {wifi}
WPA-sleutel {wifi}
Op de sticker staat {wifi} als wifi-code
wifi code {wifi}
Ik heb de wifi sleutel veranderd naar {wifi}
Wifiww {wifi}""",
"vl": """Den wifi code is {wifi}
Het paswoord van de wifi is {wifi}, da staat ook op de sticker
Ik typ {wifi} over van de sticker onder de modem
wifi: {ssid} / {wifi}
Sleutel van 't netwerk {ssid} is {wifi}
wifi-paswoord {wifi}""",
"fr": """La clé wifi est {wifi}
Clé WPA : {wifi}
mot de passe wifi {wifi}
J'ai recopié {wifi} depuis l'autocollant
réseau {ssid}, clé {wifi}
code wifi = {wifi}
la cle de securite du reseau c'est {wifi}
J'ai changé le mdp du wifi en {wifi}""",
"en": """Wi-Fi password: {wifi}
network key is {wifi}
WPA key {wifi}
the key on the sticker is {wifi}
wifi pw {wifi}
{ssid} / {wifi}""",
},
"api_key": {
"nl": """Onze API key is {apikey}
api-sleutel: {apikey}
We gebruiken {apikey} als key
Secret key {apikey}
AWS access key {awsid}, secret {awssecret}
key={apikey}
de sleutel {apikey} geeft 401""",
"vl": """Ons api key is {apikey}, da werkte gisteren nog
Mijne developer sleutel {apikey}
Ik heb de key {apikey} in de config gestoken
secret {awssecret}
Nieuwe key aangemaakt: {apikey}
API_KEY={apikey}""",
"fr": """Notre clé API : {apikey}
la clé secrète {apikey} renvoie une erreur
J'utilise la clé {apikey}
clé d'accès AWS {awsid} et secret {awssecret}
api key= {apikey}
Voici la cle API {apikey}
header X-Api-Key: {apikey}
clé live {apikey}""",
"en": """Our API key is {apikey}
secret key: {apikey}
aws_secret_access_key = {awssecret}
using key {apikey}
apiKey: '{apikey}'
Authorization: ApiKey {apikey}
the live key {apikey} is rejected""",
},
"token": {
"nl": """Authorization: Bearer {token}
Het token is {token}
access token {token}
refresh token: {token}
token={hex40}
Ons sessietoken {token}
GitHub-token {token}""",
"vl": """Ik krijg 401 met da token {token}
Den bearer is {jwt}
Token van gisteren: {token}
Mijn personal access token {token}
't Token {hex40} is toch nog geldig
session token {token}""",
"fr": """Le token : {token}
Bearer {jwt}
jeton d'accès {token}
mon token {hex40}
le refresh token {token} a expiré
token de session {token}
Authorization: Bearer {token}
J'envoie le jeton {token}""",
"en": """Bearer {token}
access_token={token}
my token is {token}
session token {hex40}
PAT {token}
the refresh token {jwt} is expired
token: {token}""",
},
"card": {
"nl": """Kaartnummer {card}
Mijn kaart: {card}, vervaldatum {exp}
Het nummer van de kaart is {card}
{card} ({exp})
kaartnr {card} exp {exp}
Creditcard {card}
Ik heb betaald met {card}""",
"vl": """Mijne Bancontact is {bancontact}
Kaart {card} geldig tot {exp}
Ge moet de kaart {card} blokkeren
Volledig nummer: {card}
kaart {card}, {exp}
Nummer van mijn bankkaart {bancontact}""",
"fr": """Numéro de carte : {card}
Ma carte {card} expire le {exp}
carte de crédit {card}
j'ai payé avec la carte {card}
{card} exp {exp}
le numero de ma carte bancaire c'est {bancontact}
carte n° {card}
ma carte {card} {exp}""",
"en": """Card number {card}
card: {card} exp {exp}
long number on the card is {card}
I paid with {card}
{card}, {exp}
my credit card {card}
CC {card}""",
},
"cvv": {
"nl": """De cvc is {cvv}
code achterop {cvv}
3 cijfers achterop: {cvv}
kaart {card}, exp {exp}, cvc {cvv}
veiligheidscode {cvv}
CVV {cvv}
{card} {exp} {cvv}""",
"vl": """De drie cijferkes op de achterkant zijn {cvv}
Cvc code is {cvv}
code op de achterkant {cvv}
Kaart {card} vervalt {exp} en de code achteraan is {cvv}
cvv: {cvv}
controlecode achterop {cvv}""",
"fr": """Le cryptogramme est {cvv}
code de sécurité {cvv}
les 3 chiffres au dos : {cvv}
CVC {cvv}
carte {card} exp {exp} cvv {cvv}
cryptogramme visuel {cvv}
le code au dos c'est {cvv}
{cvv} c'est le code derrière la carte""",
"en": """CVV {cvv}
security code {cvv}
the 3 digits on the back are {cvv}
cvc: {cvv}
card {card}, expires {exp}, CVV {cvv}
CVV2 {cvv}
{cvv} is the code on the back""",
},
"iban": {
"nl": """Mijn IBAN is {iban}
Rekeningnummer: {iban}
Gelieve terug te storten op {iban}
rekening {iban} op naam van {name}
IBAN {iban}
Stort het maar op {iban}
rek.nr. {iban}""",
"vl": """Mijn rekeningnummer is {iban_be}
Ge moogt het terugstorten op {iban_be} aub
Het nieuwe nummer is {iban_be}, de oude rekening is afgesloten
Domiciliëring mag van {iban_be}
Rekening van mijn vrouw: {iban}
BE-rekening {iban_be}""",
"fr": """Mon IBAN : {iban}
numéro de compte {iban_be}
Merci de rembourser sur {iban}
compte bancaire {iban_be} au nom de {name}
la domiciliation peut se faire sur {iban_be}
IBAN {iban}
mon n° de compte c'est {iban_be}
virement sur {iban}""",
"en": """My IBAN is {iban}
account: {iban}
please refund to {iban}
IBAN {iban}
bank details: {iban}
Pay it into {iban}
account number (IBAN) {iban}""",
},
"bsn": {
"nl": """Mijn BSN is {bsn}
BSN: {bsn}
burgerservicenummer {bsn}
sofinummer {bsn}
BSN-nummer {bsn}
Gegevens: {name} {dob} {bsn}
bsn {bsn} staat op mijn loonstrook""",
"vl": """Ik werk in Nederland, mijn BSN is {bsn}
Mijn Nederlands nummer (BSN) is {bsn}
BSN da ik van de gemeente Maastricht kreeg: {bsn}
bsn {bsn}
Mijn BSN-nummer: {bsn}
{bsn} is mijn bsn""",
"fr": """Mon numéro BSN néerlandais est {bsn}
BSN : {bsn}
je travaille aux Pays-Bas, BSN {bsn}
numéro de service citoyen (BSN) {bsn}
mon BSN c'est {bsn}
le numéro BSN sur ma fiche de paie : {bsn}
BSN= {bsn}
identifiant néerlandais BSN {bsn}""",
"en": """My BSN is {bsn}
BSN: {bsn}
citizen service number {bsn}
Dutch BSN {bsn}
my burgerservicenummer is {bsn}
BSN number {bsn}""",
},
}


# ---------------------------------------------------------------------------
# message frames: "@@ family | lang | channels" then the text
# [[type]] = a phrasing snippet of that high-risk type; {x} = value/negative/filler
# ---------------------------------------------------------------------------

FRAMES_SRC = r"""
@@ bank_reader | nl-be | M WA XD
Goeiemiddag, ik probeer een overschrijving van {n_amount} te doen in de app van {brand_bank} maar het lukt niet. [[resp]] en dan krijg ik foutcode {n_err}. Wat moet ik doen?
@@ bank_reader | nl-be | WA TG
hallo
kaartlezer {n_reader} doet raar
[[resp]]
en toch zegt de site 'ongeldige code'
@@ bank_reader | nl-be | E
Onderwerp: responscode wordt geweigerd

Beste,

Sinds {n_date} kan ik niet meer inloggen in PC Banking. Ik steek mijn kaart in de {n_reader}, tik mijn pincode, en [[resp]]. Toch verschijnt foutmelding {n_err}. Ik heb de batterij al vervangen.
Mijn klantnummer bij jullie is {custno}.
@@ bank_reader | nl-be | M IG
Allez, al de 3e keer vandaag. De challenge overtypen lukt wel maar {ini} vroeg mij de responscode: {resp}. Is da nu normaal dat dat niet werkt?
@@ bank_reader | nl-be | XD M
Amai, digipass zegt {resp} maar de website weigert. Rekening {iban_be} staat nu geblokkeerd
@@ bank_reader | nl-be | X FB
{n_mbank} al 2 dagen kan ik niet inloggen met mijn kaartlezer, foutcode {n_err} bij het ondertekenen. Helpdesk {n_cphone} neemt ni op {n_hashtag}
@@ bank_reader | nl-be | FB X
{n_mbank} waarom moet ik in {n_year} nog altijd met zo'n kaartlezer ({n_reader}) prutsen? Code invoeren, code overtypen, en dan nog foutcode {n_err}. {n_hashtag}
@@ bank_reader | nl-be | M WA
Dag, mijn kaartlezer toont 'Err {n_err}' als ik mijn pin intik. Is de batterij plat of de kaart kapot? Mijn kaart eindigt op {n_maskcard}. Geen haast, morgen na {n_time} ben ik thuis.
@@ bank_itsme | nl-be | WA M IG
Hey, itsme vraagt mijn code en ik ben hem kwijt. [[pin]]? of was dat van mijn vorige gsm. Ik heb een {n_device} met {n_version}
@@ bank_itsme | nl-be | M XD
Ik heb itsme opnieuw geïnstalleerd op mijne nieuwe {n_device}. Mijn code van 5 cijfers is {pin5} maar hij blijft 'foute code' zeggen. Bankrekening {iban_be} staat er wel in
@@ bank_itsme | nl-be | X FB
{n_mbank} sinds de update naar app versie {n_version} crasht alles bij het bevestigen met itsme. Code ingeven, wit scherm. {n_hashtag}
@@ bank_card | nl-be | WA M
Goeiedag
Mijn Bancontact is ingeslikt in de automaat van {brand_bank} in {city}
[[card]]
Kunnen jullie ze blokkeren aub
@@ bank_card | nl-be | M IG
Ik heb 3x een verkeerde pin ingegeven aan de kassa, nu is mijn kaart geblokkeerd. [[pin]] dacht ik. Kunt ge die deblokkeren of moet ik naar 't kantoor?
@@ bank_card | nl-be | E
Onderwerp: kaart verloren

Dag,

Gisteren rond {n_time} ben ik mijn portefeuille verloren aan het station van {city}. Daarin zat mijn bankkaart. [[card]]. Graag zo snel mogelijk blokkeren. Ik heb ook al naar Card Stop gebeld ({n_cphone}), ticket {n_ticket}.
@@ bank_card | nl-be | WA TG
Goeiemorgen, betaling van {n_amount} bij {brand_shop} is dubbel afgeschreven
[[card]]
Het gaat om bestelling {n_order}
@@ bank_card | nl-be | M
Ge vroeg me de laatste 4 cijfers van mijn kaart: {n_maskcard}. En de pincode ga ik u zeker ni geven hé 😅
@@ bank_iban | nl-be | WA M E
Bij de terugbetaling van factuur {n_invoice} ({n_amount}) is er iets mis gegaan. [[iban]]. Kunt ge het nog eens proberen?
@@ bank_iban | nl-be | M IG
Ik ben verhuisd en heb een nieuwe rekening. [[iban]], mag de domiciliëring daarop vanaf {n_date}?
@@ bank_iban | nl-be | XD M
Ik zie op uw site {n_mask} staan als mijn rekening maar dat is de oude. Nieuw: {iban_be}
@@ telco_wifi | nl-be | WA M TG
Ik heb de nieuwe modem {n_modem} aangesloten maar mijn laptop geraakt ni op de wifi. [[wifi_key]] en toch zegt hij 'verkeerd wachtwoord'
@@ telco_wifi | nl-be | M IG
Goeiemiddag, mijn internet valt constant weg. Modem {n_modem}, firmware {n_version}, snelheid maar {n_qty} ipv {n_qty}. Het wifi wachtwoord staat op de sticker maar mijn tv vindt het netwerk {ssid} ni
@@ telco_wifi | nl-be | WA TG
hallo
ik heb de wifi code veranderd
[[wifi_key]]
nu werkt de printer ni meer
@@ telco_wifi | nl-be | X FB IGC
{n_mtel} al 3 dagen geen internet in {city}, modem {n_modem} knippert oranje. Storingsnummer {n_ticket}. Amai, {n_hashtag}
@@ telco_wifi | nl-be | E
Onderwerp: wifi bereik bovenverdieping

Hallo,

Wij hebben sinds {n_date} een {n_modem} van {brand_tel}, maar boven hebben we amper bereik ({n_qty}). Moet ik een booster bijkopen? Op de site ({n_url}) staat de Wi-Fi Booster voor {n_amount}.
[[wifi_key]], als de technieker dat nodig heeft.
@@ telco_wifi | nl-be | WA M
Ge vroeg naar de netwerknaam: {ssid}. De sleutel is {wifi}
@@ telco_sim | nl-be | WA M TG
Mijn gsm vraagt de PUK want ik heb 3x verkeerde pin getypt 🙈 [[puk]] maar dat werkt ook ni. Kunt ge helpen?
@@ telco_sim | nl-be | M XD
Ik heb een nieuwe simkaart gekregen in de winkel. [[pin]] en [[puk]], moet ik die ergens activeren?
@@ telco_sim | nl-be | WA TG
allez nu is mijne sim geblokkeerd
PUK ingeven zegt hij
[[puk]]
ok?
@@ telco_sim | nl-be | X FB
{n_mtel} waarom staat de PUK niet meer op mijn factuur {n_invoice}? 3x foute pincode en nu zit ik zonder gsm {n_hashtag}
@@ telco_sim | nl-be | M WA
Dag, ik ga naar het buitenland op {n_date} en wil roaming aanzetten. Verbruik deze maand al {n_qty}, is dat inbegrepen in mijn abonnement van {n_amount}?
@@ telco_login | nl-be | M IG WA
Ik kan ni inloggen op MyTelonet. [[username]]. Ik krijg altijd fout {n_err}
@@ telco_login | nl-be | E
Onderwerp: geen toegang tot mijn account

Goeiedag,

Ik probeer al een week in te loggen op uw klantenzone om mijn factuur {n_invoice} te bekijken. [[username]]. Na het ingeven krijg ik de melding "{n_err} - account vergrendeld". Klantnummer {custno}.
@@ telco_login | nl-be | WA TG
ik krijg de sms code niet
[[otp]]?? nee da was de vorige
ok nu wel: {otp}
@@ telco_decoder | nl-be | M WA
Mijn zoon heeft de ouderlijke pincode van de decoder ({n_decoder}) veranderd en we weten hem ni meer. [[pin]], maar da werkt ni. Kunt ge hem resetten?
@@ telco_decoder | nl-be | WA M IG
Decoder {n_decoder} zegt foutcode {n_err} bij opstarten. Pin ouderlijk toezicht vraagt hij ni eens. Softwareversie {n_version}
@@ energy | nl-be | E
Onderwerp: meterstanden

Beste,

Hierbij mijn meterstanden van {n_date}: dag {n_meter}, nacht {n_meter}. EAN-code {n_ean}. Klantnummer {custno}.
Mijn voorschot van {n_amount} lijkt me te hoog, kan dat naar beneden?
@@ energy | nl-be | M WA
Dag, ik krijg de meterstanden ni ingegeven op de site, foutcode {n_err}. Dag {n_meter} en nacht {n_meter}, EAN {n_ean}
@@ energy | nl-be | WA TG
meterstand doorgeven
dag {n_meter}
nacht {n_meter}
ean {n_ean}
bedankt
@@ energy | nl-be | X FB
{n_menergy} jaarafrekening van {n_amount} terwijl we {n_pct} minder verbruikt hebben ({n_qtye}). Amai. {n_hashtag}
@@ energy | nl-be | M E
Ik verhuis op {n_date} naar {addr_be}. Kan het contract mee? Klantnummer {custno}, EAN van de nieuwe woning {n_ean}
@@ energy | nl-be | M IG
Ik wil overschakelen naar domiciliëring. [[iban]]. Klantnummer {custno}
@@ parcel | nl-be | WA M
Hallo, mijn pakje met trackingnummer {n_track} staat al 4 dagen op 'in sortering'. Bezorgadres: {addr_be}. Tel {phone_be}
@@ parcel | nl-be | X IGC FB
{n_mpost} pakket {n_track} 'niet thuis' om {n_time} terwijl ik de hele dag thuis was {n_hashtag}
@@ parcel | nl-be | M XD
Kunt ge mijn pakje ({n_track}) leveren bij de buren op {addr_be}? Ik ben bereikbaar op {phone_be}
@@ parcel | nl-be | WA TG
pakket {n_track}
afhaalcode? ik heb geen sms gekregen
gsm nr {phone_be}
@@ mutual | nl-be | E
Onderwerp: terugbetaling kinesist

Beste,

Ik heb op {n_date} de getuigschriften binnengebracht voor de kine van mijn dochter. Ledennummer {custno}. Tot nu toe niets ontvangen. [[iban]].
Mijn adres is ondertussen gewijzigd naar {addr_be}.
@@ mutual | nl-be | M WA
Dag, ik ben lid van {brand_mut} en wil de nieuwe adresgegevens doorgeven: {addr_be}. Geboortedatum {dob}, lidnummer {custno}
@@ mutual | nl-be | X FB
{n_mention} wachttijd aan de telefoon ({n_cphone}) al 45 minuten. Voor een simpel attest. {n_hashtag}
@@ nlwork | nl-be | E
Onderwerp: Belg werkzaam in Nederland - toeslag

Geachte,

Ik woon in {city} maar werk sinds {n_year} in Eindhoven. Voor de aanvraag van zorgtoeslag vraagt {brand_gov} mijn gegevens. [[bsn]]. Geboren op {dob}. Mijn Belgisch adres is {addr_be}.
@@ nlwork | nl-be | M WA
Goeiemiddag, ik ben grensarbeider (werk in Breda). [[bsn]]. Mijn loon wordt gestort op {iban_be}
@@ nlwork | nl-be | WA TG
ge vroeg mijn bsn
{bsn}
en geboortedatum {dob}
@@ dev_api | nl-be | E
Onderwerp: webhook faalt met 401

Hallo {brand_api} support,

Sinds uw update van {n_date} ({n_version}) geeft onze webhook {n_err}. [[api_key]]. Ook het token werkt niet: [[token]].
Shop-ID in het dashboard: {n_sku}.
@@ dev_api | nl-be | TG M
Vraagje: de test-key werkt wel, de live key ni. [[api_key]]. Foutcode {n_err}
@@ dev_api | nl-be | TG XD
[[token]] en toch 403. Rate limit is {n_qty}? we zitten maar aan {n_pct}
@@ shop | nl-be | M WA IG
Mijn bestelling {n_order} van {n_amount} is nog ni geleverd. Ik heb betaald met kaart maar zie 2x de afschrijving. [[card]]
@@ shop | nl-be | X IGC FB
{n_mshop} bestelling {n_order} al 2 weken onderweg, tracking {n_track} zegt niks meer sinds {n_date} {n_hashtag}
@@ shop | nl-be | E
Onderwerp: retour artikel {n_sku}

Dag,

Ik wil het artikel {n_sku} ({n_device}) terugsturen, bestelling {n_order}, factuur {n_invoice}. Het scherm heeft een barst. Terugbetaling graag. [[iban]].
@@ shop | nl-be | M XD
Bij het afrekenen vraagt de site om de 3 cijfers achterop. [[cvv]]. Dan foutmelding {n_err} en geen bestelling
@@ airline | nl-be | E
Onderwerp: vlucht {n_flight} geannuleerd

Beste,

Onze vlucht {n_flight} van {n_date} om {n_time} werd geannuleerd. Ik vraag terugbetaling van {n_amount} voor 4 personen. Betaald met kaart. [[card]].
@@ airline | nl-be | X FB
{n_mention} vlucht {n_flight} al {nn} min vertraging en geen enkele uitleg aan gate {n} {n_hashtag}
@@ insurance | nl-be | M WA
Dag, schadedossier {n_ticket}: de herstelling kost {n_amount}, franchise is {n_amount}. Gelieve het saldo te storten. [[iban]]
@@ insurance | nl-be | E
Onderwerp: autoverzekering - nieuwe wagen

Goeiemiddag,

Vanaf {n_date} hebben we een nieuwe wagen. Polisnummer {custno}. Ik woon nog altijd op {addr_be}, gsm {phone_be}. Mijn geboortedatum: {dob}.
@@ generic_login | nl-be | WA M
Allez, ik heb mijn wachtwoord gereset en nu staat er 'link verlopen'. [[password]], mag ik dat gewoon zo houden?
@@ generic_login | nl-be | M IG TG
Ik geraak ni in de app. [[password]] en [[otp]]. Versie {n_version} op een {n_device}
@@ generic_login | nl-be | WA
[[username]]
ik typ het juist over
foutcode {n_err}
@@ generic_login | nl-be | X FB IGC
{n_mention} wachtwoord vergeten, reset mail komt niet aan. 3 keer geprobeerd sinds {n_time}. {n_hashtag}
@@ codeswitch | nl-be | WA M
Bonjour euh dag, ik ben Brusselaar, mijn Nederlands is niet perfect. Mon code pin de la carte SIM: {pin}, en de PUK is {puk}. Merci hé
@@ codeswitch | nl-be | M E
Dag, ik had al gemaild naar de service client maar ze antwoorden in 't Frans. Dossier {n_ticket}. Mijn gsm-nummer {phone_be}, adres {addr_be}. Merci
@@ codeswitch | nl-be | WA
hoi, sorry pour le retard
ge vroeg het rekeningnummer
{iban_be}
alé merci
@@ complaint | nl-be | X
{n_mtel} amai, {n_pct} duurder vanaf {n_date} en internet nog altijd {n_qty}. Alé, nieuwe provider zoeken {n_hashtag}
@@ complaint | nl-be | FB IGC
Al 3 weken wacht ik op een technieker. Dossier {n_ticket}, telkens 'tussen {n_time} en {n_time}' en niemand komt. {n_mention}
@@ complaint | nl-be | X FB
{n_mbank} app versie {n_version} werkt ni op mijn {n_device}. Foutcode {n_err} bij het inloggen met itsme. Allez!
@@ complaint | nl-be | IGC FB
Factuur {n_invoice} van {n_amount} voor een modem die ik al in {n_year} teruggestuurd heb?? {n_mention} {n_hashtag}
@@ ask | nl-be | A
Dag {first}, bedankt voor uw bericht. Om uw dossier {n_ticket} verder te behandelen hebben we uw klantnummer en adres nodig. Geef nooit uw pincode, responscode of wachtwoord door. Groetjes, {agent}
@@ ask | nl-be | A
Hoi {first}, de PUK-code vindt u in de klantenzone onder 'Mijn producten' of via {n_url}. Deel die code niet hier in het gesprek. {ini}
@@ ask | nl-be | A
Dag {first}, de sticker met het wifi wachtwoord zit onderaan de {n_modem}. Wilt u ons laten weten welke foutcode ({n_err}?) u krijgt? {ini}
@@ repeat | nl-be | A
Dag {first}, ik heb uw rekeningnummer {iban_be} genoteerd voor de terugbetaling van {n_amount}. U ontvangt het bedrag binnen 10 werkdagen. {ini}
@@ repeat | nl-be | A
Bedankt {first}. Ter controle: uw adres is {addr_be} en uw gsm-nummer {phone_be}? Dan passen we het aan in dossier {n_ticket}. {agent}
@@ repeat | nl-be | A
Hallo {first}, we hebben uw wifi opnieuw ingesteld. Netwerk {ssid}, nieuwe sleutel {wifi}. Herstart de {n_modem} na {n_time}. {ini}
@@ repeat | nl-be | A
Dag {first}, uw SIM is gedeblokkeerd. De nieuwe PUK is {puk}, bewaar die goed. Nieuwe pin is {pin}. {ini}
@@ bank_reader | fr-be | M WA
Bonjour, je n'arrive plus à signer mes virements dans l'app {brand_bank}. [[resp]] mais ça affiche l'erreur {n_err}. S'il vous plaît, c'est urgent, j'ai un loyer de {n_amount} à payer.
@@ bank_reader | fr-be | WA TG
bonjour
mon lecteur de carte ({n_reader}) affiche n'importe quoi
[[resp]]
refusé à chaque fois
@@ bank_reader | fr-be | E
Objet : code de réponse refusé

Madame, Monsieur,

Depuis le {n_date}, impossible de me connecter à mon espace en ligne. J'insère ma carte dans le lecteur, je tape mon code, [[resp]], et le site répond « code invalide » ({n_err}).
Mon numéro client est le {custno}. Merci de me recontacter au {phone_be}.
@@ bank_reader | fr-be | X FB
{n_mbank} encore en panne ce matin, erreur {n_err} avec le lecteur de carte. Le service client au {n_cphone} ne décroche pas {n_hashtag}
@@ bank_reader | fr-be | M XD
Ma digipass affiche {resp} mais la banque dit que c'est faux. Mon compte {iban_be} est bloqué depuis {n_time}, s'il vous plaît aidez moi
@@ bank_itsme | fr-be | M IG WA
Bonjour, j'ai changé de GSM ({n_device}) et itsme me demande mon code. [[pin]], mais il dit code incorrect. Version {n_version}.
@@ bank_itsme | fr-be | X FB
{n_mbank} l'app plante depuis la version {n_version}, impossible de confirmer avec itsme. Nonante pourcent de mes virements bloqués {n_hashtag}
@@ bank_itsme | fr-be | WA TG
j'ai oublié mon code itsme
c'était {pin5} je crois
ou alors celui de ma carte
@@ bank_card | fr-be | WA M
Bonjour
ma carte Bancontact a été avalée par le distributeur à {city}
[[card]]
pouvez-vous la bloquer s'il vous plaît
@@ bank_card | fr-be | M IG
J'ai tapé 3 fois un mauvais code à la caisse du {brand_shop}. [[pin]] normalement. Comment débloquer s'il vous plaît ?
@@ bank_card | fr-be | E
Objet : carte volée

Bonjour,

On m'a volé mon portefeuille ce matin vers {n_time} dans le tram. [[card]]. J'ai déjà appelé Card Stop au {n_cphone}, référence {n_ticket}. Pouvez-vous me confirmer le blocage s'il vous plaît ?
@@ bank_card | fr-be | M WA
Paiement de {n_amount} débité deux fois chez {brand_shop} (commande {n_order}). [[card]] s'il vous plaît vérifiez
@@ bank_card | fr-be | M
Vous me demandez les derniers chiffres de la carte : {n_maskcard}. Le code pin je ne le donne pas, ma banque dit de jamais le donner 😉
@@ bank_iban | fr-be | M WA E
Pour le remboursement de la facture {n_invoice} ({n_amount}), [[iban]]. Merci d'avance.
@@ bank_iban | fr-be | M IG
J'ai changé de banque. [[iban]]. La domiciliation peut commencer le {n_date} s'il vous plaît
@@ bank_iban | fr-be | XD M
Sur votre site je vois {n_mask} mais c'est l'ancien compte. Nouveau : {iban_be}
@@ telco_wifi | fr-be | WA M TG
J'ai branché le nouveau modem {n_modem} mais mon PC ne se connecte pas. [[wifi_key]] et il dit « mot de passe incorrect ».
@@ telco_wifi | fr-be | M IG
Bonjour, ma connexion coupe tout le temps. Modem {n_modem}, firmware {n_version}, je reçois {n_qty} au lieu de {n_qty}. La clé wifi est sur l'autocollant mais la TV ne trouve pas le réseau {ssid}
@@ telco_wifi | fr-be | WA TG
bonjour
j'ai changé le code wifi hier
[[wifi_key]]
l'imprimante ne marche plus s'il vous plaît
@@ telco_wifi | fr-be | X FB IGC
{n_mtel} plus d'internet depuis 3 jours à {city}, le modem {n_modem} clignote rouge. Ticket {n_ticket}. Inadmissible {n_hashtag}
@@ telco_wifi | fr-be | E
Objet : portée wifi à l'étage

Bonjour,

Nous avons depuis le {n_date} un {n_modem} de {brand_tel}, mais à l'étage le débit tombe à {n_qty}. Faut-il acheter un répéteur ? Sur votre site ({n_url}) il coûte {n_amount}.
[[wifi_key]], si le technicien en a besoin.
@@ telco_wifi | fr-be | WA M
Vous demandiez le nom du réseau : {ssid}. La clé c'est {wifi} s'il vous plaît
@@ telco_sim | fr-be | WA M TG
Mon GSM demande le PUK car j'ai raté le code pin 3 fois 🙈 [[puk]] mais ça ne marche pas non plus
@@ telco_sim | fr-be | M XD
J'ai reçu une nouvelle carte SIM au shop. [[pin]] et [[puk]], je dois l'activer quelque part ?
@@ telco_sim | fr-be | WA TG
sim bloquée
il demande le puk
[[puk]]
c'est bon comme ça ?
@@ telco_sim | fr-be | X FB
{n_mtel} pourquoi le code PUK n'est plus sur la facture {n_invoice} ? 3 erreurs de code pin et plus de GSM {n_hashtag}
@@ telco_sim | fr-be | M WA
Bonjour, je pars en vacances le {n_date}, le roaming est inclus dans mon abonnement à {n_amount} ? Déjà {n_qty} consommés ce mois-ci.
@@ telco_login | fr-be | M IG WA
Impossible de me connecter à mon espace client. [[username]]. J'ai l'erreur {n_err} à chaque fois s'il vous plaît
@@ telco_login | fr-be | E
Objet : accès à mon compte

Bonjour,

Je n'arrive plus à accéder à mon espace client pour télécharger la facture {n_invoice}. [[username]]. Le site affiche « {n_err} - compte verrouillé ». Mon numéro client : {custno}.
@@ telco_login | fr-be | WA TG
je ne reçois pas le sms
[[otp]] ? non ça c'était l'ancien
ok reçu : {otp}
@@ telco_decoder | fr-be | M WA
Mon fils a changé le code parental du décodeur ({n_decoder}) et on ne s'en souvient plus. [[pin]], mais ça ne passe pas. Vous pouvez le réinitialiser ?
@@ telco_decoder | fr-be | WA M IG
Le décodeur {n_decoder} affiche l'erreur {n_err} au démarrage. Version logiciel {n_version}. Le code parental n'est même pas demandé
@@ energy | fr-be | E
Objet : relevé d'index

Bonjour,

Voici mes index du {n_date} : jour {n_meter}, nuit {n_meter}. Code EAN {n_ean}. Numéro client {custno}.
Mon acompte de {n_amount} me semble trop élevé, est-il possible de le diminuer ?
@@ energy | fr-be | M WA
Bonjour, impossible d'encoder mes index sur le site, erreur {n_err}. Jour {n_meter} et nuit {n_meter}, EAN {n_ean} s'il vous plaît
@@ energy | fr-be | WA TG
index compteur
jour {n_meter}
nuit {n_meter}
EAN {n_ean}
merci
@@ energy | fr-be | X FB
{n_menergy} décompte annuel de {n_amount} alors qu'on a consommé {n_pct} de moins ({n_qtye}). Septante euros de plus par mois ? {n_hashtag}
@@ energy | fr-be | M E
Je déménage le {n_date}, nouvelle adresse : {addr_be}. Le contrat peut suivre ? Client {custno}, EAN du nouveau logement {n_ean}
@@ energy | fr-be | M IG
Je voudrais passer à la domiciliation. [[iban]]. Numéro client {custno} s'il vous plaît
@@ parcel | fr-be | WA M
Bonjour, mon colis {n_track} est « en cours de tri » depuis 4 jours. Adresse de livraison : {addr_be}. Tél {phone_be}
@@ parcel | fr-be | X IGC FB
{n_mpost} colis {n_track} marqué « absent » à {n_time} alors que j'étais chez moi toute la journée {n_hashtag}
@@ parcel | fr-be | M XD
Vous pouvez déposer le colis ({n_track}) chez le voisin ? Son adresse : {addr_be}. Je suis joignable au {phone_be}
@@ parcel | fr-be | WA TG
colis {n_track}
code de retrait ? pas reçu de sms
mon gsm {phone_be}
@@ mutual | fr-be | E
Objet : remboursement kiné

Bonjour,

J'ai déposé le {n_date} les attestations de soins de ma fille. Numéro de membre {custno}. Toujours rien reçu. [[iban]].
Mon adresse a changé entre-temps : {addr_be}.
@@ mutual | fr-be | M WA
Bonjour, je suis affilié chez {brand_mut} et je voudrais changer mon adresse : {addr_be}. Date de naissance {dob}, numéro de membre {custno}
@@ mutual | fr-be | X FB
{n_mention} 45 minutes d'attente au {n_cphone} pour une simple attestation {n_hashtag}
@@ nlwork | fr-be | E
Objet : frontalier - travail aux Pays-Bas

Madame, Monsieur,

J'habite à {city} et je travaille à Maastricht depuis {n_year}. {brand_gov} me demande mes données pour l'allocation. [[bsn]]. Née le {dob}. Mon adresse belge : {addr_be}.
@@ nlwork | fr-be | M WA
Bonjour, je suis frontalier (je travaille à Heerlen). [[bsn]]. Mon salaire est versé sur {iban_be}
@@ nlwork | fr-be | WA TG
vous demandiez mon bsn
{bsn}
et ma date de naissance {dob}
@@ dev_api | fr-be | E
Objet : webhook en erreur 401

Bonjour l'équipe {brand_api},

Depuis votre mise à jour du {n_date} ({n_version}), notre webhook renvoie {n_err}. [[api_key]]. Le token ne fonctionne pas non plus : [[token]].
ID boutique : {n_sku}.
@@ dev_api | fr-be | TG M
Petite question : la clé de test fonctionne, la clé live non. [[api_key]]. Erreur {n_err}
@@ dev_api | fr-be | TG XD
[[token]] et toujours 403. La limite est de {n_qty} ? on est à {n_pct}
@@ shop | fr-be | M WA IG
Ma commande {n_order} de {n_amount} n'est toujours pas livrée et j'ai été débité deux fois. [[card]]
@@ shop | fr-be | X IGC FB
{n_mshop} commande {n_order} en route depuis 2 semaines, suivi {n_track} bloqué depuis le {n_date} {n_hashtag}
@@ shop | fr-be | E
Objet : retour article {n_sku}

Bonjour,

Je souhaite renvoyer l'article {n_sku} ({n_device}), commande {n_order}, facture {n_invoice}. L'écran est fissuré. Remboursement s'il vous plaît. [[iban]].
@@ shop | fr-be | M XD
Au paiement le site demande les 3 chiffres au dos. [[cvv]]. Puis erreur {n_err} et pas de commande
@@ airline | fr-be | E
Objet : vol {n_flight} annulé

Bonjour,

Notre vol {n_flight} du {n_date} à {n_time} a été annulé. Je demande le remboursement de {n_amount} pour 4 personnes. Payé par carte. [[card]].
@@ airline | fr-be | X FB
{n_mention} vol {n_flight} retardé de {nn} minutes sans aucune info à la porte {n} {n_hashtag}
@@ insurance | fr-be | M WA
Bonjour, dossier sinistre {n_ticket} : la réparation coûte {n_amount}, franchise {n_amount}. Merci de verser le solde. [[iban]]
@@ insurance | fr-be | E
Objet : assurance auto - nouveau véhicule

Bonjour,

À partir du {n_date} nous avons une nouvelle voiture. Numéro de police {custno}. Adresse inchangée : {addr_be}, GSM {phone_be}. Ma date de naissance : {dob}.
@@ generic_login | fr-be | WA M
J'ai réinitialisé mon mot de passe et maintenant « lien expiré ». [[password]], je peux le garder ?
@@ generic_login | fr-be | M IG TG
Je n'arrive pas à entrer dans l'app. [[password]] et [[otp]]. Version {n_version} sur un {n_device}
@@ generic_login | fr-be | WA
[[username]]
je recopie bien
erreur {n_err}
@@ generic_login | fr-be | X FB IGC
{n_mention} mot de passe oublié, l'email de réinitialisation n'arrive jamais. 3 essais depuis {n_time} {n_hashtag}
@@ codeswitch | fr-be | WA M
Goeiedag, sorry mon néerlandais est pas top. Mijn pincode van de simkaart is {pin} en de PUK {puk}, dank u wel s'il vous plaît
@@ codeswitch | fr-be | M E
J'avais déjà écrit à de klantendienst mais ils répondent en néerlandais. Dossier {n_ticket}. Mon GSM {phone_be}, adresse {addr_be}. Merci
@@ codeswitch | fr-be | WA
hallo sorry voor de vertraging
vous demandiez le numéro de compte
{iban_be}
dank u
@@ complaint | fr-be | X
{n_mtel} {n_pct} plus cher à partir du {n_date} et toujours {n_qty} de débit. Je change d'opérateur {n_hashtag}
@@ complaint | fr-be | FB IGC
3 semaines que j'attends un technicien. Dossier {n_ticket}, toujours « entre {n_time} et {n_time} » et personne. {n_mention}
@@ complaint | fr-be | X FB
{n_mbank} l'app {n_version} ne fonctionne pas sur mon {n_device}. Erreur {n_err} avec itsme. Nonante fois que je réessaie !
@@ complaint | fr-be | IGC FB
Facture {n_invoice} de {n_amount} pour un modem renvoyé en {n_year} ?? {n_mention} {n_hashtag}
@@ ask | fr-be | A
Bonjour {first}, merci pour votre message. Pour traiter votre dossier {n_ticket}, pourriez-vous nous communiquer votre numéro client et votre adresse ? Ne communiquez jamais votre code pin, code de réponse ou mot de passe. {agent}
@@ ask | fr-be | A
Bonjour {first}, vous trouverez le code PUK dans votre espace client sous « Mes produits » ou via {n_url}. Ne le partagez pas ici. {ini}
@@ ask | fr-be | A
Bonjour {first}, l'autocollant avec la clé wifi se trouve sous le {n_modem}. Quel code d'erreur ({n_err} ?) voyez-vous ? {ini}
@@ repeat | fr-be | A
Bonjour {first}, j'ai bien noté votre numéro de compte {iban_be} pour le remboursement de {n_amount}. Vous recevrez le montant sous 10 jours ouvrables. {ini}
@@ repeat | fr-be | A
Merci {first}. Pour vérification : votre adresse est {addr_be} et votre GSM {phone_be} ? Nous mettons à jour le dossier {n_ticket}. {agent}
@@ repeat | fr-be | A
Bonjour {first}, nous avons réinitialisé votre wifi. Réseau {ssid}, nouvelle clé {wifi}. Redémarrez le {n_modem} après {n_time}. {ini}
@@ repeat | fr-be | A
Bonjour {first}, votre SIM est débloquée. Le nouveau PUK est {puk}, conservez-le. Nouveau code pin {pin}. {ini}
"""

FRAMES_SRC += r"""
@@ bank_login | nl | M WA
Hoi, ik kan niet meer inloggen bij {brand_bank}. [[password]] en de app zegt foutcode {n_err}. Wat nu?
@@ bank_login | nl | WA TG
hoi
sms code komt niet aan
[[otp]] was de vorige
telefoon is een {n_device}
@@ bank_login | nl | E
Onderwerp: rekening geblokkeerd

Geachte heer/mevrouw,

Sinds {n_date} is mijn rekening geblokkeerd nadat ik drie keer een verkeerde code heb ingevoerd. [[username]]. Kunt u de blokkade opheffen? Klantnummer {custno}.
@@ bank_card | nl | M XD
Mijn pinpas is ingeslikt bij de automaat in {city}. [[card]]. Graag blokkeren, ik heb al gebeld met {n_cphone}.
@@ bank_card | nl | WA M
Dubbele afschrijving van {n_amount} bij {brand_shop}, order {n_order}
[[card]]
kunnen jullie dit terugdraaien?
@@ bank_card | nl | X FB
{n_mbank} pinnen in de supermarkt lukt niet, foutcode {n_err} bij het pinnen. Pas eindigt op {n_maskcard} {n_hashtag}
@@ bank_iban | nl | M WA E
De terugbetaling van factuur {n_invoice} ({n_amount}) is niet aangekomen. [[iban]]. Kunt u het nogmaals overmaken?
@@ telco_wifi | nl | WA M
Nieuwe modem {n_modem} geïnstalleerd, maar mijn laptop wil niet verbinden. [[wifi_key]]. Snelheid {n_qty}?
@@ telco_wifi | nl | X FB IGC
{n_mtel} al sinds {n_time} geen internet in {city}. Storing {n_ticket}? {n_hashtag}
@@ telco_wifi | nl | M IG
Het wifi wachtwoord staat op de sticker van de {n_modem} maar die is onleesbaar. Kunnen jullie het opzoeken? Klantnummer {custno}
@@ telco_sim | nl | WA M TG
Simkaart geblokkeerd na 3x verkeerde pincode. [[puk]], maar nu staat er 'PUK onjuist' 😩
@@ telco_sim | nl | M XD
Nieuwe simkaart ontvangen. [[pin]]. Moet ik hem nog activeren via {n_url}?
@@ telco_login | nl | M IG
Ik kom niet in Mijn {brand_tel}. [[username]]. Melding {n_err} - te veel pogingen
@@ energy | nl | E
Onderwerp: meterstanden doorgeven

Beste,

Mijn meterstanden van {n_date}: normaal {n_meter}, dal {n_meter}, gas {n_meter}. Klantnummer {custno}. Het termijnbedrag van {n_amount} kan omlaag denk ik, we verbruiken {n_pct} minder.
@@ energy | nl | X FB
{n_menergy} jaarafrekening van {n_amount} voor {n_qtye}? Vorig jaar was het de helft {n_hashtag}
@@ parcel | nl | WA M
Mijn pakket {n_track} staat al dagen op 'onderweg'. Adres: {addr_nl}. Bereikbaar op {phone_nl}
@@ parcel | nl | X IGC
{n_mpost} pakket {n_track} 'niet thuis' om {n_time}, ik zat gewoon thuis {n_hashtag}
@@ gov_bsn | nl | E
Onderwerp: aanvraag toeslag

Geachte heer/mevrouw,

Voor mijn aanvraag bij {brand_gov} stuur ik hierbij mijn gegevens. [[bsn]]. Geboortedatum {dob}. Adres: {addr_nl}. Mijn rekening: [[iban]].
@@ gov_bsn | nl | M WA
Goedemiddag, ik bel al de hele ochtend met {n_cphone}. [[bsn]], geboren {dob}. Kunt u mijn dossier {n_ticket} bekijken?
@@ gov_bsn | nl | WA TG
u vroeg mijn bsn
{bsn}
geb datum {dob}
@@ dev_api | nl | E
Onderwerp: API geeft 401 sinds release

Hallo {brand_api},

Sinds jullie release {n_version} van {n_date} krijgen wij {n_err} op elke call. [[api_key]]. [[token]]. Rate limit staat op {n_qty}.
@@ dev_api | nl | TG M
Webhook secret klopt niet meer? [[api_key]]
@@ dev_api | nl | TG XD
[[token]] - krijg 403 sinds {n_time}
@@ shop | nl | M IG
Order {n_order} van {n_amount} is niet geleverd en wel afgeschreven. [[card]]
@@ shop | nl | M XD
De site vraagt om de cvc. [[cvv]]. Daarna foutmelding {n_err}
@@ generic_login | nl | WA M
Ik heb mijn wachtwoord gereset maar de link is verlopen. [[password]], kan ik die houden?
@@ generic_login | nl | WA
[[username]]
ik typ het echt goed over
foutcode {n_err}
@@ ask | nl | A
Hoi {first}, om je account te verifiëren hebben we je klantnummer en postcode nodig. Deel nooit je wachtwoord of pincode via deze chat. {ini}
@@ ask | nl | A
Beste {first}, je kunt de PUK vinden in Mijn {brand_tel} of bellen naar {n_cphone}. Vermeld ticket {n_ticket}. {agent}
@@ repeat | nl | A
Hoi {first}, ik heb IBAN {iban_nl} genoteerd voor de terugbetaling van {n_amount}. Klopt dat? {ini}
@@ repeat | nl | A
Beste {first}, ter controle: je adres is {addr_nl} en je nummer {phone_nl}? {agent}
@@ complaint | nl | X
{n_mtel} {n_pct} prijsverhoging per {n_date} en nog steeds maar {n_qty}. Ik ben weg {n_hashtag}
@@ complaint | nl | FB IGC
Factuur {n_invoice} van {n_amount} terwijl ik in {n_year} al heb opgezegd. {n_mention}
@@ bank_login | en-gb | M WA
Hi, I can't log in to {brand_bank} any more. [[password]] and the app shows error {n_err}. Any ideas?
@@ bank_login | en-gb | E
Subject: account locked

Dear Sir or Madam,

Since {n_date} my online banking has been locked after three wrong attempts. [[username]]. Could you please unlock it? Customer number {custno}.
@@ bank_card | en-gb | M XD
My debit card got swallowed by the cash machine in {city}. [[card]]. Please cancel it, I already rang {n_cphone}.
@@ bank_card | en-gb | X FB
{n_mbank} contactless not working again, error {n_err} at the till. Card ending {n_maskcard} {n_hashtag}
@@ telco_sim | en-gb | WA M TG
Phone's asking for the PUK after 3 wrong PINs. [[puk]] but it says invalid 😩
@@ telco_sim | en-gb | M XD
Got a new SIM in the post. [[pin]]. Do I need to activate it at {n_url}?
@@ telco_wifi | en-gb | WA M
New router ({n_modem}) is set up but my laptop won't connect. [[wifi_key]]. Speed is {n_qty}?
@@ telco_wifi | en-gb | X FB IGC
{n_mtel} no broadband since {n_time} in {city}. Fault ref {n_ticket}? {n_hashtag}
@@ parcel | en-gb | WA M
Parcel {n_track} has been 'in transit' for 5 days. Delivery address: {addr}. Mobile {phone}
@@ parcel | en-gb | X IGC
{n_mpost} card through the door saying we missed you at {n_time}, I was in all day. Parcel {n_track} {n_hashtag}
@@ dev_api | en-gb | E
Subject: 401 on every request since your release

Hi {brand_api} team,

Since release {n_version} on {n_date} every call returns {n_err}. [[api_key]]. [[token]]. Our rate limit is {n_qty}.
@@ dev_api | en-gb | TG M
Quick one: test key fine, live key fails. [[api_key]]
@@ shop | en-gb | M IG
Order {n_order} for {n_amount} never arrived but I was charged twice. [[card]]
@@ shop | en-gb | M XD
Checkout keeps asking for the security code. [[cvv]]. Then error {n_err}
@@ generic_login | en-gb | WA M
Reset my password and now the link's expired. [[password]], can I keep it?
@@ ask | en-gb | A
Hi {first}, to verify your account we need your customer number and postcode. Never share your password or PIN in this chat. {ini}
@@ repeat | en-gb | A
Thanks {first}. Just to confirm, your address is {addr} and your mobile {phone}? {agent}
@@ repeat | en-gb | A
Hi {first}, I've noted IBAN {iban} for the refund of {n_amount}. Should arrive within 10 working days. {ini}
@@ complaint | en-gb | X
{n_mtel} {n_pct} price rise from {n_date} and still only {n_qty}. Done with you {n_hashtag}
@@ bank_login | en-us | M WA
Hey, locked out of my {brand_bank} app. [[password]] and it keeps saying error {n_err}
@@ bank_login | en-us | WA TG
hi
never got the text
[[otp]] was the old one
phone is a {n_device}
@@ bank_card | en-us | M XD
Someone used my card online, charge of {n_amount} at {brand_shop}. [[card]]. Please freeze it. Call me at {phone}
@@ bank_card | en-us | X FB
{n_mbank} card declined 3 times today, error {n_err}. Card ending {n_maskcard}. Called {n_cphone}, on hold for an hour {n_hashtag}
@@ telco_sim | en-us | WA M
My phone wants a PUK code. [[puk]]. Doesn't work, help
@@ telco_wifi | en-us | M IG
Router {n_modem} installed today. [[wifi_key]] but my TV says wrong password
@@ dev_api | en-us | E
Subject: API keys rejected after rotation

Hi {brand_api} support,

We rotated our keys on {n_date} and now every request fails with {n_err}. [[api_key]]. [[token]]. SDK version {n_version}.
@@ dev_api | en-us | TG XD
[[token]] getting 403 since {n_time}, rate limit {n_qty}
@@ dev_api | en-us | TG M
[[api_key]] keeps failing in prod, works in sandbox
@@ shop | en-us | M IG
Order {n_order} for {n_amount} still not here and I got charged twice. [[card]]
@@ shop | en-us | M XD
Checkout asks for the CVV again. [[cvv]]. Then error {n_err}
@@ generic_login | en-us | WA
[[username]]
typed it exactly
error {n_err}
@@ ask | en-us | A
Hi {first}, thanks for reaching out! Can you send your account number and ZIP so we can look into ticket {n_ticket}? Please don't send your password or PIN. {ini}
@@ repeat | en-us | A
Thanks {first}, confirming your address {addr} and phone {phone}. {agent}
@@ complaint | en-us | X
{n_mtel} {n_pct} price hike starting {n_date} and I still get {n_qty}. Switching {n_hashtag}
@@ complaint | en-us | FB IGC
Been charged {n_amount} on invoice {n_invoice} after cancelling in {n_year}. {n_mention}
"""

FRAMES_SRC += r"""
@@ cuewords | nl-be | M WA TG
Dag, ik heb de pincode van mijn nieuwe kaart nog niet ontvangen. Kaart besteld op {n_date}, referentie {n_ticket}. Komt die pin apart met de post?
@@ cuewords | nl-be | M IG
Moet mijn nieuw paswoord echt minstens 12 tekens hebben? Ik krijg foutcode {n_err} bij 'wachtwoord wijzigen' in app versie {n_version}
@@ cuewords | nl-be | WA M
De wifi code staat op de sticker van de {n_modem} maar die is half afgescheurd. Kunt gij die opzoeken? Klantnummer {custno}
@@ cuewords | nl-be | X FB
{n_mtel} PUK code staat ni op factuur {n_invoice} en ook niet in de app ({n_version}). Waar dan wel? {n_hashtag}
@@ cuewords | nl-be | M XD
Responscode gevraagd maar mijn kaartlezer {n_reader} blijft leeg. Nieuwe batterij ({n_amount} in de Aldi) helpt ni. Dossier {n_ticket}
@@ cuewords | nl-be | WA TG
pinnen lukt ni
foutcode {n_err} bij het pinnen
terminal zegt 'code onjuist' maar ik ben zeker van mijn code
tankstation om {n_time}
@@ cuewords | nl-be | M WA
Ik heb een sms gekregen met een code om mijn pakje af te halen, maar ik heb niks besteld. Afzender {n_cphone}. Is dat phishing? Ik heb niks ingevuld op {n_url}
@@ cuewords | nl-be | E
Onderwerp: verificatiecode komt niet aan

Beste,

Al sinds {n_date} ontvang ik geen verificatiecode meer via sms op mijn {n_device} ({n_version}). Het nummer in mijn profiel is {n_mask}, dat klopt nog. Ik heb al {n} keer op 'nieuwe code' gedrukt. Storingsnummer van de vorige keer: {n_ticket}.
@@ cuewords | fr-be | M WA TG
Bonjour, je n'ai toujours pas reçu le code pin de ma nouvelle carte. Commandée le {n_date}, référence {n_ticket}. Il arrive séparément par la poste s'il vous plaît ?
@@ cuewords | fr-be | M IG
Le nouveau mot de passe doit vraiment faire 12 caractères ? J'ai l'erreur {n_err} en changeant le mdp dans l'app {n_version}
@@ cuewords | fr-be | WA M
La clé wifi est sur l'autocollant du {n_modem} mais il est à moitié arraché. Vous pouvez la retrouver ? Numéro client {custno}
@@ cuewords | fr-be | X FB
{n_mtel} le code PUK n'est ni sur la facture {n_invoice} ni dans l'app ({n_version}). Il est où alors ? {n_hashtag}
@@ cuewords | fr-be | M XD
On me demande le code de réponse mais le lecteur {n_reader} reste vide. Pile neuve ({n_amount}) et rien. Dossier {n_ticket}
@@ cuewords | fr-be | WA TG
paiement refusé
erreur {n_err} au terminal
il dit code incorrect mais je suis sûre de mon code
station service à {n_time}
@@ cuewords | fr-be | M WA
J'ai reçu un sms avec un code pour récupérer un colis mais je n'ai rien commandé. Expéditeur {n_cphone}. C'est du phishing ? Je n'ai rien rempli sur {n_url} s'il vous plaît
@@ cuewords | fr-be | E
Objet : je ne reçois plus le code de vérification

Bonjour,

Depuis le {n_date} je ne reçois plus de code de vérification par SMS sur mon {n_device} ({n_version}). Le numéro dans mon profil est {n_mask}, toujours correct. J'ai appuyé {n} fois sur « nouveau code ». Ticket précédent : {n_ticket}.
@@ cuewords | nl | M WA
Mijn nieuwe pinpas is binnen maar de pincode nog niet. Aangevraagd op {n_date}, kenmerk {n_ticket}. Hoe lang duurt dat nog?
@@ cuewords | nl | X FB
{n_mbank} verificatiecode komt al {n} dagen niet aan op mijn {n_device}. Storing? {n_hashtag}
@@ cuewords | en-gb | M WA
My new card arrived but the PIN letter hasn't. Ordered {n_date}, reference {n_ticket}. Does it come separately?
@@ cuewords | en-us | M XD
The wifi password is on the sticker on the {n_modem} but it's worn off. Can you look it up? Account {custno}
@@ ip | nl-be | M WA E
Mijn internet is traag ({n_qty}) en de speedtest toont als IP {ip}. Modem {n_modem}. Is er iets mis op de lijn?
@@ ip | nl-be | E
Onderwerp: verdachte inlogpoging

Beste,

Ik kreeg om {n_time} een melding van een inlogpoging vanaf IP-adres {ip}. Dat was ik niet! Mijn eigen IP thuis is {ip}. Moet ik mijn wachtwoord wijzigen? Klantnummer {custno}.
@@ ip | fr-be | M WA E
Ma connexion est lente ({n_qty}) et le test de vitesse affiche l'IP {ip}. Modem {n_modem}. Un problème sur la ligne ?
@@ ip | fr-be | TG XD
Pouvez-vous mettre notre IP {ip} en liste blanche s'il vous plaît ? L'API renvoie {n_err} depuis {n_time}
@@ ip | nl | TG M
Kunnen jullie ons IP {ip} whitelisten? We krijgen {n_err} sinds release {n_version}
@@ ip | en-gb | E M
Got an alert about a login from {ip} at {n_time}. Wasn't me. Should I change my password? Customer number {custno}
@@ ip | en-us | TG XD
Can you whitelist {ip} for our webhooks? Getting {n_err} since {n_time}
@@ firm | nl-be | E
Onderwerp: factuur op naam van mijn zaak

Dag,

Ik ben zelfstandige en wil de facturen voortaan op naam van mijn eenmanszaak, ondernemingsnummer {n_kbo}. Factuur {n_invoice} van {n_amount} mag ook aangepast worden. BTW-tarief {n_pct}.
@@ firm | nl-be | M WA
Kan de factuur op BTW-nummer {n_kbo}? Klantnummer {custno}
@@ firm | fr-be | E
Objet : facture au nom de ma société

Bonjour,

Je suis indépendant et souhaite recevoir les factures au nom de ma société, numéro d'entreprise BCE {n_kbo}. La facture {n_invoice} de {n_amount} peut-elle être corrigée ? TVA {n_pct}.
@@ firm | fr-be | M WA
La facture peut-elle être faite au numéro de TVA {n_kbo} s'il vous plaît ? Client {custno}
@@ firm | nl | E M
Graag de factuur op naam van mijn bedrijf: KvK {n_kvk}, btw-nummer {n_vat}. Het gaat om factuur {n_invoice}.
@@ firm | en-gb | E M
Could the invoice be addressed to my company please? Company number {n_kvk}, VAT {n_vat}. Invoice {n_invoice}.
@@ mailchange | nl-be | M WA
Ik heb een nieuw e-mailadres: {email}. Kunt ge dat aanpassen? Klantnummer {custno}
@@ mailchange | nl-be | WA TG
mijn mail is veranderd
{email}
oude was {email}
@@ mailchange | fr-be | M WA
J'ai une nouvelle adresse mail : {email}. Vous pouvez mettre à jour s'il vous plaît ? Client {custno}
@@ mailchange | fr-be | WA TG
mon mail a changé
{email}
l'ancien c'était {email}
@@ mailchange | nl | M IG
Graag mijn e-mailadres wijzigen naar {email}. Klantnummer {custno}.
@@ mailchange | en-us | M IG
Please update my email to {email}, account {custno}
@@ cvvpin | nl-be | M WA
Bij het online betalen vraagt hij de code achterop. [[cvv]], en toch 'betaling geweigerd' ({n_err})
@@ cvvpin | nl-be | WA TG
Hallo
moet ik bij Bancontact betalen ook de pin geven?
[[pin]]
of is da iets anders
@@ cvvpin | fr-be | M WA
Pour payer en ligne il demande le code au dos. [[cvv]], et toujours « paiement refusé » ({n_err})
@@ cvvpin | fr-be | WA TG
Bonjour
pour payer avec Bancontact je dois donner le code pin ?
[[pin]]
ou c'est autre chose
@@ cvvpin | nl | M WA
Online betalen lukt niet. [[card]], [[cvv]]. Melding {n_err}
@@ cvvpin | en-gb | M WA
Online payment keeps failing. [[card]], [[cvv]]. Message says {n_err}
@@ cvvpin | en-us | WA TG
Hi
does the app need my card PIN?
[[pin]]
or something else
@@ cvvpin | nl | WA TG
Hoi
pincode van mijn pas geblokkeerd
[[pin]]
was volgens mij goed
@@ tokenapi | nl-be | TG M
Ons token werkt ni meer na de migratie. [[token]]. IP whitelisting staat op {ip}
@@ tokenapi | fr-be | TG M
Notre token ne marche plus depuis la migration. [[token]]. IP autorisée {ip}
@@ tokenapi | nl | TG XD
[[token]]. Dat verloopt elke {nn} minuten, is dat normaal?
@@ tokenapi | en-gb | TG XD
[[token]]. It expires every {nn} minutes, is that expected?
@@ tokenapi | en-us | E
Subject: token revoked?

Hi,

Our integration stopped at {n_time} today. [[token]]. Also tried the secondary: [[token]]. Status page ({n_url}) shows all green.
@@ tokenapi | nl-be | E
Onderwerp: token ingetrokken?

Hallo,

Onze koppeling met de webshop ligt plat sinds {n_time}. [[token]]. Ook de API key geprobeerd: [[api_key]]. Statuspagina ({n_url}) zegt dat alles werkt.
@@ tokenapi | fr-be | E
Objet : token révoqué ?

Bonjour,

Notre intégration est à l'arrêt depuis {n_time}. [[token]]. J'ai aussi essayé la clé : [[api_key]]. La page de statut ({n_url}) est toute verte.
@@ pukmore | nl | M WA
Telefoon vraagt om PUK. [[puk]]. Nu staat er nog {n} pogingen
@@ pukmore | en-us | M XD
SIM locked. [[puk]]. It says {n} attempts left
@@ pukmore | en-gb | WA TG
sim's locked
[[puk]]
still says wrong
@@ pukmore | nl-be | M IG
Mijn dochter haar gsm is geblokkeerd. [[puk]]. Kunt ge bevestigen dat dat de juiste is?
@@ pukmore | fr-be | M IG
Le GSM de ma fille est bloqué. [[puk]]. Vous pouvez confirmer que c'est le bon ?
@@ chat | nl-be | WA
ja hallo
ik ben het terug
ge had gevraagd naar mijn adres
{addr_be}
en mijn gsm {phone_be}
@@ chat | fr-be | WA
re bonjour
vous m'aviez demandé mon adresse
{addr_be}
et mon GSM {phone_be}
@@ chat | nl-be | WA TG
ok
bedankt
allez tot morgen dan, tussen {n_time} en {n_time} zegde?
@@ chat | fr-be | WA TG
ok merci
à demain alors, entre {n_time} et {n_time} c'est ça ?
@@ chat | nl | WA
top
dan wacht ik de mail af
ticket {n_ticket} toch?
@@ chat | en-gb | WA
brilliant thanks
I'll wait for the engineer on {n_date}
@@ landline | nl-be | M E
Onze vaste lijn {phone_land} is al {n} dagen dood. Internet werkt wel ({n_qty}). Modem {n_modem}
@@ landline | fr-be | M E
Notre ligne fixe {phone_land} ne fonctionne plus depuis {n} jours. Internet ok ({n_qty}). Modem {n_modem}
"""

FRAMES_SRC += r"""
@@ cvvmore | nl-be | M IG
Ik probeer tickets te kopen voor {n_amount} maar de site zegt 'ongeldige kaart'. [[card]]. [[cvv]]. Wat doe ik verkeerd?
@@ cvvmore | nl-be | WA
hey
nog een vraag
die 3 cijfers achteraan de kaart, moet ik die ook ingeven bij jullie?
[[cvv]]
@@ cvvmore | nl-be | XD M
Betaling bij {brand_shop} geweigerd, order {n_order}. [[cvv]] heb ik zeker juist ingegeven
@@ cvvmore | fr-be | M IG
J'essaie d'acheter des places pour {n_amount} mais le site dit « carte invalide ». [[card]]. [[cvv]]. Je fais quoi de travers ?
@@ cvvmore | fr-be | WA
re
encore une question
les 3 chiffres derrière la carte, je dois vous les donner aussi ?
[[cvv]]
@@ cvvmore | fr-be | XD M
Paiement refusé chez {brand_shop}, commande {n_order}. [[cvv]], je l'ai bien encodé
@@ cvvmore | en-us | M IG
Trying to pay the {n_amount} balance online. [[card]]. [[cvv]]. Keeps declining
@@ cvvmore | nl | M IG
Betaling van {n_amount} mislukt. [[card]]. [[cvv]]. Wat gaat er mis?
@@ wifimore | nl | WA TG
hoi
wifi doet het niet na de update ({n_version})
[[wifi_key]]
ssid is {ssid}
@@ wifimore | en-gb | M WA
Engineer changed the router to a {n_modem}. [[wifi_key]] but nothing connects
@@ wifimore | nl-be | M IG
Mijn schoonmoeder komt logeren en wil op de wifi. [[wifi_key]], mag ik dat zomaar doorgeven of kan ik een gastnetwerk maken op de {n_modem}?
@@ wifimore | fr-be | M IG
Ma belle-mère vient loger et veut le wifi. [[wifi_key]], je peux le donner ou il vaut mieux créer un réseau invité sur le {n_modem} ?
@@ usermore | nl-be | M WA
Mijne vader (82) geraakt ni meer in zijn account. [[username]]. Ik help hem van op afstand, ge kunt mij bellen op {phone_be}
@@ usermore | fr-be | M WA
Mon père (quatre-vingt-deux ans) n'arrive plus à se connecter. [[username]]. Je l'aide à distance, appelez-moi au {phone_be}
@@ usermore | en-gb | M TG
Locked out of the portal. [[username]]. Tried the reset link at {n_url} twice
@@ usermore | en-us | M TG
Can't get into my account. [[username]]. Reset email never shows up
@@ quiet | nl-be | X
{n_mtel} allez, al de derde storing deze maand in {city}. Modem {n_modem} opnieuw opgestart, niks. {n_hashtag}
@@ quiet | nl-be | FB IGC
Wanneer komt de nieuwe versie van de app? {n_version} crasht bij het scannen van de QR-code met itsme. {n_mention}
@@ quiet | nl-be | X IGC
Amai {n_mpost}, pakje {n_track} ligt al 5 dagen in het depot. Afhaalcode nooit gekregen. {n_hashtag}
@@ quiet | nl-be | M WA
Dag, ik zie op mijn factuur {n_invoice} een bedrag van {n_amount} voor 'extra data' ({n_qty}). Dat heb ik nooit gebruikt. Kunt ge dat nakijken?
@@ quiet | nl-be | M WA
Bedankt voor de snelle hulp! De technieker was er om {n_time} en alles werkt terug ({n_qty}).
@@ quiet | nl-be | WA TG
goeiemorgen
hoeveel kost de {n_device} bij een abonnement?
in de winkel zeiden ze {n_amount}
@@ quiet | nl-be | M IG
Is de kortingscode van {n_pct} ook geldig op artikel {n_sku}? Ik zie hem ni bij het afrekenen
@@ quiet | nl-be | E
Onderwerp: opzeg contract

Dag,

Ik wil mijn contract opzeggen tegen {n_date}. Ik verhuis naar het buitenland. Gelieve de eindfactuur te sturen; de modem ({n_modem}) en de {n_decoder} breng ik binnen in de winkel. Referentie van mijn vorige vraag: {n_ticket}.
@@ quiet | fr-be | X
{n_mtel} troisième panne ce mois-ci à {city}. Modem {n_modem} redémarré, rien. {n_hashtag}
@@ quiet | fr-be | FB IGC
Quand sort la nouvelle version de l'app ? La {n_version} plante au scan du QR itsme. {n_mention}
@@ quiet | fr-be | X IGC
{n_mpost} colis {n_track} au dépôt depuis 5 jours, jamais reçu de code de retrait. {n_hashtag}
@@ quiet | fr-be | M WA
Bonjour, je vois sur la facture {n_invoice} un montant de {n_amount} pour « data supplémentaire » ({n_qty}). Je n'ai jamais utilisé ça s'il vous plaît vérifiez.
@@ quiet | fr-be | M WA
Merci pour l'aide rapide ! Le technicien est passé à {n_time} et tout refonctionne ({n_qty}).
@@ quiet | fr-be | WA TG
bonjour
combien coûte le {n_device} avec un abonnement ?
au magasin on m'a dit {n_amount}
@@ quiet | fr-be | M IG
Le code promo de {n_pct} est valable sur l'article {n_sku} ? Il ne passe pas au paiement
@@ quiet | fr-be | E
Objet : résiliation

Bonjour,

Je souhaite résilier mon contrat au {n_date} car je pars à l'étranger. Merci d'envoyer la facture de clôture ; je rapporterai le modem ({n_modem}) et le {n_decoder} en boutique. Référence de ma demande précédente : {n_ticket}.
@@ quiet | nl | X
{n_mtel} derde storing deze maand. {n_modem} herstart, niks. {n_hashtag}
@@ quiet | nl | M WA
Op factuur {n_invoice} staat {n_amount} voor extra data ({n_qty}). Dat heb ik niet gebruikt.
@@ quiet | nl | FB IGC
{n_mention} de app ({n_version}) crasht bij het inloggen met de code. Nog iemand?
@@ quiet | en-gb | X IGC
{n_mtel} third outage this month. {n_modem} rebooted, nothing. {n_hashtag}
@@ quiet | en-gb | M WA
Invoice {n_invoice} has {n_amount} for extra data ({n_qty}) I never used. Can you check?
@@ quiet | en-us | X IGC
{n_mshop} order {n_order} shows delivered at {n_time} but nothing on my porch {n_hashtag}
@@ quiet | en-us | M WA
Is the {n_pct} promo code valid on item {n_sku}? Doesn't work at checkout
@@ quiet | en-us | FB IGC
{n_mention} app {n_version} crashes at the verification code screen. Anyone else?
"""


# ---------------------------------------------------------------------------
# e-mail wrappers: signatures, quote headers (split between halves as well)
# ---------------------------------------------------------------------------

SIGS_SRC = {
"nl-be": ["Met vriendelijke groeten,\n{name}\n{addr_ml}\n{phone_be}",
          "Groetjes,\n{first}",
          "Mvg\n{name}\nGSM {phone_be}\n{email}",
          "Vriendelijke groet,\n{name}\n{addr_ml}\n{email}",
          "Alvast bedankt!\n{first} {last}\nTel. {phone_land}",
          "Groeten,\n{name}\n\nVerzonden vanaf mijn {n_device}"],
"fr-be": ["Cordialement,\n{name}\n{addr_ml}\nGSM : {phone_be}",
          "Bien à vous,\n{name}\n{email}",
          "Merci d'avance,\n{first}",
          "Salutations distinguées,\n{name}\n{addr_ml}\nTél. {phone_land}\n{email}",
          "Bonne journée,\n{first} {last}\n{phone_be}",
          "Cordialement\n{name}\n\nEnvoyé de mon {n_device}"],
"nl": ["Met vriendelijke groet,\n{name}\n{addr_ml}\n{phone_nl}",
       "Groet,\n{first}",
       "Mvg,\n{name}\n{email}",
       "Met vriendelijke groet,\n{name}\nT: {phone_nl}\nE: {email}"],
"en-gb": ["Kind regards,\n{name}\n{addr_ml}\n{phone}",
          "Cheers,\n{first}",
          "Best wishes,\n{name}\nMob: {phone}\n{email}",
          "Many thanks,\n{first} {last}"],
"en-us": ["Thanks,\n{name}\n{phone}\n{email}",
          "Best,\n{first}",
          "Regards,\n{name}\n{addr_ml}\nCell: {phone}",
          "Thank you,\n{first} {last}\n\nSent from my {n_device}"],
}

QHEAD_SRC = {
"nl": ["Op {n_datelong} om {n_time} schreef {name} <{email#me}>:",
       "Op {n_datelong} {n_time} schreef {name} <{email#me}> het volgende:",
       "Van: {name} <{email#me}>\nVerzonden: {n_datelong} {n_time}\nAan: Klantendienst\nOnderwerp: {subj}",
       "-----Oorspronkelijk bericht-----\nVan: {name} [mailto:{email#me}]\nVerzonden: {n_datelong} {n_time}\nOnderwerp: {subj}"],
"fr": ["Le {n_datelong} à {n_time}, {name} <{email#me}> a écrit :",
       "Le {n_datelong} {n_time}, {name} <{email#me}> a écrit :",
       "De : {name} <{email#me}>\nEnvoyé : {n_datelong} {n_time}\nÀ : Service clientèle\nObjet : {subj}",
       "-----Message d'origine-----\nDe : {name} [mailto:{email#me}]\nEnvoyé : {n_datelong} {n_time}\nObjet : {subj}"],
"en": ["On {n_datelong}, at {n_time}, {name} <{email#me}> wrote:",
       "On {n_datelong} {n_time} {name} <{email#me}> wrote:",
       "From: {name} <{email#me}>\nSent: {n_datelong} {n_time}\nTo: Customer Service\nSubject: {subj}",
       "-----Original Message-----\nFrom: {name} [mailto:{email#me}]\nSent: {n_datelong} {n_time}\nSubject: {subj}"],
}
AQHEAD_SRC = {
"nl": ["Op {n_datelong} om {n_time} schreef Klantendienst <noreply>:", "Van: Klantendienst\nVerzonden: {n_datelong} {n_time}\nAan: {email#me}\nOnderwerp: Re: dossier {n_ticket}"],
"fr": ["Le {n_datelong} à {n_time}, Service clientèle a écrit :", "De : Service clientèle\nEnvoyé : {n_datelong} {n_time}\nÀ : {email#me}\nObjet : RE: dossier {n_ticket}"],
"en": ["On {n_datelong} at {n_time}, Customer Care wrote:", "From: Customer Care\nSent: {n_datelong} {n_time}\nTo: {email#me}\nSubject: RE: case {n_ticket}"],
}
SUBJ = {"nl": ["vraag", "dringend", "klacht", "Re: uw vraag", "probleem met mijn account", "opvolging dossier"],
        "fr": ["question", "urgent", "réclamation", "Re: votre demande", "problème compte", "suivi dossier"],
        "en": ["question", "urgent", "complaint", "Re: your enquiry", "account problem", "follow-up"]}
GREET = {"nl-be": ["Dag,", "Beste,", "Goeiedag,", "Hallo,"], "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonjour Madame, Monsieur,"],
         "nl": ["Beste,", "Geachte heer/mevrouw,", "Hallo,"], "en-gb": ["Hello,", "Dear Sir/Madam,", "Hi,"], "en-us": ["Hi,", "Hello,", "Hi there,"]}


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def parse_frames():
    frames = []
    for block in FRAMES_SRC.split("\n@@ ")[1:]:
        head, _, body = block.partition("\n")
        fam, lang, chans = [x.strip() for x in head.split("|")]
        body = body.rstrip("\n")
        frames.append({"family": fam, "lang": lang, "channels": chans.split(), "text": body})
    for i, f in enumerate(frames):
        f["id"] = "F%03d" % i
    # deal alternately inside each (family, lang, register) group, seed independent
    groups = defaultdict(list)
    for f in frames:
        reg = "agent" if f["channels"] == ["A"] else ("public" if set(f["channels"]) <= {"X", "FB", "IGC"} else "private")
        groups[(f["family"], f["lang"], reg)].append(f)
    toggle = 0
    for key in sorted(groups):
        for k, f in enumerate(groups[key]):
            f["half"] = "dev" if (k + toggle) % 2 == 0 else "heldout"
        if len(groups[key]) % 2 == 1:
            toggle ^= 1
    return frames


SLOT_TYPE = {"resp": "otp"}


def frame_types(text):
    ts = set()
    for m in PH_RE.finditer(text):
        if m.group(1):
            ts.add(SLOT_TYPE.get(m.group(1), m.group(1)))
            if m.group(1) == "username":
                ts.add("password")
        elif m.group(2) in GEN:
            ts.add(GEN[m.group(2)][0])
    return ts


def build_snips(half):
    idx = 0 if half == "dev" else 1
    out = {}
    for typ, d in SNIPS_SRC.items():
        for key, block in d.items():
            lines = [l for l in block.split("\n") if l.strip()]
            chosen = []
            for i, l in enumerate(lines):
                if i % 2 == idx:
                    chosen.append(("S:%s:%s:%d" % (typ, key, i), l.replace("⏎", "\n")))
            out[(typ, key)] = chosen
    return out


def half_items(lst, half):
    return lst[0::2] if half == "dev" else lst[1::2]


def sig_for(ctx):
    return ctx.rng.choice(half_items(SIGS_SRC[ctx.lang], ctx.half))


def merge(out, sub_text, sub_spans, sub_negs, srcs=()):
    base = out.pos
    out.add(sub_text)
    out.spans += [(t, s + base, e + base, src) for (t, s, e, src) in sub_spans]
    out.negs += [(k, s + base, e + base) for (k, s, e) in sub_negs]
    out.srcs |= set(srcs)


def build_message(frame, channel, rng, pools, snips, snip_use, half, frames_by_lang):
    lang = frame["lang"]
    ctx = Ctx(rng, pools, lang, half)
    ctx.snips = snips
    ctx.snip_use = snip_use
    l = lg(lang)
    out = Out()
    text = frame["text"]
    if channel == "email" and not re.match(r"(Onderwerp|Objet|Subject)", text):
        subj = rng.choice(SUBJ[l])
        text = ("Onderwerp: " if l == "nl" else "Objet : " if l == "fr" else "Subject: ") + subj + "\n\n" + rng.choice(GREET[lang]) + "\n\n" + text
    if channel == "whatsapp" and "\n" in text and rng.random() < .35:
        text = "\n".join("[{n_ts}] {first}: " + ln if ln.strip() else ln for ln in text.split("\n"))
    render(text, frame["id"], ctx, out)
    used = {frame["id"]}
    if channel == "email":
        out.add("\n\n")
        sig = sig_for(ctx)
        render(sig, "SIG:" + lang + ":" + str(SIGS_SRC[lang].index(sig)), ctx, out)
        r = rng.random()
        if r < .55:
            own = r < .3
            pool = [f for f in frames_by_lang[lang] if ("A" in f["channels"]) != own and "E" not in f["channels"]
                    and not set(f["channels"]) <= {"X", "FB", "IGC"}]
            if pool:
                qf = rng.choice(pool)
                heads = half_items((QHEAD_SRC if own else AQHEAD_SRC)[l], half)
                head = rng.choice(heads).replace("{subj}", rng.choice(SUBJ[l]))
                out.add("\n\n")
                render(head, "QH:" + head[:20], ctx, out)
                out.add("\n")
                sub = Out()
                render(qf["text"].replace("\n", "\n"), qf["id"], ctx, sub)
                outlook = head.startswith(("Van:", "De :", "From:", "-----"))
                if outlook:
                    out.add("\n")
                    merge(out, sub.text(), sub.spans, sub.negs, sub.srcs)
                else:
                    q = quote_block(sub.text(), sub.spans, sub.negs)
                    if q is None:
                        return None
                    merge(out, q[0], q[1], q[2], sub.srcs)
                used.add(qf["id"])
    txt = out.text()
    # a secret that ends in punctuation must not be followed by punctuation
    for (t, s, e, src) in out.spans:
        if t in SECRET_TYPES and not txt[e - 1].isalnum() and e < len(txt) and txt[e] in PUNCT_AFTER:
            return None
        if t in SECRET_TYPES and e < len(txt) and (txt[e].isalnum() or txt[e] in "_-/+"):
            return None
        if s > 0 and (txt[s - 1].isalnum()):
            return None
    return txt, out.spans, out.negs, used


def lang_bucket(lang):
    return "en" if lang.startswith("en") else lang


LANG_TARGET = {"nl-be": .35, "fr-be": .35, "nl": .15, "en": .15}


def generate_half(half, seed, n_target):
    rng = random.Random("%s-%s" % (seed, half))
    pools = build_pools(half)
    frames = [f for f in parse_frames() if f["half"] == half]
    snips = build_snips(half)
    snip_use = Counter()
    by_bucket = defaultdict(list)
    by_lang = defaultdict(list)
    for f in frames:
        by_bucket[lang_bucket(f["lang"])].append(f)
        by_lang[f["lang"]].append(f)
    for f in frames:
        f["types"] = frame_types(f["text"])
    use = Counter()
    records = []
    counts = Counter()
    lang_counts = Counter()

    def emit(f):
        for _ in range(50):
            ch = CHANNELS[rng.choice(f["channels"])]
            res = build_message(f, ch, rng, pools, snips, snip_use, half, by_lang)
            if res is None:
                continue
            txt, spans, negs, used = res
            use[f["id"]] += 1
            lang_counts[lang_bucket(f["lang"])] += 1
            for (t, s, e, src) in spans:
                counts[t] += 1
            records.append({"channel": ch, "lang": f["lang"], "text": txt, "spans": spans, "negs": negs, "used": used})
            return
        raise RuntimeError("could not render frame " + f["id"])

    def pick_lang():
        n = max(1, len(records))
        return max(LANG_TARGET, key=lambda b: LANG_TARGET[b] - lang_counts[b] / n + rng.random() * 1e-6)

    while len(records) < n_target:
        b = pick_lang()
        cands = by_bucket[b]
        low = min(use[f["id"]] for f in cands)
        f = rng.choice([f for f in cands if use[f["id"]] == low])
        emit(f)
    # top up phrasings: every high-risk type should use at least 14 distinct phrasings
    key_langs = {"nl": ["nl", "nl-be"], "vl": ["nl-be"], "fr": ["fr-be"], "en": ["en-gb", "en-us"]}
    for t in HIGH_RISK:
        for (typ, key), lst in sorted(snips.items()):
            if SLOT_TYPE.get(typ, typ) != t:
                continue
            for sid, _ in lst:
                if snip_use[sid]:
                    continue
                cands = [f for f in frames if "[[%s]]" % typ in f["text"] and f["lang"] in key_langs[key]]
                if key == "nl":
                    cands = [f for f in cands if f["lang"] == "nl"] or cands
                if not cands:
                    continue
                for _ in range(3):
                    if snip_use[sid]:
                        break
                    emit(min(cands, key=lambda f: (use[f["id"]], rng.random())))
    # top up the high-risk types that are short of 44 spans
    for _ in range(2000):
        short = [t for t in HIGH_RISK if counts[t] < 44]
        if not short:
            break
        t = short[0]
        b = pick_lang()
        cands = [f for f in by_bucket[b] if t in f["types"]] or [f for f in frames if t in f["types"]]
        f = min(cands, key=lambda f: (use[f["id"]], rng.random()))
        emit(f)
    rng.shuffle(records)
    final = []
    for i, r in enumerate(records):
        final.append({
            "id": "%s-%s-%05d" % (PREFIX, half, i),
            "channel": r["channel"], "lang": r["lang"],
            "visibility": "public" if r["channel"] in PUBLIC else "private",
            "text": r["text"],
            "spans": [{"type": t, "start": s, "end": e} for (t, s, e, src) in sorted(r["spans"], key=lambda x: x[1])],
            "negatives": [{"kind": k, "start": s, "end": e} for (k, s, e) in sorted(r["negs"], key=lambda x: x[1])],
            "_src": [(t, src) for (t, s, e, src) in r["spans"]],
            "_used": sorted(r["used"]),
        })
    return final


# ---------------------------------------------------------------------------
# checks, counts, output
# ---------------------------------------------------------------------------

def check_half(recs, half, errors):
    for r in recs:
        t = r["text"]
        if re.search(r"\{[a-z_0-9#]+\}|\[\[\w+\]\]", t):
            errors.append("%s: unrendered placeholder" % r["id"])
        if r["visibility"] != ("public" if r["channel"] in PUBLIC else "private"):
            errors.append("%s: visibility" % r["id"])
        iv = []
        for sp in r["spans"]:
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errors.append("%s: span offsets" % r["id"])
                continue
            v = t[s:e]
            if v != v.strip():
                errors.append("%s: whitespace at span edge %r" % (r["id"], v))
            if sp["type"] not in ALL_TYPES:
                errors.append("%s: bad type" % r["id"])
            if sp["type"] == "card" and not luhn_ok(v):
                errors.append("%s: luhn %r" % (r["id"], v))
            if sp["type"] == "iban" and not iban_ok(v):
                errors.append("%s: iban %r" % (r["id"], v))
            if sp["type"] == "bsn" and not bsn_ok(v):
                errors.append("%s: bsn %r" % (r["id"], v))
            iv.append((s, e, "S"))
        for ng in r["negatives"]:
            s, e = ng["start"], ng["end"]
            if not (0 <= s < e <= len(t)) or t[s:e] != t[s:e].strip():
                errors.append("%s: negative offsets" % r["id"])
            if ng["kind"] not in NEG_KINDS:
                errors.append("%s: bad kind" % r["id"])
            iv.append((s, e, "N"))
        iv.sort()
        for a, b in zip(iv, iv[1:]):
            if b[0] < a[1]:
                errors.append("%s: overlap %r %r" % (r["id"], a, b))
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    n = Counter(ng["kind"] for r in recs for ng in r["negatives"])
    for ty in ALL_TYPES:
        if c[ty] == 0:
            errors.append("%s: type %s missing" % (half, ty))
    for ty in HIGH_RISK:
        if c[ty] < 40:
            errors.append("%s: only %d %s spans" % (half, c[ty], ty))
        ph = {src for r in recs for (t2, src) in r["_src"] if t2 == ty}
        if len(ph) < 12:
            errors.append("%s: only %d phrasings of %s" % (half, len(ph), ty))
    for k in NEG_KINDS:
        if n[k] == 0:
            errors.append("%s: negative kind %s missing" % (half, k))
    nospan = sum(1 for r in recs if not r["spans"]) / len(recs)
    if nospan < .25:
        errors.append("%s: only %.1f%% without spans" % (half, 100 * nospan))
    hr = sum(1 for r in recs if any(sp["type"] in HIGH_RISK for sp in r["spans"])) / len(recs)
    if hr < .45:
        errors.append("%s: only %.1f%% with a high-risk value" % (half, 100 * hr))
    neg = sum(1 for r in recs if r["negatives"]) / len(recs)
    if neg < .30:
        errors.append("%s: only %.1f%% with negatives" % (half, 100 * neg))


def stats(recs):
    s = {
        "messages": len(recs),
        "no_span": sum(1 for r in recs if not r["spans"]),
        "high_risk_msgs": sum(1 for r in recs if any(sp["type"] in HIGH_RISK for sp in r["spans"])),
        "with_negatives": sum(1 for r in recs if r["negatives"]),
        "types": Counter(sp["type"] for r in recs for sp in r["spans"]),
        "negatives": Counter(ng["kind"] for r in recs for ng in r["negatives"]),
        "channels": Counter(r["channel"] for r in recs),
        "langs": Counter(r["lang"] for r in recs),
        "phrasings": {ty: len({src for r in recs for (t2, src) in r["_src"] if t2 == ty}) for ty in HIGH_RISK},
    }
    return s


def fmt_counter(c, keys=None):
    keys = keys or sorted(c)
    return "\n".join("| %s | %d |" % (k, c[k]) for k in keys)


def readme(seed, st):
    d, h = st["dev"], st["heldout"]

    def table(title, key, keys=None):
        ks = keys or sorted(set(d[key]) | set(h[key]))
        rows = "\n".join("| %s | %d | %d |" % (k, d[key][k], h[key][k]) for k in ks)
        return "### %s\n\n| %s | dev | heldout |\n|---|---|---|\n%s\n" % (title, key, rows)

    return f"""# blind13: blind scrub corpus (Belgian customers and Belgian habits)

Written blind by a test-data engineer from the brief only. While writing it I did not open, read,
grep or run anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this
directory), `bench/` or `docs/scrubbing.md`, nor any other corpus or generator in the repository,
and I did not run the scrubber or any scorer on this data. The values, names, brands and phrasings
come from the brief, from general knowledge of how Belgian, Dutch, UK and US customers write to
customer-care teams, and from the platforms' public conventions. All brands are fictional; all
values are fake but well formed (Luhn card numbers incl. 17-digit Bancontact/Maestro, mod-97 IBANs
incl. Belgian national check digits, 11-proof BSNs, fictional phone ranges: BE 047x/048x/049x,
NL 06-1…, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx). Belgian national register numbers are
not a label type and do not occur. Card-reader *challenges* (shown by the bank's site) are left out
because they are ambiguous; the reader's *response code* is labelled `otp`.

Emphasis: Belgian banks and card readers (responscode / code de réponse / digipass), itsme (5-digit
app PIN), Bancontact/Maestro cards and PINs, Belgian telcos (modem wifi key, decoder parental PIN,
SIM PIN/PUK, customer-zone logins), energy (EAN codes are `product_code` negatives, day/night meter
readings), parcels, mutualiteit/mutualité, Belgian addresses with `bus`/`bte`, Belgian phones, BE
IBANs, KBO/BCE numbers, Belgian dates, Belgian French and Flemish spoken forms, code-switching,
Belgians working in the Netherlands (BSN), public posts with @mentions and hashtags, WhatsApp chats
(some with export time stamps), long e-mails with signatures and quoted history ("Op … schreef …:",
"Le … a écrit :", Outlook headers), and agent replies that ask for or repeat data.

## How it is built

`python3 generate_blind.py --seed {seed}` (standard library only, deterministic for a seed).
Seed used: **{seed}**.

* Message frames are grouped by (family, language, register: private/public/agent) and dealt
  alternately to dev and heldout in declaration order (independent of the seed), so no frame is in
  both halves. The phrasing snippets for every high-risk type, e-mail signatures and quote headers
  are dealt alternately too, and so are all pools (names, streets, cities, brands, password words,
  e-mail domains, device/modem models): the halves share no names, streets or brands.
* Each half draws its values from its own `random.Random` seeded with the seed and the half name.
* Before writing, every record is checked (offsets, no whitespace at span edges, Luhn / mod-97 /
  11-proof, no overlapping spans, no negative overlapping a span, no unrendered placeholder, every
  label type and negative kind in both halves, at least 40 spans and 12 distinct phrasings per
  high-risk type per half, >= 25 % messages without spans, >= 45 % with a high-risk value, >= 30 %
  with hard negatives, no frame in both halves). If a check fails the script exits 1 and writes
  nothing.

## Split rule and heldout

`dev.jsonl` may be read by detector authors. **`heldout.jsonl` is for measurement only: detector
authors must never open `heldout.jsonl` or the generator (`generate_blind.py`); they may only run a
scorer over it and report numbers.**

## Counts

| | dev | heldout |
|---|---|---|
| messages | {d['messages']} | {h['messages']} |
| messages without spans | {d['no_span']} | {h['no_span']} |
| messages with a high-risk value | {d['high_risk_msgs']} | {h['high_risk_msgs']} |
| messages with hard negatives | {d['with_negatives']} | {h['with_negatives']} |

{table('Label types (spans)', 'types', ALL_TYPES)}
### Distinct phrasings per high-risk type

| type | dev | heldout |
|---|---|---|
""" + "\n".join("| %s | %d | %d |" % (t, d["phrasings"][t], h["phrasings"][t]) for t in HIGH_RISK) + f"""

{table('Hard negatives', 'negatives', NEG_KINDS)}
{table('Channels', 'channels', list(CHANNELS.values()))}
{table('Languages', 'langs', ['nl-be', 'fr-be', 'nl', 'en-gb', 'en-us'])}"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--per-half", type=int, default=860)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    halves = {h: generate_half(h, a.seed, a.per_half) for h in ("dev", "heldout")}
    errors = []
    for h, recs in halves.items():
        check_half(recs, h, errors)
    used = {h: set(x for r in recs for x in r["_used"]) for h, recs in halves.items()}
    if used["dev"] & used["heldout"]:
        errors.append("frames in both halves: %s" % sorted(used["dev"] & used["heldout"]))
    st = {h: stats(recs) for h, recs in halves.items()}
    for h in halves:
        s = st[h]
        print("== %s: %d messages, no-span %d, high-risk %d, with negatives %d" % (h, s["messages"], s["no_span"], s["high_risk_msgs"], s["with_negatives"]))
        print("  types:", dict(sorted(s["types"].items())))
        print("  phrasings:", s["phrasings"])
        print("  negatives:", dict(sorted(s["negatives"].items())))
        print("  channels:", dict(sorted(s["channels"].items())))
        print("  langs:", dict(sorted(s["langs"].items())))
    if errors:
        for e in errors[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d errors; nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    if a.dry_run:
        return
    for h, recs in halves.items():
        with open(os.path.join(HERE, h + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                r = {k: v for k, v in r.items() if not k.startswith("_")}
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(a.seed, st))
    print("written")


if __name__ == "__main__":
    main()
