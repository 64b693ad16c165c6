#!/usr/bin/env python3
"""Generator for the blind scrub corpus "blind10" (record id prefix b10).

Standard library only, Python 3.11.  Deterministic for a given --seed.
Writes dev.jsonl, heldout.jsonl (and README.md) next to this file.

The corpus was written blind: from the brief, from knowledge of how customers
of Dutch, Belgian, UK and US companies write to care teams, and from public
platform conventions only.  See README.md.

Template language used below
  {name}        a generated value; the name decides the label:
                  span types (password, pin, iban, ...)  -> labelled span
                  !kind (e.g. {!order_number})            -> hard negative
                  anything else (first, brand, city, ...) -> unlabelled filler
                a trailing number ({password2}) asks for a second, different value;
                the same placeholder used twice in one message gives the same value.
                {name:arg} passes a format argument to the generator.
  [[a|b|c]]     pick one alternative (may nest)
  {{ and }}     literal braces
"""
import argparse
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

SEED_DEFAULT = 20261208
PREFIX = "b10"
HERE = os.path.dirname(os.path.abspath(__file__))

HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"]
OTHER_LABELS = ["card_expiry", "email", "phone", "address", "date_of_birth",
                "ip_address", "customer_number"]
LABELS = HIGH_RISK + OTHER_LABELS
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm",
            "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANGS = ["nl", "nl-be", "fr-be", "en"]
HALVES = ["dev", "heldout"]


# ---------------------------------------------------------------------------
# template parsing and rendering
# ---------------------------------------------------------------------------
_PARSE_CACHE = {}
_PH_RE = re.compile(r"(!?[a-z_]+?)(\d*)(?::(.*))?$", re.S)


def _parse_seq(s, i, in_choice):
    alts = [[]]
    buf = []

    def flush():
        if buf:
            alts[-1].append("".join(buf))
            buf.clear()

    while i < len(s):
        if s.startswith("[[", i):
            flush()
            sub, i = _parse_seq(s, i + 2, True)
            alts[-1].append(("ch", sub))
            continue
        if in_choice and s.startswith("]]", i):
            flush()
            return alts, i + 2
        if in_choice and s[i] == "|":
            flush()
            alts.append([])
            i += 1
            continue
        if s.startswith("{{", i):
            buf.append("{")
            i += 2
            continue
        if s.startswith("}}", i):
            buf.append("}")
            i += 2
            continue
        if s[i] == "{":
            j = s.index("}", i)
            flush()
            ph = s[i + 1:j]
            m = _PH_RE.match(ph)
            if not m:
                raise ValueError("bad placeholder %r in %r" % (ph, s))
            alts[-1].append(("ph", m.group(1), m.group(1) + m.group(2), m.group(3)))
            i = j + 1
            continue
        buf.append(s[i])
        i += 1
    if in_choice:
        raise ValueError("unclosed [[ in %r" % s)
    flush()
    return alts, i


def parse(s):
    if s not in _PARSE_CACHE:
        alts, _ = _parse_seq(s, 0, False)
        _PARSE_CACHE[s] = alts[0]
    return _PARSE_CACHE[s]


def placeholders_of(s):
    """All placeholder base names used in a template (all alternatives)."""
    out = set()

    def walk(nodes):
        for n in nodes:
            if isinstance(n, str):
                continue
            if n[0] == "ch":
                for alt in n[1]:
                    walk(alt)
            else:
                out.add(n[1])
    walk(parse(s))
    return out


GEN = {}          # name -> (label or None, fn(ctx, arg, key))


def gen(name, label=None):
    def deco(fn):
        GEN[name] = (label, fn)
        return fn
    return deco


class Ctx:
    """Rendering context for one message."""

    def __init__(self, rng, half, lang, pools, sector="telco", sublang=None):
        self.rng = rng
        self.half = half
        self.lang = lang                    # nl, nl-be, fr-be, en
        self.sublang = sublang or (lang if lang != "en" else rng.choice(["en-gb", "en-us"]))
        self.pools = pools
        self.sector = sector
        self.cache = {}
        self.tid = None
        self.brand = None
        self.person = None
        self.others = {}

    # -- persona -------------------------------------------------------------
    def get_person(self, key="main"):
        if key == "main":
            if self.person is None:
                self.person = make_person(self, self.sublang)
            return self.person
        if key not in self.others:
            taken = {p["first"] for p in [self.person] + list(self.others.values()) if p}
            for _ in range(20):
                p = make_person(self, self.sublang)
                if p["first"] not in taken:
                    break
            self.others[key] = p
        return self.others[key]

    def get_brand(self):
        if self.brand is None:
            self.brand = self.rng.choice(self.pools["brand"][self.sector])
        return self.brand

    # -- rendering -------------------------------------------------------------
    def render(self, template, tid=None):
        """Render a template string into a list of segments (text, label, tid)."""
        old = self.tid
        if tid is not None:
            self.tid = tid
        out = []
        self._render_nodes(parse(template), out)
        self.tid = old
        return out

    def _render_nodes(self, nodes, out):
        for n in nodes:
            if isinstance(n, str):
                out.append((n, None, self.tid))
            elif n[0] == "ch":
                self._render_nodes(self.rng.choice(n[1]), out)
            else:
                _, base, key, arg = n
                if base not in GEN:
                    raise KeyError("unknown placeholder {%s}" % base)
                label, fn = GEN[base]
                ck = key if arg is None else key + ":" + arg
                if ck in self.cache:
                    val = self.cache[ck]
                else:
                    val = fn(self, arg, key)
                    self.cache[ck] = val
                if isinstance(val, list):      # pre-rendered segments
                    out.extend(val)
                elif label is None:
                    out.append((val, None, self.tid))
                elif base.startswith("!"):
                    out.append((val, ("n", label), self.tid))
                else:
                    out.append((val, ("s", label), self.tid))


def segs_text(segs):
    return "".join(s[0] for s in segs)


def quote_segs(segs, prefix="> "):
    """Prefix every line of a segment list with a quote marker."""
    out = []
    line_start = True
    for text, label, tid in segs:
        if not text:
            continue
        if label is not None and line_start:
            out.append((prefix, None, tid))
            line_start = False
        buf = []
        for ch in text:
            if line_start:
                buf.append(prefix.rstrip() if ch == "\n" else prefix)
                line_start = False
            buf.append(ch)
            if ch == "\n":
                line_start = True
        out.append(("".join(buf), label, tid))
    return out


def finalize(segs):
    """Turn segments into text, spans and negatives."""
    parts = []
    spans = []
    negs = []
    pos = 0
    for text, label, tid in segs:
        if label is not None:
            rec = {"start": pos, "end": pos + len(text), "_tid": tid}
            if label[0] == "s":
                rec["type"] = label[1]
                spans.append(rec)
            else:
                rec["kind"] = label[1]
                negs.append(rec)
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans, negs


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_ok(num):
    digits = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + rdig(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0 and sum(d) > 0


def bsn_make(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def ean13(rng, prefix="87"):
    body = prefix + rdig(rng, 12 - len(prefix))
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def slug(s):
    t = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ê", "e"), ("à", "a"), ("â", "a"),
                 ("ç", "c"), ("ï", "i"), ("î", "i"), ("ô", "o"), ("ö", "o"), ("ü", "u"),
                 ("û", "u"), ("ş", "s"), ("'", ""), ("’", "")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", t)


# ---------------------------------------------------------------------------
# pools (every pool is dealt alternately to dev / heldout, see split_pool)
# ---------------------------------------------------------------------------
def W(s):
    return [x.strip() for x in s.split("|") if x.strip()]


FIRST = {
    "nl": W("Jan|Sanne|Daan|Lotte|Bram|Eva|Thijs|Femke|Ruben|Iris|Joost|Marloes|Pieter|Anouk|Sven|"
            "Noor|Wouter|Esther|Koen|Lieke|Maarten|Ilse|Jeroen|Mirjam|Gert-Jan|Roos|Teun|Fleur|Hugo|"
            "Yara|Mohammed|Fatima|Yusuf|Ayşe|Priya|Kevin|Henk|Ria|Sjoerd|Margreet|Dirk|Willemijn|"
            "Niels|Hanneke|Bas|Tamara|Arjen|Nadia"),
    "nl-be": W("Jens|Lore|Wout|Ine|Pieter-Jan|Elke|Kobe|Sien|Lien|Stijn|Fien|Jef|Marleen|Glenn|"
               "Nathalie|Dries|Hanne|Seppe|Katrien|Bart|Griet|Tuur|Jolien|Rik|Annelies|Jonas|Evi|"
               "Bert|Veerle|Toon|Liesbeth|Maarten|Kristof|Sofie|Ward|Eline|Gert|Anke|Yannick|Ilse"),
    "fr-be": W("Julien|Amélie|Nicolas|Céline|Maxime|Sophie|Thomas|Aurélie|Quentin|Manon|Sébastien|"
               "Laetitia|Olivier|Charlotte|Florian|Élodie|Benoît|Justine|Arnaud|Camille|Grégory|"
               "Nadia|Youssef|Sarah|Damien|Pauline|Cédric|Mélanie|Jérôme|Valérie|Romain|Audrey|"
               "François|Isabelle|Kevin|Marie|Antoine|Delphine|Loïc|Nathalie"),
    "en-gb": W("Oliver|Charlotte|Harry|Amelia|George|Sophie|James|Emily|Jack|Lucy|Thomas|Hannah|"
               "William|Chloe|Daniel|Megan|Samuel|Eleanor|Priya|Raj|Aisha|Callum|Rhiannon|Gareth|"
               "Fiona|Alistair|Hollie|Jamie|Siobhan|Rory|Imogen|Nathan|Zara|Ben|Kirsty|Liam"),
    "en-us": W("Michael|Jennifer|Chris|Ashley|Matt|Jessica|Tyler|Brittany|Josh|Megan|Kevin|Amanda|"
               "Brandon|Nicole|Justin|Stephanie|Ryan|Lauren|Carlos|Maria|DeShawn|Keisha|Dana|Greg|"
               "Heather|Trevor|Courtney|Marcus|Tiffany|Derek|Alyssa|Luis|Rachel|Cody|Monique|Ethan"),
}
LAST = {
    "nl": W("de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|"
            "Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|"
            "van den Berg|Kok|Jacobs|Vermeulen|Schouten|van Dijk|Willems|Hoekstra|Postma|El Amrani|"
            "Yilmaz|Kaya|Bouzid|Nguyen|Ramdin|Kuipers|Veenstra|Koster|Prins|Huisman|Timmermans|"
            "van Wijk|Boersma|Wijnands|Groen"),
    "nl-be": W("Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|"
               "Vermeersch|Van Damme|De Backer|Verhoeven|Van den Broeck|Desmet|Lambrechts|Coppens|"
               "Vandenberghe|Vercammen|Hermans|Segers|Aerts|Van Acker|Michiels|Cools|Verstraete|"
               "De Clercq|Pauwels|Van Hoof|Bogaert|Smets|Dewulf|Geerts|Verbeke|Martens|Stevens|Baert"),
    "fr-be": W("Dubois|Lambert|Martin|Dupont|Simon|Laurent|Lejeune|Renard|Leclercq|François|Dumont|"
               "Lemaire|Collard|Gilson|Hubert|Denis|Mathieu|Lefèbvre|Piron|Collignon|Jadoul|Bertrand|"
               "Henrard|Lecomte|Thiry|Gérard|Delvaux|Masson|Charlier|Noël|Lambotte|Rousseau|Detry|"
               "Wauters|Bodart|Hardy|Delhaye|Evrard"),
    "en-gb": W("Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|"
               "Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|Patel|Khan|Hughes|Edwards|"
               "Morgan|Price|Lloyd|Fletcher|Barker|MacLeod|O'Brien|Chapman|Gill|Harrison|Ward|Marsh"),
    "en-us": W("Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Hernandez|Moore|Martin|Lee|Thompson|"
               "Harris|Clark|Lewis|Young|Allen|King|Scott|Nguyen|Hill|Baker|Carter|Mitchell|Perez|"
               "Turner|Phillips|Campbell|Parker|Collins|Stewart|Flores|Reed|Cooper|Bailey|Howard|Ortiz"),
}
STREETS = {
    "nl": W("Kerkstraat|Dorpsstraat|Molenweg|Schoolstraat|Wilhelminalaan|Julianastraat|Beatrixlaan|"
            "Stationsweg|Nieuwstraat|Emmastraat|Kerkplein|Achter de Hoven|Oude Gracht|Lange Voorhout|"
            "Hoogstraat|Parallelweg|Vondelstraat|Prinsengracht|Bloemgracht|De Ruyterkade|Zuidwal|"
            "Burgemeester de Withstraat|Van Heemstraweg|Industrieweg|Havenkade|Het Want|De Sluis|"
            "Ambachtsweg|Klokkenluidersbocht|Zandpad|Middenweg|Koningsweg|Esdoornlaan|Vlasakker|"
            "Tolhuis|Graaf Florisweg|Brink|Zeedijk|Spoorsingel|Bisschopsweg|Laan van Meerdervoort|"
            "Turfmarkt|Galgenveld|Oosterkade"),
    "nl-be": W("Kerkstraat|Stationsstraat|Dorpstraat|Nieuwstraat|Kapelstraat|Molenstraat|Schoolstraat|"
               "Meir|Grote Markt|Veldstraat|Kortrijksesteenweg|Brusselsesteenweg|Antwerpsesteenweg|"
               "Leopoldlaan|Koning Albertlaan|Boomsesteenweg|Zandstraat|Heirbaan|Hoogstraat|"
               "Lange Nieuwstraat|Kouter|Vrijdagmarkt|Diestsestraat|Tiensestraat|Oudebaan|Bosstraat|"
               "Gentsesteenweg|Dennenlaan|Pastorijstraat|Hofstraat|Beekstraat|Ringlaan|Vaartkaai|"
               "Smisstraat|Lindenlaan|Kasteelstraat|Heidestraat|Ter Heide|Kiezelweg|Poelstraat"),
    "fr-be": W("Rue de la Station|Rue du Moulin|Avenue Louise|Chaussée de Bruxelles|Rue Haute|"
               "Rue de l'Église|Place Saint-Lambert|Boulevard d'Avroy|Rue des Champs|"
               "Avenue de Tervueren|Chaussée de Waterloo|Rue Neuve|Rue du Marché|Rue de Namur|"
               "Rue Saint-Gilles|Avenue des Combattants|Rue du Centre|Rue de Fragnée|Quai de Rome|"
               "Rue Grande|Chaussée de Charleroi|Rue Royale|Rue des Wallons|Rue du Pont|"
               "Rue Albert Ier|Rue de Bomel|Avenue Reine Astrid|Rue des Tanneurs|Clos des Lilas|"
               "Rue de Hesbaye|Rue Sainte-Walburge|Allée des Hêtres|Rue du Parc|Rue Lambert Lombard|"
               "Square Marie-Louise|Rue de la Croix"),
    "en-gb": W("High Street|Church Lane|Station Road|Victoria Road|Mill Lane|Park Avenue|Kings Road|"
               "Queen Street|The Crescent|Manor Close|Elm Grove|Orchard Way|York Road|"
               "Springfield Drive|Windsor Gardens|Meadow View|Castle Street|Chapel Row|Albert Terrace|"
               "Beech Walk|Nelson Street|Granby Place|Harbour Lane|Willow Court|Mount Pleasant|"
               "Grange Road|Sefton Avenue|Belmont Rise|Tudor Way|Cromwell Road|Fairfield Close|Ashdown Mews"),
    "en-us": W("Maple Ave|Oak Street|Pine Drive|Cedar Lane|Elm Street|Washington Blvd|Lincoln Ave|"
               "Lakeview Drive|Sunset Blvd|Park Place|Highland Ave|Ridge Road|Main Street|"
               "Jefferson St|Willow Way|Chestnut Court|Birch Lane|Madison Ave|Franklin St|Spring Street|"
               "Magnolia Dr|Hickory Lane|Sycamore St|Prairie View Rd|Canyon Creek Dr|Harbor Blvd|"
               "Aspen Way|Bluebonnet Ln|Peachtree Rd|Meadowbrook Dr|Old Mill Rd|Cherry Hill Ct"),
}
CITIES = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"),
           ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"),
           ("Breda", "48"), ("Nijmegen", "65"), ("Apeldoorn", "73"), ("Haarlem", "20"),
           ("Arnhem", "68"), ("Enschede", "75"), ("Amersfoort", "38"), ("Zaandam", "15"),
           ("Zwolle", "80"), ("Leiden", "23"), ("Maastricht", "62"), ("Dordrecht", "33"),
           ("Deventer", "74"), ("Delft", "26"), ("Alkmaar", "18"), ("Hilversum", "12"),
           ("Leeuwarden", "89"), ("'s-Hertogenbosch", "52"), ("Venlo", "59"), ("Gouda", "28"),
           ("Hoorn", "16"), ("Assen", "94"), ("Emmen", "78"), ("Purmerend", "14"),
           ("Helmond", "57"), ("Oss", "53"), ("Roosendaal", "47"), ("Middelburg", "43"),
           ("Zeist", "37"), ("Ede", "67"), ("Heerlen", "64"), ("Den Helder", "17")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Brugge", "8000"), ("Leuven", "3000"),
              ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"),
              ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Roeselare", "8800"), ("Turnhout", "2300"),
              ("Lier", "2500"), ("Oostende", "8400"), ("Dendermonde", "9200"), ("Geel", "2440"),
              ("Herentals", "2200"), ("Vilvoorde", "1800"), ("Zaventem", "1930"), ("Brasschaat", "2930"),
              ("Deinze", "9800"), ("Tienen", "3300"), ("Waregem", "8790"), ("Ieper", "8900"),
              ("Beveren", "9120"), ("Mol", "2400"), ("Sint-Truiden", "3800"), ("Halle", "1500"),
              ("Ninove", "9400"), ("Eeklo", "9900"), ("Wetteren", "9230"), ("Bilzen", "3740")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Bruxelles", "1000"), ("Ixelles", "1050"), ("Uccle", "1180"), ("Schaerbeek", "1030"),
              ("Wavre", "1300"), ("Louvain-la-Neuve", "1348"), ("Tournai", "7500"), ("Verviers", "4800"),
              ("Arlon", "6700"), ("Nivelles", "1400"), ("La Louvière", "7100"), ("Waterloo", "1410"),
              ("Huy", "4500"), ("Seraing", "4100"), ("Dinant", "5500"), ("Gembloux", "5030"),
              ("Braine-l'Alleud", "1420"), ("Ottignies", "1340"), ("Spa", "4900"),
              ("Marche-en-Famenne", "6900"), ("Mouscron", "7700"), ("Ath", "7800"), ("Etterbeek", "1040"),
              ("Anderlecht", "1070"), ("Woluwe-Saint-Lambert", "1200"), ("Jambes", "5100"),
              ("Herstal", "4040"), ("Bastogne", "6600")],
    "en-gb": [("London", "SE"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
              ("Birmingham", "B"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
              ("Liverpool", "L"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN"),
              ("Reading", "RG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"),
              ("Norwich", "NR"), ("Leicester", "LE"), ("Bath", "BA"), ("Exeter", "EX"),
              ("Newcastle upon Tyne", "NE"), ("Southampton", "SO"), ("Coventry", "CV"), ("Derby", "DE"),
              ("Swansea", "SA"), ("Aberdeen", "AB"), ("Plymouth", "PL"), ("Milton Keynes", "MK"),
              ("Belfast", "BT"), ("Chelmsford", "CM")],
    "en-us": [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
              ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Raleigh", "NC", "276"),
              ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Boise", "ID", "837"),
              ("Sacramento", "CA", "958"), ("Albany", "NY", "122"), ("Tampa", "FL", "336"),
              ("Richmond", "VA", "232"), ("Omaha", "NE", "681"), ("Louisville", "KY", "402"),
              ("Nashville", "TN", "372"), ("Plano", "TX", "750"), ("Durham", "NC", "277"),
              ("Ann Arbor", "MI", "481"), ("Pittsburgh", "PA", "152"), ("Savannah", "GA", "314"),
              ("Spokane", "WA", "992"), ("Burlington", "VT", "054"), ("Des Moines", "IA", "503"),
              ("Fresno", "CA", "937"), ("Provo", "UT", "846"), ("Tulsa", "OK", "741"),
              ("Charleston", "SC", "294"), ("Eugene", "OR", "974"), ("Lansing", "MI", "489")],
}
BRANDS = {
    "telco": W("Telvio|Netlinq|Zenfon|Belvox|Mobiq|Lynkt|Orbiq Mobile|Fonix|Wavely|Proxivo|Skarr|"
               "Kabelnet Plus|Connecto|Frekwent"),
    "bank": W("Rivabank|Noordhaven Bank|Bankiq|Crestline Bank|Lumo Bank|Banque Orvale|Spaarhuys|"
              "Kroonbank|Fenix Bank|Meridia Bank|Ardenne Banque|Halcyon Bank"),
    "energy": W("Voltera|Groenstroom Direct|Energiq|Stroomhuys|Watteo|Lumière Énergie|Northgrid Energy|"
                "Flux Energie|Zonnedal|Brightwatt|Enerva|Kilowatt & Co"),
    "hosting": W("Hostivo|Cloudnest|Serverhuys|Webvlot|Nimbly|Stackhaven|DataKade|Pixelhost|"
                 "Ovion Cloud|Deployr|Byteburg|Hostmeester"),
    "payments": W("Paylinq|Kassaflow|Betaalbox|PayNova|Tappr|Checkoutly|Paymento|Pinvast|CashTide|"
                  "Swipio|Kaartpunt|Transakt"),
    "webshop": W("Shopvlot|Kooplein|Winkelwaard|Bestelwijs|Marktplein24|ShopNest|Cartiva|"
                 "Boutique Lumen|DealDock|Huisenhaard|Gadgetgrot|Modemaand"),
    "insurer": W("Veilighuys|Zorgwaard|Assura Plus|Polisvast|Allegra Verzekeringen|Secura Belgique|"
                 "Harbor Insurance|Beschutt|Zorgkring|Maple Shield|Dekking Direct|Protecta"),
    "accounting": W("Boekvlot|Cijferhuys|Ledgerly|FactuurFix|Balanso|Boekhoudmaat|Comptaflex|"
                    "Tallybook|Grootboek Online|Quantora|Kasboekje|Bilanz"),
    "parcel": W("Pakketpunt Express|SnelPost|Colivo|ParcelDash|Zendvast|Routiq|Koerier24|Packly|"
                "Expresso Colis|ShipNorth|Leverfix|Bezorgbaas"),
    "airline": W("Zephyr Air|Lowland Airways|Skylink Europe|Noordzee Air|Aerovia|Brabant Air|Flyvo|"
                 "Transat Belgica|Cloudway Airlines|Altair Air"),
    "gov": W("MijnLoket Plus|Toeslagenportaal|Digizaak|Gemeenteloket Online|Pensioenhuys|"
             "StudieDirect|Zorgtoeslag Info|Loket Burgerzaken|Mutualia|Kinderbijslag Vlot"),
}
FLIGHT_CODES = W("ZQ|XK|QV|JW|VU|ZB|YX|QZ|WZ|XQ")
PW_WORDS = {
    "nl": W("Zomer|Winter|Fietsen|Tulp|Molen|Kaas|Voetbal|Hondje|Oranje|Appeltaart|Zonnebloem|"
            "Wolkje|Kikker|Paard|Snoepje|Strand|Sneeuw|Regen|Haven|Dropje|Pannenkoek|Vlinder|"
            "Boterham|Klompen|Schaatsen|Eekhoorn|Tomaat|Lente|Kastanje|Ijsbeer|Kerstboom|Drakenboot"),
    "nl-be": W("Frietjes|Speculoos|Duvel|Zomer|Kermis|Beertje|Schelde|Lente|Wafel|Pralines|Regen|"
               "Fiets|Carnaval|Kabouter|Tomatenstraat|Mossel|Kersen|Leeuw|Hondje|Sneeuwman|Kastaar|"
               "Zonnetje|Paddestoel|Vlieger"),
    "fr-be": W("Soleil|Printemps|Chocolat|Papillon|Mouette|Liberte|Doudou|Gaufre|Frites|Poussin|"
               "Tournesol|Nuage|Cerise|Marmotte|Hirondelle|Lapin|Framboise|Caramel|Etoile|Meuse|"
               "Citron|Pinson|Ardennes|Boulette"),
    "en": W("Sunshine|Football|Dragon|Monkey|Summer|Rainbow|Cricket|Biscuit|Buster|Pepper|Shadow|"
            "Maverick|Thunder|Coffee|Pumpkin|Hamster|Rocket|Tigger|Bluebird|Marmite|Harbour|"
            "Yankee|Cheddar|Sparrow|Chelsea|Lakers|Muffin|Jupiter|Falcon|Winter"),
}
MAIL_DOMAINS = {
    "nl": W("gmail.com|hotmail.com|outlook.com|live.nl|planetmail.nl|icloud.com|hetnetmail.nl|"
            "kabelmail.nl|yahoo.com|ziptel.nl|protonmail.com|mailvlot.nl"),
    "nl-be": W("gmail.com|telemail.be|hotmail.com|skymail.be|outlook.be|icloud.com|live.be|"
               "kabelpost.be|yahoo.com|proton.me"),
    "fr-be": W("gmail.com|hotmail.com|skymail.be|outlook.be|yahoo.fr|voo-mail.be|live.be|"
               "icloud.com|outlook.fr|laposte.net"),
    "en-gb": W("gmail.com|btmail.co.uk|outlook.com|yahoo.co.uk|hotmail.co.uk|icloud.com|"
               "skymail.co.uk|virginmail.co.uk|live.co.uk|protonmail.com"),
    "en-us": W("gmail.com|yahoo.com|outlook.com|comcastmail.net|icloud.com|aol.com|hotmail.com|"
               "proton.me|att-mail.net|me.com"),
}
COMPANIES = {
    "nl": W("Bakkerij Van Dam|Installatiebedrijf Mulder B.V.|Kapsalon Chic|Tandartspraktijk De Linde|"
            "Bouwbedrijf Jansen & Zn|Administratiekantoor Visser|Fietsenmaker De Spaak|"
            "Schildersbedrijf Kok|Bloemenhuis Roos|Fysiotherapie Centrum Noord|Autobedrijf Hoekstra|"
            "Eetcafé De Gouden Leeuw|Rijschool Veilig|Loodgietersbedrijf Dekker|Yoga Studio Lotus|"
            "Transportbedrijf Prins B.V.|Koffiebar Bonen|Dierenkliniek Het Hof|Makelaardij Groen|"
            "Drukkerij Brouwer"),
    "nl-be": W("Bakkerij Peeters BV|Schrijnwerkerij Maes|Frituur 't Hoekske|Dakwerken Claes|"
               "Boekhoudkantoor Mertens|Kinesitherapie Wouters|Garage Verstraete|Bloemen Fien|"
               "Elektro Goossens BV|Tandartsenpraktijk De Linde|Slagerij Aerts|Brasserie De Kaai|"
               "Immo Lambrechts|Loodgieterij Segers|Kapsalon Hanne|Transport Coppens NV"),
    "fr-be": W("Boulangerie Dubois SRL|Menuiserie Lambert|Cabinet comptable Renard|Garage Leclercq|"
               "Pharmacie du Centre|Friterie Chez Nadia|Toitures Gilson SRL|Kiné Collard|"
               "Électricité Piron|Fleurs Amélie|Brasserie du Pont|Agence immobilière Delvaux|"
               "Plomberie Hubert SRL|Institut de beauté Céline|Imprimerie Jadoul|Traiteur Lejeune"),
    "en-gb": W("Wilson & Co Plumbing Ltd|Green Leaf Florists|Harbour View B&B|Clarke Accountancy Ltd|"
               "Patel Pharmacy|Roberts Roofing|The Copper Kettle Café|Hughes Electrical Ltd|"
               "Morgan Dental Practice|Fletcher Removals|Bright Sparks Nursery|Ward & Gill Solicitors"),
    "en-us": W("Rodriguez Landscaping LLC|Maple Street Dental|Brightside Bakery|Anderson & Lee CPA|"
               "Summit Auto Repair|Blue Heron Yoga|Parker Family Chiropractic|Lone Star HVAC|"
               "Coastal Print Shop|Miller & Young Realty|Cedar Creek Vet Clinic|Turner Plumbing Co"),
}
ROLES = {
    "nl": W("Office manager|Eigenaar|Directeur|IT-beheerder|Systeembeheerder|Administratief medewerker|"
            "Financieel medewerker|Praktijkmanager|Bedrijfsleider|Boekhouder|Vennoot|Planner"),
    "nl-be": W("Zaakvoerder|Office manager|Boekhouder|IT-verantwoordelijke|Administratief bediende|"
               "Gedelegeerd bestuurder|Praktijkcoördinator|Financieel verantwoordelijke"),
    "fr-be": W("Gérant|Gérante|Office manager|Responsable IT|Comptable|Administrateur délégué|"
               "Assistante administrative|Responsable administrative et financière"),
    "en-gb": W("Office Manager|Director|Managing Director|IT Administrator|Practice Manager|"
               "Bookkeeper|Finance Assistant|Operations Manager|Owner"),
    "en-us": W("Office Manager|Owner|IT Admin|Practice Manager|Bookkeeper|Operations Lead|"
               "Controller|Front Desk Coordinator|Managing Partner"),
}
SSID_BASES = W("Telvio|Netlinq|Zenfon|Belvox|Mobiq|Lynkt|Fonix|Wavely|Proxivo|Skarr|Connecto|Frekwent")
MODELS_ROUTER = W("Fritz!Box 7590|Fritz!Box 7530|H369A|TP-Link Archer C6|TP-Link Archer AX55|"
                  "Netgear Nighthawk R7000|Zyxel VMG8825|Sagemcom F@st 5670|Connect Box|"
                  "Linksys MR7350|ASUS RT-AX58U|Draytek Vigor 2865|Huawei B535|Technicolor TG789|"
                  "Ubiquiti UniFi U6-Lite|Zyxel EX5601")
MODELS_PHONE = W("Galaxy A54|iPhone 15 Pro|iPhone 13 mini|Pixel 8a|Galaxy S23|Redmi Note 12|"
                 "iPhone SE|Moto g84|Nokia G22|OnePlus Nord 3|Galaxy A15|iPhone 14|Xperia 10 V|"
                 "Fairphone 5|Oppo A78|iPhone 12")
MODELS_OTHER = W("HP LaserJet M404dn|Synology DS920+|Dell OptiPlex 7010|Honeywell Evohome|Tado V3+|"
                 "Smappee Infinity|Toon 2|Brother HL-L2350DW|QNAP TS-253D|Netatmo NTH01")
MODELS_TERMINAL = W("Ingenico Move/5000|Verifone V240m|PAX A920|CCV Mx 915|Pax S920|Sunmi P2|"
                    "Ingenico Desk/3500|Verifone P400|Worldline Yomani XR|PAX A77")
MODELS_PBX = W("Grandstream UCM6302|Yeastar P550|Panasonic KX-NS700|Gigaset N870 IP PRO|Snom M900|Yeastar S20")
MODELS_VOIP = W("Yealink T46U|Yealink W73P|Gigaset N670|Grandstream GXP2170|Snom D785|Yealink T54W")
MODELS_LAPTOP = W("MacBook Air M2|Dell XPS 13|Lenovo ThinkPad T14|HP EliteBook 840 G9|MacBook Pro 14|"
                  "ASUS ZenBook 14|Surface Laptop 5|Acer Swift 3")


_HALF_OF = {}


def _assign_pool_halves():
    """Every distinct pool value gets one half.  Pools are walked in a fixed order; inside a
    pool the values not seen before are dealt alternately (dev, heldout, dev, ...).  A value
    that occurs in several pools (a surname used in NL and BE, gmail.com, ...) keeps the half
    it got first, so the halves never share a name, street, city, brand, word or domain."""
    order = []
    for dct in (BRANDS, FIRST, LAST, STREETS, CITIES, PW_WORDS, MAIL_DOMAINS, COMPANIES):
        for k in sorted(dct):
            order.append(dct[k])
    order += [SSID_BASES, FLIGHT_CODES, MODELS_ROUTER, MODELS_PHONE, MODELS_OTHER, MODELS_TERMINAL,
              MODELS_PBX, MODELS_VOIP, MODELS_LAPTOP]
    for lst in order:
        n = 0
        for v in lst:
            key = v if isinstance(v, str) else v[0]
            if key not in _HALF_OF:
                _HALF_OF[key] = HALVES[n % 2]
                n += 1


def split_pool(lst, half):
    if not _HALF_OF:
        _assign_pool_halves()
    return [x for x in lst if _HALF_OF[x if isinstance(x, str) else x[0]] == half]


def make_pools(half):
    p = {}
    p["first"] = {k: split_pool(v, half) for k, v in FIRST.items()}
    p["last"] = {k: split_pool(v, half) for k, v in LAST.items()}
    p["street"] = {k: split_pool(v, half) for k, v in STREETS.items()}
    p["city"] = {k: split_pool(v, half) for k, v in CITIES.items()}
    p["brand"] = {k: split_pool(v, half) for k, v in BRANDS.items()}
    p["pw"] = {k: split_pool(v, half) for k, v in PW_WORDS.items()}
    p["domain"] = {k: split_pool(v, half) for k, v in MAIL_DOMAINS.items()}
    p["company"] = {k: split_pool(v, half) for k, v in COMPANIES.items()}
    p["ssid"] = split_pool(SSID_BASES, half)
    p["flight"] = split_pool(FLIGHT_CODES, half)
    p["router"] = split_pool(MODELS_ROUTER, half)
    p["phone_model"] = split_pool(MODELS_PHONE, half)
    p["device"] = split_pool(MODELS_OTHER, half)
    p["terminal"] = split_pool(MODELS_TERMINAL, half)
    p["pbx"] = split_pool(MODELS_PBX, half)
    p["voip"] = split_pool(MODELS_VOIP, half)
    p["laptop"] = split_pool(MODELS_LAPTOP, half)
    for name, val in p.items():
        subs = val.values() if isinstance(val, dict) else [val]
        for sub in subs:
            if len(sub) < 2:
                raise SystemExit("pool %s too small in %s" % (name, half))
    return p


def pw_lang(ctx):
    return "en" if ctx.lang == "en" else ctx.lang


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
def make_person(ctx, sub):
    rng = ctx.rng
    first = rng.choice(ctx.pools["first"][sub])
    last = rng.choice(ctx.pools["last"][sub])
    return {"first": first, "last": last, "sub": sub}


def person_for(ctx, key, base):
    suffix = key[len(base):]
    return ctx.get_person("main" if not suffix else "p" + suffix)


@gen("first")
def g_first(ctx, arg, key):
    return person_for(ctx, key, "first")["first"]


@gen("last")
def g_last(ctx, arg, key):
    return person_for(ctx, key, "last")["last"]


@gen("name")
def g_name(ctx, arg, key):
    p = person_for(ctx, key, "name")
    if arg == "formal":
        return p["last"] if p["last"][0].isupper() else p["last"][0].upper() + p["last"][1:]
    return p["first"] + " " + p["last"]


@gen("initial")
def g_initial(ctx, arg, key):
    p = person_for(ctx, key, "initial")
    return p["first"][0] + ". " + p["last"]


@gen("agent")
def g_agent(ctx, arg, key):
    taken = {p["first"] for p in [ctx.person] + list(ctx.others.values()) if p}
    return ctx.rng.choice([f for f in ctx.pools["first"][ctx.sublang] if f not in taken])


@gen("sig")
def g_sig(ctx, arg, key):
    # agent signature initials, e.g. ^MK
    a = ctx.rng.choice(UP.replace("Q", "").replace("X", ""))
    b = ctx.rng.choice(UP.replace("Q", "").replace("X", ""))
    return ctx.rng.choice(["^", "/", "^", "-"]) + a + b


@gen("company")
def g_company(ctx, arg, key):
    return ctx.rng.choice(ctx.pools["company"][ctx.sublang])


@gen("role")
def g_role(ctx, arg, key):
    return ctx.rng.choice(ROLES[ctx.sublang])


@gen("brand")
def g_brand(ctx, arg, key):
    if arg:
        return ctx.rng.choice(ctx.pools["brand"][arg])
    return ctx.get_brand()


@gen("branddom")
def g_branddom(ctx, arg, key):
    b = ctx.get_brand()
    tld = {"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(ctx.lang, "co.uk" if ctx.sublang == "en-gb" else "com")
    return slug(b) + "." + tld


@gen("city")
def g_city(ctx, arg, key):
    c = ctx.rng.choice(ctx.pools["city"][ctx.sublang])
    return c[0]


@gen("ssid")
def g_ssid(ctx, arg, key):
    if ctx.sector == "telco":
        b = re.sub(r"[^A-Za-z0-9]", "", ctx.get_brand())
    else:
        b = ctx.rng.choice(ctx.pools["ssid"])
    return ctx.rng.choice([b + "-" + rstr(ctx.rng, "0123456789ABCDEF", 4),
                           b + "_5G_" + rstr(ctx.rng, "0123456789ABCDEF", 4),
                           b.upper() + "-" + rdig(ctx.rng, 3),
                           b + "WiFi" + rstr(ctx.rng, "0123456789ABCDEF", 4)])


@gen("router")
def g_router_plain(ctx, arg, key):
    return ctx.rng.choice(ctx.pools["router"])


@gen("n")
def g_n(ctx, arg, key):
    lo, hi = (arg or "2-6").split("-")
    return str(ctx.rng.randint(int(lo), int(hi)))


@gen("emo")
def g_emo(ctx, arg, key):
    sets = {"angry": "😡|🤬|😤|🙄|😠", "sad": "😢|😩|😭|😞|🥲", "ok": "🙏|👍|😊|🙂|✌️",
            "any": "🙄|😩|🙏|👍|😤|🤦‍♀️|🤦‍♂️|😅|💸|📦|📱|⚡"}
    return ctx.rng.choice(W(sets.get(arg or "any", sets["any"])))


@gen("wday")
def g_wday(ctx, arg, key):
    d = {"nl": W("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
         "nl-be": W("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"),
         "fr-be": W("lundi|mardi|mercredi|jeudi|vendredi|samedi"),
         "en": W("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday")}
    return ctx.rng.choice(d[ctx.lang])


# ---------------------------------------------------------------------------
# span values
# ---------------------------------------------------------------------------
PUNCT_PW = "!#$%&*?@+=._-"


def _pw_word(ctx):
    return ctx.rng.choice(ctx.pools["pw"][pw_lang(ctx)])


@gen("password", "password")
def g_password(ctx, arg, key):
    rng = ctx.rng
    w = _pw_word(ctx)
    kinds = ["wordyear", "wordsym", "strong", "leet", "lowerdig", "twowords", "phrase", "strong",
             "sym_mid", "caps"]
    if arg == "strong":
        k = "strong"
    elif arg == "simple":
        k = rng.choice(["wordsym", "lowerdig", "twowords", "sym_mid"])
    else:
        k = rng.choice(kinds)
    if k == "wordyear":
        return w + str(rng.randint(2015, 2026)) + rng.choice("!?#$*")
    if k == "wordsym":
        return w + rng.choice("#@$&*!") + rdig(rng, rng.randint(2, 4))
    if k == "strong":
        n = rng.randint(10, 16)
        core = rstr(rng, ALNUM + "!#$%&*?@", n - 1)
        return rng.choice(UP + LO) + core[1:] + rng.choice(ALNUM)
    if k == "leet":
        t = w.replace("e", "3").replace("a", "@").replace("o", "0").replace("i", "1")
        return t + rng.choice(["", "!", "_"]) + rdig(rng, 2) + rng.choice(UP + LO)
    if k == "lowerdig":
        return w.lower() + rdig(rng, rng.randint(2, 4))
    if k == "twowords":
        w2 = _pw_word(ctx)
        return w + w2 + rdig(rng, 2)
    if k == "phrase":
        w2 = _pw_word(ctx)
        w3 = _pw_word(ctx)
        return (w.lower() + "-" + w2.lower() + "-" + w3.lower() + "-" + rdig(rng, 2))
    if k == "sym_mid":
        return w[:3] + rng.choice("!#$%&*") + w[3:].lower() + rdig(rng, 3)
    if k == "caps":
        return w.upper() + rdig(rng, 2) + rng.choice(LO) + rng.choice("!#") + rng.choice(DIG)
    raise AssertionError


@gen("pin", "pin")
def g_pin(ctx, arg, key):
    n = int(arg) if arg and arg.isdigit() else 4
    while True:
        v = rdig(ctx.rng, n)
        if v not in ("0000", "1234", "1111") and not re.fullmatch(r"(19|20)\d\d", v):
            return v


@gen("puk", "puk")
def g_puk(ctx, arg, key):
    return rdig(ctx.rng, 8, first_nonzero=True)


@gen("otp", "otp")
def g_otp(ctx, arg, key):
    rng = ctx.rng
    v = rdig(rng, 6, first_nonzero=True)
    style = arg or rng.choice(["plain", "plain", "plain", "space", "dash"])
    if style == "plain":
        return v
    if style == "space":
        return v[:3] + " " + v[3:]
    if style == "dash":
        return v[:3] + "-" + v[3:]
    if style == "g":
        return rng.choice(["G-", "G-", "M-", "T-"]) + v
    if style == "4":
        return rdig(rng, 4, first_nonzero=True)
    if style == "5":
        return rdig(rng, 5, first_nonzero=True)
    if style == "8":
        return rdig(rng, 8, first_nonzero=True)
    if style == "alnum":
        return rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 3) + "-" + rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 3)
    if style == "spaced":
        return " ".join(v)
    raise ValueError(style)


@gen("wifi_key", "wifi_key")
def g_wifi(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["caps", "lower", "hex", "mixed", "custom", "groups", "caps", "mixed"])
    if k == "caps":
        return rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice([10, 12, 13, 16]))
    if k == "lower":
        return rstr(rng, "abcdefghjkmnpqrstuvwxyz23456789", rng.choice([12, 14, 16]))
    if k == "hex":
        return rstr(rng, "0123456789ABCDEF", rng.choice([10, 16, 26]))
    if k == "mixed":
        return rstr(rng, ALNUM, rng.choice([12, 14, 16, 20]))
    if k == "custom":
        w = _pw_word(ctx)
        w2 = _pw_word(ctx)
        return rng.choice([w + w2 + rdig(rng, 2), w + "_" + w2.lower() + rdig(rng, 3),
                           w + "Thuis" + rdig(rng, 4), "Welkom" + w + rdig(rng, 2)])
    if k == "groups":
        g = [rstr(rng, ALNUM, 4) for _ in range(rng.choice([3, 4]))]
        return "-".join(g)
    raise ValueError(k)


@gen("username", "username")
def g_username(ctx, arg, key):
    rng = ctx.rng
    if arg == "admin":
        return rng.choice(["admin", "Admin", "beheerder", "administrator", "root", "superuser"])
    if arg == "sip":
        return rng.choice(["sip", "voip", "tel", "ext"]) + rng.choice(["-", "_", ""]) + rdig(rng, rng.choice([4, 5, 6]))
    if arg == "shop":
        return rng.choice(["shopbeheer", "webshop_api", "wc_admin", "shopadmin", "beheer_shop", "store-admin"]) + rng.choice(["", "", rdig(rng, 2)])
    p = person_for(ctx, key, "username")
    f = slug(p["first"])
    l_ = slug(p["last"])
    yy = str(rng.randint(60, 99)) if rng.random() < 0.6 else str(rng.randint(1, 99))
    forms = [f[0] + l_ + yy, f + "." + l_, f + "_" + l_, l_ + "." + f[0], f.capitalize() + l_.capitalize() + str(rng.randint(1, 9)),
             f + l_[:3] + yy, l_ + f[0] + rdig(rng, 3), f + "-" + l_, f[0] + "." + l_ + yy, f + yy]
    return rng.choice(forms)


API_ALNUM = UP + LO + DIG


@gen("api_key", "api_key")
def g_api_key(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["sk", "pk", "rk", "ck", "cs", "api", "akia", "awssecret", "aiza", "sg", "hex32", "live"])
    if k == "sk":
        return "sk_live_" + rstr(rng, API_ALNUM, rng.choice([24, 32, 34]))
    if k == "sktest":
        return "sk_test_" + rstr(rng, API_ALNUM, 24)
    if k == "pk":
        return "pk_live_" + rstr(rng, API_ALNUM, rng.choice([24, 32]))
    if k == "rk":
        return "rk_live_" + rstr(rng, API_ALNUM, 24)
    if k == "ck":
        return "ck_" + rstr(rng, "0123456789abcdef", 40)
    if k == "cs":
        return "cs_" + rstr(rng, "0123456789abcdef", 40)
    if k == "api":
        return "api_" + rstr(rng, API_ALNUM, 32)
    if k == "akia":
        return "AKIA" + rstr(rng, UP + "234567", 16)
    if k == "awssecret":
        while True:
            v = rstr(rng, API_ALNUM + "/+", 40)
            if v[-1].isalnum() and v[0].isalnum():
                return v
    if k == "aiza":
        return "AIza" + rstr(rng, API_ALNUM + "-_", 34) + rng.choice(API_ALNUM)
    if k == "sg":
        return "SG." + rstr(rng, API_ALNUM + "-_", 21) + rng.choice(API_ALNUM) + "." + rstr(rng, API_ALNUM + "-_", 42) + rng.choice(API_ALNUM)
    if k == "hex32":
        return rstr(rng, "0123456789abcdef", 32)
    if k == "live":
        return "live_" + rstr(rng, API_ALNUM, 30)
    if k == "key":
        return "key_" + rstr(rng, API_ALNUM, 28)
    raise ValueError(k)


def _b64url(rng, n):
    return rstr(rng, API_ALNUM + "-_", n - 1) + rng.choice(API_ALNUM)


@gen("token", "token")
def g_token(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["jwt", "bearer", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40", "session", "refresh"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64url(rng, rng.choice([60, 84, 110])) + "." + _b64url(rng, 43)
    if k == "bearer":
        return rstr(rng, API_ALNUM, rng.choice([32, 40, 48]))
    if k == "ghp":
        return "ghp_" + rstr(rng, API_ALNUM, 36)
    if k == "pat":
        return "github_pat_" + rstr(rng, UP + DIG, 22) + "_" + rstr(rng, API_ALNUM, 59)
    if k == "xoxb":
        return "xoxb-" + rdig(rng, 12, True) + "-" + rdig(rng, 13, True) + "-" + rstr(rng, API_ALNUM, 24)
    if k == "xoxp":
        return "xoxp-" + rdig(rng, 12, True) + "-" + rdig(rng, 12, True) + "-" + rdig(rng, 13, True) + "-" + rstr(rng, "0123456789abcdef", 32)
    if k == "glpat":
        return "glpat-" + rstr(rng, API_ALNUM + "-_", 19) + rng.choice(API_ALNUM)
    if k == "hex40":
        return rstr(rng, "0123456789abcdef", 40)
    if k == "session":
        return rstr(rng, "0123456789abcdef", 8) + "-" + rstr(rng, "0123456789abcdef", 4) + "-" + rstr(rng, "0123456789abcdef", 4) + "-" + rstr(rng, "0123456789abcdef", 4) + "-" + rstr(rng, "0123456789abcdef", 12)
    if k == "refresh":
        return "rt_" + _b64url(rng, 44)
    raise ValueError(k)


def _card_number(rng, brand):
    if brand == "visa":
        return luhn_complete(rng, "4" + rdig(rng, 5), 16)
    if brand == "mc":
        pre = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
        return luhn_complete(rng, pre, 16)
    if brand == "amex":
        return luhn_complete(rng, rng.choice(["34", "37"]), 15)
    if brand == "maestro":
        return luhn_complete(rng, rng.choice(["6759", "5018", "6304", "6703"]), rng.choice([16, 16, 19]))
    if brand == "bcmc":
        return luhn_complete(rng, "6703", 17)
    raise ValueError(brand)


@gen("card", "card")
def g_card(ctx, arg, key):
    rng = ctx.rng
    brand = arg or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    num = _card_number(rng, brand)
    ctx.cache["_cardbrand"] = brand
    if len(num) == 15:
        fmt = rng.choice(["465", "465", "plain", "465dash"])
        if fmt == "plain":
            return num
        sep = "-" if fmt == "465dash" else " "
        return num[:4] + sep + num[4:10] + sep + num[10:]
    fmt = rng.choice(["g4", "g4", "g4", "g4two", "g4dash", "plain", "plain"])
    if fmt == "plain":
        return num
    if fmt == "g4":
        return group(num, 4, " ")
    if fmt == "g4two":
        return group(num, 4, "  ")
    return group(num, 4, "-")


@gen("cvv", "cvv")
def g_cvv(ctx, arg, key):
    if arg == "4" or ctx.cache.get("_cardbrand") == "amex":
        return rdig(ctx.rng, 4, True)
    return rdig(ctx.rng, 3, True)


@gen("card_expiry", "card_expiry")
def g_exp(ctx, arg, key):
    rng = ctx.rng
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    fmt = arg or rng.choice(["mm/yy", "mm/yy", "mm-yyyy", "mmyy", "mm/yyyy", "mm / yy", "mm-yy"])
    if fmt == "mm/yy":
        return "%02d/%02d" % (m, y)
    if fmt == "mm-yyyy":
        return "%02d-20%02d" % (m, y)
    if fmt == "mmyy":
        return "%02d%02d" % (m, y)
    if fmt == "mm/yyyy":
        return "%02d/20%02d" % (m, y)
    if fmt == "mm / yy":
        return "%02d / %02d" % (m, y)
    if fmt == "mm-yy":
        return "%02d-%02d" % (m, y)
    raise ValueError(fmt)


NL_BANKS = W("KNAB|RABO|INGB|ABNA|TRIO|ASNB|BUNQ|SNSB|RBRB|FVLB")
GB_BANKS = W("NWBK|BARC|LOYD|HBUK|MIDL|MONZ|SRLG")
IE_BANKS = W("AIBK|BOFI|IPBS")


def _iban_raw(rng, country):
    if country == "NL":
        return iban_make("NL", rng.choice(NL_BANKS) + rdig(rng, 10))
    if country == "BE":
        acc = rdig(rng, 10, True)
        chk = int(acc) % 97 or 97
        return iban_make("BE", acc + "%02d" % chk)
    if country == "DE":
        return iban_make("DE", rdig(rng, 8, True) + rdig(rng, 10))
    if country == "FR":
        return iban_make("FR", rdig(rng, 5, True) + rdig(rng, 5) + rdig(rng, 11) + rdig(rng, 2))
    if country == "GB":
        return iban_make("GB", rng.choice(GB_BANKS) + rdig(rng, 6) + rdig(rng, 8))
    if country == "ES":
        return iban_make("ES", rdig(rng, 20))
    if country == "LU":
        return iban_make("LU", rdig(rng, 3) + rstr(rng, UP + DIG, 13))
    if country == "IE":
        return iban_make("IE", rng.choice(IE_BANKS) + rdig(rng, 6) + rdig(rng, 8))
    raise ValueError(country)


@gen("iban", "iban")
def g_iban(ctx, arg, key):
    rng = ctx.rng
    default = {"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(ctx.lang)
    if ctx.lang == "en":
        default = "GB" if ctx.sublang == "en-gb" else rng.choice(["GB", "IE", "DE", "NL"])
    country = arg.upper() if arg and len(arg) == 2 else default
    if arg == "foreign":
        country = rng.choice(["DE", "FR", "ES", "LU", "IE", "GB", "NL", "BE"])
    raw = _iban_raw(rng, country)
    fmt = rng.choice(["g4", "g4", "g4", "plain", "plain", "lower", "split_cc", "lower_g4"])
    if fmt == "g4":
        return group(raw, 4)
    if fmt == "plain":
        return raw
    if fmt == "lower":
        return raw.lower()
    if fmt == "lower_g4":
        return group(raw.lower(), 4)
    if fmt == "split_cc":
        return raw[:2] + " " + raw[2:4] + " " + group(raw[4:], 4)
    raise AssertionError


@gen("bsn", "bsn")
def g_bsn(ctx, arg, key):
    v = bsn_make(ctx.rng)
    fmt = arg or ctx.rng.choice(["plain", "plain", "plain", "dots", "space", "space3"])
    if fmt == "plain":
        return v
    if fmt == "dots":
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if fmt == "space":
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v[:4] + " " + v[4:6] + " " + v[6:]


def _company_domain(ctx, sub):
    comp = ctx.cache.get("company") or g_company(ctx, None, "company")
    ctx.cache["company"] = comp
    dom = slug(re.sub(r"\s(B\.V\.|BV|NV|SRL|Ltd|LLC|Co|& Zn)(?=\s|$)", "", comp))[:22]
    return dom + {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[sub]


@gen("email", "email")
def g_email(ctx, arg, key):
    """One work and one private address per person, used consistently in a message."""
    rng = ctx.rng
    p = person_for(ctx, key, "email")
    f = slug(p["first"])
    l_ = slug(p["last"])
    if arg == "admin":
        return rng.choice(["administratie", "admin", "it", "kantoor", "boekhouding", "office", "facturen"]) + "@" + _company_domain(ctx, p["sub"])
    work = arg == "work" or (arg is None and getattr(ctx, "register", "") == "business")
    if work:
        if "email_work" not in p:
            local = rng.choice([f, f + "." + l_, f[0] + "." + l_, l_, f + l_[0]])
            p["email_work"] = local + "@" + _company_domain(ctx, p["sub"])
        return p["email_work"]
    if "email_private" not in p:
        dom = rng.choice(ctx.pools["domain"][p["sub"]])
        local = rng.choice([f + "." + l_, f + l_, f[0] + l_, f + "_" + l_ + str(rng.randint(1, 99)),
                            l_ + "." + f, f + str(rng.randint(70, 99)), f + "." + l_ + str(rng.randint(1, 9))])
        p["email_private"] = (local, dom)
    local, dom = p["email_private"]
    if arg == "spaced":
        return local + " @ " + dom
    if arg == "spelled":
        name, _, tld = dom.rpartition(".")
        at = {"nl": " at ", "nl-be": " at ", "fr-be": " arobase ", "en-gb": " at ", "en-us": " at "}[p["sub"]]
        dot = {"nl": " punt ", "nl-be": " punt ", "fr-be": " point ", "en-gb": " dot ", "en-us": " dot "}[p["sub"]]
        return local + at + name.replace(".", dot) + dot + tld
    return local + "@" + dom


def _phone(rng, sub, kind="mobile", fmt=None):
    if sub == "nl":
        if kind == "landline":
            n = rdig(rng, 7, True)
            return rng.choice(["020-" + n, "020 " + n[:3] + " " + n[3:], "+31 20 " + n[:3] + " " + n[3:],
                               "(020) " + n, "020-" + n[:3] + " " + n[3:5] + " " + n[5:]])
        n = "1" + rdig(rng, 7)
        return rng.choice(["06-" + n, "06 " + n, "06 - " + n, "06 " + group(n, 2),
                           "06" + n, "+31 6 " + n, "+316" + n, "+31 (0)6 " + n[:4] + " " + n[4:],
                           "0031 6 " + n[:4] + " " + n[4:], "06-" + n[:2] + " " + n[2:5] + " " + n[5:]])
    if sub in ("nl-be", "fr-be"):
        pre = "04" + str(rng.randint(70, 99))
        a, b, c = rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)
        if kind == "landline":
            kind = "mobile"
        return rng.choice([pre + "/" + a + "." + b + "." + c, pre + " " + a + " " + b + " " + c,
                           pre + a + b + c, "+32 " + pre[1:] + " " + a + " " + b + " " + c,
                           "+32 (0)" + pre[1:] + " " + a + " " + b + " " + c,
                           "0032 " + pre[1:] + " " + a + b[0] + " " + b[1] + c,
                           pre + "/" + a + " " + b + " " + c, pre + "." + a + "." + b + "." + c])
    if sub == "en-gb":
        if kind == "landline":
            n = rdig(rng, 3)
            return rng.choice(["020 7946 0" + n, "+44 20 7946 0" + n, "(020) 7946 0" + n, "0207 946 0" + n])
        n = rdig(rng, 3)
        return rng.choice(["07700 900" + n, "07700 900 " + n, "07700900" + n, "+44 7700 900" + n,
                           "+44 (0)7700 900" + n, "+447700900" + n, "07700-900-" + n])
    if sub == "en-us":
        area = rng.choice(["212", "415", "312", "617", "503", "512", "303", "919", "608", "206", "404", "614"])
        n = "01" + rdig(rng, 2)
        return rng.choice(["(%s) 555-%s" % (area, n), "%s-555-%s" % (area, n), "%s.555.%s" % (area, n),
                           "+1 %s 555 %s" % (area, n), "1-%s-555-%s" % (area, n), "+1 (%s) 555-%s" % (area, n),
                           "%s 555 %s" % (area, n)])
    raise ValueError(sub)


@gen("phone", "phone")
def g_phone(ctx, arg, key):
    p = person_for(ctx, key, "phone")
    return _phone(ctx.rng, p["sub"], arg or "mobile")


def _postcode_nl(rng, pre):
    return pre + rdig(rng, 2) + rng.choice([" ", " ", ""]) + rstr(rng, "ABCDEGHJKLMNPRTVWXZ", 2)


def _uk_postcode(rng, area):
    out = area + str(rng.randint(1, 19 if len(area) == 1 else 9))
    return out + " " + str(rng.randint(1, 9)) + rstr(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)


def _address(ctx, sub, block=False, street_only=False):
    rng = ctx.rng
    street = rng.choice(ctx.pools["street"][sub])
    city = rng.choice(ctx.pools["city"][sub])
    if sub == "nl":
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "B", "-2", " hs", "-II"])
        pc = _postcode_nl(rng, city[1])
        cname = city[0].upper() if block and rng.random() < 0.4 else city[0]
        if street_only:
            return street + " " + num
        if block:
            return street + " " + num + "\n" + pc + rng.choice([" ", "  "]) + cname
        return rng.choice([street + " " + num + ", " + pc + " " + cname,
                           street + " " + num + " " + pc + " " + cname,
                           street + " " + num + " - " + pc + " " + cname])
    if sub in ("nl-be", "fr-be"):
        num = str(rng.randint(1, 180))
        bus = ""
        if rng.random() < 0.25:
            bus = (" bus " if sub == "nl-be" else rng.choice([" bte ", " boîte "])) + str(rng.randint(1, 12))
        if street_only:
            return street + " " + num + bus
        if sub == "fr-be" and not block and rng.random() < 0.25:
            return num + ", " + street[0].lower() + street[1:] + ", " + city[1] + " " + city[0]
        if block:
            return street + " " + num + bus + "\n" + city[1] + " " + city[0]
        return street + " " + num + bus + rng.choice([", ", " - ", " "]) + city[1] + " " + city[0]
    if sub == "en-gb":
        num = str(rng.randint(1, 160))
        flat = "Flat %d, " % rng.randint(1, 30) if rng.random() < 0.2 else ""
        pc = _uk_postcode(rng, city[1])
        if street_only:
            return flat + num + " " + street
        if block:
            return flat + num + " " + street + "\n" + city[0] + "\n" + pc
        return flat + num + " " + street + ", " + city[0] + rng.choice([" ", ", "]) + pc
    if sub == "en-us":
        num = str(rng.randint(100, 9899))
        apt = rng.choice(["", "", "", ", Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD")), " #%d" % rng.randint(100, 420), ", Suite %d" % rng.randint(100, 500)])
        z = city[2] + rdig(rng, 2)
        if street_only:
            return num + " " + street + apt
        if block:
            return num + " " + street + apt + "\n" + city[0] + ", " + city[1] + " " + z
        return num + " " + street + apt + ", " + city[0] + ", " + city[1] + " " + z
    raise ValueError(sub)


@gen("address", "address")
def g_address(ctx, arg, key):
    p = person_for(ctx, key, "address")
    return _address(ctx, p["sub"], block=(arg == "block"), street_only=(arg == "street"))


MONTHS = {
    "nl": W("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "nl-be": W("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "fr-be": W("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "en": W("January|February|March|April|May|June|July|August|September|October|November|December"),
}
MONTHS_SHORT = {
    "nl": W("jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec"),
    "nl-be": W("jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec"),
    "fr-be": W("janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc."),
    "en": W("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
}
WDAYS_SHORT = {
    "nl": W("ma|di|wo|do|vr|za|zo"), "nl-be": W("ma|di|wo|do|vr|za|zo"),
    "fr-be": W("lun.|mar.|mer.|jeu.|ven.|sam.|dim."), "en": W("Mon|Tue|Wed|Thu|Fri|Sat|Sun"),
}
WDAYS_LONG = {
    "nl": W("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "nl-be": W("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "fr-be": W("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "en": W("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
}


@gen("date_of_birth", "date_of_birth")
def g_dob(ctx, arg, key):
    rng = ctx.rng
    y = rng.randint(1941, 2005)
    if arg == "young":
        y = rng.randint(1998, 2006)
        arg = None
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    L = ctx.lang
    us = ctx.sublang == "en-us"
    fmts = ["num", "num", "slash", "written", "short_year", "written"]
    f = arg or rng.choice(fmts)
    if f == "num":
        if us:
            return "%02d/%02d/%d" % (m, d, y)
        return "%02d-%02d-%d" % (d, m, y) if L != "en" else "%02d/%02d/%d" % (d, m, y)
    if f == "slash":
        if us:
            return "%d/%d/%d" % (m, d, y)
        return "%d/%d/%d" % (d, m, y)
    if f == "short_year":
        if us:
            return "%d/%d/%02d" % (m, d, y % 100)
        return ("%d-%d-%02d" if L in ("nl", "nl-be") else "%02d/%02d/%02d") % (d, m, y % 100)
    if f == "written":
        mon = MONTHS[L if L != "en" else "en"][m - 1]
        if L == "en":
            if us:
                return "%s %d, %d" % (mon, d, y)
            return rng.choice(["%d %s %d" % (d, mon, y), "%d%s %s %d" % (d, _ord(d), mon, y)])
        if L == "fr-be" and d == 1:
            return "1er %s %d" % (mon, y)
        return rng.choice(["%d %s %d" % (d, mon, y), "%d %s '%02d" % (d, mon, y % 100)]) if L != "fr-be" else "%d %s %d" % (d, mon, y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    raise ValueError(f)


def _ord(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


@gen("ip_address", "ip_address")
def g_ip(ctx, arg, key):
    rng = ctx.rng
    pre = rng.choice(["203.0.113.", "198.51.100.", "192.0.2.", "84.%d.%d." % (rng.randint(24, 31), rng.randint(1, 254)),
                      "81.%d.%d." % (rng.randint(160, 175), rng.randint(1, 254)),
                      "213.%d.%d." % (rng.randint(118, 125), rng.randint(1, 254)),
                      "94.%d.%d." % (rng.randint(224, 231), rng.randint(1, 254))])
    return pre + str(rng.randint(2, 250))


@gen("customer_number", "customer_number")
def g_custno(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["d7", "d8", "d9", "d10", "pref", "dash"])
    if k == "d7":
        return rdig(rng, 7, True)
    if k == "d8":
        return rdig(rng, 8, True)
    if k == "d9":
        return rdig(rng, 9, True)
    if k == "d10":
        return rng.choice(["30", "50", "80", "12", "40"]) + rdig(rng, 8)
    if k == "pref":
        return rng.choice(["KL", "C", "CU", "K", "M", "CL", "ACC"]) + rng.choice(["", "-"]) + rdig(rng, rng.choice([6, 7, 8]), True)
    if k == "dash":
        return rdig(rng, 3, True) + "-" + rdig(rng, 3) + "-" + rdig(rng, 3)
    raise ValueError(k)


# ---------------------------------------------------------------------------
# hard-negative values
# ---------------------------------------------------------------------------
@gen("!amount", "amount")
def n_amount(ctx, arg, key):
    rng = ctx.rng
    big = arg == "big" or (arg is None and rng.random() < 0.05)
    e = rng.randint(100, 2999) if big else rng.randint(3, 180)
    c = rng.choice([0, 0, 95, 99, 50, 45, 20, 17, 89])
    if arg == "big":
        e = rng.randint(12, 95) * 100
        c = 0
    L = ctx.lang
    if L in ("nl", "nl-be"):
        eu = ("{:,}".format(e)).replace(",", ".")
        return rng.choice(["€ %s,%02d" % (eu, c), "€%s,%02d" % (eu, c), "%s,%02d euro" % (eu, c),
                           "EUR %s,%02d" % (eu, c), "€ %d,-" % e if not big else "€ %s,-" % eu])
    if L == "fr-be":
        eu = ("{:,}".format(e)).replace(",", " ") if big else str(e)
        return rng.choice(["%s,%02d €" % (eu, c), "%s,%02d €" % (eu, c), "%s,%02d euros" % (eu, c), "%s € TVAC" % eu if c == 0 else "%s,%02d EUR" % (eu, c)])
    if ctx.sublang == "en-gb":
        return rng.choice(["£%s.%02d" % ("{:,}".format(e), c), "£%d" % e, "€%s.%02d" % ("{:,}".format(e), c), "GBP %d.%02d" % (e, c)])
    return rng.choice(["$%s.%02d" % ("{:,}".format(e), c), "$%d" % e, "USD %d.%02d" % (e, c), "$%s.%02d" % ("{:,}".format(e), c)])


@gen("!company_phone", "company_phone")
def n_cphone(ctx, arg, key):
    rng = ctx.rng
    L = ctx.lang
    if L == "nl":
        return rng.choice(["0800-" + rdig(rng, 4), "0800 " + rdig(rng, 4), "0900-" + rdig(rng, 4),
                           "088 " + rdig(rng, 3) + " " + rdig(rng, 2) + " " + rdig(rng, 2),
                           "088-" + rdig(rng, 7), "0800 - " + rdig(rng, 3) + " " + rdig(rng, 2) + " " + rdig(rng, 2),
                           "+31 88 " + rdig(rng, 3) + " " + rdig(rng, 4)])
    if L in ("nl-be", "fr-be"):
        return rng.choice(["078 " + rdig(rng, 2) + " " + rdig(rng, 2) + " " + rdig(rng, 2),
                           "078/" + rdig(rng, 2) + "." + rdig(rng, 2) + "." + rdig(rng, 2),
                           "0800 " + rdig(rng, 2) + " " + rdig(rng, 3), "0800/" + rdig(rng, 2) + "." + rdig(rng, 3),
                           "+32 78 " + rdig(rng, 2) + " " + rdig(rng, 2) + " " + rdig(rng, 2),
                           "070 " + rdig(rng, 2) + " " + rdig(rng, 2) + " " + rdig(rng, 2)])
    if ctx.sublang == "en-gb":
        return rng.choice(["0345 " + rdig(rng, 3) + " " + rdig(rng, 4), "0800 " + rdig(rng, 3) + " " + rdig(rng, 4),
                           "03457 " + rdig(rng, 3) + " " + rdig(rng, 3), "0330 " + rdig(rng, 3) + " " + rdig(rng, 4),
                           "+44 345 " + rdig(rng, 3) + " " + rdig(rng, 4)])
    n = "01" + rdig(rng, 2)
    return rng.choice(["1-800-555-" + n, "(800) 555-" + n, "1-888-555-" + n, "1 (877) 555-" + n, "800-555-" + n])


def _kbo(rng):
    base = rng.choice(["0", "1"]) + rdig(rng, 7)
    chk = 97 - int(base) % 97
    v = base + "%02d" % chk
    return v


@gen("!company_registration", "company_registration")
def n_creg(ctx, arg, key):
    rng = ctx.rng
    L = ctx.lang
    kind = arg
    if kind is None:
        kind = {"nl": rng.choice(["kvk", "btw"]), "nl-be": rng.choice(["kbo", "bebtw"]),
                "fr-be": rng.choice(["kbo", "bebtw"])}.get(L)
        if kind is None:
            kind = rng.choice(["ukco", "ukvat"]) if ctx.sublang == "en-gb" else "ein"
    if kind == "kvk":
        return rdig(rng, 8, True)
    if kind == "btw":
        return rng.choice(["NL", "NL", "NL "]) + rdig(rng, 9, True) + "B" + rng.choice(["01", "02", "01"])
    if kind == "kbo":
        v = _kbo(rng)
        return rng.choice([v[:4] + "." + v[4:7] + "." + v[7:], v, v[:4] + " " + v[4:7] + " " + v[7:]])
    if kind == "bebtw":
        v = _kbo(rng)
        return rng.choice(["BE " + v[:4] + "." + v[4:7] + "." + v[7:], "BE" + v, "BE " + v])
    if kind == "ukco":
        return rng.choice(["0", "1"]) + rdig(rng, 7)
    if kind == "ukvat":
        return rng.choice(["GB ", "GB"]) + rdig(rng, 3, True) + " " + rdig(rng, 4) + " " + rdig(rng, 2)
    if kind == "ein":
        return rdig(rng, 2, True) + "-" + rdig(rng, 7)
    raise ValueError(kind)


import datetime as _dt


def _rdate(rng):
    d = _dt.date(2023, 1, 1) + _dt.timedelta(days=rng.randint(0, 1090))
    return d.year, d.month, d.day


def _thread_dt(ctx):
    """Dates and times in quote / Outlook / forward headers go back in time from the top of a
    thread to the bottom (headers are rendered top-down)."""
    rng = ctx.rng
    cur = getattr(ctx, "tdt", None)
    if cur is None:
        cur = _dt.datetime(2024, 1, 8, 8, 0) + _dt.timedelta(minutes=rng.randint(0, 600 * 24 * 60))
        cur = cur.replace(hour=rng.randint(8, 21))
    else:
        cur = cur - _dt.timedelta(minutes=rng.randint(25, 8 * 24 * 60))
        if cur.hour < 7:
            cur = cur.replace(hour=rng.randint(8, 11))
    ctx.tdt = cur
    return cur


@gen("!date", "date")
def n_date(ctx, arg, key):
    rng = ctx.rng
    L = ctx.lang
    us = ctx.sublang == "en-us"
    if arg in ("quote", "outlook", "hdrlong"):
        d = _thread_dt(ctx)
    else:
        d = _dt.date(2023, 1, 1) + _dt.timedelta(days=rng.randint(0, 1090))
    y, m, dd = d.year, d.month, d.day
    wd = d.weekday()
    mon = MONTHS[L][m - 1]
    ms = MONTHS_SHORT[L][m - 1]
    f = arg if arg in ("quote", "outlook", "short", "long", "num", "dm", "hdrlong") else rng.choice(["num", "long", "short", "dm"])
    if f == "hdrlong":
        f = "long"
    if f == "quote":
        if L == "en":
            return rng.choice(["%s, %d %s %d" % (WDAYS_SHORT[L][wd], dd, ms, y), "%s, %s %d, %d" % (WDAYS_SHORT[L][wd], ms, dd, y)])
        if L == "fr-be":
            return rng.choice(["%s %d %s %d" % (WDAYS_SHORT[L][wd], dd, ms, y), "%02d/%02d/%d" % (dd, m, y)])
        return rng.choice(["%s %d %s %d" % (WDAYS_SHORT[L][wd], dd, ms, y), "%d %s %d" % (dd, mon, y), "%d-%d-%d" % (dd, m, y)])
    if f == "outlook":
        if L == "en":
            return "%s, %s %d, %d" % (WDAYS_LONG[L][wd], mon, dd, y) if us else "%s, %d %s %d" % (WDAYS_LONG[L][wd], dd, mon, y)
        return "%s %d %s %d" % (WDAYS_LONG[L][wd], dd, mon, y)
    if f == "num":
        if us:
            return "%d/%d/%d" % (m, dd, y)
        if L == "en":
            return "%02d/%02d/%d" % (dd, m, y)
        return rng.choice(["%02d-%02d-%d" % (dd, m, y), "%d-%d-%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y)])
    if f == "long":
        if L == "en":
            return "%s %d, %d" % (mon, dd, y) if us else "%d %s %d" % (dd, mon, y)
        return "%d %s %d" % (dd, mon, y)
    if f == "short":
        if L == "en":
            return "%s %d" % (mon, dd) if us else "%d %s" % (dd, mon)
        if L == "fr-be" and dd == 1:
            return "1er %s" % mon
        return "%d %s" % (dd, mon)
    if f == "dm":
        if us:
            return "%d/%d" % (m, dd)
        return rng.choice(["%d/%d" % (dd, m), "%d-%d" % (dd, m)])
    raise ValueError(f)


@gen("!time", "time")
def n_time(ctx, arg, key):
    rng = ctx.rng
    L = ctx.lang
    if arg == "hdr":
        t = getattr(ctx, "tdt", None) or _thread_dt(ctx)
        h, mi = t.hour, t.minute
        if ctx.sublang == "en-us":
            return "%d:%02d %s" % (h % 12 or 12, mi, "PM" if h >= 12 else "AM")
        return "%02d:%02d" % (h, mi)
    h = {"morning": rng.randint(7, 11), "evening": rng.randint(19, 22)}.get(arg, rng.randint(7, 22))
    mi = rng.choice([0, 5, 12, 15, 23, 30, 41, 45, 47, 58])
    if arg == "hmlater":
        prev = ctx.cache.get("!time:hm")
        if prev and re.fullmatch(r"\d\d:\d\d", prev):
            t = int(prev[:2]) * 60 + int(prev[3:]) + rng.randint(1, 25)
            return "%02d:%02d" % (min(t // 60, 23), t % 60)
        arg = "hm"
    if arg == "hm":
        return "%02d:%02d" % (h, mi)
    if L == "nl":
        return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%02d:%02d" % (h, mi)])
    if L == "nl-be":
        return rng.choice(["%02d:%02d" % (h, mi), "%du%02d" % (h, mi), "%du" % h if mi == 0 else "%du%02d" % (h, mi)])
    if L == "fr-be":
        return rng.choice(["%02d:%02d" % (h, mi), "%dh%02d" % (h, mi), "%d h %02d" % (h, mi)])
    if ctx.sublang == "en-us":
        hh = h % 12 or 12
        return rng.choice(["%d:%02d %s" % (hh, mi, "PM" if h >= 12 else "AM"), "%d:%02d%s" % (hh, mi, "pm" if h >= 12 else "am")])
    return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d%s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am")])


@gen("!year", "year")
def n_year(ctx, arg, key):
    return str(ctx.rng.randint(2011, 2022))


ERROR_FORMS = ["E-%d", "E%d", "ERR-%d", "F%d", "0x8007%04X", "%d", "E-%d", "code %d", "NW-%d", "PAY-%d", "D%d"]


@gen("!error_code", "error_code")
def n_error(ctx, arg, key):
    rng = ctx.rng
    if arg and re.fullmatch(r"h\d{3}", arg):
        return arg[1:]
    k = arg or rng.choice(["E-", "E", "ERR-", "hex", "http", "F-", "NW-", "PAY-", "alpha", "dotted"])
    if k == "E-":
        return "E-%d" % rng.randint(100, 9999)
    if k == "E":
        return "E%d" % rng.randint(10, 999)
    if k == "ERR-":
        return "ERR-%d" % rng.randint(1000, 9999)
    if k == "hex":
        return "0x%08X" % rng.choice([0x80070005, 0x800CCC0E, 0x8004010F, 0x80072EE7, 0xC004F074])
    if k == "http":
        return str(rng.choice([400, 401, 403, 404, 409, 422, 429, 500, 502, 503]))
    if k == "F-":
        return "F-%02d" % rng.randint(1, 99)
    if k == "NW-":
        return "NW-%d-%d" % (rng.randint(1, 9), rng.randint(10, 99))
    if k == "PAY-":
        return "PAY-%d" % rng.randint(100, 999)
    if k == "alpha":
        return rng.choice(["AUTH_FAILED_%d" % rng.randint(10, 99), "ERR_PIN_%d" % rng.randint(100, 999),
                           "CARD_DECLINED_%02d" % rng.randint(1, 99), "SIM_%03d" % rng.randint(1, 999)])
    if k == "dotted":
        return "S%d.%03d" % (rng.randint(1, 9), rng.randint(1, 999))
    raise ValueError(k)


@gen("!flight_number", "flight_number")
def n_flight(ctx, arg, key):
    rng = ctx.rng
    code = rng.choice(ctx.pools["flight"])
    return code + rng.choice(["", " "]) + str(rng.randint(101, 8999))


HASHTAGS = {
    "nl": {"any": W("#klantenservice|#fail|#nietblij|#help|#slechteservice|#geduld|#tweedekeer|#wachten"),
           "telco": W("#storing|#internet|#wifi|#zakelijk|#geenbereik"), "bank": W("#pinnen|#bankieren|#storing"),
           "payments": W("#pinnen|#storing|#ondernemer"), "energy": W("#energie|#jaarafrekening"),
           "webshop": W("#bezorging|#retour"), "parcel": W("#bezorging|#pakketje"), "airline": W("#vertraging|#geannuleerd"),
           "hosting": W("#downtime|#storing"), "insurer": W("#schade|#zorgverzekering"), "accounting": W("#btw|#ondernemer"),
           "gov": W("#toeslagen|#digid")},
    "nl-be": {"any": W("#klantendienst|#nietcontent|#help|#wachten|#schandalig"),
              "telco": W("#storing|#panne|#internet|#gsm"), "bank": W("#bank|#storing"), "payments": W("#zelfstandige|#panne"),
              "energy": W("#energie|#factuur"), "webshop": W("#levering|#bestelling"), "parcel": W("#levering|#pakje"),
              "airline": W("#vertraging|#vlucht"), "hosting": W("#panne"), "insurer": W("#schade"), "accounting": W("#btw"),
              "gov": W("#administratie")},
    "fr-be": {"any": W("#serviceclient|#help|#attente|#honteux|#déçu"),
              "telco": W("#panne|#internet|#wifi|#réseau"), "bank": W("#banque|#panne"), "payments": W("#indépendant|#panne"),
              "energy": W("#énergie|#facture"), "webshop": W("#colis|#commande"), "parcel": W("#colis|#livraison"),
              "airline": W("#retard|#vol"), "hosting": W("#panne"), "insurer": W("#sinistre"), "accounting": W("#tva"),
              "gov": W("#administration")},
    "en": {"any": W("#fail|#customerservice|#help|#stillwaiting|#disappointed|#notimpressed"),
           "telco": W("#outage|#broadband|#wifi|#nosignal"), "bank": W("#banking|#outage"), "payments": W("#smallbusiness|#outage"),
           "energy": W("#energybills"), "webshop": W("#delivery|#refund"), "parcel": W("#delivery|#parcel"),
           "airline": W("#delayed|#cancelled"), "hosting": W("#downtime|#outage"), "insurer": W("#claim"), "accounting": W("#VAT|#smallbusiness"),
           "gov": W("#paperwork")},
}


@gen("!hashtag", "hashtag")
def n_hashtag(ctx, arg, key):
    rng = ctx.rng
    if rng.random() < 0.25:
        b = slug(ctx.get_brand())
        return "#" + rng.choice([b, b + "fail", b + "storing" if ctx.lang.startswith("nl") else b + "down", b + "2024"])
    d = HASHTAGS[ctx.lang]
    if ctx.sector in d and rng.random() < 0.65:
        return rng.choice(d[ctx.sector])
    return rng.choice(d["any"])


@gen("!mention", "mention")
def n_mention(ctx, arg, key):
    rng = ctx.rng
    b = re.sub(r"[^A-Za-z0-9]", "", ctx.get_brand())
    suf = {"nl": ["", "_NL", "NL", "Helpt", "Webcare", "_Zakelijk"], "nl-be": ["", "_BE", "BE", "Help", "_Vlaanderen"],
           "fr-be": ["", "_BE", "Aide", "_FR", "Belgique"], "en": ["", "Help", "Support", "Care"]}[ctx.lang]
    if ctx.lang == "en":
        suf = suf + (["UK", "_UK"] if ctx.sublang == "en-gb" else ["_US", "USA"])
    v = "@" + b + rng.choice(suf)
    if rng.random() < 0.3:
        v = v.lower()
    return v


@gen("!invoice_number", "invoice_number")
def n_invoice(ctx, arg, key):
    rng = ctx.rng
    y = rng.choice([2023, 2024, 2025])
    return rng.choice(["F%d-%06d" % (y, rng.randint(1, 99999)), "INV-%d%02d%02d-%04d" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9999)),
                       "73" + rdig(rng, 8), "%d/%04d" % (y, rng.randint(1, 9999)), "FA-%d" % rng.randint(10000, 99999),
                       "%d%06d" % (y, rng.randint(1, 999999)), "VF%d" % rng.randint(1000000, 9999999), "INV%d" % rng.randint(100000, 999999)])


@gen("!order_number", "order_number")
def n_order(ctx, arg, key):
    rng = ctx.rng
    return rng.choice([rdig(rng, 10, True), "A-%d" % rng.randint(100000, 999999), "NL-%d-%d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)),
                       "ORD-%d-%s" % (rng.randint(1000, 9999), rstr(rng, UP, 2)), "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)),
                       "#%d" % rng.randint(10000, 999999), "BE%d" % rng.randint(1000000, 9999999), "WO%d" % rng.randint(100000, 999999)])


@gen("!ticket_number", "ticket_number")
def n_ticket(ctx, arg, key):
    rng = ctx.rng
    if arg == "hash":
        return "#%d" % rng.randint(10000, 999999)
    return rng.choice(["#%d" % rng.randint(10000, 999999), "CS-%d-%06d" % (rng.choice([2024, 2025]), rng.randint(1, 999999)),
                       "0%d" % rng.randint(2000000, 2999999), "INC%07d" % rng.randint(1, 9999999), "SR-%d" % rng.randint(100000, 999999),
                       "%d/%06d" % (rng.choice([2024, 2025]), rng.randint(1, 999999)), "TK%d" % rng.randint(100000, 999999),
                       "CAS-%05d-%s" % (rng.randint(1, 99999), rstr(rng, UP + DIG, 6))])


@gen("!tracking_number", "tracking_number")
def n_track(ctx, arg, key):
    rng = ctx.rng
    return rng.choice(["3S" + rstr(rng, UP, 4) + rdig(rng, 7), "JVGL" + rdig(rng, 16), "1Z" + rstr(rng, UP + DIG, 6) + rdig(rng, 10),
                       "CZ" + rdig(rng, 9) + "NL", "LX" + rdig(rng, 9) + "BE", "3SDEVC" + rdig(rng, 7), rdig(rng, 14, True),
                       "CD" + rdig(rng, 9) + "BE", "RR" + rdig(rng, 9) + "GB", "9400" + rdig(rng, 18)])


@gen("!meter_reading", "meter_reading")
def n_meter(ctx, arg, key):
    rng = ctx.rng
    L = ctx.lang
    v = rng.randint(1200, 99999)
    form = rng.choice(["plain", "plain", "lead0", "dec"])
    if form == "plain":
        return str(v)
    if form == "lead0":
        return "%06d" % rng.randint(1000, 99999)
    dec = "," if L != "en" else "."
    return "%d%s%d" % (rng.randint(100, 99999), dec, rng.randint(0, 9))


@gen("!model_number", "model_number")
def n_model(ctx, arg, key):
    rng = ctx.rng
    if arg == "router":
        return rng.choice(ctx.pools["router"])
    if arg == "phone":
        vers = [v for kk, v in ctx.cache.items() if kk.startswith("!version_string") and isinstance(v, str)]
        lst = ctx.pools["phone_model"]
        if any(v.startswith("iOS") for v in vers):
            lst = [m for m in lst if "iPhone" in m]
        elif any(v.startswith("Android") for v in vers):
            lst = [m for m in lst if "iPhone" not in m]
        return rng.choice(lst)
    if arg in ("device", "terminal", "pbx", "voip", "laptop"):
        return rng.choice(ctx.pools[arg])
    return rng.choice(ctx.pools["router"] + ctx.pools["phone_model"] + ctx.pools["device"])


@gen("!product_code", "product_code")
def n_product(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["sku", "ean", "art", "sku2"])
    if k == "ean":
        return ean13(rng, rng.choice(["87", "54", "50", "40"]))
    if k == "sku":
        return "%d-%04d-%s" % (rng.randint(10, 99), rng.randint(0, 9999), rstr(rng, UP, 2))
    if k == "art":
        return "%03d.%03d.%02d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 99))
    return rstr(rng, UP, 3) + "-" + rdig(rng, 5)


@gen("!version_string", "version_string")
def n_version(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["ios", "android", "app", "fw", "win", "mac", "semver", "build"])
    if k in ("ios", "android"):
        models = [v for kk, v in ctx.cache.items() if kk.startswith("!model_number") and isinstance(v, str)]
        if any("iPhone" in v for v in models):
            k = "ios"
        elif any(v in ctx.pools["phone_model"] for v in models):
            k = "android"
    if k == "ios":
        return "iOS %d.%d%s" % (rng.randint(15, 18), rng.randint(0, 6), rng.choice(["", ".1", ".2"]))
    if k == "android":
        return "Android %d" % rng.randint(11, 15)
    if k == "app":
        return "%d.%d.%d" % (rng.randint(3, 12), rng.randint(0, 30), rng.randint(0, 9))
    if k == "fw":
        return "%d.%02d" % (rng.randint(6, 8), rng.randint(10, 99))
    if k == "win":
        return rng.choice(["Windows 11 23H2", "Windows 10 22H2", "Windows 11 24H2"])
    if k == "mac":
        return "macOS %d.%d" % (rng.randint(12, 15), rng.randint(0, 6))
    if k == "semver":
        return "v%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 30))
    if k == "build":
        return "%d.%02d.%d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 9))
    raise ValueError(k)


@gen("!percentage", "percentage")
def n_pct(ctx, arg, key):
    rng = ctx.rng
    v = rng.choice(["21", "6", "9", "15", "50", "10", "25", "99,9", "3,5", "12", "100", "30", "40", "8"])
    if ctx.lang == "en":
        v = v.replace(",", ".")
    return v + rng.choice(["%", "%", " %"]) if ctx.lang != "fr-be" else v + rng.choice([" %", "%"])


@gen("!quantity", "quantity")
def n_qty(ctx, arg, key):
    rng = ctx.rng
    dec = "," if ctx.lang != "en" else "."
    thou = "." if ctx.lang in ("nl", "nl-be") else (" " if ctx.lang == "fr-be" else ",")
    k = arg or rng.choice(["gb", "mbps", "kwh", "m3", "gbit", "tb", "kg", "min"])
    if k == "gb":
        return "%d %s" % (rng.choice([5, 10, 20, 30, 50, 100, 200]), rng.choice(["GB", "GB", "gb"]))
    if k == "mbps":
        return "%d %s" % (rng.choice([250, 400, 500, 750, 1000]), rng.choice(["Mbps", "Mbit/s", "Mb"]))
    if k == "mbpslow":
        return "%d %s" % (rng.choice([12, 18, 25, 40, 60, 85, 110]), rng.choice(["Mbps", "Mbit/s", "Mb"]))
    if k == "kwh":
        v = rng.randint(1200, 5800)
        return "%d%s%03d kWh" % (v // 1000, thou, v % 1000)
    if k == "m3":
        return "%d m³" % rng.randint(300, 2400)
    if k == "gbit":
        return rng.choice(["1 Gbit/s", "2 Gbit/s", "1 Gbps", "8 Gbps"])
    if k == "tb":
        return "%d TB" % rng.choice([1, 2, 4])
    if k == "kg":
        return "%d%s%d kg" % (rng.randint(1, 30), dec, rng.randint(0, 9))
    if k == "min":
        return "%d %s" % (rng.choice([45, 60, 90, 120]), {"nl": "minuten", "nl-be": "minuten", "fr-be": "minutes", "en": "minutes"}[ctx.lang])
    if k == "users":
        return "%d %s" % (rng.randint(3, 25), {"nl": "gebruikers", "nl-be": "gebruikers", "fr-be": "utilisateurs", "en": "users"}[ctx.lang])
    raise ValueError(k)


@gen("!url", "url")
def n_url(ctx, arg, key):
    rng = ctx.rng
    b = slug(ctx.get_brand())
    tld = {"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(ctx.lang, "co.uk" if ctx.sublang == "en-gb" else "com")
    paths = {"nl": ["/inloggen", "/storing", "/zakelijk/support", "/mijn", "/klantenservice", "/wachtwoord-vergeten", "/status"],
             "nl-be": ["/aanmelden", "/storingen", "/business/hulp", "/mijn-account", "/klantendienst", "/status"],
             "fr-be": ["/connexion", "/pannes", "/aide", "/mon-compte", "/service-clients", "/pro/support"],
             "en": ["/login", "/status", "/help", "/account", "/support/contact", "/business/help"]}[ctx.lang]
    k = arg or rng.choice(["https", "www", "bare", "mijn"])
    if k == "https":
        return "https://www.%s.%s%s" % (b, tld, rng.choice(paths))
    if k == "www":
        return "www.%s.%s" % (b, tld)
    if k == "bare":
        return "%s.%s%s" % (b, tld, rng.choice(paths))
    if k == "mijn":
        sub = {"nl": "mijn", "nl-be": "mijn", "fr-be": "mon", "en": "my"}[ctx.lang]
        return "https://%s.%s.%s" % (sub, b, tld)
    if k == "docs":
        return "https://docs.%s.%s/api/v%d/%s" % (b, tld if ctx.lang != "en" else "com", rng.randint(1, 3), rng.choice(["payments", "orders", "webhooks", "auth/token", "customers"]))
    if k == "cust":
        comp = ctx.cache.get("company") or g_company(ctx, None, "company")
        ctx.cache["company"] = comp
        return "www." + slug(re.sub(r"\s(B\.V\.|BV|NV|SRL|Ltd|LLC|Co|& Zn)(?=\s|$)", "", comp))[:22] + {"nl": ".nl", "nl-be": ".be", "fr-be": ".be"}.get(ctx.lang, ".co.uk" if ctx.sublang == "en-gb" else ".com")
    raise ValueError(k)


@gen("!masked_value", "masked_value")
def n_masked(ctx, arg, key):
    rng = ctx.rng
    k = arg or rng.choice(["stars", "card", "iban", "phone", "card2", "bullets", "x"])
    if k == "stars":
        return "*" * rng.choice([6, 8, 8, 10])
    if k == "card":
        return "**** **** **** " + rdig(rng, 4)
    if k == "card2":
        return "XXXX-XXXX-XXXX-" + rdig(rng, 4)
    if k == "iban" and ctx.sublang == "en-us":
        return rng.choice(["****", "XXXXXX", "******"]) + rdig(rng, 4)
    if k == "iban":
        cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(ctx.lang, "GB")
        return rng.choice([cc + "** **** **** **" + rdig(rng, 2), cc + "**" + "*" * 8 + rdig(rng, 4), cc + "xx xxxx xxxx xx" + rdig(rng, 2)])
    if k == "phone":
        return rng.choice(["06-****" + rdig(rng, 4), "+31 6 ****" + rdig(rng, 4), "04** ** ** " + rdig(rng, 2), "07*** ***" + rdig(rng, 3), "***-***-" + rdig(rng, 4)])
    if k == "bullets":
        return "•••• " + rdig(rng, 4)
    if k == "x":
        return "xxxx" + rdig(rng, 4)
    raise ValueError(k)


# ---------------------------------------------------------------------------
# template registry and half split
# ---------------------------------------------------------------------------
CH = {"tw": "x_public", "dm": "x_dm", "fb": "facebook_comment", "ms": "messenger", "ig": "instagram_dm",
      "igc": "instagram_comment", "wa": "whatsapp", "tg": "telegram", "em": "email", "ag": "agent_reply"}
REG = {"c": "consumer", "b": "business", "a": "agent"}


class Tpl:
    __slots__ = ("id", "bank", "lang", "family", "register", "sector", "channels", "text", "half", "phs")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


TEMPLATES = []
_TCOUNT = Counter()


def _register(bank, lang, family, register, sector, channels, text):
    key = (bank, lang, family)
    n = _TCOUNT[key]
    _TCOUNT[key] += 1
    t = Tpl(id="%s.%s.%s.%02d" % (bank, lang, family, n), bank=bank, lang=lang, family=family,
            register=REG.get(register, register), sector=sector,
            channels=[CH[c] for c in channels.split()] if channels else [],
            text=text, half=None, phs=None)
    TEMPLATES.append(t)
    return t


def msgs(lang, rows):
    """rows: (family, register, sector, channels, text)"""
    for fam, reg, sec, ch, text in rows:
        _register("msg", lang, fam, reg, sec, ch, text)


def bank(name, lang, texts, sector="any", family=None, register="c"):
    """a text may start with 'sector sector::' to tag it with its own sectors"""
    for t in texts:
        sec = sector
        m = re.match(r"([a-z ]+)::", t)
        if m:
            sec, t = m.group(1), t[m.end():]
        _register(name, lang, family or name, register, sec, "", t)


def sec_ok(t, sec):
    return t.sector == "any" or sec in t.sector.split()


GB_MARKS = ("England", ":ukco", ":ukvat", "Ltd,", "Co. no.")
US_MARKS = (":ein", " Inc.")


def sub_ok(t, ctx):
    """keep UK-only company wording out of US messages and the other way round"""
    if ctx.sublang == "en-us" and any(m in t.text for m in GB_MARKS):
        return False
    if ctx.sublang == "en-gb" and any(m in t.text for m in US_MARKS):
        return False
    return True


def sec_exact(t, sec):
    return t.sector != "any" and sec in t.sector.split()


def bodies(lang, rows):
    """e-mail body blocks: (family, register, sector, text)"""
    for fam, reg, sec, text in rows:
        _register("ebody", lang, fam, reg, sec, "", text)


def deal_templates():
    groups = defaultdict(list)
    for t in TEMPLATES:
        groups[(t.bank, t.family, t.lang, t.register)].append(t)
    seen = {}
    for gi, (key, lst) in enumerate(groups.items()):
        # groups take turns in which half gets their first template, so single-template
        # groups do not all land in dev
        cnt = {"dev": 0, "heldout": 0} if gi % 2 == 0 else {"dev": 0.5, "heldout": 0}
        for t in lst:
            # identical template text in another group keeps the half it already has;
            # a new text goes to the half that has fewer templates of this group so far
            # (dev first on a tie), which is plain alternation when nothing is shared
            if t.text in seen:
                t.half = seen[t.text]
            else:
                t.half = "dev" if cnt["dev"] <= cnt["heldout"] else "heldout"
                seen[t.text] = t.half
            cnt[t.half] += 1
    for t in TEMPLATES:
        t.phs = placeholders_of(re.sub(r"#(?=[}:])", "11", t.text.replace("@@", "")))


def half_banks(half):
    out = defaultdict(list)
    for t in TEMPLATES:
        if t.half == half:
            out[(t.bank, t.lang)].append(t)
    return out


def pick_from_bank(ctx, name, lang=None, sector=None):
    lst = ctx.pools["_banks"].get((name, lang or ctx.lang), [])
    if not lst:
        raise KeyError("empty bank %s/%s in %s" % (name, lang or ctx.lang, ctx.half))
    sec = sector or ctx.sector
    lst = [t for t in lst if sub_ok(t, ctx)] or lst
    if name in ("neg", "fill"):
        used = getattr(ctx, "used_tids", set())
        fresh = [t for t in lst if t.id not in used and sec_ok(t, sec)]
        lst = fresh or lst
    pref = [t for t in lst if sec_exact(t, sec)]
    anyl = [t for t in lst if t.sector == "any"]
    if pref and (not anyl or ctx.rng.random() < 0.7):
        return ctx.rng.choice(pref)
    if anyl:
        return ctx.rng.choice(anyl)
    return ctx.rng.choice(lst)


@gen("bank")
def g_bank(ctx, arg, key):
    t = pick_from_bank(ctx, arg)
    return ctx.render(t.text, t.id)


@gen("neg")
def g_negsnip2(ctx, arg, key):
    t = pick_from_bank(ctx, "neg")
    ctx.used_tids = getattr(ctx, "used_tids", set()) | {t.id}
    return ctx.render(t.text, t.id)


@gen("fill")
def g_fill2(ctx, arg, key):
    t = pick_from_bank(ctx, "fill")
    ctx.used_tids = getattr(ctx, "used_tids", set()) | {t.id}
    return ctx.render(t.text, t.id)


def _table(ctx, bankname, arg):
    """A table/list: the bank template holds 'HEADER@@ROW@@FOOTER'; '#' in ROW placeholders
    becomes the row number so every row gets its own person and values."""
    t = pick_from_bank(ctx, bankname)
    parts = t.text.split("@@")
    head, row = parts[0], parts[1]
    foot = parts[2] if len(parts) > 2 else ""
    lo, hi = (arg or "2-5").split("-")
    n = ctx.rng.randint(int(lo), int(hi))
    segs = ctx.render(head, t.id) if head else []
    for i in range(n):
        r = row.replace("#", str(11 + i)).replace("%N", str(i + 1))
        segs += ctx.render(r, t.id)
    if foot:
        segs += ctx.render(foot, t.id)
    return segs


@gen("simtable")
def g_simtable(ctx, arg, key):
    return _table(ctx, "simtable", arg)


@gen("userlist")
def g_userlist(ctx, arg, key):
    return _table(ctx, "userlist", arg)


@gen("meterlist")
def g_meterlist(ctx, arg, key):
    return _table(ctx, "meterlist", arg)


REQUIRED_BANKS = ["greeting", "opener", "closer", "signoff", "sig", "sig_clean", "disclaimer", "footer", "subject",
                  "toprply", "qhdr", "qhdr_agent", "outlook", "outlook_agent", "outlook_clean", "outlook_clean_agent", "fwdhdr", "fwdtop",
                  "agentask", "subjects_plain", "simtable", "userlist", "meterlist", "cardlist", "clientlist", "extlist",
                  "codelist", "neg", "fill", "msg", "ebody",
                  "ebody_neg"]


def check_banks():
    errs = []
    have = Counter((t.bank, t.lang, t.half) for t in TEMPLATES)
    for b in REQUIRED_BANKS:
        for lang in LANGS:
            for h in HALVES:
                if have[(b, lang, h)] == 0:
                    errs.append("bank %s/%s empty in %s" % (b, lang, h))
    return errs


# ===========================================================================
# DUTCH (NL)
# ===========================================================================
msgs("nl", [
    # --- logins ---------------------------------------------------------------
    ("login", "c", "telco", "wa ms ig tg dm",
     "Hoi, ik kom niet in Mijn {brand}. Inloggen met {username} en ww {password} geeft steeds foutcode {!error_code}. Wat gaat er mis?"),
    ("login", "c", "bank", "dm wa tg",
     "kan niet inloggen, {username} {password} klopt toch?? {emo:angry}"),
    ("login", "c", "webshop", "em ms",
     "Goedemiddag,\n\nSinds de update naar app versie {!version_string:app} lukt inloggen niet meer.\ngebruikesnaam: {username}\nwachtwood: {password}\nIk heb het al {n:3-5} keer geprobeerd, steeds 'onbekende combinatie'.\n\nGroet, {first}"),
    ("login", "c", "energy", "wa tg",
     "{password} is mijn ww en mijn gebruikersnaam is {username}. Kan iemand kijken waarom ik mijn jaarafrekening niet kan openen?"),
    ("login", "c", "telco", "ms ig",
     "Inlog {username} pw={password} , krijg een wit scherm na het inloggen op {!url:mijn}"),
    ("login", "c", "hosting", "wa tg dm",
     "credentials: {username}:{password}\nwerkt niet in het klantenpaneel, wel in de webmail. Raar toch?"),
    ("login", "c", "insurer", "ms wa",
     "Mijn dochter heeft het wachtwoord veranderd. Het nieuwe is {password} (met hoofdletter). Gebruikersnaam nog steeds {username}. Nu zegt de app 'account vergrendeld'."),
    ("login", "c", "bank", "em",
     "Beste,\n\nIemand heeft mijn wachtwoord gewijzigd! Ik had {password} en dat werkt niet meer. Ik heb niks aangevraagd. Mijn klantnummer is {customer_number}.\nGraag zo snel mogelijk bellen op {phone}.\n\nMvg\n{name}"),
    ("login", "c", "accounting", "wa tg",
     "inloggen op de boekhoudapp:\nuser {username}\npass {password}\nen dan draait ie eindeloos"),
    ("login", "c", "webshop", "dm ig",
     "Heb een nieuw wachtwoord aangemaakt ({password}) maar de mail met de bevestiging komt niet. Account is {email}."),
    ("login", "c", "gov", "wa ms",
     "Log in met {username} en wachtw. {password} en dan zegt hij 'sessie verlopen'. Al sinds {!date} zo. Ik moet voor {!date2} mijn gegevens doorgeven!"),
    ("login", "c", "parcel", "ms tg",
     "hallo ik krijg het niet voor elkaar om in te loggen. naam {username} wachtwoord {password}. Ik wil alleen mijn pakket {!tracking_number} omleiden"),
    # --- SIM PIN / PUK ----------------------------------------------------------
    ("sim", "c", "telco", "wa ms tg",
     "Nieuwe simkaart gekregen maar de pincode {pin} werkt niet, nu vraagt hij om de PUK {emo:sad}"),
    ("sim", "c", "telco", "wa tg ig",
     "Telefoon vraagt om PUK-code. In Mijn {brand} staat PUK {puk}, maar die wordt niet geaccepteerd. Nog {n:3-9} pogingen over!!"),
    ("sim", "c", "telco", "ms wa",
     "is dit de goeie puk? {puk}"),
    ("sim", "c", "telco", "wa",
     "Mijn zoon heeft 3x de verkeerde pin ingetoetst op zijn {!model_number:phone}. In de app zie ik pukcode: {puk} maar hoe voer ik die in? En daarna wil ik pin {pin} instellen."),
    ("sim", "c", "telco", "tg ms",
     "[{!time:hm}] {brand}: Welke PUK staat er op je simkaarthouder?\n[{!time:hm}] Ik: {puk}\n[{!time:hm}] Ik: werkt niet"),
    ("sim", "c", "telco", "wa ig",
     "{puk} ← dat is de code die op het plastic kaartje stond. Telefoon zegt 'ongeldige PUK'"),
    ("sim", "c", "telco", "dm wa",
     "sim pin {pin}, sim puk {puk}. Staat allebei op het kaartje maar mijn {!model_number:phone} blijft 'SIM geblokkeerd' zeggen"),
    ("sim", "c", "telco", "tw",
     "{!mention} nieuwe eSIM geactiveerd, pincode {pin} ingesteld en nu geen bereik meer. Super {emo:angry} {!hashtag}"),
    # --- bank PIN ----------------------------------------------------------------
    ("pin", "c", "bank", "wa ms",
     "Mijn pas is geblokkeerd na 3x verkeerde pincode. Ik weet zeker dat het {pin} is! Pas eindigt op {!masked_value:bullets}."),
    ("pin", "c", "bank", "ms tg",
     "pincdoe van de app vergeten, ik dacht {pin:5} maar dat is het niet. Kan ik hem resetten zonder naar het kantoor te gaan?"),
    ("pin", "c", "bank", "tw",
     "{!mention} jullie automaat in {city} slikt mijn pas in terwijl ik gewoon {pin} intoets. Geld kwijt, pas kwijt {emo:angry} {!hashtag}"),
    ("pin", "c", "bank", "wa",
     "pin is {pin}, nee wacht hij is {pin2}. Die andere was van mijn oude pas. Dus {pin2} werkt niet"),
    ("pin", "c", "bank", "dm ms",
     "Bij het pinnen in de supermarkt kreeg ik 'pincode onjuist'. Ik gebruik al jaren {pin}. Foutcode op het scherm: {!error_code}."),
    ("pin", "c", "bank", "wa ig",
     "{pin} is mijn pincode toch? Die heb ik per brief gekregen op {!date}"),
    # --- OTP ---------------------------------------------------------------------
    ("otp", "c", "bank", "wa ms",
     "Ik krijg een sms met code {otp} maar de app zegt dat de code verlopen is."),
    ("otp", "c", "webshop", "dm ig tg",
     "verificatiecdoe was {otp}, werkte niet. nieuwe aangevraagd om {!time}, nog niks binnen"),
    ("otp", "c", "bank", "wa",
     "Iemand belde namens {brand} en vroeg om de code uit de sms. Ik heb {otp} doorgegeven 😰 Is mijn rekening nu in gevaar?? Mijn nummer is {phone}"),
    ("otp", "c", "hosting", "tg ms",
     "{otp:g} kreeg ik net binnen, maar ik heb niks aangevraagd??"),
    ("otp", "c", "accounting", "ms wa",
     "2FA-code komt niet aan. Nu wel: {otp:space}. Te laat, verlopen. Dit is de {n:3-5}e keer vandaag"),
    ("otp", "c", "gov", "em",
     "Goedemorgen,\n\nBij het inloggen krijg ik een eenmalige code per sms ({otp:dash}) maar de site blijft hangen op 'controleren'. Gebruik Safari op {!version_string:ios}.\n\nMet vriendelijke groet,\n{name}\n{phone}"),
    ("otp", "c", "telco", "wa",
     "Dit is de sms-code: {otp}\nvoor het overzetten van mijn nummer"),
    ("otp", "c", "payments", "ms tg",
     "code {otp:4} staat in mijn sms maar het betaalscherm zegt 'ongeldig'. Bedrag was {!amount}"),
    # --- wifi ------------------------------------------------------------------
    ("wifi", "c", "telco", "wa ms ig",
     "Ons wifi wachtwoord is {wifi_key} maar mijn laptop wil niet verbinden met {ssid}."),
    ("wifi", "c", "telco", "wa tg",
     "netwerksleutel van de sticker ({wifi_key}) werkt niet meer sinds de monteur is geweest"),
    ("wifi", "c", "telco", "ms dm",
     "Modem {!model_number:router}, wifi-code {wifi_key}. Verbinding valt elk half uur weg, snelheid soms maar {!quantity:mbps}."),
    ("wifi", "c", "telco", "wa ig",
     "Heb het wifiwachtwoord veranderd in {wifi_key:custom}, nu doet de tv het niet meer. Moet ik iets resetten?"),
    ("wifi", "c", "telco", "tg ms",
     "WPA key: {wifi_key}\nSSID: {ssid}\ntoch 'verkeerd wachtwoord'. Help?"),
    ("wifi", "c", "telco", "wa",
     "{wifi_key} staat achterop de router, dat typ ik ook in. Telefoon zegt 'kan niet verbinden' {emo:sad}"),
    ("wifi", "c", "telco", "fb",
     "Ik heb precies hetzelfde! Wifi-sleutel {wifi_key} van de sticker doet niks meer na de update van vannacht."),
    # --- card / cvv / expiry ---------------------------------------------------
    ("card", "c", "webshop", "ms wa",
     "Betaling in de webshop lukt niet. Kaart {card}, geldig tot {card_expiry}, cvc {cvv}. Krijg melding {!error_code}."),
    ("card", "c", "bank", "wa tg",
     "Mijn creditcard {card} ({card_expiry}) is gestolen, graag blokkeren!!"),
    ("card", "c", "airline", "ms dm",
     "code achterop is {cvv}, kaartnummer {card}. Kunnen jullie de stoelreservering ({!amount}) zo afrekenen?"),
    ("card", "c", "webshop", "wa",
     "{card} {card_expiry} {cvv}\nkunnen jullie handmatig afschrijven? bestelling {!order_number}"),
    ("card", "c", "insurer", "ms tg",
     "Ik wil de premie voortaan met mijn creditcard betalen: {card}, vervaldatum {card_expiry}, 3 cijfers achterop: {cvv}"),
    ("card", "c", "bank", "dm wa",
     "Ik zie een afschrijving van {!amount} op mijn kaart {!masked_value:card}, niet door mij gedaan. Kaart zit gewoon in mijn portemonnee."),
    ("card", "c", "webshop", "ig",
     "kaartnr {card} exp {card_expiry:mmyy} cvv {cvv} werkt niet bij jullie checkout, bij andere sites wel"),
    # --- IBAN --------------------------------------------------------------------
    ("iban", "c", "webshop", "ms wa em",
     "Graag het bedrag van {!amount} terugstorten op {iban} t.n.v. {name}. Retour van bestelling {!order_number} is al op {!date} bij jullie bezorgd."),
    ("iban", "c", "energy", "wa ms",
     "Nieuw rekeningnummer: {iban}. Wil de automatische incasso daarop zetten per {!date}."),
    ("iban", "c", "insurer", "tg ms",
     "Jullie hebben mijn IBAN verkeerd overgenomen, er staat {!masked_value:iban} maar het moet {iban} zijn"),
    ("iban", "c", "webshop", "wa",
     "{iban} ← daar mag het geld naartoe"),
    ("iban", "c", "telco", "ms dm",
     "rekeningnr is {iban}, klantnummer {customer_number}. Waarom is er {n:2-3}x afgeschreven deze maand?"),
    ("iban", "c", "airline", "em",
     "Geachte heer/mevrouw,\n\nVlucht {!flight_number} van {!date} werd geannuleerd. Ik heb recht op terugbetaling van {!amount}. Mijn rekening: {iban} (op naam van {name}).\n\nMet vriendelijke groet,\n{name}"),
    # --- BSN ---------------------------------------------------------------------
    ("bsn", "c", "gov", "ms wa",
     "Voor de toeslag moet ik mijn BSN doorgeven: {bsn}. Klopt het dat jullie dat nodig hebben?"),
    ("bsn", "c", "insurer", "wa tg",
     "Gegevens: {name} {date_of_birth} {bsn}"),
    ("bsn", "c", "insurer", "ms em",
     "burgerservicenummer {bsn}, geb datum {date_of_birth}. Mijn pasje is nog steeds niet binnen."),
    ("bsn", "c", "gov", "wa",
     "Mijn sofinummer (nu heet het bsn) is {bsn}, wat moet ik nog meer opsturen?"),
    ("bsn", "c", "insurer", "tg ms",
     "BSN van mijn zoon: {bsn}, hij is van {date_of_birth}. Graag bijschrijven op mijn polis {customer_number}."),
    ("bsn", "c", "gov", "dm wa",
     "Bij het aanvragen vraagt de site om mijn bsn ({bsn}) en dan krijg ik {!error_code}. Browser {!version_string:android}"),
    # --- API / tokens ------------------------------------------------------------
    ("api", "b", "payments", "em tg",
     "Hoi, onze integratie geeft sinds vanochtend {!error_code:h401} Unauthorized. We sturen key {api_key:sk} mee in de header. Is die ingetrokken?"),
    ("api", "b", "webshop", "em ms",
     "WooCommerce koppeling: consumer key {api_key:ck} en consumer secret {api_key:cs}. De webhooks komen niet door, orders blijven op 'in afwachting' ({!order_number} bijvoorbeeld)."),
    ("api", "b", "hosting", "tg",
     "Bearer {token:jwt} → geeft {!error_code:h401} sinds {!date}. Niks aan onze kant veranderd."),
    ("api", "b", "hosting", "em tg",
     "Ik heb per ongeluk onze GitHub token ({token:ghp}) in een ticket geplakt ({!ticket_number}). Kunnen jullie dat ticket verwijderen? Token is al ingetrokken hoor."),
    ("api", "b", "parcel", "em",
     "API sleutel: {api_key:api}\nEndpoint: {!url:docs}\nfoutmelding: {!error_code:h429} rate limit, terwijl we maar {n:40-90} labels per uur aanmaken."),
    ("api", "b", "accounting", "tg ms",
     "token {token:hex40} werkt niet meer na het roteren, moet ik een nieuwe aanvragen?"),
    ("api", "b", "payments", "tg",
     "test key {api_key:sktest} werkt wel, live key {api_key:sk} niet. Zelfde code. Iemand een idee?"),
    # --- other personal data -----------------------------------------------------
    ("move", "c", "telco", "ms wa em",
     "Ik ga verhuizen naar {address}. Klantnummer {customer_number}. Graag de aansluiting per {!date} overzetten, het liefst zonder dat ik dagen zonder internet zit."),
    ("contact", "c", "energy", "wa ms",
     "Bel me even op {phone}, ik ben vandaag tot {!time} bereikbaar"),
    ("contact", "c", "webshop", "ig dm",
     "mijn mail is {email:spaced} , daar komt niks binnen"),
    ("ip", "b", "telco", "em tg",
     "Ons vaste IP {ip_address} is sinds vannacht {!time} niet bereikbaar van buitenaf. Firewall staat goed, poort 443 open."),
    ("contact", "c", "insurer", "ms wa",
     "Ik ben van {date_of_birth:young}, dus de jongerenkorting klopt niet meer? Premie ging van {!amount} naar {!amount2}."),
    ("contact", "c", "parcel", "wa",
     "Bezorger heeft het pakket bij de buren gelegd maar ik weet niet welke. Ik woon {address:street}. Track & trace {!tracking_number}"),
    ("contact", "c", "energy", "em",
     "Beste {brand},\n\nIk regel de zaken van {name2} (geboren {date_of_birth2}), die vorige maand is overleden. Ik wil het contract op het adres {address2} opzeggen. Het klantnummer is {customer_number2}. Ik ben bereikbaar op {phone} of {email}.\n\nMet vriendelijke groet,\n{name}"),
    # --- no span (hard negatives) ------------------------------------------------
    ("neg", "c", "payments", "tw",
     "{!mention} al {n:3-5} dagen {!error_code} bij het pinnen in de winkel. Terminal {!model_number:terminal}, software {!version_string:fw}. Ticket {!ticket_number} en nog steeds niks {!hashtag}"),
    ("neg", "c", "telco", "ms wa em",
     "Factuur {!invoice_number} klopt niet: {!amount} in plaats van {!amount2}. Jullie rekenen {!percentage} btw over de korting."),
    ("neg", "c", "energy", "ms wa",
     "Meterstand doorgegeven op {!date}: {!meter_reading} (normaal) en {!meter_reading2} (dal). Voorschot gaat van {!amount} naar {!amount2}??"),
    ("neg", "c", "parcel", "tw",
     "{!mention} pakket {!tracking_number} staat al sinds {!date} op 'in sortering' {emo:sad} {!hashtag}"),
    ("neg", "c", "airline", "tw ms",
     "Vlucht {!flight_number} van {!date} om {!time} geannuleerd en niemand neemt op bij {!company_phone}. Wanneer krijg ik de {!amount} terug?"),
    ("neg", "c", "webshop", "ms ig",
     "Bestelnummer {!order_number}, artikel {!product_code:ean}. Ik heb maat 38 besteld en 42 gekregen."),
    ("neg", "c", "bank", "tw fb",
     "Sinds de update naar {!version_string:ios} crasht de app zodra ik 'pincode wijzigen' open. {!model_number:phone}. Iemand anders ook?"),
    ("neg", "c", "telco", "ms wa",
     "Mijn {!model_number:phone} geeft 'SIM geblokkeerd'. De PUK staat op het plastic kaartje maar dat heb ik weggegooid. Hoe kom ik eraan?"),
    ("neg", "c", "telco", "tw",
     "{!mention} {!quantity:gb} bundel is na {n:4-9} dagen al op?? Ik heb bijna niks gedaan {emo:angry} {!hashtag}"),
    ("neg", "c", "telco", "fb igc",
     "Beloofd: {!quantity:mbps}. Gemeten vanavond om {!time:evening}: {!quantity2:mbpslow}. Modem {!model_number:router} al {n:2-4}x herstart."),
    ("neg", "c", "bank", "ms wa",
     "Mijn nieuwe pas is nog niet binnen, aangevraagd op {!date}. De pincode-brief wel?? Referentie {!ticket_number}."),
    ("neg", "c", "energy", "tw",
     "{!mention} jaarafrekening {!year}: {!quantity:kwh} en {!quantity2:m3}, terugbetaling van {!amount} beloofd op {!date}. Nog niks gezien. {!hashtag}"),
    ("neg", "c", "insurer", "fb",
     "Al {n:3-6} weken wachten op de uitkering van schade {!ticket_number}. Eigen risico was {!amount}, dat heb ik al betaald. {emo:angry}"),
    ("neg", "c", "webshop", "igc",
     "Ik wacht nog steeds op order {!order_number} {emo:sad} zie alleen {!url:www}"),
    ("neg", "c", "hosting", "tw",
     "{!mention} is er een storing? Al onze sites geven {!error_code:http} sinds {!time}. Status pagina {!url:bare} zegt alles groen {!hashtag}"),
    ("neg", "c", "telco", "ms wa",
     "De wifi-code staat op de sticker onder het modem ({!model_number:router}), maar de sticker is onleesbaar. Kunnen jullie een nieuwe sturen?"),
    ("neg", "c", "accounting", "em ms",
     "Bij het importeren van de bankbestanden (CAMT.053) krijg ik foutmelding {!error_code} in versie {!version_string:app}. Betreft boekjaar {!year}."),
    ("neg", "c", "payments", "ms wa",
     "De terminal ({!model_number:terminal}) vraagt bij elke transactie boven {!amount} om een pincode, ook contactloos. Is dat een instelling?"),
    # --- agent replies ---------------------------------------------------------
    ("agent", "a", "telco", "ag",
     "Hoi {first}, vervelend dat je niet kunt inloggen! Wil je ons in een DM je klantnummer en postcode sturen? Stuur nooit je wachtwoord mee. {sig}"),
    ("agent", "a", "bank", "ag",
     "Dank je, {first}. Ik zie dat het bedrag van {!amount} op {!date} is teruggestort naar {!masked_value:iban}. Groetjes, {agent}"),
    ("agent", "a", "telco", "ag",
     "Ik heb de PUK voor je opgezocht: {puk}. Voer eerst de PUK in en daarna een nieuwe pincode naar keuze. Lukt het niet, laat het weten! {sig}"),
    ("agent", "a", "webshop", "ag",
     "Je tijdelijke wachtwoord is {password:strong}. Wijzig dit direct na het inloggen via {!url:mijn}. Groet, {agent}"),
    ("agent", "a", "telco", "ag",
     "Top, ik heb het nieuwe adres ({address}) genoteerd bij klantnummer {customer_number}. De monteur komt op {!date} tussen {!time} en {!time2}. {sig}"),
    ("agent", "a", "energy", "ag",
     "Je kunt ons ook bellen op {!company_phone} (gratis), dan kijken we samen naar de meterstanden. Je ticketnummer is {!ticket_number}. {sig}"),
    ("agent", "a", "bank", "ag",
     "Hoi {first}, wij vragen nooit om je pincode of de code uit de sms. Heb je {otp} met iemand gedeeld? Bel dan direct {!company_phone} om je pas te blokkeren. {agent}"),
    ("agent", "a", "insurer", "ag",
     "Goedemiddag {name}, de wijziging van je rekeningnummer naar {iban} is verwerkt. De eerstvolgende premie van {!amount} wordt op {!date} afgeschreven. Groet, {agent}"),
])

# negative sentences (mixed into longer messages)
bank("neg", "nl", [
    "payments bank::Foutcode {!error_code} bij het pinnen, terminal {!model_number:terminal}.",
    "telco::Modem {!model_number:router}, wifi wachtwoord staat op de sticker.",
    "Factuurnummer {!invoice_number}, bedrag {!amount}.",
    "Dit speelt sinds {!date} rond {!time}.",
    "Ik gebruik de app versie {!version_string:app} op een {!model_number:phone}.",
    "Ons ticketnummer is {!ticket_number}, dus het is al bekend bij jullie.",
    "webshop parcel::Bestelnummer {!order_number}, track & trace {!tracking_number}.",
    "telco::We zitten op het {!quantity:mbps} abonnement van {!amount} per maand.",
    "Klant sinds {!year}, nooit eerder problemen gehad.",
    "telco payments::De pincode-melding kwam pas na de firmware-update naar {!version_string:fw}.",
    "Jullie servicenummer {!company_phone} is de hele dag in gesprek.",
    "Op de site ({!url}) staat niets over een storing.",
    "In de app staat de code als {!masked_value:stars}, ik kan hem niet zien.",
    "webshop parcel::Artikelnummer {!product_code} staat ook op de pakbon.",
    "energy::Verbruik vorig jaar was {!quantity:kwh}, nu ineens {!percentage} meer voorschot.",
], sector="any")
bank("neg", "nl", [
    "Meterstand vandaag: {!meter_reading}.",
    "Stand van de gasmeter op {!date}: {!meter_reading}.",
], sector="energy")
bank("neg", "nl", [
    "Pas eindigt op {!masked_value:card}, rekening {!masked_value:iban}.",
    "Foutcode {!error_code:alpha} bij het inloggen met de pincode.",
], sector="bank")

bank("fill", "nl", [
    "Ik hoop dat jullie me snel kunnen helpen.",
    "Ik heb al twee keer gebeld maar kom steeds in de wacht.",
    "Het is voor ons echt belangrijk, we kunnen zo niet werken.",
    "Vorige week werkte alles nog gewoon.",
    "Mijn collega heeft hetzelfde probleem.",
    "Ik heb het apparaat al een paar keer opnieuw opgestart.",
])

# ---- e-mail building blocks --------------------------------------------------------
bank("greeting", "nl", ["Beste,", "Geachte heer/mevrouw,", "Hallo {brand},", "Goedemiddag,", "Beste medewerker,",
                        "Hoi,", "Goedemorgen {brand} Zakelijk,", "Beste {agent},", "L.S.,", "Hallo,"])
bank("opener", "nl", [
    "Naar aanleiding van ons telefoongesprek van {!date} stuur ik jullie hierbij de gevraagde gegevens.",
    "Ik loop al een tijdje tegen een probleem aan en kom er zelf niet meer uit.",
    "Via de chat werd ik doorverwezen naar dit mailadres, dus ik probeer het hier.",
    "Zoals besproken met uw collega ({agent}) stuur ik de informatie nog even op de mail.",
    "Wij zijn sinds {!year} klant bij jullie en hebben eigenlijk nooit problemen gehad, maar nu loopt het vast.",
    "Excuus voor de lange mail, maar ik wil alles in één keer goed doorgeven.",
    "Onze vaste IT-leverancier is met vakantie, dus ik probeer het zelf op te lossen.",
    "Ik stuur deze mail namens ons kantoor, de directeur staat in de cc.",
    "Hierbij reageer ik op jullie brief van {!date} met kenmerk {!ticket_number}.",
    "Vanochtend om {!time:morning} ontdekten we dat niemand meer kon inloggen.",
])
bank("closer", "nl", [
    "Alvast bedankt voor de snelle reactie.",
    "Kunnen jullie dit vandaag nog oppakken? We zitten echt vast.",
    "Laat maar weten als er nog iets nodig is.",
    "Ik hoor graag wanneer dit geregeld is.",
    "Bij vragen ben ik de hele dag bereikbaar.",
    "Graag een bevestiging per mail als het verwerkt is.",
    "Mocht het sneller telefonisch gaan, dan hoor ik het graag.",
    "Dank voor de moeite!",
])
bank("signoff", "nl", ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Mvg,", "Groet,", "Groetjes,",
                       "Vriendelijke groet,", "Hartelijke groet,", "Alvast bedankt,", "Gr.", "Met vriendelijke groet"])
bank("sig", "nl", [
    "{name}\n{role}\n{company}\n{address:block}\nT: {phone:landline}\nM: {phone}\nE: {email:work}\n{!url:cust}",
    "{name} | {role} | {company}\nMobiel {phone} | {email:work}",
    "{name}\n{company}\n{address:block}\nKvK {!company_registration:kvk} | BTW {!company_registration:btw}",
    "{first}\n\nVerstuurd vanaf mijn iPhone",
    "{name}\n{phone}",
    "{name}\n{address}\n{phone}",
    "{initial}\n{role}, {company}\nTel. {phone:landline} / {phone}",
    "{first} {last}\n{email}",
    "{name}\n{role}\n\n{company}\n{address:block}\n\nT {phone:landline}\nwww: {!url:cust}\nKvK-nummer: {!company_registration:kvk}",
    "{first}\nVerzonden met de mail-app van {!model_number:phone}",
], register="c")
bank("disclaimer", "nl", [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als u dit bericht per abuis hebt ontvangen, wordt u verzocht het te verwijderen en de afzender te informeren. {company} is ingeschreven bij de KvK onder nummer {!company_registration:kvk}, btw-nummer {!company_registration:btw}.",
    "Aan deze e-mail kunnen geen rechten worden ontleend. Op al onze diensten zijn de algemene voorwaarden van toepassing (KvK {!company_registration:kvk}).",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Let op: wij zijn op vrijdag gesloten. Voor spoed: zie {!url:cust}.",
])
bank("footer", "nl", [
    "{brand} B.V. | Postbus {n:100-9999} | {n2:3430-3439} ZZ Nieuwegein | KvK {!company_registration8:kvk} | BTW {!company_registration8:btw}\nKlantenservice: {!company_phone} (ma-vr 8-20 uur) | {!url:www}",
    "Met vriendelijke groet,\n\n{agent}\nTeam Zakelijk | {brand}\n{!company_phone} | {!url}\n\n{brand} Nederland B.V., Stationsplein {n:1-90}, Hoofddorp. KvK-nummer {!company_registration8:kvk}.",
    "Groet,\n{agent} | Klantenservice {brand}\nBereikbaar via {!company_phone} of {!url:https}\nDeze e-mail is automatisch gecontroleerd op virussen.",
    "Met vriendelijke groet,\n\n{agent}\nKlantcontact {brand}\n\nBel ons op {!company_phone} | Chat via {!url:mijn}\nKvK {!company_registration8:kvk} | Ons kenmerk: {!ticket_number}",
])
bank("subject", "nl", [
    "telco::Onderwerp: RE: [Ticket {!ticket_number:hash}] Storing internet kantoor",
    "telco::Onderwerp: Simkaarten medewerkers",
    "Onderwerp: RE: Uw vraag over factuur {!invoice_number}",
    "Onderwerp: Inloggegevens werken niet",
    "webshop payments hosting parcel accounting::Onderwerp: FW: gegevens voor de koppeling",
    "bank energy insurer webshop telco accounting airline::Onderwerp: Wijziging bankgegevens",
    "telco::Onderwerp: RE: RE: Aanvraag nummerbehoud",
    "payments::Onderwerp: Spoed - pinautomaat werkt niet",
    "telco::Onderwerp: Doorst: inlog telefooncentrale",
    "accounting insurer energy::Onderwerp: Vraag namens cliënt",
])
bank("toprply", "nl", [
    "Zie onderstaand.",
    "Zie onderstaande mail, graag verwerken.",
    "Hierbij nogmaals, want ik heb nog geen reactie gehad.",
    "Ter info, zie hieronder.",
    "Gegevens staan hieronder. Alvast dank!",
    "Zie de mail van mijn collega hieronder.",
    "Nog steeds niet opgelost. Zie mijn eerdere mail.",
    "Bij deze, zie beneden.",
])
bank("qhdr", "nl", [
    "Op {!date:quote} om {!time:hdr} schreef {name} <{email}>:",
    "Op {!date:quote} {!time:hdr} schreef {name} <{email}>:",
    "Op {!date:quote}, om {!time:hdr} heeft {name} <{email}> het volgende geschreven:",
])
bank("qhdr_agent", "nl", [
    "Op {!date:quote} om {!time:hdr} schreef {brand} Klantenservice:",
    "Op {!date:quote} {!time:hdr} schreef {agent} van {brand}:",
])
bank("outlook", "nl", [
    "Van: {name} <{email}>\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {brand} Zakelijk\nOnderwerp: {subj}",
    "Van: {name} [mailto:{email}]\nVerzonden: {!date:outlook} {!time:hdr}\nAan: Klantenservice {brand}\nOnderwerp: {subj}",
])
bank("outlook_agent", "nl", [
    "Van: {brand} Klantenservice\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name} <{email}>\nOnderwerp: {subj}",
    "Van: {agent} | {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {email}\nOnderwerp: RE: {subj}",
])
bank("fwdhdr", "nl", [
    "---------- Doorgestuurd bericht ---------\nVan: {name9} <{email9}>\nDate: {!date:quote} om {!time:hdr}\nSubject: {subj}\nTo: {name} <{email}>",
    "Begin doorgestuurd bericht:\n\nVan: {name9} <{email9}>\nDatum: {!date:hdrlong} om {!time:hdr}\nAan: {name} <{email}>\nOnderwerp: {subj}",
])
bank("fwdtop", "nl", [
    "Beste,\n\nHierbij de lijst van onze office manager. Kunnen jullie dit vandaag nog regelen?",
    "Hoi,\n\nIk stuur de mail van mijn collega door, daar staat alles in.",
    "Goedemiddag,\n\nOnderstaande gegevens kregen we van onze IT-partij. Graag activeren.",
    "Beste {brand},\n\nZie de mail hieronder van onze boekhouder. Wij snappen er zelf niks van.",
])
bank("agentask", "nl", [
    "Beste {name},\n\nBedankt voor uw bericht. Om uw aanvraag te kunnen verwerken hebben wij nog enkele gegevens nodig. Kunt u deze per mail aan ons doorgeven? Uw ticketnummer is {!ticket_number}.",
    "Hallo {first},\n\nDank voor je mail. Helaas kunnen we je account niet vinden met de gegevens die je hebt gestuurd. Wil je je klantnummer en de naam van de accounthouder doorgeven?",
    "telco::Beste {first},\n\nWe hebben je vraag doorgezet naar de technische afdeling (ticket {!ticket_number}). Ze vragen of je de inloggegevens van de telefooncentrale en de gebruikte firmwareversie kunt sturen.",
    "Geachte heer/mevrouw,\n\nUw aanvraag met kenmerk {!ticket_number} is in behandeling. De gemiddelde doorlooptijd is op dit moment {n:3-10} werkdagen.",
])
bank("subjects_plain", "nl", ["telco::Storing internet", "telco::Simkaarten", "Inloggegevens", "webshop payments hosting parcel accounting::Koppeling webshop", "bank energy insurer webshop telco accounting airline::Terugbetaling",
                              "payments::Pinautomaat", "telco::Telefooncentrale", "telco energy::Verhuizing", "hosting accounting::Nieuwe gebruikers", "accounting insurer energy::Machtiging cliënt"])

# tables and lists
bank("simtable", "nl", [
    "Naam | Nummer | PIN | PUK\n@@{name#} | {phone#} | {pin#} | {puk#}\n",
    "@@- {name#}: {phone#}, pin {pin#}, puk {puk#}\n",
    "naam;mobiel;pincode;pukcode\n@@{name#};{phone#};{pin#};{puk#}\n",
    "@@Medewerker %N ({first#}): nummer {phone#} / PIN {pin#} / PUK {puk#}\n",
    "Overzicht simkaarten:\n@@{first#} - PUK {puk#} (pin staat op {pin#})\n",
], sector="telco")
bank("userlist", "nl", [
    "@@user %N: {username#} / {password#}\n",
    "@@Gebruiker %N - login: {username#} - ww: {password#}\n",
    "Gebruikersnaam | Wachtwoord\n@@{username#} | {password#}\n",
    "@@{name#}\ngebruikersnaam: {username#}\nwachtwoord: {password#}\n\n",
    "@@* {first#}: {username#} (pw {password#})\n",
], sector="any")
bank("meterlist", "nl", [
    "@@- {address#}: stand {!meter_reading#} (klantnummer {customer_number#})\n",
    "Adres | Meterstand | Klantnummer\n@@{address#:street} | {!meter_reading#} | {customer_number#}\n",
], sector="energy")

bodies("nl", [
    ("sim", "b", "telco",
     "Wij hebben {n:3-6} nieuwe simkaarten ontvangen voor onze buitendienstmedewerkers. Drie ervan lieten zich niet activeren en staan inmiddels op 'SIM geblokkeerd'. Hieronder het overzicht zoals het in ons beheerportaal staat:\n\n{simtable}\nKunnen jullie kijken of de PUK-codes kloppen? Volgens het portaal is de bundel {!quantity:gb} per gebruiker en de kosten {!amount} per maand."),
    ("sim", "b", "telco",
     "Een medewerker ({name3}) is de telefoon van de zaak kwijt, graag het nummer {phone3} blokkeren en een vervangende simkaart sturen naar ons kantoor. De oude simkaart had pincode {pin3}; als het toestel gevonden wordt weten jullie dat alvast. De PUK van die kaart was {puk3}.\n\nOns klantnummer is {customer_number}, factuur van vorige maand: {!invoice_number}."),
    ("users", "b", "hosting",
     "Voor de migratie naar het nieuwe pakket hebben we de bestaande mailboxen op een rij gezet. Wachtwoorden zijn tijdelijk, we laten ze na de overstap wijzigen:\n\n{userlist}\nDe oude server draait nog op {!version_string:semver}. Graag overzetten voor {!date}."),
    ("users", "b", "accounting",
     "We willen {n:2-4} extra gebruikers toevoegen aan ons boekhoudpakket. De accounts heb ik alvast aangemaakt maar ze kunnen niet inloggen ('licentie niet toegewezen', code {!error_code}):\n\n{userlist:2-3}\nOnze licentie is voor {!quantity:users}, dus dat zou moeten passen."),
    ("voip", "b", "telco",
     "Onze telefooncentrale ({!model_number:pbx}) registreert sinds {!date} niet meer. Inkomende gesprekken komen niet binnen, uitgaand geeft een bezettoon.\n\nSIP-account: {username:sip}\nSIP-wachtwoord: {password:strong}\nOns vaste IP: {ip_address}\nToestellen: {n:4-12}x {!model_number:voip}\n\nIn de log staat '{!error_code:h403} Forbidden'."),
    ("router", "b", "telco",
     "Na de storing van gisteren is de configuratie van de router ({!model_number:router}, firmware {!version_string:fw}) teruggezet naar de fabrieksinstellingen. Ik heb alles opnieuw ingesteld:\n- beheer: {username:admin} / {password}\n- wifi kantoor: {wifi_key}\n- wifi gasten: {wifi_key2}\nToch vallen de vaste toestellen steeds weg. Moeten we iets met QoS doen?"),
    ("terminal", "b", "payments",
     "De pinautomaat in onze winkel ({!model_number:terminal}) geeft sinds vanochtend melding {!error_code} bij contactloos betalen. Pinnen met pas en pincode gaat wel. Acceptantnummer {customer_number}, de beheerders-PIN van de terminal is {pin}. Software volgens het scherm: {!version_string:fw}.\n\nWe draaien op zaterdag zo'n {!amount:big} omzet, dus dit moet echt snel opgelost worden."),
    ("api", "b", "webshop",
     "Wij koppelen onze webshop (WooCommerce {!version_string:semver}) aan jullie verzendplatform. De authenticatie faalt met {!error_code:http}. Dit zijn de gegevens die we gebruiken:\n\nConsumer key: {api_key:ck}\nConsumer secret: {api_key:cs}\nWebhook URL: {!url:docs}\n\nBestellingen zoals {!order_number} en {!order_number2} worden niet doorgezet."),
    ("api", "b", "payments",
     "Sinds jullie wijziging van {!date} krijgen we bij elke refund een {!error_code:h401} terug. Onze developer heeft de sleutels opnieuw aangemaakt, maar ook de nieuwe werkt niet:\n\nsecret key: {api_key:sk}\npublishable key: {api_key:pk}\n\nKunnen jullie in de logs zien wat er misgaat? Het gaat om ongeveer {n:20-60} refunds, totaal {!amount:big}."),
    ("accountant", "b", "accounting",
     "Namens onze cliënt {name2} (eenmanszaak, KvK {!company_registration2:kvk}) verzoeken wij u de machtiging voor de automatische incasso aan te passen. De gegevens:\n\nKlantnummer: {customer_number}\nNieuw IBAN: {iban}\nBSN (i.v.m. eenmanszaak): {bsn}\nGeboortedatum: {date_of_birth2}\n\nDe oude rekening ({!masked_value:iban}) wordt per {!date} opgeheven."),
    ("accountant", "b", "insurer",
     "Als boekhouder van {name2} stuur ik u de gegevens voor de aanvraag van de arbeidsongeschiktheidsverzekering. Mijn cliënt is geboren op {date_of_birth2}, BSN {bsn}, en woont op {address2}. Premie graag incasseren van {iban}.\n\nDe jaarcijfers {!year} volgen nog."),
    ("hosting", "b", "hosting",
     "Onze website ligt eruit sinds {!time}. Ik heb in het DNS niks veranderd. Voor jullie onderzoek:\n\nFTP host: ftp.{branddom}\nFTP user: {username}\nFTP wachtwoord: {password}\nAPI token voor de DNS: {token:bearer}\n\nDe server geeft {!error_code:http} en het controlepaneel laat {!percentage} schijfgebruik zien."),
    ("bank", "b", "bank",
     "Onze zakelijke betaalpas ({card}, geldig tot {card_expiry}) is gisteren ingeslikt bij de automaat in {city}. Volgens mij heb ik de juiste pincode ({pin}) ingetoetst. Kunnen jullie de pas blokkeren en een nieuwe sturen naar {address}?\n\nRekeningnummer zakelijk: {iban}."),
    ("bank", "c", "bank",
     "Vandaag kreeg ik een sms dat er ingelogd was op een nieuw apparaat. Ik heb geen nieuw apparaat. Daarna kreeg ik nog een code ({otp}) die ik niet heb aangevraagd. Ik heb mijn wachtwoord al veranderd naar {password}, maar ik vertrouw het niet. Mijn gebruikersnaam is {username}.\n\nKunnen jullie mijn account nalopen? Laatste transactie die ik herken: {!amount} op {!date}."),
    ("energy", "b", "energy",
     "Hierbij de meterstanden van onze {n:2-4} vestigingen per {!date}:\n\n{meterlist}\nHet verbruik lijkt hoog ({!quantity:kwh} in een maand), kunnen jullie controleren of de meters goed zijn uitgelezen?"),
    ("insurer", "c", "insurer",
     "Op {!date} is er ingebroken in onze woning aan {address}. Er zijn een laptop ({!model_number:laptop}) en sieraden gestolen. Proces-verbaal heb ik bijgevoegd. Mijn polisnummer is {customer_number}, geboortedatum {date_of_birth}. Het schadebedrag graag overmaken op {iban}."),
    ("parcel", "b", "parcel",
     "Wij versturen via jullie zakelijke account ({customer_number}) zo'n {n:40-200} pakketten per dag. Sinds de update van jullie plug-in naar {!version_string:semver} worden de labels niet meer aangemaakt. API key uit het portaal: {api_key}. Voorbeelden van mislukte zendingen: {!tracking_number}, {!tracking_number2}."),
    ("reseller", "b", "telco",
     "Als reseller beheer ik de aansluitingen van een paar kleine klanten. Voor de overstap van {name2} hebben we het volgende nodig: huidig nummer {phone2}, klantnummer {customer_number2}, en de verificatiecode die hij net per sms kreeg ({otp}). Hij is zelf niet zo handig met mail. Kunnen jullie dat met spoed inplannen?"),
    ("shop", "c", "webshop",
     "Ik probeer al dagen te betalen voor bestelling {!order_number} maar het gaat steeds mis bij de laatste stap. Ik vul in: kaartnummer {card}, vervaldatum {card_expiry}, beveiligingscode {cvv}. Daarna een wit scherm. Bij mijn bank zie ik wel een reservering van {!amount}."),
    ("gov", "c", "gov",
     "Ik probeer de toeslag aan te vragen voor een familielid ({name2}) dat dat zelf niet meer kan. De gegevens: BSN {bsn}, geboren {date_of_birth2}, woonachtig {address2}. Het rekeningnummer is {iban}. Wat moet ik nog doen om gemachtigd te worden?"),
    ("login", "b", "accounting",
     "Onze boekhouder kan niet meer inloggen op ons administratie-account. Ze krijgt een sms-code ({otp}) op het oude nummer van onze oud-collega. Graag het 2FA-nummer wijzigen naar {phone}. De inlognaam is {username} en het wachtwoord hebben we tijdelijk op {password} gezet."),
    ("login", "b", "hosting",
     "Voor het koppelen van onze CI-pipeline aan jullie registry gebruiken we een personal access token ({token:glpat}) maar de push wordt geweigerd. Daarnaast werkt de deploy-token {token:hex40} ook niet meer sinds {!date}. Ons account: {email:work}."),
])


# ===========================================================================
# FLEMISH (nl-BE)
# ===========================================================================
msgs("nl-be", [
    ("login", "c", "telco", "ms wa tg",
     "Dag, ik geraak niet meer in Mijn {brand}. Aanmelden met {username} en paswoord {password} geeft 'ongeldige gegevens'. Kunnen jullie da nakijken aub?"),
    ("login", "c", "bank", "wa dm",
     "paswoord {password} gebruikersnaam {username}, zo staat het in mijn notities. En toch lukt het niet {emo:angry}"),
    ("login", "c", "energy", "ms em",
     "Goeiedag,\n\nIk kan mij niet aanmelden op het klantenportaal. Login: {username} - paswrd: {password}\nIk krijg telkens foutcode {!error_code}. Ik gebruik Chrome op {!version_string:win}.\n\nMet vriendelijke groeten,\n{name}"),
    ("login", "c", "webshop", "wa ig",
     "amai, al de 3e keer dat ik mijn paswoord moet resetten. Nu staat het op {password}. Mijn login is {email}. Blijft 'account geblokkeerd' zeggen"),
    ("login", "c", "hosting", "tg ms",
     "Webmail doet raar. {username} / {password} werkt op de gsm maar niet op de laptop. Ideeën?"),
    ("login", "c", "gov", "ms wa",
     "Mijn gebruikersnaam is {username} en mijn wachtwoord {password}, toch zegt de site 'onbekende gebruiker'. Moet ik me opnieuw registreren?"),
    ("login", "c", "insurer", "wa",
     "{username}\n{password}\ndat zijn mijn gegevens, de app zegt dat het niet klopt"),
    ("login", "c", "accounting", "em tg",
     "Hallo,\n\nOnze boekhouder probeert aan te melden met ons account maar krijgt 'te veel pogingen'. Gebruiker: {username}, wachtwoord: {password}. Kan je de blokkering opheffen? Ons ondernemingsnummer is {!company_registration:kbo}.\n\nMerci,\n{first}"),
    # sim
    ("sim", "c", "telco", "wa ms",
     "Mijn gsm vraagt een PUK-code. Ik vond in de app {puk}, maar die werkt niet. Hoeveel pogingen heb ik nog?"),
    ("sim", "c", "telco", "tg wa",
     "pincode van de simkaart is {pin}, die heb ik zelf ingesteld. Na de update naar {!version_string:ios} zegt hij 'verkeerde pincode'"),
    ("sim", "c", "telco", "ms",
     "Nieuwe simkaart is toegekomen. PIN {pin} PUK {puk}, staat op de kaart. Maar activeren lukt niet, foutmelding {!error_code:alpha}."),
    ("sim", "c", "telco", "wa ig",
     "puk {puk}\nis dat de juiste? Het is de gsm van mijn mama ({!model_number:phone})"),
    ("sim", "c", "telco", "dm",
     "Na 3x foute pin geblokkeerd. Mijn PUK (uit het klantenportaal): {puk}. Graag bevestigen dat die klopt voor ik het probeer."),
    ("sim", "c", "telco", "tw",
     "{!mention} sinds de overstap naar jullie krijg ik mijn simkaart niet ontgrendeld. PUK {puk} wordt geweigerd. Al 2 dagen zonder gsm {emo:angry}"),
    # pin
    ("pin", "c", "bank", "ms wa",
     "Mijn bankkaart is geblokkeerd aan de kassa. Ik heb {pin} ingetoetst, dat is al jaren mijn code. Wat nu?"),
    ("pin", "c", "bank", "wa tg",
     "Geheime code van mijn kaart vergeten. Was het {pin} of {pin2}? Ik durf het niet meer te proberen"),
    ("pin", "c", "bank", "ms",
     "Ik heb een nieuwe pincode aangevraagd maar de brief is nooit toegekomen. De oude ({pin}) werkt niet meer. Klantnummer {customer_number}."),
    ("pin", "c", "payments", "wa ms",
     "De betaalterminal in de winkel vraagt een beheerderscode. Ik heb {pin} ingegeven zoals in de handleiding maar hij zegt 'fout'. Toestel {!model_number:terminal}."),
    ("pin", "c", "bank", "ig",
     "pincode van de app is {pin:5}, werkt niet meer na de update ({!version_string:app})"),
    # otp
    ("otp", "c", "bank", "ms wa",
     "Ik krijg de bevestigingscode {otp} per sms maar de app vraagt er geen. Wat moet ik daarmee?"),
    ("otp", "c", "webshop", "wa tg",
     "Code ontvangen: {otp:space}\nmaar die werd niet aanvaard bij het afrekenen"),
    ("otp", "c", "bank", "ms",
     "Er belde iemand 'van de bank' en ik heb de code {otp} gegeven. Daarna zag ik een overschrijving van {!amount}. Wat moet ik doen??? Bel mij op {phone}"),
    ("otp", "c", "accounting", "tg ms",
     "De verificatiecode ({otp}) komt pas na {n:10-20} minuten binnen en is dan al vervallen. Kan dat sneller?"),
    ("otp", "c", "telco", "wa",
     "eenmalige code {otp:dash} werkt niet om mijn simkaart te activeren"),
    ("otp", "c", "gov", "em",
     "Beste,\n\nBij het aanmelden krijg ik een sms-code ({otp}) maar dan zegt de site '{!error_code}'. Ik heb al 3 keer een nieuwe code gevraagd. Mijn gsm-nummer is {phone}.\n\nMvg,\n{name}"),
    ("otp", "c", "hosting", "ms tg",
     "{otp:g} - dat is de code die ik kreeg, maar hij zegt dat hij vervallen is"),
    # wifi
    ("wifi", "c", "telco", "ms wa",
     "Ons wifi-paswoord is {wifi_key}, staat op de modem. Toch kan de tv niet verbinden met {ssid}."),
    ("wifi", "c", "telco", "wa tg",
     "Heb de wifi-code aangepast naar {wifi_key:custom} en nu werkt de printer niet meer. Moet ik die opnieuw instellen?"),
    ("wifi", "c", "telco", "ms ig",
     "Modem {!model_number:router}, netwerksleutel {wifi_key}. Verbinding valt constant weg, vooral 's avonds rond {!time:evening}."),
    ("wifi", "c", "telco", "wa",
     "wifi {ssid} ww {wifi_key}\nmijn zoon kan er niet op met zijn laptop"),
    ("wifi", "c", "telco", "dm ms",
     "De sleutel van de wifi ({wifi_key}) werkt op mijn gsm maar niet op mijn laptop. Raar he"),
    ("wifi", "c", "telco", "fb",
     "Hier ook. Wifi-sleutel {wifi_key} van het kaartje werkt niet meer sinds vanmorgen. Decoder doet het ook niet."),
    # card
    ("card", "c", "webshop", "ms wa",
     "Betalen met mijn kredietkaart lukt niet: {card}, vervalt {card_expiry}, code {cvv}. Wat doe ik fout?"),
    ("card", "c", "bank", "wa tg",
     "Mijn kredietkaart is gestolen in {city}! Kaartnummer {card}. Graag direct blokkeren"),
    ("card", "c", "airline", "em ms",
     "Goeiedag,\n\nIk wil de bagage bijbetalen ({!amount}) maar de betaling faalt. Mijn kaart: {card} exp. {card_expiry} cvc {cvv}. Vlucht {!flight_number} op {!date}.\n\nGroeten,\n{name}"),
    ("card", "c", "webshop", "wa",
     "{card}\n{card_expiry}\n{cvv}\nkan je het zo verwerken? Bestelling {!order_number}"),
    ("card", "c", "bank", "ms dm",
     "Er staat een betaling van {!amount} op mijn kaart ({!masked_value:card}) die ik niet gedaan heb. Mijn kaart zit gewoon in mijn portefeuille."),
    # iban
    ("iban", "c", "webshop", "ms wa em",
     "Gelieve het bedrag van {!amount} terug te storten op {iban} op naam van {name}. Retour {!order_number} is al toegekomen."),
    ("iban", "c", "energy", "wa ms",
     "Mijn nieuw rekeningnummer is {iban}. Graag de domiciliëring aanpassen vanaf {!date}."),
    ("iban", "c", "insurer", "tg",
     "rekeningnummer {iban}, klantnummer {customer_number}. Wanneer wordt de schade uitbetaald?"),
    ("iban", "c", "telco", "ms",
     "Er is twee keer {!amount} gedomicilieerd. Mijn rekening: {iban}. Factuur {!invoice_number}."),
    ("iban", "c", "webshop", "wa",
     "terugbetaling graag op {iban} aub"),
    # bsn (grensarbeider)
    ("bsn", "c", "insurer", "em ms",
     "Ik ben grensarbeider en werk in Nederland. Mijn Nederlandse BSN is {bsn}, geboortedatum {date_of_birth}. Moet ik dat ook bij jullie doorgeven voor de ziekteverzekering?"),
    ("bsn", "c", "gov", "ms wa",
     "BSN {bsn} (ik werk over de grens in Nederland). Is dat genoeg voor de aanvraag?"),
    # api
    ("api", "b", "payments", "em tg",
     "Onze webshop krijgt sinds gisteren {!error_code:http} bij elke betaling. We gebruiken de API key {api_key:live}. Kan je zien of die nog actief is?"),
    ("api", "b", "hosting", "tg",
     "Authorization: Bearer {token:jwt}\ngeeft {!error_code:h403}, gisteren nog niet. Scope is volgens mij juist"),
    ("api", "b", "webshop", "em",
     "Dag {brand},\n\nVoor de koppeling met onze kassa gebruiken we deze sleutel: {api_key:api}. Het synchroniseren van de stock stopt na {n:50-200} producten met '{!error_code:alpha}'. Kunnen jullie dat bekijken?\n\nGroeten,\n{name}\n{company}"),
    ("api", "b", "accounting", "tg ms",
     "access token {token:bearer} verloopt na 1 uur, refresh token {token:refresh} geeft dan 'invalid_grant'. Hoe lossen we dat op?"),
    ("api", "b", "hosting", "tg",
     "slack bot token {token:xoxb} is gelekt in onze publieke repo, wij hebben hem ingetrokken maar kunnen jullie de logs nakijken?"),
    # other
    ("move", "c", "telco", "ms wa em",
     "We verhuizen op {!date} naar {address}. Klantnummer {customer_number}. Kan de installatie van internet dan gebeuren?"),
    ("contact", "c", "energy", "wa",
     "Mijn gsm-nummer is veranderd: {phone}. Graag aanpassen in mijn dossier aub."),
    ("contact", "c", "parcel", "ms ig",
     "Pakje {!tracking_number} moet geleverd worden op {address}, niet bij de buren. Ik ben thuis na {!time}."),
    ("contact", "c", "insurer", "wa ms",
     "Mijn dochter is geboren op {date_of_birth2}, ik wil ze bijvoegen op mijn polis {customer_number}. Wat hebben jullie nog nodig?"),
    ("ip", "b", "telco", "em tg",
     "Ons vast IP-adres {ip_address} staat op een blacklist, daardoor komen onze mails niet aan. Kunnen jullie dat nakijken? Onderneming {!company_registration:kbo}."),
    # no span
    ("neg", "c", "telco", "tw",
     "{!mention} al {n:2-5} dagen geen internet in {city}, decoder geeft {!error_code}. Ticket {!ticket_number} en niemand komt {emo:angry} {!hashtag}"),
    ("neg", "c", "energy", "ms wa",
     "Meterstand op {!date}: dag {!meter_reading}, nacht {!meter_reading2}. Waarom is mijn voorschot dan {!percentage} gestegen?"),
    ("neg", "c", "parcel", "tw fb",
     "Pakje {!tracking_number} 'geleverd' om {!time} maar hier is niks toegekomen. {!hashtag}"),
    ("neg", "c", "bank", "ms",
     "Bij het betalen met de app krijg ik foutcode {!error_code} op mijn {!model_number:phone} met {!version_string:android}. Pincode wordt wel aanvaard."),
    ("neg", "c", "telco", "fb igc",
     "Factuur {!invoice_number} van {!amount} voor {!quantity:gb} mobiele data?? Ik zat gewoon thuis op wifi."),
    ("neg", "c", "airline", "tw",
     "{!mention} vlucht {!flight_number} {!date} al {n:2-5} uur vertraging en geen info aan de gate. Merci voor niks {!hashtag}"),
    ("neg", "c", "webshop", "ms ig",
     "Bestelling {!order_number}: artikel {!product_code:ean} ontbreekt, wel betaald ({!amount})."),
    ("neg", "c", "payments", "ms wa",
     "Terminal {!model_number:terminal} met software {!version_string:fw} geeft na elke betaling boven {!amount} foutcode {!error_code}. Moet er een update gebeuren?"),
    ("neg", "c", "telco", "wa",
     "De code van de wifi staat onder de modem, maar die sticker is er af. Kan ik die ergens in de app zien?"),
    ("neg", "c", "insurer", "fb",
     "Schadedossier {!ticket_number} loopt al sinds {!date}. Expert is gepasseerd, en nu? {emo:sad}"),
    ("neg", "c", "accounting", "em ms",
     "Bij het inlezen van de coda-bestanden krijg ik '{!error_code:alpha}' in versie {!version_string:app}. Boekjaar {!year}, BTW-aangifte moet tegen {!date} binnen."),
    # agent
    ("agent", "a", "telco", "ag",
     "Dag {first}, stuur ons gerust een privébericht met je klantnummer en adres, dan bekijken we het. Deel nooit je paswoord! {sig}"),
    ("agent", "a", "telco", "ag",
     "Ik heb de PUK van je simkaart opgezocht: {puk}. Geef eerst de PUK in, daarna kies je een nieuwe pincode. Groetjes, {agent}"),
    ("agent", "a", "bank", "ag",
     "Dag {first}, de terugbetaling van {!amount} is vertrokken op {!date} naar je rekening {!masked_value:iban}. Reken op 1 à 2 werkdagen. {sig}"),
    ("agent", "a", "energy", "ag",
     "Dank je voor de meterstanden! Ik heb je domiciliëring aangepast naar {iban}. Je volgende voorschot bedraagt {!amount}. {agent}"),
    ("agent", "a", "webshop", "ag",
     "Je tijdelijk paswoord is {password:strong}. Meld je aan via {!url:mijn} en kies dan meteen een nieuw. {sig}"),
    ("agent", "a", "parcel", "ag",
     "Dag {first}, we hebben een nieuwe levering ingepland op {!date} voor het adres {address}. Je kan ons altijd bereiken op {!company_phone}. {sig}"),
])

bank("neg", "nl-be", [
    "payments bank::Foutcode {!error_code} op de terminal ({!model_number:terminal}).",
    "telco::Modem {!model_number:router}, de wifi-code staat op de sticker.",
    "Factuurnummer {!invoice_number} voor een bedrag van {!amount}.",
    "Dat is al zo sinds {!date} rond {!time}.",
    "Ik heb de app versie {!version_string:app} op een {!model_number:phone}.",
    "Ons dossiernummer is {!ticket_number}.",
    "webshop parcel::Bestelling {!order_number}, tracking {!tracking_number}.",
    "telco::We hebben het abonnement van {!quantity:mbps} aan {!amount} per maand.",
    "Klant sinds {!year}, nooit problemen gehad.",
    "Jullie nummer {!company_phone} is de hele tijd bezet.",
    "Op {!url} staat niks over een storing.",
    "In het portaal staat de code als {!masked_value:stars}.",
    "Ondernemingsnummer {!company_registration:kbo}, btw {!company_registration:bebtw}.",
], sector="any")
bank("neg", "nl-be", ["Meterstand vandaag: {!meter_reading} (dag) en {!meter_reading2} (nacht)."], sector="energy")
bank("neg", "nl-be", ["Kaart eindigt op {!masked_value:card}.", "Foutcode {!error_code:alpha} bij het ingeven van de pincode."], sector="bank")
bank("fill", "nl-be", [
    "Ik hoop dat jullie mij snel kunnen verder helpen.",
    "Ik heb al twee keer gebeld maar kreeg telkens een andere uitleg.",
    "Voor ons als zelfstandige is dit echt dringend.",
    "Vorige week werkte alles nog perfect.",
    "Mijn collega heeft exact hetzelfde probleem.",
])
bank("greeting", "nl-be", ["Goeiedag,", "Beste,", "Dag {brand},", "Geachte,", "Hallo,", "Beste mevrouw, mijnheer,", "Dag {agent},", "Goedemorgen,"])
bank("opener", "nl-be", [
    "Naar aanleiding van ons telefoongesprek van {!date} stuur ik u de gevraagde gegevens.",
    "Ik zit al een tijdje met een probleem waar ik zelf niet uit geraak.",
    "Via de chat werd ik doorverwezen naar dit adres.",
    "Zoals afgesproken met uw collega {agent} bezorg ik u hierbij de informatie.",
    "Wij zijn al sinds {!year} klant en nu loopt het toch mis.",
    "Sorry voor de lange mail, maar dan hebben jullie alles in één keer.",
    "Onze informaticus is in verlof, dus ik probeer het zelf.",
    "Ik reageer op jullie brief van {!date} met referentie {!ticket_number}.",
])
bank("closer", "nl-be", [
    "Alvast bedankt voor jullie snelle reactie.",
    "Kunnen jullie dit vandaag nog bekijken? We zitten echt vast.",
    "Laat gerust iets weten als er nog iets nodig is.",
    "Graag een bevestiging per mail.",
    "Ik ben bereikbaar tijdens de kantooruren.",
    "Merci alvast!",
])
bank("signoff", "nl-be", ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Mvg,", "Groeten,", "Groetjes,", "Met vriendelijke groet,", "Alvast bedankt,", "Beste groeten,"])
bank("sig", "nl-be", [
    "{name}\n{role}\n{company}\n{address:block}\nT {phone:landline} | GSM {phone}\n{email:work}\nBTW {!company_registration:bebtw}",
    "{name} - {role} - {company}\ngsm: {phone} - mail: {email:work}",
    "{name}\n{company}\n{address:block}\nOndernemingsnummer {!company_registration:kbo}",
    "{first}\n\nVerzonden vanaf mijn {!model_number:phone}",
    "{name}\n{phone}",
    "{name}\n{address}\n{phone}",
    "{first} {last}\n{role}, {company}\ngsm {phone}",
    "{name}\n{email}",
])
bank("disclaimer", "nl-be", [
    "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u niet de bedoelde ontvanger bent, gelieve de afzender te verwittigen en dit bericht te verwijderen. {company}, ondernemingsnummer {!company_registration:kbo}, RPR Antwerpen.",
    "Denk aan het milieu voor u deze mail afdrukt.",
    "Onze algemene voorwaarden zijn van toepassing. BTW {!company_registration:bebtw}.",
])
bank("footer", "nl-be", [
    "Met vriendelijke groeten,\n\n{agent}\nKlantendienst {brand}\n{!company_phone} | {!url:www}\n{brand} NV - Koning Albert II-laan {n:1-60}, 1140 Evere - BTW {!company_registration8:bebtw}",
    "Groeten,\n{agent} | {brand} Business\nBel ons: {!company_phone} (werkdagen 8u-18u)\n{!url:https}",
    "Vriendelijke groeten,\n{agent}\nTeam Klantendienst\n{brand} | ondernemingsnummer {!company_registration8:kbo} | {!url}",
])
bank("subject", "nl-be", [
    "telco::Onderwerp: RE: [Dossier {!ticket_number}] storing internet",
    "telco::Onderwerp: Simkaarten personeel",
    "Onderwerp: RE: factuur {!invoice_number}",
    "Onderwerp: Aanmelden lukt niet",
    "webshop payments hosting parcel accounting::Onderwerp: TR: gegevens koppeling kassa",
    "bank energy insurer webshop telco accounting airline::Onderwerp: Wijziging rekeningnummer",
    "payments::Onderwerp: Dringend: betaalterminal defect",
    "accounting insurer energy::Onderwerp: Vraag voor onze klant",
])
bank("toprply", "nl-be", ["Zie onderstaand.", "Zie hieronder, graag verwerken.", "Zie mail hieronder van mijn collega.", "Nog altijd geen antwoord, zie hieronder.", "Ter info, zie beneden.", "Gegevens hieronder. Merci!"])
bank("qhdr", "nl-be", [
    "Op {!date:quote} om {!time:hdr} schreef {name} <{email}>:",
    "Op {!date:quote} {!time:hdr} heeft {name} <{email}> het volgende geschreven:",
])
bank("qhdr_agent", "nl-be", [
    "Op {!date:quote} om {!time:hdr} schreef Klantendienst {brand}:",
    "Op {!date:quote} {!time:hdr} schreef {agent} ({brand}):",
])
bank("outlook", "nl-be", [
    "Van: {name} <{email}>\nVerzonden: {!date:outlook} {!time:hdr}\nAan: Klantendienst {brand}\nOnderwerp: {subj}",
    "Van: {name} [mailto:{email}]\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {brand} Business\nOnderwerp: {subj}",
])
bank("outlook_agent", "nl-be", [
    "Van: Klantendienst {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name} <{email}>\nOnderwerp: {subj}",
    "Van: {agent} - {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {email}\nOnderwerp: RE: {subj}",
])
bank("fwdhdr", "nl-be", [
    "---------- Doorgestuurd bericht ---------\nVan: {name9} <{email9}>\nDate: {!date:quote} om {!time:hdr}\nSubject: {subj}\nTo: {name} <{email}>",
    "Begin doorgestuurd bericht:\n\nVan: {name9} <{email9}>\nDatum: {!date:hdrlong} om {!time:hdr}\nAan: {name} <{email}>\nOnderwerp: {subj}",
])
bank("fwdtop", "nl-be", [
    "Dag,\n\nHierbij de lijst van onze office manager. Kan dit vandaag nog in orde komen?",
    "Hallo,\n\nIk stuur de mail van mijn collega door, alles staat erin.",
    "Goeiedag,\n\nZie onderstaande gegevens van onze IT-partner. Graag activeren.",
])
bank("agentask", "nl-be", [
    "Beste {name},\n\nBedankt voor uw bericht. Om uw aanvraag te verwerken hebben wij nog enkele gegevens nodig. Uw dossiernummer is {!ticket_number}.",
    "Dag {first},\n\nWe vinden je account niet terug met de gegevens die je stuurde. Kan je je klantnummer en de naam van de titularis bezorgen?",
    "telco::Beste {first},\n\nJe vraag werd doorgegeven aan onze technische dienst (dossier {!ticket_number}). Zij vragen de aanmeldgegevens van de telefooncentrale en de firmwareversie.",
])
bank("subjects_plain", "nl-be", ["telco::Storing internet", "telco::Simkaarten", "Aanmeldgegevens", "webshop payments hosting parcel accounting::Koppeling kassa", "bank energy insurer webshop telco accounting airline::Terugbetaling", "payments::Betaalterminal", "telco::Telefooncentrale", "telco energy::Verhuis", "hosting accounting::Nieuwe gebruikers"])
bank("simtable", "nl-be", [
    "Naam | GSM-nummer | PIN | PUK\n@@{name#} | {phone#} | {pin#} | {puk#}\n",
    "@@- {name#}: {phone#} - pin {pin#} - puk {puk#}\n",
    "naam;gsm;pin;puk\n@@{name#};{phone#};{pin#};{puk#}\n",
    "@@Werknemer %N: {first#}, gsm {phone#}, pincode {pin#}, pukcode {puk#}\n",
], sector="telco")
bank("userlist", "nl-be", [
    "@@gebruiker %N: {username#} / {password#}\n",
    "Login | Paswoord\n@@{username#} | {password#}\n",
    "@@{name#} - login {username#} - paswoord {password#}\n",
    "@@* {first#}: {username#} (ww: {password#})\n",
], sector="any")
bank("meterlist", "nl-be", [
    "@@- {address#}: meterstand {!meter_reading#} (klantnummer {customer_number#})\n",
    "Adres | Stand | Klantnr\n@@{address#:street} | {!meter_reading#} | {customer_number#}\n",
], sector="energy")

bodies("nl-be", [
    ("sim", "b", "telco",
     "Wij hebben {n:3-6} simkaarten besteld voor ons personeel. Een aantal werkt niet, de gsm's vragen allemaal een PUK. Hieronder de gegevens uit jullie portaal:\n\n{simtable}\nKunnen jullie nakijken of die codes juist zijn? Het gaat om het abonnement van {!amount} per maand met {!quantity:gb} data."),
    ("sim", "b", "telco",
     "Een van onze werknemers ({name3}) heeft de gsm van de zaak verloren op de werf. Gelieve nummer {phone3} te blokkeren. De pincode van die kaart was {pin3}, de PUK {puk3}. Een nieuwe simkaart mag naar ons kantoor. Klantnummer: {customer_number}."),
    ("users", "b", "hosting",
     "Voor de overstap naar het nieuwe mailplatform geef ik jullie de huidige mailboxen door. De paswoorden zijn tijdelijk:\n\n{userlist}\nDe migratie moet gebeuren vóór {!date}, anders zitten we met de facturatie."),
    ("voip", "b", "telco",
     "Onze telefooncentrale ({!model_number:pbx}) registreert niet meer sinds {!date} {!time}. Gegevens:\nSIP-gebruiker: {username:sip}\nSIP-paswoord: {password:strong}\nVast IP: {ip_address}\nFoutmelding: {!error_code:http}\nWe hebben {n:4-10} toestellen die allemaal 'geen registratie' tonen."),
    ("router", "b", "telco",
     "Na de panne van gisteren is de router ({!model_number:router}) gereset. Ik heb alles opnieuw ingesteld:\nadmin login: {username:admin}\nadmin paswoord: {password}\nwifi personeel: {wifi_key}\nwifi klanten: {wifi_key2}\nToch valt de verbinding elk uur weg. Firmware {!version_string:fw}."),
    ("terminal", "b", "payments",
     "De betaalterminal in onze zaak ({!model_number:terminal}) geeft sinds vanmiddag foutcode {!error_code}. Contactloos werkt niet, met kaart en code wel. Handelaarsnummer {customer_number}, de beheerderscode van het toestel is {pin}. Vrijdagavond is onze drukste avond, graag snel!"),
    ("api", "b", "webshop",
     "We koppelen onze webshop aan jullie platform maar de authenticatie faalt ({!error_code:http}). Dit zijn de sleutels:\n\nConsumer key: {api_key:ck}\nConsumer secret: {api_key:cs}\n\nBestellingen {!order_number} en {!order_number2} komen niet door."),
    ("accountant", "b", "accounting",
     "Als boekhouder van {name2} vraag ik u de domiciliëring aan te passen. Klantnummer {customer_number}, nieuw rekeningnummer {iban}. Het oude rekeningnummer ({!masked_value:iban}) wordt afgesloten op {!date}. Mijn cliënt is geboren op {date_of_birth2}."),
    ("bank", "b", "bank",
     "Onze bedrijfskaart ({card}, vervaldatum {card_expiry}) is ingeslikt in {city}. Ik ben zeker dat de code {pin} juist was. Graag blokkeren en een nieuwe kaart sturen naar {address}. Zakelijke rekening: {iban}."),
    ("bank", "c", "bank",
     "Vanmorgen kreeg ik een melding dat er aangemeld werd op een nieuw toestel. Daarna kwam er een code ({otp}) binnen die ik niet gevraagd heb. Ik heb mijn paswoord direct veranderd naar {password}. Mijn gebruikersnaam is {username}. Kunnen jullie nagaan of er iets gebeurd is? Laatste verrichting die ik ken: {!amount} op {!date}."),
    ("energy", "b", "energy",
     "Hierbij de meterstanden van onze vestigingen op {!date}:\n\n{meterlist}\nHet verbruik lijkt ons veel te hoog ({!quantity:kwh}). Kunnen jullie dat nakijken?"),
    ("insurer", "c", "insurer",
     "Op {!date} werd er ingebroken in onze woning ({address}). Er werden een laptop ({!model_number:laptop}) en juwelen gestolen. Polisnummer {customer_number}, geboortedatum {date_of_birth}. Gelieve de schadevergoeding te storten op {iban}."),
    ("parcel", "b", "parcel",
     "We verzenden via jullie zakelijke account ({customer_number}) zo'n {n:30-150} pakjes per dag. Sinds de update van de plug-in ({!version_string:semver}) lukt het aanmaken van labels niet meer. API key: {api_key}. Voorbeelden: {!tracking_number}, {!tracking_number2}."),
    ("shop", "c", "webshop",
     "Ik probeer al twee dagen te betalen voor bestelling {!order_number}. Ik geef in: kaartnummer {card}, vervaldatum {card_expiry}, veiligheidscode {cvv}. Dan krijg ik een wit scherm. Op mijn rekening staat wel een reservatie van {!amount}."),
    ("login", "b", "accounting",
     "Onze boekhouder raakt niet meer in ons account. De sms-code ({otp}) gaat naar het nummer van een ex-collega. Graag het nummer voor tweestapsverificatie wijzigen naar {phone}. Login {username}, tijdelijk paswoord {password}."),
    ("hosting", "b", "hosting",
     "Onze website ligt plat sinds {!time}. Voor jullie onderzoek:\nFTP-server: ftp.{branddom}\nFTP-login: {username}\nFTP-paswoord: {password}\nAPI-token: {token:bearer}\nDe server geeft {!error_code:http}."),
])


# ===========================================================================
# BELGIAN FRENCH (fr-BE)
# ===========================================================================
msgs("fr-be", [
    ("login", "c", "telco", "ms wa tg",
     "Bonjour, je n'arrive plus à me connecter à mon espace client. Identifiant {username}, mot de passe {password}. Ça me met 'données incorrectes'. Vous pouvez vérifier svp ?"),
    ("login", "c", "bank", "wa dm",
     "mdp {password} identifiant {username} et ça marche pas {emo:angry}"),
    ("login", "c", "energy", "em ms",
     "Bonjour,\n\nImpossible de me connecter au portail client. Login : {username} / mot de pass : {password}\nJ'ai chaque fois l'erreur {!error_code}. J'utilise Firefox sous {!version_string:win}.\n\nBien à vous,\n{name}"),
    ("login", "c", "webshop", "wa ig",
     "C'est la 3e fois que je dois réinitialiser mon mot de passe. Maintenant c'est {password}. Mon compte c'est {email}. Toujours 'compte bloqué' !"),
    ("login", "c", "hosting", "tg ms",
     "Le webmail fait n'importe quoi. {username} / {password} fonctionne sur le GSM mais pas sur le PC."),
    ("login", "c", "gov", "ms wa",
     "{password} c'est mon mot de passe, et l'identifiant {username}. Le site dit 'utilisateur inconnu', je dois me réinscrire ?"),
    ("login", "c", "insurer", "wa",
     "identifiant: {username}\nmot de passe: {password}\nl'appli dit que c'est faux"),
    ("login", "c", "accounting", "em tg",
     "Bonjour,\n\nNotre comptable n'arrive pas à se connecter à notre compte : 'trop de tentatives'. Utilisateur {username}, mot de passe {password}. Pouvez-vous débloquer ? Numéro d'entreprise {!company_registration:kbo}.\n\nMerci d'avance,\n{first}"),
    # sim
    ("sim", "c", "telco", "wa ms",
     "Mon GSM demande le code PUK. J'ai trouvé {puk} dans l'appli mais ça ne marche pas. Il me reste combien d'essais ?"),
    ("sim", "c", "telco", "tg wa",
     "Le code PIN de ma carte SIM c'est {pin}, je l'ai choisi moi-même. Depuis la mise à jour {!version_string:ios} il dit 'code PIN erroné'"),
    ("sim", "c", "telco", "ms",
     "Nouvelle carte SIM reçue. PIN {pin} PUK {puk} écrits sur la carte. Mais l'activation ne passe pas, erreur {!error_code:alpha}."),
    ("sim", "c", "telco", "wa ig",
     "puk: {puk}\nc'est le bon ? C'est le GSM de ma maman ({!model_number:phone})"),
    ("sim", "c", "telco", "dm",
     "Bloqué après 3 PIN faux. Mon code PUK (espace client) : {puk}. Vous pouvez confirmer avant que j'essaie ?"),
    ("sim", "c", "telco", "tw",
     "{!mention} depuis que je suis passé chez vous impossible de débloquer ma SIM. Le PUK {puk} est refusé. 2 jours sans téléphone {emo:angry} {!hashtag}"),
    # pin
    ("pin", "c", "bank", "ms wa",
     "Ma carte bancaire est bloquée à la caisse. J'ai tapé {pin}, c'est mon code depuis des années. Je fais quoi ?"),
    ("pin", "c", "bank", "wa tg",
     "J'ai oublié le code secret de ma carte. C'était {pin} ou {pin2} ? J'ose plus essayer"),
    ("pin", "c", "bank", "ms",
     "J'ai demandé un nouveau code PIN mais la lettre n'est jamais arrivée. L'ancien ({pin}) ne marche plus. N° client {customer_number}."),
    ("pin", "c", "payments", "wa ms",
     "Le terminal de paiement demande un code gérant. J'ai mis {pin} comme dans le manuel mais il dit 'erreur'. Appareil {!model_number:terminal}."),
    ("pin", "c", "bank", "ig",
     "code pin de l'appli {pin:5}, refusé depuis la mise à jour {!version_string:app}"),
    # otp
    ("otp", "c", "bank", "ms wa",
     "J'ai reçu le code {otp} par SMS mais l'application ne demande rien. J'en fais quoi ?"),
    ("otp", "c", "webshop", "wa tg",
     "Code reçu : {otp:space}\nmais refusé au moment de payer"),
    ("otp", "c", "bank", "ms",
     "Quelqu'un m'a appelé 'de la banque' et je lui ai donné le code {otp}. Ensuite j'ai vu un virement de {!amount}. Je fais quoi ??? Rappelez-moi au {phone}"),
    ("otp", "c", "accounting", "tg ms",
     "Le code de vérification ({otp}) arrive après {n:10-20} minutes et il est déjà expiré. C'est normal ?"),
    ("otp", "c", "telco", "wa",
     "code à usage unique {otp:dash} ne marche pas pour activer ma carte SIM"),
    ("otp", "c", "gov", "em",
     "Madame, Monsieur,\n\nLors de la connexion je reçois un code par SMS ({otp}) mais ensuite le site affiche '{!error_code}'. J'ai redemandé un code 3 fois. Mon numéro de GSM est le {phone}.\n\nCordialement,\n{name}"),
    ("otp", "c", "hosting", "ms tg",
     "{otp:g} c'est le code reçu, mais il dit qu'il est expiré"),
    # wifi
    ("wifi", "c", "telco", "ms wa",
     "Notre clé wifi est {wifi_key}, elle est sur le modem. Pourtant la télé n'arrive pas à se connecter à {ssid}."),
    ("wifi", "c", "telco", "wa tg",
     "J'ai changé le mot de passe wifi en {wifi_key:custom} et maintenant l'imprimante ne marche plus."),
    ("wifi", "c", "telco", "ms ig",
     "Modem {!model_number:router}, clé de sécurité réseau {wifi_key}. La connexion saute tout le temps, surtout le soir vers {!time:evening}."),
    ("wifi", "c", "telco", "wa",
     "wifi {ssid} mdp {wifi_key}\nmon fils n'arrive pas à se connecter avec son PC"),
    ("wifi", "c", "telco", "dm ms",
     "La clé du wifi ({wifi_key}) marche sur mon GSM mais pas sur l'ordi. Bizarre non ?"),
    ("wifi", "c", "telco", "fb",
     "Pareil ici. La clé wifi {wifi_key} de l'étiquette ne fonctionne plus depuis ce matin. Le décodeur non plus."),
    # card
    ("card", "c", "webshop", "ms wa",
     "Le paiement avec ma carte de crédit ne passe pas : {card}, expire le {card_expiry}, cryptogramme {cvv}. Qu'est-ce qui cloche ?"),
    ("card", "c", "bank", "wa tg",
     "On m'a volé ma carte Visa à {city} ! Numéro {card}. Bloquez-la tout de suite svp"),
    ("card", "c", "airline", "em ms",
     "Bonjour,\n\nJe voudrais payer le bagage supplémentaire ({!amount}) mais le paiement échoue. Ma carte : {card} exp. {card_expiry} code {cvv}. Vol {!flight_number} du {!date}.\n\nMerci,\n{name}"),
    ("card", "c", "webshop", "wa",
     "{card}\n{card_expiry}\n{cvv}\nvous pouvez le passer comme ça ? Commande {!order_number}"),
    ("card", "c", "bank", "ms dm",
     "Il y a un paiement de {!amount} sur ma carte ({!masked_value:card}) que je n'ai pas fait. Ma carte est dans mon portefeuille."),
    ("card", "c", "insurer", "ms tg",
     "Je préfère payer la prime par carte : {card}, date d'expiration {card_expiry}, les 3 chiffres au dos : {cvv}"),
    # iban
    ("iban", "c", "webshop", "ms wa em",
     "Merci de rembourser {!amount} sur le compte {iban} au nom de {name}. Le retour {!order_number} vous est parvenu le {!date}."),
    ("iban", "c", "energy", "wa ms",
     "Mon nouveau numéro de compte est {iban}. Merci d'adapter la domiciliation à partir du {!date}."),
    ("iban", "c", "insurer", "tg",
     "IBAN {iban}, n° client {customer_number}. Quand est-ce que le sinistre sera payé ?"),
    ("iban", "c", "telco", "ms",
     "Vous avez prélevé deux fois {!amount}. Mon compte : {iban}. Facture {!invoice_number}."),
    ("iban", "c", "webshop", "wa",
     "remboursement sur {iban} svp"),
    ("iban", "c", "airline", "em",
     "Madame, Monsieur,\n\nSuite à l'annulation du vol {!flight_number} du {!date}, je demande le remboursement de {!amount} sur mon compte {iban:FR} (compte français, j'habite près de la frontière).\n\nCordialement,\n{name}"),
    # bsn (frontalier NL)
    ("bsn", "c", "insurer", "em ms",
     "Je travaille aux Pays-Bas, juste de l'autre côté de la frontière. Mon numéro BSN est {bsn}, date de naissance {date_of_birth}. Faut-il le communiquer pour la mutuelle ?"),
    # api
    ("api", "b", "payments", "em tg",
     "Notre boutique reçoit une erreur {!error_code:http} à chaque paiement depuis hier. On utilise la clé API {api_key:live}. Elle est toujours active ?"),
    ("api", "b", "hosting", "tg",
     "Authorization: Bearer {token:jwt}\nrenvoie {!error_code:h403}, hier ça marchait"),
    ("api", "b", "webshop", "em",
     "Bonjour {brand},\n\nPour relier notre caisse, nous utilisons cette clé : {api_key:api}. La synchro du stock s'arrête après {n:50-200} produits avec '{!error_code:alpha}'. Pouvez-vous regarder ?\n\nCordialement,\n{name}\n{company}"),
    ("api", "b", "accounting", "tg ms",
     "le jeton d'accès {token:bearer} expire après 1h et le refresh token {token:refresh} renvoie 'invalid_grant'. Une idée ?"),
    ("api", "b", "hosting", "tg",
     "Notre token GitHub {token:ghp} a fuité dans un dépôt public, on l'a révoqué. Vous pouvez vérifier les logs ?"),
    # other
    ("move", "c", "telco", "ms wa em",
     "Nous déménageons le {!date}, nouvelle adresse : {address}. N° client {customer_number}. L'installation internet peut se faire ce jour-là ?"),
    ("contact", "c", "energy", "wa",
     "Mon numéro de GSM a changé : {phone}. Merci de mettre à jour mon dossier."),
    ("contact", "c", "parcel", "ms ig",
     "Le colis {!tracking_number} doit être livré à mon adresse, {address}, pas chez le voisin. Je suis là après {!time}."),
    ("contact", "c", "insurer", "wa ms",
     "Ma fille est née le {date_of_birth2}, je voudrais l'ajouter à mon contrat {customer_number}. Il vous faut quoi ?"),
    ("contact", "c", "webshop", "dm ig",
     "mon adresse mail c'est {email:spelled}, je ne reçois rien"),
    ("ip", "b", "telco", "em tg",
     "Notre IP fixe {ip_address} est sur une liste noire, nos mails n'arrivent plus. Vous pouvez vérifier ? Entreprise {!company_registration:bebtw}."),
    # no span
    ("neg", "c", "telco", "tw",
     "{!mention} {n:2-5} jours sans internet à {city}, le décodeur affiche {!error_code}. Ticket {!ticket_number} et personne ne vient {emo:angry} {!hashtag}"),
    ("neg", "c", "energy", "ms wa",
     "Relevé du {!date} : jour {!meter_reading}, nuit {!meter_reading2}. Pourquoi mon acompte a augmenté de {!percentage} alors ?"),
    ("neg", "c", "parcel", "tw fb",
     "Colis {!tracking_number} 'livré' à {!time} mais rien reçu. {!hashtag}"),
    ("neg", "c", "bank", "ms",
     "En payant avec l'appli j'ai l'erreur {!error_code} sur mon {!model_number:phone} ({!version_string:android}). Le code PIN est accepté pourtant."),
    ("neg", "c", "telco", "fb igc",
     "Facture {!invoice_number} de {!amount} pour {!quantity:gb} de data ?? J'étais chez moi sur le wifi."),
    ("neg", "c", "airline", "tw",
     "{!mention} vol {!flight_number} du {!date}, {n:2-5} heures de retard et aucune info. Merci pour rien {!hashtag}"),
    ("neg", "c", "webshop", "ms ig",
     "Commande {!order_number} : l'article {!product_code:ean} manque, mais j'ai payé {!amount}."),
    ("neg", "c", "payments", "ms wa",
     "Le terminal {!model_number:terminal} (logiciel {!version_string:fw}) affiche l'erreur {!error_code} après chaque paiement de plus de {!amount}. Il faut une mise à jour ?"),
    ("neg", "c", "telco", "wa",
     "Le code wifi est sous le modem mais l'étiquette est arrachée. Je peux le voir dans l'appli ?"),
    ("neg", "c", "insurer", "fb",
     "Dossier sinistre {!ticket_number} ouvert depuis le {!date}. L'expert est passé, et maintenant ? {emo:sad}"),
    ("neg", "c", "accounting", "em ms",
     "L'import des fichiers CODA plante avec '{!error_code:alpha}' en version {!version_string:app}. Exercice {!year}, déclaration TVA à rentrer pour le {!date}."),
    ("neg", "c", "telco", "tw",
     "{!mention} on paie {!amount} par mois pour {!quantity:mbps} et on a du {!quantity2:mbpslow} le soir. Septante pourcents de moins, c'est normal ? {!hashtag}"),
    # agent
    ("agent", "a", "telco", "ag",
     "Bonjour {first}, envoyez-nous votre n° client et votre adresse en message privé, nous regardons ça. Ne partagez jamais votre mot de passe ! {sig}"),
    ("agent", "a", "telco", "ag",
     "J'ai retrouvé le code PUK de votre carte SIM : {puk}. Encodez d'abord le PUK, puis choisissez un nouveau code PIN. Bonne journée, {agent}"),
    ("agent", "a", "bank", "ag",
     "Bonjour {first}, le remboursement de {!amount} est parti le {!date} vers votre compte {!masked_value:iban}. Comptez 1 à 2 jours ouvrables. {sig}"),
    ("agent", "a", "energy", "ag",
     "Merci pour vos index ! J'ai modifié votre domiciliation vers {iban}. Votre prochain acompte sera de {!amount}. {agent}"),
    ("agent", "a", "webshop", "ag",
     "Votre mot de passe temporaire est {password:strong}. Connectez-vous sur {!url:mijn} et changez-le directement. {sig}"),
    ("agent", "a", "parcel", "ag",
     "Bonjour {first}, une nouvelle livraison est prévue le {!date} à l'adresse {address}. Vous pouvez nous joindre au {!company_phone}. {sig}"),
])

bank("neg", "fr-be", [
    "payments bank::Code erreur {!error_code} sur le terminal ({!model_number:terminal}).",
    "telco::Modem {!model_number:router}, la clé wifi est sur l'autocollant.",
    "Facture n° {!invoice_number} d'un montant de {!amount}.",
    "C'est comme ça depuis le {!date} vers {!time}.",
    "J'ai l'appli version {!version_string:app} sur un {!model_number:phone}.",
    "Notre numéro de dossier est {!ticket_number}.",
    "webshop parcel::Commande {!order_number}, suivi {!tracking_number}.",
    "telco::On a l'abonnement {!quantity:mbps} à {!amount} par mois.",
    "Client depuis {!year}, jamais eu de souci.",
    "Votre numéro {!company_phone} sonne toujours occupé.",
    "Sur {!url} il n'y a rien sur une panne.",
    "Dans l'espace client le code s'affiche comme {!masked_value:stars}.",
    "N° d'entreprise {!company_registration:kbo}, TVA {!company_registration:bebtw}.",
], sector="any")
bank("neg", "fr-be", ["Relevé d'aujourd'hui : {!meter_reading} (jour) et {!meter_reading2} (nuit)."], sector="energy")
bank("neg", "fr-be", ["Carte se terminant par {!masked_value:card}.", "Erreur {!error_code:alpha} en tapant le code PIN."], sector="bank")
bank("fill", "fr-be", [
    "J'espère que vous pourrez m'aider rapidement.",
    "J'ai déjà appelé deux fois et chaque fois on me dit autre chose.",
    "Pour nous, indépendants, c'est vraiment urgent.",
    "La semaine passée tout fonctionnait encore.",
    "Mon collègue a exactement le même problème.",
])
bank("greeting", "fr-be", ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Bonjour Madame, Monsieur,", "Bonsoir,", "Bonjour {agent},", "Chère Madame, cher Monsieur,"])
bank("opener", "fr-be", [
    "Suite à notre conversation téléphonique du {!date}, je vous transmets les informations demandées.",
    "Je rencontre depuis quelque temps un problème que je n'arrive pas à résoudre.",
    "Le chat m'a renvoyé vers cette adresse, je tente donc ma chance ici.",
    "Comme convenu avec votre collègue {agent}, voici les informations.",
    "Nous sommes clients depuis {!year} et c'est la première fois que ça coince.",
    "Désolé pour ce long mail, mais vous aurez tout en une fois.",
    "Notre informaticien est en congé, j'essaie donc moi-même.",
    "Je réponds à votre courrier du {!date} portant la référence {!ticket_number}.",
])
bank("closer", "fr-be", [
    "Merci d'avance pour votre réponse rapide.",
    "Pouvez-vous traiter ça aujourd'hui ? Nous sommes bloqués.",
    "N'hésitez pas si vous avez besoin d'autre chose.",
    "Merci de me confirmer par mail.",
    "Je reste joignable pendant les heures de bureau.",
    "Merci beaucoup !",
])
bank("signoff", "fr-be", ["Bien à vous,", "Cordialement,", "Bien cordialement,", "Meilleures salutations,", "Salutations distinguées,", "Merci et bonne journée,", "Bàv,", "Cdlt,"])
bank("sig", "fr-be", [
    "{name}\n{role}\n{company}\n{address:block}\nTél. {phone:landline} | GSM {phone}\n{email:work}\nTVA {!company_registration:bebtw}",
    "{name} - {role} - {company}\nGSM : {phone} - mail : {email:work}",
    "{name}\n{company}\n{address:block}\nN° d'entreprise {!company_registration:kbo}",
    "{first}\n\nEnvoyé de mon {!model_number:phone}",
    "{name}\n{phone}",
    "{name}\n{address}\n{phone}",
    "{first} {last}\n{role}, {company}\nGSM {phone}",
    "{name}\n{email}",
])
bank("disclaimer", "fr-be", [
    "Ce message est confidentiel et destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. {company}, numéro d'entreprise {!company_registration:kbo}, RPM Liège.",
    "Pensez à l'environnement avant d'imprimer ce mail.",
    "Nos conditions générales sont d'application. TVA {!company_registration:bebtw}.",
])
bank("footer", "fr-be", [
    "Bien à vous,\n\n{agent}\nService clientèle {brand}\n{!company_phone} | {!url:www}\n{brand} SA - Boulevard du Roi Albert II {n:1-60}, 1140 Evere - TVA {!company_registration8:bebtw}",
    "Cordialement,\n{agent} | {brand} Pro\nAppelez-nous : {!company_phone} (jours ouvrables 8h-18h)\n{!url:https}",
    "Salutations,\n{agent}\nÉquipe Service Clients\n{brand} | n° d'entreprise {!company_registration8:kbo} | {!url}",
])
bank("subject", "fr-be", [
    "telco::Objet : RE: [Dossier {!ticket_number}] panne internet",
    "telco::Objet : Cartes SIM du personnel",
    "Objet : RE: facture {!invoice_number}",
    "Objet : Connexion impossible",
    "webshop payments hosting parcel accounting::Objet : TR: données liaison caisse",
    "bank energy insurer webshop telco accounting airline::Objet : Changement de numéro de compte",
    "payments::Objet : Urgent : terminal de paiement en panne",
    "accounting insurer energy::Objet : Demande pour notre client",
])
bank("toprply", "fr-be", ["Cf. ci-dessous.", "Voir ci-dessous, merci de traiter.", "Voir le mail de ma collègue ci-dessous.", "Toujours pas de réponse, cf. ci-dessous.", "Pour info, voir plus bas.", "Les données sont ci-dessous. Merci !"])
bank("qhdr", "fr-be", [
    "Le {!date:quote} à {!time:hdr}, {name} <{email}> a écrit :",
    "Le {!date:quote} {!time:hdr}, {name} <{email}> a écrit :",
])
bank("qhdr_agent", "fr-be", [
    "Le {!date:quote} à {!time:hdr}, Service clientèle {brand} a écrit :",
    "Le {!date:quote} {!time:hdr}, {agent} ({brand}) a écrit :",
])
bank("outlook", "fr-be", [
    "De : {name} <{email}>\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : Service clientèle {brand}\nObjet : {subj}",
    "De : {name} [mailto:{email}]\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {brand} Pro\nObjet : {subj}",
])
bank("outlook_agent", "fr-be", [
    "De : Service clientèle {brand}\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {name} <{email}>\nObjet : {subj}",
    "De : {agent} - {brand}\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {email}\nObjet : RE: {subj}",
])
bank("fwdhdr", "fr-be", [
    "-------- Message transféré --------\nDe : {name9} <{email9}>\nDate : {!date:quote} {!time:hdr}\nObjet : {subj}\nÀ : {name} <{email}>",
    "Début du message réexpédié :\n\nDe : {name9} <{email9}>\nDate : {!date:hdrlong} à {!time:hdr}\nÀ : {name} <{email}>\nObjet : {subj}",
])
bank("fwdtop", "fr-be", [
    "Bonjour,\n\nVoici la liste de notre office manager. C'est possible aujourd'hui ?",
    "Bonjour,\n\nJe vous transfère le mail de mon collègue, tout y est.",
    "Bonjour,\n\nCi-dessous les données de notre partenaire IT. Merci d'activer.",
])
bank("agentask", "fr-be", [
    "Bonjour {name},\n\nMerci pour votre message. Pour traiter votre demande, nous avons encore besoin de quelques informations. Votre numéro de dossier est {!ticket_number}.",
    "Bonjour {first},\n\nNous ne retrouvons pas votre compte avec les données envoyées. Pouvez-vous nous transmettre votre n° client et le nom du titulaire ?",
    "telco::Bonjour,\n\nVotre demande a été transmise au service technique (dossier {!ticket_number}). Ils demandent les identifiants de la centrale téléphonique et la version du firmware.",
])
bank("subjects_plain", "fr-be", ["telco::Panne internet", "telco::Cartes SIM", "Identifiants", "webshop payments hosting parcel accounting::Liaison caisse", "bank energy insurer webshop telco accounting airline::Remboursement", "payments::Terminal de paiement", "telco::Centrale téléphonique", "telco energy::Déménagement", "hosting accounting::Nouveaux utilisateurs"])
bank("simtable", "fr-be", [
    "Nom | GSM | PIN | PUK\n@@{name#} | {phone#} | {pin#} | {puk#}\n",
    "@@- {name#} : {phone#} - PIN {pin#} - PUK {puk#}\n",
    "nom;gsm;pin;puk\n@@{name#};{phone#};{pin#};{puk#}\n",
    "@@Employé %N : {first#}, GSM {phone#}, code PIN {pin#}, code PUK {puk#}\n",
], sector="telco")
bank("userlist", "fr-be", [
    "@@utilisateur %N : {username#} / {password#}\n",
    "Identifiant | Mot de passe\n@@{username#} | {password#}\n",
    "@@{name#} - login {username#} - mdp {password#}\n",
    "@@* {first#} : {username#} (mot de passe : {password#})\n",
], sector="any")
bank("meterlist", "fr-be", [
    "@@- {address#} : index {!meter_reading#} (n° client {customer_number#})\n",
    "Adresse | Index | N° client\n@@{address#:street} | {!meter_reading#} | {customer_number#}\n",
], sector="energy")

bodies("fr-be", [
    ("sim", "b", "telco",
     "Nous avons commandé {n:3-6} cartes SIM pour notre personnel. Plusieurs ne fonctionnent pas, les GSM demandent tous le code PUK. Voici les données de votre portail :\n\n{simtable}\nPouvez-vous vérifier si ces codes sont corrects ? Il s'agit de l'abonnement à {!amount} par mois avec {!quantity:gb}."),
    ("sim", "b", "telco",
     "Un de nos ouvriers ({name3}) a perdu le GSM de la société sur le chantier. Merci de bloquer le numéro {phone3}. Le code PIN de cette carte était {pin3}, le PUK {puk3}. La nouvelle carte SIM peut être envoyée au bureau. N° client : {customer_number}."),
    ("users", "b", "hosting",
     "Pour la migration vers la nouvelle plateforme mail, voici les boîtes actuelles. Les mots de passe sont provisoires :\n\n{userlist}\nLa migration doit être faite avant le {!date}, sinon la facturation sera bloquée."),
    ("voip", "b", "telco",
     "Notre centrale téléphonique ({!model_number:pbx}) ne s'enregistre plus depuis le {!date} à {!time}. Données :\nUtilisateur SIP : {username:sip}\nMot de passe SIP : {password:strong}\nIP fixe : {ip_address}\nErreur : {!error_code:http}\nLes {n:4-10} postes affichent 'non enregistré'."),
    ("router", "b", "telco",
     "Après la panne d'hier le routeur ({!model_number:router}) a été réinitialisé. J'ai tout reconfiguré :\nlogin admin : {username:admin}\nmot de passe admin : {password}\nwifi personnel : {wifi_key}\nwifi clients : {wifi_key2}\nMalgré tout la connexion coupe toutes les heures. Firmware {!version_string:fw}."),
    ("terminal", "b", "payments",
     "Le terminal de paiement de notre commerce ({!model_number:terminal}) affiche l'erreur {!error_code} depuis cet après-midi. Le sans contact ne marche pas, avec carte et code oui. Numéro de commerçant {customer_number}, le code gérant du terminal est {pin}. Le vendredi soir c'est notre plus grosse soirée, merci de faire vite !"),
    ("api", "b", "webshop",
     "Nous relions notre boutique en ligne à votre plateforme mais l'authentification échoue ({!error_code:http}). Voici les clés :\n\nConsumer key : {api_key:ck}\nConsumer secret : {api_key:cs}\n\nLes commandes {!order_number} et {!order_number2} ne passent pas."),
    ("accountant", "b", "accounting",
     "En tant que comptable de {name2}, je vous demande d'adapter la domiciliation. N° client {customer_number}, nouveau compte {iban}. L'ancien compte ({!masked_value:iban}) sera clôturé le {!date}. Mon client est né le {date_of_birth2}."),
    ("bank", "b", "bank",
     "Notre carte professionnelle ({card}, expiration {card_expiry}) a été avalée à {city}. Je suis sûr que le code {pin} était bon. Merci de la bloquer et d'en envoyer une nouvelle à l'adresse suivante : {address}. Compte professionnel : {iban}."),
    ("bank", "c", "bank",
     "Ce matin j'ai reçu une notification de connexion sur un nouvel appareil. Ensuite un code ({otp}) que je n'ai pas demandé. J'ai changé mon mot de passe tout de suite en {password}. Mon identifiant est {username}. Pouvez-vous vérifier s'il s'est passé quelque chose ? Dernière opération connue : {!amount} le {!date}."),
    ("energy", "b", "energy",
     "Voici les index de nos implantations au {!date} :\n\n{meterlist}\nLa consommation nous semble bien trop élevée ({!quantity:kwh}). Pouvez-vous vérifier ?"),
    ("insurer", "c", "insurer",
     "Le {!date}, nous avons été cambriolés ({address}). Un ordinateur portable ({!model_number:laptop}) et des bijoux ont été volés. N° de police {customer_number}, date de naissance {date_of_birth}. Merci de verser l'indemnité sur {iban}."),
    ("parcel", "b", "parcel",
     "Nous expédions via votre compte pro ({customer_number}) environ {n:30-150} colis par jour. Depuis la mise à jour du plug-in ({!version_string:semver}) les étiquettes ne se créent plus. Clé API : {api_key}. Exemples : {!tracking_number}, {!tracking_number2}."),
    ("shop", "c", "webshop",
     "J'essaie depuis deux jours de payer la commande {!order_number}. Je tape : numéro de carte {card}, date d'expiration {card_expiry}, code de sécurité {cvv}. Puis écran blanc. Sur mon compte il y a pourtant une réservation de {!amount}."),
    ("login", "b", "accounting",
     "Notre comptable n'a plus accès à notre compte. Le code SMS ({otp}) part vers le numéro d'une ancienne collègue. Merci de changer le numéro de double authentification pour le {phone}. Identifiant {username}, mot de passe provisoire {password}."),
    ("hosting", "b", "hosting",
     "Notre site est hors ligne depuis {!time}. Pour votre analyse :\nServeur FTP : ftp.{branddom}\nLogin FTP : {username}\nMot de passe FTP : {password}\nToken API : {token:bearer}\nLe serveur renvoie {!error_code:http}."),
])


# ===========================================================================
# ENGLISH (UK / US)
# ===========================================================================
msgs("en", [
    ("login", "c", "telco", "ms wa tg dm",
     "Hi, I can't log in to my account. Username {username}, password {password}. It keeps saying 'details not recognised'. Can you check?"),
    ("login", "c", "bank", "dm wa",
     "login {username} pw {password} and STILL locked out {emo:angry}"),
    ("login", "c", "energy", "em ms",
     "Hello,\n\nI'm unable to sign in to the customer portal.\nUser: {username}\nPass: {password}\nEvery time I get error {!error_code}. Using Edge on {!version_string:win}.\n\nThanks,\n{name}"),
    ("login", "c", "webshop", "wa ig",
     "Third time resetting my password this month. It's now {password}. Account email is {email}. Still says 'account suspended'!"),
    ("login", "c", "hosting", "tg ms",
     "Webmail is being weird. {username} / {password} works on my phone but not on the laptop."),
    ("login", "c", "gov", "ms wa",
     "{password} is my password and {username} is the user ID. Site says 'unknown user', do I have to register again?"),
    ("login", "c", "insurer", "wa",
     "username: {username}\npassword: {password}\napp says it's wrong"),
    ("login", "c", "accounting", "em tg",
     "Hi team,\n\nOur bookkeeper can't get into our account, it says 'too many attempts'. User {username}, password {password}. Could you unlock it? Company no. {!company_registration}.\n\nCheers,\n{first}"),
    ("login", "c", "parcel", "ms dm",
     "creds are {username}:{password} if that helps, I just want to change the delivery day for {!tracking_number}"),
    ("login", "c", "telco", "wa",
     "tried logging in with my email and {password} as the password, nothing. Then tried username {username}, also nothing. Help"),
    ("login", "c", "bank", "dm",
     "My passcode is {password} and I'm 100% sure it's right. Locked out since {!date}. Ref {!ticket_number}"),
    # sim
    ("sim", "c", "telco", "wa ms",
     "My phone is asking for a PUK code. I found {puk} in the app but it doesn't work. How many tries do I have left?"),
    ("sim", "c", "telco", "tg wa",
     "SIM PIN is {pin}, I set it myself. Since the {!version_string:ios} update it says 'incorrect PIN'"),
    ("sim", "c", "telco", "ms",
     "New SIM arrived. PIN {pin} PUK {puk} printed on the card. Activation fails though, error {!error_code:alpha}."),
    ("sim", "c", "telco", "wa ig",
     "PUK: {puk}\nis that the right one? It's my mum's phone ({!model_number:phone})"),
    ("sim", "c", "telco", "dm",
     "Locked after 3 wrong PINs. My PUK (from the online account) is {puk}. Can you confirm before I try it?"),
    ("sim", "c", "telco", "tw",
     "{!mention} ported my number to you 2 days ago and the SIM is PUK-locked. PUK {puk} gets rejected. No phone for work {emo:angry} {!hashtag}"),
    ("sim", "c", "telco", "ms wa",
     "PUK Code - {puk}\nSIM PIN - {pin}\nboth rejected on my {!model_number:phone}"),
    # pin
    ("pin", "c", "bank", "ms wa",
     "My debit card got blocked at the till. I typed {pin}, it's been my PIN for years. What now?"),
    ("pin", "c", "bank", "wa tg",
     "Forgot my card PIN. Was it {pin} or {pin2}? Too scared to try again"),
    ("pin", "c", "bank", "ms",
     "I requested a PIN reminder but the letter never came. The old one ({pin}) doesn't work any more. Customer no. {customer_number}."),
    ("pin", "c", "payments", "wa ms",
     "The card reader is asking for a supervisor code. Put in {pin} like the manual says and it says 'invalid'. Device {!model_number:terminal}."),
    ("pin", "c", "bank", "ig",
     "app PIN {pin:6} not accepted since update {!version_string:app}"),
    ("pin", "c", "bank", "tw",
     "{!mention} your ATM on the high street ate my card even though I put in {pin} which is DEFINITELY right {emo:angry} {!hashtag}"),
    # otp
    ("otp", "c", "bank", "ms wa",
     "I got the code {otp} by text but the app isn't asking for anything. What do I do with it?"),
    ("otp", "c", "webshop", "wa tg",
     "Code received: {otp:space}\nbut it was rejected at checkout"),
    ("otp", "c", "bank", "ms",
     "Someone called saying they were from the bank and I gave them the code {otp}. Then I saw a transfer of {!amount}. What do I do??? Call me on {phone}"),
    ("otp", "c", "accounting", "tg ms",
     "The verification code ({otp}) takes {n:10-20} minutes to arrive and by then it's expired. Is that normal?"),
    ("otp", "c", "telco", "wa",
     "one time passcode {otp:dash} won't work to activate my eSIM"),
    ("otp", "c", "gov", "em",
     "Dear Sir or Madam,\n\nWhen I sign in I get a code by text ({otp}) but then the site shows '{!error_code}'. I have asked for a new code 3 times. My mobile is {phone}.\n\nYours faithfully,\n{name}"),
    ("otp", "c", "hosting", "ms tg",
     "{otp:g} is the code I got but it says expired"),
    ("otp", "c", "payments", "dm ms",
     "Authenticator code was {otp}, typed it in within 5 sec and got 'invalid code'. Clock on my phone is right."),
    ("otp", "c", "webshop", "tw",
     "{!mention} why is my security code {otp} not working?? trying to pay for order {!order_number} for the last hour {!hashtag}"),
    # wifi
    ("wifi", "c", "telco", "ms wa",
     "Our Wi-Fi password is {wifi_key}, it's on the back of the hub. The TV still won't connect to {ssid}."),
    ("wifi", "c", "telco", "wa tg",
     "Changed the wifi password to {wifi_key:custom} and now the printer doesn't work. Do I need to set it up again?"),
    ("wifi", "c", "telco", "ms ig",
     "Router {!model_number:router}, network key {wifi_key}. Connection drops constantly, especially around {!time:evening} in the evening."),
    ("wifi", "c", "telco", "wa",
     "wifi {ssid} pw {wifi_key}\nmy son can't get his laptop on it"),
    ("wifi", "c", "telco", "dm ms",
     "The WPA2 key ({wifi_key}) works on my phone but not my laptop. Weird right?"),
    ("wifi", "c", "telco", "fb",
     "Same here. The wifi key {wifi_key} from the sticker stopped working this morning. TV box is dead too."),
    ("wifi", "c", "telco", "wa",
     "{wifi_key} is what's on the card that came with the router, I typed it 5 times. 'Incorrect password'."),
    # card
    ("card", "c", "webshop", "ms wa",
     "Payment with my credit card keeps failing: {card}, expires {card_expiry}, CVV {cvv}. What am I doing wrong?"),
    ("card", "c", "bank", "wa tg",
     "My card was stolen in {city}! Card number {card}. Please block it now"),
    ("card", "c", "airline", "em ms",
     "Hello,\n\nI'm trying to pay for extra luggage ({!amount}) but it fails. Card: {card} exp {card_expiry} security code {cvv}. Flight {!flight_number} on {!date}.\n\nThanks,\n{name}"),
    ("card", "c", "webshop", "wa",
     "{card}\n{card_expiry}\n{cvv}\ncan you just process it like that? Order {!order_number}"),
    ("card", "c", "bank", "ms dm",
     "There's a payment of {!amount} on my card ({!masked_value:card}) I didn't make. Card is in my wallet."),
    ("card", "c", "insurer", "ms tg",
     "I'd like to pay the premium by card: long number {card}, valid thru {card_expiry}, 3 digits on the back {cvv}"),
    ("card", "c", "telco", "dm wa",
     "card {card} (exp {card_expiry:mmyy}) cvc {cvv} - top up keeps failing with {!error_code}"),
    # iban
    ("iban", "c", "webshop", "ms wa em",
     "Please refund {!amount} to {iban}, account holder {name}. The return {!order_number} reached you on {!date}."),
    ("iban", "c", "energy", "wa ms",
     "My new bank account for the direct debit is {iban}. Please update from {!date}."),
    ("iban", "c", "insurer", "tg",
     "IBAN {iban}, customer number {customer_number}. When will the claim be paid?"),
    ("iban", "c", "airline", "em",
     "Dear Sir or Madam,\n\nFlight {!flight_number} on {!date} was cancelled. I am entitled to a refund of {!amount}. As I live in the Netherlands now, please pay to my Dutch account {iban:NL}.\n\nKind regards,\n{name}"),
    ("iban", "c", "webshop", "wa",
     "refund to {iban} pls"),
    # bsn (expats in NL)
    ("bsn", "c", "insurer", "em ms",
     "I recently moved to the Netherlands for work. My BSN is {bsn} and my date of birth is {date_of_birth}. Do you need anything else for the health insurance?"),
    ("bsn", "c", "gov", "ms wa",
     "BSN {bsn} - got it from the municipality last week. Is that enough to apply for the allowance?"),
    ("bsn", "c", "insurer", "wa tg",
     "Details: {name}, DOB {date_of_birth}, BSN {bsn}"),
    ("bsn", "c", "gov", "ms",
     "citizen service number (BSN) {bsn}. The form keeps rejecting it with {!error_code}"),
    # api
    ("api", "b", "payments", "em tg",
     "Our store is getting a {!error_code:http} on every payment since yesterday. We're using the API key {api_key:sk}. Is it still active?"),
    ("api", "b", "hosting", "tg",
     "Authorization: Bearer {token:jwt}\nreturns {!error_code:h403}, worked yesterday"),
    ("api", "b", "webshop", "em",
     "Hi {brand},\n\nTo connect our POS we use this key: {api_key:api}. Stock sync stops after {n:50-200} products with '{!error_code:alpha}'. Can you have a look?\n\nBest,\n{name}\n{company}"),
    ("api", "b", "accounting", "tg ms",
     "access token {token:bearer} expires after 1h and refresh token {token:refresh} gives 'invalid_grant'. Any idea?"),
    ("api", "b", "hosting", "tg",
     "Our GitHub token {token:pat} leaked in a public repo. Revoked it already but can you check the audit logs?"),
    ("api", "b", "hosting", "em tg",
     "AWS keys for the S3 backup integration:\nAccess key ID: {api_key:akia}\nSecret: {api_key:awssecret}\nBackups fail with {!error_code:http} since {!date}."),
    ("api", "b", "webshop", "tg",
     "Maps on our store locator broke, key {api_key:aiza} returns REQUEST_DENIED. Billing is active."),
    ("api", "b", "payments", "em",
     "Hello,\n\nOur transactional mails stopped. The SendGrid-style key we configured in your dashboard is {api_key:sg}. Webhook logs show {!error_code:http}.\n\nThanks,\n{name}"),
    ("api", "b", "hosting", "tg ms",
     "slack alerts died. bot token {token:xoxb}, user token {token:xoxp}. Both give invalid_auth"),
    # other
    ("move", "c", "telco", "ms wa em",
     "We're moving on {!date} to {address}. Account number {customer_number}. Can broadband be installed that day?"),
    ("contact", "c", "energy", "wa",
     "My mobile number has changed: {phone}. Please update my account."),
    ("contact", "c", "parcel", "ms ig",
     "Parcel {!tracking_number} needs to go to {address}, not next door. I'm in after {!time}."),
    ("contact", "c", "insurer", "wa ms",
     "My daughter was born on {date_of_birth2}, I'd like to add her to policy {customer_number}. What do you need?"),
    ("contact", "c", "webshop", "dm ig",
     "my email is {email:spelled} , nothing arrives"),
    ("ip", "b", "telco", "em tg",
     "Our static IP {ip_address} is on a blocklist and our emails bounce. Can you check? Company reg {!company_registration}."),
    ("contact", "c", "bank", "ms",
     "DOB {date_of_birth}, postcode on file should be the one from {address}. Your app says my details don't match."),
    # no span
    ("neg", "c", "telco", "tw",
     "{!mention} {n:2-5} days without broadband in {city}, router shows {!error_code}. Ticket {!ticket_number} and nobody comes {emo:angry} {!hashtag}"),
    ("neg", "c", "energy", "ms wa",
     "Meter reading on {!date}: day {!meter_reading}, night {!meter_reading2}. So why did my direct debit go up {!percentage}?"),
    ("neg", "c", "parcel", "tw fb",
     "Parcel {!tracking_number} 'delivered' at {!time} but nothing here. {!hashtag}"),
    ("neg", "c", "bank", "ms",
     "Paying with the app gives error {!error_code} on my {!model_number:phone} ({!version_string:android}). PIN is accepted though."),
    ("neg", "c", "telco", "fb igc",
     "Bill {!invoice_number} for {!amount} because of {!quantity:gb} of data?? I was at home on wifi."),
    ("neg", "c", "airline", "tw",
     "{!mention} flight {!flight_number} {!date}, {n:2-5} hours delay and zero info at the gate. Thanks for nothing {!hashtag}"),
    ("neg", "c", "webshop", "ms ig",
     "Order {!order_number}: item {!product_code:sku} missing, but I paid {!amount}."),
    ("neg", "c", "payments", "ms wa",
     "Card machine {!model_number:terminal} (software {!version_string:fw}) throws {!error_code} after every payment over {!amount}. Need an update?"),
    ("neg", "c", "telco", "wa",
     "The wifi password is on the sticker under the router but the sticker's peeled off. Can I see it in the app?"),
    ("neg", "c", "insurer", "fb",
     "Claim {!ticket_number} open since {!date}. Assessor came round, now what? {emo:sad}"),
    ("neg", "c", "accounting", "em ms",
     "Bank feed import fails with '{!error_code:alpha}' on version {!version_string:app}. Tax year {!year}, VAT return due {!date}."),
    ("neg", "c", "telco", "tw",
     "{!mention} paying {!amount} a month for {!quantity:mbps} and getting {!quantity2:mbpslow} in the evening. Is that normal? {!hashtag}"),
    ("neg", "c", "hosting", "tw",
     "{!mention} is something down? All our sites return {!error_code:http} since {!time}. {!url:bare} says all green {!hashtag}"),
    ("neg", "c", "bank", "igc",
     "Still no new card after {n:2-4} weeks. Reference {!ticket_number}. PIN letter arrived though, lol"),
    # agent
    ("agent", "a", "telco", "ag",
     "Hi {first}, please DM us your account number and postcode and we'll take a look. Never share your password! {sig}"),
    ("agent", "a", "telco", "ag",
     "I've found the PUK for your SIM: {puk}. Enter the PUK first, then choose a new PIN. Thanks, {agent}"),
    ("agent", "a", "bank", "ag",
     "Hi {first}, the refund of {!amount} went out on {!date} to your account {!masked_value:iban}. Allow 1-2 working days. {sig}"),
    ("agent", "a", "energy", "ag",
     "Thanks for the readings! I've updated your direct debit to {iban}. Your next payment will be {!amount}. {agent}"),
    ("agent", "a", "webshop", "ag",
     "Your temporary password is {password:strong}. Log in at {!url:mijn} and change it straight away. {sig}"),
    ("agent", "a", "parcel", "ag",
     "Hi {first}, we've rebooked delivery for {!date} to {address}. You can always reach us on {!company_phone}. {sig}"),
    ("agent", "a", "bank", "ag",
     "Hi {first}, we will never ask for your PIN or one-time codes. If you shared {otp} with a caller, please ring {!company_phone} right away so we can freeze your card. {agent}"),
])

bank("neg", "en", [
    "payments bank::Error code {!error_code} on the card reader ({!model_number:terminal}).",
    "telco::Router is a {!model_number:router}, the wifi password is on the sticker.",
    "Invoice number {!invoice_number}, amount {!amount}.",
    "It's been like this since {!date} around {!time}.",
    "I'm on app version {!version_string:app} on a {!model_number:phone}.",
    "Our case number is {!ticket_number}.",
    "webshop parcel::Order {!order_number}, tracking {!tracking_number}.",
    "telco::We're on the {!quantity:mbps} plan at {!amount} a month.",
    "Customer since {!year}, never had issues before.",
    "Your number {!company_phone} is always engaged.",
    "Nothing about an outage on {!url}.",
    "In the portal the code just shows as {!masked_value:stars}.",
    "bank::PIN reset option greyed out in version {!version_string:app}.",
], sector="any")
bank("neg", "en", ["Today's reading: {!meter_reading}.", "Gas meter read {!meter_reading} on {!date}."], sector="energy")
bank("neg", "en", ["Card ending {!masked_value:card}.", "Error {!error_code:alpha} when entering the PIN."], sector="bank")
bank("fill", "en", [
    "I hope you can help quickly.",
    "I've called twice already and got a different answer each time.",
    "As a small business this is really urgent for us.",
    "Everything worked fine last week.",
    "My colleague has exactly the same problem.",
])
bank("greeting", "en", ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi {brand} team,", "Hello {agent},", "Good morning,", "Hi there,", "To whom it may concern,"])
bank("opener", "en", [
    "Following our call on {!date}, here are the details you asked for.",
    "I've had a problem for a while now that I can't solve myself.",
    "Your chat sent me to this address, so here goes.",
    "As agreed with your colleague {agent}, here's the information.",
    "We've been customers since {!year} and this is the first time things have gone wrong.",
    "Sorry for the long email, but this way you have everything at once.",
    "Our IT guy is on holiday so I'm trying to sort this myself.",
    "I'm replying to your letter of {!date}, reference {!ticket_number}.",
])
bank("closer", "en", [
    "Thanks in advance for a quick reply.",
    "Can you look at this today? We're stuck.",
    "Let me know if you need anything else.",
    "Please confirm by email once it's done.",
    "I'm reachable during office hours.",
    "Many thanks!",
])
bank("signoff", "en", ["Kind regards,", "Best regards,", "Thanks,", "Best,", "Regards,", "Many thanks,", "Cheers,", "Sincerely,"])
bank("sig", "en", [
    "{name}\n{role}\n{company}\n{address:block}\nT: {phone:landline}\nM: {phone}\nE: {email:work}",
    "{name} | {role} | {company}\nMobile {phone} | {email:work}",
    "{name}\n{company}\n{address:block}\nRegistered in England and Wales, company no. {!company_registration:ukco}",
    "{first}\n\nSent from my {!model_number:phone}",
    "{name}\n{phone}",
    "{name}\n{address}\n{phone}",
    "{first} {last}\n{role}, {company}\nCell: {phone}",
    "{name}\n{email}",
])
bank("disclaimer", "en", [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. {company} is registered in England and Wales, company number {!company_registration:ukco}, VAT no. {!company_registration:ukvat}.",
    "Please consider the environment before printing this email.",
    "CONFIDENTIALITY NOTICE: This message is for the named recipient only. {company}, EIN {!company_registration:ein}.",
])
bank("footer", "en", [
    "Kind regards,\n\n{agent}\nCustomer Support | {brand}\n{!company_phone} | {!url:www}\n{brand} Ltd, registered office 1 Canal Wharf, Wakefield. Company no. {!company_registration8:ukco}",
    "Best,\n{agent} | {brand} Business Support\nCall us: {!company_phone} (Mon-Fri 8am-8pm)\n{!url:https}",
    "Thanks,\n{agent}\nCustomer Care Team\n{brand} Inc. | {!url} | {!company_phone}",
])
bank("subject", "en", [
    "telco::Subject: RE: [Ticket {!ticket_number:hash}] Office broadband down",
    "telco::Subject: Staff SIM cards",
    "Subject: RE: invoice {!invoice_number}",
    "Subject: Can't log in",
    "webshop payments hosting parcel accounting::Subject: FW: integration credentials",
    "bank energy insurer webshop telco accounting airline::Subject: Change of bank details",
    "payments::Subject: URGENT: card terminal not working",
    "accounting insurer energy::Subject: Query on behalf of our client",
])
bank("toprply", "en", ["See below.", "See below, please action.", "See my colleague's email below.", "Still no reply, see below.", "FYI, see below.", "Details below. Thanks!"])
bank("qhdr", "en", [
    "On {!date:quote} at {!time:hdr}, {name} <{email}> wrote:",
    "On {!date:quote}, {!time:hdr} {name} <{email}> wrote:",
])
bank("qhdr_agent", "en", [
    "On {!date:quote} at {!time:hdr}, {brand} Support wrote:",
    "On {!date:quote}, {agent} ({brand}) wrote:",
])
bank("outlook", "en", [
    "From: {name} <{email}>\nSent: {!date:outlook} {!time:hdr}\nTo: {brand} Support\nSubject: {subj}",
    "-----Original Message-----\nFrom: {name} [mailto:{email}]\nSent: {!date:outlook} {!time:hdr}\nTo: {brand} Business\nSubject: {subj}",
])
bank("outlook_agent", "en", [
    "From: {brand} Customer Support\nSent: {!date:outlook} {!time:hdr}\nTo: {name} <{email}>\nSubject: {subj}",
    "-----Original Message-----\nFrom: {agent} - {brand}\nSent: {!date:outlook} {!time:hdr}\nTo: {email}\nSubject: RE: {subj}",
])
bank("fwdhdr", "en", [
    "---------- Forwarded message ---------\nFrom: {name9} <{email9}>\nDate: {!date:quote} at {!time:hdr}\nSubject: {subj}\nTo: {name} <{email}>",
    "Begin forwarded message:\n\nFrom: {name9} <{email9}>\nDate: {!date:hdrlong} at {!time:hdr}\nTo: {name} <{email}>\nSubject: {subj}",
])
bank("fwdtop", "en", [
    "Hi,\n\nHere's the list from our office manager. Can this be done today?",
    "Hello,\n\nForwarding my colleague's email, everything's in there.",
    "Hi,\n\nBelow are the details from our IT provider. Please activate.",
])
bank("agentask", "en", [
    "Dear {name},\n\nThank you for your message. To process your request we need a few more details. Your case number is {!ticket_number}.",
    "Hi {first},\n\nWe couldn't find your account with the details you sent. Could you send us your account number and the name of the account holder?",
    "telco::Hello,\n\nYour request has been passed to our technical team (case {!ticket_number}). They're asking for the phone system login and the firmware version.",
])
bank("subjects_plain", "en", ["telco::Broadband down", "telco::SIM cards", "Login details", "webshop payments hosting parcel accounting::POS integration", "bank energy insurer webshop telco accounting airline::Refund", "payments::Card terminal", "telco::Phone system", "telco energy::Moving house", "hosting accounting::New users"])
bank("simtable", "en", [
    "Name | Number | PIN | PUK\n@@{name#} | {phone#} | {pin#} | {puk#}\n",
    "@@- {name#}: {phone#}, PIN {pin#}, PUK {puk#}\n",
    "name,mobile,pin,puk\n@@{name#},{phone#},{pin#},{puk#}\n",
    "@@Employee %N: {first#}, mobile {phone#}, SIM PIN {pin#}, PUK code {puk#}\n",
], sector="telco")
bank("userlist", "en", [
    "@@user %N: {username#} / {password#}\n",
    "Username | Password\n@@{username#} | {password#}\n",
    "@@{name#} - login {username#} - pw {password#}\n",
    "@@* {first#}: {username#} (password: {password#})\n",
], sector="any")
bank("meterlist", "en", [
    "@@- {address#}: reading {!meter_reading#} (account {customer_number#})\n",
    "Site | Reading | Account no.\n@@{address#:street} | {!meter_reading#} | {customer_number#}\n",
], sector="energy")

bodies("en", [
    ("sim", "b", "telco",
     "We ordered {n:3-6} SIM cards for our field staff. Several aren't working, all the phones are asking for a PUK. Here's what your portal shows:\n\n{simtable}\nCan you check these codes are right? It's the {!amount} a month plan with {!quantity:gb} of data."),
    ("sim", "b", "telco",
     "One of our engineers ({name3}) lost their work phone on site. Please bar the number {phone3}. The PIN on that SIM was {pin3} and the PUK {puk3}. The replacement SIM can go to the office. Account number: {customer_number}."),
    ("users", "b", "hosting",
     "For the migration to the new mail platform, here are the current mailboxes. Passwords are temporary:\n\n{userlist}\nThe migration has to be done before {!date} or our billing stops."),
    ("voip", "b", "telco",
     "Our phone system ({!model_number:pbx}) hasn't registered since {!date} at {!time}. Details:\nSIP username: {username:sip}\nSIP password: {password:strong}\nStatic IP: {ip_address}\nError: {!error_code:http}\nAll {n:4-10} handsets show 'not registered'."),
    ("router", "b", "telco",
     "After yesterday's outage the router ({!model_number:router}) was factory reset. I've set it all up again:\nadmin login: {username:admin}\nadmin password: {password}\nstaff wifi: {wifi_key}\nguest wifi: {wifi_key2}\nStill the connection drops every hour. Firmware {!version_string:fw}."),
    ("terminal", "b", "payments",
     "The card terminal in our shop ({!model_number:terminal}) has shown error {!error_code} since this afternoon. Contactless doesn't work, chip and PIN does. Merchant ID {customer_number}, the terminal's admin PIN is {pin}. Saturday is our busiest day, please hurry!"),
    ("api", "b", "webshop",
     "We're connecting our online shop to your platform but authentication fails ({!error_code:http}). These are the keys:\n\nConsumer key: {api_key:ck}\nConsumer secret: {api_key:cs}\n\nOrders {!order_number} and {!order_number2} don't come through."),
    ("api", "b", "payments",
     "Since your change on {!date} every refund returns a {!error_code:h401}. Our developer regenerated the keys but the new ones fail too:\n\nsecret key: {api_key:sk}\nrestricted key: {api_key:rk}\n\nCan you see in the logs what's going wrong? It's about {n:20-60} refunds, {!amount:big} in total."),
    ("accountant", "b", "accounting",
     "As the accountant for {name2}, I'm asking you to update the direct debit. Customer number {customer_number}, new account {iban}. The old account ({!masked_value:iban}) closes on {!date}. My client's date of birth is {date_of_birth2}."),
    ("accountant", "b", "insurer",
     "I'm the bookkeeper for {name2}, who has recently relocated to the Netherlands. For the income protection policy: BSN {bsn}, born {date_of_birth2}, living at {address2}. Please collect premiums from {iban}."),
    ("bank", "b", "bank",
     "Our business card ({card}, expiry {card_expiry}) was swallowed by a cash machine in {city}. I'm sure the PIN {pin} was right. Please cancel it and send a new one to {address}. Business account: {iban}."),
    ("bank", "c", "bank",
     "This morning I got an alert about a login from a new device. Then a code ({otp}) I never asked for. I changed my password straight away to {password}. My username is {username}. Can you check whether anything happened? Last transaction I recognise: {!amount} on {!date}."),
    ("energy", "b", "energy",
     "Here are the meter readings for our sites as of {!date}:\n\n{meterlist}\nUsage looks far too high ({!quantity:kwh}). Can you check?"),
    ("insurer", "c", "insurer",
     "On {!date} our home ({address}) was burgled. A laptop ({!model_number:laptop}) and jewellery were taken. Policy number {customer_number}, date of birth {date_of_birth}. Please pay the settlement into {iban}."),
    ("parcel", "b", "parcel",
     "We ship about {n:30-150} parcels a day through your business account ({customer_number}). Since the plug-in update ({!version_string:semver}) labels won't generate. API key: {api_key}. Examples: {!tracking_number}, {!tracking_number2}."),
    ("shop", "c", "webshop",
     "I've been trying to pay for order {!order_number} for two days. I enter: card number {card}, expiry {card_expiry}, security code {cvv}. Then a blank screen. My bank shows a pending charge of {!amount} though."),
    ("login", "b", "accounting",
     "Our bookkeeper can't get into our account anymore. The SMS code ({otp}) goes to a former colleague's number. Please change the two-factor number to {phone}. Username {username}, temporary password {password}."),
    ("hosting", "b", "hosting",
     "Our website has been down since {!time}. For your investigation:\nFTP host: ftp.{branddom}\nFTP user: {username}\nFTP password: {password}\nAPI token: {token:bearer}\nThe server returns {!error_code:http}."),
    ("hosting", "b", "hosting",
     "Our deploy pipeline broke after you rotated the registry credentials. The job uses the personal access token {token:glpat}; the GitHub mirror uses {token:ghp}. Both now get 'authentication failed'. Our account owner is {email:work}."),
    ("reseller", "b", "telco",
     "As a reseller I look after a few small clients. For {name2}'s line we need: current number {phone2}, account number {customer_number2}, and the verification code he just got by text ({otp}). He's not great with email, so I'm sending it on his behalf."),
])


# ===========================================================================
# messages and e-mail parts WITHOUT personal data (dense hard negatives)
# ===========================================================================
msgs("nl", [
    ("negc", "c", "telco", "tw", "{!mention} {neg} {neg2} {!hashtag}"),
    ("negc", "c", "bank", "ms wa tg", "{neg} {fill}"),
    ("negc", "c", "energy", "ms wa", "Hoi, {neg} {neg2} Kunnen jullie even kijken?"),
    ("negc", "c", "webshop", "em", "Goedemiddag,\n\n{fill} {neg}\n{neg2}\n\nGroet,\n{first}"),
    ("negc", "c", "payments", "wa tg", "[{!time:hm}] {neg}\n[{!time2:hmlater}] {fill}"),
    ("negc", "c", "hosting", "tw", "{!mention} {neg} Dit is echt de {n:3-5}e keer deze maand {emo:angry}"),
    ("negc", "c", "parcel", "fb igc", "{neg} {neg2}"),
    ("negc", "c", "insurer", "ms dm", "Vraagje: {neg} Is dat normaal?"),
    ("neg", "c", "telco", "ms wa", "Moet ik de pincode van de simkaart invullen bij het activeren of pas later? Nieuwe kaart is van {!date}, toestel {!model_number:phone}."),
    ("neg", "c", "bank", "tw", "{!mention} inloggen met de app lukt al sinds {!time} niet, foutcode {!error_code}. Storing? {!hashtag}"),
    ("neg", "c", "energy", "em", "Beste,\n\nIn de jaarafrekening van {!date} staat een verbruik van {!quantity:kwh}. Vorig jaar was dat {!quantity2:kwh}. Het voorschot gaat van {!amount} naar {!amount2} ({!percentage} hoger). De meterstand die ik op {!date2} doorgaf was {!meter_reading}. Kunnen jullie dit controleren?\n\nMet vriendelijke groet,\n{name}"),
    ("neg", "c", "webshop", "tw", "{!mention} order {!order_number} geannuleerd zonder reden, geld ({!amount}) nog niet terug {emo:angry}"),
    ("neg", "c", "airline", "ms", "Ik moet mijn bagage bijboeken voor vlucht {!flight_number} op {!date}. Kost {!amount} via de site maar de knop doet niks ({!version_string:ios})."),
    ("neg", "c", "accounting", "tw", "{!mention} btw-aangifte Q{n:1-4} {!year} loopt vast op {!percentage} bij het indienen. Foutcode {!error_code}."),
    ("neg", "c", "telco", "ig igc", "Nieuwe {!model_number:phone} gekocht bij jullie (art. {!product_code:ean}) maar eSIM overzetten geeft {!error_code}. Hoe dan?"),
    ("neg", "c", "gov", "ms", "De site {!url:https} geeft al de hele ochtend {!error_code:http}. Deadline is {!date}. Wat nu?"),
    ("agentneg", "a", "telco", "ag", "Hoi {first}, wat vervelend! Ik heb een storingsmelding aangemaakt ({!ticket_number}). Er speelt een storing in jouw regio sinds {!time}. Volg de status via {!url:bare}. {sig}"),
    ("agentneg", "a", "webshop", "ag", "Dank voor je geduld {first}! Je bestelling {!order_number} is vandaag verzonden, track & trace: {!tracking_number}. {sig}"),
    ("agentneg", "a", "bank", "ag", "Hoi {first}, je kunt je pincode wijzigen in de app onder Instellingen > Pas. Werkt dat niet in versie {!version_string:app}? Update dan eerst. {agent}"),
    ("agentneg", "a", "energy", "ag", "Hoi {first}, je nieuwe termijnbedrag is {!amount} per maand (was {!amount2}). Dat is gebaseerd op {!quantity:kwh} per jaar. {sig}"),
])
msgs("nl-be", [
    ("negc", "c", "telco", "tw", "{!mention} {neg} {neg2} {!hashtag}"),
    ("negc", "c", "bank", "ms wa tg", "{neg} {fill}"),
    ("negc", "c", "energy", "ms wa", "Dag, {neg} {neg2} Kunnen jullie dat eens nakijken?"),
    ("negc", "c", "webshop", "em", "Goeiedag,\n\n{fill} {neg}\n{neg2}\n\nGroeten,\n{first}"),
    ("negc", "c", "payments", "wa tg", "[{!time:hm}] {neg}\n[{!time2:hmlater}] {fill}"),
    ("negc", "c", "parcel", "fb igc", "{neg} {neg2}"),
    ("neg", "c", "telco", "ms wa", "Moet ik de pincode ingeven bij het activeren van de eSIM? Toestel {!model_number:phone}, {!version_string:ios}."),
    ("neg", "c", "bank", "tw", "{!mention} aanmelden in de app lukt niet sinds {!time}, foutcode {!error_code}. Panne? {!hashtag}"),
    ("neg", "c", "energy", "em", "Beste,\n\nIn de eindafrekening van {!date} staat {!quantity:kwh}. Vorig jaar was dat {!quantity2:kwh}. Het voorschot stijgt van {!amount} naar {!amount2}. De meterstand die ik doorgaf was {!meter_reading}. Kan dit nagekeken worden?\n\nVriendelijke groeten,\n{name}"),
    ("neg", "c", "webshop", "tw", "{!mention} bestelling {!order_number} geannuleerd zonder uitleg en {!amount} nog niet terug {emo:angry}"),
    ("agentneg", "a", "telco", "ag", "Dag {first}, spijtig! Er is een storing in jouw regio sinds {!time}, dossier {!ticket_number}. Volg het op via {!url:bare}. {sig}"),
    ("agentneg", "a", "webshop", "ag", "Merci voor je geduld {first}! Bestelling {!order_number} is vandaag vertrokken, tracking: {!tracking_number}. {sig}"),
])
msgs("fr-be", [
    ("negc", "c", "telco", "tw", "{!mention} {neg} {neg2} {!hashtag}"),
    ("negc", "c", "bank", "ms wa tg", "{neg} {fill}"),
    ("negc", "c", "energy", "ms wa", "Bonjour, {neg} {neg2} Vous pouvez vérifier ?"),
    ("negc", "c", "webshop", "em", "Bonjour,\n\n{fill} {neg}\n{neg2}\n\nCordialement,\n{first}"),
    ("negc", "c", "payments", "wa tg", "[{!time:hm}] {neg}\n[{!time2:hmlater}] {fill}"),
    ("negc", "c", "parcel", "fb igc", "{neg} {neg2}"),
    ("neg", "c", "telco", "ms wa", "Je dois encoder le code PIN en activant l'eSIM ou après ? Appareil {!model_number:phone}, {!version_string:ios}."),
    ("neg", "c", "bank", "tw", "{!mention} connexion impossible dans l'appli depuis {!time}, code erreur {!error_code}. Panne ? {!hashtag}"),
    ("neg", "c", "energy", "em", "Bonjour,\n\nLa facture de régularisation du {!date} indique {!quantity:kwh}. L'an passé c'était {!quantity2:kwh}. L'acompte passe de {!amount} à {!amount2}. L'index que j'ai communiqué était {!meter_reading}. Pouvez-vous vérifier ?\n\nBien à vous,\n{name}"),
    ("neg", "c", "webshop", "tw", "{!mention} commande {!order_number} annulée sans explication et toujours pas remboursé de {!amount} {emo:angry}"),
    ("agentneg", "a", "telco", "ag", "Bonjour {first}, désolé ! Une panne touche votre région depuis {!time}, dossier {!ticket_number}. Suivez l'évolution sur {!url:bare}. {sig}"),
    ("agentneg", "a", "webshop", "ag", "Merci pour votre patience {first} ! La commande {!order_number} est partie aujourd'hui, suivi : {!tracking_number}. {sig}"),
])
msgs("en", [
    ("negc", "c", "telco", "tw", "{!mention} {neg} {neg2} {!hashtag}"),
    ("negc", "c", "bank", "ms wa tg", "{neg} {fill}"),
    ("negc", "c", "energy", "ms wa", "Hi, {neg} {neg2} Can you take a look?"),
    ("negc", "c", "webshop", "em", "Hello,\n\n{fill} {neg}\n{neg2}\n\nThanks,\n{first}"),
    ("negc", "c", "payments", "wa tg", "[{!time:hm}] {neg}\n[{!time2:hmlater}] {fill}"),
    ("negc", "c", "hosting", "tw", "{!mention} {neg} That's the {n:3-5}th time this month {emo:angry}"),
    ("negc", "c", "parcel", "fb igc", "{neg} {neg2}"),
    ("negc", "c", "insurer", "ms dm", "Quick question: {neg} Is that normal?"),
    ("neg", "c", "telco", "ms wa", "Do I need to enter the SIM PIN when activating the eSIM or after? Phone is a {!model_number:phone} on {!version_string:ios}."),
    ("neg", "c", "bank", "tw", "{!mention} can't log in to the app since {!time}, error {!error_code}. Outage? {!hashtag}"),
    ("neg", "c", "energy", "em", "Hello,\n\nMy annual statement of {!date} shows {!quantity:kwh}. Last year it was {!quantity2:kwh}. The monthly payment goes from {!amount} to {!amount2} ({!percentage} more). The reading I gave on {!date2} was {!meter_reading}. Could you check this?\n\nKind regards,\n{name}"),
    ("neg", "c", "webshop", "tw", "{!mention} order {!order_number} cancelled for no reason and {!amount} still not refunded {emo:angry}"),
    ("neg", "c", "airline", "ms", "Need to add a bag to flight {!flight_number} on {!date}. Site says {!amount} but the button does nothing ({!version_string:ios})."),
    ("neg", "c", "telco", "ig igc", "Bought a new {!model_number:phone} from you (SKU {!product_code:sku}) but eSIM transfer gives {!error_code}. How??"),
    ("agentneg", "a", "telco", "ag", "Hi {first}, sorry about that! There's a known outage in your area since {!time}, ref {!ticket_number}. You can follow it on {!url:bare}. {sig}"),
    ("agentneg", "a", "webshop", "ag", "Thanks for your patience {first}! Order {!order_number} shipped today, tracking: {!tracking_number}. {sig}"),
    ("agentneg", "a", "bank", "ag", "Hi {first}, you can change your PIN in the app under Settings > Card. If that's missing in version {!version_string:app}, please update first. {agent}"),
])

# ---- clean e-mail parts (no personal data) ---------------------------------
bank("sig_clean", "nl", ["{name}\n{role}\n{company}\n{!url:cust}", "{first}", "{name}\n{company} | KvK {!company_registration:kvk}", "Met vriendelijke groet namens {company},\n{first}"])
bank("sig_clean", "nl-be", ["{name}\n{role}\n{company}\n{!url:cust}", "{first}", "{name}\n{company} | ondernemingsnr. {!company_registration:kbo}"])
bank("sig_clean", "fr-be", ["{name}\n{role}\n{company}\n{!url:cust}", "{first}", "{name}\n{company} | TVA {!company_registration:bebtw}"])
bank("sig_clean", "en", ["{name}\n{role}\n{company}\n{!url:cust}", "{first}", "{name}\n{company} | Co. no. {!company_registration:ukco}", "{name}, {role}\n{company}\nEIN {!company_registration:ein}"])
bank("outlook_clean", "nl", ["Van: {name}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {brand} Zakelijk\nOnderwerp: {subj}",
                             "Van: {name}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: Klantenservice {brand}\nCC: {name2}\nOnderwerp: {subj}",
                             "Van: {name}\nDatum: {!date:outlook} {!time:hdr}\nAan: {brand}\nOnderwerp: {subj}"])
bank("outlook_clean_agent", "nl", ["Van: {brand} Klantenservice\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name}\nOnderwerp: RE: {subj}",
                                   "Van: {agent} | {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name}\nOnderwerp: RE: {subj}",
                                   "Van: Team Zakelijk {brand}\nDatum: {!date:outlook} {!time:hdr}\nAan: {name}\nOnderwerp: Uw melding: {subj}"])
bank("outlook_clean", "nl-be", ["Van: {name}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: Klantendienst {brand}\nOnderwerp: {subj}",
                                "Van: {name}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {brand} Business\nCC: {name2}\nOnderwerp: {subj}"])
bank("outlook_clean_agent", "nl-be", ["Van: Klantendienst {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name}\nOnderwerp: RE: {subj}",
                                      "Van: {agent} - {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name}\nOnderwerp: RE: {subj}"])
bank("outlook_clean", "fr-be", ["De : {name}\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : Service clientèle {brand}\nObjet : {subj}",
                                "De : {name}\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {brand} Pro\nCc : {name2}\nObjet : {subj}"])
bank("outlook_clean_agent", "fr-be", ["De : Service clientèle {brand}\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {name}\nObjet : RE: {subj}",
                                      "De : {agent} - {brand}\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {name}\nObjet : RE: {subj}"])
bank("outlook_clean", "en", ["From: {name}\nSent: {!date:outlook} {!time:hdr}\nTo: {brand} Support\nSubject: {subj}",
                             "From: {name}\nSent: {!date:outlook} {!time:hdr}\nTo: {brand} Business\nCc: {name2}\nSubject: {subj}"])
bank("outlook_clean_agent", "en", ["From: {brand} Customer Support\nSent: {!date:outlook} {!time:hdr}\nTo: {name}\nSubject: RE: {subj}",
                                   "From: {agent} - {brand}\nSent: {!date:outlook} {!time:hdr}\nTo: {name}\nSubject: RE: {subj}"])

bank("ebody_neg", "nl", [
    "telco::Op factuur {!invoice_number} van {!date} worden {n:3-9} simkaarten in rekening gebracht à {!amount} per stuk, terwijl wij er sinds {!date2} nog maar {n:2-4} gebruiken. Ook is de korting van {!percentage} uit de offerte (ref. {!ticket_number}) niet toegepast. Het totaalbedrag van {!amount:big} klopt dus niet.",
    "telco::Sinds de firmware-update naar {!version_string:fw} valt ons netwerk elke ochtend rond {!time:morning} weg. Het gaat om een {!model_number:router} met {n:4-12} vaste toestellen ({!model_number:voip}). In de log staat '{!error_code}'. De wifi-wachtwoorden hebben we niet veranderd. Onze lijn is {!quantity:mbps} maar we meten {!quantity2:mbpslow}.",
    "payments::De pinautomaat ({!model_number:terminal}) weigert sinds {!date} alle betalingen boven {!amount} met melding {!error_code}. Softwareversie {!version_string:fw}. Wij hebben de terminal al {n:2-4} keer herstart volgens de handleiding op {!url}. Dit kost ons omzet.",
    "webshop parcel::Wij ontvingen bestelling {!order_number} onvolledig: artikel {!product_code:ean} ontbreekt en artikel {!product_code:sku} is beschadigd. Pakket {!tracking_number} woog volgens de pakbon {!quantity:kg}. Graag een creditnota voor {!amount}.",
    "accounting::Bij het inlezen van de bankbestanden in versie {!version_string:app} krijgen wij foutmelding {!error_code}. Het gaat om boekjaar {!year}, ongeveer {n:200-900} transacties. De btw-aangifte moet voor {!date} de deur uit.",
    "energy::De meterstanden zijn op {!date} doorgegeven: stroom {!meter_reading} en gas {!meter_reading2}. Toch rekenen jullie met een verbruik van {!quantity:kwh} en {!quantity2:m3}, {!percentage} hoger dan vorig jaar. Ons termijnbedrag is daardoor verhoogd naar {!amount}.",
], sector="any")
bank("ebody_neg", "nl-be", [
    "telco::Op factuur {!invoice_number} van {!date} worden {n:3-9} simkaarten aangerekend aan {!amount} per stuk, terwijl we er sinds {!date2} nog maar {n:2-4} gebruiken. De korting van {!percentage} uit de offerte (ref. {!ticket_number}) is ook niet toegepast.",
    "telco::Sinds de update naar {!version_string:fw} valt ons netwerk elke ochtend rond {!time:morning} weg. Het gaat om een {!model_number:router} met {n:4-12} toestellen ({!model_number:voip}). In de log staat '{!error_code}'. Ons abonnement is {!quantity:mbps}, we meten {!quantity2:mbpslow}.",
    "payments::De betaalterminal ({!model_number:terminal}) weigert sinds {!date} alle betalingen boven {!amount} met melding {!error_code}. Software {!version_string:fw}. We hebben hem al {n:2-4} keer herstart volgens {!url}.",
    "webshop parcel::Bestelling {!order_number} is onvolledig toegekomen: artikel {!product_code:ean} ontbreekt. Pakje {!tracking_number} woog {!quantity:kg}. Graag een creditnota van {!amount}.",
    "energy::De meterstanden werden op {!date} doorgegeven: elektriciteit {!meter_reading}, gas {!meter_reading2}. Toch wordt er gerekend met {!quantity:kwh}, {!percentage} meer dan vorig jaar. Het voorschot is nu {!amount}.",
], sector="any")
bank("ebody_neg", "fr-be", [
    "telco::Sur la facture {!invoice_number} du {!date}, {n:3-9} cartes SIM sont facturées à {!amount} pièce alors que nous n'en utilisons plus que {n:2-4} depuis le {!date2}. La remise de {!percentage} prévue dans l'offre (réf. {!ticket_number}) n'a pas été appliquée.",
    "telco::Depuis la mise à jour {!version_string:fw}, notre réseau tombe chaque matin vers {!time:morning}. Il s'agit d'un {!model_number:router} avec {n:4-12} postes ({!model_number:voip}). Le journal indique '{!error_code}'. Abonnement {!quantity:mbps}, mesuré {!quantity2:mbpslow}.",
    "payments::Le terminal de paiement ({!model_number:terminal}) refuse depuis le {!date} tous les paiements au-dessus de {!amount} avec le message {!error_code}. Logiciel {!version_string:fw}. Redémarré {n:2-4} fois selon {!url}.",
    "webshop parcel::La commande {!order_number} est arrivée incomplète : l'article {!product_code:ean} manque. Le colis {!tracking_number} pesait {!quantity:kg}. Merci d'établir une note de crédit de {!amount}.",
    "energy::Les index ont été communiqués le {!date} : électricité {!meter_reading}, gaz {!meter_reading2}. Pourtant vous comptez {!quantity:kwh}, soit {!percentage} de plus que l'an dernier. L'acompte est passé à {!amount}.",
], sector="any")
bank("ebody_neg", "en", [
    "telco::Invoice {!invoice_number} dated {!date} charges us for {n:3-9} SIM cards at {!amount} each, although we've only used {n:2-4} since {!date2}. The {!percentage} discount from the quote (ref. {!ticket_number}) hasn't been applied either, so the total of {!amount:big} is wrong.",
    "telco::Since the firmware update to {!version_string:fw} our network drops every morning around {!time:morning}. It's a {!model_number:router} with {n:4-12} desk phones ({!model_number:voip}). The log says '{!error_code}'. We pay for {!quantity:mbps} and measure {!quantity2:mbpslow}.",
    "payments::The card terminal ({!model_number:terminal}) has declined every payment over {!amount} since {!date} with message {!error_code}. Software version {!version_string:fw}. We've restarted it {n:2-4} times as per {!url}. This is costing us sales.",
    "webshop parcel::Order {!order_number} arrived incomplete: item {!product_code:sku} is missing and {!product_code2:ean} is damaged. Parcel {!tracking_number} weighed {!quantity:kg} according to the packing slip. Please issue a credit note for {!amount}.",
    "energy::Readings were submitted on {!date}: electricity {!meter_reading}, gas {!meter_reading2}. Yet you're billing {!quantity:kwh}, {!percentage} higher than last year. Our monthly payment went up to {!amount}.",
], sector="any")

# more Outlook header variants (so both halves get several)
bank("outlook", "nl", [
    "-----Oorspronkelijk bericht-----\nVan: {name} <{email}>\nVerzonden: {!date:outlook} {!time:hdr}\nAan: Klantenservice {brand}\nCC: {name2} <{email2}>\nOnderwerp: {subj}",
    "Van: \"{name}\" <{email}>\nDatum: {!date:outlook} om {!time:hdr}\nAan: {brand} Zakelijk\nOnderwerp: {subj}",
])
bank("outlook_agent", "nl", [
    "-----Oorspronkelijk bericht-----\nVan: Zakelijke Service {brand}\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name} <{email}>\nOnderwerp: RE: {subj}",
    "Van: {brand} Klantcontact\nDatum: {!date:outlook} om {!time:hdr}\nAan: \"{name}\" <{email}>\nOnderwerp: Uw melding {subj}",
])
bank("outlook", "nl-be", [
    "-----Oorspronkelijk bericht-----\nVan: {name} <{email}>\nVerzonden: {!date:outlook} {!time:hdr}\nAan: Klantendienst {brand}\nCC: {name2} <{email2}>\nOnderwerp: {subj}",
    "Van: \"{name}\" <{email}>\nDatum: {!date:outlook} om {!time:hdr}\nAan: {brand} Business\nOnderwerp: {subj}",
])
bank("outlook_agent", "nl-be", [
    "-----Oorspronkelijk bericht-----\nVan: {brand} Business\nVerzonden: {!date:outlook} {!time:hdr}\nAan: {name} <{email}>\nOnderwerp: RE: {subj}",
    "Van: Klantendienst {brand}\nDatum: {!date:outlook} om {!time:hdr}\nAan: \"{name}\" <{email}>\nOnderwerp: Uw vraag: {subj}",
])
bank("outlook", "fr-be", [
    "-----Message d'origine-----\nDe : {name} <{email}>\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : Service clientèle {brand}\nCc : {name2} <{email2}>\nObjet : {subj}",
    "De : \"{name}\" <{email}>\nDate : {!date:outlook} à {!time:hdr}\nÀ : {brand} Pro\nObjet : {subj}",
])
bank("outlook_agent", "fr-be", [
    "-----Message d'origine-----\nDe : {brand} Pro\nEnvoyé : {!date:outlook} {!time:hdr}\nÀ : {name} <{email}>\nObjet : RE: {subj}",
    "De : Service clientèle {brand}\nDate : {!date:outlook} à {!time:hdr}\nÀ : \"{name}\" <{email}>\nObjet : Votre demande : {subj}",
])
bank("outlook", "en", [
    "From: {name} <{email}>\nSent: {!date:outlook} {!time:hdr}\nTo: {brand} Support\nCc: {name2} <{email2}>\nSubject: {subj}",
    "From: \"{name}\" <{email}>\nDate: {!date:outlook} at {!time:hdr}\nTo: {brand} Business Team\nSubject: {subj}",
])
bank("outlook_agent", "en", [
    "From: {brand} Business Support\nSent: {!date:outlook} {!time:hdr}\nTo: {name} <{email}>\nSubject: RE: {subj}",
    "From: {brand} Customer Care\nDate: {!date:outlook} at {!time:hdr}\nTo: \"{name}\" <{email}>\nSubject: Your request: {subj}",
])

# sector-specific subject lines
bank("subject", "nl", [
    "hosting::Onderwerp: Website ligt eruit", "insurer::Onderwerp: Schademelding inbraak", "energy::Onderwerp: Meterstanden vestigingen",
    "parcel::Onderwerp: RE: Labels worden niet aangemaakt", "webshop::Onderwerp: Betaling mislukt bestelling", "gov::Onderwerp: Aanvraag toeslag",
    "bank::Onderwerp: Verdachte inlog op mijn rekening", "airline::Onderwerp: Terugbetaling geannuleerde vlucht", "accounting::Onderwerp: RE: Toegang boekhouding",
    "hosting::Onderwerp: RE: Migratie mailboxen", "bank::Onderwerp: Zakelijke pas ingeslikt", "insurer::Onderwerp: Aanvraag AOV cliënt",
])
bank("subjects_plain", "nl", ["hosting::Website offline", "insurer::Schadeclaim", "energy::Meterstanden", "parcel::Verzendlabels", "webshop::Betaling",
                              "gov::Toeslag", "bank::Verdachte inlog", "airline::Annulering", "accounting::Toegang administratie", "hosting::Mailmigratie"])
bank("subject", "nl-be", [
    "hosting::Onderwerp: Website plat", "insurer::Onderwerp: Aangifte inbraak", "energy::Onderwerp: Meterstanden vestigingen",
    "parcel::Onderwerp: RE: labels lukken niet", "webshop::Onderwerp: Betaling mislukt", "bank::Onderwerp: Verdachte aanmelding",
    "accounting::Onderwerp: Toegang boekhouding", "bank::Onderwerp: Bedrijfskaart ingeslikt",
])
bank("subjects_plain", "nl-be", ["hosting::Website offline", "insurer::Schadedossier", "energy::Meterstanden", "parcel::Labels", "webshop::Betaling",
                                 "bank::Verdachte aanmelding", "accounting::Toegang boekhouding", "hosting::Mailmigratie"])
bank("subject", "fr-be", [
    "hosting::Objet : Site hors ligne", "insurer::Objet : Déclaration de cambriolage", "energy::Objet : Index de nos implantations",
    "parcel::Objet : RE: étiquettes bloquées", "webshop::Objet : Paiement refusé", "bank::Objet : Connexion suspecte",
    "accounting::Objet : Accès comptabilité", "bank::Objet : Carte pro avalée",
])
bank("subjects_plain", "fr-be", ["hosting::Site hors ligne", "insurer::Sinistre", "energy::Index", "parcel::Étiquettes", "webshop::Paiement",
                                 "bank::Connexion suspecte", "accounting::Accès comptabilité", "hosting::Migration mail"])
bank("subject", "en", [
    "hosting::Subject: Website down", "insurer::Subject: Burglary claim", "energy::Subject: Meter readings for our sites",
    "parcel::Subject: RE: labels not generating", "webshop::Subject: Payment failing", "bank::Subject: Suspicious login on my account",
    "accounting::Subject: Access to our books", "bank::Subject: Business card swallowed", "gov::Subject: Allowance application",
    "airline::Subject: Refund for cancelled flight",
])
bank("subjects_plain", "en", ["hosting::Website down", "insurer::Claim", "energy::Meter readings", "parcel::Shipping labels", "webshop::Payment issue",
                              "bank::Suspicious login", "accounting::Account access", "hosting::Mail migration", "gov::Application", "airline::Cancellation"])


# ===========================================================================
# more shapes for the rarer high-risk types
# ===========================================================================
msgs("nl", [
    ("api2", "b", "payments", "tg em",
     "In onze .env staat PAYMENT_API_KEY={api_key:live} en toch krijgen we 'invalid api key'. Test-omgeving werkt wel."),
    ("api2", "b", "parcel", "tg",
     "x-api-key: {api_key:hex32}\nDat is de header die we meesturen. Respons: {!error_code:http}"),
    ("api2", "b", "payments", "ms em",
     "De sleutel die in het dashboard staat ({api_key:pk}) is de publishable toch? Welke moet er in de app, die of de secret?"),
    ("api2", "b", "hosting", "em tg",
     "Voor de koppeling met de back-up gebruiken we de AWS-sleutels:\nAccess key: {api_key:akia}\nSecret key: {api_key:awssecret}\nSinds {!date} faalt het met {!error_code:http}."),
    ("token2", "b", "hosting", "tg ms",
     "Bij elke call krijg ik 'token expired', dit is de token: {token:jwt}"),
    ("token2", "b", "hosting", "em tg",
     "GitLab deploy token {token:glpat} werkt niet meer sinds jullie migratie van {!date}."),
    ("token2", "b", "webshop", "tg",
     "sessie-token uit de browser: {token:session} - daarmee zie ik de bestelling van iemand anders??"),
    ("token2", "b", "accounting", "em",
     "Onze koppeling met het boekhoudpakket stopt elke nacht. Refresh token: {token:refresh}\nAccess token: {token:bearer}\nFoutcode {!error_code:alpha}, versie {!version_string:semver}."),
    ("cvv2", "c", "webshop", "wa ms",
     "kaart {card}, {card_expiry}, {cvv} - wat doe ik fout"),
    ("cvv2", "c", "airline", "ms",
     "de drie cijfers op de achterkant zijn {cvv}, kaart eindigt op {!masked_value:x}. Moet ik het hele nummer ook sturen?"),
    ("cvv2", "c", "webshop", "dm wa",
     "{cvv} is de beveiligingscode, {card} het kaartnummer. Het betaalscherm zegt 'ongeldige kaart'"),
    ("cvv2", "c", "insurer", "ms",
     "Creditcard: {card:amex}\nGeldig t/m: {card_expiry}\nCID: {cvv}\nGraag de premie van {!amount} hiermee voldoen."),
    ("bsn2", "c", "insurer", "wa ms",
     "Mijn BSN-nummer: {bsn}. Polis {customer_number}. Graag de eigen bijdrage van {!amount} nog even uitleggen."),
    ("bsn2", "c", "gov", "em",
     "Geachte heer/mevrouw,\n\nHierbij mijn gegevens voor de aanvraag:\nBSN: {bsn:dots}\nGeboortedatum: {date_of_birth}\nAdres: {address}\nIBAN: {iban}\n\nMet vriendelijke groet,\n{name}"),
    ("bsn2", "c", "insurer", "tg wa",
     "{bsn} (bsn van mijn partner, {name2}) - moet ook bij de aanvullende verzekering"),
    ("bsn2", "c", "gov", "ms",
     "burgerservicenr. {bsn:space} — ik heb het er al 2x ingevuld maar het formulier blijft 'onbekend' zeggen"),
    ("wifi2", "c", "telco", "wa tg",
     "Sleutel: {wifi_key}\nNetwerk: {ssid}\nHoofdletters heb ik gecontroleerd. Werkt niet."),
    ("wifi2", "c", "telco", "ms",
     "wifi pw = {wifi_key} zonder spaties, zo staat het ook op het modem. Toch geen verbinding op de {!model_number:phone}"),
    ("card2", "c", "bank", "ms wa",
     "Kaartnummer {card:maestro} is verlopen en de nieuwe is nog niet binnen. Kan ik ondertussen met de app betalen?"),
    ("card2", "c", "telco", "wa",
     "Opwaarderen lukt niet, dit is mijn creditcard: {card} vervaldatum {card_expiry:mm/yyyy}"),
])
msgs("nl-be", [
    ("api2", "b", "webshop", "tg em",
     "curl -H \"Authorization: {api_key:api}\" {!url:docs} geeft {!error_code:h401}, waarom?"),
    ("api2", "b", "payments", "em ms",
     "Welke sleutel moet ik in de kassa zetten? Ik heb een geheime sleutel {api_key:sk} en een publieke {api_key:pk}."),
    ("api2", "b", "parcel", "tg",
     "API-sleutel {api_key:hex32} geeft sinds vanmorgen 'forbidden'. Onze labels blijven hangen."),
    ("token2", "b", "accounting", "tg ms",
     "refresh_token={token:refresh}&grant_type=refresh_token geeft {!error_code:h400} bad request"),
    ("token2", "b", "hosting", "em tg",
     "Onze GitHub-token ({token:ghp}) staat per ongeluk in een ticket van jullie. Kunnen jullie dat verwijderen aub?"),
    ("token2", "b", "hosting", "tg",
     "sessietoken {token:session} - werkt enkel in Chrome, niet in Safari"),
    ("cvv2", "c", "webshop", "wa ms",
     "CVC {cvv}, kaart {card}, vervalt {card_expiry}. Betaling blijft weigeren."),
    ("cvv2", "c", "airline", "ms",
     "veiligheidscode achteraan: {cvv}. Moet ik de rest van de kaart ook doorsturen?"),
    ("cvv2", "c", "bank", "wa",
     "Mijn kredietkaart {card:amex} (geldig tot {card_expiry}, code {cvv}) wordt geweigerd bij de reservatie. Is er iets geblokkeerd?"),
    ("bsn2", "c", "insurer", "wa ms",
     "Mijn Nederlands BSN: {bsn}. Ik woon in België maar werk over de grens. Moet ik dat ook aan jullie geven?"),
    ("wifi2", "c", "telco", "wa tg",
     "sleutel wifi: {wifi_key}\nnetwerk: {ssid}\nde decoder pakt het niet"),
    ("wifi2", "c", "telco", "ms",
     "Ik heb de wifi-code veranderd naar {wifi_key:custom} maar de repeater op zolder verbindt niet meer."),
    ("card2", "c", "bank", "ms wa",
     "Mijn debetkaart {card:bcmc} werkt niet meer in het buitenland. Moet die geactiveerd worden?"),
    ("card2", "c", "telco", "wa",
     "Herladen lukt niet met mijn kaart {card}, vervaldatum {card_expiry:mm/yyyy}."),
])
msgs("fr-be", [
    ("api2", "b", "webshop", "tg em",
     "curl -H \"X-Api-Key: {api_key:hex32}\" {!url:docs} renvoie {!error_code:h401}, pourquoi ?"),
    ("api2", "b", "payments", "em ms",
     "Quelle clé je mets dans la caisse ? J'ai une clé secrète {api_key:sk} et une publique {api_key:pk}."),
    ("api2", "b", "webshop", "tg",
     "Notre clé Google Maps {api_key:aiza} est refusée sur la page magasins depuis hier."),
    ("token2", "b", "hosting", "tg ms",
     "le bearer {token:bearer} est refusé, 'invalid token'"),
    ("token2", "b", "hosting", "em tg",
     "Notre jeton GitLab ({token:glpat}) ne marche plus depuis votre migration du {!date}."),
    ("token2", "b", "webshop", "tg",
     "jeton de session {token:session} : avec ça je vois la commande de quelqu'un d'autre ??"),
    ("cvv2", "c", "webshop", "wa ms",
     "cryptogramme visuel {cvv}, carte {card}, expire {card_expiry}. Le paiement est toujours refusé."),
    ("cvv2", "c", "airline", "ms",
     "code CVV : {cvv}. Je dois aussi envoyer le numéro complet de la carte ?"),
    ("cvv2", "c", "bank", "wa",
     "Ma carte American Express {card:amex} (valable jusqu'au {card_expiry}, code {cvv}) est refusée pour la réservation."),
    ("bsn2", "c", "insurer", "wa ms",
     "Mon numéro BSN néerlandais : {bsn}. J'habite en Belgique mais je travaille aux Pays-Bas."),
    ("wifi2", "c", "telco", "wa tg",
     "mot de passe du réseau {ssid} : {wifi_key}\nle décodeur ne se connecte pas"),
    ("wifi2", "c", "telco", "ms",
     "J'ai changé la clé wifi en {wifi_key:custom} mais le répéteur à l'étage ne se connecte plus."),
    ("card2", "c", "bank", "ms wa",
     "Ma carte de débit {card:bcmc} ne fonctionne plus à l'étranger. Il faut l'activer ?"),
    ("card2", "c", "telco", "wa",
     "Impossible de recharger avec ma carte {card}, date d'expiration {card_expiry:mm/yyyy}."),
])
msgs("en", [
    ("api2", "b", "hosting", "tg em",
     "config.yml:\n  api_key: {api_key:hex32}\n  region: eu-west-1\nand the client still says {!error_code:h401}"),
    ("api2", "b", "hosting", "tg",
     "AWS_SECRET_ACCESS_KEY={api_key:awssecret}\nAWS_ACCESS_KEY_ID={api_key:akia}\nbackups fail with AccessDenied"),
    ("api2", "b", "payments", "em ms",
     "Which key goes in the POS? I have a secret key {api_key:sk} and a publishable {api_key:pk}."),
    ("api2", "b", "webshop", "tg",
     "Hey, our SendGrid key {api_key:sg} got revoked after we pasted it into your support form by mistake. Can you purge it?"),
    ("token2", "b", "hosting", "tg ms",
     "Cookie: session={token:hex40}\nthat's what the browser sends and it still logs me out"),
    ("token2", "b", "hosting", "em tg",
     "The xoxp token {token:xoxp} we gave your integration is being rejected. Did you change scopes?"),
    ("token2", "b", "accounting", "tg",
     "access_token: {token:jwt}\nexpires_in: 3600\nbut it dies after 5 minutes"),
    ("token2", "b", "webshop", "tg ms",
     "Our fine-grained GitHub token {token:pat} for the theme deploy expired. New one coming, please delete the old ticket attachment."),
    ("cvv2", "c", "webshop", "wa ms",
     "CVC2 {cvv}, card {card}, expiry {card_expiry}. Still declined."),
    ("cvv2", "c", "airline", "ms",
     "security number on the back is {cvv}. Do you need the rest of the card too?"),
    ("cvv2", "c", "bank", "wa",
     "My Amex {card:amex} (good thru {card_expiry}, CID {cvv}) keeps getting declined for the hotel. Is it blocked?"),
    ("cvv2", "c", "telco", "dm",
     "sec code {cvv} and exp {card_expiry:mmyy} for the card ending {!masked_value:x} - can you take the payment over DM?"),
    ("bsn2", "c", "gov", "wa ms",
     "Dutch citizen service number {bsn}, I'm an expat, moved here in {!year}. What else do you need?"),
    ("bsn2", "c", "insurer", "em",
     "Hello,\n\nFor the Dutch health insurance application:\nName: {name}\nBSN: {bsn:dots}\nDate of birth: {date_of_birth}\nAddress: {address}\n\nThanks,\n{first}"),
    ("bsn2", "c", "gov", "ms",
     "my BSN/sofi number is {bsn}, the portal says it doesn't exist"),
    ("wifi2", "c", "telco", "wa tg",
     "wifi is {ssid} / {wifi_key}\ncase sensitive right? tried both"),
    ("wifi2", "c", "telco", "ms",
     "Network password {wifi_key} (all caps, from the card in the box). Laptop says 'can't connect to this network'."),
    ("card2", "c", "bank", "ms wa",
     "My debit card {card:maestro} expired and the new one hasn't arrived. Can I pay with the app meanwhile?"),
    ("card2", "c", "telco", "wa",
     "Top-up won't go through with my card {card}, expiry {card_expiry:mm/yyyy}."),
])
msgs("nl", [
    ("bsn3", "c", "gov", "wa tg",
     "bsn {bsn}\ngeboren {date_of_birth}\ndat moet genoeg zijn toch?"),
    ("bsn3", "c", "insurer", "ms em",
     "Voor de overstap naar jullie zorgverzekering: mijn bsn is {bsn}, die van mijn dochter {bsn2}. Ingangsdatum graag {!date}."),
    ("bsn3", "b", "accounting", "em",
     "Goedemorgen,\n\nVoor de loonaangifte van onze nieuwe medewerker ontbreekt het BSN in het systeem. Het is {bsn}, geboortedatum {date_of_birth2}. Wilt u dit toevoegen aan personeelsnummer {n:1000-9999}?\n\nGroet,\n{name}"),
    ("bsn3", "c", "gov", "ms wa",
     "Klopt het dat ik mijn burgerservicenummer ({bsn}) niet via WhatsApp mag sturen? Nu heb ik het al gedaan..."),
])
msgs("en", [
    ("bsn3", "c", "insurer", "wa tg",
     "BSN: {bsn}\nDOB: {date_of_birth}\npolicy {customer_number}\nthat's all I have"),
    ("bsn3", "b", "accounting", "em",
     "Hi,\n\nPayroll for our new Dutch hire is stuck because the BSN is missing. It's {bsn:space}, date of birth {date_of_birth2}. Employee ref E{n:1000-9999}.\n\nThanks,\n{name}"),
])


# ===========================================================================
# more e-mail bodies (business lists, multi-account situations)
# ===========================================================================
@gen("cardlist")
def g_cardlist(ctx, arg, key):
    return _table(ctx, "cardlist", arg)


@gen("clientlist")
def g_clientlist(ctx, arg, key):
    return _table(ctx, "clientlist", arg)


@gen("extlist")
def g_extlist(ctx, arg, key):
    return _table(ctx, "extlist", arg)


@gen("codelist")
def g_codelist(ctx, arg, key):
    return _table(ctx, "codelist", arg)


bank("cardlist", "nl", [
    "Medewerker | Kaartnummer | Geldig tot\n@@{name#} | {card#} | {card_expiry#}\n",
    "@@- {name#}: {card#} (exp. {card_expiry#})\n",
    "@@{first#} {card#} {card_expiry#}\n",
    "@@Pas %N: {card#}, vervaldatum {card_expiry#} ({first#})\n",
], sector="bank")
bank("cardlist", "nl-be", [
    "Werknemer | Kaartnummer | Vervaldatum\n@@{name#} | {card#} | {card_expiry#}\n",
    "@@- {name#}: {card#} (geldig tot {card_expiry#})\n",
    "@@Kaart %N: {card#} - {card_expiry#} - {first#}\n",
], sector="bank")
bank("cardlist", "fr-be", [
    "Employé | Numéro de carte | Expiration\n@@{name#} | {card#} | {card_expiry#}\n",
    "@@- {name#} : {card#} (exp. {card_expiry#})\n",
    "@@Carte %N : {card#} - {card_expiry#} - {first#}\n",
], sector="bank")
bank("cardlist", "en", [
    "Employee | Card number | Expiry\n@@{name#} | {card#} | {card_expiry#}\n",
    "@@- {name#}: {card#} (exp {card_expiry#})\n",
    "@@Card %N: {card#}, expires {card_expiry#} ({first#})\n",
    "@@{first#} {card#} {card_expiry#}\n",
], sector="bank")
bank("clientlist", "nl", [
    "Cliënt | BSN | IBAN\n@@{name#} | {bsn#} | {iban#}\n",
    "@@- {name#}, BSN {bsn#}, rekening {iban#}\n",
    "@@%N. {name#} ({date_of_birth#}) - bsn {bsn#} - {iban#}\n",
], sector="accounting")
bank("clientlist", "nl-be", [
    "Klant | IBAN | Klantnummer\n@@{name#} | {iban#} | {customer_number#}\n",
    "@@- {name#}: rekening {iban#}, klantnr. {customer_number#}\n",
], sector="accounting")
bank("clientlist", "fr-be", [
    "Client | IBAN | N° client\n@@{name#} | {iban#} | {customer_number#}\n",
    "@@- {name#} : compte {iban#}, n° client {customer_number#}\n",
], sector="accounting")
bank("clientlist", "en", [
    "Client | IBAN | Customer no.\n@@{name#} | {iban#} | {customer_number#}\n",
    "@@- {name#}: account {iban#}, customer number {customer_number#}\n",
    "@@%N) {name#} - DOB {date_of_birth#} - {iban#}\n",
], sector="accounting")
bank("extlist", "nl", [
    "Toestel | SIP-gebruiker | Wachtwoord\n@@10%N ({first#}) | {username#:sip} | {password#:strong}\n",
    "@@Extensie 2%N: user {username#:sip}, pw {password#:strong}\n",
    "@@- {first#}: {username#:sip} / {password#:strong}\n",
], sector="telco")
bank("extlist", "nl-be", [
    "Toestel | SIP-login | Paswoord\n@@{first#} | {username#:sip} | {password#:strong}\n",
    "@@Extensie 2%N: login {username#:sip}, paswoord {password#:strong}\n",
], sector="telco")
bank("extlist", "fr-be", [
    "Poste | Utilisateur SIP | Mot de passe\n@@{first#} | {username#:sip} | {password#:strong}\n",
    "@@Poste 2%N : identifiant {username#:sip}, mdp {password#:strong}\n",
], sector="telco")
bank("extlist", "en", [
    "Extension | SIP user | Password\n@@2%N ({first#}) | {username#:sip} | {password#:strong}\n",
    "@@Ext 2%N: {username#:sip} / {password#:strong}\n",
    "@@- {first#}: user {username#:sip} pass {password#:strong}\n",
], sector="telco")
bank("codelist", "nl", [
    "@@{otp#:dash}\n",
    "@@%N. {otp#}\n",
], sector="any")
bank("codelist", "nl-be", ["@@{otp#:dash}\n", "@@%N) {otp#}\n"], sector="any")
bank("codelist", "fr-be", ["@@{otp#:dash}\n", "@@%N. {otp#}\n"], sector="any")
bank("codelist", "en", ["@@{otp#:dash}\n", "@@%N. {otp#}\n", "@@{otp#:space}\n"], sector="any")

bodies("nl", [
    ("cards", "b", "bank",
     "Een van onze bedrijfsauto's is opengebroken en de map met de zakelijke creditcards is meegenomen. Graag de volgende kaarten per direct blokkeren:\n\n{cardlist:2-4}\nHet gaat om ons zakelijke contract, klantnummer {customer_number}. Aangifte is gedaan, het proces-verbaal heeft nummer {!ticket_number}."),
    ("clients", "b", "accounting",
     "Voor de jaarlijkse import van de gegevens van onze cliënten in jullie software hebben we het onderstaande bestand klaargezet. De import stopt steeds bij regel {n:2-4} met '{!error_code:alpha}'. Kunnen jullie zien wat er mis is met het formaat?\n\n{clientlist:2-4}\nWe werken met versie {!version_string:app}."),
    ("voip2", "b", "telco",
     "Na de verhuizing naar ons nieuwe pand werken de vaste toestellen niet meer. De centrale ({!model_number:pbx}) krijgt wel een IP ({ip_address}), maar de toestellen registreren niet. Dit zijn de accounts zoals jullie ze ooit hebben aangemaakt:\n\n{extlist:2-4}\nFoutmelding op de toestellen: '{!error_code:h403} Forbidden'. Wij hebben {!quantity:mbps} glasvezel."),
    ("backup", "b", "payments",
     "De telefoon met onze authenticator-app is gestolen, daardoor kan niemand meer inloggen op het dashboard. Gelukkig hebben we de back-upcodes nog. Deze heb ik al geprobeerd en ze werken niet:\n\n{codelist:2-4}\nOnze inlognaam is {username}, merchant-ID {customer_number}. Kunnen jullie de tweestapsverificatie resetten?"),
    ("family", "c", "telco",
     "Ik heb een gezinsabonnement met {n:3-4} simkaarten. Bij de kinderen zijn twee kaarten geblokkeerd na het wisselen van telefoon. In de app staan deze codes:\n\n{simtable:2-3}\nMijn klantnummer is {customer_number}. Kunnen jullie bevestigen welke PUK bij welk nummer hoort?"),
    ("wifi_long", "c", "telco",
     "Sinds de monteur op {!date} het nieuwe modem ({!model_number:router}) heeft geplaatst, valt de wifi in de woonkamer steeds weg. Ik heb ingelogd op het modem met gebruiker {username:admin} en wachtwoord {password} (zo stond het op de sticker) en het kanaal veranderd. De wifi-sleutel is nu {wifi_key}. Toch haalt de laptop maar {!quantity:mbpslow}. Wat kan ik nog doen?"),
    ("gov_login", "c", "gov",
     "Ik probeer al een week in te loggen om mijn gegevens te wijzigen. Ik gebruik gebruikersnaam {username} en wachtwoord {password}. Daarna krijg ik een sms-code ({otp}), en dan krijg ik foutmelding {!error_code}. Mijn BSN is {bsn}, als jullie dat nodig hebben om mij te vinden."),
    ("elderly", "c", "bank",
     "Ik schrijf namens {name2}, een oudere buur van mij. De pincode was vergeten en daarna is drie keer {pin2} geprobeerd. De pas ({card2}) is nu geblokkeerd. Het adres is {address2}, telefonisch bereikbaar op {phone2}. Kunnen jullie een nieuwe pincode naar dat adres sturen?"),
])
bodies("nl-be", [
    ("cards", "b", "bank",
     "Uit een van onze bestelwagens werd de map met de bedrijfskredietkaarten gestolen. Gelieve de volgende kaarten onmiddellijk te blokkeren:\n\n{cardlist:2-4}\nOns klantnummer: {customer_number}. Klacht werd neergelegd bij de politie (PV {!ticket_number})."),
    ("clients", "b", "accounting",
     "Voor de overdracht van ons cliëntenbestand naar jullie platform zetten we de gegevens hieronder. De import blokkeert bij regel {n:2-4} met '{!error_code:alpha}':\n\n{clientlist:2-4}\nWe werken met versie {!version_string:app}."),
    ("voip2", "b", "telco",
     "Sinds de verhuis naar ons nieuw kantoor werken de vaste toestellen niet meer. De centrale ({!model_number:pbx}) krijgt IP {ip_address}, maar de toestellen registreren niet. Dit zijn de accounts:\n\n{extlist:2-4}\nFoutmelding: '{!error_code:http}'."),
    ("backup", "b", "payments",
     "De gsm met onze authenticator-app is gestolen. Niemand van ons kan nog aanmelden op het dashboard. De back-upcodes die we hebben werken niet:\n\n{codelist:2-3}\nOnze login is {username}, handelaarsnummer {customer_number}. Kunnen jullie de tweestapsverificatie resetten?"),
    ("family", "c", "telco",
     "Ik heb een gezinsabonnement met {n:3-4} simkaarten. Bij de kinderen zijn er twee geblokkeerd na het wisselen van gsm. In de app staan deze codes:\n\n{simtable:2-3}\nKlantnummer {customer_number}. Welke PUK hoort bij welk nummer?"),
    ("wifi_long", "c", "telco",
     "Sinds de technieker op {!date} de nieuwe modem ({!model_number:router}) heeft geïnstalleerd, valt de wifi constant weg. Ik heb aangemeld op de modem met {username:admin} / {password} en het kanaal aangepast. De wifi-sleutel is nu {wifi_key}. Toch haal ik maar {!quantity:mbpslow}. Wat kan ik nog proberen?"),
])
bodies("fr-be", [
    ("cards", "b", "bank",
     "Une de nos camionnettes a été fracturée et la farde avec les cartes de crédit professionnelles a été volée. Merci de bloquer immédiatement les cartes suivantes :\n\n{cardlist:2-4}\nNotre n° client : {customer_number}. Plainte déposée à la police (PV {!ticket_number})."),
    ("clients", "b", "accounting",
     "Pour le transfert de notre fichier clients vers votre plateforme, voici les données. L'import bloque à la ligne {n:2-4} avec '{!error_code:alpha}' :\n\n{clientlist:2-4}\nNous utilisons la version {!version_string:app}."),
    ("voip2", "b", "telco",
     "Depuis le déménagement dans nos nouveaux bureaux, les postes fixes ne fonctionnent plus. La centrale ({!model_number:pbx}) reçoit bien l'IP {ip_address}, mais les postes ne s'enregistrent pas. Voici les comptes :\n\n{extlist:2-4}\nErreur affichée : '{!error_code:http}'."),
    ("backup", "b", "payments",
     "Le GSM avec notre application d'authentification a été volé. Plus personne ne peut se connecter au tableau de bord. Les codes de secours que nous avons ne fonctionnent pas :\n\n{codelist:2-3}\nNotre identifiant est {username}, numéro de commerçant {customer_number}. Pouvez-vous réinitialiser la double authentification ?"),
    ("family", "c", "telco",
     "J'ai un abonnement famille avec {n:3-4} cartes SIM. Deux cartes des enfants sont bloquées après un changement de GSM. Dans l'appli je vois ces codes :\n\n{simtable:2-3}\nN° client {customer_number}. Quel PUK va avec quel numéro ?"),
    ("wifi_long", "c", "telco",
     "Depuis que le technicien a installé le nouveau modem ({!model_number:router}) le {!date}, le wifi coupe sans arrêt. Je me suis connecté au modem avec {username:admin} / {password} et j'ai changé le canal. La clé wifi est maintenant {wifi_key}. Pourtant je n'ai que {!quantity:mbpslow}. Que puis-je encore essayer ?"),
])
bodies("en", [
    ("cards", "b", "bank",
     "One of our vans was broken into and the folder with the company credit cards was taken. Please cancel the following cards immediately:\n\n{cardlist:2-4}\nOur business account number is {customer_number}. It's been reported to the police, crime reference {!ticket_number}."),
    ("clients", "b", "accounting",
     "For the yearly import of our clients into your software we've prepared the file below. The import stops at line {n:2-4} with '{!error_code:alpha}'. Can you see what's wrong with the format?\n\n{clientlist:2-4}\nWe're on version {!version_string:app}."),
    ("voip2", "b", "telco",
     "Since we moved into the new office the desk phones don't work. The PBX ({!model_number:pbx}) gets an IP ({ip_address}) but the handsets won't register. These are the accounts as you originally set them up:\n\n{extlist:2-4}\nThe handsets show '{!error_code:h403} Forbidden'. We're on {!quantity:mbps} fibre."),
    ("backup", "b", "payments",
     "The phone with our authenticator app was stolen, so nobody can log in to the dashboard. We still have the backup codes, but these ones don't work:\n\n{codelist:2-4}\nOur login is {username}, merchant ID {customer_number}. Can you reset two-factor authentication?"),
    ("family", "c", "telco",
     "I have a family plan with {n:3-4} SIMs. Two of the kids' SIMs got locked after they swapped phones. The app shows these codes:\n\n{simtable:2-3}\nAccount number {customer_number}. Can you confirm which PUK goes with which number?"),
    ("wifi_long", "c", "telco",
     "Since your engineer fitted the new router ({!model_number:router}) on {!date}, the wifi in the living room keeps dropping. I logged in to the router as {username:admin} with password {password} (from the sticker) and changed the channel. The wifi key is now {wifi_key}. The laptop still only gets {!quantity:mbpslow}. What else can I try?"),
    ("elderly", "c", "bank",
     "I'm writing on behalf of my neighbour, {name2}, who is 84 and not online. The PIN was forgotten and {pin2} was tried three times, so the card ({card2}) is now blocked. The address is {address2} and the phone number {phone2}. Could you send a new PIN to that address?"),
    ("gov_login", "c", "gov",
     "I've been trying to log in for a week to update my details. I use username {username} and password {password}, then I get a text code ({otp}), and then error {!error_code}. My BSN is {bsn} in case you need it to find me."),
])


# ===========================================================================
# e-mail composition
# ===========================================================================
@gen("subj")
def g_subj(ctx, arg, key):
    t = pick_from_bank(ctx, "subjects_plain")
    return ctx.render(t.text, t.id)


FRESH_BANKS = {"qhdr", "qhdr_agent", "outlook", "outlook_agent", "outlook_clean", "outlook_clean_agent", "fwdhdr"}


def _pick(ctx, name, want=None):
    """pick a bank template (optionally filtered by a predicate) and render it"""
    if name in FRESH_BANKS:
        # every header in a thread gets its own date and time
        for k in [k for k in ctx.cache if k.startswith("!date") or k.startswith("!time")]:
            del ctx.cache[k]
    lst = ctx.pools["_banks"].get((name, ctx.lang), [])
    if want:
        f = [t for t in lst if want(t)]
        if f:
            lst = f
    f = [t for t in lst if sec_ok(t, ctx.sector) and sub_ok(t, ctx)]
    if f:
        lst = f
    if name in ("neg", "fill"):
        used = getattr(ctx, "used_tids", set())
        f = [t for t in lst if t.id not in used]
        if f:
            lst = f
    pref = [t for t in lst if sec_exact(t, ctx.sector)]
    if pref and ctx.rng.random() < 0.7:
        lst = pref
    t = ctx.rng.choice(lst)
    ctx.used_tids = getattr(ctx, "used_tids", set()) | {t.id}
    return ctx.render(t.text, t.id)


def S(text):
    return [(text, None, None)]


HTML_KEYS = ["Van:", "Verzonden:", "Datum:", "Aan:", "Onderwerp:", "CC:", "Cc:", "From:", "Sent:", "Date:", "To:",
             "Subject:", "De :", "Envoyé :", "Date :", "À :", "Cc :", "Objet :"]


def htmlify(segs, ctx):
    """Flattened-HTML artefacts: bold header keys, mailto duplicates after addresses."""
    out = []
    for i, (text, label, tid) in enumerate(segs):
        if label is None:
            for k in HTML_KEYS:
                text = re.sub(r"(^|\n)" + re.escape(k) + " ", lambda m: m.group(1) + "*" + k + "* ", text)
            out.append((text, label, tid))
        else:
            out.append((text, label, tid))
            nxt = segs[i + 1][0] if i + 1 < len(segs) else ""
            if label == ("s", "email") and nxt.startswith(">") and " " not in text:
                out.append(("<mailto:", None, tid))
                out.append((text, label, tid))
                out.append((">", None, tid))
    return out


def cust_message(ctx, body_t, clean, with_sig=True, light=False):
    """greeting, opener, body, closer, sign-off, signature (and disclaimer), rendered top-down."""
    rng = ctx.rng
    segs = _pick(ctx, "greeting") + S("\n\n")
    if not light and rng.random() < 0.7:
        segs += _pick(ctx, "opener") + S(" " if rng.random() < 0.3 else "\n\n")
    segs += ctx.render(body_t.text, body_t.id)
    if rng.random() < 0.6:
        segs += S("\n\n") + _pick(ctx, "neg")
        if rng.random() < 0.3:
            segs += S(" ") + _pick(ctx, "neg")
    if rng.random() < 0.5:
        segs += S(" ") + _pick(ctx, "fill")
    segs += S("\n\n") + _pick(ctx, "closer") + S("\n\n") + _pick(ctx, "signoff") + S("\n")
    business = ctx.register == "business"
    if clean:
        segs += _pick(ctx, "sig_clean")
    else:
        segs += _pick(ctx, "sig", want=(lambda t: ("company" in t.phs) == business))
    if business and rng.random() < 0.45:
        segs += S("\n\n") + _pick(ctx, "disclaimer")
    return segs


def earlier_complaint(ctx):
    """an earlier, data-free message of the customer (quoted further down a thread)"""
    segs = _pick(ctx, "greeting") + S("\n\n") + _pick(ctx, "neg")
    if ctx.rng.random() < 0.6:
        segs += S(" ") + _pick(ctx, "neg")
    segs += S(" ") + _pick(ctx, "fill") + S("\n\n") + _pick(ctx, "signoff") + S("\n") + S(ctx.get_person()["first"])
    return segs


def agent_block(ctx):
    return _pick(ctx, "agentask") + S("\n\n") + _pick(ctx, "footer")


def short_top(ctx):
    return _pick(ctx, "toprply") + S("\n\n") + _pick(ctx, "signoff") + S("\n" + ctx.get_person()["first"])


def compose_email(ctx, body_t, clean):
    """Build one e-mail; every part is rendered in display order (top to bottom) so that the
    dates in the quote headers run back in time."""
    rng = ctx.rng
    if clean:
        structure = rng.choice(["direct", "outlook_chain", "html"])
    else:
        structure = rng.choice(["direct", "reply_thread", "reply_thread", "see_below", "forward",
                                "outlook_chain", "html"])
        if structure == "forward" and ctx.register != "business":
            structure = "see_below"   # colleagues forwarding mail only happens at businesses
    segs = _pick(ctx, "subject") + S("\n\n") if rng.random() < 0.6 else []
    if structure == "direct":
        segs += cust_message(ctx, body_t, clean)
    elif structure == "reply_thread":
        data_on_top = rng.random() < 0.5
        segs += cust_message(ctx, body_t, clean, light=True) if data_on_top else short_top(ctx)
        segs += S("\n\n") + _pick(ctx, "qhdr_agent") + S("\n")
        inner = agent_block(ctx) + S("\n\n") + _pick(ctx, "qhdr") + S("\n")
        inner += quote_segs(earlier_complaint(ctx) if data_on_top else cust_message(ctx, body_t, clean))
        segs += quote_segs(inner)
    elif structure == "see_below":
        segs += short_top(ctx) + S("\n\n") + _pick(ctx, "qhdr") + S("\n")
        segs += quote_segs(cust_message(ctx, body_t, clean))
    elif structure == "forward":
        colleague = ctx.get_person("p9")
        segs += _pick(ctx, "fwdtop") + S("\n\n") + _pick(ctx, "signoff") + S("\n")
        segs += _pick(ctx, "sig", want=(lambda t: ("company" in t.phs) == (ctx.register == "business")))
        segs += S("\n\n") + _pick(ctx, "fwdhdr") + S("\n\n")
        segs += S({"nl": "Hoi ", "nl-be": "Dag ", "fr-be": "Salut ", "en": "Hi "}[ctx.lang] + ctx.get_person()["first"] + ",\n\n")
        segs += ctx.render(body_t.text, body_t.id)
        segs += S("\n\n") + _pick(ctx, "signoff") + S("\n" + colleague["first"])
    else:   # outlook_chain / html
        html = structure == "html"
        hdr = "outlook_clean" if clean else "outlook"
        hdr_agent = "outlook_clean_agent" if clean else "outlook_agent"
        sep = "\n\n________________________________\n" if html or rng.random() < 0.4 else "\n\n"
        data_on_top = rng.random() < 0.5
        segs += cust_message(ctx, body_t, clean, light=True) if data_on_top else short_top(ctx)
        if html:
            segs += S("\n\n[cid:image00%d.png@01DA%s.%s]" % (rng.randint(1, 4), rstr(rng, "0123456789ABCDEF", 4), rstr(rng, "0123456789ABCDEF", 8)))
        segs += S(sep) + _pick(ctx, hdr_agent, want=(lambda t: t.text.find("{brand}") < t.text.find("{name}") or "{name}" not in t.text)) + S("\n\n") + agent_block(ctx)
        segs += S(sep) + _pick(ctx, hdr, want=(lambda t: "{name}" in t.text.split("\n")[0])) + S("\n\n")
        segs += earlier_complaint(ctx) if data_on_top else cust_message(ctx, body_t, clean)
        if html:
            segs = htmlify(segs, ctx)
    return segs


# ===========================================================================
# record building and checks
# ===========================================================================
PH_LEFT = re.compile(r"\{!?[a-z_]+\d*(?::[^}]*)?\}|\[\[|\]\]|@@")
WS = set(" \t\n\r")
NO_SPACE_TYPES = {"password", "pin", "puk", "wifi_key", "username", "api_key", "token", "cvv"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def record_problems(rec):
    text = rec["text"]
    probs = []
    if PH_LEFT.search(text):
        probs.append("unrendered placeholder")
    if "#}" in text or "%N" in text:
        probs.append("unrendered row marker")
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    negs = sorted(rec["negatives"], key=lambda s: s["start"])
    for s in spans + negs:
        if not (0 <= s["start"] < s["end"] <= len(text)):
            probs.append("offset out of range")
            continue
        v = text[s["start"]:s["end"]]
        if v[0] in WS or v[-1] in WS:
            probs.append("span with outer whitespace: %r" % v)
    for s in spans:
        v = text[s["start"]:s["end"]]
        t = s["type"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else ""
        if before.isalnum() or (after and after.isalnum()):
            probs.append("span glued to text: %s %r" % (t, v))
        if t in HIGH_RISK and not v[-1].isalnum() and (after == "" or after not in WS):
            probs.append("secret ends in punctuation before %r: %r" % (after, v))
        if t in NO_SPACE_TYPES and any(c in WS for c in v):
            probs.append("whitespace inside %s %r" % (t, v))
        if t == "card":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                probs.append("bad card %r" % v)
        if t == "iban" and not iban_ok(v):
            probs.append("bad iban %r" % v)
        if t == "bsn" and not bsn_ok(v):
            probs.append("bad bsn %r" % v)
        if t == "email" and "@" not in v and " at " not in v and " arobase " not in v:
            probs.append("bad email %r" % v)
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            probs.append("overlapping spans")
    for n in negs:
        for s in spans:
            if n["start"] < s["end"] and s["start"] < n["end"]:
                probs.append("negative overlaps span")
    for a, b in zip(negs, negs[1:]):
        if b["start"] < a["end"]:
            probs.append("overlapping negatives")
    # nothing that looks like personal data may be left unlabelled
    covered = [False] * len(text)
    for s in spans + negs:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for m in EMAIL_RE.finditer(text):
        if not all(covered[m.start():m.end()]):
            probs.append("unlabelled e-mail address %r" % m.group())
    for m in re.finditer(r"\d{7,}", text):
        if not all(covered[m.start():m.end()]):
            probs.append("unlabelled long number %r" % m.group())
    if rec["channel"] not in CHANNELS:
        probs.append("bad channel")
    if rec["visibility"] != ("public" if rec["channel"] in PUBLIC else "private"):
        probs.append("bad visibility")
    return probs


def build_record(segs, channel, ctx, tpl):
    text, spans, negs = finalize(segs)
    # drop empty markers, keep offsets
    rec = {"channel": channel, "lang": ctx.sublang, "visibility": "public" if channel in PUBLIC else "private",
           "text": text,
           "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans],
           "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in negs]}
    meta = {"tpl": tpl.id, "span_tids": [(s["type"], s["_tid"]) for s in spans],
            "neg_tids": [n["_tid"] for n in negs], "tids": set(x[2] for x in segs if x[2])}
    return rec, meta


LANG_WEIGHTS = [("nl", 30), ("nl-be", 20), ("fr-be", 20), ("en", 30)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    acc = 0
    for v, w in pairs:
        acc += w
        if r <= acc:
            return v
    return pairs[-1][0]


def span_types_of(t):
    s = set(x for x in t.phs if x in LABELS)
    if "simtable" in t.phs:
        s |= {"pin", "puk", "phone"}
    if "userlist" in t.phs:
        s |= {"username", "password"}
    if "meterlist" in t.phs:
        s |= {"address", "customer_number"}
    if "cardlist" in t.phs:
        s |= {"card", "card_expiry"}
    if "clientlist" in t.phs:
        s |= {"iban"}
    if "extlist" in t.phs:
        s |= {"username", "password"}
    if "codelist" in t.phs:
        s |= {"otp"}
    return s


class HalfGen:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random("%s/%d" % (half, seed))     # one Random per half
        self.pools = make_pools(half)
        self.pools["_banks"] = half_banks(half)
        self.msg = defaultdict(list)
        self.msg_neg = defaultdict(list)
        self.ebody = defaultdict(list)
        self.ebody_neg = defaultdict(list)
        for (bname, lang), lst in self.pools["_banks"].items():
            for t in lst:
                if bname == "msg":
                    (self.msg_neg if not span_types_of(t) else self.msg)[lang].append(t)
                elif bname == "ebody":
                    self.ebody[lang].append(t)
                elif bname == "ebody_neg":
                    self.ebody_neg[lang].append(t)
        self.records = []
        self.metas = []

    def _ctx(self, lang, t):
        ctx = Ctx(self.rng, self.half, lang, self.pools, sector=self.rng.choice(t.sector.split()) if t.sector != "any" else
                  self.rng.choice(["telco", "bank", "energy", "webshop", "payments", "hosting"]))
        ctx.register = t.register
        return ctx

    def one(self, kind, lang, t=None):
        rng = self.rng
        for _ in range(40):
            if kind == "email":
                clean = t is None and rng.random() < 0.16
                tt = t or rng.choice(self.ebody_neg[lang] if clean else self.ebody[lang])
                clean = tt.bank == "ebody_neg"
                ctx = self._ctx(lang, tt)
                if clean:
                    ctx.register = rng.choice(["business", "consumer"])
                segs = compose_email(ctx, tt, clean)
                channel = "email"
            else:
                tt = t or rng.choice(self.msg_neg[lang] if kind == "msg_neg" else self.msg[lang])
                ctx = self._ctx(lang, tt)
                segs = ctx.render(tt.text, tt.id)
                channel = rng.choice(tt.channels)
            rec, meta = build_record(segs, channel, ctx, tt)
            if kind == "email" and not (600 <= len(rec["text"]) <= 2500):
                continue
            probs = record_problems(rec)
            if probs:
                if os.environ.get("B10_DEBUG"):
                    print("retry", tt.id, probs[:2], file=sys.stderr)
                continue
            meta["kind"] = kind
            return rec, meta
        raise SystemExit("could not render a valid message from %s (%s)" % (tt.id, kind))

    def run(self, n_target):
        rng = self.rng
        for i in range(n_target):
            lang = wchoice(rng, LANG_WEIGHTS)
            kind = wchoice(rng, [("email", 38), ("msg_neg", 29), ("msg", 33)])
            rec, meta = self.one(kind, lang)
            self.records.append(rec)
            self.metas.append(meta)
        # top up high-risk types that are short of 45 spans in this half
        for _ in range(400):
            cnt = Counter(s["type"] for r in self.records for s in r["spans"])
            short = [t for t in HIGH_RISK if cnt[t] < 45]
            if not short:
                break
            want = short[0]
            lang = wchoice(rng, LANG_WEIGHTS)
            cands = [(("email"), t) for t in self.ebody[lang] if want in span_types_of(t)]
            cands += [("msg", t) for t in self.msg[lang] if want in span_types_of(t)]
            if not cands:
                continue
            kind, t = rng.choice(cands)
            rec, meta = self.one(kind, lang, t)
            meta["kind"] = kind + "_topup"
            self.records.append(rec)
            self.metas.append(meta)
        # make sure each high-risk type is carried by many different templates in this half
        for want in HIGH_RISK:
            used = set(tid for m in self.metas for (ty, tid) in m["span_tids"] if ty == want)
            if len(used) >= 16:
                continue
            cands = []
            for lang in LANGS:
                cands += [("email", lang, t) for t in self.ebody[lang] if want in span_types_of(t) and t.id not in used]
                cands += [("msg", lang, t) for t in self.msg[lang] if want in span_types_of(t) and t.id not in used]
            for kind, lang, t in cands[:16 - len(used)]:
                rec, meta = self.one(kind, lang, t)
                meta["kind"] = kind + "_variety"
                self.records.append(rec)
                self.metas.append(meta)
        for i, r in enumerate(self.records):
            r["id"] = "%s-%s-%05d" % (PREFIX, self.half, i)
        self.records = [dict([("id", r["id"])] + [(k, v) for k, v in r.items() if k != "id"]) for r in self.records]


def half_stats(records, metas):
    st = {}
    n = len(records)
    st["n"] = n
    st["labels"] = Counter(s["type"] for r in records for s in r["spans"])
    st["negs"] = Counter(x["kind"] for r in records for x in r["negatives"])
    st["channels"] = Counter(r["channel"] for r in records)
    st["langs"] = Counter(r["lang"] for r in records)
    st["no_span"] = sum(1 for r in records if not r["spans"])
    st["high_risk_msgs"] = sum(1 for r in records if any(s["type"] in HIGH_RISK for s in r["spans"]))
    st["neg_msgs"] = sum(1 for r in records if r["negatives"])
    st["long_emails"] = sum(1 for r in records if r["channel"] == "email" and 600 <= len(r["text"]) <= 2500)
    st["short"] = sum(1 for r in records if len(r["text"]) < 200)
    st["phrasings"] = {t: len(set(tid for m in metas for (ty, tid) in m["span_tids"] if ty == t)) for t in LABELS}
    st["tids"] = set().union(*[m["tids"] for m in metas])
    st["visibility"] = Counter(r["visibility"] for r in records)
    return st


def corpus_checks(stats):
    errs = []
    for h in HALVES:
        st = stats[h]
        for t in LABELS:
            if st["labels"][t] == 0:
                errs.append("%s: label %s missing" % (h, t))
        for k in NEG_KINDS:
            if st["negs"][k] == 0:
                errs.append("%s: negative kind %s missing" % (h, k))
        for t in HIGH_RISK:
            if st["labels"][t] < 40:
                errs.append("%s: only %d %s spans" % (h, st["labels"][t], t))
            if st["phrasings"][t] < 12:
                errs.append("%s: only %d phrasings for %s" % (h, st["phrasings"][t], t))
        if st["no_span"] < 0.25 * st["n"]:
            errs.append("%s: only %d messages without spans" % (h, st["no_span"]))
        if st["high_risk_msgs"] < 0.40 * st["n"]:
            errs.append("%s: only %d high-risk messages" % (h, st["high_risk_msgs"]))
        if st["neg_msgs"] < 0.35 * st["n"]:
            errs.append("%s: only %d messages with negatives" % (h, st["neg_msgs"]))
        if st["n"] < 850:
            errs.append("%s: only %d messages" % (h, st["n"]))
    both = stats["dev"]["tids"] & stats["heldout"]["tids"]
    if both:
        errs.append("templates in both halves: %s" % sorted(both)[:5])
    texts = defaultdict(set)
    for t in TEMPLATES:
        texts[t.text].add(t.half)
    dup = [k for k, v in texts.items() if len(v) > 1]
    if dup:
        errs.append("identical template text in both halves: %r" % dup[:3])
    return errs


# ===========================================================================
# README and main
# ===========================================================================
def _table_rows(title, keys, stats):
    lines = ["| %s | dev | heldout |" % title, "|---|---:|---:|"]
    for k in keys:
        lines.append("| %s | %d | %d |" % (k, stats["dev"][title_key(title)][k], stats["heldout"][title_key(title)][k]))
    return "\n".join(lines)


def title_key(title):
    return {"label type": "labels", "negative kind": "negs", "channel": "channels", "lang": "langs",
            "visibility": "visibility"}[title]


def write_readme(path, seed, stats):
    d, h = stats["dev"], stats["heldout"]
    n_tpl = Counter((t.half, t.bank) for t in TEMPLATES)
    langs = sorted(set(d["langs"]) | set(h["langs"]))
    chans = [c for c in CHANNELS if d["channels"][c] or h["channels"][c]]
    pct = lambda a, b: "%.1f %%" % (100.0 * a / b)
    txt = """# blind10 — blind scrub corpus (long e-mails, business customers)

Record id prefix `b10`. Files: `dev.jsonl`, `heldout.jsonl`, generator `generate_blind.py`
(standard library only, Python 3.11, deterministic for a given `--seed`).

Regenerate with

    python3 tests/scrub_corpus/blind10/generate_blind.py --seed {seed}

**Seed: {seed}.** The generator checks every record and the corpus as a whole before it writes
anything; if a check fails it exits with status 1 and writes nothing.

## How this corpus was written

Written **blind**. The only inputs were the task brief, general knowledge of how customers of
Dutch, Belgian, UK and US companies write to care teams (WhatsApp, DMs, tweets, Instagram,
Messenger, Telegram, e-mail) and the platforms' public conventions (Gmail / Outlook quote headers,
forwarded-message headers, "> " quoting, flattened HTML mail).

Not opened, read, grepped or run: anything under `functions/`, `tests/unit/`, `bench/`,
`docs/scrubbing.md`, any other corpus or generator under `tests/scrub_corpus/` (only the names of the
sibling directories were seen in a directory listing), and no scrubber or scorer was run on this data.

All values are fake and well formed: card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex
15-digit, Maestro / Bancontact-style), IBANs carry valid mod-97 check digits (NL, BE incl. the
national check, DE, FR, GB, ES, LU, IE), BSNs pass the 11-proof; phone numbers use fictional ranges
(NL 06-1… and 020-…, BE 04xx, UK 07700 900xxx and 020 7946 0xxx, US 555-01xx); IP addresses are mostly
from the documentation ranges; brands (the companies written to), customer companies and their
e-mail domains are fictional. Private customers use common webmail domains or invented provider
domains. Device names (phones, routers, card terminals, PBXs, laptops) are ordinary model names and
appear only as `model_number` hard negatives.

Emphasis of this corpus: long e-mails (about a third of all messages are e-mails of 600–2,500
characters: Gmail-style reply threads with nested `> >` quoting, "zie onderstaand / cf. ci-dessous /
see below" replies whose data sit in the quoted part, forwarded messages, Outlook
`Van:/Verzonden:/Aan:/Onderwerp:`, `De :/Envoyé :/À :/Objet :` and `From:/Sent:/To:/Subject:` chains,
`-----Original Message-----`, flattened HTML with `*Van:*` bold keys, `[cid:…]` images and
`address<mailto:address>` duplicates), legal footers and disclaimers of the company (not labelled,
except their hard negatives), and business customers (SIM tables for staff with PIN and PUK, user
lists with passwords, router admin logins, SIP accounts, card terminals, webshop / payment /
shipping API keys, accountants writing for a client, resellers).

### Labelling conventions followed

* A span covers the value only, never the cue word.
* The customer's (or a relative's, colleague's, employee's, client's) data is labelled; the company's
  own data (service numbers, registration numbers, office address in a footer, URLs) is not labelled
  as a span — service numbers, registration numbers, URLs, dates, times etc. are hard negatives.
* A multi-line signature address is one span including its line breaks (inside a quoted part the
  `> ` markers of the continuation line are inside that span).
* The customer's e-mail address is labelled wherever it occurs, also in quote and Outlook headers.
* Names, SSIDs, agent initials, cities alone, and the company's own address are never labelled.
* Values that would be ambiguous (bare short numbers without a cue, booking references, private
  router IPs, porting codes, company IBANs) were left out of the corpus entirely.
* No secret ends in punctuation unless whitespace follows it; secrets contain no spaces except
  grouped OTPs, card numbers, IBANs and BSNs, where the span covers all groups.

## Split rule

Templates (whole messages, e-mail body blocks, and every e-mail part: greetings, openers, closers,
sign-offs, signatures, disclaimers, company footers, quote / Outlook / forward headers, "see below"
replies, agent questions, tables and lists, hard-negative sentences) are grouped by
(kind, family, language, register) in the order they are written in the generator and **dealt
alternately** dev, heldout, dev, … — deterministically, independent of the seed (groups take turns in
which half receives their first template, so single-template groups are spread over both halves;
identical template texts stay together). A template text
that occurs in more than one group keeps the half it got first, so no template text is in both halves
(the generator checks this). Pools are dealt the same way, over all their distinct values: first and
last names, streets, cities, brands, password words, e-mail domains, customer companies, SSID bases,
flight-code prefixes and device models — the halves share none of them. Random values come from one
`random.Random` per half (seeded from the half name and the seed).

Templates per half: dev {tpl_dev}, heldout {tpl_held} (all banks together).

## How a half is drawn

860 messages are drawn per half: language nl 30 %, nl-BE 20 %, fr-BE 20 %, UK/US English 30 %
(UK or US per message); 38 % long e-mails composed from the half's e-mail parts (about one in six of
them without any personal data), 29 % messages from templates without spans, 33 % messages from
templates with spans. Then, still from the same `random.Random`, extra messages are drawn from
templates carrying any high-risk type that has fewer than 45 spans in the half, and from not yet used
templates of any high-risk type carried by fewer than 16 templates, so every high-risk type has at
least 40 spans and at least 12 distinct phrasings (templates) in each half. E-mails outside
600–2,500 characters and records failing a check are redrawn.

## Counts

| | dev | heldout |
|---|---:|---:|
| messages | {dn} | {hn} |
| messages without any span | {dns} ({dnsp}) | {hns} ({hnsp}) |
| messages with a high-risk span | {dhr} ({dhrp}) | {hhr} ({hhrp}) |
| messages with hard negatives | {dng} ({dngp}) | {hng} ({hngp}) |
| e-mails of 600–2,500 characters | {dle} ({dlep}) | {hle} ({hlep}) |
| messages under 200 characters | {dsh} ({dshp}) | {hsh} ({hshp}) |

### Label types (spans)

{labels}

### Distinct phrasings (templates that carry the label) per half

{phr}

### Hard-negative kinds

{negs}

### Channels

{chans}

### Languages

{langs}

### Visibility

{vis}

## heldout.jsonl

`heldout.jsonl` is a held-out half. **Detector authors must never open `heldout.jsonl` or the
generator (`generate_blind.py`)**; they may only run a scorer over it and report the numbers.
Tune, if at all, on `dev.jsonl` only.
""".format(
        seed=seed, tpl_dev=sum(v for (hh, b), v in n_tpl.items() if hh == "dev"),
        tpl_held=sum(v for (hh, b), v in n_tpl.items() if hh == "heldout"),
        dn=d["n"], hn=h["n"], dns=d["no_span"], hns=h["no_span"], dnsp=pct(d["no_span"], d["n"]), hnsp=pct(h["no_span"], h["n"]),
        dhr=d["high_risk_msgs"], hhr=h["high_risk_msgs"], dhrp=pct(d["high_risk_msgs"], d["n"]), hhrp=pct(h["high_risk_msgs"], h["n"]),
        dng=d["neg_msgs"], hng=h["neg_msgs"], dngp=pct(d["neg_msgs"], d["n"]), hngp=pct(h["neg_msgs"], h["n"]),
        dle=d["long_emails"], hle=h["long_emails"], dlep=pct(d["long_emails"], d["n"]), hlep=pct(h["long_emails"], h["n"]),
        dsh=d["short"], hsh=h["short"], dshp=pct(d["short"], d["n"]), hshp=pct(h["short"], h["n"]),
        labels=_table_rows("label type", LABELS, stats),
        phr="\n".join(["| label type | dev | heldout |", "|---|---:|---:|"] +
                      ["| %s | %d | %d |" % (t, d["phrasings"][t], h["phrasings"][t]) for t in LABELS]),
        negs=_table_rows("negative kind", NEG_KINDS, stats),
        chans=_table_rows("channel", chans, stats),
        langs=_table_rows("lang", langs, stats),
        vis=_table_rows("visibility", ["public", "private"], stats))
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def print_stats(stats):
    for hname in HALVES:
        st = stats[hname]
        print("== %s: %d messages, %d without spans (%.1f%%), %d high-risk (%.1f%%), %d with negatives (%.1f%%), "
              "%d long e-mails (%.1f%%), %d short (%.1f%%)" % (
                  hname, st["n"], st["no_span"], 100.0 * st["no_span"] / st["n"], st["high_risk_msgs"],
                  100.0 * st["high_risk_msgs"] / st["n"], st["neg_msgs"], 100.0 * st["neg_msgs"] / st["n"],
                  st["long_emails"], 100.0 * st["long_emails"] / st["n"], st["short"], 100.0 * st["short"] / st["n"]))
        print("   labels:", ", ".join("%s=%d(%d phr)" % (t, st["labels"][t], st["phrasings"][t]) for t in LABELS))
        print("   negatives:", ", ".join("%s=%d" % (k, st["negs"][k]) for k in NEG_KINDS))
        print("   channels:", dict(st["channels"]))
        print("   langs:", dict(st["langs"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED_DEFAULT)
    ap.add_argument("--per-half", type=int, default=860)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check-only", action="store_true", help="run all checks, write nothing")
    args = ap.parse_args()

    deal_templates()
    be = check_banks()
    if be:
        for e in be:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    for t in TEMPLATES:
        if t.bank == "msg" and not t.channels:
            raise SystemExit("template without channels: %s" % t.id)
    stats = {}
    out = {}
    errors = []
    for hname in HALVES:
        g = HalfGen(hname, args.seed)
        g.run(args.per_half)
        for r in g.records:
            for p in record_problems(r):
                errors.append("%s: %s" % (r["id"], p))
        stats[hname] = half_stats(g.records, g.metas)
        out[hname] = g.records
    errors += corpus_checks(stats)
    print_stats(stats)
    if errors:
        for e in errors[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    if args.check_only:
        print("all checks passed (nothing written)")
        return
    for hname in HALVES:
        with open(os.path.join(args.out, "%s.jsonl" % hname), "w", encoding="utf-8") as f:
            for r in out[hname]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(os.path.join(args.out, "README.md"), args.seed, stats)
    print("all checks passed; wrote dev.jsonl, heldout.jsonl, README.md to", args.out)


if __name__ == "__main__":
    main()
