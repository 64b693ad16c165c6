"""Filler pools for the blind123 corpus.  Every pool is dealt alternately (even index -> dev,
odd index -> heldout) by split_pools()."""

POOLS = {
    "first": ["Sanne", "Jeroen", "Fatima", "Pieter", "Lotte", "Mohamed", "Anouk", "Bram", "Ilse", "Kevin", "Marloes", "Thijs",
              "Els", "Wim", "Griet", "Jens", "Nathalie", "Koen", "Lieve", "Yasmine", "Sophie", "Mathieu", "Aurélie", "Julien",
              "Chloé", "Olivier", "Emma", "James", "Olivia", "Harry", "Priya", "Liam", "Megan", "Tyler", "Ashley", "Brandon",
              "Noor", "Daan", "Ricardo", "Hanneke", "Bart", "Ruth", "Siobhan", "Tomasz", "Ines", "Gert", "Femke", "Dylan"],
    "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "El Amrani", "Meijer", "de Boer", "Mulder", "Peeters", "Janssens",
             "Maes", "Willems", "Claes", "Goossens", "Wouters", "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard",
             "Smith", "Jones", "Taylor", "Brown", "Williams", "Patel", "Johnson", "Miller", "Garcia", "Davis", "van Dijk",
             "Hendriks", "Vermeulen", "Verbeke", "O'Brien", "Kowalski", "Yilmaz", "Bos", "Dekker", "Coppens", "Mertens", "Evans"],
    "maildomains": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be", "proximus.be",
                    "icloud.com", "yahoo.co.uk", "btinternet.com", "live.nl", "hotmail.be", "yahoo.com", "protonmail.com", "xs4all.nl",
                    "planet.nl", "me.com", "gmx.de", "sky.com"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Stationsweg", "Beukenlaan", "Schoolstraat",
                  "Wilhelminastraat", "Lindelaan", "Havenkade", "Esdoornhof", "Van Goghstraat", "Burgemeester de Withstraat", "Overtoom", "Raadhuisplein"],
    "city_nl": ["Amsterdam", "Utrecht", "Zwolle", "Eindhoven", "Groningen", "Haarlem", "Amersfoort", "Leiden", "Tilburg", "Nijmegen", "Alkmaar", "Deventer", "Breda", "Delft"],
    "street_be": ["Kerkstraat", "Stationsstraat", "Rue de la Station", "Avenue Louise", "Kapelsesteenweg", "Chaussée de Wavre", "Meir",
                  "Rue du Marché", "Nieuwstraat", "Grote Markt", "Veldstraat", "Rue des Écoles", "Lindenlaan", "Boulevard d'Avroy"],
    "city_be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Liège", "4000"), ("Namur", "5000"), ("Brugge", "8000"),
                ("Hasselt", "3500"), ("Ixelles", "1050"), ("Mechelen", "2800"), ("Charleroi", "6000"), ("Kortrijk", "8500"), ("Wavre", "1300")],
    "street_gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queen's Road", "Elm Grove",
                  "Kingsway", "Orchard Close", "Manor Road", "Green Lane"],
    "city_gb": ["London", "Manchester", "Leeds", "Bristol", "Cardiff", "Edinburgh", "Glasgow", "Brighton", "York", "Norwich"],
    "street_us": ["Maple Ave", "Oak Street", "Main St", "Elm Street", "2nd Ave", "Sunset Blvd", "Pine Rd", "Lakeview Dr", "Washington St", "Cedar Lane"],
    "city_us": [("Austin", "TX"), ("Portland", "OR"), ("Denver", "CO"), ("Springfield", "IL"), ("Brooklyn", "NY"), ("Seattle", "WA"),
                ("Columbus", "OH"), ("Raleigh", "NC"), ("Tampa", "FL"), ("Boston", "MA")],
    "city_any": ["Amsterdam", "Gent", "Rotterdam", "Bruxelles", "Utrecht", "Antwerpen", "Namur", "Den Haag", "Leuven", "Eindhoven", "Liège", "Arnhem"],
    "agent": ["Sanne", "Mark", "Joyce", "Pieter", "Lisa", "Bas", "Eline", "Tom", "Nadia", "Ruben", "Chantal", "Dennis", "Fleur", "Hamza"],
    "agent_init": ["^SV", "^MK", "/JB", "^LD", "- AB", "^EK", "^TR", "/NH", "^RV", "^CG", "^DP", "~FL"],
    "ssid": ["Ziggo-5G-7A21", "KPN_B4E2", "telenet-ABC12", "Proximus-Home-5521", "BT-HUB6-XK2", "NETGEAR47", "FRITZ!Box 7590 QW",
             "Linksys03321", "VOO-88AB1", "xfinitywifi_home", "Odido-E3F0", "GYMGUEST"],
    "models": ["Canon SELPHY CP1500", "Epson SureLab D1000", "Fujifilm Frontier DE100", "iPhone 14 Pro", "SM-A546B", "Pixel 8a", "Kodak G4XL",
               "Technogym Skillrun", "Garmin Forerunner 265", "Dyson HS05", "GHD Platinum+", "Philips BRE710", "FRITZ!Box 7530",
               "Sagemcom F@st 3896", "Huawei P30 lite", "Galaxy S23", "Xiaomi Redmi Note 12", "Apple Watch SE", "Fitbit Charge 6", "Nikon D7500",
               "Sony A7 IV", "iPad Air (5th gen)", "Concept2 RowErg", "Omron M3 Comfort"],
    "mentions": ["@ApotheekDirectNL", "@FarmaWebBE", "@PillPostUK", "@RxHomeUS", "@UitvaartZorgNL", "@LevensVastBE", "@FotoSnel", "@PrintMijFoto",
                 "@SnapPrintsUK", "@FitFabriek", "@BasicGymNL", "@PowerHouseGym", "@KnipKunst", "@SalonBelleBE", "@GlowBeautyUK",
                 "@VerhuisTopper", "@DemenaPlusBE", "@MoveItMovers", "@OmniaVerzekert", "@PhotoBoxUS", "@CoachConnect", "@HaarStudio030",
                 "@Deménagements_L", "@ArdenneLife"],
    "hashtags": ["#klantenservice", "#fail", "#apotheek", "#uitvaart", "#verzekering", "#fotoboek", "#sportschool", "#personaltrainer",
                 "#kapper", "#beauty", "#verhuizing", "#verhuizen", "#help", "#service", "#déménagement", "#pharmacie", "#CustomerService",
                 "#worstservice", "#gym", "#movingday", "#nietblij", "#schande", "#merci", "#prints"],
    "urls": ["https://www.apotheekdirect.nl/herhaalrecept", "https://farmaweb.be/fr/commande", "https://pillpost.co.uk/account/login",
             "www.uitvaartzorg.nl/melden", "https://levensvast.be/nl/mijn-polis", "https://fotosnel.nl/fotoboek?ref=app",
             "https://www.printmijfoto.be/status", "snapprints.co.uk/help/returns", "https://fitfabriek.nl/lidmaatschap/pauzeren",
             "https://basicgym.nl/voorwaarden", "https://knipkunst.nl/boeken", "https://salonbelle.be/rdv", "glowbeauty.co.uk/vouchers",
             "https://verhuistopper.nl/offerte", "https://demenaplus.be/devis", "https://moveitmovers.com/quote", "https://omnia.nl/wachtwoord-vergeten",
             "https://photobox-us.com/order-status", "https://rxhome.com/refills", "http://status.fotosnel.nl", "https://coachconnect.io/book",
             "https://ardennelife.be/contact", "bit.ly/3xYqP2k", "https://help.pillpost.co.uk/articles/4402"],
}

BRANDS = {
    "pharmacy": ["ApotheekDirect", "FarmaWeb", "PillPost", "RxHome", "De Online Apotheek", "Pharmacie du Parc", "MediSnel", "CarePharm"],
    "funeral": ["UitvaartZorg", "Laatste Eer Verzekeringen", "Dela-achtig Fonds", "Obsèques Sereines", "Peace of Mind Funeral Plans", "Rustpunt"],
    "lifeins": ["LevensVast", "Omnia Leven", "ArdenneLife", "Harbour Life", "Providia", "Vita Assurances"],
    "photo": ["FotoSnel", "PrintMijFoto", "SnapPrints", "PhotoBox US", "Albumkoning", "Tirage Express"],
    "gym": ["FitFabriek", "BasicGym", "PowerHouse Gym", "CoachConnect", "SportCity West", "Iron Temple"],
    "hair": ["KnipKunst", "Salon Belle", "Glow Beauty", "HaarStudio 030", "Barber Bros", "Institut Éclat"],
    "moving": ["VerhuisTopper", "DemenaPlus", "MoveIt Movers", "Van Gent Verhuizingen", "Déménagements Lambert", "Two Vans & A Man"],
    "general": ["Omnia", "KlikNet", "TeleBe", "HomeLink", "Connecta", "NetHuis"],
}

ABROAD = ["ES", "FR", "DE", "PT", "TH", "ES", "FR", "GB", "US"]

COUNTRY_NAME = {
    "nl": {"ES": "Spanje", "FR": "Frankrijk", "DE": "Duitsland", "PT": "Portugal", "TH": "Thailand", "GB": "Engeland", "US": "Amerika"},
    "fr": {"ES": "Espagne", "FR": "France", "DE": "Allemagne", "PT": "Portugal", "TH": "Thaïlande", "GB": "Angleterre", "US": "aux États-Unis"},
    "en": {"ES": "Spain", "FR": "France", "DE": "Germany", "PT": "Portugal", "TH": "Thailand", "GB": "the UK", "US": "the States"},
}


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def split_pools(half):
    out = {k: deal(v, half) for k, v in POOLS.items()}
    out["brands"] = {k: deal(v, half) for k, v in BRANDS.items()}
    return out
