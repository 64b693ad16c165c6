#!/usr/bin/env python3
"""Blind scrub corpus "blind12" generator (standard library only, Python 3.11).

Writes dev.jsonl and heldout.jsonl next to this file. Deterministic for a given --seed.
Templates, phrasings, snippet shapes and pools are dealt alternately (by list index, independent of the
seed) to the two halves, so no template, phrasing list entry, name, street or brand occurs in both.
"""
import argparse, base64, collections, json, os, random, re, string, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b12"
HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"]
OTHER = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value", "request_id", "checksum", "port", "public_id"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

# ----------------------------------------------------------------------------- pieces
class S:  # labelled span
    __slots__ = ("t", "v", "ph")
    def __init__(self, t, v, ph=None): self.t, self.v, self.ph = t, v, ph
class N:  # hard negative
    __slots__ = ("k", "v")
    def __init__(self, k, v): self.k, self.v = k, v
class F:  # fragment: template text + local slots
    __slots__ = ("tpl", "loc", "pid")
    def __init__(self, tpl, loc=None, pid=None): self.tpl, self.loc, self.pid = tpl, (loc or {}), pid

SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

def split(h, seq):
    """Deal a list alternately: index 0,2,4.. to dev (h=0), 1,3,5.. to heldout (h=1)."""
    return list(seq)[h::2]

# ----------------------------------------------------------------------------- checks
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c): return body + c

def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1

def make_iban(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"

def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9: return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0 and d[0] != 0 or False

# ----------------------------------------------------------------------------- pools (dealt by index)
POOLS = {
 "first_nl": "Daan Sanne Jeroen Marieke Bram Femke Thijs Lotte Ruben Anouk Sjoerd Ilse Wouter Eline Niels Roos Gijs Maud Joost Fleur Koen Merel Stijn Noortje Hidde Esmee Teun Loes Pim Jildou".split(),
 "last_nl": "de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Kok|Jacobs|van Dijk|Schouten|Post|Kuipers|Veenstra|Hoekstra|van Wijk".split("|"),
 "first_be": "Lander Jolien Pieter-Jan Hanne Wout Elke Sander Lien Jens Griet Brecht Ine Thibault Sofie Arne Evelien Tuur Marthe Robbe Nele Seppe Fien Kobe Leen".split(),
 "last_be": "Peeters|Janssens|Maes|Willems|Claes|Goossens|Wouters|De Smet|Vermeulen|Van den Broeck|Mertens|Dubois|Hermans|Aerts|Lambrechts|Verstraete|De Backer|Pauwels|Michiels|Coppens|Van Damme|Segers|Vandenberghe|Desmet".split("|"),
 "first_fr": "Amélie Julien Chloé Maxime Manon Antoine Camille Nicolas Pauline Quentin Sarah Thomas Élodie Hugo Laura Mathieu Céline Romain Justine Cédric Aurélie Benoît Margaux Loïc".split(),
 "last_fr": "Lambert|Dupont|Leroy|Renard|Lejeune|Dumont|Lemaire|Collard|Simon|Laurent|Martin|Fontaine|Gilson|Masson|Denis|Hubert|Thiry|Poncelet|Lecomte|Gérard|Jacquet|Bodart|Noël|Charlier".split("|"),
 "first_en": "Oliver Emily James Sophie Harry Chloe Jack Grace Ryan Megan Tyler Ashley Brandon Kayla Ethan Hannah Liam Olivia Noah Ava Connor Abigail Callum Isla Dylan Madison Owen Freya Mason Lauren".split(),
 "last_en": "Thompson|Walker|Robinson|Wright|Hughes|Edwards|Green|Hall|Wood|Clarke|Turner|Parker|Harris|Collins|Bennett|Cooper|Morgan|Reed|Brooks|Sullivan|Foster|Hayes|Price|Russell|Griffin|Hart|Palmer|Shaw|Ellis|Murray".split("|"),
 "street_nl": "Kerkstraat|Molenweg|Lindenlaan|Kerkplein|Achter de Hoven|Schoolstraat|Dorpsstraat|Beukenlaan|Oude Gracht|Stationsweg|Julianastraat|Het Hoog|Wilhelminapark|Zuiderdiep|Burgemeester Visserstraat|Oranjesingel|Vondelstraat|Torenstraat|Binnenhaven|Klaverhof|Merelstraat|Op de Vloed|Sluiskade|Weverij".split("|"),
 "city_nl": [("1017","Amsterdam"),("3511","Utrecht"),("2512","Den Haag"),("9712","Groningen"),("5611","Eindhoven"),("6811","Arnhem"),("8011","Zwolle"),("4811","Breda"),("6211","Maastricht"),("2311","Leiden"),("7511","Enschede"),("1811","Alkmaar"),("3011","Rotterdam"),("5211","'s-Hertogenbosch"),("8911","Leeuwarden"),("3811","Amersfoort"),("6511","Nijmegen"),("2011","Haarlem")],
 "street_be": "Kerkstraat|Stationsstraat|Dorpsstraat|Molenstraat|Kapelstraat|Nieuwstraat|Lange Leemstraat|Grote Markt|Veldstraat|Steenweg op Gent|Meir|Overpoort|Koning Albertlaan|Lindelei|Brugse Poort|Kouter".split("|"),
 "city_be": [("2000","Antwerpen"),("9000","Gent"),("3000","Leuven"),("8000","Brugge"),("2800","Mechelen"),("3500","Hasselt"),("8500","Kortrijk"),("9300","Aalst"),("2300","Turnhout"),("1800","Vilvoorde"),("8400","Oostende"),("3600","Genk")],
 "street_fr": "Rue de la Station|Avenue Louise|Chaussée de Waterloo|Rue Haute|Rue des Champs|Place du Marché|Rue de Namur|Boulevard d'Avroy|Rue Saint-Gilles|Avenue des Tilleuls|Rue du Moulin|Rue de Fragnée|Clos des Lilas|Rue Neuve|Avenue de la Gare|Rue Grétry".split("|"),
 "city_fr": [("1000","Bruxelles"),("4000","Liège"),("5000","Namur"),("6000","Charleroi"),("7000","Mons"),("1300","Wavre"),("1348","Louvain-la-Neuve"),("4020","Liège"),("1050","Ixelles"),("6700","Arlon"),("7500","Tournai"),("1400","Nivelles")],
 "street_uk": "Acacia Road|Station Road|Victoria Street|Mill Lane|Church Close|Park View|Kingsway|The Green|Orchard Way|High Street|Queens Drive|Albert Terrace|Beech Grove|Meadow Rise".split("|"),
 "city_uk": [("SW1A 2AA","London"),("M1 4BT","Manchester"),("LS6 2QR","Leeds"),("BS8 1TH","Bristol"),("EH3 9DR","Edinburgh"),("CF10 3AT","Cardiff"),("B15 2TT","Birmingham"),("NE1 7RU","Newcastle"),("G12 8QQ","Glasgow"),("OX4 1BP","Oxford"),("NG7 2RD","Nottingham"),("L17 8XY","Liverpool")],
 "street_us": "Maple Street|Oak Avenue|Cedar Lane|Elm Drive|Pine Court|Lakeview Road|Washington Blvd|Sunset Terrace|Hillcrest Way|Birch Street|Willow Bend|Riverside Drive".split("|"),
 "city_us": [("62704","Springfield, IL"),("97205","Portland, OR"),("78701","Austin, TX"),("30303","Atlanta, GA"),("55401","Minneapolis, MN"),("80202","Denver, CO"),("02116","Boston, MA"),("98101","Seattle, WA"),("53703","Madison, WI"),("85004","Phoenix, AZ"),("37203","Nashville, TN"),("43215","Columbus, OH")],
 "maildom": "postvak.nl|mailhaven.com|inboxly.net|brievenbus.nl|telemail.be|postbus.be|courriel.be|letterbox.co.uk|mailpond.com|postduif.nl|webpost.nl|skymail.be|boitemail.be|quickmail.us|fastinbox.co.uk|hetnet-mail.nl|proton-box.com|kabelpost.nl|freemail.be|outpost.com".split("|"),
 "pwword": "Zomer|Winter|Voetbal|Pannenkoek|Tulpen|Fietsen|Kasteel|Sunshine|Dragon|Monkey|Liverpool|Chelsea|Mustang|Soleil|Bruxelles|Chocolat|Koffie|Hondje|Mimi|Lente|Brabant|Ajax|Toulouse|Paris|Kampeer|Oranje|Panda|Tiger|Boxer|Maanlicht|Snoopy|Rocket".split("|"),
 "userword": "dev|admin|ops|shop|info|sales|tech|beheer|web|it|boekhouding|support".split("|"),
 # fictional brands per sector
 "b_api": "Paylio|Sendmoss|Quillstack|Apiary One|Routewise|Datavale|Stackbay|Notifly|Geocrate|Textora|Mapwright|Hookly".split("|"),
 "b_pay": "Mollara|Paystream|Adyra|Kassa24|Payvolt|Checkora|PayNest|Buckwheat Pay|Vendipay|Coinpay EU".split("|"),
 "b_host": "Webnest|Hostduin|Serverkade|CloudLoft|Nimbushost|Byteweide|Domeinhuis|Hostaria|Kelderhost|Rackwise".split("|"),
 "b_saas": "Taskburrow|Inkpad|Deskflow|Boekhoudhuis|Shiftly|Planbord|Formwise|Tallybook|Crewdesk|Ledgerlight".split("|"),
 "b_telco": "Telvio|Belnetto Mobiel|Orkaan|Kabelwerk|Proxicom|Zendr|Lumo Mobile|Vodaflux|Netbaak|Airwave UK|Signalis|Mobivo".split("|"),
 "b_bank": "Duinbank|Kempenbank|Zilverbank|Banque Meuse|Northgate Bank|Harbor Federal|Spaarhuis|Leeuw Bank|Ardenne Crédit|Thamesbridge".split("|"),
 "b_energy": "Windkracht Energie|Polderstroom|Lumenhuis|Energa Noord|Greenwatt|Brightgrid|Energiek|Voltaire Énergie|Zonnedak|Stroomhuis".split("|"),
 "b_shop": "Kooplokaal|Bolderkar|Tuinwinkel24|Parcelpoint|Shopwise|Boxfabriek|Maison Lumière|Cartwheel|Koopjeshoek|Gadgetgrot|Lekkerlevend|Fietsdepot".split("|"),
 "b_other": "Zeevaart Air|Noordzee Verzekert|Aerolys|Dijkhuis Verzekeringen|SkyBelge|Alliance Assur|Skyhop|Harbourline Insurance|Zorgkring|Brightwing".split("|"),
 "b_dev": "Fritz!Box 7590|TP-Link Archer C6|H369A|Synology DS220+|Reolink RLC-510A|Hue Bridge v2|Samsung QE55Q80C|HP OfficeJet Pro 9010|QNAP TS-233|Ubiquiti UDR|Brother HL-L2350DW|Ring Doorbell 4|Ezviz C6N|Sonos Era 100|Netgear Nighthawk R7000|Tado V3+|Grandstream HT801|Yealink T46U|LG OLED55C3|Eufy 2C Pro".split("|"),
 "b_router": "Fritz!Box 7590|TP-Link Archer C6|H369A|Ubiquiti UDR|Netgear Nighthawk R7000|Sagemcom F@st 5670|Zyxel VMG8825|Experia Box v10|Technicolor TG789|BBox 3".split("|"),
 "b_voip": "Grandstream HT801|Yealink T46U|Snom D735|Gigaset N670 IP|Cisco SPA112|Polycom VVX 250".split("|"),
 "b_cam": "Reolink RLC-510A|Ezviz C6N|Eufy 2C Pro|Ring Doorbell 4|Hikvision DS-2CD1043|Tapo C200".split("|"),
 "b_tv": "Samsung QE55Q80C|LG OLED55C3|Philips 55PUS8808|Sony KD-50X75WL|Hisense 50A6K|TCL 55C745".split("|"),
 "b_print": "HP OfficeJet Pro 9010|Brother HL-L2350DW|Canon PIXMA TS5350|Epson EcoTank ET-2850".split("|"),
 "b_nas": "Synology DS220+|QNAP TS-233|WD My Cloud EX2|Asustor AS1102T".split("|"),
 "b_smart": "Hue Bridge v2|Tado V3+|Nest Thermostat E|Homey Pro|Toon 2|Sonos Era 100".split("|"),
 "b_phone": "Galaxy A54|iPhone 15 Pro|Pixel 8|iPhone 13 mini|Galaxy S23|Fairphone 5|Moto g84|Xiaomi 13T|OnePlus 12|iPhone SE".split("|"),
 "hostword": "api|dash|portal|ftp|sftp|mail|smtp|imap|db|panel|console|app".split("|"),
}

LANG_GROUP = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
AL = string.ascii_letters + string.digits
HEX = "0123456789abcdef"

def rs(r, n, alph=AL): return "".join(r.choice(alph) for _ in range(n))
def rd(r, n): return "".join(r.choice(string.digits) for _ in range(n))
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")

class Ctx:
    def __init__(self, h, r, lang, P):
        self.h, self.r, self.lang, self.lg, self.P = h, r, lang, LANG_GROUP[lang], P
        self.cache, self.phs = {}, []
        self.country = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]
        pl = {"nl": "nl", "be": "be", "fr": "fr", "en": "en"}[self.lg]
        self.first = r.choice(P["first_" + pl]); self.last = r.choice(P["last_" + pl])
    def c(self, key, fn):
        if key not in self.cache: self.cache[key] = fn()
        return self.cache[key]
    def pick(self, key, seq):  # phrasing/shape pick from this half's share, records phrasing id
        i = self.r.randrange(len(seq) - self.h) if False else None
        share = split(self.h, seq)
        j = self.r.randrange(len(share))
        return share[j], f"{key}#{2*j+self.h}"

# ----------------------------------------------------------------------------- value generators
def g_password(x):
    r = x.r; w = r.choice(x.P["pwword"]); k = r.randrange(9)
    if k == 0: return f"{w}{r.choice(['2023','2024','2025','2026','1987','99','01'])}{r.choice('!?#$*')}"
    if k == 1: return f"{w.lower()}{rd(r,3)}"
    if k == 2: return f"{w[0]}{rs(r,1,'!@#$%')}{w[1:].lower()}{rd(r,2)}{rs(r,1,'xyzKQ')}"
    if k == 3: return rs(r, r.randint(10, 16), AL + "!#%&*") + rs(r, 1, AL)
    if k == 4: return f"{w}-{r.choice(x.P['pwword']).lower()}-{rd(r,2)}"
    if k == 5: return f"{w.upper()}_{rd(r,4)}"
    if k == 6: return f"{rd(r,2)}{w}{rs(r,1,'.!')}{rs(r,2,string.ascii_lowercase)}"
    if k == 7: return f"{w.replace('a','@').replace('o','0')}{rd(r,2)}"
    return f"{w}{rd(r,1)}{w[::-1].lower()}"

def g_username(x):
    r = x.r; f = x.first.lower().replace("é", "e").replace("ï", "i").replace("ë", "e").replace("è", "e").replace("-", "")
    l = re.sub(r"[^a-z]", "", x.last.lower().replace("é", "e").replace("ë", "e"))
    k = r.randrange(8)
    return [f"{f[0]}{l}{rd(r,2)}", f"{f}.{l}", f"{f}_{l[:4]}{rd(r,2)}", f"{r.choice(x.P['userword'])}_{l}",
            f"{l}{f[0]}", f"{f}{rd(r,4)}", f"{r.choice(x.P['userword'])}{rd(r,3)}", f"{f[:3]}{l[:3]}"][k]

def g_pin(x): return rd(x.r, x.r.choice([4, 4, 4, 5, 6]))
def g_simpin(x): return rd(x.r, 4)
def g_puk(x): return rd(x.r, 8)
def g_otp(x):
    r = x.r; k = r.randrange(8); d6 = rd(r, 6)
    return [d6, d6, f"{d6[:3]} {d6[3:]}", f"{d6[:3]}-{d6[3:]}", f"G-{d6}", rd(r, 8), rd(r, 5), f"{rs(r,1,'ABCDEFHK')}{rd(r,1)}-{d6[:4]}"][k]
def g_wifi(x):
    r = x.r; k = r.randrange(6)
    if k == 0: return rs(r, 12, "abcdefghjkmnpqrstuvwxyz23456789")
    if k == 1: return rs(r, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if k == 2: return f"{r.choice(x.P['pwword'])}{r.choice(x.P['pwword']).lower()}{rd(r,2)}"
    if k == 3: return rs(r, 10, HEX.upper())
    if k == 4: return "-".join(rs(r, 4, "abcdefghjkmnpqrstuvwxyz") for _ in range(3))
    return rs(r, 20, AL)

def g_api_key(x, kind=None):
    r = x.r; k = kind if kind is not None else r.randrange(12)
    if k == 0: return "sk_live_" + rs(r, 24)
    if k == 1: return "rk_live_" + rs(r, 28)
    if k == 2: return "ck_" + rs(r, 40, HEX)
    if k == 3: return "cs_" + rs(r, 40, HEX)
    if k == 4: return "api_" + rs(r, 32)
    if k == 5: return "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")
    if k == 6: return rs(r, 39, AL + "/+") + rs(r, 1, AL)  # AWS secret
    if k == 7: return "AIza" + rs(r, 34, AL + "_-") + rs(r, 1, AL)
    if k == 8: return "SG." + rs(r, 22, AL + "_-") + rs(r,1,AL) + "." + rs(r, 42, AL + "_-") + rs(r, 1, AL)
    if k == 9: return rs(r, 32, HEX)
    if k == 10: return "sk_test_" + rs(r, 24)
    if k == 11: return "key-" + rs(r, 32, HEX)
    if k == 12: return "whsec_" + rs(r, 32)
    return "pk_live_" + rs(r, 24)

def g_jwt(x):
    r = x.r
    hd = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"sub": rd(r, 7), "iat": 1760000000 + r.randrange(9999999), "scope": r.choice(["read", "admin", "orders:write"])}, separators=(",", ":")).encode())
    return f"{hd}.{pl}.{rs(r, 42, AL + '-_')}{rs(r,1,AL)}"

def g_token(x, kind=None):
    r = x.r; k = kind if kind is not None else r.randrange(10)
    if k == 0: return g_jwt(x)
    if k == 1: return "ghp_" + rs(r, 36)
    if k == 2: return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    if k == 3: return f"xoxb-{rd(r,11)}-{rd(r,12)}-{rs(r,24)}"
    if k == 4: return f"xoxp-{rd(r,11)}-{rd(r,11)}-{rd(r,13)}-{rs(r,32,HEX)}"
    if k == 5: return "glpat-" + rs(r, 20, AL + "_-") + rs(r, 1, AL)
    if k == 6: return rs(r, 40, HEX)
    if k == 7: return "at_" + rs(r, 30)
    if k == 8: return "npm_" + rs(r, 36)
    return "EAAG" + rs(r, 60)

def g_card(x, brand=None):
    r = x.r; b = brand if brand is not None else r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if b == "visa": n = luhn_complete("4", 16, r)
    elif b == "mc": n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif b == "amex": n = luhn_complete(r.choice(["34", "37"]), 15, r)
    else: n = luhn_complete(r.choice(["6759", "6761", "5018"]), r.choice([16, 19]) if False else 16, r)
    k = r.randrange(6)
    if len(n) == 15:
        if k < 3: return f"{n[:4]} {n[4:10]} {n[10:]}"
        if k < 5: return n
        return f"{n[:4]}-{n[4:10]}-{n[10:]}"
    if k == 0: return " ".join(n[i:i+4] for i in range(0, 16, 4))
    if k == 1: return "  ".join(n[i:i+4] for i in range(0, 16, 4))
    if k == 2: return "-".join(n[i:i+4] for i in range(0, 16, 4))
    if k == 3: return n
    if k == 4: return " ".join(n[i:i+4] for i in range(0, 16, 4))
    return n[:4] + " " + n[4:8] + "-" + n[8:12] + " " + n[12:]

def g_cvv(x): return rd(x.r, 3)
def g_expiry(x):
    r = x.r; m = r.randint(1, 12); y = r.randint(26, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}{y}", f"{m:02d}/20{y}", f"{m:02d} / {y}", f"{m:02d}-{y}"])

def g_iban(x, cc=None):
    r = x.r
    cc = cc or r.choice({"nl": ["NL"] * 6 + ["DE", "BE"], "be": ["BE"] * 6 + ["LU", "NL", "FR"], "uk": ["GB"] * 5 + ["IE", "ES"], "us": ["GB", "DE", "FR", "ES", "IE"]}[x.country])
    if cc == "NL": bban = r.choice(["KNAB", "ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "BUNQ"]) + rd(r, 10)
    elif cc == "BE":
        b = rd(r, 10); c = int(b) % 97 or 97; bban = b + f"{c:02d}"
    elif cc == "DE": bban = rd(r, 18)
    elif cc == "FR":
        bank, br, acc = rd(r, 5), rd(r, 5), rd(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97); bban = bank + br + acc + f"{key:02d}"
    elif cc == "GB": bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "MONZ"]) + rd(r, 14)
    elif cc == "IE": bban = r.choice(["AIBK", "BOFI"]) + rd(r, 14)
    elif cc == "ES": bban = rd(r, 20)
    else: bban = rd(r, 3) + rd(r, 13)  # LU
    ib = make_iban(cc, bban)
    k = r.randrange(7)
    if k in (0, 1, 2): return " ".join(ib[i:i+4] for i in range(0, len(ib), 4))
    if k == 3: return ib
    if k == 4: return ib.lower()
    if k == 5: return ib[:2] + " " + ib[2:4] + " " + " ".join(ib[i:i+4] for i in range(4, len(ib), 4))
    return ib

def g_bsn(x):
    r = x.r
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            b = "".join(map(str, d)) + str(s)
            if bsn_ok(b):
                k = r.randrange(4)
                return [b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"][k]

def g_phone(x, country=None):
    r = x.r; c = country or x.country
    if c == "nl":
        n = "61" + rd(r, 7); k = r.randrange(9)
        return [f"06-{n[1:]}", f"0{n}", f"06 - {n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 6 {n[1:]}",
                f"+31{n}", f"(06) {n[1:5]} {n[5:]}", f"0031 6 {n[1:5]} {n[5:]}", f"020-{'7'+rd(r,6)}"][k]
    if c == "be":
        p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"]); a, b_, cc = rd(r, 2), rd(r, 2), rd(r, 2)
        k = r.randrange(6)
        return [f"0{p}/{a}.{b_}.{cc}", f"0{p} {a} {b_} {cc}", f"+32 {p} {a} {b_} {cc}", f"0032{p}{a}{b_}{cc}", f"0{p}{a}{b_}{cc}", f"+32 (0){p} {a}{b_}{cc}"][k]
    if c == "uk":
        t = rd(r, 3); k = r.randrange(5)
        return [f"07700 900{t}", f"+44 7700 900{t}", f"07700900{t}", f"020 7946 0{t}", f"+44 (0)20 7946 0{t}"][k]
    t = rd(r, 2); ac = r.choice(["212", "312", "415", "503", "617", "720", "206"]); k = r.randrange(5)
    return [f"({ac}) 555-01{t}", f"{ac}.555.01{t}", f"{ac}-555-01{t}", f"+1 {ac} 555 01{t}", f"1-{ac}-555-01{t}"][k]

def g_email(x):
    r = x.r; f = re.sub(r"[^a-z]", "", x.first.lower().replace("é", "e").replace("ï", "i").replace("ë", "e").replace("è", "e"))
    l = re.sub(r"[^a-z]", "", x.last.lower().replace("é", "e").replace("ë", "e").replace("ë", "e"))
    d = r.choice(x.P["maildom"]); k = r.randrange(6)
    loc = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{rd(r,2)}", f"{l}.{f}", f"{f}_{l}{rd(r,2)}", f"{f}{l[:1]}"][k]
    return f"{loc}@{d}"

def g_email_odd(x):  # spaced or spelled out; still the customer's e-mail
    e = g_email(x); loc, d = e.split("@"); k = x.r.randrange(3)
    if k == 0: return f"{loc} @ {d}"
    if k == 1:
        w = {"nl": ("at", "punt"), "be": ("apenstaart", "punt"), "fr": ("arobase", "point"), "en": ("at", "dot")}[x.lg]
        return f"{loc} {w[0]} {d.replace('.', ' ' + w[1] + ' ')}"
    return f"{loc}[at]{d}"

def g_address(x, multiline=False):
    r = x.r; c = x.country; sep = "\n" if multiline else r.choice([", ", ", ", " "])
    hn = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "-2", " bis" if c != "uk" else "", "B"])
    if c == "nl":
        st = r.choice(x.P["street_nl"]); pc, city = r.choice(x.P["city_nl"])
        pc = f"{pc[:2]}{r.randint(10,99)}" + r.choice([" ", ""]) + rs(r, 2, "ABCEGHJKLMNPRTVWXZ")
        return f"{st} {hn}{sep}{pc} {city}"
    if c == "be":
        if x.lg == "fr":
            st = r.choice(x.P["street_fr"]); pc, city = r.choice(x.P["city_fr"])
            hn = str(r.randint(1, 180)) + r.choice(["", "", " bte 3", "/2", " boîte 12"])
        else:
            st = r.choice(x.P["street_be"]); pc, city = r.choice(x.P["city_be"])
            hn = str(r.randint(1, 180)) + r.choice(["", "", " bus 3", "/0201", "A"])
        return f"{st} {hn}{sep}{r.choice(['', '', 'B-'])}{pc} {city}"
    if c == "uk":
        st = r.choice(x.P["street_uk"]); pc, city = r.choice(x.P["city_uk"])
        flat = r.choice(["", "", "Flat 3, ", "Flat 12b, "])
        return f"{flat}{r.randint(1, 220)} {st}{sep}{city}{sep if multiline else ' '}{pc}"
    st = r.choice(x.P["street_us"]); zc, city = r.choice(x.P["city_us"])
    apt = r.choice(["", "", ", Apt 4B", " Unit 12"])
    city_, state = city.split(", ")
    return f"{r.randint(100, 9800)} {st}{apt}{sep}{city_}, {state} {zc}"

MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}

def g_dob(x):
    r = x.r; d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1948, 2005); k = r.randrange(8)
    mn = MONTHS[x.lg][m - 1]
    if k == 0: return f"{d:02d}-{m:02d}-{y}"
    if k == 1: return f"{d:02d}/{m:02d}/{str(y)[2:]}"
    if k == 2: return f"{d} {mn} {y}"
    if k == 3: return f"{d}.{m}.{y}"
    if k == 4: return f"{y}-{m:02d}-{d:02d}"
    if k == 5 and x.lg == "en": return f"{mn} {d}, {y}"
    if k == 6 and x.country == "us": return f"{m:02d}/{d:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y}"

def g_ip(x):
    r = x.r
    return r.choice([f"{r.choice([84, 81, 62, 77, 213, 94, 145, 178])}.{r.randint(1,254)}.{r.randint(0,254)}.{r.randint(1,254)}",
                     f"203.0.113.{r.randint(1,254)}", f"198.51.100.{r.randint(1,254)}",
                     f"2a02:a44{r.randint(0,9)}:{rs(r,4,HEX)}:1::{rs(r,2,HEX)}"])

def g_custno(x):
    r = x.r; k = r.randrange(7)
    return [rd(r, 8), f"{rd(r,3)}-{rd(r,3)}-{rd(r,3)}", f"KL{rd(r,7)}", rd(r, 10), f"C-{rd(r,6)}", f"{rd(r,2)} {rd(r,4)} {rd(r,4)}", f"ACC{rd(r,8)}"][k]

# ----------------------------------------------------------------------------- negative generators
def n_amount(x):
    r = x.r; a = r.randint(3, 900); c = r.randint(0, 99)
    if x.lg == "en": return N("amount", r.choice([f"£{a}.{c:02d}", f"${a}.{c:02d}", f"£{a}", f"${a:,}"]) if x.country == "uk" or r.random() < .3 else r.choice([f"${a}.{c:02d}", f"${a}"]))
    return N("amount", r.choice([f"€ {a},{c:02d}", f"€{a},{c:02d}", f"{a},{c:02d} euro", f"EUR {a},{c:02d}", f"€{a}"]))
def n_cphone(x):
    r = x.r
    v = {"nl": [f"0800-{rd(r,4)}", f"0900-{rd(r,4)}", f"088 {rd(r,3)} {rd(r,4)}", f"085 {rd(r,3)} {rd(r,4)}"],
         "be": [f"078 {rd(r,2)} {rd(r,2)} {rd(r,2)}", f"0800 {rd(r,2)} {rd(r,3)}", f"070 {rd(r,3)} {rd(r,3)}"],
         "uk": [f"0345 {rd(r,3)} {rd(r,4)}", f"03457 {rd(r,3)} {rd(r,3)}", f"0800 {rd(r,3)} {rd(r,4)}"],
         "us": [f"1-800-555-01{rd(r,2)}", f"1-888-555-01{rd(r,2)}", f"(800) 555-01{rd(r,2)}"]}[x.country]
    return N("company_phone", r.choice(v))
def n_creg(x):
    r = x.r
    v = {"nl": [f"{rd(r,8)}", f"NL{rd(r,9)}B01"], "be": [f"0{rd(r,3)}.{rd(r,3)}.{rd(r,3)}", f"BE 0{rd(r,3)}.{rd(r,3)}.{rd(r,3)}"],
         "uk": [f"{rd(r,8)}", f"GB{rd(r,9)}"], "us": [f"{rd(r,2)}-{rd(r,7)}"]}[x.country]
    return N("company_registration", r.choice(v))
def n_date(x):
    r = x.r; d, m = r.randint(1, 28), r.randint(1, 12)
    return N("date", r.choice([f"{d:02d}-{m:02d}-2026", f"{d} {MONTHS[x.lg][m-1]}", f"{d}/{m}", f"2026-{m:02d}-{d:02d}"]))
def n_time(x): r = x.r; return N("time", r.choice([f"{r.randint(0,23):02d}:{r.randint(0,59):02d}", f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"]))
def n_year(x): return N("year", str(x.r.randint(2009, 2025)))
def n_err(x):
    r = x.r
    return N("error_code", r.choice([f"E-{rd(r,4)}", r.choice(["401", "403", "500", "502", "422", "429", "404", "503"]), f"0x8007{rs(r,4,'0123456789ABCDEF')}",
                                     r.choice(["ERR_SSL_PROTOCOL_ERROR", "ECONNREFUSED", "ETIMEDOUT", "invalid_grant", "SQLSTATE[HY000]", "535-5.7.8", "550 5.1.1"]), f"F{rd(r,3)}", f"ERR-{rd(r,3)}"]))
def n_flight(x): r = x.r; return N("flight_number", r.choice(["KL", "HV", "SN", "BA", "U2", "FR", "TB", "UA", "DL"]) + r.choice(["", " "]) + str(r.randint(100, 9899)))
def n_hashtag(x): return N("hashtag", "#" + x.r.choice(["storing", "klantenservice", "fail", "outage", "panne", "devops", "webdev", "api", "help", "nietblij", "support", "woocommerce", "wifi", "downtime", "mijnbank", "onderhoud"]))
def n_mention(x, brand): return N("mention", "@" + re.sub(r"[^A-Za-z0-9]", "", brand) + x.r.choice(["", "_NL", "Help", "Care", "_BE", "Support", "Status"]))
def n_invoice(x): r = x.r; return N("invoice_number", r.choice([f"F2026-{rd(r,6)}", f"INV-{rd(r,5)}", f"{rd(r,10)}", f"FAC/2026/{rd(r,5)}"]))
def n_order(x): r = x.r; return N("order_number", r.choice([f"#{rd(r,7)}", f"{rd(r,8)}", f"{rd(r,4)}-{rd(r,4)}", f"ORD-{rd(r,6)}", f"WC-{rd(r,5)}"]))
def n_ticket(x): r = x.r; return N("ticket_number", r.choice([f"#{rd(r,6)}", f"SR-{rd(r,6)}", f"{rd(r,8)}", f"CS{rd(r,7)}", f"TKT-{rd(r,5)}", f"INC{rd(r,7)}"]))
def n_track(x): r = x.r; return N("tracking_number", r.choice([f"3S{rs(r,4,string.ascii_uppercase)}{rd(r,9)}", f"JVGL06{rd(r,10)}", f"1Z{rs(r,6,string.ascii_uppercase+string.digits)}{rd(r,10)}", f"CD{rd(r,9)}BE", f"{rd(r,14)}"]))
def n_meter(x): r = x.r; return N("meter_reading", r.choice([f"{rd(r,5)}", f"{r.randint(1000,99999)},{rd(r,1)}", f"0{rd(r,5)}"]))
def n_model(x): return N("model_number", x.r.choice(x.P["b_dev"] + x.P["b_phone"]))
def n_device(x): return N("model_number", x.r.choice(x.P["b_dev"]))
def n_product(x): r = x.r; return N("product_code", r.choice([f"871{rd(r,10)}", f"SKU-{rd(r,5)}", f"{rs(r,3,string.ascii_uppercase)}-{rd(r,4)}-{rs(r,2,string.ascii_uppercase)}", f"541{rd(r,10)}"]))
def n_version(x):
    r = x.r
    return N("version_string", r.choice([f"v{r.randint(1,4)}.{r.randint(0,20)}.{r.randint(0,9)}", f"{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,12)}", f"build {rd(r,4)}",
                                         f"PHP {r.choice(['8.1','8.2','8.3'])}.{r.randint(1,25)}", f"iOS {r.randint(16,18)}.{r.randint(0,6)}.{r.randint(1,3)}", f"{r.randint(1,5)}.{r.randint(0,9)}.{r.randint(0,9)}-rc{r.randint(1,4)}",
                                         f"Node {r.choice(['18','20','22'])}.{r.randint(1,19)}.{r.randint(0,3)}", f"{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,9)} build {rd(r,6)}", f"2026.{r.randint(1,12)}.{r.randint(1,9)}"]))
def n_pct(x): r = x.r; return N("percentage", f"{r.randint(1,99)}%" if x.lg == "en" else r.choice([f"{r.randint(1,99)}%", f"{r.randint(1,99)} %", f"{r.randint(1,99)},{r.randint(1,9)}%"]))
def n_qty(x): r = x.r; return N("quantity", r.choice([f"{r.choice([10,20,50,100])} GB", f"{r.choice([100,250,500,1000])} Mbps", f"{r.randint(900,4200)} kWh", f"{r.randint(200,2200)} m³", f"{r.randint(2,64)}GB", f"{r.randint(5,99)} ms", f"{r.randint(100,999)} MB"]))
def n_masked(x):
    r = x.r
    return N("masked_value", r.choice(["********", f"**** **** **** {rd(r,4)}", f"NL** **** **** **{rd(r,2)}", f"sk_live_****{rs(r,4,string.ascii_lowercase+string.digits)}",
                                       f"•••• {rd(r,4)}", f"xxxx-xxxx-xxxx-{rd(r,4)}", f"ghp_****************{rs(r,4,AL)}", f"{rs(r,4,AL)}…{rs(r,4,AL)}", f"BE** **** **** {rd(r,4)}", "[REDACTED]", f"AKIA************{rs(r,4,string.ascii_uppercase)}"]))
def n_reqid(x):
    r = x.r; u = f"{rs(r,8,HEX)}-{rs(r,4,HEX)}-4{rs(r,3,HEX)}-{r.choice('89ab')}{rs(r,3,HEX)}-{rs(r,12,HEX)}"
    return N("request_id", r.choice([u, u, "req_" + rs(r, 24), rs(r, 32, HEX), f"{rs(r,16,HEX)}", f"evt_{rs(r,24)}", f"00-{rs(r,32,HEX)}-{rs(r,16,HEX)}-01", f"{rd(r,13)}-{rs(r,6,HEX)}"]))
def n_checksum(x): r = x.r; return N("checksum", r.choice([rs(r, 40, HEX), rs(r, 7, HEX), rs(r, 64, HEX), rs(r, 32, HEX), rs(r, 12, HEX)]))
def n_port(x): return N("port", x.r.choice(["22", "21", "25", "465", "587", "993", "995", "143", "3306", "5432", "8443", "8080", "5060", "554", "443", "2222", "6379", "27017", "5001", "990"]))
def n_pubid(x):
    r = x.r
    return N("public_id", r.choice(["pk_live_" + rs(r, 24), "AC" + rs(r, 32, HEX), f"MID-{rd(r,8)}", f"merch_{rs(r,14)}", f"{rd(r,12)}.apps.example-auth.com", "G-" + rs(r, 10, string.ascii_uppercase + string.digits), f"pk_{rs(r,32,HEX)}"]))
def n_url(x, brand=None):
    r = x.r; b = re.sub(r"[^a-z0-9]", "", (brand or r.choice(x.P["b_host"])).lower())
    tld = r.choice(["nl", "io", "com", "be", "eu", "net", "co.uk"])
    return N("url", r.choice([f"https://{r.choice(x.P['hostword'])}.{b}.{tld}", f"{r.choice(x.P['hostword'])}.{b}.{tld}", f"https://{b}.{tld}/docs/auth",
                              f"{r.choice(x.P['hostword'])}{r.randint(1,40)}.{b}.{tld}", f"status.{b}.{tld}", f"185.{r.randint(1,254)}.{r.randint(0,254)}.{r.randint(1,254)}"]))

# ----------------------------------------------------------------------------- phrasings per high-risk type
PH = {
 "password": {
  "en": ["password: {v}", "my password is {v}", "pw {v}", "pass = {v}", "{v} is the password I use", "passwrod {v}", "the pass I set was {v}",
         "tried {v} as the password", "Password -> {v}", "pwd: {v}", "new password {v} doesn't work", "pasword is {v} (case sensitive)"],
  "nl": ["wachtwoord: {v}", "ww {v}", "{v} is mijn ww", "mijn wachtwood is {v}", "pw={v}", "als wachtwoord heb ik {v} ingesteld", "wachtwoord is nog steeds {v}",
         "wachtw. {v}", "paswrd {v}", "het ww dat ik gebruik: {v}", "ik heb {v} geprobeerd als wachtwoord", "nieuw wachtwoord ({v}) werkt ook niet"],
  "be": ["paswoord: {v}", "mijn paswoord is {v}", "paswoord is normaal {v}", "ww = {v}", "{v} is mijn paswoord", "paswort {v}"],
  "fr": ["mot de passe : {v}", "mdp {v}", "mon mot de passe est {v}", "{v} c'est mon mdp", "mot de pase: {v}", "MDP = {v}", "j'ai essayé {v} comme mot de passe", "mot de passe actuel {v}"],
 },
 "login": {
  "en": ["login {u} / {p}", "user: {u}\npass: {p}", "credentials: {u}:{p}", "username {u} password {p}", "signing in as {u} with {p}", "{u} {p} is what I'm typing",
         "Username: {u}\nPassword: {p}", "I log in with {u} and pw {p}", "acct {u}, passwd {p}", "usr={u} pwd={p}"],
  "nl": ["inloggen met {u} en ww {p}", "inlog {u} pw={p}", "gebruikersnaam: {u}\nwachtwoord: {p}", "gebruikesnaam {u}, wachtwoord {p}", "kan niet inloggen, {u} {p} klopt toch??",
         "login: {u} / {p}", "{u} met wachtwoord {p}", "gebr.naam {u} ww {p}", "inlognaam {u}\nww {p}", "account {u} en {p} als wachtwoord"],
  "be": ["login {u} en paswoord {p}", "gebruikersnaam {u} - paswoord {p}", "ik log in met {u} / {p}", "gebruiker: {u} paswoord: {p}"],
  "fr": ["identifiant : {u} / mot de passe : {p}", "login {u} mdp {p}", "utilisateur {u}\nmot de passe {p}", "je me connecte avec {u} et {p}", "id {u} - mdp {p}", "nom d'utilisateur {u}, mot de passe {p}"],
 },
 "username": {
  "en": ["username: {v}", "my login is {v}", "user name {v}", "account name {v}", "logged in as {v}", "usrname {v}"],
  "nl": ["gebruikersnaam: {v}", "mijn inlognaam is {v}", "gebruikersnaam {v}", "login {v}", "gebruikrsnaam {v}", "account {v}"],
  "be": ["mijn login is {v}", "gebruikersnaam = {v}"],
  "fr": ["nom d'utilisateur : {v}", "identifiant {v}", "mon login c'est {v}", "utilisateur {v}"],
 },
 "pin": {
  "en": ["PIN {v}", "my pin is {v}", "card PIN: {v}", "pin code {v}", "the app pin ({v})", "{v} is my PIN", "pinn {v}", "the PIN I chose was {v}", "passcode {v}"],
  "nl": ["pincode {v}", "mijn pin is {v}", "pincdoe {v}", "de pin van mijn pas is {v}", "{v} is de pincode", "app-pincode {v}", "pinode: {v}", "mijn pincode ({v})", "pin = {v}"],
  "be": ["pincode van mijn bankkaart is {v}", "mijn pincode is {v} hé", "geheime code {v}", "pin {v} van de kaart"],
  "fr": ["code PIN : {v}", "mon code pin est {v}", "code secret de la carte {v}", "le code secret c'est {v}", "pin {v}", "code confidentiel {v}"],
 },
 "simpin": {
  "en": ["SIM PIN {v}", "the sim pin is {v}", "PIN for the SIM: {v}", "sim pincode {v}"],
  "nl": ["sim pin: {v}", "pincode van de simkaart is {v}", "sim-pin {v}", "pin van de sim {v}"],
  "be": ["pin van mijn gsm is {v}", "simpin {v}"],
  "fr": ["pin sim {v}", "code PIN de la carte SIM : {v}"],
 },
 "puk": {
  "en": ["PUK {v}", "PUK code: {v}", "the puk is {v}", "PUK1 {v}", "{v} (PUK from the card)", "puk no. {v}", "PUK nr {v}", "unblock code {v}"],
  "nl": ["PUK: {v}", "pukcode {v}", "de PUK is {v}", "puk-code van de simkaart: {v}", "{v} is de puk", "PUK code {v}", "pukkode {v}", "ontgrendelcode (PUK) {v}"],
  "be": ["puk van mijn gsm {v}", "PUK-code = {v}", "de pukcode is {v}"],
  "fr": ["code PUK : {v}", "le puk c'est {v}", "PUK {v}", "mon code PUK est {v}", "code de déblocage {v}"],
 },
 "otp": {
  "en": ["code {v}", "verification code {v}", "the 2FA code was {v}", "OTP: {v}", "got {v} by text", "SMS code {v}", "one-time code {v}", "{v} is the code they sent me", "verifcation code {v}", "auth code {v}"],
  "nl": ["verificatiecode {v}", "de sms-code is {v}", "code {v} gekregen", "eenmalige code: {v}", "verificatiecdoe {v}", "2FA code {v}", "{v} kreeg ik per sms", "bevestigingscode {v}", "inlogcode {v}", "sms code: {v}"],
  "be": ["de code die ik kreeg was {v}", "bevestigingscode {v}", "code van itsme {v}", "de sms-code {v}"],
  "fr": ["code de vérification : {v}", "code reçu par sms {v}", "le code c'est {v}", "code à usage unique {v}", "code de confirmation {v}", "{v} c'est le code reçu"],
 },
 "wifi_key": {
  "en": ["wifi password {v}", "WPA key: {v}", "network key {v}", "the wifi key on the sticker is {v}", "wi-fi pass {v}", "typed {v} with the remote", "WPA2 passphrase {v}", "wireless key = {v}"],
  "nl": ["wifi wachtwoord {v}", "netwerksleutel: {v}", "wpa-sleutel {v}", "de wifi key van de sticker ({v})", "wifi-code {v}", "{v} is de wifisleutel", "wifiwachtwoord {v}", "netwerksleutel (WPA2) {v}"],
  "be": ["wifi paswoord {v}", "de sleutel van het netwerk is {v}", "wifi code {v}", "WPA sleutel {v}"],
  "fr": ["clé wifi : {v}", "mot de passe wifi {v}", "clé WPA {v}", "la clé sur l'autocollant {v}", "clé de sécurité réseau {v}", "code wifi {v}"],
 },
 "cvv": {
  "en": ["CVV {v}", "security code {v}", "3 digits on the back {v}", "cvc: {v}", "the code on the back is {v}", "CVV2 {v}", "sec code {v}"],
  "nl": ["code achterop {v}", "3 cijfers achterop: {v}", "cvc {v}", "beveiligingscode {v}", "cvv-code {v}", "de code op de achterkant is {v}", "controlecode {v}"],
  "be": ["de 3 cijfers op de achterkant {v}", "cvc-code {v}"],
  "fr": ["cryptogramme {v}", "code au dos {v}", "CVV : {v}", "les 3 chiffres au dos {v}", "code de sécurité {v}"],
 },
 "card": {
  "en": ["card {v}", "card number {v}", "my Visa {v}", "card no: {v}", "long number {v}", "the card ending... actually full number {v}"],
  "nl": ["kaartnummer {v}", "creditcard {v}", "mijn kaart {v}", "nummer van de pas: {v}", "creditcardnummer: {v}", "de kaart {v}"],
  "be": ["kaartnummer {v}", "mijn kredietkaart {v}"],
  "fr": ["numéro de carte {v}", "ma carte {v}", "carte n° {v}", "carte de crédit : {v}"],
 },
 "iban": {
  "en": ["IBAN {v}", "my IBAN is {v}", "account {v}", "refund to {v}", "bank account (IBAN): {v}", "iban: {v}"],
  "nl": ["IBAN {v}", "rekeningnummer {v}", "mijn rekening is {v}", "terugstorten op {v}", "rek.nr. {v}", "iban: {v}"],
  "be": ["rekeningnummer {v}", "op mijn rekening {v}", "IBAN = {v}"],
  "fr": ["IBAN {v}", "mon compte {v}", "numéro de compte : {v}", "à rembourser sur {v}"],
 },
 "bsn": {
  "en": ["BSN {v}", "my BSN is {v}", "citizen service number {v}", "burgerservicenummer {v}", "BSN: {v}"],
  "nl": ["BSN {v}", "burgerservicenummer {v}", "mijn bsn is {v}", "bsn-nummer: {v}", "sofinummer {v}", "burgerservicenr {v}", "BSN nr {v}"],
  "be": ["Nederlands BSN {v}", "mijn BSN {v}"],
  "fr": ["BSN néerlandais {v}", "mon numéro BSN {v}"],
 },
}

PH["card"]["en"] += ["Amex {v}", "the card number is {v}", "charged to {v}", "Mastercard {v}", "card # {v}", "PAN {v}", "{v} is the card I used", "debit card {v}", "new card: {v}"]
PH["card"]["nl"] += ["betaalpas {v}", "het kaartnummer is {v}", "pasnummer {v}", "{v} is de kaart waarmee ik betaalde", "kaartnr: {v}", "creditcard nr {v}", "mijn visa {v}", "de nieuwe pas {v}"]
PH["card"]["fr"] += ["ma Visa {v}", "n° carte {v}", "carte bancaire {v}", "la carte {v}"]
PH["card"]["be"] += ["bankkaart {v}", "nummer van mijn kaart: {v}"]
PH["iban"]["en"] += ["sort it to {v}", "IBAN no. {v}", "pay it into {v}", "account number (IBAN) {v}", "{v} is my account", "new account: {v}"]
PH["iban"]["nl"] += ["IBAN-nummer {v}", "graag overmaken naar {v}", "{v} is mijn rekening", "bankrekening: {v}", "nieuwe rekening {v}", "rekeningnr {v}"]
PH["iban"]["fr"] += ["sur le compte {v}", "IBAN : {v}", "{v} c'est mon compte", "mon IBAN est {v}"]
PH["iban"]["be"] += ["mijn IBAN is {v}", "{v} is mijn rekening"]
PH["cvv"]["en"] += ["the 3 numbers on the back are {v}", "CVC code {v}", "{v} (cvv)", "verification value {v}"]
PH["cvv"]["nl"] += ["{v} staat achterop", "cvc-code: {v}", "veiligheidscode {v}", "de 3 cijfers {v}"]
PH["cvv"]["fr"] += ["{v} au dos", "CVC {v}", "code CVV {v}"]
PH["cvv"]["be"] += ["veiligheidscode {v}", "{v} achteraan op de kaart"]
PH["bsn"]["en"] += ["my Dutch BSN: {v}", "BSN number {v}", "{v} (BSN)", "sofi/BSN {v}"]
PH["bsn"]["nl"] += ["{v} is mijn BSN", "BSN: {v}", "burgerservicenummer: {v}", "bsn {v}", "mijn burgerservicenummer is {v}", "BSN (staat op mijn paspoort) {v}"]
PH["bsn"]["fr"] += ["numéro BSN {v}", "BSN : {v}"]
PH["bsn"]["be"] += ["BSN-nummer {v}", "burgerservicenummer {v}"]
PH["wifi_key"]["en"] += ["the key is {v}", "{v} is the wifi password", "password for the network: {v}", "wpa: {v}"]
PH["wifi_key"]["nl"] += ["wifi key {v}", "{v} staat op de sticker", "netwerkwachtwoord {v}", "wifi-sleutel: {v}"]
PH["wifi_key"]["fr"] += ["{v} est la clé wifi", "clé réseau {v}"]
PH["puk"]["en"] += ["PUK number {v}", "{v} is the PUK"]
PH["puk"]["fr"] += ["PUK1 : {v}"]
PH["pin"]["en"] += ["{v} is my pin number", "PIN number {v}"]
PH["pin"]["fr"] += ["{v} c'est mon code"]
PH["otp"]["en"] += ["security code {v} from the app", "login code: {v}", "the text said {v}", "2-step code {v}", "passcode from the SMS: {v}", "confirmation code {v}"]
PH["otp"]["nl"] += ["de code uit de sms: {v}", "tweestapscode {v}", "{v} is de sms code", "beveiligingscode uit de app {v}"]
PH["otp"]["fr"] += ["code SMS : {v}", "code de sécurité reçu {v}", "le code à 6 chiffres {v}"]
PH["token"] = {
 "en": ["token {v}", "access token: {v}", "Bearer {v}", "our bot token {v}", "session token {v}", "refresh token = {v}", "PAT {v}", "the token ({v})", "auth token {v}", "{v} is the token"],
 "nl": ["token {v}", "access token: {v}", "onze token is {v}", "sessietoken {v}", "Bearer {v}", "refresh-token {v}", "de token ({v})", "toegangstoken {v}", "{v} is de token"],
 "be": ["den token {v}", "token = {v}"],
 "fr": ["jeton {v}", "jeton d'accès : {v}", "token {v}", "le token ({v})", "Bearer {v}", "jeton de session {v}"],
}
PH["api_key"] = {
 "en": ["API key: {v}", "our live key {v}", "secret key {v}", "key={v}", "X-Api-Key: {v}", "the api key ({v})", "AWS secret {v}", "consumer secret {v}", "{v} is our key"],
 "nl": ["API-sleutel {v}", "onze key: {v}", "api key is {v}", "secret key {v}", "de sleutel {v}", "live key ({v})", "{v} is onze api key"],
 "be": ["onze api key {v}", "de secret {v}"],
 "fr": ["clé API : {v}", "clé secrète {v}", "notre clé {v}", "{v} c'est notre clé API", "API key {v}"],
}

# ----------------------------------------------------------------------------- slots
def ph(x, typ, loc):
    lst = PH[typ][x.lg]
    if x.lg == "be" and x.r.random() < 0.5: lst, key = PH[typ]["nl"], f"{typ}/nl"
    else: key = f"{typ}/{x.lg}"
    tpl, pid = x.pick(key, lst)
    x.phs.append(pid)
    return F(tpl, loc, pid)

def pw_url(x):
    r = x.r; w = r.choice(x.P["pwword"])
    return r.choice([f"{w}{rd(r,4)}", rs(r, 14, AL), f"{w.lower()}_{rd(r,3)}{rs(r,2,string.ascii_uppercase)}", f"{w}-{rd(r,2)}{rs(r,3,AL)}"])

def hostonly(x, brand=None):
    r = x.r; b = re.sub(r"[^a-z0-9]", "", (brand or x.brand).lower())
    return N("url", f"{r.choice(x.P['hostword'])}{r.choice(['', '', str(r.randint(1,30))])}.{b}.{r.choice(['nl', 'io', 'eu', 'net', 'be', 'com'])}")

def fullurl(x):
    r = x.r; b = re.sub(r"[^a-z0-9]", "", x.brand.lower())
    return N("url", f"https://{r.choice(['api', 'api', 'sandbox-api', 'hooks', 'dash'])}.{b}.{r.choice(['io', 'com', 'eu', 'nl'])}")

def user_span(x): return S("username", x.c("user", lambda: g_username(x)))
def pw_span(x): return S("password", g_password(x))

def login(x, u=None, p=None):
    return ph(x, "login", {"u": u or user_span(x), "p": p or pw_span(x)})

SLOTS = {
 # persona / unlabelled
 "name": lambda x: f"{x.first} {x.last}",
 "first": lambda x: x.first,
 "brand": lambda x: x.brand,
 "brandtag": lambda x: re.sub(r"[^A-Za-z0-9]", "", x.brand),
 # plain labelled values
 "email": lambda x: S("email", x.c("email", lambda: g_email(x))),
 "email_odd": lambda x: S("email", g_email_odd(x)),
 "phone": lambda x: S("phone", x.c("phone", lambda: g_phone(x))),
 "phone2": lambda x: S("phone", g_phone(x)),
 "address": lambda x: S("address", x.c("addr", lambda: g_address(x))),
 "address_ml": lambda x: S("address", x.c("addrml", lambda: g_address(x, True))),
 "dob": lambda x: S("date_of_birth", g_dob(x)),
 "ip": lambda x: S("ip_address", g_ip(x)),
 "custno": lambda x: S("customer_number", x.c("cust", lambda: g_custno(x))),
 "exp": lambda x: S("card_expiry", g_expiry(x)),
 "user": user_span,
 "pw": pw_span,
 "pwu": lambda x: S("password", pw_url(x)),
 "pin": lambda x: S("pin", g_pin(x)),
 "puk": lambda x: S("puk", g_puk(x)),
 "otp": lambda x: S("otp", g_otp(x)),
 "wifi": lambda x: S("wifi_key", g_wifi(x)),
 "cvv": lambda x: S("cvv", g_cvv(x)),
 "card": lambda x: S("card", g_card(x)),
 "iban": lambda x: S("iban", g_iban(x)),
 "bsn": lambda x: S("bsn", g_bsn(x)),
 "apikey": lambda x: S("api_key", g_api_key(x)),
 "sk": lambda x: S("api_key", g_api_key(x, 0)),
 "rk": lambda x: S("api_key", g_api_key(x, 1)),
 "ck": lambda x: S("api_key", g_api_key(x, 2)),
 "cs": lambda x: S("api_key", g_api_key(x, 3)),
 "akia": lambda x: S("api_key", g_api_key(x, 5)),
 "awssecret": lambda x: S("api_key", g_api_key(x, 6)),
 "aiza": lambda x: S("api_key", g_api_key(x, 7)),
 "sg": lambda x: S("api_key", g_api_key(x, 8)),
 "hexkey": lambda x: S("api_key", g_api_key(x, 9)),
 "whsec": lambda x: S("api_key", g_api_key(x, 12)),
 "pklive": lambda x: S("api_key", g_api_key(x, 13)),
 "token": lambda x: S("token", g_token(x)),
 "jwt": lambda x: S("token", g_token(x, 0)),
 "ghp": lambda x: S("token", g_token(x, x.r.choice([1, 2]))),
 "xoxb": lambda x: S("token", g_token(x, x.r.choice([3, 4]))),
 "glpat": lambda x: S("token", g_token(x, 5)),
 "hextok": lambda x: S("token", g_token(x, 6)),
 "npm": lambda x: S("token", g_token(x, 8)),
 "fbtok": lambda x: S("token", g_token(x, 9)),
 "sesstok": lambda x: S("token", g_token(x, x.r.choice([6, 7]))),
 # phrased labelled values
 "PW": lambda x: ph(x, "password", {"v": pw_span(x)}),
 "LOGIN": lambda x: login(x),
 "USER": lambda x: ph(x, "username", {"v": user_span(x)}),
 "PIN": lambda x: ph(x, "pin", {"v": S("pin", g_pin(x))}),
 "SIMPIN": lambda x: ph(x, "simpin", {"v": S("pin", g_simpin(x))}),
 "PUK": lambda x: ph(x, "puk", {"v": S("puk", g_puk(x))}),
 "OTP": lambda x: ph(x, "otp", {"v": S("otp", g_otp(x))}),
 "WIFI": lambda x: ph(x, "wifi_key", {"v": S("wifi_key", g_wifi(x))}),
 "CVV": lambda x: ph(x, "cvv", {"v": S("cvv", g_cvv(x))}),
 "CARD": lambda x: ph(x, "card", {"v": S("card", g_card(x))}),
 "IBAN": lambda x: ph(x, "iban", {"v": S("iban", g_iban(x))}),
 "BSN": lambda x: ph(x, "bsn", {"v": S("bsn", g_bsn(x))}),
 "TOKEN": lambda x: ph(x, "token", {"v": S("token", g_token(x))}),
 "APIKEY": lambda x: ph(x, "api_key", {"v": S("api_key", g_api_key(x))}),
 # negatives
 "amount": n_amount, "cphone": n_cphone, "creg": n_creg, "date": n_date, "time": n_time, "year": n_year, "err": n_err,
 "flight": n_flight, "hashtag": n_hashtag, "mention": lambda x: n_mention(x, x.brand), "invoice": n_invoice, "order": n_order,
 "ticket": n_ticket, "track": n_track, "meter": n_meter, "model": n_model, "device": lambda x: x.c("device", lambda: n_device(x)),
 **{k: (lambda kk: (lambda x: x.c(kk, lambda: N("model_number", x.r.choice(x.P["b_" + kk[:-3] if kk != "router" else "b_router"])))))(k) for k in ["voipdev", "camdev", "tvdev", "printdev", "nasdev", "smartdev"]},
 "router": lambda x: x.c("router", lambda: N("model_number", x.r.choice(x.P["b_router"]))),
 "phonemodel": lambda x: N("model_number", x.r.choice(x.P["b_phone"])), "product": n_product, "version": n_version, "pct": n_pct,
 "qty": n_qty,
 "gb": lambda x: N("quantity", x.r.choice([f"{x.r.choice([5,10,20,40,100])} GB", f"{x.r.choice([5,10,20,40])}GB", "unlimited" if False else f"{x.r.choice([50,100,500,1000])} Mbps"])),
 "kwh": lambda x: N("quantity", x.r.choice([f"{x.r.randint(900,4200)} kWh", f"{x.r.randint(200,2200)} m³", f"{x.r.randint(900,4200)}kWh"])), "masked": n_masked, "reqid": n_reqid, "checksum": n_checksum, "port": n_port, "pubid": n_pubid,
 "url": fullurl, "host": hostonly, "otherurl": n_url,
 "e401": lambda x: N("error_code", x.r.choice(["401", "403", "401 Unauthorized", "403 Forbidden"])),
 "build": lambda x: N("version_string", f"build {rd(x.r, x.r.choice([3, 4, 5]))}"),
 "ts": lambda x: N("time", f"2026-{x.r.randint(1,12):02d}-{x.r.randint(1,28):02d}T{x.r.randint(0,23):02d}:{x.r.randint(0,59):02d}:{x.r.randint(0,59):02d}Z"),
 "maskedcard": lambda x: N("masked_value", x.r.choice([f"**** **** **** {rd(x.r,4)}", f"XXXX XXXX XXXX {rd(x.r,4)}", f"•••• •••• •••• {rd(x.r,4)}"])),
 "maskedkey": lambda x: N("masked_value", x.r.choice([f"sk_live_****{rs(x.r,4,string.ascii_lowercase+string.digits)}", f"api_••••••••{rs(x.r,4,AL)}", f"****{rs(x.r,4,HEX)}", f"ghp_…{rs(x.r,4,AL)}"])),
 "maskedpw": lambda x: N("masked_value", x.r.choice(["********", "••••••••••", "*****", "[hidden]"])),
}

# ----------------------------------------------------------------------------- snippet shapes (dealt by half)
SNIP = {
 "ENV": [
  "APP_ENV=production\nDB_HOST={host}\nDB_PORT={port}\nDB_USERNAME={user}\nDB_PASSWORD={pw}\n{BRANDU}_SECRET_KEY={sk}",
  "# .env\nMAIL_HOST={host}\nMAIL_PORT={port}\nMAIL_USERNAME={user}\nMAIL_PASSWORD={pw}\nMAIL_ENCRYPTION=tls",
  "API_BASE={url}\nAPI_KEY={apikey}\nAPI_TIMEOUT=30\nRELEASE={version}",
  "AWS_ACCESS_KEY_ID={akia}\nAWS_SECRET_ACCESS_KEY={awssecret}\nAWS_DEFAULT_REGION=eu-west-1\nS3_BUCKET=media-prod",
  "GITHUB_TOKEN={ghp}\nSLACK_BOT_TOKEN={xoxb}\nGIT_COMMIT={checksum}",
  "WC_CONSUMER_KEY={ck}\nWC_CONSUMER_SECRET={cs}\nWC_STORE_URL={url}",
  "export {BRANDU}_API_KEY=\"{hexkey}\"\nexport {BRANDU}_WEBHOOK_SECRET=\"{whsec}\"\nexport PORT={port}",
  "SENDGRID_API_KEY={sg}\nMAIL_FROM_NAME=\"Webshop\"\nQUEUE=redis\nREDIS_PORT={port}",
  "MAPS_KEY={aiza}\nSENTRY_RELEASE={checksum}\nNODE_ENV=production",
  "REDIS_URL=redis://default:{pwu}@{host}:{port}/0\nACCESS_TOKEN={token}",
 ],
 "CURL": [
  "curl -X POST {url}/v1/charges \\\n  -H \"Authorization: Bearer {sk}\" \\\n  -d amount=1995 -d currency=eur",
  "curl -u {apikey}: {url}/v2/messages",
  "curl -H 'X-Api-Key: {apikey}' -H 'X-Request-Id: {reqid}' \"{url}/v3/orders?limit=50\"",
  "curl -s -H \"Authorization: token {ghp}\" {url}/repos/webshop/deploy",
  "curl \"{url}/send?api_key={hexkey}&to=all\"",
  "curl -X GET {url}/me -H 'Authorization: Bearer {jwt}' -H 'Accept: application/json'",
  "curl --request POST \\\n  --url {url}/oauth/token \\\n  --data 'grant_type=refresh_token&refresh_token={sesstok}'",
  "curl -i {url}/v1/balance -H \"X-Auth-Token: {token}\"",
  "curl -X DELETE {url}/v1/webhooks/{reqid} -u \"{rk}:\"",
  "curl {url}/api/orders -H \"Authorization: Basic {b64cred}\"",
 ],
 "HEADERS": [
  "POST /v1/payments HTTP/1.1\nHost: {host}\nAuthorization: Bearer {jwt}\nX-Request-Id: {reqid}\nContent-Type: application/json",
  "> GET /api/v2/orders HTTP/2\n> Host: {host}\n> x-api-key: {apikey}\n< HTTP/2 {e401}\n< x-trace-id: {reqid}",
  "Request headers:\nAuthorization: Bearer {token}\nUser-Agent: shop-sync/{version}\nX-Correlation-ID: {reqid}",
  "Cookie: session={sesstok}; lang=nl\nX-CSRF-Token: {hextok}\nReferer: {url}/account",
  "GET /v1/customers HTTP/1.1\nAuthorization: Bearer {sk}\nIdempotency-Key: {reqid}",
  "headers: {'Authorization': 'Bearer {glpat}', 'PRIVATE-TOKEN-ID': '{reqid}'}",
 ],
 "JSON": [
  "{\n  \"apiKey\": \"{apikey}\",\n  \"endpoint\": \"{url}\",\n  \"timeout\": 30\n}",
  "{\"access_token\":\"{jwt}\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"{sesstok}\"}",
  "{\n  \"store\": \"{url}\",\n  \"consumer_key\": \"{ck}\",\n  \"consumer_secret\": \"{cs}\"\n}",
  "{\n  \"id\": \"{reqid}\",\n  \"type\": \"payment.failed\",\n  \"amount\": 4995,\n  \"error\": {\"code\": \"{err}\"}\n}",
  "{\"aws\": {\"accessKeyId\": \"{akia}\", \"secretAccessKey\": \"{awssecret}\", \"region\": \"eu-central-1\"}}",
  "{\"bot_token\": \"{xoxb}\", \"channel\": \"#orders\", \"build\": \"{checksum}\"}",
  "{\n  \"username\": \"{user}\",\n  \"password\": \"{pw}\",\n  \"host\": \"{host}\",\n  \"port\": {port}\n}",
  "\"//registry.npmjs.org/:_authToken\": \"{npm}\"",
 ],
 "YAML": [
  "payments:\n  secret_key: {sk}\n  webhook_secret: {whsec}\ndatabase:\n  host: {host}\n  port: {port}\n  user: {user}\n  password: {pw}",
  "smtp:\n  server: {host}\n  port: {port}\n  username: {user}\n  password: \"{pw}\"",
  "integrations:\n  slack:\n    token: {xoxb}\n  maps:\n    key: {aiza}",
  "deploy:\n  image: shop/api:{version}\n  env:\n    API_TOKEN: {hextok}\n    GITLAB_TOKEN: {glpat}",
  "queue:\n  host: {host}\n  port: {port}\n  user: {user}\n  pass: {pwu}",
  "mail:\n  api_key: {sg}\n  region: eu",
 ],
 "INI": [
  "[smtp]\nhost = {host}\nport = {port}\nuser = {user}\npass = {pw}",
  "[api]\nkey = {apikey}\nendpoint = {url}\nretries = 3",
  "[database]\nserver={host}\nuid={user}\npwd={pw}",
  "define('DB_USER', '{user}');\ndefine('DB_PASSWORD', '{pw}');\ndefine('DB_HOST', '{host}');",
  "$config['api_secret'] = '{hexkey}';\n$config['api_url'] = '{url}';",
  "[default]\naws_access_key_id = {akia}\naws_secret_access_key = {awssecret}",
 ],
 "CONN": [
  "postgres://{user}:{pwu}@{host}:{port}/shop_prod",
  "mysql://{user}:{pwu}@{host}/wp_db",
  "ftp://{user}:{pwu}@{host}",
  "https://{user}:{pwu}@{host}/dav/",
  "mongodb+srv://{user}:{pwu}@{host}/app?retryWrites=true",
  "Server={host},{port};Database=crm;User Id={user};Password={pwu};",
  "sftp://{user}@{host}:{port} with password {pw}",
  "amqp://{user}:{pwu}@{host}:{port}/vhost",
 ],
 "LOG": [
  "2026-03-14 10:22:31 ERROR [req {reqid}] POST /v1/charges -> {err}\n    at PaymentClient.send (client.js:118)\n    Authorization: Bearer {sk}",
  "[{date} {time}] production.ERROR: SMTP auth failed for user \"{user}\" ({err})",
  "{ts} level=warn trace_id={reqid} msg=\"token expired\" token={maskedkey}",
  "Traceback (most recent call last):\n  File \"sync.py\", line 88, in push\n    raise AuthError(status={e401})\nAuthError: invalid api key {apikey} (request {reqid})",
  "{ts} INFO deploy {checksum} ok, {version}\n{ts} ERROR webhook delivery failed: {err} (event {reqid})",
  "W/OkHttp: --> POST {url}/v2/login\nW/OkHttp: Authorization: Bearer {jwt}\nW/OkHttp: <-- {e401} (312ms)",
  "fatal: Authentication failed for '{url}/shop.git'\nremote: token {ghp} was revoked",
 ],
}

CUENEG = {
 "en": ["request id {reqid}", "trace id: {reqid}", "correlation-id {reqid}", "commit {checksum}", "sha256 of the zip: {checksum}", "error code {err}",
        "on port {port}", "key id {maskedkey}", "the token shows as {maskedkey} in the dashboard", "status code {e401}", "event id {reqid}", "{build}",
        "hash {checksum}", "ticket {ticket}", "model {device}", "app version {version}"],
 "nl": ["request-id {reqid}", "foutcode {err}", "de hash is {checksum}", "poort {port}", "trace-id {reqid}", "commit {checksum}", "statuscode {e401}",
        "sleutel-id {maskedkey}", "in het dashboard staat de key als {maskedkey}", "versie {version}", "code {err} bij het koppelen", "ticketnummer {ticket}",
        "id van het event: {reqid}", "md5 {checksum}", "{build}", "modem {router}"],
 "be": ["request id {reqid}", "foutcode {err}", "poort {port}", "referentie {ticket}", "checksum {checksum}", "versie {version}"],
 "fr": ["id de requête {reqid}", "code d'erreur {err}", "port {port}", "commit {checksum}", "le hash est {checksum}", "version {version}",
        "ticket {ticket}", "la clé apparaît comme {maskedkey}", "code {e401}", "identifiant de trace {reqid}", "{build}", "modèle {device}"],
}

PUBNOTE = {
 "en": ["the publishable key {pubid} is public anyway, your docs say so", "merchant id {pubid} (not secret, it's on our checkout page)",
        "account SID {pubid} - I know the SID isn't a secret", "client id {pubid} is the public one"],
 "nl": ["de publishable key {pubid} is toch openbaar", "merchant-id {pubid} (die is niet geheim, staat in de checkout)",
        "account SID {pubid}, die is volgens jullie docs niet geheim", "client-id {pubid} is de publieke"],
 "be": ["onze publieke key {pubid} (die mag gedeeld worden)", "merchant id {pubid}, da's niet geheim"],
 "fr": ["la clé publique {pubid} n'est pas secrète d'après votre doc", "l'identifiant marchand {pubid} est public"],
}

def snip(kind):
    def f(x):
        tpl, pid = x.pick("snip/" + kind, SNIP[kind])
        x.phs.append(pid)
        return F(tpl, None, pid)
    return f
for _k in SNIP: SLOTS[_k] = snip(_k)

def cueneg(x):
    lst = CUENEG[x.lg] if not (x.lg == "be" and x.r.random() < .5) else CUENEG["nl"]
    tpl, _ = x.pick("cue/" + x.lg, lst)
    return F(tpl)
SLOTS["CUE"] = cueneg
SLOTS["CUE2"] = cueneg
SLOTS["PUBNOTE"] = lambda x: F(x.pick("pub/" + x.lg, PUBNOTE[x.lg])[0])
SLOTS["BRANDU"] = lambda x: re.sub(r"[^A-Z]", "", x.brand.upper())[:10]
SLOTS["b64cred"] = lambda x: S("token", base64.b64encode(f"{g_username(x)}:{pw_url(x)}".encode()).decode().rstrip("="))

# ----------------------------------------------------------------------------- template families
# (register, text): "s" short (fits any channel), "l" long (e-mail / chat apps only)
FAM = {}
FAM["api"] = ("b_api", True, {
 "en": [("l", "Our integration with {brand} started failing this morning with {e401} on every call. This is the request:\n\n{CURL}\n\n{CUE}. Did something change on your side? The key was created last week."),
        ("l", "Hi team, we rotated keys yesterday but the new one still gets rejected.\n{ENV}\n\nLogs:\n{LOG}\n\nWe're on SDK {version}. Any idea?"),
        ("s", "{mention} your API returns {e401} for our live key {apikey} since {time}, {CUE}. Pls check"),
        ("l", "Hello, quick question about scopes. Our token {token} can read orders but not refunds. {CUE}, {CUE2}. Do I need a new token or can you extend this one?"),
        ("l", "Hey, staging works but prod doesn't. Same code, different key:\n{JSON}\n{PUBNOTE}. {CUE}."),
        ("s", "{mention} is {url} down? getting {err} on {port}, {CUE} #api")],
 "nl": [("l", "Hoi, sinds vanochtend krijgen we {e401} terug van jullie API. Dit is de call:\n\n{CURL}\n\n{CUE}. Is er iets veranderd? De key is vorige week aangemaakt."),
        ("l", "Goedemiddag,\n\nWe hebben de keys geroteerd maar de nieuwe wordt geweigerd. Onze config:\n{ENV}\n\n{CUE}, {CUE2}. Graag snel hulp, de webshop staat stil."),
        ("s", "{mention} api key {apikey} geeft opeens {e401}?? {CUE}"),
        ("l", "Hallo, onze token ({token}) werkt wel in Postman maar niet vanuit de app. Headers:\n{HEADERS}\n\nApp {version}, {CUE}."),
        ("s", "Is {url} plat? Krijg {err} op poort {port} #storing {mention}"),
        ("l", "Hi, vraagje over de sandbox. {PUBNOTE}, maar de secret key {sk} wordt geweigerd met {err}. {CUE}.")],
 "be": [("l", "Dag, vanaf vandaag krijgen we {e401} bij elke call naar {url}.\n{CURL}\n{CUE}. Kunnen jullie eens kijken?"),
        ("s", "{mention} onze api key {apikey} werkt ni meer, {CUE}"),
        ("l", "Hallo, na de update naar {version} faalt de authenticatie.\n{LOG}\nWat moeten we aanpassen?")],
 "fr": [("l", "Bonjour, depuis ce matin votre API renvoie {e401}. Voici la requête :\n\n{CURL}\n\n{CUE}. Merci de vérifier."),
        ("s", "{mention} la clé {apikey} est refusée depuis {time}, {CUE}"),
        ("l", "Bonjour,\nnotre token {token} expire au bout de 5 minutes au lieu d'une heure. {CUE}, {CUE2}.\n{HEADERS}\nUne idée ?")],
})
FAM["pay"] = ("b_pay", True, {
 "en": [("l", "Hi, webhooks from {brand} stopped validating after we switched to live. Our config:\n{YAML}\n\n{CUE}. Payment of {amount} shows as paid in your dashboard but not in our shop (order {order})."),
        ("l", "Hello, our live secret key {sk} gives {err} when creating refunds. {PUBNOTE}. {CUE}."),
        ("s", "{mention} payouts stuck since {date}, {CUE}. Merchant dashboard shows {amount} pending"),
        ("l", "Hey, refunds fail for order {order}. Payload:\n{JSON}\nKey we use: {rk}\n{CUE}")],
 "nl": [("l", "Goedemorgen, de webhooks van {brand} worden niet meer gevalideerd sinds we live zijn. Config:\n{YAML}\n\n{CUE}. Bedrag {amount} staat betaald bij jullie maar niet bij ons (bestelling {order})."),
        ("l", "Hallo, terugbetalingen mislukken met {err}. Live key is {sk}, {PUBNOTE}. {CUE}."),
        ("s", "{mention} uitbetalingen staan al sinds {date} vast, {CUE} #storing"),
        ("l", "Hoi, onze restricted key {rk} mag geen refunds doen? {CUE}. Log:\n{LOG}")],
 "be": [("l", "Goeiedag, de betalingen via jullie terminal geven foutcode {err} sinds {date}. {CUE}. Onze secret key: {sk}"),
        ("s", "{mention} betalingen van {amount} blijven op pending staan, {CUE}")],
 "fr": [("l", "Bonjour, les webhooks ne sont plus validés depuis le passage en production.\n{YAML}\n{CUE}. Paiement de {amount}, commande {order}."),
        ("s", "{mention} remboursements bloqués depuis le {date}, {CUE}"),
        ("l", "Bonjour, voici notre clé secrète {sk} — {PUBNOTE}. Erreur {err} à chaque remboursement.")],
})
FAM["host"] = ("b_host", True, {
 "en": [("l", "Hi, I can't connect to the database since the migration.\n\n{CONN}\n\n{CUE}. Stack: {version}. What am I missing?"),
        ("l", "Hello, mail from our domain isn't going out. Settings in Outlook:\nIncoming: {host} port {port}\nOutgoing: {host} port {port}\n{LOGIN}\nError {err}."),
        ("s", "{mention} FTP keeps saying 530 login incorrect, {LOGIN} #webhost"),
        ("l", "Hey, our site is giving {err} again. wp-config:\n{INI}\n{CUE}. My IP is {ip} in case you need to whitelist it."),
        ("l", "Hi, could you whitelist my home IP {ip}? SSH on port {port} times out. User is {user}. {CUE}.")],
 "nl": [("l", "Hallo, ik kan sinds de verhuizing niet meer bij de database.\n\n{CONN}\n\n{CUE}. Stack: {version}. Wat doe ik fout?"),
        ("l", "Goedemiddag,\n\nDe mail van ons domein gaat niet meer de deur uit. Instellingen:\nInkomende server: {host} poort {port}\nUitgaande server: {host} poort {port}\n{LOGIN}\nFoutmelding {err}."),
        ("s", "{mention} FTP blijft 530 geven, {LOGIN} #hosting"),
        ("l", "Hoi, de site geeft weer {err}. Dit staat in de config:\n{INI}\n{CUE}. Mijn ip-adres is {ip}, misschien staat dat geblokkeerd?"),
        ("l", "Kunnen jullie mijn ip {ip} op de whitelist zetten? SFTP op poort {port} loopt vast. {USER}. {CUE}.")],
 "be": [("l", "Dag, ik geraak niet meer op de databank sinds de migratie.\n{CONN}\n{CUE}. Kunnen jullie helpen?"),
        ("l", "Goeiemiddag, mijn mails vertrekken niet meer. {LOGIN}, server {host} poort {port}. Foutcode {err}."),
        ("s", "{mention} mijn ip {ip} staat geblokkeerd precies, {CUE}")],
 "fr": [("l", "Bonjour, impossible de me connecter à la base de données depuis la migration.\n{CONN}\n{CUE}. Stack: {version}."),
        ("l", "Bonjour, les mails ne partent plus.\nServeur sortant : {host} port {port}\n{LOGIN}\nErreur {err}."),
        ("s", "{mention} mon IP {ip} est bloquée ?? {CUE}")],
})
FAM["saas"] = ("b_saas", True, {
 "en": [("l", "Hi, the {brand} Slack integration stopped posting. We configured it like this:\n{YAML}\n{CUE}. Anything on your end?"),
        ("l", "Hello, our CI can't pull from the repo any more:\n{LOG}\nI've since created a new token {ghp}, should I paste that in the integration settings? {CUE}."),
        ("s", "{mention} SSO login loops forever, {CUE}, {CUE2}"),
        ("l", "Hi, we're seeing {err} when calling the export endpoint with our personal access token {token}. {CUE}. Plan: Business, {gb} storage.")],
 "nl": [("l", "Hoi, de koppeling met Slack post niets meer. Zo staat het ingesteld:\n{YAML}\n{CUE}. Zien jullie iets?"),
        ("l", "Hallo, de export geeft {err} met ons access token {token}. {CUE}. We zitten op het Business-abonnement."),
        ("s", "{mention} inloggen via SSO blijft rondjes draaien, {CUE}"),
        ("l", "Goedemorgen, de CI kan niet meer bij de repo:\n{LOG}\nIk heb een nieuwe token gemaakt ({glpat}), moet die in de instellingen? {CUE}.")],
 "be": [("l", "Dag, de integratie met onze boekhouding werkt niet meer. Token is {token}, {CUE}."),
        ("s", "{mention} single sign-on werkt ni sinds de update naar {version}")],
 "fr": [("l", "Bonjour, l'intégration Slack ne publie plus rien :\n{YAML}\n{CUE}. Un souci de votre côté ?"),
        ("l", "Bonjour, l'export renvoie {err} avec notre jeton {token}. {CUE}.")],
})
FAM["voip"] = ("b_telco", True, {
 "en": [("l", "Hi, our desk phones ({voipdev}) won't register since this morning.\nSIP server: {host}\nPort: {port}\nSIP user: {user}\nSIP password: {pw}\n{CUE}. Can you check the trunk?"),
        ("l", "Hello, the business SIM in our router is locked. {PUK}, or is that the wrong one? And {SIMPIN}, doesn't work either. {CUE}."),
        ("s", "{mention} VoIP trunk down again, {CUE}, registrations failing on {port}")],
 "nl": [("l", "Hallo, onze toestellen ({voipdev}) registreren niet meer.\nSIP-server: {host}\nPoort: {port}\nGebruikersnaam: {user}\nWachtwoord: {pw}\n{CUE}. Kunnen jullie de trunk checken?"),
        ("l", "Goedemiddag, de zakelijke simkaart in de 4G-router is geblokkeerd. {PUK}, of is dat de verkeerde? En {SIMPIN}, lukt ook niet. {CUE}."),
        ("s", "{mention} telefooncentrale ligt er weer uit, {CUE} #storing")],
 "be": [("l", "Dag, onze VoIP toestellen ({voipdev}) verbinden ni meer. SIP login {user}, paswoord {pw}, server {host} poort {port}."),
        ("l", "Hallo, de sim van de alarmcentrale vraagt een PUK. {PUK}? {CUE}.")],
 "fr": [("l", "Bonjour, nos téléphones ({voipdev}) ne s'enregistrent plus.\nServeur SIP : {host}\nPort : {port}\nUtilisateur : {user}\nMot de passe : {pw}"),
        ("l", "Bonjour, la carte SIM du routeur est bloquée, {PUK} ? {CUE}.")],
})
FAM["device"] = ("b_telco", True, {
 "en": [("l", "Hi, I set up the new TV ({tvdev}) but it keeps dropping wifi. I typed {wifi} with the remote about 5 times. {CUE}."),
        ("l", "Hello, I can't get into the admin page of my {router}. Tried {user} / {pw}. Also tried the wifi one: {WIFI}. Neither works. {CUE}."),
        ("s", "{mention} new {smartdev} won't join the network, {WIFI}, firmware {version}"),
        ("l", "Hi, my IP camera ({camdev}) stopped streaming. RTSP on port {port}, login {user} / {pwu}. {CUE}."),
        ("l", "Hey, printer {printdev} says wrong password. Network is the default one from the router, {WIFI}. {CUE}."),
        ("s", "{mention} {router} wifi password is on the sticker but I can't read it, {CUE}")],
 "nl": [("l", "Hoi, ik heb de nieuwe tv ({tvdev}) aangesloten maar hij valt steeds van de wifi. Ik heb {wifi} wel 5x ingetypt met de afstandsbediening. {CUE}."),
        ("l", "Hallo, ik kom niet in de beheerpagina van mijn {router}. Geprobeerd met {user} / {pw}. Ook de wifi-sleutel geprobeerd: {WIFI}. {CUE}."),
        ("s", "{mention} modem {router}, wifi wachtwoord staat op de sticker maar werkt niet, {CUE}"),
        ("l", "Goedemiddag, de NAS ({nasdev}) is niet meer bereikbaar van buitenaf. {LOGIN}. Poort {port} staat open. {CUE}."),
        ("l", "Hoi, de slimme thermostaat ({smartdev}) wil niet koppelen. {WIFI}. Mijn ip is {ip}. {CUE}."),
        ("s", "{mention} printer {printdev} vindt het netwerk niet, {WIFI} #wifi")],
 "be": [("l", "Dag, mijn {tvdev} geraakt ni op de wifi. {WIFI}, heb het al 3x geprobeerd. {CUE}."),
        ("l", "Hallo, camera {camdev} toont zwart beeld. Login {user} paswoord {pwu}, poort {port}."),
        ("s", "{mention} de nieuwe modem {router} doet raar, {CUE}")],
 "fr": [("l", "Bonjour, la TV ne se connecte pas au wifi Box {router}. J'ai tapé ceci avec la télécommande : {WIFI}. {CUE}."),
        ("l", "Bonjour, impossible d'accéder à l'interface de la caméra {camdev}. {LOGIN}. {CUE}."),
        ("s", "{mention} box {router} : le mot de passe wifi est sur l'autocollant mais refusé, {CUE}")],
})
FAM["paste"] = ("b_api", True, {
 "en": [("s", "{mention} oops, I pasted our live key {apikey} in my last tweet, please delete it from your side too"),
        ("s", "{mention} ignore my previous DM, that was my real password {pw}, I've changed it now"),
        ("l", "Hi, in my email from {date} I accidentally included our {token} token in the screenshot text. Can you remove it from the ticket ({ticket})? We've revoked it already."),
        ("s", "please remove the message above, it has my AWS secret {awssecret} in it. {CUE}")],
 "nl": [("s", "{mention} sorry, ik heb per ongeluk onze live key {apikey} in mijn vorige tweet gezet, kunnen jullie die verwijderen?"),
        ("l", "Hoi, in mijn mail van {date} staat per ongeluk ons token {token}. Willen jullie dat uit het ticket ({ticket}) halen? Hij is al ingetrokken."),
        ("s", "Kunnen jullie het bericht hierboven wissen? Daar staat mijn wachtwoord {pw} in"),
        ("s", "{mention} ai, dit stond in mijn screenshot: {PW}. graag verwijderen")],
 "be": [("s", "{mention} oei, mijn paswoord {pw} stond in mijn vorig bericht, kan dat weg?"),
        ("l", "Dag, ik heb per ongeluk onze API key ({apikey}) in het ticket {ticket} geplakt. Kunnen jullie die verwijderen?")],
 "fr": [("s", "{mention} j'ai publié notre clé {apikey} par erreur, pouvez-vous supprimer le message ?"),
        ("l", "Bonjour, mon message précédent contient mon mot de passe ({pw}). Pouvez-vous l'effacer du dossier {ticket} ?")],
})
FAM["shopowner"] = ("b_shop", True, {
 "en": [("l", "Hi, our shop sync stopped importing orders since {date}.\n{JSON}\n{CUE}. Last order that came through was {order}."),
        ("l", "Hello, I run a small webshop on your platform. Transactional mail fails:\n{ENV}\n{CUE}. Could you check the sender domain?"),
        ("s", "{mention} orders not syncing to the warehouse since {time}, {CUE}")],
 "nl": [("l", "Hallo, de koppeling tussen de webshop en het magazijn haalt sinds {date} geen bestellingen meer op.\n{JSON}\n{CUE}. Laatste bestelling was {order}."),
        ("l", "Goedemorgen, ik heb een kleine webshop. De orderbevestigingen worden niet verstuurd:\n{ENV}\n{CUE}."),
        ("s", "{mention} bestellingen komen niet meer door naar de boekhouding, {CUE}"),
        ("l", "Hoi, wij gebruiken WooCommerce {version}. Keys: {ck} en {cs}. Koppeling geeft {err}. KvK {creg}.")],
 "be": [("l", "Dag, de koppeling van onze webshop geeft {err}.\n{INI}\n{CUE}. Ondernemingsnummer {creg}."),
        ("s", "{mention} onze bestellingen synchroniseren ni meer, {CUE}")],
 "fr": [("l", "Bonjour, la synchronisation des commandes est bloquée depuis le {date}.\n{JSON}\n{CUE}. Dernière commande : {order}."),
        ("l", "Bonjour, notre boutique en ligne n'envoie plus les mails de confirmation.\n{ENV}\nTVA {creg}.")],
})
FAM["telco"] = ("b_telco", False, {
 "en": [("s", "{mention} my phone asks for a PUK after 3 wrong PINs. Tried this: {PUK}. Doesn't work?? {phonemodel}"),
        ("l", "Hi, I got a new SIM but it says SIM locked. {SIMPIN}. Also tried {PUK}. Number is {phone}, account {custno}."),
        ("s", "{mention} still no internet, router {router} blinking red, ticket {ticket} #outage"),
        ("l", "Hello, my bill went up to {amount} this month, I'm on the {gb} plan. Invoice {invoice}. Account number {custno}."),
        ("s", "{mention} why does my {gb} bundle run out in a week? Called {cphone} twice already"),
        ("l", "Hi, moving house. New address is {address}, can you move my broadband on {date}? Customer number {custno}, mobile {phone}.")],
 "nl": [("s", "{mention} mijn telefoon vraagt om een PUK. Geprobeerd: {PUK}. Klopt niet?? {phonemodel}"),
        ("l", "Hallo, nieuwe simkaart gekregen maar hij blijft op SIM vergrendeld staan. {SIMPIN}. Ook geprobeerd: {PUK}. Nummer {phone}, klantnummer {custno}."),
        ("s", "{mention} al 3 dagen geen internet, modem {router} knippert rood. Ticket {ticket} #storing"),
        ("l", "Goedemiddag, mijn factuur is deze maand {amount} terwijl ik een {gb} bundel heb. Factuurnummer {invoice}, klantnummer {custno}."),
        ("s", "{mention} pincode van mijn sim vergeten, {cphone} bellen duurt uren. Toestel {phonemodel}"),
        ("l", "Hoi, we verhuizen per {date} naar {address}. Kan het internet mee? Klantnr {custno}, 06 is {phone}.")],
 "be": [("s", "{mention} mijn gsm vraagt een pukcode. Geprobeerd: {PUK}, werkt ni. {phonemodel}"),
        ("l", "Dag, ik heb een nieuwe simkaart maar {SIMPIN} wordt geweigerd. Mijn gsmnummer is {phone}, klantennummer {custno}."),
        ("s", "{mention} internet valt constant weg, modem {router}, dossier {ticket}"),
        ("l", "Goeiedag, mijn factuur van {amount} klopt ni, ik heb maar {gb}. Factuur {invoice}, klantnummer {custno}.")],
 "fr": [("s", "{mention} mon téléphone demande le code PUK. Essayé : {PUK}, ça ne marche pas ! {phonemodel}"),
        ("l", "Bonjour, nouvelle carte SIM mais {SIMPIN} est refusé. Mon numéro {phone}, n° client {custno}."),
        ("s", "{mention} plus d'internet depuis 2 jours, modem {router}, dossier {ticket} #panne"),
        ("l", "Bonjour, ma facture est de {amount} ce mois-ci alors que j'ai {gb}. Facture {invoice}, numéro client {custno}.")],
})
FAM["bank"] = ("b_bank", False, {
 "en": [("l", "Hi, my card was declined at the till with error {err}. {CARD}, expires {exp}, {CVV}. Can you check if it's blocked?"),
        ("l", "Hello, I didn't get the SMS for the payment. Then it came late: {OTP}. Now the app wants a new one. Phone {phone}."),
        ("s", "{mention} card blocked after one wrong pin, but I'm sure it's right: {PIN}"),
        ("l", "Hi, I want the refund of {amount} to go to another account. {IBAN}. {name}, born {dob}."),
        ("s", "{mention} app crashes on {phonemodel} with iOS update, error {err}. card ending {maskedcard}"),
        ("l", "Hello, I paid with {card} ({exp}) and got charged twice, {amount} each. {CVV} if you need it.")],
 "nl": [("l", "Hallo, mijn pas wordt geweigerd bij de kassa met foutcode {err}. {CARD}, geldig tot {exp}, {CVV}. Is hij geblokkeerd?"),
        ("l", "Goedemiddag, ik kreeg de sms voor de betaling te laat: {OTP}. Nu wil de app een nieuwe code. Mijn nummer {phone}."),
        ("s", "{mention} pas geblokkeerd na verkeerde pin, maar ik weet zeker dat hij klopt: {PIN}"),
        ("l", "Hoi, het bedrag van {amount} graag terugstorten. {IBAN}. {name}, geboren {dob}."),
        ("s", "{mention} foutcode {err} bij het pinnen, pas eindigt op {maskedcard}"),
        ("l", "Hallo, betaald met {card} (exp {exp}) en 2x afgeschreven, {amount}. {CVV} als dat nodig is.")],
 "be": [("l", "Dag, mijn bankkaart wordt geweigerd met code {err}. {CARD}, vervalt {exp}, {CVV}."),
        ("s", "{mention} kaart geblokkeerd, nochtans juist: {PIN}"),
        ("l", "Goeiedag, graag de terugbetaling van {amount}. {IBAN}. Klantennummer {custno}."),
        ("l", "Hallo, de code via itsme kwam ni aan, daarna wel: {OTP}. Gsm {phone}.")],
 "fr": [("l", "Bonjour, ma carte est refusée avec l'erreur {err}. {CARD}, expire {exp}, {CVV}."),
        ("s", "{mention} carte bloquée après un mauvais code, pourtant {PIN}"),
        ("l", "Bonjour, merci de rembourser les {amount}. {IBAN}. {name}, né le {dob}."),
        ("l", "Bonjour, le SMS de confirmation arrive trop tard : {OTP}. Mon numéro {phone}.")],
})
FAM["energy"] = ("b_energy", False, {
 "en": [("l", "Hi, meter reading for today: {meter} (electric), gas {meter}. Account {custno}, address {address}."),
        ("s", "{mention} my monthly payment jumped to {amount}, usage is only {kwh}. Account {custno}"),
        ("l", "Hello, please change my direct debit. {IBAN}. Customer number {custno}, {name}, {address}.")],
 "nl": [("l", "Hallo, meterstand van vandaag: {meter} (stroom) en {meter} gas. Klantnummer {custno}, adres {address}."),
        ("s", "{mention} termijnbedrag ineens {amount} terwijl ik maar {kwh} verbruik. Klantnr {custno}"),
        ("l", "Goedemorgen, wilt u de automatische incasso aanpassen? {IBAN}. Klantnummer {custno}, {name}, {address}."),
        ("s", "{mention} meterstand {meter} doorgegeven op {date} maar jaarafrekening klopt niet, {pct} hoger")],
 "be": [("l", "Dag, meterstand dag {meter}, nacht {meter}. Klantennummer {custno}, {address}."),
        ("s", "{mention} voorschot verhoogd naar {amount}, verbruik is {kwh}?"),
        ("l", "Goeiedag, domiciliëring graag aanpassen. {IBAN}. Klantnummer {custno}.")],
 "fr": [("l", "Bonjour, relevé de compteur : {meter} jour et {meter} nuit. Numéro client {custno}, {address}."),
        ("s", "{mention} acompte passé à {amount} pour {kwh} ?"),
        ("l", "Bonjour, merci de modifier la domiciliation. {IBAN}. Client {custno}.")],
})
FAM["shop"] = ("b_shop", False, {
 "en": [("s", "{mention} order {order} still not here, tracking {track} hasn't moved since {date}"),
        ("l", "Hi, I paid {amount} for order {order} but got the wrong item ({product}). Please send the right one to {address}. Phone {phone}."),
        ("l", "Hello, payment failed at checkout. {CARD} exp {exp}, {CVV}. Order {order}."),
        ("s", "{mention} 3 weeks for a refund of {amount}? invoice {invoice} #customerservice")],
 "nl": [("s", "{mention} bestelling {order} nog steeds niet binnen, track & trace {track} staat stil sinds {date}"),
        ("l", "Hoi, ik heb {amount} betaald voor bestelling {order} maar kreeg het verkeerde artikel ({product}). Graag opsturen naar {address}. Tel {phone}."),
        ("l", "Hallo, betalen lukt niet. {CARD} geldig tot {exp}, {CVV}. Bestelling {order}."),
        ("s", "{mention} al 3 weken wachten op {amount} terug, factuur {invoice}")],
 "be": [("s", "{mention} pakje {track} nog altijd ni geleverd, bestelling {order}"),
        ("l", "Dag, verkeerd artikel ontvangen ({product}), bestelling {order}. Graag omruilen, adres {address}, gsm {phone}.")],
 "fr": [("s", "{mention} commande {order} toujours pas reçue, suivi {track}"),
        ("l", "Bonjour, paiement refusé : {CARD}, exp {exp}, {CVV}. Commande {order}."),
        ("l", "Bonjour, mauvais article reçu ({product}) pour la commande {order}. Adresse : {address}, tél {phone}.")],
})
FAM["other"] = ("b_other", False, {
 "en": [("l", "Hi, flight {flight} on {date} was cancelled. Booking under {name}, DOB {dob}, {email}. Please refund {amount}."),
        ("l", "Hello, for my Dutch tax claim: {BSN}, date of birth {dob}. Policy {custno}."),
        ("s", "{mention} stuck at the gate, {flight} delayed again, no info #fail"),
        ("l", "Hi, insurance claim for my {phonemodel}, policy number {custno}. Gegevens: {name} {dob} {bsn}.")],
 "nl": [("l", "Hallo, vlucht {flight} van {date} is geannuleerd. Geboekt op naam {name}, geboortedatum {dob}, {email}. Graag {amount} terug."),
        ("l", "Goedemiddag, voor de declaratie heeft u mijn gegevens nodig: {name} {dob} {bsn}. Polisnummer {custno}."),
        ("s", "{mention} vlucht {flight} weer vertraagd, niemand weet iets #vertraging"),
        ("l", "Hoi, ik ben van {dob}, {BSN}. Kunt u de aanvraag nu verwerken? Tel {phone}.")],
 "be": [("l", "Dag, vlucht {flight} op {date} geschrapt. Op naam van {name}, geboren {dob}. Terugbetaling {amount} graag."),
        ("l", "Goeiedag, schadeclaim voor mijn gsm {phonemodel}, polis {custno}, e-mail {email_odd}.")],
 "fr": [("l", "Bonjour, vol {flight} du {date} annulé. Réservation au nom de {name}, né le {dob}, {email}."),
        ("l", "Bonjour, pour le dossier aux Pays-Bas : {BSN}, date de naissance {dob}. Police {custno}."),
        ("s", "{mention} vol {flight} encore en retard #fail")],
})
FAM["agent"] = (None, None, {
 "en": [("s", "Hi {first}, thanks for your patience. Could you DM us your account number and the postcode? Please never share your PIN or password. ^{ag}"),
        ("l", "Hello {first}, I've reset the login for {user}. Your temporary password is {pw} - please change it after signing in. Ref {ticket}."),
        ("l", "Hi {first}, we've revoked the key you posted ({maskedkey}) and issued a new one: {apikey}. Request id {reqid}."),
        ("s", "Hi {first}, I've removed your message with the code. Codes show up as {maskedpw} on our side, so never share them with anyone, also not with us. ^{ag}")],
 "nl": [("s", "Hoi {first}, stuur je klantnummer en postcode even via DM? Deel nooit je pincode of wachtwoord. ^{ag}"),
        ("l", "Hallo {first}, ik heb het account {user} gereset. Tijdelijk wachtwoord: {pw}. Wijzig dit direct na inloggen. Ticket {ticket}."),
        ("l", "Hoi {first}, de key die je postte ({maskedkey}) is ingetrokken. Je nieuwe key is {apikey}. Request-id {reqid}."),
        ("l", "Dag {first}, ik zie dat je {iban} als nieuw rekeningnummer hebt opgegeven. Klopt dat? Klantnummer {custno}. ^{ag}")],
 "be": [("s", "Dag {first}, stuur ons je klantennummer via PB aub, nooit je pincode. ^{ag}"),
        ("l", "Hallo {first}, uw tijdelijk paswoord is {pw}, login {user}. Dossier {ticket}.")],
 "fr": [("s", "Bonjour {first}, pouvez-vous nous envoyer votre numéro client en privé ? Ne partagez jamais votre code PIN. ^{ag}"),
        ("l", "Bonjour {first}, votre mot de passe temporaire est {pw} pour l'identifiant {user}. Dossier {ticket}.")],
})
FAM["reply"] = ("b_bank", False, {
 "en": [("s", "{otp}"), ("s", "it's {otp}"), ("s", "ok the code is {otp} now"), ("s", "{OTP} - quick, it expires"),
        ("s", "{BSN}"), ("s", "sure: {bsn}"), ("s", "{card}\n{exp}\n{cvv}"), ("s", "{CARD} {exp} cvv {cvv}"),
        ("s", "{IBAN}"), ("s", "{iban} thanks"), ("s", "pin was {pin} before the reset"), ("s", "{PIN} if that helps"),
        ("s", "{PUK}"), ("s", "{puk} is on the plastic card"), ("s", "{WIFI}"), ("s", "{wifi} (copied from the box)"),
        ("s", "Card: {card}, {exp}. {CVV}"), ("s", "{CVV}, card ending {maskedcard}"), ("s", "{name}, {dob}, {bsn}"), ("s", "born {dob}, postcode in {address}"),
        ("s", "here you go: {custno} and {email}"), ("s", "{phone2} is my wife's number, call her if I don't pick up"),
        ("s", "called {cphone} in {year}, was told the same thing"), ("s", "invoice {invoice}, {pct} VAT, paid {date}")],
 "nl": [("s", "{otp}"), ("s", "het is {otp}"), ("s", "oke de code is nu {otp}"), ("s", "{OTP} snel want hij verloopt"),
        ("s", "{BSN}"), ("s", "ja hoor: {bsn}"), ("s", "{card}\n{exp}\n{cvv}"), ("s", "{CARD} {exp} cvc {cvv}"),
        ("s", "{IBAN}"), ("s", "{iban} dankje"), ("s", "pin was {pin} voor de reset"), ("s", "{PIN} als dat helpt"),
        ("s", "{PUK}"), ("s", "{puk} staat op het pasje"), ("s", "{WIFI}"), ("s", "{wifi} (van de doos overgetypt)"),
        ("s", "Kaart: {card}, {exp}. {CVV}"), ("s", "{CVV}, pas eindigt op {maskedcard}"), ("s", "Gegevens: {name} {dob} {bsn}"), ("s", "geb datum {dob}, adres {address}"),
        ("s", "alsjeblieft: {custno} en {email}"), ("s", "{phone2} is het nummer van mijn moeder, bel haar maar"),
        ("s", "in {year} al eens {cphone} gebeld, zelfde verhaal"), ("s", "factuur {invoice}, {pct} btw, betaald op {date}")],
 "be": [("s", "{otp}"), ("s", "'t is {otp}"), ("s", "{OTP}"), ("s", "code {otp} net binnen"),
        ("s", "{card} {exp} {cvv}"), ("s", "{CARD}, vervaldatum {exp}, {CVV}"), ("s", "{IBAN}"), ("s", "{iban} merci"),
        ("s", "{PIN}"), ("s", "{pin} was de oude pincode"), ("s", "{PUK}"), ("s", "{puk} staat op de kaart"),
        ("s", "{WIFI}"), ("s", "{wifi} van de sticker"), ("s", "{BSN} (ik woon in Nederland)"), ("s", "mijn BSN {bsn}, geboren {dob}"),
        ("s", "in {year} al {cphone} gebeld"), ("s", "factuur {invoice} van {date}, {pct} korting niet toegepast")],
 "fr": [("s", "{otp}"), ("s", "c'est {otp}"), ("s", "{OTP}"), ("s", "voilà le code : {otp}"),
        ("s", "{card} {exp} {cvv}"), ("s", "{CARD}, expiration {exp}, {CVV}"), ("s", "{IBAN}"), ("s", "{iban} merci"),
        ("s", "{PIN}"), ("s", "{pin} c'était l'ancien code"), ("s", "{PUK}"), ("s", "{puk} est sur la carte"),
        ("s", "{WIFI}"), ("s", "{wifi} recopié de la box"), ("s", "{BSN} (je travaille aux Pays-Bas)"), ("s", "BSN {bsn}, né le {dob}"),
        ("s", "appelé le {cphone} en {year}, même réponse"), ("s", "facture {invoice} du {date}, {pct} de TVA")],
})
FAM["misc"] = ("b_other", False, {
 "en": [("l", "Hello, {year} renewal: the premium went up {pct} to {amount}. Policy {custno}. Invoice {invoice}."),
        ("l", "Hi, parcel {track} from order {order} is stuck, the courier line {cphone} just hangs up. Flight {flight} leaves on {date}, I need it before."),
        ("s", "{mention} your helpline {cphone} has been engaged since {time}"), ("s", "{mention} tracking {track} says delivered, nothing here")],
 "nl": [("l", "Goedemiddag, de premie voor {year} is {pct} omhoog naar {amount}. Polisnummer {custno}, factuur {invoice}."),
        ("l", "Hallo, pakket {track} van bestelling {order} ligt stil, de bezorger ({cphone}) neemt niet op. Vlucht {flight} gaat op {date}, ik heb het voor die tijd nodig."),
        ("s", "{mention} al sinds {time} in de wacht bij {cphone}"), ("s", "{mention} volgens track & trace {track} bezorgd, niks ontvangen")],
 "be": [("l", "Goeiedag, premie {year} met {pct} gestegen naar {amount}. Polis {custno}, factuur {invoice}."),
        ("l", "Dag, pakje {track} (bestelling {order}) zit vast, {cphone} neemt ni op. Vlucht {flight} op {date}.")],
 "fr": [("l", "Bonjour, la prime {year} a augmenté de {pct} à {amount}. Police {custno}, facture {invoice}."),
        ("l", "Bonjour, colis {track} de la commande {order} bloqué, le {cphone} ne répond pas. Vol {flight} le {date}.")],
})
FAM["devmisc"] = ("b_saas", True, {
 "en": [("l", "Hi, since we upgraded to {version} we get {e401}. {TOKEN}. {CUE}. We're on the {year} plan, invoice {invoice}."),
        ("l", "Hello, this worked until {date} {time}: {APIKEY}. {CUE}, {CUE2}. Usage {pct} of quota, customer since {year}."),
        ("s", "{mention} rejected again: {TOKEN}. {CUE}"), ("s", "{mention} suddenly {err} with this one: {APIKEY}. {CUE}"),
        ("l", "Hey, deploy {checksum} broke auth. Old one: {TOKEN}. New one: {APIKEY}. {CUE}."), ("l", "Hi, our NAS backup to your storage fails. {APIKEY}. Bucket region eu, {CUE}. {gb} used.")],
 "nl": [("l", "Hoi, sinds de upgrade naar {version} krijgen we {e401}. {TOKEN}. {CUE}. Abonnement sinds {year}, factuur {invoice}."),
        ("l", "Hallo, dit werkte tot {date} {time}: {APIKEY}. {CUE}, {CUE2}. Verbruik {pct} van de limiet, klant sinds {year}."),
        ("s", "{mention} weer geweigerd: {TOKEN}. {CUE}"), ("s", "{mention} ineens {err} hiermee: {APIKEY}. {CUE}"),
        ("l", "Hoi, na deploy {checksum} werkt de auth niet meer. Oude: {TOKEN}. Nieuwe: {APIKEY}. {CUE}."), ("l", "Goedemorgen, back-up van de NAS naar jullie opslag faalt. {APIKEY}. {CUE}, {gb} in gebruik.")],
 "be": [("l", "Dag, na de update naar {version} krijgen we {e401}. {TOKEN}. {CUE}."), ("s", "{mention} werkt ni meer sinds {date}: {APIKEY}. {CUE}"),
        ("l", "Hallo, allebei {e401}. {TOKEN}. {APIKEY}. {CUE}."), ("s", "{mention} vervalt na 5 min: {TOKEN}. {CUE}")],
 "fr": [("l", "Bonjour, depuis la mise à jour {version} on reçoit {e401}. {TOKEN}. {CUE}. Abonnement {year}, facture {invoice}."), ("s", "{mention} refusée depuis le {date} : {APIKEY}. {CUE}"),
        ("l", "Bonjour, les deux sont refusés ({e401}). {TOKEN}. {APIKEY}. {CUE}."), ("s", "{mention} expire trop vite : {TOKEN}. {CUE}")],
})
SLOTS["ag"] = lambda x: x.r.choice(["MK", "JB", "SV", "LD", "RT", "AN", "EW"])

# ----------------------------------------------------------------------------- channel wrappers (dealt by half)
SUBJ = {"en": ["Subject: API access problem", "Subject: Urgent - production down", "Subject: Re: your ticket", "Subject: question about my account", "Subject: login issue", "Subject: Fwd: error on checkout"],
        "nl": ["Onderwerp: probleem met inloggen", "Onderwerp: Spoed - productie ligt eruit", "Onderwerp: RE: uw vraag", "Onderwerp: vraag over mijn account", "Onderwerp: storing", "Onderwerp: FW: foutmelding"],
        "be": ["Onderwerp: probleem", "Onderwerp: dringend", "Onderwerp: RE: dossier", "Onderwerp: vraag"],
        "fr": ["Objet : problème de connexion", "Objet : urgent", "Objet : RE: votre demande", "Objet : question"]}
SUBJC = {"en": ["Subject: question about my account", "Subject: Re: your ticket", "Subject: complaint", "Subject: Fwd: my order", "Subject: refund"],
         "nl": ["Onderwerp: vraag over mijn account", "Onderwerp: RE: uw vraag", "Onderwerp: klacht", "Onderwerp: FW: mijn bestelling", "Onderwerp: terugbetaling"],
         "be": ["Onderwerp: vraag", "Onderwerp: RE: dossier", "Onderwerp: klacht"], "fr": ["Objet : question", "Objet : RE: votre demande", "Objet : réclamation"]}
GREET = {"en": ["Hi,", "Hello,", "Dear {brand} support,", "Hi team,", "Good morning,"], "nl": ["Hallo,", "Beste,", "Goedemiddag,", "Beste klantenservice,", "Hoi,"],
         "be": ["Dag,", "Beste,", "Goeiedag,", "Hallo,"], "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour à tous,", "Bonsoir,"]}
SIG = {"en": ["Thanks,\n{name}", "Best regards,\n{name}\n{address_ml}\n{phone}", "Cheers,\n{first}\n--\n{name} | {phone} | {email}", "Kind regards,\n\n{name}\nTel: {phone}",
              "Thanks\n{name}\nSent from my iPhone", "Regards,\n{name}\nIT manager\nM {phone}\nE {email}", "Many thanks,\n{name}\n{address_ml}", "--\n{first}"],
       "nl": ["Groet,\n{name}", "Met vriendelijke groet,\n\n{name}\n{address_ml}\nT: {phone}", "Mvg,\n{first}\n{email}", "Groetjes,\n{name}\n{phone}",
              "Met vriendelijke groet,\n{name}\nKvK {creg}", "Alvast bedankt!\n{name}\n\nVerstuurd vanaf mijn telefoon", "Gr,\n{name}\n{address}\n{phone}", "Bvd,\n{name}\nmob. {phone}"],
       "be": ["Met vriendelijke groeten,\n{name}\n{address_ml}\n{phone}", "Groetjes,\n{first}", "Mvg\n{name}\ngsm {phone}", "Alvast bedankt,\n{name}\n{email}"],
       "fr": ["Cordialement,\n{name}", "Bien à vous,\n{name}\n{address_ml}\nGSM : {phone}", "Merci d'avance,\n{name}\n{email}", "Salutations,\n{name}\nTél. {phone}"]}
QUOTE = {"en": ["\n\nOn {date}, at {time}, {brand} Support wrote:\n> Could you send us your account number?\n> Case {ticket}",
                "\n\n-----Original Message-----\nFrom: {name} <{email}>\nSent: {date} {time}\nTo: {brand} Support\nSubject: Re: case {ticket}\n\nStill not fixed.",
                "\n\nOn {date} {name} <{email}> wrote:\n> Hi, any update on {ticket}?", "\n\n> {brand} wrote:\n> We have escalated your case ({ticket})."],
         "nl": ["\n\nOp {date} om {time} schreef {brand} Klantenservice:\n> Kunt u uw klantnummer doorgeven?\n> Ticket {ticket}",
                "\n\nVan: {name} <{email}>\nVerzonden: {date} {time}\nAan: {brand} Support\nOnderwerp: RE: melding {ticket}\n\nNog steeds niet opgelost.",
                "\n\nOp {date} schreef {name} <{email}>:\n> Is er al nieuws over {ticket}?", "\n\n> {brand} schreef:\n> Uw melding ({ticket}) is doorgezet."],
         "be": ["\n\nOp {date} om {time} schreef {brand}:\n> Mogen wij uw klantennummer?\n> Dossier {ticket}", "\n\nVan: {name} <{email}>\nVerzonden: {date}\nOnderwerp: dossier {ticket}"],
         "fr": ["\n\nLe {date} à {time}, {brand} a écrit :\n> Pouvez-vous nous communiquer votre numéro client ?\n> Dossier {ticket}", "\n\nDe : {name} <{email}>\nEnvoyé : {date} {time}\nObjet : RE: dossier {ticket}"]}
CHAT_OPEN = {"en": ["hi", "Hello", "hey there", "Hi, quick one", "hiya"], "nl": ["hoi", "Hallo", "goedemiddag", "hey", "Hoi!"], "be": ["dag", "hallo", "hey", "goeiemiddag"], "fr": ["bonjour", "Bonjour !", "salut", "bonsoir"]}
TAGS_END = {"en": [" 😡", " 🙏", " ...", " !!", " 🙄"], "nl": [" 😡", " 🙏", " !!", " 🤦‍♂️", " ..."], "be": [" 😤", " 🙏", " ..."], "fr": [" 😡", " 🙏", " ...", " !!"]}
GREETWORDS = ("Hi", "Hello", "Hey", "Hallo", "Hoi", "Goed", "Dag", "Goeie", "Bonjour", "Beste")

def wrap(x, ch, reg, body):
    r = x.r; lg = x.lg
    if ch == "email":
        subj = x.pick("subj/" + lg + str(x.tech), (SUBJ if x.tech else SUBJC)[lg])[0]
        g = "" if body.startswith(GREETWORDS) else x.pick("greet/" + lg, GREET[lg])[0] + "\n\n"
        sig = x.pick("sig/" + lg, SIG[lg])[0]
        q = x.pick("quote/" + lg, QUOTE[lg])[0] if r.random() < 0.45 else ""
        return f"{subj}\n\n{g}{body}\n\n{sig}{q}"
    if ch == "whatsapp" or ch == "telegram":
        b = re.sub(r"([.?!]) (?=[A-Z{])", lambda m: m.group(1) + "\n", body) if r.random() < 0.7 else body
        if r.random() < 0.5 and not body.startswith(GREETWORDS): b = x.pick("open/" + lg, CHAT_OPEN[lg])[0] + "\n" + b
        return b
    if ch == "x_public":
        b = body if "{mention}" in body else "{mention} " + body
        if r.random() < 0.3 and "{hashtag}" not in b: b += " {hashtag}"
        return b + (x.pick("end/" + lg, TAGS_END[lg])[0] if r.random() < .3 else "")
    if ch in ("x_dm", "messenger", "instagram_dm", "facebook_comment", "instagram_comment"):
        b = body
        if ch in ("facebook_comment", "instagram_comment") and r.random() < .5: b = b.replace("{mention} ", "")
        return b + (x.pick("end/" + lg, TAGS_END[lg])[0] if r.random() < .2 else "")
    return body

def choose_channel(x, fam, reg):
    r = x.r
    if fam == "agent": return "agent_reply"
    if reg == "l":
        return r.choices(["email", "whatsapp", "messenger", "telegram", "x_dm", "instagram_dm"], [50, 18, 10, 10, 8, 4])[0]
    return r.choices(["x_public", "x_dm", "facebook_comment", "instagram_comment", "instagram_dm", "messenger", "whatsapp", "telegram"], [30, 14, 14, 8, 8, 10, 10, 6])[0]

# ----------------------------------------------------------------------------- rendering
def render(x, tpl, loc, st, pid):
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        st["text"] += tpl[pos:m.start()]; pos = m.end()
        name = m.group(1)
        piece = loc[name] if name in loc else SLOTS[name](x)
        emit(x, piece, st, pid + "+" + name)
    st["text"] += tpl[pos:]

def emit(x, piece, st, pid):
    if isinstance(piece, str): st["text"] += piece
    elif isinstance(piece, S):
        s = len(st["text"]); st["text"] += piece.v
        st["spans"].append({"type": piece.t, "start": s, "end": len(st["text"]), "_ph": piece.ph or pid})
    elif isinstance(piece, N):
        s = len(st["text"]); st["text"] += piece.v
        st["negs"].append({"kind": piece.k, "start": s, "end": len(st["text"])})
    elif isinstance(piece, F):
        render(x, piece.tpl, piece.loc, st, piece.pid or pid)
    else: raise TypeError(piece)

class Retry(Exception): pass

def make_msg(x, tid, fam, reg, body):
    ch = choose_channel(x, fam, reg)
    tpl = wrap(x, ch, reg, body)
    st = {"text": "", "spans": [], "negs": []}
    render(x, tpl, {}, st, tid)
    t = st["text"]
    for sp in st["spans"]:
        v = t[sp["start"]:sp["end"]]
        if sp["type"] in HIGH and not v[-1].isalnum() and sp["end"] < len(t) and not t[sp["end"]].isspace(): raise Retry()
        if sp["end"] < len(t) and t[sp["end"]].isalnum(): raise Retry()
    return {"channel": ch, "lang": x.lang, "visibility": "public" if ch in PUBLIC else "private", "text": t,
            "spans": st["spans"], "negatives": st["negs"], "_tid": tid}

# ----------------------------------------------------------------------------- generation
LANGS = [("en-gb", 20), ("en-us", 20), ("nl", 30), ("nl-be", 15), ("fr-be", 15)]
TECH = [("api", 14), ("pay", 9), ("host", 10), ("saas", 7), ("voip", 5), ("device", 10), ("paste", 4), ("shopowner", 5), ("devmisc", 8)]
CONS = [("telco", 9), ("bank", 10), ("energy", 6), ("shop", 7), ("other", 5), ("agent", 5), ("reply", 10), ("misc", 4)]
ALL_SECTORS = ["b_api", "b_pay", "b_host", "b_saas", "b_telco", "b_bank", "b_energy", "b_shop", "b_other"]

def templates_for(h):
    out = {}
    for fam, (sector, tech, by) in FAM.items():
        for lg, lst in by.items():
            for i, (reg, text) in enumerate(lst):
                if i % 2 == h: out.setdefault((fam, lg), []).append((f"{fam}/{lg}/{i}", reg, text))
    return out

SEEN = (set(), set())

def gen_one(h, r, P, T, want=None):
    for _ in range(50):
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        fams = TECH if r.random() < 0.6 else CONS
        fam = r.choices([f for f, _ in fams], [w for _, w in fams])[0]
        x = Ctx(h, r, lang, P)
        sector = FAM[fam][0] or r.choice(ALL_SECTORS)
        x.brand = r.choice(P[sector]); x.tech = FAM[fam][1] is True
        tid, reg, body = r.choice(T[(fam, x.lg)])
        try:
            m = make_msg(x, tid, fam, reg, body)
        except Retry:
            continue
        if m["text"] in SEEN[h]: continue
        SEEN[h].add(m["text"]); return m
    raise RuntimeError("too many retries")

def quotas(recs):
    c = collections.Counter(s["type"] for m in recs for s in m["spans"])
    return {t: (80 if t in ("api_key", "token") else 40) - c[t] for t in HIGH}

def build_half(h, seed):
    r = random.Random(seed * 2 + h)
    P = {k: split(h, v) for k, v in POOLS.items()}
    T = templates_for(h)
    recs = [gen_one(h, r, P, T) for _ in range(850)]
    tries = 0
    def phr_def():
        ph = collections.defaultdict(set)
        for m in recs:
            for s in m["spans"]: ph[s["type"]].add(s["_ph"])
        return ph
    while tries < 20000:
        q = quotas(recs); ph = phr_def()
        if not any(v > 0 for v in q.values()) and all(len(ph[t]) >= 14 for t in HIGH): break
        tries += 1
        m = gen_one(h, r, P, T)
        if any(q.get(s["type"], 0) > 0 or (s["type"] in HIGH and len(ph[s["type"]]) < 14 and s["_ph"] not in ph[s["type"]]) for s in m["spans"]): recs.append(m)
    while sum(1 for m in recs if not m["spans"]) < 0.27 * len(recs) and tries < 40000:
        tries += 1
        m = gen_one(h, r, P, T)
        if not m["spans"]: recs.append(m)
    r.shuffle(recs)
    name = ["dev", "heldout"][h]
    for i, m in enumerate(recs): m["id"] = f"{PREFIX}-{name}-{i:05d}"
    return recs

# ----------------------------------------------------------------------------- checks
def check(halves):
    errs = []
    tids = [set(m["_tid"] for m in recs) for recs in halves]
    if tids[0] & tids[1]: errs.append(f"templates in both halves: {sorted(tids[0] & tids[1])[:5]}")
    for h, recs in enumerate(halves):
        types, kinds = collections.Counter(), collections.Counter()
        for m in recs:
            t = m["text"]; iv = []
            if SLOT_RE.search(t): errs.append(f"{m['id']}: unrendered placeholder {SLOT_RE.search(t).group(0)}")
            if m["channel"] not in ("x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm", "instagram_comment", "whatsapp", "telegram", "email", "agent_reply"): errs.append(m["id"] + " channel")
            if (m["visibility"] == "public") != (m["channel"] in PUBLIC): errs.append(m["id"] + " visibility")
            for sp in m["spans"]:
                types[sp["type"]] += 1
                a, b = sp["start"], sp["end"]; v = t[a:b]
                if not (0 <= a < b <= len(t)): errs.append(f"{m['id']}: span offsets"); continue
                if v != v.strip(): errs.append(f"{m['id']}: span whitespace {v!r}")
                if sp["type"] == "card" and not (luhn_ok(v) and len(re.sub(r'\D', '', v)) in (15, 16)): errs.append(f"{m['id']}: luhn {v}")
                if sp["type"] == "iban" and not iban_ok(v): errs.append(f"{m['id']}: iban {v}")
                if sp["type"] == "bsn" and not bsn_ok(v): errs.append(f"{m['id']}: bsn {v}")
                if sp["type"] in HIGH and " " in v and sp["type"] not in ("otp", "card", "iban", "bsn"): errs.append(f"{m['id']}: space in secret {v!r}")
                iv.append((a, b, "s"))
            for ng in m["negatives"]:
                kinds[ng["kind"]] += 1
                a, b = ng["start"], ng["end"]
                if not (0 <= a < b <= len(t)) or t[a:b] != t[a:b].strip(): errs.append(f"{m['id']}: neg offsets")
                for sa, sb, _ in [i for i in iv if i[2] == "s"]:
                    if a < sb and sa < b: errs.append(f"{m['id']}: negative overlaps span")
            sp_iv = sorted(i for i in iv if i[2] == "s")
            for (a1, b1, _), (a2, b2, _) in zip(sp_iv, sp_iv[1:]):
                if a2 < b1: errs.append(f"{m['id']}: overlapping spans")
        for tname in HIGH + OTHER:
            if not types[tname]: errs.append(f"half {h}: no {tname}")
        for k in NEG_KINDS:
            if not kinds[k]: errs.append(f"half {h}: no negative {k}")
        for k in kinds:
            if k not in NEG_KINDS: errs.append(f"half {h}: unknown kind {k}")
        q = quotas(recs)
        for tname, v in q.items():
            if v > 0: errs.append(f"half {h}: {tname} short by {v}")
        nospan = sum(1 for m in recs if not m["spans"]) / len(recs)
        if nospan < 0.25: errs.append(f"half {h}: only {nospan:.1%} without spans")
        hr = sum(1 for m in recs if any(s["type"] in HIGH for s in m["spans"])) / len(recs)
        if hr < 0.45: errs.append(f"half {h}: only {hr:.1%} with a high-risk value")
        phr = collections.defaultdict(set)
        for m in recs:
            for sp in m["spans"]: phr[sp["type"]].add(sp["_ph"])
        for tname in HIGH:
            if len(phr[tname]) < 12: errs.append(f"half {h}: {tname} only {len(phr[tname])} phrasings")
    return errs

def stats(recs):
    d = {"messages": len(recs),
         "spans": dict(sorted(collections.Counter(s["type"] for m in recs for s in m["spans"]).items())),
         "negatives": dict(sorted(collections.Counter(n["kind"] for m in recs for n in m["negatives"]).items())),
         "channels": dict(sorted(collections.Counter(m["channel"] for m in recs).items())),
         "languages": dict(sorted(collections.Counter(m["lang"] for m in recs).items())),
         "no_span_pct": round(100 * sum(1 for m in recs if not m["spans"]) / len(recs), 1),
         "high_risk_pct": round(100 * sum(1 for m in recs if any(s["type"] in HIGH for s in m["spans"])) / len(recs), 1),
         "neg_near_cue_pct": None,
         "templates": len(set(m["_tid"] for m in recs)),
         "phrasings_per_high_risk_type": {t: len({s["_ph"] for m in recs for s in m["spans"] if s["type"] == t}) for t in HIGH}}
    cue = re.compile(r"(?i)(token|key|sleutel|clé|\bid\b|-id|code|hash|secret|pin|wachtwoord|password|mot de passe|nummer|numéro|wifi|poort|port|commit|sha|md5|versie|version|build)")
    near = 0
    for m in recs:
        t = m["text"]
        if any(cue.search(t[max(0, n["start"] - 30):n["start"]]) for n in m["negatives"]): near += 1
    d["neg_near_cue_pct"] = round(100 * near / len(recs), 1)
    return d

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=20261210)
    ap.add_argument("--out", default=HERE); a = ap.parse_args()
    halves = [build_half(0, a.seed), build_half(1, a.seed)]
    errs = check(halves)
    for h, recs in enumerate(halves):
        print(["dev", "heldout"][h], json.dumps(stats(recs), ensure_ascii=False, indent=1))
    if errs:
        print("\n".join(errs[:60]), file=sys.stderr); print(f"{len(errs)} check failures, nothing written", file=sys.stderr); sys.exit(1)
    for h, recs in enumerate(halves):
        with open(os.path.join(a.out, ["dev.jsonl", "heldout.jsonl"][h]), "w", encoding="utf-8") as f:
            for m in recs:
                o = {"id": m["id"], "channel": m["channel"], "lang": m["lang"], "visibility": m["visibility"], "text": m["text"],
                     "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in m["spans"]],
                     "negatives": m["negatives"]}
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("written")

if __name__ == "__main__":
    main()
