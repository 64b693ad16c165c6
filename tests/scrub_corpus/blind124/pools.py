"""Filler pools. Every pool is dealt alternately between dev (even index) and heldout (odd index)."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fleur", "Bas", "Mirjam", "Thijs", "Anouk", "Ruud", "Femke", "Wouter", "Ilse", "Koen", "Marloes", "Stijn",
           "Esther", "Daan", "Yvonne", "Niels", "Linda", "Hüseyin", "Priya", "Gert-Jan", "Noor", "Sem"],
    "nl-be": ["Lotte", "Wim", "Griet", "Pieter-Jan", "Els", "Jens", "An", "Koenraad", "Lien", "Bart", "Hilde", "Seppe", "Ellen", "Dries",
              "Katrien", "Joris", "Fien", "Tuur", "Veerle", "Yusuf"],
    "fr-be": ["Nathalie", "Olivier", "Sophie", "Julien", "Amélie", "Grégory", "Céline", "Maxime", "Isabelle", "Thibault", "Aurélie",
              "Benoît", "Manon", "Quentin", "Françoise", "Cédric", "Camille", "Mehdi", "Laetitia", "Arnaud"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie", "Jack", "Isla", "Callum", "Poppy", "Rhys", "Niamh", "Aled",
              "Fiona", "Gareth", "Imogen", "Rajesh", "Zara", "Kieran", "Bethan"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Jessica", "Kayla", "Justin", "Megan", "Carlos", "Tiffany", "Dustin", "Brittany", "Marcus",
              "Jenna", "Travis", "Lauren", "DeShawn", "Courtney", "Kyle", "Heather", "Miguel"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "van den Berg", "Mulder", "de Boer", "Bos", "Vermeulen", "Kok",
           "van Dijk", "Hendriks", "Yilmaz", "Dekker", "van Leeuwen", "Brouwer", "Postma", "Kuipers"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Willems", "Van de Velde", "Mertens", "Vermeersch",
              "Lemmens", "De Backer", "Hermans", "Van Damme", "Verstraete", "Cools", "Aerts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Lejeune", "Renard", "Leclercq", "Simon", "Denis", "Laurent", "Collard",
              "Hubert", "Gilson", "Francois", "Moreau", "Henrard", "Piron", "Delvaux"],
    "en-gb": ["Smith", "Jones", "Taylor", "Williams", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Patel", "Hughes",
              "McLeod", "O'Brien", "Walker", "Wright", "Khan", "Edwards"],
    "en-us": ["Johnson", "Miller", "Garcia", "Rodriguez", "Anderson", "Martinez", "Thompson", "Lee", "Harris", "Clark", "Lewis",
              "Robinson", "Walker", "Young", "Nguyen", "Hernandez", "Hill", "Scott"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsplein", "Julianalaan", "Beukenlaan", "Nieuwe Binnenweg",
           "Oudegracht", "Hoofdstraat", "Van Woustraat", "Lindengracht", "Burgemeester Reigerstraat", "Parkweg", "Zeestraat", "Eikenhof"],
    "nl-be": ["Veldstraat", "Kerkstraat", "Meir", "Stationsstraat", "Bredabaan", "Diestsestraat", "Overpoortstraat", "Grote Markt",
              "Lange Kievitstraat", "Brugsesteenweg", "Dorpsplein", "Kortrijksesteenweg", "Tiensestraat", "Leopoldlei"],
    "fr-be": ["Rue de la Loi", "Chaussée de Waterloo", "Avenue Louise", "Rue Haute", "Rue du Marché", "Boulevard d'Avroy",
              "Rue de Fer", "Chaussée de Charleroi", "Rue des Guillemins", "Place Saint-Lambert", "Rue de Namur", "Avenue de Tervueren"],
    "en-gb": ["Baker Street", "Church Lane", "Victoria Road", "High Street", "Station Road", "Mill Lane", "Queen's Drive",
              "Park Avenue", "Elm Grove", "Kingsway", "Albert Terrace", "Clarence Street", "Castle Hill", "Orchard Close"],
    "en-us": ["Maple Avenue", "Oak Street", "Elm Street", "Washington Blvd", "Sunset Drive", "Lake Shore Dr", "Pine Street",
              "Cedar Lane", "Main Street", "Highland Ave", "Mission St", "Broadway", "Hawthorne Rd", "Market Street"],
}
CITIES = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Groningen", "Eindhoven", "Leiden", "Tilburg", "Arnhem", "Delft", "Breda", "Almere"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas", "Genk"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Louvain-la-Neuve", "Tournai", "Arlon", "Verviers"],
    "en-gb": ["Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff", "Brighton", "Norwich", "York", "Glasgow", "Oxford"],
    "en-us": ["Brooklyn", "San Francisco", "Chicago", "Cambridge", "Seattle", "Austin", "Denver", "Portland", "Boston", "Madison"],
}
ABROAD = ["Málaga", "Faro", "Nice", "Bergamo", "Palma", "Lyon", "Split", "Alicante", "Innsbruck", "Lissabon", "Catania", "Dubrovnik",
          "Salzburg", "Bordeaux", "Tenerife", "Napels", "Porto", "Heraklion", "Reykjavik", "Orlando"]

BRANDS = {
    "rental": [("RijdVrij Autohuur", "rijdvrij", "nl"), ("EuroDrive Rent", "eurodrive", "com"), ("SunCar Hire", "suncarhire", "co.uk"),
               ("AutoVakantie Direct", "autovakantiedirect", "nl"), ("Location Soleil", "locsoleil", "be"), ("Roadtrip Rentals", "roadtriprentals", "com")],
    "grocery": [("VersBezorgd", "versbezorgd", "nl"), ("GroenteKar", "groentekar", "nl"), ("Panier Frais", "panierfrais", "be"),
                ("BasketDrop", "basketdrop", "co.uk"), ("Boodschappenbus", "boodschappenbus", "be"), ("FreshCart Now", "freshcartnow", "com")],
    "music": [("Klankstroom", "klankstroom", "nl"), ("Tunely", "tunely", "com"), ("Ondes+", "ondesplus", "be"), ("Beatvault", "beatvault", "com")],
    "tickets": [("TicketPodium", "ticketpodium", "nl"), ("ConcertKassa", "concertkassa", "be"), ("StageDoor Tix", "stagedoortix", "co.uk"),
                ("Billetterie Live", "billetterielive", "be"), ("GigPass", "gigpass", "com")],
    "school": [("TaalHuis", "taalhuis", "nl"), ("Linguaplaza", "linguaplaza", "be"), ("École Babel", "ecolebabel", "be"),
               ("Parlo Language Centre", "parlo", "co.uk"), ("SpeakEasy Academy", "speakeasyacademy", "com"), ("Talenpunt", "talenpunt", "nl")],
    "vet": [("Dierenkliniek De Hoef", "dierenkliniekdehoef", "nl"), ("Clinique Vétérinaire des Prés", "vetdespres", "be"),
            ("VetCare Zuid", "vetcarezuid", "nl"), ("Greenfield Vets", "greenfieldvets", "co.uk"), ("Dierenartsenpraktijk Scheldezicht", "scheldezicht", "be"),
            ("Paws & Claws Animal Hospital", "pawsclaws", "com")],
    "toll": [("TolPas", "tolpas", "nl"), ("VignetteDirect", "vignettedirect", "eu"), ("EuroToll Box", "eurotollbox", "com"),
             ("Péage Facile", "peagefacile", "be"), ("AlpenVignet", "alpenvignet", "nl"), ("DartCharge Helper", "dartchargehelper", "co.uk")],
}
AGENTS = {
    "nl": ["Marieke", "Joost", "Sharon", "Ricardo", "Esmee", "Ahmed", "Lieke", "Timo", "Kirsten", "Bram"],
    "nl-be": ["Jolien", "Kobe", "Sarah", "Wout", "Inge", "Robbe", "Nele", "Arne"],
    "fr-be": ["Valérie", "Nicolas", "Élodie", "Sébastien", "Caroline", "Damien", "Pauline", "Romain"],
    "en-gb": ["Hannah", "Liam", "Chloe", "Owen", "Megan", "Declan", "Jade", "Rory"],
    "en-us": ["Ashley", "Jordan", "Taylor", "Devin", "Morgan", "Brianna", "Cody", "Alexis"],
}
HASHTAGS = {
    "nl": ["#klantenservice", "#fail", "#autohuur", "#vakantie", "#boodschappen", "#dierenarts", "#tol", "#vignet", "#concert",
           "#nooitmeer", "#help", "#slechteservice", "#spotify", "#taalcursus", "#bezorging", "#oplichting"],
    "fr": ["#serviceclient", "#arnaque", "#vacances", "#courses", "#vétérinaire", "#péage", "#vignette", "#concert", "#honteux",
           "#aide", "#livraison", "#coursdelangue", "#location", "#inadmissible"],
    "en": ["#customerservice", "#fail", "#carhire", "#groceries", "#vet", "#tolls", "#gig", "#neveragain", "#help", "#delivery",
           "#ripoff", "#languageschool", "#roadtrip", "#streaming", "#badservice", "#holiday"],
}
SSIDS = ["Ziggo5G-8812", "TelenetWiFree", "VOO-4F21A", "BTHub6-XK2P", "NETGEAR42", "KPN_Thuis_77", "Proximus-Home-3A7E",
         "TaalHuis-Gast", "Klas3_Students", "VetDeHoef_Guest", "xfinitywifi", "HUAWEI-B535-9C1D", "Villa_Malaga", "FRITZ!Box 7530 QR"]
PLATES = ["GZ-412-K", "1-ABC-234", "XJ-98-LT", "AB12 CDE", "7KTR829", "2-GHJ-881", "K-123-VB", "LM68 XYZ", "S-909-ZN", "1-VXD-007"]
COMPANIES = {
    "nl": ["Bakker Installatietechniek", "Studio Fleur", "Kapsalon Noor", "Visser Transport B.V.", "Hoveniersbedrijf Groen", "Praktijk De Linde"],
    "nl-be": ["Bouwwerken Maes BV", "Bakkerij Claes", "Fotografie Lien", "Schrijnwerkerij Peeters", "Dierenpension 't Hofke", "Wouters Consult"],
    "fr-be": ["Boulangerie Lambert", "Menuiserie Renard SRL", "Atelier Sophie", "Garage Collard", "Cabinet Denis", "Traiteur Hubert"],
    "en-gb": ["Taylor & Sons Plumbing", "Brightside Design Ltd", "The Old Mill B&B", "Patel Accountants", "Hughes Landscaping", "Riverside Dental"],
    "en-us": ["Garcia Landscaping LLC", "Blue Door Bakery", "Summit Physical Therapy", "Lee & Clark CPA", "Northside Auto Repair", "Pine Street Yoga"],
}
PETS = ["Bello", "Minoes", "Luna", "Pluto", "Rocky", "Moustache", "Biscuit", "Max", "Nala", "Simba", "Toby", "Caramel", "Daisy", "Oscar", "Kiki", "Bailey"]
ARTISTS = ["Froukje", "Stromae", "Arctic Monkeys", "Son Mieux", "Angèle", "Goldband", "Coldplay", "Ed Sheeran", "Taylor Swift", "Clouseau",
           "Zwangere Guy", "Olivia Rodrigo", "Suzan & Freek", "Damso", "Snelle", "Hooverphonic"]
LANGS_TAUGHT = {"nl": ["Spaans", "Italiaans", "Frans", "Duits", "Engels", "Portugees", "Japans", "Arabisch"],
                "fr": ["néerlandais", "anglais", "espagnol", "italien", "allemand", "chinois", "portugais", "arabe"],
                "en": ["Spanish", "Italian", "French", "German", "Dutch", "Japanese", "Portuguese", "Mandarin"]}


def deal(pool, half):
    return pool[half::2]


def dealt_pools(half):
    """Return a dict of pools for one half (0 = dev, 1 = heldout)."""
    P = {}
    for k, d in (("first", FIRST), ("last", LAST), ("street", STREETS), ("city", CITIES), ("agent", AGENTS), ("company", COMPANIES)):
        P[k] = {lang: deal(v, half) for lang, v in d.items()}
    P["hashtag"] = {f: deal(v, half) for f, v in HASHTAGS.items()}
    P["langtaught"] = {f: deal(v, half) for f, v in LANGS_TAUGHT.items()}
    P["brand"] = {dom: deal(v, half) for dom, v in BRANDS.items()}
    for k, v in (("abroad", ABROAD), ("ssid", SSIDS), ("plate", PLATES), ("pet", PETS), ("artist", ARTISTS)):
        P[k] = deal(v, half)
    return P
