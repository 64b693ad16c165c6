"""Filler pools. Each list is dealt alternately: even index -> dev (half 0), odd -> heldout (half 1)."""

FIRST = {
    "nl": ["Sanne", "Joris", "Marieke", "Bram", "Femke", "Thijs", "Ilse", "Ruben", "Noor", "Daan", "Lotte", "Sem", "Anouk", "Jeroen", "Esther", "Mohamed", "Fatima", "Wouter", "Kim", "Gijs"],
    "nl-be": ["Lien", "Wout", "Elke", "Pieter-Jan", "Griet", "Jens", "Sofie", "Kobe", "Hanne", "Stijn", "Annelies", "Thibault", "Marijke", "Bert", "Ine", "Yusuf"],
    "fr-be": ["Amélie", "Grégoire", "Chloé", "Maxime", "Nathalie", "Quentin", "Aurélie", "Julien", "Céline", "Benoît", "Manon", "Olivier", "Sarah", "Thomas", "Inès", "Karim"],
    "en-gb": ["Olivia", "Harry", "Chloe", "Oliver", "Imogen", "George", "Priya", "Callum", "Siobhan", "Rhys", "Hannah", "Tom", "Aisha", "Jack", "Fiona", "Declan"],
    "en-us": ["Madison", "Tyler", "Ashley", "Brandon", "Jessica", "Kevin", "Megan", "Jose", "Brittany", "Marcus", "Lauren", "Ryan", "Keisha", "Dylan", "Courtney", "Eric"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "el Amrani", "Dekker", "Brouwer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Goossens", "Willems", "Vermeulen", "Van den Broeck", "Mertens", "Dubois", "Jacobs", "Verhoeven"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Leclercq", "Renard", "Lejeune", "Dumont", "Collard", "Delvaux", "Hermans", "Lemaire", "Fontaine"],
    "en-gb": ["Smith", "Patel", "Jones", "Williams", "Taylor", "Davies", "Evans", "O'Brien", "Hughes", "Khan", "Walker", "Wright", "MacLeod", "Robinson"],
    "en-us": ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "Nguyen", "Robinson", "Walker", "Young", "Hernandez", "Kim"],
}
STREETS = {
    "nl": ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Lindenlaan", "Prinsengracht", "Stationsweg", "Vondelstraat", "Julianalaan", "Hoofdstraat", "Burgemeester de Withstraat", "2e Jan Steenstraat", "Van Woustraat", "Laan van Meerdervoort", "Nieuwe Binnenweg", "Oudegracht"],
    "nl-be": ["Kerkstraat", "Meir", "Veldstraat", "Stationsstraat", "Brusselsesteenweg", "Grote Markt", "Kouter", "Diestsestraat", "Lange Kievitstraat", "Nieuwstraat", "Oudenaardsesteenweg", "Bondgenotenlaan", "Kortrijksesteenweg", "Turnhoutsebaan"],
    "fr-be": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Neuve", "Boulevard d'Avroy", "Rue des Guillemins", "Avenue de Tervueren", "Rue du Midi", "Chaussée de Charleroi", "Rue Haute", "Place Saint-Lambert", "Rue de Namur", "Avenue Brugmann", "Rue Vinâve d'Île"],
    "en-gb": ["Acacia Avenue", "Church Lane", "High Street", "Victoria Road", "Mill Lane", "Station Road", "Kings Road", "Park Crescent", "Elm Grove", "Queen Street", "Albert Terrace", "Cowley Road", "Otley Road", "Gloucester Place"],
    "en-us": ["Maple Street", "Oak Avenue", "W Division St", "Elm Drive", "N Clark St", "Sunset Blvd", "Pine Court", "Lakeview Ave", "Main Street", "Willow Lane", "S Congress Ave", "Cedar Rd", "Hawthorne Blvd", "Park Ave"],
}
CITIES = {
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Haarlem", "Zwolle", "Groningen", "Eindhoven", "Leiden", "Nijmegen", "Amersfoort", "Breda", "Delft", "Tilburg"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas", "Genk", "Ostende", "Lier"],
    "fr-be": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Ixelles", "Wavre", "Uccle", "Tournai", "Etterbeek", "Louvain-la-Neuve", "Verviers"],
    "en-gb": ["Leeds", "Manchester", "Bristol", "London", "Cardiff", "Edinburgh", "Glasgow", "Oxford", "Brighton", "York", "Sheffield", "Norwich"],
    "en-us": ["Chicago", "Austin", "Portland", "Seattle", "Columbus", "Brooklyn", "Oakland", "Atlanta", "Boston", "Denver", "Madison", "Jersey City"],
}
# organisations (fictional)
VET = ["Dierenkliniek De Hoef", "Dierenartsenpraktijk Lindenhof", "AniCura Oost", "Dierenarts Het Vosje", "Dierenkliniek Noordpoort", "Vetpoint Zuid",
       "Clinique Vétérinaire du Parc", "Dierenartsenpraktijk Ter Linde", "Riverside Vets", "Park Lane Veterinary Clinic", "Paws & Claws Animal Hospital", "Maple Grove Vet"]
PETINS = ["PetSecure", "Dierenpolis", "Huisdierzeker", "Animalis Assurances", "Pawtect Insurance", "FurryCover", "PetPlan Benelux", "BuddyVerzekerd"]
CHIPREG = ["ChipNL", "Petbase", "DogID", "NDG Chipregister", "ChipCheck", "PetTrackID", "AnimalTrace", "HomeAgain Registry"]
MOVER = ["Verhuisbedrijf Van Dam", "De Verhuisleeuw", "Déménagements Lambert", "Verhuizingen Peeters", "Swift Removals", "Two Guys Moving Co.", "Van der Wal Verhuizingen", "Move It Movers"]
STORAGE = ["OpslagPlus", "BoxXL", "Shurgard", "City Box Storage", "Garde-Meuble Ardennes", "StoreMore", "Safe Space Self Storage", "KeepBox"]
LIBRARY = ["OBA", "Bibliotheek Utrecht", "Bib Gent", "Bibliothèque de Namur", "Leeds Libraries", "Chicago Public Library", "Bibliotheek Rotterdam", "Bib Leuven", "Bibliothèques de Liège", "Bristol Libraries"]
MUSEUM = ["Rijksmuseum", "Van Gogh Museum", "MAS", "Musée Magritte", "Kröller-Müller", "Museum M", "Tate Modern", "The Field Museum", "Groninger Museum", "KMSKA"]
THEATRE = ["Stadsschouwburg", "Carré", "De Singel", "Ancienne Belgique", "Forest National", "TivoliVredenburg", "Bozar", "O2 Academy", "Paradiso", "Royal Albert Hall", "Ziggo Dome", "House of Blues"]
TICKETS = ["Ticketmaster", "TicketSwap", "Eventim", "See Tickets", "Ticketmatic", "AXS", "Ticketpoint", "StubHub"]
AGENTS = ["Lisa", "Mark", "Yasmina", "Pieter", "Eline", "Koen", "Julie", "Sven", "Naomi", "Hugo", "Emma", "Rachid", "Sophie", "Dave", "Claire", "Bas"]
PETS = ["Bello", "Luna", "Max", "Pluis", "Guus", "Minou", "Tijger", "Snuffie", "Biscuit", "Pepper", "Loki", "Nala", "Moos", "Bailey", "Ziggy", "Fleur"]
SPECIES = {"nl": ["hond", "kat", "konijn", "kitten", "pup", "cavia"], "nl-be": ["hond", "kat", "konijn", "kitten", "puppy"],
           "fr-be": ["chien", "chat", "chaton", "lapin", "chiot"], "en-gb": ["dog", "cat", "kitten", "puppy", "rabbit"], "en-us": ["dog", "cat", "puppy", "kitten"]}
DRUGS = ["Metacam", "Apoquel", "Vetmedin", "Rimadyl", "Frontline", "Bravecto", "Milbemax", "Synulox", "Prednisolon", "Cardisure", "Onsior", "Seresto"]
SHOWS = ["Hamlet", "De Notenkraker", "Anouk", "Stromae", "Coldplay", "Les Misérables", "Het Zwanenmeer", "Arctic Monkeys", "Angèle", "Wicked", "Zwanenmeer", "Taylor Swift", "Kommil Foo", "Bløf"]
EXHIB = ["Vermeer", "Rubens en zijn tijd", "Magritte: la trahison", "Dinosaurs Alive", "Hockney", "Van Eyck", "Escher", "Egyptian Treasures"]
SSID = ["Ziggo5G-4821", "telenet-A1B2C", "VOO-88231", "BTHub6-KX92", "NETGEAR47", "FRITZ!Box 7590 QJ", "Proximus-Home-7A3F", "KPN-Wifi-23", "xfinitywifi_home", "Livebox-E4C1"]
PLATES = ["GJ-482-K", "1-ABC-234", "KL-29-ZX", "2-XYZ-871", "AB12 CDE", "7KLM394", "HX-771-P", "LR19 ZTV"]
MENTIONS = ["@DierenkliniekDH", "@PetSecureNL", "@ChipNL_help", "@VerhuisleeuwNL", "@OpslagPlus", "@BoxXL_be", "@OBA_Amsterdam", "@BibGent",
            "@Rijksmuseum", "@vangoghmuseum", "@Carre_Amsterdam", "@ABconcerts", "@TicketSwap", "@Eventim_NL", "@ShurgardNL", "@MASantwerpen",
            "@bozarbrussels", "@TicketmasterUK", "@LeedsLibraries", "@SwiftRemovals", "@AXS_help", "@chipublib", "@TwoGuysMoving", "@tivolivredenburg"]
HASHTAGS = ["#verhuizen", "#klantenservice", "#dierenarts", "#huisdier", "#fail", "#service", "#bibliotheek", "#museumkaart", "#concert", "#tickets",
            "#déménagement", "#help", "#boxoffice", "#refund", "#petinsurance", "#selfstorage", "#nietblij", "#jamaisplus", "#customerservice", "#movingday",
            "#vet", "#library", "#theatre", "#frustrated"]
DOMAINS = ["dierenkliniekdehoef.nl", "petsecure.nl", "chipnl.nl", "verhuisleeuw.nl", "opslagplus.nl", "boxxl.be", "oba.nl", "bibgent.be",
           "rijksmuseum.nl", "carre.nl", "abconcerts.be", "ticketswap.com", "eventim.nl", "shurgard.com", "mas.be", "bozar.be",
           "ticketmaster.co.uk", "leeds.gov.uk", "swiftremovals.co.uk", "axs.com", "chipublib.org", "twoguysmoving.com", "dierenpolis.be", "fieldmuseum.org"]
URLPATHS = ["/mijn-account", "/afspraak", "/login", "/wachtwoord-vergeten", "/tickets/overdragen", "/faq/toegangscode", "/claims", "/reserveren",
            "/nl/contact", "/fr/mon-compte", "/account/reset", "/help/transfer", "/verlengen", "/storage/access", "/refund-request", "/e-ticket",
            "/pas-aanvragen", "/members", "/booking/manage", "/rendez-vous"]
MODELS = ["SureFlap DualScan", "Tractive GPS DOG 4", "Nedap Dialock 2", "Nuki Smart Lock 3.0", "Ring Video Doorbell 4", "ZKTeco F22", "Yale Keyless YD-01",
          "Samsung SM-A546B", "iPhone 13 mini", "Fritz!Box 7590", "Brother HL-L2350DW", "Zebra ZD421", "Honeywell Voyager 1250g", "Kindle Paperwhite 11",
          "Ingenico Move/5000", "Pixel 7a", "Halo Collar 3", "Petcube Bites 2"]
PRODUCTS = ["SKU 40213-XL", "art.nr. 802.115.23", "VERH-DOOS-L", "PB-240", "KBX-12", "REF 7711-02", "ART 33941", "SKU MB-LG-05"]
