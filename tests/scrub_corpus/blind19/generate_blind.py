#!/usr/bin/env python3
"""Blind scrub corpus generator "blind19" (travel, utilities, deliveries, narrated secrets).

Standard library only.  Usage:  python3 generate_blind.py --seed 20261217
Writes dev.jsonl and heldout.jsonl next to this file, or nothing (exit 1) when a self-check fails.
"""
import argparse
import base64
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b19"
HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"]
OTHER_TYPES = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
               "customer_number"]
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number", "order_number",
             "ticket_number", "tracking_number", "meter_reading", "model_number", "product_code",
             "version_string", "percentage", "quantity", "url", "masked_value"]
CHAN = {"xp": "x_public", "xd": "x_dm", "fc": "facebook_comment", "ms": "messenger",
        "id": "instagram_dm", "ic": "instagram_comment", "wa": "whatsapp", "tg": "telegram",
        "em": "email", "ag": "agent_reply"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANG_WEIGHTS = [("nl", 40), ("en-gb", 18), ("en-us", 17), ("nl-be", 10), ("fr-be", 15)]

# ----------------------------------------------------------------------------------------------
# Pools.  Every pool is dealt alternately (index even -> dev, odd -> heldout), so the halves share
# no names, streets, cities, brands, password words, cue spellings or e-mail domains.
# ----------------------------------------------------------------------------------------------
RAW_POOLS = {
    "first_nl": "Sanne Joost Marloes Bram Inge Pieter Femke Ruud Anouk Gerrit Lotte Wouter Ilse Thijs "
                "Mirjam Koen Esther Henk Nienke Sjoerd Petra Daan Yvonne Jeroen Karin Bas Annelies Rik".split(),
    "last_nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
                "de Wit", "Dijkstra", "Smits", "van der Linden", "Kok", "Jacobs", "Vermeulen",
                "van Dijk", "Schouten", "Post"],
    "first_be": "Wim Griet Koen Lies Jens Sofie Stijn Elke Bart An Pieter-Jan Katrien Joris Veerle "
                "Dries Hilde Lander Ine Wout Nele".split(),
    "last_be": ["Peeters", "Janssens", "Maes", "Wouters", "Claes", "Goossens", "Willems", "Mertens",
                "Van den Broeck", "Dubois", "De Smet", "Verstraete", "Hermans", "Van Damme",
                "Coppens", "Lambrechts", "Vandenberghe", "De Cock"],
    "first_fr": "Julie Thomas Camille Nicolas Sophie Olivier Manon Antoine Chloé Mathieu Aurélie Cédric "
                "Nathalie Julien Élise Benoît Marie Grégory Laura Quentin".split(),
    "last_fr": ["Dupont", "Lambert", "Martin", "Leclercq", "Dubois", "Renard", "Simon", "Laurent",
                "Lejeune", "Gérard", "Collard", "Mathieu", "Henrard", "Piron", "Legrand", "Denis",
                "Masson", "Delvaux"],
    "first_en": "Emma James Olivia Daniel Sophie Tom Hannah Chris Megan Liam Rachel Ryan Grace Jack "
                "Lauren Ben Chloe Matt Amy Josh Katie Sam Ashley Tyler".split(),
    "last_en": ["Walker", "Hughes", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Clarke",
                "Morgan", "Bennett", "Carter", "Reed", "Murphy", "Cooper", "Ward", "Foster",
                "Brooks", "Hayes", "Price", "Sullivan", "Garcia", "Miller"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Kerkplein", "Achter de Hoven",
                  "Stationsweg", "Lindenlaan", "Zuiderhaven", "Merelstraat", "Oude Gracht",
                  "Prinsengracht", "Havenkade", "Beukenlaan", "Het Want", "Vaartweg", "Julianastraat",
                  "Populierenlaan", "Binnenhof", "Schoolstraat", "De Ruyterkade", "Kastanjelaan",
                  "Nieuwe Markt"],
    "street_be": ["Kerkstraat", "Stationsstraat", "Grote Markt", "Veldstraat", "Molenstraat",
                  "Lange Lozanastraat", "Kapelsesteenweg", "Meir", "Boomgaardstraat", "Dorp-Oost",
                  "Tiensevest", "Brugsesteenweg", "Sint-Jansplein", "Leopoldlei"],
    "street_fr": ["rue de la Station", "rue Haute", "avenue Louise", "chaussée de Namur",
                  "rue du Moulin", "place Saint-Lambert", "rue des Écoles", "boulevard d'Avroy",
                  "rue de Fer", "avenue des Tilleuls", "rue Grétry", "chemin du Bois",
                  "rue Royale", "quai de Rome"],
    "street_uk": ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "The Crescent",
                  "Orchard Close", "High Street", "Park View", "Kingsway", "Albert Terrace",
                  "Meadow Rise", "Queens Walk", "Chapel Row", "Elm Grove"],
    "street_us": ["Maple Ave", "Oak Street", "Lakeview Dr", "Pine Ridge Rd", "Elm St",
                  "Washington Blvd", "Cedar Lane", "Sunset Ave", "Hillcrest Rd", "Birch Court",
                  "Main Street", "Riverside Dr", "Willow Way", "Franklin St"],
    "city_nl": [("1017 AB", "Amsterdam"), ("3511 LK", "Utrecht"), ("2512 CV", "Den Haag"),
                ("9711 HM", "Groningen"), ("5611 EM", "Eindhoven"), ("6811 DB", "Arnhem"),
                ("8011 CW", "Zwolle"), ("4811 XJ", "Breda"), ("2011 HB", "Haarlem"),
                ("7511 JE", "Enschede"), ("6211 GS", "Maastricht"), ("3011 AD", "Rotterdam"),
                ("1441 CT", "Purmerend"), ("7411 EH", "Deventer"), ("2311 EZ", "Leiden"),
                ("1811 KL", "Alkmaar")],
    "city_be": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
                ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"),
                ("2300", "Turnhout"), ("1800", "Vilvoorde"), ("3290", "Diest"), ("9100", "Sint-Niklaas")],
    "city_fr": [("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
                ("1300", "Wavre"), ("1050", "Ixelles"), ("4800", "Verviers"), ("6700", "Arlon"),
                ("1400", "Nivelles"), ("7500", "Tournai"), ("1348", "Louvain-la-Neuve"),
                ("1180", "Uccle")],
    "city_uk": [("Leeds", "LS6 2AB"), ("Bristol", "BS1 4DJ"), ("London", "SW1A 2AA"),
                ("Manchester", "M14 5RQ"), ("Cardiff", "CF10 1EP"), ("Norwich", "NR2 4TA"),
                ("York", "YO1 7HH"), ("Brighton", "BN2 1TW"), ("Glasgow", "G12 8QQ"),
                ("Sheffield", "S10 2TN"), ("Reading", "RG1 3EU"), ("Leicester", "LE2 1XL")],
    "city_us": [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"),
                ("Columbus", "OH", "43215"), ("Denver", "CO", "80206"), ("Raleigh", "NC", "27605"),
                ("Madison", "WI", "53703"), ("Tucson", "AZ", "85719"), ("Albany", "NY", "12203"),
                ("Boise", "ID", "83702"), ("Savannah", "GA", "31401"), ("Fresno", "CA", "93721")],
    "domain": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "telenet.be",
               "skynet.be", "yahoo.co.uk", "icloud.com", "proton.me", "btinternet.com", "aol.com",
               "kpnmail.nl", "planet.nl", "hotmail.be", "gmx.net", "hetnet.nl", "msn.com",
               "outlook.be", "yahoo.com", "me.com", "live.co.uk"],
    "pwword_nl": ["Zomer", "Tulp", "Fietsbel", "Hondje", "Kaaskop", "Molen", "Zonnebloem",
                  "Dropje", "Stroopwafel", "Wolkje", "Klompen", "Pannenkoek", "Eekhoorn",
                  "Haring", "Sneeuw", "Boterbloem", "Kikker", "Lente"],
    "pwword_en": ["Sunshine", "Dragon", "Liverpool", "Bluebird", "Pumpkin", "Chelsea", "Mustang",
                  "Biscuit", "Rocket", "Maple", "Tigger", "Daisy", "Shadow", "Winter", "Falcon",
                  "Pebble", "Yankees", "Marmite"],
    "pwword_fr": ["Soleil", "Chouchou", "Doudou", "Bruxelles", "Papillon", "Frites", "Liberte",
                  "Nounours", "Framboise", "Printemps", "Caramel", "Etoile", "Lapin", "Gaufre"],
    "b_air": ["SkyLark Air", "NordAero", "Tulpair", "BlueHeron Airways", "Zephyr Jet", "Aurelia Air",
              "Kestrel Airlines", "PolderFly", "Albatros Air", "Merel Airways"],
    "b_rail": ["RailNova", "SpoorLink", "EuroSprint", "Trainly", "NordRail", "Flandria Rail",
               "Ferrovia Benelux", "Lowland Trains"],
    "b_ov": ["OVpas", "TapCard", "Reiskaart Plus", "MobiPass", "GoCard", "Passe-Partout"],
    "b_car": ["DriveNow Rentals", "Autohuur Direct", "RoadRunner Car Hire", "Wheelz", "CarGo Rental",
              "LocaAuto", "Cruise Cars", "Voiture Libre"],
    "b_hotel": ["Hotel De Gouden Leeuw", "Canal House Hotels", "StayEasy", "Nachtwacht Hotels",
                "Harbour Inn", "Hôtel Les Tilleuls", "SleepWell Suites", "Grand Hotel Duinzicht"],
    "b_energy": ["Windkracht Energie", "VoltaNed", "Zonnestroom BV", "PowerPeak", "Energie Vlaanderen+",
                 "Lumière Énergie", "GreenGrid", "Polder Power", "Brightwatt", "Stroomlijn"],
    "b_water": ["Waterbedrijf Delta", "AquaNoord", "Brabant Water+", "Eau Wallonne", "ThamesFlow",
                "Vlaams Waternet", "ClearTap Water", "Duinwater"],
    "b_parcel": ["PakketPost", "SwiftParcel", "Bezorgd!", "ParcelPanda", "Colis Express", "DropBox Koeriers",
                 "QuickShip", "Pakjesdienst Noord", "BoxRunner", "CourierCo"],
    "b_mover": ["Verhuisbedrijf Van Dam", "MoveMasters", "Kartonnen Doos Verhuizingen",
                "Déménagements Rapides", "Big Van Removals", "Verhuis Vlot"],
    "b_telco": ["Belnet Mobiel", "Ziptel", "KlikMobiel", "Orbit Mobile", "Telestroom", "Proxiphone",
                "SimSalabim", "Connecto", "Veltel", "AirWave Mobile"],
    "b_bank": ["Bank Oranje", "Spaarbank Noord", "Kroonbank", "Banque Mosane", "Harbour Bank",
               "Fintastic", "Vlaanderen Bank", "Tulip Savings", "Cobalt Bank", "NeoBank Benelux"],
    "b_shop": ["Bolderwinkel", "Shopaholic.nl", "Koopjeshal", "MegaMart Online", "BoxDeal",
               "Huis&Tuin Shop", "Gadgetzone", "Boutique Lilas"],
    "b_ins": ["Verzekerd Op Reis", "SafeTrip Insurance", "Zorgvuldig Verzekeringen", "Assur'Belge",
              "Harbour Mutual", "Paraplu Verzekeringen"],
    "b_api": ["Shipwise API", "Routely", "Paystream", "BookingHub Connect", "TrackFlow", "FareBridge",
              "MeterSync", "DevParcel"],
    "b_gov": ["MijnOverheid-portaal", "het UWV-loket", "de Toeslagendienst", "Gemeente-loket",
              "de SVB-portal", "het Zorgloket"],
    "agent": "Lisa Mark Noor Tim Eva Sven Fleur Kim Ahmed Joyce Rick Sara Dennis Chantal".split(),
    "ssid": ["Ziggo-5G-4A21", "H369A-7F3E", "FRITZ!Box 7590 QX", "telenet-7A2B1", "BELL-4821",
             "VOO-93XK", "SKY1F2A3", "Proximus-Home-8812", "TP-Link_5G_77C1", "KPN-Modem-2C",
             "Odido-91B3", "BT-Hub6-9XQ2"],
    "airport": ["Schiphol", "Eindhoven Airport", "Zaventem", "Charleroi", "Heathrow", "Gatwick",
                "JFK", "Newark", "Rotterdam The Hague", "Luik", "Manchester Airport", "Boston Logan"],
    "dest": ["Barcelona", "Lissabon", "Malaga", "Rome", "Kopenhagen", "Dublin", "Porto", "Nice",
             "Wenen", "Praag", "Valencia", "Split", "Lyon", "Sevilla", "Bergen", "Napels"],
}


def split_pools():
    halves = ({}, {})
    for key, seq in RAW_POOLS.items():
        halves[0][key] = list(seq[0::2])
        halves[1][key] = list(seq[1::2])
    return halves


# ----------------------------------------------------------------------------------------------
# Checksums
# ----------------------------------------------------------------------------------------------
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0


# ----------------------------------------------------------------------------------------------
# Value generators.  Each returns a string.  g(rng, ctx) ; ctx has lang, P (pools), names.
# ----------------------------------------------------------------------------------------------
D = string.digits
AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def L(ctx):
    return ctx["lang"]


def lang_group(ctx):
    lang = ctx["lang"]
    if lang == "nl":
        return "nl"
    if lang == "nl-be":
        return "be"
    if lang == "fr-be":
        return "fr"
    if lang == "en-us":
        return "us"
    return "uk"


def g_first(rng, ctx):
    grp = lang_group(ctx)
    key = {"nl": "first_nl", "be": "first_be", "fr": "first_fr"}.get(grp, "first_en")
    return ctx["person"][0]


def g_last(rng, ctx):
    return ctx["person"][1]


def g_name(rng, ctx):
    return ctx["person"][0] + " " + ctx["person"][1]


def pick_person(rng, P, lang):
    grp = {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(lang, "en")
    return (rng.choice(P["first_" + grp]), rng.choice(P["last_" + grp]))


def slug(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("ô", "o"), ("ç", "c"), ("'", "")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", s)


def g_username(rng, ctx):
    f, l = ctx["person"]
    fs, ls = slug(f), slug(l.split()[-1])
    shapes = [
        lambda: fs[0] + ls + str(rng.randint(60, 99)),
        lambda: fs + "." + ls,
        lambda: fs[0] + "." + ls + str(rng.randint(1, 9)),
        lambda: ls + "_" + fs[:3] + str(rng.randint(10, 99)),
        lambda: fs + str(rng.randint(1975, 2004)),
        lambda: fs.capitalize() + ls.capitalize()[:1] + str(rng.randint(10, 99)),
        lambda: "xX_" + fs + "_Xx",
        lambda: fs + "_" + ls,
        lambda: ls + fs[0] + str(rng.randint(100, 999)),
        lambda: fs[:4] + "." + ls[:4] + str(rng.randint(1, 99)),
        lambda: fs.upper()[0] + ls + "-" + str(rng.randint(1, 9)),
    ]
    return rng.choice(shapes)()


def pw_words(ctx):
    grp = lang_group(ctx)
    P = ctx["P"]
    if grp in ("nl", "be"):
        return P["pwword_nl"]
    if grp == "fr":
        return P["pwword_fr"]
    return P["pwword_en"]


def g_password(rng, ctx):
    w = rng.choice(pw_words(ctx))
    y = str(rng.choice([rng.randint(2018, 2026), rng.randint(1, 99), rng.randint(100, 999)]))
    sym = rng.choice("!#$@*&%?")
    shapes = [
        lambda: w + y + sym,
        lambda: w + sym + y,
        lambda: w.lower() + y,
        lambda: w + "." + rng.choice(pw_words(ctx)).lower() + y,
        lambda: rs(rng, AL, 3) + sym + rs(rng, AL, 5) + rs(rng, D, 2),
        lambda: w[0].lower() + w[1:].upper() + "_" + y,
        lambda: "Welkom" + y,
        lambda: w.replace("o", "0").replace("a", "@").replace("e", "3") + y,
        lambda: w + "-" + rng.choice(pw_words(ctx)) + "-" + y,
        lambda: y + w.lower() + sym + "x",
        lambda: w + y + sym + sym,
        lambda: rs(rng, string.ascii_lowercase, 2) + w + rs(rng, D, 4),
    ]
    return rng.choice(shapes)()


def g_pin(rng, ctx):
    while True:
        v = rs(rng, D, 4)
        if not v.startswith(("19", "20")) and len(set(v)) > 1:
            return v


def g_pin5(rng, ctx):
    return rs(rng, D, rng.choice([5, 6]))


def g_pin_typo(rng, ctx, base="pin"):
    v = ctx["vals"].get(base) or g_pin(rng, ctx)
    for _ in range(10):
        i = rng.randrange(len(v) - 1)
        w = v[:i] + v[i + 1] + v[i] + v[i + 2:]
        if w != v:
            return w
    return v[:-1] + str((int(v[-1]) + 1) % 10)


def g_puk(rng, ctx):
    return rs(rng, "123456789", 1) + rs(rng, D, 7)


def g_otp(rng, ctx):
    v = rs(rng, "123456789", 1) + rs(rng, D, 5)
    shapes = [v, v, v, v[:3] + " " + v[3:], v[:3] + "-" + v[3:], v[:2] + " " + v[2:4] + " " + v[4:],
              rng.choice("GSKT") + "-" + v]
    return rng.choice(shapes)


def g_otp6(rng, ctx):
    return rs(rng, "123456789", 1) + rs(rng, D, 5)


def g_otp4(rng, ctx):
    return rs(rng, "123456789", 1) + rs(rng, D, 3)


def g_otp8(rng, ctx):
    return rs(rng, "123456789", 1) + rs(rng, D, 7)


def g_otp_typo(rng, ctx):
    v = ctx["vals"].get("otp6") or g_otp6(rng, ctx)
    i = rng.randrange(len(v) - 1)
    w = v[:i] + v[i + 1] + v[i] + v[i + 2:]
    return w if w != v else v[:-1] + str((int(v[-1]) + 3) % 10)


def g_wifi(rng, ctx):
    w = rng.choice(pw_words(ctx))
    shapes = [
        lambda: rs(rng, AL, rng.randint(12, 16)),
        lambda: rs(rng, UP + "23456789", 10),
        lambda: rs(rng, "0123456789abcdef", 26),
        lambda: "-".join(rng.choice(["blue", "canal", "rover", "mango", "pixel", "tiger", "lamp",
                                     "otter", "fjord", "ember"]) for _ in range(3)) + str(rng.randint(10, 99)),
        lambda: w + "Zolder" + str(rng.randint(1990, 2025)),
        lambda: rs(rng, string.ascii_lowercase + D, 8) + rs(rng, UP, 4),
        lambda: rs(rng, D, 16),
        lambda: w.lower() + "#" + rs(rng, D, 4) + rs(rng, UP, 2),
    ]
    return rng.choice(shapes)()


def g_card_raw(rng, ctx):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "maestro", "bcmc"])
    if kind == "visa":
        return luhn_complete("4" + rs(rng, D, 1), 16, rng), kind
    if kind == "mc":
        return luhn_complete("5" + rng.choice("12345"), 16, rng), kind
    if kind == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), kind
    if kind == "amex":
        return luhn_complete("3" + rng.choice("47"), 15, rng), kind
    if kind == "maestro":
        return luhn_complete(rng.choice(["6759", "5018", "6304"]), rng.choice([16, 18, 19]), rng), kind
    return luhn_complete("6703", 17, rng), kind


def g_card(rng, ctx):
    num, kind = g_card_raw(rng, ctx)
    ctx["vals"]["_cardkind"] = kind
    if kind == "amex":
        return rng.choice([num[:4] + " " + num[4:10] + " " + num[10:], num,
                           num[:4] + "-" + num[4:10] + "-" + num[10:]])
    if len(num) == 16:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
        return rng.choice([" ".join(groups), " ".join(groups), "  ".join(groups), "-".join(groups), num])
    groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    return rng.choice([" ".join(groups), num])


def g_cvv(rng, ctx):
    if ctx["vals"].get("_cardkind") == "amex":
        return rs(rng, D, 4)
    return rs(rng, D, 3)


def g_expiry(rng, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    return rng.choice(["%02d/%02d" % (m, y), "%02d-20%02d" % (m, y), "%02d%02d" % (m, y),
                       "%02d/20%02d" % (m, y), "%02d / %02d" % (m, y), "%d/%02d" % (m, y)])


def g_expiry4(rng, ctx):
    return "%02d%02d" % (rng.randint(1, 12), rng.randint(26, 31))


def g_iban_raw(rng, ctx, cc=None):
    grp = lang_group(ctx)
    if cc is None:
        home = {"nl": "NL", "be": "BE", "fr": "BE", "uk": "GB", "us": "GB"}[grp]
        cc = home if rng.random() < 0.7 else rng.choice(["NL", "BE", "DE", "FR", "GB", "ES", "LU", "IE"])
    if cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "KNAB", "TRIO", "ASNB", "SNSB", "BUNQ", "RBRB"]) + rs(rng, D, 10)
    elif cc == "BE":
        first = rs(rng, D, 10)
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif cc == "DE":
        bban = rs(rng, D, 18)
    elif cc == "FR":
        bank, branch, acct = rs(rng, D, 5), rs(rng, D, 5), rs(rng, D, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rs(rng, D, 14)
    elif cc == "ES":
        bban = rs(rng, D, 20)
    elif cc == "LU":
        bban = rs(rng, D, 3) + rs(rng, UP + D, 13)
    else:
        bban = rng.choice(["AIBK", "BOFI"]) + rs(rng, D, 14)
    return iban_make(cc, bban)


def fmt_iban(rng, s):
    grouped = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    shapes = [grouped, grouped, s, s.lower(), grouped.lower(),
              s[:2] + " " + s[2:4] + " " + " ".join(s[i:i + 4] for i in range(4, len(s), 4))]
    return rng.choice(shapes)


def g_iban(rng, ctx):
    return fmt_iban(rng, g_iban_raw(rng, ctx))


def g_iban_nl(rng, ctx):
    return fmt_iban(rng, g_iban_raw(rng, ctx, "NL"))


def g_iban_be(rng, ctx):
    return fmt_iban(rng, g_iban_raw(rng, ctx, "BE"))


def g_iban_foreign(rng, ctx):
    return fmt_iban(rng, g_iban_raw(rng, ctx, rng.choice(["DE", "FR", "ES", "LU", "IE"])))


def g_bsn(rng, ctx):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            if bsn_ok(v):
                return rng.choice([v, v, v, v[:4] + "." + v[4:6] + "." + v[6:]])


def g_api_key(rng, ctx):
    hexd = "0123456789abcdef"
    shapes = [
        lambda: "sk_live_" + rs(rng, AL, 24),
        lambda: "sk_live_" + rs(rng, AL, 32),
        lambda: "pk_live_" + rs(rng, AL, 24),
        lambda: "rk_live_" + rs(rng, AL, 24),
        lambda: "ck_" + rs(rng, hexd, 40),
        lambda: "cs_" + rs(rng, hexd, 40),
        lambda: "api_" + rs(rng, AL, 32),
        lambda: "AKIA" + rs(rng, UP + "234567", 16),
        lambda: "AIza" + rs(rng, AL + "_-", 34) + rs(rng, AL, 1),
        lambda: "SG." + rs(rng, AL, 22) + "." + rs(rng, AL, 43),
        lambda: rs(rng, hexd, 32),
    ]
    return rng.choice(shapes)()


def g_aws_id(rng, ctx):
    return "AKIA" + rs(rng, UP + "234567", 16)


def g_aws_secret(rng, ctx):
    return rs(rng, AL + "/+", 39) + rs(rng, AL, 1)


def g_hex32(rng, ctx):
    return rs(rng, "0123456789abcdef", 32)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def g_jwt(rng, ctx):
    head = b64u(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps({"sub": rs(rng, D, 8), "iat": rng.randint(1760000000, 1790000000),
                            "scope": rng.choice(["read", "orders:write", "tracking"])},
                           separators=(",", ":")).encode())
    return head + "." + body + "." + rs(rng, AL + "-_", 42) + rs(rng, AL, 1)


def g_token(rng, ctx):
    shapes = [
        lambda: g_jwt(rng, ctx),
        lambda: "ghp_" + rs(rng, AL, 36),
        lambda: "github_pat_" + rs(rng, AL, 22) + "_" + rs(rng, AL, 59),
        lambda: "xoxb-" + rs(rng, D, 12) + "-" + rs(rng, D, 13) + "-" + rs(rng, AL, 24),
        lambda: "xoxp-" + rs(rng, D, 12) + "-" + rs(rng, D, 12) + "-" + rs(rng, D, 13) + "-" + rs(rng, "0123456789abcdef", 32),
        lambda: "glpat-" + rs(rng, AL + "_-", 19) + rs(rng, AL, 1),
        lambda: rs(rng, "0123456789abcdef", 40),
        lambda: rs(rng, AL + "-_", 43) + rs(rng, AL, 1),
    ]
    return rng.choice(shapes)()


def g_hex40(rng, ctx):
    return rs(rng, "0123456789abcdef", 40)


def g_email(rng, ctx):
    f, l = ctx["person"]
    fs, ls = slug(f), slug(l.split()[-1])
    local = rng.choice([fs + "." + ls, fs[0] + ls, fs + ls + str(rng.randint(1, 99)), ls + "." + fs,
                        fs + "_" + ls[:4], fs + str(rng.randint(70, 99))])
    dom = rng.choice(ctx["P"]["domain"])
    return local + "@" + dom


def g_email_odd(rng, ctx):
    e = ctx["vals"].get("email") or g_email(rng, ctx)
    local, dom = e.split("@")
    name, tld = dom.rsplit(".", 1)
    grp = lang_group(ctx)
    dot = {"nl": "punt", "be": "punt", "fr": "point"}.get(grp, "dot")
    at = {"fr": "arobase"}.get(grp, "at")
    return rng.choice([local + " @ " + dom, local + " " + at + " " + name + " " + dot + " " + tld,
                       local + "[at]" + dom, local + " (at) " + dom])


def g_phone(rng, ctx):
    grp = lang_group(ctx)
    if grp == "nl":
        n = "1" + rs(rng, D, 7)
        lnd = rs(rng, D, 7)
        return rng.choice(["06-" + n, "06 " + " ".join([n[0:2], n[2:4], n[4:6], n[6:8]]), "06 - " + n,
                           "+31 6 " + n[:4] + " " + n[4:], "+316" + n, "0031 6 " + n, "06" + n,
                           "020-" + lnd, "(020) " + lnd[:3] + " " + lnd[3:]])
    if grp in ("be", "fr"):
        p = rng.choice(["470", "471", "472", "475", "477", "478", "479", "484", "485", "486", "487", "489", "495", "496", "497", "498", "499"])
        a, b, c = rs(rng, D, 2), rs(rng, D, 2), rs(rng, D, 2)
        return rng.choice(["0%s/%s.%s.%s" % (p, a, b, c), "0%s %s %s %s" % (p, a, b, c),
                           "+32 %s %s %s %s" % (p, a, b, c), "+32%s%s%s%s" % (p, a, b, c),
                           "0%s.%s.%s.%s" % (p, a, b, c), "0%s%s%s%s" % (p, a, b, c),
                           "0032 %s %s%s%s" % (p, a, b, c)])
    if grp == "uk":
        x = rs(rng, D, 3)
        y = rs(rng, D, 3)
        return rng.choice(["07700 900" + x, "07700900" + x, "+44 7700 900" + x, "+447700900" + x,
                           "020 7946 0" + y, "+44 20 7946 0" + y, "07700 900 " + x])
    area = rng.choice(["212", "415", "312", "617", "503", "512", "720", "919"])
    x = rs(rng, D, 2)
    return rng.choice(["(%s) 555-01%s" % (area, x), "%s.555.01%s" % (area, x), "%s-555-01%s" % (area, x),
                       "+1 %s 555 01%s" % (area, x), "1-%s-555-01%s" % (area, x), "%s 555 01%s" % (area, x)])


def street_num(rng, grp, P):
    if grp == "nl":
        return "%s %d%s" % (rng.choice(P["street_nl"]), rng.randint(1, 240), rng.choice(["", "", "", "a", "-2", " bis", "B"]))
    if grp == "be":
        return "%s %d%s" % (rng.choice(P["street_be"]), rng.randint(1, 180), rng.choice(["", "", "/3", " bus 2"]))
    if grp == "fr":
        return "%s %d%s" % ((lambda x: x[0].upper() + x[1:])(rng.choice(P["street_fr"])), rng.randint(1, 180), rng.choice(["", "", "/2", " bte 4"]))
    if grp == "uk":
        return "%s%d %s" % (rng.choice(["", "", "Flat 2, ", "Apt 4, "]), rng.randint(1, 220), rng.choice(P["street_uk"]))
    return "%d %s%s" % (rng.randint(10, 9900), rng.choice(P["street_us"]), rng.choice(["", "", " Apt 3B", " #12"]))


def city_line(rng, grp, P):
    if grp == "nl":
        pc, c = rng.choice(P["city_nl"])
        return rng.choice([pc + " " + c, pc + "  " + c.upper(), pc.replace(" ", "") + " " + c])
    if grp == "be":
        pc, c = rng.choice(P["city_be"])
        return pc + " " + c
    if grp == "fr":
        pc, c = rng.choice(P["city_fr"])
        return pc + " " + c
    if grp == "uk":
        c, pc = rng.choice(P["city_uk"])
        return c + " " + pc
    c, st, z = rng.choice(P["city_us"])
    return "%s, %s %s" % (c, st, z)


def g_address(rng, ctx):
    grp = lang_group(ctx)
    if grp == "be" and rng.random() < 0.2:
        grp = "fr"
    return street_num(rng, grp, ctx["P"]) + rng.choice([", ", ", ", " "]) + city_line(rng, grp, ctx["P"])


def g_address_ml(rng, ctx):
    grp = lang_group(ctx)
    return street_num(rng, grp, ctx["P"]) + "\n" + city_line(rng, grp, ctx["P"])


def g_street(rng, ctx):
    return street_num(rng, lang_group(ctx), ctx["P"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def mname(ctx, m):
    grp = lang_group(ctx)
    return MONTHS["nl" if grp in ("nl", "be") else "fr" if grp == "fr" else "en"][m - 1]


def g_dob(rng, ctx):
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    grp = lang_group(ctx)
    if grp == "us":
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mname(ctx, m), d, y), "%d/%d/%02d" % (m, d, y % 100)])
    if grp == "uk":
        suf = "th" if d in range(4, 21) or d % 10 > 3 or d % 10 == 0 else {1: "st", 2: "nd", 3: "rd"}[d % 10]
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d%s %s %d" % (d, suf, mname(ctx, m), y),
                           "%d %s %02d" % (d, mname(ctx, m)[:3], y % 100), "%02d.%02d.%d" % (d, m, y)])
    return rng.choice(["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%02d" % (d, m, y % 100), "%d %s %d" % (d, mname(ctx, m), y),
                       "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (d, m, y)])


def g_ip(rng, ctx):
    return rng.choice(["192.0.2.%d" % rng.randint(2, 254), "198.51.100.%d" % rng.randint(2, 254),
                       "203.0.113.%d" % rng.randint(2, 254),
                       "2001:db8:%x:%x::%x" % (rng.randint(1, 65535), rng.randint(1, 65535), rng.randint(1, 255))])


def g_custno(rng, ctx):
    return rng.choice([rs(rng, "123456789", 1) + rs(rng, D, rng.choice([6, 7, 8, 9])),
                       "K" + rs(rng, D, 7), "KL-" + rs(rng, D, 6), rs(rng, D, 3) + "-" + rs(rng, D, 4) + "-" + rs(rng, D, 2),
                       "CN" + rs(rng, D, 8), "3100" + rs(rng, D, 6)])


# ---- negatives -------------------------------------------------------------------------------
def g_amount(rng, ctx):
    grp = lang_group(ctx)
    e, c = rng.randint(3, 1900), rng.randint(0, 99)
    if grp == "uk":
        return rng.choice(["£%d.%02d" % (e, c), "£%d" % e, "GBP %d.%02d" % (e, c)])
    if grp == "us":
        return rng.choice(["$%d.%02d" % (e, c), "$%d" % e, "USD %d" % e])
    if grp == "fr":
        return rng.choice(["%d,%02d €" % (e, c), "%d €" % e, "%d,%02d EUR" % (e, c), "€%d" % e])
    return rng.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "EUR %d,-" % e, "€%d" % e])


def g_date(rng, ctx):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026, 2027])
    grp = lang_group(ctx)
    if grp == "us":
        return rng.choice(["%d/%d" % (m, d), "%s %d" % (mname(ctx, m), d), "%02d/%02d/%d" % (m, d, y)])
    if grp == "uk":
        return rng.choice(["%d %s" % (d, mname(ctx, m)), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mname(ctx, m)[:3], y)])
    return rng.choice(["%d %s" % (d, mname(ctx, m)), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%d %s %d" % (d, mname(ctx, m), y)])


def g_time(rng, ctx):
    h, mi = rng.randint(6, 19), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    grp = lang_group(ctx)
    if ctx.get("_key") == "time2" and "_tstate" in ctx:
        h0, style = ctx["_tstate"]
        h = min(23, h0 + rng.randint(1, 3))
        rng = random.Random(style)  # replay the same format choice
    else:
        style = rng.random()
        ctx["_tstate"] = (h, style)
        rng = random.Random(style)
    if grp in ("uk", "us"):
        return rng.choice(["%d:%02d" % (h, mi), "%d:%02d%s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm"), "%02d:%02d" % (h, mi)])
    if grp == "fr":
        return rng.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%dh" % h])
    return rng.choice(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%02d:%02d" % (h, mi), "%du%02d" % (h, mi)])


def g_year(rng, ctx):
    return str(rng.randint(2009, 2026))


def g_order(rng, ctx):
    return rng.choice(["ORD-%d-%s" % (rng.randint(2025, 2026), rs(rng, D, 5)), "#" + rs(rng, "123456789", 1) + rs(rng, D, 8),
                       rs(rng, "123456789", 1) + rs(rng, D, 9), "WS" + rs(rng, D, 7), "NL-" + rs(rng, D, 5) + "-" + rs(rng, D, 2)])


def g_pnr(rng, ctx):
    return rs(rng, "BCDFGHJKLMNPQRSTVWXZ", 2) + rs(rng, "23456789", 1) + rs(rng, "BCDFGHJKLMNPQRSTVWXZ", 1) + rs(rng, "23456789BCDFGHJKLMNPQRSTVWXZ", 2)


def g_booking(rng, ctx):
    return rng.choice(["BK-" + rs(rng, D, 8), "H" + rs(rng, D, 9), rs(rng, UP, 3) + "-" + rs(rng, D, 6),
                       rs(rng, D, 10), "RES" + rs(rng, D, 7)])


def g_flight(rng, ctx):
    return rng.choice(["SL", "NX", "TQ", "ZB", "KV", "AQ", "PF", "HV"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def g_train(rng, ctx):
    return rng.choice(["IC ", "IC", "ICE ", "EC ", "ES ", "IR ", "L "]) + str(rng.randint(100, 9999))


def g_tracking(rng, ctx):
    return rng.choice(["3S" + rs(rng, UP, 4) + rs(rng, D, 9), "JVGL" + rs(rng, D, 16),
                       "1Z" + rs(rng, UP + D, 6) + rs(rng, D, 10), "CD" + rs(rng, D, 9) + "NL",
                       "LX" + rs(rng, D, 9) + "BE", rs(rng, D, 14), "BR" + rs(rng, D, 12)])


def g_meter(rng, ctx):
    grp = lang_group(ctx)
    v = rng.randint(1000, 99999)
    if grp in ("uk", "us"):
        return rng.choice(["%05d" % v, "%d" % v, "%d.%d" % (v, rng.randint(0, 9))])
    return rng.choice(["%06d" % v, "%d" % v, "%d,%d" % (v, rng.randint(0, 9)), "%d.%03d" % (v // 1000 + 1, v % 1000)])


def g_kwh(rng, ctx):
    grp = lang_group(ctx)
    n = rng.randint(80, 5200)
    u = rng.choice(["kWh", "kWh", "kWh", "kWh", "GJ", "kWh"])
    return rng.choice(["%d %s" % (n, u), "%d%s" % (n, u)])


def g_km(rng, ctx):
    return rng.choice(["%d km" % rng.randint(40, 900), "%dkm" % rng.randint(40, 900), "%d miles" % rng.randint(30, 500)])


def g_m3(rng, ctx):
    return rng.choice(["%d m³" % rng.randint(30, 260), "%d m3" % rng.randint(30, 260), "%d.000 liter" % rng.randint(30, 260)])


def g_gb(rng, ctx):
    return rng.choice(["%d GB" % rng.choice([5, 10, 20, 50, 100]), "%d Mbps" % rng.choice([100, 250, 500, 1000]),
                       "%dGB" % rng.choice([4, 8, 15, 30]), "%d MB" % rng.randint(10, 900)])


def g_ean(rng, ctx):
    return "8716" + rs(rng, D, 14)


def g_ean13(rng, ctx):
    body = "87" + rs(rng, D, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def g_sku(rng, ctx):
    return rng.choice(["SKU " + rs(rng, D, 5) + "-" + rs(rng, UP, 3), "art.nr. " + rs(rng, D, 7), rs(rng, UP, 2) + "-" + rs(rng, D, 6)])


def g_invoice(rng, ctx):
    return rng.choice(["F%d-%s" % (rng.randint(2025, 2026), rs(rng, D, 6)), "INV-" + rs(rng, D, 6),
                       "70" + rs(rng, D, 8), "FAC/%d/%s" % (rng.randint(2025, 2026), rs(rng, D, 5))])


def g_ticket(rng, ctx):
    return rng.choice(["00" + rs(rng, D, 6), "SR-" + rs(rng, D, 6), "CS-%d-%s" % (rng.randint(2025, 2026), rs(rng, D, 5)),
                       "#" + rs(rng, D, 7), "INC" + rs(rng, D, 7), "REF " + rs(rng, D, 6)])


def g_error(rng, ctx):
    if ERR_CUE.search(ctx.get("_prev", "")):
        return rng.choice(["E-%d" % rng.randint(100, 9999), "0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF), str(rng.randint(400, 999)),
                           "E%02d" % rng.randint(1, 99), "F%d" % rng.randint(10, 99), "ERR_TIMEOUT", "CARD_DECLINED", "%d" % rng.randint(10, 99)])
    return rng.choice(["E-%d" % rng.randint(100, 9999), "0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF), "error %d" % rng.randint(400, 999),
                       "E%02d" % rng.randint(1, 99), "F%d" % rng.randint(10, 99), "ERR_%s" % rng.choice(["PAYMENT_DECLINED", "TIMEOUT", "CARD_BLOCKED", "SESSION_EXPIRED"]),
                       "code %d" % rng.randint(10, 99), "HTTP %d" % rng.choice([401, 403, 429, 500, 502, 503])])


def g_model(rng, ctx):
    return rng.choice(["Galaxy A54", "Fritz!Box 7590", "H369A", "iPhone 15 Pro", "TP-Link Archer C6", "Pixel 8a",
                       "Experia Box v10", "Connect Box", "Galaxy S23", "Moto G84", "Smart Meter E350", "Kaifa MA105",
                       "Landis+Gyr E360", "Huawei B535", "Eero 6+", "iPad Air M2", "Redmi Note 13", "Sagemcom F@st 5370"])


VER_CUE = re.compile(r"(firmware|versie|version|update naar|update to|mise à jour|app|SDK) ?\(?$", re.I)
ERR_CUE = re.compile(r"(foutcode|code|error|erreur|l'erreur|Erreur|fout) ?$", re.I)


def g_version(rng, ctx):
    if VER_CUE.search(ctx.get("_prev", "")):
        return rng.choice(["%d.%d.%d" % (rng.randint(4, 12), rng.randint(0, 30), rng.randint(0, 9)),
                           "%d.%02d" % (rng.randint(6, 8), rng.randint(0, 99)), "%d.%d" % (rng.randint(2, 17), rng.randint(0, 9))])
    dev = ctx["vals"].get("device", "")
    if dev.startswith(("iPhone", "iPad")):
        return "iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(0, 3))
    if dev:
        return "Android %d" % rng.randint(12, 15)
    return rng.choice(["iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(0, 3)), "Android %d" % rng.randint(12, 15),
                       "versie %d.%d.%d" % (rng.randint(3, 12), rng.randint(0, 30), rng.randint(0, 9)), "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9)),
                       "%d.%d.%d" % (rng.randint(4, 12), rng.randint(0, 30), rng.randint(0, 9)), "build %d" % rng.randint(1000, 9999),
                       "versie %d.%d" % (rng.randint(5, 9), rng.randint(0, 40))])


def g_pct(rng, ctx):
    return rng.choice(["%d%%" % rng.randint(2, 35), "%d %%" % rng.randint(2, 35), "%d,%d%%" % (rng.randint(1, 30), rng.randint(1, 9))])


def g_url(rng, ctx):
    b = slug(ctx["brand"])[:12] or "brand"
    tld = {"nl": "nl", "be": "be", "fr": "be", "uk": "co.uk", "us": "com"}[lang_group(ctx)]
    return rng.choice(["https://www.%s.%s/storing" % (b, tld), "%s.%s/mijn" % (b, tld), "https://%s.%s/help/inloggen" % (b, tld),
                       "www.%s.%s/wachtwoord-vergeten" % (b, tld), "https://status.%s.%s" % (b, tld), "https://%s.%s/refund?ref=app" % (b, tld)])


def g_masked(rng, ctx):
    return rng.choice(["********", "**** **** **** " + rs(rng, D, 4), "NL** **** **** **" + rs(rng, D, 2), "xxxx-xxxx-xxxx-" + rs(rng, D, 4),
                       "•••• " + rs(rng, D, 4), "BE** **** **** " + rs(rng, D, 2) + "**", "06-****" + rs(rng, D, 4), "j***@***.com", "XXXXXX"])


def g_maskcard(rng, ctx):
    return rng.choice(["**** **** **** " + rs(rng, D, 4), "xxxx-xxxx-xxxx-" + rs(rng, D, 4), "•••• " + rs(rng, D, 4), "****" + rs(rng, D, 4)])


def g_maskiban(rng, ctx):
    cc = {"nl": "NL", "be": "BE", "fr": "BE", "uk": "GB", "us": "GB"}[lang_group(ctx)]
    return rng.choice([cc + "** **** **** **" + rs(rng, D, 2), cc + "XX XXXX XXXX XX" + rs(rng, D, 2), "*" * 12 + rs(rng, D, 4)])


def g_maskphone(rng, ctx):
    return rng.choice(["06-****" + rs(rng, D, 4), "+31 6 **** **" + rs(rng, D, 2), "*** *** " + rs(rng, D, 3), "+44 ***** **" + rs(rng, D, 4), "•••• ••" + rs(rng, D, 2)])


def g_kg(rng, ctx):
    return rng.choice(["%d kg" % rng.randint(1, 31), "%d,%d kg" % (rng.randint(1, 25), rng.randint(1, 9)), "%dkg" % rng.randint(1, 31)])


def g_kvk(rng, ctx):
    grp = lang_group(ctx)
    if grp in ("be", "fr"):
        return rng.choice(["BE 0%s.%s.%s" % (rs(rng, D, 3), rs(rng, D, 3), rs(rng, D, 3)), "0%s.%s.%s" % (rs(rng, D, 3), rs(rng, D, 3), rs(rng, D, 3))])
    if grp == "uk":
        return rng.choice(["company no. " + rs(rng, D, 8), "GB" + rs(rng, D, 9)])
    if grp == "us":
        return "EIN " + rs(rng, D, 2) + "-" + rs(rng, D, 7)
    return rng.choice(["KvK " + rs(rng, D, 8), "NL" + rs(rng, D, 9) + "B01"])


def g_cphone(rng, ctx):
    grp = lang_group(ctx)
    if grp == "nl":
        return rng.choice(["0800-" + rs(rng, D, 4), "0900-" + rs(rng, D, 7), "088 " + rs(rng, D, 3) + " " + rs(rng, D, 4), "0900 " + rs(rng, D, 4)])
    if grp in ("be", "fr"):
        return rng.choice(["078 " + rs(rng, D, 2) + " " + rs(rng, D, 2) + " " + rs(rng, D, 2), "0800 " + rs(rng, D, 2) + " " + rs(rng, D, 3), "078/" + rs(rng, D, 2) + "." + rs(rng, D, 2) + "." + rs(rng, D, 2)])
    if grp == "uk":
        return rng.choice(["0345 " + rs(rng, D, 3) + " " + rs(rng, D, 4), "03457 " + rs(rng, D, 3) + " " + rs(rng, D, 3), "0800 028 " + rs(rng, D, 4)])
    return rng.choice(["1-800-555-01" + rs(rng, D, 2), "1-888-555-01" + rs(rng, D, 2), "(800) 555-01" + rs(rng, D, 2)])


def g_hashtag(rng, ctx):
    grp = lang_group(ctx)
    pool = {"nl": ["#klantenservice", "#fail", "#nooitmeer", "#boos", "#ergernis", "#klantonvriendelijk"],
            "be": ["#klantendienst", "#fail", "#schandalig", "#nooitmeer"],
            "fr": ["#servicesclient", "#fail", "#honteux", "#ras_le_bol"],
            "uk": ["#customerservice", "#fail", "#neveragain", "#shambles"],
            "us": ["#customerservice", "#fail", "#badservice", "#smh", "#unacceptable"]}[grp]
    return rng.choice(pool)


def g_mention(rng, ctx):
    return "@" + re.sub(r"[^A-Za-z0-9_]", "", ctx["brand"].replace(" ", "_"))[:15]


def g_seat(rng, ctx):
    return "%d%s" % (rng.randint(1, 38), rng.choice("ABCDEF"))


def g_gate(rng, ctx):
    return "%s%d" % (rng.choice("ABCDEFGH"), rng.randint(1, 60))


def g_slot_note(rng, ctx):
    return ""


def pool_pick(key):
    def g(rng, ctx):
        return rng.choice(ctx["P"][key])
    return g


def g_city(rng, ctx):
    grp = lang_group(ctx)
    P = ctx["P"]
    if grp == "nl":
        return rng.choice(P["city_nl"])[1]
    if grp == "be":
        return rng.choice(P["city_be"])[1]
    if grp == "fr":
        return rng.choice(P["city_fr"])[1]
    if grp == "uk":
        return rng.choice(P["city_uk"])[0]
    return rng.choice(P["city_us"])[0]


GEN = {
    # high risk
    "pw": (g_password, "S", "password"), "user": (g_username, "S", "username"), "pin": (g_pin, "S", "pin"),
    "pin5": (g_pin5, "S", "pin"), "pintypo": (g_pin_typo, "S", "pin"), "puk": (g_puk, "S", "puk"),
    "otp": (g_otp, "S", "otp"), "otp6": (g_otp6, "S", "otp"), "otp4": (g_otp4, "S", "otp"), "otp8": (g_otp8, "S", "otp"),
    "otptypo": (g_otp_typo, "S", "otp"), "wifi": (g_wifi, "S", "wifi_key"), "card": (g_card, "S", "card"),
    "cvv": (g_cvv, "S", "cvv"), "iban": (g_iban, "S", "iban"), "ibannl": (g_iban_nl, "S", "iban"),
    "ibanbe": (g_iban_be, "S", "iban"), "ibanx": (g_iban_foreign, "S", "iban"), "bsn": (g_bsn, "S", "bsn"),
    "apikey": (g_api_key, "S", "api_key"), "awsid": (g_aws_id, "S", "api_key"), "awssecret": (g_aws_secret, "S", "api_key"),
    "hex32": (g_hex32, "S", "api_key"), "token": (g_token, "S", "token"), "jwt": (g_jwt, "S", "token"),
    "hex40": (g_hex40, "S", "token"),
    # other labelled
    "exp": (g_expiry, "S", "card_expiry"), "exp4": (g_expiry4, "S", "card_expiry"), "email": (g_email, "S", "email"),
    "emailodd": (g_email_odd, "S", "email"), "phone": (g_phone, "S", "phone"), "addr": (g_address, "S", "address"),
    "addrml": (g_address_ml, "S", "address"), "street": (g_street, "S", "address"), "dob": (g_dob, "S", "date_of_birth"),
    "ip": (g_ip, "S", "ip_address"), "custno": (g_custno, "S", "customer_number"),
    # negatives
    "amount": (g_amount, "N", "amount"), "cphone": (g_cphone, "N", "company_phone"), "kvk": (g_kvk, "N", "company_registration"),
    "date": (g_date, "N", "date"), "time": (g_time, "N", "time"), "year": (g_year, "N", "year"), "err": (g_error, "N", "error_code"),
    "flight": (g_flight, "N", "flight_number"), "train": (g_train, "N", "flight_number"), "hashtag": (g_hashtag, "N", "hashtag"),
    "mention": (g_mention, "N", "mention"), "invoice": (g_invoice, "N", "invoice_number"), "order": (g_order, "N", "order_number"),
    "pnr": (g_pnr, "N", "order_number"), "booking": (g_booking, "N", "order_number"), "ticket": (g_ticket, "N", "ticket_number"),
    "tracking": (g_tracking, "N", "tracking_number"), "meter": (g_meter, "N", "meter_reading"), "kwh": (g_kwh, "N", "quantity"),
    "gb": (g_gb, "N", "quantity"), "mbps": (lambda r, c: r.choice(["%d Mbps" % r.randint(5, 90), "%dMbit" % r.randint(5, 90)]), "N", "quantity"), "km": (g_km, "N", "quantity"), "m3": (g_m3, "N", "quantity"),
    "maskcard": (g_maskcard, "N", "masked_value"), "maskiban": (g_maskiban, "N", "masked_value"),
    "maskphone": (g_maskphone, "N", "masked_value"), "kg": (g_kg, "N", "quantity"),
    "wcck": (lambda r, c: "ck_" + rs(r, "0123456789abcdef", 40), "S", "api_key"),
    "wccs": (lambda r, c: "cs_" + rs(r, "0123456789abcdef", 40), "S", "api_key"),
    "gkey": (lambda r, c: "AIza" + rs(r, AL + "_-", 34) + rs(r, AL, 1), "S", "api_key"),
    "sgkey": (lambda r, c: "SG." + rs(r, AL, 22) + "." + rs(r, AL, 43), "S", "api_key"),
    "sklive": (lambda r, c: "sk_live_" + rs(r, AL, r.choice([24, 32, 48])), "S", "api_key"),
    "ghp": (lambda r, c: r.choice(["ghp_" + rs(r, AL, 36), "github_pat_" + rs(r, AL, 22) + "_" + rs(r, AL, 59)]), "S", "token"),
    "glpat": (lambda r, c: "glpat-" + rs(r, AL + "_-", 19) + rs(r, AL, 1), "S", "token"),
    "slack": (lambda r, c: r.choice(["xoxb-", "xoxp-"]) + rs(r, D, 12) + "-" + rs(r, D, 13) + "-" + rs(r, AL, 24), "S", "token"),
    "router": (lambda r, c: r.choice(["Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Experia Box v10", "Connect Box",
                                      "Huawei B535", "Eero 6+", "Sagemcom F@st 5370", "Fritz!Box 7530", "Smart Hub 2"]), "N", "model_number"),
    "device": (lambda r, c: r.choice(["Galaxy A54", "iPhone 15 Pro", "Pixel 8a", "Galaxy S23", "Moto G84", "Redmi Note 13",
                                      "iPhone 13 mini", "Nokia G22", "iPad Air M2"]), "N", "model_number"),
    "meterdev": (lambda r, c: r.choice(["Smart Meter E350", "Kaifa MA105", "Landis+Gyr E360", "Sagemcom T211", "Iskra AM550",
                                        "SMA Sunny Boy 3.6", "Kamstrup 162"]), "N", "model_number"), "model": (g_model, "N", "model_number"), "ean": (g_ean, "N", "product_code"),
    "ean13": (g_ean13, "N", "product_code"), "sku": (g_sku, "N", "product_code"), "version": (g_version, "N", "version_string"),
    "pct": (g_pct, "N", "percentage"), "url": (g_url, "N", "url"), "masked": (g_masked, "N", "masked_value"),
    # unlabelled
    "name": (g_name, None, None), "first": (g_first, None, None), "last": (g_last, None, None),
    "agent": (pool_pick("agent"), None, None), "ssid": (pool_pick("ssid"), None, None), "city": (g_city, None, None),
    "airport": (pool_pick("airport"), None, None), "dest": (pool_pick("dest"), None, None), "seat": (g_seat, None, None),
    "gate": (g_gate, None, None), "brand": (lambda r, c: c["brand"], None, None),
    "air": (pool_pick("b_air"), None, None), "bank": (pool_pick("b_bank"), None, None), "telco": (pool_pick("b_telco"), None, None),
    "shop": (pool_pick("b_shop"), None, None), "parcel": (pool_pick("b_parcel"), None, None),
    "num": (lambda r, c: str(r.randint(2, 9)), None, None), "mins": (lambda r, c: str(r.choice([20, 25, 35, 40, 45, 50, 55, 70, 90, 120, 180])), None, None),
}
SECTOR_POOL = {"air": "b_air", "rail": "b_rail", "ov": "b_ov", "car": "b_car", "hotel": "b_hotel",
               "energy": "b_energy", "water": "b_water", "parcel": "b_parcel", "mover": "b_mover",
               "telco": "b_telco", "bank": "b_bank", "shop": "b_shop", "ins": "b_ins", "api": "b_api", "gov": "b_gov"}
PUNCT = set(".,!?;:)]}\"'’…")
PH = re.compile(r"\{([a-z]+[0-9]*)\}")


def render(tpl, rng, ctx, out, spans, negs, origin=None):
    """Append rendered template text to list `out` (pieces), recording spans/negatives."""
    pos = sum(len(p) for p in out)
    last = 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        base = key if key in GEN else key[:-1]
        if base not in GEN:
            raise KeyError("unknown placeholder {%s} in %r" % (base, tpl[:60]))
        fn, cat, typ = GEN[base]
        ctx["_key"] = key
        ctx["_prev"] = "".join(out[-3:])[-25:]
        nxt = tpl[m.end():m.end() + 1]
        if key in ctx["vals"]:
            val = ctx["vals"][key]
        else:
            for _ in range(50):
                val = fn(rng, ctx)
                if not (cat == "S" and val and not val[-1].isalnum() and nxt and (nxt in PUNCT)):
                    break
            ctx["vals"][key] = val
        if cat == "S":
            spans.append({"type": typ, "start": pos, "end": pos + len(val)})
            if origin is not None:
                ctx["origins"][typ].add(origin)
        elif cat == "N":
            negs.append({"kind": typ, "start": pos, "end": pos + len(val)})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])


# ----------------------------------------------------------------------------------------------
# Templates.  One line per template: lang|channels|text   ("\n" = line break inside the message).
# Families are (name, sector, block).  Templates are dealt alternately to dev/heldout per
# (family, lang) group, in file order.
# ----------------------------------------------------------------------------------------------
FAMILIES = []


def F(name, sector, block):
    FAMILIES.append((name, sector, block))


F("sim_puk", "telco", r"""
nl|wa,tg|hoi, mijn telefoon vraagt opeens om een PUK\nik heb 3x de pincode verkeerd ingetikt 🙈\nmijn puk staat op het kaartje: {puk}\nmag de nieuwe pin dan gewoon {pin} zijn?
nl|xd,ms|Sim geblokkeerd na de update naar {version}. PUK {puk} geprobeerd, hij zegt 'ongeldig'. Mijn nummer is {phone}
nl|ms,em|Goedemiddag, ik heb de pukcode van mijn zoon nodig. Hij heeft zijn simpin veranderd naar {pin} en is hem nu vergeten. Zijn nummer: {phone}. Of is het deze: {puk}? Die stond in een mail van {date}.
nl|em,ms|In de app kreeg ik de PUK {puk} te zien, maar na het invoeren staat er foutcode {err}. Mijn klantnummer is {custno}. Toestel: {device}.
nl|tg,wa|puk = {puk}\npin oud = {pin}\npin nieuw = {pin2}\nwerkt allemaal niet
nl|wa,id|Kreeg vanochtend een sms met mijn pukcod: {puk}. Ingevoerd, en nu vraagt hij nog steeds om de pin. Ik had eerst {pin} en daarna {pintypo} geprobeerd
nl|fc,xp|{brand} ik sta in {dest} met een geblokkeerde simkaart en jullie chat is dicht. PUK {puk} werkt niet. Help!
nl|ms,wa|Nieuwe simkaart uit bestelling {order} geactiveerd. Pin heb ik op {pin} gezet en de puk is {puk}, kunnen jullie dat ergens noteren voor als ik het kwijtraak?
nl|wa,tg|{puk} is de puk toch? staat op dat plastic ding waar de sim in zat
nl|wa,ms|sorry typfout, de puk is {puk} en niet {puk2}
nl|wa,tg|mijn puk:\n\n{puk}\n\nen de pin wordt {pin}
nl-be|ms,em|Dag, mijn gsm vraagt een PUK-code. Op de houder van de simkaart staat {puk}, klopt dat nog? Mijn pincode was {pin} maar die neemt hij niet meer.
nl-be|wa,tg|ik heb de puk gevonden!\nhet is {puk}\nmaar welke pin moet ik dan kiezen
nl-be|em,xd|Mijn puk is {puk} (stond in de brief van {date}) maar na het ingeven zegt hij “PUK geblokkeerd”. Klantnummer {custno}.
fr-be|ms,em|Bonjour, ma carte SIM est bloquée. Le code PUK au dos de la carte c'est {puk}. J'ai essayé mon code PIN {pin} trois fois 😩 Mon numéro : {phone}
fr-be|ms,wa|Code puk : {puk}\nCode pin : {pin}\nça ne marche toujours pas, message d'erreur {err}
fr-be|em|Je vous écris car le téléphone de ma mère affiche « SIM verrouillée ». Elle a retrouvé le code PUK dans ses papiers : {puk}. Son ancien code PIN était {pin}. Pouvez-vous vérifier ? Numéro client : {custno}
fr-be|id,ms|c'est celui-là : {puk} ? Je le trouve dans l'appli {brand} sous « Ma carte SIM »
en-gb|xd,ms|Phone's asking for a PUK after my daughter had a go at it. Found the card, PUK says {puk}. New PIN I want is {pin}, is that ok?
en-gb|wa,tg|PUK code {puk} - it says wrong code, 3 attempts left\nam I reading it right?
en-gb|em|I travelled to {dest} on {date} and my SIM locked itself. Your agent gave me PUK {puk} over the phone but it gets rejected. My account number is {custno} and the phone is a {device}.
en-gb|tg,wa|sim locked\npuk {puk}\nold pin {pin}\nplease advise
en-gb|ms,xd|There are two numbers on the card, {puk} and {puk2}. Which one is the PUK and which is PUK2?
en-us|xd,ms|Hey, phone says SIM PUK locked. Card holder says {puk}. I set the PIN to {pin} last week, didn't think I'd forget it lol
en-us|ms,wa|I typed {pin} three times and now it wants a PUK. Your site {url} says the PUK is on the card, mine is {puk}, still locked.
en-us|em|My PUK (from the back of the SIM card): {puk}. Account #{custno}. Please unlock asap, I'm flying out on {flight} tomorrow at {time}.
en-us|tg,ms|the PUK the rep read out was {puk}, I wrote down {puk2} at first bc of the bad line, neither works
""")

F("wifi", "telco", r"""
nl|ms,em|Modem {router}, het wifi wachtwoord van de sticker werkte niet dus ik heb het zelf gewijzigd naar {wifi}. Nu valt het internet om de {mins} minuten weg.
nl|wa,tg|netwerk: {ssid}\nsleutel: {wifi}\nlaptop maakt geen verbinding
nl|ms,id|Ik heb de netwerksleutel van de sticker overgetikt ({wifi}) maar mijn {device} blijft zeggen: verkeerd wachtwoord
nl|xd,ms|Kunnen jullie op afstand de wifi resetten? De WPA-sleutel is nu {wifi} en ik wil terug naar die van de sticker
nl|em|Sinds de monteur op {date} is geweest werkt de wifi niet meer. Hij heeft het wachtwoord veranderd in {wifi}, zei hij. Netwerknaam is {ssid}. Snelheid haalt nog geen {mbps}.
nl|tg,wa|wifi-wachtwoord = {wifi}\ndat is hem toch?
nl|em,ms|De gasten in ons vakantiehuis kunnen niet op het netwerk. De wifi-code die in de map staat: {wifi}. Router is een {router}.
nl|ms,wa|Wifi naam {ssid} en het wachtwoord {wifi}. Thuiswerken lukt niet, {pct} packet loss volgens de speedtest.
nl|wa,xd|De wifi-sleutel is {wifi}. Sorry, dat is een hoofdletter O en geen nul.
nl-be|ms,em|Ons wifi-paswoord is {wifi} maar de decoder vindt het netwerk {ssid} niet. Foutcode {err}.
nl-be|wa,tg|wifi sleutel: {wifi} (met hoofdletters zoals op het etiket)
nl-be|ms,id|paswoord van de wifi is {wifi}, dat van het modem zelf weet ik niet
fr-be|ms,em|La clé wifi inscrite sous le modem : {wifi}. Mon {device} ne se connecte pas.
fr-be|ms,wa|mot de passe wifi {wifi}\nréseau {ssid}\nça ne passe pas depuis la mise à jour {version}
fr-be|em|Le technicien a changé la clé WPA en {wifi} et depuis, la télévision ne capte plus rien. Numéro de client {custno}.
fr-be|wa,id|clé de sécurité réseau : {wifi}\nc'est bien celle-là qu'il faut mettre ?
en-gb|ms,xd|Router's a {router}. Wifi key on the sticker is {wifi}, typed it in 4 times, still 'incorrect password'.
en-gb|wa,tg|network key: {wifi}\nname: {ssid}
en-gb|xd,ms|Your engineer changed our WiFi password to {wifi} and now the smart meter display won't connect
en-gb|ms,id|It's {wifi} - the wifi key - I've changed it back to the one on the sticker but the TV still won't find it
en-us|ms,em|WPA2 passphrase is {wifi}, router {router}, firmware {version}. Roku won't join.
en-us|ms,wa|wifi pw {wifi} - that's what's printed under the box
en-us|tg,ms|ok so the wifi key {wifi} got wiped by the update. is it back to {wifi2} now??
""")

F("hotel_wifi", "hotel", r"""
nl|ms,id|Ik zit in kamer {num}12 en de wifi code van het kaartje ({wifi}) werkt niet. Boeking {booking}.
en-gb|em,ms|The code you gave at reception for the room wifi was {wifi} but it kicks me off after {mins} minutes. I'm on booking {booking}, checking out {date}.
en-us|id,ms|Host gave us {wifi} as the wifi code but it doesn't work, the network is called {ssid}
fr-be|ms,wa|Chambre {num}04 : le code wifi donné à l'accueil ({wifi}) ne fonctionne pas. Réservation {booking}.
""")

F("card_pay", "car", r"""
nl|ms,wa|De borg van {amount} lukt niet via de site. Hier zijn mijn gegevens: {card} geldig tot {exp}, code achterop {cvv}. Ophalen is op {date} om {time} op {airport}.
nl|wa,tg|kaart {card}\n{exp}\n{cvv}\nkunnen jullie het zo afschrijven? de link geeft {err}
nl|em,ms|Bij het ophalen van de huurauto wilden ze een creditcard, ik heb alleen een debitkaart: {card} ({exp}). De 3 cijfers achterop zijn {cvv}. Reservering {booking}.
nl|xd,ms|Betaling voor reservering {booking} mislukt steeds. Kaartnummer {card}, vervaldatum {exp}, cvc {cvv}. Wat doe ik fout?
nl|ms,id|{card} exp {exp4} cvv {cvv} — dat is de kaart van mijn vriendin, mag dat ook voor de borg?
nl|wa,ms|Hij pakt mijn kaart niet. Ik heb {card} ingevuld met {exp} en als beveiligingscode {cvv}, daarna kwam foutcode {err}
nl|em|Mijn creditcard is dubbel belast, {amount} op {date} en nog een keer op {date2}. Het gaat om de kaart eindigend op {maskcard}. Voor de terugboeking: volledig nummer {card}, verloopt {exp}.
nl|tg,wa|creditcard: {card}\ncvc2: {cvv}\nvervalt: {exp}\nnaam op de kaart: {name}
nl-be|ms,em|Dag, de waarborg voor de wagen ({amount}) wil niet lukken. Mijn Visa: {card}, vervalt {exp}, veiligheidscode {cvv}.
nl-be|wa,tg|kaartnr {card} en die 3 cijfertjes achteraan zijn {cvv}
fr-be|ms,em|Bonjour, le paiement de la caution ({amount}) échoue. Ma carte : {card}, date d'expiration {exp}, cryptogramme {cvv}. Réservation {booking}.
fr-be|wa,ms|numéro de carte {card}\nexp {exp}\nles 3 chiffres au dos : {cvv}
fr-be|em|Suite à mon appel de ce matin ({time}), voici les données demandées pour la location : carte {card} valable jusqu'au {exp}, code de sécurité {cvv}.
en-gb|ms,em|Trying to pay the deposit for booking {booking} and it keeps failing. Card is {card}, expires {exp}, security code {cvv}.
en-gb|wa,tg|long number {card}\nexpiry {exp}\nthe 3 on the back {cvv}
en-gb|em|The desk at {airport} refused my card, so here it is for the pre-authorisation: {card}, {exp}, CVV {cvv}. Collection {date} at {time}.
en-us|ms,xd|Card: {card} | Exp: {exp} | CVV: {cvv} — rental desk said I could pay the upgrade ({amount}) through you guys
en-us|em,ms|Your app keeps throwing {err} at checkout. Tried my Amex too. Number {card}, exp {exp}, CID {cvv}.
en-us|tg,wa|ok here goes\n{card}\n{exp}\n{cvv}\nzip is {num}0214 if you need it
""")

F("card_hotel", "hotel", r"""
nl|ms,em|Voor de garantie van de kamer (boeking {booking}): creditcard {card}, geldig t/m {exp}. Verificatiecdoe achterop is {cvv}.
nl|wa,id|hotel vroeg om een kaart voor de borg, dit is hem: {card} ({exp}) en de cvv is {cvv}
nl-be|em,ms|Mijn kredietkaart voor de reservatie {booking}: {card}, vervaldatum {exp}, code op de achterkant {cvv}. We komen {date} rond {time} aan.
fr-be|ms,id|Pour garantir la réservation {booking} : {card}, expire fin {exp}, code {cvv} au verso.
en-gb|ms,em|Happy for you to charge the balance ({amount}) to {card}, expiry {exp}, security number {cvv}. Booking ref {booking}.
en-us|em,ms|Please put the incidentals on this card instead: {card}, good thru {exp}, CVV2 {cvv}. Reservation {booking}, room {num}14.
en-us|id,ms|the card i booked with got cancelled. new one is {card} exp {exp4}, code on back {cvv}
""")

F("card_pin", "bank", r"""
nl|wa,ms|Ik typte {pin} drie keer in bij de automaat op {airport} en hij heeft mijn pas ingeslikt. Kaartnummer {card}. Wat nu?
nl|ms,xd|Mijn pincode werkt niet meer sinds {date}. Heb hem in de app veranderd naar {pin} maar bij de kassa staat er 'pin onjuist'. Foutcode {err} op het scherm.
nl|wa,tg|mijn man heeft zijn pincode veranderd naar {pin} maar dat accepteert hij niet\nzijn pas is {card}
nl|em|Gisteren geprobeerd te pinnen bij het tankstation, {amount}. Geweigerd. Mijn pincdoe is echt {pin}, ik gebruik hem al sinds {year}. Rekening {iban}.
nl|ms,wa|sorry typfout, het is {pin} niet {pintypo}
nl-be|ms,wa|Mijn bankkaart is geblokkeerd na 3x een foute pincode. Ik dacht dat het {pin} was, maar misschien is het {pintypo}. Rekening {iban}.
fr-be|ms,wa|J'ai tapé {pin} trois fois au distributeur et la machine a avalé ma carte {card}. Que faire ?
fr-be|em,ms|Mon code secret ne passe plus depuis le {date}. Je l'avais changé en {pin} au guichet. Carte {maskcard}, compte {iban}.
en-gb|ms,wa|I typed {pin} three times and the machine ate my card. It's the debit card ending {maskcard}. I'm in {dest} until {date}.
en-gb|xd,ms|PIN changed to {pin} at the cash machine last week, now contactless over £100 says incorrect PIN?
en-us|ms,tg|sorry typo, it's {pin} not {pintypo}. that's the PIN for the card ending {maskcard}
en-us|em,ms|Card {card} got declined at a gas station in {city} even though the PIN ({pin}) is right. Error {err}. Please fix.
""")

F("iban_refund", "air", r"""
nl|ms,em|Mijn vlucht {flight} van {date} is geannuleerd. Graag de {amount} terugstorten op {iban} t.n.v. {name}. Boekingscode {pnr}.
nl|wa,tg|rekeningnummer voor de terugbetaling:\n{iban}\nten name van {name}
nl|em|Ik wacht al {num} weken op mijn compensatie van {amount} voor vlucht {flight}. Het formulier gaf {err}, dus hier mijn IBAN: {iban}. Boeking {pnr}.
nl|xd,ms|Jullie vroegen om mijn bankgegevens voor de refund. {iban}, dat is hem. Booking ref {pnr}.
nl-be|ms,em|Mijn rekeningnummer voor de terugbetaling van vlucht {flight}: {iban}. Reservatiecode {pnr}.
fr-be|ms,em|Pour le remboursement du vol {flight} annulé le {date}, voici mon IBAN : {iban}. Code de réservation {pnr}.
fr-be|wa,ms|iban {iban}\nau nom de {name}\nmerci de faire vite svp
en-gb|ms,em|Please refund the {amount} for {flight} to my account {iban}. Booking reference {pnr}. Still waiting since {date}.
en-gb|wa,tg|bank details for the refund\n{iban}\nacc name {name}
en-us|em,ms|I have a European account for the refund, IBAN {iban}. Confirmation code {pnr}, flight {flight} on {date}.
""")

F("iban_utility", "energy", r"""
nl|ms,em|Ik wil mijn termijnbedrag voortaan laten afschrijven van een ander rekeningnummer: {iban}. Klantnummer {custno}. Het termijnbedrag is nu {amount}.
nl|em|Vanaf {date} verhuis ik. Eindafrekening graag naar {ibannl}. Meterstand bij vertrek: {meter} kWh normaal en {meter2} kWh dal. EAN-code van de aansluiting is {ean}.
nl|wa,ms|nieuwe iban voor de incasso: {iban}\noude mag eraf
nl|ms,xd|mijn {iban} mag je gebruiken voor de teruggave van {amount}
nl-be|ms,em|Gelieve de domiciliëring te wijzigen naar {ibanbe}. Klantnummer {custno}, voorschot {amount} per maand.
nl-be|wa,tg|rekeningnr {ibanbe}\nvoor de terugstorting van het voorschot
fr-be|ms,em|Merci de rembourser le trop-perçu de {amount} sur le compte {ibanbe}. Mon numéro de client : {custno}.
fr-be|em|Changement de domiciliation : nouveau compte {iban} au nom de {name}. Ancien compte {maskiban}. Index compteur au {date} : {meter}.
en-gb|ms,em|Please take the direct debit from {iban} from now on, account number {custno}. Monthly payment should be {amount}.
en-gb|wa,ms|here's the new bank account for the DD: {iban}
en-us|em,ms|I moved to {dest} for work and only have a foreign account now: {ibanx}. Please refund my deposit of {amount} there. Account {custno}.
""")

F("login_travel", "air", r"""
nl|ms,em|Ik kan niet inloggen in de app om in te checken voor {flight}. Gebruikersnaam {user}, wachtwoord {pw}. App versie {version}.
nl|wa,tg|inlog {user}\nww {pw}\nhij zegt steeds {err}
nl|xd,ms|kan niet inloggen, {user} {pw} klopt toch?? vlucht vertrekt om {time}
nl|ms,id|Mijn spaarpunten zijn weg. Inloggen met {user} en ww {pw} lukt wel, maar saldo staat op 0. Had er {num}2.000.
nl|em|Ik heb op {date} mijn wachtwoord gereset en toen zelf {pw} gekozen. Nu zegt de site dat het account {user} niet bestaat. Boeking {pnr} staat er nog wel op in de mail.
nl-be|ms,em|Ik geraak niet in mijn account. Login: {user}, paswoord: {pw}. Reservatie {pnr} moet ik nog betalen.
fr-be|ms,em|Impossible de me connecter pour l'enregistrement du vol {flight}. Identifiant : {user} / mot de passe : {pw}
fr-be|wa,tg|login {user}\nmdp {pw}\nça bloque à l'étape du paiement
en-gb|ms,xd|Can't log in to check in for {flight}. Username is {user} and password {pw}, says {err}.
en-gb|wa,tg|user: {user}\npass: {pw}\nlocked out again
en-us|ms,em|credentials: {user}:{pw} - your app just spins. iPhone, {version}.
en-us|xd,ms|I set it back to the old one, {pw}. Username {user}. Still can't get my boarding pass for {flight}.
""")

F("login_rail", "rail", r"""
nl|ms,wa|Mijn treinkaartjes staan in de app maar ik kom er niet meer in. {user} / {pw}. Trein {train} vertrekt om {time}!
nl|em,ms|Het wachtwoord dat ik heb ingesteld ({pw}) wordt niet geaccepteerd. Mijn gebruikesnaam is {user}. Ik heb een abonnement van {amount} per maand.
nl|tg,wa|gebruikersnaam {user}\npaswrd {pw}\nwaarom werkt dit niet
nl-be|ms,wa|Voor de treinapp: gebruikersnaam {user}, wachtwoord {pw}. Mijn rittenkaart is niet zichtbaar.
fr-be|ms,em|Je n'arrive plus à accéder à mon abonnement. Mon identifiant est {user} et le mot de passe {pw}. Train {train} de {time} raté à cause de ça.
en-gb|ms,em|Your app logged me out and now {user} with {pw} doesn't work. My railcard and tickets for {date} are in there.
en-us|ms,id|login {user} pw={pw}. app crashes after the 2FA screen, {version}
""")

F("login_ov", "ov", r"""
nl|ms,em|Mijn reiskaart saldo is {amount} te laag terwijl ik {amount2} heb opgeladen. Inloggen op de site lukt niet: {user} met {pw}.
nl|wa,tg|inloggegevens: {user} {pw}\nsaldo klopt niet
nl|xd,ms|Ik heb mijn wachtwoord veranderd naar {pw}, gebruikersnaam is nog {user}. Toch 'onjuiste gegevens'.
nl-be|wa,ms|login {user}\nwachtwoord {pw}\nmijn abonnement staat niet op de kaart
fr-be|ms,id|Identifiant {user}, mdp {pw}. Ma recharge de {amount} n'apparaît pas.
en-gb|ms,em|Travel card portal won't accept {user} / {pw}. I've topped up {amount} twice.
en-us|tg,wa|user {user}\npw {pw}\nbalance shows {amount}, should be way more
""")

F("login_utility", "energy", r"""
nl|ms,em|Ik probeer mijn meterstanden door te geven maar inloggen lukt niet. Gebruikersnaam: {user} Wachtwoord: {pw} Meterstand: {meter}
nl|em|Al {num} dagen lukt het niet om in te loggen. Ik gebruik {user} en als wachtwood {pw}. Klantnummer {custno}. Mijn jaarverbruik is {kwh}.
nl|wa,tg|{pw} is mijn ww en {user} de gebruikersnaam, kunnen jullie kijken waarom het niet lukt?
nl|ms,wa|account {user}\nwachtwoord vergeten link geeft {err}\nik had {pw} maar volgens mij is dat veranderd
nl-be|ms,em|Ik kan mijn meterstand niet ingeven. Login {user}, paswoord {pw}, klantnummer {custno}.
nl-be|wa,tg|gebruiker: {user}\npaswoord: {pw}\nEAN {ean} staat niet in mijn account
fr-be|ms,em|Bonjour, je ne parviens pas à encoder mon index. Nom d'utilisateur : {user}, mot de passe : {pw}. Index jour : {meter}, nuit : {meter2}.
fr-be|wa,ms|mon login c'est {user} et le mdp {pw}, ça dit « compte inconnu »
en-gb|ms,em|Trying to submit a meter reading ({meter}) but the login {user} / {pw} won't work. Account number {custno}.
en-gb|wa,tg|username {user} password {pw}\nsmart meter says {kwh} this month??
en-us|ms,em|Login for the billing portal: {user}, password {pw}. Autopay took {amount} twice this month.
""")

F("login_water", "water", r"""
nl|ms,em|Inloggen op mijn waterbedrijf-account lukt niet. Gebruikersnaam {user}, wachtwoord {pw}. Meterstand watermeter: {meter} m3.
fr-be|ms,em|Compte {user}, mot de passe {pw}. La facture indique {m3} alors que nous sommes deux.
en-gb|ms,em|Can't get into my water account. Username {user}, password {pw}. Reading today {meter}.
""")

F("login_parcel", "parcel", r"""
nl|ms,wa|Ik wil mijn pakket omleiden maar de app zegt dat {user} met {pw} niet klopt. Track en trace {tracking}.
nl|tg,wa|{user}\n{pw}\ndit zijn mijn gegevens, pakket {tracking} staat al {num} dagen stil
nl-be|ms,em|Mijn login is {user} en mijn paswoord {pw}. Ik zie het pakje {tracking} niet in de app.
fr-be|ms,id|Identifiant : {user}\nMot de passe : {pw}\nColis {tracking} introuvable dans l'application
en-gb|ms,em|Logged in with {user} and {pw} to change the delivery slot, got {err}. Tracking {tracking}.
en-us|xd,ms|here are my creds {user} / {pw}, I need to reschedule tracking # {tracking}
""")

F("login_car_hotel", "hotel", r"""
nl|ms,em|Mijn loyaliteitspunten zijn verdwenen. Account {user}, wachtwoord {pw}. Laatste verblijf {date} t/m {date2}.
nl|wa,ms|Inlognaam {user}. Wachtwoord was {pw} maar dat werkt niet meer sinds jullie nieuwe app ({version})
en-gb|ms,em|Member login {user}, password {pw} - the booking {booking} isn't showing in my account.
en-us|ms,id|Username {user}. Password {pw}. Can't see my stay from {date}, supposed to get {pct} off
fr-be|ms,em|Mon compte fidélité : identifiant {user}, mot de passe {pw}. Mes points du séjour {booking} ne sont pas crédités.
""")

F("login_telco", "telco", r"""
nl|ms,em|Ik kan niet inloggen in Mijn omgeving om mijn bundel van {gb} te bekijken. Gebruikersnaam: {user}. Wachtwoord: {pw}.
nl|wa,tg|user {user}\nww {pw}\nkan mijn factuur {invoice} niet inzien
nl-be|ms,wa|Mijn login voor de klantenzone is {user}, paswoord {pw}. Factuur {invoice} klopt niet, {amount} te veel.
en-gb|ms,em|Username {user}, password {pw} - it keeps saying my account is locked. Bill {invoice} is due {date}.
en-us|ms,xd|acct login {user} / pass {pw} - I need the PUK but the app won't let me in
""")

F("otp", "bank", r"""
nl|wa,tg|kreeg net {otp} binnen via sms maar die werkt niet
nl|ms,wa|De verificatiecode was {otp}, ingevuld binnen een minuut, toch 'code verlopen'. Telefoon {device} op {version}.
nl|xd,ms|ik krijg de sms-code pas na {mins} seconden binnen, dan is hij al verlopen. laatste was {otp}
nl|wa,tg|code uit de app: {otp}\nen nu?
nl|em,ms|Ik probeer een nieuw toestel te koppelen. De activatiecode uit de brief is {otp8}, maar de app geeft {err}.
nl|ms,id|Heb de eenmalige code {otp6} ingetikt maar er kwam een nieuwe: {otp62}. Welke moet ik gebruiken?
nl|wa,ms|sorry, typo: {otp6} moest het zijn, niet {otptypo}
nl|ms,wa|Iemand belde namens jullie en vroeg om de code die ik kreeg. Ik heb {otp} voorgelezen. Was dat fout? Mijn rekening is {iban}.
nl-be|ms,wa|Ik krijg een sms-code ({otp}) maar de app blijft hangen op het scherm 'bevestig'.
nl-be|wa,tg|verificatiecode {otp}\nkaartlezer zegt {err}
fr-be|ms,wa|le code reçu par SMS est {otp} mais l'appli dit « code incorrect »
fr-be|ms,em|J'ai reçu le code de vérification {otp} à {time}, je l'ai saisi à {time2} et il était déjà expiré.
fr-be|wa,tg|voici le code : {otp}
en-gb|ms,wa|the code from the app was {otp}, still says try again later
en-gb|xd,ms|Got a text with {otp} as my security code but I never tried to log in?? Someone has my details
en-gb|ms,em|One-time passcode {otp} arrived {mins} minutes late. Account {custno}.
en-us|ms,tg|2FA code {otp} - doesn't work. Also tried the backup one {otp8}
en-us|wa,ms|verification code: {otp}\nexpired again smh
""")

F("otp_travel", "air", r"""
nl|ms,wa|Voor het wijzigen van mijn boeking {pnr} vroeg de site om een code. Die was {otp} maar hij zegt ongeldig.
nl|em,ms|Ik kreeg een bevestigingscode {otp6} per mail voor het omboeken van {flight}. Invoeren gaf {err}.
en-gb|ms,wa|Here's the code you sent me: {otp}. Need to change the name on {pnr}.
en-us|tg,ms|login code {otp} for the airline app. gate {gate} boarding at {time}, hurry pls
fr-be|ms,id|Code de confirmation reçu : {otp}. Je dois modifier ma réservation {pnr} pour le vol {flight}.
""")

F("otp_util", "energy", r"""
nl|ms,wa|Om mijn contract te verlengen moest ik een sms-code invoeren: {otp6}. Daarna kwam er {err}.
nl-be|ms,wa|de code om de overeenkomst te tekenen was {otp}, maar het document blijft 'niet ondertekend'
en-gb|ms,em|The text code for changing my tariff was {otp}. Page then said {err}. Account {custno}.
en-us|wa,ms|the code you texted me was {otp4}, typed it right away, "invalid"
""")

F("otp_parcel", "parcel", r"""
nl|ms,wa|De bezorger vroeg om de verificatiecode uit de sms, dat was {otp4}, maar zijn scanner pakte hem niet. Pakket {tracking} weer mee.
en-gb|ms,wa|Driver needed the code from your text ({otp4}) and his device rejected it. Parcel {tracking}.
fr-be|ms,wa|Le livreur m'a demandé le code reçu par SMS, c'était {otp4}, il a dit qu'il ne fonctionnait pas. Colis {tracking}.
""")

F("api", "api", r"""
en-gb|em,ms|Our integration started returning {err} this morning at {time}. We're using the live key {apikey} from the dashboard. Nothing changed on our side since {version}.
en-gb|ms,tg|secret key: {apikey}\nendpoint returns 401 for every call
en-gb|em|Hi team, webhook deliveries stopped on {date}. Key in use: {apikey}. Request IDs available if you need them.
en-gb|tg,ms|AWS creds for the S3 export bucket you asked about: access key {awsid}, secret {awssecret}
en-gb|ms,em|Bearer {token} - this is the header we send, and we get HTTP 401 back on /v2/shipments.
en-gb|tg,wa|token {hex40} is rejected since the rotation
en-us|em,ms|We rotated keys after a leak. New one is {apikey}, but the sandbox still accepts the old one {apikey2}?? That's a security issue.
en-us|ms,tg|curl -H "Authorization: Bearer {jwt}" returns {err}
en-us|tg,ms|here's our api key {hex32} - rate limit hits at like {pct} of the documented quota
en-us|em|Our GitHub Action deploys with {ghp} and the tracking webhook fails with HTTP 403 since {date}.
en-us|ms,tg|access_token={token}&carrier=ups — is this the right format? docs at {url} aren't clear
en-us|tg,wa|session token {token}\nexpires way too fast, like {mins} seconds
nl|em,ms|Sinds de update naar {version} krijgen we {err} op elke call. We gebruiken API-sleutel {apikey}. Kunnen jullie kijken?
nl|ms,tg|api key: {apikey}\nwerkt niet in productie, wel in test
nl|tg,wa|onze token is {hex40}, staat die geblokkeerd?
nl|em,ms|Voor de koppeling met onze webshop hebben we de WooCommerce sleutels aangemaakt: consumer key {wcck} en consumer secret {wccs}. Toch komen de orders ({order}) niet door.
nl|ms,tg|Hier is het token dat de app meestuurt: {jwt}\nDie geeft {err} terug.
nl|em|Onze developer is vertrokken en had een persoonlijke token in de code gezet: {token}. Graag intrekken. Ons KvK-nummer voor verificatie: {kvk}.
nl|ms,tg|Google Maps key {gkey} zit in onze route-planner, geeft sinds {date} REQUEST_DENIED
nl-be|em,ms|Onze koppeling geeft {err}. API-key in gebruik: {apikey}. Ondernemingsnummer {kvk}.
nl-be|tg,ms|refresh token {token} wordt niet meer aanvaard sinds vannacht
fr-be|em,ms|Notre intégration renvoie {err} depuis {time}. Clé API utilisée : {apikey}. Numéro d'entreprise {kvk}.
fr-be|ms,tg|le jeton d'accès {token} est refusé, est-ce qu'il faut le régénérer ?
fr-be|tg,wa|clé : {apikey}\nsecret : {awssecret}\nça renvoie 403
en-gb|ms,tg|Slack bot token for the alerts channel: {slack} — it posts nothing since {date}
en-us|em|Please revoke this immediately, it was pushed to a public repo: access key {awsid} (and the matching secret {awssecret}).
nl|ms,em|Hierbij het access token dat jullie vroegen: {token}. Gaat om account {custno}.
en-gb|tg,ms|{apikey} <- prod key\n{apikey2} <- test key\nboth 401
""")

F("api_sector", "api", r"""
nl|em,ms|We koppelen onze webwinkel aan jullie verzendlabels. De sleutel uit het portaal ({apikey}) geeft bij het aanmaken van label {tracking} een {err}.
nl|ms,tg|bearer token {jwt}\n(verloopt na {mins} min volgens de docs?)
nl|tg,wa|X-Api-Key: {apikey}\nmeterstanden-endpoint geeft lege array
nl|em|Beste support, de SendGrid-sleutel die jullie in de setup-wizard vroegen ({sgkey}) staat per ongeluk in een screenshot op ons Slack. Graag advies over intrekken.
nl|ms,em|Ons GitLab deploy-token {glpat} is gelekt in een log. Kunnen jullie in jullie logs zien of het gebruikt is vanaf IP {ip}?
nl|tg,ms|sessie-token uit de browser: {token}\nals ik die meestuur in postman werkt het wel
nl-be|ms,tg|de access token {token} vervalt na {mins} seconden, is dat normaal?
nl-be|em,ms|API-sleutel voor de boekingskoppeling: {apikey}. Reservaties van {date} komen dubbel binnen.
fr-be|em,ms|La clé API de notre module de réservation ({apikey}) renvoie {err} pour chaque requête depuis le {date}.
fr-be|ms,tg|token d'authentification : {jwt}
en-gb|em,ms|We're polling /tracking every {mins} seconds with key {apikey} and getting HTTP 429 after about {num}00 calls.
en-gb|ms,tg|here's the refresh token from the logs: {token}. the access token it gives back expires immediately
en-gb|tg,wa|personal access token {token} keeps getting 401 on the fares endpoint
en-us|em,ms|Booking API: key {apikey}, account {custno}. Every POST /reservations returns {err}.
en-us|ms,tg|our server IP is {ip}, key {hex32}, please whitelist
en-us|tg,ms|jwt from your auth endpoint: {jwt} — the exp claim is already in the past??
en-us|em|Our contractor's laptop was stolen. It had this token on it: {token}. And the live key {apikey}. Please kill both.
nl|ms,tg|API key {hex32} (32 tekens, zoals in het dashboard). Toch 'invalid key'.
en-gb|ms,em|Access key ID {awsid}\nSecret access key {awssecret}\nThose are for the bucket you asked us to share the meter exports in.
fr-be|tg,ms|voici le token GitHub qu'on utilise pour le déploiement : {ghp}
nl-be|tg,wa|token {hex40}\nstaat die nog actief?
en-us|ms,tg|the session token cookie is {token}, logs me out every {mins} sec
nl|em,ms|Onze Slack-integratie voor storingsmeldingen post niets meer. Bot token: {slack}. Workspace-ID {order}.
en-gb|tg,ms|api_key={apikey}&format=json still gives {err}
""")

F("bsn", "gov", r"""
nl|ms,em|Gegevens: {name} {dob} {bsn}. Ik wil mijn verhuizing naar {addr} doorgeven maar het formulier geeft {err}.
nl|ms,wa|Mijn BSN is {bsn} en mijn geboortedatum {dob}. Waarom krijg ik geen toeslag meer sinds {date}?
nl|em|Geachte heer/mevrouw, op {date} heb ik een brief ontvangen met kenmerk {ticket}. Daarin wordt gevraagd mijn burgerservicenummer te bevestigen: {bsn}. Ik ben geboren op {dob}.
nl|wa,tg|bsn {bsn}\ngeb datum {dob}\nmeer hebben jullie toch niet nodig?
nl|ms,xd|ik ben van {dob}, bsn {bsn}, en mijn uitkering is niet gestort
nl|ms,em|Voor mijn moeder (mevrouw {last}, geboren {dob}) wil ik de machtiging regelen. Haar sofinummer is {bsn}.
nl|wa,ms|dit is het nummer van mijn paspoort-aanvraag? nee wacht, dat is mijn bsn: {bsn}
nl|em,ms|Mijn werkgever vraagt om een bewijs van inschrijving. Burgerservicenr {bsn}, adres {addr}.
nl|ms,wa|{bsn} is mijn burgerservicenummer, {dob} mijn geboortedatum, en ik woon sinds {date} op {addr}
nl|wa,tg|het BSN van mijn dochter: {bsn}\nzij is van {dob}
nl|ms,em|Goedemiddag, kunt u mijn gegevens controleren? BSN: {bsn} / Geb.datum: {dob} / Tel: {phone}
nl|em|Na het inloggen krijg ik de melding {err}. Mijn burgerservicenumer is {bsn}. Zelfde probleem op {device} en laptop.
en-gb|ms,em|I'm an expat in the Netherlands, my BSN is {bsn} and date of birth {dob}. The portal keeps rejecting my application.
en-gb|wa,tg|BSN {bsn}\nDOB {dob}\nmoved in on {date}
en-us|ms,em|My citizen service number (BSN) is {bsn}. I need it linked to my new address {addr}.
""")

F("bsn_ins", "ins", r"""
nl|ms,em|Mijn koffer is op {airport} gestolen tijdens de reis naar {dest}. Schadeformulier lukt niet online. Polisnummer {custno}, BSN {bsn}, geboren {dob}.
nl|em|Voor de claim van de ziekenhuisopname in {dest} vroeg de alarmcentrale mijn BSN. Dat is {bsn}. Nota van {amount} zit als bijlage. Dossier {ticket}.
nl|wa,ms|de zorgverzekeraar vraagt mijn bsn, hier is hij: {bsn}
nl|ms,xd|reisverzekering claim {ticket}, bsn {bsn}, rekening {iban} voor de uitbetaling
nl|ms,em|Mijn man (geboren {dob}) is met spoed opgenomen in {dest}. Zijn BSN: {bsn}. Klantnummer {custno}.
nl|tg,wa|bsn: {bsn}\npolis: {custno}\nschadenr: {ticket}
nl|ms,wa|Ik had het verkeerd, mijn bsn eindigt niet op wat ik eerst schreef. Het is {bsn}.
nl|em,ms|Uw collega vroeg om het burgerservicenummer van mijn zoon voor de meeverzekerde kinderen: {bsn}. Hij is geboren op {dob}.
en-gb|ms,em|The Dutch insurer needs my BSN for the travel claim: {bsn}. Claim ref {ticket}.
en-us|em,ms|For the international student cover: BSN {bsn}, DOB {dob}, policy {custno}.
""")

F("story", "bank", r"""
nl|em|Ik wil even uitleggen wat er gebeurd is. Vrijdag {date} stond ik om {time} bij de kassa op {airport}, vlucht {flight} ging om {time2}. Mijn pas werd geweigerd. Ik heb mijn pincode nog twee keer geprobeerd, {pin}, echt de goede, en toen was hij geblokkeerd. Daarna belde ik jullie ({cphone}) en moest ik een code uit de app doorgeven, {otp}, maar de verbinding viel weg. Uiteindelijk heeft mijn zus {amount} voorgeschoten. Ik wil graag weten waarom mijn kaart {card} is geblokkeerd terwijl ik gewoon de juiste pin intoetste.
nl|wa|ok dus\nik stond bij de automaat\ntikte {pin} in\nzegt ie: pas ingehouden 😭\nnu heb ik geen geld en zit ik in {dest}\nrekeningnummer is {iban} als jullie iets kunnen overmaken
nl|em|Mijn vader (83) is opgelicht. Iemand belde namens de bank en zei dat er verdachte betalingen waren. Hij heeft zijn pasnummer voorgelezen, {card}, en daarna de code die hij via sms kreeg: {otp}. Ook heeft hij zijn inlognaam {user} en wachtwoord {pw} gegeven, want 'dat was nodig voor de beveiliging'. Er is {amount} weg van {iban}. Wat moeten we doen? Zijn BSN is {bsn} als jullie dat nodig hebben voor de aangifte.
nl|ms|Het ging zo: ik wilde inloggen, ging niet. Wachtwoord gereset, nieuw wachtwoord {pw} gekozen. Toen vroeg hij een sms-code, kreeg {otp}, ingevuld, en toen zei hij dat mijn account {user} geblokkeerd was. Ik heb geen idee meer.
nl|wa|eerste bericht van mn vriendin: "mijn wachtwoord is"\ntweede: "{pw}"\nkan zij zo nog inloggen of moet ze alles resetten?
nl|em|Beste {brand},\n\nIk heb drie weken geleden een nieuwe creditcard aangevraagd. Hij kwam aan op {date}. Bij de eerste betaling ({amount}, hotel in {dest}) werd hij geweigerd met {err}. De receptie vroeg om de kaart handmatig in te voeren: nummer {card}, dan {exp}, en de code achterop, {cvv}. Ook toen weigering. Ik heb dus een kaart die nergens werkt.
nl-be|em|Wat er gebeurd is: ik zat in de trein ({train}) en wou een ticket kopen in de app. Die vroeg mijn bankkaart: {card}, vervalt {exp}, {cvv}. Dan kwam er een sms met {otp}. Ingegeven, en dan: fout. Ondertussen kwam de controleur en kreeg ik een boete van {amount}.
nl-be|wa|dus ik typ mijn pincode {pin}\nhij zegt fout\nik typ hem opnieuw\nfout\nderde keer: kaart geblokkeerd\nen dat in een winkel in {dest}
fr-be|em|Je vous raconte : le {date}, à {time}, j'ai voulu retirer de l'argent à {dest}. J'ai tapé mon code {pin}, refusé. Ensuite j'ai reçu un SMS avec un code {otp} que je n'avais pas demandé. Quelqu'un a essayé de payer {amount} avec ma carte {card}. Mon compte : {iban}.
fr-be|wa|alors voilà\nj'ai changé le mot de passe en {pw}\npuis l'appli m'a envoyé {otp}\net maintenant mon compte {user} est bloqué 🙄
en-gb|em|Long story, sorry. On {date} I tried to pay for the ferry and the card ({card}, exp {exp}) was declined. I rang the number on the back, got a text code {otp}, read it out to the agent, and was told everything was fine. Ten minutes later {amount} went out of my account to a merchant in {dest}. I think the "agent" wasn't you. My PIN is {pin} - should I change it?
en-gb|wa|so my mum's been ringing me\nshe says her password is {pw}\nand her username's {user}\nshe can't get in and is getting stressed
en-us|em|Here's what happened: I landed at {airport}, phone died, borrowed my friend's phone to log in. Username {user}, password {pw}. The app asked for the code it texted to my own phone which was dead, so I used the backup code {otp8}. Now my account shows a charge of {amount} I didn't make.
en-us|ms|long story short my kid changed my PIN to {pin} and my SIM PIN to {pin2} and I can't remember which is which. SIM now wants a PUK, the card says {puk}.
""")

F("story_util", "energy", r"""
nl|em|Vorige week kwam de monteur voor de slimme meter. Hij vroeg om het wifi-wachtwoord zodat de meter verbinding kon maken, dus ik heb {wifi} gegeven. Sindsdien klopt mijn verbruik niet: de app zegt {kwh} in {num} dagen. Meterstand nu {meter}. Klantnummer {custno}.
nl|wa|de monteur is geweest\nhij heeft de meter aan de wifi gehangen\nnetwerk {ssid}\nwachtwoord {wifi}\nmaar in de app zie ik nog steeds niks
nl|em|Bij het verhuizen ({date}) heb ik de meterstanden doorgegeven: {meter} (stroom) en {meter2} (gas). Nu krijg ik een eindafrekening van {amount}. Graag terugbetalen op {iban}. Mijn inlog voor het portaal is {user}, ww {pw}, maar daar staat de afrekening nog niet.
fr-be|em|Le technicien est venu installer le compteur intelligent le {date}. Il m'a demandé la clé wifi ({wifi}) et le code PIN de l'écran, {pin5}. Depuis, ma consommation affichée est de {kwh} par jour, impossible. Client {custno}.
en-gb|em|The smart meter installer asked for our wifi details to connect the in-home display. I gave him the key, {wifi}. Now the display shows {kwh} for yesterday, which is mad. Reading on the meter itself is {meter}. Account {custno}.
en-us|ms|Tech came out {date}, hooked the thermostat to the wifi ({wifi}) and set an app PIN {pin5}. Now the bill is {amount} higher. Acct {custno}.
nl-be|em|Mijn nieuwe digitale meter vraagt een PIN om de gebruikerspoort te activeren. Ik kreeg per sms {otp} en heb die ingegeven. Daarna moest ik een pincode kiezen: {pin5}. Nu toont hij niks. EAN {ean}.
""")

F("story_travel", "air", r"""
nl|em|Vanochtend om {time} stonden we bij gate {gate} voor vlucht {flight}. Bij het boarden bleek mijn boardingpass niet geldig. Ik moest opnieuw inloggen in jullie app: {user} met {pw}. Daarna kwam er een code per sms, {otp}, en toen was de gate dicht. Boekingscode {pnr}, stoel {seat}. Ik wil de kosten van de nieuwe vlucht ({amount}) terug op {iban}.
nl|wa|we staan nog steeds op {airport}\nvlucht {flight} geannuleerd\nhotel via jullie app geboekt maar kaart geweigerd\nkaart is {card} {exp} {cvv}\nkunnen jullie het zo regelen?
nl-be|ms|Onze vlucht {flight} naar {dest} is {mins} minuten vertraagd en nu missen we de aansluiting. Ik heb in de app al een nieuwe vlucht gekozen maar hij vraagt om een verificatiecode: {otp}. Werkt niet. Reservatie {pnr}.
fr-be|em|Le vol {flight} du {date} a été annulé à {time}. On nous a dit de réserver un hôtel nous-mêmes. J'ai payé {amount} avec ma carte {card} (exp. {exp}, code {cvv}) car l'hôtel voulait une garantie. Je demande le remboursement sur {iban}. Réservation {pnr}.
en-gb|em|We were stuck at {airport} overnight after {flight} was cancelled. The hotel you sent us to wanted a card, so I gave them {card}, expiry {exp}, CVV {cvv}. Then your app asked me to log in again ({user} / {pw}) to claim the voucher and it failed. Booking ref {pnr}.
en-us|wa|at {airport}\nflight {flight} delayed {mins} min\nrebooking asks for a code\ncode is {otp}\nit says invalid\npnr {pnr}
en-gb|ms|I rang your line ({cphone}) and the agent asked for my password to verify me, I said {pw} and she said it didn't match. Username {user}. Booking {pnr}.
""")

F("story_mover", "mover", r"""
nl|em|Op {date} hebben jullie onze spullen verhuisd van {addr} naar {addr2}. Twee dozen zijn kwijt (nummer {num}4 en {num}7) en de kast is beschadigd. De verhuizer vroeg of hij op de wifi mocht, dus ik heb {wifi} gegeven, en dat wachtwoord staat nu op een doos die bij het oud papier lag. Factuur {invoice}, {amount}. Bel me op {phone}.
nl|wa|hoi, de mannen van de verhuizing staan voor de deur\nik ben nog onderweg\nde sleutel ligt bij de buren op nr {num}\nwifi hier is {wifi} als ze muziek willen 😅
en-gb|em|You moved us on {date} from {addr} to {addr2}. The crew asked for the wifi key to update their tablet, I gave them {wifi}. That key was then written on a box left in the street. Please confirm that box has been destroyed. Invoice {invoice}.
fr-be|em|Votre équipe a effectué notre déménagement le {date} ({addr} vers {addr2}). Le chef d'équipe m'a demandé la clé wifi pour sa tablette : {wifi}. Il manque un carton et la facture {invoice} de {amount} ne correspond pas au devis.
nl-be|ms|De verhuisfirma komt {date} tussen {time} en {time2}. Ons nieuw adres: {addr}. Het wifi-paswoord voor de nieuwe woning (voor de technieker): {wifi}. Gsm: {phone}.
en-us|em|Your movers came {date}. We're at {addr} now. The driver needed our wifi ({wifi}) to get the truck's tablet online. Please make sure that key is deleted from your records. Invoice {invoice}.
""")

F("neg_air", "air", r"""
nl|xp,fc|Vlucht {flight} van {time} naar {dest} al {mins} minuten vertraagd, gate {gate} is nog steeds dicht. Boekingscode {pnr}. Hoe zit het met compensatie? {hashtag}
nl|ms,em|Mijn boekingscode is {pnr}, stoel {seat}. Ik wil graag een extra koffer van 23 kg toevoegen, de site geeft foutcode {err} bij het betalen van {amount}.
nl|xp,ic|Boekingscode {pnr} wordt niet herkend bij het inchecken in de app ({version}). Vertrek {date} {time}.
nl|ms,wa|Vlucht {flight} op {date}. Kan ik stoel {seat} nog wijzigen? Betaald {amount} via iDEAL, referentie {order}.
nl|em|Naar aanleiding van uw mail over vlucht {flight} ({date}): ik heb de compensatie van {amount} nog niet ontvangen. Uw referentie is {ticket}. Wachtwoord en inloggegevens heb ik niet nodig, ik wil alleen weten wanneer het geld komt.
nl-be|xp,fc|{flight} naar {dest} geannuleerd en niemand aan de balie. Reservatiecode {pnr}. Schandalig. {hashtag}
nl-be|ms,em|Onze boeking {pnr}: vlucht {flight} op {date} om {time}. Kan ik een rolstoel aanvragen? Foutcode {err} in het formulier.
fr-be|xp,fc|Vol {flight} retardé de {mins} minutes, porte {gate}, aucune info. Code de réservation {pnr} {hashtag}
fr-be|ms,em|Bonjour, ma réservation {pnr} pour le vol {flight} du {date} : je souhaite ajouter un bagage de 20 kg. Le paiement de {amount} échoue avec le code {err}.
en-gb|xp,fc|{flight} delayed again, sat at gate {gate} for {mins} mins. Booking ref {pnr}. Any chance of an update? {hashtag}
en-gb|ms,em|Booking reference {pnr}, seat {seat} on {flight}. The seat map shows error {err} when I try to pay {amount}.
en-us|xp,ic|Flight {flight} out of {airport} canceled, rebooked on {flight2} at {time}, confirmation code {pnr} doesn't show it. {hashtag}
en-us|ms,em|Confirmation code {pnr}. My bag didn't make it onto {flight} and the tracking code for the bag (file {ticket}) doesn't work on your site.
""")

F("neg_rail", "rail", r"""
nl|xp,fc|Trein {train} van {time} rijdt weer niet. Derde keer deze week. {hashtag}
nl|ms,em|Ik heb een e-ticket met ordernummer {order} voor de {train} op {date}, maar die trein is uitgevallen. Kan ik de {amount} terugkrijgen?
nl|ms,wa|De poortjes op het station geven code {err} bij mijn e-ticket (order {order}). Moet ik een nieuwe QR-code aanvragen?
nl-be|xp,fc|Alweer {mins} minuten vertraging op de {train}. Abonnement kost {amount} per maand. {hashtag}
fr-be|ms,em|Mon train {train} du {date} a été supprimé. Commande {order}, montant {amount}. Le formulaire de compensation affiche l'erreur {err}.
en-gb|xp,fc|{train} cancelled at {time}, replacement bus nowhere. Ticket order {order}. {hashtag}
en-gb|ms,em|Delay repay claim for the {time} service on {date}: {mins} minutes late. Ticket reference {order}, price {amount}. Your claim form returns {err}.
en-us|ms,em|Quick question: my e-ticket {order} for train {train} shows "invalid code" at the gate. Paid {amount}.
""")

F("neg_ov", "ov", r"""
nl|ms,em|Mijn reiskaart heeft een saldo van {amount} maar bij het inchecken zegt de paal foutcode {err}. Kaart besteld op {date}, bestelnummer {order}.
nl|xp,fc|Incheckpaal op het perron geeft steeds {err}, pincode-achtig scherm met 'kaart ongeldig'. {hashtag}
nl|ms,wa|Automatisch opladen staat op {amount}, maar er is {num} keer {amount2} afgeschreven. Factuur {invoice}.
nl-be|ms,em|Mijn abonnement op de kaart vervalt op {date}. De verlenging van {amount} is betaald (bestelling {order}) maar de lezer toont {err}.
fr-be|ms,em|Ma carte de transport affiche un solde de {amount} alors que j'ai rechargé {amount2} le {date}. Référence de la recharge : {order}.
en-gb|ms,xd|Touched in at {time}, touched out at {time2} and got charged the max fare of {amount}. Journey history shows {err}.
en-us|ms,em|My transit card auto-reload charged {amount} on {date} but the balance still says {amount2}. Order {order}.
""")

F("neg_car_hotel", "car", r"""
nl|ms,em|Reservering {booking} voor een auto op {airport}, ophalen {date} om {time}. Er is {amount} borg gereserveerd op de kaart eindigend op {maskcard}. Wanneer komt dat vrij?
nl|xp,fc|{amount} extra voor een volle tank terwijl ik hem vol heb ingeleverd. Reservering {booking}. {hashtag}
nl-be|ms,em|Reservatie {booking}: de wagen had een krasje bij het ophalen, zie foto's van {date} {time}. Nu rekenen jullie {amount} aan.
fr-be|ms,em|Réservation {booking} : la voiture a été rendue le {date} à {time} avec le plein, mais vous avez prélevé {amount}.
en-gb|ms,em|Booking {booking}: returned the car at {time} on {date}, full tank, {km} on the clock more than pick-up. Now charged {amount} damage.
en-us|xp,fc|Charged {amount} "cleaning fee" on rental {booking}. Car was spotless. {hashtag}
nl|ms,id@hotel|Boeking {booking}, incheck {date}. Is het ontbijt van {amount} per persoon inbegrepen? De pincode-automaat in de lobby gaf {err}.
en-gb|ms,em@hotel|Room booking {booking}, arriving {date} around {time}. Could you confirm the rate of {amount} includes VAT at {pct}?
fr-be|ms,id@hotel|Réservation {booking} à l'hôtel pour le {date}. Le code de la porte du parking est-il envoyé par mail ? Le terminal affiche {err}.
en-us|xp,ic@hotel|Checked in at {time}, room wasn't ready till {time2}. Booking {booking}. {hashtag}
""")

F("neg_energy", "energy", r"""
nl|ms,em|Mijn meterstand op {date}: {meter} (normaal) en {meter2} (dal). Het voorschot van {amount} lijkt me te hoog, verbruik is maar {kwh} per jaar.
nl|xp,fc|Al {num} uur geen stroom in de wijk. Storingscode {err} op de slimme meter. {hashtag}
nl|ms,wa|De slimme meter ({meterdev}) geeft code {err} op het display. Meterstand {meter}. Ik heb niks aangeraakt.
nl|em|Ik heb een vraag over de jaarafrekening {invoice}. Er staat {kwh} stroom en {m3} gas, terwijl vorig jaar ({year}) de helft was. EAN-code {ean}. Het bedrag is {amount}.
nl|ms,em|Zonnepanelen: teruglevering {kwh}, maar de afrekening gaat uit van {pct} minder. Factuurnummer {invoice}.
nl|wa,tg|meterstand {meter}\nfoto gemaakt om {time}\nis dat genoeg?
nl-be|ms,em|Mijn meterstanden: dag {meter}, nacht {meter2}. EAN-nummer {ean}. Het nieuwe voorschot is {amount}.
nl-be|xp,fc|Digitale meter geeft foutcode {err}, de technieker komt pas op {date}. {hashtag}
fr-be|ms,em|Relevé du {date} : jour {meter}, nuit {meter2}. Code EAN {ean}. Mon acompte passe à {amount}, c'est {pct} de plus.
fr-be|xp,fc|Compteur communicant en panne, code {err} depuis {date}. {hashtag}
en-gb|ms,em|Meter reading as of {date}: {meter}. The bill {invoice} says I used {kwh}, which is impossible for a flat.
en-gb|xp,fc|Power cut since {time}, smart meter showing {err}. Any ETA? {hashtag}
en-us|ms,em|Electric bill {invoice} is {amount} for {kwh}. Meter shows {meter}, error {err} on the display. Rate went up {pct}?
""")

F("neg_water", "water", r"""
nl|ms,em|Watermeterstand {meter} op {date}. Verbruik volgens de rekening {m3}, dat klopt niet met 2 personen. Factuur {invoice}.
nl|xp,fc|Bruin water uit de kraan sinds {time}. Is er een storing? {hashtag}
nl-be|ms,em|Mijn waterfactuur {invoice} toont {m3}. De meterstand was {meter} op {date}. Lek?
fr-be|ms,em|Index du compteur d'eau : {meter} au {date}. La facture {invoice} de {amount} me semble anormale.
en-gb|ms,em|Water meter reading {meter} taken {date}. Bill {invoice} estimates {m3}. Please correct.
en-us|xp,fc|Boil water notice since {date}? Nothing on {url}. {hashtag}
""")

F("neg_parcel", "parcel", r"""
nl|xp,fc|Pakket {tracking} staat al {num} dagen op 'in sorteercentrum'. Bezorgmoment was {date} tussen {time} en {time2}. {hashtag}
nl|ms,wa|Track en trace code {tracking}. Er staat 'bezorgd' maar ik heb niks. Bestelling {order} bij {shop}.
nl|ms,em|Mijn pakket ({tracking}, {kg}) is bij de buren afgeleverd maar welke buren? Tijdvak was {time}-{time2}.
nl|wa,tg|bezorgcode {tracking}\nbezorger zei dat hij om {time} kwam\nniemand geweest
nl-be|ms,em|Pakje {tracking} zou op {date} geleverd worden tussen {time} en {time2}. Niemand geweest. Bestelling {order}.
nl-be|xp,fc|Mijn pakje {tracking} ligt al een week in het depot in {city}. {hashtag}
fr-be|ms,em|Colis {tracking} annoncé le {date} entre {time} et {time2}. Personne n'est passé. Commande {order}.
fr-be|xp,fc|Colis {tracking} bloqué depuis {num} jours. {hashtag}
en-gb|xp,fc|Tracking {tracking} says delivered at {time}, nothing here. {hashtag}
en-gb|ms,em|Parcel {tracking} (order {order}, {amount}) was meant to arrive {date} between {time} and {time2}. Still nothing.
en-us|xp,ic|Package {tracking} marked delivered, not on my porch. Order {order}. {hashtag}
en-us|ms,em|Tracking {tracking}. The driver left a note with code {err} on it, what does that mean? Weight listed as {kg}.
""")

F("neg_mover", "mover", r"""
nl|ms,em|Offerte {invoice} voor de verhuizing op {date}: {amount} incl. {pct} btw. Klopt het dat we {num}0 dozen krijgen?
nl|ms,wa|Kunnen de verhuizers op {date} om {time} beginnen in plaats van {time2}? Opdrachtnummer {order}.
nl-be|ms,em|Verhuis op {date}, offerte {invoice} van {amount}. Ondernemingsnummer op de factuur ({kvk}) klopt niet.
fr-be|ms,em|Devis {invoice} pour le déménagement du {date}, {amount} TVAC. Le numéro d'entreprise {kvk} est-il correct ?
en-gb|ms,em|Removal booked for {date}, quote {invoice} was {amount} including VAT at {pct}. Can the crew arrive at {time}?
en-us|ms,em|Move on {date}, order {order}. Truck arrived at {time2} instead of {time}. We're charged {amount} for the extra hour.
""")

F("neg_telco", "telco", r"""
nl|ms,em|Modem {router}, wifi wachtwoord staat op de sticker maar ik wil een eigen netwerknaam. Hoe doe ik dat? Firmware {version}.
nl|xp,fc|Weer storing! Foutcode {err} op de modem. {hashtag}
nl|ms,wa|Nieuwe simkaart aangevraagd op {date} (bestelling {order}). De pincode en PUK staan in de brief toch? Die heb ik nog niet.
nl|ms,em|Mijn bundel van {gb} is na {num} dagen al op. Factuur {invoice} toont {amount} extra. Toestel {device} op {version}.
nl|wa,tg|pincode van de sim vergeten maar ik heb de kaart nog\nwaar staat de puk ook alweer?
nl|ms,em|In de brief staat dat ik mijn wachtwoord kan resetten via {url}. Die link geeft {err}.
nl-be|ms,em|Modem {router} knippert oranje, foutcode {err}. Het paswoord van de wifi staat op het etiket, dat heb ik niet veranderd.
nl-be|xp,fc|Internet valt elke avond rond {time} weg. Betaal {amount} per maand voor {gb}. {hashtag}
fr-be|ms,em|Mon modem {router} affiche le code {err}. La clé wifi est celle de l'étiquette, je ne l'ai pas changée.
fr-be|ms,wa|j'ai oublié le code PIN de ma SIM, où est-ce que je trouve le PUK ? Téléphone {device}.
en-gb|ms,em|Router {router} on firmware {version}, wifi password is still the one on the sticker. Speeds are {pct} of what I pay for.
en-gb|xp,fc|Broadband down since {time}. Hub shows error {err}. {hashtag}
en-us|ms,em|My phone ({device}, {version}) keeps saying SIM PIN required. I never set one. Where do I get the PUK?
en-us|xp,ic|Data cap of {gb} hit in {num} days?? Bill {invoice} says {amount}. {hashtag}
""")

F("neg_bank", "bank", r"""
nl|ms,em|Foutcode {err} bij het pinnen in de supermarkt, bedrag {amount}. Pincode was goed, ik heb het niet nog een keer geprobeerd.
nl|xp,fc|Pinnen werkt weer niet, {err} bij elke betaling. {hashtag}
nl|ms,wa|In de app staat mijn rekening als {maskiban}. Is de overboeking van {amount} op {date} om {time} al verwerkt?
nl|ms,em|Ik heb een nieuwe pas aangevraagd op {date}. De pincode komt toch apart per post? Referentie {ticket}.
nl|wa,tg|wachtwoord vergeten\nlink {url} geeft {err}
nl-be|ms,em|Betaalterminal geeft {err} bij contactloos betalen boven {amount}. Pincode ingeven lukt ook niet.
fr-be|ms,em|Erreur {err} au terminal de paiement pour {amount}. Mon code secret est correct, je ne l'ai pas retapé.
en-gb|ms,em|Card ending {maskcard} declined at {time} with code {err} for {amount}. PIN was right first time.
en-gb|xp,fc|App down again, error {err} on login. Version {version}. {hashtag}
en-us|ms,em|Verification code never arrives. Phone shows {maskphone} in settings which isn't my number. Case {ticket}.
en-us|xp,ic|{err} every time I try to pay. Card ending {maskcard}. {hashtag}
""")

F("neg_shop", "shop", r"""
nl|ms,em|Bestelling {order} met artikel {sku} ({ean13}) is niet compleet geleverd. Factuur {invoice}, {amount}.
nl|xp,fc|Bestelling {order} al {num} dagen onderweg. Track & trace {tracking}. {hashtag}
en-gb|ms,em|Order {order}, item {sku}, barcode {ean13}. Arrived broken. Invoice {invoice}.
fr-be|ms,em|Commande {order}, article {sku}. Reçu endommagé, facture {invoice} de {amount}.
""")

F("contact", "parcel", r"""
nl|ms,wa|Kunnen jullie de bezorger laten bellen op {phone}? Pakket {tracking}, ik woon op {addr} en de bel doet het niet.
nl|ms,em|Mijn nieuwe adres is {addr}. Graag de levering van bestelling {order} daarheen. Mail me op {email}.
nl|wa,tg|adres: {addr}\ntel: {phone}\ntijdvak {time}-{time2} graag
nl|ms,id|Mijn e-mailadres is veranderd naar {emailodd}. Klantnummer {custno}.
nl-be|ms,em|Mijn gsm-nummer is {phone}. Het pakje {tracking} mag bij de buren op {street}.
fr-be|ms,em|Mon adresse : {addr}. Mon numéro de GSM : {phone}. Colis {tracking}.
fr-be|wa,ms|vous pouvez me joindre au {phone} ou par mail {emailodd}
en-gb|ms,em|Please call me on {phone} before delivery, parcel {tracking}. Address {addr}.
en-gb|wa,tg|new address\n{addrml}\nfrom {date}
en-us|ms,em|Deliver to {addr} instead, order {order}. Text me at {phone}.
en-us|ms,id|email me at {emailodd}, don't have a printer for the label for {tracking}
""")

F("contact_util", "energy", r"""
nl|ms,em|Ik verhuis op {date} naar {addr}. Klantnummer {custno}. Meterstand bij vertrek: {meter}. Bereikbaar op {phone}.
nl|ms,wa|Mijn contractnummer is {custno}, geboortedatum {dob}. Graag termijnbedrag verlagen naar {amount}.
nl|em,ms|Mijn klantnummer: {custno}. Mijn e-mail is {email}, stuur de jaarnota {invoice} daar a.u.b. heen.
nl-be|ms,em|Klantnummer {custno}, geboren op {dob}. Ik verhuis naar {addr}. EAN van het nieuwe adres: {ean}.
fr-be|ms,em|Numéro client {custno}. Date de naissance {dob}. Je déménage le {date}, nouvelle adresse : {addr}.
en-gb|ms,em|Account number {custno}, DOB {dob}. Moving to {addr} on {date}. Final reading {meter}.
en-us|ms,em|Account # {custno}. I'm moving to {addr}, please transfer service on {date}. Cell {phone}.
""")

F("contact_travel", "air", r"""
nl|ms,em|Voor boeking {pnr}: mijn telefoonnummer is {phone} en geboortedatum {dob} (staat verkeerd op het ticket).
nl|ms,wa|Frequent flyer nummer {custno}, de miles van {flight} zijn niet bijgeschreven.
en-gb|ms,em|Booking {pnr}: the date of birth on the ticket should be {dob}. Contact number {phone}.
en-us|ms,em|Loyalty number {custno}. Miles from {flight} on {date} never posted.
fr-be|ms,em|Réservation {pnr} : ma date de naissance est le {dob}, pas celle indiquée. Téléphone {phone}.
nl-be|ms,em|Mijn getrouwheidsnummer is {custno}. Reservatie {pnr}, geboortedatum {dob}.
""")

F("ip_dev", "api", r"""
en-gb|ms,em|Our office IP is {ip} - requests from there get {err}. Can you whitelist it?
nl|ms,em|Ons IP-adres is {ip}. Graag toevoegen aan de allowlist, we krijgen {err}.
en-us|tg,ms|getting blocked from {ip}, error {err} since {date}
fr-be|ms,em|Notre adresse IP fixe est {ip}. Merci de la débloquer, erreur {err}.
nl|ms,wa|Ik zie in mijn account een login vanaf {ip} om {time}, dat was ik niet. Gebruikersnaam {user}.
en-gb|ms,em|Someone logged into my account from {ip} at {time} on {date}. Username is {user}.
""")

F("expiry", "bank", r"""
nl|ms,wa|Mijn pas verloopt {exp}, krijg ik automatisch een nieuwe? Rekening {maskiban}.
en-gb|ms,em|My card (ending {maskcard}) expires {exp}. Will a new one be sent to {addr}?
fr-be|ms,wa|Ma carte expire le {exp}, vous m'en envoyez une nouvelle ?
en-us|ms,xd|card ending {maskcard} exp {exp}, got a text saying it's expired already?
nl-be|ms,em|Mijn bankkaart vervalt {exp}. Nieuwe kaart naar {addr} aub.
""")

F("agent", "telco", r"""
nl|ag|Hoi {first}, de PUK-code van je simkaart is {puk}. Daarna kun je zelf een nieuwe pincode kiezen. Groet, {agent}
nl|ag|Dank je wel. Voor de controle: je IBAN eindigt op {maskiban} en je klantnummer is {custno}, klopt dat? ^{agent}
nl|ag|Ik heb een tijdelijk wachtwoord ingesteld: {pw}. Log in met {user} en wijzig het direct. Groetjes, {agent}
nl|ag|Wil je ons nooit je pincode of wachtwoord sturen? Ik heb je bericht verwijderd. Je ticketnummer is {ticket}. ^{agent}
nl|ag|Hoi! Kun je ons je klantnummer en postcode sturen? Je pincode of wachtwoord hebben we nooit nodig. Storingsnummer {ticket}.
nl|ag|Ik zie dat je modem ({router}) opnieuw is opgestart om {time}. Het nieuwe wifi-wachtwoord is {wifi}. Fijne avond! {agent}
nl-be|ag|Dag {first}, uw nieuwe pukcode is {puk}. Uw dossiernummer is {ticket}. Met vriendelijke groeten, {agent}
nl-be|ag|Bedankt voor uw geduld. We sturen de nieuwe kaart naar {addr}. Uw rekening {iban} wordt niet gedebiteerd. ^{agent}
fr-be|ag|Bonjour {first}, voici votre code PUK : {puk}. Numéro de dossier {ticket}. Bonne journée, {agent}
fr-be|ag|Merci. Pour vérification : vous êtes bien né(e) le {dob} et votre numéro client est {custno} ? Ne nous communiquez jamais votre code PIN. {agent}
en-gb|ag|Hi {first}, your temporary password is {pw} - please change it when you first log in as {user}. Case {ticket}. {agent}
en-gb|ag|Thanks for waiting. I can see the refund of {amount} for {flight} is going to {iban}. Ref {ticket}. {agent}
en-gb|ag|Please don't share your PIN or one-time passcodes with anyone, including us. Could you DM your booking reference? ^{agent}
en-us|ag|Hi {first}! Your PUK is {puk}. After that you can pick a new SIM PIN. Ticket {ticket}. -{agent}
en-us|ag|I've reset your API key. New key: {apikey}. The old one stops working at {time} today. -{agent}
en-us|ag|Thanks! I've updated your account {custno} with phone {phone} and email {email}. -{agent}
nl|ag|We hebben je verhuizing naar {addr} verwerkt per {date}. Je nieuwe voorschot wordt {amount}. Klantnummer {custno}. ^{agent}
en-gb|ag|Hi {first}, I've sent a verification code to your mobile ending {maskphone}. Please read it back to me here when it arrives. ^{agent}
""")

F("reply_alone", "bank", r"""
nl|wa|↪ Kun je de PUK-code van je simkaart doorgeven?\n{puk}
nl|wa|↪ Wat is het wachtwoord dat je probeert?\n{pw}\ndie dus
nl|ms|> wat is je gebruikersnaam?\n{user}
nl|wa|↪ Welke code kreeg je via sms?\n{otp}
nl|ms|> welke cijfers staan achterop de kaart?\n{cvv}
nl-be|wa|↪ Welk paswoord hebt u ingegeven?\n{pw}
fr-be|wa|↪ Quel code avez-vous reçu ?\n{otp}
fr-be|ms|> Quel est votre identifiant ?\n{user}
en-gb|wa|↪ What's the wifi key on the sticker?\n{wifi}
en-gb|ms|> Can you confirm the security code?\n{cvv}
en-us|ms|> what's the PUK on the card?\n{puk}
en-us|wa|↪ which PIN did you set?\n{pin}
""")

F("lists", "telco", r"""
nl|wa,ms|pin {pin}, puk {puk}, klantnr {custno}, iban {iban} — meer heb ik niet
nl|ms,em|Alles op een rij: gebruiker {user} ww {pw} wifi {wifi} modem {router}
nl|tg,wa|{user} / {pw} / {otp} — dit was de volgorde, toen {err}
nl-be|wa,ms|login {user} paswoord {pw} pin {pin} — helpt dat?
fr-be|ms,wa|identifiant {user}, mdp {pw}, code SMS {otp}, et toujours l'erreur {err}
en-gb|ms,wa|PIN {pin} PUK {puk} account {custno} — that's everything on the card
en-us|ms,tg|card {card} exp {exp} cvv {cvv} zip {num}0214 - all in one go, just charge it
en-gb|tg,wa|bsn {bsn} / dob {dob} / phone {phone} - sorry, Dutch tax office wanted these and I'm not sure you're the right people
""")


F("token_more", "api", r"""
nl|ms,em|De app van jullie bezorgdienst logt me steeds uit. In de devtools zie ik dit sessietoken: {token}. Is dat nog geldig?
nl-be|ms,em|Onze kassasoftware gebruikt het token {jwt} om tickets te boeken, sinds {date} krijgen we {err}.
fr-be|em,ms|Pour l'intégration de suivi des colis, nous utilisons ce jeton : {hex40}. Il est refusé depuis la rotation du {date}.
en-gb|ms,tg|oauth access token from the hotel channel manager: {token} - rejected with {err}
en-us|tg,ms|refresh_token={token}\nthat's what your SDK ({version}) stores in plain text btw
nl|tg,wa|token: {hex40}\nverkeerd geplakt? ik krijg {err}
""")

F("neg_more", "energy", r"""
nl|ms,em|Klopt het dat mijn termijnbedrag per {date} stijgt naar {amount}? Dat is {pct} meer terwijl ik {kwh} minder verbruik.
nl|xp,ic|Waarom staat mijn meterstand op {meter} terwijl de meter zelf iets anders zegt? Klantcode-pagina geeft {err}. {hashtag}
nl|ms,wa@energy|Wanneer komt de monteur? Afspraak {ticket}, tijdvak {time}-{time2} op {date}.
nl|ms,em|In {year} zijn de zonnepanelen geplaatst. Nu geeft de omvormer ({meterdev}) foutcode {err} en de terugleverteller staat op {meter}.
nl|wa,tg@car|pincode-automaat bij het tankstation gaf {err}\nlaadpas werkte ook niet\nlaadsessie {order} van {kwh}
nl|ms,em|De link om mijn wachtwoord te herstellen ({url}) geeft al sinds {date} foutcode {err}. Ik wil alleen mijn factuur {invoice} downloaden.
nl|xp,fc@parcel|Pakket {tracking} bij het afhaalpunt, maar de afhaalcode in de app laadt niet ({version}). {hashtag}
nl|ms,wa|Verhuizing doorgegeven op {date}, referentie {ticket}. Eerste meterstand in het nieuwe huis: {meter}.
nl|ms,em@mover|De verhuizers kwamen om {time} in plaats van {time2}. Op de factuur {invoice} staat {amount} voor {num} uur extra.
nl|xp,ic@rail|Vlucht {flight} gemist door vertraging van trein {train}. Wie betaalt de {amount} voor de nieuwe ticket? {hashtag}
nl|ms,id@hotel|Bij het inchecken bij het hotel moest ik de code uit de mail laten zien, reserveringsnummer {booking}, maar die werd niet herkend.
nl|ms,em|In {year} heb ik een contract afgesloten met {pct} korting, die staat niet op de nota {invoice} van {amount}.
nl-be|ms,em|De technieker kwam op {date} om {time} maar de meter ({meterdev}) toont nog steeds foutcode {err}. Dossier {ticket}.
nl-be|xp,ic@rail|Treinticket betaald ({amount}), bestelling {order}, maar de QR-code is ongeldig volgens de conducteur. {hashtag}
nl-be|ms,wa@parcel|Pakje {tracking} werd om {time} geleverd in het pakjespunt in {city}. De afhaalcode is niet aangekomen. Ik wacht wel.
nl-be|ms,em|Sinds de update naar {version} toont de app mijn verbruik als {kwh} per dag. Klopt niet, meterstand is {meter}.
nl-be|ms,em|Ik heb in {year} een contract afgesloten met vaste prijs. Nu is mijn voorschot {pct} gestegen naar {amount}.
nl-be|xp,fc@air|Vlucht {flight} vanuit {airport} {mins} minuten te laat en de bagageband staat stil. {hashtag}
fr-be|ms,em|Le technicien devait passer le {date} entre {time} et {time2}. Rendez-vous {ticket}. Personne n'est venu.
fr-be|xp,ic@air|Vol {flight} annulé, remboursement de {amount} promis le {date}, toujours rien. Dossier {ticket} {hashtag}
fr-be|ms,em|Depuis {year} je paie {amount} par mois. Le nouveau tarif ajoute {pct}. Facture {invoice}.
en-gb|ms,em|Your website ({url}) says the password reset code has been sent, but nothing since {time}. Case {ticket}.
en-gb|xp,ic@rail|{train} from {time} cancelled and the app ({version}) still shows it on time. {hashtag}
en-gb|ms,em|Since {year} I've been on a fixed tariff. The letter of {date} says {pct} increase, {amount} a month.
en-us|ms,em|Support article {url} says the PIN reset takes 24h. It's been {num} days. Case {ticket}.
en-us|xp,ic@hotel|Hotel booking {booking} charged twice, {amount} each, on {date}. {hashtag}
en-us|ms,em|Since {year} we've had the same meter. Bill {invoice} shows reading {meter} and {kwh}, about {pct} above normal.
""")


F("biz", "energy", r"""
nl|ms,em|Wij zijn een klein bedrijf ({kvk}) en sinds {year} klant. Het zakelijke tarief op factuur {invoice} is {pct} hoger dan afgesproken.
nl|ms,em@mover|Voor de zakelijke verhuizing van ons kantoor: BTW-nummer {kvk}, offerte {invoice}, datum {date}. Het kantoor is gebouwd in {year}, is er een lift nodig?
nl|em,ms|Ons bedrijf (KvK-nummer op de factuur: {kvk}) krijgt een aanmaning voor {invoice} terwijl we op {date} {amount} hebben betaald. Bestaat sinds {year}.
nl-be|ms,em|Ondernemingsnummer {kvk}. Wij zijn klant sinds {year} en de factuur {invoice} vermeldt {amount} te veel.
nl-be|ms,em@air|Voor de zakelijke reis van ons team: ondernemingsnummer {kvk}, boeking {pnr}. Factuur graag op naam van de firma, zoals sinds {year}.
fr-be|ms,em|Numéro d'entreprise {kvk}. Client depuis {year}, la facture {invoice} comporte une TVA de {pct} au lieu de 6 %.
fr-be|ms,em@car|Notre société ({kvk}) loue des utilitaires chez vous depuis {year}. Réservation {booking} facturée deux fois.
en-gb|ms,em|We're a small business, {kvk}, customer since {year}. Invoice {invoice} charges VAT at {pct} twice.
en-gb|ms,em@car|Company registration {kvk}. Our fleet account dates from {year}; booking {booking} was billed to the wrong entity.
en-us|ms,em|Business account, {kvk}, with you since {year}. Invoice {invoice} shows {amount} in late fees we never owed.
en-us|ms,em@parcel|Our company ({kvk}) has shipped with you since {year}. Tracking {tracking} was billed at the residential rate.
nl|ms,wa|Mijn wachtwoord is sinds {year} niet veranderd, maar nu krijg ik ineens {err}. Is er iets gewijzigd aan de site ({url})?
""")

F("safety", "bank", r"""
nl|em,ms@api|De scheepvaartmaatschappij vroeg bij het boeken van de overtocht om een Google API-sleutel voor de kaartweergave in hun widget. Onze developer plakte {gkey} in het formulier. Kunnen jullie die key blokkeren?
nl|ms,wa@air|Mijn BSN staat op de boardingpass?! Daar staat {bsn}. Boeking {pnr}, vlucht {flight}.
nl|ms,em@energy|Bij het afsluiten van het energiecontract werd om mijn burgerservicenummer gevraagd, ik heb {bsn} ingevuld. Is dat wel nodig? Contractnummer {custno}.
nl|wa,tg|zit in de trein, snel:\ncvc is {cvv}\nrest van de kaart stuur ik zo
nl|ms,id|Tweede poging: de beveiligingscode achterop is {cvv}, niet wat ik net stuurde. Kaart {card}.
en-gb|ms,tg|Sorry, got the PUK wrong earlier, it's {puk} - I misread an 8 as a 3
en-us|ms,em|I pasted our API key {apikey} into your support form by accident, can you scrub it from the ticket {ticket}?
fr-be|ms,wa|le code de sécurité, les trois chiffres derrière : {cvv}. La carte c'est {card}.
nl-be|ms,wa|pukcode {puk}\nik lees ze voor vanaf het kaartje, hopelijk juist
en-gb|ms,em@car|Your form asked for my "Dutch tax number" for the rental in {dest}, I gave my BSN {bsn}. Was that needed? Booking {booking}.
""")


F("shapes", "energy", r"""
nl|em|Ik schrijf u omdat ik al weken niet kan inloggen op het klantportaal om mijn termijnbedrag ({amount}) aan te passen. Het wachtwoord heb ik twee keer gereset via {url}, de laatste keer op {date}. Mijn verbruik is dit jaar ongeveer {kwh}, dus het termijnbedrag is echt te hoog. Ik heb ook al gebeld met {cphone}, maar daar werd ik na {mins} minuten uit de wacht gegooid. De meterstanden van vandaag zijn {meter} en {meter2}.\n\nO ja, dat wachtwoord van hierboven, dat ik na de reset heb gekozen: {pw}
nl|wa|kan niet inloggen\nmy password is {pw}\nusername {user}\nsorry, typ in het Engels want mijn telefoon staat zo 😅
nl|wa|de sleutel van de wifi is\n{wifi}\n(van de nieuwe router die jullie stuurden, bestelling {order})
en-gb|em|I've tried everything to get the app working on the new phone: reinstalled it, cleared the cache, updated to {version}, even rang {cphone} twice. Each time the login screen accepts my username and then rejects the password after a long pause. The meter reading I'm trying to submit is {meter}, for the bill dated {date}.\n\nThe password, for what it's worth, is {pw}, and the username is {user}.
en-us|tg|the key: {apikey}\n(ignore the one I sent earlier, it had a typo. this one is copy/pasted from the dashboard)
fr-be|ms|mot de passe : {pw}\n(je vous l'écris parce que l'appli me dit qu'il est faux alors que c'est bien celui-là)
nl-be|wa|dat is hem: {pw}\nvoor de login {user}\nwerkt nog altijd niet
en-gb|ms,em|Here it is: {wifi}. That's the key from the sticker on the back of the {router}, letter for letter.
""")

F("api_more", "api", r"""
nl|ms,tg|Onze live key {sklive} staat per ongeluk in een publieke GitHub repo (commit van {date}). Graag direct roteren.
en-gb|em,ms|Our WooCommerce store sends consumer key {wcck} with every request and gets HTTP 401 since the plugin update to {version}.
en-us|ms,tg|API_KEY={apikey}\nfrom our .env, the one in prod since {date}
fr-be|ms,em|Voici la clé API que nous utilisons en production : {apikey}. Elle génère {err} depuis ce matin.
nl-be|ms,tg|de API-sleutel staat in onze config: {apikey}\nwerkt in test wel
en-gb|tg,ms|AWS access key {awsid} has been flagged by your security scanner, can you confirm it's one of ours?
""")


F("chat_split", "bank", r"""
nl|wa|mijn pincode is\nwacht even\nik pak de brief erbij\n{pin}
nl|wa,tg|oké de code die ze stuurden\n.\n.\n{otp}\nnu weer 'ongeldig'
nl|wa|kaartnummer komt in 2 berichten want mijn toetsenbord doet raar\neerste bericht: het nummer is {card}\ntweede: geldig tot {exp}, achterop {cvv}
nl-be|wa|mijn paswoord?\nja\n{pw}\nmet een hoofdletter vooraan
fr-be|wa|mon identifiant\n{user}\net le mot de passe\n{pw}\nça dit toujours « erreur de connexion »
fr-be|wa,tg|le code PIN de la carte SIM c'était\n{pin}\net maintenant elle demande le PUK\nqui est {puk}
en-gb|wa|the code they sent\n.\n{otp}\nsays invalid
en-us|tg,wa|cvv\n{cvv}\nexp\n{exp}\ncard\n{card}
en-gb|wa|my login's\n{user}\npassword in the next msg\n{pw}
en-us|wa|wifi\n{wifi}\nthat's the one on the bottom of the router, the {router}
nl|wa|dat is hem: {wifi}\nhet wifi-wachtwoord bedoel ik, van de sticker
nl|wa,tg|bsn\n{bsn}\n(mijn vrouw vroeg waarom jullie dat nodig hebben)
""")

F("codeswitch", "telco", r"""
nl|ms,wa|Hi, sorry voor het Engels: I can't log in, my username is {user} and my wachtwoord is {pw}. Please help!
nl-be|ms,wa|Bonjour, ik spreek beter Nederlands. Mijn code PIN is {pin} en de PUK {puk}, maar de gsm blijft geblokkeerd.
fr-be|ms,wa|Sorry, mijn Frans is niet top: mon mot de passe c'est {pw}, et l'utilisateur {user}. Merci!
en-gb|ms,wa|Living in Antwerp now, so the SIM is Belgian: PUK-code {puk}, pincode {pin}. Still locked.
""")


# ----------------------------------------------------------------------------------------------
# Channel wrappers (e-mail frame, public mention).  These lists are dealt alternately too.
# ----------------------------------------------------------------------------------------------
EMAIL = {
    "nl": {
        "subject": ["Vraag over mijn account", "Klacht", "Re: uw bericht [{ticket}]", "Probleem met inloggen",
                    "Fw: terugbetaling", "Dringend!!", "storing", "RE: Uw aanvraag {ticket}", "Vraag",
                    "Mijn bestelling / boeking", "Terugbetaling aangevraagd", "geen onderwerp"],
        "greet": ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,",
                  "Hoi,", "Goedendag,", "Beste {agent},"],
        "filler": ["Ik hoop dat u mij kunt helpen.", "Ik heb al twee keer gebeld maar kom er niet uit.",
                   "Excuses voor de lange mail.", "Ik ben er inmiddels echt klaar mee.",
                   "Via de chat werd ik doorverwezen naar dit adres.", "Alvast bedankt voor het meedenken.",
                   "Uw collega aan de telefoon ({cphone}) kon mij niet verder helpen."],
        "close": ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Vriendelijke groet,", "Groetjes,", "Hoogachtend,"],
        "sig_plain": ["{name}", "{first}", "{name}\n\nVerzonden vanaf mijn iPhone", "{first} {last}\n\nVerstuurd vanaf mijn Galaxy"],
        "sig_data": ["{name}\n{addrml}\n{phone}", "{name}\n{addrml}\n{email}", "{name}\nT: {phone}\nE: {email}", "{name}\nTel. {phone}",
                     "{name}\n{addrml}", "{first}\n{phone}\n{addrml}"],
        "quote_plain": ["\n\nOp {date8} om {time8} schreef {brand} Klantenservice:\n> Beste klant,\n> Bedankt voor uw bericht. Uw referentie is {ticket}.\n> Wij nemen binnen 5 werkdagen contact met u op.",
                        "\n\n-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: {date8} {time8}\nOnderwerp: Uw vraag {ticket}\n\nWij hebben uw vraag ontvangen."],
        "quote_data": ["\n\nOp {date8} om {time8} schreef {name} <{email}>:\n> Hallo, mijn klantnummer is {custno}.\n> Ik wacht nog op antwoord.",
                       "\n\nVan: {name} <{email}>\nVerzonden: {date8} {time8}\nAan: {brand}\nOnderwerp: RE: {ticket}\n\nMijn telefoonnummer is {phone}, bel me gerust.",
                       "\n\n> Op {date8} schreef {name} <{email}>:\n> > eerder bericht, zie hierboven"],
    },
    "be": {
        "subject": ["Vraag", "Klacht dossier {ticket}", "Probleem", "Re: uw vraag", "Terugbetaling", "dringend"],
        "greet": ["Beste,", "Geachte,", "Dag,", "Beste {brand},", "Hallo,", "Goeiedag,"],
        "filler": ["Ik hoop op een snelle oplossing.", "Ik heb al verschillende keren gebeld.", "Alvast bedankt.",
                   "Jullie chat was niet bereikbaar.", "Ik reken op jullie."],
        "close": ["Met vriendelijke groeten,", "Groeten,", "Mvg,", "Vriendelijke groeten,"],
        "sig_plain": ["{name}", "{first}", "{name}\n\nVerzonden vanaf mijn iPhone"],
        "sig_data": ["{name}\n{addrml}\nGsm {phone}", "{name}\n{addrml}\n{email}", "{name}\n{phone}", "{name}\nE-mail: {email}"],
        "quote_plain": ["\n\nOp {date8} om {time8} schreef {brand}:\n> Beste klant, uw dossiernummer is {ticket}."],
        "quote_data": ["\n\nOp {date8} om {time8} schreef {name} <{email}>:\n> Mijn klantnummer is {custno}.",
                       "\n\nVan: {name} <{email}>\nVerzonden: {date8}\nAan: {brand}\nOnderwerp: {ticket}\n\nMijn gsm: {phone}"],
    },
    "fr": {
        "subject": ["Réclamation", "Demande d'information", "Re: votre message [{ticket}]", "Problème de connexion",
                    "Remboursement", "URGENT", "Tr: dossier {ticket}"],
        "greet": ["Madame, Monsieur,", "Bonjour,", "Bonjour {brand},", "Chère équipe,", "Bonsoir,", "Bonjour {agent},"],
        "filler": ["J'espère que vous pourrez m'aider.", "J'ai déjà appelé deux fois sans succès.",
                   "Je vous remercie d'avance.", "Votre chat ne répond pas.", "Je suis vraiment à bout."],
        "close": ["Cordialement,", "Bien à vous,", "Salutations,", "Meilleures salutations,", "Bien cordialement,"],
        "sig_plain": ["{name}", "{first}", "{name}\n\nEnvoyé de mon iPhone"],
        "sig_data": ["{name}\n{addrml}\nGSM : {phone}", "{name}\n{addrml}\n{email}", "{name}\n{phone}", "{name}\nTél. {phone}\n{email}"],
        "quote_plain": ["\n\nLe {date8} à {time8}, {brand} a écrit :\n> Madame, Monsieur, votre dossier {ticket} est en cours de traitement."],
        "quote_data": ["\n\nLe {date8} à {time8}, {name} <{email}> a écrit :\n> Mon numéro client est {custno}.",
                       "\n\nDe : {name} <{email}>\nEnvoyé : {date8} {time8}\nÀ : {brand}\nObjet : {ticket}\n\nMon numéro : {phone}"],
    },
    "en": {
        "subject": ["Complaint", "Account query", "Re: your message [{ticket}]", "Login problem", "Refund request",
                    "URGENT", "FW: case {ticket}", "Question", "Still waiting", "(no subject)"],
        "greet": ["Hi,", "Hello,", "Dear Sir/Madam,", "Hi {brand} team,", "Good afternoon,", "Hi {agent},", "To whom it may concern,"],
        "filler": ["I hope you can help.", "I've already called twice and got nowhere.", "Sorry for the long email.",
                   "Your chat sent me here.", "Thanks in advance.", "Your colleague on {cphone} couldn't help."],
        "close": ["Kind regards,", "Thanks,", "Best,", "Regards,", "Many thanks,", "Cheers,", "Sincerely,"],
        "sig_plain": ["{name}", "{first}", "{name}\n\nSent from my iPhone", "{first}\n\nSent from Outlook for Android"],
        "sig_data": ["{name}\n{addrml}\n{phone}", "{name}\n{addrml}\n{email}", "{name}\nM: {phone}\nE: {email}", "{name}\nMobile {phone}",
                     "{name}\n{addrml}", "{name}\n{addrml}\nTel: {phone}"],
        "quote_plain": ["\n\nOn {date8} at {time8}, {brand} Customer Care wrote:\n> Dear customer,\n> Thank you for contacting us. Your case number is {ticket}.",
                        "\n\n-----Original Message-----\nFrom: {brand}\nSent: {date8} {time8}\nSubject: Your case {ticket}\n\nWe have received your request."],
        "quote_data": ["\n\nOn {date8} at {time8}, {name} <{email}> wrote:\n> My account number is {custno}, please call back.",
                       "\n\n-----Original Message-----\nFrom: {name} <{email}>\nSent: {date8} {time8}\nTo: {brand}\nSubject: RE: {ticket}\n\nYou can reach me on {phone}.",
                       "\n\n> On {date8}, {name} <{email}> wrote:\n> > see below"],
    },
}
PUBLIC_TAIL = {"nl": [" 😡", " 🙄", "", "", " 🤬"], "be": [" 😤", "", ""], "fr": [" 😡", "", ""],
               "en": [" 😤", "", "", " 🙃", ""]}
CHAT_TAIL = {"nl": ["", "", "", " 🙏", " ?", " pls", "\nalvast bedankt"], "be": ["", "", " 🙏", "\nmerci"],
             "fr": ["", "", " 🙏", "\nmerci d'avance"], "en": ["", "", "", " 🙏", " thx", "\ncheers"]}


GREET_RE = re.compile(r"^(Bonjour|Dag|Goedemiddag|Hoi|Hey|Hi team|Hi|Beste support|Geachte heer/mevrouw)[,!]? +")


def email_group(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(lang, "en")


def split_wrappers():
    halves = ({}, {})
    for grp, parts in EMAIL.items():
        for h in (0, 1):
            halves[h][grp] = {}
        for key, seq in parts.items():
            a, b = seq[0::2], seq[1::2]
            if not b:
                b = a
            halves[0][grp][key] = a
            halves[1][grp][key] = b
    return halves


# ----------------------------------------------------------------------------------------------
# Dealing and generation
# ----------------------------------------------------------------------------------------------
def parse_templates():
    out = []  # dicts
    dealt = Counter()  # running count per language over the whole file: alternate dev/heldout
    for fi, (fam, sector, block) in enumerate(FAMILIES):
        counters = Counter()
        for line in block.strip("\n").split("\n"):
            if not line.strip():
                continue
            lang, chans, text = line.split("|", 2)
            tsector = sector
            if "@" in chans:
                chans, tsector = chans.split("@")
            text = text.replace("\\n", "\n")
            idx = counters[lang]
            counters[lang] += 1
            half = dealt[lang] % 2
            dealt[lang] += 1
            keys = [m.group(1) if m.group(1) in GEN else m.group(1)[:-1] for m in PH.finditer(text)]
            types = sorted({GEN[k][2] for k in keys if GEN[k][1] == "S"})
            out.append({"id": "%s:%s:%d" % (fam, lang, idx), "family": fam, "sector": tsector, "lang": lang,
                        "chans": [CHAN[c] for c in chans.split(",")], "text": text, "half": half,
                        "types": types, "hasneg": any(GEN[k][1] == "N" for k in keys)})
    return out


def build_message(tpl, rng, P, W, lang, forced_channel=None):
    ctx = {"lang": lang, "P": P, "vals": {}, "origins": defaultdict(set)}
    ctx["person"] = pick_person(rng, P, lang)
    ctx["brand"] = rng.choice(P[SECTOR_POOL[tpl["sector"]]])
    channel = forced_channel or rng.choice(tpl["chans"])
    body = tpl["text"]
    grp = email_group(lang)
    if channel == "email":
        E = W[grp]
        nospan = not tpl["types"]
        parts = []
        parts.append("Subject: " + rng.choice(E["subject"]) if grp == "en" else
                     ("Onderwerp: " if grp in ("nl", "be") else "Objet : ") + rng.choice(E["subject"]))
        parts.append("\n\n" + rng.choice(E["greet"]) + "\n\n")
        first_filler = None
        if rng.random() < 0.5:
            first_filler = rng.choice(E["filler"])
            parts.append(first_filler + " ")
        stripped = GREET_RE.sub("", body, count=1)
        if stripped != body and stripped[:1].isalpha():
            stripped = stripped[0].upper() + stripped[1:]
        parts.append(stripped)
        if rng.random() < 0.35:
            parts.append("\n\n" + rng.choice([f for f in E["filler"] if f != first_filler]))
        parts.append("\n\n" + rng.choice(E["close"]) + "\n")
        data_ok = (not nospan) or rng.random() < 0.15
        parts.append(rng.choice(E["sig_data"]) if (data_ok and rng.random() < 0.6) else rng.choice(E["sig_plain"]))
        r = rng.random()
        if r < 0.25:
            parts.append(rng.choice(E["quote_plain"]))
        elif r < 0.45 and data_ok:
            parts.append(rng.choice(E["quote_data"]))
        full = "".join(parts)
    elif channel == "x_public":
        full = "{mention} " + body.replace("{brand} ", "", 1) if body.startswith("{brand} ") else "{mention} " + body
        full += rng.choice(PUBLIC_TAIL[grp])
    elif channel in ("facebook_comment", "instagram_comment"):
        full = body + rng.choice(PUBLIC_TAIL[grp])
    elif channel == "agent_reply":
        full = body
    else:
        full = body + rng.choice(CHAT_TAIL[grp])
    out, spans, negs = [], [], []
    render(full, rng, ctx, out, spans, negs, origin=tpl["id"])
    text = "".join(out)
    return {"channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs, "_tpl": tpl["id"], "_origins": ctx["origins"]}


def generate_half(h, templates, seed, target):
    P = split_pools()[h]
    W = split_wrappers()[h]
    rng = random.Random("%d/%s" % (seed, ["dev", "heldout"][h]))
    mine = [t for t in templates if t["half"] == h]
    by_lang = defaultdict(list)
    for t in mine:
        by_lang[t["lang"]].append(t)
    decks = {lang: [] for lang in by_lang}

    def draw(lang, pred=None):
        pool = [t for t in by_lang[lang] if pred is None or pred(t)]
        if pred is not None:
            return rng.choice(pool) if pool else None
        if not decks[lang]:
            decks[lang] = list(by_lang[lang])
            rng.shuffle(decks[lang])
        return decks[lang].pop()

    langs = [l for l, _ in LANG_WEIGHTS]
    weights = [w for _, w in LANG_WEIGHTS]
    msgs = []
    quota = [l for l, w in LANG_WEIGHTS for _ in range(int(round(target * w / 100.0)))]
    rng.shuffle(quota)
    while len(msgs) < target:
        lang = quota[len(msgs)] if len(msgs) < len(quota) else rng.choices(langs, weights)[0]
        if rng.random() < 0.15:
            t = draw(lang, lambda t: not t["types"])
        else:
            t = draw(lang)
        msgs.append(build_message(t, rng, P, W, lang))
    # top up every high-risk type to >= 44 spans
    for _ in range(2000):
        cnt = Counter(s["type"] for m in msgs for s in m["spans"])
        short = [t for t in HIGH_RISK if cnt[t] < 44]
        if not short:
            break
        typ = short[0]
        lang = rng.choices(langs, weights)[0]
        t = draw(lang, lambda t: typ in t["types"])
        if t is None:
            continue
        msgs.append(build_message(t, rng, P, W, lang))
    rng.shuffle(msgs)
    return msgs


# ----------------------------------------------------------------------------------------------
# Self-checks
# ----------------------------------------------------------------------------------------------
CUE_RE = re.compile(r"(code|cdoe|nummer|nr\b|pin|wachtw|\bww\b|passw|pass\b|paswoord|wifi|wi-fi|key|sleutel|login|"
                    r"inlog|token|puk|cvv|cvc|iban|clé|mot de passe|mdp|numéro|ref|order|bestel|boeking|reserv|"
                    r"secret|account|klant|client|compte|card|kaart|carte|pas\b|meter|compteur|index)", re.I)


def near_cue(text, start, end, width=30):
    return bool(CUE_RE.search(text[max(0, start - width):start])) or bool(CUE_RE.search(text[end:end + width]))


def check_half(name, msgs, errors):
    for m in msgs:
        t = m["text"]
        if re.search(r"\{[a-z0-9]+\}", t):
            errors.append("%s: unrendered placeholder in %s" % (name, m["id"]))
        if m["visibility"] != ("public" if m["channel"] in PUBLIC else "private"):
            errors.append("%s: visibility %s" % (name, m["id"]))
        spans = sorted(m["spans"], key=lambda s: s["start"])
        for s in spans + m["negatives"]:
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errors.append("%s: bad offsets %s" % (name, m["id"]))
                continue
            v = t[s["start"]:s["end"]]
            if v != v.strip():
                errors.append("%s: whitespace at span edge %s %r" % (name, m["id"], v))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append("%s: overlapping spans %s" % (name, m["id"]))
        for n in m["negatives"]:
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errors.append("%s: negative overlaps span %s" % (name, m["id"]))
        for s in spans:
            v = t[s["start"]:s["end"]]
            if s["type"] == "card" and not luhn_ok(v):
                errors.append("%s: Luhn %s %s" % (name, m["id"], v))
            if s["type"] == "iban" and not iban_ok(v):
                errors.append("%s: mod97 %s %s" % (name, m["id"], v))
            if s["type"] == "bsn" and not bsn_ok(v):
                errors.append("%s: 11-proof %s %s" % (name, m["id"], v))
            if s["type"] in HIGH_RISK and s["type"] not in ("otp", "card", "iban") and " " in v:
                errors.append("%s: space in secret %s %r" % (name, m["id"], v))
            if not v[-1].isalnum() and s["end"] < len(t) and t[s["end"]] in PUNCT:
                errors.append("%s: ambiguous span end %s %r" % (name, m["id"], v))


def stats(msgs):
    n = len(msgs)
    st = {"n": n}
    st["types"] = Counter(s["type"] for m in msgs for s in m["spans"])
    st["kinds"] = Counter(x["kind"] for m in msgs for x in m["negatives"])
    st["channels"] = Counter(m["channel"] for m in msgs)
    st["langs"] = Counter(m["lang"] for m in msgs)
    st["nospan"] = sum(1 for m in msgs if not m["spans"])
    st["highrisk"] = sum(1 for m in msgs if any(s["type"] in HIGH_RISK for s in m["spans"]))
    st["negcue"] = sum(1 for m in msgs if any(near_cue(m["text"], x["start"], x["end"]) for x in m["negatives"]))
    origins = defaultdict(set)
    for m in msgs:
        for typ, o in m["_origins"].items():
            origins[typ] |= o
    st["phrasings"] = {t: len(origins[t]) for t in HIGH_RISK}
    st["templates"] = {m["_tpl"] for m in msgs}
    return st


README_TEXT = """# Blind scrub corpus `blind19`

Labelled test corpus for the webcare-bridge scrubber, record id prefix `b19`.
Emphasis: **travel, utilities and deliveries** (airlines, railways, public transport cards, car rental,
hotels, energy and water suppliers, parcel carriers, removal firms) plus telco/bank/API traffic, and
customers who *tell a story* instead of filling in a form.

Files:

- `generate_blind.py` – standard-library-only Python 3.11 generator (deterministic for a given `--seed`);
  it also writes this README and `counts.json`.
- `dev.jsonl` – development half ({dev_n} messages).
- `heldout.jsonl` – held-out half ({held_n} messages).
- `counts.json` – the per-half counts below in machine-readable form.

Regenerate with:

    python3 generate_blind.py --seed 20261217

**Seed: 20261217.** The generator checks every record before writing and exits 1 (writing nothing) when a
check fails. `--sample N` prints N random rendered messages per half with their labels (for review only).

## How it was written (blind)

Written from the task brief only, plus general knowledge of how customers of Dutch, Belgian, UK and US
companies write to customer-care teams and of the platforms' public conventions. While writing it I did
**not** open, read, grep or run anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other
than this directory), `bench/`, `docs/scrubbing.md`, or any other corpus or generator in the repository,
and I did not run the scrubber or any scorer on this data. All brands are fictional; all values are fake
but well formed (cards – Visa, Mastercard 5x/2x, Amex 15-digit, Maestro, Bancontact – pass Luhn; IBANs pass
mod-97 for NL/BE/DE/FR/GB/ES/LU/IE, BE and FR also carry valid national check digits; BSNs pass the
11-proof; phone numbers come from fictional ranges: NL 06-1…/020-…, BE 04xx, UK 07700 900xxx /
020 7946 0xxx, US 555-01xx; IP addresses come from the documentation ranges 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32).

Message shapes covered: public tweets with @mentions/hashtags/emoji, short DMs, multi-line WhatsApp and
Telegram chats (values on the line after the cue, values sent in a follow-up line, WhatsApp reply-quotes
"↪ question" followed by the bare value), Messenger/Instagram, e-mails with subject, greeting, filler,
sign-off, data-bearing signatures (a multi-line address is one span), quoted history ("Op … schreef …:",
"On … wrote:", "Le … a écrit :", "-----Original Message-----", "Van:/Verzonden:/Aan:" headers) that itself
holds e-mail addresses, phones and customer numbers, and agent replies that hand out or repeat data
(PUKs, temporary passwords, new API keys). Narrated secrets ("I typed 4417 three times and the machine
ate my card"), corrections ("sorry typo, it's X not Y" – both values labelled, the wrong one is a
near-copy of the secret), cue after the value, no cue at all, pronouns ("here it is:", "dat is hem:",
"c'est celui-là :"), values pages away from the cue word, lists of several secrets on one line,
code-switching (NL/EN, NL/FR), cue-word typos (wachtwood, paswrd, pincdoe, gebruikesnaam,
verificatiecdoe, pukcod, burgerservicenumer).

Label conventions follow the brief: spans cover only the value; grouped OTPs, cards and IBANs are one
span; a secret never ends in punctuation when sentence punctuation follows; usernames are labelled only as
part of a credential or after a username/login cue; customer/contract/policy/loyalty numbers are
`customer_number`; the EAN connection code of an energy supply point is a `product_code` negative; train
numbers are `flight_number` negatives (transport service numbers); booking references/PNRs are
`order_number` negatives (always next to a booking cue); seat and gate numbers, SSIDs, names, agent names
and lone cities are not labelled. Deliberately left out as ambiguous: key-safe/alarm/door codes, default
SIM PINs such as "0000", bare numbers without any context.

## Split rule

Templates are grouped by family (what the message is about), language and register. In file order, each
language keeps a running counter and its templates are dealt alternately to dev (even) and heldout (odd),
independent of the seed, so **no template appears in both halves**. Every pool (first names, surnames,
streets, cities, brands per sector, password words, e-mail domains, SSIDs, airports, destinations, agent
names) and every e-mail frame list (subjects, greetings, fillers, sign-offs, signatures, quote blocks) is
dealt the same way (even index → dev, odd → heldout), so the halves share no names, streets, brands,
password words or domains. Random values come from one `random.Random` per half, seeded from the seed and
the half's name. Languages follow fixed quotas (nl 40 %, en-gb 18 %, en-us 17 %, nl-be 10 %, fr-be 15 %)
for the first 860 messages of each half; a few extra messages are then added to lift every high-risk type
to at least 44 spans. The generator verifies the split (templates and pools disjoint) before writing.

Self-checks (exit 1 on failure): offsets inside the text; spans never start/end with whitespace; Luhn /
mod-97 / 11-proof; no overlapping spans; no negative overlapping a span; no unrendered placeholder; no
ambiguous span end; every label type and negative kind present in both halves; at least 40 spans and 12
distinct templates per high-risk type per half; at least 25 % messages without spans; at least 45 % with a
high-risk value; at least 30 % with a hard negative within 30 characters of a cue word; at least 850
messages per half.

## Held-out half

**Detector authors must never open `heldout.jsonl` or the generator `generate_blind.py`.** They may only
run a scorer over `heldout.jsonl` and report the numbers. `dev.jsonl` may be read freely.

## Per-half counts

{summary}

### Label types (spans)

{t_types}

### Distinct templates (phrasings) per high-risk type

{t_phr}

### Hard-negative kinds

{t_kinds}

### Channels

{t_chan}

### Languages

{t_lang}
"""


def write_readme(outdir, c):
    def table(title, key, keys=None):
        ks = keys or sorted(set(c["dev"][key]) | set(c["heldout"][key]))
        rows = ["| %s | dev | heldout |" % title, "|---|---:|---:|"]
        for k in ks:
            rows.append("| %s | %d | %d |" % (k, c["dev"][key].get(k, 0), c["heldout"][key].get(k, 0)))
        return "\n".join(rows)
    d, h = c["dev"], c["heldout"]

    def pc(x, n):
        return "%d (%.1f %%)" % (x, 100.0 * x / n)
    summary = "\n".join([
        "| | dev | heldout |", "|---|---:|---:|",
        "| messages | %d | %d |" % (d["messages"], h["messages"]),
        "| without any span | %s | %s |" % (pc(d["without_spans"], d["messages"]), pc(h["without_spans"], h["messages"])),
        "| with a high-risk value | %s | %s |" % (pc(d["with_high_risk"], d["messages"]), pc(h["with_high_risk"], h["messages"])),
        "| with a hard negative next to a cue word | %s | %s |" % (pc(d["negative_near_cue"], d["messages"]), pc(h["negative_near_cue"], h["messages"])),
    ])
    text = README_TEXT.format(dev_n=d["messages"], held_n=h["messages"], summary=summary,
                              t_types=table("type", "spans", HIGH_RISK + OTHER_TYPES),
                              t_phr=table("type", "phrasings", HIGH_RISK), t_kinds=table("kind", "negatives", NEG_KINDS),
                              t_chan=table("channel", "channels", [CHAN[k] for k in CHAN]),
                              t_lang=table("lang", "langs", [l for l, _ in LANG_WEIGHTS]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261217)
    ap.add_argument("--per-half", type=int, default=860)
    ap.add_argument("--outdir", default=HERE)
    ap.add_argument("--sample", type=int, default=0, help="print N random messages per half and exit")
    args = ap.parse_args()
    templates = parse_templates()
    halves = []
    for h, name in enumerate(["dev", "heldout"]):
        msgs = generate_half(h, templates, args.seed, args.per_half)
        for i, m in enumerate(msgs):
            m["id"] = "%s-%s-%05d" % (PREFIX, name, i)
        halves.append(msgs)
    errors = []
    sts = []
    for name, msgs in zip(["dev", "heldout"], halves):
        check_half(name, msgs, errors)
        st = stats(msgs)
        sts.append(st)
        for t in HIGH_RISK + OTHER_TYPES:
            if st["types"][t] == 0:
                errors.append("%s: label type %s missing" % (name, t))
        for k in NEG_KINDS:
            if st["kinds"][k] == 0:
                errors.append("%s: negative kind %s missing" % (name, k))
        for t in HIGH_RISK:
            if st["types"][t] < 40:
                errors.append("%s: only %d %s spans" % (name, st["types"][t], t))
            if st["phrasings"][t] < 12:
                errors.append("%s: only %d phrasings for %s" % (name, st["phrasings"][t], t))
        if st["nospan"] < 0.25 * st["n"]:
            errors.append("%s: only %d/%d messages without spans" % (name, st["nospan"], st["n"]))
        if st["highrisk"] < 0.45 * st["n"]:
            errors.append("%s: only %d/%d messages with a high-risk value" % (name, st["highrisk"], st["n"]))
        if st["negcue"] < 0.30 * st["n"]:
            errors.append("%s: only %d/%d messages with a negative near a cue" % (name, st["negcue"], st["n"]))
        if st["n"] < 850:
            errors.append("%s: only %d messages" % (name, st["n"]))
    both = sts[0]["templates"] & sts[1]["templates"]
    if both:
        errors.append("templates in both halves: %s" % sorted(both)[:5])
    P0, P1 = split_pools()
    for key in P0:
        common = set(map(str, P0[key])) & set(map(str, P1[key]))
        if common:
            errors.append("pool %s shared between halves: %s" % (key, sorted(common)[:3]))
    if args.sample:
        for name, msgs in zip(["dev", "heldout"], halves):
            r = random.Random(name)
            for m in r.sample(msgs, args.sample):
                print("=" * 20, m["id"], m["channel"], m["lang"], m["_tpl"])
                print(m["text"])
                for s in m["spans"]:
                    print("   S %-15s %r" % (s["type"], m["text"][s["start"]:s["end"]]))
                for x in m["negatives"]:
                    print("   N %-15s %r" % (x["kind"], m["text"][x["start"]:x["end"]]))
        return 0
    for name, st in zip(["dev", "heldout"], sts):
        print("== %s: %d messages, %d without spans (%.1f%%), %d with high-risk (%.1f%%), %d with a negative near a cue (%.1f%%)"
              % (name, st["n"], st["nospan"], 100 * st["nospan"] / st["n"], st["highrisk"], 100 * st["highrisk"] / st["n"],
                 st["negcue"], 100 * st["negcue"] / st["n"]))
        print("   spans:", dict(sorted(st["types"].items())))
        print("   phrasings (distinct templates) per high-risk type:", st["phrasings"])
        print("   negatives:", dict(sorted(st["kinds"].items())))
        print("   channels:", dict(sorted(st["channels"].items())))
        print("   langs:", dict(sorted(st["langs"].items())))
    if errors:
        print("SELF-CHECK FAILED (%d problems); nothing written:" % len(errors), file=sys.stderr)
        for e in errors[:60]:
            print("  " + e, file=sys.stderr)
        return 1
    for name, msgs in zip(["dev", "heldout"], halves):
        with open(os.path.join(args.outdir, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for m in msgs:
                rec = {"id": m["id"], "channel": m["channel"], "lang": m["lang"], "visibility": m["visibility"],
                       "text": m["text"], "spans": m["spans"], "negatives": m["negatives"]}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {name: {"messages": st["n"], "without_spans": st["nospan"], "with_high_risk": st["highrisk"],
                          "negative_near_cue": st["negcue"], "spans": dict(sorted(st["types"].items())),
                          "phrasings": st["phrasings"], "negatives": dict(sorted(st["kinds"].items())),
                          "channels": dict(sorted(st["channels"].items())), "langs": dict(sorted(st["langs"].items()))}
              for name, st in zip(["dev", "heldout"], sts)}
    with open(os.path.join(args.outdir, "counts.json"), "w", encoding="utf-8") as fh:
        json.dump(counts, fh, indent=1, ensure_ascii=False)
    write_readme(args.outdir, counts)
    print("written dev.jsonl and heldout.jsonl (seed %d)" % args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
