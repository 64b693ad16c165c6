"""Filler pools and pool-dependent generators (addresses, dates, negatives).

Every pool is a list; deal(pool, half) gives the even members to dev (half 0)
and the odd members to heldout (half 1).
"""
from values import digits, rs, UP, LO, DIG


def deal(pool, half):
    return pool[half::2]


FIRST = {
    "nl": ["Jan", "Sanne", "Pieter", "Fleur", "Kees", "Marloes", "Joost", "Ingrid", "Bram", "Anouk", "Henk", "Lotte",
           "Ruud", "Esther", "Wouter", "Mirjam", "Thijs", "Noor", "Gerrit", "Yvonne", "Daan", "Ilse"],
    "nl-be": ["Wim", "Katrien", "Jef", "Lien", "Koen", "Griet", "Stijn", "An", "Bart", "Leen", "Dirk", "Sofie",
              "Pieter-Jan", "Ellen", "Tom", "Hilde", "Jens", "Nele", "Luc", "Annelies"],
    "fr-be": ["Jean-Marc", "Isabelle", "Philippe", "Nathalie", "Didier", "Sophie", "Olivier", "Valérie", "Benoît",
              "Catherine", "Michel", "Aurélie", "Laurent", "Françoise", "Julien", "Martine", "Cédric", "Élodie"],
    "en-gb": ["Gareth", "Siobhan", "Nigel", "Fiona", "Callum", "Harriet", "Rhys", "Bethany", "Alistair", "Priya",
              "Darren", "Imogen", "Stuart", "Kirsty", "Owen", "Niamh", "Graham", "Zoe"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Megan", "Jared", "Kayla", "Derek", "Brittany", "Marcus", "Lauren",
              "Cody", "Heather", "Travis", "Courtney", "Kyle", "Amber"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
           "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Kok", "van Dijk", "Schouten"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Vermeulen", "Van Damme", "De Backer", "Verstraete", "Lambrechts", "Desmet"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard",
              "Collard", "Gilson", "Piron", "Denis", "Hubert", "Delvaux", "Lemaire"],
    "en-gb": ["Hughes", "Patel", "Thompson", "McAllister", "Evans", "O'Brien", "Whitfield", "Clarke", "Ahmed",
              "Robertson", "Fletcher", "Kaur", "Pritchard", "Dawson", "Murray", "Holloway"],
    "en-us": ["Johnson", "Ramirez", "Miller", "Nguyen", "Anderson", "Hernandez", "Walsh", "Thompson", "Kowalski",
              "Brooks", "Ortiz", "Sullivan", "Fischer", "Coleman"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Beatrixstraat", "Van Goghlaan", "Lindenlaan",
           "Prinses Irenestraat", "Schoolstraat", "Zonnebloemweg", "Eikenlaan", "Nieuwe Gracht", "Parallelweg",
           "Burgemeester de Withstraat", "Akkerweg", "Vlinderhof", "Hoofdstraat", "Merelstraat"],
    "nl-be": ["Stationsstraat", "Kerkstraat", "Kortrijksesteenweg", "Molenstraat", "Dorpsstraat", "Nieuwstraat",
              "Brugsesteenweg", "Veldstraat", "Lindelei", "Kapelstraat", "Hoogstraat", "Groenstraat",
              "Zandstraat", "Bosstraat"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Namur", "Rue du Moulin", "Rue de l'Église",
              "Rue des Écoles", "Avenue des Tilleuls", "Rue Haute", "Chaussée de Charleroi", "Rue du Centre",
              "Rue de Fléron", "Place Saint-Lambert", "Rue des Prés", "Allée des Hêtres"],
    "en-gb": ["Acacia Road", "Victoria Street", "Church Lane", "Station Road", "Mill Lane", "The Crescent",
              "Park Avenue", "Kingsway", "Orchard Close", "High Street", "Queens Road", "Meadow View", "Elm Grove",
              "Sandringham Drive"],
    "en-us": ["Maple Ave", "Oak Street", "Pine Ridge Dr", "Elm St", "Lakeview Blvd", "Cedar Lane", "Sunset Blvd",
              "Willow Ct", "Highland Ave", "Main Street", "Birch Rd", "Magnolia Way"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Amersfoort", "38"), ("Zwolle", "80"), ("Haarlem", "20"), ("Eindhoven", "56"),
           ("Groningen", "97"), ("Leiden", "23"), ("Apeldoorn", "73"), ("Breda", "48"), ("Nijmegen", "65"),
           ("Almere", "13"), ("Delft", "26"), ("Houten", "39"), ("Enschede", "75")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Brugge", "8000"), ("Leuven", "3000"), ("Hasselt", "3500"),
              ("Mechelen", "2800"), ("Aalst", "9300"), ("Kortrijk", "8500"), ("Genk", "3600"), ("Lier", "2500"),
              ("Roeselare", "8800"), ("Turnhout", "2300")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"),
              ("Gembloux", "5030"), ("Arlon", "6700"), ("Tournai", "7500"), ("Verviers", "4800"),
              ("Ottignies", "1340"), ("Nivelles", "1400"), ("Huy", "4500")],
    "en-gb": [("Leeds", "LS6"), ("Bristol", "BS7"), ("Manchester", "M20"), ("Norwich", "NR2"), ("Cardiff", "CF14"),
              ("Glasgow", "G12"), ("Reading", "RG4"), ("Exeter", "EX4"), ("York", "YO31"), ("Brighton", "BN1"),
              ("Nottingham", "NG5"), ("Sheffield", "S10")],
    "en-us": [("Austin", "TX 787"), ("Denver", "CO 802"), ("Sacramento", "CA 958"), ("Phoenix", "AZ 850"),
              ("Portland", "OR 972"), ("Raleigh", "NC 276"), ("Columbus", "OH 432"), ("Tampa", "FL 336"),
              ("Boulder", "CO 803"), ("San Diego", "CA 921")],
}
AGENTS = {
    "nl": ["Mark", "Linda", "Sevda", "Rick", "Naomi", "Jeroen", "Samira", "Tim", "Femke", "Dennis"],
    "nl-be": ["Jasper", "Ine", "Mehdi", "Elke", "Robbe", "Lore", "Sam", "Charlotte"],
    "fr-be": ["Amandine", "Karim", "Céline", "Maxime", "Laura", "Thomas", "Inès", "Quentin"],
    "en-gb": ["Becky", "Dan", "Aisha", "Lewis", "Chloe", "Sam", "Jordan", "Ellie"],
    "en-us": ["Jess", "Mike", "Tanya", "Chris", "Alexis", "Ryan", "Dana", "Kevin"],
}
# (brand name, mention, url) per language
BRANDS = {
    "nl": [("Zonnedak Installatie", "@ZonnedakNL", "https://www.zonnedak-installatie.nl/service"),
           ("WarmteWerk", "@WarmteWerk", "https://warmtewerk.nl/storing"),
           ("Eneco", "@Eneco", "https://www.eneco.nl/klantenservice"),
           ("SolarEdge", "@SolarEdgePV", "https://monitoring.solaredge.com"),
           ("Vattenfall", "@VattenfallNL", "https://www.vattenfall.nl/service/"),
           ("Liander", "@Liander", "https://www.liander.nl/storingen"),
           ("Zonneplan", "@zonneplan", "https://app.zonneplan.nl"),
           ("Essent", "@Essent", "https://www.essent.nl/inloggen"),
           ("HomeWizard", "@HomeWizard", "https://helpdesk.homewizard.com"),
           ("Stedin", "@Stedin", "https://www.stedin.net/zelf-regelen"),
           ("Alfen", "@AlfenNV", "https://alfen.com/nl/support"),
           ("Daikin Nederland", "@DaikinNL", "https://www.daikin.nl/nl_nl/klantenservice.html")],
    "nl-be": [("Fluvius", "@Fluvius", "https://www.fluvius.be/nl/thema/meters-en-meterstanden"),
              ("Engie", "@ENGIEbe", "https://www.engie.be/nl/support/"),
              ("Luminus", "@Luminus_be", "https://www.luminus.be/nl/particulieren/klantenzone"),
              ("Zonnepanelen Vlaanderen bv", "@ZPVlaanderen", "https://www.zpvlaanderen.be/contact"),
              ("Bolt Energie", "@BoltEnergie", "https://www.boltenergie.be/nl/faq"),
              ("Mijn VerbouwPremie", "@VlaamsEnergie", "https://www.mijnverbouwpremie.be"),
              ("Ecopower", "@ecopowercvba", "https://www.ecopower.be/klanten"),
              ("Warmtepomp Centrum Kempen", "@WPCKempen", "https://wpckempen.be/service")],
    "fr-be": [("ORES", "@ORES_Belgique", "https://www.ores.be/particuliers-et-professionnels"),
              ("Engie", "@ENGIEbe", "https://www.engie.be/fr/support/"),
              ("Luminus", "@Luminus_be", "https://www.luminus.be/fr/particuliers/espace-client"),
              ("RESA", "@RESA_Liege", "https://www.resa.be/fr/particuliers/"),
              ("SolarWal", "@SolarWal", "https://www.solarwal.be/sav"),
              ("Mega", "@mega_energie", "https://www.mega.be/fr/mon-espace"),
              ("Chauffage Dupuis sprl", "@ChauffageDupuis", "https://chauffage-dupuis.be/depannage"),
              ("Wallonie Énergie SPW", "@SPWEnergie", "https://energie.wallonie.be/primes")],
    "en": [("Octopus Energy", "@octopus_energy", "https://octopus.energy/dashboard"),
           ("Pod Point", "@PodPoint", "https://pod-point.com/support"),
           ("SunBright Solar Ltd", "@SunBrightSolar", "https://www.sunbrightsolar.co.uk/aftercare"),
           ("British Gas", "@BritishGas", "https://www.britishgas.co.uk/help"),
           ("Enphase", "@Enphase", "https://enlighten.enphaseenergy.com"),
           ("Hive", "@hivehome", "https://www.hivehome.com/support"),
           ("myenergi", "@myenergi", "https://support.myenergi.com"),
           ("EDF", "@edfenergy", "https://www.edfenergy.com/myaccount"),
           ("Tesla Energy", "@TeslaEnergy", "https://www.tesla.com/support/energy"),
           ("Ring", "@ring", "https://ring.com/support"),
           ("GreenLeaf Heat Pumps", "@GreenLeafHP", "https://greenleafheatpumps.co.uk/service"),
           ("UK Power Networks", "@UKPowerNetworks", "https://www.ukpowernetworks.co.uk/power-cut")],
}
HASHTAGS = {
    "nl": ["#zonnepanelen", "#warmtepomp", "#klantenservice", "#thuisbatterij", "#laadpaal", "#slimmemeter",
           "#energietransitie", "#saldering", "#ISDE", "#storing"],
    "nl-be": ["#zonnepanelen", "#digitalemeter", "#warmtepomp", "#Fluvius", "#thuisbatterij", "#premie",
              "#klantendienst", "#laadpaal"],
    "fr-be": ["#panneauxsolaires", "#pompeàchaleur", "#compteurintelligent", "#ORES", "#primes", "#SAV",
              "#borne", "#énergie"],
    "en": ["#solar", "#heatpump", "#customerservice", "#EVcharging", "#smartmeter", "#netzero", "#fail",
           "#octopusenergy", "#BUS", "#powerwall"],
}
MODELS = ["SE5000H-RW000BNN4", "IQ8M-72-2-INT", "MIN 3600TL-XE", "SUN2000-6KTL-M1", "SH10RT", "GW5000-EH",
          "STP 8.0-3AV-40", "EHBH08E6V", "ERGA06EV", "VWL 75/6 A", "F2120-12", "PUZ-WM85VAA", "LUNA2000-10-S0",
          "HVS 7.7", "NG910-60108", "WB-PPL2-7T", "HWE-P1", "T6R-HW", "ZAPPI-2H07UW", "AJ-HUB2P", "SHP-DS705",
          "RBL-4K2", "ENV-S-WM-230", "S-Miles-H2"]
SSIDS = ["Ziggo8F3A21", "KPN3B71C2", "telenet-5G-4411", "Proximus-Home-7A2C", "VOO-123456", "BTHub6-8XQ2",
         "SKY3F4A1", "NETGEAR57", "Linksys00417", "TP-Link_7B2E", "Orange-5G-A71F", "AP_2310004512",
         "FRITZ!Box 7590 JQ", "HuisVanDeBoer", "Thuisnetwerk", "VirginMedia-9921"]
PLATES = ["GJ-412-K", "1-ABC-234", "AB12 CDE", "7KXP-312", "K-834-TL", "2-GHT-118"]


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _ml(lang):
    return "nl" if lang.startswith("nl") else "fr" if lang.startswith("fr") else "en"


def address(r, lang, streets, cities, full=True):
    st = r.choice(streets)
    num = str(r.randint(1, 240))
    city, pc = r.choice(cities)
    if lang == "nl":
        num += r.choice(["", "", "", "a", "B", "-II", " hs", "-3"])
        post = pc + digits(r, 2) + r.choice([" ", ""]) + rs(r, "ABCDEGHJKLMNPRSTVWXZ", 2)
        if not full:
            return f"{st} {num}"
        return r.choice([f"{st} {num}, {post} {city}", f"{st} {num}\n{post} {city}", f"{st} {num} {post} {city}",
                         f"{st} {num}, {city}", f"{post} {city}, {st} {num}"])
    if lang == "nl-be":
        num += r.choice(["", "", "", " bus 2", "/3", "A", " bus 101"])
        if not full:
            return f"{st} {num}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num}\n{pc} {city}", f"{st} {num} te {pc} {city}",
                         f"{st} {num}, {pc} {city.upper()}"])
    if lang == "fr-be":
        num += r.choice(["", "", "", " bte 5", "/2", "B", " boîte 12"])
        if not full:
            return f"{st} {num}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st}, {num}\n{pc} {city}", f"{st} {num} à {pc} {city}",
                         f"{st} {num} - {pc} {city}"])
    if lang == "en-gb":
        pcf = f"{pc} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        flat = r.choice(["", "", "", f"Flat {r.randint(1, 12)}, ", f"{r.choice(['Rose', 'Ivy', 'Holly'])} Cottage, "])
        if not full:
            return f"{flat}{num} {st}"
        return r.choice([f"{flat}{num} {st}, {city} {pcf}", f"{flat}{num} {st}\n{city}\n{pcf}",
                         f"{flat}{num} {st}, {city}, {pcf}"])
    z = pc + digits(r, 2)
    apt = r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABC')}", f" #{r.randint(100, 999)}"])
    num = str(r.randint(100, 9899))
    st_, zz = pc.split(" ")[0], pc.split(" ")[1] + digits(r, 2)
    if not full:
        return f"{num} {st}{apt}"
    return r.choice([f"{num} {st}{apt}, {city}, {st_} {zz}", f"{num} {st}{apt}\n{city}, {st_} {zz}",
                     f"{num} {st}{apt} {city} {st_} {zz}"])


def dob(r, lang):
    y, m, d = r.randint(1944, 2002), r.randint(1, 12), r.randint(1, 28)
    ml = _ml(lang)
    mon = MONTHS[ml][m - 1]
    if ml == "en":
        if lang == "en-us":
            return r.choice([f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mon} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}.{m}.{y}", f"{d:02d}{m:02d}{y}" if r.random() < 0.2 else f"{d}-{m}-{y}"])


def customer_number(r, lang):
    k = r.randrange(6)
    if lang == "nl":
        return [digits(r, 10, True), "K" + digits(r, 7), digits(r, 8, True), "CN-" + digits(r, 6), digits(r, 9, True), "2000" + digits(r, 6)][k]
    if lang == "nl-be":
        return [digits(r, 9, True), "KL" + digits(r, 8), digits(r, 3, True) + "." + digits(r, 3) + "." + digits(r, 3), "0" + digits(r, 9), digits(r, 12, True), "C" + digits(r, 7)][k]
    if lang == "fr-be":
        return [digits(r, 9, True), "CLI-" + digits(r, 7), digits(r, 3, True) + " " + digits(r, 3) + " " + digits(r, 3), digits(r, 12, True), "P" + digits(r, 8), digits(r, 10, True)][k]
    if lang == "en-gb":
        return ["A-" + rs(r, "0123456789ABCDEF", 8), digits(r, 10, True), "8" + digits(r, 11), "CUST" + digits(r, 6), rs(r, UP, 2) + digits(r, 7), digits(r, 8, True)][k]
    return [digits(r, 10, True), "ACCT-" + digits(r, 7), digits(r, 4, True) + "-" + digits(r, 4) + "-" + digits(r, 2), "SR" + digits(r, 8), digits(r, 12, True), "M" + digits(r, 9)][k]


def ean(r, lang):
    if lang == "nl":
        v = "871" + r.choice(["687", "694", "690", "685"]) + digits(r, 12)
    elif lang in ("nl-be", "fr-be"):
        v = "5414" + r.choice(["48", "49", "50", "88"]) + digits(r, 12)
    elif lang == "en-gb":
        v = r.choice(["10", "12", "14", "16", "19", "20", "23"]) + digits(r, 11)
        return r.choice([v, f"{v[:2]} {v[2:6]} {v[6:10]} {v[10:]}", v])
    else:
        return digits(r, 10, True)
    k = r.randrange(4)
    if k == 0:
        return " ".join(v[i:i + 6] for i in range(0, 18, 6))
    if k == 1:
        return v[:3] + " " + v[3:9] + " " + v[9:]
    return v


# ---------------------------------------------------------------- negatives
def n_date(r, lang):
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.choice([2024, 2025, 2025, 2026])
    ml = _ml(lang)
    mon = MONTHS[ml][m - 1]
    if lang == "en-us":
        return r.choice([f"{m}/{d}/{y}", f"{mon} {d}", f"{mon} {d}, {y}", f"{m}/{d}"])
    if ml == "en":
        return r.choice([f"{d}/{m:02d}/{y}", f"{d} {mon}", f"{d} {mon} {y}", f"{d}/{m}"])
    return r.choice([f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon}", f"{d} {mon} {y}", f"{d}/{m}"])


def n_time(r, lang):
    h, mi = r.randint(7, 21), r.choice([0, 5, 15, 30, 45, 10, 20])
    if lang.startswith("en"):
        return r.choice([f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"])
    if lang == "fr-be":
        return r.choice([f"{h:02d}:{mi:02d}", f"{h}h{mi:02d}", f"{h}h"])
    return r.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d}"])


def n_amount(r, lang):
    v = r.choice([r.randint(40, 900), r.randint(1000, 14000)])
    c = r.choice(["00", "50", "95", "00", str(r.randint(10, 99))])
    if lang.startswith("en"):
        cur = "£" if lang == "en-gb" else "$"
        vs = f"{v:,}"
        return r.choice([f"{cur}{vs}", f"{cur}{vs}.{c}", f"{cur} {vs}"])
    vs = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {vs},{c}", f"€{vs}", f"{vs},{c} euro", f"€ {vs},-", f"{vs} EUR"])


def n_qty(r, lang):
    dec = "," if not lang.startswith("en") else "."
    return r.choice([f"{r.randint(6, 24)} panelen" if lang.startswith("nl") else f"{r.randint(6, 24)} panneaux" if lang == "fr-be" else f"{r.randint(6, 24)} panels",
                     f"{r.randint(3, 12)}{dec}{r.randint(1, 9)} kWp", f"{r.randint(5, 20)} kWh", f"{r.choice([7, 11, 22])} kW",
                     f"{r.choice([16, 25, 32])}A", f"{r.choice([300, 400, 430, 450])} Wp", f"{r.choice([150, 200, 300])} liter" if lang.startswith("nl") else f"{r.choice([150, 200, 300])} L"])


def n_pct(r, lang):
    return r.choice([f"{r.choice([6, 9, 21, 20, 5, 0])}%", f"{r.randint(10, 99)} %", f"{r.randint(10, 99)}%"])


def n_year(r, lang):
    return str(r.randint(2012, 2026))


def n_order(r, lang):
    return r.choice(["SO-" + digits(r, 6), "#" + digits(r, 6, True), "ORD-2025-" + digits(r, 5), "WEB" + digits(r, 7), "B" + digits(r, 8)])


def n_ticket(r, lang):
    return r.choice(["#" + digits(r, 7, True), "CAS-" + digits(r, 6) + "-" + rs(r, UP + DIG, 6), "2025-" + digits(r, 6),
                     "TCK" + digits(r, 6), "SR-" + digits(r, 5), "INC" + digits(r, 7), "0" + digits(r, 7)])


def n_invoice(r, lang):
    return r.choice(["F2025-" + digits(r, 4), "INV-" + digits(r, 5), "2025/" + digits(r, 4), "FV" + digits(r, 8),
                     "VF-24-" + digits(r, 4), "QT-" + digits(r, 4)])


def n_tracking(r, lang):
    return r.choice(["3SZPL" + digits(r, 9), "JJD00" + digits(r, 16), "1Z" + rs(r, UP + DIG, 6) + digits(r, 10),
                     "CD" + digits(r, 9) + "BE", "TT" + digits(r, 9) + "GB"])


def n_reqid(r, lang):
    h = "0123456789abcdef"
    return r.choice([f"{rs(r, h, 8)}-{rs(r, h, 4)}-4{rs(r, h, 3)}-{rs(r, h, 4)}-{rs(r, h, 12)}", "req_" + rs(r, LO + DIG, 14)])


def n_error(r, lang):
    return r.choice(["F28", "E-305", "3x9A", "0x80070005", "A5-00", "E013", "ERR_CONNECTION_REFUSED", "U4-001",
                     "Error 12", "AH-04", "17A", "W-101", "E101", "P-Err"])


def n_version(r, lang):
    return r.choice([f"v{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(1, 4)}.{r.randint(10, 30)}.{r.randint(0, 999)}",
                     f"0004.00{r.randint(10, 30)}.00{r.randint(10, 99)}", f"V{r.randint(100, 400)}R001C00SPC{r.randint(100, 199)}"])


def n_product(r, lang):
    return r.choice(["SKU " + digits(r, 7), "art.nr. " + digits(r, 3) + "-" + digits(r, 3), "P/N " + digits(r, 4) + "-" + digits(r, 2),
                     "EAN-code " + digits(r, 13), "ref. " + rs(r, UP, 3) + digits(r, 4)])


def n_flight(r, lang):
    return r.choice(["KL" + str(r.randint(1000, 1999)), "FR " + str(r.randint(1000, 9999)), "HV" + str(r.randint(5000, 6999)),
                     "SN" + str(r.randint(2000, 3999)), "BA" + str(r.randint(100, 999)), "U2 " + str(r.randint(1000, 8999))])


def n_cphone(r, lang):
    if lang == "nl":
        return r.choice(["0900-" + digits(r, 4, True), "088 " + digits(r, 3) + " " + digits(r, 4), "0800-" + digits(r, 4),
                         "088-" + digits(r, 7), "+31 88 " + digits(r, 3) + " " + digits(r, 4)])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["078 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2), "0800 " + digits(r, 2) + " " + digits(r, 3),
                         "078/" + digits(r, 2) + "." + digits(r, 2) + "." + digits(r, 2), "070 " + digits(r, 3) + " " + digits(r, 3)])
    if lang == "en-gb":
        return r.choice(["0800 " + digits(r, 3) + " " + digits(r, 4), "0345 " + digits(r, 3) + " " + digits(r, 4),
                         "0330 " + digits(r, 3) + " " + digits(r, 4), "0808 " + digits(r, 3) + " " + digits(r, 4)])
    return r.choice(["1-800-" + digits(r, 3, True) + "-" + digits(r, 4), "(888) " + digits(r, 3, True) + "-" + digits(r, 4), "1-877-" + digits(r, 3, True) + "-" + digits(r, 4)])


def n_creg(r, lang):
    if lang == "nl":
        return r.choice(["KvK " + digits(r, 8, True), "KvK-nummer: " + digits(r, 8, True), "BTW NL" + digits(r, 9) + "B01", "NL" + digits(r, 9) + "B0" + str(r.randint(1, 9))])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["BE 0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3), "BE0" + digits(r, 9), "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3),
                         "TVA BE 0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3)])
    if lang == "en-gb":
        return r.choice(["Company No. " + digits(r, 8), "VAT GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2), "registered in England and Wales no. " + digits(r, 8)])
    return r.choice(["EIN " + digits(r, 2) + "-" + digits(r, 7), "CSLB Lic. #" + digits(r, 6)])


def n_masked(r, lang):
    return r.choice(["****" + digits(r, 4), "**** **** **** " + digits(r, 4), "NL** **** **** **" + digits(r, 2) + " " + digits(r, 2),
                     "BE** **** **** " + digits(r, 4), "06-****" + digits(r, 4), "xxxx-xxxx-xxxx-" + digits(r, 4),
                     rs(r, LO, 1) + "***@" + r.choice(["gmail.com", "telenet.be", "hotmail.com"]), "•••• " + digits(r, 4),
                     "*******" + digits(r, 3), "XXXXXX" + digits(r, 4)])


def n_meter(r, lang):
    v = r.randint(1000, 48000)
    return r.choice([str(v).zfill(6), f"{v:,}".replace(",", ".") + " kWh" if not lang.startswith("en") else f"{v:,} kWh",
                     f"{v} kWh", f"{str(v).zfill(6)},{r.randint(0, 9)}" if not lang.startswith("en") else f"{str(v).zfill(5)}.{r.randint(0, 9)}"])


def n_port(r, lang):
    return r.choice(["502", "8080", "1883", "443", "8123", "80", "6607", "5000"])


def n_checksum(r, lang):
    return rs(r, "0123456789abcdef", r.choice([64, 32, 64]))
