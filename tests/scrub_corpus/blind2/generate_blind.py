#!/usr/bin/env python3
"""Blind scrub corpus "blind2" (record id prefix b2).

Standard library only, Python 3.11.  Deterministic for a given --seed.

    python generate_blind.py --seed 20261130

writes dev.jsonl, heldout.jsonl and README.md next to this file.  Every record is
checked before anything is written; if a check fails the script prints the problems,
exits 1 and writes nothing.

Detector authors: do not open this file or heldout.jsonl (see README.md).
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

PREFIX = "b2"
DEFAULT_SEED = 20261130
HERE = os.path.dirname(os.path.abspath(__file__))
HALVES = ("dev", "heldout")
PER_HALF = 1060

HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"]
OTHER = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
         "customer_number"]
LABELS = HIGH_RISK + OTHER
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]
FILLERS = ["name", "first", "last", "city", "brand", "ssid", "agent", "initials"]

CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm",
            "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
REG_CHANNELS = {
    "chat": (["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"], [34, 20, 12, 16, 18]),
    "public": (["x_public", "facebook_comment", "instagram_comment"], [55, 30, 15]),
    "email": (["email"], [1]),
    "agent": (["agent_reply"], [1]),
}
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_TARGET = {"nl": 0.50, "nl-be": 0.20, "fr-be": 0.14, "en-gb": 0.09, "en-us": 0.07}
CAT_TARGET = {"hr": 0.50, "other": 0.20, "none": 0.30}
EMAIL_TARGET = 0.26
HR_TARGET = 56
REGION_OF_LANG = {"nl": "nl", "nl-be": "vl", "fr-be": "wa", "en-gb": "uk", "en-us": "us"}

# placeholder: {kind}, {~negkind}, {kind:variant}, {~kind=literal}, {kind@tag}
PH_RE = re.compile(r"\{(~?)([a-z_]+)(?::([a-z0-9_]+))?(?:=([^{}]*?))?(?:@(\w+))?\}")
LEFTOVER_RE = re.compile(r"\{~?[a-z_]+(?::[a-z0-9_]+)?(?:=[^{}]*)?(?:@\w+)?\}")

# ----------------------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------------------

def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "LU": 20, "IE": 22,
            "AT": 20, "IT": 27}


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s+", "", value).upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def bsn_ok(value: str) -> bool:
    s = value.replace(".", "").replace(" ", "")
    if len(s) != 9 or not s.isdigit():
        return False
    total = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return total % 11 == 0


def ean13_complete(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def compact(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


# ----------------------------------------------------------------------------------------
# pools (every pool is dealt alternately to dev / heldout, so the halves share no entry)
# ----------------------------------------------------------------------------------------

def _w(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


POOLS: dict[str, list] = {
    "first_nl": _w("Jan|Pieter|Sanne|Lotte|Daan|Femke|Bram|Anouk|Joost|Marloes|Ruben|Iris|Thijs|"
                   "Esther|Wouter|Ilse|Koen|Mirjam|Sander|Noor|Hans|Ingrid|Gerrit|Annemiek|Jeroen|"
                   "Marieke|Niels|Yvonne|Stefan|Petra|Tim|Linda|Mohamed|Fatima|Kevin|Chantal|Erik|"
                   "Willemijn|Henk|Tamara"),
    "last_nl": _w("de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
                  "Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|de Graaf|van der Meer|Kok|"
                  "Vermeulen|van den Berg|Koster|Prins|Huisman|Kuipers|Veenstra|Postma|Boersma|"
                  "El Amrani|Yilmaz|Schouten|van Dam|Hoekstra|Molenaar|Verhoeven|Timmermans|"
                  "Blom|van Beek|Zwart"),
    "first_vl": _w("Jens|Lien|Wout|Sofie|Elke|Bert|Griet|Tom|Ann|Kristof|Nele|Dries|Lies|Joris|"
                   "Inge|Bart|Evi|Wim|Hilde|Jelle|Katrien|Lode|Veerle|Maarten|Ine|Sven|Leen|Gert|"
                   "Annelies|Brecht|Mieke|Raf|Jolien|Filip|Karolien|Seppe|Marijke|Ward|Fien|Geert"),
    "last_vl": _w("Peeters|Janssens|Maes|Claes|Mertens|Goossens|Wouters|De Smet|Van den Broeck|"
                  "Hermans|Aerts|Verstraete|Van Damme|De Clercq|Lambrechts|Cools|Verbeke|Michiels|"
                  "Van de Velde|Segers|Coppens|Vandenberghe|Martens|Bogaert|Stevens|De Backer|"
                  "Leemans|Vervoort|Smets|Van Hoof|Geerts|Lenaerts|Bosmans|Pauwels|Vlaeminck|"
                  "Heylen|Wuyts|Verhaegen|Desmedt|Claeys"),
    "first_wa": _w("Julien|Camille|Nathalie|Olivier|Sophie|Amélie|Nicolas|Céline|Maxime|Aurélie|"
                   "François|Isabelle|Laurent|Manon|Sébastien|Valérie|Cédric|Émilie|Benoît|Pauline|"
                   "Arnaud|Chloé|Grégory|Marie-Claire|Jérôme|Sarah|Quentin|Laetitia|Vincent|"
                   "Mathilde|Didier|Élodie|Pascal|Caroline|Youssef|Mélanie|Thierry|Audrey|Damien|"
                   "Hélène"),
    "last_wa": _w("Dubois|Lambert|Dupont|Martin|Leclercq|Simon|Lejeune|Renard|Collard|Denis|"
                  "Lemaire|Dumont|Hubert|Gérard|Mathieu|Fontaine|Lecomte|Masson|Noël|Bertrand|"
                  "Legrand|Marchal|Piron|Jacquet|Servais|Charlier|Delvaux|Dupuis|Wauthier|Gilson|"
                  "Lefèvre|Mercier|Rousseau|Poncelet|Remy|Gillet|Maréchal|Lhoest|Bodart|Evrard"),
    "first_uk": _w("Oliver|Amelia|Harry|Charlotte|George|Emily|Jack|Poppy|James|Jessica|William|"
                   "Hannah|Alfie|Lucy|Callum|Megan|Rhys|Bethany|Liam|Eleanor|Connor|Grace|Owen|"
                   "Zara|Declan|Imogen|Aiden|Priya|Rory|Niamh|Jamie|Holly|Kieran|Freya|Ewan|Rosie|"
                   "Hamish|Abigail|Nathan|Siobhan"),
    "last_uk": _w("Smith|Jones|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|"
                  "Wright|Walker|White|Hughes|Edwards|Green|Hall|Wood|Harris|Lewis|Clarke|Patel|"
                  "Jackson|Turner|Hill|Cooper|Ward|Morris|Khan|Bennett|Griffiths|Murray|Kelly|"
                  "Pearson|Fletcher|Barker|Lloyd|Marsh|Holt"),
    "first_us": _w("Ashley|Brandon|Madison|Tyler|Brittany|Jordan|Kayla|Justin|Dylan|Morgan|Cody|"
                   "Alyssa|Austin|Destiny|Hunter|Kaitlyn|Marcus|Jasmine|Travis|Brianna|Garrett|"
                   "Mackenzie|Dustin|Savannah|Trevor|Hailey|Derek|Shelby|Chase|Courtney|Logan|"
                   "Paige|Carlos|Maria|Darnell|Keisha|Wyatt|Amber|Lamar|Jenna"),
    "last_us": _w("Miller|Garcia|Rodriguez|Martinez|Anderson|Hernandez|Moore|Lopez|Gonzalez|"
                  "Thompson|Perez|Sanchez|Ramirez|Nguyen|Flores|Rivera|Campbell|Mitchell|Carter|"
                  "Parker|Collins|Reyes|Stewart|Morales|Sullivan|Ortiz|Gutierrez|Brooks|Kim|"
                  "Jenkins|Powell|Russell|Foster|Butler|Simmons|Bryant|Alexander|Hayes|Myers|Ford"),
    "street_nl": _w("Kerkstraat|Dorpsstraat|Molenweg|Schoolstraat|Stationsweg|Julianalaan|"
                    "Beatrixstraat|Lindelaan|Eikenlaan|Marktplein|Kerkplein|Achter de Hoven|"
                    "Oudegracht|Nieuwe Haven|Voorstraat|Brink|Zuiderdiep|Hoogstraat|Prinsengracht|"
                    "Bloemgracht|Vondelstraat|Merelstraat|Tulpstraat|Rozenlaan|Dahliastraat|"
                    "Populierenweg|Koningsweg|Parallelweg|Burgemeester de Withstraat|Van Goghlaan|"
                    "Rembrandtplein|Singel|Lange Nieuwstraat|Korte Akkeren|Heuvel|Esdoornhof|"
                    "De Ruyterkade|Zandpad|Meent|Wilhelminapark"),
    "street_vl": _w("Stationsstraat|Kapelstraat|Dorp-West|Nieuwstraat|Brugstraat|Veldstraat|Kouter|"
                    "Grote Markt|Leopoldlaan|Koningin Astridlaan|Sint-Jansstraat|Meir|"
                    "Kortrijksesteenweg|Gentsesteenweg|Antwerpsesteenweg|Bosstraat|Molenstraat|"
                    "Heidestraat|Kasteeldreef|Zavelstraat|Pastoor Coplaan|Lindenlei|Kiezelweg|"
                    "Hoogveld|Beukenlaan|Pijnboomlaan|Vaartstraat|Meerstraat|Statiestraat|"
                    "Sint-Pietersnieuwstraat|Oudenaardsesteenweg|Tiensestraat|Diestsevest|"
                    "IJzerenweg|Lange Lozanastraat|Wolstraat|Onze-Lieve-Vrouwstraat|Hof ter Linden|"
                    "Ter Heide|Boomgaardstraat"),
    "street_wa": _w("Rue de la Station|Rue de l'Église|Avenue Louise|Chaussée de Wavre|Rue Haute|"
                    "Rue du Moulin|Rue des Champs|Place du Marché|Avenue de Tervueren|"
                    "Boulevard d'Avroy|Rue Saint-Gilles|Rue de Namur|Chaussée de Louvain|Rue Neuve|"
                    "Rue du Pont|Avenue des Tilleuls|Rue de Fer|Rue Royale|Rue des Fripiers|"
                    "Quai de la Batte|Rue du Bois|Avenue Reine Astrid|Rue de la Croix|Rue Grande|"
                    "Rue des Écoles|Rue du Château|Clos des Lilas|Rue de Bruxelles|Rue Albert Ier|"
                    "Place Saint-Lambert|Rue de Mons|Rue des Prés|Rue Lebeau|Sentier du Bois|"
                    "Rue Fontaine|Rue du Parc|Rue Verte|Allée des Hêtres|Rue de l'Yser|"
                    "Chemin des Meuniers"),
    "street_uk": _w("Acacia Avenue|High Street|Station Road|Church Lane|Victoria Road|Mill Lane|"
                    "Park Road|Queens Drive|Elm Grove|Kingsway|The Crescent|Orchard Close|Manor Way|"
                    "Albert Street|Brook Lane|Chapel Row|Beech Drive|Windsor Gardens|Grange Road|"
                    "Hillside|Meadow View|Priory Walk|Castle Street|North Parade|Sandringham Court|"
                    "Cromwell Terrace"),
    "street_us": _w("Evergreen Terrace|Maple St|Oak Avenue|Elm Street|Pine Rd|Cedar Lane|"
                    "Washington Blvd|Lakeview Dr|Sunset Blvd|Main Street|Park Ave|Hillcrest Rd|"
                    "Willow Way|Jefferson St|Lincoln Ave|Chestnut Ct|Magnolia Dr|River Rd|"
                    "Franklin St|Highland Ave|Birch Hollow Ln|Ridgeview Dr"),
    "city_nl": _w("Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven|Groningen|Tilburg|Almere|Breda|"
                  "Nijmegen|Apeldoorn|Haarlem|Arnhem|Enschede|Amersfoort|Zaandam|Den Bosch|Zwolle|"
                  "Leiden|Maastricht|Dordrecht|Zoetermeer|Deventer|Delft|Alkmaar|Leeuwarden|Venlo|"
                  "Hilversum|Assen|Gouda|Emmen|Helmond|Oss|Purmerend"),
    "city_vl": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
                ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"),
                ("2300", "Turnhout"), ("8400", "Oostende"), ("9100", "Sint-Niklaas"),
                ("3200", "Aarschot"), ("2500", "Lier"), ("9200", "Dendermonde"),
                ("3800", "Sint-Truiden"), ("2440", "Geel"), ("8800", "Roeselare"),
                ("1800", "Vilvoorde"), ("3600", "Genk"), ("9700", "Oudenaarde"),
                ("2600", "Berchem"), ("9800", "Deinze"), ("8900", "Ieper"), ("2200", "Herentals"),
                ("3290", "Diest"), ("1500", "Halle"), ("9400", "Ninove"), ("3300", "Tienen"),
                ("2900", "Schoten"), ("9160", "Lokeren")],
    "city_wa": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"),
                ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"),
                ("1348", "Louvain-la-Neuve"), ("4800", "Verviers"), ("7500", "Tournai"),
                ("6700", "Arlon"), ("5030", "Gembloux"), ("1400", "Nivelles"), ("4500", "Huy"),
                ("6900", "Marche-en-Famenne"), ("7100", "La Louvière"), ("1030", "Schaerbeek"),
                ("1190", "Forest"), ("1200", "Woluwe-Saint-Lambert"), ("5500", "Dinant"),
                ("4100", "Seraing"), ("6200", "Châtelet"), ("1420", "Braine-l'Alleud"),
                ("7800", "Ath"), ("6600", "Bastogne"), ("1080", "Molenbeek-Saint-Jean"),
                ("1060", "Saint-Gilles"), ("5100", "Jambes"), ("6001", "Marcinelle"),
                ("4300", "Waremme")],
    "city_uk": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"),
                ("Nottingham", "NG"), ("Leicester", "LE"), ("Cardiff", "CF"), ("Norwich", "NR"),
                ("York", "YO"), ("Brighton", "BN"), ("Reading", "RG"), ("Coventry", "CV"),
                ("Exeter", "EX"), ("Derby", "DE"), ("Bath", "BA"), ("Oxford", "OX"),
                ("Cambridge", "CB"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Liverpool", "L"),
                ("Southampton", "SO"), ("Plymouth", "PL")],
    "city_us": [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Denver", "CO", "802"),
                ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Madison", "WI", "537"),
                ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"), ("Boise", "ID", "837"),
                ("Albany", "NY", "122"), ("Richmond", "VA", "232"), ("Omaha", "NE", "681"),
                ("Tampa", "FL", "336"), ("Sacramento", "CA", "958"), ("Nashville", "TN", "372"),
                ("Des Moines", "IA", "503"), ("Burlington", "VT", "054"), ("Dayton", "OH", "454")],
    "brand_telco": _w("Lumo Mobiel|Kabelnet|Orbis Telecom|Tellix|Pulsar Mobile|Vonkel|Netvia|"
                      "Wavo|Signaal|Proxima Telecom|Zendr|Antenne Mobiel|Glasvezel Noord|Belcomm"),
    "brand_energy": _w("Groenstroom Direct|Windkracht Energie|Zonnewijzer|Volta Energie|"
                       "Energia Plus|Noordzee Energie|Elektra Vlaanderen|Lumière Énergie|"
                       "Warmtebron|Dynamo Energie"),
    "brand_bank": _w("Kroonbank|Polderbank|Havenbank|Noorderbank|Lindebank|Vlietbank|"
                     "Scheldebank|Lanterne Bank|Meridian Bank|Fjordbank|Banque Ardenne|"
                     "Spaarkas Oost"),
    "brand_shop": _w("Pakjesplein|Koopkraam|BestelBaas|Winkelwagen24|Bazaar24|Huisraad|"
                     "Fietsfabriek|Stoffenhuis|Boekenbaai|Gadgetgrot|Modemarkt|Speelgoedzolder"),
    "brand_airline": _w("Flyra|Noordvleugel Air|SkyBrug|Aeroloop|Luchtbrug|Cumulus Air"),
    "brand_insurer": _w("ZorgSamen|Zekerheid Direct|Paraplu Verzekeringen|Schild Assurantie|"
                        "Pensioenkas Zuid|Gezondheidsfonds Noord|Mutualité Horizon|"
                        "Ziekenfonds Samen"),
    "brand_api": _w("Payvault|Kassaflow|Betaalbrug|Zendflow|Koppelpunt|Webhookly|Stackmint|"
                    "Orderwave|Cloudkassa|Mailrocket"),
    "pwword": _w("Zomer|Winter|Voorjaar|Herfst|Tulp|Fiets|Kaas|Appel|Bloem|Hond|Poes|Koffie|"
                 "Stroop|Molen|Polder|Zonnebloem|Schatje|Liefje|Prinses|Sunshine|Dragon|Monkey|"
                 "Soleil|Bonjour|Chocolat|Papillon|Frieten|Pannenkoek|Hagelslag|Oranje|Kabouter|"
                 "Konijn|Paard|Vlinder|Regenboog|Sterretje|Bakfiets|Tompouce|Speculaas|Kermis|"
                 "Carnaval|Vakantie|Texel|Zeeland|Fluffy|Buster|Luna|Bella|Rocky|Snoopy|Lente|"
                 "Zwaluw|Eekhoorn|Merel|Lavendel|Rozemarijn|Trompet|Gitaar|Voetbal|Hockey|"
                 "Schaatsen|Welkom|Geheim|Marmotte|Tartine|Pistolet|Gaufre|Chicon|Biscuit|"
                 "Rainbow|Pumpkin|Whisky|Kiwi|Mango|Olifant|Tijger|Panda|Vos|Uil"),
    "domain_nl": _w("gmail.com|hotmail.com|outlook.com|live.nl|icloud.com|postduif.nl|snelpost.nl|"
                    "tulpmail.nl|polderpost.nl|hollandmail.nl"),
    "domain_vl": _w("hotmail.be|live.be|outlook.be|brievenbus.be|vlaanderenmail.be|pandamail.be|"
                    "scheldepost.be|gmx.be"),
    "domain_wa": _w("courriel.be|wallomail.be|yahoo.fr|hotmail.fr|meusemail.be|gmx.fr|"
                    "ardennes-mail.be|laposte.net"),
    "domain_uk": _w("yahoo.co.uk|hotmail.co.uk|googlemail.com|postbox.co.uk|pillarbox.co.uk|"
                    "me.com|btmail-free.co.uk|lettermail.co.uk"),
    "domain_us": _w("yahoo.com|aol.com|protonmail.com|mac.com|mailbag.us|inboxly.com|"
                    "fastmail.com|usmail.net"),
    "model_router": _w("Fritz!Box 7590|Fritz!Box 7530 AX|H369A|Experia Box v10|TP-Link Archer C6|"
                       "Connect Box|Sagemcom F@st 5359|Netgear Nighthawk R7000|Huawei B535|"
                       "Zyxel VMG8825|Technicolor TG789|bbox 3|Linksys EA7500|Asus RT-AX58U|"
                       "Huawei B311|Zyxel EX5601|TP-Link Deco M5|Fritz!Box 6660 Cable"),
    "model_phone": _w("Galaxy A54|iPhone 15 Pro|iPhone 12|Pixel 8|Galaxy S23|Redmi Note 12|"
                      "Moto g84|OnePlus 11|iPhone SE|Galaxy A14|Nokia G22|Fairphone 5|Oppo A78|"
                      "iPhone 13 mini|Galaxy Z Flip5|Pixel 7a"),
    "model_device": _w("LG OLED55C3|Samsung QE55Q80C|Philips Hue Bridge|Sonos One|Tado V3+|"
                       "HP DeskJet 2720|Epson XP-2200|Apple TV 4K|Chromecast with Google TV|PS5|"
                       "Xbox Series X|Nest Mini|Canon PIXMA TS5151|Brother HL-L2350DW"),
    "nl_bank_code": _w("KNAB|INGB|RABO|ABNA|ASNB|TRIO|BUNQ|SNSB|RBRB|FVLB"),
    "gb_bank_code": _w("NWBK|BARC|MIDL|LOYD|HBUK|MONZ"),
    "ie_bank_code": _w("AIBK|BOFI|IPBS|ULSB"),
}

# pools that must be disjoint between halves even across pool names (names, places)
NAME_POOLS = [k for k in POOLS if k.startswith(("first_", "last_"))]


def split_pools() -> dict[str, dict[str, list]]:
    out = {h: {} for h in HALVES}
    for key, values in POOLS.items():
        for i, v in enumerate(values):
            out[HALVES[i % 2]].setdefault(key, []).append(v)
    return out


# ----------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------
PUNCT_AFTER = set(".,;:!?)]\"'»…’”")
DIG = "0123456789"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOW = "abcdefghijkmnopqrstuvwxyz"
ALNUM = UP + LOW + "23456789"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
HEX = "0123456789abcdef"

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
MON_SHORT = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
WD_SHORT = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def base_lang(lang: str) -> str:
    return "fr" if lang.startswith("fr") else ("en" if lang.startswith("en") else "nl")


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rand_chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


BE_ONLY_BRANDS = {"Elektra Vlaanderen", "Lumière Énergie", "Banque Ardenne", "Mutualité Horizon",
                  "Ziekenfonds Samen", "Proxima Telecom", "Belcomm"}


class Ctx:
    """Everything one message needs: rng, half pools, language, persona, brand, caches."""

    def __init__(self, rng, pools, lang, region, sector, addr_region=None):
        self.addr_region = addr_region or region
        self.rng = rng
        self.pools = pools
        self.lang = lang
        self.bl = base_lang(lang)
        self.region = region
        self.sector = sector
        self.cache: dict = {}
        self._persona = None
        self._brand = None

    # persona ---------------------------------------------------------------------------
    @property
    def persona(self):
        if self._persona is None:
            self._persona = self.make_persona()
        return self._persona

    def make_persona(self, kid=False):
        """Names come from the language's region; address and phone from addr_region."""
        rng, p = self.rng, self.pools
        first = rng.choice(p["first_" + self.region])
        last = rng.choice(p["last_" + self.region])
        year = rng.randint(2006, 2023) if kid else rng.randint(1946, 2004)
        return {"first": first, "last": last, "name": f"{first} {last}", "region": self.addr_region,
                "name_region": self.region, "dob": (rng.randint(1, 28), rng.randint(1, 12), year)}

    # brand -----------------------------------------------------------------------------
    def brand_for(self, sector):
        key = ("brand", sector)
        if key not in self.cache:
            names = self.pools["brand_" + sector]
            if self.lang not in ("nl-be", "fr-be"):
                names = [n for n in names if n not in BE_ONLY_BRANDS] or names
            name = self.rng.choice(names)
            stem = re.sub(r"[^A-Za-z0-9]", "", strip_accents(name))
            if sector == "api":
                tld = self.rng.choice([".io", ".com", ".dev"])
            else:
                tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk",
                       "en-us": ".com"}[self.lang]
            suffix = {"nl": ["", "", "_NL"], "nl-be": ["", "_BE", "BE"], "fr-be": ["_BE", "", "BE"],
                      "en-gb": ["UK", "", "_UK"], "en-us": ["", "Help", "US"]}[self.lang]
            handle = stem + self.rng.choice(suffix)
            if sector == "api":
                handle = stem + self.rng.choice(["", "Dev", "Status"])
            self.cache[key] = {"name": name, "stem": stem, "domain": stem.lower() + tld,
                               "handle": handle}
        return self.cache[key]

    @property
    def brand(self):
        return self.brand_for(self.sector)


# --- secrets --------------------------------------------------------------------------

LEET = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}


def _strip_end_punct(v: str, rng) -> str:
    while v and not v[-1].isalnum():
        v = v[:-1]
    if len(v) < 6:
        v += digits(rng, 2)
    return v


def gen_password(c: Ctx, var, nxt):
    rng = c.rng
    w = rng.choice(c.pools["pwword"])
    w2 = rng.choice(c.pools["pwword"])
    yr = rng.choice([str(rng.randint(1960, 2025)), str(rng.randint(0, 99)).zfill(2),
                     str(rng.randint(1, 999))])
    sym = rng.choice("!!!#$@*&%+")
    kinds = ["w", "w", "leet", "rand", "phrase", "lower", "name", "mixed", "double", "caps"]
    v = var or rng.choice(kinds)
    if v == "w":
        out = w.capitalize() + yr + (sym if rng.random() < 0.7 else "")
    elif v == "leet":
        out = "".join(LEET.get(ch, ch) if rng.random() < 0.7 else ch for ch in w.lower())
        out = out[0].upper() + out[1:] if out[0].isalpha() else out
        out += digits(rng, rng.randint(2, 4))
        if not out[0].isalnum():
            out = "X" + out
    elif v == "rand":
        alpha = ALNUM + "!#$%&*+-=?@"
        out = rng.choice(UP + LOW) + rand_chars(rng, alpha, rng.randint(9, 14))
    elif v == "phrase":
        out = "-".join([w.lower(), w2.capitalize(), rng.choice(c.pools["pwword"]).lower()])
        out += digits(rng, 1)
    elif v == "lower":
        out = w.lower() + w2.lower() + digits(rng, rng.randint(2, 4))
    elif v == "name":
        out = c.persona["first"].split("-")[0] + str(c.persona["dob"][2])
        out = strip_accents(out)
        if rng.random() < 0.5:
            out += sym
    elif v == "mixed":
        out = w.capitalize() + rng.choice("_.!#-") + yr
    elif v == "double":
        out = w.capitalize() + w2.capitalize() + yr + (sym if rng.random() < 0.4 else "")
    elif v == "caps":
        out = w.upper() + yr + rng.choice(["", "!", "x", "XX"])
    else:
        raise ValueError(var)
    out = strip_accents(out).replace(" ", "")
    # a trailing . , ? ; : would be read as sentence punctuation: never end on one
    while out[-1] in ".,?;:-=":
        out = out[:-1] + rng.choice(ALNUM)
    if nxt in PUNCT_AFTER or not nxt:
        out = _strip_end_punct(out, rng)
    return out


def gen_username(c: Ctx, var, nxt):
    rng, p = c.rng, c.persona
    f = compact(p["first"])
    last = compact(p["last"])
    yy = str(p["dob"][2])[2:]
    kinds = ["initlast", "dot", "under", "short", "nick", "camel", "lastfirst", "dash", "year"]
    v = var or rng.choice(kinds)
    if v == "initlast":
        out = f[0] + last + yy
    elif v == "dot":
        out = f + "." + last
    elif v == "under":
        out = f + "_" + last[0] + str(rng.randint(1, 99))
    elif v == "short":
        out = f + last[:3] + str(rng.randint(10, 999))
    elif v == "nick":
        out = rng.choice(c.pools["pwword"]).lower() + rng.choice(["_", "", "."]) + str(rng.randint(7, 99))
    elif v == "camel":
        out = strip_accents(p["first"]).replace("-", "") + strip_accents(p["last"]).title().replace(" ", "")
    elif v == "lastfirst":
        out = last + f[0] + str(rng.randint(1, 9))
    elif v == "dash":
        out = f + "-" + last
    elif v == "year":
        out = f + str(p["dob"][2])
    else:
        raise ValueError(var)
    return out


def gen_pin(c, var, nxt):
    n = int(var) if var else 4
    return digits(c.rng, n)


def gen_puk(c, var, nxt):
    return digits(c.rng, 8)


def gen_otp(c, var, nxt):
    rng = c.rng
    if var in ("4", "5", "8"):
        return digits(rng, int(var))
    d = digits(rng, 6)
    if var == "sp":
        return d[:3] + " " + d[3:]
    if var == "dash":
        return d[:3] + "-" + d[3:]
    if var == "g":
        return "G-" + d
    if var == "alnum":
        return rand_chars(rng, "ABCDEFGHJKMNPQRSTUVWXYZ23456789", 6)
    if var == "any":
        return rng.choice([d, d, d, d[:3] + " " + d[3:], d[:3] + "-" + d[3:]])
    return d


def gen_wifi_key(c, var, nxt):
    rng = c.rng
    kinds = ["alnum", "alnum", "upper", "hex", "custom", "lower", "grp", "digits"]
    v = var or rng.choice(kinds)
    if v == "alnum":
        out = rand_chars(rng, ALNUM, rng.choice([10, 12, 13, 16, 20]))
    elif v == "upper":
        out = rand_chars(rng, "ABCDEFHJKLMNPRSTUVWXY34679", rng.choice([8, 10, 12, 16]))
    elif v == "hex":
        out = rand_chars(rng, HEX if rng.random() < 0.5 else HEX.upper(), rng.choice([10, 16, 26]))
    elif v == "lower":
        out = rand_chars(rng, "abcdefghkmnpqrstuvwxyz23456789", rng.choice([12, 16]))
    elif v == "grp":
        out = "-".join(rand_chars(rng, "ABCDEFHJKLMNPRSTUVWXY34679", 4) for _ in range(rng.choice([3, 4])))
    elif v == "digits":
        out = digits(rng, rng.choice([10, 12]), True)
    elif v == "custom":
        w = rng.choice(c.pools["pwword"])
        w2 = rng.choice(c.pools["pwword"])
        shape = rng.randrange(5)
        if shape == 0:
            out = f"{w}{w2}{rng.randint(1, 2025)}"
        elif shape == 1:
            out = f"Fam{compact(c.persona['last']).capitalize()}{rng.randint(1, 99)}"
        elif shape == 2:
            out = f"{w.lower()}_{w2.lower()}_{digits(rng, 2)}"
        elif shape == 3:
            out = f"{w}!{w2}{digits(rng, 3)}"
        else:
            out = f"{w.upper()}{digits(rng, 4)}{w2.lower()}"
        out = strip_accents(out)
    else:
        raise ValueError(var)
    if nxt in PUNCT_AFTER or not nxt:
        out = _strip_end_punct(out, rng)
    return out


def _b64url(obj) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _alnum_end(rng, s: str) -> str:
    while not s[-1].isalnum():
        s = s[:-1] + rng.choice(ALNUM)
    return s


def gen_api_key(c, var, nxt):
    rng = c.rng
    kinds = ["sk_live", "pk_live", "rk_live", "ck", "cs", "api", "akia", "awssecret", "aiza",
             "sg", "hex32", "sk_live", "api"]
    v = var or rng.choice(kinds)
    al = UP + LOW + DIG
    if v in ("sk_live", "pk_live", "rk_live"):
        out = v + "_" + rand_chars(rng, al, rng.choice([24, 32, 48]))
    elif v == "ck":
        out = "ck_" + rand_chars(rng, HEX, 40)
    elif v == "cs":
        out = "cs_" + rand_chars(rng, HEX, 40)
    elif v == "api":
        out = "api_" + rand_chars(rng, al, 32)
    elif v == "akia":
        out = "AKIA" + rand_chars(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    elif v == "awssecret":
        out = _alnum_end(rng, rand_chars(rng, al + "/+", 40))
        if not out[0].isalnum():
            out = "K" + out[1:]
    elif v == "aiza":
        out = _alnum_end(rng, "AIza" + rand_chars(rng, al + "-_", 35))
    elif v == "sg":
        out = _alnum_end(rng, "SG." + rand_chars(rng, al + "-_", 22) + "." + rand_chars(rng, al + "-_", 43))
    elif v == "hex32":
        out = rand_chars(rng, HEX, 32)
    else:
        raise ValueError(var)
    return out


def gen_token(c, var, nxt):
    rng = c.rng
    kinds = ["jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40", "opaque", "jwt"]
    v = var or rng.choice(kinds)
    al = UP + LOW + DIG
    if v == "jwt":
        head = _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = _b64url({"sub": str(rng.randint(100000, 9999999)), "iat": rng.randint(1700000000, 1790000000),
                        "scope": rng.choice(["orders:read", "payments", "full", "user"])})
        out = _alnum_end(rng, f"{head}.{body}." + rand_chars(rng, B64URL, 43))
    elif v == "ghp":
        out = "ghp_" + rand_chars(rng, al, 36)
    elif v == "pat":
        out = "github_pat_" + rand_chars(rng, al, 22) + "_" + rand_chars(rng, al, 59)
    elif v == "xoxb":
        out = f"xoxb-{digits(rng, 12, True)}-{digits(rng, 13, True)}-{rand_chars(rng, al, 24)}"
    elif v == "xoxp":
        out = f"xoxp-{digits(rng, 12, True)}-{digits(rng, 12, True)}-{digits(rng, 13, True)}-{rand_chars(rng, HEX, 32)}"
    elif v == "glpat":
        out = _alnum_end(rng, "glpat-" + rand_chars(rng, al + "-_", 20))
    elif v == "hex40":
        out = rand_chars(rng, HEX, 40)
    elif v == "opaque":
        out = _alnum_end(rng, rand_chars(rng, al + "-_.", rng.choice([32, 40, 64])))
        if not out[0].isalnum():
            out = "a" + out[1:]
    elif v == "sess":
        out = rng.choice(["sess_", "st_", "at_"]) + rand_chars(rng, al, 32)
    else:
        raise ValueError(var)
    return out


CARD_BRANDS = {
    "visa": lambda r: ("4", 16),
    "mc": lambda r: (r.choice(["51", "52", "53", "54", "55", "2221", "2300", "2720"]), 16),
    "amex": lambda r: (r.choice(["34", "37"]), 15),
    "maestro": lambda r: (r.choice(["6759", "5018", "6304"]), r.choice([16, 16, 19])),
    "bcmc": lambda r: ("6703", 17),
}


def _group(num: str, sizes, sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(x for x in out if x)


def gen_card(c, var, nxt):
    rng = c.rng
    toks = (var or "").split("_")
    brand = next((t for t in toks if t in CARD_BRANDS), None)
    fmt = next((t for t in toks if t in ("sp", "dsp", "dash", "flat")), None)
    if brand is None:
        brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if fmt is None:
        fmt = rng.choice(["sp", "sp", "sp", "dsp", "dash", "flat"])
    prefix, length = CARD_BRANDS[brand](rng)
    num = luhn_complete(prefix, length, rng)
    c.cache["last_card_brand"] = brand
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    sep = {"sp": " ", "dsp": "  ", "dash": "-", "flat": ""}[fmt]
    return _group(num, sizes, sep) if sep else num


def gen_cvv(c, var, nxt):
    if var == "4" or (var is None and c.cache.get("last_card_brand") == "amex"):
        return digits(c.rng, 4)
    return digits(c.rng, 3)


def gen_card_expiry(c, var, nxt):
    rng = c.rng
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    v = var or rng.choice(["slash", "slash", "slash", "yyyy", "dash", "dashyyyy", "nosep", "spaced"])
    mm, yy = f"{m:02d}", f"{y % 100:02d}"
    return {"slash": f"{mm}/{yy}", "yyyy": f"{mm}/{y}", "dash": f"{mm}-{yy}",
            "dashyyyy": f"{mm}-{y}", "nosep": f"{mm}{yy}", "spaced": f"{mm} / {yy}",
            "dot": f"{mm}.{yy}"}[v]


def _nl_bban(rng, pools):
    return rng.choice(pools["nl_bank_code"]) + digits(rng, 10, True)


def _be_bban(rng, pools):
    first10 = digits(rng, 3, True) + digits(rng, 7)
    chk = int(first10) % 97 or 97
    return first10 + f"{chk:02d}"


def _fr_bban(rng, pools):
    bank, branch, acct = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + f"{key:02d}"


BBAN = {
    "nl": _nl_bban,
    "be": _be_bban,
    "de": lambda r, p: digits(r, 8, True) + digits(r, 10),
    "fr": _fr_bban,
    "gb": lambda r, p: r.choice(p["gb_bank_code"]) + digits(r, 6) + digits(r, 8),
    "es": lambda r, p: digits(r, 20, True),
    "lu": lambda r, p: digits(r, 3, True) + digits(r, 13),
    "ie": lambda r, p: r.choice(p["ie_bank_code"]) + digits(r, 6) + digits(r, 8),
    "at": lambda r, p: digits(r, 16, True),
}


def gen_iban(c, var, nxt):
    rng = c.rng
    toks = (var or "").split("_")
    cc = next((t for t in toks if t in BBAN), None)
    fmt = next((t for t in toks if t in ("grp", "flat", "lower", "cc", "lowergrp", "dbl")), None)
    if cc is None:
        cc = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb",
              "en-us": rng.choice(["de", "nl", "fr", "es", "ie"])}[c.lang]
    if fmt is None:
        fmt = rng.choice(["grp", "grp", "grp", "flat", "flat", "lower", "cc"])
    iban = iban_make(cc.upper(), BBAN[cc](rng, c.pools))
    grp = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if fmt == "grp":
        return grp
    if fmt == "flat":
        return iban
    if fmt == "lower":
        return iban.lower()
    if fmt == "lowergrp":
        return grp.lower()
    if fmt == "dbl":
        return "  ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if fmt == "cc":
        rest = iban[4:]
        return f"{iban[:2]} {iban[2:4]} " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))
    raise ValueError(var)


def gen_bsn(c, var, nxt):
    rng = c.rng
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        r = sum(d[i] * (9 - i) for i in range(8)) % 11
        if r < 10:
            s = "".join(map(str, d)) + str(r)
            break
    if var == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if var == "dots3":
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    return s


# --- personal data ----------------------------------------------------------------------

def _email_parts(c: Ctx, persona):
    rng = c.rng
    f = compact(persona["first"])
    last = compact(persona["last"])
    y = str(persona["dob"][2])
    local = rng.choice([f"{f}.{last}", f"{f}{last}", f"{f[0]}.{last}", f"{f}_{last}{y[2:]}",
                        f"{f}{y}", f"{last}.{f}", f"{f}.{last}{rng.randint(1, 99)}",
                        f"{f}{last[0]}{y[2:]}"])
    dom = rng.choice(c.pools["domain_" + persona["name_region"]])
    return local, dom


def gen_email(c: Ctx, var, nxt, persona=None):
    persona = persona or c.persona
    key = ("email_parts", id(persona))
    if key not in c.cache:
        c.cache[key] = _email_parts(c, persona)
    local, dom = c.cache[key]
    rng = c.rng
    if var == "spaced":
        return f"{local} @ {dom}"
    if var == "words":
        if c.bl == "nl":
            at, dot = rng.choice([(" at ", " punt "), (" apenstaartje ", " punt "), (" at ", " dot ")])
        elif c.bl == "fr":
            at, dot = rng.choice([(" arobase ", " point "), (" at ", " point ")])
        else:
            at, dot = rng.choice([(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)")])
        return local.replace(".", dot) + at + dom.replace(".", dot)
    if var == "caps":
        return (local + "@" + dom).upper() if rng.random() < 0.3 else local.capitalize() + "@" + dom
    return f"{local}@{dom}"


def _phone_digits(c: Ctx, region):
    rng = c.rng
    if region == "nl":
        if rng.random() < 0.8:
            return ("nlmob", "61" + digits(rng, 7))
        return ("nlfix", "20" + digits(rng, 7, True))
    if region in ("vl", "wa"):
        return ("bemob", "4" + rng.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79",
                                           "84", "85", "86", "87", "88", "89", "91", "92", "93",
                                           "94", "95", "96", "97", "98", "99"]) + digits(rng, 6))
    if region == "uk":
        if rng.random() < 0.75:
            return ("ukmob", "7700900" + digits(rng, 3))
        return ("ukfix", "2079460" + digits(rng, 3))
    area = rng.choice(["212", "312", "415", "503", "512", "617", "720", "919", "206", "404"])
    return ("us", area + "55501" + digits(rng, 2))


def _fmt_phone(rng, kind, d, var):
    intl = var == "intl"
    if kind == "nlmob":
        n = d  # 61xxxxxxx (9 digits, without leading 0)
        opts = [f"06-{n[1:]}", f"06 {n[1:]}", f"06 - {n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"06{n[1:]}", f"06-{n[1:5]} {n[5:]}", f"(06) {n[1:5]} {n[5:]}"]
        iopts = [f"+31 6 {n[1:]}", f"+31612{n[3:]}".replace("+31612", "+316" + n[1:3]),
                 f"+31 6 {n[1:5]} {n[5:]}", f"0031 6 {n[1:]}", f"+31 (0)6 {n[1:]}"]
    elif kind == "nlfix":
        n = d
        opts = [f"020-{n[2:5]} {n[5:]}", f"020 {n[2:]}", f"020-{n[2:]}", f"(020) {n[2:5]} {n[5:]}"]
        iopts = [f"+31 20 {n[2:5]} {n[5:]}", f"+3120{n[2:]}"]
    elif kind == "bemob":
        n = d  # 4xxxxxxxx
        opts = [f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"0{n[:3]}/{n[3:6]}.{n[6:]}", f"0{n}", f"0{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}",
                f"0{n[:3]} {n[3:6]} {n[6:]}"]
        iopts = [f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}", f"0032 {n[:3]}/{n[3:6]}.{n[6:]}",
                 f"+32 (0){n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
    elif kind == "ukmob":
        n = d  # 7700900xxx
        opts = [f"07700 900{n[7:]}", f"07700900{n[7:]}", f"07700 900 {n[7:]}"]
        iopts = [f"+44 7700 900{n[7:]}", f"+447700900{n[7:]}", f"0044 7700 900 {n[7:]}"]
    elif kind == "ukfix":
        n = d
        opts = [f"020 7946 0{n[7:]}", f"(020) 7946 0{n[7:]}"]
        iopts = [f"+44 20 7946 0{n[7:]}", f"+44 (0)20 7946 0{n[7:]}"]
    else:
        a, x, y = d[:3], d[3:6], d[6:]
        opts = [f"({a}) {x}-{y}", f"{a}.{x}.{y}", f"{a}-{x}-{y}", f"{a} {x} {y}"]
        iopts = [f"+1 {a} {x} {y}", f"+1 ({a}) {x}-{y}", f"+1-{a}-{x}-{y}", f"1-{a}-{x}-{y}"]
    if intl:
        return rng.choice(iopts)
    if var == "local":
        return rng.choice(opts)
    return rng.choice(opts + opts + iopts)


def gen_phone(c: Ctx, var, nxt, persona=None):
    persona = persona or c.persona
    key = ("phone_digits", id(persona))
    if key not in c.cache:
        c.cache[key] = _phone_digits(c, persona["region"])
    kind, d = c.cache[key]
    return _fmt_phone(c.rng, kind, d, var)


def _nl_postcode(rng):
    while True:
        letters = rng.choice(UP) + rng.choice(UP)
        if letters not in ("SA", "SD", "SS"):
            return str(rng.randint(1011, 9999)), letters


def _house_no(rng, region):
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)]))
    if region == "nl":
        return n + rng.choice(["", "", "", "", "a", "B", "-2", " hs", "-II", " bis"])
    if region == "vl":
        return n + rng.choice(["", "", "", " bus 3", " bus 12", "/2", "A"])
    if region == "wa":
        return n + rng.choice(["", "", "", " bte 5", "/4", " boîte 2", "A"])
    return n


def gen_address(c: Ctx, var, nxt, persona=None):
    persona = persona or c.persona
    key = ("address_parts", id(persona))
    rng = c.rng
    region = persona["region"]
    if key not in c.cache:
        street = rng.choice(c.pools["street_" + region])
        hn = _house_no(rng, region)
        if region == "nl":
            pc = _nl_postcode(rng)
            city = rng.choice(c.pools["city_nl"])
            parts = (street, hn, pc, city)
        elif region in ("vl", "wa"):
            parts = (street, hn, rng.choice(c.pools["city_" + region]))
        elif region == "uk":
            town, area = rng.choice(c.pools["city_uk"])
            pc = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}"
            parts = (street, hn, town, pc, rng.choice(["", "", f"Flat {rng.randint(1, 12)}"]))
        else:
            city, st, z = rng.choice(c.pools["city_us"])
            parts = (street, hn, city, st, z + digits(rng, 2), rng.choice(["", "", f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"]))
        c.cache[key] = parts
    parts = c.cache[key]
    v = var or rng.choice(["full", "full", "full", "nocomma", "street"])
    if region == "nl":
        street, hn, (pc4, pcl), city = parts
        pc = rng.choice([f"{pc4} {pcl}", f"{pc4} {pcl}", f"{pc4}{pcl}"])
        if v == "street":
            return f"{street} {hn}"
        if v == "sig":
            return f"{street} {hn}\n{pc} {rng.choice([city, city, city.upper()])}"
        if v == "nocomma":
            return f"{street} {hn} {pc} {city}"
        if v == "city":
            return f"{street} {hn}, {city}"
        return f"{street} {hn}, {pc} {city}"
    if region in ("vl", "wa"):
        street, hn, (pc, city) = parts
        if region == "wa":
            line1 = f"{street} {hn}" if rng.random() < 0.8 else f"{street}, {hn}"
        else:
            line1 = f"{street} {hn}"
        if v == "street":
            return line1
        if v == "sig":
            return f"{line1}\n{pc} {city}"
        if v == "nocomma":
            return f"{line1} {pc} {city}"
        if v == "city":
            return f"{line1}, {city}"
        return f"{line1}, {pc} {city}"
    if region == "uk":
        street, hn, town, pc, flat = parts
        line1 = f"{hn} {street}"
        if v == "street":
            return line1
        if v == "sig":
            return (f"{flat}\n" if flat else "") + f"{line1}\n{town}\n{pc}"
        if v == "nocomma":
            return f"{line1} {town} {pc}"
        if v == "city":
            return f"{line1}, {town}"
        return (f"{flat}, " if flat else "") + f"{line1}, {town} {pc}"
    street, hn, city, st, z, apt = parts
    line1 = f"{hn} {street}" + (f" {apt}" if apt else "")
    if v == "street":
        return line1
    if v == "sig":
        return f"{line1}\n{city}, {st} {z}"
    if v == "nocomma":
        return f"{line1} {city} {st} {z}"
    if v == "city":
        return f"{line1}, {city}"
    return f"{line1}, {city}, {st} {z}"


def gen_date_of_birth(c: Ctx, var, nxt, persona=None):
    persona = persona or c.persona
    d, m, y = persona["dob"]
    rng = c.rng
    bl = c.bl
    if var is None:
        if c.lang == "en-us":
            var = rng.choice(["us", "us", "words"])
        else:
            var = rng.choice(["dash", "dash", "slash", "dot", "words", "short"])
    if var == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if var == "short":
        return f"{d}-{m}-{y}"
    if var == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if var == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if var == "dmy2":
        return rng.choice([f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}-{m}-{y % 100:02d}"])
    if var == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if var == "us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}"])
    if var == "words":
        if bl == "nl":
            return f"{d} {MONTHS['nl'][m - 1]} {y}"
        if bl == "fr":
            return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
        if c.lang == "en-us":
            return f"{MONTHS['en'][m - 1]} {d}, {y}"
        return rng.choice([f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {MONTHS['en'][m - 1]} {y}"])
    raise ValueError(var)


def gen_ip_address(c: Ctx, var, nxt):
    rng = c.rng
    if var == "v6":
        return rng.choice(["2001:db8:", "2a02:a46f:", "2a02:1810:"]) + ":".join(
            rand_chars(rng, HEX, rng.randint(1, 4)).lstrip("0") or "1" for _ in range(3)) + "::" + rand_chars(rng, HEX, 3)
    first = rng.choice([203, 198, 192, 84, 85, 86, 77, 62, 94, 145, 178, 188, 213, 217, 81, 31])
    if first == 203:
        return f"203.0.113.{rng.randint(2, 254)}"
    if first == 198:
        return f"198.51.100.{rng.randint(2, 254)}"
    if first == 192:
        return f"192.0.2.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def gen_customer_number(c: Ctx, var, nxt):
    rng = c.rng
    sector = c.sector
    shapes = {
        "telco": [lambda: digits(rng, 9, True), lambda: "1." + digits(rng, 8),
                  lambda: digits(rng, 2, True) + "-" + digits(rng, 7), lambda: "KN" + digits(rng, 8)],
        "energy": [lambda: digits(rng, 10, True), lambda: "20" + digits(rng, 7),
                   lambda: "C" + digits(rng, 8), lambda: digits(rng, 3, True) + "." + digits(rng, 3) + "." + digits(rng, 3)],
        "bank": [lambda: digits(rng, 8, True), lambda: "KL" + digits(rng, 7)],
        "shop": [lambda: digits(rng, 8, True), lambda: "K-" + digits(rng, 6, True), lambda: "CUST" + digits(rng, 6)],
        "insurer": [lambda: digits(rng, 9, True), lambda: "R" + digits(rng, 9)],
        "airline": [lambda: digits(rng, 9, True)],
        "api": [lambda: "acct_" + rand_chars(rng, UP + DIG, 12)],
    }.get(sector, [lambda: digits(rng, 9, True)])
    return rng.choice(shapes)()


LABEL_GEN = {
    "password": gen_password, "pin": gen_pin, "puk": gen_puk, "otp": gen_otp,
    "wifi_key": gen_wifi_key, "username": gen_username, "api_key": gen_api_key,
    "token": gen_token, "card": gen_card, "cvv": gen_cvv, "iban": gen_iban, "bsn": gen_bsn,
    "card_expiry": gen_card_expiry, "email": gen_email, "phone": gen_phone,
    "address": gen_address, "date_of_birth": gen_date_of_birth, "ip_address": gen_ip_address,
    "customer_number": gen_customer_number,
}
# kinds whose plain repeated placeholder refers to the same value within a message
PERSONA_BOUND = {"username", "email", "address", "date_of_birth", "customer_number", "ip_address"}

# --- hard negatives ---------------------------------------------------------------------

def neg_amount(c, var, lit):
    r = c.rng
    e = {"high": (150, 900), "small": (2, 15), "mid": (25, 90)}.get(var, (5, 400))
    e = r.randint(*e)
    ct = r.choice(["00", "95", "99", "50", "45", "10", "37"])
    if c.lang == "nl":
        return r.choice([f"€ {e},{ct}", f"€{e},{ct}", f"{e},{ct} euro", f"€ {e},-", f"€{e}", f"EUR {e},{ct}"])
    if c.lang == "nl-be":
        return r.choice([f"€ {e},{ct}", f"{e},{ct} EUR", f"{e} euro", f"€{e},{ct}"])
    if c.lang == "fr-be":
        return r.choice([f"{e},{ct} €", f"{e} €", f"{e},{ct} euros", f"{e} euros"])
    if c.lang == "en-gb":
        return r.choice([f"£{e}.{ct}", f"£{e}", f"€{e}.{ct}", f"£{e:,}.{ct}"])
    return r.choice([f"${e}.{ct}", f"${e}", f"USD {e}.{ct}"])


def neg_company_phone(c, var, lit):
    r = c.rng
    if c.lang == "nl" or var == "nl":
        return r.choice([f"0800-{digits(r, 4)}", f"0800 {digits(r, 3)} {digits(r, 4)}",
                         f"0900-{digits(r, 4)}", f"0900 {digits(r, 3)} {digits(r, 4)}",
                         f"088 {digits(r, 3)} {digits(r, 4)}", f"088-{digits(r, 7)}"])
    if c.lang in ("nl-be", "fr-be"):
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"078/{digits(r, 2)}.{digits(r, 2)}.{digits(r, 2)}",
                         f"0800 {digits(r, 2)} {digits(r, 3)}", f"070 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if c.lang == "en-gb":
        return r.choice([f"0345 {digits(r, 3)} {digits(r, 4)}", f"03457 {digits(r, 6)}",
                         f"0800 {digits(r, 3)} {digits(r, 4)}", f"0333 {digits(r, 3)} {digits(r, 4)}"])
    return r.choice([f"1-800-{digits(r, 3, True)}-{digits(r, 4)}", f"(800) {digits(r, 3, True)}-{digits(r, 4)}",
                     f"1-888-{digits(r, 3, True)}-{digits(r, 4)}", f"1 (877) {digits(r, 3, True)}-{digits(r, 4)}"])


def neg_company_registration(c, var, lit):
    r = c.rng
    v = var or {"nl": "kvk", "nl-be": "kbo", "fr-be": "kbo", "en-gb": "ukco", "en-us": "ein"}[c.lang]
    if v == "kvk":
        return digits(r, 8, True)
    if v == "btw":
        return f"NL{digits(r, 9, True)}B{r.choice(['01', '02'])}"
    if v == "kbo":
        n = "0" + digits(r, 7, True)
        chk = 97 - int(n) % 97
        s = n + f"{chk:02d}"
        return r.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", f"{s[:4]} {s[4:7]} {s[7:]}"])
    if v == "ukco":
        return digits(r, 8)
    if v == "ukvat":
        return f"GB {digits(r, 3, True)} {digits(r, 4)} {digits(r, 2)}"
    return f"{digits(r, 2, True)}-{digits(r, 7)}"


def _date_parts(r):
    return r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2025, 2025, 2026])


def neg_date(c, var, lit):
    r = c.rng
    d, m, y = _date_parts(r)
    bl = c.bl
    wd = r.randrange(7)
    if var == "q":
        if bl == "nl":
            return r.choice([f"{WD_SHORT['nl'][wd]} {d} {MON_SHORT['nl'][m - 1]}. {y}", f"{d} {MON_SHORT['nl'][m - 1]} {y}", f"{d}-{m}-{y}"])
        if bl == "fr":
            return r.choice([f"{WD_SHORT['fr'][wd]} {d} {MON_SHORT['fr'][m - 1]} {y}", f"{d}/{m:02d}/{y}"])
        if c.lang == "en-us":
            return r.choice([f"{WD_SHORT['en'][wd]}, {MON_SHORT['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y}"])
        return r.choice([f"{WD_SHORT['en'][wd]}, {d} {MON_SHORT['en'][m - 1]} {y}", f"{d} {MON_SHORT['en'][m - 1]} {y}"])
    if var == "long":
        if bl == "nl":
            return f"{WEEKDAYS['nl'][wd]} {d} {MONTHS['nl'][m - 1]} {y}"
        if bl == "fr":
            return f"{WEEKDAYS['fr'][wd]} {d} {MONTHS['fr'][m - 1]} {y}"
        if c.lang == "en-us":
            return f"{WEEKDAYS['en'][wd]}, {MONTHS['en'][m - 1]} {d}, {y}"
        return f"{WEEKDAYS['en'][wd]}, {d} {MONTHS['en'][m - 1]} {y}"
    if bl == "nl":
        return r.choice([f"{d} {MONTHS['nl'][m - 1]}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}",
                         f"{WEEKDAYS['nl'][wd]} {d} {MONTHS['nl'][m - 1]}", f"{d} {MON_SHORT['nl'][m - 1]}"])
    if bl == "fr":
        return r.choice([f"{d} {MONTHS['fr'][m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}",
                         f"{WEEKDAYS['fr'][wd]} {d} {MONTHS['fr'][m - 1]}"])
    if c.lang == "en-us":
        return r.choice([f"{MONTHS['en'][m - 1]} {d}", f"{m}/{d}", f"{m}/{d}/{y}", f"{MON_SHORT['en'][m - 1]} {d}th" if d > 3 else f"{MON_SHORT['en'][m - 1]} {d}"])
    return r.choice([f"{d} {MONTHS['en'][m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{WEEKDAYS['en'][wd]} {d} {MONTHS['en'][m - 1]}"])


def neg_time(c, var, lit):
    r = c.rng
    last = c.cache.get("last_hour")
    # several times in one message run forwards (ranges, "asked at X, arrived at Y")
    if var == "evening":
        h = r.randint(19, 22)
    else:
        h = r.randint(7, 17) if last is None else min(23, last + r.randint(1, 4))
    c.cache["last_hour"] = h
    mi = r.choice([0, 5, 10, 15, 20, 30, 42, 45, 53])
    if c.lang == "en-us":
        hh = h % 12 or 12
        return r.choice([f"{hh}:{mi:02d} {'PM' if h >= 12 else 'AM'}", f"{hh}:{mi:02d}{'pm' if h >= 12 else 'am'}"])
    if c.lang == "en-gb":
        return r.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}{'pm' if h >= 12 else 'am'}"])
    if c.lang in ("nl-be", "fr-be"):
        return r.choice([f"{h}u{mi:02d}" if mi else f"{h}u", f"{h}:{mi:02d}", f"{h}h{mi:02d}"])
    return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])


def neg_year(c, var, lit):
    if var == "future":
        return str(c.rng.randint(2026, 2030))
    return str(c.rng.randint(2009, 2025))


def neg_error_code(c, var, lit):
    r = c.rng
    if var == "http":
        return r.choice(["401", "403", "500", "502", "503", "429", "400", "404"])
    if var == "bank":
        return r.choice(["05", "51", "55", "57", "61", "65", "75", "91", "1A", "Z3"])
    if var == "win":
        return "0x" + rand_chars(r, "0123456789ABCDEF", 8)
    return r.choice([f"E-{digits(r, 4, True)}", f"ERR-{digits(r, 4, True)}", f"F{digits(r, 4)}",
                     f"E{digits(r, 3, True)}", f"S{digits(r, 2)}", f"AUTH_{r.choice(['401', '403', '419'])}",
                     f"{r.choice(['PIN', 'SIM', 'NET', 'PAY'])}-{digits(r, 3, True)}",
                     "0x" + rand_chars(r, "0123456789ABCDEF", 8), f"LOS-{digits(r, 2)}",
                     f"error {digits(r, 3, True)}".split(" ")[1]])


def neg_flight_number(c, var, lit):
    r = c.rng
    code = r.choice(["KL", "HV", "SN", "FR", "U2", "BA", "TB", "LH", "AF", "W6", "VY", "TO"])
    num = str(r.randint(11, 9899))
    return r.choice([f"{code}{num}", f"{code} {num}"])


def neg_hashtag(c, var, lit):
    if lit:
        return lit
    return "#" + c.brand["stem"]


def neg_mention(c, var, lit):
    if lit:
        return lit
    if var and var != "brand":
        return "@" + c.brand_for(var)["handle"]
    return "@" + c.brand["handle"]


def neg_invoice_number(c, var, lit):
    r = c.rng
    y = r.choice(["2024", "2025", "2026"])
    return r.choice([f"{y}-{digits(r, 6)}", f"F{y}/{digits(r, 5)}", f"INV-{y}-{digits(r, 4)}",
                     digits(r, 10, True), f"FAC-{digits(r, 7, True)}", f"{y[2:]}{digits(r, 8)}"])


def neg_order_number(c, var, lit):
    r = c.rng
    return r.choice([digits(r, 10, True), f"NL-{digits(r, 7, True)}", f"{digits(r, 3, True)}-{digits(r, 7)}-{digits(r, 7)}",
                     f"BB-{digits(r, 6, True)}", f"#{digits(r, 5, True)}", f"WS{r.choice(['2025', '2026'])}-{digits(r, 6)}",
                     f"{c.brand['stem'][:3].upper()}{digits(r, 8, True)}", f"ORD-{rand_chars(r, UP + DIG, 6)}"])


def neg_ticket_number(c, var, lit):
    r = c.rng
    return r.choice([digits(r, 8), f"#{digits(r, 6, True)}", f"CS-2025-{digits(r, 6, True)}",
                     f"2025/{digits(r, 5, True)}", f"INC{digits(r, 7)}", f"SR-1-{digits(r, 8, True)}",
                     f"{digits(r, 2, True)}-{digits(r, 7)}", f"T{digits(r, 7, True)}"])


def neg_tracking_number(c, var, lit):
    r = c.rng
    v = var or r.choice(["postnl", "dhl", "ups", "bpost", "royal", "usps", "gls"])
    if v == "postnl":
        return "3S" + rand_chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(r, 9)
    if v == "dhl":
        return "JVGL" + digits(r, 16)
    if v == "ups":
        return "1Z" + rand_chars(r, UP + DIG, 6) + digits(r, 10)
    if v == "bpost":
        return "3232" + digits(r, 20)
    if v == "royal":
        return rand_chars(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(r, 9) + "GB"
    if v == "usps":
        return "9400" + digits(r, 18)
    return digits(r, 11, True)


def neg_meter_reading(c, var, lit):
    r = c.rng
    v = var or r.choice(["int", "int", "dec", "dot"])
    if v == "int":
        return digits(r, 5)
    if v == "dec":
        return f"{r.randint(100, 45000)},{r.randint(0, 9)}"
    return f"{r.randint(1, 48)}.{digits(r, 3)}"


def neg_model_number(c, var, lit):
    if lit:
        return lit
    v = c.rng.choice(c.pools["model_" + (var or "router")])
    if var == "phone":
        c.cache["phone_model"] = v
    return v


def neg_product_code(c, var, lit):
    r = c.rng
    v = var or r.choice(["ean", "sku", "art"])
    if v == "ean":
        return ean13_complete(r.choice(["871", "872", "540", "541", "400", "501"]) + digits(r, 9))
    if v == "sku":
        return r.choice([f"SKU-{digits(r, 4)}-{rand_chars(r, UP, 3)}", digits(r, 8, True), f"{rand_chars(r, UP, 2)}{digits(r, 6)}"])
    return r.choice([f"{digits(r, 4, True)}-{digits(r, 2)}", f"{digits(r, 6, True)}", f"{digits(r, 3, True)}.{digits(r, 3)}.{digits(r, 2)}"])


def neg_version_string(c, var, lit):
    if lit:
        return lit
    r = c.rng
    v = var or r.choice(["ios", "android", "app", "fw"])
    model = c.cache.get("phone_model")
    if model and v in ("ios", "android"):
        # the operating system has to match the phone named in the same message
        v = "ios" if model.startswith("iPhone") else "android"
    if v == "ios":
        return f"iOS {r.choice(['16', '17', '18'])}.{r.randint(0, 6)}" + (f".{r.randint(1, 3)}" if r.random() < 0.5 else "")
    if v == "android":
        return f"Android {r.choice(['12', '13', '14', '15'])}"
    if v == "fw":
        return f"{r.randint(6, 8)}.{r.randint(10, 60)}" + (f".{r.randint(1, 9)}" if r.random() < 0.4 else "")
    return f"{r.randint(2, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}"


def neg_percentage(c, var, lit):
    r = c.rng
    n = r.choice([str(r.randint(2, 25)), str(r.randint(1, 9)) + ("," if c.bl != "en" else ".") + str(r.randint(1, 9))])
    return n + r.choice(["%", "%", " %"]) if c.bl != "en" else n + "%"


def neg_quantity(c, var, lit):
    r = c.rng
    v = var or r.choice(["gb", "mbps", "kwh", "m3"])
    dec = "," if c.bl != "en" else "."
    th = "." if c.bl == "nl" else ("\u202f" if c.bl == "fr" else ",")
    if v == "gb":
        return f"{r.choice([2, 5, 6, 10, 20, 25, 40, 50, 100])} GB" if r.random() < 0.8 else f"{r.randint(1, 9)}{dec}{r.randint(1, 9)} GB"
    if v == "mbps":
        # a second speed in one message is what the customer measures: lower than the first
        prev = c.cache.get("last_mbps")
        n = r.choice([100, 200, 400, 500, 1000]) if prev is None else r.randint(2, max(3, prev // 4))
        c.cache["last_mbps"] = n
        return r.choice([f"{n} Mbps", f"{n} Mbit/s", f"{n} Mb/s"])
    if v == "kwh":
        n = r.randint(1200, 5400)
        return f"{n // 1000}{th}{n % 1000:03d} kWh"
    if v == "m3":
        return f"{r.randint(400, 2200)} m³" if r.random() < 0.7 else f"{r.randint(400, 2200)} m3"
    if v == "min":
        n = r.choice([15, 20, 25, 35, 40, 45, 50, 55])
        return f"{n} {r.choice(['minuten', 'min']) if c.bl == 'nl' else 'minutes'}"
    raise ValueError(var)


def neg_url(c, var, lit):
    r = c.rng
    dom = c.brand["domain"]
    nl_paths = {"telco": ["/storing", "/help/wifi", "/support/sim", "/mijn"],
                "bank": ["/inloggen", "/service", "/app", "/veiligheid"],
                "energy": ["/meterstanden", "/mijn", "/service"],
                "shop": ["/klantenservice", "/retourneren", "/bestellingen"]}.get(c.sector, ["/klantenservice"])
    path = r.choice(["", "/contact", "/status"] + nl_paths) if c.bl == "nl" else \
        r.choice(["", "/aide", "/fr/assistance", "/statut", "/contact"]) if c.bl == "fr" else \
        r.choice(["", "/help", "/status", "/support", "/account"])
    if c.sector == "api":
        path = r.choice(["/docs", "/docs/authentication", "/v2/orders", "/status", "/dashboard/keys"])
    return r.choice([f"https://www.{dom}{path}", f"www.{dom}{path}", f"{dom}{path}", f"https://{dom}{path}",
                     f"https://mijn.{dom}" if c.bl == "nl" else f"https://{dom}{path}"])


def neg_masked_value(c, var, lit):
    r = c.rng
    v = var or r.choice(["card", "iban", "stars", "phone", "tail"])
    if v == "card":
        return r.choice([f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}", f"•••• {digits(r, 4)}",
                         f"************{digits(r, 4)}"])
    if v == "iban":
        cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(c.lang, "GB")
        return r.choice([f"{cc}** **** **** **{digits(r, 2)}", f"{cc}XX XXXX XXXX XX{digits(r, 2)}", f"{cc}** **** **** {digits(r, 4)}"])
    if v == "stars":
        return r.choice(["********", "••••••••", "******", "**********"])
    if v == "phone":
        return r.choice({"nl": [f"06-****{digits(r, 4)}", f"+31 6 ****{digits(r, 4)}", f"06******{digits(r, 2)}"],
                         "nl-be": [f"04** ** ** {digits(r, 2)}", f"+32 4** ** ** {digits(r, 2)}"],
                         "fr-be": [f"04** ** ** {digits(r, 2)}", f"+32 4** ** ** {digits(r, 2)}"],
                         "en-gb": [f"07*** ***{digits(r, 3)}", f"*******{digits(r, 3)}"],
                         "en-us": [f"(***) ***-{digits(r, 4)}", f"***-***-{digits(r, 4)}"]}[c.lang])
    if v == "tail":
        return r.choice([f"*{digits(r, 4)}", f"...{digits(r, 4)}", f"xxx{digits(r, 3)}"])
    if v == "email":
        return r.choice(["j***@g****.com", "s****@h******.nl", "m***e@***.be"])
    raise ValueError(var)


NEG_GEN = {k: globals()["neg_" + k] for k in NEG_KINDS}


# --- unlabelled fillers -----------------------------------------------------------------

def fill(c: Ctx, kind, var):
    r = c.rng
    if kind == "name":
        return c.persona["name"]
    if kind == "first":
        if var == "other":
            if "first_other" not in c.cache:
                c.cache["first_other"] = r.choice([x for x in c.pools["first_" + c.region] if x != c.persona["first"]])
            return c.cache["first_other"]
        return c.persona["first"]
    if kind == "last":
        return c.persona["last"]
    if kind == "city":
        key = ("city", var)
        if key not in c.cache:
            reg = var or c.region
            used = c.cache.setdefault("cities_used", set())
            for _ in range(20):
                v = r.choice(c.pools["city_" + reg])
                v = v if isinstance(v, str) else (v[1] if reg in ("vl", "wa") else v[0])
                if v not in used:
                    break
            used.add(v)
            c.cache[key] = v
        return c.cache[key]
    if kind == "brand":
        return c.brand_for(var)["name"] if var else c.brand["name"]
    if kind == "ssid":
        if "ssid" not in c.cache:
            stem = c.brand_for("telco")["stem"]
            c.cache["ssid"] = r.choice([f"{stem}-{rand_chars(r, HEX.upper(), 4)}", f"{stem}WiFi{digits(r, 5)}",
                                        f"{stem}_5G_{rand_chars(r, HEX, 4)}", f"Modem-{digits(r, 4)}",
                                        f"{stem}-Guest", f"H369A{rand_chars(r, HEX.upper(), 4)}"])
        return c.cache["ssid"]
    if kind == "agent":
        if "agent" not in c.cache:
            c.cache["agent"] = r.choice(c.pools["first_" + c.region])
        return c.cache["agent"]
    if kind == "initials":
        if "initials" not in c.cache:
            c.cache["initials"] = r.choice(UP) + r.choice(UP)
        return c.cache["initials"]
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------
# templates and rendering
# ----------------------------------------------------------------------------------------
FAMILY_SECTOR = {
    "login": "any", "password": "any", "sim": "telco", "cardpin": "bank", "otp": "any",
    "wifi": "telco", "api": "api", "card": "any", "iban": "any", "bsn": "insurer",
    "contact": "any", "energy": "energy", "shop": "shop", "outage": "telco",
    "billing": "any", "airline": "airline", "insurer": "insurer", "ip": "telco",
    "agent": "any", "cue_neg": "any", "bank": "bank", "fraud": "bank", "dev": "api",
}
ANY_SECTORS = ["telco", "telco", "energy", "bank", "bank", "shop"]


class Template:
    def __init__(self, family, lang, reg, text, sector=None, region=None, ch=None):
        assert lang in LANGS, lang
        assert reg in REG_CHANNELS, reg
        self.family, self.lang, self.reg = family, lang, reg
        self.sector = sector or FAMILY_SECTOR[family]
        self.region = region or REGION_OF_LANG[lang]
        self.ch = ch
        if reg == "email":
            subj, _, body = text.partition("\n")
            self.subject, self.body = subj.strip(), body.strip("\n")
        else:
            self.subject, self.body = None, text
        self.group = (family, lang, reg)
        self.tid = None
        self.half = None
        kinds = [m.group(2) for m in PH_RE.finditer(self.body.replace("{{", "\x02").replace("}}", "\x03"))
                 if not m.group(1)]
        for m in PH_RE.finditer(self.body.replace("{{", "\x02").replace("}}", "\x03")):
            neg, kind = m.group(1), m.group(2)
            if neg:
                assert kind in NEG_KINDS, (kind, text)
            else:
                assert kind in LABELS or kind in FILLERS, (kind, text)
        self.hr_kinds = sorted({k for k in kinds if k in HIGH_RISK})
        self.label_kinds = sorted({k for k in kinds if k in LABELS})
        self.cat = "hr" if self.hr_kinds else ("other" if self.label_kinds else "none")

    def phrasings(self):
        """(kind, context) for every high-risk slot: the cue text around the slot."""
        text = self.body.replace("{{", "\x02").replace("}}", "\x03")
        norm = PH_RE.sub(lambda m: "<" + m.group(2) + ">", text)
        out = []
        for m in re.finditer(r"<([a-z_]+)>", norm):
            if m.group(1) in HIGH_RISK:
                before = norm[max(0, m.start() - 28):m.start()].lower()
                after = norm[m.end():m.end() + 10].lower()
                out.append((m.group(1), before + "|" + after))
        return out


TEMPLATES: list[Template] = []


def G(family, lang, reg, block, **kw):
    for part in re.split(r"^--\s*$", block, flags=re.M):
        part = part.strip("\n")
        if part.strip():
            TEMPLATES.append(Template(family, lang, reg, part, **kw))


def render(tpl_text: str, c: Ctx):
    text = tpl_text.replace("{{", "\x02").replace("}}", "\x03")
    out, spans, negs = [], [], []
    pos = 0
    length = 0
    for m in PH_RE.finditer(text):
        lit = text[pos:m.start()]
        out.append(lit)
        length += len(lit)
        neg, kind, var, literal, tag = m.groups()
        nxt = text[m.end()] if m.end() < len(text) else ""
        if neg:
            if tag:
                nkey = ("neg", kind, var, tag)
                if nkey not in c.cache:
                    c.cache[nkey] = NEG_GEN[kind](c, var, literal)
                value = c.cache[nkey]
            else:
                value = NEG_GEN[kind](c, var, literal)
        elif kind in LABELS:
            if literal is not None:
                raise ValueError("literal values are not allowed for labels: " + m.group(0))
            persona = c.persona
            if tag and kind in ("email", "phone", "address", "date_of_birth"):
                pk = ("persona", tag)
                if pk not in c.cache:
                    c.cache[pk] = c.make_persona(kid=(tag == "kid"))
                persona = c.cache[pk]
            ckey = (kind, var, tag)
            if tag or kind in PERSONA_BOUND:
                if ckey not in c.cache:
                    if kind in ("email", "phone", "address", "date_of_birth"):
                        c.cache[ckey] = LABEL_GEN[kind](c, var, ".", persona=persona)
                    else:
                        c.cache[ckey] = LABEL_GEN[kind](c, var, ".")
                value = c.cache[ckey]
            elif kind in ("email", "phone", "address", "date_of_birth"):
                value = LABEL_GEN[kind](c, var, nxt, persona=persona)
            else:
                value = LABEL_GEN[kind](c, var, nxt)
        else:
            value = fill(c, kind, var)
        if not neg and kind in LABELS:
            spans.append({"type": kind, "start": length, "end": length + len(value)})
        elif neg:
            negs.append({"kind": kind, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out).replace("\x02", "{").replace("\x03", "}")
    return result, spans, negs


# ----------------------------------------------------------------------------------------
# e-mail wrapping (greeting, filler, sign-off, signature, quoted history): pools per language,
# dealt to the halves like every other pool
# ----------------------------------------------------------------------------------------
SUBJ_LABEL = {"nl": "Onderwerp: ", "nl-be": "Onderwerp: ", "fr-be": "Objet : ",
              "en-gb": "Subject: ", "en-us": "Subject: "}
WRAP: dict[str, dict[str, list]] = {}


def W(lang, part, block):
    for p in re.split(r"^--\s*$", block, flags=re.M):
        p = p.strip("\n")
        if p.strip():
            WRAP.setdefault(lang, {}).setdefault(part, []).append(p)


def has_label(s: str) -> bool:
    return any(not m.group(1) and m.group(2) in LABELS for m in PH_RE.finditer(s))


def compose_email(t: Template, wrap: dict, rng: random.Random, mode: str) -> str:
    """mode: clean (no labelled value in the wrapper), pii (at least one), any."""
    lw = wrap[t.lang]
    sigs = lw["sig"]
    quotes = lw["quote"]
    clean_sigs = [s for s in sigs if not has_label(s)]
    pii_sigs = [s for s in sigs if has_label(s)]
    clean_q = [q for q in quotes if not has_label(q)]
    pii_q = [q for q in quotes if has_label(q)]
    if mode == "clean":
        sig = rng.choice(clean_sigs)
        quote = rng.choice(clean_q) if rng.random() < 0.35 else None
    elif mode == "pii":
        if rng.random() < 0.7:
            sig = rng.choice(pii_sigs)
            quote = rng.choice(quotes) if rng.random() < 0.35 else None
        else:
            sig = rng.choice(sigs)
            quote = rng.choice(pii_q)
    else:
        sig = rng.choice(sigs)
        quote = rng.choice(quotes) if rng.random() < 0.35 else None
    subject = t.subject
    if quote is not None:
        subject = rng.choice({"nl": ["RE: ", "Re: ", "Antw: "], "nl-be": ["RE: ", "Re: ", "Antw: "],
                              "fr-be": ["RE: ", "Re : ", "TR: "], "en-gb": ["RE: ", "Re: "],
                              "en-us": ["RE: ", "Re: "]}[t.lang]) + subject
    elif rng.random() < 0.08:
        subject = ("Fwd: " if rng.random() < 0.5 else "FW: ") + subject
    lines = []
    if rng.random() < 0.93:
        lines += [SUBJ_LABEL[t.lang] + subject, ""]
    if rng.random() < 0.88:
        lines += [rng.choice(lw["greet"]), ""]
    lines.append(t.body)
    if rng.random() < 0.4:
        lines += ["", rng.choice(lw["filler"])]
    lines += ["", rng.choice(lw["signoff"]) + "\n" + sig]
    if quote is not None:
        lines += ["", quote]
    return "\n".join(lines)


# ========================================================================================
# TEMPLATES
# Lines "--" separate templates.  For e-mail templates the first line is the subject.
# ========================================================================================

# ---- login: user name + password -------------------------------------------------------
G("login", "nl", "chat", """
Hoi, ik kom niet meer in Mijn {brand}. Gebruikersnaam {username}, wachtwoord {password}. Wat doe ik fout?
--
kan niet inloggen, {username} {password} klopt toch??
--
inloggen met {username} en ww {password} lukt niet meer sinds de update van de app
--
Goedemorgen
Ik probeer in te loggen in de app
inlog {username} pw={password}
krijg steeds foutcode {~error_code} te zien
--
{password} is mijn ww en {username} de gebruikersnaam, heb ze net nog overgetypt van mijn briefje
--
credentials: {username}:{password} (zo staat het in mijn wachtwoordmanager)
--
mijn zoon heeft het account aangemaakt, gebruikesnaam is {username} en het wachtwood {password} maar het wordt niet geaccepteerd
--
user: {username}
pass: {password}
werkt niet 🙄
--
Ik heb al 3x een nieuw wachtwoord aangemaakt. Laatste is {password}
Login naam {username}
Krijg elke keer "gegevens onjuist"
--
{username} / {password}
Dat zijn mijn inloggegevens, kunnen jullie kijken waarom het niet werkt?
--
Hallo
Mijn account is geblokkeerd
Gebruikersnaam: {username}
Wachtwoord was {password}
Kunnen jullie het vrijgeven? Ik moet vandaag nog iets regelen
--
help ik weet niet meer met welk mailadres ik inlog. mijn gebruikersnaam is {username} en mijn paswrd {password} volgens mij
--
inlognaam={username}; wachtwoord={password}. Graag snel reactie want ik moet mijn factuur betalen
--
Ik heb het wachtwoord van mijn moeder aangepast naar {password} (haar inlog is {username}) maar zij krijgt nog steeds de melding dat het verlopen is
--
Ik log in als {username} met {password} en dan zegt hij na het laden weer: sessie verlopen. Telefoon is een {~model_number:phone}
--
Wachtwoord: {password}
Gebruiker: {username}
Alsjeblieft fixen, ik betaal wel elke maand {~amount:mid}
--
Ik typ echt precies {username} en dan {password}, hoofdletter en al. Toch "onbekende combinatie"
--
Heb je mijn gebruikersnaam nodig? Die is {username}. En het wachtwoord dat ik net heb ingesteld: {password}
""")
G("login", "nl", "email", """
Kan niet inloggen op Mijn {brand}
Sinds gisteren kan ik niet meer inloggen op mijn account. Ik gebruik de gebruikersnaam {username} met het wachtwoord {password}, dat heb ik vorige week zelf ingesteld.

Ik krijg de foutmelding {~error_code}. Zouden jullie kunnen kijken wat er mis is?
--
Account geblokkeerd
Na drie pogingen is mijn account geblokkeerd. Voor de zekerheid mijn gegevens:

Login: {username}
WW: {password}
Klantnummer: {customer_number}

Ik hoor graag hoe ik weer toegang krijg.
--
Inloggen lukt niet (tweede mail)
Ik heb vorige week al gemaild maar nog geen antwoord gehad. Ik kan nog steeds niet inloggen. Mijn inloggegevens zijn {username} en {password}. Ik heb de app al verwijderd en opnieuw geïnstalleerd ({~version_string:app}), zonder resultaat.
""")
G("login", "nl", "public", """
{~mention} waarom werkt jullie app niet?? inlog {username} ww {password} en hij blijft maar laden {~hashtag=#storing}
--
{~mention} al 2 dagen kan ik niet inloggen. gebruikersnaam {username}, wachtwoord {password}. Wie helpt mij?? 😡
""")
G("login", "nl-be", "chat", """
Goeiedag, ik geraak niet binnen in de app. Mijn gebruikersnaam is {username} en paswoord {password}. Wat moet ik doen?
--
allez, al voor de 3de keer: login {username} paswoord {password} en ge zegt dat het verkeerd is
--
Ik heb mijn paswoord veranderd naar {password} maar het wordt ni aanvaard. Login = {username}
--
{username} + {password} → "ongeldige gegevens". Kan iemand da eens nakijken aub
--
Dag, mijn dochter heeft een account gemaakt op mijn naam. Gebruikersnaam: {username} / pasw: {password}
Ik wil dat zelf beheren
--
ik ben ingelogd geweest met {username}, paswoord was {password}, maar nu zegt hij dat dat account ni bestaat??
--
Mijn gegevens:
gebruiker {username}
paswoord {password}
Sinds de update op mijn {~model_number:phone} kan ik er ni meer in
""")
G("login", "nl-be", "email", """
Probleem met inloggen
Ik probeer al heel de week in te loggen op uw website maar het lukt niet. Mijn gegevens zijn:
gebruiker {username}
paswoord {password}

Kunt u mij laten weten wat er scheelt?
--
Aanmelden onmogelijk
Sinds de vernieuwing van uw website kan ik mij niet meer aanmelden. Ik gebruik nog altijd dezelfde login ({username}) en hetzelfde paswoord ({password}). Op de oude site werkte dat perfect.
""")
G("login", "fr-be", "chat", """
Bonjour, je n'arrive plus à me connecter. Identifiant : {username} mot de passe : {password}. Merci de vérifier
--
mon mdp c'est {password} et mon login {username}, ça ne marche pas depuis hier
--
login = {username}
mot de passe = {password}
svp c'est urgent, je dois payer ma facture
--
J'ai créé un compte avec l'identifiant {username} et le mot de passe {password} mais je reçois "compte inconnu"
--
Mon nom d'utilisateur est {username}. Mot de passe {password}. Ça bloque à l'écran de chargement
""")
G("login", "fr-be", "email", """
Problème de connexion
Depuis la mise à jour de l'application, impossible de me connecter à mon espace client. J'utilise l'identifiant {username} et le mot de passe {password}.

Pourriez-vous regarder ce qui ne va pas ?
""")
G("login", "en-gb", "chat", """
Hi, can't log in to my account. Username is {username}, password {password}. Any ideas?
--
tried logging in with {username} and {password} about ten times now, still says incorrect details
--
username {username} pass {password}
can you check why it's not working pls
--
My login is {username} and the password I set yesterday is {password}. The app just spins
""")
G("login", "en-gb", "email", """
Locked out of my online account
I've been locked out of my online account after changing my password yesterday. The new password is {password} and my username is {username}. I'd be grateful if you could unlock it as I need to download my bill before Friday.
""")
G("login", "en-us", "chat", """
Hey, your app keeps rejecting my login. user: {username} pw: {password}. What gives?
--
Login creds are {username} / {password} – support told me last week it was fixed but nope
--
ok so the username is {username}
and password {password}
still locked out
""")
G("login", "en-us", "email", """
Unable to access account
I have been unable to sign in to my account since Tuesday.
Login: {username}
Password: {password}
Please advise.
""")
G("login", "en-gb", "public", """
{~mention} 3 days now I can't get into my account. username {username} password {password}, do something!!
""")

# ---- password without a user name ----------------------------------------------------
G("password", "nl", "chat", """
Mijn wachtwoord is {password} maar hij zegt steeds dat het fout is
--
ww vergeten, was het {password} of {password}?? ik weet het echt niet meer
--
Ik heb zojuist mijn wachtwoord gewijzigd in {password}, maar in de app blijft het oude staan
--
tijdelijk wachtwoord uit jullie brief ({password}) werkt niet
--
pw is {password} 🙈 niet doorvertellen haha
--
{password:rand}
--
nieuw wachtwoord: {password}
oud wachtwoord: {password}
allebei afgewezen
--
Uw collega zei dat ik het wachtwoord moest doorgeven. Dat is {password}
--
Ik heb {password} als wachtwoord ingesteld en nu zegt hij dat het niet aan de eisen voldoet? Er staat toch een hoofdletter en een cijfer in
""")
G("password", "nl", "email", """
Wachtwoord wordt niet geaccepteerd
Ik heb via de link in jullie mail een nieuw wachtwoord aangemaakt ({password}), maar als ik daarmee inlog krijg ik de melding dat mijn wachtwoord onjuist is. Ik had de link om {~time} aangevraagd en om {~time} was hij al verlopen.
""")
G("password", "nl-be", "chat", """
paswoord is {password}, ik heb het 3 keer getypt
--
Mijn nieuw paswoord ({password}) werkt op de website maar ni in de app
--
ik heb het wachtwoord veranderd want ik dacht dat iemand erin zat, nu is het {password}, is dat veilig genoeg?
""")
G("password", "fr-be", "chat", """
Le mot de passe provisoire ({password}) que vous m'avez envoyé ne fonctionne pas
--
mdp {password} refusé alors que je viens de le changer
""")
G("password", "en-gb", "chat", """
{password} is what I set it to this morning, definitely typed it right
--
password: {password} – it worked on the website but the app says invalid
""")
G("password", "en-us", "chat", """
My password is {password} and the site keeps saying it's wrong. I reset it twice already.
--
new pw {password} doesn't meet your "requirements" apparently?? it has a number AND a capital
""")

# ---- SIM: PIN and PUK -------------------------------------------------------------------
G("sim", "nl", "chat", """
Mijn simkaart is geblokkeerd, ik heb 3x de verkeerde pincode ingetoetst. Nu vraagt hij om de PUK. Op het kaartje staat PUK {puk} maar die werkt niet?
--
Heb de puk {puk} ingevoerd en nieuwe pin {pin} gekozen, maar nu krijg ik {~error_code}
--
SIM PIN is {pin}, PUK {puk}. telefoon blijft zeggen sim geblokkeerd
--
puk code: {puk}
sim pin: {pin}
werkt allebei niet 😩
--
Mijn pincode van de sim was altijd {pin}, sinds de nieuwe telefoon ({~model_number:phone}) opeens niet meer goed
--
ik heb het plastic kaartje nog, PUK1 {puk} PUK2 {puk} welke moet ik hebben
--
{puk} is de puk van mijn nieuwe simkaart maar hij zegt "PUK onjuist". Nog 7 pogingen over
--
pukcode {puk} pincdoe {pin} nieuwe sim besteld via {~url}, die is nog niet binnen
--
Ik heb eSIM, waar vind ik de PUK? Oude pin was {pin}
--
toestel zegt SIM-pin vereist, ik typ {pin} maar dan gaat hij naar PUK. Heb geen puk meer, doos is weg
--
puk: {puk}

zo goed?
--
De pin van mijn sim heb ik ooit veranderd in {pin} en nu vraagt hij ineens ook om een PUK-code. Op de houder staat {puk}, klopt dat nog?
--
goedemiddag, de simpin van mijn vader is {pin} (heeft hij ooit zelf ingesteld) maar de {~model_number:phone} pakt hem niet
""")
G("sim", "nl", "email", """
Simkaart geblokkeerd
Mijn moeder heeft haar telefoon geblokkeerd door een verkeerde pincode. Ik heb de PUK-code van de simkaarthouder gevonden: {puk}. Moet ze daarna een nieuwe pincode kiezen of blijft {pin} gewoon geldig?

Haar nummer is {phone@rel}.
--
PUK-code opvragen
Mijn simkaart vraagt om een PUK-code. Ik kan in Mijn {brand} niet inloggen om die op te zoeken. Mijn klantnummer is {customer_number} en het telefoonnummer is {phone}. Kunt u mij de PUK sturen?
""")
G("sim", "nl", "public", """
{~mention} sim geblokkeerd, puk {puk} wordt niet geaccepteerd. Nu zit ik zonder telefoon op vakantie 😤 {~hashtag=#klantenservice}
""")
G("sim", "nl-be", "chat", """
Mijn simkaart vraagt nen PUK code, ik heb {puk} geprobeerd van de kaart maar ni goe
--
Goeiedag, de pincode van mijn sim is {pin}, da's al jaren zo, en nu staat er "pin verkeerd"?
--
PUK: {puk} / PIN: {pin}
Ik ben ze beu
--
amai, 2 keer de puk {puk} fout ingegeven omdat ik 1 cijfer verkeerd las
--
Ik heb een nieuwe gsm en die vraagt de pincode van mijn simkaart. Ik dacht {pin} maar dat is het niet. Hoe kom ik aan mijne PUK?
--
de pukcode die op mijn factuur staat ({puk}) is die nog geldig als ik een nieuwe sim heb gekregen?
""")
G("sim", "nl-be", "email", """
Geblokkeerde simkaart
Na het herstarten van mijn gsm vroeg hij de pincode. Ik heb {pin} ingegeven maar dat was blijkbaar fout. Nu vraagt hij een PUK-code. Op mijn contract staat {puk} maar ook die wordt geweigerd.

Kunnen jullie mij helpen? Ik ben bereikbaar op het nummer van mijn partner: {phone@rel}.
""")
G("sim", "fr-be", "chat", """
Bonjour, ma carte SIM est bloquée. Le code PUK sur la carte est {puk} mais il est refusé
--
code pin sim {pin} puk {puk} rien ne marche
--
J'ai mis le code PIN {pin} trois fois, maintenant il veut le PUK. Je le trouve où ?
--
Le PUK que votre collègue m'a donné par téléphone, c'était {puk}. Il ne passe pas
""")
G("sim", "fr-be", "email", """
Carte SIM bloquée
Mon téléphone me demande le code PUK. J'ai essayé {puk}, qui figure sur le support de la carte, sans succès. Mon ancien code PIN était {pin}.

Merci de me recontacter au {phone@rel} (numéro de mon mari).
""")
G("sim", "en-gb", "chat", """
my sim is locked, PUK on the card says {puk} but it's rejected
--
SIM pin {pin} doesn't work anymore after I swapped phones, now asking for PUK. Is it {puk}? that's what's printed on the holder
--
what's the PUK for my number? tried {puk} from the old card
""")
G("sim", "en-us", "chat", """
Phone says SIM PIN locked. I entered {pin} (the one I set) three times. Need the PUK please
--
PUK {puk} isn't working. Tech at the store set the SIM PIN to {pin} and never told me
""")
G("sim", "en-gb", "email", """
SIM blocked – PUK not accepted
I've entered the PUK code {puk} that came with my SIM and the phone says it's incorrect. I have 6 attempts left and I'm nervous about using them up. My SIM PIN used to be {pin}.
""")

# ---- bank card PIN, app PIN --------------------------------------------------------------
G("cardpin", "nl", "chat", """
Mijn pinpas wordt geweigerd, pincode {pin} is echt goed, ik gebruik hem al jaren
--
Ik heb een nieuwe pas gekregen maar de pincodebrief is niet aangekomen. Oude pin was {pin}, blijft die hetzelfde?
--
pincode {pin} werkt bij de automaat maar niet in de winkel, foutcode {~error_code:bank}
--
De app vraagt een 5-cijferige code, ik heb {pin:5} ingesteld maar hij zegt onjuist
--
mijn pin is {pin} en hij is geblokkeerd na 3 pogingen, nu kan ik niks betalen
--
app pincode vergeten, was {pin:5} of {pin:5} denk ik
--
{pin} is mijn pincode toch? Heb het nieuwe pasje vandaag gekregen en de brief ligt nog bij mijn ex
--
Beste, ik heb bij het tankstation 2x een verkeerde pin ingetoetst ({pin} ipv {pin}), nu durf ik niet meer. Is mijn pas geblokkeerd?
--
de pas van mijn moeder, pincode {pin}, wordt overal geweigerd. Ze is 84 en raakt in paniek
--
inlogcode van de bankapp: {pin:5}. Die heb ik vorige maand zelf gekozen maar nu zegt de app "onjuiste code"
""")
G("cardpin", "nl", "email", """
Pinpas ingeslikt
Gisteren werd mijn pinpas ingeslikt bij de geldautomaat in {city}. Ik weet zeker dat ik de juiste pincode ({pin}) heb ingetoetst. Kunt u een nieuwe pas sturen naar mijn adres {address}?
""")
G("cardpin", "nl-be", "chat", """
Mijn bankkaart werd geweigerd bij de bakker, pincode {pin} nochtans juist
--
Ik heb mijn pincode veranderd naar {pin} aan de automaat maar de app kent die niet?
--
Pincode bankkaart: {pin}. Kaart geblokkeerd na 3x, wat nu
--
ik weet mijn geheime code ni meer, was het {pin} of {pin}? Kaart zit in mijn portefeuille
""")
G("cardpin", "nl-be", "email", """
Kaart geweigerd aan de kassa
Sinds maandag wordt mijn bankkaart geweigerd in alle winkels. Ik geef telkens dezelfde pincode in ({pin}) en die heeft altijd gewerkt. Aan de automaat in {city} kon ik wel geld afhalen. Hoe kan dat?
""")
G("cardpin", "fr-be", "chat", """
Ma carte est bloquée après 3 essais, pourtant mon code est {pin}
--
J'ai reçu ma nouvelle carte mais le code secret {pin} ne fonctionne pas au terminal
--
code de l'appli bancaire {pin:6}, il me dit "code erroné" depuis ce matin
""")
G("cardpin", "en-gb", "chat", """
card keeps getting declined, PIN is {pin}, I've used it for years
--
set a new app passcode {pin:6} and it still says incorrect
""")
G("cardpin", "en-us", "chat", """
I changed my debit card PIN to {pin} at the ATM yesterday and now it's declined everywhere
--
the 6 digit passcode for the app is {pin:6}, it locked me out anyway
""")

# ---- one-time / SMS / 2FA codes ---------------------------------------------------------
G("otp", "nl", "chat", """
Ik krijg wel een sms-code ({otp}) maar als ik hem invul zegt de app dat hij verlopen is
--
verificatiecdoe {otp} werkt niet
--
code uit de sms: {otp:sp}
--
Jullie sturen me steeds codes, net weer {otp}. Ik heb niks aangevraagd, is dit fraude?
--
2FA code is {otp:dash} maar na invullen gebeurt er niks
--
U vroeg om de code uit de sms, die is {otp}
--
Iemand belde namens jullie en vroeg de code die ik net kreeg. Ik heb {otp} doorgegeven 😰 wat nu?
--
Bevestigingscode {otp} komt pas na 10 minuten binnen en is dan al ongeldig
--
mijn eenmalige code is {otp} en de app blijft hangen op "controleren"
--
de authenticator geeft {otp} maar de site accepteert hem niet, klopt de tijd op jullie server wel?
--
{otp} <- dat is de code, kan je het nu activeren?
--
activatiecode voor de nieuwe app: {otp:8}
--
Net een sms gehad: "Uw code is {otp}. Deel deze nooit." Maar ik deel hem nu dus met jullie want het werkt niet
--
inlogcode per mail ontvangen ({otp:alnum}) maar die wordt niet herkend
""")
G("otp", "nl", "email", """
Verificatiecode ongeldig
Bij het inloggen krijg ik een verificatiecode per sms. Gisteren was dat {otp}, vandaag {otp:sp}, maar beide keren kreeg ik de melding dat de code ongeldig is. Mijn gebruikersnaam is {username}.

Mijn telefoon is een {~model_number:phone} met {~version_string:ios}.
--
Verdachte sms
Vanochtend om {~time} kreeg ik een sms met de tekst "Uw {brand}-code: {otp}". Ik heb niets aangevraagd. Iemand anders probeert dus in te loggen op mijn account? Mijn gebruikersnaam is {username}, wilt u die blokkeren?
""")
G("otp", "nl", "public", """
{~mention} krijg al de hele ochtend sms'jes met inlogcodes (laatste {otp}) terwijl ik niks doe. Wie zit er aan mijn account?? {~hashtag=#fraude}
""")
G("otp", "nl-be", "chat", """
Ik krijg een sms met code {otp} maar ik heb niks gevraagd, is da normaal?
--
Verificatiecode: {otp}. Werkt ni.
--
de code was {otp:sp}, ik heb hem direct ingegeven
--
mijn bevestigingscode ({otp}) is al vervallen voor ik hem kan ingeven, de sms komt veel te laat
--
ge vroegt de code van de sms: {otp}
--
Iemand van de "fraudedienst" heeft mij gebeld en ik heb de code {otp} gegeven. Blokkeer aub alles!!
""")
G("otp", "nl-be", "email", """
Probleem met verificatiecode
Elke keer als ik wil aanmelden krijg ik een code per sms. De laatste was {otp:dash}. Als ik die ingeef zegt de website dat de code niet geldig is. Ik heb het al geprobeerd op mijn laptop en op mijn gsm.
""")
G("otp", "fr-be", "chat", """
Je reçois un code par SMS ({otp}) mais il est refusé
--
code de vérification {otp} invalide, pourquoi ?
--
on m'a appelé au nom de la banque et j'ai donné le code {otp} 😱 que faire
--
le code à usage unique {otp:sp} arrive après 15 minutes, trop tard
""")
G("otp", "fr-be", "email", """
Code de confirmation
Je n'arrive pas à valider mon paiement. Le code de confirmation reçu par SMS ({otp}) est systématiquement refusé. J'ai essayé trois fois ce matin.
""")
G("otp", "en-gb", "chat", """
verification code {otp} isn't working
--
got a text with code {otp:g} but I didn't request anything
--
your 2FA code ({otp}) expired before I could even type it
--
Someone rang pretending to be from you and I read out the code {otp}. Please lock my account
""")
G("otp", "en-us", "chat", """
The one-time passcode {otp:sp} never works on the first try
--
security code from the text: {otp}
--
it says enter the 6-digit code, I enter {otp} and it says expired. every time
""")
G("otp", "en-gb", "email", """
2FA codes not accepted
Every time I log in I'm sent a six-digit code. This morning it was {otp} and the site rejected it straight away. Is there a problem with the text messages?
""")
G("otp", "en-us", "email", """
Did not request a login code
I just received a text with a login code ({otp}) that I did not request. I'm worried someone has my password. My username is {username}, can you freeze the account until I can call?
""")

# ---- wifi keys --------------------------------------------------------------------------
G("wifi", "nl", "chat", """
Nieuwe modem {~model_number:router} aangesloten, wifi wachtwoord {wifi_key} van de sticker werkt niet
--
Netwerknaam {ssid}, netwerksleutel {wifi_key}. Laptop blijft zeggen verkeerd wachtwoord
--
WPA key: {wifi_key}
Toch geen verbinding
--
ik heb de wifi code veranderd in {wifi_key:custom} en nu kan mijn printer niet meer verbinden
--
wifi ww is {wifi_key} toch? dat stond op het kaartje bij de modem
--
Mijn wifi sleutel ({wifi_key}) is gelekt denk ik, buren zitten op mijn netwerk. Hoe verander ik hem?
--
{wifi_key} is de key van de 5GHz, die van 2,4 is dezelfde zegt de handleiding
--
Hoi, de monteur heeft vandaag het wifiwachtwoord ingesteld op {wifi_key:custom} maar de tv pakt het niet
--
wachtwoord van de wifi: {wifi_key}, netwerk {ssid}. Ik zie hem wel maar verbind niet
--
Op de achterkant staat "Wireless key: {wifi_key}" maar dat werkt dus niet
--
Ik heb het wifi-wachtwoord terug gezet naar het oude: {wifi_key:custom}. Moet ik nu de modem herstarten?
--
gastnetwerk heeft sleutel {wifi_key:custom}, kunnen jullie dat uitzetten? mijn kinderen zitten er de hele nacht op
""")
G("wifi", "nl", "email", """
Wifi werkt niet na overstap
Sinds de overstap naar {brand} werkt de wifi in huis niet goed. Ik heb de modem ({~model_number:router}) geïnstalleerd volgens de handleiding. Het netwerk heet {ssid} en het wachtwoord is {wifi_key}. Telefoons verbinden wel, maar de laptop en de smart tv niet.

Snelheid haal ik ook niet: ik betaal voor {~quantity:mbps} en meet nog geen {~quantity:mbps}.
--
Wifi-wachtwoord wijzigen
Graag zou ik het wachtwoord van mijn wifi willen wijzigen. Het huidige wachtwoord {wifi_key} hebben te veel mensen. Ik krijg de instellingenpagina niet open.
""")
G("wifi", "nl-be", "chat", """
De wifi code op de achterkant van de modem is {wifi_key} maar mijn gsm zegt "wachtwoord onjuist"
--
Mijn wifi paswoord was {wifi_key:custom}, na de reset door jullie technieker werkt niks meer
--
Netwerksleutel: {wifi_key}. Laptop wil ni verbinden, gsm wel.
--
wifi {ssid} sleutel {wifi_key} - wat moet ik nog doen?
--
den technieker heeft het wifi wachtwoord opgeschreven: {wifi_key}. Maar mijn decoder vindt het netwerk niet eens
""")
G("wifi", "nl-be", "email", """
Wifi probleem na installatie
Gisteren is uw technieker langs geweest voor de installatie van de nieuwe modem. Sindsdien kan ik niet meer verbinden met de wifi. De netwerksleutel die op de sticker staat is {wifi_key}. Ik heb de modem al twee keer herstart.
""")
G("wifi", "fr-be", "chat", """
La clé wifi sur l'étiquette du modem ({wifi_key}) ne fonctionne pas
--
mot de passe wifi : {wifi_key:custom}, réseau {ssid}, la tv ne se connecte pas
--
j'ai changé la clé WPA en {wifi_key:custom} et maintenant plus rien ne se connecte
""")
G("wifi", "fr-be", "email", """
Problème wifi
Depuis l'installation de votre nouveau modem, mon ordinateur refuse la clé de sécurité du réseau ({wifi_key}). Le téléphone, lui, se connecte sans problème. Pouvez-vous m'aider ?
""")
G("wifi", "en-gb", "chat", """
wifi password from the sticker is {wifi_key} and my laptop won't take it
--
changed the network key to {wifi_key:custom}, now nothing connects
--
WPA2 key {wifi_key}, network {ssid}, still can't connect
""")
G("wifi", "en-us", "chat", """
The wifi password on the router label is {wifi_key}. Doesn't work.
--
set the wifi pw to {wifi_key:custom} in the app, now the ring doorbell is offline
""")
G("wifi", "en-gb", "email", """
Router not accepting its own password
The new router arrived today. The label says the network key is {wifi_key}, but every device I own says the password is wrong. I've typed it carefully several times.
""")

# ---- developers: API keys and tokens -------------------------------------------------
G("api", "en-gb", "chat", """
Hi, our webhook calls started failing with {~error_code:http} since this morning. We're using the live key {api_key:sk_live} – has it been revoked?
--
Getting "invalid API key" with {api_key:pk_live} on checkout. Test mode works fine.
--
aws creds for the export bucket: access key {api_key:akia} secret {api_key:awssecret} – do you need anything else to set up the sync?
--
Can you rotate our key? Accidentally pushed {api_key:sk_live} to a public repo an hour ago
--
Our Slack alerts bot token {token:xoxb} stopped posting, is that on your side?
--
refresh_token={token:opaque} returns invalid_grant every time
""")
G("api", "en-us", "chat", """
curl -H "Authorization: Bearer {token:opaque}" {~url} returns {~error_code:http}
--
GitHub action fails to pull your private SDK, we pass PAT {token:ghp} as a secret
--
the WooCommerce consumer key is {api_key:ck} and consumer secret {api_key:cs}, plugin says authentication failed
--
Maps widget on the store locator shows an error, the key is {api_key:aiza}
--
Here's the token from the dashboard: {token:hex40}
--
GitLab deploy uses {token:glpat} and suddenly gets 401 from your registry
--
SendGrid key {api_key:sg} is set in the env, still no order confirmation mails going out
--
our restricted key {api_key:rk_live} can't list refunds anymore, did scopes change?
""")
G("api", "en-gb", "email", """
API authentication failing since deploy
Our integration has been returning {~error_code:http} for every request since the {~date} deploy. Request headers we send:

Authorization: Bearer {token:jwt}
X-Api-Key: {api_key:api}

Could you check whether our account has been suspended? Account id is {customer_number}.
--
Key rotation request
We believe our secret key may have leaked in a support ticket with a contractor. The key is {api_key:sk_live}. Please revoke it and issue a new one; our merchant account is {customer_number}.
""")
G("api", "en-us", "email", """
401s on the orders endpoint
Since about {~time} our calls to /v2/orders fail with 401. We authenticate with api key {api_key:hex32} and the session token {token:sess}. Nothing changed on our side (SDK {~version_string:app}).
--
Slack + GitHub integration broken
Both integrations stopped working last night. Slack token: {token:xoxp}
GitHub fine-grained token: {token:pat}
Please advise whether we need to reconnect them.
""")
G("api", "nl", "chat", """
Hoi, onze webshopkoppeling geeft sinds vanochtend {~error_code:http}. API key: {api_key:api}
--
Ik heb de sleutel {api_key:sk_live} per ongeluk in een mail naar een klant gezet, kunnen jullie hem intrekken?
--
token {token:hex40} werkt niet meer na het verlengen van ons abonnement
--
WooCommerce: ck {api_key:ck} cs {api_key:cs} – foutmelding "consumer key is invalid"
--
access token verloopt elke 5 min: {token:jwt}
--
Onze developer heeft de AWS access key {api_key:akia} met jullie support gedeeld, moet die nu geroteerd worden?
--
xoxp token {token:xoxp} voor de slack notificaties, graag checken waarom er niks binnenkomt
--
Hier de github token die jullie vroegen: {token:pat}
--
secret key = {api_key:awssecret}
access key id = {api_key:akia}
bucket is eu-west-1, export blijft leeg
--
Bearer {token:jwt} geeft 403 op /v2/payments, met de oude sleutel ging het goed
""")
G("api", "nl", "email", """
Koppeling werkt niet meer
Onze koppeling met jullie API werkt sinds {~date} niet meer. We gebruiken de volgende sleutel: {api_key:hex32}. In de logs zien we {~error_code:http} bij elk verzoek.

Het bearer token dat we meesturen is {token:jwt}. Kunnen jullie zien wat er aan de hand is?
--
Sleutel gelekt
Een stagiair heeft onze live API-sleutel ({api_key:sk_live}) in een openbare GitHub-repository gezet. Willen jullie die zo snel mogelijk blokkeren? Ons accountnummer is {customer_number}.
""")
G("api", "nl-be", "chat", """
Onze boekhoudkoppeling gebruikt API-sleutel {api_key:api}, sinds gisteren {~error_code:http}
--
Sessietoken {token:sess} vervalt direct, is da een bug?
--
google maps sleutel {api_key:aiza} wordt geweigerd op onze winkelzoeker
--
deploy token {token:glpat} werkt ni meer sinds jullie update
""")
G("api", "fr-be", "chat", """
Notre clé API {api_key:sk_live} est refusée depuis ce matin
--
le jeton d'accès {token:jwt} expire immédiatement
--
clé secrète AWS {api_key:awssecret} à révoquer svp, elle était dans un mail
""")
G("dev", "en-gb", "chat", """
here's the relevant bit of our .env so you can see:
PAYMENTS_API_KEY={api_key:sk_live}
PAYMENTS_MODE=live
--
The x-api-key header value we use is {api_key:hex32}, copied straight from the dashboard
--
The personal access token {token:ghp} was visible in the screenshot I sent you earlier, can you delete that attachment please
--
Token: {token:hex40}
Endpoint: {~url}
Status: {~error_code:http}
""")
G("dev", "en-us", "chat", """
config.json has "apiKey": "{api_key:api}" and it still says unauthorized
--
Authorization header is Bearer {token:jwt} – decoded it and the exp looks fine
--
my access token is {token:opaque} – docs say it lasts 24h but it dies after an hour
""")
G("dev", "en-gb", "email", """
Leaked Slack token
One of our engineers pasted our Slack bot token ({token:xoxb}) into your community forum by mistake. The post is hidden now, but could you confirm whether your side logged or cached it anywhere?
""")
G("dev", "nl", "chat", """
.env regel: MAIL_API_KEY={api_key:sg}
mails komen nog steeds niet aan
--
De api-key uit het dashboard ({api_key:pk_live}) geeft "No such key"
--
Onze refresh token {token:opaque} wordt na één keer gebruiken ongeldig, is dat de bedoeling?
--
Slack bot token: {token:xoxb}
Kanaal orders krijgt geen meldingen meer sinds {~date}
--
Kun je checken of deze key nog actief is? {api_key:rk_live}
--
sessietoken uit de cookie: {token:sess}. Na elke deploy zijn alle klanten uitgelogd
""")
G("dev", "nl", "email", """
Vraag over token
Bij het ophalen van bestellingen via {~url} krijgen we sinds vanochtend {~error_code:http}. Wij sturen het token {token:hex40} mee in de header. Moet dit token vernieuwd worden? En klopt het dat de API-sleutel {api_key:api} ook na een jaar verloopt?
""")
G("dev", "nl-be", "chat", """
Onze API-sleutel {api_key:hex32} werd geweigerd na de migratie naar de nieuwe omgeving
--
het access token ({token:jwt}) vervalt na 5 minuten in plaats van een uur
--
personal access token {token:ghp} staat in ons CI script, moet die vervangen worden?
""")
G("dev", "fr-be", "chat", """
token d'accès personnel {token:ghp} à révoquer svp, il était dans une capture d'écran
--
notre clé Google Maps {api_key:aiza} ne fonctionne plus sur le site
--
le token de session {token:sess} est rejeté avec une erreur {~error_code:http}
""")

# ---- payment cards ----------------------------------------------------------------------
G("card", "nl", "chat", """
Betaling mislukt steeds. Kaart {card} geldig tot {card_expiry} cvc {cvv}
--
Mijn creditcard {card} ({card_expiry}) is gestolen, graag blokkeren!!
--
kaartnummer {card}, vervaldatum {card_expiry}, 3 cijfers achterop {cvv}. Kunnen jullie de betaling handmatig doen?
--
{card} exp {card_expiry:nosep} code achterop {cvv}
--
Ik zie een afschrijving van {~amount} die ik niet herken op mijn creditcard {card}
--
Heb mijn Amex {card:amex} toegevoegd maar hij wordt geweigerd, security code {cvv:4}
--
nummer van de pas: {card}
vervalt {card_expiry}
cvc {cvv}
--
Klopt het dat ik de beveiligingscode {cvv} moet invullen? Staat achterop mijn kaart {card}
--
U vroeg welke kaart: {card}, die van mijn man. Die moet geblokkeerd
--
creditcard {card:mc_flat}, {card_expiry}, {cvv}. Zo goed?
--
De webshop zegt dat mijn kaart verlopen is maar er staat toch echt {card_expiry:yyyy} op. Kaartnummer {card}
--
{card}
{card_expiry}
{cvv}
(voor de betaling van de reparatie)
""")
G("card", "nl", "email", """
Betaling bestelling {~order_number@o} lukt niet
Ik probeer al twee dagen bestelling {~order_number@o} af te rekenen maar mijn creditcard wordt steeds geweigerd. Kaartgegevens: {card}, geldig t/m {card_expiry}, cvc-code {cvv}. Het bedrag is {~amount}. Kunnen jullie de betaling handmatig verwerken?
--
Onbekende afschrijving creditcard
Op mijn creditcard {card} staat een afschrijving van {~amount} op {~date} die ik niet herken. Ik heb niets besteld. Graag terugboeken en de kaart blokkeren.
""")
G("card", "nl", "public", """
{~mention} jullie site accepteert mijn visa {card:visa} niet, wel 10x geprobeerd. {~hashtag=#webshopfail}
""")
G("card", "nl-be", "chat", """
Mijn kredietkaart {card} werd geweigerd, vervaldatum {card_expiry}, code {cvv}
--
Kaartnummer: {card} - geldig tot {card_expiry} - CVC {cvv}. Betaling lukt ni
--
iemand heeft met mijn visa {card:visa} betaald in het buitenland!!
--
mijn bancontactkaart {card:bcmc} werkt ni online, moet ik een andere kaart gebruiken?
--
De 3 cijfers achteraan zijn {cvv}, kaart eindigt op... ah nee ik stuur alles: {card} {card_expiry}
""")
G("card", "nl-be", "email", """
Kredietkaart geblokkeerd?
Mijn kredietkaart ({card}, vervaldatum {card_expiry}) wordt sinds gisteren overal geweigerd. Ik heb nochtans geen limiet bereikt. Is de kaart misschien geblokkeerd na een verdachte betaling?
""")
G("card", "fr-be", "chat", """
Ma carte de crédit {card} expire le {card_expiry}, code de sécurité {cvv}, paiement refusé
--
numéro de carte {card} (exp. {card_expiry}) cryptogramme {cvv}
--
carte visa perdue, le numéro c'est {card:visa}, bloquez-la svp
--
les 3 chiffres au dos : {cvv}. Numéro {card}, date {card_expiry}
""")
G("card", "fr-be", "email", """
Paiement refusé
Mon paiement en ligne est refusé depuis hier. Voici les données de ma carte : {card}, date d'expiration {card_expiry}, CVC {cvv}. Le montant est de {~amount}. Pouvez-vous vérifier ?
""")
G("card", "en-gb", "chat", """
card {card}, exp {card_expiry}, cvv {cvv} — payment keeps failing
--
Please cancel my card ending in... actually the full number is {card}, it was stolen on the train
--
long number {card:amex}, expiry {card_expiry}, 4 digit code on the front {cvv:4}
--
The security code is {cvv}, card {card}, expires {card_expiry}
""")
G("card", "en-us", "chat", """
Card: {card} Exp: {card_expiry} CVV: {cvv}
--
someone used my mastercard {card:mc} in another state, please freeze it
--
my amex {card:amex_flat} got charged twice for the same order {~order_number}
""")
G("card", "en-gb", "email", """
Payment declined
I'm trying to pay my outstanding balance of {~amount} but my debit card keeps being declined. The card number is {card}, expiry {card_expiry} and the CVV is {cvv}. Could you take the payment manually?
""")
G("card", "en-us", "email", """
Unauthorized charge
There is a charge of {~amount} on my card {card} dated {~date} that I did not make. Please reverse it and send a replacement card.
""")

# ---- IBAN / bank account -------------------------------------------------------------
G("iban", "nl", "chat", """
Mijn nieuwe rekeningnummer is {iban}, wilt u de incasso daarop laten lopen?
--
IBAN {iban} t.n.v. {name}
--
Kunnen jullie het geld terugstorten op {iban:lower}?
--
Heb {~amount} overgemaakt van {iban} maar zie het niet terug in Mijn {brand}
--
rek nr {iban:nl_cc} (de oude was {iban:nl})
--
Terugbetaling graag naar mijn NL rekening {iban:nl}, niet meer naar mijn Duitse {iban:de}
--
machtiging mag op {iban} op naam van mijn partner
--
{iban} is het iban
--
Mijn IBAN is {iban:nl_flat} maar jullie schrijven af van een oude rekening
--
mijn rekening: {iban:nl_lowergrp} graag het teveel betaalde daarop terug
--
Voor de restitutie: {iban:nl_dbl}, ten name van mijn moeder. Zij heeft de rekening destijds betaald
--
U vroeg om het rekeningnummer: {iban}
""")
G("iban", "nl", "email", """
Wijziging rekeningnummer
Graag wil ik mijn bankrekeningnummer voor de automatische incasso wijzigen naar {iban}.

Mijn klantnummer is {customer_number}. Kunt u bevestigen dat de wijziging is doorgevoerd voor de incasso van {~date}?
--
Terugbetaling borg
Bij de opzegging is mij een terugbetaling van {~amount} beloofd. Dat bedrag heb ik nog steeds niet ontvangen. Mijn rekeningnummer is {iban:nl_flat}. Factuurnummer van de laatste factuur: {~invoice_number}.
""")
G("iban", "nl", "public", """
{~mention} al 6 weken wachten op mijn geld. Rekening {iban} staat gewoon in jullie systeem. {~hashtag=#schandalig}
""")
G("iban", "nl-be", "chat", """
Mijn rekeningnummer is {iban}, gelieve het bedrag daarop terug te storten
--
Domiciliëring graag op {iban} zetten i.p.v. de oude
--
Ik heb {~amount} betaald vanaf rekening {iban:be_flat}, mededeling was factuur {~invoice_number}
--
BE nummer: {iban:be_cc}
--
rekeningnr van mijn zoon: {iban:be_lower}, hij betaalt voortaan
""")
G("iban", "nl-be", "email", """
Nieuwe rekening voor domiciliëring
Ik ben van bank veranderd. Gelieve de domiciliëring vanaf volgende maand uit te voeren op rekening {iban}. Mijn klantnummer bij u is {customer_number}.
""")
G("iban", "fr-be", "chat", """
Mon numéro de compte est {iban}, merci de rembourser dessus
--
domiciliation sur le compte {iban:be_lower} svp
--
j'ai payé {~amount} depuis {iban:be_flat}, toujours en rappel ??
--
Le remboursement doit aller sur mon compte français {iban:fr}, pas sur l'ancien belge
""")
G("iban", "fr-be", "email", """
Changement de compte bancaire
Je vous informe que mon numéro de compte a changé. Le nouveau compte est {iban}. Merci de l'utiliser pour la domiciliation à partir du mois prochain. Numéro client : {customer_number}.
""")
G("iban", "en-gb", "chat", """
refund to my account please: {iban:gb}
--
Please update my bank details to IBAN {iban:ie}, I moved to Dublin
""")
G("iban", "en-us", "chat", """
wire the refund to my German account {iban:de} please, US cards don't work for that
--
my IBAN for the transfer: {iban:es_flat}
""")
G("iban", "en-gb", "email", """
Refund still outstanding
I was promised a refund of {~amount} on {~date}. It hasn't arrived. My IBAN is {iban:gb_grp} (sort code and account are in there). Please confirm when it's been sent.
""")

# ---- BSN (Dutch citizen service number) ----------------------------------------------
G("bsn", "nl", "chat", """
Mijn BSN is {bsn}, kunt u kijken of mijn aanvraag binnen is?
--
Gegevens: {name} {date_of_birth} {bsn}
--
burgerservicenummer {bsn} geboortedatum {date_of_birth}
--
bsn {bsn:dots}
--
Ik ben van {date_of_birth:dmy2}, BSN {bsn}, woon op {address}
--
sofinummer {bsn} (zo heette het vroeger toch?)
--
BSN: {bsn}
Geboortedatum: {date_of_birth}
Adres: {address}
--
Waarom vragen jullie mijn BSN? Nou ja hier: {bsn}
--
{bsn} is mijn bsn, het staat ook op mijn rijbewijs
--
Het BSN van mijn dochter is {bsn}, van mij {bsn}
--
U vroeg om mijn burgerservicenr: {bsn}
--
voor de polis van mijn zoon: bsn {bsn} geb. {date_of_birth@kid}
--
mijn burgerservicenummer {bsn:dots3} staat verkeerd in jullie systeem, er staan 2 cijfers omgedraaid
--
Hallo, ik moest mijn BSN nog doorgeven voor de inschrijving: {bsn}. Ik ben geboren op {date_of_birth:words}
""")
G("bsn", "nl", "email", """
Inschrijving zoon
Graag schrijf ik mijn zoon in op mijn zorgverzekering. Hieronder zijn gegevens:

Naam: {first:other} {last}
Geboortedatum: {date_of_birth@kid}
BSN: {bsn}

Mijn eigen relatienummer is {customer_number}.
--
Gegevens voor de aanvraag
In de bijlage zou mijn paspoort moeten zitten maar die upload lukte niet. Daarom hier mijn gegevens in tekst: {name}, geboren {date_of_birth}, burgerservicenummer {bsn}, wonend op {address}.
--
BSN wijziging
Op mijn polis staat een verkeerd BSN. Het juiste burgerservicenummer is {bsn}; op de polis staat {bsn}. Wilt u dit aanpassen? Mijn polisnummer is {customer_number}.
""")
G("bsn", "nl", "public", """
{~mention} ik heb nu al 3x mijn BSN ({bsn}) doorgegeven via het formulier en jullie vragen er weer om. Hoe dan??
""")
G("bsn", "en-gb", "chat", """
My BSN is {bsn}, I just moved to the Netherlands and need to register for health insurance
--
Citizen service number (BSN): {bsn}, DOB {date_of_birth:dash}
--
the municipality gave me BSN {bsn} last week, do you need anything else for the policy?
""", region="nl")
G("bsn", "en-gb", "email", """
Registration – BSN
Following up on my phone call: my BSN is {bsn} and my date of birth is {date_of_birth:words}. My address in the Netherlands is {address}. Please let me know if you need a copy of my residence permit.
""", region="nl")
G("bsn", "en-us", "chat", """
Expat here – my burgerservicenummer (BSN) is {bsn}. Your form keeps saying invalid
--
bsn for my wife: {bsn}, mine: {bsn}. We moved here on {~date}
""", region="nl")

# ---- more card security codes ------------------------------------------------------
G("card", "nl", "chat", """
cvc is {cvv}, staat achterop naast de handtekening. Kaart {card}, {card_expiry}
--
Welke code bedoelen jullie? Die 3 cijfers achterop? Dat is {cvv}
--
kaart: {card:visa_dash} | {card_expiry:dashyyyy} | {cvv}
--
CVV2 {cvv}, vervalt {card_expiry:spaced}, nummer {card:mc}
--
De controlecode van mijn creditcard ({cvv}) wordt niet geaccepteerd, kaart eindigt op {~masked_value:tail}
""")
G("card", "nl", "email", """
Creditcardgegevens voor de borg
Voor de borg van de huurauto geef ik hierbij mijn creditcard op: {card:mc}, vervaldatum {card_expiry}, controlecode {cvv}. De auto haal ik op {~date} om {~time} op.
""")
G("card", "nl-be", "chat", """
de code op de achterkant van mijn kaart is {cvv}, moet ik die ook ingeven?
--
CVC-code: {cvv} / exp {card_expiry:nosep} / {card:mc_sp}
""")
G("card", "fr-be", "chat", """
le cryptogramme visuel c'est {cvv}, carte {card:visa}, expire {card_expiry}
--
code CVV {cvv} – carte {card} – {card_expiry:yyyy}
""")
G("card", "en-gb", "chat", """
CVC is {cvv} (three digits on the back), card {card}, valid till {card_expiry}
--
the 3 digit code is {cvv} and the long number {card}
""")
G("card", "en-us", "chat", """
CID on the front of my amex is {cvv:4}, card {card:amex_sp}
--
full card # {card}, exp {card_expiry:yyyy}, sec code {cvv}
""")
G("card", "en-us", "email", """
Reservation guarantee
Please use the following card to guarantee the reservation: {card}, expiration {card_expiry:yyyy}, security code {cvv}. Name on card: {name}.
""")

# ---- more BSN -----------------------------------------------------------------------
G("bsn", "nl", "chat", """
Gegevens partner: BSN {bsn}, geboortedatum {date_of_birth@partner}
--
Mijn BSN is {bsn:dots} zoals op mijn ID-kaart
--
bsn:
{bsn}
--
Ik heb het formulier ingevuld met BSN {bsn} maar jullie systeem zegt ongeldig. Het klopt wel, ik heb het nagekeken op mijn paspoort
--
burgerservicenummer van mijn overleden vader: {bsn}. Ik regel de opzegging van zijn verzekering
--
Geachte, hierbij mijn BSN voor de aanvraag: {bsn}
--
bsn {bsn}, adres {address:nocomma}
""")
G("bsn", "nl", "email", """
Machtiging dochter
Hierbij machtig ik mijn dochter om mijn verzekeringszaken te regelen. Mijn gegevens: {name}, BSN {bsn}, geboren {date_of_birth:words}. Haar telefoonnummer is {phone@rel}.
""")
G("bsn", "nl", "public", """
{~mention} waarom moet ik mijn bsn ({bsn}) via een onbeveiligd formulier sturen? Dat doe ik dus maar zo
""")
G("bsn", "en-us", "email", """
Health insurance registration
I moved to the Netherlands on {~date} for work. My BSN is {bsn} and I was born on {date_of_birth:words}. Please register me for the basic policy; my address is {address}.
""", region="nl")

# ---- more PUK -----------------------------------------------------------------------
G("sim", "nl", "chat", """
Simkaart zegt "PUK vereist". Heb de puk gevonden in de mail van jullie: {puk}. Werkt niet
--
PUK-code {puk} klopt volgens mij, maar het is de simkaart van mijn zoon in mijn telefoon. Maakt dat uit?
--
De puk ({puk}) werkte, nu vraagt hij een nieuwe pin. Ik heb {pin} gekozen, kan ik dat later nog veranderen?
""")
G("sim", "nl-be", "chat", """
pukcode {puk} stond op de brief bij mijn simkaart, maar na 3 pogingen nog altijd nie
""")
G("sim", "en-gb", "chat", """
PUK1 is {puk} according to the card holder, PUK2 {puk}. Which one do I use?
""")
G("sim", "en-us", "chat", """
Customer service gave me PUK {puk} over the phone but my phone says PUK incorrect
""")
G("sim", "fr-be", "chat", """
le code PUK {puk} est refusé, il reste 8 tentatives, j'ai peur de bloquer définitivement la carte
""")

# ---- more tokens and keys ------------------------------------------------------------
G("dev", "en-gb", "chat", """
Bearer token we're sending: {token:jwt}
--
the bot's xoxb token ({token:xoxb}) looks revoked, did you rotate it?
""")
G("dev", "en-us", "chat", """
AWS keys for the S3 export: {api_key:akia} / {api_key:awssecret}
""")
G("dev", "nl", "chat", """
access_token={token:opaque}&expires_in=3600 krijg ik terug, maar de volgende call geeft {~error_code:http}
--
pk en sk van het dashboard: {api_key:pk_live} en {api_key:sk_live}. Checkout laadt niet
""")
G("dev", "nl-be", "chat", """
github_pat {token:pat} heeft geen toegang meer tot onze repo
""")
G("dev", "fr-be", "chat", """
mon jeton GitLab {token:glpat} ne fonctionne plus depuis la mise à jour
""")

# ---- more wifi ----------------------------------------------------------------------
G("wifi", "nl", "chat", """
nieuwe router, SSID {ssid}, WPA2-sleutel {wifi_key:grp}
--
wifi wachtwoordt {wifi_key} werkt niet op de laptop van mijn dochter
--
De key staat onder de QR-code: {wifi_key:upper}. Scannen lukt ook niet
""")
G("wifi", "en-gb", "chat", """
network key (on the back): {wifi_key:hex}
""")
G("wifi", "fr-be", "chat", """
clé de sécurité réseau {wifi_key:grp}, toujours pas de connexion
""")
G("wifi", "nl-be", "chat", """
ge vroegt het wifi paswoord: {wifi_key}
""")

# ---- more public traffic ------------------------------------------------------------
G("outage", "nl", "public", """
{~mention} top service vandaag, binnen 10 min geholpen 👍
--
Alweer {~percentage} prijsverhoging {~mention}? Ik stap over. {~hashtag=#opzeggen}
--
{~mention} jullie site ({~url}) ligt eruit
--
{~mention} is er een storing in {city}? Modem {~model_number:router} blijft rood knipperen
--
{~mention} sinds {~year} klant en nu dit. Bestelling {~order_number} nog steeds niet geleverd
""")
G("shop", "nl", "public", """
Wanneer komt de {~model_number:phone} weer op voorraad? 😍
--
Mijn bestelling is nog niet binnen 😢 {~order_number}
--
Stuur me even een DM aub, mijn pakketje {~tracking_number:postnl} is zoek
""", ch="instagram_comment")
G("outage", "nl", "public", """
Ik heb hetzelfde probleem! Al sinds {~date} geen internet.
--
Bij mij ook storing in {city}. Al {~quantity:min} aan de lijn gehangen
""", ch="facebook_comment")
G("outage", "nl-be", "public", """
{~mention} waarom kost mijn abonnement plots {~amount:mid}? {~hashtag=#duur}
--
{~mention} technieker niet komen opdagen tussen {~time} en {~time}. Merci hé.
""")
G("outage", "fr-be", "public", """
{~mention} augmentation de {~percentage} sans prévenir ??
--
{~mention} toujours pas de technicien, dossier {~ticket_number}
""")
G("outage", "en-gb", "public", """
{~mention} price rise of {~percentage} in {~year}? no thanks
--
{~mention} your website {~url} is down again
""")
G("outage", "en-us", "public", """
{~mention} been a customer since {~year}, this is how you treat me?
""")

# ---- more e-mails without labelled values --------------------------------------------
G("billing", "nl", "email", """
Opzegging abonnement
Hierbij zeg ik mijn abonnement op per {~date}. Het gaat om het contract dat ik in {~year} heb afgesloten. Graag ontvang ik een schriftelijke bevestiging van de opzegging.
--
Prijsverhoging
In uw brief kondigt u een prijsverhoging van {~percentage} aan per {~date}. Volgens mijn contract mag dat niet tussentijds. Ik maak daarom bezwaar.
--
Vraag over incasso
De incasso van {~date} ({~amount}) is afgeschreven van een rekening die eindigt op {~masked_value:iban}. Dat is niet meer mijn rekening, die heb ik al in {~year} opgeheven. Hoe kan dat?
""")
G("shop", "nl", "email", """
Pakket niet ontvangen
Volgens de track & trace ({~tracking_number:postnl}) is mijn pakket op {~date} om {~time} bezorgd, maar ik heb niets ontvangen. Ook de buren hebben niets aangenomen. Bestelnummer {~order_number}.
""")
G("outage", "nl", "email", """
Storing internet
Sinds {~date} valt ons internet meerdere keren per dag weg. De modem ({~model_number:router}, firmware {~version_string:fw}) geeft dan foutcode {~error_code}. Uw collega gaf mij ticketnummer {~ticket_number}, maar er is nog niets gebeurd.
""")
G("cue_neg", "nl", "email", """
Nieuwe pas
Mijn pas met nummer {~masked_value:card} verloopt in {~year:future}. Krijg ik automatisch een nieuwe, en krijg ik dan ook een nieuwe pincode?
""")
G("billing", "nl-be", "email", """
Opzeg contract
Hierbij wens ik mijn contract op te zeggen vanaf {~date}. Ik verhuis naar het buitenland. Gelieve mij een bevestiging te sturen.
--
Prijsstijging
Ik kreeg een brief dat mijn abonnement met {~percentage} stijgt vanaf {~date}. Dat is toch niet normaal na amper een jaar?
""")
G("outage", "nl-be", "email", """
Technieker niet gekomen
Gisteren zou er tussen {~time} en {~time} een technieker langskomen (dossier {~ticket_number}). Ik heb daarvoor een dag verlof genomen, maar er is niemand gekomen en niemand heeft verwittigd.
""")
G("billing", "fr-be", "email", """
Résiliation
Je souhaite résilier mon abonnement à partir du {~date}. Merci de me confirmer la bonne réception de ce courrier.
--
Augmentation tarifaire
Vous annoncez une augmentation de {~percentage} au {~date}. Je conteste cette hausse, qui n'était pas prévue dans mon contrat.
""")
G("shop", "fr-be", "email", """
Colis non reçu
Le suivi {~tracking_number:bpost} indique que le colis a été livré le {~date}, mais je n'ai rien reçu. Commande {~order_number}.
""")
G("billing", "en-gb", "email", """
Cancellation
Please cancel my contract with effect from {~date}. I've been with you since {~year} but the service has gone downhill.
--
Price increase
Your letter says my bill is going up by {~percentage} from {~date}. I'd like to know why, as I'm in a fixed-price contract.
""")
G("shop", "en-us", "email", """
Missing package
Tracking {~tracking_number:usps} says delivered on {~date} at {~time}, but nothing arrived. Order {~order_number}.
""")

# ---- more chat hard negatives -----------------------------------------------------------
G("cue_neg", "nl", "chat", """
Ik zie op {~url} dat er {~percentage} korting is, geldt dat ook voor bestaande klanten?
--
In de app staat rekening {~masked_value:iban}, maar dat is mijn oude rekening
--
Heb een sms gehad van {~company_phone} over mijn pas eindigend op {~masked_value:tail}. Is dat echt van jullie?
--
Mijn accu loopt {~percentage} per uur leeg sinds de update naar {~version_string:ios}
--
Is de {~model_number:phone} met {~quantity:gb} bundel voor {~amount:mid} per maand nog te krijgen?
""")
G("airline", "nl", "chat", """
Vlucht {~flight_number} morgen om {~time}, kan ik online inchecken via {~url}?
""")
G("cue_neg", "nl-be", "chat", """
Ik zie in de app {~masked_value:card}, maar dat is mijn oude kaart
--
Waarom staat er {~percentage} btw op mijn factuur {~invoice_number}?
""")
G("airline", "nl-be", "chat", """
Vlucht {~flight_number} op {~date}: hoeveel kost extra bagage?
""")
G("airline", "fr-be", "chat", """
Mon vol {~flight_number} part à {~time}, l'enregistrement en ligne sur {~url} ne marche pas
""")
G("cue_neg", "fr-be", "chat", """
Pourquoi {~percentage} de TVA sur la facture {~invoice_number} ?
""")
G("cue_neg", "en-gb", "chat", """
Card shown in the app is {~masked_value:card} but I cancelled that one in {~year}
""")
G("cue_neg", "en-us", "chat", """
Is the {~percentage} discount on {~url} valid for existing customers?
""")

# ---- more personal data in chats ------------------------------------------------------
G("contact", "nl", "chat", """
Mijn schoonmoeder woont op {address@rel}, kan de monteur daar langskomen?
--
ik ben {date_of_birth:dmy2} geboren, en klant sinds {~year}
--
e-mailadres klopt niet meer, nu: {email:caps}
--
Heb je mijn nummer? {phone}. Bel maar na {~time}
""")
G("contact", "nl-be", "chat", """
Mijn vrouw haar gsm-nummer: {phone@rel}, zij is meestal thuis
""")
G("contact", "fr-be", "chat", """
mon email : {email:spaced}
""")
G("contact", "en-gb", "chat", """
my DOB is {date_of_birth:words}, postcode is in my profile
""")

# ---- more credentials in Flemish and Belgian French ------------------------------
G("login", "nl-be", "chat", """
inloggen met {username} en paswoord {password} op mijn gsm lukt, op de pc ni
--
Mijn app-code is {pin:6}, en na de update moet ik een nieuwe kiezen?
--
Wifi: {ssid} / {wifi_key}
--
Ik kreeg een sms met "uw code: {otp}" van een onbekend nummer, is dat van jullie?
--
BE iban {iban:be_grp} voor de terugbetaling aub
""")
G("login", "fr-be", "chat", """
identifiant {username} / mdp {password}
--
Code reçu : {otp:dash}
--
mon IBAN : {iban:be_grp}
--
code PIN de la carte SIM : {pin}, il ne passe plus depuis que j'ai changé de téléphone
""")
G("login", "fr-be", "email", """
Accès à l'espace client
Je n'arrive plus à accéder à mon espace client. Mon identifiant est {username}. J'ai reçu le code {otp} par SMS mais il est refusé.
""")

# ---- contact details, address changes, call-back requests -----------------------------
G("contact", "nl", "chat", """
Ik ben verhuisd naar {address}. Kunnen jullie dat aanpassen? Klantnummer {customer_number}
--
Nieuw adres: {address}
Nieuw tel: {phone}
--
mijn email is veranderd naar {email}, wil je dat aanpassen
--
Kunt u mij terugbellen op {phone}? Tussen {~time} en {~time} ben ik thuis
--
Mijn klantnummer is {customer_number}, het gaat om de factuur van {~date}
--
mail mij maar op {email:words}, die andere komt niet aan
--
bel mijn dochter maar, die regelt dat voor mij: {phone@rel}
--
Contactgegevens aanpassen:
e-mail {email}
tel {phone}
adres {address}
--
mijn mailadres is {email:spaced} (zonder spaties natuurlijk)
--
Ik woon sinds {~date} op {address:street}. Post komt nog steeds op het oude adres
--
klantnummer? {customer_number}
--
Pakket moet naar {address} en niet naar mijn werk
--
U kunt mij altijd bereiken op {phone:intl}, ik zit tot eind van de maand in Spanje
--
Voor de controle: geboortedatum {date_of_birth}, adres {address:nocomma}
""")
G("contact", "nl", "email", """
Adreswijziging
Per {~date} ben ik verhuisd. Mijn nieuwe adres is:

{address:sig}

Wilt u dit aanpassen in uw administratie? Mijn klantnummer is {customer_number}.
--
Terugbelverzoek
Ik ben vandaag twee keer uit de wachtrij van {~company_phone} gegooid. Kunt u mij terugbellen op {phone}? Het gaat over klantnummer {customer_number} en de factuur van {~amount}.
--
Nieuw e-mailadres
Graag wil ik dat de facturen voortaan naar {email} gaan in plaats van naar mijn oude adres. Alvast bedankt voor het aanpassen.
--
Contactformulier: vraag over mijn contract
Naam: {name}
E-mail: {email}
Telefoon: {phone}
Klantnummer: {customer_number}
Bericht: Mijn contract loopt af op {~date}. Ik wil graag weten wat de nieuwe tarieven worden, ik betaal nu {~amount:mid} per maand.
""")
G("contact", "nl", "public", """
{~mention} al 3 keer gebeld naar {~company_phone}, niemand belt terug. Mijn nummer is {phone}. Graag vandaag nog!
""")
G("contact", "nl-be", "chat", """
Ik ben verhuisd, nieuw adres: {address}. Kunnen jullie de facturen daarnaar sturen?
--
Mijn gsm-nummer is veranderd, het nieuwe is {phone}
--
mailadres: {email}
--
klantennummer {customer_number}, ik wacht al 2 weken op antwoord
--
Bel mij maar terug op {phone}, liefst na {~time}
--
ik ben geboren op {date_of_birth} als ge dat nodig hebt voor de controle
--
mijn ma woont nu bij ons, haar post mag naar {address}. Haar gsm is {phone@rel}
""")
G("contact", "nl-be", "email", """
Adreswijziging
Vanaf {~date} woon ik op een nieuw adres:
{address:sig}

Mijn klantennummer is {customer_number}. Gelieve ook mijn e-mailadres aan te passen naar {email}.
--
Webformulier – terugbelverzoek
Naam: {name}
Gsm: {phone}
E-mail: {email}
Onderwerp: Factuur
Bericht: graag teruggebeld worden over mijn laatste factuur ({~invoice_number}), ik begrijp het bedrag niet
""")
G("contact", "fr-be", "chat", """
J'ai déménagé, ma nouvelle adresse est {address}
--
Mon numéro de GSM : {phone}. Rappelez-moi svp
--
mon adresse mail c'est {email:words}
--
numéro de client {customer_number}, toujours pas de réponse
--
je suis né le {date_of_birth:words}, pour la vérification
""")
G("contact", "fr-be", "email", """
Changement d'adresse
Suite à mon déménagement le {~date}, je vous prie de bien vouloir noter ma nouvelle adresse :
{address:sig}

Mon numéro de client est le {customer_number}.
""")
G("contact", "en-gb", "chat", """
Can you call me back on {phone}? I'm free after {~time}
--
I've moved to {address}, please update it before the next bill
--
email is {email} – please use that one, not the old one
--
account number {customer_number}, still waiting for a reply
""")
G("contact", "en-us", "chat", """
my cell is {phone}, text me when the tech is on the way
--
new address: {address}
--
DOB {date_of_birth} if you need it to verify
--
you can reach my husband at {phone@rel} if I don't pick up
""")
G("contact", "en-gb", "email", """
Change of address
Please note my new address from {~date}:

{address:sig}

My account number is {customer_number}. My phone number stays the same.
""")
G("contact", "en-us", "email", """
Update contact info
Please update the phone number on my account to {phone} and send any paperwork to {address}. Account {customer_number}.
""")

# ---- IP addresses -----------------------------------------------------------------------
G("ip", "nl", "chat", """
Mijn IP-adres is {ip_address}, kunnen jullie zien of ik op een blacklist sta? Mails komen terug met {~error_code}
--
speedtest: {~quantity:mbps} download, ip {ip_address}, modem {~model_number:router}
--
In jullie mail staat een inlogpoging vanaf {ip_address}. Dat was ik niet! Wat nu?
""")
G("ip", "nl", "email", """
Vast IP-adres werkt niet meer
Ik heb bij jullie een vast IP-adres ({ip_address}) voor mijn camerasysteem. Sinds {~date} krijg ik een ander adres, waardoor ik er van buitenaf niet meer bij kan. Mijn klantnummer is {customer_number}.
""")
G("ip", "nl-be", "chat", """
Mijn publiek IP is {ip_address}, poort 443 staat open maar van buitenaf geraak ik er ni op
""")
G("ip", "fr-be", "chat", """
mon adresse IP {ip_address} est bloquée sur votre site, erreur {~error_code:http}
""")
G("ip", "en-gb", "chat", """
my public IP {ip_address} seems to be blocked from your site, getting {~error_code:http}
""")
G("ip", "en-us", "chat", """
Your fraud team locked me out over a login from {ip_address:v6}. That's my home connection!
""")

# ---- energy -----------------------------------------------------------------------------
G("energy", "nl", "chat", """
Meterstand doorgeven: stroom {~meter_reading} (normaal) en {~meter_reading} (dal), gas {~meter_reading}
--
Mijn voorschot is verhoogd naar {~amount:high} per maand terwijl ik vorig jaar maar {~quantity:kwh} heb verbruikt?!
--
Jaarafrekening klopt niet, klantnummer {customer_number}. Ik heb {~quantity:m3} gas gebruikt volgens jullie, dat kan echt niet
--
Slimme meter geeft {~error_code} in het display, de meterstanden worden niet doorgegeven
--
Teruglevering zonnepanelen dit jaar: {~meter_reading} kWh, maar op de afrekening staat veel minder
--
geen warm water meer sinds {~time}, de ketel geeft code {~error_code}
--
Eindstand bij de sleuteloverdracht was {~meter_reading}, niet {~meter_reading} zoals op jullie afrekening
--
waarom gaat mijn termijnbedrag {~percentage} omhoog? ik verbruik juist minder
""")
G("energy", "nl", "email", """
Meterstanden bij verhuizing
Per {~date} verhuis ik. De eindstanden zijn: elektriciteit normaal {~meter_reading}, dal {~meter_reading} en gas {~meter_reading}.

De eindafrekening mag naar mijn nieuwe adres: {address}.
--
Vraag over jaarafrekening {~invoice_number}
Op de jaarafrekening staat een verbruik van {~quantity:kwh}. Vorig jaar was dat {~quantity:kwh}, terwijl er niets veranderd is in huis. De meterstand op {~date} was {~meter_reading}. Kunt u dit controleren?
""")
G("energy", "nl-be", "chat", """
Meterstand dag {~meter_reading}, nacht {~meter_reading}. Mijn EAN-code staat op de factuur als ge die nodig hebt
--
Ik heb een nieuwe digitale meter sinds {~date}, maar de afrekening gebruikt nog de oude index ({~meter_reading})
--
Waarom is mijn voorschot {~amount:high}? Vorig jaar was dat de helft
""")
G("energy", "nl-be", "email", """
Meterstanden
In bijlage vindt u de foto van mijn meter. De index op {~date} was {~meter_reading} voor dag en {~meter_reading} voor nacht. Mijn klantennummer is {customer_number}.
""")
G("energy", "fr-be", "chat", """
Relevé de compteur : jour {~meter_reading}, nuit {~meter_reading}, gaz {~meter_reading}
--
mon acompte mensuel est passé à {~amount:high}, pourquoi ?
""")
G("energy", "fr-be", "email", """
Facture de régularisation
La facture {~invoice_number} mentionne une consommation de {~quantity:kwh}, ce qui est impossible. L'index relevé le {~date} était de {~meter_reading}. Merci de corriger.
""")
G("energy", "en-gb", "chat", """
Meter reading for account {customer_number}: {~meter_reading}. Your app won't accept it
--
why has my direct debit gone up to {~amount:high} when I used {~quantity:kwh} last year?
""")
G("energy", "en-us", "chat", """
Power's been out on our street since {~time}, any ETA?
""")

# ---- web shops: orders, parcels, returns ----------------------------------------------
G("shop", "nl", "chat", """
Waar blijft mijn bestelling {~order_number}? Track & trace {~tracking_number:postnl} staat al 4 dagen stil
--
Bestelling {~order_number} is binnen maar artikel {~product_code} ontbreekt
--
Pakket is volgens {~tracking_number} bezorgd maar ik heb niks ontvangen. Adres is {address}
--
Retour aangemeld op {~date}, nog geen {~amount} terug. Ordernummer {~order_number}
--
De {~model_number:device} die ik bestelde (EAN {~product_code:ean}) is kapot aangekomen
--
bestelnummer {~order_number}, factuur {~invoice_number}, betaald {~amount}. Waar blijven mijn spullen??
--
Ik heb 2 keer dezelfde bestelling gedaan per ongeluk ({~order_number} en {~order_number}), kan er 1 geannuleerd worden?
--
Kan het pakketje ook naar mijn buren? Die wonen op {address:street}
""")
G("shop", "nl", "email", """
Bestelling {~order_number} onvolledig
Vandaag ontving ik mijn bestelling, maar het artikel met artikelnummer {~product_code:art} zat er niet bij. Volgens de pakbon zou het wel geleverd zijn. Ik betaalde in totaal {~amount}.
--
Verkeerd adres op pakket
Mijn pakket ({~tracking_number:postnl}) is naar mijn oude adres gestuurd. Ik woon sinds vorige maand op {address}. Kan het worden omgeleid?
""")
G("shop", "nl", "public", """
{~mention} pakketje {~tracking_number:postnl} ligt al een week "in sorteercentrum". Serieus? {~hashtag=#waarismijnpakket}
--
{~mention} bedankt voor de snelle levering, {~model_number:device} werkt perfect 👌
""")
G("shop", "nl-be", "chat", """
Mijn pakje met nummer {~tracking_number:bpost} is nog altijd ni geleverd
--
Ik heb een retour gedaan op {~date} maar nog geen terugbetaling van {~amount} gezien
--
Bestelling {~order_number}: de maat klopt niet, hoe kan ik ruilen?
""")
G("shop", "fr-be", "chat", """
Ma commande {~order_number} n'est pas arrivée, numéro de suivi {~tracking_number:bpost}
--
le colis est indiqué livré mais je n'ai rien reçu, mon adresse est {address}
""")
G("shop", "fr-be", "email", """
Commande {~order_number} – article défectueux
L'article reçu (réf. {~product_code:sku}) ne fonctionne pas. Je souhaite un remboursement de {~amount}.
""")
G("shop", "en-gb", "chat", """
Order {~order_number} says delivered but nothing here. Tracking {~tracking_number:royal}
--
The {~model_number:device} I ordered arrived smashed, box was fine though
""")
G("shop", "en-us", "chat", """
Where's my order {~order_number}? UPS tracking {~tracking_number:ups} hasn't moved since {~date}
--
please ship the replacement to {address}, not the billing address
""")
G("shop", "en-us", "email", """
Return label
I requested a return label for order {~order_number} on {~date} and still haven't received it. The item is SKU {~product_code:sku}, price {~amount}.
""")

# ---- outages and complaints (mostly public) ------------------------------------------
G("outage", "nl", "public", """
{~mention} al sinds {~time} geen internet in {city}. Wat is er aan de hand? {~hashtag=#storing}
--
{~mention} ik betaal voor {~quantity:mbps} en krijg er {~quantity:mbps} 🙄
--
{~mention} weer storing? {~url} zegt niks
--
{~mention} mijn databundel van {~quantity:gb} is na 3 dagen al op?? {~hashtag=#oplichting}
--
Dank {~mention} voor de snelle hulp vandaag! 👏
--
{~mention} al {~quantity:min} in de wacht bij {~company_phone}. Ik geef het op.
--
Weer geen bereik in de trein tussen {city} en {city:nl}. Echt {~mention}, het is {~year}
""")
G("outage", "nl", "chat", """
Mijn modem {~model_number:router} knippert oranje, foutcode {~error_code}
--
Tv-ontvanger geeft {~error_code} bij het opstarten, firmware {~version_string:fw}
--
sinds de update naar {~version_string:ios} geen 4G meer, alleen nog E
--
Hoi, sinds {~date} valt mijn internet elke avond rond {~time:evening} weg. Ticket {~ticket_number} is gesloten zonder oplossing
""")
G("outage", "nl-be", "public", """
{~mention} al de hele dag geen internet in {city}, en de klantendienst ({~company_phone}) is constant bezet
--
{~mention} amai, 3de keer deze week dat de tv uitvalt. {~hashtag=#storing}
""")
G("outage", "nl-be", "chat", """
Mijn decoder blijft hangen op {~error_code}, al twee keer de stekker eruit getrokken
""")
G("outage", "fr-be", "public", """
{~mention} panne internet à {city} depuis {~time}, c'est quoi ce service ? {~hashtag=#panne}
--
{~mention} {~quantity:gb} de data épuisés en une semaine ??
""")
G("outage", "fr-be", "chat", """
Le modem {~model_number:router} clignote rouge, code erreur {~error_code}
""")
G("outage", "en-gb", "public", """
{~mention} broadband down again in {city}. Third time this month. {~hashtag=#outage}
--
{~mention} been on hold on {~company_phone} for 50 minutes
""")
G("outage", "en-us", "public", """
{~mention} service down since {~time}?? status page {~url} says all good lol
--
{~mention} paying for {~quantity:mbps} and getting {~quantity:mbps}. cool cool cool
""")

# ---- billing ----------------------------------------------------------------------------
G("billing", "nl", "chat", """
Factuur {~invoice_number} klopt niet, er staat {~amount:high} op terwijl mijn abonnement {~amount:mid} is
--
Waarom is mijn abonnement met {~percentage} omhoog gegaan zonder bericht?
--
Ik ben per {~date} overgestapt maar jullie schrijven nog steeds {~amount} af
""")
G("billing", "nl", "email", """
Bezwaar factuur {~invoice_number@f}
Op factuur {~invoice_number@f} van {~date} wordt {~amount} in rekening gebracht voor {~quantity:gb} extra data. Ik heb die data nooit gebruikt; mijn telefoon stond uit tijdens mijn vakantie. Graag een creditnota.
--
Dubbele afschrijving
Deze maand is het bedrag van {~amount} twee keer afgeschreven, op {~date} en op {~date}. Mijn klantnummer is {customer_number}. Wilt u één van beide terugstorten?
""")
G("billing", "nl-be", "chat", """
Ik heb 2 facturen gekregen voor dezelfde maand ({~invoice_number} en {~invoice_number})
""")
G("billing", "fr-be", "chat", """
Pourquoi ma facture {~invoice_number} est-elle de {~amount:high} ? D'habitude c'est {~amount:mid}
""")
G("billing", "en-gb", "chat", """
bill {~invoice_number} is {~amount:high}, it should be {~amount:mid}. Please explain
""")
G("billing", "en-us", "chat", """
I was charged {~amount} on {~date} for a plan I cancelled
""")

# ---- airline ----------------------------------------------------------------------------
G("airline", "nl", "chat", """
Mijn vlucht {~flight_number} van {~date} is geannuleerd, wanneer krijg ik mijn geld terug? Ik betaalde {~amount:high}
--
Koffer niet aangekomen met {~flight_number}, we landden om {~time}. Adres voor bezorging: {address}
--
Voor de omboeking: passagier {name}, geboren {date_of_birth}
""")
G("airline", "nl", "email", """
Compensatie vertraagde vlucht
Onze vlucht {~flight_number} op {~date} vertrok pas om {~time}, ruim drie uur later dan gepland. Volgens de regels hebben wij recht op compensatie. Wij reisden met twee personen; de tickets kostten samen {~amount:high}.
""")
G("airline", "nl-be", "chat", """
Vlucht {~flight_number} is verplaatst naar {~time}, kan ik kosteloos omboeken?
""")
G("airline", "fr-be", "chat", """
Mon vol {~flight_number} du {~date} a été annulé, je voudrais être remboursée
""")
G("airline", "en-gb", "chat", """
Flight {~flight_number} delayed over 4 hours, how do I claim?
--
passenger DOB is {date_of_birth}, the booking has it wrong
""")
G("airline", "en-us", "chat", """
My bag didn't make it on {~flight_number}. Deliver it to {address} please
""")

# ---- insurers / health --------------------------------------------------------------
G("insurer", "nl", "chat", """
Mijn declaratie van {~date} ({~amount}) is nog niet uitbetaald. Relatienummer {customer_number}
--
Polisnummer {customer_number}, geboortedatum {date_of_birth}. Hoeveel eigen risico heb ik nog over?
--
Hoeveel procent wordt vergoed voor fysio? Ik lees {~percentage} op de site
""")
G("insurer", "nl", "email", """
Schademelding
Op {~date} is bij mij ingebroken. Mijn polisnummer is {customer_number}. Er zijn een laptop en een {~model_number:phone} gestolen. Het proces-verbaal volgt.
""")
G("insurer", "nl-be", "chat", """
Mijn aansluitingsnummer bij het ziekenfonds is {customer_number}, ik ben geboren op {date_of_birth}
""")
G("insurer", "fr-be", "chat", """
Numéro d'affiliation {customer_number}, date de naissance {date_of_birth}. Mon remboursement n'est pas arrivé
""")
G("insurer", "en-gb", "chat", """
policy number {customer_number}, DOB {date_of_birth:slash}. Need to add my partner
""")

# ---- bank fraud -------------------------------------------------------------------------
G("fraud", "nl", "chat", """
Ik heb mijn pas en pincode {pin} aan een "bankmedewerker" gegeven die aan de deur kwam. Mijn moeder zegt dat ik jullie moet appen. Help
--
Er is {~amount} van mijn rekening {iban} gehaald naar een Duitse rekening {iban:de}. Ik heb dat niet gedaan!
--
Iemand heeft mijn kaartgegevens ({card}). Ze belden ook en vroegen de code die ik kreeg, dat was {otp}. Ik heb hem gegeven 😢
""")
G("fraud", "nl", "email", """
Oplichting – spoed
Ik ben vanmiddag gebeld door iemand die zei van uw fraudeafdeling te zijn. Ik heb hem mijn gebruikersnaam ({username}) en de code uit de app ({otp}) gegeven. Daarna is er {~amount} overgemaakt naar {iban:es}. Blokkeer alstublieft direct mijn rekening.
""")
G("fraud", "nl-be", "chat", """
Ik heb op een valse link geklikt en mijn kaartnummer {card} en de code {otp} ingegeven. Wat moet ik doen??
""")
G("fraud", "fr-be", "chat", """
Un faux conseiller m'a demandé mon code PIN ({pin}) et il est passé chercher ma carte. Bloquez tout svp
""")
G("fraud", "en-gb", "chat", """
I got a text saying my account was locked, clicked the link and typed my username {username} and password {password}. Then they asked for the code {otp}. I think I've been scammed
""")

# ---- hard negatives next to credential cues (no labelled value at all) ------------------
G("cue_neg", "nl", "chat", """
Foutcode {~error_code:bank} bij het pinnen, wat betekent dat?
--
Modem {~model_number:router}, wifi wachtwoord staat op de sticker maar die is half weggevaagd. Hoe kom ik eraan?
--
Ik heb geen PUK-code gekregen bij mijn nieuwe sim, alleen een kaartje met artikelnummer {~product_code:art}
--
Pincode geblokkeerd na 3 pogingen. Ik heb een nieuwe aangevraagd via {~url}
--
De sms-code komt niet aan. Mijn telefoon is een {~model_number:phone} met {~version_string:android}
--
Wachtwoord vergeten, de resetlink uit de mail van {~time} werkt niet meer
--
bij het inloggen krijg ik "code {~error_code}". Wat moet ik doen?
--
Mijn nieuwe pas ({~masked_value:card}) is nog steeds niet aangekomen
--
Is mijn IBAN {~masked_value:iban} nog gekoppeld aan de incasso?
--
In de app staat mijn wachtwoord als {~masked_value:stars}, kan ik het ergens zien?
--
Wifi-code werkt niet meer na de update naar firmware {~version_string:fw}
--
Pinautomaat gaf melding {~error_code:bank} en hield {~amount} in. Wat nu?
--
De verificatiecode wordt naar {~masked_value:phone} gestuurd, dat is mijn oude nummer!
--
Mijn toegangscode voor de app moet 5 cijfers zijn, maar de app ({~version_string:app}) accepteert er maar 4
--
Hoeveel kost een nieuwe PUK-brief? Op de site staat {~amount:small}
--
Wachtwoord reset aangevraagd om {~time}, de mail kwam pas om {~time}
--
de pinbetaling van {~amount} bij de supermarkt is 2x afgeschreven, pincode was gewoon goed
--
Nieuwe simkaart besteld op {~date} (bestelnummer {~order_number}), pincode en puk zitten er toch bij?
--
wifi wachtwoord veranderen, waar doe ik dat? modem is {~model_number:router}, app versie {~version_string:app}
--
Bij het instellen van de 2FA krijg ik {~error_code} na het scannen van de QR-code
--
code {~error_code} bij het betalen met Apple Pay, kaart eindigt op {~masked_value:tail}
--
Hoe lang is een sms-code geldig? Ik kreeg hem om {~time} en om {~time} was hij al verlopen
--
Mijn bankpas verloopt in {~year:future} staat in de app, krijg ik automatisch een nieuwe?
--
ticketnummer {~ticket_number}: nog steeds geen nieuwe pincode ontvangen
""")
G("cue_neg", "nl", "email", """
Geen pincode ontvangen
Op {~date} heb ik een nieuwe pinpas aangevraagd. De pas is binnen, maar de pincode niet. Zaaknummer {~ticket_number}. Hoe lang duurt het nog?
--
Wachtwoordeisen
Bij het aanmaken van een nieuw wachtwoord krijg ik steeds de melding {~error_code}. Ik gebruik de app op een {~model_number:phone} ({~version_string:ios}). Wat zijn precies de eisen?
--
Wifi-gegevens kwijt
De sticker met het wifi-wachtwoord op mijn modem ({~model_number:router}) is eraf gegaan bij de verhuizing. Hoe kan ik het wachtwoord terugvinden of resetten? Ticket {~ticket_number}.
""")
G("cue_neg", "nl", "public", """
{~mention} waarom moet mijn wachtwoord elke 90 dagen veranderen? {~hashtag=#irritant}
--
{~mention} sms-codes komen pas na 20 min binnen. Dan is hij al verlopen. {~hashtag=#2FA}
--
{~mention} Pinautomaat in {city} geeft {~error_code:bank} bij elke pas. Even melden!
""")
G("cue_neg", "nl-be", "chat", """
Mijn bankkaart gaf foutcode {~error_code:bank} aan de kassa, kan ik er nog mee betalen?
--
Den technieker zei dat het wifi paswoord op de modem staat ({~model_number:router}), maar er zit geen sticker op
--
Ik krijg geen sms met de code, mijn gsm is een {~model_number:phone}
--
pincode kwijt van mijn nieuwe kaart, dossier {~ticket_number}
--
Mijn PUK-code staat ni in de app, versie {~version_string:app}
""")
G("cue_neg", "nl-be", "public", """
{~mention} al {~quantity:min} wachten op een sms-code om aan te melden 🙄
""")
G("cue_neg", "fr-be", "chat", """
Erreur {~error_code:bank} au moment de taper mon code PIN au distributeur
--
Le mot de passe wifi est sur l'autocollant du modem {~model_number:router}, mais il est illisible
--
je ne reçois pas le code par SMS, mon téléphone est un {~model_number:phone}
--
Le code PUK n'est pas sur la carte que j'ai reçue le {~date}
""")
G("cue_neg", "en-gb", "chat", """
Error {~error_code:bank} when I enter my PIN at the till
--
the wifi password is on the sticker on the {~model_number:router} but it's worn off
--
never received the PIN letter for my new card, case ref {~ticket_number}
--
2FA code texts aren't arriving, phone is on {~version_string:ios}
""")
G("cue_neg", "en-us", "chat", """
it asks for a verification code but the texts go to {~masked_value:phone}, which isn't mine anymore
--
password reset email from {~time} never showed up
--
PIN pad shows {~error_code} every time, card is {~masked_value:card}
""")

# ---- agent replies ----------------------------------------------------------------------
G("agent", "nl", "agent", """
Hoi {first}, vervelend dat het inloggen niet lukt! Wil je ons via DM je klantnummer en postcode sturen? Deel nooit je wachtwoord, ook niet met ons. ^{initials}
--
Dag {first}, ik heb je melding doorgezet onder nummer {~ticket_number}. Je hoort binnen 2 werkdagen van ons. Groet, {agent}
--
Hoi! Je kunt ons ook bellen op {~company_phone} (gratis). We zijn vandaag bereikbaar tot {~time}. ^{initials}
--
Bedankt voor je geduld. De storing in {city} is om {~time} verholpen. Kijk op {~url} voor actuele meldingen. ^{initials}
--
Ik zie dat je je pincode in je bericht hebt gezet. Die hebben we voor de zekerheid verwijderd; verander je pincode zo snel mogelijk bij een geldautomaat. ^{initials}
--
Je PUK-code vind je in Mijn {brand} onder Instellingen > Simkaart. Lukt dat niet? Stuur dan je klantnummer via DM, dan zoeken we hem op. ^{initials}
--
Hoi {first}, ik heb je nieuwe adres ({address}) verwerkt. Je volgende factuur komt daarheen. ^{initials}
--
Dank je! Ik zie een account met e-mailadres {email}, klopt dat? Dan stuur ik de resetlink daarheen. Groet, {agent}
--
We bellen je morgen tussen {~time} en {~time} terug op {phone}. Fijne avond! ^{initials}
--
Hoi {first}, de PUK-code van je simkaart is {puk}. Na het invoeren kies je zelf een nieuwe pincode. Let op: na 10 foute pogingen is de simkaart definitief geblokkeerd. ^{initials}
--
Ik heb je account ontgrendeld. Je kunt inloggen met gebruikersnaam {username} en het tijdelijke wachtwoord {password}. Wijzig dit direct na het inloggen. Groet, {agent}
--
Je wifi-wachtwoord is op afstand gewijzigd naar {wifi_key}. Herstart je apparaten en verbind opnieuw met {ssid}. ^{initials}
--
Ter controle: is {iban} het rekeningnummer waarop we het bedrag van {~amount} mogen terugstorten? ^{initials}
--
Hoi {first}, ik heb je nieuwe netwerksleutel ingesteld: {wifi_key:custom}. Die zie je nu ook in de app. ^{initials}
--
Dank voor je bericht. Het bedrag van {~amount} wordt binnen 5 werkdagen teruggestort op je rekening eindigend op {~masked_value:iban}. ^{initials}
--
Goedemorgen {first}, je pakket met trackingnummer {~tracking_number:postnl} wordt vandaag tussen {~time} en {~time} bezorgd. ^{initials}
--
Hoi {first}, je bent geboren op {date_of_birth} en je klantnummer is {customer_number}, klopt dat? Dan kan ik verder met je aanvraag. ^{initials}
--
Vervelend! Je pinpas met nummer {~masked_value:card} is nu geblokkeerd. Een nieuwe pas is onderweg naar het adres dat bij ons bekend is. ^{initials}
""")
G("agent", "nl", "agent", """
Hoi {first}, dank je wel. Je nieuwe inloggegevens:
gebruikersnaam: {username}
tijdelijk wachtwoord: {password}
Je wordt gevraagd dit wachtwoord bij de eerste keer inloggen te wijzigen. ^{initials}
--
Hallo {first}, ik heb je sim-pincode teruggezet naar {pin}. Pas hem na het opstarten meteen aan in de instellingen van je telefoon. ^{initials}
""")
G("agent", "nl-be", "agent", """
Dag {first}, bedankt voor uw bericht. Mag ik uw klantennummer en geboortedatum vragen via privébericht? Groetjes, {agent}
--
Dag {first}, we hebben uw gsm-nummer aangepast naar {phone}. Nog een fijne dag, {agent}
--
Dag {first}, de PUK-code voor uw nummer {phone} is {puk}. Groeten, {agent}
--
Uw tijdelijk paswoord is {password}. Gelieve dit bij de eerste aanmelding te wijzigen. Met vriendelijke groeten, {agent}
--
Dag {first}, de technieker komt op {~date} tussen {~time} en {~time}. Uw dossiernummer is {~ticket_number}. Groeten, {agent}
--
Hallo {first}, uw nieuwe wifi-sleutel is {wifi_key}. Vergeet niet al uw toestellen opnieuw te verbinden. {agent}
""")
G("agent", "fr-be", "agent", """
Bonjour {first}, pourriez-vous nous communiquer votre numéro de client en message privé ? Ne partagez jamais votre code PIN. {agent}
--
Bonjour {first}, nous avons bien noté votre nouvelle adresse : {address}. Bonne journée, {agent}
--
Bonjour {first}, voici le code PUK de votre carte SIM : {puk}. Bonne journée, {agent}
--
Bonjour, votre dossier {~ticket_number} est en cours de traitement. Vous pouvez aussi nous joindre au {~company_phone}. {agent}
--
Bonjour {first}, votre mot de passe temporaire est {password}. Merci de le modifier lors de votre première connexion. {agent}
""")
G("agent", "en-gb", "agent", """
Hi {first}, sorry to hear that. Can you DM us your account number and postcode? Never share your password with anyone, including us. ^{initials}
--
Thanks {first}, I've updated the email on your account to {email}. You'll get a confirmation shortly. ^{initials}
--
Hi {first}, the PUK for the SIM ending {~masked_value:tail} is {puk}. Once it's in you'll be asked to set a new PIN. ^{initials}
--
Your new wifi key is {wifi_key}. Any devices will need reconnecting. ^{initials}
--
Hi {first}, I've raised this as case {~ticket_number}. An engineer will call you on {phone} before {~time} tomorrow. ^{initials}
""")
G("agent", "en-us", "agent", """
Hey {first}! Please send us a DM with the email on your account so we can take a look. –{agent}
--
I've reset it for you: your temporary password is {password} – please change it as soon as you've signed in. –{agent}
--
Thanks for waiting, {first}. Your refund of {~amount} was issued on {~date}. Allow 3-5 business days. –{agent}
--
Got it, I've added {phone} as the contact number for the technician visit. –{agent}
""")

# ========================================================================================
# E-MAIL WRAPPER POOLS (ordered clean, clean, pii, pii, ... so both halves get both kinds)
# ========================================================================================
W("nl", "greet", """
Beste klantenservice,
--
Geachte heer/mevrouw,
--
Hallo,
--
Goedemiddag,
--
Beste {brand},
--
Hoi,
--
Goedemorgen,
--
Beste medewerker,
--
Geachte heer, mevrouw,
--
Hallo {brand},
""")
W("nl", "signoff", """
Met vriendelijke groet,
--
Mvg,
--
Groetjes,
--
Alvast bedankt,
--
Vriendelijke groeten,
--
Groet,
--
Met vriendelijke groeten,
--
Bvd,
""")
W("nl", "filler", """
Ik heb al twee keer gebeld maar kom er niet uit.
--
Ik hoop dat u mij snel kunt helpen, ik ben hier al weken mee bezig.
--
Excuses voor de lange mail, maar ik wilde alles in één keer uitleggen.
--
Het is echt vervelend, ik ben al jaren klant bij jullie.
--
Ik heb ook al gebeld met {~company_phone}, maar na 40 minuten wachten heb ik opgehangen.
--
Mijn vorige melding ({~ticket_number}) is zonder oplossing gesloten.
--
Uw collega aan de telefoon zei dat ik het beter per mail kon sturen.
--
Ik ben overdag slecht bereikbaar, mailen heeft mijn voorkeur.
""")
W("nl", "sig", """
{name}
--
{first}
--
{name}
{address:sig}
--
{name}
Tel: {phone}
{email}
--
{name}

Verzonden vanaf mijn iPhone
--
{first} {last}
(klant sinds {~year})
--
{name}
{address:sig}
{phone}
--
{name} | {phone} | {email}
--
{first}

Verstuurd vanaf mijn Galaxy
--
{name}
--
{name}
{address:sig}
T {phone}
E {email}
--
--
{name}
Mob. {phone}
--
{first}
--
{name}
--
{name}
Klantnummer: {customer_number}
--
{first}
{phone:local}
""")
W("nl", "quote", """
Op {~date:q} om {~time} schreef Klantenservice {brand}:
> Beste {first},
>
> Bedankt voor uw bericht. Uw melding is geregistreerd onder nummer {~ticket_number}. Wij nemen binnen vijf werkdagen contact met u op.
>
> Met vriendelijke groet,
> {agent}
> Klantenservice {brand}
--
-----Oorspronkelijk bericht-----
Van: Klantenservice {brand}
Verzonden: {~date:long} {~time}
Aan: {name}
Onderwerp: Uw vraag ({~ticket_number})

Geachte heer/mevrouw,

Wij hebben uw vraag in goede orde ontvangen. U kunt ons ook bereiken via {~company_phone}.

Met vriendelijke groet,
{agent}
{brand} B.V. | KvK {~company_registration:kvk} | BTW {~company_registration:btw}
--
Op {~date:q} om {~time} schreef {name} <{email}>:
> Goedemiddag,
> Ik heb nog steeds geen reactie gehad op mijn vraag. Mijn klantnummer is {customer_number}.
> Groet, {first}
--
Van: {name} <{email}>
Verzonden: {~date:long} {~time}
Aan: Klantenservice {brand}
Onderwerp: Vraag over mijn factuur

Beste,

Kunt u mij bellen op {phone}? Ik kom er zelf niet uit.

{first}
--
Op {~date:q} om {~time} schreef {brand}:
> Hallo {first}, je vraag is doorgestuurd naar de juiste afdeling (referentie {~ticket_number}). Je hoort zo snel mogelijk van ons.
> {brand} | KvK {~company_registration:kvk}
--
Op {~date:q} om {~time} heeft Klantenservice geschreven:
> Geachte klant, wij verzoeken u uw klantnummer te vermelden in uw antwoord. Bel voor spoed {~company_phone}.
--
Op {~date:q} schreef {name} <{email}>:
> Mijn adres is {address}, daar is niets bezorgd.
--
-----Oorspronkelijk bericht-----
Van: {name} <{email}>
Verzonden: {~date:long} {~time}
Aan: {brand}
Onderwerp: Opzegging

Ik wil mijn abonnement opzeggen per {~date}. Klantnummer {customer_number}.
""")

W("nl-be", "greet", """
Beste,
--
Geachte,
--
Dag,
--
Goeiedag,
--
Beste mevrouw, meneer,
--
Hallo,
--
Geachte klantendienst,
--
Beste klantendienst,
""")
W("nl-be", "signoff", """
Met vriendelijke groeten,
--
Mvg
--
Groeten,
--
Alvast bedankt!
--
Vriendelijke groet,
--
Dank bij voorbaat,
--
Hoogachtend,
--
Groetjes,
""")
W("nl-be", "filler", """
Ik heb al verschillende keren gebeld naar de klantendienst maar zonder resultaat.
--
Gelieve dit zo snel mogelijk op te lossen.
--
Ik reken op een snelle reactie.
--
Ik ben al meer dan tien jaar klant bij u.
--
Mijn vorige mail (dossier {~ticket_number}) bleef onbeantwoord.
--
Ik heb naar {~company_phone} gebeld maar na een half uur wachten ingehaakt.
--
U kunt mij best bereiken via mail, overdag ben ik op het werk.
--
Alvast bedankt om dit na te kijken.
""")
W("nl-be", "sig", """
{name}
--
{first}
--
{name}
{address:sig}
--
{name}
gsm {phone}
--
{name}

Verzonden vanaf mijn iPhone
--
{first} {last}
--
{name}
{address:sig}
{phone}
{email}
--
{name} - {phone}
--
{first}
--
{name}
--
{name}
Klantennummer {customer_number}
--
{name}
{address:sig}
""")
W("nl-be", "quote", """
Op {~date:q} om {~time} schreef Klantendienst {brand}:
> Beste klant,
> Wij hebben uw vraag goed ontvangen onder dossiernummer {~ticket_number}. Wij contacteren u zo snel mogelijk.
> Met vriendelijke groeten,
> {agent}
--
Van: Klantendienst {brand}
Verzonden: {~date:long} {~time}
Aan: {name}
Onderwerp: Uw dossier {~ticket_number}

Beste,
Gelieve ons uw klantennummer te bezorgen zodat wij uw vraag kunnen behandelen.
{brand} NV – ondernemingsnummer {~company_registration:kbo}
--
Op {~date:q} om {~time} schreef {name} <{email}>:
> Beste, ik wacht nog altijd op een antwoord. Mijn gsm is {phone}.
--
Van: {name} <{email}>
Verzonden: {~date:long} {~time}
Aan: Klantendienst {brand}
Onderwerp: Factuur

Dag, mijn klantennummer is {customer_number}. Kunt u de factuur nog eens opsturen?
--
Op {~date:q} schreef {brand}:
> Dag {first}, uw melding is doorgegeven aan onze technische dienst. Referentie: {~ticket_number}.
--
Op {~date:q} om {~time} schreef {name} <{email}>:
> Mijn adres is veranderd naar {address}.
""")

W("fr-be", "greet", """
Bonjour,
--
Madame, Monsieur,
--
Bonjour Madame, Monsieur,
--
Chère équipe,
--
Bonsoir,
--
Cher service clientèle,
--
Bonjour à vous,
--
Madame, Monsieur, bonjour,
""")
W("fr-be", "signoff", """
Cordialement,
--
Bien à vous,
--
Meilleures salutations,
--
Merci d'avance,
--
Bien cordialement,
--
Salutations distinguées,
--
Merci,
--
Bonne journée,
""")
W("fr-be", "filler", """
J'ai déjà appelé plusieurs fois sans succès.
--
Je compte sur une réponse rapide.
--
Je suis client chez vous depuis de nombreuses années.
--
Mon précédent courriel (dossier {~ticket_number}) est resté sans réponse.
--
J'ai appelé le {~company_phone} mais après 30 minutes d'attente j'ai raccroché.
--
Vous pouvez me joindre par mail, je travaille en journée.
--
Merci de traiter ma demande rapidement.
--
C'est la troisième fois que je vous écris à ce sujet.
""")
W("fr-be", "sig", """
{name}
--
{first}
--
{name}
{address:sig}
--
{name}
GSM : {phone}
--
{name}

Envoyé de mon iPhone
--
{first} {last}
--
{name}
{address:sig}
{phone}
{email}
--
{name} – {phone}
--
{first}
--
{name}
--
{name}
N° client : {customer_number}
--
{name}
{address:sig}
""")
W("fr-be", "quote", """
Le {~date:q} à {~time}, Service clientèle {brand} a écrit :
> Bonjour {first},
> Nous avons bien reçu votre demande (dossier {~ticket_number}). Nous revenons vers vous dans les plus brefs délais.
> Cordialement,
> {agent}
--
De : Service clients {brand}
Envoyé : {~date:long} {~time}
À : {name}
Objet : Votre dossier {~ticket_number}

Madame, Monsieur,
Merci de nous communiquer votre numéro de client.
{brand} SA – n° d'entreprise {~company_registration:kbo}
--
Le {~date:q} à {~time}, {name} <{email}> a écrit :
> Bonjour, j'attends toujours une réponse. Mon GSM : {phone}.
--
De : {name} <{email}>
Envoyé : {~date:long} {~time}
À : Service clients {brand}
Objet : Facture

Bonjour, mon numéro de client est {customer_number}. Pouvez-vous me renvoyer la facture ?
--
Le {~date:q}, {brand} a écrit :
> Bonjour, votre demande a été transmise à notre service technique. Référence : {~ticket_number}.
--
Le {~date:q} à {~time}, {name} <{email}> a écrit :
> Ma nouvelle adresse est {address}.
""")

W("en-gb", "greet", """
Dear Sir or Madam,
--
Hello,
--
Hi there,
--
Dear {brand} team,
--
Good morning,
--
Hi,
--
Dear Customer Services,
--
Afternoon,
""")
W("en-gb", "signoff", """
Kind regards,
--
Best wishes,
--
Thanks,
--
Regards,
--
Cheers,
--
Many thanks,
--
Yours faithfully,
--
Best,
""")
W("en-gb", "filler", """
I've already called twice and been cut off both times.
--
I'd appreciate a quick response as this is getting urgent.
--
I've been a customer for over ten years.
--
My previous complaint (ref {~ticket_number}) was closed without a reply.
--
I rang {~company_phone} but gave up after 40 minutes on hold.
--
I work during the day so email is best.
--
Apologies for the long email.
--
This is the third time I've written about this.
""")
W("en-gb", "sig", """
{name}
--
{first}
--
{name}
{address:sig}
--
{name}
Mobile: {phone}
--
{name}

Sent from my iPhone
--
{first} {last}
--
{name}
{address:sig}
{phone}
{email}
--
{name} | {phone}
--
{first}
--
{name}
--
{name}
Account no. {customer_number}
--
{name}
{address:sig}
""")
W("en-gb", "quote", """
On {~date:q} at {~time}, {brand} Customer Services wrote:
> Dear {first},
> Thank you for contacting us. Your case reference is {~ticket_number}. We aim to respond within five working days.
> Kind regards,
> {agent}
--
-----Original Message-----
From: {brand} Customer Services
Sent: {~date:long} {~time}
To: {name}
Subject: Your enquiry {~ticket_number}

Dear customer, please reply with your account number.
{brand} Ltd, registered in England and Wales, company number {~company_registration:ukco}. VAT reg. {~company_registration:ukvat}
--
On {~date:q} at {~time}, {name} <{email}> wrote:
> Hello, still waiting to hear back. My mobile is {phone}.
--
-----Original Message-----
From: {name} <{email}>
Sent: {~date:long} {~time}
To: Customer Services
Subject: Bill

My account number is {customer_number}, please resend the bill.
--
On {~date:q}, {brand} wrote:
> Hi {first}, we've passed this to our technical team. Reference: {~ticket_number}.
--
On {~date:q} at {~time}, {name} <{email}> wrote:
> My new address is {address}.
""")

W("en-us", "greet", """
Hi,
--
Hello support team,
--
To whom it may concern,
--
Hey there,
--
Good afternoon,
--
Hello,
--
Dear Support,
--
Hi {brand} team,
""")
W("en-us", "signoff", """
Thanks,
--
Best,
--
Sincerely,
--
Thank you,
--
Regards,
--
Thanks in advance,
--
Best regards,
--
Appreciate it,
""")
W("en-us", "filler", """
I've called twice already and nobody could help.
--
Please get back to me ASAP.
--
I've been a loyal customer for years.
--
My last ticket ({~ticket_number}) got closed without an answer.
--
I called {~company_phone} and waited 45 minutes.
--
Email is best, I'm at work all day.
--
Sorry for the long email.
--
This is really frustrating.
""")
W("en-us", "sig", """
{name}
--
{first}
--
{name}
{address:sig}
--
{name}
Cell: {phone}
--
{name}

Sent from my iPhone
--
{first} {last}
--
{name}
{address:sig}
{phone}
{email}
--
{name} | {phone}
--
{first}
--
{name}
--
{name}
Account #{customer_number}
--
{name}
{address:sig}
""")
W("en-us", "quote", """
On {~date:q}, at {~time}, {brand} Support wrote:
> Hi {first},
> Thanks for reaching out! Your ticket number is {~ticket_number}. We'll get back to you within 48 hours.
> {agent}
--
-----Original Message-----
From: {brand} Support
Sent: {~date:long} {~time}
To: {name}
Subject: Ticket {~ticket_number}

Please reply with the email address on your account.
{brand} Inc. | EIN {~company_registration:ein}
--
On {~date:q}, at {~time}, {name} <{email}> wrote:
> Hi, still waiting on this. Call me at {phone}.
--
-----Original Message-----
From: {name} [mailto:{email}]
Sent: {~date:long} {~time}
To: Support
Subject: Billing

My account number is {customer_number}. Please resend the invoice.
--
On {~date:q}, {brand} Support wrote:
> Hi {first}, we've escalated this to our tech team. Ref: {~ticket_number}.
--
On {~date:q}, at {~time}, {name} <{email}> wrote:
> My new address is {address}.
""")


# ========================================================================================
# building the halves
# ========================================================================================
SECTOR_HINTS = [
    ("bank", r"\b(pin|pincode|pinbetaling|pinnen|pinautomaat|bankpas|bankkaart|pas|kaart|carte|card|iban|atm|till|apple pay|bancontact)\b"),
    ("telco", r"\b(wifi|modem|sim|simkaart|puk|router|internet|4g|databundel|decoder|bereik|sms-codes?|data|gb|abonnement|technieker|tv)\b"),
    ("energy", r"\b(meter|meterstand|stroom|gas|energie|voorschot)\b"),
    ("shop", r"\b(bestelling|bestelnummer|pakket|pakje|order|commande|colis|retour)\b"),
]


def infer_sector(text: str) -> str:
    low = text.lower()
    for sector, rx in SECTOR_HINTS:
        if re.search(rx, low):
            return sector
    return "any"


def assign_halves():
    groups: dict[tuple, list[Template]] = {}
    for t in TEMPLATES:
        groups.setdefault(t.group, []).append(t)
        if t.sector == "any" and t.family not in ("login", "password", "otp"):
            t.sector = infer_sector(t.body)
    i = 0
    for key, ts in groups.items():
        for j, t in enumerate(ts):
            t.half = HALVES[i % 2]
            t.tid = f"{key[0]}/{key[1]}/{key[2]}/{j:02d}"
            i += 1


def split_wrap():
    out = {h: {} for h in HALVES}
    for lang, parts in WRAP.items():
        for part, items in parts.items():
            clean = [x for x in items if not has_label(x)]
            pii = [x for x in items if has_label(x)]
            for sub in (clean, pii):
                for i, x in enumerate(sub):
                    out[HALVES[i % 2]].setdefault(lang, {}).setdefault(part, []).append(x)
    return out


def render_message(t: Template, rng, pools, wrap, mode="any"):
    sector = t.sector if t.sector != "any" else rng.choice(ANY_SECTORS)
    c = Ctx(rng, pools, t.lang, REGION_OF_LANG[t.lang], sector, addr_region=t.region)
    tpl = compose_email(t, wrap, rng, mode) if t.reg == "email" else t.body
    text, spans, negs = render(tpl, c)
    chans, weights = REG_CHANNELS[t.reg]
    channel = t.ch or rng.choices(chans, weights)[0]
    rec = {"id": None, "channel": channel, "lang": t.lang,
           "visibility": "public" if channel in PUBLIC else "private",
           "text": text, "spans": spans, "negatives": negs}
    return rec, t


def msg_cat(rec) -> str:
    if any(s["type"] in HIGH_RISK for s in rec["spans"]):
        return "hr"
    return "other" if rec["spans"] else "none"


def pick_by_deficit(rng, targets: dict, counts: Counter, n: int):
    deficits = {k: targets[k] * n - counts[k] for k in targets}
    pos = {k: v for k, v in deficits.items() if v > 0}
    if not pos:
        return max(deficits, key=lambda k: deficits[k])
    keys = list(pos)
    return rng.choices(keys, [pos[k] for k in keys])[0]


def build_half(half, templates, pools, wrap, seed):
    rng = random.Random(seed * 2 + HALVES.index(half))
    out = []
    uses = Counter()

    def make(t, mode="any"):
        uses[t.tid] += 1
        out.append(render_message(t, rng, pools, wrap, mode))

    # stage 1: every template of the half once
    order = list(templates)
    rng.shuffle(order)
    for t in order:
        make(t)
    # stage 2: every high-risk type up to HR_TARGET spans
    while True:
        cnt = Counter(s["type"] for r, _ in out for s in r["spans"])
        short = sorted((cnt[k] - HR_TARGET, HIGH_RISK.index(k), k) for k in HIGH_RISK if cnt[k] < HR_TARGET)
        if not short:
            break
        need = short[0][2]
        cands = [t for t in templates if need in t.hr_kinds]
        lc = Counter(r["lang"] for r, _ in out)
        n = len(out) + 1
        w = [max(0.2, LANG_TARGET[t.lang] * n - lc[t.lang] + 3) / (1 + uses[t.tid]) ** 1.5 for t in cands]
        make(rng.choices(cands, w)[0])
    # stage 3: fill up, steering language, category and e-mail share
    while len(out) < PER_HALF:
        n = len(out) + 1
        lc = Counter(r["lang"] for r, _ in out)
        cc = Counter(msg_cat(r) for r, _ in out)
        ec = sum(1 for r, _ in out if r["channel"] == "email")
        lang = pick_by_deficit(rng, LANG_TARGET, lc, n)
        cat = pick_by_deficit(rng, CAT_TARGET, cc, n)
        want_email = ec < EMAIL_TARGET * n

        def ok_cat(t):
            if cat == "other":
                return t.cat == "other" or (t.reg == "email" and t.cat == "none")
            return t.cat == cat

        tries = [
            lambda t: t.lang == lang and ok_cat(t) and (t.reg == "email") == want_email,
            lambda t: t.lang == lang and ok_cat(t),
            lambda t: ok_cat(t) and (t.reg == "email") == want_email,
            lambda t: ok_cat(t),
        ]
        for f in tries:
            cands = [t for t in templates if f(t)]
            if cands:
                break
        w = [1.0 / (1 + uses[t.tid]) ** 1.5 for t in cands]
        t = rng.choices(cands, w)[0]
        mode = "any"
        if t.reg == "email" and t.cat == "none":
            mode = "pii" if cat == "other" else "clean"
        make(t, mode)
    rng.shuffle(out)
    for i, (r, _) in enumerate(out):
        r["id"] = f"{PREFIX}-{half}-{i:05d}"
    return out


# ========================================================================================
# checks
# ========================================================================================
SECRET_NO_SPACE = {"password", "wifi_key", "username", "api_key", "token", "pin", "puk", "cvv", "bsn"}


def phone_ok(v: str) -> bool:
    v = v.replace("(0)", "").strip()
    d = re.sub(r"\D", "", v)
    if v.startswith("00"):
        d = d[2:]
    if v.startswith(("+", "00")):
        if d.startswith(("31", "32", "44")):
            d = "0" + d[2:]
        elif d.startswith("1"):
            d = d[1:]
    if re.fullmatch(r"0610\d{6}|061\d{7}", d):
        return True
    if re.fullmatch(r"020\d{7}", d):
        return True
    if re.fullmatch(r"04\d{8}", d):
        return True
    if re.fullmatch(r"07700900\d{3}|02079460\d{3}", d):
        return True
    if re.fullmatch(r"1?\d{3}55501\d{2}", d):
        return True
    return False


def check_record(r, problems):
    rid = r["id"]
    text = r["text"]
    if r["channel"] not in CHANNELS:
        problems.append(f"{rid}: bad channel")
    if r["lang"] not in LANGS:
        problems.append(f"{rid}: bad lang")
    if r["visibility"] != ("public" if r["channel"] in PUBLIC else "private"):
        problems.append(f"{rid}: bad visibility")
    if LEFTOVER_RE.search(text) or "\x02" in text or "\x03" in text:
        problems.append(f"{rid}: unrendered placeholder")
    items = [("span", s["type"], s) for s in r["spans"]] + [("neg", n["kind"], n) for n in r["negatives"]]
    for what, kind, s in items:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            problems.append(f"{rid}: {what} {kind} offsets out of range")
            continue
        v = text[a:b]
        if v != v.strip():
            problems.append(f"{rid}: {what} {kind} starts/ends with whitespace: {v!r}")
        if what == "span":
            if kind not in LABELS:
                problems.append(f"{rid}: unknown label {kind}")
            if kind == "card":
                dd = re.sub(r"[ -]", "", v)
                if not (dd.isdigit() and 13 <= len(dd) <= 19 and luhn_ok(dd)):
                    problems.append(f"{rid}: card fails Luhn {v!r}")
            if kind == "iban" and not iban_ok(v):
                problems.append(f"{rid}: iban fails mod-97 {v!r}")
            if kind == "bsn" and not bsn_ok(v):
                problems.append(f"{rid}: bsn fails 11-proof {v!r}")
            if kind == "phone" and not phone_ok(v):
                problems.append(f"{rid}: phone outside fictional ranges {v!r}")
            if kind in SECRET_NO_SPACE and re.search(r"\s", v):
                problems.append(f"{rid}: {kind} contains whitespace {v!r}")
            if kind in HIGH_RISK and b < len(text) and text[b] in PUNCT_AFTER and not v[-1].isalnum():
                problems.append(f"{rid}: {kind} ends in punctuation before punctuation {v!r}")
            if kind in HIGH_RISK and (v[0] in ".,;:!?" or v[0].isspace()):
                problems.append(f"{rid}: {kind} starts with punctuation {v!r}")
            if b < len(text) and (text[b].isalnum() and v[-1].isalnum()):
                problems.append(f"{rid}: {kind} glued to following text {text[a:b + 5]!r}")
            if a > 0 and (text[a - 1].isalnum() and v[0].isalnum()):
                problems.append(f"{rid}: {kind} glued to preceding text {text[a - 5:b]!r}")
        else:
            if kind not in NEG_KINDS:
                problems.append(f"{rid}: unknown negative {kind}")
    spans = sorted(r["spans"], key=lambda s: s["start"])
    for x, y in zip(spans, spans[1:]):
        if y["start"] < x["end"]:
            problems.append(f"{rid}: overlapping spans")
    negs = sorted(r["negatives"], key=lambda s: s["start"])
    for x, y in zip(negs, negs[1:]):
        if y["start"] < x["end"]:
            problems.append(f"{rid}: overlapping negatives")
    for n in r["negatives"]:
        for s in r["spans"]:
            if n["start"] < s["end"] and s["start"] < n["end"]:
                problems.append(f"{rid}: negative {n['kind']} overlaps span {s['type']}")
    # every occurrence of a high-risk value in the text must be labelled
    covered = [(s["start"], s["end"]) for s in r["spans"]]
    for s in r["spans"]:
        if s["type"] not in HIGH_RISK:
            continue
        v = text[s["start"]:s["end"]]
        if len(v) < 4:
            continue
        for m in re.finditer(re.escape(v), text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                problems.append(f"{rid}: unlabelled copy of {s['type']} {v!r}")


def stats(recs):
    st = {
        "n": len(recs),
        "labels": Counter(s["type"] for r in recs for s in r["spans"]),
        "negs": Counter(n["kind"] for r in recs for n in r["negatives"]),
        "channels": Counter(r["channel"] for r in recs),
        "langs": Counter(r["lang"] for r in recs),
        "cats": Counter(msg_cat(r) for r in recs),
        "email": sum(1 for r in recs if r["channel"] == "email"),
        "visibility": Counter(r["visibility"] for r in recs),
    }
    return st


def check_all(halves, half_templates, pools_by_half, wrap_by_half):
    problems = []
    ids = set()
    for h in HALVES:
        for r, _ in halves[h]:
            if r["id"] in ids:
                problems.append(f"duplicate id {r['id']}")
            ids.add(r["id"])
            check_record(r, problems)
    # templates: each used only in its own half, texts not shared between halves
    used = {h: {t.tid for _, t in halves[h]} for h in HALVES}
    if used["dev"] & used["heldout"]:
        problems.append(f"templates in both halves: {sorted(used['dev'] & used['heldout'])[:5]}")
    for h in HALVES:
        for _, t in halves[h]:
            if t.half != h:
                problems.append(f"template {t.tid} of {t.half} used in {h}")
                break
    bodies = {h: {t.body for t in half_templates[h]} for h in HALVES}
    if bodies["dev"] & bodies["heldout"]:
        problems.append("identical template text in both halves")
    # wrapper pieces (longer ones) not shared
    wp = {h: {x for lang in wrap_by_half[h].values() for part in lang.values() for x in part if len(x) > 25}
          for h in HALVES}
    if wp["dev"] & wp["heldout"]:
        problems.append("e-mail wrapper piece in both halves")
    for h in HALVES:
        for lang, parts in wrap_by_half[h].items():
            for part in ("sig", "quote"):
                items = parts[part]
                if not any(has_label(x) for x in items) or not any(not has_label(x) for x in items):
                    problems.append(f"{h}: wrapper {lang}/{part} lacks clean or labelled pieces")
    # pools disjoint
    for key in POOLS:
        a = {str(x) for x in pools_by_half["dev"][key]}
        b = {str(x) for x in pools_by_half["heldout"][key]}
        if a & b:
            problems.append(f"pool {key} shares {sorted(a & b)[:3]}")
    names = {h: {compact(x) for k in NAME_POOLS for x in pools_by_half[h][k]} for h in HALVES}
    if names["dev"] & names["heldout"]:
        problems.append(f"names in both halves: {sorted(names['dev'] & names['heldout'])[:5]}")
    total = 0
    for h in HALVES:
        recs = [r for r, _ in halves[h]]
        st = stats(recs)
        total += st["n"]
        for k in LABELS:
            if st["labels"][k] == 0:
                problems.append(f"{h}: label {k} missing")
        for k in NEG_KINDS:
            if st["negs"][k] == 0:
                problems.append(f"{h}: negative kind {k} missing")
        for k in HIGH_RISK:
            if st["labels"][k] < 45:
                problems.append(f"{h}: only {st['labels'][k]} {k} spans (< 45)")
        if st["cats"]["none"] < 0.25 * st["n"]:
            problems.append(f"{h}: only {st['cats']['none']} messages without spans (< 25 %)")
        if st["cats"]["hr"] < 0.45 * st["n"]:
            problems.append(f"{h}: only {st['cats']['hr']} messages with a high-risk value (< 45 %)")
        if st["email"] < 0.20 * st["n"]:
            problems.append(f"{h}: only {st['email']} e-mails (< 20 %)")
        ph = phrasing_counts(half_templates[h])
        for k in HIGH_RISK:
            if ph[k] < 12:
                problems.append(f"{h}: only {ph[k]} distinct phrasings for {k} (< 12)")
    if total < 2000:
        problems.append(f"only {total} messages (< 2000)")
    return problems


def phrasing_counts(templates):
    seen = defaultdict(set)
    for t in templates:
        for kind, ctx in t.phrasings():
            seen[kind].add((t.tid, ctx))
    return Counter({k: len(v) for k, v in seen.items()})


# ========================================================================================
# README and main
# ========================================================================================
README_HEAD = """# Blind scrub corpus `blind2` (record ids `b2-…`)

A labelled corpus of customer-care traffic for measuring the webcare-bridge scrubber:
{total} messages, {n_dev} in `dev.jsonl` and {n_held} in `heldout.jsonl`, written by
`generate_blind.py` (Python 3.11, standard library only) with **seed {seed}**:

    python tests/scrub_corpus/blind2/generate_blind.py --seed {seed}

The generator is deterministic for a given seed; it checks every record first and, if any
check fails, prints the problems, exits 1 and writes nothing.

## How it was written (blind)

The author read only the task brief (`/tmp/briefs/writerB.md`: label types, hard-negative
kinds, span conventions, record format, split rule; the other briefs next to it were not
opened) and wrote everything else from general
knowledge of how customers of Dutch, Belgian, UK and US companies write to care teams, and
from the platforms' public conventions.  The author did **not** open, read, grep or run
anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this directory),
`bench/`, `docs/scrubbing.md`, nor any other corpus or generator in the repository, and never
ran the scrubber or a scorer on this data.  Outside this directory the author looked only at
the repository's top-level file list, its `README.md` introduction, `.gitignore` and the
one-line subjects of the five most recent commits (`git log --oneline | head -5`, to check the
branch); those subjects name scrubber changes in passing, but no scrubber code, test or corpus
was read.  All brands, people, streets and values are invented: card numbers pass Luhn, IBANs
pass mod-97 (NL, BE, DE, FR, GB, ES, IE and others; Belgian and French national check digits
are also right), BSNs pass the 11-proof, phone numbers are in fictional ranges (NL 06-1…/020,
BE 04xx, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx).

Emphasis: Dutch (about half) and Flemish (about a fifth), the rest Belgian French and English;
mostly short and medium chat traffic (WhatsApp, DMs, tweets, Messenger, Instagram, Telegram)
with more than a fifth e-mails (subject line, greeting, filler, sign-off, signatures with
addresses/phones/e-mails, quoted history in "Op … schreef …", "Van:/Verzonden:/Aan:",
"-----Original Message-----", "Le … a écrit :" styles); sectors telco, energy, banking and web
shops, plus airlines, insurers, a few government-like (BSN) requests and developers writing to
an API platform.

## Record format and conventions

One JSON object per line: `id`, `channel`, `lang`, `visibility`, `text`, `spans`
(`type`, `start`, `end`: Python code-point offsets, end exclusive) and `negatives` (`kind`,
`start`, `end`).  A span covers exactly the value, never its cue word; grouped OTPs, cards and
IBANs are one span over all groups; a multi-line signature address is one span including its
line breaks; a city on its own, names, SSIDs and agent initials are not labelled; company
service numbers are `company_phone` negatives.  Secrets never end in punctuation when sentence
punctuation follows them.

## Split rule

Templates are grouped by (family, language, register) in the order they are defined; walking
the groups in that order, templates are dealt alternately to dev and heldout with one running
counter (deterministic, independent of the seed), so a template is used in one half only.
Every pool (first and last names per region, streets, cities, brands per sector, password
words, e-mail domains, device models, bank codes) and every e-mail wrapper piece (greetings,
fillers, sign-offs, signatures, quoted-history blocks) is dealt alternately the same way, so
the halves share no names, streets, cities, brands, password words or wrapper text.  Values
come from one `random.Random` per half (seed×2 for dev, seed×2+1 for heldout).

Each half is built in three stages: every template of the half once; then templates carrying
the high-risk type furthest below {hr_target} spans until every high-risk type reaches it; then
a fill-up steered towards the target language mix, the share of messages with a high-risk
value / other labels only / no label, and the e-mail share.

## Heldout

**Detector authors must never open `heldout.jsonl` or `generate_blind.py`; they may only run a
scorer over `heldout.jsonl` and report the numbers.**  `dev.jsonl` may be read for debugging.

## Checks run before writing

Offsets inside the text; spans and negatives never start or end with whitespace; cards pass
Luhn, IBANs mod-97, BSNs the 11-proof; phones in fictional ranges; no overlapping spans, no
negative overlapping a span; no unrendered placeholder; every copy of a high-risk value in a
message labelled; no secret (password, PIN, …) containing whitespace or ending in punctuation
before sentence punctuation; every label type and negative kind in both halves; at least 45
spans of every high-risk type and at least 12 distinct phrasings (template slot with its cue
context) per high-risk type in each half; at least 45 % of messages with a high-risk value,
at least 25 % without any span and at least 20 % e-mails in each half; no template, pool entry
or longer wrapper piece in both halves; at least 2,000 messages.
"""


def table(title, keys, per_half, extra=None):
    lines = [f"### {title}", "", "| | dev | heldout |", "| --- | ---: | ---: |"]
    for k in keys:
        label = f"{k} {extra(k)}" if extra else k
        lines.append(f"| {label} | {per_half['dev'][k]} | {per_half['heldout'][k]} |")
    return "\n".join(lines) + "\n"


def write_readme(path, seed, sts, phr, tcount):
    txt = README_HEAD.format(total=sts["dev"]["n"] + sts["heldout"]["n"], n_dev=sts["dev"]["n"],
                             n_held=sts["heldout"]["n"], seed=seed, hr_target=HR_TARGET)
    txt += "\n## Per-half counts\n\n"
    overview = {h: Counter({
        "messages": sts[h]["n"],
        "templates used": tcount[h],
        "with a high-risk span": sts[h]["cats"]["hr"],
        "with other spans only": sts[h]["cats"]["other"],
        "without any span": sts[h]["cats"]["none"],
        "e-mails": sts[h]["email"],
        "public": sts[h]["visibility"]["public"],
        "labelled spans": sum(sts[h]["labels"].values()),
        "hard negatives": sum(sts[h]["negs"].values()),
    }) for h in HALVES}
    txt += table("Overview", list(overview["dev"].keys()), overview) + "\n"
    txt += table("Label types (spans; high risk marked *)", LABELS,
                 {h: sts[h]["labels"] for h in HALVES},
                 extra=lambda k: "*" if k in HIGH_RISK else "") + "\n"
    txt += table("Distinct phrasings per high-risk type (template slot + cue context)", HIGH_RISK,
                 phr) + "\n"
    txt += table("Hard-negative kinds", NEG_KINDS, {h: sts[h]["negs"] for h in HALVES}) + "\n"
    txt += table("Channels", CHANNELS, {h: sts[h]["channels"] for h in HALVES}) + "\n"
    txt += table("Languages", LANGS, {h: sts[h]["langs"] for h in HALVES})
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def print_counts(sts, phr):
    print(f"{'':28}{'dev':>8}{'heldout':>9}")
    rows = [("messages", "n")]
    for label, key in rows:
        print(f"{label:28}{sts['dev'][key]:>8}{sts['heldout'][key]:>9}")
    for c in ("hr", "other", "none"):
        print(f"{'cat ' + c:28}{sts['dev']['cats'][c]:>8}{sts['heldout']['cats'][c]:>9}")
    print(f"{'e-mails':28}{sts['dev']['email']:>8}{sts['heldout']['email']:>9}")
    for k in LABELS:
        mark = "*" if k in HIGH_RISK else " "
        extra = f"   phrasings {phr['dev'][k]:>3} / {phr['heldout'][k]:>3}" if k in HIGH_RISK else ""
        print(f"{'span ' + k + mark:28}{sts['dev']['labels'][k]:>8}{sts['heldout']['labels'][k]:>9}{extra}")
    for k in NEG_KINDS:
        print(f"{'neg ' + k:28}{sts['dev']['negs'][k]:>8}{sts['heldout']['negs'][k]:>9}")
    for k in CHANNELS:
        print(f"{'channel ' + k:28}{sts['dev']['channels'][k]:>8}{sts['heldout']['channels'][k]:>9}")
    for k in LANGS:
        print(f"{'lang ' + k:28}{sts['dev']['langs'][k]:>8}{sts['heldout']['langs'][k]:>9}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=HERE, help="output directory (default: next to this file)")
    args = ap.parse_args(argv)

    assign_halves()
    pools_by_half = split_pools()
    wrap_by_half = split_wrap()
    half_templates = {h: [t for t in TEMPLATES if t.half == h] for h in HALVES}
    halves = {h: build_half(h, half_templates[h], pools_by_half[h], wrap_by_half[h], args.seed)
              for h in HALVES}
    problems = check_all(halves, half_templates, pools_by_half, wrap_by_half)
    sts = {h: stats([r for r, _ in halves[h]]) for h in HALVES}
    phr = {h: phrasing_counts(half_templates[h]) for h in HALVES}
    print_counts(sts, phr)
    if problems:
        print(f"\n{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for p in problems[:200]:
            print("  " + p, file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    for h in HALVES:
        with open(os.path.join(args.out, f"{h}.jsonl"), "w", encoding="utf-8") as f:
            for r, _ in halves[h]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tcount = {h: len({t.tid for _, t in halves[h]}) for h in HALVES}
    write_readme(os.path.join(args.out, "README.md"), args.seed, sts, phr, tcount)
    print(f"\nwrote {sum(s['n'] for s in sts.values())} messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
