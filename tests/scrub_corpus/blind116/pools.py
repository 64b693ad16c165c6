"""Filler pools. Every list is dealt alternately over the halves (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Joris", "Femke", "Bram", "Lotte", "Thijs", "Ilse", "Ruud", "Marloes", "Sem", "Yara", "Kees",
           "Nadia", "Mehmet", "Anouk", "Wouter", "Esther", "Daan", "Fleur", "Gerrit", "Priya", "Stijn", "Mirjam", "Hidde"],
    "nl-be": ["Lien", "Wout", "Ellen", "Jens", "Griet", "Pieter-Jan", "Hanne", "Bart", "Nele", "Arne", "Katrien", "Dries",
              "Sofie", "Tuur", "Inge", "Kobe", "Annelies", "Seppe", "Elke", "Jef"],
    "fr-be": ["Amélie", "Julien", "Céline", "Maxime", "Aurélie", "Quentin", "Manon", "Sébastien", "Nathalie", "Loïc", "Camille",
              "François", "Elodie", "Gaëtan", "Sarah", "Thibault", "Margaux", "Benoît", "Yasmina", "Olivier"],
    "en-gb": ["Rhiannon", "Callum", "Siobhan", "Gareth", "Harriet", "Declan", "Priya", "Alfie", "Imogen", "Rory", "Bethan",
              "Kieran", "Freya", "Angus", "Lucy", "Tariq", "Niamh", "Oliver", "Megan", "Hamish"],
    "en-us": ["Brittany", "Tyler", "Ashley", "Jamal", "Kayla", "Brandon", "Maria", "Dustin", "Jasmine", "Cody", "Heather",
              "Marcus", "Lindsey", "DeShawn", "Courtney", "Travis", "Alyssa", "Hector", "Megan", "Garrett"],
}
LAST = {
    "nl": ["de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
           "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yilmaz", "Kramer", "van Dijk", "Postma", "Jonker"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Van den Broeck", "Verstraete", "Dubois", "Vermeulen", "Hermans", "Pauwels", "Desmet", "Lambrecht"],
    "fr-be": ["Dupont", "Lambert", "Martin", "Dubois", "Leroy", "Renard", "Simon", "Laurent", "Lejeune", "Michaux", "Collignon",
              "Gilson", "Fontaine", "Lemaire", "Delvaux", "Piret", "Rousseau", "Dethier"],
    "en-gb": ["Hughes", "Patel", "O'Connor", "Walsh", "Thompson", "Evans", "Fraser", "Khan", "Robertson", "Davies", "Clarke",
              "Macleod", "Whitaker", "Doyle", "Ashworth", "Pritchard", "Bell", "Hussain"],
    "en-us": ["Johnson", "Ramirez", "Nguyen", "Miller", "Washington", "Kowalski", "Brooks", "Sanchez", "Patterson", "Reyes",
              "Hoffman", "Carter", "Jenkins", "Morales", "Fitzgerald", "Lee", "Baxter", "Donovan"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Havenkade", "Schoolstraat", "Beukenlaan",
           "Weteringschans", "Nieuwe Binnenweg", "Oude Rijn", "Spoorlaan", "Zeeweg", "Tjalkstraat", "Boerhaavelaan", "Dijkweg",
           "1e Van der Helststraat", "Koningin Wilhelminaweg", "Bloemgracht", "Meeuwenlaan"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Kapelsesteenweg", "Brugsesteenweg", "Nieuwstraat", "Grote Markt", "Molenstraat",
              "Lindenlaan", "Veldstraat", "Diestsestraat", "Turnhoutsebaan", "Hoogstraat", "Zeedijk", "Kortrijksesteenweg"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Saint-Gilles", "Boulevard d'Avroy",
              "Rue du Moulin", "Place du Marché", "Rue des Écoles", "Avenue de Tervueren", "Rue de Namur", "Chaussée de Charleroi",
              "Rue Haute", "Rue Grétry", "Rue de Fer"],
    "en-gb": ["Church Lane", "Victoria Road", "High Street", "Mill Lane", "Station Road", "Harbour View", "Marine Parade",
              "Queen's Drive", "Orchard Close", "Brunswick Street", "Kingsway", "Cathedral Walk", "Bridge Street", "Elm Grove"],
    "en-us": ["Maple Ave", "Oak Street", "Sunset Blvd", "W 12th St", "Lakeshore Dr", "Pine Ridge Rd", "Elm St", "Harbor Way",
              "Main Street", "Cedar Ln", "Washington Ave", "Bayview Terrace", "N Halsted St", "Magnolia Ct"],
}
CITY = {
    "nl": [("1015", "Amsterdam"), ("3011", "Rotterdam"), ("3512", "Utrecht"), ("9711", "Groningen"), ("5611", "Eindhoven"),
           ("2311", "Leiden"), ("6511", "Nijmegen"), ("8011", "Zwolle"), ("4331", "Middelburg"), ("1781", "Den Helder"),
           ("8861", "Harlingen"), ("7511", "Enschede"), ("1621", "Hoorn"), ("4811", "Breda")],
    "nl-be": [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
              ("3500", "Hasselt"), ("8400", "Oostende"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout"),
              ("8300", "Knokke-Heist"), ("3600", "Genk")],
    "fr-be": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
              ("1300", "Wavre"), ("1050", "Ixelles"), ("1180", "Uccle"), ("6700", "Arlon"), ("4800", "Verviers"),
              ("1348", "Louvain-la-Neuve"), ("5500", "Dinant")],
    "en-gb": [("LS6 2AB", "Leeds"), ("BS1 4QA", "Bristol"), ("M14 5TP", "Manchester"), ("EH6 7JR", "Edinburgh"),
              ("CF10 3NB", "Cardiff"), ("PL1 2PE", "Plymouth"), ("BN2 1TW", "Brighton"), ("SO14 3TN", "Southampton"),
              ("NE1 4ST", "Newcastle"), ("TR18 4AF", "Penzance"), ("YO1 7HH", "York"), ("G12 8QQ", "Glasgow")],
    "en-us": [("IL 60614", "Chicago"), ("CA 94110", "San Francisco"), ("TX 78704", "Austin"), ("WA 98103", "Seattle"),
              ("FL 33139", "Miami Beach"), ("MA 02139", "Cambridge"), ("OR 97214", "Portland"), ("CO 80205", "Denver"),
              ("NY 11215", "Brooklyn"), ("GA 30307", "Atlanta"), ("MD 21403", "Annapolis"), ("SC 29401", "Charleston")],
}

BRANDS = {
    "dating": ["Klik&Match", "Hartslag", "Swoony", "LoveLocal", "Tinderbox Dating", "Rencontre Plus", "DateNL", "Spark60+",
               "Matchmaker BE", "Amoureux"],
    "subscription": ["StreamBox", "Luistervink Premium", "FitNu", "ReadMore+", "Tuneo", "PuzzelPro", "Kijkwijzer+",
                     "Nieuwsbrug Digitaal", "CloudKluis", "Wolkje Opslag"],
    "hotel": ["Van der Stad Hotels", "Dunehaven Resorts", "Hôtel Lumière", "Harbour & Co Hotels", "Parkzicht Rewards",
              "Brightstay", "Golden Tulip-achtig", "Castleford Inns", "Lakeside Lodges", "Citynest"],
    "holidaypark": ["Landal-achtig Duinpark", "Boshuisjes Veluwe", "Camping De Zeehond", "Parc Les Sapins", "Sunparks-achtig",
                    "Vakantiepark Het Wad", "Hoseasons-style Glen", "Lakeview Holiday Park", "Domaine des Ardennes", "Center Bos"],
    "marina": ["Jachthaven De Kaag", "Marina Port Zélande", "Sloepverhuur Amstel", "Watersport Loosdrecht", "Port de Plaisance Namur",
               "Solent Boat Hire", "Marina Nieuwpoort", "Bootjes & Brunch", "Harbor Point Rentals", "Bootverhuur Giethoorn"],
    "farmshop": ["Boerderijwinkel De Hoeve", "Zuivelboerderij Het Klaverblad", "Ferme du Bois", "Hoevewinkel 't Hofke",
                 "Greenacre Farm Shop", "Kaasboerderij Jonkers", "Oogst van Hier", "Marché Fermier", "Meadowlane Farm", "Pluktuin Appelgaard"],
    "mealkit": ["Kookdoos", "VersVandaag", "Boxfresh", "Smaakpakket", "Panier Malin", "Dinnerly-achtig", "Chef at Home", "Verspakket+",
                "Foodbox BE", "Prep&Plate"],
    "energy": ["Windkracht Energie", "Zonnestroom Direct", "Groenlicht", "EnergieBE", "Lumen Énergie", "Brightwatt", "Powerhouse Energy",
               "Volta NL", "Stroomlijn", "SunRidge Solar"],
    "gov": ["Belastingdienst", "Toeslagen", "UWV", "SVB", "FOD Financiën", "SPF Finances", "HMRC", "DWP", "IRS", "Kind en Gezin"],
}

AGENTS = ["Sanne", "Mo", "Lisa", "Ruben", "Eline", "Kevin", "Jolien", "Bilal", "Chloé", "Nicolas", "Emma", "Jake", "Hannah",
          "Luca", "Saar", "Youssef", "Marie", "Tom", "Fenna", "Ahmed", "Ivy", "Noah"]

MENTIONS = ["@KlikMatchNL", "@Hartslag_app", "@StreamBoxHelp", "@FitNuSupport", "@DunehavenNL", "@ParkzichtCare", "@BrightstayHelp",
            "@DuinparkNL", "@MarinaKaag", "@SolentBoats", "@KookdoosNL", "@BoxfreshUK", "@WindkrachtNL", "@ZonnestroomHelp",
            "@EnergieBE_help", "@LumenEnergie", "@BrightwattCare", "@BelastingdienstNL", "@HMRCcustomers", "@SPFFinances",
            "@TuneoSupport", "@VersVandaag", "@PanierMalin", "@SunRidgeSolar", "@LakeviewParks", "@CitynestHotels"]

URLS = ["https://www.windkracht.nl/slimme-meter", "https://mijn.zonnestroomdirect.nl/login", "https://klikmatch.nl/help/account",
        "https://www.dunehaven.nl/rewards", "https://support.streambox.tv/en/cancel", "www.kookdoos.nl/pauzeren",
        "https://www.belastingdienst.nl/toeslagen", "https://www.gov.uk/contact-hmrc", "https://finances.belgium.be/fr/particuliers",
        "https://boxfresh.co.uk/account/skip", "https://parkzicht.be/nl/boeking", "https://www.marina-kaag.nl/ligplaatsen",
        "https://status.brightwatt.com", "https://help.tuneo.app/articles/401", "lumen-energie.be/compteur-intelligent",
        "https://www.sunridgesolar.com/monitoring", "https://lakeviewparks.co.uk/check-in", "https://www.fodfin.be/myminfin"]

MODELS = ["Kaifa MA105", "Landis+Gyr E350", "Sagemcom T211", "Iskra AM550", "Fluvius Sagemcom S211", "SMA Sunny Boy 3.6",
          "Enphase IQ7+", "SolarEdge SE5000H", "Growatt MIN 3600TL-X", "HomeWizard P1 HWE-P1", "Huawei SUN2000-5KTL",
          "GivEnergy AIO", "Tesla Powerwall 2", "Fronius Primo 4.0-1", "Yamaha F9.9", "Tohatsu MFS6", "Garmin Striker 4",
          "Honda BF2.3", "Smart-ME Kamstrup 162"]

SSIDS = ["Duinpark_Gast", "Marina-Guest-5G", "Ziggo1234567", "telenet-7A3C2", "Hotel Lumière Free", "Boshuisje12", "FRITZ!Box 7530 RX",
         "VOO-HOMEE2B7", "BTHub6-9XRT", "NETGEAR47", "Sloep_Wifi", "Proximus-Home-38F1", "KPN_Modem_5G", "Lodge-14-WiFi"]

HASHTAGS = ["#slechteservice", "#klantenservice", "#storing", "#zonnepanelen", "#slimmemeter", "#toeslagen", "#vakantie",
            "#fail", "#helpdesk", "#energiecrisis", "#bootje", "#dating", "#opzeggen", "#maaltijdbox", "#nofilter", "#customerservice",
            "#solar", "#HMRC", "#staycation", "#boating", "#facturation", "#service", "#teleurgesteld", "#gefrustreerd"]

BOATS = ["De Zwaluw", "Sloep 7", "Kaagvogel", "Bonne Mer", "Sea Biscuit", "Wadloper", "Pieternel", "Lady Grace", "Ankertje", "Blue Heron"]
PLATES = ["XG-123-B", "1-ABC-234", "GK-07-PT", "AB12 CDE", "7TRX429", "S-271-LP", "2-KLM-981", "YK19 ZPL"]
