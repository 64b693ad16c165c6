"""Filler pools. Every pool is dealt alternately to the halves (even index ->
dev, odd index -> heldout), so no name, street, city or brand is in both."""

FIRST = """Sanne Daan Lotte Thijs Emma Bram Fleur Ruben Noor Jesse Anouk Sem Eline Lars Femke Milan
Jolien Wout Lien Pieter-Jan Elke Jens Sofie Stijn Ine Arne Hanne Dries Camille Maxime Julie Antoine Chloé
Mathieu Amélie Nicolas Manon Quentin Aurélie Lucas Sophie Thomas Charlotte James Olivia Harry Amelia
Oliver Isla George Grace Jack Poppy Ethan Madison Tyler Ashley Brandon Kayla Ryan Megan Lukas Anna
Jonas Lea Felix Hannah Tobias Katrin Piotr Agnieszka Tomasz Magdalena Kasia Paweł Mehmet Ayşe Emre Zeynep
Burak Elif Youssef Fatima Mohammed Salma Karim Nadia Hamza Imane Carlos Lucía Javier Marta Diego Elena
Priya Arjun Mei Wei Sofia Marco Giulia Luca Mariana João""".split()

LAST = """Jansen deVries Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer
Claes Peeters Janssens Maes Jacobs Mertens Willems Goossens Wouters DeSmet Vermeulen Dubois Lambert
Dupont Martin Leroy Lefèvre Renard Simon Laurent Moreau Smith Jones Taylor Brown Williams Wilson Evans
Thomas Johnson Miller Davis Garcia Anderson Clark Müller Schmidt Schneider Fischer Weber Becker Wagner
Hoffmann Kowalski Nowak Wiśniewski Wójcik Kaczmarek Yılmaz Kaya Demir Şahin Çelik ElAmrani Benali
Bouzid Ouali ElIdrissi Haddou Fernández López Martínez Sánchez Romero Rossi Bianchi Patel Chen Silva""".split()
LAST = [x.replace("deVries", "de Vries").replace("DeSmet", "De Smet").replace("ElAmrani", "El Amrani")
        .replace("ElIdrissi", "El Idrissi") for x in LAST]

AGENTS = """Mark Ilse Kevin Samira Joost Nathalie Bert Yasmine Koen Ellen Sophie Tim Laura Ruben Inge
Jeroen Fatma Wim Daphne Olivier Margot Dennis Leila Steven Nina Arno Vera Bas Kim Hugo""".split()

STREETS = {
    "nl": ["Kerkstraat", "Prinsengracht", "Oudegracht", "Laan van Meerdervoort", "Stationsweg", "Molenstraat",
           "Burgemeester de Withstraat", "Javastraat", "Witte de Withstraat", "Vondelstraat", "Dorpsstraat",
           "Wilhelminapark", "Hoogstraat", "Nieuwe Binnenweg", "Zeestraat", "Lange Voorhout", "Spoorlaan",
           "Koningsweg", "Amsterdamsestraatweg", "Tongelresestraat", "Vrijthof", "Herengracht", "Schoolstraat",
           "Wycker Brugstraat"],
    "be": ["Meir", "Kortrijksesteenweg", "Rue de la Loi", "Chaussée de Wavre", "Grote Markt", "Bondgenotenlaan",
           "Rue Neuve", "Nationalestraat", "Avenue Louise", "Overpoortstraat", "Rue Saint-Gilles", "Naamsestraat",
           "Boulevard d'Avroy", "Kouter", "Rue du Marché", "Lange Kievitstraat", "Chaussée de Waterloo",
           "Diestsestraat", "Rue des Tanneurs", "Stationsstraat", "Place Flagey", "Koning Albertlaan"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Pontstraße", "Schillerstraße", "Goethestraße", "Kaiserstraße",
           "Lindenallee", "Friedrichstraße"],
    "fr": ["rue Nationale", "rue de Béthune", "avenue Jean Jaurès", "boulevard de la Liberté", "rue Esquermoise",
           "rue du Faubourg", "place du Général de Gaulle", "rue Gambetta"],
    "lu": ["rue de Hollerich", "avenue de la Gare", "boulevard Royal", "rue de Bonnevoie", "route d'Arlon",
           "rue du Fossé"],
    "es": ["Calle Mayor", "Carrer de Mallorca", "Avenida de la Constitución", "Calle del Sol", "Carrer de Sants",
           "Calle Alcalá"],
    "pl": ["Marszałkowska", "Floriańska", "Piotrkowska", "Długa", "Świętokrzyska", "Grodzka"],
    "uk": ["Baker Street", "Church Road", "Victoria Road", "Mill Lane", "Station Road", "Kings Road", "Park Avenue",
           "Queen Street", "Elm Grove", "High Street"],
    "us": ["Elm St", "Maple Avenue", "Main Street", "Oak Drive", "Washington Blvd", "Bedford Ave", "Pine St",
           "Sunset Blvd", "Lake Shore Dr", "Cedar Lane"],
    "ma": ["Rue Ibn Batouta", "Avenue Mohammed V", "Boulevard Zerktouni", "Rue Tarik Ibn Ziad"],
    "tr": ["Atatürk Cad.", "İstiklal Cad.", "Bağdat Cad.", "Cumhuriyet Cad."],
}

CITIES = {
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Maastricht", "Groningen", "Leiden",
           "Breda", "Nijmegen", "Haarlem", "Delft", "Tilburg", "Venlo", "Enschede", "Roosendaal", "Sluis",
           "Terneuzen", "Kerkrade", "Hulst"],
    "be": [("2000", "Antwerpen"), ("1000", "Brussel"), ("1050", "Ixelles"), ("9000", "Gent"), ("3000", "Leuven"),
           ("4000", "Liège"), ("8500", "Kortrijk"), ("1060", "Saint-Gilles"), ("2300", "Turnhout"),
           ("3500", "Hasselt"), ("7000", "Mons"), ("5000", "Namur"), ("8000", "Brugge"), ("1348", "Louvain-la-Neuve"),
           ("7500", "Tournai"), ("2390", "Malle"), ("3630", "Maasmechelen"), ("4700", "Eupen")],
    "de": [("52062", "Aachen"), ("47533", "Kleve"), ("50667", "Köln"), ("10115", "Berlin"), ("40213", "Düsseldorf"),
           ("48143", "Münster")],
    "fr": [("59000", "Lille"), ("59200", "Tourcoing"), ("75011", "Paris"), ("59100", "Roubaix"), ("67000", "Strasbourg"),
           ("59140", "Dunkerque")],
    "lu": [("1741", "Luxembourg"), ("4001", "Esch-sur-Alzette"), ("9001", "Ettelbruck"), ("1450", "Luxembourg")],
    "es": [("08013", "Barcelona"), ("28013", "Madrid"), ("29001", "Málaga"), ("46001", "Valencia")],
    "pl": [("00-001", "Warszawa"), ("31-001", "Kraków"), ("90-001", "Łódź"), ("80-001", "Gdańsk")],
    "uk": [("NW1 6XE", "London"), ("M1 4BT", "Manchester"), ("EH1 1YZ", "Edinburgh"), ("BS1 4DJ", "Bristol"),
           ("LS2 7EY", "Leeds"), ("CB2 1TN", "Cambridge")],
    "us": [("NY 11211", "Brooklyn,"), ("CA 94110", "San Francisco,"), ("IL 60614", "Chicago,"), ("MA 02139", "Cambridge,"),
           ("TX 78701", "Austin,"), ("WA 98103", "Seattle,")],
    "ma": [("20000", "Casablanca"), ("90000", "Tanger"), ("10000", "Rabat"), ("62000", "Nador")],
    "tr": [("34000", "İstanbul"), ("06000", "Ankara"), ("35000", "İzmir"), ("07000", "Antalya")],
}

# travel destinations and foreign places named in passing (not labelled)
ABROAD = ["Barcelona", "Lissabon", "Kraków", "Marrakech", "Istanbul", "Berlijn", "Parijs", "Londen", "New York",
          "Málaga", "Lille", "Keulen", "Luxemburg", "Porto", "Dublin", "Boston", "Antalya", "Nador", "Gdańsk",
          "Edinburgh", "Rome", "Wenen", "Praag", "Boedapest", "Tanger", "Valencia", "Chicago", "Aken"]
ABROAD_EN = ["Barcelona", "Lisbon", "Krakow", "Marrakech", "Istanbul", "Berlin", "Paris", "London", "New York",
             "Malaga", "Lille", "Cologne", "Luxembourg", "Porto", "Dublin", "Boston", "Antalya", "Nador", "Gdansk",
             "Edinburgh", "Rome", "Vienna", "Prague", "Budapest", "Tangier", "Valencia", "Chicago", "Aachen"]
ABROAD_FR = ["Barcelone", "Lisbonne", "Cracovie", "Marrakech", "Istanbul", "Berlin", "Paris", "Londres", "New York",
             "Malaga", "Lille", "Cologne", "Luxembourg", "Porto", "Dublin", "Boston", "Antalya", "Nador", "Gdansk",
             "Édimbourg", "Rome", "Vienne", "Prague", "Budapest", "Tanger", "Valence", "Chicago", "Aix-la-Chapelle"]

BRANDS = {
    "bank": ["ING", "Rabobank", "ABN AMRO", "bunq", "KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "SNS",
             "Triodos", "Crelan", "Knab", "ASN Bank", "Keytrade", "Revolut", "Beobank"],
    "telco": ["KPN", "Odido", "Proximus", "Orange Belgium", "Telenet", "VodafoneZiggo", "Simyo", "Mobile Vikings",
              "Lebara", "Base", "Ben", "Scarlet", "Youfone", "hey!"],
    "energy": ["Eneco", "Vattenfall", "Engie", "Luminus", "Essent", "TotalEnergies", "Greenchoice", "Mega",
               "Budget Energie", "Bolt"],
    "shop": ["bol", "Coolblue", "Zalando", "Vinted", "Mediamarkt", "Fnac", "Wehkamp", "Krëfel", "HEMA", "Vanden Borre",
             "Blokker", "Action"],
    "rail": ["NS International", "NMBS", "SNCB", "Eurostar", "Deutsche Bahn", "De Lijn", "Flixbus", "Arriva",
             "STIB", "GVB"],
    "airline": ["KLM", "Transavia", "Brussels Airlines", "Ryanair", "easyJet", "TUI fly", "Vueling", "Lufthansa",
                "Corendon", "Air Arabia", "Pegasus", "Wizz Air"],
    "hotel": ["Booking.com", "Airbnb", "Hotels.com", "Expedia", "Center Parcs", "Sunweb", "Corendon Vakanties",
              "Roompot"],
    "app": ["Bitvavo", "Tikkie", "Payconiq", "itsme", "DigiD", "Thuisbezorgd", "Uber", "Bolt Food", "Deliveroo",
            "Spotify", "Netflix", "Strava", "Duolingo", "Too Good To Go"],
    "insurer": ["Zilveren Kruis", "CZ", "Menzis", "VGZ", "Mutualité Chrétienne", "CM", "Partena", "Helan",
                "Ethias", "AG Insurance"],
}

HANDLE_SUFFIX = ["", "_NL", "Help", "webcare", "BE", "_Care", "Support", "_nl"]
HASHTAGS = ["fail", "klantenservice", "roaming", "nooitmeer", "service", "help", "expatlife", "travelfail",
            "flightfail", "vertraging", "grève", "treinellende", "bankieren", "scam", "phishing", "stillwaiting", "annulé",
            "expatproblems", "storing", "retard", "customerservice", "dtv", "eSIM", "bankingabroad", "schandalig",
            "frontalier", "grensarbeider", "onhold"]

COMPANY_PHONES = ["0800 0402", "088 0088 088", "0900-0123", "+31 20 228 88 00", "+31 30 216 00 00", "+32 2 762 20 00",
                  "078 05 05 05", "+32 78 15 15 15", "02 528 28 28", "0800 22 800", "+31 88 123 45 00",
                  "030 751 51 55", "+44 20 7946 0000", "1-800-555-0199", "+32 2 222 11 11", "0900 9292",
                  "+31 70 372 72 72", "0800 55 700", "+352 24 60 60", "+49 30 2589 1000", "088 11 22 333",
                  "070 79 79 79", "+33 9 69 32 10 10", "+31 85 888 00 00"]

URLS = ["https://www.mijnbank-voorbeeld.nl/blokkeren", "https://klantenservice.example.nl/roaming", "mijn.telco-example.be/esim",
        "https://bit.ly/3xYzQ7k", "www.spoor-example.nl/internationaal", "https://status.example.com", "https://t.co/Ab3dE9fGh2",
        "https://www.example-bank.be/kaartstop", "https://help.example.be/fr/carte-bloquee", "example-telecom.nl/buitenland",
        "https://www.cardhelp-example.be", "https://www.neobank-example.com/help", "https://example.org/reset?lang=en",
        "https://bnc.lt/m/xY7q2", "www.rail-example.eu/contact", "https://my.example.lu/factures",
        "https://help.example.co.uk/travel", "https://support.example.com/articles/360014", "https://aka.ms/2fa",
        "https://www.id-app-example.be/fr-BE/faq", "www.train-exemple.be/fr/remboursement", "https://www.example-isp.be/storingen"]

ROUTERS = ["FRITZ!Box 7590", "FRITZ!Box 7530 AX", "H369A", "Experia Box v10", "Livebox 6", "TC4400", "ZTE MF286D",
           "TP-Link Archer AX55", "Sagemcom F@st 5657", "Bbox 3V+", "Technicolor CGA2121", "HS-2210", "ST 3208",
           "Connect Box CH7465LG", "b-box 4", "Smart Wifi Box 2"]
PHONES = ["SM-S918B", "SM-A546B", "A2849", "A3090", "Pixel 8a", "iPhone 15 Pro", "Galaxy A35", "Pixel 7", "XT2343-1",
          "iPhone 13 mini", "Redmi Note 13", "SM-G991B"]

PW_WORDS = ["zomer", "tulp", "fiets", "molen", "konijn", "appel", "regenboog", "kaas", "gracht", "vlinder", "soleil",
            "chocolat", "frites", "maison", "papillon", "banana", "sunshine", "dragon", "monkey", "football", "london",
            "summer", "winter", "tiger", "orange", "pizza", "kater", "boot", "kabouter", "stroopwafel", "bruxelles",
            "liberty", "coffee", "muffin", "paris", "ajax", "anderlecht", "merel", "herfst", "voorjaar", "sneeuw",
            "pannenkoek", "spruitje", "garnaal", "olifant", "zebra", "paardje", "lente", "pieter", "kasteel"]

MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "telenet.be", "skynet.be", "gmx.de", "web.de",
                "orange.fr", "free.fr", "yahoo.co.uk", "btinternet.com", "icloud.com", "proton.me", "wp.pl", "o2.pl",
                "hotmail.fr", "student.kuleuven.be", "ziggo.nl", "kpnmail.nl", "yahoo.com", "me.com", "pt.lu",
                "hotmail.be", "planet.nl", "uva.nl", "outlook.be", "gmx.net"]
WORK_DOMAINS = ["philips.com", "asml.com", "ugent.be", "tudelft.nl", "ec.europa.eu", "booking.com", "adyen.com",
                "kuleuven.be", "shell.com", "uclouvain.be", "ing.com", "nato.int"]

SSIDS = ["Ziggo-5G-4821", "FRITZ!Box 7530 XY", "Livebox-A1B2", "KPN-Thuis-3F", "telenet-9C1A2", "WiFi-Janssens",
         "proximus-home-77", "TP-Link_5E88", "Odido-6A2B", "Bbox-83E1C2", "H369A-9E41", "VOO-447201"]

HOTELS = ["Hotel Amstelzicht", "Ibis Brussels Centre", "NH Collection Barcelona", "Motel One Köln", "Hotel Metropole",
          "Premier Inn Kings Cross", "Hotel des Flandres", "Hampton Inn Boston", "Riad Dar Zaman", "Hilton Garden Inn Kraków"]


def split(pool, half):
    return pool[half::2]


def _handle(brand, i):
    import re
    return re.sub(r"[^A-Za-z0-9]", "", brand) + HANDLE_SUFFIX[i % len(HANDLE_SUFFIX)]


def pools_for(half, literal=""):
    """Pools for `half`. Entries named literally in any template text (`literal`)
    are left out of the pools, so template prose and fillers never collide."""
    def keep(x):
        name = x[1].rstrip(",") if isinstance(x, tuple) else x
        return name not in literal

    streets = {k: split([x for x in v if keep(x)], half) for k, v in STREETS.items()}
    cities = {k: split([x for x in v if keep(x)], half) for k, v in CITIES.items()}
    city_names = {x[1].rstrip(",") if isinstance(x, tuple) else x for v in CITIES.values() for x in v}
    abroad = [i for i in range(len(ABROAD)) if keep(ABROAD[i]) and keep(ABROAD_EN[i]) and keep(ABROAD_FR[i])
              and not ({ABROAD[i], ABROAD_EN[i], ABROAD_FR[i]} & city_names)]
    brands = {k: split([x for x in v if keep(x)], half) for k, v in BRANDS.items()}
    handles = [_handle(b, i) for k in ("bank", "telco", "rail", "airline", "shop", "energy") for i, b in enumerate(brands[k])]
    p = {
        "first": split(FIRST, half), "last": split(LAST, half), "agent": split(AGENTS, half),
        "streets": streets, "cities": cities, "abroad": split(abroad, half), "brands": brands,
        "handles": handles, "hashtags": split(HASHTAGS, half),
        "company_phones": split(COMPANY_PHONES, half), "urls": split(URLS, half), "routers": split(ROUTERS, half),
        "phones": split(PHONES, half), "pw_words": split(PW_WORDS, half), "mail_domains": split(MAIL_DOMAINS, half),
        "work_domains": split(WORK_DOMAINS, half), "ssids": split(SSIDS, half), "hotels": split([h for h in HOTELS if keep(h)], half),
    }
    for k, v in list(streets.items()) + list(cities.items()) + list(brands.items()):
        assert v, ("empty pool", k)
    assert p["abroad"], "empty abroad pool"
    return p
