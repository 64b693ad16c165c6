"""Filler pools. Each list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Jan", "Gerrit", "Anneke", "Wilma", "Henk", "Marieke", "Joke", "Kees", "Ineke", "Bram", "Sanne", "Ruud", "Thijs", "Femke",
           "Hennie", "Corrie", "Piet", "Truus", "Dirk", "Ans", "Willem", "Greet", "Sjoerd", "Marloes", "Arjen", "Tineke"],
    "nl-be": ["Jef", "Marc", "Lieve", "Rita", "Luc", "Hilde", "Dirk", "Mieke", "Koen", "Griet", "Staf", "Annemie", "Wim", "Els",
              "Roger", "Godelieve", "Bart", "Katrien", "Frans", "Veerle", "Jozef", "Martine"],
    "fr-be": ["Jean-Pierre", "Monique", "Michel", "Christiane", "Philippe", "Nadine", "André", "Josiane", "Luc", "Françoise",
              "Jacques", "Brigitte", "Didier", "Isabelle", "Guy", "Anne-Marie", "Marcel", "Véronique", "Yves", "Chantal"],
    "en-gb": ["Margaret", "Derek", "Pauline", "Nigel", "Sheila", "Graham", "Brenda", "Trevor", "Janet", "Colin", "Hazel", "Alan",
              "Gillian", "Keith", "Lorraine", "Stuart", "Maureen", "Ian", "Sandra", "Clive"],
    "en-us": ["Linda", "Robert", "Barbara", "James", "Patricia", "Gary", "Deborah", "Dennis", "Sharon", "Larry", "Carol", "Wayne",
              "Donna", "Ronald", "Cheryl", "Douglas", "Kathy", "Bruce", "Tammy", "Randy"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
           "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kok", "van Dijk", "Post"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen",
              "Van Damme", "Dubois", "Lambrechts", "De Backer", "Hermans", "Verstraeten", "Van Acker"],
    "fr-be": ["Dupont", "Lambert", "Dubois", "Lejeune", "Renard", "Leclercq", "Martin", "Simon", "Laurent", "Collard", "François",
              "Henrard", "Lemaire", "Delvaux", "Gilson", "Marchal", "Piron", "Hubert"],
    "en-gb": ["Thompson", "Hughes", "Walker", "Wright", "Robinson", "Clarke", "Harrison", "Cooper", "Ward", "Turner", "Parker",
              "Atkinson", "Shaw", "Holmes", "Fletcher", "Pearson"],
    "en-us": ["Miller", "Johnson", "Anderson", "Martinez", "Thompson", "Garcia", "Robinson", "Walker", "Kowalski", "O'Brien",
              "Nguyen", "Schmidt", "Reed", "Bennett", "Sullivan", "Hayes"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindelaan", "Prinsengracht", "Julianastraat", "Beukenlaan", "Schoolstraat",
           "Nieuwe Binnenweg", "Stationsweg", "Wilhelminapark", "Oranjestraat", "Zuiderzeestraat", "Eikenhof", "Vondellaan", "Populierenstraat"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Kapelstraat", "Molenstraat", "Nieuwstraat", "Bredabaan", "Steenweg op Gent",
              "Kortrijksesteenweg", "Dorpsplein", "Veldstraat", "Lange Leemstraat", "Diestsevest"],
    "fr-be": ["Rue de la Station", "Chaussée de Waterloo", "Avenue Louise", "Rue du Moulin", "Rue des Écoles", "Place Saint-Lambert",
              "Rue de Namur", "Avenue des Tilleuls", "Rue Haute", "Chemin des Prés", "Boulevard d'Avroy", "Rue de Fer"],
    "en-gb": ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "Park Avenue", "The Crescent", "Queens Road",
              "Manor Close", "Kingsway", "Orchard Drive", "Elm Grove", "High Street"],
    "en-us": ["Oak Street", "Maple Avenue", "Cedar Lane", "Washington Blvd", "Elm Street", "Lakeview Drive", "Pine Ridge Rd",
              "Sunset Boulevard", "Main Street", "Hillcrest Ave", "Birch Court", "Willow Way"],
}
CITY = {
    "nl": [("1012", "Amsterdam"), ("3011", "Rotterdam"), ("3512", "Utrecht"), ("2511", "Den Haag"), ("5611", "Eindhoven"),
           ("9711", "Groningen"), ("6811", "Arnhem"), ("8011", "Zwolle"), ("4811", "Breda"), ("6211", "Maastricht"),
           ("7511", "Enschede"), ("2011", "Haarlem"), ("1811", "Alkmaar"), ("5211", "'s-Hertogenbosch")],
    "nl-be": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"),
              ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout"), ("3290", "Diest")],
    "fr-be": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"),
              ("4800", "Verviers"), ("6700", "Arlon"), ("1348", "Louvain-la-Neuve"), ("7500", "Tournai")],
    "en-gb": [("LS6 2AB", "Leeds"), ("M20 4RT", "Manchester"), ("BS7 8PL", "Bristol"), ("NE3 1QJ", "Newcastle"), ("CF14 3NZ", "Cardiff"),
              ("EH10 5DF", "Edinburgh"), ("B15 2TT", "Birmingham"), ("SW19 7HX", "London"), ("NR2 3QA", "Norwich"), ("YO31 7EE", "York")],
    "en-us": [("IL 62704", "Springfield"), ("OH 43215", "Columbus"), ("TX 78701", "Austin"), ("WA 98103", "Seattle"), ("MA 02139", "Cambridge"),
              ("CO 80203", "Denver"), ("GA 30307", "Atlanta"), ("MN 55408", "Minneapolis"), ("OR 97214", "Portland"), ("NC 27601", "Raleigh")],
}
BRAND = {
    "nl": [("Energiek", "energie"), ("NetLijn", "telecom"), ("ZorgZeker", "verzekeraar"), ("Bank Oranje", "bank"), ("StreamHuis", "streaming"),
           ("WarmteNet", "energie"), ("Belbaar", "telecom"), ("Polder Verzekeringen", "verzekeraar"), ("Spaarbank Noord", "bank"), ("KijkFlix", "streaming")],
    "nl-be": [("Lumenta", "energie"), ("Telvo", "telecom"), ("Verzekerd.be", "verzekeraar"), ("Bank Vlaanderen", "bank"), ("Kijkbox", "streaming"),
              ("Voltia", "energie"), ("Proxinet", "telecom"), ("Argenta Plus", "bank")],
    "fr-be": [("Lumenta", "énergie"), ("Telvo", "télécom"), ("Assurances du Sud", "assureur"), ("Banque Wallonne", "banque"), ("StreamPlus", "streaming"),
              ("Énergie Claire", "énergie"), ("Orbi Mobile", "télécom"), ("Caisse Mosane", "banque")],
    "en-gb": [("Brightwatt", "energy"), ("Connectly", "telecom"), ("Harbour Insurance", "insurer"), ("Thames Bank", "bank"), ("Flickbox", "streaming"),
              ("Greengrid Energy", "energy"), ("Mobi UK", "telecom"), ("Northgate Building Society", "bank")],
    "en-us": [("PowerGrid Co", "energy"), ("Skyline Wireless", "telecom"), ("Liberty Mutual Life", "insurer"), ("First Lakes Bank", "bank"),
              ("StreamNation", "streaming"), ("Metro Electric", "energy"), ("Nova Cellular", "telecom"), ("Pinecrest Credit Union", "bank")],
}
AGENT = ["Sanne", "Mo", "Lisa", "Yusuf", "Eline", "Kevin", "Fatima", "Tom", "Nadia", "Robin", "Joyce", "Bilal", "Chloé", "Sophie",
         "Amélie", "Karim", "Laura", "Dean", "Hannah", "Marcus", "Priya", "Jordan", "Inge", "Stijn"]
MENTION = ["@EnergiekNL", "@NetLijn_help", "@ZorgZekerNL", "@BankOranje", "@StreamHuis", "@Telvo_BE", "@LumentaBE", "@BrightwattUK",
           "@ConnectlyHelp", "@FlickboxSupport", "@SkylineCares", "@FirstLakesBank", "@BelbaarWebcare", "@KijkboxBE", "@StreamPlusBE",
           "@HarbourInsure", "@Consumentenbond", "@radar", "@testaankoop", "@WhichUK"]
HASHTAG = ["#rouw", "#klantenservice", "#overlijden", "#fail", "#geduld", "#nederland", "#vlaanderen", "#deuil", "#serviceclient",
           "#bereavement", "#customerservice", "#grief", "#scheiding", "#verhuizing", "#trouwen", "#babyboom", "#frustratie", "#merci",
           "#divorce", "#justmarried", "#loss", "#help"]
URL = ["https://www.energiek.nl/overlijden", "https://mijn.netlijn.nl/account", "https://www.zorgzeker.nl/nabestaanden",
       "https://bankoranje.nl/nabestaanden-service", "https://help.streamhuis.nl/opzeggen", "https://www.telvo.be/overlijden",
       "https://www.lumenta.be/fr/deces", "https://www.brightwatt.co.uk/bereavement", "https://connectly.co.uk/help/death",
       "https://flickbox.com/account/cancel", "https://www.skylinewireless.com/survivors", "https://firstlakes.com/estate-services",
       "www.belbaar.nl/verhuizen", "kijkbox.be/help", "https://www.notaris.be/erfenis", "https://www.notaris.nl/erven",
       "https://www.gov.uk/after-a-death", "https://tellusonce.gov.uk", "https://bit.ly/3xQ7kPz", "https://www.mijnpolis.nl/gezinsuitbreiding"]
MODEL = ["Fritz!Box 7590", "H369A", "Experia Box v10", "SmartMeter E350", "Kaifa MA105", "bbox3", "SM-A546B", "iPhone 12 mini",
         "Sagemcom F@st 5366", "Tado V3+", "Landis+Gyr E360", "Technicolor TG789", "Nest Thermostat E", "Hub 2 HH2", "Ziggo Mediabox Next",
         "Apple TV 4K A2843", "Genexis Pure-F", "Sky Q 2TB", "Xfinity XB7", "Arris TG1682G"]
SSID = ["Ziggo_Oma", "FamilieDeVries", "TELENET-5G-8421", "Proximus-Home-3F2A", "VOO-ABCD12", "BTHub6-7QRT", "SKY8F3A1", "NETGEAR47",
        "Linksys-Papa", "KPN_Boven", "Maison_Dupont", "HomeSweetHome"]
NOTARY = {
    "nl": ["mr. A.J. van der Meulen", "mr. E. Bos", "mr. drs. H.W. Kramer", "mr. S. Akkerman", "mr. P.G. de Rooij", "mr. L. Schouten"],
    "nl-be": ["notaris Dirk Van Hoeydonck", "notaris An De Clercq", "notaris Pieter Lievens", "notaris Sofie Baert"],
    "fr-be": ["Maître Philippe Dethier", "Maître Anne Collignon", "Maître Jean-Luc Fastrez", "Maître Sophie Rigaux"],
    "en-gb": ["Hartley & Finch Solicitors", "Pemberton Probate LLP", "Whitmore Legal", "Carter Lowe Solicitors"],
    "en-us": ["Goldberg & Hale, Attorneys at Law", "Estate Planning Group of Ohio", "Reyes Probate Law", "Whitfield Estate Attorneys"],
}
FUNERAL = {
    "nl": ["Uitvaartzorg De Linde", "Uitvaartcentrum Rustoord", "Monuta Noord", "Uitvaartverzorging Van Dam"],
    "nl-be": ["Begrafenissen Verbeke", "Uitvaartzorg Heylen", "Funerarium De Roos", "Uitvaarten Maes"],
    "fr-be": ["Funérailles Lambert", "Pompes funèbres Delhaize", "Funérarium Saint-Joseph", "Funérailles Gilson"],
    "en-gb": ["Co-op Funeralcare Leeds", "A. Hughes & Sons Funeral Directors", "Dignity Funerals Norwich", "Pearson Family Funerals"],
    "en-us": ["Riverside Funeral Home", "McAllister-Hayes Funeral Chapel", "Greenlawn Memorial", "Oakwood Funeral Services"],
}


def deal(pool, half):
    """Return the filler members belonging to one half (0=dev, 1=heldout)."""
    if isinstance(pool, dict):
        return {k: deal(v, half) for k, v in pool.items()}
    return [x for i, x in enumerate(pool) if i % 2 == half]
