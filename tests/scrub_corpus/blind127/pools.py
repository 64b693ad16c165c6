"""Filler pools. Every list is dealt alternately: even index -> dev (half 0), odd -> heldout (half 1)."""

NAMES = {
    "nl": [("Jeroen", "de Vries"), ("Sanne", "Bakker"), ("Mark", "Jansen"), ("Femke", "Visser"), ("Ruud", "Smit"), ("Lotte", "Meijer"),
           ("Bas", "van Dijk"), ("Eline", "Mulder"), ("Thijs", "de Boer"), ("Anouk", "Bos"), ("Kees", "Vos"), ("Iris", "Peters"),
           ("Niels", "Hendriks"), ("Marloes", "van Leeuwen"), ("Daan", "Dekker"), ("Noor", "Brouwer"), ("Wouter", "de Wit"), ("Fleur", "Dijkstra"),
           ("Sem", "Kok"), ("Ilse", "Jacobs"), ("Hans", "Verhoeven"), ("Mirjam", "Koster"), ("Yusuf", "Demir"), ("Priya", "Ramdin")],
    "be": [("Pieter", "Peeters"), ("Ann", "Janssens"), ("Wim", "Maes"), ("Els", "Claes"), ("Koen", "Wouters"), ("Lien", "Goossens"),
           ("Bart", "Willems"), ("Sofie", "Mertens"), ("Jens", "Vermeulen"), ("Hanne", "De Smet"), ("Stijn", "Dubois"), ("Katrien", "Lambrechts"),
           ("Dries", "Van den Broeck"), ("Ine", "Verstraete"), ("Tom", "Cools"), ("Nele", "Desmet"), ("Arne", "Hermans"), ("Griet", "Van Damme")],
    "fr": [("Julien", "Lambert"), ("Sophie", "Dupont"), ("Nicolas", "Leclercq"), ("Camille", "Martin"), ("Thomas", "Simon"), ("Aurélie", "Laurent"),
           ("Maxime", "Lefebvre"), ("Céline", "Renard"), ("Olivier", "Gilles"), ("Manon", "Collard"), ("François", "Denis"), ("Chloé", "Lejeune"),
           ("Mehdi", "Benali"), ("Isabelle", "Piron"), ("Antoine", "Delvaux"), ("Laura", "Fontaine"), ("Quentin", "Hubert"), ("Élodie", "Mathieu")],
    "gb": [("James", "Walker"), ("Sophie", "Taylor"), ("Oliver", "Hughes"), ("Emily", "Clarke"), ("Harry", "Wright"), ("Charlotte", "Green"),
           ("Jack", "Thompson"), ("Amelia", "Robinson"), ("George", "Evans"), ("Isla", "Patel"), ("Callum", "Murray"), ("Niamh", "O'Brien"),
           ("Rhys", "Morgan"), ("Hannah", "Cooper"), ("Tom", "Bennett"), ("Priya", "Sharma"), ("Liam", "Fraser"), ("Grace", "Ward")],
    "us": [("Michael", "Johnson"), ("Jessica", "Miller"), ("Chris", "Davis"), ("Ashley", "Garcia"), ("Tyler", "Brown"), ("Megan", "Rodriguez"),
           ("Brandon", "Wilson"), ("Lauren", "Martinez"), ("Kevin", "Anderson"), ("Rachel", "Lee"), ("Jordan", "Thomas"), ("Kayla", "Moore"),
           ("Dave", "Jackson"), ("Samantha", "White"), ("Marcus", "Harris"), ("Nicole", "Kim"), ("Ryan", "Nguyen"), ("Brittany", "Clark")],
}

STREETS = {
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Stationsweg", "Beatrixlaan", "Schoolstraat",
                  "Lange Nieuwstraat", "Vondellaan", "Eikenlaan", "Havenstraat", "Rijksstraatweg", "Kastanjelaan", "Burgemeester Visserstraat",
                  "Oranjestraat", "Parallelweg", "Hoofdstraat", "Wilhelminastraat", "Ds. van Dijkweg"],
    "street_be": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Grote Markt", "Leopoldlaan", "Kapelsesteenweg", "Veldstraat", "Dorpsplein",
                  "Brusselsesteenweg", "Nieuwstraat", "Schoolstraat", "Koning Albertlaan", "Diestsevest", "Kortrijksesteenweg", "Sint-Jansstraat", "Bredabaan"],
    "street_fr": ["Rue de la Station", "Avenue Louise", "Rue des Écoles", "Chaussée de Waterloo", "Rue du Moulin", "Place Saint-Lambert",
                  "Rue Haute", "Boulevard d'Avroy", "Rue de Namur", "Avenue des Tilleuls", "Rue Royale", "Chaussée de Charleroi", "Rue Grande", "Rue Saint-Gilles"],
    "street_gb": ["Mill Lane", "Church Street", "Victoria Road", "Station Road", "Queens Avenue", "Park Crescent", "High Street", "Albert Terrace",
                  "Manor Close", "Kingsway", "Orchard Drive", "Beech Grove", "Westfield Way", "Windsor Gardens"],
    "street_us": ["Oak Street", "Maple Ave", "Elm Drive", "W 34th St", "Sunset Blvd", "Lakeview Rd", "Pine Ct", "N Main Street", "Cedar Lane",
                  "Washington Ave", "Highland Dr", "Magnolia Way", "E 5th Street", "Riverside Pkwy"],
}

CITIES = {
    "city_nl": ["Amsterdam", "Utrecht", "Zwolle", "Haarlem", "Eindhoven", "Groningen", "Leiden", "Amersfoort", "Delft", "Nijmegen", "Breda",
                "Alkmaar", "Apeldoorn", "Tilburg", "Den Haag", "Rotterdam"],
    "city_be": ["Antwerpen", "Gent", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas", "Genk", "Oostende", "Turnhout"],
    "city_fr": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Ixelles", "Louvain-la-Neuve", "Tournai", "Arlon", "Uccle", "Verviers"],
    "city_gb": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("London", "SW"), ("Sheffield", "S"), ("Glasgow", "G"), ("Cardiff", "CF"),
                ("Nottingham", "NG"), ("Brighton", "BN"), ("York", "YO"), ("Edinburgh", "EH"), ("Norwich", "NR")],
    "city_us": [("Austin", "TX", "78704"), ("Chicago", "IL", "60614"), ("Portland", "OR", "97214"), ("Denver", "CO", "80205"), ("Brooklyn", "NY", "11215"),
                ("Seattle", "WA", "98103"), ("Atlanta", "GA", "30307"), ("San Diego", "CA", "92104"), ("Raleigh", "NC", "27601"),
                ("Boston", "MA", "02130"), ("Phoenix", "AZ", "85004"), ("Columbus", "OH", "43215")],
}

# sector -> list of (brand name, handle, domain)
BRANDS = {
    "wedding": [("Trouwbureau Ja!", "TrouwbureauJa", "trouwbureauja.nl"), ("Kasteel de Hooge Hof", "HoogeHofEvents", "hoogehof.nl"),
                ("BrideBox", "BrideBoxEU", "bridebox.eu"), ("Hoeve Ter Linde", "TerLindeFeest", "terlinde.be"),
                ("Vows & Co", "VowsAndCoUK", "vowsandco.co.uk"), ("Château Bel-Air Events", "BelAirEvents", "chateaubelair.be"),
                ("Evergreen Barn", "EvergreenBarnWeddings", "evergreenbarn.com"), ("De Orangerie", "OrangerieFeest", "deorangerie.nl")],
    "tax": [("Belastingmaatje", "Belastingmaatje", "belastingmaatje.nl"), ("Fiscaal Kantoor Verbeek", "KantoorVerbeek", "verbeek-fiscaal.nl"),
            ("TaxEase", "TaxEaseHelp", "taxease.co.uk"), ("Boekhoudbaas", "Boekhoudbaas", "boekhoudbaas.be"),
            ("LedgerLane", "LedgerLaneCPA", "ledgerlane.com"), ("Fiduciaire Moreau", "FiduMoreau", "fiduciaire-moreau.be"),
            ("Aangifteplein", "Aangifteplein", "aangifteplein.nl"), ("ClearBooks Advisory", "ClearBooksAdv", "clearbooks-advisory.co.uk")],
    "parking": [("ParkRapp", "ParkRappNL", "parkrapp.nl"), ("Parkzo", "ParkzoBE", "parkzo.be"), ("CurbPay", "CurbPayUK", "curbpay.co.uk"),
                ("StadParkeren", "StadParkeren", "stadparkeren.nl"), ("MeterLess", "MeterLessApp", "meterless.com"),
                ("Stationnez-Moi", "StationnezMoi", "stationnezmoi.be"), ("P-Snel", "PSnelApp", "psnel.nl"), ("SpotHop", "SpotHopUS", "spothop.com")],
    "micromobility": [("Zoef Scooters", "ZoefScooters", "zoef.eu"), ("Trapper Bikes", "TrapperBikes", "trapperbikes.nl"),
                      ("Glide", "GlideRidesUK", "glide-rides.co.uk"), ("Velo&Go", "VeloEtGo", "veloetgo.be"),
                      ("Spinly", "SpinlyRides", "spinly.com"), ("Fietsje", "FietsjeApp", "fietsje.nl"),
                      ("Bolt-On Mobility", "BoltOnMob", "bolton-mobility.com"), ("Stepke", "StepkeBE", "stepke.be")],
    "cleaning": [("Poetsfee", "Poetsfee", "poetsfee.be"), ("Schoonmaakhelden", "Schoonmaakhelden", "schoonmaakhelden.nl"),
                 ("SparkleHome", "SparkleHomeUK", "sparklehome.co.uk"), ("Net & Propre", "NetEtPropre", "netetpropre.be"),
                 ("TidyNest", "TidyNestCo", "tidynest.com"), ("Helpling Plus", "HelpPlusNL", "helpplus.nl"),
                 ("Brightly Cleaners", "BrightlyClean", "brightlycleaners.com"), ("Dienstenchequebedrijf Proper", "ProperDC", "proper-dc.be")],
    "repair": [("Phonedokter", "Phonedokter", "phonedokter.nl"), ("FixFabriek", "FixFabriek", "fixfabriek.nl"), ("iRepair Gent", "iRepairGent", "irepairgent.be"),
               ("Screen Savers", "ScreenSaversUK", "screensavers.co.uk"), ("GeekFix", "GeekFixHelp", "geekfix.com"),
               ("Répar'Tout", "ReparTout", "repartout.be"), ("PC Hulp aan Huis", "PCHulpAanHuis", "pchulpaanhuis.nl"), ("uBreakUFix-It", "UBreakFixIt", "ubreakfixit.com")],
}

AGENTS = {
    "nl": ["Sanne", "Joost", "Mila", "Rick", "Esther", "Bram", "Laura", "Tim", "Romy", "Gijs"],
    "be": ["Evelien", "Jonas", "Lies", "Robbe", "Marie", "Jasper", "Charlotte", "Wout"],
    "fr": ["Amandine", "Kevin", "Pauline", "Sébastien", "Justine", "Romain", "Lucie", "Damien"],
    "gb": ["Becky", "Dan", "Chloe", "Sam", "Holly", "Ollie", "Jade", "Kieran"],
    "us": ["Ashley", "Josh", "Taylor", "Mike", "Kristen", "Alex", "Dana", "Eric"],
}

HASHTAGS = {
    "wedding": ["trouwen", "bruiloft2026", "weddingplanning", "mariage", "bridezilla", "trouwlocatie", "weddingfail", "ja-woord".replace("-", "")],
    "tax": ["belastingaangifte", "taxseason", "aangifte2025", "boekhouding", "selfassessment", "impots", "zzp", "HMRC"],
    "parking": ["parkeren", "parkingfail", "boete", "parkeerapp", "stationnement", "parkingticket", "gemeente", "ripoff"],
    "micromobility": ["deelscooter", "escooter", "deelfiets", "bikeshare", "trottinette", "micromobility", "fietsen", "commute"],
    "cleaning": ["schoonmaak", "dienstencheques", "cleaning", "menage", "poetsvrouw", "customerservice", "klantenservice", "nooitmeer"],
    "repair": ["schermreparatie", "iphonerepair", "reparatie", "geekfail", "smartphone", "laptop", "dataverlies", "slechteservice"],
}

MODELS = ["iPhone 13 (A2633)", "SM-G991B", "iPhone 15 Pro A3102", "Pixel 7a", "Galaxy A54 SM-A546B", "ThinkPad T14 Gen 3", "MacBook Air M2 A2681",
          "HP ProBook 450 G9", "Xiaomi Redmi Note 12", "iPad 9th gen A2602", "Dell XPS 13 9315", "Fairphone 4", "Ninebot Max G30", "VanMoof S3",
          "Fritz!Box 7590", "TP-Link Archer C6", "Dyson V11 SV28", "Surface Pro 9", "Oppo A78 CPH2565", "Garmin Edge 540"]


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def half_pools(half):
    p = {}
    for k, v in NAMES.items():
        p["name_" + k] = deal(v, half)
    for k, v in STREETS.items():
        p[k] = deal(v, half)
    for k, v in CITIES.items():
        p[k] = deal(v, half)
    for k, v in BRANDS.items():
        p["brand_" + k] = deal(v, half)
    for k, v in AGENTS.items():
        p["agent_" + k] = deal(v, half)
    p["hashtags_by_sector"] = {k: deal(v, half) for k, v in HASHTAGS.items()}
    p["hashtag"] = [h for v in p["hashtags_by_sector"].values() for h in v]
    p["model"] = deal(MODELS, half)
    p["handle"] = [b[1] for k in BRANDS for b in p["brand_" + k]]
    p["domain"] = [b[2] for k in BRANDS for b in p["brand_" + k]]
    return p
