#!/usr/bin/env python3
"""Blind labelled scrub corpus "blind16" (prefix b16).

Written from the task brief only, without reading the product's detector code,
its unit tests, other corpora or benchmarks.  Standard library only.

Emphasis: long e-mail threads (quoted history, Outlook headers, forwards,
signatures, disclaimers) and multi-turn chats in which a value is asked for in
one turn and given in a later one.

Split rule: every text pool (templates, frames, greetings, signatures, header
formats, chat labels ...) and every value pool (names, streets, cities, brands,
password words, e-mail domains, companies) is dealt alternately by list index:
even index -> dev, odd index -> heldout.  The deal does not depend on the seed.
Random values come from one random.Random per half, seeded from --seed.

Usage: python3 generate_blind.py [--seed 20261214] [--n 860]
"""
import argparse
import base64
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = 'b16'
DEFAULT_SEED = 20261214
HALVES = ('dev', 'heldout')

HR_TYPES = ['password', 'pin', 'puk', 'otp', 'wifi_key', 'username', 'api_key', 'token',
            'card', 'cvv', 'iban', 'bsn']
MED_TYPES = ['card_expiry', 'email', 'phone', 'address', 'date_of_birth', 'ip_address',
             'customer_number']
TYPES = HR_TYPES + MED_TYPES
NEG_KINDS = ['amount', 'company_phone', 'company_registration', 'date', 'time', 'year',
             'error_code', 'flight_number', 'hashtag', 'mention', 'invoice_number',
             'order_number', 'ticket_number', 'tracking_number', 'meter_reading',
             'model_number', 'product_code', 'version_string', 'percentage', 'quantity',
             'url', 'masked_value']
CHANNELS = ['x_public', 'x_dm', 'facebook_comment', 'messenger', 'instagram_dm',
            'instagram_comment', 'whatsapp', 'telegram', 'email', 'agent_reply']
PUBLIC = {'x_public', 'facebook_comment', 'instagram_comment'}
LANG_L = {'en-gb': 'en', 'en-us': 'en', 'nl': 'nl', 'nl-be': 'vl', 'fr-be': 'fr'}
LANG_NAMEKEY = {'en-gb': 'uk', 'en-us': 'us', 'nl': 'nl', 'nl-be': 'vl', 'fr-be': 'fr'}
LANG_REGION = {'en-gb': 'uk', 'en-us': 'us', 'nl': 'nl', 'nl-be': 'be', 'fr-be': 'be'}
COMBO = {'login': ['username', 'password'], 'cardset': ['card', 'card_expiry', 'cvv'],
         'simset': ['pin', 'puk'], 'awspair': ['api_key'], 'details': ['date_of_birth', 'bsn']}


class NoCandidate(Exception):
    pass


class Retry(Exception):
    pass


# ---------------------------------------------------------------- checksums
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


def luhn_make(prefix, length, r):
    body = prefix + ''.join(r.choice('0123456789') for _ in range(length - len(prefix) - 1))
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_make(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)


def iban_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{8,30}', s):
        return False
    t = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in t)) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return tot % 11 == 0


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]', '', ascii_fold(s).lower())


def brand_slug(b):
    return slug(re.sub(r'\.(nl|be|io|co\.uk)$', '', b))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


# ---------------------------------------------------------------- pieces
class Piece:
    """Text plus labelled spans (type, start, end) and negatives (kind, start, end)."""
    __slots__ = ('text', 'spans', 'negs')

    def __init__(self, text='', spans=(), negs=()):
        self.text = text
        self.spans = list(spans)
        self.negs = list(negs)

    def __add__(self, o):
        if isinstance(o, str):
            o = Piece(o)
        n = len(self.text)
        return Piece(self.text + o.text,
                     self.spans + [(t, s + n, e + n) for t, s, e in o.spans],
                     self.negs + [(k, s + n, e + n) for k, s, e in o.negs])

    def __radd__(self, o):
        return Piece(o) + self

    def __len__(self):
        return len(self.text)


def pjoin(parts, sep):
    out = Piece()
    first = True
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            p = Piece(p)
        if not p.text:
            continue
        if not first:
            out = out + sep
        out = out + p
        first = False
    return out


def prefix_lines(p, fn):
    lines = p.text.split('\n')
    mp = [0] * (len(p.text) + 1)
    out = []
    o = nw = 0
    for line in lines:
        pre = fn(line)
        out.append(pre + line)
        nw += len(pre)
        for k in range(len(line) + 1):
            if o + k <= len(p.text):
                mp[o + k] = nw + k
        o += len(line) + 1
        nw += len(line) + 1
    return Piece('\n'.join(out),
                 [(t, mp[s], mp[e - 1] + 1) for t, s, e in p.spans],
                 [(k, mp[s], mp[e - 1] + 1) for k, s, e in p.negs])


def quote(p, style='sp'):
    if style == 'sp':      # "> > text"
        return prefix_lines(p, lambda l: '>' if l == '' else '> ')
    # "> text", nested ">> text"
    return prefix_lines(p, lambda l: '>' if (l == '' or l.startswith('>')) else '> ')


def cap(p):
    if p.text and p.text[0].islower() and not any(s == 0 for _, s, _ in p.spans):
        return Piece(p.text[0].upper() + p.text[1:], p.spans, p.negs)
    return p


# ================================================================ value pools
# Every list is dealt alternately: even index -> dev, odd index -> heldout.
V = {
    'first': {
        'nl': ['Sanne', 'Daan', 'Lotte', 'Jeroen', 'Femke', 'Bram', 'Eva', 'Ruben', 'Anouk', 'Thijs',
               'Marieke', 'Joost', 'Iris', 'Sven', 'Linda', 'Kees', 'Fleur', 'Wouter', 'Ilse', 'Niels',
               'Esther', 'Martijn', 'Yara', 'Mohammed', 'Fatima', 'Priya', 'Kevin', 'Naomi', 'Henk', 'Ria',
               'Gerrit', 'Mirjam'],
        'vl': ['Jens', 'Lien', 'Wout', 'Elke', 'Pieter', 'Fien', 'Kobe', 'Nele', 'Stijn', 'Hanne',
               'Bart', 'Griet', 'Tom', 'Ellen', 'Sander', 'Hilde', 'Dries', 'Jolien', 'Arne', 'Katrien',
               'Seppe', 'Annelies', 'Warre', 'Marijke', 'Rik', 'Veerle'],
        'fr': ['Julie', 'Mathieu', 'Camille', 'Antoine', 'Sophie', 'Nicolas', 'Chloé', 'Thomas', 'Manon',
               'Julien', 'Aurélie', 'Maxime', 'Céline', 'Olivier', 'Laura', 'François', 'Amélie',
               'Youssef', 'Inès', 'Benoît', 'Geneviève', 'Arnaud', 'Élodie', 'Quentin'],
        'uk': ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Poppy', 'Jack', 'Freya', 'Charlie', 'Evie',
               'Alfie', 'Imogen', 'Callum', 'Niamh', 'Rhys', 'Siobhan', 'Priyanka', 'Tariq', 'Gemma',
               'Declan', 'Fiona', 'Gareth'],
        'us': ['Emily', 'Jacob', 'Madison', 'Tyler', 'Ashley', 'Brandon', 'Hannah', 'Austin', 'Kayla',
               'Dylan', 'Brianna', 'Jordan', 'Megan', 'Carlos', 'Maria', 'DeShawn', 'Keisha', 'Ryan',
               'Lauren', 'Cody', 'Shelby', 'Trevor'],
    },
    'last': {
        'nl': ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
               'Bos', 'Vos', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
               'Smits', 'de Graaf', 'van der Meer', 'van den Berg', 'Kok', 'Verbeek', 'Yilmaz',
               'El Amrani', 'Koster', 'Prins', 'Huisman', 'Postma', 'Kuipers'],
        'vl': ['Peeters', 'Janssens', 'Maes', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
               'De Smet', 'Van den Broeck', 'Hermans', 'Aerts', 'Pauwels', 'Verstraeten', 'De Clercq',
               'Lambrechts', 'Van Damme', 'Verhoeven', 'Declercq', 'Coppens', 'Vandenberghe', 'Segers'],
        'fr': ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Leclercq', 'Simon', 'Laurent', 'Lejeune',
               'Renard', 'Collard', 'Fontaine', 'Delvaux', 'Gilson', 'Lemaire', 'Hubert', 'Denis',
               'Noël', 'Henrard', 'Piron', 'Mathy', 'Jacquet', 'Wilmotte'],
        'uk': ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts',
               'Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Patel', 'Khan', 'Clarke', 'Murphy',
               'Campbell', "O'Neill", 'Fletcher', 'Pritchard'],
        'us': ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Jackson',
               'White', 'Harris', 'Lewis', 'Lee', 'Hall', 'Allen', 'Young', 'Hernandez', 'King', 'Scott',
               'Green', 'Baker', 'Nguyen', 'Kowalski'],
    },
    'agent': {
        'nl': ['Lisa', 'Mark', 'Anouk', 'Rick', 'Demi', 'Jasper', 'Kim', 'Bas', 'Nadia', 'Tim'],
        'vl': ['Lore', 'Jonas', 'Emma', 'Ruben', 'Sofie', 'Bert', 'Leen', 'Koen'],
        'fr': ['Sarah', 'Maxence', 'Lucie', 'Damien', 'Océane', 'Romain', 'Marine', 'Loïc'],
        'en': ['Jess', 'Mike', 'Hayley', 'Sam', 'Chloe', 'Dan', 'Becky', 'Chris', 'Aisha', 'Luke'],
    },
    'street': {
        'nl': ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Lindenlaan', 'Beukenlaan',
               'Julianastraat', 'Wilhelminaplein', 'Achter de Hoven', 'Kerkplein', 'Oude Gracht',
               'Prinsengracht', 'Burgemeester Jansenstraat', 'Zuiderdiep', 'Hoofdstraat', 'Eikenhof',
               'Vondelstraat', 'Rozengaarde', 'Het Hoog', 'Lage Kant', 'Spoorsingel', 'Nieuwe Haven',
               'Polderweg', 'Zonnebloemstraat'],
        'vl': ['Stationsstraat', 'Grote Markt', 'Veldstraat', 'Kapelstraat', 'Steenweg op Gent',
               'Leuvensesteenweg', 'Kouter', 'Pastorijstraat', 'Molenstraat', 'Bosstraat', 'Nieuwstraat',
               'Heirweg', 'Brugsesteenweg', 'Kasteeldreef', 'Heidestraat', 'Schoolstraat', 'Lindelei',
               'Vrijheidstraat', 'Lange Kievitstraat', 'Guido Gezellelaan', 'Sint-Jansplein', 'Ter Linden'],
        'fr': ['Rue de la Station', 'Avenue Louise', 'Chaussée de Waterloo', 'Rue du Moulin',
               'Place Saint-Lambert', 'Rue des Écoles', "Boulevard d'Avroy", 'Rue de Namur',
               'Avenue des Combattants', 'Rue Haute', 'Chemin du Bois', "Rue de l'Église", 'Clos des Lilas',
               'Rue Royale', 'Quai de la Dérivation', 'Rue du Centre', 'Avenue de Tervueren',
               'Rue Saint-Gilles', 'Allée des Tilleuls', 'Rue Grétry'],
        'uk': ['Mill Lane', 'Church Road', 'Station Road', 'Victoria Street', 'Park Avenue', 'High Street',
               'Queens Road', 'Kings Crescent', 'Manor Close', 'The Green', 'Elm Grove', 'Chapel Street',
               'Windsor Terrace', 'Albert Road', 'Orchard Way', 'Meadow View', 'Castle Street',
               'Springfield Road', 'Beech Drive', 'Hillside Gardens'],
        'us': ['Maple Ave', 'Oak Street', 'Elm St', 'Pine Road', 'Cedar Lane', 'Washington Blvd',
               'Lincoln Ave', 'Sunset Drive', 'Lakeview Ct', 'Main St', 'Park Place', 'Ridge Road',
               'Highland Ave', 'Willow Way', 'Chestnut St', 'Madison Ave', 'Jefferson St', 'Spring Street',
               'Hillcrest Dr', 'River Rd'],
    },
    'city': {
        'nl': ['Amsterdam', 'Utrecht', 'Zwolle', 'Groningen', 'Haarlem', 'Eindhoven', 'Tilburg', 'Leiden',
               'Amersfoort', 'Arnhem', 'Breda', 'Delft', 'Deventer', 'Alkmaar', "'s-Hertogenbosch",
               'Nijmegen', 'Apeldoorn', 'Leeuwarden', 'Enschede', 'Dordrecht'],
        'vl': [('2000', 'Antwerpen'), ('9000', 'Gent'), ('3000', 'Leuven'), ('8000', 'Brugge'),
               ('2800', 'Mechelen'), ('3500', 'Hasselt'), ('8500', 'Kortrijk'), ('9300', 'Aalst'),
               ('2300', 'Turnhout'), ('1800', 'Vilvoorde'), ('3600', 'Genk'), ('9100', 'Sint-Niklaas'),
               ('2900', 'Schoten'), ('8400', 'Oostende')],
        'fr': [('1000', 'Bruxelles'), ('1050', 'Ixelles'), ('4000', 'Liège'), ('5000', 'Namur'),
               ('6000', 'Charleroi'), ('7000', 'Mons'), ('1300', 'Wavre'), ('1348', 'Louvain-la-Neuve'),
               ('4800', 'Verviers'), ('6700', 'Arlon'), ('7500', 'Tournai'), ('1400', 'Nivelles')],
        'uk': [('Leeds', 'LS'), ('Manchester', 'M'), ('Bristol', 'BS'), ('London', 'SE'), ('Birmingham', 'B'),
               ('Sheffield', 'S'), ('Cardiff', 'CF'), ('Edinburgh', 'EH'), ('Glasgow', 'G'),
               ('Norwich', 'NR'), ('Brighton', 'BN'), ('York', 'YO'), ('Nottingham', 'NG'),
               ('Reading', 'RG'), ('Oxford', 'OX'), ('Cambridge', 'CB'), ('Liverpool', 'L'),
               ('Newcastle upon Tyne', 'NE')],
        'us': [('Springfield', 'IL', '627'), ('Austin', 'TX', '787'), ('Denver', 'CO', '802'),
               ('Columbus', 'OH', '432'), ('Portland', 'OR', '972'), ('Raleigh', 'NC', '276'),
               ('Madison', 'WI', '537'), ('Tucson', 'AZ', '857'), ('Boise', 'ID', '837'),
               ('Albany', 'NY', '122'), ('Omaha', 'NE', '681'), ('Richmond', 'VA', '232'),
               ('Tampa', 'FL', '336'), ('Sacramento', 'CA', '958'), ('Nashville', 'TN', '372'),
               ('Des Moines', 'IA', '503')],
    },
    'domain': {
        'xx': ['gmail.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me', 'yahoo.com',
               'me.com', 'live.com'],
        'nl': ['ziggo.nl', 'kpnmail.nl', 'planet.nl', 'xs4all.nl', 'home.nl', 'live.nl', 'hetnet.nl',
               'casema.nl'],
        'be': ['telenet.be', 'skynet.be', 'proximus.be', 'hotmail.be', 'scarlet.be', 'live.be',
               'voo.be', 'outlook.be'],
        'uk': ['btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'sky.com', 'virginmedia.com',
               'talktalk.net', 'ntlworld.com', 'googlemail.com'],
        'us': ['aol.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'msn.com',
               'charter.net', 'cox.net'],
    },
    'company': {
        'nl': ['Bakkerij De Korenschoof', 'Installatiebedrijf Vermeer', 'Studio Lichtpunt',
               'Van Dijk Logistiek', 'Hoveniersbedrijf Groenrijk', 'Administratiekantoor Telgen',
               'Fietsenmakerij De Spaak', 'Praktijk Hoogland Fysiotherapie'],
        'be': ['Schrijnwerkerij Maes', 'Boekhoudkantoor Claes', 'Garage Verhulst', 'Atelier Dumont',
               'Menuiserie Lejeune', 'Cabinet Renard', 'Boulangerie Collard', 'Drukkerij Van Hecke'],
        'uk': ['Hartley & Sons Plumbing', 'Brightside Dental', 'Oakfield Accountancy', 'Penrose Print Ltd',
               'Wyvern Garden Design', 'Northgate Joinery', 'Copperleaf Catering', 'Ashdown Lettings'],
        'us': ['Maple Street Bakery', 'Redline Auto Repair', 'Summit Bookkeeping LLC', 'Bluebird Design Co.',
               'Lakeside Family Dental', 'Ironwood Roofing', 'Cornerstone Realty', 'Tidewater Marine Supply'],
    },
    'job': {
        'nl': ['Office manager', 'Eigenaar', 'Projectleider', 'Financieel administrateur', 'Inkoper',
               'Teamleider planning'],
        'vl': ['Zaakvoerder', 'Boekhouder', 'Projectleider', 'Verantwoordelijke aankoop', 'Office manager',
               'Technisch directeur'],
        'fr': ['Gérant', 'Comptable', 'Responsable administratif', 'Chef de projet', 'Assistante de direction',
               'Responsable achats'],
        'en': ['Office Manager', 'Director', 'Operations Lead', 'Finance Assistant', 'Practice Manager',
               'Head of Procurement'],
    },
    'pwword': {
        'nl': ['Zomer', 'Voorjaar', 'Fiets', 'Tulpen', 'Kaaskop', 'Feyenoord', 'Hondje', 'Poesje', 'Zonnetje',
               'Molen', 'Stroopwafel', 'Appeltaart', 'Oranje', 'Haring', 'Dikkertje', 'Klompen'],
        'vl': ['Frietje', 'Leeuw', 'Kabouter', 'Manneken', 'Speculoos', 'Zwaluw', 'Kasteel', 'Koekske',
               'Boterham', 'Duiveltje', 'Kermis', 'Smurf', 'Pralines', 'Wafel'],
        'fr': ['Soleil', 'Chocolat', 'Doudou', 'Bisous', 'Liberte', 'Gaufre', 'Frites', 'Papillon',
               'Etoile', 'Loulou', 'Tartine', 'Printemps', 'Cheval', 'Nounours'],
        'en': ['Summer', 'Dragon', 'Sunshine', 'Monkey', 'Football', 'Liverpool', 'Coffee', 'Rainbow',
               'Princess', 'Shadow', 'Tiger', 'Buster', 'Honey', 'Snoopy', 'Bailey', 'Pepper'],
    },
}

# Brands: fictional.  sector -> region -> list
BRANDS = {
    'telco': {'nl': ['Telvio', 'Belnet Mobiel', 'Glasvezel Noord', 'Kabelnet Plus'],
              'be': ['Telenix', 'Protel', 'Kabelvlaanderen', 'Mobilia'],
              'uk': ['Skyline Mobile', 'Albion Telecom', 'ThreeWay Mobile', 'Kestrel Broadband'],
              'us': ['Liberty Wireless', 'Prairie Cable', 'Bluewave Mobile', 'Summit Fiber']},
    'bank': {'nl': ['Noordbank', 'Spaarhuis Bank', 'ZuidBank', 'Kroonbank'],
             'be': ['Banque Lumière', 'Brabo Bank', 'Kredietkas', 'Banque du Sud'],
             'uk': ['Barrow Bank', 'Thames Building Society', 'Northgate Bank', 'Penny Lane Bank'],
             'us': ['Pioneer Bank', 'Granite Credit Union', 'First Lakeshore Bank', 'Redwood Savings']},
    'energy': {'nl': ['Stroomwerk', 'Energiek Nederland', 'Warmtehuis Energie', 'Polderstroom'],
               'be': ['Engivo', 'Lumivolt', 'Stroomvrij', 'Énergie Wallonne'],
               'uk': ['Britewatt Energy', 'Hearth & Home Energy', 'Channel Power', 'Moorland Gas'],
               'us': ['Evergreen Energy', 'Bayside Electric', 'Keystone Gas & Electric', 'Canyon Power']},
    'shop': {'nl': ['Kooplein', 'Pakjeshuis', 'Winkelwagen.nl', 'Huisenhaard Online'],
             'be': ['Colisbel', 'Winkelhuis.be', 'Achetez.be', 'Pakketje'],
             'uk': ['Shopwell', 'Parcel & Co', 'Basket.co.uk', 'Hearthside Home'],
             'us': ['CartHub', 'ShopFleet', 'Porchlight Home', 'Buyzilla']},
    'airline': {'nl': ['Tulip Airways', 'Dutchwing', 'Polderair', 'SkyOranje'],
                'be': ['Belvia Air', 'Flandria Air', 'Ardenne Airlines', 'Brussels Wings'],
                'uk': ['Albion Air', 'Highland Skyways', 'Crown Air', 'Solent Jet'],
                'us': ['Liberty Air', 'Coastline Airways', 'Eagle Jet', 'Mesa Skies']},
    'insurer': {'nl': ['Helder Verzekerd', 'Schildpolis', 'Zorgzaam Zorgverzekeringen', 'Dijkhuis Verzekeringen'],
                'be': ['Assurances Meuse', 'Verzekeringen Schelde', 'Mutualité Soleil', 'Mutualiteit De Brug'],
                'uk': ['Shield Mutual', 'Harbour Insurance', 'Lionheart Cover', 'Brackenbury Insurance'],
                'us': ['Guardian Oak Insurance', 'Harborview Mutual', 'Bluestone Insurance', 'Prairie Shield']},
    'gov': {'nl': ['Toeslagenloket', 'Zorgpunt NL', 'Uitkeringsloket', 'Loket Studiefinanciering'],
            'be': ['Fiscaal Loket', 'Guichet Citoyen', 'Vlaams Woonloket', 'Office des Pensions'],
            'uk': ['Council Tax Online', 'Parking Permits Portal', 'Student Loans Desk', 'Benefits Hub'],
            'us': ['DMV Online', 'Tax Help Portal', 'Unemployment Desk', 'Permit Center']},
    'saas': {'xx': ['Paylane', 'Mailgrid', 'Kassa.io', 'Shipwise', 'Cloudnest', 'Formbase', 'Webhooky',
                    'Datastroom', 'Invoicly', 'Bookable', 'Tessera Pay', 'Routekit']},
}


# ================================================================ calendars
MON = {
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
           'oktober', 'november', 'december'],
    'nl_s': ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
           'octobre', 'novembre', 'décembre'],
    'fr_s': ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December'],
    'en_s': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}
WD = {
    'nl': ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    'nl_s': ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'fr_s': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'en_s': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
}


def cal_key(L):
    return {'nl': 'nl', 'vl': 'nl', 'fr': 'fr', 'en': 'en'}[L]


FAM = {
    # sectors, high-risk give options, medium give options, askable key (bare answer allowed)
    'login':    dict(sectors=['shop', 'saas', 'telco', 'bank', 'energy', 'insurer', 'airline'],
                     hr=[['login'], ['login'], ['login'], ['username', 'password'], ['login', 'otp'],
                         ['login', 'email']],
                     med=[['email'], []], ask='username'),
    'pwreset':  dict(sectors=['shop', 'bank', 'telco', 'insurer', 'energy'],
                     hr=[['password'], ['password', 'password.new'], ['password', 'email'],
                         ['login'], ['password', 'customer_number']],
                     med=[['email'], []], ask='email'),
    'otp':      dict(sectors=['bank', 'shop', 'telco', 'saas', 'airline', 'insurer'],
                     hr=[['otp'], ['otp'], ['otp', 'otp.2'], ['otp', 'phone'], ['login', 'otp']],
                     med=[['phone'], []], ask='otp'),
    'card':     dict(sectors=['shop', 'airline', 'telco'],
                     hr=[['cardset'], ['cardset'], ['cardset'], ['card', 'cvv'], ['cardset', 'address'],
                         ['card', 'card_expiry', 'cvv']],
                     med=[['address'], []], ask=None),
    'pin':      dict(sectors=['bank'],
                     hr=[['pin'], ['pin'], ['pin', 'customer_number'], ['pin', 'card'], ['pin', 'pin.app']],
                     med=[['customer_number'], ['date_of_birth']], ask=None),
    'sim':      dict(sectors=['telco'],
                     hr=[['simset'], ['puk'], ['simset'], ['puk', 'customer_number'], ['puk', 'pin']],
                     med=[['date_of_birth'], ['customer_number']], ask=None),
    'wifi':     dict(sectors=['telco'],
                     hr=[['wifi_key'], ['wifi_key'], ['wifi_key', 'customer_number'], ['wifi_key', 'wifi_key.old']],
                     med=[['customer_number'], ['address']], ask='wifi_key'),
    'apikey':   dict(sectors=['saas'],
                     hr=[['api_key'], ['api_key'], ['awspair'], ['api_key', 'api_key.2'], ['api_key', 'ip_address']],
                     med=[['ip_address'], ['email']], ask=None),
    'token':    dict(sectors=['saas'],
                     hr=[['token'], ['token'], ['token', 'token.refresh'], ['token', 'api_key'], ['token', 'email']],
                     med=[['email'], ['ip_address']], ask=None),
    'iban':     dict(sectors=['energy', 'insurer', 'shop', 'telco'],
                     hr=[['iban'], ['iban'], ['iban', 'customer_number'], ['iban', 'address']],
                     med=[['customer_number'], ['address']], ask='iban'),
    'bsn':      dict(sectors=['gov', 'insurer'],
                     hr=[['bsn'], ['bsn'], ['bsn', 'date_of_birth'], ['details'], ['bsn', 'bsn.rel']],
                     med=[['date_of_birth'], ['customer_number']], ask='bsn'),
    'move':     dict(sectors=['energy', 'telco', 'insurer'],
                     hr=[['address', 'iban'], ['address.new', 'customer_number', 'iban']],
                     med=[['address.new', 'customer_number'], ['address.new'], ['address.new', 'address', 'phone']],
                     ask='address.new'),
    'meter':    dict(sectors=['energy'], hr=[['customer_number', 'iban']],
                     med=[['customer_number'], ['customer_number', 'address']], ask='customer_number'),
    'order':    dict(sectors=['shop'], hr=[['cardset']],
                     med=[['address'], ['phone'], ['address', 'phone'], []], ask='address'),
    'flight':   dict(sectors=['airline'], hr=[['cardset'], ['iban']],
                     med=[['date_of_birth'], ['date_of_birth', 'phone'], ['email', 'phone'], ['date_of_birth', 'email']],
                     ask='date_of_birth'),
    'claim':    dict(sectors=['insurer'], hr=[['customer_number', 'iban'], ['iban']],
                     med=[['customer_number'], ['customer_number', 'date_of_birth'], ['customer_number', 'phone']],
                     ask='customer_number'),
    'contact':  dict(sectors=['bank', 'telco', 'energy', 'shop'], hr=[['email', 'otp'], ['phone', 'otp']],
                     med=[['email', 'phone'], ['email'], ['phone'], ['email', 'email.old']], ask='email'),
    'network':  dict(sectors=['telco', 'saas'], hr=[['ip_address', 'wifi_key'], ['ip_address', 'api_key']],
                     med=[['ip_address'], ['ip_address', 'customer_number'], ['ip_address', 'ip_address.2']],
                     ask='ip_address'),
    'invoice':  dict(sectors=['telco', 'energy', 'shop', 'saas'], hr=[['iban']], med=[[], ['customer_number']],
                     ask=None),
    'apperror': dict(sectors=['bank', 'telco', 'shop', 'airline'], hr=[['login']], med=[[], []], ask=None),
}
HR_FAMS = ['login', 'pwreset', 'otp', 'card', 'pin', 'sim', 'wifi', 'apikey', 'token', 'iban', 'bsn']


# ================================================================ context and value generators
B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
STICKER = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
HEX = '0123456789abcdef'
CHAN_WORD = {
    'en': {'whatsapp': 'WhatsApp', 'messenger': 'Messenger', 'instagram_dm': 'Instagram', 'telegram': 'Telegram',
           'x_dm': 'DM', 'email': 'e-mail', 'agent_reply': 'chat', 'x_public': 'a public post',
           'facebook_comment': 'a public comment', 'instagram_comment': 'a public comment'},
    'nl': {'whatsapp': 'WhatsApp', 'messenger': 'Messenger', 'instagram_dm': 'Instagram', 'telegram': 'Telegram',
           'x_dm': 'een DM', 'email': 'de mail', 'agent_reply': 'de chat', 'x_public': 'een openbaar bericht',
           'facebook_comment': 'een openbare reactie', 'instagram_comment': 'een openbare reactie'},
    'fr': {'whatsapp': 'WhatsApp', 'messenger': 'Messenger', 'instagram_dm': 'Instagram', 'telegram': 'Telegram',
           'x_dm': 'message privé', 'email': 'e-mail', 'agent_reply': 'chat', 'x_public': 'un message public',
           'facebook_comment': 'un commentaire public', 'instagram_comment': 'un commentaire public'},
}


def digits(r, n, first_nonzero=False):
    s = ''.join(r.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = r.choice('123456789') + s[1:]
    return s


def rand_from(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


class Ctx:
    def __init__(self, gen, half, r, lang, channel, mode, fam):
        self.gen = gen
        self.half = half
        self.r = r
        self.lang = lang
        self.L = LANG_L[lang]
        self.region = LANG_REGION[lang]
        if fam == 'bsn' and self.L == 'en':
            self.region = 'nl'          # expat in the Netherlands
        self.nk = LANG_NAMEKEY[lang]
        self.channel = channel
        self.mode = mode
        self.fam = fam
        self.allowed = set() if mode == 'nospan' else (set(MED_TYPES) if mode == 'medium' else set(TYPES))
        self.slots = {}
        self.negslots = {}
        self.tids = []
        self.frames = []
        self.used = set()
        sectors = [s for s in FAM[fam]['sectors'] if not (s == 'gov' and self.region != 'nl')]
        self.sector = r.choice(sectors)
        breg = 'xx' if self.sector == 'saas' else self.region
        self.brand = r.choice(self.hv(BRANDS[self.sector], breg))
        self.first = r.choice(self.hv(V['first'], self.nk))
        self.last = r.choice(self.hv(V['last'], self.nk))
        akey = self.L if self.L != 'en' else 'en'
        self.agent = r.choice(self.hv(V['agent'], akey))
        self.agent_last = r.choice(self.hv(V['last'], self.nk))
        self.company = r.choice(self.hv(V['company'], self.region))
        self.job = r.choice(self.hv(V['job'], self.L))
        self.cityrec = r.choice(self.hv(V['city'], self.addr_key()))
        base = dt.date(2024, 9, 1) + dt.timedelta(days=r.randrange(0, 420))
        t1 = base + dt.timedelta(days=r.randint(1, 4))
        t2 = t1 + dt.timedelta(days=r.randint(0, 6))
        t3 = t2 + dt.timedelta(days=r.randint(0, 3))
        self.tdates = {'t0': base, 't1': t1, 't2': t2, 't3': t3}
        self.clock = (r.randint(7, 21), r.randint(0, 59))

    # -------------------------------------------------- pools
    def hv(self, d, key):
        lst = d[key]
        return [x for i, x in enumerate(lst) if i % 2 == self.half]

    def addr_key(self):
        if self.region == 'be':
            return 'fr' if self.L == 'fr' else 'vl'
        return self.region

    def pick(self, pool, key='_', allowed=None, L=None):
        L = L or self.L
        try:
            lst = P[pool][key][L]
        except KeyError:
            raise NoCandidate('%s/%s/%s missing' % (pool, key, L))
        allowed = self.allowed if allowed is None else allowed
        cands = [(i, t) for i, t in enumerate(lst) if i % 2 == self.half and types_in(t) <= allowed]
        if not cands:
            raise NoCandidate('%s/%s/%s half %d' % (pool, key, L, self.half))
        i, t = self.r.choice(cands)
        self.tids.append('%s/%s/%s#%d' % (pool, key, L, i))
        return t

    def pick_new(self, pool, key='_', used=None):
        """Pick a template not in `used` (a set of template texts), recording it there."""
        used = self.used if used is None else used
        for _ in range(15):
            t = self.pick(pool, key)
            if t not in used:
                break
            self.tids.pop()
        else:
            t = self.pick(pool, key)
        used.add(t)
        return t

    def has(self, pool, key='_', L=None):
        return key in P.get(pool, {}) and (L or self.L) in P[pool][key]

    # -------------------------------------------------- words
    def word(self, name, var=None):
        r = self.r
        if name == 'name':
            return '%s %s' % (self.first, self.last)
        if name == 'first':
            return self.first
        if name == 'last':
            return self.last
        if name == 'agent':
            return self.agent
        if name == 'agent_full':
            return '%s %s' % (self.agent, self.agent_last)
        if name == 'agent_ini':
            return (self.agent[0] + self.agent_last.replace('de ', '').replace('van ', '')[0]).upper()
        if name == 'brand':
            return self.brand
        if name == 'brandslug':
            return slug(self.brand)
        if name == 'city':
            c = self.cityrec
            return c if isinstance(c, str) else c[1] if self.region == 'be' else c[0]
        if name == 'company':
            return self.company
        if name == 'job':
            return self.job
        if name == 'chan':
            return CHAN_WORD[cal_key(self.L)][self.channel]
        if name == 'ssid':
            if 'ssid' not in self.slots:
                b = brand_slug(self.brand)
                self.slots['ssid'] = r.choice([
                    '%s-%s' % (b.capitalize(), digits(r, 4)), '%s_5G_%s' % (b.upper(), rand_from(r, 'ABCDEF0123456789', 4)),
                    '%s-WiFi-%s' % (self.brand.split()[0], rand_from(r, 'ABCDEF0123456789', 4)),
                    '%sHome%s' % (b.capitalize(), digits(r, 3))])
            return self.slots['ssid']
        if name == 'rel_first':
            return r.choice(self.hv(V['first'], self.nk))
        raise KeyError(name)

    # -------------------------------------------------- labelled values
    def val(self, t, slot=None, var=None):
        key = (t, slot)
        if t == 'email':
            if key not in self.slots:
                self.slots[key] = self.g_email_parts(slot)
            return self.fmt_email(self.slots[key], var)
        if t == 'address':
            if key not in self.slots:
                self.slots[key] = self.g_address_parts(slot)
            return self.fmt_address(self.slots[key], var)
        if key not in self.slots:
            fn = getattr(self, 'g_' + t)
            self.slots[key] = fn(slot, var)
        return self.slots[key]

    def person_for(self, slot):
        if slot in ('rel', 'cc', 'old2', 'partner'):
            return r_first_last(self)
        return self.first, self.last

    def g_username(self, slot, var):
        r = self.r
        f, l = self.person_for(slot)
        f, l = slug(f), slug(l)
        yy = str(r.randint(60, 99)) if r.random() < 0.6 else str(r.randint(0, 9)).zfill(2)
        yyyy = str(r.randint(1962, 2004))
        shapes = [f[0] + l + yy, f + '.' + l, f + '_' + l[0], f.capitalize() + l[0].upper() + yyyy[2:],
                  l + '.' + f[0], f + l, f + str(r.randint(1, 999)), f[0] + '.' + l, l + f[0] + str(r.randint(10, 99)),
                  f + '_' + l + '_' + yy, f.upper()[:1] + l.capitalize() + yyyy, 'the' + f + yy,
                  f + '-' + l[:4], l.capitalize() + f.capitalize()]
        return r.choice(shapes)

    def g_password(self, slot, var):
        r = self.r
        words = self.hv(V['pwword'], self.L)
        w, w2 = r.sample(words, 2)
        sym = r.choice('!@#$%&*?')
        yr = str(r.randint(1975, 2025))
        k = r.randrange(12)
        if k == 0:
            return w + yr + sym
        if k == 1:
            return w.lower() + digits(r, r.randint(2, 4))
        if k == 2:
            return w + w2 + digits(r, 2)
        if k == 3:
            leet = w.replace('o', '0').replace('e', '3').replace('a', '@').replace('i', '1')
            return leet + sym + yr[2:]
        if k == 4:
            pool = B62 + '!#$%&*'
            s = rand_from(r, pool, r.randint(9, 14))
            return r.choice(B62[:52]) + s + r.choice('0123456789')
        if k == 5:
            return slug(self.first) + yr
        if k == 6:
            return w + r.choice('&+_-') + w2 + digits(r, 2)
        if k == 7:
            return '-'.join(x.lower() for x in r.sample(words, 3)) + '-' + digits(r, 1)
        if k == 8:
            return w.upper() + yr
        if k == 9:
            return w + '_' + yr + sym
        if k == 10:
            return sym + w + digits(r, 3) + r.choice('xyzq')
        return w[:4].lower() + digits(r, 2) + w2[:4].upper() + sym + digits(r, 1)

    def g_otp(self, slot, var):
        r = self.r
        k = r.random()
        d6 = digits(r, 6)
        if var == 'plain' or k < 0.55:
            return d6
        if k < 0.65:
            return d6[:3] + ' ' + d6[3:]
        if k < 0.72:
            return d6[:3] + '-' + d6[3:]
        if k < 0.80:
            return r.choice('GKMT') + '-' + d6
        if k < 0.90:
            return digits(r, r.choice([4, 5, 8]), True)
        return rand_from(r, STICKER, 6)

    def g_pin(self, slot, var):
        r = self.r
        if slot == 'app' or var == 'app':
            return digits(r, r.choice([5, 6]))
        return digits(r, 4)

    def g_puk(self, slot, var):
        r = self.r
        d = digits(r, 8, True)
        return d[:4] + ' ' + d[4:] if r.random() < 0.12 else d

    def g_wifi_key(self, slot, var):
        r = self.r
        k = r.randrange(9)
        if k == 0:
            return rand_from(r, STICKER, 12)
        if k == 1:
            return rand_from(r, 'abcdefghijkmnpqrstuvwxyz23456789', 16)
        if k == 2:
            return rand_from(r, '0123456789ABCDEF', r.choice([10, 26]))
        if k == 3:
            words = self.hv(V['pwword'], self.L)
            return r.choice(words) + r.choice(words).lower() + digits(r, 4)
        if k == 4:
            return rand_from(r, B62, r.randint(8, 12)) + r.choice('0123456789')
        if k == 5:
            return '-'.join(rand_from(r, STICKER, 4) for _ in range(3))
        if k == 6:
            return digits(r, r.choice([12, 16, 20]), True)
        if k == 7:
            words = self.hv(V['pwword'], self.L)
            return r.choice(words).lower() + r.choice(['huis', 'home', 'maison', 'plant', 'zolder']) + digits(r, 3)
        return rand_from(r, 'abcdefghjkmnpqrstuvwxyz', 4) + '-' + rand_from(r, 'abcdefghjkmnpqrstuvwxyz', 4) + '-' + digits(r, 4)

    def g_api_key(self, slot, var):
        r = self.r
        if var == 'aws_id':
            return 'AKIA' + rand_from(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)
        if var == 'aws_secret':
            return rand_from(r, B62 + '/+', 39) + r.choice(B62)
        k = r.randrange(11)
        if k == 0:
            return 'sk_live_' + rand_from(r, B62, 24)
        if k == 1:
            return 'pk_live_' + rand_from(r, B62, 24)
        if k == 2:
            return 'rk_live_' + rand_from(r, B62, 24)
        if k == 3:
            return 'ck_' + rand_from(r, HEX, 40)
        if k == 4:
            return 'cs_' + rand_from(r, HEX, 40)
        if k == 5:
            return 'api_' + rand_from(r, B62, 32)
        if k == 6:
            return 'AIza' + rand_from(r, B62 + '_-', 34) + r.choice(B62)
        if k == 7:
            return 'SG.' + rand_from(r, B62 + '_-', 21) + r.choice(B62) + '.' + rand_from(r, B62 + '_-', 42) + r.choice(B62)
        if k == 8:
            return rand_from(r, HEX, 32)
        if k == 9:
            return 'key-' + rand_from(r, HEX, 32)
        return 'sk_test_' + rand_from(r, B62, 24)

    def g_token(self, slot, var):
        r = self.r
        k = r.randrange(9)
        if k in (0, 1):
            hdr = b64u(json.dumps({'alg': r.choice(['HS256', 'RS256']), 'typ': 'JWT'}, separators=(',', ':')).encode())
            pl = b64u(json.dumps({'sub': digits(r, 7), 'iat': 1730000000 + r.randrange(9 ** 7),
                                  'exp': 1740000000 + r.randrange(9 ** 7),
                                  'scope': r.choice(['read write', 'orders:read', 'api'])},
                                 separators=(',', ':')).encode())
            return hdr + '.' + pl + '.' + rand_from(r, B62 + '-_', 42) + r.choice(B62)
        if k == 2:
            return 'ghp_' + rand_from(r, B62, 36)
        if k == 3:
            return 'github_pat_11' + rand_from(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20) + '_' + rand_from(r, B62, 59)
        if k == 4:
            return r.choice(['xoxb-', 'xoxp-']) + digits(r, 12, True) + '-' + digits(r, 13, True) + '-' + rand_from(r, B62, 24)
        if k == 5:
            return 'glpat-' + rand_from(r, B62 + '_-', 19) + r.choice(B62)
        if k == 6:
            return rand_from(r, HEX, 40)
        if k == 7:
            return rand_from(r, B62 + '-_', 47) + r.choice(B62)
        return 'rt_' + rand_from(r, B62, 40)

    def g_card(self, slot, var):
        r = self.r
        reg = self.region
        kinds = {'nl': ['visa', 'mc', 'maestro', 'visa', 'mc'], 'be': ['visa', 'mc', 'bancontact', 'maestro', 'visa'],
                 'uk': ['visa', 'mc', 'amex', 'visa'], 'us': ['visa', 'mc', 'amex', 'discover', 'visa']}[reg]
        kind = r.choice(kinds)
        if kind == 'visa':
            num = luhn_make('4', 16, r)
        elif kind == 'mc':
            num = luhn_make(r.choice(['51', '52', '53', '54', '55', '2221', '2720', '2300']), 16, r)
        elif kind == 'amex':
            num = luhn_make(r.choice(['34', '37']), 15, r)
        elif kind == 'discover':
            num = luhn_make('6011', 16, r)
        elif kind == 'bancontact':
            num = luhn_make('6703', 17, r)
        else:
            num = luhn_make(r.choice(['6759', '6761', '5018']), r.choice([16, 16, 19]), r)
        self.slots[('cardkind', slot)] = kind
        if kind == 'amex':
            sizes = [4, 6, 5]
        else:
            sizes = [4] * (len(num) // 4)
        k = r.random()
        if k < 0.45:
            return group(num, sizes, ' ')
        if k < 0.55:
            return group(num, sizes, '  ')
        if k < 0.70:
            return group(num, sizes, '-')
        if k < 0.90:
            return num
        return group(num, sizes, ' - ') if kind != 'amex' else group(num, sizes, '-')

    def g_cvv(self, slot, var):
        if self.slots.get(('cardkind', slot)) == 'amex':
            return digits(self.r, 4)
        return digits(self.r, 3)

    def g_card_expiry(self, slot, var):
        r = self.r
        m = r.randint(1, 12)
        y = r.randint(26, 31)
        return r.choice(['%02d/%02d' % (m, y), '%02d-20%02d' % (m, y), '%02d%02d' % (m, y), '%02d/20%02d' % (m, y),
                         '%02d / %02d' % (m, y), '%d/%02d' % (m, y), '%02d.%02d' % (m, y), '%02d-%02d' % (m, y)])

    def g_iban(self, slot, var):
        r = self.r
        reg = self.region
        if r.random() < 0.15 or reg == 'us':
            cc = r.choice(['DE', 'FR', 'ES', 'LU', 'IE', 'DE', 'FR'])
        else:
            cc = {'nl': 'NL', 'be': 'BE', 'uk': 'GB'}[reg]
        if cc == 'NL':
            bban = r.choice(['ABNA', 'RABO', 'INGB', 'KNAB', 'TRIO', 'ASNB', 'SNSB', 'BUNQ', 'RBRB']) + digits(r, 10)
        elif cc == 'BE':
            b10 = digits(r, 10, True)
            c = int(b10) % 97 or 97
            bban = b10 + '%02d' % c
        elif cc == 'DE':
            bban = digits(r, 18, True)
        elif cc == 'FR':
            bank, branch, acct = digits(r, 5, True), digits(r, 5), digits(r, 11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = bank + branch + acct + '%02d' % key
        elif cc == 'GB':
            bban = r.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA']) + digits(r, 14)
        elif cc == 'ES':
            bank, branch, acct = digits(r, 4, True), digits(r, 4), digits(r, 10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return {11: 0, 10: 1}.get(v, v)
            bban = bank + branch + str(dc('00' + bank + branch)) + str(dc(acct)) + acct
        elif cc == 'LU':
            bban = digits(r, 3) + rand_from(r, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 13)
        else:  # IE
            bban = r.choice(['AIBK', 'BOFI', 'IPBS']) + digits(r, 14)
        ib = iban_make(cc, bban)
        k = r.random()
        if k < 0.5:
            return group(ib, [4] * 9, ' ')
        if k < 0.7:
            return ib
        if k < 0.8:
            return (group(ib, [4] * 9, ' ') if r.random() < 0.5 else ib).lower()
        if k < 0.9:
            return ib[:2] + ' ' + ib[2:4] + ' ' + group(ib[4:], [4] * 8, ' ')
        return group(ib, [4] * 9, '-') if cc != 'NL' else ib[:4] + ' ' + ib[4:8] + ' ' + ib[8:]

    def g_bsn(self, slot, var):
        r = self.r
        while True:
            d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
            c = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
            if c < 10:
                s = ''.join(map(str, d)) + str(c)
                break
        k = r.random()
        if k < 0.6:
            return s
        if k < 0.8:
            return s[:4] + '.' + s[4:6] + '.' + s[6:]
        if k < 0.92:
            return s[:3] + ' ' + s[3:6] + ' ' + s[6:]
        return s[:3] + '-' + s[3:6] + '-' + s[6:]

    def g_customer_number(self, slot, var):
        r = self.r
        k = r.randrange(10)
        if k == 0:
            return digits(r, 9, True)
        if k == 1:
            return 'KL-' + digits(r, 7, True) if self.L in ('nl', 'vl') else 'C-' + digits(r, 7)
        if k == 2:
            return digits(r, 4, True) + '-' + digits(r, 4) + '-' + digits(r, 2)
        if k == 3:
            return digits(r, 10, True)
        if k == 4:
            return r.choice(['CU', 'AC', 'KN', 'CL']) + digits(r, 8)
        if k == 5:
            return digits(r, 3, True) + ' ' + digits(r, 3) + ' ' + digits(r, 3)
        if k == 6:
            return digits(r, 7, True)
        if k == 7:
            return digits(r, 2, True) + '.' + digits(r, 3) + '.' + digits(r, 3)
        if k == 8:
            return r.choice(['P', 'POL', 'M']) + '-' + digits(r, 6, True) + '-' + digits(r, 2)
        return digits(r, 12, True)

    def g_date_of_birth(self, slot, var):
        r = self.r
        y = r.randint(1944, 2006) if slot != 'rel' else r.randint(2004, 2012)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        ck = cal_key(self.L)
        if self.lang == 'en-us':
            opts = ['%02d/%02d/%d' % (m, d, y), '%s %d, %d' % (MON['en'][m - 1], d, y), '%d/%d/%02d' % (m, d, y % 100),
                    '%d-%02d-%02d' % (y, m, d), '%s %d %d' % (MON['en_s'][m - 1], d, y)]
        elif ck == 'en':
            suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
            opts = ['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MON['en'][m - 1], y), '%d%s %s %d' % (d, suf, MON['en'][m - 1], y),
                    '%02d.%02d.%02d' % (d, m, y % 100), '%d %s %d' % (d, MON['en_s'][m - 1], y)]
        elif ck == 'fr':
            opts = ['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MON['fr'][m - 1], y), '%02d-%02d-%d' % (d, m, y),
                    '%02d.%02d.%d' % (d, m, y), '%d/%d/%02d' % (d, m, y % 100)]
        elif self.L == 'vl':
            opts = ['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MON['nl'][m - 1], y), '%02d.%02d.%02d' % (d, m, y % 100),
                    '%d/%02d/%d' % (d, m, y)]
        else:
            opts = ['%02d-%02d-%d' % (d, m, y), '%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MON['nl'][m - 1], y),
                    '%d-%d-%02d' % (d, m, y % 100), '%d-%02d-%02d' % (y, m, d), '%02d.%02d.%d' % (d, m, y),
                    '%d %s %d' % (d, MON['nl_s'][m - 1].rstrip('.'), y)]
        return r.choice(opts)

    def g_ip_address(self, slot, var):
        r = self.r
        k = r.random()
        if k < 0.12:
            return '2a02:%s:%s:%s::%s' % (rand_from(r, HEX, 4), rand_from(r, HEX, 4), rand_from(r, HEX, 4),
                                          rand_from(r, HEX, r.randint(1, 4)).lstrip('0') or '1')
        if k < 0.3:
            a = r.choice(['203.0.113', '198.51.100', '192.0.2'])
            return '%s.%d' % (a, r.randint(2, 254))
        first = r.choice([31, 37, 62, 77, 80, 81, 82, 84, 85, 86, 87, 91, 92, 94, 109, 145, 176, 178, 185, 188,
                          195, 212, 213, 217])
        return '%d.%d.%d.%d' % (first, r.randint(1, 254), r.randint(0, 254), r.randint(1, 254))

    def g_phone(self, slot, var):
        r = self.r
        reg = self.region
        if reg == 'nl':
            if r.random() < 0.12:
                d = digits(r, 7, True)
                return r.choice(['020-%s' % d, '020 %s %s' % (d[:3], d[3:]), '+31 20 %s %s' % (d[:3], d[3:])])
            d = '1' + digits(r, 7)
            return r.choice(['06-%s' % d, '06%s' % d, '06 %s' % d, '06 - %s' % d,
                             '06 %s %s %s %s' % (d[:2], d[2:4], d[4:6], d[6:]), '+31 6 %s %s' % (d[:4], d[4:]),
                             '+316%s' % d, '0031 6 %s' % d, '(06) %s %s' % (d[:4], d[4:]),
                             '06-%s %s %s %s' % (d[:2], d[2:4], d[4:6], d[6:]), '+31 (0)6 %s' % d])
        if reg == 'be':
            p = r.choice(['470', '471', '472', '473', '474', '475', '476', '477', '478', '479', '484', '485', '486',
                          '487', '488', '489', '490', '491', '492', '493', '494', '495', '496', '497', '498', '499'])
            d = digits(r, 6)
            return r.choice(['0%s/%s.%s.%s' % (p, d[:2], d[2:4], d[4:]), '0%s %s %s %s' % (p, d[:2], d[2:4], d[4:]),
                             '0%s/%s' % (p, d), '+32 %s %s %s %s' % (p, d[:2], d[2:4], d[4:]), '+32%s%s' % (p, d),
                             '0032 %s %s' % (p, d), '0%s-%s-%s-%s' % (p, d[:2], d[2:4], d[4:]),
                             '0%s.%s.%s.%s' % (p, d[:2], d[2:4], d[4:]), '0%s %s' % (p, d)])
        if reg == 'uk':
            if r.random() < 0.15:
                d = digits(r, 3)
                return r.choice(['020 7946 0%s' % d, '+44 20 7946 0%s' % d, '(020) 7946 0%s' % d])
            d = digits(r, 3)
            return r.choice(['07700 900%s' % d, '07700900%s' % d, '+44 7700 900%s' % d, '+44 (0)7700 900%s' % d,
                             '07700-900-%s' % d, '+447700900%s' % d, '07700 900 %s' % d])
        area = r.choice(['212', '312', '415', '512', '617', '303', '614', '503', '919', '608', '520', '702'])
        d = '01' + digits(r, 2)
        return r.choice(['(%s) 555-%s' % (area, d), '%s.555.%s' % (area, d), '%s-555-%s' % (area, d),
                         '+1 %s 555 %s' % (area, d), '1-%s-555-%s' % (area, d), '(%s)555-%s' % (area, d),
                         '+1 (%s) 555-%s' % (area, d)])

    def g_email_parts(self, slot):
        r = self.r
        f, l = self.person_for(slot)
        f, l = slug(f), slug(l)
        yy = '%02d' % r.randint(60, 99) if r.random() < 0.7 else '%02d' % r.randint(0, 9)
        local = r.choice([f + '.' + l, f[0] + '.' + l, f + l + yy, l + '.' + f, f + '_' + l[0], f + yy,
                          f[0] + l, f + '.' + l + yy, l + f[0], f + '-' + l])
        if slot in ('work',):
            dom = slug(self.company) + {'nl': '.nl', 'be': '.be', 'uk': '.co.uk', 'us': '.com'}[self.region]
            local = r.choice([f, f + '.' + l, f[0] + '.' + l])
        else:
            pool = self.hv(V['domain'], 'xx') + self.hv(V['domain'], self.region)
            dom = r.choice(pool)
        return (local, dom)

    def fmt_email(self, parts, var):
        local, dom = parts
        r = self.r
        if var == 'obf':
            name, _, tld = dom.rpartition('.')
            word_at = {'nl': 'at', 'vl': 'at', 'fr': 'arobase', 'en': 'at'}[self.L]
            word_dot = {'nl': 'punt', 'vl': 'punt', 'fr': 'point', 'en': 'dot'}[self.L]
            return r.choice(['%s @ %s' % (local, dom), '%s at %s %s %s' % (local, name, word_dot, tld),
                             '%s[at]%s' % (local, dom), '%s (at) %s' % (local, dom),
                             '%s %s %s.%s' % (local, word_at, name, tld), '%s@ %s' % (local, dom)])
        if var == 'upper':
            return ('%s@%s' % (local, dom)).capitalize()
        return '%s@%s' % (local, dom)

    def g_address_parts(self, slot):
        r = self.r
        key = self.addr_key()
        street = r.choice(self.hv(V['street'], key))
        city = r.choice(self.hv(V['city'], key)) if slot else self.cityrec
        num = str(r.randint(1, 240))
        parts = {'key': key, 'street': street, 'num': num, 'city': city}
        if key == 'nl':
            parts['num'] += r.choice(['', '', '', 'a', '-2', ' B', '-1', 'A'])
            parts['pc'] = '%d%s%s' % (r.randint(1011, 9999), r.choice(['', ' ']), rand_from(r, 'ABCEGHJKLMNPRTVWXZ', 2))
        elif key in ('vl', 'fr'):
            if r.random() < 0.25:
                parts['num'] += (' bus ' if key == 'vl' else r.choice([' bte ', ' boîte '])) + str(r.randint(1, 12))
            parts['pc'] = city[0]
        elif key == 'uk':
            parts['flat'] = 'Flat %d, ' % r.randint(1, 9) if r.random() < 0.2 else ''
            parts['pc'] = '%s%d %d%s' % (city[1], r.randint(1, 19), r.randint(1, 9), rand_from(r, 'ABDEFGHJLNPQRSTUWXYZ', 2))
        else:
            parts['num'] = str(r.randint(100, 9899))
            parts['apt'] = r.choice(['', '', ', Apt %d%s' % (r.randint(1, 30), r.choice(['', 'B', 'C'])), ' #%d' % r.randint(2, 40)])
            parts['pc'] = city[2] + digits(r, 2)
        parts['style'] = r.random()
        return parts

    def fmt_address(self, p, var):
        key = p['key']
        if key == 'nl':
            line1 = '%s %s' % (p['street'], p['num'])
            line2 = '%s %s' % (p['pc'], p['city'] if isinstance(p['city'], str) else p['city'])
            if p['style'] < 0.15 and var != 'ml':
                line2 = '%s %s' % (p['pc'], p['city'].upper())
        elif key == 'vl':
            line1 = '%s %s' % (p['street'], p['num'])
            line2 = '%s %s' % (p['city'][0], p['city'][1])
        elif key == 'fr':
            line1 = ('%s, %s' % (p['num'], p['street'][0].lower() + p['street'][1:])) if p['style'] < 0.3 and ' b' not in p['num'] \
                else '%s %s' % (p['street'], p['num'])
            line2 = '%s %s' % (p['city'][0], p['city'][1])
        elif key == 'uk':
            line1 = '%s%s %s' % (p.get('flat', ''), p['num'], p['street'])
            line2 = '%s %s' % (p['city'][0], p['pc'])
        else:
            line1 = '%s %s%s' % (p['num'], p['street'], p['apt'])
            line2 = '%s, %s %s' % (p['city'][0], p['city'][1], p['pc'])
        if var == 'street':
            return line1
        if var == 'ml':
            return line1 + '\n' + line2
        sep = ', ' if p['style'] < 0.75 else ' '
        if key == 'us':
            sep = ', '
        return line1 + sep + line2

    # -------------------------------------------------- masks (negatives)
    def mask(self, t, slot=None):
        r = self.r
        if t == 'card':
            v = re.sub(r'\D', '', self.val('card', slot))
            return r.choice(['**** **** **** %s' % v[-4:], 'xxxx-xxxx-xxxx-%s' % v[-4:], '•••• %s' % v[-4:],
                             '************%s' % v[-4:], 'XXXX XXXX XXXX %s' % v[-4:]])
        if t == 'iban':
            v = re.sub(r'\s|-', '', self.val('iban', slot)).upper()
            return r.choice(['%s** **** **** **%s' % (v[:2], v[-2:]), '%s **** **** **** %s' % (v[:4], v[-2:] + '**'),
                             '%s************%s' % (v[:2], v[-4:]), '%sXX XXXX XXXX XX%s' % (v[:2], v[-2:])])
        if t in ('api_key', 'token'):
            v = self.val(t, slot)
            m = re.match(r'^(sk_live_|pk_live_|rk_live_|sk_test_|ck_|cs_|api_|AKIA|AIza|SG\.|ghp_|github_pat_|xoxb-|xoxp-|glpat-|key-|rt_)', v)
            pre = m.group(1) if m else ''
            return pre + '*' * r.randint(8, 20) + v[-4:]
        if t == 'phone':
            v = self.val('phone', slot)
            dg = re.sub(r'\D', '', v)
            return r.choice(['%s******%s' % (v[:3], dg[-2:]), '*** *** *%s' % dg[-3:], '%s•••••%s' % (v[:4], dg[-2:])])
        if t == 'email':
            local, dom = self.slots.get(('email', slot)) or self.g_email_parts(slot)
            self.slots[('email', slot)] = (local, dom)
            return r.choice(['%s***@%s' % (local[0], dom), '%s*****%s@%s' % (local[0], local[-1], dom)])
        if t == 'customer_number':
            v = re.sub(r'\W', '', self.val('customer_number', slot))
            return '*' * max(3, len(v) - 3) + v[-3:]
        if t == 'bsn':
            v = re.sub(r'\D', '', self.val('bsn', slot))
            return '*****' + v[-4:]
        if t == 'date_of_birth':
            return r.choice(['**-**-****', '**/**/****', 'XX-XX-XXXX'])
        if t == 'ip_address':
            v = self.val('ip_address', slot)
            return '.'.join(v.split('.')[:2]) + '.***.***' if '.' in v else v.split(':')[0] + ':****:****::****'
        if t == 'username':
            v = self.val('username', slot)
            return v[0] + '*' * max(4, len(v) - 2) + v[-1]
        if t == 'address':
            return r.choice(['**********', '[adres afgeschermd]' if self.L in ('nl', 'vl') else '*** ***** **'])
        n = {'pin': 4, 'cvv': 3, 'puk': 8, 'otp': 6}.get(t, r.randint(8, 12))
        return r.choice(['*' * n, '•' * n, 'x' * n if t in ('pin', 'cvv') else '*' * n])


def r_first_last(ctx):
    r = ctx.r
    f = r.choice(ctx.hv(V['first'], ctx.nk))
    return f, ctx.last if r.random() < 0.6 else r.choice(ctx.hv(V['last'], ctx.nk))


# ================================================================ negatives
MODELS = {
    'router': ['H369A', 'Fritz!Box 7590', 'Fritz!Box 7530 AX', 'TP-Link Archer C6', 'Archer AX55', 'Connect Box',
               'Experia Box v10', 'Zyxel VMG8825-T50', 'Huawei B535-232', 'Sagemcom 5370e', 'Netgear Nighthawk R7000',
               'Deco M5', 'Smart Wifi Pod 2', 'Hub 6', 'Giga Box'],
    'phone': ['iPhone 15 Pro', 'iPhone 13 mini', 'iPhone SE', 'Galaxy A54', 'Galaxy S23', 'Galaxy A14', 'Pixel 8a',
              'Pixel 7', 'Moto g84', 'Redmi Note 13', 'Nokia G22', 'OnePlus Nord 3', 'Fairphone 5', 'Xperia 10 V',
              'iPhone 12', 'Galaxy S21 FE'],
    'other': ['iPad Air', 'MacBook Air M2', 'ThinkPad T14', 'Surface Pro 9', 'Apple Watch Series 9', 'Kindle Paperwhite',
              'Galaxy Tab S9', 'Chromebook 314'],
}
HASHTAGS = {
    'en': ['#fail', '#customerservice', '#outage', '#help', '#notimpressed', '#fixit', '#stillwaiting', '#broadband'],
    'nl': ['#storing', '#klantenservice', '#fail', '#wachten', '#geduld', '#internet', '#boos', '#slechteservice'],
    'vl': ['#storing', '#klantendienst', '#zucht', '#internet', '#nietcontent', '#help'],
    'fr': ['#panne', '#serviceclient', '#rasleBol', '#help', '#toujoursrien', '#internet'],
}


def fmt_date(ctx, d, var):
    L, lang, r = ctx.L, ctx.lang, ctx.r
    ck = cal_key(L)
    m, dd, y, wd = d.month, d.day, d.year, d.weekday()
    if var == 'hdr':
        if ck == 'nl':
            return '%s %d %s %d' % (WD['nl_s'][wd], dd, MON['nl_s'][m - 1], y)
        if ck == 'fr':
            return '%s %d %s %d' % (WD['fr_s'][wd], dd, MON['fr_s'][m - 1], y)
        if lang == 'en-us':
            return '%s, %s %d, %d' % (WD['en_s'][wd], MON['en_s'][m - 1], dd, y)
        return '%s, %d %s %d' % (WD['en_s'][wd], dd, MON['en_s'][m - 1], y)
    if var == 'long':
        if ck == 'nl':
            return '%s %d %s %d' % (WD['nl'][wd], dd, MON['nl'][m - 1], y)
        if ck == 'fr':
            return '%s %d %s %d' % (WD['fr'][wd], dd, MON['fr'][m - 1], y)
        if lang == 'en-us':
            return '%s, %s %d, %d' % (WD['en'][wd], MON['en'][m - 1], dd, y)
        return '%s, %d %s %d' % (WD['en'][wd], dd, MON['en'][m - 1], y)
    if var == 'num':
        if lang == 'en-us':
            return '%d/%d/%d' % (m, dd, y)
        if L == 'nl':
            return '%02d-%02d-%d' % (dd, m, y)
        return '%02d/%02d/%d' % (dd, m, y)
    if var == 'wa':
        if lang == 'en-us':
            return '%d/%d/%02d' % (m, dd, y % 100)
        if L == 'nl':
            return '%02d-%02d-%d' % (dd, m, y)
        return '%02d/%02d/%d' % (dd, m, y)
    if var == 'tg':
        return '%02d.%02d.%02d' % (dd, m, y % 100)
    # free text
    k = r.random()
    if ck == 'en':
        if lang == 'en-us':
            opts = ['%s %d' % (MON['en'][m - 1], dd), '%s %d, %d' % (MON['en'][m - 1], dd, y), '%d/%d' % (m, dd),
                    '%d/%d/%d' % (m, dd, y)]
        else:
            opts = ['%d %s' % (dd, MON['en'][m - 1]), '%d %s %d' % (dd, MON['en'][m - 1], y), '%02d/%02d/%d' % (dd, m, y),
                    '%d %s' % (dd, MON['en_s'][m - 1])]
    elif ck == 'fr':
        opts = ['%d %s' % (dd, MON['fr'][m - 1]), '%d %s %d' % (dd, MON['fr'][m - 1], y), '%02d/%02d/%d' % (dd, m, y),
                '%02d/%02d' % (dd, m)]
    else:
        opts = ['%d %s' % (dd, MON['nl'][m - 1]), '%d %s %d' % (dd, MON['nl'][m - 1], y),
                ('%02d-%02d-%d' if L == 'nl' else '%d/%02d/%d') % (dd, m, y), ('%d-%d' if L == 'nl' else '%d/%d') % (dd, m)]
    return opts[int(k * len(opts))]


def fmt_time(ctx, h, mi, var=None):
    r, L, lang = ctx.r, ctx.L, ctx.lang
    if var == 'sec':
        return '%02d:%02d:%02d' % (h, mi, r.randint(0, 59))
    if var == 'hdr' or var == 'plain':
        if lang == 'en-us' and var == 'hdr':
            return '%d:%02d %s' % ((h - 1) % 12 + 1, mi, 'AM' if h < 12 else 'PM')
        return '%02d:%02d' % (h, mi) if var == 'hdr' else '%d:%02d' % (h, mi)
    k = r.random()
    if L == 'fr' and k < 0.5:
        return '%dh%02d' % (h, mi)
    if L == 'vl' and k < 0.3:
        return '%du%02d' % (h, mi)
    if L == 'nl' and k < 0.2:
        return '%d.%02d uur' % (h, mi)
    if lang == 'en-us' and k < 0.6:
        return '%d:%02d%s' % ((h - 1) % 12 + 1, mi, r.choice([' PM', 'pm', ' p.m.']) if h >= 12 else r.choice([' AM', 'am']))
    if lang == 'en-gb' and k < 0.25:
        return '%d.%02d%s' % ((h - 1) % 12 + 1, mi, 'pm' if h >= 12 else 'am')
    return '%02d:%02d' % (h, mi)


def kbo(r):
    b = '0' + digits(r, 7, True)
    return b + '%02d' % (97 - int(b) % 97)


def neg_value(ctx, kind, slot=None, var=None):
    r, L, lang, reg = ctx.r, ctx.L, ctx.lang, ctx.region
    if kind == 'date':
        d = ctx.tdates.get(slot) or (ctx.tdates['t0'] - dt.timedelta(days=r.randint(1, 60)))
        return fmt_date(ctx, d, var)
    if kind == 'time':
        h, mi = ctx.clock
        mi += r.randint(1, 9)
        h, mi = (h + mi // 60) % 24, mi % 60
        ctx.clock = (h, mi)
        return fmt_time(ctx, h, mi, var)
    if kind == 'year':
        return str(r.randint(2006, 2024))
    if kind == 'amount':
        if var == 'monthly':
            v = r.randint(6, 140) + r.choice([0, .5, .95, .99, .25])
        else:
            v = r.choice([r.randint(3, 99) + r.choice([0, .5, .95, .99, .25]), r.randint(100, 1900) + r.choice([0, .5, .99])])
        s_en = '{:,.2f}'.format(v)
        s_eu = s_en.replace(',', 'X').replace('.', ',').replace('X', '.')
        if reg == 'uk':
            return r.choice(['£' + s_en, '£%s' % s_en.replace('.00', ''), 'GBP ' + s_en])
        if reg == 'us':
            return r.choice(['$' + s_en, '$%s' % s_en.replace('.00', ''), 'USD ' + s_en])
        if L == 'fr':
            return r.choice([s_eu + ' €', s_eu + '€', s_eu + ' euros', 'EUR ' + s_eu])
        return r.choice(['€ ' + s_eu, '€' + s_eu, s_eu + ' euro', 'EUR ' + s_eu, '€ ' + s_eu.replace(',00', ',-')])
    if kind == 'company_phone':
        if reg == 'nl':
            return r.choice(['0800-%s' % digits(r, 4), '0800 %s %s' % (digits(r, 3), digits(r, 4)),
                             '088 %s %s' % (digits(r, 3), digits(r, 4)), '088-%s' % digits(r, 7), '0900-%s' % digits(r, 4),
                             '0900 %s %s' % (digits(r, 3), digits(r, 4)), '+31 88 %s %s' % (digits(r, 3), digits(r, 4))])
        if reg == 'be':
            return r.choice(['078 %s %s %s' % (digits(r, 2), digits(r, 2), digits(r, 2)), '078/%s.%s.%s' % (digits(r, 2), digits(r, 2), digits(r, 2)),
                             '0800 %s %s' % (digits(r, 2), digits(r, 3)), '070 %s %s' % (digits(r, 3), digits(r, 3)),
                             '+32 78 %s %s %s' % (digits(r, 2), digits(r, 2), digits(r, 2))])
        if reg == 'uk':
            return r.choice(['0345 %s %s' % (digits(r, 3), digits(r, 4)), '03457 %s %s' % (digits(r, 3), digits(r, 3)),
                             '0800 %s %s' % (digits(r, 3), digits(r, 4)), '0330 %s %s' % (digits(r, 3), digits(r, 4)),
                             '0808 %s %s' % (digits(r, 3), digits(r, 4))])
        return r.choice(['1-800-555-01%s' % digits(r, 2), '1 (800) 555-01%s' % digits(r, 2), '(888) 555-01%s' % digits(r, 2),
                         '1-877-555-01%s' % digits(r, 2), '800.555.01%s' % digits(r, 2)])
    if kind == 'company_registration':
        v = var or {'nl': r.choice(['kvk', 'vat']), 'be': r.choice(['kbo', 'vat']), 'uk': r.choice(['companyno', 'vat']),
                    'us': 'ein'}[reg]
        if v == 'kvk':
            return digits(r, 8, True)
        if v == 'kbo':
            k = kbo(r)
            return r.choice(['%s.%s.%s' % (k[:4], k[4:7], k[7:]), k, 'BE %s.%s.%s' % (k[:4], k[4:7], k[7:])])
        if v == 'vat':
            if reg == 'nl':
                return 'NL%sB%02d' % (digits(r, 9, True), r.randint(1, 9))
            if reg == 'be':
                k = kbo(r)
                return r.choice(['BE%s' % k, 'BE %s.%s.%s' % (k[:4], k[4:7], k[7:]), 'BE-%s' % k])
            if reg == 'uk':
                return 'GB %s %s %s' % (digits(r, 3, True), digits(r, 4), digits(r, 2))
            return '%s-%s' % (digits(r, 2, True), digits(r, 7))
        if v == 'companyno':
            return r.choice(['0%s' % digits(r, 7), 'SC%s' % digits(r, 6), digits(r, 8, True)])
        return '%s-%s' % (digits(r, 2, True), digits(r, 7))
    if kind == 'error_code':
        if var == 'http':
            return r.choice(['HTTP 401', '401 Unauthorized', '403 Forbidden', 'HTTP 403', '429 Too Many Requests',
                             'HTTP 500', '502 Bad Gateway', 'invalid_api_key', 'token_expired', 'HTTP 400'])
        return r.choice(['E-%s' % digits(r, 4, True), 'E%s' % digits(r, 3, True), 'ERR_%s' % r.choice(['504', 'AUTH_07', 'NETWORK', 'SSL_PROTOCOL']),
                         '0x8007%s' % rand_from(r, '0123456789ABCDEF', 4), 'F%s' % digits(r, 3, True),
                         'NW-2-%d' % r.randint(1, 9), 'S7%s' % digits(r, 3), 'AUTH-%s' % digits(r, 3, True),
                         'fout %s' % digits(r, 3, True)
                         if L in ('nl', 'vl') else 'erreur %s' % digits(r, 3, True) if L == 'fr' else 'error %s' % digits(r, 3, True),
                         'DNS_PROBE_FINISHED_NXDOMAIN', 'HTTP %s' % r.choice(['500', '503', '401'])])
    if kind == 'flight_number':
        words = [w for w in re.findall(r'[A-Za-z]+', ascii_fold(ctx.brand)) if w.lower() not in ('air', 'airways', 'airlines')]
        code = (words[0][:2] if words else 'XQ').upper()
        if code in ('AI', 'AA', 'KL'):
            code = 'Q' + code[1]
        return r.choice(['%s%d' % (code, r.randint(100, 9899)), '%s %d' % (code, r.randint(100, 9899)), '%s%04d' % (code, r.randint(1, 999))])
    if kind == 'hashtag':
        if r.random() < 0.25:
            return '#' + re.sub(r'\W', '', ascii_fold(ctx.brand))
        return r.choice(HASHTAGS[L])
    if kind == 'mention':
        b = re.sub(r'\W', '', ascii_fold(re.sub(r'\.(nl|be|io|co\.uk)$', '', ctx.brand)))
        suf = r.choice({'nl': ['', 'Care', 'NL', 'Helpt', '_Webcare'], 'vl': ['', 'BE', 'Help', '_Klantendienst'],
                        'fr': ['', 'BE', 'Aide', '_SAV'], 'en': ['', 'Care', 'Help', 'Support', 'UK' if reg == 'uk' else 'US']}[L])
        return '@' + b + suf
    if kind == 'invoice_number':
        y = r.choice(['2024', '2025'])
        return r.choice(['F%s-%s' % (y, digits(r, 6)), 'INV-%s' % digits(r, 5, True), '%s%s' % (y, digits(r, 6)),
                         'FA-%s/%s' % (y[2:], digits(r, 5)), 'VF%s%s' % (y[2:], digits(r, 7)), '%s/INV/%s' % (y, digits(r, 4)),
                         '%s' % digits(r, 10, True)])
    if kind == 'order_number':
        return r.choice(['#%s' % digits(r, 9, True), digits(r, 10, True), '%s-%s-%s' % (digits(r, 3, True), digits(r, 7), digits(r, 4)),
                         'ORD-%s' % digits(r, 5, True), 'BST-2025-%s' % digits(r, 5), '%s-%s-%s' % (rand_from(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2), digits(r, 4), digits(r, 4)),
                         'W00%s' % digits(r, 8), 'BK-%s' % digits(r, 8, True)])
    if kind == 'ticket_number':
        return r.choice(['#%s' % digits(r, 7, True), 'CAS-%s-%s' % (digits(r, 5), rand_from(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)),
                         '2025-%s' % digits(r, 7), 'SR1-%s' % digits(r, 10), '%s/%s' % (r.choice(['24', '25']), digits(r, 5)),
                         'REF-%s-%s' % (r.choice(['NL', 'BE', 'UK', 'US'][:1] if reg == 'nl' else [reg.upper()]), digits(r, 6)),
                         '00%s' % digits(r, 6, True), 'INC%s' % digits(r, 7), 'TKT-%s' % digits(r, 5, True), '[#%s]' % digits(r, 6, True)])
    if kind == 'tracking_number':
        if reg == 'nl':
            return r.choice(['3S%s%s' % (rand_from(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4), digits(r, 9)), 'JVGL%s' % digits(r, 16),
                             'CD%sNL' % digits(r, 9)])
        if reg == 'be':
            return r.choice(['3232%s' % digits(r, 20), 'JJD%s' % digits(r, 13), 'CD%sBE' % digits(r, 9)])
        if reg == 'uk':
            return r.choice(['RB%sGB' % digits(r, 9), 'JD%s' % digits(r, 16), 'H%s' % rand_from(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 15)])
        return r.choice(['1Z%s%s' % (rand_from(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6), digits(r, 10)),
                         '9400 1%s %s %s %s %s %s' % (digits(r, 3), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 2)),
                         digits(r, 12, True)])
    if kind == 'meter_reading':
        return r.choice([digits(r, 6), '%s,%s' % (digits(r, 5), digits(r, 1)), '%d.%s' % (r.randint(1, 60), digits(r, 3)),
                         str(r.randint(1000, 99999)), '%s,%s' % (digits(r, 5), digits(r, 3))])
    if kind == 'model_number':
        v = r.choice(MODELS[var] if var in MODELS else MODELS['phone'] + MODELS['router'] + MODELS['other'])
        ctx.last_model = v
        return v
    if kind == 'product_code':
        if r.random() < 0.5:
            b = r.choice(['871', '872', '540', '541', '500', '400', '0']) + digits(r, 9)
            b = b[:12]
            c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b)) % 10) % 10
            return b + str(c)
        return r.choice(['%s-%s-%d' % (digits(r, 4, True), r.choice(['BLK', 'WHT', 'NVY', 'GRY']), r.randint(36, 46)),
                         '%s%s' % (rand_from(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3), digits(r, 5)), 'SKU-%s' % digits(r, 6, True)])
    if kind == 'version_string':
        app = '%d.%d.%d' % (r.randint(2, 12), r.randint(0, 40), r.randint(0, 9))
        if var == 'app':
            return r.choice([app, 'v' + app, app + ' (%s)' % digits(r, 4, True)])
        if var == 'mobile':
            if 'iPhone' in getattr(ctx, 'last_model', 'iPhone'):
                return r.choice(['iOS %d.%d.%d' % (r.randint(16, 18), r.randint(0, 6), r.randint(1, 3)), 'iOS %d.%d' % (r.randint(16, 18), r.randint(0, 6))])
            if 'Galaxy' in getattr(ctx, 'last_model', ''):
                return r.choice(['Android %d' % r.randint(12, 15), 'One UI %d.%d' % (r.randint(5, 7), r.randint(0, 1))])
            return r.choice(['Android %d' % r.randint(11, 15), 'Android %d.0' % r.randint(12, 14)])
        if var == 'sdk':
            return r.choice(['v' + app, app, 'SDK ' + app, 'API v%d' % r.randint(1, 4)])
        return r.choice(['iOS %d.%d.%d' % (r.randint(16, 18), r.randint(0, 6), r.randint(1, 3)), 'iOS %d.%d' % (r.randint(16, 18), r.randint(0, 6)),
                         'Android %d' % r.randint(11, 15), app, 'v' + app, 'Windows 11 %s' % r.choice(['23H2', '24H2', '22H2']),
                         'build 10.0.%d.%d' % (r.randint(19041, 26100), r.randint(1000, 4999)), 'One UI %d.%d' % (r.randint(5, 7), r.randint(0, 1)),
                         'macOS %d.%d' % (r.randint(13, 15), r.randint(0, 6))])
    if kind == 'percentage':
        n = r.choice([5, 8, 10, 12, 15, 20, 21, 25, 30, 40, 50, 6, 9])
        return r.choice(['%d%%' % n, '%d %%' % n, '%d,5%%' % n if L != 'en' else '%d.5%%' % n])
    if kind == 'quantity':
        th = '.' if L != 'en' else ','
        if var == 'speed' or (var == 'plan' and r.random() < 0.6):
            return r.choice(['%d Mbps' % r.choice([50, 100, 200, 500, 1000]), '%d Mbit/s' % r.choice([150, 400, 750]), '1 Gbit/s',
                             '%d Mb/s' % r.choice([100, 300])])
        if var in ('data', 'plan'):
            return r.choice(['%d GB' % r.choice([5, 10, 20, 50, 100]), '%d GB' % r.choice([12, 25, 40]), '%d GB' % r.choice([8, 15, 30])])
        if var == 'energy':
            return r.choice(['%d%s%03d kWh' % (r.randint(1, 5), th, r.randint(0, 999)), '%d m³' % r.randint(400, 2200), '%d kWh' % r.randint(150, 900)])
        return r.choice(['%d GB' % r.choice([5, 10, 20, 50, 100, 200]), '%d Mbps' % r.choice([50, 100, 200, 500, 1000]),
                         '%d%s%03d kWh' % (r.randint(1, 5), th, r.randint(0, 999)), '%d m³' % r.randint(400, 2200),
                         '%d Mbit/s' % r.choice([150, 400, 750]), '1 Gbit/s', '%d GB' % r.choice([12, 25, 40]),
                         '%d kWh' % r.randint(150, 900)])
    if kind == 'url':
        tld = {'nl': 'nl', 'be': 'be', 'uk': 'co.uk', 'us': 'com'}[reg]
        if var == 'company':
            return r.choice(['www.%s.%s' % (slug(ctx.company), tld), 'https://%s.%s' % (slug(ctx.company), tld)])
        b = brand_slug(ctx.brand)
        if ctx.sector == 'saas':
            return r.choice(['https://api.%s.io/v2/%s' % (b, r.choice(['charges', 'orders', 'webhooks', 'customers'])),
                             'https://dashboard.%s.io/settings/keys' % b, 'status.%s.io' % b, 'https://docs.%s.dev/auth' % b,
                             'https://api.%s.com/v1/messages' % b])
        paths = {'nl': ['inloggen', 'klantenservice', 'mijn-account', 'storingen', 'wachtwoord-vergeten'],
                 'vl': ['aanmelden', 'klantendienst', 'mijn-account', 'storingen'],
                 'fr': ['fr/aide', 'fr/connexion', 'fr/espace-client', 'fr/pannes'],
                 'en': ['login', 'help', 'account', 'status', 'reset-password']}[L]
        return r.choice(['https://www.%s.%s/%s' % (b, tld, r.choice(paths)), 'www.%s.%s/%s' % (b, tld, r.choice(paths)),
                         '%s.%s' % (b, tld), 'https://mijn.%s.%s' % (b, tld) if L in ('nl', 'vl') else 'https://my.%s.%s' % (b, tld)])
    if kind == 'masked_value':
        return r.choice(['********', '•••••••', '**** **** **** %s' % digits(r, 4), 'NL** **** **** **%s' % digits(r, 2),
                         'BE** **** **** %s' % digits(r, 4), '******%s' % digits(r, 3), 'xxxx-xxxx-xxxx-%s' % digits(r, 4)])
    raise KeyError(kind)


# ================================================================ rendering
PH = re.compile(r'\{([@!~]?)([A-Za-z_]+)(?:\.([A-Za-z0-9_]+))?(?::([A-Za-z0-9_]+))?\}')
_TYPES_CACHE = {}


def frame_types(key):
    if key not in _TYPES_CACHE:
        _TYPES_CACHE[key] = set()
        acc = set()
        for L, lst in P['give'][key].items():
            for t in lst:
                acc |= types_in(t)
        _TYPES_CACHE[key] = acc
    return _TYPES_CACHE[key]


def types_in(tmpl):
    out = set()
    for m in PH.finditer(tmpl):
        pre, name = m.group(1), m.group(2)
        if pre == '@':
            out |= frame_types(name)
        elif pre == '' and name in TYPES:
            out.add(name)
    return out


def render(ctx, tmpl, extra=None):
    out = Piece()
    pos = 0
    for m in PH.finditer(tmpl):
        out = out + tmpl[pos:m.start()]
        pre, name, slot, var = m.groups()
        if pre == '@':
            out = out + render_frame(ctx, name, slot)
        elif pre == '!':
            if slot and (name, slot, var) in ctx.negslots:
                v = ctx.negslots[(name, slot, var)]
            else:
                v = neg_value(ctx, name, slot, var)
                if slot:
                    ctx.negslots[(name, slot, var)] = v
            out = out + Piece(v, [], [(name, 0, len(v))])
        elif pre == '~':
            v = ctx.mask(name, slot)
            out = out + Piece(v, [], [('masked_value', 0, len(v))])
        elif name in TYPES:
            v = ctx.val(name, slot, var)
            out = out + Piece(v, [(name, 0, len(v))])
        elif name.isupper():
            x = (extra or {})[name]
            out = out + (x if isinstance(x, Piece) else Piece(x))
        else:
            out = out + ctx.word(name, var)
        pos = m.end()
    return out + tmpl[pos:]


def rename_slot(tmpl, types, slot):
    for t in types:
        tmpl = re.sub(r'\{(~?)' + t + r'(?=[:}])', '{\\g<1>' + t + '.' + slot, tmpl)
    return tmpl


def render_frame(ctx, key, slot=None, bare=False):
    if bare:
        f = ctx.pick('bare', '_', allowed=set(TYPES))
        ctx.frames.append((key, 'bare:' + ctx.tids[-1]))
        f = f.replace('{X}', '{%s%s}' % (key, '.' + slot if slot else ''))
        return render(ctx, f)
    f = ctx.pick('give', key, allowed=set(TYPES))
    for t in COMBO.get(key, [key]):
        ctx.frames.append((t, ctx.tids[-1]))
    if slot:
        f = rename_slot(f, COMBO.get(key, [key]), slot)
    return render(ctx, f)


def split_key(k):
    return k.split('.', 1) if '.' in k else (k, None)


# ================================================================ text pools
# P[pool][key][L] -> list of templates.  Index parity decides the half.
P = defaultdict(dict)

P['give'] = {
    'password': {
        'en': ['my password is {password}', 'password: {password}', 'pw {password}',
               "{password} is the password I've been using", 'I even reset it to {password} and it still fails',
               "tried {password} (that's my current password)", 'passwrd = {password}', 'new pass is {password}',
               'the pasword I set yesterday was {password}', 'login password {password}',
               'pass: {password}', 'password is still {password} as far as I know', 'password "{password}" (without the quotes)', 'pwd -> {password}'],
        'nl': ['mijn wachtwoord is {password}', 'wachtwoord: {password}', 'ww {password}', '{password} is mijn ww',
               'wachtwood is {password}', 'heb het wachtwoord veranderd in {password}', 'ik typ gewoon {password} in',
               'nieuwe ww = {password}', 'het wachtwoord ({password}) klopt echt', 'password {password}',
               'wachtw. {password}', 'mn wachtwoord is nog steeds {password}', "wachtwoord '{password}' (zonder de aanhalingstekens)", 'ww -> {password}'],
        'vl': ['mijn paswoord is {password}', 'paswoord: {password}', "'t paswoord is {password}",
               'ik heb {password} als paswoord gezet', 'paswrd {password}', 'wachtwoord is nog altijd {password}',
               'pw = {password}', 'het paswoord dat ik ingeef is {password}'],
        'fr': ['mon mot de passe est {password}', 'mdp : {password}', 'mot de passe {password}',
               "j'ai mis {password} comme mot de passe", "le mdp c'est {password}", 'mot de pase: {password}',
               'password {password} (celui de d\'habitude)', 'nouveau mot de passe = {password}'],
    },
    'login': {
        'en': ['username {username}, password {password}', 'login: {username} / {password}',
               'credentials: {username}:{password}', 'user: {username}\npass: {password}',
               'I log in as {username} with {password}', "{username} / {password} is what I'm typing",
               'my login is {username} and the pw is {password}', 'acct {username} pwd {password}',
               "{username} {password} that's right isn't it??", 'User ID: {username}\nPassword: {password}'],
        'nl': ['gebruikersnaam {username} en wachtwoord {password}', 'inloggen met {username} en ww {password}',
               'inlog {username} pw={password}', 'gebruikesnaam: {username}\nwachtwoord: {password}',
               '{username} / {password}', 'login {username} ww {password}',
               'ik log in met {username}, wachtwood {password}', 'kan niet inloggen, {username} {password} klopt toch',
               'gebruiker: {username} | wachtwoord: {password}', 'inlognaam {username} met als wachtwoord {password}'],
        'vl': ['mijn login is {username} en paswoord {password}', 'gebruikersnaam: {username} - paswoord: {password}',
               '{username} met paswoord {password}', 'login = {username}, pw = {password}',
               'ik geef {username} in en dan {password}', 'aanmelden met {username} / {password}'],
        'fr': ['identifiant : {username} / mot de passe : {password}', 'login {username} mdp {password}',
               "mon identifiant c'est {username} et le mot de passe {password}", 'utilisateur: {username}\nmdp: {password}',
               '{username} + {password}', 'je me connecte avec {username} et {password}'],
    },
    'username': {
        'en': ['username is {username}', 'my user name: {username}', 'login name {username}', 'user ID {username}',
               'the account username is {username}', 'usr: {username}', '{username} is the username', 'my login: {username}'],
        'nl': ['gebruikersnaam: {username}', 'mijn gebruikersnaam is {username}', 'inlognaam {username}',
               'gebruikesnaam {username}', 'login: {username}', 'gebruikersnaam is {username} (zonder hoofdletters)', '{username} is mijn gebruikersnaam', 'mijn login: {username}'],
        'vl': ['mijn login is {username}', 'gebruikersnaam is {username}', 'mijn gebruikersnaam: {username}',
               'login {username}'],
        'fr': ["mon identifiant est {username}", "nom d'utilisateur : {username}", 'login : {username}',
               "l'identifiant c'est {username}"],
    },
    'otp': {
        'en': ['the code I got is {otp}', 'verification code: {otp}', 'OTP {otp}', 'SMS code {otp}',
               'got {otp} by text', '2FA code is {otp}', 'code {otp} came in at {!time}',
               '{otp} is the code from the text', 'one-time code: {otp}', 'login code {otp}',
               'the app shows {otp} as the code', 'verifcation code {otp}', 'code is *{otp}*', 'the text says: Your code is {otp}. Do not share it'],
        'nl': ['de code is {otp}', 'verificatiecode: {otp}', 'sms-code {otp}', 'ik kreeg {otp}',
               'verificatiecdoe {otp}', '{otp} is de code uit de sms', 'eenmalige code {otp}',
               'bevestigingscode {otp}', 'code ontvangen om {!time}: {otp}', 'de inlogcode was {otp}',
               'sms code: {otp}', 'de code die ik net kreeg: {otp}', 'code: *{otp}*', 'in de sms staat: Je code is {otp}. Deel deze code met niemand'],
        'vl': ['ik kreeg code {otp} binnen', 'de sms-code was {otp}', 'code: {otp}', 'de verificatiecode is {otp}',
               "'k heb {otp} gekregen", 'bevestigingscode {otp}', 'de code van de sms is {otp}', 'code {otp} om {!time}', "'t is *{otp}*", 'de sms zegt: uw code is {otp}'],
        'fr': ['le code reçu est {otp}', 'code de vérification : {otp}', 'code SMS {otp}', "j'ai reçu {otp} par SMS",
               'code {otp}', "le code à usage unique c'est {otp}", 'code de confirmation {otp}', 'code reçu à {!time} : {otp}', 'code : *{otp}*', 'le SMS dit : Votre code est {otp}. Ne le partagez pas'],
    },
    'pin': {
        'en': ['my PIN is {pin}', 'PIN: {pin}', "I'm entering {pin} which is definitely right", 'card PIN {pin}',
               'the pin for the app is {pin}', '{pin} is my pin', 'pin number {pin}', 'app passcode {pin}',
               'PIN code {pin}', 'my pn is {pin}'],
        'nl': ['mijn pincode is {pin}', 'pincode: {pin}', 'pin {pin}', 'pincdoe {pin}', 'ik toets {pin} in',
               '{pin} is mijn pincode', 'de pincode van mijn pas is {pin}', 'app-pincode {pin}',
               'pincode (echt zeker) {pin}', 'mijn pin is gewoon {pin}'],
        'vl': ['mijn pincode is {pin}', 'pin = {pin}', 'ik tik {pin} in', 'de geheime code is {pin}',
               'mijn code van de bankkaart is {pin}', 'pincode {pin}', 'geheime code: {pin}', 'pinkode {pin}'],
        'fr': ['mon code PIN est {pin}', 'code secret : {pin}', 'je tape {pin}', "le code de ma carte c'est {pin}",
               'PIN {pin}', 'code pin: {pin}', 'mon code secret est {pin}', 'code {pin} (je suis sûre)'],
    },
    'puk': {
        'en': ['PUK {puk}', 'the PUK code is {puk}', 'PUK from the card: {puk}', 'puk: {puk}',
               'I typed PUK {puk} twice', 'PUK1 {puk}', 'the puk number on the card says {puk}', 'PUK code: {puk}'],
        'nl': ['pukcode {puk}', 'PUK: {puk}', 'de puk is {puk}', 'puk-code van het pasje: {puk}',
               'ik heb {puk} als PUK ingevoerd', 'pukcdoe {puk}', 'PUK-code {puk}', 'puk {puk}'],
        'vl': ['de PUK-code is {puk}', 'PUK {puk}', 'mijn puk: {puk}', 'pukcode {puk}', 'de puk van de kaart: {puk}',
               'PUK code = {puk}'],
        'fr': ['code PUK : {puk}', 'le PUK est {puk}', 'PUK {puk}', "j'ai entré le PUK {puk}", 'code puk {puk}',
               'PUK1 : {puk}'],
    },
    'simset': {
        'en': ['SIM PIN {pin}, PUK {puk}', 'pin {pin} / puk {puk}', 'SIM pin was {pin} and the PUK is {puk}',
               'PIN: {pin}\nPUK: {puk}'],
        'nl': ['simpin {pin} en puk {puk}', 'pincode sim: {pin}\npukcode: {puk}', 'pin van de simkaart {pin}, PUK {puk}',
               'sim-pincode {pin} / puk {puk}'],
        'vl': ['pincode {pin}, PUK {puk}', 'sim pin {pin} en de puk {puk}', 'PIN {pin} - PUK {puk}',
               'de pincode van de sim is {pin} en PUK {puk}'],
        'fr': ['code PIN {pin} et PUK {puk}', 'PIN SIM : {pin} / PUK : {puk}', 'pin {pin}, puk {puk}',
               'code PIN de la SIM {pin}, code PUK {puk}'],
    },
    'wifi_key': {
        'en': ['wifi password is {wifi_key}', 'WPA key: {wifi_key}', 'network key {wifi_key}',
               'the key on the sticker is {wifi_key}', 'wifi key {wifi_key}',
               "I'm typing {wifi_key} exactly as on the router", 'WLAN key {wifi_key}', 'wi-fi pw: {wifi_key}',
               'network {ssid}, key {wifi_key}', 'wireless key {wifi_key}', 'WPA2 passphrase {wifi_key}',
               'the wifi code {wifi_key}', 'Wi-Fi: {ssid} / {wifi_key}', 'the sticker says WPA2 key: {wifi_key}'],
        'nl': ['wifi wachtwoord: {wifi_key}', 'netwerksleutel {wifi_key}', 'de sleutel op de sticker is {wifi_key}',
               'wifi-code {wifi_key}', 'WPA-sleutel: {wifi_key}', 'ik typ {wifi_key} over van de sticker',
               'wachtwoord van de wifi is {wifi_key}', 'wifiww {wifi_key}', 'netwerk {ssid}, sleutel {wifi_key}',
               'wifi-sleutel {wifi_key}', 'beveiligingssleutel {wifi_key}', 'wachtwoord wifi = {wifi_key}'],
        'vl': ['wifi-paswoord {wifi_key}', 'de wifi code is {wifi_key}', 'netwerksleutel: {wifi_key}',
               'sleutel van de modem: {wifi_key}', 'wifi {ssid} met paswoord {wifi_key}', 'wpa sleutel {wifi_key}',
               'de code op de modem is {wifi_key}', 'wifipaswoord = {wifi_key}', 'wifi: {ssid} / {wifi_key}', 'op de sticker: sleutel {wifi_key}'],
        'fr': ['clé wifi : {wifi_key}', 'clé WPA {wifi_key}', 'mot de passe wifi {wifi_key}',
               "la clé sur l'autocollant c'est {wifi_key}", 'code wifi {wifi_key}', 'réseau {ssid}, clé {wifi_key}',
               'clé de sécurité réseau {wifi_key}', 'mdp wifi : {wifi_key}'],
    },
    'api_key': {
        'en': ['our live key is {api_key}', 'API key: {api_key}', 'using key {api_key}',
               "here's the key we use: {api_key}", 'secret key {api_key}', 'x-api-key: {api_key}', 'apikey={api_key}',
               'key {api_key} returns {!error_code:http}', 'the key in our .env is {api_key}',
               'API_KEY={api_key}', 'the publishable/secret key pair ends with this one: {api_key}', 'api key is {api_key}', 'curl -u {api_key}: {!url}', 'key="{api_key}"'],
        'nl': ['onze API-sleutel is {api_key}', 'api key: {api_key}', 'sleutel {api_key}', 'we gebruiken {api_key}',
               'de key ({api_key}) geeft een {!error_code:http}', 'apikey {api_key}', 'in de config staat {api_key}',
               'de geheime sleutel is {api_key}', 'API_KEY={api_key}', 'onze key: {api_key}'],
        'vl': ['onze api key is {api_key}', 'de sleutel die we gebruiken: {api_key}', 'api-key {api_key}',
               'in de plugin staat key {api_key}', 'key = {api_key}', 'de API sleutel is {api_key}'],
        'fr': ['notre clé API est {api_key}', 'clé : {api_key}', 'clé API {api_key}', 'on utilise la clé {api_key}',
               'la clé secrète est {api_key}', 'api_key={api_key}', 'curl -u {api_key}: {!url}', 'clé="{api_key}"'],
    },
    'awspair': {
        'en': ['access key {api_key.id:aws_id}, secret {api_key.secret:aws_secret}',
               'AWS_ACCESS_KEY_ID={api_key.id:aws_id}\nAWS_SECRET_ACCESS_KEY={api_key.secret:aws_secret}',
               'key id {api_key.id:aws_id} and the secret is {api_key.secret:aws_secret}',
               'aws key {api_key.id:aws_id} / secret {api_key.secret:aws_secret}'],
        'nl': ['access key {api_key.id:aws_id} met secret {api_key.secret:aws_secret}',
               'AWS_ACCESS_KEY_ID={api_key.id:aws_id}\nAWS_SECRET_ACCESS_KEY={api_key.secret:aws_secret}',
               'key id {api_key.id:aws_id}, geheime sleutel {api_key.secret:aws_secret}',
               'aws key {api_key.id:aws_id} en secret {api_key.secret:aws_secret}'],
        'vl': ['access key {api_key.id:aws_id} en secret {api_key.secret:aws_secret}',
               'key id: {api_key.id:aws_id} - secret: {api_key.secret:aws_secret}'],
        'fr': ['clé d\'accès {api_key.id:aws_id}, secret {api_key.secret:aws_secret}',
               'AWS_ACCESS_KEY_ID={api_key.id:aws_id}\nAWS_SECRET_ACCESS_KEY={api_key.secret:aws_secret}'],
    },
    'token': {
        'en': ['Authorization: Bearer {token}', 'token: {token}', 'access token {token}', 'refresh_token={token}',
               'session token is {token}', 'the token we send is {token}', "here's the JWT: {token}",
               'bot token {token}', 'our PAT is {token}', 'Bearer {token}', 'header: Authorization: Bearer {token}',
               'tokn {token}', 'the response was {"access_token": "{token}", "expires_in": 5}', 'curl -H "Authorization: Bearer {token}" {!url}'],
        'nl': ['token: {token}', 'de bearer token is {token}', 'access token {token}', 'we sturen Bearer {token} mee',
               'sessietoken {token}', 'ons token ({token}) werkt niet meer', 'Authorization: Bearer {token}',
               'het refresh token is {token}', 'toegangstoken {token}', 'de token uit het dashboard: {token}', 'de response: {"access_token": "{token}", "expires_in": 5}', 'curl -H "Authorization: Bearer {token}" {!url}'],
        'vl': ['ons token is {token}', 'Bearer {token}', 'access token: {token}', 'de token die we meesturen is {token}',
               'token = {token}', 'het token {token}'],
        'fr': ['jeton : {token}', "le token d'accès est {token}", 'Authorization: Bearer {token}', 'notre token {token}',
               "jeton d'accès {token}", 'refresh token : {token}'],
    },
    'cardset': {
        'en': ['card {card}, exp {card_expiry}, CVV {cvv}', '{card} ({card_expiry}) security code {cvv}',
               'card number: {card}\nexpiry: {card_expiry}\nCVC: {cvv}', '{card} {card_expiry} {cvv}',
               'the card is {card}, valid thru {card_expiry}, 3 digits on the back {cvv}',
               'card no {card} expires {card_expiry} cvc {cvv}', 'long number {card}, expiry {card_expiry}, code on the back {cvv}',
               'Visa {card} / {card_expiry} / {cvv}'],
        'nl': ['kaart {card}, geldig tot {card_expiry}, code achterop {cvv}',
               'kaartnummer: {card}\nvervaldatum: {card_expiry}\nCVC: {cvv}', '{card} ({card_expiry}) 3 cijfers achterop: {cvv}',
               'creditcard {card} exp {card_expiry} cvv {cvv}', '{card}, {card_expiry}, {cvv}',
               'kaartnr {card} vervalt {card_expiry} beveiligingscode {cvv}', 'creditcardnummer {card} / {card_expiry} / cvc {cvv}',
               'mijn kaart: {card} (verloopt {card_expiry}), de drie cijfers {cvv}'],
        'vl': ['mijn kaart: {card} vervalt {card_expiry} en de code achteraan is {cvv}', 'kaartnr {card} - {card_expiry} - cvc {cvv}',
               'kredietkaart {card}, vervaldatum {card_expiry}, CVC {cvv}', '{card} geldig tot {card_expiry} code {cvv}',
               'kaartnummer {card} exp. {card_expiry} cvv {cvv}', 'Visa {card}\n{card_expiry}\n{cvv}'],
        'fr': ['carte {card}, expire {card_expiry}, cryptogramme {cvv}',
               "numéro de carte : {card}\ndate d'expiration : {card_expiry}\nCVV : {cvv}", '{card} exp. {card_expiry} code au dos {cvv}',
               'carte de crédit {card} valable jusqu\'au {card_expiry}, CVC {cvv}', '{card} - {card_expiry} - {cvv}',
               'ma carte {card}, fin de validité {card_expiry}, les 3 chiffres {cvv}'],
    },
    'card': {
        'en': ['card number {card}', 'my card is {card}', '{card} is the card', 'long number on the card: {card}',
               'debit card {card}', 'card no. {card}'],
        'nl': ['kaartnummer {card}', 'mijn creditcard is {card}', 'het nummer op mijn kaart: {card}',
               'creditcardnummer: {card}', 'kaart {card}', 'het gaat om kaart {card}'],
        'vl': ['kaartnummer: {card}', 'mijn bankkaart {card}', 'nummer van de kaart {card}', 'mijn kredietkaart is {card}'],
        'fr': ['numéro de carte {card}', 'ma carte {card}', 'carte bancaire : {card}', 'n° de carte {card}'],
    },
    'cvv': {
        'en': ['CVV {cvv}', 'security code on the back is {cvv}', 'the 3 digits on the back: {cvv}', 'cvc: {cvv}',
               'CVV2 {cvv}', 'card verification code {cvv}'],
        'nl': ['de code achterop is {cvv}', '3 cijfers achterop: {cvv}', 'cvc {cvv}', 'beveiligingscode {cvv}',
               'CVV: {cvv}', 'controlecode achterop de kaart {cvv}'],
        'vl': ['de drie cijfers achteraan: {cvv}', 'cvc-code {cvv}', 'CVV {cvv}', 'de code achterop is {cvv}'],
        'fr': ['cryptogramme {cvv}', 'les 3 chiffres au dos : {cvv}', 'code CVV {cvv}', 'CVC {cvv}'],
    },
    'card_expiry': {
        'en': ['expiry {card_expiry}', 'exp date {card_expiry}'], 'nl': ['vervaldatum {card_expiry}', 'geldig t/m {card_expiry}'],
        'vl': ['vervaldatum {card_expiry}', 'geldig tot {card_expiry}'], 'fr': ["date d'expiration {card_expiry}", 'exp {card_expiry}'],
    },
    'iban': {
        'en': ['IBAN {iban}', 'my account: {iban}', 'please refund to {iban}', 'bank account {iban}',
               'account number (IBAN) is {iban}', 'pay it into {iban}', 'IBAN: {iban} (in my name)', 'iban is {iban}',
               'the account to use is {iban}', 'refund to IBAN {iban} please'],
        'nl': ['IBAN: {iban}', 'mijn rekeningnummer is {iban}', 'rekeningnr {iban}', 'graag terugstorten op {iban}',
               '{iban} t.n.v. {name}', 'bankrekening {iban}', 'iban {iban}', 'rekening {iban}',
               'mijn nieuwe rekening is {iban}', 'rek.nr. {iban}', 'IBAN (nieuw): {iban}', 'rekeningnummer: {iban}'],
        'vl': ['mijn rekeningnummer: {iban}', 'op rekening {iban} aub', 'IBAN {iban}', 'terugbetalen op {iban}',
               'rekeningnummer {iban} op naam van {name}', 'mijn IBAN is {iban}'],
        'fr': ['mon IBAN : {iban}', 'numéro de compte {iban}', 'à verser sur {iban}', 'compte {iban} au nom de {name}',
               'IBAN {iban}', 'rembourser sur le compte {iban}'],
    },
    'bsn': {
        'nl': ['BSN: {bsn}', 'mijn BSN is {bsn}', 'burgerservicenummer {bsn}', 'bsn {bsn}', 'sofinummer {bsn}',
               'BSN-nummer: {bsn}', '{bsn} is mijn bsn', 'burgerservicenr. {bsn}', 'mijn burgerservicenummer: {bsn}',
               'BSN van mijn zoon: {bsn}', 'Gegevens: {name} {date_of_birth} {bsn}', '{name}, geb. {date_of_birth}, BSN {bsn}',
               'bsn nr {bsn}', 'het BSN op mijn paspoort is {bsn}', 'BSN {bsn} (van mijn moeder)', 'burgerservicenumer {bsn}'],
        'en': ['BSN {bsn}', 'my BSN is {bsn}', 'citizen service number: {bsn}', 'BSN number {bsn}',
               'my burgerservicenummer is {bsn}', 'Details: {name}, {date_of_birth}, BSN {bsn}',
               'social security number (BSN) {bsn}', "my partner's BSN: {bsn}", 'BSN: {bsn} (from my residence permit)',
               'sofi number {bsn}'],
    },
    'details': {
        'nl': ['Gegevens: {name} {date_of_birth} {bsn}', 'naam {name}, geboortedatum {date_of_birth}, BSN {bsn}',
               '{name}\n{date_of_birth}\n{bsn}', 'Gegevens van mijn dochter: {name} geb. {date_of_birth} bsn {bsn}'],
        'en': ['Details: {name} {date_of_birth} {bsn}', 'name {name}, DOB {date_of_birth}, BSN {bsn}',
               '{name}\nDOB: {date_of_birth}\nBSN: {bsn}', 'for my son: {name}, born {date_of_birth}, BSN {bsn}'],
    },
    'customer_number': {
        'en': ['customer number {customer_number}', 'account no. {customer_number}', 'my account number is {customer_number}',
               'customer ID: {customer_number}', 'customer no {customer_number}', 'client number {customer_number}'],
        'nl': ['klantnummer {customer_number}', 'klantnr: {customer_number}', 'mijn contractnummer is {customer_number}',
               'klantnummer is {customer_number}', 'relatienummer {customer_number}', 'mijn klant-ID: {customer_number}'],
        'vl': ['klantennummer {customer_number}', 'mijn klantnummer is {customer_number}', 'contractnummer: {customer_number}',
               'klantnr {customer_number}', 'klant nr. {customer_number}', 'mijn klantnummer: {customer_number}'],
        'fr': ['numéro client {customer_number}', 'n° de client : {customer_number}', 'mon numéro de contrat est {customer_number}',
               'référence client {customer_number}', 'n° client {customer_number}', 'mon n° de client est {customer_number}'],
    },
    'date_of_birth': {
        'en': ['DOB {date_of_birth}', 'date of birth: {date_of_birth}', 'born {date_of_birth}', 'my birthday is {date_of_birth}',
               'd.o.b. {date_of_birth}', 'birth date {date_of_birth}'],
        'nl': ['geboortedatum {date_of_birth}', 'geb datum: {date_of_birth}', 'ik ben van {date_of_birth}',
               'geboren op {date_of_birth}', 'geb. {date_of_birth}', 'geboortedatum is {date_of_birth}'],
        'vl': ['geboortedatum: {date_of_birth}', 'geboren {date_of_birth}', 'ik ben geboren op {date_of_birth}',
               'geb. datum {date_of_birth}'],
        'fr': ['date de naissance : {date_of_birth}', 'né le {date_of_birth}', 'née le {date_of_birth}',
               'DDN {date_of_birth}'],
    },
    'phone': {
        'en': ['my mobile is {phone}', 'call me on {phone}', 'phone: {phone}', 'you can reach me at {phone}',
               'new number {phone}', 'my cell is {phone}'],
        'nl': ['mijn 06 is {phone}', 'bel me op {phone}', 'telefoonnummer {phone}', 'mobiel: {phone}',
               'nieuw nummer: {phone}', 'bereikbaar op {phone}'],
        'vl': ['mijn gsm-nummer is {phone}', 'gsm: {phone}', 'bel gerust op {phone}', 'mijn nieuw nummer is {phone}'],
        'fr': ['mon GSM : {phone}', 'joignable au {phone}', 'numéro de téléphone {phone}', 'tél. {phone}'],
    },
    'email': {
        'en': ['my email is {email}', 'email: {email}', 'send it to {email}', 'new address {email}',
               'my e-mail is {email:obf}', 'mail me at {email}'],
        'nl': ['mijn mailadres is {email}', 'e-mail: {email}', 'mail naar {email}', 'nieuw e-mailadres {email}',
               'mijn mail is {email:obf}', 'e-mailadres {email}'],
        'vl': ['mijn e-mailadres: {email}', 'mail gerust naar {email}', 'mijn mail is {email:obf}', 'emailadres {email}'],
        'fr': ['mon adresse mail est {email}', 'e-mail : {email}', 'écrivez-moi à {email}', 'mon mail : {email:obf}'],
    },
    'address': {
        'en': ['my address is {address}', 'new address: {address}', 'deliver to {address}', 'I live at {address}',
               'address: {address}', "we're now at {address}"],
        'nl': ['mijn adres is {address}', 'nieuw adres: {address}', 'ik woon op {address}', 'bezorgadres {address}',
               'adres: {address}', 'we wonen nu op {address}'],
        'vl': ['mijn adres: {address}', 'we wonen nu in de {address}', 'nieuw adres is {address}', 'leveradres {address}'],
        'fr': ['mon adresse : {address}', "j'habite {address}", 'nouvelle adresse {address}', 'livrer au {address}'],
    },
    'ip_address': {
        'en': ['my IP is {ip_address}', 'public IP {ip_address}', 'IP address: {ip_address}', 'from {ip_address} it times out',
               'our server IP is {ip_address}', 'whatismyip says {ip_address}'],
        'nl': ['mijn ip-adres is {ip_address}', 'extern IP {ip_address}', 'IP: {ip_address}', 'ik zit op {ip_address}',
               'ons vaste IP is {ip_address}', 'volgens whatismyip: {ip_address}'],
        'vl': ['mijn IP-adres: {ip_address}', 'het ip is {ip_address}', 'publiek IP {ip_address}', 'IP {ip_address}'],
        'fr': ['mon adresse IP est {ip_address}', 'IP publique {ip_address}', 'IP : {ip_address}', 'notre IP fixe {ip_address}'],
    },
}

# values sent alone, as the answer to the previous turn; {X} becomes the value
P['bare'] = {'_': {
    'en': ['{X}', '{X} 👍', 'ok {X}', 'here: {X}', "it's {X}", '{X}\nthat one', 'sure - {X}', '{X} 🙏'],
    'nl': ['{X}', '{X} 👍', 'oké {X}', 'hier: {X}', 'dat is {X}', '{X}\ndie', 'ja: {X}', '{X} 🙏'],
    'vl': ['{X}', '{X} 👍', 'ok {X}', 'hier: {X}', "'t is {X}", '{X}\ndeze'],
    'fr': ['{X}', '{X} 👍', 'ok {X}', 'voilà : {X}', "c'est {X}", '{X}\ncelui-là'],
}}

# ---------------------------------------------------------------- family pools (high-risk families)
P['prob'] = {
    'login': {
        'en': ["I can't log in to my {brand} account anymore. Every time I try, the page says my details are incorrect and after three attempts I get error {!error_code}. I haven't changed anything on my side, as far as I know.",
               "Since your app update to {!version_string:app} last week I'm locked out of my account. I've tried on my {!model_number.p:phone} and on my laptop, same result. It keeps saying \"invalid username or password\", which is nonsense because I use a password manager.",
               "My account on {!url} has stopped accepting my login. I need to download my invoices (at least {!invoice_number} and the one after it) for my accountant before Friday, so this is getting urgent.",
               "I'm trying to log into the customer portal to check order {!order_number}, but the login screen just refreshes. No error message, nothing. Cleared cookies, tried another browser, still the same.",
               "Your login page tells me my account is 'temporarily suspended' ({!error_code}). Nobody told me why, and I've paid every invoice on time, the last one ({!invoice_number}) only last week."],
        'nl': ["Ik kan sinds gisteren niet meer inloggen op mijn account bij {brand}. Na drie pogingen krijg ik foutcode {!error_code} en word ik een kwartier geblokkeerd.",
               "Na de update van de app naar versie {!version_string:app} kom ik niet meer in Mijn {brand}. Op mijn {!model_number.p:phone} blijft hij zeggen dat mijn gegevens onjuist zijn, terwijl ik echt niets heb veranderd.",
               "Ik wil inloggen om factuur {!invoice_number} te downloaden, maar de inlogpagina ({!url}) geeft steeds 'gebruikersnaam of wachtwoord onjuist'. Erg vervelend, want de boekhouder wacht erop.",
               "Inloggen lukt niet meer. Ik wilde de status van bestelling {!order_number} bekijken en nu zit ik al een half uur te klooien met dat inlogscherm.",
               "Mijn account staat ineens op 'tijdelijk geblokkeerd' ({!error_code}). Waarom weet ik niet, ik heb alles netjes betaald."],
        'vl': ["Ik geraak al sinds vorige week niet meer binnen op mijn account van {brand}. Ik krijg telkens de melding {!error_code} en dan moet ik opnieuw beginnen.",
               "Sinds de nieuwe versie van de app ({!version_string:app}) lukt het aanmelden niet meer op mijn {!model_number.p:phone}. Op de pc lukt het ook niet, dus het ligt niet aan mijn gsm denk ik.",
               "Ik wou mijn factuur {!invoice_number} eens bekijken op {!url} maar ik kan mij niet meer aanmelden. Allez, 't is al de derde keer dit jaar dat dit gebeurt.",
               "Ik probeer in te loggen om mijn bestelling {!order_number} op te volgen, maar het aanmeldscherm blijft gewoon hangen."],
        'fr': ["Je n'arrive plus à me connecter à mon espace client {brand}. Après trois essais j'ai le message d'erreur {!error_code} et mon compte est bloqué pendant un quart d'heure.",
               "Depuis la mise à jour de l'application ({!version_string:app}), impossible de me connecter sur mon {!model_number.p:phone}. Il me dit que mes identifiants sont incorrects alors que je n'ai rien changé.",
               "Je voudrais télécharger la facture {!invoice_number} sur {!url} mais la connexion ne fonctionne plus. Mon comptable attend ce document pour la déclaration TVA.",
               "Impossible de me connecter pour suivre ma commande {!order_number}. La page de connexion se recharge sans arrêt, sans aucun message."],
    },
    'pwreset': {
        'en': ["I reset my password yesterday using the link you sent, but the new one doesn't work. The reset e-mail arrived at {!time}, I clicked it within a minute and still got 'link expired' ({!error_code}).",
               "I've had to change my password three times this month because your system keeps saying it is wrong. I'm getting really fed up with this.",
               "Your website forced me to change my password after the security update, and now I'm stuck: it says the new password doesn't meet the requirements, even though it's long enough and has a number and a symbol.",
               "After changing my password on {!date} I can no longer log in on the app, only on the website. App version is {!version_string:app}."],
        'nl': ["Ik heb gisteren mijn wachtwoord gereset via de link in jullie mail, maar het nieuwe wachtwoord wordt niet geaccepteerd. De resetmail kwam binnen om {!time} en de link gaf meteen foutcode {!error_code}.",
               "Ik moet al voor de derde keer deze maand mijn wachtwoord wijzigen omdat jullie systeem zegt dat het niet klopt. Dit begint echt vervelend te worden.",
               "Na jullie beveiligingsupdate moest ik een nieuw wachtwoord kiezen, maar de site blijft zeggen dat het niet aan de eisen voldoet. Het is lang genoeg, met een cijfer en een leesteken, dus ik snap het niet.",
               "Sinds ik op {!date} mijn wachtwoord heb veranderd kan ik alleen nog via de website inloggen, niet meer in de app ({!version_string})."],
        'vl': ["Ik heb mijn paswoord opnieuw ingesteld via de link, maar dat nieuwe paswoord werkt ook niet. De link gaf de fout {!error_code}.",
               "Ik moest van de site een nieuw paswoord kiezen en nu aanvaardt hij het niet. Ik heb het al vier keer geprobeerd.",
               "Sinds ik op {!date} mijn paswoord veranderd heb, kan ik mij niet meer aanmelden in de app. Op de computer lukt het wel.",
               "Ik heb een mail gekregen om mijn paswoord te resetten (om {!time}), gedaan, en nu kan ik er helemaal niet meer in."],
        'fr': ["J'ai réinitialisé mon mot de passe hier via le lien reçu par mail, mais le nouveau ne fonctionne pas. Le lien affichait l'erreur {!error_code}.",
               "C'est la troisième fois ce mois-ci que je dois changer mon mot de passe parce que votre système le refuse.",
               "Depuis que j'ai modifié mon mot de passe le {!date}, l'application ({!version_string}) refuse de me connecter, alors que le site fonctionne.",
               "Le site m'a obligé à changer de mot de passe après la mise à jour de sécurité et maintenant il dit que le nouveau ne respecte pas les règles."],
    },
    'otp': {
        'en': ["I'm trying to approve a payment of {!amount} but the verification code never arrives, or it arrives after the five-minute window. I've requested it four times now.",
               "Your app asks for a 2FA code every single time I log in, even on my own {!model_number.p:phone}. Yesterday I got two codes within a minute and neither worked.",
               "When I try to add my card to Apple Pay I'm asked for a one-time code. The text message arrives, I type it in, and I get error {!error_code}.",
               "I changed phones last week and now I can't complete the two-step verification. The SMS comes through fine but the website says the code is invalid."],
        'nl': ["Ik probeer een betaling van {!amount} goed te keuren, maar de sms-code komt niet of pas na vijf minuten binnen. Ik heb al vier keer een nieuwe aangevraagd.",
               "Bij elke keer inloggen vraagt de app om een verificatiecode, ook op mijn eigen {!model_number.p:phone}. Gisteren kreeg ik er twee binnen een minuut en geen van beide werkte.",
               "Als ik mijn pas wil toevoegen aan Apple Pay moet ik een eenmalige code invoeren. De sms komt binnen, ik vul hem in en dan krijg ik foutcode {!error_code}.",
               "Ik heb vorige week een nieuwe telefoon gekregen en nu lukt de tweestapsverificatie niet meer. De sms komt wel, maar de site zegt dat de code ongeldig is."],
        'vl': ["Ik wil een betaling van {!amount} bevestigen maar de code per sms komt niet toe, of veel te laat.",
               "De app vraagt om een verificatiecode maar als ik die ingeef krijg ik {!error_code}. Ik heb het al drie keer geprobeerd.",
               "Sinds ik een nieuwe gsm heb ({!model_number.p:phone}) werkt de bevestiging met sms-code niet meer.",
               "Ik krijg twee codes na elkaar en geen enkele werkt. Zeer frustrerend als ge dringend iets moet betalen."],
        'fr': ["J'essaie de valider un paiement de {!amount} mais le code de vérification n'arrive pas, ou seulement après cinq minutes.",
               "L'application me demande un code à chaque connexion, même sur mon propre {!model_number.p:phone}. Hier j'ai reçu deux codes et aucun ne fonctionnait.",
               "Quand j'encode le code reçu par SMS, j'ai l'erreur {!error_code}. J'ai redemandé un code trois fois.",
               "J'ai changé de téléphone et depuis la double authentification ne fonctionne plus. Le SMS arrive mais le site dit que le code est invalide."],
    },
    'card': {
        'en': ["I tried to pay for booking {!order_number} ({!amount}) three times and each time the payment page says my card was declined with code {!error_code}. My bank says there's nothing wrong on their side.",
               "The checkout keeps failing at the 3-D Secure step. I've got plenty of credit on the card and it works everywhere else.",
               "I want to update the card you charge monthly for my subscription, because the old one expired. The form on {!url} won't save it.",
               "You charged me twice for order {!order_number}, {!amount} each time. Please check the card below and refund the duplicate."],
        'nl': ["Ik heb drie keer geprobeerd bestelling {!order_number} ({!amount}) te betalen en elke keer wordt mijn creditcard geweigerd met code {!error_code}. Volgens de bank is er niets mis.",
               "Het afrekenen loopt steeds vast bij de 3D Secure-stap. Er staat genoeg ruimte op de kaart en hij werkt overal anders wel.",
               "Ik wil de kaart waarmee jullie maandelijks afschrijven aanpassen, de oude is verlopen. Het formulier op {!url} slaat de nieuwe niet op.",
               "Jullie hebben bestelling {!order_number} twee keer afgeschreven, beide keren {!amount}. Graag het dubbele bedrag terug op de kaart hieronder."],
        'vl': ["Ik probeer al drie keer mijn bestelling {!order_number} te betalen ({!amount}) maar de betaling wordt geweigerd, foutcode {!error_code}.",
               "Bij het betalen met mijn kredietkaart loopt het vast bij de bevestiging. De kaart werkt nochtans overal.",
               "Mijn oude kaart is vervallen en ik wil de nieuwe kaart ingeven voor het abonnement, maar dat lukt niet via {!url}.",
               "Jullie hebben {!amount} twee keer aangerekend voor bestelling {!order_number}. Kunnen jullie dat terugstorten op mijn kaart?"],
        'fr': ["J'ai essayé trois fois de payer la commande {!order_number} ({!amount}) et ma carte est refusée à chaque fois avec le code {!error_code}.",
               "Le paiement bloque à l'étape 3D Secure. Ma carte de crédit fonctionne partout ailleurs.",
               "Ma carte a expiré et je voudrais enregistrer la nouvelle pour mon abonnement, mais le formulaire sur {!url} ne l'accepte pas.",
               "Vous avez débité deux fois {!amount} pour la commande {!order_number}. Merci de rembourser le doublon sur ma carte."],
    },
    'pin': {
        'en': ["My debit card was blocked at the supermarket today after I entered my PIN. The terminal showed error {!error_code} and the cashier told me to contact you.",
               "I've received my new card but the PIN letter hasn't arrived, and the 'view PIN' option in the app gives an error. I've been without a card since {!date}.",
               "The cash machine swallowed my card after I typed my PIN once. I'm completely sure the PIN is right; I've used it for years.",
               "Your app asks for my app PIN every few minutes since version {!version_string:app}. I keep entering it and it keeps kicking me out."],
        'nl': ["Vandaag in de supermarkt werd mijn pas geblokkeerd na het intoetsen van mijn pincode. Op het scherm stond foutcode {!error_code} en de caissière zei dat ik jullie moest bellen.",
               "Mijn nieuwe pas is binnen maar de pincodebrief niet, en 'pincode bekijken' in de app geeft een foutmelding. Ik zit al sinds {!date} zonder pas.",
               "De geldautomaat heeft mijn pas ingeslikt nadat ik één keer mijn pin had ingetoetst. Ik weet zeker dat de pincode klopt, ik gebruik hem al jaren.",
               "Sinds versie {!version_string:app} vraagt de app om de paar minuten om mijn app-pincode en daarna gooit hij me er weer uit."],
        'vl': ["Mijn bankkaart is geblokkeerd in de winkel na het ingeven van mijn pincode. De terminal gaf {!error_code}.",
               "Ik heb mijn nieuwe kaart ontvangen maar de brief met de geheime code nog niet. Ik zit al sinds {!date} zonder kaart.",
               "De automaat heeft mijn kaart ingeslikt, terwijl ik zeker ben van mijn code.",
               "Sinds de laatste update ({!version_string:app}) vraagt de app constant mijn pincode en dan sluit hij af."],
        'fr': ["Ma carte de débit a été bloquée au magasin après avoir tapé mon code. Le terminal affichait l'erreur {!error_code}.",
               "J'ai reçu ma nouvelle carte mais pas le courrier avec le code secret. Je suis sans carte depuis le {!date}.",
               "Le distributeur a avalé ma carte alors que j'ai tapé le bon code, j'en suis sûre.",
               "Depuis la version {!version_string:app}, l'appli me demande mon code PIN toutes les deux minutes puis me déconnecte."],
    },
    'sim': {
        'en': ["After restarting my phone it asked for the SIM PIN, and after three attempts it wanted the PUK code. I've found the card the SIM came on but I'm not sure I'm reading it right.",
               "My son entered the wrong SIM PIN three times and now the phone says 'PUK required'. We're abroad until {!date} and he can't call anyone.",
               "I've ported my number to you and the new SIM asks for a PIN I never set. The plastic card mentions a PUK but no PIN.",
               "The eSIM profile on my {!model_number.p:phone} got deleted during the update to {!version_string}, and now my old physical SIM is PUK-locked too."],
        'nl': ["Na een herstart vroeg mijn telefoon om de pincode van de simkaart, en na drie pogingen om de PUK-code. Ik heb het pasje waar de simkaart in zat nog, maar weet niet welk nummer ik moet hebben.",
               "Mijn zoon heeft drie keer de verkeerde sim-pincode ingevoerd en nu staat er 'PUK vereist'. We zitten tot {!date} in het buitenland.",
               "Ik heb mijn nummer naar jullie overgezet en de nieuwe simkaart vraagt om een pincode die ik nooit heb ingesteld.",
               "Na een update naar {!version_string} is het eSIM-profiel van mijn {!model_number.p:phone} verdwenen en nu is mijn oude simkaart ook nog geblokkeerd."],
        'vl': ["Mijn gsm vraagt de PUK-code na drie keer een foute pincode. Ik heb de kaart van de simkaart nog maar ik weet niet welke code ik moet gebruiken.",
               "Mijn dochter heeft haar simkaart geblokkeerd en we zijn in Spanje tot {!date}.",
               "Na het overzetten van mijn nummer vraagt de nieuwe simkaart een pincode die ik nooit gekregen heb.",
               "Mijn {!model_number.p:phone} zegt 'SIM geblokkeerd' sinds vanmorgen."],
        'fr': ["Après un redémarrage, mon téléphone m'a demandé le code PIN de la carte SIM, puis le code PUK après trois essais.",
               "Ma fille a bloqué sa carte SIM et nous sommes à l'étranger jusqu'au {!date}.",
               "J'ai transféré mon numéro chez vous et la nouvelle SIM demande un code PIN que je n'ai jamais reçu.",
               "Mon {!model_number.p:phone} affiche « SIM bloquée » depuis ce matin, après la mise à jour {!version_string}."],
    },
    'wifi': {
        'en': ["My wifi keeps dropping every evening. I've got the {!model_number.r:router} you supplied, and the laptop says the network key is wrong even though I'm typing exactly what's on the sticker.",
               "After the engineer visit on {!date} none of our devices can connect to the wifi anymore. The network name is still there but the password is rejected.",
               "I'm paying for {!quantity:speed} but over wifi I get barely a tenth of that. The router is a {!model_number.r:router}, firmware {!version_string:app}.",
               "I changed the wifi password in the router settings and now I've forgotten what I set. Can I reset it without losing everything?"],
        'nl': ["Mijn wifi valt elke avond weg. Ik heb het modem van jullie ({!model_number.r:router}) en de laptop zegt dat de netwerksleutel onjuist is, terwijl ik precies overtyp wat op de sticker staat.",
               "Sinds het bezoek van de monteur op {!date} kan geen enkel apparaat meer verbinden met de wifi. De netwerknaam zie ik wel, maar het wachtwoord wordt geweigerd.",
               "Ik betaal voor {!quantity:speed} maar via wifi haal ik nog geen tiende daarvan. Modem is een {!model_number.r:router}, firmware {!version_string:app}.",
               "Ik heb het wifi-wachtwoord in het modem aangepast en ben nu vergeten wat ik heb ingesteld. Kan ik resetten zonder dat alles weg is?"],
        'vl': ["Ons internet valt elke avond uit. We hebben de modem {!model_number.r:router} en de laptop zegt dat de sleutel niet klopt.",
               "Sinds de technieker langs geweest is ({!date}) kunnen we niet meer op de wifi.",
               "We betalen voor {!quantity:speed} maar op de wifi is het precies een slakkengang. Modem: {!model_number.r:router}.",
               "Ik heb het wifi-paswoord aangepast en ik weet het niet meer. Hoe reset ik dat?"],
        'fr': ["Mon wifi coupe tous les soirs. J'ai le modem {!model_number.r:router} et le PC dit que la clé réseau est incorrecte alors que je tape ce qui est sur l'autocollant.",
               "Depuis le passage du technicien le {!date}, plus aucun appareil ne se connecte au wifi.",
               "Je paie pour {!quantity:speed} mais en wifi j'ai à peine un dixième. Modem {!model_number.r:router}, firmware {!version_string:app}.",
               "J'ai changé le mot de passe wifi dans le modem et je ne m'en souviens plus. Comment le réinitialiser ?"],
    },
    'apikey': {
        'en': ["Since this morning all our calls to {!url} return {!error_code:http}. Nothing changed in our integration; we're on SDK {!version_string:sdk}.",
               "We rotated our keys yesterday and now the webhook signature check fails on every event. Our shop is losing orders.",
               "Our staging environment suddenly started hitting live mode. I suspect we mixed up the keys; can you check which key made the last requests?",
               "The dashboard shows our API key as active, but requests from our server are rejected with {!error_code:http}."],
        'nl': ["Sinds vanochtend geven al onze calls naar {!url} een {!error_code:http}. We hebben niets aangepast en draaien op SDK {!version_string:sdk}.",
               "We hebben gisteren onze sleutels geroteerd en sindsdien faalt de webhook-validatie bij elk event. Onze webshop mist daardoor bestellingen.",
               "Onze testomgeving lijkt ineens live transacties te doen. Ik vermoed dat we de keys verwisseld hebben; kunnen jullie zien welke sleutel de laatste requests deed?",
               "In het dashboard staat onze API-key als actief, maar requests vanaf onze server worden geweigerd met {!error_code:http}."],
        'vl': ["Vanaf vanmorgen krijgen we op alle calls naar {!url} een {!error_code:http}. We hebben niks veranderd.",
               "Na het vernieuwen van onze sleutels werkt de koppeling met onze webshop niet meer.",
               "Onze testomgeving doet precies live betalingen. Ik denk dat we de keys omgewisseld hebben.",
               "De API-key staat actief in het dashboard maar onze server krijgt altijd {!error_code:http}."],
        'fr': ["Depuis ce matin, tous nos appels vers {!url} renvoient {!error_code:http}. Rien n'a changé de notre côté, SDK {!version_string:sdk}.",
               "Nous avons renouvelé nos clés hier et depuis la vérification des webhooks échoue.",
               "Notre environnement de test semble passer des transactions réelles. Je pense qu'on a inversé les clés.",
               "La clé API est active dans le tableau de bord mais notre serveur reçoit {!error_code:http}."],
    },
    'token': {
        'en': ["Our integration authenticates with a bearer token, but since {!date} every request returns {!error_code:http}, even right after refreshing.",
               "We're trying to connect our Slack workspace to your platform and the bot token we generated is rejected.",
               "The personal access token I created for our CI pipeline stopped working overnight. Build logs show {!error_code:http}.",
               "Refreshing the OAuth session gives us a new access token, but it's only valid for a few seconds. The clock on our server is in sync."],
        'nl': ["Onze koppeling werkt met een bearer token, maar sinds {!date} geeft elke request {!error_code:http}, ook vlak na het verversen.",
               "We proberen onze Slack-workspace te koppelen aan jullie platform, maar het bot-token wordt geweigerd.",
               "Het persoonlijke toegangstoken voor onze CI-pipeline werkt sinds vannacht niet meer. In de buildlog staat {!error_code:http}.",
               "Na het verversen van de sessie krijgen we een nieuw access token, maar dat is maar een paar seconden geldig."],
        'vl': ["Onze integratie gebruikt een bearer token en sinds {!date} krijgen we {!error_code:http} op elke call.",
               "Het token dat we in het dashboard aangemaakt hebben, wordt niet aanvaard.",
               "Onze CI-pipeline kan niet meer deployen, het token geeft {!error_code:http}.",
               "Na een refresh is het nieuwe access token maar een paar seconden geldig."],
        'fr': ["Notre intégration s'authentifie avec un jeton bearer, mais depuis le {!date} chaque requête renvoie {!error_code:http}.",
               "Nous essayons de connecter notre espace Slack à votre plateforme et le jeton du bot est refusé.",
               "Le jeton d'accès personnel de notre pipeline CI ne fonctionne plus depuis cette nuit ({!error_code:http}).",
               "Après un rafraîchissement, le nouveau token n'est valable que quelques secondes."],
    },
    'iban': {
        'en': ["I cancelled my contract on {!date} and you still took {!amount} by direct debit. Please refund it to my account below.",
               "I'd like to change the bank account for my monthly direct debit, as I've switched banks.",
               "My refund for order {!order_number} was sent to my old account, which has been closed. Please resend it.",
               "According to the final bill ({!invoice_number}) you owe me {!amount}, but I've never received it."],
        'nl': ["Ik heb mijn contract op {!date} opgezegd en toch hebben jullie {!amount} afgeschreven. Graag terugstorten op onderstaande rekening.",
               "Ik wil het rekeningnummer voor de maandelijkse incasso wijzigen, ik ben overgestapt naar een andere bank.",
               "Mijn terugbetaling voor bestelling {!order_number} is naar mijn oude rekening gegaan en die is opgeheven.",
               "Volgens de eindafrekening ({!invoice_number}) krijg ik {!amount} terug, maar ik heb nog niets ontvangen."],
        'vl': ["Ik heb mijn contract opgezegd op {!date} en toch is er {!amount} gedomicilieerd. Gelieve dat terug te storten.",
               "Ik wil mijn domiciliëring aanpassen naar mijn nieuwe rekening.",
               "De terugbetaling voor bestelling {!order_number} is naar mijn oude rekening gegaan, die bestaat niet meer.",
               "Volgens de slotfactuur ({!invoice_number}) krijg ik {!amount} terug, maar ik heb nog niks gezien."],
        'fr': ["J'ai résilié mon contrat le {!date} et vous avez quand même prélevé {!amount}. Merci de me rembourser sur le compte ci-dessous.",
               "Je souhaite modifier le compte de ma domiciliation, j'ai changé de banque.",
               "Le remboursement de la commande {!order_number} a été versé sur mon ancien compte, qui est clôturé.",
               "Selon la facture de clôture ({!invoice_number}), vous me devez {!amount}, mais je n'ai rien reçu."],
    },
    'bsn': {
        'nl': ["Ik probeer via jullie website de zorgtoeslag aan te vragen, maar bij de stap waar ik mijn BSN moet invullen krijg ik foutcode {!error_code}.",
               "Mijn zoon is op {!date} achttien geworden en moet nu een eigen zorgverzekering. Het aanmeldformulier accepteert zijn BSN niet.",
               "Op de brief van {!date} (kenmerk {!ticket_number}) staat een verkeerd burgerservicenummer. Dat moet echt aangepast worden.",
               "Bij het inschrijven voor de regeling vraagt het formulier om mijn BSN, maar na het invullen blijft de pagina hangen.",
               "Ik wil mijn pasgeboren dochter bijschrijven op mijn polis, maar het formulier zegt dat het burgerservicenummer onbekend is.",
               "De belastingdienst-koppeling in jullie app geeft 'BSN niet gevonden' ({!error_code}), terwijl ik al sinds {!year} klant ben."],
        'en': ["I moved to the Netherlands in {!year} and I'm trying to register for health insurance with you. The online form rejects my BSN with error {!error_code}.",
               "I received a letter dated {!date} (reference {!ticket_number}) with the wrong citizen service number on it.",
               "Your benefits portal asks for my BSN but then says 'unknown person'. I've lived here since {!year}.",
               "My partner's BSN isn't accepted when I try to add her to my policy.",
               "I'm an international student and the form for the allowance keeps saying my BSN is invalid, even though it's on my residence card.",
               "The app shows error {!error_code} at the step where I enter my BSN."],
    },
}

P['chat'] = {
    'login': {
        'en': ["hi, can't log in to my account, says wrong password but it isn't", "heyy locked out of the app again 😩 error {!error_code}",
               "Hello, the login on your site isn't working for me since the update to {!version_string}", "my account won't let me in?? tried like 5 times"],
        'nl': ['hoi, ik kan niet inloggen in de app', 'goedemiddag, inloggen lukt niet meer sinds de update ({!version_string})',
               'ik word steeds uitgelogd en nu kom ik er helemaal niet meer in', 'hallo ik krijg foutcode {!error_code} als ik wil inloggen'],
        'vl': ['dag, ik geraak niet meer binnen in mijn account', 'hallo, aanmelden lukt niet 🙈',
               'ik krijg de foutmelding {!error_code} bij het inloggen, wat moet ik doen?', 'goeiemiddag, de app laat mij niet meer binnen sinds gisteren'],
        'fr': ["bonjour, je n'arrive pas à me connecter", "slt, l'appli me dit identifiant incorrect depuis ce matin",
               'bonjour, erreur {!error_code} quand je me connecte', 'impossible de me connecter à mon compte depuis la mise à jour {!version_string}'],
    },
    'pwreset': {
        'en': ['hi, changed my password and now nothing works', "the reset link you sent doesn't work, says {!error_code}",
               'forgot my password, reset it, still can\'t get in 🙄', 'why does the app not accept my new password?'],
        'nl': ['hoi, wachtwoord gewijzigd en nu kan ik niet meer inloggen', 'de resetlink werkt niet, ik krijg {!error_code}',
               'wachtwoord vergeten, nieuwe aangemaakt, werkt nog steeds niet', 'waarom accepteert de app mijn nieuwe wachtwoord niet?'],
        'vl': ['dag, mijn nieuw paswoord werkt niet', 'de link om mijn paswoord te resetten geeft een fout ({!error_code})',
               'ik heb mijn paswoord veranderd en nu geraak ik er niet meer in', 'help, paswoord vergeten en reset werkt niet'],
        'fr': ["bonjour, j'ai changé mon mot de passe et ça ne marche plus", 'le lien de réinitialisation ne fonctionne pas (erreur {!error_code})',
               'mot de passe oublié, réinitialisé, toujours bloqué', "pourquoi l'appli refuse mon nouveau mot de passe ?"],
    },
    'otp': {
        'en': ["hi, the verification code isn't working", "can't finish my payment, the code from the text keeps failing",
               'hey the 2FA thing on your app is broken again', 'got a code by SMS but it says invalid?'],
        'nl': ['hoi de sms code werkt niet', 'ik krijg wel een code maar hij wordt niet geaccepteerd',
               'kan mijn betaling niet afronden, verificatie faalt steeds', 'hallo, tweestapsverificatie lukt niet'],
        'vl': ['dag, de code die ik krijg werkt niet', 'de sms-code wordt niet aanvaard??', 'ik kan mijn betaling niet bevestigen',
               'hallo, probleem met de verificatiecode'],
        'fr': ['bonjour, le code SMS ne fonctionne pas', "j'ai reçu un code mais il est refusé", "je n'arrive pas à valider mon paiement",
               'bjr, souci avec la double authentification'],
    },
    'card': {
        'en': ['hi my card keeps getting declined on your site', 'payment failed 3 times now, code {!error_code}',
               "trying to pay for my booking and it won't go through", 'can I just give you my card details and you process it?'],
        'nl': ['hoi mijn betaling met creditcard lukt niet', 'betalen mislukt steeds, foutcode {!error_code}',
               'kan ik mijn kaartgegevens niet gewoon aan jullie geven?', 'mijn kaart wordt geweigerd bij het afrekenen'],
        'vl': ['dag, mijn kredietkaart wordt geweigerd', 'betaling lukt niet, code {!error_code}',
               'kan ik mijn kaartgegevens aan u doorgeven?', 'probleem met betalen op jullie site'],
        'fr': ['bonjour ma carte est refusée sur votre site', 'paiement refusé, code {!error_code}',
               'je peux vous donner mes coordonnées de carte ?', 'le paiement ne passe pas'],
    },
    'pin': {
        'en': ['my card got blocked after entering my pin??', 'ATM ate my card 😡', 'hi, app keeps asking for my PIN then logs me out',
               'card declined at the till, says PIN error {!error_code}'],
        'nl': ['mijn pas is geblokkeerd na pinnen', 'de automaat heeft mijn pas ingeslikt', 'foutcode {!error_code} bij het pinnen, wat betekent dat?',
               'app vraagt steeds om mijn pincode en logt dan uit'],
        'vl': ['mijn kaart is geblokkeerd 😩', 'de bankautomaat heeft mijn kaart ingeslikt', 'foutcode {!error_code} bij het betalen met mijn kaart',
               'de app vraagt altijd mijn pincode'],
        'fr': ['ma carte est bloquée après avoir tapé mon code', 'le distributeur a avalé ma carte',
               'code erreur {!error_code} au terminal, ça veut dire quoi ?', "l'appli me redemande le code PIN sans arrêt"],
    },
    'sim': {
        'en': ['sim locked, asking for PUK', 'hi my phone says PUK required', 'entered wrong sim pin 3x 🙈', 'need my PUK code asap please'],
        'nl': ['mijn simkaart vraagt om een pukcode', 'sim geblokkeerd na 3x verkeerde pin', 'hoi, waar vind ik mijn PUK?', 'telefoon zegt PUK vereist'],
        'vl': ['mijn sim is geblokkeerd', 'hallo, mijn gsm vraagt een PUK code', '3 keer verkeerde pincode ingegeven 🙈', 'waar vind ik de PUK?'],
        'fr': ['ma SIM demande le code PUK', 'carte SIM bloquée', "j'ai tapé 3 fois le mauvais code PIN", 'où trouver mon code PUK ?'],
    },
    'wifi': {
        'en': ['wifi not connecting, says wrong password', 'hi internet keeps dropping out',
               "which password do I use for the wifi? the one on the sticker doesn't work", "new router, can't get the laptop on"],
        'nl': ['wifi doet het niet, zegt verkeerd wachtwoord', 'hoi, internet valt steeds weg',
               'welk wachtwoord moet ik voor de wifi gebruiken? die van de sticker werkt niet', 'nieuw modem, laptop maakt geen verbinding'],
        'vl': ['de wifi werkt niet', 'ik kan niet op de wifi met mijn laptop', 'welk paswoord moet ik gebruiken voor de wifi?', 'nieuwe modem en niks werkt'],
        'fr': ['le wifi ne marche pas, mot de passe incorrect', 'internet coupe sans arrêt',
               "quel mot de passe pour le wifi ? celui de l'autocollant ne marche pas", 'nouveau modem, le PC ne se connecte pas'],
    },
    'apikey': {
        'en': ['hey, our API calls are failing with {!error_code:http}', 'is there an outage? our key stopped working',
               'hi, integration broke after rotating keys', 'quick q: which key goes in the storefront, pk or sk?'],
        'nl': ['hoi, onze API calls falen met {!error_code:http}', 'is er een storing? onze key werkt niet meer',
               'koppeling kapot na nieuwe keys', 'welke sleutel moet in de webshop-plugin?'],
        'vl': ['dag, onze API-koppeling werkt niet meer', 'is er een storing bij jullie? key geeft {!error_code:http}',
               'na het vernieuwen van de keys werkt niks meer', 'welke key moet ik in de plugin zetten?'],
        'fr': ['bonjour, nos appels API échouent ({!error_code:http})', 'panne en cours ? notre clé ne marche plus',
               'intégration cassée depuis le changement de clés', 'quelle clé je mets dans le plugin ?'],
    },
    'token': {
        'en': ['hi, bearer token keeps getting {!error_code:http}', 'our bot token got revoked?', 'CI deploy failing, token rejected',
               'access token expires after like 5 seconds??'],
        'nl': ['hoi, ons bearer token krijgt steeds {!error_code:http}', 'is ons bot-token ingetrokken?', 'deploy faalt, token geweigerd',
               'access token verloopt na een paar seconden??'],
        'vl': ['dag, ons token wordt geweigerd ({!error_code:http})', 'is ons token ingetrokken?', 'deploy mislukt door het token',
               'access token vervalt direct'],
        'fr': ['bonjour, notre jeton bearer reçoit {!error_code:http}', 'notre token de bot a été révoqué ?', 'déploiement CI en échec, token refusé',
               "le token d'accès expire au bout de 5 secondes ??"],
    },
    'iban': {
        'en': ['hi, where is my refund??', 'need to change the account for my direct debit', 'you took money after I cancelled',
               'refund went to my old bank account'],
        'nl': ['hoi, waar blijft mijn terugbetaling?', 'ik wil mijn rekeningnummer voor de incasso wijzigen', 'jullie hebben afgeschreven na opzegging',
               'terugbetaling is naar mijn oude rekening gegaan'],
        'vl': ['dag, waar blijft mijn terugbetaling?', 'ik wil mijn domiciliëring wijzigen', 'er is nog geld afgehaald na mijn opzeg',
               'terugbetaling op mijn oude rekening gezet'],
        'fr': ['bonjour, où est mon remboursement ?', 'je veux changer le compte de ma domiciliation', 'vous avez prélevé après ma résiliation',
               'remboursement versé sur mon ancien compte'],
    },
    'bsn': {
        'nl': ['hoi, formulier accepteert mijn bsn niet', 'kan mijn zoon niet aanmelden, bsn wordt geweigerd',
               'goedemiddag, verkeerd BSN op mijn polis', 'waar moet ik mijn burgerservicenummer invullen?'],
        'en': ["hi, your form won't take my BSN", 'wrong BSN on my policy letter', 'trying to register and the BSN field gives an error',
               'do you need my BSN for this?'],
    },
}

P['ask'] = {
    'login': {
        'en': ["Sorry to hear that! Which username are you using to sign in?", "Thanks for reaching out. Could you tell me the username on the account so I can check it? Please don't send your password.",
               "Let's get this sorted. What's the login name you're entering?", "Can you confirm the username you log in with?"],
        'nl': ['Vervelend! Met welke gebruikersnaam probeer je in te loggen?', 'Ik kijk even met je mee. Wat is je gebruikersnaam? Je wachtwoord hoef je niet te sturen.',
               'Welke inlognaam gebruik je precies?', 'Kun je me je gebruikersnaam geven? Dan zoek ik je account op.'],
        'vl': ['Da\'s vervelend. Met welke gebruikersnaam meld je je aan?', 'Ik bekijk het even. Wat is je login? Je paswoord moet je niet doorsturen hoor.',
               'Welke login geef je in?', 'Mag ik je gebruikersnaam even hebben?'],
        'fr': ['Désolé pour ce souci. Quel identifiant utilisez-vous pour vous connecter ?', "Je regarde ça. Pouvez-vous me donner votre nom d'utilisateur ? Inutile d'envoyer votre mot de passe.",
               'Avec quel login essayez-vous de vous connecter ?', 'Quel est votre identifiant ?'],
    },
    'pwreset': {
        'en': ['I can send you a new reset link. Which e-mail address is on the account?', 'Which e-mail address did the reset link go to?',
               "Let's send a fresh link. What's the e-mail address you registered with?", 'To which e-mail address should I send the new link?'],
        'nl': ['Ik kan een nieuwe resetlink sturen. Naar welk e-mailadres mag die?', 'Naar welk e-mailadres is de resetlink gestuurd?',
               'Op welk e-mailadres ben je geregistreerd? Dan stuur ik een nieuwe link.', 'Welk mailadres hoort bij je account?'],
        'vl': ['Ik kan een nieuwe link sturen. Naar welk e-mailadres?', 'Op welk e-mailadres heb je de resetlink gekregen?',
               'Wat is het e-mailadres van je account?', 'Naar welk mailadres mag ik de nieuwe link sturen?'],
        'fr': ["Je peux vous envoyer un nouveau lien. À quelle adresse e-mail ?", "À quelle adresse le lien de réinitialisation a-t-il été envoyé ?",
               'Quelle est l\'adresse e-mail de votre compte ?', 'Sur quelle adresse souhaitez-vous recevoir le nouveau lien ?'],
    },
    'otp': {
        'en': ["No problem, I've just sent a new code to the number on file. Which code did you get?", "To verify it's you, I've sent a 6-digit code by text. Can you read it back to me?",
               'Could you tell me which code you received?', "I've triggered a fresh code. What does the SMS say?"],
        'nl': ['Ik heb zojuist een nieuwe code naar je telefoonnummer gestuurd. Welke code kreeg je?', 'Om te checken dat jij het bent stuur ik een verificatiecode per sms. Wil je die hier doorgeven?',
               'Welke code heb je ontvangen?', 'Kun je de code uit de sms even hier typen? Dan kijk ik of die overeenkomt.'],
        'vl': ['Ik heb net een nieuwe code verstuurd. Welke code kreeg je binnen?', 'Om je te verifiëren stuur ik een sms-code. Mag je die hier doorgeven?',
               'Welke code heb je gekregen?', 'Kan je de code uit de sms hier eens typen?'],
        'fr': ['Je viens de vous envoyer un nouveau code. Quel code avez-vous reçu ?', 'Pour vérifier votre identité, je vous envoie un code par SMS. Pouvez-vous me le communiquer ?',
               'Quel code avez-vous reçu ?', 'Pouvez-vous taper ici le code reçu par SMS ?'],
    },
    'wifi': {
        'en': ['Which wifi key are you entering exactly? Sometimes a 0 and an O get mixed up.', 'Could you type the key from the sticker here so I can compare it with our records?',
               "What key does the sticker on the back of the router show?", 'Which network key are you using right now?'],
        'nl': ['Welke wifi-sleutel vul je precies in? Soms wordt een 0 met een O verwisseld.', 'Kun je de sleutel van de sticker hier typen, dan vergelijk ik hem met onze gegevens?',
               'Wat staat er als netwerksleutel op de sticker achterop het modem?', 'Welke netwerksleutel gebruik je nu?'],
        'vl': ['Welke wifi-sleutel geef je juist in?', 'Kan je de sleutel van de sticker eens typen, dan vergelijk ik?',
               'Wat staat er op de sticker van de modem als sleutel?', 'Welk wifi-paswoord gebruik je nu?'],
        'fr': ['Quelle clé wifi tapez-vous exactement ? Parfois un 0 et un O sont confondus.', "Pouvez-vous recopier la clé de l'autocollant ici ?",
               "Quelle clé figure sur l'autocollant du modem ?", 'Quelle clé réseau utilisez-vous actuellement ?'],
    },
    'iban': {
        'en': ['Of course. To which account number (IBAN) would you like the refund?', 'Could you send the IBAN you want us to use?',
               'Which bank account should the direct debit come from?', 'Please let me know the IBAN in your name.'],
        'nl': ['Natuurlijk. Op welk rekeningnummer (IBAN) wil je het terug?', 'Kun je het IBAN sturen dat we moeten gebruiken?',
               'Van welke rekening mag de incasso voortaan?', 'Op welk IBAN, op jouw naam, mogen we het storten?'],
        'vl': ['Natuurlijk. Op welk rekeningnummer mogen we terugstorten?', 'Kan je het IBAN doorsturen dat we moeten gebruiken?',
               'Van welke rekening mag de domiciliëring gebeuren?', 'Welk rekeningnummer op jouw naam mogen we noteren?'],
        'fr': ['Bien sûr. Sur quel IBAN souhaitez-vous le remboursement ?', "Pouvez-vous m'envoyer l'IBAN à utiliser ?",
               'Depuis quel compte la domiciliation doit-elle se faire ?', 'Quel est le numéro de compte à votre nom ?'],
    },
    'bsn': {
        'nl': ['Om je dossier te vinden heb ik je BSN nodig. Wil je dat sturen?', 'Kun je je burgerservicenummer doorgeven, dan zoek ik het op.',
               'Welk BSN heb je ingevuld? Dan controleer ik het.', 'Om wie gaat het precies? Graag het BSN erbij.'],
        'en': ["To find your file I'll need your BSN.", 'Which BSN did you enter? I\'ll check it on our side.',
               'Could you send the citizen service number of the person concerned?', 'Please send the BSN so I can look it up.'],
    },
}

P['probe'] = {
    'login': {
        'en': ['Sorry to hear that. What exactly do you see on screen when it fails?', 'Does it fail on the app, the website or both?',
               'Have you tried the "forgot password" option yet?', 'When did it last work for you?'],
        'nl': ['Vervelend! Wat zie je precies op je scherm als het misgaat?', 'Gaat het mis in de app, op de website of allebei?',
               'Heb je de optie "wachtwoord vergeten" al geprobeerd?', 'Wanneer lukte het voor het laatst?'],
        'vl': ['Oei. Wat zie je juist op je scherm?', 'Lukt het niet in de app, op de site of allebei?', 'Heb je "paswoord vergeten" al geprobeerd?',
               'Wanneer werkte het nog?'],
        'fr': ["Désolé. Qu'est-ce qui s'affiche exactement ?", "Le souci est-il sur l'appli, le site ou les deux ?",
               'Avez-vous déjà essayé « mot de passe oublié » ?', 'Quand cela a-t-il fonctionné pour la dernière fois ?'],
    },
    'pwreset': {
        'en': ['Sorry about that. Do you get an error message after setting the new password?', 'When did you change it, and does it fail on the app, the website or both?',
               'Could you try once more and tell me which message you see?', 'Are you using a password manager that might fill in the old one?'],
        'nl': ['Vervelend! Krijg je een foutmelding na het instellen van het nieuwe wachtwoord?', 'Wanneer heb je het gewijzigd, en gaat het mis in de app, op de website of allebei?',
               'Wil je het nog één keer proberen en laten weten welke melding je dan ziet?', 'Gebruik je een wachtwoordmanager die misschien het oude invult?'],
        'vl': ['Oei. Krijg je een foutmelding als je het nieuwe paswoord ingeeft?', 'Wanneer heb je het aangepast? En lukt het op de website wel?',
               'Probeer je het nog eens en laat je weten wat er verschijnt?', 'Vult je gsm misschien automatisch het oude paswoord in?'],
        'fr': ["Désolé. Avez-vous un message d'erreur après avoir défini le nouveau mot de passe ?", "Quand l'avez-vous changé, et le problème est-il sur l'appli, le site ou les deux ?",
               'Pouvez-vous réessayer et me dire quel message apparaît ?', "Utilisez-vous un gestionnaire de mots de passe qui remplit l'ancien ?"],
    },
    'otp': {
        'en': ['Sorry about that! Is the number on your account still the one you use?', 'Does the code arrive at all, or too late?',
               'Which device are you using to log in?', 'Are you in the Netherlands or abroad at the moment?'],
        'nl': ['Vervelend! Klopt het telefoonnummer op je account nog?', 'Komt de code helemaal niet, of te laat?',
               'Op welk toestel log je in?', 'Ben je nu in Nederland of in het buitenland?'],
        'vl': ['Oei. Is het gsm-nummer op je account nog juist?', 'Komt de code niet toe of te laat?', 'Met welk toestel meld je je aan?',
               'Ben je in het buitenland?'],
        'fr': ['Désolé. Le numéro sur votre compte est-il toujours le bon ?', 'Le code arrive-t-il en retard ou pas du tout ?',
               'Quel appareil utilisez-vous ?', "Êtes-vous à l'étranger en ce moment ?"],
    },
    'card': {
        'en': ['Sorry about that! Please never share your full card details here. Which card type are you using, and what error do you see?',
               'Could you tell me at which step the payment fails?', 'Is it a credit or a debit card, and has it worked with us before?',
               "I can't take card payments in chat, but I can check the error. What does the screen say?"],
        'nl': ['Vervelend! Deel je kaartgegevens alsjeblieft niet hier. Welk type kaart gebruik je en welke melding krijg je?',
               'Bij welke stap gaat het mis?', 'Is het een creditcard of een debitkaart, en heb je er eerder mee bij ons betaald?',
               'Ik kan via de chat geen betalingen verwerken, maar ik kijk graag naar de foutmelding. Wat zie je?'],
        'vl': ['Oei. Deel je kaartgegevens liefst niet hier. Welke kaart gebruik je?', 'Bij welke stap loopt het mis?',
               'Is het een kredietkaart of een debetkaart?', 'Ik kan geen betalingen doen via de chat, maar wat zie je op het scherm?'],
        'fr': ['Désolé ! Ne partagez jamais vos données de carte ici. Quel type de carte utilisez-vous ?', 'À quelle étape le paiement échoue-t-il ?',
               'Est-ce une carte de crédit ou de débit ?', "Je ne peux pas traiter de paiement par chat, mais quel message voyez-vous ?"],
    },
    'pin': {
        'en': ['Sorry to hear that. Did the terminal show a specific message?', 'Did you enter the PIN incorrectly three times, or did it block straight away?',
               'Which card is it, debit or credit, and when did it last work?', 'Please never share your PIN with anyone, including us. Can you tell me what happened at the till?'],
        'nl': ['Vervelend! Stond er een specifieke melding op de betaalautomaat?', 'Heb je de pincode drie keer verkeerd ingetoetst, of werd hij meteen geblokkeerd?',
               'Om welke pas gaat het, en wanneer werkte hij nog?', 'Deel je pincode nooit, ook niet met ons. Wat gebeurde er precies bij de kassa?'],
        'vl': ['Oei. Stond er een melding op de terminal?', 'Heb je de code drie keer fout ingegeven?', 'Over welke kaart gaat het?',
               'Deel je pincode nooit, ook niet met ons. Wat is er juist gebeurd?'],
        'fr': ['Désolé. Le terminal affichait-il un message précis ?', 'Avez-vous tapé un mauvais code trois fois ?', "De quelle carte s'agit-il ?",
               "Ne communiquez jamais votre code, même à nous. Que s'est-il passé exactement ?"],
    },
    'sim': {
        'en': ['No worries. Do you still have the plastic card the SIM came in? The PUK is printed on it.', 'Have you already tried the PUK from the card? What happened?',
               'Which phone are you using, and does it ask for PUK1 or PUK2?', 'How many attempts do you have left according to the screen?'],
        'nl': ['Geen zorgen. Heb je het pasje van de simkaart nog? Daar staat de PUK op.', 'Heb je de PUK van het pasje al geprobeerd? Wat gebeurde er?',
               'Welke telefoon gebruik je, en vraagt hij om PUK1 of PUK2?', 'Hoeveel pogingen heb je nog volgens het scherm?'],
        'vl': ['Geen probleem. Heb je de kaart van de simkaart nog? Daar staat de PUK op.', 'Heb je de PUK al geprobeerd?',
               'Welke gsm heb je?', 'Hoeveel pogingen heb je nog?'],
        'fr': ['Pas de souci. Avez-vous encore la carte de la SIM ? Le PUK y est imprimé.', 'Avez-vous déjà essayé le PUK ?',
               'Quel téléphone utilisez-vous ?', "Combien d'essais vous reste-t-il ?"],
    },
    'wifi': {
        'en': ['Let\'s check. Which router model do you have?', 'Is the network name on your laptop the same as on the sticker?',
               'Could you restart the router and try again? What happens then?', 'Have you changed the wifi key at any point?'],
        'nl': ['Even checken. Welk modem heb je?', 'Is de netwerknaam op je laptop dezelfde als op de sticker?',
               'Wil je het modem herstarten en het opnieuw proberen? Wat gebeurt er dan?', 'Heb je de wifi-sleutel ooit aangepast?'],
        'vl': ['Welke modem heb je?', 'Is de netwerknaam dezelfde als op de sticker?', 'Kan je de modem eens herstarten?', 'Heb je de sleutel ooit veranderd?'],
        'fr': ['Quel modèle de modem avez-vous ?', "Le nom du réseau est-il le même que sur l'autocollant ?", 'Pouvez-vous redémarrer le modem et réessayer ?',
               'Avez-vous déjà modifié la clé wifi ?'],
    },
    'apikey': {
        'en': ["Could you share the request ID from the failing call? Please don't paste full secret keys here.", 'Which environment is this, test or live?',
               'Can you check which key prefix you\'re using in the plugin settings?', 'Does the error mention an invalid key or a permission issue?'],
        'nl': ['Kun je het request-ID van een mislukte call sturen? Plak liever geen volledige geheime sleutels hier.', 'Om welke omgeving gaat het, test of live?',
               'Welke key-prefix staat er in de plugin-instellingen?', 'Noemt de foutmelding een ongeldige sleutel of een rechtenprobleem?'],
        'vl': ['Kan je het request-ID sturen? Plak liefst geen volledige keys.', 'Test- of live-omgeving?', 'Welke prefix heeft de key in de plugin?',
               'Wat zegt de foutmelding juist?'],
        'fr': ["Pouvez-vous partager l'ID de la requête ? Ne collez pas de clé secrète complète ici.", "Quel environnement : test ou live ?",
               'Quel préfixe de clé utilisez-vous dans le plugin ?', "Le message parle-t-il d'une clé invalide ou d'un problème de droits ?"],
    },
    'token': {
        'en': ['Which endpoint returns the error, and since when?', 'Is the token generated from the dashboard or through OAuth?',
               'Could you check the scopes on the token?', "Please don't paste live tokens here. What's the exact error message?"],
        'nl': ['Welk endpoint geeft de fout, en sinds wanneer?', 'Is het token via het dashboard of via OAuth aangemaakt?',
               'Kun je de scopes van het token controleren?', 'Plak liever geen live tokens hier. Wat is de exacte foutmelding?'],
        'vl': ['Welk endpoint geeft de fout?', 'Via het dashboard of via OAuth aangemaakt?', 'Welke scopes heeft het token?', 'Wat is de exacte foutmelding?'],
        'fr': ["Quel endpoint renvoie l'erreur ?", 'Le jeton est-il généré via le tableau de bord ou OAuth ?', 'Pouvez-vous vérifier les scopes du jeton ?',
               "Quel est le message d'erreur exact ?"],
    },
    'iban': {
        'en': ["I'm sorry for the delay. When did you cancel exactly?", 'Could you tell me which invoice this is about?',
               'Do you have a confirmation of the cancellation?', 'Has the amount been taken more than once?'],
        'nl': ['Sorry voor het wachten. Wanneer heb je precies opgezegd?', 'Om welke factuur gaat het?', 'Heb je een bevestiging van de opzegging?',
               'Is het bedrag meerdere keren afgeschreven?'],
        'vl': ['Sorry voor het wachten. Wanneer heb je opgezegd?', 'Over welke factuur gaat het?', 'Heb je een bevestiging van de opzeg?', 'Is het meer dan één keer afgehaald?'],
        'fr': ['Désolé pour le délai. Quand avez-vous résilié ?', "De quelle facture s'agit-il ?", 'Avez-vous une confirmation de résiliation ?',
               'Le montant a-t-il été prélevé plusieurs fois ?'],
    },
    'bsn': {
        'nl': ['Vervelend! Welke foutmelding zie je precies?', 'Op welke pagina loop je vast?', 'Gaat het om jouw gegevens of om die van een gezinslid?',
               'Heb je het via de app of de website geprobeerd?'],
        'en': ['Sorry about that. What error do you see exactly?', 'At which step does it get stuck?', 'Is this about you or a family member?',
               'Did you try on the app or the website?'],
    },
}

P['subj'] = {
    'login': {
        'en': ['Can\'t log in to my account', 'Login not working [Case {!ticket_number.s}]', 'Locked out again', 'Account access problem – ref {!ticket_number.s}'],
        'nl': ['Inloggen lukt niet', 'Probleem met inloggen [Zaaknummer {!ticket_number.s}]', 'Account geblokkeerd', 'Kan niet inloggen in Mijn {brand}'],
        'vl': ['Aanmelden lukt niet', 'Login probleem ({!ticket_number.s})', 'Geen toegang tot mijn account', 'Probleem account'],
        'fr': ['Impossible de me connecter', 'Problème de connexion – dossier {!ticket_number.s}', 'Compte bloqué', 'Accès espace client'],
    },
    'pwreset': {
        'en': ['Password reset not working', 'New password rejected [Ticket {!ticket_number.s}]', 'Your password was changed', 'Reset link expired'],
        'nl': ['Wachtwoord resetten werkt niet', 'Nieuw wachtwoord wordt geweigerd', 'Uw wachtwoord is gewijzigd', 'Resetlink verlopen ({!ticket_number.s})'],
        'vl': ['Paswoord reset werkt niet', 'Nieuw paswoord geweigerd', 'Probleem paswoord [ref {!ticket_number.s}]', 'Paswoord vergeten'],
        'fr': ['Réinitialisation du mot de passe', 'Nouveau mot de passe refusé', 'Votre mot de passe a été modifié – réf. {!ticket_number.s}', 'Lien expiré'],
    },
    'otp': {
        'en': ['Verification code not arriving', '2FA code invalid – case {!ticket_number.s}', 'SMS code problem', "Can't approve payment"],
        'nl': ['Verificatiecode komt niet aan', 'Sms-code ongeldig', 'Betaling goedkeuren lukt niet [{!ticket_number.s}]', 'Probleem tweestapsverificatie'],
        'vl': ['Probleem met sms-code', 'Verificatiecode werkt niet', 'Betaling bevestigen', 'Code komt niet toe ({!ticket_number.s})'],
        'fr': ['Code de vérification non reçu', 'Code SMS invalide (dossier {!ticket_number.s})', 'Validation de paiement impossible', 'Double authentification'],
    },
    'card': {
        'en': ['Payment declined', 'Card charged twice – order {!order_number.s}', 'Update card details', 'Problem paying booking {!order_number.s}'],
        'nl': ['Betaling geweigerd', 'Dubbel afgeschreven – bestelling {!order_number.s}', 'Creditcard wijzigen', 'Probleem met betalen'],
        'vl': ['Betaling geweigerd', 'Twee keer aangerekend', 'Nieuwe kaart ingeven', 'Betaalprobleem bestelling {!order_number.s}'],
        'fr': ['Paiement refusé', 'Débit en double – commande {!order_number.s}', 'Mise à jour carte', 'Problème de paiement'],
    },
    'pin': {
        'en': ['Card blocked after PIN', 'Card retained by ATM', 'PIN letter not received [{!ticket_number.s}]', 'App PIN keeps logging me out'],
        'nl': ['Pas geblokkeerd na pinnen', 'Pas ingeslikt door geldautomaat', 'Pincodebrief niet ontvangen [{!ticket_number.s}]', 'App-pincode probleem'],
        'vl': ['Kaart geblokkeerd', 'Kaart ingeslikt', 'Geen brief met geheime code ontvangen', 'Probleem pincode app'],
        'fr': ['Carte bloquée', 'Carte avalée par le distributeur', 'Code secret non reçu (réf. {!ticket_number.s})', 'Code PIN application'],
    },
    'sim': {
        'en': ['SIM locked – PUK needed', 'PUK code request', 'New SIM asks for PIN [{!ticket_number.s}]', 'eSIM problem'],
        'nl': ['Simkaart geblokkeerd – PUK nodig', 'Aanvraag PUK-code', 'Nieuwe simkaart vraagt pincode [{!ticket_number.s}]', 'eSIM kwijt'],
        'vl': ['Simkaart geblokkeerd', 'PUK code nodig', 'Nieuwe sim vraagt pincode', 'Probleem sim ({!ticket_number.s})'],
        'fr': ['Carte SIM bloquée – code PUK', 'Demande de code PUK', 'Nouvelle SIM demande un code PIN', 'Problème eSIM ({!ticket_number.s})'],
    },
    'wifi': {
        'en': ['Wifi keeps dropping', 'Network key rejected [Case {!ticket_number.s}]', 'Slow broadband', 'Reset wifi password'],
        'nl': ['Wifi valt steeds weg', 'Netwerksleutel wordt geweigerd [Zaak {!ticket_number.s}]', 'Traag internet', 'Wifi-wachtwoord vergeten'],
        'vl': ['Wifi valt uit', 'Wifi sleutel werkt niet', 'Traag internet ({!ticket_number.s})', 'Wifi-paswoord resetten'],
        'fr': ['Le wifi coupe', 'Clé wifi refusée (dossier {!ticket_number.s})', 'Internet lent', 'Réinitialiser le mot de passe wifi'],
    },
    'apikey': {
        'en': ['API requests failing ({!error_code.s:http})', 'Keys mixed up between test and live', 'Webhook signature failures after key rotation', 'Urgent: integration down'],
        'nl': ['API-requests falen ({!error_code.s:http})', 'Keys verwisseld test/live', 'Webhook-validatie faalt na nieuwe sleutels', 'Spoed: koppeling ligt eruit'],
        'vl': ['API calls mislukken', 'Keys omgewisseld', 'Webhook probleem na nieuwe keys', 'Dringend: koppeling plat'],
        'fr': ['Appels API en échec', 'Clés test/live inversées', 'Webhooks en échec après rotation des clés', 'Urgent : intégration en panne'],
    },
    'token': {
        'en': ['Bearer token rejected', 'Bot token not accepted [{!ticket_number.s}]', 'CI token stopped working', 'Access token expires immediately'],
        'nl': ['Bearer token geweigerd', 'Bot-token niet geaccepteerd', 'CI-token werkt niet meer [{!ticket_number.s}]', 'Access token verloopt direct'],
        'vl': ['Token geweigerd', 'Bot token werkt niet', 'CI token probleem', 'Token vervalt meteen ({!ticket_number.s})'],
        'fr': ['Jeton bearer refusé', 'Token de bot non accepté', 'Token CI hors service [{!ticket_number.s}]', "Le token expire immédiatement"],
    },
    'iban': {
        'en': ['Refund still not received', 'Change of bank details', 'Direct debit after cancellation – invoice {!invoice_number.s}', 'Refund sent to closed account'],
        'nl': ['Terugbetaling nog niet ontvangen', 'Wijziging rekeningnummer', 'Incasso na opzegging – factuur {!invoice_number.s}', 'Terugbetaling naar oude rekening'],
        'vl': ['Terugbetaling nog niet ontvangen', 'Wijziging domiciliëring', 'Domiciliëring na opzeg ({!invoice_number.s})', 'Verkeerde rekening'],
        'fr': ['Remboursement non reçu', 'Changement de compte bancaire', 'Prélèvement après résiliation – facture {!invoice_number.s}', 'Remboursement sur compte clôturé'],
    },
    'bsn': {
        'nl': ['BSN wordt niet geaccepteerd', 'Verkeerd BSN op brief – kenmerk {!ticket_number.s}', 'Aanmelding zorgverzekering zoon', 'Foutmelding bij aanvraag'],
        'en': ['BSN not accepted', 'Wrong BSN on letter – ref {!ticket_number.s}', 'Registration problem', 'Error on application form'],
    },
}

# ---------------------------------------------------------------- family pools (other families)
P['prob'].update({
    'move': {
        'en': ["We're moving house on {!date} and I'd like to transfer the contract to the new address. The final reading at the old place is {!meter_reading} (electricity), taken this morning at {!time}.",
               "I moved last month and my bills are still going to the old address. I updated it online on {!date} but it didn't stick. The meter showed {!meter_reading} on the day I handed over the keys.",
               "Could you please update my address? We moved at the start of the month. The last invoice I received was {!invoice_number}.",
               "My partner and I are moving in together, so I need to end the contract at my flat and move the connection to the new house."],
        'nl': ["We verhuizen op {!date} en ik wil het contract meenemen naar het nieuwe adres. De eindstand op het oude adres is {!meter_reading} (stroom), vanochtend om {!time} opgenomen.",
               "Ik ben vorige maand verhuisd maar de facturen gaan nog steeds naar het oude adres. Ik heb het op {!date} online aangepast, maar dat is blijkbaar niet doorgekomen. Bij de sleuteloverdracht stond de meter op {!meter_reading}.",
               "Willen jullie mijn adres aanpassen? We zijn begin deze maand verhuisd. De laatste factuur die ik kreeg was {!invoice_number}.",
               "Mijn vriendin en ik gaan samenwonen, dus mijn contract op mijn appartement moet stoppen en de aansluiting moet mee naar het nieuwe huis."],
        'vl': ["We verhuizen op {!date} en ik wil mijn contract meenemen. De meterstand op het oude adres is {!meter_reading}.",
               "Ik ben verhuisd maar mijn facturen komen nog altijd op het oude adres toe. Ik had het op {!date} aangepast via de site. Meterstand bij vertrek: {!meter_reading}.",
               "Kunnen jullie mijn adres wijzigen aub? De laatste factuur was {!invoice_number}.",
               "We gaan samenwonen, dus mijn contract moet naar het nieuwe adres."],
        'fr': ["Nous déménageons le {!date} et je souhaite transférer le contrat à la nouvelle adresse. L'index final à l'ancienne adresse est {!meter_reading}.",
               "J'ai déménagé le mois passé et mes factures arrivent toujours à l'ancienne adresse. Je l'avais modifiée en ligne le {!date}. Index au départ : {!meter_reading}.",
               "Pouvez-vous mettre à jour mon adresse ? Nous avons déménagé début du mois. Dernière facture reçue : {!invoice_number}.",
               "Nous emménageons ensemble, donc mon contrat doit suivre à la nouvelle adresse."],
    },
    'meter': {
        'en': ["Please find my meter readings: electricity {!meter_reading} (day) and {!meter_reading} (night), gas {!meter_reading}. Your estimate of {!amount:monthly} a month is far too high.",
               "The smart meter hasn't sent readings since {!date}. The display currently shows {!meter_reading}.",
               "Your annual statement says I used {!quantity:energy}, but my own readings say otherwise.",
               "My monthly payment went up by {!percentage} without any explanation. The last reading I submitted was {!meter_reading} on {!date}."],
        'nl': ["Hierbij mijn meterstanden: stroom {!meter_reading} (dal) en {!meter_reading} (normaal), gas {!meter_reading}. Jullie voorschot van {!amount:monthly} per maand is veel te hoog.",
               "De slimme meter stuurt sinds {!date} geen standen meer door. Op het display staat nu {!meter_reading}.",
               "Volgens de jaarafrekening heb ik {!quantity:energy} verbruikt, maar mijn eigen standen zeggen iets anders.",
               "Mijn termijnbedrag is zonder uitleg met {!percentage} omhoog gegaan. De laatste stand die ik doorgaf was {!meter_reading} op {!date}."],
        'vl': ["Mijn meterstanden: dag {!meter_reading}, nacht {!meter_reading}, gas {!meter_reading}. Jullie voorschot van {!amount:monthly} is veel te hoog.",
               "De digitale meter stuurt sinds {!date} niks meer door. Op het scherm staat {!meter_reading}.",
               "Volgens de jaarafrekening heb ik {!quantity:energy} verbruikt, dat klopt niet.",
               "Mijn voorschot is met {!percentage} gestegen zonder uitleg."],
        'fr': ["Voici mes index : jour {!meter_reading}, nuit {!meter_reading}, gaz {!meter_reading}. Votre acompte de {!amount:monthly} par mois est beaucoup trop élevé.",
               "Le compteur intelligent n'envoie plus d'index depuis le {!date}. L'écran affiche {!meter_reading}.",
               "La facture annuelle indique {!quantity:energy} de consommation, mais mes propres relevés disent autre chose.",
               "Mon acompte a augmenté de {!percentage} sans explication."],
    },
    'order': {
        'en': ["Order {!order_number} (item {!product_code}) was supposed to arrive on {!date}, but the tracking ({!tracking_number}) hasn't moved in five days.",
               "I received the wrong item: I ordered product {!product_code} and got something completely different.",
               "The parcel was marked as delivered at {!time} but there's nothing here, not at the neighbours either.",
               "I returned order {!order_number} on {!date} (return label {!tracking_number}) and I'm still waiting for my {!amount}."],
        'nl': ["Bestelling {!order_number} (artikel {!product_code}) zou op {!date} komen, maar de track & trace ({!tracking_number}) staat al vijf dagen stil.",
               "Ik heb het verkeerde artikel ontvangen: besteld was artikelnummer {!product_code} en er zat iets heel anders in de doos.",
               "Het pakket staat als bezorgd om {!time}, maar er is niets, ook niet bij de buren.",
               "Ik heb bestelling {!order_number} op {!date} geretourneerd (retourlabel {!tracking_number}) en wacht nog steeds op mijn {!amount}."],
        'vl': ["Bestelling {!order_number} (artikelnr. {!product_code}) moest op {!date} geleverd worden, maar de tracking ({!tracking_number}) staat al dagen stil.",
               "Ik heb het verkeerde artikel gekregen, besteld was {!product_code}.",
               "Het pakje staat als geleverd om {!time}, maar er is niks.",
               "Ik heb bestelling {!order_number} teruggestuurd op {!date} en wacht nog op mijn {!amount}."],
        'fr': ["La commande {!order_number} (réf. article {!product_code}) devait arriver le {!date}, mais le suivi ({!tracking_number}) ne bouge plus depuis cinq jours.",
               "J'ai reçu le mauvais article : j'avais commandé la référence {!product_code}.",
               "Le colis est indiqué livré à {!time}, mais il n'y a rien, ni chez les voisins.",
               "J'ai renvoyé la commande {!order_number} le {!date} et j'attends toujours mes {!amount}."],
    },
    'flight': {
        'en': ["Our flight {!flight_number} on {!date} was cancelled and we were rebooked on a flight two days later. I'd like to claim compensation.",
               "I need to correct the date of birth on booking {!order_number}; it's wrong on the ticket and the check-in won't accept my passport.",
               "My suitcase didn't arrive on {!flight_number}; the baggage file reference is {!ticket_number}.",
               "Flight {!flight_number} landed four hours late, at {!time} instead of the scheduled time."],
        'nl': ["Onze vlucht {!flight_number} op {!date} is geannuleerd en we zijn omgeboekt naar een vlucht twee dagen later. Ik wil graag compensatie aanvragen.",
               "Op boeking {!order_number} staat een verkeerde geboortedatum, waardoor de online check-in mijn paspoort niet accepteert.",
               "Mijn koffer is niet meegekomen met {!flight_number}; het dossiernummer van de bagagebalie is {!ticket_number}.",
               "Vlucht {!flight_number} landde vier uur te laat, om {!time}."],
        'vl': ["Onze vlucht {!flight_number} van {!date} is geannuleerd. We zijn omgeboekt naar twee dagen later.",
               "Er staat een verkeerde geboortedatum op boeking {!order_number}.",
               "Mijn valies is niet aangekomen met {!flight_number}, dossier {!ticket_number}.",
               "Vlucht {!flight_number} had vier uur vertraging, we landden pas om {!time}."],
        'fr': ["Notre vol {!flight_number} du {!date} a été annulé et nous avons été replacés deux jours plus tard. Je souhaite une indemnisation.",
               "La date de naissance sur la réservation {!order_number} est erronée.",
               "Ma valise n'est pas arrivée avec le vol {!flight_number}, dossier bagages {!ticket_number}.",
               "Le vol {!flight_number} a atterri avec quatre heures de retard, à {!time}."],
    },
    'claim': {
        'en': ["I'd like to file a claim for water damage in our kitchen on {!date}. The plumber's invoice ({!invoice_number}) comes to {!amount}.",
               "My bike was stolen from the station on {!date}; the police report number is {!ticket_number}.",
               "My claim {!ticket_number} has been open for six weeks without any update.",
               "I'm trying to add my newborn daughter to my policy and the form keeps failing."],
        'nl': ["Ik wil schade melden: waterschade in de keuken op {!date}. De factuur van de loodgieter ({!invoice_number}) is {!amount}.",
               "Mijn fiets is op {!date} bij het station gestolen; het nummer van de aangifte is {!ticket_number}.",
               "Mijn schadeclaim {!ticket_number} staat al zes weken open zonder enige update.",
               "Ik probeer mijn pasgeboren dochter bij te schrijven op mijn polis, maar het formulier loopt steeds vast."],
        'vl': ["Ik wil schade aangeven: waterschade in de keuken op {!date}. De factuur van de loodgieter ({!invoice_number}) bedraagt {!amount}.",
               "Mijn fiets is gestolen aan het station op {!date}, PV-nummer {!ticket_number}.",
               "Mijn schadedossier {!ticket_number} staat al zes weken open.",
               "Ik wil mijn dochtertje toevoegen aan mijn polis."],
        'fr': ["Je souhaite déclarer un dégât des eaux dans la cuisine le {!date}. La facture du plombier ({!invoice_number}) s'élève à {!amount}.",
               "Mon vélo a été volé à la gare le {!date}, numéro de PV {!ticket_number}.",
               "Mon dossier sinistre {!ticket_number} est ouvert depuis six semaines.",
               "Je voudrais ajouter ma fille à ma police."],
    },
    'contact': {
        'en': ["I've got a new phone number and e-mail address; please update my details.", "I no longer have access to my old e-mail account, so please use the new one from now on.",
               "Please change the contact number on my account; the old one belonged to my late husband.", "Your text messages are going to my old number, which I gave up in {!year}."],
        'nl': ['Ik heb een nieuw telefoonnummer en e-mailadres, willen jullie mijn gegevens aanpassen?', 'Ik kan niet meer bij mijn oude mailbox, gebruik voortaan het nieuwe adres.',
               'Wilt u het telefoonnummer op mijn account wijzigen? Het oude was van mijn overleden man.', 'Jullie sms\'jes gaan naar mijn oude nummer, dat ik sinds {!year} niet meer heb.'],
        'vl': ['Ik heb een nieuw gsm-nummer en e-mailadres, kunnen jullie dat aanpassen?', 'Ik kan niet meer aan mijn oude mailbox, gebruik voortaan de nieuwe.',
               'Het nummer op mijn account moet gewijzigd worden.', 'Jullie sms\'en gaan nog altijd naar mijn oud nummer.'],
        'fr': ["J'ai un nouveau numéro et une nouvelle adresse e-mail, merci de mettre à jour mes données.", "Je n'ai plus accès à mon ancienne boîte mail, utilisez la nouvelle.",
               'Merci de changer le numéro de contact sur mon compte.', "Vos SMS arrivent toujours sur mon ancien numéro."],
    },
    'network': {
        'en': ["Since {!date} I can't reach several websites from home; it looks like my IP address is on a blacklist.", "Our office VPN drops every twenty minutes. Router {!model_number.r:router}, firmware {!version_string:app}.",
               "Your API only accepts whitelisted IP addresses and ours changed after the ISP migration.", "I get 'access denied' ({!error_code}) on your site from my home connection, but not on 4G."],
        'nl': ['Sinds {!date} kan ik vanuit huis een aantal websites niet bereiken; het lijkt erop dat mijn IP-adres op een zwarte lijst staat.', 'Onze kantoor-VPN valt om de twintig minuten weg. Modem {!model_number.r:router}, firmware {!version_string:app}.',
               'Jullie API accepteert alleen gewhiteliste IP-adressen en het onze is veranderd na de migratie.', "Ik krijg 'toegang geweigerd' ({!error_code}) op jullie site via mijn thuisverbinding, maar niet via 4G."],
        'vl': ['Sinds {!date} geraak ik op een paar websites niet meer vanuit thuis.', 'Onze VPN valt constant weg. Modem {!model_number.r:router}.',
               'Jullie API aanvaardt enkel gekende IP-adressen en het onze is veranderd.', "Ik krijg 'toegang geweigerd' ({!error_code}) via mijn thuisnet."],
        'fr': ["Depuis le {!date}, certains sites sont inaccessibles depuis chez moi ; mon adresse IP semble être sur liste noire.", 'Notre VPN coupe toutes les vingt minutes. Modem {!model_number.r:router}.',
               "Votre API n'accepte que les IP autorisées et la nôtre a changé.", "J'ai « accès refusé » ({!error_code}) sur votre site depuis chez moi, pas en 4G."],
    },
    'invoice': {
        'en': ["Invoice {!invoice_number} shows {!amount:monthly}, but my plan is {!amount.b:monthly} a month. That's {!percentage} more than agreed.", "I was charged for {!quantity:data} of extra data on {!date}, but I never went over my bundle.",
               "Why did my monthly payment go from {!amount:monthly} to {!amount.b:monthly}?", "The VAT on invoice {!invoice_number} is {!percentage}, which can't be right."],
        'nl': ['Factuur {!invoice_number} is {!amount:monthly}, terwijl mijn abonnement {!amount.b:monthly} per maand is. Dat is {!percentage} meer dan afgesproken.', 'Er is {!quantity:data} extra data in rekening gebracht op {!date}, maar ik ben nooit over mijn bundel gegaan.',
               'Waarom is mijn maandbedrag van {!amount:monthly} naar {!amount.b:monthly} gegaan?', 'De btw op factuur {!invoice_number} is {!percentage}, dat kan niet kloppen.'],
        'vl': ['Factuur {!invoice_number} bedraagt {!amount:monthly}, terwijl mijn abonnement {!amount.b:monthly} is.', 'Ik heb {!quantity:data} extra data aangerekend gekregen op {!date}.',
               'Waarom is mijn maandbedrag gestegen van {!amount:monthly} naar {!amount.b:monthly}?', 'De btw op factuur {!invoice_number} is {!percentage}, klopt dat wel?'],
        'fr': ["La facture {!invoice_number} indique {!amount:monthly}, alors que mon abonnement est de {!amount.b:monthly}.", "On m'a facturé {!quantity:data} de données en plus le {!date}.",
               'Pourquoi ma mensualité est-elle passée de {!amount:monthly} à {!amount.b:monthly} ?', 'La TVA sur la facture {!invoice_number} est de {!percentage}, est-ce correct ?'],
    },
    'apperror': {
        'en': ["Your app crashes on startup since version {!version_string:app} on my {!model_number.p:phone}. The error says {!error_code}.", "The app shows code {!error_code} when I try to open my card overview.",
               "Since updating to {!version_string}, Face ID login doesn't work anymore and it asks for my code every time.", "Push notifications stopped after the update to {!version_string:app}."],
        'nl': ['Jullie app crasht bij het opstarten sinds versie {!version_string:app} op mijn {!model_number.p:phone}. De melding is {!error_code}.', 'De app geeft code {!error_code} als ik mijn kaartoverzicht wil openen.',
               'Sinds de update naar {!version_string} werkt inloggen met Face ID niet meer en vraagt hij elke keer mijn code.', 'Pushmeldingen werken niet meer na de update naar {!version_string:app}.'],
        'vl': ['De app crasht bij het opstarten sinds versie {!version_string:app} op mijn {!model_number.p:phone}. Melding: {!error_code}.', 'De app geeft code {!error_code} als ik mijn kaarten wil bekijken.',
               'Sinds {!version_string} werkt Face ID niet meer en vraagt hij altijd mijn code.', 'Geen meldingen meer sinds de update ({!version_string:app}).'],
        'fr': ["L'application plante au démarrage depuis la version {!version_string:app} sur mon {!model_number.p:phone}. Erreur {!error_code}.", "L'appli affiche le code {!error_code} quand j'ouvre l'aperçu de mes cartes.",
               "Depuis la mise à jour {!version_string}, Face ID ne marche plus et l'appli demande mon code à chaque fois.", 'Plus de notifications depuis la version {!version_string:app}.'],
    },
})

P['chat'].update({
    'move': {'en': ["hi we're moving next month, how do I transfer my contract?", 'bills still going to my old address 🙄', 'need to change my address please', 'moving in with my gf, what do I do with my contract'],
             'nl': ['hoi we gaan verhuizen, hoe neem ik mijn contract mee?', 'facturen gaan nog naar mijn oude adres', 'adres wijzigen graag', 'ga samenwonen, wat moet ik met mijn contract'],
             'vl': ['dag, we verhuizen, hoe neem ik mijn contract mee?', 'facturen komen nog op mijn oud adres', 'adreswijziging aub', 'ik ga samenwonen, wat met mijn contract?'],
             'fr': ['bonjour, on déménage, comment transférer mon contrat ?', "mes factures arrivent toujours à l'ancienne adresse", "changement d'adresse svp", 'je vais emménager avec mon copain, et mon contrat ?']},
    'meter': {'en': ['hi, want to pass on my meter reading', 'smart meter stopped sending readings since {!date}', 'monthly payment went up {!percentage}??', 'your estimate is way off'],
              'nl': ['hoi, ik wil mijn meterstand doorgeven', 'slimme meter stuurt sinds {!date} niks meer', 'termijnbedrag {!percentage} omhoog??', 'jullie schatting klopt echt niet'],
              'vl': ['dag, ik wil mijn meterstand doorgeven', 'digitale meter stuurt niks door sinds {!date}', 'voorschot {!percentage} hoger??', 'de schatting klopt niet'],
              'fr': ['bonjour, je voudrais communiquer mon index', "le compteur n'envoie plus rien depuis le {!date}", 'acompte augmenté de {!percentage} ??', 'votre estimation est fausse']},
    'order': {'en': ['where is my order {!order_number}?', 'parcel says delivered but nothing here', 'wrong item received 😕', 'still waiting on my refund for the return'],
              'nl': ['waar blijft bestelling {!order_number}?', 'pakket staat op bezorgd maar er is niks', 'verkeerd artikel ontvangen 😕', 'wacht nog steeds op mijn geld van de retour'],
              'vl': ['waar blijft mijn bestelling {!order_number}?', 'pakje staat als geleverd maar er is niks', 'verkeerd artikel gekregen', 'nog altijd geen terugbetaling voor mijn retour'],
              'fr': ['où est ma commande {!order_number} ?', 'colis livré selon le suivi mais rien reçu', 'mauvais article reçu', "toujours pas remboursé pour mon retour"]},
    'flight': {'en': ['our flight {!flight_number} got cancelled, what now?', 'wrong date of birth on my booking', 'my suitcase never arrived', 'can I claim for the delay on {!flight_number}?'],
               'nl': ['onze vlucht {!flight_number} is geannuleerd, wat nu?', 'verkeerde geboortedatum op mijn boeking', 'mijn koffer is nooit aangekomen', 'kan ik compensatie krijgen voor de vertraging van {!flight_number}?'],
               'vl': ['onze vlucht {!flight_number} is geannuleerd', 'verkeerde geboortedatum op mijn boeking', 'mijn valies is niet aangekomen', 'compensatie voor vertraging {!flight_number}?'],
               'fr': ['notre vol {!flight_number} est annulé, on fait quoi ?', 'mauvaise date de naissance sur ma réservation', "ma valise n'est jamais arrivée", 'indemnisation pour le retard du {!flight_number} ?']},
    'claim': {'en': ['hi I need to report water damage', 'bike stolen, how do I claim?', 'my claim has been open for weeks', 'how do I add my baby to my policy?'],
              'nl': ['hoi ik wil waterschade melden', 'fiets gestolen, hoe meld ik dat?', 'mijn claim staat al weken open', 'hoe schrijf ik mijn baby bij op mijn polis?'],
              'vl': ['dag, ik wil schade aangeven', 'fiets gestolen, hoe gaat dat?', 'mijn dossier staat al weken open', 'hoe voeg ik mijn baby toe?'],
              'fr': ['bonjour, je dois déclarer un dégât des eaux', 'vélo volé, comment déclarer ?', 'mon dossier est ouvert depuis des semaines', 'comment ajouter mon bébé à ma police ?']},
    'contact': {'en': ['hi, new phone number, can you update it?', 'need to change my email on the account', 'your texts go to my old number', 'how do I change my contact details?'],
                'nl': ['hoi, nieuw nummer, kunnen jullie dat aanpassen?', 'ik wil mijn e-mailadres wijzigen', 'jullie sms gaat naar mijn oude nummer', 'hoe wijzig ik mijn contactgegevens?'],
                'vl': ['dag, nieuw gsm-nummer, kunnen jullie dat aanpassen?', 'ik wil mijn e-mailadres veranderen', 'sms komt op mijn oud nummer', 'hoe pas ik mijn gegevens aan?'],
                'fr': ['bonjour, nouveau numéro, vous pouvez le changer ?', 'je veux changer mon adresse mail', 'vos SMS vont sur mon ancien numéro', 'comment modifier mes coordonnées ?']},
    'network': {'en': ['hi some sites are blocked from my home connection?', 'vpn keeps dropping', 'your API rejects our IP since today', "getting access denied on your site at home"],
                'nl': ['hoi sommige sites zijn geblokkeerd vanaf mijn thuisverbinding?', 'vpn valt steeds weg', 'jullie API weigert ons IP sinds vandaag', 'krijg toegang geweigerd op jullie site thuis'],
                'vl': ['dag, sommige sites werken niet vanuit thuis', 'vpn valt steeds weg', 'jullie API weigert ons IP', 'toegang geweigerd op jullie site'],
                'fr': ['bonjour, certains sites bloqués depuis chez moi ?', 'le VPN coupe sans arrêt', 'votre API refuse notre IP', 'accès refusé sur votre site depuis chez moi']},
    'invoice': {'en': ['why is my bill {!amount} this month??', 'charged for {!quantity:data} extra data, never used it', 'monthly payment went up without notice', 'VAT on my invoice looks wrong'],
                'nl': ['waarom is mijn rekening {!amount} deze maand??', '{!quantity:data} extra data gerekend, nooit gebruikt', 'maandbedrag zonder bericht verhoogd', 'btw op mijn factuur klopt niet'],
                'vl': ['waarom is mijn factuur {!amount}??', '{!quantity:data} extra data aangerekend', 'maandbedrag verhoogd zonder bericht', 'btw op mijn factuur klopt niet'],
                'fr': ['pourquoi ma facture est de {!amount} ce mois-ci ??', '{!quantity:data} de données facturées en plus', 'mensualité augmentée sans prévenir', 'la TVA sur ma facture est fausse']},
    'apperror': {'en': ['app crashes on startup since the update 😤', 'error {!error_code} when opening my cards', 'face id stopped working after {!version_string}', 'no notifications anymore'],
                 'nl': ['app crasht bij opstarten sinds de update 😤', 'foutcode {!error_code} bij openen van mijn kaarten', 'face id werkt niet meer na {!version_string}', 'geen meldingen meer'],
                 'vl': ['app crasht sinds de update', 'foutmelding {!error_code} bij mijn kaarten', 'face id werkt niet meer sinds {!version_string}', 'geen meldingen meer'],
                 'fr': ["l'appli plante depuis la mise à jour", 'erreur {!error_code} en ouvrant mes cartes', 'face id ne marche plus depuis {!version_string}', 'plus de notifications']},
})

P['ask'].update({
    'move': {'en': ["Congrats on the move! What's the new address?", 'Could you send me the new address including postcode?', 'Where are you moving to?', 'Please let me know the full new address.'],
             'nl': ['Gefeliciteerd met de verhuizing! Wat is het nieuwe adres?', 'Kun je het nieuwe adres met postcode sturen?', 'Waar ga je naartoe verhuizen?', 'Wat wordt je nieuwe adres?'],
             'vl': ['Proficiat met de verhuis! Wat is het nieuwe adres?', 'Mag je het nieuwe adres met postcode sturen?', 'Waar verhuis je naartoe?', 'Wat is je nieuw adres?'],
             'fr': ['Félicitations pour le déménagement ! Quelle est la nouvelle adresse ?', "Pouvez-vous m'envoyer la nouvelle adresse avec le code postal ?", 'Où déménagez-vous ?', 'Quelle sera votre nouvelle adresse ?']},
    'meter': {'en': ["Thanks! What's your customer number?", 'Could you give me your account number so I can find you?', 'Which customer number is on your bill?', 'Please send your customer number.'],
              'nl': ['Dank je! Wat is je klantnummer?', 'Kun je je klantnummer sturen, dan zoek ik je op?', 'Welk klantnummer staat op je factuur?', 'Mag ik je klantnummer?'],
              'vl': ['Merci! Wat is je klantnummer?', 'Mag je je klantennummer sturen?', 'Welk klantnummer staat op je factuur?', 'Wat is je klantnummer?'],
              'fr': ['Merci ! Quel est votre numéro client ?', "Pouvez-vous m'envoyer votre numéro client ?", 'Quel numéro client figure sur votre facture ?', 'Votre numéro client svp ?']},
    'order': {'en': ['Could you confirm the delivery address?', "What's the address the parcel should go to?", 'Which address did you order to?', 'Please confirm your full address.'],
              'nl': ['Kun je het bezorgadres bevestigen?', 'Naar welk adres moest het pakket?', 'Op welk adres heb je besteld?', 'Wat is je volledige adres?'],
              'vl': ['Kan je het leveradres bevestigen?', 'Naar welk adres moest het pakje?', 'Op welk adres heb je besteld?', 'Wat is je volledig adres?'],
              'fr': ["Pouvez-vous confirmer l'adresse de livraison ?", 'À quelle adresse le colis devait-il arriver ?', 'Quelle adresse avez-vous indiquée ?', 'Votre adresse complète svp ?']},
    'flight': {'en': ['What date of birth should be on the booking?', "Could you tell me the passenger's correct date of birth?", "What's the right DOB?", 'Please confirm the date of birth.'],
               'nl': ['Welke geboortedatum moet er op de boeking staan?', 'Wat is de juiste geboortedatum van de passagier?', 'Wat is je geboortedatum?', 'Wil je de geboortedatum bevestigen?'],
               'vl': ['Welke geboortedatum moet erop staan?', 'Wat is de juiste geboortedatum?', 'Wat is je geboortedatum?', 'Mag je de geboortedatum bevestigen?'],
               'fr': ['Quelle date de naissance doit figurer sur la réservation ?', 'Quelle est la bonne date de naissance ?', 'Votre date de naissance ?', 'Pouvez-vous confirmer la date de naissance ?']},
    'claim': {'en': ["What's your policy number?", 'Could you send me your policy number?', 'Which policy number is this about?', 'Please give me your customer number.'],
              'nl': ['Wat is je polisnummer?', 'Kun je je polisnummer sturen?', 'Om welk polisnummer gaat het?', 'Mag ik je klantnummer?'],
              'vl': ['Wat is je polisnummer?', 'Mag je je polisnummer sturen?', 'Over welk polisnummer gaat het?', 'Wat is je klantnummer?'],
              'fr': ['Quel est votre numéro de police ?', "Pouvez-vous m'envoyer votre numéro de police ?", 'De quel contrat s\'agit-il ?', 'Votre numéro client svp ?']},
    'contact': {'en': ["Sure! What's the new e-mail address?", 'Which e-mail address should we use from now on?', 'Please send the new address.', "What's your new e-mail?"],
                'nl': ['Natuurlijk! Wat is het nieuwe e-mailadres?', 'Welk e-mailadres mogen we voortaan gebruiken?', 'Stuur je het nieuwe adres?', 'Wat is je nieuwe mail?'],
                'vl': ['Natuurlijk! Wat is het nieuwe e-mailadres?', 'Welk mailadres mogen we gebruiken?', 'Stuur je het nieuwe adres door?', 'Wat is je nieuw e-mailadres?'],
                'fr': ['Bien sûr ! Quelle est la nouvelle adresse e-mail ?', 'Quelle adresse devons-nous utiliser ?', 'Envoyez-moi la nouvelle adresse.', 'Votre nouvel e-mail ?']},
    'network': {'en': ["Which public IP address are you connecting from?", 'Could you check your IP on whatismyip and send it?', "What's the IP we should whitelist?", 'Which IP address do you see?'],
                'nl': ['Vanaf welk publiek IP-adres maak je verbinding?', 'Kun je je IP op whatismyip opzoeken en sturen?', 'Welk IP moeten we whitelisten?', 'Welk IP-adres zie je?'],
                'vl': ['Vanaf welk IP-adres verbind je?', 'Kan je je IP opzoeken en doorsturen?', 'Welk IP moeten we toevoegen?', 'Welk IP-adres zie je?'],
                'fr': ['Depuis quelle adresse IP publique vous connectez-vous ?', "Pouvez-vous vérifier votre IP et me l'envoyer ?", 'Quelle IP devons-nous autoriser ?', 'Quelle adresse IP voyez-vous ?']},
})

_GEN_PROBE = {
    'en': ['Sorry to hear that. Could you tell me a bit more about what happened?', 'Thanks for letting us know. When did this start?',
           'I understand. Have you already tried contacting us about this before?', 'Let me look into it. Do you have a reference number?'],
    'nl': ['Vervelend om te horen. Kun je iets meer vertellen over wat er gebeurde?', 'Bedankt voor je bericht. Sinds wanneer speelt dit?',
           'Ik begrijp het. Heb je hier al eerder contact over gehad?', 'Ik zoek het voor je uit. Heb je een referentienummer?'],
    'vl': ['Vervelend. Kan je wat meer uitleggen?', 'Bedankt voor je bericht. Sinds wanneer is dit?', 'Ik begrijp het. Heb je hier al eerder contact over gehad?',
           'Ik zoek het uit. Heb je een referentie?'],
    'fr': ["Désolé d'apprendre cela. Pouvez-vous m'en dire plus ?", 'Merci pour votre message. Depuis quand cela dure-t-il ?',
           'Je comprends. Nous avez-vous déjà contactés à ce sujet ?', 'Je regarde ça. Avez-vous une référence ?'],
}
for _f in ['move', 'meter', 'order', 'flight', 'claim', 'contact', 'network', 'invoice', 'apperror']:
    P['probe'][_f] = _GEN_PROBE

P['subj'].update({
    'move': {'en': ['Moving house – contract transfer', 'Change of address [{!ticket_number.s}]', 'Bills going to old address', 'Moving in together'],
             'nl': ['Verhuizing – contract meenemen', 'Adreswijziging [{!ticket_number.s}]', 'Facturen naar oud adres', 'Samenwonen'],
             'vl': ['Verhuis – contract meenemen', 'Adreswijziging ({!ticket_number.s})', 'Facturen op oud adres', 'Samenwonen'],
             'fr': ['Déménagement – transfert de contrat', "Changement d'adresse ({!ticket_number.s})", 'Factures à l\'ancienne adresse', 'Emménagement']},
    'meter': {'en': ['Meter readings', 'Smart meter not sending readings', 'Annual statement incorrect [{!ticket_number.s}]', 'Monthly payment increased'],
              'nl': ['Meterstanden doorgeven', 'Slimme meter stuurt geen standen', 'Jaarafrekening klopt niet [{!ticket_number.s}]', 'Termijnbedrag verhoogd'],
              'vl': ['Meterstanden', 'Digitale meter stuurt niks door', 'Jaarafrekening klopt niet ({!ticket_number.s})', 'Voorschot verhoogd'],
              'fr': ['Relevé d\'index', "Le compteur n'envoie plus", 'Facture annuelle incorrecte ({!ticket_number.s})', 'Acompte augmenté']},
    'order': {'en': ['Where is order {!order_number.s}?', 'Parcel marked delivered but not received', 'Wrong item received', 'Refund for return {!order_number.s}'],
              'nl': ['Waar blijft bestelling {!order_number.s}?', 'Pakket bezorgd maar niet ontvangen', 'Verkeerd artikel ontvangen', 'Terugbetaling retour {!order_number.s}'],
              'vl': ['Bestelling {!order_number.s}', 'Pakje niet ontvangen', 'Verkeerd artikel', 'Terugbetaling retour'],
              'fr': ['Commande {!order_number.s}', 'Colis non reçu', 'Mauvais article reçu', 'Remboursement retour {!order_number.s}']},
    'flight': {'en': ['Cancelled flight {!flight_number.s}', 'Correction date of birth – booking {!order_number.s}', 'Missing baggage', 'Delay compensation claim'],
               'nl': ['Geannuleerde vlucht {!flight_number.s}', 'Correctie geboortedatum – boeking {!order_number.s}', 'Bagage niet aangekomen', 'Claim vertraging'],
               'vl': ['Vlucht {!flight_number.s} geannuleerd', 'Correctie geboortedatum', 'Valies kwijt', 'Compensatie vertraging'],
               'fr': ['Vol {!flight_number.s} annulé', 'Correction date de naissance', 'Bagage manquant', 'Indemnisation retard']},
    'claim': {'en': ['New claim – water damage', 'Theft claim', 'Claim {!ticket_number.s} – no update', 'Adding a child to my policy'],
              'nl': ['Schademelding waterschade', 'Diefstal fiets', 'Claim {!ticket_number.s} – geen reactie', 'Kind bijschrijven op polis'],
              'vl': ['Schadeaangifte', 'Diefstal fiets', 'Dossier {!ticket_number.s}', 'Kind toevoegen aan polis'],
              'fr': ['Déclaration de sinistre', 'Vol de vélo', 'Dossier {!ticket_number.s} sans suite', 'Ajout enfant à la police']},
    'contact': {'en': ['Update contact details', 'New e-mail address', 'Change of phone number', 'Texts going to old number'],
                'nl': ['Contactgegevens wijzigen', 'Nieuw e-mailadres', 'Wijziging telefoonnummer', 'Sms naar oud nummer'],
                'vl': ['Gegevens aanpassen', 'Nieuw e-mailadres', 'Nieuw gsm-nummer', 'Sms naar oud nummer'],
                'fr': ['Mise à jour coordonnées', 'Nouvelle adresse e-mail', 'Changement de numéro', 'SMS vers ancien numéro']},
    'network': {'en': ['IP address blacklisted?', 'VPN dropping [{!ticket_number.s}]', 'IP whitelist change', 'Access denied from home connection'],
                'nl': ['IP-adres op zwarte lijst?', 'VPN valt weg [{!ticket_number.s}]', 'Wijziging IP-whitelist', 'Toegang geweigerd via thuisverbinding'],
                'vl': ['IP geblokkeerd?', 'VPN valt weg', 'IP whitelist aanpassen', 'Toegang geweigerd'],
                'fr': ['IP sur liste noire ?', 'VPN instable', 'Modification liste IP', 'Accès refusé']},
    'invoice': {'en': ['Query about invoice {!invoice_number.s}', 'Incorrect charge', 'Monthly payment increase', 'VAT question'],
                'nl': ['Vraag over factuur {!invoice_number.s}', 'Onterechte kosten', 'Verhoging maandbedrag', 'Vraag over btw'],
                'vl': ['Vraag factuur {!invoice_number.s}', 'Foute aanrekening', 'Verhoging maandbedrag', 'Btw vraag'],
                'fr': ['Question facture {!invoice_number.s}', 'Frais incorrects', 'Hausse de la mensualité', 'Question TVA']},
    'apperror': {'en': ['App crashes after update', 'Error {!error_code.s} in app', 'Face ID not working', 'No notifications'],
                 'nl': ['App crasht na update', 'Foutcode {!error_code.s} in app', 'Face ID werkt niet', 'Geen pushmeldingen'],
                 'vl': ['App crasht', 'Foutmelding {!error_code.s}', 'Face ID werkt niet', 'Geen meldingen'],
                 'fr': ["L'appli plante", 'Erreur {!error_code.s}', 'Face ID ne fonctionne pas', 'Plus de notifications']},
})

# ---------------------------------------------------------------- generic e-mail pools
def G(**kw):
    return {'_': kw}


P['filler'] = G(
    en=["I've been a customer since {!year} and never had problems like this before. I called your helpline on {!company_phone} yesterday and the line went dead after forty minutes on hold.",
        "For what it's worth, my order number is {!order_number} and the last invoice I received was {!invoice_number} for {!amount}.",
        "I work from home three days a week, so I really need this sorted. I've already spent most of my lunch break on it.",
        "Your FAQ at {!url} says this should take 'a few minutes', but it has now been days. I've been with you since {!year}, this is not how I expect to be treated.",
        "I'm using the app on an {!model_number.p:phone} running {!version_string:mobile}, in case that matters.",
        "Your colleague on the phone gave me reference {!ticket_number} and promised a call back within a day. That was on {!date}.",
        "I'm not very good with computers, so please explain it step by step.",
        "I also noticed a charge of {!amount} on {!date} that I don't recognise, roughly {!percentage} more than usual. Is that related?",
        "My neighbour has exactly the same problem, so I don't think it's just me.",
        "The error code on screen is {!error_code}, if that helps your technical team.",
        "I'm paying {!amount:monthly} a month, so I expect things to simply work.",
        "The replacement you sent (tracking number {!tracking_number}) hasn't arrived either."],
    nl=["Ik ben al klant sinds {!year} en heb nooit eerder zulke problemen gehad. Gisteren heb ik jullie klantenservice gebeld ({!company_phone}) en na veertig minuten wachten werd de verbinding verbroken.",
        "Voor de volledigheid: mijn bestelnummer is {!order_number} en de laatste factuur was {!invoice_number} van {!amount}.",
        "Ik werk drie dagen per week thuis, dus ik heb dit echt nodig. Mijn hele lunchpauze is er al aan opgegaan.",
        "Op jullie website ({!url}) staat dat dit 'een paar minuten' duurt, maar inmiddels zijn we dagen verder. Ik ben sinds {!year} klant, zo ga je toch niet met mensen om.",
        "Ik gebruik de app op een {!model_number.p:phone} met {!version_string:mobile}, mocht dat uitmaken.",
        "Uw collega aan de telefoon gaf mij zaaknummer {!ticket_number} en beloofde binnen een dag terug te bellen. Dat was op {!date}.",
        "Ik ben niet zo handig met computers, dus leg het alstublieft stap voor stap uit.",
        "Ik zag ook een afschrijving van {!amount} op {!date} die ik niet herken, zo'n {!percentage} meer dan normaal. Heeft dat hiermee te maken?",
        "Mijn buurvrouw heeft precies hetzelfde probleem, dus het ligt volgens mij niet aan mij.",
        "De foutcode op het scherm is {!error_code}, misschien heeft jullie technische afdeling daar iets aan.",
        "Ik betaal {!amount:monthly} per maand, dan verwacht ik dat het gewoon werkt.",
        "Het vervangende pakket (trackingnummer {!tracking_number}) is ook nog niet aangekomen."],
    vl=["Ik ben al klant sinds {!year} en dit heb ik nog nooit meegemaakt. Ik heb gisteren naar jullie gebeld ({!company_phone}) maar na drie kwartier hing ik nog altijd in de wachtrij.",
        "Mijn bestelnummer is {!order_number}, de laatste factuur was {!invoice_number} van {!amount}.",
        "Ik werk van thuis uit, dus zonder internet kan ik echt niet verder.",
        "Op jullie site ({!url}) staat dat het maar enkele minuten duurt, maar 't is nu al dagen. En dat terwijl ik al sinds {!year} klant ben.",
        "Ik gebruik de app op een {!model_number.p:phone}, versie {!version_string:app}.",
        "Uw collega gaf mij dossiernummer {!ticket_number} en zou mij terugbellen. Dat was {!date}, ik heb nog niets gehoord.",
        "Ik ben niet zo thuis in computers, dus graag stap voor stap uitleggen aub.",
        "Ik zag ook een aanrekening van {!amount} op {!date} die ik niet kan plaatsen, {!percentage} meer dan anders.",
        "Mijn gebuur heeft exact hetzelfde probleem.",
        "Op het scherm staat foutcode {!error_code}, voor wat het waard is.",
        "Ik betaal {!amount:monthly} per maand, dan mag het toch werken.",
        "Het pakje met de vervanging (tracking {!tracking_number}) is ook nog niet toegekomen."],
    fr=["Je suis client depuis {!year} et je n'ai jamais eu de problème pareil. J'ai appelé votre service client ({!company_phone}) hier et après quarante minutes d'attente la ligne a coupé.",
        "Pour info, ma commande porte le numéro {!order_number} et la dernière facture était la {!invoice_number} de {!amount}.",
        "Je travaille à domicile trois jours par semaine, j'ai vraiment besoin que ça fonctionne.",
        "Votre FAQ ({!url}) dit que ça prend quelques minutes, ça fait maintenant plusieurs jours. Je suis pourtant client depuis {!year}.",
        "J'utilise l'application sur un {!model_number.p:phone} avec {!version_string:mobile}, si ça peut aider.",
        "Votre collègue m'a donné le numéro de dossier {!ticket_number} et m'a promis un rappel le jour même. C'était le {!date}.",
        "Je ne suis pas très à l'aise avec l'informatique, merci de m'expliquer étape par étape.",
        "J'ai aussi vu un débit de {!amount} le {!date} que je ne reconnais pas, {!percentage} de plus que d'habitude. C'est lié ?",
        "Mon voisin a exactement le même problème, donc ça ne vient pas de chez moi.",
        "Le code d'erreur affiché est {!error_code}, si ça peut aider vos techniciens.",
        "Je paie {!amount:monthly} par mois, je m'attends à ce que ça marche.",
        "Le colis de remplacement (numéro de suivi {!tracking_number}) n'est pas arrivé non plus."],
)
P['filler']['telco'] = {
    'en': ["Half the street is on the same {!quantity:plan} package and nobody else seems to have this.", "It happens on my {!quantity:speed} line and on 4G.",
           "My contract includes {!quantity:data} and I'm paying {!amount:monthly} a month, so I expect it to simply work.", "The modem is a {!model_number.r:router} and all the lights are green, for what it's worth."],
    'nl': ['De halve straat heeft hetzelfde {!quantity:plan}-abonnement en bij niemand anders speelt dit.', 'Het gebeurt op mijn {!quantity:speed}-lijn én op 4G.',
           'In mijn abonnement zit {!quantity:data} en ik betaal {!amount:monthly} per maand, dan verwacht ik dat het gewoon werkt.', 'Het modem is een {!model_number.r:router} en alle lampjes branden groen.'],
    'vl': ['Bij de geburen met hetzelfde {!quantity:plan}-abonnement werkt het wel.', 'Het gebeurt op mijn {!quantity:speed}-lijn en op 4G.',
           'Ik betaal {!amount:monthly} per maand voor {!quantity:plan}, dan mag het toch werken.', 'De modem is een {!model_number.r:router} en alle lichtjes zijn groen.'],
    'fr': ['Les voisins ont la même formule {!quantity:plan} et chez eux ça marche.', 'Ça arrive sur ma ligne {!quantity:speed} et en 4G.',
           'Mon abonnement comprend {!quantity:data} et je paie {!amount:monthly} par mois, je veux que ça marche.', 'Le modem est un {!model_number.r:router} et tous les voyants sont verts.'],
}
TELCO_FAMS = {'wifi', 'network', 'sim', 'invoice', 'apperror', 'login', 'otp', 'contact'}


def filler(ctx):
    key = '_'
    if ctx.sector == 'telco' and ctx.fam in TELCO_FAMS and ctx.r.random() < 0.45:
        left = [t for i, t in enumerate(P['filler']['telco'][ctx.L]) if i % 2 == ctx.half and t not in ctx.used]
        if left:
            key = 'telco'
    return render(ctx, ctx.pick_new('filler', key))


P['greet'] = G(
    en=['Hi there,', 'Dear Sir or Madam,', 'Hello {agent},', 'Hi {brand} team,', 'To whom it may concern,', 'Good afternoon,', 'Hello,', 'Dear {brand},'],
    nl=['Beste {brand} klantenservice,', 'Geachte heer/mevrouw,', 'Hallo,', 'Goedemiddag,', 'Hoi {agent},', 'Beste {agent},', 'Geachte medewerker,', 'Goedemorgen,'],
    vl=['Beste,', 'Dag {agent},', 'Goeiedag,', 'Hallo daar,', 'Beste mevrouw, meneer,', 'Dag,', 'Beste klantendienst,', 'Hallo {agent},'],
    fr=['Bonjour,', 'Madame, Monsieur,', 'Bonjour {agent},', 'Chère équipe {brand},', 'Bonsoir,', 'Bonjour Madame, Monsieur,'],
)
P['signoff'] = G(
    en=['Kind regards,', 'Best,', 'Thanks,', 'Many thanks,', 'Regards,', 'Cheers,', 'Sincerely,', 'Thanks in advance,'],
    nl=['Met vriendelijke groet,', 'Groet,', 'Mvg,', 'Alvast bedankt,', 'Vriendelijke groeten,', 'Groetjes,'],
    vl=['Met vriendelijke groeten,', 'Mvg,', 'Groetjes,', 'Alvast bedankt!', 'Vriendelijke groet,', 'Groeten,'],
    fr=['Cordialement,', 'Bien à vous,', "Merci d'avance,", 'Bien cordialement,', 'Salutations,', 'Belle journée,'],
)
# index 0 and 1 carry no labelled value (usable in span-free messages)
P['sig'] = G(
    en=['{name}', '{name}\n{job}\n{company}\nT {!company_phone}\n{!url:company}\nReg. {!company_registration}',
        '{name}\n{phone}', '{name}\nMobile: {phone}\n{email}', '{name}\n{address:ml}\nTel: {phone}',
        '{name}\n{job}\n{company}\n{address:ml}\nM {phone} | T {!company_phone}\n{email}\nCompany No. {!company_registration}',
        '--\n{name}\n{job}, {company}\nDirect: {phone}\nE: {email} | W: {!url:company}', '{first}\n\n{address:ml}',
        '{name} | {phone}', '{name}\n{email.work}\n{company} · {!company_phone}'],
    nl=['{name}\n{job}\n{company}\nT {!company_phone}\n{!url:company}\nKvK {!company_registration:kvk}', '{name}',
        '{name}\n{phone}', '{name}\nTel: {phone}\nE-mail: {email}', '{name}\n{address:ml}\n{phone}',
        '{name}\n{job}\n{company}\n{address:ml}\nM {phone} | T {!company_phone}\n{email}\nKvK {!company_registration:kvk} | BTW {!company_registration:vat}',
        '--\n{name} | {job} | {company}\nMobiel: {phone}\n{email} | {!url:company}', '{first}\n\n{address:ml}',
        '{name} - {phone}', '{name}\n{email.work}\n{company} | {!company_phone}'],
    vl=['{name}', '{name}\n{job}\n{company}\nT {!company_phone}\n{!url:company}\nBTW {!company_registration:vat}',
        '{name}\n{phone}', '{name}\ngsm: {phone}\n{email}', '{name}\n{address:ml}\n{phone}',
        '{name}\n{job}\n{company}\n{address:ml}\nGSM {phone} | Tel. {!company_phone}\n{email}\nOndernemingsnummer {!company_registration:kbo}',
        '--\n{name}\n{job} - {company}\n{phone}\n{email}', '{first}\n{address:ml}'],
    fr=['{name}\n{job}\n{company}\nTél. {!company_phone}\n{!url:company}\nTVA {!company_registration:vat}', '{name}',
        '{name}\n{phone}', '{name}\nGSM : {phone}\n{email}', '{name}\n{address:ml}\n{phone}',
        '{name}\n{job}\n{company}\n{address:ml}\nGSM {phone} | Tél. {!company_phone}\n{email}\nN° d\'entreprise {!company_registration:kbo}',
        '--\n{name}\n{job} - {company}\n{phone}\n{email}', '{first}\n{address:ml}'],
)
P['disc'] = G(
    en=['This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. {company} accepts no liability for viruses.',
        'CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you received it in error, please delete it and let us know. Registered office: {company}, company number {!company_registration}.',
        'Please consider the environment before printing this e-mail.',
        'This e-mail and any attachments are confidential and intended solely for the addressee. Any unauthorised use, disclosure or copying is strictly prohibited.'],
    nl=['Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. {company} aanvaardt geen aansprakelijkheid voor de inhoud.',
        'De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. {company} | KvK {!company_registration:kvk}',
        'Denk aan het milieu voordat u deze e-mail print.',
        'Aan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde.'],
    vl=['Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing ontvangen hebt, gelieve de afzender te verwittigen en het bericht te verwijderen.',
        'Dit e-mailbericht en de bijlagen zijn vertrouwelijk. {company} – BTW {!company_registration:vat}',
        'Denk aan het milieu voor u deze mail afdrukt.',
        'De inhoud van dit bericht is vertrouwelijk en enkel bestemd voor de geadresseerde.'],
    fr=["Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.",
        "Ce courriel est confidentiel. {company} – n° d'entreprise {!company_registration:kbo}",
        "Pensez à l'environnement avant d'imprimer ce mail.",
        "Toute utilisation ou diffusion non autorisée de ce message est interdite."],
)
P['mobile'] = G(
    en=['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for iOS', 'Sent from Yahoo Mail on Android', 'Sent from my {!model_number.p:phone}', 'Sent from my iPad'],
    nl=['Verzonden vanaf mijn iPhone', 'Verstuurd vanaf mijn Samsung Galaxy-smartphone.', 'Outlook voor Android downloaden', 'Verzonden vanaf mijn {!model_number.p:phone}', 'Verzonden vanaf mijn iPad', 'Verstuurd vanaf mijn telefoon'],
    vl=['Verzonden vanaf mijn iPhone', 'Verstuurd vanop mijn gsm', 'Verzonden met Outlook voor iOS', 'Verstuurd vanaf mijn {!model_number.p:phone}'],
    fr=['Envoyé de mon iPhone', 'Envoyé depuis mon smartphone Samsung Galaxy.', 'Obtenir Outlook pour Android', 'Envoyé de mon {!model_number.p:phone}'],
)
P['follow'] = {
    '_': {
        'en': ['Thanks for your quick reply.', "Thank you, but I'm afraid it still doesn't work.", 'Sorry for the late reply, I was away for a few days.',
               'I tried what you suggested but no luck.', "Following up on the e-mail below as I haven't heard back.", 'Any news on this?'],
        'nl': ['Bedankt voor de snelle reactie.', 'Dank je, maar het werkt helaas nog steeds niet.', 'Sorry voor de late reactie, ik was een paar dagen weg.',
               'Ik heb gedaan wat u voorstelde, maar zonder resultaat.', 'Ik kom even terug op onderstaande mail, want ik heb nog niets gehoord.', 'Is hier al nieuws over?'],
        'vl': ['Merci voor de snelle reactie.', 'Bedankt, maar het werkt nog altijd niet.', 'Sorry voor het late antwoord.',
               'Ik heb gedaan wat jullie zeiden maar het lukt niet.', 'Ik kom nog eens terug op mijn mail hieronder, want ik heb nog niks gehoord.', 'Al nieuws?'],
        'fr': ['Merci pour votre réponse rapide.', 'Merci, mais malheureusement ça ne fonctionne toujours pas.', "Désolé pour le retard, j'étais absent quelques jours.",
               "J'ai essayé ce que vous m'avez proposé, sans succès.", 'Je reviens vers vous concernant le mail ci-dessous, toujours sans réponse.', 'Des nouvelles ?'],
    },
    'give': {
        'en': ['As requested, here are the details.', 'Thanks for getting back to me. Here is what you asked for.', 'Please find the information below.', 'Here you go:'],
        'nl': ['Zoals gevraagd hierbij de gegevens.', 'Bedankt voor uw reactie, hieronder wat u vroeg.', 'Hierbij de gevraagde informatie.', 'Alsjeblieft:'],
        'vl': ['Zoals gevraagd, hierbij de gegevens.', 'Merci, hieronder wat je vroeg.', 'Hier zijn de gegevens.', 'Alstublieft:'],
        'fr': ['Comme demandé, voici les informations.', 'Merci pour votre retour, voici ce que vous demandiez.', 'Voici les données demandées.', 'Voilà :'],
    },
}
P['fwdintro'] = G(
    en=['Forwarding this again because nobody has replied.', 'See below – I sent this on {!date.t0} and still nothing.', 'FYI, this is what I sent to your colleague last week.', 'Resending, as requested on the phone.'],
    nl=['Ik stuur dit nogmaals door omdat er niemand heeft gereageerd.', 'Zie onderstaand bericht, verstuurd op {!date.t0}, nog steeds geen antwoord.', 'Ter info: dit heb ik vorige week naar uw collega gestuurd.', 'Zoals telefonisch besproken stuur ik mijn eerdere mail nog een keer door.'],
    vl=['Ik stuur dit nog eens door want ik heb geen antwoord gekregen.', 'Zie hieronder, verstuurd op {!date.t0}.', 'Ter info: dit had ik vorige week al gestuurd.', 'Zoals gevraagd aan de telefoon, mijn vorige mail.'],
    fr=['Je vous transfère à nouveau ce message resté sans réponse.', 'Voir ci-dessous, envoyé le {!date.t0}, toujours rien.', 'Pour info, voici ce que j\'ai envoyé à votre collègue la semaine passée.', 'Comme convenu au téléphone, je vous renvoie mon mail.'],
)
P['gwrap'] = G(
    en=['{G}.', 'For reference, {G}.', 'In case you need it: {G}.', 'Details: {G}.', 'Just so you know, {G}.', '{G} – hope that helps.'],
    nl=['{G}.', 'Ter info: {G}.', 'Voor de zekerheid: {G}.', 'Mocht het nodig zijn: {G}.', 'Gegevens: {G}.', '{G}, hopelijk helpt dat.'],
    vl=['{G}.', 'Ter info: {G}.', 'Voor alle zekerheid: {G}.', '{G}, als dat helpt.'],
    fr=['{G}.', 'Pour info : {G}.', 'Au cas où : {G}.', '{G}, si ça peut aider.'],
)

# ---------------------------------------------------------------- agent pools
P['a_open'] = G(
    en=['Hi {first},\n\nThanks for your message and sorry for the trouble.', 'Dear {name},\n\nThank you for contacting {brand} Customer Care.', 'Hello {first},\n\nThanks for getting back to us.',
        "Hi {first},\n\nI'm sorry to hear you're still having problems.", 'Dear {last},\n\nThank you for your e-mail of {!date.t0}.', 'Hi {first},\n\nThanks for your patience while we looked into this.'],
    nl=['Beste {first},\n\nBedankt voor je bericht en sorry voor het ongemak.', 'Geachte heer/mevrouw {last},\n\nHartelijk dank voor uw e-mail van {!date.t0}.', 'Hoi {first},\n\nDank je wel voor je reactie.',
        'Beste {name},\n\nWat vervelend dat het nog steeds niet lukt.', 'Beste {first},\n\nDank voor je geduld.', 'Goedemiddag {first},\n\nBedankt dat je contact opneemt met {brand}.'],
    vl=['Dag {first},\n\nBedankt voor je bericht.', 'Beste {name},\n\nDank u voor uw e-mail van {!date.t0}.', 'Hallo {first},\n\nSorry voor het ongemak.', 'Beste {first},\n\nBedankt voor je geduld.',
        'Dag {first},\n\nVervelend dat het nog altijd niet lukt.', 'Beste mevrouw, meneer {last},\n\nWij hebben uw vraag goed ontvangen.'],
    fr=['Bonjour {first},\n\nMerci pour votre message et désolé pour le désagrément.', 'Madame, Monsieur {last},\n\nNous vous remercions pour votre e-mail du {!date.t0}.', 'Bonjour {name},\n\nMerci pour votre retour.',
        'Bonjour {first},\n\nNous sommes désolés d\'apprendre que le problème persiste.', 'Cher client,\n\nMerci pour votre patience.', "Bonjour {first},\n\nMerci d'avoir contacté {brand}."],
)
P['a_close'] = G(
    en=['If you have any other questions, just reply to this e-mail and quote reference {!ticket_number}.', "We'll get back to you within two working days.", "Please don't hesitate to contact us again if this doesn't solve it.",
        'You can also reach us on {!company_phone} on weekdays.', 'Have a nice day.', "We'll keep case {!ticket_number} open for two weeks."],
    nl=['Heb je nog vragen? Reageer dan op deze mail en vermeld zaaknummer {!ticket_number}.', 'We komen binnen twee werkdagen bij je terug.', 'Lukt het niet? Neem dan gerust opnieuw contact op.',
        'Je kunt ons ook bellen op {!company_phone} (op werkdagen).', 'Nog een fijne dag!', 'Je dossier {!ticket_number} blijft twee weken openstaan.'],
    vl=['Nog vragen? Antwoord gerust op deze mail met referentie {!ticket_number}.', 'We nemen binnen twee werkdagen contact met je op.', 'Als het niet lukt, laat het ons gerust weten.',
        'Je kan ons ook bellen op {!company_phone}.', 'Nog een fijne dag!', 'Je dossier {!ticket_number} blijft open tot we van je horen.'],
    fr=['Pour toute autre question, répondez à cet e-mail en mentionnant la référence {!ticket_number}.', 'Nous reviendrons vers vous dans les deux jours ouvrables.', "N'hésitez pas à nous recontacter si le problème persiste.",
        'Vous pouvez aussi nous joindre au {!company_phone}.', 'Bonne journée !', 'Votre dossier {!ticket_number} reste ouvert deux semaines.'],
)
P['a_sig'] = G(
    en=['Kind regards,\n{agent}\n{brand} Customer Care', 'Best wishes,\n{agent} | Customer Support\n{brand}\n{!url}', 'Regards,\n{agent}\nCustomer Service Team, {brand}\nT {!company_phone}', 'Thanks,\n{agent} ({agent_ini})\n{brand} Support'],
    nl=['Met vriendelijke groet,\n{agent}\nKlantenservice {brand}', 'Groet,\n{agent} | Team Webcare\n{brand}\n{!url}', 'Met vriendelijke groet,\n\n{agent}\nAfdeling Klantcontact {brand}\nT {!company_phone}', 'Groetjes,\n{agent} ^{agent_ini}\n{brand}'],
    vl=['Met vriendelijke groeten,\n{agent}\nKlantendienst {brand}', 'Groetjes,\n{agent}\n{brand} | {!url}', 'Vriendelijke groeten,\n{agent}\nTeam Klantendienst {brand}\nTel. {!company_phone}', 'Mvg,\n{agent}\n{brand}'],
    fr=['Cordialement,\n{agent}\nService clientèle {brand}', 'Bien à vous,\n{agent} | Équipe Support\n{brand}\n{!url}', 'Cordialement,\n\n{agent}\nService Clients {brand}\nTél. {!company_phone}', 'Belle journée,\n{agent}\n{brand}'],
)
P['a_foot'] = G(
    en=['{brand} · Registered number {!company_registration} · VAT {!company_registration:vat}', 'This e-mail and any attachments are confidential and intended solely for the addressee. {brand} will never ask for your password or PIN.',
        '{brand} | {!url} | Customer Care {!company_phone}', 'Please do not reply with card details or passwords. {brand} will never ask for your full card number.'],
    nl=['{brand} B.V. | KvK {!company_registration:kvk} | BTW {!company_registration:vat}', 'Dit bericht is uitsluitend bestemd voor de geadresseerde. {brand} vraagt nooit om uw pincode of wachtwoord.',
        '{brand} | {!url} | Klantenservice {!company_phone}', 'Let op: wij vragen nooit naar je wachtwoord, pincode of inlogcode.'],
    vl=['{brand} NV | Ondernemingsnummer {!company_registration:kbo} | RPR Antwerpen', 'Dit bericht is uitsluitend bestemd voor de geadresseerde. {brand} vraagt nooit uw pincode of paswoord.',
        '{brand} | {!url} | Klantendienst {!company_phone}', 'Opgelet: wij vragen nooit uw pincode of paswoord.'],
    fr=['{brand} SA | TVA {!company_registration:vat} | RPM Bruxelles', 'Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. {brand} ne vous demandera jamais votre code PIN.',
        '{brand} | {!url} | Service clients {!company_phone}', 'Attention : nous ne vous demanderons jamais votre code PIN ou votre mot de passe.'],
)
# {NOUN} = name of the value type, {VAL} = value (masked or not)
P['warn'] = G(
    en=["Quick tip: please never share your {NOUN} with anyone, including us. I've hidden it for your safety ({VAL}).", "I've removed your {NOUN} from this conversation ({VAL}). Please change it as soon as possible.",
        "For your security we've masked the {NOUN} you sent: {VAL}.", "Please don't send your {NOUN} via {chan} – we'll never ask for it. We've replaced it with {VAL}."],
    nl=['Tip: deel je {NOUN} nooit, ook niet met ons. Ik heb het afgeschermd ({VAL}).', 'Ik heb je {NOUN} uit het gesprek verwijderd ({VAL}). Wijzig het zo snel mogelijk.',
        'Voor je veiligheid hebben we je {NOUN} gemaskeerd: {VAL}.', 'Stuur je {NOUN} liever niet via {chan}, wij vragen daar nooit om. We hebben het vervangen door {VAL}.'],
    vl=['Opgelet: deel je {NOUN} nooit, ook niet met ons. Ik heb het verborgen ({VAL}).', 'Ik heb je {NOUN} afgeschermd ({VAL}), pas het best zo snel mogelijk aan.',
        'Voor je veiligheid hebben we je {NOUN} verborgen: {VAL}.', 'Stuur je {NOUN} liefst niet via {chan}. We tonen het als {VAL}.'],
    fr=['Attention : ne partagez jamais votre {NOUN}, même avec nous. Je l\'ai masqué ({VAL}).', "J'ai retiré votre {NOUN} de la conversation ({VAL}), pensez à faire le changement au plus vite.",
        'Pour votre sécurité, nous avons masqué votre {NOUN} : {VAL}.', "Merci de ne pas envoyer votre {NOUN} via {chan}. Nous l'avons remplacé par {VAL}."],
)
P['repeat'] = G(
    en=['You mentioned your {NOUN} is {VAL}, is that correct?', 'I can see the {NOUN} you sent ({VAL}).', 'Just to confirm: {NOUN} {VAL}.', "We've noted {NOUN} {VAL} on your file.",
        "The {NOUN} you gave us, {VAL}, doesn't match our records.", 'We have the following on file: {NOUN} {VAL}.'],
    nl=['Je gaf aan dat je {NOUN} {VAL} is, klopt dat?', 'Ik zie wat je stuurde als {NOUN} ({VAL}).', 'Ter controle: {NOUN} {VAL}.', 'We hebben {NOUN} {VAL} bij je dossier genoteerd.',
        'Wat je doorgaf als {NOUN}, {VAL}, komt niet overeen met onze gegevens.', 'Bij ons staat het volgende geregistreerd: {NOUN} {VAL}.'],
    vl=['Je gaf als {NOUN} {VAL} op, klopt dat?', 'Ik zie je {NOUN} ({VAL}).', 'Ter controle: {NOUN} {VAL}.', 'We hebben {NOUN} {VAL} genoteerd.'],
    fr=['Vous nous avez indiqué {NOUN} {VAL}, est-ce correct ?', 'Pour vérification : {NOUN} {VAL}.', 'Nous avons bien noté : {NOUN} {VAL}.', 'Les données transmises ({NOUN} {VAL}) ne correspondent pas à notre dossier.'],
)
NOUN = {
    'password': {'en': 'password', 'nl': 'wachtwoord', 'vl': 'paswoord', 'fr': 'mot de passe'},
    'pin': {'en': 'PIN', 'nl': 'pincode', 'vl': 'pincode', 'fr': 'code PIN'},
    'puk': {'en': 'PUK code', 'nl': 'PUK-code', 'vl': 'PUK-code', 'fr': 'code PUK'},
    'otp': {'en': 'verification code', 'nl': 'verificatiecode', 'vl': 'verificatiecode', 'fr': 'code de vérification'},
    'wifi_key': {'en': 'wifi key', 'nl': 'wifi-wachtwoord', 'vl': 'wifi-paswoord', 'fr': 'clé wifi'},
    'username': {'en': 'username', 'nl': 'gebruikersnaam', 'vl': 'gebruikersnaam', 'fr': 'identifiant'},
    'api_key': {'en': 'API key', 'nl': 'API-sleutel', 'vl': 'API-key', 'fr': 'clé API'},
    'token': {'en': 'access token', 'nl': 'token', 'vl': 'token', 'fr': 'jeton'},
    'card': {'en': 'card number', 'nl': 'kaartnummer', 'vl': 'kaartnummer', 'fr': 'numéro de carte'},
    'cvv': {'en': 'security code', 'nl': 'beveiligingscode', 'vl': 'CVC-code', 'fr': 'cryptogramme'},
    'iban': {'en': 'IBAN', 'nl': 'IBAN', 'vl': 'rekeningnummer', 'fr': 'IBAN'},
    'bsn': {'en': 'BSN', 'nl': 'BSN', 'vl': 'BSN', 'fr': 'BSN'},
    'customer_number': {'en': 'customer number', 'nl': 'klantnummer', 'vl': 'klantnummer', 'fr': 'numéro client'},
    'address': {'en': 'address', 'nl': 'adres', 'vl': 'adres', 'fr': 'adresse'},
    'phone': {'en': 'phone number', 'nl': 'telefoonnummer', 'vl': 'gsm-nummer', 'fr': 'numéro de GSM'},
    'email': {'en': 'e-mail address', 'nl': 'e-mailadres', 'vl': 'e-mailadres', 'fr': 'adresse e-mail'},
    'date_of_birth': {'en': 'date of birth', 'nl': 'geboortedatum', 'vl': 'geboortedatum', 'fr': 'date de naissance'},
    'ip_address': {'en': 'IP address', 'nl': 'IP-adres', 'vl': 'IP-adres', 'fr': 'adresse IP'},
    'card_expiry': {'en': 'expiry date', 'nl': 'vervaldatum', 'vl': 'vervaldatum', 'fr': "date d'expiration"},
}

# ---------------------------------------------------------------- headers
P['hdr_gmail'] = G(
    en=['On {DATE} at {TIME}, {WHO} wrote:', 'On {DATE}, at {TIME}, {WHO} wrote:', 'On {DATE} {TIME}, {WHO} wrote:', '{WHO} wrote on {DATE} at {TIME}:'],
    nl=['Op {DATE} om {TIME} schreef {WHO}:', 'Op {DATE} {TIME} schreef {WHO}:', '{WHO} schreef op {DATE} om {TIME}:', 'Op {DATE} om {TIME} heeft {WHO} het volgende geschreven:'],
    vl=['Op {DATE} om {TIME} schreef {WHO}:', '{WHO} schreef op {DATE} om {TIME}:'],
    fr=['Le {DATE} à {TIME}, {WHO} a écrit :', 'Le {DATE} {TIME}, {WHO} a écrit :'],
)
P['hdr_outlook'] = G(
    en=['From: {WHO}\nSent: {DATELONG} {TIME}\nTo: {TO}\nSubject: {SUBJ}', '-----Original Message-----\nFrom: {WHO}\nSent: {DATELONG} {TIME}\nTo: {TO}\nCc: {CC}\nSubject: {SUBJ}',
        '________________________________\nFrom: {WHO}\nSent: {DATELONG} {TIME}\nTo: {TO}\nSubject: {SUBJ}', '-----Original Message-----\nFrom: {WHO}\nDate: {DATELONG} {TIME}\nTo: {TO}\nSubject: {SUBJ}'],
    nl=['Van: {WHO}\nVerzonden: {DATELONG} {TIME}\nAan: {TO}\nOnderwerp: {SUBJ}', '-----Oorspronkelijk bericht-----\nVan: {WHO}\nVerzonden: {DATELONG} {TIME}\nAan: {TO}\nCC: {CC}\nOnderwerp: {SUBJ}',
        '________________________________\nVan: {WHO}\nVerzonden: {DATELONG} {TIME}\nAan: {TO}\nOnderwerp: {SUBJ}', '-----Oorspronkelijk bericht-----\nVan: {WHO}\nDatum: {DATELONG} {TIME}\nAan: {TO}\nOnderwerp: {SUBJ}'],
    vl=['Van: {WHO}\nVerzonden: {DATELONG} {TIME}\nAan: {TO}\nOnderwerp: {SUBJ}', '-----Oorspronkelijk bericht-----\nVan: {WHO}\nDatum: {DATELONG} {TIME}\nAan: {TO}\nCC: {CC}\nOnderwerp: {SUBJ}'],
    fr=['De : {WHO}\nEnvoyé : {DATELONG} {TIME}\nÀ : {TO}\nObjet : {SUBJ}', "-----Message d'origine-----\nDe : {WHO}\nEnvoyé : {DATELONG} {TIME}\nÀ : {TO}\nCc : {CC}\nObjet : {SUBJ}",
        '________________________________\nDe : {WHO}\nEnvoyé : {DATELONG} {TIME}\nÀ : {TO}\nObjet : {SUBJ}', "-----Message d'origine-----\nDe : {WHO}\nDate : {DATELONG} {TIME}\nÀ : {TO}\nObjet : {SUBJ}"],
)
P['hdr_fwd'] = G(
    en=['---------- Forwarded message ---------\nFrom: {WHO}\nDate: {DATE} at {TIME}\nSubject: {SUBJ}\nTo: {TO}', 'Begin forwarded message:\n\nFrom: {WHO}\nSubject: {SUBJ}\nDate: {DATELONG} at {TIME}\nTo: {TO}'],
    nl=['---------- Doorgestuurd bericht ---------\nVan: {WHO}\nDate: {DATE} om {TIME}\nSubject: {SUBJ}\nTo: {TO}', 'Begin doorgestuurd bericht:\n\nVan: {WHO}\nOnderwerp: {SUBJ}\nDatum: {DATELONG} {TIME}\nAan: {TO}'],
    vl=['---------- Doorgestuurd bericht ---------\nVan: {WHO}\nDate: {DATE} om {TIME}\nSubject: {SUBJ}\nTo: {TO}', 'Begin doorgestuurd bericht:\n\nVan: {WHO}\nOnderwerp: {SUBJ}\nDatum: {DATELONG} {TIME}\nAan: {TO}'],
    fr=['---------- Message transféré ---------\nDe : {WHO}\nDate : {DATE} à {TIME}\nSubject: {SUBJ}\nTo: {TO}', 'Début du message réexpédié :\n\nDe : {WHO}\nObjet : {SUBJ}\nDate : {DATELONG} à {TIME}\nÀ : {TO}'],
)
P['subjline'] = G(en=['Subject: ', 'Subject: '], nl=['Onderwerp: ', 'Onderwerp: '], vl=['Onderwerp: ', 'Onderwerp: '], fr=['Objet : ', 'Objet : '])
P['subjprefix'] = G(
    en=['RE: ', 'Re: ', 'RE: RE: ', 'FW: RE: ', 'Re: Re: ', 'RE: FW: ', 'RE: RE: FW: ', 'Fwd: Re: '],
    nl=['RE: ', 'Antw: ', 'Re: Antw: ', 'RE: RE: FW: ', 'Doorst: RE: ', 'Re: ', 'Antw: Antw: ', 'RE: Doorst: '],
    vl=['RE: ', 'Antw.: ', 'RE: RE: ', 'Re: ', 'FW: RE: ', 'Antw: RE: '],
    fr=['RE : ', 'Re: ', 'RE : RE : ', 'TR : RE : ', 'TR: ', 'RE: TR: '],
)
P['fwdprefix'] = G(en=['FW: ', 'Fwd: '], nl=['Doorst: ', 'FW: '], vl=['FW: ', 'Doorst: '], fr=['TR : ', 'Fwd: '])
P['agentwho'] = G(
    en=['{brand} Customer Care', '{agent} ({brand} Support)', 'Customer Service {brand}', '{brand} Support Team'],
    nl=['Klantenservice {brand}', '{agent} | {brand}', '{brand} Webcare', 'Team Klantcontact {brand}'],
    vl=['Klantendienst {brand}', '{agent} - {brand}', '{brand} Klantenservice', 'Team {brand}'],
    fr=['Service clientèle {brand}', '{agent} ({brand})', 'Service Clients {brand}', 'Équipe {brand}'],
)
P['custwho'] = G(
    en=['{name} <{email}>', '"{name}" <{email}>', '{name} [mailto:{email}]', '{email}'],
    nl=['{name} <{email}>', '"{name}" <{email}>', '{name} [mailto:{email}]', '{email}'],
    vl=['{name} <{email}>', '"{name}" <{email}>'],
    fr=['{name} <{email}>', '"{name}" <{email}>', '{name} [mailto:{email}]', '{email}'],
)

# ---------------------------------------------------------------- chat pools
P['chatlabel'] = G(
    en=['Customer|Agent', 'Me|Support', 'You|{brand}', '{first}|{agent} ({brand})', 'Customer|{agent}', 'me|{brand} Help'],
    nl=['Klant|Medewerker', 'Ik|{brand}', 'Jij|Webcare', '{first}|{agent} - {brand}', 'Klant|{agent}', 'ik|{brand} Klantenservice'],
    vl=['Klant|Klantendienst', 'Ik|{brand}', '{first}|{agent}', 'Jij|Support'],
    fr=['Client|Conseiller', 'Moi|{brand}', 'Vous|Service client', '{first}|{agent} ({brand})'],
)
P['delay'] = G(
    en=['one sec', 'hang on, getting it', 'ok wait', 'let me check', '1 min', 'sec'],
    nl=['momentje', 'sec, even pakken', 'wacht even', 'ff kijken', '1 min', 'moment hoor'],
    vl=['moment', 'efkes zoeken', 'wacht', 'ff checken'],
    fr=['un instant', 'attendez je regarde', '2 sec', 'je cherche'],
)
P['ack'] = G(
    en=['Thanks!', 'Got it, checking now.', 'Thank you, one moment please.', 'Perfect, let me look into it.'],
    nl=['Dank je!', 'Top, ik kijk even mee.', 'Bedankt, momentje.', 'Helder, ik zoek het voor je uit.'],
    vl=['Merci!', 'Oké, ik kijk het na.', 'Bedankt, een momentje.', 'Top, ik zoek het even op.'],
    fr=['Merci !', 'Parfait, je vérifie.', 'Merci, un instant svp.', 'Bien reçu, je regarde.'],
)
P['cclose'] = G(
    en=['great thanks!', 'ok cheers 👍', 'thank you so much', 'finally, thanks', 'ok will try', 'brilliant ta'],
    nl=['top, dankjewel!', 'oké thx', 'super bedankt 🙏', 'eindelijk, dank!', 'ok ik probeer het', 'fijn, dank je'],
    vl=['merci!', 'top, bedankt', 'super, merci 👍', 'amai, eindelijk'],
    fr=['merci beaucoup !', 'super merci', 'parfait 👍', 'enfin, merci'],
)
P['afinal'] = G(
    en=["You're welcome! Have a great day.", 'Glad I could help. Take care!', 'All sorted. Anything else I can do for you?', 'No problem at all!'],
    nl=['Graag gedaan! Fijne dag nog.', 'Fijn dat het gelukt is!', 'Opgelost. Kan ik nog iets voor je doen?', 'Geen probleem!'],
    vl=['Graag gedaan, nog een fijne dag!', 'Blij dat het gelukt is!', 'Opgelost! Nog iets?', 'Geen probleem!'],
    fr=['Avec plaisir, bonne journée !', "Ravi d'avoir pu aider !", 'Réglé ! Autre chose ?', 'Pas de souci !'],
)
P['nodata'] = {
    'device': {
        'en': ['already tried that, still {!error_code}', "it's an {!model_number.p:phone} on {!version_string:mobile}", 'I called {!company_phone} already, they sent me here',
               'since {!date} around {!time}', 'ref {!ticket_number} from last time', 'app version {!version_string:app}, just updated'],
        'nl': ['heb ik al geprobeerd, nog steeds {!error_code}', 'het is een {!model_number.p:phone} met {!version_string:mobile}', 'ik heb {!company_phone} al gebeld, die verwezen me hierheen',
               'sinds {!date} rond {!time}', 'zaaknummer {!ticket_number} van de vorige keer', 'app versie {!version_string:app}, net geüpdatet'],
        'vl': ['al geprobeerd, nog altijd {!error_code}', "'t is een {!model_number.p:phone} met {!version_string:mobile}", 'ik heb al naar {!company_phone} gebeld',
               'sinds {!date} rond {!time}', 'dossier {!ticket_number}', 'app versie {!version_string:app}'],
        'fr': ['déjà essayé, toujours {!error_code}', "c'est un {!model_number.p:phone} avec {!version_string:mobile}", "j'ai déjà appelé le {!company_phone}",
               'depuis le {!date} vers {!time}', 'dossier {!ticket_number} de la dernière fois', "version de l'appli {!version_string:app}"],
    },
    'net': {
        'en': ["the modem is a {!model_number.r:router}, the wifi password is on the sticker but I haven't tried it yet", 'already restarted it twice, still {!error_code}',
               'I get about {!quantity:speed} on the cable, nothing on wifi', 'since {!date} around {!time}', 'ref {!ticket_number} from last time', 'firmware says {!version_string:app}'],
        'nl': ['modem is een {!model_number.r:router}, wifi wachtwoord staat op de sticker maar heb ik nog niet geprobeerd', 'al twee keer herstart, nog steeds {!error_code}',
               'via de kabel haal ik {!quantity:speed}, via wifi niks', 'sinds {!date} rond {!time}', 'zaaknummer {!ticket_number} van de vorige keer', 'firmware is {!version_string:app}'],
        'vl': ['de modem is een {!model_number.r:router}, paswoord staat op de sticker', 'al twee keer herstart, nog altijd {!error_code}', 'met de kabel {!quantity:speed}, op wifi niks',
               'sinds {!date} rond {!time}'],
        'fr': ["le modem c'est un {!model_number.r:router}, le mot de passe est sur l'autocollant", 'déjà redémarré deux fois, toujours {!error_code}', 'en câble {!quantity:speed}, en wifi rien',
               'depuis le {!date} vers {!time}'],
    },
    'billing': {
        'en': ["it's about invoice {!invoice_number}", 'the amount was {!amount} on {!date}', "that's {!percentage} more than last year", 'ref {!ticket_number} from last time',
               'I called {!company_phone} already, they sent me here'],
        'nl': ['het gaat om factuur {!invoice_number}', 'het ging om {!amount} op {!date}', 'dat is {!percentage} meer dan vorig jaar', 'zaaknummer {!ticket_number} van de vorige keer',
               'ik heb {!company_phone} al gebeld, die verwezen me hierheen'],
        'vl': ['over factuur {!invoice_number}', 'het ging om {!amount} op {!date}', 'dat is {!percentage} meer dan vorig jaar', 'dossier {!ticket_number}'],
        'fr': ['ça concerne la facture {!invoice_number}', "c'était {!amount} le {!date}", "c'est {!percentage} de plus que l'an passé", 'dossier {!ticket_number} de la dernière fois'],
    },
    'travel': {
        'en': ['flight {!flight_number} on {!date}', 'booking number {!order_number}', 'we landed at {!time} instead of the planned time', 'ref {!ticket_number} from the baggage desk'],
        'nl': ['vlucht {!flight_number} op {!date}', 'boekingsnummer {!order_number}', 'we landden pas om {!time}', 'dossiernummer {!ticket_number} van de bagagebalie'],
        'vl': ['vlucht {!flight_number} van {!date}', 'boekingsnummer {!order_number}', 'we zijn pas om {!time} geland', 'dossier {!ticket_number}'],
        'fr': ['vol {!flight_number} du {!date}', 'réservation {!order_number}', 'atterri seulement à {!time}', 'dossier bagages {!ticket_number}'],
    },
    'shop': {
        'en': ['order {!order_number}, placed on {!date}, tracking {!tracking_number}', "it's about invoice {!invoice_number}", 'I called {!company_phone} already, they sent me here',
               'the item is {!product_code}, wrong size though', 'ref {!ticket_number} from last time', 'the amount was {!amount} on {!date}', 'product code on the box says {!product_code}',
               "that's {!percentage} more than last year"],
        'nl': ['bestelling {!order_number}, besteld op {!date}, track & trace {!tracking_number}', 'het gaat om factuur {!invoice_number}', 'ik heb {!company_phone} al gebeld, die verwezen me hierheen',
               'artikelnummer {!product_code}, verkeerde maat', 'zaaknummer {!ticket_number} van de vorige keer', 'het ging om {!amount} op {!date}', 'op de doos staat {!product_code}',
               'dat is {!percentage} meer dan vorig jaar'],
        'vl': ['bestelling {!order_number} van {!date}, tracking {!tracking_number}', 'over factuur {!invoice_number}', 'ik heb al naar {!company_phone} gebeld', 'artikel {!product_code}, verkeerde maat',
               'dossier {!ticket_number}', 'het ging om {!amount} op {!date}'],
        'fr': ['commande {!order_number} du {!date}, suivi {!tracking_number}', 'ça concerne la facture {!invoice_number}', "j'ai déjà appelé le {!company_phone}", "l'article {!product_code}, mauvaise taille",
               'dossier {!ticket_number} de la dernière fois', "c'était {!amount} le {!date}"],
    },
    'dev': {
        'en': ['still {!error_code:http} on every call', "we're on SDK {!version_string:sdk}", 'started {!date} around {!time}', 'the endpoint is {!url}', 'ticket {!ticket_number} from last week',
               'we only see it in production, since {!time}'],
        'nl': ['nog steeds {!error_code:http} op elke call', 'we draaien SDK {!version_string:sdk}', 'begonnen op {!date} rond {!time}', 'het endpoint is {!url}', 'ticket {!ticket_number} van vorige week',
               'alleen in productie, sinds {!time}'],
        'vl': ['nog altijd {!error_code:http}', 'we gebruiken SDK {!version_string:sdk}', 'sinds {!date} rond {!time}', 'het endpoint is {!url}'],
        'fr': ['toujours {!error_code:http} sur chaque appel', 'nous sommes en SDK {!version_string:sdk}', 'depuis le {!date} vers {!time}', "l'endpoint est {!url}"],
    },
}
NODATA_GROUP = {'login': 'device', 'pwreset': 'device', 'otp': 'device', 'pin': 'device', 'sim': 'device', 'apperror': 'device',
                'bsn': 'device', 'wifi': 'net', 'network': 'net', 'apikey': 'dev', 'token': 'dev', 'card': 'shop', 'order': 'shop',
                'flight': 'travel', 'iban': 'billing', 'meter': 'billing', 'invoice': 'billing', 'move': 'billing', 'claim': 'billing',
                'contact': 'billing'}
ADVICE_GROUP = {f: (g if g in ('device', 'net', 'dev') else 'commerce') for f, g in NODATA_GROUP.items()}
P['clead'] = G(
    en=['{G}', 'in case you need it, {G}', 'btw {G}', '{G} if that helps', 'oh and {G}', '{G} fyi'],
    nl=['{G}', 'voor het geval dat: {G}', 'btw {G}', '{G} als dat helpt', 'o en {G}', 'ter info {G}'],
    vl=['{G}', 'voor de zekerheid: {G}', 'btw {G}', '{G} als dat helpt'],
    fr=['{G}', 'au cas où : {G}', "d'ailleurs {G}", '{G} si ça aide'],
)

_ADV_COMMON = {
    'en': ["Thanks! I've passed this on to the right team under reference {!ticket_number}.", "I've arranged a call back, you'll hear from us tomorrow."],
    'nl': ['Dank je! Ik heb dit doorgezet naar de juiste afdeling onder zaaknummer {!ticket_number}.', 'Ik heb een terugbelverzoek ingepland, je hoort morgen van ons.'],
    'vl': ['Merci! Ik heb dit doorgegeven aan de juiste dienst, referentie {!ticket_number}.', 'Ik heb een terugbelverzoek ingepland, je hoort morgen van ons.'],
    'fr': ["Merci ! J'ai transmis au service concerné sous la référence {!ticket_number}.", "J'ai planifié un rappel, nous vous contactons demain."],
}
_ADV = {
    'device': {
        'en': ['Could you restart the device and try again in a few minutes?', "I've reset things on our side, please try again.",
               'There is a known issue with version {!version_string:app}; a fix is on its way.', "I've sent a new link to the e-mail address we have on file."],
        'nl': ['Wil je het apparaat herstarten en het over een paar minuten opnieuw proberen?', 'Ik heb het aan onze kant gereset, probeer het nog eens.',
               'Er is een bekend probleem met versie {!version_string:app}; er komt een update aan.', 'Ik heb een nieuwe link gestuurd naar het e-mailadres dat bij ons bekend is.'],
        'vl': ['Kan je het toestel herstarten en het binnen een paar minuten opnieuw proberen?', 'Ik heb het aan onze kant gereset, probeer je nog eens?',
               'Er is een gekend probleem met versie {!version_string:app}, er komt een update.', 'Ik heb een nieuwe link gestuurd naar je e-mailadres.'],
        'fr': ["Pouvez-vous redémarrer l'appareil et réessayer dans quelques minutes ?", "J'ai réinitialisé de notre côté, pouvez-vous réessayer ?",
               'Il y a un problème connu avec la version {!version_string:app}, une mise à jour arrive.', "Je vous ai envoyé un nouveau lien à l'adresse e-mail connue."],
    },
    'net': {
        'en': ['Could you unplug the router for thirty seconds and try again?', "I've refreshed your line from our side, give it ten minutes.",
               'There is a known issue with firmware {!version_string:app}; we are pushing an update tonight.', "I've booked an engineer; you'll get a text with the time slot."],
        'nl': ['Wil je het modem een halve minuut uit het stopcontact halen en het opnieuw proberen?', 'Ik heb je lijn van onze kant opnieuw ingesteld, geef het tien minuten.',
               'Er is een bekend probleem met firmware {!version_string:app}; vannacht komt er een update.', 'Ik heb een monteur ingepland, je krijgt een sms met het tijdvak.'],
        'vl': ['Kan je de modem even uittrekken en opnieuw proberen?', 'Ik heb je lijn van onze kant opnieuw ingesteld.',
               'Er is een gekend probleem met firmware {!version_string:app}.', 'Ik heb een technieker ingepland, je krijgt een sms.'],
        'fr': ['Pouvez-vous débrancher le modem trente secondes et réessayer ?', "J'ai relancé votre ligne de notre côté, laissez-lui dix minutes.",
               'Il y a un problème connu avec le firmware {!version_string:app}.', "J'ai planifié un technicien, vous recevrez un SMS."],
    },
    'commerce': {
        'en': ["I've corrected it on our side; you'll see it on your next invoice.", "You'll receive a confirmation by e-mail within two working days.",
               "I've asked the warehouse to check, you'll hear from us within a day.", "I've started a refund request; it can take up to five working days."],
        'nl': ['Ik heb het aan onze kant gecorrigeerd; je ziet het terug op je volgende factuur.', 'Je ontvangt binnen twee werkdagen een bevestiging per e-mail.',
               'Ik heb het magazijn gevraagd te kijken, je hoort binnen een dag van ons.', 'Ik heb een terugbetaling aangevraagd; dat kan tot vijf werkdagen duren.'],
        'vl': ['Ik heb het aan onze kant rechtgezet, je ziet het op je volgende factuur.', 'Je krijgt binnen twee werkdagen een bevestiging per mail.',
               'Ik heb het magazijn gevraagd om te kijken.', 'Ik heb een terugbetaling aangevraagd.'],
        'fr': ["J'ai corrigé de notre côté, vous le verrez sur votre prochaine facture.", 'Vous recevrez une confirmation par e-mail sous deux jours ouvrables.',
               "J'ai demandé à l'entrepôt de vérifier.", "J'ai lancé une demande de remboursement."],
    },
    'dev': {
        'en': ["Our engineers see elevated error rates since {!time}; we'll update {!url} as soon as it's fixed.", 'Please roll the key in the dashboard and redeploy.',
               'Could you try again with the latest SDK ({!version_string:sdk})?', "I've escalated this to our platform team."],
        'nl': ['Onze engineers zien sinds {!time} meer fouten; we houden {!url} bij tot het opgelost is.', 'Wil je de sleutel in het dashboard vernieuwen en opnieuw deployen?',
               'Kun je het opnieuw proberen met de nieuwste SDK ({!version_string:sdk})?', 'Ik heb dit doorgezet naar ons platformteam.'],
        'vl': ['We zien sinds {!time} meer fouten, volg {!url} voor updates.', 'Kan je de key vernieuwen in het dashboard?', 'Probeer je het met de nieuwste SDK ({!version_string:sdk})?',
               'Ik heb dit doorgegeven aan ons platformteam.'],
        'fr': ['Nos équipes voient plus d\'erreurs depuis {!time} ; suivez {!url}.', 'Merci de régénérer la clé dans le tableau de bord.',
               'Pouvez-vous réessayer avec le dernier SDK ({!version_string:sdk}) ?', "J'ai escaladé vers notre équipe plateforme."],
    },
}
P['advice'] = {g: {L: _ADV_COMMON[L] + v[L] for L in v} for g, v in _ADV.items()}

P['otp_again'] = G(
    en=["That one seems to have expired, I've just sent a new one. Which code do you see now?", "Hmm, that code isn't valid anymore. Could you give me the newest one?"],
    nl=['Die lijkt verlopen, ik heb net een nieuwe gestuurd. Welke code zie je nu?', 'Hm, die code is niet meer geldig. Kun je de nieuwste doorgeven?'],
    vl=['Die is blijkbaar vervallen, ik heb een nieuwe gestuurd. Welke code zie je nu?', 'Die code is niet meer geldig. Mag je de nieuwste sturen?'],
    fr=["Celui-ci a expiré, je viens d'en envoyer un nouveau. Quel code voyez-vous maintenant ?", "Ce code n'est plus valable. Pouvez-vous me donner le dernier reçu ?"],
)
P['extra'] = G(  # extra customer line after giving data
    en=['is that right?', 'please sort it asap', "i'm going mad here", 'it worked last week!!', 'thx'],
    nl=['klopt dat?', 'graag snel oplossen', 'ik word er gek van', 'vorige week werkte het nog!!', 'thx'],
    vl=['klopt da?', 'graag rap oplossen aub', "'k word er zot van", 'vorige week werkte het nog'],
    fr=["c'est bon ?", 'merci de régler ça vite', 'je deviens fou', 'ça marchait la semaine passée !!'],
)

# ---------------------------------------------------------------- public and agent-reply pools
P['xpub'] = G(
    en=['{MENTION} {OPEN} {HASH}', '{OPEN} {MENTION} 😤', '{MENTION} {OPEN}', 'hey {MENTION} {OPEN}!! {HASH} {HASH2}', '{MENTION} seriously?? {OPEN}', '{OPEN}. thanks for nothing {MENTION} {HASH}'],
    nl=['{MENTION} {OPEN} {HASH}', '{OPEN} {MENTION} 😤', '{MENTION} {OPEN}', 'hallo {MENTION}, {OPEN}!! {HASH} {HASH2}', '{MENTION} echt?? {OPEN}', '{OPEN}. bedankt voor niks {MENTION} {HASH}'],
    vl=['{MENTION} {OPEN} {HASH}', '{OPEN} {MENTION} 😤', 'allez {MENTION}, {OPEN} {HASH}', '{MENTION} {OPEN}'],
    fr=['{MENTION} {OPEN} {HASH}', '{OPEN} {MENTION} 😤', 'sérieux {MENTION} ?? {OPEN} {HASH}', '{MENTION} {OPEN}'],
)
P['fbc'] = G(
    en=['{OPEN}. Been like this for days!', '{OPEN} 😡', '{OPEN}... anyone else?', 'Hi {brand}, {OPEN}', '{OPEN}. Nobody answers the phone either.', 'Same here. {OPEN}'],
    nl=['{OPEN}. Al dagen zo!', '{OPEN} 😡', '{OPEN}... iemand anders ook?', 'Hallo {brand}, {OPEN}', '{OPEN}. Telefoon nemen jullie ook niet op.', 'Hier ook. {OPEN}'],
    vl=['{OPEN}. Al dagen!', '{OPEN} 😡', '{OPEN}... iemand anders ook?', 'Hallo {brand}, {OPEN}'],
    fr=['{OPEN}. Ça dure depuis des jours !', '{OPEN} 😡', "{OPEN}... quelqu'un d'autre ?", 'Bonjour {brand}, {OPEN}'],
)
P['igc'] = G(
    en=['{OPEN} 😩 {MENTION}', '{MENTION} {OPEN}??', '{OPEN} 🙄', '{OPEN} pls help {MENTION}'],
    nl=['{OPEN} 😩 {MENTION}', '{MENTION} {OPEN}??', '{OPEN} 🙄', '{OPEN} help aub {MENTION}'],
    vl=['{OPEN} 😩 {MENTION}', '{MENTION} {OPEN}??', '{OPEN} 🙄', '{OPEN} help {MENTION}'],
    fr=['{OPEN} 😩 {MENTION}', '{MENTION} {OPEN} ??', '{OPEN} 🙄', "{OPEN} à l'aide {MENTION}"],
)
P['agentdm'] = G(
    en=['Hi {first}, thanks for your DM! {BODY} ^{agent_ini}', 'Hello {first}! {BODY} Let us know if you need anything else. /{agent}', 'Hey {first}! {BODY} ^{agent_ini}', 'Thanks {first}. {BODY} Have a good day! {agent}'],
    nl=['Hoi {first}, bedankt voor je DM! {BODY} ^{agent_ini}', 'Hallo {first}! {BODY} Laat het weten als je nog vragen hebt. Groet, {agent}', 'Hé {first}! {BODY} ^{agent_ini}', 'Dank je {first}. {BODY} Fijne dag! {agent}'],
    vl=['Dag {first}, bedankt voor je bericht! {BODY} ^{agent_ini}', 'Hallo {first}! {BODY} Groetjes, {agent}', 'Hey {first}! {BODY} ^{agent_ini}', 'Merci {first}. {BODY} Nog een fijne dag! {agent}'],
    fr=['Bonjour {first}, merci pour votre message ! {BODY} ^{agent_ini}', 'Bonjour {first} ! {BODY} Bonne journée, {agent}', 'Hello {first} ! {BODY} ^{agent_ini}', 'Merci {first}. {BODY} {agent}'],
)


# ================================================================ builders
SECRET = {'password', 'pin', 'puk', 'otp', 'wifi_key', 'api_key', 'token', 'card', 'cvv'}


def choose_keys(ctx):
    spec = FAM[ctx.fam]
    if ctx.mode == 'hr':
        return list(ctx.r.choice(spec['hr']))
    if ctx.mode == 'medium':
        return list(ctx.r.choice(spec['med']))
    return []


def key_types(k):
    t, _ = split_key(k)
    return COMBO.get(t, [t])


def give_piece(ctx, k, bare=False):
    t, slot = split_key(k)
    return render_frame(ctx, t, slot, bare=bare)


def give_paragraph(ctx, keys):
    sents = []
    for i, k in enumerate(keys):
        frame = give_piece(ctx, k)
        w = ctx.pick_new('gwrap') if i == 0 or ctx.r.random() < 0.25 else '{G}.'

        pc = cap(render(ctx, w, {'G': frame}))
        if pc.text[-2:] in ('?.', '!.') and not any(e == len(pc.text) - 1 for _, _, e in pc.spans):
            pc = Piece(pc.text[:-1], pc.spans, pc.negs)
        sents.append(pc)
    sep = ' ' if ctx.r.random() < 0.6 else '\n'
    return pjoin(sents, sep)


def mention_line(ctx, keys, pool=None):
    """Agent line that repeats (masked or unmasked) one of the values given."""
    r = ctx.r
    k = r.choice(keys)
    t, slot = split_key(k)
    comps = COMBO.get(t, [t])
    comp = r.choice(comps)
    if t == 'awspair':
        slot = 'id'
    if t == 'details':
        comp = 'bsn'
    ref = comp + ('.' + slot if slot else '')
    masked = r.random() < (0.88 if comp in SECRET else 0.4)
    val = render(ctx, '{~%s}' % ref if masked else '{%s}' % ref)
    noun = NOUN[comp][ctx.L]
    if pool is None:
        pool = 'warn' if (masked and comp in SECRET and r.random() < 0.8) else 'repeat'
    return cap(render(ctx, ctx.pick(pool), {'NOUN': noun, 'VAL': val}))


def askable(ctx, keys):
    a = FAM[ctx.fam]['ask']
    return a if a and a in keys and ctx.fam in P['ask'] else None


def ask_match(ctx, keys):
    """(key answering the agent's question, answer may be bare) or (None, False)."""
    a = FAM[ctx.fam]['ask']
    if not a or ctx.fam not in P['ask']:
        return None, False
    if a in keys:
        return a, True
    for k in keys:
        if a in key_types(k):
            return k, False
    return None, False


# ---------------------------------------------------------------- e-mail
def hdr_pieces(ctx, slot):
    return {'DATE': render(ctx, '{!date.%s:hdr}' % slot), 'DATELONG': render(ctx, '{!date.%s:long}' % slot),
            'TIME': render(ctx, '{!time:hdr}')}


def cust_who(ctx):
    if 'email' in ctx.allowed and ctx.r.random() < 0.85:
        return render(ctx, ctx.pick('custwho'))
    return render(ctx, '{name}')


def agent_who(ctx):
    return render(ctx, ctx.pick('agentwho'))


def cc_piece(ctx):
    if 'email' in ctx.allowed and ctx.r.random() < 0.6:
        return render(ctx, '{email.cc}')
    return agent_who(ctx)


def customer_block(ctx, body, sig=True, footer=None):
    parts = [render(ctx, ctx.pick('greet'))] + body
    if sig:
        parts.append(render(ctx, ctx.pick('signoff')) + '\n' + render(ctx, ctx.pick('sig')))
    if footer:
        parts.append(footer)
    return pjoin(parts, '\n\n')


def agent_block(ctx, keys, mode):
    r = ctx.r
    body = []
    if mode == 'ask':
        a = ask_match(ctx, keys)[0]
        body.append(render(ctx, ctx.pick('ask', ctx.fam) if a else ctx.pick('probe', ctx.fam)))
    elif mode == 'mention' and keys:
        body.append(mention_line(ctx, keys))
        if r.random() < 0.5:
            body.append(render(ctx, ctx.pick('advice', ADVICE_GROUP[ctx.fam])))
    else:
        body.append(render(ctx, ctx.pick('probe', ctx.fam) if r.random() < 0.5 else ctx.pick('advice', ADVICE_GROUP[ctx.fam])))
    opener = render(ctx, ctx.pick('a_open'))
    parts = [opener, pjoin(body, ' '), render(ctx, ctx.pick('a_close')), render(ctx, ctx.pick('a_sig'))]
    if r.random() < 0.55:
        parts.append(render(ctx, ctx.pick('a_foot')))
    return pjoin(parts, '\n\n')


def build_email(ctx):
    r = ctx.r
    keys = choose_keys(ctx)
    thread = r.choices(['single', 'reply', 'outlook', 'forward'], [0.2, 0.36, 0.29, 0.15])[0]
    subj = render(ctx, ctx.pick('subj', ctx.fam))
    pre = render(ctx, ctx.pick('subjprefix')) if thread != 'forward' else render(ctx, ctx.pick('fwdprefix'))
    if thread == 'single':
        pre = Piece('') if r.random() < 0.6 else pre
    where = 'none'
    if keys:
        where = r.choice(['orig', 'newest', 'both', 'newest']) if thread in ('reply', 'outlook') else 'orig'
        if thread == 'single':
            where = 'newest'
    fillers = [filler(ctx) for _ in range(r.randint(0, 2))]

    def top():
        if r.random() < 0.8:
            return render(ctx, ctx.pick('subjline')) + pre + subj
        return Piece('')

    if thread == 'single':
        body = [cap(render(ctx, ctx.pick('prob', ctx.fam)))]
        if keys:
            body.append(give_paragraph(ctx, keys))
        body += fillers
        foot = None
        if r.random() < 0.4:
            foot = render(ctx, ctx.pick('disc' if r.random() < 0.6 else 'mobile'))
        newest_fn = lambda extra: customer_block(ctx, body + extra, True, foot)
        parts_fn = lambda n_extra, depth: pjoin([top(), newest_fn(n_extra)], '\n\n')
        return fit_email(ctx, parts_fn)

    # original customer message
    orig_body = [cap(render(ctx, ctx.pick('prob', ctx.fam)))]
    if where in ('orig', 'both'):
        orig_body.append(give_paragraph(ctx, keys))
    if r.random() < 0.5:
        orig_body.append(filler(ctx))
    orig = customer_block(ctx, orig_body, True, render(ctx, ctx.pick('mobile')) if r.random() < 0.25 else None)
    if thread == 'forward':
        intro = render(ctx, ctx.pick('fwdintro'))
        hp = hdr_pieces(ctx, 't0')
        hp.update({'WHO': cust_who(ctx), 'TO': agent_who(ctx), 'SUBJ': subj})
        inner = orig
        if r.random() < 0.35:   # forwarded thread: agent reply on top of the original
            ag = agent_block(ctx, keys, 'mention' if keys else 'probe')
            hp2 = hdr_pieces(ctx, 't0')
            hp2.update({'WHO': cust_who(ctx)})
            inner = pjoin([ag, render(ctx, ctx.pick('hdr_gmail'), hp2), quote(orig)], '\n\n')
            hp['WHO'], hp['TO'] = agent_who(ctx), cust_who(ctx)
            hp.update(hdr_pieces(ctx, 't1'))
        fwdh = render(ctx, ctx.pick('hdr_fwd'), hp)
        sig_short = render(ctx, ctx.pick('signoff')) + '\n' + render(ctx, '{first}')

        def parts_fn(extra, depth):
            newest = pjoin([render(ctx, ctx.pick('greet')), intro] + extra + [sig_short], '\n\n')
            return pjoin([top(), newest, fwdh, inner], '\n\n')
        return fit_email(ctx, parts_fn)

    agent = agent_block(ctx, keys, 'ask' if where == 'newest' else ('mention' if where in ('orig', 'both') else 'probe'))
    new_body = [render(ctx, ctx.pick('follow', 'give' if where in ('newest', 'both') and r.random() < 0.6 else '_'))]
    if where in ('newest', 'both'):
        new_body.append(give_paragraph(ctx, keys))
    foot = render(ctx, ctx.pick('mobile')) if r.random() < 0.35 else (render(ctx, ctx.pick('disc')) if r.random() < 0.3 else None)
    qstyle = r.choice(['sp', 'gt'])
    hp_a = hdr_pieces(ctx, 't1')
    hp_c = hdr_pieces(ctx, 't0')
    if thread == 'reply':
        hp_a.update({'WHO': agent_who(ctx)})
        hp_c.update({'WHO': cust_who(ctx)})
        h_a = render(ctx, ctx.pick('hdr_gmail'), hp_a)
        h_c = render(ctx, ctx.pick('hdr_gmail'), hp_c)
    else:
        hp_a.update({'WHO': agent_who(ctx), 'TO': cust_who(ctx), 'CC': cc_piece(ctx), 'SUBJ': render(ctx, ctx.pick('subjprefix')) + subj})
        hp_c.update({'WHO': cust_who(ctx), 'TO': agent_who(ctx), 'CC': cc_piece(ctx), 'SUBJ': subj})
        h_a = render(ctx, ctx.pick('hdr_outlook'), hp_a)
        h_c = render(ctx, ctx.pick('hdr_outlook'), hp_c)
    drop_orig_ok = where == 'newest'

    def parts_fn(extra, depth):
        newest = customer_block(ctx, new_body + extra, True, foot)
        if thread == 'reply':
            if depth >= 2:
                inner = pjoin([agent, pjoin([h_c, quote(orig, qstyle)], '\n')], '\n\n')
            else:
                inner = agent
            return pjoin([top(), newest, pjoin([h_a, quote(inner, qstyle)], '\n')], '\n\n')
        if depth >= 2:
            return pjoin([top(), newest, h_a, agent, h_c, orig], '\n\n')
        return pjoin([top(), newest, h_a, agent], '\n\n')
    return fit_email(ctx, parts_fn, drop_orig_ok)


def fit_email(ctx, parts_fn, can_drop=False):
    extra = []
    depth = 2
    for _ in range(8):
        p = parts_fn(extra, depth)
        n = len(p.text)
        if 500 <= n <= 2500:
            return p
        if n < 500:
            extra = extra + [filler(ctx)]
        else:
            if extra:
                extra = extra[:-1]
            elif can_drop and depth == 2:
                depth = 1
            else:
                raise Retry('too long')
    raise Retry('length')


# ---------------------------------------------------------------- chats
def chat_turns(ctx, short=False):
    r = ctx.r
    keys = choose_keys(ctx)
    turns = [('c', render(ctx, ctx.pick('chat', ctx.fam)))]
    if r.random() < 0.25:
        turns.append(('c', render(ctx, ctx.pick_new('nodata', NODATA_GROUP[ctx.fam]))))
    if keys:
        a, can_bare = ask_match(ctx, keys)
        rest = list(keys)
        if a and r.random() < 0.75:
            turns.append(('a', render(ctx, ctx.pick('ask', ctx.fam))))
            if r.random() < 0.3:
                turns.append(('c', render(ctx, ctx.pick('delay'))))
            turns.append(('c', give_piece(ctx, a, bare=can_bare and r.random() < 0.6)))
            rest.remove(a)
        else:
            turns.append(('a', render(ctx, ctx.pick('probe', ctx.fam))))
            if r.random() < 0.3:
                turns.append(('c', render(ctx, ctx.pick_new('nodata', NODATA_GROUP[ctx.fam]))))
        if rest:
            if len(rest) > 1 and r.random() < 0.5:
                turns.append(('c', pjoin([give_piece(ctx, k) for k in rest], r.choice([', ', ' en ' if ctx.L in ('nl', 'vl') else ' and ' if ctx.L == 'en' else ' et ', '\n']))))
            else:
                for k in rest:
                    if k == 'otp.2':
                        turns.append(('a', render(ctx, ctx.pick('otp_again'))))
                        turns.append(('c', give_piece(ctx, k, bare=r.random() < 0.7)))
                    else:
                        g = give_piece(ctx, k)
                        turns.append(('c', render(ctx, ctx.pick('clead'), {'G': g}) if r.random() < 0.5 else g))
        if r.random() < 0.3:
            turns.append(('c', render(ctx, ctx.pick('extra'))))
        x = r.random()
        if x < 0.45:
            turns.append(('a', mention_line(ctx, keys)))
        elif x < 0.75:
            turns.append(('a', render(ctx, ctx.pick('ack'))))
        else:
            turns.append(('a', render(ctx, ctx.pick('advice', ADVICE_GROUP[ctx.fam]))))
    else:
        turns.append(('a', render(ctx, ctx.pick('probe', ctx.fam))))
        turns.append(('c', render(ctx, ctx.pick_new('nodata', NODATA_GROUP[ctx.fam]))))
        turns.append(('a', render(ctx, ctx.pick('advice', ADVICE_GROUP[ctx.fam]))))
    if not short:
        if r.random() < 0.6:
            turns.append(('c', render(ctx, ctx.pick('cclose'))))
        if r.random() < 0.4:
            turns.append(('a', render(ctx, ctx.pick('afinal'))))
    return turns


def build_chat(ctx, short=False):
    r = ctx.r
    turns = chat_turns(ctx, short)
    ch = ctx.channel
    styles = {'whatsapp': ['wa', 'wa', 'bt', 'plain', 'tline'], 'telegram': ['tg', 'tg', 'bt', 'plain'],
              'messenger': ['plain', 'ig', 'bt', 'tline'], 'instagram_dm': ['ig', 'plain', 'bt'],
              'x_dm': ['plain', 'ig', 'bt']}[ch]
    style = r.choice(styles)
    if style in ('wa', 'tg', 'ig'):
        cw = render(ctx, r.choice(['{name}', '{first}']))
        aw = render(ctx, r.choice(['{brand}', '{agent} | {brand}', '{brand} Support']))
    else:
        lab = ctx.pick('chatlabel').split('|')
        cw, aw = render(ctx, lab[0]), render(ctx, lab[1])
    lines = []
    wa_bracket = ctx.L == 'nl' or r.random() < 0.3
    for role, p in turns:
        who = cw if role == 'c' else aw
        if style == 'plain':
            lines.append(who + ': ' + p)
        elif style == 'bt':
            lines.append('[' + render(ctx, '{!time:hdr}') + '] ' + who + ': ' + p)
        elif style == 'tline':
            lines.append(render(ctx, '{!time:plain}') + ' ' + who + ': ' + p)
        elif style == 'wa':
            if wa_bracket:
                lines.append('[' + render(ctx, '{!date.t0:wa}') + ' ' + render(ctx, '{!time:sec}') + '] ' + who + ': ' + p)
            else:
                lines.append(render(ctx, '{!date.t0:wa}') + ', ' + render(ctx, '{!time:hdr}') + ' - ' + who + ': ' + p)
        elif style == 'tg':
            lines.append(who + ', [' + render(ctx, '{!date.t0:tg}') + ' ' + render(ctx, '{!time:hdr}') + ']\n' + p)
        else:
            lines.append(who + '\n' + p)
    sep = '\n\n' if style in ('tg', 'ig') else '\n'
    return pjoin(lines, sep)


# ---------------------------------------------------------------- public posts and agent replies
def build_public(ctx):
    r = ctx.r
    keys = choose_keys(ctx)
    op = render(ctx, ctx.pick('chat', ctx.fam))
    if keys:
        hk = [k for k in keys if set(key_types(k)) & set(HR_TYPES)]
        gp = give_piece(ctx, (hk or keys)[0])
        op = pjoin([op, gp], r.choice([', ', ' - ', '. ', ' … ']))
    ex = {'OPEN': op, 'MENTION': render(ctx, '{!mention}'), 'HASH': render(ctx, '{!hashtag}'), 'HASH2': render(ctx, '{!hashtag}')}
    pool = {'x_public': 'xpub', 'facebook_comment': 'fbc', 'instagram_comment': 'igc'}[ctx.channel]
    return render(ctx, ctx.pick(pool), ex)


def build_agent_reply(ctx):
    r = ctx.r
    keys = choose_keys(ctx)
    if r.random() < 0.6 or not keys:
        body = []
        if keys:
            body.append(mention_line(ctx, keys))
            if ask_match(ctx, keys)[0] and r.random() < 0.4:
                body.append(render(ctx, ctx.pick('ask', ctx.fam)))
            elif r.random() < 0.5:
                body.append(render(ctx, ctx.pick('advice', ADVICE_GROUP[ctx.fam])))
        else:
            body.append(render(ctx, ctx.pick('probe', ctx.fam) if r.random() < 0.5 else ctx.pick('advice', ADVICE_GROUP[ctx.fam])))
        return render(ctx, ctx.pick('agentdm'), {'BODY': pjoin(body, ' ')})
    # e-mail form: agent answer quoting the customer's e-mail
    orig_body = [cap(render(ctx, ctx.pick('prob', ctx.fam))), give_paragraph(ctx, keys)]
    orig = customer_block(ctx, orig_body, True, None)
    agent = agent_block(ctx, keys, 'mention')
    hp = hdr_pieces(ctx, 't0')
    hp['WHO'] = cust_who(ctx)
    return pjoin([agent, render(ctx, ctx.pick('hdr_gmail'), hp), quote(orig, r.choice(['sp', 'gt']))], '\n\n')


def build_message(ctx):
    ch = ctx.channel
    if ch == 'email':
        return build_email(ctx)
    if ch in PUBLIC:
        return build_public(ctx)
    if ch == 'agent_reply':
        return build_agent_reply(ctx)
    return build_chat(ctx, short=(ch == 'x_dm'))


# ================================================================ plan, checks, output
LANG_SHARE = [('en-gb', 0.20), ('en-us', 0.20), ('nl', 0.25), ('nl-be', 0.15), ('fr-be', 0.20)]
CHANNEL_SHARE = [('email', 0.47), ('whatsapp', 0.13), ('messenger', 0.09), ('instagram_dm', 0.07), ('telegram', 0.07),
                 ('x_dm', 0.04), ('x_public', 0.03), ('facebook_comment', 0.03), ('instagram_comment', 0.02),
                 ('agent_reply', 0.05)]
HR_WEIGHTS = {'login': 10, 'pwreset': 6, 'otp': 11, 'card': 12, 'pin': 8, 'sim': 12, 'wifi': 10, 'apikey': 8, 'token': 11,
              'iban': 9, 'bsn': 13, 'move': 1, 'meter': 1, 'order': 1, 'flight': 1, 'claim': 1, 'contact': 1,
              'network': 1.5, 'invoice': 0.5, 'apperror': 1}
MED_WEIGHTS = {'login': 1, 'pwreset': 1, 'otp': 1, 'card': 1, 'pin': 1, 'sim': 1, 'wifi': 1, 'apikey': 1, 'token': 1,
               'iban': 1, 'bsn': 2, 'move': 5, 'meter': 4, 'order': 4, 'flight': 5, 'claim': 5, 'contact': 5,
               'network': 4, 'invoice': 1, 'apperror': 1}
NOSPAN_WEIGHTS = {f: (3 if f in ('invoice', 'apperror', 'order', 'meter') else 1.5) for f in FAM}


def apportion(n, shares):
    raw = [(k, n * s) for k, s in shares]
    out = {k: int(v) for k, v in raw}
    rest = n - sum(out.values())
    for k, v in sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))[:rest]:
        out[k] += 1
    return out


def wchoice(r, weights):
    keys = list(weights)
    return r.choices(keys, [weights[k] for k in keys])[0]


def make_plan(r, n):
    slots = []
    for lang, cnt in apportion(n, LANG_SHARE).items():
        for ch, c2 in apportion(cnt, CHANNEL_SHARE).items():
            for _ in range(c2):
                if ch in PUBLIC:
                    mode = r.choices(['hr', 'nospan', 'medium'], [0.2, 0.6, 0.2])[0]
                elif ch == 'agent_reply':
                    mode = r.choices(['hr', 'nospan', 'medium'], [0.5, 0.3, 0.2])[0]
                else:
                    mode = r.choices(['hr', 'nospan', 'medium'], [0.57, 0.25, 0.18])[0]
                slots.append([lang, ch, mode, None])
    r.shuffle(slots)
    # high-risk slots: families dealt greedily in proportion to HR_WEIGHTS, so that every
    # high-risk type gets its share whatever the seed
    given = Counter()
    for sl in slots:
        lang, ch, mode, _ = sl
        if mode == 'hr':
            elig = [f for f in HR_WEIGHTS if not (f == 'bsn' and LANG_L[lang] not in ('nl', 'en'))]
            best = min(elig, key=lambda f: ((given[f] + r.random() * 0.5) / HR_WEIGHTS[f]))
            given[best] += 1
            sl[3] = best
        else:
            w = dict({'medium': MED_WEIGHTS, 'nospan': NOSPAN_WEIGHTS}[mode])
            if LANG_L[lang] not in ('nl', 'en'):
                w.pop('bsn')
            sl[3] = wchoice(r, w)
    return [tuple(x) for x in slots]


CUE_RE = re.compile(r'(?i)code|cdoe|nummer|number|\bnr\b|\bno\.|pin|puk|wachtw|paswo|passw|\bpw\b|\bww\b|wifi|wi-fi|sleutel|\bkey|clé|token|jeton|'
                    r'login|inlog|aanmeld|gebruike|user|identifiant|mot de passe|mdp|iban|rekening|compte|account|kaart|card|carte|cvv|cvc|bsn|'
                    r'klant|client|customer|numéro|n°|\bref|réf|dossier|zaak|case|ticket|factuur|invoice|facture|order|bestel|commande|meter|stand|'
                    r'index|versi|modem|router|vlucht|flight|vol\b|tracking|suivi')
PLACEHOLDER_RE = re.compile(r'\{[@!~]?[A-Za-z_]+(\.[A-Za-z0-9_]+)?(:[A-Za-z0-9_]+)?\}')


def check_record(rec):
    errs = []
    t = rec['text']
    n = len(t)
    if PLACEHOLDER_RE.search(t):
        errs.append('placeholder')
    spans = sorted((s['start'], s['end'], s['type']) for s in rec['spans'])
    negs = sorted((s['start'], s['end'], s['kind']) for s in rec['negatives'])
    for s, e, ty in spans + negs:
        if not (0 <= s < e <= n):
            errs.append('bounds %s' % ty)
            continue
        if t[s].isspace() or t[e - 1].isspace():
            errs.append('whitespace edge %s %r' % (ty, t[s:e]))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append('span overlap %r %r' % (a, b))
    for a, b in zip(negs, negs[1:]):
        if b[0] < a[1]:
            errs.append('negative overlap %r %r' % (a, b))
    for s, e, k in negs:
        for s2, e2, ty in spans:
            if s < e2 and s2 < e:
                errs.append('negative %s overlaps span %s' % (k, ty))
    for s, e, ty in spans:
        v = t[s:e]
        if ty == 'card' and not luhn_ok(v):
            errs.append('luhn %r' % v)
        if ty == 'iban' and not iban_ok(v):
            errs.append('iban %r' % v)
        if ty == 'bsn' and not bsn_ok(v):
            errs.append('bsn %r' % v)
        if ty in HR_TYPES:
            if not v[-1].isalnum() and e < n and not t[e].isspace():
                errs.append('ambiguous end %s %r' % (ty, t[s:e + 1]))
            if not v[0].isalnum() and s > 0 and not t[s - 1].isspace():
                errs.append('ambiguous start %s %r' % (ty, t[s - 1:e]))
            if ty not in ('otp', 'card', 'puk') and ' ' in v:
                errs.append('space in secret %s %r' % (ty, v))
            # a value glued to a word character
            if (s > 0 and t[s - 1].isalnum()) or (e < n and t[e].isalnum()):
                errs.append('glued %s %r' % (ty, t[max(0, s - 3):e + 3]))
    if rec['channel'] == 'email' and not (500 <= n <= 2500):
        errs.append('email length %d' % n)
    if rec['visibility'] != ('public' if rec['channel'] in PUBLIC else 'private'):
        errs.append('visibility')
    return errs


def neg_near_cue(rec):
    t = rec['text']
    cues = [(m.start(), m.end()) for m in CUE_RE.finditer(t)]
    for ng in rec['negatives']:
        for cs, ce in cues:
            if cs >= ng['end'] and cs - ng['end'] <= 40:
                return True
            if ce <= ng['start'] and ng['start'] - ce <= 40:
                return True
    return False


def generate_half(half, seed, n):
    r = random.Random('%s-%d-%s' % (PREFIX, seed, HALVES[half]))
    plan = make_plan(r, n)
    recs, tids, frames = [], set(), []
    for i, (lang, ch, mode, fam) in enumerate(plan):
        last = None
        for attempt in range(60):
            ctx = Ctx(None, half, r, lang, ch, mode, fam)
            try:
                p = build_message(ctx)
            except Retry as e:
                last = str(e)
                continue
            rec = {'id': '%s-%s-%05d' % (PREFIX, HALVES[half], i), 'channel': ch, 'lang': lang,
                   'visibility': 'public' if ch in PUBLIC else 'private', 'text': p.text,
                   'spans': [{'type': ty, 'start': s, 'end': e} for ty, s, e in sorted(p.spans, key=lambda x: x[1])],
                   'negatives': [{'kind': k, 'start': s, 'end': e} for k, s, e in sorted(p.negs, key=lambda x: x[1])]}
            errs = check_record(rec)
            if mode == 'nospan' and rec['spans']:
                errs.append('spans in span-free message')
            if mode == 'hr' and not any(s['type'] in HR_TYPES for s in rec['spans']):
                errs.append('no high-risk span in hr message')
            if errs:
                last = errs
                continue
            recs.append(rec)
            tids.update(ctx.tids)
            frames.extend(ctx.frames)
            rec['_meta'] = {'family': fam, 'mode': mode}
            break
        else:
            raise SystemExit('record %d (%s %s %s %s) failed: %s' % (i, lang, ch, mode, fam, last))
    return recs, tids, frames


def value_pool_check():
    """No value of a split pool may be dealt to both halves (names across first/last/agent pools)."""
    sides = [set(), set()]
    groups = [('name' if name in ('first', 'last', 'agent') else name, d) for name, d in V.items()]
    groups += [('brand', d) for d in BRANDS.values()]
    for cat, d in groups:
        for key, lst in d.items():
            for i, x in enumerate(lst):
                sides[i % 2].add((cat, x if isinstance(x, str) else '/'.join(x)))
    return sorted(sides[0] & sides[1])


def stats(recs, frames):
    st = {'n': len(recs), 'lang': Counter(), 'channel': Counter(), 'types': Counter(), 'negs': Counter(), 'family': Counter()}
    st['no_span'] = sum(1 for x in recs if not x['spans'])
    st['hr_msgs'] = sum(1 for x in recs if any(s['type'] in HR_TYPES for s in x['spans']))
    st['emails_500_2500'] = sum(1 for x in recs if x['channel'] == 'email' and 500 <= len(x['text']) <= 2500)
    st['neg_near_cue'] = sum(1 for x in recs if neg_near_cue(x))
    for x in recs:
        st['lang'][x['lang']] += 1
        st['channel'][x['channel']] += 1
        st['family'][x['_meta']['family']] += 1
        for s in x['spans']:
            st['types'][s['type']] += 1
        for ng in x['negatives']:
            st['negs'][ng['kind']] += 1
    ph = defaultdict(set)
    for t, fid in frames:
        ph[t].add(fid)
    st['phrasings'] = {t: len(ph[t]) for t in HR_TYPES}
    return st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--n', type=int, default=860, help='messages per half')
    ap.add_argument('--show', type=int, default=0, help='print N random rendered messages per half and exit')
    args = ap.parse_args()

    problems = []
    both = value_pool_check()
    if both:
        problems.append('value pools shared by both halves: %r' % both[:10])
    halves = []
    for h in (0, 1):
        recs, tids, frames = generate_half(h, args.seed, args.n)
        halves.append((recs, tids, frames, stats(recs, frames)))
    if halves[0][1] & halves[1][1]:
        problems.append('templates in both halves: %r' % sorted(halves[0][1] & halves[1][1])[:10])
    for h, (recs, tids, frames, st) in enumerate(halves):
        name = HALVES[h]
        n = st['n']
        for ty in TYPES:
            if st['types'][ty] == 0:
                problems.append('%s: label type %s missing' % (name, ty))
        for ty in HR_TYPES:
            if st['types'][ty] < 40:
                problems.append('%s: only %d spans of %s' % (name, st['types'][ty], ty))
            if st['phrasings'][ty] < 12:
                problems.append('%s: only %d phrasings of %s' % (name, st['phrasings'][ty], ty))
        for k in NEG_KINDS:
            if st['negs'][k] == 0:
                problems.append('%s: negative kind %s missing' % (name, k))
        for ch in CHANNELS:
            if st['channel'][ch] == 0:
                problems.append('%s: channel %s missing' % (name, ch))
        if st['no_span'] < 0.25 * n:
            problems.append('%s: only %d span-free messages' % (name, st['no_span']))
        if st['hr_msgs'] < 0.45 * n:
            problems.append('%s: only %d high-risk messages' % (name, st['hr_msgs']))
        if st['emails_500_2500'] < 0.40 * n:
            problems.append('%s: only %d long e-mails' % (name, st['emails_500_2500']))
        if st['neg_near_cue'] < 0.30 * n:
            problems.append('%s: only %d messages with a negative near a cue' % (name, st['neg_near_cue']))
        for x in recs:
            errs = check_record(x)
            if errs:
                problems.append('%s %s: %s' % (name, x['id'], errs))
    for h, (recs, _, _, st) in enumerate(halves):
        print_stats(HALVES[h], st)
    if args.show:
        for h, (recs, _, _, _) in enumerate(halves):
            rr = random.Random(h + 7)
            for x in rr.sample(recs, args.show):
                show(x)
        return
    if problems:
        print('CHECKS FAILED:', file=sys.stderr)
        for p in problems[:60]:
            print('  ' + p, file=sys.stderr)
        sys.exit(1)
    for h, (recs, _, _, _) in enumerate(halves):
        with open(HERE / ('%s.jsonl' % HALVES[h]), 'w', encoding='utf-8') as f:
            for x in recs:
                y = {k: v for k, v in x.items() if k != '_meta'}
                f.write(json.dumps(y, ensure_ascii=False) + '\n')
    write_readme(args, halves)
    print('wrote dev.jsonl, heldout.jsonl, README.md')


def show(x):
    print('=' * 100)
    print(x['id'], x['channel'], x['lang'], x['_meta'])
    print(x['text'])
    print('--- spans:')
    for s in x['spans']:
        print('   %-16s %r' % (s['type'], x['text'][s['start']:s['end']]))
    print('--- negatives:', ', '.join('%s=%r' % (n['kind'], x['text'][n['start']:n['end']]) for n in x['negatives']))


def print_stats(name, st):
    n = st['n']
    print('[%s] %d messages; no span %d (%.1f%%); high-risk %d (%.1f%%); e-mails 500-2500 %d (%.1f%%); negative near cue %d (%.1f%%)' % (
        name, n, st['no_span'], 100 * st['no_span'] / n, st['hr_msgs'], 100 * st['hr_msgs'] / n, st['emails_500_2500'],
        100 * st['emails_500_2500'] / n, st['neg_near_cue'], 100 * st['neg_near_cue'] / n))
    print('  lang:', dict(sorted(st['lang'].items())))
    print('  channel:', dict(sorted(st['channel'].items())))
    print('  types:', ', '.join('%s=%d' % (t, st['types'][t]) for t in TYPES))
    print('  phrasings:', ', '.join('%s=%d' % (t, st['phrasings'][t]) for t in HR_TYPES))
    print('  negatives:', ', '.join('%s=%d' % (k, st['negs'][k]) for k in NEG_KINDS))


README_HEAD = """# blind16 – blind labelled scrub corpus (long e-mail threads and multi-turn chats)

Record id prefix `b16`. Seed **{seed}** (`python3 generate_blind.py --seed {seed}` rewrites
`dev.jsonl`, `heldout.jsonl` and this README byte for byte; standard library only, Python 3.11).

## How it was written

* Written **blind**, from the task brief only. I did not open, read, grep or run anything under
  `functions/`, `tests/unit/`, `bench/`, `docs/scrubbing.md`, any other corpus or generator under
  `tests/scrub_corpus/` (other than this directory) or any scorer. The scrubber and the scorers were never
  run on this data. Texts, value shapes, cue phrasings and hard negatives come from the brief and from
  general knowledge of how customers of Dutch, Belgian, UK and US companies write to customer care.
* Emphasis: long e-mail threads (subject chains such as `RE: RE: FW:`, greetings, story paragraphs,
  sign-offs, signatures with job title / company / street / postcode / city / phone / e-mail, legal
  disclaimers, "Sent from my iPhone", Gmail-style `> > ` quotes, Outlook `From:/Sent:/To:/Cc:/Subject:`,
  `Van:/Verzonden:/Aan:/Onderwerp:`, `De :/Envoyé :/À :/Objet :` headers, forwarded messages, earlier
  agent replies in the quote that repeat masked or unmasked data), and multi-turn chats (WhatsApp export
  lines with date and time, Telegram, Messenger, Instagram DM, X DM) where an agent asks for a value in one
  turn and the customer gives it in a later turn, often alone without any cue word.
* Disclosure: to see the state of the branch I ran `git status --short` and `git log --oneline | head -3`
  once; that printed the subject lines of the three newest commits (one of them describes detector cue
  changes). Nothing in this corpus was derived from or tuned against them.
* "Distinct cue phrasings" in the tables below counts the distinct frame templates (cue text around a
  value, including the frames in which a value is sent alone as the answer to the agent's question) that
  produced at least one span of the type in that half.
* Every e-mail (channel `email`) is 500–2,500 characters. A small share of messages are public posts and
  comments (x_public, facebook_comment, instagram_comment) and single agent replies, so that every channel
  of the schema occurs; everything else is a thread or a multi-turn chat.
* All values are fake but well formed: card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex 4-6-5,
  Maestro, 17-digit Bancontact, Discover), IBANs have valid mod-97 check digits (NL, BE with its national
  check, DE, FR with RIB key, GB, ES with its control digits, LU, IE), BSNs pass the 11-proof; phones use
  fictional ranges (NL 06-1…/020, BE 04xx, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx); brands are
  fictional. JWTs are real base64url JSON with a random signature.
* Labelling conventions follow the brief: a span covers the value only, never the cue; a multi-line
  signature address is one span; the customer's e-mail is labelled everywhere, also in quote headers and
  Cc lines; company service numbers, KvK/BTW/KBO/VAT/company numbers, dates and times in quote headers,
  ticket/order/invoice numbers in subjects, versions, models, urls, masked values etc. are hard negatives.
  Names, SSIDs, agent initials and cities alone are not labelled. Passwords, keys and tokens may end in
  punctuation, but a record is re-drawn whenever such a value is followed by a non-space character, so the
  end of a span is never ambiguous. Booking references that could pass for codes are not used.

## Split rule

Every text pool (problem paragraphs per family, chat openers, agent questions, cue frames per value type,
greetings, sign-offs, signatures, disclaimers, quote-header formats, subject prefixes, chat speaker labels,
fillers …) and every value pool (person and agent names, streets, cities, brands, password words, e-mail
domains, customer companies, job titles) is dealt **alternately by list index**: even index → dev, odd
index → heldout. The deal does not depend on the seed, so a template, a cue phrasing, a name, a street or a
brand never occurs in both halves (the generator checks this and exits 1 otherwise). Random values come
from one `random.Random` per half, seeded from the seed and the half's name.

The generator checks before writing (and writes nothing, exit 1, if any check fails): offsets inside the
text, no span starting or ending with whitespace, Luhn / mod-97 / 11-proof, no overlapping spans, no
negative overlapping a span or another negative, no unrendered placeholder, no ambiguous end of a secret,
every label type, negative kind and channel present in both halves, ≥ 25 % span-free messages, ≥ 45 %
messages with a high-risk value, ≥ 40 spans and ≥ 12 distinct cue phrasings per high-risk type per half,
≥ 40 % e-mails of 500–2,500 characters, ≥ 30 % messages with a hard negative within 40 characters of a cue
word, no template or pool value in both halves.

## heldout.jsonl

**Detector authors must never open `heldout.jsonl` or the generator `generate_blind.py`; they may only run
a scorer over `heldout.jsonl` and report the numbers.** `dev.jsonl` may be read.
"""


def write_readme(args, halves):
    out = [README_HEAD.replace('{seed}', str(args.seed))]
    out.append('## Counts per half\n')
    sts = [h[3] for h in halves]

    def table(title, keys, getter):
        out.append('### %s\n' % title)
        out.append('| %s | dev | heldout |' % title.split(' (')[0].lower())
        out.append('|---|---:|---:|')
        for k in keys:
            out.append('| %s | %d | %d |' % (k, getter(sts[0], k), getter(sts[1], k)))
        out.append('')

    table('Summary', ['messages', 'messages without spans', 'messages with a high-risk span', 'e-mails of 500-2,500 chars',
                      'messages with a negative near a cue word'],
          lambda st, k: {'messages': st['n'], 'messages without spans': st['no_span'], 'messages with a high-risk span': st['hr_msgs'],
                         'e-mails of 500-2,500 chars': st['emails_500_2500'], 'messages with a negative near a cue word': st['neg_near_cue']}[k])
    table('Label type (spans)', TYPES, lambda st, k: st['types'][k])
    table('Distinct cue phrasings (high-risk types)', HR_TYPES, lambda st, k: st['phrasings'][k])
    table('Negative kind', NEG_KINDS, lambda st, k: st['negs'][k])
    table('Channel', CHANNELS, lambda st, k: st['channel'][k])
    table('Language', ['en-gb', 'en-us', 'nl', 'nl-be', 'fr-be'], lambda st, k: st['lang'][k])
    table('Family (what the message is about)', list(FAM), lambda st, k: st['family'][k])
    (HERE / 'README.md').write_text('\n'.join(out), encoding='utf-8')


if __name__ == '__main__':
    main()
