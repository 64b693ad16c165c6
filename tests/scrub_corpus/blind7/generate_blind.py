#!/usr/bin/env python3
"""Generator for the blind scrub corpus "blind7" (record id prefix b7).

Standard library only, Python 3.11.  Deterministic for a given --seed (default 20261205).
Writes dev.jsonl, heldout.jsonl and README.md next to this file.

Templates and pools are dealt alternately to the two halves, independent of the seed, so
no template, name, street, city, brand, password word or e-mail domain occurs in both.
Every record is checked before anything is written; any failed check exits with status 1.
"""
import argparse
import base64
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 20261205
PREFIX = "b7"
HERE = os.path.dirname(os.path.abspath(__file__))
HALF_TARGET = 862
HALVES = ("dev", "heldout")

HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
LOW = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
       "customer_number"]
ALL_TYPES = HIGH + LOW
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]

LANG_SHARE = {"nl": 0.40, "en": 0.40, "nl-be": 0.10, "fr-be": 0.10}
CLS_SHARE = {"pub": 0.30, "chat": 0.35, "mail": 0.25, "agent": 0.10}
CLS_CHANNELS = {
    "pub": ["x_public", "facebook_comment", "instagram_comment"],
    "chat": ["x_dm", "messenger", "instagram_dm", "whatsapp", "telegram"],
    "mail": ["email"],
    "agent": ["agent_reply"],
}
CHAN_ALIAS = {"x": "x_public", "fb": "facebook_comment", "ig": "instagram_comment",
              "xdm": "x_dm", "msg": "messenger", "igdm": "instagram_dm", "wa": "whatsapp",
              "tg": "telegram"}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
REGION = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us", "en": "uk"}


def lang_group(lang):
    return "en" if lang.startswith("en") else lang


# ---------------------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------------------

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def bsn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and s != 0


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------
# template parsing: literal text, {KEY#n:mods} placeholders, {~a|b|c} alternatives.
# A literal brace is written as ⦃ or ⦄ in a template.
# ---------------------------------------------------------------------------------------

class TemplateError(Exception):
    pass


def _parse_seq(s, i, in_alt):
    nodes, buf = [], []

    def flush():
        if buf:
            nodes.append(("lit", "".join(buf).replace("⦃", "{").replace("⦄", "}")))
            buf.clear()

    while i < len(s):
        c = s[i]
        if c == "{":
            flush()
            if i + 1 < len(s) and s[i + 1] == "~":
                alts = []
                i += 2
                while True:
                    sub, i = _parse_seq(s, i, True)
                    alts.append(sub)
                    if i >= len(s):
                        raise TemplateError("unterminated alternative in %r" % s[:60])
                    if s[i] == "|":
                        i += 1
                        continue
                    i += 1
                    break
                nodes.append(("alt", alts))
            else:
                j = s.index("}", i)
                nodes.append(("ph", s[i + 1:j]))
                i = j + 1
        elif in_alt and c in "|}":
            flush()
            return nodes, i
        else:
            buf.append(c)
            i += 1
    if in_alt:
        raise TemplateError("unterminated alternative in %r" % s[:60])
    flush()
    return nodes, i


def parse_template(s):
    nodes, _ = _parse_seq(s, 0, False)
    return nodes


PLACEHOLDER_RE = re.compile(r"\{[~A-Z@][^{}]{0,40}\}")


# ---------------------------------------------------------------------------------------
# pools: every list is dealt alternately (even index -> dev, odd -> heldout)
# ---------------------------------------------------------------------------------------

FIRST = {
    "nl": ["Jan", "Sanne", "Pieter", "Marieke", "Joost", "Lotte", "Daan", "Femke", "Bram", "Inge",
           "Ruud", "Anouk", "Henk", "Ilse", "Kees", "Mirjam", "Sven", "Eline", "Wouter", "Nicole",
           "Gerrit", "Tamara", "Thijs", "Esther", "Maarten", "Yvonne", "Bas", "Linda", "Rik",
           "Karin", "Jeroen", "Fleur", "Mohammed", "Fatima", "Youssef", "Naima", "Kevin", "Priya",
           "Dewi", "Stefan", "Gert-Jan", "Annemiek"],
    "nl-be": ["Jens", "Lien", "Wout", "Sofie", "Pieter-Jan", "Ann", "Kobe", "Elke", "Stijn",
              "Katrien", "Bart", "Griet", "Tom", "Leen", "Dries", "Nele", "Koen", "Hanne", "Jef",
              "Tine", "Seppe", "Lore", "Wim", "Marijke"],
    "fr-be": ["Julien", "Amélie", "Nicolas", "Sophie", "Maxime", "Chloé", "Thomas", "Camille",
              "Antoine", "Manon", "François", "Céline", "Olivier", "Aurélie", "Laurent", "Nathalie",
              "Benoît", "Isabelle", "Quentin", "Marie", "Gauthier", "Pauline", "Didier", "Hélène"],
    "en-gb": ["Oliver", "Emma", "Harry", "Sophie", "Jack", "Charlotte", "George", "Amelia", "James",
              "Olivia", "Thomas", "Jessica", "Daniel", "Hannah", "Liam", "Chloe", "Ben", "Lucy",
              "Sam", "Megan", "Rhys", "Aisha", "Callum", "Fiona"],
    "en-us": ["Michael", "Jennifer", "David", "Jessica", "Chris", "Ashley", "Brian", "Amanda",
              "Kevin", "Stephanie", "Jason", "Nicole", "Ryan", "Melissa", "Tyler", "Brittany",
              "Jose", "Maria", "Tyrone", "Keisha", "Cody", "Kayla", "Dylan", "Heather"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
           "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van den Berg", "Kok",
           "Jacobs", "Vermeulen", "van Dijk", "Schouten", "Hoekstra", "Koster", "Prins",
           "Huisman", "Post", "Kuipers", "Veenstra", "El Amrani", "Yilmaz", "Bouzid", "Kaya",
           "Wijaya", "Ramdin"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Mertens", "Willems", "Goossens", "Wouters",
              "De Smet", "Van den Broeck", "De Clercq", "Hermans", "Aerts", "Michiels", "Desmet",
              "Van Damme", "Verstraeten", "Lambrechts", "Cools", "Vandenberghe", "De Backer",
              "Verhoeven", "Bogaerts", "Van Hove"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Marchal", "Simon", "Leclercq", "Lefèbvre", "Renard",
              "Collard", "Henrard", "Dumont", "Lejeune", "Gilson", "Piette", "Denis", "Charlier",
              "Mathieu", "Hubert", "Fontaine", "Delvaux", "Thiry", "Lemaire", "Gérard", "Masson"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
              "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
              "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Hughes", "Edwards"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thomas",
              "Moore", "Perez", "Ramirez", "Lee", "Thompson", "Harris", "Clark", "Lewis",
              "Hernandez", "Young", "King", "Scott", "Nguyen", "Hill", "Baker", "Carter"],
}
AGENTS = {
    "nl": ["Sanne", "Mark", "Ilse", "Joris", "Fatma", "Roel", "Evi", "Niels", "Demi", "Ruben"],
    "nl-be": ["Lotte", "Wannes", "Febe", "Arne", "Elien", "Robbe"],
    "fr-be": ["Julie", "Arnaud", "Lucie", "Romain", "Elodie", "Cédric"],
    "en-gb": ["Chloe", "Ben", "Priya", "Tom", "Kelly", "Gareth"],
    "en-us": ["Marcus", "Dana", "Josh", "Alyssa", "Devon", "Rachel"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat",
           "Lindenlaan", "Kastanjelaan", "Schoolstraat", "Nieuwstraat", "Achter de Hoven",
           "Kerkplein", "Prinsengracht", "Weteringschans", "Vondelstraat", "Marktplein",
           "Burgemeester de Withstraat", "Oranjestraat", "Populierenlaan", "Zuiderdiep", "Het Want",
           "De Gaarde", "Hoofdweg", "Emmastraat", "Van Speijkstraat", "Lange Nieuwstraat",
           "Esdoornlaan", "Binnenweg"],
    "be-nl": ["Stationsstraat", "Molenstraat", "Kapelstraat", "Dorpstraat", "Grote Markt",
              "Leopoldlaan", "Koningin Astridlaan", "Veldstraat", "Heirweg", "Beekstraat",
              "Boomgaardstraat", "Kouter", "Kerkhofstraat", "Steenweg", "Lindelei", "Zavelstraat"],
    "be-fr": ["Rue de la Station", "Rue de l'Église", "Avenue Louise", "Chaussée de Bruxelles",
              "Rue du Moulin", "Place Saint-Lambert", "Rue des Écoles", "Avenue des Tilleuls",
              "Rue Haute", "Rue de Namur", "Chemin du Bois", "Rue Albert Ier", "Boulevard d'Avroy",
              "Rue des Champs", "Rue Saint-Gilles", "Avenue de la Gare"],
    "uk": ["Meadow Lane", "Church Road", "Station Road", "Victoria Street", "High Street",
           "Park Avenue", "Mill Lane", "Queens Road", "The Crescent", "Kingsway", "Elm Grove",
           "Orchard Close", "Manor Road", "Green Lane", "Chapel Street", "Albert Terrace",
           "Beech Drive", "Willow Way"],
    "us": ["Elm Street", "Maple Avenue", "Oak Drive", "Pine Street", "Cedar Lane",
           "Washington Ave", "Sunset Blvd", "Park Place", "Highland Ave", "Willow Court",
           "Main Street", "Birch Road", "Hillcrest Drive", "Jefferson St", "Lincoln Way",
           "Magnolia Terrace"],
}
CITIES = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
           ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"),
           ("Breda", "48"), ("Nijmegen", "65"), ("Apeldoorn", "73"), ("Haarlem", "20"),
           ("Enschede", "75"), ("Zwolle", "80"), ("Leeuwarden", "89"), ("Maastricht", "62"),
           ("Amersfoort", "38"), ("Dordrecht", "33"), ("Leiden", "23"), ("Deventer", "74"),
           ("Alkmaar", "18"), ("Delft", "26"), ("Venlo", "59"), ("Assen", "94")],
    "be-nl": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"),
              ("Mechelen", "2800"), ("Hasselt", "3500"), ("Aalst", "9300"), ("Kortrijk", "8500"),
              ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Roeselare", "8800"),
              ("Turnhout", "2300"), ("Lier", "2500"), ("Geel", "2440"), ("Oostende", "8400"),
              ("Dendermonde", "9200")],
    "be-fr": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800"),
              ("Ottignies", "1340"), ("Nivelles", "1400"), ("Huy", "4500"), ("Dinant", "5500"),
              ("Ixelles", "1050"), ("Uccle", "1180"), ("Waterloo", "1410"), ("Gembloux", "5030")],
    "uk": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"),
           ("Nottingham", "NG"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Leicester", "LE"),
           ("Brighton", "BN"), ("Norwich", "NR"), ("York", "YO"), ("Reading", "RG"),
           ("Oxford", "OX"), ("Bath", "BA"), ("Exeter", "EX"), ("Derby", "DE"),
           ("London", "SE"), ("Cambridge", "CB")],
    "us": [("Springfield", "IL 627"), ("Austin", "TX 787"), ("Columbus", "OH 432"),
           ("Portland", "OR 972"), ("Denver", "CO 802"), ("Madison", "WI 537"),
           ("Raleigh", "NC 276"), ("Tucson", "AZ 857"), ("Boise", "ID 837"),
           ("Richmond", "VA 232"), ("Albany", "NY 122"), ("Sacramento", "CA 958"),
           ("Omaha", "NE 681"), ("Tampa", "FL 336"), ("Nashville", "TN 372"),
           ("Des Moines", "IA 503")],
}
US_AREA = ["212", "415", "312", "617", "503", "303", "512", "614", "702", "919", "206", "404",
           "720", "615", "813", "402"]
# (domain, regions) -- dealt as one global list so no domain is in both halves
DOMAINS = [("gmail.com", "nl be uk us"), ("hotmail.com", "nl be uk us"), ("outlook.com", "nl be uk us"),
           ("live.nl", "nl"), ("kpnmail.nl", "nl"), ("ziggo.nl", "nl"), ("hotmail.nl", "nl"),
           ("planet.nl", "nl"), ("xs4all.nl", "nl"), ("icloud.com", "nl be uk us"),
           ("home.nl", "nl"), ("upcmail.nl", "nl"), ("telenet.be", "be"), ("skynet.be", "be"),
           ("proximus.be", "be"), ("hotmail.be", "be"), ("scarlet.be", "be"), ("live.be", "be"),
           ("btinternet.com", "uk"), ("yahoo.co.uk", "uk"), ("sky.com", "uk"),
           ("virginmedia.com", "uk"), ("talktalk.net", "uk"), ("ntlworld.com", "uk"),
           ("yahoo.com", "us nl"), ("aol.com", "us"), ("comcast.net", "us"), ("verizon.net", "us"),
           ("att.net", "us"), ("proton.me", "nl be uk us"), ("me.com", "us uk"),
           ("msn.com", "us"), ("gmx.net", "nl be"), ("caramail.com", "be"), ("voo.be", "be"),
           ("orange.fr", "be")]
PW_WORDS = {
    "nl": ["Zomer", "Lente", "Winter", "Herfst", "Tulp", "Fiets", "Kaas", "Molen", "Hondje", "Poes",
           "Zonnebloem", "Schatje", "Voetbal", "Oranje", "Welkom", "Konijn", "Appeltaart", "Strand",
           "Vakantie", "Tijger", "Pannenkoek", "Dropje", "Bloem", "Regenboog", "Sneeuw", "Duinen",
           "Haven", "Kabouter", "Boerderij", "Paardje", "Kerstboom", "Zeilboot"],
    "en": ["Summer", "Tulip", "Sunshine", "Football", "Dragon", "Monkey", "Princess", "Charlie",
           "Buster", "Rainbow", "Cookie", "Coffee", "Pumpkin", "Hunter", "Shadow", "Maple",
           "Biscuit", "Thunder", "Falcon", "Ginger", "Peanut", "Snowball", "Bluebird", "Cricket",
           "Chelsea", "Jasper", "Willow", "Tigger"],
    "fr": ["Soleil", "Chocolat", "Doudou", "Loulou", "Bisous", "Printemps", "Papillon",
           "Framboise", "Nounours", "Liberte", "Marmotte", "Cerise", "Etoile", "Fromage", "Gaufre",
           "Frites", "Mistral", "Lapin"],
}
BRANDS = {
    ("telco", "bx"): ["Telvio", "Zenkom", "Ruisnet", "Netlijn", "Belvox", "Kabelnoord"],
    ("telco", "an"): ["Brightwave Mobile", "Cellvia", "Tandem Telecom", "Orbitel", "Skyline Fibre",
                      "Lumen Mobile"],
    ("bank", "bx"): ["Spaarbank Noord", "Knotsbank", "Florijn Bank", "Belvester Bank", "Duitje",
                     "Kempenbank"],
    ("bank", "an"): ["Harbour Bank", "Northmere Bank", "Crestline Credit Union", "Penrose Bank",
                     "Granite Savings", "Tillbury Bank"],
    ("insurer", "bx"): ["Zekerwijs", "Veilighaven", "Dekkingsplan", "Assurix", "Polisvast",
                        "Zorgzaam Verzekeringen"],
    ("insurer", "an"): ["Shieldwell Insurance", "Oakridge Mutual", "CoverRight", "Lantern Insure",
                        "Harborline Health", "Steadfast Cover"],
    ("energy", "bx"): ["Voltana", "Groenstroom Direct", "Energiek", "Wattson Energie", "Stroomhuis",
                       "Polderkracht"],
    ("energy", "an"): ["Brightgrid Energy", "Evergreen Power", "Kilowatt Co", "Solace Energy",
                       "Northwind Utilities", "Ember Energy"],
    ("webshop", "bx"): ["Bestelmand", "Koopjeshal", "Shopperij", "Winkelwolk", "Huishoudhoek",
                        "Kadokraam"],
    ("webshop", "an"): ["Basketly", "Cartwheel Store", "ShopNook", "Dealdrop", "Homeware Hub",
                        "Gadgetory"],
    ("parcel", "bx"): ["PakketPost", "Snelkoerier", "Bezorgbeer", "Colivia", "Pakjesrijder",
                       "Doosje Logistics"],
    ("parcel", "an"): ["SwiftParcel", "Courierly", "Parcelpoint", "Dashbox Delivery", "Relay Post",
                       "Packmule Couriers"],
    ("airline", "bx"): ["Vliegwind", "Aerolux", "Flandair", "Skyvaart", "Zeewind Air", "Lowland Air"],
    ("airline", "an"): ["Bluecrest Airways", "Northjet", "Skylark Air", "Pacifica Airlines",
                        "Kestrel Air", "Meridian Wings"],
    ("rail", "bx"): ["Treinet", "Spoorwijs", "RegioRail", "Viaduct Treinen", "Sporenlijn", "Railo"],
    ("rail", "an"): ["Greenline Rail", "Northern Arrow", "Coastway Rail", "Metroliner",
                     "Thameslink Express", "Pennine Trains"],
    ("streaming", "bx"): ["Kijkbox", "Beeldbuis", "Filmflux", "Luistr", "Seriehuis", "Zapp+"],
    ("streaming", "an"): ["Flixora", "Bingewell", "StreamNest", "Tunecast", "Reelroom", "Vidmoor"],
    ("municipality", "nl"): ["gemeente Oosterhaven", "gemeente Brakeldam", "gemeente Lindewijk",
                             "gemeente Veenmeer", "gemeente Hollandsveld", "gemeente Rietschoten"],
    ("municipality", "be-nl"): ["Stad Heuvelgem", "Gemeente Zandvoorde-Kempen", "Stad Leiebrugge",
                                "Gemeente Bosvelde"],
    ("municipality", "be-fr"): ["Ville de Montreval", "Commune de Bois-Fleuri", "Ville de Sambrelle",
                                "Commune de Hautrive"],
    ("municipality", "uk"): ["Northfield Borough Council", "Ashcombe District Council",
                             "Wyvern City Council", "Harrowgate Council"],
    ("municipality", "us"): ["City of Maple Falls", "Cedar County", "City of Lakeport",
                             "Town of Brookhaven Hills"],
    ("dev", "bx"): ["Betaalbrug", "Koppelwerk", "Factuurflow", "Molenpay", "Kassaklik", "Boekhoudbaas"],
    ("dev", "an"): ["Paylane", "Stackhook", "Chargeflow", "Sendrift", "Ledgerly", "Webhookery"],
}
AIRLINE_CODES = {"Vliegwind": "VW", "Aerolux": "XL", "Flandair": "FD", "Skyvaart": "SY",
                 "Zeewind Air": "ZW", "Lowland Air": "LL", "Bluecrest Airways": "BQ",
                 "Northjet": "NJ", "Skylark Air": "YL", "Pacifica Airlines": "PQ",
                 "Kestrel Air": "KE", "Meridian Wings": "MW"}
MODELS = {
    "router": ["H369A", "Fritz!Box 7590", "Fritz!Box 7530", "TP-Link Archer C6",
               "Experia Box v10", "Connect Box", "Netgear Nighthawk R7000", "Sagemcom F@st 5670",
               "Huawei B535", "Asus RT-AX58U", "Linksys E5600", "Zyxel VMG8825", "Deco X20",
               "Fritz!Box 6660"],
    "phone": ["Galaxy A54", "iPhone 15 Pro", "iPhone 13 mini", "Pixel 8a", "Galaxy S23",
              "Redmi Note 12", "Moto G84", "OnePlus Nord 3", "iPhone SE", "Galaxy A14",
              "Fairphone 5", "Nokia G42", "iPhone 12", "Galaxy S21 FE"],
    "tv": ["Samsung QE55Q80C", "LG OLED55C3", "Chromecast met Google TV", "Fire TV Stick 4K",
           "Apple TV 4K", "Sonos Beam", "Philips 55PUS8808", "Roku Express", "Sony KD-50X75WL",
           "TCL 55C745"],
    "meter": ["Landis+Gyr E350", "Kaifa MA105", "Iskra AM550", "Sagemcom T211", "Kamstrup 162",
              "Itron ACE6000"],
    "laptop": ["MacBook Air M2", "ThinkPad T14", "HP Pavilion 15", "Dell XPS 13", "Surface Pro 9",
               "Acer Aspire 5", "Chromebook 314", "iPad Air"],
}
FILLER = {
    "nl": ["Ik heb al twee keer gebeld maar kom steeds in de wachtrij terecht en na een half uur wordt de verbinding verbroken.",
           "Eerlijk gezegd ben ik er een beetje klaar mee, ik ben al jaren tevreden klant maar dit kost me echt te veel tijd.",
           "Op de website kon ik niets vinden over dit probleem en de chatbot stuurt me steeds terug naar de veelgestelde vragen.",
           "Mijn zoon heeft ook al gekeken maar die snapt het ook niet, dus ik hoop dat jullie me verder kunnen helpen.",
           "Ik werk overdag dus bellen lukt eigenlijk alleen in de pauze, daarom probeer ik het maar via de mail.",
           "Excuses voor de lange mail, maar ik wil graag dat alles in één keer duidelijk is zodat ik niet weer opnieuw hoef te beginnen.",
           "Vorige week kreeg ik van een collega van jullie de toezegging dat het binnen drie werkdagen opgelost zou zijn, maar ik heb sindsdien niets meer gehoord.",
           "Ik hoop dat jullie dit snel kunnen oppakken want zonder werkt het hier thuis allemaal niet.",
           "Graag hoor ik zo snel mogelijk van jullie, want ik heb dit echt nodig voor mijn werk.",
           "Alvast bedankt voor de moeite, ik weet dat het druk is bij jullie."],
    "nl-be": ["Ik heb al een paar keer naar de klantendienst gebeld maar ik hang telkens meer dan twintig minuten in de wachtrij.",
              "Het is niet de eerste keer dat er iets misloopt en ik begin het stilaan beu te worden eerlijk gezegd.",
              "Mijn schoonzoon heeft er ook al naar gekeken maar hij vond ook niet wat er scheelt.",
              "Ik zou het heel fijn vinden als iemand mij deze week nog kan terugbellen of mailen.",
              "Op jullie website staat dat het binnen de vijf werkdagen geregeld zou zijn maar dat is ondertussen al lang voorbij.",
              "Alvast bedankt om dit op te volgen, ik hoor graag iets van jullie."],
    "fr-be": ["J'ai déjà appelé deux fois le service clientèle mais après vingt minutes d'attente la communication a été coupée.",
              "Franchement je commence à perdre patience, je suis client depuis des années et je n'ai jamais eu autant de soucis.",
              "Mon fils a essayé de m'aider mais il ne comprend pas non plus ce qui se passe.",
              "Je travaille en journée donc il m'est difficile d'appeler, c'est pourquoi je vous écris.",
              "Sur votre site il est indiqué que le problème serait réglé sous cinq jours ouvrables, mais ce délai est largement dépassé.",
              "Je vous remercie d'avance pour votre aide et j'attends votre réponse rapidement."],
    "en": ["I have tried calling twice but both times I was on hold for over half an hour before the line went dead.",
           "To be honest I'm getting fed up, I've been a loyal customer for years and this is taking far too much of my time.",
           "I couldn't find anything about this on your website and the chatbot just keeps sending me back to the FAQ.",
           "My son had a look as well but he couldn't work it out either, so I'm hoping you can sort it.",
           "I work during the day so phoning is only possible on my lunch break, which is why I'm emailing instead.",
           "Sorry for the long email, I just want everything in one place so I don't have to explain it all again.",
           "Last week one of your colleagues promised it would be fixed within three working days, but I haven't heard anything since.",
           "I'd really appreciate it if someone could look at this quickly as I rely on it for work.",
           "Thanks in advance, I know you are busy.",
           "Please get back to me as soon as you can, it's been going on far too long now."],
}


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == (0 if half == "dev" else 1)]


def build_pools(half):
    P = {"first": {}, "last": {}, "agents": {}, "streets": {}, "cities": {}, "pw": {},
         "brands": {}, "models": {}, "filler": {}}
    for k, v in FIRST.items():
        P["first"][k] = deal(v, half)
    for k, v in LAST.items():
        P["last"][k] = deal(v, half)
    for k, v in AGENTS.items():
        P["agents"][k] = deal(v, half)
    for k, v in STREETS.items():
        P["streets"][k] = deal(v, half)
    for k, v in CITIES.items():
        P["cities"][k] = deal(v, half)
    for k, v in PW_WORDS.items():
        P["pw"][k] = deal(v, half)
    for k, v in BRANDS.items():
        P["brands"][k] = deal(v, half)
    for k, v in MODELS.items():
        P["models"][k] = deal(v, half)
    for k, v in FILLER.items():
        P["filler"][k] = deal(v, half)
    P["domains"] = deal(DOMAINS, half)
    return P


HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UPNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
B64URL = ALNUM + "-_"
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
DAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def mlang(lang):
    if lang.startswith("en"):
        return "en"
    if lang == "fr-be":
        return "fr"
    return "nl"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class Ctx:
    """Everything one rendered message shares: persona, brand, cached values."""

    def __init__(self, rng, P, lang, sector, breg=None):
        self.rng, self.P, self.lang, self.sector = rng, P, lang, sector
        self.region = REGION[lang]
        self.bregion = breg or self.region
        self.ml = mlang(lang)
        self.vals = {}
        r = rng
        self.first = r.choice(P["first"][lang])
        self.last = r.choice(P["last"][lang])
        self.first2 = r.choice([f for f in P["first"][lang] if f != self.first])
        self.agent = r.choice(P["agents"][lang])
        self.brand = self.pick_brand(sector)
        self.brand2 = self.pick_brand(r.choice(["telco", "bank", "webshop", "parcel", "energy"]))
        doms = [d for d, regs in P["domains"] if self.region in regs.split()]
        self.domain = r.choice(doms)
        self.domain2 = r.choice(doms)

    def pick_brand(self, sector):
        r, P = self.rng, self.P
        reg = self.bregion
        if sector == "municipality":
            keys = [("municipality", {"nl": "nl", "be": "be-fr" if self.lang == "fr-be" else "be-nl",
                                      "uk": "uk", "us": "us"}[reg])]
        else:
            keys = [(sector, "an" if reg in ("uk", "us") else "bx")]
        return r.choice(P["brands"][keys[0]])

    # -- derived persona values ------------------------------------------------------
    def slug(self, s):
        return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())

    def handle(self, brand=None):
        b = brand or self.brand
        base = re.sub(r"[^A-Za-z0-9]", "", strip_accents(b.replace("gemeente ", "Gem").replace("Stad ", "Stad")))
        suffix = {"nl": ["", "NL", "_NL", "Webcare", "Klantenservice"],
                  "be": ["", "BE", "_BE", "Help"],
                  "uk": ["", "UK", "Help", "_Support"],
                  "us": ["", "US", "Help", "Support"]}[self.bregion]
        return base[:15] + suffix[sum(map(ord, b)) % len(suffix)]

    def site(self, brand=None):
        b = brand or self.brand
        s = self.slug(b.replace("gemeente ", "").replace("Stad ", "").replace("Ville de ", "")
                      .replace("Commune de ", "").replace("City of ", ""))
        tld = {"nl": "nl", "be": "be", "uk": "co.uk", "us": "com"}[self.bregion]
        if self.sector == "municipality" and self.bregion == "uk":
            tld = "gov.uk"
        return "%s.%s" % (s, tld)

    def email_raw(self, which=1):
        r = self.rng
        f = self.slug(self.first if which == 1 else self.first2)
        l = self.slug(self.last)
        d = self.domain if which == 1 else self.domain2
        style = r.randrange(7)
        if style == 0:
            loc = "%s.%s" % (f, l)
        elif style == 1:
            loc = "%s%s%02d" % (f, l, r.randrange(100))
        elif style == 2:
            loc = "%s.%s" % (f[0], l)
        elif style == 3:
            loc = "%s_%d" % (f, r.randrange(1965, 2005))
        elif style == 4:
            loc = "%s%s" % (f, l[:1])
        elif style == 5:
            loc = "%s.%s%d" % (l, f, r.randrange(1, 99))
        else:
            loc = "%s%s" % (f[:3], l)
        return loc + "@" + d

    def username_raw(self):
        r = self.rng
        f = self.slug(self.first)
        l = self.slug(self.last)
        style = r.randrange(9)
        if style == 0:
            return "%s%s%02d" % (f[0], l, r.randrange(60, 100))
        if style == 1:
            return "%s.%s" % (f, l)
        if style == 2:
            return "%s%d" % (f, r.randrange(1960, 2006))
        if style == 3:
            return "%s_%s" % (f, l[:1])
        if style == 4:
            return "%s%s" % (f.capitalize(), l.capitalize())
        if style == 5:
            return "%s%s%d" % (f[:2], l[:4], r.randrange(1, 999))
        if style == 6:
            return "%s.%s%d" % (f[0], l, r.randrange(1, 99))
        if style == 7:
            return "%s-%s" % (f, l[:3])
        return "%s%s" % (l, r.randrange(10, 99))


# ---------------------------------------------------------------------------------------
# value generators.  Each returns the text to insert (the whole of it is the span).
# ---------------------------------------------------------------------------------------

def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_password(c, mods):
    r = c.rng
    words = c.P["pw"]["en" if c.ml == "en" else ("fr" if c.ml == "fr" else "nl")]
    w = r.choice(words)
    w2 = r.choice(words)
    style = r.randrange(12)
    if style == 0:
        s = w + str(r.randrange(2015, 2027)) + r.choice(["!", "", "!", "?", "#"])
    elif style == 1:
        s = w + "." + digits(r, 2)
    elif style == 2:
        s = w.lower() + digits(r, 3)
    elif style == 3:
        s = w + "#" + digits(r, r.choice([2, 4]))
    elif style == 4:
        s = w.replace("a", "@").replace("o", "0").replace("e", "3") + digits(r, 2)
        if s[0] == "@":
            s = "A" + s[1:]
    elif style == 5:
        s = w + w2 + str(r.randrange(1, 100))
    elif style == 6:
        s = "".join(r.choice(ALNUM) for _ in range(r.randrange(9, 14))) + r.choice(["!", "$", "", "%"])
    elif style == 7:
        s = w.lower() + "-" + str(r.randrange(1990, 2026))
    elif style == 8:
        s = w[0].lower() + w[1:].upper() + digits(r, 2) + "!"
    elif style == 9:
        s = w + "&" + w2.lower() + digits(r, 1)
    elif style == 10:
        s = w + "_" + c.slug(c.first)[:4] + digits(r, 2)
    else:
        s = w.lower() + w2.lower() + digits(r, 2) + r.choice(["", "*", "!!"])
    if "n" in mods:  # no trailing punctuation wanted
        s = s.rstrip("!?#*$%")
    return s


def gen_pin(c, mods):
    n = 4
    for m in mods:
        if m.isdigit():
            n = int(m)
    r = c.rng
    while True:
        s = digits(r, n)
        if len(set(s)) > 1:
            return s


def gen_puk(c, mods):
    return digits(c.rng, 8)


def gen_otp(c, mods):
    r = c.rng
    n = 6
    for m in mods:
        if m.isdigit():
            n = int(m)
    s = digits(r, n)
    if s[0] == "0" and r.random() < 0.5:
        s = str(r.randrange(1, 10)) + s[1:]
    style = None
    for m in ("sp", "dash", "G", "plain"):
        if m in mods:
            style = m
    if style is None:
        style = r.choice(["plain", "plain", "plain", "sp", "dash"]) if n == 6 else "plain"
    if style == "sp":
        return s[:3] + " " + s[3:]
    if style == "dash":
        return s[:3] + "-" + s[3:]
    if style == "G":
        return "G-" + s
    return s


def gen_wifi(c, mods):
    r = c.rng
    style = r.randrange(6)
    if style == 0:
        return "".join(r.choice(UPNUM) for _ in range(r.choice([10, 12, 16])))
    if style == 1:
        return "".join(r.choice(HEX) for _ in range(r.choice([10, 16, 20])))
    if style == 2:
        return "".join(r.choice(ALNUM) for _ in range(r.choice([12, 14, 16])))
    if style == 3:
        words = c.P["pw"]["en" if c.ml == "en" else ("fr" if c.ml == "fr" else "nl")]
        return r.choice(words) + r.choice(words) + digits(r, 2)
    if style == 4:
        words = c.P["pw"]["en" if c.ml == "en" else ("fr" if c.ml == "fr" else "nl")]
        return "-".join(w.lower() for w in r.sample(words, 3)) + "-" + digits(r, 2)
    return "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) + "-" + \
        "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) + "-" + \
        "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))


def gen_user(c, mods):
    return c.username_raw()


def rnd(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def gen_api(c, mods):
    r = c.rng
    kinds = ["sk", "pk", "rk", "ck", "cs", "api", "akia", "awssecret", "aiza", "sg", "hex32"]
    kind = next((m for m in mods if m in kinds), r.choice(kinds))
    if kind in ("sk", "pk", "rk"):
        return "%s_live_%s" % (kind, rnd(r, ALNUM, r.choice([24, 32, 40])))
    if kind in ("ck", "cs"):
        return "%s_%s" % (kind, rnd(r, HEX, 40))
    if kind == "api":
        return "api_" + rnd(r, ALNUM, 32)
    if kind == "akia":
        return "AKIA" + rnd(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "awssecret":
        return rnd(r, ALNUM + "/+", 40).replace("/", "a", 1)
    if kind == "aiza":
        return "AIza" + rnd(r, ALNUM + "-_", 34) + rnd(r, ALNUM, 1)
    if kind == "sg":
        return "SG." + rnd(r, ALNUM + "_", 22) + "." + rnd(r, ALNUM + "-_", 42) + rnd(r, ALNUM, 1)
    return rnd(r, HEX, 32)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_token(c, mods):
    r = c.rng
    kinds = ["jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40", "sess", "shpat"]
    kind = next((m for m in mods if m in kinds), r.choice(kinds))
    if kind == "jwt":
        head = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"},
                               separators=(",", ":")).encode())
        body = b64u(json.dumps({"sub": str(r.randrange(10 ** 5, 10 ** 8)),
                                "iat": r.randrange(1700000000, 1790000000),
                                "scope": r.choice(["read", "orders", "api", "user"])},
                               separators=(",", ":")).encode())
        return head + "." + body + "." + rnd(r, ALNUM, 42) + rnd(r, ALNUM + "-_", 0)
    if kind == "ghp":
        return "ghp_" + rnd(r, ALNUM, 36)
    if kind == "pat":
        return "github_pat_" + rnd(r, ALNUM, 22) + "_" + rnd(r, ALNUM, 59)
    if kind == "xoxb":
        return "xoxb-%s-%s-%s" % (digits(r, 12), digits(r, 13), rnd(r, ALNUM, 24))
    if kind == "xoxp":
        return "xoxp-%s-%s-%s-%s" % (digits(r, 12), digits(r, 12), digits(r, 13), rnd(r, HEX, 32))
    if kind == "glpat":
        return "glpat-" + rnd(r, ALNUM + "_-", 19) + rnd(r, ALNUM, 1)
    if kind == "hex40":
        return rnd(r, HEX, 40)
    if kind == "shpat":
        return "shpat_" + rnd(r, HEX, 32)
    return rnd(r, ALNUM, 30) + rnd(r, HEX, 10)


def card_raw(c, kind):
    r = c.rng
    if kind == "amex":
        return luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
    if kind == "mc":
        p = r.choice(["51", "52", "53", "54", "55", str(r.randrange(2221, 2721))])
        return luhn_complete(p + digits(r, 15 - len(p)))
    if kind == "maestro":
        p = r.choice(["6759", "5018", "5020", "6799"])
        n = r.choice([16, 16, 19])
        return luhn_complete(p + digits(r, n - 1 - len(p)))
    if kind == "bcmc":
        return luhn_complete("6703" + digits(r, 12))
    return luhn_complete("4" + digits(r, 14))


def gen_card(c, mods):
    r = c.rng
    kind = next((m for m in mods if m in ("amex", "mc", "maestro", "bcmc", "visa")), None)
    if kind is None:
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"] +
                        (["bcmc"] if c.region == "be" else []))
    raw = card_raw(c, kind)
    c.vals.setdefault("_cardkind", kind)
    sep = next((m for m in mods if m in ("sp", "dash", "raw", "sp2")), None)
    if sep is None:
        sep = r.choice(["sp", "sp", "sp", "dash", "raw", "sp2"])
    if sep == "raw":
        return raw
    j = {"sp": " ", "sp2": "  ", "dash": "-"}[sep]
    if len(raw) == 15:
        return j.join([raw[:4], raw[4:10], raw[10:]])
    return j.join(raw[i:i + 4] for i in range(0, len(raw), 4))


def gen_cvv(c, mods):
    n = 4 if "4" in mods else 3
    return digits(c.rng, n)


def gen_exp(c, mods):
    r = c.rng
    m = r.randrange(1, 13)
    y = r.randrange(2025, 2032)
    style = next((x for x in mods if x in ("slash", "long", "mmyy", "dash", "sp")), None)
    style = style or r.choice(["slash", "slash", "long", "mmyy", "dash", "sp"])
    if style == "slash":
        return "%02d/%02d" % (m, y % 100)
    if style == "long":
        return "%02d/%d" % (m, y)
    if style == "mmyy":
        return "%02d%02d" % (m, y % 100)
    if style == "dash":
        return "%02d-%d" % (m, y)
    return "%02d / %02d" % (m, y % 100)


def iban_raw(c, cc):
    r = c.rng
    if cc == "NL":
        bank = r.choice(["ABNA", "RABO", "INGB", "KNAB", "TRIO", "SNSB", "ASNB", "BUNQ", "RBRB"])
        return iban_make("NL", bank + digits(r, 10))
    if cc == "BE":
        acct = str(r.randrange(10 ** 9, 10 ** 10))
        chk = int(acct) % 97 or 97
        return iban_make("BE", "%s%02d" % (acct, chk))
    if cc == "DE":
        return iban_make("DE", digits(r, 18))
    if cc == "FR":
        bank, branch, acc = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        return iban_make("FR", "%s%s%s%02d" % (bank, branch, acc, key))
    if cc == "GB":
        return iban_make("GB", r.choice(["NWBK", "BARC", "MIDL", "LOYD", "MONZ"]) + digits(r, 14))
    if cc == "ES":
        return iban_make("ES", digits(r, 20))
    if cc == "LU":
        return iban_make("LU", digits(r, 3) + digits(r, 13))
    if cc == "IE":
        return iban_make("IE", r.choice(["AIBK", "BOFI"]) + digits(r, 14))
    raise ValueError(cc)


def gen_iban(c, mods):
    r = c.rng
    cc = next((m.upper() for m in mods if m.upper() in ("NL", "BE", "DE", "FR", "GB", "ES", "LU", "IE")), None)
    if cc is None:
        home = {"nl": "NL", "be": "BE", "uk": "GB", "us": "GB"}[c.region]
        cc = r.choice([home] * 6 + ["DE", "FR", "ES", "LU", "IE", "NL", "BE"])
    key = "_iban_" + cc
    raw = iban_raw(c, cc)
    style = next((m for m in mods if m in ("grp", "raw", "low", "cc")), None)
    style = style or r.choice(["grp", "grp", "grp", "raw", "raw", "low", "cc"])
    if style == "raw":
        return raw
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if style == "grp":
        return grouped
    if style == "low":
        return r.choice([raw.lower(), grouped.lower()])
    rest = raw[4:]
    return raw[:2] + " " + raw[2:4] + " " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))


def gen_bsn(c, mods):
    r = c.rng
    while True:
        d = str(r.randrange(1, 10)) + digits(r, 7)
        s = sum(int(d[i]) * (9 - i) for i in range(8))
        last = s % 11
        if last < 10:
            b = d + str(last)
            if bsn_ok(b):
                break
    style = next((m for m in mods if m in ("raw", "dot", "sp")), None)
    style = style or r.choice(["raw", "raw", "raw", "dot", "sp"])
    if style == "dot":
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if style == "sp":
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b


def gen_email(c, mods):
    r = c.rng
    which = 2 if "2" in mods else 1
    e = c.vals.get("_email%d" % which)
    if e is None:
        e = c.vals["_email%d" % which] = c.email_raw(which)
    style = next((m for m in mods if m in ("plain", "odd")), None)
    if style is None:
        style = "odd" if r.random() < 0.12 else "plain"
    if style == "plain":
        return e
    loc, dom = e.split("@")
    name, tld = dom.rsplit(".", 1)
    dot = {"nl": "punt", "en": "dot", "fr": "point"}[c.ml]
    return r.choice(["%s @ %s" % (loc, dom), "%s at %s %s %s" % (loc, name, dot, tld),
                     "%s(at)%s" % (loc, dom), "%s [at] %s" % (loc, dom)])


def phone_for(c, region, mods):
    r = c.rng
    if region == "nl":
        if "land" in mods or ("mob" not in mods and r.random() < 0.12):
            n = digits(r, 7)
            return r.choice(["020-%s" % n, "(020) %s %s" % (n[:3], n[3:]), "020 %s" % n])
        n = "1" + digits(r, 7)
        return r.choice(["06-" + n, "06" + n, "06 " + n, "06 - " + n,
                         "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]),
                         "+31 6 " + n, "+316" + n, "+31 6 %s %s" % (n[:4], n[4:]),
                         "0031 6 " + n])
    if region == "be":
        p = str(r.randrange(70, 100))
        n = digits(r, 6)
        return r.choice(["04%s/%s.%s.%s" % (p, n[:2], n[2:4], n[4:]),
                         "04%s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "04%s%s" % (p, n),
                         "+32 4%s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "+324%s%s" % (p, n),
                         "04%s/%s %s %s" % (p, n[:2], n[2:4], n[4:]),
                         "0032 4%s %s %s %s" % (p, n[:2], n[2:4], n[4:])])
    if region == "uk":
        n = digits(r, 3)
        if "land" in mods or ("mob" not in mods and r.random() < 0.15):
            return r.choice(["020 7946 0%s" % n, "+44 20 7946 0%s" % n, "(020) 7946 0%s" % n])
        return r.choice(["07700 900%s" % n, "07700900%s" % n, "+44 7700 900%s" % n,
                         "+44 (0)7700 900%s" % n, "07700 900 %s" % n, "+447700900%s" % n])
    a = r.choice(US_AREA)
    n = "%02d" % r.randrange(100)
    return r.choice(["(%s) 555-01%s" % (a, n), "%s-555-01%s" % (a, n), "%s.555.01%s" % (a, n),
                     "+1 %s 555 01%s" % (a, n), "1 (%s) 555-01%s" % (a, n),
                     "+1 (%s) 555-01%s" % (a, n)])


def gen_phone(c, mods):
    reg = next((m for m in mods if m in ("nl", "be", "uk", "us")), c.region)
    return phone_for(c, reg, mods)


def uk_postcode(r, area):
    return "%s%d %d%s" % (area, r.randrange(1, 20), r.randrange(1, 10),
                          rnd(r, "ABDEFGHJLNPQRSTUWXYZ", 2))


def gen_addr(c, mods):
    r = c.rng
    P = c.P
    ml = "ml" in mods
    street_only = "st" in mods
    reg = next((m for m in mods if m in ("nl", "be", "uk", "us")), c.region)
    if reg == "nl":
        st = r.choice(P["streets"]["nl"])
        num = str(r.randrange(1, 240)) + r.choice(["", "", "", "a", "-2", " A", "-hs", " bis"])
        city, pc2 = r.choice(P["cities"]["nl"])
        pc = "%s%s %s" % (pc2, digits(r, 2), rnd(r, "ABCEGHJKLMNPRTVWXZ", 2))
        if r.random() < 0.2:
            pc = pc.replace(" ", "")
        line1, line2 = "%s %s" % (st, num), "%s %s" % (pc, r.choice([city, city, city.upper()]))
    elif reg == "be":
        fr = c.lang == "fr-be"
        st = r.choice(P["streets"]["be-fr" if fr else "be-nl"])
        num = str(r.randrange(1, 200))
        if r.random() < 0.25:
            num += r.choice([" bus 3", " bus 12", "/2", " boîte 4" if fr else " bus 1"])
        city, pc = r.choice(P["cities"]["be-fr" if fr else "be-nl"])
        line1, line2 = "%s %s" % (st, num), "%s %s" % (pc, city)
    elif reg == "uk":
        st = r.choice(P["streets"]["uk"])
        city, area = r.choice(P["cities"]["uk"])
        line1 = "%s%s %s" % (r.choice(["", "", "Flat %d, " % r.randrange(1, 30)]), r.randrange(1, 180), st)
        line2 = "%s %s" % (city, uk_postcode(r, area))
    else:
        st = r.choice(P["streets"]["us"])
        city, stz = r.choice(P["cities"]["us"])
        state, z = stz.split()
        line1 = "%d %s%s" % (r.randrange(10, 9900), st, r.choice(["", "", ", Apt %d%s" % (r.randrange(1, 20), r.choice("ABCD"))]))
        line2 = "%s, %s %s%s" % (city, state, z, digits(r, 2))
    if street_only:
        return line1
    if ml:
        return line1 + "\n" + line2
    return line1 + ", " + line2 if r.random() < 0.8 else line1 + " " + line2


def date_fmt(c, y, m, d, style=None, birth=False):
    r = c.rng
    ml = c.ml
    us = c.lang == "en-us"
    styles = ["num", "num", "long", "short2"] if birth else ["num", "long", "long", "nodayyear"]
    style = style or r.choice(styles)
    if style == "num":
        if us:
            return r.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y)])
        if ml == "nl":
            return r.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y),
                             "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])
    if style == "short2":
        if us:
            return "%d/%d/%02d" % (m, d, y % 100)
        return r.choice(["%02d-%02d-%02d" % (d, m, y % 100), "%d/%d/%02d" % (d, m, y % 100)])
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "nodayyear":
        if ml == "en":
            return "%s %s" % (MONTHS["en"][m - 1], ordinal(d)) if us else "%d %s" % (d, MONTHS["en"][m - 1])
        return "%d %s" % (d, MONTHS[ml][m - 1])
    # long
    if ml == "en":
        if us:
            return r.choice(["%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                             "%s %s %d" % (MONTHS["en"][m - 1][:3], ordinal(d), y)])
        return r.choice(["%d %s %d" % (d, MONTHS["en"][m - 1], y),
                         "%s %s %d" % (ordinal(d), MONTHS["en"][m - 1], y),
                         "%s of %s %d" % (ordinal(d), MONTHS["en"][m - 1], y)])
    if ml == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), MONTHS["fr"][m - 1], y)
    return "%d %s %d" % (d, MONTHS["nl"][m - 1], y)


def gen_dob(c, mods):
    r = c.rng
    y, m, d = r.randrange(1941, 2006), r.randrange(1, 13), r.randrange(1, 29)
    if "kid" in mods:
        y = r.randrange(2010, 2025)
    style = next((x for x in mods if x in ("num", "long", "short2", "iso")), None)
    return date_fmt(c, y, m, d, style, birth=True)


def gen_ip(c, mods):
    r = c.rng
    if "v6" in mods or r.random() < 0.1:
        return "2001:db8:%x:%x::%x" % (r.randrange(1, 0xffff), r.randrange(1, 0xffff), r.randrange(1, 0xfff))
    if r.random() < 0.35:
        return r.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(r.randrange(1, 255))
    return "%d.%d.%d.%d" % (r.choice([31, 37, 62, 77, 81, 84, 86, 87, 89, 94, 145, 178, 185, 188,
                                      212, 213, 217, 82, 109]),
                            r.randrange(1, 255), r.randrange(0, 255), r.randrange(1, 255))


def gen_cust(c, mods):
    r = c.rng
    s = c.sector
    if s in ("telco",):
        return r.choice([digits(r, 9), "1." + digits(r, 3) + "." + digits(r, 3),
                         "KL" + digits(r, 7), "1-" + digits(r, 8)])
    if s == "energy":
        return r.choice(["30" + digits(r, 7), "9" + digits(r, 9), digits(r, 8), "EN-" + digits(r, 7)])
    if s == "bank":
        return r.choice([digits(r, 10), "C" + digits(r, 9), digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 2)])
    if s == "insurer":
        return r.choice(["P" + digits(r, 8), digits(r, 4) + "." + digits(r, 3) + "." + digits(r, 3),
                         "ZV-" + digits(r, 7), digits(r, 9)])
    if s == "airline":
        return r.choice([digits(r, 10), digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 4)])
    if s == "rail":
        return r.choice(["R" + digits(r, 8), digits(r, 9)])
    if s == "streaming":
        return r.choice(["ACC-" + digits(r, 8), digits(r, 9)])
    if s == "municipality":
        return r.choice(["REL" + digits(r, 7), digits(r, 8)])
    if s == "dev":
        return r.choice(["cus_" + rnd(r, ALNUM, 14), "C-" + digits(r, 7)])
    return r.choice([digits(r, 8), "K" + digits(r, 7), digits(r, 7)])


# ---------------------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------------------

def gen_amount(c, mods):
    r = c.rng
    v = r.choice([r.randrange(3, 80), r.randrange(20, 400), r.randrange(100, 2500)])
    if "big" in mods:
        v = r.randrange(250, 3200)
    if "small" in mods:
        v = r.randrange(2, 90)
    cents = r.choice(["00", "99", "50", "95", "%02d" % r.randrange(100)])
    if c.ml == "en":
        cur = "$" if c.lang == "en-us" else "£"
        return r.choice(["%s%d.%s" % (cur, v, cents), "%s%d" % (cur, v), "%s%s" % (cur, "{:,}".format(v))])
    if c.ml == "fr":
        return r.choice(["%d,%s €" % (v, cents), "%d €" % v, "€ %d,%s" % (v, cents), "%d,%s EUR" % (v, cents)])
    return r.choice(["€ %d,%s" % (v, cents), "€%d,%s" % (v, cents), "€%d" % v, "%d,%s euro" % (v, cents),
                     "EUR %d,%s" % (v, cents)])


def gen_cphone(c, mods):
    r = c.rng
    reg = c.bregion
    if reg == "nl":
        return r.choice(["0800-" + digits(r, 4), "0900-" + digits(r, 4), "088 " + digits(r, 3) + " " + digits(r, 4),
                         "0900 " + digits(r, 7), "088-" + digits(r, 7)])
    if reg == "be":
        return r.choice(["078 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2), "0800 " + digits(r, 2) + " " + digits(r, 3),
                         "078/" + digits(r, 2) + "." + digits(r, 2) + "." + digits(r, 2), "070 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2)])
    if reg == "uk":
        return r.choice(["0345 " + digits(r, 3) + " " + digits(r, 4), "03457 " + digits(r, 3) + " " + digits(r, 3),
                         "0800 " + digits(r, 3) + " " + digits(r, 4), "0333 " + digits(r, 3) + " " + digits(r, 4)])
    return r.choice(["1-800-555-01%02d" % r.randrange(100), "1-888-555-01%02d" % r.randrange(100),
                     "(800) 555-01%02d" % r.randrange(100)])


def gen_kvk(c, mods):
    r = c.rng
    reg = c.bregion
    if reg == "nl":
        return r.choice(["KvK " + digits(r, 8), "KvK-nummer " + digits(r, 8), "BTW NL" + digits(r, 9) + "B01",
                         "btw-id NL00" + digits(r, 7) + "B" + digits(r, 2)])
    if reg == "be":
        n = "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3)
        return r.choice(["BE " + n, "ondernemingsnummer " + n if c.lang == "nl-be" else "n° d'entreprise " + n,
                         "BTW BE" + n.replace(".", ""), "TVA BE " + n])
    if reg == "uk":
        return r.choice(["Company No. " + digits(r, 8), "VAT GB" + digits(r, 9), "company number " + digits(r, 8)])
    return r.choice(["EIN " + digits(r, 2) + "-" + digits(r, 7), "Tax ID " + digits(r, 2) + "-" + digits(r, 7)])


def gen_date(c, mods):
    r = c.rng
    y, m, d = r.randrange(2024, 2027), r.randrange(1, 13), r.randrange(1, 29)
    style = next((x for x in mods if x in ("num", "long", "nodayyear", "iso")), None)
    s = date_fmt(c, y, m, d, style)
    if "day" in mods:
        s = DAYS[c.ml][datetime.date(y, m, d).weekday()] + " " + s
    return s


def gen_time(c, mods):
    r = c.rng
    h, mi = r.randrange(7, 23), r.choice([0, 5, 12, 15, 20, 30, 34, 45, 50, 58])
    if c.ml == "en":
        if c.lang == "en-us" or r.random() < 0.4:
            return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"),
                             "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am")])
        return "%02d:%02d" % (h, mi)
    if c.lang in ("nl-be", "fr-be") and r.random() < 0.5:
        return "%du%02d" % (h, mi) if c.lang == "nl-be" else "%dh%02d" % (h, mi)
    return r.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi)])


def gen_year(c, mods):
    return str(c.rng.randrange(1998, 2024))


def gen_err(c, mods):
    r = c.rng
    return r.choice(["E-%d" % r.randrange(100, 9999), "0x%08X" % r.randrange(0x80000000, 0x8FFFFFFF),
                     "ERR_%d" % r.randrange(100, 999), "F%03d" % r.randrange(1, 999),
                     "NW-%d-%d" % (r.randrange(1, 9), r.randrange(1, 9)),
                     "%d" % r.choice([403, 500, 502, 401, 429, 1004, 3012]),
                     "C%d-%d" % (r.randrange(1, 99), r.randrange(100, 999)),
                     "PIN-%02d" % r.randrange(1, 99)])


def gen_flight(c, mods):
    code = AIRLINE_CODES.get(c.brand, "ZW")
    r = c.rng
    return r.choice(["%s%d" % (code, r.randrange(100, 9999)), "%s %d" % (code, r.randrange(100, 9999))])


def gen_inv(c, mods):
    r = c.rng
    return r.choice(["%d-%06d" % (r.randrange(2024, 2027), r.randrange(10 ** 6)), "F%d%05d" % (r.randrange(24, 27), r.randrange(10 ** 5)),
                     "INV-%06d" % r.randrange(10 ** 6), "%d/%05d" % (r.randrange(2024, 2027), r.randrange(10 ** 5)),
                     "FAC" + digits(r, 8)])


def gen_order(c, mods):
    r = c.rng
    return r.choice(["#%d" % r.randrange(10 ** 6, 10 ** 7), "%d" % r.randrange(10 ** 8, 10 ** 9),
                     "%s-%d" % (r.choice(["BM", "NL", "UK", "WW", "A"]), r.randrange(10 ** 5, 10 ** 7)),
                     "%d-%d" % (r.randrange(100, 999), r.randrange(10 ** 6, 10 ** 7)),
                     "ORD%d" % r.randrange(10 ** 7, 10 ** 8)])


def gen_ticket(c, mods):
    r = c.rng
    return r.choice(["%02d%02d-%06d" % (r.randrange(24, 27), r.randrange(1, 13), r.randrange(10 ** 6)),
                     "CS-%d" % r.randrange(10 ** 4, 10 ** 6), "#%d" % r.randrange(10 ** 5, 10 ** 7),
                     "%d" % r.randrange(10 ** 7, 10 ** 8), "REF%d" % r.randrange(10 ** 5, 10 ** 7),
                     "%d/%d" % (r.randrange(2024, 2027), r.randrange(10 ** 4, 10 ** 6)),
                     "INC%07d" % r.randrange(10 ** 7)])


def gen_track(c, mods):
    r = c.rng
    return r.choice(["3S" + rnd(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + digits(r, 9),
                     "JVGL" + digits(r, 16), "1Z" + rnd(r, UPNUM, 6) + digits(r, 10),
                     "CD" + digits(r, 9) + "NL", "RR" + digits(r, 9) + "GB", digits(r, 14),
                     "LX" + digits(r, 9) + "BE", "9400" + digits(r, 18)])


def gen_meter(c, mods):
    r = c.rng
    return r.choice(["%05d" % r.randrange(100, 99999), "%d,%d" % (r.randrange(1000, 40000), r.randrange(10)),
                     "%06d" % r.randrange(1000, 999999), "%d" % r.randrange(1000, 60000)])


def gen_model(c, mods):
    cat = next((m for m in mods if m in MODELS), "router")
    return c.rng.choice(c.P["models"][cat])


def gen_sku(c, mods):
    r = c.rng
    body = "87" + digits(r, 10)
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    ean = body + str((10 - s % 10) % 10)
    return r.choice(["%d-%04d" % (r.randrange(10, 99), r.randrange(10 ** 4)), ean,
                     "SKU" + digits(r, 6), "%s-%s-%d" % (rnd(r, "ABCDEFGHKLMNPRSTVW", 3), rnd(r, "ABCDEFGHKLMNPRSTVW", 2), r.randrange(10, 99))])


def gen_ver(c, mods):
    r = c.rng
    return r.choice(["%d.%d.%d" % (r.randrange(3, 12), r.randrange(0, 40), r.randrange(0, 9)),
                     "iOS %d.%d.%d" % (r.randrange(16, 19), r.randrange(0, 6), r.randrange(1, 4)),
                     "iOS %d.%d" % (r.randrange(16, 19), r.randrange(0, 6)),
                     "Android %d" % r.randrange(11, 16), "v%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 30)),
                     "%d.%d" % (r.randrange(2, 12), r.randrange(0, 30))])


def gen_pct(c, mods):
    r = c.rng
    v = r.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 12, 3])
    return r.choice(["%d%%" % v, "%d %%" % v]) if c.ml != "en" else "%d%%" % v


def gen_qty(c, mods):
    r = c.rng
    dec = "," if c.ml != "en" else "."
    cat = next((m for m in mods if m in ("data", "speed", "energy", "kg", "km", "min")), None)
    cat = cat or {"telco": r.choice(["data", "speed"]), "energy": "energy", "streaming": "data",
                  "airline": "kg", "parcel": "kg", "webshop": "kg", "rail": "km"}.get(c.sector, "min")
    if cat == "data":
        return r.choice(["%d GB" % r.choice([5, 10, 20, 50, 100, 200]), "%dGB" % r.choice([2, 8, 30, 60]),
                         "%d%s%d GB" % (r.randrange(1, 4), dec, r.randrange(1, 10))])
    if cat == "speed":
        return r.choice(["%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d Mbit" % r.choice([100, 250, 400]),
                         "%d Mb/s" % r.choice([20, 40, 150])])
    if cat == "energy":
        return r.choice(["%d kWh" % r.randrange(150, 4800), "%d m³" % r.randrange(300, 2200)])
    if cat == "kg":
        return "%d%s%d kg" % (r.randrange(1, 30), dec, r.randrange(10))
    if cat == "km":
        return "%d km" % r.randrange(2, 300)
    return {"nl": "%d minuten", "fr": "%d minutes", "en": "%d minutes"}[c.ml] % r.randrange(10, 90)


def gen_url(c, mods):
    r = c.rng
    path = r.choice({"nl": ["inloggen", "storing", "mijn-account", "help/wachtwoord", "contact", "status", "app"],
                     "fr": ["connexion", "panne", "mon-compte", "aide/mot-de-passe", "contact", "statut", "app"],
                     "en": ["login", "status", "my-account", "help/password", "contact", "account/security",
                            "support/pin", "track", "app"]}[c.ml])
    s = c.site()
    return r.choice(["https://www.%s/%s" % (s, path), "www.%s/%s" % (s, path), "%s/%s" % (s, path),
                     "https://mijn.%s" % s if c.ml == "nl" else "https://my.%s" % s])


def gen_mask(c, mods):
    r = c.rng
    kind = next((m for m in mods if m in ("card", "iban", "pw", "phone", "email", "gen")), None)
    kind = kind or r.choice(["card", "iban", "pw", "phone", "email", "gen"])
    if kind == "card":
        l4 = digits(r, 4)
        return r.choice(["**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "•••• " + l4, "************" + l4,
                         "xxxx xxxx xxxx " + l4])
    if kind == "iban":
        reg = c.region
        opts = {"nl": ["NL** **** **** **%s" % digits(r, 2), "NL**%s****%s" % (rnd(r, "ABIKNRST", 4), digits(r, 3))],
                "be": ["BE** **** **** %s" % digits(r, 2), "BE%s **** **** ****" % digits(r, 2)],
                "uk": ["GB** **** **** **** %s" % digits(r, 2), "****%s" % digits(r, 4)],
                "us": ["****%s" % digits(r, 4), "ending in %s" % digits(r, 4)][:1]}[reg]
        return r.choice(opts + ["…%s" % digits(r, 4)])
    if kind == "pw":
        return r.choice(["********", "••••••••", "*****", "xxxxxxxx", "[verwijderd]" if c.ml == "nl" else "[removed]"])
    if kind == "phone":
        n = digits(r, 2)
        return r.choice(["06-****%s%s" % (digits(r, 2), n), "+31 6 *** ** %s" % n, "07*** ***%s%s" % (digits(r, 1), n),
                         "04** ** ** %s" % n, "***-***-%s%s" % (digits(r, 2), n)])
    if kind == "email":
        loc = c.slug(c.first)
        return "%s***@%s" % (loc[0], c.domain)
    return r.choice(["******", "***-***", "X" * 8, "**-**-****"])


GEN = {
    # labelled spans
    "PW": ("span", "password", gen_password), "PIN": ("span", "pin", gen_pin),
    "PUK": ("span", "puk", gen_puk), "OTP": ("span", "otp", gen_otp),
    "WIFI": ("span", "wifi_key", gen_wifi), "USER": ("span", "username", gen_user),
    "API": ("span", "api_key", gen_api), "TOK": ("span", "token", gen_token),
    "CARD": ("span", "card", gen_card), "CVV": ("span", "cvv", gen_cvv),
    "IBAN": ("span", "iban", gen_iban), "BSN": ("span", "bsn", gen_bsn),
    "EXP": ("span", "card_expiry", gen_exp), "EMAIL": ("span", "email", gen_email),
    "PHONE": ("span", "phone", gen_phone), "ADDR": ("span", "address", gen_addr),
    "DOB": ("span", "date_of_birth", gen_dob), "IP": ("span", "ip_address", gen_ip),
    "CUST": ("span", "customer_number", gen_cust),
    # hard negatives
    "AMT": ("neg", "amount", gen_amount), "CPH": ("neg", "company_phone", gen_cphone),
    "KVK": ("neg", "company_registration", gen_kvk), "DATE": ("neg", "date", gen_date),
    "TIME": ("neg", "time", gen_time), "YEAR": ("neg", "year", gen_year),
    "ERR": ("neg", "error_code", gen_err), "FLT": ("neg", "flight_number", gen_flight),
    "INV": ("neg", "invoice_number", gen_inv), "ORD": ("neg", "order_number", gen_order),
    "TKT": ("neg", "ticket_number", gen_ticket), "TRK": ("neg", "tracking_number", gen_track),
    "METER": ("neg", "meter_reading", gen_meter), "MODEL": ("neg", "model_number", gen_model),
    "SKU": ("neg", "product_code", gen_sku), "VER": ("neg", "version_string", gen_ver),
    "PCT": ("neg", "percentage", gen_pct), "QTY": ("neg", "quantity", gen_qty),
    "URL": ("neg", "url", gen_url), "MASK": ("neg", "masked_value", gen_mask),
}

WRAPS = [("", ""), ("", ""), ('"', '"'), ("'", "'"), ("*", "*"), ("`", "`"), ("«", "»"),
         ("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]"), ("« ", " »"), ("„", "“")]
TAILS = ["", "", " 😭", "😭", " 🙈", "🙏", " 😤", "👍", " ??", " !!", " ..", "?!", " 🤷‍♀️", " 😡", "🤔"]


def plain_value(c, base, mods):
    """Unlabelled fillers."""
    r = c.rng
    if base == "NAME":
        return "%s %s" % (c.first, c.last)
    if base == "FIRST":
        return c.first
    if base == "FIRST2":
        return c.first2
    if base == "LAST":
        return c.last
    if base == "AGENT":
        return c.agent
    if base == "AGI":
        return (c.agent[0] + r.choice("BDGHJKLMNPRSTVW")).upper()
    if base == "BRAND":
        return c.brand
    if base == "BRAND2":
        return c.brand2
    if base == "SITE":
        return c.site()
    if base == "HANDLE":
        return c.handle()
    if base == "SSID":
        b = re.sub(r"[^A-Za-z]", "", strip_accents(c.brand))[:8]
        return r.choice(["%s-%s" % (b, rnd(r, "0123456789ABCDEF", 4)), "%s_5G_%s" % (b, rnd(r, "0123456789ABCDEF", 4)),
                         "%sWiFi%s" % (b, digits(r, 3))])
    if base == "CITY":
        key = {"nl": "nl", "be": "be-fr" if c.lang == "fr-be" else "be-nl", "uk": "uk", "us": "us"}[c.region]
        return r.choice(c.P["cities"][key])[0]
    if base == "FILL":
        pool = c.P["filler"]["en" if c.lang.startswith("en") else c.lang]
        used = c.vals.setdefault("_fill", set())
        left = [x for x in pool if x not in used] or pool
        x = r.choice(left)
        used.add(x)
        return x
    if base == "N":  # small unlabelled count
        return str(r.randrange(2, 6))
    raise TemplateError("unknown placeholder " + base)


# ---------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------

class Out:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []   # (type, start, end)
        self.negs = []    # (kind, start, end)

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


def render_nodes(nodes, c, out):
    for node in nodes:
        if node[0] == "lit":
            out.add(node[1])
        elif node[0] == "alt":
            render_nodes(c.rng.choice(node[1]), c, out)
        else:
            render_ph(node[1], c, out)


def render_ph(spec, c, out):
    key, _, modstr = spec.partition(":")
    mods = [m for m in modstr.split(",") if m]
    base, _, idx = key.partition("#")
    if base == "@":
        h = c.handle(c.brand2 if idx == "2" else None)
        out.add("@")
        start = out.n - 1
        out.add(h)
        out.negs.append(("mention", start, out.n))
        return
    if base not in GEN:
        out.add(plain_value(c, base, mods))
        return
    kind, label, fn = GEN[base]
    ck = base + "#" + (idx or "1") + "".join("|" + m for m in sorted(mods) if m in KIND_MODS)
    if base == "EMAIL":
        c.vals[ck] = fn(c, mods + ([idx] if idx else []))
        value = c.vals[ck]
    elif ck in c.vals and "new" not in mods:
        value = c.vals[ck]
        if base in ("IBAN", "CARD", "BSN", "OTP") and "same" not in mods:
            value = reformat(base, value, c, mods)
    else:
        value = fn(c, mods)
        c.vals[ck] = value
    pre, suf = "", ""
    if "w" in mods:
        pre, suf = c.rng.choice(WRAPS)
    if "e" in mods:
        suf = suf + c.rng.choice(TAILS)
    out.add(pre)
    start = out.n
    out.add(value)
    (out.spans if kind == "span" else out.negs).append((label, start, out.n))
    out.add(suf)


KIND_MODS = {"router", "phone", "tv", "meter", "laptop", "sk", "pk", "rk", "ck", "cs", "api", "akia",
             "awssecret", "aiza", "sg", "hex32", "jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40",
             "sess", "shpat"}


def reformat(base, value, c, mods):
    """Read-back of a value already given: same digits, possibly other grouping."""
    raw = re.sub(r"[\s.\-/]", "", value)
    r = c.rng
    if base == "IBAN":
        raw = raw.upper()
        if "raw" in mods:
            return raw
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if base == "CARD":
        if len(raw) == 15:
            return " ".join([raw[:4], raw[4:10], raw[10:]])
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return value


def hard_text_checks(text):
    return not PLACEHOLDER_RE.search(text)


MENTION_RE = re.compile(r"(?<![\w.@/])@[A-Za-z_][A-Za-z0-9_]{1,30}")
HASHTAG_RE = re.compile(r"(?<![\w&#/])#[^\W\d_][\w]{1,40}")


def auto_social(text, spans, negs):
    taken = [(s, e) for _, s, e in spans] + [(s, e) for _, s, e in negs]
    for rx, kind in ((MENTION_RE, "mention"), (HASHTAG_RE, "hashtag")):
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            negs.append((kind, s, e))
            taken.append((s, e))


SECRET_PUNCT_END = set("!?#*$%.&_-")
SENT_PUNCT = set(".,!?;:)]»”’\"'…")


def message_ok(text, spans, negs):
    """Local realism/unambiguity rules; failing messages are re-rendered."""
    for t, s, e in spans:
        v = text[s:e]
        if v != v.strip() or not v:
            return False
        if e < len(text) and (text[e].isalnum()):
            return False
        if s > 0 and text[s - 1].isalnum():
            return False
        if t in HIGH and v[-1] in SECRET_PUNCT_END and e < len(text) and text[e] in SENT_PUNCT:
            return False
        if t in ("password", "wifi_key", "api_key", "token", "username", "pin", "puk", "cvv") and " " in v:
            return False
    for k, s, e in negs:
        v = text[s:e]
        if v != v.strip() or not v:
            return False
    allr = sorted([(s, e) for _, s, e in spans])
    for (a, b), (c2, d) in zip(allr, allr[1:]):
        if c2 < b:
            return False
    for _, s, e in negs:
        for _, a, b in spans:
            if s < b and a < e:
                return False
    return True


# ---------------------------------------------------------------------------------------
# templates registry
# ---------------------------------------------------------------------------------------

TEMPLATES = []
QUOTES = []


def T(fam, lang, cls, sector, text, chan=None, subj=None, full=False, q=None, breg=None):
    assert cls in CLS_SHARE, cls
    assert lang in ("nl", "nl-be", "fr-be", "en-gb", "en-us"), lang
    if cls == "mail" and not full:
        assert subj, text[:40]
    TEMPLATES.append({"id": "t%03d" % len(TEMPLATES), "fam": fam, "lang": lang, "cls": cls,
                      "sector": sector, "text": text, "chan": chan, "subj": subj, "full": full,
                      "q": q, "breg": breg})


def Q(lang, who, sectors, text):
    assert who in ("agent", "self", "other")
    QUOTES.append({"id": "q%03d" % len(QUOTES), "lang": lang, "who": who,
                   "sectors": sectors.split(), "text": text})


SUBJ_LABEL = {"nl": "Onderwerp: ", "nl-be": "Onderwerp: ", "fr-be": "Objet : ", "en": "Subject: "}
GREET = {
    "nl": "{~Beste {BRAND},|Geachte heer/mevrouw,|Hallo,|Goedemiddag,|Beste klantenservice,|Hoi,|Geachte klantenservice van {BRAND},|Goedemorgen,|Beste mensen,}",
    "nl-be": "{~Beste,|Geachte,|Dag,|Hallo,|Beste klantendienst,|Goeiedag,|Geachte heer, mevrouw,}",
    "fr-be": "{~Bonjour,|Madame, Monsieur,|Bonjour Madame, Monsieur,|Chère équipe {BRAND},|Bonsoir,|Bonjour à vous,}",
    "en": "{~Hi,|Hello,|Dear Sir or Madam,|Hi there,|Dear {BRAND} team,|To whom it may concern,|Good afternoon,|Hello {BRAND},}",
}
SIGNOFF = {
    "nl": "{~Met vriendelijke groet,|Mvg,|Groeten,|Groetjes,|Vriendelijke groet,|Alvast bedankt,|Met vriendelijke groeten,}",
    "nl-be": "{~Met vriendelijke groeten,|Mvg,|Groetjes,|Vriendelijke groeten,|Alvast bedankt,}",
    "fr-be": "{~Cordialement,|Bien à vous,|Salutations,|Merci d'avance,|Bien cordialement,|Meilleures salutations,}",
    "en": "{~Kind regards,|Thanks,|Best,|Regards,|Many thanks,|Cheers,|Thank you,|Best wishes,}",
}
SIGS = {
    "nl": ["{FIRST}", "{NAME}", "{NAME}\n{PHONE}", "{NAME}\n{ADDR:ml}\n{~Tel|T|Tel.|Mobiel|📱} {PHONE}\n{EMAIL:plain}",
           "{NAME}\n{ADDR}", "{FIRST}\n\n{~Verzonden vanaf mijn iPhone|Verstuurd vanaf mijn Samsung Galaxy-smartphone.|Verzonden vanuit Mail voor Windows}",
           "{NAME}\nTel: {PHONE#5:land} | Mobiel: {PHONE}", "{NAME} | {EMAIL:plain} | {PHONE}", "{FIRST} {LAST}\n\n-- \n{ADDR:ml}",
           "{FIRST}"],
    "nl-be": ["{FIRST}", "{NAME}", "{NAME}\nGSM: {PHONE}", "{NAME}\n{ADDR:ml}\nGSM {PHONE}\n{EMAIL:plain}",
              "{NAME}\n{ADDR}", "{FIRST}\n\nVerzonden vanaf mijn iPhone", "{NAME}\nGSM {PHONE} - werk {PHONE#5}", "{FIRST}"],
    "fr-be": ["{FIRST}", "{NAME}", "{NAME}\nGSM : {PHONE}", "{NAME}\n{ADDR:ml}\nTél : {PHONE}\n{EMAIL:plain}",
              "{NAME}\n{ADDR}", "{FIRST}\n\nEnvoyé de mon iPhone", "{NAME}\n{EMAIL:plain}", "{FIRST}"],
    "en": ["{FIRST}", "{NAME}", "{NAME}\n{PHONE}", "{NAME}\n{ADDR:ml}\n{~Mob|Mobile|Cell|Phone}: {PHONE}\n{EMAIL:plain}",
           "{NAME}\n{ADDR}", "{FIRST}\n\n{~Sent from my iPhone|Sent from Outlook for Android|Sent from my Galaxy}",
           "{NAME}\nHome: {PHONE#5:land} | Mobile: {PHONE}", "{NAME} | {PHONE}", "{FIRST}"],
}
FWD_INTRO = {
    "nl": "{~Zie hieronder het bericht van mijn {~man|vrouw|dochter|zoon}, het gaat om hetzelfde.|Ik stuur het bericht van {FIRST2} even door, daar staat alles in.|Onderstaand de mail die ik eerder kreeg.}",
    "nl-be": "{~Hieronder het bericht van mijn {~vrouw|man|dochter}, het gaat over hetzelfde.|Ik stuur de mail van {FIRST2} even door.}",
    "fr-be": "{~Je vous transfère le message de mon {~mari|épouse|fils}, c'est le même dossier.|Ci-dessous le message de {FIRST2}.}",
    "en": "{~See below from my {~husband|wife|daughter|son}, it's the same issue.|Forwarding what {FIRST2} sent me, everything is in there.|Please see the email below.}",
}


def quote_header(c, who, style, subj):
    lg = "en" if c.lang.startswith("en") else c.lang
    if who == "agent":
        frm = {"nl": "{~Klantenservice {BRAND}|{BRAND} Webcare|{AGENT} - {BRAND}}",
               "nl-be": "{~Klantendienst {BRAND}|{BRAND}}",
               "fr-be": "{~Service clientèle {BRAND}|{BRAND} Service Clients}",
               "en": "{~{BRAND} Customer Service|{BRAND} Support|{AGENT} at {BRAND}}"}[lg]
        to = "{~{NAME} <{EMAIL:plain}>|{EMAIL:plain}}"
    elif who == "self":
        frm = "{NAME} <{EMAIL:plain}>"
        to = {"nl": "Klantenservice {BRAND}", "nl-be": "Klantendienst {BRAND}",
              "fr-be": "Service clientèle {BRAND}", "en": "{BRAND} Customer Service"}[lg]
    else:
        frm = "{FIRST2} {LAST} <{EMAIL#2:plain}>"
        to = "{EMAIL:plain}"
    if lg in ("nl", "nl-be"):
        if style == "outlook":
            return "Van: %s\nVerzonden: {DATE#9:long,day} {TIME#9}\nAan: %s\nOnderwerp: %s\n\n" % (frm, to, subj)
        if style == "orig":
            return "-----Oorspronkelijk bericht-----\nVan: %s\nDatum: {DATE#9:num} {TIME#9}\nAan: %s\nOnderwerp: %s\n\n" % (frm, to, subj)
        if style == "fwd":
            return "---------- Forwarded message ---------\nVan: %s\nDate: {DATE#9:long,day} om {TIME#9}\nSubject: %s\nTo: %s\n\n" % (frm, subj, to)
        return "Op {DATE#9:long,day} om {TIME#9} schreef %s:\n" % frm
    if lg == "fr-be":
        if style == "outlook":
            return "De : %s\nEnvoyé : {DATE#9:long,day} {TIME#9}\nÀ : %s\nObjet : %s\n\n" % (frm, to, subj)
        if style == "orig":
            return "-----Message d'origine-----\nDe : %s\nDate : {DATE#9:num} {TIME#9}\nÀ : %s\nObjet : %s\n\n" % (frm, to, subj)
        if style == "fwd":
            return "---------- Forwarded message ---------\nDe : %s\nDate: {DATE#9:long,day} à {TIME#9}\nSubject: %s\nTo: %s\n\n" % (frm, subj, to)
        return "Le {DATE#9:long,day} à {TIME#9}, %s a écrit :\n" % frm
    if style == "outlook":
        return "From: %s\nSent: {DATE#9:long,day} {TIME#9}\nTo: %s\nSubject: %s\n\n" % (frm, to, subj)
    if style == "orig":
        return "-----Original Message-----\nFrom: %s\nSent: {DATE#9:num} {TIME#9}\nTo: %s\nSubject: %s\n\n" % (frm, to, subj)
    if style == "fwd":
        return "---------- Forwarded message ---------\nFrom: %s\nDate: {DATE#9:long,day} at {TIME#9}\nSubject: %s\nTo: %s\n\n" % (frm, subj, to)
    return "On {DATE#9:long,day} at {TIME#9}, %s wrote:\n" % frm


def build_mail_template(t, c, quotes, opts):
    """Return a template string for a whole e-mail (subject, greeting, body, sig, quote)."""
    r = c.rng
    lg = "en" if t["lang"].startswith("en") else t["lang"]
    subj = opts.get("subj_text", "")
    q = opts.get("quote")
    parts = []
    re_prefix = ""
    if q and q["who"] == "agent":
        re_prefix = r.choice(["RE: ", "Re: ", "Antw: " if lg in ("nl", "nl-be") else "RE: ", "Re: "])
    elif q and q["who"] == "other":
        re_prefix = r.choice(["Fwd: ", "FW: ", "Fw: "])
    if not t["full"]:
        parts.append(SUBJ_LABEL[lg] + re_prefix + subj + "\n\n")
        parts.append(GREET[lg] + "\n\n")
    parts.append(t["text"])
    for _ in range(opts.get("fill", 0)):
        parts.append(" {FILL}")
    if q and q["who"] == "other":
        parts.append("\n\n" + FWD_INTRO[lg])
    if not t["full"]:
        parts.append("\n\n" + SIGNOFF[lg] + "\n" + opts["sig"])
    if q:
        style = opts["qstyle"]
        if q["who"] == "other":
            style = "fwd"
        elif style == "fwd":
            style = "outlook"
        head = quote_header(c, q["who"], style, subj if subj else "{BRAND}")
        body = q["text"]
        if style == "gmail":
            body = "> " + body.replace("\n", "\n> ")
        parts.append("\n\n" + head + body)
    return "".join(parts)


# =======================================================================================
# Dutch (nl)
# =======================================================================================

# ---- public posts ----
T("storing", "nl", "pub", "telco", "{@} al {N} dagen geen internet hier in {CITY} 😡 storingsnummer {TKT} en nog steeds niks. modem {MODEL:router} knippert rood #storing #{~klantonvriendelijk|slechteservice|fail}", chan="x")
T("login", "nl", "pub", "streaming", "{@} ik kan niet meer inloggen, mijn dochter heeft het account ingesteld met {PW:w} als wachtwoord en nu zegt hij steeds 'wachtwoord onjuist' ?? wat nu", chan="x|fb")
T("pin", "nl", "pub", "bank", "{@} pinautomaat bij de {~Jumbo|supermarkt|benzinepomp} slikt gewoon mijn pas in 😤 en ik had {PIN} ingetoetst, dat is al jaren mijn code. Op het scherm stond foutcode {ERR} #pinnen", chan="x")
T("otp", "nl", "pub", "bank", "Waarom krijg ik steeds een sms met 'Uw verificatiecode is {OTP}' terwijl ik helemaal niet aan het inloggen ben?? Ik vertrouw het niet {@}", chan="fb|x")
T("wifi", "nl", "pub", "telco", "Hallo {BRAND}, sinds de nieuwe {MODEL:router} werkt de wifi niet meer op onze {MODEL:tv}. Ik typ de netwerksleutel van de sticker over ({WIFI}) maar hij blijft zeggen verkeerd wachtwoord. Wat doe ik fout?", chan="fb")
T("pakket", "nl", "pub", "parcel", "{@} pakket {TRK} staat al {N} dagen op 'in sortering' 🙄 bestelling {ORD} bij {BRAND2}, {AMT:small} extra betaald voor snelle levering #nooitmeer", chan="x")
T("energie", "nl", "pub", "energy", "{BRAND} mijn voorschot is van {AMT} naar {AMT#2} gegaan?? Verbruik is {QTY} per jaar, dat kan toch niet kloppen. Meterstand heb ik op {DATE} netjes doorgegeven: {METER}", chan="fb")
T("vlucht", "nl", "pub", "airline", "{@} vlucht {FLT} van {TIME} geannuleerd en niemand neemt op bij {CPH}. Staan hier met {N} kinderen op Schiphol 😩 #{~vertraging|geannuleerd|reizen}", chan="x")
T("app", "nl", "pub", "streaming", "{@} na de update naar versie {VER} doet de app het niet meer op mijn {MODEL:tv} 😭 foutcode {ERR} bij elke aflevering", chan="ig|x")
T("login", "nl", "pub", "streaming", "{@} iemand heeft mijn account overgenomen!! mijn inlognaam was {USER} en ww {PW:n} en nu is het mailadres ineens veranderd. Reageer aub", chan="x")
T("kaart", "nl", "pub", "webshop", "Ik heb gisteren bij {BRAND} besteld en moest mijn kaartnummer twee keer invoeren ({CARD}) en nu zie ik 2 afschrijvingen van {AMT}!! Graag terugstorten", chan="fb")
T("iban", "nl", "pub", "insurer", "{@} wanneer wordt mijn schadevergoeding nou eens overgemaakt? Rekeningnummer {IBAN} heb ik al 3x doorgegeven, schadenummer {TKT}", chan="x|fb")
T("bsn", "nl", "pub", "municipality", "Hé {BRAND}, ik probeer al een week een afspraak te maken voor mijn paspoort maar de site vraagt steeds mijn BSN ({BSN}) en dan krijg ik foutmelding {ERR}. Kan iemand mij bellen?", chan="fb")
T("simpuk", "nl", "pub", "telco", "{@} telefoon vraagt om PUK na 3x verkeerde pincode 🙈 de PUK van het pasje is {PUK} maar die wordt ook niet geaccepteerd?!", chan="x")
T("trein", "nl", "pub", "rail", "{@} trein van {TIME} naar {CITY} weer uitgevallen, 3e keer deze week. Mijn abonnement kost {AMT} per maand! #treinellende", chan="x")
T("retour", "nl", "pub", "webshop", "{@} waar blijft mijn retourgeld?? retour {ORD} al op {DATE} verstuurd, gaat om {AMT} 😤", chan="ig|x")
T("contact", "nl", "pub", "telco", "Bel me alsjeblieft terug op {PHONE}, ik zit al een uur in de wacht bij {CPH}. Klantnummer {CUST}", chan="fb")
T("otp", "nl", "pub", "bank", "{@} ik krijg de sms-code veel te laat. Of nou ja, ik kreeg {OTP} maar die was al verlopen voordat ik hem kon invullen 🙄 #bankieren", chan="x")
T("apikey", "nl", "pub", "dev", "{@} jullie dashboard zet mijn live key gewoon in de URL?? {API:sk} staat nu in mijn browsergeschiedenis. Graag intrekken en fixen", chan="x")
T("token", "nl", "pub", "dev", "{@} webhook faalt met {ERR} sinds {DATE}, het token `{TOK:hex40}` is volgens jullie docs nog geldig. Iemand een idee? #api", chan="x")
T("login", "nl", "pub", "bank", "Heb net mijn wachtwoord gewijzigd van {PW} naar {PW#2:n} zoals de app vroeg en nu kom ik er helemaal niet meer in. Top {BRAND} 👎", chan="fb")
T("wifi", "nl", "pub", "telco", "{@} wifi ww staat niet op de sticker van de {MODEL:router}, alleen de netwerknaam {SSID}. Waar vind ik de sleutel?", chan="ig|x")
T("pin", "nl", "pub", "bank", "{@} pinpas geblokkeerd na drie pogingen, pin foutcode {ERR}. Nieuwe pas aangevraagd op {DATE} en {AMT:small} betaald voor spoedlevering, nog steeds niks", chan="x")
T("contact", "nl", "pub", "energy", "Al twee keer gemaild vanaf {EMAIL} maar geen reactie. Klantnummer {CUST}, het gaat om de jaarafrekening van {AMT}", chan="fb")
T("simpuk", "nl", "pub", "telco", "Mijn moeder heeft haar pincode 3x fout ingetikt en nu vraagt haar {MODEL:phone} om een pukcode. Op het kaartje staat PUK {PUK} en PIN {PIN}, maar ook met de PUK lukt het niet. Iemand?", chan="fb")
T("retour", "nl", "pub", "webshop", "zo mooi! maar mijn bestelling {ORD} is nog steeds niet binnen 😢 {@}", chan="ig")
T("app", "nl", "pub", "bank", "{@} app {VER} crasht elke keer bij het inloggen met mijn 5-cijferige code 😤 #bankieren", chan="x")
T("cvv", "nl", "pub", "webshop", "Bij het afrekenen vraagt hij om de CVC maar ik typ {CVV} en het veld wordt rood. Kaart verloopt {EXP}. Wat is dit?? {@}", chan="fb|ig")
T("token", "nl", "pub", "energy", "{@} koppeling met mijn slimme meter stopt steeds. Long-lived access token aangemaakt zoals in jullie handleiding ({TOK:jwt}) maar na een paar uur weer 'unauthorized' #domotica", chan="x")
T("storing", "nl", "pub", "telco", "{@} wifi-pas voor de hotspot kost {AMT}?? en dan nog maar {QTY:data} ook. Schandalig", chan="x")
T("bsn", "nl", "pub", "insurer", "{@} ik heb jullie al 2 keer het bsn van mijn zoon gestuurd, {BSN}, en nog steeds staat hij niet op de polis. Zaaknummer {TKT}", chan="x|fb")
T("card2", "nl", "pub", "bank", "Mijn creditcard {CARD} is gisteren gekopieerd denk ik, er staan 3 betalingen van {AMT} op uit het buitenland. Jullie lijn {CPH} is de hele dag in gesprek!", chan="fb")
T("user", "nl", "pub", "telco", "{@} jullie nieuwe inlogpagina accepteert mijn gebruikersnaam {USER} niet meer, 'onbekende gebruiker'. Heb al sinds {YEAR} een account!!", chan="x")

# ---- private chats ----
T("login", "nl", "chat", "streaming", "Hoi!\nIk kom niet meer in mijn account\nMijn dochter heeft het ooit aangemaakt en het wachtwoord dat ze me gaf, staat hier op een briefje, is {PW:w}\nmaar dan krijg ik 'onjuiste gegevens'\nGebruikersnaam is {USER}", chan="wa|msg")
T("pin", "nl", "chat", "bank", "hallo\nde automaat bij het station weigert steeds {PIN} terwijl ik dat altijd intik\nis mijn pas geblokkeerd ofzo?\nfoutcode {ERR}", chan="wa|msg|xdm")
T("otp", "nl", "chat", "bank", "Ik kreeg eerst code {OTP} maar die werd afgewezen\ntoen een nieuwe aangevraagd: {OTP#2:new}\ndie werkte wel maar nu zegt de app weer 'sessie verlopen' 🙄")
T("otp", "nl", "chat", "bank", "Ik kreeg net dit bericht, is dit van jullie?\n\n\"{BRAND}: Uw verificatiecode is {OTP}. Deel deze code met niemand. Niet aangevraagd? Bel {CPH}.\"\n\nIk heb niks aangevraagd!", chan="wa|tg")
T("simpuk", "nl", "chat", "telco", "Goeiemiddag\nnieuwe simkaart erin gedaan\npincode was {PIN} volgens de brief maar die was fout\nnu vraagt hij om de PUK\nis dat {PUK}? staat op het plastic pasje", chan="wa")
T("wifi", "nl", "chat", "telco", "Hoi, even een vraagje\nik heb een nieuwe router gekregen, de {MODEL:router}\nop de sticker staat netwerksleutel {WIFI}\nmaar mijn laptop zegt dat ie ongeldig is??", chan="tg|wa|msg")
T("pin2", "nl", "chat", "bank", "Hallo, mijn man en ik hebben allebei een pas op de gezamenlijke rekening. Zijn pincode is {PIN} en de mijne {PIN#2}, maar bij allebei zegt de automaat 'pincode onjuist'. Kunnen de passen omgewisseld zijn?", chan="msg|wa")
T("kaart", "nl", "chat", "webshop", "Betaling lukt niet\nkaart {CARD}\ngeldig tot {EXP}\ncode achterop {CVV}\nwat doe ik fout? krijg steeds melding {ERR}", chan="wa")
T("iban", "nl", "chat", "energy", "Hoi, ik wil mijn rekeningnummer aanpassen voor de automatische incasso.\nNieuw: {IBAN}\nOud was {IBAN#2}\nKlantnummer {CUST}", chan="msg|wa")
T("bsn", "nl", "chat", "insurer", "Goedemiddag, voor de zorgverzekering van mijn dochter vragen jullie het bsn. Dat is {BSN}. Ze is geboren op {DOB:kid}.", chan="wa|msg")
T("apikey", "nl", "chat", "dev", "hey, onze webshopkoppeling geeft sinds vanochtend {ERR}\nconsumer key {API:ck}\nconsumer secret {API:cs}\nkunnen jullie zien wat er mis is?", chan="tg|wa")
T("token", "nl", "chat", "dev", "Yo, de Authorization header die ik meestuur is\nBearer {TOK:jwt}\nen ik krijg {ERR} terug. klopt dat token nog?", chan="xdm|tg")
T("login", "nl", "chat", "telco", "inlog werkt niet\n{USER}:{PW:n}\nklopt dat?", chan="wa|tg")
T("login", "nl", "chat", "streaming", "kan niet inloggen, {USER} / {PW} klopt toch??", chan="igdm|xdm")
T("login", "nl", "chat", "streaming", "kan niet inloggen, {USER} {PW:n} klopt toch??", chan="wa|msg")
T("adres", "nl", "chat", "parcel", "Hallo, mijn pakket {TRK} moet naar een ander adres want ik ben verhuisd. Nieuw adres: {ADDR}. Tel {PHONE}", chan="wa|msg")
T("bestelling", "nl", "chat", "webshop", "Hoi\nbestelling {ORD}\nik heb {N} artikelen besteld maar er zat er maar 1 in de doos\nartikelnummer {SKU}\nfactuur {INV}", chan="wa|msg")
T("meter", "nl", "chat", "energy", "Meterstanden doorgeven:\nstroom normaal {METER}\nstroom dal {METER#2}\ngas {METER#3}\nklantnummer {CUST}", chan="wa|msg")
T("bundel", "nl", "chat", "telco", "Hoi, mijn bundel van {QTY:data} is al op terwijl het pas de {~12e|15e|3e} is. App versie {VER} zegt {PCT} verbruikt. Klopt dat wel?")
T("kaart", "nl", "chat", "bank", "Ik ben mijn portemonnee kwijt 😰 mijn bankpas zat erin, kaartnummer {CARD:maestro}. Kunnen jullie hem blokkeren? Mijn geboortedatum is {DOB} als jullie dat nodig hebben", chan="wa|msg")
T("digid", "nl", "chat", "municipality", "Goedemorgen, ik probeer in te loggen met DigiD voor de kwijtschelding maar mijn gebruikersnaam {USER} wordt niet herkend. Wachtwoord is {PW}, de sms-code krijg ik ook niet", chan="wa|msg")
T("wifi", "nl", "chat", "telco", "Mijn buurvrouw zit de hele tijd op mijn wifi denk ik. Netwerk heet {SSID} en het wachtwoord is nog steeds {WIFI} van de sticker. Hoe verander ik dat?", chan="igdm|msg")
T("token", "nl", "chat", "streaming", "ik heb op de resetlink geklikt maar krijg 'link ongeldig'\nin de link staat token={TOK:hex40}\nkunnen jullie een nieuwe sturen?", chan="wa|msg")
T("contact", "nl", "chat", "telco", "Hoi, ik wil mijn nummer {PHONE} overzetten naar een nieuw abonnement en ook het nummer van mijn zoon {PHONE#2}. Kan dat in 1 keer?", chan="msg|wa")
T("contact", "nl", "chat", "webshop", "Mijn mailadres is {EMAIL:odd} en daar komt de bevestiging niet aan. Bestelnummer {ORD}", chan="igdm|msg")
T("simpuk", "nl", "chat", "telco", "Ik heb een sms gekregen met de puk, dit staat erin:\n\"Je PUK-code is {PUK}. Gebruik deze code alleen als je simkaart geblokkeerd is.\"\nmaar het gaat om de telefoon van mijn vader, die ligt bij hem thuis haha", chan="wa")
T("pin", "nl", "chat", "bank", "pin werkt niet bij de benzinepomp, scherm zegt '{ERR}', bedrag was {AMT}. Pas heb ik sinds {YEAR}, zou die stuk zijn?", chan="wa|msg")
T("otp", "nl", "chat", "streaming", "die code van jullie komt binnen als {OTP:G} maar in het vakje passen maar 6 cijfers 🤔", chan="igdm|xdm")
T("pin2", "nl", "chat", "bank", "Ik ben mijn app-pincode vergeten. Volgens mij was het {PIN:5} of {PIN#2:5}, allebei geprobeerd. Nu geblokkeerd. App versie {VER}", chan="wa|msg")
T("form", "nl", "chat", "insurer", "Gegevens voor de aanvraag:\n- Naam: {NAME}\n- Geboortedatum: {DOB}\n- Adres: {ADDR}\n- Telefoon: {PHONE}\n- Polisnummer: {CUST}", chan="wa|msg")
T("vlucht", "nl", "chat", "airline", "Hallo, mijn koffer is niet aangekomen met vlucht {FLT} op {DATE}. Dossiernummer {TKT}. Het gaat om een zwarte koffer van ongeveer {QTY}", chan="msg|wa")
T("card2", "nl", "chat", "bank", "Ik heb 2 creditcards bij jullie, {CARD} en {CARD#2}. Bij de tweede staat een betaling van {AMT} die ik niet herken", chan="msg|wa")
T("login", "nl", "chat", "telco", "Bij het inloggen op mijn account vul ik “{PW}” in (zonder aanhalingstekens natuurlijk) maar hij blijft zeggen: wachtwoord onjuist 😕", chan="tg|msg")
T("wifi", "nl", "chat", "telco", "wat is het wachtwood van de wifi ook alweer, ik heb {WIFI} geprobeerd maar dat was van de oude router", chan="wa|xdm")
T("cvv", "nl", "chat", "webshop", "Hoi, betalen lukt niet. Ik vul alles in: {CARD}, {EXP}, en die 3 cijfers achterop {CVV}. Toch 'transactie geweigerd'. Limiet is niet bereikt, er staat nog {AMT} op", chan="wa|msg")
T("cvv", "nl", "chat", "airline", "ok hier komt ie\nkaart eindigt op {MASK:card}\nbeveiligingscode {CVV}\nvervaldatum {EXP}", chan="msg|wa")
T("apikey", "nl", "chat", "dev", "Hoi, we krijgen 'SignatureDoesNotMatch' bij het uploaden naar jullie opslag. Access key {API:akia}, secret {API:awssecret}. Regio eu-west-1.", chan="tg")
T("token", "nl", "chat", "dev", "Onze deploy faalt met {ERR}.\nIn de secrets staat GITHUB_TOKEN={TOK:ghp}\nis dat het probleem?", chan="tg|wa")
T("bsn", "nl", "chat", "municipality", "hoi ik moet voor de huurtoeslag mijn gegevens doorgeven\nbsn {BSN:w}\ngeb {DOB}\nrek nr {IBAN}\nis dat genoeg zo?", chan="wa")
T("otp", "nl", "chat", "webshop", "Ik probeer in te loggen maar de verificatiecdoe die ik krijg ({OTP:sp}) wordt niet geaccepteerd. Heb hem binnen een minuut ingetypt hoor", chan="msg|igdm")
T("user", "nl", "chat", "bank", "welke accountnaam moet ik invullen? ik heb {USER} geprobeerd en mijn klantnummer {CUST} maar allebei onbekend", chan="wa|msg")
T("iban", "nl", "chat", "webshop", "Retour is binnen bij jullie volgens de track & trace ({TRK}). Geld mag naar {IBAN:NL,low} hoor, niet naar de creditcard want die is verlopen", chan="wa")
T("bsn", "nl", "chat", "insurer", "Mijn bsn is {BSN} en dat van mijn vrouw {BSN#2}. We willen allebei overstappen per 1 januari", chan="msg|wa")
T("klacht", "nl", "chat", "rail", "Hoi, ik heb op {DATE} een boete gekregen van {AMT} omdat mijn abonnement niet op de kaart stond. Zaaknummer {TKT}. Maar ik heb het gewoon sinds {YEAR}!", chan="msg|xdm")
T("simpuk", "nl", "chat", "telco", "hallo ik heb een nieuwe telefoon {MODEL:phone} en die vraagt bij opstarten de simpin\nik heb {PIN} ingevuld, daarna de standaardcode van de doos\nnu wil hij de puk", chan="wa|tg")

# ---- e-mails ----
T("login", "nl", "mail", "streaming", "Mijn kleinzoon heeft vorig jaar een account voor mij aangemaakt. Hij heeft toen als gebruikersnaam {USER} gekozen, en het wachtwoord, dat hij voor mij op een briefje heeft geschreven, is {PW:n}. Sinds {DATE} krijg ik bij het inloggen de melding dat mijn gegevens niet kloppen. Ik heb de app al opnieuw geïnstalleerd (versie {VER}) maar dat helpt niet.",
  subj="{~Kan niet meer inloggen|Inloggen lukt niet|Probleem met inloggen}")
T("iban", "nl", "mail", "webshop", "Op {DATE} heb ik bestelling {ORD} geretourneerd, maar het bedrag van {AMT} is nog steeds niet teruggestort. Kunnen jullie het overmaken naar rekeningnummer {IBAN}? Dit is een andere rekening dan waarmee ik heb betaald, want die rekening is inmiddels opgeheven.",
  subj="{~Terugbetaling retour|Geld retour nog niet ontvangen|Retour}")
T("bsn", "nl", "mail", "municipality", "Naar aanleiding van uw brief van {DATE} (kenmerk {TKT}) stuur ik u hierbij de gevraagde gegevens.\n\nNaam: {NAME}\nGeboortedatum: {DOB}\nBSN: {BSN}\nAdres: {ADDR}\n\nHet formulier op de website gaf steeds een foutmelding ({ERR}), vandaar dat ik het per mail stuur.",
  subj="{~Gevraagde gegevens|Reactie op uw brief|Gegevens aanvraag}", q="none")
T("kaart", "nl", "mail", "bank", "Vanochtend zag ik in de app {N} afschrijvingen die ik niet herken, samen {AMT}. Het gaat om mijn creditcard {CARD} (geldig tot {EXP}). De kaart zelf zit nog gewoon in mijn portemonnee. Kunnen jullie de kaart blokkeren en een nieuwe sturen?",
  subj="{~Onbekende afschrijvingen creditcard|Fraude?|Creditcard blokkeren}")
T("verhuizen", "nl", "mail", "energy", "Hierbij geef ik mijn meterstanden door omdat ik per {DATE} ga verhuizen.\n\nStroom normaal: {METER}\nStroom dal: {METER#2}\nGas: {METER#3}\n\nDe eindafrekening mag naar {IBAN}. Mijn nieuwe adres wordt {ADDR}.",
  subj="{~Verhuizing en meterstanden|Meterstanden ivm verhuizing}")
T("simpuk", "nl", "mail", "telco", "Mijn telefoon ({MODEL:phone}) vraagt om een PUK-code nadat mijn dochter een paar keer de verkeerde pincode heeft ingetoetst. In Mijn {BRAND} kan ik niet inloggen omdat ik de sms-code dan op diezelfde telefoon krijg. Op de simkaarthouder die ik nog had staat PIN {PIN} en PUK {PUK}, maar ik weet niet zeker of dat nog de goede simkaart is, want ik heb in {YEAR} een nieuwe gekregen.",
  subj="{~PUK code nodig|Simkaart geblokkeerd|Telefoon vraagt om PUK}")
T("wifi", "nl", "mail", "telco", "Sinds de monteur op {DATE} is geweest werkt ons wifi-netwerk niet meer goed. Hij heeft de {MODEL:router} vervangen en de netwerknaam veranderd naar {SSID}. De netwerksleutel die hij op een papiertje heeft geschreven ({WIFI}) wordt door geen enkel apparaat geaccepteerd. Ons abonnement is {QTY:speed}, maar we halen nog niet eens {QTY#2:speed}.",
  subj="{~Wifi werkt niet na bezoek monteur|Problemen met nieuwe modem}")
T("apikey", "nl", "mail", "dev", "Wij gebruiken jullie API voor onze webshop. Sinds de update van {DATE} krijgen we bij elke aanroep foutcode {ERR}. Voor de volledigheid, dit is de configuratie die we gebruiken:\n\nAPI-sleutel: {API}\nOmgeving: productie\nPlugin versie: {VER}\n\nKunnen jullie kijken wat er misgaat? Ons KvK-nummer staat hieronder voor jullie administratie: {KVK}.",
  subj="{~Foutmelding API na update|API geeft fout}")
T("token", "nl", "mail", "dev", "In onze logs zien we dat het refresh token ({TOK}) na precies een uur verloopt, terwijl jullie documentatie zegt dat het 30 dagen geldig is. Is dit een bekende storing? Ticket {TKT} bij jullie collega's is gesloten zonder antwoord.",
  subj="{~Refresh token verloopt te snel|Vraag over tokens}")
T("schade", "nl", "mail", "insurer", "Op {DATE} heb ik schade aan mijn auto gemeld (schadenummer {TKT}). Sindsdien heb ik niets meer gehoord. De garage heeft inmiddels een offerte gestuurd van {AMT}, factuurnummer {INV}. Wanneer kan ik een reactie verwachten?",
  subj="{~Schademelding|Status schade|Nog geen reactie op schademelding}")
T("verify", "nl", "mail", "energy", "U vroeg mij telefonisch om mijn gegevens per mail te bevestigen. Mijn klantnummer is {CUST}, geboortedatum {DOB}. Het gaat om de jaarafrekening van {AMT}, die volgens mij veel te hoog is: mijn verbruik is {QTY}, terwijl er {QTY#2} in rekening wordt gebracht.",
  subj="{~Bevestiging gegevens|Jaarafrekening klopt niet}")
T("adres", "nl", "mail", "parcel", "Mijn pakket met trackingnummer {TRK} is volgens jullie site afgeleverd, maar ik heb niets ontvangen. Misschien heeft de bezorger het bij de buren gelegd? Mijn adres is {ADDR}. U kunt mij bereiken op {PHONE}, liefst na {TIME}.",
  subj="{~Pakket niet ontvangen|Pakket afgeleverd maar niet ontvangen}")
T("login", "nl", "mail", "webshop", "Ik kan niet meer inloggen op mijn account. Ik log altijd in met {EMAIL:plain} en mijn wachtwoord {PW:n}. Ik heb op 'wachtwoord vergeten' geklikt maar de mail komt niet aan, ook niet in de spam.",
  subj="{~Inloggen|Account|Kan niet inloggen}")
T("otp", "nl", "mail", "bank", "Ik kreeg vanavond om {TIME} een sms die ik niet vertrouw:\n\n\"Uw {BRAND} code: {OTP}. Gebruik deze code om uw nieuwe toestel te koppelen. Deel hem nooit.\"\n\nIk heb geen nieuw toestel gekoppeld. Is mijn rekening nog veilig?",
  subj="{~Verdachte sms|Sms ontvangen, niet zelf aangevraagd}")
T("pin", "nl", "mail", "bank", "Ik heb de brief met mijn nieuwe pincode ontvangen, maar ik vertrouw het niet helemaal. Er staat letterlijk:\n\n\"Geachte heer/mevrouw, hierbij ontvangt u de pincode voor uw betaalpas eindigend op {MASK:card}. Uw pincode is: {PIN}. Vernietig deze brief na het lezen.\"\n\nDe pas zelf heb ik nog niet ontvangen. Klopt het dat de brief eerder komt?",
  subj="{~Pincodebrief|Vraag over pincode|Brief ontvangen maar geen pas}")
T("login", "nl", "mail", "telco", "Vorige week heb ik mijn wachtwoord gewijzigd. Het oude wachtwoord was {PW:n}, het nieuwe is {PW#2:n}. Nu werkt op de tv-ontvanger ({MODEL:tv}) alleen nog het oude en in de app alleen het nieuwe. Hoe kan dat?",
  subj="{~Wachtwoord werkt half|Twee wachtwoorden?}")
T("bsn", "nl", "mail", "insurer", "Onze zoon is onlangs geboren en we willen hem graag bijschrijven op mijn polis ({CUST}). Zijn BSN is {BSN} en zijn geboortedatum {DOB:kid}. Mijn eigen BSN is {BSN#2}, voor het geval jullie dat ook nodig hebben.",
  subj="{~Bijschrijven kind op polis|Aanmelding pasgeborene}")
T("opzeggen", "nl", "mail", "telco", "Ik wil graag mijn abonnement opzeggen per {DATE}. Klantnummer {CUST}. Het gaat om het mobiele nummer {PHONE:mob}. Kunnen jullie mij een bevestiging sturen op dit mailadres?",
  subj="{~Opzegging abonnement|Opzeggen}")
T("trein", "nl", "mail", "rail", "Op {DATE} had mijn trein van {TIME} meer dan een uur vertraging. Volgens jullie voorwaarden heb ik recht op geld terug. Mijn abonnementsnummer is {CUST} en het bedrag mag naar {IBAN} ten name van {NAME}.",
  subj="{~Geld terug bij vertraging|Vertraging}")
T("opzeggen", "nl", "mail", "streaming", "Ik heb mijn abonnement al op {DATE} opgezegd, maar er is deze maand weer {AMT} afgeschreven. Dit bedrag wil ik graag terug. In de app (versie {VER}) zie ik het abonnement ook nog steeds als actief staan.",
  subj="{~Afschrijving na opzegging|Toch afgeschreven}")
T("vlucht", "nl", "mail", "airline", "Mijn vlucht {FLT} op {DATE} is geannuleerd. Ik heb destijds betaald met mijn creditcard {CARD:mc} en wil het bedrag van {AMT} graag daarop terugontvangen. De boeking staat op naam van {NAME}.",
  subj="{~Terugbetaling geannuleerde vlucht|Geannuleerde vlucht}")
T("form", "nl", "mail", "municipality", "Hierbij de gegevens die ik in het formulier niet kwijt kon:\n\nNaam: {NAME}\nGeboortedatum: {DOB}\nBurgerservicenummer: {BSN}\nRekeningnummer: {IBAN}\nTelefoonnummer: {PHONE}\n\nDe website gaf de melding {ERR} bij het versturen.",
  subj="{~Aanvraag via mail|Formulier werkt niet}", q="none")
T("wifi", "nl", "mail", "telco", "Bij mijn moeder staat een {MODEL:router}. Ze wil haar wifi-wachtwoord veranderen omdat de buren het kennen. Het huidige wachtwoord is {WIFI} en ze wil iets makkelijkers. Kunnen jullie dat op afstand doen? Haar klantnummer is {CUST}.",
  subj="{~Wifi wachtwoord wijzigen|Vraag namens mijn moeder}")
T("cvv", "nl", "mail", "airline", "Voor de wijziging van mijn boeking vroeg uw collega mij om mijn kaartgegevens per mail te sturen. Hierbij: American Express {CARD:amex}, vervaldatum {EXP}, beveiligingscode {CVV:4}. Het gaat om de wijzigingskosten van {AMT}.",
  subj="{~Kaartgegevens wijziging boeking|Betaling wijzigingskosten}")
T("apikey", "nl", "mail", "webshop", "Sinds kort toont de kaart op onze site (via jullie plug-in, versie {VER}) alleen een grijs vlak. In de console staat dat de sleutel {API:aiza} niet geldig is voor dit domein. Wij hebben niets gewijzigd. Voor de zekerheid ons KvK: {KVK}.",
  subj="{~Kaart laadt niet|Probleem met plug-in}")
T("klacht", "nl", "mail", "webshop", "Op {DATE} heb ik bij jullie een wasmachine besteld (artikelnummer {SKU}, {AMT:big}). De bezorging zou op {DATE#2} rond {TIME} zijn, maar er is niemand gekomen. Ik heb daarvoor een dag vrij genomen. Bestelnummer {ORD}. Ik verwacht een vergoeding.",
  subj="{~Bezorging niet nagekomen|Klacht bezorging}")
T("digid", "nl", "mail", "municipality", "Bij het aanvragen van de bijzondere bijstand moet ik inloggen met DigiD. Mijn gebruikersnaam is {USER}, maar na het invoeren van mijn wachtwoord krijg ik de melding dat de sms-code niet klopt. De code die ik kreeg was {OTP}. Ik heb hem meteen ingevuld. Wat kan ik doen?",
  subj="{~Inloggen DigiD lukt niet|Aanvraag bijstand}")
T("token", "nl", "mail", "dev", "Voor de koppeling met ons boekhoudpakket gebruiken we jullie API. Een collega heeft per ongeluk onderstaande regel in een openbaar forum gezet:\n\nAuthorization: Bearer {TOK:jwt}\n\nKunnen jullie dit token intrekken? Het gaat om account {CUST}.",
  subj="{~Token per ongeluk gedeeld|Graag token intrekken}")

# ---- agent replies and internal notes ----
T("agent_pin", "nl", "agent", "bank", "Hoi {FIRST}, vervelend dat je pas is ingeslikt! Wil je ons je geboortedatum en de laatste 4 cijfers van je pas sturen via een privébericht? Stuur nooit je pincode mee 🙂 ^{AGI}")
T("agent_puk", "nl", "agent", "telco", "Beste {FIRST}, ik heb je PUK-code voor je opgezocht: {PUK}. Na het invoeren kun je een nieuwe pincode kiezen. Groet, {AGENT}")
T("agent_note", "nl", "agent", "bank", "Interne notitie: klant belt, geverifieerd met geb.datum {DOB} en postcode. Pas {MASK:card} geblokkeerd om {TIME}, nieuwe pas besteld. Ticket {TKT}.")
T("agent_iban", "nl", "agent", "energy", "Hallo {FIRST}, ik zie dat de incasso nog van {MASK:iban} gaat. Klopt het dat je dit wilt wijzigen naar {IBAN}? Dan pas ik het per {DATE} aan. Groetjes, {AGENT}")
T("agent_wifi", "nl", "agent", "telco", "Hoi {FIRST}, de netwerksleutel van je {MODEL:router} staat onderop de sticker. Ik heb hem voor je opgezocht: {WIFI}. Let op de hoofdletters! ^{AGI}")
T("agent_otp", "nl", "agent", "bank", "Dag {FIRST}, je gaf aan dat code {OTP} niet werkte. Zo'n code is 5 minuten geldig, dus vraag gerust een nieuwe aan via {URL}. Deel de code nooit met iemand, ook niet met ons. ^{AGI}")
T("agent_note", "nl", "agent", "streaming", "Notitie: wachtwoord gereset op verzoek klant, tijdelijk wachtwoord {PW} per sms naar {PHONE} gestuurd. Klant geverifieerd met klantnummer {CUST}. /{AGI}")
T("agent_ask", "nl", "agent", "webshop", "Hoi {FIRST}, bedankt voor je geduld. Kun je ons je klantnummer en postcode + huisnummer sturen in een privébericht? Dan kijk ik wat er met bestelling {ORD} aan de hand is. Groet, {AGENT}")
T("agent_adres", "nl", "agent", "insurer", "Dag {NAME}, ik heb je nieuwe adres genoteerd: {ADDR}. Vanaf {DATE} sturen we de post daarheen. Je polisnummer blijft {CUST}. Met vriendelijke groet, {AGENT}")
T("agent_note", "nl", "agent", "dev", "Interne notitie: klant stuurde live key {API:sk} in de chat, sleutel direct ingetrokken en nieuwe aangemaakt. Klant geïnformeerd. Zaak {TKT}.")
T("agent_token", "nl", "agent", "dev", "Hoi {FIRST}, ik zie in je log dat je token {TOK:glpat} gebruikt. Die is verlopen op {DATE}; maak een nieuwe aan via {URL}. Deel tokens nooit in een chat! ^{AGI}")
T("agent_note", "nl", "agent", "insurer", "Notitie {AGENT}: mevrouw belt over dochter, BSN {BSN} gecontroleerd, geb. {DOB:kid}. Bijgeschreven per {DATE}.")
T("agent_kaart", "nl", "agent", "webshop", "Hoi {FIRST}, de betaling met kaart {MASK:card} van {AMT} is teruggeboekt. Je ziet het binnen 3 werkdagen terug op je rekening. ^{AGI}")
T("agent_note", "nl", "agent", "bank", "Notitie: klant geeft aan pincode {PIN} te hebben ingevoerd, afgewezen met {ERR}. Pas technisch defect, nieuwe pas aangevraagd. Klant geverifieerd op {DOB}.")
T("agent_note", "nl", "agent", "webshop", "Notitie: klant plakte kaart {CARD} + cvc {CVV} in DM, bericht verwijderd, klant geadviseerd kaart te blokkeren via {CPH}. /{AGI}")
T("agent_api", "nl", "agent", "dev", "Hoi {FIRST}, stuur je API-sleutel nooit mee in een bericht. Ik heb de sleutel die begon met {MASK:gen} voor de zekerheid ingetrokken. Een nieuwe maak je aan in het dashboard ({URL}). ^{AGI}")
T("agent_user", "nl", "agent", "telco", "Hoi {FIRST}, je gebruikersnaam voor Mijn {BRAND} is {USER} (dus niet je mailadres). Je wachtwoord kun je resetten via {URL}. ^{AGI}")


# =======================================================================================
# English (en-gb, en-us)
# =======================================================================================

# ---- public posts ----
T("outage", "en-gb", "pub", "telco", "{@} no broadband AGAIN in {CITY}, third time this month. Ref {TKT}. Paying {AMT} a month for this?? #outage #{~fail|shocking|rubbish}", chan="x")
T("pin", "en-us", "pub", "bank", "{@} your app locked me out after I typed my passcode {PIN:6} like I always do. Now it wants a code sent to a phone I don't even have anymore 🙃", chan="x")
T("login", "en-gb", "pub", "streaming", "My son set the account up for me and told me the password was {PW:w} but it keeps saying incorrect password. {BRAND} please help, I just want to watch my programmes", chan="fb")
T("order", "en-us", "pub", "webshop", "still waiting on order {ORD} 😤 tracking {TRK} hasn't moved since {DATE} {@}", chan="ig|x")
T("otp", "en-gb", "pub", "bank", "{@} got a text saying 'Your {BRAND} code: {OTP:sp}. Never share it' but I wasn't logging in?! Is someone in my account?", chan="x")
T("simpuk", "en-us", "pub", "telco", "Why does my phone keep asking for a PUK code?? The card says PUK {PUK} but it says invalid. I only put the wrong PIN in twice!!", chan="fb")
T("wifi", "en-gb", "pub", "telco", "{@} new hub, {MODEL:router}, wifi password on the card is {WIFI} but none of my devices will connect. Been on hold to {CPH} for ages", chan="x")
T("apikey", "en-us", "pub", "dev", "{@} your quickstart page literally shows my live key when I'm logged in lol. {API:pk} — also getting {ERR} on /v1/charges since {TIME} #devops", chan="x")
T("flight", "en-gb", "pub", "airline", "{@} flight {FLT} delayed 5 hours and now cancelled. No hotel, no food vouchers. Case number {TKT}. Absolute joke #{~stranded|neveragain}", chan="x")
T("fraud", "en-us", "pub", "bank", "I called about a charge of {AMT} I never made on my card ending {MASK:card}. They told me to post here?? Claim {TKT}", chan="fb")
T("meter", "en-gb", "pub", "energy", "Submitted my meter reading {METER} on {DATE} and you've still billed me on an estimate of {QTY}. Account number {CUST}. Sort it out please", chan="fb")
T("app", "en-us", "pub", "streaming", "app update {VER} broke everything on my {MODEL:tv} 😭 error {ERR} every single time {@}", chan="ig")
T("contact", "en-gb", "pub", "telco", "Can someone from {BRAND} ring me on {PHONE}? I've been cut off even though I paid. Account {CUST}", chan="fb")
T("card", "en-us", "pub", "webshop", "I typed my card in twice because the page froze, {CARD} , and now I see two charges of {AMT}!!! Refund please {@}", chan="fb|x")
T("pin", "en-gb", "pub", "bank", "{@} card declined at the till and the screen said 'PIN error {ERR}' even though I put in {PIN} which I've used for {N} years 😤", chan="x")
T("portal", "en-us", "pub", "municipality", "{BRAND} your online permit portal keeps timing out. Error {ERR}. Tried Chrome and Safari on {VER}. Anyone else?", chan="fb")
T("rail", "en-gb", "pub", "rail", "{@} the {TIME} to {CITY} cancelled again. Season ticket costs me {AMT}. Delay repay form keeps crashing #trains", chan="x")
T("login", "en-us", "pub", "streaming", "{@} someone hacked my account and changed the email. My login was {USER} and pw {PW:n}, please lock it before they change anything else", chan="x")
T("iban", "en-gb", "pub", "insurer", "Still waiting for my claim payout, {N} weeks now. Bank details sent twice: {IBAN}. Claim ref {TKT}.", chan="fb")
T("token", "en-us", "pub", "dev", "{@} rotated our bot token like support said ({TOK:xoxb}) and the integration still shows disconnected. Anyone?", chan="x")
T("order", "en-gb", "pub", "webshop", "love the new range but my order {ORD} arrived damaged 😢 {@}", chan="ig")
T("login", "en-us", "pub", "bank", "{@} changed my password from {PW} to {PW#2:n} this morning and now neither works?? locked out of my own money", chan="x")
T("simpin", "en-gb", "pub", "telco", "My nan's phone says SIM locked. Her PIN is {PIN} she says, she's had it since {YEAR}. Do I need the PUK?", chan="fb")
T("outage", "en-us", "pub", "energy", "{@} power out on my street for {N} hours, outage map says nothing. Account {CUST} #poweroutage", chan="x")
T("card", "en-gb", "pub", "bank", "Posting here as nobody answers the phone. My new card {CARD} hasn't been activated and the activation code {OTP} from the letter doesn't work", chan="fb")
T("parcel", "en-gb", "pub", "parcel", "{@} driver marked parcel {TRK} as 'left in safe place' — there IS no safe place, I live in a flat. #{~wheresmyparcel|delivery}", chan="x")
T("wifi", "en-us", "pub", "telco", "my wifi key on the bottom of the router is {WIFI} and my kids' tablets won't take it, says 'incorrect password' 🙄 {@}", chan="ig|x")
T("otp", "en-us", "pub", "bank", "{@} your verification code {OTP} came in 10 mins after it expired. Twice. Fix your SMS pls", chan="x")
T("cvv", "en-gb", "pub", "webshop", "Tried to pay with my Amex {CARD:amex} exp {EXP} and security code {CVV:4} and your site says card not supported?? It literally says Amex accepted", chan="fb")
T("user", "en-us", "pub", "streaming", "{@} why does the TV app say 'unknown user' for {USER}? been a member since {YEAR}", chan="x")
T("bsn", "en-gb", "pub", "insurer", "{@} I've now sent my BSN {BSN} three times for the Dutch health insurance and still no policy. Ticket {TKT}. Expat life 🙃", chan="x", breg="nl")
T("cvv", "en-us", "pub", "webshop", "checkout keeps saying 'invalid CVV' but it's {CVV} right there on the back of my card 🤷‍♀️ {@}", chan="ig|fb")
T("wifi", "en-gb", "pub", "telco", "{@} router is a {MODEL:router}, the network key isn't on the sticker, just {SSID}. Where do I find it?", chan="x")
T("apikey", "en-gb", "pub", "dev", "{@} is it normal that the key I regenerated ({API:rk}) still gets {ERR} 10 minutes later? #api", chan="x")

# ---- private chats ----
T("login", "en-gb", "chat", "streaming", "hiya\nmy daughter set it up with {PW:w} as the password\nand now it says wrong password\nusername is {USER} I think", chan="wa|msg")
T("pin", "en-us", "chat", "bank", "it keeps rejecting {PIN} even though that's what I always type at the ATM\nwhat's going on", chan="msg|xdm")
T("otp", "en-gb", "chat", "bank", "first code was {OTP} didn't work\nsecond one {OTP#2} worked but then it logged me out\nwhat am I doing wrong", chan="wa|msg")
T("otp", "en-us", "chat", "bank", "Got this text, legit?\n\n\"{BRAND} Alert: Your one-time passcode is {OTP}. It expires in 10 minutes. We will never call to ask for it.\"\n\nI didn't request anything", chan="xdm|msg")
T("simpuk", "en-gb", "chat", "telco", "new sim arrived\nit's asking for the pin\nletter says {PIN} but that's wrong apparently\nnow it's asking for PUK and the card has {PUK} on it\nhelp 🙏", chan="wa")
T("wifi", "en-us", "chat", "telco", "hey so the router is a {MODEL:router}\nsticker says WPA key {WIFI}\nbut my laptop just spins", chan="tg|msg")
T("pin2", "en-gb", "chat", "bank", "My partner's card PIN is {PIN} and mine is {PIN#2}, we think the cards got swapped in the post, both get declined", chan="msg|wa")
T("card", "en-us", "chat", "webshop", "payment keeps failing\ncard {CARD}\nexp {EXP}\nCVV {CVV}\nerror {ERR}", chan="wa|msg")
T("iban", "en-gb", "chat", "energy", "Hi, can you update my direct debit to {IBAN}? Old one was {IBAN#2}. Account number {CUST}", chan="msg")
T("apikey", "en-us", "chat", "dev", "hey, getting {ERR} from your API since this morning\nkey: {API:sk}\nwe didn't change anything on our side", chan="tg|xdm")
T("token", "en-us", "chat", "dev", "Authorization: Bearer {TOK:jwt}\nreturns {ERR} for every call, token was issued an hour ago", chan="xdm|tg")
T("login", "en-gb", "chat", "telco", "login not working\n{USER}:{PW:n}\nis that right?", chan="wa|tg")
T("login", "en-us", "chat", "streaming", "can't log in, {USER} / {PW} is correct right??", chan="igdm|xdm")
T("login", "en-gb", "chat", "streaming", "cant log in {USER} {PW:n} thats right isnt it", chan="wa|msg")
T("address", "en-gb", "chat", "parcel", "Hi my parcel {TRK} needs to go to my new address please\n{ADDR}\nmobile {PHONE}", chan="wa|msg")
T("order", "en-us", "chat", "webshop", "order {ORD}\nordered {N} items, only got 1\nitem {SKU}\ninvoice {INV}", chan="msg|wa")
T("meter", "en-gb", "chat", "energy", "meter readings\nday {METER}\nnight {METER#2}\ngas {METER#3}\naccount {CUST}", chan="wa|msg")
T("data", "en-us", "chat", "telco", "used {PCT} of my {QTY:data} plan already?? it's the 10th. app version {VER}", chan="msg|igdm")
T("card", "en-gb", "chat", "bank", "lost my purse 😰 debit card was in it, long number {CARD}. Please block it. DOB {DOB} if you need it", chan="wa|msg")
T("memorable", "en-gb", "chat", "bank", "Hi, memorable word is {PW} and passcode {PIN:6}, but it still says details not recognised", chan="tg|msg")
T("wifi", "en-us", "chat", "telco", "my neighbor is on my wifi I swear. network is {SSID} and the password is still {WIFI} from the sticker. how do I change it", chan="igdm|msg")
T("token", "en-gb", "chat", "streaming", "clicked the reset link and it says invalid\nthe link has token={TOK:hex40} in it\ncan you send a new one", chan="wa|msg")
T("contact", "en-us", "chat", "telco", "I want to port {PHONE} to a new plan and also my son's line {PHONE#2}, can that be done together?", chan="msg")
T("contact", "en-gb", "chat", "webshop", "my email is {EMAIL:odd} and no confirmation arrives. order {ORD}", chan="igdm|msg")
T("simpuk", "en-us", "chat", "telco", "got a text with the PUK:\n\"Your PUK code is {PUK}. Only use this if your SIM is blocked.\"\nbut it's for my mom's phone, she's at her place lol", chan="wa")
T("pin", "en-gb", "chat", "bank", "card won't work at the petrol station, screen says '{ERR}', was {AMT}. had the card since {YEAR}", chan="msg|wa")
T("otp", "en-us", "chat", "streaming", "the code shows up as {OTP:G} in the text but your box only takes 6 digits", chan="xdm|igdm")
T("form", "en-gb", "chat", "insurer", "Details as requested:\n• Name: {NAME}\n• DOB: {DOB}\n• Address: {ADDR}\n• Phone: {PHONE}\n• Policy number: {CUST}", chan="msg|wa")
T("bag", "en-us", "chat", "airline", "bag didn't arrive on {FLT} on {DATE}. file ref {TKT}. black suitcase about {QTY}", chan="msg|wa")
T("card2", "en-us", "chat", "bank", "I have 2 cards with you, {CARD} and {CARD#2}. There's a charge of {AMT} on the second one I don't recognize", chan="msg|wa")
T("token", "en-gb", "chat", "dev", "deploy failing with {ERR}\nGH token in the workflow is {TOK:pat}\nis that what's broken?", chan="tg")
T("apikey", "en-us", "chat", "dev", "access key id {API:akia}\nsecret access key {API:awssecret}\nstill getting SignatureDoesNotMatch from your bucket endpoint", chan="tg|xdm")
T("cvv", "en-gb", "chat", "webshop", "OK here goes\ncard ends {MASK:card}\nsecurity code {CVV}\nexpiry {EXP}", chan="wa|msg")
T("bill", "en-us", "chat", "municipality", "Hi I'm trying to pay my water bill online, the account number on the bill is {CUST} and it says not found. Service address is {ADDR}", chan="msg")
T("wifi", "en-gb", "chat", "telco", "what's the wifi pasword again, tried {WIFI} but that was the old router", chan="wa|xdm")
T("cvv", "en-us", "chat", "airline", "phone line keeps dropping so here: card {CARD:visa}, exp {EXP}, the 3 digits on the back are {CVV}. can you just take the payment over chat?", chan="msg|wa")
T("bsn", "en-gb", "chat", "municipality", "hi, registering my baby at the gemeente\nher BSN came in the post: {BSN}\nmine is {BSN#2}\ndo you need anything else?", chan="wa", breg="nl")
T("bsn", "en-us", "chat", "insurer", "Hey, I just moved to Amsterdam for work and need to sign up. BSN {BSN:dot}, DOB {DOB}, starting {DATE}", chan="msg|wa", breg="nl")
T("user", "en-us", "chat", "bank", "what's my username supposed to be? tried {USER} and my email {EMAIL} but neither works", chan="msg|xdm")
T("otp", "en-gb", "chat", "webshop", "your site says verfication code expired but I typed {OTP:dash} within seconds?? sent from {IP} if that helps", chan="msg|wa")
T("pin", "en-us", "chat", "bank", "set my new PIN as {PIN} at the branch yesterday but the ATM says invalid. I'm sure it was that... or maybe {PIN#2}", chan="msg|wa")
T("apikey", "en-gb", "chat", "dev", "quick one, is this the right format for the header?\nX-Api-Key: {API:api}\nbecause I get {ERR} on every request", chan="tg|xdm")
T("puk", "en-gb", "chat", "telco", "Need to unlock my sim. The PUK on the back of the card holder reads {PUK:w} but it says wrong. Number is {PHONE}", chan="msg|wa")
T("delay", "en-gb", "chat", "rail", "my {TIME} was cancelled on {DATE}, delay repay ref {TKT}, ticket was {AMT}. how long does it take?", chan="xdm|msg")

# ---- e-mails ----
T("login", "en-gb", "mail", "streaming", "My grandson set up an account for me last Christmas. He chose {USER} as the username and the password, which he wrote down for me on the back of an envelope, is {PW:n}. Since {DATE} I get a message saying my details are incorrect every time I try to sign in. I have reinstalled the app (version {VER}) but it makes no difference.",
  subj="{~Can't sign in|Problem signing in|Locked out}")
T("iban", "en-gb", "mail", "webshop", "On {DATE} I returned order {ORD}, but the refund of {AMT} has still not appeared. Could you send it to my account {IBAN} instead? The card I paid with has since been cancelled by my bank.",
  subj="{~Refund for return|Missing refund}")
T("bsn", "en-gb", "mail", "municipality", "I moved to the Netherlands in {YEAR} and registered at the town hall. I received a letter dated {DATE} (reference {TKT}) asking me to confirm my details, so here they are:\n\nFull name: {NAME}\nDate of birth: {DOB}\nBSN: {BSN}\nAddress: {ADDR:nl}\n\nThe online form kept giving error {ERR}, which is why I am emailing.",
  subj="{~Requested details|Reply to your letter}", breg="nl", q="none")
T("fraud", "en-us", "mail", "bank", "This morning I noticed {N} charges I don't recognize, totaling {AMT}. They are on my credit card {CARD} (exp {EXP}). The card is still in my wallet. Please cancel it and send me a replacement.",
  subj="{~Fraudulent charges|Unrecognized charges on my card}")
T("moving", "en-gb", "mail", "energy", "I'm moving out on {DATE}, so here are my final readings:\n\nElectricity: {METER}\nGas: {METER#2}\n\nPlease send the final bill refund to {IBAN}. My new address will be {ADDR}.",
  subj="{~Moving house - final readings|Final meter readings}")
T("simpuk", "en-gb", "mail", "telco", "My phone ({MODEL:phone}) is asking for a PUK after my daughter put the wrong PIN in a few times. I can't log in to My {BRAND} because the security code gets texted to that same phone. The SIM holder I kept says PIN {PIN} and PUK {PUK}, but I'm not sure it's the right SIM as I got a replacement in {YEAR}.",
  subj="{~PUK code needed|SIM locked}")
T("wifi", "en-us", "mail", "telco", "Since your technician came out on {DATE} our wifi has been terrible. He swapped the router for a {MODEL:router} and renamed the network {SSID}. The network key he wrote on a sticky note ({WIFI}) isn't accepted by any of our devices. We pay for {QTY:speed} and can't even get {QTY#2:speed}.",
  subj="{~Wifi issues after technician visit|New router not working}")
T("apikey", "en-us", "mail", "dev", "We integrate your API into our checkout. Since your release on {DATE} every request returns {ERR}. For reference, our config:\n\nAPI key: {API}\nEnvironment: live\nPlugin version: {VER}\n\nCould you check the logs on your side?",
  subj="{~API errors since your release|Every request failing}")
T("token", "en-gb", "mail", "dev", "Our logs show that the refresh token ({TOK}) expires after exactly one hour, while your documentation says thirty days. Is this a known issue? Ticket {TKT} was closed without a reply.",
  subj="{~Refresh token expiring early|Token lifetime question}")
T("claim", "en-us", "mail", "insurer", "I filed a claim for water damage on {DATE} (claim number {TKT}) and haven't heard a thing since. The contractor's estimate came to {AMT}, invoice {INV}. When can I expect an adjuster to contact me?",
  subj="{~Status of my claim|No response on claim}")
T("verify", "en-gb", "mail", "energy", "You asked me on the phone to confirm my details in writing. My account number is {CUST} and my date of birth is {DOB}. This is about the annual statement of {AMT}, which I believe is far too high: I used {QTY}, yet you've charged for {QTY#2}.",
  subj="{~Confirming my details|Annual statement wrong}")
T("parcel", "en-us", "mail", "parcel", "Tracking {TRK} says delivered, but nothing arrived. Maybe the driver left it with a neighbor? My address is {ADDR}. Cell {PHONE}, best after {TIME}.",
  subj="{~Package marked delivered but not received|Missing package}")
T("login", "en-gb", "mail", "webshop", "I can't log in to my account. I always sign in with {EMAIL:plain} and password {PW:n}. I clicked 'forgot password' but the email never arrives, not even in spam.",
  subj="{~Login problem|Can't access my account}")
T("otp", "en-us", "mail", "bank", "I got a text tonight at {TIME} that I don't trust:\n\n\"{BRAND}: Your code is {OTP}. Use it to link your new device. Never share this code.\"\n\nI did not add a new device. Is my account safe?",
  subj="{~Suspicious text message|Did you send this?}")
T("pin", "en-gb", "mail", "bank", "I've received the letter with my new PIN but I'm a bit suspicious of it. It says, word for word:\n\n\"Dear customer, please find below the PIN for your debit card ending {MASK:card}. Your PIN is {PIN}. Please destroy this letter once memorised.\"\n\nThe card itself hasn't arrived yet. Is it normal for the letter to come first?",
  subj="{~PIN letter|Question about PIN letter}")
T("login", "en-us", "mail", "telco", "Last week I changed my password. The old one was {PW:n}, the new one is {PW#2:n}. Now the cable box ({MODEL:tv}) only accepts the old one and the app only the new one. How is that possible?",
  subj="{~Password confusion|Two passwords?}")
T("apikey", "en-gb", "mail", "dev", "Our WooCommerce store stopped syncing orders with your platform on {DATE}. The REST API keys we generated are consumer key {API:ck} and consumer secret {API:cs} (read/write). The logs show {ERR} on every call from our server at {IP}. Our company number is {KVK}.",
  subj="{~Order sync stopped|WooCommerce integration broken}")
T("cancel", "en-us", "mail", "telco", "I'd like to cancel my plan effective {DATE}. Account number {CUST}. The line in question is {PHONE}. Please send confirmation to this email address.",
  subj="{~Cancellation|Cancel my plan}")
T("rail", "en-gb", "mail", "rail", "On {DATE} my {TIME} service was over an hour late. Under your delay repay scheme I'm entitled to a refund. Please refund it to the card I paid with, {CARD:mc}. Booking name {NAME}.",
  subj="{~Delay repay claim|Refund for delayed train}")
T("cancel", "en-us", "mail", "streaming", "I cancelled my subscription on {DATE}, but I was charged {AMT} again this month. I'd like that refunded. The app (version {VER}) also still shows my plan as active.",
  subj="{~Charged after cancelling|Refund request}")
T("flight", "en-us", "mail", "airline", "My flight {FLT} on {DATE} was cancelled. I paid with my credit card {CARD:amex} and would like the {AMT} refunded to it. The booking is under {NAME}.",
  subj="{~Refund for cancelled flight|Cancelled flight}")
T("form", "en-gb", "mail", "bank", "Here are the details the online form wouldn't accept:\n\nName: {NAME}\nDate of birth: {DOB}\nCustomer number: {CUST}\nIBAN: {IBAN}\nMobile: {PHONE}\n\nThe site showed {ERR} every time I pressed submit.",
  subj="{~Application by email|Form not working}", q="none")
T("token", "en-gb", "mail", "dev", "Our CI logs printed this, which I assume is bad:\n\n```\n[{TIME}] fetching repo with header Authorization: token {TOK:ghp}\n[{TIME#2}] {ERR}\n```\n\nCan you confirm whether that token has access to our organisation on your side, and revoke it if so?",
  subj="{~Token leaked in CI logs|Please revoke token}")
T("apikey", "en-us", "mail", "dev", "We send transactional email through your relay using API key {API:sg}. Since {DATE} about {PCT} of messages bounce with {ERR}. Nothing changed on our end. Our account is {CUST}.",
  subj="{~Bounces since last week|Mail relay errors}")
T("wifi", "en-gb", "mail", "telco", "My mum has a {MODEL:router} and wants to change the wifi password because the neighbours know it. The current one is {WIFI} and she'd like something easier. Can you change it remotely? Her account number is {CUST}.",
  subj="{~Change wifi password|On behalf of my mum}")
T("delivery", "en-gb", "mail", "webshop", "On {DATE} I ordered a fridge (product code {SKU}, {AMT:big}). Delivery was booked for {DATE#2} around {TIME}, but nobody turned up. I took the day off work for it. Order number {ORD}. I expect some compensation.",
  subj="{~Missed delivery|Complaint about delivery}")
T("bsn", "en-us", "mail", "insurer", "I'm a US citizen working in Rotterdam since {YEAR}. To add my wife to my health policy ({CUST}) you asked for her citizen service number. Her BSN is {BSN} and her date of birth is {DOB}. Mine is {BSN#2}.",
  subj="{~Adding my spouse|Policy change}", breg="nl")
T("cvv", "en-us", "mail", "airline", "Your agent asked me to email my card details to change my booking. Here they are: Visa {CARD:visa}, expiration {EXP}, CVV {CVV}. The change fee is {AMT}.",
  subj="{~Card details for booking change|Payment for change fee}")
T("puk", "en-us", "mail", "telco", "My phone is locked and wants a PUK. I called {CPH} and the automated line read out {PUK} but it doesn't work. I've now got {N} attempts left. Phone number {PHONE}.",
  subj="{~PUK not working|Phone locked}")
T("user", "en-gb", "mail", "bank", "I'm trying to set up online banking. Your letter says my user ID is {USER} and the temporary passcode is {PW:n}, but when I enter them it says the account is not registered. My sort code and account details are on file.",
  subj="{~Online banking setup|Can't register for online banking}")

# ---- agent replies and internal notes ----
T("agent_ask", "en-gb", "agent", "bank", "Hi {FIRST}, sorry to hear your card was swallowed! Could you DM us your date of birth and the last 4 digits of the card? Please never send your PIN 🙂 ^{AGI}")
T("agent_puk", "en-us", "agent", "telco", "Hi {FIRST}, I've looked up your PUK for you: {PUK}. Once it's entered you can pick a new SIM PIN. - {AGENT}")
T("agent_note", "en-gb", "agent", "bank", "Internal note: customer called, verified with DOB {DOB} and postcode. Card {MASK:card} blocked at {TIME}, replacement ordered. Ref {TKT}.")
T("agent_iban", "en-gb", "agent", "energy", "Hello {FIRST}, I can see the direct debit is still coming from {MASK:iban}. Can you confirm you'd like it moved to {IBAN}? I'll make the change from {DATE}. Thanks, {AGENT}")
T("agent_wifi", "en-us", "agent", "telco", "Hey {FIRST}, the network key for your {MODEL:router} is on the sticker underneath. I've pulled it up for you: {WIFI}. It's case sensitive! ^{AGI}")
T("agent_otp", "en-us", "agent", "bank", "Hi {FIRST}, you mentioned code {OTP} didn't work. Codes expire after 10 minutes, so request a new one at {URL}. Never share a code with anyone, including us. ^{AGI}")
T("agent_note", "en-gb", "agent", "streaming", "Note: password reset at customer's request, temp password {PW} texted to {PHONE}. Verified with account number {CUST}. /{AGI}")
T("agent_ask", "en-us", "agent", "webshop", "Hi {FIRST}, thanks for your patience. Can you DM us your account number and ZIP code? Then I'll look into order {ORD}. - {AGENT}")
T("agent_address", "en-gb", "agent", "parcel", "Hi {NAME}, I've updated the delivery address to {ADDR} for parcel {TRK}. It should be with you on {DATE}. Kind regards, {AGENT}")
T("agent_note", "en-us", "agent", "dev", "Internal note: customer pasted live key {API:sk} in chat, key revoked immediately and a new one issued. Customer informed. Case {TKT}.")
T("agent_token", "en-gb", "agent", "dev", "Hi {FIRST}, your log shows you're still using token {TOK:glpat}. That expired on {DATE}; generate a new one at {URL}. And please don't share tokens in chat! ^{AGI}")
T("agent_refund", "en-us", "agent", "bank", "Hi {FIRST}, the {AMT} charge on your card ending {MASK:card} has been reversed. It'll show up in 3-5 business days. ^{AGI}")
T("agent_note", "en-gb", "agent", "webshop", "Note: customer pasted card {CARD} + CVV {CVV} in DM, message deleted, advised to cancel the card via {CPH}. /{AGI}")
T("agent_ask", "en-us", "agent", "bank", "Hi {FIRST}, for your security please never post your full card number or PIN here. I can see the card ending {MASK:card}. Could you confirm your ZIP code and date of birth by DM? ^{AGI}")
T("agent_note", "en-gb", "agent", "municipality", "Note: resident called re council tax, verified with DOB {DOB} and address {ADDR}. Account {CUST}. Direct debit moved to {IBAN} from next month.")
T("agent_note", "en-us", "agent", "telco", "Note {AGI}: cust locked out, SIM PIN entered wrong 3x. Gave PUK {PUK} after verifying DOB {DOB}. Advised new PIN.")
T("agent_user", "en-gb", "agent", "bank", "Hi {FIRST}, your user ID is {USER} — it's not your email address. You can reset your passcode at {URL}. ^{AGI}")


# =======================================================================================
# Flemish (nl-be)
# =======================================================================================

T("storing", "nl-be", "pub", "telco", "{@} al heel de week geen internet in {CITY}, modem {MODEL:router} blijft maar herstarten. Dossier {TKT}. Ik betaal wel {AMT} per maand hé #slechteservice", chan="x|fb")
T("pin", "nl-be", "pub", "bank", "{@} de bancontact-terminal in de winkel zegt 'code fout' terwijl ik gewoon {PIN} intik, al jaren dezelfde. Foutcode {ERR} 🤬", chan="x")
T("login", "nl-be", "pub", "streaming", "Mijn zoon heeft mijn account aangemaakt met {PW:w} als paswoord en nu kan ik er niet meer in, 'verkeerd paswoord'. {BRAND} kunnen jullie helpen?", chan="fb")
T("wifi", "nl-be", "pub", "telco", "{@} nieuwe modem ontvangen maar het wifi-paswoord op de sticker ({WIFI}) werkt niet op mijn {MODEL:laptop}. Wat nu?", chan="x|ig")
T("pakket", "nl-be", "pub", "parcel", "{@} pakje {TRK} staat al {N} dagen 'onderweg' 🙄 en de chatbot zegt niks #pakje", chan="x")
T("simpuk", "nl-be", "pub", "telco", "Mijn GSM vraagt een PUK na drie keer verkeerde pincode. Op de kaart staat PUK {PUK} maar die werkt ook niet?! {@}", chan="fb")
T("kaart", "nl-be", "pub", "webshop", "Bij {BRAND} twee keer betaald met mijn kaart {CARD:bcmc} omdat de site bleef hangen, nu 2x {AMT} weg van mijn rekening. Terugstorten aub!", chan="fb")
T("iban", "nl-be", "pub", "insurer", "{@} wanneer wordt mijn schade uitbetaald? Rekeningnummer {IBAN} al twee keer doorgegeven. Dossiernummer {TKT}", chan="x|fb")
T("trein", "nl-be", "pub", "rail", "{@} trein van {TIME} naar {CITY} weeral afgeschaft. Abonnement kost {AMT} per maand! #spoor", chan="x")
T("otp", "nl-be", "pub", "bank", "Krijg een sms 'Uw bevestigingscode is {OTP}' maar ik heb niks aangevraagd?? Is dit phishing {@}", chan="fb|x")
T("token", "nl-be", "pub", "dev", "{@} jullie API geeft {ERR} sinds {DATE}, ons access token {TOK:hex40} is nochtans nieuw. Iemand? #api", chan="x")
T("energie", "nl-be", "pub", "energy", "{BRAND} mijn voorschot gaat van {AMT} naar {AMT#2}?? Verbruik is {QTY} per jaar. Meterstand {METER} doorgegeven op {DATE}", chan="fb")

T("login", "nl-be", "chat", "streaming", "Dag\nik geraak niet meer in mijn account\nmijn gebruikersnaam is {USER}\nen het paswoord, dat mijn dochter op een briefje schreef, is {PW:w}\nmaar hij zegt 'ongeldige gegevens'", chan="wa|msg")
T("pin", "nl-be", "chat", "bank", "goeiemiddag\nde automaat weigert {PIN} maar dat is echt mijn code\nfoutmelding {ERR}\nis mijn kaart geblokkeerd?", chan="msg|wa")
T("otp", "nl-be", "chat", "bank", "Eerste code {OTP} werkte niet\ndan een nieuwe gevraagd: {OTP#2}\ndie werkte wel maar nu ben ik terug uitgelogd 🙄", chan="wa|msg")
T("simpuk", "nl-be", "chat", "telco", "Hallo\nnieuwe simkaart erin gestoken\nde pincode uit de brief ({PIN}) was fout\nnu vraagt hij de PUK-code\nis dat {PUK}?", chan="wa")
T("wifi", "nl-be", "chat", "telco", "Ik heb een nieuwe modem, de {MODEL:router}\nop de sticker staat wifi-sleutel {WIFI}\nmaar mijn laptop zegt dat het niet klopt", chan="msg|tg")
T("kaart", "nl-be", "chat", "webshop", "Betaling lukt niet\nkaart {CARD}\nvervaldatum {EXP}\nCVC {CVV}\nkrijg altijd foutcode {ERR}", chan="wa")
T("iban", "nl-be", "chat", "energy", "Ik wil mijn domiciliëring aanpassen.\nNieuw rekeningnummer: {IBAN:BE}\nOud: {IBAN#2:BE}\nKlantnummer {CUST}", chan="msg|wa")
T("apikey", "nl-be", "chat", "dev", "hey, onze webshop krijgt {ERR} van jullie betaalmodule\nAPI key {API:sk}\nniks veranderd bij ons", chan="tg|wa")
T("login", "nl-be", "chat", "telco", "inloggen lukt niet\ngebruiker {USER}\npaswoord {PW:n}\nwat is er mis?", chan="wa|tg")
T("bsn", "nl-be", "chat", "insurer", "Ik werk in Nederland als grensarbeider en moet mijn BSN doorgeven voor de zorgverzekering: {BSN}. Mijn rijksregisternummer hebben jullie al.", chan="msg|wa", breg="nl")
T("adres", "nl-be", "chat", "parcel", "Hallo, ik ben verhuisd. Kan pakje {TRK} naar mijn nieuw adres? {ADDR}. GSM {PHONE}", chan="wa|msg")
T("cvv", "nl-be", "chat", "airline", "oké, mijn kaartgegevens:\nkaart eindigend op {MASK:card}\ncontrolecode achteraan {CVV}\ngeldig tot {EXP}", chan="msg|wa")
T("token", "nl-be", "chat", "dev", "Onze integratie faalt, we sturen\nAuthorization: Bearer {TOK:jwt}\nen krijgen {ERR}. Is dat token nog geldig?", chan="tg|xdm")
T("factuur", "nl-be", "chat", "telco", "Hoi, op mijn factuur {INV} staat {AMT} voor roaming maar ik ben niet op reis geweest. Klopt dat wel? Verbruik zou {QTY:data} zijn", chan="msg|wa")
T("user", "nl-be", "chat", "bank", "Welke gebruikesnaam moet ik ingeven? Ik heb {USER} geprobeerd en ook mijn klantnummer {CUST}, allebei fout", chan="msg|wa")

T("login", "nl-be", "mail", "streaming", "Mijn kleinzoon heeft vorig jaar een account voor mij aangemaakt met als gebruikersnaam {USER} en als paswoord {PW:n}. Sinds {DATE} krijg ik de melding dat mijn gegevens niet juist zijn. Ik heb de app al opnieuw geïnstalleerd (versie {VER}) maar dat helpt niet.",
  subj="{~Kan niet meer inloggen|Probleem met inloggen}")
T("kaart", "nl-be", "mail", "bank", "Vanmorgen zag ik {N} betalingen die ik niet herken, samen {AMT}. Het gaat om mijn kredietkaart {CARD} (geldig tot {EXP}). De kaart zit nog in mijn portefeuille. Kunnen jullie ze blokkeren en een nieuwe opsturen?",
  subj="{~Onbekende betalingen|Kredietkaart blokkeren}")
T("simpuk", "nl-be", "mail", "telco", "Mijn GSM ({MODEL:phone}) vraagt om een PUK-code nadat mijn man een paar keer de verkeerde pincode heeft ingegeven. Op de houder van de simkaart staat PIN {PIN} en PUK {PUK}, maar ik weet niet zeker of dat nog de juiste kaart is.",
  subj="{~PUK-code|Simkaart geblokkeerd}")
T("wifi", "nl-be", "mail", "telco", "Sinds de technieker op {DATE} is langsgekomen werkt onze wifi niet meer. Hij heeft de {MODEL:router} vervangen en de netwerknaam veranderd naar {SSID}. Het wifi-paswoord dat hij opschreef ({WIFI}) werkt op geen enkel toestel.",
  subj="{~Wifi werkt niet meer|Probleem na bezoek technieker}")
T("verhuis", "nl-be", "mail", "energy", "Ik verhuis op {DATE}. Hierbij mijn meterstanden: dag {METER}, nacht {METER#2}. De eindafrekening mag op {IBAN}. Mijn nieuw adres wordt {ADDR}.",
  subj="{~Verhuis en meterstanden|Verhuizing}")
T("apikey", "nl-be", "mail", "dev", "Sinds de update van {DATE} geeft elke oproep naar jullie API foutcode {ERR}. Onze configuratie:\n\nAPI-sleutel: {API}\nOmgeving: productie\nModule versie: {VER}\n\nKunnen jullie eens kijken? Ons ondernemingsnummer: {KVK}.",
  subj="{~Fout bij API-oproepen|API geeft fout}")
T("otp", "nl-be", "mail", "bank", "Ik kreeg gisteren om {TIME} deze sms, die ik niet vertrouw:\n\n\"{BRAND}: uw code is {OTP}. Gebruik deze code om een nieuw toestel te activeren. Deel ze met niemand.\"\n\nIk heb niks aangevraagd. Is mijn rekening veilig?",
  subj="{~Verdachte sms|Sms niet zelf aangevraagd}")
T("bsn", "nl-be", "mail", "municipality", "Ik woon in België maar werk in Nederland en moet voor de toeslag mijn gegevens bezorgen.\n\nNaam: {NAME}\nGeboortedatum: {DOB}\nBSN: {BSN}\nRekeningnummer: {IBAN:BE}\n\nHet online formulier gaf foutmelding {ERR}.",
  subj="{~Gegevens toeslag grensarbeider|Gevraagde gegevens}", breg="nl", q="none")

T("agent_pin", "nl-be", "agent", "bank", "Dag {FIRST}, vervelend dat je kaart is ingeslikt! Stuur ons gerust je geboortedatum en de laatste 4 cijfers van je kaart in een privébericht. Stuur nooit je pincode mee. ^{AGI}")
T("agent_puk", "nl-be", "agent", "telco", "Dag {FIRST}, je PUK-code is {PUK}. Daarna kan je een nieuwe pincode kiezen. Groetjes, {AGENT}")
T("agent_note", "nl-be", "agent", "bank", "Interne nota: klant belt, geverifieerd met geboortedatum {DOB}. Kaart {MASK:card} geblokkeerd om {TIME}. Dossier {TKT}.")
T("agent_wifi", "nl-be", "agent", "telco", "Hoi {FIRST}, je wifi-sleutel staat onderaan op je modem. Ik heb hem opgezocht: {WIFI}. Let op hoofdletters! ^{AGI}")
T("agent_iban", "nl-be", "agent", "energy", "Dag {FIRST}, de domiciliëring loopt nu nog via {MASK:iban}. Wil je dat we dat wijzigen naar {IBAN:BE}? Dan passen we het aan vanaf {DATE}. {AGENT}")
T("agent_note", "nl-be", "agent", "webshop", "Nota: klant plakte kaartnummer {CARD} en CVC {CVV} in chat, bericht verwijderd. Klant aangeraden kaart te blokkeren via {CPH}.")

# =======================================================================================
# Belgian French (fr-be)
# =======================================================================================

T("panne", "fr-be", "pub", "telco", "{@} toujours pas d'internet à {CITY} depuis {N} jours, modem {MODEL:router} qui clignote rouge. Dossier {TKT}. Je paie {AMT} par mois quand même #panne", chan="x|fb")
T("pin", "fr-be", "pub", "bank", "{@} le terminal refuse mon code {PIN} alors que c'est le même depuis des années. Message d'erreur {ERR} 😡", chan="x")
T("login", "fr-be", "pub", "streaming", "Ma fille a créé mon compte avec {PW:w} comme mot de passe et maintenant ça me dit 'mot de passe incorrect'. {BRAND} vous pouvez m'aider ?", chan="fb")
T("wifi", "fr-be", "pub", "telco", "{@} nouveau modem reçu mais la clé wifi sur l'autocollant ({WIFI}) ne fonctionne pas sur mon {MODEL:laptop}. Des idées ?", chan="x|ig")
T("colis", "fr-be", "pub", "parcel", "{@} mon colis {TRK} est 'en cours de livraison' depuis {N} jours 🙄 #colis", chan="x")
T("simpuk", "fr-be", "pub", "telco", "Mon GSM demande le code PUK après 3 mauvais codes PIN. Sur la carte il y a PUK {PUK} mais ça ne marche pas non plus ?! {@}", chan="fb")
T("carte", "fr-be", "pub", "webshop", "Payé deux fois chez {BRAND} avec ma carte {CARD} parce que le site plantait, et maintenant 2x {AMT} débités. Remboursez-moi svp !", chan="fb")
T("iban", "fr-be", "pub", "insurer", "{@} quand est-ce que mon indemnisation sera versée ? Mon numéro de compte {IBAN} a été communiqué deux fois. Dossier {TKT}", chan="x|fb")
T("train", "fr-be", "pub", "rail", "{@} le train de {TIME} vers {CITY} encore supprimé. L'abonnement coûte {AMT} par mois ! #retards", chan="x")
T("otp", "fr-be", "pub", "bank", "Je reçois un SMS 'Votre code de confirmation est {OTP}' alors que je n'ai rien demandé ?? Arnaque ? {@}", chan="fb|x")
T("apikey", "fr-be", "pub", "dev", "{@} votre API renvoie {ERR} depuis {DATE} alors que la clé {API:pk} est toute neuve. Quelqu'un ? #api", chan="x")
T("energie", "fr-be", "pub", "energy", "{BRAND} mon acompte passe de {AMT} à {AMT#2} ?? Ma consommation est de {QTY} par an. Index {METER} communiqué le {DATE}", chan="fb")

T("login", "fr-be", "chat", "streaming", "Bonjour\nje n'arrive plus à me connecter\nmon identifiant c'est {USER}\net le mot de passe que mon fils m'a noté est {PW:w}\nmais ça dit 'identifiants invalides'", chan="wa|msg")
T("pin", "fr-be", "chat", "bank", "bonjour\nle distributeur refuse {PIN} alors que c'est bien mon code\nerreur {ERR}\nma carte est bloquée ?", chan="msg|wa")
T("otp", "fr-be", "chat", "bank", "Le premier code {OTP} ne marchait pas\nj'en ai redemandé un : {OTP#2}\nlui a marché mais maintenant je suis déconnecté 🙄", chan="wa|msg")
T("simpuk", "fr-be", "chat", "telco", "Bonjour\nnouvelle carte SIM insérée\nle code PIN de la lettre ({PIN}) est faux\nmaintenant il demande le PUK\nc'est bien {PUK} ?", chan="wa")
T("wifi", "fr-be", "chat", "telco", "J'ai un nouveau modem, le {MODEL:router}\nsur l'autocollant il y a la clé WPA {WIFI}\nmais mon ordi dit que c'est incorrect", chan="msg|tg")
T("carte", "fr-be", "chat", "webshop", "Le paiement ne passe pas\ncarte {CARD}\nexpiration {EXP}\ncryptogramme {CVV}\nerreur {ERR} à chaque fois", chan="wa")
T("iban", "fr-be", "chat", "energy", "Je voudrais changer ma domiciliation.\nNouveau compte : {IBAN:BE}\nAncien : {IBAN#2:BE}\nNuméro client {CUST}", chan="msg|wa")
T("token", "fr-be", "chat", "dev", "salut, notre boutique reçoit {ERR} de votre API\nle token {TOK:ghp} a été généré hier\non n'a rien changé", chan="tg|wa")
T("login", "fr-be", "chat", "telco", "connexion impossible\nidentifiant : {USER}\nmdp : {PW:n}\nqu'est-ce qui ne va pas ?", chan="wa|tg")
T("bsn", "fr-be", "chat", "insurer", "Je suis frontalier et je travaille aux Pays-Bas. Voici mon BSN pour l'assurance : {BSN}. Mon numéro de registre national vous l'avez déjà.", chan="msg|wa", breg="nl")
T("adresse", "fr-be", "chat", "parcel", "Bonjour, j'ai déménagé. Le colis {TRK} peut-il être livré à ma nouvelle adresse ? {ADDR}. GSM {PHONE}", chan="wa|msg")
T("cvv", "fr-be", "chat", "airline", "ok voilà\ncarte se terminant par {MASK:card}\ncode de sécurité {CVV}\nvalable jusqu'au {EXP}", chan="msg|wa")
T("apikey", "fr-be", "chat", "dev", "Bonjour, on a une erreur {ERR} avec le plugin\nclé consommateur {API:ck}\nsecret consommateur {API:cs}\nvous voyez quelque chose ?", chan="tg|msg")
T("facture", "fr-be", "chat", "telco", "Bonjour, sur ma facture {INV} il y a {AMT} de roaming alors que je ne suis pas parti. C'est normal ? Consommation {QTY:data}", chan="msg|wa")
T("user", "fr-be", "chat", "bank", "Quel nom d'utilisateur je dois mettre ? J'ai essayé {USER} et aussi mon numéro client {CUST}, les deux sont refusés", chan="msg|wa")

T("login", "fr-be", "mail", "streaming", "Mon petit-fils m'a créé un compte l'année passée avec comme identifiant {USER} et comme mot de passe {PW:n}. Depuis le {DATE} j'ai un message disant que mes identifiants sont incorrects. J'ai réinstallé l'application (version {VER}) mais rien n'y fait.",
  subj="{~Impossible de me connecter|Problème de connexion}")
T("carte", "fr-be", "mail", "bank", "Ce matin j'ai vu {N} paiements que je ne reconnais pas, pour un total de {AMT}. Il s'agit de ma carte de crédit {CARD} (expire fin {EXP}). La carte est toujours dans mon portefeuille. Pouvez-vous la bloquer et m'en envoyer une nouvelle ?",
  subj="{~Paiements inconnus|Bloquer ma carte}")
T("simpuk", "fr-be", "mail", "telco", "Mon GSM ({MODEL:phone}) demande un code PUK après que mon fils a introduit plusieurs fois un mauvais code PIN. Sur le support de la carte SIM il est indiqué PIN {PIN} et PUK {PUK}, mais je ne sais pas si c'est encore la bonne carte.",
  subj="{~Code PUK|Carte SIM bloquée}")
T("wifi", "fr-be", "mail", "telco", "Depuis le passage du technicien le {DATE}, notre wifi ne fonctionne plus. Il a remplacé le {MODEL:router} et renommé le réseau en {SSID}. La clé wifi qu'il a notée sur un papier ({WIFI}) n'est acceptée par aucun appareil.",
  subj="{~Wifi ne fonctionne plus|Problème après visite du technicien}")
T("demenagement", "fr-be", "mail", "energy", "Je déménage le {DATE}. Voici mes index : jour {METER}, nuit {METER#2}. Le décompte final peut être versé sur {IBAN}. Ma nouvelle adresse sera {ADDR}.",
  subj="{~Déménagement et relevés|Relevé d'index}")
T("token", "fr-be", "mail", "dev", "Depuis la mise à jour du {DATE}, chaque appel à votre API renvoie {ERR}. Voici notre configuration :\n\nToken d'accès : {TOK}\nEnvironnement : production\nVersion du module : {VER}\n\nPouvez-vous vérifier ? Notre numéro d'entreprise : {KVK}.",
  subj="{~Erreur API|Problème d'intégration}")
T("otp", "fr-be", "mail", "bank", "Hier à {TIME} j'ai reçu ce SMS qui me semble suspect :\n\n\"{BRAND} : votre code est {OTP}. Utilisez-le pour activer un nouvel appareil. Ne le communiquez à personne.\"\n\nJe n'ai rien demandé. Mon compte est-il en sécurité ?",
  subj="{~SMS suspect|Code reçu sans demande}")
T("iban", "fr-be", "mail", "insurer", "Suite à mon sinistre du {DATE} (dossier {TKT}), je vous communique mon numéro de compte pour le remboursement : {IBAN}. Le devis du garagiste s'élève à {AMT}.",
  subj="{~Remboursement sinistre|Numéro de compte}")

T("agent_pin", "fr-be", "agent", "bank", "Bonjour {FIRST}, désolés pour votre carte avalée ! Envoyez-nous votre date de naissance et les 4 derniers chiffres de la carte en message privé. N'envoyez jamais votre code PIN. ^{AGI}")
T("agent_puk", "fr-be", "agent", "telco", "Bonjour {FIRST}, votre code PUK est {PUK}. Vous pourrez ensuite choisir un nouveau code PIN. Bien à vous, {AGENT}")
T("agent_note", "fr-be", "agent", "bank", "Note interne : client appelle, vérifié avec date de naissance {DOB}. Carte {MASK:card} bloquée à {TIME}. Dossier {TKT}.")
T("agent_wifi", "fr-be", "agent", "telco", "Bonjour {FIRST}, la clé wifi de votre {MODEL:router} se trouve sous le modem. La voici : {WIFI}. Attention aux majuscules ! ^{AGI}")
T("agent_iban", "fr-be", "agent", "energy", "Bonjour {FIRST}, la domiciliation passe encore par {MASK:iban}. Souhaitez-vous la modifier vers {IBAN:BE} ? Nous l'adapterons à partir du {DATE}. {AGENT}")
T("agent_note", "fr-be", "agent", "webshop", "Note : client a collé sa carte {CARD} et le CVC {CVV} dans le chat, message supprimé. Conseillé de bloquer la carte via {CPH}.")


# =======================================================================================
# more shapes: keys, tokens, security codes, BSNs, wifi keys, IP addresses
# =======================================================================================

T("apikey", "nl", "chat", "dev", "Hoi, na het roteren van de sleutels werkt alleen de testomgeving nog.\nLive secret key: {API:sk}\npublishable: {API:pk}\nfoutmelding {ERR}", chan="tg|wa")
T("apikey", "en-us", "pub", "dev", "{@} hey, is there a way to lock an API key to an IP? we got hammered from {IP} using our key {API:hex32} 😬", chan="x")
T("apikey", "en-gb", "mail", "dev", "Following your email about unusual traffic on our account: I've checked, and our server-side key ({API:api}) is only ever used from our own server at {IP}. Please don't suspend the account while we investigate. Our account reference is {CUST}.",
  subj="{~Re unusual traffic warning|Please don't suspend our account}")
T("apikey", "nl", "mail", "dev", "Onze boekhouder heeft per ongeluk een Excel-bestand naar een klant gestuurd waarin ook onze API-sleutel stond: {API:hex32}. Kunnen jullie deze sleutel blokkeren en ons laten weten hoe we een nieuwe aanmaken? Ons klantnummer bij jullie is {CUST}.",
  subj="{~Sleutel gelekt, graag blokkeren|Dringend: API-sleutel intrekken}")
T("apikey", "fr-be", "mail", "dev", "Depuis le {DATE}, notre boutique ne parvient plus à se connecter à votre plateforme. Nous utilisons la clé API {API:api} fournie lors de l'inscription. Le message d'erreur est {ERR}. Notre numéro d'entreprise est {KVK}.",
  subj="{~Clé API refusée|Problème de connexion à l'API}")
T("apikey", "nl-be", "pub", "dev", "{@} waarom staat onze AWS access key {API:akia} gewoon in jullie foutmelding op het scherm?? #security", chan="x")
T("apikey", "en-us", "chat", "dev", "our app got flagged in review because the maps key {API:aiza} is in the bundle. is that actually a problem or can we restrict it on your side?", chan="tg|xdm")
T("agent_note", "en-gb", "agent", "dev", "Note: customer posted their secret access key ({API:awssecret}) on a public thread, asked them to rotate it and deleted the post. Ticket {TKT}. /{AGI}")
T("agent_api", "nl", "agent", "dev", "Hoi {FIRST}, in je vorige bericht stond je consumer secret ({API:cs}). Trek die in via {URL} en maak een nieuwe aan, dan kijken we daarna verder naar foutcode {ERR}. ^{AGI}")
T("agent_note", "fr-be", "agent", "dev", "Note interne : le client a envoyé sa clé secrète {API:sk} par e-mail, clé révoquée et nouvelle clé générée. Dossier {TKT}.")

T("token", "nl", "chat", "streaming", "Ik word steeds uitgelogd. Jullie helpdesk vroeg om mijn sessie-id uit de browser te kopiëren, dus hier is ie: {TOK:sess}", chan="msg|wa")
T("token", "en-us", "chat", "dev", "slack bot token is {TOK:xoxb}\nuser token {TOK#2:xoxp}\nwhich one goes in the config? docs aren't clear", chan="tg|xdm")
T("token", "en-gb", "pub", "dev", "{@} your CLI just printed my personal access token in plain text: {TOK:glpat} 😳 that can't be right #security", chan="x")
T("token", "nl", "mail", "webshop", "Voor de koppeling met jullie verzendmodule hebben we een toegangstoken aangemaakt in onze winkelomgeving: {TOK:shpat}. Uw collega vroeg om het te mailen zodat zij de koppeling kan afmaken. De bestellingen van {DATE} staan nog niet bij jullie.",
  subj="{~Toegangstoken voor koppeling|Koppeling verzendmodule}")
T("token", "fr-be", "chat", "dev", "Bonjour, le refresh token {TOK:jwt} expire au bout de 5 minutes, c'est normal ? Erreur {ERR}", chan="tg|msg")
T("token", "nl-be", "mail", "dev", "Onze pipeline kan sinds {DATE} niet meer pushen naar jullie registry. We gebruiken dit token: {TOK:glpat}. De fout is {ERR}. Kunnen jullie bekijken of het token geblokkeerd is?",
  subj="{~Token geweigerd|Registry geeft fout}")
T("token", "en-us", "mail", "streaming", "Your support agent asked me to copy the session token from my browser so you could look into why I keep getting signed out. Here it is: {TOK:sess}. I'm on {VER} on my {MODEL:laptop}.",
  subj="{~Session info you asked for|Keep getting signed out}")
T("agent_note", "en-gb", "agent", "dev", "Note: customer pasted a GitHub token ({TOK:ghp}) in chat, advised to revoke it immediately. Integration issue is {ERR}, escalated. /{AGI}")
T("agent_note", "nl", "agent", "streaming", "Notitie: klant deelde sessietoken {TOK:sess} in chat, alle sessies ongeldig gemaakt, klant moet opnieuw inloggen. Zaak {TKT}.")
T("token", "en-us", "pub", "energy", "{@} thermostat integration dies every few hours. access token {TOK:jwt} was created like your guide says. anyone else?? #smarthome", chan="x")

T("cvv", "nl", "pub", "webshop", "{@} waarom vraagt jullie site 2x om de 3 cijfers achterop? Ik vul {CVV} in, pagina ververst, weer leeg 🙄", chan="x|ig")
T("cvv", "en-us", "chat", "bank", "card {CARD:mc} cvc {CVV} exp {EXP} — is this card blocked? declined everywhere today", chan="msg|wa")
T("cvv", "nl", "mail", "webshop", "Bij het afrekenen krijg ik steeds de melding dat mijn betaling is geweigerd. Ik heb alles drie keer gecontroleerd: kaartnummer {CARD}, vervaldatum {EXP} en de drie cijfers achterop de kaart, {CVV}. Mijn bank zegt dat er niets aan de hand is. Bestelnummer {ORD}.",
  subj="{~Betaling geweigerd|Kan niet afrekenen}")
T("cvv", "fr-be", "pub", "webshop", "Votre site me demande le cryptogramme et refuse {CVV} alors que c'est bien celui au dos de ma carte 😤 {@}", chan="fb|ig")
T("cvv", "nl-be", "pub", "webshop", "De CVC-code {CVV} wordt niet aanvaard bij het betalen, de kaart is nochtans nieuw {@}", chan="fb|ig")
T("cvv", "en-gb", "mail", "airline", "I was told to send my payment details by email to secure the seat upgrade. Card number: {CARD}\nExpiry: {EXP}\nSecurity code: {CVV}\nName on card: {NAME}\nAmount agreed: {AMT}",
  subj="{~Payment details for upgrade|Seat upgrade payment}")
T("cvv", "nl", "chat", "airline", "kaart: {CARD:visa}\nexp: {EXP:mmyy}\ncvv: {CVV}\nkunnen jullie de extra bagage hiermee afrekenen?", chan="wa|msg")
T("agent_note", "en-us", "agent", "bank", "Note: caller read card {CARD} exp {EXP} cvv {CVV} out loud on a recorded line, card flagged for reissue. Ref {TKT}.")
T("cvv", "fr-be", "mail", "airline", "Suite à notre conversation téléphonique, voici mes données de paiement pour le supplément bagage : numéro de carte {CARD}, date d'expiration {EXP}, code CVC {CVV}. Le montant convenu est de {AMT}.",
  subj="{~Paiement supplément bagage|Données de paiement}")
T("cvv", "nl-be", "chat", "webshop", "kaartnummer {CARD:mc}\ngeldig tot {EXP}\ncode achteraan {CVV}\ndit is mijn nieuwe kaart, de oude is geblokkeerd", chan="wa|msg")

T("bsn", "nl", "chat", "municipality", "Voor de parkeervergunning vraagt het formulier mijn bsn en dat van mijn vriendin. Ik: {BSN}, zij: {BSN#2}. Mag dat zo via de app?", chan="wa|msg")
T("bsn", "nl", "pub", "municipality", "{@} waarom staat mijn BSN {BSN} gewoon op een brief die open bij de buren in de bus lag?? 😡", chan="x|fb")
T("bsn", "nl", "mail", "insurer", "Ik heb een machtiging voor mijn moeder, die in een verpleeghuis woont. Zij is geboren op {DOB} en haar burgerservicenummer is {BSN}. Kunnen de declaraties voortaan naar mijn adres worden gestuurd? Dat is {ADDR}.",
  subj="{~Machtiging moeder|Post naar ander adres}")
T("bsn", "en-gb", "chat", "insurer", "do you need my BSN for the refund? it's {BSN:sp}", chan="msg|wa", breg="nl")
T("agent_bsn", "nl", "agent", "insurer", "Hoi {FIRST}, ik heb je BSN {BSN} gekoppeld aan je polis, je hoeft het niet nog een keer te sturen. ^{AGI}")
T("bsn", "nl", "chat", "insurer", "burgerservicenummer: {BSN}\ngeboortedatum: {DOB}\nIBAN: {IBAN:NL}\ndat was toch alles wat jullie nodig hadden?", chan="wa")
T("bsn", "en-us", "mail", "municipality", "I have an appointment to register at the municipality next week but my employer already gave me a BSN ({BSN}) through the expat desk. Do I still need to come in? My temporary address is {ADDR:nl}.",
  subj="{~Registration appointment|Do I still need to register?}", breg="nl")

T("wifi", "en-gb", "chat", "telco", "the WPA2 key printed under the router is {WIFI} and I've typed it in exactly, still 'can't connect to this network'", chan="wa|msg")
T("wifi", "nl", "pub", "telco", "{@} mijn wifi-wachtwoord {WIFI} heb ik nooit veranderd en nu zegt jullie app dat het 'zwak' is?? Sinds {YEAR} nooit problemen", chan="x")
T("wifi", "fr-be", "chat", "telco", "le mot de passe wifi c'est {WIFI} mais la TV ne se connecte pas, le modem c'est le {MODEL:router}", chan="msg|wa")
T("wifi", "nl-be", "chat", "telco", "netwerksleutel {WIFI} werkt niet op mijn {MODEL:tv}, op mijn GSM wel. Hoe kan dat?", chan="wa|msg")
T("wifi", "en-us", "mail", "telco", "We set up a guest network for our rental guests. The main network password is {WIFI} and the guest one is {WIFI#2}. Since the firmware update on {DATE} guests can't connect at all. Router is the {MODEL:router} you supplied.",
  subj="{~Guest network not working|Wifi after firmware update}")

T("puk", "nl", "chat", "telco", "hallo mijn simkaart is geblokkeerd\nop de brief staat pukcode {PUK:w}\ndie heb ik ingevoerd maar nu staat er 'puk onjuist, nog {N} pogingen'", chan="wa|tg")
T("puk", "en-us", "chat", "telco", "PUK from the back of the card is {PUK}, tried it once, didn't work. don't want to brick the sim", chan="msg|xdm")
T("puk", "fr-be", "mail", "telco", "Ma carte SIM est bloquée. J'ai trouvé le code PUK sur le support de la carte : {PUK}. Je ne l'ai pas encore essayé car je n'ai plus que {N} tentatives. Pouvez-vous me confirmer que c'est le bon ? Mon numéro est le {PHONE}.",
  subj="{~Carte SIM bloquée|Code PUK}")

T("ip", "nl", "mail", "streaming", "Vannacht om {TIME} kreeg ik een melding dat er is ingelogd op mijn account vanaf IP-adres {IP}. Dat was ik niet, ik lag te slapen. Ik heb mijn wachtwoord inmiddels gewijzigd. Kunnen jullie alle apparaten uitloggen?",
  subj="{~Onbekende inlog|Iemand anders in mijn account}")
T("ip", "en-us", "chat", "dev", "can you whitelist our office IP {IP}? getting {ERR} on the admin endpoints", chan="tg|xdm")
T("ip", "nl-be", "chat", "telco", "Mijn publiek IP-adres is {IP} maar de camera is van buitenaf niet bereikbaar. Poort doorsturen staat aan op de {MODEL:router}", chan="msg|tg")
T("ip", "en-gb", "pub", "webshop", "{@} your site says my IP {IP} is blocked for 'suspicious activity'. I literally just want to buy a kettle", chan="x")
T("ip", "fr-be", "mail", "bank", "J'ai reçu une alerte de connexion depuis l'adresse IP {IP} à {TIME}, ce n'était pas moi. J'ai changé mon mot de passe mais je voudrais que vous vérifiiez mon compte {CUST}.",
  subj="{~Connexion suspecte|Alerte de sécurité}")
T("agent_note", "nl", "agent", "bank", "Notitie: klant meldt onbekende inlog vanaf {IP} om {TIME}. Sessies beëindigd, klant geverifieerd met geb.datum {DOB}. /{AGI}")

# =======================================================================================
# messages without any value to label (most traffic is like this)
# =======================================================================================

T("nodata", "nl", "pub", "streaming", "{@} waarom moet ik elke keer mijn wachtwoord opnieuw instellen?? Al 3x deze maand. App {VER} #frustratie", chan="x|ig")
T("nodata", "nl", "pub", "bank", "{@} pincode vergeten, nieuwe aangevraagd op {DATE}, na een week nog geen brief. Bel ik {CPH} zegt het bandje dat het erg druk is", chan="x")
T("nodata", "nl", "pub", "telco", "Klantenservice van {BRAND} is echt top, binnen 10 minuten geholpen met mijn storing. Complimenten aan {AGENT}! 👏", chan="fb|ig")
T("nodata", "nl", "pub", "webshop", "{@} bij het afrekenen van bestelling {ORD} geeft het veld voor de code foutmelding {ERR}. Korting van {PCT} niet verrekend!", chan="x|ig")
T("nodata", "nl", "pub", "telco", "{@} hoe lang duurt het nog voordat glasvezel in {CITY} komt? Sinds {YEAR} beloofd 🙄 #glasvezel", chan="x|fb")
T("nodata", "nl", "pub", "bank", "{@} storing bij het pinnen in heel {CITY}? Overal 'pin niet mogelijk' #storing", chan="x")
T("nodata", "nl", "pub", "bank", "{@} de app vraagt om mijn pincode te wijzigen maar geeft daarna {ERR}. {MODEL:phone}, {VER}", chan="x|ig")
T("nodata", "nl", "pub", "telco", "Waarom kost een nieuwe simkaart {AMT:small}?? In de winkel zeiden ze gratis. {@}", chan="fb|ig")
T("nodata", "nl", "pub", "telco", "{@} wifi valt elke avond rond {TIME} weg. Modem {MODEL:router}, abonnement {QTY:speed}. Iemand hetzelfde?", chan="x|fb")
T("nodata", "nl", "pub", "parcel", "{@} pakket bezorgd bij de verkeerde buren 🤦‍♀️ track & trace {TRK}, wie gaat dat ophalen?", chan="x|ig")
T("nodata", "nl", "pub", "energy", "Die nieuwe slimme meter ({MODEL:meter}) geeft een heel andere stand dan de oude. Wie controleert dat eigenlijk? {@}", chan="fb")
T("nodata", "nl", "pub", "streaming", "Eindelijk het nieuwe seizoen! Maar {QTY} per aflevering bij het downloaden is wel veel 😅 {@} #bingewatchen", chan="ig")

T("nodata", "nl", "chat", "bank", "Hoi, ik heb een nieuwe pas aangevraagd en de pincodebrief is er al, maar de pas niet. Is dat normaal? Aanvraag gedaan op {DATE}", chan="wa|msg")
T("nodata", "nl", "chat", "streaming", "hallo\nik wil mijn wachtwoord wijzigen maar de knop doet niks\napp versie {VER}\n{MODEL:phone}", chan="wa|msg|igdm")
T("nodata", "nl", "chat", "energy", "Goedemorgen, de meterstand op de factuur ({METER}) klopt niet, op mijn meter staat veel minder. Factuurnummer {INV}", chan="msg|wa")
T("nodata", "nl", "chat", "bank", "Hoi, ik krijg geen verificatiecode meer per sms sinds ik van provider ben gewisseld. Kunnen jullie dat resetten? Mijn nummer is hetzelfde gebleven", chan="wa|msg")
T("nodata", "nl", "chat", "telco", "Is de storing in {CITY} al opgelost? Storingsnummer {TKT}", chan="wa|xdm|msg")
T("nodata", "nl", "chat", "telco", "Wat kost het om mijn abonnement te verhogen naar {QTY}? Nu betaal ik {AMT} per maand", chan="msg|wa")
T("nodata", "nl", "chat", "parcel", "wanneer wordt mijn pakket bezorgd? {TRK}\nstaat al sinds {DATE} op 'aangemeld'", chan="wa|msg")
T("nodata", "nl", "chat", "airline", "Mijn vlucht {FLT} is verplaatst naar {TIME}, heb ik dan recht op compensatie?", chan="msg|wa")
T("nodata", "nl", "chat", "telco", "Hallo, de wifi-sleutel staat niet op de sticker van mijn {MODEL:router}, alleen een QR-code. Hoe kom ik eraan?", chan="wa|msg")
T("nodata", "nl", "chat", "energy", "Ik wil graag een papieren factuur in plaats van per mail. Kan dat? Klopt het dat dat {AMT} extra kost?", chan="msg|wa")
T("nodata", "nl", "chat", "bank", "Beste, mijn zoon heeft een paar keer een verkeerde code ingetikt en nu is de app geblokkeerd. Hoe deblokkeer ik dat zonder alles opnieuw te moeten doen?", chan="wa|msg")
T("nodata", "nl", "chat", "webshop", "Hoi! Ik zag de actie met {PCT} korting op artikel {SKU}, geldt die ook in de winkel?", chan="igdm|msg")
T("nodata", "nl", "chat", "rail", "Hoi, mijn ov-chip werd vanochtend om {TIME} twee keer afgeschreven bij het inchecken, {AMT} en {AMT#2}. Kan ik dat terugkrijgen?", chan="msg|wa")

T("nodata", "nl", "mail", "energy", "Sinds {DATE} wordt er elke maand {AMT} afgeschreven voor een onderhoudscontract dat ik nooit heb afgesloten (facturen {INV} en {INV#2}). Ik heb hier al twee keer over gebeld, maar het wordt niet opgelost. Graag stop ik deze afschrijvingen per direct en ontvang ik het te veel betaalde terug.",
  subj="{~Onterechte afschrijvingen|Contract nooit afgesloten}")
T("nodata", "nl", "mail", "bank", "Ik ben mijn pincode vergeten. Kan ik een nieuwe pincode aanvragen zonder dat mijn pas wordt vervangen? Ik heb de pas pas sinds {YEAR} en ik wil niet dat alle abonnementen die eraan gekoppeld zijn opnieuw moeten. In de app (versie {VER}) kan ik de optie niet vinden.",
  subj="{~Pincode vergeten|Nieuwe pincode aanvragen}")
T("nodata", "nl", "mail", "parcel", "Het pakket met trackingnummer {TRK} is vandaag beschadigd aangekomen. De doos was aan één kant helemaal ingedeukt en het artikel ({SKU}) is gebroken. De waarde is {AMT}. Ik heb foto's gemaakt die ik graag meestuur. Hoe dien ik een claim in?",
  subj="{~Beschadigd pakket|Claim beschadiging}")
T("nodata", "nl", "mail", "airline", "Vlucht {FLT} van {DATE} had ruim vier uur vertraging. Volgens de Europese regels heb ik recht op een compensatie van {AMT:big}. Ik heb het formulier op {URL} al twee keer ingevuld, maar krijg geen bevestiging. Wilt u mijn aanvraag in behandeling nemen?",
  subj="{~Compensatie vertraging|Claim vertraagde vlucht}")

T("agent_nodata", "nl", "agent", "telco", "Hoi {FIRST}, wat vervelend! Er is inderdaad een storing in {CITY}, naar verwachting opgelost rond {TIME}. Je kunt de status volgen via {URL}. ^{AGI}")
T("agent_nodata", "nl", "agent", "streaming", "Dag {FIRST}, stuur ons nooit je wachtwoord, ook niet via DM. Je kunt het zelf resetten via {URL}. Lukt dat niet, bel dan even {CPH}. ^{AGI}")
T("agent_nodata", "nl", "agent", "parcel", "Hoi {FIRST}, je pakket {TRK} ligt klaar bij het afhaalpunt. Neem een geldig legitimatiebewijs mee. Fijne dag! ^{AGI}")

T("nodata", "en-gb", "pub", "streaming", "{@} why do I have to reset my password every single week?? Third time this month. App {VER} #annoyed", chan="x|ig")
T("nodata", "en-us", "pub", "bank", "{@} requested a new PIN on {DATE}, still no mailer. Called {CPH}, on hold 45 minutes 🙄", chan="x")
T("nodata", "en-gb", "pub", "telco", "Shout out to {AGENT} at {BRAND} who sorted my broadband in ten minutes flat. Brilliant service 👏", chan="fb|ig")
T("nodata", "en-us", "pub", "webshop", "{@} promo code box at checkout for order {ORD} just throws {ERR}. {PCT} off my foot", chan="x|ig")
T("nodata", "en-gb", "pub", "telco", "{@} when is full fibre actually coming to {CITY}? Promised since {YEAR} #fibre", chan="x|fb")
T("nodata", "en-us", "pub", "bank", "{@} is the app down? 'PIN verification unavailable' on {VER} #outage", chan="x")
T("nodata", "en-gb", "pub", "parcel", "{@} parcel delivered to the wrong house 🤦‍♀️ tracking {TRK}, who's going to collect it?", chan="x|ig")
T("nodata", "en-us", "pub", "energy", "New smart meter ({MODEL:meter}) reads totally different from the old one. Who checks these things? {@}", chan="fb")
T("nodata", "en-gb", "pub", "streaming", "new series finally dropped 🎉 but {QTY} per episode to download is mad {@} #bingewatch", chan="ig")
T("nodata", "en-us", "pub", "telco", "Why is a replacement SIM {AMT:small}?? The store said free. {@}", chan="fb|ig")
T("nodata", "en-gb", "pub", "rail", "{@} ticket machine at {CITY} only takes cards and the card reader says {ERR}. Brilliant. #trains", chan="x")

T("nodata", "en-gb", "chat", "bank", "Hi, I ordered a new card and the PIN letter's arrived but not the card. Is that normal? Ordered on {DATE}", chan="wa|msg")
T("nodata", "en-us", "chat", "streaming", "hey\nthe change password button does nothing\napp version {VER}\n{MODEL:phone}", chan="msg|igdm")
T("nodata", "en-gb", "chat", "energy", "Morning, the reading on my bill ({METER}) is wrong, my meter shows much less. Invoice {INV}", chan="msg|wa")
T("nodata", "en-us", "chat", "bank", "I stopped getting verification texts since I switched carriers. same number. can you reset that?", chan="msg|xdm")
T("nodata", "en-gb", "chat", "telco", "Is the outage in {CITY} fixed yet? Fault ref {TKT}", chan="wa|xdm")
T("nodata", "en-us", "chat", "telco", "How much to upgrade to {QTY}? I pay {AMT} a month now", chan="msg")
T("nodata", "en-gb", "chat", "parcel", "when's my parcel coming? {TRK}\nit's said 'label created' since {DATE}", chan="wa|msg")
T("nodata", "en-us", "chat", "airline", "my flight {FLT} got moved to {TIME}, am I owed anything?", chan="msg|wa")
T("nodata", "en-gb", "chat", "telco", "Hi, there's no wifi key on the sticker of my {MODEL:router}, just a QR code. How do I get it?", chan="wa|msg")
T("nodata", "en-us", "chat", "bank", "my kid typed the wrong passcode a bunch of times and now the app's locked. how do I unlock without starting over?", chan="msg|wa")
T("nodata", "en-gb", "chat", "webshop", "Hiya! Saw the {PCT} off deal on item {SKU}, does it work in store too?", chan="igdm|msg")
T("nodata", "en-us", "chat", "rail", "got charged twice at the gate this morning at {TIME}, {AMT} and {AMT#2}. refund?", chan="msg|wa")

T("nodata", "en-us", "mail", "energy", "Since {DATE} you have charged me {AMT} every month for a maintenance plan I never signed up for (invoices {INV} and {INV#2}). I have called twice and nothing has changed. Please stop these charges immediately and refund what I've overpaid.",
  subj="{~Charges for a plan I never ordered|Unauthorised charges}")
T("nodata", "en-gb", "mail", "bank", "I've forgotten my PIN. Can I get a PIN reminder without the card being replaced? I've only had this card since {YEAR} and I don't want to update all my subscriptions. I can't find the option in the app (version {VER}).",
  subj="{~Forgotten PIN|PIN reminder}")
T("nodata", "en-us", "mail", "parcel", "The package with tracking {TRK} arrived today crushed on one side, and the item ({SKU}) inside is broken. It was worth {AMT}. I have photos. How do I file a claim?",
  subj="{~Damaged package|Claim for damaged item}")
T("nodata", "en-gb", "mail", "airline", "Flight {FLT} on {DATE} was over four hours late. Under UK261 I'm entitled to {AMT:big} compensation. I've filled in the form at {URL} twice but never get a confirmation. Please process my claim.",
  subj="{~Compensation claim|Delayed flight claim}")

T("agent_nodata", "en-gb", "agent", "telco", "Hi {FIRST}, sorry about that! There's a known outage in {CITY}, expected to be fixed by {TIME}. You can follow it at {URL}. ^{AGI}")
T("agent_nodata", "en-us", "agent", "streaming", "Hey {FIRST}, please never send us your password, not even by DM. You can reset it yourself at {URL}, or call {CPH} if that doesn't work. ^{AGI}")
T("agent_nodata", "en-gb", "agent", "parcel", "Hi {FIRST}, your parcel {TRK} is ready at the pick-up point. Bring photo ID. Have a good day! ^{AGI}")

T("nodata", "nl-be", "pub", "telco", "{@} waarom moet ik voor een nieuwe simkaart {AMT:small} betalen? In de winkel zeiden ze gratis", chan="fb|ig")
T("nodata", "nl-be", "pub", "bank", "{@} storing bij bancontact? Overal 'betaling geweigerd' in {CITY} #storing", chan="x")
T("nodata", "nl-be", "pub", "parcel", "{@} pakje afgeleverd bij de verkeerde buren, tracking {TRK}. Wie haalt dat op?", chan="x|ig")
T("nodata", "nl-be", "pub", "streaming", "Eindelijk het nieuwe seizoen 🎉 maar de app {VER} loopt vast op mijn {MODEL:tv} {@}", chan="ig|fb")
T("nodata", "nl-be", "chat", "bank", "Dag, ik heb een nieuwe kaart aangevraagd en de pincode is al toegekomen maar de kaart niet. Is dat normaal? Aangevraagd op {DATE}", chan="wa|msg")
T("nodata", "nl-be", "chat", "telco", "Is de storing in {CITY} al opgelost? Ticket {TKT}", chan="msg|wa")
T("nodata", "nl-be", "chat", "energy", "De meterstand op mijn factuur ({METER}) klopt niet. Factuur {INV}. Kunnen jullie dat nakijken?", chan="msg|wa")
T("nodata", "nl-be", "chat", "parcel", "Wanneer wordt mijn pakje geleverd? {TRK} staat al sinds {DATE} op 'aangemeld'", chan="wa|msg")
T("nodata", "nl-be", "mail", "energy", "Sinds {DATE} wordt er elke maand {AMT} aangerekend voor een onderhoudscontract dat ik nooit heb afgesloten (facturen {INV} en {INV#2}). Ik heb al twee keer gebeld maar er verandert niets. Gelieve dit stop te zetten en het teveel betaalde terug te storten.",
  subj="{~Onterechte aanrekening|Contract nooit afgesloten}")
T("agent_nodata", "nl-be", "agent", "telco", "Dag {FIRST}, er is inderdaad een storing in {CITY}, normaal opgelost tegen {TIME}. Je kan het volgen via {URL}. ^{AGI}")

T("nodata", "fr-be", "pub", "telco", "{@} pourquoi une nouvelle carte SIM coûte {AMT:small} ?? En boutique on m'a dit gratuit", chan="fb|ig")
T("nodata", "fr-be", "pub", "bank", "{@} panne bancontact ? Partout 'paiement refusé' à {CITY} #panne", chan="x")
T("nodata", "fr-be", "pub", "parcel", "{@} colis livré chez le mauvais voisin, suivi {TRK}. Qui va le récupérer ?", chan="x|ig")
T("nodata", "fr-be", "pub", "streaming", "Enfin la nouvelle saison 🎉 mais l'appli {VER} plante sur ma {MODEL:tv} {@}", chan="ig|fb")
T("nodata", "fr-be", "chat", "bank", "Bonjour, j'ai demandé une nouvelle carte et le code PIN est arrivé mais pas la carte. C'est normal ? Demande faite le {DATE}", chan="wa|msg")
T("nodata", "fr-be", "chat", "telco", "La panne à {CITY} est résolue ? Ticket {TKT}", chan="msg|wa")
T("nodata", "fr-be", "chat", "energy", "L'index sur ma facture ({METER}) est faux. Facture {INV}. Vous pouvez vérifier ?", chan="msg|wa")
T("nodata", "fr-be", "chat", "parcel", "Quand mon colis sera-t-il livré ? {TRK} est 'annoncé' depuis le {DATE}", chan="wa|msg")
T("nodata", "fr-be", "mail", "energy", "Depuis le {DATE}, vous me facturez {AMT} chaque mois pour un contrat d'entretien que je n'ai jamais signé (factures {INV} et {INV#2}). J'ai déjà appelé deux fois sans résultat. Merci d'arrêter ces prélèvements et de me rembourser le trop-perçu.",
  subj="{~Facturation injustifiée|Contrat jamais signé}")
T("agent_nodata", "fr-be", "agent", "telco", "Bonjour {FIRST}, il y a effectivement une panne à {CITY}, normalement résolue vers {TIME}. Suivi sur {URL}. ^{AGI}")


# ---- more one-time codes, BSNs, login names, PUKs, PINs ----
T("otp", "nl", "pub", "telco", "{@} de sms met 'Je eenmalige code: {OTP}' kwam pas na 20 minuten binnen, toen was hij al ongeldig. Gaat dit nog goed komen?", chan="x|fb")
T("otp", "en-gb", "chat", "streaming", "it says enter the 6 digit code sent to your phone\nI put {OTP} in\nit says expired straight away??", chan="wa|msg")
T("otp", "fr-be", "chat", "bank", "j'ai reçu le code {OTP:sp} par SMS mais l'appli dit 'code invalide' 🤔", chan="msg|wa")
T("otp", "nl-be", "chat", "webshop", "de verificatiecode {OTP} die ik via mail kreeg werkt niet, en de tweede ({OTP#2}) ook niet", chan="msg|igdm")
T("otp", "en-us", "mail", "bank", "My phone showed this notification while I was asleep:\n\n{BRAND}: Your sign-in code is {OTP:8}. If this wasn't you, call {CPH}.\n\nI didn't try to sign in. I've since changed my password, but I'd like to know whether anyone got into my account and from where.",
  subj="{~Sign-in code I didn't request|Someone trying to get into my account?}")
T("otp", "nl", "mail", "municipality", "Bij het inloggen voor de aanvraag van een ooievaarspas krijg ik wel een sms-code, maar die wordt steeds afgewezen. De laatste was {OTP}, en die heb ik binnen een halve minuut ingevuld. Ik gebruik een {MODEL:phone} met {VER}. Is er een storing?",
  subj="{~Sms-code wordt afgewezen|Kan niet inloggen voor aanvraag}")
T("agent_note", "en-us", "agent", "bank", "Note: cust read out 2FA code {OTP} to agent without being asked. Explained codes are single use, new code triggered. Verified with DOB {DOB}. /{AGI}")

T("bsn", "nl", "pub", "insurer", "{@} jullie brief aan mij staat op het verkeerde bsn: {BSN} is van mijn vader, niet van mij! Hoe kan dit?? #privacy", chan="x|fb")
T("bsn", "nl", "chat", "municipality", "Goedemiddag, hierbij het sofinummer van mijn moeder voor de wmo-aanvraag: {BSN:dot}. Ze is van {DOB}.", chan="wa|msg")
T("agent_note", "nl", "agent", "municipality", "Notitie: inwoner belt over paspoortaanvraag, BSN {BSN} en geb.datum {DOB} gecontroleerd. Afspraak ingepland op {DATE} om {TIME}. /{AGI}")
T("bsn", "en-gb", "mail", "insurer", "I'm a student from Leeds doing a year abroad in Groningen, and I need Dutch health insurance because I started a part-time job. The municipality gave me my BSN last week: {BSN}. My date of birth is {DOB}. Can you tell me which policy I need?",
  subj="{~Insurance for a student with a job|Which policy do I need?}", breg="nl")
T("bsn", "nl", "mail", "bank", "Voor de jaaropgave hebben jullie mijn burgerservicenummer nodig, zeggen jullie in de app. Bij deze: {BSN}. Ik snap alleen niet waarom dat nu pas gevraagd wordt, ik bankier al sinds {YEAR} bij jullie.",
  subj="{~Burgerservicenummer voor jaaropgave|Gevraagd BSN}")

T("user", "nl", "chat", "telco", "mijn inlognaam is {USER}, wachtwoord weet ik niet meer. Kunnen jullie een reset sturen naar {EMAIL}?", chan="wa|msg")
T("user", "en-gb", "pub", "streaming", "{@} my account name is {USER} and I've been charged twice this month. Sort it out please", chan="x|fb")
T("user", "fr-be", "mail", "bank", "Depuis la mise à jour de l'application ({VER}), je ne parviens plus à me connecter. Mon identifiant est {USER} et mon mot de passe {PW:n}. J'ai essayé trois fois et maintenant mon accès est bloqué.",
  subj="{~Accès bloqué|Connexion impossible}")
T("user", "en-us", "chat", "telco", "login: {USER}\npass: {PW}\nsays account suspended?? I paid the bill on {DATE}", chan="msg|wa")
T("user", "nl", "mail", "municipality", "Ik probeer voor mijn vader in te loggen met zijn DigiD, met zijn toestemming natuurlijk. Zijn gebruikersnaam is {USER}, maar het wachtwoord is hij vergeten. Kan de herstelbrief naar zijn adres, {ADDR}?",
  subj="{~DigiD vader|Inloggen namens mijn vader}")

T("puk", "en-gb", "pub", "telco", "{@} PUK code from your website is {PUK} and it STILL says wrong. {N} tries left 😬", chan="x")
T("puk", "nl-be", "chat", "telco", "hallo, is de PUK van mijn simkaart {PUK}? ik wil het niet fout ingeven want ik heb nog maar {N} pogingen", chan="wa|msg")
T("puk", "nl", "mail", "telco", "Mijn zoon heeft zijn telefoon geblokkeerd door de pincode te vaak verkeerd in te voeren. In het welkomstpakket van zijn abonnement vond ik pukcode {PUK}, maar dat abonnement is in {YEAR} omgezet. Is die code nog geldig voor zijn huidige simkaart? Zijn nummer is {PHONE}.",
  subj="{~Pukcode zoon|Telefoon geblokkeerd}")

T("pin", "fr-be", "mail", "bank", "J'ai reçu mon nouveau code secret par courrier, mais le distributeur le refuse. Le code indiqué sur la lettre est {PIN}. J'ai essayé deux fois et je n'ose plus. Ma carte expire en {EXP}.",
  subj="{~Code secret refusé|Problème code carte}")
T("pin", "en-us", "pub", "bank", "{@} reset my debit PIN to {PIN} at the branch yesterday and every ATM says 'incorrect PIN'. What's the point", chan="x")
T("pin", "nl", "chat", "telco", "ik heb mijn simpin veranderd naar {PIN} maar na herstarten wil hij de oude weer, dacht dat het {PIN#2} was maar die ook niet", chan="wa|tg")

# ---- more messages without values ----
T("nodata", "nl", "pub", "rail", "{@} weer een storing bij {CITY}, reisplanner zegt niks. Hoe laat rijdt de volgende? #treinellende", chan="x")
T("nodata", "nl", "chat", "insurer", "Hoi, dekt mijn reisverzekering ook annulering door ziekte? Ik ga op {DATE} weg en de reis kost {AMT:big}", chan="msg|wa")
T("nodata", "nl", "chat", "webshop", "Goedemiddag! Is de {MODEL:phone} nog leverbaar in het zwart? Op de site staat 'tijdelijk uitverkocht'", chan="igdm|msg")
T("nodata", "nl", "pub", "energy", "{@} terugleververgoeding verlaagd naar {AMT:small} per kWh?? Zonnepanelen sinds {YEAR} en nu dit #energie", chan="x|fb")
T("nodata", "en-gb", "pub", "rail", "{@} signal failure at {CITY} again, journey planner says nothing. When's the next one? #commute", chan="x")
T("nodata", "en-us", "chat", "insurer", "Hi, does my travel policy cover cancelling if I get sick? Leaving {DATE}, trip was {AMT:big}", chan="msg|wa")
T("nodata", "en-gb", "chat", "webshop", "Hiya, is the {MODEL:phone} back in stock in black? Site says temporarily unavailable", chan="igdm|msg")
T("nodata", "en-us", "pub", "energy", "{@} solar buyback rate cut to {AMT:small} per kWh?? had panels since {YEAR} #solar", chan="x|fb")
T("nodata", "nl-be", "chat", "insurer", "Dag, is annulering door ziekte gedekt door mijn reisverzekering? Vertrek {DATE}, de reis kost {AMT:big}", chan="msg|wa")
T("nodata", "fr-be", "chat", "insurer", "Bonjour, mon assurance voyage couvre-t-elle l'annulation pour maladie ? Départ le {DATE}, le voyage coûte {AMT:big}", chan="msg|wa")
T("nodata", "nl-be", "pub", "rail", "{@} weeral een defecte trein in {CITY}. Hoe laat vertrekt de volgende? #spoor", chan="x")
T("nodata", "fr-be", "pub", "rail", "{@} encore un train supprimé à {CITY}. Le prochain c'est quand ? #retards", chan="x")
T("nodata", "nl", "mail", "insurer", "Wij gaan op {DATE} op vakantie naar Italië en willen weten of onze huidige reisverzekering ook geldig is voor een huurauto. In de polisvoorwaarden (versie {YEAR}) staat daar niets over. Kunt u mij laten weten of er een aanvullende dekking nodig is en wat die kost? Ik zag op de site een bedrag van {AMT:small} per week.",
  subj="{~Vraag over reisverzekering|Dekking huurauto}")
T("nodata", "en-us", "mail", "insurer", "We're going to Italy on {DATE} and want to know if our travel policy covers a rental car. The policy terms ({YEAR} edition) don't mention it. Can you tell me whether we need extra coverage and what it costs? Your site shows {AMT:small} per week.",
  subj="{~Question about travel coverage|Rental car coverage}")
T("agent_nodata", "nl", "agent", "insurer", "Hoi {FIRST}, annulering door ziekte is gedekt als je de aanvullende annuleringsdekking hebt. Die kost {AMT:small} per jaar en kun je afsluiten via {URL}. ^{AGI}")
T("agent_nodata", "en-us", "agent", "insurer", "Hi {FIRST}, trip cancellation for illness is covered with the add-on, which is {AMT:small} per year at {URL}. ^{AGI}")
T("nodata", "en-gb", "chat", "municipality", "Hi, my bin wasn't collected on {DATE} again. Third time. Can someone come back?", chan="msg|wa")
T("nodata", "nl", "chat", "municipality", "Hoi, de container is op {DATE} weer niet geleegd. Al de derde keer. Kan er iemand terugkomen?", chan="msg|wa")
T("nodata", "en-us", "pub", "municipality", "{@} potholes on {CITY} Ave still not fixed after {N} reports. Ticket {TKT}. #citycouncil", chan="x|fb")
T("nodata", "nl", "pub", "municipality", "{@} het afvalpasje werkt niet bij de milieustraat, foutcode {ERR}. Moet ik nu {AMT} betalen?", chan="fb|x")

# =======================================================================================
# quoted e-mail bodies (history under a customer's e-mail)
# =======================================================================================

Q("nl", "agent", "any", "Beste {FIRST},\n\nBedankt voor je bericht. Om je verder te helpen hebben we je klantnummer en geboortedatum nodig. Stuur nooit je wachtwoord of pincode mee.\n\nMet vriendelijke groet,\n{AGENT}\nKlantenservice {BRAND}\nZaaknummer: {TKT}")
Q("nl", "agent", "any", "Hallo {FIRST},\n\nWe hebben je melding ontvangen onder nummer {TKT}. Je kunt de status volgen via {URL}. Heb je nog vragen, bel dan {CPH}.\n\nGroet,\n{AGENT}")
Q("nl", "agent", "any", "Beste {NAME},\n\nWij hebben rekeningnummer {MASK:iban} bij u genoteerd. Klopt dit niet, reageer dan op deze e-mail met het juiste IBAN.\n\nMet vriendelijke groet,\nTeam {BRAND}")
Q("nl", "agent", "telco streaming webshop", "Beste {FIRST},\n\nZoals telefonisch besproken hierbij je tijdelijke wachtwoord: {PW}. Wijzig dit direct na het inloggen. Je gebruikersnaam is {USER}.\n\nGroet,\n{AGENT}")
Q("nl", "agent", "bank", "Beste {FIRST},\n\nUw nieuwe pas eindigend op {MASK:card} is op {DATE} verstuurd. De pincode ontvangt u apart per post.\n\nMet vriendelijke groet,\n{AGENT}")
Q("nl", "agent", "telco", "Hoi {FIRST},\n\nJe nieuwe simkaart is onderweg. De PUK-code van je huidige simkaart is {PUK}, mocht je die nodig hebben. Je klantnummer is {CUST}.\n\nGroetjes,\n{AGENT}")
Q("nl", "self", "any", "Hallo,\n\nMijn klantnummer is {CUST} en mijn IBAN {IBAN}. Graag de incasso aanpassen.\n\nGroet,\n{FIRST}")
Q("nl", "self", "any", "Goedemiddag,\n\nIk heb op {DATE} al gebeld over dit probleem. Mijn gegevens: {NAME}, geboren {DOB}, telefoon {PHONE}.\n\n{FIRST}")
Q("nl", "self", "any", "Beste,\n\nIk kan niet inloggen. Gebruikersnaam {USER}, wachtwoord {PW:n}. Wat gaat er mis?\n\nMvg {FIRST}")
Q("nl", "self", "any", "Hoi,\n\nDe code die ik kreeg ({OTP}) werkt niet. Een tweede code ook niet.\n\n{FIRST}")
Q("nl", "other", "any", "Hoi {FIRST},\n\nHier zijn mijn gegevens voor de aanvraag: BSN {BSN#7}, geboren {DOB#7}. Kun jij het regelen?\n\nLiefs,\n{FIRST2}")
Q("nl", "other", "telco streaming energy", "Hey,\n\nDe wifi code van de nieuwe router is {WIFI#7}, de pincode van de tv-box {PIN#7:4}. Niet kwijtraken haha\n\n{FIRST2}")
Q("nl", "other", "any", "Hoi,\n\nHier de gegevens van de creditcard waarmee ik heb betaald: {CARD#7}, geldig tot {EXP#7}. Kun jij ze bellen?\n\nx {FIRST2}")

Q("en", "agent", "any", "Dear {FIRST},\n\nThank you for contacting us. To help you further we need your account number and date of birth. Please never include your password or PIN.\n\nKind regards,\n{AGENT}\n{BRAND} Customer Service\nCase number: {TKT}")
Q("en", "agent", "any", "Hi {FIRST},\n\nWe've logged your request under reference {TKT}. You can track progress at {URL} or call us on {CPH}.\n\nThanks,\n{AGENT}")
Q("en", "agent", "any", "Hello {NAME},\n\nWe have the account {MASK:iban} on file for refunds. If this is wrong, please reply with the correct details.\n\nRegards,\nThe {BRAND} team")
Q("en", "agent", "telco streaming webshop", "Hi {FIRST},\n\nAs discussed on the phone, here is your temporary password: {PW}. Please change it as soon as you log in. Your username is {USER}.\n\nThanks,\n{AGENT}")
Q("en", "agent", "bank", "Dear {FIRST},\n\nYour new card ending {MASK:card} was posted on {DATE}. Your PIN will follow separately by post.\n\nKind regards,\n{AGENT}")
Q("en", "agent", "telco", "Hi {FIRST},\n\nYour replacement SIM is on its way. The PUK for your current SIM is {PUK} in case you need it. Your account number is {CUST}.\n\nCheers,\n{AGENT}")
Q("en", "self", "any", "Hello,\n\nMy account number is {CUST} and my IBAN is {IBAN}. Please update the direct debit.\n\nThanks,\n{FIRST}")
Q("en", "self", "any", "Good afternoon,\n\nI already rang about this on {DATE}. My details: {NAME}, born {DOB}, phone {PHONE}.\n\n{FIRST}")
Q("en", "self", "any", "Hi,\n\nI can't log in. Username {USER}, password {PW:n}. What's going wrong?\n\nThanks {FIRST}")
Q("en", "self", "any", "Hi,\n\nThe code I got ({OTP}) doesn't work. A second one didn't either.\n\n{FIRST}")
Q("en", "other", "any", "Hi {FIRST},\n\nHere are my details for the form: date of birth {DOB#7}, mobile {PHONE#7}, account {CUST#7}.\n\nLove,\n{FIRST2}")
Q("en", "other", "telco streaming energy", "Hey,\n\nThe wifi key for the new router is {WIFI#7} and the PIN for the TV box is {PIN#7:4}. Don't lose it lol\n\n{FIRST2}")
Q("en", "other", "any", "Hi,\n\nHere's the card I paid with: {CARD#7}, expires {EXP#7}. Can you give them a ring?\n\nx {FIRST2}")

Q("nl-be", "agent", "any", "Beste {FIRST},\n\nBedankt voor je bericht. Om je verder te helpen hebben we je klantnummer en geboortedatum nodig.\n\nMet vriendelijke groeten,\n{AGENT}\nKlantendienst {BRAND}\nDossier: {TKT}")
Q("nl-be", "agent", "telco", "Dag {FIRST},\n\nJe PUK-code is {PUK}. Je klantnummer is {CUST}.\n\nGroetjes,\n{AGENT}")
Q("nl-be", "agent", "any", "Dag {FIRST},\n\nWe hebben je vraag goed ontvangen onder dossiernummer {TKT}. Je kan de opvolging bekijken via {URL}.\n\nMet vriendelijke groeten,\n{AGENT}")
Q("nl-be", "self", "any", "Dag,\n\nMijn klantnummer is {CUST} en mijn rekeningnummer {IBAN:BE}.\n\nGroetjes,\n{FIRST}")
Q("nl-be", "self", "any", "Hallo,\n\nIk geraak niet binnen. Gebruikersnaam {USER}, paswoord {PW:n}.\n\n{FIRST}")
Q("nl-be", "other", "any", "Hoi {FIRST},\n\nHier mijn gegevens: geboren {DOB#7}, GSM {PHONE#7}, rekening {IBAN#7:BE}.\n\n{FIRST2}")
Q("nl-be", "other", "any", "Hey,\n\nDe kaart waarmee ik betaald heb: {CARD#7}, vervalt {EXP#7}.\n\n{FIRST2}")

Q("fr-be", "agent", "any", "Bonjour {FIRST},\n\nMerci pour votre message. Pour vous aider, nous avons besoin de votre numéro client et de votre date de naissance.\n\nCordialement,\n{AGENT}\nService clientèle {BRAND}\nDossier : {TKT}")
Q("fr-be", "agent", "telco", "Bonjour {FIRST},\n\nVotre code PUK est {PUK}. Votre numéro client est {CUST}.\n\nBien à vous,\n{AGENT}")
Q("fr-be", "agent", "any", "Bonjour {FIRST},\n\nNous avons bien reçu votre demande sous le numéro de dossier {TKT}. Vous pouvez suivre son traitement sur {URL}.\n\nCordialement,\n{AGENT}")
Q("fr-be", "self", "any", "Bonjour,\n\nMon numéro client est {CUST} et mon compte {IBAN:BE}.\n\nMerci,\n{FIRST}")
Q("fr-be", "self", "any", "Bonjour,\n\nJe n'arrive pas à me connecter. Identifiant {USER}, mot de passe {PW:n}.\n\n{FIRST}")
Q("fr-be", "other", "any", "Coucou {FIRST},\n\nVoici mes infos : date de naissance {DOB#7}, GSM {PHONE#7}, compte {IBAN#7:BE}.\n\nBisous,\n{FIRST2}")
Q("fr-be", "other", "any", "Salut,\n\nLa carte avec laquelle j'ai payé : {CARD#7}, expire {EXP#7}.\n\n{FIRST2}")


# ---------------------------------------------------------------------------------------
# split, allocation, generation
# ---------------------------------------------------------------------------------------

def split_templates():
    """Deal templates alternately to the halves, grouped by family, language and register
    (channel class).  Independent of the seed."""
    order = sorted(TEMPLATES, key=lambda t: (t["fam"], t["lang"], t["cls"], t["id"]))
    halves = {"dev": [], "heldout": []}
    for i, t in enumerate(order):
        halves[HALVES[i % 2]].append(t)
    qorder = sorted(QUOTES, key=lambda q: (lang_group(q["lang"]), q["who"], q["id"]))
    qh = {"dev": [], "heldout": []}
    for i, q in enumerate(qorder):
        qh[HALVES[i % 2]].append(q)
    return halves, qh


def allocate(tpls, rng):
    cells = defaultdict(list)
    for t in tpls:
        cells[(lang_group(t["lang"]), t["cls"])].append(t)
    plan = []
    for lg, ls in LANG_SHARE.items():
        for cls, cs in CLS_SHARE.items():
            target = round(HALF_TARGET * ls * cs)
            ts = cells.get((lg, cls), [])
            if not ts:
                raise SystemExit("no templates for cell %s/%s" % (lg, cls))
            order = list(ts)
            rng.shuffle(order)
            for i, t in enumerate(order):
                n = target // len(order) + (1 if i < target % len(order) else 0)
                plan.extend([t] * n)
    return plan


def pick_channel(t, rng):
    if t["chan"]:
        opts = [CHAN_ALIAS.get(x, x) for x in t["chan"].split("|")]
        return rng.choice(opts)
    if t["cls"] == "chat":
        return rng.choice(["whatsapp", "whatsapp", "messenger", "x_dm", "instagram_dm", "telegram"])
    return rng.choice(CLS_CHANNELS[t["cls"]])


def render_string(tstr, c):
    out = Out()
    render_nodes(parse_template(tstr), c, out)
    return out


def render_one(t, P, quotes, rng):
    lang = t["lang"]
    for attempt in range(80):
        c = Ctx(rng, P, lang, t["sector"], t.get("breg"))
        channel = pick_channel(t, rng)
        if t["cls"] == "mail":
            opts = {}
            if t["subj"]:
                so = render_string(t["subj"], c)
                if so.spans or so.negs:
                    raise TemplateError("subject with values in " + t["id"])
                opts["subj_text"] = so.text().replace("{", "⦃").replace("}", "⦄")
            lg = lang_group(lang)
            sigs = SIGS["en" if lg == "en" else lg]
            nodata_sigs = [x for x in sigs if not re.search(r"\{(PHONE|ADDR|EMAIL)", x)]
            opts["sig"] = rng.choice(nodata_sigs) if rng.random() < 0.5 else rng.choice(sigs)
            qmode = t["q"] or rng.choice(["none", "none", "agent", "agent", "self", "other"])
            if attempt >= 20 and attempt % 2 == 0:
                qmode = "agent"
            if attempt >= 20 and attempt % 2 == 1:
                qmode = "none"
                opts["sig"] = sigs[0]
            if qmode != "none":
                cands = [q for q in quotes if lang_group(q["lang"]) == lg and q["who"] == qmode
                         and (t["sector"] in q["sectors"] or "any" in q["sectors"])]
                if cands:
                    opts["quote"] = rng.choice(cands)
            opts["qstyle"] = rng.choice(["outlook", "gmail", "gmail", "orig"])
            opts["fill"] = (1 if rng.random() < 0.35 else 0) if attempt < 10 else (2 if attempt < 30 else 3)
            tstr = build_mail_template(t, c, quotes, opts)
            out = render_string(tstr, c)
            text = out.text()
            nbytes = len(text.encode("utf-8"))
            if not (500 <= nbytes <= 2000):
                continue
            qid = opts["quote"]["id"] if opts.get("quote") else None
        else:
            out = render_string(t["text"], c)
            text = out.text()
            qid = None
        spans, negs = list(out.spans), list(out.negs)
        auto_social(text, spans, negs)
        if not message_ok(text, spans, negs):
            continue
        return {"channel": channel, "lang": lang,
                "visibility": "public" if channel in PUBLIC else "private",
                "text": text,
                "spans": [{"type": a, "start": s, "end": e} for a, s, e in sorted(spans, key=lambda x: x[1])],
                "negatives": [{"kind": a, "start": s, "end": e} for a, s, e in sorted(negs, key=lambda x: x[1])],
                "_tpl": t["id"], "_quote": qid}
    raise SystemExit("could not render template %s: %r" % (t["id"], t["text"][:80]))


def generate(seed):
    halves, qh = split_templates()
    result = {}
    for hi, half in enumerate(HALVES):
        rng = random.Random(seed * 10 + hi)
        P = build_pools(half)
        plan = allocate(halves[half], rng)
        recs = [render_one(t, P, qh[half], rng) for t in plan]
        rng.shuffle(recs)
        for i, rec in enumerate(recs):
            rec["id"] = "%s-%s-%05d" % (PREFIX, half, i)
        result[half] = recs
    return result, halves, qh


# ---------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------

TYPE_OF_BASE = {k: v[1] for k, v in GEN.items() if v[0] == "span"}
SRC_TYPES = {}
for _src in TEMPLATES + QUOTES:
    SRC_TYPES[_src["id"]] = {TYPE_OF_BASE[b] for b in re.findall(r"\{([A-Z]+)[#:}]", _src["text"])
                             if b in TYPE_OF_BASE}


def check(result, halves, qh):
    errors = []
    stats = {}
    for half, recs in result.items():
        st = {"types": Counter(), "negs": Counter(), "chan": Counter(), "lang": Counter(),
              "type_tpl": defaultdict(set), "nospan": 0, "high": 0, "negmsg": 0,
              "mail_bad": 0, "n": len(recs)}
        for rec in recs:
            text = rec["text"]
            if PLACEHOLDER_RE.search(text) or "⦃" in text or "⦄" in text:
                errors.append("%s: unrendered placeholder" % rec["id"])
            if rec["channel"] not in sum(CLS_CHANNELS.values(), []):
                errors.append("%s: bad channel" % rec["id"])
            if (rec["visibility"] == "public") != (rec["channel"] in PUBLIC):
                errors.append("%s: bad visibility" % rec["id"])
            prev_end = -1
            for sp in rec["spans"]:
                s, e, t = sp["start"], sp["end"], sp["type"]
                if t not in ALL_TYPES:
                    errors.append("%s: unknown type %s" % (rec["id"], t))
                if not (0 <= s < e <= len(text)):
                    errors.append("%s: offsets out of range" % rec["id"])
                    continue
                v = text[s:e]
                if v != v.strip():
                    errors.append("%s: span with whitespace at an end %r" % (rec["id"], v))
                if s < prev_end:
                    errors.append("%s: overlapping spans" % rec["id"])
                prev_end = max(prev_end, e)
                if t == "card":
                    d = re.sub(r"[ -]", "", v)
                    if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                        errors.append("%s: card fails Luhn %r" % (rec["id"], v))
                if t == "iban" and not iban_ok(v):
                    errors.append("%s: iban fails mod-97 %r" % (rec["id"], v))
                if t == "bsn" and not bsn_ok(re.sub(r"[ .\-]", "", v)):
                    errors.append("%s: bsn fails 11-proof %r" % (rec["id"], v))
                st["types"][t] += 1
                # a phrasing = an authored text block (message template or quoted body)
                # whose own wording carries a placeholder of this type
                for src in (rec["_tpl"], rec["_quote"]):
                    if src and t in SRC_TYPES.get(src, ()):
                        st["type_tpl"][t].add(src)
            for ng in rec["negatives"]:
                s, e, k = ng["start"], ng["end"], ng["kind"]
                if k not in NEG_KINDS:
                    errors.append("%s: unknown negative %s" % (rec["id"], k))
                if not (0 <= s < e <= len(text)):
                    errors.append("%s: negative offsets out of range" % rec["id"])
                for sp in rec["spans"]:
                    if s < sp["end"] and sp["start"] < e:
                        errors.append("%s: negative overlaps span" % rec["id"])
                st["negs"][k] += 1
            st["chan"][rec["channel"]] += 1
            st["lang"][rec["lang"]] += 1
            if not rec["spans"]:
                st["nospan"] += 1
            if any(sp["type"] in HIGH for sp in rec["spans"]):
                st["high"] += 1
            if any(ng["kind"] not in ("mention", "hashtag") for ng in rec["negatives"]):
                st["negmsg"] += 1
            if rec["channel"] == "email":
                nb = len(text.encode("utf-8"))
                if not 500 <= nb <= 2000:
                    st["mail_bad"] += 1
        n = len(recs)
        for t in ALL_TYPES:
            if st["types"][t] == 0:
                errors.append("%s: label type %s missing" % (half, t))
        for k in NEG_KINDS:
            if st["negs"][k] == 0:
                errors.append("%s: negative kind %s missing" % (half, k))
        for t in HIGH:
            if st["types"][t] < 40:
                errors.append("%s: only %d spans of %s" % (half, st["types"][t], t))
            if len(st["type_tpl"][t]) < 12:
                errors.append("%s: only %d phrasings of %s" % (half, len(st["type_tpl"][t]), t))
        if st["nospan"] < 0.25 * n:
            errors.append("%s: only %d messages without spans" % (half, st["nospan"]))
        if st["high"] < 0.45 * n:
            errors.append("%s: only %d messages with a high-risk value" % (half, st["high"]))
        if st["negmsg"] < 0.30 * n:
            errors.append("%s: only %d messages with hard negatives" % (half, st["negmsg"]))
        if st["mail_bad"]:
            errors.append("%s: %d e-mails outside 0.5-2 KB" % (half, st["mail_bad"]))
        stats[half] = st
    tdev = {r["_tpl"] for r in result["dev"]}
    thel = {r["_tpl"] for r in result["heldout"]}
    if tdev & thel:
        errors.append("templates in both halves: %s" % sorted(tdev & thel)[:5])
    qdev = {r["_quote"] for r in result["dev"] if r["_quote"]}
    qhel = {r["_quote"] for r in result["heldout"] if r["_quote"]}
    if qdev & qhel:
        errors.append("quote templates in both halves")
    # pools: no name/street/brand in both halves (by construction; verified on the pools)
    pd, ph = build_pools("dev"), build_pools("heldout")
    for key in ("first", "last", "agents", "streets", "cities", "pw", "brands", "models"):
        a = {x if isinstance(x, str) else x[0] for v in pd[key].values() for x in v}
        b = {x if isinstance(x, str) else x[0] for v in ph[key].values() for x in v}
        if a & b:
            errors.append("pool %s shared between halves: %s" % (key, sorted(a & b)[:3]))
    if set(pd["domains"]) & set(ph["domains"]):
        errors.append("e-mail domains shared")
    if len(result["dev"]) + len(result["heldout"]) < 1700:
        errors.append("fewer than 1700 messages")
    return errors, stats


README_HEAD = """# Scrub corpus `blind7` (record ids `b7-…`)

A labelled, **blind** corpus for the webcare-bridge scrubber, written by a test-data engineer who
did not open, read, grep or run anything under `functions/`, `tests/unit/`, the other corpora in
`tests/scrub_corpus/`, `bench/` or `docs/scrubbing.md`, and who did not run the scrubber or any
scorer on this data. Everything here comes from the writing brief, general knowledge of how
customers of Dutch, Belgian, UK and US companies write to care teams, and the public conventions of
the platforms (tweets, DMs, WhatsApp/Telegram chats, Messenger, Instagram, e-mail clients).

Emphasis: the everyday mix of a real care team's inbox, written by ordinary people: public posts
with @mentions and hashtags, chats with several short lines, e-mails with subject, greeting, story,
signature and quoted history (Outlook `Van:/Verzonden:`, Gmail `Op … schreef …:` with `> ` lines,
`-----Original Message-----`, forwarded messages), and agent replies and internal notes. Values are
told inside stories with the cue far away or only implied, several values of one type occur in one
message (old and new password, two PINs, two cards, two phones, a failed and a working code),
values are wrapped in quotes, brackets, asterisks, backticks, guillemets or smart quotes or followed
by an emoji or ` ??`/` !!`/` ..`, details come as bullet lists and web-form key-value blocks, SMS and
app notifications are pasted in, data sits only in a signature or only in quoted history, and agents
mask values partly (`masked_value` negatives). Hard negatives are put next to cue words on purpose.

Brands, people, streets (as combinations with numbers and postcodes) and all values are fictional:
card numbers pass Luhn, IBANs pass mod-97 (NL, BE, DE, FR, GB, ES, LU, IE; BE and FR with their
national check as well), BSNs pass the 11-proof, phone numbers use fictional ranges (NL 06-1…/020,
BE 04xx, UK 07700 900xxx / 020 7946 0xxx, US 555-01xx). UK sort codes and bare 8-digit UK account
numbers, PNR booking references and other values that could be read either way are left out.

## Files

- `generate_blind.py` — standard-library-only Python 3.11 generator, deterministic for `--seed`.
- `dev.jsonl` — the development half.
- `heldout.jsonl` — the held-out half.
- `README.md` — this file (written by the generator, with the counts below).

Regenerate with `python3 generate_blind.py --seed 20261205` (the seed used: **20261205**).
The generator checks every record before writing (offsets inside the text, no whitespace at span
ends, Luhn / mod-97 / 11-proof, no overlapping spans, no negative overlapping a span, no unrendered
placeholder, every label type and every negative kind in both halves, at least 25 % of each half
without spans, at least 45 % with a high-risk value, at least 30 % with a hard negative other than a
mention or hashtag, every high-risk type with at least 40 spans in at least 12 templates per half,
e-mails of 0.5-2 KB, no template, quote body, name, street, brand, password word or e-mail domain in
both halves) and exits with status 1, writing nothing, if any check fails.

## Split rule

Templates (one template = one message shape, with its own wording and alternatives) are sorted by
(family = what the message is about, language, register = channel class: public post, private chat,
e-mail, agent reply) and dealt alternately to `dev` and `heldout` with one running counter; quoted
e-mail bodies are dealt the same way by (language, author). The deal does not depend on the seed, so
a template never appears in both halves. Every pool (first names, surnames, agent names, streets,
cities, brands per sector, password words, e-mail domains, device models, filler sentences) is dealt
alternately too, so the halves share no names, streets or brands. Shared between the halves are only
conventions: e-mail header layouts, greetings, sign-offs, signature layouts. Random values come from
one `random.Random` per half (seeded from the seed). Per half, the number of messages of each
(language, channel class) cell follows the target mix (nl 40 %, en 40 % [en-gb + en-us], nl-be 10 %,
fr-be 10 %; public 30 %, private chat 35 %, e-mail 25 %, agent reply 10 %).

## Heldout rule

**Detector authors must never open `heldout.jsonl` or `generate_blind.py`** (nor read this
corpus's templates in any other way). They may only run a scorer over `heldout.jsonl` and report the
numbers. `dev.jsonl` may be read and used to debug.

## Labelling decisions

- An e-mail address used as a login (also an Apple ID / Microsoft account) is `email`; a login name
  after "gebruikersnaam", "inlognaam", "accountnaam", "user ID", "identifiant", a DigiD name, or in a
  `user:pass` / `user / pass` pair (also with no cue at all) is `username`.
- `pin` covers bank-card PINs, app passcodes (5-6 digits), SIM PINs and a TV-box PIN; a "memorable
  word", "paswoord", "mdp" or temporary password is `password`; an activation code from a bank letter,
  SMS codes, 2FA codes with a `G-` prefix or split by a space or dash are `otp` (the whole written form).
- Reset-link `token=` values, session ids copied from a browser, bearer/refresh/access tokens, `ghp_`,
  `github_pat_`, `glpat-`, `xoxb-`/`xoxp-` and `shpat_` values are `token`; `sk_/pk_/rk_live_`,
  `ck_`/`cs_`, `api_`, AKIA ids, AWS secrets, `AIza…`, `SG.…` and 32-hex keys are `api_key`.
- Policy, subscription, member, account and contract numbers of the customer are `customer_number`;
  case, claim, dossier and reference numbers of the company are `ticket_number` negatives.
- A relative's or partner's phone, e-mail, date of birth, BSN, IBAN or card is labelled like the
  customer's. Wifi network names (SSIDs), personal names, agent names and initials, cities alone and
  Belgian national register numbers (never written out) are not labelled.
- Dates in quote headers, delivery dates, order dates and "sinds"/"since" years are negatives; dates
  of birth of children are `date_of_birth`.

## Record format

One JSON object per line: `id`, `channel`, `lang`, `visibility`, `text`, `spans`
(`type`, `start`, `end`; Python code-point offsets, end exclusive), `negatives` (`kind`, `start`, `end`).
"""


def table(title, rows):
    s = "\n### %s\n\n| | dev | heldout |\n| --- | ---: | ---: |\n" % title
    for name, a, b in rows:
        s += "| %s | %s | %s |\n" % (name, a, b)
    return s


def write_readme(stats):
    d, h = stats["dev"], stats["heldout"]
    s = README_HEAD + "\n## Counts per half\n"
    s += table("Messages", [
        ("messages", d["n"], h["n"]),
        ("without any span", "%d (%.0f %%)" % (d["nospan"], 100 * d["nospan"] / d["n"]),
         "%d (%.0f %%)" % (h["nospan"], 100 * h["nospan"] / h["n"])),
        ("with a high-risk value", "%d (%.0f %%)" % (d["high"], 100 * d["high"] / d["n"]),
         "%d (%.0f %%)" % (h["high"], 100 * h["high"] / h["n"])),
        ("with a hard negative (not counting mentions/hashtags)",
         "%d (%.0f %%)" % (d["negmsg"], 100 * d["negmsg"] / d["n"]),
         "%d (%.0f %%)" % (h["negmsg"], 100 * h["negmsg"] / h["n"])),
    ])
    s += table("Label spans (in brackets: distinct authored templates or quoted e-mail bodies whose own wording carries the type)",
               [("`%s`%s" % (t, " (high risk)" if t in HIGH else ""),
                 "%d (%d)" % (d["types"][t], len(d["type_tpl"][t])),
                 "%d (%d)" % (h["types"][t], len(h["type_tpl"][t]))) for t in ALL_TYPES])
    s += table("Hard negatives", [("`%s`" % k, d["negs"][k], h["negs"][k]) for k in NEG_KINDS])
    chans = sum(CLS_CHANNELS.values(), [])
    s += table("Channels", [("`%s`" % ch, d["chan"][ch], h["chan"][ch]) for ch in chans])
    s += table("Languages", [("`%s`" % lg, d["lang"][lg], h["lang"][lg])
                             for lg in ("nl", "nl-be", "fr-be", "en-gb", "en-us")])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(s)


def print_stats(stats):
    for half, st in stats.items():
        print("== %s: %d messages, %d without spans, %d with high-risk, %d with hard negatives"
              % (half, st["n"], st["nospan"], st["high"], st["negmsg"]))
        print("   spans: " + ", ".join("%s=%d/%dt" % (t, st["types"][t], len(st["type_tpl"][t])) for t in ALL_TYPES))
        print("   negatives: " + ", ".join("%s=%d" % (k, st["negs"][k]) for k in NEG_KINDS))
        print("   channels: " + ", ".join("%s=%d" % kv for kv in sorted(st["chan"].items())))
        print("   langs: " + ", ".join("%s=%d" % kv for kv in sorted(st["lang"].items())))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--check-only", action="store_true", help="run the checks, write nothing")
    args = ap.parse_args(argv)
    result, halves, qh = generate(args.seed)
    errors, stats = check(result, halves, qh)
    print_stats(stats)
    if errors:
        for e in errors[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errors), file=sys.stderr)
        return 1
    if args.check_only:
        return 0
    for half, recs in result.items():
        with open(os.path.join(HERE, half + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                out = {k: rec[k] for k in ("id", "channel", "lang", "visibility", "text", "spans", "negatives")}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
    write_readme(stats)
    print("wrote dev.jsonl (%d), heldout.jsonl (%d), README.md" % (len(result["dev"]), len(result["heldout"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
