"""Filler pools. Every pool is dealt alternately to the halves (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Thijs", "Eva", "Jeroen", "Marieke", "Wouter", "Anouk", "Sven",
           "Ingrid", "Kees", "Femke", "Ruud", "Yara", "Mohamed", "Noor", "Gert-Jan", "Esther", "Pim", "Ilse", "Hanneke"],
    "nl-be": ["Lien", "Jens", "Katrien", "Wout", "Ine", "Pieter-Jan", "Elke", "Joris", "Sofie", "Bart", "Nele", "Stijn",
              "An", "Tom", "Griet", "Koen", "Fien", "Yusuf", "Hilde", "Arne"],
    "fr-be": ["Amélie", "Julien", "Céline", "Maxime", "Aurélie", "Nicolas", "Manon", "Thibault", "Sophie", "Quentin",
              "Laurence", "Benoît", "Chloé", "Olivier", "Sarah", "Grégory", "Inès", "Mehdi", "Valérie", "Arnaud"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie", "Jack", "Emily", "Tom", "Hannah", "Callum",
              "Priya", "Niamh", "Rhys", "Fiona", "Gareth", "Aisha", "Jamie", "Lucy", "Ewan"],
    "en-us": ["Michael", "Jessica", "Tyler", "Ashley", "Brandon", "Megan", "Jordan", "Kayla", "Chris", "Lauren", "Marcus",
              "Brittany", "Jose", "Emily", "Kevin", "Danielle", "Ryan", "Maria", "Derek", "Tanya"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
           "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Kok", "Willems",
           "van der Linden", "Kuipers"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Vermeulen", "Van den Broeck", "Dubois", "Verstraete", "Lambrechts", "De Clercq", "Aerts", "Hermans"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lejeune", "François",
              "Mathieu", "Collignon", "Gérard", "Henrard", "Jacquet", "Delvaux", "Bodart", "Remacle"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Patel", "Walker",
              "Wright", "Hughes", "MacDonald", "O'Neill", "Davies", "Khan", "Turner"],
    "en-us": ["Johnson", "Miller", "Garcia", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "White", "Harris",
              "Clark", "Lewis", "Robinson", "Nguyen", "Walker", "Hall", "Young", "Kowalski"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beukenlaan", "Prinsengracht",
           "Oudegracht", "Schoolstraat", "Wilhelminastraat", "Emmastraat", "Lindenlaan", "Burgemeester de Withstraat",
           "Van Speijkstraat", "Kastanjelaan", "Nieuwe Binnenweg", "Zuiderzeeweg", "Hoofdstraat", "Merelstraat", "Tolstraat"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Nieuwstraat", "Dorpsstraat", "Kouter", "Brusselsesteenweg",
              "Turnhoutsebaan", "Sint-Pietersnieuwstraat", "Meir", "Diestsestraat", "Kortrijksesteenweg", "Lange Leemstraat",
              "Veldstraat", "Hoogstraat", "Vrijdagmarkt"],
    "fr-be": ["Rue de la Loi", "Rue Neuve", "Avenue Louise", "Chaussée de Waterloo", "Rue Saint-Gilles", "Boulevard d'Avroy",
              "Rue des Wallons", "Avenue de Tervueren", "Rue de Fer", "Place du Marché", "Rue Haute", "Chaussée de Charleroi",
              "Rue du Pont", "Avenue des Combattants", "Rue Léopold", "Rue de Namur"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road",
              "Queen Street", "Manor Close", "Elm Grove", "Albert Terrace", "Cromwell Road", "Green Lane", "Oxford Street",
              "Castle Wynd", "Beech Crescent"],
    "en-us": ["Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Blvd", "Cedar Lane", "Sunset Boulevard",
              "Lakeview Drive", "Pine Street", "Park Place", "Broadway", "Highland Ave", "Willow Court", "Mission Street",
              "Jefferson Road", "Peachtree St NE"],
}
CITY = {
    "nl": ["Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Leiden",
           "Nijmegen", "Amersfoort", "Tilburg", "Alkmaar", "Delft", "Arnhem", "Breda", "Deventer", "Apeldoorn"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas",
              "Genk", "Roeselare", "Lier", "Turnhout", "Oostende"],
    "fr-be": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Ixelles", "Wavre", "Louvain-la-Neuve", "Tournai",
              "Arlon", "Verviers", "Uccle", "Nivelles", "Schaerbeek"],
    "en-gb": ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Brighton", "Norwich", "Sheffield", "Edinburgh",
              "Nottingham", "York", "Reading", "Bath", "Leicester"],
    "en-us": ["Austin", "Portland", "Chicago", "Denver", "Seattle", "Boston", "Brooklyn", "San Diego", "Atlanta",
              "Minneapolis", "Raleigh", "Phoenix", "Columbus", "Sacramento"],
}
POSTCODE_GB = ["LS6", "M14", "BS7", "G12", "CF10", "BN1", "NR2", "S10", "EH9", "NG7", "YO31", "RG1", "BA2", "LE2"]
STATE_US = ["TX", "OR", "IL", "CO", "WA", "MA", "NY", "CA", "GA", "MN", "NC", "AZ", "OH", "NJ"]

# brand pools by domain and market; mentions/urls are derived from these, so they follow the dealing
BRANDS = {
    "nl": {
        "bike": ["Swapfiets", "Lease a Bike", "Fietsenwinkel.nl", "Stella fietsen", "Bikefair", "Dutch ID", "Rijwielhandel Bakker", "Fietsplan Direct"],
        "grid": ["Liander", "Stedin", "Enexis", "Westland Infra", "Coteq", "Rendo"],
        "muni": ["gemeente Utrecht", "gemeente Zwolle", "gemeente Haarlem", "gemeente Eindhoven", "gemeente Leiden", "gemeente Breda"],
        "waste": ["HVC", "ROVA", "Irado", "Avri", "Cyclus", "Twente Milieu", "Saver", "Circulus"],
        "photo": ["Albelli", "HEMA Foto", "Fotofabriek", "Kruidvat Fotoservice", "CEWE", "Pixum", "Fotostudio Lichtval", "Smartphoto"],
        "lux": ["Gassan", "Juwelier Schaap en Citroen", "Horlogerie Van der Kamp", "Siebel Juweliers", "Bucherer", "Horlogemakerij Tijdloos"],
        "baby": ["Prénatal", "Babypark", "Baby-Dump", "Bugaboo", "Joolz", "Kidsroom Utrecht", "Babydump", "Baby & Tiener"],
    },
    "be": {
        "bike": ["Cyclis", "Joule", "Bike Republic", "Mobit", "Fietsen Claes", "Vélo Shop Namur", "Lease a Bike BE", "Fietsenwinkel Gent"],
        "grid": ["Fluvius", "ORES", "Sibelga", "RESA", "AIEG", "REW"],
        "muni": ["Stad Gent", "Stad Antwerpen", "Ville de Liège", "Ville de Namur", "Stad Leuven", "Commune d'Ixelles"],
        "waste": ["IVAGO", "Ecowerf", "Limburg.net", "Bruxelles-Propreté", "Intradel", "IVBO", "BEP Environnement", "Verko"],
        "photo": ["Smartphoto", "Pixum", "Photobox", "Kruidvat Foto", "Studio Clair-Obscur", "Fotostudio De Lens", "Hema Foto BE", "Colorama"],
        "lux": ["Juwelier Slaets", "Horlogerie Dumoulin", "Tollenaere", "Juwelen Verheyen", "Maison Leysen", "Horlogerie Mathot"],
        "baby": ["Dreambaby", "Baby 2000", "Prémaman", "Kiabi Kids", "Maxi Toys", "Aubert", "Baby Pro", "Kidz Stuff"],
    },
    "gb": {
        "bike": ["Cyclescheme", "Halfords", "Evans Cycles", "Cycle to Work Hub", "Tredz", "Brompton", "Bike Club", "Buzzbike"],
        "grid": ["UK Power Networks", "Northern Powergrid", "SP Energy Networks", "Electricity North West", "SSEN", "National Grid Electricity Distribution"],
        "muni": ["Leeds City Council", "Bristol City Council", "Manchester City Council", "Brighton & Hove Council", "Norwich City Council", "City of Edinburgh Council"],
        "waste": ["Biffa", "Veolia", "Suez", "Bristol Waste", "Cleansing Services", "FCC Environment"],
        "photo": ["Photobox", "Snapfish UK", "Jessops", "Boots Photo", "Max Spielmann", "Truprint", "Loxley Colour", "Harrow Studio"],
        "lux": ["Watches of Switzerland", "Goldsmiths", "Mappin & Webb", "Beaverbrooks", "Ernest Jones", "Fraser Hart"],
        "baby": ["Mothercare", "JoJo Maman Bébé", "Mamas & Papas", "Silver Cross", "Boots Baby", "Kiddies Kingdom", "Smyths Toys", "Babies R Us UK"],
    },
    "us": {
        "bike": ["REI Co-op", "Trek Bikes", "Citi Bike", "Rad Power Bikes", "Specialized", "Bike Shop Brooklyn", "Lyft Bikes", "Aventon"],
        "grid": ["Con Edison", "PG&E", "ComEd", "Duke Energy", "Xcel Energy", "Dominion Energy"],
        "muni": ["City of Austin", "City of Portland", "NYC 311", "City of Denver", "Seattle Public Utilities", "City of Raleigh"],
        "waste": ["Waste Management", "Republic Services", "WM", "Recology", "Waste Connections", "Casella"],
        "photo": ["Shutterfly", "Snapfish", "Mpix", "Walgreens Photo", "CVS Photo", "Nations Photo Lab", "Costco Photo", "Bay Photo Lab"],
        "lux": ["Tourneau", "Bucherer US", "Jared", "Kay Jewelers", "Tiffany & Co.", "Hodinkee Shop"],
        "baby": ["buybuy BABY", "Target Baby", "Pottery Barn Kids", "UPPAbaby", "Carter's", "Babylist", "Graco", "Nuna USA"],
    },
}
HASHTAGS = {
    "nl": ["#storing", "#stroomstoring", "#afval", "#fietsdiefstal", "#klantenservice", "#fail", "#liander", "#swapfiets", "#containers", "#grofvuil", "#slimmemeter", "#babyspullen", "#zwangerschap", "#fotoboek", "#nietblij", "#wachten"],
    "nl-be": ["#stroompanne", "#fluvius", "#huisvuil", "#PMD", "#fietslease", "#klantendienst", "#digitalemeter", "#geboortelijst", "#gent", "#schandalig", "#fotoboek", "#traag"],
    "fr-be": ["#panne", "#compteurdigital", "#ORES", "#sibelga", "#collecte", "#PMC", "#vélo", "#servicesclient", "#liège", "#honteux", "#listedenaissance", "#photo"],
    "en-gb": ["#powercut", "#binday", "#cycletowork", "#customerservice", "#fail", "#smartmeter", "#photobook", "#watchrepair", "#newbaby", "#stillwaiting", "#fixit", "#leeds"],
    "en-us": ["#poweroutage", "#trashday", "#ebike", "#customerservice", "#fail", "#smartmeter", "#babyregistry", "#photoprints", "#watchservice", "#ridiculous", "#help", "#austin"],
}
URL_PATHS = ["/klantenservice", "/contact", "/storingen", "/mijn-account", "/service/reparatie", "/faq", "/help/inloggen",
             "/afvalkalender", "/meterstanden", "/bestelling/status", "/retour", "/privacy", "/support/ticket",
             "/onderhoud", "/garantie", "/wachtwoord-vergeten", "/app", "/aanvraag", "/uploaden", "/account/beveiliging"]
AGENTS = {
    "nl": ["Lisa", "Mark", "Ayla", "Jesse", "Kim", "Ruben", "Demi", "Niels", "Sara", "Tim", "Joyce", "Rick"],
    "nl-be": ["Ellen", "Pieter", "Lore", "Dries", "Charlotte", "Jonas", "Marthe", "Seppe", "Eline", "Robbe"],
    "fr-be": ["Camille", "Antoine", "Élodie", "Romain", "Justine", "Hugo", "Pauline", "Sébastien", "Laura", "Kevin"],
    "en-gb": ["Becky", "Sam", "Liam", "Zara", "Dan", "Chloe", "Ollie", "Megan", "Ravi", "Holly"],
    "en-us": ["Ashley", "Tyler", "Dana", "Carlos", "Jen", "Mike", "Alexis", "Brian", "Nicole", "Andre"],
}
SSID = ["Ziggo7A3F1", "KPN-Thuis", "telenet-4B2C9", "VOO-88213", "BTHub6-9XQ2", "NETGEAR47", "Proximus-Home-3E1A",
        "H369A-5CD2E", "SKY3F21A", "Xfinity-Home", "Fam_Janssens", "TP-Link_8C12", "Linksys00231", "iPhone van Sanne",
        "Orange-B7F0", "FRITZ!Box 7530 XY"]


def market(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}[lang]


def deal(lst, half):
    out = lst[half::2]
    return out if out else lst[:1]


def pools_for_half(half):
    p = {}
    for lang in FIRST:
        d = {
            "first": deal(FIRST[lang], half), "last": deal(LAST[lang], half), "street": deal(STREET[lang], half),
            "city": deal(CITY[lang], half), "hashtag": deal(HASHTAGS[lang], half), "agent": deal(AGENTS[lang], half),
            "postcode": deal(POSTCODE_GB, half), "state": deal(STATE_US, half),
        }
        for dom, lst in BRANDS[market(lang)].items():
            d[dom] = deal(lst, half)
        d["urlpath"] = deal(URL_PATHS, half)
        d["ssid"] = deal(SSID, half)
        p[lang] = d
    return p
