"""Filler pools for blind97. Every pool is dealt alternately: even index -> dev, odd -> heldout."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fleur", "Bram", "Annelies", "Thijs", "Mirjam", "Koen", "Esther", "Ruud", "Yasmina", "Dennis", "Ilse", "Wouter", "Noor", "Gerrit", "Femke", "Mehmet", "Lotte", "Hans"],
    "nl-be": ["Lies", "Pieter", "Katrien", "Wim", "Ann", "Bart", "Griet", "Jens", "Elke", "Dirk", "Sofie", "Tom", "Veerle", "Stijn", "Hilde", "Arne", "Ine", "Joris"],
    "fr-be": ["Céline", "Olivier", "Nathalie", "Thierry", "Aurélie", "Julien", "Isabelle", "François", "Manon", "Benoît", "Sophie", "Cédric", "Mélanie", "Didier", "Chloé", "Yannick"],
    "en-gb": ["Hannah", "Oliver", "Charlotte", "Gareth", "Siobhan", "James", "Priya", "Callum", "Bethany", "Nigel", "Aisha", "Rhys", "Fiona", "Declan"],
    "en-us": ["Jessica", "Tyler", "Ashley", "Brandon", "Megan", "Carlos", "Kayla", "Derek", "Lauren", "Marcus", "Brittany", "Kevin", "Shonda", "Ryan"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Mulder", "de Boer", "Bos", "Vermeulen", "Kok", "van den Berg", "Hendriks", "Yilmaz", "Dekker"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Van Damme", "Goossens", "Willems", "Mertens", "Vermeiren", "De Clercq", "Lambrechts", "Verstraete"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lejeune", "Renard", "Simon", "Denis", "Collard", "Laurent", "Mathieu", "Hermans", "Jacobs"],
    "en-gb": ["Smith", "Jones", "Taylor", "Davies", "Evans", "Wilson", "Patel", "Hughes", "McLeod", "O'Brien", "Robinson", "Clarke", "Walsh", "Khan"],
    "en-us": ["Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "Nguyen", "Jackson", "Lee", "Harris", "Walker"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Prinsengracht", "Molenweg", "Julianalaan", "Schoolstraat", "Beukenlaan", "Van Goghstraat", "Stationsweg", "Zuiderzeeweg", "Lindenhof", "Burgemeester de Withstraat", "Marktplein", "Oranjestraat"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Grote Markt", "Molenstraat", "Nieuwstraat", "Dorpsstraat", "Veldstraat", "Brugsesteenweg", "Kortrijksesteenweg", "Bredabaan", "Lange Leemstraat", "Diestsevest"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue Haute", "Chaussée de Waterloo", "Rue du Moulin", "Place Saint-Lambert", "Rue des Champs", "Avenue des Tilleuls", "Rue de Namur", "Boulevard d'Avroy", "Rue Royale", "Chaussée de Charleroi"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road", "Queensway", "Albert Terrace", "Manor Close", "Hillside Crescent", "Cromwell Road"],
    "en-us": ["Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Blvd", "Lakeview Rd", "Sunset Blvd", "Pine Court", "Cedar Lane", "Hickory Way", "Broadway", "Lincoln Ave"],
}
CITY = {
    "nl": [("Amsterdam", "1015"), ("Utrecht", "3512"), ("Rotterdam", "3011"), ("Zwolle", "8011"), ("Groningen", "9711"), ("Eindhoven", "5611"), ("Haarlem", "2011"), ("Nijmegen", "6511"), ("Leiden", "2311"), ("Breda", "4811"), ("Apeldoorn", "7311"), ("Den Helder", "1781")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Turnhout", "2300")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"), ("Ixelles", "1050"), ("Arlon", "6700"), ("Tournai", "7500"), ("Spa", "4900")],
    "en-gb": [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8PL"), ("London", "SE15 4QA"), ("Cardiff", "CF24 3DG"), ("Glasgow", "G12 8QQ"), ("York", "YO10 3JT"), ("Brighton", "BN2 1HW"), ("Norwich", "NR2 3LS"), ("Belfast", "BT9 6AZ")],
    "en-us": [("Austin, TX", "78704"), ("Portland, OR", "97214"), ("Chicago, IL", "60614"), ("Denver, CO", "80205"), ("Boston, MA", "02130"), ("Seattle, WA", "98103"), ("Brooklyn, NY", "11215"), ("Atlanta, GA", "30307"), ("Madison, WI", "53703"), ("Tucson, AZ", "85719")],
}
# brand names per domain: (display name, handle, web domain)
BRAND = {
    "legal": [("Notariskantoor Van Loon", "notarisvanloon", "notarisvanloon.nl"), ("Het Juridisch Loket", "juridischloket", "juridischloket.nl"),
              ("Notaris De Wilde & Partners", "notarisdewilde", "notarisdewilde.be"), ("Étude Notariale Lemaire", "notairelemaire", "notaire-lemaire.be"),
              ("Brightwell Legal Aid", "brightwelllegal", "brightwell-legal.co.uk"), ("Harbor Estate Law", "harborestatelaw", "harborestatelaw.com"),
              ("Rechtswinkel Oost", "rechtswinkeloost", "rechtswinkeloost.nl"), ("Notarishuis Kempen", "notarishuiskempen", "notarishuis-kempen.be")],
    "hotel": [("Duinpark Zeewind", "duinparkzeewind", "zeewind.nl"), ("Hotel Aan de Gracht", "hotelaandegracht", "hotelaandegracht.nl"),
              ("Vakantiepark De Kempervennen", "kempervakantie", "kempervakantie.nl"), ("Hôtel des Ardennes", "hotelardennes", "hotel-ardennes.be"),
              ("Seaview Holiday Park", "seaviewparks", "seaviewparks.co.uk"), ("Lakeside Lodge & Suites", "lakesidelodge", "lakesidelodge.com"),
              ("Strandhotel Knokke", "strandhotelknokke", "strandhotel-knokke.be"), ("Bosrijk Bungalows", "bosrijkbungalows", "bosrijk.nl")],
    "gym": [("FitCity", "fitcity_nl", "fitcity.nl"), ("BasicGym", "basicgym", "basicgym.be"), ("Sportclub Olympia", "scolympia", "scolympia.nl"),
            ("PowerHouse Fitness", "powerhousefit", "powerhousefit.co.uk"), ("IronWorks Gym", "ironworksgym", "ironworksgym.com"),
            ("Tennisclub De Linde", "tcdelinde", "tcdelinde.nl"), ("Club Sportif Wavre", "cswavre", "cswavre.be"), ("Energie Fitness Gent", "energiegent", "energiefit.be")],
    "broadband": [("GlasNet", "glasnet", "glasnet.nl"), ("Vezelstad", "vezelstad", "vezelstad.nl"), ("FiberLink", "fiberlink_be", "fiberlink.be"),
                  ("Connectys", "connectys", "connectys.be"), ("Openreach Partners", "fibrepartnersuk", "fibrepartners.co.uk"), ("Lumen Home Fiber", "lumenhomefiber", "homefiber.com"),
                  ("Delta Glasvezel", "deltaglas", "deltaglas.nl"), ("WallonieNet", "wallonienet", "wallonienet.be")],
}
AGENT = ["Sanne", "Mark", "Eva", "Joost", "Lisa", "Kevin", "Nadia", "Tim", "Inge", "Rachid", "Claire", "Ben", "Marieke", "Stefan", "Amélie", "Gregory", "Laura", "Ahmed", "Kim", "Jonas"]
HASHTAG = {
    "nl": ["#storing", "#glasvezel", "#klantenservice", "#waardeloos", "#notaris", "#vakantie", "#sportschool", "#wifi", "#internet", "#hulp", "#nooitmeer", "#teleurgesteld"],
    "nl-be": ["#panne", "#glasvezel", "#klantendienst", "#slechtservice", "#notaris", "#vakantie", "#fitness", "#wifi", "#internetpanne", "#schande"],
    "fr-be": ["#panne", "#fibre", "#serviceclient", "#scandale", "#notaire", "#vacances", "#salledesport", "#wifi", "#internet", "#inadmissible"],
    "en-gb": ["#fibre", "#customerservice", "#broadband", "#shambles", "#holidaypark", "#gym", "#wifi", "#fail", "#outage", "#notimpressed"],
    "en-us": ["#fiber", "#customerservice", "#internet", "#fail", "#hotel", "#gymlife", "#wifi", "#outage", "#ripoff", "#help"],
}
SSID = ["Zeewind-Gast", "HOTEL_GUEST", "KPN-5G-A7F2", "Ziggo4821399", "Bungalow_42", "FRITZ!Box 7590 XQ", "TELENET-8C1D2", "proximus-home-3A9F",
        "VOO-281944", "SKY8F2A1", "BTHub6-QW3X", "NETGEAR47", "Lakeside_Guests", "Chalet-17", "Gym_Members", "FitCity-Free"]
SERIAL = ["ALCLB3A4F21C", "HWTC8D3E1A2F", "SN 2130 7S3K 0042", "GNXS03A1B2C3", "ZTEGC8F2E119", "CP2147RA3E9", "SG0B0A1C2D3E", "ALCL:F9E17C02",
          "SN: 3C9A-77F1-0B42", "HWTCA1B2C3D4", "FTTH-ONT 8812-4401", "DSNW6B5F0C21"]
ROOM = ["204", "317", "12B", "chalet 41", "lodge 7", "kamer 108", "bungalow 23", "chambre 15", "suite 3", "cabin 9", "312", "unit 18"]
