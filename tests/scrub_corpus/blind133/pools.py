"""Filler pools. Every list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Femke", "Joost", "Inge", "Ruud", "Marloes", "Sven", "Anouk", "Pieter", "Eline", "Wouter", "Ilse", "Kees", "Noor", "Thijs", "Esther", "Jeroen"],
    "nl-be": ["Jens", "Lien", "Wout", "Fien", "Stijn", "Ellen", "Pieter-Jan", "An", "Koen", "Sofie", "Bart", "Griet", "Tom", "Lotte", "Dries", "Katrien"],
    "fr-be": ["Julie", "Thomas", "Camille", "Nicolas", "Sophie", "Maxime", "Élodie", "Antoine", "Manon", "Olivier", "Aurélie", "Sébastien", "Chloé", "Laurent", "Gaëlle", "Cédric"],
    "en-gb": ["Oliver", "Amelia", "Harry", "Isla", "George", "Sophie", "Jack", "Emily", "Charlie", "Poppy", "Alfie", "Grace", "Callum", "Niamh", "Rhys", "Freya"],
    "en-us": ["Ashley", "Tyler", "Brittany", "Jason", "Megan", "Kevin", "Lauren", "Brandon", "Jessica", "Ryan", "Amanda", "Justin", "Kayla", "Derek", "Tanya", "Marcus"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Hermans", "Aerts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Renard", "Lejeune", "Dumont", "Lefèbvre", "Collignon", "Henrard", "Wauters"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Edwards"],
    "en-us": ["Johnson", "Miller", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Young", "King"],
}
AGENTS = {
    "nl": ["Mark", "Linda", "Yvonne", "Rick", "Samira", "Dennis", "Petra", "Bas", "Kim", "Hans"],
    "nl-be": ["Elke", "Jef", "Nathalie", "Kris", "Sarah", "Ward", "Hilde", "Robbe"],
    "fr-be": ["Céline", "Marc", "Isabelle", "Benoît", "Nadia", "Pierre", "Valérie", "Quentin"],
    "en-gb": ["Becky", "Dan", "Hollie", "Stuart", "Priya", "Gareth", "Lucy", "Owen"],
    "en-us": ["Jenna", "Mike", "Carla", "Travis", "Nicole", "Andre", "Stacy", "Jordan"],
}
STREET_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Stationsweg", "Beukenlaan", "Prinsengracht", "Kastanjelaan", "Julianastraat",
             "Wilhelminapark", "Zeedijk", "Oudegracht", "Vondelstraat", "Rozenstraat", "Hoofdweg", "Parallelweg", "Burgemeester de Withstraat", "Eikenlaan"]
CITY_NL = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Amersfoort", "Nijmegen", "Leiden", "Breda",
           "Tilburg", "Apeldoorn", "Deventer", "Alkmaar"]
STREET_VL = ["Kerkstraat", "Meir", "Veldstraat", "Grote Markt", "Stationsstraat", "Kapelsesteenweg", "Bredabaan", "Diestsestraat", "Overpoortstraat",
             "Lange Leemstraat", "Brugsesteenweg", "Tiensestraat", "Koning Albertlaan", "Dorpsplein"]
CITY_VL = [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"),
           ("2300", "Turnhout"), ("9300", "Aalst"), ("2100", "Deurne"), ("1800", "Vilvoorde"), ("3800", "Sint-Truiden"), ("2600", "Berchem"), ("9100", "Sint-Niklaas")]
STREET_FR = ["Rue de la Loi", "Avenue Louise", "Rue des Alliés", "Chaussée de Waterloo", "Rue Saint-Gilles", "Boulevard d'Avroy", "Rue de Fer",
             "Avenue de Tervueren", "Rue du Progrès", "Place Flagey", "Rue Haute", "Chaussée de Charleroi", "Rue des Guillemins", "Avenue des Combattants"]
CITY_FR = [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1400", "Nivelles"),
           ("1050", "Ixelles"), ("1190", "Forest"), ("6700", "Arlon"), ("7500", "Tournai"), ("1348", "Louvain-la-Neuve"), ("1180", "Uccle"), ("4020", "Liège")]
STREET_GB = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Elm Grove", "Mill Lane", "Park Avenue", "Queens Road", "King Street",
             "Manor Close", "Oxford Road", "Green Lane", "Albert Terrace", "Westbourne Gardens"]
CITY_GB = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("London", "SE"), ("Birmingham", "B"), ("Glasgow", "G"), ("Cardiff", "CF"),
           ("Norwich", "NR"), ("Brighton", "BN"), ("York", "YO"), ("Sheffield", "S"), ("Reading", "RG"), ("Edinburgh", "EH"), ("Nottingham", "NG")]
STREET_US = ["Oak Street", "Maple Avenue", "Pine Drive", "Cedar Lane", "Elm Street", "Washington Blvd", "Lakeview Drive", "Main Street", "Sunset Blvd",
             "Hillcrest Road", "3rd Avenue", "Park Place", "Willow Court", "N Broadway"]
CITY_US = [("Portland", "OR"), ("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Raleigh", "NC"), ("Madison", "WI"), ("Tampa", "FL"),
           ("Sacramento", "CA"), ("Boise", "ID"), ("Pittsburgh", "PA"), ("Richmond", "VA"), ("Omaha", "NE"), ("Tucson", "AZ"), ("Albany", "NY")]

BRANDS = {
    "move": [("Van Eijk Verhuizingen", "vaneijkverhuis", "vaneijk-verhuizingen.nl"), ("Déménagements Leroy", "demleroy", "demenagements-leroy.be"),
             ("Swift Removals", "swiftremovalsuk", "swiftremovals.co.uk"), ("BlueBox Movers", "blueboxmovers", "blueboxmovers.com"),
             ("Verhuizingen Claes", "verhuisclaes", "claesverhuizingen.be"), ("De Verhuislijn", "verhuislijn", "deverhuislijn.nl"),
             ("Pickford & Sons", "pickfordsons", "pickfordandsons.co.uk"), ("MoveRight", "moverightusa", "moveright.us")],
    "cruise": [("Rhenus River Cruises", "rhenuscruises", "rhenus-rivercruises.com"), ("Noordzee Cruises", "noordzeecruises", "noordzeecruises.nl"),
               ("Croisières Meuse", "croisieremeuse", "croisieres-meuse.be"), ("Atlantic Star Line", "atlanticstar", "atlanticstarline.com"),
               ("DonauDream", "donaudream", "donaudream.eu"), ("Coral Bay Cruises", "coralbaycruises", "coralbaycruises.com"),
               ("Scheldeboten", "scheldeboten", "scheldeboten.be"), ("Baltic Pearl Cruises", "balticpearl", "balticpearl.co.uk")],
    "drive": [("Rijschool Rijvaardig", "rijvaardig", "rijschoolrijvaardig.nl"), ("Autorijschool Groen", "rijschoolgroen", "rijschool-groen.nl"),
              ("Rijschool De Leeuw", "rijschooldeleeuw", "rijschooldeleeuw.be"), ("Auto-école Prudence", "autoecoleprudence", "prudence-autoecole.be"),
              ("PassFirst Driving School", "passfirstdriving", "passfirst.co.uk"), ("Green Light Driving", "greenlightdrive", "greenlightdriving.com"),
              ("Rijschool Vlot", "rijschoolvlot", "rijschoolvlot.nl"), ("Steady Wheels", "steadywheels", "steadywheels.us")],
    "dent": [("Tandartspraktijk Het Lachje", "hetlachje", "tandartshetlachje.nl"), ("Dental Care Leuven", "dentalcareleuven", "dentalcareleuven.be"),
             ("Cabinet Dentaire du Parc", "dentaireduparc", "dentaire-duparc.be"), ("Smile Street Dental", "smilestreet", "smilestreetdental.co.uk"),
             ("Bright Bite Dentistry", "brightbite", "brightbite.com"), ("Mondzorg Centrum Oost", "mondzorgoost", "mondzorgoost.nl"),
             ("Tandarts De Molen", "tandartsdemolen", "tandartsdemolen.be"), ("Pearl Dental Group", "pearldental", "pearldentalgroup.com")],
    "opt": [("Brilpunt", "brilpunt", "brilpunt.nl"), ("Optiek Helder", "optiekhelder", "optiekhelder.be"), ("Optique Lumière", "optiquelumiere", "optique-lumiere.be"),
            ("ClearView Opticians", "clearviewopt", "clearviewopticians.co.uk"), ("Focus Eyewear", "focuseyewear", "focuseyewear.com"),
            ("Zicht & Zo", "zichtenzo", "zichtenzo.nl"), ("Lenzenland", "lenzenland", "lenzenland.nl"), ("Specs Direct", "specsdirect", "specsdirect.co.uk")],
    "alarm": [("Veilig Thuis Alarm", "veiligthuisnl", "veiligthuisalarm.nl"), ("Securis", "securisbe", "securis.be"), ("AlarmeNet", "alarmenet", "alarmenet.be"),
              ("HomeGuard Security", "homeguarduk", "homeguard.co.uk"), ("SafeNest", "safenesthome", "safenest.com"),
              ("Wachter Beveiliging", "wachterbeveilig", "wachter-beveiliging.nl"), ("Shieldline", "shieldline", "shieldline.us"), ("Bewaakt.be", "bewaakt", "bewaakt.be")],
    "news": [("Dagblad van het Oosten", "dvhoosten", "dagbladoosten.nl"), ("De Morgenpost", "morgenpost_be", "demorgenpost.be"),
             ("Le Quotidien Wallon", "quotidienwallon", "lequotidien.be"), ("The Northern Chronicle", "northchronicle", "northernchronicle.co.uk"),
             ("Weekly Ledger", "weeklyledger", "weeklyledger.com"), ("Natuurblad", "natuurblad", "natuurblad.nl"),
             ("Het Stadsnieuws", "stadsnieuws", "hetstadsnieuws.be"), ("Garden & Home Monthly", "gardenhomemag", "gardenhome.co.uk")],
}
BRANDS["gen"] = [b for k in ("move", "alarm", "news", "cruise") for b in BRANDS[k][:2]]

URL_PATHS = ["klantenservice", "mijn-account", "contact", "faq/wachtwoord", "login", "help/betalen", "account/reset", "service/afspraak",
             "support", "aide/contact", "abonnement/opzeggen", "my-booking", "help/verify", "account/security", "privacy", "storing"]
HANDLES = ["sanne_vd", "dirkjan77", "lienpeeters", "jules_be", "camille.lmb", "mattyb_uk", "gem_walker", "tylerj_tx", "momof3_ohio", "kees_uit_zwolle",
           "brusselsbiker", "gentsemadam", "north_lass", "roadtrip_ray"]
HASHTAGS_NL = ["#verhuizing", "#klantenservice", "#fail", "#rijles", "#tandarts", "#nooitmeer", "#riviercruise", "#krant", "#alarm", "#bril",
               "#slechteservice", "#opzeggen", "#wachten", "#toppers"]
HASHTAGS_FR = ["#déménagement", "#serviceclient", "#honteux", "#croisière", "#permis", "#dentiste", "#lunettes", "#abonnement", "#alarme", "#nul"]
HASHTAGS_EN = ["#moving", "#customerservice", "#fail", "#cruise", "#drivinglessons", "#dentist", "#glasses", "#subscription", "#homesecurity",
               "#neveragain", "#rivercruise", "#shambles", "#disappointed", "#thankyou"]
SSIDS = ["Ziggo1234567", "telenet-5A2C1", "BTHub6-9XQ2", "NETGEAR42", "Proximus-Home-7F3A", "KPN3F2A11", "VOO-7731", "xfinitywifi-home",
         "Huize_Bakker", "FRITZ!Box 7530 QK", "SKY4C1D2", "Orange-2G-B1"]
PLATES = ["GZ-482-K", "1-ABC-234", "AB12 CDE", "7XKV123", "S-123-TT", "2-HFD-881"]


def pools_for(half):
    def d(x):
        return x[half::2]
    P = {
        "first_all": {k: d(v) for k, v in FIRST.items()},
        "last_all": {k: d(v) for k, v in LAST.items()},
        "agents_all": {k: d(v) for k, v in AGENTS.items()},
        "street_nl": d(STREET_NL), "city_nl": d(CITY_NL), "street_vl": d(STREET_VL), "city_vl": d(CITY_VL),
        "street_fr": d(STREET_FR), "city_fr": d(CITY_FR), "street_gb": d(STREET_GB), "city_gb": d(CITY_GB),
        "street_us": d(STREET_US), "city_us": d(CITY_US),
        "brands": {k: d(v) for k, v in BRANDS.items()},
        "url_paths": d(URL_PATHS), "handles": d(HANDLES),
        "hashtags_nl": d(HASHTAGS_NL), "hashtags_fr": d(HASHTAGS_FR), "hashtags_en": d(HASHTAGS_EN),
        "ssids": d(SSIDS), "plates": d(PLATES),
    }
    import values
    P["models"] = d(values.MODELS)
    return P
