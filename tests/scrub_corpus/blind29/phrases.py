"""Fillers for blind29: brands, names, streets, cities. Every list is dealt alternately to the halves."""

# Two brand sets per organisation: index 0 -> dev, index 1 -> heldout.
BRANDS = {
    "t": [
        {"name": "Belmobiel", "handle": "Belmobiel_Help", "domain": "belmobiel.nl", "tags": ["storing", "belmobiel", "4G", "nobar"],
         "phones": {"NL": ["0800-0233", "088 990 1200"], "BE": ["0800 55 120", "02 700 11 20"], "GB": ["0800 028 1200", "0333 200 4400"], "US": ["1-800-555-0142", "(888) 310-2200"]}},
        {"name": "Zendmast", "handle": "ZendmastCare", "domain": "zendmast.com", "tags": ["zendmast", "outage", "geenbereik", "wifi"],
         "phones": {"NL": ["0900-1420", "088 124 0000"], "BE": ["0800 94 400", "078 15 20 20"], "GB": ["0800 079 0455", "0345 600 7070"], "US": ["1-877-400-3300", "(866) 712-0909"]}},
    ],
    "e": [
        {"name": "Voltera Energie", "handle": "VolteraNL", "domain": "voltera.eu", "tags": ["voltera", "energierekening", "stroomstoring"],
         "phones": {"NL": ["0800-0123", "085 273 4400"], "BE": ["078 35 35 10", "0800 12 300"], "GB": ["0330 088 1234", "0800 048 2200"], "US": ["1-800-555-0190", "(844) 290-1100"]}},
        {"name": "Groenwatt", "handle": "groenwatt", "domain": "groenwatt.com", "tags": ["groenwatt", "powercut", "jaarafrekening"],
         "phones": {"NL": ["0900-0505", "088 808 5050"], "BE": ["078 05 05 05", "0800 20 505"], "GB": ["0800 313 4040", "0345 272 5050"], "US": ["1-888-505-0505", "(855) 404-2020"]}},
    ],
    "b": [
        {"name": "Rivierbank", "handle": "RivierbankHelpt", "domain": "rivierbank.eu", "tags": ["rivierbank", "storing", "bankapp"],
         "phones": {"NL": ["020 205 0400", "0800-1180"], "BE": ["02 222 10 10", "078 15 30 30"], "GB": ["0345 734 1111", "0800 015 4040"], "US": ["1-800-432-1000", "(877) 240-7070"]}},
        {"name": "Havenbank", "handle": "Havenbank", "domain": "havenbank.com", "tags": ["havenbank", "fraude", "appstoring"],
         "phones": {"NL": ["030 216 0000", "0800-0024"], "BE": ["02 762 20 00", "078 05 56 56"], "GB": ["0345 600 2290", "0800 056 5000"], "US": ["1-866-222-0800", "(800) 935-9935"]}},
    ],
    "s": [
        {"name": "Koopzaak", "handle": "koopzaak", "domain": "koopzaak.nl", "tags": ["koopzaak", "bezorging", "retour"],
         "phones": {"NL": ["030 310 4999", "0900-3040"], "BE": ["03 443 20 20", "078 48 48 00"], "GB": ["0330 808 4200", "0800 090 1430"], "US": ["1-888-280-4331", "(855) 210-7000"]}},
        {"name": "Pakkie", "handle": "PakkieShop", "domain": "pakkie.com", "tags": ["pakkie", "pakketje", "blackfriday"],
         "phones": {"NL": ["020 808 7700", "0900-7722"], "BE": ["09 298 00 00", "078 48 11 11"], "GB": ["0333 015 5010", "0800 098 8090"], "US": ["1-877-700-7722", "(833) 300-4400"]}},
    ],
}

FIRST = {
    "nl": ["Sanne", "Kees", "Mohammed", "Anouk", "Henk", "Fatima", "Daan", "Ria", "Bas", "Yvonne", "Jeroen", "Esra", "Wim", "Lisa",
           "Thijs", "Gerda", "Mehmet", "Floor", "Ruud", "Iris", "Sem", "Marianne", "Koen", "Priya", "Jolanda", "Stijn"],
    "nl-be": ["Jens", "Ann", "Wout", "Hilde", "Kobe", "Lien", "Marc", "Griet", "Arne", "Katrien", "Rudi", "Elke", "Senne", "Marleen",
              "Bert", "Nele", "Dirk", "Febe", "Jef", "Sofie"],
    "fr-be": ["Amandine", "Julien", "Nathalie", "Mehdi", "Françoise", "Quentin", "Aurélie", "Sébastien", "Chantal", "Maxime",
              "Yasmina", "Olivier", "Manon", "Didier", "Laetitia", "Benoît", "Inès", "Grégory", "Anne-Sophie", "Cédric"],
    "en-gb": ["Gemma", "Callum", "Sian", "Rob", "Priti", "Darren", "Hannah", "Liam", "Bev", "Tom", "Aisha", "Gareth", "Becky",
              "Stuart", "Niamh", "Kieran", "Janet", "Oliver"],
    "en-us": ["Tyler", "Brittany", "DeShawn", "Megan", "Carlos", "Kayla", "Jim", "Ashley", "Brandon", "Lupe", "Kevin", "Tanya",
              "Mike", "Heather", "Jamal", "Courtney", "Doug", "Madison"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Yilmaz", "Bos", "Vos", "Dekker",
           "Hendriks", "van Dijk", "El Amrani", "Kramer", "Brouwer", "van Leeuwen", "Veenstra", "Postma"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Willems", "Vermeulen", "Van Damme",
              "Mertens", "Verstraete", "Lemmens", "De Backer", "Hermans", "Coppens"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lejeune", "Renard", "Collard", "Leclercq", "Denis",
              "Mathieu", "François", "Gilson", "Hubert", "Lemaire"],
    "en-gb": ["Hughes", "Patel", "Walsh", "Thompson", "Evans", "Wright", "Roberts", "O'Brien", "Khan", "Clarke", "Turner", "Price",
              "Lewis", "Davies"],
    "en-us": ["Johnson", "Garcia", "Miller", "Rodriguez", "Davis", "Martinez", "Anderson", "Jackson", "Nguyen", "Brooks", "Ramirez",
              "Cooper", "Reed", "Sullivan"],
}
AGENTS = {
    "nl": ["Mirjam", "Tim", "Loes", "Nadia", "Joost", "Evi", "Rik", "Sara", "Kim", "Bart", "Fenna", "Dennis"],
    "fr": ["Camille", "Nicolas", "Léa", "Thomas", "Sarah", "Antoine", "Justine", "Romain"],
    "en": ["Jess", "Adam", "Chloe", "Marcus", "Leanne", "Ryan", "Sophie", "Dan", "Erin", "Josh"],
}
STREETS = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Prinses Irenestraat", "Julianastraat", "Beukenlaan", "Stationsweg",
           "Van der Helststraat", "Oranjestraat", "Schoolstraat", "Kastanjelaan", "Tulpstraat", "Vondelstraat", "Hoofdweg",
           "Ringdijk", "Laan van Meerdervoort", "Graaf Florisstraat", "Merelstraat", "Esdoornlaan"],
    "BE": ["Kapelstraat", "Rue de la Station", "Steenweg op Gent", "Avenue Louise", "Rue du Moulin", "Nieuwstraat", "Grote Markt",
           "Chaussée de Waterloo", "Kouter", "Rue des Écoles", "Sint-Jansstraat", "Rue Haute", "Bredabaan", "Rue de Namur",
           "Veldstraat", "Avenue des Tilleuls", "Lange Kievitstraat", "Rue Saint-Gilles", "Korenmarkt", "Boulevard d'Avroy"],
    "GB": ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "The Crescent", "Albert Terrace", "High Street",
           "Kingsway", "Park Avenue", "Queens Drive", "Manor Close", "Green Lane", "Cavendish Road", "Orchard Way"],
    "US": ["Oak Street", "Maple Avenue", "Elm Drive", "Sunset Blvd", "Pine Ridge Rd", "Lakeview Terrace", "Main Street",
           "Cedar Lane", "W Fullerton Ave", "Hickory Court", "Bayshore Dr", "Willow Way", "N Lamar Blvd", "Peachtree St NE"],
}
CITIES = {
    "NL": ["Utrecht", "Zwolle", "Tilburg", "Groningen", "Haarlem", "Almere", "Breda", "Leiden", "Apeldoorn", "Den Bosch",
           "Enschede", "Amersfoort", "Nijmegen", "Delft", "Alkmaar", "Hoorn"],
    "BE": ["Gent", "Antwerpen", "Liège", "Namur", "Leuven", "Charleroi", "Brugge", "Hasselt", "Mons", "Mechelen", "Wavre",
           "Kortrijk", "Verviers", "Aalst", "Arlon", "Genk"],
    "GB": ["Leeds", "Bristol", "Cardiff", "Norwich", "Sheffield", "Glasgow", "Reading", "Leicester", "Brighton", "Derby",
           "Swansea", "Exeter"],
    "US": ["Columbus", "Austin", "Oakland", "Chicago", "Brooklyn", "Atlanta", "Seattle", "Miami", "Denver", "Tampa",
           "Raleigh", "Omaha"],
}
PRODUCTS = {
    "t": ["Unlimited 5G", "Sim Only 20GB", "Internet 500", "Alles-in-1 Plus", "Internet + TV Basis", "Fibre 1 Gbit", "prepaid bundel 10",
          "Family Share 4", "Glasvezel 200", "Mobile Start"],
    "e": ["Vast 3 jaar", "Groen Variabel", "Dynamisch contract", "Fixed Saver 24", "Windstroom Vast 1 jaar", "Variable Green",
          "Zon & Teruglevering", "Gas Vast 2 jaar"],
    "b": ["Betaalrekening Plus", "Spaarrekening Flex", "Creditcard Gold", "Jongerenrekening", "Compte Confort", "Everyday Current Account",
          "Zakelijke Rekening", "Premium Checking"],
    "s": ["Airfryer XL", "draadloze koptelefoon", "kinderfiets 16 inch", "stofzuigerrobot", "winterjas maat M", "espresso machine",
          "tuinset 4 stoelen", "laptoptas", "LEGO set", "sneakers maat 42", "babyfoon", "bureaustoel", "smartwatch", "matras 90x200"],
}
SSIDS = ["Ziggo7A21C", "telenet-5G-88A1", "VOO-203344", "BELMOB-HOME-2F", "FRITZ!Box 7530 QX", "Proximus-Home-7F1B", "BTHub6-9ZP2",
         "NETGEAR47", "Huize Bakker", "xfinitywifi-home", "KPN-2.4-B1C0", "Orange-3AF0", "SKY3F9A1", "Linksys00412"]
