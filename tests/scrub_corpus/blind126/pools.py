"""Filler pools. Every list is dealt alternately: even index -> dev, odd -> heldout."""

FIRST = {
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Femke", "Joris", "Anouk", "Thijs", "Ilse", "Ruben", "Marloes", "Sem",
           "Noor", "Jesse", "Esther", "Wouter", "Fleur", "Koen", "Yasmina", "Mehmet", "Priya", "Kevin", "Lieke", "Gijs"],
    "nl-be": ["Lotte", "Wout", "Ine", "Jens", "Elke", "Pieter-Jan", "Fien", "Seppe", "Lien", "Bart", "Griet", "Arne",
              "Nele", "Stijn", "Hanne", "Jonas", "Sofie", "Kobe", "Ellen", "Bram", "Amira", "Tuur"],
    "fr-be": ["Camille", "Julien", "Manon", "Thomas", "Chloé", "Maxime", "Élodie", "Nicolas", "Aurélie", "Quentin",
              "Laura", "Sébastien", "Inès", "Gaëtan", "Sarah", "Benoît", "Yasmine", "Olivier", "Margaux", "Romain"],
    "en-gb": ["Olivia", "Harry", "Amelia", "Jack", "Isla", "Callum", "Sophie", "George", "Priya", "Rhys", "Megan",
              "Owen", "Chloe", "Alfie", "Niamh", "Declan", "Freya", "Jamie", "Zara", "Ollie"],
    "en-us": ["Emily", "Tyler", "Madison", "Brandon", "Ashley", "Jordan", "Kayla", "Marcus", "Hannah", "Carlos",
              "Brittany", "Ethan", "Jasmine", "Kyle", "Lauren", "Devon", "Maria", "Austin", "Taylor", "Nathan"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters",
           "Hendriks", "van Dijk", "Kok", "Yilmaz", "van Leeuwen", "Dekker", "Brouwer", "Kuipers", "Verhoeven"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Vermeulen", "Van den Broeck", "Desmet", "Coppens", "Vandenberghe", "Pauwels"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lejeune", "Michel",
              "Lemaire", "Denis", "Collard", "Hubert", "Charlier", "Gilson"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
              "Wright", "Hughes", "Patel", "Khan", "McDonald", "O'Neill"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore",
              "Jackson", "Lee", "Harris", "Clark", "Lewis", "Robinson", "Walker"],
}

STREETS = {
    "NL": ["Kerkstraat", "Molenweg", "Julianalaan", "Dorpsstraat", "Van Goghlaan", "Prinsengracht", "Bloemstraat",
           "Stationsweg", "Oranjestraat", "Lindenlaan", "Beukenlaan", "Hoofdstraat", "Wilhelminapark", "Eikenrode",
           "Spoorsingel", "Nieuwe Binnenweg", "Kastanjelaan", "Zuiderdiep", "Tolhuisweg", "Vondelstraat"],
    "BE": ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Dorpsstraat", "Kapelstraat", "Veldstraat",
           "Oudenaardsesteenweg", "Turnhoutsebaan", "Koning Albertlaan", "Molenstraat", "Overpoortstraat",
           "Naamsestraat", "Bondgenotenlaan", "Lange Lozanastraat"],
    "BEF": ["Rue de la Station", "Avenue Louise", "Rue Haute", "Chaussée de Waterloo", "Rue des Wallons",
            "Boulevard d'Avroy", "Rue de Namur", "Place Saint-Lambert", "Rue du Moulin", "Avenue de Tervueren",
            "Rue de Fer", "Chaussée de Charleroi"],
    "UK": ["Mill Lane", "Church Road", "Station Road", "Victoria Street", "Park Avenue", "Queens Road",
           "High Street", "Albert Terrace", "Manor Close", "Hyde Park Road", "Cowley Road", "Clarendon Street",
           "Woodland Drive", "Kingsway"],
    "US": ["Maple Ave", "Oak Street", "Elm St", "Sunset Blvd", "Lakeview Drive", "Pine Ridge Rd", "W 4th St",
           "Cedar Lane", "Highland Ave", "Washington Street", "Main St", "Birch Ct", "Hillcrest Rd", "Chestnut St"],
}
CITIES = {
    "NL": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Groningen", "97"), ("Eindhoven", "56"),
           ("Leiden", "23"), ("Zwolle", "80"), ("Nijmegen", "65"), ("Haarlem", "20"), ("Tilburg", "50"),
           ("Delft", "26"), ("Enschede", "75"), ("Maastricht", "62"), ("Amersfoort", "38")],
    "BE": [("Gent", "9000"), ("Leuven", "3000"), ("Antwerpen", "2000"), ("Brugge", "8000"), ("Hasselt", "3500"),
           ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Berchem", "2600")],
    "BEF": [("Liège", "4000"), ("Namur", "5000"), ("Bruxelles", "1000"), ("Charleroi", "6000"), ("Mons", "7000"),
            ("Louvain-la-Neuve", "1348"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700")],
    "UK": [("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Sheffield", "S10"),
           ("Oxford", "OX4"), ("Cardiff", "CF24"), ("Nottingham", "NG7"), ("Brighton", "BN2"), ("York", "YO10"),
           ("Birmingham", "B29"), ("Liverpool", "L17")],
    "US": [("Springfield, IL", "627"), ("Austin, TX", "787"), ("Denver, CO", "802"), ("Portland, OR", "972"),
           ("Columbus, OH", "432"), ("Madison, WI", "537"), ("Boston, MA", "021"), ("Ann Arbor, MI", "481"),
           ("Tampa, FL", "336"), ("Raleigh, NC", "276"), ("Seattle, WA", "981"), ("Atlanta, GA", "303")],
}

BRANDS = {
    "garage": {
        "NL": ["Autobedrijf Van der Linden", "Garage De Hoek", "Broekhuis Volkswagen", "Kwik-Fit Zwolle", "Profile Tyrecenter",
               "Stam Peugeot", "Dealer Louwman Toyota", "Autoservice Kuiper", "EuroMaster", "Van Mossel Ford"],
        "BE": ["Garage Peeters", "D'Ieteren Service", "Carrosserie Vandenberghe", "Autocenter Mechelen", "Garage Lambert",
               "Touring Wegenhulp", "Garage Collard", "Vroomen Kia", "Autosécurité", "Carglass België"],
        "UK": ["Halfords Autocentre", "Arnold Clark", "Kwik Fit", "Evans Halshaw", "Johnson's Garage", "Stoneacre Ford",
               "National Tyres", "Lookers Vauxhall"],
        "US": ["Jiffy Lube", "Valvoline Instant", "Firestone Complete Auto Care", "Sunrise Honda", "Pep Boys",
               "Midas", "Tom's Auto Repair", "Lakeside Toyota"],
    },
    "housing": {
        "NL": ["DUWO", "SSH Student Housing", "Xior", "The Student Hotel", "Lefier", "Idealis", "Stadswonen", "Kences"],
        "BE": ["Kotweb", "Xior Student Housing", "Upkot", "Stuvo", "Kotkompas", "Campus Housing Gent"],
        "UK": ["Unite Students", "iQ Student Accommodation", "Fresh Student Living", "CRM Students", "Liberty Living",
               "Student Roost"],
        "US": ["Campus Apartments", "American Campus Communities", "The Retreat", "University Village",
               "Varsity House", "Greystar Student Living"],
    },
    "energy": {
        "NL": ["Gaslicht.com", "Pricewise", "Overstappen.nl", "Independer", "Vattenfall", "Eneco", "Essent",
               "Budget Energie", "Vandebron", "Greenchoice"],
        "BE": ["Mijnenergie.be", "Engie", "Luminus", "TotalEnergies", "Mega", "Bolt", "V-test", "Fluvius"],
        "UK": ["Uswitch", "Octopus Energy", "OVO", "British Gas", "EDF", "Compare the Market", "E.ON Next",
               "Ofgem complaints"],
        "US": ["EnergySage", "ComEd", "Choose Energy", "PG&E", "Con Edison", "Reliant", "Xcel Energy", "Duke Energy"],
    },
    "library": {
        "NL": ["OBA", "Bibliotheek Utrecht", "de Bibliotheek Rotterdam", "Bibliotheek Eindhoven", "Biblionet Groningen",
               "Online Bibliotheek", "BiblioPlus", "Bibliotheek Zuid-Kennemerland"],
        "BE": ["Bibliotheek Gent", "Stadsbibliotheek Antwerpen", "cultuurconnect", "Bibliothèque de Liège",
               "Bibliothèques de Namur", "Bib Leuven", "Muntpunt", "Bibliotheca Wittockiana"],
        "UK": ["Leeds Libraries", "Manchester Libraries", "Libby", "Bristol Libraries", "Glasgow Libraries",
               "BorrowBox", "Oxfordshire Libraries"],
        "US": ["NYPL", "Chicago Public Library", "Libby", "Seattle Public Library", "Austin Public Library",
               "Hoopla", "Denver Public Library"],
    },
    "dating": {
        "ALL": ["Tinder", "Bumble", "Hinge", "Lexa", "Parship", "Happn", "Inner Circle", "Meetic", "Relatieplanet",
                "OkCupid", "Badoo", "Feeld"],
    },
    "airline": {
        "ALL": ["KLM", "Transavia", "Brussels Airlines", "TUI fly", "easyJet", "Ryanair", "British Airways",
                "Corendon", "Vueling", "United", "Delta", "Lufthansa", "Jet2", "Air France"],
    },
}

HANDLES = {
    "garage": ["@KwikFitNL", "@BroekhuisNL", "@Halfords", "@DIeterenBE", "@JiffyLube", "@ANWB", "@Touring_BE",
               "@RDW_nl", "@DVSAgovuk", "@FordNederland", "@ToyotaBelgium", "@KiaUK"],
    "housing": ["@DUWO_nl", "@SSHstudent", "@Xior_be", "@UniteStudents", "@iQstudent", "@Kotweb", "@ACCstudents",
                "@kamernet"],
    "energy": ["@Pricewise", "@Gaslicht", "@Eneco", "@Essent", "@Engie_BE", "@Luminus", "@uSwitch", "@octopus_energy",
               "@ComEd", "@VattenfallNL", "@Vandebron", "@OVOEnergy"],
    "library": ["@OBA_Amsterdam", "@debibliotheek", "@bibgent", "@Muntpunt", "@LeedsLibraries", "@NYPL", "@libbyapp",
                "@ChiPubLib", "@bibliotheekutr", "@Bibliothequeliege"],
    "dating": ["@Tinder", "@bumble", "@hinge", "@LexaNL", "@Parship", "@happn_app", "@Meetic_BE", "@okcupid"],
    "airline": ["@KLM", "@KLM_NL", "@Transavia", "@FlyingBrussels", "@easyJet", "@Ryanair", "@British_Airways",
                "@united", "@Delta", "@TUIflyBE", "@Schiphol", "@BrusselsAirport"],
}
HASHTAGS = {
    "garage": ["#APK", "#MOT", "#garage", "#terugroepactie", "#recall", "#onderhoud", "#autopech", "#klantenservice",
               "#keuring", "#carservice"],
    "housing": ["#studentenhuisvesting", "#kot", "#kotstudent", "#studenthousing", "#woningnood", "#huurrecht",
                "#lekkage", "#deposit"],
    "energy": ["#energieprijzen", "#overstappen", "#energie", "#switching", "#energycrisis", "#jaarafrekening",
               "#factuur", "#slimmemeter"],
    "library": ["#bibliotheek", "#bib", "#library", "#boete", "#ebook", "#libraries", "#leesclub", "#overdue"],
    "dating": ["#dating", "#datingapp", "#scam", "#banned", "#catfish", "#swipe", "#onlinedaten", "#romancescam"],
    "airline": ["#lostluggage", "#kofferkwijt", "#bagagekwijt", "#Schiphol", "#delayedbaggage", "#valiseperdue",
                "#bagage", "#travelfail"],
}

AGENTS = ["Sanne", "Mo", "Ilse", "Jeroen", "Fatima", "Tom", "Evi", "Nathalie", "Kim", "Pieter", "Lucas", "Anouk",
          "Hatice", "Dries", "Charlotte", "Sam", "Robin", "Jade", "Marco", "Emma", "Wim", "Leila"]
SSIDS = ["Ziggo4A2F1", "KPN-Home-7731", "Telenet-8843", "proximus-home-2C9", "BTHub6-R2PQ", "Kot_2e_verdiep",
         "xfinitywifi", "NETGEAR47", "VOO-123456", "Odido-A13B", "TP-Link_5G_88", "Huize Appelboom"]
PLATES = {"NL": ["GX-123-B", "K-456-SD", "12-ABC-3", "ZT-881-P", "S-902-JK", "7-KLM-88"],
          "BE": ["1-ABC-234", "2-GHK-917", "1-XWE-552", "2-ADR-003"],
          "UK": ["AB12 CDE", "LR68 XKP", "YD19 OUA", "KY21 HTZ"],
          "US": ["7ABC123", "KJW-4821", "8XYZ442", "HRT 5512"]}
CARS = ["Volkswagen Polo", "Toyota Yaris", "Peugeot 208", "Kia Niro", "Ford Focus", "Opel Corsa", "Tesla Model 3",
        "Renault Clio", "Škoda Octavia", "Hyundai Kona", "Vauxhall Astra", "Honda Civic", "Fiat 500", "BMW 118i"]
MODELS = ["EF-2291", "WH-1000XM4", "SM-A546B", "iPhone 14 Pro", "ZTE MF286D", "AX3000", "Fritz!Box 7590",
          "PX-7 Mk2", "HT-4410", "Z1 Pro", "KX-TG6812", "MR-6400", "DS220+", "RT-AX58U"]
PARTS = ["04E 115 561 H", "1K0 698 451 J", "SKU 88123-NL", "ART-552190", "5Q0 615 301 F", "OEM 13 71 7 571 355",
         "PN 31 12 6 770 859", "BOSCH 0 986 479 C19", "R-44120-22", "MANN W 712/95"]
URLS = {
    "garage": ["https://www.rdw.nl/terugroepacties", "https://www.gov.uk/check-mot-history", "www.apkcheck.nl",
               "https://www.nhtsa.gov/recalls", "https://garagedehoek.nl/afspraak", "www.kwik-fit.com/mot",
               "https://www.goca.be", "https://service.broekhuis.nl/planner"],
    "housing": ["https://www.duwo.nl/mijn-duwo", "https://www.kotweb.be", "www.sshxl.nl/portal",
                "https://www.unitestudents.com/my-account", "https://portal.xior.be", "https://kamernet.nl/huurcheck",
                "https://www.iqstudentaccommodation.com/help", "huurcommissie.nl"],
    "energy": ["https://www.gaslicht.com/overstappen", "https://www.pricewise.nl/energie", "mijnenergie.be/vergelijken",
               "https://www.uswitch.com/gas-electricity/", "https://octopus.energy/dashboard", "www.vtest.be",
               "https://www.eneco.nl/mijn-eneco", "https://www.energysage.com/compare"],
    "library": ["https://www.oba.nl/mijn-account", "https://www.onlinebibliotheek.nl", "bibliotheek.be/inloggen",
                "https://www.leeds.gov.uk/libraries", "https://libbyapp.com", "https://www.nypl.org/account",
                "https://gent.bibliotheek.be", "https://www.bibliotheques.be/liege"],
    "dating": ["https://help.tinder.com", "https://bumble.com/help", "lexa.nl/help", "https://hinge.co/contact",
               "https://www.parship.nl/hulp", "https://www.meetic.be/aide", "bit.ly/3xDate9", "https://okcupid.com/safety"],
    "airline": ["https://www.klm.nl/bagage", "https://wtrweb.worldtracer.aero", "https://www.brusselsairlines.com/baggage",
                "https://www.easyjet.com/en/help/baggage", "klm.to/bagage", "https://www.transavia.com/service",
                "https://www.united.com/baggage", "https://bagage.schiphol.nl"],
    "general": ["https://www.kvk.nl", "https://bit.ly/4kPzQ2x", "https://tinyurl.com/2p8x9kz", "www.example-support.nl",
                "https://support.example.com/article/1234", "http://status.example.be"],
}
STATIONS = ["AMS", "BRU", "LHR", "EIN", "RTM", "JFK", "MAN", "CRL", "LGW", "EWR", "ORD", "BCN", "AGP", "PMI"]
AIRLINE_CODES = ["KL", "HV", "SN", "TB", "U2", "FR", "BA", "OR", "VY", "UA", "DL", "LH", "LS", "AF"]
