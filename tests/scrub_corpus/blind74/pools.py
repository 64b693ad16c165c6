"""Filler pools for blind74. Every pool is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fatima", "Kees", "Anouk", "Mohamed", "Ineke", "Bram", "Lotte", "Dirk", "Yara", "Henk",
           "Priya", "Wim", "Esther", "Mehmet", "Noor", "Gerrit", "Marloes", "Ruud", "Iris", "Sjoerd", "Demi", "Joop"],
    "nl-be": ["Lien", "Pieter", "Annelies", "Koen", "Elke", "Jens", "Griet", "Wouter", "Nele", "Dries", "Hilde", "Brecht",
              "Sofie", "Tom", "Katrien", "Yusuf", "Marijke", "Seppe", "Ilse", "Lander"],
    "fr-be": ["Sophie", "Julien", "Nathalie", "Olivier", "Aurélie", "Mathieu", "Isabelle", "Karim", "Céline", "Benoît",
              "Valérie", "Thomas", "Nadia", "François", "Laetitia", "Grégory", "Amandine", "Didier"],
    "en-gb": ["Emma", "Oliver", "Siobhan", "Gareth", "Priya", "Callum", "Rachel", "Tom", "Aisha", "Niall", "Hannah", "Dev",
              "Kirsty", "Mark", "Bethan", "Stuart", "Chloe", "Imran"],
    "en-us": ["Jessica", "Tyler", "Maria", "DeShawn", "Ashley", "Kevin", "Brittany", "Luis", "Megan", "Chris", "Tanya",
              "Brandon", "Keisha", "Ryan", "Linda", "Marcus"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "el Amrani", "van den Berg", "Visser", "Smit", "Mulder", "Yilmaz", "de Boer",
           "Meijer", "Bos", "Hoekstra", "van Dijk", "Kramer", "Postma", "Verhoeven", "Brouwer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Goossens", "Vermeulen", "Van Damme",
              "Mertens", "Willems", "Desmet", "Hermans", "Van Acker"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Lejeune", "Simon", "Laurent", "Hubert",
              "Collignon", "Mathieu", "Jacquet", "Gilson"],
    "en-gb": ["Smith", "Jones", "Williams", "Taylor", "O'Neill", "Patel", "Evans", "Hughes", "Khan", "Murphy",
              "Robinson", "Walsh", "Campbell", "Shaw"],
    "en-us": ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Wilson", "Thompson", "Martinez", "Anderson",
              "Jackson", "Nguyen", "Brooks"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Stationsweg", "Beukenlaan",
           "Wilhelminastraat", "Schoolstraat", "Eikenlaan", "Lindelaan", "Hoofdstraat", "Van Goghstraat",
           "Koningin Julianaplein", "Zeeweg", "Rijnkade", "Parallelweg", "Oranjestraat", "Marktplein", "Nieuwe Binnenweg"],
    "nl-be": ["Stationsstraat", "Kerkstraat", "Dorpsstraat", "Nieuwstraat", "Molenstraat", "Kapelstraat", "Veldstraat",
              "Brugsesteenweg", "Lange Leemstraat", "Meir", "Diestsestraat", "Overpoortstraat", "Groenplaats",
              "Hasseltweg", "Koning Albertlaan", "Zandstraat"],
    "fr-be": ["Rue de la Station", "Chaussée de Waterloo", "Avenue Louise", "Rue du Moulin", "Rue de l'Église",
              "Boulevard d'Avroy", "Rue Haute", "Place Saint-Lambert", "Rue des Champs", "Chaussée de Mons",
              "Avenue des Tilleuls", "Rue Grande", "Rue du Centre", "Rue de Namur"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Oak Avenue", "Mill Lane", "Park Road",
              "Queen's Drive", "Manor Close", "Kings Road", "Albert Terrace", "Beech Grove", "Hawthorn Way", "London Road"],
    "en-us": ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Lincoln Avenue", "Cedar Lane", "Main Street",
              "Park Ave", "Sunset Dr", "Pine Ridge Rd", "Lakeview Terrace", "Broadway"],
}
CITY = {
    "nl": ["Amsterdam", "Utrecht", "Zwolle", "Tilburg", "Groningen", "Leiden", "Apeldoorn", "Haarlem", "Breda",
           "Nijmegen", "Enschede", "Delft", "Almere", "Maastricht", "Leeuwarden", "Amersfoort"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Genk",
              "Sint-Niklaas", "Roeselare", "Turnhout"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Tournai", "Arlon", "Verviers",
              "Louvain-la-Neuve", "Ixelles", "Seraing"],
    "en-gb": ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Birmingham", "Norwich", "Sheffield", "Oxford",
              "Brighton", "Edinburgh", "Nottingham"],
    "en-us": ["Springfield", "Columbus", "Portland", "Austin", "Atlanta", "Denver", "Raleigh", "Tampa", "Boise",
              "Madison", "Sacramento", "Albany"],
}
# organisations: pharmacies, online pharmacies, insurers, clinics, apps
ORG = {
    "nl": ["Apotheek De Linde", "MijnApotheek", "Zilveren Kruis", "CZ", "VGZ", "Menzis", "Apotheek Vitaal",
           "HerhaalMedicatie Online", "Huisartsenpraktijk De Brug", "Ziekenhuis Rijnstate", "ONVZ", "DSW",
           "Tandartspraktijk Lachgas", "Pearle", "Hans Anders", "Medicijnbox", "Thuisarts Portaal", "Zorgdomein",
           "Apotheek Centrum", "a.s.r. Ziektekosten"],
    "nl-be": ["CM", "Helan", "Solidaris", "Partena", "Apotheek Multipharma", "Apotheek Familia", "UZ Leuven",
              "AZ Sint-Jan", "Tandartsenpraktijk Zonneweelde", "Pharmaclic", "Mutualiteit Liberale", "Hans Anders",
              "Doctena", "Mediwell apotheek", "Vlaams & Neutraal Ziekenfonds", "Pearle Opticiens"],
    "fr-be": ["Mutualité Chrétienne", "Solidaris", "Partenamut", "Pharmacie Multipharma", "Pharmacie du Centre",
              "CHU de Liège", "Cliniques Saint-Luc", "Doctena", "Pharmaclic", "Mutualité Libérale", "Cabinet dentaire du Parc",
              "Optique Lunettes Pour Tous", "Pharmacie Familia", "DKV Belgium"],
    "en-gb": ["Boots", "Lloyds Pharmacy", "Pharmacy2U", "Superdrug Online Doctor", "Bupa", "AXA Health", "Vitality",
              "NHS App", "Patient Access", "Specsavers", "mydentist", "Echo by LloydsDirect", "Well Pharmacy",
              "Simplyhealth"],
    "en-us": ["CVS Pharmacy", "Walgreens", "Express Scripts", "Aetna", "Cigna", "UnitedHealthcare", "Kaiser Permanente",
              "Capsule", "Amazon Pharmacy", "MyChart", "Blue Cross Blue Shield", "Humana", "Zocdoc", "LensCrafters",
              "Aspen Dental", "GoodRx"],
}
AGENT = {
    "nl": ["Linda", "Mark", "Saskia", "Youssef", "Petra", "Bart", "Ilse", "Rob", "Naomi", "Jasper", "Monique", "Stefan"],
    "nl-be": ["Katrien", "Joris", "An", "Bert", "Evelien", "Frederik", "Leen", "Kristof", "Inge", "Stijn"],
    "fr-be": ["Marie", "Laurent", "Sandrine", "Damien", "Émilie", "Cédric", "Anne", "Sébastien", "Manon", "Pierre"],
    "en-gb": ["Jade", "Liam", "Sophie", "Ryan", "Megan", "Daniel", "Zara", "Ben", "Lucy", "Adam"],
    "en-us": ["Ashley", "Mike", "Danielle", "Jordan", "Crystal", "Steve", "Vanessa", "Eric", "Tiffany", "Jason"],
}
MENTION = {
    "nl": ["@ZilverenKruis", "@CZzorgverzekeraar", "@VGZ", "@Menzis", "@MijnApotheek", "@Apotheek_nl", "@DSWzorg",
           "@ONVZ", "@HansAnders", "@PearleNL", "@thuisarts", "@Zorginstituut"],
    "nl-be": ["@CMzorgt", "@HelanZiekenfonds", "@Solidaris", "@Partena_be", "@Multipharma", "@UZLeuven", "@AZSintJan",
              "@Doctena", "@PearleBE", "@apotheekBE"],
    "fr-be": ["@MutChretienne", "@Solidaris", "@Partenamut", "@Multipharma", "@CHULiege", "@Doctena", "@SaintLuc",
              "@PharmaclicBE", "@MutLib", "@DKVbelgium"],
    "en-gb": ["@BootsUK", "@LloydsPharmacy", "@Pharmacy2U", "@NHSApp", "@Bupa_UK", "@AXAHealthUK", "@Specsavers",
              "@mydentistUK", "@VitalityUK", "@PatientAccess"],
    "en-us": ["@CVSPharmacy", "@Walgreens", "@ExpressScripts", "@Aetna", "@Cigna", "@UHC", "@KPShare", "@CapsuleCares",
              "@AmazonHelp", "@MyChartHelp"],
}
HASHTAG = {
    "nl": ["#zorgverzekering", "#apotheek", "#klantenservice", "#herhaalrecept", "#huisarts", "#wachttijd", "#zorg",
           "#fail", "#digid", "#medicijnen"],
    "nl-be": ["#mutualiteit", "#apotheek", "#ziekenfonds", "#wachtrij", "#ehealth", "#zorg", "#klantendienst", "#itsme"],
    "fr-be": ["#mutuelle", "#pharmacie", "#santé", "#service", "#attente", "#remboursement", "#itsme", "#ehealth"],
    "en-gb": ["#NHS", "#pharmacy", "#prescription", "#customerservice", "#GP", "#nhsapp", "#fail", "#dentist"],
    "en-us": ["#healthinsurance", "#pharmacy", "#CVS", "#customerservice", "#priorauth", "#refill", "#healthcare", "#fail"],
}
URL = {
    "nl": ["https://www.mijnapotheek.nl/herhaalrecept", "https://www.zilverenkruis.nl/declareren", "www.cz.nl/mijncz",
           "https://mijn.vgz.nl/inloggen", "https://www.thuisarts.nl", "https://apotheekvitaal.nl/bezorging?ref=app",
           "http://www.huisartsdebrug.nl/afspraak", "https://www.menzis.nl/contact", "https://digid.nl",
           "https://www.zorgdomein.nl/patient"],
    "nl-be": ["https://www.cm.be/mijn-cm", "https://www.helan.be/nl/contact", "https://www.doctena.be/nl",
              "https://www.multipharma.be/nl/herhaling", "https://www.uzleuven.be/nl/afspraak", "https://www.masante.belgique.be",
              "https://www.mijngezondheid.belgie.be", "www.partena-ziekenfonds.be"],
    "fr-be": ["https://www.mc.be/ma-mc", "https://www.solidaris.be/contact", "https://www.doctena.be/fr",
              "https://www.masante.belgique.be", "https://www.chuliege.be/rendez-vous", "www.partenamut.be/espace-membre",
              "https://www.pharmaclic.be/commande", "https://www.mutualites-libres.be"],
    "en-gb": ["https://www.nhs.uk/nhs-app/", "https://www.boots.com/online/pharmacy", "https://www.pharmacy2u.co.uk/account",
              "https://patientaccess.com", "https://www.bupa.co.uk/claims", "https://www.specsavers.co.uk/book",
              "https://111.nhs.uk", "www.echo.co.uk/help"],
    "en-us": ["https://www.cvs.com/account/prescription-history", "https://www.walgreens.com/refill",
              "https://www.express-scripts.com/login", "https://mychart.example-health.org", "https://www.aetna.com/claims",
              "https://capsule.com/help", "https://www.goodrx.com", "https://www.uhc.com/member"],
}
MODEL = {
    "all": ["iPhone 13", "Galaxy A54", "Pixel 7a", "FreeStyle Libre 2", "Dexcom G7", "Omron M3 HEM-7154-E",
            "OmniPod DASH", "Medtronic MiniMed 780G", "Philips DreamStation 2", "ResMed AirSense 10", "Fitbit Charge 6",
            "iPad 9th gen", "Samsung A14", "Apple Watch SE", "Oticon More 1", "Phonak Audéo P90", "Medido", "Galaxy S23",
            "Moto g84", "Withings BPM Connect"],
}
SSID = {
    "all": ["Ziggo1234567", "telenet-5G-8812", "VOO-ABC123", "BTHub6-7XK2", "Proximus-Home-4410", "KPN_6F2A",
            "NETGEAR47", "Xfinity-Home", "SKY3A9F1", "Huize_Jansen", "TP-Link_58C2", "FRITZ!Box 7590 QR", "VM4810023",
            "orange-home-22"],
}
MED = {
    "nl": ["metformine", "omeprazol", "levothyroxine", "salbutamol", "insuline", "pantoprazol", "simvastatine",
           "de pil", "Ritalin", "oxazepam", "metoprolol", "ventolin", "Seretide", "atorvastatine", "Euthyrox"],
    "fr": ["Dafalgan", "Lyrica", "Pantomed", "insuline", "Ventolin", "L-Thyroxine", "Coversyl", "ma pilule",
           "Cipralex", "Asaflow", "Lipitor", "Xarelto", "Symbicort"],
    "en": ["sertraline", "levothyroxine", "metformin", "my inhaler", "atorvastatin", "lisinopril", "omeprazole",
           "Adderall", "insulin pens", "amlodipine", "Ozempic", "Vyvanse", "my HRT patches", "propranolol"],
}
COMPANY_PHONE = {
    "nl": ["088 - 123 45 00", "0800-0231", "071 365 22 22", "088-9000800", "020 705 22 22", "0900-1515",
           "085 773 45 00", "0800 022 11 55"],
    "nl-be": ["078 15 15 15", "02 246 41 11", "09 269 06 90", "078 15 50 50", "016 33 22 11", "070 22 33 44"],
    "fr-be": ["02 246 46 27", "078 15 60 20", "04 366 71 11", "02 764 11 11", "078 15 50 55", "070 233 244"],
    "en-gb": ["0345 609 0050", "0800 028 8040", "0161 212 2000", "111", "0330 058 0123", "0800 600 500"],
    "en-us": ["1-800-746-7287", "(866) 232-3120", "1-888-327-9791", "800-842-4044", "1-877-250-5823", "(844) 222-8262"],
}


def fam(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def deal(lst, half):
    out = lst[half::2]
    assert out, "pool too small"
    return out


def pools_for(lang, half):
    f = fam(lang)
    return {
        "first": deal(FIRST[lang], half), "last": deal(LAST[lang], half), "street": deal(STREET[lang], half),
        "city": deal(CITY[lang], half), "org": deal(ORG[lang], half), "agent": deal(AGENT[lang], half),
        "mention": deal(MENTION[lang], half), "hashtag": deal(HASHTAG[lang], half), "url": deal(URL[lang], half),
        "model": deal(MODEL["all"], half), "ssid": deal(SSID["all"], half), "med": deal(MED[f], half),
        "cphone": deal(COMPANY_PHONE[lang], half),
    }
