#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind scrub corpus "blind3" (record id prefix b3) for webcare-bridge.

Standard library only, Python 3.11, deterministic for a given --seed.
Writes dev.jsonl, heldout.jsonl and README.md into the directory of this file.

Written blind: nothing of the scrubber, its tests, its cue lists or any other
corpus was read while writing this generator (see README.md).

Split rule: every template list (message skeletons, data phrasings, e-mail
parts, quotes, agent replies, ...) and every value pool (names, streets,
cities, brands, password words, e-mail domains) is dealt alternately to dev
and heldout by list position (with a fixed per-list offset derived from the
list key by CRC32).  The deal does not depend on the seed.  Each half draws
its random values from its own random.Random.
"""
from __future__ import annotations

import argparse
import base64
import datetime
import json
import os
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict

PREFIX = "b3"
DEFAULT_SEED = 20261201
HALVES = ("dev", "heldout")
PER_HALF = 1010
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
LOW = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
       "customer_number"]
LABELS = HIGH + LOW
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm",
            "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHAT = {"x_dm", "messenger", "instagram_dm", "whatsapp", "telegram"}
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LG = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
LANG_TAG = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}

# Message mix per half (exact counts, shuffled per half).
LANG_SHARE = {"en-gb": 0.23, "en-us": 0.22, "fr-be": 0.15, "nl": 0.24, "nl-be": 0.16}
CHANNEL_SHARE = {"email": 0.345, "agent_reply": 0.085, "whatsapp": 0.115, "x_public": 0.09,
                 "x_dm": 0.07, "messenger": 0.07, "facebook_comment": 0.05,
                 "instagram_dm": 0.06, "instagram_comment": 0.04, "telegram": 0.075}
PLAN_SHARE = {"high": 0.56, "low": 0.13, "none": 0.31}


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def deal(key: str, seq):
    """Deal a list alternately to the two halves (seed-independent)."""
    off = crc(key) % 2
    out = {h: [] for h in HALVES}
    for i, x in enumerate(seq):
        out[HALVES[(i + off) % 2]].append(x)
    return out


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# ---------------------------------------------------------------------------
# Pools (dealt per half)
# ---------------------------------------------------------------------------

FIRST = {
    "nl": "Sanne Daan Lotte Bram Femke Joris Anouk Thijs Eva Ruben Lisa Jeroen Marloes Sven "
          "Iris Bas Fleur Niels Inge Wouter Ilse Merel Esther Maarten Noor Renske Gert-Jan "
          "Yvonne Mohamed Fatima Hanneke Dirk Annemiek Kees Willemijn Tygo Sjoerd Mirjam "
          "Rutger Jolien".split(),
    "be-nl": "Jens Lien Wout Elke Pieter-Jan Annelies Kobe Sofie Jelle Hanne Brecht Nele Seppe "
             "Katrien Lowie Griet Arne Evelien Dries Leen Toon Ine Bart Veerle Robbe Els Tuur "
             "Febe Wannes Marijke Koen Stijn".split(),
    "be-fr": "Camille Louis Manon Théo Chloé Hugo Élodie Maxime Pauline Nicolas Aurélie Julien "
             "Céline Antoine Mélanie Arnaud Laetitia Grégory Sébastien Amandine Quentin Noémie "
             "Cédric Justine Olivier Gaëlle Romain Vincent Delphine Benoît".split(),
    "uk": "Oliver Amelia Harry Isla George Poppy Jack Freya Alfie Imogen Charlie Ellie Callum "
          "Rhiannon Archie Hollie Rhys Niamh Declan Gemma Kieran Siobhan Nathan Bethany Owen "
          "Lauren Craig Aisling Hamish Priyanka".split(),
    "us": "Emily Jacob Madison Tyler Ashley Brandon Hannah Kyle Megan Austin Brittany Justin "
          "Kayla Dylan Taylor Cody Jessica Logan Courtney Hunter Alexis Trevor Destiny Marcus "
          "Jasmine Carlos Maria DeShawn Kimberly Travis".split(),
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
           "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "van Dijk",
           "Schouten", "van den Berg", "Vermeulen", "Kuipers", "Veenstra", "Hoekstra", "Postma",
           "Prins", "Huisman", "Blom", "van Beek", "Koster", "Bosman", "Kramer", "el Amrani",
           "Yilmaz", "Zwart"],
    "be-nl": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet",
              "Verhoeven", "Van den Broeck", "Mertens", "Willems", "Aerts", "De Clercq",
              "Lambrechts", "Vermeersch", "Van Damme", "Cools", "Hermans", "Michiels",
              "Verstraete", "Claeys", "De Backer", "Van Acker", "Pauwels", "Bogaerts",
              "Vandenberghe", "Segers", "Coppens", "Dewulf", "Van Hecke"],
    "be-fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lejeune", "Renard", "Dumont",
              "Simon", "Laurent", "François", "Denis", "Collard", "Gérard", "Lemaire", "Jacquet",
              "Mathieu", "Hubert", "Charlier", "Leroy", "Henrard", "Piron", "Thiry", "Gilson",
              "Defays", "Rousseau", "Noël", "Bertrand", "Wilmotte", "Delvaux"],
    "uk": ["Thompson", "Walker", "Wright", "Robinson", "Hughes", "Edwards", "Green", "Hall",
           "Wood", "Clarke", "Jackson", "Turner", "Hill", "Phillips", "Patel", "Khan", "Collins",
           "Morgan", "Bell", "Murphy", "Cooper", "Ward", "Harrison", "Fletcher", "Shaw",
           "Holmes", "Barker", "Whitfield", "McKenzie", "Pritchard"],
    "us": ["Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
           "Martinez", "Anderson", "Moore", "Thomas", "Lee", "White", "Harris", "Sanchez",
           "Clark", "Ramirez", "Lewis", "Young", "Allen", "King", "Hernandez", "Nguyen",
           "Carter", "Mitchell", "Perez", "Roberts", "Gonzalez", "Campbell"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat",
           "Julianastraat", "Beatrixlaan", "Wilhelminastraat", "Nieuwstraat", "Hoofdstraat",
           "Kerkplein", "Achter de Hoven", "Oranjestraat", "Prinsengracht", "Lindenlaan",
           "Eikenlaan", "Vondelstraat", "Zuiderdiep", "Brink", "Lange Nieuwstraat",
           "Burgemeester de Withstraat", "Kastanjelaan", "Rozengracht", "Havenkade",
           "Tolhuisweg", "Het Hoogt", "Spoorsingel", "Kadijk", "Oude Delft", "Zwanenburgwal",
           "Bloemgracht", "Sint Jansstraat", "Laan van Meerdervoort", "Boterdiep",
           "Weverstraat", "Klaverweide", "Koningin Emmaplein", "Oosterpark", "Vismarkt",
           "Hooigracht"],
    "be-nl": ["Dorpsplein", "Meir", "Leopoldlaan", "Kapelstraat", "Veldstraat", "Beekstraat",
              "Sint-Pietersnieuwstraat", "Lange Kievitstraat", "Turnhoutsebaan",
              "Brugsesteenweg", "Kortrijksesteenweg", "Koning Albertlaan", "Boomsesteenweg",
              "Vlaanderenstraat", "Diestsestraat", "Naamsestraat", "Tiensestraat", "Zavelstraat",
              "Hoogstraat", "Bosstraat", "Ieperstraat", "Heirweg", "Kouter", "Vrijheidstraat",
              "Astridlaan", "Tramstraat", "Kloosterstraat", "Lindendreef", "Gasthuisstraat",
              "Kerkhofweg"],
    "be-fr": ["Rue de la Station", "Chaussée de Namur", "Avenue Louise", "Rue des Tilleuls",
              "Rue du Moulin", "Rue de l'Église", "Chaussée de Bruxelles", "Rue Saint-Gilles",
              "Place du Marché", "Rue des Écoles", "Avenue des Combattants", "Rue du Pont",
              "Boulevard d'Avroy", "Rue Haute", "Chaussée de Waterloo", "Rue de Fragnée",
              "Rue des Alliés", "Avenue de la Reine", "Rue du Centre", "Clos des Lilas",
              "Rue Joseph Wauters", "Rue de Herve", "Rue Grande", "Avenue Albert Ier",
              "Rue Émile Vandervelde", "Place Saint-Lambert", "Rue de Mons", "Rue des Champs",
              "Rue Léopold", "Allée des Hêtres"],
    "uk": ["High Street", "Mill Lane", "Church Road", "Station Road", "Victoria Road",
           "Green Lane", "Manor Road", "Park Avenue", "Kings Road", "Queen Street", "Elm Grove",
           "Chapel Street", "Windsor Close", "Orchard Way", "Springfield Road", "The Crescent",
           "Meadow View", "Albert Terrace", "Hillside Drive", "Riverside Walk", "St Mary's Close",
           "Beech Avenue", "Woodland Rise", "Marlborough Place", "Castle Street", "Foxglove Way",
           "Northfield Lane", "Acacia Gardens", "Ship Street", "Tanners Row"],
    "us": ["Maple Ave", "Oak Street", "Pine Street", "Cedar Lane", "Elm Street",
           "Washington Ave", "Lake Shore Dr", "Sunset Blvd", "Main St", "Park Place",
           "Highland Ave", "Ridge Road", "Willow Creek Dr", "Jefferson St", "Hillcrest Ave",
           "Meadowbrook Ln", "Birch Court", "Valley View Rd", "Lincoln Way", "Broadway",
           "Cherry Hill Rd", "Magnolia Blvd", "Spruce St", "Franklin Ave", "Grandview Dr",
           "Aspen Way", "Harbor Blvd", "Prospect St", "Walnut St", "Canyon Rd"],
}
# city, postcode part (NL: first two digits; BE: full; UK: outward code; US: "ST zip3")
CITIES = {
    "nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"),
           ("Groningen", "97"), ("Eindhoven", "56"), ("Zwolle", "80"), ("Leiden", "23"),
           ("Haarlem", "20"), ("Nijmegen", "65"), ("Arnhem", "68"), ("Tilburg", "50"),
           ("Breda", "48"), ("Maastricht", "62"), ("Delft", "26"), ("Alkmaar", "18"),
           ("Amersfoort", "38"), ("Deventer", "74"), ("Leeuwarden", "89"), ("Enschede", "75"),
           ("Apeldoorn", "73"), ("Dordrecht", "33"), ("Gouda", "28"), ("Hilversum", "12"),
           ("Zaandam", "15"), ("'s-Hertogenbosch", "52"), ("Almere", "13"), ("Assen", "94"),
           ("Middelburg", "43"), ("Venlo", "59")],
    "be-nl": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"),
              ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"),
              ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Turnhout", "2300"),
              ("Roeselare", "8800"), ("Oostende", "8400"), ("Lier", "2500"), ("Geel", "2440"),
              ("Dendermonde", "9200"), ("Ieper", "8900"), ("Tienen", "3300"),
              ("Herentals", "2200"), ("Lokeren", "9160"), ("Zottegem", "9620"), ("Mol", "2400"),
              ("Diest", "3290"), ("Vilvoorde", "1800")],
    "be-fr": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Wavre", "1300"), ("Tournai", "7500"), ("Ixelles", "1050"),
              ("Louvain-la-Neuve", "1348"), ("Verviers", "4800"), ("Arlon", "6700"),
              ("Nivelles", "1400"), ("La Louvière", "7100"), ("Huy", "4500"), ("Dinant", "5500"),
              ("Waterloo", "1410"), ("Ottignies", "1340"), ("Spa", "4900"), ("Bastogne", "6600"),
              ("Marche-en-Famenne", "6900"), ("Gembloux", "5030"), ("Schaerbeek", "1030"),
              ("Uccle", "1180"), ("Etterbeek", "1040"), ("Seraing", "4100")],
    "uk": [("London", "SE15"), ("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"),
           ("Birmingham", "B29"), ("Sheffield", "S11"), ("Edinburgh", "EH6"), ("Glasgow", "G12"),
           ("Cardiff", "CF24"), ("Liverpool", "L17"), ("Nottingham", "NG7"),
           ("Leicester", "LE2"), ("Brighton", "BN2"), ("Norwich", "NR2"), ("York", "YO10"),
           ("Bath", "BA2"), ("Oxford", "OX4"), ("Cambridge", "CB4"), ("Exeter", "EX4"),
           ("Newcastle upon Tyne", "NE6"), ("Belfast", "BT9"), ("Reading", "RG1"),
           ("Southampton", "SO17"), ("Derby", "DE22")],
    "us": [("Springfield", "IL 627"), ("Portland", "OR 972"), ("Austin", "TX 787"),
           ("Denver", "CO 802"), ("Columbus", "OH 432"), ("Madison", "WI 537"),
           ("Raleigh", "NC 276"), ("Tucson", "AZ 857"), ("Boise", "ID 837"), ("Omaha", "NE 681"),
           ("Richmond", "VA 232"), ("Albany", "NY 122"), ("Sacramento", "CA 958"),
           ("Tampa", "FL 336"), ("Kansas City", "MO 641"), ("Nashville", "TN 372"),
           ("Salem", "OR 973"), ("Burlington", "VT 054"), ("Spokane", "WA 992"),
           ("Des Moines", "IA 503"), ("Savannah", "GA 314"), ("Provo", "UT 846"),
           ("Lexington", "KY 405"), ("Ann Arbor", "MI 481")],
}
PW_WORDS = {
    "nl": ["Zomer", "Winter", "Lente", "Herfst", "Fiets", "Tulp", "Koffie", "Hond", "Poes",
           "Voetbal", "Zonnetje", "Molen", "Appel", "Kaas", "Schaats", "Duin", "Strand",
           "Vakantie", "Geheim", "Bloem", "Konijn", "Paard", "Regen", "Oranje", "Klomp",
           "Haring", "Drop", "Stroopwafel", "Kabouter", "Sneeuw"],
    "en": ["Summer", "Sunshine", "Dragon", "Monkey", "Football", "Princess", "Shadow",
           "Rainbow", "Tiger", "Cookie", "Biscuit", "Liberty", "Freedom", "Thunder", "Falcon",
           "Pumpkin", "Maple", "Buster", "Whisky", "Spitfire", "Baseball", "Cowboy", "Pepper",
           "Jupiter", "Marmalade", "Rocket", "Sparkle", "Hockey"],
    "fr": ["Soleil", "Chocolat", "Frites", "Gaufre", "Moules", "Printemps", "Papillon",
           "Doudou", "Chaton", "Liberte", "Bonheur", "Etoile", "Ardennes", "Bisou", "Cerise",
           "Nuage", "Loulou", "Pistache", "Caramel", "Hirondelle"],
}
# e-mail domains with the regions they fit
DOMAINS = [
    ("gmail.com", "all"), ("hotmail.com", "all"), ("outlook.com", "all"), ("icloud.com", "all"),
    ("ziggo.nl", "nl"), ("kpnmail.nl", "nl"), ("xs4all.nl", "nl"), ("planet.nl", "nl"),
    ("live.nl", "nl"), ("hetnet.nl", "nl"),
    ("telenet.be", "be"), ("skynet.be", "be"), ("proximus.be", "be"), ("scarlet.be", "be"),
    ("hotmail.be", "be"), ("outlook.be", "be"),
    ("btinternet.com", "uk"), ("yahoo.co.uk", "uk"), ("sky.com", "uk"), ("hotmail.co.uk", "uk"),
    ("virginmedia.com", "uk"), ("talktalk.net", "uk"),
    ("yahoo.com", "us"), ("aol.com", "us"), ("comcast.net", "us"), ("att.net", "us"),
    ("verizon.net", "us"), ("me.com", "us"),
    ("protonmail.com", "all"), ("gmx.net", "all"), ("mail.com", "all"), ("pm.me", "all"),
]

# Fictional brands: (sector, market, name, handle, domain, extra)
BRANDS = [
    # banking
    ("banking", "nl", "Kroonbank", "Kroonbank", "kroonbank.nl", ""),
    ("banking", "nl", "Polderbank", "PolderbankNL", "polderbank.nl", ""),
    ("banking", "be", "Scheldebank", "Scheldebank", "scheldebank.be", ""),
    ("banking", "be", "Banque Mosane", "BanqueMosane", "banquemosane.be", ""),
    ("banking", "uk", "Northgate Bank", "NorthgateBank", "northgatebank.co.uk", ""),
    ("banking", "uk", "Harbourside Bank", "HarboursideHelp", "harboursidebank.co.uk", ""),
    ("banking", "us", "Granite Trust Bank", "GraniteTrust", "granitetrust.com", ""),
    ("banking", "us", "Lakeshore Federal", "LakeshoreFed", "lakeshorefederal.com", ""),
    ("banking", "intl", "Finvo", "finvo_app", "finvo.io", ""),
    ("banking", "intl", "Kardo", "KardoCard", "kardo.eu", ""),
    # insurance
    ("insurance", "nl", "Veilig Thuis Verzekeringen", "VeiligThuisVZ", "veiligthuis.nl", ""),
    ("insurance", "nl", "Zorgzaam", "ZorgzaamNL", "zorgzaam.nl", ""),
    ("insurance", "be", "Assurix", "Assurix_BE", "assurix.be", ""),
    ("insurance", "be", "Vita Plus Verzekeringen", "VitaPlusBE", "vitaplus.be", ""),
    ("insurance", "uk", "Shield Mutual", "ShieldMutual", "shieldmutual.co.uk", ""),
    ("insurance", "uk", "Harbour Insure", "HarbourInsure", "harbourinsure.co.uk", ""),
    ("insurance", "us", "Bluewater Insurance", "BluewaterIns", "bluewaterins.com", ""),
    ("insurance", "us", "Keystone Mutual", "KeystoneMutual", "keystonemutual.com", ""),
    # airlines (extra = flight code)
    ("airline", "nl", "Tulip Air", "TulipAir", "tulipair.nl", "TQ"),
    ("airline", "nl", "Noordzee Airways", "NoordzeeAir", "noordzeeairways.com", "NZW"),
    ("airline", "be", "Brabo Air", "BraboAir", "braboair.be", "BQ"),
    ("airline", "be", "Meuse Airlines", "MeuseAirlines", "meuseairlines.be", "MX"),
    ("airline", "uk", "Albion Air", "AlbionAir", "albionair.co.uk", "AB"),
    ("airline", "uk", "Skylark Airways", "SkylarkAirways", "skylarkairways.co.uk", "SK"),
    ("airline", "us", "Liberty Jet", "LibertyJet", "libertyjet.com", "LJ"),
    ("airline", "us", "Prairie Air", "PrairieAir", "prairieair.com", "PQ"),
    ("airline", "intl", "Flyvo", "FlyvoAir", "flyvo.com", "FV"),
    ("airline", "intl", "AeroLynx", "AeroLynx", "aerolynx.com", "YX"),
    # retail
    ("retail", "nl", "Koopjeskist", "Koopjeskist", "koopjeskist.nl", ""),
    ("retail", "nl", "Huisenzo", "HuisenzoNL", "huisenzo.nl", ""),
    ("retail", "be", "Shopke", "Shopke_be", "shopke.be", ""),
    ("retail", "be", "Maison Plus", "MaisonPlusBE", "maisonplus.be", ""),
    ("retail", "uk", "Tillbury's", "Tillburys", "tillburys.co.uk", ""),
    ("retail", "uk", "Hartley & Finch", "HartleyFinch", "hartleyandfinch.co.uk", ""),
    ("retail", "us", "CartCo", "CartCoHelp", "cartco.com", ""),
    ("retail", "us", "Maple & Main", "MapleAndMain", "mapleandmain.com", ""),
    ("retail", "intl", "Zaplo", "ZaploShop", "zaplo.com", ""),
    ("retail", "intl", "Buyzo", "BuyzoCare", "buyzo.eu", ""),
    # utilities (energy)
    ("utilities", "nl", "Voltera", "VolteraNL", "voltera.nl", ""),
    ("utilities", "nl", "Groenstroom Nu", "GroenstroomNu", "groenstroomnu.nl", ""),
    ("utilities", "be", "Energik", "Energik_BE", "energik.be", ""),
    ("utilities", "be", "Lumina Energie", "LuminaEnergie", "lumina-energie.be", ""),
    ("utilities", "uk", "Brightwatt", "BrightwattUK", "brightwatt.co.uk", ""),
    ("utilities", "uk", "Hearth Energy", "HearthEnergy", "hearthenergy.co.uk", ""),
    ("utilities", "us", "Pinecrest Power", "PinecrestPower", "pinecrestpower.com", ""),
    ("utilities", "us", "Riverbend Utilities", "RiverbendUtil", "riverbendutilities.com", ""),
    # telco
    ("telco", "nl", "Telvio", "TelvioNL", "telvio.nl", ""),
    ("telco", "nl", "Zipfon", "Zipfon", "zipfon.nl", ""),
    ("telco", "be", "Proxinet", "Proxinet_BE", "proxinet.be", ""),
    ("telco", "be", "Orbimo", "OrbimoBE", "orbimo.be", ""),
    ("telco", "uk", "Wavelink", "WavelinkUK", "wavelink.co.uk", ""),
    ("telco", "uk", "Chatterbox Mobile", "ChatterboxMob", "chatterboxmobile.co.uk", ""),
    ("telco", "us", "Skyreach Wireless", "SkyreachWireless", "skyreach.com", ""),
    ("telco", "us", "Bolt Cellular", "BoltCellular", "boltcellular.com", ""),
    ("telco", "intl", "Simly", "SimlyMobile", "simly.eu", ""),
    ("telco", "intl", "Roamr", "RoamrSIM", "roamr.io", ""),
    # developer / API platforms
    ("dev", "intl", "Payvora", "PayvoraDev", "payvora.com", ""),
    ("dev", "intl", "Shiplane", "ShiplaneAPI", "shiplane.io", ""),
    ("dev", "intl", "Mailstream", "MailstreamHQ", "mailstream.dev", ""),
    ("dev", "intl", "Hookly", "HooklyDev", "hookly.io", ""),
    ("dev", "intl", "Stackpay", "StackpayDev", "stackpay.io", ""),
    ("dev", "intl", "Cloudmint", "Cloudmint", "cloudmint.dev", ""),
    ("dev", "intl", "Textora", "TextoraAPI", "textora.com", ""),
    ("dev", "intl", "Formly", "FormlyHQ", "formly.app", ""),
    # government-like services
    ("gov", "nl", "Burgerloket Online", "Burgerloket", "burgerloket-online.nl", ""),
    ("gov", "nl", "PensioenPlein", "PensioenPlein", "pensioenplein.nl", ""),
    ("gov", "be", "Burgerportaal", "Burgerportaal", "burgerportaal.be", ""),
    ("gov", "be", "Guichet Citoyen", "GuichetCitoyen", "guichet-citoyen.be", ""),
    ("gov", "uk", "CivicGate", "CivicGateUK", "civicgate.org.uk", ""),
    ("gov", "uk", "Council Connect", "CouncilConnect", "councilconnect.org.uk", ""),
]

SSID_WORDS = ["WiFi", "Home", "Thuis", "Maison", "Net", "5G", "2G"]
EMOJI = ["😡", "🙄", "🙏", "😤", "😩", "🤬", "👍", "😕", "💸", "📦", "✈️", "📱", "🔒", "😭",
         "🤷‍♀️", "‼️", "😬", "🥲", "👎", "⚡"]
HASHTAGS = {
    "nl": ["#klantenservice", "#fail", "#zucht", "#help", "#nietblij", "#wtf", "#slechteservice",
           "#geduld", "#klantonvriendelijk", "#weereens"],
    "en": ["#customerservice", "#fail", "#help", "#nohelp", "#notimpressed", "#badservice",
           "#ripoff", "#sortitout", "#stillwaiting", "#joke"],
    "fr": ["#serviceclient", "#sansréponse", "#déçu", "#aide", "#honteux", "#arnaque", "#ras_le_bol",
           "#toujoursrien"],
}
MODELS = {
    "modem": ["H369A", "Fritz!Box 7590", "Fritz!Box 7530 AX", "TP-Link Archer C6", "Archer AX55",
              "Connect Box", "ZTE H298A", "Huawei HG8245H", "Technicolor TG799vac",
              "Netgear Nighthawk R7000", "Linksys EA7500", "Experia Box v10", "Smart Hub 2",
              "Sagemcom 5370e"],
    "phone": ["Galaxy A54", "iPhone 15 Pro", "iPhone 12 mini", "Pixel 8a", "Galaxy S23",
              "Redmi Note 12", "Moto G84", "Nokia G22", "OnePlus Nord 3", "Fairphone 5",
              "Xperia 10 V", "iPhone SE", "Galaxy A15", "iPhone 13"],
}


def split_pools():
    pools = {h: {} for h in HALVES}
    for name, src in (("first", FIRST), ("last", LAST), ("street", STREETS), ("city", CITIES),
                      ("pwword", PW_WORDS)):
        for region, lst in src.items():
            d = deal(f"pool.{name}.{region}", lst)
            for h in HALVES:
                pools[h].setdefault(name, {})[region] = d[h]
    d = deal("pool.domain", DOMAINS)
    for h in HALVES:
        pools[h]["domain"] = d[h]
    by_sector = defaultdict(list)
    for b in BRANDS:
        by_sector[(b[0], b[1])].append(b)
    for h in HALVES:
        pools[h]["brand"] = defaultdict(list)
    for key in sorted(by_sector):
        d = deal(f"pool.brand.{key[0]}.{key[1]}", by_sector[key])
        for h in HALVES:
            for b in d[h]:
                pools[h]["brand"][key[0]].append(b)
    return pools


POOLS = split_pools()


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------

DIG = "0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnopqrstuvwxyz"
ALNUM = UPPER + LOWER + "23456789"
HEX = "0123456789abcdef"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B64STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rstr_clean_end(rng, alphabet, n):
    """Random string whose first and last character are alphanumeric."""
    s = rstr(rng, alphabet, n)
    an = [c for c in alphabet if c.isalnum()]
    return rng.choice(an) + s[1:-1] + rng.choice(an)


# ---- checksums --------------------------------------------------------------

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


def luhn_complete(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = re.sub(r"[\s-]", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


# ---- payment cards ------------------------------------------------------------

def card_digits(rng, kind):
    if kind == "visa":
        return luhn_complete("4" + rdig(rng, 14))
    if kind == "mc":
        if rng.random() < 0.75:
            pre = "5" + rng.choice("12345")
        else:
            pre = str(rng.randint(2221, 2720))
        return luhn_complete(pre + rdig(rng, 15 - len(pre)))
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]) + rdig(rng, 12))
    if kind == "maestro":
        pre = rng.choice(["6759", "5018", "5020", "6304", "6761"])
        n = rng.choice([16, 16, 19])
        return luhn_complete(pre + rdig(rng, n - 1 - len(pre)))
    raise ValueError(kind)


def card_format(rng, d, sep=None):
    if sep is None:
        sep = rng.choices([" ", "  ", "-", "", " - "], [52, 7, 16, 20, 5])[0]
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(groups)


def gen_card(ctx, var):
    rng = ctx.rng
    kind = next((v for v in var if v in ("visa", "mc", "amex", "maestro")), None)
    if kind is None:
        kind = rng.choices(["visa", "mc", "amex", "maestro"], [45, 30, 10, 15])[0]
    d = card_digits(rng, kind)
    sep = "" if "plain" in var else ("-" if "dash" in var else None)
    return card_format(rng, d, sep)


def gen_expiry(ctx, var):
    rng = ctx.rng
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    if "mmyy" in var:
        return f"{m:02d}{y % 100:02d}"
    f = rng.randrange(7)
    return [f"{m:02d}/{y % 100:02d}", f"{m:02d}-{y}", f"{m:02d}{y % 100:02d}", f"{m:02d}/{y}",
            f"{m:02d} / {y % 100:02d}", f"{m:02d}-{y % 100:02d}", f"{m}/{y % 100:02d}"][f]


def gen_cvv(ctx, var):
    return rdig(ctx.rng, 4 if "4" in var else 3)


# ---- IBAN / BSN ---------------------------------------------------------------

NL_BANKS = ["ABNA", "INGB", "RABO", "KNAB", "SNSB", "TRIO", "ASNB", "BUNQ", "RBRB"]
GB_BANKS = ["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]
IE_BANKS = ["AIBK", "BOFI"]


def be_bban(rng):
    base = rdig(rng, 10)
    chk = int(base) % 97 or 97
    return f"{base}{chk:02d}"


def fr_bban(rng):
    bank, branch, acct = rdig(rng, 5, True), rdig(rng, 5), rdig(rng, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return f"{bank}{branch}{acct}{key:02d}"


def iban_raw(rng, cc):
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + rdig(rng, 10)
    elif cc == "BE":
        bban = be_bban(rng)
    elif cc == "DE":
        bban = rdig(rng, 8, True) + rdig(rng, 10)
    elif cc == "FR":
        bban = fr_bban(rng)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + rdig(rng, 6) + rdig(rng, 8)
    elif cc == "IE":
        bban = rng.choice(IE_BANKS) + rdig(rng, 6) + rdig(rng, 8)
    elif cc == "ES":
        bban = rdig(rng, 20)
    elif cc == "LU":
        bban = rdig(rng, 3) + rstr(rng, DIG + "ABCDEFGHJKLMNPRSTUVWXYZ", 13)
    else:
        raise ValueError(cc)
    return iban_make(cc, bban)


def gen_iban(ctx, var):
    rng = ctx.rng
    cc = next((v.upper() for v in var if v in ("nl", "be", "de", "fr", "gb", "ie", "es", "lu")),
              None)
    if cc is None:
        cc = ctx.iban_cc()
    raw = iban_raw(rng, cc)
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if "plain" in var:
        return raw
    if "lower" in var:
        return rng.choice([raw, grouped]).lower()
    if "spaced" in var:
        return f"{raw[:2]} {raw[2:4]} " + " ".join(raw[4 + i:8 + i] for i in range(0, len(raw) - 4, 4))
    f = rng.choices(["grouped", "plain", "lower", "spaced", "mixed"], [48, 26, 9, 10, 7])[0]
    if f == "grouped":
        return grouped
    if f == "plain":
        return raw
    if f == "lower":
        return rng.choice([raw, grouped]).lower()
    if f == "spaced":
        return f"{raw[:2]} {raw[2:4]} {raw[4:]}"
    return f"{raw[:4]} {raw[4:8]} {raw[8:]}"


def gen_bsn(ctx, var):
    rng = ctx.rng
    while True:
        d = rdig(rng, 8, True)
        r = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if r <= 9:
            s = d + str(r)
            break
    f = rng.choices([0, 1, 2, 3], [60, 15, 15, 10])[0]
    return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}"][f]


# ---- secrets ------------------------------------------------------------------

PW_SYMS = "!@#$%&*?"


def leet(w):
    table = {"o": "0", "e": "3", "a": "@", "i": "1", "s": "$"}
    out = []
    for i, ch in enumerate(w):
        out.append(table.get(ch, ch) if i > 0 else ch)
    return "".join(out)


def gen_password(ctx, var):
    rng = ctx.rng
    words = ctx.pool["pwword"][ctx.lg]
    w = rng.choice(words)
    w2 = rng.choice(words)
    shape = rng.randrange(12)
    if shape == 0:
        return f"{w}{rng.randint(2012, 2025)}{rng.choice(PW_SYMS)}"
    if shape == 1:
        return f"{w}{rdig(rng, 2)}"
    if shape == 2:
        return f"{leet(w)}{rng.choice('#!$')}{rng.randint(10, 99)}"
    if shape == 3:
        return f"{w}{w2}{rdig(rng, 2)}"
    if shape == 4:
        while True:
            s = rstr(rng, ALNUM, rng.randint(10, 14))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
                return s
    if shape == 5:
        return f"{w.lower()}{rng.choice('!#_.')}{rng.randint(1960, 2010)}"
    if shape == 6:
        return "-".join(x.lower() for x in (w, w2, rng.choice(words))) + f"-{rng.randint(1, 99)}"
    if shape == 7:
        return f"{ascii_fold(ctx.persona.first).replace('-', '')}{rng.randint(1960, 2015)}"
    if shape == 8:
        base = {"nl": "Welkom", "en": "Welcome", "fr": "Bienvenue"}[ctx.lg]
        return base + rng.choice(["01", "123", "2024", "123!", "01!", "#1"])
    if shape == 9:
        return f"{w.lower()}_{rng.randint(2000, 2024)}"
    if shape == 10:
        return f"{w}.{w2}.{rdig(rng, 2)}"
    return f"{w}&{w2.lower()}{rdig(rng, 1)}"


def gen_wifi(ctx, var):
    rng = ctx.rng
    shape = rng.randrange(7)
    if shape == 0:
        return rstr(rng, ALNUM, rng.randint(12, 16))
    if shape == 1:
        return rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10)
    if shape == 2:
        return rstr(rng, "abcdefghjkmnpqrstuvwxyz", 4) + rdig(rng, 4) + rstr(rng, "abcdefghjkmnpqrstuvwxyz", 2)
    if shape == 3:
        return rstr(rng, HEX.upper(), rng.choice([16, 20, 26]))
    if shape == 4:
        return "-".join(rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(3))
    if shape == 5:
        w = rng.choice(ctx.pool["pwword"][ctx.lg])
        return f"{w}{rng.choice(['-', '_', ''])}{rdig(rng, 4)}{rng.choice(['', '!', '#'])}"
    return rstr(rng, "abcdefghjkmnpqrstuvwxyz23456789", 8) + rstr(rng, UPPER, 2) + rdig(rng, 2)


def compact_last(last, rng):
    parts = ascii_fold(last).replace("'", "").split()
    if len(parts) > 1 and rng.random() < 0.5:
        return "".join(p[0].lower() for p in parts[:-1]) + parts[-1].lower()
    return "".join(p.lower() for p in parts)


def gen_username(ctx, var):
    rng = ctx.rng
    p = ctx.persona
    f = ascii_fold(p.first).lower().replace("-", "")
    l = compact_last(p.last, rng)
    yy = f"{rng.randint(60, 99) if rng.random() < 0.6 else rng.randint(0, 12):02d}"
    shape = rng.randrange(10)
    if shape == 0:
        return f"{f[0]}{l}{yy}"
    if shape == 1:
        return f"{f}.{l}"
    if shape == 2:
        return f"{f}_{l[0]}{rng.randint(1, 99)}"
    if shape == 3:
        return f"{l}{f[0]}"
    if shape == 4:
        return f"{f}{l}{rng.randint(1970, 2005)}"
    if shape == 5:
        return f"{f.capitalize()}{l[0].upper()}{yy}"
    if shape == 6:
        w = rng.choice(ctx.pool["pwword"][ctx.lg]).lower()
        return f"{w}{rng.choice(['_', '', '.'])}{rng.randint(1, 999)}"
    if shape == 7:
        return f"{f}{yy}"
    if shape == 8:
        return f"{l}.{f[:2]}"
    return f"{f[0]}.{l}"


def gen_pin(ctx, var):
    rng = ctx.rng
    n = 5 if "app5" in var else 6 if "app6" in var else (rng.choice([5, 6]) if "app" in var else 4)
    while True:
        s = rdig(rng, n)
        if len(set(s)) == 1:
            continue
        if n == 4 and s[:2] in ("19", "20"):
            continue
        return s


def gen_puk(ctx, var):
    return rdig(ctx.rng, 8)


def gen_otp(ctx, var):
    rng = ctx.rng
    if "4" in var:
        return rdig(rng, 4, True)
    if "8" in var:
        return rdig(rng, 8)
    if "plain" in var:
        return rdig(rng, 6)
    if "split" in var:
        d = rdig(rng, 6)
        return f"{d[:3]} {d[3:]}"
    if "dash" in var:
        d = rdig(rng, 6)
        return f"{d[:3]}-{d[3:]}"
    if "prefix" in var:
        return f"{rng.choice('GAKSV')}-{rdig(rng, 6)}"
    f = rng.choices([0, 1, 2, 3, 4], [58, 16, 10, 8, 8])[0]
    d = rdig(rng, 6)
    return [d, f"{d[:3]} {d[3:]}", f"{d[:3]}-{d[3:]}", rdig(rng, 5), f"{rng.choice('GAKSV')}-{d}"][f]


def gen_api_key(ctx, var):
    rng = ctx.rng
    kinds = ["sk", "pk", "rk", "wc_ck", "wc_cs", "api", "akia", "aws_secret", "google",
             "sendgrid", "hex32", "mailgun", "twilio"]
    k = next((v for v in var if v in kinds), None) or rng.choice(
        ["sk", "sk", "pk", "api", "hex32", "google", "sendgrid", "akia", "mailgun"])
    if k in ("sk", "pk", "rk"):
        return f"{k}_live_" + rstr(rng, ALNUM + "0123456789", rng.choice([24, 24, 32, 40]))
    if k == "wc_ck":
        return "ck_" + rstr(rng, HEX, 40)
    if k == "wc_cs":
        return "cs_" + rstr(rng, HEX, 40)
    if k == "api":
        return "api_" + rstr(rng, ALNUM, 32)
    if k == "akia":
        return "AKIA" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if k == "aws_secret":
        return rstr_clean_end(rng, B64STD, 40)
    if k == "google":
        return "AIza" + rstr_clean_end(rng, B64URL, 35)
    if k == "sendgrid":
        return "SG." + rstr_clean_end(rng, B64URL, 22) + "." + rstr_clean_end(rng, B64URL, 43)
    if k == "hex32":
        return rstr(rng, HEX, 32)
    if k == "mailgun":
        return "key-" + rstr(rng, HEX, 32)
    if k == "twilio":
        return "SK" + rstr(rng, HEX, 32)
    raise ValueError(k)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def gen_token(ctx, var):
    rng = ctx.rng
    kinds = ["jwt", "ghp", "github_pat", "xoxb", "xoxp", "glpat", "hex40", "hex64", "opaque"]
    k = next((v for v in var if v in kinds), None) or rng.choice(
        ["jwt", "jwt", "ghp", "hex40", "opaque", "xoxb", "glpat"])
    if k == "jwt":
        hdr = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
        sub = rng.choice([str(rng.randint(10000, 9999999)), "usr_" + rstr(rng, ALNUM, 10)])
        iat = rng.randint(1700000000, 1760000000)
        payload = {"sub": sub, "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
        if rng.random() < 0.5:
            payload["scope"] = rng.choice(["read write", "payments:write", "admin"])
        sig = rstr_clean_end(rng, B64URL, 43)
        return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
                b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + sig)
    if k == "ghp":
        return "ghp_" + rstr(rng, ALNUM + "0123456789", 36)
    if k == "github_pat":
        return "github_pat_" + rstr(rng, ALNUM, 22) + "_" + rstr(rng, ALNUM, 59)
    if k == "xoxb":
        return f"xoxb-{rdig(rng, 12, True)}-{rdig(rng, 13, True)}-{rstr(rng, ALNUM, 24)}"
    if k == "xoxp":
        return f"xoxp-{rdig(rng, 12, True)}-{rdig(rng, 12, True)}-{rdig(rng, 13, True)}-{rstr(rng, HEX, 32)}"
    if k == "glpat":
        return "glpat-" + rstr_clean_end(rng, ALNUM + "-_", 20)
    if k == "hex40":
        return rstr(rng, HEX, 40)
    if k == "hex64":
        return rstr(rng, HEX, 64)
    return rstr_clean_end(rng, B64URL, rng.choice([32, 40, 48]))


def gen_ip(ctx, var):
    rng = ctx.rng
    if "v6" in var or (not var and rng.random() < 0.15):
        return f"2001:db8:{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}"
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 254)}"


def gen_custno(ctx, var):
    rng = ctx.rng
    f = rng.randrange(8)
    if f == 0:
        return rdig(rng, 8, True)
    if f == 1:
        return rdig(rng, 10, True)
    if f == 2:
        return rdig(rng, 7, True)
    if f == 3:
        return "KL-" + rdig(rng, 7)
    if f == 4:
        return "C" + rdig(rng, 8)
    if f == 5:
        return rstr(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rdig(rng, 7)
    if f == 6:
        d = rdig(rng, 9, True)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return f"{rdig(rng, 4, True)}-{rdig(rng, 4)}-{rdig(rng, 2)}"


# ---- contact data ---------------------------------------------------------------

def gen_phone(rng, region):
    if region == "nl":
        if rng.random() < 0.82:
            d = "1" + rdig(rng, 7)
            f = rng.randrange(9)
            return [f"06-{d}", f"06 {d}", f"06{d}", f"06 - {d}",
                    f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31 6 {d}", f"+316{d}",
                    f"+31 (0)6 {d[:4]} {d[4:]}", f"0031 6 {d}"][f]
        d = rdig(rng, 7, True)
        f = rng.randrange(3)
        return [f"020-{d}", f"020 {d[:3]} {d[3:]}", f"(020) {d[:3]} {d[3:5]} {d[5:]}"][f]
    if region in ("be-nl", "be-fr"):
        p = str(rng.randint(70, 99))
        d = rdig(rng, 6)
        f = rng.randrange(7)
        return [f"04{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"04{p} {d[:2]} {d[2:4]} {d[4:]}", f"04{p}{d}",
                f"+32 4{p} {d[:2]} {d[2:4]} {d[4:]}", f"+32 (0)4{p} {d[:2]}.{d[2:4]}.{d[4:]}",
                f"0032 4{p} {d}", f"04{p}/{d[:3]} {d[3:]}"][f]
    if region == "uk":
        d = rdig(rng, 3)
        f = rng.randrange(8)
        return [f"07700 900{d}", f"07700900{d}", f"+44 7700 900{d}", f"+44 (0)7700 900{d}",
                f"020 7946 0{d}", f"+44 20 7946 0{d}", f"0113 496 0{d}", f"0161 496 0{d}"][f]
    a = rng.choice(["212", "312", "415", "503", "512", "617", "720", "614", "608", "919", "404", "206"])
    d = rdig(rng, 2)
    f = rng.randrange(6)
    return [f"({a}) 555-01{d}", f"{a}-555-01{d}", f"{a}.555.01{d}", f"+1 {a} 555 01{d}",
            f"1-{a}-555-01{d}", f"({a})555-01{d}"][f]


def nl_postcode(rng, pre):
    while True:
        letters = rstr(rng, "ABCDEGHJKLMNPRSTVWXZ", 2)
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{pre}{rdig(rng, 2)}", letters


def gen_address(rng, region, street, city, mode):
    """mode: 'line' (single line), 'ml' (multi-line), 'street' (street+number only)."""
    name, pc = city
    if region == "nl":
        num = str(rng.randint(1, 220)) + rng.choice(["", "", "", "", "a", "-2", " II", "B", "-bis"][:8])
        streetnum = f"{street} {num}"
        d4, lt = nl_postcode(rng, pc)
        pcs = rng.choice([f"{d4} {lt}", f"{d4} {lt}", f"{d4}{lt}"])
        cityname = name.upper() if rng.random() < 0.1 else name
        if mode == "street":
            return streetnum
        if mode == "ml":
            return f"{streetnum}\n{pcs} {cityname}"
        return rng.choice([f"{streetnum}, {pcs} {cityname}", f"{streetnum} {pcs} {cityname}",
                           f"{streetnum}, {pcs}, {cityname}"])
    if region in ("be-nl", "be-fr"):
        num = str(rng.randint(1, 180))
        bus = "bus" if region == "be-nl" else "bte"
        r = rng.random()
        if r < 0.2:
            num = f"{num} {bus} {rng.randint(1, 12)}"
        elif r < 0.3:
            num = f"{num}/{rng.randint(1, 5)}"
        streetnum = f"{street} {num}"
        if mode == "street":
            return streetnum
        if mode == "ml":
            return f"{streetnum}\n{pc} {name}"
        return rng.choice([f"{streetnum}, {pc} {name}", f"{streetnum} {pc} {name}",
                           f"{streetnum} - {pc} {name}"])
    if region == "uk":
        num = rng.randint(1, 140)
        inward = rdig(rng, 1, True) + rstr(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)
        postcode = f"{pc} {inward}"
        streetnum = f"{num} {street}"
        if mode == "street":
            return streetnum
        flat = f"Flat {rng.randint(1, 9)}, " if rng.random() < 0.15 else ""
        if mode == "ml":
            return f"{flat}{streetnum}\n{name}\n{postcode}"
        return rng.choice([f"{flat}{streetnum}, {name} {postcode}", f"{flat}{streetnum}, {name}, {postcode}"])
    num = rng.randint(10, 9800)
    st, z3 = pc.split()
    zip5 = z3 + rdig(rng, 2)
    streetnum = f"{num} {street}"
    if mode == "street":
        return streetnum
    apt = f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}" if rng.random() < 0.2 else ""
    if mode == "ml":
        return f"{streetnum}{apt}\n{name}, {st} {zip5}"
    return rng.choice([f"{streetnum}{apt}, {name}, {st} {zip5}", f"{streetnum}{apt}, {name} {st} {zip5}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
MONTHS_SHORT = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
WEEKDAYS_LONG = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def en_ord(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def gen_dob(ctx, var):
    rng = ctx.rng
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    lg, lang = ctx.lg, ctx.lang
    if "written" in var:
        if lg == "nl":
            return rng.choice([f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d} {MONTHS_SHORT['nl'][m - 1]} {y}"])
        if lg == "fr":
            return rng.choice([f"{d} {MONTHS['fr'][m - 1]} {y}", f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"])
        if lang == "en-us":
            return rng.choice([f"{MONTHS['en'][m - 1]} {d}, {y}", f"{MONTHS['en'][m - 1]} {en_ord(d)} {y}"])
        return rng.choice([f"{d} {MONTHS['en'][m - 1]} {y}", f"{en_ord(d)} {MONTHS['en'][m - 1]} {y}",
                           f"{en_ord(d)} of {MONTHS['en'][m - 1]} {y}"])
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}",
                           f"{y}-{m:02d}-{d:02d}"])
    if lg == "en":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
                           f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])
    if lg == "fr":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
                           f"{d:02d}-{m:02d}-{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y % 100:02d}",
                       f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-'{y % 100:02d}"])


def email_local(rng, first, last):
    f = ascii_fold(first).lower().replace("-", "")
    l = compact_last(last, rng)
    shape = rng.randrange(7)
    return [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(70, 99)}", f"{f}_{l[0]}",
            f"{l}.{f[0]}", f"{f}{rng.randint(1, 99)}", f"{f}.{l}{rng.randint(1, 9)}"][shape]


def obfuscate_email(rng, addr, lg):
    local, dom = addr.split("@")
    name, _, tld = dom.rpartition(".")
    dot = {"nl": "punt", "en": "dot", "fr": "point"}[lg]
    at = {"nl": "at", "en": "at", "fr": "arobase"}[lg]
    f = rng.randrange(4)
    if f == 0:
        return f"{local} {at} {name.replace('.', f' {dot} ')} {dot} {tld}"
    if f == 1:
        return f"{local}[at]{name}[dot]{tld}"
    if f == 2:
        return f"{local} (at) {dom}"
    return f"{local} @ {dom}"


# ---- negatives -----------------------------------------------------------------

def gen_amount(ctx, var):
    rng = ctx.rng
    v = rng.choices([rng.randint(5, 99), rng.randint(100, 450), rng.randint(1000, 2500)], [50, 38, 12])[0]
    c = rng.randint(0, 99) if rng.random() < 0.7 else 0
    lang = ctx.lang
    cur = {"uk": "GBP", "us": "USD"}.get(ctx.market, "EUR")
    if ctx.market == "intl":
        cur = {"uk": "GBP", "us": "USD"}.get(ctx.persona.addr_region if ctx.persona else "", "EUR")
    if cur == "GBP":
        return rng.choice([f"£{v}.{c:02d}", f"£{v:,}", f"£{v}.{c:02d}"])
    if cur == "USD":
        return rng.choice([f"${v}.{c:02d}", f"${v:,}", f"${v:,}.{c:02d}"])
    if ctx.lg == "en":
        return rng.choice([f"€{v}.{c:02d}", f"EUR {v}.{c:02d}"])
    if ctx.lg == "fr":
        if rng.random() < 0.12:
            return rng.choice(["septante euros", "nonante euros", "septante-cinq euros", "nonante-neuf euros"])
        return rng.choice([f"{v},{c:02d} €", f"{v},{c:02d} EUR", f"{v} €", f"{v},{c:02d}€"])
    vs = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {vs},{c:02d}", f"€{vs},{c:02d}", f"{vs},{c:02d} euro", f"€ {vs},-",
                       f"EUR {vs},{c:02d}"])


def gen_company_phone(ctx, var):
    rng = ctx.rng
    m = ctx.market
    if m == "intl":
        m = {"nl": "nl", "fr": "be", "en": "us" if ctx.lang == "en-us" else "uk"}[ctx.lg]
        if ctx.lang == "nl-be":
            m = "be"
    if m == "nl":
        return rng.choice([f"0800-{rdig(rng, 4)}", f"0800 {rdig(rng, 3)} {rdig(rng, 4)}",
                           f"0900-{rdig(rng, 7)}", f"088 {rdig(rng, 3)} {rdig(rng, 4)}",
                           f"0900 {rdig(rng, 4)}"])
    if m == "be":
        return rng.choice([f"078 {rdig(rng, 2)} {rdig(rng, 2)} {rdig(rng, 2)}",
                           f"0800 {rdig(rng, 2)} {rdig(rng, 3)}", f"070 {rdig(rng, 2)} {rdig(rng, 2)} {rdig(rng, 2)}",
                           f"078/{rdig(rng, 2)}.{rdig(rng, 2)}.{rdig(rng, 2)}"])
    if m == "uk":
        return rng.choice([f"0345 {rdig(rng, 3)} {rdig(rng, 4)}", f"03457 {rdig(rng, 3)} {rdig(rng, 3)}",
                           f"0800 {rdig(rng, 3)} {rdig(rng, 4)}", f"0330 {rdig(rng, 3)} {rdig(rng, 4)}"])
    return rng.choice([f"1-800-555-01{rdig(rng, 2)}", f"1 (888) 555-01{rdig(rng, 2)}",
                       f"(877) 555-01{rdig(rng, 2)}", f"1-866-555-01{rdig(rng, 2)}"])


def be_company_no(rng):
    base = "0" + rdig(rng, 7, True)
    chk = 97 - int(base) % 97
    s = f"{base}{chk:02d}"
    return s


def gen_company_reg(ctx, var):
    rng = ctx.rng
    kinds = ["kvk", "nlvat", "be", "bevat", "uk", "ukvat", "ein"]
    k = next((v for v in var if v in kinds), None)
    if k is None:
        m = ctx.market
        k = {"nl": rng.choice(["kvk", "nlvat"]), "be": rng.choice(["be", "bevat"]),
             "uk": rng.choice(["uk", "ukvat"]), "us": "ein"}.get(m, rng.choice(["kvk", "be", "uk"]))
    if k == "kvk":
        return rdig(rng, 8, True)
    if k == "nlvat":
        return f"NL{rdig(rng, 9, True)}B{rng.choice(['01', '02'])}"
    if k == "be":
        s = be_company_no(rng)
        return rng.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", s])
    if k == "bevat":
        s = be_company_no(rng)
        return rng.choice([f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}"])
    if k == "uk":
        return rng.choice([rdig(rng, 8), "SC" + rdig(rng, 6)])
    if k == "ukvat":
        return f"GB {rdig(rng, 3, True)} {rdig(rng, 4)} {rdig(rng, 2)}"
    return f"{rdig(rng, 2, True)}-{rdig(rng, 7)}"


def gen_date(ctx, var):
    rng = ctx.rng
    day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 3))
    y, m, d, wd = day.year, day.month, day.day, day.weekday()
    lg, lang = ctx.lg, ctx.lang
    if "hdr" in var:
        if lg == "nl":
            return rng.choice([f"{WEEKDAYS['nl'][wd]} {d} {MONTHS_SHORT['nl'][m - 1]} {y}",
                               f"{WEEKDAYS_LONG['nl'][wd]} {d} {MONTHS['nl'][m - 1]} {y}", f"{d}-{m}-{y}"])
        if lg == "fr":
            return rng.choice([f"{WEEKDAYS['fr'][wd]} {d} {MONTHS_SHORT['fr'][m - 1]} {y}",
                               f"{WEEKDAYS_LONG['fr'][wd]} {d} {MONTHS['fr'][m - 1]} {y}"])
        if lang == "en-us":
            return rng.choice([f"{WEEKDAYS['en'][wd]}, {MONTHS_SHORT['en'][m - 1]} {d}, {y}",
                               f"{WEEKDAYS_LONG['en'][wd]}, {MONTHS['en'][m - 1]} {d}, {y}"])
        return rng.choice([f"{WEEKDAYS['en'][wd]}, {d} {MONTHS_SHORT['en'][m - 1]} {y}",
                           f"{WEEKDAYS_LONG['en'][wd]}, {d} {MONTHS['en'][m - 1]} {y}"])
    if lg == "nl":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]}", f"{d} {MONTHS['nl'][m - 1]} {y}",
                           f"{WEEKDAYS_LONG['nl'][wd]} {d} {MONTHS['nl'][m - 1]}", f"{d}/{m}",
                           f"{d}-{m}"])
    if lg == "fr":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]}", f"{d} {MONTHS['fr'][m - 1]} {y}",
                           f"{d}/{m}"])
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}", f"{MONTHS['en'][m - 1]} {d}, {y}",
                           f"{MONTHS_SHORT['en'][m - 1]} {en_ord(d)}", f"{m}/{d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{en_ord(d)} {MONTHS['en'][m - 1]} {y}",
                       f"{d} {MONTHS_SHORT['en'][m - 1]}", f"{d}/{m}"])


def gen_time(ctx, var):
    rng = ctx.rng
    if "evening" in var:
        h, mi = rng.randint(19, 22), rng.choice([0, 15, 30, 45])
        if ctx.lang == "en-us":
            return f"{h - 12}{':' + format(mi, '02d') if mi else ''}pm" if rng.random() < 0.5 else f"{h - 12}:{mi:02d} PM"
        if ctx.lg == "fr":
            return f"{h}h{mi:02d}" if mi else f"{h}h"
        return f"{h}:{mi:02d}" if rng.random() < 0.5 else (f"{h}u{mi:02d}" if ctx.lang == "nl-be" else f"{h}.{mi:02d}")
    if "open" in var or "close" in var:
        h = rng.choice([8, 8, 9, 9, 10]) if "open" in var else rng.choice([12, 13, 17, 18, 20, 21, 22])
        mi = rng.choice([0, 0, 0, 30])
        if ctx.lang == "en-us":
            return f"{h % 12 or 12}{':30' if mi else ''}{'am' if h < 12 else 'pm'}"
        if ctx.lg == "fr":
            return f"{h}h{mi:02d}" if mi else f"{h}h"
        # one notation per message for opening hours / call-back windows
        style = ctx.bind.setdefault("_hours_style", rng.choice(["hh:mm", "h:mm", "u"] if ctx.lang == "nl-be" else ["hh:mm", "h:mm"]))
        if style == "u":
            return f"{h}u{mi:02d}" if mi else f"{h}u"
        return f"{h:02d}:{mi:02d}" if style == "hh:mm" else f"{h}:{mi:02d}"
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55, rng.randint(0, 59)])
    if ctx.lang == "en-us":
        hh = h % 12 or 12
        return rng.choice([f"{hh}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{hh}:{mi:02d}{'am' if h < 12 else 'pm'}"])
    if ctx.lg == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    if ctx.lang == "nl-be" and rng.random() < 0.4:
        return f"{h}u{mi:02d}"
    if ctx.lg == "nl" and rng.random() < 0.2:
        return f"{h}.{mi:02d}"
    return f"{h:02d}:{mi:02d}"


def gen_error(ctx, var):
    rng = ctx.rng
    if "http" in var:
        return rng.choice(["401", "403", "404", "409", "422", "429", "500", "502", "503", "504"])
    f = rng.randrange(10)
    return [f"E-{rdig(rng, 4, True)}", f"0x{rstr(rng, '0123456789ABCDEF', 8)}",
            rng.choice(["ERR_CONNECTION_RESET", "ERR_SSL_PROTOCOL_ERROR", "AUTH_FAILED",
                        "INVALID_SESSION", "CARD_DECLINED", "ERR_TOO_MANY_REDIRECTS"]),
            rng.choice(["401", "403", "500", "503"]), f"F{rdig(rng, 2)}",
            f"AUTH-{rdig(rng, 3, True)}", f"S{rdig(rng, 3)}-{rdig(rng, 2)}",
            f"PAY_{rdig(rng, 4, True)}", f"E{rdig(rng, 3, True)}", f"TX-{rdig(rng, 4, True)}"][f]


def gen_flight(ctx, var):
    rng = ctx.rng
    code = ctx.brand[5] if ctx.brand[0] == "airline" else rng.choice(["TQ", "BQ", "AB", "LJ", "FV"])
    if len(code) == 3:
        return f"{code}{rng.randint(100, 999)}"
    return f"{code}{rng.choice(['', ' '])}{rng.randint(100, 9899)}"


def gen_invoice(ctx, var):
    rng = ctx.rng
    return rng.choice([f"F{rng.randint(2023, 2025)}-{rdig(rng, 5)}", f"INV-{rng.randint(2023, 2025)}-{rdig(rng, 4)}",
                       f"{rng.randint(2023, 2025)}{rdig(rng, 6)}", f"FAC{rdig(rng, 7, True)}",
                       f"{rdig(rng, 4, True)}/{rdig(rng, 5)}", f"NF-{rdig(rng, 8, True)}"])


def gen_order(ctx, var):
    rng = ctx.rng
    return rng.choice([f"#NL-{rdig(rng, 5, True)}", rdig(rng, 10, True), f"ORD-{rdig(rng, 6, True)}",
                       f"W{rdig(rng, 8)}", f"{rdig(rng, 3, True)}-{rdig(rng, 7)}-{rdig(rng, 7)}",
                       f"BE{rdig(rng, 8)}", f"#{rdig(rng, 7, True)}"])


def gen_ticket(ctx, var):
    rng = ctx.rng
    return rng.choice([f"CS-{rdig(rng, 6, True)}", rdig(rng, 8, True), f"INC00{rdig(rng, 5)}",
                       f"SR-{rdig(rng, 7, True)}", f"#{rdig(rng, 6, True)}", f"ZK{rdig(rng, 7)}",
                       f"CAS-{rdig(rng, 5, True)}-{rstr(rng, 'BCDFGHJKLMNPQRSTVWXZ', 4)}"])


def gen_tracking(ctx, var):
    rng = ctx.rng
    return rng.choice([f"3S{rstr(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 4)}{rdig(rng, 7)}",
                       f"1Z{rstr(rng, UPPER + DIG, 6)}{rdig(rng, 10)}", f"CD{rdig(rng, 9)}BE",
                       f"RR{rdig(rng, 9)}NL", f"JJD{rdig(rng, 18)}", f"00{rdig(rng, 18)}",
                       f"LX{rdig(rng, 9)}GB", f"94001{rdig(rng, 17)}"])


def gen_meter(ctx, var):
    rng = ctx.rng
    v = rng.randint(1200, 98000)
    return rng.choice([str(v), f"{v:06d}", f"{v:,}".replace(",", "."), f"{v},{rng.randint(0, 9)}",
                       f"{v:05d}"])


def gen_model(ctx, var):
    kind = "modem" if "modem" in var else "phone" if "phone" in var else ctx.rng.choice(["modem", "phone"])
    return ctx.rng.choice(MODELS[kind])


def ean13(rng):
    body = rng.choice(["871", "871", "541", "540", "500", "400"]) + rdig(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def gen_product(ctx, var):
    rng = ctx.rng
    return rng.choice([ean13(rng), f"{rdig(rng, 2, True)}-{rdig(rng, 3)}-{rng.choice(['BLK', 'WHT', 'GRY', 'XL', 'M'])}",
                       f"{rdig(rng, 3, True)}.{rdig(rng, 3)}.{rdig(rng, 2)}", f"ART-{rdig(rng, 5, True)}",
                       f"SKU{rdig(rng, 6, True)}"])


def gen_version(ctx, var):
    rng = ctx.rng
    if "os" in var:
        return rng.choice([f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                           f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(12, 15)}",
                           f"One UI {rng.randint(5, 6)}.{rng.randint(0, 1)}", f"HyperOS {rng.randint(1, 2)}.0.{rng.randint(2, 9)}"])
    if "fw" in var:
        return rng.choice([f"7.{rng.randint(20, 60)}", f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}-b",
                           f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"])
    if "app" in var:
        return f"{rng.randint(3, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"
    return rng.choice([f"v{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 30)}"])


def gen_percentage(ctx, var):
    rng = ctx.rng
    v = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50])
    if rng.random() < 0.2:
        return f"{rng.randint(1, 9)}{',' if ctx.lg != 'en' else '.'}{rng.randint(1, 9)}%"
    return rng.choice([f"{v}%", f"{v} %"]) if ctx.lg != "en" else f"{v}%"


def gen_quantity(ctx, var):
    rng = ctx.rng
    lg = ctx.lg
    kind = next((v for v in var if v in ("data", "speed", "energy", "gas", "duration", "file",
                                           "requests")), None) or rng.choice(["data", "speed", "energy"])
    if kind == "data":
        return rng.choice([f"{rng.choice([5, 10, 20, 50, 100])} GB", f"{rng.choice([10, 20, 40])}GB",
                           f"{rng.choice([500, 750])} MB"])
    if kind == "speed":
        return rng.choice([f"{rng.randint(3, 90)} Mbps", f"{rng.choice([100, 200, 500, 1000])} Mbit/s",
                           f"{rng.randint(2, 40)} Mbit", f"{rng.randint(5, 60)}Mbps"])
    if kind == "energy":
        v = rng.randint(1800, 5200)
        return rng.choice([f"{v} kWh", f"{v:,} kWh".replace(",", "." if lg != "en" else ","), f"{v}kWh"])
    if kind == "gas":
        return rng.choice([f"{rng.randint(600, 1900)} m³", f"{rng.randint(600, 1900)} m3"])
    if kind == "duration":
        n = rng.choice([25, 35, 40, 45, 50, 55])
        return {"nl": f"{n} minuten", "en": f"{n} minutes", "fr": f"{n} minutes"}[lg] if rng.random() < 0.7 else f"{n} min"
    if kind == "file":
        return f"{rng.randint(2, 15)} MB"
    return rng.choice([f"{rng.choice([100, 500, 1000])} requests/min", f"{rng.choice([25, 50, 100])} req/s"])


def gen_url(ctx, var):
    rng = ctx.rng
    dom = ctx.brand[4]
    lg = ctx.lg
    paths = {
        "login": {"nl": ["/inloggen", "/mijn/login"], "en": ["/login", "/signin"], "fr": ["/connexion", "/fr/login"]},
        "reset": {"nl": ["/wachtwoord-vergeten", "/inloggen/reset"], "en": ["/reset-password", "/account/forgot"],
                  "fr": ["/mot-de-passe-oublie", "/fr/reset"]},
        "api": {"nl": ["/v2/payments", "/v1/messages"], "en": ["/v1/charges", "/v2/shipments"], "fr": ["/v1/events", "/v2/orders"]},
        "help": {"nl": ["/klantenservice", "/help/storingen"], "en": ["/help", "/support/contact"], "fr": ["/aide", "/fr/contact"]},
    }
    kind = next((v for v in var if v in paths), "help")
    path = rng.choice(paths[kind][lg])
    if kind == "api":
        return f"https://api.{dom}{path}"
    if kind == "login":
        return rng.choice([f"https://mijn.{dom}{path}" if lg == "nl" else f"https://my.{dom}{path}", f"https://www.{dom}{path}"])
    return rng.choice([f"https://www.{dom}{path}", f"www.{dom}{path}", f"{dom}{path}"])


def gen_masked(ctx, var):
    rng = ctx.rng
    last4 = rdig(rng, 4)
    if "pw" in var:
        return rng.choice(["********", "••••••••", "*****", "●●●●●●●●●"])
    if "card" in var:
        return rng.choice([f"**** **** **** {last4}", f"xxxx-xxxx-xxxx-{last4}", f"•••• {last4}",
                           f"************{last4}", f"XXXX XXXX XXXX {last4}"])
    if "iban" in var:
        cc = ctx.iban_cc()
        return rng.choice([f"{cc}** **** **** **{rdig(rng, 2)}", f"{cc}** **** **** {last4}",
                           f"****{last4}", f"{cc}XX XXXX XXXX XX{rdig(rng, 2)}"])
    if "phone" in var:
        region = ctx.persona.addr_region if ctx.persona else "nl"
        opts = {"nl": [f"06-****{last4}", f"06 ** ** {last4[:2]} {last4[2:]}"],
                "uk": [f"07700 ***{last4[:3]}", f"07*** ***{last4[:3]}"],
                "us": [f"(***) ***-{last4}", f"***-***-{last4}"]}.get(region, [f"+32 4** ** {last4[:2]} {last4[2:]}", f"04** ** {last4[:2]} {last4[2:]}"])
        return rng.choice(opts + [f"*******{last4[:2]}"])
    if "key" in var:
        return rng.choice([f"sk_live_••••••••••••{rstr(rng, ALNUM, 4)}", f"****************{rstr(rng, HEX, 4)}",
                           f"AKIA************{rstr(rng, UPPER, 4)}"])
    return rng.choice(["********", f"**** **** **** {last4}", "******"])


# ---------------------------------------------------------------------------
# Message context, persona, renderer
# ---------------------------------------------------------------------------

REGION_IBAN = {"nl": "NL", "be-nl": "BE", "be-fr": "BE", "uk": "GB", "us": None}


class Persona:
    def __init__(self, ctx, name_region, addr_region):
        rng = ctx.rng
        pool = ctx.pool
        self.first = rng.choice(pool["first"][name_region])
        self.last = rng.choice(pool["last"][name_region])
        if rng.random() < 0.08 and name_region in ("nl", "be-nl"):
            self.full = f"{self.first[0]}. {self.last}"
        else:
            self.full = f"{self.first} {self.last}"
        self.addr_region = addr_region
        doms = [d for d, r in pool["domain"]
                if r == "all" or r == addr_region.split("-")[0] or (r == "be" and addr_region.startswith("be"))]
        self.email = f"{email_local(rng, self.first, self.last)}@{rng.choice(doms)}"
        self.phone = gen_phone(rng, addr_region)
        street = rng.choice(pool["street"][addr_region])
        self.city = rng.choice(pool["city"][addr_region])
        # the same house number / postcode in every rendering of this person's address
        aseed = rng.random()
        self.address = gen_address(random.Random(aseed), addr_region, street, self.city, "line")
        self.address_ml = gen_address(random.Random(aseed), addr_region, street, self.city, "ml")
        self.address_street = gen_address(random.Random(aseed), addr_region, street, self.city, "street")
        self.dob_cache = {}


class Ctx:
    def __init__(self, st, lang, channel, plan):
        self.st = st
        self.rng = st.rng
        self.half = st.half
        self.pool = POOLS[st.half]
        self.lang = lang
        self.lg = LG[lang]
        self.channel = channel
        self.plan = plan
        self.bind = {}
        self.topic = None
        self.brand = None
        self.market = None
        self.persona = None
        self.custno = None

    def iban_cc(self):
        cc = REGION_IBAN.get(self.persona.addr_region) if self.persona else None
        r = self.rng.random()
        if cc == "NL":
            return "NL" if r < 0.9 else "DE"
        if cc == "BE":
            return "BE" if r < 0.85 else self.rng.choice(["FR", "LU", "NL"])
        if cc == "GB":
            return "GB" if r < 0.75 else "IE"
        return self.rng.choice(["DE", "FR", "ES", "NL", "IE"])

    def other_region(self):
        return self.persona.addr_region


PH_RE = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)(?::([a-z0-9_,]+))?(?:=([a-z0-9]+))?\}")

# placeholder -> (label or None, negative kind or None)
LABEL_PH = {
    "password": "password", "username": "username", "pin": "pin", "puk": "puk", "otp": "otp",
    "wifi_key": "wifi_key", "api_key": "api_key", "token": "token", "card": "card", "cvv": "cvv",
    "iban": "iban", "bsn": "bsn", "card_expiry": "card_expiry", "email": "email",
    "phone": "phone", "address": "address", "date_of_birth": "date_of_birth",
    "ip_address": "ip_address", "customer_number": "customer_number",
    "p.email": "email", "p.phone": "phone", "p.address": "address", "p.address_ml": "address",
    "p.dob": "date_of_birth", "p.custno": "customer_number",
}
NEG_PH = {k: k for k in NEG_KINDS}
PLAIN_PH = {"brand", "agent", "ag", "city", "ssid", "first", "emoji", "p.first", "p.last",
            "p.full", "p.city", "year_plain"}
SECRET_TYPES = {"password", "wifi_key", "username", "api_key", "token"}
PUNCT_AFTER = set(".,;:!?)'\"»”’]")


def ph_types(text):
    labels, negs = set(), set()
    for m in PH_RE.finditer(text):
        n = m.group(1)
        if n in LABEL_PH:
            labels.add(LABEL_PH[n])
        elif n in NEG_PH:
            negs.add(n)
        elif n not in PLAIN_PH:
            raise ValueError(f"unknown placeholder {{{n}}} in {text!r}")
    return labels, negs


def value_for(ctx, name, var):
    rng = ctx.rng
    p = ctx.persona
    if name == "password":
        return gen_password(ctx, var)
    if name == "username":
        return gen_username(ctx, var)
    if name == "pin":
        return gen_pin(ctx, var)
    if name == "puk":
        return gen_puk(ctx, var)
    if name == "otp":
        return gen_otp(ctx, var)
    if name == "wifi_key":
        return gen_wifi(ctx, var)
    if name == "api_key":
        return gen_api_key(ctx, var)
    if name == "token":
        return gen_token(ctx, var)
    if name == "card":
        return gen_card(ctx, var)
    if name == "cvv":
        return gen_cvv(ctx, var)
    if name == "iban":
        return gen_iban(ctx, var)
    if name == "bsn":
        return gen_bsn(ctx, var)
    if name == "card_expiry":
        return gen_expiry(ctx, var)
    if name == "email":
        region = p.addr_region
        first = rng.choice(ctx.pool["first"][p.addr_region if p.addr_region in ctx.pool["first"] else "nl"])
        doms = [d for d, r in ctx.pool["domain"] if r in ("all", region.split("-")[0])]
        addr = f"{email_local(rng, first, p.last)}@{rng.choice(doms)}"
        return obfuscate_email(rng, addr, ctx.lg) if ("at" in var or "spaced" in var) else addr
    if name == "phone":
        return gen_phone(rng, p.addr_region)
    if name == "address":
        street = rng.choice(ctx.pool["street"][p.addr_region])
        city = rng.choice(ctx.pool["city"][p.addr_region])
        mode = "street" if "street" in var else "ml" if "ml" in var else "line"
        return gen_address(rng, p.addr_region, street, city, mode)
    if name == "date_of_birth":
        return gen_dob(ctx, var)
    if name == "ip_address":
        return gen_ip(ctx, var)
    if name == "customer_number":
        return gen_custno(ctx, var)
    if name == "p.email":
        if "at" in var:
            return obfuscate_email(rng, p.email, ctx.lg)
        if "spaced" in var:
            loc, dom = p.email.split("@")
            return rng.choice([f"{loc} @ {dom}", f"{loc} @{dom}", f"{loc}@ {dom}"])
        return p.email
    if name == "p.phone":
        return p.phone
    if name == "p.address":
        return p.address
    if name == "p.address_ml":
        return p.address_ml
    if name == "p.dob":
        key = "written" if "written" in var else "num"
        if key not in p.dob_cache:
            p.dob_cache[key] = gen_dob(ctx, var)
        return p.dob_cache[key]
    if name == "p.custno":
        if ctx.custno is None:
            ctx.custno = gen_custno(ctx, var)
        return ctx.custno
    # negatives
    gens = {"amount": gen_amount, "company_phone": gen_company_phone,
            "company_registration": gen_company_reg, "date": gen_date, "time": gen_time,
            "error_code": gen_error, "flight_number": gen_flight, "invoice_number": gen_invoice,
            "order_number": gen_order, "ticket_number": gen_ticket, "tracking_number": gen_tracking,
            "meter_reading": gen_meter, "model_number": gen_model, "product_code": gen_product,
            "version_string": gen_version, "percentage": gen_percentage, "quantity": gen_quantity,
            "url": gen_url, "masked_value": gen_masked}
    if name in gens:
        return gens[name](ctx, var)
    if name == "year":
        return str(rng.randint(2004, 2023))
    if name == "hashtag":
        tags = HASHTAGS[ctx.lg] + [f"#{re.sub(r'[^A-Za-z]', '', ctx.brand[2])}{s}" for s in ("", "fail")]
        return rng.choice(tags)
    if name == "mention":
        return "@" + ctx.brand[3]
    # plain
    if name == "brand":
        return ctx.brand[2]
    if name == "agent":
        regions = {"nl": ["nl", "be-nl"], "fr": ["be-fr"], "en": ["uk", "us"]}[ctx.lg]
        return rng.choice([f for r in regions for f in ctx.pool["first"][r] if f != p.first])
    if name == "ag":
        return rstr(rng, "ABCDEFGHIJKLMNPRSTVW", 2)
    if name in ("city", "p.city"):
        return p.city[0]
    if name == "ssid":
        b = re.sub(r"[^A-Za-z]", "", ctx.brand[2].split()[0])[:10]
        return rng.choice([f"{b}-{rstr(rng, '0123456789ABCDEF', 4)}", f"{b}_WiFi_{rstr(rng, '0123456789ABCDEF', 4)}",
                           f"{b}-5G-{rstr(rng, '0123456789ABCDEF', 4)}", f"{b}Box-{rdig(rng, 4)}"])
    if name == "first":
        return rng.choice(ctx.pool["first"][p.addr_region if p.addr_region in ctx.pool["first"] else "nl"])
    if name == "emoji":
        return rng.choice(EMOJI)
    if name == "p.first":
        return p.first
    if name == "p.last":
        return p.last
    if name == "p.full":
        return p.full
    raise KeyError(name)


def render(template, ctx):
    """Render a composed template; return (text, spans, negatives)."""
    out = []
    pos = 0
    spans, negs = [], []
    cur = 0  # current length of output
    for m in PH_RE.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        name, var_s, bind = m.group(1), m.group(2), m.group(3)
        var = tuple(var_s.split(",")) if var_s else ()
        nxt = template[m.end():m.end() + 1]
        label = LABEL_PH.get(name)
        neg = NEG_PH.get(name)
        key = f"{name}={bind}" if bind else None
        if key and key in ctx.bind:
            val = ctx.bind[key]
        else:
            for _ in range(60):
                val = value_for(ctx, name, var)
                if label in SECRET_TYPES and nxt in PUNCT_AFTER and not val[-1].isalnum():
                    continue
                break
            else:
                raise RuntimeError("could not satisfy punctuation rule")
            if key:
                ctx.bind[key] = val
        if label:
            spans.append({"type": label, "start": cur, "end": cur + len(val)})
        elif neg:
            negs.append({"kind": neg, "start": cur, "end": cur + len(val)})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans, negs


# ---------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------

class Tpl:
    __slots__ = ("id", "key", "text", "tags", "half", "labels", "negs")


TEMPLATES = {}          # key -> list[Tpl]
TAG_RE = re.compile(r"^\[(nl|be|gb|us|chat)\]")


def T(key, block):
    assert key not in TEMPLATES, key
    parsed = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tags = set()
        while True:
            m = TAG_RE.match(line)
            if not m:
                break
            tags.add(m.group(1))
            line = line[m.end():]
        parsed.append((tags, line.replace("\\n", "\n")))
    d = deal(key, parsed)
    lst = []
    for h in HALVES:
        for i, (tags, text) in enumerate(d[h]):
            t = Tpl()
            t.key, t.text, t.tags, t.half = key, text, tags, h
            t.id = f"{key}#{h[0]}{i}"
            t.labels, t.negs = ph_types(text)
            lst.append(t)
    TEMPLATES[key] = lst


# ---- data phrasings: password ------------------------------------------------------
T("frag.pw.nl", r"""
Mijn wachtwoord is {password} en dat heb ik gisteren nog aangepast.
ww: {password}
{password} is mijn ww, dat weet ik zeker
Ik heb het wachtwoord '{password}' al drie keer ingetypt, steeds 'onjuist'.
wachtwood is {password} (zonder spaties)
Nieuw wachtwoord ingesteld: {password} – maar de app pakt nog steeds het oude.
[be]paswoord = {password}
Het oude wachtwoord was {password}, het nieuwe weet ik dus niet meer
heb m'n passwoord veranderd naar {password} maar kom er nog steeds niet in
Wachtw.: {password}
[be]Mijn paswoord is normaal {password}, da werkte altijd
ik gebruik overal {password} als wachtwoord dus dat moet het zijn
Inloggen met wachtwoord {password} geeft een foutmelding.
wachtwoord (hoofdlettergevoelig!): {password}
Zelfs met het tijdelijke wachtwoord uit de mail ({password}) lukt het niet.
ww is "{password}" zonder aanhalingstekens natuurlijk
""")
T("frag.pw.en", r"""
My password is {password} and I only changed it yesterday.
pw: {password}
{password} is the password, I've checked caps lock
I've typed '{password}' at least five times and it keeps saying incorrect.
pasword is {password} if that helps
New password I set: {password}
[gb]Tried my usual passcode {password} as well, no joy.
the old password was {password}, not sure what the new one is
Password (case sensitive): {password}
[us]I reset it to {password} like the email said and it still won't take it
passwrd {password}
Using {password} as the password gives me an error.
login pass is {password} fwiw
Even the temporary one from your email ({password}) gets rejected.
pwd = {password}
""")
T("frag.pw.fr", r"""
Mon mot de passe est {password} et je l'ai changé hier.
mdp : {password}
{password} c'est mon mot de passe, j'ai vérifié les majuscules
J'ai tapé « {password} » trois fois, toujours refusé.
mot de pass {password}
Nouveau mot de passe : {password}
L'ancien mot de passe était {password}, le nouveau je ne sais plus.
Même le mot de passe provisoire reçu par mail ({password}) ne passe pas.
""")

# ---- login pairs -------------------------------------------------------------------
T("frag.login.nl", r"""
inloggen met {username} en ww {password} lukt niet
inlog {username} pw={password}
credentials: {username}:{password}
{username} / {password}
gebruikersnaam: {username}\nwachtwoord: {password}
gebruikesnaam {username}, wachtwoord {password}
kan niet inloggen, {username} {password} klopt toch??
Mijn login is {username} en het wachtwoord {password}.
Inlognaam {username} – ww {password} – melding 'onbekende combinatie'
user: {username}\npass: {password}
[be]Ik log in met {username} en paswoord {password}, da's toch juist?
account {username} (wachtwoord {password})
Gegevens om in te loggen: {username} + {password}
gebruikersnaam = {username} | wachtwoord = {password}
""")
T("frag.login.en", r"""
I log in with {username} and the password {password}.
username: {username}\npassword: {password}
login {username} pw {password}
creds are {username}:{password}
{username} / {password} – that's what I've always used
usrname {username} and pass {password}, both copied from my password manager
can't log in, {username} {password} is right I swear
User ID: {username} | Password: {password}
Login: {username}\nPass: {password}
[us]My user name is {username} and my password is {password}.
account {username}, password was {password} until the reset
Here are my login details: {username} / pw {password}
""")
T("frag.login.fr", r"""
Mon identifiant est {username} et mon mot de passe {password}.
login : {username}\nmdp : {password}
identifiant {username} / mot de passe {password}
Je me connecte avec {username} et {password}, ça marchait avant.
utilisateur {username} mdp {password}
nom d'utilisateur : {username}, mot de passe : {password}
""")

# ---- username alone ------------------------------------------------------------------
T("frag.user.nl", r"""
Mijn gebruikersnaam is {username}, het wachtwoord ben ik vergeten.
gebruikersnaam: {username}
inlognaam {username}
{username} is mijn gebruikersnaam
login = {username}
Ik log altijd in als {username}.
[be]Mijn login is {username}, maar het paswoord werkt niet meer
gebruikersnaam {username} wordt niet herkend
""")
T("frag.user.en", r"""
My username is {username} but I've forgotten the password.
username: {username}
login name {username}
{username} is my username, I've never changed it
My login has been {username} since {year}.
user id = {username}
it says the username {username} doesn't exist??
""")
T("frag.user.fr", r"""
Mon identifiant : {username}
je me connecte sous le nom d'utilisateur {username}
login {username}
{username} c'est mon identifiant
""")

# ---- PINs ----------------------------------------------------------------------------
T("frag.pin_card.nl", r"""
Mijn pincode is {pin} maar de automaat zegt steeds 'pincode onjuist'.
pincdoe {pin}
De pin van mijn pas is {pin}, dat weet ik 100% zeker.
{pin} is de pincode
PIN {pin}, 3x fout ingevoerd en nu is de pas geblokkeerd
Mijn pincode ({pin}) werkt wel in de winkel maar niet bij de automaat.
[be]Mijn pincode is {pin}, ik heb da al gecontroleerd
mn pin is {pin} dus dat is t probleem niet
pincode van de nieuwe pas: {pin}
""")
T("frag.pin_card.en", r"""
My PIN is {pin} and the machine keeps saying incorrect PIN.
card pin {pin}
{pin} is the PIN I set when the card arrived.
PIN number is {pin} (yes I know I shouldn't send this)
pincode {pin}, entered it wrong twice
the PIN for my debit card = {pin}
[gb]Chip and PIN keeps declining even though the PIN is definitely {pin}.
pin: {pin}
""")
T("frag.pin_card.fr", r"""
Mon code PIN est {pin} mais le distributeur le refuse.
code pin {pin}
{pin} c'est mon code secret de carte
mon code secret {pin} ne fonctionne plus depuis hier
""")
T("frag.pin_sim.nl", r"""
sim-pin: {pin:sim}
SIM-pincode staat op {pin:sim} sinds ik hem veranderd heb
Pincode van de simkaart is {pin:sim}, maar na het herstarten vraagt hij een PUK
de pincode van mijn sim is {pin:sim}
""")
T("frag.pin_sim.en", r"""
SIM PIN: {pin:sim}
I changed my SIM PIN to {pin:sim} last week
the SIM's PIN is {pin:sim}, never had a problem before
""")
T("frag.pin_sim.fr", r"""
Le code PIN de ma carte SIM est {pin:sim}.
PIN SIM {pin:sim}
""")
T("frag.pin_app.nl", r"""
Ik heb de app-pincode op {pin:app} gezet maar die wordt niet geaccepteerd.
code voor de app: {pin:app5} (5 cijfers)
Mijn inlogcode voor de app is {pin:app6}
""")
T("frag.pin_app.en", r"""
I set the app passcode to {pin:app6} and now it won't accept it.
my 5-digit app PIN is {pin:app5}
app pin {pin:app}
""")
T("frag.pin_app.fr", r"""
PIN de l'appli : {pin:app5}
mon code d'accès à l'application est {pin:app6}
""")

# ---- PUK -----------------------------------------------------------------------------
T("frag.puk.nl", r"""
PUK-code: {puk}
De PUK is {puk}, stond op het plastic kaartje.
Ik heb de pukcode {puk} ingevoerd maar hij zegt 'ongeldig'.
puk {puk} en pin {pin:sim}
{puk} is de puk van mijn sim
Mijn PUK code is {puk}, kunnen jullie checken of die klopt?
pukcdoe {puk}
[be]Da PUK-nummer is {puk} volgens mijn kaartje
PUK1: {puk}
Simkaart geblokkeerd, puk {puk} werkt niet, sim-pin was {pin:sim}
puk-code?? {puk} toch
""")
T("frag.puk.en", r"""
PUK code: {puk}
The PUK on the card holder is {puk}.
I entered PUK {puk} and it says invalid
puk is {puk}, pin is {pin:sim}
{puk} is the PUK I was given by your colleague
My PUK number is {puk} – can you check it's correct?
PUK1 {puk}
[us]The unlock code (PUK) is {puk} per the SIM card packaging
Personal Unblocking Key: {puk}
PUK = {puk}
""")
T("frag.puk.fr", r"""
Code PUK : {puk}
Mon PUK est {puk}, il est refusé.
j'ai tapé le code puk {puk} mais ça ne passe pas
PUK {puk} et le code PIN de la SIM c'était {pin:sim}
{puk} c'est le code PUK sur la carte
le code de déblocage PUK {puk}
""")

# ---- OTP -----------------------------------------------------------------------------
T("frag.otp.nl", r"""
De sms-code is {otp}.
verificatiecdoe {otp} werkt niet
Ik kreeg code {otp:split} maar die is al verlopen zegt de app
{otp} is de code die ik net kreeg
eenmalige code: {otp:dash}
Verificatiecode {otp:prefix} ingevoerd, foutmelding.
2FA-code {otp} wordt niet geaccepteerd
De bevestigingscode uit de sms ({otp}) werkt niet.
code uit de authenticator-app: {otp:split}
[be]Ik krijg een sms met code {otp} maar ge kunt die nergens ingeven
Mijn inlogcode is {otp:8}, hij is nog geen minuut oud.
sms code {otp:4}
Kreeg net deze code: {otp}
""")
T("frag.otp.en", r"""
The SMS code is {otp}.
verification code {otp} doesn't work
got code {otp:split} but it says expired
{otp} is the code I just got by text
one-time passcode: {otp:dash}
2FA code {otp:prefix} rejected
The authenticator shows {otp} right now
OTP {otp}
[gb]Your text came through with {otp:split} – typed it in straight away, still says invalid.
security code from the email: {otp}
verifcation code is {otp:8}
the 6-digit code was {otp:plain}
""")
T("frag.otp.fr", r"""
Le code reçu par SMS est {otp}.
code de vérification : {otp:split}
{otp} c'est le code que je viens de recevoir
code à usage unique {otp:dash}, refusé
code 2FA {otp} ne marche pas
code de confirmation {otp:prefix}
""")

# ---- wifi ------------------------------------------------------------------------------
T("frag.wifi.nl", r"""
wifi-wachtwoord is {wifi_key}
De netwerksleutel {wifi_key} van de sticker werkt niet.
WPA-sleutel: {wifi_key}
wifi ww {wifi_key} (netwerk {ssid})
Op de sticker van de {model_number:modem} staat {wifi_key} maar mijn laptop pakt hem niet
{wifi_key} is de wifi code
Ik heb het wifi wachtwoord veranderd in {wifi_key}, sindsdien doet de tv het niet meer
wifiwachtwoord = {wifi_key}
[be]Het wifi-paswoord is {wifi_key}, gewoon van de sticker overgetypt
Netwerk: {ssid}\nWachtwoord: {wifi_key}
draadloos wachtwoord {wifi_key}
wachtwoord van de wifi: {wifi_key}
""")
T("frag.wifi.en", r"""
wifi password is {wifi_key}
The network key on the sticker is {wifi_key}.
WPA2 key: {wifi_key}
SSID {ssid}, password {wifi_key}
{wifi_key} is the wifi key printed on the back of the {model_number:modem}
I changed the wifi password to {wifi_key} and now nothing connects
wi-fi key = {wifi_key}
[gb]Hub password (the wireless one, not admin) is {wifi_key}
WiFi: {ssid} / {wifi_key}
wireless key {wifi_key}
the wifi passcode {wifi_key}
""")
T("frag.wifi.fr", r"""
Le mot de passe wifi est {wifi_key}.
clé WPA : {wifi_key}
clé de sécurité réseau {wifi_key} (sur l'autocollant)
{wifi_key} c'est la clé wifi du modem
réseau {ssid}, mdp {wifi_key}
""")

# ---- API keys --------------------------------------------------------------------------
T("frag.api.nl", r"""
Onze API key is {api_key:sk}, die geeft 401.
geheime sleutel: {api_key:sk}
We gebruiken publishable key {api_key:pk} in de frontend
AWS access key {api_key:akia} met secret {api_key:aws_secret}
consumer key {api_key:wc_ck} en consumer secret {api_key:wc_cs} (WooCommerce)
api-sleutel {api_key:api}
De key {api_key:hex32} wordt geweigerd sinds vanochtend
restricted key: {api_key:rk}
Google Maps key {api_key:google} werkt niet meer op productie
SendGrid key = {api_key:sendgrid}
{api_key:sk} is onze live key, graag checken
""")
T("frag.api.en", r"""
Our API key is {api_key:sk} and it returns 401.
secret key: {api_key:sk}
AWS_ACCESS_KEY_ID={api_key:akia}\nAWS_SECRET_ACCESS_KEY={api_key:aws_secret}
Access key {api_key:akia}, secret {api_key:aws_secret}
the API key ({api_key:hex32}) was working until {date}
ck: {api_key:wc_ck}\ncs: {api_key:wc_cs}
x-api-key: {api_key:api}
curl -u {api_key:sk}: {url:api} returns 401
Restricted key {api_key:rk} can't read the balance endpoint
GOOGLE_API_KEY={api_key:google}
Mailgun auth with {api_key:mailgun} fails
Twilio API key SID {api_key:twilio}
SENDGRID_API_KEY={api_key:sendgrid}
""")
T("frag.api.fr", r"""
Notre clé API est {api_key:sk}, elle renvoie une erreur 401.
clé secrète : {api_key:sk}
clé d'accès AWS {api_key:akia} / secret {api_key:aws_secret}
la clé API {api_key:hex32} ne fonctionne plus
api_key={api_key:api}
""")

# ---- tokens ------------------------------------------------------------------------------
T("frag.token.nl", r"""
Authorization: Bearer {token:jwt}
access token: {token:opaque}
Mijn GitHub token {token:ghp} heeft geen toegang meer tot de repo
token {token:hex40} geeft 403
Slack bot token {token:xoxb}
refresh token = {token:opaque}
We sturen header 'Authorization: Bearer {token:jwt}' mee
deploy token {token:glpat}
sessietoken {token:hex64}
de fine-grained token {token:github_pat} is nog 30 dagen geldig
{token:jwt} is de token die we terugkrijgen van /oauth/token
""")
T("frag.token.en", r"""
header: Bearer {token:jwt}
access_token={token:opaque}
my personal access token {token:ghp} stopped working
token: {token:hex40}
SLACK_BOT_TOKEN={token:xoxb}
user token {token:xoxp}
GitLab PAT {token:glpat} gets 401 on the API
session token {token:hex64} keeps getting invalidated
refresh_token: {token:opaque}
fine-grained PAT {token:github_pat}
the JWT we get back is {token:jwt}
X-Auth-Token {token:hex40}
""")
T("frag.token.fr", r"""
Le token d'accès {token:opaque} expire après 5 minutes.
jeton : {token:hex40}
token GitHub {token:ghp}
en-tête Authorization: Bearer {token:jwt}
le refresh token {token:opaque} est refusé
""")

# ---- cards ------------------------------------------------------------------------------
T("frag.card.nl", r"""
Kaartnummer {card}, geldig tot {card_expiry}, code achterop {cvv}
{card} ({card_expiry}) {cvv}
creditcard: {card}\nvervaldatum: {card_expiry}\ncvc: {cvv}
Mijn kaart {card} wordt steeds geweigerd.
Het gaat om creditcard {card}, {card_expiry}
kaartnr {card} exp {card_expiry:mmyy}
Ik heb met mijn Mastercard {card:mc} betaald.
Amex {card:amex}, 4 cijfers op de voorkant: {cvv:4}
kaart: {card:plain}
Visa {card:visa} geldig t/m {card_expiry}, 3 cijfers achterop {cvv}
[be]Mijn bankkaart (Maestro) is {card:maestro}
{card} is de kaart waarmee de dubbele afschrijving gebeurde
Creditcardnummer: {card} – de beveiligingscode is {cvv}
""")
T("frag.card.en", r"""
Card number {card}, expires {card_expiry}, security code {cvv}
{card} exp {card_expiry} cvv {cvv}
card: {card}\nexpiry: {card_expiry}\nCVC: {cvv}
My card {card} keeps getting declined.
I paid with Visa {card:visa}.
AMEX {card:amex} ({card_expiry}), CID {cvv:4}
[gb]Debit card long number is {card}
The charge was on {card:mc}, {card_expiry}
card no. {card:plain}
[us]Credit card: {card} Exp: {card_expiry} CVV2: {cvv}
{card} is the card I used for the booking
cc {card:dash} {card_expiry:mmyy}
""")
T("frag.card.fr", r"""
Numéro de carte {card}, date d'expiration {card_expiry}, cryptogramme {cvv}
carte {card} ({card_expiry})
Ma carte {card} est refusée.
Visa {card:visa} exp. {card_expiry} code au dos {cvv}
n° de carte : {card:plain}
{card} c'est la carte débitée deux fois
""")

# ---- CVV -----------------------------------------------------------------------------------
T("frag.cvv.nl", r"""
De cvc-code is {cvv}.
3 cijfers achterop: {cvv}
beveiligingscode {cvv}
code achterop de kaart = {cvv}
cvv {cvv}
{cvv} is de controlecode achterop
cvc-code: {cvv}
de drie cijfers op de achterkant zijn {cvv}
""")
T("frag.cvv.en", r"""
CVV is {cvv}
security code {cvv}
the 3 digits on the back: {cvv}
CVC: {cvv}
{cvv} is the code on the back
card verification code {cvv}
CVV2 = {cvv}
""")
T("frag.cvv.fr", r"""
cryptogramme : {cvv}
le code à 3 chiffres au dos est {cvv}
CVV {cvv}
code de sécurité {cvv}
""")

# ---- IBAN -----------------------------------------------------------------------------------
T("frag.iban.nl", r"""
Mijn IBAN is {iban}.
rekeningnummer: {iban}
Graag terugstorten op {iban} t.n.v. {p.full}
{iban} is het nieuwe rekeningnummer
iban {iban:lower}
Het bedrag mag naar rekening {iban:spaced}
Nieuw rekeningnr. {iban}, oude graag verwijderen
[be]Mijn rekeningnummer is {iban:be}
Automatische incasso graag van {iban} (niet meer van {masked_value:iban})
Duitse rekening: {iban:de}
IBAN: {iban:plain}
[be]Gelieve het over te maken op {iban:be}
""")
T("frag.iban.en", r"""
My IBAN is {iban}.
Please refund to {iban}
account: {iban:gb}
IBAN {iban:plain}
[gb]Bank details for the refund: {iban:gb} (name: {p.full})
{iban:ie} is my Irish account
pay it back to IBAN {iban:lower}
new bank account {iban} – please update the direct debit
The direct debit should come from {iban:spaced}, not the old account
Dutch account {iban:nl}
""")
T("frag.iban.fr", r"""
Mon IBAN est {iban:be}.
numéro de compte : {iban:be}
Merci de rembourser sur {iban}
IBAN {iban:fr}
compte bancaire {iban:lu} (je travaille au Luxembourg)
{iban:be} c'est mon nouveau compte
mon iban {iban:lower}
""")

# ---- BSN ------------------------------------------------------------------------------------
T("frag.bsn.nl", r"""
Mijn BSN is {bsn}.
BSN: {bsn}
Gegevens: {p.full} {p.dob} {bsn}
burgerservicenummer {bsn}
sofinummer {bsn} (of heet dat nu bsn)
{bsn} is mijn bsn
bsn nr {bsn}
Mijn burgerservicenummer: {bsn}, geboortedatum {p.dob}
BSN van mijn zoon: {bsn}
het BSN {bsn} staat ook op mijn paspoort
Naam: {p.full}\nGeb. datum: {p.dob}\nBSN: {bsn}
bsn-nummer {bsn}
ik heb mijn burgerservicenr ({bsn}) al twee keer doorgegeven
BSN-nr.: {bsn}
sofi/bsn {bsn}
""")
T("frag.bsn.en", r"""
My BSN is {bsn}.
BSN (Dutch citizen service number): {bsn}
citizen service number {bsn}
{bsn} is my BSN, it's on my residence permit too
Details: {p.full}, {p.dob}, BSN {bsn}
burgerservicenummer (BSN) {bsn}
BSN no. {bsn}
my BSN number – {bsn} – was on the letter
BSN {bsn} (from my residence card)
""")
T("frag.bsn.fr", r"""
mon numéro BSN néerlandais est {bsn}
BSN : {bsn} (je travaille aux Pays-Bas)
mon burgerservicenummer : {bsn}
{bsn} c'est mon BSN
numéro BSN : {bsn}
""")

# ---- low-risk data -----------------------------------------------------------------------
T("frag.email.nl", r"""
Mijn e-mailadres is {p.email}.
mail me op {p.email}
nieuw e-mailadres: {email}
mijn mail: {p.email:at}
Je kunt me mailen via {p.email:spaced}
graag de bevestiging naar {p.email} sturen
Het account staat op {p.email}, niet op mijn oude adres {email}
""")
T("frag.email.en", r"""
my email is {p.email}
please email me at {p.email}
The account is under {p.email}
new email: {email}
reach me on {p.email:at}
send it to {p.email:spaced} please
""")
T("frag.email.fr", r"""
mon adresse e-mail : {p.email}
écrivez-moi à {p.email}
nouvelle adresse mail {email}
mon mail c'est {p.email:at}
""")
T("frag.phone.nl", r"""
Bel me gerust op {p.phone}.
mijn nummer: {p.phone}
mobiel nummer gewijzigd naar {phone}
telefoonnummer {p.phone}
Mijn man is bereikbaar op {phone}
[be]Ge kunt mij bereiken op mijn gsm: {p.phone}
{p.phone} (na {time:close})
tel. {p.phone}
""")
T("frag.phone.en", r"""
Call me on {p.phone}.
my number is {p.phone}
mobile: {p.phone}
you can reach my wife on {phone}
[us]Cell {p.phone}, text is fine
updated phone number: {phone}
{p.phone} – any time after {time:close}
""")
T("frag.phone.fr", r"""
Vous pouvez me joindre au {p.phone}.
mon GSM : {p.phone}
tél. {p.phone}
le numéro de ma fille : {phone}
""")
T("frag.address.nl", r"""
Mijn adres is {p.address}.
Nieuw adres per {date}: {address}
Mijn huidige adres: {p.address}
Ik woon op {address:street}, dus niet op het adres dat jullie hebben.
Verhuisd naar {address}
[be]Mijn adres: {p.address}
graag opsturen naar {p.address}
""")
T("frag.address.en", r"""
My address is {p.address}.
new address from {date}: {address}
address should be {p.address}
I live at {address:street} now, not the old place
Please send it to {p.address}
moved to {address}
""")
T("frag.address.fr", r"""
Mon adresse est {p.address}.
nouvelle adresse à partir du {date} : {address}
adresse postale : {p.address}
j'habite {address:street} depuis {year}
""")
T("frag.dob.nl", r"""
geboortedatum {p.dob}
ik ben van {p.dob}
geb datum: {p.dob}
Geboren op {p.dob:written}
Gegevens: {p.full}, geboren {p.dob}
""")
T("frag.dob.en", r"""
DOB {p.dob}
date of birth: {p.dob}
born {p.dob:written}
D.O.B. is {p.dob}
""")
T("frag.dob.fr", r"""
date de naissance : {p.dob}
née le {p.dob:written}
je suis né le {p.dob}
""")
T("frag.ip.nl", r"""
Ons server-IP is {ip_address}
requests komen van {ip_address}
graag whitelisten: {ip_address} en {ip_address}
IPv6 van de server: {ip_address:v6}
""")
T("frag.ip.en", r"""
our server IP is {ip_address}
please whitelist {ip_address}
calls come from {ip_address:v6}
egress IP for production: {ip_address}
""")
T("frag.ip.fr", r"""
l'adresse IP de notre serveur est {ip_address}
merci d'autoriser {ip_address}
""")
T("frag.iphome.nl", r"""
Volgens de foutmelding is mijn IP-adres ({ip_address}) geblokkeerd.
mijn ip is {ip_address}, misschien staat dat op een zwarte lijst?
""")
T("frag.iphome.en", r"""
my home IP {ip_address} got blocked
The error page says my IP ({ip_address}) has been flagged.
""")
T("frag.iphome.fr", r"""
mon adresse IP {ip_address} a été bloquée apparemment
le message d'erreur mentionne mon IP : {ip_address}
""")
T("frag.custno.nl", r"""
klantnummer {customer_number}
Mijn klantnr is {p.custno}.
contractnummer: {customer_number}
relatienummer {customer_number}
{p.custno} is mijn klantnummer
[be]klantennummer {customer_number}
polisnummer {customer_number}
""")
T("frag.custno.en", r"""
customer number {customer_number}
My customer ID is {p.custno}.
membership no. {customer_number}
{p.custno} is my customer reference
policy number {customer_number}
""")
T("frag.custno.fr", r"""
numéro client {customer_number}
n° de contrat : {customer_number}
mon numéro de client est le {p.custno}
""")
T("frag.expiry.nl", r"""
Mijn creditcard verloopt {card_expiry}
vervaldatum van de pas: {card_expiry}
de kaart is geldig tot {card_expiry}
""")
T("frag.expiry.en", r"""
card expires {card_expiry}
expiry date {card_expiry}
exp {card_expiry:mmyy}
""")
T("frag.expiry.fr", r"""
ma carte expire fin {card_expiry}
date d'expiration {card_expiry}
""")

# values sent on their own as a reply (chat channels only)
T("bare", r"""
{iban}
{card}
{p.email}
{p.phone}
{api_key:sk}
{token:jwt}
{iban:lower}
{card:plain}\n{card_expiry}
{p.address}
{token:ghp}
{p.email} 👍
{card} 🙏
{api_key:google}
{p.phone}\n{p.email}
""")


# ---------------------------------------------------------------------------
# Topics: sector, data groups that fit, scenario openers, cue-near negatives
# ---------------------------------------------------------------------------

TOPICS = {
    "login": (["banking", "insurance", "airline", "retail", "utilities", "telco", "gov", "dev"],
              ["login", "pw", "user", "otp", "pin_app", "email", "custno", "phone", "iphome"]),
    "bank_card": (["banking"], ["card", "cvv", "pin_card", "expiry", "otp", "custno"]),
    "bank_transfer": (["banking"], ["iban", "otp", "custno", "login"]),
    "kyc_id": (["banking", "insurance", "gov"], ["bsn", "dob", "address", "phone", "email", "custno", "iban"]),
    "ins_claim": (["insurance"], ["iban", "custno", "phone", "address", "dob", "email", "bsn"]),
    "air_booking": (["airline"], ["card", "cvv", "expiry", "dob", "email", "phone", "custno"]),
    "shop_order": (["retail"], ["address", "phone", "email", "custno", "card", "cvv", "expiry", "iban", "login"]),
    "energy_move": (["utilities"], ["address", "iban", "custno", "phone", "email", "dob"]),
    "telco_sim": (["telco"], ["puk", "pin_sim", "custno", "phone", "otp"]),
    "telco_wifi": (["telco"], ["wifi", "custno", "address", "login"]),
    "dev_api": (["dev"], ["api", "token", "ip", "email", "custno", "login", "otp", "user"]),
    "billing": (["banking", "insurance", "retail", "utilities", "telco", "dev"],
                ["iban", "card", "cvv", "expiry", "custno", "email", "login"]),
    "contact_update": (["banking", "insurance", "airline", "retail", "utilities", "telco", "gov"],
                       ["email", "phone", "address", "custno", "dob", "login"]),
}

T("scen.login.nl", r"""
Sinds de update naar versie {version_string:app} kan ik niet meer inloggen in de app van {brand}.
Ik probeer al de hele ochtend in te loggen op mijn {brand} account maar krijg steeds foutcode {error_code}.
Mijn account is geblokkeerd na 3 pogingen en de link via {url:reset} werkt niet.
Ik krijg geen sms-code meer binnen sinds ik een nieuwe telefoon heb ({model_number:phone}).
Het inloggen gaat mis bij de tweestapsverificatie, melding 'sessie verlopen' om {time}.
[be]Ik geraak niet meer in mijn account van {brand}, al sinds {date}.
'Wachtwoord vergeten' aangeklikt, maar de mail komt nooit aan.
Bij het inloggen op de website krijg ik 'ongeldige combinatie', terwijl het in de app wel werkt.
Mijn zoon heeft mijn account op zijn {model_number:phone} gezet en nu kom ik er zelf niet meer in.
[nl]De app van {brand} gooit me er elke keer uit na het inloggen, ik zit op {version_string:os}.
Mijn account is 'gelocked' zegt de site, ik heb niks geks gedaan.
[be]Allee, weeral kan ik niet inloggen bij {brand}.
""")
T("scen.login.en", r"""
Since updating to {version_string:app} I can't log in to the {brand} app.
Been trying to log in to my {brand} account all morning, keep getting error {error_code}.
My account got locked after three attempts and the reset link at {url:reset} just loops back to the login page.
I'm not getting the text code any more since I switched to a {model_number:phone}.
Login fails at the two-step bit – says 'session expired' every time.
[gb]Absolutely fed up, locked out of my account again since {date}.
Clicked 'forgot password' three times, no email ever arrives.
The website says 'invalid credentials' but the app logs in fine.
[us]Your app logs me out every time I open it, I'm on {version_string:os}.
I set up a new account last week and now it says the account doesn't exist.
Your login page just spins forever after I hit submit.
[gb]Can't get into online banking, keeps saying my details are wrong.
""")
T("scen.login.fr", r"""
Depuis la mise à jour {version_string:app}, impossible de me connecter à l'appli {brand}.
J'essaie de me connecter à mon compte {brand} depuis ce matin, erreur {error_code} à chaque fois.
Mon compte est bloqué après trois essais et le lien de réinitialisation ne marche pas.
Je ne reçois plus le code par SMS depuis que j'ai changé de GSM.
Le site me dit « identifiants incorrects » alors que l'appli fonctionne.
Ça fait depuis le {date} que je ne sais plus me connecter.
J'ai cliqué sur « mot de passe oublié » mais je ne reçois jamais le mail.
""")
T("scen.bank_card.nl", r"""
Mijn betaalpas wordt sinds {date} overal geweigerd, foutcode {error_code} bij het pinnen.
Er staat een afschrijving van {amount} op mijn rekening die ik niet herken.
Ik heb een nieuwe creditcard aangevraagd maar die is na 10 dagen nog niet binnen.
Bij het online betalen krijg ik steeds de melding dat de 3D Secure-controle mislukt.
[be]Mijn bankkaart is ingeslikt door de automaat in {city}, wat nu?
Mijn pas is 3x geweigerd bij de kassa terwijl er genoeg saldo is.
Ik wil mijn creditcard laten blokkeren, ik denk dat iemand hem gebruikt heeft.
""")
T("scen.bank_card.en", r"""
My debit card's been declined everywhere since {date}, error {error_code} at the till.
There's a transaction of {amount} on my statement I don't recognise.
Ordered a replacement card ten days ago and still nothing.
3D Secure keeps failing when I try to pay online.
[us]The ATM ate my card this morning, what do I do?
[gb]Card declined at the petrol station even though I've got plenty in the account.
I think my card has been cloned, there are payments I didn't make.
""")
T("scen.bank_card.fr", r"""
Ma carte est refusée partout depuis le {date}, code erreur {error_code} au terminal.
Il y a un débit de {amount} que je ne reconnais pas.
Le distributeur a avalé ma carte à {city}.
Le paiement en ligne échoue à l'étape de validation 3D Secure.
Je pense que ma carte a été piratée.
""")
T("scen.bank_transfer.nl", r"""
Ik heb {amount} overgemaakt naar de verkeerde rekening, kan dat worden teruggedraaid?
Mijn overboeking van {date} is nog steeds niet aangekomen.
Ik wil mijn salaris voortaan op een andere rekening laten storten.
De terugbetaling van {amount} die beloofd is, zie ik nergens terug.
[be]Ik moet een overschrijving doen naar het buitenland maar de app weigert met code {error_code}.
Ik wil de automatische incasso wijzigen naar mijn nieuwe rekening.
""")
T("scen.bank_transfer.en", r"""
I sent {amount} to the wrong account by mistake, can it be recalled?
My transfer from {date} still hasn't arrived.
I'd like my refund paid into a different account please.
The refund of {amount} I was promised hasn't shown up.
International transfer keeps failing with error {error_code}.
[gb]Please can you change the direct debit to my new account?
""")
T("scen.bank_transfer.fr", r"""
J'ai viré {amount} sur le mauvais compte, est-ce qu'on peut annuler ?
Mon virement du {date} n'est toujours pas arrivé.
Je voudrais que le remboursement soit versé sur un autre compte.
Je souhaite changer la domiciliation vers mon nouveau compte.
""")
T("scen.kyc_id.nl", r"""
Volgens jullie brief van {date} moet ik mijn gegevens opnieuw controleren.
Bij het verifiëren van mijn identiteit in de app mislukt de upload steeds ({error_code}).
Ik krijg een brief dat mijn gegevens niet compleet zijn.
Voor de aanvraag van de toeslag hebben jullie nog gegevens nodig, zei uw collega.
Ik ben verhuisd en wil mijn persoonsgegevens bijwerken.
De verificatie van mijn identiteit staat al sinds {date} op 'in behandeling'.
""")
T("scen.kyc_id.en", r"""
Your letter dated {date} says I need to confirm my details.
The ID check in the app fails with {error_code} when I upload my passport.
I got a letter saying my file is incomplete.
I'm an expat in the Netherlands and need to register for the allowance, your colleague asked for my details.
Your verification has been 'pending' since {date}.
I need to update my personal details after moving.
""")
T("scen.kyc_id.fr", r"""
Selon votre courrier du {date}, je dois confirmer mes données.
La vérification d'identité échoue avec l'erreur {error_code}.
On m'a dit que mon dossier était incomplet.
Je dois mettre à jour mes données personnelles.
""")
T("scen.ins_claim.nl", r"""
Ik wil schade melden: op {date} is er water door het plafond gekomen.
Mijn declaratie van {amount} voor de tandarts is afgewezen zonder reden.
Mijn fiets is gestolen bij het station, aangifte is gedaan op {date}.
De uitkering van de schade laat al 6 weken op zich wachten.
[be]Ik heb een aanrijding gehad op {date}, het aanrijdingsformulier is ingevuld.
Ik wil mijn premie van {amount} per maand laten aanpassen na de verhuizing.
""")
T("scen.ins_claim.en", r"""
I'd like to make a claim – water came through the ceiling on {date}.
My claim for {amount} was rejected without any explanation.
My bike was stolen outside the station, police report done on {date}.
Still waiting on the payout for my claim, it's been six weeks.
[us]I was rear-ended on {date} and need to file a claim.
My premium went up by {percentage} this year without warning.
""")
T("scen.ins_claim.fr", r"""
Je voudrais déclarer un sinistre : dégât des eaux le {date}.
Mon remboursement de {amount} a été refusé.
J'ai eu un accrochage le {date}, le constat est rempli.
Ma prime a augmenté de {percentage} sans explication.
""")
T("scen.air_booking.nl", r"""
Mijn vlucht {flight_number} van {date} is geannuleerd en ik wil mijn geld terug.
Bij het boeken werd mijn kaart twee keer belast voor {amount}.
Ik kan niet online inchecken voor {flight_number}, foutmelding {error_code}.
Mijn koffer is niet aangekomen na vlucht {flight_number}.
Ik wil de naam op mijn ticket laten aanpassen, er staat een typfout in.
[be]Onze vlucht {flight_number} had 4 uur vertraging, hoe zit het met de compensatie?
""")
T("scen.air_booking.en", r"""
Flight {flight_number} on {date} was cancelled and I want a refund.
I was charged twice ({amount}) when booking.
Online check-in for {flight_number} fails with error {error_code}.
My bag didn't arrive on {flight_number}.
Need to correct the spelling of my name on the booking.
[gb]Our flight {flight_number} was delayed over four hours, how do I claim compensation?
""")
T("scen.air_booking.fr", r"""
Mon vol {flight_number} du {date} a été annulé, je veux être remboursé.
On m'a débité deux fois {amount} lors de la réservation.
Impossible de faire l'enregistrement en ligne pour le vol {flight_number}.
Ma valise n'est pas arrivée (vol {flight_number}).
""")
T("scen.shop_order.nl", r"""
Mijn bestelling {order_number} is nog steeds niet geleverd.
Het pakket met track & trace {tracking_number} staat al 4 dagen op 'sorteercentrum'.
Ik heb het verkeerde artikel ontvangen, artikelcode {product_code} in plaats van wat ik besteld had.
Ik wil de {model_number:phone} retourneren, hij is kapot aangekomen.
De bezorger zegt dat hij geweest is maar er was niemand aan de deur.
[be]Mijn pakje is volgens de koerier afgeleverd, maar ik heb niks gekregen.
""")
T("scen.shop_order.en", r"""
My order {order_number} still hasn't turned up.
Tracking {tracking_number} has said 'in transit' for four days.
I received the wrong item – got {product_code} instead of what I ordered.
Want to return the {model_number:phone}, it arrived with a cracked screen.
Courier says delivered but nothing here.
[us]Package was left at the wrong address apparently.
""")
T("scen.shop_order.fr", r"""
Ma commande {order_number} n'est toujours pas livrée.
Le colis {tracking_number} est bloqué depuis le {date}.
J'ai reçu le mauvais article ({product_code}).
Je voudrais retourner le {model_number:phone}, il est arrivé cassé.
""")
T("scen.energy_move.nl", r"""
Ik ga per {date} verhuizen en wil mijn energiecontract meenemen.
Mijn voorschot is verhoogd naar {amount} per maand, dat klopt niet.
Meterstand van vandaag: {meter_reading} (normaal) en {meter_reading} (dal).
De jaarafrekening gaat uit van {quantity:energy}, terwijl ik veel minder verbruik.
[be]Ik heb de meterstanden doorgegeven maar de factuur {invoice_number} klopt niet.
Wij hebben zonnepanelen gekregen en de terugleverteller staat op {meter_reading}.
""")
T("scen.energy_move.en", r"""
I'm moving house on {date} and want to take my energy contract with me.
My monthly direct debit went up to {amount}, that can't be right.
Meter reading today: {meter_reading}.
The annual statement assumes {quantity:energy} but we use way less.
[gb]Bill {invoice_number} is estimated even though I submitted readings.
[us]Got a bill for {amount} for a month we were away.
""")
T("scen.energy_move.fr", r"""
Je déménage le {date} et je veux transférer mon contrat d'énergie.
Mon acompte est passé à {amount} par mois, ce n'est pas normal.
Relevé du compteur : {meter_reading}.
La facture {invoice_number} ne correspond pas à ma consommation de {quantity:energy}.
""")
T("scen.telco_sim.nl", r"""
Ik heb 3x de verkeerde pincode ingevoerd en nu vraagt mijn telefoon om een PUK.
Mijn nieuwe simkaart werkt niet in de {model_number:phone}.
Na het omzetten naar eSIM heb ik geen bereik meer, melding {error_code}.
Mijn simkaart is geblokkeerd na een update naar {version_string:os}.
[be]Mijn gsm vraagt de PUK-code en ik heb het kaartje niet meer.
Ik wil een nieuwe sim want de oude is kwijt, mijn bundel van {quantity:data} wil ik houden.
""")
T("scen.telco_sim.en", r"""
Entered the wrong PIN three times and now the phone wants a PUK.
The new SIM doesn't work in my {model_number:phone}.
Since switching to eSIM I have no signal, error {error_code}.
SIM locked after updating to {version_string:os}.
[us]Phone says SIM locked, need the unlock code.
Lost my SIM, want a replacement but keep my {quantity:data} plan.
""")
T("scen.telco_sim.fr", r"""
J'ai entré trois fois un mauvais code PIN et mon GSM demande le PUK.
Ma nouvelle carte SIM ne fonctionne pas dans mon {model_number:phone}.
Carte SIM bloquée après la mise à jour {version_string:os}.
Mon GSM demande le code PUK et je n'ai plus la carte.
""")
T("scen.telco_wifi.nl", r"""
Sinds de monteur er was doet de wifi het niet meer, modem {model_number:modem}.
Ik haal 's avonds maar {quantity:speed}, terwijl het abonnement veel sneller zou moeten zijn.
De nieuwe {model_number:modem} is aangesloten maar mijn laptop wil niet verbinden.
Wifi valt elke avond rond {time:evening} weg.
[be]Ons internet ligt al sinds {date} plat, de lampjes op de modem knipperen oranje.
Ik heb de wifi-naam veranderd en nu vindt de printer hem niet meer.
""")
T("scen.telco_wifi.en", r"""
Wifi's been dead since the engineer visited, router is a {model_number:modem}.
Getting {quantity:speed} in the evenings, nowhere near what I'm paying for.
New {model_number:modem} plugged in but laptop won't connect.
Wifi drops every evening around {time:evening}.
[gb]Broadband down since {date}, hub light flashing orange.
Changed the network name and now the printer can't find it.
""")
T("scen.telco_wifi.fr", r"""
Depuis le passage du technicien le wifi ne marche plus, modem {model_number:modem}.
J'ai seulement {quantity:speed} le soir, bien moins que ce qui est promis.
Le wifi coupe tous les soirs vers {time:evening}.
Internet en panne depuis le {date}.
""")
T("scen.dev_api.nl", r"""
Sinds vanochtend {time} geven al onze calls naar jullie API een {error_code:http}.
Na de upgrade naar SDK {version_string} krijgen we 'invalid signature' op de webhooks.
We lopen tegen de rate limit aan ({quantity:requests}) terwijl we veel minder calls doen.
De sandbox werkt prima maar in productie krijgen we HTTP {error_code:http}.
Onze integratie via {url:api} timet uit.
We hebben per ongeluk een key in een publieke repo gezet.
""")
T("scen.dev_api.en", r"""
Since {time} today every call to your API returns {error_code:http}.
After upgrading to SDK {version_string} webhook signature verification fails.
We're hitting the rate limit ({quantity:requests}) even though traffic is way lower.
Sandbox works, production gives HTTP {error_code:http}.
Requests to {url:api} time out after 30s.
We accidentally committed a credential to a public repo, need to rotate.
""")
T("scen.dev_api.fr", r"""
Depuis {time} tous nos appels à votre API renvoient {error_code:http}.
Après la mise à jour du SDK {version_string}, la vérification des webhooks échoue.
En production on reçoit une erreur HTTP {error_code:http}, en sandbox tout va bien.
On a publié une clé par erreur sur GitHub.
""")
T("scen.billing.nl", r"""
Er is twee keer {amount} afgeschreven voor dezelfde factuur ({invoice_number}).
Ik heb mijn abonnement opgezegd per {date} maar word nog steeds gefactureerd.
De korting van {percentage} die me beloofd is staat niet op de factuur.
Graag het teveel betaalde bedrag terugstorten.
[be]Ik heb een aanmaning gekregen voor factuur {invoice_number} terwijl die betaald is.
Waarom is mijn maandbedrag ineens {amount}?
""")
T("scen.billing.en", r"""
I've been charged {amount} twice for invoice {invoice_number}.
Cancelled my subscription effective {date} and you're still billing me.
The {percentage} discount I was promised isn't on the bill.
Please refund the overpayment.
[us]Got a collections notice for invoice {invoice_number} which I paid.
Why has my monthly bill jumped to {amount}?
""")
T("scen.billing.fr", r"""
On m'a prélevé deux fois {amount} pour la facture {invoice_number}.
J'ai résilié au {date} mais je suis toujours facturé.
La réduction de {percentage} n'apparaît pas sur ma facture.
J'ai reçu un rappel pour la facture {invoice_number} alors qu'elle est payée.
""")
T("scen.contact_update.nl", r"""
Ik wil graag mijn contactgegevens wijzigen.
Jullie hebben een oud telefoonnummer van mij, ik krijg daarom geen sms'jes.
Mijn post komt nog steeds op mijn oude adres aan.
Kunnen jullie mijn gegevens aanpassen? Ik ben getrouwd en heb een nieuw e-mailadres.
[be]Gelieve mijn gegevens aan te passen in jullie systeem.
Ik krijg de nieuwsbrief twee keer, volgens mij sta ik dubbel in het systeem.
""")
T("scen.contact_update.en", r"""
I'd like to update my contact details.
You've got an old phone number for me, that's why I'm not getting texts.
Post is still going to my old address.
Could you update my details? New email since I changed providers.
[us]Please update my info on file.
I'm getting every email twice, I think I have two profiles.
""")
T("scen.contact_update.fr", r"""
Je souhaite modifier mes coordonnées.
Vous avez un ancien numéro de téléphone, je ne reçois pas les SMS.
Mon courrier arrive toujours à l'ancienne adresse.
Pourriez-vous mettre à jour mes données ?
""")

# ---- cue-near hard negatives (no labelled value) --------------------------------------------
T("neg.login.nl", r"""
Het wachtwoord staat in mijn wachtwoordmanager als {masked_value:pw} dus ik zie het niet eens.
Via {url:reset} het wachtwoord resetten geeft foutcode {error_code}.
Ik gebruik app versie {version_string:app} op een {model_number:phone}.
De inlogcode kwam pas om {time} binnen, veel te laat.
Sinds {date} vraagt de app elke keer om een nieuwe pincode.
""")
T("neg.login.en", r"""
Password field just shows {masked_value:pw} and then error {error_code}.
Tried the reset at {url:reset} at {time}, nothing.
App version {version_string:app}, phone is a {model_number:phone}.
The login code only arrived at {time}, way too late.
""")
T("neg.login.fr", r"""
Le mot de passe s'affiche {masked_value:pw} et ensuite erreur {error_code}.
Version de l'appli {version_string:app} sur {model_number:phone}.
Le code de connexion n'est arrivé qu'à {time}.
""")
T("neg.bank_card.nl", r"""
Bij het pinnen van {amount} kreeg ik foutcode {error_code}.
Het gaat om de kaart {masked_value:card}.
Pintransactie om {time} in de supermarkt, bedrag {amount}.
""")
T("neg.bank_card.en", r"""
It's the card ending {masked_value:card}.
PIN entered correctly at {time}, terminal showed code {error_code}.
The charge was {amount} on {date}.
""")
T("neg.bank_card.fr", r"""
La carte {masked_value:card} est concernée.
Code PIN bien tapé à {time}, le terminal affiche {error_code}.
""")
T("neg.bank_transfer.nl", r"""
De oude rekening staat in de app als {masked_value:iban}.
Overboeking van {amount} op {date} om {time}.
Kenmerk van de betaling: {invoice_number}.
""")
T("neg.bank_transfer.en", r"""
The old account shows as {masked_value:iban} in the app.
Transfer of {amount} on {date}.
Payment reference was {invoice_number}.
""")
T("neg.bank_transfer.fr", r"""
L'ancien compte apparaît comme {masked_value:iban}.
Virement de {amount} le {date}.
""")
T("neg.kyc_id.nl", r"""
Uw brief had kenmerk {ticket_number}.
De upload is maar {quantity:file} en toch 'bestand te groot'.
Ik heb al gebeld met {company_phone}.
""")
T("neg.kyc_id.en", r"""
Your letter's reference was {ticket_number}.
I called {company_phone} already.
The upload is only {quantity:file} but it says file too large.
""")
T("neg.kyc_id.fr", r"""
Référence de votre courrier : {ticket_number}.
J'ai déjà appelé le {company_phone}.
""")
T("neg.ins_claim.nl", r"""
Het schadenummer is {ticket_number}.
De rekening van de loodgieter was {amount}.
Factuur van de garage: {invoice_number}, {amount}.
""")
T("neg.ins_claim.en", r"""
Claim reference {ticket_number}.
Plumber's invoice {invoice_number} came to {amount}.
""")
T("neg.ins_claim.fr", r"""
Numéro de sinistre {ticket_number}.
La facture du garagiste s'élève à {amount}.
""")
T("neg.air_booking.nl", r"""
Ik heb al {amount} uitgegeven aan een hotel.
Zaaknummer van de bagageclaim: {ticket_number}.
Vertrek stond gepland om {time}.
""")
T("neg.air_booking.en", r"""
Baggage claim reference {ticket_number}.
The hotel cost me {amount}.
Departure was meant to be {time}.
""")
T("neg.air_booking.fr", r"""
Référence de la réclamation bagage : {ticket_number}.
L'hôtel m'a coûté {amount}.
""")
T("neg.shop_order.nl", r"""
Bestelnummer {order_number}, besteld op {date}.
Track & trace code: {tracking_number}.
EAN-code {product_code} staat op de doos.
""")
T("neg.shop_order.en", r"""
Order number {order_number}, placed {date}.
Tracking code {tracking_number}.
Barcode on the box: {product_code}.
""")
T("neg.shop_order.fr", r"""
Numéro de commande {order_number}.
Code de suivi {tracking_number}.
""")
T("neg.energy_move.nl", r"""
Meterstand {meter_reading} op {date}, foto heb ik.
Factuurnummer {invoice_number}, bedrag {amount}.
Verbruik vorig jaar: {quantity:energy} stroom en {quantity:gas} gas.
""")
T("neg.energy_move.en", r"""
Reading {meter_reading} taken on {date}.
Invoice {invoice_number} for {amount}.
Last year we used {quantity:energy}.
""")
T("neg.energy_move.fr", r"""
Index du compteur : {meter_reading} au {date}.
Facture {invoice_number} de {amount}.
""")
T("neg.telco_sim.nl", r"""
PUK opvragen via {company_phone} lukt niet, ik krijg steeds een bandje.
Foutmelding bij het activeren: {error_code}.
De simkaart in mijn {model_number:phone} toont alleen 'Geen service'.
""")
T("neg.telco_sim.en", r"""
Tried getting the PUK from {company_phone}, on hold for ages.
Activation error {error_code}.
My {model_number:phone} just shows 'No SIM'.
""")
T("neg.telco_sim.fr", r"""
Impossible d'obtenir le PUK au {company_phone}.
Erreur d'activation {error_code}.
""")
T("neg.telco_wifi.nl", r"""
Wifi-wachtwoord staat op de sticker van de {model_number:modem}, maar die is onleesbaar.
Snelheidstest gaf {quantity:speed} om {time}.
Firmware van het modem is {version_string:fw}.
""")
T("neg.telco_wifi.en", r"""
The wifi password is supposed to be on the sticker of the {model_number:modem} but it's worn off.
Speed test: {quantity:speed} at {time}.
Firmware {version_string:fw}.
""")
T("neg.telco_wifi.fr", r"""
Le code wifi est sur l'autocollant du {model_number:modem} mais illisible.
Test de débit : {quantity:speed}.
""")
T("neg.dev_api.nl", r"""
De key in het dashboard toont alleen {masked_value:key}.
We draaien {version_string} van de Python library.
Endpoint {url:api} geeft {error_code:http}.
""")
T("neg.dev_api.en", r"""
Dashboard only shows the key as {masked_value:key}.
We're on {version_string} of the Node SDK.
Endpoint {url:api} returns {error_code:http}.
""")
T("neg.dev_api.fr", r"""
Le tableau de bord affiche la clé comme {masked_value:key}.
Nous utilisons la version {version_string} du SDK.
""")
T("neg.billing.nl", r"""
Het gaat om factuurnummer {invoice_number} van {amount}.
Op het afschrift zie ik {masked_value:card}.
Op de factuur staat jullie btw-nummer {company_registration:nlvat} maar mijn bedrijfsnaam klopt niet.
""")
T("neg.billing.en", r"""
Invoice {invoice_number}, {amount}.
Your VAT number {company_registration:ukvat} is on it but my company name is wrong.
My statement shows {masked_value:card}.
""")
T("neg.billing.fr", r"""
Facture {invoice_number}, montant {amount}.
Votre numéro d'entreprise {company_registration:be} figure sur la facture.
""")
T("neg.contact_update.nl", r"""
Mijn oude nummer eindigt op {masked_value:phone}.
Al 2x gebeld met {company_phone}.
Sinds {date} woon ik ergens anders.
""")
T("neg.contact_update.en", r"""
Old number ends in {masked_value:phone}.
Rang {company_phone} twice.
""")
T("neg.contact_update.fr", r"""
L'ancien numéro se termine par {masked_value:phone}.
J'ai appelé deux fois le {company_phone}.
""")

T("outro.nl", r"""
Kunnen jullie helpen?
Wat moet ik nu doen?
Graag snel reactie.
Hoe los ik dit op?
Dit is echt niet normaal.
[be]Kunnen jullie da eens bekijken aub?
Help!!
Ik word hier gek van.
""")
T("outro.en", r"""
Can you help?
What do I do now?
Please sort this out.
Any ideas?
[gb]Not impressed tbh.
[us]Please advise.
This is ridiculous.
Thanks in advance.
""")
T("outro.fr", r"""
Pouvez-vous m'aider ?
Que dois-je faire ?
Merci de régler ça rapidement.
C'est vraiment pas normal.
Merci d'avance.
""")


# ---------------------------------------------------------------------------
# E-mail parts
# ---------------------------------------------------------------------------

SUBJECTS = {
    "login": ("Inloggen lukt niet|Account geblokkeerd|Kan niet inloggen!!",
              "Can't log in|Locked out of my account|Login problem",
              "Impossible de me connecter|Compte bloqué"),
    "bank_card": ("Pas geweigerd|Onbekende afschrijving", "Card declined|Unrecognised transaction",
                  "Carte refusée|Débit inconnu"),
    "bank_transfer": ("Overboeking niet aangekomen|Wijziging rekeningnummer",
                      "Missing transfer|Change of bank details", "Virement non reçu|Changement de compte"),
    "kyc_id": ("Gegevens controleren|Uw brief", "Verification of my details|Your letter",
               "Vérification de mes données|Votre courrier"),
    "ins_claim": ("Schademelding|Declaratie afgewezen", "New claim|Claim rejected",
                  "Déclaration de sinistre|Remboursement refusé"),
    "air_booking": ("Geannuleerde vlucht|Dubbele betaling boeking",
                    "Cancelled flight – refund|Charged twice for booking",
                    "Vol annulé – remboursement|Double paiement réservation"),
    "shop_order": ("Bestelling niet ontvangen|Retour", "Order not received|Return request",
                   "Commande non reçue|Retour article"),
    "energy_move": ("Verhuizing|Voorschot te hoog", "Moving house|Direct debit increase",
                    "Déménagement|Acompte trop élevé"),
    "telco_sim": ("Simkaart geblokkeerd|PUK-code", "SIM locked|PUK code needed",
                  "Carte SIM bloquée|Code PUK"),
    "telco_wifi": ("Wifi doet het niet|Storing internet", "Wifi not working|Broadband outage",
                   "Wifi en panne|Internet coupé"),
    "dev_api": ("API geeft foutmeldingen|Key roteren", "API errors in production|Need to rotate credentials",
                "Erreurs API en production|Rotation des clés"),
    "billing": ("Dubbele afschrijving|Factuur klopt niet", "Double charge|Incorrect bill",
                "Double prélèvement|Facture incorrecte"),
    "contact_update": ("Gegevens wijzigen|Nieuw telefoonnummer", "Update my details|New phone number",
                       "Modification de mes coordonnées|Nouveau numéro"),
}
for _topic, (_nl, _en, _fr) in SUBJECTS.items():
    for _lg, _s in (("nl", _nl), ("en", _en), ("fr", _fr)):
        T(f"subj.{_topic}.{_lg}", "\n".join(_s.split("|")))
T("subj.generic.nl", r"""
Vraag
Klacht
Re: uw melding {ticket_number=tk}
URGENT!!
Re: Re: zaak {ticket_number=tk}
""")
T("subj.generic.en", r"""
Question
Complaint
Re: Case {ticket_number=tk}
URGENT
RE: your ref {ticket_number=tk}
""")
T("subj.generic.fr", r"""
Question
Réclamation
Re: dossier {ticket_number=tk}
URGENT
""")
SUBJ_LABEL = {"nl": "Onderwerp: ", "en": "Subject: ", "fr": "Objet : "}  # e-mail convention

T("greet.nl", r"""
Beste {brand},
Geachte heer/mevrouw,
Hallo,
Goedemiddag,
Beste klantenservice,
[be]Dag,
[be]Beste,
Hoi {agent},
Goedemorgen,
Geachte klantenservice van {brand},
""")
T("greet.en", r"""
Dear Sir/Madam,
Hi,
Hello {brand} team,
Dear {agent},
Good morning,
To whom it may concern,
Hey there,
Hi {brand},
[gb]Dear Sir or Madam,
Hello,
""")
T("greet.fr", r"""
Bonjour,
Madame, Monsieur,
Bonjour {agent},
Bonsoir,
Chère équipe {brand},
Bonjour à vous,
""")

T("fopen.nl", r"""
Ik hoop dat u mij kunt helpen met het volgende.
Ik ben al sinds {year} klant bij jullie en eigenlijk altijd tevreden geweest, maar nu loop ik echt vast.
Ik heb vorige week al gebeld met {company_phone}, maar na {quantity:duration} in de wacht heb ik opgehangen.
Excuses voor de lange mail, maar ik wil het graag in één keer goed uitleggen.
Via de chat op jullie website kwam ik niet verder, vandaar deze mail.
Het is de derde keer dat ik hierover contact opneem (de eerste keer op {date}).
[be]Ik contacteer jullie omdat ik er zelf niet meer uit geraak.
Graag zou ik het volgende probleem onder uw aandacht brengen.
Mijn buurvrouw had hetzelfde probleem, dus misschien is het iets algemeens.
Ik schrijf namens mijn moeder, die zelf niet zo handig is met de computer.
Na het lezen van de veelgestelde vragen op {url} ben ik niet veel wijzer geworden.
Ik had eigenlijk verwacht dat dit na mijn vorige mail opgelost zou zijn.
""")
T("fmid.app.nl", r"""
Ik heb de app al verwijderd en opnieuw geïnstalleerd, en ook mijn telefoon herstart. Geen verschil.
Op mijn laptop krijg ik precies dezelfde melding, dus aan mijn telefoon ligt het niet.
Het probleem begon na het bericht dat jullie op {date} stuurden over 'verbeterde beveiliging'.
Ik heb de cookies gewist en het in een andere browser geprobeerd, ook zonder resultaat.
Ik werk zelf in de IT dus ik heb de basis echt wel gecheckt.
[be]Ik heb al alles geprobeerd wat op de website staat, maar het blijft hetzelfde.
""")
T("fmid.gen.nl", r"""
Mijn vrouw is ook klant bij jullie en bij haar gaat alles gewoon goed.
Ik heb inmiddels {quantity:duration} aan de telefoon gehangen zonder resultaat.
Uw collega aan de telefoon beloofde dat ik dezelfde dag teruggebeld zou worden, maar ik heb niets gehoord.
Het is voor mij belangrijk dat dit snel geregeld is, want ik moet deze week nog een betaling doen.
Ik ben echt teleurgesteld, want ik heb jullie altijd aangeraden bij vrienden.
Volgens uw website zou dit binnen vijf werkdagen geregeld zijn.
Ik heb mijn gegevens al eens eerder doorgegeven, maar blijkbaar is er iets misgegaan.
[be]Het is al de tweede keer dit jaar dat ik zoiets voor heb.
""")
T("story.nl", r"""
Even de voorgeschiedenis: vorige maand kreeg ik een mail dat er iets aan mijn account veranderd was. Ik heb daar toen niet op gereageerd omdat ik dacht dat het phishing was. Een week later werkte ineens niets meer, en sindsdien heb ik al vier keer contact met jullie gehad zonder dat iemand het echt oplost.
Ik heb eerst via de chat contact gehad, toen werd ik doorverwezen naar de telefoon, en aan de telefoon zeiden ze dat ik moest mailen. Iedere keer moet ik mijn hele verhaal opnieuw doen en iedere keer krijg ik een ander antwoord. Dat is echt heel frustrerend.
Ik ben niet iemand die snel klaagt, maar dit duurt nu echt te lang. Mijn partner en ik hebben allebei al uren aan dit probleem besteed en we zijn nog geen stap verder. Ik hoop dat deze mail bij iemand terechtkomt die er iets mee kan.
Voor de duidelijkheid: ik heb niets veranderd aan mijn instellingen of mijn telefoon. Het werkte gewoon tot een paar dagen geleden en opeens niet meer. Mijn collega's hebben hetzelfde probleem trouwens niet, dus ik vermoed dat het aan mijn account ligt.
Ik heb al eerder een klacht ingediend en toen werd beloofd dat iemand binnen twee werkdagen contact met mij zou opnemen. Dat is nooit gebeurd. Ik verwacht nu echt een inhoudelijke reactie en niet weer een standaardmail.
[be]Ik heb al verschillende keren gebeld en telkens wordt er gezegd dat het doorgegeven wordt. Maar er gebeurt niks. Ik ben ondertussen echt de wanhoop nabij, want ik heb dit dringend nodig voor mijn werk.
""")
T("fclose.nl", r"""
Ik hoor graag zo snel mogelijk van u.
Kunt u mij laten weten wat ik nu moet doen? Ik ben overdag bereikbaar.
Als u nog iets nodig heeft hoor ik het graag.
Ik reken op een snelle oplossing, anders zie ik mij genoodzaakt over te stappen.
[be]Alvast bedankt om dit zo snel mogelijk op te lossen.
Alvast hartelijk dank voor de moeite.
Liefst hoor ik voor {date} iets, want dan ga ik op vakantie.
Ik wacht uw reactie af.
""")
T("fopen.en", r"""
I hope you can help with the following.
I've been a customer since {year} and never had a problem until now.
I rang {company_phone} last week but after {quantity:duration} on hold I gave up.
Apologies for the long email, I want to explain everything in one go.
The chat bot on your website couldn't help, so I'm emailing instead.
This is the third time I'm contacting you about this (first time was {date}).
[gb]I'm writing to complain about the way this has been handled so far.
[us]I'm reaching out because I've hit a wall with this.
I'm writing on behalf of my elderly father who isn't comfortable with computers.
I read the help pages at {url} but they didn't cover my situation.
A friend had the same issue last month so maybe it's a known problem.
I honestly expected this to be fixed after my last email.
""")
T("fmid.app.en", r"""
I've already deleted and reinstalled the app and restarted my phone. No difference.
I get exactly the same message on my laptop, so it's not my phone.
This started right after the email you sent on {date} about 'improved security'.
I cleared cookies and tried another browser, same thing.
[us]I work in IT so I've definitely checked the basics.
I've attached screenshots but I'm not sure they came through.
""")
T("fmid.gen.en", r"""
My partner is a customer too and hasn't had any of this.
I've now spent {quantity:duration} on the phone with no result.
[gb]Your colleague on the phone promised a call back the same day, which never happened.
It's urgent as I have a payment due this week.
I'm honestly disappointed, I've recommended you to friends for years.
Your website says this should be sorted within five working days.
I've given you my details before, so something must have gone wrong on your end.
""")
T("story.en", r"""
A bit of background: last month I received an email saying something on my account had changed. I ignored it because I assumed it was phishing. A week later nothing worked any more, and since then I've been in touch with you four times without anyone actually fixing it.
I started on the live chat, was told to phone, and on the phone I was told to email. Every time I have to explain the whole thing again and every time I get a different answer, which is incredibly frustrating.
I'm not someone who complains easily, but this has gone on far too long. My partner and I have both spent hours on this already and we're no further forward. I hope this email reaches someone who can actually do something about it.
To be clear, I haven't changed any settings and I haven't changed phones. It simply worked until a few days ago and then stopped. My colleagues don't have the problem, so I suspect it's something on my account.
[gb]I raised a complaint previously and was promised a call back within two working days. That never happened. I now expect a proper response rather than another template email.
[us]I've called several times and each time I'm told it's been escalated, but nothing happens. I really need this resolved because I rely on it for work.
""")
T("fclose.en", r"""
I look forward to hearing from you.
Please let me know what I need to do next.
If you need anything else from me, just ask.
[gb]I'd appreciate a swift resolution, otherwise I'll be taking this further.
[us]Thanks in advance for looking into this.
Ideally I'd like this sorted before {date}.
Hope to hear back soon.
""")
T("fopen.fr", r"""
J'espère que vous pourrez m'aider.
Je suis client chez vous depuis {year} et je n'ai jamais eu de souci.
J'ai appelé le {company_phone} la semaine passée mais après {quantity:duration} d'attente j'ai raccroché.
Désolé pour ce long mail, je préfère tout expliquer d'un coup.
C'est la troisième fois que je vous contacte à ce sujet (la première fois le {date}).
J'écris au nom de ma mère qui n'est pas à l'aise avec l'informatique.
Le chat sur votre site ne m'a pas aidé, d'où ce mail.
""")
T("fmid.app.fr", r"""
J'ai déjà supprimé et réinstallé l'application et redémarré mon GSM. Aucun changement.
Sur mon ordinateur j'ai exactement le même message.
Le problème a commencé juste après votre mail du {date} concernant la « sécurité renforcée ».
J'ai vidé le cache et essayé un autre navigateur, rien à faire.
""")
T("fmid.gen.fr", r"""
Mon mari est aussi client chez vous et chez lui tout va bien.
J'ai déjà passé {quantity:duration} au téléphone sans résultat.
Votre collègue au téléphone m'avait promis un rappel le jour même, je n'ai rien reçu.
Je suis vraiment déçu, je vous ai toujours recommandé à mes proches.
Votre site indique que cela devrait être réglé en cinq jours ouvrables.
J'ai déjà communiqué mes données, il y a dû avoir une erreur de votre côté.
""")
T("story.fr", r"""
Pour resituer : le mois passé, j'ai reçu un mail indiquant qu'un changement avait été fait sur mon compte. Je n'y ai pas donné suite en pensant à du phishing. Une semaine plus tard, plus rien ne fonctionnait, et depuis j'ai contacté votre service quatre fois sans que personne ne règle le problème.
J'ai d'abord essayé le chat, on m'a dit de téléphoner, et au téléphone on m'a dit d'envoyer un mail. À chaque fois je dois tout réexpliquer et à chaque fois j'ai une réponse différente. C'est vraiment épuisant.
Je ne suis pas quelqu'un qui se plaint facilement, mais cela dure vraiment trop longtemps. Mon compagnon et moi y avons déjà passé des heures sans avancer. J'espère que ce mail arrivera chez quelqu'un qui peut agir.
J'ai déjà introduit une plainte et on m'avait promis un rappel dans les deux jours ouvrables. Ce n'est jamais arrivé. J'attends cette fois une vraie réponse et pas un mail type.
""")
T("fclose.fr", r"""
Je reste dans l'attente de votre réponse.
Merci de me tenir au courant de la suite.
N'hésitez pas à me contacter si vous avez besoin d'autre chose.
J'aimerais que ce soit réglé avant le {date}.
Merci de faire le nécessaire au plus vite.
""")

T("signoff.nl", r"""
Met vriendelijke groet,
Mvg,
Groetjes,
Alvast bedankt,
[be]Met vriendelijke groeten,
[be]Vriendelijke groeten,
Groet,
Hartelijke groet,
""")
T("signoff.en", r"""
Kind regards,
Best,
Thanks,
Many thanks,
[gb]Cheers,
Regards,
[us]Sincerely,
[gb]Yours faithfully,
Best wishes,
""")
T("signoff.fr", r"""
Cordialement,
Bien à vous,
Merci d'avance,
Salutations,
Bàv,
Bien cordialement,
""")

T("sig.nl", r"""
{p.first}\n\nTel: {p.phone}
{p.full}\n{p.address_ml}\nT: {p.phone}\nE: {p.email}
{p.full}\nmob. {p.phone}
{p.first} {p.last}\nAdres: {p.address}
{p.first}\n\nVerzonden vanaf mijn {model_number:phone}
[be]{p.full}\ngsm {p.phone}
{p.full}\n{p.email} | {p.phone}
""")
T("sig.en", r"""
{p.first}\nMobile: {p.phone}
{p.full}\n{p.address_ml}\nTel: {p.phone}\nEmail: {p.email}
{p.first}\n\nSent from my {model_number:phone}
[us]{p.full}\nCell: {p.phone}
{p.full} | {p.phone}
[gb]{p.first} {p.last}\nAddress: {p.address}
""")
T("sig.fr", r"""
{p.full}\n{p.address_ml}\nGSM : {p.phone}
{p.first}\n\nEnvoyé de mon {model_number:phone}
{p.full}\nTél. {p.phone}\n{p.email}
""")

T("sig.any", r"""
{p.full}
{p.first}
{p.full}\n{p.address_ml}\n{p.phone}
{p.full}\n{p.address_ml}
{p.first} ({p.phone})
{p.full}\n\n{p.phone}\n{p.email}
""")

# quote headers: gt = '> ' quoted; ol = Outlook style. agent/cust = who wrote the quoted mail
T("qhdr.gt.agent.nl", r"""
Op {date:hdr} om {time} schreef Klantenservice {brand}:
Op {date:hdr} {time} schreef {brand} Service:
{brand} Klantenservice schreef op {date:hdr}:
""")
T("qhdr.gt.cust.nl", r"""
Op {date:hdr} om {time} schreef {p.full} <{p.email}>:
Op {date:hdr} {time} schreef {p.email}:
{p.full} schreef op {date:hdr}:
""")
T("qhdr.ol.agent.nl", r"""
-----Oorspronkelijk bericht-----\nVan: Klantenservice {brand}\nVerzonden: {date:hdr} {time}\nAan: {p.email}\nOnderwerp: {SUBJ}
Van: {brand} Klantenservice\nVerzonden: {date:hdr} {time}\nAan: {p.full}\nOnderwerp: RE: {SUBJ}
""")
T("qhdr.ol.cust.nl", r"""
-----Oorspronkelijk bericht-----\nVan: {p.full} <{p.email}>\nVerzonden: {date:hdr} {time}\nAan: Klantenservice {brand}\nOnderwerp: {SUBJ}
Van: {p.email}\nDatum: {date:hdr} {time}\nAan: {brand}\nOnderwerp: {SUBJ}
""")
T("qhdr.gt.agent.en", r"""
On {date:hdr}, at {time}, {brand} Customer Care wrote:
On {date:hdr} {time}, {brand} Support Team wrote:
{brand} Help wrote on {date:hdr}:
""")
T("qhdr.gt.cust.en", r"""
On {date:hdr}, at {time}, {p.full} <{p.email}> wrote:
On {date:hdr} {time} {p.email} wrote:
{p.full} wrote on {date:hdr}:
""")
T("qhdr.ol.agent.en", r"""
-----Original Message-----\nFrom: {brand} Customer Care\nSent: {date:hdr} {time}\nTo: {p.email}\nSubject: {SUBJ}
From: {brand} Support\nSent: {date:hdr} {time}\nTo: {p.full}\nSubject: RE: {SUBJ}
""")
T("qhdr.ol.cust.en", r"""
-----Original Message-----\nFrom: {p.full} <{p.email}>\nSent: {date:hdr} {time}\nTo: {brand} Customer Care\nSubject: {SUBJ}
From: {p.email}\nDate: {date:hdr} {time}\nTo: {brand}\nSubject: {SUBJ}
""")
T("qhdr.gt.agent.fr", r"""
Le {date:hdr} à {time}, Service clientèle {brand} a écrit :
{brand} Support a écrit le {date:hdr} :
""")
T("qhdr.gt.cust.fr", r"""
Le {date:hdr} à {time}, {p.full} <{p.email}> a écrit :
{p.full} a écrit le {date:hdr} :
""")
T("qhdr.ol.agent.fr", r"""
-----Message d'origine-----\nDe : Service clientèle {brand}\nEnvoyé : {date:hdr} {time}\nÀ : {p.email}\nObjet : {SUBJ}
De : {brand}\nEnvoyé : {date:hdr} {time}\nÀ : {p.full}\nObjet : RE: {SUBJ}
""")
T("qhdr.ol.cust.fr", r"""
-----Message d'origine-----\nDe : {p.full} <{p.email}>\nEnvoyé : {date:hdr} {time}\nÀ : Service clientèle {brand}\nObjet : {SUBJ}
De : {p.email}\nDate : {date:hdr} {time}\nÀ : {brand}\nObjet : {SUBJ}
""")

# quoted message bodies
T("quote.agent.nl", r"""
Beste {p.first},\n\nHartelijk dank voor uw bericht en excuses dat het zo lang heeft geduurd voordat u een reactie van ons kreeg. Door de grote drukte lopen onze reactietijden helaas op.\n\nWij hebben uw vraag doorgestuurd naar onze specialisten. Zij nemen binnen vijf werkdagen contact met u op. Heeft u in de tussentijd aanvullende informatie, reageer dan op deze e-mail en laat het onderwerp staan, dan komt alles in hetzelfde dossier terecht.\n\nLet op: wij vragen u nooit om uw wachtwoord, pincode of volledige kaartnummer per e-mail te sturen.\n\nMet vriendelijke groet,\n\n{agent}\nKlantenservice {brand}\nDossiernummer {ticket_number}
Beste {p.first},\n\nBedankt voor uw e-mail. Om u verder te kunnen helpen hebben wij uw klantnummer en geboortedatum nodig. Wij vragen nooit om uw pincode of wachtwoord.\n\nMet vriendelijke groet,\n{agent}\nKlantenservice {brand}\nKenmerk: {ticket_number}
Hallo {p.first},\n\nWe hebben je melding ontvangen onder nummer {ticket_number}. Je hoort binnen 3 werkdagen van ons.\n\nGroet,\n{agent} | {brand}
Geachte heer/mevrouw,\n\nUw vraag is doorgezet naar de afdeling die hierover gaat. Bel gerust met {company_phone} (ma-vr {time:open}-{time:close}).\n\n{brand}
Beste {p.first},\n\nVervelend dat het nog niet is opgelost. Kunt u ons wat meer details sturen, bijvoorbeeld een schermafbeelding van de melding die u krijgt? Dan kijken we verder.\n\nVriendelijke groet,\n{agent}
""")
T("quote.agent.en", r"""
Dear {p.first},\n\nThank you for your message and apologies for the delay in getting back to you. We're currently handling a higher volume of enquiries than usual.\n\nI've passed your query to our specialist team, who will contact you within five working days. If you have anything to add in the meantime, simply reply to this email without changing the subject line so it stays with your case.\n\nPlease remember we will never ask you to email us your password, PIN or full card number.\n\nKind regards,\n\n{agent}\n{brand} Customer Care\nCase {ticket_number}
Dear {p.first},\n\nThank you for your email. To help further we need your customer number and date of birth. We will never ask for your PIN or password.\n\nKind regards,\n{agent}\n{brand} Customer Care\nRef: {ticket_number}
Hi {p.first},\n\nWe've logged this under case {ticket_number} and will be in touch within 3 working days.\n\nThanks,\n{agent}
Hello,\n\nYour query has been passed to our specialist team. You can also call us on {company_phone} between {time:open} and {time:close}.\n\n{brand}
Hi {p.first},\n\nSorry this still isn't sorted. Could you send us a bit more detail, for example a screenshot of the message you're seeing? We'll take it from there.\n\nBest,\n{agent}
""")
T("quote.agent.fr", r"""
Bonjour {p.first},\n\nNous vous remercions pour votre message et vous prions de nous excuser pour le délai de réponse. Nous recevons actuellement un grand nombre de demandes.\n\nVotre question a été transmise à notre service spécialisé, qui vous contactera dans les cinq jours ouvrables. Si vous avez des informations complémentaires, répondez simplement à ce mail sans modifier l'objet.\n\nNous ne vous demanderons jamais votre mot de passe, votre code PIN ou votre numéro de carte complet par e-mail.\n\nCordialement,\n\n{agent}\nService clientèle {brand}\nDossier {ticket_number}
Bonjour {p.first},\n\nMerci pour votre message. Afin de traiter votre demande, pourriez-vous nous communiquer votre numéro client ? Nous ne vous demanderons jamais votre code PIN.\n\nCordialement,\n{agent}\nService clientèle {brand}\nRéf. {ticket_number}
Madame, Monsieur,\n\nVotre demande est enregistrée sous le numéro {ticket_number}. Vous pouvez aussi nous joindre au {company_phone}.\n\n{brand}
Bonjour,\n\nPourriez-vous nous envoyer une capture d'écran du message que vous recevez ? Nous regarderons cela au plus vite.\n\n{agent}
""")
T("quote.agentdata.nl", r"""
Beste {p.first},\n\nWij hebben uw adreswijziging naar {address} verwerkt per {date}. Klopt dit niet, laat het ons dan weten.\n\nMet vriendelijke groet,\n{agent}
Hoi {p.first},\n\nWe bellen je morgen tussen {time:open} en {time:close} op {p.phone}.\n\nGroet, {agent}
Beste {p.first},\n\nUw klantnummer is {p.custno}. Vermeld dit bij verdere correspondentie.\n\n{agent}, {brand}
""")
T("quote.agentdata.en", r"""
Hi {p.first},\n\nWe've updated the phone number on your account to {p.phone}. If that's not right, just reply to this email.\n\n{agent}
Dear {p.first},\n\nYour new address ({address}) will be used from {date}.\n\nKind regards,\n{agent}
Hello {p.first},\n\nFor reference, your customer number is {p.custno}.\n\n{agent} – {brand}
""")
T("quote.agentdata.fr", r"""
Bonjour,\n\nNous avons bien enregistré votre nouvelle adresse : {address}.\n\n{agent}
Bonjour {p.first},\n\nNous vous rappellerons au {p.phone} demain matin.\n\n{agent}
""")
T("quote.custplain.nl", r"""
Hallo,\n\nIk heb nog steeds geen reactie gehad op mijn vraag van vorige week. Kunnen jullie even laten weten hoe het ervoor staat?\n\nGroet,\n{p.first}
Beste,\n\nZie mijn eerdere bericht. Het probleem is nog steeds niet opgelost en ik heb inmiddels ook een herinnering gekregen.\n\n{p.full}
Goedemorgen,\n\nIk heb gisteren gebeld en de medewerker zei dat ik het beter per mail kon sturen, dus bij deze.\n\nMvg {p.first}
""")
T("quote.cust.nl", r"""
Hallo,\n\nIk kan nog steeds niet inloggen. Ik gebruik {username} met wachtwoord {password}.\n\nGroet,\n{p.first}
Beste,\n\nMijn nieuwe rekeningnummer is {iban}. Graag de incasso aanpassen.\n\n{p.full}\n{p.phone}
Goedemiddag,\n\nDe betaling met kaart {card} (geldig tot {card_expiry}) is twee keer afgeschreven.\n\nMvg {p.first}
Hoi,\n\nMijn oude wachtwoord was {password}, dat heb ik gewijzigd maar nu werkt niets meer.\n\n{p.first}
Hallo,\n\nMijn adres is {p.address} en mijn telefoonnummer {p.phone}.\n\nGroeten
Beste klantenservice,\n\nDe PUK die ik heb is {puk}, maar die wordt niet geaccepteerd.\n\n{p.first}
Hallo,\n\nIk heb het wifi-wachtwoord gewijzigd naar {wifi_key}, sindsdien valt alles weg.\n\n{p.full}
Geachte heer/mevrouw,\n\nZoals gevraagd: mijn BSN is {bsn} en ik ben geboren op {p.dob}.\n\n{p.full}
Hoi,\n\nDe code die ik kreeg was {otp}, maar de app zei 'verlopen'.\n\n{p.first}
Hallo,\n\nKlantnummer {p.custno}, e-mail {p.email}.\n\n{p.first}
""")
T("quote.custplain.en", r"""
Hi,\n\nStill no reply to my message from last week. Could someone let me know where things stand?\n\nThanks,\n{p.first}
Hello,\n\nSee my earlier message. It still isn't fixed and I've now had a reminder letter as well.\n\n{p.full}
Morning,\n\nI phoned yesterday and was told to put it in writing, so here it is.\n\n{p.first}
""")
T("quote.cust.en", r"""
Hi,\n\nStill can't log in. I'm using {username} and {password}.\n\nThanks,\n{p.first}
Hello,\n\nMy new bank details: {iban}. Please update the direct debit.\n\n{p.full}\n{p.phone}
Hi there,\n\nThe card I used was {card}, exp {card_expiry}. I was charged twice.\n\n{p.first}
Hi,\n\nMy old password was {password} before I reset it, in case that helps.\n\n{p.first}
Hello,\n\nAddress: {p.address}\nPhone: {p.phone}\n\n{p.full}
Hi,\n\nThe API key we're using is {api_key} – it worked until yesterday.\n\n{p.first}
Hey,\n\nThe token in our config is {token}, generated last week.\n\n{p.first}
Hi,\n\nCVV is {cvv} if you need it for the refund.\n\n{p.full}
Hello,\n\nSIM PIN was {pin:sim}, PUK from the card is {puk}.\n\n{p.first}
Hi,\n\nCustomer number {p.custno}, DOB {p.dob}.\n\n{p.full}
""")
T("quote.custplain.fr", r"""
Bonjour,\n\nToujours pas de réponse à mon message de la semaine passée. Pouvez-vous me dire où en est mon dossier ?\n\n{p.first}
Bonjour,\n\nVoir mon message précédent. Le problème n'est toujours pas réglé et j'ai reçu un rappel entre-temps.\n\n{p.full}
""")
T("quote.cust.fr", r"""
Bonjour,\n\nJe n'arrive toujours pas à me connecter avec {username} / {password}.\n\n{p.first}
Bonjour,\n\nMon nouveau compte : {iban}. Merci de modifier la domiciliation.\n\n{p.full}
Bonjour,\n\nLa carte utilisée est la {card}, expiration {card_expiry}.\n\n{p.first}
Bonjour,\n\nMon ancien mot de passe était {password}.\n\n{p.first}
Bonjour,\n\nMon adresse : {p.address}, tél. {p.phone}\n\n{p.full}
Bonjour,\n\nLe code PIN de l'appli que j'ai choisi est {pin:app5}, et il est refusé.\n\n{p.first}
""")


# ---------------------------------------------------------------------------
# Chat / public frames
# ---------------------------------------------------------------------------

T("chatgreet.nl", r"""
Hoi
Hallo
Goedemiddag
Hey
Goeiemorgen
[be]Dag
[be]Hallo daar
Hallo?
Goedenavond
Hoi hoi
""")
T("chatgreet.en", r"""
Hi
Hello
Hey
Morning
[gb]Hiya
[us]Hey there
Good afternoon
Hi guys
Evening
""")
T("chatgreet.fr", r"""
Bonjour
Salut
Bonsoir
Re-bonjour
Bonjour à tous
Coucou
""")
# language-independent public frames
T("pub.x.any", r"""
{mention} {BODY}
{mention} {BODY} {hashtag}
{BODY} {mention}
{mention} {BODY} {hashtag} {hashtag}
{BODY} {mention} {hashtag}
{mention} {BODY} {emoji}
{mention}\n{BODY}
{mention} {emoji} {BODY}
""")
T("pub.x.nl", r"""
Hé {mention}, {BODY}
[be]{mention} allee, {BODY}
{mention} serieus? {BODY}
{mention} waarom reageren jullie niet op DM? {BODY}
""")
T("pub.x.en", r"""
Hey {mention}, {BODY}
{mention} seriously? {BODY}
{mention} why is nobody answering DMs? {BODY}
[gb]{mention} sort it out. {BODY}
""")
T("pub.x.fr", r"""
{mention} bonjour, {BODY}
{mention} sérieusement ? {BODY}
{mention} personne ne répond en MP ? {BODY}
""")
T("pub.fb.any", r"""
{BODY}
{BODY} {emoji}
{brand}, {BODY}
{BODY}\n\n{hashtag}
""")
T("pub.fb.nl", r"""
Ook bij mij! {BODY}
{BODY} Wat een service weer.
[be]Bij ons hetzelfde. {BODY}
""")
T("pub.fb.en", r"""
Same here. {BODY}
{BODY} Shocking service.
[us]Same thing happened to me. {BODY}
""")
T("pub.fb.fr", r"""
Pareil ici. {BODY}
{BODY} Service lamentable.
""")
T("pub.ig.any", r"""
{mention}: {BODY}
{BODY} {emoji}{emoji}
{emoji} {BODY}
{mention} {BODY} {emoji}{emoji}{emoji}
""")
T("pub.ig.nl", r"""
Leuke post maar {BODY}
{mention} reageer eens op mijn DM! {BODY}
""")
T("pub.ig.en", r"""
Nice post but {BODY}
{mention} answer my DM please! {BODY}
""")
T("pub.ig.fr", r"""
Joli post mais {BODY}
{mention} répondez à mon MP svp ! {BODY}
""")


# ---------------------------------------------------------------------------
# Agent replies
# ---------------------------------------------------------------------------

T("agentframe.short.nl", r"""
Hoi {p.first}! {BODY} ^{ag}
{BODY} ^{ag}
Hallo {p.first}, {BODY} Groetjes, {agent}
[be]Dag {p.first}, {BODY} /{agent}
{BODY}\n\nGroet, {agent}
""")
T("agentframe.short.en", r"""
Hi {p.first}! {BODY} ^{ag}
{BODY} -{ag}
Hey {p.first}, {BODY} Thanks, {agent}
{BODY}\n\n– {agent}
Hello {p.first}, {BODY} /{ag}
""")
T("agentframe.short.fr", r"""
Bonjour {p.first}, {BODY} ^{ag}
{BODY} Bonne journée, {agent}
Bonjour, {BODY} /{agent}
""")
T("agentframe.email.nl", r"""
Beste {p.first},\n\n{BODY}\n\n{EXTRA}\n\nMet vriendelijke groet,\n\n{agent}\nKlantenservice {brand}\n{CSIG}
Beste {p.full},\n\n{BODY}\n\n{EXTRA}\n\nMet vriendelijke groet,\n{agent}\n{brand}\n{CSIG}
Hoi {p.first},\n\nDank voor je bericht! {BODY}\n\n{EXTRA}\n\nGroetjes,\n{agent} van {brand}\n{CSIG}
""")
T("agentframe.email.en", r"""
Dear {p.first},\n\n{BODY}\n\n{EXTRA}\n\nKind regards,\n\n{agent}\n{brand} Customer Care\n{CSIG}
Hi {p.first},\n\nThanks for getting in touch. {BODY}\n\n{EXTRA}\n\nBest wishes,\n{agent}\n{CSIG}
Dear Mr/Ms {p.last},\n\n{BODY}\n\n{EXTRA}\n\nYours sincerely,\n{agent}\n{brand}\n{CSIG}
""")
T("agentframe.email.fr", r"""
Bonjour {p.first},\n\n{BODY}\n\n{EXTRA}\n\nCordialement,\n\n{agent}\nService clientèle {brand}\n{CSIG}
Madame, Monsieur,\n\n{BODY}\n\n{EXTRA}\n\nBien à vous,\n{agent}\n{CSIG}
""")
T("agentsig.nl", r"""
[nl]{brand} B.V. · KvK {company_registration:kvk} · {url}
T {company_phone} | {url}
Bereikbaar op {company_phone} (ma-vr {time:open}-{time:close})
[nl]{url} · BTW {company_registration:nlvat}
[be]{brand} NV · ondernemingsnummer {company_registration:be} · {url}
[be]{url} · BTW {company_registration:bevat}
""")
T("agentsig.en", r"""
{brand} Ltd · Registered in England and Wales, company no. {company_registration:uk}
Call us on {company_phone} | {url}
[us]{brand} Customer Care | {company_phone} | {url}
VAT reg. {company_registration:ukvat} · {url}
""")
T("agentsig.fr", r"""
{brand} SA – BCE {company_registration:be} – {url}
Tél. {company_phone} · TVA {company_registration:bevat}
{url} | {company_phone}
""")
T("agentextra.nl", r"""
Je kunt ons ook bellen via {company_phone}.
Zaaknummer: {ticket_number}
Let op: wij vragen nooit naar je pincode of wachtwoord.
Meer informatie vind je op {url}.
""")
T("agentextra.en", r"""
You can also call us on {company_phone}.
Case number: {ticket_number}
Please note we'll never ask for your PIN or password.
More info at {url}.
""")
T("agentextra.fr", r"""
Vous pouvez aussi nous appeler au {company_phone}.
Numéro de dossier : {ticket_number}
Nous ne vous demanderons jamais votre code PIN ni votre mot de passe.
""")

T("agent.none.gen.nl", r"""
Wat vervelend dat inloggen niet lukt! Stuur je ons een DM met je klantnummer en postcode? Je wachtwoord of pincode hebben we nooit nodig.
Dank voor je geduld. Je melding staat onder zaaknummer {ticket_number}. De storing is om {time} opgelost.
De foutcode {error_code} betekent dat je sessie verlopen is. Wil je de app bijwerken naar {version_string:app}?
We zien nog geen betaling van {amount} binnenkomen op factuur {invoice_number}. Klopt het bedrag?
Sorry voor het wachten! Ik heb je vraag doorgezet, je hoort uiterlijk {date} van ons (referentie {ticket_number}).
Stuur ons gerust een privébericht, dan kijken we samen mee. Deel hier geen persoonlijke gegevens.
""")
T("agent.none.shop_order.nl", r"""
Je pakket met track & trace {tracking_number} ligt sinds {date} bij het afhaalpunt.
Bestelling {order_number} is vandaag om {time} opnieuw aangeboden aan de bezorger.
""")
T("agent.none.telco_sim.nl", r"""
[be]De PUK-code kan je opvragen via Mijn {brand} of via {company_phone}. We sturen die niet via sociale media.
De PUK-code vind je in de app onder 'Mijn sim'. Lukt dat niet, bel dan {company_phone}.
""")
T("agent.none.telco_wifi.nl", r"""
Het wifi-wachtwoord staat op de sticker onderop je {model_number:modem}. Zie je die niet, dan kun je het resetten via {url}.
We zien een storing in jouw regio; die is naar verwachting om {time} opgelost.
""")
T("agent.none.air_booking.nl", r"""
Vlucht {flight_number} vertrekt volgens de laatste planning om {time}. Excuses voor het ongemak!
Je claim voor vlucht {flight_number} is geregistreerd onder {ticket_number}.
""")
T("agent.none.energy_move.nl", r"""
Je meterstand van {meter_reading} is verwerkt. Het nieuwe termijnbedrag wordt {amount}.
De verhuizing staat voor {date} ingepland, je ontvangt nog een bevestiging.
""")
T("agent.none.gen.en", r"""
Sorry to hear you're locked out! Please DM us your customer number and postcode, but never your password or PIN.
Thanks for waiting. I've raised case {ticket_number} and we expect a fix by {time}.
Error {error_code} usually means the app needs updating – could you check you're on {version_string:app} or later?
We've applied a {percentage} discount to invoice {invoice_number} as a goodwill gesture.
Sorry for the wait! I've passed this on and you'll hear from us by {date} (ref {ticket_number}).
Drop us a DM and we'll take a look together – please don't share personal details here.
""")
T("agent.none.shop_order.en", r"""
Your refund of {amount} for order {order_number} was issued on {date}; it can take 3–5 working days.
Parcel {tracking_number} is out for delivery today before {time}.
""")
T("agent.none.air_booking.en", r"""
[us]Flight {flight_number} is now scheduled to depart at {time}. We're sorry for the delay!
Your compensation claim for {flight_number} is logged under {ticket_number}.
""")
T("agent.none.bank_card.en", r"""
Please don't post card details here. Give us a call on {company_phone} and we'll sort it out.
We can see the declined payment of {amount}; the terminal returned {error_code}, which means the chip couldn't be read.
""")
T("agent.none.telco_wifi.en", r"""
The wifi key is printed on the sticker on the back of your {model_number:modem}; if it's worn off you can reset it at {url}.
There's a known outage in your area; engineers expect it fixed by {time}.
""")
T("agent.none.dev_api.en", r"""
Your API usage is at {quantity:requests}; the limit resets at {time} UTC.
We had elevated {error_code:http} rates between {time} and {time} UTC; everything is back to normal now.
""")
T("agent.none.gen.fr", r"""
Pourriez-vous nous envoyer votre numéro client en message privé ? Ne communiquez jamais votre code PIN ni votre mot de passe.
Votre dossier {ticket_number} est bien enregistré. Un collègue vous recontacte le {date}.
Le code erreur {error_code} indique qu'une mise à jour est nécessaire (version {version_string:app}).
Le remboursement de {amount} a été effectué le {date}.
""")
T("agent.none.shop_order.fr", r"""
Votre colis {tracking_number} est disponible au point relais.
La commande {order_number} a été réexpédiée ce matin.
""")
T("agent.none.telco_sim.fr", r"""
Le code PUK est disponible dans votre espace client ou au {company_phone}.
Un technicien passera le {date} entre {time:open} et {time:close}.
""")
T("agent.low.nl", r"""
Ik heb je nieuwe adres {address} genoteerd, per {date} gaat de levering daarheen.
We bellen je morgen tussen {time:open} en {time:close} op {p.phone}.
Je klantnummer is {p.custno}; vermeld dat bij contact.
Ik stuur de bevestiging naar {p.email}.
Ik heb het telefoonnummer {phone} aan je account toegevoegd.
Volgens ons systeem is je geboortedatum {p.dob}; klopt dat?
""")
T("agent.low.en", r"""
I've noted your new address, {address}, effective {date}.
We'll call you on {p.phone} tomorrow between {time:open} and {time:close}.
Your customer number is {p.custno} – please quote it when you get in touch.
I've sent the confirmation to {p.email}.
We have {p.dob} as your date of birth, is that right?
The IP address {ip_address} was blocked after too many failed attempts; I've lifted the block.
""")
T("agent.low.fr", r"""
J'ai bien noté votre nouvelle adresse : {address}.
Nous vous rappellerons au {p.phone} demain.
Votre numéro client est le {p.custno}.
La confirmation a été envoyée à {p.email}.
""")
T("agent.pw.nl", r"""
Je tijdelijke wachtwoord is {password}. Wijzig het na het inloggen direct via {url}.
Ik heb het wachtwoord gereset naar {password}; bij de eerste keer inloggen vraagt de app om een nieuw wachtwoord.
Je hebt je wachtwoord ({password}) in een openbaar bericht gezet. Verwijder dat bericht en wijzig het wachtwoord meteen.
""")
T("agent.pw.en", r"""
Your temporary password is {password} – please change it as soon as you log in.
I've reset it to {password}; you'll be asked to choose a new one straight away.
You've posted your password ({password}) publicly – please delete the tweet and change it right away.
""")
T("agent.pw.fr", r"""
Votre mot de passe temporaire est {password}. Modifiez-le dès votre première connexion.
Vous avez publié votre mot de passe ({password}) : supprimez le message et changez-le.
""")
T("agent.login.nl", r"""
Je account is aangemaakt: gebruikersnaam {username}, tijdelijk wachtwoord {password}.
Inloggen kan met {username} en het wachtwoord {password}; daarna vragen we je een eigen wachtwoord te kiezen.
""")
T("agent.login.en", r"""
Your account's ready – username {username}, temporary password {password}.
You can sign in with {username} / {password} and then set your own password.
""")
T("agent.login.fr", r"""
Identifiant : {username} – mot de passe provisoire : {password}
Connectez-vous avec {username} et le mot de passe {password}, puis choisissez-en un nouveau.
""")
T("agent.user.nl", r"""
Je gebruikersnaam is {username}. Je wachtwoord kun je resetten via {url}.
Het account staat op gebruikersnaam {username}, niet op je e-mailadres.
""")
T("agent.user.en", r"""
The username on your account is {username}; use 'Forgot password' at {url} to set a new one.
Your login is {username} (not your email address).
""")
T("agent.user.fr", r"""
Votre identifiant est {username}.
Le compte est enregistré sous l'identifiant {username}, pas sous votre adresse mail.
""")
T("agent.puk.nl", r"""
De PUK-code van je simkaart is {puk}. Na 10 foute pogingen is de simkaart definitief geblokkeerd.
[be]Uw PUK-code is {puk}, daarmee wordt uw simkaart ontgrendeld.
PUK: {puk}. Daarna kies je zelf een nieuwe pincode.
""")
T("agent.puk.en", r"""
The PUK for your SIM is {puk}. Enter it carefully – 10 wrong attempts will block the SIM permanently.
PUK: {puk}. After entering it you'll be asked to pick a new PIN.
""")
T("agent.puk.fr", r"""
Le code PUK de votre carte SIM est {puk}.
Voici votre code PUK : {puk}. Attention, 10 erreurs bloquent définitivement la carte.
""")
T("agent.pin.nl", r"""
De standaard pincode van een nieuwe simkaart is {pin:sim}, die kun je daarna zelf aanpassen.
Je hebt je pincode ({pin}) openbaar gedeeld. Verwijder je bericht en wijzig de pincode zo snel mogelijk.
""")
T("agent.pin.en", r"""
The default SIM PIN is {pin:sim} unless you changed it.
You've shared your PIN ({pin}) publicly – please delete the post and change it as soon as you can.
""")
T("agent.pin.fr", r"""
Le code PIN par défaut de la carte SIM est {pin:sim}.
""")
T("agent.wifi.nl", r"""
De standaard wifi-sleutel van je modem is {wifi_key}; die staat ook op de sticker onderop.
Ik heb je modem op afstand gereset, het wifi-wachtwoord is weer {wifi_key}.
""")
T("agent.wifi.en", r"""
I've reset the router remotely – the wifi key is back to the default: {wifi_key}.
The default wireless key for your {model_number:modem} is {wifi_key}.
""")
T("agent.wifi.fr", r"""
La clé wifi par défaut de votre modem est {wifi_key}.
""")
T("agent.token.nl", r"""
Het token dat je stuurde ({token}) hebben we voor de zekerheid ingetrokken. Maak een nieuwe aan in je dashboard.
""")
T("agent.token.en", r"""
For your safety we've revoked the token you posted ({token}). Please generate a new one.
The bearer token {token:jwt} in your log expired at {time} UTC; request a fresh one from /oauth/token.
""")
T("agent.token.fr", r"""
Nous avons révoqué le jeton {token} que vous avez publié.
""")
T("agent.api.nl", r"""
Je nieuwe API key is {api_key:sk}; de oude is per direct ongeldig.
""")
T("agent.api.en", r"""
We've rolled your key. The new secret key is {api_key:sk} – store it somewhere safe, we won't show it again.
The key you shared ({api_key}) has been disabled; please create a new one in the dashboard.
""")
T("agent.api.fr", r"""
Votre nouvelle clé API : {api_key:sk}
""")
T("agent.card.nl", r"""
Je hebt je kaartnummer ({card}) openbaar gedeeld. We hebben de kaart uit voorzorg geblokkeerd.
""")
T("agent.card.en", r"""
Heads up: you've shared your full card number ({card}) publicly. We've blocked the card as a precaution – please delete the tweet.
""")
T("agent.card.fr", r"""
Vous avez publié votre numéro de carte ({card}) ; nous l'avons bloquée par précaution.
""")
T("agent.cvv.nl", r"""
Deel de beveiligingscode ({cvv}) nooit met anderen. We hebben je reactie verborgen.
""")
T("agent.cvv.en", r"""
Please never share the CVV ({cvv}) – we've hidden your comment.
""")
T("agent.cvv.fr", r"""
Ne partagez jamais le cryptogramme ({cvv}) ; nous avons masqué votre commentaire.
""")
T("agent.iban.nl", r"""
We storten {amount} terug op {iban}. Dat kan 5 werkdagen duren.
Het rekeningnummer {iban} is nu gekoppeld aan je contract.
""")
T("agent.iban.en", r"""
The refund of {amount} will go to {iban} within 5 working days.
""")
T("agent.iban.fr", r"""
Le remboursement de {amount} sera versé sur le compte {iban}.
""")
T("agent.bsn.nl", r"""
We hebben het BSN {bsn} gekoppeld aan uw dossier {ticket_number}.
""")
T("agent.bsn.en", r"""
I've linked BSN {bsn} to your file {ticket_number}.
""")
T("agent.otp.nl", r"""
De code {otp} die je noemt is inmiddels verlopen; vraag een nieuwe aan via de app.
""")
T("agent.otp.en", r"""
The code {otp} you received has expired, please request a fresh one.
""")
T("agent.otp.fr", r"""
Le code {otp} a expiré, demandez-en un nouveau.
""")


# ---------------------------------------------------------------------------
# Composition
# ---------------------------------------------------------------------------

GROUP_PRIMARY = {"pw": "password", "login": "password", "user": "username", "pin_card": "pin",
                 "pin_sim": "pin", "pin_app": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key",
                 "api": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban",
                 "bsn": "bsn", "email": "email", "phone": "phone", "address": "address",
                 "dob": "date_of_birth", "ip": "ip_address", "iphome": "ip_address", "custno": "customer_number",
                 "expiry": "card_expiry"}
TYPE_GROUPS = {"password": ["pw", "pw", "login"], "username": ["user", "login", "login"],
               "pin": ["pin_card", "pin_card", "pin_sim", "pin_app"], "puk": ["puk"], "otp": ["otp"],
               "wifi_key": ["wifi"], "api_key": ["api"], "token": ["token"], "card": ["card"],
               "cvv": ["cvv", "cvv", "card"], "iban": ["iban"], "bsn": ["bsn"]}
LOW_GROUPS = {"email": 1.0, "phone": 1.2, "address": 1.0, "dob": 0.7, "ip": 0.4, "iphome": 0.3, "custno": 1.2,
              "expiry": 0.35}
AGENT_TYPE_GROUPS = {"password": ["pw", "login"], "username": ["user", "login"], "pin": ["pin"],
                     "puk": ["puk"], "otp": ["otp"], "wifi_key": ["wifi"], "api_key": ["api"],
                     "token": ["token"], "card": ["card"], "cvv": ["cvv"], "iban": ["iban"], "bsn": ["bsn"]}
AGENT_TOPIC = {"pw": ["login"], "login": ["login"], "user": ["login"], "pin": ["telco_sim"],
               "puk": ["telco_sim"], "otp": ["login"], "wifi": ["telco_wifi"], "api": ["dev_api"],
               "token": ["dev_api"], "card": ["bank_card"], "cvv": ["bank_card"],
               "iban": ["billing", "bank_transfer", "ins_claim"], "bsn": ["kyc_id"]}


ALWAYS_OK = {"email", "phone", "address", "customer_number", "date_of_birth"}
GROUP_EXTRA = {"login": {"username"}, "card": {"cvv", "card_expiry"}, "puk": {"pin"}, "bsn": {"date_of_birth"}}


def topic_types(topic):
    out = set(ALWAYS_OK)
    for g in TOPICS[topic][1]:
        out.add(GROUP_PRIMARY[g])
        out |= GROUP_EXTRA.get(g, set())
    return out


def fits_topic(topic, lang):
    ok = topic_types(topic)
    if lang == "nl-be":
        ok = ok - {"bsn"}
    return lambda t: t.labels <= ok


class HalfState:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(f"{seed}:{half}")
        self.usage = Counter()
        self.type_counts = Counter()
        self.phrasings = defaultdict(set)
        self.templates_used = set()


def lang_ok(t, lang):
    tags = t.tags - {"chat"}
    return not tags or LANG_TAG[lang] in tags


def allowed(t, allow):
    if allow == "any":
        return True
    if allow == "low":
        return not (t.labels & set(HIGH))
    return not t.labels


def pick(st, key, lang, allow="any", need=None, required=True, pred=None):
    lst = TEMPLATES.get(key, [])
    cands = [t for t in lst if t.half == st.half and lang_ok(t, lang) and allowed(t, allow)
             and (need is None or need in t.labels) and (pred is None or pred(t))]
    if not cands:
        if required:
            raise LookupError(f"no template for {key} lang={lang} allow={allow} need={need} half={st.half}")
        return None
    m = min(st.usage[t.id] for t in cands)
    best = [t for t in cands if st.usage[t.id] == m]
    t = st.rng.choice(best)
    st.usage[t.id] += 1
    return t


def has_group(st, kind, group, lg):
    return any(t.half == st.half for t in TEMPLATES.get(f"{kind}.{group}.{lg}", []))


def plan_allow(plan):
    return {"high": "any", "low": "low", "none": "none"}[plan]


def pick_deficit_type(st, candidates):
    rng = st.rng
    return min(candidates, key=lambda t: st.type_counts[t] + rng.random() * 6)


def choose_regions(ctx, groups):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        return "nl", "nl"
    if lang == "nl-be":
        return "be-nl", "be-nl"
    if lang == "fr-be":
        return "be-fr", "be-fr"
    if lang == "en-gb":
        if "bsn" in groups or rng.random() < 0.16:
            return "uk", "nl"
        return "uk", "uk"
    if "bsn" in groups:
        return "us", "nl"
    if "iban" in groups or rng.random() < 0.08:
        return "us", rng.choice(["nl", "be-nl"])
    return "us", "us"


def choose_brand(ctx, sectors, groups):
    rng = ctx.rng
    region = ctx.persona.addr_region
    if "bsn" in groups:
        prefs = ["nl"]
    elif ctx.lang in ("nl-be", "fr-be") or region.startswith("be"):
        prefs = ["be", "intl"]
    elif region == "nl":
        prefs = ["nl", "intl"]
    elif region == "uk":
        prefs = ["uk", "intl"]
    else:
        prefs = ["us", "intl"]
    cands = [b for s in sectors for b in ctx.pool["brand"][s] if b[1] in prefs]
    if not cands:
        cands = [b for s in sectors for b in ctx.pool["brand"][s]]
    b = rng.choice(cands)
    ctx.brand = b
    ctx.market = b[1]
    ctx.sector = b[0]


def setup_ctx(ctx, topic, groups):
    name_r, addr_r = choose_regions(ctx, groups)
    ctx.topic = topic
    ctx.persona = Persona(ctx, name_r, addr_r)
    choose_brand(ctx, TOPICS[topic][0], groups)


def choose_content(st, ctx):
    """Pick topic and the data phrasing groups; returns list of (group, need)."""
    rng = st.rng
    lang, lg, plan = ctx.lang, ctx.lg, ctx.plan
    frags = []
    if plan == "high":
        types = [t for t in HIGH if not (t == "bsn" and lang == "nl-be")]
        T_ = pick_deficit_type(st, types)
        gs = [g for g in TYPE_GROUPS[T_] if has_group(st, "frag", g, lg)]
        g = rng.choice(gs)
        frags.append((g, T_))
        topic = rng.choice([t for t, (_, tg) in TOPICS.items() if g in tg])
        p2 = 0.45 if ctx.channel == "email" else 0.22
        if rng.random() < p2:
            others = [x for x in TOPICS[topic][1] if x != g and not (x == "bsn" and lang == "nl-be")]
            if others:
                frags.append((rng.choice(others), None))
    elif plan == "low":
        g = rng.choices(list(LOW_GROUPS), list(LOW_GROUPS.values()))[0]
        frags.append((g, GROUP_PRIMARY[g]))
        topic = rng.choice([t for t, (_, tg) in TOPICS.items() if g in tg])
        if rng.random() < 0.2:
            others = [x for x in TOPICS[topic][1] if x in LOW_GROUPS and x != g]
            if others:
                frags.append((rng.choice(others), None))
    else:
        topic = rng.choice(list(TOPICS))
    setup_ctx(ctx, topic, [f[0] for f in frags])
    return frags


def lower_after_greeting(body, lg):
    if body.startswith("{") or re.match(r"(I\b|I'|[A-Z0-9]{2,}\b)", body):
        return body
    return lower_first(body)


def lower_first(line):
    """Lower-case a plain capitalised first word (not 'I', acronyms, CamelCase brands)."""
    m = re.match(r"([A-ZÀ-Ý][a-zà-ÿ]*)(?=[\s,.:;!?'’]|$)", line)
    if not m or m.group(1) == "I" or (len(m.group(1)) == 1 and line[1:2] in ("'", "’")):
        return line
    return line[0].lower() + line[1:]


def casualize(text, rng):
    out = []
    for line in text.split("\n"):
        if rng.random() < 0.7:
            line = lower_first(line)
        if line.endswith(".") and not line.endswith("..") and rng.random() < 0.8:
            line = line[:-1]
        out.append(line)
    return "\n".join(out)


def body_pieces(st, ctx, frags, used, mode):
    """Returns list of (kind, text)."""
    rng = st.rng
    lang, lg = ctx.lang, ctx.lg
    allow = plan_allow(ctx.plan)
    pieces = []
    scen = pick(st, f"scen.{ctx.topic}.{lg}", lang, "none")
    used.append(scen)
    pieces.append(("scen", scen.text))
    data = []
    for g, need in frags:
        t = pick(st, f"frag.{g}.{lg}", lang, allow, need=need)
        used.append(t)
        data.append(("data", t.text))
    if data and mode != "public" and rng.random() < 0.15:
        pieces = data + pieces
    else:
        pieces = pieces + data
    p_neg = {"email": 0.8, "public": 0.3, "chat": 0.5}[mode]
    if ctx.plan == "none":
        p_neg = min(1.0, p_neg + 0.3)
    if rng.random() < p_neg:
        t = pick(st, f"neg.{ctx.topic}.{lg}", lang, "none")
        used.append(t)
        pieces.append(("neg", t.text))
        if ctx.plan == "none" and mode == "email" and rng.random() < 0.5:
            t2 = pick(st, f"neg.{ctx.topic}.{lg}", lang, "none")
            if t2.id != t.id:
                used.append(t2)
                pieces.append(("neg", t2.text))
    if rng.random() < {"email": 0.4, "public": 0.35, "chat": 0.45}[mode]:
        t = pick(st, f"outro.{lg}", lang, "none")
        used.append(t)
        pieces.append(("outro", t.text))
    return pieces


def ends_sentence(text):
    return bool(re.search(r"[.!?]$", text.strip()))


def join_running(pieces):
    out = ""
    for kind, text in pieces:
        if not out:
            out = text
            continue
        last = out.split("\n")[-1]
        if "\n" in text or not ends_sentence(last) or (kind == "data" and not ends_sentence(text)):
            out += "\n" + text
        else:
            out += " " + text
    return out


def fill_body(frame, body, lg):
    prev = frame[:frame.index("{BODY}")]
    if prev.endswith(", ") or re.search(r"\b(maar|but|mais)\s$", prev):
        body = lower_after_greeting(body, lg)
    return frame.replace("{BODY}", body)


def quote_block(st, ctx, used, subject_text, long=False):
    rng = st.rng
    lang, lg = ctx.lang, ctx.lg
    allow = plan_allow(ctx.plan)
    style = "gt" if rng.random() < 0.6 else "ol"
    author = "cust" if rng.random() < (0.5 if ctx.plan != "none" else 0.3) else "agent"
    hdr = pick(st, f"qhdr.{style}.{author}.{lg}", lang, allow, required=False)
    if hdr is None:
        return None
    fit = fits_topic(ctx.topic, lang)
    if author == "cust":
        body = None
        if ctx.plan != "none" and rng.random() < 0.75:
            body = pick(st, f"quote.cust.{lg}", lang, allow, required=False, pred=fit)
        if body is None:
            body = pick(st, f"quote.custplain.{lg}", lang, allow, required=False)
    else:
        body = None
        if ctx.plan != "none" and rng.random() < 0.35:
            body = pick(st, f"quote.agentdata.{lg}", lang, allow, required=False, pred=fit)
        if body is None:
            body = pick(st, f"quote.agent.{lg}", lang, "none")
    if body is None:
        return None
    used.extend([hdr, body])
    h = hdr.text.replace("{SUBJ}", subject_text)
    # sometimes the quoted agent mail itself quotes the customer's earlier mail
    nested = None
    if author == "agent" and rng.random() < (0.85 if long else 0.3):
        h2 = pick(st, f"qhdr.gt.cust.{lg}", lang, allow, required=False)
        b2 = None
        if ctx.plan != "none" and rng.random() < 0.7:
            b2 = pick(st, f"quote.cust.{lg}", lang, allow, required=False, pred=fit)
        if b2 is None:
            b2 = pick(st, f"quote.custplain.{lg}", lang, allow, required=False)
        if h2 is not None and b2 is not None:
            used.extend([h2, b2])
            nested = [h2.text] + [("> " + l) if l else ">" for l in b2.text.split("\n")]
    if style == "gt":
        body_lines = body.text.split("\n") + ([""] + nested if nested else [])
        lines = [("> " + l) if l else ">" for l in body_lines]
        return h + "\n" + "\n".join(lines)
    return h + "\n\n" + body.text + ("\n\n" + "\n".join(nested) if nested else "")


def pick_sig(st, ctx, used):
    allow = plan_allow(ctx.plan)
    keys = [f"sig.{ctx.lg}", "sig.any"]
    if st.rng.random() < 0.5:
        keys.reverse()
    for k in keys:
        t = pick(st, k, ctx.lang, allow, required=False)
        if t is not None:
            used.append(t)
            return t.text
    raise LookupError("no signature")


EMAIL_ORDER = ["subj", "greet", "fopen", "story", "main", "fmid", "rest", "fmid2", "fclose", "sign", "quote"]


def assemble_email(e):
    return "\n\n".join(e[k] for k in EMAIL_ORDER if e.get(k))


APP_TOPICS = {"login", "kyc_id", "bank_transfer", "telco_wifi"}


def fmid_key(st, ctx):
    if ctx.topic in APP_TOPICS and st.rng.random() < 0.6:
        return "fmid.app"
    return "fmid.gen"


def build_email(st, ctx, frags, used):
    rng = st.rng
    lang, lg = ctx.lang, ctx.lg
    pieces = body_pieces(st, ctx, frags, used, "email")
    if rng.random() < 0.7:
        subj = pick(st, f"subj.{ctx.topic}.{lg}", lang, "none")
    else:
        subj = pick(st, f"subj.generic.{lg}", lang, "none")
    used.append(subj)
    greet = pick(st, f"greet.{lg}", lang, "none")
    used.append(greet)
    e = {"subj": SUBJ_LABEL[lg] + subj.text if rng.random() < 0.85 else None, "greet": greet.text}
    long = rng.random() < 0.35
    probs = (0.95, 0.9, 0.9, 0.6, 0.75) if long else (0.6, 0.4, 0.65, 0.0, 0.08)
    for slot, key, p in (("fopen", "fopen", probs[0]), ("fmid", fmid_key(st, ctx), probs[1]),
                         ("fclose", "fclose", probs[2]), ("fmid2", "fmid.gen", probs[3]),
                         ("story", "story", probs[4])):
        if rng.random() < p:
            ids = {t.id for t in used}
            t = pick(st, f"{key}.{lg}", lang, "none", required=False, pred=lambda t: t.id not in ids)
            if t is not None:
                used.append(t)
                e[slot] = t.text
    main = [p for p in pieces if p[0] in ("scen", "data")]
    rest = [p for p in pieces if p[0] not in ("scen", "data")]
    e["main"] = join_running(main)
    e["rest"] = join_running(rest) if rest else None
    so = pick(st, f"signoff.{lg}", lang, "none")
    used.append(so)
    e["sign"] = so.text + "\n" + pick_sig(st, ctx, used)
    e["quote"] = quote_block(st, ctx, used, subj.text, long) if rng.random() < (0.95 if long else 0.6) else None
    return e


def extend_email(st, ctx, e, used):
    """Add one more filler paragraph to an e-mail that came out too short."""
    used_ids = {t.id for t in used}
    for slot, key in (("fmid", fmid_key(st, ctx)), ("fopen", "fopen"), ("fclose", "fclose"),
                      ("fmid2", "fmid.gen")):
        if not e.get(slot):
            t = pick(st, f"{key}.{ctx.lg}", ctx.lang, "none", required=False,
                     pred=lambda t: t.id not in used_ids)
            if t is not None:
                used.append(t)
                e[slot] = t.text
                return True
    return False


def build_chat(st, ctx, frags, used):
    rng = st.rng
    lang, lg = ctx.lang, ctx.lg
    allow = plan_allow(ctx.plan)
    # a value sent on its own as a reply
    if frags and ctx.plan != "none" and rng.random() < 0.13:
        t = pick(st, "bare", lang, allow, required=False)
        if t is not None and (ctx.plan == "high") == bool(t.labels & set(HIGH)):
            used.append(t)
            return t.text
    pieces = body_pieces(st, ctx, frags, used, "chat")
    greet = pick(st, f"chatgreet.{lg}", lang, "none") if rng.random() < 0.6 else None
    if greet:
        used.append(greet)
    style = rng.random()
    if ctx.channel == "whatsapp":
        lines_style = style < 0.75
    elif ctx.channel == "telegram":
        lines_style = style < 0.55
    else:
        lines_style = style < 0.35
    if lines_style:
        lines = [greet.text + ("" if greet.text[-1] in "?!" else rng.choice(["", "!", ",", " 👋"]))] if greet else []
        lines += [p[1] for p in pieces]
        text = "\n".join(lines)
        if rng.random() < 0.45:
            text = casualize(text, rng)
        return text
    body = join_running(pieces)
    if greet:
        sep = rng.choice([", ", ", ", "! ", " – ", ",\n", "\n"])
        if greet.text[-1] in "?!":
            sep = rng.choice([" ", "\n"])
        if sep in (", ", " – "):
            body = lower_after_greeting(body, lg)
        body = greet.text + sep + body
    return body


def build_public(st, ctx, frags, used):
    rng = st.rng
    lang, lg = ctx.lang, ctx.lg
    pieces = body_pieces(st, ctx, frags, used, "public")
    body = join_running(pieces)
    kind = {"x_public": "x", "facebook_comment": "fb", "instagram_comment": "ig"}[ctx.channel]
    key = f"pub.{kind}.any" if rng.random() < 0.55 else f"pub.{kind}.{lg}"
    frame = pick(st, key, lang, "none")
    used.append(frame)
    text = fill_body(frame.text, body, lg)
    if "{hashtag}" not in frame.text and rng.random() < (0.35 if kind == "x" else 0.15):
        text += " {hashtag}"
    if rng.random() < 0.25 and "{emoji}" not in frame.text:
        text += " {emoji}"
    return text


def build_agent(st, ctx, used):
    rng = st.rng
    lang, lg, plan = ctx.lang, ctx.lg, ctx.plan
    if plan == "high":
        types = [t for t in HIGH
                 if any(has_group(st, "agent", g, lg) for g in AGENT_TYPE_GROUPS[t])]
        T_ = pick_deficit_type(st, types)
        g = rng.choice([g for g in AGENT_TYPE_GROUPS[T_] if has_group(st, "agent", g, lg)])
        topic = rng.choice(AGENT_TOPIC[g])
        setup_ctx(ctx, topic, [g])
        body = pick(st, f"agent.{g}.{lg}", lang, "any", need=T_)
    elif plan == "low":
        topic = rng.choice(list(TOPICS))
        setup_ctx(ctx, topic, [])
        body = pick(st, f"agent.low.{lg}", lang, "low")
    else:
        topic = rng.choice(list(TOPICS))
        setup_ctx(ctx, topic, [])
        body = None
        if rng.random() < 0.6:
            body = pick(st, f"agent.none.{topic}.{lg}", lang, "none", required=False)
        if body is None:
            body = pick(st, f"agent.none.gen.{lg}", lang, "none")
    used.append(body)
    if rng.random() < 0.6:
        frame = pick(st, f"agentframe.short.{lg}", lang, "none")
        used.append(frame)
        return fill_body(frame.text, body.text, lg)
    frame = pick(st, f"agentframe.email.{lg}", lang, "none")
    extra = pick(st, f"agentextra.{lg}", lang, "none")
    csig = pick(st, f"agentsig.{lg}", lang, "none")
    used.extend([frame, extra, csig])
    text = frame.text.replace("{BODY}", body.text).replace("{EXTRA}", extra.text).replace("{CSIG}", csig.text)
    if plan != "none" and rng.random() < 0.5:
        hdr = pick(st, f"qhdr.gt.cust.{lg}", lang, plan_allow(plan), required=False)
        qb = pick(st, f"quote.cust.{lg}", lang, plan_allow(plan), required=False,
                  pred=fits_topic(ctx.topic, lang))
        if hdr is not None and qb is not None:
            used.extend([hdr, qb])
            lines = [("> " + l) if l else ">" for l in qb.text.split("\n")]
            text += "\n\n" + hdr.text + "\n" + "\n".join(lines)
    return text


# ---------------------------------------------------------------------------
# Per-message validation
# ---------------------------------------------------------------------------

def check_value(typ, val):
    if typ == "card":
        d = re.sub(r"[\s-]", "", val)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "iban":
        return iban_ok(val)
    if typ == "bsn":
        return bsn_ok(val)
    if typ == "cvv":
        return val.isdigit() and len(val) in (3, 4)
    if typ == "pin":
        return val.isdigit() and 4 <= len(val) <= 6
    if typ == "puk":
        return val.isdigit() and len(val) == 8
    if typ == "otp":
        return bool(re.fullmatch(r"(?:[A-Z]-)?\d{3}[ -]?\d{1,5}|\d{4,8}", val))
    if typ == "card_expiry":
        m = re.match(r"(\d{1,2})", val)
        return bool(m) and 1 <= int(m.group(1)) <= 12
    return True


def validate_record(text, spans, negs):
    errs = []
    if "{" in text or "}" in text:
        errs.append("unrendered placeholder")
    allsp = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(allsp, allsp[1:]):
        if b["start"] < a["end"]:
            errs.append("overlapping spans")
    for s in spans:
        v = text[s["start"]:s["end"]]
        if not (0 <= s["start"] < s["end"] <= len(text)):
            errs.append("offset out of range")
            continue
        if v != v.strip():
            errs.append(f"whitespace at span edge {v!r}")
        if not check_value(s["type"], v):
            errs.append(f"bad {s['type']} value {v!r}")
        for n in negs:
            if n["start"] < s["end"] and s["start"] < n["end"]:
                errs.append("negative overlaps span")
    ns = sorted(negs, key=lambda s: s["start"])
    for a, b in zip(ns, ns[1:]):
        if b["start"] < a["end"]:
            errs.append("overlapping negatives")
    for n in negs:
        if not (0 <= n["start"] < n["end"] <= len(text)):
            errs.append("neg offset out of range")
        v = text[n["start"]:n["end"]]
        if v != v.strip():
            errs.append(f"whitespace at negative edge {v!r}")
    # every occurrence of a labelled value must itself be inside a span
    for s in spans:
        v = text[s["start"]:s["end"]]
        if len(v) < 3:
            continue
        for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                errs.append(f"unlabelled repeat of {s['type']} value {v!r}")
    return errs


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

def exact_schedule(rng, share, n):
    keys = list(share)
    counts = {k: int(round(share[k] * n)) for k in keys}
    diff = n - sum(counts.values())
    counts[keys[0]] += diff
    seq = [k for k in keys for _ in range(counts[k])]
    rng.shuffle(seq)
    return seq


def build_message(st, lang, channel, plan):
    rng = st.rng
    last_err = None
    for attempt in range(80):
        ctx = Ctx(st, lang, channel, plan)
        used = []
        try:
            if channel == "agent_reply":
                tpl = build_agent(st, ctx, used)
            else:
                frags = choose_content(st, ctx)
                if channel == "email":
                    email = build_email(st, ctx, frags, used)
                    tpl = assemble_email(email)
                elif channel in PUBLIC:
                    tpl = build_public(st, ctx, frags, used)
                else:
                    tpl = build_chat(st, ctx, frags, used)
            text, spans, negs = render(tpl, ctx)
            if channel == "email":
                while len(text.encode("utf-8")) < 520 and extend_email(st, ctx, email, used):
                    tpl = assemble_email(email)
                    text, spans, negs = render(tpl, ctx)
        except LookupError as e:
            last_err = str(e)
            continue
        n = len(text.encode("utf-8"))
        if channel == "email" and not (500 <= n <= 2000):
            last_err = f"email length {n}"
            continue
        errs = validate_record(text, spans, negs)
        high = any(s["type"] in HIGH for s in spans)
        if plan == "high" and not high:
            errs.append("plan high without high-risk span")
        if plan == "low" and (high or not spans):
            errs.append("plan low mismatch")
        if plan == "none" and spans:
            errs.append("plan none with spans")
        if errs:
            last_err = "; ".join(errs)
            continue
        for s in spans:
            st.type_counts[s["type"]] += 1
        for t in used:
            st.templates_used.add(t.id)
            for lab in t.labels:
                if any(s["type"] == lab for s in spans):
                    st.phrasings[lab].add(t.id)
        return {"channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private",
                "text": text,
                "spans": sorted(spans, key=lambda s: s["start"]),
                "negatives": sorted(negs, key=lambda s: s["start"])}
    raise RuntimeError(f"could not build message ({lang}, {channel}, {plan}): {last_err}")


def generate_half(half, seed, n):
    st = HalfState(half, seed)
    rng = st.rng
    langs = exact_schedule(rng, LANG_SHARE, n)
    chans = exact_schedule(rng, CHANNEL_SHARE, n)
    plans = exact_schedule(rng, PLAN_SHARE, n)
    recs = []
    for i in range(n):
        rec = build_message(st, langs[i], chans[i], plans[i])
        rec = {"id": f"{PREFIX}-{half}-{i:05d}", **rec}
        recs.append(rec)
    return recs, st


# ---------------------------------------------------------------------------
# Corpus-level checks, README, main
# ---------------------------------------------------------------------------

MIN_HIGH_SPANS = 45
MIN_PHRASINGS = 12


def half_stats(recs, st):
    n = len(recs)
    s = {
        "n": n,
        "labels": Counter(sp["type"] for r in recs for sp in r["spans"]),
        "negs": Counter(ng["kind"] for r in recs for ng in r["negatives"]),
        "channels": Counter(r["channel"] for r in recs),
        "langs": Counter(r["lang"] for r in recs),
        "no_span": sum(1 for r in recs if not r["spans"]),
        "high": sum(1 for r in recs if any(sp["type"] in HIGH for sp in r["spans"])),
        "email_ok": sum(1 for r in recs if r["channel"] == "email"
                        and 500 <= len(r["text"].encode("utf-8")) <= 2000),
        "email_quoted": sum(1 for r in recs if r["channel"] == "email"
                            and re.search(r"^(>|-----|Van: |From: |De : )", r["text"], re.M)),
        "phrasings": {t: len(st.phrasings[t]) for t in LABELS},
        "templates": set(st.templates_used),
    }
    return s


def corpus_checks(halves):
    errs = []
    tpl_half = {}
    for key, lst in TEMPLATES.items():
        for t in lst:
            tpl_half[t.id] = t.half
    text_halves = defaultdict(set)
    for lst in TEMPLATES.values():
        for t in lst:
            text_halves[t.text].add(t.half)
    for text, hs in text_halves.items():
        if len(hs) > 1:
            errs.append(f"template text dealt to both halves: {text!r}")
    # pools must not be shared
    for name in ("first", "last", "street", "city", "pwword"):
        a = {x for r in POOLS["dev"][name].values() for x in r}
        b = {x for r in POOLS["heldout"][name].values() for x in r}
        if a & b:
            errs.append(f"pool {name} shared between halves: {sorted(map(str, a & b))[:5]}")
    for name in ("domain",):
        if set(POOLS["dev"][name]) & set(POOLS["heldout"][name]):
            errs.append("domain pool shared")
    bd = {b[2] for l in POOLS["dev"]["brand"].values() for b in l}
    bh = {b[2] for l in POOLS["heldout"]["brand"].values() for b in l}
    if bd & bh:
        errs.append(f"brands shared: {bd & bh}")
    total = sum(s["n"] for s, _ in halves.values())
    email_ok = sum(s["email_ok"] for s, _ in halves.values())
    if total < 2000:
        errs.append(f"only {total} messages")
    if email_ok < 0.30 * total:
        errs.append(f"e-mails of 0.5-2 KB only {email_ok}/{total}")
    for h, (s, recs) in halves.items():
        for t in s["templates"]:
            if tpl_half[t] != h:
                errs.append(f"{h}: template {t} belongs to the other half")
        ids = set()
        for r in recs:
            if r["id"] in ids:
                errs.append(f"duplicate id {r['id']}")
            ids.add(r["id"])
            e = validate_record(r["text"], r["spans"], r["negatives"])
            if e:
                errs.append(f"{r['id']}: {e}")
            if r["channel"] not in CHANNELS or r["lang"] not in LANGS:
                errs.append(f"{r['id']}: bad channel/lang")
            if r["visibility"] != ("public" if r["channel"] in PUBLIC else "private"):
                errs.append(f"{r['id']}: bad visibility")
        for lab in LABELS:
            if s["labels"][lab] == 0:
                errs.append(f"{h}: label {lab} missing")
        for k in NEG_KINDS:
            if s["negs"][k] == 0:
                errs.append(f"{h}: negative kind {k} missing")
        for lab in HIGH:
            if s["labels"][lab] < MIN_HIGH_SPANS:
                errs.append(f"{h}: only {s['labels'][lab]} {lab} spans")
            if s["phrasings"][lab] < MIN_PHRASINGS:
                errs.append(f"{h}: only {s['phrasings'][lab]} phrasings for {lab}")
        if s["no_span"] < 0.25 * s["n"]:
            errs.append(f"{h}: only {s['no_span']} messages without spans")
        if s["high"] < 0.45 * s["n"]:
            errs.append(f"{h}: only {s['high']} messages with a high-risk value")
        en = s["langs"]["en-gb"] + s["langs"]["en-us"]
        if not (0.40 <= en / s["n"] <= 0.50) or not (0.12 <= s["langs"]["fr-be"] / s["n"] <= 0.18):
            errs.append(f"{h}: language mix off")
        for ch in CHANNELS:
            if s["channels"][ch] == 0:
                errs.append(f"{h}: channel {ch} missing")
    return errs


def table(title, keys, halves, field):
    lines = [f"| {title} | dev | heldout |", "|---|---:|---:|"]
    for k in keys:
        lines.append(f"| {k} | {halves['dev'][0][field][k]} | {halves['heldout'][0][field][k]} |")
    return "\n".join(lines)


README_HEAD = """# blind3 — blind scrub corpus (prefix `b3`)

Labelled customer-care messages for measuring the webcare-bridge scrubber.
Generated by `generate_blind.py` (standard library only, Python 3.11), deterministic
for a given seed.

    python3 tests/scrub_corpus/blind3/generate_blind.py --seed {seed}

Seed used for the committed files: **{seed}**.

## How this corpus was written

* Written **blind**. The author did not open, read, grep or run anything under
  `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this directory),
  `bench/`, `docs/scrubbing.md`, nor any other corpus or generator in the repository, and
  did not run the scrubber or any scorer on this data. The only inputs were the writing
  brief (label set, span conventions, hard-negative kinds, required mix) and general
  knowledge of how customers of Dutch, Belgian, UK and US companies write to care teams
  and of the platforms' public conventions (mentions, hashtags, quote headers, ...).
* All brands are fictional. Names, streets and cities are common ones; every value is
  fake but well formed: card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex
  4-6-5, Maestro 16/19), IBANs carry valid mod-97 check digits (NL, BE with valid national
  check, DE, FR with valid RIB key, GB, IE, ES, LU), BSNs pass the 11-proof, phone numbers
  use fictional ranges (NL 06-1…/020, BE 04xx, UK 07700 900xxx / 020 7946 0xxx /
  0113 496 0xxx / 0161 496 0xxx, US 555-01xx), IP addresses come from the documentation
  ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
* Emphasis: English (UK and US) about 45 %, Belgian French about 15 %, Dutch (NL) and
  Flemish (nl-BE) the rest; about a third of the messages are e-mails of 0.5–2 KB with
  subject line, greeting, filler paragraphs, sign-off, signature (often with a multi-line
  address, phone and e-mail) and, in about two thirds of them, quoted history
  (`Op … schreef …:`, `On … wrote:`, `Le … a écrit :`, `> ` lines, Outlook
  `-----Oorspronkelijk bericht-----` / `-----Original Message-----` /
  `-----Message d'origine-----` headers) which itself carries data (addresses, phones,
  e-mail addresses, earlier passwords, card numbers, PUKs, ...). Agent replies (short
  `^AB`-signed DMs and e-mail-style replies with company footer and quoted customer text)
  repeat or ask for data.
* Sectors: banking, insurance, airlines, retail, utilities (energy), telco, developer/API
  platforms and government-like services.
* Every message is assembled from a channel frame, a topic opener (which carries hard
  negatives), zero to two data phrasings, optional cue-near hard negatives ("foutcode …
  bij het pinnen", "wifi password is on the sticker of the …" without the key) and an
  outro; e-mails add the parts listed above. Values are drawn at render time and span
  offsets are recorded while rendering, so labels cannot drift from the text.

## Label conventions

Spans cover exactly the value, never the cue word (`wachtwoord: Zomer2024!` → `Zomer2024!`,
`Bearer eyJ…` → the token). Grouped OTPs / card numbers / IBANs / BSNs are one span. A
multi-line signature address is one span including its line breaks. The customer's e-mail
address is labelled wherever it appears (also in quote headers). Names, SSIDs, agent
initials and cities alone are not labelled. Company service numbers are hard negatives
(`company_phone`). A secret never ends in punctuation when sentence punctuation follows it.
A value that occurs twice in a message is labelled at every occurrence (checked).

## Split rule

Every template list (topic openers, data phrasings per type and language, e-mail
greetings / fillers / sign-offs / signatures, quote headers and quoted bodies, chat and
public frames, agent replies, subjects, ...) is dealt **alternately** to dev and heldout by
its position in the list (the starting half of each list is fixed by the CRC32 of the list
key). The same rule splits the value pools: first names, surnames, streets, cities,
password words, e-mail domains and brands. The deal is independent of the seed, so a
template, name, street, city or brand never appears in both halves (checked). Random values
come from one `random.Random` per half, seeded with `"<seed>:dev"` / `"<seed>:heldout"`.

## heldout.jsonl

**Detector authors must never open `heldout.jsonl` or `generate_blind.py`.** They may only
run a scorer over `heldout.jsonl` and report the numbers. `dev.jsonl` may be read freely.

## Self-checks (the generator exits 1 and writes nothing if one fails)

Offsets inside the text and spans never starting or ending with whitespace; card Luhn, IBAN
mod-97 and BSN 11-proof on every labelled value; no overlapping spans; no negative
overlapping a span; no unrendered placeholder; no unlabelled repeat of a labelled value;
every label type and every negative kind present in both halves; at least 25 % of each half
without spans; at least 45 % with a high-risk value; at least {min_high} spans and
{min_phr} distinct phrasings (templates) per high-risk type per half; at least 30 % of all
messages are e-mails of 0.5–2 KB; no template, pool value or brand in both halves.
"""


def write_readme(path, seed, halves):
    s_dev, s_ho = halves["dev"][0], halves["heldout"][0]
    parts = [README_HEAD.format(seed=seed, min_high=MIN_HIGH_SPANS, min_phr=MIN_PHRASINGS)]
    parts.append("## Per-half counts\n")
    summary = ["| | dev | heldout |", "|---|---:|---:|"]
    for label, key in (("messages", "n"), ("messages without any span", "no_span"),
                       ("messages with a high-risk value", "high"),
                       ("e-mails of 0.5–2 KB", "email_ok"), ("e-mails with quoted history", "email_quoted")):
        summary.append(f"| {label} | {s_dev[key]} | {s_ho[key]} |")
    parts.append("\n".join(summary))
    parts.append("\n### Label spans (high-risk first)\n")
    parts.append(table("label", LABELS, halves, "labels"))
    parts.append("\n### Distinct phrasings (templates) that produced each label\n")
    lines = ["| label | dev | heldout |", "|---|---:|---:|"]
    for k in LABELS:
        lines.append(f"| {k} | {s_dev['phrasings'][k]} | {s_ho['phrasings'][k]} |")
    parts.append("\n".join(lines))
    parts.append("\n### Hard negatives\n")
    parts.append(table("kind", NEG_KINDS, halves, "negs"))
    parts.append("\n### Channels\n")
    parts.append(table("channel", CHANNELS, halves, "channels"))
    parts.append("\n### Languages\n")
    parts.append(table("lang", LANGS, halves, "langs"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def print_counts(halves):
    def row(name, a, b):
        print(f"  {name:<28}{a:>8}{b:>9}")
    print(f"  {'':<28}{'dev':>8}{'heldout':>9}")
    for key in ("n", "no_span", "high", "email_ok", "email_quoted"):
        row(key, halves["dev"][0][key], halves["heldout"][0][key])
    print(" labels (spans / phrasings)")
    for k in LABELS:
        d, h = halves["dev"][0], halves["heldout"][0]
        row(k, f"{d['labels'][k]}/{d['phrasings'][k]}", f"{h['labels'][k]}/{h['phrasings'][k]}")
    print(" negatives")
    for k in NEG_KINDS:
        row(k, halves["dev"][0]["negs"][k], halves["heldout"][0]["negs"][k])
    print(" channels")
    for k in CHANNELS:
        row(k, halves["dev"][0]["channels"][k], halves["heldout"][0]["channels"][k])
    print(" languages")
    for k in LANGS:
        row(k, halves["dev"][0]["langs"][k], halves["heldout"][0]["langs"][k])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default: next to this file)")
    ap.add_argument("--per-half", type=int, default=PER_HALF)
    args = ap.parse_args(argv)
    halves = {}
    for h in HALVES:
        recs, st = generate_half(h, args.seed, args.per_half)
        halves[h] = (half_stats(recs, st), recs)
    errs = corpus_checks(halves)
    print_counts(halves)
    if errs:
        print(f"\nSELF-CHECK FAILED ({len(errs)} problems); nothing written:", file=sys.stderr)
        for e in errs[:60]:
            print("  - " + e, file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    for h in HALVES:
        with open(os.path.join(args.out, f"{h}.jsonl"), "w", encoding="utf-8") as f:
            for r in halves[h][1]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(os.path.join(args.out, "README.md"), args.seed, halves)
    print(f"\nwrote {sum(len(v[1]) for v in halves.values())} messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
