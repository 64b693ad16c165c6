"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Ingrid", "Mehmet", "Fleur", "Bas", "Annemiek", "Youssef", "Marloes", "Kees", "Priya", "Dirk",
           "Femke", "Ruud", "Noor", "Henk", "Esra", "Wim", "Lotte", "Gerrit", "Chantal", "Thijs", "Joke", "Sven"],
    "nl-be": ["Lieve", "Jens", "Griet", "Wout", "An", "Pieter-Jan", "Hilde", "Stijn", "Nele", "Koen", "Ilse", "Bram",
              "Mieke", "Dries", "Sofie", "Jef", "Katrien", "Wannes", "Els", "Tuur"],
    "fr-be": ["Sophie", "Jean-Marc", "Nathalie", "Olivier", "Isabelle", "Mathieu", "Véronique", "Karim", "Aurélie", "Luc",
              "Chloé", "Benoît", "Fatima", "Pascal", "Céline", "Didier", "Manon", "Thierry", "Anne-Sophie", "Yannick"],
    "en-gb": ["Claire", "Gareth", "Siobhan", "Rajesh", "Emma", "Callum", "Fiona", "Darren", "Harriet", "Nigel", "Aisha",
              "Tom", "Bethan", "Alistair", "Kerry", "Iain", "Lucy", "Graham", "Zara", "Owen"],
    "en-us": ["Jennifer", "Marcus", "Tanya", "Brian", "Keisha", "Doug", "Megan", "Carlos", "Heather", "Tyler", "Linda",
              "Jamal", "Kristen", "Ray", "Dolores", "Kevin", "Ashley", "Hector", "Shannon", "Wes"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Yilmaz", "Bos", "Vos",
           "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "El Amrani", "Kok", "Verhoeven", "Postma"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Van Damme", "Vermeulen", "Declercq", "Verstraete", "Hermans", "Lambrechts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lejeune", "Renard", "Leclercq", "Lemaire",
              "Dumont", "Francois", "Mathieu", "Collignon", "Hubert", "Gilson"],
    "en-gb": ["Hughes", "Patel", "Thompson", "O'Brien", "Wilkinson", "Evans", "Campbell", "Khan", "Robertson", "Walsh",
              "Harrison", "Jones", "Fletcher", "McDonald", "Price", "Barker"],
    "en-us": ["Johnson", "Martinez", "Williams", "Nguyen", "Miller", "Davis", "Rodriguez", "Anderson", "Thompson", "Garcia",
              "Kowalski", "Brooks", "Sullivan", "Washington", "Fischer", "Ramirez"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Van der Heijdenstraat", "Laan van Meerdervoort",
           "Oranjestraat", "Beukenlaan", "Prinsengracht", "Schoolstraat", "Zonnebloemstraat", "Graaf Florislaan",
           "Burgemeester de Withstraat", "Vondellaan", "Hoofdweg", "Amstelveenseweg", "Nieuwe Binnenweg", "Eikenlaan",
           "Spoorlaan", "Kastanjehof"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Kapelsesteenweg", "Nieuwstraat", "Molenstraat",
              "Lindenlaan", "Grote Markt", "Brusselsesteenweg", "Koningin Astridlaan", "Veldstraat", "Groenstraat",
              "Antwerpsesteenweg", "Sint-Pietersnieuwstraat", "Meensesteenweg", "Kortrijksesteenweg"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue des Wallons", "Rue du Moulin",
              "Boulevard d'Avroy", "Rue Haute", "Avenue des Tilleuls", "Rue de Namur", "Place Saint-Lambert",
              "Rue Saint-Gilles", "Chaussée de Charleroi", "Rue de Fer", "Avenue de la Couronne", "Rue Grétry", "Rue du Pont"],
    "en-gb": ["Orchard Close", "Victoria Road", "Station Road", "Kings Road", "Mill Lane", "Church Street", "The Crescent",
              "Park Avenue", "Manor Way", "High Street", "Beech Grove", "Queen's Drive", "Elm Terrace", "Albert Street",
              "Chapel Lane", "Westfield Rise"],
    "en-us": ["Maple Ave", "Oak Street", "W Belmont Ave", "Elm St", "Sunset Blvd", "Lakeview Dr", "N Main Street",
              "Pine Ridge Rd", "Cedar Lane", "Washington Ave", "Highland Ave", "Willow Creek Ct", "E 14th St", "Park Place",
              "Magnolia Way", "Route 9"],
}
CITY = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Tilburg", "Groningen", "Leiden", "Apeldoorn", "Den Bosch",
           "Delft", "Eindhoven", "Nijmegen", "Alkmaar", "Breda", "Enschede", "Almere", "Leeuwarden", "Gouda"],
    "nl-be": ["Gent", "Antwerpen", "Mechelen", "Leuven", "Brugge", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas",
              "Genk", "Roeselare", "Turnhout", "Lier", "Oostende"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Ixelles", "Uccle", "Wavre", "Tournai", "Verviers", "Schaerbeek",
              "Louvain-la-Neuve", "Arlon", "Seraing", "Nivelles"],
    "en-gb": ["Leeds", "Bristol", "Manchester", "Cardiff", "Sheffield", "Norwich", "Glasgow", "Reading", "York",
              "Nottingham", "Brighton", "Leicester", "Swansea", "Exeter"],
    "en-us": ["Springfield", "Portland", "Chicago", "Houston", "Columbus", "Boston", "Miami", "Austin", "Denver",
              "Brooklyn", "Tampa", "Madison", "Raleigh", "Phoenix"],
}
# brands by category per language
BRAND = {
    "nl": {
        "ins": ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "ONVZ", "Zorg en Zekerheid", "a.s.r. Zorg"],
        "pharm": ["Apotheek De Linde", "BENU Apotheek Centrum", "Service Apotheek Zuid", "Mediq Apotheek", "Apotheek Het Kruis",
                  "Thuisapotheek", "Boots Apotheek Oost", "Apotheek Haagse Beemden"],
        "gp": ["Huisartsenpraktijk De Wilg", "Gezondheidscentrum Oost", "Huisartsen Maliebaan", "Praktijk Van Leeuwen",
               "Huisartsengroep Kanaleneiland", "Dokterspraktijk Het Anker"],
        "hosp": ["UMC Utrecht", "Isala", "Rijnstate", "Erasmus MC", "Amphia", "Spaarne Gasthuis", "Meander MC", "OLVG"],
        "pens": ["ABP", "PFZW", "PMT", "Nationale-Nederlanden", "Aegon", "BpfBOUW", "PME", "a.s.r. Pensioenen"],
        "carins": ["Centraal Beheer", "Interpolis", "FBTO", "Univé", "Allianz Direct", "ANWB Verzekeren", "OHRA", "InShared"],
    },
    "nl-be": {
        "ins": ["CM", "Helan", "Partena", "Solidaris", "Liberale Mutualiteit", "DKV", "Vlaams & Neutraal Ziekenfonds", "OZ"],
        "pharm": ["Apotheek Sint-Jan", "Multipharma", "Apotheek De Kroon", "Familia Apotheek", "Apotheek Lindenplein", "Medi-Market"],
        "gp": ["Huisartsenpraktijk Ter Linde", "Wijkgezondheidscentrum De Vaart", "Groepspraktijk Zuid", "Dokter Vermeulen"],
        "hosp": ["UZ Leuven", "AZ Groeninge", "UZ Gent", "AZ Sint-Jan", "ZNA Middelheim", "Jessa Ziekenhuis"],
        "pens": ["Federale Pensioendienst", "AG Insurance", "Vivium", "KBC Pensioensparen", "Ethias Pensioen", "Baloise"],
        "carins": ["AG Insurance", "Ethias", "KBC Verzekeringen", "Baloise", "P&V", "Belfius Verzekeringen", "Corona Direct"],
    },
    "fr-be": {
        "ins": ["Mutualité Chrétienne", "Solidaris", "Partenamut", "Mutualité Libérale", "DKV", "MC", "Helan"],
        "pharm": ["Pharmacie du Centre", "Multipharma", "Pharmacie Saint-Michel", "Pharmacie de la Gare", "Pharma Santé", "Medi-Market"],
        "gp": ["Cabinet médical des Tilleuls", "Maison médicale du Laveu", "Dr Lejeune", "Centre médical Saint-Gilles"],
        "hosp": ["CHU de Liège", "Cliniques universitaires Saint-Luc", "CHR Citadelle", "Grand Hôpital de Charleroi", "Hôpital Erasme", "CHU UCL Namur"],
        "pens": ["Service fédéral des Pensions", "AG Insurance", "Ethias", "NN Belgique", "Allianz Benelux", "Vivium"],
        "carins": ["Ethias", "AG Insurance", "AXA Belgium", "P&V", "Belfius Assurances", "Corona Direct", "Baloise"],
    },
    "en-gb": {
        "ins": ["Bupa", "AXA Health", "Vitality", "Aviva Health", "WPA", "Simplyhealth", "Cigna UK", "Benenden Health"],
        "pharm": ["Boots", "Lloyds Pharmacy", "Well Pharmacy", "Superdrug Pharmacy", "Pharmacy2U", "Rowlands Pharmacy", "Asda Pharmacy"],
        "gp": ["Beechwood Surgery", "Riverside Medical Practice", "The Limes Health Centre", "Parkside Surgery", "Abbey Road Medical Centre", "Castle Street Surgery"],
        "hosp": ["St James's University Hospital", "Southmead Hospital", "Royal Infirmary", "Northern General", "Queen Elizabeth Hospital", "Addenbrooke's"],
        "pens": ["Aviva Pensions", "Legal & General", "Scottish Widows", "NEST", "Royal London", "Standard Life", "the Teachers' Pension Scheme", "USS"],
        "carins": ["Direct Line", "Admiral", "Aviva", "LV=", "Churchill", "Hastings Direct", "AA Insurance", "Saga"],
    },
    "en-us": {
        "ins": ["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Humana", "Kaiser Permanente", "Anthem", "Oscar"],
        "pharm": ["CVS Pharmacy", "Walgreens", "Rite Aid", "Express Scripts", "Costco Pharmacy", "Walmart Pharmacy", "Optum Rx"],
        "gp": ["Lakeside Family Medicine", "Northside Primary Care", "Dr. Patel's office", "Maple Grove Internal Medicine", "One Medical", "Riverbend Clinic"],
        "hosp": ["Mercy Hospital", "St. Luke's", "Northwestern Memorial", "Mass General", "Providence Medical Center", "Baylor Scott & White"],
        "pens": ["Fidelity", "Vanguard", "TIAA", "Principal", "Empower", "Prudential Annuities", "CalPERS", "MetLife Annuities"],
        "carins": ["State Farm", "Geico", "Progressive", "Allstate", "Liberty Mutual", "USAA", "Nationwide", "Farmers"],
    },
}
DRUG = {
    "nl": ["omeprazol", "metformine", "simvastatine", "levothyroxine", "salbutamol", "pantoprazol", "amlodipine", "metoprolol",
           "oxazepam", "insuline", "sertraline", "paracetamol/codeïne", "Ventolin", "Seretide", "Eliquis", "Movicolon"],
    "en": ["omeprazole", "metformin", "atorvastatin", "levothyroxine", "salbutamol", "sertraline", "amlodipine", "lisinopril",
           "Ventolin", "Eliquis", "insulin glargine", "propranolol", "Lipitor", "gabapentin", "Adderall", "Ozempic"],
    "fr": ["oméprazole", "metformine", "Dafalgan", "Pantomed", "Lipitor", "levothyrox", "amlodipine", "Xanax",
           "Ventolin", "sertraline", "Eliquis", "Motilium", "Coversyl", "Seretide"],
}
AGENTS = {
    "nl": ["Sanne", "Mark", "Joyce", "Rik", "Ilse", "Tamara", "Niels", "Merel", "Bart", "Anouk", "Dennis", "Eline"],
    "nl-be": ["Lien", "Jonas", "Evi", "Tom", "Sarah", "Kobe", "Ine", "Arne", "Leen", "Ruben"],
    "fr-be": ["Julie", "Maxime", "Laura", "Nicolas", "Camille", "Antoine", "Marie", "Quentin", "Sarah", "Hugo"],
    "en-gb": ["Becky", "James", "Hannah", "Liam", "Sophie", "Connor", "Natalie", "Ryan", "Amy", "Josh"],
    "en-us": ["Ashley", "Mike", "Brianna", "Josh", "Taylor", "Chris", "Samantha", "Derek", "Nicole", "Andre"],
}
MENTIONS = {
    "nl": ["@ZilverenKruis", "@CZzorgverzekeraar", "@VGZ", "@Menzis", "@CentraalBeheer", "@Interpolis", "@ABPpensioenen",
           "@PFZW", "@NN_Nederland", "@BENU_Apotheek", "@DSWzorg", "@Univé", "@FBTO", "@Thuisarts", "@ANWB"],
    "nl-be": ["@CM_be", "@helan_be", "@AGInsurance", "@Ethias", "@KBCVerzekeren", "@Multipharma", "@UZLeuven", "@Partena",
              "@BaloiseBE", "@SolidarisVl"],
    "fr-be": ["@MutChretienne", "@Solidaris", "@Partenamut", "@EthiasBE", "@AXABelgium", "@AGInsurance_FR", "@CHUdeLiege",
              "@Multipharma", "@SFPD_be", "@BelfiusAss"],
    "en-gb": ["@Boots_UK", "@NHSuk", "@Bupa", "@AvivaUK", "@DirectLine_UK", "@AdmiralUK", "@LloydsPharmacy", "@LandG_UK",
              "@ScottishWidows", "@Pharmacy2U", "@NHSApp", "@WellPharmacy"],
    "en-us": ["@CVSPharmacy", "@Walgreens", "@Aetna", "@Cigna", "@UHC", "@StateFarm", "@GEICO", "@Progressive",
              "@Fidelity", "@Allstate", "@Humana", "@MyChart"],
}
HASHTAGS = {
    "nl": ["#zorgverzekering", "#apotheek", "#klantenservice", "#pensioen", "#schademelding", "#inbraak", "#huisarts",
           "#DigiD", "#wachttijd", "#herhaalrecept", "#slechteservice", "#eigenrisico"],
    "nl-be": ["#ziekenfonds", "#apotheek", "#klantendienst", "#pensioen", "#schadegeval", "#inbraak", "#itsme", "#huisarts",
              "#wachttijd", "#eHealth"],
    "fr-be": ["#mutuelle", "#pharmacie", "#serviceclient", "#pension", "#sinistre", "#cambriolage", "#itsme", "#remboursement",
              "#attente", "#assurance"],
    "en-gb": ["#NHS", "#pharmacy", "#customerservice", "#pension", "#insuranceclaim", "#burglary", "#NHSApp", "#repeatprescription",
              "#fail", "#carinsurance"],
    "en-us": ["#healthinsurance", "#pharmacy", "#customerservice", "#retirement", "#insuranceclaim", "#caraccident", "#MyChart",
              "#priorauth", "#fail", "#annuity"],
}
URLS = {
    "nl": ["https://www.zilverenkruis.nl/inloggen", "https://mijn.cz.nl", "www.vgz.nl/declareren", "https://www.mijnpensioenoverzicht.nl",
           "https://mijn.abp.nl/login", "www.centraalbeheer.nl/schade-melden", "https://www.thuisarts.nl", "https://mijngezondheid.net",
           "https://www.uwzorgonline.nl", "https://app.mijnapotheek.nl/reset", "www.interpolis.nl/schade", "https://www.digid.nl"],
    "nl-be": ["https://www.cm.be/mijncm", "https://www.helan.be/nl/login", "www.mijnpensioen.be", "https://www.myhealth.belgie.be",
              "https://www.aginsurance.be/schade", "www.ethias.be/aangifte", "https://www.mijngezondheid.belgie.be", "https://nexuzhealth.com/portal"],
    "fr-be": ["https://www.mc.be/mamc", "https://www.solidaris.be/connexion", "www.mypension.be", "https://www.masante.belgique.be",
              "https://www.ethias.be/declaration", "www.axa.be/sinistre", "https://www.partenamut.be/fr/login", "https://www.chuliege.be/rdv"],
    "en-gb": ["https://www.nhs.uk/nhs-app", "https://patient.info", "www.boots.com/online/prescriptions", "https://www.bupa.co.uk/my-bupa",
              "https://www.directline.com/claims", "https://www.gov.uk/check-state-pension", "www.pharmacy2u.co.uk/login",
              "https://www.patientaccess.com", "https://www.aviva.co.uk/myaviva", "https://www.admiral.com/claims"],
    "en-us": ["https://www.mychart.org/login", "https://www.cvs.com/rx", "www.aetna.com/member", "https://www.walgreens.com/pharmacy",
              "https://www.statefarm.com/claims", "https://www.fidelity.com/login", "https://www.uhc.com/member-sign-in",
              "https://www.geico.com/claims", "https://www.healthcare.gov", "www.progressive.com/claims"],
}
MODELS = ["iPhone 13", "Galaxy A54", "SM-A546B", "Pixel 7a", "FreeStyle Libre 2", "Accu-Chek Guide", "Omron M3 HEM-7154-E",
          "Dexcom G7", "Phonak Audéo P90", "ResMed AirSense 10", "Fritz!Box 7590", "Ring Video Doorbell 4", "Philips DreamStation 2",
          "MiniMed 780G", "OnePlus Nord 3", "Garmin Venu 2", "iPad Air (5th gen)", "Xiaomi Redmi Note 12", "Nest Cam IQ", "Yale Linus L2"]


def deal(seq, half):
    return list(seq[half::2])


def pools_for(lang, half):
    fam = "en" if lang.startswith("en") else ("fr" if lang == "fr-be" else "nl")
    p = {
        "first_raw": deal(FIRST[lang], half),
        "last_raw": deal(LAST[lang], half),
        "street": deal(STREET[lang], half),
        "city": deal(CITY[lang], half),
        "drug": deal(DRUG[fam], half),
        "agent": deal(AGENTS[lang], half),
        "mention": deal(MENTIONS[lang], half),
        "hashtag": deal(HASHTAGS[lang], half),
        "url": deal(URLS[lang], half),
        "model": deal(MODELS, half),
    }
    for cat, lst in BRAND[lang].items():
        p[cat] = deal(lst, half)
    return p
