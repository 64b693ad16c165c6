"""Filler pools and locale-dependent value generators. Every list here is dealt alternately
(even index -> dev, odd index -> heldout) by generate_blind.deal()."""
import string

DG = string.digits


def _d(rng, n):
    return "".join(rng.choice(DG) for _ in range(n))


FIRST = {
    "nl": ["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Joris", "Noor", "Thijs", "Iris", "Ruben", "Eva", "Mehmet",
           "Fatima", "Kevin", "Anouk", "Sem", "Yara", "Wouter", "Ilse", "Jeroen", "Priya", "Tom", "Marloes", "Gijs"],
    "nlbe": ["Jens", "Lien", "Pieter", "Elke", "Wout", "Hanne", "Stijn", "Femke", "Jonas", "Lore", "Bart",
             "Ine", "Senne", "Nele", "Kobe", "Sofie", "Yusuf", "Charlotte"],
    "fr": ["Julie", "Maxime", "Camille", "Nicolas", "Manon", "Thomas", "Aurélie", "Hugo", "Inès", "Antoine",
           "Chloé", "Mehdi", "Léa", "Quentin", "Sarah", "Damien", "Élodie", "Karim"],
    "en": ["James", "Olivia", "Harry", "Amelia", "Priya", "Liam", "Chloe", "Marcus", "Sophie", "Tyler",
           "Megan", "Connor", "Aisha", "Ryan", "Hannah", "Dylan", "Grace", "Jamal", "Emily", "Owen"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Mulder", "Bos", "Yilmaz",
           "van den Berg", "Hendriks", "Dekker", "El Amrani", "Brouwer", "de Graaf", "Kuipers", "Vermeulen"],
    "nlbe": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Van Damme",
             "Willems", "Mertens", "Vandenbroucke", "Desmet", "Aerts", "Lambrechts"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Lejeune", "Renard", "Simon", "Laurent",
           "Collignon", "Hermans", "Benali", "Delvaux", "Gilson"],
    "en": ["Smith", "Patel", "Walker", "O'Brien", "Johnson", "Hughes", "Khan", "Taylor", "Robinson", "Murphy",
           "Garcia", "Evans", "Williams", "Clarke", "Nguyen", "Brooks"],
}

ORGS = {
    "nl": ["Payflow Salarisdiensten", "FlexPoint Uitzendbureau", "Pensioenfonds Bouw & Techniek", "HRdesk Nexa",
           "Randwijk Uitzendgroep", "LoonLijn", "StaffConnect", "Pensioenfonds Zorgwerk", "Werkkracht Detachering",
           "Uitkeringsloket Regio Oost", "Salarisbureau De Kade", "TempoTeam Noord"],
    "nlbe": ["Sociaal Secretariaat Zenith", "Interim Plus", "Vlaams Loonkantoor", "Jobhuis Uitzendkantoor",
             "Pensioenkas Metaal Vlaanderen", "HR Desk Groep Schelde", "Flexjobs Gent", "Kinderbijslagfonds Kroost"],
    "fr": ["Secrétariat social Orion", "Intérim Wallonie", "Caisse de pension Horizon", "Service RH Groupe Meuse",
           "Agence Intérim Soleil", "Paie Express", "Caisse d'allocations Vita", "Jobcenter Charleroi"],
    "en": ["PayNest Payroll", "BrightTemps Recruitment", "Harbour Pension Trust", "PeopleDesk HR",
           "StaffLine Agency", "Northgate Payroll Services", "Summit Staffing", "Evergreen Benefits",
           "ClearPay HR", "Lakeside Pension Plan"],
}

MENTIONS = {
    "nl": ["@PayflowNL", "@FlexPoint_NL", "@PensioenfondsBT", "@HRdeskNexa", "@Randwijk_Werkt", "@LoonLijn",
           "@StaffConnectNL", "@PFZorgwerk"],
    "nlbe": ["@ZenithSocSec", "@InterimPlusBE", "@Jobhuis", "@FlexjobsGent", "@Kroost_be", "@VlaamsLoon"],
    "fr": ["@OrionSocial", "@InterimWallonie", "@CaisseHorizon", "@PaieExpress", "@AgenceSoleil", "@VitaAllocs"],
    "en": ["@PayNestHelp", "@BrightTemps", "@HarbourPension", "@PeopleDeskHR", "@StaffLineUK", "@SummitStaffing",
           "@ClearPayHR", "@EvergreenBen"],
}
HASHTAGS = {
    "nl": ["#salaris", "#loonstrook", "#uitzendbureau", "#pensioen", "#vakantiegeld", "#klantenservice",
           "#fail", "#HR", "#jaaropgave", "#flexwerk"],
    "nlbe": ["#loonfiche", "#interim", "#sociaalsecretariaat", "#vakantiegeld", "#klantendienst", "#jobstudent",
             "#pensioen", "#frustratie"],
    "fr": ["#fichedepaie", "#intérim", "#salaire", "#pension", "#RH", "#servicesclients", "#pécule", "#ras_le_bol"],
    "en": ["#payroll", "#payday", "#customerservice", "#pension", "#HRfail", "#temping", "#P60", "#W2",
           "#notpaid", "#jobsearch"],
}
URLS = {
    "nl": ["https://mijn.payflow.nl/login", "www.flexpoint.nl/urenregistratie", "https://pensioenbt.nl/mijnpensioen",
           "https://portal.hrdesk-nexa.nl/reset", "randwijk.nl/mijnrandwijk", "https://loonlijn.nl/help/loonstrook",
           "https://app.staffconnect.nl", "www.pfzorgwerk.nl/contact"],
    "nlbe": ["https://mijn.zenith-socsec.be", "www.interimplus.be/mijn-account", "https://jobhuis.be/login",
             "https://kroost.be/aanvraag", "www.flexjobsgent.be/uren", "https://vlaamsloon.be/faq"],
    "fr": ["https://mon.orion-social.be", "www.interim-wallonie.be/prestations", "https://caissehorizon.be/espace",
           "https://paie-express.be/connexion", "www.agencesoleil.be/fiches", "https://vita-allocs.be/mon-dossier"],
    "en": ["https://my.paynest.co.uk/login", "www.brighttemps.com/timesheets", "https://harbourpension.co.uk/member",
           "https://peopledesk.example.com/reset", "stafflineuk.co.uk/portal", "https://clearpayhr.com/help/w2",
           "https://app.summitstaffing.com", "www.evergreenbenefits.com/account"],
}
AGENTS = {
    "nl": ["Sanne", "Mark", "Esra", "Jeroen", "Lisa", "Koen", "Naima", "Pim"],
    "nlbe": ["Annelies", "Tim", "Sarah", "Dries", "Katrien", "Joachim"],
    "fr": ["Sophie", "Olivier", "Nadia", "Julien", "Caroline", "Benoît"],
    "en": ["Rachel", "Tom", "Asha", "Ben", "Leanne", "Chris", "Dana", "Mike"],
}
SSIDS = ["Ziggo-5G-88A1", "Proximus-Home-4F2C", "TELENET-7731", "VodafoneBox_22", "BTHub6-K9PQ", "NETGEAR47",
         "kpn-werkplek", "Orange-Livebox-12", "xfinitywifi-home", "FRITZ!Box 7530 XY", "TP-Link_5E81", "HomeOffice"]
PLATES = ["K-123-AB", "1-ABC-234", "GK-612-V", "AB12 CDE", "7XYZ123", "2-TRP-887", "S-901-KT", "LV71 KZP"]

STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Stationsweg", "Prinsengracht", "Beukenlaan",
           "Schoolstraat", "Vondelstraat", "Lindenlaan", "Burgemeester Visserstraat", "Merelhof", "Spoorsingel",
           "Oranjestraat"],
    "nlbe": ["Kerkstraat", "Meir", "Grote Markt", "Nieuwstraat", "Kortrijksesteenweg", "Stationsstraat",
             "Dorpsplein", "Bredabaan", "Lange Lozanastraat", "Tiensesteenweg"],
    "fr": ["Rue de la Loi", "Avenue Louise", "Rue des Wallons", "Chaussée de Liège", "Rue Haute", "Boulevard Tirou",
           "Rue du Moulin", "Place Saint-Lambert", "Rue de Namur", "Avenue des Combattants"],
    "gb": ["Baker Street", "Mill Lane", "Church Road", "Victoria Street", "Park Avenue", "Queens Road",
           "Station Road", "Elm Grove", "Kings Crescent", "Albert Terrace"],
    "us": ["Oak Ave", "Maple Street", "Main St", "Sunset Blvd", "Elm Drive", "Washington Ave", "Cedar Lane",
           "Lakeview Rd", "Pine Court", "3rd Street"],
}
CITIES = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Tilburg", "Haarlem", "Groningen", "Breda", "Leiden", "Almere",
           "Den Bosch", "Apeldoorn", "Rotterdam"],
    "nlbe": ["Antwerpen", "Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Genk", "Turnhout"],
    "fr": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Arlon", "Tournai", "Ixelles", "Verviers"],
    "gb": ["Leeds", "Bristol", "Manchester", "Cardiff", "Norwich", "Sheffield", "Glasgow", "Brighton", "Leicester",
           "York"],
    "us": [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA"), ("Raleigh", "NC"),
           ("Denver", "CO"), ("Madison", "WI"), ("Tampa", "FL"), ("Albany", "NY"), ("Phoenix", "AZ")],
}

CPHONE = {
    "nl": ["088 123 4500", "0800-0234", "0900-1234567", "+31 88 777 6000", "030 799 1200", "0800 022 33 44",
           "088-4455660", "020 567 8900"],
    "nlbe": ["02 345 67 89", "078 15 25 35", "+32 3 201 44 00", "09 265 80 00", "070 22 33 44", "0800 12 345"],
    "fr": ["02 512 34 56", "078 05 10 20", "+32 4 230 50 00", "071 20 30 40", "0800 99 100", "081 25 26 27"],
    "en": ["0345 600 1234", "0800 028 4455", "+44 20 7946 0000", "1-800-555-0199", "(888) 555-0142",
           "0330 123 4567", "+1 415 555 0100", "03457 000 111"],
}


def cities(pools, lang):
    return pools["CITIES"][{"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}[lang]]


def phone(rng, lang):
    if lang == "nl":
        m = "6" + _d(rng, 8)
        l = _d(rng, 7)
        return rng.choice([
            "06-" + m[1:], "06 " + m[1:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:], "0" + m, "+31 6 " + m[1:5] + " " + m[5:],
            "+316" + m[1:], "0031 6 " + m[1:], "(06) " + m[1:], "06-" + m[1:5] + " " + m[5:], "+31 (0)6 " + m[1:],
            "0" + rng.choice(["20", "30", "10", "50", "40"]) + "-" + l, "0" + rng.choice(["318", "575", "495"]) + " " + l[:6],
        ])
    if lang in ("nl-be", "fr-be"):
        m = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "483", "486", "495", "496", "498"]) + _d(rng, 6)
        return rng.choice([
            "0" + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:], "0" + m, "+32 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:],
            "0" + m[:3] + "/" + m[3:5] + "." + m[5:7] + "." + m[7:], "+32" + m, "0032 " + m, "0" + m[:3] + "/" + m[3:],
            "0" + rng.choice(["2", "3", "9"]) + " " + _d(rng, 3) + " " + _d(rng, 2) + " " + _d(rng, 2),
            "04" + _d(rng, 1) + " " + _d(rng, 2) + " " + _d(rng, 2) + " " + _d(rng, 2) if rng.random() < 0.3 else "0" + m,
        ])
    if lang == "en-gb":
        m = "7" + rng.choice(["700", "911", "824", "450", "983", "123"]) + _d(rng, 6)
        return rng.choice([
            "0" + m[:4] + " " + m[4:], "0" + m, "+44 " + m[:4] + " " + m[4:], "+44 (0)" + m[:4] + " " + m[4:],
            "0" + m[:4] + " " + m[4:7] + " " + m[7:], "020 " + _d(rng, 4) + " " + _d(rng, 4), "0161 " + _d(rng, 3) + " " + _d(rng, 4),
        ])
    a = rng.choice(["212", "415", "312", "617", "503", "720", "404", "737"])
    p, q = _d(rng, 3), _d(rng, 4)
    return rng.choice(["(%s) %s-%s" % (a, p, q), "%s-%s-%s" % (a, p, q), "+1 %s %s %s" % (a, p, q),
                       "%s.%s.%s" % (a, p, q), "1-%s-%s-%s" % (a, p, q), "+1 (%s) %s-%s" % (a, p, q), a + p + q])


def address(rng, lang, pools, multiline=False):
    key = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}[lang]
    st = rng.choice(pools["STREETS"][key])
    city = rng.choice(pools["CITIES"][key])
    sep = "\n" if multiline else rng.choice([", ", ", ", " ", ", "])
    if key == "nl":
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "A", "-2", " bis", "-III", "b"])
        pc = "%d%s%s" % (rng.randint(1011, 9999), rng.choice(["", " ", " "]), "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
        return rng.choice([st + " " + num + sep + pc + " " + city, st + " " + num + sep + pc + "  " + city.upper(),
                           st + " " + num + sep + city, st.lower() + " " + num + " " + pc, st + " " + num + sep + pc + " " + city])
    if key in ("nlbe", "fr"):
        num = str(rng.randint(1, 180))
        box = rng.choice(["", "", "", " bus 3", " bus 101", "/2", " boîte 4", " bte 12"])
        if key == "nlbe" and "bo" in box or key == "fr" and "bus" in box:
            box = ""
        pc = str(rng.randint(1000, 9990))
        return rng.choice([st + " " + num + box + sep + pc + " " + city, st + " " + num + box + sep + pc + " " + city,
                           st + " " + num + box + " - " + pc + " " + city.upper(), st + " " + num + box])
    if key == "gb":
        pc = "%s%d %d%s" % (rng.choice(["LS", "BS", "M", "CF", "NR", "S", "G", "BN", "LE", "YO"]), rng.randint(1, 20),
                             rng.randint(1, 9), "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        num = str(rng.randint(1, 200))
        flat = rng.choice(["", "", "Flat %d, " % rng.randint(1, 30), "%d%s " % (rng.randint(1, 9), "")])
        flat = flat if flat.startswith("Flat") or not flat else ""
        return rng.choice([flat + num + " " + st + sep + city + " " + pc, num + " " + st + sep + city + sep + pc,
                           flat + num + " " + st + sep + pc])
    c, s = city
    num = str(rng.randint(10, 9800))
    apt = rng.choice(["", "", ", Apt 3B", " Apt 12", " #204", ", Unit 7"])
    z = "%05d" % rng.randint(10001, 99950)
    return rng.choice([num + " " + st + apt + sep + c + ", " + s + " " + z, num + " " + st + apt + sep + c + " " + s + " " + z,
                       num + " " + st + apt + ", " + c + ", " + s])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def date(rng, lang, y0=2024, y1=2026):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    mn = MONTHS[f][m - 1]
    if f == "en":
        if lang == "en-us":
            opts = ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%s %d" % (mn[:3], d),
                    "%d-%02d-%02d" % (y, m, d)]
        else:
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s" % (d, mn[:3]), "%dth %s" % (d if d > 3 and d < 21 else 11, mn),
                    "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (d, m, y % 100)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s" % (d, mn),
                "%02d/%02d/%d" % (d, m, y), "%d/%d" % (d, m), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y)]
    return rng.choice(opts)


def dob(rng, lang):
    return date(rng, lang, 1955, 2006) if rng.random() < 0.85 else (
        "%02d%02d%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1955, 2006)) if fam(lang) != "en"
        else date(rng, lang, 1955, 2006))


def time_(rng, lang):
    h, m = rng.randint(6, 22), rng.choice([0, 5, 15, 30, 45, 10, 50, 23])
    f = fam(lang)
    if f == "en":
        return rng.choice(["%d:%02d" % (h, m), "%d:%02d%s" % ((h - 1) % 12 + 1, m, rng.choice(["am", "pm", " pm", " AM"])),
                           "%d%s" % ((h - 1) % 12 + 1, rng.choice(["pm", "am"]))])
    if f == "fr":
        return rng.choice(["%dh%02d" % (h, m), "%d:%02d" % (h, m), "%dh" % h, "%d h %02d" % (h, m)])
    return rng.choice(["%d:%02d" % (h, m), "%02d.%02d" % (h, m), "%du%02d" % (h, m) if lang == "nl-be" else "%d:%02d" % (h, m),
                       "%d uur" % h if rng.random() < 0.3 else "%02d:%02d" % (h, m)])


def amount(rng, lang):
    v = rng.choice([rng.randint(12, 480) + rng.randint(0, 99) / 100, rng.randint(900, 4800) + rng.randint(0, 99) / 100,
                    float(rng.randint(50, 2500))])
    i, c = int(v), int(round((v - int(v)) * 100))
    f = fam(lang)
    if f == "en":
        cur = "£" if lang == "en-gb" else "$"
        s = "{:,}".format(i) + (".%02d" % c if c or rng.random() < 0.5 else "")
        return rng.choice([cur + s, cur + " " + s, s + (" GBP" if cur == "£" else " USD"), cur + s])
    s = "{:,}".format(i).replace(",", ".") if rng.random() < 0.7 else str(i)
    s2 = s + ("," + "%02d" % c if c or rng.random() < 0.4 else ",-")
    return rng.choice(["€ " + s2, "€" + s2, s2 + " euro", "EUR " + s2, s2 + " €" if f == "fr" else "€ " + s2,
                       s2 + "€" if f == "fr" else "€" + s2])


def qty(rng, lang):
    n = rng.choice([8, 16, 24, 32, 36, 38, 40, 12, 4, 7.5, 3, 2, 21, 25])
    f = fam(lang)
    ns = str(n).replace(".", ",") if f != "en" else str(n)
    unit = {"nl": ["uur", "uren", "dagen", "diensten", "werkdagen", "vakantie-uren"],
            "fr": ["heures", "h", "jours", "prestations", "jours de congé"],
            "en": ["hours", "hrs", "days", "shifts", "hours overtime"]}[f]
    return ns + " " + rng.choice(unit)


def pct(rng, lang):
    v = rng.choice(["8", "80", "4,5", "37,48", "100", "60", "1,5", "92", "21", "9,2", "3"])
    if fam(lang) == "en":
        v = v.replace(",", ".")
    return v + rng.choice(["%", "%", " %"]) if fam(lang) != "en" else v + "%"


def year(rng):
    return str(rng.randint(2019, 2026))


def company_reg(rng, lang):
    if lang == "nl":
        return rng.choice([_d(rng, 8), "NL" + _d(rng, 9) + "B0" + str(rng.randint(1, 9))])
    if lang in ("nl-be", "fr-be"):
        n = rng.choice(["0", "1"]) + _d(rng, 9)
        return rng.choice(["%s.%s.%s" % (n[:4], n[4:7], n[7:]), "BE" + n, "BE " + n[:4] + "." + n[4:7] + "." + n[7:]])
    if lang == "en-gb":
        return rng.choice([_d(rng, 8), "GB" + _d(rng, 9), "SC" + _d(rng, 6)])
    return "%s-%s" % (_d(rng, 2), _d(rng, 7))


def meter(rng, lang):
    v = rng.randint(12000, 249000)
    return ("{:,}".format(v).replace(",", ".") if fam(lang) != "en" else "{:,}".format(v)) if rng.random() < 0.6 else str(v)


def port(rng):
    return str(rng.choice([3389, 8443, 443, 4433, 10443, 1194, 8080, 22]))
