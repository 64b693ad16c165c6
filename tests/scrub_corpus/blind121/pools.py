"""Filler pools. Every pool is dealt alternately: even index -> dev, odd index -> heldout."""

P = {}

P["first_names"] = [
    "Sanne", "Daan", "Lotte", "Bram", "Femke", "Joris", "Anouk", "Thijs", "Marieke", "Ruben", "Ilse", "Sem",
    "Eline", "Wouter", "Noor", "Jesse", "Fleur", "Koen", "Lieke", "Stijn", "Annelies", "Pieter-Jan", "Griet", "Wannes",
    "Elke", "Jef", "Sofie", "Arne", "Hanne", "Lander", "Nathalie", "Quentin", "Amélie", "Maxime", "Céline", "Benoît",
    "Laetitia", "Thibault", "Aurélie", "Gaëtan", "Oliver", "Charlotte", "Harry", "Imogen", "Callum", "Poppy", "Rhys",
    "Eleanor", "Declan", "Freya", "Tyler", "Madison", "Brandon", "Ashley", "Kayla", "Marcus", "Jenna", "Derek",
    "Brittany", "Kevin", "Mohammed", "Fatima", "Yusuf", "Samira", "Ayoub", "Priya", "Wei", "Chloé", "Senna", "Mats",
]
P["last_names"] = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
    "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
    "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon",
    "Lemaire", "Renard", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
    "Johnson", "Miller", "Garcia", "Rodriguez", "Martinez", "Anderson", "Nguyen", "Patel", "El Amrani", "Yilmaz",
    "Öztürk", "van den Berg", "Vermeulen", "Van Damme", "O'Brien", "Kowalski", "Haddad",
]
P["streets_nl"] = [
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Laan van Meerdervoort", "Van Woustraat", "Stationsweg", "Julianalaan",
    "Prinsengracht", "Oudegracht", "Hoofdstraat", "Beatrixstraat", "Nieuwe Binnenweg", "Burgemeester de Withstraat",
    "Zonnebloemstraat", "Schoolstraat", "Ringdijk", "Amsterdamsestraatweg", "Populierenlaan", "Vechtstraat",
    "Koningin Wilhelminaweg", "Sint Annastraat", "Marktplein", "Achterom", "Waalkade",
]
P["streets_be_nl"] = [
    "Meir", "Kortrijksesteenweg", "Veldstraat", "Brusselsesteenweg", "Diestsestraat", "Grote Markt", "Kapelstraat",
    "Sint-Pietersnieuwstraat", "Antwerpsesteenweg", "Leopoldlaan", "Stationsstraat", "Bredabaan", "Lange Kievitstraat",
    "Tiensestraat", "Vlaanderenstraat", "Gentse Baan", "Molenstraat", "Nieuwstraat",
]
P["streets_be_fr"] = [
    "Rue de la Loi", "Chaussée de Wavre", "Avenue Louise", "Rue Haute", "Rue du Midi", "Chaussée d'Ixelles",
    "Rue Saint-Gilles", "Boulevard d'Avroy", "Rue de Namur", "Avenue des Tilleuls", "Rue des Wallons",
    "Place Saint-Lambert", "Rue de Fragnée", "Chaussée de Bruxelles", "Rue du Collège", "Avenue de la Toison d'Or",
]
P["streets_uk"] = [
    "Acacia Avenue", "High Street", "Station Road", "Church Lane", "Victoria Road", "Kings Road", "Mill Lane",
    "Park Crescent", "Albert Terrace", "Queen's Drive", "Manor Way", "Hawthorn Close", "Bridge Street", "Elm Grove",
    "Windsor Gardens", "Beech Road",
]
P["streets_us"] = [
    "Oak St", "Maple Avenue", "Elm Street", "W 34th St", "Sunset Blvd", "Pine Ridge Rd", "N Broadway", "Cedar Lane",
    "Lakeshore Dr", "Main St", "Washington Ave", "Hillcrest Road", "SE Division St", "Peachtree St NE", "Willow Ct",
    "Magnolia Dr",
]
P["cities_nl"] = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Zwolle", "Groningen", "Eindhoven", "Haarlem", "Amersfoort",
                  "Nijmegen", "Leiden", "Breda", "Apeldoorn", "Delft", "Tilburg", "Alkmaar"]
P["cities_be_nl"] = [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"),
                     ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Berchem", "2600"), ("Sint-Niklaas", "9100"),
                     ("Genk", "3600"), ("Ledeberg", "9050")]
P["cities_be_fr"] = [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"),
                     ("Mons", "7000"), ("Wavre", "1300"), ("Etterbeek", "1040"), ("Louvain-la-Neuve", "1348"), ("Uccle", "1180"),
                     ("Tournai", "7500"), ("Arlon", "6700")]
P["cities_uk"] = ["Leeds", "Manchester", "Bristol", "Edinburgh", "Cardiff", "Brighton", "York", "Sheffield", "Norwich", "Glasgow",
                  "Oxford", "Reading", "Bath", "Nottingham"]
P["cities_us"] = [("Portland", "OR"), ("Austin", "TX"), ("Denver", "CO"), ("Chicago", "IL"), ("Seattle", "WA"), ("Boston", "MA"),
                  ("Raleigh", "NC"), ("San Diego", "CA"), ("Atlanta", "GA"), ("Phoenix", "AZ"), ("Madison", "WI"), ("Brooklyn", "NY")]

# brands per sector (fictional)
P["brand_rental"] = ["SkiVerhuur Alpen", "BoardRent", "SupSpot", "PeakGear Rental", "Snowline Verhuur", "WaveRiders", "RentASki.be",
                     "Glide Hire", "Outdoor Loc", "TrailBox Rentals"]
P["brand_driving"] = ["Rijschool Vooruit", "Autorijschool De Bocht", "RijAcademie", "L-Plate Pros", "DriveRight", "Auto-école Pilote",
                      "Rijschool Groen Licht", "Smooth Lanes Driving", "Rijschool Kompas", "Ecole de conduite Volant"]
P["brand_solar"] = ["ZonVast", "SolarNu", "WarmteWijs", "HeatFlow Installers", "Zonnewerk BV", "SunSide Energy", "ThermoPomp",
                    "Groene Dak", "Brightroof Solar", "Calorie Verte"]
P["brand_cinema"] = ["Kinepolis-ish Cine", "FilmHuis Lumen", "Stadsschouwburg", "Grand Theatre", "Cinéma Aventure", "Pathé-ish Plaza",
                     "Royal Playhouse", "Ciné Palace", "Theater aan het Spui", "Majestic Cinemas"]
P["brand_insurance"] = ["Veilig Wonen Verzekeringen", "HuisGarant", "AssurHome", "Homeshield Insurance", "Polis Direct", "Assurances Toit",
                        "WoonZeker", "SafeNest", "Ethias-ish", "Keystone Home Mutual"]
P["brand_bike"] = ["Fietsenmaker Spaak", "Velodroom Shop", "Rijwielhandel Jansen", "Cycle Hub", "BikeTotaal", "Vélo Service",
                   "Spokes & Co", "De Fietsdokter", "Chain Reaction Bikes", "Fietsplan"]
P["agents"] = ["Lisa", "Mark", "Yasmina", "Tom", "Eva", "Niels", "Sophie", "Jamal", "Karin", "Pieter", "Nadia", "Ben", "Julie",
               "Ahmed", "Emma", "Chris", "Inge", "Olivier", "Hannah", "Raf"]
P["mentions"] = ["@ZonVast", "@SolarNu_NL", "@HuisGarant", "@CycleHubUK", "@BikeTotaal", "@FilmHuisLumen", "@Kinepolis_BE",
                 "@RijschoolVooruit", "@AssurHome_be", "@PeakGearRental", "@SafeNestHelp", "@MajesticCinemas", "@WarmteWijs",
                 "@Fietsplan", "@GrandTheatreLDS", "@Velo_Service", "@CJIB_nl", "@WoonZekerNL", "@BoardRent", "@DriveRightUS"]
P["hashtags_nl"] = ["#zonnepanelen", "#warmtepomp", "#klantenservice", "#fiets", "#schade", "#rijles", "#bioscoop", "#slechteservice",
                    "#wintersport", "#verzekering", "#ebike", "#fail", "#theater", "#boete"]
P["hashtags_fr"] = ["#panneauxsolaires", "#pompeachaleur", "#serviceclient", "#velo", "#assurance", "#cinema", "#permis", "#arnaque",
                    "#ski", "#theatre", "#degatdeseaux", "#amende"]
P["hashtags_en"] = ["#solar", "#heatpump", "#customerservice", "#cycling", "#insurance", "#cinema", "#drivinglessons", "#fail",
                    "#skiing", "#theatre", "#parkingfine", "#ebike", "#nothappy", "#claims"]
P["urls"] = ["https://www.zonvast.nl/storing", "https://huisgarant.nl/schade-melden", "www.cyclehub.co.uk/repairs", "https://bit.ly/3xYz9Qa",
             "https://www.filmhuislumen.nl/tickets", "assurhome.be/fr/sinistre", "https://www.cjib.nl/betalen", "https://portal.solarnu.nl/login",
             "https://www.majesticcinemas.com/refunds", "https://rentaski.be/fr/reservation", "https://mijn.woonzeker.nl",
             "https://www.gov.uk/pay-pcn", "peakgear.com/help", "https://fietsplan.nl/onderhoud", "https://app.warmtewijs.nl/monitor",
             "https://safenest.com/claims/status"]
P["models"] = ["Daikin Altherma 3 ERGA06DV", "SMA Sunny Boy 3.6", "Enphase IQ8M", "Growatt MIN 3600TL-X", "Vaillant aroTHERM plus VWL 75/6",
               "Mitsubishi Ecodan PUZ-WM85VAA", "SolarEdge SE5000H", "Huawei SUN2000-5KTL", "Trek FX 3 Disc", "Gazelle Ultimate C380",
               "Cube Kathmandu Hybrid", "VanMoof S5", "Shimano Deore M6100", "Bosch Performance Line CX", "Atomic Redster Q9",
               "Rossignol Experience 82", "Burton Custom 158", "Red Paddle Ride 10'6", "Nibe S2125-8", "Panasonic Aquarea J WH-MDC05J3E5"]
P["ssids"] = ["Ziggo-5G-3F2A", "telenet-8812B", "VOO-4471", "BTHub6-9XQ2", "NETGEAR42", "Proximus-Home-77A1", "KPN_ThuisNet", "Xfinity-Home",
              "Fam.Janssens", "Zolder_wifi"]
P["plates"] = ["GX-123-B", "1-ABC-234", "K-729-TR", "AB12 CDE", "7XYZ321", "2-JKL-889", "ND-45-XK", "LR68 ZPT"]


def company_phones():
    return {
        "nl": ["0800-0231", "088 123 45 67", "0900-1234567", "085 303 44 00", "020 - 800 40 40", "0800 022 8899", "088-5566770",
               "0900 8844", "+31 88 100 2000", "0800-1350"],
        "nl-be": ["078 15 15 15", "02 500 40 40", "0800 14 170", "070 22 33 44", "+32 78 05 05 05", "03 808 20 20", "078/35.35.35",
                  "0800 99 410"],
        "fr-be": ["078 15 15 16", "02 226 88 88", "0800 12 700", "070 77 66 55", "+32 78 40 40 40", "04 220 30 30", "078/05.06.07",
                  "0800 40 004"],
        "en-gb": ["0345 600 1234", "0800 028 3000", "0330 123 4567", "+44 345 678 9900", "0300 456 7890", "0808 196 1234",
                  "0333 202 5050", "0800 783 0444"],
        "en-us": ["1-800-555-0199", "(888) 555-0142", "1 (877) 555-0101", "800-555-0123", "+1 866 555 0177", "(855) 555-0166",
                  "1-844-555-0188", "877.555.0110"],
    }


for _k, _v in company_phones().items():
    P["company_phones_" + _k] = _v


def deal(half):
    out = {}
    for k, v in P.items():
        part = v[half::2]
        assert len(part) >= 1, k
        out[k] = part
    return out
