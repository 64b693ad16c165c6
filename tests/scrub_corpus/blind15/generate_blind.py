#!/usr/bin/env python3
"""Blind labelled scrub corpus "blind15" (record id prefix b15).

Standard library only, Python 3.11. Deterministic for a given --seed.
Writes dev.jsonl and heldout.jsonl next to this file, plus README.md.

Emphasis: ordinary consumers of everyday Dutch/Belgian services (housing,
health insurers, patient portals, pension funds, municipality/tax, schools,
childcare, gyms, subscriptions, car leasing, parking, lotteries, loyalty
cards, public transport, dating/social account takeovers, elderly customers
and their children writing on their behalf), written as dictation, long
rambling messages, lists, pasted forms, WhatsApp exports, pasted SMS texts,
screenshots described in words and self-corrections.

Template language: a template is a string with
  {slot} / {slot:key}  a value (bound per message: the same slot+key renders
                       the same value again; another key gives another value)
  {@group}             a phrasing fragment from group <group>_<lang> (nl, be,
                       en, fr) or the literal group name
  [a|b|c]              pick one alternative (alternatives may be empty)
  {{ }} \\[ \\] \\|    literal braces / brackets / bar
"""
import argparse
import base64
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b15"
HALVES = ("dev", "heldout")
DEFAULT_SEED = 20261213

CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm",
            "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
OTHER = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
         "customer_number"]
LABELS = HIGH + OTHER
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]
LANGS = ["nl", "nl-be", "en-gb", "en-us", "en", "fr-be"]
LK = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en", "en": "en"}
LANG_SHARE = {"nl": 0.45, "be": 0.15, "en": 0.25, "fr": 0.15}

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------


def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country, bban):
    check = 98 - iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def bsn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 9:
        return False
    total = sum(d * w for d, w in zip(ds[:8], range(9, 1, -1))) - ds[8]
    return total % 11 == 0


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nzdigits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWNUM = "abcdefghijkmnpqrstuvwxyz23456789"
HEX = "0123456789abcdef"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# pools (split by index parity: even -> one half, odd -> the other)
# ---------------------------------------------------------------------------

POOLS = {
    "first_nl_m": ["Jan", "Daan", "Ruud", "Bram", "Kees", "Sem", "Henk", "Thijs", "Gerrit", "Joost", "Mohamed",
                   "Kevin", "Wouter", "Arjen", "Sven", "Mustafa", "Rik", "Pieter", "Hans", "Erik"],
    "first_nl_f": ["Anneke", "Femke", "Marloes", "Ingrid", "Yvonne", "Lotte", "Wilma", "Esther", "Noor", "Miriam",
                   "Fatima", "Dewi", "Ilse", "Petra", "Hanneke", "Gerda", "Linda", "Sanne", "Marieke", "Tineke"],
    "last_nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
                "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Vermeer",
                "van den Berg", "Koster", "Prins", "Huisman", "Postma", "El Amrani", "Yilmaz",
                "Kuipers", "Timmermans", "Veenstra"],
    "first_be_m": ["Jens", "Wout", "Pieter-Jan", "Koen", "Bart", "Stijn", "Dirk", "Seppe", "Geert", "Tom", "Wannes",
                   "Jef", "Luc", "Frank"],
    "first_be_f": ["Lies", "Elke", "Ann", "Griet", "Katrien", "Nele", "Hilde", "Evi", "Sofie", "Marijke", "Leen",
                   "Mieke", "Ines", "Veerle"],
    "last_be": ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens",
                "Wouters", "De Smet", "Van den Bossche", "Declercq", "Lambrechts", "Aerts",
                "De Backer", "Verhaegen", "Coppens", "Van Damme", "Vandenbroucke", "Hermans",
                "Dewaele", "Verbeke", "Michiels"],
    "first_fr_m": ["Julien", "Olivier", "Michel", "Benoît", "Laurent", "Frédéric", "Marc", "Pascal", "Thierry",
                   "Quentin", "Didier", "Philippe"],
    "first_fr_f": ["Camille", "Nathalie", "Sophie", "Aurélie", "Chantal", "Céline", "Isabelle", "Amandine",
                   "Véronique", "Manon", "Josiane", "Martine"],
    "last_fr": ["Dubois", "Lambert", "Dupont", "Martin", "Lejeune", "Renard", "Leclercq",
                "Lemaire", "Denis", "Simon", "Collignon", "Hubert", "Gillet", "Piron", "Thiry",
                "Lecomte", "Dumont", "François", "Delvaux", "Masson", "Pirard", "Wauters"],
    "first_uk_m": ["Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "William", "Alfie", "Reggie"],
    "first_uk_f": ["Amelia", "Isla", "Ava", "Emily", "Poppy", "Grace", "Chloe", "Lucy", "Margaret", "Eleanor"],
    "last_uk": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
                "Roberts", "Walker", "Wright", "Robinson", "Hughes", "Edwards", "Green", "Hall",
                "Pemberton", "Ashworth"],
    "first_us_m": ["Michael", "David", "Chris", "Matthew", "Ryan", "Tyler", "Kevin", "Jason", "Earl", "Brandon"],
    "first_us_f": ["Jennifer", "Jessica", "Ashley", "Amanda", "Megan", "Brittany", "Lauren", "Nicole", "Dorothy",
                   "Kayla"],
    "last_us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson",
                "Jackson", "White", "Harris", "Clark", "Lewis", "Young", "King", "Scott",
                "Baker", "Kowalski", "Nguyen"],
    "first_intl_m": ["Marco", "Lukas", "Wei", "Omar", "Mateusz", "Raj", "Diego", "Andrei", "Tomasz", "Kenji"],
    "first_intl_f": ["Priya", "Ana", "Sofia", "Elif", "Chiara", "Yuki", "Leila", "Mei", "Aisha", "Natalia"],
    "last_intl": ["Sharma", "Rossi", "Silva", "Novak", "Chen", "Haddad", "Costa", "Kowalczyk",
                  "Demir", "Patel", "Bianchi", "Fernandez", "Tanaka", "Popescu", "Karimi",
                  "Nowak"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Beatrixstraat",
                  "Lindelaan", "Kastanjelaan", "Kerkplein", "Achter de Hoven", "Oude Gracht",
                  "Molenpad", "Vlierstraat", "Zonnebloemstraat", "Het Hoogeland",
                  "Populierenlaan", "Burgemeester de Withstraat", "Wilhelminapark",
                  "Schoolstraat", "Vinkenhof", "Zeeweg", "Meidoornlaan", "Margrietstraat",
                  "Havenkade", "De Gaarde", "Hoofdweg", "Lange Nieuwstraat", "Aan de Brink",
                  "Beukenhof", "Graaf Florislaan", "Klaverweide", "Ruysdaelkade",
                  "Over de Vesten"],
    "city_nl": ["Amsterdam", "Utrecht", "Zwolle", "Groningen", "Tilburg", "Eindhoven", "Haarlem",
                "Almere", "Breda", "Nijmegen", "Leeuwarden", "Amersfoort", "Apeldoorn", "Leiden",
                "Delft", "Den Bosch", "Enschede", "Arnhem", "Zaandam", "Hoorn", "Deventer",
                "Maastricht", "Venlo", "Alkmaar"],
    "street_be": ["Stationsstraat", "Molenstraat", "Nieuwstraat", "Dorpstraat", "Veldstraat",
                  "Kapelstraat", "Lindenlaan", "Bredabaan", "Grote Markt", "Koning Albertlaan",
                  "Kouter", "Meersstraat", "Hoogstraat", "Leopoldlei", "Beekstraat", "Heirbaan",
                  "Kerkhofstraat", "Ter Heide", "Zavelstraat", "Oude Baan"],
    "pc_be": ["9000 Gent", "2000 Antwerpen", "3000 Leuven", "8000 Brugge", "2800 Mechelen",
              "3500 Hasselt", "9300 Aalst", "8500 Kortrijk", "2300 Turnhout", "1800 Vilvoorde",
              "9100 Sint-Niklaas", "3800 Sint-Truiden", "2500 Lier", "8400 Oostende",
              "3200 Aarschot", "9200 Dendermonde"],
    "street_fr": ["Rue de la Station", "Rue du Moulin", "Chaussée de Waterloo", "Rue des Écoles",
                  "Rue de l'Église", "Avenue des Tilleuls", "Rue Haute", "Rue du Marché",
                  "Boulevard d'Avroy", "Rue des Champs", "Chaussée de Louvain",
                  "Rue Saint-Gilles", "Rue de Namur", "Avenue de la Gare", "Rue des Peupliers",
                  "Rue Grande", "Place du Chapitre", "Clos des Aubépines"],
    "pc_fr": ["1000 Bruxelles", "4000 Liège", "5000 Namur", "6000 Charleroi", "7000 Mons",
              "1300 Wavre", "1348 Louvain-la-Neuve", "4800 Verviers", "7500 Tournai",
              "6700 Arlon", "1400 Nivelles", "1050 Ixelles", "1180 Uccle", "5100 Jambes",
              "4020 Liège", "1200 Woluwe-Saint-Lambert"],
    "street_uk": ["Elm Grove", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
                  "Park Avenue", "Queens Road", "The Crescent", "Orchard Close", "Manor Way",
                  "Kingsway", "Highfield Road", "Willow Drive", "Albert Terrace", "Meadow View",
                  "Bridge Street"],
    "city_uk": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Leicester", "LE"),
                ("Sheffield", "S"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("Glasgow", "G"),
                ("Edinburgh", "EH"), ("Brighton", "BN"), ("London", "SE"), ("London", "N")],
    "street_us": ["Maple Ave", "Oak Street", "Pine Road", "Cedar Lane", "Elm Street",
                  "Washington Blvd", "Lakeview Drive", "Sunset Blvd", "Park Place",
                  "Hillcrest Rd", "Birch Court", "Willow Way", "Main Street", "2nd Avenue",
                  "River Road", "Chestnut St"],
    "city_us": [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
                ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Tampa", "FL", "336"),
                ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
                ("Albany", "NY", "122"), ("Phoenix", "AZ", "850"), ("Richmond", "VA", "232")],
    "maildom_nl": ["postvak.nl", "zonnemail.nl", "snelpost.nl", "planet-mail.nl", "hetmailhuis.nl",
                   "kabelpost.nl", "mijnmail.nl", "inbox-online.nl"],
    "maildom_be": ["telemail.be", "vlaamsepost.be", "skymail.be", "ikmail.be", "netpost.be",
                   "briefbus.be"],
    "maildom_fr": ["courriel.be", "boitepost.be", "monmail.be", "toile.be", "lapostale.be",
                   "webcourrier.be"],
    "maildom_en": ["inboxly.com", "mailhaven.co.uk", "postcircle.com", "brightmail.net",
                   "letterbox.co.uk", "quickmail.us", "outpost-mail.com", "mailnest.org"],
    "pwword": ["Zomer", "Lente", "Tulpen", "Fietsen", "Kaasboer", "Zeilboot", "Winter", "Vakantie",
               "Hondje", "Poesje", "Voetbal", "Molen", "Sneeuw", "Appeltaart", "Kerstmis",
               "Zonneschijn", "Regenboog", "Oranje", "Bloemkool", "Strandhuis", "Sunshine",
               "Football", "Dragon", "Bonjour", "Soleil", "Printemps", "Chocolat", "Papillon",
               "Kabouter", "Pindakaas", "Wandelen", "Tuinhuis", "Meeuw", "Konijn", "Bluebell",
               "Hamster", "Frietje", "Duinpan", "Zwaluw", "Kameel"],
    "hobby": ["zonnetje", "wandelaar", "fietsfan", "koffieleut", "dreamer", "traveller",
              "bookworm", "chef", "voetbalpapa", "runner", "lachebek", "moonlight", "gamer",
              "tuinier", "biker", "skater"],
    "kid_nl_m": ["Luuk", "Milan", "Finn", "Mees", "Levi", "Noah", "Ayoub", "Otis", "Bas", "Sam", "Jules", "Wout"],
    "kid_nl_f": ["Saar", "Yara", "Julia", "Fenna", "Tess", "Zoë", "Lina", "Roos", "Emma", "Nora", "Lieke", "Fleur"],
    "kid_fr_m": ["Lucas", "Louis", "Nathan", "Arthur", "Hugo", "Noé", "Théo", "Jules"],
    "kid_fr_f": ["Léa", "Chloé", "Louise", "Alice", "Lina", "Juliette", "Elise", "Inès"],
    "kid_en_m": ["Oscar", "Leo", "Freddie", "Archie", "Mason", "Ethan", "Henry", "Logan"],
    "kid_en_f": ["Mia", "Ella", "Ruby", "Sophie", "Harper", "Evie", "Lily", "Zara"],
    # brands (fictional)
    "b_telco": ["Telvio", "Netmaas", "Bluvia", "Orakom", "Zippa Mobiel", "Lynqo", "Kwikcel",
                "Stroomnet", "Voxa", "Celnova"],
    "b_bank": ["Kadebank", "Nordvest Bank", "Lumenbank", "Spaarhuys", "Fidelis Bank", "Munt & Co",
               "Havenbank", "Belcora", "Brixbank", "Vermo Bank"],
    "b_energy": ["Stroomkracht", "Zonnevolt", "Energiek Thuis", "Warmtelinq", "Wattsen",
                 "Voltaro", "Elektra Noord", "Luminergie", "EnerBel", "Flux Energie"],
    "b_shop": ["Bestelkoning", "Kooplijn", "Pakjesplein", "Shopvio", "Klikkoop", "Marktzaak",
               "Buyzo", "Orderiq", "Dealhuis", "Winkelwagen24"],
    "b_airline": ["Zephyr Air", "Nordsee Airways", "Tulip Air", "Belair Connect", "Skylane",
                  "Aerovia", "Kestrel Airlines", "Polderjet"],
    "b_insurer_nl": ["Zorgzeker", "Verzekerd Thuis", "Gezondplan", "Zekerwijs", "Helvet Verzekeringen",
                     "Basiszorg Direct"],
    "b_insurer_be": ["Mutas Vita", "Ziekenfonds Leieland", "Zorgkas Vlaanderen", "Mutualiteit Plus"],
    "b_insurer_fr": ["Santéplus", "Mutualité du Condroz", "Mutuelle Solidaris-Plus", "Assura Plus"],
    "b_insurer_en": ["Care4Life", "Shieldwell Insurance", "Harbor Health Plans", "Evergreen Cover"],
    "b_hospital_nl": ["Ziekenhuis De Lindenhof", "Medisch Centrum Oosterpark", "Streekziekenhuis Waalrand",
                      "Ziekenhuis Rijnvliet", "Maasziekenhuis Oost", "Medisch Centrum Duinzicht"],
    "b_hospital_be": ["AZ Scheldeland", "AZ Kempenhof", "AZ Leiedal", "AZ Dijlevallei"],
    "b_hospital_fr": ["Clinique des Tilleuls", "CHR Haute-Senne", "Clinique Saint-Hubert", "Centre Hospitalier Meuse-Ourthe"],
    "b_hospital_en": ["Riverside General", "Northgate Medical Centre", "St Aldwyn's Hospital", "Lakeside Medical Center"],
    "b_pension_nl": ["Pensioenfonds Kaderplan", "Pensioenfonds Haven & Logistiek", "Stichting Pensioen Oost",
                     "Pensioenfonds Bouwgilde", "Pensioenfonds Schoonmaak & Zorg", "Fonds Vakwerk"],
    "b_pension_be": ["PensioBel", "Pensioenkas Vlaanderen", "Groepsverzekering Zenit", "Pensioenfonds Metaal BE"],
    "b_pension_fr": ["Pension Plus Wallonie", "Caisse de Pension Sambre", "Fonds de Pension Horizon", "PensioBel FR"],
    "b_pension_en": ["Pension Plus", "Harbour Pension Trust", "Northgate Pensions", "Acorn Retirement"],
    "b_gov": ["BurgerLogin", "IDPoort", "RijksID", "Inlogpunt", "MijnBurger", "CivicKey",
              "StadsID", "Loket Online"],
    "b_school_nl": ["OuderPortaal Wijzer", "KlasLink", "Kinderopvang Zonnestraal", "BSO De Speeltuin",
                    "Kinderdagverblijf Boefjes", "SchoolPraat", "Opvang Het Nest", "SchoolNet Ouders"],
    "b_school_be": ["Kinderopvang 't Vlindertje", "SchoolBord", "Buitenschoolse Opvang De Krekel", "KlasKompas"],
    "b_school_fr": ["Crèche Les Petits Pas", "École en Ligne", "Accueil Les Lutins", "Cartable Connect"],
    "b_school_en": ["ParentHub", "Little Acorns Nursery", "SchoolLink", "Bright Steps Daycare"],
    "b_gym": ["FitFabriek", "SportKade", "GymNova", "Bodyline Club", "Sportschool Kracht",
              "YogaHuis", "FitLab", "Sportcentrum De Vijf"],
    "b_subs": ["Streamio", "Leesclub Plus", "KrantPlus", "MaaltijdBox", "Muziekstroom", "Kijkbox",
               "Puzzelblad Direct", "Luisterrijk"],
    "b_lease": ["LeaseLijn", "AutoAbonnement", "ParkeerGemak", "Parkflow", "ParkMaatje",
                "EasyLease Benelux", "Parkezo", "DriveDirect Lease"],
    "b_lottery_nl": ["Loterij Goudvis", "Lucky Zeven", "Vriendenloterij Noord", "Jackpot Jansen",
                     "Geluksvogel Loterij", "Kraslot Plus"],
    "b_lottery_be": ["Lotto Klaver", "Kraskaart Vlaanderen", "Lotto Zeven BE", "Winnaarsloterij"],
    "b_lottery_fr": ["Loterie Trèfle", "Loto Soleil", "Grattage Royal", "Tombola Wallonne"],
    "b_lottery_en": ["Lucky Clover Lottery", "Golden Ticket Draw", "Fortune Five", "Jackpot Society"],
    "b_super": ["Versmarkt", "SuperDag", "Buurtsuper Plus", "Marché Frais", "FreshCorner",
                "Koopvoordeel", "BonusBuurman", "Colruit-achtig Prijsplein"],
    "b_transport": ["Railvia", "Reispas NL", "Busnet", "TramPlus", "MobiPass", "TransMosa",
                    "Streekvervoer Zuid", "MetroLink"],
    "b_dating": ["Hartslag", "Matchie", "Klikr", "Datewijs", "Flirtzo", "Pixgram", "Chatterbox",
                 "SocialBee"],
    "b_api": ["Payvix", "Shipmate", "Kassaflow", "Routely", "Mailvio", "Stockr", "DevPay",
              "Webhookz"],
    "b_housing_nl": ["Woonkracht Delta", "Thuisvast Wonen", "Huisgenoot Wonen", "De Woonhaven",
                     "Woonsamen Oost", "Dakwerk Wonen", "Huurwijzer", "Vastgoed Kade"],
    "b_housing_be": ["Woonzorg Schelde", "Sociaal Wonen Leiestreek", "Huisvesting Kempenland", "Woonpunt Dender"],
    "b_housing_fr": ["Logis Sambre", "Habitat Meuse", "Le Foyer Hennuyer", "Immo Gestion Ourthe"],
    "b_housing_en": ["Greystone Lettings", "Harbourview Property", "Maplewood Apartments",
                     "Crown & Key Lettings", "Oakridge Residential", "Beacon Homes"],
    "modem": ["Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Connect Box", "Experia Box v10",
              "Archer AX55", "Zyxel VMG8825", "b-box 3", "Netgear R7000", "Huawei B535",
              "Fritz!Box 7530", "Sagemcom 5366"],
    "phonemodel": ["Galaxy A54", "iPhone 15 Pro", "Pixel 8a", "Moto G84", "iPhone 12 mini",
                   "Galaxy S23", "Redmi Note 13", "Nokia G21", "Doro 8100", "Fairphone 5",
                   "iPhone SE", "Galaxy A14"],
    "device": ["Philips HD9252", "Bosch WAN28K", "Sonos Era 100", "Dyson V11", "Kindle Paperwhite",
               "Garmin Forerunner 255", "Tado V3+", "Ring Video Doorbell 4", "Nest Thermostat E",
               "Miele G 7110"],
    "hashtag_nl": ["#klantenservice", "#nietblij", "#help", "#fail", "#schandalig", "#waardeloos", "#klachten",
                   "#teleurgesteld", "#geduld", "#service"],
    "hashtag_be": ["#klantendienst", "#nietcontent", "#hulp", "#schandalig", "#service", "#amai", "#zucht",
                   "#teleurgesteld"],
    "hashtag_fr": ["#serviceclient", "#honteux", "#aide", "#scandale", "#déçu", "#service", "#ras_le_bol",
                   "#galère"],
    "hashtag_en": ["#fail", "#customerservice", "#help", "#stillwaiting", "#shambles", "#notimpressed",
                   "#disappointed", "#ripoff"],
}

BRAND_CAT = {
    "telco": "b_telco", "bank": "b_bank", "energy": "b_energy", "shop": "b_shop",
    "airline": "b_airline", "insurer": "b_insurer", "health": "b_insurer",
    "hospital": "b_hospital", "pension": "b_pension", "gov": "b_gov", "school": "b_school",
    "gym": "b_gym", "subs": "b_subs", "lease": "b_lease", "lottery": "b_lottery", "loyalty": "b_super",
    "transport": "b_transport", "dating": "b_dating", "api": "b_api", "housing": "b_housing",
    "elderly": "b_bank",
}
AIRLINE_CODE = {"Zephyr Air": "ZP", "Nordsee Airways": "NV", "Tulip Air": "TQ",
                "Belair Connect": "BJ", "Skylane": "SY", "Aerovia": "AV",
                "Kestrel Airlines": "KS", "Polderjet": "PJ"}


class Pools:
    def __init__(self, h):
        self.h = h
        self.p = {k: [v for i, v in enumerate(vals) if i % 2 == h] for k, vals in POOLS.items()}

    def __getitem__(self, k):
        return self.p[k]


# ---------------------------------------------------------------------------
# message context and rendering
# ---------------------------------------------------------------------------

NAME_REGION = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "uk", "en-us": "us",
               "en": "intl"}


class Ctx:
    def __init__(self, gen, lang, family, channel):
        self.gen = gen
        self.rng = gen.rng
        self.pools = gen.pools
        self.lang = lang
        self.lk = LK[lang]
        self.family = family
        self.channel = channel
        self.nreg = NAME_REGION[lang]
        if lang == "nl":
            self.region = "nl"
        elif lang == "nl-be":
            self.region = "be"
        elif lang == "fr-be":
            self.region = "fr"
        elif lang == "en-gb":
            self.region = "uk"
        elif lang == "en-us":
            self.region = "us"
        else:
            # expats writing in English: mostly in NL; BE only where no Dutch BSN/tax context is implied
            nl_only = family in ("gov", "health", "pension", "hospital", "housing", "lottery", "elderly")
            self.region = "nl" if nl_only or self.rng.random() < 0.7 else "be"
        self.bind = {}
        self.buf = []
        self.pos = 0
        self.spans = []
        self.negs = []
        self.phr = []
        self.state = {}
        self.frags = []

    def emit(self, text, label=None, src=None):
        if label is None and text.startswith(".") and self.buf and self.buf[-1].endswith(("?", "!", ".")) \
                and not text.startswith(".."):
            text = text[1:]   # no "??." or "ok.." where a fragment ends a sentence
        if not text:
            return
        start = self.pos
        self.buf.append(text)
        self.pos += len(text)
        if label is not None:
            kind, typ = label
            if kind == "S":
                self.spans.append({"type": typ, "start": start, "end": self.pos})
                self.phr.append((typ, src))
            else:
                self.negs.append({"kind": typ, "start": start, "end": self.pos})

    def text(self):
        return "".join(self.buf)


def parse(s):
    pos = 0
    n = len(s)

    def seq(stops):
        nonlocal pos
        parts, buf = [], []

        def flush():
            if buf:
                parts.append("".join(buf))
                buf.clear()
        while pos < n:
            c = s[pos]
            if c == "\\" and pos + 1 < n:
                buf.append(s[pos + 1])
                pos += 2
                continue
            if c in stops:
                break
            if c == "{":
                if s.startswith("{{", pos):
                    buf.append("{")
                    pos += 2
                    continue
                end = s.find("}", pos)
                if end < 0:
                    raise ValueError("unclosed { in %r" % s)
                flush()
                parts.append(("slot", s[pos + 1:end]))
                pos = end + 1
                continue
            if c == "}":
                if s.startswith("}}", pos):
                    buf.append("}")
                    pos += 2
                    continue
                raise ValueError("stray } in %r" % s)
            if c == "[":
                pos += 1
                alts = []
                while True:
                    alts.append(seq("|]"))
                    if pos >= n:
                        raise ValueError("unclosed [ in %r" % s)
                    if s[pos] == "|":
                        pos += 1
                        continue
                    pos += 1
                    break
                flush()
                parts.append(("alt", alts))
                continue
            if c == "]":
                raise ValueError("stray ] in %r" % s)
            buf.append(c)
            pos += 1
        flush()
        return parts
    out = seq("")
    if pos != n:
        raise ValueError("trailing text in %r" % s)
    return out


# ---------------------------------------------------------------------------
# value generators: each returns a list of (text, label) segments
# ---------------------------------------------------------------------------

def S(typ, text):
    return [(text, ("S", typ))]


def N(kind, text):
    return [(text, ("N", kind))]


def T(text):
    return [(text, None)]


MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_NL_S = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


KEY_GENDER = {"v": "m", "h": "m", "k": "m", "m": "f", "b": "f", "f": "f", "g": "f"}


def first_pool(ctx, gender=None):
    reg = ctx.nreg
    if gender is None:
        return ctx.pools["first_%s_m" % reg] + ctx.pools["first_%s_f" % reg]
    return ctx.pools["first_%s_%s" % (reg, gender)]


def person_names(ctx, key):
    k = ("person", key)
    if k not in ctx.bind:
        reg = ctx.nreg
        gender = KEY_GENDER.get(key) or ctx.rng.choice("mf")
        first = ctx.rng.choice(first_pool(ctx, gender))
        last = ctx.rng.choice(ctx.pools["last_" + reg])
        if key:
            # relatives share the surname half the time
            if ctx.rng.random() < 0.5 and ("person", "") in ctx.bind:
                last = ctx.bind[("person", "")][1]
            while ("person", "") in ctx.bind and first == ctx.bind[("person", "")][0]:
                first = ctx.rng.choice(first_pool(ctx, gender))
        ctx.bind[k] = (first, last)
    return ctx.bind[k]


def v_first(ctx, key):
    return T(person_names(ctx, key)[0])


def v_last(ctx, key):
    return T(person_names(ctx, key)[1])


def v_fullname(ctx, key):
    f, l = person_names(ctx, key)
    return T("%s %s" % (f, l))


def kid_of(ctx, key, gender):
    k = ("kid", key, gender)
    if k not in ctx.bind:
        reg = {"nl": "nl", "be": "nl", "fr": "fr"}.get(ctx.lk, "en")
        ctx.bind[k] = ctx.rng.choice(ctx.pools["kid_%s_%s" % (reg, gender or ctx.rng.choice("mf"))])
    return T(ctx.bind[k])


def v_kid(ctx, key):
    return kid_of(ctx, key, None)


def v_son(ctx, key):
    return kid_of(ctx, key, "m")


def v_daughter(ctx, key):
    return kid_of(ctx, key, "f")


def v_agent(ctx, key):
    reg = ctx.nreg if ctx.nreg != "intl" else "nl"
    return T(ctx.rng.choice(ctx.pools["first_%s_m" % reg] + ctx.pools["first_%s_f" % reg]))


def v_init(ctx, key):
    r = ctx.rng
    return T(r.choice(["^", "/", "-", "^"]) + r.choice("ABCDEFGHJKLMNPRSTVW") +
             r.choice("ABCDEFGHJKLMNPRSTVW"))


def v_city(ctx, key):
    reg = ctx.region
    if reg == "nl":
        return T(ctx.rng.choice(ctx.pools["city_nl"]))
    if reg in ("be", "fr"):
        return T(ctx.rng.choice(ctx.pools["pc_" + reg]).split(" ", 1)[1])
    if reg == "uk":
        return T(ctx.rng.choice(ctx.pools["city_uk"])[0])
    return T(ctx.rng.choice(ctx.pools["city_us"])[0])


def brand_of(ctx, cat):
    k = ("brand", cat)
    if k not in ctx.bind:
        pool = cat
        if cat not in POOLS:
            # regional pools: expats writing in English ("en") use Dutch/Belgian services
            reg = {"nl": "nl", "be": "be", "fr": "be" if cat + "_fr" not in POOLS else "fr", "en": "en"}[ctx.lk]
            if ctx.lang == "en":
                reg = "nl" if ctx.region == "nl" else "be"
            pool = cat + "_" + reg
        ctx.bind[k] = ctx.rng.choice(ctx.pools[pool])
    return ctx.bind[k]


def family_cat(ctx):
    return BRAND_CAT.get(ctx.family, "b_shop")


def v_brand(ctx, key, cat=None):
    return T(brand_of(ctx, cat or family_cat(ctx)))


def handle_for(ctx, brand):
    words = re.sub(r"[^A-Za-z0-9 ]", "", fold(brand)).split()
    base = "".join(words)
    if len(base) > 15:
        base = words[0] + "".join(w[0].upper() for w in words[1:])
    suff = {"nl": ["", "_NL", "NL", "_Helpt", "Care"], "be": ["", "_BE", "BE", "Help"],
            "fr": ["", "_BE", "_FR", "Aide"], "en": ["", "Help", "Support", "Care"]}[ctx.lk]
    if ctx.lang == "en-gb":
        suff = suff + ["_UK"]
    fits = [x for x in suff if len(base) + len(x) <= 15] or [""]
    return "@" + base[:15] + ctx.rng.choice(fits)


def v_handle(ctx, key, cat=None):
    k = ("handle", cat or "")
    if k not in ctx.bind:
        ctx.bind[k] = handle_for(ctx, brand_of(ctx, cat or family_cat(ctx)))
    return N("mention", ctx.bind[k])


def domain_for(ctx, brand):
    base = re.sub(r"[^a-z0-9]", "", fold(brand).lower())
    tld = {"nl": ".nl", "be": ".be", "fr": ".be", "en": ".com"}[ctx.lk]
    if ctx.lang == "en-gb":
        tld = ".co.uk"
    return base + tld


def v_domain(ctx, key, cat=None):
    return T(domain_for(ctx, brand_of(ctx, cat or family_cat(ctx))))


def v_ssid(ctx, key):
    r = ctx.rng
    b = re.sub(r"[^A-Za-z]", "", brand_of(ctx, "b_telco"))
    return T(r.choice([b + "-" + rstr(r, "0123456789ABCDEF", 4), b + digits(r, 7),
                       b + "_5G", "FRITZ!Box 7590 " + r.choice(["KX", "QR", "TB"]),
                       b.upper() + "-" + rstr(r, "0123456789ABCDEF", 6)]))


# --- credentials -----------------------------------------------------------

def uname_base(ctx, key):
    if key:
        f = ctx.rng.choice(first_pool(ctx, KEY_GENDER.get(key)))
        l = ctx.rng.choice(ctx.pools["last_" + ctx.nreg])
        if ctx.rng.random() < 0.6:
            l = person_names(ctx, "")[1]
    else:
        f, l = person_names(ctx, "")
    f = re.sub(r"[^a-z]", "", fold(f).lower())
    l = re.sub(r"[^a-z]", "", fold(l).lower())
    return f, l


def v_username(ctx, key):
    r = ctx.rng
    f, l = uname_base(ctx, key)
    yy = "%02d" % r.randint(50, 99) if r.random() < 0.6 else "%02d" % r.randint(0, 12)
    hob = r.choice(ctx.pools["hobby"])
    styles = [
        f[0] + l + yy, f + "." + l, f + "_" + l[0], f.capitalize() + l[0].upper() + str(r.randint(1950, 2008)),
        f + l + digits(r, 2), l + f[0] + digits(r, 2), f + "-" + l, f[:3] + l[:4] + digits(r, 3),
        f + "." + l[0] + yy, hob + "_" + f + yy, f + hob.capitalize(), "the_" + f + "_" + l[:3],
        l.upper() + f[0].upper() + digits(r, 3), f + str(r.randint(1940, 2009)), f[0] + "." + l,
        hob + digits(r, 3), f.capitalize() + "." + l.capitalize(),
    ]
    return S("username", r.choice(styles))


PW_SYMS = "!#$%&*@?+=_-."


def v_password(ctx, key):
    r = ctx.rng
    w = r.choice(ctx.pools["pwword"])
    w2 = r.choice(ctx.pools["pwword"])
    yr = str(r.randint(1948, 2025))
    sym = r.choice(PW_SYMS)
    leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
    rnd = rstr(r, ALNUM, 4) + r.choice("!#$%&*?") + rstr(r, ALNUM, r.randint(4, 7)) + r.choice("0123456789xyzQK")
    styles = [
        w + sym + yr, w + yr, w.lower() + digits(r, 3), leet + digits(r, 2), rnd,
        w + "-" + w2 + "-" + digits(r, 2), w + "_" + digits(r, 2) + w2.lower(),
        w + "&" + w2 + yr[2:], "Welkom" + digits(r, 2), w.lower() + sym + w2.lower() + digits(r, 1),
        w[0].lower() + w[1:].upper() + digits(r, 4), w + yr + sym + "x", rstr(r, ALNUM, 8) + digits(r, 2),
        w2 + "." + w + digits(r, 2),
    ]
    pw = r.choice(styles)
    assert pw[-1].isalnum()
    return S("password", pw)


def v_pin(ctx, key, n=4):
    r = ctx.rng
    while True:
        p = digits(r, n)
        if len(set(p)) > 1 and not p.startswith(("19", "20")) and p not in ("1234", "12345", "123456"):
            return S("pin", p)


def v_pin5(ctx, key):
    return v_pin(ctx, key, 5)


def v_pin6(ctx, key):
    return v_pin(ctx, key, 6)


def v_puk(ctx, key):
    return S("puk", digits(ctx.rng, 8))


def otp6(r):
    while True:
        p = digits(r, 6)
        if len(set(p)) > 2:
            return p


def v_otp(ctx, key):
    r = ctx.rng
    p = otp6(r)
    x = r.random()
    if x < 0.72:
        return S("otp", p)
    if x < 0.86:
        return S("otp", p[:3] + " " + p[3:])
    return S("otp", p[:3] + "-" + p[3:])


def v_otp_plain(ctx, key):
    return S("otp", otp6(ctx.rng))


def v_otp_sp(ctx, key):
    p = otp6(ctx.rng)
    return S("otp", p[:3] + ctx.rng.choice([" ", "-", " "]) + p[3:])


def v_otp_pre(ctx, key):
    r = ctx.rng
    return S("otp", r.choice(["G", "T", "K", "B", "M"]) + "-" + otp6(r))


def v_otp5(ctx, key):
    return S("otp", nzdigits(ctx.rng, 5))


def v_otp8(ctx, key):
    return S("otp", digits(ctx.rng, 8))


def v_otp_spaced(ctx, key):
    # dictated code, every digit separated by a space
    return S("otp", " ".join(otp6(ctx.rng)))


def v_otp_alnum(ctx, key):
    r = ctx.rng
    return S("otp", rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))


def v_wifi(ctx, key):
    r = ctx.rng
    w = r.choice(ctx.pools["pwword"])
    styles = [
        rstr(r, ALNUM, r.randint(12, 16)), rstr(r, LOWNUM, 10), rstr(r, "0123456789ABCDEF", 10),
        rstr(r, "0123456789ABCDEF", 26), w + r.choice("#!*-") + digits(r, 3) + r.choice("xqkz"),
        rstr(r, ALNUM, 4) + "-" + rstr(r, ALNUM, 4) + "-" + rstr(r, ALNUM, 4),
        rstr(r, LOWNUM, 4) + digits(r, 4) + rstr(r, LOWNUM, 4), rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12),
    ]
    return S("wifi_key", r.choice(styles))


def card_digits(r, kind):
    if kind == "visa":
        body = "4" + digits(r, 14)
    elif kind == "mc":
        body = r.choice(["51", "52", "53", "54", "55"]) + digits(r, 13) if r.random() < 0.8 \
            else str(r.randint(2221, 2720)) + digits(r, 11)
    elif kind == "amex":
        body = r.choice(["34", "37"]) + digits(r, 12)
    else:  # maestro / bancontact-like
        body = r.choice(["6703", "6759", "5018", "6304"]) + digits(r, r.choice([11, 14]))
    return body + luhn_check_digit(body)


def fmt_card(r, num):
    x = r.random()
    if len(num) == 15:
        sep = r.choice([" ", " ", "-", ""])
        return num[:4] + sep + num[4:10] + sep + num[10:]
    groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    if x < 0.5:
        return " ".join(groups)
    if x < 0.62:
        return "  ".join(groups)
    if x < 0.8:
        return "-".join(groups)
    return num


def v_card_kind(ctx, kind):
    r = ctx.rng
    num = card_digits(r, kind)
    ctx.state["amex"] = kind == "amex"
    return S("card", fmt_card(r, num))


def v_card(ctx, key):
    kind = ctx.rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    return v_card_kind(ctx, kind)


def v_card_visa(ctx, key):
    return v_card_kind(ctx, "visa")


def v_card_mc(ctx, key):
    return v_card_kind(ctx, "mc")


def v_card_amex(ctx, key):
    return v_card_kind(ctx, "amex")


def v_card_maestro(ctx, key):
    return v_card_kind(ctx, "maestro")


def v_cvv(ctx, key):
    r = ctx.rng
    return S("cvv", digits(r, 4) if ctx.state.get("amex") else digits(r, 3))


def v_exp(ctx, key):
    r = ctx.rng
    m = r.randint(1, 12)
    y = r.randint(2026, 2031)
    f = r.choice(["%02d/%02d", "%02d-%04d", "%02d%02d", "%02d/%04d", "%02d / %02d", "%02d/%02d", "%02d-%02d"])
    yy = y if "%04d" in f else y % 100
    return S("card_expiry", f % (m, yy))


def iban_value(r, country):
    if country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "KNAB", "SNSB", "TRIO", "ASNB", "BUNQ", "RBRB"]) + digits(r, 10)
    elif country == "BE":
        first = digits(r, 10)
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "FR":
        bank, branch, acct = nzdigits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    elif country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14)
    elif country == "ES":
        bban = digits(r, 20)
    elif country == "LU":
        bban = digits(r, 3) + digits(r, 13)
    else:  # IE
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14)
    return iban_make(country, bban)


def fmt_iban(r, iban):
    x = r.random()
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if x < 0.5:
        return " ".join(groups)
    if x < 0.7:
        return iban
    if x < 0.8:
        return (" ".join(groups) if r.random() < 0.5 else iban).lower()
    if x < 0.9:
        rest = iban[4:]
        return iban[:2] + " " + iban[2:4] + " " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))
    return iban[:4] + " " + iban[4:]


def v_iban_c(ctx, country):
    r = ctx.rng
    return S("iban", fmt_iban(r, iban_value(r, country)))


def v_iban(ctx, key):
    reg = ctx.region
    c = {"nl": "NL", "be": "BE", "fr": "BE", "uk": "GB"}.get(reg)
    if c is None:
        c = ctx.rng.choice(["DE", "FR", "ES", "IE"])
    if ctx.rng.random() < 0.08:
        c = ctx.rng.choice(["DE", "FR", "LU", "ES", "IE", "GB", "NL", "BE"])
    return v_iban_c(ctx, c)


def v_iban_foreign(ctx, key):
    return v_iban_c(ctx, ctx.rng.choice(["DE", "FR", "LU", "ES", "IE", "GB"]))


def bsn_value(r):
    while True:
        ds = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            v = "".join(map(str, ds)) + str(last)
            if bsn_ok(v):
                return v


def v_bsn(ctx, key):
    r = ctx.rng
    v = bsn_value(r)
    x = r.random()
    if x < 0.7:
        return S("bsn", v)
    if x < 0.85:
        return S("bsn", v[:4] + "." + v[4:6] + "." + v[6:])
    if x < 0.95:
        return S("bsn", v[:3] + " " + v[3:6] + " " + v[6:])
    return S("bsn", v[:3] + "-" + v[3:6] + "-" + v[6:])


def email_local(ctx, key):
    r = ctx.rng
    f, l = uname_base(ctx, key)
    return r.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l + digits(r, 2), f + digits(r, 2),
                     l + "." + f, f + "." + l + str(r.randint(1950, 2005)), f + "-" + l[0]])


def email_domain(ctx):
    reg = {"nl": "nl", "be": "be", "fr": "fr"}.get(ctx.region, "en")
    if ctx.lang == "en" and ctx.rng.random() < 0.5:
        reg = "en"
    return ctx.rng.choice(ctx.pools["maildom_" + reg])


def v_email(ctx, key):
    e = email_local(ctx, key) + "@" + email_domain(ctx)
    if ctx.rng.random() < 0.06:
        e = e.upper()
    return S("email", e)


def v_email_odd(ctx, key):
    r = ctx.rng
    loc, dom = email_local(ctx, key), email_domain(ctx)
    name, tld = dom.rsplit(".", 1)
    punt = {"nl": "punt", "be": "punt", "fr": "point", "en": "dot"}[ctx.lk]
    at = {"fr": "arobase"}.get(ctx.lk, "at")
    forms = [loc + " @ " + dom, loc + " @" + dom, loc + " " + at + " " + name + " " + punt + " " + tld,
             loc + "(at)" + dom, loc + "[at]" + name + "[dot]" + tld, loc + " at " + dom]
    return S("email", r.choice(forms))


def v_phone_nl(ctx, key, mobile=None):
    r = ctx.rng
    if mobile is None:
        mobile = r.random() < 0.8
    if mobile:
        d = "1" + digits(r, 7)
        return S("phone", r.choice([
            "06" + d, "06-" + d, "06 " + d[:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:],
            "06 - " + d, "+31 6 " + d, "+316" + d, "(06) " + d, "0031 6 " + d[:4] + " " + d[4:],
            "+31 (0)6 " + d, "06-" + d[:4] + " " + d[4:]]))
    d = nzdigits(r, 7)
    return S("phone", r.choice(["020-" + d, "020 " + d[:3] + " " + d[3:], "+31 20 " + d[:3] + " " + d[3:],
                                "(020) " + d]))


def v_phone_be(ctx, key):
    r = ctx.rng
    p = r.choice(["46", "47", "48", "49"]) + digits(r, 1)
    d = digits(r, 6)
    return S("phone", r.choice([
        "0" + p + "/" + d[:2] + "." + d[2:4] + "." + d[4:], "0" + p + " " + d[:2] + " " + d[2:4] + " " + d[4:],
        "+32 " + p + " " + d[:2] + " " + d[2:4] + " " + d[4:], "0032" + p + d, "0" + p + d,
        "0" + p + "/" + d, "+32" + p + d, "0" + p + " " + d[:3] + " " + d[3:]]))


def v_phone_uk(ctx, key):
    r = ctx.rng
    if r.random() < 0.75:
        d = digits(r, 3)
        return S("phone", r.choice(["07700 900" + d, "+44 7700 900" + d, "07700900" + d,
                                    "+44 (0)7700 900" + d, "07700 900 " + d]))
    d = digits(r, 3)
    return S("phone", r.choice(["020 7946 0" + d, "+44 20 7946 0" + d, "(020) 7946 0" + d]))


def v_phone_us(ctx, key):
    r = ctx.rng
    area = r.choice(["212", "312", "415", "617", "503", "720", "512", "813"])
    x = "01" + digits(r, 2)
    return S("phone", r.choice(["(%s) 555-%s" % (area, x), "%s.555.%s" % (area, x), "%s-555-%s" % (area, x),
                                "+1 %s 555 %s" % (area, x), "1-%s-555-%s" % (area, x), "(%s)555-%s" % (area, x)]))


def v_phone(ctx, key):
    reg = ctx.region
    if reg == "nl":
        return v_phone_nl(ctx, key)
    if reg in ("be", "fr"):
        return v_phone_be(ctx, key)
    if reg == "uk":
        return v_phone_uk(ctx, key)
    return v_phone_us(ctx, key)


def nl_postcode(r):
    while True:
        l2 = rstr(r, "ABCDEFGHJKLMNPRTVWXZ", 2)
        if l2 not in ("SA", "SD", "SS"):
            return "%d%s%s" % (r.randint(1011, 9999), r.choice([" ", " ", ""]), l2)


def addr_parts(ctx, key):
    """(street line, postcode+city line) for the context's region."""
    k = ("addr", key)
    if k in ctx.bind:
        return ctx.bind[k]
    r = ctx.rng
    reg = ctx.region
    if reg == "nl":
        st = r.choice(ctx.pools["street_nl"]) + " " + str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " B", "-bis"])
        pc = nl_postcode(r) + " " + r.choice([c.upper() if r.random() < 0.2 else c for c in ctx.pools["city_nl"]])
    elif reg == "be":
        st = r.choice(ctx.pools["street_be"]) + " " + str(r.randint(1, 180)) + r.choice(["", "", " bus 3", "/2", " bus 12"])
        pc = r.choice(ctx.pools["pc_be"])
    elif reg == "fr":
        st = r.choice(ctx.pools["street_fr"]) + " " + str(r.randint(1, 180)) + r.choice(["", "", " bte 4", "/3", " boîte 2"])
        pc = r.choice(ctx.pools["pc_fr"])
    elif reg == "uk":
        city, pre = r.choice(ctx.pools["city_uk"])
        st = r.choice(["", "", "Flat %d, " % r.randint(1, 9)]) + str(r.randint(1, 160)) + " " + r.choice(ctx.pools["street_uk"])
        pc = "%s, %s%d %d%s" % (city, pre, r.randint(1, 20), r.randint(1, 9), rstr(r, "ABDEFGHJLNPQRSTUWXYZ", 2))
    else:
        city, state, z = r.choice(ctx.pools["city_us"])
        st = str(r.randint(10, 9800)) + " " + r.choice(ctx.pools["street_us"]) + r.choice(["", "", ", Apt %d%s" % (r.randint(1, 12), r.choice("ABC"))])
        pc = "%s, %s %s%s" % (city, state, z, digits(r, 2))
    ctx.bind[k] = (st, pc)
    return st, pc


def v_addr(ctx, key):
    st, pc = addr_parts(ctx, key)
    sep = ", " if ctx.region in ("nl", "be", "fr") else ", "
    if ctx.region == "nl" and ctx.rng.random() < 0.25:
        sep = " "
    return S("address", st + sep + pc)


def v_addr_ml(ctx, key):
    st, pc = addr_parts(ctx, key)
    if ctx.region == "uk":
        city, code = pc.split(", ")
        return S("address", st + "\n" + city + "\n" + code)
    return S("address", st + "\n" + pc)


def v_addr_street(ctx, key):
    st, pc = addr_parts(ctx, key)
    return S("address", st)


def dob_date(r, lo, hi):
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return d, m, y


def fmt_dob(ctx, d, m, y):
    f = _fmt_dob(ctx, d, m, y)
    while y < 1950 and re.search(r"(^|[^0-9])[0-9]{2}$", f):
        f = _fmt_dob(ctx, d, m, y)
    return f


def _fmt_dob(ctx, d, m, y):
    r = ctx.rng
    lk = ctx.lk
    if lk in ("nl", "be"):
        forms = ["%02d-%02d-%04d" % (d, m, y), "%d-%d-%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y),
                 "%02d.%02d.%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS_NL[m - 1], y),
                 "%d %s '%02d" % (d, MONTHS_NL_S[m - 1], y % 100), "%02d-%02d-%02d" % (d, m, y % 100),
                 "%04d-%02d-%02d" % (y, m, d)]
    elif lk == "fr":
        forms = ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS_FR[m - 1], y), "%02d.%02d.%04d" % (d, m, y),
                 "%02d/%02d/%02d" % (d, m, y % 100), "%02d-%02d-%04d" % (d, m, y)]
    elif ctx.lang == "en-us":
        forms = ["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (MONTHS_EN[m - 1], d, y), "%d/%d/%02d" % (m, d, y % 100),
                 "%04d-%02d-%02d" % (y, m, d)]
    else:
        forms = ["%02d/%02d/%04d" % (d, m, y), "%s %s %d" % (ordinal(d), MONTHS_EN[m - 1], y),
                 "%d %s %d" % (d, MONTHS_EN[m - 1], y), "%02d-%02d-%04d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100)]
    return r.choice(forms)


def v_dob(ctx, key):
    return S("date_of_birth", fmt_dob(ctx, *dob_date(ctx.rng, 1950, 2004)))


def v_dob_old(ctx, key):
    return S("date_of_birth", fmt_dob(ctx, *dob_date(ctx.rng, 1929, 1952)))


def v_dob_kid(ctx, key):
    return S("date_of_birth", fmt_dob(ctx, *dob_date(ctx.rng, 2010, 2024)))


def v_dob_baby(ctx, key):
    return S("date_of_birth", fmt_dob(ctx, *dob_date(ctx.rng, 2025, 2025)))


def v_dob_words(ctx, key):
    r = ctx.rng
    d, m, y = dob_date(r, 1940, 2003)
    if ctx.lk in ("nl", "be"):
        return S("date_of_birth", "%d %s %d" % (d, MONTHS_NL[m - 1], y))
    if ctx.lk == "fr":
        return S("date_of_birth", "%d %s %d" % (d, MONTHS_FR[m - 1], y))
    return S("date_of_birth", "%s %d, %d" % (MONTHS_EN[m - 1], d, y) if ctx.lang == "en-us" else "%d %s %d" % (d, MONTHS_EN[m - 1], y))


def v_ip(ctx, key):
    r = ctx.rng
    if r.random() < 0.12:
        return S("ip_address", "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff)))
    base = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return S("ip_address", "%s.%d" % (base, r.randint(2, 254)))


def cust_digits(r, n):
    while True:
        v = nzdigits(r, n)
        if n != 9 or not bsn_ok(v):
            return v


def v_cust(ctx, key):
    r = ctx.rng
    x = r.random()
    n = r.choice([6, 7, 8, 8, 9, 10, 10])
    if x < 0.75:
        return S("customer_number", cust_digits(r, n))
    if x < 0.85:
        return S("customer_number", r.choice(["KL", "C", "NL", "BE", "R", "M"]) + r.choice(["-", ""]) + cust_digits(r, 7))
    if x < 0.93:
        v = cust_digits(r, 9)
        return S("customer_number", v[:3] + " " + v[3:6] + " " + v[6:])
    return S("customer_number", "00" + cust_digits(r, 6))


# --- api keys and tokens ------------------------------------------------------

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def v_api(ctx, key, kind=None):
    r = ctx.rng
    kinds = ["sk", "pk", "rk", "ck", "cs", "api", "akia", "awssecret", "aiza", "sg", "hex32"]
    kind = kind or r.choice(kinds)
    env = r.choice(["live", "live", "test"])
    if kind == "sk":
        v = "sk_%s_%s" % (env, rstr(r, B64, r.choice([24, 32, 48])))
    elif kind == "pk":
        v = "pk_%s_%s" % (env, rstr(r, B64, 24))
    elif kind == "rk":
        v = "rk_%s_%s" % (env, rstr(r, B64, 28))
    elif kind == "ck":
        v = "ck_" + rstr(r, HEX, 40)
    elif kind == "cs":
        v = "cs_" + rstr(r, HEX, 40)
    elif kind == "api":
        v = "api_" + rstr(r, B64, 32)
    elif kind == "akia":
        v = "AKIA" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    elif kind == "awssecret":
        v = rstr(r, B64 + "/+", 39) + rstr(r, B64, 1)
    elif kind == "aiza":
        v = "AIza" + rstr(r, B64 + "-_", 34) + rstr(r, B64, 1)
    elif kind == "sg":
        v = "SG." + rstr(r, B64 + "-_", 21) + rstr(r, B64, 1) + "." + rstr(r, B64 + "-_", 42) + rstr(r, B64, 1)
    else:
        v = rstr(r, HEX, 32)
    return S("api_key", v)


def v_api_sk(ctx, key):
    return v_api(ctx, key, "sk")


def v_api_pk(ctx, key):
    return v_api(ctx, key, "pk")


def v_api_akia(ctx, key):
    return v_api(ctx, key, "akia")


def v_api_secret(ctx, key):
    return v_api(ctx, key, "awssecret")


def v_api_hex(ctx, key):
    return v_api(ctx, key, "hex32")


def v_api_woo(ctx, key):
    return v_api(ctx, key, ctx.rng.choice(["ck", "cs"]))


def v_api_ck(ctx, key):
    return v_api(ctx, key, "ck")


def v_api_cs(ctx, key):
    return v_api(ctx, key, "cs")


def v_api_google(ctx, key):
    return v_api(ctx, key, "aiza")


def v_api_sg(ctx, key):
    return v_api(ctx, key, "sg")


def jwt(r):
    head = b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {"sub": digits(r, 7), "iat": 1760000000 + r.randint(0, 9999999),
               "scope": r.choice(["read", "orders:write", "user", "portal"])}
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = rstr(r, B64 + "-_", 42) + rstr(r, B64, 1)
    return head + "." + body + "." + sig


def v_token(ctx, key, kind=None):
    r = ctx.rng
    kind = kind or r.choice(["jwt", "jwt", "ghp", "ghpat", "xoxb", "xoxp", "glpat", "hex40", "sess", "refresh"])
    if kind == "jwt":
        v = jwt(r)
    elif kind == "ghp":
        v = "ghp_" + rstr(r, B64, 36)
    elif kind == "ghpat":
        v = "github_pat_" + rstr(r, B64, 22) + "_" + rstr(r, B64, 59)
    elif kind == "xoxb":
        v = "xoxb-%s-%s-%s" % (digits(r, 11), digits(r, 13), rstr(r, B64, 24))
    elif kind == "xoxp":
        v = "xoxp-%s-%s-%s-%s" % (digits(r, 11), digits(r, 11), digits(r, 13), rstr(r, HEX, 32))
    elif kind == "glpat":
        v = "glpat-" + rstr(r, B64 + "-_", 19) + rstr(r, B64, 1)
    elif kind == "hex40":
        v = rstr(r, HEX, 40)
    elif kind == "sess":
        v = rstr(r, B64, 40) + rstr(r, HEX, 8)
    else:
        v = rstr(r, B64 + "-_", 63) + rstr(r, B64, 1)
    return S("token", v)


def v_jwt(ctx, key):
    return v_token(ctx, key, "jwt")


def v_tok_hex(ctx, key):
    return v_token(ctx, key, "hex40")


def v_tok_gh(ctx, key):
    return v_token(ctx, key, ctx.rng.choice(["ghp", "ghpat"]))


def v_tok_slack(ctx, key):
    return v_token(ctx, key, ctx.rng.choice(["xoxb", "xoxp"]))


def v_tok_glpat(ctx, key):
    return v_token(ctx, key, "glpat")


def v_tok_sess(ctx, key):
    return v_token(ctx, key, ctx.rng.choice(["sess", "refresh", "hex40"]))


def v_reset_url(ctx, key):
    """A password reset link whose token is labelled (the URL itself is not a negative)."""
    r = ctx.rng
    dom = domain_for(ctx, brand_of(ctx, family_cat(ctx)))
    tok = rstr(r, B64 + "-_", r.choice([32, 43, 48])) + rstr(r, B64, 1)
    pre = "https://" + r.choice(["mijn.", "login.", "account.", "www."]) + dom + "/" + r.choice(
        ["reset?token=", "wachtwoord/herstel?t=", "auth/verify?code=", "activate?token="])
    return [(pre, None), (tok, ("S", "token"))]


# --- negatives -----------------------------------------------------------------

def money(ctx, lo=3, hi=120):
    r = ctx.rng
    v = r.randint(lo * 100, hi * 100) / 100.0
    if r.random() < 0.3:
        v = float(int(v))
    whole = int(v)
    cents = int(round((v - whole) * 100))
    reg = ctx.region
    if ctx.lang == "en-gb":
        return r.choice(["£%d.%02d" % (whole, cents), "£%d" % whole if cents == 0 else "£%d.%02d" % (whole, cents)])
    if ctx.lang == "en-us":
        return r.choice(["$%d.%02d" % (whole, cents), "$%d" % whole if cents == 0 else "$%d.%02d" % (whole, cents)])
    nl = ("%d,%02d" % (whole, cents)) if whole < 1000 else ("%d.%03d,%02d" % (whole // 1000, whole % 1000, cents))
    if reg == "fr":
        return r.choice(["%s €" % nl, "%s euros" % nl, "€%s" % nl, "%s EUR" % nl])
    return r.choice(["€ %s" % nl, "€%s" % nl, "EUR %s" % nl, "%s euro" % nl, "€%d,-" % whole])


def n_amount(ctx, key):
    return amount_slot(ctx, key, 3, 120)


def amount_slot(ctx, key, lo, hi):
    st = ctx.state
    if key == "2" and "amt" in st:
        base = st["amt"] * ctx.rng.uniform(1.04, 1.45)
        st["amt2"] = float(int(base))
        return N("amount", money(ctx, int(base), int(base)))
    v = money(ctx, lo, hi)
    st["amt"] = float(int(re.sub(r"[^0-9]", "", re.split(r"[.,](?=\d\d(\D|$))", v)[0]) or 1))
    return N("amount", v)


def n_amount_big(ctx, key):
    return amount_slot(ctx, key, 250, 3500)


def n_cphone(ctx, key):
    r = ctx.rng
    reg = ctx.region
    if ctx.lang == "en-gb":
        v = r.choice(["0345 %s %s" % (digits(r, 3), digits(r, 4)), "03457 %s %s" % (digits(r, 3), digits(r, 3)),
                      "0800 %s %s" % (digits(r, 3), digits(r, 4))])
    elif ctx.lang == "en-us":
        v = r.choice(["1-800-555-01%s" % digits(r, 2), "(800) 555-01%s" % digits(r, 2), "1 (888) 555-01%s" % digits(r, 2)])
    elif reg in ("be", "fr"):
        v = r.choice(["078 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2)), "0800 %s %s" % (digits(r, 2), digits(r, 3)),
                      "070 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2)), "078/%s.%s.%s" % (digits(r, 2), digits(r, 2), digits(r, 2))])
    else:
        v = r.choice(["0800-%s" % digits(r, 4), "0900-%s" % digits(r, 4), "088 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)),
                      "0800 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)), "0900 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))])
    return N("company_phone", v)


def n_kvk(ctx, key):
    r = ctx.rng
    reg = ctx.region
    if reg == "nl":
        v = r.choice(["KvK %s" % nzdigits(r, 8), "KvK-nummer %s" % nzdigits(r, 8), "BTW NL%sB%02d" % (nzdigits(r, 9), r.randint(1, 99))])
    elif reg in ("be", "fr"):
        d = "0" + nzdigits(r, 9)
        v = r.choice(["BE %s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE%s" % d, "KBO %s.%s.%s" % (d[:4], d[4:7], d[7:]),
                      "BCE %s.%s.%s" % (d[:4], d[4:7], d[7:])])
    elif reg == "uk":
        v = r.choice(["Company No. %s" % nzdigits(r, 8), "VAT GB %s %s %s" % (nzdigits(r, 3), digits(r, 4), digits(r, 2))])
    else:
        v = "EIN %s-%s" % (nzdigits(r, 2), digits(r, 7))
    return N("company_registration", v)


def neg_date(ctx):
    r = ctx.rng
    st = ctx.state
    if "d" in st:
        doy = min(st["d"] + r.randint(1, 40), 360)
    else:
        doy = r.randint(1, 300)
    st["d"] = doy
    m = min(doy // 30 + 1, 12)
    d = min(doy % 30 + 1, 28)
    y = st.setdefault("y", r.choice([2025, 2026, 2026]))
    lk = ctx.lk
    wd = (doy + y) % 7
    if lk in ("nl", "be"):
        f = ["%02d-%02d-%04d" % (d, m, y), "%d %s" % (d, MONTHS_NL[m - 1]), "%s %d %s" % (DAYS_NL[wd], d, MONTHS_NL[m - 1]),
             "%d/%d" % (d, m), "%d %s" % (d, MONTHS_NL_S[m - 1]), "%d %s %d" % (d, MONTHS_NL[m - 1], y), "%02d/%02d/%04d" % (d, m, y)]
    elif lk == "fr":
        f = ["%02d/%02d/%04d" % (d, m, y), "%d %s" % (d, MONTHS_FR[m - 1]), "%s %d %s" % (DAYS_FR[wd], d, MONTHS_FR[m - 1]),
             "%d/%d" % (d, m)]
    elif ctx.lang == "en-us":
        f = ["%02d/%02d/%04d" % (m, d, y), "%s %d" % (MONTHS_EN[m - 1], d), "%s, %s %d" % (DAYS_EN[wd], MONTHS_EN[m - 1], d), "%d/%d" % (m, d)]
    else:
        f = ["%02d/%02d/%04d" % (d, m, y), "%d %s" % (d, MONTHS_EN[m - 1]), "%s %s %s" % (DAYS_EN[wd], ordinal(d), MONTHS_EN[m - 1]),
             "%s %s" % (ordinal(d), MONTHS_EN[m - 1])]
    return r.choice(f)


def n_date(ctx, key):
    return N("date", neg_date(ctx))


def n_time(ctx, key):
    r = ctx.rng
    st = ctx.state
    if "t" in st:
        t_ = min(st["t"] + r.choice([30, 45, 60, 90, 120, 180]), 23 * 60)
    else:
        t_ = r.randint(7, 17) * 60 + r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, r.randint(0, 59)])
    st["t"] = t_
    h, m = t_ // 60, t_ % 60
    lk = ctx.lk
    r = random.Random(st.setdefault("tfmt", ctx.rng.random()))
    if lk == "nl":
        v = r.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%d:%02d" % (h, m)])
    elif lk == "be":
        v = r.choice(["%du%02d" % (h, m), "%02d:%02d" % (h, m), "%d.%02d" % (h, m)])
    elif lk == "fr":
        v = r.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m)] + (["%dh" % h] if m == 0 else []))
    elif ctx.lang == "en-us":
        v = "%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")
    else:
        v = r.choice(["%02d:%02d" % (h, m), "%d:%02d%s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")])
    return N("time", v)


def n_year(ctx, key):
    st = ctx.state
    if key == "2" and "yr" in st:
        y = min(st["yr"] + ctx.rng.randint(2, 9), 2025)
    else:
        y = ctx.rng.randint(2008, 2021)
    st["yr"] = y
    return N("year", str(y))


def n_err(ctx, key):
    r = ctx.rng
    return N("error_code", r.choice([
        "E-%d" % r.randint(100, 9999), "0x8007%04X" % r.randint(0, 0xffff), "E%d" % r.randint(10, 99),
        "ERR-%d" % r.randint(100, 999), "AUTH-%d" % r.randint(1000, 4999), "F%d" % r.randint(10, 99),
        "LOG%d" % r.randint(100, 999), str(r.choice([401, 403, 404, 429, 500, 502, 503])),
        "WF-%03d" % r.randint(1, 999)]))


def n_flight(ctx, key):
    r = ctx.rng
    b = brand_of(ctx, "b_airline")
    code = AIRLINE_CODE[b]
    return N("flight_number", code + r.choice(["", " "]) + str(r.randint(100, 9899)))


def n_hashtag(ctx, key):
    return N("hashtag", ctx.rng.choice(ctx.pools["hashtag_" + ctx.lk]))


def n_invoice(ctx, key):
    r = ctx.rng
    return N("invoice_number", r.choice([
        "F%d-%05d" % (r.randint(2024, 2026), r.randint(1, 99999)), "INV-%06d" % r.randint(1, 999999),
        "%s" % nzdigits(r, 10), "FA%s" % digits(r, 8), "%d/%06d" % (r.randint(2025, 2026), r.randint(1, 999999))]))


def n_order(ctx, key):
    r = ctx.rng
    return N("order_number", r.choice([
        "#%s" % nzdigits(r, 8), "ORD-%d-%05d" % (r.randint(2025, 2026), r.randint(1, 99999)),
        "%s-%s-%s" % (digits(r, 2), digits(r, 4), digits(r, 4)), "W%s" % nzdigits(r, 10), nzdigits(r, 9),
        "BK%s" % digits(r, 7)]))


def n_ticket(ctx, key):
    r = ctx.rng
    return N("ticket_number", r.choice([
        "#%s" % nzdigits(r, 7), "Z-%d-%05d" % (r.randint(2025, 2026), r.randint(1, 99999)), "%08d" % r.randint(1, 99999999),
        "SR-%s" % nzdigits(r, 6), "%d/%05d" % (r.randint(2025, 2026), r.randint(1000, 99999)), "CAS-%s-%s" % (nzdigits(r, 5), rstr(r, "BCDFGHJKLMNPQRSTVWXZ", 4)),
        "INC%s" % digits(r, 7), "M%s" % nzdigits(r, 6)]))


def n_track(ctx, key):
    r = ctx.rng
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return N("tracking_number", r.choice([
        "3S" + rstr(r, up, 4) + digits(r, 9), "JVGL" + digits(r, 14), "1Z" + rstr(r, up + "0123456789", 6) + digits(r, 10),
        rstr(r, up, 2) + digits(r, 9) + r.choice(["NL", "BE", "GB", "DE"]), "JJD" + digits(r, 18), "CD" + digits(r, 9) + "BE"]))


def n_meter(ctx, key):
    r = ctx.rng
    return N("meter_reading", r.choice([
        "%05d" % r.randint(1000, 99999), "%06d" % r.randint(1000, 999999), "%d,%03d" % (r.randint(100, 9999), r.randint(0, 999)),
        "%d.%03d" % (r.randint(1, 99), r.randint(0, 999)), "%d" % r.randint(10000, 99999)]))


def n_modem(ctx, key):
    return N("model_number", ctx.rng.choice(ctx.pools["modem"]))


def n_phonemodel(ctx, key):
    return N("model_number", ctx.rng.choice(ctx.pools["phonemodel"]))


def n_device(ctx, key):
    return N("model_number", ctx.rng.choice(ctx.pools["device"]))


def n_thermo(ctx, key):
    return N("model_number", ctx.rng.choice(["Tado V3+", "Nest Thermostat E", "Honeywell T6", "Netatmo NTH01",
                                             "Anna thermostaat", "Toon 2"]))


def n_url_city(ctx, key):
    r = ctx.rng
    bound = ctx.bind.get(("slot", "city", ""))
    city = re.sub(r"[^a-z]", "", fold((bound or v_city(ctx, key))[0][0]).lower())
    tld = ".nl" if ctx.region == "nl" else ".be"
    paths = ["/dechets", "/stationnement", "/taxes", "/rendez-vous"] if ctx.lk == "fr" else \
        ["/afval", "/parkeren", "/belastingen", "/afspraak", "/loket", "/kwijtschelding"]
    return N("url", r.choice(["https://www.", "www.", ""]) + city + tld + r.choice(paths))


def n_err_cue(ctx, key):
    r = ctx.rng
    return N("error_code", "%s%s%d" % (r.choice(["PIN", "OTP", "CRD", "PUK", "SMS"]), r.choice(["", "-", "_"]), r.randint(10, 999)))


def n_sku(ctx, key):
    r = ctx.rng
    ean = digits(r, 12)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean))
    ean += str((10 - s % 10) % 10)
    return N("product_code", r.choice([
        "SKU-%s-%s" % (digits(r, 4), r.choice(["BLK", "WHT", "42", "XL", "M"])), ean, "art.nr. %s" % digits(r, 7),
        "%s-%s" % (rstr(r, "ABCDEFGHJKLMNPRSTVWXYZ", 3), digits(r, 5)), "SKU %s" % nzdigits(r, 8)]))


def n_ean(ctx, key):
    r = ctx.rng
    ean = r.choice(["87", "54", "50"]) + digits(r, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean))
    return N("product_code", ean + str((10 - s % 10) % 10))


def n_version(ctx, key):
    r = ctx.rng
    return N("version_string", r.choice([
        "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(11, 15),
        "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 9)), "v%d.%d" % (r.randint(2, 9), r.randint(0, 20)),
        "%d.%d.%d (build %d)" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(1000, 9999)),
        "%d.%d" % (r.randint(2, 9), r.randint(0, 30)) if ctx.lk in ("nl", "be") else "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9))]))


def n_fw(ctx, key):
    r = ctx.rng
    return N("version_string", r.choice(["%d.%02d" % (r.randint(6, 8), r.randint(0, 99)), "%d.%d.%d" % (r.randint(1, 7), r.randint(0, 20), r.randint(0, 99)),
                                         "v%d.%d" % (r.randint(1, 9), r.randint(0, 99))]))


def n_req(ctx, key):
    r = ctx.rng
    return N("quantity", r.choice(["%d requests" % r.choice([60, 100, 120, 300, 600, 1000]), "%d calls" % r.choice([50, 100, 500]),
                                   "%d req" % r.choice([100, 250])]))


def n_pct(ctx, key):
    r = ctx.rng
    st = ctx.state
    if "amt" in st and "amt2" in st and st["amt"] > 0:
        p = (st["amt2"] / st["amt"] - 1) * 100
        v = "%d%%" % round(p) if r.random() < 0.6 else ("%.1f %%" % p)
    else:
        v = r.choice(["%d%%" % r.randint(2, 35), "%d,%d %%" % (r.randint(1, 12), r.randint(1, 9)), "%d %%" % r.randint(3, 30)])
    if ctx.lk == "en":
        v = v.replace(",", ".")
    else:
        v = v.replace(".", ",")
    return N("percentage", v)


def n_qty(ctx, key):
    r = ctx.rng
    return N("quantity", r.choice([
        "%d GB" % r.choice([5, 10, 20, 40, 100]), "%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d kWh" % r.randint(150, 4500),
        "%d m³" % r.randint(200, 1800), "%dGB" % r.choice([3, 8, 25]), "%d Mbit/s" % r.choice([100, 400, 1000]),
        "%d minuten" % r.choice([100, 250, 500]) if ctx.lk in ("nl", "be") else "%d min" % r.choice([100, 300])]))


def n_gb(ctx, key):
    r = ctx.rng
    return N("quantity", r.choice(["%d GB" % r.choice([2, 5, 10, 20, 40, 100]), "%dGB" % r.choice([3, 8, 25, 50]), "%d MB" % r.choice([500, 800])]))


def n_mbps(ctx, key):
    r = ctx.rng
    return N("quantity", r.choice(["%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d Mbit/s" % r.choice([100, 400, 1000]),
                                   "%dMbps" % r.choice([12, 35, 80])]))


def n_kwh(ctx, key):
    r = ctx.rng
    v = r.randint(180, 4800)
    s = ("%d.%03d" % (v // 1000, v % 1000)) if v >= 1000 and ctx.lk != "en" and r.random() < 0.5 else str(v)
    return N("quantity", s + r.choice([" kWh", " kWh", "kWh"]))


def n_m3(ctx, key):
    r = ctx.rng
    return N("quantity", "%d m³" % r.randint(300, 1900) if r.random() < 0.7 else "%d m3" % r.randint(300, 1900))


def n_url(ctx, key, cat=None):
    r = ctx.rng
    dom = domain_for(ctx, brand_of(ctx, cat or family_cat(ctx)))
    if (cat or family_cat(ctx)) == "b_api":
        return N("url", r.choice(["https://api.", "api.", "https://sandbox."]) + dom + r.choice(
            ["/v1/orders", "/v2/payments", "/v1/webhooks", "/v3/shipments", "/docs/errors"]))
    path = {"nl": ["/storing", "/inloggen", "/contact", "/klantenservice/faq", "/mijn-account", "/opzeggen"],
            "be": ["/nl/storingen", "/nl/contact", "/nl/mijn-account", "/aanmelden"],
            "fr": ["/fr/pannes", "/fr/contact", "/fr/mon-compte", "/connexion"],
            "en": ["/help", "/support/article/%d" % r.randint(100, 9999), "/account", "/status", "/login"]}[ctx.lk]
    return N("url", r.choice(["https://www.", "https://", "www.", "https://mijn.", ""]) + dom + r.choice(path))


def n_mask(ctx, key):
    r = ctx.rng
    return N("masked_value", r.choice([
        "********", "**** **** **** %s" % digits(r, 4), "NL** **** **** **%s" % digits(r, 2), "••••••••",
        "XXXX-XXXX-XXXX-%s" % digits(r, 4), "BE** **** **** %s" % digits(r, 4), "****%s" % digits(r, 4),
        "06-****%s" % digits(r, 4), "*****%s" % digits(r, 3), "NL** %s **** **** %s" % (r.choice(["INGB", "RABO", "ABNA"]), digits(r, 2))]))


def n_mask_card(ctx, key):
    r = ctx.rng
    return N("masked_value", r.choice(["**** **** **** %s" % digits(r, 4), "XXXX XXXX XXXX %s" % digits(r, 4),
                                       "•••• %s" % digits(r, 4), "****-****-****-%s" % digits(r, 4)]))


def n_mask_iban(ctx, key):
    r = ctx.rng
    c = {"be": "BE", "fr": "BE"}.get(ctx.region, "NL")
    return N("masked_value", r.choice(["%s** **** **** **%s" % (c, digits(r, 2)), "%s**%s" % (c, "*" * 8 + digits(r, 4)),
                                       "%s** **** **** %s" % (c, digits(r, 4))]))


def n_mask_pw(ctx, key):
    return N("masked_value", ctx.rng.choice(["********", "••••••••••", "*****", "●●●●●●●●"]))


def v_wa_ts(ctx, key):
    r = ctx.rng
    st = ctx.state
    if "wa" not in st:
        st["wa"] = [r.randint(1, 28), r.randint(1, 12), r.randint(7, 21) * 60 + r.randint(0, 59)]
    d, m, t = st["wa"]
    t += r.choice([0, 0, 1, 1, 2, 3, 7])
    st["wa"][2] = t
    hh, mm = (t // 60) % 24, t % 60
    if ctx.lang == "en-us":
        ds = "%d/%d/26" % (m, d)
        ts = "%d:%02d %s" % ((hh - 1) % 12 + 1, mm, "PM" if hh >= 12 else "AM")
        return [("[", None), (ds, ("N", "date")), (", ", None), (ts, ("N", "time")), ("]", None)]
    ds = "%02d-%02d-26" % (d, m)
    ts = "%02d:%02d" % (hh, mm)
    sep = st.setdefault("wa_sep", " " if r.random() < 0.8 else ", ")
    return [("[", None), (ds, ("N", "date")), (sep, None), (ts, ("N", "time")), ("]", None)]


SLOTS = {
    "first": v_first, "last": v_last, "fullname": v_fullname, "kid": v_kid, "son": v_son, "daughter": v_daughter, "agent": v_agent, "init": v_init,
    "city": v_city, "brand": v_brand, "handle": v_handle, "domain": v_domain, "ssid": v_ssid,
    "username": v_username, "password": v_password, "pin": v_pin, "pin5": v_pin5, "pin6": v_pin6, "puk": v_puk,
    "otp": v_otp, "otp_plain": v_otp_plain, "otp_sp": v_otp_sp, "otp_pre": v_otp_pre, "otp5": v_otp5,
    "otp8": v_otp8, "otp_spaced": v_otp_spaced, "otp_alnum": v_otp_alnum,
    "wifi": v_wifi, "card": v_card, "card_visa": v_card_visa, "card_mc": v_card_mc, "card_amex": v_card_amex,
    "card_maestro": v_card_maestro, "cvv": v_cvv, "exp": v_exp, "iban": v_iban, "iban_foreign": v_iban_foreign,
    "iban_nl": lambda c, k: v_iban_c(c, "NL"), "iban_be": lambda c, k: v_iban_c(c, "BE"),
    "iban_de": lambda c, k: v_iban_c(c, "DE"), "iban_fr": lambda c, k: v_iban_c(c, "FR"),
    "iban_gb": lambda c, k: v_iban_c(c, "GB"), "iban_es": lambda c, k: v_iban_c(c, "ES"),
    "iban_lu": lambda c, k: v_iban_c(c, "LU"), "iban_ie": lambda c, k: v_iban_c(c, "IE"),
    "bsn": v_bsn, "email": v_email, "email_odd": v_email_odd, "phone": v_phone, "phone_nl": v_phone_nl,
    "phone_landline": lambda c, k: v_phone_nl(c, k, mobile=False),
    "phone_be": v_phone_be, "phone_uk": v_phone_uk, "phone_us": v_phone_us, "addr": v_addr, "addr_ml": v_addr_ml,
    "addr_street": v_addr_street, "dob": v_dob, "dob_old": v_dob_old, "dob_kid": v_dob_kid, "dob_baby": v_dob_baby, "dob_words": v_dob_words,
    "ip": v_ip, "cust": v_cust,
    "api": v_api, "api_sk": v_api_sk, "api_pk": v_api_pk, "api_akia": v_api_akia, "api_secret": v_api_secret,
    "api_hex": v_api_hex, "api_woo": v_api_woo, "api_ck": v_api_ck, "api_cs": v_api_cs,
    "api_google": v_api_google, "api_sg": v_api_sg,
    "token": v_token, "jwt": v_jwt, "tok_hex": v_tok_hex, "tok_gh": v_tok_gh, "tok_slack": v_tok_slack,
    "tok_glpat": v_tok_glpat, "tok_sess": v_tok_sess, "reset_url": v_reset_url,
    "n_amount": n_amount, "n_amount_big": n_amount_big, "n_cphone": n_cphone, "n_kvk": n_kvk, "n_date": n_date,
    "n_time": n_time, "n_year": n_year, "n_err": n_err, "n_flight": n_flight, "n_hashtag": n_hashtag,
    "n_invoice": n_invoice, "n_order": n_order, "n_ticket": n_ticket, "n_track": n_track, "n_meter": n_meter,
    "n_modem": n_modem, "n_phonemodel": n_phonemodel, "n_device": n_device, "n_sku": n_sku, "n_thermo": n_thermo, "n_url_city": n_url_city, "n_err_cue": n_err_cue, "n_ean": n_ean,
    "n_version": n_version, "n_fw": n_fw, "n_req": n_req, "n_pct": n_pct, "n_qty": n_qty, "n_gb": n_gb, "n_mbps": n_mbps, "n_kwh": n_kwh, "n_m3": n_m3, "n_url": n_url, "n_mask": n_mask,
    "n_mask_card": n_mask_card, "n_mask_iban": n_mask_iban, "n_mask_pw": n_mask_pw, "wa_ts": v_wa_ts,
}
for _short, _cat in sorted(set([(c[2:], c) for c in BRAND_CAT.values()] + list(BRAND_CAT.items()))):
    SLOTS["brand_" + _short] = (lambda cat: (lambda c, k: v_brand(c, k, cat)))(_cat)
    SLOTS["handle_" + _short] = (lambda cat: (lambda c, k: v_handle(c, k, cat)))(_cat)
    SLOTS["url_" + _short] = (lambda cat: (lambda c, k: n_url(c, k, cat)))(_cat)

# Slots whose value is fresh on every use unless a key is given (negatives, stamps)
UNBOUND_PREFIX = ("n_", "wa_ts", "url_", "init")

# what a span slot can produce (static analysis for the quota top-up)
SLOT_TYPES = {}
for _n in list(SLOTS):
    if _n.startswith(("n_", "url_", "handle_", "brand_")) or _n in ("first", "last", "fullname", "kid", "son", "daughter", "agent", "init",
                                                                     "city", "brand", "handle", "domain", "ssid", "wa_ts"):
        continue
SLOT_TYPES.update({
    "username": "username", "password": "password", "pin": "pin", "pin5": "pin", "pin6": "pin", "puk": "puk",
    "wifi": "wifi_key", "cvv": "cvv", "exp": "card_expiry", "bsn": "bsn", "email": "email", "email_odd": "email",
    "addr": "address", "addr_ml": "address", "addr_street": "address", "dob": "date_of_birth",
    "dob_old": "date_of_birth", "dob_kid": "date_of_birth", "dob_baby": "date_of_birth", "dob_words": "date_of_birth", "ip": "ip_address",
    "cust": "customer_number", "reset_url": "token",
})
for _n in SLOTS:
    if _n.startswith("otp"):
        SLOT_TYPES[_n] = "otp"
    elif _n.startswith("card"):
        SLOT_TYPES[_n] = "card"
    elif _n.startswith("iban"):
        SLOT_TYPES[_n] = "iban"
    elif _n.startswith("phone"):
        SLOT_TYPES[_n] = "phone"
    elif _n.startswith("api"):
        SLOT_TYPES[_n] = "api_key"
    elif _n.startswith("tok") or _n == "jwt":
        SLOT_TYPES[_n] = "token"


# ---------------------------------------------------------------------------
# phrasing fragments (group_<lk>); dealt alternately to the halves per group
# ---------------------------------------------------------------------------

FRAGMENTS = {
    # ---- username + password -------------------------------------------------
    "login_nl": [
        "ik log in met {username} en ww {password}",
        "gebruikersnaam: {username}\nwachtwoord: {password}",
        "inlog {username} pw={password}",
        "credentials: {username}:{password}",
        "{username} / {password}",
        "mijn gebruikesnaam is {username} en het wachtwood {password}",
        "user: {username}\npass: {password}",
        "ik log in als {username} met {password}",
        "login {username} - wachtwoord {password}",
        "gebr.naam {username} ww {password}",
        "de naam waarmee ik inlog is {username}, het wachtwoord is (denk ik) {password}",
        "Inlognaam {username} | Wachtwoord {password}",
        "{username} met wachtwoord {password}",
        "account {username} pw {password}",
        "{password} is mijn ww en mijn gebruikersnaam is {username}",
        "accountnaam: {username} (ww: {password})",
        "gebruikersnaam {username} paswrd {password}",
        "met als inlognaam {username} en als wachtwoord {password}",
        "{username} {password} klopt toch??",
        "ik typ {username} in en daarna {password} en dan zegt ie ongeldig",
        "inloggegevens\n- gebruiker {username}\n- ww {password}",
        "gebruikersnaam is {username} wachtwoord is {password}",
    ],
    "login_be": [
        "mijn login is {username} en mijn paswoord {password}",
        "gebruikersnaam {username}, paswoord {password}",
        "login: {username} / paswoord: {password}",
        "ik meld mij aan met {username} en als paswoord {password}",
        "{username} is mijn login, {password} mijn paswoord",
        "aanmelden met {username} + {password}",
        "gebruiker {username}\npaswoord {password}",
        "pasword {password} en login {username}",
        "aanmeldnaam {username}, wachtwoord {password}",
        "mijn login ({username}) en paswoord ({password})",
        "login {username} paswoord {password} da werkt gewoon niet",
        "gebruikersnaam = {username} / paswoord = {password}",
    ],
    "login_en": [
        "username: {username}\npassword: {password}",
        "login is {username} and the password is {password}",
        "user {username} / pass {password}",
        "creds are {username}:{password}",
        "my username {username} pw {password}",
        "I sign in as {username} with {password}",
        "{username} and password {password}",
        "usrname {username} passwrd {password}",
        "login {username} pwd: {password}",
        "the password ({password}) for {username}",
        "u: {username} p: {password}",
        "account name {username}, password {password}",
        "{username} / {password} is what I use",
        "user id {username} and my password is {password}",
    ],
    "login_fr": [
        "identifiant : {username}\nmot de passe : {password}",
        "mon identifiant est {username} et mon mot de passe {password}",
        "login {username} mdp {password}",
        "je me connecte avec {username} / {password}",
        "nom d'utilisateur {username}, mot de passe {password}",
        "utilisateur : {username} - mdp : {password}",
        "mot de pase {password} et identifiant {username}",
        "{username} avec le mot de passe {password}",
        "mes codes d'accès : {username} et {password}",
        "identifant {username} mot de passe {password}",
        "user {username} mdp={password}",
        "mon login c'est {username} et le mot de passe c'est {password}",
    ],
    # ---- password alone ----------------------------------------------------
    "pw_nl": [
        "mijn wachtwoord is {password}", "ww: {password}", "{password} is mijn ww",
        "wachtwoord {password} werkt niet meer", "het wachtwood dat ik gebruik is {password}",
        "paswrd {password}", "nieuw wachtwoord ingesteld: {password}",
        "heb het wachtwoord veranderd in {password}", "oud wachtwoord was {password}",
        "ik heb {password} geprobeerd als wachtwoord", "password {password}", "wachtw. {password}",
        "het wachtwoord is {password} met een hoofdletter", "ww = {password}",
        "wachtwoord (hoofdlettergevoelig): {password}", "wachtwrd {password}",
    ],
    "pw_be": [
        "mijn paswoord is {password}", "paswoord: {password}", "{password} is mijn paswoord",
        "het paswoord {password} wordt niet aanvaard", "pasword {password}",
        "wachtwoord {password}", "het nieuwe paswoord is {password}", "paswoord = {password}",
        "ik heb als paswoord {password} gekozen", "paswrd {password}",
    ],
    "pw_en": [
        "password is {password}", "pw: {password}", "{password} is my password",
        "the pass is {password}", "I tried {password}", "new password: {password}",
        "old password was {password}", "my pword {password}", "pwd {password}",
        "password = {password}", "passowrd {password}", "it's {password} (capital first letter)",
    ],
    "pw_fr": [
        "mot de passe : {password}", "mdp {password}", "mon mot de passe c'est {password}",
        "{password} c'est mon mot de passe", "j'ai essayé {password}", "nouveau mot de passe {password}",
        "mot de passse {password}", "le mdp est {password}", "ancien mot de passe : {password}",
        "mot de passe = {password}",
    ],
    # ---- username alone ----------------------------------------------------
    "user_nl": [
        "gebruikersnaam {username}", "mijn inlognaam is {username}", "gebruikesnaam: {username}",
        "login: {username}", "ik log in als {username}", "mijn username is {username}",
        "inlognaam {username}", "gebruikersnaam (staat in de mail): {username}",
    ],
    "user_be": [
        "login {username}", "mijn gebruikersnaam is {username}", "aanmeldnaam {username}",
        "gebruikersnaam: {username}", "ik meld mij aan als {username}",
    ],
    "user_en": [
        "username {username}", "my login is {username}", "user id: {username}", "account name {username}",
        "I log in as {username}", "usename: {username}", "login name {username}",
    ],
    "user_fr": [
        "identifiant {username}", "mon login c'est {username}", "nom d'utilisateur : {username}",
        "identifiant de connexion {username}", "je me connecte en tant que {username}",
    ],
    # ---- PIN ----------------------------------------------------------------
    "pin_nl": [
        "pincode {pin}", "mijn pin is {pin}", "pincdoe {pin}", "{pin} is de pincode", "pin: {pin}",
        "de pincode van mijn pas is {pin}", "app-pincode {pin5}", "de 5-cijferige code van de app is {pin5}",
        "pinnummer {pin}", "geheime code {pin}", "pincode (ja ik weet het) {pin}", "pin {pin} klopt niet volgens de automaat",
        "mijn pincode is nog steeds {pin}", "pincod {pin}",
    ],
    "pin_be": [
        "pincode = {pin}", "de code van mijn kaart {pin}",
        "pincode {pin}", "mijn pin van de bankkaart is {pin}", "de code van mijn Bancontact is {pin}",
        "geheime code {pin}", "pin {pin}", "{pin} is de pincode", "de pincode is {pin} hoor",
        "mijn bankkaartcode {pin}",
    ],
    "pin_en": [
        "PIN {pin}", "my pin is {pin}", "card PIN: {pin}", "{pin} is the pin", "pin number {pin}",
        "app passcode {pin6}", "pinn {pin}", "PIN code {pin}", "the PIN I set was {pin}", "pin = {pin}",
    ],
    "pin_fr": [
        "mon PIN c'est {pin}", "code PIN de la carte {pin}",
        "code PIN {pin}", "mon code pin est {pin}", "code secret {pin}", "le code de ma carte c'est {pin}",
        "PIN : {pin}", "code confidentiel {pin}", "{pin} c'est mon code", "code pin = {pin}",
    ],
    # ---- SIM PIN + PUK --------------------------------------------------------
    "puk_nl": [
        "PUK {puk}", "pukcode {puk}", "de PUK-code is {puk}", "puk: {puk}", "{puk} is de puk",
        "pukcode staat op het plastic: {puk}", "PUK1 {puk}", "ontgrendelcode (PUK) {puk}",
        "puck code {puk}", "puk-code van de simkaart {puk}", "pukcdoe {puk}", "puk = {puk}",
    ],
    "puk_be": [
        "puk-code van mijn gsm {puk}", "PUK {puk}", "de puk van mijn simkaart is {puk}",
        "PUK-code: {puk}", "pukcode {puk} staat op het kaartje", "de puk is {puk}",
    ],
    "puk_en": [
        "PUK {puk}", "PUK code: {puk}", "the puk is {puk}", "PUK1 {puk}", "unblocking code {puk}",
        "personal unblocking key {puk}", "pukk {puk}", "puk no. {puk}",
    ],
    "puk_fr": [
        "code PUK {puk}", "le PUK est {puk}", "PUK : {puk}", "code de déblocage (PUK) {puk}",
        "mon code puk c'est {puk}", "PUK {puk} sur la carte",
    ],
    "simpin_nl": [
        "SIM-pin {pin}", "pincode van de simkaart: {pin}", "simpin {pin}", "de pin van mijn sim is {pin}",
        "PIN1 {pin}", "pincode sim {pin}",
    ],
    "simpin_be": [
        "pincode van mijn gsm {pin}", "SIM-pin {pin}", "de pin van de simkaart is {pin}", "pin gsm: {pin}",
    ],
    "simpin_en": [
        "SIM PIN {pin}", "the sim pin is {pin}", "PIN1 {pin}", "pin for the sim {pin}", "SIM lock code {pin}",
    ],
    "simpin_fr": [
        "code PIN de la carte SIM : {pin}", "PIN SIM {pin}", "le pin de ma sim c'est {pin}", "PIN1 {pin}",
    ],
    # ---- OTP ----------------------------------------------------------------
    "otp_nl": [
        "verificatiecode {otp}", "de sms-code is {otp}", "code uit de sms: {otp}", "verificatiecdoe {otp}",
        "ik kreeg {otp} per sms", "eenmalige code {otp}", "de code {otp} werkt niet", "bevestigingscode: {otp}",
        "sms code {otp}", "inlogcode {otp}", "2FA code {otp}", "de code die ik net kreeg: {otp}",
        "controlecode uit de sms {otp}", "{otp} is de code die ik kreeg", "sms-code = {otp}",
    ],
    "otp_be": [
        "de code die ik via sms kreeg: {otp}", "bevestigingscode {otp}", "responscode van de kaartlezer {otp8}",
        "de sms-code is {otp}", "verificatiecode {otp}", "code uit de sms {otp}", "eenmalige code: {otp}",
        "{otp} is de code van de sms",
    ],
    "otp_en": [
        "verification code {otp}", "OTP {otp}", "the code from the text was {otp}", "2FA code: {otp}",
        "one-time passcode {otp}", "auth code {otp}", "the code they texted me is {otp}", "sms code {otp}",
        "login code {otp}", "{otp} is the code I got", "confirmation code: {otp}", "verifcation code {otp}",
    ],
    "otp_fr": [
        "code de vérification {otp}", "le code reçu par SMS : {otp}", "code à usage unique {otp}",
        "code de sécurité reçu par sms {otp}", "code d'activation {otp}", "le code {otp} ne marche pas",
        "code de confirmation : {otp}", "{otp} c'est le code reçu", "code sms {otp}",
    ],
    # pasted SMS texts (bank / telco / government-like)
    "otpsms_nl": [
        "\"Uw verificatiecode is {otp_plain}. Deel deze code met niemand.\"",
        "\"{otp_plain} is je {brand}-code. Geldig voor 10 minuten.\"",
        "\"Je inlogcode voor {brand} is: {otp_plain}. Wij vragen nooit om deze code.\"",
        "'{brand}: gebruik code {otp_plain} om je telefoonnummer te bevestigen'",
        "\"Code: {otp_plain}\nGebruik deze code om in te loggen bij {brand_gov}. Deel hem niet.\"",
        "\"{otp_pre} is uw verificatiecode\"",
        "\"Bevestig uw betaling van {n_amount} met code {otp_plain}\"",
    ],
    "otpsms_be": [
        "\"Uw activatiecode is {otp_plain}. Geef deze code nooit door.\"",
        "\"{brand}: uw eenmalige code is {otp_plain}\"",
        "'Code {otp_plain} - bevestig uw aanmelding bij {brand}'",
        "\"{otp_pre} is uw bevestigingscode\"",
    ],
    "otpsms_en": [
        "\"Your verification code is {otp_plain}. Do not share this code with anyone.\"",
        "\"{otp_pre} is your {brand} verification code.\"",
        "\"{brand}: {otp_plain} is your login code. It expires in 5 minutes.\"",
        "'Use {otp_plain} to confirm your payment of {n_amount}. We will never call you for this code.'",
        "\"Your one-time passcode is {otp_plain}\"",
    ],
    "otpsms_fr": [
        "\"Votre code de vérification est {otp_plain}. Ne le communiquez à personne.\"",
        "\"{brand} : votre code de confirmation est {otp_plain}\"",
        "'Code {otp_plain} - valable 10 minutes. Ne le partagez jamais.'",
        "\"{otp_pre} est votre code d'accès\"",
    ],
    # ---- wifi key -------------------------------------------------------------
    "wifi_nl": [
        "wifi wachtwoord {wifi}", "de netwerksleutel is {wifi}", "WPA-sleutel: {wifi}", "wifi-code {wifi}",
        "op de sticker staat {wifi}", "wifiww {wifi}", "wachtwoord van de wifi: {wifi}",
        "het wifi wachtwoord van de sticker ({wifi}) werkt niet", "wlan-sleutel {wifi}", "Wifi key: {wifi}",
        "netwerksleutel (WPA2) {wifi}", "wifi ww {wifi}", "de code voor de wifi is {wifi}", "wifi-sleutel = {wifi}",
    ],
    "wifi_be": [
        "wifi-sleutel {wifi}", "de netwerksleutel (WPA2) is {wifi}", "wachtwoord van het draadloos netwerk {wifi}",
        "wifi-paswoord {wifi}", "de wifi code van de modem is {wifi}", "netwerksleutel {wifi}",
        "sleutel op de achterkant van de box: {wifi}", "paswoord van de wifi {wifi}", "wifi key {wifi}",
        "wifi code {wifi}",
    ],
    "wifi_en": [
        "wifi password {wifi}", "network key {wifi}", "WPA2 key: {wifi}", "the key on the sticker is {wifi}",
        "wireless key {wifi}", "WiFi pass {wifi}", "wifi pw {wifi}", "wi-fi password is {wifi}",
        "network security key: {wifi}", "wpa key {wifi}",
    ],
    "wifi_fr": [
        "clé de réseau {wifi}", "le code du wifi est {wifi}", "mot de passe wifi = {wifi}",
        "clé wifi {wifi}", "mot de passe du wifi : {wifi}", "clé de sécurité réseau {wifi}", "clé WPA {wifi}",
        "code wifi sur l'autocollant : {wifi}", "la clé wifi c'est {wifi}", "mdp wifi {wifi}",
    ],
    # ---- card ------------------------------------------------------------------
    "card_nl": [
        "kaartnummer {card}", "creditcard {card} geldig tot {exp}", "{card} ({exp})",
        "{card}, {exp}, code achterop {cvv}", "kaart {card} vervaldatum {exp} cvc {cvv}",
        "nummer van de creditcard: {card}", "visa {card_visa}", "mastercard {card_mc} exp {exp}",
        "{card} geldig t/m {exp}", "creditcardnummer {card}\nvervaldatum {exp}\nbeveiligingscode {cvv}",
        "kaartnr {card} {exp}", "de kaart eindigt niet op wat jullie zeggen, het is {card}",
    ],
    "card_be": [
        "kaartnummer {card}", "bankkaart {card_maestro}", "kredietkaart {card} vervalt {exp}",
        "{card} / {exp} / {cvv}", "nummer van mijn visa {card_visa}", "kaart {card} geldig tot {exp}",
    ],
    "card_en": [
        "card number {card}", "{card} exp {exp} cvv {cvv}", "card {card} expiry {exp}", "long number {card}",
        "visa {card_visa}", "amex {card_amex} exp {exp}", "{card} ({exp})", "card no. {card}, expires {exp}",
        "CC: {card} {exp}", "my card is {card}",
    ],
    "card_fr": [
        "numéro de carte {card}", "carte {card} expire {exp}", "carte visa {card_visa} date d'expiration {exp}",
        "{card} - {exp} - {cvv}", "n° de carte : {card}", "ma carte de crédit {card} valable jusqu'au {exp}",
    ],
    "cvv_nl": [
        "de drie cijfers op de achterkant: {cvv}", "cvv-code {cvv}", "veiligheidscode {cvv}", "cvc: {cvv}", "kaartverificatiecode {cvv}",
        "code achterop {cvv}", "de 3 cijfers achterop zijn {cvv}", "cvc {cvv}", "beveiligingscode {cvv}",
        "CVV: {cvv}", "controlecode {cvv}", "{cvv} staat achterop", "cvc-code = {cvv}",
    ],
    "cvv_be": [
        "controlecode {cvv}", "de code achteraan is {cvv}", "cvc {cvv}",
        "de 3 cijfers op de achterkant {cvv}", "cvc-code {cvv}", "CVV {cvv}", "veiligheidscode {cvv}",
    ],
    "cvv_en": [
        "CVV code {cvv}", "the three digits are {cvv}", "card security code: {cvv}", "cvc {cvv}",
        "security code {cvv}", "the 3 digits on the back {cvv}", "CVC2 {cvv}", "cvv is {cvv}", "cvv2: {cvv}",
        "code on the back {cvv}", "csc {cvv}",
    ],
    "cvv_fr": [
        "code CVC {cvv}", "les trois chiffres derrière : {cvv}", "code de vérification de la carte {cvv}",
        "cryptogramme {cvv}", "les 3 chiffres au dos : {cvv}", "code de sécurité {cvv}", "CVV {cvv}",
        "code au verso {cvv}",
    ],
    # ---- IBAN ------------------------------------------------------------------
    "iban_nl": [
        "IBAN {iban}", "rekeningnummer {iban}", "mijn rekening {iban}", "stort het maar op {iban}",
        "terugstorten op {iban} t.n.v. {fullname}", "{iban} is mijn nieuwe rekening", "rek.nr {iban}",
        "bankrekening: {iban}", "iban nr {iban}", "naar rekening {iban} graag", "rekeningnr. {iban}",
        "IBAN-nummer {iban} (op naam van {fullname})",
    ],
    "iban_be": [
        "rekeningnummer {iban}", "op mijn rekening {iban} aub", "IBAN: {iban}", "mijn bankrekening {iban}",
        "storten op {iban}", "rekening {iban} op naam van {fullname}", "{iban} is mijn rekeningnummer",
    ],
    "iban_en": [
        "IBAN {iban}", "bank details IBAN {iban}", "please refund to {iban}", "my IBAN is {iban}", "iban: {iban}",
        "account (IBAN) {iban}", "{iban} in the name of {fullname}", "send it to {iban}",
    ],
    "iban_fr": [
        "IBAN {iban}", "numéro de compte {iban}", "sur mon compte {iban}", "mon compte bancaire : {iban}",
        "rembourser sur {iban}", "compte n° {iban} au nom de {fullname}", "{iban} c'est mon compte",
    ],
    # ---- BSN -------------------------------------------------------------------
    "bsn_nl": [
        "mijn burgerservicenummer: {bsn}", "BSN (staat op mijn paspoort) {bsn}",
        "BSN {bsn}", "burgerservicenummer {bsn}", "mijn bsn is {bsn}", "sofinummer {bsn}", "bsn nr {bsn}",
        "{bsn} is mijn burgerservicenummer", "burgerservice nummer {bsn}", "bsn: {bsn}", "BSN-nummer {bsn}",
        "burgerservicenr. {bsn}", "bsn = {bsn}", "BNS {bsn}",
    ],
    "bsn_be": [
        "Nederlands burgerservicenummer {bsn}", "BSN: {bsn}",
        "mijn Nederlands BSN {bsn}", "BSN {bsn}", "burgerservicenummer (NL) {bsn}", "mijn bsn-nummer is {bsn}",
    ],
    "bsn_en": [
        "Dutch BSN {bsn}", "citizen service number {bsn}",
        "BSN {bsn}", "my citizen service number (BSN) is {bsn}", "BSN number {bsn}", "burgerservicenummer {bsn}",
        "bsn: {bsn}", "social security no. (BSN) {bsn}",
    ],
    "bsn_fr": [
        "mon BSN est {bsn}", "numéro de service citoyen (BSN) {bsn}",
        "mon numéro BSN néerlandais {bsn}", "BSN {bsn}", "numéro BSN : {bsn}", "burgerservicenummer {bsn}",
    ],
    # ---- API keys / tokens ------------------------------------------------------
    "api_nl": [
        "onze API key is {api}", "key: {api}", "ik gebruik de sleutel {api}", "secret key {api_sk}",
        "publishable key {api_pk}", "consumer key {api_ck} en consumer secret {api_cs}",
        "access key id {api_akia}, secret {api_secret}", "de api-sleutel {api_hex}", "Google key {api_google}",
        "SendGrid key: {api_sg}", "API_KEY={api}", "apikey {api}",
    ],
    "api_be": [
        "API-sleutel: {api_hex}", "access key {api_akia} en secret {api_secret}", "publieke key {api_pk}", "key={api}",
        "onze api-sleutel {api}", "de key {api} wordt geweigerd", "secret {api_sk}", "API key: {api_hex}",
    ],
    "api_en": [
        "API key {api}", "our key is {api}", "secret key: {api_sk}", "publishable key {api_pk}",
        "AWS_ACCESS_KEY_ID={api_akia}\nAWS_SECRET_ACCESS_KEY={api_secret}", "consumer key {api_ck} / consumer secret {api_cs}",
        "x-api-key: {api}", "the api key {api_hex}", "Maps key {api_google}", "SENDGRID_API_KEY={api_sg}",
        "apiKey: \"{api}\"", "key={api}",
    ],
    "api_fr": [
        "clé publique {api_pk}", "API_KEY={api}", "clé d'accès {api_akia} et secret {api_secret}", "clé Google {api_google}",
        "clé API {api}", "notre clé {api}", "clé secrète {api_sk}", "la clé d'API {api_hex} est refusée",
    ],
    "tok_nl": [
        "token {token}", "Authorization: Bearer {jwt}", "de token {tok_hex}", "access token {token}",
        "github token {tok_gh}", "slack bot token {tok_slack}", "refresh token {tok_sess}", "sessietoken {tok_sess}",
        "gitlab token {tok_glpat}", "bearer {jwt}",
    ],
    "tok_be": [
        "github token {tok_gh}", "refresh token {tok_sess}", "slack token {tok_slack}", "token = {tok_glpat}",
        "token: {token}", "Bearer {jwt}", "de access token {tok_hex}", "onze token {token}",
    ],
    "tok_en": [
        "token {token}", "Authorization: Bearer {jwt}", "access_token={token}", "the token {tok_hex}",
        "PAT {tok_gh}", "bot token {tok_slack}", "refresh_token: {tok_sess}", "session token {tok_sess}",
        "CI token {tok_glpat}", "\"access_token\": \"{jwt}\"",
    ],
    "tok_fr": [
        "jeton d'accès {tok_hex}", "token GitHub {tok_gh}", "refresh_token={tok_sess}", "token Slack {tok_slack}",
        "jeton {token}", "Authorization: Bearer {jwt}", "le token {tok_hex}", "token d'accès {token}",
    ],
    # ---- lower-risk personal data ---------------------------------------------
    "email_nl": [
        "mail: {email}", "mijn e-mailadres is {email}", "{email}", "stuur het naar {email}", "e-mail {email}",
        "mailadres {email_odd}", "mijn mail is {email_odd}",
    ],
    "email_be": ["mijn e-mail is {email}", "mail {email}", "e-mailadres: {email}", "{email_odd}"],
    "email_en": ["email {email}", "my email is {email}", "e-mail: {email}", "reach me at {email}", "{email_odd}"],
    "email_fr": ["mon adresse mail : {email}", "e-mail {email}", "mail : {email}", "{email_odd}"],
    "phone_nl": ["tel {phone}", "mijn nummer is {phone}", "bel me op {phone}", "mobiel: {phone}", "06-nummer {phone_nl}",
                 "telefoon {phone}", "bereikbaar op {phone}"],
    "phone_be": ["gsm {phone}", "mijn gsm-nummer is {phone}", "bel mij op {phone}", "tel.: {phone}", "gsm nr {phone}"],
    "phone_en": ["phone {phone}", "my number is {phone}", "call me on {phone}", "mobile: {phone}", "tel {phone}"],
    "phone_fr": ["GSM {phone}", "mon numéro : {phone}", "appelez-moi au {phone}", "tél {phone}", "gsm : {phone}"],
    "addr_nl": ["adres {addr}", "ik woon op {addr}", "{addr}", "woonadres: {addr}", "bezorgadres {addr}"],
    "addr_be": ["adres {addr}", "ik woon in de {addr}", "{addr}", "domicilie: {addr}"],
    "addr_en": ["address {addr}", "I live at {addr}", "{addr}", "home address: {addr}"],
    "addr_fr": ["adresse {addr}", "j'habite {addr}", "{addr}", "domicile : {addr}"],
    "dob_nl": ["geboortedatum {dob}", "geb. {dob}", "ik ben van {dob}", "geb datum {dob}", "geboren op {dob}",
               "geboren {dob_words}"],
    "dob_be": ["geboortedatum {dob}", "geboren op {dob}", "ik ben van {dob}", "geb. {dob}"],
    "dob_en": ["DOB {dob}", "date of birth {dob}", "born {dob}", "d.o.b.: {dob}", "birthday {dob}"],
    "dob_fr": ["date de naissance {dob}", "né le {dob}", "née le {dob}", "DDN {dob}"],
    "cust_nl": ["klantnummer {cust}", "klantnr: {cust}", "klantnummer is {cust}", "kl.nr {cust}", "mijn klantnummer {cust}",
                "contractnummer {cust}", "{cust} is mijn klantnummer"],
    "cust_be": ["klantennummer {cust}", "klantnummer {cust}", "mijn klantennummer is {cust}", "contractnummer {cust}"],
    "cust_en": ["customer number {cust}", "account no. {cust}", "account number: {cust}", "customer ID {cust}",
                "member number {cust}"],
    "cust_fr": ["numéro de client {cust}", "n° client : {cust}", "mon numéro client est {cust}", "référence client {cust}"],
    # ---- e-mail furniture -------------------------------------------------------
    "sig_nl": [
        "{fullname}\n{addr_ml}\n{phone}",
        "Met vriendelijke groet,\n\n{fullname}\n{addr_ml}\nTel: {phone}",
        "Groet,\n{first}\n\nTel: {phone}",
        "{fullname} | {phone} | {email}",
        "mvg {fullname}\n\nVerzonden vanaf mijn iPhone",
        "{fullname}\n{addr_ml}\nT {phone}\nE {email}",
        "Vriendelijke groeten,\n{fullname}\n{addr}",
        "Hartelijke groet,\n{first}",
        "Met vriendelijke groet,\n{fullname}\nmobiel {phone}",
    ],
    "sig_be": [
        "Met vriendelijke groeten,\n{fullname}\n{addr_ml}\nGSM {phone}",
        "Groetjes,\n{first}",
        "{fullname}\n{addr_ml}",
        "Mvg,\n{fullname}\ngsm: {phone}\n{email}",
        "Vriendelijke groeten\n{fullname}",
    ],
    "sig_en": [
        "Kind regards,\n{fullname}\n{addr_ml}\n{phone}",
        "Thanks,\n{first}",
        "Best,\n{fullname}\nM: {phone}",
        "Regards\n{fullname}\n{addr_ml}",
        "{fullname} | {phone}",
        "Cheers,\n{first}\n\nSent from my iPhone",
    ],
    "sig_fr": [
        "Bien à vous,\n{fullname}\n{addr_ml}\nGSM {phone}",
        "Cordialement,\n{fullname}",
        "Merci d'avance,\n{first}",
        "Salutations distinguées,\n{fullname}\n{addr_ml}\n{phone}\n{email}",
        "Bàv,\n{fullname}\ntél. {phone}",
    ],
    "hi_nl": ["Geachte heer/mevrouw,", "Beste klantenservice,", "Hallo,", "Goedemiddag,", "Beste mensen,", "Geachte medewerker,"],
    "hi_be": ["Beste,", "Geachte,", "Hallo,", "Goeiedag,", "Beste klantendienst,"],
    "hi_en": ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi there,", "To whom it may concern,", "Hello team,"],
    "hi_fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour Madame, Monsieur,", "Bonsoir,", "Chère équipe,"],
    # hard negatives placed next to cue words (no spans)
    "negcue_nl": [
        "foutcode {n_err_cue} bij het pinnen",
        "de wifi code staat op de sticker van de {n_modem} maar die sticker is weg",
        "de pincode-brief van {n_date} is nooit aangekomen",
        "mijn pas eindigt op {n_mask_card}",
        "volgens de app (versie {n_version}) is mijn wachtwoord verlopen",
        "de sms-code komt niet binnen op mijn {n_phonemodel}",
        "rekening {n_mask_iban} staat in de app",
        "wachtwoord ingevuld als {n_mask_pw} en dan {n_err}",
        "bestelnummer {n_order}, code staat niet in de mail",
        "trackingcode {n_track}",
        "factuurnummer {n_invoice} van {n_amount}",
        "meterstand {n_meter} (code op de meter is onleesbaar)",
        "ticketnummer {n_ticket}",
        "artikelcode {n_sku}",
        "ik kreeg om {n_time} een sms met een code maar die was verlopen",
    ],
    "negcue_be": [
        "foutcode {n_err_cue} aan de betaalautomaat",
        "het wifi-paswoord staat op de sticker van de {n_modem}",
        "mijn kaart eindigt op {n_mask_card}",
        "de code van de factuur is {n_invoice}",
        "dossiernummer {n_ticket}",
        "de app versie {n_version} vraagt steeds opnieuw mijn pincode",
        "meterstand dag {n_meter}",
    ],
    "negcue_en": [
        "error code {n_err_cue} when I enter my PIN",
        "the wifi password is on the sticker on the {n_modem}",
        "card ending {n_mask_card}",
        "the code in the app (version {n_version}) never arrives",
        "tracking code {n_track}",
        "order number {n_order}",
        "case number {n_ticket}",
        "account shown as {n_mask_iban}",
        "password field just shows {n_mask_pw}",
    ],
    "negcue_fr": [
        "code erreur {n_err_cue} au terminal quand je tape mon code",
        "la clé wifi est sur l'autocollant du {n_modem}",
        "ma carte se termine par {n_mask_card}",
        "numéro de dossier {n_ticket}",
        "code de suivi {n_track}",
        "l'appli (version {n_version}) me redemande mon mot de passe",
        "numéro de facture {n_invoice}",
    ],
    "bye_nl": ["Alvast bedankt!", "Groetjes", "Hoor graag van jullie.", "Dank je!", "gr", "Fijne dag verder", "Bvd"],
    "bye_be": ["Alvast bedankt!", "Groetjes", "Merci!", "Dank u", "Mvg"],
    "bye_en": ["Thanks!", "Cheers", "Thanks in advance.", "Appreciate it.", "ty"],
    "bye_fr": ["Merci d'avance !", "Bonne journée", "Merci", "Cordialement"],
}


# ---------------------------------------------------------------------------
# message templates: (family, lang, channels, text[, weight])
# channel shorthands: PUB, DM, CHAT
# ---------------------------------------------------------------------------

TEMPLATES = []


def t(family, lang, channels, text, w=1):
    TEMPLATES.append((family, lang, channels, text, w))


# ============================ Dutch (NL) ====================================

# -- housing association / landlord
t("housing", "nl", "DM", "Hoi {brand}, ik probeer in te loggen op het huurdersportaal maar het lukt niet. {@login} Kunnen jullie kijken wat er mis is? Het gaat om de cv-ketel, meldingnummer {n_ticket}.")
t("housing", "nl", "email", "Onderwerp: Lekkage badkamer {addr_street}\n\n{@hi}\n\nSinds {n_date} lekt het plafond in onze badkamer. Ik heb op {n_date:2} al gebeld met {n_cphone} en toen kreeg ik referentie {n_ticket}, maar er is nog niemand geweest. Het water loopt nu ook langs de lamp en dat lijkt me niet veilig.\n\nIk ben overdag thuis behalve op woensdag. [Mijn huurdersnummer is {cust}.|Huurdersnummer: {cust}]\n\n{@sig}")
t("housing", "nl", "whatsapp telegram", "hallo ik stuur dit namens mijn moeder zij woont op {addr} en haar verwarming doet het al drie dagen niet ze is 86 en heeft het echt koud kunnen jullie vandaag nog iemand sturen haar vaste nummer is {phone_landline} en ik ben zelf bereikbaar op {phone_nl:2}")
t("housing", "nl", "PUB", "{handle} drie weken wachten op een monteur voor de lekkage en nu weer verzet naar {n_date} 🙄 meldingnummer {n_ticket} [{n_hashtag}|]")
t("housing", "nl", "DM", "Waarom gaat mijn huur per 1 juli omhoog met {n_pct}? Ik betaal nu {n_amount} kale huur en de servicekosten zijn ook al {n_amount:2}. [Contractnummer|Huurcontract nr] {cust}")
t("housing", "nl", "email", "Onderwerp: wijziging rekeningnummer huur\n\n{@hi}\n\nWilt u de huur vanaf volgende maand afschrijven van mijn nieuwe rekening {iban}? Het oude rekeningnummer ({n_mask_iban}) wordt opgeheven.\nHuurdersnummer: {cust}\nAdres: {addr}\n\n{@sig}")
t("housing", "nl", "email", "Naam: {fullname}\nAdres: {addr}\nHuurdersnr: {cust}\nTelefoon: {phone}\nE-mail: {email}\nOmschrijving: lekkende kraan in de keuken sinds {n_date}, druppelt ook als hij dicht is\nBeschikbaar: [ochtend|middag|hele dag]")
t("housing", "nl", "DM", "Ik kreeg een link om mijn wachtwoord voor het huurdersportaal te resetten maar hij werkt niet: {reset_url} - krijg steeds {n_err}")
t("housing", "nl", "agent_reply", "Hoi {first}, bedankt voor je melding. We hebben een reparatieverzoek aangemaakt onder nummer {n_ticket}. De monteur komt op {n_date} tussen {n_time} en {n_time:2}. Wil je nooit je wachtwoord via de chat sturen? Dat hebben wij niet nodig. {init}")
t("housing", "nl", "whatsapp", "{wa_ts} {fullname}: goedemorgen\n{wa_ts} {fullname}: ik kan niet inloggen op mijn account van {brand}\n{wa_ts} {brand}: Goedemorgen! Wat is je gebruikersnaam? Je wachtwoord hoeven we niet te weten.\n{wa_ts} {fullname}: {username}\n{wa_ts} {fullname}: en het ww is {password} maar dat hoeft dus niet haha")
t("housing", "nl", "x_dm messenger", "Goedemiddag, de intercom bij de voordeur van ons complex doet het niet meer. Er staat een foutcode {n_err} op het display en de code van het sleutelkastje werkt ook niet. Ik woon op {addr_street}.")
t("housing", "nl", "email", "Onderwerp: Re: Uw aanvraag woningruil\n\nGoedemiddag,\n\nIn de bijlage de gevraagde gegevens. Mijn inschrijfnummer bij WoningNet heb ik niet meer, maar mijn geboortedatum is {dob} en ik sta ingeschreven sinds {n_year}.\n\nGroet,\n{fullname}\n\nOp {n_date} om {n_time} schreef Team Verhuur {brand}:\n> Beste {first},\n> Wij missen nog uw inkomensverklaring over {n_year:2}.\n> Met vriendelijke groet, team Verhuur")
t("housing", "nl", "messenger instagram_dm", "Mijn buurvrouw ({fullname:b}) heeft hulp nodig met het huurdersportaal, ze is 81. Zij heeft mij haar inlog gegeven: {username:b} en {password:b}. Er staat een melding dat haar huurtoeslag {n_amount} lager wordt, klopt dat?")

# -- health insurer
t("health", "nl", "DM", "Hoi, ik wil mijn zoon bijschrijven op mijn zorgverzekering. Gegevens: {son} {last} {dob_kid} {bsn}. Mijn relatienummer is {cust}.")
t("health", "nl", "DM", "Mijn declaratie van {n_amount} voor de fysio van {n_date} is afgewezen met code {n_err}. Relatienummer {cust}. Ik snap niet waarom, ik heb aanvullend pakket [Plus|Extra|Top].")
t("health", "nl", "whatsapp telegram", "goedemiddag ik ben de dochter van mevrouw {fullname:m} zij is geboren op {dob_old} en haar bsn is {bsn} ze heeft een rekening gekregen van {n_amount} voor de rollator maar die zou toch vergoed worden volgens de huisarts kunt u dat nakijken")
t("health", "nl", "PUB", "{handle} al 45 minuten in de wacht bij {n_cphone} voor een simpele vraag over mijn eigen risico. {n_hashtag}")
t("health", "nl", "email", "Onderwerp: Nieuw rekeningnummer voor vergoedingen\n\n{@hi}\n\nWillen jullie de vergoedingen voortaan storten op {iban}? Het oude rekeningnummer {n_mask_iban} is opgeheven.\n\nRelatienummer: {cust}\nGeboortedatum: {dob}\n\n{@sig}")
t("health", "nl", "x_dm", "Waarom is mijn premie dit jaar gestegen naar {n_amount} per maand? Dat is {n_pct} meer dan vorig jaar en ik heb niks veranderd aan mijn polis.")
t("health", "nl", "email", "Onderwerp: Inloggen Mijn {brand}\n\nHallo,\n\nIk kom niet meer in Mijn {brand}. Ik log in via {brand_gov}. Inloggegevens: {@login}. Daarna krijg ik een sms met een code, maar na het invoeren van {otp} zegt de site '{n_err}: sessie verlopen'.\n\nWat moet ik doen? Ik moet nog een nota van {n_amount} indienen.\n\n{@sig}\n\nVan: {fullname} <{email}>\nVerzonden: {n_date} {n_time}\nAan: Klantenservice {brand}\nOnderwerp: inloggen lukt niet\n\nZie hierboven.")
t("health", "nl", "messenger", "Ik heb een brief gehad dat ik {n_amount_big} premie achterstand heb maar dat klopt niet, ik betaal via automatische incasso van {iban}. Kunnen jullie dat checken? Mijn geboortedatum is {dob}.")
t("health", "nl", "agent_reply", "Dag {first}, dank voor je bericht. Ik zie dat de nota van {n_date} nog in behandeling is, dossiernummer {n_ticket}. Je hoeft ons je BSN niet via dit kanaal te sturen. Bellen kan ook via {n_cphone}. Groet, {agent}")
t("health", "nl", "x_dm instagram_dm", "Mijn {brand} app vraagt steeds om een nieuwe pincode na de update naar {n_version}. Ik heb {pin5} ingesteld en die wordt meteen weer afgewezen.")

# -- hospital patient portal
t("hospital", "nl", "DM", "Ik kom niet in het patiëntenportaal van {brand}. Mijn gegevens: {@login}. Na het inloggen krijg ik een sms-code, maar daarna verschijnt {n_err}.")
t("hospital", "nl", "email", "Onderwerp: afspraak verzetten\n\n{@hi}\n\nMijn afspraak op {n_date} om {n_time} bij de poli dermatologie moet helaas verzet worden, ik moet die dag werken.\n\nPatiëntnummer: {cust}\nGeboortedatum: {dob}\n\n{@sig}")
t("hospital", "nl", "agent_reply", "Dag {first}, uw afspraak staat nu op {n_date} om {n_time}. U hoeft uw BSN niet via WhatsApp te sturen; neemt u uw identiteitsbewijs mee naar de balie. Met vriendelijke groet, {agent} (patiëntenservice)")
t("hospital", "nl", "whatsapp", "mijn bsn is {bsn} nee sorry dat is die van mijn man 🙈 de mijne is {bsn:2}\nik wil graag weten of de uitslag van de bloedafname van {n_date} al binnen is")
t("hospital", "nl", "messenger", "Goedemiddag, mijn vader ({fullname:v}, geboren {dob_old}) ligt sinds {n_date} op afdeling B3. Hij wil graag tv kijken maar het wifi wachtwoord voor patiënten staat niet op de kaart bij het bed. Alleen de netwerknaam staat erop.")
t("hospital", "nl", "x_public", "Parkeergarage {brand} rekent {n_amount} voor 2 uur bij een poliafspraak. Echt? {handle} {n_hashtag}")
t("hospital", "nl", "email", "Onderwerp: toegang portaal voor mijn moeder\n\nGoedendag,\n\nMijn moeder ({fullname:m}) is slechtziend en ik help haar met het portaal. Kunnen jullie mij machtigen? Haar gegevens:\n- geboortedatum {dob_old}\n- BSN {bsn}\n- patiëntnummer {cust}\nZe heeft zelf al een account met gebruikersnaam {username:m}.\n\n{@sig}")

# -- pension fund
t("pension", "nl", "email", "Onderwerp: Uitbetaling ouderdomspensioen\n\n{@hi}\n\nPer {n_date} ga ik met pensioen. Ik wil het pensioen graag laten storten op {iban}. Mijn gegevens:\n1. naam: {fullname}\n2. geboortedatum: {dob_old}\n3. BSN: {bsn}\n4. deelnemersnummer: {cust}\n\nKunt u mij laten weten of dit zo goed is?\n\n{@sig}")
t("pension", "nl", "DM", "Ik heb een nieuw wachtwoord aangevraagd voor Mijn {brand} en jullie stuurden een brief met een activatiecode, maar de code uit de brief ({otp_alnum}) wordt niet geaccepteerd. Brief is van {n_date}.")
t("pension", "nl", "messenger whatsapp", "Voor mijn vader ({fullname:v}, geb. {dob_old}): gebruikersnaam {username:v}, wachtwoord {password:v}. Hij krijgt een melding dat zijn account geblokkeerd is en ik wil zijn pensioenoverzicht downloaden voor de belastingaangifte.")
t("pension", "nl", "x_dm", "Mijn pensioen is verlaagd naar {n_amount_big} bruto per maand terwijl jullie schreven dat het met {n_pct} omhoog zou gaan. Dossiernummer {n_ticket}.")
t("pension", "nl", "whatsapp telegram", "ja goedemorgen ik ben 67 en ik krijg sinds deze maand mijn pensioen maar er is niks binnengekomen op mijn rekening {iban} mijn deelnemersnummer is {cust} en ik ben geboren op {dob_old} ik heb al twee keer gebeld naar {n_cphone}")
t("pension", "nl", "email", "Onderwerp: Nabestaandenpensioen\n\nGeachte heer/mevrouw,\n\nOp {n_date} is mijn man overleden. Hij ontving een pensioen van u. Zijn gegevens: {fullname:h}, geboren {dob_old:h}, BSN {bsn:h}. Mijn eigen BSN is {bsn}.\nDe overlijdensakte stuur ik per post.\n\n{@sig}")
t("pension", "nl", "PUB", "Website van {brand} zegt bij inloggen alleen maar {n_err}. Al sinds {n_time}. {n_hashtag}")

# -- municipality / tax office
t("gov", "nl", "DM", "Ik probeer in te loggen bij {brand} om mijn aangifte te doen. gebruikersnaam {username} wachtwoord {password} en dan vraagt hij de sms code, ik krijg {otp} maar hij zegt dat de code verlopen is")
t("gov", "nl", "email", "Onderwerp: Terugbetaling huurtoeslag\n\nGeachte heer/mevrouw,\n\nGegevens: {fullname} {dob} {bsn}\n\nIk heb een brief gekregen dat ik {n_amount_big} moet terugbetalen van de huurtoeslag over {n_year}. Mijn inkomen was dat jaar juist lager. Kenmerk van de brief: {n_ticket}.\n\nIk wil graag een betalingsregeling. Mijn rekeningnummer is {iban}.\n\n{@sig}")
t("gov", "nl", "messenger", "Ik heb een bewonersvergunning aangevraagd voor {addr}. Aanvraagnummer {n_ticket}. Er is {n_amount} afgeschreven maar in de parkeerapp staat de vergunning nog niet.")
t("gov", "nl", "x_dm", "Mijn afvalpas werkt niet meer bij de ondergrondse container, het schermpje geeft {n_err}. Ik woon op {addr_street}. Pasnummer staat er niet meer op, helemaal versleten.")
t("gov", "nl", "x_public", "Website van de gemeente {city} ligt er weer uit, {n_url_city} geeft {n_err} en morgen is de deadline voor de {n_amount} kwijtschelding {n_hashtag}")
t("gov", "nl", "whatsapp telegram", "ja hallo ik wil graag een afspraak voor een nieuw paspoort voor mijn dochter ze is geboren op {dob_kid} en haar bsn is {bsn} wij wonen op {addr} en ik kan alleen op dinsdag")
t("gov", "nl", "DM", "Op het scherm staat: 'Uw sms-code is verstuurd naar {n_mask}'. Maar ik krijg niks. Ik heb een nieuw nummer, {phone}, hoe pas ik dat aan als ik niet kan inloggen?")
t("gov", "nl", "email", "Onderwerp: aanvraag bijzondere bijstand\n\nBeste medewerker,\n\nHierbij stuur ik de gevraagde gegevens:\n\n* Naam: {fullname}\n* Adres: {addr}\n* BSN: {bsn}\n* Geboortedatum: {dob}\n* IBAN: {iban}\n* Telefoon: {phone}\n\nDe rekening van de wasmachine ({n_amount}) zit in de bijlage.\n\n{@sig}")
t("gov", "nl", "messenger whatsapp", "Mijn moeder (85) krijgt een aanslag gemeentelijke belastingen van {n_amount} voor een adres waar ze al sinds {n_year} niet meer woont. Aanslagnummer {n_invoice}. Haar bsn is {bsn}, ze woont nu in het verpleeghuis op {addr}.")
t("gov", "nl", "DM", "inlogcode van {brand} komt niet binnen. Ik heb 3 keer op 'opnieuw versturen' gedrukt en toen kreeg ik ineens drie codes: {otp}, {otp:2} en {otp:3}. Welke moet ik hebben?")
t("gov", "nl", "agent_reply", "Beste {first}, dank voor uw bericht. Wij vragen nooit om uw wachtwoord of sms-code. De aanslag met nummer {n_invoice} van {n_amount} staat op uw naam. Voor een betalingsregeling kunt u bellen met {n_cphone}, op werkdagen van {n_time} tot {n_time:2}.")
t("gov", "nl", "x_dm", "Ik heb een brief gekregen met een activeringscode voor {brand} maar die is verlopen ({n_date}). Nieuwe aangevraagd, maar de brief duurt 5 werkdagen en de aangifte moet voor 1 mei. Kenmerk {n_ticket}.")

# -- school / childcare
t("school", "nl", "DM", "Hoi, ik krijg de ouder-app van {brand} niet aan de praat. {@login} Mijn dochter {daughter} zit in groep 5 bij juf [Anne|Marieke|Sandra].")
t("school", "nl", "email", "Onderwerp: Machtiging kinderopvang\n\n{@hi}\n\nGraag de maandfactuur van {n_amount} voortaan afschrijven van {iban}. Het gaat om {kid}, geboren {dob_kid}. Ons klantnummer is {cust}.\n\nAlvast bedankt,\n{fullname}")
t("school", "nl", "x_public", "{handle} de app crasht sinds update {n_version}, ik kan het rooster en de absenties niet meer zien {n_hashtag}")
t("school", "nl", "messenger", "Goedemiddag, ik heb per ongeluk de verkeerde uren doorgegeven voor de BSO. Het moet zijn {n_date} van {n_time} tot {n_time:2}, niet de hele dag. Factuurnummer {n_invoice}.")
t("school", "nl", "whatsapp", "{wa_ts} {fullname}: hoi, mijn zoon {son} kan niet inloggen op zijn laptop van school\n{wa_ts} {fullname}: hij heeft gebruikersnaam {username:k}\n{wa_ts} {fullname}: en wachtwoord [{password:k}|{password:k} dacht ik]\n{wa_ts} {brand}: Dank je, ik reset het wachtwoord. Hij krijgt een tijdelijk wachtwoord van de mentor.")
t("school", "nl", "email", "Onderwerp: Aanmelding {kid}\n\nBeste,\n\nHierbij de gegevens voor de aanmelding:\n\nNaam kind: {kid} {last}\nGeboortedatum: {dob_kid}\nBSN kind: {bsn}\nAdres: {addr}\nTelefoon ouder: {phone}\nE-mail ouder: {email}\n\nMet vriendelijke groet,\n{fullname}")
t("school", "nl", "DM", "Kinderopvangtoeslag: de opvang heeft 120 uur per maand doorgegeven terwijl we op 64 uur zitten. Klantnummer {cust}. Kunnen jullie een nieuwe jaaropgave sturen?")

# -- gym / subscriptions
t("gym", "nl", "DM", "Ik wil mijn abonnement opzeggen. Lidnummer {cust}. Er is op {n_date} weer {n_amount} afgeschreven van {iban} terwijl ik al had opgezegd per {n_date:2}.")
t("gym", "nl", "DM", "de app van {brand} vraagt om een code, ik krijg {otp} maar inloggen lukt niet. mijn email is {email}")
t("gym", "nl", "email", "Onderwerp: account overgenomen\n\nHallo,\n\nIemand heeft mijn {brand_subs} account overgenomen. Het wachtwoord en het e-mailadres zijn veranderd. Mijn oude wachtwoord was {password}. Op mijn creditcard ({n_mask_card}) is {n_amount} afgeschreven voor een jaarabonnement dat ik niet heb afgesloten.\n\nMijn echte e-mailadres is {email}.\n\n{@sig}")
t("gym", "nl", "PUB", "{handle} al 3 keer {n_amount} afgeschreven deze maand terwijl ik maar één abonnement heb. Reageer eens! {n_hashtag}")
t("gym", "nl", "messenger", "Ik wil mijn betaalgegevens wijzigen naar mijn nieuwe creditcard: {@card}. In de app lukt het niet, foutmelding {n_err}.")
t("gym", "nl", "whatsapp", "hoi de toegangspoort bij de sportschool in {city} pakt mijn pasje niet meer\ner staat {n_err} op het scherm\nlidnummer {cust}")
t("gym", "nl", "x_dm", "Kan ik mijn abonnement pauzeren van {n_date} tot {n_date:2}? Ik heb een knieoperatie. Mijn lidnummer is {cust} en ik ben geboren op {dob}.")
t("gym", "nl", "instagram_dm", "Hoi! Mijn vriendin heeft een proefles geboekt maar de bevestigingscode {otp} werkt niet bij de balie 🙃 staat op naam van {fullname:f}")

# -- car lease / parking
t("lease", "nl", "DM", "De parkeerapp heeft {n_amount} afgeschreven voor een parkeeractie op {n_date} van {n_time} tot {n_time:2}, terwijl ik na een kwartier al had gestopt. Ik heb een screenshot.")
t("lease", "nl", "messenger", "Ik kan mijn creditcard niet toevoegen in de app. {card} exp {exp} cvc {cvv}. Foutmelding {n_err}. Wat doe ik fout?")
t("lease", "nl", "email", "Onderwerp: Tankpas geblokkeerd\n\n{@hi}\n\nDe tankpas van mijn leaseauto is geblokkeerd na 3 keer een verkeerde pincode. Ik dacht echt dat het {pin} was. Kunnen jullie een nieuwe pincode sturen? Contractnummer {cust}.\n\n{@sig}")
t("lease", "nl", "DM", "Inloggen op het berijdersportaal lukt niet: {@login}. Ik wil de kilometerstand doorgeven ({n_meter} km).")
t("lease", "nl", "x_public", "Parkeerautomaat bij het station in {city} pakt geen pinpas, error {n_err}, en de app {handle} doet ook niks. Boete van {n_amount} incoming {n_hashtag}")
t("lease", "nl", "whatsapp", "ik heb een nieuwe telefoon {n_phonemodel} en nu moet ik opnieuw inloggen in de parkeerapp\nmijn mail is {email}\nwachtwoord weet ik niet meer, ik dacht {password}\nkrijg ook geen sms code")
t("lease", "nl", "agent_reply", "Hoi {first}, ik heb je tankpas geblokkeerd. De nieuwe pas wordt binnen 5 werkdagen verstuurd naar {addr}. De pincode krijg je apart per post. Referentie: {n_ticket}. {init}")

# -- lottery
t("lottery", "nl", "DM", "Ik heb een mail gekregen dat ik {n_amount_big} heb gewonnen bij {brand}. Ze vragen mijn rekeningnummer en pincode. Is dat echt van jullie? Het afzendadres was heel raar.")
t("lottery", "nl", "email", "Onderwerp: uitbetaling prijs\n\nBeste {brand},\n\nGraag mijn prijs van {n_amount} uitbetalen op {iban}. Mijn klantnummer is {cust}. De trekking was op {n_date}.\n\n{@sig}")
t("lottery", "nl", "messenger", "Ik wil stoppen met meespelen voor mijn moeder. Zij speelt al mee sinds {n_year} maar woont nu in een verpleeghuis. Haar gegevens: {fullname:m}, {addr}, geboren {dob_old}. Klantnummer {cust}.")
t("lottery", "nl", "DM", "mijn inlog voor {brand}: {username} / {password} - ik zie mijn loten niet meer sinds de nieuwe app (versie {n_version})")
t("lottery", "nl", "x_public", "{handle} weer niks gewonnen, {n_pct} kans my ass 😂 {n_hashtag}")

# -- loyalty / supermarket app
t("loyalty", "nl", "DM", "De app van {brand} toont mijn spaarpunten niet meer. Klantenkaart nummer {cust}. Ik spaar al sinds {n_year} en nu staat er 0.")
t("loyalty", "nl", "email", "Onderwerp: Bestelling die ik niet heb gedaan\n\n{@hi}\n\nIemand heeft met mijn {brand}-account boodschappen besteld voor {n_amount} op {n_date} (bestelling {n_order}). Mijn e-mailadres is {email}. Ik heb mijn wachtwoord nu veranderd naar {password}, is dat genoeg?\n\n{@sig}")
t("loyalty", "nl", "DM", "In de app kan ik geen betaalpas toevoegen, hij zegt 'kaartnummer ongeldig' maar het is echt {card}. Verloopt {exp}.")
t("loyalty", "nl", "PUB", "{handle} actie 1+1 gratis op artikel {n_sku} werkt niet aan de kassa, en de zelfscan zegt {n_err} {n_hashtag}")
t("loyalty", "nl", "whatsapp", "Bestelling {n_order} zou tussen {n_time} en {n_time:2} komen, nog niks gezien. Ik woon op {addr}, 3e verdieping, bel werkt niet dus bel me even op {phone}")
t("loyalty", "nl", "messenger", "Ik krijg een sms van {brand} met een code terwijl ik niet aan het inloggen ben. Dit stond erin: {@otpsms} Moet ik me zorgen maken?")

# -- public transport card
t("transport", "nl", "DM", "Ik ben op {n_date} om {n_time} dubbel ingecheckt op station {city}, er is {n_amount} ingehouden. Ik heb een persoonlijke reiskaart, mijn klantnummer is {cust}.")
t("transport", "nl", "email", "Onderwerp: rekeningnummer automatisch opladen\n\n{@hi}\n\nHet automatisch opladen van mijn reiskaart gaat nu van {iban}, maar ik wil dat wijzigen naar {iban:2}. Mijn klantnummer is {cust} en mijn geboortedatum {dob}.\n\n{@sig}")
t("transport", "nl", "DM", "De {brand} app vraagt om een verificatiecode, ik vul {otp} in maar krijg {n_err}. Telefoon is een {n_phonemodel} met {n_version}.")
t("transport", "nl", "x_public", "Trein van {n_time} naar Utrecht weer uitgevallen, en de app zegt nog steeds 'op tijd' {handle} {n_hashtag}")
t("transport", "nl", "whatsapp telegram", "hallo ik heb een studentenkaart en ik ben mijn pas verloren ik wil hem laten blokkeren mijn klantnummer is {cust} en geboortedatum {dob} mijn nieuwe adres is {addr}")

# -- dating / social takeover
t("dating", "nl", "DM", "Mijn account op {brand} is gehackt!! Iemand heeft mijn e-mail veranderd. Mijn gebruikersnaam is {username}, het oude mailadres was {email}. Ik kreeg een sms met code {otp} die ik niet had aangevraagd.")
t("dating", "nl", "whatsapp", "help ze hebben mijn account overgenomen\nik kan niet meer inloggen\nusername {username}\nww was {password}\nze sturen nu berichten naar al mijn matches 😭")
t("dating", "nl", "messenger instagram_dm", "Iemand vroeg mij via de app om de code die ik per sms kreeg door te sturen 'om mijn profiel te verifiëren' en dat heb ik gedaan ({otp}). Nu ben ik mijn account kwijt. Mijn telefoonnummer is {phone}.")
t("dating", "nl", "PUB", "{handle} mijn account is gehackt en jullie reageren al 5 dagen niet. Drie keer een ticket aangemaakt, laatste is {n_ticket} {n_hashtag}")
t("dating", "nl", "agent_reply", "Hoi {first}, we hebben je account {username} tijdelijk geblokkeerd. Je ontvangt een e-mail op {email} met een link om een nieuw wachtwoord in te stellen. Deel nooit codes uit sms'jes, ook niet met ons.")
t("dating", "nl", "instagram_dm", "hoi mijn account is overgenomen, ze hebben de bio veranderd en verkopen nu nep-iPhones. mijn oude inlog was {@login}. het nieuwe mailadres dat ze erin hebben gezet ken ik niet")
t("dating", "nl", "x_dm", "Ik kan niet meer in mijn account want de 2FA staat nu op een nummer dat ik niet ken ({n_mask}). Mijn eigen nummer is {phone}, mail {email}.")

# -- elderly, written by children / on behalf
t("elderly", "nl", "DM", "mijn moeder haar pincode is {pin} en ze weet hem niet meer zeker, ze heeft hem nu 2x verkeerd ingetoetst. Kan ze een nieuwe aanvragen? Haar rekening is {iban}.")
t("elderly", "nl", "email", "Onderwerp: pas blokkeren voor mijn vader\n\n{@hi}\n\nIk schrijf namens mijn vader ({fullname:v}, {dob_old}). Hij heeft vanochtend per ongeluk zijn pincode ({pin}) gegeven aan iemand aan de telefoon die zei dat hij van {brand_bank} was. Zijn pas eindigt op {n_mask_card}. Kunnen jullie de pas blokkeren? Het rekeningnummer is {iban}.\n\n{@sig}")
t("elderly", "nl", "whatsapp telegram", "goedemorgen ik help mijn oma ze heeft een nieuwe telefoon {n_phonemodel} gekregen en nu vraagt hij om de pincode van de simkaart dat is {pin} volgens het briefje maar die doet het niet en nu vraagt hij om een puk code op het kaartje staat {puk} moet ik die invullen")
t("elderly", "nl", "email", "Onderwerp: gegevens schoonmoeder\n\nGoedemiddag,\n\nZoals gevraagd de gegevens van mijn schoonmoeder:\n1. naam {fullname:m}\n2. geboortedatum {dob_old}\n3. BSN {bsn}\n4. adres {addr}\n5. telefoon {phone_landline}\n\nZij kan zelf niet meer bellen. Ik ben bereikbaar op {phone_nl:2}.\n\n{@sig}")
t("elderly", "nl", "messenger", "voor mijn vader: gebruikersnaam {username:v}, wachtwoord {password:v}. Hij ziet zijn overzicht niet meer in de app van {brand_pension}. Kunnen jullie kijken?")
t("elderly", "nl", "DM", "Mijn opa van 91 heeft een brief gekregen van {brand_bank} dat zijn pas verloopt. Nieuwe pas is binnen maar de pincode niet. Is dat normaal? Klantnummer {cust}.")
t("elderly", "nl", "whatsapp", "{wa_ts} {fullname}: Goedemiddag ik schrijf voor mijn moeder\n{wa_ts} {fullname}: Ze heeft een nieuwe modem gehad en de tablet doet het niet meer\n{wa_ts} {brand_telco}: Vervelend! Staat er een wifi-wachtwoord op de sticker onder de modem?\n{wa_ts} {fullname}: ja {wifi}\n{wa_ts} {fullname}: en netwerk {ssid}")
t("elderly", "nl", "x_dm", "Mijn moeder is {n_date} overleden. Ik wil haar abonnement opzeggen. Haar klantnummer was {cust}, ze woonde op {addr}. De laatste factuur van {n_amount} betaal ik zelf.")
t("elderly", "nl", "email", "Onderwerp: Re: Uw vraag\n\nHallo {agent},\n\nDank voor het terugbellen. Zoals afgesproken hierbij de inlog van mijn vader, want hij kan het zelf niet meer:\n\nGebruikersnaam: {username:v}\nWachtwoord: {password:v}\nPIN app: {pin5}\n\nIk weet dat dit niet de bedoeling is maar anders komen we er niet uit.\n\n{@sig}")

# -- telco
t("telco", "nl", "DM", "Mijn simkaart is geblokkeerd na 3x een verkeerde pincode. {@puk}, maar die wordt niet geaccepteerd. Mijn nummer is {phone}.")
t("telco", "nl", "DM", "Na het resetten van de {n_modem} werkt de wifi niet meer. {@wifi}. Netwerknaam {ssid}. Wat nu?")
t("telco", "nl", "PUB", "{handle} storing in {city}? Internet ligt er al uit sinds {n_time}, modem knippert oranje {n_hashtag}")
t("telco", "nl", "whatsapp telegram", "hallo ik heb een nieuwe simkaart gekregen maar mijn telefoon vraagt om de pin ik heb {pin} geprobeerd dat stond op de brief maar hij zegt nog twee pogingen dus ik durf niet meer wat moet ik doen")
t("telco", "nl", "whatsapp", "{wa_ts} {brand}: Hoi! Om je simkaart te deblokkeren hebben we je klantnummer en postcode nodig.\n{wa_ts} {fullname}: {cust}\n{wa_ts} {fullname}: postcode weet ik niet meer van het oude adres haha\n{wa_ts} {brand}: Geen probleem. Je PUK-code is {puk}. Voer die in en kies een nieuwe pincode.\n{wa_ts} {fullname}: top, gelukt! nieuwe pin is {pin} 👍")
t("telco", "nl", "x_dm", "Mijn bundel van {n_gb} is na 10 dagen al op, terwijl ik bijna alleen op wifi zit. Kan iemand dat checken? Nummer eindigt op {n_mask}.")
t("telco", "nl", "agent_reply", "Hoi {first}, je PUK-code is {puk}. Let op: na 10 keer een verkeerde PUK is de simkaart definitief geblokkeerd. Kies daarna een nieuwe pincode. Groetjes, {agent}")
t("telco", "nl", "email", "Onderwerp: Nummerbehoud\n\n{@hi}\n\nIk stap over naar jullie en wil mijn nummer {phone} meenemen. Klantnummer bij mijn oude provider: {cust}. De maandelijkse kosten van {n_amount} mogen van {iban}.\n\n{@sig}")
t("telco", "nl", "DM", "Op de foto van de sticker die ik eerder stuurde staat: SSID {ssid}, WPA key {wifi}, model {n_modem}. Maar mijn laptop zegt 'verkeerde netwerksleutel'.")
t("telco", "nl", "messenger", "Sinds de firmware-update ({n_fw}) valt de wifi elke dag rond {n_time} weg. Modem is de {n_modem}. Gemeten snelheid {n_mbps} terwijl ik voor {n_mbps:2} betaal.")
t("telco", "nl", "DM", "Pincode van de simkaart vergeten. Geprobeerd: {@simpin}. Daarna {pin:2}, ook niet. Nu staat er 'PUK vereist'. {@puk}")
t("telco", "nl", "whatsapp", "de monteur is geweest maar heeft het wifi wachtwoord veranderd\nhij zei dat het nu {wifi} is\nmaar mijn printer pakt dat niet\noude was {wifi:2}")
t("telco", "nl", "x_public", "Nieuwe {n_modem} van {handle} en het wifi wachtwoord staat gewoon op de achterkant gedrukt, handig voor iedereen die op bezoek komt 🙃")

# -- bank
t("bank", "nl", "DM", "Ik ben opgelicht! Iemand belde namens {brand} en ik heb de code {otp} doorgegeven. Daarna is er {n_amount_big} van mijn rekening {iban} afgeschreven. Wat moet ik doen?")
t("bank", "nl", "DM", "Mijn pas is ingeslikt door de automaat in {city}, foutcode {n_err}. Pasnummer eindigt op {n_mask_card}. Kunnen jullie een nieuwe sturen naar {addr}?")
t("bank", "nl", "messenger whatsapp", "Ik kreeg net dit bericht: {@otpsms} Maar ik heb niks aangevraagd?? Is dit phishing?")
t("bank", "nl", "DM", "{@card} - deze betaling van {n_amount} op {n_date} herken ik niet")
t("bank", "nl", "PUB", "{handle} app ligt er weer uit, {n_err} bij het inloggen. Salaris is binnen maar ik kan niks {n_hashtag}")
t("bank", "nl", "messenger", "op mijn scherm staat 'Voer de 6-cijferige code in' en ik heb {otp} ingevoerd, dan komt er foutcode {n_err} en moet ik opnieuw beginnen")
t("bank", "nl", "whatsapp", "kaartnummer {card} o nee wacht dat is de oude\nde nieuwe is {card:2}\ngeldig tot {exp}")
t("bank", "nl", "email", "Onderwerp: Betwiste creditcardtransactie\n\n{@hi}\n\nOp {n_date} zijn er twee betalingen van {n_amount} en {n_amount:2} gedaan bij een webshop die ik niet ken. Mijn creditcard: {card}, geldig tot {exp}. Ik heb de kaart zelf nog.\n\n{@sig}\n\n-----Oorspronkelijk bericht-----\nVan: {fullname} <{email}>\nVerzonden: {n_date:2} {n_time}\nAan: {brand} Creditcards\nOnderwerp: transactie\n\nIk zie iets vreemds op mijn afschrift.")
t("bank", "nl", "x_dm", "Ik wil een limiet verhogen maar de app zegt dat ik eerst mijn identiteit moet bevestigen. Code uit de app is {otp}. Werkt niet. App versie {n_version}.")
t("bank", "nl", "agent_reply", "Hoi {first}, je pas met nummer {n_mask_card} is geblokkeerd. Een nieuwe pas is onderweg naar {addr}. Let op: wij vragen nooit om je pincode of een sms-code. Groet, {agent}")
t("bank", "nl", "DM", "Pinpas werkt niet bij de {brand_loyalty}, foutcode {n_err_cue} bij het pinnen. Pincode heb ik goed ingetoetst. Terminal zei iets met 'kaart niet ondersteund'.")
t("bank", "nl", "whatsapp telegram", "goedemiddag ik wil graag mijn internetbankieren laten resetten ik ben mijn gebruikersnaam vergeten maar ik denk dat het {username} is mijn rekeningnummer is {iban} en ik ben geboren op {dob}")
t("bank", "nl", "DM", "Gisteren een betaalverzoek gekregen van {n_amount} van iemand die zich voordeed als mijn dochter, en ik heb betaald vanaf mijn rekening {iban} naar {iban_foreign}. Kan dat teruggedraaid worden?")

# -- energy
t("energy", "nl", "DM", "Meterstanden per {n_date}: T1 {n_meter}, T2 {n_meter:2}, gas {n_meter:3} m³. Klantnummer {cust}.")
t("energy", "nl", "x_public", "{handle} mijn termijnbedrag gaat van {n_amount} naar {n_amount:2}, dat is {n_pct} meer. Terwijl ik {n_kwh} minder verbruik dan vorig jaar {n_hashtag}")
t("energy", "nl", "email", "Onderwerp: Wijziging rekeningnummer\n\nKlantnummer: {cust}\nNaam: {fullname}\nAdres: {addr}\nNieuw IBAN: {iban}\nIngangsdatum: {n_date}\n\nGraag bevestiging per mail naar {email}.")
t("energy", "nl", "DM", "Ik kan niet inloggen in de app om mijn meterstand door te geven. {@login}. De meterstand is {n_meter} trouwens.")
t("energy", "nl", "messenger", "De slimme meter geeft al sinds {n_date} geen data door, in de app staat {n_err}. Meternummer staat op de kast maar daar kan ik niet bij. Klantnummer {cust}.")
t("energy", "nl", "x_dm", "Hallo, de jaarafrekening ({n_invoice}) klopt niet. Jullie rekenen {n_kwh} terwijl de meter {n_meter} aangeeft. Kunnen jullie dat corrigeren?")
t("energy", "nl", "whatsapp", "ik verhuis op {n_date} naar {addr} en wil het contract meenemen\nklantnummer {cust}\neindstanden oude adres: {n_meter} en {n_meter:2}")

# -- webshop
t("shop", "nl", "DM", "Pakket {n_track} staat al 4 dagen op 'onderweg'. Bestelnummer {n_order}. Wanneer komt het?")
t("shop", "nl", "email", "Onderwerp: Retour {n_order}\n\n{@hi}\n\nIk heb de {n_device} op {n_date} teruggestuurd (trackingnummer {n_track}) maar nog geen geld terug gehad. Het ging om {n_amount}. Graag terugstorten op {iban}.\n\n{@sig}")
t("shop", "nl", "PUB", "{handle} bestelling {n_order} geannuleerd zonder reden en geld nog niet terug. {n_hashtag}")
t("shop", "nl", "DM", "Betaling met mijn creditcard mislukt steeds. {@card}. Ik heb {n_amount} in de winkelmand. Foutmelding {n_err}.")
t("shop", "nl", "messenger", "Ik krijg de code voor het afhaalpunt niet. In de app staat alleen {n_mask} en de ophaalcode staat er niet bij. Bestelling {n_order}.")
t("shop", "nl", "x_dm", "Ik heb 2x hetzelfde artikel ({n_sku}) ontvangen terwijl ik er maar één heb besteld. Wil het graag retour sturen. Factuur {n_invoice}.")

# -- airline
t("airline", "nl", "DM", "Vlucht {n_flight} op {n_date} is geannuleerd. Graag de {n_amount} terugstorten op {iban}. Boekingscode heb ik in de mail staan.")
t("airline", "nl", "x_public", "{handle} vlucht {n_flight} zou om {n_time} vertrekken en we staan nog steeds bij de gate. Geen info, niks. {n_hashtag}")
t("airline", "nl", "email", "Onderwerp: Compensatie vertraging {n_flight}\n\n{@hi}\n\nOp {n_date} vlogen wij met {n_flight} en kwamen we meer dan 4 uur te laat aan. Wij maken aanspraak op compensatie van {n_amount_big}. Passagiers: {fullname} (geb. {dob}) en {fullname:p} (geb. {dob:p}).\n\nRekeningnummer: {iban}\n\n{@sig}")
t("airline", "nl", "messenger", "Ik heb een extra koffer bijgeboekt voor {n_amount} maar de betaling met {card} is twee keer afgeschreven. Vlucht {n_flight}.")

# -- other insurer
t("insurer", "nl", "DM", "Schade aan mijn auto door hagel op {n_date}. Schadenummer {n_ticket}. Het herstel kost {n_amount_big}. Kunnen jullie het bedrag storten op {iban}?")
t("insurer", "nl", "x_public", "{handle} 6 weken wachten op een reactie op mijn schademelding, dossier {n_ticket} {n_hashtag}")
t("insurer", "nl", "email", "Onderwerp: Inloggen lukt niet\n\nHallo,\n\nIk wil mijn inboedelverzekering aanpassen maar ik kom niet in Mijn {brand}.\n{@login}\nIk heb ook al de 'wachtwoord vergeten' link gebruikt, maar de sms met de code komt niet. Mijn nummer is {phone}.\n\n{@sig}")

# -- developer / API platform
t("api", "nl", "email", "Onderwerp: 401 op alle requests\n\nHoi {brand} support,\n\nSinds {n_date} rond {n_time} krijgen we {n_err} op elke call naar {n_url}. {@api}. We draaien SDK versie {n_fw}.\n\nKunnen jullie kijken of de key nog actief is?\n\nGroet,\n{fullname}")
t("api", "nl", "DM", "Kunnen jullie deze token intrekken? Die is per ongeluk in een publieke repo terechtgekomen: {@tok}")
t("api", "nl", "telegram", "hoi, webhook geeft {n_err}. dit is de header die we meesturen:\nAuthorization: Bearer {jwt}\nendpoint {n_url}")
t("api", "nl", "email", "Onderwerp: Sleutels roteren\n\nBeste,\n\nWe hebben de oude keys vervangen. Oude key: {api} (mag weg). Nieuwe: {api:2}. Klopt het dat de oude nog 24 uur werkt? Account-ID {cust}.\n\nMvg,\n{fullname}\n{n_kvk}")
t("api", "nl", "DM", "Jullie dashboard toont ons verbruik als {n_gb} terwijl we maar {n_pct} van de limiet gebruiken volgens onze logs. Factuur {n_invoice}.")

# ============================ Flemish (nl-BE) ===============================

t("housing", "nl-be", "DM", "Goeiedag, de chauffage in ons appartement valt al een week uit. Ik huur bij {brand}, {addr}. Ik heb op {n_date} al gebeld naar {n_cphone} en kreeg dossiernummer {n_ticket}. Amai, met een baby van 3 maanden is dat echt niet ok.")
t("housing", "nl-be", "email", "Onderwerp: domiciliëring huur\n\n{@hi}\n\nVanaf volgende maand mag de huur via domiciliëring van mijn nieuwe rekening {iban}. Mijn huurdersnummer is {cust}.\n\n{@sig}")
t("housing", "nl-be", "whatsapp", "{wa_ts} {fullname}: hallo, ik geraak niet meer op het huurdersplatform\n{wa_ts} {brand}: Dag! Met welke login meldt u zich aan?\n{wa_ts} {fullname}: {username}\n{wa_ts} {fullname}: paswoord {password}\n{wa_ts} {brand}: Dank u, maar stuur uw paswoord best nooit door. Ik stuur een resetlink naar uw e-mailadres.")
t("housing", "nl-be", "PUB", "{handle} al 2 maanden schimmel in de badkamer en niemand komt kijken. Dossier {n_ticket}. {n_hashtag}")
t("housing", "nl-be", "messenger", "mijn huisbaas vraagt om de waarborg van {n_amount_big} te storten op een Duitse rekening {iban_de}, is dat normaal bij jullie? ik vertrouw het niet goed")

t("health", "nl-be", "DM", "Ik wil mijn dochter laten inschrijven bij het ziekenfonds. Ze is geboren op {dob_kid}. Mijn lidnummer is {cust} en de terugbetalingen mogen op {iban}.")
t("health", "nl-be", "email", "Onderwerp: terugbetaling kinesist\n\n{@hi}\n\nIk heb op {n_date} de attesten van de kinesist binnengebracht ({n_amount}), maar ik heb nog niks terugbetaald gekregen. Lidnummer: {cust}. Rekeningnummer: {iban}.\n\n{@sig}")
t("health", "nl-be", "x_public", "{handle} uw app vraagt na de update {n_version} opnieuw om mijn pincode en blokkeert dan. Ik zit hier met een terugbetaling van {n_amount} te wachten {n_hashtag}")
t("health", "nl-be", "whatsapp telegram", "dag mevrouw ik bel eigenlijk voor mijn schoonvader hij is geboren op {dob_old} en zijn lidnummer is {cust} hij woont in de {addr} en hij krijgt brieven die hij niet verstaat kunnen die naar mijn adres gestuurd worden mijn gsm is {phone}")
t("health", "nl-be", "DM", "Ik kom niet in mijn online dossier. Mijn gegevens: {@login}. Dan vraagt hij een code via sms, ik typ {otp} en het blijft laden. Gsm is een {n_phonemodel}.")

t("hospital", "nl-be", "DM", "Mijn afspraak bij de cardioloog in {brand} staat op {n_date} om {n_time}, maar ik moet die dag werken. Patiëntnummer {cust}. Kan ik verzetten?")
t("hospital", "nl-be", "messenger", "Mijn moeder ligt op kamer 214 in {brand} en het wifi-paswoord van de kamer werkt niet. Aan de balie zeiden ze {wifi} maar dat wordt niet aanvaard op haar tablet.")
t("hospital", "nl-be", "agent_reply", "Dag {first}, uw afspraak is verplaatst naar {n_date} om {n_time}. U hoeft uw rekeningnummer niet door te geven; de factuur volgt via de post. Vriendelijke groeten, {agent}")

t("pension", "nl-be", "email", "Onderwerp: pensioen mijn vader\n\nGeachte,\n\nMijn vader ({fullname:v}, geboren {dob_old}) ontvangt zijn aanvullend pensioen van u. Hij heeft een nieuwe rekening: {iban}. Zijn dossiernummer is {n_ticket}.\n\n{@sig}")
t("pension", "nl-be", "DM", "Ik woon in {city} maar heb 12 jaar in Nederland gewerkt. Voor mijn pensioen vragen ze mijn Nederlands BSN: {bsn}. Kan ik dat via jullie doorgeven of moet dat bij de SVB?")
t("pension", "nl-be", "whatsapp", "goeiemiddag ik wil weten hoeveel pensioen ik ga krijgen ik ben van {dob_old} en mijn login op de site is {username} maar ik weet mijn paswoord niet meer ik heb {password} en {password:2} geprobeerd")

t("gov", "nl-be", "DM", "Ik heb een aanvraag gedaan voor een bewonerskaart parkeren in {city}. Referentie {n_ticket}. Er is {n_amount} betaald maar de kaart is nog niet actief.")
t("gov", "nl-be", "messenger", "Hallo, voor de aanvraag van de premie moet ik aanmelden via {brand}. Gebruikersnaam {username}, paswoord {password}, en dan een code van de app maar die code {otp} wordt geweigerd.")
t("gov", "nl-be", "x_public", "Site van stad {city} voor het containerpark weer plat, {n_url_city} geeft {n_err}. {n_hashtag}")
t("gov", "nl-be", "email", "Onderwerp: aanslagbiljet\n\nGoeiedag,\n\nIk heb een aanslagbiljet gekregen van {n_amount} voor de afvalbelasting {n_year}, maar ik woon sinds {n_date} niet meer op dat adres. Mijn nieuw adres is {addr}.\nKenmerk: {n_invoice}\n\n{@sig}")

t("school", "nl-be", "DM", "Mijn zoon {son} geraakt niet meer op het schoolplatform. Login {username:k}, paswoord {password:k}. Kan de ICT-coördinator dat resetten?")
t("school", "nl-be", "email", "Onderwerp: factuur kinderopvang\n\n{@hi}\n\nDe factuur {n_invoice} van {n_amount} klopt niet, {kid} was de week van {n_date} ziek. Klantnummer {cust}. Domiciliëring loopt via {iban}.\n\n{@sig}")
t("school", "nl-be", "PUB", "{handle} schoolapp geeft al de hele ochtend {n_err}, niemand kan de rapporten zien {n_hashtag}")

t("gym", "nl-be", "DM", "Ik wil mijn fitnessabonnement stopzetten. Lidnummer {cust}. Er wordt elke maand {n_amount} afgehouden van {iban}.")
t("gym", "nl-be", "messenger", "De app vraagt een verificatiecode om mijn kaart te koppelen. {@otp}. Daarna komt {n_err}.")
t("gym", "nl-be", "x_public", "{handle} toegangspoortje in {city} werkt alweer niet, code {n_err} op het scherm 🙄")

t("lease", "nl-be", "DM", "Mijn tankkaart van de leasewagen is geblokkeerd. 3x verkeerde code ingegeven, ik dacht dat het {pin} was. Contractnummer {cust}.")
t("lease", "nl-be", "messenger", "Parkeerapp rekent {n_amount} aan voor een sessie van {n_time} tot {n_time:2} terwijl ik maar een kwartier stond. Mijn kaart in de app: {card} vervalt {exp}.")

t("lottery", "nl-be", "DM", "Ik heb {n_amount} gewonnen met een kraslot maar de uitbetaling is nog niet op mijn rekening {iban}. Klantnummer {cust}.")
t("lottery", "nl-be", "messenger", "Iemand belde mij namens {brand} dat ik een prijs had en vroeg de code van mijn kaartlezer. Ik heb {otp8} gegeven. Dat was fout he?")

t("loyalty", "nl-be", "DM", "Mijn klantenkaart van {brand} is gekoppeld aan een oud e-mailadres. Nieuw e-mailadres is {email}, klantenkaartnummer {cust}.")
t("loyalty", "nl-be", "x_public", "{handle} zelfscan pakt de promo op artikel {n_sku} niet, {n_pct} korting staat in de folder {n_hashtag}")

t("transport", "nl-be", "DM", "Mijn abonnement voor de bus werd twee keer aangerekend ({n_amount}). Klantnummer {cust}. Gelieve terug te storten op {iban}.")
t("transport", "nl-be", "whatsapp", "ik ben mijn gsm kwijt met de app erop\nkan ik mijn account blokkeren?\nlogin {username}\nmijn nieuw nummer is {phone}")

t("dating", "nl-be", "DM", "Iemand heeft mijn account op {brand} overgenomen. Ik kreeg een sms met {otp} en 5 minuten later was mijn paswoord veranderd. Mijn oud paswoord was {password}, mijn gsm {phone}.")
t("dating", "nl-be", "instagram_dm", "allez mijn account is gehackt en ze vragen geld aan mijn volgers. login {username} en mijn mail is {email}. help aub")

t("elderly", "nl-be", "DM", "Mijn moeder van 88 heeft haar bankkaart geblokkeerd, ze heeft 3x de verkeerde code ingetikt. Haar pincode is {pin} zegt ze nu, maar ze is niet zeker. Kan ze een nieuwe krijgen? Rekening {iban}.")
t("elderly", "nl-be", "whatsapp telegram", "goeiemorgen ik help mijn vader met zijn nieuwe gsm een {n_phonemodel} hij vraagt de pincode van de simkaart ik heb {pin} ingegeven van de brief maar nu vraagt hij de puk code en op het kaartje staat {puk}")
t("elderly", "nl-be", "email", "Onderwerp: voor mijn vader\n\nGoeiedag,\n\nIk schrijf voor mijn vader, {fullname:v}, geboren {dob_old}, wonende te {addr}. Hij heeft zijn kaartlezer verloren en kan niet meer aanmelden. Zijn login was {username:v}. Kan er een nieuwe opgestuurd worden?\n\n{@sig}")

t("telco", "nl-be", "DM", "Mijn gsm vraagt om een PUK-code na 3x een foute pincode. {@puk}, klopt dat? Nummer {phone}.")
t("telco", "nl-be", "messenger", "Sinds de nieuwe {n_modem} is geïnstalleerd werkt de wifi niet. {@wifi}. Netwerk {ssid}.")
t("telco", "nl-be", "x_public", "{handle} al de hele avond geen internet in {city}, {n_mbps} beloofd en nu 0 {n_hashtag}")
t("telco", "nl-be", "whatsapp", "{wa_ts} {brand}: Dag! Kan ik uw klantnummer krijgen?\n{wa_ts} {fullname}: {cust}\n{wa_ts} {brand}: Dank u. Uw PUK-code is {puk}.\n{wa_ts} {fullname}: merci!! en de pincode mag ik dan zelf kiezen?\n{wa_ts} {brand}: Ja, kies een code die u kan onthouden.\n{wa_ts} {fullname}: ok ik doe {pin}")
t("telco", "nl-be", "agent_reply", "Dag {first}, ik zie dat uw modem {n_modem} offline is sinds {n_time}. Ik heb een herstart gedaan. Uw wifi-paswoord blijft hetzelfde en staat op de sticker. Dossier {n_ticket}.")
t("telco", "nl-be", "DM", "Factuur {n_invoice} is {n_amount} terwijl mijn abonnement {n_amount:2} kost. Klantennummer {cust}.")

t("bank", "nl-be", "DM", "Ik ben opgelicht via een valse sms van {brand}. Ik heb mijn kaartnummer {card} en de responscode van mijn kaartlezer {otp8} ingegeven. Er is {n_amount_big} weg van {iban}!")
t("bank", "nl-be", "messenger", "Mijn Bancontact werkt niet in de winkel, foutcode {n_err_cue}. Kaart eindigt op {n_mask_card}. Geen probleem met de pincode zegt de winkel.")
t("bank", "nl-be", "x_public", "{handle} app weer plat, kan niet betalen met de gsm {n_hashtag}")
t("bank", "nl-be", "email", "Onderwerp: betwisting\n\n{@hi}\n\nIk herken een betaling van {n_amount} op {n_date} niet. Het gaat om mijn kredietkaart {card}, geldig tot {exp}. Graag blokkeren.\n\n{@sig}\n\nOp {n_date:2} om {n_time} schreef {fullname} <{email}>:\n> Er staat iets raars op mijn rekening.")
t("bank", "nl-be", "whatsapp", "ik kreeg deze sms {@otpsms} maar ik heb niks gedaan?")

t("energy", "nl-be", "DM", "Meterstanden: dag {n_meter}, nacht {n_meter:2}. Klantnummer {cust}. Ik verhuis op {n_date} naar {addr}.")
t("energy", "nl-be", "x_public", "{handle} voorschot van {n_amount} naar {n_amount:2}, {n_pct} meer voor hetzelfde verbruik {n_hashtag}")
t("energy", "nl-be", "messenger", "Ik kan niet aanmelden op mijn klantenzone. {@login}. Wil gewoon mijn factuur {n_invoice} zien.")

t("shop", "nl-be", "DM", "Pakje {n_track} staat al een week in het afhaalpunt maar ik heb nooit een bericht gekregen. Bestelling {n_order}.")
t("shop", "nl-be", "messenger", "Betaling met kaart lukt niet op jullie site: {@card}. Foutmelding {n_err}.")
t("airline", "nl-be", "DM", "Vlucht {n_flight} van {n_date} geannuleerd. Terugbetaling van {n_amount} graag op {iban}.")
t("api", "nl-be", "email", "Onderwerp: API key\n\nDag {brand},\n\nOnze integratie geeft {n_err} sinds {n_date}. {@api}. Wij gebruiken versie {n_fw}.\n\nMvg,\n{fullname}\n{n_kvk}")
t("api", "nl-be", "DM", "Per ongeluk onze token gepost in een publiek forum: {@tok}. Kan die ingetrokken worden?")

# ============================ English =======================================

# expats in NL/BE (lang "en")
t("housing", "en", "DM", "Hi, I rent an apartment from {brand} at {addr}. The boiler has been broken since {n_date} and nobody has come yet. Ticket {n_ticket}. It's freezing, can someone please come today?")
t("housing", "en", "email", "Subject: Tenant portal login\n\n{@hi}\n\nI can't log into the tenant portal. {@login}. It says {n_err}. I need to download my rent statement for the tax office.\n\n{@sig}")
t("housing", "en", "whatsapp", "{wa_ts} {fullname}: hi is this the landlord support?\n{wa_ts} {brand}: Yes, how can we help?\n{wa_ts} {fullname}: the code for the key box at the entrance doesn't work\n{wa_ts} {brand}: Which address?\n{wa_ts} {fullname}: {addr}\n{wa_ts} {brand}: The key box code was changed on {n_date}. Please check your e-mail.")
t("health", "en", "DM", "Hi, I just moved to the Netherlands and need to register for health insurance. My BSN is {bsn}, DOB {dob}. Can I pay by direct debit from {iban}?")
t("health", "en", "email", "Subject: Claim rejected\n\n{@hi}\n\nMy claim for {n_amount} (physio, {n_date}) was rejected with error {n_err}. My customer number is {cust}. Could you tell me why?\n\n{@sig}\n\nOn {n_date:2} at {n_time}, {fullname} <{email}> wrote:\n> Hello, I submitted a claim last week.")
t("health", "en", "DM", "I can't log into the insurer app. It asks for a 5-digit PIN, I set {pin5} and it says wrong PIN. Using {n_phonemodel} on {n_version}.")
t("hospital", "en", "DM", "My appointment at {brand} on {n_date} at {n_time} needs to be moved. Patient number {cust}, date of birth {dob}.")
t("hospital", "en", "messenger", "I'm trying to log into the patient portal through {brand_gov}. Login details: {@login}. I get a code by text ({otp}) but then it says session expired.")
t("pension", "en", "email", "Subject: Pension payout abroad\n\n{@hi}\n\nI worked in the Netherlands from {n_year} to {n_year:2} and now live in Spain. Please pay my pension to {iban_es}. My BSN was {bsn} and my date of birth is {dob_old}.\n\n{@sig}")
t("pension", "en", "DM", "Can't log in to my pension account, the activation code from the letter ({otp_alnum}) is rejected. The letter is dated {n_date}.")
t("gov", "en", "DM", "I'm an expat and trying to file my tax return via {brand}. username {username} password {password} and then I get an SMS code {otp} but it says expired. Help?")
t("gov", "en", "email", "Subject: Municipality registration\n\n{@hi}\n\nI registered at the municipality on {n_date} but I haven't received my BSN letter yet. Details:\n- Name: {fullname}\n- DOB: {dob}\n- Address: {addr}\n- Phone: {phone}\n\n{@sig}")
t("gov", "en", "x_public", "Parking permit site {n_url} has been down all day with {n_err}. How are we supposed to apply? {n_hashtag}")
t("school", "en", "DM", "Hi, my son {son} can't log into the school laptop. Username {username:k}, password {password:k}. Can IT reset it?")
t("school", "en", "email", "Subject: Daycare invoice\n\n{@hi}\n\nInvoice {n_invoice} for {n_amount} is wrong, {kid} was sick the week of {n_date}. Client number {cust}. Direct debit is from {iban}.\n\n{@sig}")
t("gym", "en", "DM", "Please cancel my gym membership. Member number {cust}. You debited {n_amount} from {iban} on {n_date} even though I cancelled.")
t("gym", "en", "instagram_dm", "someone hacked my {brand_subs} account and changed the email. my old password was {password}. they bought a yearly plan for {n_amount} on my card {n_mask_card}")
t("lease", "en", "DM", "The parking app charged me {n_amount} for {n_date} from {n_time} to {n_time:2}. I had stopped the session. Account email {email}.")
t("transport", "en", "DM", "I was charged twice ({n_amount}) on my travel card on {n_date}. My customer number is {cust}. Refund to {iban}, please.")
t("dating", "en", "DM", "My {brand} account was taken over. My username is {username}. Someone asked me for the code I got by text and I sent it ({otp}). Now I'm locked out.")
t("telco", "en", "DM", "My phone is asking for a PUK after I entered the wrong PIN three times. {@puk}. It says invalid. Number {phone}.")
t("telco", "en", "messenger", "New router installed ({n_modem}) but my laptop won't connect. {@wifi}. Network name {ssid}.")
t("bank", "en", "DM", "I got scammed, someone called pretending to be {brand} and I read out the code {otp}. Then {n_amount_big} left my account {iban}.")
t("bank", "en", "whatsapp", "I received this: {@otpsms} but I didn't do anything. Is this a scam?")
t("energy", "en", "DM", "Meter readings as of {n_date}: {n_meter} (normal) and {n_meter:2} (low). Customer number {cust}.")
t("api", "en", "email", "Subject: 401 on every request\n\nHi {brand} team,\n\nSince {n_date} around {n_time} every call to {n_url} returns {n_err}. {@api}. SDK version {n_fw}.\n\nThanks,\n{fullname}")
t("api", "en", "telegram", "hey, our webhook handler started failing. we send\nAuthorization: Bearer {jwt}\nand get {n_err}. endpoint {n_url}")
t("api", "en", "DM", "Please revoke this, it was accidentally pushed to a public repo: {@tok}")
t("elderly", "en", "DM", "Writing for my mother ({fullname:m}, born {dob_old}). She gave her card PIN {pin} to a caller who said he was from {brand_bank}. Card ending {n_mask_card}. Please block it!")

# UK customers (en-gb)
t("telco", "en-gb", "DM", "Hiya, my SIM's locked after too many wrong PINs. {@puk} but it isn't accepted. Mobile number {phone}.")
t("telco", "en-gb", "PUB", "{handle} broadband down again in {city} since {n_time}, third time this month. Paying for {n_mbps} and getting nothing {n_hashtag}")
t("telco", "en-gb", "email", "Subject: Router replacement\n\n{@hi}\n\nThe replacement router ({n_modem}) arrived but the wifi password on the card doesn't work. The card says {wifi}. I've tried it five times.\n\nAccount number: {cust}\n\n{@sig}")
t("telco", "en-gb", "whatsapp", "{wa_ts} {brand}: Hi! Can I take your account number please?\n{wa_ts} {fullname}: {cust}\n{wa_ts} {brand}: Thanks. Your PUK is {puk}.\n{wa_ts} {fullname}: brilliant, cheers\n{wa_ts} {fullname}: new pin is {pin} btw so I don't forget lol")
t("telco", "en-gb", "agent_reply", "Hi {first}, thanks for waiting. Your PUK code is {puk}. Please enter it carefully - after 10 wrong attempts the SIM is permanently blocked. {init}")
t("telco", "en-gb", "x_dm", "I've been charged {n_amount} for roaming but I was in {city} the whole time. Bill {n_invoice}. Account no. {cust}.")
t("bank", "en-gb", "DM", "My card was declined at the till with error {n_err_cue}. Card ending {n_mask_card}. The PIN is definitely right.")
t("bank", "en-gb", "email", "Subject: Fraudulent transactions\n\n{@hi}\n\nThere are two payments on my statement I don't recognise: {n_amount} and {n_amount:2} on {n_date}. My card is {card}, expiry {exp}. I still have the card.\n\n{@sig}\n\n-----Original Message-----\nFrom: {fullname} <{email}>\nSent: {n_date:2} {n_time}\nTo: Card Services\nSubject: odd payments\n\nSee above.")
t("bank", "en-gb", "messenger", "Online banking keeps saying my passcode is wrong. I've reset it twice. {@login}. Error {n_err}.")
t("bank", "en-gb", "DM", "{@card} - please cancel this card, it's been cloned")
t("bank", "en-gb", "x_public", "{handle} app has been down since {n_time}, can't pay my rent {n_hashtag}")
t("bank", "en-gb", "whatsapp telegram", "hi I need to change the account my salary goes into, new account is {iban} sort of urgent as payday is {n_date}")
t("energy", "en-gb", "DM", "Meter reading for {n_date}: {n_meter}. Account number {cust}. Your estimate of {n_kwh} is way off.")
t("energy", "en-gb", "email", "Subject: Direct debit\n\n{@hi}\n\nMy direct debit went up from {n_amount} to {n_amount:2}, that's {n_pct} more. I'd like it reviewed.\n\nAccount: {cust}\nAddress: {addr}\n\n{@sig}")
t("energy", "en-gb", "PUB", "{handle} smart meter app shows {n_kwh} yesterday, I was on holiday. Error {n_err} when I try to report it {n_hashtag}")
t("housing", "en-gb", "DM", "The letting agent hasn't returned my deposit of {n_amount_big}. I moved out on {n_date}. Tenancy ref {n_ticket}. Please pay it to {iban}.")
t("housing", "en-gb", "email", "Subject: Repairs\n\n{@hi}\n\nThe boiler at {addr} has been broken since {n_date}. Reference {n_ticket}. I've got a newborn at home.\n\n{@sig}")
t("gym", "en-gb", "DM", "Can I freeze my membership from {n_date} to {n_date:2}? Member number {cust}. Having knee surgery.")
t("gym", "en-gb", "messenger", "Trying to update my card in the app but it keeps failing: {@card}. Error {n_err}.")
t("transport", "en-gb", "DM", "My railcard app wants a verification code. {@otp}. It just says try again later.")
t("transport", "en-gb", "x_public", "{handle} the {n_time} to Leeds cancelled AGAIN {n_hashtag}")
t("shop", "en-gb", "DM", "Parcel {n_track} says delivered but nothing here. Order {n_order}. I live at {addr}.")
t("shop", "en-gb", "email", "Subject: Refund for order {n_order}\n\n{@hi}\n\nI returned the {n_device} on {n_date} (tracking {n_track}) and still haven't been refunded {n_amount}.\n\n{@sig}")
t("airline", "en-gb", "DM", "Flight {n_flight} on {n_date} cancelled. I paid with {card} ({exp}). Please refund {n_amount}.")
t("airline", "en-gb", "x_public", "{handle} {n_flight} delayed 5 hours, no food vouchers, no info {n_hashtag}")
t("lottery", "en-gb", "DM", "I've won {n_amount} on a scratchcard but it hasn't gone into my account {iban}. Customer no. {cust}.")
t("loyalty", "en-gb", "DM", "My loyalty points disappeared after I changed my email to {email}. Card number {cust}.")
t("dating", "en-gb", "whatsapp", "my account got hacked\nusername {username}\nold password {password}\nthey've changed the email and phone\nmy number is {phone}")
t("elderly", "en-gb", "email", "Subject: My father's account\n\n{@hi}\n\nI'm writing on behalf of my father, {fullname:v} (DOB {dob_old}), who has dementia. For his online account: username {username:v}, password {password:v}. Could you set me up as a third party?\n\n{@sig}")
t("elderly", "en-gb", "DM", "my nan's mobile is asking for a PIN, she says the pin is {pin} but it's not working, now it says PUK needed and the card says {puk}")
t("health", "en-gb", "DM", "My private health claim for {n_amount} was rejected with code {n_err}. Membership number {cust}.")
t("api", "en-gb", "email", "Subject: Rotating keys\n\nHi,\n\nWe've rotated our credentials. Old key {api} can be revoked; the new secret is {api:2}. Account {cust}.\n\nCheers,\n{fullname}\n{n_kvk}")

# US customers (en-us)
t("bank", "en-us", "DM", "Someone called saying they were from {brand} fraud dept and asked me to read the code they texted. I gave them {otp}. Now there's a {n_amount_big} Zelle payment I didn't make!")
t("bank", "en-us", "email", "Subject: Disputed charge\n\n{@hi}\n\nI'm disputing a charge of {n_amount} from {n_date}. Card number {card}, exp {exp}, CVV {cvv}. I never authorized it.\n\n{@sig}")
t("bank", "en-us", "PUB", "{handle} your app has been throwing {n_err} all morning and I can't deposit my paycheck {n_hashtag}")
t("bank", "en-us", "messenger", "Locked out of online banking. {@login}. Then it sends me a code by text and says invalid.")
t("bank", "en-us", "agent_reply", "Hi {first}, I've locked the card ending {n_mask_card}. A replacement will ship to {addr} within 5-7 business days. We will never ask for your PIN or one-time passcode. {init}")
t("shop", "en-us", "DM", "Order {n_order} was supposed to arrive {n_date}. Tracking {n_track} hasn't moved in a week.")
t("shop", "en-us", "email", "Subject: Payment not going through\n\n{@hi}\n\nYour checkout keeps failing with {n_err}. {@card}. Security code {cvv}. Cart total {n_amount}.\n\n{@sig}")
t("shop", "en-us", "PUB", "{handle} promo code doesn't work on item {n_sku} and chat support just closed on me {n_hashtag}")
t("telco", "en-us", "DM", "My phone says SIM locked, enter PUK. {@puk}. It says wrong. Number is {phone}.")
t("telco", "en-us", "messenger", "Tech came out and changed the wifi. He said the new password is {wifi} but it won't connect. Router is {n_modem}.")
t("dating", "en-us", "DM", "My {brand} account got hacked. Username {username}. They changed my email from {email} and turned on 2FA with a number I don't know ({n_mask}).")
t("dating", "en-us", "instagram_dm", "hey someone took over my account and is messaging my matches for gift cards. my login was {@login}. pls help")
t("gym", "en-us", "DM", "Please cancel my membership, member ID {cust}. You charged {n_amount} on {n_date} after I cancelled.")
t("insurer", "en-us", "email", "Subject: Claim status\n\n{@hi}\n\nI filed a claim on {n_date} (claim #{n_ticket}) for {n_amount_big}. It's been 6 weeks. Please call me at {phone}.\n\n{@sig}")
t("elderly", "en-us", "DM", "Writing for my dad, he's 84. He gave his debit card PIN {pin} and card number {card} to someone on the phone. Please freeze it!")
t("elderly", "en-us", "messenger", "my grandma's login for the pharmacy app: user {username:g} pass {password:g}. she can't see her refills. DOB {dob_old}")
t("api", "en-us", "email", "Subject: Leaked credentials\n\nHi,\n\nWe accidentally committed our AWS keys. Access key id {api_akia}, secret {api_secret}. Already rotated, but can you confirm nothing was used? Also a GitHub token {tok_gh} was in the same commit.\n\nThanks,\n{fullname}")
t("api", "en-us", "DM", "our Slack bot token {tok_slack} got posted in a public channel, can you revoke it?")
t("loyalty", "en-us", "DM", "The rewards app says my account is locked. I got a code by text {otp} but it's not working. Email {email}.")
t("transport", "en-us", "DM", "My transit card auto-reload charged my card {n_mask_card} three times, {n_amount} each. Account {cust}.")
t("energy", "en-us", "DM", "Your bill says I used {n_kwh} last month but my meter reads {n_meter}. Account number {cust}.")
t("lease", "en-us", "messenger", "Trying to add my card to the parking app: {card} exp {exp} cvv {cvv}. Error {n_err}.")

# ============================ Belgian French (fr-BE) ========================

t("housing", "fr-be", "DM", "Bonjour, le chauffage est en panne dans mon appartement depuis le {n_date}. Je loue chez {brand}, {addr}. Numéro de dossier {n_ticket}. J'ai un bébé de 4 mois, c'est urgent.")
t("housing", "fr-be", "email", "Objet : domiciliation du loyer\n\n{@hi}\n\nÀ partir du mois prochain, merci de prélever le loyer sur mon nouveau compte {iban}. Mon numéro de locataire est {cust}.\n\n{@sig}")
t("housing", "fr-be", "whatsapp", "{wa_ts} {fullname}: bonjour je n'arrive plus à me connecter à l'espace locataire\n{wa_ts} {brand}: Bonjour ! Quel est votre identifiant ?\n{wa_ts} {fullname}: {username}\n{wa_ts} {fullname}: et le mot de passe c'est {password}\n{wa_ts} {brand}: Merci, mais ne communiquez jamais votre mot de passe. Je vous envoie un lien de réinitialisation.")
t("housing", "fr-be", "PUB", "{handle} ça fait 2 mois qu'il y a de la moisissure dans la salle de bain et personne ne vient. Dossier {n_ticket} {n_hashtag}")
t("housing", "fr-be", "messenger", "le propriétaire me demande de verser la garantie locative de {n_amount_big} sur un compte français {iban_fr}, c'est normal ? ça me paraît bizarre")

t("health", "fr-be", "DM", "Je voudrais inscrire ma fille à la mutuelle. Elle est née le {dob_kid}. Mon numéro de membre est {cust} et les remboursements peuvent aller sur {iban}.")
t("health", "fr-be", "email", "Objet : remboursement kiné\n\n{@hi}\n\nJ'ai déposé les attestations du kiné le {n_date} ({n_amount}) mais je n'ai toujours rien reçu. Numéro de membre : {cust}. Compte : {iban}.\n\n{@sig}")
t("health", "fr-be", "x_public", "{handle} votre appli me redemande mon code PIN après la mise à jour {n_version} et se bloque. J'attends un remboursement de {n_amount} {n_hashtag}")
t("health", "fr-be", "whatsapp telegram", "bonjour madame j'appelle pour mon beau-père il est né le {dob_old} et son numéro de membre c'est {cust} il habite {addr} il reçoit des courriers qu'il ne comprend pas est-ce qu'on peut les envoyer chez moi mon gsm c'est {phone}")
t("health", "fr-be", "DM", "Je n'arrive pas à accéder à mon dossier en ligne. Mes identifiants : {@login}. Ensuite on me demande un code par SMS, je tape {otp} et ça tourne dans le vide.")

t("hospital", "fr-be", "DM", "Mon rendez-vous chez le cardiologue à {brand} est le {n_date} à {n_time} mais je travaille ce jour-là. Numéro de patient {cust}. Possible de déplacer ?")
t("hospital", "fr-be", "messenger", "Ma mère est hospitalisée à {brand} et le code wifi de la chambre ne fonctionne pas. À l'accueil on lui a donné {wifi} mais sa tablette le refuse.")
t("hospital", "fr-be", "agent_reply", "Bonjour {first}, votre rendez-vous est déplacé au {n_date} à {n_time}. Inutile de nous communiquer votre numéro de compte ; la facture suivra par courrier. Bien à vous, {agent}")

t("pension", "fr-be", "email", "Objet : pension de mon père\n\nMadame, Monsieur,\n\nMon père ({fullname:v}, né le {dob_old}) reçoit sa pension complémentaire chez vous. Il a un nouveau compte : {iban}. Son numéro de dossier est {n_ticket}.\n\n{@sig}")
t("pension", "fr-be", "DM", "J'ai travaillé 10 ans aux Pays-Bas. Pour ma pension on me demande mon numéro BSN néerlandais : {bsn}. Je dois vous l'envoyer à vous ?")
t("pension", "fr-be", "whatsapp", "bonjour je voudrais savoir combien de pension je vais recevoir je suis né le {dob_old} et mon identifiant sur le site c'est {username} mais j'ai oublié mon mot de passe j'ai essayé {password} et {password:2}")

t("gov", "fr-be", "DM", "J'ai demandé une carte de riverain pour le stationnement à {city}. Référence {n_ticket}. J'ai payé {n_amount} mais la carte n'est toujours pas active.")
t("gov", "fr-be", "messenger", "Pour la demande de prime je dois me connecter via {brand}. Identifiant {username}, mot de passe {password}, puis un code de l'appli mais le code {otp} est refusé.")
t("gov", "fr-be", "x_public", "Le site de la commune de {city} pour les conteneurs est encore en panne, {n_url_city} affiche {n_err} {n_hashtag}")
t("gov", "fr-be", "email", "Objet : avertissement-extrait de rôle\n\nBonjour,\n\nJ'ai reçu un avertissement-extrait de rôle de {n_amount} pour la taxe immondices {n_year}, mais je n'habite plus à cette adresse depuis le {n_date}. Ma nouvelle adresse : {addr}.\nRéférence : {n_invoice}\n\n{@sig}")

t("school", "fr-be", "DM", "Mon fils {son} n'arrive plus à se connecter à la plateforme de l'école. Identifiant {username:k}, mot de passe {password:k}. Le coordinateur informatique peut réinitialiser ?")
t("school", "fr-be", "email", "Objet : facture crèche\n\n{@hi}\n\nLa facture {n_invoice} de {n_amount} n'est pas correcte, {kid} était malade la semaine du {n_date}. Numéro client {cust}. La domiciliation passe par {iban}.\n\n{@sig}")
t("school", "fr-be", "PUB", "{handle} l'appli de l'école affiche {n_err} depuis ce matin, impossible de voir les bulletins {n_hashtag}")

t("gym", "fr-be", "DM", "Je voudrais arrêter mon abonnement fitness. Numéro de membre {cust}. Vous prélevez {n_amount} chaque mois sur {iban}.")
t("gym", "fr-be", "messenger", "L'appli me demande un code de vérification pour lier ma carte. {@otp}. Ensuite {n_err}.")
t("gym", "fr-be", "x_public", "{handle} le tourniquet à {city} ne fonctionne encore pas, code {n_err} à l'écran 🙄")

t("lease", "fr-be", "DM", "Ma carte carburant de la voiture de leasing est bloquée. J'ai tapé 3 fois un mauvais code, je pensais que c'était {pin}. Numéro de contrat {cust}.")
t("lease", "fr-be", "messenger", "L'appli de parking me facture {n_amount} pour une session de {n_time} à {n_time:2} alors que je suis resté un quart d'heure. Ma carte dans l'appli : {card} expire {exp}.")

t("lottery", "fr-be", "DM", "J'ai gagné {n_amount} avec un billet à gratter mais le paiement n'est pas arrivé sur mon compte {iban}. Numéro client {cust}.")
t("lottery", "fr-be", "messenger", "Quelqu'un m'a appelé de la part de {brand} pour un prix et m'a demandé le code de mon lecteur de carte. J'ai donné {otp8}. C'était une arnaque ?")

t("loyalty", "fr-be", "DM", "Ma carte de fidélité {brand} est liée à une ancienne adresse mail. Nouvelle adresse : {email}, numéro de carte client {cust}.")
t("loyalty", "fr-be", "x_public", "{handle} la caisse self-scan ne prend pas la promo sur l'article {n_sku}, {n_pct} de réduction dans le folder {n_hashtag}")

t("transport", "fr-be", "DM", "Mon abonnement de bus a été débité deux fois ({n_amount}). Numéro client {cust}. Merci de rembourser sur {iban}.")
t("transport", "fr-be", "whatsapp", "j'ai perdu mon gsm avec l'appli dessus\nje peux bloquer mon compte ?\nlogin {username}\nmon nouveau numéro c'est {phone}")

t("dating", "fr-be", "DM", "Quelqu'un a piraté mon compte {brand}. J'ai reçu un SMS avec {otp} et 5 minutes après mon mot de passe était changé. L'ancien mot de passe était {password}, mon gsm {phone}.")
t("dating", "fr-be", "instagram_dm", "mon compte a été piraté et ils demandent de l'argent à mes abonnés. identifiant {username} et mon mail {email}. aidez-moi svp")

t("elderly", "fr-be", "DM", "Ma mère de 87 ans a bloqué sa carte bancaire, elle a tapé 3 fois le mauvais code. Elle dit maintenant que son code est {pin} mais elle n'est pas sûre. Son compte {iban}.")
t("elderly", "fr-be", "whatsapp telegram", "bonjour j'aide mon père avec son nouveau gsm un {n_phonemodel} il demande le code pin de la carte sim j'ai mis {pin} de la lettre mais maintenant il demande le code puk et sur la carte il y a {puk}")
t("elderly", "fr-be", "email", "Objet : pour mon père\n\nBonjour,\n\nJ'écris pour mon père, {fullname:v}, né le {dob_old}, domicilié {addr}. Il a perdu son lecteur de carte et ne peut plus se connecter. Son identifiant était {username:v}. Pouvez-vous en envoyer un nouveau ?\n\n{@sig}")

t("telco", "fr-be", "DM", "Mon gsm demande un code PUK après 3 mauvais codes PIN. {@puk}, c'est bien ça ? Numéro {phone}.")
t("telco", "fr-be", "messenger", "Depuis l'installation du nouveau {n_modem} le wifi ne marche pas. {@wifi}. Réseau {ssid}.")
t("telco", "fr-be", "x_public", "{handle} pas d'internet à {city} depuis {n_time}, {n_mbps} promis et 0 en réalité {n_hashtag}")
t("telco", "fr-be", "whatsapp", "{wa_ts} {brand}: Bonjour ! Puis-je avoir votre numéro client ?\n{wa_ts} {fullname}: {cust}\n{wa_ts} {brand}: Merci. Votre code PUK est {puk}.\n{wa_ts} {fullname}: merci !! et le code pin je le choisis moi-même ?\n{wa_ts} {brand}: Oui.\n{wa_ts} {fullname}: ok je mets {pin}")
t("telco", "fr-be", "agent_reply", "Bonjour {first}, votre modem {n_modem} est hors ligne depuis {n_time}. Je l'ai redémarré. Votre clé wifi reste celle de l'autocollant. Dossier {n_ticket}.")
t("telco", "fr-be", "DM", "La facture {n_invoice} est de {n_amount} alors que mon abonnement coûte {n_amount:2}. Numéro client {cust}.")

t("bank", "fr-be", "DM", "Je me suis fait arnaquer par un faux SMS de {brand}. J'ai donné mon numéro de carte {card} et le code de réponse de mon lecteur {otp8}. {n_amount_big} ont disparu de {iban} !")
t("bank", "fr-be", "messenger", "Ma carte Bancontact ne fonctionne pas en magasin, code erreur {n_err_cue}. Carte se terminant par {n_mask_card}. Pas de problème de code PIN selon le magasin.")
t("bank", "fr-be", "x_public", "{handle} appli encore en panne, impossible de payer avec le gsm {n_hashtag}")
t("bank", "fr-be", "email", "Objet : contestation\n\n{@hi}\n\nJe ne reconnais pas un paiement de {n_amount} du {n_date}. Il s'agit de ma carte de crédit {card}, valable jusqu'au {exp}. Merci de la bloquer.\n\n{@sig}\n\nLe {n_date:2} à {n_time}, {fullname} <{email}> a écrit :\n> Il y a quelque chose de bizarre sur mon compte.")
t("bank", "fr-be", "whatsapp", "j'ai reçu ce sms {@otpsms} mais je n'ai rien fait ?")

t("energy", "fr-be", "DM", "Relevés : jour {n_meter}, nuit {n_meter:2}. Numéro client {cust}. Je déménage le {n_date} au {addr}.")
t("energy", "fr-be", "x_public", "{handle} acompte de {n_amount} à {n_amount:2}, {n_pct} de plus pour la même consommation {n_hashtag}")
t("energy", "fr-be", "messenger", "Je n'arrive pas à me connecter à mon espace client. {@login}. Je veux juste voir ma facture {n_invoice}.")

t("shop", "fr-be", "DM", "Le colis {n_track} est au point relais depuis une semaine mais je n'ai jamais reçu de message. Commande {n_order}.")
t("shop", "fr-be", "messenger", "Le paiement par carte ne passe pas sur votre site : {@card}. Erreur {n_err}.")
t("airline", "fr-be", "DM", "Vol {n_flight} du {n_date} annulé. Remboursement de {n_amount} sur {iban} svp.")
t("api", "fr-be", "email", "Objet : clé API\n\nBonjour {brand},\n\nNotre intégration renvoie {n_err} depuis le {n_date}. {@api}. Nous utilisons la version {n_fw}.\n\nCordialement,\n{fullname}\n{n_kvk}")
t("api", "fr-be", "DM", "Nous avons publié notre token par erreur sur un forum public : {@tok}. Pouvez-vous le révoquer ?")

# ============================ more: mostly span-free traffic ================

t("bank", "nl", "DM", "Ik kan de pincode van mijn nieuwe pas nergens vinden in de app (versie {n_version}). Waar staat die? De oude pas verliep op {n_date}.")
t("bank", "nl", "x_dm", "Bij het pinnen krijg ik foutcode {n_err}, terwijl ik om {n_time} nog gewoon {n_amount} heb opgenomen bij dezelfde automaat.")
t("bank", "nl", "DM", "Er belt iemand vanaf {n_cphone} die zegt dat hij van de fraudeafdeling is en vraagt naar mijn pincode en de code uit de app. Is dit echt jullie nummer??")
t("bank", "nl", "agent_reply", "Hoi! Je kunt een nieuwe pincode aanvragen via {n_url}. De pincode komt binnen 5 werkdagen per post, los van de pas. Wij vragen nooit om je pincode of sms-code. {init}")
t("bank", "nl", "PUB", "{handle} waarom moet ik na elke update ({n_version}) opnieuw een pincode instellen voor de app? Irritant {n_hashtag}")
t("bank", "nl", "messenger", "Hoe verander ik de pincode van mijn creditcard? In de app staat onder 'Kaarten' alleen {n_mask_card} en een knop die {n_err} geeft.")
t("telco", "nl", "DM", "Jullie nieuwe tarief is {n_amount} per maand voor {n_gb} data, dat is {n_pct} duurder dan vorig jaar. Kan ik kosteloos opzeggen? Contract loopt tot {n_date}.")
t("telco", "nl", "x_dm", "Er staat een storing op {n_url} maar mijn modem {n_modem} knippert rood met code {n_err}. Is dat dezelfde storing?")
t("telco", "nl", "messenger", "Waar vind ik de pukcode? Niet op de simkaarthouder want die heb ik weggegooid 🙈 Telefoon is een {n_phonemodel}.")
t("telco", "nl", "agent_reply", "Hoi {first}, het wifi-wachtwoord staat op de sticker onderop je {n_modem}, achter 'WPA-key'. Deel het liever niet in de chat. Werkt het daarna nog niet? Bel dan {n_cphone}.")
t("telco", "nl", "x_public", "{handle} wifi code op de sticker van de nieuwe {n_modem} is onleesbaar, gedrukt in lichtgrijs op wit. Wie verzint dat {n_hashtag}")
t("energy", "nl", "DM", "Kan ik mijn energiecontract opzeggen per {n_date}? Mijn meterstand is dan ongeveer {n_meter} en ik verbruik zo'n {n_kwh} per jaar.")
t("energy", "nl", "messenger", "Ik heb een betalingsherinnering gehad voor factuur {n_invoice}, maar die heb ik op {n_date} al betaald ({n_amount}). Kenmerk stond erbij.")
t("energy", "nl", "x_public", "{handle} jaarafrekening zegt {n_m3} gas terwijl ik een warmtepomp heb sinds {n_year} 🤔 {n_hashtag}")
t("shop", "nl", "DM", "Ik heb bestelling {n_order} geplaatst en de verzendcode {n_track} werkt niet op de site van de bezorger. Ik zie alleen 'onbekende code'.")
t("shop", "nl", "x_dm", "De kortingscode uit jullie nieuwsbrief werkt niet op artikel {n_sku}. Het gaat om {n_amount}. Foutmelding {n_err}.")
t("shop", "nl", "PUB", "{handle} bestelling {n_order} al 3x 'morgen bezorgd'. Trackingcode {n_track} zegt sinds {n_date} niks meer {n_hashtag}")
t("housing", "nl", "DM", "De huurverhoging van {n_pct} per {n_date} is toch hoger dan wettelijk toegestaan? Ik betaal nu {n_amount} en heb een sociale huurwoning.")
t("housing", "nl", "x_dm", "Wanneer komt de monteur? De afspraak stond op {n_date} tussen {n_time} en {n_time:2}, niemand gekomen. Referentie {n_ticket}.")
t("housing", "nl", "agent_reply", "Hoi {first}, de servicekosten voor {n_year} zijn {n_amount} per maand. De afrekening volgt voor {n_date}. Heb je nog vragen, bel dan {n_cphone} of kijk op {n_url}. {init}")
t("transport", "nl", "DM", "Mijn reiskaart is om {n_time} niet uitgecheckt in de bus, nu is er {n_amount} ingehouden. Ik heb de bus van {n_time:2} terug genomen, dat zie je ook in het overzicht.")
t("transport", "nl", "PUB", "{handle} poortjes op het station weer kapot, code {n_err} op het scherm en een rij van 30 mensen {n_hashtag}")
t("gov", "nl", "DM", "Ik heb mijn BSN nog niet ontvangen na de inschrijving bij de gemeente op {n_date}. Wanneer komt de brief? Ik moet {n_date:2} beginnen met werken.")
t("gov", "nl", "x_public", "{handle} {n_amount} voor een paspoort en dan 6 weken wachten. Afspraakcode kwam om {n_time} binnen en om {n_time:2} was het al vol {n_hashtag}")
t("gov", "nl", "agent_reply", "Beste {first}, u kunt uw sms-code niet per mail ontvangen. Heeft u geen toegang meer tot uw nummer, vraag dan een activeringscode per brief aan via {n_url}. Wij vragen nooit om uw wachtwoord.")
t("lottery", "nl", "DM", "Wanneer is de volgende trekking? Ik heb op {n_date} {n_amount} ingelegd en zie mijn lot nog niet in de app (versie {n_version}).")
t("dating", "nl", "DM", "Ik krijg steeds 'verificatiecode ongeldig' (foutcode {n_err_cue}) als ik mijn nummer wil koppelen. App versie {n_version} op een {n_phonemodel}.")
t("dating", "nl", "agent_reply", "Hoi {first}, deel nooit je wachtwoord of een sms-code, ook niet met ons. Je kunt je wachtwoord resetten via {n_url}. Referentie {n_ticket}.")
t("gym", "nl", "DM", "Wat is het wachtwoord van de gastenwifi in de sportschool in {city}? Op het bord bij de balie staat alleen de netwerknaam. Ik heb een {n_phonemodel}.")
t("gym", "nl", "x_public", "{handle} prijs van {n_amount} naar {n_amount:2} per 4 weken, {n_pct} erbij zonder aankondiging {n_hashtag}")
t("loyalty", "nl", "DM", "De code op het bonnetje van de statiegeldautomaat ({n_ean}) wordt niet geaccepteerd aan de kassa. Het ging om {n_amount}.")
t("loyalty", "nl", "x_dm", "Mijn spaarkaart is vervangen, maar de punten staan nog op de oude kaart {n_mask}. Bon van {n_date} met artikelcode {n_sku} erbij.")
t("health", "nl", "DM", "Ik heb een machtigingscode nodig voor mijn moeder maar het invulformulier op {n_url} geeft {n_err}. Ik wil alleen haar declaratie van {n_amount} indienen.")
t("health", "nl", "x_public", "{handle} eigen risico {n_amount} en dan nog {n_pct} eigen bijdrage voor de fysio. Wat betaal ik eigenlijk premie voor {n_hashtag}")
t("hospital", "nl", "DM", "Ik heb een afspraak op {n_date} om {n_time}, maar in het portaal staat {n_time:2}. Welke klopt? De bevestigingscode staat niet in de mail.")
t("pension", "nl", "DM", "Klopt het dat mijn pensioen per {n_date} met {n_pct} wordt verhoogd? In het portaal zie ik nog {n_amount_big} bruto per jaar.")
t("school", "nl", "DM", "De wifi code voor ouders op de informatieavond van {n_date} werkte niet, stond op het bord bij de ingang. Kunnen jullie de presentatie mailen?")
t("lease", "nl", "DM", "Mijn leaseauto geeft foutcode {n_err} op het dashboard en de tankpas werkt niet bij het pompstation, pincode wordt geweigerd. Kilometerstand {n_meter}.")
t("airline", "nl", "DM", "Mijn boarding pass voor {n_flight} op {n_date} laadt niet in de app ({n_version}). Check-in sluit om {n_time}.")
t("insurer", "nl", "DM", "Mijn premie gaat per {n_date} van {n_amount} naar {n_amount:2} per maand voor dezelfde autoverzekering. Dossier {n_ticket}.")
t("api", "nl", "DM", "Rate limit: na {n_req} per minuut krijgen we {n_err}. Staat in jullie docs op {n_url} niet zo. Onze SDK is {n_fw}.")

t("bank", "nl-be", "DM", "Hoe lang duurt het voor ik mijn nieuwe pincode krijg? Bankkaart werd ingeslikt op {n_date} om {n_time}, foutcode {n_err}.")
t("telco", "nl-be", "DM", "Waar vind ik de PUK-code van mijn gsm? Ik heb de kaart van de simkaart niet meer. Toestel {n_phonemodel}.")
t("telco", "nl-be", "agent_reply", "Dag {first}, uw PUK-code kan u zelf opvragen via {n_url} na aanmelden. Geef die code nooit door aan iemand die u belt. Dossier {n_ticket}.")
t("energy", "nl-be", "DM", "Mijn voorschotfactuur {n_invoice} van {n_amount} is dubbel gedomicilieerd op {n_date}. Kan dat teruggestort worden?")
t("shop", "nl-be", "x_public", "{handle} pakje {n_track} al 5 dagen 'in sorteercentrum' {n_hashtag}")
t("gov", "nl-be", "DM", "Mijn eID-pincode ben ik kwijt, de brief met de PUK-code ook. Kan ik een nieuwe aanvragen in {city}? Ik heb al {n_amount} betaald voor de kaart.")
t("health", "nl-be", "DM", "Mijn terugbetaling van {n_amount} van {n_date} staat nog altijd op 'in behandeling'. Dossiernummer {n_ticket}.")
t("housing", "nl-be", "agent_reply", "Dag {first}, de herstelling is ingepland op {n_date} tussen {n_time} en {n_time:2}. U hoeft niets door te geven, de technieker belt vooraf via {n_cphone}.")
t("transport", "nl-be", "x_public", "{handle} tram van {n_time} weer niet gereden en de app zegt nog altijd 'op tijd' {n_hashtag}")
t("school", "nl-be", "DM", "De schoolrekening {n_invoice} van {n_amount} voor de uitstap van {n_date} is twee keer aangerekend. Kan dat nagekeken worden?")

t("bank", "en", "DM", "Where can I find my card PIN? The new card arrived on {n_date} but no PIN letter. App version {n_version}.")
t("telco", "en", "agent_reply", "Hi {first}, the wifi password is printed on the sticker under your {n_modem} (the 'WPA key' line). Please don't share it in this chat. Ref {n_ticket}.")
t("gov", "en", "DM", "I registered at the town hall on {n_date} but haven't received my BSN letter. When does it arrive? My employer needs it by {n_date:2}.")
t("housing", "en", "PUB", "{handle} rent went up {n_pct} from {n_date} and the heating still doesn't work {n_hashtag}")
t("health", "en", "DM", "My premium went from {n_amount} to {n_amount:2} per month. Why? Invoice {n_invoice}.")
t("bank", "en-gb", "DM", "Can I change my card PIN in the app? It only shows {n_mask_card} and gives error {n_err}.")
t("telco", "en-gb", "DM", "I'm paying {n_amount} a month for {n_mbps} and getting about a third of that. Router is a {n_modem}, firmware {n_fw}.")
t("shop", "en-gb", "x_public", "{handle} order {n_order} 'out for delivery' since {n_date}. Tracking {n_track} hasn't updated {n_hashtag}")
t("energy", "en-gb", "agent_reply", "Hi {first}, thanks for your meter reading of {n_meter}. Your next bill will be {n_amount}. If you'd like to discuss your direct debit please call {n_cphone}. {init}")
t("transport", "en-gb", "DM", "Delay repay claim for the {n_time} on {n_date}: ticket cost {n_amount}. Claim reference {n_ticket}.")
t("bank", "en-us", "DM", "Got a text from {n_cphone} saying my card is locked and to reply with my PIN. Is that you? Card ending {n_mask_card}.")
t("shop", "en-us", "DM", "Promo code gives {n_err} on item {n_sku}, and my cart total is {n_amount}. Order will be {n_order} if it goes through lol")
t("telco", "en-us", "x_public", "{handle} outage in {city} since {n_time}. Paying for {n_mbps}, getting zero {n_hashtag}")
t("airline", "en-us", "x_public", "{handle} {n_flight} delayed again, gate changed 3 times. Departure was {n_time} {n_hashtag}")
t("dating", "en-us", "agent_reply", "Hi {first}, we'll never ask for your password or a verification code. Reset your password at {n_url}. Case {n_ticket}.")

t("bank", "fr-be", "DM", "Combien de temps pour recevoir mon nouveau code PIN ? Ma carte a été avalée le {n_date} à {n_time}, code erreur {n_err}.")
t("telco", "fr-be", "DM", "Où trouver le code PUK de mon gsm ? Je n'ai plus le support de la carte SIM. Appareil {n_phonemodel}.")
t("telco", "fr-be", "agent_reply", "Bonjour {first}, vous pouvez consulter votre code PUK via {n_url} après connexion. Ne le communiquez jamais à quelqu'un qui vous appelle. Dossier {n_ticket}.")
t("energy", "fr-be", "DM", "Ma facture d'acompte {n_invoice} de {n_amount} a été domiciliée deux fois le {n_date}. Pouvez-vous rembourser ?")
t("shop", "fr-be", "x_public", "{handle} colis {n_track} bloqué « au centre de tri » depuis 5 jours {n_hashtag}")
t("gov", "fr-be", "DM", "J'ai perdu le code PIN de ma carte d'identité et la lettre avec le code PUK aussi. Je peux en redemander à {city} ? J'ai déjà payé {n_amount}.")
t("health", "fr-be", "DM", "Mon remboursement de {n_amount} du {n_date} est toujours « en traitement ». Numéro de dossier {n_ticket}.")
t("housing", "fr-be", "agent_reply", "Bonjour {first}, la réparation est prévue le {n_date} entre {n_time} et {n_time:2}. Le technicien vous appellera au préalable depuis le {n_cphone}.")
t("transport", "fr-be", "x_public", "{handle} le bus de {n_time} encore supprimé et l'appli affiche « à l'heure » {n_hashtag}")
t("school", "fr-be", "DM", "La facture scolaire {n_invoice} de {n_amount} pour l'excursion du {n_date} a été comptée deux fois. Vous pouvez vérifier ?")
t("gym", "fr-be", "DM", "Quel est le code wifi de la salle à {city} ? Sur le panneau il n'y a que le nom du réseau. J'ai un {n_phonemodel}.")
t("lottery", "fr-be", "x_public", "{handle} tirage du {n_date} : l'appli affiche {n_err} quand je veux voir mes résultats {n_hashtag}")

# ============================ more: IP addresses ============================

t("bank", "nl", "DM", "Ik kreeg een melding van een inlogpoging vanaf IP-adres {ip} om {n_time}. Dat was ik niet! Mijn rekening is {iban}.")
t("dating", "nl", "messenger", "In mijn accountgeschiedenis zie ik logins vanaf {ip} en {ip:2}, terwijl ik gewoon thuis in {city} zit. Mijn gebruikersnaam is {username}.")
t("telco", "nl", "DM", "Mijn publieke IP is {ip} maar ik kan mijn camera niet van buitenaf bereiken. Modem {n_modem}, poort doorgestuurd.")
t("gym", "nl", "email", "Onderwerp: account geblokkeerd\n\nHallo,\n\nMijn {brand} account is geblokkeerd omdat er vanaf een onbekend IP-adres ({ip}) is ingelogd. Dat was ik zelf op vakantie. Mijn e-mailadres is {email}.\n\n{@sig}")
t("api", "en", "DM", "Please whitelist our server IP {ip} for the webhook callbacks. {@api}.")
t("telco", "en-gb", "DM", "my IP address is {ip} and the game server says it's blacklisted, can you give me a new one?")
t("bank", "fr-be", "DM", "Connexion suspecte depuis l'adresse IP {ip} à {n_time}, ce n'était pas moi. Mon identifiant est {username}.")
t("dating", "nl-be", "DM", "Er is aangemeld op mijn account vanaf IP-adres {ip}, dat ben ik niet. Login {username}.")
t("dating", "en-us", "DM", "Got an email about a sign-in from {ip} in another state. Wasn't me. My email on the account is {email}.")
t("shop", "nl", "DM", "Jullie fraudecheck blokkeert mijn bestelling {n_order}, omdat mijn IP ({ip}) 'verdacht' zou zijn. Ik zit gewoon thuis op de glasvezel.")
t("api", "fr-be", "email", "Objet : liste blanche IP\n\nBonjour,\n\nMerci d'ajouter l'IP de notre serveur {ip} à la liste blanche. Clé API : {api}.\n\n{@sig}")
t("telco", "nl-be", "messenger", "Mijn IP-adres is {ip} volgens de speedtest, maar mijn thuisserver is niet bereikbaar. Modem {n_modem}.")
t("gov", "en", "DM", "The tax portal says my session from {ip} was ended for security reasons and now my account is locked. My BSN is {bsn}.")
t("hospital", "nl", "DM", "Het patiëntenportaal meldt 'inlog vanaf nieuw apparaat, IP {ip}'. Was ik zelf, maar nu ben ik geblokkeerd.")

# ============================ more: scarce high-risk types ===================

# -- CVV / card
t("shop", "nl", "DM", "Betalen lukt niet: kaart {card}, {exp}, {@cvv}. Ik krijg {n_err} en de bestelling ({n_amount}) blijft hangen.")
t("airline", "nl", "messenger", "Ik heb een ticket geboekt met creditcard {card}. Ze vroegen de beveiligingscode ({cvv}) en daarna crashte de site, maar er is wel {n_amount_big} afgeschreven. Vlucht {n_flight}.")
t("gym", "nl", "DM", "nieuwe creditcard voor mijn abonnement: {card_mc} geldig tot {exp} en de cvc is {cvv}. lidnummer {cust}")
t("lottery", "nl", "email", "Onderwerp: betaalwijze wijzigen\n\n{@hi}\n\nIk wil mijn loten voortaan met creditcard betalen in plaats van via incasso:\n\nKaart: {card_visa}\nGeldig tot: {exp}\n{@cvv}\n\nKlantnummer {cust}.\n\n{@sig}")
t("dating", "nl", "instagram_dm", "premium afgesloten met {card} maar 2x afgeschreven ({n_amount}) 😡 moet ik de code achterop ook sturen?? {cvv}")
t("elderly", "nl", "DM", "Mijn vader heeft zijn creditcardgegevens ingevuld op een nepsite: {card}, {exp}, {@cvv}. Graag direct blokkeren! Hij is 84 en snapt dit allemaal niet.")
t("transport", "nl", "DM", "Creditcard toevoegen in de reisapp lukt niet. {@card}, {@cvv}. Foutmelding {n_err}.")
t("shop", "nl-be", "messenger", "Mijn kredietkaart wordt geweigerd op jullie webshop: {card} vervalt {exp}, {@cvv}. Winkelmandje {n_amount}.")
t("airline", "nl-be", "DM", "Boeking betaald met {card} ({exp}), {@cvv} werd gevraagd en dan kreeg ik {n_err}. Vlucht {n_flight}.")
t("gym", "en", "DM", "Updating my card for the membership: {card} exp {exp}, {@cvv}. Member number {cust}.")
t("lottery", "en-gb", "email", "Subject: Payment card\n\n{@hi}\n\nPlease switch my lottery subscription to this card:\n{card_visa}\nExpiry {exp}\n{@cvv}\n\n{@sig}")
t("airline", "en-us", "DM", "Booked with {card}, exp {exp}, {@cvv} and the page errored out ({n_err}) but I was charged {n_amount}. Flight {n_flight}.")
t("dating", "en-gb", "messenger", "I was charged twice for premium on {card}. {@cvv} if you need it for the refund.")
t("shop", "fr-be", "DM", "Ma carte est refusée : {card}, expire {exp}, {@cvv}. Panier de {n_amount}, erreur {n_err}.")
t("airline", "fr-be", "messenger", "J'ai réservé avec ma carte {card} ({exp}), on m'a demandé le cryptogramme ({cvv}) puis {n_err}. Vol {n_flight}.")
t("gym", "fr-be", "DM", "nouvelle carte pour mon abonnement : {card_mc} valable jusqu'au {exp}, {@cvv}. numéro de membre {cust}")
t("elderly", "fr-be", "DM", "Mon père a donné ses données de carte à un faux site : {card}, {exp}, {@cvv}. Bloquez-la svp !")

# -- BSN
t("health", "nl", "whatsapp telegram", "goedemiddag ik wil mijn pasgeboren dochter aanmelden {daughter} geboren op {dob_baby} {@bsn} ik ben zelf verzekerd onder klantnummer {cust}")
t("gov", "nl", "DM", "Voor de kwijtschelding vraagt het formulier mijn BSN maar het veld geeft {n_err}. Ik vul {bsn} in, 9 cijfers, klopt toch?")
t("school", "nl", "messenger", "Voor de kinderopvangtoeslag hebben jullie het BSN van {kid} nodig zeggen ze. {@bsn}. Geboortedatum {dob_kid}.")
t("hospital", "nl", "email", "Onderwerp: verwijzing\n\n{@hi}\n\nDe huisarts heeft mij doorverwezen. Mijn gegevens:\nNaam: {fullname}\n{@dob}\n{@bsn}\nVerzekeraar: {brand_insurer}\n\n{@sig}")
t("pension", "nl", "DM", "Bij het aanvragen van mijn pensioen vraagt de site om mijn BSN. Ingevuld ({@bsn}) en nu staat er {n_err}.")
t("elderly", "nl", "whatsapp", "{wa_ts} {fullname}: ik heb de gegevens van mijn vader\n{wa_ts} {fullname}: {fullname:v}\n{wa_ts} {fullname}: {dob_old}\n{wa_ts} {fullname}: {bsn}\n{wa_ts} {brand_pension}: Dank u. Wij nemen contact op met uw vader zelf, i.v.m. privacy.")
t("gov", "en", "email", "Subject: Allowance application\n\n{@hi}\n\nHere are my details for the healthcare allowance:\n- {@bsn}\n- {@dob}\n- IBAN {iban}\n\n{@sig}")
t("health", "en", "messenger", "The insurer form keeps rejecting my BSN. I type {bsn} and it says {n_err}. I got it from the municipality on {n_date}.")
t("bank", "en", "DM", "To open the account you asked for my BSN. Here it is: {@bsn}. Is that safe to send here? Also my DOB is {dob}.")
t("pension", "nl-be", "email", "Onderwerp: Nederlandse pensioenopbouw\n\nGeachte,\n\nIk heb van {n_year} tot {n_year:2} in Nederland gewerkt. {@bsn}. Mijn rekening is {iban}.\n\n{@sig}")
t("gov", "fr-be", "DM", "Je suis frontalier et je travaille aux Pays-Bas. Le formulaire demande mon numéro BSN : {@bsn}, c'est bien ça ?")
t("health", "nl-be", "DM", "Ik werk in Nederland en mijn werkgever vraagt of de zorgverzekering daar via jullie loopt. {@bsn}, lidnummer {cust}.")

# -- API keys / tokens (developers and tech-savvy consumers)
t("energy", "nl", "DM", "Ik koppel mijn thuisbatterij via jullie API aan Home Assistant. {@api}, maar ik krijg {n_err}. Klantnummer {cust}.")
t("energy", "nl", "messenger", "De integratie met mijn slimme thermostaat ({n_thermo}) stopt telkens. Ik heb deze token gegenereerd in de app: {@tok}")
t("shop", "nl", "email", "Onderwerp: koppeling webshop\n\nHoi {brand},\n\nOnze WooCommerce-koppeling werkt niet meer sinds {n_date}. Consumer key {api_ck}, consumer secret {api_cs}. Plugin versie {n_version}.\n\n{@sig}")
t("api", "nl", "telegram", "hoi, onze pipeline faalt op de deploy. dit staat in de log:\n{@api}\n{@tok}\nfout {n_err}")
t("api", "nl", "DM", "we hebben per ongeluk onze .env gedeeld in jullie community forum:\nAPI_KEY={api}\nSECRET_TOKEN={tok_hex}\nkunnen jullie die revoken?")
t("loyalty", "nl", "DM", "Ik bouw een klein scriptje om mijn bonnen op te halen. Na inloggen krijg ik deze sessietoken: {tok_sess}. Vanaf vandaag geeft elke call {n_err}. Is de API veranderd?")
t("bank", "nl", "DM", "De link om mijn account te activeren werkt niet: {reset_url}. Krijg {n_err}.")
t("gym", "nl", "DM", "Ik kreeg een mail om mijn wachtwoord te resetten maar dat heb ik niet aangevraagd. Dit was de link: {reset_url}")
t("energy", "nl-be", "DM", "Mijn zonnepanelen-omvormer kan ik uitlezen via jullie API. {@api} geeft sinds {n_date} alleen nog {n_err}.")
t("api", "nl-be", "telegram", "onze webhook geeft {n_err}. header: Authorization: Bearer {jwt}")
t("housing", "nl-be", "DM", "De activatielink voor het huurdersplatform is verlopen: {reset_url}")
t("api", "en", "email", "Subject: Payments failing\n\nHi,\n\nSince {n_date} payments fail with {n_err}. Our live secret key is {api_sk}, publishable {api_pk}. Can you check the account?\n\n{@sig}")
t("api", "en-gb", "DM", "Our CI leaked a token in public logs: {@tok}. Please revoke asap.")
t("api", "en-us", "telegram", "quick one: {@api} works in test mode but live calls return {n_err}. using sdk {n_fw}")
t("energy", "en", "DM", "I'm connecting my heat pump to your API for my home dashboard. {@api}, returns {n_err}. Customer number {cust}.")
t("dating", "en-us", "DM", "Got a password reset email I didn't ask for. Link was {reset_url} - is this legit?")
t("shop", "en-gb", "email", "Subject: Shop integration\n\nHi,\n\nThe order sync stopped on {n_date}. Our SendGrid key for the notifications is {api_sg} and the Google Maps key is {api_google}. Could either be the problem?\n\n{@sig}")
t("api", "fr-be", "telegram", "salut, le déploiement échoue. dans les logs :\n{@api}\n{@tok}\nerreur {n_err}")
t("energy", "fr-be", "DM", "J'essaie de lier ma batterie domestique via votre API. {@api} renvoie {n_err}. Numéro client {cust}.")
t("dating", "fr-be", "DM", "J'ai reçu un lien de réinitialisation que je n'ai pas demandé : {reset_url}. C'est une arnaque ?")

# -- PIN
t("bank", "nl", "whatsapp", "{wa_ts} {fullname}: ik heb een nieuwe pas maar de pincode werkt niet\n{wa_ts} {brand}: Vervelend! Heb je de pincode al geactiveerd bij een automaat?\n{wa_ts} {fullname}: ja de code uit de brief, {pin}\n{wa_ts} {brand}: Stuur je pincode nooit via de chat. Ik blokkeer deze pas voor de zekerheid.")
t("health", "nl", "DM", "De app-pincode van {brand} is na de update kwijt. Ik had {pin5}, nu wil hij een nieuwe maar de sms komt niet.")
t("lease", "nl", "messenger", "Tankpas geweigerd bij de pomp terwijl ik het goed intoets: {@pin}. Foutcode {n_err_cue}.")
t("elderly", "nl", "DM", "Mijn schoonvader schrijft zijn pincode op een briefje in zijn portemonnee ({pin}) en nu is die portemonnee gestolen. Pas blokkeren aub! Rekening {iban}.")
t("transport", "nl", "DM", "De app van {brand} vraagt bij opstarten een 6-cijferige pincode. Ik heb {pin6} ingesteld maar hij zegt 'onjuist'.")
t("bank", "nl-be", "whatsapp", "dag, mijn bankkaart is geblokkeerd na 3 pogingen. volgens mij klopt het gewoon: {@pin}. kaart eindigt op {n_mask_card}")
t("bank", "en-gb", "messenger", "My new card PIN doesn't work. {@pin}, the one from the letter. Card ending {n_mask_card}.")
t("health", "en", "DM", "The health app asks for a PIN on each start. I set it up with {@pin}, now it's rejected after update {n_version}.")
t("bank", "fr-be", "whatsapp", "bonjour ma carte est bloquée après 3 essais. pourtant je suis sûr du code : {@pin}. carte se terminant par {n_mask_card}")
t("lease", "fr-be", "DM", "Carte carburant refusée à la pompe alors que je tape bien le code : {@pin}. Erreur {n_err_cue}.")

# -- wifi key
t("housing", "nl", "DM", "In mijn studentenkamer werkt de wifi van {brand} niet. Ik heb het wachtwoord van de brief: {@wifi}. Kamer 3.12, gebouw B.")
t("school", "nl", "messenger", "De gastenwifi op school vraagt om een sleutel. De conciërge gaf mij {wifi} maar die werkt niet op mijn {n_phonemodel}.")
t("lease", "nl", "DM", "De wifi-hotspot in mijn leaseauto doet het niet. {@wifi}. Foutcode {n_err} in het scherm.")
t("elderly", "nl", "DM", "Ik help mijn oma met haar nieuwe tablet. Van de sticker op de {n_modem}: {@wifi}. Maar hij zegt 'kan geen verbinding maken'.")
t("telco", "nl", "email", "Onderwerp: wifi werkt niet na verhuizing\n\n{@hi}\n\nNa de verhuizing naar {addr} doet de wifi het niet meer. Modem {n_modem}. {@wifi}. Netwerknaam {ssid}.\n\n{@sig}")
t("housing", "nl-be", "DM", "In mijn studio is er gedeelde wifi van de verhuurder. {@wifi}, maar het werkt niet. Kamer 12.")
t("telco", "nl-be", "email", "Onderwerp: wifi na verhuis\n\n{@hi}\n\nSinds de verhuis werkt de wifi niet meer. {@wifi}. Modem {n_modem}.\n\n{@sig}")
t("hospital", "en", "DM", "The patient wifi in room 4.17 isn't working. The nurse wrote it down for me: {@wifi}. My phone says wrong password.")
t("telco", "en-us", "email", "Subject: Wifi not working after reset\n\n{@hi}\n\nAfter a factory reset of the {n_modem}, my devices won't connect. {@wifi}. SSID {ssid}.\n\n{@sig}")
t("housing", "en-gb", "DM", "The wifi in the flat the landlord provides stopped working. {@wifi}. Flat 3, {addr}.")
t("housing", "fr-be", "DM", "Le wifi partagé du kot ne marche pas. {@wifi}. Chambre 8.")
t("elderly", "fr-be", "messenger", "J'aide ma grand-mère avec sa tablette. D'après l'autocollant du {n_modem} : {@wifi}. Mais ça ne se connecte pas.")

# -- PUK (extra)
t("elderly", "nl", "messenger", "Mijn vader ({fullname:v}) heeft 3x de verkeerde pincode ingetoetst op zijn {n_phonemodel}. {@puk}, staat op het kaartje. Mag ik die invoeren?")
t("telco", "en", "DM", "My Dutch SIM asks for a PUK. {@puk}. Number {phone_nl}. It's a prepaid card.")

# ============================ more: writing styles with high-risk values =====

t("gov", "nl", "whatsapp telegram", "ik probeer in te loggen op de site van de belasting maar ik krijg steeds een foutmelding mijn gebruikersnaam is {username} en mijn wachtwoord {password} en dan komt er een sms maar die is al verlopen als ik hem krijg de laatste was {otp} ik heb het nu al vier keer geprobeerd")
t("gov", "nl", "email", "Onderwerp: verhuizing en toeslagen\n\nBeste mensen,\n\nIk weet niet goed of ik hier moet zijn maar ik probeer het gewoon. Wij zijn op {n_date} verhuisd van {addr:o} naar {addr} en nu krijg ik een brief dat mijn zorgtoeslag wordt stopgezet omdat ik niet op het juiste adres sta. Bij de gemeente zeggen ze dat het wel goed staat en die verwijzen mij naar jullie, en jullie telefoonnummer ({n_cphone}) is steeds in gesprek. Ik heb drie kinderen en die toeslag hebben we echt nodig. Mijn BSN is {bsn} en het rekeningnummer waar het op moet is {iban}, dat is niet veranderd. Kunt u mij terugbellen op {phone}? Ik ben na {n_time} thuis.\n\nMet vriendelijke groet,\n{fullname}")
t("health", "nl", "DM", "Ik stuur even wat ik op mijn scherm zie want een foto lukt niet: bovenaan staat 'Mijn {brand}', daaronder 'Voer de code in die we naar {n_mask} hebben gestuurd'. Ik heb {otp} ingevuld en dan wordt het scherm rood met {n_err}.")
t("dating", "nl", "whatsapp", "mijn wachtwoord was {password} nee sorry dat was het oude, het laatste was {password:2}\nmaar dat is dus veranderd door die hacker\nmijn username is nog steeds {username} zie ik")
t("bank", "nl", "whatsapp", "{wa_ts} {brand}: Hoi {first}, wat is het telefoonnummer dat bij je account hoort?\n{wa_ts} {fullname}: {phone}\n{wa_ts} {fullname}: moet je ook mijn inlog hebben? {@login}\n{wa_ts} {brand}: Nee, die hebben we nooit nodig! Wijzig je wachtwoord alsjeblieft meteen.")
t("telco", "nl", "email", "Onderwerp: simkaart geblokkeerd\n\nHallo,\n\n1. naam: {fullname}\n2. geboortedatum: {dob}\n3. klantnummer: {cust}\n4. {@puk}\n5. telefoonnummer: {phone}\n\nDe PUK wordt niet geaccepteerd, wat nu?\n\n{@bye}")
t("school", "nl", "messenger", "Het ouderaccount staat op mijn mailadres {email}, wachtwoord {password}. Sinds {n_date} zegt de app {n_err} bij inloggen. Andere ouders hebben het ook.")
t("loyalty", "nl", "DM", "Kreeg net dit van {brand}: {@otpsms} Ik heb helemaal geen bestelling gedaan! Iemand zit in mijn account.")
t("transport", "nl", "messenger", "Inloggen op Mijn {brand}: {@login}. Foutmelding {n_err}. Ik wil alleen mijn reishistorie van {n_date} zien voor de declaratie bij mijn werkgever.")
t("lottery", "nl", "DM", "Iemand heeft mijn {brand}-account gebruikt om {n_amount_big} prijzengeld op te nemen naar rekening {iban_foreign}. Mijn eigen rekening is {iban}. Gebruikersnaam {username}.")
t("pension", "nl", "whatsapp telegram", "goedemiddag mijn man is vorige maand overleden en ik wil weten of ik nu zijn pensioen krijg zijn bsn was {bsn:h} en die van mij is {bsn} wij woonden samen op {addr} ik heb geen computer dus mijn zoon typt dit")
t("health", "nl", "DM", "Nieuwe telefoon en de app vraagt om een activatiecode. Code uit de brief: {otp_alnum}, daarna de sms-code {otp}. Beide worden afgewezen.")
t("gym", "nl", "whatsapp", "{wa_ts} {brand}: Hoi! Met welk e-mailadres of gebruikersnaam log je in?\n{wa_ts} {fullname}: {username}\n{wa_ts} {brand}: Dank je, ik stuur een resetlink.\n{wa_ts} {fullname}: ok maar het ww was gewoon {password} hoor, heb niks veranderd")
t("elderly", "nl", "DM", "Mijn moeder (89) belde me in paniek: iemand 'van de bank' heeft haar pas opgehaald en ze heeft de pincode ({pin}) op een briefje erbij gedaan. Rekening {iban}. Kunnen jullie alles blokkeren?")
t("telco", "nl", "DM", "Op het scherm staat: 'SIM-kaart geblokkeerd. Voer PUK in.' Op het plastic kaartje staat PIN {pin} en PUK {puk}. Die PUK heb ik al 2x ingevoerd, nog 8 pogingen.")
t("bank", "nl", "DM", "Ik heb een nieuw telefoonnummer ({phone}) en moet de app opnieuw activeren. De activatiecode uit de brief is {otp_alnum} en de sms-code {otp}, maar ik krijg {n_err}.")
t("shop", "nl", "email", "Onderwerp: Re: Re: Betaling mislukt\n\nNog steeds niet gelukt. Zie onder.\n\n{first}\n\nOp {n_date} om {n_time} schreef {fullname} <{email}>:\n> Ik probeer te betalen met {card}\n> geldig tot {exp}\n> {@cvv}\n> maar krijg steeds {n_err}\n>\n> Op {n_date:2} schreef {brand}:\n>> Kunt u het nog een keer proberen?")
t("api", "nl", "telegram", "curl -u {api_sk}: https://api.{domain}/v1/charges\ngeeft {n_err}. Gisteren werkte het nog. Account {cust}.")
t("energy", "nl", "email", "Onderwerp: aanmelding nieuw contract\n\n- Naam: {fullname}\n- Adres: {addr}\n- IBAN: {iban}\n- Geboortedatum: {dob}\n- Telefoon: {phone}\n- E-mail: {email}\n- Gewenste ingangsdatum: {n_date}\n- Verbruik: ongeveer {n_kwh}")
t("hospital", "nl", "whatsapp", "{wa_ts} {brand}: Goedemiddag, voor welke patiënt is de vraag? Graag naam en geboortedatum.\n{wa_ts} {fullname}: {fullname:m}\n{wa_ts} {fullname}: {dob_old}\n{wa_ts} {fullname}: bsn {bsn} als jullie dat nodig hebben\n{wa_ts} {brand}: Dank u, het BSN hebben wij niet nodig.")
t("gov", "nl", "DM", "voor de parkeervergunning moet ik inloggen, {@login}, maar daarna zegt hij {n_err}. Kenteken is al gekoppeld.")
t("lease", "nl", "whatsapp", "hoi, app van {brand} vraagt 2FA\ncode {otp_sp}\nwerkt niet\nnieuwe code {otp_sp:2}\nook niet 😤")

t("bank", "nl-be", "whatsapp telegram", "ik heb daarnet iemand aan de lijn gehad die zei dat hij van de bank was en ik moest mijn kaart in de kaartlezer steken en de code invoeren en dan de responscode voorlezen dat was {otp8} en daarna nog eens {otp8:2} is dat normaal")
t("gov", "nl-be", "DM", "Aanmelden bij {brand}: {@login}, en dan de code uit de app {otp}, maar de pagina blijft hangen op {n_err}.")
t("telco", "nl-be", "email", "Onderwerp: gsm geblokkeerd\n\nDag,\n\n- naam: {fullname}\n- klantennummer: {cust}\n- {@puk}\n- gsm-nummer: {phone}\n\nDe PUK-code wordt geweigerd.\n\n{@bye}")
t("health", "nl-be", "email", "Onderwerp: online dossier\n\n{@hi}\n\nIk geraak niet meer op mijn online dossier. {@login}. Daarna zou ik een sms moeten krijgen maar die komt niet op {phone}.\n\n{@sig}")
t("dating", "nl-be", "whatsapp", "mijn paswoord was {password}, nee wacht, dat is dat van mijn mail. 't was {password:2}\nmaar dat werkt dus niet meer sinds gisteren")
t("loyalty", "nl-be", "DM", "Ik kreeg dit bericht: {@otpsms} Maar ik heb niks gekocht. Klantenkaart {cust}.")
t("elderly", "nl-be", "DM", "Mijn vader (82) heeft zijn gsm-pincode 3x fout ingegeven. {@puk}, staat op het kaartje. Kunnen jullie bevestigen dat dat de juiste is? Nummer {phone}.")

t("gov", "en", "email", "Subject: Tax portal locked\n\nHi,\n\nSorry for the long email but I'm getting desperate. I moved to {city} last year for work and I've been trying to file my first Dutch tax return. My login details: {@login}. After that I get a text with a code, but the text takes about 10 minutes to arrive and by then the code has expired. The last one was {otp}. I called {n_cphone} twice and was on hold for over an hour. My BSN is {bsn} in case you need it. The deadline is {n_date}.\n\nThanks,\n{fullname}")
t("bank", "en-gb", "DM", "I got this text: {@otpsms} I didn't try to pay anything. Have I been hacked?")
t("telco", "en-gb", "DM", "Phone screen says 'SIM blocked - enter PUK'. The card it came on says PIN {pin} and PUK {puk}. PUK entered twice, not accepted.")
t("dating", "en-us", "whatsapp", "my password was {password}... no wait that's my old one, it was {password:2}\nanyway it's been changed by whoever hacked me\nusername still shows {username}")
t("gym", "en-gb", "whatsapp", "{wa_ts} {brand}: Hi! What's the username on your account?\n{wa_ts} {fullname}: {username}\n{wa_ts} {brand}: Thanks, I've sent a reset link.\n{wa_ts} {fullname}: the password was {password} though, I never changed it?")
t("shop", "en-us", "email", "Subject: Re: Payment declined\n\nStill not working, see below.\n\n{first}\n\nOn {n_date} at {n_time}, {fullname} <{email}> wrote:\n> I'm trying to pay with {card}\n> exp {exp}\n> {@cvv}\n> and get {n_err} every time.")
t("school", "en", "DM", "My daughter {daughter} can't log into the school portal. {@login}. Her teacher says it's an account problem.")

t("gov", "fr-be", "whatsapp telegram", "bonjour j'essaie de me connecter sur le site des impôts mais ça ne marche pas mon identifiant c'est {username} et mon mot de passe {password} après il m'envoie un code par sms mais il est déjà expiré quand il arrive le dernier c'était {otp}")
t("bank", "fr-be", "DM", "J'ai reçu ce SMS : {@otpsms} Je n'ai rien demandé, c'est du phishing ?")
t("telco", "fr-be", "DM", "L'écran affiche « Carte SIM bloquée. Entrez le PUK ». Sur le support de la carte il y a PIN {pin} et PUK {puk}. J'ai déjà essayé deux fois.")
t("dating", "fr-be", "whatsapp", "mon mot de passe c'était {password} non pardon ça c'est l'ancien, le dernier c'était {password:2}\nmais le pirate l'a changé\nmon identifiant est toujours {username}")
t("health", "fr-be", "email", "Objet : changement de compte\n\n1. nom : {fullname}\n2. date de naissance : {dob}\n3. numéro de membre : {cust}\n4. nouveau compte : {iban}\n5. GSM : {phone}\n\nMerci de faire le changement.\n\n{@bye}")
t("elderly", "fr-be", "DM", "Pour ma mère : identifiant {username:m}, mot de passe {password:m}. Elle ne voit plus ses extraits de compte dans l'appli.")
t("school", "fr-be", "messenger", "Le compte parent est à mon adresse {email}, mot de passe {password}. Depuis le {n_date}, l'appli affiche {n_err}.")

# ============================ more: subscriptions, public leaks, code-switching ==

t("subs", "nl", "DM", "Ik heb mijn {brand} abonnement op {n_date} opgezegd maar er is weer {n_amount} afgeschreven. Klantnummer {cust}, e-mail {email}.")
t("subs", "nl", "x_public", "{handle} prijsverhoging van {n_amount} naar {n_amount:2} per maand, {n_pct} erbij en nog steeds reclame. Opgezegd. {n_hashtag}")
t("subs", "nl", "messenger", "Mijn zoon heeft met mijn account bij {brand} een jaarabonnement afgesloten. Kan dat worden teruggedraaid? Mijn inlog: {@login}. Betaald met {n_mask_card}.")
t("subs", "nl", "email", "Onderwerp: opzegging\n\n{@hi}\n\nHierbij zeg ik mijn abonnement op de krant op per {n_date}. Abonneenummer {cust}. Het bezorgadres is {addr}.\n\nDe laatste betaling van {n_amount} ging van {iban}.\n\n{@sig}")
t("subs", "nl-be", "DM", "Ik wil mijn abonnement op {brand} stopzetten. Abonneenummer {cust}. Er wordt nog altijd {n_amount} gedomicilieerd.")
t("subs", "en-gb", "DM", "Someone's been using my {brand} account, there are profiles I don't recognise. Email {email}, old password was {password}.")
t("subs", "fr-be", "DM", "Je voudrais résilier mon abonnement {brand}. Numéro d'abonné {cust}. Vous prélevez encore {n_amount} sur {iban}.")
t("subs", "en-us", "x_public", "{handle} charged me {n_amount} after I cancelled on {n_date}. Great customer service {n_hashtag}")

t("telco", "nl", "x_public", "{handle} mijn telefoon vraagt om een pukcode en {puk} werkt niet!! Wat nu? Ik zit in het buitenland {n_hashtag}")
t("bank", "nl", "x_public", "{handle} ik heb net code {otp} gekregen terwijl ik niks doe?? Is mijn account gehackt?")
t("gov", "nl", "facebook_comment", "Bij mij ook! Ik log in met {username} en krijg daarna {n_err}. Al de hele ochtend.")
t("telco", "en-gb", "x_public", "{handle} been on hold 40 mins. PUK {puk} rejected, phone useless. Sort it out {n_hashtag}")
t("bank", "fr-be", "x_public", "{handle} j'ai reçu le code {otp} par SMS sans rien demander, c'est normal ?? {n_hashtag}")
t("dating", "nl-be", "instagram_comment", "Mijn account is gehackt!! Met login {username} geraak ik er niet meer in. Stuur GEEN geld naar wie zich voordoet als mij 🙏")

t("bank", "nl-be", "DM", "Bonjour, sorry ik schrijf in het Nederlands. Mijn kaart is geblokkeerd ({@pin}), en ik heb nog 2 pogingen. Rekening {iban}.")
t("telco", "fr-be", "messenger", "Bonjour, mijn gsm vraagt om de PUK, sorry je mélange les langues. {@puk}. GSM {phone}.")
t("gov", "en", "messenger", "Hoi, sorry my Dutch is not good. I try to log in to {brand}: gebruikersnaam {username}, wachtwoord {password}. Then sms code {otp} and 'fout'. Help?")
t("housing", "nl", "whatsapp", "hi sorry for English, I rent from {brand} since {n_date}. The wifi in the building does not work, the caretaker gave me this: {@wifi_en}. Room 14.")
t("health", "fr-be", "DM", "Bonjour, ik heb een vraagje: mijn terugbetaling. Numéro de membre {cust}, IBAN {iban}. Merci!")

t("elderly", "nl", "whatsapp telegram", "hallo ik ben de buurvrouw van meneer {fullname:v} hij is 92 en hij heeft geen familie meer hij heeft mij gevraagd om te helpen met zijn bank want hij krijgt steeds brieven hij heeft mij zijn gegevens gegeven rekeningnummer {iban} pincode {pin} ik weet dat ik die niet mag hebben maar ik wil gewoon dat hij geholpen wordt hij woont op {addr} en zijn telefoon is {phone_landline}")
t("gov", "nl", "email", "Onderwerp: al drie keer gebeld\n\nGeachte heer of mevrouw,\n\nIk schrijf u omdat ik er echt niet meer uit kom. In januari kreeg ik een brief over de gemeentelijke belastingen ({n_amount} voor afval en {n_amount:2} voor riool), die heb ik betaald. Toen kwam er in maart een aanmaning met kenmerk {n_invoice}. Ik heb gebeld en toen zei een meneer dat het goed kwam. In april weer een brief, nu met {n_amount:3} incassokosten erbij. Ik ben 78 jaar en ik heb geen computer, mijn kleindochter typt dit voor mij. Mijn BSN is {bsn} en ik woon al sinds {n_year} op {addr}. Mijn bankrekening is {iban}, daar kunt u zien dat het is afgeschreven op {n_date}.\n\nIk hoop dat u mij kunt helpen. Mijn telefoonnummer is {phone_landline}, ik ben altijd thuis behalve op donderdagochtend.\n\nMet vriendelijke groet,\n{fullname:m}")
t("loyalty", "fr-be", "DM", "Quelqu'un a utilisé mes points de fidélité {brand} pour une commande de {n_amount}. J'ai reçu le code {otp} que je n'avais pas demandé. Email {email}.")
t("transport", "nl-be", "DM", "Ik kan niet aanmelden in de app. {@login}. Ik wil mijn abonnement van {n_amount} verlengen voor {n_date}.")
t("lottery", "en", "DM", "I won {n_amount} in the {brand} draw but payout needs my Dutch bank account. IBAN {iban}, BSN {bsn}? Do you really need the BSN?")

# ============================ more: small-business customers (registration numbers) ==

t("energy", "nl", "email", "Onderwerp: zakelijk contract\n\n{@hi}\n\nIk heb een eenmanszaak ({n_kvk}) en wil het energiecontract van mijn werkplaats op {addr} op de zaak zetten. Klantnummer nu {cust}. Verbruik ongeveer {n_kwh} per jaar.\n\n{@sig}")
t("telco", "nl-be", "email", "Onderwerp: facturatie op firma\n\n{@hi}\n\nGraag de facturen voortaan op naam van mijn firma, {n_kvk}. Klantnummer {cust}. Factuur {n_invoice} mag opnieuw verstuurd worden.\n\n{@sig}")
t("shop", "en-gb", "email", "Subject: VAT invoice\n\n{@hi}\n\nCould you reissue invoice {n_invoice} with our company details? {n_kvk}. Order {n_order}.\n\n{@sig}")
t("api", "fr-be", "DM", "Pour la facture {n_invoice}, merci d'indiquer notre numéro d'entreprise {n_kvk}. Notre compte client est {cust}.")


# ---------------------------------------------------------------------------
# loading, dealing to halves, rendering
# ---------------------------------------------------------------------------

CH_SHORT = {"PUB": ["x_public", "facebook_comment", "instagram_comment"],
            "DM": ["x_dm", "messenger", "instagram_dm", "telegram", "whatsapp"],
            "CHAT": ["whatsapp", "messenger", "telegram"]}


class Unit:
    __slots__ = ("id", "group", "family", "lang", "channels", "text", "parts", "weight", "half", "register")


def expand_channels(spec):
    out = []
    for tok in spec.split():
        out.extend(CH_SHORT.get(tok, [tok]))
    for c in out:
        if c not in CHANNELS:
            raise ValueError("unknown channel %s" % c)
    return out


def load_units():
    tpls = []
    per_fl = Counter()
    for family, lang, chans, text, w in TEMPLATES:
        u = Unit()
        u.family, u.lang, u.text, u.weight = family, lang, text, w
        u.channels = expand_channels(chans)
        u.parts = parse(text)
        if all(c in PUBLIC for c in u.channels):
            u.register = "public"
        elif u.channels == ["email"]:
            u.register = "email"
        elif u.channels == ["agent_reply"]:
            u.register = "agent"
        else:
            u.register = "chat"
        u.group = (family, lang, u.register)
        u.id = "%s.%s.%d" % (family, lang, per_fl[(family, lang)])
        per_fl[(family, lang)] += 1
        tpls.append(u)
    # deal whole templates alternately per (family, language, register) group,
    # in definition order, independent of the seed
    gidx, gcount = {}, Counter()
    for u in tpls:
        if u.group not in gidx:
            gidx[u.group] = len(gidx)
        u.half = (gidx[u.group] + gcount[u.group]) % 2
        gcount[u.group] += 1
    frags = {}
    for gi, (g, texts) in enumerate(FRAGMENTS.items()):
        lst = []
        for j, text in enumerate(texts):
            u = Unit()
            u.id = "%s#%d" % (g, j)
            u.group = g
            u.text = text
            u.parts = parse(text)
            u.half = (gi + j) % 2
            lst.append(u)
        frags[g] = lst
    # every other span-free template (no slot that can produce a label) is drawn twice as often
    def can_label(parts):
        for p in parts:
            if isinstance(p, str):
                continue
            if p[0] == "alt":
                if any(can_label(x) for x in p[1]):
                    return True
                continue
            name = p[1].partition(":")[0]
            if name.startswith("@"):
                g = name[1:]
                groups = [k for k in frags if k == g or k.rsplit("_", 1)[0] == g]
                if any(can_label(f.parts) for k in groups for f in frags[k]):
                    return True
            elif name in SLOT_TYPES:
                return True
        return False
    nfree = 0
    for u in tpls:
        if u.weight == 1 and not can_label(u.parts):
            nfree += 1
            if nfree % 2 == 0:
                u.weight = 2
    return tpls, frags


def resolve_group(frags, name, lk):
    for cand in (name + "_" + lk, (name + "_nl") if lk == "be" else None, name):
        if cand and cand in frags:
            return cand
    raise KeyError("no fragment group %s for %s" % (name, lk))


def validate_parts(parts, frags, where):
    for p in parts:
        if isinstance(p, str):
            continue
        if p[0] == "alt":
            for a in p[1]:
                validate_parts(a, frags, where)
            continue
        name = p[1].partition(":")[0]
        if name.startswith("@"):
            for lk in ("nl", "be", "en", "fr"):
                resolve_group(frags, name[1:], lk)
        elif name not in SLOTS:
            raise KeyError("unknown slot %r in %s" % (name, where))


class Gen:
    def __init__(self, h, seed, tpls, frags):
        self.h = h
        self.rng = random.Random(seed * 10 + h)   # one Random per half
        self.pools = Pools(h)
        self.templates = [u for u in tpls if u.half == h]
        self.frags = {g: [u for u in lst if u.half == h] for g, lst in frags.items()}
        self.frag_use = Counter()
        self.tpl_use = Counter()
        self._pt = {}

    def pick_frag(self, g):
        lst = self.frags[g]
        f = min(lst, key=lambda u: (self.frag_use[u.id], self.rng.random()))
        self.frag_use[f.id] += 1
        return f

    def render_parts(self, ctx, parts, src):
        for p in parts:
            if isinstance(p, str):
                ctx.emit(p)
            elif p[0] == "alt":
                self.render_parts(ctx, self.rng.choice(p[1]), src)
            else:
                self.render_slot(ctx, p[1], src)

    def render_slot(self, ctx, inner, src):
        name, _, key = inner.partition(":")
        if name.startswith("@"):
            f = self.pick_frag(resolve_group(self.frags, name[1:], ctx.lk))
            ctx.frags.append(f.id)
            self.render_parts(ctx, f.parts, f.id)
            return
        fn = SLOTS[name]
        bkey = ("slot", name, key)
        if name.startswith(UNBOUND_PREFIX) and not key:
            segs = fn(ctx, key)
        elif bkey in ctx.bind:
            segs = ctx.bind[bkey]
        else:
            segs = fn(ctx, key)
            ctx.bind[bkey] = segs
        for text, label in segs:
            ctx.emit(text, label, src)

    def render(self, u):
        ch = self.rng.choice(u.channels)
        ctx = Ctx(self, u.lang, u.family, ch)
        self.render_parts(ctx, u.parts, u.id)
        self.tpl_use[u.id] += 1
        rec = {"id": None, "channel": ch, "lang": u.lang,
               "visibility": "public" if ch in PUBLIC else "private",
               "text": ctx.text(), "spans": ctx.spans, "negatives": ctx.negs}
        meta = {"tpl": u.id, "phr": ctx.phr, "frags": ctx.frags}
        return rec, meta

    def ptypes(self, parts, lk):
        out = set()
        for p in parts:
            if isinstance(p, str):
                continue
            if p[0] == "alt":
                for a in p[1]:
                    out |= self.ptypes(a, lk)
                continue
            name = p[1].partition(":")[0]
            if name.startswith("@"):
                g = resolve_group(self.frags, name[1:], lk)
                k = (g, lk)
                if k not in self._pt:
                    self._pt[k] = set()
                    acc = set()
                    for f in self.frags[g]:
                        acc |= self.ptypes(f.parts, lk)
                    self._pt[k] = acc
                out |= self._pt[k]
            elif name in SLOT_TYPES:
                out.add(SLOT_TYPES[name])
        return out


HIGH_MIN = 44          # target per half (the brief asks for at least 40)
N_PER_HALF = 860


def generate_half(h, seed, tpls, frags):
    g = Gen(h, seed, tpls, frags)
    by_lk = defaultdict(list)
    for u in g.templates:
        by_lk[LK[u.lang]].append(u)
    targets = {lk: int(round(N_PER_HALF * share)) for lk, share in LANG_SHARE.items()}
    out = []
    seen = set()
    for lk in ("nl", "be", "en", "fr"):
        seq = []
        while len(seq) < targets[lk]:
            cyc = [u for u in by_lk[lk] for _ in range(u.weight)]
            g.rng.shuffle(cyc)
            seq.extend(cyc)
        for u in seq[:targets[lk]]:
            for _ in range(30):   # no two identical messages in a half
                rec, meta = g.render(u)
                if rec["text"] not in seen:
                    break
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            out.append((rec, meta))
    # top-up: every high-risk type reaches HIGH_MIN labelled spans in this half
    ptypes = {u.id: g.ptypes(u.parts, LK[u.lang]) for u in g.templates}
    for _ in range(4000):
        cnt = Counter(s["type"] for r, m in out for s in r["spans"])
        lk_cnt = Counter(LK[r["lang"]] for r, m in out)
        short = [t_ for t_ in HIGH if cnt[t_] < HIGH_MIN]
        if not short:
            break
        typ = min(short, key=lambda t_: (cnt[t_], HIGH.index(t_)))
        cands = [u for u in g.templates if typ in ptypes[u.id]]
        if not cands:
            raise SystemExit("no template can produce %s in half %d" % (typ, h))
        lks = sorted({LK[u.lang] for u in cands}, key=lambda k: (lk_cnt[k] / LANG_SHARE[k], k))
        pool = [u for u in cands if LK[u.lang] == lks[0]]
        u = min(pool, key=lambda x: (g.tpl_use[x.id], g.rng.random()))
        rec, meta = g.render(u)
        if any(s["type"] == typ for s in rec["spans"]) and rec["text"] not in seen:
            seen.add(rec["text"])
            out.append((rec, meta))
    g.rng.shuffle(out)
    for i, (rec, meta) in enumerate(out):
        rec["id"] = "%s-%s-%05d" % (PREFIX, HALVES[h], i)
    return out, g


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

CUE_RE = re.compile(r"(code|nummer|number|numéro|\bnr\b|\bno\.|pin|wachtw|paswoord|password|passe|\bmdp\b|wifi|wi-fi|"
                    r"\bww\b|sms|login|inlog|aanmeld|\bpas\b|kaart|card|carte|token|\bkey\b|sleutel|clé|puk|cvv|cvc|"
                    r"iban|bsn|rekening|account|compte|verifica|sticker|autocollant|identifiant)", re.I)
PLACEHOLDER_RE = re.compile(r"\{[@a-z_0-9]+(:[a-z0-9]*)?\}")
NO_SPACE = {"password", "pin", "puk", "wifi_key", "username", "api_key", "token", "cvv"}


def near_cue(text, n):
    lo, hi = max(0, n["start"] - 40), min(len(text), n["end"] + 40)
    return bool(CUE_RE.search(text[lo:n["start"]] + " | " + text[n["end"]:hi]))


def value_problem(typ, v):
    d = re.sub(r"\D", "", v)
    if typ in HIGH and not v[-1].isalnum():
        return "secret ends in punctuation"
    if typ in NO_SPACE and re.search(r"\s", v):
        return "whitespace in secret"
    if typ == "card":
        if not re.fullmatch(r"[\d \-]+", v) or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return "bad card"
    elif typ == "iban":
        if not iban_ok(v):
            return "bad iban"
    elif typ == "bsn":
        if not bsn_ok(v):
            return "bad bsn"
    elif typ == "pin":
        if not re.fullmatch(r"\d{4,6}", v):
            return "bad pin"
    elif typ == "puk":
        if not re.fullmatch(r"\d{8}", v):
            return "bad puk"
    elif typ == "cvv":
        if not re.fullmatch(r"\d{3,4}", v):
            return "bad cvv"
    elif typ == "otp":
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]*[A-Z0-9]", v) or len(re.sub(r"[^A-Z0-9]", "", v)) < 5:
            return "bad otp"
    elif typ == "email":
        if not re.search(r"@|\bat\b|\(at\)|\[at\]|arobase", v):
            return "bad email"
    elif typ == "phone":
        if len(d) < 9:
            return "bad phone"
    elif typ == "card_expiry":
        if not re.fullmatch(r"\d{2}( ?[/\-] ?)?\d{2,4}", v):
            return "bad expiry"
    elif typ == "ip_address":
        if not re.fullmatch(r"[\d.]+|[0-9a-f:]+", v):
            return "bad ip"
    elif typ in ("customer_number", "date_of_birth", "address"):
        if not d:
            return "no digits in %s" % typ
    return None


def collisions(rec):
    """An unlabelled copy of a labelled value elsewhere in the text makes the labels ambiguous."""
    text = rec["text"]
    covered = [(s["start"], s["end"]) for s in rec["spans"]]
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if len(v) < 4:
            continue
        for m in re.finditer(re.escape(v), text):
            a, b = m.start(), m.end()
            if a > 0 and text[a - 1].isalnum() or b < len(text) and text[b].isalnum():
                continue
            if not any(x <= a and b <= y for x, y in covered):
                return True
    return False


def check_half(name, items, errors):
    recs = [r for r, m in items]
    for r in recs:
        text = r["text"]
        where = r["id"]
        if r["channel"] not in CHANNELS:
            errors.append("%s: channel" % where)
        if r["lang"] not in LANGS:
            errors.append("%s: lang" % where)
        if (r["visibility"] == "public") != (r["channel"] in PUBLIC):
            errors.append("%s: visibility" % where)
        if PLACEHOLDER_RE.search(text):
            errors.append("%s: unrendered placeholder" % where)
        spans = sorted(r["spans"], key=lambda s: s["start"])
        for s in spans:
            if s["type"] not in LABELS:
                errors.append("%s: label %s" % (where, s["type"]))
            if not (0 <= s["start"] < s["end"] <= len(text)):
                errors.append("%s: offsets" % where)
                continue
            v = text[s["start"]:s["end"]]
            if v != v.strip():
                errors.append("%s: span whitespace %r" % (where, v))
            if s["start"] > 0 and text[s["start"] - 1].isalnum() or s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append("%s: span not on a token boundary %r" % (where, v))
            p = value_problem(s["type"], v)
            if p:
                errors.append("%s: %s %r" % (where, p, v))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append("%s: overlapping spans" % where)
        for n in r["negatives"]:
            if n["kind"] not in NEG_KINDS:
                errors.append("%s: kind %s" % (where, n["kind"]))
            if not (0 <= n["start"] < n["end"] <= len(text)):
                errors.append("%s: neg offsets" % where)
                continue
            v = text[n["start"]:n["end"]]
            if v != v.strip():
                errors.append("%s: negative whitespace %r" % (where, v))
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errors.append("%s: negative overlaps span" % where)
        if collisions(r):
            errors.append("%s: unlabelled copy of a labelled value" % where)
    if len({r["text"] for r in recs}) != len(recs):
        errors.append("%s: duplicate messages" % name)
    n = len(recs)
    lab = Counter(s["type"] for r in recs for s in r["spans"])
    neg = Counter(x["kind"] for r in recs for x in r["negatives"])
    for t_ in LABELS:
        if lab[t_] == 0:
            errors.append("%s: label %s missing" % (name, t_))
    for k in NEG_KINDS:
        if neg[k] == 0:
            errors.append("%s: negative kind %s missing" % (name, k))
    for t_ in HIGH:
        if lab[t_] < 40:
            errors.append("%s: only %d %s spans" % (name, lab[t_], t_))
    phr = defaultdict(set)
    for r, m in items:
        for typ, src in m["phr"]:
            phr[typ].add(src)
    for t_ in HIGH:
        if len(phr[t_]) < 12:
            errors.append("%s: only %d phrasings for %s" % (name, len(phr[t_]), t_))
    nospan = sum(1 for r in recs if not r["spans"]) / n
    high = sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"])) / n
    cue = sum(1 for r in recs if any(near_cue(r["text"], x) for x in r["negatives"])) / n
    if nospan < 0.25:
        errors.append("%s: only %.1f%% without spans" % (name, 100 * nospan))
    if high < 0.45:
        errors.append("%s: only %.1f%% with a high-risk value" % (name, 100 * high))
    if cue < 0.30:
        errors.append("%s: only %.1f%% with a negative next to a cue" % (name, 100 * cue))
    return {"n": n, "labels": lab, "negs": neg, "phr": {t_: len(phr[t_]) for t_ in LABELS},
            "channels": Counter(r["channel"] for r in recs), "langs": Counter(r["lang"] for r in recs),
            "nospan": nospan, "high": high, "cue": cue,
            "msgs_with": Counter(t_ for r in recs for t_ in {s["type"] for s in r["spans"]}),
            "templates": len({m["tpl"] for r, m in items})}


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------

def table(title, keys, stats, key):
    lines = ["", "### " + title, "", "| %s | dev | heldout |" % title.split(" ")[0].lower(), "|---|---:|---:|"]
    for k in keys:
        lines.append("| %s | %d | %d |" % (k, stats[0][key][k], stats[1][key][k]))
    return lines


def write_readme(seed, stats, n_tpl, n_frag):
    s0, s1 = stats
    L = [
        "# blind15: blind labelled scrub corpus (everyday Dutch/Belgian consumer services)",
        "",
        "Record id prefix `b15`. Generated by `generate_blind.py` (Python 3.11, standard library only) with "
        "seed **%d**: `python3 generate_blind.py --seed %d` rewrites `dev.jsonl`, `heldout.jsonl` and this README "
        "byte for byte." % (seed, seed),
        "",
        "## How it was written",
        "",
        "Written blind, from the brief only. I did not open, read, grep or run anything under `functions/`, "
        "`tests/unit/`, `tests/scrub_corpus/` (other than this directory), `bench/`, `docs/scrubbing.md`, or any other "
        "corpus, generator or scorer in the repository, and I did not run the scrubber or a scorer on this data. "
        "(Outside this directory I only ran `git status`/`git log --oneline` once to see the branch state, and read "
        "the `[tool.ruff]` block of `pyproject.toml`, which excludes the blind corpora from linting.) "
        "Messages, value shapes and phrasings come from the brief and from general knowledge of how customers of "
        "Dutch, Belgian, UK and US companies write to customer care (housing associations and landlords, health "
        "insurers and mutualities, hospital patient portals, pension funds, municipalities and the tax office with "
        "DigiD-like username + password + SMS-code logins, schools and childcare portals, gyms and subscriptions, car "
        "leasing and parking apps, lotteries, loyalty/supermarket apps, public transport cards, dating and social "
        "accounts taken over, elderly customers and their children writing for them, plus telco, bank, energy, web "
        "shop, airline, insurer and API-platform traffic).",
        "",
        "Shapes covered: voice-to-text dictation without punctuation (values stay in digits; numbers written fully "
        "in words are never labelled), long rambling messages, numbered and bulleted lists, pasted form blocks, "
        "WhatsApp exports with `[dd-mm-yy hh:mm] Name:` stamps (the stamp date/time are `date`/`time` negatives), "
        "pasted SMS texts from banks/telcos/government that contain the code, screenshots described in words, "
        "self-corrections (both values labelled), values sent alone as a reply to an agent's question, e-mails with "
        "subject, greeting, signature and quoted history (`Op … schreef`, `On … wrote:`, `-----Original Message-----`, "
        "`Van:/Verzonden:/Aan:`), agent replies that repeat or ask for data, password-reset links whose token is "
        "labelled, and public posts with @mentions and hashtags.",
        "",
        "All brands, e-mail domains and streets are invented; cities are real. Card numbers pass Luhn, IBANs pass "
        "mod-97 (NL, BE with its national check, DE, FR with RIB key, GB, ES, LU, IE), BSNs pass the 11-proof, "
        "9-digit customer numbers are made to fail it, phones use fictional ranges (NL 06-1…/020, BE 04xx, UK 07700 "
        "900xxx / 020 7946 0xxx, US 555-01xx), IPs come from the documentation ranges. Company service numbers "
        "(0800/0900/088/078/070/0345/03457/1-800) are `company_phone` negatives. Secrets never end in punctuation.",
        "",
        "## Split rule",
        "",
        "Templates (%d) are grouped by (family, language, register); within each group they are dealt alternately "
        "to dev and heldout in definition order (the first template of every other group goes to heldout), "
        "independent of the seed, so no template occurs in both halves. Phrasing fragments (%d, e.g. the shapes of a "
        "login pair, a PUK, a pasted SMS, a signature) are dealt the same way per fragment group, and every pool "
        "(first and last names, streets, cities with postcodes, brands per sector, e-mail domains, password words, "
        "device models, hashtags) is split by index parity, so the halves share no template, fragment, name, street "
        "or brand. Each half draws its values from its own `random.Random`. Languages are filled to 45 %% nl, 15 %% "
        "nl-be, 25 %% English (en-gb, en-us, and `en` for expats in NL/BE) and 15 %% fr-be, then topped up until every "
        "high-risk type has at least %d labelled spans." % (n_tpl, n_frag, HIGH_MIN),
        "",
        "Before anything is written the generator checks every record (offsets; spans not starting/ending with "
        "whitespace and on token boundaries; Luhn, mod-97, 11-proof and shape checks per type; no overlapping "
        "spans; no negative overlapping a span; no unrendered placeholder; no unlabelled copy of a labelled value; no two identical messages in a half), "
        "and per half: every label type and negative kind present, >= 40 spans and >= 12 distinct phrasings (source "
        "template or fragment) per high-risk type, >= 25 % of messages without spans, >= 45 % with a high-risk value, "
        ">= 30 % with a negative within 40 characters of a cue word, and disjoint templates/fragments/pools. If a "
        "check fails it exits 1 and writes nothing. After generating, 40 random messages of each half were read by "
        "hand and the templates fixed where something read unnaturally or was mislabelled (`--show 40` prints such a "
        "sample without writing files).",
        "",
        "## heldout.jsonl",
        "",
        "`heldout.jsonl` is the held-out half. **Detector authors must never open `heldout.jsonl` or the generator "
        "(`generate_blind.py`); they may only run a scorer over it and report numbers.** Tune on `dev.jsonl` only.",
        "",
        "## Counts",
        "",
        "| | dev | heldout |",
        "|---|---:|---:|",
        "| messages | %d | %d |" % (s0["n"], s1["n"]),
        "| templates used | %d | %d |" % (s0["templates"], s1["templates"]),
        "| messages without spans | %.1f %% | %.1f %% |" % (100 * s0["nospan"], 100 * s1["nospan"]),
        "| messages with a high-risk value | %.1f %% | %.1f %% |" % (100 * s0["high"], 100 * s1["high"]),
        "| messages with a negative next to a cue word | %.1f %% | %.1f %% |" % (100 * s0["cue"], 100 * s1["cue"]),
    ]
    L += ["", "### Label spans (messages containing the type; distinct phrasings in parentheses)", "",
          "| label | dev spans | dev msgs | dev phrasings | heldout spans | heldout msgs | heldout phrasings |",
          "|---|---:|---:|---:|---:|---:|---:|"]
    for t_ in LABELS:
        L.append("| %s%s | %d | %d | %d | %d | %d | %d |" % (
            t_, " (high risk)" if t_ in HIGH else "", s0["labels"][t_], s0["msgs_with"][t_], s0["phr"][t_],
            s1["labels"][t_], s1["msgs_with"][t_], s1["phr"][t_]))
    L += table("Negative kinds", NEG_KINDS, stats, "negs")
    L += table("Channels", CHANNELS, stats, "channels")
    L += table("Languages", LANGS, stats, "langs")
    L += ["", "## Format", "",
          "One JSON object per line: `id`, `channel`, `lang`, `visibility`, `text`, `spans` (`type`, `start`, `end`, "
          "Python code-point offsets, end exclusive) and `negatives` (`kind`, `start`, `end`).", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--show", type=int, default=0, help="print N random messages per half (no files written)")
    args = ap.parse_args()
    tpls, frags = load_units()
    for u in tpls:
        validate_parts(u.parts, frags, u.id)
    for lst in frags.values():
        for u in lst:
            validate_parts(u.parts, frags, u.id)
    halves, stats, errors = [], [], []
    for h in (0, 1):
        items, g = generate_half(h, args.seed, tpls, frags)
        halves.append(items)
        stats.append(check_half(HALVES[h], items, errors))
    # disjointness
    used = [{m["tpl"] for r, m in items} for items in halves]
    if used[0] & used[1]:
        errors.append("templates in both halves: %s" % sorted(used[0] & used[1])[:5])
    texts = [{u.text for u in tpls if u.id in ids} for ids in used]
    if texts[0] & texts[1]:
        errors.append("identical template text in both halves")
    fused = [{f for r, m in items for f in m["frags"]} for items in halves]
    if fused[0] & fused[1]:
        errors.append("fragments in both halves")
    for k, vals in POOLS.items():
        a, b = Pools(0)[k], Pools(1)[k]
        if set(map(str, a)) & set(map(str, b)):
            errors.append("pool %s shared" % k)
    for h in (0, 1):
        s = stats[h]
        print("== %s: %d messages, %d templates, no-span %.1f%%, high-risk %.1f%%, negative-near-cue %.1f%%" % (
            HALVES[h], s["n"], s["templates"], 100 * s["nospan"], 100 * s["high"], 100 * s["cue"]))
        print("   langs:", dict(sorted(s["langs"].items())))
        print("   channels:", dict(sorted(s["channels"].items())))
        print("   labels:", ", ".join("%s=%d(%dp)" % (t_, s["labels"][t_], s["phr"][t_]) for t_ in LABELS))
        print("   negatives:", ", ".join("%s=%d" % (k, s["negs"][k]) for k in NEG_KINDS))
    if errors:
        for e in errors[:80]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failures; nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    if args.show:
        for h in (0, 1):
            rr = random.Random(args.seed + 99 + h)
            for r, m in rr.sample(halves[h], args.show):
                print("\n-----", r["id"], r["channel"], r["lang"], m["tpl"])
                print(r["text"])
                print("  SPANS:", [(s["type"], r["text"][s["start"]:s["end"]]) for s in r["spans"]])
                print("  NEGS:", [(n["kind"], r["text"][n["start"]:n["end"]]) for n in r["negatives"]])
        return
    for h in (0, 1):
        with open(os.path.join(HERE, HALVES[h] + ".jsonl"), "w", encoding="utf-8") as fh:
            for r, m in halves[h]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(args.seed, stats, len(tpls), sum(len(v) for v in frags.values()))
    print("wrote dev.jsonl, heldout.jsonl, README.md")


if __name__ == "__main__":
    main()
